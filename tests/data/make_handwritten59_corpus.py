# ruff: noqa: E501
"""Hand-written blind test corpus no. 59 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten59_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a veterinary clinic in Trento, a hair salon in
Genoa whose Page name carries the owner's first name, a B&B in the Sassi of Matera named after
its host, a plumbing and heating firm in Bergamo named after the family, a wine shop in
Montepulciano and a children's party entertainer in Rome.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten59_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten59_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vet": "Clinica Veterinaria Bondone",
    "salon": "Nives Hair Studio",
    "bnb": "Casa Lucia nei Sassi",
    "plumber": "Termoidraulica Rota & Figli",
    "wine": "Enoteca La Poliziana",
    "party": "Coriandoli Animazione Roma",
}
PAGE_IDS: dict[str, str] = {
    "vet": "659370418202731",
    "salon": "659370552019846",
    "bnb": "659370730114592",
    "plumber": "659370201873305",
    "wine": "659370964430178",
    "party": "659370387650214",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Vet: a worried owner books a first visit for her cat, gives her daughter's number and an e-mail.
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Rosa Dallapiccola",
        "lang": "it",
        "start": "2025-01-14T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Dallapiccola]], il mio gatto non mangia da ieri sera e sta sempre sotto il letto. Avete posto oggi? abito a [[L:Povo]] ma posso scendere in citta",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Dallapiccola]], oggi alle {{TM:11:40}} con la dott.ssa [[P:Serena Tomasi]] va bene? Porti il libretto sanitario se ce l'ha. [[P:Elisa]], reception {{B:Clinica Veterinaria Bondone}}",
            ),
            (
                "c",
                "si va bene grazie. Vengo con mia figlia [[P:Bianca]] che guida lei, io con la neve nn mi fido. Per ogni cosa chiamate lei [[T:347 218 9043]]",
            ),
            (
                "a",
                "Perfetto, segnato. Essendo la prima visita ci serve anche un indirizzo completo e una mail per mandarle il referto.",
            ),
            (
                "c",
                "[[A:via Sabbioni 12/b]], [[A:38123]] [[L:Povo]]. mail [[E:rosa.dallapiccola@example.it]] . ps è un gatto bianco con il naso {{W:rosa}}, cosi lo riconoscete 😅",
            ),
            (
                "a",
                "Ricevuto! A dopo 🐾 La prima visita è {{$:45 €}}, eventuali esami del sangue a parte ({{$:60 €}}).",
            ),
            ("c", "grazie mille [[P:elisa]], io e [[P:Bianca]] siamo li alle 11 e mezza"),
        ],
    },
    # 2. Vet: home visit for an old dog in the hills, invoice with codice fiscale, doorbell under the mother-in-law's name.
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Matteo Zanoni",
        "lang": "it",
        "start": "2025-02-03T17:25:00",
        "messages": [
            (
                "c",
                "Salve, il nostro cane ha 14 anni e fa fatica a salire in macchina. Fate visite a domicilio? siamo a [[L:Cognola]], [[A:via alla Cascata 21]]",
            ),
            (
                "a",
                "Buonasera, sì, il giovedì pomeriggio il dott. [[P:Franco Leonardelli]] fa i domicili in zona collina. Uscita {{$:30 €}} + visita. Giovedì {{D:6 febbraio}} tra le {{TM:15}} e le {{TM:17}}?",
            ),
            (
                "c",
                "ok perfetto. Mi serve la fattura intestata a me x la detrazione: [[P:Matteo Zanoni]] CF [[CF:ZNNMTT91A04L378V]]",
            ),
            ("a", "Segnato. Il campanello è a nome [[P:Zanoni]]?"),
            (
                "c",
                "no è a nome di mia suocera, [[P:Felice Bort]]... si lo so, [[P:Felice]] sembra un nome da uomo ma è lei 😂",
            ),
            (
                "c",
                "[[A:secondo piano, interno 4]], la porta con il cartello {{W:Attenti al cane}} ahah",
            ),
            (
                "a",
                "😄 Perfetto, il dott. [[P:Leonardelli]] sarà lì giovedì. Se tarda la chiamiamo noi: mi lascia un cellulare?",
            ),
            ("c", "[[T:3461187203]] (mio) oppure mia moglie [[P:Chiara]] [[T:349 002 5518]]"),
        ],
    },
    # 3. Vet (en): a family newly arrived from Nigeria registers their dog; "hope" as a name and as a word.
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-03-10T09:05:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hope]], we just moved to [[L:Trento]] from [[L:Lagos]] with our dog. He needs the rabies booster and I have no idea how the registration works here 🙏",
            ),
            (
                "a",
                "Hi [[P:Hope]], welcome! We can do the booster and register the microchip in the provincial dog registry. Can you come {{D:Wednesday 12 March}} at {{TM:10:20}}? Please bring his passport. – [[P:Giulia]]",
            ),
            (
                "c",
                "Wednesday works. We live at [[A:via Grazioli 58]], [[A:38122]], is that far? my husband [[P:Chinedu]] will drive",
            ),
            (
                "a",
                "It's about 10 minutes by car, parking is free in {{W:Piazza Venezia}} behind us. For the registry we need the owner's codice fiscale and an address in Italy, the one you wrote is fine.",
            ),
            (
                "c",
                "I only have a temporary one, I'll bring the paper from the Agenzia. my number here is [[T:+39 351 402 7716]] and my old UK one still works [[T:+44 7700 914 382]], we lived in [[L:Croydon]] for 3 years before. email is [[E:hope.adeyemi@example.com]]",
            ),
            (
                "a",
                "Perfect, saved both. And don't worry if he's nervous, there's always {{W:hope}} with treats 😄",
            ),
            (
                "c",
                "haha everybody makes that joke with my name. See you Wednesday. [[P:Hope]] & [[P:Chinedu]] [[P:Adeyemi]]",
            ),
        ],
    },
    # 4. Vet (instagram): a young woman finds a lost dog; the chip belongs to a man from Lavis; profile links and a tiktok handle.
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "giorgia.w.pet",
        "lang": "it",
        "start": "2025-04-22T20:40:00",
        "messages": [
            (
                "c",
                "ciao!! ho trovato un pastore tedesco vicino al parco di {{W:Gocciadoro}} stamattina, senza collare. potete leggere il chip??",
            ),
            (
                "a",
                "Ciao! Sì, portalo pure, la lettura del microchip è gratuita. Siamo in [[A:via Brennero 142]], aperti fino alle {{TM:19:30}}.",
            ),
            (
                "c",
                "arrivo tra mezz'ora. ho messo anche un post sul mio profilo [[U:instagram.com/giorgia.w.pet]] e sul gruppo degli animali smarriti di [[L:Gardolo]] dove abito, il link del mio post è [[U:https://www.facebook.com/giorgia.weiss.5682]]",
            ),
            (
                "a",
                "Il chip risulta intestato a un signore di [[L:Lavis]], [[P:Bruno Pedrotti]]. Lo chiamiamo noi, grazie mille!!",
            ),
            (
                "c",
                "che bello!! se vuole ringraziare mi trova qui o su tiktok [[H:giorgia_w_pets]] 😊 io sono [[P:Giorgia Weiss]], mail [[E:giorgia punto weiss chiocciola example punto it]]",
            ),
            (
                "a",
                "Glielo diciamo! Il sig. [[P:Pedrotti]] è già in macchina con la nipote [[P:Nadia]], il cane era scappato col temporale dal giardino di [[A:via Filippini 7]]",
            ),
        ],
    },
    # 5. Vet (telegram): a dog trainer with partita IVA asks for an invoice; his wife Stella will pick up cat food.
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Stefano Marchiori",
        "lang": "it",
        "start": "2025-05-30T07:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Stefano Marchiori]], educatore cinofilo. Vi ho portato ieri Kira per la zampa. Mi serve la fattura alla mia partita iva perché è un cane da lavoro",
            ),
            (
                "a",
                "Buongiorno! Ci mandi i dati completi per favore, li giro alla dott.ssa [[P:Tomasi]] che ha fatto la visita.",
            ),
            (
                "c",
                "[[P:Marchiori Stefano]]\n[[A:loc. Maso Spagnolli 3]]\n[[A:38015]] [[L:Lavis]] (TN)\nP.IVA [[V:03478210168]]\nPEC [[E:stefano.marchiori@pec.example.it]]\nsito [[U:www.stefanomarchiori-educatore.example.it]]\ninsta [[H:@marchiori.dogtrainer]]",
            ),
            (
                "a",
                "Grazie, la emettiamo oggi. Fattura {{R:FT 2025/0614}}, importo {{$:128,00 €}}. La trova anche nel cassetto fiscale.",
            ),
            (
                "c",
                "perfetto. Ah, mia moglie [[P:Stella]] chiede se avete ancora il cibo renale per gatti, quello della {{B:Royal Canin}}",
            ),
            (
                "a",
                "Sì, il {{PD:Renal Select}} da 2 kg è a {{$:34,90 €}}. Lo mettiamo da parte a nome [[P:Stella]]?",
            ),
            (
                "c",
                "si grazie, passa lei venerdì verso le {{TM:18}}. Il suo cell è [[T:340.771.20.58]]",
            ),
        ],
    },
    # 6. Vet: booking a spay for a cat, a forwarded note from a flatmate called Marina, a landline.
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Leone Fiorentini",
        "lang": "it",
        "start": "2025-07-08T12:30:00",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[P:Leone Fiorentini]], devo prenotare la sterilizzazione per la gatta. Vi inoltro quello che mi ha scritto la mia coinquilina",
            ),
            (
                "c",
                'Inoltrato:\n"[[P:Leo]] ricordati che la gatta va a digiuno dalla sera prima, e chiedi se accettano satispay. baci [[P:Marina]]"',
            ),
            (
                "a",
                "Buongiorno [[P:Leone]], sì accettiamo Satispay e carte. Martedì {{D:15 luglio}} alle {{TM:8:30}} va bene? Digiuno da mezzanotte, acqua fino alle 6.",
            ),
            (
                "c",
                "ok. siamo a [[L:Mattarello]], [[A:via Catoni 19]], per il ritiro a che ora è pronta?",
            ),
            (
                "a",
                "Verso le {{TM:17}}. Le mandiamo un sms al numero di questa chat. Il preventivo è {{$:150 €}} comprensivo di anestesia e collare. [[P:Elisa]]",
            ),
            (
                "c",
                "grazie, se non rispondo chiamate [[P:Marina]] al [[T:0461 93 84 27]] (fisso di casa) o il suo cell [[T:333/5128840]]. il preventivo mandatelo a [[E:leone.fiorentini (at) example.it]] grazie",
            ),
        ],
    },
    # 7. Vet (en): British tourists camping at Levico; the dog ate something; obfuscated e-mail and a UK address on Ivy Lane.
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Ivy Chen",
        "lang": "en",
        "start": "2025-09-17T18:10:00",
        "messages": [
            (
                "c",
                "hello, we are on holiday, staying at a campsite in [[L:Levico Terme]], our dog ate something weird on a walk. Is there someone who speaks english?",
            ),
            (
                "a",
                "Hello, yes, I speak English. Is the dog vomiting or lethargic? If so please come right away, we're at [[A:via Brennero 142]], 25 minutes from [[L:Levico]]. – Dr [[P:Tomasi]]",
            ),
            (
                "c",
                "she vomited twice. we are coming. I'm [[P:Ivy Chen]], my partner is [[P:Rohan Mehta]]. phone [[T:+44 (0)20 7946 1184]]",
            ),
            ("a", "See you soon. Ring the bell marked {{W:Pronto Soccorso}} on the side door."),
            (
                "c",
                "we're outside. sorry it's [[P:Rohan]] writing now, [[P:ivy]] is with the dog in the car",
            ),
            (
                "c",
                "Thank you so much Dr [[P:Tomassi]]!! Please send the invoice to [[E:ivy.chen [at] example [dot] co.uk]], our home address is [[A:27 Ivy Lane]], [[L:Canterbury]] [[A:CT1 4QZ]]",
            ),
            (
                "a",
                "You're welcome, glad she's fine. Invoice {{R:FT 2025/1187}} sent, {{$:95 €}} paid by card. Safe travels back to [[L:Canterbury]]!",
            ),
        ],
    },
    # 8. Salon: a granddaughter books colour and cut for herself and her sister; purple as a name and a colour.
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Viola Parodi",
        "lang": "it",
        "start": "2025-01-20T10:15:00",
        "messages": [
            (
                "c",
                "ciao [[P:nives]]!! sono [[P:Viola]] (la nipote di [[P:Gianna Parodi]]) volevo prenotare colore + piega sabato",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Sabato ho posto alle {{TM:9:30}} o alle {{TM:14}}. Che colore pensavi?",
            ),
            (
                "c",
                "vorrei un {{W:viola}} tipo melanzana sulle punte ahah, l'ho visto sul profilo di una ragazza [[U:https://www.instagram.com/marti.hairlab_ge/]]",
            ),
            (
                "a",
                "Si può fare 💜 ci vuole prima una decolorazione leggera, totale sui {{$:85 €}}. Ti segno alle {{TM:9:30}}?",
            ),
            (
                "c",
                "si!! e se riesci anche mia sorella [[P:Serena]] solo taglio, arriva da [[L:Sestri Levante]] col treno delle 10",
            ),
            ("a", "Segno [[P:Serena]] alle {{TM:11}}, così finite insieme. A sabato! [[P:Nives]]"),
            (
                "c",
                "graziee 😘 taggami nelle storie dopo, sono [[H:@viola.prd]]. ps la nonna ti saluta, dice di andarla a trovare a [[L:Sant'Olcese]] che ti fa i ravioli",
            ),
        ],
    },
    # 9. Salon (instagram): bridal hair at home in Nervi, names of witnesses and mother, a Pinterest board.
    {
        "business": "salon",
        "platform": "instagram",
        "customer": "_serena.cambiaso_",
        "lang": "it",
        "start": "2025-02-11T19:02:00",
        "messages": [
            (
                "c",
                "Buonasera, mi sposo il {{D:14 giugno}} e cerco una parrucchiera che venga a casa per me, mia mamma e 2 testimoni. Siete disponibili?",
            ),
            (
                "a",
                "Buonasera e auguri! 💐 Sì, il servizio sposa a domicilio lo facciamo io e [[P:Sabrina]]. In che zona siete?",
            ),
            (
                "c",
                "[[L:Nervi]], a casa dei miei in [[A:via Oberdan 204/3]]. La prova invece la farei da voi in salone",
            ),
            (
                "a",
                "Perfetto. La prova sposa costa {{$:70 €}}, scalata dal totale. Le mandiamo il preventivo via mail?",
            ),
            (
                "c",
                "si, [[E:serena.cambiaso@example.com]]. Le testimoni sono [[P:Giada]] e [[P:Bianca Repetto]], mia mamma si chiama [[P:Rosanna]]. Sono [[P:Serena]] comunque 😊",
            ),
            (
                "a",
                "Grazie [[P:Serena]]! Le propongo la prova giovedì {{D:6 marzo}} alle {{TM:18:15}}. Se ha foto di acconciature che le piacciono le mandi pure. [[P:Nives]]",
            ),
            (
                "c",
                "Ho una bacheca pinterest [[U:pinterest.it/serenacambiaso/sposa-2025]] 🤍 il fotografo è [[P:Pietro Risso]], vi manda lui il programma della giornata",
            ),
        ],
    },
    # 10. Salon: an old man dictates a booking for himself and his grandson Bruno; "bruno" also as a hair colour; Genoese dialect.
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Franco Queirolo",
        "lang": "it",
        "start": "2025-03-05T08:30:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Franco Queirolo]] vorrei fissare per il taglio per me e per mio nipote [[P:Bruno]] che si sposa punto a che ora avete giovedì punto interrogativo",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Queirolo]]! Giovedì alle {{TM:10}} ci siete tutti e due? Barba compresa?",
            ),
            (
                "c",
                "si barba anche per me. {{W:Belin}} sono vecchio ma la barba la voglio fatta bene 😄",
            ),
            ("a", "Ci mancherebbe! Per [[P:Bruno]] che tipo di taglio?"),
            (
                "c",
                "mi ha detto sfumato corto ai lati. Il colore è {{W:bruno}} scuro, non vuole tinture eh",
            ),
            (
                "c",
                "grazie signora. se non arrivo chiamate mia moglie [[P:Pina]] al [[T:010 377 4182]] che sa tutto lei",
            ),
        ],
    },
    # 11. Salon (en): an Irish Erasmus student, balayage for curly hair, a Revolut tag, Good Friday.
    {
        "business": "salon",
        "platform": "messenger",
        "customer": "Grace O'Connell",
        "lang": "en",
        "start": "2025-04-14T13:20:00",
        "messages": [
            (
                "c",
                "Hi there! I'm [[P:Grace]], Erasmus student at the uni here. Do you do balayage for curly hair? My flatmate [[P:Aoife]] recommended you",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, we do balayage on curly hair, we cut dry first. It takes about 3 hours, from {{$:120 €}}. When would you like to come?",
            ),
            (
                "c",
                "Is Friday ok? I live in [[A:vico del Fico 3/7]] so I can walk. I'm from [[L:Galway]] so my Italian is terrible sorry 😅",
            ),
            (
                "a",
                "Your Italian is fine with us 😄 Friday {{D:18 April}} is {{D:Good Friday}} and we close at {{TM:13}}. Thursday at {{TM:14:30}}?",
            ),
            (
                "c",
                "Thursday perfect. Can I pay by Revolut? my revtag is [[H:@graceoc_22]]. I'll post the result on my tiktok [[U:tiktok.com/@gracie.curls]] 😍 if that's ok",
            ),
            ("a", "We only take card or cash in the salon, sorry! See you Thursday. [[P:Nives]]"),
            (
                "c",
                "no worries, card is fine. If you need to reach me it's [[E:grace.oconnell@studenti.example.it]] or [[T:+353 87 416 2290]]. Thanks!! [[P:Grace]] x",
            ),
        ],
    },
    # 12. Salon: Marina (a name) sails from the marina (a harbour); her boyfriend's photography site and ig handle.
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Marina Ghio",
        "lang": "it",
        "start": "2025-05-19T16:45:00",
        "messages": [
            (
                "c",
                "Ciao sono [[P:Marina Ghio]], avete un buco domani mattina? parto in barca alle {{TM:14}} dalla {{W:Marina}} vicino alla {{W:Fiera}} e vorrei sistemare la frangia",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Domani alle {{TM:9:15}} per la frangia va benissimo, 10 minuti e sei a posto. {{$:10 €}}",
            ),
            (
                "c",
                "top. Ti posso chiedere un'altra cosa? il mio ragazzo [[P:Davide]] fa il fotografo e cerca parrucchieri per uno shooting, il suo sito è [[U:www.davidelertora.example.it]] (i lavori veri sono su [[U:behance.net/davidelertora]]) e su ig è [[H:davide.lertora.ph]]",
            ),
            (
                "a",
                "Certo! Digli di scrivere a [[P:Sabrina]] che segue le collaborazioni: [[E:sabrina.hairstudio@example.it]]",
            ),
            (
                "c",
                "grazie mille! glielo giro. lui abita a [[L:Camogli]] ma viene in città tutti i giorni",
            ),
            ("a", "A domani! ☀️ portati la crema che domani c'è un {{W:sole}} pazzesco"),
        ],
    },
    # 13. Salon (telegram): a complaint about a pinkish blonde, refund to an Italian IBAN, the apprentice Gioia.
    {
        "business": "salon",
        "platform": "telegram",
        "customer": "Bianca Oddone",
        "lang": "it",
        "start": "2025-08-26T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno. Sono stata da voi venerdì per un biondo cenere e il risultato tende al {{W:rosa}}. Non sono contenta.",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Oddone]], ci dispiace molto. Possiamo rifare il tonalizzante gratuitamente, oppure rimborsare il servizio. Chi l'aveva seguita?",
            ),
            (
                "c",
                "La ragazza bionda, [[P:Gioia]] credo. Preferisco il rimborso, non riesco a tornare perché lavoro a [[L:Chiavari]] tutta la settimana",
            ),
            (
                "a",
                "Sì, [[P:Gioia]] è la nostra apprendista. Nessun problema, ci mandi l'IBAN e rimborsiamo i {{$:65 €}} del colore.",
            ),
            ("c", "IBAN [[I:IT21 M050 3453 4800 0000 0381 726]] intestato a [[P:Bianca Oddone]]"),
            (
                "a",
                "Bonifico disposto, riferimento {{R:RIMB-0826-03}}. Ci scusiamo ancora. [[P:Nives]]",
            ),
        ],
    },
    # 14. Salon (instagram, mixed): a Ukrainian painter wants to paint hairdressers at work; portfolio, friend's handle, Cyrillic signature.
    {
        "business": "salon",
        "platform": "instagram",
        "customer": "yulia.kovalenko.art",
        "lang": "en",
        "start": "2025-10-09T21:10:00",
        "messages": [
            (
                "c",
                "Hello! I am [[P:Yulia Kovalenko]], painter, I live in [[L:Boccadasse]] since two year. I want make portrait series of hairdressers at work, can I come in your salon? my works: [[U:yuliakovalenko.example.org/portfolio]] or write me at [[E:yulia.kovalenko at example dot org]]",
            ),
            (
                "a",
                "Ciao [[P:Yulia]]! Che bella idea. Yes of course, Tuesdays are quieter. Parli italiano?",
            ),
            (
                "c",
                "un po'! capisco meglio di come parlo 😅 Martedì {{D:14 ottobre}} va bene? Vengo con la mia amica [[P:Oksana]] che fa le foto",
                "it",
            ),
            (
                "a",
                "Perfetto, martedì dalle {{TM:10}}. Chiedo solo di non fotografare le clienti senza permesso. Ti seguo su ig! [[P:Sabrina]]",
                "it",
            ),
            (
                "c",
                "sure sure. [[P:Oksana]] is [[H:@oksana_ph0to]] and her linktree [[U:linktr.ee/oksana.ph0to]]. Дякую! [[P:Юлія]]",
            ),
        ],
    },
    # 15. B&B (en): an American family of four, a crib for baby Ivy, wife Rose, son Bill; the bill as a word.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Mark Sullivan",
        "lang": "en",
        "start": "2025-03-28T14:00:00",
        "messages": [
            (
                "c",
                "Hi [[P:Lucia]], this is [[P:Mark Sullivan]], we booked 3 nights from {{D:April 24}} through Booking, confirmation {{R:4417.892.305}}. We're a family of four from [[L:Asheville]], [[L:North Carolina]]",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Welcome, we're happy to host you. What time do you expect to arrive? The Sassi are pedestrian, I'll meet you at the parking in {{W:Via Madonna delle Virtù}}.",
            ),
            (
                "c",
                "We land at {{W:Bari Airport}} around {{TM:1 pm}} and rent a car, so maybe {{TM:4}}? My wife [[P:Rose]] is asking if there's a crib, our little one [[P:Ivy]] is 18 months",
            ),
            (
                "a",
                "Yes, a travel crib with sheets, no charge. Tourist tax is {{$:2 €}} per adult per night, cash please. For the police registration I need a photo of each passport. – [[P:Lucia]]",
            ),
            (
                "c",
                "sure, will send. Our older son is [[P:Bill]] ([[P:William]] jr. 😄) he's 9. Do you need a card to guarantee? [[C:4024 0071 5938 8643]]",
            ),
            (
                "a",
                "No need, you prepaid on Booking 🙂 Kids under 12 don't pay the tax. Here's the parking pin: {{W:https://maps.app.goo.gl/Mt7xQ2sassiParking}}",
            ),
            (
                "c",
                "Got it. One more thing, can you email the {{W:bill}} for the tax to my work address [[E:mark.sullivan@example.com]]? and a pic of the {{W:rose}} garden you have on Insta lol, [[P:Rose]] wants to see it",
            ),
        ],
    },
    # 16. B&B (en): a French couple, bags before check-in, their home address, a double deposit refunded to a French IBAN.
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Claire Dubois",
        "lang": "en",
        "start": "2025-04-30T09:30:00",
        "messages": [
            (
                "c",
                "Hello Madame, I am [[P:Claire Dubois]], we are two persons, me and my husband [[P:Étienne]]. We come from [[L:Villeurbanne]], near [[L:Lyon]], and we arrive the {{D:12 may}} by bus from [[L:Bari]]. It is possible to leave the bags before the check-in?",
            ),
            (
                "a",
                "Bonjour [[P:Claire]]! Yes, you can leave the bags from {{TM:10:00}}, check-in is at {{TM:15:00}}. The bus stops at {{W:Piazza Matteotti}}, 10 minutes walking. Can you also send me a phone number for the trip?",
            ),
            (
                "c",
                "Merci! For the registration I send you our address: [[A:14 rue Francis de Pressensé]], [[A:69100]] [[L:Villeurbanne]], [[L:France]]",
            ),
            (
                "c",
                "[[T:+33 6 12 48 93 07]], it is the mobile of [[P:Étienne]]. Mine is broken 🙄 email [[E:claire.dubois@example.fr]]. Also sorry, I think I paid the deposit two times, {{$:80 €}} and {{$:80 €}}?",
            ),
            ("a", "You're right, we received it twice. Send me your IBAN and I refund one today."),
            (
                "c",
                "[[I:FR76 3000 4008 2100 0124 8736 542]] — titulaire [[P:Claire Dubois-Ferrand]]",
            ),
            (
                "a",
                "Done, {{$:80 €}} sent back. À bientôt! [[P:Nicola]] ([[P:Lucia]]'s son, I help with the messages)",
            ),
        ],
    },
    # 17. B&B (en): a Japanese guest and her mother, ground-floor room, Japanese address, e-mail and instagram.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "佐藤 由紀",
        "lang": "en",
        "start": "2025-05-22T23:10:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Yuki Sato]] ([[P:佐藤由紀]]). I reserved room for {{D:June 3-5}} with my mother [[P:Keiko]]. We are from [[L:Kanazawa]], [[L:Japan]].",
            ),
            (
                "a",
                "Hello [[P:Yuki]]! We are waiting for you. Do you need a room on the ground floor for your mother? The Sassi have many stairs.",
            ),
            (
                "c",
                "Yes please, my mother has bad knee. Also she does not eat meat. Is breakfast ok?",
            ),
            (
                "a",
                "Of course: ground floor room with no steps, and vegetarian breakfast with {{PD:Pane di Matera IGP}} and local cheese 😊",
            ),
            (
                "c",
                "Thank you very much. For registration our address is [[A:2-14-7 Hirosaka]], [[L:Kanazawa-shi]], [[L:Ishikawa]] [[A:920-0962]]",
            ),
            (
                "c",
                "Email for the receipt: [[E:yuki.sato.travel@example.jp]] and my instagram is [[H:yuki_sato.trip]] if you want to see photos later 📷 old albums are on [[U:flickr.com/photos/yukisato_trip]]",
            ),
            ("a", "Arigatou! See you on the 3rd. [[P:Lucia]]"),
        ],
    },
    # 18. B&B (it): an Italian couple for Ferragosto, invoice with codice fiscale, rural contrada address near Potenza.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Viola Santangelo",
        "lang": "it",
        "start": "2025-06-16T11:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Viola Santangelo]], abbiamo prenotato per il ponte di {{D:Ferragosto}} io e il mio compagno [[P:Giuseppe]]. Vorremmo la fattura, mi dite cosa vi serve?",
            ),
            ("a", "Buongiorno [[P:Viola]]! Basta nome, codice fiscale e indirizzo di residenza."),
            (
                "c",
                "[[P:Viola Santangelo]]\nCF [[CF:SNTVLI94E49G942L]]\n[[A:c.da Serra Rotonda 12/B]]\n[[A:85100]] [[L:Potenza]]",
            ),
            (
                "a",
                "Perfetto grazie. Arrivate in auto? Vi lascio il parcheggio convenzionato: {{W:www.parcheggimatera.example.it}}",
            ),
            ("c", "si in macchina, partiamo da [[L:Pignola]] dai miei, saremo lì tipo mezzogiorno"),
            (
                "a",
                "Perfetto, check-in anticipato dalle {{TM:13}} allora. Vi aspettiamo! [[P:Lucia]]",
            ),
            ("c", "grazie! ah, [[P:Giuseppe]] chiede se c'è la tv per la partita 🙄"),
            ("a", "Sì, c'è la tv con {{B:DAZN}} 😄"),
        ],
    },
    # 19. B&B (instagram, en): a travel blogger from the US and her videographer partner; blog, YouTube, wa.me link.
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "hopeandthehills",
        "lang": "en",
        "start": "2025-07-02T16:40:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hope Whitaker]], I run a small travel blog [[U:hopeandthehills.example.com]] and I'm traveling through [[L:Basilicata]] in September. Hosts can check my reviews on [[U:https://www.airbnb.com/users/show/48213377]] Would you be open to a collab?",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Thanks for reaching out. We're a small place (4 rooms) so we can offer a discounted stay, not a free one. Which dates?",
            ),
            (
                "c",
                "totally understand! {{D:Sept 9-11}}. My partner [[P:Diego Ramírez]] shoots the video, his channel is [[U:youtube.com/@diegoramirezfilms]]",
            ),
            (
                "a",
                "Sounds good. We can do {{$:90 €}}/night instead of {{$:140 €}}, breakfast included. Please tag {{B:@casalucia.sassi}} and link our site {{W:www.casaluciasassi.example.it}}",
            ),
            (
                "c",
                "deal! 🙌 We're driving down from [[L:Rome]], we're staying with friends in [[L:Monteverde]] until the 8th",
            ),
            (
                "c",
                "For the booking: [[P:Hope Whitaker]] & [[P:Diego Ramírez Ortega]], personal IG [[H:@hope.whitaker.travels]], my US cell [[T:(503) 555-0148]] or just whatsapp me [[U:wa.me/15035550148]]",
            ),
            ("a", "Booked! Confirmation {{R:CLS-0909-HW}}. See you in September 🌄"),
        ],
    },
    # 20. B&B (en): a French guest forgot a charger; shipping to Lille to his daughter; Poste tracking.
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Jean-Baptiste Morel",
        "lang": "en",
        "start": "2025-08-05T07:15:00",
        "messages": [
            (
                "c",
                "Good morning, we left yesterday, I think I forgot my charger and a book in the room 3. Can you send it to [[L:France]]? I pay the shipping of course. [[P:Jean-Baptiste Morel]]",
            ),
            (
                "a",
                "Bonjour! Yes, [[P:Nicola]] found a charger and a copy of {{PD:Le Petit Prince}} in room 3.",
            ),
            (
                "c",
                "Yes this is mine 😅 my address: [[A:appartement 22, 8 boulevard de la Liberté]], [[A:59800]] [[L:Lille]]. My phone [[T:06 71 38 25 90]]",
            ),
            (
                "a",
                "Shipping with {{B:Poste Italiane}} costs {{$:18,50 €}}. You can pay here: {{W:https://www.paypal.com/paypalme/casaluciasassi}}",
            ),
            (
                "c",
                "Done, paid. Please write the name of my daughter on the package, [[P:Louise Morel]], she is at home during the day. And the receipt to [[E:jbmorel arobase example point fr]]",
            ),
            (
                "a",
                "Sent today, tracking {{TR:RR842197315IT}}, you can follow it on {{W:www.poste.it}}. Bon retour!",
            ),
            ("c", "Merci beaucoup, très gentil! My wife [[P:Sylvie]] says hello to [[P:Lucia]]"),
        ],
    },
    # 21. B&B (en): a Spanish guest cancels because her father is in hospital; refund to a Spanish IBAN.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Carmen López",
        "lang": "en",
        "start": "2025-09-24T20:05:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Carmen López]], I had a reservation {{D:October 2-4}} but my father is in hospital in [[L:Valencia]] and I must cancel. Is refund possible? 😔",
            ),
            (
                "a",
                "Hi [[P:Carmen]], I'm so sorry to hear that. Yes, we refund the deposit of {{$:120 €}}. Please send me an IBAN.",
            ),
            (
                "c",
                "Thank you so much. [[I:ES59 2100 0418 4602 0007 1938]], holder [[P:Carmen López Serrano]], [[A:Calle de Cuba 23, 4º B]], [[A:46006]] [[L:València]]. Email for the receipt [[E:carmen.lopez.serrano@example.es]]",
            ),
            (
                "a",
                "Done, the transfer will arrive in 1-2 days. Reference {{R:RIMB-CL-1002}}. I wish your father a quick recovery. [[P:Lucia]]",
            ),
            (
                "c",
                "Muchas gracias [[P:Lucia]], you are very kind. We will come next year with my sister [[P:Mercedes]] and her husband [[P:Hamid]] 🙏",
            ),
        ],
    },
    # 22. B&B (telegram, en): a remote worker from Kerala, wifi drops, IP addresses, his blog and mum.
    {
        "business": "bnb",
        "platform": "telegram",
        "customer": "Arjun Nair",
        "lang": "en",
        "start": "2025-10-20T10:00:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Arjun]] from room 2. The wifi keeps dropping, I'm on a work call in 20 min 😬",
            ),
            (
                "a",
                "Sorry [[P:Arjun]]! Try the network {{W:CasaLucia_5G}}, the password is on the card by the door. Better?",
            ),
            (
                "c",
                "Still unstable. My laptop shows IP [[IP:192.168.1.37]] and gateway {{W:192.168.1.1}}, and the company VPN says it sees me as [[IP:87.14.203.116]]",
            ),
            ("a", "[[P:Nicola]] is restarting the router now, 2 minutes."),
            (
                "c",
                "Works now, thanks! btw if you're ever in [[L:Kochi]] my mum [[P:Lakshmi]] would love to host you 😄 our house is [[A:Flat 4B, Lotus Residency, Panampilly Nagar]], [[A:682036]]",
            ),
            (
                "c",
                "I'll write about Matera on my blog [[U:arjunworksfromanywhere.example.net]], and my linkedin if you want to connect: [[U:linkedin.com/in/arjun-nair-kochi]]",
            ),
        ],
    },
    # 23. Plumber: a boiler in lockout, two small children, invoice with codice fiscale, double surname on the doorbell.
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Gianluca Pedretti",
        "lang": "it",
        "start": "2025-01-09T07:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, caldaia in blocco da stanotte, errore E10, abbiamo 2 bambini piccoli. Potete venire oggi? [[P:Gianluca Pedretti]], [[A:via Borgo Palazzo civico 187]], [[L:Bergamo]], citofono [[P:Pedretti-Locatelli]]",
            ),
            (
                "a",
                "Buongiorno, il tecnico [[P:Ivan]] può passare tra le {{TM:11}} e le {{TM:12}}. Che caldaia è?",
            ),
            ("c", "{{B:Vaillant}} {{PD:ecoTEC plus}}, avrà 8 anni"),
            (
                "a",
                "Ok, E10 di solito è pressione bassa. Provi a caricare l'impianto a 1,5 bar dal rubinetto sotto. Se non riparte arriva [[P:Ivan]].",
            ),
            (
                "c",
                "ripartita!! ma fa un rumore strano, venite lo stesso x favore. mia moglie [[P:Silvia]] è a casa, io sono al lavoro a [[L:Dalmine]]",
            ),
            (
                "a",
                "Certo. Uscita {{$:45 €}} + IVA, il resto lo vede [[P:Ivan]] sul posto. È stato {{W:fortunato}} che si è sbloccata da sola.",
            ),
            (
                "c",
                "per la fattura: [[P:Pedretti Gianluca]] CF [[CF:PDRGLC79C12A794U]], stesso indirizzo. mail [[E:g.pedretti79@example.it]]",
            ),
            ("a", "Ricevuto, grazie. [[P:Debora]] – ufficio"),
        ],
    },
    # 24. Plumber (messenger): a daughter asks for a walk-in shower for her 90-year-old mother Speranza; hope as a word; voice-to-text phone.
    {
        "business": "plumber",
        "platform": "messenger",
        "customer": "Rosa Carminati",
        "lang": "it",
        "start": "2025-02-17T18:30:00",
        "messages": [
            (
                "c",
                "buonasera sono la signora [[P:Carminati Rosa]] di [[L:Sorisole]] ho bisogno di un preventivo per rifare il bagno di mia mamma che ha 90 anni e non riesce piu a entrare nella vasca",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Carminati]], facciamo la trasformazione vasca in doccia, sopralluogo gratuito. Dove abita la mamma?",
            ),
            (
                "c",
                "a [[L:Petosino]] frazione di [[L:Sorisole]] in [[A:via Lombardia 9]] casa gialla con il cancello verde. la mamma si chiama [[P:Speranza Rota]] ma non siamo parenti vostri eh ahah",
            ),
            (
                "a",
                "Ahah di [[P:Rota]] in provincia ce ne sono tanti 😄 Sopralluogo venerdì {{D:21 febbraio}} alle {{TM:14:30}} con [[P:Mauro]]. Un numero di telefono?",
            ),
            (
                "c",
                "il mio è [[T:zero tre cinque cinque sette uno tre nove zero due]] oppure il cell di mio figlio [[P:Fortunato]] [[T:3398124670]]",
            ),
            (
                "a",
                "Perfetto, ci sentiamo venerdì. Per il bonus barriere architettoniche serve il bonifico parlante, glielo spiega [[P:Mauro]]. La {{W:speranza}} è di finire prima di Pasqua 😉",
            ),
        ],
    },
    # 25. Plumber (en): a German couple in Città Alta, cold radiators, landlord's number, a refund to a German IBAN.
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Katrin Vogel",
        "lang": "en",
        "start": "2025-03-25T09:40:00",
        "messages": [
            (
                "c",
                "Hello, do you speak English? The radiators upstairs are cold, the boiler is fine. We rent a flat in [[L:Città Alta]], [[A:via Bartolomeo Colleoni 31]], second floor",
            ),
            (
                "a",
                "Hello! Yes, a little. Probably air in the radiators. We can come Thursday morning. Your name please?",
            ),
            (
                "c",
                "[[P:Katrin Vogel]], email [[E:k.vogel@example.de]]. The landlord is Signor [[P:Gamba]], he said you already know the building. His number [[T:+39 035 24 61 88]]",
            ),
            (
                "a",
                "Yes we know sig. [[P:Gamba]] 👍 Thursday {{TM:9:00}}. In {{W:Città Alta}} we can only park near {{W:Porta San Giacomo}}, so maybe 10 minutes late.",
            ),
            (
                "c",
                "No problem. If I don't answer ring my husband [[P:Jürgen]] on [[T:+49 151 2347 8810]]. Invoice please to our home address in [[L:Germany]]: [[A:Lindenstraße 14]], [[A:80331]] [[L:München]]",
            ),
            (
                "a",
                "Done, 2 valves replaced. You paid {{$:180 €}} in advance but the valves were cheaper, we return {{$:35 €}}. IBAN?",
            ),
            ("c", "[[I:DE49 3704 0044 0532 0187 64]], [[P:Katrin Vogel]]. Thanks [[P:Mauro]]!"),
        ],
    },
    # 26. Plumber (telegram): a property manager sends the list of May flue checks, four addresses and tenants.
    {
        "business": "plumber",
        "platform": "telegram",
        "customer": "Fabio Bonomi",
        "lang": "it",
        "start": "2025-05-06T12:12:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Mauro]], sono [[P:Fabio]] dell'agenzia. Ti giro la lista dei controlli fumi di maggio:\n1) [[A:v.le Papa Giovanni XXIII 64, int. 5]] – sig. [[P:Cortesi]] [[T:348 610 2297]]\n2) [[A:p.zza Pontida 3, scala B]] – sig.ra [[P:Mazzoleni]] (solo pomeriggio)\n3) [[A:via G. Quarenghi n. 48/a]] – [[P:Ahmed Benali]] [[T:327-4458190]]\n4) [[A:str. vicinale dei Colli 2]], [[L:Ponteranica]] – villa, chiedere di [[P:Franco]]",
            ),
            (
                "a",
                "Ciao [[P:Fabio]], ricevuto. Faccio fare a [[P:Ivan]] 1 e 2 giovedì, 3 e 4 venerdì. Il sig. [[P:Benali]] parla italiano?",
            ),
            (
                "c",
                "si benissimo, è qui da 20 anni. Quello di [[L:Ponteranica]] è il proprietario, [[P:Franco Nava]], un po' burbero ma paga subito 😅 e al 2) c'è la badante, [[P:Mirela]]",
            ),
            ("a", "Ok 👍 Ti mando i rapporti via pec come sempre?"),
            (
                "c",
                "no quest'anno mandali a me direttamente, [[E:fabio punto bonomi chiocciola example punto it]]",
            ),
            (
                "a",
                "Perfetto, segnato. Costo {{$:80 €}} a impianto, fatture a fine mese. Rif. contratto {{R:MAN-2025-017}}",
            ),
        ],
    },
    # 27. Plumber: a Romanian carer reports a leak at an old man's flat; the man is Felice and he is felice.
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Ionela Popescu",
        "lang": "it",
        "start": "2025-06-30T15:50:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Ionela]], lavoro da signor [[P:Felice Brembilla]] a [[L:Alzano Lombardo]], perde acqua sotto lavandino cucina tanta acqua!!! venite subito per favore",
            ),
            (
                "a",
                "Buongiorno [[P:Ionela]], chiuda il rubinetto generale, di solito è vicino al contatore. Mi dà l'indirizzo preciso?",
            ),
            (
                "c",
                "[[A:via Mazzini 112 scala A, primo piano]]. signor [[P:Felice]] ha 88 anni non capisce bene",
            ),
            ("a", "Chiuso il rubinetto? [[P:Ivan]] arriva in 40 minuti."),
            (
                "c",
                "si chiuso ok. acqua per terra ho pulito. io aspetto. mio telefono [[T:+40 723 418 556]] romeno ma funziona",
            ),
            ("a", "Perfetto. Chi paga l'intervento? Il signore o i figli?"),
            (
                "c",
                "paga figlia [[P:Loredana]], lei abita a [[L:Nembro]]. Sua email [[E:loredana.brembilla@example.com]]. io sono di [[L:Bacău]], anche mia sorella [[P:Daniela]] lavora qui a [[L:Albino]] da una signora",
            ),
            (
                "a",
                "Grazie. Intervento chiuso: sostituito sifone e flessibile, {{$:95 €}} IVA inclusa. Fattura {{R:FT 356/2025}} mandata alla sig.ra [[P:Loredana]].",
            ),
            ("c", "multumesc! grazie mille, signor [[P:Felice]] adesso è molto {{W:felice}} 😊"),
        ],
    },
    # 28. Plumber (instagram): a young first-time buyer in Seriate wants a condensing boiler; ENEA link; telegram handle without @.
    {
        "business": "plumber",
        "platform": "instagram",
        "customer": "leo_bergamasco",
        "lang": "it",
        "start": "2025-09-11T20:30:00",
        "messages": [
            (
                "c",
                "ciaoo volevo un preventivo x caldaia nuova a condensazione, ho appena comprato casa a [[L:Seriate]] 🏠 sono [[P:Leonardo]] cmq",
            ),
            (
                "a",
                "Ciao [[P:Leonardo]]! Complimenti per la casa. Con l'ecobonus la paghi meno. Mi mandi l'indirizzo per il sopralluogo?",
            ),
            (
                "c",
                "[[A:Via Nazionale 44]] [[A:24068]] [[L:Seriate]]... ma la settimana prox sono a [[L:Zingonia]] dalla mia ragazza, vi va bene da lunedì {{D:22}}?",
            ),
            (
                "a",
                "Lunedì {{D:22 settembre}} alle {{TM:17:30}} ok. Per l'incentivo c'è la guida sul sito dell'{{W:ENEA}}: {{W:https://bonusfiscali.enea.it}}",
            ),
            (
                "c",
                "TOP grazie. se mi cercate nn rispondo mai al tel, scrivetemi su telegram [[H:leonardo_bg_93]] ([[U:t.me/leonardo_bg_93]]) o mail [[E:leo.bg93 @ example.it]]. {{W:POTA}} che ansia sti lavori",
            ),
            ("a", "Ok, ci sentiamo qui allora 👍 [[P:Debora]]"),
        ],
    },
    # 29. Plumber: a condominium administrator paid an invoice twice; refund to IBAN; Rosa (a name) on the first floor.
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Bruno Locatelli",
        "lang": "it",
        "start": "2025-11-18T06:50:00",
        "messages": [
            (
                "c",
                "buongiorno sig. [[P:Rota]], sono [[P:Bruno Locatelli]] del condominio di [[A:via San Bernardino 78]]. Ho pagato due volte la fattura {{R:FT 402/2025}}, per sbaglio, {{$:240 €}} + {{$:240 €}}",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Locatelli]], verifico con [[P:Debora]] in amministrazione e le faccio sapere.",
            ),
            ("a", "Confermo il doppio pagamento. Ci manda l'IBAN per il rimborso?"),
            (
                "c",
                "[[I:IT69 B030 6911 1000 0000 4719 283]] intestato a me e mia moglie [[P:Gioia Brignoli]]",
            ),
            ("a", "Perfetto, bonifico fatto oggi. Rif. {{R:RIMB 402}}. Buona giornata!"),
            (
                "c",
                "grazie. ah, il termosifone del vano scale è ancora freddo, la sig.ra [[P:Rosa]] del primo piano si lamenta 😅 quando passate?",
            ),
            (
                "a",
                "Giovedì mattina passa [[P:Ivan]], chiede direttamente alla sig.ra [[P:Rosa]]. Che cognome c'è sul campanello?",
            ),
            ("c", "[[P:Mologni]], interno 2"),
        ],
    },
    # 30. Wine (en): a British customer orders 12 bottles to Harrogate, pastes a card number, UPS tracking.
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Oliver Hartley",
        "lang": "en",
        "start": "2025-02-24T16:00:00",
        "messages": [
            (
                "c",
                "Hi, we visited your shop last October with my wife [[P:Grace]]. Could you ship 12 bottles of the {{PD:Vino Nobile di Montepulciano 2019}} to the [[L:UK]]?",
            ),
            (
                "a",
                "Hi! Of course, I remember you, you bought the {{PD:Rosso di Montepulciano}} too 😊 Shipping to the UK is {{$:65 €}} for 12 bottles, plus UK duty paid on delivery. Address please?",
            ),
            (
                "c",
                "[[P:Oliver Hartley]]\n[[A:Flat 3, 41 Wellington Street]]\n[[L:Harrogate]]\n[[A:HG1 2PJ]]\n[[T:+44 7911 248 630]]",
            ),
            (
                "a",
                "Thank you [[P:Oliver]]. Total {{$:378 €}} with shipping. Card by phone or a payment link?",
            ),
            (
                "c",
                "Card is fine: [[C:4539 1728 6034 4711]], exp 09/27, name [[P:Oliver J Hartley]]. I'll tell you the CVV by phone",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙈 I've deleted it on our side. Payment went through anyway. Tracking {{TR:1Z 8V4 71W 68 4420 3917}} with {{B:UPS}}, you can follow it on {{W:ups.com}}. – [[P:Tommaso]]",
            ),
            ("c", "oops, sorry! Thanks [[P:Tommaso]], cheers. [[P:Grace]] says hi"),
        ],
    },
    # 31. Wine (instagram, mixed): an American husband and Italian wife send an anniversary box to her parents Bruno and Stella.
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "mark.and.bianca",
        "lang": "en",
        "start": "2025-03-18T21:30:00",
        "messages": [
            (
                "c",
                "Ciao! I'm [[P:Mark]], my wife [[P:Bianca]] is Italian and her parents live in [[L:Chianciano]]. Can you deliver a box for their anniversary?",
            ),
            (
                "a",
                "Ciao [[P:Mark]]! Yes, we deliver locally for free on Saturdays. What would you like to include?",
            ),
            (
                "c",
                "Something red and something white. Her dad [[P:Bruno]] loves big reds, her mom [[P:Stella]] only drinks white, or {{W:rosé}} in summer 😄",
            ),
            (
                "c",
                "Sono [[P:Bianca]], scrivo io in italiano 😄 budget {{$:120 €}}. Indirizzo: [[A:via dei Tigli 5]], [[L:Chianciano Terme]], citofono [[P:Fè]]",
                "it",
            ),
            (
                "a",
                "Perfetto: {{PD:Nobile Riserva 2018}} e un {{PD:Bianco di Valdichiana}}, più un biglietto. Sabato {{D:22 marzo}} in mattinata. Cosa scriviamo sul biglietto?",
                "it",
            ),
            (
                "c",
                '"Buon anniversario mamma e papà, 40 anni! [[P:Bianca]], [[P:Mark]] e [[P:Sole]]"... [[P:Sole]] è nostra figlia 😊',
                "it",
            ),
            (
                "a",
                "Che bello! Consegnato, la sig.ra [[P:Stella]] ci ha offerto pure il caffè ☕ [[P:Chiara]]",
                "it",
            ),
            ("c", "You're the best! Paid via PayPal from [[E:markandbianca@example.com]]"),
        ],
    },
    # 32. Wine: a professional orders three gift boxes, invoice to her codice fiscale, home vs office address, an IP blocked on the shop site.
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Serena Cattaneo",
        "lang": "it",
        "start": "2025-04-08T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei ordinare 3 cassette regalo da 6 bottiglie per i clienti dello studio. Sono [[P:Serena Cattaneo]]. Dal vostro sito non riesco, dice accesso negato dall'indirizzo [[IP:151.38.92.207]] 🤷‍♀️",
            ),
            (
                "a",
                "Buongiorno [[P:Serena]]! Il sito ha un filtro un po' troppo severo, scusi. Facciamo da qui: cassette da {{$:95 €}} l'una o da {{$:150 €}} con la riserva.",
            ),
            (
                "c",
                "quelle da 95. Fattura a me, non allo studio: CF [[CF:CTTSRN88L65F205U]], residente in [[A:c.so di Porta Romana 61]], [[A:20122]] [[L:Milano]]. consegna però in ufficio: [[A:viale Monza 270, 4° piano]], c/o {{B:Studio Ferri Associati}}",
            ),
            (
                "a",
                "Perfetto. Ordine {{O:EP-25-0412}}, totale {{$:285 €}}, spedizione in {{W:porto franco}} con {{B:BRT}}, tracking domani.",
            ),
            (
                "c",
                "grazie. se il corriere non trova nessuno chiamate la mia collega [[P:Ornella]] al [[T:02 8845 3371]]",
            ),
            (
                "a",
                "Spedito! Tracking {{TR:0847 5512 9903 41}}, si segue su {{W:www.brt.it}}. [[P:Tommaso]]",
            ),
        ],
    },
    # 33. Wine (en): an American collector from Evanston orders six Riserva, pays by Amex, spells his surname.
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Bill Kowalczyk",
        "lang": "en",
        "start": "2025-06-03T22:15:00",
        "messages": [
            (
                "c",
                "Hey there, [[P:Bill]] here from [[L:Evanston, Illinois]]. Met your colleague [[P:Chiara]] at {{W:Vinitaly}} in April. Do you ship to the US? I'd want 6 of the 2016 Riserva.",
            ),
            (
                "a",
                "Hi [[P:Bill]]! Yes, through a licensed importer in New Jersey, delivery 3-4 weeks. {{$:62 €}} per bottle for the {{PD:Riserva 2016}}, shipping {{$:110 €}}.",
            ),
            (
                "c",
                "Sounds good. Ship to [[A:1420 Judson Ave, Apt 2F]], [[L:Evanston]], [[L:IL]] [[A:60201]]. Cell [[T:847-555-0193]]. Please send the {{W:bill}} to [[E:bill.kowalczyk@example.net]]",
            ),
            (
                "a",
                "Got it. Invoice {{R:INV-2025-0388}} is on its way. How do you spell the surname exactly? The importer is picky.",
            ),
            (
                "c",
                "[[P:K-O-W-A-L-C-Z-Y-K]] 😄 and I'll pay with Amex: [[C:3795 284106 62319]], [[P:William T. Kowalczyk]]",
            ),
            ("a", "Charged, thanks! Tracking will follow. Salute! [[P:Chiara]]"),
        ],
    },
    # 34. Wine (en): broken bottles at the mother's house in Bath; refund to a British IBAN; DHL tracking.
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Felicity Rowe",
        "lang": "en",
        "start": "2025-07-21T09:30:00",
        "messages": [
            (
                "c",
                "Good morning. The parcel arrived at my mother's in [[L:Bath]] today and two bottles were broken 🍷💔 photos attached. Order {{O:EP-25-0711}}",
            ),
            (
                "a",
                "Good morning, I'm really sorry. We'll refund the two bottles ({{$:58 €}}) or reship, what do you prefer?",
            ),
            (
                "c",
                "Refund please, to my UK account: [[I:GB48 NWBK 6024 7318 4520 96]], [[P:Felicity Rowe]]. My mum [[P:Hope Rowe]] was gutted, she'd saved them for her birthday lol",
            ),
            (
                "a",
                "Done. Please give our best wishes to [[P:Hope]]! Reference {{R:RF-0711-FR}}. [[P:Tommaso]]",
            ),
            (
                "c",
                "Thank you. Also the courier was rude to her, the driver was called [[P:Gary]] if that helps. I posted the photos here [[U:threads.net/@felicity.rowe]], email me at [[E:felicity_rowe@example.co.uk]] if DHL needs them",
            ),
            (
                "a",
                "Thanks, I've reported it to {{B:DHL}} with the tracking {{TR:JD014600011847329512}}.",
            ),
        ],
    },
    # 35. Wine (telegram): a sommelier with partita IVA orders for a tasting; his site; a credit note to an Italian IBAN; brother Leone.
    {
        "business": "wine",
        "platform": "telegram",
        "customer": "Lorenzo Cappelli",
        "lang": "it",
        "start": "2025-09-02T11:00:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Tommaso]], [[P:Lorenzo]] qui. Per la degustazione del {{D:27 settembre}} mi servono 24 bottiglie di {{PD:Vino Nobile}} annata 2020. Fattura alla mia p.iva come sempre",
            ),
            ("a", "Ciao [[P:Lorenzo]]! Mi ricordi i dati? Il gestionale nuovo li ha persi 🙄"),
            (
                "c",
                "[[P:Lorenzo Cappelli]] – sommelier\nP.IVA [[V:02917360220]]\n[[A:Loc. Poggio Santa Cecilia 7]], [[A:53041]] [[L:Asciano]] (SI)\nmail [[E:lorenzo.cappelli.somm@example.it]]\nsito [[U:www.lorenzocappellisommelier.example.it]]",
            ),
            (
                "a",
                "Grazie. 24 x {{$:21 €}} = {{$:504 €}} + IVA. Te le porto io venerdì, passo da [[L:Asciano]]?",
            ),
            (
                "c",
                "si perfetto, se non ci sono lasciale a mio fratello [[P:Leone]] al bar in piazza. e la nota di credito di agosto rimborsamela su [[I:IT81 D032 6871 5900 5287 1430 061]] che ho chiuso il conto vecchio",
            ),
            ("a", "Ok 👍 nota di credito {{R:NC 14/2025}} da {{$:42 €}}, bonifico lunedì."),
        ],
    },
    # 36. Wine (instagram): a wine blogger from Scandicci books a tasting; blog, tiktok handle without @, her partner's profile typed twice.
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "marta.sorsi",
        "lang": "it",
        "start": "2025-10-14T18:45:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Marta Sorsi]], scrivo di vino sul mio blog [[U:https://martasorsi.example.org/blog]] e su tiktok [[H:martasorsi.wine]]. Sabato vengo a trovarvi con il mio compagno [[P:Alessio]], arriviamo da [[L:Scandicci]]",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! Benvenuti. Sabato facciamo degustazione alle {{TM:11}} e alle {{TM:16}}, {{$:25 €}} a persona con 5 assaggi.",
            ),
            (
                "c",
                "alle 16 perfetto. Posso fare qualche storia in cantina? taggo {{B:@enotecalapoliziana}}",
            ),
            (
                "a",
                "Certo! Ti lascio anche la pagina del {{W:Consorzio del Vino Nobile}} per le info sulla DOCG: {{W:www.consorziovinonobile.it}}",
            ),
            (
                "c",
                "grazie! il profilo di [[P:Alessio]] è [[U:instagram.com/alessio.fotografa]]... ops [[U:instagram.com/alessio_fotografa_]] 😂",
            ),
        ],
    },
    # 37. Party: a mother books a magician for her son's sixth birthday at home in Monteverde; codice fiscale for the receipt.
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Federica Proietti",
        "lang": "it",
        "start": "2025-01-27T13:10:00",
        "messages": [
            (
                "c",
                "Ciao! Vorrei un animatore per il compleanno di mio figlio [[P:Tommaso]] che compie 6 anni, sabato {{D:15 febbraio}} pomeriggio. Siamo a [[L:Monteverde]]",
            ),
            (
                "a",
                "Ciao! Che bello 🎉 Per 6 anni va forte il pacchetto supereroi o il mago. Quanti bambini?",
            ),
            (
                "c",
                "una ventina. Il mago!! [[P:Tommaso]] è fissato con i trucchi. Casa nostra è [[A:via Ozanam nr 112]], c'è il giardino condominiale",
            ),
            (
                "a",
                "Perfetto, vi mando Mago [[P:Gigi]] dalle {{TM:16}} alle {{TM:18}}, {{$:180 €}} con palloncini. Ci lasci nome e telefono?",
            ),
            (
                "c",
                "[[P:Federica Proietti]], [[T:339 44 17 208]]. Per la ricevuta vi serve il CF? è [[CF:PRTFDR85S70H501X]]",
            ),
            ("a", "Grazie, lo mettiamo in ricevuta. Acconto {{$:50 €}} con bonifico o Satispay."),
            ("c", "fatto satispay. Il papà [[P:Daniele]] vi aspetta giù al cancello 👍 daje"),
        ],
    },
    # 38. Party (instagram): Stella books Elsa for her daughter Aurora in Torpignattara; the star on the wand; sister's handle.
    {
        "business": "party",
        "platform": "instagram",
        "customer": "stella.marinelli_",
        "lang": "it",
        "start": "2025-02-26T20:00:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Stella]], mia figlia [[P:Aurora]] fa 5 anni il {{D:9 marzo}}, vuole ASSOLUTAMENTE {{W:Elsa}} 😅 la fate?",
            ),
            (
                "a",
                "Ciao [[P:Stella]]! Sì, abbiamo {{W:Elsa}} e {{W:Anna}} con canzoni e trucca-bimbi. Dove fate la festa?",
            ),
            (
                "c",
                "in una sala a [[L:Torpignattara]] vicino casa nostra, [[A:via della Marranella 41]]",
            ),
            (
                "a",
                "Perfetto. {{W:Elsa}} + trucca-bimbi {{$:220 €}}, 2 ore. Portiamo anche la bacchetta con la {{W:stella}} per la festeggiata ⭐",
            ),
            (
                "c",
                "che carinaaa. mia sorella [[P:Ilaria]] vi scrive per il pagamento, lei è [[H:@ilaria.marinelli.88]], oppure mandate tutto a me [[E:stella.marinelli88@example.it]]",
            ),
            ("a", "Perfetto, aspettiamo lei 😊 [[P:Simona]]"),
        ],
    },
    # 39. Party (en): an American mother in Parioli, bilingual entertainer for twins, a lion costume, obfuscated e-mail.
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Rachel Goldberg",
        "lang": "en",
        "start": "2025-04-03T15:30:00",
        "messages": [
            (
                "c",
                "Hi! Do you have an English-speaking entertainer? My twins [[P:Noah]] and [[P:Lily]] turn 7 on {{D:April 26}}, half the kids go to the international school",
            ),
            ("a", "Hi! Yes, our animator [[P:Kwame]] is bilingual 🙂 Where is the party?"),
            (
                "c",
                "At our place in [[L:Parioli]], [[A:via Antonio Bertoloni 29]], top floor terrace. I'm [[P:Rachel Goldberg]]. Cell [[T:+1 (202) 555-0176]] or Italian number [[T:+39 366 209 4451]]",
            ),
            (
                "a",
                "Great. Two hours with games and balloon animals, {{$:250 €}}. Would you like the bubble show too? +{{$:60 €}}",
            ),
            (
                "c",
                "Yes!! And could he dress up as a {{W:lion}}? The twins are obsessed with {{PD:The Lion King}}",
            ),
            (
                "a",
                "He has a lion costume, the kids here call him {{W:Leone}} 🦁 Deposit {{$:100 €}} by bank transfer, I'll send the details by email. Your email?",
            ),
            (
                "c",
                "[[E:rachel.goldberg AT example DOT com]] — thanks!! The RSVP page is [[U:evite.example.com/rachel-goldberg/twins-turn-7]] and my husband [[P:Jonah]] is on telegram as [[H:jonah_gberg]] if you need him on the day",
            ),
            ("a", "Sent! [[P:Simona]]"),
        ],
    },
    # 40. Party (messenger): a Nigerian-Italian mother plans a park party; her friend's dressmaking page; Villa Pamphili.
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Ngozi Eze",
        "lang": "it",
        "start": "2025-05-20T17:45:00",
        "messages": [
            (
                "c",
                "Buonasera, io sono [[P:Ngozi]], mamma di [[P:Chidera]]. Festa per 4 anni al parco {{W:Villa Pamphili}} domenica {{D:1 giugno}}. Si puo?",
            ),
            (
                "a",
                "Buonasera [[P:Ngozi]]! Sì, nei parchi facciamo feste all'aperto, senza corrente però (niente macchina delle bolle elettrica). Quanti bambini?",
            ),
            (
                "c",
                "15 piu o meno. Mio marito [[P:Obinna]] porta il tavolo. Noi abitiamo a [[L:Primavalle]], [[A:via Pasquale II 188]]",
            ),
            ("a", "Perfetto. Pacchetto parco {{$:160 €}}, 2 ore. Tema?"),
            (
                "c",
                "principesse africane 😍 la mia amica [[P:Adaeze]] fa i vestiti, guarda [[U:www.facebook.com/adaeze.okafor.sartoria]]",
            ),
            (
                "a",
                "Bellissimi! Possiamo fare un tema così, con musica afrobeat e trucca-bimbi. [[P:Simona]]",
            ),
            (
                "c",
                "grazie!! il mio numero [[T:+39 380 716 0023]], whatsapp anche. mail [[E:ngozi.eze AT example.it]]",
            ),
        ],
    },
    # 41. Party (telegram): a wedding planner with partita IVA books children's entertainment; the bride Rose wants rose petals.
    {
        "business": "party",
        "platform": "telegram",
        "customer": "Veronica Leoni",
        "lang": "it",
        "start": "2025-06-09T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Veronica Leoni]], wedding & event planner ([[U:veronicaleoni-weddings.example.it]], su insta [[H:veronica.leoni.events]]). Per un matrimonio il {{D:5 luglio}} alla {{B:Tenuta Colle Sereno}} di {{W:Frascati}} mi serve animazione bimbi durante la cena, circa 12 bambini",
            ),
            (
                "a",
                "Perfetto, 2 animatori dalle {{TM:20}} a mezzanotte, {{$:480 €}} + IVA. Ci manda i dati per la fattura?",
            ),
            (
                "c",
                "[[P:Veronica Leoni]]\nP.IVA [[V:15088420581]]\n[[A:Via Appia Nuova 1011]], [[A:00178]] [[L:Roma]]\nSDI {{R:M5UXCR1}}",
            ),
            ("a", "Grazie. Gli sposi hanno richieste particolari?"),
            (
                "c",
                "la sposa si chiama [[P:Rose]], è inglese, e vorrebbe petali di {{W:rose}} 🌹 ovunque, anche nel laboratorio bimbi. Lo sposo [[P:Fabrizio]] vuole solo che i bambini non urlino 😂",
            ),
            ("a", "Ahah faremo il possibile! Laboratorio con fiori di carta. [[P:Simona]]"),
            (
                "c",
                "ottimo. la mia assistente [[P:Ludovica]] vi chiama per i dettagli, il numero dell'ufficio è [[T:06 5123 8874]]",
            ),
        ],
    },
    # 42. Party: a Chinese-Italian mother books a magician at home in Esquilino; doorbell names; signature in Chinese script.
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Ma Lin",
        "lang": "it",
        "start": "2025-09-29T12:20:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Lin]], mio figlio [[P:Leo]] fa 8 anni, voglio festa con giochi e magia, a casa, [[L:Esquilino]]. Quanto costa?",
            ),
            (
                "a",
                "Ciao [[P:Lin]]! Festa a casa con mago 2 ore {{$:180 €}}. Quanti bambini? La stanza è grande?",
            ),
            (
                "c",
                "12 bambini, stanza grande. indirizzo [[A:Via Principe Eugenio 51]], quarto piano senza ascensore 😅 campanello [[P:Zhang]] / [[P:Ma]]",
            ),
            ("a", "Va bene! Sabato {{D:11 ottobre}} alle {{TM:16}}? Il mago è Mago [[P:Gigi]] 🎩"),
            (
                "c",
                "ok sabato. marito [[P:Zhang Wei]] aspetta giù per parcheggio, suo numero [[T:328 119 6604]]. io lavoro, scrivi wechat [[H:malin_rm88]] o mail [[E:malin.roma@example.com]]. grazie",
            ),
            ("a", "Perfetto, a sabato! [[P:Simona]]"),
            ("c", "🙏 [[P:马琳]]"),
        ],
    },
    # 43. Party (instagram): Franca Gioia (a surname) books a party at her sister's in Ostia, pastes a card, is told to use a link.
    {
        "business": "party",
        "platform": "instagram",
        "customer": "franca.gioia_",
        "lang": "it",
        "start": "2025-11-03T19:30:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Franca Gioia]] (sì, [[P:Gioia]] è il cognome 😄). Volevo prenotare per la festa dei 10 anni di mia nipote [[P:Speranza]] il {{D:16 novembre}}",
            ),
            ("a", "Buonasera sig.ra [[P:Gioia]]! Sì, c'è posto. Dove?"),
            (
                "c",
                "da mia sorella [[P:Marisa]] a [[L:Ostia]], [[A:lungomare Paolo Toscanelli 146]], terzo piano int. 9, il portone con la porta {{W:bianca}}",
            ),
            (
                "a",
                "Perfetto, {{$:200 €}} tema {{W:unicorni}} oppure mago. Acconto con carta o bonifico.",
            ),
            ("c", "carta, vi passo i dati: [[C:5356 2201 9748 2030]] scad 11/26"),
            (
                "a",
                "Meglio di no in chat 🙈 le mando un link di pagamento sicuro: {{W:https://pay.sumup.com/b2c/QCORIANDOLI}}",
            ),
            (
                "c",
                "ah ok scusate, non sono pratica. pagato col link, ricevuta a [[E:francagioia chiocciola example.it]]. [[P:Speranza]] sarà felicissima, che {{W:gioia}}!!",
            ),
            ("a", "Grazie a lei! A presto, [[P:Simona]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(59, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
