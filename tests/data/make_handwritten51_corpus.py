# ruff: noqa: E501
"""Hand-written blind test corpus no. 51 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten51_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a veterinary home-visit service in Rome, a
wine-tasting tour operator in the Langhe for English-speaking tourists, a sewing and alterations
shop in Trieste, a student flat-share agency in Pavia, a christening and first-communion caterer
in Salerno and a climbing gym in Trento.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten51_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten51_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vet": "Zampa Sicura Veterinario a Domicilio",
    "wine": "Langhe Cellar Walks",
    "sartoria": "Sartoria Bortolin",
    "flats": "CasaErasmus Pavia",
    "catering": "Catering Donna Titina",
    "climb": "Blocco Rosso Climbing",
}
PAGE_IDS: dict[str, str] = {
    "vet": "651290004417203",
    "wine": "651290118305562",
    "sartoria": "651290270941836",
    "flats": "651290389126470",
    "catering": "651290452870019",
    "climb": "651290593614287",
}

CONVERSATIONS: list[Conversation] = [
    # 1. an elderly lady asks for a home visit for her cat; relatives, intercom name, invoice
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Rosa Lombardi",
        "lang": "it",
        "start": "2025-02-11T08:14:00",
        "messages": [
            (
                "c",
                "Buongiorno dottoressa sono [[P:Rosa Lombardi]] la signora del gatto {{W:Briciola}}, quello tigrato. Da ieri nn mangia e vomita, potete venire a casa? Abito sempre in [[A:via Nomentana 402, scala B int. 9]]",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Lombardi]], certo. La dott.ssa [[P:Ferrante]] può passare oggi tra le {{TM:17}} e le {{TM:18:30}}. La visita a domicilio è {{$:65 €}} + eventuali esami. Le va bene? [[P:Gioia]] – segreteria {{B:Zampa Sicura}}",
            ),
            (
                "c",
                "si va benissimo. Il citofono è a nome [[P:Lombardi-Pace]] perche era di mio marito [[P:Fortunato]] buonanima. Se non rispondo chiamate mia nipote [[P:Viola]] al [[T:347 218 9930]], la sua mail è [[E:viola.lombardipace @ example.it]]",
            ),
            (
                "a",
                "Perfetto, annotato tutto. Porti pazienza se tardiamo un po', sulla {{W:Nomentana}} a quell'ora c'è sempre traffico 🙏 [[P:Gioia]]",
            ),
            ("c", "grazie cara sei una {{W:gioia}}"),
            (
                "a",
                "Sig.ra [[P:Rosa]], la dottoressa le ha lasciato la ricetta per il {{PD:Cerenia 16 mg}}, in farmacia veterinaria a {{W:piazza Bologna}} lo trovano. Fattura n. {{R:FV-2025/0318}}, totale {{$:92,00 €}}. Buona serata!",
            ),
            (
                "c",
                "Grazie a lei e alla dott.ssa [[P:Ilaria]], siete stati angeli. {{W:Briciola}} gia sta meglio ha mangiato un po di {{B:Almo Nature}} 🐱",
            ),
        ],
    },
    # 2. a British expat books vaccinations at home in Trastevere; husband's UK phone, obfuscated e-mail
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Hannah Whitfield",
        "lang": "en",
        "start": "2025-04-03T17:41:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hannah Whitfield]], we just moved to [[L:Rome]] from [[L:Bristol]] with our labrador. Do you do vaccinations at home? Our flat is at [[A:Via della Lungaretta 117, 3rd floor]] in [[L:Trastevere]] (no lift 😅)",
            ),
            (
                "a",
                "Hello [[P:Hannah]], welcome to Rome! Yes, Dr [[P:Ilaria Ferrante]] does vaccinations at home. Rabies + core vaccine is {{$:85 €}} including the visit. We'll need the dog's EU pet passport. Would {{D:Thursday 10 April}} at {{TM:9:30}} work? – [[P:Gioia]]",
            ),
            (
                "c",
                "Thursday is perfect. My husband [[P:Mark]] will be home, I have to be at work near {{W:Termini}}. His number is [[T:+44 7700 914362]] (UK, he hasn't got an Italian SIM yet)",
            ),
            ("a", "Noted! Could you also send an email address for the vaccination certificate?"),
            ("c", "sure, [[E:hannah.whitfield at example dot co dot uk]]"),
            (
                "a",
                "Thanks! See you Thursday. Just one thing: please don't {{W:mark}} the passport page yourself, the doctor will stamp and sign it 🙂 [[P:Gioia]]",
            ),
            (
                "c",
                "Haha I won't. [[P:Mark]] says hi. Also our neighbour [[P:Grace Adeyemi]] has an old cat, I gave her your number, {{W:hope}} that's ok!",
            ),
        ],
    },
    # 3. a young woman on Instagram with a rabbit; business handle, TikTok, the shop's PayPal link
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "sole.marchetti",
        "lang": "it",
        "start": "2025-05-22T12:03:00",
        "messages": [
            (
                "c",
                "ciaoo vi ho trovato tramite {{B:@zampasicura.roma}} 🐰 il mio coniglio ha i denti troppo lunghi. fate anche conigli??",
            ),
            (
                "a",
                "Ciao! Sì, la dott.ssa [[P:Ferrante]] visita anche conigli e piccoli roditori. In che zona sei?",
            ),
            (
                "c",
                "zona [[L:Centocelle]], [[A:via dei Castani nr 88]]. mi chiamo [[P:Sole]] btw, se volete vederlo è la star del mio tiktok [[U:tiktok.com/@sole.e.pallino]] 😂",
            ),
            (
                "a",
                "Ciao [[P:Sole]]! {{D:Sabato}} mattina passiamo proprio da quelle parti, alle {{TM:11}} ti va? Limatura denti {{$:40 €}} + visita {{$:55 €}}.",
            ),
            ("c", "si!! se non ci sono io apre mia mamma [[P:Nadia]]. posso pagare con paypal?"),
            (
                "a",
                "Certo, il nostro link è {{W:paypal.me/ZampaSicuraRoma}} oppure carta sul posto 🙂",
            ),
            (
                "c",
                "perfetto. oggi c'è un {{W:sole}} pazzesco e lui sta tutto il giorno in balcone a rosicchiare il basilico lol",
            ),
        ],
    },
    # 4. a pensioner needs an invoice with codice fiscale for tax deduction; pays from wife's account
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Franco Deidda",
        "lang": "it",
        "start": "2025-04-15T18:20:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Franco Deidda]], il proprietario di {{W:Leone}}, il pastore maremmano che la dottoressa ha visitato {{D:martedì}}. Per la detrazione mi servirebbe la fattura intestata a me: codice fiscale [[CF:DDDFNC56P03B354R]], residenza [[A:Via Federico Ozanam 57]], [[A:00152]] [[L:Roma]].",
            ),
            (
                "a",
                "Buonasera sig. [[P:Deidda]], la rigeneriamo subito. Preferisce riceverla via mail o qui su Telegram?",
            ),
            (
                "c",
                "Via mail grazie: [[E:f.deidda56@example.it]]. Mia figlia [[P:Marina]] dice di mandarla anche a lei, [[E:marina.deidda@example.org]], è lei che segue il 730.",
            ),
            (
                "a",
                "Fatto, inviata a entrambi. Fattura {{R:FV-2025/0402}} del {{D:15/04/2025}}, importo {{$:120,00 €}}. Se preferisce il bonifico: {{B:Zampa Sicura srl}}, IBAN [[I:IT39H0306911884000047213906]].",
            ),
            (
                "c",
                "Ho fatto il bonifico dal conto di mia moglie, intestato a [[P:Speranza Melis]], spero non sia un problema. {{W:Leone}} sta meglio, mangia come un lupo, la {{W:speranza}} è che duri",
            ),
            (
                "a",
                "Nessun problema, basta la causale. Un abbraccio a {{W:Leone}}! 🐾 Dott.ssa [[P:Ilaria Ferrante]]",
            ),
        ],
    },
    # 5. a dictated emergency message: suspected poisoning near Fiumicino, number spelled out
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Giancarlo Bruni",
        "lang": "it",
        "start": "2025-07-06T06:52:00",
        "messages": [
            (
                "c",
                "buongiorno dottoressa sono [[P:giancarlo bruni]] il cane ha mangiato una cosa in giardino forse veleno per topi sta tremando potete venire subito abito a [[L:fiumicino]] [[A:via delle Ombrine civico 23]] [[L:isola sacra]]",
            ),
            (
                "a",
                "Sig. [[P:Bruni]], la dottoressa è già in zona {{W:Ostia}}, arriva in 30-40 minuti. Intanto NON lo faccia vomitare e tenga la confezione del veleno. Se peggiora vada al pronto soccorso h24 di {{W:via Portuense}}. Mi lascia anche un fisso? [[P:Gioia]]",
            ),
            (
                "c",
                "si il fisso è [[T:zero sei sei cinque due tre quattro nove uno otto]] oppure il cellulare di mia moglie [[P:franca]] [[T:338 44 21 907]]",
            ),
            (
                "a",
                "Ricevuto, la dottoressa è partita. Lo tenga al fresco e tranquillo. L'urgenza è {{$:110 €}} più i farmaci.",
            ),
            ("c", "va bene va bene non importa. la scatola dice {{PD:Ratimor pasta}} se serve"),
            ("a", "Sì, serve moltissimo, grazie. Glielo dico subito."),
            (
                "c",
                "dottoressa grazie di cuore la dottoressa [[P:Ilaria]] è stata bravissima. adesso il cane dorme sul tappeto {{W:bruno}} del salotto come niente fosse",
            ),
        ],
    },
    # 6. a Ukrainian woman found a kitten; sister's surname on the intercom, trainee vet, neighbour Bianca
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Oksana Kovalenko",
        "lang": "it",
        "start": "2025-05-06T14:09:00",
        "messages": [
            (
                "c",
                "Salve, io sono [[P:Oksana Kovalenko]], ho trovato gattino piccolo sotto macchina in [[A:via Tiburtina 1150]]. Lo tengo a casa mia, a [[L:Settecamini]]. Serve visita e vaccino, quanto costa?",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]], che bel gesto! Prima visita + sverminazione {{$:60 €}}, il vaccino si fa dopo le 8 settimane. Ci manda l'indirizzo preciso di casa?",
            ),
            (
                "c",
                "[[A:Via di Casal Bianco 74]], citofono [[P:Hrytsenko]], è cognome di mia sorella [[P:Iryna]]. Io lavoro fino {{TM:16}}, dopo sempre a casa",
            ),
            (
                "a",
                "Perfetto, {{D:venerdì 9 maggio}} alle {{TM:17:30}}? Viene la dott.ssa [[P:Ferrante]] con il dott. [[P:Emeka Obi]], che sta facendo il tirocinio da noi.",
            ),
            (
                "c",
                "Va bene. La signora [[P:Bianca]] del terzo piano vuole adottare gatto se tutto ok, lei ha gia una gatta {{W:bianca}} e nera molto vecchia",
            ),
            (
                "a",
                "Che bello! Per la signora [[P:Bianca]]: serve microchip e iscrizione all'anagrafe, le info sono su {{W:www.salute.gov.it}} 🙂 A venerdì! [[P:Gioia]]",
            ),
        ],
    },
    # 7. an American couple with a dog in an Airbnb in Monti; ivy in the courtyard, host's handle and profile
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "ivy.koenig",
        "lang": "en",
        "start": "2025-06-18T13:27:00",
        "messages": [
            (
                "c",
                "Hey, we're [[P:Ivy]] and [[P:Dan Koenig]] from [[L:Portland]], [[L:Oregon]], traveling with our dog for a month. We're staying at an airbnb at [[A:Via dei Serpenti 35]] in [[L:Monti]]. He got bitten by something, his paw is all swollen. Can someone come today?",
            ),
            (
                "a",
                "Hi [[P:Ivy]]! Sorry to hear that. Dr [[P:Ferrante]] can be there around {{TM:6 pm}}. Could be a wasp sting or a plant – is there any {{W:ivy}} or nettles where you walk him?",
            ),
            (
                "c",
                "lol yes there's {{W:ivy}} all over the courtyard wall 😅 my cell is [[T:+1 (503) 482-7716]]",
            ),
            (
                "a",
                "Great, thanks. The home visit is {{$:65 €}}, card payment on site. Could you send a photo of the dog's passport here? – [[P:Gioia]]",
            ),
            (
                "c",
                "sent! fyi our host [[P:Valerio]] says you treated his cat last year, he's [[H:@valerio.montisuites]] on here, his listing is [[U:airbnb.com/users/show/482219301]]",
            ),
            (
                "c",
                "and pls don't tag me if you post about it, my account is kinda private ([[H:@ivy.koenig]]) haha",
            ),
            (
                "a",
                "No worries, we never post clients without permission 🙂 See you at 6! [[P:Gioia]]",
            ),
        ],
    },
    # 8. an American couple books a private Barolo tour; B&B address, card pasted in chat, sister Hope
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Rebecca Stanton",
        "lang": "en",
        "start": "2025-03-02T21:15:00",
        "messages": [
            (
                "c",
                "Hi there! My name is [[P:Rebecca Stanton]], my husband [[P:Bill]] and I are coming to the [[L:Langhe]] {{D:May 14-18}}. We'd love a private Barolo tour on the 16th. We're staying at a B&B in [[L:Monforte d'Alba]].",
            ),
            (
                "a",
                "Hello [[P:Rebecca]], thanks for reaching out! The 16th is available. Our {{PD:Barolo Classic}} tour visits two family wineries plus a tasting at {{W:Castello di Grinzane Cavour}}, {{$:145 €}} per person, lunch included. Pickup from your B&B at {{TM:9:45}}. Could you send me its address? Cheers, [[P:Rose]]",
            ),
            (
                "c",
                "Lovely! It's Cascina something... here: [[A:Località Sant'Anna 12]], [[A:12065]] [[L:Monforte d'Alba]]. The host is [[P:Marisa]]. [[P:Bill]] wants to know if there's a {{W:rosé}} on the tour, he's not a big red drinker 🙈",
            ),
            (
                "a",
                "Ha, tell [[P:Bill]] not to worry: the second winery makes a lovely Nebbiolo {{W:rosé}}. To hold the date we need a 30% deposit ({{$:87 €}}). You can pay via the secure link I'll email you, or by bank transfer. [[P:Rose]]",
            ),
            (
                "c",
                "Easier if I just give you the card? [[C:4532 0198 7654 3215]], exp 09/27, name on card [[P:Rebecca A. Stanton]]",
            ),
            (
                "a",
                "Thank you [[P:Rebecca]], but please don't send card numbers in chat! 🙏 I've charged the deposit and deleted the message on our side; next time the link is safer. Receipt {{R:LCW-2025-0516-02}} is on its way to your email. [[P:Rose]]",
            ),
            (
                "c",
                "oops sorry! the email is [[E:becca.stanton@example.com]] just in case. Oh and my sister [[P:Hope]] might join us from [[L:Denver]] — can we add a third person?",
            ),
            (
                "a",
                "Of course, just let me know by {{D:May 10}}. Fingers crossed, and let's {{W:hope}} for sunshine! Our {{W:bill}} for three would be {{$:435 €}}. [[P:Rose]]",
            ),
        ],
    },
    # 9. a British hen party on Instagram; influencer handle, wa.me group link, mum called Dawn
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "chloe.whit",
        "lang": "en",
        "start": "2025-04-19T10:48:00",
        "messages": [
            (
                "c",
                "hiya!! found you via [[H:@tasteofpiedmont_abby]]'s reel 😍 is there a group tour for 6 girls on {{D:Sat 7 June}}? it's my sister [[P:Jade]]'s hen do",
            ),
            (
                "a",
                "Hi! Yes, our Saturday group tour ({{TM:10:00}}–{{TM:17:00}}) has room for 6, {{$:120 €}} pp. Who's the lucky bride? 🥂 – [[P:Matteo]]",
            ),
            (
                "c",
                "[[P:Jade Whitlock]]! I'm [[P:Chloe]], maid of honour. we're flying into {{W:Turin}} friday night and staying at a villa near [[L:Neive]]",
            ),
            (
                "a",
                "Amazing. We can pick you up in [[L:Neive]] at {{TM:9:30}}. I'll need a lead contact name and a mobile for the day.",
            ),
            (
                "c",
                "[[P:Chloe Whitlock]], [[T:07911 482306]]. you can add yourself to our group chat here [[U:wa.me/447911482306]] lol. and pls tag us in the pics, i'm [[H:@chloe.whit]] and [[P:jade]] is [[H:@jadeybabe_w]] 💍",
            ),
            (
                "a",
                "Will do! You can see last year's hen tours on our page {{B:@langhecellarwalks}} 🍷 [[P:Matteo]]",
            ),
            (
                "c",
                "ooh also my mum [[P:Dawn]] might come, she doesn't drink but she'll be up at {{W:dawn}} every day for the sunrise over the vines 😂",
            ),
        ],
    },
    # 10. a German couple cancels after an injury; refund to a German IBAN, daughter's old tour, blog
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Jürgen Hoffmann",
        "lang": "en",
        "start": "2025-09-08T07:33:00",
        "messages": [
            (
                "c",
                "Hello, we are [[P:Jürgen]] and [[P:Sabine Hoffmann]] from [[L:Freiburg]]. We had booked tour for {{D:22.09}} but my wife broke the ankle 😞 We must cancel. Is refund possible?",
            ),
            (
                "a",
                "Dear [[P:Jürgen]], I'm so sorry to hear that, get well soon [[P:Sabine]]! Since it's more than 7 days before, you get a full refund of the {{$:290 €}} for booking {{R:LCW-2025-0922-01}}. Shall I refund the card or a bank account? [[P:Stefano Barbera]]",
            ),
            (
                "c",
                "Please to the bank, the card is expired. IBAN [[I:DE25 5001 0517 5408 4271 93]], account holder [[P:Jürgen Hoffmann]], [[A:Wiesentalstraße 14]], [[A:79115]] [[L:Freiburg im Breisgau]]",
            ),
            (
                "a",
                "Done, the transfer should arrive in 2–3 working days. Our reference is {{R:RIMB-2025-0147}}.",
            ),
            (
                "c",
                "Thank you very much. Next year we come again, maybe in autumn for the truffles. Greetings also from our daughter [[P:Lena]], she was with you in {{D:2023}} with her friend [[P:Aylin Demir]], she wrote about it on her blog [[U:lenahoffmann.example.de/blog/langhe]]",
            ),
            (
                "a",
                "That would be lovely – truffle season is {{D:October}}–{{D:November}}, and the {{W:Alba}} truffle fair is the highlight. Say hi to [[P:Lena]]! [[P:Stefano]]",
            ),
        ],
    },
    # 11. an Australian blogger wants a half-day tour from Bra station; obfuscated e-mail, friend's Instagram
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Liam O'Connor",
        "lang": "en",
        "start": "2025-05-27T16:02:00",
        "messages": [
            (
                "c",
                "G'day! I'm [[P:Liam O'Connor]], travel blogger from [[L:Melbourne]]. Any chance of a half day tour on {{D:Wednesday}}? I'd write it up on my blog [[U:https://liamwanders.example.com]] 🙂",
            ),
            (
                "a",
                "Hi [[P:Liam]]! Wednesday morning works. Half day is {{$:85 €}}. We can pick you up at {{W:Bra station}} at {{TM:9:12}} when the train from {{W:Torino Porta Nuova}} gets in (times on {{W:www.trenitalia.com}}). – [[P:Matteo]]",
            ),
            (
                "c",
                "Perfect. Send the confirmation to [[E:liam (at) example (dot) com.au]]? also my mate [[P:Sunil Ramaswamy]] might tag along, he's doing a wine course in [[L:Asti]] this month",
            ),
            (
                "a",
                "Confirmation sent! A second person is {{$:70 €}} extra. If he has an Italian number send it over so I can add him to the WhatsApp group.",
            ),
            (
                "c",
                "his is [[T:+39 351 706 2248]]. he posts all his tastings on [[U:instagram.com/sunil.sips]] if you wanna see what you're in for lol",
            ),
            (
                "a",
                "Haha, noted 😂 See you Wednesday, I'll be in a grey Fiat Doblò with our logo on it. [[P:Matteo]]",
            ),
        ],
    },
    # 12. a formal corporate enquiry from London: signature, LinkedIn, guest list, invoice address, company Amex
    {
        "business": "wine",
        "platform": "telegram",
        "customer": "Priya Natarajan",
        "lang": "en",
        "start": "2025-06-30T09:05:00",
        "messages": [
            (
                "c",
                "Dear {{B:Langhe Cellar Walks}} team,\nI am organising an incentive trip for 14 guests of our firm on {{D:3 October 2025}}. Could you quote a full-day tour with lunch and transport from the {{W:Hotel Castello di Santa Vittoria}}?\nKind regards,\n[[P:Priya Natarajan]]\nSenior Event Manager, {{B:Northwind Meetings Ltd}}\n[[T:+44 20 7946 0321]] | [[E:priya.natarajan@northwind-meetings.example.co.uk]]\n[[U:linkedin.com/in/priya-natarajan-events]]",
            ),
            (
                "a",
                "Dear Ms [[P:Natarajan]],\nthank you for your enquiry. For 14 guests we propose our {{PD:Barolo & Barbaresco Full Day}}: two wineries, lunch at a trattoria in {{W:La Morra}}, a visit to the wine museum in {{W:Barolo}} ({{W:www.wimubarolo.it}}) and a private minibus. {{$:210 €}} per person, VAT included. Quote {{R:Q-2025-118}} attached.\nBest regards,\n[[P:Stefano Barbera]]",
            ),
            (
                "c",
                "Thank you [[P:Stefano]]. Two guests are vegetarian and one, Mr [[P:Tobenna Okonkwo]], uses a wheelchair. Our CFO [[P:Rhys Llewellyn]] will sign off; please invoice {{B:Northwind Meetings Ltd}}, [[A:27 Harrowgate Lane]], [[L:London]] [[A:EC2N 4QT]]. The deposit can go on the company Amex, [[C:3758 261043 72060]].",
            ),
            (
                "a",
                "Noted, the minibus has a ramp and both wineries are step-free; we'll charge the deposit through the secure link rather than by card number. Una domanda per il nostro autista [[P:Beppe]]: il gruppo arriva da {{W:Malpensa}} o da {{W:Caselle}}?",
                "it",
            ),
            (
                "c",
                "From Caselle (Turin), landing at {{TM:10:40}}. Do the wineries need passport names? First four: [[P:Amelia Hart]], [[P:Jonas Lindqvist]], [[P:Fatima Al-Sayed]], [[P:Kenji Watanabe]]... the rest tomorrow.",
            ),
            (
                "a",
                "Not needed for the wineries, first names are enough for the place cards. Thank you! [[P:Stefano]]",
            ),
        ],
    },
    # 13. a Brazilian honeymoon couple wants a sunset walk; photographer friend's portfolio and handle
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "marina.albuquerque",
        "lang": "en",
        "start": "2025-08-12T11:38:00",
        "messages": [
            (
                "c",
                "Oi! We are on honeymoon 💍 [[P:Thiago]] and [[P:Marina Albuquerque]] from [[L:Curitiba]]. Is possible a tour with sunset in the vineyards?",
            ),
            (
                "a",
                "Congratulations [[P:Marina]] and [[P:Thiago]]! 🎉 Yes, our {{PD:Sunset Nebbiolo Walk}} starts at {{TM:18:30}} from the {{W:Big Bench}} in {{W:La Morra}}, {{$:65 €}} pp with aperitivo. – [[P:Rose]]",
            ),
            (
                "c",
                "perfect!! a friend photographer, [[P:Camila Reyes]], is in [[L:Milan]] that week, she can come to take pictures? her portfolio is [[U:www.camilareyes-photo.example.com]] and ig [[H:@camireyes.ph]]",
            ),
            ("a", "Of course, photographers join free 📸 Where are you staying?"),
            (
                "c",
                "hotel in [[L:Barolo]] near the castle... no sorry we changed, now is agriturismo in [[L:Serralunga]], [[A:Borgata Baudana 7]]",
            ),
            (
                "a",
                "Perfect, it's 15 min away. I'll send the meeting point pin the day before. See you there! [[P:Rose]]",
            ),
            (
                "c",
                "obrigada [[P:Rose]]!! 🥰 ah and we can drink {{W:rosé}} in the sunset? [[P:Thiago]] loves it",
            ),
        ],
    },
    # 14. an Indian family left sunglasses in the van; parcel to Bengaluru, wife as receiver, tracking
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2025-10-04T08:56:00",
        "messages": [
            (
                "c",
                "Hello, this is [[P:Arjun Mehta]], we did the tour yesterday with [[P:Matteo]]. My daughter [[P:Ananya]] left her sunglasses ({{B:Ray-Ban}}, black) in the van 😞",
            ),
            (
                "a",
                "Hi [[P:Arjun]]! Yes, [[P:Matteo]] found them under the seat. Are you still in the area? We could drop them at your hotel.",
            ),
            (
                "c",
                "We left today for [[L:Florence]], then we fly home. Could you post them to [[L:India]]? Address: [[A:Flat 1102, Tower B, Nilgiri Heights, Whitefield Main Road]], [[L:Bengaluru]] [[A:560066]]. My number [[T:+91 98450 31276]], email [[E:arjun.mehta@example.in]]",
            ),
            (
                "a",
                "Sure, we'll ship with {{B:Poste Italiane}} tracked, around {{$:18 €}}. Tracking number to follow.",
            ),
            (
                "c",
                "Thank you so much. Please put my wife's name as receiver, [[P:Kavya Mehta]], she works from home.",
            ),
            (
                "a",
                "Shipped today: tracking {{TR:RR482913557IT}}, you can follow it on {{W:www.poste.it}}. Regards to [[P:Ananya]]! [[P:Stefano]]",
            ),
        ],
    },
    # 15. a bride wants her wedding dress taken in; purple bridesmaid dress, cousin, photographer's site
    {
        "business": "sartoria",
        "platform": "whatsapp",
        "customer": "Viola Sancin",
        "lang": "it",
        "start": "2025-03-24T09:31:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Viola Sancin]], mi ha dato il vostro numero la mia amica [[P:Tjaša Furlan]] (la fotografa del matrimonio, [[U:tjasafurlan-foto.example.si]]). Devo stringere l'abito da sposa, ci sposiamo il {{D:21 giugno}}. Quando posso passare?",
            ),
            (
                "a",
                "Buongiorno [[P:Viola]]! Auguri 💐 Può venire {{D:giovedì}} alle {{TM:15}} in negozio, [[A:via San Nicolò 21]]? Prova e preventivo gratuiti. [[P:Licia]]",
            ),
            (
                "c",
                "perfetto. Porto anche il vestito della damigella, è {{W:viola}} lilla e va accorciato di 5 cm. La damigella è mia cugina [[P:Giorgia Zerjal]], magari lo porta lei direttamente",
            ),
            (
                "a",
                "Va benissimo. Per l'orlo del vestito {{W:viola}} servono due giorni, {{$:25 €}}. Per l'abito da sposa dipende dal lavoro, di solito tra {{$:90}} e {{$:180 €}}.",
            ),
            (
                "c",
                "ok! ah mia mamma [[P:Nives]] chiede se fate anche i bottoni ricoperti per il bolero",
            ),
            (
                "a",
                "Certo, bottoni ricoperti nello stesso tessuto, {{$:2 €}} l'uno. A giovedì, saluti alla mamma! [[P:Licia Bortolin]]",
            ),
        ],
    },
    # 16. a Slovenian customer from Sežana; husband picks up, Slovenian phone, the bora
    {
        "business": "sartoria",
        "platform": "messenger",
        "customer": "Mojca Kovačič",
        "lang": "it",
        "start": "2025-01-28T15:44:00",
        "messages": [
            (
                "c",
                "Dober dan, buongiorno 🙂 sono [[P:Mojca Kovačič]] di [[L:Sežana]], ho lasciato {{D:sabato}} due pantaloni per orlo. Sono pronti?",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Kovačič]], sì, sono pronti! Scontrino n. {{R:0457}}, totale {{$:24 €}}. [[P:Vesna]]",
            ),
            (
                "c",
                "Grazie! Oggi io non posso, viene mio marito [[P:Boštjan]] dopo le {{TM:18}}. Suo numero è [[T:+386 41 725 380]] se non trova parcheggio chiama",
            ),
            (
                "a",
                "Nessun problema, siamo aperti fino alle {{TM:19:30}}. Con la {{W:bora}} di oggi dica a suo marito di tenersi il cappello 😄",
            ),
            ("c", "haha si, la {{W:bora}} oggi è fortissima! [[P:Boštjan]] dice grazie, hvala!"),
        ],
    },
    # 17. a freelance costume designer: portfolio, assistant's handle and Behance, P.IVA, PEC, lead actor
    {
        "business": "sartoria",
        "platform": "instagram",
        "customer": "marco.sbisa.costumi",
        "lang": "it",
        "start": "2025-02-17T19:12:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Marco Sbisà]], costumista freelance, preparo i costumi per uno spettacolo al {{W:Teatro Verdi}} ({{W:www.teatroverdi-trieste.com}}). Mi servirebbe una sarta per 12 giacche d'epoca entro {{D:fine marzo}}. Il mio portfolio: [[U:marcosbisa-costumi.example.it]]",
            ),
            (
                "a",
                "Ciao [[P:Marco]], bellissimi lavori! Ne parliamo volentieri. Passi in sartoria o preferisci una call? [[P:Licia]]",
            ),
            (
                "c",
                "Passo io lunedì con l'assistente, [[P:Irena Sirk]] ([[H:@irena.sirk.costume]] su ig, i suoi figurini sono su [[U:behance.net/irenasirk]]). Per la fattura: [[P:Marco Sbisà]], P.IVA [[V:01654390887]], [[A:via dell'Istria 140]], [[A:34137]] [[L:Trieste]]. PEC [[E:marco.sbisa@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto, segno tutto. Per 12 giacche con fodera nuova il preventivo indicativo è {{$:1.450 €}} + IVA, rif. {{R:PR-25-031}}. Mi confermi le taglie entro {{D:venerdì}}?",
            ),
            (
                "c",
                "Sì. Una giacca è per il protagonista, [[P:Franco Stella]], che è enorme 😅 serve tessuto extra",
            ),
            (
                "a",
                "Nessun problema, abbiamo ancora il {{PD:Loden verde bottiglia}} della {{B:Moessmer}} se ti interessa, l'ordine {{O:MO-2025-00871}} arriva giovedì. A lunedì! [[P:Licia]]",
            ),
        ],
    },
    # 18. an old man writes in Triestine dialect; delivery to Opicina, daughter upstairs, "fortunato"
    {
        "business": "sartoria",
        "platform": "telegram",
        "customer": "Fortunato Visintin",
        "lang": "it",
        "start": "2025-11-05T08:07:00",
        "messages": [
            (
                "c",
                "bongiorno signora son [[P:fortunato visintin]] quel dela giacca blu che jera de cambiar la fodera. xe pronta?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Visintin]]! Sì, la giacca è pronta da ieri, {{$:48 €}}. Passa lei?",
            ),
            (
                "c",
                "no go mal de zenocio, podessi portarmela a casa? [[A:str. per Vienna 71]] a [[L:Opicina]], pago in contanti",
            ),
            (
                "a",
                "Va bene, [[P:Vesna]] passa {{D:domani}} verso le {{TM:12:30}} quando chiudiamo per pranzo. Il citofono è a nome [[P:Visintin]]?",
            ),
            (
                "c",
                "si [[P:visintin]] ma ghe xe scrito anca [[P:Radovan]] che xe el cognome de mia fia [[P:Marina]] che la sta de sora",
            ),
            ("a", "Perfetto, a domani. Saluti! [[P:Licia]]"),
            ("c", "grazie, {{W:fortunato}} mi che ve go trovà"),
        ],
    },
    # 19. an American cruise passenger needs trousers fixed before the ship leaves; grace period, card
    {
        "business": "sartoria",
        "platform": "whatsapp",
        "customer": "Grace Whitaker",
        "lang": "en",
        "start": "2025-09-19T07:58:00",
        "messages": [
            (
                "c",
                "Hi! Our cruise ship docked this morning at the {{W:Molo Bersaglieri}} and my husband ripped his suit pants 🙈 we have the formal dinner tonight on board. Can you fix them today? I'm [[P:Grace Whitaker]]",
            ),
            (
                "a",
                "Hello [[P:Grace]]! Yes, we can do it within 2 hours. We're at [[A:via San Nicolò 21]], a 10 minute walk from the pier along the {{W:Marina}}, just past {{W:Piazza Unità}}. [[P:Vesna]]",
            ),
            (
                "c",
                "You're a lifesaver. [[P:Howard]] will bring them at {{TM:11}}. All aboard is {{TM:4:30}} so we've got a little {{W:grace}} period 😅",
            ),
            (
                "a",
                "Perfect. The repair is {{$:20 €}}, cash or card. Could you leave a number, just in case?",
            ),
            (
                "c",
                "[[T:+1 404-713-2958]] (WhatsApp works) or email [[E:gwhitaker1962@example.net]]. Or I can just pay now, visa [[C:4929 0011 4736 5082]]?",
            ),
            (
                "a",
                "No need, please keep your card for the shop 🙂 Pants ready! [[P:Howard]] can pick them up anytime. Enjoy the dinner! [[P:Vesna]]",
            ),
        ],
    },
    # 20. made-to-measure curtains in Muggia; address split over two messages, pink linen, obfuscated e-mail
    {
        "business": "sartoria",
        "platform": "messenger",
        "customer": "Rosa Pellizzari",
        "lang": "it",
        "start": "2025-10-13T18:26:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei un preventivo per tende su misura, 4 finestre. Sono [[P:Rosa Pellizzari]], abito a [[L:Muggia]]",
            ),
            (
                "a",
                "Buonasera [[P:Rosa]]! Veniamo noi a prendere le misure, il sopralluogo costa {{$:30 €}} e poi viene scalato dal lavoro. Mi manda l'indirizzo?",
            ),
            ("c", "[[A:via Roma 12]]"),
            (
                "c",
                "scusi, manca: [[A:scala C int. 7]], cap [[A:34015]]. Il tessuto lo vorrei {{W:rosa}} antico, ho visto il lino di {{B:Rubelli}} da voi in vetrina",
            ),
            (
                "a",
                "Perfetto sig.ra [[P:Pellizzari]], {{D:martedì 21}} alle {{TM:10}} va bene? Passa [[P:Vesna]] con i campionari, anche di {{W:rosa}} antico e blu {{W:marina}}.",
            ),
            (
                "c",
                "Va bene. Se non ci sono c'è mio marito [[P:Neil]], è scozzese e parla poco italiano 🙂 il preventivo me lo mandate via mail? [[E:rosa punto pellizzari chiocciola example punto it]]",
            ),
            (
                "a",
                "Certo. Il preventivo {{R:PR-25-044}} arriverà dopo il sopralluogo. Buona serata! [[P:Licia]]",
            ),
        ],
    },
    # 21. a Ghanaian student wants a graduation dress from kente cloth; friend from Senegal, sister's handle
    {
        "business": "sartoria",
        "platform": "instagram",
        "customer": "abena.mensah",
        "lang": "en",
        "start": "2025-05-30T13:50:00",
        "messages": [
            (
                "c",
                "Hello, buongiorno! I'm [[P:Abena Mensah]], I have a kente fabric from my grandmother in [[L:Kumasi]] and I want to make a dress for my graduation. Parlate inglese?",
            ),
            (
                "a",
                "Hi [[P:Abena]], yes of course! 😊 Bring the fabric and a dress that fits you well, we'll take the measurements here. A made-to-measure dress starts at {{$:220 €}}. [[P:Vesna]]",
            ),
            (
                "c",
                "Great! My graduation is {{D:18 July}}. Can I come with my friend [[P:Fatou Diallo]]? She is from [[L:Senegal]] and she want her boubou shortened. The kente is still travelling with {{B:DHL}}, tracking {{TR:4728193056}} 🙏",
            ),
            (
                "a",
                "Certo, venite insieme! Per l'orlo del boubou sono {{$:18 €}}. Il sabato siamo aperti fino alle {{TM:13}}.",
                "it",
            ),
            (
                "c",
                "Perfetto, grazie! Il mio numero: [[T:388 6190452]]. Mia sorella [[P:Akosua]] vuole vedere le foto quando è pronto, ha un piccolo brand di moda: [[H:@akosua.m_designs]], tutti i suoi link sono su [[U:linktr.ee/akosua.designs]]",
                "it",
            ),
            ("a", "Con piacere, mandiamo le foto alla prima prova! 📸 [[P:Vesna]]", "it"),
        ],
    },
    # 22. a Spanish Erasmus student books a room; flatmates and their countries, father's Spanish IBAN
    {
        "business": "flats",
        "platform": "whatsapp",
        "customer": "Lucía Fernández",
        "lang": "en",
        "start": "2025-06-09T20:17:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Lucía Fernández Ortega]] from [[L:Valencia]], I'll do Erasmus in [[L:Pavia]] from {{D:September}}. Do you still have single rooms near the {{W:Policlinico San Matteo}}?",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! Yes, a single room in a 4-person flat at [[A:viale Golgi 44]], 10 min by bike from the engineering campus. {{$:430 €}}/month, bills included. – [[P:Stella]]",
            ),
            (
                "c",
                "Sounds great! Who are the flatmates? If they want to see who I am I'm here: [[U:facebook.com/lucia.fernandez.ortega]]",
            ),
            (
                "a",
                "Right now [[P:Jakub]] from [[L:Poland]], [[P:Amara]] from [[L:Nigeria]] and [[P:Giulia]] from [[L:Bergamo]]. All very quiet 😄 For the contract we need your passport and an Italian codice fiscale.",
            ),
            (
                "c",
                "I don't have the codice fiscale yet 😬 My dad [[P:Javier]] will pay the deposit from [[L:Spain]], is ok? His IBAN is [[I:ES36 2100 3712 3602 0041 8653]]",
            ),
            (
                "a",
                "Yes, that's fine. You can request the codice fiscale online from the Agenzia delle Entrate, {{W:www.agenziaentrate.gov.it}}, it's free. The deposit is two months ({{$:860 €}}), our bank details are in contract {{R:CT-PV-2025-087}}. [[P:Stella]]",
            ),
            (
                "c",
                "gracias!! sorry, thank you 😅 my email for the contract is [[E:lucia.fdz.ortega@example.es]]",
            ),
        ],
    },
    # 23. a Sicilian mother rents a room for her son; two codici fiscali, guarantor's address, husband's nickname
    {
        "business": "flats",
        "platform": "telegram",
        "customer": "Concetta Amato",
        "lang": "it",
        "start": "2025-08-21T10:40:00",
        "messages": [
            (
                "c",
                "Salve, sono la mamma di [[P:Davide Moretti]], iscritto al primo anno di {{W:Farmacia}}. Mi chiamo [[P:Concetta Amato]]. Volevo info per la stanza in [[A:corso Strada Nuova 86]]",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Amato]], la stanza è ancora libera, doppia uso singola a {{$:390 €}}. Per il contratto ci servono i dati dello studente e di un garante.",
            ),
            (
                "c",
                "Lo studente: [[P:Davide Moretti]], CF [[CF:MRTDVD06B07H163F]]. Il garante sono io, [[P:Concetta Amato]], [[CF:MTACCT72S58H163J]], residente in [[A:via Archimede 214]], [[A:97100]] [[L:Ragusa]]. Cell [[T:339/5527018]]",
            ),
            ("a", "Grazie! Preparo la bozza. Ve la mando via mail?"),
            (
                "c",
                "si a mio marito che è più pratico, [[E:salvo.moretti@example.it]]. Si chiama [[P:Salvatore]] ma tutti lo chiamano [[P:Turi]] 😄",
            ),
            (
                "a",
                "Perfetto. Entro il {{D:1° ottobre}} il contratto va registrato, se volete lo facciamo noi. Buona giornata! [[P:Kamil Nowak]]",
            ),
        ],
    },
    # 24. wifi outage in a shared flat: private and public IP addresses, provider ticket, flatmate's Polish number
    {
        "business": "flats",
        "platform": "messenger",
        "customer": "Amara Okeke",
        "lang": "it",
        "start": "2025-11-14T19:03:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Amara]] di [[A:viale Golgi 44, appartamento 3]]. Il wifi non va di nuovo da ieri 😩 lunedi ho esame",
            ),
            (
                "a",
                "Ciao [[P:Amara]], scusa! Puoi guardare le luci del router? E dimmi se il portatile prende un indirizzo IP (Impostazioni > Wi-Fi > Dettagli).",
            ),
            (
                "c",
                "La luce è arancione. Il mio pc dice IP [[IP:192.168.1.37]] ma niente internet, quello di [[P:Jakub]] dice [[IP:169.254.18.203]] boh",
            ),
            (
                "a",
                "Ok, vuol dire che il router ha perso la linea. Dal pannello del gestore il vostro IP pubblico [[IP:93.41.207.118]] risulta visto l'ultima volta ieri alle {{TM:22:14}}. Ho aperto il ticket {{R:TKT-77120458}} con {{B:TIM}}. [[P:Kamil]]",
            ),
            (
                "c",
                "grazieee. il tecnico può venire quando sono a casa? torno dalla biblioteca alle {{TM:17}}. [[P:Jakub]] è a casa la mattina, il suo numero [[T:+48 512 338 074]]",
            ),
            (
                "a",
                "Il tecnico viene {{D:domani}} tra le {{TM:9}} e le {{TM:13}}, scrivo io a [[P:Jakub]]. Intanto puoi usare il wifi della {{W:Biblioteca Universitaria}} 📚 [[P:Kamil]]",
            ),
        ],
    },
    # 25. a Chinese student looks for a single room; name in Chinese characters, WeChat ID, friend in Pavia
    {
        "business": "flats",
        "platform": "instagram",
        "customer": "xiaoyu.wang",
        "lang": "it",
        "start": "2025-01-09T06:12:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Wang Xiaoyu]] ([[P:王晓雨]]), studentessa di economia, cerco stanza singola da {{D:febbraio}}, budget {{$:400}} euro",
            ),
            (
                "a",
                "Ciao [[P:Xiaoyu]]! Abbiamo una singola in [[A:via Mentana 31]], in centro, a {{$:410 €}}. Vuoi vederla in videochiamata?",
            ),
            (
                "c",
                "si grazie! mia amica [[P:Li Na]] vive già a [[L:Pavia]] e può venire a vedere di persona. il mio wechat è [[H:xiaoyu_w0712]]",
            ),
            (
                "a",
                "Perfetto. [[P:Li Na]] può passare {{D:giovedì}} alle {{TM:17}}? Citofono {{B:CasaErasmus}}, secondo piano. Le foto intanto sono su {{W:www.casaerasmus-pavia.example.it/stanze}} [[P:Stella]]",
            ),
            ("c", "ok lei viene. il suo numero [[T:+39 320 118 4675]]. grazie mille [[P:Stella]]!"),
            ("a", "Prego! Se [[P:Li Na]] è in ritardo mi scriva pure qui 🙂"),
        ],
    },
    # 26. a British student moves out; UK IBAN, forwarding address in Leeds, codice fiscale, the gas bill
    {
        "business": "flats",
        "platform": "whatsapp",
        "customer": "Jason Parker",
        "lang": "en",
        "start": "2025-06-20T15:29:00",
        "messages": [
            (
                "c",
                "Hey [[P:Stella]], it's [[P:Jason Parker]], I'm moving out of [[A:via Mentana 31]] on {{D:30 June}}. How do I get my deposit back?",
            ),
            (
                "a",
                "Hi [[P:Jason]]! We do the checkout inspection on the last day, then refund within 30 days. Send me a UK IBAN and a forwarding address please.",
            ),
            (
                "c",
                "IBAN [[I:GB48 NWBK 6016 1348 2917 35]]. From July I'm at [[A:27 Ashgrove Terrace]], [[L:Headingley]], [[L:Leeds]] [[A:LS6 3DP]]. Codice fiscale if you need it [[CF:PRKJSN01M23Z114Q]], email [[E:jparker01@example.co.uk]]",
            ),
            (
                "a",
                "Perfect. One thing: the desk lamp in your room is broken, we'll deduct {{$:15 €}} unless you replace it with the same one ({{PD:IKEA Forså}}).",
            ),
            (
                "c",
                "fair enough, [[P:Ben]] broke it at my birthday party tbh 😂 just deduct it. oh and I'll leave the last gas {{W:bill}} with [[P:Amara]]",
            ),
            ("a", "Haha ok! See you on the 30th at {{TM:10}}. [[P:Stella]]"),
        ],
    },
    # 27. a Romanian student in non-native Italian; room swap, home address in Cluj, boyfriend's music site
    {
        "business": "flats",
        "platform": "telegram",
        "customer": "Ioana Popescu",
        "lang": "it",
        "start": "2025-02-02T11:11:00",
        "messages": [
            (
                "c",
                "Bună ziua! Buongiorno, sono [[P:Ioana Popescu]], vengo da [[L:Cluj-Napoca]]. Ho visto vostro annuncio su {{W:Subito}}, la stanza è ancora libera per semestre estivo?",
            ),
            (
                "a",
                "Ciao [[P:Ioana]], la stanza in [[A:corso Cavour 17]] è stata appena presa, ma ne abbiamo una in [[A:via Scopoli 9/B]] a {{$:395 €}}. [[P:Kamil]]",
            ),
            (
                "c",
                "Va bene [[A:via Scopoli]]. Per contratto mio indirizzo in [[L:Romania]] è [[A:Strada Memorandumului 28, ap. 14]], [[A:400114]] [[L:Cluj-Napoca]]. Email [[E:ioana.popescu98 [at] example [dot] ro]]",
            ),
            ("a", "Grazie! Contratto inviato. Hai un numero di telefono per le emergenze?"),
            (
                "c",
                "[[T:+40 742 519 806]]. Anche il mio ragazzo [[P:Andrei Constantinescu]] viene qualche volta a trovarmi, va bene? Lui fa musica, ha piccolo sito [[U:andreiconst.example.ro]] 🎸",
            ),
            ("a", "Le visite vanno bene, basta avvisare i coinquilini 🙂 [[P:Kamil]]"),
        ],
    },
    # 28. a private landlord from Vigevano wants the agency to manage his flat; IBAN, landline, daughter Serena
    {
        "business": "flats",
        "platform": "whatsapp",
        "customer": "Pierluigi Gandini",
        "lang": "it",
        "start": "2025-10-27T17:46:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Pierluigi Gandini]], ho un trilocale in [[A:v.le Cremona 118]] che vorrei affittare a studenti. Gestite anche appartamenti di privati?",
            ),
            (
                "a",
                "Buonasera sig. [[P:Gandini]], sì, ci occupiamo di tutto: annunci, contratti, manutenzioni. La commissione è l'{{$:8%}} del canone.",
            ),
            (
                "c",
                "Bene. Gli affitti andrebbero versati su [[I:IT54X0200803284000105377214]], cointestato con mia moglie [[P:Felicita Rognoni]]. Io abito a [[L:Vigevano]], [[A:via del Popolo 5]]. La mail è [[E:pierluigi.gandini(chiocciola)example.it]]",
            ),
            (
                "a",
                "Perfetto. Possiamo fare un sopralluogo {{D:mercoledì}} pomeriggio? Se mi lascia un numero la chiama il collega [[P:Kamil]].",
            ),
            (
                "c",
                "[[T:0381 84 27 11]] casa, oppure [[T:348.705.2219]]. Chiedete pure di me o di mia figlia [[P:Serena]], che ha le chiavi",
            ),
            ("a", "Grazie, a mercoledì! [[P:Stella Ricci]]"),
            (
                "c",
                "speriamo in una giornata {{W:serena}}, con la nebbia che c'è qui non si vede a un metro 😄",
            ),
        ],
    },
    # 29. a grandmother books a christening buffet; godfather called Natale, confetti brands, the shop's IBAN
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Immacolata Esposito",
        "lang": "it",
        "start": "2025-03-08T16:22:00",
        "messages": [
            (
                "c",
                "Salve signora buonasera sono [[P:Immacolata Esposito]] volevo sapere x il battesimo di mio nipote [[P:Angelo]] il {{D:4 maggio}}, siamo circa 60 persone, fate anche la torta?",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Esposito]] e auguri per il piccolo! Sì, torta e confettata sono incluse. Il menù battesimo va da {{$:38 €}} a persona. Dove si terrà la festa? [[P:Assunta]]",
            ),
            (
                "c",
                "a casa di mio figlio [[P:Gennaro]] a [[L:Pontecagnano]] che tene o giardino grande, [[A:via Picentia 233]]. Il padrino è [[P:Natale]], il fratello di mia nuora [[P:Carmela]]",
            ),
            (
                "a",
                "Perfetto, il {{D:4 maggio}} è libero. Menù: antipasto di terra, {{W:primo}} (scialatielli ai frutti di mare o paccheri alla genovese), secondo e torta con gli angioletti 😇 Per la torta: {{W:celeste}} o {{W:bianca}}? Il menù completo è su {{W:www.donnatitina-catering.example.it/battesimi}}",
            ),
            (
                "c",
                "{{W:celeste}} che è maschietto!! la mamma [[P:Carmela]] vuole i confetti {{B:Pelino}} o {{B:Maxtris}}",
            ),
            (
                "a",
                "Nessun problema, usiamo {{B:Maxtris}} 😊 li ordiniamo oggi stesso (ordine {{O:MX-118204}}). Per la caparra ({{$:500 €}}) può fare bonifico su [[I:IT11E0306234210000003861547]] oppure passare in laboratorio, [[A:via Giovanni da Procida 47]].",
            ),
            (
                "c",
                "vengo io con mio marito [[P:Pasquale]] sabato mattina. a {{W:Natale}} vi avevamo già conosciuto alla festa di zi' [[P:Rituccia]], che buone le zeppole",
            ),
        ],
    },
    # 30. a surveyor wants an invoice to his sole-trader studio for his daughter's first communion
    {
        "business": "catering",
        "platform": "messenger",
        "customer": "Paolo Bruno",
        "lang": "it",
        "start": "2025-04-01T12:35:00",
        "messages": [
            (
                "c",
                "Gentile {{B:Catering Donna Titina}}, sono [[P:Paolo Bruno]], geometra. Per la Prima Comunione di mia figlia [[P:Benedetta]] ({{D:domenica 18 maggio}}) vorrei un preventivo per 35 adulti e 12 bambini, con fattura intestata al mio studio.\nCordiali saluti\n[[P:P. Bruno]]",
            ),
            (
                "a",
                "Gentile geom. [[P:Bruno]], con piacere. Menù comunione {{$:42 €}} adulti, {{$:22 €}} bambini, servizio incluso. Per la fattura ci servono P.IVA e sede. [[P:Assunta Villani]]",
            ),
            (
                "c",
                "{{B:Studio Tecnico Bruno}}, P.IVA [[V:05876200659]], [[A:via dei Greci 12]], loc. [[L:Fratte]], [[A:84135]] [[L:Salerno]]. Il mio codice fiscale è [[CF:BRNPLA71D12H703O]], PEC [[E:studiotecnicobruno@pec.example.it]]. Il sito dello studio se serve: [[U:www.studiotecnicobruno.example.it]]",
            ),
            (
                "a",
                "Grazie. Il preventivo {{R:PRV-2025-061}} è in allegato. La festa sarà in sala o a domicilio?",
            ),
            (
                "c",
                "A domicilio, nella tenuta di mia suocera [[P:Gioia Santoro]] a [[L:Giffoni Valle Piana]], [[A:fraz. Santa Caterina, via Vallone 3]]",
            ),
            (
                "a",
                "Ottimo, una bella cornice 🌿 Il {{D:18 maggio}} è confermato. Tanti auguri a [[P:Benedetta]] per il grande giorno! [[P:Assunta]]",
            ),
            ("c", "Grazie a voi. Speriamo in una giornata {{W:benedetta}} dal {{W:sole}} ☀️"),
        ],
    },
    # 31. a make-up artist plans her son's christening buffet; coeliac husband, godmother Immacolata on the feast day
    {
        "business": "catering",
        "platform": "instagram",
        "customer": "salma.benali.mua",
        "lang": "it",
        "start": "2025-10-16T21:04:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Salma]] ([[H:@salma.benali.mua]]), truccatrice ([[U:www.salmabenali-makeup.example.it]]). mi sposo l'anno prossimo ma intanto c'è il battesimo di mio figlio [[P:Elia]] 👶 fate mini buffet per 25 persone?",
            ),
            (
                "a",
                "Ciao [[P:Salma]]! Certo, buffet battesimo da {{$:25 €}} a persona. Ci sono allergie?",
            ),
            (
                "c",
                "si mio marito [[P:Rocco]] è celiaco e la suocera [[P:Filomena]] non mangia pesce. la festa è da noi a [[L:Battipaglia]], [[A:via Domodossola 19]], 3° piano senza ascensore 😅 per il preventivo [[E:salma.benali.mua@example.com]]",
            ),
            (
                "a",
                "Va benissimo, facciamo tutto senza glutine per sicurezza. Per le scale mandiamo [[P:Pasquale]] e [[P:Ciro]] 💪 Che data?",
            ),
            (
                "c",
                "{{D:lunedì 8 dicembre}}, festa dell'{{W:Immacolata}}. la madrina è mia cugina [[P:Immacolata]] detta [[P:Titti]], è tutto un programma 😂",
            ),
            (
                "a",
                "Che coincidenza! 😄 Segnato per l'{{W:Immacolata}}. Ti mando il preventivo entro {{D:venerdì}}. [[P:Assunta]]",
            ),
        ],
    },
    # 32. a grandmother dictates an order for the twins' communion cake; intercom name, landline, "felice"
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Anna Maria Cuomo",
        "lang": "it",
        "start": "2025-05-12T19:48:00",
        "messages": [
            (
                "c",
                "buonasera sono la nonna di [[P:Gioia]] e [[P:Felice]] i gemellini che fanno la comunione il {{D:25 maggio}} mi chiamo [[P:Anna Maria Cuomo]] volevo ordinare la torta a tre piani con scritto i nomi loro",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Cuomo]]! Che bello, due comunicandi. Torta a tre piani per 40 persone {{$:180 €}}. Scritta: «[[P:Gioia]] e [[P:Felice]]» con la data?",
            ),
            (
                "c",
                "si e pure due calici e l'ostia di zucchero. consegnatela a [[A:p.zza Malta 4, secondo piano, interno 6]], il citofono dice [[P:Cuomo-Amendola]]",
            ),
            ("a", "Va bene. Consegna {{D:sabato 24}} sera o {{D:domenica}} mattina?"),
            (
                "c",
                "domenica alle otto e mezza massimo. se non rispondo chiamate al fisso [[T:089 23 44 718]] o a mia nuora [[P:Fortuna]] [[T:3331927456]]. siete gentilissimi io so proprio {{W:felice}}",
            ),
            (
                "a",
                "Segnato per {{D:domenica}} alle {{TM:8:30}}. Le statuine dei calici sono già partite con {{B:BRT}}, spedizione {{TR:084912637221045}}. Saluti ai gemelli! [[P:Pasquale]]",
            ),
        ],
    },
    # 33. an Irish-Italian couple in Vietri plan their son's christening; granny pays from an Irish IBAN
    {
        "business": "catering",
        "platform": "telegram",
        "customer": "Siobhan Amendola",
        "lang": "en",
        "start": "2025-04-26T10:19:00",
        "messages": [
            (
                "c",
                "Hello! We're [[P:Siobhan]] and [[P:Luca Amendola]], planning our son [[P:Finn]]'s christening on {{D:June 15}} in [[L:Vietri sul Mare]], where we live. Catering for 40, a mix of Irish and Italian guests 😄",
            ),
            (
                "a",
                "Hi [[P:Siobhan]]! Lovely. We can do a mix: Italian buffet plus a few Irish touches, soda bread maybe? {{$:40 €}} per person. Where's the reception?",
            ),
            (
                "c",
                "At our house, [[A:Via Diego Taiani 14]], the one with the yellow gate. Parking is awful, best to call [[P:Luca]]'s dad [[P:Natale]] on [[T:+39 089 761 2043]], he'll open the garage. Or add [[P:Luca]] here: [[U:t.me/luca_amendola_vietri]]",
            ),
            (
                "a",
                "Noted. We need a 30% deposit ({{$:480 €}}), by bank transfer or card via our secure link. Reference {{R:CAT-2025-0615}}.",
            ),
            (
                "c",
                "My granny [[P:Nora Gallagher]] insists on paying it from [[L:Galway]] 😂 she'll send it from her account, [[I:IE16 AIBK 9311 5247 8026 13]]. Her email for the receipt: [[E:nora.gallagher AT example DOT ie]]",
            ),
            (
                "a",
                "That's very sweet of her! Receipt will go to her as soon as it arrives. Thanks a million 🙂 [[P:Assunta]]",
            ),
        ],
    },
    # 34. a communion is postponed after Easter; refund to the husband's Italian account, "chiara"
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Pasqua De Luca",
        "lang": "it",
        "start": "2025-03-31T09:57:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Pasqua De Luca]]. Purtroppo dobbiamo rimandare la comunione di [[P:Chiara]], la parrocchia ha spostato tutto a dopo {{W:Pasqua}}. Ci restituite la caparra o la spostiamo?",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:De Luca]], mi dispiace! Possiamo spostare la data senza costi oppure restituire la caparra di {{$:300 €}}. Qual è la nuova data?",
            ),
            (
                "c",
                "non lo sappiamo ancora, don [[P:Vincenzo]] deve decidere. Meglio il rimborso, poi riprenotiamo. Conto intestato a mio marito [[P:Alfonso Russo]]: [[I:IT91T0503410800000000482917]]",
            ),
            (
                "a",
                "Bonifico fatto oggi, CRO {{R:0503412894771025}}. Appena sapete la data scriveteci. [[P:Pasquale]]",
            ),
            (
                "c",
                "ricevuto grazie. speriamo in una giornata {{W:chiara}} che [[P:Chiara]] ci tiene alle foto in giardino 🙏",
            ),
        ],
    },
    # 35. a Peruvian woman asks for a Peruvian dish at her niece's christening; sister in Arequipa, wa.me link
    {
        "business": "catering",
        "platform": "instagram",
        "customer": "milagros.quispe",
        "lang": "it",
        "start": "2025-09-03T17:30:00",
        "messages": [
            (
                "c",
                "hola, buongiorno! Sono [[P:Milagros Quispe]], peruviana, abito a [[L:Salerno]] da 10 anni. Per il battesimo della mia nipotina [[P:Valentina]] potete fare anche un piatto peruviano? tipo causa limeña 😅",
            ),
            (
                "a",
                "Ciao [[P:Milagros]]! Non l'abbiamo mai fatta ma ci proviamo volentieri se ci date la ricetta 😊 Per quante persone?",
            ),
            (
                "c",
                "30 circa. la ricetta ce l'ha mia sorella [[P:Rocío]], sta ad [[L:Arequipa]], scrivetele qui [[U:wa.me/51987214330]]",
            ),
            ("a", "Perfetto, la contatto io. La festa dove sarà?"),
            (
                "c",
                "prima nella sala della parrocchia di {{W:San Domenico}}, poi a casa nostra in [[A:traversa Gelsi 2]], [[L:Fratte]]",
            ),
            ("a", "Ok! Vi mando il menù per mail, mi lasci l'indirizzo?"),
            ("c", "[[E:milagros.qh@example.com]] grazie mil!"),
        ],
    },
    # 36. a student signs up for a membership; codice fiscale, address in Trento, boyfriend Leone, wall colours
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Bianca Conti",
        "lang": "it",
        "start": "2025-10-01T18:41:00",
        "messages": [
            (
                "c",
                "ciao! vorrei fare l'abbonamento studenti, sono [[P:Bianca Conti]], studio ingegneria qui a [[L:Trento]]",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Abbonamento studenti {{$:39 €}}/mese o {{$:330 €}}/anno. Per il tesseramento servono codice fiscale, indirizzo ed email. [[P:Franco]]",
            ),
            (
                "c",
                "CF [[CF:CNTBNC04E45I483O]], abito in [[A:via Brennero 169/3]], [[A:38121]] [[L:Trento]]. mail [[E:bianca.conti04@example.it]]",
            ),
            ("a", "Perfetto. Hai già arrampicato o vuoi fare il corso base?"),
            (
                "c",
                "ho fatto un po' di boulder a [[L:Verona]] con il mio ragazzo [[P:Leone]], lui è di li. Posso portarlo come ospite una volta?",
            ),
            (
                "a",
                "Certo, ingresso ospite {{$:13 €}}. Le scarpette si noleggiano a {{$:4 €}}, abbiamo {{PD:La Sportiva Tarantulace}} e {{PD:Scarpa Origin}}. [[P:Franco]]",
            ),
            (
                "c",
                "top! ps i blocchi nuovi sul muro {{W:bianco}}, quelli {{W:rosa}}, sono bellissimi 😍",
            ),
        ],
    },
    # 37. two climbers from Munich want a guided multi-pitch day near Arco; logbook profiles, guide Neve
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "tobias.brenner",
        "lang": "en",
        "start": "2025-04-22T07:25:00",
        "messages": [
            (
                "c",
                "Hi! My friend and I ([[P:Tobias Brenner]] and [[P:Katrin Vogel]] from [[L:Munich]]) will be in [[L:Arco]] next week. Do you offer guided multi-pitch days?",
            ),
            (
                "a",
                "Hi [[P:Tobias]]! Yes, with our mountain guide [[P:Neve Tomasi]]. Full day {{$:320 €}} for two, gear included. What level do you climb?",
            ),
            (
                "c",
                "Around 6b/6c outdoors. My logbook is on [[U:https://www.8a.nu/user/tobias-brenner]] and [[P:Katrin]]'s is on thecrag ([[U:thecrag.com/climber/katrinv]])",
            ),
            (
                "a",
                "Great! [[P:Neve]] suggests {{W:Monte Colodri}}: sunny, not too long. Up on the {{W:Brenta}} there's still too much snow – lots of {{W:neve}}, as we say 😄 Forecast on {{W:www.meteotrentino.it}}.",
            ),
            ("c", "Sounds perfect. Where do we meet?"),
            (
                "a",
                "{{D:Tuesday}} at {{TM:8:00}}, public car park by the {{W:Rock Master}} wall in {{W:Arco}}. [[P:Neve]]'s number: [[T:+39 349 260 7718]].",
            ),
            (
                "c",
                "Thx! [[P:Katrin]]'s brother [[P:Felix]] might join too, he's [[H:@felix.sends]] on here 🧗",
            ),
        ],
    },
    # 38. a sprained ankle in the gym: insurance claim, address in a hamlet, physiotherapist's P.IVA and e-mail
    {
        "business": "climb",
        "platform": "messenger",
        "customer": "Stefania Lunelli",
        "lang": "it",
        "start": "2025-02-25T08:48:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Stefania Lunelli]]. {{D:Giovedì}} sera mi sono storta la caviglia scendendo dal blocco {{W:giallo}}. Serve un modulo per l'assicurazione? Il vostro istruttore [[P:Mirko]] mi ha aiutata subito, grazie a lui.",
            ),
            (
                "a",
                "Buongiorno [[P:Stefania]], ci dispiace molto! Sì, le mandiamo la denuncia di sinistro per la polizza {{B:Reale Mutua}}. Ci conferma la tessera ({{R:BR-2024-1187}}) e l'indirizzo?",
            ),
            (
                "c",
                "Tessera giusta. Indirizzo [[A:loc. Vigo Meano 22]], [[A:38121]] [[L:Trento]]. Sto facendo fisioterapia da [[P:Alessio Bertoldi]] ([[U:fisiobertoldi.example.it]]), mi ha chiesto una copia del referto: [[E:alessio.bertoldi.fisio@example.it]]",
            ),
            (
                "a",
                "Ok. Il modulo va firmato anche da [[P:Mirko Zeni]] e dalla persona che era con lei, se la ricorda?",
            ),
            ("c", "si, [[P:Rosa]]... no, [[P:Rossella]] qualcosa, capelli rossi"),
            (
                "a",
                "[[P:Rossella Pedrotti]], la conosciamo, la contattiamo noi. Il fisioterapista fattura a lei? Per il rimborso serve la fattura con la sua partita IVA.",
            ),
            (
                "c",
                "si, la fattura riporta [[V:04187730215]], studio in [[A:via Perini 14]]. Grazie per la disponibilità, [[P:Stefania]]",
            ),
        ],
    },
    # 39. an Indian engineer signs up his kids; booking app blocked his IP, card number pasted, wife Lakshmi
    {
        "business": "climb",
        "platform": "telegram",
        "customer": "Rahul Iyer",
        "lang": "it",
        "start": "2025-09-10T12:16:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Rahul Iyer]], lavoro a [[L:Trento]] da un anno. Vorrei iscrivere i miei figli [[P:Aditi]] (9) e [[P:Vikram]] (12) al corso bambini. Il corso è anche in inglese?",
            ),
            (
                "a",
                "Ciao [[P:Rahul]]! Il corso è in italiano ma la nostra istruttrice [[P:Hope Mwangi]] parla inglese 🙂 Il {{D:mercoledì}} dalle {{TM:17:00}} alle {{TM:18:30}}, {{$:180 €}} per 10 lezioni. [[P:Franco]]",
            ),
            (
                "c",
                "Great. I tried to register on your booking app but it says 'too many attempts from IP [[IP:151.38.112.74]]'. Can you unblock it?",
                "en",
            ),
            (
                "a",
                "Scusi! Sbloccato adesso. Se succede di nuovo ci scriva qui. Può anche pagare in cassa con la carta.",
            ),
            (
                "c",
                "Thanks. I'd rather pay now: Mastercard [[C:5355 4812 0093 8746]], [[P:R. Iyer]]. Is that ok? Receipt to [[E:rahul dot iyer at example dot org]]",
                "en",
            ),
            (
                "a",
                "Per favore non mandate mai numeri di carta in chat 🙏 Non l'abbiamo usata e abbiamo cancellato il messaggio; si paga in cassa o dall'app. L'iscrizione risulta già nell'app, ordine {{O:APP-2025-3381}}. Ci vediamo mercoledì! [[P:Franco]]",
            ),
            ("c", "Scusate! mia moglie [[P:Lakshmi]] dice che sono un disastro 😅 a mercoledì"),
        ],
    },
    # 40. a freelance route setter from Bolzano applies; site, YouTube, obfuscated e-mail, partner, P.IVA
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Ivan Pedron",
        "lang": "it",
        "start": "2025-07-14T14:33:00",
        "messages": [
            (
                "c",
                "Ciao ragazzi! Mi chiamo [[P:Ivan Pedron]], faccio il tracciatore freelance, vengo da [[L:Bolzano]]. Cercate qualcuno per il rinnovo dei blocchi di {{D:settembre}}?",
            ),
            (
                "a",
                "Ciao [[P:Ivan]]! Sì, stiamo cercando. Hai un portfolio o qualcosa da farci vedere? [[P:Franco]]",
            ),
            (
                "c",
                "Certo: [[U:www.ivanpedron-routesetting.example.com]], i video sono su [[U:youtube.com/@ivanpedronclimbs]] e su ig sono [[H:@ivan_sets]]. Il CV te lo mando per mail, la mia è [[E:ivan punto pedron chiocciola example punto com]]. Fatturo con P.IVA [[V:02934560588]]",
            ),
            (
                "a",
                "Bellissimi i blocchi che hai tracciato per il {{W:Melloblocco}}! Scrivi anche a [[P:Neve]] che gestisce i turni: [[E:neve@bloccorosso-trento.example.it]]",
            ),
            (
                "c",
                "Perfetto. Posso venire con il mio socio [[P:Kristian Hofer]]? lavoriamo in coppia. Il mio numero [[T:0471 93 18 44]] ufficio o cell [[T:+39 340 88 17 265]]",
            ),
            (
                "a",
                "Venite insieme {{D:lunedì}} alle {{TM:10}}, la palestra è chiusa al pubblico e vi facciamo vedere i muri. [[P:Franco]]",
            ),
        ],
    },
    # 41. a vanlife couple want day passes; UK address for the waiver, summer/Summer, their Instagram
    {
        "business": "climb",
        "platform": "instagram",
        "customer": "twoandavan_",
        "lang": "en",
        "start": "2025-07-29T17:09:00",
        "messages": [
            (
                "c",
                "hey! me and my gf [[P:Summer]] are doing vanlife round the [[L:Dolomites]] this {{W:summer}} 🚐 can we just turn up for a day pass? [[P:Jack Pemberton]] btw, our trip is on [[U:instagram.com/twoandavan_jacksummer]]",
            ),
            (
                "a",
                "Hi [[P:Jack]]! Yep, day pass is {{$:15 €}}, no booking needed. The first time you fill in a waiver with name, address and date of birth. [[P:Neve]]",
            ),
            (
                "c",
                "cool, we're parked up in [[L:Lavis]] tonight. what address do we put, we live in the van lol. our UK one is [[A:9 Fennel Close]], [[L:Exeter]] [[A:EX4 7QN]]",
            ),
            ("a", "That's fine, use the UK address 🙂 Is [[P:Summer]] climbing too?"),
            (
                "c",
                "yeah she's better than me tbh 😂 her handle's [[H:@summerclimbs_]] if you wanna repost our video. oh and we ordered a chalk bag on your webshop, order {{O:#BR-20417}}, can we grab it tomorrow?",
            ),
            (
                "a",
                "Will do! The chalk bag is waiting at the desk. See you tomorrow, we open at {{TM:10}}. [[P:Neve]]",
            ),
        ],
    },
    # 42. a mother books a kids' birthday party; lowercase list of children, allergies, star balloons
    {
        "business": "climb",
        "platform": "whatsapp",
        "customer": "Marina Dallapè",
        "lang": "it",
        "start": "2025-10-20T20:02:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Marina Dallapè]], vorrei organizzare da voi la festa di compleanno di mio figlio [[P:Tommaso]] (8 anni), {{D:sabato 15 novembre}}",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Festa kids: 2 ore con istruttore + merenda, {{$:18 €}} a bambino (minimo 8). Mi mandi la lista dei bimbi per l'assicurazione? [[P:Neve]]",
            ),
            (
                "c",
                "eccola: [[P:giacomo]], [[P:stella]], [[P:aurora b.]], [[P:mattia]], [[P:yusuf]], [[P:chen]], [[P:sofia m.]], [[P:leone]], [[P:pietro]], [[P:gaia]]",
            ),
            ("a", "Perfetto, 11 con [[P:Tommaso]]. Qualche allergia?"),
            (
                "c",
                "[[P:yusuf]] non mangia maiale e [[P:stella]] è allergica alla frutta secca. la mamma di [[P:stella]], [[P:Ornella]], vi scrive lei: [[T:347 5566 102]]",
            ),
            (
                "a",
                'Segnato, niente frutta secca! Per il tema abbiamo i palloncini a {{W:stella}} e i diplomi "scalatore provetto" 🌟 La torta la portate voi?',
            ),
            (
                "c",
                "si la fa mia suocera [[P:Rosanna]]. le foto poi le metto su [[U:flickr.com/photos/marinadallape]] per gli altri genitori. conferma a [[E:marina.dallape@example.it]], grazie!",
            ),
        ],
    },
    # --- end of conversations ---
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(51, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
