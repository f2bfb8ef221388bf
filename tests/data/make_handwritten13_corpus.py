# ruff: noqa: E501
"""Write ``handwritten13_corpus.jsonl``: a blind, hand-written labelled TEST corpus.

Every message below was composed by hand, one by one, for this file: no templates, no Faker,
no generator of names or values. It was written blind, without looking at the anonymiser's
code, its tests, or any other corpus, so it measures the engine instead of flattering it.
All people, addresses, phone numbers, e-mails, handles and identifiers are invented; the
IBANs, codici fiscali, partite IVA and card numbers were computed once with python-stdnum
(and the Luhn algorithm) so that they are valid, then pasted here as literal text.

Businesses (the Pages the conversations belong to): see ``BUSINESS_NAMES``: a care home
(RSA) where relatives write about their parents, a costume and party-dress rental, an Italian
grocery delivery in London, a private tutoring agency, a window and shutter fitter, and a
parish summer-trip organiser.

Markup, inline in each message:

- ``[[TYPE:value]]`` marks personal data (a gold entity); ``TYPE`` is an entity type of
  ``privacy.types.ENTITY_TYPES`` or one of the short aliases of ``ENTITY_ALIASES``;
- ``{{KIND:value}}`` marks a look-alike that must survive anonymisation (a ``keep`` span):
  order numbers, tracking codes, prices, dates, times, products, brands named after people,
  words such as "Perfetto" or "Spedito".

The script strips the markup, computes the offsets and writes the JSONL; the output is
deterministic (same bytes on every run; timestamps derive from the conversation and message
positions). Regenerate with::

    .venv/bin/python tests/data/make_handwritten13_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten13_corpus.jsonl")

ENTITY_ALIASES = {
    "PER": "PERSON",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CARD": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "HANDLE": "HANDLE",
    "LOC": "LOCATION",
    "ADDR": "ADDRESS",
}
KEEP_KINDS = ("ORDER", "TRACKING", "PRICE", "DATE", "TIME", "PRODUCT", "BRAND", "CODE", "WORD")

# Page key -> (Page name, page id).
BUSINESSES: dict[str, tuple[str, str]] = {
    "rsa": ("RSA Villa Serena", "hw13-page-rsa-villa-serena"),
    "costumi": ("Costumi Teatrali Ardizzone", "hw13-page-costumi-ardizzone"),
    "pantry": ("Pantry Sorrento London", "hw13-page-pantry-sorrento"),
    "minerva": ("Ripetizioni Minerva", "hw13-page-ripetizioni-minerva"),
    "serramenti": ("Serramenti Fratelli Caruso", "hw13-page-serramenti-caruso"),
    "parrocchia": ("Parrocchia San Rocco - Gite e Campi Estivi", "hw13-page-parrocchia-san-rocco"),
}
BUSINESS_NAMES: tuple[str, ...] = tuple(name for name, _ in BUSINESSES.values())

# Each conversation: business, platform, customer display name, default language, messages.
# A message is (role, text) or (role, text, language); role "c" = customer, "a" = agent.
CONVERSATIONS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ RSA Villa Serena
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Marta Porta",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[PER:Marta Porta]], la figlia di [[PER:Giuseppina Russo]] che è da voi al secondo piano. Volevo sapere se domenica si può venire anche di pomeriggio, verrei con mio fratello [[PER:Nicola]] e i bambini.",
            ),
            (
                "a",
                "Buongiorno [[PER:Marta]]! Sì, la domenica le visite sono dalle {{TIME:10:30}} alle 12:00 e dalle {{TIME:15:30}} alle 18:30. Con i bambini nessun problema, vi chiediamo solo di passare in reception per il registro.\n[[PER:Chiara]] – Ufficio Accoglienza",
            ),
            (
                "c",
                "{{WORD:Perfetto}} grazie. Un'altra cosa, per la dichiarazione dei redditi il commercialista mi chiede la ricevuta delle rette di mamma intestata a lei, serve il suo codice fiscale? è [[CF:RSSGPP41E57F839V]]",
            ),
            (
                "a",
                "Sì grazie, lo inseriamo. La ricevuta annuale 2025 la prepara l'amministrazione entro il {{DATE:15 marzo}}; gliela mandiamo via mail o preferisce ritirarla?",
            ),
            (
                "c",
                "Via mail va benissimo: [[EMAIL:marta.porta77@gmail.com]]. Se non arriva provate quella del lavoro [[EMAIL:m.porta@studiolegaleferro.it]]",
            ),
            (
                "a",
                "Ricevuto. Un saluto anche alla signora [[PER:Giuseppina]], stamattina era in gran forma al laboratorio di cucito 😊 [[PER:C.]]",
            ),
            ("c", "😍 grazie a voi"),
        ],
    },
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Adelaide Fabbri",
        "lang": "it",
        "messages": [
            (
                "c",
                "Gentilissima Direzione,\nmi permetto di scriverVi tramite questo mezzo, che mio nipote [[PER:Samuele]] mi ha insegnato ad usare, per chiedere notizie circa la domanda di ingresso di mio marito, il signor [[PER:Fortunato Fabbri]], nato il 3 novembre 1938, presentata nel mese di gennaio. Il medico di famiglia, dott.ssa [[PER:Lucia Dell'Orto]], ha già inviato la relazione.\nIo abito ancora nella nostra casa in [[ADDR:via Cà Bianca 9, frazione Montebello]], a [[LOC:Vicchio]], ma alla mia età non riesco più ad assisterlo come merita.\nPotete raggiungermi al numero di casa [[PHONE:055 843 2217]] nelle ore del mattino.\nCon i più distinti saluti,\n[[PER:Adelaide Conti in Fabbri]]",
            ),
            (
                "a",
                "Gentile signora [[PER:Fabbri]], la ringraziamo per il messaggio. La domanda del signor [[PER:Fortunato]] è in graduatoria (posizione 4) e la relazione della dott.ssa [[PER:Dell'Orto]] ci è arrivata. Contiamo di poterle dare una risposta entro fine mese e la chiameremo al numero indicato.\nCordiali saluti,\n[[PER:Chiara Moretti]]\nUfficio Accoglienza – {{BRAND:RSA Villa Serena}}",
            ),
            (
                "c",
                "Vi ringrazio sentitamente. Qualora non rispondessi, potete chiamare mio figlio [[PER:Giancarlo]] al [[PHONE:347 118 9042]] (vive a [[LOC:Prato]] ma viene ogni sabato).\nDistinti saluti.\n[[PER:A. Fabbri]]",
            ),
            (
                "a",
                "Certamente signora, annotiamo anche il numero di [[PER:Giancarlo]]. Buona giornata.",
            ),
            ("c", "Grazie infinite e buona giornata anche a Voi.\n[[PER:Adelaide]]"),
        ],
    },
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Davide Dell'Acqua",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi there, apologies for writing in English, the Italian keyboard on this laptop is banjaxed 🙈 I'm [[PER:Davide Dell'Acqua]], son of [[PER:Ernesto]] (room 31). I live in [[LOC:Dublin]] so I can't come in person this month.",
            ),
            (
                "a",
                "Hi [[PER:Davide]], no problem at all, we can write in English. How can we help? – Staff {{BRAND:Villa Serena}}",
            ),
            (
                "c",
                "I need to set up the monthly payment for Dad's fees from my Irish account. IBAN is [[IBAN:IE18BOFI90001738265014]], account name [[PER:Davide Dell'Acqua]]. Is a SEPA direct debit ok or do I need to do a standing order?",
            ),
            (
                "a",
                "Both work. For the direct debit we need the mandate signed; I'll email it to you. Which address should I use?",
            ),
            (
                "c",
                "[[EMAIL:davide.dellacqua@outlook.ie]] grand thanks. Post for me goes to [[ADDR:14 Ashfield Road, Ranelagh, Dublin 6, D06 K2P4]] if you need a paper copy",
            ),
            (
                "a",
                "Perfect, mandate sent, please check your spam folder. Your dad says hi, he beat Signor [[PER:Gatto]] at briscola again this morning 😄 [[PER:Chiara]]",
            ),
            ("c", "Ha, that's him alright. Tell him I'll ring Sunday at {{TIME:5}}. Cheers"),
        ],
    },
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Rossella Amato",
        "lang": "it",
        "messages": [
            (
                "c",
                "BUONASERA. È LA TERZA VOLTA CHE SPARISCONO GLI OCCHIALI DI MIA MADRE [[PER:ANNA MARIA D'AMICO]]!!! STANZA 8. SONO OCCHIALI DA {{PRICE:380 EURO}} NON DA MERCATINO",
            ),
            (
                "a",
                "Buonasera signora [[PER:Amato]], ci dispiace molto. Ho già avvisato la coordinatrice, la signora [[PER:Bianca Lo Iacono]], che domattina fa cercare in lavanderia e nelle sale comuni. Le faccio sapere entro le {{TIME:11}}.\n[[PER:Roberto]] (turno serale)",
            ),
            (
                "c",
                "L'ULTIMA VOLTA LI HA TROVATI UNA OSS, [[PER:ROSA]], NEL CARRELLO DELLA BIANCHERIA. VOGLIO PARLARE CON IL DIRETTORE DOTT. [[PER:GRECO]]",
            ),
            (
                "a",
                "Capisco. Il dott. [[PER:Greco]] è in sede da lunedì; intanto le lascio il numero diretto della coordinatrice: [[PHONE:0331 552 140]] int. 3",
            ),
            (
                "c",
                "Trovati. Erano sul comodino della signora del letto accanto. Grazie a [[PER:Rosa]] che li ha riconosciuti",
            ),
            (
                "a",
                "Bene! Sono contenta. Mettiamo un'etichetta col nome sulla custodia così non succede più. [[PER:Bianca L.]]",
            ),
            ("c", "ok. scusate il tono di ieri sera ero esaurita"),
        ],
    },
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Oksana K.",
        "lang": "it",
        "messages": [
            (
                "c",
                "buongiorno io sono [[PER:Oksana]], badante di signora [[PER:Teresa Bello]] prima che lei entra da voi. posso venire visitare lei giovedi? lei mi chiama sempre al telefono e piange",
            ),
            (
                "a",
                "Buongiorno [[PER:Oksana]], certo che può venire, la signora [[PER:Teresa]] sarà felicissima. Giovedì le visite sono {{TIME:15:30-18:30}}. Deve solo essere segnalata dai familiari: ha parlato con la figlia?",
            ),
            (
                "c",
                "si la figlia signora [[PER:Patrizia]] sa. ho numero di lei [[PHONE:339-4417825]] se serve. io abito a [[LOC:Legnano]] adesso lavoro per altra famiglia in [[ADDR:via Sempione 118]]",
            ),
            (
                "a",
                "Grazie, chiamiamo la signora [[PER:Patrizia]] per conferma. A giovedì!\n[[PER:Giulia]]",
            ),
            ("c", "grazie mille [[PER:giulia]]. porto dolci ucraini per tutti 🙂"),
        ],
    },
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Studio Medico Sole",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, sono il dott. [[PER:Emanuele Sole]], MMG del sig. [[PER:Aldo Ferro]] (vostro ospite dal 2024). Vi ho mandato la terapia aggiornata ma la mail torna indietro. Potete darmi un indirizzo corretto? Il mio è [[EMAIL:emanuele.sole [at] medicipec [punto] it]]",
            ),
            (
                "a",
                "Buongiorno dottore, può inviarla all'infermiera referente, [[PER:Lorena Gioia]]: [[EMAIL:l.gioia@villaserena-rsa.it]]",
            ),
            (
                "c",
                "Inviata. Nota: ho sospeso il {{PRODUCT:Coumadin}} e iniziato {{PRODUCT:Eliquis}} 2,5 mg x2. Chiedo alla collega di chiamarmi al [[PHONE:3286604192]] in caso di dubbi, tranne il mercoledì pomeriggio.",
            ),
            (
                "a",
                "Ricevuta, grazie. L'inf. [[PER:Gioia]] la richiama domattina.\nStaff infermeria",
            ),
            ("c", "Grazie, buon lavoro. [[PER:ES]]"),
        ],
    },
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Paolo Esposito",
        "lang": "it",
        "messages": [
            (
                "c",
                "Salve, per le rette di mia zia [[PER:Carmela Esposito]] dal mese prossimo pago io con la società. Potete intestare la fattura a Termotecnica Vesuviana srl, P.IVA [[VAT:04827150634]], codice SDI {{CODE:M5UXCR1}}?",
            ),
            (
                "a",
                "Buongiorno, sì possiamo. Ci serve però una mail di conferma del legale rappresentante. A chi la indirizziamo?",
            ),
            (
                "c",
                "A me, sono io l'amministratore. [[PER:Paolo Esposito]], [[EMAIL:p.esposito@termovesuviana.it]], tel. [[PHONE:+39 081 1920 4471]]. La sede è in [[ADDR:via Giacinto Gigante 21, 80128 Napoli]]",
            ),
            (
                "a",
                "{{WORD:Perfetto}} ingegnere, le mandiamo il modulo oggi.\nAmministrazione – [[PER:M. Rinaldi]]",
            ),
        ],
    },
    # ------------------------------------------------------------ Costumi Teatrali Ardizzone
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "giulia ☆",
        "lang": "it",
        "messages": [
            (
                "c",
                "ciaoo ma il costume da ape regina che avete messo nella storia si può affittare x sabato?? festa di 18 della mia amica [[PER:sofi]]",
            ),
            (
                "a",
                "Ciao! Sì, l'abito {{PRODUCT:Ape Regina}} taglia 40 è libero sabato 🐝 noleggio 2 giorni {{PRICE:45€}} + cauzione {{PRICE:50€}}. Che taglia porti?",
            ),
            (
                "c",
                "boh tipo 38/40 sono 1 e 60. posso venire a provarlo domani dopo scuola con la mia amica [[PER:bianca]]? tipo alle 5",
            ),
            (
                "a",
                "Certo, vi aspettiamo dalle {{TIME:16:30}} in negozio. Chiedete di [[PER:Ilaria]]",
            ),
            (
                "c",
                "top!!! ah ma avete anche le antenne glitter? la [[PER:sofi]] ha detto che la festa è a tema insetti lol. ps se postate le foto taggatemi [[HANDLE:@giuliettaa.rmn]]",
            ),
            ("a", "Ahah sì abbiamo le antenne! Ti taggiamo volentieri 😉 [[PER:Ila]]"),
            ("c", "grz 💛💛"),
            (
                "c",
                "questa è la [[PER:sofi]] [[URL:https://www.instagram.com/sofi.lanzi_/]] così la riconoscete se passa 😂",
            ),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Serena Gatto",
        "lang": "it",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[PER:Serena Gatto]] e scrivo da [[LOC:Acireale]]. Mio figlio [[PER:Salvo]] fa il paladino nella recita dei pupi e la maestra dice che ci vuole l'armatura. Voi spedite fin qua giù o è troppo una camurrìa?",
            ),
            (
                "a",
                "Buongiorno [[PER:Serena]]! Spediamo in tutta Italia, nessuna camurrìa 😄 Abbiamo l'armatura {{PRODUCT:Orlando Paladino}} bimbo in taglie 6-8 e 9-11 anni. Quanti anni ha [[PER:Salvo]]?",
            ),
            (
                "c",
                "Nove, ma è un picciriddu minuto, pare di sette. Mizzica però {{PRICE:70 euro}} di noleggio?? per una recita di mezz'ora",
            ),
            (
                "a",
                "Per le recite scolastiche facciamo lo sconto scuole: {{PRICE:50€}} con spedizione andata e ritorno inclusa. Mi mandi l'indirizzo completo e un codice fiscale per la ricevuta",
            ),
            (
                "c",
                "Va bene dai. [[PER:Gatto Serena]], [[ADDR:Corso Savoia 142, 95024 Acireale (CT)]], citofono [[PER:Gatto-Longo]]. CF [[CF:GTTSRN85M62C351Y]]",
            ),
            (
                "a",
                "{{WORD:Spedito}}! Corriere {{BRAND:BRT}}, numero spedizione {{TRACKING:135788024419}}, consegna prevista lunedì.\n[[PER:Tano]]",
            ),
            ("c", "Grazie assai! [[PER:Salvo]] è cuntentissimo ❤️ vi mando la foto dopo la recita"),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Grace Whitfield",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno! Io sono [[PER:Grace]], americana, in Firenze per una settimana. Io e mio marito [[PER:Rich]] volere costumi per festa di Halloween il 31 ottobre. Voi avete costume di {{PRODUCT:Dante}} e {{PRODUCT:Beatrice}}? 😅",
            ),
            (
                "a",
                "Hi [[PER:Grace]]! We can write in English if you prefer 🙂 Yes, we have {{PRODUCT:Dante}} (red robe + laurel crown) and a {{PRODUCT:Beatrice}} dress. What sizes?",
                "en",
            ),
            (
                "c",
                "Oh thank god, my Italian is from {{BRAND:Duolingo}} lol. [[PER:Rich]] is a 44 US jacket, 6'2\". I'm a US 8. Can you deliver to the apartment? We're at [[ADDR:Via dei Serragli 56, apt 3]], the buzzer says [[PER:Fiorini]].",
                "en",
            ),
            (
                "a",
                "Delivery in Florence is {{PRICE:10€}}. Total: {{PRODUCT:Dante}} + {{PRODUCT:Beatrice}} for 2 days {{PRICE:120€}}, deposit {{PRICE:100€}} refunded on return. You can pay by card on delivery or by bank transfer.",
                "en",
            ),
            (
                "c",
                "Can I just give you the card here? It's [[CARD:4539 1782 0044 1232]], exp 09/28. Name [[PER:Grace E. Whitfield]]",
                "en",
            ),
            (
                "a",
                "Please don't send card details in chat, [[PER:Grace]] 🙏 we'll delete this message. Our courier brings a POS on delivery. [[PER:Ilaria]]",
                "en",
            ),
            (
                "c",
                "Oops sorry!! POS is great. Also [[PER:Rich]]'s cousin [[PER:June]] might join, she's studying in [[LOC:Bologna]], can she rent something too? her IG is [[HANDLE:@junebug_in_italy]]",
                "en",
            ),
            (
                "a",
                "Of course, tell [[PER:June]] to DM us. Happy Halloween! 🎃 — Staff {{BRAND:Ardizzone}}",
                "en",
            ),
            (
                "a",
                "Delivered! Mr [[PER:Whitfield]] makes a very convincing {{PRODUCT:Dante}} 😄 Have fun tonight!",
                "en",
            ),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Valeria La Rosa",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno,\ncon la presente Vi chiedo un preventivo per il noleggio dei seguenti costumi per lo spettacolo di fine anno della classe 3ª B (Scuola media \"{{BRAND:G. Pascoli}}\" di [[LOC:Cernusco sul Naviglio]]):\n\nQTÀ | COSTUME | TAGLIA\n6 | Soldato napoleonico | 12-14 anni\n4 | Dama '700 | 12-14 anni\n1 | Napoleone | S adulto\n\nData spettacolo: {{DATE:6 giugno 2026}}, ritiro il {{DATE:4 giugno}}.\nLa fattura andrà intestata all'Associazione Teatro Ragazzi Martesana APS, P.IVA [[VAT:11394060153]].\n\nDistinti saluti\n\nProf.ssa [[PER:Valeria La Rosa]]\nDocente di Lettere – referente laboratorio teatrale\nTel. [[PHONE:02 9210 4478]] | Cell. [[PHONE:333 907 1256]]\n[[EMAIL:valeria.larosa@scuolapascolicernusco.edu.it]]",
            ),
            (
                "a",
                "Gentile prof.ssa [[PER:La Rosa]], grazie per la richiesta. Preventivo:\n6 soldati x 25€\n4 dame x 30€\n1 Napoleone 40€\nTotale {{PRICE:310€}}, con sconto scuole 20% = {{PRICE:248€}} IVA inclusa. Disponibilità confermata per le date indicate.\n[[PER:Ilaria Ardizzone]] — {{BRAND:Costumi Teatrali Ardizzone}}",
            ),
            (
                "c",
                "Gentile sig.ra [[PER:Ardizzone]], accetto il preventivo. Preciso che Napoleone sarà interpretato da un alunno alto 1,72 m: confermate la taglia S?\nCordialità,\n[[PER:V. La Rosa]]",
            ),
            (
                "a",
                "La S adulto va bene fino a 1,75 m. Ritiro il {{DATE:4 giugno}} dalle {{TIME:9:30}}, a presto!",
            ),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Ludovica Armani",
        "lang": "it",
        "messages": [
            (
                "c",
                "Ciao! Festa anni '20 per i 40 anni di mio marito [[PER:Federico]], ci servono 2 abiti charleston + 1 completo gangster. Siamo a [[LOC:Monza]]",
            ),
            (
                "a",
                "Ciao [[PER:Ludovica]]! Che bella idea 🥂 Abbiamo il {{PRODUCT:Charleston Gatsby}} in nero e in oro, e il completo gessato con borsalino. Per bloccarli chiediamo un acconto di {{PRICE:40€}} con bonifico",
            ),
            ("c", "Ok mandami l'iban"),
            (
                "a",
                'IBAN [[IBAN:IT80U0200837460000103829914]] intestato a [[PER:Ilaria Ardizzone]], causale "acconto [[PER:Armani]] 14/3"',
            ),
            (
                "c",
                "Fatto! Ti giro la contabile. PS il vestito oro lo mette mia cognata [[PER:Chelsea]] (si chiama proprio così, la suocera è fan del calcio inglese 😂)",
            ),
            ("a", "Ahah fantastico. Ricevuto, abiti bloccati per sabato 14. [[PER:Ilaria]]"),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Mirko Santangelo",
        "lang": "it",
        "messages": [
            (
                "c",
                "MI AVETE TRATTENUTO 30 EURO DI CAUZIONE PER UN GIORNO DI RITARDO!!! IL COSTUME DA {{BRAND:SPIDERMAN}} L'HA RIPORTATO MIA SUOCERA, LA SIGNORA [[PER:PAGANO]], LUNEDÌ MATTINA ALLE 9 E IL NEGOZIO ERA CHIUSO",
            ),
            (
                "a",
                "Buongiorno signor [[PER:Santangelo]], mi spiace per il disguido. Il lunedì apriamo alle {{TIME:15:30}}, è scritto sul contratto, ma capisco. Mi dà il numero di contratto?",
            ),
            ("c", "CONTRATTO {{ORDER:0417/26}}"),
            (
                "a",
                "Trovato. Le restituiamo i 30€ con bonifico, visto che la signora [[PER:Pagano]] era davanti al negozio. Mi manda un IBAN?",
            ),
            ("c", "[[IBAN:IT45M0503401633000000045117]] grazie. e scusate se ho urlato"),
            ("a", "Nessun problema. Rimborso fatto oggi, ciao e grazie! [[PER:Tano]]"),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Betta Moro",
        "lang": "it",
        "messages": [
            (
                "c",
                'Buonasera, vendete anche i mantelli da supereroe personalizzati? Vorrei regalarne uno al mio nipotino, con scritto "SUPER [[PER:LEO]]" davanti e dietro "Per sempre, zia [[PER:Betta]]"',
            ),
            ("a", "Sì! Mantello in raso {{PRICE:28€}}, ricamo fino a 20 lettere incluso. Colore?"),
            (
                "c",
                "Blu con scritte oro. Spedite a [[LOC:Valmadrera]]? [[PER:Elisabetta Moro]], [[ADDR:via San Martino 7/B, 23868 Valmadrera (LC)]]",
            ),
            (
                "a",
                'Certo. Ricapitolo:\n- mantello blu\n- fronte "SUPER [[PER:LEO]]"\n- retro "Per sempre, zia [[PER:Betta]]"\n- spedizione: [[ADDR:via San Martino 7/B, Valmadrera]]\nTotale {{PRICE:34,90€}} con spedizione. PayPal o carta?',
            ),
            ("c", "PayPal, la mail è [[EMAIL:betta.moro74@libero.it]]"),
            ("a", "Richiesta inviata! Grazie [[PER:Elisabetta]] 💙 Staff"),
        ],
    },
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "Jonas Bauer",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hallo! I am [[PER:Jonas Bauer]], Erasmus student from [[LOC:Freiburg]]. For Carnevale we are 7 people and we want to go as the Avengers 😅 Is it possible to rent 7 costumes for the 14. February?",
            ),
            (
                "a",
                "Hi [[PER:Jonas]]! Yes, we have the whole team: {{BRAND:Iron Man}}, {{BRAND:Captain America}}, {{BRAND:Thor}}, {{BRAND:Hulk}}, {{BRAND:Black Widow}}, {{BRAND:Hawkeye}} and {{BRAND:Loki}}. {{PRICE:35€}} each for the weekend, 20% off with a student card.",
            ),
            (
                "c",
                "Super! We live all in the same student house, so you can deliver to [[ADDR:c/o Residenza Ponzio, via Pascoli 53, room 214]]. Or my friend [[PER:Lena Fischer]] can pick up, she has a car. Her number is [[PHONE:+49 1523 7781204]].",
            ),
            (
                "a",
                "Pick-up is better, the costumes are big 😄 [[PER:Lena]] can come from Thursday, please bring the student cards. [[PER:Ilaria]]",
            ),
            ("c", "Danke! If something changes write me on Telegram, I am [[HANDLE:@jonas_bau]]"),
        ],
    },
    # ---------------------------------------------------------------- Pantry Sorrento London
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Hope Baker",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi! First order with you. Is it too late for Saturday delivery? I'm in [[LOC:Islington]]",
            ),
            (
                "a",
                "Hi [[PER:Hope]], not too late! Saturday slots {{TIME:10-12}} or {{TIME:4-6pm}}. What would you like? 🍋 [[PER:Gennaro]] @ Pantry Sorrento",
            ),
            (
                "c",
                "Brilliant. 2 x buffalo mozzarella, the 500g {{PRODUCT:Gragnano paccheri}}, 1 jar of {{PRODUCT:colatura di alici}} and a {{PRODUCT:pastiera}} if you've got any left. 4-6 please. Address: [[ADDR:Flat 3, 27 Canonbury Road, London N1 2DG]]",
            ),
            (
                "a",
                "Order {{ORDER:PS-20418}} confirmed: total {{PRICE:£38.70}}. Pastiera yes, last two! Driver is [[PER:Ciro]], he'll text you 30 min before from [[PHONE:07911 263 480]]",
            ),
            (
                "c",
                "Perfect, ta. Doorbell's broken so ring my mobile [[PHONE:07823 441906]] or my partner [[PER:Will]] on [[PHONE:07956-120-337]]",
            ),
            ("a", "Noted, see you Saturday!"),
            (
                "c",
                "Got it all, the pastiera is unreal. [[PER:Ciro]] was lovely. [[PER:Will]] says grazie mille 😄",
            ),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Siobhán Kavanagh",
        "lang": "en",
        "messages": [
            (
                "c",
                "Howya, ordered on Tuesday (order {{ORDER:PS-20377}}) and the guanciale never came, your man the driver said it was out of stock but I was charged for it",
            ),
            (
                "a",
                "Ciao [[PER:Siobhán]], sorry about that! You're right, a refund of {{PRICE:£6.40}} is going back on your card today. [[PER:Assunta]]",
            ),
            (
                "c",
                "Grand so. Can I add one next week instead? Same address, [[ADDR:58B Brondesbury Villas, NW6 6AJ]]. And can ye leave it with [[PER:Mrs O'Sullivan]] next door if I'm not in, she's always home",
            ),
            (
                "a",
                "Of course, we'll note \"leave with [[PER:Mrs O'Sullivan]] next door\". Guanciale back Thursday 🐷",
            ),
            ("c", "Sound, thanks a million. Tell [[PER:Gennaro]] the nduja last time was savage"),
            ("a", "He says grazie, he's blushing 😂"),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Jack Moore",
        "lang": "en",
        "messages": [
            (
                "c",
                "G'day, mozz arrived warm as, box was sitting in the sun on my step for who knows how long. Not stoked. Order {{ORDER:PS-20502}}\n[[PER:Jack Moore]], [[LOC:Battersea]]",
            ),
            (
                "a",
                "Hi [[PER:Jack]], so sorry! The driver's log shows it was left at {{TIME:13:12}} even though you booked the afternoon slot. Can you send a photo?",
            ),
            (
                "c",
                "there ya go. Also the driver left it at [[ADDR:12 Lavender Gardens]] not 21, my neighbour [[PER:Bill]] brought it round. Address is [[ADDR:21 Lavender Gardens, SW11 1DL]]",
            ),
            (
                "a",
                "Thanks [[PER:Jack]], full refund of {{PRICE:£12.90}} to your card and we've fixed the house number on your account. [[PER:Assunta]]",
            ),
            (
                "c",
                "No worries, cheers. Mate, chuck in a burrata next time as a sorry and we're square 😂",
            ),
            ("a", "Deal! 🤝 A burrata on us next order. Pantry team"),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Priya Raman",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi, got this from the courier but I never ordered anything for this address??\n\n---------- Forwarded message ---------\nFrom: DPD UK\nDate: Mon, 9 Mar 2026 at 08:14\nSubject: Your DPD parcel from PANTRY SORRENTO LONDON is on its way\n\nHi [[PER:PRIYA RAMAN]],\nYour parcel {{TRACKING:15501234567890}} will be delivered today between {{TIME:11:23 - 12:23}}.\nDelivery address: [[ADDR:9 HOLLYBUSH CLOSE, HARROW, HA3 7EL]]\nYour driver today is [[PER:Tomasz]].\nManage your delivery in the DPD app.",
            ),
            (
                "a",
                "Hi [[PER:Priya]], thanks for flagging! It's the order you placed on {{DATE:28 Feb}} ({{ORDER:PS-20311}}), your old address was still saved as default. We'll ask DPD to redirect. What's the new address?",
            ),
            (
                "c",
                "[[ADDR:Flat 12, Kestrel House, 40 Preston Road, Wembley HA9 8JU]]. Phone [[PHONE:07384 562 019]]",
            ),
            ("a", "Done — redirect requested, new ETA tomorrow. Sorry for the hassle! [[PER:G.]]"),
            ("c", "Thanks [[PER:Gennaro]] 🙏"),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Mark Fenwick",
        "lang": "en",
        "messages": [
            (
                "c",
                "Dear Pantry Sorrento team,\n\nFurther to my call with [[PER:Assunta]] this morning, please find below our order for the office aperitivo on Friday {{DATE:20 March}}:\n- 3 kg mixed olives\n- 12 x taralli pugliesi\n- 2 x {{PRODUCT:Parmigiano Reggiano 24 mesi}} 1 kg\n- 24 x {{PRODUCT:Chinotto Lurisia}}\n\nThe invoice must be addressed to our Italian parent company, {{BRAND:Studio Ricci Architetti}} S.r.l., P.IVA [[VAT:02795830872]], as they are settling it. Delivery to reception, 3rd floor, [[ADDR:88 Great Eastern Street, London EC2A 3JL]].\n\nKind regards,\n\n[[PER:Mark D. Fenwick]]\nOffice Manager | {{BRAND:Studio Ricci Architetti}} – London\nT: [[PHONE:+44 (0)20 7946 0381]]\nM: [[PHONE:+44 7700 183552]]\n[[EMAIL:mark.fenwick@studioricci-arch.co.uk]]\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.",
            ),
            (
                "a",
                "Dear [[PER:Mark]], thank you, order {{ORDER:PS-20630}} confirmed for Friday {{DATE:20 March}} before {{TIME:12:00}}. The invoice to {{BRAND:Studio Ricci Architetti}} S.r.l. (P.IVA [[VAT:02795830872]]) will follow by e-mail.\nBest,\n[[PER:Assunta Marra]] – Pantry Sorrento London",
            ),
            (
                "c",
                "Thanks [[PER:Assunta]]. Small change: olives up to 4 kg please, [[PER:Hannah]] from accounts is bringing her whole team.\nRegards, [[PER:Mark]]",
            ),
            ("a", "Updated to 4 kg 👍"),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Lorenzo Di Stefano",
        "lang": "it",
        "messages": [
            (
                "c",
                'Ciao ragazzi! Finalmente qualcuno che porta la vera mozzarella a [[LOC:Peckham]] 😭 volevo ordinare per domenica, ma il vostro sito mi dice "delivery not available for this postcode" — [[ADDR:SE15 4QL]]',
            ),
            (
                "a",
                "Ciao [[PER:Lorenzo]]! Sì purtroppo [[LOC:SE15]] è fuori zona il weekend, ma il mercoledì facciamo il giro di South London. Ti va bene mercoledì?",
            ),
            (
                "c",
                "ok mercoledì fine. so: 1 provola affumicata, 2 jars of friarielli, the big panettone {{BRAND:Fiasconaro}} if you still have it — ah no, it's March lol. address [[ADDR:31 Choumert Grove, SE15 4QL]], buzzer [[PER:Di Stefano]]/[[PER:Okafor]]",
                "en",
            ),
            (
                "a",
                "Ahah niente panettone fino a novembre 😅 Ordine {{ORDER:PS-20655}}, mercoledì {{TIME:14-16}}, totale {{PRICE:£21.30}}.",
            ),
            (
                "c",
                "fatto ✅ grazie mille, a mercoledì. mia madre da [[LOC:Lecce]] sarà fiera di me",
            ),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Agnieszka Nowak",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hello, I try to login on your website from 3 days, it say my IP is blocked ([[IP:81.174.23.96]]). I didn't do nothing wrong. My account is [[EMAIL:agnieszka.nowak87@gmail.com]]",
            ),
            (
                "a",
                "Hi [[PER:Agnieszka]], sorry! Our security plugin blocked a range after some spam attacks. I've whitelisted [[IP:81.174.23.96]], can you try again?",
            ),
            (
                "c",
                "Now is working, thank you. But my address in account is old, please change to [[ADDR:17 Morley Road, Leyton, E10 6LL]]. In the old one [[ADDR:Kenmure Road]] I don't live anymore",
            ),
            ("a", "Updated ✔️ Enjoy! [[PER:Gennaro]]"),
            (
                "c",
                "Thank you [[PER:Genaro]], the sfogliatella are very good, my husband [[PER:Krzysztof]] eat four 😄",
            ),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Will Baxter",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi, can I send a hamper to my gran for her 90th? She's in [[LOC:Sheffield]], is that too far?",
            ),
            (
                "a",
                "Hi! We ship hampers UK-wide with DPD Next Day, {{PRICE:£9.95}}. Which hamper did you like?",
            ),
            (
                "c",
                'The {{PRODUCT:Amalfi hamper}} ({{PRICE:£65}}). Card message: "Buon compleanno Nonna [[PER:Lina]]! 90 and still the best cook in [[LOC:Yorkshire]]. Love from [[PER:Will]], [[PER:June]] & little [[PER:Alfie]] xx". Deliver to Mrs [[PER:Pasqualina Greco]], [[ADDR:6 Ecclesall Road South, Sheffield S11 9PA]]. I\'m [[PER:Will]] btw, [[PER:Will Baxter]]',
            ),
            (
                "a",
                "Lovely! Order {{ORDER:PS-20701}}, arrives Thursday. Do you want her phone on the label for the courier?",
            ),
            ("c", "Yeah, [[PHONE:0114 236 5581]], she's a bit deaf though so let it ring 😂"),
            ("a", "Ha, noted. Auguri to Nonna [[PER:Lina]]! 🎂 — [[PER:Assunta]]"),
        ],
    },
    {
        "business": "pantry",
        "platform": "whatsapp",
        "customer": "Florence Adeyemi",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hiya, [[PER:Florence]] here from the little supper club in [[LOC:Hackney]] 👋 we met at Broadway Market. Could we set up a monthly standing order for flour and tomatoes? This is us: [[URL:instagram.com/thelongtable.e8]] and I'm [[HANDLE:@flo.adeyemi]]",
            ),
            (
                "a",
                "Hi [[PER:Florence]]! Lovely to hear from you. Yes: 6 kg {{PRODUCT:Caputo 00}} + 24 tins of {{PRODUCT:San Marzano DOP}}, first Tuesday of the month, {{PRICE:£74.50}}. Shall we charge the card on file? [[PER:Assunta]]",
            ),
            (
                "c",
                "Card on file expired, new one is [[CARD:5123-4009-1738-6040]] exp 11/29. Delivery to the flat like before:\n[[ADDR:Flat 2\n114 Mare Street\nLondon\nE8 3SG]]",
            ),
            (
                "a",
                "Thanks, card updated and we've deleted your message for safety 🙏 First delivery Tuesday {{DATE:7 April}}.",
            ),
            (
                "c",
                "> First delivery Tuesday {{DATE:7 April}}.\nCould it be the Wednesday? On Tuesdays my co-host [[PER:Dele]] is at the market and nobody's in. Ta [[PER:Asunta]] x",
            ),
            ("a", "Wednesday {{DATE:8 April}} it is 👍 [[PER:A.]]"),
        ],
    },
    # ------------------------------------------------------------------ Ripetizioni Minerva
    {
        "business": "minerva",
        "platform": "telegram",
        "customer": "Cristina Ferrari",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buonasera, mio figlio [[PER:Luca]] fa la terza allo scientifico {{BRAND:Einstein}} e in matematica ha 4. Cercavo un insegnante per 2 ore a settimana, preferibilmente a casa nostra a [[LOC:Sesto San Giovanni]]",
            ),
            (
                "a",
                "Buonasera signora! Per [[LOC:Sesto]] abbiamo disponibile il prof. [[PER:Stefano Ricciardi]] (ingegnere, 8 anni di esperienza con i licei), martedì e giovedì dalle {{TIME:17:30}}. Tariffa {{PRICE:22€/ora}}. Mi conferma nome e cognome del ragazzo e l'indirizzo?",
            ),
            (
                "c",
                "[[PER:Luca Ferrari]], [[ADDR:viale Casiraghi 311, scala C, 3° piano]]. Io sono [[PER:Cristina]], la mamma. Le ricevute intestatele pure a [[PER:Luca]], cf [[CF:frrlcu09a03f205l]]",
            ),
            (
                "a",
                "{{WORD:Perfetto}}, prima lezione martedì {{DATE:10 marzo}}. Il prof. [[PER:Ricciardi]] la contatta per presentarsi.\n[[PER:Gemma]] – Segreteria Ripetizioni Minerva",
            ),
            (
                "c",
                "Grazie [[PER:Gemma]]! Il mio cell è [[PHONE:340 552 8813]] se il prof vuole scrivermi su WhatsApp",
            ),
            ("a", "Glielo giro subito."),
            (
                "c",
                "Volevo dirvi che [[PER:Luca]] ha preso 6 e mezzo nella verifica sui logaritmi!!! [[PER:Ricciardi]] è un mago 🙏",
            ),
            ("a", "Che bella notizia!!! Complimenti a [[PER:Luca]] 🎉"),
        ],
    },
    {
        "business": "minerva",
        "platform": "telegram",
        "customer": "tommy",
        "lang": "it",
        "messages": [
            (
                "c",
                "raga ciao sono [[PER:tommy]], quello di chimica con la prof [[PER:de luca]]. domani nn ce la faccio alle 4 ho gli allenamenti, si può spostare a venerdì? 🙏",
            ),
            ("a", "Ciao [[PER:Tommaso]]! Chiedo alla prof.ssa [[PER:De Luca]] e ti dico"),
            (
                "c",
                "ok grz. ah e se potete ditele di mandare gli esercizi sul gruppo che il mio prof di classe, il [[PER:gatti]], ci ammazza lunedì 💀",
            ),
            (
                "a",
                "La dott.ssa [[PER:De Luca]] conferma venerdì {{TIME:16:00}} 👍 esercizi caricati su {{BRAND:Classroom}}",
            ),
            ("c", "sei un grande"),
            ("c", "cioè sei una grande scusa 😅"),
            ("a", "Ahaha tranquillo! [[PER:Gemma]]"),
        ],
    },
    {
        "business": "minerva",
        "platform": "telegram",
        "customer": "Melissa Hartley",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi! We're an American family living in [[LOC:Milan]] ([[LOC:Porta Romana]] area). Our daughter [[PER:Sofia]] (16) needs SAT math prep and some help with Italian for school. Do you have English-speaking tutors?",
            ),
            (
                "a",
                "Hi! Yes, we have two bilingual tutors for SAT prep. Lessons can be in person or online. Where exactly are you?",
            ),
            (
                "c",
                "[[ADDR:Via Crema 14, 20135 Milano]]. In person would be ideal. My cell is [[PHONE:+1 (415) 555-0187]] (I know, still a US number lol) or my husband [[PER:Brad]]'s Italian one [[PHONE:348 771 2290]].",
            ),
            (
                "a",
                "Great. I'd suggest Mr [[PER:Owen Fairweather]] for SAT (Saturday mornings) and dott.ssa [[PER:Ilenia Fortunato]] for Italian (Wednesdays after school).",
            ),
            (
                "c",
                "Perfect. I looked [[PER:Owen]] up, is this him? [[URL:linkedin.com/in/owen-fairweather-maths]] [[LOC:Bristol]] grad, love that. For reminders please use email, not [[PER:Sofia]]'s Insta 🙄 [[EMAIL:melissa.hartley@gmail.com]]",
            ),
            (
                "a",
                "Yes, that's him! First lesson Saturday {{DATE:14 March}} at {{TIME:10:00}}, I'll email you the details.\n[[PER:Gemma Fontana]], coordinator",
            ),
            ("c", "Awesome, thank you so much! — [[PER:Melissa]]"),
        ],
    },
    {
        "business": "minerva",
        "platform": "telegram",
        "customer": "Becky Smith",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi there, I saw your ad looking for English conversation tutors. I'm [[PER:Rebecca Smith]], 29, from [[LOC:Cork]], CELTA-qualified and living in [[LOC:Milan]] for four years now. I'm registered with partita IVA in the regime forfettario ([[VAT:09182640582]]). You can read reviews from my students on my site: [[URL:www.beckysmith-english.it]]",
            ),
            (
                "a",
                "Hi [[PER:Rebecca]], thanks! Your profile looks great. Could we do a quick video call on Thursday at {{TIME:3pm}}? – [[PER:Gemma]]",
            ),
            (
                "c",
                "Thursday at 3 is grand. Send the invite to [[EMAIL:rebecca.smith.cork at gmail dot com]]. Talk soon! [[PER:Becky]]",
            ),
            (
                "a",
                "Invite sent. See you Thursday!\n[[PER:Gemma Fontana]], coordinator, Ripetizioni Minerva",
            ),
            (
                "a",
                "Hi [[PER:Becky]], welcome on board! 🎉 For the monthly payments we need an IBAN in your name.",
            ),
            (
                "c",
                "Brilliant, thanks a million! IBAN: [[IBAN:IT24M0311110900000000063201]], [[PER:Rebecca Jane Smith]]. I live in [[LOC:Cinisello Balsamo]] so I can cover Sesto and Monza too.",
            ),
        ],
    },
    {
        "business": "minerva",
        "platform": "telegram",
        "customer": "Rahul Mehta",
        "lang": "en",
        "messages": [
            (
                "c",
                "Good evening. My son [[PER:Arjun]] is not able to join online class with Mr. [[PER:Amedeo Bruno]], it is showing 'access denied by network'. We tried two times already.",
            ),
            (
                "a",
                "Good evening Mr [[PER:Mehta]], can you send a screenshot of the error? Usually it shows an address.",
            ),
            (
                "c",
                "It is saying: Access denied - [[IP:93.41.208.17]] - ref {{CODE:7F3K-22}}. Is this our one? We are having {{BRAND:Fastweb}} connection.",
            ),
            (
                "a",
                "Yes, that's your public IP, the platform flagged it after too many attempts. I've unblocked it, please try again now. I'll tell Mr [[PER:Bruno]] you'll start 10 minutes late. [[PER:Marco]] (tech support)",
            ),
            (
                "c",
                "It is working now. Thank you very much [[PER:Marco]], kindly convey sorry to sir.",
            ),
        ],
    },
    {
        "business": "minerva",
        "platform": "telegram",
        "customer": "Marites Dela Cruz",
        "lang": "en",
        "messages": [
            (
                "c",
                "Good morning po! I am [[PER:Marites Dela Cruz]], mother of [[PER:Joy Dela Cruz]] 2nd year media. She need help in italiano and english homeworks. We live in [[ADDR:Via Padova 212, Milano, 3rd floor]]. How much per hour?",
            ),
            (
                "a",
                "Good morning Mrs [[PER:Dela Cruz]]! For scuola media it's {{PRICE:18€}} per hour. We could send our tutor [[PER:Marisol Quispe]], she's wonderful with kids learning Italian as a second language.",
            ),
            (
                "c",
                "Ok thank you. I am working every day as domestic helper in [[ADDR:Corso Magenta]], better you message my husband [[PER:Romeo]], number [[PHONE:351 0042 887]], he answer faster",
            ),
            (
                "a",
                "Perfect, we'll text [[PER:Romeo]] to arrange the first lesson. Thanks! Segreteria Minerva",
            ),
            ("c", "Salamat po 🙏🙏 [[PER:Joy]] is very excited"),
        ],
    },
    # ----------------------------------------------------------- Serramenti Fratelli Caruso
    {
        "business": "serramenti",
        "platform": "whatsapp",
        "customer": "Rocco Tedesco",
        "lang": "it",
        "messages": [
            (
                "c",
                "buongiorno sono [[PER:rocco tedesco]] l impresa edile quello del cantiere di [[ADDR:via pergolesi]] a [[LOC:lissone]] allora le finestre del secondo piano sono arrivate ma manca il controtelaio della portafinestra in cucina e il cliente il signor [[PER:marchi]] mi sta chiamando ogni mezz ora mi dite quando lo portate grazie",
            ),
            (
                "a",
                "Buongiorno [[PER:Rocco]], il controtelaio è in produzione, lo porta [[PER:Salvatore]] giovedì mattina insieme alle zanzariere.\nUfficio – [[PER:Mariangela]]",
            ),
            (
                "c",
                "giovedì va bene però prima delle 8 che poi arriva il gruista e la strada la chiudono mi mandi il numero di [[PER:salvatore]] così ci sentiamo direttamente",
            ),
            (
                "a",
                "[[PER:Salvatore]]: [[PHONE:335 640 1187]]. Gli dico di passare alle {{TIME:7:30}} 👍",
            ),
            ("c", "ok grazie mille ciao ciao"),
            (
                "c",
                "ah dimenticavo il signor [[PER:marchi]] vuole anche il preventivo per le persiane della casa di sua madre in [[ADDR:località cascina bareggia 4]] a [[LOC:macherio]] gli do il vostro numero va bene",
            ),
            ("a", "Certo, ci chiami pure. [[PER:M.]]"),
        ],
    },
    {
        "business": "serramenti",
        "platform": "whatsapp",
        "customer": "Pasquale Iovine",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno a tutti. Sono [[PER:Pasquale Iovine]], napoletano trapiantato in [[LOC:Brianza]]. Teng' nu problema cu 'e persiane 'e mammà, 'a signora [[PER:Concetta Iovine]], dint' 'o palazzo 'e [[ADDR:via Lecco 118, scala B, int. 5]], a [[LOC:Monza]]. Una s'è scassata e mo' nun se chiude cchiù, e cu 'o viento stanotte ha fatto nu rummore ca mammà nun ha durmuto",
            ),
            (
                "a",
                "Buongiorno signor [[PER:Pasquale]]! Ci dispiace per la signora. Ci manda una foto della persiana?",
            ),
            (
                "c",
                "Mo' v'a manno. È chella d''o balcone d''a cucina, chella verde. Jamme, venite priesto ca mammà tene 86 anni. 'O numero suo è [[PHONE:039 556 3390]], ma rispunne sulo si ve presentate \"{{BRAND:Fratelli Caruso}}\"",
            ),
            (
                "a",
                "Foto arrivata: è il cardine inferiore. Venerdì tra le 9 e le 11 passa [[PER:Salvatore]]. Costo indicativo {{PRICE:60-80€}}. Va bene?",
            ),
            ("c", "Va buono, grazie assaje. [[PER:Salvatò]], m'arraccumanno! 😄"),
            ("a", "Ahah ci penso io! [[PER:Salvatore]]"),
        ],
    },
    {
        "business": "serramenti",
        "platform": "whatsapp",
        "customer": "Rosemary Cook",
        "lang": "en",
        "messages": [
            (
                "c",
                "Good morning, we are a British couple who bought an old house on [[LOC:Lake Como]] last year and the wooden shutters (persiane) are in a sorry state. Would you be able to quote for 9 shutters in wood-effect aluminium? We're at [[ADDR:Via del Lavatoio 3, frazione Ronco Alto, 22010 Pianello del Lario (CO)]].\nKind regards,\n[[PER:Mark]] and [[PER:Rosemary Cook]]",
            ),
            (
                "a",
                "Good morning Mr and Mrs [[PER:Cook]], thank you for your message. Yes, we can do a free survey. Our technician [[PER:Salvatore]] is in the [[LOC:Como]] area on Tuesday 17. Is it ok {{TIME:10 am}}?\nBest regards, [[PER:Mariangela]] – {{BRAND:Fratelli Caruso}}",
            ),
            (
                "c",
                "Tuesday at 10 is perfect. The lane is narrow so best to park by the church and walk up, it's the house with the blue door. [[PER:Mark]]'s mobile is [[PHONE:+44 7812 903 114]], mine is [[PHONE:+39 351 448 2071]]. [[PER:Rosemary]]",
            ),
            ("a", "Perfect, I write it to [[PER:Salvatore]]. See you on Tuesday!"),
            (
                "c",
                "Thank you for sending the quote (n. {{ORDER:2026/118}}). Before we sign, could you tell us if the 'detrazione 50%' applies to non-residents? Our geometra, Signora [[PER:Fortunata Nardi]], says yes but we'd like to be sure.",
            ),
            (
                "a",
                'Yes, it applies also to non-residents if they pay Italian IRPEF. You need a codice fiscale and the payment with "bonifico parlante". We can help with the documents. [[PER:Mariangela]]',
            ),
        ],
    },
    {
        "business": "serramenti",
        "platform": "whatsapp",
        "customer": "Maria Bianco",
        "lang": "it",
        "messages": [
            (
                "c",
                "Spett.le Serramenti {{BRAND:F.lli Caruso}},\nfacendo seguito al sopralluogo del 2 c.m., trasmetto le misure rilevate (luce netta, L x H in cm) per la richiesta di offerta:\n\nVANO | L | H | TIPO\nSoggiorno | 180 | 240 | portafinestra 2 ante\nCucina | 120 | 150 | finestra 2 ante\nCamera 1 | 100 | 150 | finestra 1 anta + vasistas\nBagno | 60 | 80 | vasistas\n\nProfilo richiesto: PVC bianco, vetrocamera 4-16-4 basso emissivo.\nL'offerta va intestata alla sottoscritta, C.F. [[CF:BNCMRA58H49A662X]].\n\nDistinti saluti\n\nDott.ssa [[PER:Maria Bianco]]\n[[ADDR:Via Alessandro Volta 27 – 20851 Lissone (MB)]]\nTel. [[PHONE:039 245 7718]] – Cell. [[PHONE:339 802 6643]]\nPEC: [[EMAIL:maria.bianco58@pec.it]]",
            ),
            (
                "a",
                "Gentile dott.ssa [[PER:Bianco]], grazie per le misure complete. Le inviamo l'offerta n. {{ORDER:2026/131}} entro venerdì.\nSerramenti {{BRAND:F.lli Caruso}} – Ufficio tecnico, geom. [[PER:Luigi Caruso]]",
            ),
            (
                "c",
                "Vi ringrazio. Preciso che il vasistas del bagno dovrà avere vetro satinato.\nCordiali saluti,\n[[PER:M. Bianco]]",
            ),
            ("a", "Annotato. Saluti, [[PER:L.C.]]"),
        ],
    },
    {
        "business": "serramenti",
        "platform": "whatsapp",
        "customer": "Chloe Hartigan",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hey! Just wondering when you're coming to put the windows in at my place? We've paid the balance already. [[PER:Chloe Hartigan]], [[ADDR:Via Garibaldi 40, Desio]]",
            ),
            (
                "a",
                "Hi [[PER:Chloe]]! Installation confirmed for {{DATE:24 March}}. We only need the building manager's permission to park the van in the courtyard. [[PER:Mariangela]]",
            ),
            (
                "c",
                "The amministratore is Rag. [[PER:Enzo Gallo]], his office is in [[ADDR:Corso Italia 12, Seregno]], phone [[PHONE:0362 231 908]]. Should I email him or will you?",
            ),
            (
                "a",
                "Better if you do it, thank you. Ah, about the balance: we received {{PRICE:€1,200}} but the quote was {{PRICE:€1,450}}. Could you check?",
            ),
            (
                "c",
                "Oh bugger, you're right, my husband [[PER:Matteo]] did the transfer and missed a bit. Sending {{PRICE:€250}} now from our account [[IBAN:IT22G0832703399000000017226]]",
            ),
            (
                "a",
                "Thank you! Talk soon for the installation.\n{{BRAND:F.lli Caruso}} – Administration ([[PER:Daniela]])",
            ),
            ("c", "Done ✅ Say hi to [[PER:Salvatore]], legend 👋"),
        ],
    },
    {
        "business": "serramenti",
        "platform": "whatsapp",
        "customer": "Nadia Colombo",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buonasera, ho scaricato l'app per le tapparelle motorizzate ({{PRODUCT:TaHoma}}) ma non trova la centralina. Il tecnico della fibra dice di inserire l'IP a mano, è [[IP:192.168.1.37]]?",
            ),
            (
                "a",
                "Buonasera [[PER:Nadia]], sì, se la centralina ha quell'indirizzo lo inserisca in Impostazioni > Rete. Se non va, domani la chiama [[PER:Salvatore]]",
            ),
            (
                "c",
                "Niente. Chiamatemi pure al [[PHONE:328 119 4520]], sono a casa dopo le 18.\n[[PER:Nadia Colombo]], [[LOC:Vimercate]]",
            ),
            (
                "a",
                "Ciao [[PER:Nadia]], sono [[PER:Salvatore]]. Ti ho chiamata ma non rispondi, passo domani alle {{TIME:18:30}}, ok? Mi ridai l'indirizzo esatto?",
            ),
            ("c", "[[ADDR:via Cavour 61 int. 4]], citofono [[PER:Colombo-Sala]]. A domani!"),
            (
                "a",
                "Fatto: la centralina aveva preso un IP nuovo ([[IP:192.168.1.52]]), l'abbiamo resa fissa. Tutto ok 👍 [[PER:Salvatore]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- Parrocchia San Rocco
    {
        "business": "parrocchia",
        "platform": "messenger",
        "customer": "Ida Pellegrini",
        "lang": "it",
        "messages": [
            (
                "c",
                "Reverendo don [[PER:Michele]],\nsono la signora [[PER:Ida Pellegrini]], vedova [[PER:Cattaneo]], della [[ADDR:via Manzoni]]. Desidero iscrivermi al pellegrinaggio a Lourdes del mese di maggio insieme a mia nipote [[PER:Lourdes]] (sì, porta il nome della Madonna, mia figlia fece un voto), che mi accompagnerà perché ormai cammino col bastone.\nVorrei sapere se il pullman ha il posto per la carrozzina pieghevole e quanto è la quota.\nIl mio recapito telefonico è [[PHONE:0362 903 125]].\nCon devozione,\n[[PER:Ida Pellegrini]]",
            ),
            (
                "a",
                "Gentile signora [[PER:Ida]], che bella notizia! La quota è di {{PRICE:640€}} a persona (pullman, 5 giorni, pensione completa) e il pullman ha lo spazio per la carrozzina. Passi in segreteria il martedì o il giovedì mattina con la carta d'identità sua e di [[PER:Lourdes]].\nUn caro saluto, don [[PER:Michele]]",
            ),
            (
                "c",
                "La ringrazio di cuore, Reverendo. Verrà mia nipote a portare i documenti, non esco volentieri con la pioggia. Il suo cellulare è [[PHONE:346 207 5518]].\nDio La benedica.\n[[PER:I.P.]]",
            ),
            ("a", "Va bene così. Ci sentiamo presto! [[PER:Luisa]] – segreteria parrocchiale"),
        ],
    },
    {
        "business": "parrocchia",
        "platform": "messenger",
        "customer": "Elena Marino",
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere mia figlia [[PER:Sofia]] al campo estivo di Folgaria, turno 2 ({{DATE:19-26 luglio}}). [[PER:Sofia Marino]], nata a [[LOC:Venezia]] il 5/10/2010, cod. fisc. [[CF:mrnsfo10r45l736p]]. Allergica alle arachidi.",
            ),
            (
                "a",
                "Buongiorno! Ricevuto, [[PER:Sofia]] è nel turno 2. Ci serve il modulo firmato da entrambi i genitori e il certificato per l'allergia. La quota è {{PRICE:380€}}, acconto {{PRICE:100€}} entro il {{DATE:30 aprile}}. [[PER:Marisa]]",
            ),
            (
                "c",
                "Ok. Il papà è [[PER:Nicolò Marino]], firma lui stasera. Il modulo mandatelo a [[EMAIL:elena.costa.marino chiocciola libero punto it]] che lo stampo in ufficio. Per l'acconto va bene il bonifico?",
            ),
            (
                "a",
                'Sì, le coordinate sono sul volantino. Causale: "Campo Folgaria – [[PER:Sofia Marino]]"',
            ),
            (
                "c",
                "{{WORD:Perfetto}}. Ah, [[PER:Sofia]] chiede se può stare in camera con la sua amica [[PER:Gaia Bonetti]] 😅",
            ),
            ("a", "Ahah facciamo il possibile! 😊 [[PER:Marisa]]"),
        ],
    },
    {
        "business": "parrocchia",
        "platform": "messenger",
        "customer": "Bridget Mancuso",
        "lang": "en",
        "messages": [
            (
                "c",
                "Hello Father! My name is [[PER:Bridget Mancuso]], I'm from [[LOC:Boston, Massachusetts]]. My cousin [[PER:Rosanna Villa]] goes to your church and told me about the trip to Assisi in September. I'll be in Italy visiting family that month, could I join even though I'm not a parishioner? My Italian is terrible, sorry!",
            ),
            (
                "a",
                "Hello [[PER:Bridget]]! Of course you are welcome 😊 The trip is {{DATE:12-14 September}}, cost {{PRICE:290€}}. Don [[PER:Michele]]",
            ),
            (
                "c",
                "Wonderful!! I'll be staying with [[PER:Rosanna]] at her place, [[ADDR:Via Trento 7]], so I can come to the office with her. My US cell is [[PHONE:(617) 555-0142]] and my email [[EMAIL:bridget.mancuso@comcast.net]].",
            ),
            (
                "a",
                "Perfect. Please bring your passport when you come with [[PER:Rosanna]], the hotel needs it. See you soon! [[PER:Luisa]] (parish office)",
            ),
            (
                "c",
                "Oh and in case you need to mail me the receipt, my home address is [[ADDR:42 Wachusett Street, Jamaica Plain, MA 02130]]. The bank account is still under my maiden name, [[PER:Bridget Donnelly]] 😂",
            ),
            ("a", "Noted, thank you [[PER:Bridget]]!"),
            ("c", "God bless! 🙏"),
        ],
    },
    {
        "business": "parrocchia",
        "platform": "messenger",
        "customer": "Walter Fumagalli",
        "lang": "it",
        "messages": [
            (
                "c",
                "Don, ti inoltro quello che mi ha scritto la ditta dei pullman:\n\nInoltrato:\n> Buongiorno sig. [[PER:Fumagalli]], per il viaggio a Lourdes ci servono entro venerdì i nominativi dei passeggeri con esigenze particolari. Autista assegnato: [[PER:Mauro Ferro]], cell. [[PHONE:338.410.2291]]. Partenza ore {{TIME:6:00}} dal piazzale della chiesa.\n> Cordiali saluti, Autolinee Lario – Ufficio gruppi\n\nIo ho messo:\n- [[PER:Pellegrini Ida]] (carrozzina)\n- [[PER:Gatti Ernesto]] (ossigeno)\n- [[PER:Riva Anselmo]] (dieta per celiaci)\nTi torna?",
            ),
            (
                "a",
                "Grazie [[PER:Walter]], aggiungi anche la signora [[PER:Bianca Sacchi]] che ha la stampella. Don [[PER:Michele]]",
            ),
            (
                "c",
                "Fatto, aggiunta. Mando la lista all'ufficio gruppi e metto in copia [[PER:Mauro]].",
            ),
            ("a", "👍"),
        ],
    },
]


TAG = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{\{([A-Z_]+):(.*?)\}\}", re.DOTALL)
BASE_TIME = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)


def strip_markup(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Plain text, gold entity spans and keep spans of one marked-up message."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in TAG.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            kind, value = ENTITY_ALIASES.get(match.group(1), match.group(1)), match.group(2)
            target = entities
            if kind not in ENTITY_ALIASES.values():
                raise ValueError(f"unknown entity type {kind!r}")
        else:
            kind, value = match.group(3), match.group(4)
            target = keep
            if kind not in KEEP_KINDS:
                raise ValueError(f"unknown keep kind {kind!r}")
        if not value or "[[" in value or "{{" in value:
            raise ValueError(f"bad span value {value!r}")
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(marked[position:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return text, entities, keep


def build_records() -> list[dict[str, Any]]:
    """One labelled record per message, in conversation order."""
    records: list[dict[str, Any]] = []
    for c_index, conversation in enumerate(CONVERSATIONS, start=1):
        page_name, page_id = BUSINESSES[conversation["business"]]
        conversation_id = f"hw13-conv-{c_index:03d}"
        customer_id = f"hw13-user-{c_index:03d}"
        start = BASE_TIME + timedelta(
            days=c_index // 3, hours=(c_index * 5) % 11, minutes=c_index * 7 % 60
        )
        for m_index, message in enumerate(conversation["messages"], start=1):
            role, marked = message[0], message[1]
            language = message[2] if len(message) > 2 else conversation["lang"]
            text, entities, keep = strip_markup(marked)
            customer = role == "c"
            created = start + timedelta(minutes=m_index * 9 + (m_index * c_index) % 9)
            record = {
                "message": {
                    "message_id": f"hw13-msg-{c_index:03d}-{m_index:02d}",
                    "conversation_id": conversation_id,
                    "platform": conversation["platform"],
                    "page_id": page_id,
                    "sender_id": customer_id if customer else page_id,
                    "sender_name": conversation["customer"] if customer else page_name,
                    "sender_role": "customer" if customer else "agent",
                    "recipient_id": page_id if customer else customer_id,
                    "created_time": created.isoformat(),
                    "text": text,
                },
                "language": language,
                "entities": entities,
                "keep": keep,
            }
            records.append(record)
    return records


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text (one record per line, UTF-8, stable key order)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(render(build_records()), encoding="utf-8")


if __name__ == "__main__":
    main()
