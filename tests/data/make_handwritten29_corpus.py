# ruff: noqa: E501
"""Hand-written blind test corpus no. 29 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten29_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a tattoo studio in Bologna, a physiotherapy
practice in Trento, an agriturismo in the Marche hills, a mobile-phone repair shop in Reggio
Calabria, a music school in Parma for children and adults, and a travel agency in Perugia that
organises group trips.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten29_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten29_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "tattoo": "Inchiostro Nero Tattoo Studio",
    "physio": "FisioAdige Studio di Fisioterapia",
    "agri": "Agriturismo Il Poggio dei Gelsi",
    "phone": "RiparaSubito Cellulari Reggio",
    "music": "Scuola di Musica Il Pentagramma",
    "travel": "Trasimeno Viaggi di Gruppo",
}
PAGE_IDS: dict[str, str] = {
    "tattoo": "629070000000113",
    "physio": "629070000000224",
    "agri": "629070000000335",
    "phone": "629070000000446",
    "music": "629070000000557",
    "travel": "629070000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Tattoo: small swallow on the wrist, friend joins, husband pays the deposit
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "betta.mnc",
        "lang": "it",
        "start": "2024-03-04T18:12:00",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare una consulenza x un tatuaggio sul polso, una rondine piccolina. sono [[P:Betta]] ([[P:Elisabetta Mancini]]), ho visto i lavori di [[P:Rocco]] sul suo profilo @[[H:rocco.inkbo]] e me ne sono innamorata 😍",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! [[P:Rocco]] ha posto {{D:giovedì 14 marzo}} alle {{TM:17:30}} per la consulenza. Ci lasci un numero x conferma? - [[P:Giada]], {{B:Inchiostro Nero}}",
            ),
            (
                "c",
                "si certo [[T:347 218 9904]]. ah viene anche la mia amica [[P:Speranza]], anche lei vuole un lettering col nome della nonna, [[P:Ines]] in corsivo",
            ),
            (
                "a",
                "Perfetto, per il lettering ci serve il testo scritto esatto. Acconto {{$:50 €}} a testa x bloccare la data, bonifico su [[I:IT95X0306902477100000004821]] causale nome + data. [[P:Giada]]",
            ),
            (
                "c",
                "fatto! il bonifico parte dal conto di mio marito [[P:Fede]] cmq, cioè [[P:Federico Leone]], se vi arriva a nome suo è lui eh 😅",
            ),
            (
                "a",
                "Ricevuti entrambi, grazie! A giovedì, suonate al citofono dello studio. Portate un documento, per [[P:Speranza]] serve anche la liberatoria firmata.",
            ),
        ],
    },
    # 2. Tattoo: American exchange student, cover-up
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "gracie_fox",
        "lang": "en",
        "start": "2024-03-09T10:41:00",
        "messages": [
            (
                "c",
                "hiii do u guys do cover ups?? I have an old ex's name on my ankle lol, it says [[P:Tyler]] in cursive. I'm [[P:Grace Fox]], exchange student at the uni here",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes we do, [[P:Martina]] is our cover-up specialist. Can you send a photo of the old tattoo + an idea of what you'd like on top? A peony works great usually",
            ),
            (
                "c",
                "omg a peony would be perfect. sending pics now. my email is [[E:grace.fox.bolo@example.com]] if it's easier to send the sketch there. also my US number still works on whatsapp [[T:+1 (415) 555-0132]]",
            ),
            (
                "a",
                "Got the photos, thanks. Estimate is {{$:180-220 €}} depending on size, one session about 3 hours. First free slot is {{D:March 22}} at {{TM:2 pm}}. Ciao, [[P:Martina]]",
            ),
            (
                "c",
                "booked!! quick question I'm staying at [[A:via Mascarella 19]] with my roommate [[P:Chiara]], can u mail the aftercare stuff there or do I pick up?",
            ),
            (
                "a",
                "Better to pick it up in studio, we give you the {{B:Bepanthen}} and the film on the day. See you on the 22nd!",
            ),
            ("c", "perfect thx!! ps my roommate follows u too she's @[[H:chiaretta.b]] 😂"),
        ],
    },
    # 3. Tattoo: Romanian business owner wants an invoice
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Andrei P.",
        "lang": "it",
        "start": "2024-04-02T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Andrei Popescu]], ieri ho fatto il tribale sulla spalla con [[P:Rocco]]. Mi serve la fattura per favore, ho partita iva",
            ),
            (
                "a",
                "Buongiorno [[P:Andrei]], certo. Ci mandi ragione sociale, P.IVA e codice fiscale? Il cognome è con la C o con la K?",
            ),
            (
                "c",
                "con la C: [[P:P-O-P-E-S-C-U]]. Ditta individuale [[P:Popescu Andrei]] Edilizia, P.IVA [[V:02846130371]], CF [[CF:PPSNDR87L19Z129L]]. Sede [[A:via della Beverara 112]], [[A:40131]] [[L:Bologna]]",
            ),
            (
                "a",
                "Perfetto. Importo {{$:300 €}} pagati con POS, giusto? La mandiamo via SDI, ci dai il codice destinatario o una PEC?",
            ),
            (
                "c",
                "pec [[E:popescu.edilizia@pec-example.it]]. grazie mille, saluti anche a [[P:Rocco]] che è un artista",
            ),
            ("a", "Fattura n. {{R:FT-2024-0117}} inviata. Grazie a te! [[P:Giada]]"),
        ],
    },
    # 4. Tattoo: a mother asks about her 17-year-old daughter
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Rosa Bianchi",
        "lang": "it",
        "start": "2024-04-18T20:33:00",
        "messages": [
            (
                "c",
                "Buonasera. Mia figlia [[P:Bianca]] compie 18 anni a {{D:giugno}} ma vuole fare il tatuaggio adesso per la gita. Con la mia firma si può? Io sono [[P:Rosa Bianchi]]",
            ),
            (
                "a",
                "Buonasera signora [[P:Rosa]]. Sotto i 18 anni lavoriamo solo con il consenso di entrambi i genitori presenti in studio, con documenti. Se vuole le mandiamo il modulo.",
            ),
            (
                "c",
                "Il papà è a [[L:Casalecchio di Reno]] e lavora fino alle 7 tutti i giorni, [[P:Claudio]] non ci viene mai 🙄 me lo mandate per mail? [[E:rosa.bianchi85@libero.example]]",
            ),
            ("a", "Inviato. Serve anche il codice fiscale di [[P:Bianca]] nel modulo."),
            (
                "c",
                "il mio lo sapete già? per sicurezza [[CF:BNCRSO85T52A944N]]. quello di lei lo scrivo a mano. ah abitiamo in [[A:via Toscana 77 scala B int. 4]], [[L:San Lazzaro di Savena]], se serve",
            ),
            (
                "a",
                "Perfetto, grazie. Per il tatuaggio di [[P:Bianca]] proponiamo {{D:sabato 27}} alle {{TM:10:00}}, così [[P:Claudio]] è libero. Fateci sapere! [[P:Giada]]",
            ),
        ],
    },
    # 5. Tattoo: Chinese student, payment link
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Wei Z",
        "lang": "en",
        "start": "2024-05-06T13:20:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Zhang Wei]] (Wei is first name). I want a small koi fish on forearm, I found the design on {{B:Pinterest}}. Price please?",
            ),
            (
                "a",
                "Hi [[P:Wei]]! A small koi in fine line is around {{$:120 €}}. [[P:Rocco]] can do it on {{D:May 16}}, {{TM:4:30 pm}}. Deposit {{$:40 €}}.",
            ),
            (
                "c",
                "ok good. I can pay deposit with {{B:PayPal}}? my friend [[P:Li Na]] paid you with a link last month",
            ),
            ("a", "Yes, I'll send you our link in a sec. Put your name in the note please."),
            (
                "c",
                "paid from my account [[U:paypal.me/weizhang88]]. my phone is [[T:+39 351 804 2277]] if you need me. 谢谢 thank you",
            ),
            (
                "a",
                "Received, thanks [[P:Wei]]! See you on the 16th. Eat something before the session 🙂 - [[P:Giada]]",
            ),
        ],
    },
    # 6. Tattoo: Spanish guest artist organises a guest spot
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "lucia.fg.tattoo",
        "lang": "it",
        "start": "2024-06-11T11:02:00",
        "messages": [
            (
                "c",
                "Holaa! Sono [[P:Lucía Fernández García]], tatuatrice di [[L:Valencia]], faccio guest spot in Italia a {{D:settembre}}. Avete una postazione libera? il mio portfolio è qui [[U:linktr.ee/lucia.fg.tattoo]]",
            ),
            (
                "a",
                "Ciao [[P:Lucía]]! Che bello il tuo blackwork. Parlo con [[P:Rocco]] e ti dico. Di solito la postazione è {{$:30%}} sulle sessioni.",
            ),
            (
                "c",
                "perfecto, va benissimo. Vengo con il mio ragazzo [[P:Pablo]], dormiamo da un'amica a [[L:Bolognina]], [[P:Marta Ruiz]]. Mi scrivi per mail? [[E:lucia.fernandez.garcia@example.es]]",
            ),
            (
                "a",
                "Confermato dal {{D:9}} al {{D:14 settembre}}! Ti mando il contratto. Per i pagamenti ci serve il tuo IBAN.",
            ),
            (
                "c",
                "eccolo [[I:ES91 2100 0418 4502 0005 1332]] e il mio numero spagnolo [[T:+34 612 48 39 05]]. gracias!!",
            ),
            (
                "a",
                "Grazie [[P:Lucía]], a settembre! Facciamo un post per annunciarti, ti taggo come @[[H:lucia.fg.tattoo]]",
            ),
        ],
    },
    # 7. Tattoo: British tourist, card payment for a voucher for her sister
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Hope",
        "lang": "en",
        "start": "2024-07-20T16:45:00",
        "messages": [
            (
                "c",
                "Hiya, I'd like to buy a gift voucher for my sister [[P:Victoria]], she's moving to Bologna for uni in Sept and wants her first tattoo with you. I'm [[P:Hope Baker]]",
            ),
            (
                "a",
                "Hello [[P:Hope]], lovely idea! Vouchers come in {{$:100 €}} or {{$:150 €}}. We can post it to you or she can collect it.",
            ),
            (
                "c",
                "Post it to me please: [[A:Flat 2, 14 Rosemary Lane]], [[L:Bristol]] [[A:BS3 4QT]]. Can I pay by card over the phone? my mobile is [[T:07911 204 663]]",
            ),
            (
                "a",
                "We send a secure payment link by mail, we never take card numbers in chat. What's your e-mail?",
            ),
            (
                "c",
                "oops I already typed it sorry, it's [[C:4539 2177 4810 0627]] 🙈 email is [[E:hope.baker@example.co.uk]]",
            ),
            (
                "a",
                "Please delete that message from the chat for safety, [[P:Hope]]! Link sent to your e-mail. Voucher {{R:VB-0458}} will be posted on {{D:Monday}}. Cheers, [[P:Martina]]",
            ),
        ],
    },
    # 8. Physio: post-op knee, Giuse, GP referral, fiscal code
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2024-02-12T08:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giuseppe Ferro]] ma tutti mi chiamano [[P:Giuse]]. operato al crociato il {{D:2 febbraio}} a [[L:Rovereto]], il dott. [[P:Rinaldi]] mi ha detto di iniziare la riabilitazione subito",
            ),
            (
                "a",
                "Buongiorno [[P:Giuseppe]], ci porti la lettera di dimissione e la prescrizione. Primo posto {{D:mercoledì}} alle {{TM:8:30}} con [[P:Sara]]. Le va bene?",
            ),
            (
                "c",
                "si va bene. x la fattura sanitaria il cf è [[CF:FRRGPP92E08H224G]], sono nato a [[L:Reggio Calabria]] ma vivo qui da anni. Abito a [[L:Mattarello]], [[A:via Catoni 8]]",
            ),
            (
                "a",
                "Perfetto. Il ciclo di 10 sedute costa {{$:450 €}}. Se non riesce a guidare possiamo fare le prime a domicilio.",
            ),
            (
                "c",
                "mi porta mia cugina [[P:Concetta]] in macchina, il suo numero se nn rispondo io [[T:0039 320-1177-455]]",
            ),
            ("a", "Segnato. A mercoledì! [[P:Sara]] - {{B:FisioAdige}}"),
        ],
    },
    # 9. Physio: runner with ankle sprain, husband Mark
    {
        "business": "physio",
        "platform": "messenger",
        "customer": "Serena Dallapè",
        "lang": "it",
        "start": "2024-03-01T19:48:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Serena]], mi sono storta la caviglia alla {{W:Trento Half Marathon}}, caviglia gonfia come un pallone. Avete posto x una visita?",
            ),
            (
                "a",
                "Ciao [[P:Serena]], ci dispiace! Domani alle {{TM:12:15}} c'è [[P:Luca]]. Cognome e numero?",
            ),
            (
                "c",
                "[[P:Dallapè]], con l'accento sulla e 😄 [[P:Serena Dallapè]]. [[T:0461.981.220]] casa, cell [[T:340 55 21 980]]",
            ),
            (
                "c",
                "posso portare mio marito [[P:Mark]]? Lui è inglese e si è fatto male alla schiena spalando la neve a [[L:Vigolo Vattaro]] 🙄 magari lo guardate anche lui",
            ),
            (
                "a",
                "Certo, facciamo due slot di seguito: voi alle {{TM:12:15}}, [[P:Mark]] alle {{TM:13:00}}. Il suo cognome?",
            ),
            (
                "c",
                "[[P:Mark Bello]]. si, Bello, come l'aggettivo, ha preso il mio cognome da sposato ahah no scherzo è di origine italiana",
            ),
            ("a", "Ahah perfetto. A domani! [[P:Luca]]"),
        ],
    },
    # 10. Physio: Ukrainian patient, shoulder
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Olena",
        "lang": "en",
        "start": "2024-03-15T07:55:00",
        "messages": [
            (
                "c",
                "Good morning. I am [[P:Olena Kovalenko]], I have pain in right shoulder since 2 months. I work as caregiver for old lady in [[L:Pergine Valsugana]], lifting her every day",
            ),
            (
                "a",
                "Good morning [[P:Olena]]. We can see you on {{D:Tuesday 19th}} at {{TM:6 pm}} after work. Do you have a tessera sanitaria / codice fiscale for the receipt?",
            ),
            (
                "c",
                "yes, [[CF:KVLLNO91S55Z138P]]. The lady is signora [[P:Anna Moser]], her son [[P:Walter]] will pay, he asked the invoice in his name",
            ),
            (
                "a",
                "No problem, but the medical receipt must be in the patient's name, so yours. [[P:Walter]] can pay by bank transfer if he wants.",
            ),
            (
                "c",
                "ok I tell him. His email [[E:walter.moser@example.com]]. My address [[A:via Roma 23]], [[A:38057]] [[L:Pergine]]. Дякую, thank you!",
            ),
            (
                "a",
                "You're welcome [[P:Olena]], see you Tuesday. Bring comfortable clothes. - [[P:Sara]]",
            ),
        ],
    },
    # 11. Physio: company physio sessions, P.IVA and IBAN
    {
        "business": "physio",
        "platform": "telegram",
        "customer": "Nicola HR",
        "lang": "it",
        "start": "2024-04-04T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Nicola Zanoni]] dell'ufficio personale di {{B:Legnami Valsugana srl}}. Vorremmo un pacchetto di sedute di posturale per 6 magazzinieri",
            ),
            (
                "a",
                "Buongiorno [[P:Nicola]], volentieri. Possiamo venire in azienda il {{D:venerdì}} pomeriggio. Ci mandi i dati per il preventivo?",
            ),
            (
                "c",
                "P.IVA [[V:01935720225]], sede [[A:zona industriale 14/A]], [[L:Borgo Valsugana]]. Referente per la logistica è [[P:Omar Haddad]], cell. [[T:+39 348 602 1174]]",
            ),
            (
                "a",
                "Preventivo {{R:PREV-24-031}}: 8 incontri a {{$:95 €}} + IVA. Pagamento a 30 giorni.",
            ),
            (
                "c",
                "ok approvato. Ci date l'IBAN per il bonifico? e mandate tutto anche alla collega [[P:Katia]] in amministrazione [[E:katia.amministrazione@legnami-example.it]]",
            ),
            (
                "a",
                "IBAN [[I:IT31K0200812345000104417593]], intestato allo studio. Inviato tutto a [[P:Katia]]. Grazie, [[P:Luca Pedrotti]] - {{B:FisioAdige}}",
            ),
        ],
    },
    # 12. Physio: American researcher, ski injury
    {
        "business": "physio",
        "platform": "messenger",
        "customer": "Will Church",
        "lang": "en",
        "start": "2024-01-22T17:30:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Will]] here ([[P:William Church]]), I'm a visiting researcher at the university. Twisted my knee skiing at [[L:Madonna di Campiglio]] on Sunday. Any chance for an appointment this week?",
            ),
            (
                "a",
                "Hi [[P:Will]], sorry to hear! Thursday at {{TM:9:45}} works with [[P:Luca]]. For the receipt we need your Italian codice fiscale if you have one.",
            ),
            (
                "c",
                "Yes I got one when I signed my contract: [[CF:CHRWLL75M03Z404R]]. My wife [[P:Grace]] will drive me in, I can't bend the leg much.",
            ),
            ("a", "Perfect. Can you send us the MRI report too? e-mail is fine."),
            (
                "c",
                "Sure, I'll send it from [[E:wchurch@example.edu]]. My cell is still the US one: [[T:(617) 555-0199]], or my wife's Italian one [[T:+39 331 909 4412]]",
            ),
            ("a", "Thanks! See you Thursday. Best, [[P:Luca]]"),
        ],
    },
    # 13. Physio: mother books for her son, trentino dialect
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Mamma Mattia",
        "lang": "it",
        "start": "2024-05-08T14:02:00",
        "messages": [
            (
                "c",
                "ciao, son la mamma de [[P:Mattia Pisoni]], el gà 13 ani e el se tien tut stort con la schena, ciò. la pediatra dott.ssa [[P:Valentina Leone]] la dis de far la posturale",
            ),
            (
                "a",
                "Ciao! Certo, per i ragazzi facciamo una valutazione di 45 minuti a {{$:60 €}}. Ci dice il suo nome?",
            ),
            (
                "c",
                "[[P:Daniela]]. [[P:Daniela Gottardi]]. stemo a [[L:Lavis]], [[A:via Clementi 5]]. el pol vegnir solo dopo l'allenamento de calcio, dopo le {{TM:17}}",
            ),
            (
                "a",
                "Perfetto, {{D:lunedì 13}} alle {{TM:17:45}} con [[P:Sara]]. Portate eventuali radiografie.",
            ),
            ("c", "ok grazie. se ghe son problemi ciamè mi marì, [[P:Renzo]] [[T:328/4471209]]"),
        ],
    },
    # 14. Physio: Nigerian warehouse worker, back pain
    {
        "business": "physio",
        "platform": "instagram",
        "customer": "chidi_ok",
        "lang": "it",
        "start": "2024-06-03T21:20:00",
        "messages": [
            (
                "c",
                "salve, mi chiamo [[P:Chidi Okafor]], lavoro al magazzino di {{B:Amazon}} a [[L:Trento Nord]]. mal di schiena da 3 settimane, il medico [[P:Fontana]] dice ernia forse",
            ),
            (
                "a",
                "Ciao [[P:Chidi]], ti possiamo vedere sabato mattina se lavori in settimana. Ci lasci mail e telefono?",
            ),
            (
                "c",
                "mail [[E:chidi [at] example [dot] com]], tel [[T:389 7721 056]]. sabato ok. il mio cognome si scrive [[P:O-K-A-F-O-R]]",
            ),
            (
                "a",
                "Segnato {{D:sabato 8 giugno}} alle {{TM:9:00}}. Porta la risonanza se l'hai fatta.",
            ),
            (
                "c",
                "ok thank you. viene anche mio collega [[P:Emeka]], stesso problema ahah. lui è [[P:Emeka Nwachukwu]], dopo ti scrive lui",
            ),
            ("a", "Volentieri, ditegli di scriverci qui. A sabato [[P:Chidi]]! - [[P:Sara]]"),
        ],
    },
    # 15. Agri: English family with dog, deposit
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Victoria Hale",
        "lang": "en",
        "start": "2024-02-20T09:30:00",
        "messages": [
            (
                "c",
                "Hello! We're a family of four from [[L:Leeds]] looking at your farm for a week in {{D:August}}. Do you accept dogs? Ours is a very chill spaniel called {{W:Biscuit}}. I'm [[P:Victoria Hale]]",
            ),
            (
                "a",
                "Dear [[P:Victoria]], dogs are welcome! The {{PD:Casale Gelso}} apartment (2 bedrooms) is free {{D:10-17 August}}, {{$:1.260 €}} the week with breakfast.",
            ),
            (
                "c",
                "Lovely. Can we book that? My husband [[P:Tom]] will pay the deposit. Our address for the booking: [[A:Rose Cottage, 5 Church Street]], [[L:Otley]] [[A:LS21 3AE]]",
            ),
            (
                "a",
                "Booking {{R:PG-2024-088}} confirmed. Deposit 30% = {{$:378 €}} to [[I:IT94Q0538713200000002651043]] within 7 days please.",
            ),
            (
                "c",
                "[[P:Tom]] sent it from his UK account [[I:GB29NWBK60161331926819]], [[P:Thomas Hale]]. Also my mum [[P:Margaret]] might join for 2 nights, is that ok? her mobile is [[T:+44 7700 900412]] in case she gets lost lol",
            ),
            (
                "a",
                "Of course, we have a room for [[P:Margaret]]. Thank you, see you in August! [[P:Lorenza]] and [[P:Pietro]], {{B:Il Poggio dei Gelsi}}",
            ),
        ],
    },
    # 16. Agri: anniversary dinner, gift voucher
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Gianni",
        "lang": "it",
        "start": "2024-03-28T12:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Gianni Pieroni]] da [[L:Ancona]]. 40 anni di matrimonio con mia moglie [[P:Rosa]] il {{D:20 aprile}}, vorrei una cena con la {{PD:vincisgrassi}} e la camera x la notte",
            ),
            (
                "a",
                "Che bello, auguri [[P:Gianni]]! Possiamo preparare menu degustazione + {{PD:camera Ginestra}} con vista, {{$:210 €}} in due. Allergie?",
            ),
            (
                "c",
                "[[P:Rosa]] è celiaca, mi raccomando. Vengono anche i figli a sorpresa per il dolce: [[P:Marco]] e [[P:Chiara]] con il marito [[P:Ahmed]]",
            ),
            (
                "a",
                "Senza glutine ok, anche la torta. Se vuole facciamo un buono regalo da consegnare a [[P:Rosa]] prima, lo spediamo a casa.",
            ),
            (
                "c",
                "si bello! [[A:via Conca 48]], [[A:60126]] [[L:Ancona]], quartiere [[L:Pietralacroce]]. il mio cell [[T:333 4508821]]. mi raccomando nn deve sapere niente!!",
            ),
            (
                "a",
                "Acqua in bocca 🤐 Buono spedito con {{B:Poste Italiane}}, codice {{TR:RR 1234 5678 9IT}}. [[P:Lorenza]]",
            ),
        ],
    },
    # 17. Agri: Indian couple, vegetarian, arriving from Rome
    {
        "business": "agri",
        "platform": "instagram",
        "customer": "priya.travels",
        "lang": "en",
        "start": "2024-04-15T06:40:00",
        "messages": [
            (
                "c",
                "Namaste! I'm [[P:Priya Sharma]], coming with my husband [[P:Arjun Mehta]] from [[L:Pune]] in {{D:May}}. We are strict vegetarians, no eggs. Is that manageable at the farm?",
            ),
            (
                "a",
                "Hello [[P:Priya]]! Absolutely, our cook Nonna [[P:Adele]] loves a challenge 😄 we make pasta without egg too. Which dates?",
            ),
            (
                "c",
                "{{D:May 5 to 8}}. We land at {{W:Fiumicino}} and rent a car. Also we'd love to visit {{W:Urbino}} and the {{W:Grotte di Frasassi}}",
            ),
            (
                "a",
                "Perfect, both are about an hour away. Booking {{R:PG-2024-121}}, {{$:95 €}} per night. Send us a phone number for the day of arrival please.",
            ),
            (
                "c",
                "[[T:+91 98220 41763]] works on WhatsApp. And you can tag us in photos, I'm @[[H:priya.travels]] and [[P:Arjun]] is @[[H:arjun.m.clicks]] 📸",
            ),
            ("a", "Noted! See you in May, safe travels. [[P:Pietro]]"),
        ],
    },
    # 18. Agri: cycling group, leader sends the list
    {
        "business": "agri",
        "platform": "telegram",
        "customer": "Franco GS Pedale",
        "lang": "it",
        "start": "2024-05-02T18:22:00",
        "messages": [
            (
                "c",
                "Ciao, siamo il gruppo cicloturistico {{B:GS Pedale Fabrianese}}, 7 persone il {{D:1-2 giugno}}. Sono [[P:Franco Ceccarelli]], il capogruppo",
            ),
            (
                "a",
                "Ciao [[P:Franco]]! Abbiamo 4 camere libere, ricovero bici chiuso e lavaggio. Mi mandi i nomi per le camere?",
            ),
            (
                "c",
                "doppia: io e [[P:Lina]]. doppia: [[P:Sandro Mancini]] e [[P:Mauro Fox]] (si Fox, è di [[L:Jesi]] ma il nonno era inglese). doppia: le sorelle [[P:Neve]] e [[P:Rosa Tittarelli]]. singola: Don [[P:Sergio]]",
            ),
            (
                "a",
                "Perfetto. La cena il sabato è alle {{TM:20:00}}, colazione dalle {{TM:6:30}} se partite presto.",
            ),
            (
                "c",
                "ottimo. il bonifico lo fa il tesoriere [[P:Sandro]] dalla società, lui ha la mail [[E:sandro punto mancini chiocciola gmail punto com]]. mio cell [[T:347.662.0931]]",
            ),
            ("a", "Grazie [[P:Franco]], gli scrivo io. A giugno! [[P:Lorenza]]"),
        ],
    },
    # 19. Agri: olive oil shipped to Milan
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Silvia Popescu",
        "lang": "it",
        "start": "2024-11-05T11:11:00",
        "messages": [
            (
                "c",
                "ciao! siamo state da voi a {{W:Ferragosto}} e l'olio nuovo era spettacolare. lo spedite? ne vorrei 2 latte da 5 lt. Sono [[P:Silvia]], quella con il cane nero 😄",
            ),
            (
                "a",
                "Ciao [[P:Silvia]]! Certo, latta da 5 lt {{$:65 €}} + spedizione {{$:15 €}}. Ci servono nome completo e indirizzo.",
            ),
            (
                "c",
                "[[P:Silvia Popescu]], [[A:c/o Studio Bellini, viale Monza 140]], [[A:20127]] [[L:Milano]], 3° piano. Se non ci sono la prende la collega [[P:Serena Bellini]]",
            ),
            ("c", "ah mi serve la fattura col CF [[CF:PPSSLV90A61D969W]], grazie"),
            (
                "a",
                "Ordine {{O:OL-2024-5512}} spedito con {{B:BRT}}, tracking {{TR:068350012239471}}. Pagamento con bonifico o carta dal link che ti mandiamo.",
            ),
            (
                "c",
                "ho pagato con carta [[C:5412-0933-5832-9239]] dal link, tutto ok? scusa se la scrivo qui lo so che nn si fa",
            ),
            (
                "a",
                "Pagamento arrivato, ma cancella il messaggio con la carta per sicurezza! Buon olio 🫒 [[P:Pietro]]",
            ),
        ],
    },
    # 20. Agri: Spanish guest, refund, code-switching
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Javier",
        "lang": "en",
        "start": "2024-06-25T15:50:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Javier Ruiz Morales]], booking {{R:PG-2024-164}}. Unfortunately my wife [[P:Carmen]] broke her foot and we must cancel the {{D:July 3}} stay 😞",
            ),
            (
                "a",
                "Oh no, [[P:Javier]], we're so sorry. Best wishes to [[P:Carmen]]. Since it's more than 7 days before, we refund the deposit in full.",
            ),
            (
                "c",
                "Thank you very much. Mi IBAN es [[I:ES9121000418450200051332]]... wait no, that is my sister [[P:Lucía]]'s account, sorry! Mine is [[I:DE95370400440532013086]], I work in [[L:Munich]]",
            ),
            ("a", "No worries, we'll use the German one. Can you confirm the name on the account?"),
            (
                "c",
                "Sì, [[P:Javier Ruiz Morales]], con tutti e due i cognomi. Grazie mille, ci vediamo l'anno prossimo speriamo!",
                "it",
            ),
            ("a", "Refund of {{$:240 €}} sent today. Un abbraccio, [[P:Lorenza]]"),
        ],
    },
    # 21. Agri: influencer collaboration
    {
        "business": "agri",
        "platform": "instagram",
        "customer": "marche.slow",
        "lang": "it",
        "start": "2024-09-09T10:00:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Camilla]] di @[[H:marche.slow]], racconto borghi e agriturismi delle Marche. Vi andrebbe una collaborazione? qui tutti i miei canali [[U:https://linktr.ee/camilla.marcheslow]]",
            ),
            (
                "a",
                "Ciao [[P:Camilla]], ci fa piacere! Che tipo di collaborazione intendi? Noi siamo piccoli, niente grandi budget 😅",
            ),
            (
                "c",
                "tranquilli! notte + cena in cambio di reel e 3 storie. vengo col mio compagno [[P:Elia Santini]], che fa le foto, lui è @[[H:elia.sant.photo]]",
            ),
            (
                "a",
                "Ci sta. {{D:Fine settembre}}? Il {{D:28}} siamo in vendemmia, potrebbe essere bello.",
            ),
            (
                "c",
                "perfetto il {{D:28}}! il mio cell x coordinarci [[T:+39 339 21 48 775]] e mail [[E:camilla.marcheslow@example.it]]. abitiamo a [[L:Fermo]], arriviamo nel pomeriggio",
            ),
            (
                "a",
                "Ottimo, ti aspettiamo! [[P:Pietro]] e la Nonna [[P:Adele]] vi faranno assaggiare il {{PD:ciauscolo}} 😄",
            ),
        ],
    },
    # 22. Phone: broken screen, Calabrian dialect, courier pickup
    {
        "business": "phone",
        "platform": "whatsapp",
        "customer": "Ciccio",
        "lang": "it",
        "start": "2024-02-05T09:12:00",
        "messages": [
            (
                "c",
                "uè bongiornu, mi cadiu u telefunu e si rumpiu u schermu. {{PD:iPhone 13}}. quantu custa? sugnu [[P:Ciccio]], [[P:Francesco Zappia]]",
            ),
            (
                "a",
                "Buongiorno [[P:Francesco]]! Schermo originale {{PD:iPhone 13}} {{$:189 €}}, compatibile {{$:119 €}}. Ce lo porta o lo ritiriamo noi col corriere?",
            ),
            (
                "c",
                "ritiratilu vui ca sugnu cu na gamba rutta puru 😂 staju a [[L:Gallico]], [[A:traversa II via Nazionale 12, scala A, piano terra]]",
            ),
            (
                "a",
                "Va bene, passa il nostro [[P:Saverio]] domani fra le {{TM:10}} e le {{TM:12}}. Numero per il corriere?",
            ),
            (
                "c",
                "[[T:0965 / 81 22 93]] casa o u cellulare di me figghia [[P:Mariangela]] [[T:392 440 1786]]",
            ),
            (
                "a",
                "Perfetto. Riparazione {{R:RS-2402-019}}, originale confermato. Ciao, [[P:Domenico]] - {{B:RiparaSubito}}",
            ),
        ],
    },
    # 23. Phone: data recovery from a late father's phone
    {
        "business": "phone",
        "platform": "messenger",
        "customer": "Teresa Morabito",
        "lang": "it",
        "start": "2024-03-12T16:25:00",
        "messages": [
            (
                "c",
                "Buonasera, mio padre [[P:Antonino Morabito]] è mancato il mese scorso e nel suo {{PD:Samsung Galaxy A52}} ci sono le foto dei nipoti. Il telefono non si accende più. Si possono recuperare?",
            ),
            (
                "a",
                "Condoglianze signora. Spesso si riesce, se la memoria è integra. Il costo della diagnosi è {{$:30 €}}, il recupero da {{$:80 €}}. Come si chiama lei?",
            ),
            (
                "c",
                "[[P:Teresa Morabito]]. Il telefono ve lo porta mio marito [[P:Paolo Leone]], lavora a [[L:Villa San Giovanni]], passa {{D:domani}} all'ora di pranzo",
            ),
            ("a", "Va bene. Le foto gliele mandiamo su chiavetta o per mail?"),
            (
                "c",
                "mail meglio, [[E:teresa.morabito@example.it]]. anche a mio fratello [[P:Enzo]] che vive a [[L:Torino]]: [[E:enzo.morabito74@mail.example.com]]",
            ),
            ("a", "Perfetto. La aggiorniamo appena lo apriamo. [[P:Domenico]]"),
            (
                "a",
                "Signora [[P:Teresa]], buone notizie: recuperate 2.340 foto. Le abbiamo caricate, il link è nella mail. Ritiro quando vuole.",
            ),
        ],
    },
    # 24. Phone: Moroccan customer, Samsung battery, code-switching
    {
        "business": "phone",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "en",
        "start": "2024-04-09T19:03:00",
        "messages": [
            (
                "c",
                "Hello brother, my {{PD:Galaxy S21}} battery dies after 2 hours. I'm [[P:Youssef El Amrani]], I work at the port in [[L:Gioia Tauro]]. How much for new battery?",
            ),
            (
                "a",
                "Hi [[P:Youssef]], battery {{$:69 €}}, done in 1 hour. Can you come Saturday morning?",
            ),
            (
                "c",
                "Saturday ok. Mio cugino [[P:Karim]] dice che siete bravi, lui ha cambiato schermo da voi",
                "it",
            ),
            ("a", "Ah sì, [[P:Karim Benali]], ci ricordiamo! Saturday {{TM:9:30}} then."),
            (
                "c",
                "perfect. my number [[T:+39 324 581 0062]], also my moroccan number [[T:+212 661 234 578]] when I'm home. شكرا thanks",
            ),
            ("a", "You're welcome, see you Saturday! [[P:Domenico]]"),
        ],
    },
    # 25. Phone: company fleet, VAT, PEC
    {
        "business": "phone",
        "platform": "telegram",
        "customer": "Logistica Stretto",
        "lang": "it",
        "start": "2024-05-14T08:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, [[P:Rocco Calabrò]] di {{B:Logistica dello Stretto srl}}. Abbiamo 12 telefoni aziendali da sistemare (batterie e 3 schermi). Fate preventivi per aziende?",
            ),
            ("a", "Buongiorno [[P:Rocco]], certo. Ci mandi dati di fatturazione e modelli?"),
            (
                "c",
                "P.IVA [[V:03704180805]], sede [[A:contrada Arghillà 31]], [[A:89135]] [[L:Reggio Calabria]]. Modelli: 8 {{PD:Galaxy A34}}, 4 {{PD:iPhone SE}}. PEC [[E:logisticastretto@pec-example.it]]",
            ),
            (
                "a",
                "Preventivo {{R:PRV-0514}} inviato alla PEC: {{$:1.140 €}} + IVA. Ritiriamo noi in sede?",
            ),
            (
                "c",
                "sì, chiedete del magazziniere [[P:Nino]], [[P:Antonino Foti]], cell [[T:+39 (0)965 599 147]]. Il portatile da cui vi scrivo ogni tanto si blocca la VPN, ip [[IP:93.41.212.7]], ma quello è un altro discorso 😅",
            ),
            (
                "a",
                "Ahah per i PC non siamo attrezzati! Ritiro {{D:giovedì}} alle {{TM:15:00}}. [[P:Saverio]]",
            ),
        ],
    },
    # 26. Phone: teenager, mother pays
    {
        "business": "phone",
        "platform": "instagram",
        "customer": "sofi.rc_",
        "lang": "it",
        "start": "2024-06-20T22:14:00",
        "messages": [
            (
                "c",
                "ciaooo mi si è bagnato il telefono in piscina 😭😭 è un {{PD:iPhone 11}} si può salvare??? sn [[P:Sofi]]",
            ),
            (
                "a",
                "Ciao [[P:Sofi]]! Spegnilo subito e non caricarlo. Portacelo domani, la diagnosi è gratis. Quanti anni hai? se sei minorenne serve un genitore",
            ),
            (
                "c",
                "16 😅 viene mia mamma, [[P:Loredana Scopelliti]]. lei paga. se mi cercate scrivete a lei su ig @[[H:lory.scope]] o al suo numero [[T:3381240967]] perché il mio è morto lol",
            ),
            (
                "a",
                "Ok! Domani dalle {{TM:9}} siamo aperti. Il negozio è sul corso vicino al {{W:Museo dei Bronzi}}.",
            ),
            (
                "c",
                "ahhh ok. mia mamma dice che abitiamo a [[L:Santa Caterina]] quindi viene a piedi. gracie ❤️",
            ),
        ],
    },
    # 27. Phone: British tourist, phone fell in the sea
    {
        "business": "phone",
        "platform": "messenger",
        "customer": "Mark Fox",
        "lang": "en",
        "start": "2024-08-02T11:35:00",
        "messages": [
            (
                "c",
                "Hi, my phone fell in the sea off the {{W:Lungomare Falcomatà}} 🤦 {{PD:Pixel 7}}. Any hope? I'm [[P:Mark Fox]], on holiday with my partner [[P:Hannah]]",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Salt water is bad news, but bring it asap, don't charge it. We open at {{TM:9}}.",
            ),
            (
                "c",
                "We're at a B&B at [[A:calata San Giorgio 7]], is that close? Also I need to reach the bank, my card is on the phone wallet. [[P:Hannah]]'s number is [[T:+44 (0)7384 551 208]]",
            ),
            (
                "a",
                "10 min walk. If the phone is dead we can lend you a cheap one and move your SIM.",
            ),
            (
                "c",
                "You're a lifesaver. I tried logging into my Google account from the B&B wifi and it got blocked, says new login from [[IP:151.38.104.22]] 🙄",
            ),
            (
                "a",
                "That's normal from a new network. Come in and we'll help. Cheers, [[P:Saverio]]",
            ),
            ("c", "Cheers mate. Also my email in case: [[E:mark.fox.uk@example.co.uk]]"),
        ],
    },
    # 28. Phone: hacked WhatsApp
    {
        "business": "phone",
        "platform": "whatsapp",
        "customer": "Carmela",
        "lang": "it",
        "start": "2024-10-15T10:20:00",
        "messages": [
            (
                "c",
                "aiuto mi hanno rubato whatsapp!! scrivono a tutti i contatti chiedendo soldi. mia sorella [[P:Assunta]] ha quasi fatto un bonifico. io sono [[P:Carmela Iaria]]",
            ),
            (
                "a",
                "Signora [[P:Carmela]], non si preoccupi. Ha ricevuto un codice a 6 cifre via SMS e l'ha dato a qualcuno?",
            ),
            (
                "c",
                "si... mi ha scritto uno fingendosi mio nipote [[P:Giovanni]] dal numero [[T:+39 371 449 0817]]. gliel'ho dato 😢",
            ),
            (
                "a",
                "Ok. Venga in negozio col telefono, reinstalliamo e attiviamo la verifica in due passaggi. Nel frattempo avvisi i contatti da un altro numero.",
            ),
            (
                "c",
                "la mail di recupero è [[E:carmela.iaria1961 at libero dot it]], google mi dice accesso da [[IP:185.12.44.201]] in [[L:Lagos]]. io a [[L:Catona]] sto!! 😱",
            ),
            (
                "a",
                "Chiaro segno di furto. Venga subito, la aspettiamo. E lo segnaliamo anche alla Polizia Postale. [[P:Domenico]]",
            ),
        ],
    },
    # 29. Music: mother enrols two children in piano
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Elena Cattani",
        "lang": "it",
        "start": "2024-09-02T17:00:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei iscrivere i miei bimbi a pianoforte: [[P:Neve]] (7 anni) e [[P:Tommaso]] (10). Io sono [[P:Elena Cattani]]. Hanno già fatto un anno con la maestra [[P:Bruna]] privatamente",
            ),
            (
                "a",
                "Buonasera signora [[P:Elena]]! Per [[P:Neve]] c'è il corso {{PD:Primi Passi}} il martedì alle {{TM:16:30}}, per [[P:Tommaso]] lezione individuale con il maestro [[P:Ettore Bello]] il giovedì.",
            ),
            (
                "c",
                "perfetto! l'iscrizione la intestiamo a mio marito x la detrazione, [[P:Federico Mancini]], cf [[CF:MNCFRC01H22G337G]]... aspetti no, questo è quello di nostro nipote, ha lo stesso nome del nonno 🙈 ve lo mando giusto domani",
            ),
            ("a", "Nessun problema 😊 Quota annuale {{$:620 €}} a bambino, sconto fratelli 10%."),
            (
                "c",
                "ok. indirizzo [[A:borgo Santa Brigida 9]], [[A:43121]] [[L:Parma]]. cell [[T:(0521) 233 418]] casa o [[T:349 007 6623]]",
            ),
            (
                "a",
                "Grazie, iscrizione {{R:ISC-24-0210}}. Vi aspettiamo a {{D:ottobre}}! [[P:Chiara]] - segreteria {{B:Il Pentagramma}}",
            ),
        ],
    },
    # 30. Music: British expat, adult guitar lessons
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Robbie",
        "lang": "en",
        "start": "2024-09-18T20:10:00",
        "messages": [
            (
                "c",
                "Evening! [[P:Robbie]] here, well [[P:Robert Hughes]] officially. 52 and finally want to learn guitar properly, been strumming {{B:Oasis}} songs badly for 30 years 😂 do you do adult lessons?",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! Of course, about a third of our students are adults. [[P:Davide]] teaches acoustic and electric, Monday or Wednesday evenings.",
            ),
            (
                "c",
                "Wednesday's great. I live in [[L:Oltretorrente]], [[A:borgo delle Grazie 14, interno 6]], so I'll walk. Can I bring my old {{B:Yamaha}}?",
            ),
            (
                "a",
                "Sure! 10 lessons pack is {{$:280 €}}. We need a phone number and e-mail for the registration.",
            ),
            (
                "c",
                "[[T:+44 7700 900 783]] (UK) or Italian [[T:366 512 0348]]. email [[E:robbie.hughes52@example.com]]. my wife [[P:Sandra]] might join for piano later, she's shy though",
            ),
            (
                "a",
                "Great, see you Wednesday at {{TM:19:00}}. Tell [[P:Sandra]] we have a very patient teacher! [[P:Chiara]]",
            ),
        ],
    },
    # 31. Music: teacher substitution, parent upset
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Marco L",
        "lang": "it",
        "start": "2024-10-21T13:45:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Marco Leone]] papà di [[P:Ginevra]] (violino). Oggi la maestra [[P:Serena]] non c'era e nessuno ci ha avvisato, siamo venuti da [[L:Collecchio]] per niente 😤",
            ),
            (
                "a",
                "Buongiorno signor [[P:Leone]], ha ragione, ci scusiamo. [[P:Serena Ruggeri]] ha avuto un'urgenza familiare. La lezione viene recuperata, ovviamente.",
            ),
            (
                "c",
                "ok grazie. recupero quando? nn il mercoledì che [[P:Ginevra]] ha nuoto. e la prossima volta avvisate mia moglie [[P:Giulia]] al [[T:339.118.7406]]",
            ),
            (
                "a",
                "{{D:Sabato 26}} alle {{TM:11:00}} con [[P:Serena]]? Abbiamo salvato il numero di [[P:Giulia]].",
            ),
            (
                "c",
                "va bene. mando anche il cf x la ricevuta che l'altra volta mancava: [[CF:LNEMRC79C14L378D]], sono nato a [[L:Trento]]",
            ),
            ("a", "Grazie, e ancora scuse. [[P:Chiara]]"),
        ],
    },
    # 32. Music: Chinese family, violin for a daughter, code-switching
    {
        "business": "music",
        "platform": "instagram",
        "customer": "xiaoling.chen",
        "lang": "it",
        "start": "2024-09-25T09:15:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Chen Xiaoling]], mia figlia [[P:Lily]] ha 10 anni, vuole imparare violino. il mio italiano non è perfetto, can we write in English?",
            ),
            (
                "a",
                "Of course! Hi [[P:Xiaoling]], [[P:Lily]] can join the children's violin group on Friday at {{TM:17:00}} with [[P:Serena]].",
                "en",
            ),
            ("c", "great. we also need a small violin, 3/4. Do you rent?", "en"),
            (
                "a",
                "Yes, rental {{$:15 €}} a month from {{B:Liuteria Ferrari}} next door. For the enrolment we need [[P:Lily]]'s codice fiscale and your address.",
                "en",
            ),
            (
                "c",
                "[[CF:CHNLLY14E63G337A]]. [[A:strada Farini 61]], [[L:Parma]]. we have a restaurant, the phone is the restaurant one [[T:0521 78 44 09]], ask for me or my husband [[P:Wang Jun]]",
                "en",
            ),
            ("a", "Perfetto, grazie! Vi aspettiamo venerdì. [[P:Chiara]]"),
        ],
    },
    # 33. Music: Nigerian gospel singer, adult voice lessons
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Amara N.",
        "lang": "en",
        "start": "2024-10-03T18:50:00",
        "messages": [
            (
                "c",
                "Good evening, I'm [[P:Amara Nwosu]], I sing in a gospel choir at [[L:San Leonardo]] and want to take voice lessons to prepare for an audition. My recordings are on my site [[U:www.amaranwosu-sings.example.com]]",
            ),
            (
                "a",
                "Hi [[P:Amara]]! Lovely voice. Our vocal coach is [[P:Victoria Leone]], she works with jazz and gospel singers. Tuesday {{TM:20:00}} ok?",
            ),
            (
                "c",
                "Tuesday is perfect. My choir director Pastor [[P:Emmanuel Adeyemi]] recommended your school. Email is [[E:amara.nwosu@example.org]]",
            ),
            ("a", "Great. Package 5 lessons {{$:175 €}}, payable by transfer or in person."),
            (
                "c",
                "I'll transfer. And my phone [[T:+39 380 927 1163]]. Also if you need it my facebook is [[U:facebook.com/amara.nwosu.singer]]",
            ),
            ("a", "Thanks [[P:Amara]]! See you Tuesday. [[P:Chiara]]"),
        ],
    },
    # 34. Music: company buys lesson vouchers, VAT and IBAN
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Paola Ferrari",
        "lang": "it",
        "start": "2024-11-20T10:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Paola Ferrari]] di {{B:Caseificio Val Baganza}}, vorremmo regalare ai dipendenti per {{W:Natale}} dei buoni per lezioni di musica. Fate fattura?",
            ),
            (
                "a",
                "Buongiorno [[P:Paola]], certo! Buoni da 4 lezioni a {{$:110 €}} cad. Quanti ne servono?",
            ),
            (
                "c",
                "15. P.IVA [[V:02561900347]], sede [[A:strada provinciale 665 km 12]], [[L:Calestano]]. Per il ritiro passa il mio collega [[P:Stefano Ferro]]",
            ),
            (
                "a",
                "Perfetto. Totale {{$:1.650 €}} esente IVA. Bonifico su [[I:IT12 A076 0103 2000 0102 9384 756]]. Fattura {{R:FT-M-2024-088}}.",
            ),
            (
                "c",
                "fatto oggi. Se ci sono problemi chiamate [[P:Stefano]] al [[T:+39 0521 86 10 42]]. grazie e buon {{W:Natale}}!",
            ),
            ("a", "Grazie a voi, buone feste! [[P:Chiara]] - {{B:Il Pentagramma}}"),
        ],
    },
    # 35. Music: grandfather enrols for accordion, parmigiano dialect
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Nonno Gino",
        "lang": "it",
        "start": "2025-01-08T09:05:00",
        "messages": [
            (
                "c",
                "bondì, a sun [[P:Gino Ghirardi]], g'ho 74 an e vrea imparer la fisarmonica cme me pader. a s'pol?? me nevod [[P:Fede]] al m'ha ditt ad scrivergh chi",
            ),
            (
                "a",
                "Buongiorno signor [[P:Gino]]! Ma certo, l'età non conta. Il maestro [[P:Ivano]] insegna fisarmonica il venerdì mattina.",
            ),
            (
                "c",
                "bein bein. a stag a [[L:San Pancrazio]], [[A:via Emilia Ovest 220/2]]. al me numer l'é [[T:0521-67 33 81]], a go mia al cellulare",
            ),
            ("a", "Perfetto. Ha già una fisarmonica o la cerca?"),
            (
                "c",
                "la g'ho, l'era ad me pader [[P:Amilcare]], l'é na {{B:Paolo Soprani}} dal '58. la fa ancora la so figura 😄",
            ),
            ("a", "Che meraviglia! Ci vediamo {{D:venerdì 10}} alle {{TM:10:00}}. [[P:Chiara]]"),
        ],
    },
    # 36. Travel: parish group trip to Lisbon and Fatima
    {
        "business": "travel",
        "platform": "whatsapp",
        "customer": "Don Luigi",
        "lang": "it",
        "start": "2024-02-14T11:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono don [[P:Luigi Brunetti]], parroco di [[L:Ponte San Giovanni]]. Vorremmo organizzare il pellegrinaggio a {{W:Fatima}} con 2 giorni a {{W:Lisbona}}, circa 35 persone, a {{D:maggio}}",
            ),
            (
                "a",
                "Buongiorno don [[P:Luigi]]! Con piacere. Proposta {{PD:Fatima e Lisbona 5 giorni}}, volo da {{W:Roma Fiumicino}} + pullman, {{$:890 €}} a persona in doppia.",
            ),
            (
                "c",
                "Va bene. Le iscrizioni le raccoglie la signora [[P:Speranza Cruciani]], è lei che vi manda l'elenco. Il suo numero [[T:075 394 2218]] o cell [[T:328 91 77 402]]",
            ),
            (
                "c",
                "ci sono anche due persone in carrozzina, [[P:Ottavio]] e [[P:Lucia Baldelli]], e la signora [[P:Grace Okoro]] della comunità nigeriana che viene con la figlia [[P:Blessing]]",
            ),
            (
                "a",
                "Prendiamo nota per l'assistenza in aeroporto. Ci serve il nome di un referente per il bonifico dell'acconto.",
            ),
            (
                "c",
                "il tesoriere della parrocchia, [[P:Aldo Mencarelli]], [[E:aldo.mencarelli@parrocchia-example.it]]. grazie e Dio vi benedica",
            ),
            (
                "a",
                "Grazie don [[P:Luigi]]! Pratica {{R:TV-24-PELL-05}}. [[P:Tommaso]] - {{B:Trasimeno Viaggi}}",
            ),
        ],
    },
    # 37. Travel: American relatives' Umbria tour
    {
        "business": "travel",
        "platform": "messenger",
        "customer": "Linda Bastianelli",
        "lang": "en",
        "start": "2024-03-06T23:40:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Linda Bastianelli]] from [[L:Providence]], [[L:Rhode Island]]. My great-grandfather came from [[L:Gubbio]] and we're 12 cousins wanting a group trip to see the town in {{D:October}}. Can you plan that?",
            ),
            (
                "a",
                "Hi [[P:Linda]], what a wonderful trip! We can do 8 days: the town itself, {{W:Assisi}}, the {{W:Festa dei Ceri}} museum and a visit to the parish archives for your family.",
            ),
            (
                "c",
                "The archives would be AMAZING. His name was [[P:Domenico Bastianelli]], born around 1898 in the frazione of [[L:Mocaiana]]. My cousin [[P:Joe]] has the ship manifest from {{W:Ellis Island}}",
            ),
            (
                "a",
                "That helps a lot. Please send the full list of travellers with the mailing address for the documents.",
            ),
            (
                "c",
                "Sure, docs to me: [[A:Apt 4B, 118 Atwells Avenue]], [[L:Providence]], RI [[A:02903]]. Phone [[T:+1 401-555-0176]]. Joe is [[E:joe.bastianelli@example.net]]",
            ),
            ("a", "Thank you! Quote {{R:TV-US-1006}} will follow by e-mail. Ciao, [[P:Tommaso]]"),
            (
                "c",
                "Great! Can I pay the {{$:500 $}} deposit right away? My Visa is [[C:4024-0071-3939-2178]], exp 11/27, name [[P:Linda M. Bastianelli]]",
            ),
            (
                "a",
                "Please don't send card numbers in chat, [[P:Linda]]! We'll e-mail you a secure payment link with the quote. Grazie!",
            ),
        ],
    },
    # 38. Travel: group to Puglia, card payment
    {
        "business": "travel",
        "platform": "telegram",
        "customer": "Mirella CRAL",
        "lang": "it",
        "start": "2024-04-10T15:15:00",
        "messages": [
            (
                "c",
                "ciao [[P:Tommaso]], sono [[P:Mirella Bartolini]] del {{B:CRAL Ospedale Santa Maria della Misericordia}}. Confermiamo il tour {{PD:Puglia e Matera}} per 28 soci, {{D:12-16 giugno}}",
            ),
            (
                "a",
                "Ciao [[P:Mirella]]! Ottimo. Acconto del 30% entro venerdì. Paga il CRAL o i singoli?",
            ),
            (
                "c",
                "il CRAL. pago con la carta aziendale [[C:3792 841105 22870]] scad 09/26, va bene? oppure vi do i dati al telefono",
            ),
            (
                "a",
                "Meglio al telefono o col link di pagamento, per sicurezza 🙂 ti chiamo io. Il tuo numero?",
            ),
            (
                "c",
                "[[T:0755 78 12 34]] ufficio interno 2, o cell [[T:+39 335 706 1198]]. ah e il collega [[P:Will]]... cioè [[P:Guglielmo Church]] (si, padre inglese) vuole la singola",
            ),
            ("a", "Segnato, singola per [[P:Guglielmo]]. Ti chiamo alle {{TM:16}}. [[P:Tommaso]]"),
        ],
    },
    # 39. Travel: honeymoon, Instagram
    {
        "business": "travel",
        "platform": "instagram",
        "customer": "aurora_e_kevin",
        "lang": "it",
        "start": "2024-05-21T21:30:00",
        "messages": [
            (
                "c",
                "ciao! ci sposiamo a {{D:settembre}} e cerchiamo un viaggio di nozze in gruppo piccolo 😂 (sì, ci piace la compagnia). Siamo [[P:Aurora]] e [[P:Kevin]] di [[L:Bastia Umbra]]",
            ),
            (
                "a",
                "Ciao [[P:Aurora]] e [[P:Kevin]], auguri!! Abbiamo il {{PD:Giappone in 12 giorni}} a ottobre, 14 persone max. {{$:3.450 €}} a testa.",
            ),
            (
                "c",
                "omg si!!! ci mandi il programma? mail [[E:aurora.kevin.sposi@example.it]]. noi siamo @[[H:aurora_e_kevin]] se volete ripostare le foto dal giappone ahah",
            ),
            ("a", "Mandato! Ci servono i nomi come da passaporto."),
            (
                "c",
                "[[P:Aurora Rosati]] e [[P:Kevin Osei Mensah]] (doppio cognome, Osei Mensah, lui è di origine ghanese). La lista nozze è qui se volete sbirciare [[U:https://www.listanozze-example.it/aurora-e-kevin-2024]] 🥰",
            ),
            (
                "a",
                "Perfetto, prenotazione {{R:TV-JP-1024-07}} per [[P:Aurora Rosati]] e [[P:Kevin Osei Mensah]]. Che emozione! [[P:Elisa]]",
            ),
        ],
    },
    # 40. Travel: UK school exchange group
    {
        "business": "travel",
        "platform": "whatsapp",
        "customer": "Mrs Baker",
        "lang": "en",
        "start": "2024-06-04T08:20:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Grace Baker]] here, head of languages at a secondary school in [[L:Canterbury]]. We're bringing 24 pupils to [[L:Perugia]] for an Italian course in {{D:March}} and need the trips organised",
            ),
            (
                "a",
                "Good morning Mrs [[P:Baker]]! We'd suggest day trips to {{W:Assisi}}, {{W:Lago Trasimeno}} and a chocolate workshop at {{B:Perugina}}. For minors we need the staff list.",
            ),
            (
                "c",
                "Staff: me, Mr [[P:Dominic Church]] and Ms [[P:Priyanka Patel]]. I actually lived in [[L:Perugia]] years ago, I still have my codice fiscale [[CF:BKRGRC88R45Z114R]] if needed for the invoice",
            ),
            (
                "a",
                "For the school invoice we need the school's VAT details, but thanks. Where do we post the contract?",
            ),
            (
                "c",
                "School office: [[A:Flat 1, Becket House, 22 Station Road West]], [[L:Canterbury]] [[A:CT2 8AN]]. Better to email me at [[E:g.baker@school-example.org.uk]] or call [[T:01227 764 000]] ext 214",
            ),
            ("a", "Will do. Reference {{R:TV-UK-0304}}. Thank you, [[P:Tommaso]]"),
        ],
    },
    # 41. Travel: Romanian caregiver books a trip for an elderly lady
    {
        "business": "travel",
        "platform": "messenger",
        "customer": "Mihaela",
        "lang": "it",
        "start": "2024-07-11T14:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Mihaela Ionescu]], badante della signora [[P:Adelina Rossi]] di [[L:Magione]]. Lei vorrebbe venire con voi alla gita a {{W:Loreto}} del {{D:15 agosto}}, io l'accompagno",
            ),
            (
                "a",
                "Buongiorno [[P:Mihaela]]! Due posti, pullman da [[L:Magione]] alle {{TM:7:00}}, {{$:65 €}} a persona con pranzo.",
            ),
            (
                "c",
                "va bene. la signora [[P:Adelina]] sta in [[A:frazione Montecolognola, via del Castello 3]]. il figlio, [[P:Roberto Rossi]], paga con bonifico, ma lui vive a [[L:Bucarest]] per lavoro, usa il conto rumeno",
            ),
            (
                "a",
                "Nessun problema, accettiamo anche bonifici dall'estero. Ci mandi il nome dell'intestatario.",
            ),
            (
                "c",
                "[[P:Roberto Rossi]], IBAN [[I:RO71BTRLRONCRT0348812901]]. Il mio numero [[T:+40 722 318 504]] rumeno e italiano [[T:351 226 8871]]. Mulțumesc!",
            ),
            (
                "a",
                "Grazie [[P:Mihaela]], pratica {{R:TV-LOR-0815}}. Un saluto alla signora [[P:Adelina]]! [[P:Elisa]]",
            ),
        ],
    },
    # 42. Travel: booking site login problem, IP
    {
        "business": "travel",
        "platform": "whatsapp",
        "customer": "Fede Marinelli",
        "lang": "it",
        "start": "2024-09-30T19:25:00",
        "messages": [
            (
                "c",
                "ciao, nn riesco ad entrare nell'area riservata del vostro sito x scaricare i voucher del viaggio a {{W:Praga}}. mi dice 'troppi tentativi' sono [[P:Federica Marinelli]], [[P:Fede]]",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! Il sistema blocca dopo 5 tentativi. Ci dici la mail di registrazione?",
            ),
            (
                "c",
                "[[E:fede.marinelli93@example.it]]. ho provato dall'ufficio, il tecnico mi dice che l'ip è [[IP:79.22.163.45]], sarà bloccato quello?",
            ),
            (
                "a",
                "Sì, l'abbiamo sbloccato. Intanto ti mandiamo i voucher {{R:VCH-PRG-2210}} qui su whatsapp.",
            ),
            (
                "c",
                "grazie!! ah in camera con me c'è [[P:Vittoria Fox]] e non [[P:Bianca]], si è ritirata. la mia vicina di casa a [[L:Ellera]], viene lei al posto suo",
            ),
            ("a", "Cambio nome fatto: [[P:Vittoria Fox]]. Il suo numero x il gruppo whatsapp?"),
            ("c", "[[T:347 90 11 258]]. grazie [[P:Elisa]] sei un mito 💪"),
        ],
    },
    # 43. Tattoo: aftercare issue, EU VAT for a German client
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Jonas Schmid",
        "lang": "en",
        "start": "2024-10-07T12:40:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Jonas Schmid]] here, I got the mountain landscape from [[P:Martina]] last week. It's peeling a lot, normal? Also my company needs the invoice, we are a design agency in [[L:Stuttgart]]",
            ),
            (
                "a",
                "Hi [[P:Jonas]], peeling on day 6-7 is normal, don't scratch and keep moisturising. For the invoice send us the VAT number.",
            ),
            (
                "c",
                "VAT [[V:DE136578092]], {{B:Schmid & Vogel Design GmbH}}, [[A:Marienstraße 41]], [[A:70178]] [[L:Stuttgart]]. attn my partner [[P:Lena Vogel]]",
            ),
            ("a", "Invoice {{R:FT-2024-0312}} sent, reverse charge. Amount {{$:350 €}}."),
            (
                "c",
                "Thanks! and [[P:Lena]] wants to come too in {{D:spring}}, her insta is @[[H:lena.vogel.design]]",
            ),
            ("a", "We'd love that! Say hi to [[P:Lena]]. - [[P:Giada]]"),
        ],
    },
    # 44. Agri: French guest, VAT, wedding
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Claire",
        "lang": "it",
        "start": "2025-01-20T10:10:00",
        "messages": [
            (
                "c",
                "Bonjour! Sono [[P:Claire Dubois]], organizzo matrimoni, ho una coppia franco-italiana che vuole sposarsi da voi a {{D:giugno}}: [[P:Amélie]] e [[P:Lorenzo Leone]] di [[L:Macerata]]",
            ),
            (
                "a",
                "Bonjour [[P:Claire]]! Che bella notizia. Possiamo ospitare fino a 90 invitati sotto il pergolato. Quale data?",
            ),
            (
                "c",
                "{{D:sabato 14 giugno}}. la fattura va alla mia agenzia, TVA [[V:FR50482917358]], {{B:Dubois Événements}}, [[A:12 rue des Lilas]], [[A:69003]] [[L:Lyon]]",
            ),
            ("a", "Perfetto, preventivo {{R:PREV-MAT-0614}} in arrivo. A chi lo mandiamo?"),
            (
                "c",
                "a me [[E:claire.dubois@evenements-example.fr]] e in copia alla sposa, [[E:amelie.leone@example.fr]]. Il mio portable [[T:+33 6 12 34 56 78]]. Merci!",
            ),
            ("a", "Mandato! A presto [[P:Claire]], [[P:Lorenza]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(29, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
