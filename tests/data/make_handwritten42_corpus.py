# ruff: noqa: E501
"""Hand-written blind test corpus no. 42 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten42_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a bicycle-tour operator in Trento with Dutch and
Belgian cyclists, a veterinary clinic in Modena, a bridal-dress atelier in Palermo, a car-repair
garage in Verona, a B&B in Matera with Japanese and Korean guests, and an accountant's office in
Bergamo helping Chinese and Pakistani shop owners.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten42_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten42_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bike": "Dolomiti Pedala Bike Tours",
    "vet": "Clinica Veterinaria San Cataldo",
    "atelier": "Atelier Sposa Zagara",
    "garage": "Autofficina Adige Motori",
    "bnb": "B&B Sassi e Stelle Matera",
    "accountant": "Studio Contabile Orobico",
}
PAGE_IDS: dict[str, str] = {
    "bike": "642200000000118",
    "vet": "642200000000229",
    "atelier": "642200000000336",
    "garage": "642200000000447",
    "bnb": "642200000000554",
    "accountant": "642200000000665",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Bike: Dutch couple asking about e-bikes for the lakes tour
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Joost van der Berg",
        "lang": "en",
        "start": "2025-03-04T08:12:00",
        "messages": [
            (
                "c",
                "hi! we are [[P:Joost]] and [[P:Marieke]] from [[L:Utrecht]], looking at the {{PD:Valsugana Lakes tour}} for {{D:6 June}}. do you rent e-bikes? [[P:marieke]] has a bad knee 😅",
            ),
            (
                "a",
                "Hi [[P:Joost]], welcome! Yes we have {{B:Bianchi}} e-bikes and {{B:Cube}} hybrids. The {{PD:Valsugana Lakes tour}} on {{D:6 June}} still has 4 places, {{$:€690}} pp incl. luggage transfer. Can you send full names + a phone for the booking? ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "great. [[P:Joost van der Berg]] and [[P:Marieke Smit-Jansen]] (double name yes lol). we'll have an italian sim: [[T:351 482 9037]]. mail [[E:joost.vdberg@example.nl]]",
            ),
            (
                "a",
                "Perfect, booked under ref {{R:DPB-25-0611}}. One e-bike for [[P:Marieke]] and a {{PD:Gravel 54}} for you. Deposit {{$:€200}} via link: [[U:https://pay.example.com/dolomitipedala/joost-vdberg-0611]]",
            ),
            (
                "c",
                "paid! one more q: my brother [[P:Pieter]] might join, he lives in [[L:Haarlem]] but he's in [[L:Innsbruck]] for work that week. can he meet us at the start?",
            ),
            (
                "a",
                "Sure, start is at our shop in [[A:via Brennero 118]], [[A:38121]] [[L:Trento]], {{TM:9:00}}. Tell [[P:Pieter]] to write me on whatsapp [[T:+39 0461 093 427]]. [[P:Tommaso]] - {{B:Dolomiti Pedala}}",
            ),
        ],
    },
    # 2. Bike: Belgian group leader, invoice to a Belgian company with VAT
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Wim Peeters",
        "lang": "en",
        "start": "2025-03-11T15:40:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Wim Peeters]] here, from [[L:Leuven]]. We are 9 riders, cycling club {{B:De Snelle Trappers}}, for the {{PD:Adige Cycle Path 5 days}} in {{D:September}}. Invoice to my company pls",
            ),
            (
                "a",
                "Hi [[P:Wim]]! Happy to help. For the invoice I need company name, address and VAT number. [[P:Chiara]] - {{B:Dolomiti Pedala}}",
            ),
            (
                "c",
                "{{B:Peeters Fietsen BV}}, [[A:Tiensestraat 214]], [[A:3000]] [[L:Leuven]], VAT [[V:BE0471823638]]. contact for payments is my wife [[P:Hilde]], [[E:hilde.peeters[at]example.be]]",
            ),
            (
                "a",
                "thx! total for 9 is {{$:€5.760}}, 30% deposit {{$:€1.728}} by bank transfer, details in the pdf. Ref {{R:DPB-25-0917}}",
            ),
            (
                "c",
                "[[P:Hilde]] will pay from our [[I:BE28 0634 1287 9020]] account tomorrow. also one rider, [[P:Grace Van Damme]], is vegetarian and allergic to nuts. our club rides are on strava: [[U:https://www.strava.com/athletes/wim-peeters-4471]]",
            ),
            ("a", "Noted for [[P:Grace]] 👍 I'll tell the hotel. Ciao [[P:Wim]], [[P:Chiara]]"),
        ],
    },
    # 3. Bike: Italian family, code-switching Dutch partner, child seat
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "fede.ferro.bike",
        "lang": "it",
        "start": "2025-04-02T19:05:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Fede]] ([[P:Federica Ferro]]), vi seguo da un po, vorrei prenotare il {{PD:Giro del Lago di Caldonazzo}} x 2 adulti + bimba di 4 anni, avete il seggiolino?",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Sì abbiamo seggiolini {{B:Thule}} e anche il carrellino. Per quando? [[P:Giuse]] 🚲",
            ),
            (
                "c",
                "sabato {{D:17 maggio}}. mio marito è olandese, [[P:Bram]], gli giro il link cosi legge anche lui",
            ),
            (
                "c",
                "hey, [[P:Bram Kuipers]] here, [[P:fede]]'s husband. is the route flat enough for a trailer? we live in [[L:Pergine Valsugana]] so we can ride to you",
                "en",
            ),
            (
                "a",
                "Hi [[P:Bram]], yes it's almost flat, only a short climb near {{W:Calceranica}}. Start {{TM:10:00}} from the lake car park.",
                "en",
            ),
            (
                "c",
                "ok perfetto. il mio numero è [[T:347.218.5590]], mail [[E:federica.ferro@example.it]]. il profilo di [[P:bram]] è @[[H:bram_rides_nl]] se volete taggarlo 😂",
            ),
            (
                "a",
                "Prenotato! Rif {{R:DPB-25-0517}}, totale {{$:€95}} con seggiolino. A sabato, [[P:Giuseppe]]",
            ),
        ],
    },
    # 4. Bike: Belgian rider lost a jacket, courier pickup to Ghent
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Lotte Claes",
        "lang": "en",
        "start": "2025-06-23T07:48:00",
        "messages": [
            (
                "c",
                "Goedemorgen! I'm [[P:Lotte Claes]], I did the {{PD:Brenta Dolomites loop}} last week with guide [[P:Robbie]]. I forgot my {{B:Castelli}} jacket in the van 😩",
            ),
            (
                "a",
                "Hi [[P:Lotte]], yes [[P:Roberto]] found it! A blue one, size M? We can send it with {{B:GLS}}, shipping is {{$:€18}}",
            ),
            (
                "c",
                "yes that's it!! please send to [[A:Kortrijksesteenweg 87 bus 2]], [[A:9000]] [[L:Gent]]. If I'm not home my neighbour Mr. [[P:Verhoeven]] at number 89 can take it",
            ),
            (
                "a",
                "Ok. Please pay here [[U:https://pay.example.com/dolomitipedala/lotte-claes-jacket]] and I'll give it to the courier tomorrow",
            ),
            (
                "c",
                "done! my phone for the courier: [[T:+44 7700 900 318]] (uk number, I work in [[L:London]] half the week)",
            ),
            (
                "a",
                "Shipped, tracking {{TR:GLS 6812 4470 9913}}. Say hi to [[P:Robbie]] on insta, he's @[[H:robbie.pedala]] 😄 ciao! [[P:Chiara]]",
            ),
        ],
    },
    # 5. Bike: Italian cyclist, insurance needs codice fiscale
    {
        "business": "bike",
        "platform": "telegram",
        "customer": "Tommy DV",
        "lang": "it",
        "start": "2025-05-09T11:30:00",
        "messages": [
            (
                "c",
                "buongiorno, x l'assicurazione del tour {{PD:Via Claudia Augusta}} mi avete chiesto i dati. sono [[P:Tommaso Dalla Via]], nato a [[L:Trento]] il 18/10/75, CF [[CF:DLLTMS75R18L378P]]",
            ),
            ("a", "Grazie [[P:Tommaso]]! Mi serve anche la residenza e un contatto di emergenza"),
            (
                "c",
                "residenza [[A:frazione Sardagna, via dei Caduti 6]] [[A:38123]] [[L:Trento]]. emergenza mia moglie [[P:Speranza Leone]] [[T:0039 340 771 2284]]",
            ),
            (
                "a",
                "Ok tutto registrato. Partenza {{D:lunedì 2 giugno}} ore {{TM:8.30}} da {{W:Piazza Duomo}}, rif {{R:DPB-25-0602}}",
            ),
            (
                "c",
                "perfetto. cmq se nn rispondo io chiamate [[P:Speranza]], io in bici nn guardo mai il telefono 😅",
            ),
            ("a", "ricevuto 👍 a lunedì! [[P:Giuse]]"),
        ],
    },
    # 6. Bike: Dutch retirees, card payment problem and doctor certificate
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Hans",
        "lang": "en",
        "start": "2025-07-01T13:15:00",
        "messages": [
            (
                "c",
                "Good afternoon. My name is [[P:Hans de Wit]], that's d-e space w-i-t. My card keeps failing on your website for the {{PD:Sole Valley e-bike week}}",
            ),
            (
                "a",
                "Hello Mr [[P:de Wit]], sorry about that! Which card type? Sometimes {{B:Maestro}} doesn't work online",
            ),
            (
                "c",
                "It's a {{B:Visa}}: [[C:4532 0173 9184 5628]] exp 09/27. Maybe I typed wrong. Should I send the code too?",
            ),
            (
                "a",
                "Please do NOT send the security code here 🙏 I'll send you a secure link instead to [[E:hans.dewit@example.nl]], is that right?",
            ),
            (
                "c",
                "No, use my wife's: [[E:annelies punto dewit chiocciola example punto nl]] - sorry, my italian neighbour [[P:Bruno]] taught me to write it like that haha",
            ),
            (
                "a",
                "Haha ok 😄 Link sent. Also for the e-bike week we need a short medical note, your doctor can write it in English",
            ),
            (
                "c",
                "Our doctor is Dr. [[P:Marjolein Fox]] in [[L:Amersfoort]], she will email it to you. Her address is [[E:m.fox@huisarts-example.nl]]",
            ),
        ],
    },
    # 7. Bike: Italian guide applying, lots of personal info
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "neve.bianchi_",
        "lang": "it",
        "start": "2025-02-14T18:20:00",
        "messages": [
            (
                "c",
                "ciao! mi chiamo [[P:Neve Bianchi]] (si [[P:Neve]] come la neve ❄️), sono guida MTB certificata, cercate gente x l'estate?",
            ),
            (
                "a",
                "Ciao [[P:Neve]]! Sì cerchiamo 2 guide da {{D:giugno}} a {{D:settembre}}. Mandami cv e dove abiti",
            ),
            (
                "c",
                "abito a [[L:Levico Terme]], [[A:via Vittorio Emanuele 41/b]]. cv qui [[U:https://www.nevebianchi-guide.example.it/cv]] e il mio linktree [[U:https://linktr.ee/neve.bianchi.mtb]]",
            ),
            (
                "a",
                "Bellissimo profilo! Ti chiama [[P:Stefano Mancini]], il nostro responsabile guide, che numero?",
            ),
            (
                "c",
                "[[T:+39 328 604 1175]], meglio dopo le {{TM:18}}. ah lavoro anche con [[P:Serena]] (@[[H:serena_mtb_levico]]), se vi serve un'altra guida",
            ),
            ("a", "ottimo, [[P:Stefano]] ti scrive domani. ciao! [[P:Chiara]] - Dolomiti Pedala"),
        ],
    },
    # 8. Vet: dog owner, emergency, microchip and address
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Betta",
        "lang": "it",
        "start": "2025-01-19T22:41:00",
        "messages": [
            (
                "c",
                "scusate l'ora!! il mio cane ha mangiato del cioccolato, un {{B:Kinder Bueno}} intero 😭 è un jack russell di 6 kg",
            ),
            (
                "a",
                "Buonasera, è di turno la dott.ssa [[P:Rosa Bello]]. Quanto tempo fa? Venga subito in clinica, [[A:via Emilia Est 1402]]",
            ),
            (
                "c",
                "mezz'ora fa, partiamo ora da [[L:Castelfranco Emilia]], sono [[P:Elisabetta Grandi]], il cane si chiama Tobia",
            ),
            (
                "a",
                "Ok signora [[P:Grandi]], la aspettiamo. Se si perde chiami il [[T:059 418 2276]]",
            ),
            ("c", "siamo qui fuori, mio marito [[P:Mirko]] sta parcheggiando"),
            (
                "a",
                "Tobia sta bene, ha vomitato tutto 🙏 domani controllo ore {{TM:11:30}}. Fattura a nome di? Serve CF",
            ),
            (
                "c",
                "[[P:Elisabetta Grandi]], CF lo manda [[P:Mirko]] che ha i documenti, io nn ci capisco niente",
            ),
        ],
    },
    # 9. Vet: cat owner sends CF and asks about invoice
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Federica Bello",
        "lang": "it",
        "start": "2025-02-03T09:02:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Federica Bello]], la padrona di Micia (gatta tricolore sterilizzata da voi a {{D:dicembre}}). mi serve la fattura x il 730",
            ),
            ("a", "Buongiorno! Certo, ci conferma codice fiscale e indirizzo?"),
            (
                "c",
                "[[CF:BLLFRC90L61F257P]], [[A:strada Morane 233 int. 4]], [[A:41125]] [[L:Modena]]",
            ),
            (
                "a",
                "Grazie, fattura n. {{R:FT-2025-0119}} da {{$:€ 185,00}}, la mandiamo alla mail?",
            ),
            (
                "c",
                "si a [[E:fede.bello90@example.it]]. ah e mia sorella [[P:Bianca]] vuole prenotare x il suo cane, le do il vostro numero?",
            ),
            ("a", "Certo! Può scriverci qui o chiamare. Saluti, [[P:Marta]] - Clinica San Cataldo"),
            (
                "c",
                "grazie [[P:Marta]]! [[P:bianca]] è @[[H:bianca.bello.art]] su insta, magari vi scrive li",
            ),
        ],
    },
    # 10. Vet: English expat with a rescue dog from Romania
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Victoria Church",
        "lang": "en",
        "start": "2025-03-21T10:10:00",
        "messages": [
            (
                "c",
                "Hi there, I'm [[P:Victoria Church]], we just moved to [[L:Sassuolo]] from [[L:Bristol]]. We adopted a rescue dog from [[L:Timișoara]] and need a vet check + rabies booster",
            ),
            (
                "a",
                "Hello [[P:Victoria]]! Of course. Do you have the EU pet passport? Dr. [[P:Hope Adeyemi]] speaks English, she can see you {{D:Thursday 27 March}} at {{TM:16:15}}",
            ),
            (
                "c",
                "Perfect. The passport was issued by the shelter vet, Dr. [[P:Ionuț Popescu]], his email is [[E:ionut.popescu.vet@example.ro]] if you need the records",
            ),
            ("a", "Great, thanks. Can I have your phone and address for the file?"),
            (
                "c",
                "[[T:+44 (0)7700 900 647]] still my UK mobile, or my husband [[P:Will]]'s italian one [[T:389 552 0183]]. We're at [[A:via Mazzini 77, scala B, 2° piano]], [[A:41049]] [[L:Sassuolo]]",
            ),
            ("a", "All set 🐾 See you {{D:Thursday}}! [[P:Marta]], Clinica San Cataldo"),
            (
                "c",
                "Thank you [[P:Marta]]! [[P:Will]] will bring him, I have work in [[L:Reggio Emilia]] that day",
            ),
        ],
    },
    # 11. Vet: farmer with cows, dialect, P.IVA
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Az. Agr. Corradini",
        "lang": "it",
        "start": "2025-04-14T06:05:00",
        "messages": [
            (
                "c",
                "bongiorno dutor, l'è [[P:Corradini]] ed [[L:Nonantola]], ho na vaca che l'an magna mia da ier, pol vgnir sobit?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Corradini]], il dott. [[P:Luca Ferrari]] è in giro per visite, passa da lei verso le {{TM:9}}. Mi ricorda l'indirizzo della stalla?",
            ),
            (
                "c",
                "[[A:via Guercinesca 58]], dopo il ponte, chiedete di [[P:Gino]] che l'è me fiol. il so numer l'è [[T:335 - 904 - 7712]]",
            ),
            ("a", "Perfetto. Per la fattura usiamo sempre la P.IVA dell'azienda?"),
            (
                "c",
                "si, azienda agricola [[P:Corradini Gino]], partita iva [[V:02935170361]]. la mail la legge me neuda [[P:Serena]]: [[E:serena.corradini@example.it]]",
            ),
            ("a", "Tutto ok, [[P:Luca]] è partito ora. Saluti, [[P:Marta]]"),
        ],
    },
    # 12. Vet: appointment change, neighbour brings the cat
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Giuse M.",
        "lang": "it",
        "start": "2025-05-06T12:44:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Giuseppina Mancini]], avevo il vaccino x Oscar (gatto) giovedì alle {{TM:17}}, posso spostare?",
            ),
            ("a", "Ciao [[P:Giuseppina]]! Ti va bene {{D:sabato 10}} alle {{TM:10:40}}?"),
            (
                "c",
                "sabato sono a [[L:Rimini]] da mia figlia 😕 però il mio vicino [[P:Ahmed Benali]] può portarlo lui, gli lascio il libretto",
            ),
            ("a", "Va benissimo, basta una delega firmata. Ci serve il suo numero nel caso"),
            ("c", "[[T:+39 320/448 91 06]]. lui abita sopra di me, [[A:viale Storchi 112 int. 7]]"),
            (
                "a",
                "Ok! Costo vaccino trivalente {{$:35 €}}, paga lui alla cassa. Ciao [[P:Giuse]], buon weekend a [[L:Rimini]] 😊",
            ),
        ],
    },
    # 13. Vet: online consult and payment by card, rabbit
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "ilconigliodiale",
        "lang": "it",
        "start": "2025-06-02T20:30:00",
        "messages": [
            (
                "c",
                "ciao! fate consulenze video x conigli? il mio {{PD:ariete nano}} nn mangia il fieno da 2 gg",
            ),
            (
                "a",
                "Ciao! Sì, la dott.ssa [[P:Rosa]] fa i nuovi animali esotici. Videoconsulto {{$:€ 40}}, domani alle {{TM:18:30}}?",
            ),
            (
                "c",
                "si!! sono [[P:Alessandra Leone]], [[P:ale]] x gli amici. pago con carta? [[C:5378-9102-4466-3012]]",
            ),
            (
                "a",
                "[[P:Alessandra]], meglio non scrivere la carta in chat 🙈 ti mandiamo il link {{B:SumUp}}: [[U:https://pay.sumup.example.com/sancataldo/alessandra-leone]]",
            ),
            (
                "c",
                "ops scusate 😅 pagato! la mia mail x il link della video è [[E:ale.leone@example.com]]",
            ),
            (
                "a",
                "Ricevuto, a domani. Prepara il coniglio vicino a una finestra con buona luce. [[P:Marta]]",
            ),
        ],
    },
    # 14. Vet: lost dog found, microchip owner contact
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Nicu Rusu",
        "lang": "it",
        "start": "2025-07-15T08:55:00",
        "messages": [
            (
                "c",
                "buongiorno, ho trovato un cane in [[A:via Giardini 455]] vicino al {{B:Conad}}, ha il collare ma niente medaglietta. mi chiamo [[P:Nicu Rusu]], su fb/insta sono @[[H:nicu_rusu88]]",
            ),
            (
                "a",
                "Grazie [[P:Nicu]]! Può portarlo qui? Leggiamo il microchip e chiamiamo il proprietario",
            ),
            ("c", "sono arrivato, il cane si chiama Fulmine dice il vostro collega"),
            (
                "a",
                "Sì, il chip risulta intestato a [[P:Vittorio Ferro]] di [[L:Formigine]], lo abbiamo chiamato al [[T:059 55 73 019]] ma non risponde. Lei lascia un recapito?",
            ),
            (
                "c",
                "[[T:371 226 4830]]. se il signor [[P:Ferro]] vuole ringraziare ok ma nn serve 😊",
            ),
            (
                "a",
                "Gentilissimo! Il signor [[P:Ferro]] ha richiamato ora, arriva con la nipote [[P:Rosa]]. Buona giornata, [[P:Marta]]",
            ),
        ],
    },
    # 15. Atelier: bride from Bagheria, appointment with mother and sister
    {
        "business": "atelier",
        "platform": "instagram",
        "customer": "sara.lomonaco.94",
        "lang": "it",
        "start": "2025-01-08T16:22:00",
        "messages": [
            (
                "c",
                "ciaoo mi sposo a {{D:settembre}} 💍 vorrei provare il modello {{PD:Giulietta}} e il {{PD:Zagara Sirena}} che ho visto nel vostro post",
            ),
            (
                "a",
                "Ciao e auguri!! 🤍 Sono [[P:Rosalba]], la titolare. Come ti chiami e quante persone porti all'appuntamento?",
            ),
            (
                "c",
                "[[P:Sara Lo Monaco]], vengo da [[L:Bagheria]] con mia mamma [[P:Concetta]] e mia sorella [[P:Ilenia]]. mia suocera [[P:Pina]] nn la portiamo 😂😂",
            ),
            (
                "a",
                "Ahah capito 🤫 Ti va bene {{D:sabato 18 gennaio}} alle {{TM:15:30}}? Siamo in [[A:via Principe di Belmonte 63]], citofono Zagara",
            ),
            (
                "c",
                "perfetto! il mio cell [[T:3394417028]], su insta sono @[[H:sara.lomonaco.94]]. e l'abito di [[P:Ilenia]] da damigella lo fate?",
            ),
            (
                "a",
                "Certo, abbiamo la linea damigelle {{B:Zagara Ceremony}}. A sabato [[P:Sara]]! [[P:Rosalba]]",
            ),
        ],
    },
    # 16. Atelier: bride sends measurements, double surname, CF for deposit
    {
        "business": "atelier",
        "platform": "whatsapp",
        "customer": "Rosalia",
        "lang": "it",
        "start": "2025-02-12T11:11:00",
        "messages": [
            (
                "c",
                "buongiorno [[P:Rosalba]], sono [[P:Rosalia Ferro Mancuso]], quella del {{PD:Giulietta}} col pizzo {{B:Chantilly}}. x la caparra cosa vi serve?",
            ),
            (
                "a",
                "Ciao [[P:Rosalia]]! Nome, codice fiscale e indirizzo per la ricevuta. La caparra è {{$:€ 800}} su {{$:€ 2.650}}",
            ),
            (
                "c",
                "[[CF:FRRRSL94E49G273G]], abito in [[A:salita Sant'Antonino 9, piano terra]], [[A:90124]] [[L:Palermo]], quartiere [[L:Brancaccio]]",
            ),
            ("a", "Perfetto. Puoi fare bonifico a noi oppure pagare in negozio con carta"),
            (
                "c",
                "lo fa il mio fidanzato [[P:Salvo]] dal suo conto, [[I:IT27K0503411100000000718293]], causale caparra abito [[P:Rosalia]] ok?",
            ),
            ("c", "scusa, intendevo lui paga DA quel conto eh, il vostro iban me lo mandi?"),
            ("a", "Ahah sì tranquilla, ti mando tutto via mail. Quale mail? [[P:Rosalba]]"),
            ("c", "[[E:rosalia.ferromancuso@example.it]] grazie!! 💕"),
        ],
    },
    # 17. Atelier: English bride from Manchester marrying in Cefalù
    {
        "business": "atelier",
        "platform": "messenger",
        "customer": "Hope Baker",
        "lang": "en",
        "start": "2025-03-03T14:00:00",
        "messages": [
            (
                "c",
                "Hiya! I'm [[P:Hope Baker]], getting married at {{B:Villa Igiea}} next {{D:May}}!! I live in [[L:Manchester]], can we do a video fitting first?",
            ),
            (
                "a",
                "Hi [[P:Hope]], congratulations! Yes, we do video consultations. Do you have a style in mind? [[P:Rosalba]] from {{B:Atelier Zagara}}",
            ),
            (
                "c",
                "something like the {{PD:Giulietta}} but with sleeves. my mum [[P:Mary]] and my maid of honour [[P:Grace Okafor]] will join the call",
            ),
            (
                "a",
                "Lovely! {{D:Tuesday 11 March}} at {{TM:6pm}} Italy time? Send me your email and I'll send the {{B:Zoom}} link",
            ),
            (
                "c",
                "[[E:hope.baker[at]example[dot]co[dot]uk]]. also my fiance [[P:Mark]] is sicilian, his nonna [[P:Nunzia]] lives in [[L:Termini Imerese]], she'd love to see the dress in person lol",
            ),
            (
                "a",
                "Nonna [[P:Nunzia]] is welcome anytime 😊 we're at [[A:via Principe di Belmonte 63]]. Here is my direct number [[T:+39 091 602 4418]]",
            ),
            (
                "c",
                "amazing, thx [[P:Rosalba]]! my UK number is [[T:07700 900 852]] if the call drops",
            ),
        ],
    },
    # 18. Atelier: groom's suit for father, alterations, delivery to village
    {
        "business": "atelier",
        "platform": "whatsapp",
        "customer": "Totò Greco",
        "lang": "it",
        "start": "2025-04-22T17:45:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Salvatore Greco]], il papà della sposa [[P:Mariagrazia]]. il vestito x me è pronto? quello {{B:Carlo Pignatelli}}",
            ),
            (
                "a",
                "Buonasera signor [[P:Greco]]! Sì, manca solo l'orlo dei pantaloni. Può passare {{D:venerdì}}?",
            ),
            (
                "c",
                "venerdì nn posso, sto a [[L:Corleone]] dalla mamma. me lo potete mandare a casa? [[A:contrada Frattina 22]], [[A:90034]] [[L:Corleone]]",
            ),
            (
                "a",
                "Possiamo mandarlo con {{B:BRT}}, {{$:12 euro}}. Ci vuole qualcuno a casa per firmare",
            ),
            (
                "c",
                "c'è sempre mia moglie [[P:Carmela]], il numero di casa è [[T:091 846 1127]]. grazie assai",
            ),
            (
                "a",
                "Spedito! Tracking {{TR:BRT 0594 2211 8830}}. Un saluto a [[P:Mariagrazia]] 🤍 [[P:Rosalba]]",
            ),
        ],
    },
    # 19. Atelier: influencer collaboration, handles and links
    {
        "business": "atelier",
        "platform": "instagram",
        "customer": "chiara.sposa.style",
        "lang": "it",
        "start": "2025-05-13T10:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Chiara Ruggieri]], wedding blogger, mi trovi su @[[H:chiara.sposa.style]] e su tiktok @[[H:chiarasposa]] (180k). vi va una collab?",
            ),
            ("a", "Ciao [[P:Chiara]]! Ci piacerebbe 😍 che tipo di collaborazione pensavi?"),
            (
                "c",
                "shooting in una villa a [[L:Mondello]] con 3 vostri abiti, il fotografo è [[P:Dario Speranza]] ([[U:https://www.dariosperanzaphoto.example.it]]). la modella è [[P:Amira Haddad]], @[[H:amira.hd.model]]",
            ),
            (
                "a",
                "Bellissimo. Abiti {{PD:Giulietta}}, {{PD:Zagara Sirena}} e {{PD:Bianca Luna}}? Ne parlo con mia socia [[P:Ninni]]",
            ),
            (
                "c",
                "perfetto! per i dettagli scrivi alla mia agente [[P:Valeria]]: [[E:valeria.agency@example.com]]. il media kit è su [[U:https://linktr.ee/chiara.sposa.style]]",
            ),
            ("a", "Grazie! [[P:Ninni]] ti scrive entro {{D:venerdì}}. [[P:Rosalba]] ✨"),
        ],
    },
    # 20. Atelier: American bride, payment by card, shipping to the US
    {
        "business": "atelier",
        "platform": "messenger",
        "customer": "Serena Ortiz-Walsh",
        "lang": "en",
        "start": "2025-06-10T21:30:00",
        "messages": [
            (
                "c",
                "Hi! [[P:Serena Ortiz-Walsh]] here, I tried on the {{PD:Zagara Sirena}} when I visited [[L:Palermo]] with my aunt [[P:Lucia]]. I want to order it and ship to the US",
            ),
            (
                "a",
                "Hello [[P:Serena]]! Wonderful 🤍 We ship with {{B:DHL Express}}, it takes 5 days. Total with shipping {{$:$3,180}}",
            ),
            (
                "c",
                "Great! Address: [[A:214 Maple Street, Apt 4B]], [[L:Hoboken]], [[A:NJ 07030]]. Phone [[T:(201) 555-0147]]",
            ),
            ("a", "Thank you. I'll send an invoice with a card payment link to your email"),
            (
                "c",
                "[[E:serena.ortizwalsh@example.com]]. my card is an {{B:Amex}}, is that ok? [[C:3793 548102 93013]]",
            ),
            (
                "a",
                "{{B:Amex}} is fine, but please use the secure link, never the chat 🙏 I'll ask our accountant to delete this message. [[P:Rosalba]]",
            ),
        ],
    },
    # 21. Atelier: bride cancels, refund to IBAN, mother writes
    {
        "business": "atelier",
        "platform": "telegram",
        "customer": "Gaetana Russo",
        "lang": "it",
        "start": "2025-07-28T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno, sono la mamma di [[P:Noemi Russo]], il matrimonio è saltato 😔 lei nn se la sente di scrivere. si può avere indietro la caparra?",
            ),
            (
                "a",
                "Buongiorno signora, mi dispiace tanto. Da contratto possiamo rendere il 50%, cioè {{$:€ 300}}. Su che conto?",
            ),
            (
                "c",
                "sul mio, intestato a [[P:Gaetana Russo]]: [[I:IT57 S020 0801 6330 0010 4562 391]]",
            ),
            ("a", "Ok, bonifico entro {{D:fine agosto}}. Ci dà anche una mail per la ricevuta?"),
            (
                "c",
                "[[E:gaetana.russo chiocciola libero punto it]]. grazie x la gentilezza, [[P:Noemi]] vi ringrazia",
            ),
            ("a", "Un abbraccio a [[P:Noemi]] 🤍 [[P:Rosalba]]"),
        ],
    },
    # 22. Garage: tagliando, customer with Ukrainian wife
    {
        "business": "garage",
        "platform": "whatsapp",
        "customer": "Marco Bellini",
        "lang": "it",
        "start": "2025-01-27T07:35:00",
        "messages": [
            (
                "c",
                "buongiorno, x il tagliando della {{PD:Panda 4x4}} avete posto questa settimana? sono [[P:Marco Bellini]]",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]], {{D:mercoledì 29}} alle {{TM:8}} va bene? Tagliando completo {{$:€ 210}} con olio {{B:Selenia}}. [[P:Beppe]] - Adige Motori",
            ),
            (
                "c",
                "ok. la porta mia moglie [[P:Oksana]] perché io lavoro a [[L:Villafranca]]. lei parla poco italiano, parlate piano 😅 su insta è @[[H:oksana.kov.vr]]",
            ),
            (
                "c",
                "Добрий день, це [[P:Oksana Bellini Kovalenko]]. I come wednesday, ok? my number [[T:+39 351 907 2264]]",
                "en",
            ),
            (
                "a",
                "Hello [[P:Oksana]], yes wednesday {{TM:8:00}}, [[A:via Mantovana 91/A]]. My colleague [[P:Olena]] speaks Ukrainian, she is here in the morning",
                "en",
            ),
            ("c", "ottimo grazie mille [[P:Beppe]]! [[P:Oksana]] è contentissima 😄"),
        ],
    },
    # 23. Garage: accident, insurance, third-party details
    {
        "business": "garage",
        "platform": "messenger",
        "customer": "Chinedu Okonkwo",
        "lang": "it",
        "start": "2025-02-18T18:02:00",
        "messages": [
            (
                "c",
                "buonasera, ho avuto un incidente in [[A:corso Porta Nuova 44]], mi hanno tamponato. sono [[P:Chinedu Okonkwo]], la macchina è una {{PD:Golf 7}}, mi dicono di venire da voi",
            ),
            (
                "a",
                "Buonasera [[P:Chinedu]], mi spiace! Sta bene? Porti pure l'auto domani. Ha il CAI compilato con i dati dell'altro conducente?",
            ),
            (
                "c",
                "si, l'altro è un signore, [[P:Renato Fabbri]], abita a [[L:San Giovanni Lupatoto]], [[A:via Garofoli 187]]. telefono [[T:045 875 3391]]",
            ),
            (
                "a",
                "Perfetto, apriamo noi la pratica con {{B:Generali}}. Mi servono anche i suoi dati: mail e indirizzo",
            ),
            (
                "c",
                "[[E:chinedu.okonkwo[at]example.com]], abito in [[A:vicolo Stretto 5 int. 3]], [[A:37121]] [[L:Verona]]. il testimone era il mio collega [[P:Emeka]], lo vuole?",
            ),
            ("a", "Sì, mi dia il suo numero, lo chiama il perito. [[P:Beppe]]"),
            ("c", "[[P:Emeka Nwosu]], [[T:+39 347 661 0938]]. grazie mille davvero"),
        ],
    },
    # 24. Garage: online booking blocked, IP address, fleet invoice
    {
        "business": "garage",
        "platform": "telegram",
        "customer": "Ilaria Zanetti",
        "lang": "it",
        "start": "2025-03-10T09:20:00",
        "messages": [
            (
                "c",
                'ciao, il vostro sito nn mi fa prenotare, dice "accesso negato" dal mio ip [[IP:93.44.172.18]]. sono [[P:Ilaria Zanetti]] della ditta {{B:Zanetti Traslochi}}',
            ),
            (
                "a",
                "Ciao [[P:Ilaria]], scusa! Il firewall blocca a volte. L'ho sbloccato, riprova? [[P:Nicolò]]",
            ),
            (
                "c",
                "ora va. cmq x i 3 furgoni {{PD:Ducato}} mi fate fattura unica? P.IVA [[V:03987410234]], sede [[A:via dell'Artigianato 15]], [[A:37057]] [[L:San Giovanni Lupatoto]]",
            ),
            ("a", "Sì certo. Pagamento a 30 gg come al solito?"),
            (
                "c",
                "si, dal conto [[I:IT52M0832735330000000041729]] come sempre. i furgoni li porta [[P:Radu]], il nostro autista, [[T:328-447-1906]]",
            ),
            ("a", "Perfetto, ci accordiamo con [[P:Radu]]. Ciao [[P:Ila]]!"),
        ],
    },
    # 25. Garage: tourist from England with broken clutch on Lake Garda
    {
        "business": "garage",
        "platform": "whatsapp",
        "customer": "Gareth",
        "lang": "en",
        "start": "2025-07-19T16:50:00",
        "messages": [
            (
                "c",
                "Hello, my clutch just died 😩 we're a family from [[L:Leeds]] on holiday in [[L:Bardolino]]. I'm [[P:Gareth Leone]] - yes [[P:Leone]], my dad was from [[L:Peschiera]]",
            ),
            ("a", "Hi [[P:Gareth]], we can tow it. Where is the car exactly?"),
            (
                "c",
                "outside our apartment, [[A:Flat 2, via Marconi 18]], near the {{W:Lungolago}}. my wife [[P:Rachel]] has the keys",
            ),
            (
                "a",
                "Tow truck arrives in about 40 min, driver is [[P:Kostya]]. Repair probably {{$:€ 950}}, parts from {{B:Valeo}} ready {{D:Monday}}",
            ),
            (
                "c",
                'ok. our UK address for the invoice: [[A:"Rose Cottage", 7 Church Lane]], [[L:Otley]], [[A:LS21 3AH]]. mobile [[T:+44 7700 900 231]]',
            ),
            ("a", "Got it. Enjoy the weekend, [[P:Gareth]]! [[P:Nicolò]] - Adige Motori"),
        ],
    },
    # 26. Garage: Spanish customer, tyres, spells surname
    {
        "business": "garage",
        "platform": "instagram",
        "customer": "javi.garcia.vr",
        "lang": "it",
        "start": "2025-10-06T12:12:00",
        "messages": [
            (
                "c",
                "hola! cioè ciao 😂 devo cambiare le gomme invernali, avete {{B:Michelin}} {{PD:Alpin 6}} 205/55 R16?",
            ),
            ("a", "Ciao! Sì, 4 gomme montate {{$:€ 520}}. Nome per l'appuntamento?"),
            (
                "c",
                "[[P:Javier García Morales]], [[P:García]] con l'accento, G-A-R-C-I-A. ma tutti mi chiamano [[P:Javi]]. se serve mi trovate anche qui [[U:https://www.instagram.com/javi.garcia.vr]]",
            ),
            ("a", "Ok [[P:Javi]] 👍 {{D:giovedì 9 ottobre}} ore {{TM:14:30}}. Numero di telefono?"),
            ("c", "[[T:(+39) 366 812 0457]]. abito a [[L:Borgo Trento]], arrivo a piedi ahah"),
            ("a", "perfetto, a giovedì! [[P:Beppe]]"),
        ],
    },
    # 27. Garage: revision reminder, elderly customer, son writes
    {
        "business": "garage",
        "platform": "messenger",
        "customer": "Davide Ferrarese",
        "lang": "it",
        "start": "2025-11-03T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo x mio papà [[P:Giuseppe Leone]], ha la revisione scaduta della {{PD:Punto}} e nn usa internet",
            ),
            (
                "a",
                "Buongiorno! Nessun problema. Per la revisione servono libretto e CF del proprietario",
            ),
            (
                "c",
                "CF [[CF:LNEGPP68A05L781T]]. abita in [[A:via Cesare Abba 3, scala C]], [[L:Borgo Roma]]. io sono [[P:Davide]], il figlio, [[P:Davide Ferrarese]] (cognome della mamma, storia lunga 😂)",
            ),
            (
                "a",
                "Ahah ok [[P:Davide]]. Revisione {{$:€ 79}}, {{D:martedì 11 novembre}} alle {{TM:9}}?",
            ),
            (
                "c",
                "va bene. se serve chiamate papà al fisso [[T:045.502.118]] ma parla solo dialetto eh",
            ),
            ("a", "Tranquillo, anche [[P:Beppe]] parla veronese stretto 😄 ciao, [[P:Nicolò]]"),
        ],
    },
    # 28. Garage: Indian customer, car bought from private, transfer and bank
    {
        "business": "garage",
        "platform": "whatsapp",
        "customer": "Priya",
        "lang": "it",
        "start": "2025-09-15T13:25:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Priya Nair]], ho comprato usata una {{PD:Yaris}} da un privato e vorrei un controllo prima del passaggio",
            ),
            (
                "a",
                "Ciao [[P:Priya]]! Certo, controllo pre-acquisto {{$:€ 60}}. Chi è il venditore, la porta lui?",
            ),
            (
                "c",
                "si, il signor [[P:Mauro Rosa]] di [[L:Bussolengo]]. lui la porta {{D:venerdì}}, io arrivo dopo il lavoro",
            ),
            ("a", "Ok. Mi lascia un contatto suo e del signor [[P:Rosa]]?"),
            (
                "c",
                "io [[T:+39 333 218 4470]], lui [[T:340 918 6632]]. la mail è [[E:priya.nair.vr@example.com]]",
            ),
            ("a", "Perfetto [[P:Priya]], a venerdì. [[P:Beppe]] - Adige Motori 🔧"),
        ],
    },
    # 29. B&B: Japanese couple, late arrival by bus
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Yuki Tanaka",
        "lang": "en",
        "start": "2025-04-07T03:15:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Yuki Tanaka]] from [[L:Osaka]]. We booked 3 nights from {{D:April 24}}, booking {{R:BKG-5581204}}. Our bus from {{W:Bari}} airport arrives {{TM:23:10}}, is it ok?",
            ),
            (
                "a",
                "Hello [[P:Yuki]]! Yes of course. My husband [[P:Donato]] will wait for you at the bus stop in {{W:Piazza Matteotti}} 🙂 [[P:Angela]] - {{B:Sassi e Stelle}}",
            ),
            (
                "c",
                "Thank you so much. My husband is [[P:Kenji Tanaka]], he has a big blue suitcase, easy to see haha. His phone [[T:+1 (415) 555-0193]] (american number, he works in [[L:San Francisco]])",
            ),
            (
                "a",
                "Perfect. [[P:Donato]]'s number is [[T:+39 0835 097 318]], or mine [[T:329 771 4062]]. The B&B is at [[A:via Ridola 27]], but the door is in [[A:vico Lombardi 4]]",
            ),
            ("c", "ありがとう! sorry, thank you! see you soon 😊"),
            ("a", "ありがとう to you too 😄 safe trip, [[P:Yuki]] and [[P:Kenji]]!"),
        ],
    },
    # 30. B&B: Korean solo traveller, tour of the Sassi and cooking class
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "minji.travels",
        "lang": "en",
        "start": "2025-05-02T12:40:00",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Kim Min-ji]] ([[P:Minji]] is ok), staying with you from {{D:May 12}}. can you book me a guided tour of the {{W:Sassi}} and a pasta class?",
            ),
            (
                "a",
                "Hi [[P:Minji]]! Sure 😊 Our friend [[P:Vito Santoro]] does tours in English, {{$:€ 35}}. The {{PD:orecchiette class}} is with nonna [[P:Rosa]], {{$:€ 50}}",
            ),
            (
                "c",
                "yesss both!! {{D:May 13}} tour, {{D:May 14}} class. I'll post on my insta @[[H:minji.travels]] and my blog [[U:https://minjitravels.example.kr/italy/matera]]",
            ),
            (
                "a",
                "Love it! Tag us @{{B:sassiestelle_matera}} 😄 Tour starts at {{TM:10:00}} from the {{W:Belvedere Murgia Timone}}... sorry, from {{W:Piazza Vittorio Veneto}}",
            ),
            (
                "c",
                "ok!! my friend [[P:Park Seo-yeon]] from [[L:Busan]] may join the class, she is in [[L:Rome]] those days. her insta is @[[H:seoyeon.eats]]",
            ),
            (
                "a",
                "Of course, nonna [[P:Rosa]] loves new students. See you on the 12th! [[P:Angela]]",
            ),
        ],
    },
    # 31. B&B: wifi problem, IP, Japanese businessman
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Hiroshi Sato",
        "lang": "en",
        "start": "2025-06-18T21:05:00",
        "messages": [
            (
                "c",
                "Good evening. Room 3. Wifi does not work, my laptop says IP [[IP:169.254.33.12]]. I must join a meeting with [[L:Tokyo]] at {{TM:2 am}} 😓 - [[P:Hiroshi Sato]]",
            ),
            (
                "a",
                "So sorry Mr [[P:Sato]]! Please try the network {{W:SassiStelle_5G}}, password is on the desk card. I'm coming",
            ),
            (
                "c",
                "Now it's ok, new IP [[IP:192.168.1.47]]. Thank you. also, my colleague [[P:Takumi Watanabe]] arrives tomorrow, can he have a room?",
            ),
            (
                "a",
                "We have room 5 free, {{$:€ 110}} with breakfast. Name and email for the booking?",
            ),
            (
                "c",
                "[[P:Takumi Watanabe]], [[E:t.watanabe@example.co.jp]]. invoice to our company please, I will send details",
            ),
            ("a", "Done ✔️ booking {{R:SS-0619-05}}. Good luck with your meeting! [[P:Donato]]"),
        ],
    },
    # 32. B&B: Korean family, baby cot, pickup from train
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Lee Jun-ho",
        "lang": "en",
        "start": "2025-08-01T09:30:00",
        "messages": [
            (
                "c",
                "Hello. We are family of 3, [[P:Lee Jun-ho]], wife [[P:Choi Hana]] and baby [[P:Seo-ah]]. Do you have a baby cot? We arrive {{D:August 9}}",
            ),
            ("a", "Hi [[P:Jun-ho]]! Yes, a cot and a high chair, free. Do you arrive by train?"),
            (
                "c",
                "Yes, {{B:FAL}} train to {{W:Matera Centrale}}, {{TM:15:42}}. can someone help with stroller? 🙏",
            ),
            ("a", "[[P:Donato]] will be there with the car 🚗 Please send a phone number for him"),
            (
                "c",
                "[[T:+1 213-555-0178]] (we live in [[L:Los Angeles]], [[L:Koreatown]]). email [[E:junho.lee@example.com]]",
            ),
            (
                "a",
                "Perfect. Welcome, baby [[P:Seo-ah]] is our youngest guest this summer 👶 [[P:Angela]]",
            ),
        ],
    },
    # 33. B&B: Italian guest, invoice with P.IVA, code switching to dialect
    {
        "business": "bnb",
        "platform": "telegram",
        "customer": "Ing. Lorusso",
        "lang": "it",
        "start": "2025-09-09T08:08:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Michele Lorusso]], ho soggiornato da voi x lavoro {{D:dal 2 al 5 settembre}}, mi serve fattura intestata allo studio",
            ),
            ("a", "Buongiorno ingegnere! Mi dà i dati?"),
            (
                "c",
                "Studio Tecnico [[P:Lorusso]], [[A:via Lucana 210]], [[A:75100]] [[L:Matera]], P.IVA [[V:01239840778]], PEC [[E:studiolorusso@pec.example.it]], sito [[U:https://www.studiolorusso.example.it/michele-lorusso]]",
            ),
            (
                "a",
                "Perfetto, fattura {{R:FT-2025-311}} di {{$:€ 276,00}} inviata alla PEC. Saluti a sua moglie [[P:Angelica]]!",
            ),
            (
                "c",
                "grazie [[P:Angela]]! ah e l'amico tuo [[P:Vito]] che fa le guide, ce l'hai il numero? x i miei clienti di [[L:Altamura]]",
            ),
            ("a", "[[P:Vito Santoro]], [[T:338 20 41 967]], dici che ti mando io 😊"),
        ],
    },
    # 34. B&B: Japanese guest lost item, ship to Kyoto
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Aiko Nakamura",
        "lang": "en",
        "start": "2025-10-14T01:50:00",
        "messages": [
            (
                "c",
                "Hello [[P:Angela]]-san. I am [[P:Aiko Nakamura]], I stayed {{D:October 8-10}}. I think I left my {{B:Canon}} charger in the room 🙇",
            ),
            (
                "a",
                "Hello [[P:Aiko]]! Yes, we found it in the drawer. We can send it by {{B:Poste Italiane}}, about {{$:€ 22}}",
            ),
            (
                "c",
                "Thank you very much. Address: [[A:Nakagyo-ku, Karasuma-dori 402-15]], [[L:Kyoto]] [[A:604-8152]], Japan. Please write name [[P:NAKAMURA AIKO]]",
            ),
            ("a", "Will do. Pay here: [[U:https://pay.example.com/sassiestelle/nakamura-aiko]]"),
            ("c", "Paid 🙏 my phone [[T:+81 90 4417 2083]] for the post office if needed"),
            (
                "a",
                "Shipped! Tracking {{TR:RR 123 458 896 IT}}. Arigatou and see you again! [[P:Angela]]",
            ),
        ],
    },
    # 35. B&B: Korean couple honeymoon, special request, handles
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "honeymoon.jiwoo",
        "lang": "en",
        "start": "2025-11-20T11:00:00",
        "messages": [
            (
                "c",
                "안녕하세요! We are [[P:Jiwoo]] and [[P:Dong-hyun]], honeymoon in {{D:December}} 💕 can you prepare flowers in the room? my husband's insta is @[[H:donghyun_photo]]",
            ),
            ("a", "Congratulations!! 🥂 Of course. Which dates and names for the booking?"),
            (
                "c",
                "{{D:December 20 to 23}}, [[P:Han Jiwoo]] and [[P:Yoon Dong-hyun]]. we come from [[L:Seoul]], then [[L:Naples]]",
            ),
            (
                "a",
                "Perfect, room {{PD:Stella Cometa}} with the view on the {{W:Sassi}} at {{$:€ 140}} per night. Deposit link: [[U:https://pay.example.com/sassiestelle/han-jiwoo-1220]]",
            ),
            (
                "c",
                "paid! also our friend [[P:Grace Shin]] recommended you, she stayed last year, @[[H:gracie.shin.seoul]]",
            ),
            (
                "a",
                "Oh we remember [[P:Grace]]! Please say hi 😊 see you at {{W:Christmas}} time, [[P:Angela]] e [[P:Donato]]",
            ),
        ],
    },
    # 36. Accountant: Chinese bar owner, apertura partita IVA, daughter translates
    {
        "business": "accountant",
        "platform": "whatsapp",
        "customer": "Wang Lei",
        "lang": "it",
        "start": "2025-01-13T09:45:00",
        "messages": [
            (
                "c",
                "buongiorno dottoressa, sono la figlia di [[P:Wang Lei]], mi chiamo [[P:Wang Xinyi]] ma a scuola tutti [[P:Sofia]] (@[[H:sofi.wang.bg]] su insta). mio papà vuole prendere il bar in [[A:via Borgo Palazzo 146]]",
            ),
            (
                "a",
                "Buongiorno [[P:Sofia]]! Certo, serve aprire la partita IVA e la SCIA. Mi mandi il codice fiscale del papà e il permesso di soggiorno? [[P:Elena Gotti]]",
            ),
            (
                "c",
                "CF [[CF:WNGLEI85C14Z210T]]. residenza [[A:via Moroni 51/C]], [[A:24122]] [[L:Bergamo]]. il permesso lo porto in studio",
            ),
            (
                "a",
                "Perfetto. Apriamo con codice ATECO {{PD:56.30.00}} bar. Onorario {{$:€ 450}} + IVA. Va bene {{D:giovedì 16}} alle {{TM:17:30}}? Lo studio è in [[A:viale Papa Giovanni XXIII 88]]",
            ),
            (
                "c",
                "sì! viene anche la mamma, [[P:Chen Xiaoling]], perché il bar lo intestano a lei forse. il suo CF è [[CF:CHNXNG88T70Z210G]]",
            ),
            ("a", "Ottimo, valutiamo insieme a chi intestarlo. A giovedì [[P:Sofia]]! [[P:Elena]]"),
            ("c", "谢谢! cioè grazie 😂 papà dice grazie mille dottoressa [[P:Gotti]]"),
        ],
    },
    # 37. Accountant: Pakistani phone-shop owner, F24 and bank transfer from Pakistan
    {
        "business": "accountant",
        "platform": "whatsapp",
        "customer": "Asif Iqbal",
        "lang": "it",
        "start": "2025-02-24T14:14:00",
        "messages": [
            (
                "c",
                "salam dottoressa, sono [[P:Asif Iqbal]], negozio telefonia {{B:Iqbal Mobile Point}} in [[A:via Quarenghi 32]]. F24 di febbraio quanto pago?",
            ),
            (
                "a",
                "Buongiorno [[P:Asif]]! F24 di {{D:febbraio}}: {{$:€ 1.284,60}} tra IVA e contributi INPS. Scadenza {{D:17 marzo}}",
            ),
            (
                "c",
                "ok. mio fratello [[P:Imran]] da [[L:Lahore]] mi manda soldi per il negozio, da conto [[I:PK29MEZN0002510104379285]]. devo dichiarare?",
            ),
            (
                "a",
                "Sì, se è un prestito facciamo una scrittura privata. Mi serve il suo nome completo e indirizzo",
            ),
            (
                "c",
                "[[P:Imran Iqbal Chaudhry]], [[A:House 14, Street 7, Gulberg III]], [[L:Lahore]]. il mio CF lo avete gia: [[CF:QBLSFA79S02Z236D]] e P.IVA [[V:04217830167]]",
            ),
            (
                "a",
                "Perfetto [[P:Asif]], preparo il documento. Il mio collega [[P:Aamir]] può spiegarlo anche in urdu se vuole 😊 [[P:Elena]]",
            ),
            (
                "c",
                "shukriya! [[P:Aamir]] bhai lo conosco, è di [[L:Sialkot]] come mia moglie [[P:Nadia]]",
            ),
        ],
    },
    # 38. Accountant: English-speaking Pakistani restaurant owner, bank change and card
    {
        "business": "accountant",
        "platform": "messenger",
        "customer": "Bilal Hussain",
        "lang": "en",
        "start": "2025-04-03T16:30:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Bilal Hussain]] from {{B:Karachi Grill}} in [[L:Dalmine]]. I changed bank, new IBAN is [[I:IT67 D010 3054 4700 0000 2273 619]], please update for the F24 direct debits",
            ),
            (
                "a",
                "Hi [[P:Bilal]], updated. Your registered address is still [[A:via Provinciale 21, loc. Sabbio]], [[L:Dalmine]]?",
            ),
            (
                "c",
                "No we moved home, now [[A:via Kennedy 9, int. 2]], [[A:24044]] [[L:Dalmine]]. Also can I pay your invoice with card? [[C:4921-8200-4471-3054]]",
            ),
            (
                "a",
                "Please don't write card numbers here 🙏 I'll send a {{B:Nexi}} link. Invoice {{R:2025/0412}} is {{$:€ 366,00}}",
            ),
            (
                "c",
                "ok sorry. send the link to my accountant at home lol, my wife [[P:Ayesha]]: [[E:ayesha punto hussain chiocciola example punto com]]",
            ),
            (
                "a",
                "Done. By the way, for the 730 we need [[P:Ayesha]]'s medical receipts too. Cheers, [[P:Aamir Raza]] - {{B:Studio Orobico}}",
            ),
        ],
    },
    # 39. Accountant: Chinese wholesaler, EU supplier VAT check, remote desktop IP
    {
        "business": "accountant",
        "platform": "telegram",
        "customer": "Zhou Min",
        "lang": "it",
        "start": "2025-05-19T10:20:00",
        "messages": [
            (
                "c",
                "buongiorno dott. [[P:Gotti]], sono [[P:Zhou Min]] del magazzino {{B:Zhou Import Export}} a [[L:Stezzano]]. fornitore olandese ci manda fattura senza IVA, giusto?",
            ),
            (
                "a",
                "Buongiorno [[P:Zhou]]! Sì, reverse charge, ma controlliamo il VIES. Il numero IVA?",
            ),
            (
                "c",
                "[[V:NL812459738B01]], e un altro tedesco [[V:DE273819467]]. il nostro è [[V:07312560167]]",
            ),
            (
                "a",
                "Entrambi validi ✔️. Per il gestionale: il teleassistenza mi dice che il vostro pc si collega da [[IP:151.38.204.77]], è quello del magazzino?",
            ),
            (
                "c",
                "si è il pc di mio cugino [[P:Zhou Jian]], lui fa le fatture. la sua mail [[E:zhoujian.bg@example.cn]]",
            ),
            ("a", "Perfetto, lo sento io. [[P:Elena]]"),
            (
                "c",
                "grazie! ah, [[P:Jian]] dice che il bonifico al tedesco lo fa dal conto [[I:DE83500105175409218736]] della ditta di sua moglie in [[L:Stoccarda]], va bene?",
            ),
            (
                "a",
                "Meglio di no, deve pagare l'azienda italiana. Ne parliamo {{D:lunedì}} in studio 😉",
            ),
        ],
    },
    # 40. Accountant: Chinese nail salon owner, employee hiring, Romanian employee
    {
        "business": "accountant",
        "platform": "instagram",
        "customer": "lily_nails_bg",
        "lang": "it",
        "start": "2025-06-09T18:40:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Lily]] ([[P:Liu Li]]) di {{B:Lily Nails}} in [[A:piazza Pontida 5]]. voglio assumere una ragazza part time, come si fa?",
            ),
            (
                "a",
                "Ciao [[P:Lily]]! Ci pensa il nostro consulente del lavoro [[P:Marco Cattaneo]]. Mi dai i dati della ragazza?",
            ),
            (
                "c",
                "si chiama [[P:Andreea Popa]], rumena, vive a [[L:Seriate]], [[A:via Italia 40/2]]. il suo numero [[T:+39 327 840 1193]]",
            ),
            ("a", "Ok, le serve il codice fiscale italiano, ce l'ha? Se no lo richiediamo noi"),
            (
                "c",
                "ce l'ha, ve lo manda lei. la sua insta è @[[H:andreea.nailart]] se volete vedere i lavori 💅",
            ),
            (
                "a",
                "Bellissimi! [[P:Marco]] la chiama domani. Ciao [[P:Lily]], [[P:Elena]] - {{B:Studio Orobico}}",
            ),
        ],
    },
    # 41. Accountant: British freelancer living in Bergamo, forfettario, UK account
    {
        "business": "accountant",
        "platform": "messenger",
        "customer": "Rob Fox",
        "lang": "en",
        "start": "2025-09-22T12:00:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Robert Fox]], a UK translator living in [[L:Città Alta]] since {{D:March}}. A friend, [[P:Bianca Nwosu]], said you help foreigners with the flat-rate regime?",
            ),
            (
                "a",
                "Hi [[P:Robert]]! Yes, the {{PD:regime forfettario}}. Do you still get paid into a UK account?",
            ),
            (
                "c",
                "Yes, [[I:GB23 BARC 2003 9547 2183 05]], clients in [[L:Edinburgh]] and [[L:Dublin]]. My site is [[U:https://www.robfox-translations.example.co.uk]]",
            ),
            (
                "a",
                "That's fine, but declare it in the RW box. Can you come in? We're at [[A:viale Papa Giovanni XXIII 88]], 2nd floor",
            ),
            (
                "c",
                "Sure. Mobile [[T:+44 20 7946 0321]] (it forwards) or Italian [[T:0039 392 114 7765]]. Email [[E:rob@robfox-translations.example.co.uk]], LinkedIn [[U:https://www.linkedin.com/in/robert-fox-translator]]",
            ),
            (
                "a",
                "Booked {{D:Tuesday 30 September}} at {{TM:10:00}} with [[P:Elena]]. Cheers, [[P:Aamir]]",
            ),
        ],
    },
    # 42. Accountant: Chinese shop owner's neighbour complaint, mixed, facebook link
    {
        "business": "accountant",
        "platform": "whatsapp",
        "customer": "Hu Jing",
        "lang": "it",
        "start": "2025-12-01T08:30:00",
        "messages": [
            (
                "c",
                "dott.ssa buongiorno, sono [[P:Hu Jing]] del negozio {{B:Mille Cose}} a [[L:Treviglio]]. ho ricevuto multa dal comune, cartella nr {{R:0612025004417}}",
            ),
            ("a", "Buongiorno [[P:Hu]]! Mi mandi una foto della cartella? Chi l'ha notificata?"),
            (
                "c",
                "l'ha presa il vicino, il signor [[P:Franco Baker]], mi ha scritto su facebook [[U:https://www.facebook.com/franco.baker.treviglio]]. lui dice che è per l'insegna",
            ),
            (
                "a",
                "Ok, è la tassa sulla pubblicità. Dovrebbe essere {{$:€ 148}}. Paghiamo con F24, le preparo io",
            ),
            (
                "c",
                "grazie. la mia mail nuova è [[E:hujing.millecose@example.it]], la vecchia nn funziona. mio marito [[P:Lin Hao]] vuole parlare con voi x il 730, suo numero [[T:380 5514 209]]",
            ),
            ("a", "Perfetto, chiamo [[P:Lin]] nel pomeriggio. Buona giornata, [[P:Elena Gotti]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(42, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
