# ruff: noqa: E501
"""Hand-written development corpus no. 37 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten37_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a family-run hotel in Rimini, a nursery school
(asilo nido) in Verona where parents write about their children, grandparents and babysitters, a
parish youth centre in Bari organising trips, a care-home in Vicenza where relatives write about
residents, an amateur football club in Cagliari, and a home-nursing service in Catania.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten37_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten37_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "hotel": "Hotel Villa Gabbiano Rimini",
    "nido": "Asilo Nido Il Girotondo Verona",
    "oratorio": "Oratorio Santa Maria del Borgo Bari",
    "rsa": "Casa di Riposo Villa Glicine Vicenza",
    "calcio": "ASD Poetto Stars Calcio Cagliari",
    "nursing": "InfermieriCasa Etna Assistenza Domiciliare",
}
PAGE_IDS: dict[str, str] = {
    "hotel": "637150000000118",
    "nido": "637150000000229",
    "oratorio": "637150000000330",
    "rsa": "637150000000441",
    "calcio": "637150000000552",
    "nursing": "637150000000663",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Hotel: a mum from Verona books a triple room for Ferragosto, pays with her husband's card
    {
        "business": "hotel",
        "platform": "whatsapp",
        "customer": "Giuse Mancini",
        "lang": "it",
        "start": "2024-05-03T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giuseppa Mancini]] ma tutti mi chiamano [[P:Giuse]] 😅 volevo una camera tripla x la settimana di {{W:Ferragosto}}, dal {{D:12 al 18 agosto}}",
            ),
            (
                "a",
                "Ciao [[P:Giuse]]! Per quelle date abbiamo la {{PD:camera Conchiglia}} vista mare a {{$:145 €}} a notte con colazione. Siete in 3? ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "si io mio marito [[P:Pino]] e la bimba [[P:Speranza]] che ha 6 anni. veniamo da [[L:San Bonifacio]]. ah forse scende anche mia suocera [[P:Rosa Bello]] ma lei dorme dalla cugina [[P:Nunzia]] a [[L:Riccione]]",
            ),
            (
                "a",
                "Perfetto, vi blocco la camera. Mi mandi nome completo, telefono e una mail? Per la caparra ({{$:130 €}}) va bene anche la carta.",
            ),
            (
                "c",
                "[[P:Giuseppa Mancini]], cell [[T:347 218 9034]], mail [[E:giuse.mancini58@libero.it]]. CF se serve [[CF:MNCGPP58T41L781F]]. la carta e quella di [[P:Pino]]: [[C:4532 0187 3645 1296]]",
            ),
            (
                "a",
                "Grazie! Prenotazione {{R:VG-2024-0815}} confermata, check-in dalle {{TM:14:00}}. Saluti a [[P:Speranza]] e alla nonna [[P:Rosa]]! [[P:Tommaso]] - Villa Gabbiano",
            ),
        ],
    },
    # 2. Hotel: an English family asks for a family room, grandma may join
    {
        "business": "hotel",
        "platform": "instagram",
        "customer": "hope.baker.travels",
        "lang": "en",
        "start": "2024-03-11T19:40:00",
        "messages": [
            (
                "c",
                "Hi! We're a family of 4 from [[L:Leeds]] coming over in {{D:July}}. Do you have a family room near the beach? I'm [[P:Hope Baker]], my husband is [[P:Will]] 🙂",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Yes, our {{PD:Family Suite Delfino}} sleeps 4, {{$:€190}} per night incl. breakfast and 2 sunbeds at {{B:Bagno 42 Da Lele}}. Which dates? – [[P:Chiara]], Villa Gabbiano",
            ),
            (
                "c",
                "{{D:14-21 July}}. Kids are [[P:Grace]] (8) and [[P:Mark]] (5). Could you email the quote to [[E:hope.baker [at] example [dot] co [dot] uk]]? or whatsapp me on [[T:+44 7700 900412]]",
            ),
            (
                "a",
                "Sent! Quote ref {{R:QT-3318}}. For the deposit we take bank transfer or card, whatever is easier for you.",
            ),
            (
                "c",
                "Paid by card (it's [[P:Will]]'s 😂). Also my mum [[P:Victoria Church]] might join us for 3 nights, she lives at [[A:Rose Cottage, 3 Church Lane]], [[L:Harrogate]] [[A:HG1 4QT]], can she have a single? her mobile is [[T:07700 900 731]]",
            ),
            (
                "a",
                "Of course, single room {{PD:Stella Marina}} at {{$:€75}}/night, free from {{D:17 July}}. Tell [[P:Victoria]] breakfast is {{TM:7:30}}-{{TM:10:30}} 🙂 [[P:Chiara]]",
            ),
        ],
    },
    # 3. Hotel: cancellation because the mother is in hospital, refund to IBAN
    {
        "business": "hotel",
        "platform": "messenger",
        "customer": "Betta Ferro",
        "lang": "it",
        "start": "2024-04-27T21:05:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Elisabetta Ferro]], avevo prenotato x il ponte del {{W:Primo Maggio}} (pren. {{R:VG-2024-0412}}) ma mia mamma [[P:Bianca]] e stata ricoverata a [[L:Faenza]] e nn possiamo venire 😢",
            ),
            (
                "a",
                "Mi dispiace tantissimo [[P:Elisabetta]], auguri alla mamma. La caparra di {{$:90 euro}} ve la rimborsiamo: mi mandi IBAN e intestatario? [[P:Tommaso]]",
            ),
            (
                "c",
                "grazie mille!! IBAN [[I:IT85 T053 8711 2000 0004 2197 344]] intestato a [[P:Ferro Elisabetta]]. il conto e cointestato con mio marito [[P:Daniele Rinaldi]] se serve",
            ),
            (
                "a",
                "Fatto, bonifico partito oggi {{D:29/04}}, arriva in 2-3 giorni. Se volete riprenotare per {{D:settembre}} vi teniamo lo stesso prezzo 😊",
            ),
            (
                "c",
                "sei un tesoro. a settembre veniamo sicuro, forse anche con la vicina, la signora [[P:Fontana]] del piano di sotto 😄 ciao ciao, [[P:Betta]]",
            ),
            ("a", "Vi aspettiamo! Un abbraccio a [[P:Bianca]]. [[P:Tommaso]] - Villa Gabbiano"),
        ],
    },
    # 4. Hotel: a Chinese PhD student sends his codice fiscale for the city tax form
    {
        "business": "hotel",
        "platform": "telegram",
        "customer": "Zhao Wei",
        "lang": "en",
        "start": "2024-05-29T10:22:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Zhao Wei]] (surname is [[P:Zhao]], [[P:Z-H-A-O]]), PhD student in [[L:Bologna]]. I booked 2 nights {{D:3-5 June}} with my colleague [[P:Li Na]]. For the city tax form, my codice fiscale is [[CF:ZHAWEI90B03Z210A]]",
            ),
            (
                "a",
                "Thanks [[P:Wei]]! Got it. Could you also send [[P:Li Na]]'s full name exactly as on the passport?",
            ),
            (
                "c",
                "passport says [[P:LI NA]], she is from [[L:Chengdu]]. Her phone if reception needs it: [[T:+39 320 558 1177]]. We arrive by train around {{TM:23:10}}, is reception still open?",
            ),
            (
                "a",
                "Our night porter [[P:Gigi]] is there until {{TM:1 am}} 🙂 just ring the bell. Booking {{R:VG-5521}}.",
            ),
            ("c", "thx! my wechat is [[H:zhaowei_bo90]] if it is easier"),
            ("a", "Perfect, see you on {{D:Monday}}! – [[P:Chiara]]"),
        ],
    },
    # 5. Hotel: a plumber books three singles for his technicians, invoice with partita IVA
    {
        "business": "hotel",
        "platform": "messenger",
        "customer": "Roberto De Luca Santoro",
        "lang": "it",
        "start": "2024-02-19T17:48:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Roberto De Luca Santoro]], mi servono 3 singole dal {{D:4 al 7 marzo}} per i miei tecnici [[P:Ionut Popescu]], [[P:Adebayo Okafor]] e [[P:Sandro Neve]] che lavorano al cantiere della {{B:Coop Adriatica}}",
            ),
            (
                "a",
                "Buonasera [[P:Roberto]], 3 singole a {{$:68 €}} a notte con colazione, parcheggio furgone incluso. La fattura a chi la intestiamo?",
            ),
            (
                "c",
                "a me, ditta individuale [[P:De Luca Santoro Roberto]], P.IVA [[V:02918370236]], sede [[A:via Flaminia 88/C]], [[A:61121]] [[L:Pesaro]]. PEC [[E:deluca.santoro.roberto@pec.example.it]]",
            ),
            (
                "a",
                "Ricevuto! Codice prenotazione {{R:VG-G-0304}}. Il sig. [[P:Okafor]] ha esigenze per la cena? Chiedo perche facciamo mezza pensione.",
            ),
            (
                "c",
                "si [[P:Ade]] nn mangia carne. e [[P:Ionut]] arriva un giorno dopo, il {{D:5}}, col treno, il suo cell e [[T:389.442.7710]]",
            ),
            ("a", "Annotato tutto. Grazie e buon lavoro! [[P:Tommaso]]"),
            ("c", "grazie a voi, [[P:Robbie]] 👍"),
        ],
    },
    # 6. Hotel: a travel influencer proposes a collaboration
    {
        "business": "hotel",
        "platform": "instagram",
        "customer": "serena.leone.viaggi",
        "lang": "it",
        "start": "2024-03-02T12:15:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Serena]] di @[[H:serena.leone.viaggi]] 🌊 faccio travel content (12k), vi andrebbe una collab x {{D:giugno}}? media kit qui [[U:https://linktr.ee/serenaleoneviaggi]]",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Ne parlo con mia sorella [[P:Marta]] che segue i social e ti riscriviamo. Vieni da sola?",
            ),
            (
                "c",
                "col mio ragazzo [[P:Nicolò]] (@[[H:nicolo.shoots]]) che fa le foto. per il contratto scrivete a [[E:serena punto leone chiocciola gmail punto com]]",
            ),
            (
                "a",
                "Perfetto! [[P:Marta]] ti scrive entro {{D:venerdì}}. Intanto guarda la nostra {{PD:colazione romagnola}} con la {{PD:piadina}} di nonna [[P:Ines]] 😍",
            ),
            ("c", "nooo la piada della nonna!! 😍 ok aspetto. baci [[P:Sere]]"),
            ("a", "A presto! [[P:Tommaso]] & [[P:Marta]]"),
        ],
    },
    # 7. Hotel: an American guest asks to ship back forgotten sunglasses
    {
        "business": "hotel",
        "platform": "whatsapp",
        "customer": "Mark Fox",
        "lang": "en",
        "start": "2024-06-24T14:02:00",
        "messages": [
            (
                "c",
                "Hey, this is [[P:Mark Fox]], we checked out yesterday from room 12. My wife [[P:Stacy]] left her {{B:Ray-Ban}} sunglasses on the nightstand 🙈",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Yes, our housekeeper [[P:Olena]] found them this morning. Where should we ship them?",
            ),
            (
                "c",
                "Awesome! [[P:Stacy Fox]], [[A:4410 Maple Ridge Dr, Apt 4B]], [[L:Columbus]], [[L:OH]] [[A:43215]]. Her cell for the courier [[T:(614) 555-0182]]",
            ),
            (
                "a",
                "Shipping with {{B:DHL}} is {{$:€38}}. I can send a payment request by email if you like.",
            ),
            (
                "c",
                "perfect, send it to [[E:mfox.cbus@example.com]]. And thank [[P:Olena]] for us!! [[P:Stacy]] says grazie mille 😄",
            ),
            (
                "a",
                "Paid, thanks! Tracking {{TR:JD014600004418273655}}. Safe travels! – [[P:Chiara]]",
            ),
        ],
    },
    # 8. Nido: a mum says grandpa will pick up her son, grandma needs a delega
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Fede Castelli",
        "lang": "it",
        "start": "2024-01-15T07:31:00",
        "messages": [
            (
                "c",
                "ciao [[P:Lucia]], sono [[P:Fede]] la mamma di [[P:Tommy]]. oggi lo viene a prendere il nonno [[P:Gianni]] verso le {{TM:16}}. ha la delega vero?",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Si il nonno [[P:Gianni Castelli]] e in delega. La nonna [[P:Pina]] invece no: se dovesse venire lei mandaci la delega firmata con copia del documento 😊 [[P:Lucia]] - Il Girotondo",
            ),
            (
                "c",
                "ok ti giro la delega x la nonna stasera: [[P:Giuseppina Cordioli]], cf [[CF:CRDGPP56L43L781T]], abita in [[A:via Mazzini 9]] a [[L:Bussolengo]], cell [[T:045 715 3380]]",
            ),
            (
                "a",
                "Grazie! La inserisco. Ricordati che {{D:giovedì}} c'è la festa di {{W:Carnevale}}, [[P:Tommy]] puo venire mascherato 🎭",
            ),
            (
                "c",
                "si vuole fare {{PD:Spiderman}} 🙄 ah e giovedi lo porta la babysitter [[P:Oksana]], ti scrivo il cognome: [[P:K-O-V-A-L-E-N-K-O]]",
            ),
            (
                "a",
                "Ok, per la sig.ra [[P:Kovalenko]] serve la delega come per la nonna. Ciao [[P:Fede]]!",
            ),
        ],
    },
    # 9. Nido: an English-speaking dad asks about settling in (inserimento)
    {
        "business": "nido",
        "platform": "messenger",
        "customer": "Daniel Okonkwo",
        "lang": "en",
        "start": "2024-08-26T09:10:00",
        "messages": [
            (
                "c",
                "Good morning, I'm [[P:Daniel Okonkwo]], our daughter [[P:Adaeze]] starts the settling-in on {{D:2 September}}. My wife [[P:Chiamaka]] doesn't speak Italian yet, is that ok?",
            ),
            (
                "a",
                "Buongiorno [[P:Daniel]]! Of course, our educator [[P:Bianca]] speaks English. The first week is 1 hour a day with a parent, {{TM:9:30}}-{{TM:10:30}}.",
            ),
            (
                "c",
                "Great. We live in [[A:via Santa Chiara 14]], [[L:Veronetta]], so it's a short walk. Can you add both our numbers? mine [[T:+39 351 667 2049]], [[P:Chiamaka]] [[T:+44 7911 123 804]]",
            ),
            (
                "a",
                "Done! Please also fill in the form at the office and bring the vaccination certificate from your paediatrician.",
            ),
            (
                "c",
                "Our paediatrician is Dr. [[P:Marchi]]... sorry, Dr [[P:Elena Marchi]] in [[L:Borgo Trento]]. I'll ask her. Thanks [[P:Bianca]]!",
            ),
            (
                "a",
                "Perfect, see you on Monday! Tell [[P:Adaeze]] we have a {{PD:Peppa Pig}} corner 🐷 – [[P:Lucia]]",
            ),
        ],
    },
    # 10. Nido: monthly fee paid by the grandfather from another account
    {
        "business": "nido",
        "platform": "telegram",
        "customer": "Giorgia Bello",
        "lang": "it",
        "start": "2024-02-05T13:44:00",
        "messages": [
            (
                "c",
                "ciao, la retta di {{D:febbraio}} x [[P:Matilde Bello]] la paga mio papa [[P:Aldo]] dal suo conto, va bene lo stesso? nn vorrei che risultasse non pagata",
            ),
            (
                "a",
                "Ciao [[P:Giorgia]], nessun problema, basta che nella causale ci sia il nome della bimba. La retta e {{$:420 €}}.",
            ),
            (
                "c",
                "perfetto. lui ha pagato da [[I:IT41Y0845462460000000871240]], intestato [[P:Bello Aldo]]. se arriva un bonifico strano e lui 😂",
            ),
            (
                "a",
                "Visto, arrivato oggi, grazie! Ah, la cuoca [[P:Neve]] chiede se [[P:Matilde]] ha ancora l'intolleranza al lattosio",
            ),
            (
                "c",
                "si ancora, la pediatra dott.ssa [[P:Rosa Giacomazzi]] dice fino a {{D:aprile}} almeno. ciao e grazie, [[P:Giorgia]]",
            ),
            ("a", "Segnato! Lo dico a [[P:Neve]]. Un bacio a [[P:Matilde]] 😘 [[P:Lucia]]"),
        ],
    },
    # 11. Nido: a mother asks to add a babysitter, code-switching with her Spanish partner
    {
        "business": "nido",
        "platform": "whatsapp",
        "customer": "Carmen",
        "lang": "it",
        "start": "2024-10-08T18:20:00",
        "messages": [
            (
                "c",
                "hola! scusate, sono [[P:Carmen García López]], mamma di [[P:Leo]] (sezione {{W:Coccinelle}}). da {{D:lunedi}} a prendere [[P:Leo]] viene anche la babysitter [[P:Serena Leone]]",
            ),
            (
                "a",
                "Ciao [[P:Carmen]]! Ci serve la delega e un documento di [[P:Serena]]. Potete mandarli via mail a segreteria?",
            ),
            (
                "c",
                "si certo, la manda il mio compagno [[P:Javi]] dalla sua mail [[E:javi.ruiz.vr@example.es]]. [[P:Serena]] e una studentessa, il suo numero [[T:+39 340 9182 776]]",
            ),
            (
                "c",
                "[[P:Javi]] here, sorry!! we can't find [[P:Serena]]'s ID card, we send it tomorrow 🙏",
                "en",
            ),
            (
                "a",
                "Tranquilli, nessuna fretta, fino ad allora [[P:Leo]] lo date solo a voi due o ai nonni. [[P:Lucia]]",
            ),
            ("c", "perfecto, grazie mille!! 🥰"),
        ],
    },
    # 12. Nido: a dad reports a small accident at home and the doctor's note
    {
        "business": "nido",
        "platform": "messenger",
        "customer": "Andrea Ferrari",
        "lang": "it",
        "start": "2024-11-19T07:05:00",
        "messages": [
            (
                "c",
                "buongiorno maestra, [[P:Giacomino]] ieri e caduto dal divano e ha un bernoccolo, stamattina lo porta mia moglie [[P:Alessia]]. nulla di grave, ha detto il medico di guardia dott. [[P:Hassan Benali]]",
            ),
            (
                "a",
                "Grazie [[P:Andrea]] per averci avvisato! Lo teniamo d'occhio. Se vuoi lascia un numero per oggi, siete tutti e due al lavoro?",
            ),
            (
                "c",
                "io sono a [[L:Villafranca]] tutto il giorno, chiamate [[P:Alessia]] al [[T:349/663.1020]] oppure sua sorella [[P:Victoria]] (la zia [[P:Vicky]]) al [[T:0039 347 200 5813]]",
            ),
            (
                "a",
                "Perfetto, segnato. Oggi c'e anche il laboratorio di {{PD:pasta di sale}}, gli faremo fare qualcosa di tranquillo 😊",
            ),
            ("c", "grazie mille, sempre gentilissime. [[P:Andrea]] (papà di [[P:Giaco]])"),
        ],
    },
    # 13. Nido: an English grandmother asks about photos on the parents' group
    {
        "business": "nido",
        "platform": "instagram",
        "customer": "grace_mancini_nonna",
        "lang": "en",
        "start": "2024-12-10T16:33:00",
        "messages": [
            (
                "c",
                "Hello! I'm [[P:Grace Mancini]], [[P:Sofia]]'s grandmother, visiting from [[L:Manchester]] for {{W:Christmas}}. Could I come to the {{PD:Christmas show}} on {{D:the 20th}}?",
            ),
            (
                "a",
                "Hello [[P:Grace]]! Of course, grandparents are welcome. The show starts at {{TM:4.30 pm}} in the garden room.",
            ),
            (
                "c",
                "Lovely! My daughter [[P:Kate]] says the photos go on a private gallery? I'm not on whatsapp, could you send them to [[E:grace.mancini at example dot co dot uk]]?",
            ),
            (
                "a",
                "We only share photos with parents, sorry [[P:Grace]]! But [[P:Kate]] can forward them to you 😊",
            ),
            (
                "c",
                "Fair enough, that's very sensible. I'll ask [[P:Kate]] and her husband [[P:Luca]]. See you on the 20th! x",
            ),
            (
                "a",
                "See you [[P:Grace]]! [[P:Sofia]] has been practising her song all week 🎄 – [[P:Lucia]]",
            ),
        ],
    },
    # 14. Nido: enrolment request with a codice fiscale read aloud by the dad
    {
        "business": "nido",
        "platform": "telegram",
        "customer": "Samir",
        "lang": "it",
        "start": "2024-03-21T20:50:00",
        "messages": [
            (
                "c",
                "salve, mi chiamo [[P:Samir El Amrani]], volevo iscrivere mia figlia [[P:Yasmine]] (14 mesi) x {{D:settembre}}. c'e lista d'attesa?",
            ),
            (
                "a",
                "Buonasera [[P:Samir]], sì, per ora siete i quinti. Ci mandi i dati della bimba, l'indirizzo e un recapito?",
            ),
            (
                "c",
                "[[P:Yasmine El Amrani]], abitiamo in [[A:stradone Porta Palio 31 scala B interno 6]], [[A:37122]] [[L:Verona]]. la mamma si chiama [[P:Fatima Zahra]] tel [[T:+39 328 004 1965]]",
            ),
            (
                "a",
                "Grazie! Vi abbiamo inserito, codice domanda {{R:NIDO-25-0117}}. Vi contattiamo entro {{D:il 30 aprile}}.",
            ),
            (
                "c",
                "grazie mille. se non risponde [[P:Fatima]] c'e mia cognata [[P:Nadia]], o scrivete a me [[E:samir.elamrani@example.org]]",
            ),
            ("a", "Perfetto [[P:Samir]], grazie. A presto! [[P:Lucia]] - Il Girotondo"),
        ],
    },
    # 15. Parish: a mum enrols her son for the summer camp in the Sila
    {
        "business": "oratorio",
        "platform": "whatsapp",
        "customer": "Mimma Di Mauro",
        "lang": "it",
        "start": "2024-05-14T15:15:00",
        "messages": [
            (
                "c",
                "buonasera don [[P:Vito]], sono [[P:Mimma]] la mamma di [[P:Antonio Di Mauro]]. [[P:Tonino]] vuole venire al {{PD:campo estivo in Sila}} 🙏 come si fa l'iscrizione?",
            ),
            (
                "a",
                "Ciao [[P:Mimma]]! Il campo e dal {{D:15 al 22 luglio}}, quota {{$:260 €}} tutto compreso. Servono modulo, codice fiscale del ragazzo e tessera sanitaria. don [[P:Vito]]",
            ),
            (
                "c",
                "ecco: [[P:Antonio Di Mauro]], cf [[CF:DMRNTN12S20A662G]], abitiamo a [[L:Carbonara]], [[A:via Vittorio Veneto 47 piano 3]]. il papa [[P:Nicola]] paga col bonifico",
            ),
            (
                "a",
                "Perfetto. Bonifico alla parrocchia con causale {{R:CAMPO24-031}} e nome del ragazzo. Ah, [[P:Tonino]] e in camera con [[P:Gianluca]] e [[P:Michele]] come l'anno scorso?",
            ),
            (
                "c",
                "siiii senno nn ci va 😂 e se possibile pure col cugino [[P:Savino]]. grazie don, na bell benedizion a tutt 🙏",
            ),
            ("a", "Ahah ci penso io. Buona serata! don [[P:Vito]]"),
        ],
    },
    # 16. Parish: an animator shares the bus list for the trip to Matera
    {
        "business": "oratorio",
        "platform": "telegram",
        "customer": "Fra Loiacono",
        "lang": "it",
        "start": "2024-04-03T22:10:00",
        "messages": [
            (
                "c",
                "don ti giro la lista del pullman x {{W:Matera}} di {{D:sabato}}: [[P:Loiacono Francesca]] (io), [[P:Pasquale Lorusso]], [[P:Rosa Lorusso]], [[P:Vittoria Summo]], [[P:Ivan Shevchenko]], [[P:Kevin Fox]], [[P:Giusy Amoruso]], [[P:Mattia Leone]]",
            ),
            (
                "a",
                "Grazie [[P:Fra]]! Manca [[P:Ivan]] nel gruppo whatsapp, hai il suo numero? E [[P:Kevin]] ha portato l'autorizzazione?",
            ),
            (
                "c",
                "[[P:Ivan]] [[T:392 11 07 548]], la mamma [[P:Oksana Shevchenko]] parla poco italiano. [[P:Kevin]] si, la firma l'ha messa il papa [[P:Richard]]",
            ),
            (
                "a",
                "Ok. Partenza {{TM:6:45}} davanti alla chiesa, ritorno verso {{TM:20}}. Pranzo al sacco, visita ai {{W:Sassi}} e alla {{W:Cattedrale}}.",
            ),
            (
                "c",
                "perfetto, il pullman e di {{B:Autolinee Fratelli Digregorio}}, l'autista e [[P:Mimmo]] quello dell'anno scorso 😄",
            ),
            ("a", "Grande [[P:Mimmo]]. Grazie di tutto [[P:Francesca]]!"),
        ],
    },
    # 17. Parish: an English-speaking volunteer from Nigeria offers help
    {
        "business": "oratorio",
        "platform": "messenger",
        "customer": "Blessing Adeyemi",
        "lang": "en",
        "start": "2024-06-01T11:00:00",
        "messages": [
            (
                "c",
                "Good morning Father, my name is [[P:Blessing Adeyemi]], I'm a nurse at the {{B:Policlinico}} and I live in [[L:Japigia]]. I'd love to volunteer at the oratorio this summer with my son [[P:Tobi]]",
            ),
            (
                "a",
                "Welcome [[P:Blessing]]! We always need help in the afternoons. [[P:Tobi]] how old is he? I'm don [[P:Vito]], the coordinator is [[P:Annalisa]]",
            ),
            (
                "c",
                "He's 15, he plays football and guitar 🎸. You can reach me on [[T:+39 331 208 6674]] or [[E:blessing.adeyemi@example.com]]",
            ),
            (
                "a",
                "Perfect! [[P:Annalisa]] will call you. Our summer programme starts {{D:17 June}}, Monday to Friday {{TM:4 pm}}-{{TM:7 pm}}.",
            ),
            (
                "c",
                "Thank you Father. My husband [[P:Emeka]] can also help with the barbecue on {{W:Saint John's}} night 😄",
            ),
            (
                "a",
                "Ahah we accept!! Bring [[P:Emeka]] 🙂 Grazie mille [[P:Blessing]], God bless.",
            ),
        ],
    },
    # 18. Parish: a father pays the trip to Rome with his card for two children
    {
        "business": "oratorio",
        "platform": "whatsapp",
        "customer": "Gianni Leone",
        "lang": "it",
        "start": "2024-02-12T19:25:00",
        "messages": [
            (
                "c",
                "salve don, [[P:Giovanni Leone]] papa di [[P:Chiara]] e [[P:Marco Leone]]. x la gita a {{W:Roma}} per l'udienza del {{D:6 marzo}} pago io x tutti e due",
            ),
            (
                "a",
                "Buonasera [[P:Giovanni]]! Sono {{$:85 €}} a testa, {{$:170 €}} in tutto. Puoi pagare dal link sul sito oppure in segreteria.",
            ),
            (
                "c",
                "dal link mi da errore 🤦 ti scrivo i dati, carta [[C:5200-1928-3746-1021]], intestata [[P:Leone Giovanni]], cf [[CF:LNEGNN80A15A662V]]",
            ),
            (
                "a",
                "Meglio non mandare i dati della carta in chat [[P:Giovanni]]! Ti consiglio di cancellare il messaggio, passa in segreteria da [[P:Teresa]] {{D:mercoledi}} dalle {{TM:17}}.",
            ),
            (
                "c",
                "ops hai ragione 😅 cancellato. mercoledi passa mia moglie [[P:Angela]] col contante. ciao e grazie",
            ),
        ],
    },
    # 19. Parish: the youth-group leader sends the scout-style contacts for a hike
    {
        "business": "oratorio",
        "platform": "instagram",
        "customer": "ale.carofiglio",
        "lang": "it",
        "start": "2024-09-18T17:02:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Ale]] del gruppo giovani, x l'escursione a {{W:Castel del Monte}} serve un altro accompagnatore maggiorenne, propongo [[P:Dario Speranza]]",
            ),
            (
                "a",
                "Ciao [[P:Alessandra]]! [[P:Dario]] va benissimo, ha fatto il corso di primo soccorso. Mi mandi il suo contatto?",
            ),
            (
                "c",
                "lui e @[[H:dario_speranza_98]] su insta, il cell [[T:380 774 2291]]. ah e viene anche [[P:Ling]] la nuova ragazza cinese, la mamma [[P:Chen Mei]] ha firmato",
            ),
            (
                "a",
                "Benissimo. Partenza {{D:domenica}} alle {{TM:8}} dal piazzale della chiesa. Ricordate scarpe comode e {{PD:focaccia}} per tutti 😄",
            ),
            (
                "c",
                "la focaccia la fa la nonna di [[P:Dario]], nonna [[P:Uccia]], da [[L:Bitonto]] 😍 la migliore!",
            ),
            ("a", "Allora e deciso, grazie [[P:Ale]]! don [[P:Vito]]"),
        ],
    },
    # 20. Parish: an English family asks about First Communion catechism
    {
        "business": "oratorio",
        "platform": "messenger",
        "customer": "Sarah Church",
        "lang": "en",
        "start": "2024-09-30T08:45:00",
        "messages": [
            (
                "c",
                "Hello, we moved to [[L:Bari]] from [[L:Cork]] in {{D:August}}, I'm [[P:Sarah Church]]. Our son [[P:Patrick]] (8) should start catechism for First Communion. Is it in Italian only?",
            ),
            (
                "a",
                "Welcome [[P:Sarah]]! Catechism is in Italian, but catechist [[P:Marisa Bello]] lived in [[L:Dublin]] for years and can help [[P:Patrick]] 🙂",
            ),
            (
                "c",
                "That's wonderful! Our address for the parish register is [[A:via Pasubio 118]], [[A:70124]] [[L:Bari]], and my husband [[P:Owen]]'s email is [[E:owen.church@example.ie]]",
            ),
            (
                "a",
                "Thanks! Lessons are on {{D:Saturdays}} at {{TM:10:30}}, first meeting {{D:12 October}}. Bring [[P:Patrick]]'s baptism certificate please.",
            ),
            (
                "c",
                "Will do, the parish in [[L:Ballincollig]] will email it. Thanks so much, [[P:Sarah]]",
            ),
            ("a", "Grazie a voi! Benvenuti in parrocchia 🙂 don [[P:Vito]]", "it"),
        ],
    },
    # 21. Parish: payment by bank transfer from abroad for a pilgrimage
    {
        "business": "oratorio",
        "platform": "telegram",
        "customer": "Lukas Brandt",
        "lang": "en",
        "start": "2024-07-08T13:13:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Lukas Brandt]], the German partner of [[P:Mariangela Summo]]. We'd both like to join the pilgrimage to {{W:San Giovanni Rotondo}} on {{D:3 August}}",
            ),
            (
                "a",
                "Hi [[P:Lukas]]! Great. The fee is {{$:45 €}} each incl. bus and lunch. [[P:Mariangela]] is already on the list 🙂",
            ),
            (
                "c",
                "I'll pay both from my German account, [[I:DE13 5001 0517 5419 2837 46]], name [[P:Lukas Brandt]]. Reference?",
            ),
            ("a", "Use {{R:PELL-0803-LB}}. Thank you! [[P:Annalisa]] – Oratorio"),
            (
                "c",
                "Done ✓. [[P:Mari]] says ciao to [[P:Annalisa]] and asks if her nonna [[P:Lucrezia]] from [[L:Modugno]] can come too",
            ),
            (
                "a",
                "Certo, c'è posto! Dille di chiamare in segreteria. See you [[P:Lukas]]!",
                "it",
            ),
        ],
    },
    # 22. Care home: a daughter asks about her mother's physiotherapy
    {
        "business": "rsa",
        "platform": "whatsapp",
        "customer": "Paola Bello",
        "lang": "it",
        "start": "2024-01-22T10:40:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Paola]] la figlia di [[P:Rosa Bello]] (stanza 14). la mamma mi ha detto che la fisioterapia con [[P:Manuel]] e stata sospesa, come mai?",
            ),
            (
                "a",
                "Buongiorno [[P:Paola]], [[P:Manuel]] e in ferie fino al {{D:29 gennaio}}, lo sostituisce [[P:Ioana Munteanu]] da {{D:mercoledi}}. La sig.ra [[P:Rosa]] sta bene 🙂 [[P:Silvia]], coordinatrice",
            ),
            (
                "c",
                "ah ok meno male. x la pratica dell'invalidita vi mando il suo cf: [[CF:BLLRSO47D62L840X]]. il medico di base e il dott. [[P:Zanon]] di [[L:Arcugnano]]",
            ),
            ("a", "Ricevuto, lo passiamo all'assistente sociale dott.ssa [[P:Pellizzari]]."),
            (
                "c",
                "grazie. {{D:domenica}} viene mio fratello [[P:Bepi]] con la nipotina [[P:Aurora]], la mamma sara contentissima. saluti da [[P:Paola Bello]]",
            ),
        ],
    },
    # 23. Care home: a grandson from London wants to video-call his grandfather
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Jack Pipistrelli",
        "lang": "en",
        "start": "2024-02-14T18:18:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Jack]], grandson of [[P:Maria Pipistrelli]] (room 7). I live in [[L:London]] and would like to video call nonna on {{W:Sunday}}. Is that possible?",
            ),
            (
                "a",
                "Hi [[P:Jack]]! Of course, our animator [[P:Giulia]] sets up video calls on Sundays between {{TM:3}} and {{TM:5 pm}}. Which app do you use?",
            ),
            (
                "c",
                "WhatsApp on [[T:+44 20 7946 0321]] works best. Also my mum [[P:Hope]] asked me to send you nonna's codice fiscale for the pharmacy: [[CF:PPSMRA39E50L840M]]",
            ),
            (
                "a",
                "Thank you, I've forwarded it to our nurse [[P:Luisa]]. [[P:Maria]] will be so happy, she talks about her ‘nipote inglese’ all the time 😊",
            ),
            (
                "c",
                "Aww 🥹 tell her I'm bringing {{PD:After Eight}} chocolates at {{W:Easter}}. Cheers, [[P:Jack Pipistrelli]] – [[E:jack.pipistrelli@example.co.uk]]",
            ),
            ("a", "I'll tell her! Speak on Sunday, [[P:Jack]]. [[P:Giulia]] – Villa Glicine"),
        ],
    },
    # 24. Care home: a son sends the IBAN for the monthly direct debit
    {
        "business": "rsa",
        "platform": "telegram",
        "customer": "Marco Santoro",
        "lang": "it",
        "start": "2024-03-04T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, x la retta di mia mamma [[P:Maria Santoro]] volevo attivare il RID come mi ha detto la segreteria",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Santoro]], certo. Ci servono IBAN, intestatario e codice fiscale dell'ospite. La retta mensile e {{$:2.380 €}}.",
            ),
            (
                "c",
                "IBAN [[I:IT79Q0760102000001029384756]] intestato a [[P:Marco Santoro]] e [[P:Loredana Pegoraro]] (mia moglie). cf mamma [[CF:SNTMRA43H61L840Z]]",
            ),
            (
                "a",
                "Perfetto, attivazione da {{D:aprile}}. Vi mandiamo il modulo SEPA da firmare a quale indirizzo?",
            ),
            (
                "c",
                "[[A:contrà Porti 23]], [[A:36100]] [[L:Vicenza]], oppure via mail [[E:marco.santoro71@example.it]]. grazie, [[P:Marco]]",
            ),
            ("a", "Inviato via mail. Buona giornata! [[P:Silvia]] - Villa Glicine"),
        ],
    },
    # 25. Care home: a neighbour asks if she can visit, the daughter lives abroad
    {
        "business": "rsa",
        "platform": "whatsapp",
        "customer": "Luigina",
        "lang": "it",
        "start": "2024-04-16T16:30:00",
        "messages": [
            (
                "c",
                "bongiorno, so [[P:Luigina Dalla Via]], la vissina de casa dea siora [[P:Speranza Carollo]]. ghe posso vegner a trovarla? so che ea fioa [[P:Franca]] la xe in [[L:Australia]]",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Luigina]]! Le visite sono libere dalle {{TM:15}} alle {{TM:18}}, ma per chi non e familiare serve l'ok della figlia. Proviamo a sentire [[P:Franca]] 😊",
            ),
            (
                "c",
                "a [[P:Franca]] ghe scrivo mi, ea xe a [[L:Perth]], ea ga un fuso orario mato 😂 el so numero xe [[T:+61 412 558 903]]",
            ),
            (
                "a",
                "Grazie! Appena arriva l'ok di [[P:Franca Carollo]] la avvisiamo. La sig.ra [[P:Speranza]] chiede spesso dei suoi gerani 🌸",
            ),
            (
                "c",
                "ah i gerani ghe li bagno mi tuti i dì, stago giusto de fronte in [[A:borgo Casale 40]]! ghe porto na foto. grassie tante, [[P:Gina]]",
            ),
        ],
    },
    # 26. Care home: Ukrainian carer's family asks about a job opening
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Olha Bondarenko",
        "lang": "it",
        "start": "2024-05-20T12:55:00",
        "messages": [
            (
                "c",
                "buongiorno, mi chiamo [[P:Olha Bondarenko]], sono OSS, lavoro come badante per il sig. [[P:Ferruccio Zordan]] a [[L:Thiene]] ma lui va in RSA da voi a {{D:giugno}}. cercate personale?",
            ),
            (
                "a",
                "Buongiorno [[P:Olha]], si cerchiamo OSS per i turni di notte. Mandi il curriculum alla mail del personale, in oggetto {{R:OSS-NOTTE-24}}.",
            ),
            (
                "c",
                "grazie! lo mando dalla mail [[E:olha.bondarenko@example.com]]. referenze puo chiedere al figlio del signore, [[P:Stefano Zordan]], [[T:0445 382 119]]",
            ),
            (
                "a",
                "Perfetto. Il colloquio lo fa [[P:Silvia Marangon]], la coordinatrice, di solito il {{D:martedi}}.",
            ),
            (
                "c",
                "va bene. abito a [[L:Marano Vicentino]], [[A:loc. Prà Longo 6]], vengo con il bus. grazie mille",
            ),
            (
                "a",
                "Benissimo [[P:Olha]], la chiamiamo noi. Saluti al sig. [[P:Zordan]]! [[P:Silvia]]",
            ),
        ],
    },
    # 27. Care home: an American cousin sends a gift and asks for the address
    {
        "business": "rsa",
        "platform": "instagram",
        "customer": "victoria.bianchi.nyc",
        "lang": "en",
        "start": "2024-12-02T21:12:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Victoria Bianchi]] from [[L:Brooklyn]], cousin of [[P:Angelo Bianchi]] who lives at your home. I want to send him a {{W:Christmas}} package, what's the exact address?",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! Please address it to [[P:Angelo Bianchi]] c/o Villa Glicine, the address is on our website contact page. Write the room number, 21 🙂",
            ),
            (
                "c",
                "Got it! It's {{B:Ferrara Bakery}} cannoli and a sweater, shipping with {{B:FedEx}}, tracking {{TR:7794 3321 0058}}",
            ),
            (
                "a",
                "Wonderful, [[P:Angelo]] loves sweets 😄 our nurse [[P:Carla]] will keep an eye on his sugar though!",
            ),
            (
                "c",
                "haha fair. If there's a problem with customs, my number is [[T:+1 718-555-0143]] and my brother [[P:Robbie]] is on [[T:917.555.0199]]. thx!!",
            ),
        ],
    },
    # 28. Care home: a doctor's note forwarded by a daughter, spelling surname
    {
        "business": "rsa",
        "platform": "whatsapp",
        "customer": "Nadia Rigon",
        "lang": "it",
        "start": "2024-06-11T08:08:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Nadia Rigon]], figlia di [[P:Gino Rigon]] (stanza 3). il cardiologo ha cambiato la terapia, vi giro il messaggio della dottoressa",
            ),
            (
                "c",
                '"Gentile sig.ra [[P:Rigon]], per suo padre ridurre {{PD:Cardioaspirin}} a 1 cp al giorno da {{D:lunedi}}. Dott.ssa [[P:Ilaria Mocellin]], ambulatorio di [[L:Dueville]], [[T:0444.593.270]]"',
            ),
            (
                "a",
                "Grazie [[P:Nadia]], lo passo subito all'infermiera [[P:Luisa]]. Il cognome della dottoressa e [[P:Mocellin]] con due elle?",
            ),
            (
                "c",
                "si, [[P:M-O-C-E-L-L-I-N]]. per qualsiasi cosa chiamate me al [[T:3351882046]] o mio marito [[P:Walter]]",
            ),
            (
                "c",
                "ah e il numero nuovo di [[P:Walter]] e [[T:+39 340 77 12 905]], il vecchio nn funziona piu",
            ),
            ("a", "Perfetto, aggiornato. Buona giornata, [[P:Silvia]]"),
        ],
    },
    # 29. Football: a new player registers, with documents
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Fra Costa",
        "lang": "it",
        "start": "2024-08-20T19:30:00",
        "messages": [
            (
                "c",
                "ciao mister, sono [[P:Francesco Costa]], mi sono trasferito a [[L:Quartu Sant'Elena]] x lavoro da [[L:Genova]], giocavo in prima categoria. posso fare un provino?",
            ),
            (
                "a",
                "Ciao [[P:Francesco]]! Certo, allenamento {{D:giovedi}} alle {{TM:20:30}} al campo. Porta certificato medico. Mister [[P:Piras]]",
            ),
            (
                "c",
                "perfetto. x il tesseramento ti mando gia il cf [[CF:CSTFNC88L12D969W]] e l'indirizzo: [[A:via Santa Maria Goretti 12]], [[A:09045]] [[L:Quartu]]",
            ),
            (
                "a",
                "Grande. Il segretario [[P:Efisio]] ti manda il modulo. La quota annuale e {{$:150 €}}, comprende il kit {{B:Erreà}}.",
            ),
            (
                "c",
                "ok. ah gioca anche il mio collega [[P:Mamadou Diallo]], centrale, ti do il numero? [[T:+39 366 419 2083]]",
            ),
            (
                "a",
                "Portalo giovedi! Ci serve un centrale come il pane 😂 a giovedi [[P:Fra]]",
            ),
        ],
    },
    # 30. Football: the women's team, a player sends her documents for insurance
    {
        "business": "calcio",
        "platform": "instagram",
        "customer": "bianca_ferro_10",
        "lang": "it",
        "start": "2024-09-05T14:14:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Bianca Ferro]] della femminile, x l'assicurazione dopo l'infortunio al ginocchio cosa vi serve? 😩",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Mi spiace 😔 servono referto del pronto soccorso, cf e IBAN per il rimborso. [[P:Efisio]]",
            ),
            (
                "c",
                "cf [[CF:FRRBNC92M55B354M]], IBAN [[I:IT75L0306909606100000063512]]. il referto e del {{B:Brotzu}}, ti mando foto. mi segue il dott. [[P:Sanna]] ortopedico",
            ),
            (
                "a",
                "Perfetto, apro la pratica {{R:SIN-2024-017}}. Il capitano [[P:Giorgia Melis]] dice che ti aspetta in panchina almeno 🙂",
            ),
            (
                "c",
                "ahah si certo ci sono, taggatemi nelle foto @[[H:bianca_ferro_10]]. dite a [[P:Giorgi]] che le porto le {{PD:seadas}} di mia zia [[P:Bonaria]] 😋",
            ),
        ],
    },
    # 31. Football: an English dad asks about the kids' academy
    {
        "business": "calcio",
        "platform": "messenger",
        "customer": "Tom Baker",
        "lang": "en",
        "start": "2024-09-09T17:45:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Tom Baker]], we've just moved to [[L:Poetto]] from [[L:Bristol]]. My twins [[P:Alfie]] and [[P:Ollie]] (9) love football, do you have an under-10 team?",
            ),
            (
                "a",
                "Hi [[P:Tom]]! Yes, the {{PD:Pulcini}} train {{D:Tuesday}} and {{D:Friday}} {{TM:5:30}}-{{TM:7 pm}}. Coach [[P:Andrea Mura]] speaks some English 🙂",
            ),
            (
                "c",
                "Brilliant! What do we need? Our address is [[A:Flat 2, via Lungo Saline 41]]... sorry, it's [[A:viale Poetto 41 int. 2]], [[A:09126]] [[L:Cagliari]]",
            ),
            (
                "a",
                "Medical certificate from the paediatrician, ID and the fee {{$:220 €}} per child (kit {{B:Erreà}} included). We offer a sibling discount 😉",
            ),
            (
                "c",
                "Great. Card ok? I'll pay at the office. my wife [[P:Rachel]] will bring them the first time, her number is [[T:+44 7700 900 287]]",
            ),
            ("a", "Perfect! See you Tuesday. [[P:Efisio]] – {{B:Poetto Stars}}"),
        ],
    },
    # 32. Football: the club sponsor, a bar, with partita IVA for the invoice
    {
        "business": "calcio",
        "platform": "whatsapp",
        "customer": "Tore Pisu",
        "lang": "it",
        "start": "2024-10-01T11:30:00",
        "messages": [
            (
                "c",
                "ue [[P:Efisio]], sono [[P:Tore]] del {{B:Bar Su Meriagu}}, x la sponsorizzazione delle maglie fatemi fattura, ditta [[P:Pisu Salvatore]] P.IVA [[V:03772150870]]",
            ),
            (
                "a",
                "Grazie [[P:Tore]]!! Fattura da {{$:800 €}} + IVA, logo sul retro delle maglie. Indirizzo della ditta?",
            ),
            (
                "c",
                "[[A:via Is Mirrionis 77]], [[A:09121]] [[L:Cagliari]]. mandala pure a mia figlia [[P:Martina]] che fa la contabilita [[E:martina.pisu@example.it]]",
            ),
            (
                "a",
                "Fatto. Ah, il presidente [[P:Gavino Leone]] vorrebbe fare la cena di fine anno da voi, {{D:21 dicembre}}, circa 40 persone",
            ),
            (
                "c",
                "ajo!! ci pensa mia moglie [[P:Rita]] x il menu, {{PD:malloreddus}} e {{PD:porceddu}} 😂 chiamala al [[T:070 28 44 91]]",
            ),
            (
                "a",
                "Grande [[P:Tore]]! Forza {{B:Poetto}} ⚽ mi trovi anche su [[U:https://www.facebook.com/tore.pisu.9]]",
            ),
        ],
    },
    # 33. Football: a mum complains about a late pick-up after a match in another town
    {
        "business": "calcio",
        "platform": "telegram",
        "customer": "Ilenia Deiana",
        "lang": "it",
        "start": "2024-11-10T20:40:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Ilenia Deiana]], mamma di [[P:Nicolas]] dei giovanissimi. oggi a [[L:Iglesias]] il pulmino e tornato alle {{TM:21}} invece che alle {{TM:19}}!!",
            ),
            (
                "a",
                "Buonasera [[P:Ilenia]], ha ragione, il pulmino ha bucato una gomma sulla statale. Mister [[P:Piras]] ha avvisato nel gruppo ma forse non a tutti. Ci scusiamo.",
            ),
            (
                "c",
                "io ero a [[L:Sestu]] da mia suocera [[P:Maria Bonaria Atzeni]] e nn sapevo niente, mio marito [[P:Ignazio]] era preoccupatissimo",
            ),
            (
                "a",
                "Capisco benissimo. Da ora mettiamo anche il numero dell'accompagnatore, [[P:Stefano Porcu]], [[T:+39 347 551 8820]]",
            ),
            ("c", "ok grazie. [[P:Nico]] cmq era felice, hanno vinto 3-1 😄"),
            (
                "a",
                "Ahah lo sappiamo, doppietta di [[P:Nicolas]]! Buona serata sig.ra [[P:Deiana]] ⚽",
            ),
        ],
    },
    # 34. Football: Spanish Erasmus student wants to play, code-switching
    {
        "business": "calcio",
        "platform": "instagram",
        "customer": "pablo.mg",
        "lang": "en",
        "start": "2024-10-14T15:50:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Pablo Martínez Gil]], Erasmus student at the uni in [[L:Cagliari]] until {{D:June}}. Can I train with the amateur team? I played in [[L:Valencia]]",
            ),
            (
                "a",
                "Ciao [[P:Pablo]]! Yes, but for matches we need a FIGC registration, takes 2-3 weeks. What position?",
            ),
            (
                "c",
                "Winger, left foot 😎 I'm at [[A:via Roma 5, scala C, piano 2]] (erasmus flat), my ig is @[[H:pablo.mg]] and phone [[T:+34 612 448 901]]",
            ),
            (
                "c",
                "ah e il mio coinquilino [[P:Jordi]] vuole venire pure lui, fa il portiere 🧤",
                "it",
            ),
            (
                "a",
                "Ahah we need a goalkeeper! Bring [[P:Jordi]] on Thursday, {{TM:20:30}}. [[P:Efisio]]",
            ),
        ],
    },
    # 35. Football: match ticket reservation for an away fan with EU VAT number
    {
        "business": "calcio",
        "platform": "messenger",
        "customer": "Hugo Lefèvre",
        "lang": "en",
        "start": "2024-04-22T09:35:00",
        "messages": [
            (
                "c",
                "Bonjour! I'm [[P:Hugo Lefèvre]], I run a small travel agency in [[L:Lyon]] and bring a group of 12 to {{W:Sardinia}} in {{D:May}}. Could they watch a local match and do a training session?",
            ),
            (
                "a",
                "Hi [[P:Hugo]]! What a nice idea. Home match on {{D:12 May}}, training {{D:the 10th}}. We'd charge {{$:15 €}} per person for the session.",
            ),
            (
                "c",
                "Perfect. Invoice to my company, VAT [[V:FR32492817366]], att. [[P:Hugo Lefèvre]]. My assistant [[P:Amélie Fox]] will coordinate: [[E:amelie.fox@example.fr]]",
            ),
            ("a", "Great, booking ref {{R:PS-TOUR-0512}}. We'll email the invoice."),
            (
                "c",
                "Merci! Also one guest, Mr [[P:Chukwuma Eze]] (Nigerian, from [[L:Enugu]]), is in a wheelchair, is the stand accessible?",
            ),
            (
                "a",
                "Yes, there's a ramp and reserved spot. Tell [[P:Chukwuma]] he's welcome 🙂",
            ),
        ],
    },
    # 36. Nursing: daughter asks for post-surgery dressings for her father
    {
        "business": "nursing",
        "platform": "whatsapp",
        "customer": "Serena Russo",
        "lang": "it",
        "start": "2024-03-18T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Serena Russo]], mio padre [[P:Giuseppe Melis]] e stato operato all'anca al {{B:Cannizzaro}} e serve l'infermiera x le medicazioni a casa",
            ),
            (
                "a",
                "Buongiorno [[P:Serena]], certo. Ci servono indirizzo, codice fiscale del paziente e il nome del medico che ha prescritto. [[P:Agata]] - InfermieriCasa",
            ),
            (
                "c",
                "papa abita a [[L:Acireale]], [[A:via Vittorio Emanuele 156, scala A, piano terra]]. cf [[CF:MLSGPP50P14C351B]]. il chirurgo e il dott. [[P:Salvatore Grasso]]",
            ),
            (
                "a",
                "Perfetto. La prima visita la fa [[P:Rosalba]] {{D:mercoledi}} alle {{TM:9:30}}. Ci sara qualcuno in casa?",
            ),
            (
                "c",
                "si c'e la badante [[P:Irina]], o la vicina [[P:Concetta]] che ha le chiavi. il mio cell [[T:095 7124 883]] o [[T:+39 3396027715]]. il mio cf se serve per la fattura [[CF:RSSSRN85C48C351N]]",
            ),
            ("a", "Tutto chiaro, grazie [[P:Serena]]! [[P:Agata]]"),
        ],
    },
    # 37. Nursing: an English retiree in Taormina needs injections
    {
        "business": "nursing",
        "platform": "messenger",
        "customer": "Margaret Leone",
        "lang": "en",
        "start": "2024-02-28T11:11:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Margaret Leone]] (née [[P:Baker]]), I live near [[L:Taormina]], in [[A:contrada Sant'Antonio 8]]. My GP Dr [[P:Cundari]] prescribed daily injections for 10 days, can you help?",
            ),
            (
                "a",
                "Hello [[P:Margaret]]! Yes, our nurse [[P:Carmelo]] covers [[L:Taormina]]. Each visit is {{$:25 €}}. When would you like to start?",
            ),
            (
                "c",
                "Monday would be ideal. My husband [[P:Salvo]] can open the gate, or our neighbour Mrs [[P:Grace Wu]]... well, just [[P:Grace]] 🙂 My number is [[T:+39 0942 618 224]]",
            ),
            (
                "a",
                "Perfect, booked from {{D:Monday 4 March}} at {{TM:8:30}}. Payment at the end by card or bank transfer.",
            ),
            (
                "c",
                "By transfer then, from my UK account [[I:GB32 BARC 2045 1873 6251 40]]. Thank you, [[P:Maggie]]",
            ),
        ],
    },
    # 38. Nursing: son asks for blood tests at home, sends card details (agent warns)
    {
        "business": "nursing",
        "platform": "telegram",
        "customer": "Orazio Pappalardo",
        "lang": "it",
        "start": "2024-04-09T19:00:00",
        "messages": [
            (
                "c",
                "salve, mia mamma [[P:Venera Pappalardo]] di 89 anni deve fare le analisi del sangue ma nn puo muoversi, vive a [[L:Misterbianco]] in [[A:via Garibaldi 3]]",
            ),
            (
                "a",
                "Buonasera, facciamo prelievi a domicilio: {{$:35 €}} + ticket, referti online in 48h. Per quando?",
            ),
            (
                "c",
                "{{D:venerdi}} mattina. pago subito con la carta [[C:5417 3309 2817 4652]] scad. 11/26, a nome [[P:Orazio Pappalardo]]",
            ),
            (
                "a",
                "Sig. [[P:Orazio]], non mandi i dati della carta in chat per favore, paga direttamente all'infermiera col POS. Venerdi alle {{TM:7:45}} passa [[P:Rosalba]] 🙂",
            ),
            (
                "c",
                "ok scusate. a casa c'e mia sorella [[P:Nella]] che abita sopra, [[A:cortile San Rocco 5 piano 1]], [[T:348-201-7764]]. il medico e la dottoressa [[P:Lo Giudice]]",
            ),
        ],
    },
    # 39. Nursing: a nurse's shift swap coordinated with a family, Indian carer
    {
        "business": "nursing",
        "platform": "whatsapp",
        "customer": "Priya Nair",
        "lang": "en",
        "start": "2024-07-15T06:50:00",
        "messages": [
            (
                "c",
                "Good morning, I'm [[P:Priya Nair]], I'm the live-in carer of Signor [[P:Alfio Strano]] in [[L:Ognina]]. Nurse [[P:Carmelo]] is late, is he coming today?",
            ),
            (
                "a",
                "Good morning [[P:Priya]], [[P:Carmelo]] is sick today, [[P:Agata]] is coming instead at {{TM:9}}. Sorry for not telling you earlier.",
            ),
            (
                "c",
                "No problem. [[P:Alfio]]'s daughter [[P:Grazia]] asked me to send you her email for the monthly invoice: [[E:grazia.strano@example.it]]",
            ),
            (
                "a",
                "Thank you! And the bill goes to her company? If so we need the partita IVA.",
            ),
            (
                "c",
                "She says yes, [[V:05126480994]], {{B:Studio Strano Commercialisti}}. Address [[A:lungomare Ognina 210]], [[A:95126]] [[L:Catania]]",
            ),
            ("a", "Perfect, updated. Have a good day [[P:Priya]]! – [[P:Agata]]"),
        ],
    },
    # 40. Nursing: a woman asks for help for her mother after she moved back from Romania
    {
        "business": "nursing",
        "platform": "messenger",
        "customer": "Alina Stoica",
        "lang": "it",
        "start": "2024-05-06T15:25:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Alina Stoica]], mia madre [[P:Elena Stoica]] e arrivata dalla [[L:Romania]] ([[L:Iasi]]) e ha bisogno di insulina 2 volte al giorno. io lavoro tutto il giorno",
            ),
            (
                "a",
                "Buongiorno [[P:Alina]], possiamo fare un pacchetto mattina e sera. Serve prima la tessera sanitaria italiana della mamma e il piano terapeutico.",
            ),
            (
                "c",
                "il piano lo ha fatto il diabetologo dott. [[P:Rapisarda]]. abitiamo a [[L:San Giovanni La Punta]], [[A:traversa Tre Torri 7]]. il mio tel [[T:327 66 18 049]]",
            ),
            (
                "a",
                "Ok! Il pacchetto mensile costa {{$:540 €}}. Per il pagamento preferisce bonifico?",
            ),
            (
                "c",
                "si, dal conto rumeno della mamma [[I:RO28 BTRL 0130 1205 8317 2401]], intestato [[P:Stoica Elena]]. mia sorella [[P:Ana]] da [[L:Bucarest]] paga meta",
            ),
            ("a", "Perfetto. Iniziamo {{D:lunedi 13}}. [[P:Agata]]"),
        ],
    },
    # 41. Nursing: a grandson checks in through his IP-logged booking form
    {
        "business": "nursing",
        "platform": "instagram",
        "customer": "fede_grasso_ct",
        "lang": "it",
        "start": "2024-08-02T23:15:00",
        "messages": [
            (
                "c",
                "ciao, ho compilato il form sul sito x mio nonno [[P:Turi Grasso]] ma mi dice errore 'richiesta bloccata dall'IP [[IP:93.41.207.18]]' 🤷‍♂️",
            ),
            (
                "a",
                "Ciao! Il filtro antispam a volte esagera. Se vuoi ti prendo io i dati qui: nome, indirizzo e cosa serve al nonno?",
            ),
            (
                "c",
                "[[P:Salvatore Grasso]] detto [[P:Turi]], [[A:salita Monte Serra 14]], [[L:Mascalucia]]. serve cambio catetere ogni 2 settimane. io sono [[P:Federico]], [[T:392.811.3305]]",
            ),
            (
                "a",
                "Perfetto [[P:Federico]]. Riprovo il form dal mio lato: l'altro tentativo risulta dall'IP [[IP:2.44.198.73]], e il tuo telefono?",
            ),
            (
                "c",
                "si era il telefono col 4G. il primo era il pc del lavoro, ah il vpn aziendale [[IP:185.22.140.9]] magari. cmq grazie 🙏 se serve scrivimi qui @[[H:fede_grasso_ct]]",
            ),
            (
                "a",
                "Registrato, richiesta {{R:IC-2024-0871}}. [[P:Rosalba]] chiama domani. [[P:Agata]]",
            ),
        ],
    },
    # 42. Care home: a UK grandniece with a personal website and card payment for a birthday party
    {
        "business": "rsa",
        "platform": "messenger",
        "customer": "Rosie Ferro",
        "lang": "en",
        "start": "2024-08-30T10:10:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Rosie Ferro]], grand-niece of [[P:Bruno Ferro]]. He turns 100 on {{D:15 September}}!! 🎉 Could we organise a little party at Villa Glicine?",
            ),
            (
                "a",
                "Hi [[P:Rosie]]! How wonderful! Yes, we can use the garden. Cake from {{B:Pasticceria Dal Maso}} is about {{$:90 €}}.",
            ),
            (
                "c",
                "Perfect. I'm a photographer, here's my page [[U:https://www.rosieferrophoto.example.com]] (insta @[[H:rosieferrophoto]]) – I'll do the photos. Can I pay the cake by card? [[C:3782 846192 73646]]",
            ),
            (
                "a",
                "Please don't share card numbers here 🙏 we'll send a secure link. Who should we invite? [[P:Bruno]] mentioned a nephew [[P:Beppe]] in [[L:Schio]]",
            ),
            (
                "c",
                "Yes, uncle [[P:Beppe Ferro]] and aunt [[P:Lina]]. Also [[P:Bruno]]'s old friend Mr [[P:Bortolo Baker]]... haha no, autocorrect, it's [[P:Bortolo Becker]], spelled [[P:B-E-C-K-E-R]]. His grandson's facebook is [[U:facebook.com/matteo.becker.77]]",
            ),
            ("a", "Lovely, we'll contact them. Thanks [[P:Rosie]]! [[P:Silvia]]"),
        ],
    },
    # 43. Nido: a dad asks for a receipt for the tax return, with a personal page and VAT
    {
        "business": "nido",
        "platform": "messenger",
        "customer": "Luca Leone",
        "lang": "it",
        "start": "2025-01-14T12:00:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Luca Leone]], papa di [[P:Sofia]] e [[P:Bianca]]. x la dichiarazione mi servono le ricevute delle rette del {{D:2024}}, intestate a me",
            ),
            (
                "a",
                "Ciao [[P:Luca]]! Certo, te le prepara [[P:Lucia]] in segreteria. Le mandiamo via mail?",
            ),
            (
                "c",
                "si a [[E:luca.leone@studioleone.example.it]]. sono libero professionista, P.IVA [[V:07334100927]], se serve. il mio sito e [[U:https://studioleone.example.it/luca]]",
            ),
            (
                "a",
                "Le ricevute vanno al genitore, non alla partita IVA, ma le intestiamo a te con cf. Pronte {{D:venerdi}}!",
            ),
            (
                "c",
                "perfetto grazie. ah mia moglie [[P:Kate]] chiede se la nonna inglese [[P:Grace]] puo avere le foto della recita 😅",
            ),
            ("a", "Ahah gliele mandi tu [[P:Luca]]! 😊 Ciao, [[P:Lucia]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(37, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
