"""Fourth hand-written blind test corpus: chats written one by one by hand, no templates, no Faker.

Every conversation below was composed by hand, blind (without looking at the anonymiser, at its
tests or at the other corpora), in the voices of real customers and agents of six invented
businesses: an accountant's office in Bologna, a boutique hotel near Catania, a tattoo studio in
Naples, a kids' clothing e-commerce, a car rental at Pisa airport and a bike rental in Val Gardena
(see ``BUSINESS_NAMES``): 240 messages in 41 conversations, 131 in Italian (some in Sicilian
or Neapolitan dialect, some code-switching) and 109 in English (UK, US, Irish, Australian and
non-native writers). All people, addresses and numbers are invented; identifiers that carry a
check digit (IBAN, codice fiscale, partita IVA, card numbers) were computed once with python-stdnum
or the Luhn algorithm and pasted as literal text.

Markup inside the texts:

- ``[[TYPE:value]]`` marks personal data (``TYPE`` is an alias in ``ENTITY_ALIASES``: ``P``
  person, ``E`` e-mail, ``T`` phone, ``IBAN``, ``CARD``, ``CF`` codice fiscale, ``PIVA`` partita
  IVA, ``IP``, ``URL``, ``H`` handle, ``LOC`` town where someone lives or works, ``ADDR``
  postal address);
- ``{{KIND:value}}`` marks a look-alike that must survive anonymisation (order numbers, bookings,
  tracking codes, prices, dates, times, codes, products, brands and business names, plain words).

The script strips the markup, computes the offsets and writes ``handwritten4_corpus.jsonl`` next
to itself, one labelled message per line (the format read by ``privacy.evaluate.load_dataset``).
Timestamps are derived from the position of the conversation and of the message, so every run
writes the same bytes. Regenerate with::

    .venv/bin/python tests/data/make_handwritten4_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten4_corpus.jsonl")

# Page names of the six invented businesses (a Page's own name is a brand, not personal data).
BUSINESS_NAMES: dict[str, str] = {
    "marchetti": "Studio Contabile Marchetti",
    "ognina": "Hotel Baia di Ognina",
    "seppia": "Tattoo Nero Seppia",
    "pulcino": "Pulcino Verde Kids",
    "galilei": "Galilei Car Rental Pisa Airport",
    "sassolungo": "Sassolungo Bike Rental",
}
PAGE_IDS: dict[str, str] = {
    "marchetti": "hw4-page-101",
    "ognina": "hw4-page-102",
    "seppia": "hw4-page-103",
    "pulcino": "hw4-page-104",
    "galilei": "hw4-page-105",
    "sassolungo": "hw4-page-106",
}

ENTITY_ALIASES: dict[str, str] = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CARD": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "PIVA": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "H": "HANDLE",
    "LOC": "LOCATION",
    "ADDR": "ADDRESS",
}
KEEP_KINDS = (
    "ORDER",
    "BOOKING",
    "TRACKING",
    "PRICE",
    "DATE",
    "TIME",
    "CODE",
    "PRODUCT",
    "BRAND",
    "WORD",
)

# A conversation: business key, platform, the customer's display name, and its messages as
# (role, language, marked text) or (role, language, marked text, minutes since the previous
# message); role "c" is the customer, "a" the business's agent.
Message = tuple[str, str, str] | tuple[str, str, str, int]
Conversation = tuple[str, str, str, list[Message]]

CONVERSATIONS: list[Conversation] = [
    # 1 - tradesman dictating to his phone from the van
    (
        "marchetti",
        "whatsapp",
        "Salvatore Bruno",
        [
            (
                "c",
                "it",
                "buongiorno dottoressa sono [[P:Salvatore Bruno]] l'elettricista le scrivo dal "
                "furgone col vocale allora mi serve sapere quando scade l'F24 del saldo che mia "
                "moglie [[P:Carmela]] dice che è il 16 ma io mi ricordo il 30 poi le mando le foto "
                "delle fatture di maggio che le ho fatte tutte col telefono",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Salvatore]]! Saldo e primo acconto si pagano entro il "
                "{{DATE:30 giugno}}, ha ragione lei 😉 L'IVA del secondo trimestre invece va "
                "versata entro il {{DATE:16 agosto}}. Mi mandi pure le foto, le guardo io. "
                "[[P:I.M.]]",
            ),
            (
                "c",
                "it",
                "perfetto allora le mando anche il codice fiscale giusto che quello di prima "
                "l'aveva scritto sbagliato [[CF:BRNSVT71C14F839J]] la partita iva invece è sempre "
                "quella [[PIVA:03814621201]] punto",
            ),
            (
                "a",
                "it",
                "Ricevuto, grazie. Le è arrivata anche una PEC dall'Agenzia delle Entrate, "
                "gliel'ho inoltrata su [[E:salvatore.bruno.impianti@pec.it]], la controlli per "
                "favore. [[P:Ilaria Marchetti]]",
            ),
            (
                "c",
                "it",
                "no aspetti la pec l'ho cambiata adesso è "
                "[[E:brunoimpiantielettrici@legalmail.it]] "
                "quella vecchia non la guardo più da quando ci siamo spostati a "
                "[[LOC:Casalecchio di Reno]] il capannone nuovo è in "
                "[[ADDR:via Porrettana 311 scala B]] dietro al gommista",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, aggiorno l'anagrafica con PEC e sede nuova e la comunichiamo "
                "noi alla Camera di Commercio. Buon lavoro! Studio",
            ),
            ("c", "it", "grazie dottoressa buona giornata"),
        ],
    ),
    # 2 - an elderly lady writing a formal letter
    (
        "marchetti",
        "messenger",
        "Graziella Fontanarossa",
        [
            (
                "c",
                "it",
                "Gentilissima Dottoressa [[P:Marchetti]],\n"
                "mi permetto di disturbarLa tramite questo mezzo, che mio nipote [[P:Lorenzo]] mi "
                "ha insegnato ad usare, per chiederLe se quest'anno sia possibile presentare il "
                "modello 730 anche per la pensione di reversibilità del mio povero marito "
                "[[P:Aldo]].\n"
                "Le trascrivo i dati che mi ha chiesto la Sua segretaria:\n"
                "Codice fiscale: [[CF:FNTGZL48M52C351J]]\n"
                "Residenza: [[ADDR:Via Saragozza 58\n40123 Bologna]]\n"
                "Telefono di casa: [[T:051 644 2817]]\n"
                "In attesa di un Suo cortese riscontro, porgo distinti saluti.\n"
                "[[P:Graziella Fontanarossa]] ved. [[P:Ricci]]",
            ),
            (
                "a",
                "it",
                "Gentile Signora [[P:Fontanarossa]], certamente: nel 730 possiamo inserire anche "
                "la pensione di reversibilità. Ci servono la Certificazione Unica dell'INPS e gli "
                "scontrini delle spese mediche del {{DATE:2025}}. Può passare in studio oppure "
                "farli portare da Suo nipote. Cordiali saluti, [[P:Ilaria Marchetti]]",
            ),
            (
                "c",
                "it",
                "La ringrazio infinitamente. Le porterà tutto mio figlio [[P:Fabrizio]] giovedì "
                "mattina: lavora a [[LOC:San Lazzaro di Savena]] e passa da Voi prima "
                "dell'ufficio. Gli scontrini della farmacia sono in una busta gialla.\n"
                "Distinti saluti.\n[[P:G. Fontanarossa]]",
            ),
            (
                "a",
                "it",
                "Benissimo, lo aspettiamo giovedì dalle {{TIME:9.00}}. Buona giornata!\n"
                "Segreteria {{BRAND:Studio Marchetti}}",
            ),
            (
                "c",
                "it",
                "Dimenticavo: il cellulare di mio figlio, qualora servisse, è "
                "[[T:+39 347 118 9023]]. Ossequi.",
            ),
        ],
    ),
    # 3 - a British illustrator with a partita IVA in Umbria
    (
        "marchetti",
        "whatsapp",
        "Becky Moore",
        [
            (
                "c",
                "en",
                "Hi [[P:Ilaria]], it's [[P:Becky Moore]] – [[P:Tom]]'s friend, the illustrator "
                "from "
                "[[LOC:Montecastello di Vibio]]. [[P:Tom]] said you take forfettario clients in "
                "English? "
                "I opened my partita IVA last March ([[PIVA:04128450618]]) and honestly I have no "
                "idea what an F24 is 🙈",
            ),
            (
                "a",
                "en",
                "Hi [[P:Becky]], yes of course, happy to help! In the regime forfettario you pay "
                "tax and INPS contributions with the F24 form, mostly in {{DATE:June}} and "
                "{{DATE:November}}. Could you send me your codice fiscale and the invoices you've "
                "issued so far? [[P:Ilaria]]",
            ),
            (
                "c",
                "en",
                "Brilliant. CF is [[CF:mrorcc85e61z114o]] (sorry, phone won't do capitals). The "
                "invoices are in a Drive folder, I'll share it from "
                "[[E:becky.moore.draws@gmail.com]]. My portfolio is "
                "[[URL:https://www.behance.net/beckymooredraws]] if you want to "
                "see what I actually do lol",
            ),
            (
                "a",
                "en",
                "Lovely work! 😍 For the F24 payments we can debit your account directly through "
                "our home-banking delegation: which IBAN should we use?",
            ),
            (
                "c",
                "en",
                "It's the {{BRAND:Fineco}} one: [[IBAN:IT32 M030 1503 2000 0000 3517 390]]. My UK "
                "account is still open too, [[IBAN:GB77 BARC 2045 1873 0265 19]], does that matter "
                "for the foreign income bit?",
            ),
            (
                "a",
                "en",
                "Thanks [[P:Becky]]. Yes, the UK account goes in the quadro RW of your tax return, "
                "so it "
                "does matter 🙂 I'll call you next week. Is [[T:+44 7700 914362]] still your "
                "number?",
            ),
            ("c", "en", "Nope, Italian one now: [[T:339 402 7715]]. Cheers!!"),
        ],
    ),
    # 4 - a pedantic engineer with a full signature block
    (
        "marchetti",
        "messenger",
        "Pasquale Ferro",
        [
            (
                "c",
                "it",
                "Spett.le {{BRAND:Studio Contabile Marchetti}},\n"
                "con la presente segnalo che il portale Fatture e Corrispettivi mi ha notificato "
                "un accesso alla mia area riservata dall'indirizzo IP [[IP:93.41.187.22]] in data "
                "{{DATE:12/03/2026}} alle ore {{TIME:22:47}}, orario in cui il sottoscritto "
                "dormiva. Chiedo se tale accesso sia riconducibile a codesto Studio.\n"
                "Distinti saluti\n\n"
                "Ing. [[P:Pasquale Ferro]]\n"
                "[[ADDR:Via Andrea Costa 14/2\n40134 Bologna (BO)]]\n"
                "Cod. Fisc. [[CF:FRRPQL59A01H501J]]\n"
                "P. IVA [[PIVA:02915730580]]\n"
                "Cell. [[T:+39 335 6120 448]]\n"
                "PEC [[E:pasquale.ferro@ingpec.eu]]",
            ),
            (
                "a",
                "it",
                "Buonasera Ing. [[P:Ferro]], sì, l'accesso è nostro: la collega [[P:Martina]] ha "
                "scaricato le fatture passive per la liquidazione IVA, con la delega che ci ha "
                "firmato a gennaio. Non c'è nulla di anomalo. [[P:I. Marchetti]]",
            ),
            (
                "c",
                "it",
                "Prendo atto. Gradirei tuttavia essere avvisato preventivamente. Comunico "
                "altresì che il numero fisso [[T:051/6390127]] non è più attivo.\n"
                "Distinti saluti\nIng. [[P:P. Ferro]]",
            ),
            (
                "a",
                "it",
                "Certo, d'ora in poi la avvisiamo prima di ogni accesso. Buona serata,\n"
                "[[P:Martina Dell'Acqua]]\n{{BRAND:Studio Contabile Marchetti}}",
            ),
        ],
    ),
    # 5 - a restaurant owner forwarding the data of a new cook
    (
        "marchetti",
        "whatsapp",
        "Fortunato Porta",
        [
            (
                "c",
                "it",
                "Dottoressa buongiorno, ho preso un ragazzo in cucina da lunedì, le giro i dati "
                "che mi ha mandato",
            ),
            (
                "c",
                "it",
                "Inoltrato:\nciao [[P:Fortunato]] questi sono i miei dati per il contratto\n"
                "[[P:Emmanuel Owusu]]\nnato a [[LOC:Kumasi]] (Ghana) il 03/09/1996\n"
                "codice fiscale [[CF:WSOMNL96P03Z318B]]\n"
                "iban [[IBAN:IT51S0538736920000042105566]]\n"
                "abito in [[ADDR:via Emilia Levante 120, int. 5]], [[LOC:Bologna]]\n"
                "grazie capo!",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Fortunato]], ricevuto tutto. Per la comunicazione UNILAV ci "
                "serve anche la copia del permesso di soggiorno di [[P:Emmanuel]]. Ce l'ha? "
                "[[P:Tommaso]]",
            ),
            (
                "c",
                "it",
                "si ce l ho lo fotografo stasera dopo il servizio. il cellulare suo è "
                "[[T:3281904577]] se vi serve",
            ),
            ("a", "it", "Ok grazie, buon servizio! 👨‍🍳 [[P:Tommy]] dello Studio"),
        ],
    ),
    # 6 - short messages, an obfuscated e-mail
    (
        "marchetti",
        "messenger",
        "Serena Fabbri",
        [
            ("c", "it", "ciao!"),
            ("c", "it", "mi serve la quietanza dell'F24 di maggio x la banca, è per il mutuo"),
            (
                "a",
                "it",
                "Ciao [[P:Serena]]! Te l'ho appena mandata su [[E:serena.fabbri@libero.it]] 😊 "
                "[[P:Ilaria]]",
            ),
            (
                "c",
                "it",
                "non arriva... ah forse è quella vecchia, ora uso "
                "[[E:sere.fabbri87 at gmail dot com]]",
            ),
            ("a", "it", "Rimandata! Se non la vedi guarda nello spam"),
            (
                "c",
                "it",
                "arrivata grazie mille!!! 😘 [[P:Mark]] ti saluta, dice che a settembre apre la "
                "partita iva anche lui",
            ),
        ],
    ),
    # 7 - an Irish couple on Instagram
    (
        "ognina",
        "instagram",
        "Siobhán Gallagher",
        [
            (
                "c",
                "en",
                "Hiya! Myself and my husband [[P:Declan]] have a booking with ye from the "
                "{{DATE:14th to the 18th of May}}, ref {{BOOKING:BO-24817}}. Our flight doesn't "
                "land til half eleven so we'd be with ye around midnight, is that grand?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Siobhán]]! Absolutely, our night porter [[P:Alfio]] will be at the desk. "
                "Just drop us a message when you land 🌙 – [[P:Agata]], Reception",
            ),
            (
                "c",
                "en",
                "Thanks a mill. Could we also book the boat trip to Aci Trezza for the Thursday? "
                "I can pay the deposit now, card is [[CARD:4921 8177 6530 1226]] exp 09/28",
            ),
            (
                "a",
                "en",
                "Thank you! Just a tip: better not to share card numbers in chat, we'll take the "
                "deposit at check-in 🙂 The boat trip ({{PRICE:€45}} per person) is booked for "
                "Thursday at {{TIME:10:30}}. [[P:Agata]]",
            ),
            ("c", "en", "Oops sorry!! [[P:Declan]] says I'm a disaster 😂 see ye in May"),
            (
                "c",
                "en",
                "Ah one more thing, my sister [[P:Aoife]] might join us for two nights, she's "
                "[[H:@aoife.gallagher.travels]] on insta, she'll message ye herself",
            ),
            (
                "a",
                "en",
                "Perfect, we'll look out for her message! A presto, Staff {{BRAND:Baia di Ognina}}",
            ),
        ],
    ),
    # 8 - a Sicilian aunt booking rooms for a wedding, in dialect
    (
        "ognina",
        "whatsapp",
        "Nella",
        [
            (
                "c",
                "it",
                "Bongiorno, sugnu [[P:Nella Cannizzaro]], a zia da zita. Mi servunu tri cammari "
                "pu matrimoniu di me niputi [[P:Giusy]] cu [[P:Carmelo Bello]], u 20 di giugnu. "
                "Macari cu a vista mari si può",
            ),
            (
                "a",
                "it",
                "Buongiorno Signora [[P:Cannizzaro]] e auguri agli sposi! 💍 Per il "
                "{{DATE:20 giugno}} abbiamo ancora tre camere vista mare: due doppie e una tripla, "
                "{{PRICE:180 €}} a notte con colazione. Gliele blocco? [[P:Concetta]]",
            ),
            (
                "c",
                "it",
                "si bloccale. na duppia pi mia e me maritu [[P:Nino]], l'autra pi me soru "
                "[[P:Rosa]] ca veni di [[LOC:Paternò]] e a tripla pi me figghiu [[P:Salvo]] cu a "
                "mugghieri e u picciriddu",
            ),
            (
                "a",
                "it",
                "Fatto! Mi serve un numero di telefono e un'email per mandare la conferma. "
                "[[P:C. La Rosa]]",
            ),
            (
                "c",
                "it",
                "u telefunu di casa è chistu [[T:095 7123448]] ma cchiù megghiu u cellulari di me "
                "figghiu [[T:340-2219-087]]. email nun n'aiu, scrivila a iddu "
                "[[E:salvo.cannizzaro76@hotmail.it]]",
            ),
            (
                "a",
                "it",
                "Perfetto, ho mandato la conferma {{BOOKING:BO-25102}} a [[P:Salvo]]. Per "
                "qualsiasi cosa sono qui! 🌊",
            ),
            ("c", "it", "grazzi assai figghia mia, si na brava carusa"),
        ],
    ),
    # 9 - an Australian guest who left her e-reader behind
    (
        "ognina",
        "messenger",
        "Hope Mitchell",
        [
            (
                "c",
                "en",
                "G'day! [[P:Hope]] here from room 12 (well, was, we checked out this morning). "
                "Reckon I left my {{PRODUCT:Kindle}} on the bedside table 😩 any chance someone "
                "found it?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Hope]]! Yes, housekeeping found a {{PRODUCT:Kindle}} with a koala sticker "
                "🐨 We can post it to you, just send us an address.",
            ),
            (
                "c",
                "en",
                "Legend!! We're in Rome till Sunday then home. Home is "
                "[[ADDR:17 Banksia Street, Mitchelton QLD 4053]], Australia",
            ),
            (
                "a",
                "en",
                "Got it. International registered post is about {{PRICE:€28}}, we can charge the "
                "card you used at check-in or you can pay with {{BRAND:PayPal}}. [[P:Agata]]",
            ),
            (
                "c",
                "en",
                "Card's fine. My partner [[P:Jack Cook]] says thanks heaps too, he's the one who "
                "nicked the extra cannoli from breakfast haha",
            ),
            ("a", "en", "Tell [[P:Jack]] they were on the house 😄 – Reception"),
            (
                "a",
                "en",
                "Here you go: tracking {{TRACKING:RR204417385IT}}, posted today. Safe travels! "
                "[[P:Agata]]",
            ),
            ("c", "en", "Posted already?? You lot are bloody champions. 5 stars from us ⭐"),
        ],
    ),
    # 10 - an influencer asking for a free stay
    (
        "ognina",
        "instagram",
        "bianca.inviaggio",
        [
            (
                "c",
                "it",
                "ciao!! sono [[P:Bianca]] di [[H:@bianca.inviaggio]] (48k) 🌸 io e il mio ragazzo "
                "[[P:Fede]] saremo in Sicilia a luglio, vi andrebbe una collab? 3 reel + stories "
                "in cambio del soggiorno 🥰",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Bianca]], grazie per aver pensato a noi! Non offriamo soggiorni "
                "gratuiti, però possiamo farti il 15% con il codice {{CODE:OGNINA15}} 🙂 "
                "[[P:Agata]]",
            ),
            (
                "c",
                "it",
                "ok capito. se cambiate idea scrivetemi a [[E:collab.biancainviaggio@gmail.com]] "
                "o al mio manager [[P:Riccardo Serra]] [[T:+39 02 8719 3340]]. il media kit è "
                "qui [[URL:linktr.ee/bianca.inviaggio]]",
            ),
            ("a", "it", "Ricevuto, grazie e buone vacanze! 🌊"),
            ("c", "it", "🙏🏻"),
        ],
    ),
    # 11 - an American guest travelling with her mother
    (
        "ognina",
        "whatsapp",
        "Grace Kowalski",
        [
            (
                "c",
                "en",
                "Hello! This is [[P:Grace Kowalski]], I have a reservation for 2 rooms under my "
                "name arriving {{DATE:June 3}}. My mom [[P:June]] uses a wheelchair – is the hotel "
                "accessible? Also, do you arrange pickups from Catania airport?",
            ),
            (
                "a",
                "en",
                "Dear [[P:Grace]], welcome! Yes, we have an accessible room on the ground floor "
                "with a roll-in shower and I've assigned it to your mom. The airport pickup is "
                "{{PRICE:€40}} per car.\nWarm regards,\n[[P:Concetta La Rosa]]\nGuest Relations",
            ),
            (
                "c",
                "en",
                "Wonderful, thank you [[P:Concetta]]! Please book the pickup. Flight is "
                "{{CODE:AZ 1731}} landing at {{TIME:2:15 PM}}. My cell is [[T:(773) 418-2290]]",
            ),
            (
                "a",
                "en",
                "Booked! Our driver [[P:Alfio]] will be waiting in arrivals with a sign with your "
                "name on it.",
            ),
            (
                "c",
                "en",
                "Perfect. My brother [[P:Will]] might fly over from [[LOC:Boston]] on the 5th, "
                "would there be a room for him?",
            ),
            (
                "a",
                "en",
                "Of course, we'll hold a single for [[P:Will]] until the 1st, just confirm by "
                "then. [[P:Concetta]]",
            ),
        ],
    ),
    # 12 - a complaint about the car park
    (
        "ognina",
        "messenger",
        "Marco Russo",
        [
            (
                "c",
                "it",
                "Salve, siamo stati da voi il weekend scorso. Tutto molto bello ma nessuno ci ha "
                "detto che il parcheggio si paga {{PRICE:15 euro}} al giorno!!! Sul sito non c'è "
                "scritto. [[P:Marco Russo]]",
            ),
            (
                "a",
                "it",
                "Gentile [[P:Marco]], ha ragione, l'informazione era solo nella mail di conferma. "
                "Ci scusiamo: le rimborsiamo i {{PRICE:30 €}}. Mi indica un IBAN? "
                "[[P:Concetta]]",
            ),
            (
                "c",
                "it",
                "Grazie, apprezzo. Il conto è intestato a mia moglie [[P:Lucia Gatto]]: "
                "[[IBAN:IT41P0103016900000001234721]]",
            ),
            (
                "a",
                "it",
                'Bonifico disposto oggi, causale "rimborso parcheggio '
                '{{BOOKING:BO-24390}}". Buona serata!',
            ),
        ],
    ),
    # 13 - a teenager and her mother's consent
    (
        "seppia",
        "instagram",
        "sofi.q",
        [
            ("c", "it", "ciaoo raga quanto costa un tattoo piccolo tipo una lunetta sul polso"),
            (
                "a",
                "it",
                "Ciao! Dipende dalla grandezza, una lunetta piccola parte da {{PRICE:80€}}. Hai "
                "già 18 anni? [[P:Rino]]",
            ),
            (
                "c",
                "it",
                "nn ancora li faccio a novembre 😭 ma mia mamma è d'accordo giuro viene con me",
            ),
            (
                "a",
                "it",
                "Ok, allora serve il consenso firmato da un genitore più il documento suo e il "
                "tuo. Come vi chiamate?",
            ),
            (
                "c",
                "it",
                "io sono [[P:sofia quispe]] e mia mamma [[P:Lourdes]]. ti scrivo il suo numero "
                "così vi sentite [[T:3713098244]]",
            ),
            (
                "a",
                "it",
                "Perfetto [[P:Sofia]]. Vi segno sabato {{DATE:14}} alle {{TIME:16}}? Portate la "
                "carta d'identità tutte e due!",
            ),
            (
                "c",
                "it",
                "siii grazie milleee 🖤🌙 ah la mia amica [[P:Gaia]] vuole venire a guardare si "
                "può?? è [[H:@gaia.nonrisponde]] su ig",
            ),
            ("a", "it", "Certo, una persona sola però che lo studio è piccolo 😅 -[[P:R]]"),
        ],
    ),
    # 14 - a Neapolitan customer
    (
        "seppia",
        "instagram",
        "lino_capasso",
        [
            (
                "c",
                "it",
                "uè frate', aggio visto 'o lavoro ca avite fatto a [[H:@totonno_ink]], 'o lione "
                "ncopp' 'a spalla. io voglio na cosa accussì ma cchiù gruosso, quanto vène?",
            ),
            (
                "a",
                "it",
                "Uè! Grazie 🖤 Per una spalla intera siamo sui {{PRICE:400-450 euro}}, in due "
                "sedute. Mandami una foto della zona e il riferimento. [[P:Rino]]",
            ),
            (
                "c",
                "it",
                "jamme bell. mo te manno 'a foto. io so [[P:Pasquale Capasso]] ma tutti me "
                "chiammano [[P:Lino]], stongo a [[LOC:Pomigliano d'Arco]]. vengo cu mio cugino "
                "[[P:Gigi]] che pure isso se vo fa' na cosa",
            ),
            (
                "a",
                "it",
                "Perfetto [[P:Lino]]! Prima seduta martedì {{DATE:3 marzo}} alle {{TIME:11}}? "
                "Per bloccare la data serve un acconto di {{PRICE:100€}}, anche con "
                "{{BRAND:Satispay}}",
            ),
            ("c", "it", "martedì nun pozzo, fatico. giovedì?"),
            ("a", "it", "Giovedì {{DATE:5}} alle {{TIME:15:30}}, ti segno 👍"),
            (
                "c",
                "it",
                "grazie assaje fra. 'o profilo mio è chisto si me vuo' taggà "
                "[[URL:https://www.facebook.com/lino.capasso.94]]",
            ),
        ],
    ),
    # 15 - an American tourist and walk-ins
    (
        "seppia",
        "instagram",
        "richbaker_sf",
        [
            (
                "c",
                "en",
                "hey! I'm in Naples till friday, do you guys take walk-ins? want one of your flash "
                "designs, the little octopus 🐙",
            ),
            (
                "a",
                "en",
                "Hi! Yes, walk-ins Wed and Thu from {{TIME:2pm}}. The octopus flash is "
                "{{PRICE:€120}}. What's your name so I can save it for you? – [[P:Marisol]]",
            ),
            (
                "c",
                "en",
                "awesome, it's [[P:Rich]]. [[P:Richard Baker]] on the ID I guess. my whatsapp is "
                "[[T:+1 415 839 2071]] if that's easier",
            ),
            ("a", "en", "Saved for you [[P:Rich]] 🐙 see you Wednesday! Bring your ID please"),
            (
                "c",
                "en",
                "will do. my buddy [[P:Nate]] wants the anchor one too, can he come thursday?",
            ),
            ("a", "en", "Sure! Tell [[P:Nate]] to come at {{TIME:3}} 😊 [[P:Marisol]]"),
        ],
    ),
    # 16 - an irritated tattoo and a doctor
    (
        "seppia",
        "whatsapp",
        "Chiara Ferrari",
        [
            (
                "c",
                "it",
                "Buonasera, sono [[P:Chiara Ferrari]], ho fatto il tatuaggio sulla caviglia con "
                "[[P:Marisol]] due settimane fa. È ancora rosso e gonfio, è normale?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Chiara]], mi mandi una foto? Se è caldo al tatto o hai la febbre vai "
                "subito dal medico. [[P:Marisol]]",
            ),
            (
                "c",
                "it",
                "è un po' caldo sì. domani vado dal mio medico, il dottor [[P:Amato]] a "
                "[[LOC:Casoria]]",
            ),
            (
                "a",
                "it",
                "Fai bene. Fammi sapere cosa dice, e intanto niente sole e niente mare. Se ti "
                "prescrive una crema te la rimborsiamo noi 🖤",
            ),
            (
                "c",
                "it",
                "Aggiornamento: il dott. [[P:Amato]] dice che è solo un'irritazione, mi ha dato "
                "il {{PRODUCT:Gentalyn Beta}} per una settimana. tutto ok 🙏",
            ),
            ("a", "it", "Che sollievo! Grazie di averci aggiornato [[P:Chiara]] ❤️"),
        ],
    ),
    # 17 - wrong size delivered
    (
        "pulcino",
        "messenger",
        "Valentina De Luca",
        [
            (
                "c",
                "it",
                "Buongiorno, ordine {{ORDER:PV-100482}}. Mi è arrivata la tutina "
                "{{PRODUCT:Nuvola}} taglia 3-6 mesi invece di 12-18 😕 mia figlia [[P:Ginevra]] "
                "ha un anno, non le entra neanche un braccio",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Valentina]], che pasticcio, ci scusiamo! Le spediamo subito la "
                "12-18 e il ritiro della taglia sbagliata è gratuito. Confermi l'indirizzo "
                "[[ADDR:via Cesare Battisti 22, 20025 Legnano]]?\n— [[P:Federica]], Customer Care",
            ),
            (
                "c",
                "it",
                "Sì, citofono [[P:De Luca]] / [[P:Crippa]]. Se non ci siamo lasciatelo pure alla "
                "vicina, la signora [[P:Gatto]] al piano terra",
            ),
            (
                "a",
                "it",
                "Segnato! Il corriere {{BRAND:BRT}} passa domani tra le {{TIME:9}} e le "
                "{{TIME:13}}. Tracking {{TRACKING:084512330078945}}",
            ),
            ("c", "it", "Arrivata e già indossata 😍 grazie! Il reso l'ho dato al corriere"),
        ],
    ),
    # 18 - a mum in Manchester
    (
        "pulcino",
        "instagram",
        "hollysmith.mum",
        [
            (
                "c",
                "en",
                "Hi there! Do you ship to the UK? I'd love the knitted cardigan "
                "{{PRODUCT:Nuvola}} in sage for my little one (2-3 yrs) 💚",
            ),
            (
                "a",
                "en",
                "Hi! Yes we do, 5-7 working days, shipping is {{PRICE:€12}}. Since Brexit there "
                "might be customs charges on delivery though. [[P:Bea]] 🐥",
            ),
            (
                "c",
                "en",
                "Lovely, ordered! {{ORDER:PV-100517}}. The card payment failed twice though, I "
                "think my bank's being fussy. Can I pay by bank transfer instead?",
            ),
            (
                "a",
                "en",
                "Sure, we'll hold the order for 48h. Our IBAN is in the confirmation e-mail, "
                "please put the order number as the reference 🙂",
            ),
            (
                "c",
                "en",
                "Done! Sent from my husband's account ([[P:Bill Smith]]) in case you're wondering "
                "who it's from. Please post to:\n[[P:Holly Smith]]\n"
                "[[ADDR:14 Ferndale Road\nChorlton\nManchester M21 9PL]]",
            ),
            (
                "a",
                "en",
                "Payment received, thanks [[P:Holly]]! {{WORD:Shipped}} today, tracking "
                "{{TRACKING:CH118265940IT}} 🇬🇧",
            ),
            ("c", "en", "you're stars ⭐"),
        ],
    ),
    # 19 - a grandmother who does not use the internet
    (
        "pulcino",
        "whatsapp",
        "Annamaria",
        [
            (
                "c",
                "it",
                "Buongiorno sono la nonna di [[P:Edoardo]] vorrei comprare la giacca a vento blu "
                "che ho visto sul vostro catalogo quella col cappuccio per un bambino di 6 anni. "
                "Non sono pratica di internet posso ordinarla qui?",
            ),
            (
                "a",
                "it",
                "Buongiorno Signora! Certo, la aiutiamo noi. È la giacca {{PRODUCT:Vento Leggero}} "
                "taglia 6 anni, {{PRICE:49,90 €}}. Mi dice nome, indirizzo di consegna e un "
                "numero di telefono? [[P:Federica]]",
            ),
            (
                "c",
                "it",
                "[[P:Annamaria Bianchi]]\nabito in [[ADDR:località Pianezze 12]] frazione di "
                "[[LOC:Valdobbiadene]] provincia di Treviso\ntel [[T:0423 97 45 12]]\n"
                "la carta è questa [[CARD:5168-8339-0274-6156]] scadenza 11/27",
            ),
            (
                "a",
                "it",
                "Grazie Signora [[P:Bianchi]]! Per sicurezza non scriva mai il numero della carta "
                "in chat 🙏 Le mandiamo un link di pagamento per SMS: per l'SMS però serve un "
                "cellulare, ne ha uno?",
            ),
            (
                "c",
                "it",
                "Ah scusi non lo sapevo. Il cellulare ce l'ha mia figlia [[P:Daniela]] "
                "[[T:345 887 1203]] lei sa fare.",
            ),
            (
                "a",
                "it",
                "Perfetto, link inviato a [[P:Daniela]]. Appena paga spediamo. Un abbraccio a "
                "[[P:Edoardo]]!",
            ),
            ("a", "it", "{{WORD:Spedito}}! 📦 Arriva giovedì {{DATE:12}}.", 1260),
            ("c", "it", "Grazie cara siete gentilissimi. Saluti [[P:Annamaria]]"),
        ],
    ),
    # 20 - an angry customer in capitals
    (
        "galilei",
        "messenger",
        "Massimo Porta",
        [
            (
                "c",
                "it",
                "BUONGIORNO VI SCRIVO PERCHÈ MI AVETE ADDEBITATO {{PRICE:300 EURO}} DI DANNI PER "
                "UN GRAFFIO CHE C'ERA GIÀ!!!! CONTRATTO {{BOOKING:GCR-55812}} HO LE FOTO!!!!",
            ),
            (
                "a",
                "it",
                "Buongiorno, mi dispiace per il disagio. Mi manda le foto del ritiro e il nome "
                "dell'intestatario del contratto? Verifichiamo subito. [[P:Serena]] – "
                "{{BRAND:Galilei Car Rental}}",
            ),
            (
                "c",
                "it",
                "INTESTATO A ME [[P:MASSIMO PORTA]]. LE FOTO LE HO MANDATE IERI ALLA VOSTRA MAIL "
                "E NESSUNO RISPONDE. LA MIA È [[E:MASSIMO.PORTA63@TISCALI.IT]] VERIFICATE",
            ),
            (
                "a",
                "it",
                "Trovate, grazie. Nelle foto del ritiro il graffio sul paraurti c'è già: ha "
                "ragione lei. Abbiamo annullato l'addebito di {{PRICE:300 €}}, lo vedrà sulla "
                "carta entro 5-7 giorni lavorativi. Mi scuso a nome di tutto il team. [[P:Serena]]",
            ),
            (
                "c",
                "it",
                "ALMENO. LA PROSSIMA VOLTA CONTROLLATE PRIMA DI ADDEBITARE. mio figlio "
                "[[P:Davide]] mi diceva di lasciar perdere ma non è giusto",
            ),
            (
                "a",
                "it",
                "Ha perfettamente ragione. Sulla prossima prenotazione ha il 10% di sconto con il "
                "codice {{CODE:SCUSA10}}. Buona giornata Sig. [[P:Porta]]",
            ),
        ],
    ),
    # 21 - a delayed flight from Gatwick
    (
        "galilei",
        "whatsapp",
        "Mark Hollis",
        [
            (
                "c",
                "en",
                "Morning, I've got a {{PRODUCT:Fiat 500}} booked for tomorrow night, collection "
                "{{TIME:21:40}}, ref {{BOOKING:GCR-60214}}. Our {{BRAND:easyJet}} from Gatwick is "
                "delayed about 2 hours, will the desk still be open?",
            ),
            (
                "a",
                "en",
                "Good morning! The desk closes at midnight, so you should be fine. If you land "
                "later just text this number and we'll wait for you. [[P:Mattia]]",
            ),
            (
                "c",
                "en",
                "Cheers [[P:Mattia]]. Can I also add my wife [[P:Jo]] as second driver? "
                "[[P:Joanne Hollis]], UK licence. What's the charge?",
            ),
            (
                "a",
                "en",
                "Additional driver is {{PRICE:€8/day}}. She'll need to show her licence at the "
                "desk. Added to the booking ✔️",
            ),
            (
                "c",
                "en",
                "Landed! Queue for passport control, 15 mins tops. If you need to ring me it's "
                "[[T:07911 654302]]. [[P:Mark]]",
                1950,
            ),
            ("a", "en", "No rush, I'm here. Desk 4, arrivals hall. [[P:M.]]"),
        ],
    ),
    # 22 - a Dutch customer writing in English
    (
        "galilei",
        "messenger",
        "Pieter van Dijk",
        [
            (
                "c",
                "en",
                "Hello, I have question about the deposit. On my credit card they block "
                "{{PRICE:1.200 euro}}, is this normal? I am two weeks in Toscana and I need this "
                "money also for the hotels.",
            ),
            (
                "a",
                "en",
                "Hi! Yes, the deposit is only a pre-authorisation, it is released when you return "
                "the car without damage. [[P:Serena]]",
            ),
            (
                "c",
                "en",
                "OK. But I see also a second block of {{PRICE:80 euro}}? The card is "
                "[[CARD:4539 7712 0438 8159]] maybe you can check",
            ),
            (
                "a",
                "en",
                "Please don't write the full card number here 🙏 The {{PRICE:€80}} is the fuel "
                "deposit, it goes back if you return the car full.",
            ),
            (
                "c",
                "en",
                "Sorry for this. My wife [[P:Marieke]] say I am always too fast 😅 Thank you "
                "[[P:Serena]]!\nGroeten,\n[[P:Pieter van Dijk]]\n[[LOC:Amersfoort]]",
            ),
        ],
    ),
    # 23 - a plumber dictating (punctuation spoken as words)
    (
        "galilei",
        "whatsapp",
        "Gianni Rossi",
        [
            (
                "c",
                "it",
                "buongiorno sono [[P:Gianni Rossi]] le scrivo col vocale che sto guidando virgola "
                "mi serve un furgone per sabato mattina tipo un {{PRODUCT:Ducato}} per fare il "
                "trasloco a mia sorella [[P:Marta]] da [[LOC:Pontedera]] a [[LOC:Cascina]] "
                "virgola quanto costa punto interrogativo",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Gianni]], il {{PRODUCT:Ducato}} da 12 m³ il sabato costa "
                "{{PRICE:95 €}} più i km extra. Ritiro alle {{TIME:8:00}}? Per la fattura mi "
                "servono ragione sociale e partita IVA. [[P:Mattia]]",
            ),
            (
                "c",
                "it",
                "sì alle 8 va bene la fattura a [[P:Rossi]] Impianti Idraulici di "
                "[[P:Rossi Giovanni]] partita iva [[PIVA:01773940828]] codice fiscale "
                "[[CF:RSSGNN90T10G273J]] sede in [[ADDR:via Tosco Romagnola 1880]] "
                "[[LOC:Pontedera]] e la PEC è [[E:rossi impianti chiocciola pec punto it]]",
            ),
            ("a", "it", "Tutto segnato, le mando il preventivo sulla PEC. A sabato!"),
            (
                "c",
                "it",
                "grazie mille a sabato ah dimenticavo guida anche mio cognato "
                "[[P:Kevin Lami]] punto",
            ),
        ],
    ),
    # 24 - a German tourist writing in simple Italian
    (
        "sassolungo",
        "whatsapp",
        "Claudia W.",
        [
            (
                "c",
                "it",
                "Buongiorno, io sono [[P:Claudia Weißenbach]]. Io volere noleggiare due e-bike "
                "per domani, per me e mio marito [[P:Helmut]]. Nostra casa vacanze è "
                "[[ADDR:Strada Ciampinëi 14]]",
            ),
            (
                "a",
                "it",
                "Buongiorno Signora! Certo: due e-bike per domani, {{PRICE:45 €}} al giorno "
                "ciascuna. Le portiamo alla casa vacanze alle {{TIME:9}}? [[P:Lukas]]",
            ),
            (
                "c",
                "it",
                "Si, perfetto! Ore 9. Mio numero è [[T:+49 171 4438920]]. Grazie mille, io "
                "parlo poco italiano scusa 😅",
            ),
            ("a", "it", "Nessun problema, parla benissimo! [[P:Lukas]]"),
            ("c", "it", "Domani piove? Se piove noi cancellare?"),
            ("a", "it", "Se piove la cancellazione è gratis fino alle {{TIME:8}} 👍"),
        ],
    ),
    # 25 - a local organising a group of friends
    (
        "sassolungo",
        "telegram",
        "Vigil Demetz",
        [
            (
                "c",
                "it",
                "Ciao, sono [[P:Vigil Demetz]], vorrei prenotare 6 mtb per sabato per un gruppo "
                "di amici. Siamo io, [[P:Ujep Runggaldier]], [[P:Ulrike Senoner]], [[P:Iaco]], "
                "[[P:Manuela Insam]] e [[P:Toni Perathoner]]. Le altezze te le mando dopo",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Vigil]]! Per sabato ho 6 {{PRODUCT:Scott Spark}} libere, {{PRICE:38 €}} "
                "l'una. Mandami le altezze così preparo le taglie. [[P:Verena]]",
            ),
            (
                "c",
                "it",
                "altezze:\n- io 1,82\n- [[P:Ujep]] 1,75\n- [[P:Ulrike]] 1,68\n- [[P:Iaco]] 1,90\n"
                "- [[P:Manu]] 1,60\n- [[P:Toni]] 1,78",
            ),
            ("a", "it", "Perfetto. La fattura a chi la intesto?"),
            (
                "c",
                "it",
                "a me: [[P:Demetz Vigil]], [[ADDR:Strada Plan 27]], [[LOC:Plan de Gralba]], CF "
                "[[CF:DMTVGL88P12I691S]]",
            ),
            (
                "a",
                "it",
                "Fatto ✔️ Ci vediamo sabato alle {{TIME:8:30}} in negozio.\n[[P:Verena]] – "
                "{{BRAND:Sassolungo Bike Rental}}",
            ),
        ],
    ),
    # 26 - an Australian couple and a ZTL fine
    (
        "galilei",
        "whatsapp",
        "Bronwyn Kelly",
        [
            (
                "c",
                "en",
                "Hi, got an email saying you've passed my details on to the Florence police for a "
                "ZTL fine?? We were only in Florence for like 20 minutes to drop our bags. Also "
                "what's this {{PRICE:€35}} admin fee 🤨",
            ),
            (
                "a",
                "en",
                "Hi [[P:Bronwyn]], sorry about that. The ZTL is the restricted traffic zone in the "
                "centre: the cameras send the fine to the car owner (us), and the law says we must "
                "give them the driver's name. The {{PRICE:€35}} is our fee for doing that. The "
                "fine itself will reach you by post. [[P:Serena]]",
            ),
            (
                "c",
                "en",
                "Fair dinkum, nobody told us that at the desk. [[P:Dazza]] was driving, not me, "
                "does that matter? His name's [[P:Darren Kelly]]",
            ),
            (
                "a",
                "en",
                "Unfortunately the contract {{BOOKING:GCR-58107}} has only you as driver, so the "
                "notice goes to you. Can you confirm your postal address?",
            ),
            (
                "c",
                "en",
                "[[ADDR:Unit 5, 22 Wattle Grove\nFremantle WA 6160]]\nAustralia. Mobile "
                "[[T:0412 883 061]]. Bit of a bummer to end the trip but ok, cheers",
            ),
            (
                "a",
                "en",
                "Thanks [[P:Bronwyn]], all noted. Sorry again and safe flight home! [[P:Serena]] – "
                "{{BRAND:Galilei Car Rental}}",
            ),
        ],
    ),
    # 27 - a corporate customer with a full signature block
    (
        "galilei",
        "messenger",
        "Chelsea Porter",
        [
            (
                "c",
                "en",
                "Good afternoon,\n\nI rented a {{PRODUCT:VW T-Roc}} from your Pisa Airport "
                "location "
                "({{BOOKING:GCR-60877}}, {{DATE:March 9-13}}) for business travel. Our finance "
                "team requires an itemized invoice made out to the company rather than the "
                "receipt I was given at the counter. Could you please reissue it?\n\n"
                'Additionally, your website returned "Access denied for [[IP:73.162.40.19]]" '
                "when I attempted to download it myself.\n\n"
                "Best regards,\n\n"
                "[[P:Chelsea R. Porter]]\n"
                "Senior Procurement Analyst | {{BRAND:Halvorsen Medical Devices}}, Inc.\n"
                "[[ADDR:2100 Clearwater Dr, Suite 300\nMinneapolis, MN 55416]]\n"
                "Office: [[T:+1 (612) 555-4830]] | Mobile: [[T:612.809.2214]]\n"
                "[[E:c.porter@halvorsenmed.com]]\n"
                "[[URL:linkedin.com/in/chelsea-porter-procurement]]",
            ),
            (
                "a",
                "en",
                "Good afternoon Ms [[P:Porter]], of course. Please send us the company's full "
                "legal name, billing address and tax ID and we'll reissue the invoice within 24h. "
                "Our website blocks some foreign IP ranges by mistake, we've reported it. Kind "
                "regards, [[P:Mattia Barsotti]]",
            ),
            (
                "c",
                "en",
                "Thank you, [[P:Mattia]]. Billing details: {{BRAND:Halvorsen Medical Devices}}, "
                "Inc., "
                "[[ADDR:2100 Clearwater Dr, Suite 300, Minneapolis, MN 55416]], EIN 41-2289034. "
                "Please also cc my manager, [[P:Doug Whitfield]] "
                "([[E:d.whitfield@halvorsenmed.com]]).\n\nBest regards,\n[[P:Chelsea]]",
            ),
            (
                "a",
                "en",
                "Done: invoice {{CODE:FT-2026-01184}} sent to you and Mr [[P:Whitfield]]. Have a "
                "nice day! [[P:M. Barsotti]]",
            ),
            ("c", "en", "Received. Thank you for the prompt assistance."),
        ],
    ),
    # 28 - a retired English lady writing on behalf of her club
    (
        "sassolungo",
        "messenger",
        "Florence Ashby",
        [
            (
                "c",
                "en",
                "Dear Sir or Madam,\n\nI am writing on behalf of the Godalming Ramblers, a group "
                "of eight rather energetic pensioners, who will be staying in Selva from "
                "{{DATE:the 2nd to the 9th of September}}. Several of our members have never "
                "ridden an electric bicycle. Would it be possible to arrange a short lesson "
                "before we set off? Mr and Mrs [[P:Pettigrew]] would also like a tandem, if such "
                "a thing exists.\n\nYours faithfully,\n\n"
                "Mrs [[P:Florence Ashby]]\n[[ADDR:Flat 3, Rosemount House\n11 Church Lane\n"
                "Godalming GU7 1EX]]\nTel. [[T:01483 427915]]",
            ),
            (
                "a",
                "en",
                "Dear Mrs [[P:Ashby]],\nthank you for your lovely message! Yes, we offer a free "
                "30-minute e-bike lesson on the flat path by the river, and we do have one tandem "
                "(e-assisted, too 😊). Shall I reserve 7 e-bikes and the tandem?\n"
                "Kind regards,\n[[P:Verena Demetz]]",
            ),
            (
                "c",
                "en",
                "Dear [[P:Verena]],\nHow splendid. Yes please. I should mention that Mr "
                "[[P:Pettigrew]] is rather tall (6'4\") and that our treasurer, Mr [[P:Rich]], "
                "will settle the bill. Might we pay by bank transfer from England?\n"
                "With kind regards,\n[[P:Florence Ashby]]",
            ),
            (
                "a",
                "en",
                "Of course! We'll send the bank details to Mr [[P:Rich]]'s e-mail if you give it "
                "to us. And we have an XL frame for Mr [[P:Pettigrew]] 🙂 [[P:Verena]]",
            ),
            (
                "c",
                "en",
                "His address is [[E:geoffrey.rich(at)btinternet.com]] — I am told one writes it "
                "like that to avoid the robots.\n[[P:F. A.]]",
            ),
        ],
    ),
    # 29 - a broken chain on the pass road
    (
        "sassolungo",
        "telegram",
        "Matthias Gruber",
        [
            (
                "c",
                "en",
                "Hello, here is [[P:Matthias]], I have from you the e-MTB number 17. The chain is "
                "broken, I am on the road to Passo Sella, maybe 3 km after the last hotel. Can "
                "somebody come?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Matthias]]! Stay where you are, our mechanic [[P:Hannes]] is coming with "
                "the van, 20 minutes. Send your position if you can. [[P:Lukas]]",
            ),
            ("c", "en", "[position] ok I wait at the bus stop"),
            (
                "c",
                "en",
                "[[P:Hannes]] is here, very nice man, thank you. But the ride is now finish for "
                "today 😕 "
                "can I have back the money for the half day?",
            ),
            (
                "a",
                "en",
                "Of course, we refund {{PRICE:€25}}. Do you want it on the card or by bank "
                "transfer?",
            ),
            (
                "c",
                "en",
                "Transfer please, [[IBAN:DE44 7002 0270 0015 7328 46]], [[P:Matthias Gruber]], "
                "[[LOC:Rosenheim]]. Thank you for the fast help!!",
            ),
            ("a", "en", "Sent today 👍 Hope to see you again in Gröden! Team {{BRAND:Sassolungo}}"),
        ],
    ),
    # 30 - a Milanese group mixing Italian and English
    (
        "sassolungo",
        "instagram",
        "ludo.bertolini",
        [
            (
                "c",
                "it",
                "heyy raga ho un issue col booking {{BOOKING:SB-3391}}: siamo in 4 e non in 3, "
                "si è aggiunto all'ultimo [[P:Ale]] 🙄 riuscite a darci un'altra e-mtb per "
                "sabato? tipo stessa size della mia",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Ludovica]]! Sì, sabato ne abbiamo ancora due libere. Che altezza ha "
                "[[P:Ale]]? [[P:Lukas]]",
            ),
            (
                "c",
                "it",
                "1,85 più o meno. ah e [[P:Bertolini]] è il mio cognome se vi serve per il "
                "booking lol. lui su ig è [[H:@ale.frangi]] così lo tagghiamo nelle stories 📸",
            ),
            (
                "a",
                "it",
                "Aggiunta una taglia L al booking, totale {{PRICE:180 €}}. Ci vediamo sabato alle "
                "{{TIME:9}}! 🚵",
            ),
            ("c", "it", "top, thank youuu 🙌"),
        ],
    ),
    # 31 - an Indian customer and a suspicious login
    (
        "pulcino",
        "messenger",
        "Priya Nair",
        [
            (
                "c",
                "en",
                "Good evening. I received one mail stating that somebody has logged into my "
                "account from IP [[IP:185.220.101.47]] at {{TIME:02:13}} AM. It was not me, I was "
                "sleeping. Kindly check and do the needful at the earliest.",
            ),
            (
                "a",
                "en",
                "Good evening! Thanks for telling us. Could you give me the e-mail address of the "
                "account? I'll lock it and send you a reset link. [[P:Federica]]",
            ),
            (
                "c",
                "en",
                "Account is [[E:priya.nair.monza@yahoo.in]]. Also my husband [[P:Arjun]] had "
                "saved his card in it, kindly remove that also.",
            ),
            (
                "a",
                "en",
                "Done: account locked, reset link sent, and we never store full card numbers, "
                "only the last 4 digits, now deleted too. No orders were placed from that login.",
            ),
            (
                "c",
                "en",
                "Thank you so much. One more doubt: my pending order {{ORDER:PV-100603}} is going "
                "to [[ADDR:Via Lecco 41, 20900 Monza]] only, na? Not to some other address?",
            ),
            (
                "a",
                "en",
                "Yes, only to [[ADDR:Via Lecco]], nothing has been changed. Have a good night! "
                "[[P:Federica]] – Customer Care",
            ),
        ],
    ),
    # 32 - a gift for a niece, delivered c/o
    (
        "pulcino",
        "instagram",
        "gioia.pellegrino",
        [
            (
                "c",
                "it",
                "Ciao! Vorrei mandare un regalo a mia nipote [[P:Matilde]] per il compleanno, il "
                "vestitino {{PRODUCT:Margherita}} in taglia 4 anni. Si può aggiungere un "
                "bigliettino?",
            ),
            (
                "a",
                "it",
                "Ciao! Certo, il biglietto è gratuito 🎁 Scrivimi il testo e l'indirizzo. "
                "[[P:Bea]]",
            ),
            (
                "c",
                "it",
                'Testo: "Tanti auguri [[P:Matty]]! Con tanto amore, zia [[P:Gioia]] e zio '
                '[[P:Max]]"\nIndirizzo: c/o [[P:Moretti]], [[ADDR:viale dei Tigli 9, scala C, '
                "int. 12\n00137 Roma]]",
            ),
            (
                "a",
                "it",
                "Tutto chiaro! Sul citofono c'è scritto [[P:Moretti]]? A volte i corrieri non "
                "trovano la scala 😅",
            ),
            (
                "c",
                "it",
                "Sì, [[P:Moretti]] - [[P:Sole]]: è il cognome di mio cognato [[P:Paolo Sole]], "
                "mettetelo pure. Per sicurezza il numero di mia sorella [[P:Chiara]] "
                "[[T:+39 333 620 1194]]",
            ),
            (
                "a",
                "it",
                "Perfetto, ordine {{ORDER:PV-100649}} confermato, arriva prima del {{DATE:18}}! 🎂",
            ),
        ],
    ),
    # 33 - an Irishman covering up an old name
    (
        "seppia",
        "whatsapp",
        "Ciarán",
        [
            (
                "c",
                "en",
                "Howya, bit of an awkward one. I've the name [[P:Shauna]] on my forearm from "
                "years ago and herself is long gone 🙃 do ye do cover-ups? I'm in Naples for a "
                "stag till Monday",
            ),
            (
                "a",
                "en",
                "Hi! Ahah it happens more than you think 😅 Yes, we do cover-ups. Send me a photo "
                "of the name and tell me what you like: a swallow, a rose, something dark? "
                "[[P:Marisol]]",
            ),
            (
                "c",
                "en",
                "[photo] something with the sea maybe, an octopus or a wave. Black only. I'm "
                "[[P:Ciarán Ó Súilleabháin]] by the way, everyone calls me [[P:Kieran]] over "
                "here cause they can't spell it",
            ),
            (
                "a",
                "en",
                "A black octopus will cover that completely 🐙 About {{PRICE:€250}}, 3 hours. "
                "Saturday {{TIME:11am}} works?",
            ),
            (
                "c",
                "en",
                "Perfect. My brother [[P:Fergal]] will probably come to laugh at me. Irish number "
                "is [[T:+353 87 412 6690]] if anything changes",
            ),
            ("a", "en", "See you Saturday [[P:Kieran]]! – [[P:M.]]"),
        ],
    ),
    # 34 - a tattoo artist asking to join the studio as a guest
    (
        "seppia",
        "instagram",
        "donato.lines",
        [
            (
                "c",
                "it",
                "Buonasera, sono [[P:Donato Lamacchia]], tatuatore di [[LOC:Bari]], faccio "
                "fine line e blackwork. Vi scrivo perché a maggio sarei a Napoli e mi piacerebbe "
                "fare una guest da voi. Il portfolio è qui: [[URL:instagram.com/donato.lines]]",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Donato]], bei lavori! Per le guest chiediamo partita IVA, attestato "
                "igienico-sanitario e il 30% sui lavori. Se ti va bene mandami i dati per il "
                "contratto. [[P:Rino]]",
            ),
            (
                "c",
                "it",
                "Mi va benissimo. Dati:\n[[P:Lamacchia Donato]]\nC.F. [[CF:LMCDNT92L02A662R]]\n"
                "P.IVA [[PIVA:02400170219]]\nmail [[E:donato.lamacchia.tattoo@gmail.com]]\n"
                "studio: [[ADDR:via Abate Gimma 88]], [[LOC:Bari]]",
            ),
            (
                "a",
                "it",
                "Perfetto. Ti faccio sapere le date con [[P:Marisol]], che gestisce l'agenda. "
                "Intanto ti seguo da [[H:@nero.seppia.rino]] 🖤",
            ),
            ("c", "it", "Grazie mille, a presto!"),
        ],
    ),
    # 35 - a French guest writing in English
    (
        "ognina",
        "messenger",
        "Amélie Rousseau",
        [
            (
                "c",
                "en",
                "Hello! We arrive the {{DATE:12 April}} with my husband [[P:Hugo]] and it is his "
                "40 years birthday 🎉 Is it possible to have a cake in the room? And a early "
                "check-in, we land at {{TIME:8h}} in the morning.",
            ),
            (
                "a",
                "en",
                "Bonjour [[P:Amélie]]! What a nice idea 🎂 Yes: a cassata or a chocolate cake, "
                "{{PRICE:€30}}. Early check-in from {{TIME:10:00}} is free if the room is ready. "
                "[[P:Agata]]",
            ),
            (
                "c",
                "en",
                'Cassata of course, we are in Sicily! Please write on the cake "Joyeux '
                'anniversaire [[P:Hugo]]". For the payment you can take it on the card of the '
                "reservation, it is the Amex of [[P:Hugo]] [[CARD:3756 820441 93102]] but it is a "
                "surprise so don't tell him 🤫",
            ),
            (
                "a",
                "en",
                "Our lips are sealed 🤐 (but please, no card numbers in chat next time!) We'll "
                "charge it at check-in. [[P:Agata]]",
            ),
            (
                "c",
                "en",
                "Merci!! If you need, my number is [[T:+33 6 12 48 90 27]]. [[P:Amélie]]",
            ),
        ],
    ),
    # 36 - a forwarded e-mail with a quoted reply
    (
        "ognina",
        "whatsapp",
        "Ruggero Armani",
        [
            (
                "c",
                "it",
                "Buongiorno, vi giro la mail che vi avevo mandato perché non ho avuto risposta",
            ),
            (
                "c",
                "it",
                "---------- Messaggio inoltrato ---------\n"
                "Da: [[P:Ruggero Armani]] <[[E:ruggero.armani@alice.it]]>\n"
                "Data: {{DATE:3 mar 2026}}, {{TIME:18:02}}\n"
                "Oggetto: Disdetta prenotazione {{BOOKING:BO-24955}}\n\n"
                "Spett.le Hotel,\n"
                "per un lutto in famiglia (è mancata mia suocera, la signora [[P:Elda Zanotti]]) "
                "devo purtroppo disdire il soggiorno dal {{DATE:10}} al {{DATE:13 aprile}}. Vi "
                "chiedo la restituzione della caparra di {{PRICE:150 €}} sul conto "
                "[[IBAN:IT84 M030 6902 4771 0000 0004 518]] intestato a me.\n"
                "Cordiali saluti\n[[P:Ruggero Armani]]\n[[ADDR:Via Solferino 40, 25121 Brescia]]\n"
                "> Il giorno {{DATE:1 mar 2026}} {{BRAND:Hotel Baia di Ognina}} ha scritto:\n"
                "> Gentile Sig. [[P:Armani]], le confermiamo la prenotazione {{BOOKING:BO-24955}}",
            ),
            (
                "a",
                "it",
                "Gentile Sig. [[P:Armani]], le nostre più sentite condoglianze. La mail era "
                "finita nello spam, ci scusi. Abbiamo disposto oggi il rimborso di "
                "{{PRICE:150 €}} sull'IBAN indicato.\n[[P:Concetta La Rosa]]",
            ),
            ("c", "it", "Grazie. Speriamo di venire in autunno."),
            ("a", "it", "Vi aspettiamo. Un caro saluto. Staff {{BRAND:Baia di Ognina}}"),
        ],
    ),
    # 37 - a young nail artist opening a partita IVA
    (
        "marchetti",
        "whatsapp",
        "Gioia",
        [
            (
                "c",
                "it",
                "ciao! sono [[P:Gioia D'Amico]], mi ha passato il numero [[P:Serena Fabbri]] 💅 "
                "vorrei aprire la partita iva per fare le unghie a domicilio, ma quindi con la "
                "flat tax pago il 5%?? su tutto??",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Gioia]]! Il 5% vale i primi 5 anni ed è calcolato sul 67% di quello che "
                "incassi (per la tua attività), poi ci sono i contributi INPS. Se vuoi ci vediamo "
                "in studio e ti spiego tutto con calma. [[P:Ilaria]]",
            ),
            (
                "c",
                "it",
                "sii volentieri. intanto ti mando i dati così iniziate\n"
                "[[CF:dmcgio99s68a944i]]\nresidenza [[ADDR:via Mazzini 17]] "
                "[[LOC:Castel Maggiore]]\niban [[IBAN:IT25G0200802457000104377925]]\n"
                "ig per il lavoro [[H:@gioia.nails.bo]]",
            ),
            (
                "a",
                "it",
                "Ricevuto! Mercoledì alle {{TIME:17:30}} ti va? Porta un documento e la tessera "
                "sanitaria.",
            ),
            ("c", "it", "perfettoo ci sono ✨"),
            (
                "a",
                "it",
                "Fatto: partita IVA aperta, è la [[PIVA:01539280378]] ✔️ Te la mando anche via "
                "mail. Benvenuta tra i forfettari! [[P:I.]]",
            ),
        ],
    ),
    # 38 - an American retiree moving to Bologna
    (
        "marchetti",
        "messenger",
        "Hank Brennan",
        [
            (
                "c",
                "en",
                "Hi there, my wife [[P:Patricia]] and I are retiring to [[LOC:Bologna]] this fall "
                "on an "
                "elective residency visa. A friend said we need an Italian accountant for our US "
                "pensions and Social Security. Do you handle Americans? - [[P:Hank Brennan]]",
            ),
            (
                "a",
                "en",
                "Hello [[P:Hank]], yes, we have several American clients. The US-Italy tax treaty "
                "decides where each pension is taxed, and you'll have to declare your US accounts "
                "too. Where will you live? [[P:Ilaria Marchetti]]",
            ),
            (
                "c",
                "en",
                "We've bought a little place at [[ADDR:Via di Gaibola 7]], up in the hills. Until "
                "October we're still at [[ADDR:4127 Larkspur Lane, Asheville, NC 28804]]. I got "
                "my codice fiscale at the consulate: [[CF:BRNHRY57A19Z404G]]",
            ),
            (
                "a",
                "en",
                "Great. We'll need [[P:Patricia]]'s too, and your last US tax returns. You can "
                "upload "
                "them here: our secure portal, the link comes by e-mail. What address should I "
                "use?",
            ),
            (
                "c",
                "en",
                "[[E:hank.brennan57@outlook.com]] — and [[P:Patricia]] is "
                "[[E:pbrennan.nc@gmail.com]]. "
                "Our US phone is [[T:828-555-0143]], works on {{BRAND:WhatsApp}} too. Thanks, "
                "[[P:Ilaria]]!",
            ),
        ],
    ),
    # 39 - a Scottish student who left his sunglasses in the car
    (
        "galilei",
        "instagram",
        "callum.mcd",
        [
            (
                "c",
                "en",
                "hiya returned a panda this morning and left my sunglasses in the glovebox "
                "raybans black ones any chance",
            ),
            (
                "a",
                "en",
                "Hi! Yes, we found a pair of {{BRAND:Ray-Ban}} in a {{PRODUCT:Panda}} today 😎 "
                "What name was the booking under?",
            ),
            ("c", "en", "[[P:Callum McDonald]]. think the ref was {{BOOKING:GCR-61029}}"),
            (
                "a",
                "en",
                "That's the one. We can keep them at the desk or post them (about {{PRICE:€15}} "
                "to the UK).",
            ),
            (
                "c",
                "en",
                "post pls. [[ADDR:Flat 2/1, 38 Hyndland Road, Glasgow G12 9UP]]. my mum "
                "[[P:Moira]] will kill me if i lose another pair 😂 cheers",
            ),
            ("a", "en", "Ahah, safe with us. Posting tomorrow! [[P:Serena]]"),
        ],
    ),
    # 40 - a Spanish guest working remotely
    (
        "ognina",
        "whatsapp",
        "Lucía F.",
        [
            (
                "c",
                "en",
                "Hello, I am in the room 21 and the wifi don't work. The login page say \"device "
                '[[IP:192.168.10.57]] not authorized". I need it for work, I have a meeting '
                "online at {{TIME:15h}} 😰",
            ),
            (
                "a",
                "en",
                "Hi! Sorry about that. Please log in again with your room number and the surname "
                "on the booking. Which surname did you use? [[P:Alfio]], Reception",
            ),
            ("c", "en", "[[P:Fernández]], with the accent. I try also without?"),
            (
                "a",
                "en",
                "Yes, without the accent and with both surnames: the booking is under "
                "[[P:Fernandez Ruiz]] 🙂",
            ),
            (
                "c",
                "en",
                "It works!! Thank you so much. If my boss call the reception looking for me, his "
                "name is [[P:Jordi Puig]], he don't speak Italian 😅 My work mail is "
                "[[E:lucia.fernandez@puigarquitectes.cat]] if you need",
            ),
            (
                "a",
                "en",
                "No problem, we speak English (and a little bit of Spanish 😉). Good luck with "
                "the meeting, [[P:Lucía]]! [[P:Alfio]]",
            ),
        ],
    ),
    # 41 - a mum who makes videos about her twins
    (
        "pulcino",
        "instagram",
        "noemi.e.i.gemelli",
        [
            (
                "c",
                "it",
                "Ciao! Sono [[P:Noemi Cattaneo]], mamma di due gemelli di 3 anni, [[P:Pietro]] e "
                "[[P:Leone]] 👦👦 faccio video su TikTok ([[URL:https://www.tiktok.com/@noemi.e."
                "i.gemelli]]), vi andrebbe una collaborazione per la collezione estate?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Noemi]]! Che belli 😍 Le collaborazioni le segue [[P:Beatrice]] del "
                "marketing, ti ricontatta lei entro venerdì. Mi lasci un numero?",
            ),
            ("c", "it", "Certo! [[T:349.552.1087]], meglio whatsapp che chiamate 🙈"),
            ("a", "it", "Segnato, a presto! Team {{BRAND:Pulcino Verde}} 🐥"),
        ],
    ),
]
# --- end of the conversations ---


_MARKUP = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{([A-Z]+):(.+?)\}\}", re.DOTALL)
_PLATFORM_CODES = {"messenger": "m", "instagram": "i", "whatsapp": "w", "telegram": "t"}
_GAPS = (3, 11, 2, 26, 7, 48, 5, 15, 90, 4, 1, 33)
_START = datetime(2026, 2, 2, 8, 17, tzinfo=UTC)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup: the plain text, its entity spans and its keep spans."""
    pieces: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    length = 0
    cursor = 0
    for match in _MARKUP.finditer(marked):
        pieces.append(marked[cursor : match.start()])
        length += match.start() - cursor
        if match.group(1) is not None:
            alias, value = match.group(1), match.group(2)
            if alias not in ENTITY_ALIASES:
                raise ValueError(f"unknown entity alias {alias!r} in {marked!r}")
            target, kind = entities, ENTITY_ALIASES[alias]
        else:
            kind, value = match.group(3), match.group(4)
            if kind not in KEEP_KINDS:
                raise ValueError(f"unknown keep kind {kind!r} in {marked!r}")
            target = keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        pieces.append(value)
        length += len(value)
        cursor = match.end()
    pieces.append(marked[cursor:])
    text = "".join(pieces)
    if any(mark in text for mark in ("[[", "]]", "{{", "}}")):
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, entities, keep


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, conversation by conversation, in time order."""
    records: list[dict[str, Any]] = []
    for number, (business, platform, customer, messages) in enumerate(CONVERSATIONS, start=1):
        page_id = PAGE_IDS[business]
        conversation_id = f"hw4-{_PLATFORM_CODES[platform]}-{number:03d}"
        customer_id = f"hw4-user-{number:03d}"
        when = _START + timedelta(
            days=number - 1, hours=(number * 5) % 10, minutes=(number * 37) % 60
        )
        for index, (role, language, marked, *later) in enumerate(messages, start=1):
            if index > 1:
                when += timedelta(minutes=later[0] if later else _GAPS[(number + index) % 12])
            text, entities, keep = parse(marked)
            agent = role == "a"
            message = {
                "message_id": f"{conversation_id}-{index:02d}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": page_id if agent else customer_id,
                "sender_name": BUSINESS_NAMES[business] if agent else customer,
                "sender_role": "agent" if agent else "customer",
                "recipient_id": customer_id if agent else page_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            records.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def main() -> None:
    OUTPUT.write_text(render(build_records()), encoding="utf-8")


if __name__ == "__main__":
    main()
