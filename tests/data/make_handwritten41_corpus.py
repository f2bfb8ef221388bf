# ruff: noqa: E501
"""Hand-written blind test corpus no. 41 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, EU VAT numbers, card numbers) were computed once with python-stdnum / Luhn and
pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten41_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a pharmacy in Padova, an Italian language school in
Rome for refugees and expats (Afghan, Eritrean, Bangladeshi, Peruvian students and others), a wine
estate in Montalcino shipping to the US and the UK, a gym in Reggio Calabria, a plumber working in
the carruggi of Genoa's old town, and an estate agent in Como selling lake villas to Swiss and
German buyers.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten41_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten41_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pharma": "Farmacia Al Santo Padova",
    "school": "Parole Nuove Scuola di Italiano",
    "wine": "Tenuta Poggio alle Querce",
    "gym": "Stretto Fitness Club",
    "plumber": "Idraulica Parodi Genova",
    "estate": "Lario Prestige Immobiliare",
}
PAGE_IDS: dict[str, str] = {
    "pharma": "641190000000113",
    "school": "641190000000224",
    "wine": "641190000000335",
    "gym": "641190000000446",
    "plumber": "641190000000557",
    "estate": "641190000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Pharmacy: husband collects his wife's thyroid prescription, mother-in-law picks up
    {
        "business": "pharma",
        "platform": "whatsapp",
        "customer": "Giuse Rossi",
        "lang": "it",
        "start": "2024-03-04T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giuseppe Rossi]], mia moglie [[P:Rosa]] ha la ricetta elettronica del dott. [[P:Scarpa]] x l'{{PD:Eutirox}} 50, vi mando il nre?",
            ),
            (
                "a",
                "Buongiorno [[P:Giuseppe]]! Sì certo, ci servono NRE e codice fiscale di sua moglie. [[P:Chiara]] - {{B:Farmacia Al Santo}}",
            ),
            (
                "c",
                "nre {{R:050A04 3318812947}}, cf [[CF:BNCRSO90A41H501D]]. è a nome [[P:Rosa Bianco]], ha tenuto il cognome suo 😅",
            ),
            (
                "a",
                "Perfetto, l'{{PD:Eutirox}} è pronto dalle {{TM:16:00}}. Lo ritira lei o la signora?",
            ),
            (
                "c",
                "passa mia suocera [[P:Speranza]], abita li vicino in [[A:via Belzoni 41]]. ah e se avete il {{PD:Voltaren Emulgel}} quello grande mettetelo insieme",
            ),
            (
                "a",
                "Ok, tutto insieme, sono {{$:€ 14,90}} (il farmaco con ricetta è esente). A dopo, [[P:Chiara]]",
            ),
        ],
    },
    # 2. Pharmacy: daughter arranges home delivery for her father, carer and GP
    {
        "business": "pharma",
        "platform": "messenger",
        "customer": "Betta Ferro",
        "lang": "it",
        "start": "2024-03-11T15:40:00",
        "messages": [
            (
                "c",
                "ciao, scrivo x mio papà [[P:Aldo Ferro]], ha 84 anni e nn esce piu di casa. fate consegne a [[L:Selvazzano]]?",
            ),
            (
                "a",
                "Buongiorno! Sì, a [[L:Selvazzano Dentro]] consegniamo il {{D:martedì}} e il {{D:venerdì}} dopo le {{TM:15}}. Mi lascia indirizzo e un recapito? [[P:Matteo]], {{B:Farmacia Al Santo}}",
            ),
            (
                "c",
                "[[A:via Pelosa 22/B]], [[A:35030]] [[L:Selvazzano Dentro]], citofono [[P:Ferro]] - [[P:Bortolami]] (è la badante, [[P:Oksana]], parla poco italiano). fisso [[T:049 805 1163]] o il mio [[T:+39 340 118 7726]], sono [[P:Elisabetta]] la figlia, x tutti [[P:Betta]] 😅",
            ),
            (
                "a",
                "Grazie [[P:Betta]]! Per lo scontrino parlante ci serve il codice fiscale di suo papà",
            ),
            (
                "c",
                "[[CF:FRRLDA40C14G224Y]]. la ricetta ve la manda il medico, il dott. [[P:Giacomo Zanella]], dalla mail dello studio [[E:studio.zanella@medici-padova.example]]",
            ),
            (
                "a",
                "Ricevuta! {{PD:Cardioaspirina}} e {{PD:Lasix}} 25 mg, consegna {{D:venerdì 15}} tra le {{TM:15:00}} e le {{TM:17:00}}. Se [[P:Oksana]] non c'è lasciamo l'avviso. [[P:Matteo]]",
            ),
        ],
    },
    # 3. Pharmacy: American exchange student lost his allergy medicine
    {
        "business": "pharma",
        "platform": "instagram",
        "customer": "will.baker.oh",
        "lang": "en",
        "start": "2024-04-02T17:05:00",
        "messages": [
            (
                "c",
                "hi! i'm an exchange student at the uni, my name is [[P:Will Baker]]. i lost my allergy meds ({{B:Zyrtec}}), do u sell it without prescription?",
            ),
            (
                "a",
                "Hi [[P:Will]]! Yes, cetirizine is over the counter here, the Italian brand is {{B:Zirtec}} 😊 We're open until {{TM:19:30}}. – [[P:Chiara]]",
            ),
            (
                "c",
                "awesome thx. also my mom wants to ship my {{B:EpiPen}} refill from [[L:Columbus]]... she's [[P:Mary Baker]], she said she'd email u from [[E:mary.baker.cbus@example.com]]",
            ),
            (
                "a",
                "Shipping adrenaline pens through customs is tricky. An Italian GP can prescribe {{PD:Jext}} or {{PD:Fastjekt}} instead. Are you registered with a doctor in [[L:Padova]]?",
            ),
            (
                "c",
                "not yet, i live in [[A:via Marzolo 9 int. 4]] with 2 roommates. my italian number is [[T:351 422 9087]] and my us one [[T:+1 (614) 555-0143]]",
            ),
            (
                "a",
                "Perfect. Come by tomorrow, [[P:Chiara]] or dott. [[P:Pavan]] will help you find a doctor for students. Bring your passport and the {{W:Tessera Sanitaria}} if you have one.",
            ),
        ],
    },
    # 4. Pharmacy: double card charge refunded by bank transfer
    {
        "business": "pharma",
        "platform": "whatsapp",
        "customer": "Lin Xiaoyan",
        "lang": "it",
        "start": "2024-04-19T09:22:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Lin Xiaoyan]], ieri mia figlia [[P:Lin Mei]] ha pagato due volte {{$:38,50 €}} col bancomat, scontrino n. {{R:0412-0087}}",
            ),
            (
                "a",
                "Buongiorno signora [[P:Lin]], abbiamo verificato, il doppio addebito c'è. Preferisce il rimborso in contanti o con bonifico?",
            ),
            ("c", "bonifico per favore, conto intestato a me [[I:IT10D0503462750000000813377]]"),
            (
                "c",
                "scusi mio nome su banca è [[P:LIN XIAOYAN]], tutto maiuscolo. nome cinese [[P:Xiaoyan]] ma amici chiamano me [[P:Yan]]",
            ),
            (
                "a",
                "Perfetto, disposto oggi, arriva in 1-2 giorni lavorativi. Ci lascia una mail per la ricevuta?",
            ),
            ("c", "[[E:xiaoyan.lin88@example.cn]] grazie mille"),
            ("a", "Grazie a lei, buona giornata! [[P:Chiara Zanon]]"),
        ],
    },
    # 5. Pharmacy: grocer needs a first-aid kit invoiced to his shop; son with a cough
    {
        "business": "pharma",
        "platform": "telegram",
        "customer": "Youssef",
        "lang": "it",
        "start": "2024-05-06T11:48:00",
        "messages": [
            (
                "c",
                "salve, ho un piccolo negozio di alimentari all'[[L:Arcella]] e mi serve la cassetta pronto soccorso a norma, con fattura alla ditta",
            ),
            (
                "a",
                "Salve! Abbiamo la cassetta {{PD:Pharmacare Allegato 2}} a {{$:39,90 €}}. Mi dia i dati per la fattura elettronica. [[P:Matteo]]",
            ),
            (
                "c",
                "[[P:El Amrani Youssef]], alimentari {{B:Al Medina}}, P.IVA [[V:04720930280]], [[A:via Tiziano Aspetti 118]], [[A:35132]] [[L:Padova]]. codice SDI {{R:M5UXCR1}}",
            ),
            ("a", "Grazie sig. [[P:El Amrani]]. La trova pronta da {{D:domani}} mattina."),
            (
                "c",
                "un'altra cosa, mio figlio [[P:Adam]] ha la tosse da una settimana, la pediatra dott.ssa [[P:Bianca Marin]] ha detto uno sciroppo sedativo, c'e senza ricetta?",
            ),
            (
                "a",
                "Per i bambini meglio risentire la dott.ssa [[P:Marin]] per il dosaggio. Senza ricetta abbiamo il {{PD:Grintuss Pediatric}}. Scriva pure qui o chieda di [[P:Matteo]]",
            ),
        ],
    },
    # 6. Pharmacy: wheelchair rental for grandmother Neve, brother-in-law collects
    {
        "business": "pharma",
        "platform": "messenger",
        "customer": "Annalisa Gallo",
        "lang": "it",
        "start": "2024-06-10T18:31:00",
        "messages": [
            (
                "c",
                "buonasera, noleggiate carrozzine? mia nonna [[P:Neve]] (si chiama proprio cosi 😄) esce dall'ospedale il {{D:14}} e ci serve x un mese",
            ),
            (
                "a",
                "Buonasera! Sì, carrozzina pieghevole {{$:60 €}} al mese + {{$:100 €}} di cauzione. A nome di chi facciamo il contratto?",
            ),
            (
                "c",
                "a nome mio, [[P:Annalisa Gallo]], abito ad [[L:Abano Terme]], [[A:via Monteortone 31, scala B]]. mail [[E:annalisa punto gallo chiocciola libero punto it]]",
            ),
            ("a", "Perfetto [[P:Annalisa]]. La consegniamo noi o passate a ritirarla?"),
            (
                "c",
                "la ritira mio cognato [[P:Loris]], quello col furgone 😂 il suo num è [[T:349/2271845]]",
            ),
            (
                "a",
                "Va benissimo, [[P:Loris]] può passare dopo le {{TM:9}}. Auguri di pronta guarigione alla nonna [[P:Neve]]! [[P:Chiara]]",
            ),
        ],
    },
    # 7. Pharmacy: Ukrainian customer in a giveaway, switches to English
    {
        "business": "pharma",
        "platform": "instagram",
        "customer": "olenka.kovalenko",
        "lang": "it",
        "start": "2025-02-11T20:14:00",
        "messages": [
            (
                "c",
                "ciao! ho visto il vostro post del giveaway di {{W:San Valentino}} con il kit {{B:Bioderma}}, ho taggato @[[H:nastia.kov]] e @[[H:dariia_ua]], il mio profilo è @[[H:olenka.kovalenko]]",
            ),
            (
                "a",
                "Ciao [[P:Olena]]! Partecipazione valida ✨ L'estrazione è il {{D:15 febbraio}}.",
            ),
            (
                "c",
                "sorry my italian is bad, can I write in english? if I win my sister [[P:Anastasiia]] will pick up, I work in [[L:Vicenza]] all week",
                "en",
            ),
            (
                "a",
                "Of course! Your sister just needs an ID and your name, [[P:Olena Kovalenko]] 😊",
                "en",
            ),
            (
                "c",
                "ok but her surname is different, she is married: [[P:Anastasiia Hnatiuk]]. [[P:H-N-A-T-I-U-K]]. my page if u need proof [[U:instagram.com/olenka.kovalenko]]",
                "en",
            ),
            (
                "a",
                "Noted, thanks [[P:Olena]]! Good luck 🍀 – [[P:Chiara]] from {{B:Farmacia Al Santo}}",
                "en",
            ),
        ],
    },
    # 8. School: Afghan student enrols for the A2 course, cousin joins
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Mohamed H",
        "lang": "en",
        "start": "2024-09-23T10:05:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Mohamed Hussain]], I am from [[L:Herat]], I live in [[L:Torpignattara]] now. I want to do the A2 course for the {{W:Questura}}",
            ),
            (
                "a",
                "Hello [[P:Mohamed]], welcome! The A2 course starts on {{D:7 October}}, {{D:Monday}} and {{D:Wednesday}} at {{TM:6 pm}}. It is free for holders of international protection. I need your full name, codice fiscale and a phone number. [[P:Serena]]",
            ),
            (
                "c",
                "[[P:HUSSAIN MOHAMED]], codice fiscale [[CF:HSSMMD95L01Z200L]], phone [[T:+39 388 904 1152]]. my cousin [[P:Farid]] also want to come, he lives in [[L:Tor Bella Monaca]]",
            ),
            (
                "a",
                "Great. [[P:Farid]] can come to the placement test on {{D:Friday}} at {{TM:10}}. Ask him to bring his {{W:Permesso di Soggiorno}}.",
            ),
            ("c", "thank you teacher. sorry my English. tashakor!"),
            ("a", "Tashakor to you 😊 See you on Monday! – [[P:Serena]], {{B:Parole Nuove}}"),
        ],
    },
    # 9. School: Eritrean student needs the B1 certificate for citizenship
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Grace T.",
        "lang": "it",
        "start": "2024-10-14T14:37:00",
        "messages": [
            (
                "c",
                "buongiorno maestra [[P:Serena]], sono [[P:Grace]], corso B1 di [[P:Davide]]. mi serve attestato per la cittadinanza",
            ),
            (
                "a",
                "Ciao [[P:Grace]]! L'attestato lo rilascia l'università dopo l'esame {{PD:CILS B1 Cittadinanza}} del {{D:4 dicembre}}. Mi scrivi nome e cognome come sul permesso?",
            ),
            (
                "c",
                "[[P:TEKLE GRACE]], ma mio marito chiama me [[P:Gigi]] 😄 codice fiscale [[CF:TKLGRC91S58Z368D]]. abito a [[L:Centocelle]] se serve",
            ),
            (
                "a",
                "Perfetto. La quota d'esame è {{$:120 €}}, puoi pagare in segreteria in contanti o con {{B:Satispay}}.",
            ),
            (
                "c",
                "ok pago {{D:giovedì}}. mia mail è [[E:grace.tekle91@example.com]] per la ricevuta. mio marito [[P:Yonas]] porta i soldi",
            ),
            (
                "a",
                "Va bene! Dì a [[P:Yonas]] di chiedere di me o di [[P:Davide Leone]]. Un abbraccio, [[P:Serena]]",
            ),
        ],
    },
    # 10. School: Bangladeshi mother asks for the women's class with childcare
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Nusrat",
        "lang": "en",
        "start": "2024-10-21T08:55:00",
        "messages": [
            (
                "c",
                "Assalamualaikum. I am [[P:Nusrat Rahman]] from [[L:Sylhet]]. Is there class only for women? I have small baby",
            ),
            (
                "a",
                "Walaikum assalam [[P:Nusrat]]! Yes, the women's class is {{D:Tuesday}} and {{D:Thursday}} morning, with a babysitter in the next room. Do you speak some Italian?",
            ),
            (
                "c",
                "little bit. my husband [[P:Shahid]] speak good, he work in restaurant in [[L:Trastevere]]. we live [[A:via della Marranella 88]], 3rd floor",
            ),
            (
                "a",
                "Perfect, it's 10 minutes walking from us. Can you send me your codice fiscale and a phone?",
            ),
            (
                "c",
                "[[CF:RHMNSR93P48Z249Y]] phone [[T:0039 329 774 0913]] this is [[P:Shahid]] number but he give me",
            ),
            (
                "a",
                "Thanks! Your teacher will be [[P:Rosa]], she's lovely 😊 First lesson {{D:Tuesday 29}} at {{TM:9:30}}. – [[P:Serena]]",
            ),
        ],
    },
    # 11. School: Peruvian carer with a double surname, cousin also wants to come
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Maria Q.H.",
        "lang": "it",
        "start": "2024-11-04T21:02:00",
        "messages": [
            (
                "c",
                "hola! buonasera, sono [[P:María Quispe Huamán]], peruviana, abito a [[L:Monteverde]] ma lavoro come badante ai [[L:Parioli]]",
            ),
            (
                "a",
                "Ciao [[P:María]]! Benvenuta. Abbiamo il corso serale A2 il {{D:lunedì}} e il {{D:giovedì}} dalle {{TM:19:00}} alle {{TM:20:30}}.",
            ),
            (
                "c",
                "perfetto! sono due apellidos, [[P:Quispe]] y [[P:Huamán]], [[P:Q-U-I-S-P-E]], a volte in questura scrivono solo [[P:Quispe]] 🙄 la signora dove lavoro, la señora [[P:Vittoria Orsini]], dice che mi paga il corso",
            ),
            ("a", "Che gentile! Per l'iscrizione mi servono codice fiscale e un contatto."),
            (
                "c",
                "[[CF:QSPMRA89B52Z611W]], mi trovi qui su telegram @[[H:mariaqh_lima]] o mail [[E:mariaquispe.h@example.pe]]",
            ),
            (
                "a",
                "Iscritta! Ti aspettiamo lunedì, chiedi di [[P:Davide]] alla porta. [[P:Serena]]",
            ),
            (
                "c",
                "¡gracias! mia prima, cioè cugina, [[P:Rosita]] vuole venire anche lei, vive a [[L:Primavalle]]",
            ),
        ],
    },
    # 12. School: Indian expat couple, private lessons invoiced to her German employer
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Priya R",
        "lang": "en",
        "start": "2024-11-12T12:20:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Priya Raghunathan]], I moved to [[L:Rome]] from [[L:Bangalore]] with my husband [[P:Arjun]] in September. We'd like private lessons, my company pays",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Private lessons are {{$:35 €}} per hour, a package of 10 is {{$:320 €}}. For company invoices we need the company details.",
            ),
            (
                "c",
                "Company is {{B:Kranich Logistics GmbH}}, VAT [[V:DE812345673]]. Please address it to me c/o their office, [[A:viale Città d'Europa 681]], [[A:00144]] [[L:Roma]]",
            ),
            ("a", "Perfect. Who approves the invoice on their side?"),
            (
                "c",
                "[[P:Mark Church]], [[E:m.church@kranich-logistics.example]]. He's British, very nice but slow 😅 mobile [[T:+44 7700 900 412]]",
            ),
            (
                "a",
                "Thanks! First lesson with [[P:Davide]] on {{D:Thursday}} at {{TM:6:30 pm}}? He can come to your flat in [[L:EUR]].",
            ),
            (
                "c",
                "Thursday works. we're at [[A:via Cristoforo Colombo 440, scala C, int. 12]], the buzzer says [[P:Raghunathan-Iyer]]",
            ),
            ("a", "Great, see you then! [[P:Serena]] 🇮🇹"),
        ],
    },
    # 13. School: retired teacher offers to volunteer
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Gabriele",
        "lang": "it",
        "start": "2024-11-25T19:47:00",
        "messages": [
            (
                "c",
                "buonasera, mi chiamo [[P:Gabriele Bello]], sono un prof di lettere in pensione e vorrei fare volontariato da voi. mi ha parlato di voi [[P:Lucia]] di {{B:Sant'Egidio}}",
            ),
            (
                "a",
                "Buonasera prof. [[P:Bello]]! Che bello 😄 (scusi, non ho resistito). Cerchiamo proprio volontari per il pre-A1. Ci manda un breve cv?",
            ),
            (
                "c",
                "ahah me lo dicono da 60 anni. il cv è sul mio sito [[U:https://gabrielebello.example.it/cv]], oppure su facebook [[U:facebook.com/gabriele.bello.5]]",
            ),
            ("a", "Perfetto. Lei dove abita? Il corso è al mattino."),
            (
                "c",
                "a [[L:San Lorenzo]], [[A:via dei Volsci 27]], 10 minuti in bici. cell [[T:333.612.0947]]",
            ),
            (
                "a",
                "Ottimo! La chiama [[P:Davide Leone]] per un colloquio. Grazie davvero, [[P:Serena]]",
            ),
        ],
    },
    # 14. School: Nigerian nurse needs B2, cousin arriving from Lagos
    {
        "business": "school",
        "platform": "instagram",
        "customer": "ada.nurse.okonkwo",
        "lang": "en",
        "start": "2024-12-16T18:10:00",
        "messages": [
            (
                "c",
                "Good evening! I'm [[P:Chiamaka Okonkwo]], nurse from [[L:Enugu]]. I need B2 Italian to register with the nursing board. do you have B2?",
            ),
            (
                "a",
                "Hi [[P:Chiamaka]]! Yes, an intensive B2, 3 evenings a week, starting after {{W:Epiphany}}. Are you in [[L:Rome]] already?",
            ),
            (
                "c",
                "yes, in [[L:Ostia]], I work as a carer for an old man, signor [[P:Mario Pellegrini]]. my friends call me [[P:Ada]] 😊",
            ),
            (
                "a",
                "Nice to meet you [[P:Ada]]! Can you send us your contacts for the placement test?",
            ),
            (
                "c",
                "ig is @[[H:ada.nurse.okonkwo]] and all my links are here [[U:linktr.ee/chiamaka_ok]]. email [[E:chiamaka.okonkwo (at) example (dot) ng]]",
            ),
            (
                "a",
                "Got it! Test on {{D:January 9}} at {{TM:5 pm}}. Our colleague [[P:Victoria]] will examine you.",
            ),
            (
                "c",
                "🙏🏾 thank u so much. my cousin [[P:Ngozi]] from [[L:Lagos]] is coming in March, can she come too?",
            ),
            ("a", "Of course, tell [[P:Ngozi]] to write to us when she arrives 🤗 [[P:Serena]]"),
        ],
    },
    # 15. School: Afghan student locked out of the online platform
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Farid A",
        "lang": "en",
        "start": "2025-01-20T16:33:00",
        "messages": [
            (
                "c",
                "hello teacher, I am [[P:Farid Ahmadi]], cousin of [[P:Mohamed]]. I cant login on the online platform, it says account blocked",
            ),
            ("a", "Hi [[P:Farid]]! Which email did you use for the account?"),
            (
                "c",
                "[[E:farid.ahmadi.kbl@example.com]]. also it say 'too many attempts from [[IP:203.0.113.57]]'",
            ),
            (
                "a",
                "I see it, too many wrong passwords from the library wifi. I unblocked it. Next time you forget the password write to [[P:Davide]].",
            ),
            (
                "c",
                "thank you. my phone change, new number [[T:+39 366 208 4471]]. the old one is of my flatmate [[P:Sayed]] now",
            ),
            ("a", "Updated ✔️ – [[P:Serena]]"),
        ],
    },
    # 16. Wine: American couple orders a case of Brunello, pastes the card number
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Robbie Fox",
        "lang": "en",
        "start": "2024-07-08T22:15:00",
        "messages": [
            (
                "c",
                "Hey there! We visited last June, [[P:Robbie]] and [[P:Hope Fox]] from [[L:Portland]] 🍷 We'd love a case of the {{PD:Brunello di Montalcino 2019}} shipped home",
            ),
            (
                "a",
                "Ciao [[P:Robbie]]! Of course we remember you and [[P:Hope]], the golden retriever photos 😄 A case of 12 is {{$:$780}} incl. shipping to the US, duties paid. Shall I send a payment link?",
            ),
            ("c", "can I just give you my card? it's a visa [[C:4532 0151 1283 0366]] exp 09/27"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 I'll delete it on our side. Here is a secure link for order {{O:PQ-2024-1187}}. What's the shipping address?",
            ),
            (
                "c",
                "oops sorry! [[A:1420 NW Elm Street, Apt 4B]], [[L:Portland]], OR [[A:97209]]. phone [[T:(503) 555-0178]]. it's [[P:Robert Fox]] on the doorbell, nobody calls me [[P:Robert]] except my mom lol",
            ),
            (
                "a",
                "Got it. {{B:FedEx}} tracking will follow by email around {{D:July 15}}. Grazie! – [[P:Tommaso]]",
            ),
            ("c", "you're the best [[P:Tommy]]!!"),
        ],
    },
    # 17. Wine: English customer paid twice, refund to her UK account, neighbour takes the parcel
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "vicky_sips_wine",
        "lang": "en",
        "start": "2024-08-19T13:02:00",
        "messages": [
            (
                "c",
                "Hello! [[P:Victoria Church]] here, I follow you as @[[H:vicky_sips_wine]]. I ordered 6 {{PD:Rosso di Montalcino}} for my husband's 50th but paid twice by bank transfer 🙈",
            ),
            ("a", "Hi [[P:Victoria]]! Let me check with [[P:Giulia]] in the office."),
            (
                "a",
                "Yes, we received {{$:£162}} twice for order {{O:PQ-UK-0392}}. We'll refund one. Which account should we use?",
            ),
            (
                "c",
                "the same one please, [[I:GB14 NWBK 6016 2245 8177 30]], account name [[P:V. Church]]",
            ),
            (
                "a",
                "Done, refund sent today. The wine ships {{D:Monday}} with {{B:DHL}}, tracking {{TR:JD014600006281759362}}. Delivery to [[A:Rose Cottage, 4 Church Lane]], [[L:Pannal]], [[A:HG3 1NF]]?",
            ),
            (
                "c",
                "perfect, and if no one's in leave it with our neighbour [[P:Will Hughes]] at number 6 🙂 xx [[P:Vicky]]",
            ),
        ],
    },
    # 18. Wine: Milan accountants order Christmas gift boxes, one goes to a client in Siena
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Federica Mancini",
        "lang": "it",
        "start": "2024-11-28T10:44:00",
        "messages": [
            (
                "c",
                "buongiorno! sono [[P:Federica Mancini]], studio {{B:Mancini & Villa}} di [[L:Milano]]. vorremmo 20 confezioni regalo x {{W:Natale}} per i clienti",
            ),
            (
                "a",
                "Buongiorno [[P:Federica]]! La confezione da 2 bottiglie ({{PD:Brunello}} + {{PD:Sant'Antimo Rosso}}) è {{$:58 €}} cad. Intestazione fattura?",
            ),
            (
                "c",
                "{{B:Mancini & Villa Commercialisti Associati}}, P.IVA [[V:09174520156]], consegna in studio [[A:corso di Porta Vigentina 33]], [[A:20122]] [[L:Milano]]",
            ),
            ("a", "Perfetto. Vuole un biglietto personalizzato?"),
            (
                "c",
                "si: 'Buone feste da [[P:Federica]], [[P:Paolo]] e tutto lo studio'. ah, una confezione va mandata a parte a un cliente a [[L:Siena]], il rag. [[P:Ugo Tiezzi]], [[A:via dei Rossi 12]]",
            ),
            (
                "a",
                "Nessun problema, quella la porta [[P:Tommaso]] di persona, [[L:Siena]] è a mezz'ora 😉 Consegne entro il {{D:18 dicembre}}. [[P:Giulia]]",
            ),
        ],
    },
    # 19. Wine: honeymoon couple books a tasting, cousin recommended the estate
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Neha K. Sharma",
        "lang": "en",
        "start": "2025-04-22T07:58:00",
        "messages": [
            (
                "c",
                "Hi! booking a tasting for 2 on {{D:May 14}}, we're on our honeymoon 💍 I'm [[P:Neha]], my husband is [[P:Rohit Sharma]]",
            ),
            (
                "a",
                "Congratulations [[P:Neha]]! The {{PD:Brunello vertical tasting}} at {{TM:11:00}} still has spots, {{$:€65}} per person. Name for the booking?",
            ),
            (
                "c",
                "[[P:Neha Kapoor Sharma]], I kept both 😄 email is [[E:neha [dot] kapoor [at] example [dot] com]]",
            ),
            (
                "a",
                "Booked! Reference {{R:TQ-TAST-0514-02}}. Where are you staying? We can arrange a driver.",
            ),
            (
                "c",
                "at an agriturismo in [[L:Castelnuovo dell'Abate]]. we're coming from [[L:Hoboken]] btw, my cousin [[P:Anjali]] recommended you, she's @[[H:anjali.eats.nyc]] on insta",
            ),
            (
                "a",
                "Oh we love [[P:Anjali]]! Your driver will be [[P:Luca]], his number is [[T:+39 335 708 2219]]. See you on the 14th! – [[P:Tommaso]]",
            ),
        ],
    },
    # 20. Wine: Romanian harvest worker and his wife, salary IBAN
    {
        "business": "wine",
        "platform": "telegram",
        "customer": "Ionut P.",
        "lang": "it",
        "start": "2025-06-30T19:26:00",
        "messages": [
            (
                "c",
                "buna ziua, sono [[P:Ionuț Popescu]], ho fatto la vendemmia da voi nel 2023 con [[P:Gheorghe]]. cercate ancora gente per settembre?",
            ),
            (
                "a",
                "Ciao [[P:Ionuț]]! Sì, cerchiamo 6 persone dal {{D:9 settembre}}. Sei ancora a [[L:Torrenieri]]?",
            ),
            (
                "c",
                "no ora abito a [[L:Buonconvento]], [[A:via Soccini 41]]. anche mia moglie [[P:Mădălina]] vuole lavorare, lei parla bene italiano",
            ),
            ("a", "Perfetto, segno tutti e due. Per il contratto ci servono i documenti e l'IBAN."),
            (
                "c",
                "il mio è romeno [[I:RO09BTRLRONCRT0583619201]], va bene? se no quello italiano di [[P:Mădălina]] [[I:IT16Q0832703200000000019274]]",
            ),
            ("a", "Meglio quello italiano, grazie. Ci vediamo il 9! [[P:Giulia]]"),
            (
                "c",
                "mulțumesc! tel mio romeno [[T:+40 721 555 318]] ma in Italia uso [[T:320 4418 990]]",
            ),
        ],
    },
    # 21. Wine: English content creator proposes a collaboration
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "poppysippingtuscany",
        "lang": "en",
        "start": "2025-07-14T11:11:00",
        "messages": [
            (
                "c",
                "Hiya 👋 I'm [[P:Poppy Mills]], wine content creator @[[H:poppysippingtuscany]], 48k followers. Would you be up for a collab?",
            ),
            ("a", "Hi [[P:Poppy]]! Thanks for reaching out. What did you have in mind?"),
            (
                "c",
                "a reel in the cellar + a giveaway. My rate card is on [[U:www.poppymills.example.co.uk/collabs]]. My manager [[P:Josh Whitaker]] handles contracts, [[E:josh@whitaker-talent.example]]",
            ),
            (
                "a",
                "Sounds fun, I'll talk to [[P:Giulia]] who does our marketing. When are you coming over?",
            ),
            (
                "c",
                "{{D:3 to 10 October}}, staying with friends in [[L:Pienza]]. If you prefer paying via paypal it's [[U:paypal.me/poppymillsuk]]",
            ),
            (
                "a",
                "Noted! We'd rather pay in {{PD:Rosso di Montalcino}} 😄 but let's see. [[P:Giulia]] will email you. Cheers, [[P:Tommaso]]",
            ),
        ],
    },
    # 22. Wine: broken bottles delivered in London, reshipped
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Daniel O.",
        "lang": "en",
        "start": "2025-09-03T17:49:00",
        "messages": [
            (
                "c",
                "Hi, order {{O:PQ-UK-0417}} arrived today in [[L:London]] but 2 bottles were broken 😩 the courier, a guy called [[P:Kev]], made me sign anyway",
            ),
            (
                "a",
                "Oh no, so sorry! Could you send photos of the box and the label? And confirm your name and address please.",
            ),
            (
                "c",
                "[[P:Daniel Okafor]], [[A:Flat 3, 27 Mill Lane]], [[L:West Hampstead]], [[A:NW6 1NT]]. phone [[T:07700 900 863]]",
            ),
            (
                "c",
                "📷📷 sent. one was the {{PD:Brunello Riserva}}, my father-in-law's favourite, he's flying in from [[L:Abuja]] next week 😅",
            ),
            (
                "a",
                "Thank you [[P:Daniel]]. We'll reship 2 bottles by {{B:UPS}} express tomorrow, tracking {{TR:1Z999AA10123456784}}. They should arrive by {{D:Friday}} 🤞",
            ),
            ("c", "legends. tell [[P:Tommy]] thanks"),
            ("a", "Will do! – [[P:Giulia]]"),
        ],
    },
    # 23. Gym: father and son subscribe, SEPA direct debit, Calabrian dialect
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Sandro Leone",
        "lang": "it",
        "start": "2024-09-02T09:03:00",
        "messages": [
            (
                "c",
                "bongiorno, sugnu [[P:Sandro Leone]], vulia fari l'abbonamentu annuale pe mia e me figghiu [[P:Giuseppe]] c'avi 15 anni",
            ),
            (
                "a",
                "Buongiorno [[P:Sandro]]! Annuale adulti {{$:390 €}}, ragazzi under 18 {{$:250 €}}. Per la ricevuta detraibile del ragazzo serve il CF del genitore che paga.",
            ),
            (
                "c",
                "[[CF:LNELSN77T05H224G]], [[P:Leone Alessandro]]. a rate cu l'addebito si po fari?",
            ),
            ("a", "Sì, addebito SEPA mensile. Mi manda l'IBAN?"),
            ("c", "[[I:IT49 G031 1111 200C C004 0221 870]]"),
            (
                "a",
                "Perfetto. Venite {{D:lunedì}} per la scheda con [[P:Nino]]. Ciao, [[P:Francesca]] 💪",
            ),
            ("c", "grazi [[P:Fra]], salutami a [[P:Nino]] 😂"),
        ],
    },
    # 24. Gym: personal training before her sister's wedding
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "sere.crucitti",
        "lang": "it",
        "start": "2025-01-13T12:40:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Serena]] 🙋‍♀️ ho visto i video di @[[H:nino_pt_rc]] e vorrei fare personal con lui, x il matrimonio di mia sorella a giugno 😅",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! [[P:Nino]] ha posto {{D:martedì}} e {{D:giovedì}} alle {{TM:7:00}} o alle {{TM:13:30}}. Pacchetto 10 lezioni {{$:300 €}}.",
            ),
            (
                "c",
                "alle 7 mi ammazzo 😂 {{TM:13:30}} va benissimo, lavoro a [[L:Sbarre]] quindi sono vicina",
            ),
            ("a", "Grande! Mi dai nome completo e CF per la ricevuta?"),
            (
                "c",
                "[[P:Serena Crucitti]], [[CF:CRCSRN82R47H224J]]. abito a [[L:Pellaro]], [[A:contrada Lume 18]]. mia sorella [[P:Marianna]] forse si iscrive pure, la trovi qui [[U:linktr.ee/mariannacrucitti]]",
            ),
            ("a", "Allora vi aspettiamo tutte e due 😉 [[P:Francesca]]"),
        ],
    },
    # 25. Gym: locker broken into, police report, wife as contact
    {
        "business": "gym",
        "platform": "messenger",
        "customer": "Demetrio Iaria",
        "lang": "it",
        "start": "2025-02-05T21:55:00",
        "messages": [
            (
                "c",
                "Salve, ieri sera mi hanno aperto l'armadietto 47, mancano portafoglio e chiavi della macchina. Sono [[P:Demetrio Iaria]]",
            ),
            (
                "a",
                "Buonasera sig. [[P:Iaria]], ci dispiace moltissimo. Il responsabile, [[P:Pasquale Morabito]], la ricontatta stasera. Ha già fatto denuncia?",
            ),
            (
                "c",
                "si ai carabinieri di [[L:Gallico]], verbale {{R:RC-2025/01873}}. il mio numero è [[T:(+39) 0965 312 877]] o cell [[T:347-552-1904]]",
            ),
            (
                "a",
                "Perfetto. Le registrazioni delle telecamere le guardiamo con [[P:Pasquale]] domattina alle {{TM:8}}.",
            ),
            (
                "c",
                "grazie. se non rispondo chiamate mia moglie [[P:Bianca]], [[T:328 990 4412]]. mandatemi pure una mail a [[E:demetrio.iaria@example.it]]",
            ),
            ("a", "Certo. La teniamo aggiornata, [[P:Francesca]] - {{B:Stretto Fitness Club}}"),
        ],
    },
    # 26. Gym: spinning over the holidays, cousin comes for a free trial
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Roccu",
        "lang": "it",
        "start": "2024-12-20T18:18:00",
        "messages": [
            (
                "c",
                "ciao [[P:Fra]], sugnu [[P:Roccu]], u spinning u {{D:26}} u faciti o siti chiusi pe {{W:Santo Stefano}}?",
            ),
            (
                "a",
                "Ciao [[P:Rocco]]! Il {{D:24}} e il {{D:31}} apriamo fino alle {{TM:13}}, il {{D:25}} e il {{D:26}} siamo chiusi. Lo spinning riprende il {{D:27}} alle {{TM:19}} con [[P:Giusy]]",
            ),
            (
                "c",
                "ah bonu. pozzu portari a me cugginu [[P:Micu]] pe na prova? iddu staci a [[L:Villa San Giovanni]]",
            ),
            ("a", "Certo, la prova è gratuita. Mi serve nome e cognome e un numero."),
            ("c", "[[P:Domenico Surace]], [[T:339 44 12 876]]. ma non rispunni mai eh 😂"),
            ("a", "Ahah ok! Segnato per il 27. Buone feste a tutti e due 🎄 [[P:Francesca]]"),
        ],
    },
    # 27. Gym: Ukrainian former boxer joins, pays by card
    {
        "business": "gym",
        "platform": "telegram",
        "customer": "Sasha B",
        "lang": "en",
        "start": "2025-03-17T15:07:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Oleksandr Bondarenko]] from [[L:Kharkiv]], I live now in [[L:Reggio Calabria]] with my mother. I was boxer, do you have boxing ring?",
            ),
            (
                "a",
                "Hi [[P:Oleksandr]]! Yes, boxing with coach [[P:Nino Foti]] Mon/Wed/Fri at {{TM:20:00}}. Monthly {{$:45 €}}.",
            ),
            (
                "c",
                "good. friends say me [[P:Sasha]]. I pay with card, I have only ukrainian card [[C:4149 4912 3405 6781]] is ok?",
            ),
            (
                "a",
                "Yes, ukrainian cards work, but please don't write the number here 🙏 we send you a payment link. Email or phone?",
            ),
            (
                "c",
                "[[E:sasha.bondarenko.box@example.com.ua]]. address for registration [[A:via Reggio Campi II tronco 113]], [[A:89126]]",
            ),
            ("a", "Perfect [[P:Sasha]], see you Monday! – [[P:Francesca]]"),
        ],
    },
    # 28. Gym: company agreement for employees
    {
        "business": "gym",
        "platform": "whatsapp",
        "customer": "Caterina Lagana",
        "lang": "it",
        "start": "2025-04-08T10:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Caterina Laganà]], HR della {{B:Calabria Ricambi srl}}. Vorremmo una convenzione per i dipendenti",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Laganà]]! Per aziende sopra i 10 dipendenti facciamo -20%. Quanti siete?",
            ),
            (
                "c",
                "23, più i familiari. P.IVA [[V:02619470806]], sede [[A:via Nazionale Pentimele 221]], [[L:Archi]]",
            ),
            ("a", "Perfetto. Le mando il modulo via mail?"),
            (
                "c",
                "si a [[E:c.lagana@calabriaricambi.example]], in copia il titolare, [[P:Natale Zito]]",
            ),
            (
                "a",
                "Fatto! [[P:Pasquale Morabito]] passa da voi {{D:giovedì}} per firmare. Saluti, [[P:Francesca]]",
            ),
        ],
    },
    # 29. Gym: moving to Bologna, partial refund
    {
        "business": "gym",
        "platform": "instagram",
        "customer": "lucamancu_97",
        "lang": "it",
        "start": "2025-02-24T08:20:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Luca Mancuso]] (@[[H:lucamancu_97]]), mi trasferisco a [[L:Bologna]] per lavoro dal {{D:1 marzo}}, posso disdire l'annuale?",
            ),
            (
                "a",
                "Ciao [[P:Luca]]! Per trasferimento documentato rimborsiamo i mesi non usati. Ci serve il contratto di lavoro o la nuova residenza.",
            ),
            (
                "c",
                "vi mando il contratto. nuovo indirizzo [[A:via Mascarella 59]], [[L:Bologna]]. rimborso su [[I:IT24L0623012345000046870021]] intestato a me",
            ),
            ("a", "Ricevuto. Rimborso di {{$:162,50 €}} entro 30 giorni."),
            ("c", "top. salutatemi [[P:Nino]] e la [[P:Giusy]], mi mancherete 🥲"),
            ("a", "Ci mancherai anche tu! In bocca al lupo 🍀 [[P:Fra]]"),
        ],
    },
    # 30. Plumber: burst pipe in a flat in the carruggi, angry neighbour downstairs
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Fede Mancini",
        "lang": "it",
        "start": "2024-10-07T07:12:00",
        "messages": [
            (
                "c",
                "belin [[P:Gianni]], mi è scoppiato il tubo sotto il lavello, c'è acqua dappertutto!! sono [[P:Fede Mancini]], [[A:vico della Rosa 4 int. 6]]",
            ),
            (
                "a",
                "[[P:Fede]] chiudi subito la valvola generale! Arrivo in 20 minuti. [[P:Gianni]]",
            ),
            (
                "c",
                "chiusa. il vicino di sotto, il sciô [[P:Cavallero]], sta già urlando 😱 il suo tel è [[T:010 246 8135]] se serve",
            ),
            (
                "a",
                "Tranquillo, con [[P:Cavallero]] ci parlo io, lo conosco da 30 anni. Di' a tua moglie di non toccare niente",
            ),
            ("c", "[[P:Betta]] è al lavoro a [[L:Sampierdarena]], ci siamo solo io e il gatto"),
            ("a", "Sono sotto casa, il portone è chiuso, scendi ad aprire."),
            (
                "c",
                "fattura a nome mio x favore, [[P:Federico Mancini]], [[CF:MNCFRC92D18D969W]], mail [[E:fede.mancini92@example.it]]",
            ),
            (
                "a",
                "Fatto, {{$:180 €}} con l'uscita urgente. Ciao [[P:Fede]], e cambiate anche il tubo del bagno che è del '70 😉",
            ),
        ],
    },
    # 31. Plumber: boiler failure at a Chinese restaurant, son goes instead
    {
        "business": "plumber",
        "platform": "messenger",
        "customer": "Chen Wei",
        "lang": "it",
        "start": "2024-11-18T10:26:00",
        "messages": [
            (
                "c",
                "buongiorno signor [[P:Parodi]], sono [[P:Chen Wei]], ristorante {{B:Drago d'Oro}} in [[A:via di Prè 112r]]. caldaia non fa acqua calda da ieri",
            ),
            ("a", "Buongiorno [[P:Wei]]! Che caldaia è? Marca e modello, o mi mandi una foto"),
            (
                "c",
                "{{B:Vaillant}} {{PD:ecoTEC plus}}, foto mandata. per fattura: [[P:Chen Wei]], P.IVA [[V:01827350107]], codice fiscale [[CF:CHNWEI86H20Z210S]]",
            ),
            (
                "a",
                "Vedo errore F28, probabilmente l'accensione. Passa mio figlio [[P:Stefano]] alle {{TM:15}}, con le {{B:Vaillant}} è più bravo di me 😄",
            ),
            (
                "c",
                "ok. se non ci sono io c'è mia moglie [[P:Zhang Li]], lei parla poco italiano, chiamate [[T:+39 347.901.2255]]",
            ),
            ("a", "Va bene, grazie. [[P:Gianni Parodi]]"),
        ],
    },
    # 32. Plumber: granddaughter writes for her grandmother, carer and building manager
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Giorgia B.",
        "lang": "it",
        "start": "2025-01-09T19:03:00",
        "messages": [
            (
                "c",
                "buonasera, scrivo per mia nonna [[P:Rosetta Bruzzone]], ha il wc che perde da settimane. abita in [[A:salita Santa Maria di Castello 14 int. 9]]. lei il telefono non lo usa, sono la nipote [[P:Giorgia]]",
            ),
            (
                "a",
                "Buonasera [[P:Giorgia]]. Posso passare {{D:giovedì}} mattina. C'è qualcuno che apre?",
            ),
            (
                "c",
                "sì c'è la signora che la aiuta, [[P:Ana Lucía Ramírez Ortega]], ecuadoriana, gentilissima. il suo num [[T:351 602 7781]]",
            ),
            (
                "a",
                "Perfetto. Il condominio ha un amministratore? Se la perdita è sulla colonna paga il condominio",
            ),
            (
                "c",
                "sì, il rag. [[P:Oddone]], ha lo studio ad [[L:Albaro]]. [[E:amministrazione.oddone@example.it]]",
            ),
            ("a", "Gli scrivo io. Saluti alla nonna [[P:Rosetta]]! [[P:Gianni]]"),
            ("c", "grazie mille!! la nonna dice che si ricorda di suo papà, il [[P:Baciccia]] 😄"),
            ("a", "Belin che memoria! Era proprio lui 😂"),
        ],
    },
    # 33. Plumber: American buyers of a tiny old-town flat need a bathroom redo
    {
        "business": "plumber",
        "platform": "telegram",
        "customer": "Jess Tran-Miller",
        "lang": "en",
        "start": "2025-03-01T14:45:00",
        "messages": [
            (
                "c",
                "Hi! We just bought a tiny flat in the old town, [[A:vico delle Vele 7, 4th floor]] (no elevator 😅). We need a full bathroom redo. I'm [[P:Jessica Tran-Miller]]",
            ),
            (
                "a",
                "Hello [[P:Jessica]], I am [[P:Stefano]], son of [[P:Gianni]]. My English is ok. I can come for a preventivo (estimate) {{D:Saturday}} morning?",
            ),
            (
                "c",
                "Saturday is great. my husband [[P:Dave]] will be there, I'm back in [[L:Boston]] till the 20th. his number is [[T:+1 617-555-0119]], mine [[T:+1 (617) 555 0192]]",
            ),
            ("a", "Ok. Send me also an email for the estimate in pdf"),
            (
                "c",
                "[[E:jess.tranmiller@example.com]], cc [[E:dave.miller.genoa@example.net]]. our architect is [[P:Leila Haddad]], she's in [[L:Nervi]], @[[H:leila.haddad.arch]] on instagram",
            ),
            (
                "a",
                "Perfect, I will contact [[P:Leila]] for the drawings. See you Saturday! [[P:Stefano]] - {{B:Idraulica Parodi}}",
            ),
        ],
    },
    # 34. Plumber: invoice dispute, refund to a joint account, water heater by the sea
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Marisa F",
        "lang": "it",
        "start": "2025-05-12T09:34:00",
        "messages": [
            (
                "c",
                "sciô [[P:Gianni]], la fattura {{R:FT 2025/118}} è {{$:340 €}} ma al telefono avevate detto {{$:280}}",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Ferrando]], ha ragione, abbiamo messo due uscite invece di una. Le rimborsiamo {{$:60 €}}.",
            ),
            (
                "c",
                "meno male. iban [[I:IT03 L020 0812 1000 0010 5529 914]] intestato a [[P:Marisa Ferrando]] e [[P:Angelo Pittaluga]] mio marito",
            ),
            (
                "a",
                "Ok, bonifico {{D:domani}}. Mi scusi ancora, sa com'è, [[P:Stefano]] fa le fatture alle 11 di sera 🙄",
            ),
            (
                "c",
                "ahah capita. per la casa di [[L:Boccadasse]] quando venite a vedere lo scaldabagno? [[A:via Boccadasse 21/3]]",
            ),
            ("a", "{{D:Mercoledì}} pomeriggio verso le {{TM:15:30}}. [[P:Gianni]]"),
        ],
    },
    # 35. Plumber: young couple, gurgling radiator, landlord says it's their job
    {
        "business": "plumber",
        "platform": "instagram",
        "customer": "amina.benali",
        "lang": "it",
        "start": "2025-10-20T20:50:00",
        "messages": [
            (
                "c",
                "ciao!! vi abbiamo trovato tramite la storia di [[P:Ilaria]] (@[[H:ila.zena]]). sono [[P:Amina Benali]], io e il mio ragazzo [[P:Tommy Rebora]] abbiamo preso casa in [[A:vico Cicala 3 int. 5]]",
            ),
            ("a", "Ciao [[P:Amina]]! Che lavoro vi serve?"),
            (
                "c",
                "il termosifone del bagno fa un rumore tipo gorgoglio e la caldaia va in blocco. il padrone di casa, il sig. [[P:Repetto]], dice che tocca a noi 🙄 video qui [[U:https://www.tiktok.com/@amina.benali/video/7312245]]",
            ),
            (
                "a",
                "È aria nell'impianto, 20 minuti di lavoro. {{D:Venerdì}} alle {{TM:8:30}}? Lasciami un numero",
            ),
            (
                "c",
                "[[T:+39 345 118 0263]] è di [[P:Tommy]], io sono sempre in laboratorio a [[L:Sestri Ponente]]",
            ),
            ("a", "Perfetto, a venerdì. [[P:Gianni]]"),
        ],
    },
    # 36. Plumber: building manager asks for a quote, plumber gives his own tax details
    {
        "business": "plumber",
        "platform": "messenger",
        "customer": "Studio Oddone",
        "lang": "it",
        "start": "2025-01-13T11:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il rag. [[P:Piero Oddone]], amministratore del condominio di [[A:salita Santa Maria di Castello 14]]. La nipote della sig.ra [[P:Bruzzone]] mi ha girato il suo contatto",
            ),
            (
                "a",
                "Buongiorno ragioniere. Sì, la perdita è sulla colonna di scarico, va rifatto un tratto di 3 metri.",
            ),
            (
                "c",
                "Mi mandi un preventivo a [[E:studio@oddone-amministrazioni.example]]. Il mio collaboratore [[P:Marco Ghio]] la contatta per le chiavi del sottotetto, [[T:010.595.3307]]",
            ),
            (
                "a",
                "Va bene. Preventivo entro {{D:lunedì}}. Le serve la nostra anagrafica fornitore?",
            ),
            ("c", "sì grazie"),
            (
                "a",
                "{{B:Idraulica Parodi}} di [[P:Parodi Giovanni]], P.IVA [[V:05277130109]], CF [[CF:PRDGNN64A12D969N]]. Saluti, [[P:Gianni]]",
            ),
        ],
    },
    # 37. Estate: Swiss couple asks to view a lakeside villa
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Urs Baumann",
        "lang": "en",
        "start": "2025-03-24T08:40:00",
        "messages": [
            (
                "c",
                "Grüezi, this is [[P:Urs Baumann]] from [[L:Zürich]]. We saw {{PD:Villa Glicine}} on your website, is it still available?",
            ),
            (
                "a",
                "Guten Tag Herr [[P:Baumann]]! Yes, {{PD:Villa Glicine}} (ref {{R:LP-2291}}) is available, asking price {{$:€ 2.450.000}}. Would you like a viewing?",
            ),
            (
                "c",
                "yes, my wife [[P:Regula]] and I can come on {{D:Saturday 12 April}}. we drive from [[L:Küsnacht]], arriving around {{TM:11}}",
            ),
            (
                "a",
                "Perfect. I'll meet you at the gate. Could you send me a copy of your ID for the owner, and a mobile number?",
            ),
            (
                "c",
                "[[T:+41 79 555 21 84]]. the ID I send by email from [[E:urs.baumann@example.ch]]. our lawyer in [[L:Lugano]] is avv. [[P:Nicola Bernasconi]]",
            ),
            ("a", "Thank you! See you on Saturday. [[P:Elena Cattaneo]], {{B:Lario Prestige}}"),
        ],
    },
    # 38. Estate: German buyers make an offer, deposit refund account
    {
        "business": "estate",
        "platform": "messenger",
        "customer": "Jürgen Krüger",
        "lang": "en",
        "start": "2025-04-15T16:22:00",
        "messages": [
            (
                "c",
                "Hello Ms [[P:Cattaneo]], [[P:Jürgen Krüger]] here. After our visit we'd like to make an offer of {{$:€ 890.000}} on flat 4 in {{PD:Residenza Le Darsene}}.",
            ),
            (
                "a",
                "Wonderful news, Herr [[P:Krüger]]! I'll present the offer to the owners today. A deposit of {{$:€ 20.000}} is required with the signed proposal.",
            ),
            (
                "c",
                "our account is at {{B:Stadtsparkasse München}}: [[I:DE44 5001 0517 5407 3249 31]], in the name of [[P:Jürgen]] and [[P:Sabine Krüger]]. if the offer is refused, refund there please",
            ),
            ("a", "Of course. I also need your home address for the proposal."),
            (
                "c",
                "[[A:Prinzregentenstraße 48]], [[A:81675]] [[L:München]]. my mobile [[T:+49 151 5550 7781]]. our son [[P:Lukas]] speaks Italian and will help, he studies in [[L:Milano]], [[U:linkedin.com/in/lukas-krueger-mi]]",
            ),
            (
                "a",
                "Perfect, [[P:Lukas]] is welcome at the notary appointment. Best regards, [[P:Elena]]",
            ),
        ],
    },
    # 39. Estate: heirs sell their parents' house, brother in Ticino, family notary
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Roberta Ballabio",
        "lang": "it",
        "start": "2025-05-05T13:13:00",
        "messages": [
            (
                "c",
                "Buongiorno [[P:Elena]], sono [[P:Roberta Ballabio]], ci siamo sentite per la casa dei miei a [[L:Brienno]], [[A:località Sasso 3]]",
            ),
            (
                "a",
                "Buongiorno [[P:Roberta]]! Certo. Per l'incarico mi servono i dati di tutti gli eredi.",
            ),
            (
                "c",
                "siamo io e mio fratello [[P:Claudio]], lui vive a [[L:Mendrisio]], tel [[T:0041 91 555 33 18]]. io [[T:031/555 2847]] oppure [[T:348 773 0145]]. mail [[E:roberta.ballabio@example.it]]",
            ),
            ("a", "Perfetto. Avete un notaio di fiducia?"),
            (
                "c",
                "il notaio [[P:Colombo]] di [[L:Cantù]], quello che aveva fatto la successione di papà [[P:Ernesto]]",
            ),
            (
                "a",
                "Benissimo, lo conosco. Le mando l'incarico da firmare entro {{D:venerdì}}. [[P:Elena Cattaneo]]",
            ),
        ],
    },
    # 40. Estate: English buyer cannot open the virtual tour, brochure by post
    {
        "business": "estate",
        "platform": "instagram",
        "customer": "hope.on.the.lake",
        "lang": "en",
        "start": "2025-05-19T19:36:00",
        "messages": [
            (
                "c",
                "hi! [[P:Hope Sinclair]] here (@[[H:hope.on.the.lake]]). Trying to open the 3D tour of {{PD:Villa Le Ortensie}} but it says 'access denied' for my IP [[IP:198.51.100.23]]",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Sorry about that, our provider blocks some VPNs. Try this link for ref {{R:LP-2307}}. Where are you writing from?",
            ),
            (
                "c",
                "[[L:Bath]], but we spend the summers in [[L:Menaggio]]. my husband [[P:Alistair]] will want to see the boathouse in person 😄",
            ),
            ("a", "Of course. Shall I book a viewing for your next trip?"),
            (
                "c",
                "yes, late {{D:May}}. email [[E:hope.sinclair@example.co.uk]], and our house here is [[A:Bramble House, 12 Lansdown Crescent]], [[A:BA1 5EX]] if you send the brochure by post",
            ),
            ("a", "Lovely, the brochure goes out on {{D:Monday}}. [[P:Marco Frigerio]]"),
        ],
    },
    # 41. Estate: Austrian architect working for the Swiss buyer
    {
        "business": "estate",
        "platform": "telegram",
        "customer": "K. Steiner",
        "lang": "en",
        "start": "2025-06-02T09:09:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Katharina Steiner]], architect from [[L:Innsbruck]]. My client Mr [[P:Baumann]] asked me to check the renovation options for {{PD:Villa Glicine}}.",
            ),
            (
                "a",
                "Good morning [[P:Katharina]]! Happy to help, I can send the cadastral plans. For our records, the invoice details of your studio?",
            ),
            (
                "c",
                "{{B:Steiner Architektur ZT GmbH}}, UID [[V:ATU12345675]], [[A:Maria-Theresien-Straße 18]], [[A:6020]] [[L:Innsbruck]]. direct line [[T:+43 512 555 014]]",
            ),
            (
                "a",
                "Thanks. Our geometra [[P:Walter Pozzi]] can meet you at the villa on {{D:the 22nd}}.",
            ),
            (
                "c",
                "perfect. please send the plans to [[E:k.steiner@steiner-architektur.example]]. Grazie!",
            ),
            ("a", "Done ✅ [[P:Elena]]"),
        ],
    },
    # 42. Estate: daughter in London sells her father's flat, husband's question in English
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Stefi Rusconi",
        "lang": "it",
        "start": "2025-06-16T20:05:00",
        "messages": [
            (
                "c",
                "ciao [[P:Elena]], sono [[P:Stefania]], la figlia di [[P:Gino Rusconi]]. papà vuole vendere l'appartamento di [[L:Bellagio]] e io sono a [[L:Londra]]",
            ),
            (
                "a",
                "Ciao [[P:Stefania]]! Certo, mi ricordo di tuo papà. Prima facciamo la stima, costa {{$:250 €}}.",
            ),
            (
                "c",
                "ok, posso pagare con carta? è la mia mastercard [[C:5371-6244-9902-7115]] intestata a [[P:Stefania Rusconi Rees]]",
            ),
            (
                "a",
                "Meglio di no in chat 😅 ti mando un link di pagamento sicuro. L'appartamento è sempre in [[A:via Garibaldi 21, scala A, piano 2]]?",
            ),
            (
                "c",
                "sì. my husband [[P:Gareth]] says hi, he wants to know if the buyer pays the agency fee too?",
                "en",
            ),
            (
                "a",
                "Yes, in Italy both sides usually pay, 3% + VAT each. Tell [[P:Gareth]] ciao!",
                "en",
            ),
            (
                "c",
                "grazie! il mio numero UK è [[T:+44 20 7946 0321]], se non rispondo scrivimi a [[E:stefi.rusconi@example.co.uk]]",
            ),
        ],
    },
    # 43. Estate: German couple looking on the upper lake, form blocked, pastes Amex
    {
        "business": "estate",
        "platform": "messenger",
        "customer": "Anja Weber",
        "lang": "en",
        "start": "2025-07-07T17:27:00",
        "messages": [
            (
                "c",
                "Hello, I filled in your online form twice but got no answer? My name is [[P:Anja Weber]] from [[L:Stuttgart]]",
            ),
            (
                "a",
                "Hello [[P:Anja]], sorry! Our spam filter blocked messages coming from [[IP:192.0.2.146]], probably your office network. How can I help?",
            ),
            (
                "c",
                "We look for a small house with lake view around [[L:Dongo]] or [[L:Gravedona]], max {{$:€ 600.000}}. My partner [[P:Stefan Ferro]] is Italian-German, his family is from [[L:Domaso]]",
            ),
            ("a", "Nice, I have 2 options. Can we do a video call? Your number?"),
            (
                "c",
                "[[T:+49 711 5550 2294]]. you can also see us on [[U:https://www.facebook.com/anja.weber.stgt]] so you know we are real people 😄",
            ),
            ("a", "Haha thanks! Video call {{D:Thursday}} at {{TM:6 pm}}? [[P:Marco Frigerio]]"),
            ("c", "ja, perfect. and to reserve the viewing, my Amex [[C:3714 496353 98431]]"),
            (
                "a",
                "Please delete that, we never ask for cards here 🙏 Viewings are free! [[P:Marco]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(41, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
