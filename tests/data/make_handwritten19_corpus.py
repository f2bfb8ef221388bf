# ruff: noqa: E501
"""Hand-written blind test corpus no. 19 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten19_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a driving school in Bergamo (theory exams, foreign
learners), a dog and cat grooming salon in Genoa, a photovoltaic-panel installer in Puglia (site
surveys, incentives paperwork), a wedding photographer in Tuscany (English and American couples),
an Italian language school in Florence for foreign students (homestay families), and an
osteopath's practice in Padua.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten19_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten19_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "guida": "Autoscuola Orobica Patenti",
    "toeletta": "Pelo & Coccole Toelettatura Genova",
    "solare": "Sole di Puglia Fotovoltaico",
    "foto": "Cipresso Wedding Photography",
    "scuola": "Parlare Fiorentino Language School",
    "osteo": "Studio Osteopatico Euganeo",
}
PAGE_IDS: dict[str, str] = {
    "guida": "527190000000131",
    "toeletta": "527190000000242",
    "solare": "527190000000353",
    "foto": "527190000000464",
    "scuola": "527190000000575",
    "osteo": "527190000000686",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Driving school: Romanian learner enrolling for the B licence
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Andrei Popescu",
        "lang": "it",
        "start": "2026-02-03T08:12",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Andrei Popescu]]. Volevo iscrivermi per patente B, abito a [[L:Seriate]] da due anni, ho patente rumena ma scaduta nel 2019",
            ),
            (
                "a",
                "Ciao [[P:Andrei]]! Con la patente scaduta da piu di 3 anni devi rifare teoria e pratica. Servono documento, permesso di soggiorno, codice fiscale e certificato medico. Sono [[P:Giada]] della segreteria",
            ),
            (
                "c",
                "ok. il codice fiscale e [[CF:PPSNDR94C11Z129Q]]. il certificato posso fare da voi?",
            ),
            (
                "a",
                "Si, il medico viene il {{D:giovedi 12}} alle {{TM:17:30}}, costo {{$:€ 70}}. Ti segno? Mi lasci anche una mail per il materiale del corso teoria",
            ),
            (
                "c",
                "[[E:andrei.popescu94@yahoo.ro]]. se non rispondo chiamate mia moglie [[P:Ioana]] [[T:351 284 9107]], lei parla meglio italiano 😅",
            ),
            (
                "a",
                "Perfetto, segnato! Ti aspettiamo in sede in [[A:via Moroni 41]], zona [[L:Borgo Palazzo]]. A giovedi! [[P:Giada]] - {{B:Autoscuola Orobica}}",
            ),
        ],
    },
    # 2. Driving school: Lombard father enrolling his son, pays by bank transfer
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Lorenzo Brembilla",
        "lang": "it",
        "start": "2026-02-05T17:40",
        "messages": [
            (
                "c",
                "Salve, il mio ragazzo [[P:Nicolò]] fa 18 anni a marzo e vuole fare la patente, ma va a scuola fino alle 2 e poi allenamento. Fate corsi di sera?",
            ),
            (
                "a",
                "Buonasera! Si, teoria lun-mer-ven {{TM:19-20.30}}. Il pacchetto {{PD:Patente B Completa}} è {{$:890 euro}} esame compreso. Come si chiama di cognome il ragazzo?",
            ),
            (
                "c",
                "[[P:Brembilla Nicolò]], come me. Io son [[P:Lorenzo]]. Ol pagamento lo faccio io, ma se poss fa bonifico? che in sede vengo minga prima di sabato",
            ),
            (
                "a",
                "Certo signor [[P:Brembilla]]: intestato ad {{B:Autoscuola Orobica Patenti}} snc, IBAN [[I:IT77A0306911205000047311852]], causale nome e cognome dell'allievo + {{R:ISCR-B-0214}}",
            ),
            (
                "c",
                "fatto adesso. la ricevuta la mando a chi? al numero di prima o a [[E:lore.brembilla@libero.it]] va ben?",
            ),
            (
                "a",
                "Va benissimo qui, grazie. [[P:Nicolò]] può iniziare lunedi, gli diamo il libro in sede. Saluti!",
            ),
        ],
    },
    # 3. Driving school: Indian nurse asking about the theory exam in English
    {
        "business": "guida",
        "platform": "instagram",
        "customer": "priya.nat_rn",
        "lang": "en",
        "start": "2026-02-09T12:03",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Priya Natarajan]], nurse at the hospital in [[L:Bergamo]] (the big one, {{W:Papa Giovanni}}). Can I take the theory test in English? My Italian is ok-ish but the quiz words are crazy",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Unfortunately the ministry quiz is only in Italian, French and German. But we run a course with a tutor who explains the terms in English: [[P:Tiziana]], Tuesdays at {{TM:6 pm}}",
            ),
            (
                "c",
                "ok that's helpful. my colleague [[P:Sunita]] did it with you last year, she said the tutor was great. can she join as well? she failed the exam twice lol",
            ),
            (
                "a",
                "Of course, tell her to write to us. For you: we need your permesso, passport and codice fiscale. You can send them to [[E:segreteria@autoscuolaorobica.it]]",
            ),
            (
                "c",
                "sent! also my number if you need it +39 [[T:320 771 4408]]. I live in [[L:Dalmine]] so evenings are fine",
            ),
            ("a", "Received, thanks [[P:Priya]]! See you Tuesday 🚗"),
        ],
    },
    # 4. Driving school: Chinese learner with a friend translating
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Chen Jiayi",
        "lang": "it",
        "start": "2026-02-14T09:25",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:chen]], io voglio fare esame teoria di nuovo. prima volta 11 errori",
            ),
            (
                "a",
                "Ciao! Nessun problema, puoi riprovare dopo un mese. Mi scrivi il tuo nome completo? Lo cerco nella lista allievi",
            ),
            (
                "c",
                "[[P:CHEN JIAYI]]. adesso scrive mio amico [[P:Wang Lei]] perché io non capisco bene",
            ),
            (
                "c",
                "Buongiorno, sono [[P:Lei]], amico di [[P:Jiayi]]. Lei lavora nel negozio di sua zia a [[L:Zingonia]] e puo venire solo il mercoledi mattina. Ci sono lezioni?",
            ),
            (
                "a",
                "Ciao [[P:Lei]], grazie. Mercoledi alle {{TM:9:30}} c'e il ripasso quiz con [[P:Beppe]]. L'esame lo prenotiamo per il {{D:18 marzo}}, pratica {{R:BG-TEO-33871}}",
            ),
            (
                "c",
                "va bene grazie mille. il mio numero per emergenza [[T:388.602.1175]], [[P:Jiayi]] non ha credito sempre 😂",
            ),
        ],
    },
    # 5. Driving school: Moroccan learner booking driving lessons, code-switching
    {
        "business": "guida",
        "platform": "telegram",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2026-02-20T14:50",
        "messages": [
            ("c", "Salam, ciao. Ho passato la teoria!! 29/30. Adesso guide quando?"),
            (
                "a",
                "Bravissimo [[P:Youssef]]!! 🎉 Le guide le organizza [[P:Ivan Locatelli]], l'istruttore. Ti scrive lui oggi pomeriggio",
            ),
            (
                "c",
                "ok grazie. io lavoro turno in magazzino a [[L:Stezzano]], libero solo dopo le 16. Se possibile partenza da casa mia, [[A:via Carducci 7]] a [[L:Grassobbio]]",
            ),
            (
                "a",
                "[[P:Ivan]] dice che dalla {{D:prossima settimana}} martedi e giovedi {{TM:16.30}} va bene, ti prende sotto casa. 12 guide obbligatorie, la prima in autostrada con [[P:Ivan]] non prima della quinta",
            ),
            (
                "c",
                "perfetto. anche mio cugino [[P:Hamza]] vuole iscriversi, ti do numero: [[T:+39 345 0918 226]]. lui parla solo francese e arabo un po italiano",
            ),
            ("a", "Ok, lo chiamiamo noi, [[P:Giada]] parla francese. A presto!"),
        ],
    },
    # 6. Driving school: ALL CAPS mother, phone change for the daughter's file
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Ornella Pesenti",
        "lang": "it",
        "start": "2026-03-01T19:05",
        "messages": [
            (
                "c",
                "BUONASERA SONO LA MAMMA DI [[P:MARTINA ROTA]] CHE FA LA PATENTE DA VOI. MIA FIGLIA HA CAMBIATO NUMERO E NON LE ARRIVANO I MESSAGGI DELLE GUIDE",
            ),
            (
                "a",
                "Buonasera signora, mi dia pure il nuovo numero che aggiorno la scheda di [[P:Martina]]",
            ),
            (
                "c",
                "[[T:3297716650]] E ANCHE LA MAIL NUOVA [[E:martirota.07@gmail.com]]. LA VECCHIA NON LA USA PIU",
            ),
            (
                "a",
                "Aggiornato tutto. Ricordo che l'esame di guida è il {{D:24/03}} alle {{TM:8:00}} a [[L:Treviglio]], ritrovo davanti alla {{B:Motorizzazione}}",
            ),
            (
                "c",
                "GRAZIE. POSSO ACCOMPAGNARLA IO O DEVE VENIRE CON VOI? SUO PAPA [[P:GIANNI]] LAVORA",
            ),
            (
                "a",
                "Viene con noi con l'auto della scuola, la passiamo a prendere alle {{TM:7:15}}. Saluti, [[P:Giada]]",
            ),
        ],
    },
    # 7. Driving school: Ukrainian learner disputing a card payment
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Oleksandr Kovalenko",
        "lang": "en",
        "start": "2026-03-06T10:32",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Oleksandr Kovalenko]], I paid the exam fee online two times by mistake. Please refund one",
            ),
            (
                "a",
                "Hi [[P:Oleksandr]], sorry about that. Which card did you use? I can see two payments of {{$:€ 152.60}} on the {{D:4th of March}}",
            ),
            (
                "c",
                "this one [[C:4532 7811 0482 6635]]. it is card of my sister [[P:Olena]] actually, mine was blocked",
                "en",
            ),
            (
                "a",
                "Ok, I have started the refund to the same card, it takes 5-10 working days. Reference {{R:RIMB-2026-047}}",
            ),
            (
                "c",
                "Дякую! sorry, thank you 🙏 And can the receipt have my address? [[A:via Tasso 22/B]], [[L:Bergamo]]",
                "en",
            ),
            ("a", "Sure, done. [[P:Giada]]"),
        ],
    },
    # 8. Grooming: elderly lady dictating to her granddaughter
    {
        "business": "toeletta",
        "platform": "whatsapp",
        "customer": "Rosanna Parodi",
        "lang": "it",
        "start": "2026-02-04T09:10",
        "messages": [
            (
                "c",
                "Buongiorno scrivo io per la nonna, sono [[P:Sole]] la nipote. La nonna [[P:Rosanna]] vuole prenotare il bagno per {{W:Briciola}}, il barboncino toy",
            ),
            (
                "a",
                "Buongiorno [[P:Sole]]! Abbiamo posto {{D:venerdì}} alle {{TM:10}} o {{D:sabato}} alle {{TM:15.30}}. Il bagno con taglio per toy è {{$:45 €}}",
            ),
            (
                "c",
                "la nonna dice: 'belin 45 euro, da [[P:Carla]] in [[L:Sampierdarena]] ne spendevo 30' 😅 ma va bene venerdi, dice che [[P:Carla]] ha chiuso",
            ),
            (
                "c",
                "dice anche se potete venire a prenderla voi perche non scende le scale, abita in [[A:salita San Barborino 12/4]] ultimo piano senza ascensore",
            ),
            (
                "a",
                "Il ritiro a domicilio c'è, {{$:8 €}} in zona. Passa [[P:Matteo]] verso le {{TM:9.45}}. Mi lasci un numero fisso della signora?",
            ),
            ("c", "[[T:010 645 3318]], squilla tanto perche la nonna è lenta 😂 grazie mille!"),
        ],
    },
    # 9. Grooming: American couple in Camogli with a golden retriever
    {
        "business": "toeletta",
        "platform": "messenger",
        "customer": "Bill Hartley",
        "lang": "en",
        "start": "2026-02-07T15:22",
        "messages": [
            (
                "c",
                "Hi there, we're spending the winter in [[L:Camogli]] and our golden, {{W:Maverick}}, rolled in something dead on the beach. Any chance of a bath today??",
            ),
            (
                "a",
                "Hi! Oh no 😄 We can fit him in at {{TM:4:30 pm}}. A full de-shed and bath for a golden is {{$:€60}}. Name for the booking?",
            ),
            (
                "c",
                "[[P:Bill Hartley]]. My wife [[P:Joy]] will bring him, I'm stuck on a call. Her cell is [[T:+1 (503) 882-4170]]",
            ),
            (
                "a",
                "Great, see you at 4:30, Mrs [[P:Hartley]]. We're in [[L:Sturla]], right by the bus stop, parking is tricky",
            ),
            (
                "c",
                "[[P:Joy]] here on [[P:Bill]]'s account lol - we're running 10 min late, the {{W:Aurelia}} is a nightmare",
                "en",
            ),
            ("a", "No worries [[P:Joy]], take your time 🐾"),
        ],
    },
    # 10. Grooming: Instagram customer from Nervi, home pick-up, cat
    {
        "business": "toeletta",
        "platform": "instagram",
        "customer": "fabio_canepa",
        "lang": "it",
        "start": "2026-02-12T11:47",
        "messages": [
            (
                "c",
                "ciao! vi ha consigliato [[H:@ele.ferrando]] nelle storie. Ho un persiano, {{W:Duca}}, con i nodi ovunque, lo fate anche ai gatti?",
            ),
            (
                "a",
                "Ciao! Sì, i gatti li fa [[P:Serena]], solo su appuntamento e il martedì mattina quando il salone è tranquillo. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Fabio]], [[P:Fabio Canepa]]. Sto a [[L:Nervi]], [[A:via Oberdan 118]]. Il gatto in macchina si agita, fate il ritiro?",
            ),
            (
                "a",
                "Fino a [[L:Nervi]] sì, {{$:12 €}}. Martedì {{D:17 febbraio}}, ritiro {{TM:8.30}}. Il prezzo dipende dai nodi, {{$:da 55 a 80}}",
            ),
            (
                "c",
                "ok. se non sono a casa lo consegna la vicina, la signora [[P:Bozzo]], ha le chiavi. Il mio cell [[T:347-2290831]]",
            ),
            ("a", "Segnato! 🐱"),
        ],
    },
    # 11. Grooming: complaint about a cut
    {
        "business": "toeletta",
        "platform": "whatsapp",
        "customer": "Giorgia Repetto",
        "lang": "it",
        "start": "2026-02-16T18:31",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Giorgia]], ieri ho portato {{W:Pepe}} (lo shih tzu). Scusate ma l'avevo chiesto lungo e me l'avete rasato quasi a zero 😡",
            ),
            ("c", "il mio compagno [[P:Matteo Ghio]] dice che sembra un topo. Vi mando la foto"),
            (
                "a",
                "Buonasera [[P:Giorgia]], mi dispiace molto. Ho parlato con [[P:Rebecca]] che l'ha fatto: aveva tanti nodi sotto la pancia e non si poteva salvare il pelo. Però dovevamo chiamarla prima, ha ragione",
            ),
            (
                "c",
                "ecco appunto. avevate il mio numero, [[T:0039 328 551 4096]]. comunque non è il primo, anche la mia amica [[P:Vale]] di [[L:Marassi]] si è lamentata",
            ),
            (
                "a",
                "Ha ragione. Il prossimo bagno per Pepe lo offriamo noi, e per i nodi le regaliamo uno spray {{B:Iv San Bernard}}. Va bene?",
            ),
            ("c", "va bene dai. grazie [[P:Rebecca]] comunque, Pepe ti adora lo stesso 🙄"),
        ],
    },
    # 12. Grooming: Australian in Nervi, cat, pays by card over chat
    {
        "business": "toeletta",
        "platform": "whatsapp",
        "customer": "Kelly-Ann Brooks",
        "lang": "en",
        "start": "2026-02-21T08:02",
        "messages": [
            (
                "c",
                "G'day! [[P:Kelly-Ann]] here, we moved to [[L:Quinto al Mare]] from [[L:Fremantle]] last month. Our ragdoll {{W:Biscuit}} needs a lion cut, she's matted like a sheep 🙈",
            ),
            (
                "a",
                "Hi [[P:Kelly-Ann]]! Welcome to [[L:Genova]] 😊 [[P:Serena]] does cats on Tuesdays. Lion cut is {{$:€70}}, we ask a {{$:€20}} deposit for cats because of no-shows",
            ),
            (
                "c",
                "fair enough. can I just give you the card? [[C:5374-1290-8831-4608]] exp 09/28. it's under my husband's name, [[P:Darren Brooks-McAllister]]",
            ),
            (
                "a",
                "Please don't send the full card here 🙏 I've charged the deposit now but I'd rather send you a payment link next time. Deposit ref {{R:PC-2291}}",
            ),
            (
                "c",
                "oops sorry, [[P:Darren]] always tells me off for that 😂 see you Tuesday. my mobile is [[T:+61 412 558 903]], italian sim not working yet",
            ),
            ("a", "Noted! See you Tuesday at {{TM:9}}, [[P:Serena]] & the team"),
        ],
    },
    # 13. Grooming: B&B owner wanting an invoice with VAT number
    {
        "business": "toeletta",
        "platform": "messenger",
        "customer": "Mirella Bagnasco",
        "lang": "it",
        "start": "2026-02-26T13:14",
        "messages": [
            (
                "c",
                "Salve, ho un B&B a [[L:Boccadasse]] che accetta cani e vorrei una convenzione per gli ospiti. Fate fattura?",
            ),
            (
                "a",
                "Salve signora! Sì certo, facciamo fattura elettronica. Mi servono ragione sociale, P.IVA e codice destinatario",
            ),
            (
                "c",
                "{{B:B&B La Lanterna sul Mare}} di [[P:Bagnasco Mirella]], [[A:via Aurora 3]], 16146 [[L:Genova]]. P.IVA [[V:03812450165]], codice destinatario {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Perfetto. Per gli ospiti possiamo fare -10% sul bagno e ritiro gratuito entro [[L:Albaro]] e [[L:Boccadasse]]",
            ),
            (
                "c",
                "ottimo. il referente per i cani è mio figlio [[P:Stefano]], anche per whatsapp [[T:339 40 17 625]]. Io coi telefoni sono un disastro",
            ),
            ("a", "Bene, allora scrivo a [[P:Stefano]]. Buona giornata signora [[P:Bagnasco]]!"),
        ],
    },
    # 14. Grooming: Albanian customer from Pegli, big dog
    {
        "business": "toeletta",
        "platform": "whatsapp",
        "customer": "Arben Hoxha",
        "lang": "it",
        "start": "2026-03-03T16:45",
        "messages": [
            (
                "c",
                "ciao io ho pastore tedesco 40 kg, voi lavate cani grandi? mi chiamo [[P:arben]]",
            ),
            (
                "a",
                "Ciao [[P:Arben]]! Sì, abbiamo la vasca grande. Pastore tedesco bagno e sfoltimento {{$:65 €}}. Quando vuoi venire?",
            ),
            (
                "c",
                "sabato. io lavoro al porto di [[L:Pegli]] fino 13. porta cane mia moglie [[P:Elira]], lei parla meglio italiano",
            ),
            (
                "a",
                "Sabato alle {{TM:14}} va bene. Il cane come si chiama e che carattere ha? A volte i grandi maschi non amano il phon 😅",
            ),
            (
                "c",
                "si chiama {{W:Zeus}}, è buono ma con uomini un po nervoso. meglio donna che lava. mio numero [[T:324 66 90 118]]",
            ),
            ("a", "Allora lo lava [[P:Rebecca]]. A sabato, ciao [[P:Arben]] e [[P:Elira]]!"),
        ],
    },
    # 15. Solar: site survey request in Martina Franca
    {
        "business": "solare",
        "platform": "messenger",
        "customer": "Cosimo Lippolis",
        "lang": "it",
        "start": "2026-02-02T10:20",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei un preventivo per fotovoltaico con accumulo su una casa indipendente a [[L:Martina Franca]], contrada [[L:Pergolo]]. Tetto a falde circa 90 mq",
            ),
            (
                "a",
                "Buongiorno signor [[P:Lippolis]], grazie per averci scritto. Per un preventivo serio facciamo un sopralluogo gratuito. Ci manda l'indirizzo preciso e un recapito?",
            ),
            (
                "c",
                "[[A:Contrada Pergolo 214]], dopo il distributore a sinistra, c'è il cancello verde. [[T:080 480 2297]] il fisso, oppure cell [[T:339/6152840]]",
            ),
            (
                "a",
                "Il tecnico [[P:Nicola Carrieri]] può passare {{D:mercoledì 11}} verso le {{TM:10:30}}. Tenga a portata di mano due bollette dell'{{B:Enel}}, servono per dimensionare l'impianto",
            ),
            (
                "c",
                "va bene. ci sarà mia moglie [[P:Addolorata]], io sono in campagna. Però la prego, chiamatela prima perché il cane gira libero nel cortile 😄",
            ),
            ("a", "Nessun problema, [[P:Nicola]] chiama mezz'ora prima. Buona giornata!"),
        ],
    },
    # 16. Solar: incentive paperwork, fiscal code and IBAN for the GSE payments
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "Salvatrice Ferrari",
        "lang": "it",
        "start": "2026-02-06T17:55",
        "messages": [
            (
                "a",
                "Buonasera signora [[P:Ferrari]], per la pratica del {{W:Conto Energia}}... scusi, dello {{PD:Scambio sul Posto}} con il GSE ci mancano codice fiscale dell'intestataria e IBAN per gli accrediti",
            ),
            (
                "c",
                "Buonasera. Codice fiscale [[CF:FRRSVT83E52L049H]]. L'IBAN è quello di mio marito [[P:Pasquale Greco]] ma il conto è cointestato: [[I:IT05 A050 3440 1700 0000 0963 521]]",
            ),
            (
                "a",
                "Perfetto, cointestato va bene. Mi serve anche una mail dove il GSE manda le credenziali",
            ),
            (
                "c",
                "[[E:salvatrice.ferrari83@pec.it]] è la pec, quella normale è [[E:tina.ferrari@alice.it]]. Mi chiamano tutti [[P:Tina]]",
            ),
            (
                "a",
                "Grazie [[P:Tina]] 😊 Carichiamo tutto domani, il numero di pratica è {{R:SSP-TA-552718}}. L'impianto di [[A:via Principe Amedeo 309]] risulta già allacciato da {{B:e-distribuzione}}",
            ),
            ("c", "meno male. saluti a [[P:Nicola]] che è stato gentilissimo"),
        ],
    },
    # 17. Solar: elderly farmer dictating to his grandson
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "Donato Semeraro",
        "lang": "it",
        "start": "2026-02-10T08:30",
        "messages": [
            (
                "c",
                "Salve, scrivo per mio nonno [[P:Vito Semeraro]] che non usa il telefono. Ha una masseria a [[L:Locorotondo]], frazione [[L:Trito]], e vuole mettere i pannelli sul capannone degli attrezzi",
            ),
            (
                "c",
                "nonno dice testuale: 'dici a quelli che o tetto tene l'eternit e nu me fidu a farlo tuccà' 😂 cioè il tetto ha l'amianto",
            ),
            (
                "a",
                "Buongiorno e grazie! Con l'amianto si fa prima la bonifica, possiamo fare un unico preventivo con la rimozione. Il sopralluogo lo fa l'ing. [[P:Marangi]]. Lei come si chiama?",
            ),
            (
                "c",
                "[[P:Donato]], il nipote. Il numero del nonno [[T:080 431 18 64]] ma risponde nonna [[P:Angela]]. Il mio è [[T:3402217783]]",
            ),
            (
                "a",
                "Grazie [[P:Donato]]. L'ing. [[P:Stefano Marangi]] passa {{D:sabato mattina}}. Dove si trova esattamente la masseria?",
            ),
            (
                "c",
                "[[A:strada vicinale Trito 18]], chiedete di zi' [[P:Vituccio]] al bar della piazza, lo conoscono tutti",
            ),
        ],
    },
    # 18. Solar: American couple restoring a trullo
    {
        "business": "solare",
        "platform": "instagram",
        "customer": "hope.and.colin.in.puglia",
        "lang": "en",
        "start": "2026-02-13T19:40",
        "messages": [
            (
                "c",
                "Hi! We're [[P:Hope]] and [[P:Colin Gallagher]], we just bought a trullo outside [[L:Ceglie Messapica]] and want solar, but the geometra says the cones can't have panels? Is that true?",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Yes, on the trullo cones panels are not allowed by the landscape rules. But we often put them on a pergola or on the ground behind the house. We can check it on a site visit",
            ),
            (
                "c",
                "amazing. we are there most weekends, during the week in [[L:Lecce]]. Our geometra is [[P:Antonio Zizzi]], he has the plans. [[P:Colin]]'s email [[E:colin.gallagher@outlook.com]]",
            ),
            (
                "a",
                "Perfect. We'll ask Mr [[P:Zizzi]] for the plans. Would {{D:Saturday 21st}} at {{TM:11 am}} work? Please send the exact address, GPS is better in the countryside 🙂",
            ),
            (
                "c",
                "[[A:Contrada Montevicoli 42]], pin here [[U:https://maps.app.goo.gl/hGal7TrulloColin]]. Follow the {{W:Masseria}} signs then the dirt road",
                "en",
            ),
            ("a", "Got it. See you Saturday! [[P:Nicola]]"),
        ],
    },
    # 19. Solar: agriturismo with VAT number, invoice for the incentive
    {
        "business": "solare",
        "platform": "messenger",
        "customer": "Agriturismo Le Cicale",
        "lang": "it",
        "start": "2026-02-18T12:10",
        "messages": [
            (
                "c",
                "Buongiorno, qui è [[P:Fortunato Angelillo]] dell'{{B:Agriturismo Le Cicale}}. Per la fattura dell'impianto i dati sono cambiati, abbiamo fatto la società",
            ),
            (
                "a",
                "Buongiorno [[P:Fortunato]]! Mi mandi pure i nuovi dati, devo rifare anche la pratica del credito d'imposta {{PD:Transizione 5.0}}",
            ),
            (
                "c",
                "Le Cicale società agricola semplice di [[P:Angelillo Fortunato]] e [[P:Rosa Angelillo]], P.IVA [[V:IT07629130480]], sede [[A:SP 14 km 3,200]] [[L:Alberobello]]",
            ),
            (
                "a",
                "Grazie. Il commercialista è sempre il dott. [[P:Lanzillotta]]? Gli mando la bozza via mail",
            ),
            (
                "c",
                "si, [[E:studio.lanzillotta@gmail.com]]. per la parte tecnica parlate con mia sorella [[P:Rosa]], è lei che segue i lavori",
            ),
            (
                "a",
                "Perfetto, scrivo a [[P:Rosa]] e al dottore. Il bonifico del saldo {{$:18.400 €}} quando arriva il {{PD:contatore bidirezionale}}",
            ),
        ],
    },
    # 20. Solar: monitoring app offline, customer pastes router IP
    {
        "business": "solare",
        "platform": "telegram",
        "customer": "Raffaele Loiacono",
        "lang": "it",
        "start": "2026-02-22T20:15",
        "messages": [
            (
                "c",
                "buonasera l'app dell'inverter da offline da 3 giorni, ho cambiato il modem con quello nuovo di {{B:TIM}}",
            ),
            (
                "a",
                "Buonasera [[P:Raffaele]], succede spesso col cambio modem: l'inverter è ancora collegato alla rete vecchia. Riesce a dirmi l'indirizzo IP che le dà il modem?",
            ),
            (
                "c",
                "nella pagina del modem c'è scritto IP pubblico [[IP:93.41.178.206]] e l'inverter dovrebbe essere [[IP:192.168.1.47]]",
            ),
            (
                "a",
                "Ok, allora va riconfigurato il wifi dell'inverter. Passa il tecnico [[P:Mimmo Dibenedetto]] {{D:domani}} tra le {{TM:15}} e le {{TM:17}}. Indirizzo sempre [[A:via Nicolai 88]] a [[L:Bari]], quartiere [[L:Madonnella]]?",
            ),
            (
                "c",
                "si sempre quello. citofono [[P:Loiacono-Fanelli]] perché c'è anche il cognome di mia moglie",
            ),
            ("a", "Perfetto, segnato {{R:INT-2026-0318}}. Buona serata!"),
        ],
    },
    # 21. Solar: installation schedule, electrician and neighbour
    {
        "business": "solare",
        "platform": "whatsapp",
        "customer": "Teresa Caramia",
        "lang": "it",
        "start": "2026-03-04T07:58",
        "messages": [
            (
                "a",
                "Buongiorno signora [[P:Caramia]], confermiamo l'installazione {{D:lunedì 9 marzo}}: arrivano la gru e la squadra di [[P:Mimmo]] alle {{TM:7:30}}",
            ),
            (
                "c",
                "buongiorno. la gru davanti casa chiude la strada, devo avvisare il vicino, il signor [[P:Pignatelli]], che esce col furgone alle 6",
            ),
            (
                "a",
                "Sì meglio avvisarlo. Se serve il permesso di occupazione suolo lo chiediamo noi al comune di [[L:Putignano]]",
            ),
            (
                "c",
                "ok. mio figlio [[P:Gianluca]] torna da [[L:Milano]] apposta per vedere i lavori 😅 il suo numero [[T:+39 333 81 90 456]] se non mi trovate",
            ),
            (
                "a",
                "Benissimo. Ultima cosa: i pannelli sono {{PD:Sunpower Maxeon 7}}? No scusi, sul contratto ci sono i {{PD:JA Solar 440W}}, confermo che arrivano quelli",
            ),
            (
                "c",
                "va bene quelli che avete detto. grazie [[P:Nicola]], salutatemi la [[P:Annarita]] dell'ufficio",
            ),
        ],
    },
    # 22. Wedding: British couple in Montepulciano
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "emily.hargreavesdunn",
        "lang": "en",
        "start": "2026-01-15T21:04",
        "messages": [
            (
                "c",
                "Hiya! I'm [[P:Emily Hargreaves-Dunn]], getting married to [[P:Tom Whitcombe]] on {{D:12 September}} in [[L:Montepulciano]] (ceremony at the {{W:Tempio di San Biagio}}!). Are you free?? 🤞",
            ),
            (
                "a",
                "Hi [[P:Emily]]! Congratulations to you and [[P:Tom]] 🎉 I'm free that day. San Biagio at sunset is magical. Shall I send you the packages?",
            ),
            (
                "c",
                "Yes please! email is [[E:emily.hd@btinternet.com]]. My mum [[P:Caroline]] wants to see it too, she's paying half 😂",
            ),
            (
                "a",
                "Sent! The {{PD:Full Day Story}} package is {{$:€3,200}} with a second shooter. [[P:Duccio]], my assistant, would be the second shooter",
            ),
            (
                "c",
                "love it. [[P:Tom]]'s best man [[P:Rhys]] is also a photographer, hope he won't get in your way lol. we're staying at a villa in [[L:Sant'Albino]]",
            ),
            ("a", "Ha, we're used to it! Talk soon, [[P:Lorenzo]] 📷"),
        ],
    },
    # 23. Wedding: American elopement in Val d'Orcia with a planner
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Jake Morrison",
        "lang": "en",
        "start": "2026-01-22T14:37",
        "messages": [
            (
                "c",
                "Hey man, [[P:Jake]] from [[L:Austin]] TX. Me and my fiancée [[P:Kaylee]] want to elope in [[L:Pienza]] in May, just the two of us + officiant. Our planner [[P:Carla Benvenuti]] gave us your page",
            ),
            (
                "a",
                "Hey [[P:Jake]]! [[P:Carla]] is great, we work together a lot. Elopement coverage is 4 hours, {{$:€1,600}}. Do you have a date?",
            ),
            (
                "c",
                "{{D:May 14}}. [[P:Kaylee]]'s insta is [[H:@kayleemaewrites]] if you wanna see her vibe, she's the boss of the aesthetic 😅",
            ),
            (
                "a",
                "Lovely feed! May 14 is open. For the booking I need a 30% deposit; bank details below or I can send a {{B:Stripe}} link",
            ),
            (
                "c",
                "stripe link pls, send it to [[E:jake.morrison.atx@gmail.com]]. my cell is [[T:(512) 604-3381]] for the day of",
            ),
            (
                "a",
                "Done! Link sent. Also adding [[P:Carla]] in cc so she has the timeline. Cheers, [[P:Lorenzo]]",
            ),
        ],
    },
    # 24. Wedding: Australian couple paying the deposit
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Sophie O'Connor",
        "lang": "en",
        "start": "2026-01-28T07:45",
        "messages": [
            (
                "c",
                "Morning [[P:Lorenzo]]! It's [[P:Sophie]] (wedding in [[L:Cortona]], {{D:3 October}}). We'd like to pay the deposit by bank transfer, can you resend the IBAN?",
            ),
            (
                "a",
                "Good morning [[P:Sophie]]! Sure: account holder [[P:Lorenzo Baldini]], IBAN [[I:IT24A0200804112000105774302]], reference {{R:CWP-2026-031}}. Amount {{$:€960}}",
            ),
            (
                "c",
                "Thanks! My fiancé [[P:Liam]]'s bank in [[L:Brisbane]] is being weird with international transfers, so if it doesn't go through I'll pay by card",
            ),
            (
                "c",
                "ok it didn't work. here: [[C:4006182293755148]], name [[P:Sophie M. O'Connor]]. sorry I know it's not ideal!",
                "en",
            ),
            (
                "a",
                "No worries, charged and I've deleted the message for safety. Receipt to your email?",
            ),
            (
                "c",
                "yes [[E:sophie.oconnor88@bigpond.com]] ta! and my number's [[T:+61 4 0299 1735]] in case",
            ),
        ],
    },
    # 25. Wedding: album delivery to Oregon, private gallery link
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Grace Kim",
        "lang": "en",
        "start": "2026-02-08T18:20",
        "messages": [
            (
                "c",
                "Hi [[P:Lorenzo]]!! We just saw the gallery and we're crying 😭 thank you!! Quick q: can the album be shipped to the US?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! So happy you love them ❤️ Yes, we ship with {{B:DHL}}, about 6 days. Your private gallery stays online 12 months: [[U:https://cipressowedding.pic-time.com/gracekim-danielpark-2025]]",
            ),
            (
                "c",
                "perfect. address: [[P:Grace Kim]] & [[P:Daniel Park]], [[A:2215 NE Alberta St Apt 4]], [[L:Portland]], OR 97211. [[P:Daniel]]'s mom Mrs. [[P:Park]] wants a small copy too",
            ),
            (
                "a",
                "Lovely. A {{PD:parent album 20x20}} is {{$:€290}}. Shall I send it to the same address or to her?",
            ),
            (
                "c",
                "to her please: [[P:Sun-hee Park]], [[A:88 Maple Ridge Dr]], [[L:Bellevue]], WA. her phone [[T:425-771-0934]]",
            ),
            (
                "a",
                "Perfect, both albums go out {{D:next Friday}}. Tracking will be {{TR:JD014600006281934472}}. Hugs to you and [[P:Daniel]]!",
            ),
        ],
    },
    # 26. Wedding: Italian couple in Lucca
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Bianca Ferrara",
        "lang": "it",
        "start": "2026-02-11T13:02",
        "messages": [
            (
                "c",
                "Ciao [[P:Lorenzo]], sono [[P:Bianca]], ci siamo sentiti alla fiera sposi di [[L:Lucca]]. Io e [[P:Federico]] ci sposiamo il {{D:6 giugno}} a [[L:San Martino in Freddana]]",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Certo che mi ricordo, eravate con la tua mamma. La data è libera 😊",
            ),
            (
                "c",
                "sì mamma [[P:Graziella]] non mi molla un attimo 😂 ci interessa il pacchetto con il video. [[P:Fede]] vuole anche il drone",
            ),
            (
                "a",
                "Il drone si può fare se la location lo permette, è vicino all'aeroporto? Il pacchetto {{PD:Foto + Video Cinematic}} è {{$:4.100 €}}",
            ),
            (
                "c",
                "no è in collina. ti mando la mail di [[P:Federico]] che è quello organizzato: [[E:federico.pardini[at]gmail[dot]com]]",
            ),
            (
                "a",
                "Perfetto, vi scrivo stasera. Un abbraccio a tutti e due! [[P:Lorenzo]] - {{B:Cipresso}}",
            ),
        ],
    },
    # 27. Wedding: UK company paying, VAT invoice, second shooter
    {
        "business": "foto",
        "platform": "messenger",
        "customer": "Mark Pennington",
        "lang": "en",
        "start": "2026-02-17T10:10",
        "messages": [
            (
                "c",
                "Hello [[P:Lorenzo]], [[P:Mark]] here. My daughter [[P:Olivia]]'s wedding at Villa {{W:Sole}} near [[L:Greve in Chianti]]. My company is paying, could the invoice go to the firm?",
            ),
            (
                "a",
                "Good morning Mr [[P:Pennington]]. Of course. Please send the company details. For reference my VAT number is IT [[V:01448700292]]",
            ),
            (
                "c",
                "{{B:Pennington & Hope Ltd}}, [[A:Unit 6, 41 Harbour Road]], [[L:Whitstable]], Kent. Accounts contact is [[P:Bill]] in finance, [[E:bill.stanton@pennhope.co.uk]]",
            ),
            (
                "a",
                "Thank you. Also, about the day: my second shooter [[P:Duccio Tognetti]] will arrive at {{TM:2 pm}} to cover the groom's prep",
            ),
            (
                "c",
                "Splendid. The groom is [[P:James Okafor-Reid]], his people are at the {{B:Castello di Verrazzano}} guest house. [[P:Olivia]] will be at the villa",
            ),
            ("a", "Noted, thank you [[P:Mark]]. Best, [[P:Lorenzo Baldini]]"),
        ],
    },
    # 28. Wedding: late balance, bride's father
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "chloewhitfield_",
        "lang": "en",
        "start": "2026-03-02T16:30",
        "messages": [
            (
                "a",
                "Hi [[P:Chloe]], hope you're settling into married life! 😊 Just a gentle reminder that the balance of {{$:€2,240}} for the {{D:21 February}} wedding in [[L:San Gimignano]] is still open",
            ),
            (
                "c",
                "omg so sorry!! my dad [[P:Richard]] said he'd do it, he's useless with foreign transfers. I'll ask him again today",
            ),
            (
                "c",
                "ok he says it's done, it was from his account, [[P:R. Whitfield]], from [[L:Guildford]]. sorry again!",
            ),
            (
                "a",
                "Received, thank you! Your gallery is here: [[U:https://cipressowedding.pic-time.com/chloe-and-ben-whitfield]] the password is your wedding date",
            ),
            (
                "c",
                "😍😍😍 [[P:Ben]] is going to cry. can I tag you? my insta [[H:@chloewhitfield_]] and [[P:Ben]] is [[H:@benji.w.runs]]",
            ),
            ("a", "Please do! Tag {{B:@cipressoweddings}} 🤍"),
        ],
    },
    # 29. Language school: American student and her homestay
    {
        "business": "scuola",
        "platform": "instagram",
        "customer": "hannah.lieb",
        "lang": "en",
        "start": "2026-01-12T09:15",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hannah Liebermann]] from [[L:Madison]], Wisconsin, enrolled in the {{PD:Intensive A2}} course starting {{D:Feb 2}}. Do you know which family I'm staying with yet?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes: you'll stay with signora [[P:Gori]], [[P:Donatella Gori]], in [[L:Campo di Marte]], a 15 min bus ride from school. She has a cat, is that ok?",
            ),
            ("c", "I LOVE cats. What's the address so I can tell my mom? she's a bit anxious 😅"),
            (
                "a",
                '[[A:Via Mannelli 67]], 3rd floor, bell "[[P:Gori-Mazzanti]]". [[P:Donatella]]\'s number is [[T:055 247 8861]], she speaks a little English. Her son [[P:Tommaso]] speaks it well',
            ),
            (
                "c",
                "amazing thank you. my mom's email in case of emergencies: [[E:ruth.liebermann@wisc.edu]]",
                "en",
            ),
            ("a", "Saved in your file. See you soon, [[P:Chiara]] - {{B:Parlare Fiorentino}}"),
        ],
    },
    # 30. Language school: Nigerian student, visa letter
    {
        "business": "scuola",
        "platform": "whatsapp",
        "customer": "Olumide Adeyemi",
        "lang": "en",
        "start": "2026-01-19T11:48",
        "messages": [
            (
                "c",
                "Good day. My name is [[P:Olumide Adeyemi]] from [[L:Ibadan]]. The embassy in [[L:Lagos]] needs an enrolment letter with my full name exactly as in passport: [[P:ADEYEMI Olumide Babatunde]]",
            ),
            (
                "a",
                "Good morning [[P:Olumide]]. We will prepare it today. Please confirm your date of birth and the course dates: {{D:6 April}} to {{D:26 June}}, {{PD:Semester B1}}?",
            ),
            (
                "c",
                "Yes correct. Date of birth 14/07/1999. Please also mention that my uncle [[P:Chukwuma Eze]] in [[L:Prato]] will sponsor me. His phone [[T:+39 389 451 2207]]",
            ),
            ("a", "Done. I'll send the PDF to your email, which one do you prefer?"),
            ("c", "[[E:olumide dot adeyemi at yahoo dot com]]. Thank you so much, God bless", "en"),
            ("a", "Sent! Good luck at the embassy 🍀 [[P:Chiara]]"),
        ],
    },
    # 31. Language school: homestay host, payments and fiscal code
    {
        "business": "scuola",
        "platform": "whatsapp",
        "customer": "Loredana Bartolini",
        "lang": "it",
        "start": "2026-01-26T15:05",
        "messages": [
            (
                "c",
                "Ciao [[P:Chiara]], sono [[P:Loredana]] di [[L:Rifredi]]. Per gennaio mi avete pagato solo due settimane della ragazza giapponese, la [[P:Yuki]], ma è stata da me tutto il mese",
            ),
            (
                "a",
                "Ciao [[P:Loredana]]! Hai ragione, ho controllato: [[P:Yuki Tanaka]] ha prolungato e non avevamo aggiornato. Ti faccio il bonifico della differenza, {{$:280 €}}",
            ),
            (
                "c",
                "grazie. mi raccomando l'IBAN nuovo che ho cambiato banca: [[I:IT42 X076 0102 8000 0104 8377 520]]",
            ),
            (
                "a",
                "Aggiornato. Per la certificazione dei compensi ci serve anche il tuo codice fiscale, non ce l'abbiamo in archivio",
            ),
            (
                "c",
                "ecco [[CF:GRRNNL58C47A794K]]. È a nome di mia sorella [[P:Antonella Guerrini]] perché la casa è sua, io sono solo la sorella che fa da mangiare 😂 ci siamo capite",
            ),
            (
                "a",
                "Mmh, allora l'accordo va fatto a nome di [[P:Antonella]]: ne parlo con la direttrice, la [[P:Benedetta]], e ti richiamo",
            ),
        ],
    },
    # 32. Language school: Indian student changing course level
    {
        "business": "scuola",
        "platform": "messenger",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2026-02-03T08:55",
        "messages": [
            (
                "c",
                "Hello, [[P:Arjun Mehta]] here, class A1 mornings. The class is too easy for me, I studied Italian in [[L:Pune]] for a year. Can I move to A2?",
            ),
            (
                "a",
                "Hi [[P:Arjun]]! Sure, you can take a placement test tomorrow at {{TM:12:45}} with [[P:Filippo]]. If you pass you join A2 with prof. [[P:Nardi]]",
            ),
            (
                "c",
                "great! also my friend [[P:Rohan]] from the afternoon class wants to switch to mornings, he works at a restaurant in the evening in [[L:Santo Spirito]]",
            ),
            ("a", "Tell [[P:Rohan]] to write to me directly please, with his student number"),
            (
                "c",
                "ok. btw is there wifi password for the classroom 3? it says blocked, my laptop IP [[IP:10.12.4.87]] blocked by admin",
                "en",
            ),
            (
                "a",
                "Ah, new students need to register the device at the front desk, [[P:Marco]] will do it in 2 minutes 👍",
            ),
        ],
    },
    # 33. Language school: Australian student locked out
    {
        "business": "scuola",
        "platform": "whatsapp",
        "customer": "Zoe Campbell",
        "lang": "en",
        "start": "2026-02-10T22:41",
        "messages": [
            (
                "c",
                "HELP 😭 it's [[P:Zoe]] from the B1 evening class, I lost my keys at the {{W:Ponte Vecchio}} and my host [[P:Piero]] isn't answering. I'm outside the door at [[A:Via Palazzuolo 104]]",
            ),
            (
                "a",
                "Hi [[P:Zoe]], don't panic! I'm calling [[P:Piero Salvadori]] now from the emergency phone. Are you somewhere safe?",
            ),
            (
                "c",
                "yes i'm in the bar downstairs, the owner [[P:Sandro]] is being lovely. my aussie phone is dying, if it dies call my friend [[P:Matilda]] [[T:+61 438 207 619]]",
            ),
            (
                "a",
                "[[P:Piero]] answered, he was asleep 😅 he's coming down in 5 minutes. Tomorrow we'll make you a copy of the key",
            ),
            ("c", "omg thank you [[P:Benedetta]] you're a legend 🙏🙏", "en"),
            ("a", "Anytime! Goodnight [[P:Zoe]] 🌙"),
        ],
    },
    # 34. Language school: Chinese student writing in Italian
    {
        "business": "scuola",
        "platform": "telegram",
        "customer": "Zhao Meilin",
        "lang": "it",
        "start": "2026-02-15T10:30",
        "messages": [
            (
                "c",
                "buongiorno maestra, io sono [[P:Meilin]] classe B2 pomeriggio. domani non vengo perche ho appuntamento questura per permesso di soggiorno",
            ),
            (
                "a",
                "Ciao [[P:Meilin]], nessun problema, grazie di avvisare! Ti serve la dichiarazione di frequenza per la questura?",
            ),
            (
                "c",
                "si grazie!! nome su passaporto [[P:ZHAO MEILIN]]. la questura di [[L:Firenze]] in [[A:via della Fortezza 17]]... no scusi, ufficio immigrazione a [[L:Novoli]]",
            ),
            (
                "a",
                "Te la preparo, la ritiri oggi alla reception da [[P:Marco]] entro le {{TM:18}}. Hai il numero di pratica della questura?",
            ),
            (
                "c",
                "si {{R:FI-IMM-2026/08817}}. mia coinquilina [[P:Xiaoyu]] viene con me, lei ha stesso appuntamento",
            ),
            ("a", "Ok, prepariamo anche la sua. Come si chiama di cognome [[P:Xiaoyu]]?"),
            ("c", "[[P:Liu Xiaoyu]], classe A2 mattina. grazie mille maestra [[P:Chiara]] ❤️"),
        ],
    },
    # 35. Language school: Irish-Australian student paying the course online
    {
        "business": "scuola",
        "platform": "messenger",
        "customer": "Liam O'Brien-Walsh",
        "lang": "en",
        "start": "2026-02-24T13:17",
        "messages": [
            (
                "c",
                "Hi, [[P:Liam O'Brien-Walsh]], I'm doing the {{PD:Cooking & Italian}} combo in {{D:April}}. The payment page keeps failing, can I pay another way?",
            ),
            (
                "a",
                "Hi [[P:Liam]]! Sorry about that. Here's your personal payment link, it should work: [[U:https://pay.parlarefiorentino.it/r/obrienwalsh-liam-2604]]",
            ),
            (
                "c",
                "still failing. my bank in [[L:Perth]] flags it. my partner [[P:Ngaire]] can pay from NZ, send the IBAN? she's [[P:Ngaire Thompson]]",
            ),
            (
                "a",
                "Sure: IBAN [[I:IT42X0760102800001048377520]]... wait no, sorry, that's not ours! Ignore it 🙈 Our school account is on the invoice I'm emailing to [[E:liam.obw@icloud.com]]",
            ),
            (
                "c",
                "haha ok. thanks [[P:Benedetta]]. will the cooking teacher be Nonna [[P:Lucia]]? my mate did it last year and loved her",
            ),
            ("a", "Yes, [[P:Lucia]] is still with us, she's 79 and unstoppable 😄"),
        ],
    },
    # 36. Osteopath: invoice for tax deduction
    {
        "business": "osteo",
        "platform": "whatsapp",
        "customer": "Marta Colonna",
        "lang": "it",
        "start": "2026-02-02T18:22",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Marta Colonna]], sono stata da voi sabato per la cervicale. Mi servirebbe la fattura con il codice fiscale per il 730",
            ),
            (
                "a",
                "Buonasera [[P:Marta]]! Certo, il dott. [[P:Zanella]] la emette domani. Mi scrive il codice fiscale?",
            ),
            ("c", "[[CF:CLNMRT90A41G224T]]. Residenza [[A:via Belzoni 56]], [[L:Padova]]"),
            (
                "a",
                "Perfetto. Ricordo che per la detrazione deve pagare con carta o bancomat, il contante non vale. Sabato aveva pagato col {{B:Satispay}}, va bene",
            ),
            (
                "c",
                "ah ok meno male. la prossima seduta posso prenotarla anche per mia mamma [[P:Lucia Trevisan]]? ha mal di schiena da mesi",
            ),
            (
                "a",
                "Certo! {{D:Martedì 10}} alle {{TM:11:20}} con la dott.ssa [[P:Elena Furlan]], va bene per la signora [[P:Trevisan]]?",
            ),
        ],
    },
    # 37. Osteopath: elderly man dictating to his granddaughter
    {
        "business": "osteo",
        "platform": "messenger",
        "customer": "Elisa Zanon",
        "lang": "it",
        "start": "2026-02-09T10:05",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per il nonno [[P:Gino Zanon]] che ha 84 anni. Dopo la caduta in orto ha male al fianco e il medico dott. [[P:Scarpa]] ha detto di provare con l'osteopata",
            ),
            (
                "c",
                "il nonno detta: 'diseghe che mi no go el computer e che vegno col tram da [[L:Voltabarozzo]]' 😅",
            ),
            (
                "a",
                "Buongiorno! Saluti al signor [[P:Gino]] 😊 Per la prima visita servono 50 minuti, {{$:70 €}}. Porti eventuali lastre. Giovedì {{TM:9:00}} va bene?",
            ),
            (
                "c",
                "va bene. il codice fiscale per la fattura è [[CF:ZNNGNI41M08G224D]]. io sono [[P:Elisa]], l'accompagno io, il mio numero [[T:349 - 118 - 7720]]",
            ),
            (
                "a",
                "Grazie [[P:Elisa]]. Lo studio è in [[A:via Savonarola 131]], al piano terra, niente scale per il nonno",
            ),
            ("c", "perfetto grazie mille! il nonno dice 'ciao {{W:bea}}' 😂"),
        ],
    },
    # 38. Osteopath: American expat referred by her GP
    {
        "business": "osteo",
        "platform": "instagram",
        "customer": "jess.turner.pd",
        "lang": "en",
        "start": "2026-02-12T12:40",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Jessica Turner]], American living in [[L:Padova]] (teaching at the uni). My GP Dr. [[P:Fiore]] said you might help with my lower back. Does anyone there speak English?",
            ),
            (
                "a",
                "Hi [[P:Jessica]]! Yes, Dr. [[P:Elena Furlan]] speaks English fluently, she trained in London. First visit is {{$:€70}}, 50 minutes",
            ),
            ("c", "great. any chance of a slot after 5? I teach until 4:30 in [[L:Portello]]"),
            (
                "a",
                "Thursday {{D:19th}} at {{TM:5:40 pm}} is free. May I have a phone number for the reminder?",
            ),
            (
                "c",
                "sure, [[T:+39 371 402 6618]]. Also I get a lot of spam so please don't put me on a newsletter lol",
                "en",
            ),
            ("a", "Promise! 😄 See you Thursday, [[P:Jessica]]. {{B:Studio Osteopatico Euganeo}}"),
        ],
    },
    # 39. Osteopath: Scottish cyclist on holiday in the Euganean Hills
    {
        "business": "osteo",
        "platform": "whatsapp",
        "customer": "Callum Reid",
        "lang": "en",
        "start": "2026-02-19T07:20",
        "messages": [
            (
                "c",
                "Morning, [[P:Callum Reid]] here, on a cycling trip in [[L:Abano Terme]] with my brother-in-law [[P:Fraser]]. Crashed on the descent from {{W:Monte Venda}} yesterday, neck is locked. Any chance today?",
            ),
            (
                "a",
                "Good morning [[P:Callum]], sorry to hear that! Did you see a doctor? If there was a head knock please go to the ER first",
            ),
            (
                "c",
                "yes went to {{W:Pronto Soccorso}} at [[L:Abano]], x-ray clear, doc said muscle spasm. the hotel receptionist [[P:Debora]] recommended you",
            ),
            (
                "a",
                "Ok good. Dr. [[P:Zanella]] can see you at {{TM:13:10}}. Address: [[A:via Savonarola 131]], [[L:Padova]]. Tram stop {{W:Ospedale}}",
            ),
            (
                "c",
                "brilliant. [[P:Fraser]] will drive me. my UK mobile is [[T:07700 914 382]], email [[E:callum.reid.cycles@gmail.com]] for the receipt (travel insurance 🙄)",
                "en",
            ),
            ("a", "Noted, see you at 13:10. Bring the ER report please"),
        ],
    },
    # 40. Osteopath: runner booking online, login alert
    {
        "business": "osteo",
        "platform": "messenger",
        "customer": "Davide Bergamo",
        "lang": "it",
        "start": "2026-02-25T21:02",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Davide Bergamo]], ho provato a prenotare dal vostro portale ma mi è arrivata una mail strana 'nuovo accesso da [[IP:185.94.33.120]], [[L:Vicenza]]'. Io sono a [[L:Selvazzano]]!",
            ),
            (
                "a",
                "Ciao [[P:Davide]], grazie della segnalazione. Il portale è di {{B:MioDottore}}, probabilmente è la geolocalizzazione del tuo operatore, ma per sicurezza cambia la password",
            ),
            (
                "c",
                "fatto. comunque volevo prenotare per la {{W:Maratona di Sant'Antonio}}, ho la bandelletta che fa male. Preferisco la dott.ssa [[P:Furlan]]",
            ),
            (
                "a",
                "La dott.ssa [[P:Furlan]] ha posto {{D:lunedì}} alle {{TM:19:00}}. Ti scrivo sull'email del portale, è ancora [[E:d.bergamo.run@gmail.com]]?",
            ),
            (
                "c",
                "sì quella. se chiama qualcuno a casa risponde la mia compagna [[P:Giulia Fabbri]], fisso [[T:049.8713 402]]",
            ),
            ("a", "Perfetto, a lunedì. Buon allenamento!"),
        ],
    },
    # 41. Osteopath: self-employed patient needs an invoice with VAT
    {
        "business": "osteo",
        "platform": "telegram",
        "customer": "Luca Bruni",
        "lang": "it",
        "start": "2026-03-02T09:44",
        "messages": [
            (
                "c",
                "buongiorno, [[P:luca bruni]]. sono un grafico freelance, dovrei avere fattura con codice fiscale E p.iva insieme, si puo?",
            ),
            ("a", "Buongiorno [[P:Luca]]! Sì, mettiamo entrambi. Mi dia i dati completi"),
            (
                "c",
                "[[P:Bruni Luca]] cf [[CF:BRNLCU71H14D969N]] piva [[V:04553180284]]... no aspetti, quella è del mio socio [[P:Sarto]]. La mia te la mando stasera, scusa il tu",
            ),
            (
                "a",
                "Nessun problema 😊 Le ricordo che è nato a [[L:Genova]] giusto? Sul gestionale risulta un altro luogo di nascita",
            ),
            (
                "c",
                "si [[L:genova]], poi trasferito a [[L:Abano]] nel 98. indirizzo [[A:via Monteortone 22/A]]. ah il mio sito se le serve per la ragione sociale [[U:www.lucabruni-grafica.it]]",
            ),
            ("a", "Perfetto, aggiorno tutto. Buona giornata [[P:Luca]]"),
        ],
    },
    # 42. Osteopath: Moroccan mother, infant osteopathy
    {
        "business": "osteo",
        "platform": "whatsapp",
        "customer": "Nadia Benali",
        "lang": "it",
        "start": "2026-03-05T11:11",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Nadia]], la mia bambina [[P:Amira]] ha 2 mesi e piange sempre dopo la poppata. La pediatra dott.ssa [[P:Bellin]] mi ha detto che voi fate osteopatia per neonati",
            ),
            (
                "a",
                "Buongiorno [[P:Nadia]]! Sì, se ne occupa la dott.ssa [[P:Furlan]]. La seduta pediatrica è {{$:60 €}}, circa 40 minuti. Portate il libretto della bimba",
            ),
            (
                "c",
                "ok. vengo con mio marito [[P:Karim]], lui guida. noi abitiamo a [[L:Arcella]], quanto ci vuole?",
            ),
            (
                "a",
                "Dall'[[L:Arcella]] 15 minuti circa. Venerdì {{TM:10:30}}? Intestiamo la fattura a lei o a suo marito?",
            ),
            (
                "c",
                "a mio marito per favore, [[P:Karim El Idrissi]], mail [[E:karim.elidrissi[at]hotmail.it]], tel [[T:+39 327 5540 918]]",
            ),
            ("a", "Tutto a posto, a venerdì! Un bacio alla piccola [[P:Amira]] 💛"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(19, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
