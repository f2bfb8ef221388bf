# ruff: noqa: E501
"""Hand-written blind test corpus no. 39 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten39_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a tattoo studio in Bologna, a ski and snowboard
rental in Cortina d'Ampezzo with many Polish and Czech guests, a tailor in the Quartieri Spagnoli
in Naples, a home-care agency for the elderly in Udine with Ukrainian and Moldovan carers, a
bookshop-cafe in Perugia, and an e-bike shop in Ferrara.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten39_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten39_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "tattoo": "Inchiostro Nero Tattoo Studio",
    "ski": "Tofane Rent Ski & Snowboard",
    "tailor": "Sartoria Esposito dal 1962",
    "care": "Mani Amiche Assistenza Domiciliare",
    "books": "La Tazza di Carta libri & caffe",
    "ebike": "Ferrara Pedala E-Bike",
}
PAGE_IDS: dict[str, str] = {
    "tattoo": "639170000000113",
    "ski": "639170000000224",
    "tailor": "639170000000335",
    "care": "639170000000446",
    "books": "639170000000557",
    "ebike": "639170000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Tattoo: a fineline swallow before Christmas, deposit by bank transfer
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "checco.gordini",
        "lang": "it",
        "start": "2024-11-28T18:05:00",
        "messages": [
            (
                "c",
                "ciao raga, sono [[P:Checco]] (all'anagrafe [[P:Francesco Gordini]] 😅). volevo fissare con [[P:Betta]] x la rondine fineline sul polso, si riesce prima di {{W:Natale}}?",
            ),
            (
                "a",
                "Ciao [[P:Checco]]! [[P:Betta]] ha libero {{D:martedì 17 dicembre}} alle {{TM:15:30}} oppure {{D:sabato 21}} di mattina. Per un fineline piccolo partiamo da {{$:90€}}, acconto {{$:30 €}} per bloccare la data. [[P:Giuse]] - {{B:Inchiostro Nero}}",
            ),
            (
                "c",
                "il 17 perfetto!! l'acconto lo mando con bonifico? cmq il mio cell è [[T:347 218 9056]]",
            ),
            (
                "a",
                "Sì, IBAN [[I:IT94L0306902477000012745803]] intestato a [[P:Giuseppe Rinaldi]], causale 'acconto [[P:Gordini]]'. Per il consenso informato ci serve anche il tuo codice fiscale",
            ),
            (
                "c",
                "eccolo [[CF:GRDFNC91C12A944D]]. abito in [[A:via del Pratello 71/B]], [[A:40122]] [[L:Bologna]] se serve x la ricevuta. ah e il mio ig è @[[H:checco_gordini]] se volete postare il lavoro",
            ),
            (
                "a",
                "Ricevuto tutto 👍 ci vediamo il {{D:17}}. Se vuoi vedere altri lavori di [[P:Betta]]: [[U:linktr.ee/betta.fox.ink]] o su ig @[[H:bettafox_ink]]",
            ),
        ],
    },
    # 2. Tattoo: two English sisters want matching moons during a city break
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Hope Church",
        "lang": "en",
        "start": "2025-03-04T11:20:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hope Church]], visiting [[L:Bologna]] from [[L:Leeds]] in April with my sister [[P:Grace]]. Do you do walk-ins or do we need to book? We'd both like small matching moons 🌙",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Better to book, walk-ins are only on Saturdays. Matching small pieces are {{$:80 €}} each. Which dates are you in town? — [[P:Betta]] ({{B:Inchiostro Nero}})",
            ),
            (
                "c",
                "{{D:12th}} to {{D:15th April}}. My number here is [[T:+44 7700 900461]] and [[P:Grace]]'s is [[T:07700 900 983]] in case mine dies lol",
            ),
            (
                "a",
                "Great, I can do both of you on {{D:14 April}} at {{TM:11am}}. Booking ref {{R:INK-2504-14}}. Please send me an email for the consent forms",
            ),
            (
                "c",
                "Sure, [[E:hope.church@example.co.uk]]. We're staying at a b&b in [[A:via Broccaindosso 22]], is that far from you? Our mum [[P:Susan Church]] is coming too but she's only watching 😂",
            ),
            (
                "a",
                "10 min walk, we're right behind the {{W:Due Torri}}. See you both, and say hi to [[P:Susan]]! x",
            ),
        ],
    },
    # 3. Tattoo: cover-up of an ex's name
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Rosa Leone",
        "lang": "it",
        "start": "2025-01-09T20:40:00",
        "messages": [
            (
                "c",
                "buonasera, mi chiamo [[P:Rosa Leone]], vorrei coprire un vecchio tatuaggio con il nome del mio ex 🙈 (c'è scritto '[[P:Kevin]]' in corsivo sulla caviglia). fate cover up?",
            ),
            (
                "a",
                "Ciao [[P:Rosa]], sì certo, i cover li fa [[P:Giuse]]. Mandaci una foto della zona e le misure. Cover medi da {{$:250 €}} in su",
            ),
            (
                "c",
                "ok vi mando la foto su whatsapp al [[T:051 638 2217]]? o scrivetemi voi al [[T:+39 349 771 0382]]",
            ),
            (
                "a",
                "Ti scrive [[P:Giuse]] dal suo numero ([[T:348-5590127]]) entro stasera. Per la scheda cliente ci servono email e residenza",
            ),
            (
                "c",
                "[[E:rosa.leone95@esempio.it]], sto a [[L:Casalecchio di Reno]], [[A:via Porrettana 310 scala C]]. ah vengo con la mia amica [[P:Serena]] che mi tiene la mano 😂",
            ),
            ("a", "ahah portala pure! a presto [[P:Rosa]], [[P:Chiara]] - {{B:Inchiostro Nero}}"),
        ],
    },
    # 4. Tattoo: Arabic lettering with the daughter's name
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Ahmed E.",
        "lang": "it",
        "start": "2024-10-15T14:10:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Ahmed El Amrani]], vorrei scrivere in arabo il nome di mia figlia [[P:Yasmin]] sull'avambraccio. voi potete fare la calligrafia?",
            ),
            (
                "a",
                "Ciao [[P:Ahmed]], certo! Il lettering lo disegna [[P:Betta]], ma la scritta la controlli tu prima, così siamo sicuri che sia giusta. Quanto grande?",
            ),
            (
                "c",
                "tipo 10 cm. mia moglie [[P:Samira]] dice meglio sul polso ma io preferisco avambraccio 😂 anche mio fratello [[P:Youssef]] forse viene, vuole il nome della mamma [[P:Fatiha]]",
            ),
            (
                "a",
                "10 cm sull'avambraccio sono {{$:150 €}}. [[P:Betta]] ha posto {{D:giovedì 24 ottobre}} {{TM:ore 17}}, e dopo di te alle {{TM:18:30}} per [[P:Youssef]]. Confermi?",
            ),
            (
                "c",
                "confermo tutti e due. tel [[T:329 6604418]], mail [[E:ahmed punto elamrani chiocciola esempio punto it]]. veniamo da [[L:San Lazzaro di Savena]], [[A:via Emilia 251]]",
            ),
            ("a", "Segnato! Rif. {{R:BT-1024-17}}. Ciao, [[P:Chiara]] (reception)"),
        ],
    },
    # 5. Tattoo: Erasmus student, card number sent by mistake, payment link instead
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "willbaker_uk",
        "lang": "en",
        "start": "2025-05-20T16:00:00",
        "messages": [
            (
                "c",
                "hey, will here ([[P:Will Baker]], @[[H:willbaker_uk]]) - saw ur reel with the koi fish, is that artist [[P:Giuse]]? I'm an erasmus student at unibo, living in [[L:Bolognina]]",
            ),
            (
                "a",
                "Hey [[P:Will]]! Yes that's [[P:Giuse]]'s, his portfolio is on [[U:https://www.instagram.com/giuse.rinaldi.tattoo]]. Half sleeves start from {{$:600€}} split in sessions",
            ),
            (
                "c",
                "cool, I can pay in 2 parts. can I pay the deposit by card? [[C:4532 0188 7341 0063]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card numbers here 🙏 I'll send you a payment link instead: [[U:https://pay.example.com/inchiostronero/will-baker-deposit]]",
            ),
            (
                "c",
                "oops sorry! done. my address for the receipt is [[A:via Ferrarese 55]], [[A:40128]] [[L:Bologna]], and my mum [[P:Victoria]] might call you, she worries lol [[T:+1 (617) 555-0143]]",
            ),
            (
                "a",
                "No worries, mums are mums 😄 First session {{D:3 June}} {{TM:2pm}}, booking {{R:INK-2506-03}}. Cheers, [[P:Giuse]]",
            ),
        ],
    },
    # 6. Tattoo: a mother books an ear piercing for her 17-year-old daughter
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Daniela Mancini",
        "lang": "it",
        "start": "2025-02-14T10:30:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo per mia figlia [[P:Bianca]] che ha 17 anni e vuole un piercing all'orecchio. serve che venga anch'io? sono [[P:Daniela Mancini]]",
            ),
            (
                "a",
                "Buongiorno [[P:Daniela]], sì per i minorenni serve un genitore presente con documento. Helix {{$:45 €}} con gioiello in titanio incluso",
            ),
            (
                "c",
                "ok. veniamo da [[L:Imola]], sabato mattina va bene? il papà [[P:Stefano]] nn può, vengo io",
            ),
            (
                "a",
                "Sabato {{D:22/02}} alle {{TM:10:30}} da [[P:Betta]]. Porti la tessera sanitaria di [[P:Bianca]] e la sua, per la liberatoria",
            ),
            (
                "c",
                "perfetto. il mio numero è [[T:0542 31 87 66]] (casa) se nn rispondo al cell. ah [[P:Bianca]] chiede se può venire la sua amica [[P:Aurora Ferro]] a guardare",
            ),
            (
                "a",
                "Certo, basta che stia buona 😄 Per dubbi sulla cura del piercing scrivete a [[P:Betta]]: [[E:betta.fox@inchiostronero.example]]",
            ),
        ],
    },
    # 7. Tattoo: Chinese PhD student and an Indian colleague
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Chen Wei",
        "lang": "en",
        "start": "2024-09-03T12:45:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Chen Wei]], I'm a PhD student at the university, from [[L:Chengdu]]. I want a small panda 🐼 on my ankle. Is the price for small ones fixed?",
            ),
            (
                "a",
                "Hi [[P:Wei]]! Small pieces under 5 cm are {{$:70€}} flat. [[P:Betta]] loves cute ones 😄 when are you free?",
            ),
            (
                "c",
                "Friday afternoon. My colleague [[P:Priya Raman]] maybe also come, she wants a lotus. her number is [[T:+39 351 208 4471]]. my telegram is @[[H:chenwei_panda]]",
            ),
            (
                "a",
                "Friday {{D:6 Sept}} at {{TM:16:00}} for you and {{TM:17:00}} for [[P:Priya]]. Can you send full names and addresses for the forms?",
            ),
            (
                "c",
                "[[P:Chen Wei]], [[A:via Irnerio 12 int. 5]]. [[P:Priya Raman]], [[A:via Mascarella 44]], both [[L:Bologna]] [[A:40126]]",
            ),
            ("a", "All set, see you Friday! — [[P:Betta]] 🖤"),
        ],
    },
    # 8. Ski: Polish family of four, invoice on the father's company
    {
        "business": "ski",
        "platform": "whatsapp",
        "customer": "Tomasz Nowak",
        "lang": "en",
        "start": "2025-01-27T08:15:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Tomasz Nowak]] here, we are 4 people from [[L:Kraków]] arriving {{D:8 February}}. 2 adults skis, 2 kids snowboards. my wife [[P:Katarzyna]] is beginner",
            ),
            (
                "a",
                "Dzień dobry [[P:Tomasz]]! 😊 For 6 days: adult ski package {{PD:Premium Carving}} {{$:168€}} each, kids snowboard {{$:95€}} each. Can you send heights and shoe sizes?",
            ),
            (
                "c",
                "me 186 cm 44, [[P:Kasia]] 168 cm 39, [[P:Zosia]] 142 cm 36, [[P:Antek]] 131 cm 34. we stay in apartment [[A:via Ronco 38]] near the {{W:Olympic Ice Stadium}}",
            ),
            (
                "a",
                "Perfect. Booking {{R:TR-25-0208-NOW}}. You can pay a 30% deposit by transfer or everything at pickup. Your email for the confirmation?",
            ),
            (
                "c",
                "[[E:tomek.nowak88@example.pl]], phone [[T:+48 601 234 567]]. invoice please on my company, NIP [[V:PL5261040828]], [[A:ul. Długa 14 m. 5]], [[A:31-146]] [[L:Kraków]]. deposit I send from [[I:PL61109010140000071219812874]]",
            ),
            (
                "a",
                "All noted, invoice will be to your company. See you on the {{D:8th}}, shop opens {{TM:8:00}}. [[P:Martina]]",
            ),
        ],
    },
    # 9. Ski: a group of six from Brno, invoice to a Czech company
    {
        "business": "ski",
        "platform": "messenger",
        "customer": "Petra Nováková",
        "lang": "en",
        "start": "2025-02-10T19:30:00",
        "messages": [
            (
                "c",
                "Good evening, I am [[P:Petra Nováková]] from [[L:Brno]]. we are group of 6 friends, we need snowboard + boots + helmets from {{D:Saturday 15.2.}} for 5 days. Do you give group discount?",
            ),
            (
                "a",
                "Hi [[P:Petra]]! Groups of 6+ get 15% off, so snowboard + boots + helmet is {{$:112€}} per person for 5 days instead of {{$:132€}}. Names and height/shoe size pls 🏂",
            ),
            (
                "c",
                "[[P:Jakub Dvořák]] 182/45, [[P:Ondřej Svoboda]] 176/43, [[P:Lucie Černá]] 165/38, [[P:Tereza]] 170/40, [[P:Honza]] ([[P:Jan Procházka]]) 190/46 and me 160/37",
            ),
            (
                "a",
                "Super. Reservation {{R:TR-25-0215-NOV}}. We need one contact mobile and the invoice details if it's for a company",
            ),
            (
                "c",
                "mobile [[T:+420 777 123 456]] or [[P:Jakub]] [[T:+420 603 918 274]]. invoice to [[P:Jakub]]'s studio, DIČ [[V:CZ27583139]], [[A:Na Poříčí 22]], [[A:110 00]] [[L:Praha]]. his email is [[E:kuba [at] dvorak-design [dot] example]]",
            ),
            (
                "a",
                "Got it, thanks [[P:Petra]]. Pick up from {{TM:8:30}} on the {{D:15th}} at our shop next to the {{W:Faloria}} cable car. — [[P:Kevin]]",
            ),
            (
                "c",
                "děkuji! ah and if you need me on telegram I am @[[H:petra_nov92]] 🙂 the others can pay me back on [[U:https://paypal.me/petranovakova92]]",
            ),
        ],
    },
    # 10. Ski: a broken wrist, partial cancellation and refund
    {
        "business": "ski",
        "platform": "whatsapp",
        "customer": "Giorgio Bello",
        "lang": "it",
        "start": "2024-12-20T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giorgio Bello]] di [[L:Treviso]], avevo prenotato 2 paia di sci x il {{D:27/12}} ma mio figlio [[P:Matteo]] si è rotto il polso a calcetto 😩 posso disdire solo il suo?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bello]], mi dispiace per [[P:Matteo]]! Certo, la prenotazione {{R:TR-24-1227-BEL}} la riduciamo a 1 paio. La parte di acconto ({{$:40 €}}) la rimborsiamo con bonifico, mi manda l'IBAN?",
            ),
            ("c", "[[I:IT42 B020 0802 4350 0010 4219 376]] intestato a me. grazie mille"),
            (
                "a",
                "Fatto, arriva in 2-3 gg. Per l'altro paio resta tutto uguale: {{PD:Rossignol Experience}} per sua moglie [[P:Serena]], 165 cm, scarpone 38?",
            ),
            (
                "c",
                "si si per [[P:Serena]]. stiamo all'hotel in [[A:loc. Pocol 18]], passiamo il 27 mattina. il mio cel se serve [[T:0039 340.556.1290]]",
            ),
            ("a", "Perfetto, a presto e buone feste 🎄 [[P:Martina]] - {{B:Tofane Rent}}"),
        ],
    },
    # 11. Ski: loose binding, a Polish couple from Gdansk
    {
        "business": "ski",
        "platform": "telegram",
        "customer": "Magda W.",
        "lang": "en",
        "start": "2025-03-02T07:50:00",
        "messages": [
            (
                "c",
                "hi, I rented skis yesterday with my husband [[P:Piotr]] (booking {{R:TR-25-0301-WIS}}), and today the binding on my left ski is loose. can I change it?",
            ),
            (
                "a",
                "Hi! Sorry about that, of course. Just come by, any time before {{TM:5pm}}. Name on the booking?",
            ),
            (
                "c",
                "[[P:Magdalena Wiśniewska]]. we are from [[L:Gdańsk]] and today we are skiing in [[L:San Vito di Cadore]], we can come around 4. sorry my English 🙈",
            ),
            (
                "a",
                "Your English is great 😊 See you at 4, ask for [[P:Kevin]] at the workshop desk",
            ),
            (
                "c",
                "thanks! also my friend [[P:Agnieszka Kowal]] wants to rent next week, can I give her your number? she writes on [[E:agnieszka.kowal@example.pl]] if you prefer email",
            ),
            (
                "a",
                "Sure, she can message us here or call the shop at [[T:(0436) 862 114]]. Have a nice day on the slopes ⛷️ [[P:Martina]]",
            ),
        ],
    },
    # 12. Ski: snowshoes for a girl called Neve
    {
        "business": "ski",
        "platform": "instagram",
        "customer": "neve.dlg",
        "lang": "it",
        "start": "2025-01-05T17:10:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Neve]] 😂 si lo so, nome perfetto x voi. volevo sapere se noleggiate anche le ciaspole",
            ),
            (
                "a",
                "Ahah [[P:Neve]] è bellissimo! Sì, ciaspole + bastoncini {{$:15 €}} al giorno. Quanti siete?",
            ),
            (
                "c",
                "io, il mio moroso [[P:Lorenzo]] e sua sorella [[P:Giada]]. veniamo da [[L:Belluno]] in giornata, domenica {{D:12}}",
            ),
            (
                "a",
                "Vi tengo 3 paia per domenica {{D:12 gennaio}}. Mi lasci un numero e un cognome per la prenotazione? — [[P:Kevin]]",
            ),
            (
                "c",
                "[[P:Dallago]], [[T:3924418830]] e la mail [[E:neve.dallago@posta.example]]. ig @[[H:neve.dlg]] se volete taggarci 😜",
            ),
            (
                "a",
                "Fatto, prenotazione {{R:TR-25-0112-DAL}}, ritiro dalle {{TM:8}}. Se nevica tanto il giro del {{W:Lago di Federa}} è spettacolare ❄️",
            ),
        ],
    },
    # 13. Ski: an English family wants delivery to their chalet
    {
        "business": "ski",
        "platform": "whatsapp",
        "customer": "Mark Fox",
        "lang": "en",
        "start": "2024-02-18T18:20:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Mark Fox]] here. Family of 6 staying in [[L:Cortina]] from {{D:Monday}}, can you deliver skis to our chalet? It's at [[A:via Cadin di Sopra 12]]",
            ),
            ("a", "Hi [[P:Mark]], yes we deliver for {{$:20€}} per trip. What gear do you need?"),
            (
                "c",
                "4 adult ski sets, 2 junior. My daughters [[P:Victoria]] and [[P:Rose]] are 10 and 12, my son-in-law [[P:Arjun Mehta]] snowboards, my wife [[P:Helen]] and her brother [[P:Ian Baker]] ski",
            ),
            (
                "a",
                "Great. Total for 6 days: {{$:612€}}. We'll drop everything Monday {{TM:9:00}}. Could you confirm a UK number and your home address for the rental contract?",
            ),
            (
                "c",
                "[[T:+44 (0)20 7946 0321]]. home is [[A:Rose Cottage, 4 Church Street]], [[L:Chipping Norton]] [[A:OX7 5NA]]. [[P:Helen]] will be at the chalet to receive. you can pre-authorise the deposit on my Amex [[C:3744 182935 70125]]",
            ),
            (
                "a",
                "Thanks, I'll take the card at delivery instead, safer 🙂 Contract {{R:TR-24-0219-FOX}}. What email should I send it to?",
            ),
            ("c", "[[E:markfox [at] example [dot] co [dot] uk]] cheers"),
        ],
    },
    # 14. Ski: a company outing from Milan, sole proprietor's VAT number
    {
        "business": "ski",
        "platform": "telegram",
        "customer": "Alberto Ferraro",
        "lang": "it",
        "start": "2025-02-03T09:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Alberto Ferraro]], organizzo una gita aziendale a {{D:marzo}} per 14 colleghi da [[L:Milano]]. Serve fattura intestata alla mia ditta individuale, p.iva [[V:09273150483]]",
            ),
            (
                "a",
                "Buongiorno [[P:Alberto]], nessun problema. Per 14 persone 2 giorni sci + scarponi {{$:58 €}} a testa. Ci manda indirizzo completo e codice SDI?",
            ),
            (
                "c",
                "[[A:viale Monza 221]], [[A:20126]] [[L:Milano]]. pec [[E:alberto.ferraro@pec-finta.it]]. la referente in loco sarà la mia collega [[P:Sara Conti]] [[T:+39 331 902 7765]]",
            ),
            (
                "a",
                "Perfetto. Preventivo {{R:PRV-2025-031}} inviato. Per l'acconto il nostro IBAN è [[I:IT77H0503412100000000831204]], causale {{R:PRV-2025-031}}",
            ),
            (
                "c",
                "bonifico fatto ieri, il saldo lo pago con la carta aziendale [[C:4987 6500 1234 5675]]. ah [[P:Sara]] arriva col treno a [[L:Calalzo]] con [[P:Fabio Mariani]] e [[P:Stella]], ci sarebbe un passaggio fino a voi?",
            ),
            (
                "a",
                "Purtroppo no, ma c'è il bus {{B:Cortina Express}} ogni ora. Grazie, [[P:Martina]]",
            ),
        ],
    },
    # 15. Tailor: a wedding suit for the fruit seller's son
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Totò",
        "lang": "it",
        "start": "2024-06-03T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno don [[P:Gennaro]], sono [[P:Totò Russo]], o' figlio di [[P:Nunzia]] 'a fruttaiola. mi sposo a {{D:settembre}} e mammà dice che l'abito lo devo fare da voi 😅",
            ),
            (
                "a",
                "Uè [[P:Totò]]! auguri assaje! Venite quando volete, per un abito su misura ci vogliono 3 prove. Di solito partiamo da {{$:900 €}}. [[P:Carmela]]",
            ),
            (
                "c",
                "perfetto. giovedì pomeriggio? abito ancora a [[A:vico Lungo Gelso 91]], quindi sto a due passi",
            ),
            (
                "a",
                "Giovedì {{D:6 giugno}} alle {{TM:17}}. Portate pure la sposa se volete, per il colore della cravatta 😉",
            ),
            (
                "c",
                "la porto! [[P:Immacolata]], [[P:Imma]]. il suo numero [[T:081 552 3318]] o il mio [[T:338 1207744]]. il testimone è mio cugino [[P:Salvatore Russo]], pure lui vuole la giacca",
            ),
            ("a", "Segnato. A giovedì [[P:Totò]], saluti a mammà e a [[P:Salvatore]]"),
        ],
    },
    # 16. Tailor: a daughter arranges home pick-up for her mother's coat
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Anna Cuomo",
        "lang": "it",
        "start": "2024-11-05T18:15:00",
        "messages": [
            (
                "c",
                "Buonasera, scrivo per mia madre [[P:Giuseppina Esposito]] (nessuna parentela con voi 😄), deve accorciare 4 pantaloni e stringere un cappotto {{B:Max Mara}}. Io sono [[P:Anna]], la figlia",
            ),
            (
                "a",
                "Buonasera [[P:Anna]]! Orli {{$:12 €}} l'uno, il cappotto dipende, lo deve vedere [[P:Gennaro]]. Mammà può passare in bottega?",
            ),
            (
                "c",
                "lei cammina poco, abita in [[A:salita Tarsia 45, scala B, 3° piano]] senza ascensore",
            ),
            (
                "a",
                "Nessun problema, il ritiro a domicilio lo fa mio nipote [[P:Ciro]] col motorino, {{$:5 €}}. Quando va bene?",
            ),
            (
                "c",
                "domani mattina, citofono [[P:Esposito G.]]. per la ricevuta il cf di mamma è [[CF:SPSGPP58M47F839P]]. il mio cell [[T:+39 366 4178 203]], mio marito [[P:Raffaele Cuomo]] è a casa dopo le 13",
            ),
            (
                "a",
                "Perfetto, [[P:Ciro]] passa verso le {{TM:10}}. Grazie, [[P:Carmela]] - {{B:Sartoria Esposito}}",
            ),
        ],
    },
    # 17. Tailor: ankara dresses for a Nigerian customer and her cousin
    {
        "business": "tailor",
        "platform": "instagram",
        "customer": "grace.okafor.style",
        "lang": "en",
        "start": "2025-04-02T15:25:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Grace Okafor]], living in [[L:Naples]] for 2 years now. I have beautiful ankara fabric from [[L:Lagos]] and I want a dress made like the one on my page [[U:www.graceokafor-style.example.com]]. Can you work with wax prints?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, [[P:Carmela]] did a few ankara dresses last year, they came out lovely. A dress with your fabric is around {{$:180€}}",
            ),
            (
                "c",
                "amazing!! my cousin [[P:Chiamaka]] will be maid of honour, she needs one too. she lives in [[L:Caserta]]",
            ),
            (
                "a",
                "Both of you can come together for measures. We're open {{TM:9:30}}–{{TM:13:30}} and {{TM:16}}–{{TM:19:30}}. What's your number?",
            ),
            (
                "c",
                "[[T:+39 389 661 0274]]. [[P:Chiamaka]] is [[T:+234 803 555 0179]] but she has whatsapp only on her italian number lol, i'll send it. my ig is @[[H:grace.okafor.style]]",
            ),
            ("a", "Perfect. Come on {{D:Tuesday 8th}}. — [[P:Carmela]] x"),
        ],
    },
    # 18. Tailor: a late father's jacket, Neapolitan dialect
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Enzo De Luca",
        "lang": "it",
        "start": "2024-10-11T11:05:00",
        "messages": [
            (
                "c",
                "uè buongiò, song [[P:Enzo De Luca]], tengo na giacca di mio padre buonanima, [[P:Ciccio De Luca]], che la voglio stringere, è di {{B:Kiton}}. se po' fa?",
            ),
            (
                "a",
                "Buongiorno [[P:Enzo]], certo che si può, le giacche {{B:Kiton}} sono fatte bene, si stringono facile. Portatela, [[P:Gennaro]] la guarda e vi dice",
            ),
            (
                "c",
                "grazie. io sto a [[L:Pozzuoli]], [[A:via Napoli 112]], vengo sabato col motorino. ma quanto viene all'incirca?",
            ),
            ("a", "Tra {{$:60}} e {{$:90 €}}, dipende dalle spalle."),
            (
                "c",
                "va bene. il numero mio è [[T:081/5260419]], se nun risponn chiamate a mia moglie [[P:Assunta]] [[T:333.718.2290]]",
            ),
            ("a", "Va bene don [[P:Enzo]], a sabato. [[P:Carmela]]"),
        ],
    },
    # 19. Tailor: an Italian-American wants a bespoke suit shipped to New York
    {
        "business": "tailor",
        "platform": "telegram",
        "customer": "Robbie Mancini",
        "lang": "en",
        "start": "2025-03-18T22:10:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Robbie Mancini]] here, my grandfather [[P:Salvatore Mancini]] was from the [[L:Quartieri Spagnoli]] and I'm coming to visit in May. I'd love a bespoke suit made and shipped to the States. Possible?",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! Of course, we ship to the US often. First fitting in person, then we ship. Around {{$:1.400€}} for a two-piece in {{B:Loro Piana}} wool, shipping {{$:85 €}}",
            ),
            (
                "c",
                "great. I'm in [[L:Naples]] {{D:May 12-19}}. Shipping address [[A:Apt 4B, 211 West 78th Street]], [[L:New York]], NY [[A:10024]]. phone [[T:212-555-0188]]",
            ),
            (
                "a",
                "Let's do first fitting on {{D:13 May}} {{TM:10:00}}, second on the {{D:17th}}. For the deposit ({{$:400 €}}) I'll send a payment link to your email",
            ),
            (
                "c",
                "[[E:robbie.mancini@example.com]]. or just charge my card [[C:5355-2210-4739-8617]]?",
            ),
            ("a", "Email is safer, link sent 🙏 Ciao, [[P:Carmela]]"),
            (
                "c",
                "grazie mille signora [[P:Carmela]], a prestissimo! nonno [[P:Salvatore]] would be proud 🇮🇹",
                "it",
            ),
        ],
    },
    # 20. Tailor: a freelance costume designer orders period waistcoats
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Rosaria Pinto",
        "lang": "it",
        "start": "2024-09-23T09:30:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Rosaria Pinto]], costumista freelance ([[U:rosariapinto-costumi.example.it]]). Dovrei far cucire 6 gilet d'epoca per uno spettacolo al {{W:San Carlo}}. Fattura a me, p.iva [[V:03817420650]], studio in [[A:calata Trinità Maggiore 3]], [[A:80134]] [[L:Napoli]]",
            ),
            (
                "a",
                "Buongiorno [[P:Rosaria]], 6 gilet in 3 settimane si fa. {{$:95 €}} l'uno con fodera. Mi manda i figurini?",
            ),
            (
                "c",
                "ve li manda la mia assistente [[P:Marisa Ferri]] dalla sua mail [[E:marisa.ferri@esempio.it]]",
            ),
            (
                "a",
                "Perfetto. Acconto 30%, IBAN [[I:IT73 L010 3013 9000 0006 3358 127]], causale '{{O:ORD-SE-0412}} gilet'",
            ),
            (
                "c",
                "bonifico fatto. la consegna a teatro o passo io? io abito al [[L:Vomero]], [[A:via Luca Giordano 67 int. 9]]",
            ),
            ("a", "Vi consegna [[P:Ciro]] direttamente a casa. Saluti, [[P:Gennaro Esposito]]"),
        ],
    },
    # 21. Tailor: a Spanish Erasmus student needs a new zip
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Lucía",
        "lang": "it",
        "start": "2025-02-24T13:45:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Lucía García Morales]], spagnola, faccio l'erasmus alla {{W:Federico II}}. devo sistemare la cerniera del mio giubbotto, quanto costa?",
            ),
            (
                "a",
                "Ciao [[P:Lucia]]! Una cerniera nuova {{$:20-25 €}}. Portacelo quando vuoi, tranne il lunedì mattina",
            ),
            (
                "c",
                "vale! vengo con la mia coinquilina [[P:Marta Ruiz]], anche lei ha un vestito da accorciare. abitiamo nei [[L:Quartieri Spagnoli]], [[A:vico Tre Re a Toledo 8]]",
            ),
            ("a", "Allora siete vicine! Va bene {{D:mercoledì}} verso le {{TM:18}}?"),
            (
                "c",
                "si perfetto 😄 il mio numero [[T:+34 612 345 678]], o scrivimi a [[E:lucia punto garcia chiocciola correo punto example]]",
            ),
            ("a", "A mercoledì! [[P:Carmela]]"),
        ],
    },
    # 22. Care: a daughter looks for a live-in carer for her father
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Rosa Leone",
        "lang": "it",
        "start": "2025-02-26T08:45:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Rosa Leone]], cerco una badante per mio papà [[P:Bruno Leone]], 84 anni, dopo la caduta non può stare solo. abita a [[L:Tavagnacco]], [[A:via Nazionale 58]]",
            ),
            (
                "a",
                "Buongiorno [[P:Rosa]], mi dispiace per suo papà. Possiamo fare un colloquio in sede o a casa sua. Serve giorno e notte o solo giorno? [[P:Chiara Zanin]], coordinatrice",
            ),
            (
                "c",
                "giorno e notte purtroppo. ho sentito bene di una signora ucraina, [[P:Oksana]], che ha seguito la mamma della mia vicina [[P:Pierina]]",
            ),
            (
                "a",
                "Sì, [[P:Oksana Kovalenko]] è bravissima, ma è occupata fino a {{D:fine marzo}}. Le proporrei [[P:Natalia]], sua cugina, molto esperta con l'Alzheimer. Mi lascia i suoi dati per il preventivo?",
            ),
            (
                "c",
                "[[P:Rosa Leone]], cf [[CF:LNERSO95E41L483N]], residente a [[L:Udine]] in [[A:borgo Aquileia 9]], [[A:33100]]. tel [[T:0432 501 277]] o cell [[T:340 8812 065]]",
            ),
            (
                "a",
                "Grazie. Venerdì {{D:7 marzo}} alle {{TM:16:30}} passo da suo papà con [[P:Natalia]]. Saluti, [[P:Chiara]]",
            ),
        ],
    },
    # 23. Care: the Ukrainian carer corrects her data and changes bank account
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Natalia K.",
        "lang": "it",
        "start": "2025-03-10T19:05:00",
        "messages": [
            (
                "c",
                "buonasera [[P:Chiara]], sono [[P:Natalia]]. ho ricevuto contratto per sig. [[P:Leone]] ma mio codice fiscale è sbagliato, ultima lettera è H non K",
            ),
            ("a", "Ciao [[P:Natalia]], grazie! Mi scrivi il codice intero così lo copio giusto?"),
            (
                "c",
                "[[CF:KVLNTL74H63Z138H]]. anche indirizzo nuovo, adesso abito con mia cugina [[P:Oksana]] in [[A:via Grazzano 27 int. 4]]. e numero nuovo [[T:+39 351 660 2918]]",
            ),
            ("a", "Corretto tutto 👍 Per lo stipendio usi sempre lo stesso IBAN?"),
            (
                "c",
                "no nuovo conto, [[I:IT14N0888363890CC0090041275]]. vecchio conto era a [[L:Leopoli]] 🙂 mio figlio [[P:Dmytro]] ha aiutato aprire",
            ),
            ("a", "Perfetto, aggiornato. Buon lavoro con il signor [[P:Bruno]]! [[P:Chiara]]"),
        ],
    },
    # 24. Care: an English daughter in Bristol organises help for her mother in Cividale
    {
        "business": "care",
        "platform": "messenger",
        "customer": "Victoria Baker",
        "lang": "en",
        "start": "2024-06-12T07:30:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Victoria Baker]]. My mother [[P:Margaret Baker]] (88) has lived in [[L:Cividale del Friuli]] for 30 years and now needs help a few hours a day. I live in [[L:Bristol]] so I'm organising from here",
            ),
            (
                "a",
                "Dear [[P:Victoria]], thank you for writing. We can arrange a carer for mornings, 4 hours, around {{$:17€}} an hour. I'd like to visit your mother first — what's her address?",
            ),
            (
                "c",
                "[[A:stretta San Martino 6]], [[L:Cividale]]. Her neighbour [[P:Franca]] has a key, [[T:0432 733 190]]. Mum doesn't hear the phone well, and her tablet keeps saying 'blocked login from [[IP:2.228.14.90]]', no idea what that is",
            ),
            (
                "a",
                "Noted, we'll have a look at the tablet too. I can go on {{D:Thursday 20 June}} with [[P:Ludmila]], who speaks good English. Shall I call you after?",
            ),
            (
                "c",
                "Yes please, [[T:+44 117 496 0852]] or email [[E:vicky.baker@example.org.uk]]. Her GP is Dr [[P:Andrea Fabbro]], if you need anything medical",
            ),
            (
                "a",
                "Perfect, I'll call you Thursday evening. Kind regards, [[P:Chiara Zanin]] — {{B:Mani Amiche}}",
            ),
        ],
    },
    # 25. Care: the Moldovan carer reports a night fall and asks for a day off
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Andrei",
        "lang": "it",
        "start": "2025-03-03T06:50:00",
        "messages": [
            (
                "c",
                "buon giorno signora [[P:Chiara]], sono [[P:Andrei]]. sig. [[P:Candotti]] stanotte è caduto in bagno, sta bene ma ho chiamato la figlia [[P:Ornella]]",
            ),
            (
                "a",
                "Grazie [[P:Andrei]], hai fatto benissimo. Hai chiamato anche la guardia medica? Il numero è nel quaderno",
            ),
            (
                "c",
                "si, dottore è venuto alle {{TM:2:30}}, dice niente rotto. domani ho giorno libero, vado a [[L:Pordenone]] da mia sorella [[P:Ina]], chi viene al posto mio?",
            ),
            (
                "a",
                "Viene [[P:Ludmila Rusu]]. Le dai tu le chiavi? Lei abita in [[A:viale Venezia 140/C]], ti è di strada",
            ),
            (
                "c",
                "va bene. ah la busta paga di {{D:febbraio}} non è arrivata, mia mail [[E:andrei.macari83@example.md]]. cf [[CF:MCRNDR83R30Z140Z]]",
            ),
            ("a", "Te la rimando subito, scusa! E riposati 🙏 [[P:Chiara]]"),
        ],
    },
    # 26. Care: short-term help for a researcher's mother visiting from Chennai
    {
        "business": "care",
        "platform": "telegram",
        "customer": "Anand Krishnan",
        "lang": "en",
        "start": "2024-08-29T12:00:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Anand Krishnan]], researcher at the university. My mother [[P:Lakshmi]] is visiting from [[L:Chennai]] for 3 months and recently had knee surgery. Do you provide short-term care?",
            ),
            (
                "a",
                "Hello [[P:Anand]], yes, minimum 2 weeks. Morning help for washing and walking exercises would be about {{$:320€}} a week. Where do you live?",
            ),
            (
                "c",
                "[[A:via Cotonificio 108]], [[L:Udine]], 2nd floor no lift 😕. My wife [[P:Meera]] is home in the afternoons",
            ),
            (
                "a",
                "That's fine. [[P:Ludmila]] could start {{D:Monday 9 September}}. For the contract we need your codice fiscale and an email",
            ),
            (
                "c",
                "[[E:anand.krishnan@uni-example.it]]. I'll send the codice fiscale tomorrow, it's on my card at the office. phone [[T:+39 320 551 8843]]. for the weekly payments you can charge my card [[C:4024 0071 9348 2055]], and my page with my contacts is [[U:https://anandkrishnan.example.org]]",
            ),
            ("a", "Thank you! Talk tomorrow. [[P:Chiara]]"),
        ],
    },
    # 27. Care: an elderly lady who just learned WhatsApp
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Speranza",
        "lang": "it",
        "start": "2024-11-19T09:10:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Speranza]], ho 79 anni e mi ha messo whatsapp il nipote [[P:Gabriele]]. cerco qualcuno x fare la spesa e pulizie 2 volte alla settimana. sto a [[L:Tricesimo]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Speranza]], brava con whatsapp! 😊 Sì, possiamo mandare una signora il martedì e il venerdì mattina. Mi dà il suo indirizzo?",
            ),
            (
                "c",
                "[[A:frazione Ara Grande 14]], la casa gialla vicino alla chiesa. il cognome è [[P:Cossettini]]",
            ),
            (
                "a",
                "Grazie. Il costo è {{$:16 €}} l'ora. Verrebbe [[P:Oksana]], che è un tesoro. Per il contratto ci serve il codice fiscale e un IBAN per l'addebito",
            ),
            (
                "c",
                "le carte ce le ha mio nipote, gli dico di chiamarvi. [[P:Gabriele Cossettini]] [[T:347.902.11.86]]",
            ),
            (
                "a",
                "Perfetto, aspetto la chiamata di [[P:Gabriele]]. Buona giornata, [[P:Chiara]] - {{B:Mani Amiche}}",
            ),
            ("c", "grazie cara, che Dio ti benedica 🙏🌹"),
        ],
    },
    # 28. Care: a granddaughter in Chicago pays her grandfather's invoices
    {
        "business": "care",
        "platform": "messenger",
        "customer": "Serena Fabris",
        "lang": "en",
        "start": "2024-10-02T15:40:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Serena Fabris]] writing from [[L:Chicago]]. My grandpa [[P:Elio Fabris]] lives alone in [[L:Gemona]] and your carer [[P:Andrei]] has been amazing with him. Can I pay the invoices from the US?",
            ),
            (
                "a",
                "Hi [[P:Serena]], thank you, I'll tell [[P:Andrei]]! Yes, an international transfer is fine, or card via a payment link",
            ),
            (
                "c",
                "card is easier. Also can you send the invoices to me and not to grandpa? he loses everything lol. [[E:serena.fabris (at) example (dot) com]]",
            ),
            ("a", "Sure. I need a billing address for you as well"),
            (
                "c",
                "[[A:2215 N Kedzie Blvd, Apt 3]], [[L:Chicago]], IL [[A:60647]]. phone [[T:(773) 555-0196]]. and grandpa's address is [[A:via Bariglaria 31]] in case it's needed on the invoice",
            ),
            (
                "a",
                "All updated. Payment link: [[U:https://pay.example.com/maniamiche/fabris-elio-2024-10]]. Best, [[P:Chiara Zanin]]",
            ),
            (
                "c",
                "hmm the link says 'access denied for [[IP:73.162.45.208]]'? maybe my VPN, I'll try again tomorrow",
            ),
        ],
    },
    # 29. Books: a first novel presentation, fee paid on the author's account
    {
        "business": "books",
        "platform": "instagram",
        "customer": "serena.bianchi.scrive",
        "lang": "it",
        "start": "2025-02-17T21:30:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Serena]], vorrei organizzare da voi la presentazione del mio primo romanzo 📚 si può?",
            ),
            (
                "a",
                "Ciao [[P:Serena]]!! Che bello, congratulazioni! Certo, facciamo presentazioni il giovedì sera. Di che editore è?",
            ),
            (
                "c",
                "{{B:Edizioni Il Ponte}}, piccolo editore di [[L:Foligno]]. il libro si chiama {{PD:La casa di Bianca}} (e sì, io mi chiamo [[P:Serena Bianchi]] 😂). il mio sito è [[U:www.serenabianchi-scrittrice.example.it]]",
            ),
            (
                "a",
                "Ahah fantastico. {{D:Giovedì 10 aprile}} alle {{TM:18:30}}? Per il rimborso spese ci servono cf e IBAN",
            ),
            (
                "c",
                "[[CF:BNCSRN88A52G478G]], IBAN [[I:IT03 K030 6903 0001 0000 0047 291]]. modera la mia amica [[P:Giulia Ferro]], ok? ig @[[H:giulia.legge]]",
            ),
            ("a", "Perfetto! Ti tagghiamo: @[[H:serena.bianchi.scrive]] giusto? — [[P:Tommaso]]"),
        ],
    },
    # 30. Books: a Nigerian student orders novels for himself and a friend
    {
        "business": "books",
        "platform": "whatsapp",
        "customer": "Olumide",
        "lang": "en",
        "start": "2024-10-21T10:15:00",
        "messages": [
            (
                "c",
                "Hi, do you have {{PD:Things Fall Apart}} in Italian? My name is [[P:Olumide Adeyemi]], I study at the {{W:Università per Stranieri}}. it's for my italian class",
            ),
            (
                "a",
                "Hi [[P:Olumide]]! We have {{PD:Il crollo}} ({{B:La nave di Teseo}}) for {{$:18 €}}. Shall I keep it aside?",
            ),
            (
                "c",
                "yes pls! and a cappuccino with it 😄 I'll come after class around 1. my friend [[P:Tunde]] wants to order {{PD:Purple Hibiscus}} too",
            ),
            ("a", "Sure, for [[P:Tunde]] I can order it, arrives in 2 days. Full name and number?"),
            (
                "c",
                "[[P:Babatunde Okoro]], [[T:+39 392 775 4016]]. he lives in [[A:via Pinturicchio 37]], near the {{W:Arco Etrusco}}",
            ),
            ("a", "Ordered, {{O:ORD-4471}}. See you at 1! — [[P:Giulia]]"),
        ],
    },
    # 31. Books: a reading group books the back room
    {
        "business": "books",
        "platform": "messenger",
        "customer": "Mariano Tassi",
        "lang": "it",
        "start": "2024-10-07T17:55:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Mariano Tassi]] del gruppo di lettura di [[L:Ponte San Giovanni]]. Saremmo in 12 il {{D:25 ottobre}}, si può riservare la saletta?",
            ),
            (
                "a",
                "Buonasera [[P:Mariano]], sì! Saletta gratuita con consumazione minima {{$:5 €}} a testa. Che libro leggete?",
            ),
            (
                "c",
                "{{PD:Lessico famigliare}} della [[P:Ginzburg]]. la referente per le prenotazioni è [[P:Lucia Marinelli]], [[E:lucia.marinelli@libero-finta.it]], perché io nn sono bravo con la tecnologia 😅",
            ),
            ("a", "Perfetto, scrivo a [[P:Lucia]]. Mi lascia anche un numero per urgenze?"),
            (
                "c",
                "il mio fisso [[T:075 393 812]], cellulare [[T:335/6129840]]. ah una signora del gruppo, la [[P:Tina Bello]], è celiaca, avete cose senza glutine?",
            ),
            ("a", "Sì, torta {{PD:Caprese}} senza glutine 🍰. A presto! [[P:Tommaso]]"),
        ],
    },
    # 32. Books: a first edition shipped to Cambridge
    {
        "business": "books",
        "platform": "telegram",
        "customer": "Ethan Church",
        "lang": "en",
        "start": "2025-05-06T19:20:00",
        "messages": [
            (
                "c",
                "Hi! I visited your lovely shop last week (the tall guy asking about {{PD:Il nome della rosa}} first editions). [[P:Ethan Church]]. Could you ship it to me in the UK?",
            ),
            (
                "a",
                "Hi [[P:Ethan]], of course I remember! The 1980 {{B:Bompiani}} copy is {{$:240€}}, tracked shipping to the UK ~{{$:25 €}}. Address?",
            ),
            (
                "c",
                "[[A:Flat 3, 27 Mill Lane]], [[L:Cambridge]] [[A:CB2 1RX]]. I'll pay by bank transfer from my UK account, [[I:GB94 NWBK 6016 1331 9265 22]], is that ok?",
            ),
            (
                "a",
                "Perfect, transfer received this morning. Shipped with {{B:DHL}}, tracking {{TR:JD014600006281745291}}. Thanks [[P:Ethan]]! — [[P:Tommaso]]",
            ),
            (
                "c",
                "brilliant, thank you!! my partner [[P:Grace Oduya]] says hi, she's the one who loved your {{PD:Sachertorte}} 😄",
            ),
            ("a", "Ha, tell [[P:Grace]] the recipe is [[P:Giulia]]'s secret! Enjoy the book"),
        ],
    },
    # 33. Books: a Chinese student applies for a weekend job
    {
        "business": "books",
        "platform": "whatsapp",
        "customer": "Lin Hui",
        "lang": "it",
        "start": "2024-11-25T16:35:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Lin Hui]], studentessa cinese all'{{W:Università per Stranieri}}. cerco lavoro part time, voi cercate qualcuno x il bar?",
            ),
            (
                "a",
                "Ciao [[P:Hui]]! In effetti sì, da {{D:gennaio}} ci serve qualcuno il weekend. Mandaci pure un CV qui in chat",
            ),
            (
                "c",
                "ok ecco il mio cv: [[U:https://www.linkedin.com/in/lin-hui-pg]] 😊 email [[E:linhui2001@esempio.cn]]. abito in [[A:via della Viola 5, piano 2]], vicino a voi",
            ),
            (
                "a",
                "Grazie! Vieni a fare una prova {{D:sabato 14 dicembre}} alle {{TM:9}}? Ti affianca [[P:Giulia]]",
            ),
            (
                "c",
                "si!! il mio numero [[T:+39 380 417 9925]]. posso portare la mia amica [[P:Wang Fang]]? anche lei cerca lavoro, viene da [[L:Hangzhou]]",
            ),
            (
                "a",
                "Per ora c'è solo un posto, ma lascia pure a [[P:Fang]] il nostro contatto 😉 [[P:Tommaso]]",
            ),
        ],
    },
    # 34. Books: a bookstagrammer wants to feature the shop (code-switching)
    {
        "business": "books",
        "platform": "instagram",
        "customer": "fatima.reads.italy",
        "lang": "en",
        "start": "2025-04-14T11:50:00",
        "messages": [
            (
                "c",
                "hi!! I'm [[P:Fatima Al-Sayed]], I do book reviews on insta (@[[H:fatima.reads.italy]]) and I'd love to feature your shop 🥰",
            ),
            (
                "a",
                "Ciao [[P:Fatima]]! We'd love that! Come for a coffee on us. When are you in town?",
            ),
            (
                "c",
                "next week, I'm based in [[L:Florence]] but my boyfriend [[P:Karim Haddad]] lives in [[L:Assisi]]. thursday ok?",
            ),
            (
                "a",
                "Thursday perfect. Ask for [[P:Giulia]], she runs our social @[[H:giulia.tazzadicarta]]",
            ),
            ("c", "grazie mille!! a giovedì allora, porto anche [[P:Karim]] 😄", "it"),
            ("a", "Perfetto, vi aspettiamo! Un abbraccio, [[P:Giulia]]", "it"),
        ],
    },
    # 35. Books: a language school orders 20 textbooks with an invoice
    {
        "business": "books",
        "platform": "messenger",
        "customer": "Paolo Leone",
        "lang": "it",
        "start": "2025-01-13T08:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Paolo Leone]], insegnante e titolare di una piccola scuola di italiano per stranieri a [[L:Perugia]]. Vorrei ordinare 20 copie di {{PD:Nuovo Espresso 1}} con fattura",
            ),
            (
                "a",
                "Buongiorno prof. [[P:Leone]]! 20 copie le abbiamo in una settimana, sconto scuole 15%: {{$:22,10 €}} a copia. Dati fattura?",
            ),
            (
                "c",
                "{{B:Scuola Leone Lingue}} di [[P:Paolo Leone]], p.iva [[V:01654380375]], [[A:corso Vannucci 19]], [[A:06121]] [[L:Perugia]]. sdi via mail a [[E:paolo.leone.lingue@esempio.it]]",
            ),
            ("a", "Perfetto, ordine {{O:PG-2025-0117}}. Il pagamento tramite bonifico?"),
            (
                "c",
                "si, dal conto della scuola [[I:IT39N0200803027000105573914]]. ritira la mia collega [[P:Mariarosa Pazzaglia]] il venerdì",
            ),
            ("a", "Ottimo, la aspettiamo. A presto, [[P:Tommaso]]"),
        ],
    },
    # 36. E-bike: a cargo bike battery under warranty
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Marco Ferro",
        "lang": "it",
        "start": "2024-09-16T07:40:00",
        "messages": [
            (
                "c",
                "ciao [[P:Robbie]], [[P:Marco]] qui ([[P:Ferro]], quello della bici cargo). la batteria nn carica più oltre il 60%",
            ),
            (
                "a",
                "Ciao [[P:Marco]]! Se è ancora in garanzia la mandiamo a {{B:Bosch}}. L'hai presa a {{D:maggio 2023}} giusto? ordine {{O:FP-23-0588}}",
            ),
            (
                "c",
                "si esatto. mi serve una bici sostitutiva però, porto i bimbi all'asilo a [[L:Pontelagoscuro]] 😅",
            ),
            (
                "a",
                "Ti prestiamo una {{PD:Tern GSD}} di cortesia. Per il modulo di garanzia: codice fiscale e indirizzo?",
            ),
            (
                "c",
                "[[CF:FRRMRC79T05D548W]], [[A:via delle Volte 9]], [[A:44121]] [[L:Ferrara]]. la porta mia moglie [[P:Elena]] domattina",
            ),
            ("a", "Ok! Dille di chiedere di [[P:Luca]] in officina. Ciao, [[P:Robbie]]"),
        ],
    },
    # 37. E-bike: four friends from Manchester ride the Po delta one way
    {
        "business": "ebike",
        "platform": "telegram",
        "customer": "Jon Hope",
        "lang": "en",
        "start": "2025-05-28T18:00:00",
        "messages": [
            (
                "c",
                "Hi, we're a group of 4 from [[L:Manchester]] cycling the {{W:Po Delta}} route to [[L:Comacchio]]. Can we rent 4 e-bikes for 3 days one way?",
            ),
            (
                "a",
                "Hi! Yes, one-way to [[L:Comacchio]] is +{{$:40€}} for the van pickup. Touring e-bikes {{$:35 €}}/day. Names please?",
            ),
            (
                "c",
                "[[P:Jonathan Hope]] (me), [[P:Will Smithson]], [[P:Rachel Lee]] and my brother [[P:Tom Hope]]. my number [[T:+44 7700 900 278]]",
            ),
            (
                "a",
                "Booked, ref {{R:FP-TOUR-0614}}. Pickup {{D:14 June}} {{TM:9:30}}. We need a {{$:200 €}} deposit on a card at pickup, and an ID",
            ),
            (
                "c",
                "fine. the hotel in [[L:Comacchio]] for the drop-off is at [[A:via Fogli 27]]. my email is [[E:jon.hope@example.co.uk]], and [[P:Rachel]]'s is [[E:rachel_lee at example dot org]] in case I'm unreachable",
            ),
            ("a", "Perfect. See you, cheers — [[P:Mark]]"),
        ],
    },
    # 38. E-bike: a green Bianchi in the window and the town bonus
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "betta.pedala",
        "lang": "it",
        "start": "2025-03-21T12:25:00",
        "messages": [
            (
                "c",
                "ciaoo! sono [[P:Betta]] 🚲 ho visto la {{PD:Giulietta}} verde in vetrina, è {{B:Bianchi}}? quanto costa?",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! Sì, è la {{PD:Giulietta}} di {{B:Bianchi}}, {{$:2.190 €}}, ma con il bonus comunale scende. Sei residente a [[L:Ferrara]]?",
            ),
            ("c", "si abito a [[L:Porotto]]. il bonus come funziona? mi servono documenti?"),
            (
                "a",
                "Ti servono ISEE e residenza, la pratica la facciamo noi. Mandaci nome completo e una mail",
            ),
            (
                "c",
                "[[P:Beatrice Fabbri]], [[E:b.fabbri@email-finta.it]]; il cf ve lo porto di persona. il mio profilo se mi volete taggare @[[H:betta.pedala]]",
            ),
            (
                "a",
                "Super! Passa quando vuoi, anche sabato per il test ride con [[P:Robbie]]. [[P:Luca]]",
            ),
        ],
    },
    # 39. E-bike: a strange login on the GPS tracker app
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Anjali Sharma",
        "lang": "en",
        "start": "2024-07-09T08:05:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Anjali Sharma]] here. My e-bike's GPS tracker app ({{B:PowUnity}}) says there was a login from IP [[IP:151.38.102.77]] last night, it wasn't me!! is someone trying to steal it? 😰",
            ),
            (
                "a",
                "Hi [[P:Anjali]], don't panic 🙂 We updated the firmware yesterday from the workshop, our connection shows as [[IP:93.44.187.21]]. Is it that one?",
            ),
            (
                "c",
                "no it's different. I live in [[A:corso Porta Reno 66]], the bike is in the courtyard. my husband [[P:Rahul]] is home now",
            ),
            (
                "a",
                "Change the app password now and turn on the alarm. I'll send [[P:Mark]] to check the lock this afternoon. Best phone?",
            ),
            ("c", "[[T:+39 327 604 1139]] or [[P:Rahul]] [[T:+91 98450 12345]]"),
            ("a", "[[P:Mark]] will come around {{TM:17:30}}. — [[P:Robbie]]"),
        ],
    },
    # 40. E-bike: a B&B rents six bikes for the season
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Laura Cavallari",
        "lang": "it",
        "start": "2025-03-04T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Laura Cavallari]], gestisco un b&b a [[L:Ferrara]] e vorrei noleggiare 6 e-bike per gli ospiti tutta la stagione. Fate contratti per aziende?",
            ),
            (
                "a",
                "Buongiorno [[P:Laura]]! Sì, noleggio stagionale {{D:aprile-ottobre}} {{$:890 €}} a bici con manutenzione inclusa. Ragione sociale e p.iva?",
            ),
            (
                "c",
                "{{B:B&B Le Volte}} di [[P:Cavallari Laura]], p.iva [[V:02047961210]], [[A:via Carlo Mayr 102]]. pec [[E:cavallari.laura@pec-esempio.it]]",
            ),
            (
                "a",
                "Perfetto, ti mando il contratto {{R:CTR-2025-006}}. Per il SEPA ci serve l'IBAN",
            ),
            (
                "c",
                "[[I:IT42W0538713000000003408826]]. il mio socio [[P:Gianni Roversi]] firma anche lui, il suo numero [[T:0532 76 41 90]]",
            ),
            ("a", "Ricevuto. Ci vediamo {{D:lunedì}} per la firma. [[P:Robbie]]"),
        ],
    },
    # 41. E-bike: a Ukrainian delivery rider buys on instalments
    {
        "business": "ebike",
        "platform": "telegram",
        "customer": "Dmytro S.",
        "lang": "en",
        "start": "2024-12-02T17:45:00",
        "messages": [
            (
                "c",
                "hi, I'm [[P:Dmytro Shevchenko]] (@[[H:dmytro_rides]]), I work as rider for {{B:Glovo}}. I need a cheap e-bike with big battery, can I pay in installments?",
            ),
            (
                "a",
                "Hi [[P:Dmytro]]! Yes, with {{B:Findomestic}} 12 months zero interest on bikes over {{$:1.000€}}. The {{PD:Urban Rider 36V}} is {{$:1.290 €}}",
            ),
            ("c", "ok. for the financing they ask my codice fiscale and IBAN, can I send here?"),
            (
                "a",
                "Better in person with your ID, but you can send the IBAN if you want to speed up",
            ),
            (
                "c",
                "[[I:DE44 5001 0517 5407 3249 31]] is my german account from when I lived in [[L:Leipzig]], is ok? otherwise my wife [[P:Olena]] has italian one",
            ),
            (
                "a",
                "German IBAN works. Come with ID and permesso di soggiorno on {{D:Friday}}. — [[P:Luca]]",
            ),
            ("c", "thx! I live in [[A:via Bologna 210 int. 12]], [[L:Ferrara]], close to you"),
        ],
    },
    # 42. E-bike: a stolen bike shows up on Marketplace
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Giorgia Ravalli",
        "lang": "it",
        "start": "2024-12-16T13:20:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Giorgia Ravalli]], mi hanno rubato la e-bike presa da voi, {{PD:Giulietta}} rossa, numero telaio {{R:WBK0034417}}. l'ho appena vista in vendita su marketplace!!",
            ),
            (
                "a",
                "Ciao [[P:Giorgia]], che rabbia 😡 Hai il link dell'annuncio? Hai fatto denuncia?",
            ),
            (
                "c",
                "si denuncia fatta ieri. il profilo è di un certo [[P:Kevin Martelli]], [[U:https://www.facebook.com/kevin.martelli.9481]], dice che sta a [[L:Cento]]",
            ),
            (
                "a",
                "Non contattarlo tu. Manda tutto ai carabinieri, e se serve noi confermiamo che il telaio è tuo: fattura {{O:FP-24-1201}} intestata a te",
            ),
            (
                "c",
                "grazie, il maresciallo si chiama [[P:Pasquale Greco]], tel [[T:0532/209 118]] se gli volete parlare. il mio [[T:+39 345 662 0817]]",
            ),
            ("a", "Lo chiamo domattina. Tieni duro [[P:Giorgia]]! [[P:Robbie]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(39, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
