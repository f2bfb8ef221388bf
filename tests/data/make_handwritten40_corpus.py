# ruff: noqa: E501
"""Hand-written blind test corpus no. 40 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, EU VAT, card numbers) were computed once with python-stdnum / Luhn and pasted as
literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten40_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a dental clinic in Brescia, a cooking school in
Florence for American tourists, a removal company in Turin moving families abroad, a beekeeper in
Ragusa selling honey online, a music school in Pescara, and a boat-charter company in Olbia.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten40_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten40_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dental": "Studio Dentistico Leonessa Sorrisi",
    "cooking": "Mestolo Cooking School Florence",
    "removals": "Traslochi Sabauda Oltreconfine",
    "honey": "Miele Contrada Zagara",
    "music": "Scuola di Musica Il Pentagramma",
    "boat": "Smeralda Charter Olbia",
}
PAGE_IDS: dict[str, str] = {
    "dental": "640180000000114",
    "cooking": "640180000000225",
    "removals": "640180000000336",
    "honey": "640180000000447",
    "music": "640180000000558",
    "boat": "640180000000669",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Dental: patient moves his appointment, needs the invoice with his codice fiscale
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Giuse Marino",
        "lang": "it",
        "start": "2025-03-10T08:14",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giuseppe Marino]] volevo spostare l'appuntamento di giovedi con il dott [[P:Bonetti]], nn riesco xche lavoro fino alle 6",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Marino]], certo. Quello di {{D:giovedì 13}} alle {{TM:17:30}} lo spostiamo a {{D:martedì 18 marzo}} alle {{TM:18:15}}? Prima fa l'igiene con [[P:Neve]]. [[P:Ilaria]] - segreteria",
            ),
            (
                "c",
                "va bene grazie. ah x la fattura mi serve col codice fiscale, è [[CF:MRNGPP81C12B157D]]",
            ),
            (
                "a",
                "Registrato. Ci manca l'indirizzo aggiornato per la fattura, è sempre quello vecchio?",
            ),
            (
                "c",
                "no ci siamo trasferiti, [[A:via Trento 41/C]], [[A:25128]] [[L:Brescia]], citofono [[P:Marino-Zanetti]]. il cell è sempre [[T:339.412.7785]]",
            ),
            ("a", "Perfetto grazie, a martedì! [[P:Ilaria]]"),
            ("c", "ahah ma [[P:Neve]] è l'igienista? pensavo fosse un avviso sul meteo 😂"),
            ("a", "sì sì 😄 [[P:Neve Pasotti]], la nostra igienista. A martedì!"),
        ],
    },
    # 2. Dental: mother books her scared daughter, invoice to the husband
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Rosa Bello",
        "lang": "it",
        "start": "2025-01-21T17:40",
        "messages": [
            (
                "c",
                "salve, sono [[P:Rosa Bello]], mia figlia [[P:Bianca]] ha un dente che si muove e le fa male, ha 9 anni. avete un buco domani?",
            ),
            (
                "a",
                "Buonasera [[P:Rosa]], domani alle {{TM:8:40}} con la dott.ssa [[P:Speranza Togni]], la nostra pedodontista. Porti la tessera sanitaria di [[P:Bianca]]",
            ),
            (
                "c",
                "ok grazie mille. Mio marito [[P:Kevin Abati]] chiede se la fattura può arrivare a lui, [[E:kevin.abati.bs@example.it]]",
            ),
            ("a", "Certo. Ci serve però il codice fiscale di chi paga."),
            (
                "c",
                "pago io, il mio è [[CF:BLLRSO88H63H163F]], sono nata a [[L:Ragusa]] ma abitiamo a [[L:Rezzato]], [[A:vicolo del Forno 5 int. 3]]",
            ),
            (
                "a",
                "Grazie! La dott.ssa [[P:Togni]] è bravissima coi bimbi, vedrà. A domani, [[P:Ilaria]]",
            ),
            (
                "c",
                "speriamo 🙏 la [[P:Bianca]] è terrorizzata, l'ultima volta il dentista di [[L:Botticino]] l'ha fatta piangere",
            ),
        ],
    },
    # 3. Dental: Romanian patient wants his deposit back, forwards his IBAN
    {
        "business": "dental",
        "platform": "instagram",
        "customer": "andrei.popescu",
        "lang": "it",
        "start": "2025-04-02T19:05",
        "messages": [
            (
                "c",
                "buna ziua... scusate, buongiorno 😅 sono [[P:Andrei Popescu]], ho pagato acconto {{$:150 €}} x l'impianto ma poi il dottore ha detto che prima serve innesto osseo. potete ridarmi acconto?",
            ),
            (
                "a",
                "Buongiorno [[P:Andrei]], sì, il dott. [[P:Bonetti]] ce l'ha detto. Facciamo il rimborso con bonifico, ci manda l'IBAN?",
            ),
            (
                "c",
                "[[I:IT77 G085 4984 4400 0000 0027 713]] intestato a me e mia moglie [[P:Ioana Popescu]]",
            ),
            (
                "a",
                "Ricevuto. Rimborso di {{$:150,00 €}} entro {{D:venerdì}}. Le serve anche il nuovo preventivo per l'innesto?",
            ),
            (
                "c",
                "si grazie mandatelo sulla mail [[E:andrei.popescu82@example.ro]] , e scrivete anche al mio capo [[P:Ferro]] che il {{D:12}} nn vengo al cantiere? no scherzo 😂",
            ),
            (
                "a",
                "😂 quello lo lasciamo a lei! Preventivo inviato, rif. {{R:PRV-2025-0417}}. [[P:Ilaria]]",
            ),
        ],
    },
    # 4. Dental: British expat on Lake Garda with a cracked molar
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Mark Church",
        "lang": "en",
        "start": "2025-07-19T06:52",
        "messages": [
            (
                "c",
                "Hi, is this the dentist? I'm [[P:Mark Church]], we live near [[L:Salò]] and I cracked a molar on an olive stone last night. Any chance today?",
            ),
            (
                "a",
                "Hello [[P:Mark]], yes this is the clinic. Dr [[P:Bonetti]] can see you at {{TM:12:10}} today. Can you confirm a phone number?",
            ),
            (
                "c",
                "Best on my UK mobile [[T:+44 7700 914 382]], the italian sim is dead. My wife [[P:Hope]] can drive me, she's on [[T:347 882 1934]]",
            ),
            (
                "a",
                "Noted. We are two minutes from {{W:Piazza della Loggia}}, second floor, buzzer says {{B:Leonessa Sorrisi}}.",
            ),
            (
                "c",
                "great thx. for your records our address here is [[A:Villa Le Gazze, via Panoramica 22]], [[A:25087]] [[L:Salò]]",
            ),
            (
                "a",
                "Thanks. Please bring your EHIC or GHIC card. See you at {{TM:12:10}} – [[P:Ilaria]]",
            ),
            ("c", "Cheers [[P:Ilaria]], [[P:Hope]] says grazie mille!"),
        ],
    },
    # 5. Dental: daughter collects her mother's invoices for the tax return
    {
        "business": "dental",
        "platform": "telegram",
        "customer": "Serena Mancini",
        "lang": "it",
        "start": "2025-05-06T18:22",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Serena Mancini]], mi servirebbe il riepilogo fatture 2024 x il 730 di mia madre [[P:Agnese Ferro]], la protesi l'ha pagata lei ma con la mia carta",
            ),
            (
                "a",
                "Buonasera [[P:Serena]], le fatture a chi sono intestate? Per il 730 conta l'intestatario",
            ),
            (
                "c",
                "a me credo, il mio cf [[CF:MNCSRN70E41F205Y]]. mandatele pure a [[E:serena punto mancini chiocciola libero punto it]]",
            ),
            (
                "a",
                "Trovate 3 fatture: {{O:FT 2024/0311}}, {{O:FT 2024/0502}} e {{O:FT 2024/0788}}, totale {{$:2.340,00 €}}. Le invio ora. [[P:Ilaria]]",
            ),
            (
                "c",
                "grazie! e il dott. [[P:Bonetti]] può richiamare mia mamma? [[T:030 2458817]] fisso, dopo le 16 che fa il riposino. abita sempre in [[A:salita Santa Maria 3]] a [[L:Gussago]]",
            ),
            ("a", "Certo, glielo lascio scritto. Buona serata!"),
        ],
    },
    # 6. Dental: Chinese student books a cleaning for herself and her roommate
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Chen Wei",
        "lang": "en",
        "start": "2025-02-17T10:31",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Chen Wei]], I study engineering at university here. I need cleaning and check. I have tessera sanitaria, is cheaper?",
            ),
            (
                "a",
                "Hi [[P:Wei]]! A cleaning is {{$:75 €}}, with the tessera you get the receipt for the tax deduction. We have {{D:Monday 24}} at {{TM:9:00}} with [[P:Neve]]",
            ),
            (
                "c",
                "ok good. my codice fiscale [[CF:CHNWEI92B10Z210Y]], my roommate [[P:Liu Yang]] also want come, same day possible?",
            ),
            ("a", "Yes, {{TM:9:45}} for [[P:Liu]]. Please send me the exact spelling and a phone"),
            (
                "c",
                "surname [[P:L-I-U]], name [[P:Y-A-N-G]] 😅 she is [[T:+39 351 402 7719]]. She live [[A:via Corsica 112]] same like me, near [[L:Lamarmora]]",
            ),
            ("a", "Perfect, both booked. See you Monday! [[P:Ilaria]]"),
        ],
    },
    # 7. Dental: whitening promo, the customer pastes her card number
    {
        "business": "dental",
        "platform": "instagram",
        "customer": "betta_rossi85",
        "lang": "it",
        "start": "2025-02-03T13:12",
        "messages": [
            (
                "c",
                "ciao! mi ha girato il vostro profilo la mia collega @[[H:giuli.leone.bs]], dice che fate lo sbiancamento scontato x {{W:San Valentino}}?",
            ),
            (
                "a",
                "Ciao! Sì, promo {{PD:Smile Bright}} a {{$:199 €}} fino al {{D:28 febbraio}}. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Elisabetta Rossi]], ma tutti mi chiamano [[P:Betta]]. cf [[CF:RSSLBT85D45B157J]] se serve. la [[P:Giuli]] è venuta da voi a gennaio",
            ),
            (
                "a",
                "Grazie [[P:Betta]]! Per bloccare la data chiediamo un acconto di {{$:50 €}}, anche con carta",
            ),
            ("c", "ok ti do la carta: [[C:4539 8997 2074 3225]] scad 09/27"),
            (
                "a",
                "Grazie, ma per sicurezza non scriverla in chat 🙏 ti ho mandato un link di pagamento {{B:SumUp}}, cancella pure il messaggio. [[P:Ilaria]]",
            ),
            ("c", "ops scusa 🙈 pagato col link! seguiteci, sono @[[H:betta_rossi85]] 😘"),
        ],
    },
    # 8. Cooking: Nigerian-American honeymooners book a pasta class
    {
        "business": "cooking",
        "platform": "instagram",
        "customer": "jess.okafor",
        "lang": "en",
        "start": "2025-05-12T21:40",
        "messages": [
            (
                "c",
                "Hiii! Me and my husband [[P:Chinedu]] are in [[L:Florence]] {{D:3-7 June}}, honeymoon 💍 do you have a pasta class for 2?",
            ),
            (
                "a",
                "Congratulations!! 🎉 Yes, the {{PD:Pasta & Tiramisù}} class on {{D:June 4}} at {{TM:10am}}, {{$:€95}} per person, with chef [[P:Lorenzo]]. Names for the booking?",
            ),
            (
                "c",
                "[[P:Jessica Okafor]] and [[P:Chinedu Okafor]], that's [[P:O-K-A-F-O-R]] 😊 we're from [[L:Houston]]",
            ),
            (
                "a",
                "Booked! Ref {{R:MST-0604-17}}. Meeting point is our shop next to the {{W:Mercato Centrale}}. Any allergies?",
            ),
            (
                "c",
                "[[P:Chinedu]] is allergic to shellfish. my number is [[T:(713) 555-0148]] and email [[E:jess.okafor.htx@example.com]]",
            ),
            (
                "a",
                "Noted, no shellfish for [[P:Chinedu]]! See you on the 4th – [[P:Bianca]], {{B:Mestolo Cooking School}}",
            ),
        ],
    },
    # 9. Cooking: a father never got the confirmation of a kids' pizza class
    {
        "business": "cooking",
        "platform": "whatsapp",
        "customer": "Will Baker",
        "lang": "en",
        "start": "2025-04-08T15:03",
        "messages": [
            (
                "c",
                "Hey there, [[P:Will Baker]] here, my wife [[P:Victoria]] booked a kids pizza class thru your website but we never got a confirmation email",
            ),
            ("a", "Hi [[P:Will]]! Let me check — what email did [[P:Victoria]] use?"),
            (
                "c",
                "probably [[E:vicky.baker77 at gmail dot com]], or mine [[E:will [at] bakerfamily [dot] com]]. the site also showed an error with our IP [[IP:98.207.33.145]] whatever that means",
            ),
            (
                "a",
                "Found it under [[P:Vicky Baker]]: {{PD:Little Chefs Pizza}} on {{D:Saturday 12 April}}, 3 kids + 2 adults, {{$:€210}}. Resent to the gmail 👍",
            ),
            (
                "c",
                "awesome thx. kids are [[P:Mason]], [[P:Grace]] and [[P:Noah]] for the name tags. [[P:Grace]] is gluten free",
            ),
            ("a", "Got it, GF dough for [[P:Grace]]. See you at {{TM:4 pm}}! – [[P:Bianca]]"),
        ],
    },
    # 10. Cooking: vegetarian market tour for a daughter and her elderly mother
    {
        "business": "cooking",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-09-15T07:26",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Priya Raghunathan]] from [[L:Edison]], [[L:New Jersey]]. Is the market tour + lunch vegetarian-friendly? My mom [[P:Lakshmi]] is coming too, she's 71",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Absolutely, chef [[P:Lorenzo]] does a full veg menu. The {{PD:Sant'Ambrogio Market Tour}} is {{$:€120}} pp. Can [[P:Lakshmi]] walk about 1 km?",
            ),
            (
                "c",
                "slowly yes 😊 we're staying at [[A:via dei Serragli 47, interno 2]] in [[L:Oltrarno]]. could someone pick her up? my cell [[T:+1 732 555 0187]]",
            ),
            (
                "a",
                "Our assistant [[P:Duccio]] can come with a cab at {{TM:9:15}}, {{$:€20}} extra. Booking ref {{R:MST-0919-03}}. How would you like to pay?",
            ),
            (
                "c",
                "card is fine: [[C:5186 8902 3214 1431]]. pls also send the receipt to [[E:priya.r.83@example.com]]",
            ),
            ("a", "Done ✔️ (next time the payment link is safer 🙏) Ciao! [[P:Bianca]]"),
        ],
    },
    # 11. Cooking: food creator proposes a filmed class, forwards his manager
    {
        "business": "cooking",
        "platform": "instagram",
        "customer": "danny_fox_eats",
        "lang": "en",
        "start": "2025-08-27T23:11",
        "messages": [
            (
                "c",
                "yo! [[P:Danny Fox]] here (@[[H:danny_fox_eats]], 80k followers). Coming to [[L:Florence]] in Oct, would love to film a class in exchange for a reel 🎥",
            ),
            ("a", "Hi [[P:Danny]]! Sounds fun. Can you send us your media kit?"),
            (
                "c",
                "all links here [[U:linktr.ee/dannyfoxeats]] – my manager is [[P:Kayla Brooks-Martinez]], [[E:kayla@brooksmgmt.example]]",
            ),
            (
                "a",
                "Thanks! We could do the {{PD:Bistecca & Chianti}} evening class on {{D:October 9}}. Our chef [[P:Lorenzo Mancini]] is fine with filming",
            ),
            (
                "c",
                "sick 🔥 also tagging my camera guy @[[H:rafa.shoots]], [[P:Rafa]] will come too",
            ),
            ("a", "Perfect, 2 spots reserved, ref {{R:COLLAB-1009}}. [[P:Bianca]] 🍝"),
        ],
    },
    # 12. Cooking: German couple cancels after an accident, refund to their IBAN
    {
        "business": "cooking",
        "platform": "whatsapp",
        "customer": "Lukas Schröder",
        "lang": "en",
        "start": "2025-08-20T12:47",
        "messages": [
            (
                "c",
                "Hello, we are [[P:Lukas]] and [[P:Hanna Schröder]] from [[L:Freiburg]]. We have to cancel our class on {{D:22 August}} because [[P:Hanna]] broke her ankle in [[L:Siena]] 😞",
            ),
            (
                "a",
                "Oh no, I'm so sorry! Get well soon [[P:Hanna]]. You are entitled to a full refund of {{$:€190}}. Could you send us your IBAN?",
            ),
            (
                "c",
                "Thank you. [[I:DE44500105175407324931]], account holder [[P:Lukas Schröder]]. Should I send the note from Dr. [[P:Bernardini]] at the hospital too?",
            ),
            (
                "a",
                "Not needed, no worries. Refund sent today, ref {{R:RIMB-0822-02}}. Maybe next year! [[P:Bianca]]",
            ),
            ("c", "grazie mille, siete gentilissimi 🙏", "it"),
        ],
    },
    # 13. Cooking: Italian travel agent books four American clients
    {
        "business": "cooking",
        "platform": "messenger",
        "customer": "Arianna Villa",
        "lang": "it",
        "start": "2025-06-30T09:18",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Arianna Villa]] dell'agenzia {{B:Viaggi Aurora}} di [[L:Monza]]. Avrei 4 clienti americani x il corso {{PD:Gelato Lab}} del {{D:15 luglio}}",
            ),
            ("a", "Buongiorno [[P:Arianna]]! Sì, ci sono posti. Mi dà i nominativi?"),
            (
                "c",
                "[[P:Robert]] e [[P:Linda Harmon]], [[P:Marcus Bell]] e la figlia [[P:Zoe]]. Alloggiano all'{{B:Hotel Calzaiuoli}}. Il cell di riferimento è quello di [[P:Robert]]: [[T:+1 (919) 555-0173]]",
            ),
            ("a", "Perfetto. Fattura all'agenzia? Mi serve la P.IVA"),
            (
                "c",
                "sì, P.IVA [[V:02774120907]], e mandate tutto a [[E:arianna.villa@viaggiaurora.example]]",
            ),
            ("a", "Ricevuto, conferma {{R:MST-0715-08}} inviata. Ciao, [[P:Bianca]]"),
            ("c", "grazie cara, [[P:Marcus]] è celiaco, mi ero dimenticata!! 🙈"),
            (
                "a",
                "Nessun problema, il gelato è senza glutine, per lui coppetta invece del cono 😉",
            ),
        ],
    },
    # 14. Cooking: a grandson offers his grandmother as a guest teacher
    {
        "business": "cooking",
        "platform": "telegram",
        "customer": "Nico Leone",
        "lang": "it",
        "start": "2025-10-04T16:55",
        "messages": [
            (
                "c",
                "salve, scrivo x mia nonna [[P:Giuseppina Leone]] detta [[P:Pina]], fa i pici a mano da 60 anni, prima a [[L:Montepulciano]], e le piacerebbe insegnare ai vostri turisti 😊 io sono [[P:Nico]]",
            ),
            ("a", "Ciao [[P:Nico]]! Che bella idea. Dove vive ora la signora [[P:Pina]]?"),
            (
                "c",
                "da noi a [[L:Scandicci]], [[A:via Roma 203 scala B]]. nn guida quindi andrebbe presa",
            ),
            ("a", "Possiamo mandare [[P:Duccio]] a prenderla. Ci lasci un numero?"),
            ("c", "il mio [[T:333.781.4420]], il suo fisso [[T:055 756 2291]] ma nn sente bene 😅"),
            (
                "a",
                "Perfetto, la chiamo io! Pensavamo a un {{PD:Pici della Nonna}} il {{D:giovedì}} pomeriggio, {{$:80 €}} a lezione. [[P:Bianca]]",
            ),
            ("c", "si emozionerà tantissimo grazie!! ❤️"),
        ],
    },
    # 15. Removals: Romanian family moving back to Cluj-Napoca
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Ionela Dumitrescu",
        "lang": "it",
        "start": "2025-05-05T18:09",
        "messages": [
            (
                "c",
                "buongiorno, siamo famiglia [[P:Dumitrescu]], ci trasferiamo da [[L:Torino]] a [[L:Cluj-Napoca]] a fine giugno. quanto costa trasloco trilocale?",
            ),
            (
                "a",
                "Buongiorno! Per un trilocale verso la [[L:Romania]] partiamo da {{$:3.200 €}} con groupage. Serve un sopralluogo. Indirizzo di partenza?",
            ),
            (
                "c",
                "[[A:corso Giulio Cesare 288, 5° piano]] senza ascensore 😬 [[A:10154]] [[L:Torino]]. arrivo [[A:strada Fabricii 71]], [[L:Cluj-Napoca]]",
            ),
            (
                "a",
                "Ok, sopralluogo {{D:mercoledì}} alle {{TM:18}}? Viene [[P:Ionut]], il nostro caposquadra, parla rumeno 😉 ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "perfetto!! mio marito [[P:Vasile]] sarà a casa. numero lui [[T:+40 741 223 918]], io [[T:389 204 7715]] ([[P:Ionela]])",
            ),
            ("a", "Segnato. A mercoledì! [[P:Tommaso]]"),
        ],
    },
    # 16. Removals: British family with a piano going back to Surrey
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Sarah Whitfield",
        "lang": "en",
        "start": "2025-05-27T20:33",
        "messages": [
            (
                "c",
                "Hi, we're relocating back to the [[L:UK]] in {{D:August}} after 6 years in [[L:Turin]]. Family of 4 + a piano 🙈 I'm [[P:Sarah Whitfield]]",
            ),
            (
                "a",
                "Hello [[P:Sarah]], ciao from {{B:Traslochi Sabauda}}! Where in the [[L:UK]], and from which address in [[L:Turin]]?",
            ),
            (
                "c",
                "From [[A:via Cibrario 59]], [[A:10143]] [[L:Torino]] ([[L:San Donato]]) to [[A:Rose Cottage, 14 Church Street]], [[L:Godalming]] [[A:GU7 1QZ]]. email is [[E:sarah.whitfield@example.co.uk]]",
            ),
            (
                "a",
                "Lovely. A piano needs a specialist crew. Rough price {{$:€7,500}} incl. customs paperwork after {{W:Brexit}}. When can we come for a survey?",
            ),
            (
                "c",
                "my husband [[P:Oliver]] is home on Tuesdays. his mobile [[T:07912 448 305]], mine is [[T:+44 (0)7834 116 920]]",
            ),
            ("a", "{{D:Tuesday 3 June}} at {{TM:5pm}} with [[P:Ionut]]. Ciao, [[P:Tommaso]]"),
            ("c", "perfetto, grazie mille! 😊", "it"),
        ],
    },
    # 17. Removals: freelancer moving to Berlin with boxes and a bike
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Fede Bianchi",
        "lang": "it",
        "start": "2025-06-16T11:20",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Federico Bianchi]], mi trasferisco a [[L:Berlino]] x lavoro, ho tipo 15 scatoloni e una bici. fate groupage?",
            ),
            (
                "a",
                "Ciao [[P:Federico]]! Sì, groupage verso il nord Europa ogni 15 giorni. 15 colli + bici circa {{$:690 €}}. Indirizzo di ritiro?",
            ),
            (
                "c",
                "[[A:via Nizza 150 int. 9]], [[L:San Salvario]]. a [[L:Berlino]] vado in [[A:Boxhagener Str. 34]], [[A:10245]] [[L:Friedrichshain]]",
            ),
            ("a", "Perfetto. Fattura a nome tuo?"),
            ("c", "sì sono a partita iva, [[V:IT04567890175]]. cf nn serve no?"),
            (
                "a",
                "Basta la P.IVA 👍 ritiro {{D:lunedì 7 luglio}} tra le {{TM:8}} e le {{TM:10}}. La mattina ti scrive l'autista [[P:Mihai]]",
            ),
            (
                "c",
                "top grazie, il mio cell [[T:3471129084]]. ah la bici è una {{B:Bianchi}} lol stesso cognome",
            ),
            ("a", "ahah 😄 la imballiamo con cura. Ciao, [[P:Tommaso]]"),
        ],
    },
    # 18. Removals: Moroccan man organises his brother's container to Casablanca
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-03-24T14:02",
        "messages": [
            (
                "c",
                "salam, buongiorno. Sono [[P:Youssef El Amrani]], lavoro a [[L:Nichelino]]. Mio fratello [[P:Karim]] torna in [[L:Marocco]], a [[L:Casablanca]], con moglie e 3 bambini, serve container",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! Container 20 piedi via nave dal {{W:porto di Genova}}, circa {{$:4.800 €}}. Il signor [[P:Karim]] dove abita?",
            ),
            (
                "c",
                "[[A:via Sestriere 12/A, scala C]], [[L:Nichelino]], piano terra. Il suo numero [[T:+39 320 665 1042]] ma parla poco italiano, meglio chiamare me [[T:0039 351 998 2107]]",
            ),
            (
                "a",
                "Ok. Per la dogana marocchina servono passaporto e certificato di residenza di [[P:Karim El Amrani]]. Ce li manda qui o via mail?",
            ),
            (
                "c",
                "li mando dalla mail di mia cognata [[P:Samira]]: [[E:samira.elamrani@example.ma]]",
            ),
            ("a", "Perfetto, grazie. Rif. pratica {{R:TRS-MA-2025-031}}. [[P:Tommaso]]"),
        ],
    },
    # 19. Removals: young couple moving to Lisbon with an aquarium
    {
        "business": "removals",
        "platform": "instagram",
        "customer": "neve_in_tour",
        "lang": "it",
        "start": "2025-09-02T22:15",
        "messages": [
            (
                "c",
                "ciaoo, mi chiamo [[P:Neve]] (sì come la neve ❄️ 😂) vado a vivere a [[L:Lisbona]] con il mio ragazzo [[P:Diego Ramírez]]",
            ),
            ("a", "Ciao [[P:Neve]]! Bellissimo 😍 quanta roba avete?"),
            (
                "c",
                "un bilocale, più il suo acquario 🐠 partiamo da [[L:Moncalieri]], [[A:borgo San Pietro 27]]",
            ),
            (
                "a",
                "Per l'acquario serve un imballo speciale. Totale stimato {{$:2.950 €}}, acconto 30%. Come preferisci pagare?",
            ),
            ("c", "carta, [[C:5412-9193-5913-2141]] intestata a [[P:Diego]], lui è d'accordo"),
            (
                "a",
                "Grazie, fatto ✅ ma la prossima volta usa il link sicuro 🙏 Indirizzo di arrivo a [[L:Lisbona]]?",
            ),
            (
                "c",
                "[[A:Rua das Flores 88, 3º esq.]], [[A:1200-195]] [[L:Lisboa]] ✨ seguici @[[H:neve_in_tour]] o su [[U:youtube.com/@neveintour]] x il vlog del trasloco",
            ),
            ("a", "Ahah lo guarderemo! Ciao, [[P:Tommaso]]"),
        ],
    },
    # 20. Removals: employee relocated to Brooklyn, HR contact forwarded
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Robbie Leone",
        "lang": "en",
        "start": "2025-07-07T16:48",
        "messages": [
            (
                "c",
                "Hi! [[P:Robbie]] here, [[P:Roberto Leone]] actually, my company is moving me to [[L:New York]] in September. Need a quote for a 1-bedroom",
            ),
            (
                "a",
                "Ciao [[P:Roberto]]! Sea freight door to door is about {{$:€5.400}}, 8-10 weeks. Destination address?",
            ),
            (
                "c",
                "[[A:418 Atlantic Ave, Apt 4B]], [[L:Brooklyn]], [[L:NY]] [[A:11217]]. my wife [[P:Giada]] will handle the paperwork, she's on [[T:+39 338 441 2096]]",
            ),
            ("a", "Great. Who's the HR contact at your company for the invoice?"),
            (
                "c",
                "[[P:Marianne Chu]], [[E:m.chu@helixpharma.example]]. the VAT number of the italian branch is [[V:IT02981130970]]. and tag me on ig if you post the container lol @[[H:robbie.leone.nyc]]",
            ),
            (
                "a",
                "Perfetto, grazie! Vi mando il preventivo {{R:TRS-US-0912}} entro {{D:domani}}. [[P:Tommaso]]",
            ),
            ("c", "grazie mille, ci sentiamo! 🇺🇸🇮🇹", "it"),
        ],
    },
    # 21. Removals: Ukrainian mother and daughter going home to Lviv
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Olena Kovalenko",
        "lang": "it",
        "start": "2025-04-14T08:37",
        "messages": [
            (
                "c",
                "Добрий день... scusi, buongiorno. Sono [[P:Olena Kovalenko]], torniamo a [[L:Leopoli]] con mia mamma [[P:Halyna]]. Avete furgone fino al confine polacco?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Kovalenko]]. Sì, arriviamo fino a [[L:Przemyśl]], poi prosegue un partner ucraino. Quanti mobili?",
            ),
            (
                "c",
                "poche cose, 20 scatole e lavatrice. stiamo in [[A:via Pietro Cossa 280/14]], [[L:Lucento]]. Mio cugino [[P:Taras]] aspetta a [[L:Przemyśl]]",
            ),
            (
                "a",
                "Perfetto. {{$:1.350 €}} totale, partenza {{D:15 maggio}}. Mi serve un contatto di [[P:Taras]]",
            ),
            (
                "c",
                "[[T:+380 67 512 4490]] lui parla inglese. Il mio cognome si scrive [[P:K-O-V-A-L-E-N-K-O]]",
            ),
            ("a", "Grazie [[P:Olena]], segnato tutto. [[P:Tommaso]] - {{B:Traslochi Sabauda}}"),
        ],
    },
    # 22. Honey: online order shipped to Bologna, paid with a personal PayPal link
    {
        "business": "honey",
        "platform": "instagram",
        "customer": "mielomane_ale",
        "lang": "it",
        "start": "2025-10-20T19:44",
        "messages": [
            (
                "c",
                "ciao! vorrei 3 vasetti di {{PD:miele di carrubo}} e 2 di {{PD:zagara}}, spedite a [[L:Bologna]]?",
            ),
            (
                "a",
                "Ciao! certo 🐝 3x carrubo {{$:9 €}} + 2x zagara {{$:8,50 €}} + spedizione {{$:7,90 €}} = {{$:51,90 €}}. Nome e indirizzo?",
            ),
            (
                "c",
                "[[P:Alessandra Dall'Olio]] c/o {{B:Tipografia Melloni}}, [[A:via del Pratello 96]], [[A:40122]] [[L:Bologna]], citofono [[P:Ferri-Dall'Olio]]",
            ),
            ("a", "Perfetto! Paghi con {{B:PayPal}}? il link è [[U:paypal.me/SalvoZagaraIblea]]"),
            (
                "c",
                "fatto! ordine {{O:#1184}}? 😍 ah sono @[[H:mielomane_ale]] se mi tagghi nelle storie",
            ),
            (
                "a",
                "Ricevuto, spedisco {{D:domani}} con {{B:BRT}}. Grazie [[P:Alessandra]]! [[P:Salvo]] 🐝",
            ),
        ],
    },
    # 23. Honey: local restaurateur writes in dialect, invoice with partita IVA
    {
        "business": "honey",
        "platform": "whatsapp",
        "customer": "Turi Occhipinti",
        "lang": "it",
        "start": "2025-11-28T07:58",
        "messages": [
            (
                "c",
                "[[P:salvo]] bongiornu, sugnu [[P:Turi]] do ristorante {{B:A Cialoma}}. mi servunu 20 kg di {{PD:millefiori}} pi {{W:Natale}}",
            ),
            (
                "a",
                "Ciao [[P:Turi]]! 20 kg te li preparo in secchielli da 5. {{$:11 €/kg}}, fattura al ristorante?",
            ),
            (
                "c",
                "sì, partita iva [[V:01987660881]], intestata a [[P:Salvatore Occhipinti]] ma chiamami [[P:Turi]] comu tutti",
            ),
            ("a", "Ok. Te li porto io in [[A:contrada Cisternazzi snc]] o passi tu in azienda?"),
            (
                "c",
                "portali tu, ca me mugghieri [[P:Maria Concetta]] nun voli ca lassu u lucali 😂 ci sugnu dopo i 10, u telefonu è [[T:0932 651 248]]",
            ),
            ("a", "Affare fatto, {{D:giovedì}} mattina. [[P:Salvo]]"),
        ],
    },
    # 24. Honey: American customer orders six jars to Seattle
    {
        "business": "honey",
        "platform": "messenger",
        "customer": "Emily Tan",
        "lang": "en",
        "start": "2025-03-03T02:16",
        "messages": [
            (
                "c",
                "Hi! I tasted your {{PD:Carob Honey}} at a farm stay near [[L:Modica]] last spring 😍 do you ship to the US?",
            ),
            (
                "a",
                "Hello! Yes, by {{B:DHL}}, max 6 jars per box because of customs. {{$:€9}}/jar + {{$:€38}} shipping.",
            ),
            (
                "c",
                "Perfect, 6 jars please to [[P:Emily Tan]], [[A:2210 NW Market St, Apt 305]], [[L:Seattle]], [[L:WA]] [[A:98107]]. phone [[T:206-555-0133]]",
            ),
            ("a", "Thanks [[P:Emily]]! Email for the DHL tracking?"),
            ("c", "[[E:emily dot tan dot sea at gmail dot com]] (spelled out bc of spam lol)"),
            (
                "a",
                "Shipped! Tracking {{TR:JD014600003318652840}}, order {{O:#1207}}. Grazie! [[P:Salvo]]",
            ),
            ("c", "got it, thank u [[P:Salvo]]!!"),
        ],
    },
    # 25. Honey: corporate gift boxes, the web shop blocked her IP
    {
        "business": "honey",
        "platform": "telegram",
        "customer": "Marta Li Causi",
        "lang": "it",
        "start": "2025-11-12T10:05",
        "messages": [
            (
                "c",
                "buongiorno, provo a ordinare sul vostro sito ma mi dice accesso negato per l'IP [[IP:151.38.112.7]] 🤷‍♀️ sono [[P:Marta Li Causi]]",
            ),
            (
                "a",
                "Buongiorno [[P:Marta]], mi scusi! Il filtro antispam a volte blocca le reti degli uffici. Cosa voleva ordinare?",
            ),
            (
                "c",
                "40 confezioni {{PD:Cofanetto Ibleo}} x i clienti del mio studio a [[L:Catania]]. fattura a {{B:Studio Li Causi & Partners}}, P.IVA [[V:06521440484]]",
            ),
            ("a", "Perfetto, {{$:24 €}} l'una, {{$:960 €}} totale. Indirizzo di consegna?"),
            (
                "c",
                "[[A:via Etnea 440, scala B, 3° piano]], [[A:95128]] [[L:Catania]]. referente [[P:Orazio]] in segreteria [[T:095 712 3349]]",
            ),
            (
                "a",
                "Ricevuto! Ordine {{O:ZI-2025-0040}}, consegna entro il {{D:10 dicembre}}. Buona giornata, [[P:Salvo]] 🐝",
            ),
        ],
    },
    # 26. Honey: Italian-American wants to visit the apiary near her grandfather's town
    {
        "business": "honey",
        "platform": "instagram",
        "customer": "hope.beekeeps",
        "lang": "en",
        "start": "2025-02-25T23:30",
        "messages": [
            (
                "c",
                "Hi from [[L:Ohio]]! I'm [[P:Hope Mancini]], my nonno [[P:Salvatore Mancini]] emigrated from [[L:Vittoria]] in {{D:1955}}. I'll be in [[L:Sicily]] in May, can I visit the bees? 🐝",
            ),
            (
                "a",
                "Hi [[P:Hope]]! What a lovely story ❤️ Yes, we do {{PD:apiary tours}} on Saturdays, {{$:€25}} with tasting. [[L:Vittoria]] is 20 min from us!",
            ),
            (
                "c",
                "amazing! my cousin [[P:Gianni]] from [[L:Comiso]] might come too. my whatsapp [[T:+1 (614) 555-0192]], and my little blog is [[U:hopemancinibees.example.com]]",
            ),
            (
                "a",
                "Perfect. {{D:Saturday 17 May}} at {{TM:9:30}}? I'll send you the pin on {{B:Google Maps}}.",
            ),
            ("c", "yesss see you then! follow me @[[H:hope.beekeeps]] 🐝"),
            ("a", "Followed! Ciao, [[P:Salvo]] & [[P:Concetta]]"),
        ],
    },
    # 27. Honey: jars broken in transit, refund to a joint account
    {
        "business": "honey",
        "platform": "whatsapp",
        "customer": "Raffaele Ferro",
        "lang": "it",
        "start": "2025-12-09T13:27",
        "messages": [
            (
                "c",
                "salve, mi è arrivato il pacco {{O:#1152}} con 2 vasetti rotti 😢 il corriere qui a [[L:Caserta]], un certo [[P:Gennaro]], ha detto di scrivervi",
            ),
            ("a", "Mi dispiace tanto! Mi manda una foto? Preferisce rimborso o nuova spedizione?"),
            (
                "c",
                "rimborso grazie. [[I:IT87N0200801043000102785530]] intestato a [[P:Raffaele Ferro]] e [[P:Serena Ferro]]",
            ),
            (
                "a",
                "Fatto, {{$:17 €}} rimborsati. Il tracking era {{TR:BRT 0571 2284 9931}}? Lo segnalo a {{B:BRT}}",
            ),
            (
                "c",
                "sì quello. cmq il miele salvato è buonissimo lo stesso 😂 mia suocera [[P:Bianca]] lo mette pure nel caffè. la prossima volta spedite in [[A:strada provinciale 335 km 7]] che il corriere nn trova mai la via",
            ),
            ("a", "ahah salutiamo la signora [[P:Bianca]]! Segnato l'indirizzo. [[P:Salvo]]"),
        ],
    },
    # 28. Honey: London chef orders tins and gets an overpayment back
    {
        "business": "honey",
        "platform": "messenger",
        "customer": "Ahmed Farouk",
        "lang": "en",
        "start": "2025-06-03T09:49",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Ahmed Farouk]], chef at {{B:Saffron & Thyme}} in [[L:Hackney]]. Can you do 30 kg of {{PD:Thyme Honey}} for our restaurant?",
            ),
            (
                "a",
                "Hi [[P:Ahmed]]! 30 kg in 5 kg tins, {{$:€330}} + pallet shipping {{$:€95}}. Delivery address?",
            ),
            (
                "c",
                "[[A:Unit 4, 17 Mare Street]], [[L:London]] [[A:E8 3RH]]. I paid {{$:€460}} by mistake instead of {{$:€425}} 😅 can you refund the difference to [[I:GB41 BARC 2057 1583 4477 26]]?",
            ),
            (
                "a",
                "Sure, {{$:€35}} back to your account today. Shipping {{D:Monday}}, tracking to follow. Who receives the pallet?",
            ),
            (
                "c",
                "my sous chef [[P:Grace Adeyemi]], [[T:020 7946 0321]], or me [[T:07700 900 772]]. our dishes are on [[U:instagram.com/chef.ahmed.farouk]] if you want to repost",
            ),
            ("a", "Done ✅ Grazie chef! [[P:Salvo]]"),
        ],
    },
    # 29. Music: mother enrols two children, receipts to the father
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Speranza D'Alessandro",
        "lang": "it",
        "start": "2025-08-28T20:12",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Speranza]], la mamma di [[P:Mattia]] e [[P:Sofia Di Pietro]]. vorrei iscriverli a pianoforte e chitarra da settembre",
            ),
            (
                "a",
                "Buonasera [[P:Speranza]]! Quanti anni hanno? Pianoforte con la maestra [[P:Rosa]], chitarra con il maestro [[P:Will Fox]]",
            ),
            (
                "c",
                "[[P:Mattia]] 8 e [[P:Sofia]] 11. le ricevute intestatele a mio marito [[P:Andrea Di Pietro]], cf [[CF:DPTNDR79T14G482V]] x la detrazione",
            ),
            (
                "a",
                "Perfetto. Iscrizione {{$:40 €}} a testa + retta {{$:85 €}}/mese. Open day {{D:sabato 13 settembre}} alle {{TM:16}}",
            ),
            (
                "c",
                "ci saremo! abitiamo a [[L:Montesilvano]], [[A:via Vestina 190]], se serve x l'iscrizione. mail [[E:speranza.dalessandro@example.it]]",
            ),
            ("a", "Grazie, vi aspettiamo! [[P:Fede]] - segreteria {{B:Il Pentagramma}}"),
        ],
    },
    # 30. Music: bass teacher applies, sends his website and channel
    {
        "business": "music",
        "platform": "instagram",
        "customer": "maestro_leo_bass",
        "lang": "it",
        "start": "2025-07-01T15:36",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Leonardo Ferrante]], bassista, ho visto che cercate un insegnante di basso elettrico. qui il mio sito [[U:www.leoferrantebass.it]]",
            ),
            ("a", "Ciao [[P:Leonardo]]! Sì, 2 pomeriggi a settimana. Lavori con P.IVA?"),
            (
                "c",
                "sì forfettario, [[V:03812070989]]. ho suonato con [[P:Mimmo Pace]] e la {{B:Banda della Riviera}} x 4 anni",
            ),
            ("a", "Ottimo. Mandaci il CV qui o per mail, come preferisci"),
            (
                "c",
                "te lo mando da [[E:leo at leoferrantebass dot it]], cmq trovi tutto anche su [[U:https://soundcloud.com/leo-ferrante-bass]] e su yt @[[H:maestro_leo_bass]]",
            ),
            (
                "a",
                "Bellissimo 🎸 colloquio {{D:lunedì}} alle {{TM:15:30}} con la direttrice [[P:Carla Santilli]]? [[P:Fede]]",
            ),
            ("c", "perfetto ci sono!! a lunedì"),
        ],
    },
    # 31. Music: British mother books English-language singing lessons
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Victoria Hughes",
        "lang": "en",
        "start": "2025-09-09T11:03",
        "messages": [
            (
                "c",
                "Hello! I'm [[P:Victoria Hughes]], we moved to [[L:Pescara]] from [[L:Leeds]] last year. My daughter [[P:Poppy]] (13) would love singing lessons, in English if possible?",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! Our vocal coach [[P:Serena Bello]] lived in [[L:Dublin]] for years, she'd be perfect. {{$:€30}} per 45 minutes.",
            ),
            (
                "c",
                "lovely. [[P:Poppy]] is in school till 4, Wednesdays ok? my number [[T:+44 7911 582 046]] (still a UK sim) or my husband [[P:Tom]] [[T:329 556 7813]]",
            ),
            (
                "a",
                "Wednesday {{TM:17:00}} works. We also do online lessons on {{B:Zoom}} if she's ill. Email for the invoices?",
            ),
            (
                "c",
                "[[E:victoria.hughes at outlook dot com]]. btw our home wifi keeps getting blocked by the school zoom, the IT guy asked for our IP: [[IP:2.44.187.203]] - does that help?",
            ),
            ("a", "I'll pass it to our tech guy. See you Wednesday! [[P:Fede]] 🎶"),
        ],
    },
    # 32. Music: adult drum student sets up a SEPA debit on his sister's account
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Giuse Tinari",
        "lang": "it",
        "start": "2025-03-17T21:14",
        "messages": [
            (
                "c",
                "salve, vorrei attivare l'addebito SEPA della retta x il corso di batteria. sono [[P:Giuseppe Tinari]], [[P:T-I-N-A-R-I]]",
            ),
            ("a", "Ciao [[P:Giuseppe]]! Ci servono l'IBAN e il codice fiscale dell'intestatario"),
            (
                "c",
                "iban [[I:IT08 W010 3084 2800 0000 1559 027]]. il conto è di mia sorella [[P:Lucia Tinari]] xke io nn ho ancora il conto qui a [[L:Pescara]], va bene uguale? lei è su telegram come @[[H:lucia_tinari]]",
            ),
            (
                "a",
                "Va bene se firma lei il mandato. Passate in segreteria {{D:giovedì}}? Chiedete di [[P:Fede]]",
            ),
            (
                "c",
                "ok, lei lavora a [[L:Chieti]] ma il giovedì esce presto. cmq il maestro [[P:Ricky]] mi ha detto che a {{W:Pasqua}} si fa il saggio?",
            ),
            (
                "a",
                "Sì, saggio il {{D:12 aprile}} al {{W:Teatro Massimo}}, ma nn ti agitare 😄 a giovedì! [[P:Fede]]",
            ),
        ],
    },
    # 33. Music: Indian family books a trial piano lesson, pays the first instalment
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Neha Sharma",
        "lang": "en",
        "start": "2025-10-01T08:45",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Neha Sharma]], my son [[P:Arjun]] is 10 and plays a bit of keyboard. We live in [[L:Francavilla al Mare]], [[A:lungomare Alcione 212]]. Is there a trial lesson?",
            ),
            (
                "a",
                "Hi [[P:Neha]]! Yes, a free trial with maestra [[P:Rosa Di Bello]] on {{D:Friday}} at {{TM:18:30}}.",
            ),
            (
                "c",
                "Wonderful. Should we buy a real piano? a friend sells a {{B:Yamaha}} {{PD:Clavinova}}",
            ),
            (
                "a",
                "For now a digital one is perfect 👍 The yearly fee can be paid by card in 3 instalments",
            ),
            (
                "c",
                "ok, charge the first one on [[C:3782 397635 98743]], name on card [[P:Rahul Sharma]] (my husband)",
            ),
            ("a", "Thanks, {{$:€255}} charged. Receipt to which email?"),
            ("c", "[[E:rahul.sharma.pe [at] gmail [dot] com]] please 🙏"),
            ("a", "Sent. See you Friday! [[P:Fede]]"),
        ],
    },
    # 34. Music: teenage sax student orders Christmas concert tickets
    {
        "business": "music",
        "platform": "instagram",
        "customer": "bianca.sax",
        "lang": "it",
        "start": "2025-12-01T17:17",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Bianca]] del corso di sax del martedì 🎷 mi date 4 biglietti x il concerto di {{W:Natale}}? x mamma, papà, nonna [[P:Iole]] e la mia amica @[[H:martina_drums07]]",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Biglietti da {{R:PEN-XMAS-0112}} a {{R:PEN-XMAS-0115}}, {{$:5 €}} l'uno, li ritiri in segreteria. Mi dici il cognome x la lista?",
            ),
            (
                "c",
                "[[P:Bianchini]], [[P:Bianca Bianchini]] lo so lo so 🙄😂 mio papà è [[P:Davide]]",
            ),
            (
                "a",
                "ahah bellissimo! segnati. Di' a [[P:Martina]] di portare le bacchette x la jam finale 😄",
            ),
            ("c", "siii!! ci vediamo al {{W:Teatro Massimo}}?"),
            ("a", "No, quest'anno all'{{W:Auditorium Flaiano}} 🎄 [[P:Fede]]"),
        ],
    },
    # 35. Music: a neighbour writes in dialect for a 78-year-old who wants accordion lessons
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Lella Marcozzi",
        "lang": "it",
        "start": "2025-11-03T09:26",
        "messages": [
            (
                "c",
                "bongiorno, scrive [[P:Lella]] la vicina di casa de [[P:Peppino Di Renzo]], issu nen sa usà lu telefono 😅 vo' 'mparà la fisarmonica a 78 anni",
            ),
            (
                "a",
                "Buongiorno [[P:Lella]]! Che bello, mai troppo tardi 🎶 abbiamo il maestro [[P:Nicola Pace]] che insegna fisarmonica",
            ),
            (
                "c",
                "quanto costa? [[P:Peppino]] sta a [[L:Spoltore]], [[A:contrada Santa Teresa 44]], se viene lu maestro a casa?",
            ),
            (
                "a",
                "A domicilio {{$:35 €}} a lezione, il maestro passa il {{D:mercoledì}} mattina. Ci lascia un numero?",
            ),
            ("c", "lu fisso de [[P:Peppino]] [[T:085 4962 317]], o lu mio [[T:348/7720195]]"),
            ("a", "Perfetto, segnato! Salutatecelo 😊 [[P:Fede]]"),
        ],
    },
    # 36. Boat: family from Turin charters a sailboat with skipper
    {
        "business": "boat",
        "platform": "whatsapp",
        "customer": "Carlo Leone",
        "lang": "it",
        "start": "2025-04-22T12:31",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Carlo Leone]] di [[L:Torino]], vorrei noleggiare il {{PD:Bavaria 46}} dal {{D:9 al 16 agosto}} con skipper",
            ),
            (
                "a",
                "Buongiorno [[P:Carlo]]! Il {{PD:Bavaria 46 Maestrale}} è libero 🙌 {{$:4.900 €}} la settimana + skipper {{$:1.400 €}}. Per il contratto servono CF e lista equipaggio",
            ),
            (
                "c",
                "cf [[CF:LNECRL75A01L219E]]. equipaggio: io, mia moglie [[P:Paola]], i figli [[P:Edoardo]] e [[P:Greta]], e la coppia di amici [[P:Stefano]] e [[P:Rosa Ferro]]. la mail è [[E:carlo.leone75@example.it]]",
            ),
            ("a", "Perfetto. Lo skipper sarà [[P:Marco Leone]], nessuna parentela con lei 😄"),
            (
                "c",
                "ahah un leone a bordo basta e avanza 😂 l'acconto lo faccio con bonifico da [[I:IT76U0306911204000004718235]]",
            ),
            (
                "a",
                "Ricevuto. Imbarco sabato {{D:9 agosto}} dalle {{TM:17}} al {{W:Molo Brin}}, rif. {{R:SMC-2025-0809}}. [[P:Gavino]]",
            ),
        ],
    },
    # 37. Boat: hen party day trip, the bride must not find out
    {
        "business": "boat",
        "platform": "instagram",
        "customer": "elisa.ferro.fi",
        "lang": "it",
        "start": "2025-05-29T22:48",
        "messages": [
            (
                "c",
                "ciaoo! organizzo l'addio al nubilato della mia amica [[P:Vittoria]] 👰 siamo 10 ragazze da [[L:Firenze]], giornata a {{W:Tavolara}} il {{D:21 giugno}}?",
            ),
            (
                "a",
                "Ciao! Che bello 🥂 gommone con skipper {{$:1.100 €}}, pranzo a bordo {{$:25 €}} a testa. A chi intestiamo?",
            ),
            (
                "c",
                "a me, [[P:Elisa Ferro]], cf [[CF:FRRLSE90M52D612I]]. ah la sposa sarà vestita da sirena 😂 nn ditelo a [[P:Vittoria]]",
            ),
            ("a", "Segreto assoluto 🤐 ci lasci un numero per il giorno?"),
            (
                "c",
                "[[T:+39 335 615 0427]] oppure la testimone [[P:Ginevra]] [[T:340 918 27 63]], la trovi anche su [[U:facebook.com/ginevra.costa.9]]. e taggate la sposa @[[H:vitto.dellorto]] nelle storie!",
            ),
            (
                "a",
                "Top! Rif. {{R:SMC-DAY-0621}}, ritrovo alle {{TM:9:30}} al {{W:Molo Brin}}. [[P:Victoria]] - {{B:Smeralda Charter}}",
            ),
        ],
    },
    # 38. Boat: Scottish group books a catamaran, brother-in-law has a licence
    {
        "business": "boat",
        "platform": "messenger",
        "customer": "James McAllister",
        "lang": "en",
        "start": "2025-03-11T19:58",
        "messages": [
            (
                "c",
                "Hi, [[P:James McAllister]] from [[L:Edinburgh]]. We're 6 adults looking at the {{PD:Lagoon 42}} catamaran, {{D:2-9 Sept}}. Is it available?",
            ),
            (
                "a",
                "Hello [[P:James]]! Yes 🙂 {{$:€6,800}} for the week + APA. Skipper and hostess are optional.",
            ),
            (
                "c",
                "we'll take the skipper, my brother-in-law [[P:Callum]] has the RYA licence but his wife [[P:Morag]] won't let him 😂",
            ),
            (
                "a",
                "Ha! A wise lady. For the contract I need a postal address and passport numbers.",
            ),
            (
                "c",
                "[[A:Birchwood House, 3 Braid Hills Road]], [[L:Edinburgh]] [[A:EH10 6HY]]. passports I'll email from [[E:j.mcallister@example.co.uk]]",
            ),
            ("a", "Perfect. Deposit link sent, ref {{R:SMC-2025-0902}}. Cheers, [[P:Victoria]]"),
            ("c", "cheers [[P:Victoria]]! cant wait for the {{W:Costa Smeralda}} 🌊"),
        ],
    },
    # 39. Boat: trip cancelled for the mistral, refund to the mother's Spanish account
    {
        "business": "boat",
        "platform": "telegram",
        "customer": "Pablo Ortega Ruiz",
        "lang": "en",
        "start": "2025-07-15T10:10",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Pablo Ortega Ruiz]]. Our trip on {{D:14 July}} was cancelled because of the mistral. You promised a refund?",
            ),
            (
                "a",
                "Hi [[P:Pablo]], yes, the wind was 35 knots, sorry! Full refund of {{$:€780}}. Please send the IBAN and the account holder",
            ),
            (
                "c",
                "[[I:ES6000491500051234567892]], holder [[P:María José Ruiz Ortega]], my mother, she paid with her card",
            ),
            (
                "a",
                "Done, refund {{R:RIMB-0714-11}}. Please tell Señora [[P:Ruiz Ortega]] we're sorry!",
            ),
            (
                "c",
                "no problem, my mum says next year! we live in [[L:Valencia]], [[A:calle de Colón 22, 4ºB]], if you send the gift voucher by post 🙂",
            ),
            ("a", "Will do! {{PD:Gift Voucher}} of {{$:€100}} on its way 🎁 [[P:Gavino]]"),
        ],
    },
    # 40. Boat: wife plans a sunset surprise for her husband, also called Gavino
    {
        "business": "boat",
        "platform": "whatsapp",
        "customer": "Giovanna Murgia",
        "lang": "it",
        "start": "2025-06-11T18:40",
        "messages": [
            (
                "c",
                "bonasera, so [[P:Giovanna]], vorrei fare una sorpresa a mio marito [[P:Gavino]] x i 30 anni di matrimonio, un giro al tramonto {{D:sabato}}",
            ),
            (
                "a",
                "Buonasera [[P:Giovanna]]! Anche io mi chiamo [[P:Gavino]] 😄 {{PD:Sunset Tour}} con aperitivo {{$:180 €}} per due. Partenza {{TM:18:45}}",
            ),
            (
                "c",
                "perfetto! la fattura a lui, [[P:Gavino Sanna]] cf [[CF:SNNGVN68L22G015Z]], abitiamo a [[L:Murta Maria]], [[A:via Tavolara 5]]. la foto di lui x riconoscerlo è su [[U:facebook.com/gavino.sanna.68]] 😂",
            ),
            (
                "a",
                "Registrato. Se vuole portiamo anche una torta, il pasticcere [[P:Tonino]] di {{B:Dolci Sardi Pinna}} fa le {{PD:seadas}} giganti 😋",
            ),
            ("c", "siiii! pago con carta [[C:4929-2260-0621-9589]] o passo in porto?"),
            (
                "a",
                "Meglio in porto col POS, e non scriva la carta in chat 🙏 a sabato! [[P:Gavino]]",
            ),
            (
                "c",
                "ops 🙈 a sabato! nn dite niente a [[P:Gavino]] mi raccomando, se chiama dal fisso [[T:0789 58 14 22]] fate finta di niente 😂",
            ),
        ],
    },
    # 41. Boat: American couple rents a small boat, the website flagged their IP
    {
        "business": "boat",
        "platform": "instagram",
        "customer": "theo.sails",
        "lang": "en",
        "start": "2025-09-23T07:05",
        "messages": [
            (
                "c",
                "hey! [[P:Theo]] and [[P:Rosie Kaminski]] here 🇺🇸 we found you via @[[H:costa.smeralda.life]], can we rent a small boat without a license for a day?",
            ),
            (
                "a",
                "Hi [[P:Theo]]! Yes, the {{PD:Lomac 5.5}} (40 hp, no license needed), {{$:€190}}/day + fuel.",
            ),
            (
                "c",
                "sweet. our friend [[P:Will Kaminski]] (my brother) will join, he wants to pay his part by venmo, his is [[U:venmo.com/u/Will-Kaminski-7]]",
            ),
            (
                "a",
                "Ha, we don't have Venmo 😅 card at the dock is fine. Full names for the rental form?",
            ),
            (
                "c",
                "[[P:Theodore Kaminski]], [[P:Rosalind Kaminski]] aka [[P:Rosie]]. our airbnb is in [[L:San Pantaleo]], the host is [[P:Giommaria]]. cell [[T:+1 312.555.0162]]",
            ),
            ("a", "Got it. Pickup at {{TM:9:00}} on {{D:Thursday}}. Ciao, [[P:Victoria]]"),
            (
                "c",
                "also the booking on your site failed twice, said suspicious IP [[IP:73.162.48.211]] 🤔 we're on the airbnb wifi",
            ),
            (
                "a",
                "Sorry! I'll ask [[P:Gavino]] to whitelist it. You're booked anyway: {{R:SMC-RIB-1107}}",
            ),
        ],
    },
    # 42. Boat: French company books a team day, EU VAT and French IBAN
    {
        "business": "boat",
        "platform": "telegram",
        "customer": "Amélie Durand",
        "lang": "en",
        "start": "2025-06-24T13:13",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Amélie Durand]] from [[L:Lyon]]. My company wants a team day on 2 boats in September, 14 people. You can check me on [[U:linkedin.com/in/amelie-durand-lyon]]",
            ),
            (
                "a",
                "Bonjour [[P:Amélie]]! 2 RIBs with skipper, {{$:€2,300}} total with lunch. Invoice details?",
            ),
            (
                "c",
                "{{B:Durand Conseil SARL}}, VAT [[V:FR96412345670]], [[A:18 rue de la Charité]], [[A:69002]] [[L:Lyon]]. we pay by transfer from [[I:FR7630006000011234567890189]]",
            ),
            ("a", "Merci! And the contact person on the day?"),
            (
                "c",
                "my assistant [[P:Nadia Benali]], [[T:+33 6 12 48 90 37]], [[E:nadia.benali@durandconseil.example]]",
            ),
            ("a", "Perfect, ref {{R:SMC-TEAM-0918}}. À bientôt! [[P:Victoria]]"),
        ],
    },
    # 43. Removals: German HR books the move of an engineer from Turin to Stuttgart
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Katrin Weber",
        "lang": "en",
        "start": "2025-08-12T07:44",
        "messages": [
            (
                "c",
                "Good morning, [[P:Katrin Weber]], HR at {{B:Vogt Antriebstechnik GmbH}}. We relocate our engineer [[P:Mara Panza]] and her partner from [[L:Turin]] to [[L:Stuttgart]] in October.",
            ),
            ("a", "Good morning [[P:Katrin]]! Happy to help. Is the invoice to the GmbH?"),
            (
                "c",
                "Yes, VAT [[V:DE136695976]]. [[P:Mara]] will give you the details, her email is [[E:mara.panza93@example.it]]",
            ),
            ("a", "Thanks. For the Italian side we'd need her codice fiscale and both addresses"),
            (
                "c",
                "She sent me this: [[CF:PNZMRA93R58L219X]]. Pickup [[A:via Po 18, 3° piano int. 7]], [[L:Torino]], delivery [[A:Silberburgstraße 112]], [[A:70176]] [[L:Stuttgart]]",
            ),
            (
                "a",
                "Perfect. Quote {{R:TRS-DE-1003}}, {{$:€3,950}}, crew lead [[P:Ionut]]. Best, [[P:Tommaso]]",
            ),
        ],
    },
    # 44. Dental: a son writes for his elderly father's loose denture
    {
        "business": "dental",
        "platform": "telegram",
        "customer": "Gianluca Zanardelli",
        "lang": "it",
        "start": "2025-10-13T08:02",
        "messages": [
            (
                "c",
                "pota buongiorno, scrivo x mio papà [[P:Bortolo]], la dentiera gli balla 😅 sono [[P:Gianluca Zanardelli]]",
            ),
            (
                "a",
                "Buongiorno [[P:Gianluca]]! Il dott. [[P:Bonetti]] può fare la ribasatura. Il papà riesce a venire in studio?",
            ),
            (
                "c",
                "lo porto io, stiamo a [[L:Nave]], [[A:frazione Cortine, via Sant'Antonio 9]]. è pensionato, c'è l'esenzione?",
            ),
            (
                "a",
                "L'esenzione no, siamo privati, ma per gli over 80 facciamo {{$:120 €}} invece di {{$:160 €}}. {{D:Venerdì}} alle {{TM:10:20}}?",
            ),
            (
                "c",
                "va bene. casa [[T:(030) 253 9974]], cell [[T:+39 333 71 48 220]]. ah lui sente poco quindi parlate forte 😂 ghe pensa la me sorèla [[P:Ornella]] a ricordaglielo",
            ),
            ("a", "Ci pensa [[P:Neve]], ha una voce squillante 😄 [[P:Ilaria]]"),
        ],
    },
    # 45. Boat: sunglasses forgotten on board, shipped to Naples
    {
        "business": "boat",
        "platform": "whatsapp",
        "customer": "Pino Esposito",
        "lang": "it",
        "start": "2025-08-18T09:21",
        "messages": [
            (
                "c",
                "uè buongiorno, so [[P:Pino Esposito]], ieri eravamo sul gommone con lo skipper [[P:Marco]] e mia moglie [[P:Carmela]] ha perso i {{B:Ray-Ban}} 😭",
            ),
            (
                "a",
                "Buongiorno [[P:Pino]]! Li abbiamo trovati sotto il prendisole 😎 dove li spediamo?",
            ),
            (
                "c",
                "[[A:calata San Marco 13]], [[A:80133]] [[L:Napoli]], oppure ci vediamo oggi a [[L:Golfo Aranci]] prima del traghetto delle {{TM:15}}",
            ),
            ("a", "Meglio spedirli, oggi siamo tutti fuori. Con {{B:SDA}} sono {{$:9,90 €}}, ok?"),
            (
                "c",
                "ok. il numero di [[P:Carmela]] x il corriere [[T:081/5514 327]] o il mio [[T:366 409 1188]]. grazie assai!",
            ),
            (
                "a",
                "Spediti, tracking {{TR:SDA 6219 8804 3317}}. Un saluto alla signora [[P:Carmela]]! [[P:Gavino]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(40, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
