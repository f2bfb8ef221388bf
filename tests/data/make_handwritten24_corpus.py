# ruff: noqa: E501
"""Hand-written blind test corpus no. 24 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten24_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): an olive-oil mill (frantoio) in Puglia shipping
abroad, a children's party entertainer in Naples, a veterinary clinic in Bologna, a bridal-wear
shop in Bari, a ski school in Cortina with many British families, and a 24-hour locksmith in Rome.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten24_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten24_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "oil": "Frantoio Masseria Ulivo Grande",
    "party": "Mago Peppiniello Feste Bimbi Napoli",
    "vet": "Clinica Veterinaria San Donato",
    "bridal": "Atelier Sposa Levante Bari",
    "ski": "Scuola Sci Tofane Cortina",
    "lock": "Pronto Fabbro Roma H24",
}
PAGE_IDS: dict[str, str] = {
    "oil": "624020000000113",
    "party": "624020000000224",
    "vet": "624020000000335",
    "bridal": "624020000000446",
    "ski": "624020000000557",
    "lock": "624020000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Oil: German customer ordering a case to Munich, pays by bank transfer
    {
        "business": "oil",
        "platform": "messenger",
        "customer": "Katrin Baumann",
        "lang": "en",
        "start": "2024-11-04T08:41:00",
        "messages": [
            (
                "c",
                "Hello! I tasted your oil at my friend [[P:Serena]]'s house in [[L:Lecce]] last summer and I would like to order 6 bottles of the {{PD:Coratina DOP}} 0.75l to Germany. Is that possible?",
            ),
            (
                "a",
                "Hi [[P:Katrin]]! Of course, we ship to Germany every week. 6 x {{PD:Coratina DOP}} 0.75 = {{$:€ 87,00}} + shipping {{$:€ 19,50}}. Can you send me the full address and a phone for the courier? [[P:Vito]] - Masseria Ulivo Grande",
            ),
            (
                "c",
                'Great. [[P:Katrin Baumann]], [[A:Belgradstraße 41]], [[A:80796]] [[L:München]]. Phone [[T:+49 151 2384 7719]]. Please write on the box "c/o [[P:Dr. Holger Schmid]]" because I am at work during the day, he is my neighbour on the ground floor',
            ),
            (
                "a",
                "Perfect, noted c/o [[P:Schmid]]. You can pay by bank transfer: IBAN [[I:IT04 K030 6909 6061 0000 0098 765]], holder Masseria Ulivo Grande di [[P:Vito Lopalco]], reference {{O:ORD-24-1187}}",
            ),
            (
                "c",
                "Transfer done from my account [[I:DE44500105175407324931]]. Can I have an invoice? My VAT is [[V:DE136458205]], I run a small deli",
            ),
            ("a", "Danke [[P:Katrin]]! Invoice will come to your e-mail, which one should I use?"),
            ("c", "[[E:k.baumann@feinkost-baumann.example]] thx!"),
            (
                "a",
                "Shipped today with {{B:DHL}}, tracking {{TR:JJD0001490250667812}}. Expected {{D:Friday 8 November}}. Ciao, [[P:Vito]]",
            ),
        ],
    },
    # 2. Oil: Italian nonna order for grandchildren in Milan, with daughter's number
    {
        "business": "oil",
        "platform": "whatsapp",
        "customer": "Nunzia",
        "lang": "it",
        "start": "2024-11-12T16:05:00",
        "messages": [
            (
                "c",
                "buonasera sn [[P:nunzia]] di [[L:Bitonto]], vorrei mandare 2 latte da 5 litri a mia figlia a [[L:Milano]] x natale, quanto viene",
            ),
            (
                "a",
                "Buonasera signora! La latta da 5 lt di {{PD:Extravergine Ogliarola}} costa {{$:48 euro}}, la spedizione in Italia {{$:12 euro}} fino a 30 kg. Mi dà indirizzo e telefono di sua figlia? [[P:Rosa]] del frantoio",
            ),
            (
                "c",
                "si allora [[P:Angela Leone]] [[A:via Padova 118]] scala B interno 9, [[A:20127]] [[L:Milano]], nn c e il nome sul citofono c e scritto [[P:Mbaye]] perche è il cognome del marito, il cel di [[P:angela]] è [[T:347 812 0495]]",
            ),
            (
                "a",
                'Perfetto, scrivo sul pacco "[[P:Leone]] / [[P:Mbaye]]" così il corriere non si confonde 👍 Paga alla consegna o bonifico?',
            ),
            (
                "c",
                "alla consegna paga [[P:angela]] cmq, nn ci facciamo problemi. mi raccomando che arriva prima di {{W:Natale}}",
            ),
            (
                "a",
                "Partono {{D:lunedì 16}}, in 3 giorni sono da lei. Ordine {{O:UG-3392}}. Buona serata signora [[P:Nunzia]]!",
            ),
        ],
    },
    # 3. Oil: American restaurateur asking for wholesale, UK colleague, card payment
    {
        "business": "oil",
        "platform": "instagram",
        "customer": "chef.marcus.church",
        "lang": "en",
        "start": "2025-01-09T21:17:00",
        "messages": [
            (
                "c",
                "hey there, [[P:Marcus]] here from [[L:Portland]] OR. I run a small trattoria and my sous chef [[P:Will Baker]] (@[[H:willbakes_pdx]]) can't stop talking about your oil. do you ship to the US for restaurants?",
            ),
            (
                "a",
                "Hi [[P:Marcus]]! Yes, we ship to the US by pallet or by parcel. For restaurants we have the {{PD:Bag in Box 10 l}} at {{$:$ 165}}. Can I have your restaurant address and a phone?",
            ),
            (
                "c",
                "sure: [[P:Marcus Church]], {{B:Trattoria Nonna Pia}}, [[A:2218 SE Division St]], [[L:Portland]], [[A:OR 97202]]. cell [[T:(503) 555-0148]], or the restaurant [[T:503.555.0193]]",
            ),
            (
                "c",
                "also my business partner in [[L:London]] [[P:Grace Okonkwo]] might want the same for her place, her email is [[E:grace dot okonkwo at supperclub dot example]] — I told her to write you",
            ),
            (
                "a",
                "Great, I'll write to [[P:Grace]] too. For the US order you can pay by card with this link: [[U:https://pay.ulivogrande.example/checkout/marcus-church-8841]] 🫒 [[P:Vito]]",
            ),
            ("c", "paid! card ending 7733. thanks [[P:Vito]], cheers from [[L:Oregon]]"),
        ],
    },
    # 4. Oil: Swiss customer, damaged tin, complaint, photos by email
    {
        "business": "oil",
        "platform": "messenger",
        "customer": "Bianca Rüegg",
        "lang": "it",
        "start": "2025-01-21T10:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Bianca Rüegg]] da [[L:Lugano]]. La latta è arrivata ammaccata e ha perso olio nella scatola 😞 ordine {{O:UG-3471}}",
            ),
            (
                "a",
                "Buongiorno [[P:Bianca]], mi dispiace tantissimo! Può mandarmi due foto a [[E:spedizioni@ulivogrande.example]]? Intanto apro la pratica col corriere {{B:GLS}}. Ciao, [[P:Rosa]]",
            ),
            (
                "c",
                "Fatto, le ho mandate dalla mail di mio marito [[E:marco.ruegg@bluewin.example]] perché la mia non va. Il corriere era un certo [[P:Dario]], mi ha detto di scrivere a voi",
            ),
            (
                "a",
                "Ricevute. Le rimandiamo una latta nuova gratis, stesso indirizzo? [[A:via Cantonale 22]], [[A:6900]] [[L:Lugano]]?",
            ),
            (
                "c",
                "No questa volta mandatela in ufficio: c/o Studio [[P:Ferrari]], [[A:Riva Albertolli 5]], [[A:6900]] [[L:Lugano]], tel ufficio [[T:0041 91 922 45 70]]",
            ),
            (
                "a",
                "Perfetto, parte {{D:domani}} con {{TR:GLS 6B11 4420 9931}}. Ancora scuse! [[P:Rosa]]",
            ),
        ],
    },
    # 5. Oil: harvest visit booking, Romanian worker, IBAN refund
    {
        "business": "oil",
        "platform": "telegram",
        "customer": "Ioana P.",
        "lang": "it",
        "start": "2024-10-18T13:30:00",
        "messages": [
            (
                "c",
                "Salve, volevo prenotare la visita al frantoio con degustazione x 4 persone sabato. Mi chiamo [[P:Ioana Popescu]], siamo io, mio marito [[P:Mihai]] e due amici di [[L:Brindisi]]",
            ),
            (
                "a",
                "Ciao [[P:Ioana]]! La {{PD:Visita Molitura + Degustazione}} costa {{$:25 €}} a testa, sabato {{D:26 ottobre}} alle {{TM:10:30}}. Prenotazione {{R:VIS-1026-04}}. Ci trovate in [[A:contrada Lamie di Olimpo s.n.]], {{W:SP 231}} uscita [[L:Andria]]",
            ),
            (
                "c",
                "Perfetto. Il mio numero x qualsiasi cosa [[T:+40 722 418 305]] (romeno) o quello di [[P:mihai]] [[T:329.551.0738]]",
            ),
            (
                "c",
                "scusate nn possiamo piu venire, [[P:mihai]] ha la febbre 🤒 avevo pagato l'acconto di {{$:50 €}}, potete ridarlo? IBAN [[I:IT24H0623012701000045678912]] intestato a [[P:Popescu Ioana]]",
            ),
            (
                "a",
                "Nessun problema, rimborso fatto oggi. Auguri a [[P:Mihai]]! Vi aspettiamo a {{W:Natale}} per l'olio nuovo. [[P:Vito]]",
            ),
        ],
    },
    # 6. Oil: B2B Italian shop order with partita IVA and PEC
    {
        "business": "oil",
        "platform": "whatsapp",
        "customer": "Gastronomia Dal Sud",
        "lang": "it",
        "start": "2025-02-03T09:15:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Giuse]] della gastronomia Dal Sud di [[L:Torino]], ci servono 24 bottiglie da 0,5 di {{PD:Coratina}} e 12 {{PD:Olio al Peperoncino}}",
            ),
            (
                "a",
                "Buongiorno [[P:Giuseppe]]! Totale {{$:€ 312,00}} + IVA. Per la fattura mi servono ragione sociale, P.IVA e SDI",
            ),
            (
                "c",
                "Dal Sud di [[P:Rossi Giuseppe]] & C. snc, P.IVA [[V:04567120987]], SDI M5UXCR1, sede [[A:corso Giulio Cesare 57/A]], [[A:10152]] [[L:Torino]]. Mail amministrazione [[E:amministrazione.dalsud@pec.example.it]]",
            ),
            (
                "c",
                "se preferite pago subito con la carta aziendale [[C:4532 0151 1283 0366]]. ah se serve il mio cf x la garanzia [[CF:RSSGPP80A01A662E]]. x la consegna chiamate mia moglie [[P:Teresa]] al [[T:011 248 9930]] che io sto al banco",
            ),
            (
                "a",
                "Tutto chiaro, ordine {{O:UG-B2B-0219}}, consegna {{D:giovedì 6 febbraio}} mattina. Grazie [[P:Giuse]]! [[P:Rosa]] - Masseria Ulivo Grande",
            ),
        ],
    },
    # 7. Oil: English customer in Ireland, gift with note for sister, code-switch
    {
        "business": "oil",
        "platform": "instagram",
        "customer": "hope.mcgrath",
        "lang": "en",
        "start": "2024-12-02T19:48:00",
        "messages": [
            (
                "c",
                "Hi! Can I send the {{PD:Gift Box Trullo}} to my sister in [[L:Galway]] with a little note? She's [[P:Hope]]... no wait I'm [[P:Hope]] 😂 she's [[P:Neve]]. [[P:Neve McGrath]]",
            ),
            (
                "a",
                "Haha hi [[P:Hope]]! Sure, the {{PD:Gift Box Trullo}} is {{$:€ 39}} and we can add a handwritten card. Address for [[P:Neve]]?",
            ),
            (
                "c",
                '[[A:Apt 3, Claddagh Court, Nimmo\'s Pier]], [[L:Galway]], [[A:H91 X2E4]]. Her phone is [[T:+353 87 664 1290]]. Note: "buon Natale sorellina, ti voglio bene, H."',
            ),
            (
                "a",
                "Che bel messaggio! 😊 Done. Pay here: [[U:https://pay.ulivogrande.example/p/hope-mcgrath]]. It arrives before {{W:Christmas}}. [[P:Rosa]]",
            ),
            ("c", "grazie mille!! my italian is terrible but I try 😅"),
            (
                "a",
                "Your Italian is great! Tracking {{TR:CX204583119IT}}. Merry Christmas to you and [[P:Neve]] 🎄",
            ),
        ],
    },
    # 8. Party: mum booking a magician for a 6th birthday in Vomero, dialect
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Carmela 💕",
        "lang": "it",
        "start": "2024-09-14T11:20:00",
        "messages": [
            (
                "c",
                "uè buongiorno!! vulesse sapé quanto costa 'o mago pe na festa, mio figlio [[P:Gennarino]] fa 6 anni 🎂 sabato {{D:28 settembre}}",
            ),
            (
                "a",
                "Buongiorno signò! Il pacchetto {{PD:Mago + Bolle Giganti}} 2 ore costa {{$:180 €}}, con palloncini modellabili {{$:220 €}}. Dove si fa la festa? [[P:Peppe]] ({{B:Mago Peppiniello}})",
            ),
            (
                "c",
                "a casa da mia cognata [[P:Titti]] ([[P:Concetta Esposito]]) al [[L:Vomero]], [[A:via Luca Giordano 64]], terzo piano, c'è il terrazzo. facciamo 220 cu 'e palluncine",
            ),
            (
                "a",
                "Perfetto! Mi lascia un numero? E il nome del festeggiato per la torta magica ✨",
            ),
            (
                "c",
                "il mio [[T:338 90 12 457]], quello di [[P:titti]] [[T:3396624180]] se nn rispondo. [[P:Gennaro Russo]], ma tutti lo chiamano [[P:Gennarino]] o [[P:Rinuccio]] 😂 ah viene pure il cuginetto [[P:Kevin]] che è un po' timido",
            ),
            (
                "a",
                "Segnato: {{R:FESTA-0928-RUSSO}}, dalle {{TM:16:00}} alle {{TM:18:00}}. Acconto {{$:50 €}} su PayPal a [[E:mago.peppiniello@gmail.example]] o IBAN [[I:IT61X0306909606100000012345]]. Ci vediamo, [[P:Peppe]] 🎩",
            ),
            (
                "c",
                "fatto l'acconto dal conto di mio marito [[P:Salvatore]], si chiama [[P:Salvatore Russo]] nn ti preoccupare se vedi n'altro nome",
            ),
        ],
    },
    # 9. Party: school teacher booking for a class party, Nigerian-Italian parent
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Chiamaka Obi",
        "lang": "it",
        "start": "2024-12-05T17:44:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Chiamaka Obi]], rappresentante di classe della 2B della scuola di [[L:Fuorigrotta]]. Vorremmo un animatore per la festa di {{W:Carnevale}}, 22 bimbi",
            ),
            (
                "a",
                "Salve [[P:Chiamaka]]! Per 22 bambini vi consiglio {{PD:Carnevale Show}} con trucca-bimbi: {{$:260 €}}, 2 animatori (io e [[P:Serena]]). Giorno?",
            ),
            (
                "c",
                "{{D:giovedì 27 febbraio}} alle {{TM:15}}. La maestra [[P:Speranza Bello]] vuole parlarti prima, il suo numero è [[T:081 570 33 21]] (è fisso di casa, dopo le 17)",
            ),
            (
                "c",
                "ah e il pagamento lo fa il comitato genitori, la tesoriera è [[P:Adaeze Nwankwo]] mail [[E:adaeze.nwankwo@libero.example]]",
            ),
            (
                "a",
                "Perfetto, chiamo la maestra [[P:Bello]] domani. Preventivo mandato ad [[P:Adaeze]]. Grazie [[P:Chiamaka]]! [[P:Peppe]] & [[P:Serena]] 🎈",
            ),
            ("c", "grazie a voi!! [[P:Amara]] (mia figlia) è gia emozionatissima"),
        ],
    },
    # 10. Party: English expat family in Posillipo, mixed languages
    {
        "business": "party",
        "platform": "instagram",
        "customer": "sophie_in_napoli",
        "lang": "en",
        "start": "2025-03-02T20:03:00",
        "messages": [
            (
                "c",
                "Hi! Do you do parties in English? My daughter [[P:Victoria]] turns 5 and half her friends are from the international school",
            ),
            (
                "a",
                "Hello! Yes, [[P:Serena]] speaks English very well and does the {{PD:Princess & Pirates Party}} in English 👑🏴‍☠️ It's {{$:200 €}} for 2 hours",
            ),
            (
                "c",
                "perfect!! Saturday {{D:5 April}}, at our flat in [[L:Posillipo]]: [[A:via Manzoni 121/D]], parco Le Ginestre, building C. I'm [[P:Sophie Fox]], mobile [[T:+44 7700 900 812]] but I'm on WhatsApp with [[T:+39 331 447 2219]] too",
            ),
            (
                "a",
                "Segnato! Ops, sorry, noted 😄 {{R:FESTA-0405-FOX}}. Could you send us a photo of the space to [[E:serena@peppiniello.example]]?",
            ),
            ("c", "Sì certo, la mando stasera! il mio italiano migliora grazie a voi 😂", "it"),
            (
                "c",
                "also my husband [[P:Mark]] asks if you can do a magic trick with his name 🙄 he's a big kid. insta is @[[H:markfox_naples]] if you want to tag us after",
            ),
            (
                "a",
                "Haha tell [[P:Mark]] we will make his watch disappear 🎩 See you on the 5th! [[P:Peppe]]",
            ),
        ],
    },
    # 11. Party: grandmother, cancellation for rain, spells surname
    {
        "business": "party",
        "platform": "telegram",
        "customer": "Nonna Ninetta",
        "lang": "it",
        "start": "2025-05-10T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di [[P:Ciro]] e [[P:Asia]], avevamo prenotato x domenica in giardino a [[L:Pozzuoli]] ma danno pioggia, possiamo spostare?",
            ),
            ("a", "Buongiorno signora! Certo, mi dice il cognome per trovare la prenotazione?"),
            (
                "c",
                "[[P:Scognamiglio]]. esse ci o gi enne a emme i gi elle i o. [[P:Antonietta Scognamiglio]], [[A:traversa Pisciarelli 9]], parco Sole, [[L:Pozzuoli]]",
            ),
            (
                "a",
                "Trovata {{R:FESTA-0511-SCOGN}}. Possiamo fare domenica {{D:18 maggio}} stessa ora {{TM:17:30}}? Altrimenti teniamo la festa al coperto da voi",
            ),
            (
                "c",
                "18 va bene. chiamate pure mia nuora [[P:Rosaria]] al [[T:+39 366 120 4455]] x i dettagli, io nn ci capisco con sti telefoni 😅 [[E:rosaria punto amato chiocciola gmail punto com]] se dovete mandare la ricevuta",
            ),
            (
                "a",
                "Spostata! Mando ricevuta a [[P:Rosaria]]. Grazie nonna [[P:Ninetta]] 💛 [[P:Peppe]]",
            ),
        ],
    },
    # 12. Party: business client (hotel) with partita IVA, Chinese manager
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Hotel Mare Chiaro Events",
        "lang": "it",
        "start": "2025-06-11T12:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Li Wei]] ([[P:Wei Li]] sui documenti, il cognome è [[P:Li]] 🙂) responsabile eventi dell'{{B:Hotel Mare Chiaro}} in [[A:via Partenope 38]]. Vorremmo un animatore per il mini club ad agosto",
            ),
            (
                "a",
                "Buongiorno [[P:Li]]! Per il mini club facciamo {{PD:Estate Magica}}: 4 sere a settimana, {{$:1.400 € + IVA}} al mese. Ci mandate i dati per il contratto?",
            ),
            (
                "c",
                "Mare Chiaro srl, P.IVA [[V:08765430031]], sede [[A:via Partenope 38]], [[A:80121]] [[L:Napoli]]. Referente io, [[T:081 764 2290]] interno 4, [[E:eventi@marechiarohotel.example]]",
            ),
            (
                "c",
                "la mia collega [[P:Ylenia Ferro]] firma il contratto, lei è amministratore, cf [[CF:LNEMRA85M41F839K]]... no scusi quello è di [[P:Maria Leone]] l'altra socia, firma lei",
            ),
            (
                "a",
                'Nessun problema 😄 preparo il contratto a nome [[P:Maria Leone]]. Le mando la bozza entro {{D:venerdì}}. Cordiali saluti, [[P:Giuseppe "Peppe" Iovine]]',
            ),
        ],
    },
    # 13. Party: Ukrainian mother, small party, payment card via link
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-02-15T18:22:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Oksana]], mio figlio [[P:Taras]] compie 4 anni, vogliamo festa piccola a casa, 10 bambini. quanto costa?",
            ),
            (
                "a",
                "Ciao [[P:Oksana]]! Per 10 bimbi il {{PD:Mini Show Bolle}} 1 ora costa {{$:120 €}}. Dove abitate?",
            ),
            (
                "c",
                "[[L:Secondigliano]], [[A:via Vittorio Veneto 250]], palazzina 3 scala A, citofono [[P:Shevchenko]]. mio numero [[T:+380 67 553 1942]] ma meglio whatsapp qui",
            ),
            (
                "a",
                "Ok! Puoi pagare l'acconto anche con carta, ti mando il link: [[U:https://pay.peppiniello.example/acconto/oksana-shevchenko-0222]]",
            ),
            (
                "c",
                "link nn funziona, ti scrivo numero carta? [[C:4929 1184 7562 0191]] scade 09/27",
            ),
            (
                "a",
                "No no [[P:Oksana]], non scrivere la carta in chat!! 🙏 Cancella il messaggio, riprovo a mandare il link domani. Festa {{D:sabato 22}} ore {{TM:16.30}} confermata",
            ),
        ],
    },
    # 14. Party: dad asking for superhero show, Spanish surname, Instagram handle
    {
        "business": "party",
        "platform": "instagram",
        "customer": "jorge.garcia.lopez",
        "lang": "it",
        "start": "2025-04-01T22:10:00",
        "messages": [
            (
                "c",
                "Hola! scusa, ciao! sono [[P:Jorge García López]], spagnolo ma vivo a [[L:Napoli]] da 10 anni. Fate {{PD:Spider-Man}}? mio figlio [[P:Mateo]] è fissato",
            ),
            (
                "a",
                "Ciao [[P:Jorge]]! Sì, abbiamo il {{PD:Supereroi Show}} con {{PD:Spider-Man}} e {{PD:Batman}}, {{$:250 €}}. I video sono sul nostro profilo {{B:Mago Peppiniello}}",
            ),
            (
                "c",
                "fantastico. la festa è al lido di mio cuñado [[P:Enrique]] a [[L:Bagnoli]], [[A:via Coroglio 14]], {{D:1 giugno}}. il mio cell [[T:+34 612 448 901]] e [[T:333/4567821]]",
            ),
            ("a", "Prenotato {{R:FESTA-0601-GARCIA}} ✅ Mi tagghi dopo la festa? 📸"),
            (
                "c",
                "certo, mia moglie è @[[H:lucia.marino.mom]] e io @[[H:jorge_glz_nap]]. grazie [[P:Peppe]]!",
            ),
        ],
    },
    # 15. Vet: emergency, dog ate chocolate, Bolognese student
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2024-12-26T23:14:00",
        "messages": [
            (
                "c",
                "aiuto il mio cane ha mangiato mezzo {{PD:pandoro}} al cioccolato e una {{B:Lindt}} fondente, siete aperti?? sn [[P:Federica]] vivo in [[L:Bolognina]]",
            ),
            (
                "a",
                "Sì siamo aperti h24 per urgenze. Quanto pesa il cane e quanto cioccolato circa? Venite subito in [[A:via San Donato 149/2]]. Dott.ssa [[P:Chiara Mancini]]",
            ),
            (
                "c",
                "Pippo pesa 8 kg, tipo 40 grammi di fondente. arriviamo in 15 min con il mio ragazzo [[P:Luca]], se nn mi trovate chiamate lui [[T:351-244-8906]]",
            ),
            ("a", "Ok, vi aspettiamo. Portate la confezione della cioccolata per favore"),
            ("c", "siamo fuori, [[P:luca]] sta parcheggiando"),
            (
                "a",
                "Tutto bene, abbiamo indotto il vomito, Pippo sta benone 🐶 Fattura a chi la intesto?",
            ),
            (
                "c",
                "a me [[P:Federica Ferro]], cf [[CF:FRRFRC90E15A944B]] no aspetta quello è di mio fratello [[P:Federico]] 🤦‍♀️ il mio te lo mando domani. grazie mille dottoressa [[P:Mancini]]!!",
            ),
        ],
    },
    # 16. Vet: English Erasmus student, cat vaccination, passport for travel to UK
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Robbie Hale",
        "lang": "en",
        "start": "2025-03-18T10:25:00",
        "messages": [
            (
                "c",
                "Hi, I'm an Erasmus student at Unibo, I need a pet passport and rabies jab for my cat Mittens before I fly home to [[L:Leeds]] in June. Do you speak English?",
            ),
            (
                "a",
                "Hi! Yes, I'm [[P:Tommaso]], I'll help. {{PD:Passaporto Europeo}} + rabies vaccine = {{$:95 €}}, the cat needs a microchip first if she doesn't have one. Your name and phone?",
            ),
            (
                "c",
                "[[P:Robert Hale]], but everyone calls me [[P:Robbie]]. [[T:+44 (0)113 496 0721]] is my mum's landline, my Italian number is [[T:392 118 4470]]",
            ),
            (
                "c",
                "I live in [[A:via del Pratello 88]], with two flatmates, [[P:Ana]] and [[P:Dragoș]]. [[P:Dragoș]] found Mittens as a kitten so she might be registered under his name, [[P:Dragoș Ionescu]]",
            ),
            (
                "a",
                "Good to know, we'll check the anagrafe canina with both names. Appointment {{D:Tuesday 25 March}} {{TM:4:15 pm}}, ref {{R:SD-25031615}}. Ciao, [[P:Tommaso]]",
            ),
            ("c", "cheers! grazie 🙏"),
        ],
    },
    # 17. Vet: elderly man, rabbit, daughter handles payment by IBAN
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Bruno",
        "lang": "it",
        "start": "2025-01-07T09:03:00",
        "messages": [
            (
                "c",
                "Buongiorno. Sono [[P:Bruno Zanarini]] di [[L:Casalecchio]]. Il coniglio Camillo non mangia da ieri sera. È grave?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Zanarini]], nei conigli è un'urgenza. Può venire stamattina alle {{TM:11}}? Se non ha la macchina possiamo venire a domicilio",
            ),
            (
                "c",
                "A domicilio per favore. [[A:via Porrettana 402]], [[L:Casalecchio di Reno]], scala C interno 12, secondo piano senza ascensore. Mia figlia [[P:Betta]] vi apre, il suo numero [[T:+39 340 5529 117]]",
            ),
            (
                "a",
                "Va bene, la dott.ssa [[P:Bianca Mei]] passa tra {{TM:11}} e {{TM:11.30}}. La visita a domicilio costa {{$:70 €}}",
            ),
            (
                "c",
                "Ciao sono [[P:Elisabetta]], la figlia. Camillo sta meglio grazie alla dottoressa! Pago con bonifico, mi date l'IBAN? la fattura a nome di papà, cf [[CF:ZNRBRN41C11B880H]]",
            ),
            (
                "a",
                'IBAN [[I:IT43Q0538704005000001234567]], causale "domicilio [[P:Zanarini]] {{D:07/01}}". Grazie [[P:Elisabetta]], saluti a Camillo 🐰',
            ),
        ],
    },
    # 18. Vet: Indian couple, dog surgery estimate, card payment, IP in portal problem
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-04-22T14:50:00",
        "messages": [
            (
                "c",
                "Hello doctor, our labrador Biscuit needs the knee surgery you mentioned. My husband [[P:Arjun]] asks for a written estimate please",
            ),
            (
                "a",
                "Hello [[P:Priya]]! The {{PD:TPLO}} surgery estimate is {{$:1.850 €}} all included. I'll send it to your email, which one?",
            ),
            (
                "c",
                "[[E:priya.raghunathan@outlook.example]] and cc [[P:arjun]], [[E:arjun.k.menon@unibo-mail.example]]. We are in [[L:San Lazzaro di Savena]], [[A:via Emilia 215]]",
            ),
            (
                "c",
                'Also your online portal blocks me, it says "too many attempts from [[IP:93.41.187.22]]". Is that my home?',
            ),
            (
                "a",
                "Yes, that's your connection, I've unlocked it. You can pay the deposit online or at the desk by card. Dr [[P:Chiara Mancini]]",
            ),
            (
                "c",
                "I'll pay now, card [[C:5375-1234-1234-1238]]... sorry is it safe to write here?",
            ),
            (
                "a",
                "Better not [[P:Priya]] 🙏 please delete it, pay at the desk on {{D:Monday}}. See you, [[P:Chiara]]",
            ),
        ],
    },
    # 19. Vet: farmer with horse, agriturismo with partita IVA, dialect
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Agriturismo Ca' del Vento",
        "lang": "it",
        "start": "2024-10-02T07:15:00",
        "messages": [
            (
                "c",
                "bundé, sono [[P:Gianni]] dell'agriturismo, la cavalla Stella zoppica dalla zampa anteriore dx. il dott. [[P:Leone]] può venire su?",
            ),
            (
                "a",
                "Buongiorno [[P:Gianni]]! Il dott. [[P:Marco Leone]] oggi è in giro a [[L:Monghidoro]], può passare da voi verso le {{TM:14}}. Mi ricorda l'indirizzo?",
            ),
            (
                "c",
                "[[A:località Ca' del Vento 3]], [[L:Loiano]], dopo la chiesa a sx, strada bianca. se vi perdete chiamate mio figlio [[P:Matteo]] [[T:339.812.0044]]",
            ),
            (
                "a",
                "Perfetto. Per la fattura sempre a Ca' del Vento soc. agr., P.IVA [[V:03141590376]]?",
            ),
            (
                "c",
                "si quella. ah e il maniscalco [[P:Roberto Fabbri]] dice che è un ascesso, il suo numero è [[T:0051 6540 233]]... no scusa [[T:051 654 0233]]",
            ),
            ("a", "Lo sentiamo noi. Saluti, [[P:Chiara]] - Clinica San Donato"),
        ],
    },
    # 20. Vet: Arab family, parrot, translation by son, code-switch
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "youssef.elamrani",
        "lang": "it",
        "start": "2025-05-29T18:33:00",
        "messages": [
            (
                "c",
                "salve scrivo x mio padre [[P:Mohamed El Amrani]] che parla poco italiano. il pappagallo Lulu si strappa le piume",
            ),
            (
                "a",
                "Ciao! Abbiamo la dott.ssa [[P:Rosa Bianchi]] esperta di esotici, martedì {{D:3 giugno}} alle {{TM:17:40}} va bene?",
            ),
            (
                "c",
                "va bene. io sono [[P:Youssef]], mio numero [[T:+39 320 445 9871]], abitiamo a [[L:Borgo Panigale]], [[A:via Marco Emilio Lepido 180]]",
            ),
            (
                "c",
                "my dad asks if the doctor can explain in English or French, his Italian is not good",
                "en",
            ),
            (
                "a",
                "Of course, Dr [[P:Bianchi]] speaks French too 🙂 Reference {{R:SD-0306-1740}}",
                "en",
            ),
            (
                "c",
                "perfetto grazie mille, shukran 🙏 seguitemi pure su insta @[[H:youssef.elamrani]] x foto di Lulu",
            ),
        ],
    },
    # 21. Vet: lost cat found with microchip, owner data over chat
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Mariangela Pace",
        "lang": "it",
        "start": "2025-07-14T21:09:00",
        "messages": [
            (
                "c",
                "Buonasera, ho trovato un gatto rosso con collarino blu in [[A:via Saragozza 120]], sembra domestico. Potete leggere il microchip?",
            ),
            (
                "a",
                "Buonasera! Certo, lo porti domani dalle {{TM:8:30}}. Se il chip è registrato contattiamo noi il proprietario",
            ),
            (
                "a",
                "Il chip risulta di [[P:Hope Baker]], residente a [[L:Zola Predosa]]. L'abbiamo chiamata al [[T:+1 (617) 555-0163]] ed è già in viaggio per riprendere Ginger 😻 [[P:Tommaso]]",
            ),
            (
                "c",
                "Che bello!! Mi lasci pure il mio numero se vuole ringraziare: [[T:3471203386]], sono [[P:Mariangela]]",
            ),
            (
                "a",
                "La signora [[P:Baker]] la ringrazia tantissimo, ha lasciato la sua mail [[E:hope.baker@familymail.example]] e vuole offrirle un caffè al {{B:Bar Vittoria}} 😊",
            ),
        ],
    },
    # 22. Bridal: bride booking a fitting with mother and sister, Barese dialect
    {
        "business": "bridal",
        "platform": "instagram",
        "customer": "serena.dambrosio",
        "lang": "it",
        "start": "2024-10-08T15:30:00",
        "messages": [
            (
                "c",
                "ciaoo! mi sposo a giugno 💍 vorrei prenotare una prova abiti, ho visto il modello {{PD:Giulietta}} di {{B:Pronovias}} nelle vostre storie",
            ),
            (
                "a",
                "Ciao e auguri!! 🤍 Certo, la prima prova dura 1h30. Come ti chiami e quante persone porti? [[P:Annalisa]] - Atelier Levante",
            ),
            (
                "c",
                "[[P:Serena D'Ambrosio]], vengo cu mamma [[P:Lucia]], mia sorella [[P:Bianca]] e la testimone [[P:Ilenia]]. sabato mattina c'è posto?",
            ),
            (
                "a",
                "Sabato {{D:19 ottobre}} ore {{TM:10:00}} ✅ prenotazione {{R:LEV-1019-DAMB}}. Siamo in [[A:via Sparano da Bari 74]], primo piano. Un numero per la conferma?",
            ),
            (
                "c",
                "[[T:347 220 1983]]. ah il matrimonio è il {{D:14 giugno}} a [[L:Polignano]], nella chiesa di {{W:San Vito}}, quindi niente strascico lunghissimo che ci sono gli scogli 😂",
            ),
            (
                "a",
                "Hahah perfetto, allora ti preparo anche il {{PD:Bianca}} e il {{PD:Aurora}}, sono più corti 😉 A sabato [[P:Serena]]!",
            ),
        ],
    },
    # 23. Bridal: mother of the groom, suit alterations, tailor third party
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Rosetta",
        "lang": "it",
        "start": "2025-02-12T10:45:00",
        "messages": [
            (
                "c",
                "Buongiorno sono la mamma dello sposo, [[P:Rosa Colaianni]]. Il vestito di mio figlio [[P:Nicola]] va stretto di spalle, chi lo sistema?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Colaianni]]! Le modifiche le fa il nostro sarto [[P:Michele Lorusso]], il giovedì pomeriggio. Il numero d'ordine ce l'ha?",
            ),
            (
                "c",
                "{{O:ATL-25-0087}}. [[P:Nicola]] lavora a [[L:Modugno]] e esce alle {{TM:18}}, può venire alle {{TM:18.30}}? Il suo numero è [[T:(+39) 328 441 7702]]",
            ),
            (
                "a",
                "Va bene giovedì {{D:20 febbraio}} ore {{TM:18:30}}. Lo sposo si chiama [[P:Nicola Colaianni]] giusto? E la sposa [[P:Marianna]]?",
            ),
            (
                "c",
                "si [[P:Marianna Debellis]], ma lei si veste da un altro atelier a [[L:Altamura]] 🙈 nn ditelo a nessuno. grazie [[P:Annalisa]]",
            ),
            ("a", "Segreto custodito 🤐 A giovedì!"),
        ],
    },
    # 24. Bridal: bride abroad in London, long-distance order, code-switching
    {
        "business": "bridal",
        "platform": "messenger",
        "customer": "Vittoria Sciacovelli",
        "lang": "it",
        "start": "2024-11-20T21:55:00",
        "messages": [
            (
                "c",
                "Ciao! Vivo a [[L:Londra]] ma mi sposo a [[L:Bari]] a settembre, posso fare le prove quando torno a {{W:Natale}} e poi la spedizione?",
            ),
            (
                "a",
                "Ciao! Certo, molte spose fanno così. Facciamo due prove a {{W:Natale}} e una ad {{W:agosto}}. Mi lasci nome e contatti?",
            ),
            (
                "c",
                "[[P:Vittoria Sciacovelli]], UK mobile [[T:07911 123 456]], e-mail [[E:vicky.sciacovelli@gmail.example]]. In Italia stai da mia zia [[P:Angela]] a [[L:Japigia]], [[A:viale Japigia 188]]",
            ),
            (
                "c",
                "btw my fiancé [[P:Tom]] wants to know if you also do the groom suit? he's from [[L:Manchester]] and very tall lol",
                "en",
            ),
            (
                "a",
                "Yes we do! Tell [[P:Tom]] to come with you at Christmas 🙂 La prova è {{D:27 dicembre}} ore {{TM:16}}, rif. {{R:LEV-1227-SCIA}}",
            ),
            (
                "c",
                "perfetto!! Per l'acconto posso fare bonifico dal conto inglese? [[I:GB43BARC20038471625394]]",
            ),
            (
                "a",
                "Sì, nessun problema. Il nostro è [[I:IT35M0760103200000012784563]], intestato Atelier Levante di [[P:Annalisa Carofiglio]]",
            ),
        ],
    },
    # 25. Bridal: bridesmaid dresses group, many names
    {
        "business": "bridal",
        "platform": "telegram",
        "customer": "Marty 🌸",
        "lang": "it",
        "start": "2025-03-05T12:10:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Martina]], la sposa del {{D:5 luglio}}. Vi mando le taglie delle damigelle x i vestiti {{PD:Lavanda}}",
            ),
            (
                "c",
                "[[P:Chiara]] 42, [[P:Fede]] 40, [[P:Giusy]] 44, mia cugina [[P:Xu Mei]] 38 e [[P:Grazia]] ([[P:Graziella Ruggiero]]) 46. la piccola [[P:Sofia]] fa da paggetto, 8 anni",
            ),
            (
                "a",
                "Ricevuto! Totale 5 abiti {{PD:Lavanda}} x {{$:135 €}} = {{$:675 €}}, più il vestitino di [[P:Sofia]] {{$:60 €}}. Spedite o ritirate?",
            ),
            (
                "c",
                "[[P:xu mei]] sta a [[L:Prato]], glielo spedite lì? [[A:via Pistoiese 412]], [[A:59100]] [[L:Prato]], citofono [[P:Xu]]/[[P:Chen]]. Il suo cel [[T:+39 389 020 7761]]",
            ),
            (
                "a",
                "Certo. Per tutti gli altri ritiro in negozio il {{D:20 giugno}}. Fattura a te [[P:Martina]]?",
            ),
            (
                "c",
                "si, [[P:Martina Bellomo]], cf [[CF:DMTNNA95H63A662S]] ah no scusa questo è di mia sorella [[P:Anna]] che paga metà 😂 intestate a lei che è meglio, [[P:Anna Di Monte]]",
            ),
        ],
    },
    # 26. Bridal: complaint about delay, husband writes, email obfuscated
    {
        "business": "bridal",
        "platform": "messenger",
        "customer": "Domenico Leone",
        "lang": "it",
        "start": "2025-05-02T08:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per mia moglie [[P:Carmen]], il vestito doveva essere pronto il {{D:28 aprile}} e ancora niente. Il matrimonio religioso è sabato",
            ),
            ("a", "Buongiorno, mi dà il nome della sposa o il numero d'ordine? Verifico subito"),
            (
                "c",
                "[[P:Carmen Leone]] (da nubile [[P:Carmen Ortiz Herrera]]), ordine {{O:ATL-25-0152}}. Io sono [[P:Domenico]], chiamatemi al [[T:080.523.44.18]] che il cell è rotto",
            ),
            (
                "a",
                "Signor [[P:Leone]], il vestito è pronto da ieri, c'è stato un errore nel mandarvi il messaggio, ci scusiamo tantissimo. Potete passare oggi fino alle {{TM:20}}",
            ),
            (
                "c",
                "ok meno male 😮‍💨 mandate la conferma a [[E:carmen ortiz at hotmail dot example]], la mail di casa è quella",
            ),
            (
                "a",
                "Inviata a [[E:carmen ortiz at hotmail dot example]]. E come scusa il velo in tulle è in omaggio 🤍 [[P:Annalisa]]",
            ),
        ],
    },
    # 27. Bridal: English bride from the US, destination wedding in Alberobello
    {
        "business": "bridal",
        "platform": "instagram",
        "customer": "grace.oduya",
        "lang": "en",
        "start": "2025-01-28T02:14:00",
        "messages": [
            (
                "c",
                "Hi from [[L:Texas]]!! I'm having a destination wedding in [[L:Alberobello]] in May and fell in love with your {{PD:Victoria}} gown. Can I order it from the US?",
            ),
            (
                "a",
                "Hi! We'd love to help 🤍 We need your measurements and ideally one fitting in [[L:Bari]] a few days before. What's your name?",
            ),
            (
                "c",
                "[[P:Grace Oduya]]! My mom [[P:Folake]] and I arrive on {{D:May 6}}. Home: [[A:4410 Live Oak St, Apt 4B]], [[L:Dallas]], [[A:TX 75204]]. cell [[T:+1 214-555-0177]]",
            ),
            (
                "c",
                "my wedding planner in Puglia is [[P:Stefania Bello]], she said to tag her, she's @[[H:stefy_weddings_puglia]] and her email is [[E:stefania@bellowed.example]]",
            ),
            (
                "a",
                "Great, we know [[P:Stefania]] 😊 I'll send the measurement guide to you. Deposit via card link: [[U:https://pay.ateliersposalevante.example/o/grace-oduya-0506]]",
            ),
            ("c", "done! my Insta is @[[H:grace.oduya]] btw. see you in May!! 😍"),
        ],
    },
    # 28. Bridal: shop supplier, B2B invoice with partita IVA, Spanish VAT
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Encajes Valencia",
        "lang": "it",
        "start": "2025-04-09T11:05:00",
        "messages": [
            (
                "c",
                "Buongiorno [[P:Annalisa]], sono [[P:Lucía]] di {{B:Encajes Valencia}}. La fattura dei pizzi di aprile è pronta, confermi i vostri dati?",
            ),
            (
                "a",
                "Ciao [[P:Lucía]]! Atelier Sposa Levante di [[P:Annalisa Carofiglio]], P.IVA [[V:06543210584]], [[A:via Sparano da Bari 74]], [[A:70121]] [[L:Bari]]",
            ),
            (
                "c",
                "Perfetto. Il nostro numero IVA è [[V:ESB62874136]], IBAN per il pagamento [[I:ES6000491500051234567892]]. Totale {{$:€ 1.240,00}}",
            ),
            (
                "a",
                "Pagato stamattina. Il corriere {{B:SEUR}} lo chiama [[P:Vincenzo]] di magazzino al [[T:080 521 7734]]",
            ),
            ("c", "Gracias! Saluti anche a [[P:Michele]] il sarto 😊 [[P:Lucía Navarro]]"),
        ],
    },
    # 29. Ski: British family of five, group lessons, kids' levels
    {
        "business": "ski",
        "platform": "messenger",
        "customer": "Claire Whitfield",
        "lang": "en",
        "start": "2024-12-10T20:30:00",
        "messages": [
            (
                "c",
                "Hello! We're coming to [[L:Cortina]] for half term, {{D:15-22 February}}. Looking for lessons for our three kids: [[P:Oliver]] (11, parallel turns), [[P:Poppy]] (8, snowplough) and [[P:Alfie]] (5, never skied)",
            ),
            (
                "a",
                "Hello [[P:Claire]]! For [[P:Oliver]] the {{PD:Kids Club Red}}, for [[P:Poppy]] {{PD:Kids Club Blue}} and for [[P:Alfie]] the {{PD:Snowflake Park}}. Each 5 mornings {{$:€ 320}}. Meeting point at {{W:Col Drusciè}} at {{TM:9:30}}. [[P:Manuela]]",
            ),
            (
                "c",
                "Lovely. I'm [[P:Claire Whitfield]], mobile [[T:07700 900 377]]. We're staying at a chalet in [[L:Pocol]], [[A:località Pocol 21]]. My husband [[P:James]] might want a private lesson too, he's rusty",
            ),
            (
                "a",
                "Booked! Ref {{R:TOF-0215-WHIT}}. For [[P:James]] I suggest 2h private with [[P:Hannes]] on {{D:Sunday 16}}, {{$:€ 150}}",
            ),
            (
                "c",
                "perfect. pay by card link? or I can just give you my card, [[C:6011-0009-8765-4328]] exp 11/26. and can the kids' certificates be sent to [[E:claire.whitfield@btinternet.example]]?",
            ),
            (
                "a",
                "Please don't send card numbers here, [[P:Claire]] 🙏 use the link: [[U:https://booking.scuolascitofane.example/pay/TOF-0215-WHIT?name=whitfield]] — certificates by e-mail at the end of the week. Ciao, [[P:Manuela]]",
            ),
        ],
    },
    # 30. Ski: snowboard lesson for teenagers, dad spells name, code-switch in Italian
    {
        "business": "ski",
        "platform": "whatsapp",
        "customer": "Nick",
        "lang": "en",
        "start": "2025-01-03T08:05:00",
        "messages": [
            (
                "c",
                "hi, any chance of a snowboard instructor for 2 teenagers tomorrow afternoon? [[P:Jack]] and his mate [[P:Rahul]], both 15, intermediate",
            ),
            (
                "a",
                "Hi! Yes, [[P:Davide]] is free tomorrow {{TM:13:30}}-{{TM:15:30}} at {{W:Faloria}}. {{$:€ 130}} for 2. Name for the booking?",
            ),
            (
                "c",
                "[[P:Nicholas Leadbetter]], L-E-A-D-B-E-T-T-E-R. number [[T:+44 7911 456 203]]. [[P:Rahul]]'s mum is [[P:Anjali Sharma]], if anything happens call her too: [[T:+44 (0)20 7946 0831]]",
            ),
            (
                "a",
                "Perfetto, cioè perfect 😄 Ref {{R:TOF-0104-LEAD}}. Meet [[P:Davide]] at the {{W:Faloria}} cable car, top station",
            ),
            ("c", "grazie mille! ci vediamo domani 👍", "it"),
            (
                "c",
                "ps. [[P:Jack]]'s insta is @[[H:jack_shreds_uk]] if [[P:Davide]] wants to send him videos",
            ),
        ],
    },
    # 31. Ski: Italian family from Milan, daughter named Neve, invoice with CF
    {
        "business": "ski",
        "platform": "telegram",
        "customer": "Luca M.",
        "lang": "it",
        "start": "2025-02-20T19:12:00",
        "messages": [
            (
                "c",
                "Ciao, volevo 6 lezioni collettive x mia figlia [[P:Neve]] (sì si chiama proprio così 😂) 7 anni, settimana di {{W:Carnevale}}",
            ),
            (
                "a",
                "Ahah nome perfetto per una sciatrice! {{PD:Corso Baby Collettivo}} 6 giorni {{$:290 €}}. Mi dai nome e cognome per la ricevuta?",
            ),
            (
                "c",
                "la ricevuta a me x la detrazione: [[P:Luca Mancini]], cf [[CF:MNCLCU79C12F205C]], residente [[A:via Washington 96]], [[A:20146]] [[L:Milano]]. a [[L:Cortina]] siamo a casa dei suoceri in [[L:Zuel]]",
            ),
            (
                "a",
                "Perfetto. Prenotazione {{R:TOF-0301-MANC}}, la maestra sarà [[P:Serena Menardi]]. Un cell per le emergenze?",
            ),
            (
                "c",
                "[[T:0039 335 761 2408]], oppure mia moglie [[P:Silvia]] [[T:335-761-2409]] (numeri consecutivi, aziendali 😅)",
            ),
            ("a", "Grazie [[P:Luca]]! Buon {{W:Carnevale}} a te, [[P:Silvia]] e [[P:Neve]] ❄️"),
        ],
    },
    # 32. Ski: lost child's glove & jacket, school gives chalet address, hotel third party
    {
        "business": "ski",
        "platform": "messenger",
        "customer": "Harriet Mill",
        "lang": "en",
        "start": "2025-02-18T17:40:00",
        "messages": [
            (
                "c",
                "Hi, my son [[P:Will]] left his red {{B:Rossignol}} jacket at the ski school hut today. Is it there? He's in [[P:Marta]]'s group",
            ),
            (
                "a",
                "Hi! Yes, we found a red jacket with \"[[P:W. Mill]]\" inside. I think it's [[P:Will]]'s 😊 Can someone pick it up or shall we bring it to your hotel?",
            ),
            (
                "c",
                "could you drop it at the hotel? {{B:Hotel Ambra}}, [[A:corso Italia 112]]. Leave it with reception, [[P:Giorgio]] knows us. I'm [[P:Harriet Mill]], room 27",
            ),
            (
                "a",
                "Of course, our instructor [[P:Marta Zardini]] passes by at {{TM:6 pm}}. Your phone in case?",
            ),
            (
                "c",
                "[[T:+44 1632 960 418]] — UK landline forwarded to my mobile. Also could you email [[P:Will]]'s progress report to my ex-husband, he's paying: [[E:p.mill@millandchurch.example]] ([[P:Peter Mill]])",
            ),
            (
                "a",
                "Will do. Jacket delivered to [[P:Giorgio]] at reception ✅ Have a great evening! [[P:Manuela]]",
            ),
        ],
    },
    # 33. Ski: Chinese-British family, private lessons, handles and personal website
    {
        "business": "ski",
        "platform": "instagram",
        "customer": "emily.zhang.travels",
        "lang": "en",
        "start": "2025-01-15T13:22:00",
        "messages": [
            (
                "c",
                "Hi! I'm a travel blogger (@[[H:emily.zhang.travels]], and my site [[U:https://www.emilyzhangtravels.example/about-emily]]). Coming to [[L:Cortina]] with my husband [[P:Daniel Chen]] and our son [[P:Leo]] in March. Would you do a collaboration?",
            ),
            (
                "a",
                "Hi [[P:Emily]]! Happy to talk. Write to our manager [[P:Manuela Dibona]] at [[E:manuela.dibona@scuolascitofane.example]] with dates and audience numbers",
            ),
            (
                "c",
                "sent! we'll be at {{B:Residence Lacedel}}, [[A:via Lacedel 46]], {{D:10-16 March}}. my phone [[T:+44 7700 900 144]], [[P:Daniel]]'s [[T:+44 7700 900 145]]",
            ),
            (
                "a",
                "Got it. [[P:Leo]] could join the {{PD:Kids Club Blue}} with [[P:Speranza]], she speaks Mandarin a little 😊",
            ),
            ("c", "omg he'll love that. her name means hope right? 😍"),
            ("a", "Exactly 😄 Ref {{R:TOF-0310-ZHANG}}. Ciao [[P:Emily]]!"),
        ],
    },
    # 34. Ski: Irish group of friends, equipment rental and bank transfer, IP in booking page
    {
        "business": "ski",
        "platform": "whatsapp",
        "customer": "Ciarán",
        "lang": "en",
        "start": "2025-03-01T09:47:00",
        "messages": [
            (
                "c",
                "hiya, 6 lads from [[L:Cork]] coming for a stag weekend, need a guide for off-piste on Saturday {{D:8 March}}. groom is [[P:Declan O'Sullivan]], he can't ski lol",
            ),
            (
                "a",
                "Hi [[P:Ciarán]]! 😄 Off-piste guide full day {{$:€ 450}} for the group, and [[P:Declan]] can have a private beginner lesson with [[P:Hannes Lacedelli]]. Your booking page shows an error?",
            ),
            (
                "c",
                'yeah it says "session expired for [[IP:2a02:8084:4ea1:1a00::5c]]" whatever that means',
            ),
            (
                "a",
                "Just clear cookies, or pay by bank transfer: [[I:IT69A0200802435000104562198]], name Scuola Sci Tofane",
            ),
            (
                "c",
                "sent from my account [[I:IE30 AIBK 9311 8204 4173 60]]. [[P:Ciarán Ó Briain]] is the name on it. mobile [[T:+353 86 123 4567]]",
            ),
            (
                "a",
                "Received, thanks [[P:Ciarán]]. Ref {{R:TOF-0308-OBRI}}. Meet at {{W:Cinque Torri}} lifts at {{TM:8:45}}",
            ),
        ],
    },
    # 35. Ski: Italian mum asking about adaptive ski lesson, daughter and doctor
    {
        "business": "ski",
        "platform": "messenger",
        "customer": "Paola Gaspari",
        "lang": "it",
        "start": "2024-12-28T11:11:00",
        "messages": [
            (
                "c",
                "Buongiorno, mia figlia [[P:Aurora]] ha 12 anni ed è in carrozzina, fate lezioni di {{PD:dualski}}? Siamo in vacanza a [[L:San Vito di Cadore]]",
            ),
            (
                "a",
                "Buongiorno! Sì, il nostro maestro [[P:Andrea Pompanin]] è abilitato per {{PD:dualski}} e {{PD:monoski}}. Ci serve un certificato medico",
            ),
            (
                "c",
                "Il certificato lo fa il suo medico, il dott. [[P:Fabio Ghedina]] di [[L:Belluno]], mail [[E:dott.ghedina@medicibelluno.example]]. Io sono [[P:Paola Gaspari]], [[T:349 7712 056]]",
            ),
            (
                "a",
                "Perfetto. Lezione {{D:2 gennaio}} ore {{TM:10}} a {{W:Socrepes}}, rif. {{R:TOF-0102-GASP}}. [[P:Andrea]] vi chiama il giorno prima",
            ),
            ("c", "Grazie davvero. [[P:Aurora]] non vede l'ora ❤️"),
        ],
    },
    # 36. Lock: locked out at night in Trastevere, Romanesco
    {
        "business": "lock",
        "platform": "whatsapp",
        "customer": "Marco",
        "lang": "it",
        "start": "2024-11-30T01:37:00",
        "messages": [
            (
                "c",
                "aò sete aperti?? so rimasto chiuso fori casa, le chiavi so drento e la porta s'è chiusa da sola",
            ),
            (
                "a",
                "Sì, siamo operativi 24h. Dove si trova? Uscita notturna {{$:90 €}} + eventuale cambio cilindro. [[P:Stefano]] - Pronto Fabbro",
            ),
            (
                "c",
                "[[L:Trastevere]], [[A:vicolo del Cedro 7 int. 3]], secondo piano. So [[P:Marco Ferri]], [[T:339 441 88 02]]. fate presto che fa freddo 🥶",
            ),
            (
                "a",
                "Il collega [[P:Daniele]] arriva in 20 minuti circa. Ha un documento per dimostrare che abita lì? È obbligatorio",
            ),
            (
                "c",
                "la carta d'identità sta dentro casa 😩 però la vicina, la sora [[P:Franca]] del primo piano, me conosce da vent'anni, [[P:Franca Ceccarelli]]",
            ),
            ("a", "Va bene, basta la conferma della vicina. [[P:Daniele]] è arrivato?"),
            ("c", "si è qui, grande [[P:Danie']]! pago col bancomat"),
        ],
    },
    # 37. Lock: American tourist, Airbnb lock broken, host third party
    {
        "business": "lock",
        "platform": "messenger",
        "customer": "Jennifer Brooks",
        "lang": "en",
        "start": "2025-04-17T22:48:00",
        "messages": [
            (
                "c",
                "Hi, is this a locksmith? The key broke in the lock of our Airbnb and the host isn't answering. We're in [[L:Monti]], [[A:via del Boschetto 44]]",
            ),
            (
                "a",
                "Hello, yes, we're open 24/7. Night call-out is {{$:€ 90}}, extracting the broken key usually {{$:€ 40}} more. Your name and phone please?",
            ),
            (
                "c",
                "[[P:Jennifer Brooks]], US cell [[T:+1 (312) 555-0199]]. The host is [[P:Alessandra]], her number [[T:+39 347 002 9183]], maybe you can reach her",
            ),
            (
                "a",
                "Our technician [[P:Stefano Martini]] is on the way, 25 min. We also texted [[P:Alessandra]]. Please keep your passport ready",
            ),
            (
                "c",
                "thank you! we're on the steps with our bags, my friend [[P:Tasha Greene]] is with me. Can I pay with Apple Pay?",
            ),
            ("a", "Yes, card or {{B:Apple Pay}} is fine. Receipt by email? Which address?"),
            ("c", "it's [[E:jen.brooks [at] example [dot] com]] (sorry, my phone autocorrects @)"),
        ],
    },
    # 38. Lock: condominium administrator, new locks for building, business data
    {
        "business": "lock",
        "platform": "telegram",
        "customer": "Studio Amm. Sartori",
        "lang": "it",
        "start": "2025-01-13T09:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, studio [[P:Sartori]], amministrazione condomini. Ci serve un preventivo per sostituire la serratura del portone in [[A:viale Marconi 312]] scala B",
            ),
            (
                "a",
                "Buongiorno! Per un portone condominiale con {{PD:cilindro europeo di sicurezza}} e 30 chiavi: circa {{$:380 € + IVA}}. Quando possiamo fare il sopralluogo?",
            ),
            (
                "c",
                "Anche domani. Il portiere è il sig. [[P:Onofrio]], [[T:06 558 2047]] dalle {{TM:7}} alle {{TM:13}}. Intestazione fattura: Condominio [[A:viale Marconi 312]], CF [[CF:PPSNDR72T22H501X]]... no, questo è il mio. Il CF del condominio ve lo manda la mia collega [[P:Loredana]]",
            ),
            (
                "c",
                "la mia mail [[E:a.sartori@studiosartori-amm.example]], PEC studio [[E:studiosartori@pec.example.it]], P.IVA studio [[V:02718280155]]",
            ),
            (
                "a",
                "Perfetto, domani {{TM:10:30}} passa il nostro tecnico [[P:Stefano]]. Preventivo n. {{R:PF-2025-0041}}",
            ),
        ],
    },
    # 39. Lock: Romanian carer locked out, elderly lady inside, urgent
    {
        "business": "lock",
        "platform": "whatsapp",
        "customer": "Elena",
        "lang": "it",
        "start": "2025-03-09T16:20:00",
        "messages": [
            (
                "c",
                "buonasera urgente!! sono badante, la signora è dentro casa da sola e nn apre, ha 91 anni, la chiave nn gira",
            ),
            (
                "a",
                "Arriviamo subito. Indirizzo esatto e il suo nome? Se pensa che la signora stia male chiami anche il {{W:112}}",
            ),
            (
                "c",
                "[[A:via Tuscolana 1024]], [[L:Cinecittà]], palazzina F, piano terra. io sono [[P:Elena Munteanu]], la signora è [[P:Speranza Di Giacomo]]. il figlio [[P:Claudio]] è a [[L:Milano]], suo numero [[T:+39 02 4859 3310]]",
            ),
            ("a", "[[P:Daniele]] è già in macchina, 10 minuti. Ha chiamato il figlio?"),
            (
                "c",
                "si, [[P:Claudio]] ha detto di aprire anche a rompere, paga lui. la mia mail per ricevuta [[E:elena.munteanu1980 chiocciola yahoo punto it]]",
            ),
            (
                "a",
                "Aperto! La signora [[P:Speranza]] stava dormendo con la tv alta, tutto bene 🙏 Ricevuta mandata alla sua mail",
            ),
        ],
    },
    # 40. Lock: British couple, car keys locked in rental car near the Colosseum
    {
        "business": "lock",
        "platform": "messenger",
        "customer": "Tom Leyland",
        "lang": "en",
        "start": "2025-06-21T13:05:00",
        "messages": [
            (
                "c",
                "Hi do you open cars? Locked the keys inside a hire car ({{B:Fiat}} {{PD:Panda}}) near the {{W:Colosseum}}, on [[A:via Labicana 92]]. it's 35 degrees and my wife [[P:Rebecca]] is not amused",
            ),
            (
                "a",
                "Hello! Yes, car opening without damage {{$:€ 70}} by day. Plate number and your name please? [[P:Stefano]]",
            ),
            (
                "c",
                "[[P:Tom Leyland]], plate GH 412 KX (it's from {{B:Hertz}}, contract {{R:HZ-ROM-558201}}). my number [[T:0044 7700 900 631]]",
            ),
            (
                "a",
                "[[P:Daniele]] will be there in 15 minutes. Do you have the rental contract with your name? We need to see it",
            ),
            (
                "c",
                "yes on my phone. also [[P:Becky]] wants to know if you sell cold water 😂 we're under the tree by the tram stop",
            ),
            (
                "c",
                "all done, thanks a lot [[P:Daniele]]! paid by card. you can send the invoice to [[E:tom.leyland@leylandfox.example]], company address [[A:Flat 2, 14 Rope Walk]], [[L:Bristol]] [[A:BS1 6ZJ]]",
            ),
            ("a", "Sent! Enjoy {{W:Rome}} 🙂"),
        ],
    },
    # 41. Lock: Bangladeshi shopkeeper, shutter lock jammed, partita IVA
    {
        "business": "lock",
        "platform": "whatsapp",
        "customer": "Minimarket Esquilino",
        "lang": "it",
        "start": "2025-02-26T06:55:00",
        "messages": [
            (
                "c",
                "buongiorno, serranda negozio nn si apre, lucchetto bloccato. [[A:via Principe Amedeo 201]], [[L:Esquilino]]. io [[P:Rahim]], [[T:+39 327 994 1106]]",
            ),
            (
                "a",
                "Buongiorno [[P:Rahim]], passa [[P:Stefano]] verso le {{TM:7:30}}. Apertura serranda + lucchetto nuovo circa {{$:110 €}}",
            ),
            (
                "c",
                "ok. fattura a {{B:Minimarket Esquilino}} di [[P:Hossain Md Rahim]], P.IVA [[V:12345670215]]. se nn trovate me c e mio cugino [[P:Jamal]]",
            ),
            (
                "a",
                "Fatto, serranda aperta. Fattura {{R:PF-2025-0077}} mandata al commercialista? Mi dai la mail?",
            ),
            (
                "c",
                "si [[E:studio.bianco.commercialista@libero.example]], dott. [[P:Bianco]]. grazie [[P:Stefano]] fratello 🙏",
            ),
        ],
    },
    # 42. Lock: woman after break-in, police report, wants armoured door, website and LinkedIn
    {
        "business": "lock",
        "platform": "instagram",
        "customer": "giulia.fox.arch",
        "lang": "it",
        "start": "2025-05-05T08:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, stanotte mi sono entrati i ladri in casa 😞 vorrei cambiare la serratura con una {{B:Mottura}} o una {{B:Cisa}} e sapere il prezzo di una porta blindata",
            ),
            (
                "a",
                "Buongiorno, ci dispiace molto. Passiamo oggi stesso a mettere in sicurezza. Dove abita? Ha già fatto denuncia?",
            ),
            (
                "c",
                "si, ai carabinieri di [[L:Monteverde]], il maresciallo [[P:Pellegrini]]. Abito in [[A:via Fonteiana 55, scala A, piano 4, interno 14]]. sono [[P:Giulia Fox]], [[T:+39 (06) 5823 1147]]. l'app della telecamera dice ultimo accesso da [[IP:151.38.224.9]] alle {{TM:3:12}}, nn ero io!!",
            ),
            (
                "c",
                "sono architetto, qui il mio sito [[U:https://www.giuliafox-architetto.example]] e [[U:https://linkedin.com/in/giulia-fox-arch]], se vi serve un riferimento per le misure della porta, per la fattura P.IVA [[V:09090900722]]",
            ),
            (
                "a",
                "Perfetto arch. [[P:Fox]]. [[P:Stefano]] e [[P:Daniele]] arrivano alle {{TM:11:00}} con un cilindro {{B:Mottura}} provvisorio. Per la porta blindata {{PD:Dierre Prestige}} le facciamo il preventivo sul posto",
            ),
            (
                "c",
                "grazie. se nn ci sono io apre il mio compagno [[P:Andrés Ruiz]], [[T:389 661 0473]]",
            ),
        ],
    },
    # 43. Oil: olive grove adoption gift, Australian couple, IP of order page
    {
        "business": "oil",
        "platform": "telegram",
        "customer": "Sam & Mia",
        "lang": "en",
        "start": "2025-03-14T07:30:00",
        "messages": [
            (
                "c",
                "G'day! We'd like to adopt an olive tree for my in-laws' anniversary, the {{PD:Adotta un Ulivo}} package. They live in [[L:Melbourne]], can you ship the oil there?",
            ),
            (
                "a",
                "Hi! Yes we ship to Australia twice a year. {{PD:Adotta un Ulivo}} is {{$:€ 120}}/year with 3 l of oil and a certificate with their names. Who are they?",
            ),
            (
                "c",
                "[[P:Giovanni]] and [[P:Mary Caputo]], he's from [[L:Ostuni]] originally! address [[A:17 Lygon Street]], [[L:Carlton]] [[A:VIC 3053]]. phone [[T:+61 3 9012 4488]]",
            ),
            (
                "c",
                'our order page froze, it shows my IP [[IP:203.0.113.57]] and "payment pending". I\'m [[P:Samantha Caputo-Reid]], [[E:sam.caputoreid@bigpond.example]]',
            ),
            (
                "a",
                'I see it, the payment went through, order {{O:UG-ADOT-0311}}. Certificate says "Tree no. 311, adopted for [[P:Giovanni]] & [[P:Mary Caputo]]"... shall I write [[P:Nonno Gianni]] instead? 😊',
            ),
            ("c", 'haha yes!! "[[P:Nonno Gianni]] & [[P:Mary]]" is perfect. Thanks [[P:Rosa]] 💚'),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(24, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
