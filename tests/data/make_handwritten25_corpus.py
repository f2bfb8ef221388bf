# ruff: noqa: E501
"""Hand-written blind test corpus no. 25 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten25_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a cooking class for tourists in Florence (many
Americans), a personal trainer and gym in Milan, an electrician and alarm installer in Verona, a
cave-house B&B in Matera, a second-hand bookshop in Trieste that ships books, and an e-bike wine
tour in the Langhe.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten25_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten25_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "cooking": "Mani in Pasta Florence Cooking Class",
    "gym": "FitLab Navigli Personal Training",
    "electric": "Elettro Adige Impianti e Allarmi",
    "cave": "Grotta del Sasso B&B Matera",
    "books": "Libreria Antiquaria Il Molo Trieste",
    "ebike": "Langhe eBike & Wine Tours",
}
PAGE_IDS: dict[str, str] = {
    "cooking": "625030000000113",
    "gym": "625030000000224",
    "electric": "625030000000335",
    "cave": "625030000000446",
    "books": "625030000000557",
    "ebike": "625030000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Cooking: American couple from Ohio, shellfish allergy, doctor's note
    {
        "business": "cooking",
        "platform": "messenger",
        "customer": "Jennifer Baker",
        "lang": "en",
        "start": "2026-03-02T14:05",
        "messages": [
            (
                "c",
                "hi!! [[P:Jen Baker]] here, me and my husband [[P:Mark]] will be in [[L:Florence]] {{D:April 18-22}} and we'd LOVE to do the {{PD:Pasta & Tiramisu}} class. is there space on {{D:the 20th}}? 😊",
            ),
            (
                "a",
                "Hi [[P:Jen]]! Yes, {{D:Monday 20 April}} at {{TM:10:00}} there are 3 spots left. It's {{$:€95}} per person, wine included 🍷 Can I have a phone number for the day? – [[P:Chiara]], {{B:Mani in Pasta}}",
            ),
            (
                "c",
                "amazing! my cell is [[T:+1 (614) 555-0192]], [[P:Mark]]'s is [[T:614.555.0147]]. we're staying at an airbnb on [[A:via dei Serragli 41]], is that close??",
            ),
            (
                "a",
                "Very close, 10 min walk. We're at [[A:borgo San Frediano 22]], right next to {{W:Porta San Frediano}}. Your booking ref is {{R:MIP-2604-117}} 👍",
            ),
            (
                "c",
                "perfect. oh one thing - [[P:Mark]] has a shellfish allergy, his doctor Dr. [[P:Robert Church]] in [[L:Columbus]] wrote a note, should I email it? which address",
            ),
            (
                "a",
                "Yes please, send it to [[E:chiara.bellandi@maniinpasta-example.it]] and I'll tell our chef [[P:Gianni]] and his sous-chef [[P:Wang Lei]] 🙏",
            ),
            ("c", "sent from [[E:jenbaker.ohio@example.com]] 👍 see u on the 20th!!"),
        ],
    },
    # 2. Cooking: hen party from Manchester, surprise for the bride
    {
        "business": "cooking",
        "platform": "instagram",
        "customer": "grace.okafor",
        "lang": "en",
        "start": "2026-02-11T19:40",
        "messages": [
            (
                "c",
                "Hello 👋 saw your reel, do you do private classes for a hen party? we are 8 girls from [[L:Manchester]], my name is [[P:Grace Okafor]]",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, a private group for 8 is {{$:€780}} flat, with the {{PD:Bistecca & Pici}} or the {{PD:Florentine Feast}} menu. Which date?",
            ),
            (
                "c",
                "{{D:Saturday 6 June}}, evening if poss. the bride is [[P:Hope Adeyemi]], her insta is @[[H:hope.in.florence]] lol, we want to surprise her so pls dont tag her 🙈",
            ),
            (
                "a",
                "Haha our lips are sealed 🤐 {{TM:6pm}} works. We need a 30% deposit, here's your payment link: [[U:https://pay.example.com/maniinpasta/grace-okafor-0606]]",
            ),
            (
                "c",
                "done ✅ receipt to [[E:grace.okafor88@example.co.uk]] pls. my number is [[T:07700 900 461]] if anything changes, or ask my sister [[P:Blessing]] [[T:07700-900-312]]",
            ),
            (
                "a",
                "Got it, thanks! See you on {{D:6 June}} at [[A:borgo San Frediano 22]]. Ciao! [[P:Chiara]]",
            ),
        ],
    },
    # 3. Cooking: refund for a mother-in-law with a broken wrist
    {
        "business": "cooking",
        "platform": "whatsapp",
        "customer": "Luca Ferrante",
        "lang": "it",
        "start": "2026-03-09T08:22",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Luca Ferrante]], avevo prenotato x mia suocera [[P:Bianca]] e sua sorella [[P:Ornella]] il corso {{PD:Gnocchi della Nonna}} del {{D:12 marzo}} ma [[P:Bianca]] si è rotta il polso 😔 si puo avere il rimborso?",
            ),
            (
                "a",
                "Buongiorno [[P:Luca]], mi dispiace molto! Certo, con certificato medico rimborsiamo tutto, {{$:€170}}. Mi manda IBAN e intestatario?",
            ),
            (
                "c",
                "IBAN [[I:IT84 V020 0811 7700 0010 4583 921]] intestato a [[P:Ferrante Luca]]. il certificato glielo manda il dott. [[P:Pratesi]] direttamente, la mail è [[E:studio.pratesi@example.it]]",
            ),
            (
                "a",
                "Perfetto, appena arriva faccio il bonifico. Rif. prenotazione {{R:MIP-0312-044}}. Tanti auguri a [[P:Bianca]]! [[P:Chiara]]",
            ),
            ("c", "grazie mille, gentilissima 🙏 anche da parte di mia moglie [[P:Federica]]"),
        ],
    },
    # 4. Cooking: mother and teenage son booked through a marketplace, staying in Fiesole
    {
        "business": "cooking",
        "platform": "messenger",
        "customer": "Victoria Fox",
        "lang": "en",
        "start": "2026-04-28T16:10",
        "messages": [
            (
                "c",
                "Hi, [[P:Victoria Fox]] here ([[P:Fox]] like the animal 🦊). I booked the {{PD:Sunset Pizza Class}} for {{D:May 9}} through {{B:GetYourGuide}} but got no confirmation. Ref {{R:GYG-7XK29PL}}",
            ),
            (
                "a",
                "Hi [[P:Victoria]], found you! You're on the list, {{TM:5:30pm}}, 2 people. Is the second one [[P:Will]]?",
            ),
            (
                "c",
                "yes [[P:Will]] is my son, [[P:William Fox]], he's 15, is that ok? he's obsessed w pizza. we're staying with friends in [[L:Fiesole]], [[A:via Vecchia Fiesolana 18]], is there a bus?",
            ),
            (
                "a",
                "Teens welcome! Bus {{PD:7}} from [[L:Fiesole]] to {{W:Piazza San Marco}}, then 15 min on foot. Or call our friend [[P:Massimo Bellucci]] (we call him [[P:Max]]), taxi driver: [[T:+39 333 418 2290]] 🚕",
            ),
            (
                "c",
                "thx so much!! also can I pay the extra drinks package now? card [[C:4532 0151 1283 0366]], name [[P:V. Fox]]",
            ),
            (
                "a",
                "Please don't send cards in chat 🙏 I've deleted it, you can pay on the day. See you on the 9th! – [[P:Tommaso]]",
            ),
        ],
    },
    # 5. Cooking: gift voucher for a husband, sent by post
    {
        "business": "cooking",
        "platform": "telegram",
        "customer": "Rosa Leone",
        "lang": "it",
        "start": "2026-01-14T21:03",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Rosa Leone]] ([[P:Rosetta]] x gli amici 😄) vorrei regalare un buono x il corso a mio marito [[P:Rocco]] x il compleanno, lui adora la {{PD:ribollita}}",
            ),
            (
                "a",
                "Ciao [[P:Rosetta]]! Che bella idea. Il buono {{PD:Cucina Toscana}} per 2 costa {{$:€180}}. Lo vuoi via mail o cartaceo?",
            ),
            (
                "c",
                "cartaceo, me lo spedisci a [[A:via Pistoiese 233/4]], [[A:50145]] [[L:Firenze]]? sul campanello c'è scritto [[P:Leone-Cappelli]]. sennò lo ritira mia cognata [[P:Speranza]]",
            ),
            (
                "a",
                "Lo spediamo, arriva in 2-3 giorni. Paghi con bonifico o carta? Per la fattura mi serve anche il codice fiscale",
            ),
            ("c", "carta: [[C:5425 2334 3010 9903]] scad 08/28. CF [[CF:LNERSO72S70L781O]]"),
            (
                "a",
                "ehm meglio nn mandare la carta in chat 😅 cmq ok, addebitato e cancellato il messaggio. Buono n. {{R:BUONO-2026-031}}, ciao! [[P:Tommaso]]",
            ),
        ],
    },
    # 6. Cooking: food blogger from Bangalore living in London
    {
        "business": "cooking",
        "platform": "instagram",
        "customer": "priya.raman.eats",
        "lang": "en",
        "start": "2026-04-02T10:17",
        "messages": [
            (
                "c",
                "hi!! do you have vegetarian classes? I'm [[P:Priya Raman]], food blogger from [[L:Bangalore]] now living in [[L:London]], my blog is [[U:https://priyaeatsitaly.example.com]] and I'm @[[H:priya.raman.eats]] here",
            ),
            (
                "a",
                "Ciao [[P:Priya]]! Yes, the {{PD:Orto Toscano}} class is fully veggie 🥦 Thursdays at {{TM:11:00}}, {{$:€90}}.",
            ),
            (
                "c",
                "lovely. my friend [[P:Arjun Mehta]] wants to join, he's @[[H:arjun_cooks_ldn]]. can u do a discount if we post about it? 😇",
            ),
            ("a", "We can do 10% off for both, code {{R:ORTO10}}"),
            (
                "c",
                "deal! booking for {{D:Thursday 14 May}}. my number [[T:+44 7911 123 456]], [[P:Arjun]]'s [[T:0044 7700 900 238]]",
            ),
            ("a", "Booked ✔️ See you at [[A:borgo San Frediano 22]]! – [[P:Tommaso]]"),
        ],
    },
    # 7. Cooking: retired couple in North Carolina waiting for the recipe book
    {
        "business": "cooking",
        "platform": "whatsapp",
        "customer": "Mary Ellen Wright",
        "lang": "en",
        "start": "2026-05-06T13:30",
        "messages": [
            (
                "c",
                "Good morning, this is [[P:Mary Ellen Wright]]. We took your class last week with [[P:Chiara]] and she promised to mail us the {{PD:Ricettario Mani in Pasta}} book. Our address is [[A:1842 Maple Ridge Dr, Apt 4B]], [[L:Asheville]], [[L:North Carolina]] [[A:28801]]",
            ),
            (
                "a",
                "Good morning [[P:Mary Ellen]]! Of course, it goes out today with {{B:Poste Italiane}}, tracking {{TR:RR123456785IT}}. It takes about 2 weeks.",
            ),
            ("c", "Grazie mille, siete stati bravissimi! 😊", "it"),
            (
                "c",
                "did I say that right? my husband [[P:Hal]] says hello, he still talks about the {{PD:peposo}}",
            ),
            (
                "a",
                "Perfect Italian! 😄 Say hi to [[P:Hal]]. If you are back in [[L:Firenze]] let us know. [[P:Chiara]]",
            ),
        ],
    },
    # 8. Gym: office colleague referral, back problems, contract with codice fiscale
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "fede.bianchi",
        "lang": "it",
        "start": "2026-01-07T12:48",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Fede]], mi ha passato il vostro contatto [[P:Giuse]] del mio ufficio. vorrei fare personal 2 volte a settimana, prezzi?",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! Pacchetto 8 sedute {{$:€360}}, 16 sedute {{$:€680}}. Sei già allenato?",
            ),
            (
                "c",
                "diciamo... ho fatto {{B:CrossFit}} 2 anni fa poi basta 😅 ho un'ernia L5-S1, la fisiatra dott.ssa [[P:Serena Ricci]] dice ok ma piano",
            ),
            (
                "a",
                "Ok, ti faccio seguire da [[P:Davide]] che lavora tanto con la schiena. Mi lasci nome, cognome, CF e una mail per il contratto?",
            ),
            (
                "c",
                "[[P:Federico Bianchi]], [[CF:BNCFRC85L02F205L]], [[E:fede.bianchi85@example.it]]. abito in [[A:via Tortona 27]] se serve",
            ),
            (
                "a",
                "Perfetto. Prima seduta {{D:lunedì 12}} alle {{TM:7:30}}, siamo in [[A:alzaia Naviglio Grande 86]]. Ciao! [[P:Marco]] - {{B:FitLab}}",
            ),
        ],
    },
    # 9. Gym: Romanian member needs an invoice for her employer
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Andreea P.",
        "lang": "it",
        "start": "2026-02-03T18:55",
        "messages": [
            (
                "c",
                "Buna sera, scusate, sono [[P:Andreea Popescu]], mi serve la fattura del abbonamento {{PD:Open 12 mesi}} per il mio datore di lavoro",
            ),
            (
                "a",
                "Buonasera [[P:Andreea]]! Certo. Mi dai codice fiscale e indirizzo di residenza?",
            ),
            (
                "c",
                "CF [[CF:PPSNDR94E48Z129Q]], [[A:viale Monza 140, scala C, int. 7]], [[A:20127]] [[L:Milano]]. il cognome si scrive [[P:P-O-P-E-S-C-U]], ultima volta avete scritto [[P:Popescou]] 🙄",
            ),
            (
                "a",
                "Hai ragione scusa 🙈 La rifaccio intestata a [[P:Popescu Andreea]]. Se la fattura va all'azienda mi serve anche la loro P.IVA",
            ),
            (
                "c",
                "ah sì, è {{B:Logistica Brianza Srl}}, P.IVA [[V:02118730486]]. la mandi anche a [[E:andreea.popescu94@example.ro]]? multumesc!",
            ),
            ("a", "Fatto, inviata ✅ n. {{O:FT-2026/0218}}. [[P:Sara]]"),
        ],
    },
    # 10. Gym: English expat in Isola, physio third party
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "Robbie",
        "lang": "en",
        "start": "2026-03-17T07:05",
        "messages": [
            (
                "c",
                "hey, [[P:Robbie]] here, English guy who came for the free trial on {{D:Tuesday}}. do you guys have a sauna?",
            ),
            (
                "a",
                "Hey [[P:Robbie]]! No sauna sorry, but there's a {{PD:recovery room}} with cold plunge. Want to sign up?",
            ),
            (
                "c",
                "yeah go on. full name [[P:Robert Hemsworth-Gale]], I live in [[L:Isola]] so pretty close. phone [[T:+44 (0)7700 900 777]] still UK number lol, or my italian one [[T:351 209 4418]]",
            ),
            (
                "a",
                "Great! Monthly {{PD:Open}} is {{$:€79}}. Shall I send the registration form by email?",
            ),
            (
                "c",
                "[[E:robbie.hg@example.net]] cheers. my physio [[P:Mark Leone]] at {{B:Fisio Isola}} said I should focus on knees, can your PT check with him?",
            ),
            ("a", "Sure, give us his number and [[P:Davide]] will call him"),
            (
                "c",
                "[[T:02 8724 1190]] it's the clinic, ask for [[P:Mark]] not [[P:Marco]] they have both 😂",
            ),
            ("a", "👍 ciao [[P:Robbie]]! [[P:Sara]] - {{B:FitLab}}"),
        ],
    },
    # 11. Gym: marathon runner, coach with a linktree, same surname as the trainer
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "betta_runs",
        "lang": "it",
        "start": "2026-01-20T20:12",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Betta]] (@[[H:betta_runs]]) preparo la {{W:Milano Marathon}} di {{D:aprile}}, fate programmi di forza per runner?",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! Sì, c'è il {{PD:Run Strong}} da 6 settimane, {{$:€240}}. Ti seguirebbe [[P:Giulia Mancini]] che ha corso 12 maratone 💪",
            ),
            (
                "c",
                "top!! il mio coach di corsa è [[P:Chidi Nwosu]], magari vi sentite, ha tutti i contatti qui [[U:https://linktr.ee/chidi.runs]]",
            ),
            ("a", "Perfetto, lo contatto io. Mi dai nome completo per la scheda?"),
            (
                "c",
                "[[P:Elisabetta Mancini]]... sì stesso cognome di [[P:Giulia]] ahah nn siamo parenti giuro. se serve il CF è [[CF:MNCLBT79P61L424C]], sono nata a [[L:Trieste]] ma vivo a [[L:Città Studi]]",
            ),
            ("a", "Ahah ok! Ci vediamo {{D:sabato}} alle {{TM:9}}. [[P:Marco]]"),
        ],
    },
    # 12. Gym: corporate wellness agreement with a design studio
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Hao Chen",
        "lang": "it",
        "start": "2026-02-24T09:31",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Chen Hao]] dell'ufficio HR di {{B:Lumen Design Srl}}, vorremmo una convenzione per 15 dipendenti",
            ),
            (
                "a",
                "Buongiorno [[P:Chen]]! Volentieri. Possiamo fare {{$:€55}}/mese a persona. Mi manda i dati aziendali?",
            ),
            (
                "c",
                "{{B:Lumen Design Srl}}, [[A:via Gian Galeazzo 31]], P.IVA [[V:IT09876540213]]. referente sono io, [[T:+39 02 3660 5521]], mail [[E:h.chen@lumendesign-example.it]]. il nostro AD è [[P:Wei Zhang]], firma lui",
            ),
            (
                "a",
                "Perfetto, preparo la bozza per il dott. [[P:Zhang]], in copia la nostra commerciale [[P:Valentina Oprea]], e la mando a lei entro {{D:venerdì}}.",
            ),
            (
                "c",
                "grazie. per i pagamenti usiamo IBAN [[I:IT62S0503411750000000987215]], addebito diretto ok?",
            ),
            ("a", "Sì va benissimo. A presto, [[P:Marco Ferro]] - {{B:FitLab Navigli}}"),
        ],
    },
    # 13. Gym: sick member, mother pays the membership
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Neve",
        "lang": "it",
        "start": "2026-02-15T19:44",
        "messages": [
            (
                "c",
                "ué ciao, sono [[P:Neve]] ([[P:Nevena Jovanović]]) devo disdire il personal di domani con [[P:Davide]], ho la febbre 🤒",
            ),
            (
                "a",
                "Ciao [[P:Neve]], nessun problema, lo spostiamo. Guarisci presto! Quando vuoi recuperare?",
            ),
            (
                "c",
                "giovedì? o venerdì mattina. ah se chiama mia mamma [[P:Rosa]] dille pure che nn sono venuta eh 😂 tanto paga lei l'abbonamento lol, e nn dirlo nemmeno a [[P:Ilenia]] della reception 🤫",
            ),
            ("a", "Ahah ok 🤐 Venerdì {{TM:8:00}} con [[P:Davide]]. Ciao!"),
            ("c", "grazie mille, te set un tesor ❤️"),
        ],
    },
    # 14. Gym: short membership for a business traveller, card sent in chat
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "Karim",
        "lang": "en",
        "start": "2026-04-09T17:26",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Karim El-Sayed]], I'm in [[L:Milan]] for 3 months for work. Can I buy a short membership?",
            ),
            (
                "a",
                "Hi [[P:Karim]]! Yes, the {{PD:3-month Open}} is {{$:€210}}. You can pay at the desk or with a card link.",
            ),
            ("c", "card please. [[C:4929-4012-2813-2577]] exp 11/27 name [[P:KARIM ELSAYED]]"),
            (
                "a",
                "Please don't send card numbers here 🙏 I'll delete it. Use this link instead: [[U:https://pay.example.com/fitlab/karim-elsayed]]",
            ),
            (
                "c",
                "oh sorry! paid. my wife [[P:Layla]] wants to join too, same price? her email is [[E:layla.k.sayed@example.com]]",
            ),
            (
                "a",
                "Yes! Ask her to come by with an ID. We're at [[A:alzaia Naviglio Grande 86]], near the {{W:Darsena}}. [[P:Sara]]",
            ),
        ],
    },
    # 15. Electric: alarm quote in Veronese dialect, son as backup contact
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Giuseppe Ferro",
        "lang": "it",
        "start": "2026-01-12T08:03",
        "messages": [
            (
                "c",
                "bongiorno, son [[P:Giuseppe Ferro]], go bisogno de un preventivo par l'allarme in casa a [[L:San Giovanni Lupatoto]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Ferro]]! Volentieri. Mi dà l'indirizzo e un orario per il sopralluogo?",
            ),
            (
                "c",
                "[[A:via Garofoli 112]], villetta col cortile. mejo de matina. el numero de me fiol [[P:Nicola]] xe [[T:347-882-1034]] se no rispondo, o la so mail [[E:nicola.ferro@example.it]]",
            ),
            (
                "a",
                "Ok, passa il tecnico [[P:Matteo]] {{D:mercoledì 14}} verso le {{TM:9}}. Per la detrazione del 50% ci servirà il suo codice fiscale.",
            ),
            ("c", "[[CF:FRRGPP68A17F052Q]]. grasie"),
            ("a", "Grazie a lei! [[P:Elena]] - {{B:Elettro Adige}}"),
        ],
    },
    # 16. Electric: cameras unreachable after the provider changed the public IP
    {
        "business": "electric",
        "platform": "telegram",
        "customer": "Tommaso Bello",
        "lang": "it",
        "start": "2026-02-06T21:15",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Tommaso Bello]], ci avete montato le telecamere {{B:Hikvision}} il mese scorso. da fuori casa nn le vedo più 😤",
            ),
            (
                "a",
                "Ciao [[P:Tommaso]]! Probabilmente è cambiato l'IP pubblico. Nell'app che indirizzo vedi?",
            ),
            ("c", "c'è scritto [[IP:93.41.207.18]] ma il modem dice [[IP:151.38.112.240]]"),
            (
                "a",
                "Ecco, il gestore ti ha cambiato IP. Ti conviene un DDNS, te lo configuro da remoto domattina.",
            ),
            (
                "c",
                "ok. x la fattura dell'intervento usa la partita iva dello studio, [[V:03729160543]], studio geometri [[P:Bello]] & [[P:Leone]]",
            ),
            (
                "a",
                "Fatto, configurato. Il nuovo indirizzo è [[U:http://tbello-casa.ddns.example.net:8080]]. Intervento remoto {{$:€60}}. [[P:Matteo]]",
            ),
        ],
    },
    # 17. Electric: night call-out for a Ukrainian tenant, landlord pays
    {
        "business": "electric",
        "platform": "messenger",
        "customer": "Oksana Kovalenko",
        "lang": "it",
        "start": "2026-01-29T22:41",
        "messages": [
            (
                "c",
                "Buonasera, scusi l'orario, sono [[P:Oksana Kovalenko]], è saltata la corrente in tutta casa e il salvavita non si alza",
            ),
            (
                "a",
                "Buonasera [[P:Oksana]], ci dica l'indirizzo, il reperibile stasera è [[P:Stefano]]. Sono [[P:Elena]].",
            ),
            (
                "c",
                "[[A:vicolo San Marco in Foro 5 int. 3]], secondo piano, [[L:Verona]] centro. il proprietario è il sig. [[P:Aldo Mancini]] [[T:045 803 2217]], paga lui",
            ),
            (
                "a",
                "Ok, [[P:Stefano]] arriva in 40 min. Uscita notturna {{$:€90}} + materiale. Intanto stacchi lavatrice e boiler.",
            ),
            (
                "c",
                "ok grazie, il mio numero è [[T:+39 389 450 7716]], se suona non sento il citofono",
            ),
            ("a", "[[P:Stefano]] la chiama appena arriva 👍"),
            ("c", "Дякую! scusi, grazie mille!!"),
        ],
    },
    # 18. Electric: condominium administrator, earthing check, doorkeeper on site
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Marco Serena",
        "lang": "it",
        "start": "2026-03-04T10:20",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Marco Serena]], amministratore del condominio {{B:Residenza Le Torricelle}} in [[A:via Mameli 48]]. Serve la verifica della messa a terra.",
            ),
            (
                "a",
                "Buongiorno geom. [[P:Serena]]! Per i condomini facciamo verifica + certificazione a {{$:€380}}. Intestazione fattura?",
            ),
            (
                "c",
                "al condominio, per conoscenza la P.IVA del mio studio è [[V:08133770027]]. pagamento con bonifico, mi mandate voi l'iban?",
            ),
            (
                "a",
                "Certo: [[I:IT27B0892882650000000331107]], intestato a {{B:Elettro Adige Snc}} di [[P:Elena Zardini]] e C.",
            ),
            (
                "c",
                "ok. la referente sul posto è la portinaia sig.ra [[P:Pilar García López]], [[T:0039 045 912 3380]], parla bene italiano",
            ),
            (
                "a",
                "Perfetto, la chiamiamo per fissare. Verranno [[P:Matteo]] e l'apprendista [[P:Kevin Osei]]. [[P:Elena]]",
            ),
        ],
    },
    # 19. Electric: English buyer of an old farmhouse in Valpolicella
    {
        "business": "electric",
        "platform": "instagram",
        "customer": "will.baker.vr",
        "lang": "en",
        "start": "2026-03-21T15:37",
        "messages": [
            (
                "c",
                "hi! [[P:Will Baker]] here, bought an old farmhouse near [[L:Negrar]], the wiring is from the 60s 😬 do you speak english?",
            ),
            (
                "a",
                "Hi [[P:Will]]! Yes, a bit 😊 We can do a full rewiring quote plus alarm. Where is the house exactly?",
            ),
            (
                "c",
                "[[A:località Ca' Bianca 7]], fraz. [[L:Mazzano]], [[A:37024]] [[L:Negrar]]. google maps is wrong, look for the red gate. the fibre has a static IP [[IP:79.12.220.6]] if that helps for the alarm app",
            ),
            (
                "a",
                "Great, that helps. Our [[P:Matteo]] can come {{D:Friday}} at {{TM:2pm}}. Phone?",
            ),
            (
                "c",
                "[[T:+44 20 7946 0321]] is my office in [[L:London]], better whatsapp [[T:+44 7700 900 884]]. my partner [[P:Grace]] will be there, she lives there full time",
            ),
            (
                "a",
                "Perfect, see you Friday, say hi to [[P:Grace]]. [[P:Elena]] - {{B:Elettro Adige}}",
            ),
        ],
    },
    # 20. Electric: daughter orders a video intercom and SOS bracelet for her mother
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Speranza",
        "lang": "it",
        "start": "2026-04-13T11:08",
        "messages": [
            (
                "c",
                "salve sono [[P:Speranza]], mia mamma [[P:Lucia Russo]] abita da sola a [[L:Bussolengo]] e vorrei installarle un videocitofono e un pulsante di emergenza",
            ),
            (
                "a",
                "Salve [[P:Speranza]]! Ottima idea. Abbiamo il kit {{PD:SafeHome Senior}} con braccialetto SOS, {{$:€490}} installato.",
            ),
            (
                "c",
                "va bene. indirizzo [[A:via Dante Alighieri 9]], piano terra. il braccialetto deve chiamare me e mio fratello [[P:Ivo]]: [[T:340 118 7723]] e [[T:(+39) 328/445.9021]]",
            ),
            ("a", "Perfetto, li programmo tutti e due. La fattura a nome di chi?"),
            (
                "c",
                "mio: [[P:Speranza Russo]], mail [[E:speranza punto russo chiocciola libero punto it]]",
            ),
            ("a", "Ricevuto. Installazione {{D:martedì 21 aprile}} mattina. [[P:Stefano]]"),
        ],
    },
    # 21. Electric: shop owner needs a declaration of conformity, retired electrician
    {
        "business": "electric",
        "platform": "telegram",
        "customer": "Ahmed",
        "lang": "it",
        "start": "2026-05-05T16:50",
        "messages": [
            (
                "c",
                "ciao, io [[P:Ahmed Benali]], ho negozio {{B:Sapori di Casablanca}} in [[A:corso Porta Nuova 61]], ASL dice serve dichiarazione conformità impianto",
            ),
            (
                "a",
                "Ciao [[P:Ahmed]]! Sì, la DiCo. Se l'impianto l'abbiamo fatto noi la troviamo in archivio, altrimenti serve una verifica.",
            ),
            (
                "c",
                "impianto fatto da altro elettricista, sig. [[P:Bruno Zanella]], adesso pensionato. suo numero [[T:045.7150.228]]",
            ),
            ("a", "Proviamo a chiamarlo. Intanto mi mandi P.IVA del negozio?"),
            (
                "c",
                "P.IVA [[V:04512780232]]. mio fratello [[P:Youssef]] viene lui a aprire, grazie fratello 🙏",
            ),
            ("a", "Figurati! [[P:Matteo]]"),
        ],
    },
    # 22. Cave B&B: British couple, invoice address on Church Road
    {
        "business": "cave",
        "platform": "messenger",
        "customer": "Hannah Church",
        "lang": "en",
        "start": "2026-05-18T09:12",
        "messages": [
            (
                "c",
                "Hi! We're [[P:Hannah]] and [[P:Tom Church]] from [[L:Bristol]], booked the {{PD:Grotta Suite}} for {{D:3-6 July}} via {{B:Booking.com}}, ref {{R:4172.558.903}}. Is there parking?",
            ),
            (
                "a",
                "Hello [[P:Hannah]] and [[P:Tom]]! There's a public car park at {{W:Piazza della Visitazione}}, then 8 min walk down into the {{W:Sasso Caveoso}}. We can meet you there 😊",
            ),
            (
                "c",
                "lovely. do you need our passports? [[P:Tom]] is a bit paranoid about sending docs by chat haha",
            ),
            (
                "a",
                "Italian law requires them for the police registration, but you can just show them at check-in. I'm [[P:Rosanna]], see you in July!",
            ),
            (
                "c",
                "great. address for the invoice: [[A:Flat 2, 14 Church Road]], [[L:Redland]], [[L:Bristol]] [[A:BS6 7BE]], email [[E:hannah.church at example dot co dot uk]]",
            ),
            (
                "a",
                "Noted 👍 [[P:Rosanna]] - {{B:Grotta del Sasso}} (my husband [[P:Egidio]] will carry your bags 😉)",
            ),
        ],
    },
    # 23. Cave B&B: family from Bari for Easter Monday, deposit by bank transfer
    {
        "business": "cave",
        "platform": "whatsapp",
        "customer": "Nicoletta Lorusso",
        "lang": "it",
        "start": "2026-03-10T20:30",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Nicoletta Lorusso]] da [[L:Bari]], x il weekend di {{W:Pasquetta}} avete una camera x 3? io mio marito e la piccola [[P:Chiara]]",
            ),
            (
                "a",
                "Buonasera [[P:Nicoletta]]! Per {{D:5-6 aprile}} ci resta la {{PD:Stanza del Forno}}, {{$:€140}} a notte colazione inclusa, culla gratis.",
            ),
            ("c", "perfett, la pigghiamo 😄 cosa ti serve?"),
            (
                "a",
                "Nomi di tutti e un documento al check-in. Acconto 30% su IBAN [[I:IT95 S010 0503 3820 0000 0218 844]] intestato a [[P:Rosanna Laurenzana]]",
            ),
            (
                "c",
                "fatto bonifico da {{$:€84}}. siamo [[P:Nicoletta Lorusso]], [[P:Vito Santoro]] e [[P:Chiara Santoro]]. arriviamo col treno {{B:FAL}} verso le {{TM:18}}",
            ),
            (
                "a",
                "Perfetto! Vi aspetto a {{W:Matera Centrale}} 😊 [[P:Chiara]] avrà un regalino da [[P:Mimma]]! [[P:Rosanna]]",
            ),
        ],
    },
    # 24. Cave B&B: Spanish guest planning a marriage proposal, photographer
    {
        "business": "cave",
        "platform": "instagram",
        "customer": "mx.gonzalez",
        "lang": "en",
        "start": "2026-06-02T22:05",
        "messages": [
            (
                "c",
                "Hola! sorry my english. I am [[P:Mateo González Ruiz]] from [[L:Valencia]], I want to propose to my girlfriend [[P:Lucía]] in [[L:Matera]] 💍",
            ),
            (
                "a",
                "Ciao [[P:Mateo]]! How romantic 😍 We can prepare the {{PD:Grotta Suite}} with candles and prosecco, and a photographer friend can hide on the terrace.",
            ),
            ("c", "¡Qué bien! ¿Cuánto cuesta el fotógrafo?", "es"),
            (
                "a",
                "The photographer is [[P:Donato Ferri]], he asks {{$:€150}} for 1 hour. His portfolio: [[U:https://donatoferri-photo.example.com]]",
            ),
            (
                "c",
                "perfect!!! book it for {{D:September 19}}. my phone [[T:+34 612 345 678]], mail [[E:mateo.gonzalez.ruiz@example.es]]",
            ),
            ("a", "Done 🤫 [[P:Lucía]] won't know a thing. [[P:Rosanna]]"),
        ],
    },
    # 25. Cave B&B: charger forgotten under the bed, shipped to Naples
    {
        "business": "cave",
        "platform": "telegram",
        "customer": "Angela Galante",
        "lang": "it",
        "start": "2026-04-21T12:44",
        "messages": [
            (
                "c",
                "ciao [[P:Rosanna]], sono [[P:Angela]] della camera {{PD:Cisterna}}, credo di aver lasciato il caricabatterie del pc sotto il letto 🙈",
            ),
            ("a", "Ciao [[P:Angela]]! Sì, l'ha trovato [[P:Mimma]] stamattina. Te lo spedisco?"),
            (
                "c",
                "sì grazie!! [[P:Angela Galante]], [[A:salita Sant'Anna 3, interno 2]], [[A:80135]] [[L:Napoli]], zona [[L:Montesanto]]. ti rimborso la spedizione, satispay?",
            ),
            (
                "a",
                "Sì, il mio satispay è al [[T:339 602 1187]]. Spedisco con {{B:BRT}}, {{$:€9,90}}",
            ),
            ("c", "fatto ✔️ mandami il tracking pls"),
            ("a", "{{TR:BRT 0581 2249 7731}} 📦"),
        ],
    },
    # 26. Cave B&B: conference guest needs a VAT invoice for a German company
    {
        "business": "cave",
        "platform": "messenger",
        "customer": "Divya Krishnan",
        "lang": "en",
        "start": "2026-02-16T08:50",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Divya Krishnan]], I stayed {{D:Feb 10-12}} for a conference. My company needs the invoice with VAT, we're based in [[L:Munich]]",
            ),
            ("a", "Hi [[P:Divya]]! Sure, send me company name, address and VAT number."),
            (
                "c",
                "{{B:Kestrel Analytics GmbH}}, [[A:Leopoldstraße 82]], [[A:80802]] [[L:München]], VAT [[V:DE136695976]]. please send to [[E:divya [at] kestrel-example [dot] de]]",
            ),
            (
                "a",
                "Done, invoice {{O:FT 12/2026}} sent. The city tax you paid twice goes back to which account?",
            ),
            (
                "c",
                "[[I:DE56 3704 0044 0532 0130 12]], thanks! my colleague [[P:Sandeep]] wants to book in May, he's @[[H:sandeep.travels]] on insta if you want to reach out",
            ),
            ("a", "Refunded ✅ Hope the conference went well! [[P:Rosanna]]"),
        ],
    },
    # 27. Cave B&B: guest asks for a guide, daughter with vertigo, key box
    {
        "business": "cave",
        "platform": "whatsapp",
        "customer": "Paola De Marco",
        "lang": "it",
        "start": "2026-05-01T15:15",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Paola De Marco Falcone]], ospite da voi da {{D:stasera}}. Mi consiglia una guida x i {{W:Sassi}} e la {{W:Murgia}}?",
            ),
            (
                "a",
                "Salve [[P:Paola]]! Le consiglio [[P:Leonardo Dell'Acqua]], guida abilitata, bravissimo. Lo trova al [[T:+39 320 5518 902]] o [[E:leo.dellacqua@example.it]]",
            ),
            ("c", "grazie! mia figlia [[P:Bianca]] soffre di vertigini, il percorso è tranquillo?"),
            (
                "a",
                "In città sì, sulla {{W:Murgia}} ci sono scalini e un ponte tibetano, meglio dirlo a [[P:Leonardo]].",
            ),
            ("c", "ok. arriviamo tardi tipo {{TM:22:30}}, lasciate le chiavi?"),
            (
                "a",
                "Sì, cassetta con codice {{R:4471}} accanto alla porta, [[A:vico Purgatorio 11]]. Buon viaggio!",
            ),
        ],
    },
    # 28. Cave B&B: Nigerian-British travel creator asks for a collaboration
    {
        "business": "cave",
        "platform": "instagram",
        "customer": "tobi.wanders",
        "lang": "en",
        "start": "2026-07-08T18:22",
        "messages": [
            (
                "c",
                "Hey! I'm [[P:Tobi Adeleke]], travel creator (@[[H:tobi.wanders]], 84k). Would love to feature your cave rooms in a reel in exchange for 2 nights?",
            ),
            (
                "a",
                "Hi [[P:Tobi]]! Thanks for reaching out, [[P:Egidio]] and I love your videos. Do you have a media kit?",
            ),
            (
                "c",
                "sure: [[U:https://tobiwanders.example.com/mediakit]] and my youtube [[U:https://youtube.com/@tobiwanders]]",
            ),
            ("a", "Looks great. We could do {{D:26-28 October}}. Who's coming with you?"),
            (
                "c",
                "my partner [[P:Chioma]], she shoots the drone stuff, her handle is @[[H:chioma.films]]. we're driving down from [[L:Peckham]] lol",
            ),
            (
                "a",
                "Perfect, ask her to check the drone rules, the {{W:Sassi}} are a {{W:UNESCO}} site 😉 [[P:Rosanna]]",
            ),
        ],
    },
    # 29. Cave B&B: couple from Salento, post goes to their son in Bari
    {
        "business": "cave",
        "platform": "telegram",
        "customer": "Cosimo Greco",
        "lang": "it",
        "start": "2026-06-11T10:02",
        "messages": [
            (
                "c",
                "uè buongiorno, so' [[P:Cosimo Greco]], vengo da [[L:Lecce]] con mia moglie [[P:Addolorata]], avete posto {{D:sabato}}?",
            ),
            (
                "a",
                "Buongiorno [[P:Cosimo]]! Sì, la {{PD:Stanza della Neviera}}, {{$:€120}}. Per la ricevuta mi serve un indirizzo.",
            ),
            (
                "c",
                "[[A:contrada Masseria Nuova 14]], [[L:San Cesario di Lecce]]. però la posta mandatela a mio figlio [[P:Luigi]], [[A:lungomare Nazario Sauro 22, scala A]], [[L:Bari]]",
            ),
            (
                "a",
                "Perfetto. Vi aspetto al parcheggio in [[A:via Lucana 204]], rione [[L:Piccianello]]. [[P:Rosanna]]",
            ),
            ("c", "grazie assai, a sabato. il mio cell [[T:3203314477]]"),
        ],
    },
    # 30. Books: first edition of a Svevo novel, insured shipping to Gorizia
    {
        "business": "books",
        "platform": "messenger",
        "customer": "Dario Pahor",
        "lang": "it",
        "start": "2026-01-23T11:36",
        "messages": [
            (
                "c",
                "Buongiorno, ho visto sul sito la prima edizione de {{PD:La coscienza di Zeno}} del 1923, è ancora disponibile?",
            ),
            (
                "a",
                "Buongiorno! Sì, {{$:€1.200}}, copertina originale con una piccola mancanza al dorso. Posso mandarle le foto.",
            ),
            (
                "c",
                "sì grazie. sono [[P:Dario Pahor]], di [[L:Gorizia]]. se la compro me la spedite assicurata?",
            ),
            (
                "a",
                "Certo, con {{B:Poste Italiane}} assicurata {{$:€18}}. Mi dà l'indirizzo completo?",
            ),
            ("c", "[[A:via Rastello 44]], [[A:34170]] [[L:Gorizia]]. il bonifico su che conto?"),
            (
                "a",
                "IBAN [[I:IT37P0306909606100000063417]] intestato {{B:Libreria Il Molo}} di [[P:Ivana Sancin]]. Ordine {{O:#2026-0187}}",
            ),
            ("c", "grazie signora [[P:Sancin]], bonifico fatto 👍"),
        ],
    },
    # 31. Books: American professor in Vermont, Italian Ulysses, colleague collector
    {
        "business": "books",
        "platform": "whatsapp",
        "customer": "Emily Fox-Whitaker",
        "lang": "en",
        "start": "2026-02-19T14:58",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Emily Fox-Whitaker]], I teach at a college in [[L:Vermont]]. Do you ship to the US? I'm after an early Italian {{PD:Ulysses}}",
            ),
            (
                "a",
                "Hello [[P:Emily]]! Yes, we ship with {{B:DHL}}, about {{$:€45}}. We have {{PD:Ulisse}} ({{B:Mondadori}}, 1960) at {{$:€220}}.",
            ),
            (
                "c",
                "I'll take it! ship to [[P:Emily Fox-Whitaker]], [[A:27 Maple Street, Apt 3]], [[L:Middlebury]], VT [[A:05753]]. phone [[T:(802) 555-0163]]",
            ),
            (
                "a",
                "Wonderful. Total {{$:€265}}, pay by card here: [[U:https://pay.example.com/ilmolo/order-2026-0192-fox]]",
            ),
            (
                "c",
                "paid! also my colleague Dr. [[P:Tariq Hassan]] collects {{W:Habsburg}} postcards, can I give him your email?",
            ),
            (
                "a",
                "Of course: [[E:ivana.sancin@libreriailmolo-example.it]]. Tracking tomorrow. [[P:Ivana]]",
            ),
        ],
    },
    # 32. Books: clearing a late father's library, Triestine dialect, neighbour with the keys
    {
        "business": "books",
        "platform": "telegram",
        "customer": "Stefano Cergol",
        "lang": "it",
        "start": "2026-03-26T09:14",
        "messages": [
            (
                "c",
                "bon dì, xe [[P:Stefano Cergol]], go de svodar la casa de mio papà che xe mancà, ga più de 2000 libri. ve interessa?",
            ),
            (
                "a",
                "Buongiorno [[P:Stefano]], condoglianze. Sì ci interessa, possiamo venire a vedere. Dove si trova?",
            ),
            (
                "c",
                "[[A:strada del Friuli 218]], sopra [[L:Gretta]]. le chiavi le ga la vicina sig.ra [[P:Nives Kralj]], [[T:040 41 22 06]]",
            ),
            (
                "a",
                "Ok. Passa mio marito [[P:Franco]] {{D:giovedì}} dopo le {{TM:15}}. Che genere di libri?",
            ),
            (
                "c",
                "tanta storia, {{W:Risorgimento}}, e roba in sloven. el notaio xe el dott. [[P:Paolo Jelen]], lui ga la lista. scrivighe a [[E:p.jelen@notai-example.it]]",
            ),
            (
                "a",
                "Perfetto, grazie. Avviso il dott. [[P:Jelen]] che passa [[P:Franco]]. [[P:Ivana]]",
            ),
        ],
    },
    # 33. Books: parcel left with an aunt on the ground floor
    {
        "business": "books",
        "platform": "instagram",
        "customer": "andrea.bookworm",
        "lang": "it",
        "start": "2026-04-07T17:03",
        "messages": [
            (
                "c",
                "ciao! ordine {{O:#2026-0174}}, il tracking {{TR:RQ482913375IT}} dice consegnato ma io nn ho niente 😭",
            ),
            ("a", "Ciao! Mi dici nome e indirizzo per controllare?"),
            (
                "c",
                "[[P:Andrea Ghezzi]], [[A:via Cesare Battisti 7, scala B, piano 3]], [[L:Bergamo]]. il portiere [[P:Gianni]] dice che nn è passato nessuno",
            ),
            (
                "a",
                "Ho sentito {{B:Poste}}: il postino l'ha lasciato alla sig.ra [[P:Ghezzi Marisa]] allo stesso civico, è una parente?",
            ),
            (
                "c",
                "è mia zia!! 🤦‍♀️ sta al piano terra, ok scusate. vi taggo nelle storie, io sono @[[H:andrea.bookworm]] 📚",
            ),
            ("a", "Ahah meno male! Salutaci la zia [[P:Marisa]] 😄 Grazie 💛 [[P:Ivana]]"),
        ],
    },
    # 34. Books: water-damaged copy refunded to a UK account, new cottage address
    {
        "business": "books",
        "platform": "messenger",
        "customer": "Oliver Grant",
        "lang": "en",
        "start": "2026-05-12T19:27",
        "messages": [
            (
                "c",
                "Hi, I ordered two books ({{O:#2026-0161}}) but one arrived with water damage 😞 [[P:Oliver Grant]], [[L:Leeds]]",
            ),
            (
                "a",
                "Oh no, so sorry [[P:Oliver]]! Could you send a photo? We'll refund that one, {{$:€38}}.",
            ),
            (
                "c",
                "photo sent. refund to my bank please: [[I:GB72 NWBK 6016 1331 9268 21]], account name [[P:O J Grant]]",
            ),
            (
                "a",
                "Refund done ✅ Sorry again, my colleague [[P:Kristjan]] packed that one in the rain. [[P:Ivana]] - {{B:Il Molo}}",
            ),
            (
                "c",
                "brilliant, cheers. btw my address changed for future orders: [[A:Rose Cottage, 3 Mill Lane]], [[L:Headingley]], [[A:LS6 3HJ]]",
            ),
            ("a", "Updated 👍"),
        ],
    },
    # 35. Books: Marco Polo volumes shipped c/o a dentist's practice in Padua
    {
        "business": "books",
        "platform": "whatsapp",
        "customer": "Marisa Zhou",
        "lang": "it",
        "start": "2026-06-03T13:11",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Zhou Marisa]], vorrei i 3 volumi de {{PD:Il Milione}} edizione illustrata",
            ),
            (
                "a",
                "Salve! Sì, {{$:€75}} tutti e tre. Ritiro in negozio in [[A:via del Ponte 4]] o spedizione?",
            ),
            (
                "c",
                "spedizione c/o Studio Dentistico [[P:Ferraro]], [[A:viale XX Settembre 16]], [[L:Padova]], lavoro lì. fattura con CF pls",
            ),
            ("a", "Ok, mi mandi il codice fiscale e una mail"),
            ("c", "[[CF:ZHOMRS90H46Z210M]] e [[E:marisa.zhou chiocciola gmail punto com]]"),
            (
                "a",
                "Grazie! Ecco il link per pagare: [[U:https://pay.example.com/ilmolo/zhou-marisa]]",
            ),
            ("c", "pagato con carta 👍 se nn ci sono io lo prende la dott.ssa [[P:Ferraro]]"),
        ],
    },
    # 36. Books: Nigerian PhD student blocked by the website firewall
    {
        "business": "books",
        "platform": "telegram",
        "customer": "Hope Ogunleye",
        "lang": "en",
        "start": "2026-01-31T16:45",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Hope Ogunleye]], trying to create an account on your website but it says my IP [[IP:2.36.144.95]] is blocked?? I'm in [[L:Udine]] for my PhD",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Sorry, our firewall is a bit aggressive 😅 I've whitelisted it. Try again?",
            ),
            ("c", "works now, thanks! ordered {{PD:Trieste e un certo Joyce}}"),
            ("a", "Got it, order {{O:#2026-0201}}. Shall we ship to [[L:Udine]]?"),
            (
                "c",
                "Sì, spedite a [[A:via Aquileia 29/A]], [[A:33100]] [[L:Udine]], citofono [[P:Bassi]] (la mia padrona di casa)",
                "it",
            ),
            ("a", "Perfetto! Grazie [[P:Hope]] 📚", "it"),
        ],
    },
    # 37. E-bike: Irish corporate team day, contract and VAT
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Mark Hughes",
        "lang": "en",
        "start": "2026-04-15T10:40",
        "messages": [
            (
                "c",
                "Hi, [[P:Mark Hughes]] from {{B:Bramble Consulting Ltd}} in [[L:Dublin]]. We want a team day on e-bikes with wine tasting for 12 people, {{D:June 11}}",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Great. Our {{PD:Barolo Loop}} (35 km, 3 wineries) is {{$:€145}} pp with lunch, starting from [[L:La Morra]].",
            ),
            ("c", "sounds good. invoice to the company pls, VAT [[V:IE6388047V]]"),
            ("a", "Noted. Who's the contact on the day?"),
            (
                "c",
                "my colleague [[P:Aoife Byrne]], [[T:+353 87 123 4567]]. contract to me: [[E:mark.hughes@bramble-example.ie]]",
            ),
            ("a", "Sent! [[P:Luca]] - {{B:Langhe eBike}}"),
        ],
    },
    # 38. E-bike: surprise 40th birthday tour, tall boyfriend
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "serena.vitale",
        "lang": "it",
        "start": "2026-05-08T21:19",
        "messages": [
            (
                "c",
                "ciao! vorrei fare una sorpresa al mio ragazzo [[P:Paolo]] per i suoi 40 anni, un tour e-bike con degustazione di {{PD:Barbaresco}} x 2",
            ),
            (
                "a",
                "Ciao! Che bello 🎉 Il {{PD:Tour dei Crus}} per 2 è {{$:€240}}, partenza {{TM:9:30}} dalla nostra sede a [[L:Neive]]",
            ),
            (
                "c",
                "perfetto per {{D:sabato 23 maggio}}. io sono [[P:Serena Vitale]], [[T:338.771.2045]]. lui è alto 1,95 serve una bici grande 😂",
            ),
            (
                "a",
                "Nessun problema, abbiamo una {{B:Haibike}} taglia XL. Acconto {{$:€60}} qui: [[U:https://pay.example.com/langhebike/serena-vitale-2305]]",
            ),
            ("c", "pagato! taggami nelle foto: @[[H:serena.vitale]] e lui @[[H:paolo_b_1986]] 📸"),
            ("a", "Certo! A sabato, [[P:Luca]]"),
        ],
    },
    # 39. E-bike: French group through an agency, pregnant rider goes by van
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Sophie Leclerc",
        "lang": "en",
        "start": "2026-03-30T08:33",
        "messages": [
            (
                "c",
                "Bonjour! Sorry, I write in english. [[P:Sophie Leclerc]], we are 4 from [[L:Lyon]] and want a tour with {{PD:Nebbiolo}} tasting on the {{W:Ascension}} weekend",
            ),
            (
                "a",
                "Bonjour [[P:Sophie]]! For {{D:May 14-17}} we still have {{D:Friday 15}}, {{$:€125}} pp.",
            ),
            ("c", "Parfait, on prend le vendredi !", "fr"),
            ("a", "Great! Names of the 4 riders and heights for the bikes please"),
            (
                "c",
                "[[P:Sophie Leclerc]] 1m68, [[P:Antoine Leclerc]] 1m82, [[P:Camille Rousseau]] 1m60, [[P:Nour Haddad]] 1m75. [[P:Nour]] is 4 months pregnant, ok?",
            ),
            (
                "a",
                "Please ask her doctor; for safety we'd suggest she follows by van with our driver [[P:Beppe]] 🚐",
            ),
            (
                "c",
                "ok she will ask Dr. [[P:Martin]], her gyneco in [[L:Villeurbanne]]. our agency pays, invoice to {{B:Voyages Rhône Sarl}}, TVA [[V:FR40303265045]]",
            ),
        ],
    },
    # 40. E-bike: broken derailleur, lost Ray-Ban at a winery
    {
        "business": "ebike",
        "platform": "telegram",
        "customer": "Giovanni Bruno",
        "lang": "it",
        "start": "2026-06-22T19:05",
        "messages": [
            (
                "c",
                "cerea, sono [[P:Giovanni Bruno]] di [[L:Torino]], ieri al tour ho rotto il deragliatore della bici, mi spiace 😬",
            ),
            (
                "a",
                "Ciao [[P:Giovanni]], tranquillo capita! Il meccanico, [[P:Ferro]] ([[P:Sandro]] per gli amici), dice {{$:€45}} di ricambio.",
            ),
            ("c", "ok, dammi l'IBAN che pago"),
            (
                "a",
                "IBAN [[I:IT84R0760101600001029384756]] intestato a {{B:Langhe eBike Srls}}, causale ricambio deragliatore",
            ),
            (
                "c",
                "fatto. ah, mia moglie [[P:Marisa]] ha perso gli occhiali {{B:Ray-Ban}} a [[L:Serralunga d'Alba]] alla cantina {{B:Cascina Sorì}}, li hanno trovati?",
            ),
            (
                "a",
                "Sì! Li ha [[P:Daniela]] della cantina, la figlia del sig. [[P:Rivetti]]. Ve li spediamo a casa?",
            ),
            ("c", "sì: [[A:corso Casale 186 bis]], [[A:10132]] [[L:Torino]]. grassie neh"),
        ],
    },
    # 41. E-bike: insurance needs the booker's codice fiscale, a beginner friend
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Serena Zanetti",
        "lang": "it",
        "start": "2026-05-19T12:27",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Serena Zanetti]] di [[L:Verona]], ho prenotato il tour {{R:LEB-0524-09}} per 5. l'assicurazione vuole i CF?",
            ),
            ("a", "Ciao [[P:Serena]]! Sì, solo del titolare della prenotazione."),
            (
                "c",
                "[[CF:ZNTSRN83B49L781Q]]. un'amica, [[P:Li Na]], non è mai andata in e-bike, va bene lo stesso?",
            ),
            (
                "a",
                "Certo, facciamo 10 minuti di prova prima. Ritrovo in [[A:via Borgonuovo 12]], [[L:Neive]], alle {{TM:9:45}}",
            ),
            ("c", "ok! se ritardiamo chi chiamo?"),
            ("a", "Chiama [[P:Luca]] al [[T:+39 347 220 9918]]. A {{D:domenica}}!"),
        ],
    },
    # 42. E-bike: American couple of creators, truffle season
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "hope_and_grace_travel",
        "lang": "en",
        "start": "2026-07-14T23:48",
        "messages": [
            (
                "c",
                "hiii we're [[P:Hope]] & [[P:Grace]] (@[[H:hope_and_grace_travel]]) from [[L:Austin]], doing a road trip in [[L:Piedmont]] in {{D:October}} 🍂 truffle season right?",
            ),
            (
                "a",
                "Yes! The {{W:Fiera del Tartufo}} in [[L:Alba]] 🍄 Our {{PD:Truffle & Barolo Ride}} runs on weekends, {{$:€165}} pp.",
            ),
            (
                "c",
                "omg yes. {{D:Oct 17}} pls. [[P:Grace]]'s number is [[T:+1 512-555-0138]], mine [[T:512 555 0174]]. can you charge my card now? [[C:6011-0009-9013-9424]]",
            ),
            (
                "a",
                "Booked, ref {{R:LEB-1017-02}}! For safety I'll send a payment link instead of using the card from chat. Full names for the list please 🙂",
            ),
            (
                "c",
                "[[P:Hope Martinez]] and [[P:Grace Nakamura-Bell]] 💕 link to [[E:hope.martinez.atx@example.com]] pls",
            ),
            ("a", "Done, see you in [[L:La Morra]], [[P:Hope]] and [[P:Grace]]! [[P:Luca]]"),
        ],
    },
    # 43. E-bike: Romanian cycling guide applies for the season
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Radu Ionescu",
        "lang": "it",
        "start": "2026-02-27T18:09",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Radu Ionescu]], guida cicloturistica, ho visto che cercate guide per la stagione. vi mando il cv?",
            ),
            ("a", "Buonasera [[P:Radu]]! Sì, mandalo a [[E:luca.rinaldi@langhebike-example.it]]"),
            (
                "c",
                "inviato. il mio profilo: [[U:https://www.linkedin.com/in/radu-ionescu-bike]] e [[U:https://facebook.com/radu.ionescu.ciclo]]. vivo ad [[L:Alba]], frazione [[L:Mussotto]]",
            ),
            ("a", "Grazie! Ti chiamo io, numero?"),
            (
                "c",
                "[[T:+39 324 081 6655]]. parlo italiano, romeno, inglese e un po' di tedesco. referenze: [[P:Ion Dumitru]] di {{B:Carpathian Bike}}, [[E:ion [at] carpathianbike [dot] example]]",
            ),
            ("a", "Perfetto, ti chiamo {{D:lunedì}}. [[P:Luca Rinaldi]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(25, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
