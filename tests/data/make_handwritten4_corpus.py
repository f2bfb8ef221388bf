"""Fourth hand-written blind test corpus: chats written one by one by hand, no templates, no Faker.

Every conversation below was composed by hand, blind (without looking at the anonymiser, at its
tests or at the other corpora), in the voices of real customers and agents of six invented
businesses: an accountant's office in Bologna, a boutique hotel near Catania, a tattoo studio in
Naples, a kids' clothing e-commerce, a car rental at Pisa airport and a bike rental in Val Gardena
(see ``BUSINESS_NAMES``). All people, addresses and numbers are invented; identifiers that carry a
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
# (role, language, marked text); role "c" is the customer, "a" the business's agent.
Conversation = tuple[str, str, str, list[tuple[str, str, str]]]

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
                "Hi Ilaria, it's [[P:Becky Moore]] – [[P:Tom]]'s friend, the illustrator from "
                "[[LOC:Montecastello di Vibio]]. Tom said you take forfettario clients in English? "
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
                "Thanks Becky. Yes, the UK account goes in the quadro RW of your tax return, so it "
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
                "Thursday at {{TIME:10:30}}. Agata",
            ),
            ("c", "en", "Oops sorry!! Declan says I'm a disaster 😂 see ye in May"),
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
                "card you used at check-in or you can pay with {{BRAND:PayPal}}. Agata",
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
                "gratuiti, però possiamo farti il 15% con il codice {{CODE:OGNINA15}} 🙂 Agata",
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
                "then. Concetta",
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
            ("a", "it", "{{WORD:Spedito}}! 📦 Arriva giovedì {{DATE:12}}."),
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
                "carta entro 5-7 giorni lavorativi. Mi scuso a nome di tutto il team. Serena",
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
        when = _START + timedelta(hours=29 * (number - 1), minutes=(number * 37) % 60)
        for index, (role, language, marked) in enumerate(messages, start=1):
            if index > 1:
                when += timedelta(minutes=_GAPS[(number + index) % len(_GAPS)])
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
