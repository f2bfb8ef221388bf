# ruff: noqa: E501
"""Hand-written blind test corpus no. 54 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten54_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a dog-grooming and pet-sitting service in Turin, a
cooking school for tourists in Florence named after a grandmother, a hearing-aid centre in Bari
named after its owner's family, a school of Italian for foreigners in Milan, a delivery pizzeria in
Palermo and a coworking space in Lecce for digital nomads.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten54_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten54_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dogs": "Pelo & Coccole Toelettatura Torino",
    "cooking": "Cucina di Nonna Ilde - Florence Cooking Class",
    "hearing": "Centro Acustico Lorusso",
    "italian": "Parlami - Scuola di Italiano Milano",
    "pizza": "Pizzeria Stella Marina",
    "cowork": "Baroque Desk Coworking Lecce",
}
PAGE_IDS: dict[str, str] = {
    "dogs": "654320417003829",
    "cooking": "654320158862041",
    "hearing": "654320930274615",
    "italian": "654320772419056",
    "pizza": "654320305661782",
    "cowork": "654320849137260",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Dogs: a woman books a poodle grooming, her husband will bring the dog; colours that are names.
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Viola F.",
        "lang": "it",
        "start": "2025-02-04T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Viola Ferrero]], vorrei prenotare una toelettatura completa x il mio barboncino, è diventato tutto {{W:rosa}} di fango 😅 ieri siamo stati al {{W:parco del Valentino}} dopo la pioggia",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Toelettatura completa barboncino toy {{$:45 €}} con shampoo {{B:Iv San Bernard}}. Abbiamo posto giovedì {{D:6 febbraio}} alle {{TM:9:30}} oppure alle {{TM:14}}. [[P:Bianca]] 🐾",
            ),
            (
                "c",
                "alle 14 perfetto. Lo porta mio marito [[P:Fortunato]] perché io lavoro fino a tardi, il suo cell è [[T:347 218 5590]]",
            ),
            (
                "a",
                "Segnato! Giovedì {{TM:14:00}}, ritiro con [[P:Fortunato]]. Ricorda che ci siamo spostati in [[A:via Madama Cristina 141]], non siamo più nel vecchio negozio di {{W:San Salvario}}. A chi intestiamo la ricevuta?",
            ),
            (
                "c",
                "a me, [[P:Ferrero Viola]]\n[[A:c.so Raffaello 18 bis]]\n[[A:10126]] [[L:Torino]]\nla mail è [[E:viola.ferrero@example.it]] grazie mille",
            ),
            (
                "a",
                "Perfetto 👍 Per il fiocchetto preferisci {{W:viola}} o {{W:rosa}}? Lo dici a [[P:Bianca]] al ritiro. PS niente a che fare coi cioccolatini {{B:Ferrero}} 😄",
            ),
            ("c", "ahah me lo dicono tutti. {{W:viola}} ovviamente!!"),
            (
                "c",
                "ps cambio di programma: [[P:Fortunato]] giovedì è a [[L:Novara]] da sua madre, il cane lo porta mio cognato [[P:Sergiu Moldovan]], tel [[T:+40 722 318 455]]",
            ),
            ("a", "Nessun problema, segniamo [[P:Sergiu]] 👍"),
        ],
    },
    # 2. Dogs: a Nigerian expat needs pet sitting while she flies home for her sister's wedding.
    {
        "business": "dogs",
        "platform": "instagram",
        "customer": "ifeoma.okafor",
        "lang": "en",
        "start": "2025-03-01T17:40:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Ifeoma]], my friend [[P:Chidinma]] recommended you (she's [[H:@chidi.in.turin]] here, [[U:instagram.com/chidi.in.turin]]). I need pet sitting for my dog {{W:Biscuit}} from {{D:March 14}} to {{D:March 22}}, I'm flying to [[L:Lagos]] for my sister's wedding 💃🏾",
            ),
            (
                "a",
                "Hi [[P:Ifeoma]]! Congrats to your sister 🎉 Home visits twice a day are {{$:30 €}}/day, or boarding at [[P:Serena]]'s place {{$:35 €}}/day. Whereabouts do you live? – [[P:Bianca]]",
            ),
            (
                "c",
                "home visits pls, he hates changes. [[A:Via San Secondo 54]], 3rd floor, [[A:10128]], in [[L:San Salvario]]. Intercom says [[P:Okafor]] - [[P:Mensah]] (my flatmate [[P:Kwame]] is there some evenings)",
            ),
            (
                "a",
                "Great, [[P:Serena]] lives in [[L:Crocetta]] so it's 10 min by bike. Can I have your number?",
            ),
            (
                "c",
                "Italian one [[T:+39 392 664 0187]], in [[L:Nigeria]] I'll have [[T:+234 803 412 7765]] on whatsapp",
            ),
            (
                "a",
                "Here's [[P:Serena Gallo]]: [[T:338.904.21.77]]. She'll come meet {{W:Biscuit}} on {{D:Monday}} at {{TM:6pm}} to get the keys 🔑",
            ),
            ("c", "Grazie mille [[P:Bianca]]!! ❤️ sto imparando l'italiano, si dice così? 😅", "it"),
        ],
    },
    # 3. Dogs: an elderly man in the hills asks for home grooming of a big sheepdog called Leone.
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Franco Bertolino",
        "lang": "it",
        "start": "2025-03-08T09:05:00",
        "messages": [
            (
                "c",
                "salve buongiorno sono [[P:Bertolino Franco]] il cane si chiama {{W:Leone}} e un pastore maremmano di 50 chili e perde pelo dappertutto, venite anche a domicilio??",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bertolino]]! Sì, col furgone attrezzato veniamo in tutta la prima cintura. Per un maremmano sono {{$:70 €}} più {{$:10 €}} di uscita. Dove abita?",
            ),
            (
                "c",
                "a [[L:Pianezza]] [[A:str. della Cassinetta 22]] ma la casa e in fondo al cortile, citofono [[P:Bertolino]] - [[P:Cravero]]",
            ),
            (
                "c",
                "mia moglie [[P:Rosa]] dice di venire di mattina xke il pomeriggio lei riposa e il cane abbaia",
            ),
            (
                "a",
                "Va benissimo. Mercoledì {{D:12 marzo}} ore {{TM:10}}? Verranno [[P:Davide]] e [[P:kevin]] col furgone {{W:bianco}}. Ci lascia un numero?",
            ),
            (
                "c",
                "[[T:011 967 44 82]] fisso, oppure il cell di mia figlia [[P:Stella]] [[T:333/7142098]] che e piu facile",
            ),
            (
                "a",
                "Perfetto, il pagamento alla fine in contanti o bancomat. A mercoledì! [[P:Bianca]]",
            ),
            (
                "c",
                "{{W:Leone}} ringrazia 🐶 grazie. [[P:Stella]] dice di mettere la sua mail x la ricevuta [[E:stella.bertolino@example.it]]",
            ),
        ],
    },
    # 4. Dogs: a pet-taxi request for a cat to the university vet hospital; "gioia" as a word.
    {
        "business": "dogs",
        "platform": "telegram",
        "customer": "Gioia B.",
        "lang": "it",
        "start": "2025-04-15T19:22:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Gioia]] (ci siamo sentite l'anno scorso per il gatto di mia zia [[P:Speranza]] a [[L:Moncalieri]]). Fate ancora il pet taxi?",
            ),
            (
                "a",
                "Ciao [[P:Gioia]]! Sì certo 🚐 tratta urbana {{$:15 €}}, fuori Torino {{$:25 €}}. Da dove a dove?",
            ),
            (
                "c",
                "da casa mia [[A:Via Saluzzo, 86/B]] all'{{W:Ospedale Veterinario Universitario}} di {{W:Grugliasco}}, martedì {{D:22}} alle {{TM:8.45}}",
            ),
            (
                "a",
                "Fatto. Ci serve solo il modulo privacy firmato, [[P:Kevin]] ti manda il pdf per mail",
            ),
            (
                "c",
                "{{W:gioia}} mia che burocrazia 😂 va bene, [[E:gioia punto bonelli chiocciola example punto it]]. se è più comodo scrivimi anche qui [[U:https://wa.me/393471285509]]",
            ),
            (
                "a",
                "Ricevuto! Martedì ti scrive il nostro autista [[P:Gabriele]] dal [[T:+39 349 55 20 631]]. Come si chiama il micio?",
            ),
            (
                "c",
                "{{W:Sole}} 🌞 ma non è solare per niente, soffia a tutti. uscite col {{W:sole}} o con la pioggia ok?",
            ),
        ],
    },
    # 5. Dogs: a double card charge, refund by bank transfer to the customer's IBAN.
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Chiara",
        "lang": "it",
        "start": "2025-02-19T20:31:00",
        "messages": [
            (
                "c",
                "Buonasera, mi avete addebitato due volte {{$:55,00 €}} il {{D:18/02}}, scontrino n. {{R:0147-2025}}. Il cane è {{W:Birba}}, il setter",
            ),
            (
                "a",
                "Buonasera, ci scusi tantissimo! Il POS ha dato errore quel pomeriggio. Preferisce storno sulla carta o bonifico?",
            ),
            (
                "c",
                "bonifico che la banca ci mette una vita con gli storni. IBAN [[I:IT09R0306904215000004187236]] intestato a [[P:Chiara Fenoglio]]. se vi serve per la ricevuta il cf è [[CF:FNGCHR79A70L219U]]",
            ),
            (
                "a",
                "Perfetto, il titolare [[P:Gianni Ruffino]] fa il bonifico entro venerdì {{D:21}}. Le mandiamo la ricevuta a quale mail?",
            ),
            (
                "c",
                "[[E:chiara.fenoglio79@example.com]]. e salutatemi [[P:Davide]] che con {{W:Birba}} ha fatto un lavoro splendido, sembra un cane da {{B:Purina}} 😍",
            ),
            ("a", "Riferiamo, sarà contentissimo! Buona serata 🐾"),
        ],
    },
    # 6. Dogs: a German family on holiday needs a dog walker at their flat; pays by card.
    {
        "business": "dogs",
        "platform": "instagram",
        "customer": "jonas_w",
        "lang": "en",
        "start": "2025-04-09T06:55:00",
        "messages": [
            (
                "c",
                "Hello, we are a family from [[L:Freiburg]] staying one week in [[L:Turin]] at an apartment in [[A:Via Po 17]]. Could someone walk our dog twice a day? We want to visit the {{W:Museo Egizio}} and the [[L:Langhe]] without him 🙈",
            ),
            (
                "a",
                "Hello! Sure, dog walking is {{$:12 €}} per walk (45 min). Which days and times?",
            ),
            (
                "c",
                "{{D:April 22}} to {{D:April 28}}, mornings {{TM:8am}} and evenings {{TM:7pm}}. My wife [[P:Annika]] will hand over the key, her whatsapp [[T:+49 1512 3846770]]",
            ),
            (
                "a",
                "Perfect, [[P:Gabriele]] will be your walker and will text [[P:Annika]]. What name is on the intercom and which floor?",
            ),
            (
                "c",
                "Intercom says [[P:Rinaldi]] (the host), [[A:apartment 4, 2nd floor]]. Can I pay in advance by card? [[C:4917 6100 2283 4576]] exp 08/27, I'm [[P:Jonas Weber]]",
            ),
            (
                "a",
                "Thanks [[P:Jonas]], for your safety better not to send card numbers here, we'll send you a payment link. Email?",
            ),
            (
                "c",
                "[[E:jonas.weber@example.de]]. And if you need a reference, our dogsitter at home in [[A:Wiesentalstraße 14]], [[A:79115]] is [[P:Lena Hoffmann]], [[U:lenahoffmann-dogs.example.de]]",
            ),
        ],
    },
    # 7. Dogs: a young groomer applies for a job with a portfolio site and Instagram handle.
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Aurora Quaglia",
        "lang": "it",
        "start": "2025-05-27T13:14:00",
        "messages": [
            (
                "c",
                "Ciao! Mi chiamo [[P:aurora quaglia]], ho 23 anni e ho fatto il corso di toelettatura con [[P:Manuela Ghiglione]] ad [[L:Asti]]. Cercate qualcuno per l'estate?",
            ),
            (
                "a",
                "Ciao [[P:Aurora]]! Sì, da {{D:giugno}} a {{D:settembre}}. Hai qualche foto dei tuoi lavori?",
            ),
            (
                "c",
                "certo! portfolio [[U:https://auroraquaglia.example.com/portfolio]] e su insta sono [[H:@aurora_grooming]]. ho lavorato 1 anno da {{B:Toeletta Fido}} col mio ex capo [[P:Bruno]], ero io a fare i terranova, anche quello {{W:bruno}} che ha vinto a {{W:Expo Cani Torino}}",
            ),
            (
                "a",
                "Bellissimi lavori 👏 manda il cv direttamente al titolare [[P:Gianni]]: [[E:gianni.ruffino@example.it]]",
            ),
            (
                "c",
                "mandato ora! il mio numero è [[T:(+39) 320 41 88 905]], abito a [[L:Collegno]] ma ho la macchina",
            ),
            (
                "a",
                "Ti chiamiamo lunedì {{D:2 giugno}}... ah no è la {{D:Festa della Repubblica}} 😅 martedì allora! [[P:Bianca]]",
            ),
        ],
    },
    # 8. Cooking: an American couple books the pasta class, the husband's old mother may join.
    {
        "business": "cooking",
        "platform": "instagram",
        "customer": "Grace Hartley",
        "lang": "en",
        "start": "2025-04-28T21:03:00",
        "messages": [
            (
                "c",
                "{{W:Hope}} it's not too late!! We're [[P:Grace]] and [[P:Bill Hartley]] from [[L:Columbus, Ohio]], in [[L:Florence]] {{D:May 8-12}} for our 40th anniversary. Do you have 2 spots for the pasta class?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Congratulations 🥂 The {{PD:Pasta & Tiramisù Class}} on {{D:Friday May 9}} at {{TM:10:30}} has 3 spots left, {{$:€95}} per person. Can I have a phone number for the day?",
            ),
            (
                "c",
                "sure [[T:+1 614-555-0193]] (mine) or [[P:Bill]]'s [[T:(614) 555 0178]]. [[P:Bill]]'s mom [[P:Rose]] might join too, she's 81 but she still makes her own ravioli!!",
            ),
            (
                "a",
                "[[P:Rose]] is very welcome ❤️ Nonna [[P:Ilde]] is 84 herself 😄 We're at [[A:Via dei Serragli 64r]], 5 min from {{W:Piazza Santo Spirito}}. Where are you staying?",
            ),
            (
                "c",
                "An apartment at [[A:Borgo Pinti 31, 2nd floor]]. Is there an elevator at your place? [[P:Rose]] walks with a cane. We keep a little blog of the trip btw ([[U:hartleysinitaly.example.com]])",
            ),
            (
                "a",
                "No elevator needed, we're on the ground floor 👍 I'll send booking confirmation {{R:FCC-0509-14}} by email, which address?",
            ),
            (
                "c",
                "[[E:grace.hartley@example.com]], thank you!! We'll tag you from [[H:@graceandbill.eat]] 😍",
            ),
            (
                "a",
                "We'll follow back! Please settle the {{W:bill}} on the day, cash or card. A presto, [[P:Tommaso]] 🍝",
            ),
        ],
    },
    # 9. Cooking: an Indian family of five asks for a Jain menu and pastes a card number.
    {
        "business": "cooking",
        "platform": "whatsapp",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-06-02T04:47:00",
        "messages": [
            (
                "c",
                "Hello, this is [[P:Priya Raghunathan]] from [[L:Bengaluru]]. We are family of 5 - me, my husband [[P:Karthik]], kids [[P:Ananya]] and [[P:Dhruv]] and my father in law [[P:Venkatesh]] uncle. We follow Jain diet, no onion no garlic no potato. Possible?",
            ),
            (
                "a",
                "Namaste [[P:Priya]]! Yes, we can adapt the {{PD:Tuscan Vegetarian Feast}} 🌿 {{$:€85}} adults, {{$:€45}} children under 12. Which date?",
            ),
            (
                "c",
                "{{D:12th June}} evening if possible. Payment by card ok? [[P:Karthik]]'s card [[C:4532 0187 3340 1294]] name [[P:KARTHIK RAGHUNATHAN]]",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we deleted it from our notes. You can pay safely here: {{W:https://pay.nonnailde.example.it/booking}}",
            ),
            (
                "c",
                "Oh sorry sorry. Done now. The receipt pls send to [[E:karthik.r [at] example [dot] in]]",
            ),
            (
                "a",
                "Received, booking {{R:NI-2025-0612-3}} ✅ We start {{TM:18:00}} at [[A:Via dei Serragli 64r]], [[A:50124]] {{W:Firenze}}. Where are you staying, in case you need a taxi?",
            ),
            (
                "c",
                "Hotel near {{W:Fortezza da Basso}}, [[A:Via Faenza 48]]. Our home address for the invoice: [[A:No. 12, 4th Cross, HAL 2nd Stage, Indiranagar]], [[L:Bengaluru]] [[A:560038]]",
            ),
        ],
    },
    # 10. Cooking: a Florentine food blogger with a partita IVA wants an invoice; Viola as a friend's name.
    {
        "business": "cooking",
        "platform": "messenger",
        "customer": "Stella Marchetti",
        "lang": "it",
        "start": "2025-03-11T10:18:00",
        "messages": [
            (
                "c",
                "Buongiorno! Sono [[P:Stella Marchetti]], scrivo il blog [[U:www.stellaincucina.example.it]] e vorrei partecipare al corso {{PD:Pici e Ragù}} del {{D:22 marzo}}, con fattura",
            ),
            (
                "a",
                "Buongiorno [[P:Stella]]! Certo, {{$:90 €}} IVA inclusa, si usa la farina {{B:Caputo}} e il ragù della nonna. Mi mandi i dati di fatturazione? 😊",
            ),
            (
                "c",
                "[[P:Marchetti Stella]]\nP.IVA [[V:05902180487]]\n[[A:Via Pisana 212]] - [[A:50143]] [[L:Firenze]]\ncod. destinatario {{R:M5UXCR1}}\npec [[E:stellamarchetti@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto, fattura {{R:2025/041}} in arrivo dopo il corso. Posso taggarti nelle storie?",
            ),
            (
                "c",
                "Sì certo, [[H:@stella.incucina]] 🌟 porto anche la mia amica [[P:Viola Taddei]], lei paga a parte e non le serve fattura",
            ),
            (
                "a",
                "Benissimo, alle {{TM:16:00}}. Nonna [[P:Ilde]] vi aspetta col grembiule! [[P:Tommaso]]",
            ),
        ],
    },
    # 11. Cooking: a Chinese couple from Chengdu books the gelato workshop, their daughter studies in Bologna.
    {
        "business": "cooking",
        "platform": "telegram",
        "customer": "Zhang Min",
        "lang": "en",
        "start": "2025-04-12T07:29:00",
        "messages": [
            (
                "c",
                "Hello. I am [[P:Zhang Min]], my husband [[P:Li Wei]] ([[P:李伟]]). We want gelato class. We live in [[L:Chengdu]], english not so good, please write slow",
            ),
            (
                "a",
                "Hello [[P:Zhang Min]]! No problem 🙂 Our {{PD:Gelato Workshop}} is {{$:€65}} per person, at {{TM:3pm}} every Tuesday and Thursday. Which day?",
            ),
            (
                "c",
                "Thursday {{D:17 April}}. My wechat is [[H:zhangmin_cd88]], phone [[T:+86 138 2841 0592]]",
            ),
            (
                "a",
                "Booked, ticket {{R:GW-0417-08}}. Our chef [[P:Martina]] speaks a little Mandarin!",
            ),
            (
                "c",
                "Wow thank you. Our daughter [[P:Li Xiaoyu]] study in [[L:Bologna]], she can join also? She is 19, she speak italian good",
            ),
            (
                "a",
                "Of course! 3 people {{$:€195}}. See you at [[A:Via dei Serragli 64r]], the green door next to the bakery",
            ),
        ],
    },
    # 12. Cooking: a British hen party, deposit paid from a UK IBAN; Hope as a name and as a word.
    {
        "business": "cooking",
        "platform": "whatsapp",
        "customer": "Hope AC",
        "lang": "en",
        "start": "2025-05-19T18:10:00",
        "messages": [
            (
                "c",
                "Hiya! Organising a hen do for my best mate [[P:Ivy]] 🥂 8 girls, {{D:Sat 21 June}}. Pizza making + prosecco, is that a thing?",
            ),
            (
                "a",
                "Ciao! It's absolutely a thing 😄 Our {{PD:Pizza & Prosecco Night}} is {{$:€75}} pp, {{TM:7pm}} to {{TM:10pm}}. Who am I talking to?",
            ),
            (
                "c",
                "[[P:Hope Adeyemi-Clarke]], maid of honour. Bride is [[P:Ivy Mensah]], it's a surprise so she can't see any of this lol",
            ),
            (
                "a",
                "Our lips are sealed 🤫 A deposit of {{$:€200}} secures the date, reference {{R:HEN-0621}}",
            ),
            (
                "c",
                "Paid from my UK account [[I:GB73BARC20315847120963]] so you can match it. Girls to tag after: [[H:@ivy.mensah]], [[H:@rosie_b_]], me [[H:@hopeac]] (or my fb [[U:facebook.com/hope.adeyemiclarke]])",
            ),
            ("a", "Got it, thanks [[P:Hope]]! {{W:Hope}} you'll all have a blast 🎉"),
            (
                "c",
                "we're all in a villa in [[L:Fiesole]], [[A:Via Vecchia Fiesolana 9]] - can you get us 2 taxis back for 10?",
            ),
        ],
    },
    # 13. Cooking: an Italian-American wants a private class on his great-grandmother's recipes (mixed).
    {
        "business": "cooking",
        "platform": "instagram",
        "customer": "mark.deluca",
        "lang": "en",
        "start": "2025-08-30T15:44:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Mark DeLuca]] here from [[L:Hoboken]]. My great-grandma [[P:Concetta]] was from a village near [[L:Cosenza]] and I'd love to learn her recipes. Private class possible?",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Private class for 2 is {{$:€320}}. Please {{W:mark}} your preferred dates here: {{W:https://www.nonnailde.example.it/calendario}}",
            ),
            (
                "c",
                "Me and my partner [[P:Diego Alvarez]]. We arrive {{D:Oct 3}}. I have her handwritten recipe card, where can I email a photo?",
            ),
            ("a", "Send it to [[P:Martina]], our chef: [[E:martina.c@nonnailde.example.it]]"),
            (
                "c",
                "sent from [[E:markdeluca.nj@example.net]]. I also wrote about her on my blog [[U:https://markdeluca.example.net/roots]] if you're curious",
            ),
            (
                "a",
                "Che storia bellissima [[P:Mark]]! Nonna [[P:Ilde]] conosce bene i {{PD:cuddrurieddri}} calabresi, li faremo insieme il {{D:4 ottobre}} 😍",
                "it",
            ),
            (
                "c",
                "grazie mille!! I'll bring [[P:Diego]]'s {{B:Giovanni Rana}} jokes lol, he thinks pasta comes from a box",
            ),
        ],
    },
    # 14. Cooking: a Dutch customer broke her ankle in Siena, refund to a Dutch IBAN, friends still come.
    {
        "business": "cooking",
        "platform": "messenger",
        "customer": "Sanne de Vries",
        "lang": "en",
        "start": "2025-03-20T11:36:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Sanne de Vries]], booking {{R:FCC-0322-05}}. I broke my ankle in [[L:Siena]] yesterday 😩 I can't come on Saturday. Is a refund possible?",
            ),
            (
                "a",
                "Oh no [[P:Sanne]], get well soon! With a medical certificate we refund 100% (see {{W:nonnailde.example.it/cancellation}}). Which IBAN?",
            ),
            (
                "c",
                "[[I:NL97INGB0006841527]], name [[P:S. de Vries]]. The certificate is from {{W:Santa Maria alle Scotte}}, photo attached",
            ),
            (
                "a",
                "Refund of {{$:€110}} done today. Receipt goes to your email on file, [[E:sanne.devries@example.nl]]?",
            ),
            (
                "c",
                "Yes that's right. My friend [[P:Femke]] still comes, she brings her boyfriend [[P:Joost]] instead of me. Sorry for all the trouble",
            ),
            (
                "a",
                "No trouble at all! [[P:Femke]] + [[P:Joost]] on Saturday {{TM:10:30}}. Guarisci presto! [[P:Tommaso]]",
            ),
        ],
    },
    # 15. Hearing: a daughter books a free hearing test for her 84-year-old father; Petruzzelli as a theatre.
    {
        "business": "hearing",
        "platform": "whatsapp",
        "customer": "Felicia",
        "lang": "it",
        "start": "2025-02-06T08:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per mio padre [[P:Nicola Amoruso]], ha 84 anni e non sente più bene dall'orecchio destro. Si può fare il controllo gratuito?",
            ),
            (
                "a",
                "Buongiorno! Sì, il controllo dell'udito è gratuito e dura mezz'ora. Abbiamo posto martedì {{D:11 febbraio}} alle {{TM:10:15}} in [[A:via Sparano da Bari 87]], a 100 metri dal {{W:Petruzzelli}}. Con chi parlo?",
            ),
            (
                "c",
                "sono la figlia [[P:Felicia]], lo accompagno io. Papà abita a [[L:Modugno]] in [[A:via Roma 14 scala B int. 3]], se serve per la scheda. Il fisso di casa è [[T:080 523 1147]]",
            ),
            (
                "a",
                "Perfetto. Porti la tessera sanitaria e la prescrizione dell'otorino se ce l'ha. dott. [[P:Lorusso]]",
            ),
            (
                "c",
                "La prescrizione è del dottor [[P:Michele Petruzzelli]] del {{W:Policlinico}}. Codice fiscale di papà [[CF:MRSNCL41A20A662M]] e la mia mail [[E:felicia.amoruso@example.it]] per i risultati",
            ),
            (
                "a",
                "Grazie signora [[P:Felicia]], a martedì! Se c'è da versare un acconto per l'apparecchio le mandiamo i dati, nessuna fretta.",
            ),
            (
                "c",
                "ok grazie, l'acconto lo faccio io dal mio conto [[I:IT96M0200801633000105227841]] così papà non si confonde",
            ),
        ],
    },
    # 16. Hearing: an elderly lady dictates by voice, asks for batteries to be posted to Bitonto.
    {
        "business": "hearing",
        "platform": "messenger",
        "customer": "Annamaria Cassano",
        "lang": "it",
        "start": "2025-03-04T16:50:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Anna Maria Cassano]] volevo sapere per le pile dell apparecchio quelle {{PD:numero 312}} col bollino marrone le avete io abito a [[L:Bitonto]] ma mio nipote [[P:Savino]] viene a [[L:Bari]] solo il giovedi",
            ),
            (
                "a",
                "Buongiorno signora [[P:Cassano]]! Sì, le pile {{PD:312}} le abbiamo, confezione da 6 a {{$:4,50 €}}. Se vuole gliele spediamo a casa, la spedizione è {{W:franco}} domicilio sopra i {{$:20 €}}.",
            ),
            (
                "c",
                "si grazie allora mandatemi 5 confezioni a [[A:via Giuseppe Verdi 27 interno 4]] [[A:70032]] [[L:Bitonto]] suonare [[P:Cassano]] e ci metto anche il codice fiscale che me lo chiede sempre la signorina [[CF:CSSNMR46C52A662J]]",
            ),
            (
                "a",
                "Spedite oggi con raccomandata {{TR:RA482913307IT}}, può seguirla su {{W:www.poste.it}}. Totale {{$:22,50 €}}, paga al postino. [[P:Graziana]]",
            ),
            (
                "c",
                "grazie signorina [[P:Graziana]] lei e un angelo che dio la benedica e saluti al dottore",
            ),
            ("a", "Grazie a lei signora, buona giornata 🌸"),
            (
                "c",
                "buongiorno sono [[P:Savino]] il nipote della signora [[P:Cassano]], scrivo dal profilo di nonna. Le pile sono arrivate, serve anche il deumidificatore, lo ritiro io giovedi? abito a [[L:Palese]] ma lavoro in [[A:via Calefati 102]] vicino a voi",
            ),
            (
                "a",
                "Certo [[P:Savino]], il {{PD:Dry Box}} costa {{$:19 €}}, lo teniamo da parte a nome [[P:Cassano]]",
            ),
        ],
    },
    # 17. Hearing: a son living in Stuttgart pays for his mother's hearing aids from a German IBAN.
    {
        "business": "hearing",
        "platform": "whatsapp",
        "customer": "Domenico L.",
        "lang": "it",
        "start": "2025-11-24T19:12:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Domenico Lovecchio]], vivo a [[L:Stoccarda]]. Mia madre [[P:Maria Addolorata Lovecchio]] ha fatto la prova dell'apparecchio da voi la settimana scorsa con [[P:Vito]]",
            ),
            (
                "a",
                "Buonasera sig. [[P:Lovecchio]]! Sì, la signora ha provato i {{PD:Phonak Audéo Lumity}}, si è trovata benissimo. Costo {{$:2.190 €}} la coppia, con garanzia 4 anni.",
            ),
            (
                "c",
                "Li pago io con bonifico dalla [[L:Germania]], conto [[I:DE63500105170648213977]]. Fattura intestata a lei, il codice fiscale ve lo manda mia sorella [[P:Immacolata]]",
            ),
            ("a", "Va benissimo. Le mandiamo l'IBAN del centro per mail, a quale indirizzo?"),
            (
                "c",
                "[[E:d.lovecchio@example.de]], il mio numero tedesco [[T:0049 711 2840 3316]], su telegram mi trovate anche come [[U:t.me/domlovecchio]]",
            ),
            (
                "a",
                "Ricevuto. Consegniamo e regoliamo l'apparecchio a domicilio, confermiamo [[A:strada dei Gesuiti 14]]?",
            ),
            (
                "c",
                "si esatto, primo piano, casa di mamma a [[L:Bari vecchia]]. Prima dell'{{D:Immacolata}} ce la fate? io scendo giù per le feste e vorrei vederla sentire bene 🙏",
            ),
            ("a", "Sì, entro il {{D:5 dicembre}}. [[P:Vito Lorusso]]"),
        ],
    },
    # 18. Hearing: a grandson in dialect reports a broken aid; the technician's surname is Leone.
    {
        "business": "hearing",
        "platform": "telegram",
        "customer": "Pino Digiesi",
        "lang": "it",
        "start": "2025-03-18T11:27:00",
        "messages": [
            (
                "c",
                "uè buongiorno, sono il nipote di nonno [[P:Cosimo]], l'apparecchio s'è rott n'at vot 😤 numero pratica {{R:RIP-2025-0318}}",
            ),
            ("a", "Buongiorno! Mi dice il cognome del nonno così trovo la scheda?"),
            (
                "c",
                "[[P:Cosimo Digiesi]], di [[L:Triggiano]]. Io so [[P:Giuseppe]] ma tutti mi chiamano [[P:Pino]]",
            ),
            (
                "a",
                "Trovato, sig. [[P:Digiesi]]. È in garanzia fino a {{D:marzo 2026}}, la riparazione è gratuita. Può portarlo in sede?",
            ),
            (
                "c",
                "nonno non cammina chiù, venite voi? sta a [[A:fraz. Ceglie del Campo, via Casalino civico 15]] piano terra. il mio cell [[T:328-4417-092]]",
            ),
            (
                "a",
                "Passa il nostro tecnico, il sig. [[P:Leone]], venerdì {{D:21}} tra le {{TM:9}} e le {{TM:12}}",
            ),
            ("c", "grazie assai 🙏 a nonno ci dico che vene [[P:Leone]]"),
        ],
    },
    # 19. Hearing: a formal letter from a daughter asking for a corrected invoice for her mother's tax return.
    {
        "business": "hearing",
        "platform": "whatsapp",
        "customer": "Serena Lattanzio",
        "lang": "it",
        "start": "2025-04-03T09:40:00",
        "messages": [
            (
                "c",
                "Gentile {{B:Centro Acustico Lorusso}},\nsono [[P:Serena Lattanzio]], figlia della sig.ra [[P:Bianca Ventura]]. Per la dichiarazione dei redditi mia madre ha bisogno della fattura dell'apparecchio acquistato il {{D:14/10/2024}} con il codice fiscale corretto: in quella emessa c'è un errore.\nCordiali saluti\n[[P:Serena Lattanzio]]\n[[T:+39 080 556 2318]]",
            ),
            (
                "a",
                "Gentile sig.ra [[P:Lattanzio]], ci scusiamo per l'inconveniente. Ci invii il codice fiscale corretto e ristampiamo la fattura {{R:FT 1182/2024}}. Le istruzioni per la detrazione sono su {{W:www.agenziaentrate.gov.it}}.",
            ),
            (
                "c",
                "CF: [[CF:VNTBNC50E48A662B]]\nindirizzo [[A:Viale Japigia 188]], [[A:70126]] [[L:Bari]]",
            ),
            ("a", "Fatto. A quale mail la inviamo?"),
            (
                "c",
                "a [[E:serena.lattanzio(at)example.it]] per favore, non a mamma che la mail non la apre mai 😅",
            ),
            (
                "a",
                "Inviata! Una giornata {{W:serena}} a lei e saluti alla sig.ra [[P:Bianca]]. [[P:Graziana]]",
            ),
        ],
    },
    # 20. Hearing: a young woman with a cochlear implant orders a case, pastes a card, links her TikTok.
    {
        "business": "hearing",
        "platform": "instagram",
        "customer": "marina.sentebene",
        "lang": "it",
        "start": "2025-06-13T22:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Marina]] ([[H:@marinasentebene]]), ho un impianto cocleare a sinistra e un {{PD:Oticon Intent}} a destra. avete la custodia {{W:bianca}}? la mia è nera e la perdo sempre in borsa 😂",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Sì, custodia {{W:bianca}} o {{W:rosa}} a {{$:25 €}}. Passi in negozio o spediamo?",
            ),
            (
                "c",
                "spedite pls, lavoro tutto il giorno al cantiere navale a [[L:Molfetta]]. [[A:P.zza Garibaldi 41/A]] [[A:70122]] [[L:Bari]]. pago con carta [[C:5221 8406 6319 7243]] scad 11/26, il cvv ve lo dico a voce",
            ),
            (
                "a",
                "Per sicurezza niente numeri di carta in chat 🙏 ti mandiamo un link di pagamento: {{W:pay.centroacusticolorusso.example.it}} ordine {{O:#4471}}",
            ),
            (
                "c",
                "ok ok scusate. e seguitemi su tiktok [[U:tiktok.com/@marinasentebene]], faccio video sulla sordità 💜 mia sorella [[P:Rosa]] mi fa da cameraman",
            ),
            (
                "a",
                "Che bello, ti seguiamo subito 🙌 l'ordine {{O:#4471}} parte domani con {{B:BRT}}, tracking {{TR:084412739561}}",
            ),
        ],
    },
    # 21. Hearing: a 79-year-old writes on his new phone about whistling aids; felice and speranza as words.
    {
        "business": "hearing",
        "platform": "messenger",
        "customer": "Felice Dell'Aera",
        "lang": "it",
        "start": "2025-10-07T17:58:00",
        "messages": [
            (
                "c",
                "Buonasera mi chiamo [[P:Felice Dell'Aera]] ho 79 anni scrivo con il telefono nuovo che mi ha regalato mio figlio [[P:Tonino]] scusate gli errori",
            ),
            ("a", "Buonasera sig. [[P:Dell'Aera]], nessun problema! Come possiamo aiutarla?"),
            (
                "c",
                "l apparecchio fischia sempre e mia moglie [[P:Addolorata]] dice che la televisione la metto troppo alta. non sono {{W:felice}} di questo apparecchio preso da {{B:Amplifon}} due anni fa",
            ),
            (
                "a",
                "La capiamo! Spesso basta una regolazione, la facciamo anche su apparecchi comprati altrove. Può venire giovedì {{D:9 ottobre}} alle {{TM:17}}? Siamo in [[A:via Sparano 87]]",
            ),
            (
                "c",
                "giovedi mi porta mia nipote [[P:Speranza]] che guida lei. Vi do il numero suo [[T:347 90 12 664]]",
            ),
            (
                "c",
                "sono [[P:Speranza]], la nipote, nonno mi ha girato il messaggio. giovedì lo porto io, se nonno [[P:Felice]] chiama e non capisce niente chiamate me 😅",
            ),
            (
                "a",
                "Perfetto, a giovedì. La {{W:speranza}} è che basti una regolazione 😊 [[P:Vito]]",
            ),
        ],
    },
    # 22. Italian school: a Ukrainian mother enrols herself and her teenage son, needs a certificate.
    {
        "business": "italian",
        "platform": "whatsapp",
        "customer": "Oksana K",
        "lang": "en",
        "start": "2025-02-10T17:15:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Oksana Kovalenko]], I am from [[L:Kharkiv]], now I live in [[L:Milan]], [[A:viale Monza 140]]. I want to learn Italian from zero",
            ),
            (
                "a",
                "Ciao [[P:Oksana]]! Our A1 course starts {{D:3 March}}, Monday and Wednesday {{TM:18:30}}-{{TM:20:00}}, {{$:€380}} for 10 weeks. Can I have an email for the placement test?",
            ),
            (
                "c",
                "[[E:oksana.kovalenko@example.com]]. My son [[P:Taras]] is 15, he also wants. Is there a group for teenagers?",
            ),
            (
                "a",
                "Yes, Saturday mornings! [[P:Taras]] can do the test online here: {{W:https://test.parlamimilano.example.it}}",
            ),
            (
                "c",
                "We did it both. Also I need a certificate of attendance for the {{W:Questura}}, for permesso di soggiorno. My codice fiscale [[CF:KVLKSN87B57Z138B]]. And I teach Ukrainian online, if some student of yours wants: [[U:www.italki.com/teacher/8841207]]",
            ),
            (
                "a",
                "Certificate will be ready after the first week of lessons. Info on the permit is on {{W:www.poliziadistato.it}}. A presto! [[P:Elisa]]",
            ),
        ],
    },
    # 23. Italian school: a Senegalese worker wants the B1 exam for citizenship, his wife too (non-native Italian).
    {
        "business": "italian",
        "platform": "telegram",
        "customer": "Mamadou Diallo",
        "lang": "it",
        "start": "2025-03-26T20:44:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Mamadou Diallo]] vengo di [[L:Thiès]] in [[L:Senegal]], io voglio fare corso B1 per esame cittadinanza",
            ),
            (
                "a",
                "Buongiorno [[P:Mamadou]]! Per la cittadinanza serve la certificazione {{PD:CILS B1}}. Prossimo esame {{D:5 giugno}}, iscrizioni entro il {{D:30 aprile}}, costo {{$:120 €}}.",
            ),
            (
                "c",
                "ok. Io lavoro a [[L:Sesto San Giovanni]] nel magazzino fino {{TM:17}}, la sera va bene. Mia moglie [[P:Awa]] anche vuole imparare, lei parla poco poco",
            ),
            ("a", "Ottimo! Mandatemi i vostri numeri per il gruppo della classe"),
            ("c", "io [[T:+39 351 028 7744]] e [[P:Awa]] [[T:351 4460912]]"),
            (
                "c",
                "scusi mio cugino [[P:Ousmane Ndiaye]] anche vuole venire, lui abita a [[L:Cinisello]] in [[A:via Frova 8]]",
            ),
            (
                "a",
                "Grazie! [[P:Ousmane]] può fare il test giovedì alle {{TM:18:00}}. Il corso è in [[A:via Padova 21, secondo piano]], usate il libro {{PD:Nuovo Espresso 3}} di {{B:Alma Edizioni}}. A lunedì! [[P:Elisa]]",
            ),
        ],
    },
    # 24. Italian school: an American student asks for a homestay; the host and a class group share the name Viola.
    {
        "business": "italian",
        "platform": "instagram",
        "customer": "ethan.brooks",
        "lang": "en",
        "start": "2025-01-14T02:31:00",
        "messages": [
            (
                "c",
                "hey! im [[P:ethan brooks]], 20, doing study abroad in spring. do u guys do homestays??",
            ),
            (
                "a",
                "Hi [[P:Ethan]]! Yes, we work with host families. One room available with signora [[P:Viola Brambilla]] in [[L:Città Studi]], {{$:€650}}/month with breakfast",
            ),
            (
                "c",
                "sounds good!! is she nice lol. my mom [[P:Hope]] wants to talk to her first 😅 her email is [[E:hope.brooks64@example.com]]",
            ),
            (
                "a",
                "She's lovely 😄 We'll introduce them. The address is [[A:via Pascoli 33, scala C, 4° piano]], 2 stops from the school on the {{W:M2}}",
            ),
            (
                "c",
                "cool. my insta is [[H:@ethanbrooks.jpg]] and i have a little site [[U:ethanbrooks.example.com]] if she wants to stalk me lol",
            ),
            (
                "a",
                "Haha 😄 One more thing: our intermediate groups are named after colours, you'll be in group {{W:Viola}} (Tue/Thu {{TM:9:00}})",
            ),
        ],
    },
    # 25. Italian school: an Egyptian babysitter's course is paid by the architect she works for, invoice to her P.IVA.
    {
        "business": "italian",
        "platform": "messenger",
        "customer": "Yasmine A.",
        "lang": "it",
        "start": "2025-09-16T12:08:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Yasmine Abdel-Rahman]] ([[P:ياسمين]]), sono egiziana di [[L:Alessandria]], lavoro come babysitter per la famiglia [[P:Colombo]] in zona [[L:Navigli]]",
            ),
            ("a", "Ciao [[P:Yasmine]]! Benvenuta. Che livello pensi di avere?"),
            (
                "c",
                "A2 credo. La signora paga il corso, vuole fattura, lei è architetta: [[P:Francesca Colombo]], P.IVA [[V:11276400154]], [[A:Ripa di Porta Ticinese 51]], [[A:20143]] [[L:Milano]]",
            ),
            (
                "a",
                "Perfetto, fattura a [[P:Francesca Colombo]]. Corso A2 martedì e giovedì alle {{TM:10:00}}, mentre i bimbi sono a scuola 😉",
            ),
            (
                "c",
                "Si giusto! Lei ha già fatto il bonifico dal suo conto [[I:IT75D0103004600000003318862]]. Il mio numero [[T:+39 366 205 8817]] e mail [[E:yasmine.ar@example.org]]",
            ),
            (
                "c",
                "ah, la signora dice di mettere in copia anche suo marito [[P:Luca Sironi]], [[E:l.sironi@example.it]], è lui che tiene i conti di casa",
            ),
            ("a", "Ricevuto tutto, a martedì {{D:23 settembre}}! [[P:Elisa]]"),
        ],
    },
    # 26. Italian school: a Japanese B2 student changes address for her certificate and refers a Korean friend.
    {
        "business": "italian",
        "platform": "whatsapp",
        "customer": "Haruka",
        "lang": "it",
        "start": "2025-07-02T09:51:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Haruka Sato]]. Devo cambiare indirizzo per il certificato B2, il nuovo è [[A:Via Lorenteggio 257, int. 12]], [[A:20152]] [[L:Milano]]",
            ),
            (
                "a",
                "Grazie [[P:Haruka]]! Aggiornato. Il certificato {{R:CERT-B2-0891}} sarà stampato la settimana prossima",
            ),
            (
                "c",
                "Anche la mia amica [[P:Kim Ji-woo]] ([[P:김지우]]) vuole fare una lezione di prova. Il suo numero è [[T:+82 10-4921-3308]], lei è a [[L:Seoul]] fino al {{D:1 settembre}}, poi viene ad abitare da me",
            ),
            (
                "a",
                "Certo, la lezione di prova è gratuita 🙂 può prenotare su {{W:parlamimilano.example.it/prova}}",
            ),
            (
                "c",
                "ありがとう! Scrivo il mio diario in italiano su [[U:instagram.com/haruka.in.milano]], ho scritto della nostra classe con prof. [[P:Marco]] 😊\n[[P:佐藤遥]]",
            ),
        ],
    },
    # 27. Italian school: an Italian wife writes for her Bangladeshi husband, spells his name out.
    {
        "business": "italian",
        "platform": "whatsapp",
        "customer": "Giulia Pozzi",
        "lang": "it",
        "start": "2025-10-06T13:37:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per mio marito, si chiama [[P:Rahim Uddin]], si scrive [[P:R-A-H-I-M U-D-D-I-N]]. È bengalese, di [[L:Sylhet]], vorrebbe fare il corso serale",
            ),
            ("a", "Buongiorno! Certo. Il corso serale A2 costa {{$:340 €}}. Lei come si chiama?"),
            ("c", "[[P:giulia pozzi]]"),
            (
                "c",
                "il numero di [[P:Rahim]] è [[T:0039 389 7712 450]] ma risponde meglio su whatsapp. se serve scrivete a me [[E:giulia punto pozzi chiocciola example punto com]]",
            ),
            ("a", "Perfetto. Lezione di prova mercoledì {{D:8 ottobre}} alle {{TM:19:15}}"),
            ("c", "lui fa il rider per {{B:Glovo}} fino alle 19, va bene 19.30?"),
            (
                "a",
                "Va bene {{TM:19:30}}! Per l'iscrizione ci serve il codice fiscale di [[P:Rahim]]. [[P:Elisa]]",
            ),
            (
                "c",
                "ve lo porto in foto mercoledì, è sul permesso. per le lettere l'indirizzo è [[A:via Giambellino 64]], citofono [[P:Pozzi]] - [[P:Uddin]]",
            ),
        ],
    },
    # 28. Italian school: a Colombian student (Spanish-flavoured Italian) leaves a review, links her blog, brings her roommate.
    {
        "business": "italian",
        "platform": "instagram",
        "customer": "valentina.ospina",
        "lang": "it",
        "start": "2025-06-27T16:20:00",
        "messages": [
            (
                "c",
                "Hola! Sono [[P:Valentina Ospina]] di [[L:Medellín]] 🇨🇴 ho finito il corso B1 con la prof. [[P:Rosa]], è stata bravissima!! dove posso lasciare una recensione?",
            ),
            (
                "a",
                "Grazie [[P:Valentina]]! 🥹 Puoi lasciarla qui: {{W:https://g.page/r/parlami-milano/review}}",
            ),
            (
                "c",
                "fatto ✨ ho anche aperto un blog su come imparo l'italiano: [[U:https://valentinaimpara.example.org]] e un canale youtube [[U:youtube.com/@valeospina]]",
            ),
            (
                "a",
                "Fantastico! [[P:Rosa]] sarà felicissima. Vuoi venire al club di conversazione? Il venerdì alle {{TM:19:00}} al {{B:Caffè Rosa}} in {{W:piazza Leonardo da Vinci}}",
            ),
            (
                "c",
                "Me encanta! Posso portare la mia coinquilina [[P:Naledi]]? è di [[L:Durban]], non parla niente di italiano ma beve molto vino 🍷",
            ),
            ("a", "Certo, più siamo meglio è 🌍 [[P:Elisa]]"),
        ],
    },
    # 29. Pizza: an evening delivery order in a hurry, lowercase name, sister as backup contact.
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Totò",
        "lang": "it",
        "start": "2025-02-15T19:41:00",
        "messages": [
            (
                "c",
                "buonasera vorrei ordinare 2 {{PD:margherita}} 1 {{PD:capricciosa}} e 1 {{PD:sfincione}} x le 21",
            ),
            ("a", "Buonasera! Totale {{$:28,50 €}} + consegna {{$:2 €}}. Indirizzo?"),
            ("c", "[[A:via Maqueda 302, 3 piano]] citofono [[P:Lo Bue]]"),
            ("a", "Nome per l'ordine?"),
            (
                "c",
                "[[P:totò lo bue]]. se non rispondo chiamate mia sorella [[P:Rosalia]] [[T:320 8845 173]]",
            ),
            (
                "c",
                "aggiungete una {{PD:coca zero}}, la paga mio cugino [[P:Giovanni]] che scende lui, sta al piano terra [[A:interno 1]]",
            ),
            ("a", "Ordine {{O:N. 318}} confermato, arriva verso le {{TM:21:10}} con [[P:Kofi]] 🛵"),
        ],
    },
    # 30. Pizza: Irish tourists order to their B&B near Teatro Massimo; Norma and bill as words.
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "siobhan.oneill",
        "lang": "en",
        "start": "2025-05-03T18:26:00",
        "messages": [
            (
                "c",
                "hi there! can you deliver to our B&B? it's [[A:Vicolo dei Nasi 4]], right behind {{W:Teatro Massimo}}",
            ),
            (
                "c",
                "2 {{PD:Norma}} pizzas, 1 {{PD:arancina al burro}} and 2 {{PD:Birra Messina}}. Name is [[P:Siobhán O'Neill]], room 6. My phone is Irish [[T:+353 87 214 6630]]",
            ),
            (
                "a",
                "Total {{$:€31}}, you can pay the {{W:bill}} cash or card at the door. Arriving around {{TM:8:40pm}}",
            ),
            (
                "c",
                "card! and my fella [[P:Cian]] wants to know if the {{PD:Norma}} is spicy lol, he's from [[L:Cork]] we don't do spicy",
            ),
            (
                "a",
                "Not spicy at all, just aubergine, tomato and {{PD:ricotta salata}} 😄 named after the opera, like the {{W:Teatro Massimo}} posters 🎭",
            ),
        ],
    },
    # 31. Pizza: a barber orders for his shop opening and wants an invoice with P.IVA and codice fiscale.
    {
        "business": "pizza",
        "platform": "messenger",
        "customer": "Salvatore Giunta",
        "lang": "it",
        "start": "2025-03-10T10:05:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Salvatore Giunta]], apro la barberia a [[L:Bagheria]]. Per sabato {{D:15 marzo}} festa di inaugurazione, mi servono 10 pizze grandi e 40 {{PD:arancine}}. Mi fate fattura?",
            ),
            ("a", "Salve e auguri! Certo, ci servono i dati fiscali."),
            (
                "c",
                "[[P:Giunta Salvatore]]\nP.IVA [[V:06419870826]]\nC.F. [[CF:GNTSVT88L05G273C]]\n[[A:Corso Umberto I 118]]\n[[A:90011]] [[L:Bagheria]] (PA)\nmail [[E:barberiagiunta@example.it]]",
            ),
            (
                "a",
                "Totale {{$:260 €}}, la consegna a [[L:Bagheria]] per questa quantità la offriamo noi 🎉",
            ),
            (
                "c",
                "perfetto. Il ragazzo che riceve è mio cugino [[P:Ninni]], fisso del negozio [[T:091 903 3318]]",
            ),
            (
                "a",
                "Confermato, ordine {{O:A-0315-22}} alle {{TM:18:30}}. Saluti da [[P:Marisa]] e da tutta la {{B:Pizzeria Stella Marina}} ⭐",
            ),
        ],
    },
    # 32. Pizza: a late delivery complaint dictated by voice; a pizza named after the shop.
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Marina C",
        "lang": "it",
        "start": "2025-06-21T19:45:00",
        "messages": [
            (
                "c",
                "Buonasera ho ordinato alle otto meno un quarto e ancora niente sono le nove e mezza ordine numero {{O:412}} a nome [[P:Marina Cusumano]] [[A:viale Strasburgo 244]] scala A",
            ),
            (
                "a",
                "Buonasera signora [[P:Cusumano]], ci scusi! Il rider ha forato sulla {{W:Circonvallazione}} 😞 arriva in 10 minuti e le bibite le offriamo noi.",
            ),
            ("c", "va bene ma la {{PD:Stella Marina}} arriva fredda lo so già"),
            (
                "a",
                "Se arriva fredda ce la rimanda indietro e gliela rifacciamo, parola di [[P:Marisa]]!",
            ),
            ("c", "ok arrivato il ragazzo, [[P:Ibrahima]], gentilissimo. tutto a posto grazie"),
            (
                "c",
                "la prossima volta se non rispondo chiamate mio marito [[P:Pietro]] [[T:389-202-7715]]",
            ),
        ],
    },
    # 33. Pizza: a Moroccan pizzaiolo applies for a summer job; Santa Rosalia as a street, Easter as a date.
    {
        "business": "pizza",
        "platform": "telegram",
        "customer": "Abdelkader B.",
        "lang": "it",
        "start": "2025-04-07T15:12:00",
        "messages": [
            (
                "c",
                "Salve sono [[P:Abdelkader Benali]], marocchino, faccio il pizzaiolo da 10 anni prima a [[L:Casablanca]] e poi a [[L:Napoli]]. Cercate personale?",
            ),
            (
                "a",
                "Salve [[P:Abdelkader]]! Sì, cerchiamo per l'estate. Manda il cv a [[P:Marisa]]: [[E:marisa.ferrante AT example.it]]",
            ),
            (
                "c",
                "mandato. i video delle mie pizze sono su [[U:tiktok.com/@abdel.pizzaiolo]]. Io abito a [[L:Ballarò]]",
            ),
            ("c", "[[A:vicolo Santa Rosalia 7]], il telefono [[T:+39 3284 471 902]]"),
            ("a", "Grazie, ti chiamiamo dopo {{D:Pasqua}} 🐣 usi già la farina {{B:Caputo}}?"),
            ("c", "si la {{PD:Caputo Pizzeria}} blu, la conosco bene"),
        ],
    },
    # 34. Pizza: a Swedish sailor orders to the marina gate; Marina as a harbour.
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "lars.johansson",
        "lang": "en",
        "start": "2025-07-18T17:02:00",
        "messages": [
            (
                "c",
                "Ciao! We're on a sailboat at {{W:Marina Villa Igiea}}, berth {{R:C-14}}. Can you deliver to the pontoon? Name [[P:Lars Johansson]]",
            ),
            (
                "a",
                "Ciao [[P:Lars]]! We can't go on the pontoon but we deliver to the {{W:marina}} security gate. What would you like?",
            ),
            (
                "c",
                "3 {{PD:Margherita}} and 1 {{PD:Diavola}}. My number [[T:+46 70 318 42 96]]. My wife [[P:Ingrid]] will pick up at the gate",
            ),
            ("a", "Great, {{$:€29}} total, at the gate around {{TM:20:15}}."),
            (
                "c",
                "Tack! I follow your insta {{B:@pizzeriastellamarina}} 👍 my daughter [[P:Elsa]] posts food pics as [[H:@elsa.eats.sicily]], and our sailing blog is [[U:https://searose-sailing.example.se]]",
            ),
            ("a", "Tell [[P:Elsa]] we'll repost 😄 buona navigazione!"),
        ],
    },
    # 35. Pizza: a regular called Fortunato orders for his daughter's birthday; fortunato and stella as words.
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Fortunato",
        "lang": "it",
        "start": "2025-09-12T18:33:00",
        "messages": [
            (
                "c",
                "ciao [[P:Marisa]]!! sono [[P:Fortunato]], sempre io 😂 solita consegna a [[A:via Sammartino n. 9]]",
            ),
            ("a", "Ciao [[P:Fortunato]]! Il solito? {{PD:4 stagioni}} senza funghi?"),
            (
                "c",
                "si e stasera pure 6 pizze in più xkè è il compleanno di mia figlia [[P:Gioia]], compie 10 anni 🎂 e una torta con le {{W:rose}} se la trovate",
            ),
            (
                "a",
                "Auguri a [[P:Gioia]]! Le facciamo una pizza a forma di {{W:stella}} 🌟 e sei {{W:fortunato}}, stasera c'è il 2x1 sulle {{PD:panelle}}",
            ),
            (
                "c",
                "fortunato di nome e di fatto 😎 vi pago con satispay, il mio numero è [[T:333 219 0468]]",
            ),
            ("a", "Perfetto! Ordine {{O:509}} in uscita alle {{TM:19:45}}"),
            (
                "c",
                "ah il citofono è rotto, chiamate zia [[P:Pina]] al [[T:091 6254 770]] che scende lei",
            ),
        ],
    },
    # 36. Cowork: a Czech developer takes a fixed desk; wifi trouble with IP addresses.
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Jana N.",
        "lang": "en",
        "start": "2025-01-27T08:48:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Jana Novák]], software dev from [[L:Brno]], looking for a fixed desk in Lecce for {{D:February}}. My linkedin [[U:https://www.linkedin.com/in/jana-novak-dev]]",
            ),
            (
                "a",
                "Ciao [[P:Jana]]! Fixed desk {{$:€180}}/month with 24/7 access, payment within 5 days, then a 3-day {{W:grace}} period. Want a free trial day tomorrow?",
            ),
            ("c", "yes pls!"),
            (
                "a",
                "See you at {{TM:9}}! We're at [[A:Via Giuseppe Libertini 26]], two minutes from {{W:Porta Rudiae}}. Ask for [[P:Chiara]] at the front desk",
            ),
            (
                "c",
                "The wifi keeps dropping, my laptop gets [[IP:192.168.10.57]] and then loses it after 10 min. My VPN exit is [[IP:185.44.201.17]] if that matters",
            ),
            (
                "a",
                "Thanks, [[P:Andrea]] our IT guy reset the router and put your laptop on the fixed list. Try now 🙏",
            ),
            (
                "c",
                "works! I'll take the desk. Receipt name is [[P:Jana Nováková]], the official one with the -ová, sorry Czech bureaucracy 😅",
            ),
        ],
    },
    # 37. Cowork: an American vlogger couple rents a private office, links everywhere.
    {
        "business": "cowork",
        "platform": "instagram",
        "customer": "miaandjordanroam",
        "lang": "en",
        "start": "2025-10-01T14:14:00",
        "messages": [
            (
                "c",
                "Hey! We're [[P:Mia]] and [[P:Jordan]] 👋 travel vloggers ([[U:youtube.com/@miaandjordanroam]]). Staying in [[L:Lecce]] 2 months, looking for a private office where we can record",
            ),
            (
                "a",
                "Hi [[P:Mia]] & [[P:Jordan]]! Private office for 2, soundproofed: {{$:€420}}/month. Where are you staying? Some members rent our bikes",
            ),
            (
                "c",
                "we rented a tiny place in the old town, [[A:Vico dei Sotterranei 11]], right by the {{W:Basilica di Santa Croce}}",
            ),
            (
                "a",
                "Perfect, 5 min walk. Do you want a mailbox for packages? They'd come c/o {{B:Baroque Desk}}",
            ),
            (
                "c",
                "yes!! we'll order a new mic. everything else is in our link in bio [[U:linktr.ee/miaandjordan]]. [[P:Mia]]'s email for the contract [[E:mia@miaandjordan.example.com]]",
            ),
            ("a", "Great. Contract sent, ref {{R:BD-2025-037}}."),
            ("c", "Signed ✍️\n— [[P:Jordan Reyes]]"),
        ],
    },
    # 38. Cowork: an Italian freelance designer back from Milan, invoice with P.IVA, home IP for the VPN.
    {
        "business": "cowork",
        "platform": "telegram",
        "customer": "Laura D'Angelo",
        "lang": "it",
        "start": "2025-05-05T09:30:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Laura D'Angelo]], grafica freelance, torno in [[L:Salento]] da [[L:Milano]] per lavorare da qui. Avete postazioni flessibili?",
            ),
            (
                "a",
                "Ciao [[P:Laura]]! Flex {{$:15 €}}/giorno o carnet 10 ingressi {{$:120 €}}. Ti serve fattura?",
            ),
            (
                "c",
                "sì, con partita IVA:\n[[P:D'Angelo Laura]]\nP.IVA [[V:04829130758]]\nCF [[CF:DNGLRA91D48E506I]]\n[[A:v.le Gallipoli 39]], [[A:73100]] [[L:Lecce]]\nmail [[E:laura [at] lauradangelo [dot] example [dot] it]]",
            ),
            (
                "a",
                "Perfetto, carnet {{R:CN-0458}} attivo da domani. Ti mettiamo nella bacheca dei membri? Serve un link al portfolio",
            ),
            (
                "c",
                "sì: [[U:behance.net/lauradangelo]] e insta [[H:@laura.dangelo.design]]. Ah, il cliente mi chiede di accedere al suo server solo dal mio IP di casa [[IP:93.41.208.166]], da voi si può avere un IP fisso?",
            ),
            (
                "a",
                "Sì, sulla rete {{W:Baroque-Pro}} l'IP pubblico è fisso. Lo chiedi ad [[P:Andrea]] in reception 👌 Oggi c'è un {{W:sole}} che spacca, vieni che la terrazza è aperta",
            ),
        ],
    },
    # 39. Cowork: an Indian remote worker and his Romanian partner book two desks; refund to a Romanian IBAN.
    {
        "business": "cowork",
        "platform": "messenger",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2025-05-22T06:15:00",
        "messages": [
            (
                "c",
                "Good morning, I am [[P:Arjun Mehta]], remote backend engineer ([[U:github.com/arjunmehta-dev]]). My partner [[P:Ioana Popescu]] and I want two desks from {{D:1 June}} to {{D:30 June}}",
            ),
            (
                "a",
                "Good morning [[P:Arjun]]! Two fixed desks for June: {{$:€340}} total, plus {{$:€100}} refundable deposit",
            ),
            (
                "c",
                "Ok. For the refund please use [[P:Ioana]]'s account [[I:RO67BTRL0130120589732100]], her address for the bank is [[A:Strada Memorandumului 21, ap. 5]], [[A:400114]] [[L:Cluj-Napoca]]",
            ),
            ("a", "Noted. For the contract we need an Italian codice fiscale if you have one"),
            (
                "c",
                "[[P:Ioana]] has one from her Erasmus in [[L:Bologna]]: [[CF:PPSNIO95S63Z129T]]. I don't have any. Also my video calls drop on IPv6, my address shows as [[IP:2001:db8:4f2a::17]]",
            ),
            (
                "a",
                "That's fine, your passport is enough. [[P:Andrea]] will check the IPv6 thing. See you {{D:June 1}}! [[P:Chiara]]",
            ),
        ],
    },
    # 40. Cowork: a Brazilian designer in Portuguese-flavoured Italian brings friends to the community dinner.
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Thiago C",
        "lang": "it",
        "start": "2025-09-24T12:02:00",
        "messages": [
            (
                "c",
                "Oi! Sono [[P:Thiago Carvalho]], sto al coworking da lunedì (scrivania 7). La cena della community di {{D:venerdì}} è aperta anche agli amici?",
            ),
            (
                "a",
                "Ciao [[P:Thiago]]! Sì, {{$:20 €}} a ospite, stavolta è alla {{B:Masseria Gioia}}: {{W:https://maps.google.com/?q=Masseria+Gioia+Lecce}}",
            ),
            (
                "c",
                "Legal! porto [[P:Bruna]] e [[P:Rafa]], sono venuti da [[L:Florianópolis]]. Stanno da me in una casa di campagna, [[A:loc. Giammatteo snc]], [[L:San Cataldo]]",
            ),
            ("a", "Perfetto! Mandami le loro mail per la lista"),
            (
                "c",
                "[[E:bruna.s at example dot com dot br]] e [[E:rafa underscore lima at example dot com]]. il mio portfolio [[U:thiagocarvalho.example.com.br]] se vi serve un designer per il nuovo logo 😉",
            ),
            (
                "a",
                "Fatto! La cena inizia alle {{TM:20:30}}, c'è la navetta da {{W:Porta Napoli}} alle {{TM:20}}",
            ),
            ("c", "Perfeito, grazie mille! 🙌 [[P:Rafa]] porta la cachaça"),
        ],
    },
    # 41. Cowork: a British novelist in a formal letter asks for a silent room and a welcome pack posted home.
    {
        "business": "cowork",
        "platform": "instagram",
        "customer": "Stella Whitcombe",
        "lang": "en",
        "start": "2025-08-11T10:00:00",
        "messages": [
            (
                "c",
                "Dear {{B:Baroque Desk}} team,\n\nI'm [[P:Stella Whitcombe]], a novelist from [[L:Bath]]. I'll be in [[L:Lecce]] from {{D:9 September}} for six weeks to finish a book and need a very quiet space. Do you have a silent room?\n\nBest wishes,\n[[P:Stella]]\n[[U:www.stellawhitcombe.example.co.uk]]",
            ),
            (
                "a",
                "Dear [[P:Stella]], yes: our {{W:Sala Silenzio}} is phone-free, six weeks cost {{$:€260}}. Would you like a welcome pack posted before you come?",
            ),
            (
                "c",
                "How lovely. Please post it to [[A:Flat 3, 27 Camden Row]], [[L:Bath]] [[A:BA1 5EX]]. I'll pay by card now if that's simpler, Amex [[C:3782 461950 58212]]",
            ),
            (
                "a",
                "Thank you! We'll send a secure payment link instead, it's safer than chat. Which email?",
            ),
            (
                "c",
                "[[E:stella (at) example (dot) co (dot) uk]]. My agent [[P:Rupert Hale]] may ring to confirm the dates: [[T:+44 20 7946 0312]]",
            ),
            (
                "a",
                "Perfect. PS the courtyard under the {{W:ivy}} is lovely for reading. Speak soon! [[P:Chiara]]",
            ),
        ],
    },
    # 42. Cowork: a local member books the meeting room for Albanian clients, leaves a new number.
    {
        "business": "cowork",
        "platform": "whatsapp",
        "customer": "Bruno Quarta",
        "lang": "it",
        "start": "2025-11-03T16:25:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Chiara]], sono [[P:Bruno]]. Mi serve la sala riunioni giovedì {{TM:15-17}} per un cliente che arriva da [[L:Tirana]]",
            ),
            (
                "a",
                "Ciao [[P:Bruno]]! La sala {{W:Sant'Oronzo}} è libera, {{$:25 €}}/ora. Nomi degli ospiti per i badge?",
            ),
            (
                "c",
                "[[P:Erion Hoxha]] e la sua collega [[P:Blerta]]. la mail di lui è [[E:erion.hoxha@example.com]] se volete mandargli le indicazioni",
            ),
            ("a", "Mandiamo le indicazioni anche a [[P:Blerta]]?"),
            ("c", "sì, [[E:blerta.k(at)example.com]], cognome [[P:Kola]]"),
            ("a", "Badge pronti 👍 Ah, hai lasciato il caricatore {{B:Lenovo}} sulla scrivania 12"),
            (
                "c",
                "grazie!! ps il mio numero nuovo è [[T:340.118.7726]], e se vi servono camere per i clienti ho l'appartamento su airbnb [[U:airbnb.it/users/show/48213370]]",
            ),
            ("a", "Aggiornato in anagrafica, grazie [[P:Bruno]]!"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(54, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
