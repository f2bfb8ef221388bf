# ruff: noqa: E501
"""Hand-written blind test corpus no. 38 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten38_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): an optician in Treviso, a surf school at Poetto in
Cagliari with many foreign students, a wedding planner in Lecce working with British and American
couples, a hardware and paint store in Cuneo, a dog groomer in Rimini, and a van-rental and
removals firm in Bari.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten38_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten38_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "optician": "Ottica Visentin Treviso",
    "surf": "Maestrale Surf School Poetto",
    "wedding": "Salento Wedding Stories",
    "hardware": "Ferramenta Colori Giordano",
    "groomer": "Toelettatura Pelo & Contropelo",
    "vans": "Levante Noleggio Furgoni e Traslochi",
}
PAGE_IDS: dict[str, str] = {
    "optician": "638160000000114",
    "surf": "638160000000225",
    "wedding": "638160000000336",
    "hardware": "638160000000447",
    "groomer": "638160000000558",
    "vans": "638160000000669",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Optician: Betta asks whether her new glasses are ready, prescription from her oculist
    {
        "business": "optician",
        "platform": "messenger",
        "customer": "Betta Zanatta",
        "lang": "it",
        "start": "2025-02-03T08:47:00",
        "messages": [
            (
                "c",
                "buongiorno, sn [[P:Betta]] [[P:Zanatta]], volevo sapere se sono pronti gli occhiali ordinati il {{D:22 gennaio}}, ordine {{O:OV-4417}}",
            ),
            (
                "a",
                "Buongiorno [[P:Elisabetta]]! Controllo subito... si, la montatura {{B:Ray-Ban}} {{PD:Clubmaster}} e' arrivata, mancano solo le lenti {{B:Zeiss}} {{PD:SmartLife}}. Direi {{D:giovedi}} dopo le {{TM:16}}. [[P:Chiara]] - {{B:Ottica Visentin}}",
            ),
            (
                "c",
                "ok perfetto. la ricetta nuova ve l'ha mandata la dott.ssa [[P:Bello]]? [[P:Serena]] [[P:Bello]] di [[L:Montebelluna]], mi ha detto che la mandava lei x mail",
            ),
            (
                "a",
                "Si ci e' arrivata da [[E:studio.bello.oculistica@example.it]], tutto ok: -1,75 e -2,00 con un po' di astigmatismo. Il saldo e' {{$:€ 212,00}} (acconto {{$:60 €}} gia' versato)",
            ),
            (
                "c",
                "grz! cmq se nn riesco a passare io viene mio marito [[P:Dario]], va bene? ha il mio stesso cognome 😅",
            ),
            (
                "a",
                "Certo, basta che dica il numero d'ordine. Se serve chiamateci o scriveteci qui. Buona giornata! [[P:Chiara]]",
            ),
            (
                "c",
                "il suo cell cmq e' [[T:348 221 7093]] se dovete avvisare lui, io al lavoro nn rispondo mai",
            ),
        ],
    },
    # 2. Optician: an old man in dialect, lost glasses, codice fiscale for the tax deduction
    {
        "business": "optician",
        "platform": "whatsapp",
        "customer": "Bepi",
        "lang": "it",
        "start": "2025-02-05T15:02:00",
        "messages": [
            (
                "c",
                "Bongiorno son [[P:Toffoletto]] [[P:Giuseppe]] ma tuti me ciama [[P:Bepi]]. go perso i ociai in orto 😩 xe ancora la garanzia?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Toffoletto]]! La garanzia copre i difetti, non la perdita, ma c'e' l'assicurazione {{PD:Occhiale Sereno}} se l'aveva presa. Mi dice quando li ha comprati?",
            ),
            (
                "c",
                "me fiola [[P:Rosa]] dise che xe de {{D:novembre 2023}}. ghe scrivo el codice fiscale cusi' i trova: [[CF:TFFGPP48E03L407W]]",
            ),
            (
                "a",
                "Trovato: {{D:14/11/2023}}, occhiale progressivo, con assicurazione 👍 Le rifacciamo lenti e montatura pagando solo la franchigia di {{$:45 euro}}.",
            ),
            (
                "c",
                "benon. vien mi o manda me fiola, la sta a [[L:Paese]] in [[A:via Sant'Andrea 31/A]]. Mi son a [[L:Villorba]], fraz. [[L:Catena]], [[A:via Centa 8]], se volè spedirli",
            ),
            (
                "a",
                "Li possiamo spedire o consegnare noi, il nostro [[P:Ivano]] passa dalle sue parti il {{D:martedi}}. Ci lasci un numero fisso per sicurezza?",
            ),
            ("c", "[[T:0422 91 37 40]], a disnar son sempre a casa. grasie tosa!"),
        ],
    },
    # 3. Optician: American tourist who lost contact lenses while staying in town
    {
        "business": "optician",
        "platform": "instagram",
        "customer": "kayla.rw",
        "lang": "en",
        "start": "2025-05-19T09:31:00",
        "messages": [
            (
                "c",
                "hi! do you speak english? I'm visiting from [[L:Oregon]] and a contact lens fell down the sink at our airbnb 😭 do you have {{B:Acuvue}} {{PD:Oasys}} -3.25?",
            ),
            (
                "a",
                "Hi! Yes, of course. We have {{PD:Acuvue Oasys}} in -3.25 in stock, box of 6 is {{$:€ 32}}. Do you have your prescription with you? [[P:Marta]]",
            ),
            (
                "c",
                "I have a photo of the box lol. I'm [[P:Kayla Whitfield]], [[P:K-A-Y-L-A]] [[P:W-H-I-T-F-I-E-L-D]], my optometrist back home is Dr. [[P:Ravi Shah]] in [[L:Portland]]",
            ),
            (
                "a",
                "That works. We can keep a box aside for you under your name. Where are you staying? We are near the {{W:Fontana delle Tette}}",
            ),
            (
                "c",
                "we're at [[A:vicolo Dotti 4 int. 2]], near the fish market. my phone is [[T:+1 (503) 555-0148]] but whatsapp is better",
            ),
            (
                "a",
                "Perfect, it's a 5 minute walk. Open until {{TM:19:30}} today. See you later! 👓",
            ),
        ],
    },
    # 4. Optician: contact-lens subscription cancelled, refund by bank transfer, online shop login
    {
        "business": "optician",
        "platform": "telegram",
        "customer": "Fede R.",
        "lang": "it",
        "start": "2025-03-11T18:20:00",
        "messages": [
            (
                "c",
                "ciao, vorrei disdire l'abbonamento lenti {{PD:LenteFacile}} mensile, mi sono operato agli occhi 🎉 sono [[P:Federico Rigo]]",
            ),
            (
                "a",
                "Ciao [[P:Federico]], complimenti per l'intervento! Ti disdico subito. Ti spetta il rimborso dell'ultimo mese, {{$:€ 27,90}}. Ci mandi un IBAN?",
            ),
            (
                "c",
                "[[I:IT67 K030 6961 6201 0000 0004 187]] intestato a me. ah e sul sito nn riesco ad entrare, dice accesso bloccato per l'indirizzo [[IP:93.41.208.17]]",
            ),
            (
                "a",
                "Succede dopo troppi tentativi, lo sblocchiamo noi. La mail dell'account e' sempre [[E:fede punto rigo chiocciola example punto it]]?",
            ),
            ("c", "no l'ho cambiata, ora e' [[E:f.rigo88@example.com]]. grazie mille"),
            (
                "a",
                "Fatto 👍 Rimborso entro {{D:venerdi 14}}. Un saluto, [[P:Marta]] di {{B:Ottica Visentin}}",
            ),
        ],
    },
    # 5. Optician: Romanian customer, mixed Italian/English, progressive lenses, tax code
    {
        "business": "optician",
        "platform": "messenger",
        "customer": "Ioana Popescu",
        "lang": "it",
        "start": "2025-03-25T10:05:00",
        "messages": [
            (
                "c",
                "buna ziua, scusate mio italiano nn e perfetto. sono [[P:Ioana]], vorrei fare visita per lenti progressive",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]], nessun problema! Il controllo della vista con il dott. [[P:Piovesan]] e' gratuito se poi fa gli occhiali. Va bene {{D:sabato 29}} alle {{TM:10:30}}?",
            ),
            ("c", "{{D:Saturday}} is ok. Sorry, can I write in english? is easier for me", "en"),
            (
                "a",
                "Sure, no problem! For the booking I need your surname and a phone number. [[P:Chiara]]",
                "en",
            ),
            (
                "c",
                "[[P:Popescu]], P-O-P-E-S-C-U. phone [[T:+39 351 884 2076]]. for the receipt with tax deduction my codice fiscale is [[CF:PPSNIO90C62Z129F]]",
                "en",
            ),
            (
                "a",
                "Thank you [[P:Ioana]]! Booked for {{D:Saturday}} {{TM:10:30}}. Ci vediamo!",
                "en",
            ),
            (
                "c",
                "perfetto, porto anche mia collega [[P:Mihaela]] che vuole vedere montature {{B:Miu Miu}} 😊",
            ),
        ],
    },
    # 6. Optician: safety glasses for a small firm, invoice with partita IVA and PEC
    {
        "business": "optician",
        "platform": "whatsapp",
        "customer": "Officina Da Ros",
        "lang": "it",
        "start": "2025-04-02T07:58:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Loris Da Ros]] dell'officina, mi servono 4 occhiali da lavoro graduati x i miei ragazzi, fate preventivo?",
            ),
            (
                "a",
                "Buongiorno! Certo, con montatura {{B:Univet}} {{PD:5X8}} e lenti graduate siamo sui {{$:135 €}} l'uno. Per il preventivo intestato mi servono i dati dell'azienda",
            ),
            (
                "c",
                "{{B:Da Ros Meccanica snc}}, P.IVA [[V:04182730269]], sede [[A:via dell'Artigianato 22]], [[A:31050]] [[L:Ponzano Veneto]]. PEC [[E:darosmeccanica@pec.example.it]]",
            ),
            (
                "c",
                "i ragazzi sono [[P:Nicola]], [[P:Emanuele]], [[P:Ahmed Benali]] e [[P:Vasyl]] ([[P:Vasyl Melnyk]], ucraino, nn parla tanto italiano)",
            ),
            (
                "a",
                "Perfetto, li chiamiamo uno alla volta per la misura. Se [[P:Vasyl]] preferisce, il dott. [[P:Piovesan]] parla un po' di russo. Preventivo {{R:PRV-2025-031}} in arrivo via PEC",
            ),
            ("c", "ottimo grazie. il mio cell diretto [[T:335.612.0948]]"),
        ],
    },
    # 7. Optician: a mother about her son's first glasses, paediatric ophthalmologist
    {
        "business": "optician",
        "platform": "instagram",
        "customer": "giuliacostantin",
        "lang": "it",
        "start": "2025-04-16T21:14:00",
        "messages": [
            (
                "c",
                "ciao! ho visto il reel delle montature x bambini. mio figlio [[P:Leone]] ha 6 anni e la pediatra oculista, la dott.ssa [[P:Grazia Fabris]], gli ha prescritto occhiali 🥺",
            ),
            (
                "a",
                "Ciao! Che bel nome [[P:Leone]] 😍 Abbiamo le {{B:Nano Vista}} infrangibili, da {{$:89 €}} con lenti. Vuoi fissare un appuntamento?",
            ),
            (
                "c",
                "si, {{D:mercoledi}} pomeriggio? io sono [[P:Giulia Costantin]], il papa' e' [[P:Stefano Leone Mancini]] quindi il bimbo e' [[P:Leone Mancini]] 😂 lo so, ridono tutti",
            ),
            ("a", "Ahah bellissimo! {{D:Mercoledi}} {{TM:17:15}} va bene? Ci lasci un recapito?"),
            (
                "c",
                "[[T:3409917425]]. ah la ricetta te la giro da [[E:giulia.costantin@example.it]]",
            ),
            ("a", "Perfetto, a mercoledi! 👓 [[P:Chiara]]"),
        ],
    },
    # 8. Surf school: German student booking a week course, hostel in town, refund to a German IBAN
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "hanna.surfs",
        "lang": "en",
        "start": "2025-05-06T11:40:00",
        "messages": [
            (
                "c",
                "hey! saw your post, is there still space in the beginner week from {{D:June 9}}? me and my friend [[P:Lea]] from [[L:Freiburg]]",
            ),
            (
                "a",
                "Hi! Yes 2 places left 🏄 Beginner week is {{$:€ 240}} incl. board and wetsuit. Can you tell me full names for the booking?",
            ),
            (
                "c",
                "[[P:Hanna Becker]] and [[P:Lea Schäfer]] (with ä, or [[P:Schaefer]] if your system is old haha). my insta is @[[H:hanna.surfs]] and [[P:Lea]] is @[[H:lea_schaefer.fr]]",
            ),
            (
                "a",
                "Perfect, booked {{R:MS-2025-0612}}. Where are you staying? We do a free pickup in the morning if you're near {{W:Piazza Yenne}}",
            ),
            ("c", "we're at a hostel in [[A:via Sassari 42]] in [[L:Stampace]], so very close!"),
            (
                "c",
                "oh and last year you owed me {{$:€ 60}} from a cancelled lesson, the guy [[P:Nicola]] said you'd send it back. IBAN [[I:DE09370400440624817735]]",
            ),
            (
                "a",
                "Ops, sorry about that! I'll ask [[P:Nicola]] and send it today. See you on the beach 🤙 [[P:Ale]]",
            ),
        ],
    },
    # 9. Surf school: Nigerian-British student with a friend called Will
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Emeka",
        "lang": "en",
        "start": "2025-06-02T16:25:00",
        "messages": [
            (
                "c",
                "Good afternoon. My name is [[P:Chukwuemeka Okafor]], call me [[P:Emeka]] 😄 I want to book 3 private lessons for me and my mate",
            ),
            (
                "a",
                "Hi [[P:Emeka]]! Private lesson is {{$:€ 70}}/hour, or {{$:€ 190}} for 3. What's your friend's name?",
            ),
            (
                "c",
                "[[P:Will]]. [[P:William Hughes]]. he will surely fall a lot lol. we arrive from [[L:Manchester]] on {{D:Friday 13th}}",
            ),
            (
                "a",
                "Haha he'll be fine, [[P:Davide]] is very patient. Can I have a number for the day of the lesson in case of wind changes?",
            ),
            (
                "c",
                "mine is [[T:+44 7700 900 461]], [[P:Will]]'s is [[T:07700 900783]]. we stay at my aunt's flat, [[A:viale Poetto 118]], 3rd floor",
            ),
            (
                "a",
                "Great, that's right in front of the school! {{D:Friday}} {{TM:9:00}} then. Ciao! 🌊",
            ),
        ],
    },
    # 10. Surf school: local mother enrolling two children in the summer camp
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Marcella Pinna",
        "lang": "it",
        "start": "2025-05-12T13:10:00",
        "messages": [
            (
                "c",
                "ciao, vorrei iscrivere i miei figli al {{PD:Surf Camp Junior}} di luglio. [[P:Lucia]] 10 anni e [[P:Gavino]] 8",
            ),
            (
                "a",
                "Ciao! Il camp e' dal {{D:7 al 18 luglio}}, {{TM:9-13}}, {{$:€ 180}} a settimana, sconto fratelli 10%. Mi servono i codici fiscali per l'assicurazione",
            ),
            (
                "c",
                "[[P:Lucia]] [[CF:PNNLCU15H50B354S]], quello di [[P:Gavino]] te lo manda mio marito [[P:Efisio]] stasera che ha lui le tessere sanitarie",
            ),
            (
                "c",
                "noi abitiamo a [[L:Quartu]], [[A:via Marconi 210]], [[A:09045]]. se serve il mio numero [[T:347-8820316]]",
            ),
            (
                "a",
                "Perfetto [[P:Marcella]], anzi signora [[P:Pinna]] 😊 pre-iscrizione fatta. L'istruttrice dei piccoli e' [[P:Bianca]], bravissima",
            ),
            (
                "c",
                "ah [[P:Bianca Serra]]? la conosco, era in classe con mia sorella [[P:Tiziana]] ahah. mondo piccolo",
            ),
        ],
    },
    # 11. Surf school: Indian-American couple from Boston, booking reference and e-mails
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-06-20T06:55:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Priya Raghunathan]]. My husband [[P:Arjun]] and I booked the SUP sunset tour, ref {{R:MS-2025-0877}}, but we never got a confirmation email",
            ),
            (
                "a",
                "Hi [[P:Priya]]! I see the booking for {{D:Saturday 21}} at {{TM:19:00}}, {{$:€ 45}} each. Which email did you use?",
            ),
            (
                "c",
                "probably [[E:priya.r.boston@example.com]], or maybe [[P:Arjun]]'s work one, [[E:arjun [at] iyer-labs [dot] example]]. His surname is [[P:Iyer]], not the same as mine",
            ),
            (
                "a",
                "Found it under [[P:Iyer]] 🙂 I'll resend. For the tour we only need a phone for the guide",
            ),
            ("c", "[[T:(617) 555-0193]], it works here with roaming"),
            (
                "a",
                "Perfect. Your guide is [[P:Giorgia]], meeting point at the kiosk near {{W:Ospedale Marino}}. Enjoy! 🌅",
            ),
        ],
    },
    # 12. Surf school: Ukrainian student lost a wetsuit, friend named Grace
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "oksana.kov",
        "lang": "en",
        "start": "2025-07-04T19:48:00",
        "messages": [
            (
                "c",
                "hello, I think I left my own wetsuit in your container after the lesson today 😬 it's a black {{B:O'Neill}} {{PD:Epic}} size S",
            ),
            (
                "a",
                "Hi! Yes there's one hanging in the shower area. Whose name should I write on the bag?",
            ),
            (
                "c",
                "[[P:Oksana Kovalenko]]. my friend [[P:Grace]] can pick it up tomorrow, she has lesson at {{TM:10}}, [[P:Grace Adeyemi]], the tall one with braids",
            ),
            (
                "a",
                "Ok I'll give it to [[P:Grace]] 👍 Tell her to ask for [[P:Ale]] or [[P:Nicola]]",
            ),
            (
                "c",
                "thank you!! btw the videos from the lesson, can you send them to @[[H:oksana.kov]]? or my telegram @[[H:oksanak_kyiv]]",
            ),
            ("a", "Sure, [[P:Davide]] is editing them tonight 📹"),
            ("c", "amazing. I'm back in [[L:Lviv]] next week so I want memories 😂"),
        ],
    },
    # 13. Surf school: Spanish photographer, double surname, invoice with Spanish VAT and IBAN
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Javi",
        "lang": "it",
        "start": "2025-07-15T12:02:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Javier García López]], il fotografo spagnolo che ha fatto le foto per la vostra pagina 📸 ti mando la fattura",
            ),
            (
                "a",
                "Ciao [[P:Javi]]! Le foto sono stupende. Si, mandala pure, la paghiamo entro {{D:fine mese}}",
            ),
            (
                "c",
                "Factura {{R:JGL-2025-14}}, {{$:650 €}} + IVA. Mi NIF-IVA es [[V:ESB64817208]] y la cuenta [[I:ES91 2100 0418 4502 0005 1332]]",
                "es",
            ),
            ("a", "Ricevuto. Ma l'intestazione e' giusta? C'e' scritto [[P:Garcia Lopes]]"),
            (
                "c",
                "uff, error mio. [[P:García López]], G-A-R-C-I-A L-O-P-E-Z, con la zeta. ti rimando il pdf. e metti nei crediti il mio sito [[U:javiergarcialopez.example.com/portfolio]]",
            ),
            ("a", "Perfetto, e nei post mettiamo anche @[[H:javi.glopez.photo]]? 🙌"),
            ("c", "si si, gracias amigo! saluda a [[P:Giorgia]] y [[P:Davide]]", "es"),
        ],
    },
    # 14. Surf school: British school group, teacher called Mark Church, UK address
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Mark Church",
        "lang": "en",
        "start": "2025-03-03T10:30:00",
        "messages": [
            (
                "c",
                "Good morning, I'm [[P:Mark Church]], PE teacher at a sixth form college. We're bringing 18 students in {{D:late May}}, do you do group rates?",
            ),
            (
                "a",
                "Good morning [[P:Mark]]! Yes, for 15+ students it's {{$:€ 30}} per person per lesson, teachers free. How many lessons?",
            ),
            (
                "c",
                "Two mornings. The trip is organised with my colleague [[P:Victoria Baker]], she does the paperwork. her email is [[E:v.baker@college-example.ac.uk]]",
            ),
            (
                "a",
                "Great. We need an invoice address and the list of students with ages before {{D:1 May}}",
            ),
            (
                "c",
                "Invoice to me personally, the college reimburses: [[A:Flat 3, 27 Mill Lane]], [[L:Kidderminster]], [[A:DY11 6XR]]. Mobile [[T:+44 (0)7700 900 228]]",
            ),
            ("a", "Thanks! Reference {{R:GRP-UK-0526}}. Cheers, [[P:Alessandra]] 🏄"),
        ],
    },
    # 15. Wedding planner: British couple Hope Baker and Tom Fox
    {
        "business": "wedding",
        "platform": "messenger",
        "customer": "Hope Baker",
        "lang": "en",
        "start": "2025-01-09T20:12:00",
        "messages": [
            (
                "c",
                "Hi there! I'm [[P:Hope]], my fiancé [[P:Tom Fox]] and I are dreaming of a masseria wedding in {{D:September 2026}}, about 80 guests. Are you available?",
            ),
            (
                "a",
                "Hi [[P:Hope]], congratulations! 💍 Yes, {{D:September 2026}} is still open. I'm [[P:Giada]]. Could you tell me a bit more? Ceremony, religious or civil?",
            ),
            (
                "c",
                "Civil, outdoors if possible. [[P:Tom]]'s mum, [[P:Sandra Fox]], is in a wheelchair so we need step-free access. we love {{B:Masseria Le Fiche}} from your instagram",
            ),
            (
                "a",
                "That's a good choice, it's all on one level. Let's have a video call! What's your email?",
            ),
            (
                "c",
                "[[E:hope.baker.fox@example.co.uk]] - yes we are already merging surnames haha. Evenings after {{TM:7pm}} UK time work best. And for the first deposit can you charge my Amex? [[C:3742 881916 36009]], [[P:Hope E Baker]]",
            ),
            (
                "a",
                "Perfect, I'll send a link for {{D:Thursday}}. The deposit we charge only after the contract, so please delete the card number from the chat 🙏 Un abbraccio, [[P:Giada]]",
            ),
        ],
    },
    # 16. Wedding planner: American bride, US address, card for the deposit
    {
        "business": "wedding",
        "platform": "whatsapp",
        "customer": "Victoria N",
        "lang": "en",
        "start": "2025-02-14T16:45:00",
        "messages": [
            (
                "c",
                "Hi [[P:Giada]]!! It's [[P:Victoria Nguyen]] 👰 we signed the contract! How do I pay the deposit? my bank here makes wire transfers abroad a nightmare",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! 🎉 You can pay by card through our secure link, or send me the details and I'll charge {{$:€ 3,500}} by phone",
            ),
            (
                "c",
                "ok here, it's my card: [[C:4532 0188 7265 4711]] exp 09/27, name [[P:Victoria T Nguyen]]. billing address [[A:455 Hayes Street, Apt 4B]], [[L:San Francisco]], [[L:CA]] [[A:94102]]",
            ),
            (
                "a",
                "Thanks, charged 👍 Please delete the message with the card number now, just for safety! Receipt is coming to your email",
            ),
            (
                "c",
                "done! oh and my maid of honor [[P:Mei Lin Zhao]] wants to help, can I give her your number? hers is [[T:(415) 555-0176]]",
            ),
            ("a", "Of course. Your wedding ref is {{R:SWS-26-018}}. [[P:Giada]] & [[P:Lorenzo]]"),
        ],
    },
    # 17. Wedding planner: the couple sends their Pinterest board and the photographer's handle
    {
        "business": "wedding",
        "platform": "instagram",
        "customer": "the.churchills.wed",
        "lang": "en",
        "start": "2025-03-07T12:20:00",
        "messages": [
            (
                "c",
                "hello from [[L:Bristol]]! it's [[P:Rosie]] and [[P:Ben Churchill]]. here's our mood board: [[U:https://pinterest.com/rosiechurchill_wed/puglia-wedding]]",
            ),
            (
                "a",
                "Love it! Olive trees, white linen, lots of lemons 🍋 very {{W:Salento}}. Do you already have a photographer?",
            ),
            (
                "c",
                "yes! @[[H:grace_and_light_photo]] - it's [[P:Grace Olumide]], a friend from uni. she'll fly in from [[L:Lagos]]",
            ),
            (
                "a",
                "Brilliant. And the florist? We work a lot with {{B:Fiori di Rosa}} here in town, it's owned by [[P:Rosa Quarta]] so don't get confused with your name 😄",
            ),
            (
                "c",
                "ahah [[P:Rosa]] and [[P:Rosie]]. yes let's use her! my mum [[P:Penny]] will want to talk to her about peonies",
            ),
            ("a", "I'll set up a call. Your mum can write to me at any time 💐"),
        ],
    },
    # 18. Wedding planner: Italian bride, deposit to the planner's IBAN, codice fiscale for the contract
    {
        "business": "wedding",
        "platform": "telegram",
        "customer": "Serena F.",
        "lang": "it",
        "start": "2025-03-19T09:15:00",
        "messages": [
            (
                "c",
                "ciao [[P:Giada]], sn [[P:Serena Ferro]]. per il contratto ti servono i dati miei e di [[P:Mattia]]?",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Si, nome completo, codice fiscale e residenza di entrambi 🙏",
            ),
            (
                "c",
                "io [[CF:FRRSRN88D63E506A]], residente a [[L:Galatina]], [[A:via Robertini 7]]. [[P:Mattia]] te li manda lui, e' [[P:Mattia De Giorgi]] ma lo trovi come [[P:Matti]] su whatsapp",
            ),
            (
                "a",
                "Perfetto. Per l'acconto il mio IBAN e' quello sul contratto, ti ricordo la causale: {{R:SWS-26-031}} acconto",
            ),
            (
                "c",
                "fatto bonifico {{$:1.500 €}} ieri dal conto di mia madre, [[I:IT51V0503411750000000172635]], intestato a [[P:Addolorata Longo]]. va bene lo stesso?",
            ),
            ("a", "Si tranquilla, basta la causale. Ti mando la ricevuta! Ciao, [[P:Giada]]"),
            (
                "c",
                "grazieee. ah mia nonna [[P:Speranza]] chiede se si puo' fare la {{PD:pittula}} all'aperitivo 😂",
            ),
        ],
    },
    # 19. Wedding planner: the groom's sister sends the guest list and hotel addresses
    {
        "business": "wedding",
        "platform": "messenger",
        "customer": "Niamh Walsh",
        "lang": "en",
        "start": "2025-04-08T22:05:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Niamh]], [[P:Conor]]'s sister ([[P:Conor Walsh]], wedding {{R:SWS-25-077}}). I'm doing the accommodation for our side, 12 people",
            ),
            (
                "a",
                "Hi [[P:Niamh]]! Thanks for helping. Do you have the list of names for the shuttle?",
            ),
            (
                "c",
                "Mam and Dad ([[P:Bridget]] and [[P:Declan Walsh]]), [[P:Aoife]] + her husband [[P:Raj Patel]], Uncle [[P:Mick]], cousins [[P:Siobhan]] and [[P:Ciara Doyle]], and the rest I'll send tomorrow",
            ),
            (
                "a",
                "Great. Where are they staying? The shuttle leaves from {{W:Porta Napoli}} at {{TM:15:30}}",
            ),
            (
                "c",
                "most are at a B&B in [[A:via Federico d'Aragona 15]], Mam and Dad at a villa in [[L:San Cataldo]], [[A:lungomare Vespucci 52]]",
            ),
            ("a", "Noted, I'll add a stop at [[L:San Cataldo]] 👍"),
            ("c", "you're a star. my number here [[T:+353 87 123 4567]] if needed"),
        ],
    },
    # 20. Wedding planner: American couple with an Italian nonna, code-switching
    {
        "business": "wedding",
        "platform": "whatsapp",
        "customer": "Nick Greco",
        "lang": "en",
        "start": "2025-04-22T14:38:00",
        "messages": [
            (
                "c",
                "Hi [[P:Giada]], [[P:Nick Greco]] here. My nonna [[P:Antonietta]] wants to invite half of her village lol, can we add 15 people?",
            ),
            (
                "a",
                "Hi [[P:Nick]]! Sure, the venue holds up to 140. Where does your nonna live? We could arrange transport",
            ),
            (
                "c",
                "[[L:Galatone]], [[A:contrada Santa Lucia 3]]. she doesn't have email. Her number is [[T:0833 86 41 29]] but she only speaks dialect lol",
            ),
            ("a", "Nessun problema, la chiamo io! Parlo salentino benissimo 😄", "it"),
            (
                "c",
                "haha perfect. tell her it's [[P:Nicola]] from [[L:Chicago]], she calls me [[P:Nicolino]]. and my fiancée is [[P:Hannah Goldberg]], she's Jewish so we want a chuppah too",
            ),
            (
                "a",
                "Wonderful, we did a mixed ceremony last year. I'll send you photos. Ciao [[P:Nicolino]] 😉",
            ),
        ],
    },
    # 21. Wedding planner: British-Indian couple, personal website and a guest's dietary needs
    {
        "business": "wedding",
        "platform": "instagram",
        "customer": "anjali.and.rhys",
        "lang": "en",
        "start": "2025-05-27T18:00:00",
        "messages": [
            (
                "c",
                "Hi!! [[P:Anjali]] here 🥰 we launched our wedding website, can you check the travel info page? [[U:www.anjaliandrhys.example.com/travel]]",
            ),
            (
                "a",
                "It's lovely! One thing: the airport is {{W:Brindisi}}, not {{W:Bari}}, for the shuttle. Everything else is right 👌",
            ),
            (
                "c",
                "oops, [[P:Rhys]] wrote that part 🙄 ok! also [[P:Rhys]]'s grandad, [[P:Gwilym Jones]], is coeliac, and my aunt [[P:Sunita Mehta]] is vegetarian",
            ),
            (
                "a",
                "Noted both. We'll do a gluten-free {{PD:pasticciotto}} too. Should I write to someone about the grandad's mobility?",
            ),
            (
                "c",
                "his carer [[P:Hope Williams]], [[E:hope.williams.care@example.co.uk]]. they come from [[L:Aberystwyth]], lovely lady",
            ),
            ("a", "Thank you [[P:Anjali]]! 🌿"),
        ],
    },
    # 22. Hardware store: house painter with partita IVA, colour "Bianco Neve", delivery to a building site
    {
        "business": "hardware",
        "platform": "whatsapp",
        "customer": "Marco Leone Imbianchino",
        "lang": "it",
        "start": "2025-03-04T06:50:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Beppe]], sono [[P:Leone]] l'imbianchino. mi servono 6 secchi da 14 lt di {{PD:Bianco Neve}} {{B:Sikkens}} e 2 di {{PD:Grigio Perla}}, li avete?",
            ),
            (
                "a",
                "Ciao [[P:Marco]]! {{PD:Bianco Neve}} si, il {{PD:Grigio Perla}} lo tinto io al momento. Fattura come sempre a te?",
            ),
            (
                "c",
                "si, [[P:Leone Marco]], P.IVA [[V:02938170046]], CF [[CF:LNEMRC79C12D205C]]. me li porta [[P:Gianni]] in cantiere? e' a [[L:Borgo San Dalmazzo]], [[A:via Vittorio Veneto 61]], casa della signora [[P:Neve Dutto]]",
            ),
            (
                "a",
                "Ahah la signora [[P:Neve]] col {{PD:Bianco Neve}} 😄 Si, [[P:Gianni]] passa {{D:domani}} verso le {{TM:8}}",
            ),
            (
                "c",
                "perfetto. se nn ci sono chiama il mio socio [[P:Ferro]], [[P:Claudio Ferro]], [[T:333 4127 809]]",
            ),
            (
                "a",
                "Ok. Totale {{$:€ 642,80}} iva compresa, ordine {{O:FG-3318}}. Ciao, [[P:Beppe]] - {{B:Ferramenta Giordano}}",
            ),
        ],
    },
    # 23. Hardware store: elderly lady, copies of keys, a neighbour and a granddaughter
    {
        "business": "hardware",
        "platform": "messenger",
        "customer": "Speranza Bruno",
        "lang": "it",
        "start": "2025-03-18T09:22:00",
        "messages": [
            (
                "c",
                "Buon giorno sono [[P:Speranza Bruno]] mi ha aperto la pagina mia nipote [[P:Alessia]]. Volevo 3 copie della chiave del portone {{B:Cisa}}",
            ),
            (
                "a",
                "Buongiorno signora [[P:Bruno]]! Per le chiavi {{B:Cisa}} {{PD:Astral}} serve la tessera di proprieta'. Ce l'ha?",
            ),
            (
                "c",
                "Ce l'ha l'amministratore il geometra [[P:Rinaldo Giraudo]]. Io sto in [[A:corso Nizza 74 scala B interno 9]], [[L:Cuneo]]",
            ),
            (
                "a",
                "Va bene, se il geometra ci manda una mail con l'autorizzazione le facciamo in 2 giorni. Costano {{$:18 €}} l'una",
            ),
            (
                "c",
                "Una copia e' per la vicina la signora [[P:Bianca]] del secondo piano, [[P:Bianca Revelli]], che mi bagna i fiori quando vado da mia figlia a [[L:Mondovi]]",
            ),
            ("a", "Ci pensiamo noi. Il numero del geometra ce l'ha?"),
            ("c", "[[T:0171 69 22 14]] ufficio. grazie tante giovanotto"),
        ],
    },
    # 24. Hardware store: Chinese shop owner buying shelving, partita IVA, e-mail
    {
        "business": "hardware",
        "platform": "telegram",
        "customer": "Zhang Li",
        "lang": "it",
        "start": "2025-04-07T14:00:00",
        "messages": [
            (
                "c",
                "buongiorno, io [[P:Zhang Li]], negozio casalinghi. voglio scaffali metallo 5 pezzi, altezza 2 metri",
            ),
            (
                "a",
                "Buongiorno! Abbiamo scaffali {{B:Metalsistem}} {{PD:Super 1}} a {{$:€ 89}} l'uno, 200x100x40. Vanno bene?",
            ),
            (
                "c",
                "si va bene. fattura a ditta [[P:Zhang Li]], partita iva [[V:07119280720]], [[A:via Roma 15]], [[L:Fossano]]. mia figlia [[P:Chen Xiaoyu]] parla meglio italiano, lei chiama",
            ),
            ("a", "Perfetto. Mi date una mail per la fattura?"),
            (
                "c",
                "[[E:zhangli.casalinghi@example.it]]. figlia numero [[T:+39 389 552 0417]], lei si chiama anche [[P:Sara]] per italiani",
            ),
            ("a", "Grazie! Consegna {{D:giovedi 10}} con il nostro furgone. [[P:Enrico]]"),
        ],
    },
    # 25. Hardware store: Moroccan customer returns a drill bought online, card refund
    {
        "business": "hardware",
        "platform": "whatsapp",
        "customer": "Karim",
        "lang": "it",
        "start": "2025-04-23T17:35:00",
        "messages": [
            (
                "c",
                "salve, ho preso trapano {{B:Bosch}} {{PD:PSB 500 RE}} sul vostro sito, ordine {{O:WEB-77120}}, non funziona il mandrino",
            ),
            (
                "a",
                "Salve, mi dispiace! Puo' riportarlo in negozio o lo ritiriamo noi. Mi dice nome e indirizzo?",
            ),
            (
                "c",
                "[[P:Karim El Amrani]], fraz. [[L:Madonna dell'Olmo]], [[A:via Tetto Garetto 3]], [[A:12100]] [[L:Cuneo]]. sono al lavoro fino {{TM:18}}, c'e' mia moglie [[P:Fatima]]",
            ),
            (
                "a",
                "Ok, ritiro {{D:lunedi}}. Il rimborso va sulla carta usata per pagare: e' quella che finisce in 9122?",
            ),
            (
                "c",
                "no ho pagato con altra, [[C:4917-6120-0034-9122]] era di mio fratello [[P:Youssef]]. cmq rimborso va li'. serve mio codice fiscale? [[CF:LMRKRM88S04Z330I]]",
            ),
            (
                "a",
                "Non serve, grazie, ma lo annoto. Rimborso di {{$:€ 64,90}} entro 5 giorni dal ritiro. [[P:Enrico]]",
            ),
        ],
    },
    # 26. Hardware store: a customer in the mountains, courier delivery to a borgata
    {
        "business": "hardware",
        "platform": "messenger",
        "customer": "Ettore Bottero",
        "lang": "it",
        "start": "2025-05-05T11:11:00",
        "messages": [
            (
                "c",
                "bundi, sun [[P:Ettore Bottero]] da [[L:Valdieri]]. ho ordinato 4 latte di impregnante {{B:Sayerlack}} noce, il corriere dice indirizzo non trovato",
            ),
            (
                "a",
                "Buongiorno [[P:Ettore]]! Vedo l'ordine {{O:FG-3402}}, spedito con {{B:BRT}}, tracking {{TR:0581 2266 0097 4410}}. Che indirizzo avevate messo?",
            ),
            (
                "c",
                "[[A:borgata Tetti Garrone 9]], ma il navigatore non la trova mai. dite al corriere di chiedere al bar di [[L:Andonno]], mi conoscono tutti come [[P:Tore]]",
            ),
            ("a", "Ahah ok. Il corriere e' [[P:Daniele]], gli passo il suo numero?"),
            ("c", "si [[T:0171.97.55.31]] fisso, cell nn prende in borgata 🤷"),
            ("a", "Fatto, passa {{D:mercoledi}} mattina. Buona giornata!"),
        ],
    },
    # 27. Hardware store: DIY influencer collaboration, handles and linktree
    {
        "business": "hardware",
        "platform": "instagram",
        "customer": "fai.da.te.con.vale",
        "lang": "it",
        "start": "2025-05-21T20:40:00",
        "messages": [
            (
                "c",
                "ciao {{B:Ferramenta Giordano}} 🧰 sono [[P:Vale]] di @[[H:fai.da.te.con.vale]], 42k follower. Vi va una collab per un video sul restauro di una cassapanca?",
            ),
            ("a", "Ciao [[P:Valentina]]! Ci piace molto il tuo profilo. Cosa ti servirebbe?"),
            (
                "c",
                "cera {{B:Liberon}}, carta abrasiva, un paio di pennelli. in cambio vi taggo e metto il negozio nel mio [[U:linktr.ee/faidateconvale]]",
            ),
            (
                "a",
                "Affare fatto! Il kit te lo prepara [[P:Enrico]], passi a ritirarlo? Oppure lo spediamo",
            ),
            (
                "c",
                "spedite pls, sto a [[L:Saluzzo]], [[A:salita al Castello 6]]. tagga anche il mio compagno @[[H:andrea_falegname_sz]] che fa la parte di legno",
            ),
            ("a", "Perfetto, spedizione {{D:venerdi}}! 💪"),
        ],
    },
    # 28. Hardware store: condominium administrator, invoice, PEC, IBAN and an IP for the portal
    {
        "business": "hardware",
        "platform": "whatsapp",
        "customer": "Studio Giraudo",
        "lang": "it",
        "start": "2025-06-03T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, studio amministrazioni [[P:Giraudo]]. Autorizzo le 3 copie chiave per la sig.ra [[P:Bruno]] di [[A:corso Nizza 74]]. Saluti, geom. [[P:Rinaldo Giraudo]]",
            ),
            (
                "a",
                "Buongiorno geometra, grazie! Per la fattura dei cilindri nuovi della scala C: intestata al condominio?",
            ),
            (
                "c",
                "Si, al {{B:Condominio Le Magnolie}}, PEC [[E:studio.giraudo@pec.example.it]]. Se dovete rimborsare la caparra IBAN [[I:IT44 X020 0810 4000 0010 4938 271]]",
            ),
            (
                "a",
                "Ok. Ah, dal nostro portale fornitori vedo un accesso rifiutato dal vostro ufficio, IP [[IP:151.38.204.77]]: era lei?",
            ),
            (
                "c",
                "era la mia segretaria [[P:Rossella]], le ho cambiato la password. Mi chiami pure al [[T:0171/692214]]",
            ),
            ("a", "Tutto chiaro. Buona giornata! [[P:Beppe]]"),
        ],
    },
    # 29. Dog groomer: Romagna dialect, a poodle, a neighbour picks the dog up
    {
        "business": "groomer",
        "platform": "whatsapp",
        "customer": "Tonino",
        "lang": "it",
        "start": "2025-04-10T08:15:00",
        "messages": [
            (
                "c",
                "ciao burdela! sono [[P:Tonino Gasperoni]], quello del barboncino. c'e posto {{D:sabato}} x bagno e taglio?",
            ),
            (
                "a",
                "Ciao [[P:Tonino]]! {{D:Sabato}} alle {{TM:9:30}} o alle {{TM:14}}. Bagno e taglio per barboncino toy {{$:€ 40}} 🐩",
            ),
            (
                "c",
                "9 e mezza. pero' lo porta la mia vicina [[P:Loredana]] che io lavoro in spiaggia, al bagno 54. lei e' [[P:Loredana Semprini]], la riconosci che ha i capelli viola",
            ),
            ("a", "Va benissimo. Lo riconsegniamo a lei o a te?"),
            (
                "c",
                "a lei, a me, come viene. cmq sto in [[A:via Coriano 214]] a [[L:Rimini]], zona [[L:Grotta Rossa]]. ciao neh",
            ),
            ("a", "Perfetto! A sabato, [[P:Sonia]] 🐾"),
        ],
    },
    # 30. Dog groomer: photos on Instagram, the vet's advice about a skin problem
    {
        "business": "groomer",
        "platform": "instagram",
        "customer": "pepe_il_bassotto",
        "lang": "it",
        "start": "2025-04-28T19:05:00",
        "messages": [
            (
                "c",
                "ciaooo siete state bravissime con Pepe! posso ripostare la foto? sono [[P:Chiara Fabbri]], la mamma umana 😂",
            ),
            ("a", "Ciao [[P:Chiara]]! Certo, taggaci pure. Era bravissimo anche lui 🐶"),
            (
                "c",
                "ora vi taggo da @[[H:pepe_il_bassotto]] e dal mio @[[H:chiarafabbri.rn]]. il veterinario il dott. [[P:Michele Casadei]] dice che x la dermatite serve uno shampoo apposta",
            ),
            (
                "a",
                "Si, usiamo il {{B:Virbac}} {{PD:Allercalm}}, lo abbiamo noi. La prossima volta lo facciamo con quello, {{$:+5 €}}",
            ),
            (
                "c",
                "ok! il dott. [[P:Casadei]] vi manda due righe, ha la clinica a [[L:Santarcangelo]]. la sua mail e' [[E:m.casadei.vet@example.it]] se volete chiedere",
            ),
            ("a", "Grazie mille! 🐾 [[P:Sonia]] e [[P:Giulia]]"),
        ],
    },
    # 31. Dog groomer: German tourist family at a seaside hotel
    {
        "business": "groomer",
        "platform": "messenger",
        "customer": "Familie Krüger",
        "lang": "en",
        "start": "2025-07-22T10:48:00",
        "messages": [
            (
                "c",
                "Hello, we are on holiday in [[L:Rimini]] with our golden retriever. He swam in the sea and now he smells terrible 🙈 can you wash him today?",
            ),
            (
                "a",
                "Hello! Yes, we have a slot at {{TM:16:00}}. Big dog bath and dry is {{$:€ 55}}. May I have your name?",
            ),
            (
                "c",
                "[[P:Jonas Krüger]]. We stay at {{B:Hotel Serena}}, [[A:viale Regina Elena 102]], [[L:Marina Centro]]. We come from [[L:Hamburg]]. My wife [[P:Anke]] will bring him, I go with the kids to {{B:Fiabilandia}}",
            ),
            (
                "a",
                "Perfect! The hotel name is nice, [[P:Serena]] is also my colleague's name 😄 We are 10 minutes walking from there",
            ),
            (
                "c",
                "haha. [[P:Anke]]'s phone is [[T:+49 151 2345 6789]], she speaks better english than me. Can I have an invoice for my firm? USt-IdNr. [[V:DE136493153]]",
            ),
            ("a", "Great, see you at 4! [[P:Serena]]"),
        ],
    },
    # 32. Dog groomer: a Ukrainian carer books on behalf of an elderly lady
    {
        "business": "groomer",
        "platform": "telegram",
        "customer": "Olena",
        "lang": "it",
        "start": "2025-05-14T15:30:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Olena Shevchenko]], badante della signora [[P:Vittoria Pari]]. lei ha 2 cani maltesi, Fiocco e Perla, vuole taglio per estate",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Due maltesi, taglio estivo {{$:€ 38}} l'uno. Li portate voi o passiamo con il {{PD:Toelettamobile}}?",
            ),
            (
                "c",
                "meglio furgone, signora non cammina bene. indirizzo [[A:via Flaminia 301]], [[L:Miramare]], citofono [[P:Pari]], secondo piano",
            ),
            (
                "a",
                "Va bene {{D:martedi 20}} alle {{TM:10}}? Il servizio a domicilio costa {{$:10 €}} in piu'",
            ),
            (
                "c",
                "si ok. se nessuno risponde chiamare figlio [[P:Massimo]] [[T:338 901 5543]], lui paga con bonifico",
            ),
            ("a", "Segnato! [[P:Sonia]]"),
        ],
    },
    # 33. Dog groomer: complaint about a nick on the ear, refund to IBAN
    {
        "business": "groomer",
        "platform": "whatsapp",
        "customer": "Roberta Mancini",
        "lang": "it",
        "start": "2025-06-09T21:02:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Roberta Mancini]], oggi avete tosato il mio schnauzer e ha un taglietto sull'orecchio. Non sono contenta per niente",
            ),
            (
                "a",
                "Buonasera signora [[P:Mancini]], ci dispiace davvero tanto. Chi lo ha seguito? Vogliamo capire cosa e' successo",
            ),
            (
                "c",
                "la ragazza nuova, [[P:Giulia]] credo. l'ho portato dalla veterinaria [[P:Elena Ricci]] e ho speso {{$:€ 35}}, vi mando la ricevuta",
            ),
            (
                "a",
                "Ha ragione, le rimborsiamo sia la visita che il servizio, {{$:€ 80}} totali. Ci manda l'IBAN?",
            ),
            (
                "c",
                "[[I:IT19G0832703201000000009914]], intestato a me e a mio marito [[P:Roberto]] (si, [[P:Roberto]] e [[P:Roberta]] 🙄)",
            ),
            (
                "a",
                "Bonifico fatto, CRO {{R:0832-7781-2025}}. Ancora scuse, [[P:Serena]] (titolare)",
            ),
        ],
    },
    # 34. Dog groomer: yearly subscription, invoice with codice fiscale, e-mail spelled out
    {
        "business": "groomer",
        "platform": "messenger",
        "customer": "Fede Mancini",
        "lang": "it",
        "start": "2025-02-17T12:30:00",
        "messages": [
            (
                "c",
                "ciao! vorrei l'abbonamento {{PD:Pelo Perfetto}} annuale x il mio husky, 10 bagni. sono [[P:Federico Mancini]], fratello di [[P:Roberta]]",
            ),
            ("a", "Ciao [[P:Federico]]! L'abbonamento costa {{$:€ 350}}. Vuoi fattura?"),
            (
                "c",
                "si, CF [[CF:MNCFRC92T18H294I]], residenza [[A:via Ovidio 12]], [[A:47923]] [[L:Rimini]]. mail [[E:fede mancini at example dot com]], tutto attaccato: fedemancini",
            ),
            ("a", "Quindi [[E:fedemancini@example.com]]? Ti mando la fattura li"),
            (
                "c",
                "esatto. pago con carta in negozio, [[C:5527 9100 4318 8278]] e' quella aziendale, non so se va bene",
            ),
            (
                "a",
                "Meglio che la porti fisicamente, non scrivere i numeri della carta in chat 😅 A presto! [[P:Serena]]",
            ),
        ],
    },
    # 35. Dog groomer: an Irish customer, lost collar, the shop's other customer
    {
        "business": "groomer",
        "platform": "instagram",
        "customer": "grace.oneill.rn",
        "lang": "en",
        "start": "2025-08-12T09:50:00",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Grace O'Neill]], I brought Biscuit the spaniel on {{D:Saturday}}. I think his collar stayed at yours? it's red with a tag",
            ),
            (
                "a",
                "Hi [[P:Grace]]! We found a red collar, but the tag says Biscuit and a number that isn't yours, [[T:+44 20 7946 0832]]",
            ),
            (
                "c",
                "ahh that's my ex's number, [[P:Liam]] 🙈 the dog lived with him before. I'll change the tag. can you post the collar? I'm in [[L:Riccione]] at [[A:viale Ceccarini 88]]",
            ),
            (
                "a",
                "We can drop it by, our [[P:Giulia]] lives in [[L:Riccione]] 😊 tomorrow evening ok?",
            ),
            (
                "c",
                "lovely, thanks [[P:Giulia]]! my italian friend [[P:Serena Bianchi]] will be there if I'm out",
            ),
            ("a", "Perfect 🐾"),
        ],
    },
    # 36. Removals: flat move from Bari to Milan, staircase and floor, Barese dialect
    {
        "business": "vans",
        "platform": "whatsapp",
        "customer": "Nicola Lorusso",
        "lang": "it",
        "start": "2025-03-27T11:25:00",
        "messages": [
            (
                "c",
                "uè bongiorno, so [[P:Nicola Lorusso]]. mi trasferisco a [[L:Milano]] per lavoro, mi fate il trasloco? trilocale al quarto piano senza ascensore 😩",
            ),
            (
                "a",
                "Buongiorno [[P:Nicola]]! Si, con piattaforma elevatrice. Mi da gli indirizzi di partenza e arrivo?",
            ),
            (
                "c",
                "partenza [[A:via Caldarola 47, scala C, interno 12]], [[L:Japigia]]. arrivo [[A:via Padova 118]], [[A:20127]] [[L:Milano]], c/o [[P:Donato Lorusso]], mio cugino",
            ),
            (
                "a",
                "Perfetto. Per 35 metri cubi circa, il preventivo e' {{$:€ 1.890}} con montaggio mobili. Data?",
            ),
            (
                "c",
                "{{D:sabato 12 aprile}}. mia moglie [[P:Rosanna]] dice di stare attenti alla credenza di sua nonna, è antica ué",
            ),
            (
                "a",
                "Tranquillo, la imballiamo a parte. Il capo squadra sara' [[P:Vito]], [[P:Vito Santoro]]. Preventivo {{R:LVT-0412}} via mail",
            ),
            ("c", "mail [[E:nicola.lorusso@example.it]]. grazie assai"),
        ],
    },
    # 37. Van rental: weekend van, deposit on card, codice fiscale
    {
        "business": "vans",
        "platform": "messenger",
        "customer": "Mimmo Pappalardo",
        "lang": "it",
        "start": "2025-04-14T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno, un furgone 9 posti x il weekend di {{W:Pasquetta}}, andiamo a [[L:Polignano]] con la squadra di calcetto",
            ),
            (
                "a",
                "Buongiorno! Abbiamo un {{B:Ford}} {{PD:Transit}} 9 posti, {{$:€ 240}} dal {{D:venerdi}} al {{D:lunedi}}, cauzione {{$:€ 500}} su carta. Intestatario?",
            ),
            (
                "c",
                "[[P:Domenico Pappalardo]] ma dite [[P:Mimmo]]. CF [[CF:PPLDNC66B09A662L]], sto a [[L:Carbonara]], [[A:via Vaccarella 19]]. x la cauzione la carta e' [[C:4012-8877-6532-1904]] intestata a me",
            ),
            (
                "a",
                "Grazie [[P:Mimmo]]. La cauzione la facciamo al ritiro con la carta fisica. Chi guida oltre a lei?",
            ),
            (
                "c",
                "pure [[P:Franco]], [[P:Francesco Leone]], e mio figlio [[P:Giuseppe]], tiene la patente da 4 anni",
            ),
            (
                "a",
                "Ok, li aggiungiamo. Ritiro {{D:venerdi}} {{TM:17:30}}, prenotazione {{R:LVT-R-1187}}. [[P:Tommaso]]",
            ),
        ],
    },
    # 38. Removals: Erasmus student moving out, booking portal trouble
    {
        "business": "vans",
        "platform": "telegram",
        "customer": "Youssef H.",
        "lang": "en",
        "start": "2025-06-25T17:17:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Youssef Haddad]], {{W:Erasmus}} student. I need to move boxes from my room to a storage, small van, but your booking site gives me error 403",
            ),
            (
                "a",
                "Hi [[P:Youssef]]! Sorry about that, can you tell me the IP address shown on the error page? We have a filter for bots",
            ),
            (
                "c",
                "it says [[IP:79.23.115.6]]. I'm in a student residence in [[L:Poggiofranco]], [[A:via Giovanni Amendola 172/C]]",
            ),
            ("a", "Unblocked 👍 Where is the storage?"),
            (
                "c",
                "{{B:Box&Co}} in [[L:Modugno]]. my roommate [[P:Amir]] helps me, and maybe [[P:Wang Hao]] from the floor above. 9 boxes and a bike",
            ),
            (
                "a",
                "A {{PD:Fiat Doblò}} is enough, {{$:€ 59}} for 4 hours. Ref {{R:LVT-R-1302}}. Send a phone please!",
            ),
            ("c", "[[T:+39 320 441 9087]] whatsapp. thanks bro"),
        ],
    },
    # 39. Van rental: company rental, partita IVA, PEC, IBAN
    {
        "business": "vans",
        "platform": "whatsapp",
        "customer": "Catering Speranza",
        "lang": "it",
        "start": "2025-05-08T07:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, {{B:Catering Speranza}}, sono [[P:Angela Sportelli]]. Ci serve un furgone frigo per un matrimonio a [[L:Fasano]] il {{D:24 maggio}}",
            ),
            (
                "a",
                "Buongiorno [[P:Angela]]! Il furgone isotermico e' {{$:€ 130}} al giorno. Fattura all'azienda?",
            ),
            (
                "c",
                "Si, {{B:Speranza Catering srl}}, P.IVA [[V:03562090401]], PEC [[E:speranzacatering@pec.example.it]]. Guida mio marito [[P:Onofrio]]",
            ),
            ("a", "Ok. Ci serve anche un IBAN per la restituzione della cauzione"),
            (
                "c",
                "[[I:IT36B0311104000000000061873]]. ah il mio CF te lo do se serve per l'assicurazione: [[CF:SPRNGL71A51A662U]]",
            ),
            ("a", "Perfetto, grazie. Ritiro {{D:venerdi 23}} alle {{TM:18}}. [[P:Tommaso]]"),
        ],
    },
    # 40. Removals: British couple moving to a trullo, UK house name address
    {
        "business": "vans",
        "platform": "messenger",
        "customer": "Will Atkinson",
        "lang": "en",
        "start": "2025-02-25T19:30:00",
        "messages": [
            (
                "c",
                "Hello, my wife [[P:Jo]] and I bought a trullo near [[L:Ceglie Messapica]] 🎉 Our furniture is being shipped to your depot. Can you deliver the last bit?",
            ),
            (
                "a",
                "Hello and welcome! Yes, we do last-mile deliveries. Where is the trullo, and who is the UK shipper?",
            ),
            (
                "c",
                "{{B:Anglo Pacific}}, consignment {{TR:APX-553901-GB}}. The trullo is at [[A:contrada Montevicoli 27]], a farm track. UK address until {{D:March}}: [[A:Rose Cottage, 4 Church Lane]], [[L:Bampton]], [[A:OX18 2LP]]",
            ),
            (
                "a",
                "Thanks! The track may need a small van. Can we have your full names for the customs papers? And who pays the invoice?",
            ),
            (
                "c",
                "[[P:William Atkinson]] and [[P:Joanna Atkinson-Price]], hyphenated. phones [[T:07911 204 377]] and [[T:+44 7911 830 512]]. invoice to [[P:Jo]]'s design studio, it's registered in [[L:Lyon]]: VAT [[V:FR44732829320]]",
            ),
            ("a", "Perfect, ref {{R:LVT-INT-0093}}. [[P:Tommaso]] 🚐"),
        ],
    },
    # 41. Van rental: lost item in a van, driver, customer handle, photo link
    {
        "business": "vans",
        "platform": "instagram",
        "customer": "marika.dimaggio",
        "lang": "it",
        "start": "2025-07-01T13:13:00",
        "messages": [
            (
                "c",
                "ciao! ieri ho fatto il trasloco con voi e credo di aver dimenticato nel furgone una borsa con i documenti 😱 l'autista era [[P:Vito]]",
            ),
            ("a", "Ciao! Chiedo subito a [[P:Vito]]. Mi dici il tuo nome?"),
            (
                "c",
                "[[P:Marika Di Maggio]], trasloco da [[L:Bitonto]] a [[A:calata Porta Vecchia 5]] in [[L:Bari Vecchia]]. sono @[[H:marika.dimaggio]] anche su fb",
            ),
            (
                "a",
                "Trovata! Borsa blu con dentro la carta d'identita' di [[P:Pasquale Di Maggio]], e' tuo padre?",
            ),
            (
                "c",
                "si, il mio papà 🙏 me la portate? paga mio fratello [[P:Gianluca]] con {{B:Satispay}}: [[U:https://web.satispay.example.com/app/match/link/user/gianluca-dimaggio-01]]",
            ),
            (
                "a",
                "Nessun problema, non serve pagare 😊 Te la porta [[P:Vito]] stasera verso le {{TM:20}}",
            ),
        ],
    },
    # 42. Removals: clearing a late father's house, sister abroad, farmhouse on a contrada
    {
        "business": "vans",
        "platform": "whatsapp",
        "customer": "Anna Colucci",
        "lang": "it",
        "start": "2025-08-19T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Anna Colucci]]. E' mancato mio padre e dobbiamo svuotare la sua casa in campagna a [[L:Monopoli]], in [[A:contrada Cozzana 88]]",
            ),
            (
                "a",
                "Condoglianze signora [[P:Colucci]]. Facciamo sgomberi con smaltimento. Possiamo fare un sopralluogo gratuito",
            ),
            (
                "c",
                "Grazie. La chiave ce l'ha il vicino, [[P:Cosimo Ferri]], [[T:080 930 11 47]]. mia sorella [[P:Marisa]] vive a [[L:Stoccarda]], decide lei per i mobili, scrivetele a [[E:marisa.colucci@example.de]]",
            ),
            (
                "a",
                "Va bene. Sopralluogo {{D:giovedi 21}} alle {{TM:9}}, viene [[P:Tommaso]] di persona",
            ),
            (
                "c",
                "Per la fattura: ditta individuale di mio marito, [[P:Paolo Russo]], P.IVA [[V:05238170046]], [[A:via Crisanzio 60]], [[A:70122]] [[L:Bari]]",
            ),
            ("a", "Ricevuto. Un abbraccio, [[P:Tommaso]]"),
        ],
    },
    # 43. Wedding planner: a celebrant offers her services, personal website and Facebook page
    {
        "business": "wedding",
        "platform": "messenger",
        "customer": "Grace Celebrant",
        "lang": "en",
        "start": "2025-06-30T15:20:00",
        "messages": [
            (
                "c",
                "Ciao! I'm [[P:Grace Ekwueme]], a bilingual wedding celebrant based in [[L:Otranto]] 🌸 I'd love to work with you on your English-speaking couples",
            ),
            ("a", "Hi [[P:Grace]]! Nice to meet you. Do you have a portfolio we can look at?"),
            (
                "c",
                "sure: [[U:www.graceekwueme-celebrant.example.com]] and my page [[U:facebook.com/grace.ekwueme.celebrant]]. reviews are on @[[H:grace.celebrates.puglia]]",
            ),
            (
                "a",
                "Beautiful ceremonies! [[P:Lorenzo]] and I would like to meet you. Are you free {{D:Tuesday 8 July}}?",
            ),
            (
                "c",
                "yes! I can come to the office. mobile [[T:+39 366 201 7784]], or [[E:hello@graceekwueme-celebrant.example.com]]",
            ),
            ("a", "See you {{D:Tuesday}} at {{TM:11}}! [[P:Giada]]"),
        ],
    },
    # 44. Surf school: an instructor applies for a summer job with links to his CV and videos
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Robbie",
        "lang": "en",
        "start": "2025-04-01T09:09:00",
        "messages": [
            (
                "c",
                "hi, [[P:Robbie]] here ([[P:Robert Fairweather]]), ISA certified surf instructor from [[L:Newquay]], living in [[L:Ericeira]] right now. looking for work in {{D:July-August}}",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! We need one more English-speaking instructor. Can you send a CV?",
            ),
            (
                "c",
                "CV: [[U:https://robfairweather.example.net/cv.pdf]], surf clips on [[U:youtube.com/@robbiefairweather]], insta @[[H:robbie.rides.cornwall]]",
            ),
            ("a", "Great clips! Our head coach [[P:Davide Murgia]] will call you. Number?"),
            (
                "c",
                "[[T:+44 7700 900 615]]. my reference is my old boss at {{B:Fistral Surf Co}}, [[P:Hayley Penrose]], [[E:hayley [at] fistral-example [dot] co [dot] uk]]",
            ),
            ("a", "Thanks! We'll be in touch this week 🤙 [[P:Alessandra]]"),
        ],
    },
    # 45. Dog groomer: payment link, customer's Facebook profile and an IP for the booking app
    {
        "business": "groomer",
        "platform": "messenger",
        "customer": "Rosa Bianchi",
        "lang": "it",
        "start": "2025-09-02T18:44:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Rosa Bianchi]] ma su fb mi trovate come [[U:facebook.com/rosina.bianchi.rn]]. l'app delle prenotazioni mi dice utente sospeso??",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Controllo... risulta un accesso strano dall'IP [[IP:2.229.87.140]], l'app lo ha bloccato per sicurezza. Era il tuo?",
            ),
            (
                "c",
                "forse mio nipote [[P:Kevin]] col suo tablet 🙄 cmq vorrei pagare la toelettatura di {{D:sabato}} in anticipo",
            ),
            ("a", "Se vuoi ti mandiamo una richiesta paypal, ci dai il tuo link?"),
            (
                "c",
                "il mio e' [[U:paypal.me/rosabianchi74]]. la mail [[E:rosa.bianchi74@example.it]]",
            ),
            ("a", "Inviata richiesta da {{$:€ 42}} 👍 [[P:Sonia]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(38, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
