"""Sixth hand-written blind test corpus for the anonymiser (writes handwritten6_corpus.jsonl).

Every message below was composed by hand, blind: its author did not run the anonymiser on it,
did not look at the engine's recognisers, and did not read the other corpora. There are no
templates and no Faker here; all names, addresses, numbers and accounts are invented (the
identifiers were made valid once with python-stdnum and the Luhn algorithm, then pasted in as
literal text). UK phone numbers use the Ofcom drama ranges, Australian ones the ACMA ones and
US ones the 555-01xx range.

The conversations belong to six invented businesses (``BUSINESS_NAMES``): an Italian deli in
Manchester, a surf school in Sardinia, a music school in Monza, an IT-support freelancer for
small offices around Turin, a dog hotel and dog-sitting service near Verona, and a print shop
in Palermo.

Markup, inline in the text:

- ``[[TYPE:value]]`` marks personal data (``TYPE`` is one of ``privacy.types.ENTITY_TYPES``);
- ``{{KIND:value}}`` marks a look-alike that must survive: ORDER (order, booking, invoice and
  transfer numbers), TRACKING, PRICE, DATE, TIME, PRODUCT, BRAND (brands and Page names, some
  named after people) and WORD (everyday words that are also names: Perfetto, bello, porta...).

Labelling conventions: a PERSON span is the name only (no "Sig.ra", "Dott.", "Mr"); every
occurrence of a name is labelled, the participants' own names too (greetings, signatures,
lowercase names). An ADDRESS is the postal address as written in one piece (street, number,
flat/staircase/interior, postcode and town when they are written with it, across lines); a
town, village or neighbourhood on its own where somebody lives, works, stays or comes from is a
LOCATION (countries and regions are not). The businesses' own names and places are not personal
data: their names are keep spans (BRAND) where they appear in the text. Pets' names are not
personal data and are not labelled.

Regenerate (same bytes on every run: each conversation has a fixed start, in UTC, and every
message a fixed gap from the previous one, given or derived from its position)::

    .venv/bin/python tests/data/make_handwritten6_corpus.py
"""

# The messages are prose written by hand: their lines are not wrapped at the code width.
# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten6_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "deli": "Bottega Zia Carmela",
    "surf": "Maestrale Surf School",
    "music": "Scuola di Musica Chiaroscuro",
    "it": "PCpronto - Assistenza informatica",
    "dogs": "Cascina Bau",
    "print": "Tipografia Lanza",
}
PAGE_IDS: dict[str, str] = {
    "deli": "page-zia-carmela",
    "surf": "page-maestrale-surf",
    "music": "page-chiaroscuro",
    "it": "page-pcpronto",
    "dogs": "page-cascina-bau",
    "print": "page-tipografia-lanza",
}

# A conversation: business (a key of BUSINESS_NAMES), platform, start (UTC), participants (the
# customer's display name; the agent writes as the Page), its main language and its messages.
# A message: (role, text) or (role, text, options); role "c" = customer, "a" = agent.
# Options: "lang" overrides the conversation's language, "gap" the minutes since the previous one.
CONVERSATIONS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Bottega Zia Carmela
    {
        "business": "deli",
        "start": "2025-12-11T19:40",
        "platform": "instagram",
        "participants": {"customer": "jade 🌸"},
        "lang": "en",
        "messages": [
            (
                "c",
                "hiya do u still do the christmas hampers?? saw the one with the panettone on ur story",
            ),
            (
                "a",
                "Hi! Yes we do 🎄 Small {{PRICE:£35}}, medium {{PRICE:£55}} and the big one "
                "{{PRICE:£90}} with a wedge of {{PRODUCT:Parmigiano Reggiano 30 mesi}}. Who's it for? "
                "[[PERSON:Carmela]] x",
            ),
            (
                "c",
                "medium one pls its for my mum. can u deliver to hers in [[LOCATION:sale]]? its "
                "[[ADDRESS:14 Ashfield Road, Sale M33 7DW]]. she's called [[PERSON:Maureen Cook]]",
            ),
            (
                "a",
                "Lovely, [[LOCATION:Sale]] is in our delivery area (Tuesdays and Fridays), delivery is "
                "{{PRICE:£4.50}}. Do you want a card in it?",
            ),
            (
                "c",
                "yess put 'merry xmas mum, love from [[PERSON:jade]] and [[PERSON:tyler]] xx' lol",
            ),
            (
                "a",
                "Done! Order {{ORDER:ZC-2291}}, going out Friday {{DATE:19th Dec}} between "
                "{{TIME:10}} and {{TIME:1}}. I'll DM you the payment link now 😊",
            ),
            ("c", "ur a star ty"),
        ],
    },
    {
        "business": "deli",
        "start": "2026-03-02T10:05",
        "platform": "whatsapp",
        "participants": {"customer": "Gennaro"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Uè buongiorno! Sono [[PERSON:Gennaro]], 'o cugino 'e [[PERSON:Tonino Capasso]], m'ha "
                "dato isso 'stu nummero. Tenite 'e friarielli?",
            ),
            (
                "a",
                "Buongiorno [[PERSON:Gennaro]]! Sì, arrivano il giovedì mattina. Quanti ne vuole? "
                "[[PERSON:Dario]]",
            ),
            (
                "c",
                "Duje chili. E pure 'na mozzarella 'e bufala, chella grossa 'e mezzo chilo. Mia mugliera "
                "[[PERSON:Nunzia]] vo' pure 'e taralli 'nzogna e pepe, 'na busta",
            ),
            (
                "a",
                "{{WORD:Perfetto}}, segnato: friarielli 2 kg, {{PRODUCT:mozzarella di bufala campana DOP}} 500 g, "
                "taralli sugna e pepe. Totale {{PRICE:£31.80}}. Passa lei in negozio o consegniamo?",
            ),
            (
                "c",
                "Consegnate, 'o negozio mo è troppo luntano, nun tengo cchiù 'a macchina. Stongo a "
                "[[ADDRESS:27 Heaton Moor Road, Stockport SK4 4LT]], 'ncopp'o citofono ce sta "
                "[[PERSON:Esposito]]-[[PERSON:Russo]]. Si nun risponno chiammate a [[PERSON:Nunzia]] "
                "[[PHONE_NUMBER:07700 900482]]",
            ),
            (
                "a",
                "Tutto chiaro. Consegna giovedì {{DATE:5 marzo}} dopo le {{TIME:17:00}}, ordine "
                "{{ORDER:ZC-2347}}. Grazie e buona serata!",
            ),
            (
                "c",
                "Jamme {{WORD:bello}}, grazie assaje 🙏🙏 ah, e mettete pure duje pacchi 'e tortellini {{BRAND:Giovanni Rana}}, 'a piccerella nun mangia nient'ato",
            ),
        ],
    },
    {
        "business": "deli",
        "start": "2025-12-03T14:20",
        "platform": "messenger",
        "participants": {"customer": "Richard Baker"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Good afternoon,\n\nI am writing on behalf of Irwell Legal LLP. We would like to order "
                "twelve (12) gift boxes for our clients this Christmas, each containing a bottle of olive "
                "oil, a panettone and a selection of biscotti. Could you please confirm availability, "
                "unit price and whether a VAT invoice can be issued?\n\nKind regards,\n\n"
                "[[PERSON:Richard Baker]]\nOffice Manager\nIrwell Legal LLP\n"
                "[[ADDRESS:3rd Floor, 82 King Street\nManchester M2 4WQ]]\n"
                "T: [[PHONE_NUMBER:0161 496 0733]] | M: [[PHONE_NUMBER:07700 900916]]\n"
                "E: [[EMAIL_ADDRESS:r.baker@irwell-legal.co.uk]]",
            ),
            (
                "a",
                "Hi [[PERSON:Richard]], thanks for getting in touch! Yes, 12 is no problem. The box with "
                "{{PRODUCT:Frantoio Muraglia}} oil, a 750 g {{BRAND:Loison}} panettone and cantucci comes "
                "to {{PRICE:£48}} each + VAT, and of course we do VAT invoices. [[PERSON:Dario]], {{BRAND:Bottega Zia "
                "Carmela}}",
            ),
            (
                "c",
                "Dear [[PERSON:Dario]],\n\nThank you for your prompt reply. Please proceed with the "
                "order. I should be grateful if the boxes could be delivered no later than Wednesday "
                "{{DATE:17 December}}, to the reception desk on the 3rd floor, for the attention of my "
                "colleague [[PERSON:Hope Akinyemi]].\n\nWe shall pay by bank transfer on receipt of the "
                "invoice.\n\nKind regards,\n\n[[PERSON:Richard Baker]]\nOffice Manager\nIrwell Legal LLP\n"
                "[[ADDRESS:3rd Floor, 82 King Street\nManchester M2 4WQ]]\n"
                "T: [[PHONE_NUMBER:0161 496 0733]] | M: [[PHONE_NUMBER:07700 900916]]\n"
                "E: [[EMAIL_ADDRESS:r.baker@irwell-legal.co.uk]]",
            ),
            (
                "a",
                "Brilliant, booked in as {{ORDER:ZC-2318}} for {{DATE:17/12}}. Our bank details for the "
                "transfer: {{BRAND:Bottega Zia Carmela}} Ltd, IBAN [[IBAN_CODE:GB88BUKB20201573874373]]. Invoice "
                "will come to your email tomorrow. [[PERSON:D]].",
            ),
            ("c", "Received with thanks. [[PERSON:R. Baker]]"),
        ],
    },
    {
        "business": "deli",
        "start": "2026-01-22T18:10",
        "platform": "instagram",
        "participants": {"customer": "Chelsea Hughes"},
        "lang": "en",
        "messages": [
            (
                "c",
                "I PAID {{PRICE:£22}} FOR A BOX OF CANNOLI AND THEY ARRIVED COMPLETELY SMASHED. "
                "ABSOLUTELY NOT ACCEPTABLE",
            ),
            (
                "a",
                "Oh no, I'm really sorry! Could you send us a photo and your order number please? Staff",
            ),
            (
                "c",
                "ORDER {{ORDER:ZC-2410}}. PHOTOS ABOVE. YOUR DRIVER CHUCKED THE BOX OVER MY GATE AT "
                "[[ADDRESS:31 GRANGE AVENUE]] LIKE IT WAS THE FREE PAPER",
            ),
            ("c", "my neighbour [[PERSON:Pat]] saw the whole thing btw"),
            (
                "a",
                "That's not ok at all and I'll be having a word with him. I've refunded the "
                "{{PRICE:£22.00}} in full, it should show in 3-5 days. Next time you pop in, just give "
                "your name at the till, [[PERSON:Chelsea]], and a fresh box of cannoli is on us. "
                "[[PERSON:Carmela]]",
            ),
            ("c", "fine. thank you I suppose. and say thanks to whoever answered first"),
            ("a", "That was me too 😅 have a good evening [[PERSON:Chelsea]]"),
        ],
    },
    {
        "business": "deli",
        "start": "2026-03-27T20:15",
        "platform": "whatsapp",
        "participants": {"customer": "Sofia G"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Ciao [[PERSON:Carmè]]!! It's [[PERSON:Sofia]], la nipote di [[PERSON:Concetta Gatto]] 😊 Nonna wants "
                "the usual per Pasqua: una {{PRODUCT:colomba}}, the pecorino with black pepper and 2 kg "
                "di salsiccia fresca",
            ),
            (
                "a",
                "Ciao [[PERSON:Sofia]] tesoro! Certo, tutto pronto per sabato. Same address as "
                "Christmas? [[PERSON:Carmela]]",
                {"lang": "it"},
            ),
            (
                "c",
                "No she moved! Now she's in the sheltered flats, "
                "[[ADDRESS:Flat 4, Oakfield Court\n19 Wilbraham Road\nChorlton M21 9AY]]\nbuzzer doesn't "
                "work so call her landline [[PHONE_NUMBER:0161 496 0519]] and she'll come down",
            ),
            (
                "c",
                "oh and can u email the receipt to me not her, "
                "[[EMAIL_ADDRESS:sofia.gatto93 at hotmail dot co dot uk]]",
            ),
            (
                "a",
                "Fatto! Order {{ORDER:ZC-2502}}, {{PRICE:£46.40}}, consegna sabato mattina. Un bacio alla "
                "nonna!",
                {"lang": "it"},
            ),
            ("c", "grazie mille ❤️"),
        ],
    },
    {
        "business": "deli",
        "start": "2026-02-09T11:30",
        "platform": "messenger",
        "participants": {"customer": "Niamh Doherty"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi there, I saw the sign in your window about a Saturday job. I'm 19, I've worked two "
                "years in a café in [[LOCATION:Derry]] before I moved over for uni and I'd love to apply. Is there "
                "somewhere I can send my CV?",
            ),
            (
                "a",
                "Hi! Thanks for your interest 😊 You can attach it here, or bring a printed copy in and "
                "ask for [[PERSON:Carmela]] or [[PERSON:Dario]].",
            ),
            (
                "c",
                "Great, attached! My details in case the file doesn't open:\n[[PERSON:Niamh Doherty]]\n"
                "[[PHONE_NUMBER:+44 7700 900 361]]\n[[EMAIL_ADDRESS:niamh.doherty01@gmail.com]]\n"
                "[[URL:linkedin.com/in/niamh-doherty-b41772]]\nI'm living in [[LOCATION:Fallowfield]] so "
                "it's only a short bus",
            ),
            (
                "a",
                "Got it, thanks [[PERSON:Niamh]]. Could you come in for a chat on Thursday at "
                "{{TIME:4pm}}?",
            ),
            ("c", "Thursday at 4 is perfect, see you then!"),
        ],
    },
    {
        "business": "deli",
        "start": "2026-02-14T15:20",
        "platform": "instagram",
        "participants": {"customer": "will_h"},
        "lang": "en",
        "messages": [
            ("c", "do you have nduja"),
            ("a", "We do! {{PRODUCT:'Nduja di Spilinga}}, {{PRICE:£6.90}} a jar 🌶️"),
            ("c", "sick. what time u close today"),
            ("a", "{{TIME:7pm}} today"),
            ("c", "ok see u later. cheers, [[PERSON:will]]"),
        ],
    },
    # ------------------------------------------------------------------ Maestrale Surf School
    {
        "business": "surf",
        "start": "2026-03-18T08:05",
        "platform": "instagram",
        "participants": {"customer": "Bec Walsh"},
        "lang": "en",
        "messages": [
            (
                "c",
                "G'day! Me and my mate [[PERSON:Jack]] are heading to Sardinia in {{DATE:June}} 🏄‍♀️ we've got an "
                "airbnb in [[LOCATION:San Giovanni di Sinis]] for 10 days. Do you guys do a 5 day course "
                "for people who've surfed a bit but are pretty rusty?",
            ),
            (
                "a",
                "Hey! Ciao from Capo Mannu 🤙 Yes, the {{PRODUCT:Improver 5}} is exactly that: 5 x 2h "
                "sessions, board and wetsuit included, {{PRICE:€260}} each. {{DATE:June}} is usually small and "
                "clean, perfect for getting back into it. [[PERSON:Nicola]]",
            ),
            (
                "c",
                "Sounds heaps good. Can we start on the {{DATE:9th}}? And is it ok if [[PERSON:Jack]] brings his own "
                "board, it's a 7'2 {{BRAND:Firewire}}",
            ),
            (
                "a",
                "No worries, 9th works, and then it's {{PRICE:€230}} for him without the board. What's "
                "the best number to reach you on WhatsApp once you're here?",
            ),
            (
                "c",
                "mine's [[PHONE_NUMBER:+61 491 570 156]], and [[PERSON:Jack]]'s is [[PHONE_NUMBER:0491 570 159]]. "
                "I'm [[PERSON:Rebecca]] btw but everyone calls me [[PERSON:Bec]] 😂",
            ),
            (
                "a",
                "{{WORD:Legend}}. Booked: {{ORDER:MSS-0612}}. See you on the 9th, [[PERSON:Bec]]!",
            ),
        ],
    },
    {
        "business": "surf",
        "start": "2026-05-06T19:30",
        "platform": "whatsapp",
        "participants": {"customer": "Schneider Familie"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hello, we are the family [[PERSON:Schneider]] from [[LOCATION:Freiburg]], 2 adults and 2 children "
                "([[PERSON:Lena]] 9 years, [[PERSON:Jonas]] 12 years). We will be in Sardinia from "
                "{{DATE:2. August}} until {{DATE:16. August}}. Is it possible a family course, all "
                "four together?",
            ),
            (
                "a",
                "Hallo! Yes, we have a family course in the mornings, 4 days, kids from 8 years. "
                "{{PRICE:€540}} for the four of you, everything included. [[PERSON:Stefania]]",
            ),
            (
                "c",
                "Very good. I make the reservation now. My credit card is [[CREDIT_CARD:4789 3288 0407 "
                "2381]] expire {{DATE:09/28}}, name [[PERSON:Thomas Schneider]]. Is it enough?",
            ),
            (
                "a",
                "Thank you [[PERSON:Thomas]], but please never send card numbers in chat 🙈 I have not "
                "saved it. I will send you a secure payment link to your email instead, which address "
                "should I use?",
            ),
            (
                "c",
                "Oh sorry, of course. [[EMAIL_ADDRESS:th.schneider@web.de]]. We stay in a holiday "
                "apartment in [[LOCATION:Putzu Idu]], [[ADDRESS:Via dei Fenicotteri 12]], my wife "
                "[[PERSON:Anke]] says it is 5 minutes walking from you?",
            ),
            (
                "a",
                "Yes, more or less! Link sent. Your booking is {{ORDER:MSS-0803}}, first lesson "
                "{{DATE:Monday 3 August}} at {{TIME:9:30}}. Bis bald!",
            ),
        ],
    },
    {
        "business": "surf",
        "start": "2026-08-20T20:10",
        "platform": "messenger",
        "participants": {"customer": "Cian Byrne"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Howya, there's 4 of us lads from [[LOCATION:Dublin]] coming over for a stag at the start "
                "of September. Could ye do a half day lesson for us on the Saturday morning? The groom's "
                "never surfed in his life so go easy on him",
            ),
            (
                "a",
                "Ciao [[PERSON:Cian]]! Ha, we'll look after him. Saturday {{DATE:5 Sept}} at "
                "{{TIME:10:00}}, 3 hours, {{PRICE:€65}} a head. A 30% deposit holds the slot: IBAN "
                "[[IBAN_CODE:IT44J0306234210263028257862]], {{BRAND:Maestrale Surf School}} ASD, reason 'stag "
                "[[PERSON:Byrne]]'. [[PERSON:Nicola]]",
            ),
            (
                "c",
                "Sound, deposit sent there now. The groom is [[PERSON:Oisín]], the other two are "
                "[[PERSON:Darragh]] and [[PERSON:Fiachra]], he'll be the one in the mankini",
            ),
            (
                "a",
                "Bad news lads, the maestrale is blowing 35 knots on Saturday, nobody is going in. We "
                "can move you to Sunday or refund the deposit, your choice",
                {"gap": 20000},
            ),
            (
                "c",
                "Ah no. We fly home Sunday morning so refund please. Account's "
                "[[IBAN_CODE:IE51 AIBK 9311 5225 2277 55]], [[PERSON:Cian Byrne]]",
            ),
            (
                "a",
                "Done, {{PRICE:€78}} back to you, sorry lads. Come back and find us in October, "
                "[[PERSON:Oisín]]'s lesson is on the house 🍻",
            ),
            ("c", "Deal 😂"),
        ],
    },
    {
        "business": "surf",
        "start": "2026-04-14T16:40",
        "platform": "instagram",
        "participants": {"customer": "giuliaa.m"},
        "lang": "it",
        "messages": [
            (
                "c",
                "raga ma quanto costa il surf camp x ragazzi? mio fratello ha 14 anni e vuole fare "
                "tipo tutta la settimana",
            ),
            (
                "a",
                "Ciao! Il {{PRODUCT:Teen Camp}} 12-16 anni è dal lunedì al venerdì, {{TIME:9}}-{{TIME:13}}, "
                "{{PRICE:190 €}} con tavola e muta. Ci sono ancora posti a luglio 🤙",
            ),
            (
                "c",
                "ok top. cmq noi siamo di [[LOCATION:oristano]] quindi lo {{WORD:porta}} mio padre la mattina. "
                "serve un certificato medico??",
            ),
            (
                "a",
                "Basta il certificato non agonistico e che sappia nuotare. Per l'iscrizione ci serve "
                "il nome del ragazzo e il numero di un genitore",
            ),
            (
                "c",
                "si chiama [[PERSON:Pietro Mereu]], il numero di mio padre è [[PHONE_NUMBER:348 271 "
                "9054]]. io sono [[PERSON:giulia]] la sorella 😅 se scrivete a lui su insta è "
                "[[HANDLE:@salvo_mereu73]]",
            ),
            (
                "a",
                "{{WORD:Perfetto}} [[PERSON:Giulia]], iscritto per la settimana del {{DATE:13 luglio}}! "
                "Per l'assicurazione mi serve anche l'indirizzo di casa 🙏 [[PERSON:Ste]]",
            ),
            (
                "c",
                "[[ADDRESS:località pischeredda 14, frazione donigala fenugheddu]] però il postino lo trova solo se scrivete [[PERSON:mereu]] sul cancello 😂",
            ),
            ("c", "grazieee 🙌", {"gap": 1}),
        ],
    },
    {
        "business": "surf",
        "start": "2026-06-22T17:30",
        "platform": "whatsapp",
        "participants": {"customer": "Megan & Rich"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi! My husband and I are on our honeymoon and would love a private lesson for two, "
                "just us, sometime this week. We're staying at a B&B in [[LOCATION:Riola Sardo]]. We're "
                "total beginners!",
            ),
            (
                "a",
                "Congratulations! 🥂 Private for two is {{PRICE:€150}}, 2 hours. Tomorrow at "
                "{{TIME:8:30}} looks glassy, or Thursday afternoon. Can I have your names?",
            ),
            (
                "c",
                "Tomorrow morning please!! I'm [[PERSON:Megan Porter]] and my husband is "
                "[[PERSON:Rich]], well [[PERSON:Richard Porter]] on his passport lol, we definately want the early one. My US cell is "
                "[[PHONE_NUMBER:(617) 555-0143]] but wifi calls are better, same number on WhatsApp",
            ),
            (
                "a",
                "See you at {{TIME:8:30}} then. Park by the tower and look for the yellow van. [[PERSON:Nicola]]",
            ),
            (
                "c",
                "Oh and [[PERSON:Rich]] says can he pay now so he doesn't forget, it's an Amex [[CREDIT_CARD:3798 339762 60007]] exp {{DATE:11/27}}",
            ),
            (
                "a",
                "Ha, thank you [[PERSON:Rich]], but I'd rather you didn't send that here 🙈 I've got a card machine in the van, pay tomorrow after the lesson!",
            ),
            (
                "c",
                "That was the BEST morning of the trip!! Could you send us the photos? "
                "[[EMAIL_ADDRESS:meganandrich.porter@icloud.com]] 📸 and if you post any, tag us, we're "
                "[[URL:https://www.instagram.com/meganandrich.travels/]]",
                {"gap": 1100},
            ),
            ("a", "Sent! You both stood up on the third wave, not bad for 'total beginners' 😉"),
        ],
    },
    {
        "business": "surf",
        "start": "2026-06-24T18:15",
        "platform": "telegram",
        "participants": {"customer": "Matthias K."},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[PERSON:Matthias]], volere prenotare lezione di surf per sabato. "
                "Mio amica [[PERSON:Hanna]] anche. Noi abitare a [[LOCATION:Narbolia]] per due settimane, "
                "macchina abbiamo",
            ),
            (
                "a",
                "Ciao [[PERSON:Matthias]]! Sabato alle {{TIME:10}} va bene? Lezione di gruppo, "
                "{{PRICE:45 euro}} a persona. Se preferite possiamo anche scrivere in inglese 🙂",
            ),
            (
                "c",
                "No no, io volere imparare italiano! Sabato {{TIME:10}} è perfetto. Quale nome per la "
                "prenotazione, il mio è [[PERSON:Matthias Kühn]] e di lei [[PERSON:Hanna Vogt]]",
            ),
            (
                "a",
                "Fatto, prenotazione {{ORDER:MSS-0718}}. Portate crema solare e costume, il resto lo "
                "diamo noi",
            ),
            (
                "c",
                "Grazie mille! Una domanda: il vento domani, io ho letto su {{BRAND:Windguru}} che è "
                "forte, la lezione è uguale?",
            ),
            (
                "a",
                "Se c'è troppo maestrale vi scrivo io la mattina presto e spostiamo. Buona serata!",
            ),
        ],
    },
    {
        "business": "surf",
        "start": "2026-07-30T21:00",
        "platform": "messenger",
        "participants": {"customer": "Aoife Kavanagh"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi, I think I left my {{BRAND:GoPro}} in the changing hut on Tuesday, it's in a "
                "black {{BRAND:Quiksilver}} pouch with a sticker of a sheep on it. Is there any chance "
                "you found it? I'm back in Ireland now 😩",
            ),
            (
                "a",
                "Hi [[PERSON:Aoife]]! Yes, it's here, safe in the office. Sheep and all 🐑 We can post "
                "it, just send the address",
            ),
            (
                "c",
                "Oh thank god. It's [[PERSON:Aoife Kavanagh]]\n[[ADDRESS:Apt 12, The Maltings\nBow Lane\n"
                "Cork T12 YX2D]]\nand my mobile for the courier is [[PHONE_NUMBER:087 614 2290]]. Happy "
                "to pay the postage of course",
            ),
            (
                "a",
                "It's {{PRICE:€14}} with tracked post, you can pay when it arrives 🙂 Tracking: "
                "{{TRACKING:RR 482 113 905 IT}}. [[PERSON:Ste]]",
            ),
            (
                "c",
                "You're a saint. Paid by {{BRAND:Revolut}} to [[PERSON:Stefania]]'s number there, let me know if it "
                "came through",
            ),
            ("a", "All good, got it. Say hi to the sheep"),
        ],
    },
    # ------------------------------------------------------------------ Scuola di Musica Chiaroscuro
    {
        "business": "music",
        "start": "2026-09-21T18:40",
        "platform": "whatsapp",
        "participants": {"customer": "Ilaria"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buonasera, vorrei iscrivere mio figlio [[PERSON:Tommaso]] (10 anni) al corso di "
                "pianoforte. Ha già fatto un anno con una maestra privata. Ci sono posti il mercoledì?",
            ),
            (
                "a",
                "Buonasera! Il mercoledì alle {{TIME:16:30}} c'è posto con la maestra [[PERSON:Sofia "
                "Ferrari]]. Lezione individuale da 45 minuti, {{PRICE:72 € al mese}}. Le mando il modulo "
                "d'iscrizione? Segreteria, [[PERSON:Annalisa]]",
            ),
            (
                "c",
                "Sì grazie. Intanto le scrivo i dati per la ricevuta, so che si può detrarre:\n"
                "alunno [[PERSON:Tommaso Colombo]], CF [[IT_FISCAL_CODE:CLMTMS15D08F704V]]\n"
                "genitore che paga [[PERSON:Ilaria Colombo]], CF [[IT_FISCAL_CODE:CLMLRI82B67F704G]]\n"
                "residenti in [[ADDRESS:via Lecco 58, 20900 Monza]]",
            ),
            (
                "a",
                "{{WORD:Perfetto}}, ricevuto tutto. La ricevuta la intestiamo a lei. Mercoledì {{DATE:7 "
                "ottobre}} prima lezione?",
            ),
            (
                "c",
                "Sì! Ultima cosa, il pianoforte a casa è un {{BRAND:Yamaha}} digitale, va bene per "
                "esercitarsi o serve un acustico?",
            ),
            (
                "a",
                "Per ora va benissimo, la maestra [[PERSON:Ferrari]] le darà qualche consiglio sul "
                "tocco 🎹",
            ),
        ],
    },
    {
        "business": "music",
        "start": "2026-09-15T16:50",
        "platform": "messenger",
        "participants": {"customer": "Rosaria Bonfiglio"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Gentilissima Direzione,\n\nmi permetto di scriverVi tramite questo mezzo, che mio nipote "
                "mi ha cortesemente predisposto, per chiedere se la Vostra Scuola accetti allievi di età "
                "non più verdissima. Ho settantotto anni, ho cantato per quarant'anni nel coro della "
                "parrocchia e desidererei prendere lezioni di canto per non perdere la voce.\n\n"
                "In attesa di un Vostro cortese riscontro, porgo distinti saluti.\n\n"
                "[[PERSON:Rosaria Bonfiglio]] ved. [[PERSON:Tarallo]]\n"
                "[[ADDRESS:Via Carlo Porta 7\n20900 Monza (MB)]]\ntel. [[PHONE_NUMBER:039 230 1448]]",
            ),
            (
                "a",
                "Gentile signora [[PERSON:Bonfiglio]], la ringraziamo per il messaggio. Certamente: "
                "abbiamo diversi allievi adulti e il maestro [[PERSON:Fortunato Bello]] tiene lezioni di "
                "canto anche il mattino. Le andrebbe una lezione di prova gratuita giovedì alle "
                "{{TIME:10:30}}? Cordiali saluti, [[PERSON:Annalisa Marchi]], segreteria",
            ),
            (
                "c",
                "Gentile Signora [[PERSON:Marchi]],\n\nLa ringrazio infinitamente. Giovedì alle {{TIME:10.30}} "
                "sarò puntuale. Mi accompagnerà mia figlia [[PERSON:Maria Luisa]], perché non guido più.\n\n"
                "Con i migliori saluti,\n[[PERSON:R. Bonfiglio]]",
            ),
            ("a", "A giovedì allora, signora. La aspettiamo al piano terra, c'è l'ascensore."),
            (
                "c",
                "Gentile Signora [[PERSON:Marchi]], desidero ringraziare Lei e il Maestro "
                "[[PERSON:Bello]] per la splendida mattinata. Mi iscrivo volentieri al corso del "
                "giovedì.\n[[PERSON:Rosaria Bonfiglio]]",
                {"gap": 2950},
            ),
        ],
    },
    {
        "business": "music",
        "start": "2026-11-09T07:25",
        "platform": "whatsapp",
        "participants": {"customer": "Daniele Ruggeri"},
        "lang": "it",
        "messages": [
            (
                "c",
                "si buongiorno sono il papà di [[PERSON:matteo ruggeri]] quello della chitarra del "
                "martedì volevo dire che martedì non viene che c'ha la febbre e poi volevo chiedere se si "
                "può recuperare giovedì verso le cinque che io finisco il cantiere a [[LOCATION:Arcore]] "
                "alle quattro e mezza e faccio in tempo",
            ),
            (
                "a",
                "Buongiorno! Nessun problema, auguri a [[PERSON:Matteo]]. Giovedì alle {{TIME:17}} il "
                "maestro [[PERSON:Jack]] è libero, lo segno lì.",
            ),
            (
                "c",
                "perfetto grazie mille allora giovedì alle cinque ah un'altra cosa mia moglie dice che "
                "il bonifico di ottobre l'ha fatto lei dal conto suo quindi se vedete il nome di "
                "[[PERSON:Paola Brivio]] è il nostro punto",
            ),
            ("a", "Grazie per l'avviso, lo segniamo. Buona giornata!"),
            ("c", "grazie a voi buon lavoro ciao ciao"),
        ],
    },
    {
        "business": "music",
        "start": "2026-09-08T09:30",
        "platform": "instagram",
        "participants": {"customer": "Kate Sullivan"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi there! We just moved to [[LOCATION:Monza]] from [[LOCATION:Portland, Oregon]] and "
                "I'm looking for violin lessons for my daughter [[PERSON:June]] (7). Do any of your "
                "teachers speak English? Her Italian is still very 'ciao' and 'grazie' 😅",
            ),
            (
                "a",
                "Hi! Welcome to [[LOCATION:Monza]] 😊 Yes, [[PERSON:Florence Gatti]] teaches violin and grew up in "
                "[[LOCATION:Edinburgh]], so English is no problem at all. She has Saturdays at {{TIME:11:00}}. Shall "
                "I book a trial lesson?",
            ),
            (
                "c",
                "Yes please! And is there anything for a 4 year old? Her little brother [[PERSON:Will]] "
                "bangs on everything in the house",
            ),
            (
                "a",
                "Ha! We have {{PRODUCT:Musica in Fasce}} on Saturday at 10, for ages 3-5, with a parent. "
                "Could you send me an email for the enrolment forms?",
            ),
            (
                "c",
                "Perfect timing, we can do both! [[EMAIL_ADDRESS:kate.sullivan.pdx (at) gmail (dot) "
                "com]]. Thank you so much, [[PERSON:Kate]]",
            ),
            (
                "a",
                "Forms sent. See you Saturday, [[PERSON:June]] and [[PERSON:Will]]! [[PERSON:Annalisa]]",
            ),
        ],
    },
    {
        "business": "music",
        "start": "2026-09-02T12:10",
        "platform": "telegram",
        "participants": {"customer": "Gianluca Brambilla"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Salve, mi mandate gli estremi per il bonifico della quota di iscrizione di "
                "[[PERSON:Pietro]]? Grazie",
            ),
            (
                "a",
                "Buongiorno, ecco:\nBeneficiario: {{BRAND:Associazione Musicale Chiaroscuro}}\nIBAN: "
                "[[IBAN_CODE:IT89 C010 3014 4007 3152 3113 139]]\nCausale: quota iscrizione + nome "
                "dell'allievo\nImporto: {{PRICE:€ 60,00}}",
            ),
            (
                "c",
                "Inoltrato:\n---\nBanca ✓ Esito: bonifico eseguito\nOrdinante: [[PERSON:BRAMBILLA "
                "GIANLUCA]]\nIBAN ordinante: [[IBAN_CODE:IT33V0503411701996384324886]]\nBeneficiario: "
                "{{BRAND:ASSOCIAZIONE MUSICALE CHIAROSCURO}}\nImporto: {{PRICE:60,00 EUR}}\nData esecuzione: "
                "{{DATE:02/09/2026}}\nCRO: {{ORDER:0503411701234567}}\nCausale: QUOTA ISCRIZIONE "
                "[[PERSON:BRAMBILLA PIETRO]]",
            ),
            (
                "a",
                "Ricevuto, grazie! [[PERSON:Pietro]] è iscritto al corso di batteria del lunedì con il maestro [[PERSON:D'Amico]].",
            ),
            (
                "c",
                "Grazie. Per la fattura il CF è quello di [[PERSON:Pietro]]: "
                "[[IT_FISCAL_CODE:brmptr16a19f704l]]",
            ),
            ("a", "{{WORD:Perfetto}}, la trova in allegato entro fine settimana 👍"),
        ],
    },
    # ------------------------------------------------------------------ PCpronto (Loris Ghiani)
    {
        "business": "it",
        "start": "2026-02-17T10:05",
        "platform": "telegram",
        "participants": {"customer": "Marta G. - Studio Bosio"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno [[PERSON:Loris]], la stampante grande dello studio (la {{PRODUCT:Brother MFC-L8900}}) "
                "non stampa più da nessun pc, dice 'offline'. Il geometra è fuori e io devo consegnare "
                "due pratiche in Comune entro le {{TIME:12}} 😰 [[PERSON:Marta]]",
            ),
            (
                "a",
                "Ciao [[PERSON:Marta]], proviamo al volo: sul display della stampante vai su "
                "Impostazioni > Rete > TCP/IP e dimmi che indirizzo leggi",
            ),
            ("c", "[[IP_ADDRESS:169.254.12.7]]"),
            (
                "a",
                "Ecco, ha perso l'indirizzo fisso e i pc la cercano ancora su "
                "[[IP_ADDRESS:192.168.1.50]]. Spegnila, stacca il cavo di rete 10 secondi e riaccendi",
            ),
            (
                "c",
                "Fatto ma niente, sempre quel numero strano. Ti ho lasciato acceso il pc del geom. "
                "[[PERSON:Bosio]] se vuoi entrare da remoto",
            ),
            (
                "a",
                "Trovato il colpevole: il {{PRODUCT:FRITZ!Box 7530}} aveva dato il .50 al telefono "
                "nuovo di [[PERSON:Edoardo]] 🙄 Ho messo la prenotazione DHCP per la stampante. Prova "
                "adesso",
            ),
            (
                "c",
                "STAMPA!!! Sei un mito. Mandami pure la fattura, dati come sempre: Studio Tecnico geom. "
                "[[PERSON:Renato Bosio]], P.IVA [[IT_VAT_CODE:05358860012]], codice SDI "
                "{{ORDER:M5UXCR1}}",
            ),
            (
                "a",
                "Fattura {{ORDER:FT 2026/118}}, {{PRICE:45 €}} + IVA per l'intervento remoto. Buon "
                "lavoro! [[PERSON:Loris]]",
            ),
        ],
    },
    {
        "business": "it",
        "start": "2026-03-11T17:45",
        "platform": "whatsapp",
        "participants": {"customer": "Beppe Idraulico"},
        "lang": "it",
        "messages": [
            (
                "c",
                "ciao [[PERSON:loris]] sono [[PERSON:beppe ferro]] l'idraulico di "
                "[[LOCATION:moncalieri]] ti scrivo col microfono che sono sul furgone allora la mail sul "
                "telefono nuovo non mi scarica più niente da ieri sera mi dice password errata ma la "
                "password è giusta che me l'ha scritta mia figlia [[PERSON:giorgia]] sul foglietto",
            ),
            (
                "a",
                "Ciao [[PERSON:Beppe]]! Quasi sicuro che sul telefono nuovo serva la password per le "
                "app, con {{BRAND:Libero Mail}} adesso funziona così. Mi scrivi l'indirizzo esatto?",
            ),
            (
                "c",
                "[[EMAIL_ADDRESS:beppe punto ferro 71 chiocciola libero punto it]] tutto attaccato "
                "minuscolo",
            ),
            (
                "a",
                "Ok. Passo stasera in magazzino verso le {{TIME:18:30}}? Mi servono il telefono e 10 "
                "minuti",
            ),
            (
                "c",
                "stasera no che sono a [[LOCATION:carignano]] da un cliente con una caldaia che perde "
                "facciamo domani mattina al magazzino in [[ADDRESS:strada Revigliasco 41]] prima delle "
                "otto che poi parto per [[LOCATION:Pinerolo]]",
            ),
            ("a", "Va bene, domani alle {{TIME:7:45}} sono lì 👍"),
            (
                "c",
                "grande grazie ah per la fattura mettila a nome mio che la partita iva la sto chiudendo "
                "codice fiscale [[IT_FISCAL_CODE:frrgpp71m03l219n]]",
                {"gap": 1100},
            ),
        ],
    },
    {
        "business": "it",
        "start": "2026-02-23T09:20",
        "platform": "messenger",
        "participants": {"customer": "Elisa Zanetti"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, da lunedì {{DATE:2 marzo}} entra in studio una nuova praticante, la dott.ssa "
                "[[PERSON:Bianca Dell'Acqua]]. Le servirebbero la casella di posta, l'accesso alla "
                "cartella condivisa e una postazione. Grazie, [[PERSON:Elisa Zanetti]]",
            ),
            (
                "a",
                "Buongiorno [[PERSON:Elisa]], creo [[EMAIL_ADDRESS:bianca.dellacqua@notaicollinatorinese.it]] "
                "(senza apostrofo, altrimenti alcuni programmi si bloccano). Mi serve un cellulare per "
                "l'autenticazione a due fattori",
            ),
            (
                "c",
                "Il suo cellulare è [[PHONE_NUMBER:+39 340 918 2276]]. Come pc può usare il portatile "
                "che era della dott.ssa [[PERSON:La Rosa]], che è andata in pensione a fine anno",
            ),
            (
                "a",
                "{{WORD:Perfetto}}. Formatto il portatile venerdì pomeriggio e lunedì alle {{TIME:8:30}} sono in "
                "studio per consegnarlo. [[PERSON:Loris]]",
            ),
            (
                "c",
                "Grazie. Dimenticavo: la dottoressa [[PERSON:La Rosa]] chiede se può avere una copia "
                "delle sue vecchie mail. Il suo indirizzo personale è "
                "[[EMAIL_ADDRESS:gabriella.larosa.1958@gmail.com]]",
            ),
            (
                "a",
                "Si può fare: le preparo un archivio e le mando un link per scaricarlo, valido 7 giorni. "
                "[[PERSON:L. Ghiani]]",
            ),
        ],
    },
    {
        "business": "it",
        "start": "2026-04-21T09:10",
        "platform": "whatsapp",
        "participants": {"customer": "Priya"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Good morning Mr. [[PERSON:Loris]], this is [[PERSON:Priya]] from Saffron Route import "
                "office. Our internet is working but our website is not opening only from office, from my "
                "phone with 4G it is opening. My nephew [[PERSON:Arjun]] says maybe the hosting blocked "
                "us??",
            ),
            (
                "a",
                "Good morning [[PERSON:Priya]]! Could be. Can you open whatismyip.com from an office "
                "computer and tell me what it shows?",
            ),
            (
                "c",
                "It shows [[IP_ADDRESS:93.41.208.117]] and also another long one "
                "[[IP_ADDRESS:2001:b07:6463:1f2:5d1:9a2e:c04:7b1]]",
            ),
            (
                "a",
                "Yes, the {{BRAND:Aruba}} firewall blocked [[IP_ADDRESS:93.41.208.117]] this morning "
                "after too many wrong email passwords. I have unblocked it. Does somebody in the office "
                "have an old password saved?",
            ),
            (
                "c",
                "Ahh yes, it must be the new girl [[PERSON:Hope]], she put the old password in her "
                "laptop. So sorry for the trouble. Please send the invoice to my email "
                "[[EMAIL_ADDRESS:priya.raman@saffronroute.it]]",
            ),
            (
                "a",
                "No problem at all, invoice sent. Tell [[PERSON:Hope]] to change it on her phone too 😉",
            ),
            ("c", "Thank you very much, very kind.\n[[PERSON:Priya Raman]]"),
        ],
    },
    {
        "business": "it",
        "start": "2026-05-05T14:30",
        "platform": "telegram",
        "participants": {"customer": "Serena T."},
        "lang": "it",
        "messages": [
            ("c", "[[PERSON:Loris]] mi è arrivata questa, è vera? Non ho cliccato niente giuro"),
            (
                "c",
                "Inoltrato da [[PERSON:Serena Tarantino]]:\nDa: Poste Italiane - Servizio Clienti\nA: "
                "[[EMAIL_ADDRESS:s.tarantino@studioarchidora.it]]\nOggetto: Il suo conto è stato "
                "sospeso\n\nGentile cliente [[PERSON:SERENA TARANTINO]],\nabbiamo rilevato un accesso "
                "insolito dall'indirizzo IP [[IP_ADDRESS:185.220.101.44]]. Per riattivare il conto "
                "verifichi i suoi dati entro 24 ore al link seguente: "
                "hxxps://poste-verifica-conto.top/login\n\nCodice pratica: {{ORDER:PI-77310-A}}",
                {"gap": 1},
            ),
            (
                "a",
                "Ciao [[PERSON:Serena]], phishing al 100%: quel dominio con Poste non c'entra niente. "
                "Cancellala e basta. Se hai un dubbio chiama il numero scritto sulla carta, mai quelli "
                "nelle mail",
            ),
            (
                "c",
                "Ok grazie!! L'ha ricevuta anche [[PERSON:Lorenzo Porta]] dell'amministrazione, gliela "
                "giro?",
            ),
            (
                "a",
                "Digli solo di cancellarla. Stasera metto un filtro sul server così non arrivano più. "
                "[[PERSON:L]].",
            ),
            ("c", "Grazie mille sei sempre gentilissimo 🙏"),
        ],
    },
    {
        "business": "it",
        "start": "2026-06-08T17:05",
        "platform": "whatsapp",
        "participants": {"customer": "Davide Moretti Fisioterapia"},
        "lang": "it",
        "messages": [
            (
                "a",
                "Ciao [[PERSON:Davide]], per il pc nuovo della reception mi mandi l'elenco di chi deve "
                "avere l'accesso con la mail di ognuno?",
            ),
            (
                "c",
                "> mi mandi l'elenco di chi deve avere l'accesso con la mail di ognuno?\n\nEccolo:\n"
                "- [[PERSON:Davide Moretti]] (titolare) [[EMAIL_ADDRESS:davide@fisiomoretti.it]]\n"
                "- [[PERSON:Sole Amato]] (segreteria, mattina) [[EMAIL_ADDRESS:sole.amato@fisiomoretti.it]]\n"
                "- [[PERSON:Mark Oduya]] (osteopata, solo il martedì) "
                "[[EMAIL_ADDRESS:m.oduya@fisiomoretti.it]]\n- la ragazza del pomeriggio la prendiamo a "
                "settembre",
            ),
            (
                "a",
                "Ricevuto. Per il wifi dei pazienti faccio una rete ospiti separata, così non vedono il "
                "gestionale. Ti va bene giovedì {{DATE:11}} alle {{TIME:13}}, durante la pausa?",
            ),
            (
                "c",
                "Giovedi va bene. Se non ci sono io c'è [[PERSON:Sole]], il numero del fisso è "
                "[[PHONE_NUMBER:0121 795 334]]. Lo studio ora è in [[ADDRESS:corso Torino 112, scala B, "
                "int. 5]], non più in piazza, mi raccomando",
            ),
            ("a", "{{WORD:Segnato}} il nuovo indirizzo 👍 A giovedì"),
            ("c", "{{WORD:Perfetto}}, ciao!"),
        ],
    },
    # ------------------------------------------------------------------ Cascina Bau
    {
        "business": "dogs",
        "start": "2026-06-03T11:20",
        "platform": "whatsapp",
        "participants": {"customer": "Marco B."},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, avete posto dal 9 al 23 agosto per un labrador di 6 anni? Si chiama Otto, è buonissimo ma mangia qualsiasi cosa 😅",
            ),
            (
                "a",
                "Buongiorno! Sì, per quelle date abbiamo ancora un box grande con uscita sul prato. Sono {{PRICE:22 €}} al giorno, {{PRICE:20 €}} sopra le 10 notti. Ci servono il libretto delle vaccinazioni e il contatto del vostro veterinario. [[PERSON:Elena]]",
            ),
            (
                "c",
                "{{WORD:Perfetto}}. Il veterinario è la dott.ssa [[PERSON:Marina Zanon]] dell'ambulatorio di [[LOCATION:Povegliano]], cell. [[PHONE_NUMBER:349 5520 781]]. Il libretto ve lo mando in foto stasera. Otto mangia le crocchette {{PRODUCT:Monge}} light, gliele porto io",
            ),
            (
                "a",
                "Benissimo. Per il contratto mi servono nome e cognome, codice fiscale e indirizzo del proprietario",
            ),
            (
                "c",
                "[[PERSON:Marco Benetti]]\n[[IT_FISCAL_CODE:BNTMRC78E02L781U]]\n[[ADDRESS:via Custoza 23/A\n37069 Villafranca di Verona]]",
            ),
            (
                "a",
                "Grazie [[PERSON:Marco]]! Prenotazione {{ORDER:CB-0809}} confermata, dal {{DATE:9}} al {{DATE:23 agosto}}. L'ingresso è dalle {{TIME:8}} alle {{TIME:12}}, l'uscita il pomeriggio fino alle {{TIME:18}}.",
            ),
        ],
    },
    {
        "business": "dogs",
        "start": "2026-11-12T20:30",
        "platform": "instagram",
        "participants": {"customer": "Grace Whitfield"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi! We live in [[LOCATION:Bardolino]] and we need someone to come twice a day to walk and feed our two beagles, Biscuit and Maple, while we're back in the States from {{DATE:Dec 20}} to {{DATE:Jan 3}}. Is that something you do?",
            ),
            (
                "a",
                "Hi! Yes, our home visits cover the whole lake shore from [[LOCATION:Lazise]] to [[LOCATION:Garda]]. It's {{PRICE:€18}} per visit (walk + food + a cuddle). Could you send me your address and a phone number? [[PERSON:Elena]]",
            ),
            (
                "c",
                "Perfect!! [[ADDRESS:Via dei Cipressi 9, 37011 Bardolino VR]], the gate code I'll give in person. My cell is [[PHONE_NUMBER:+1 503-555-0172]] and my husband [[PERSON:Bill]]'s Italian number is [[PHONE_NUMBER:+39 351 447 0916]]. Our neighbor [[PERSON:Ornella]] at number 11 has a spare key too",
            ),
            (
                "a",
                "Thank you [[PERSON:Grace]]! [[PERSON:Giò]] does the lake side, he could come by on the {{DATE:18th}} at {{TIME:5pm}} to meet the dogs and pick up the key. Ok?",
            ),
            (
                "c",
                "The 18th works. FYI they both wear {{PRODUCT:Seresto}} collars so no flea stuff needed. And if you want to see who you're dealing with lol: [[HANDLE:@biscuitandmaple.beagles]] 🐶🐶",
            ),
            ("a", "They're gorgeous 😍 See you on the 18th!"),
        ],
    },
    {
        "business": "dogs",
        "start": "2026-08-17T08:40",
        "platform": "messenger",
        "participants": {"customer": "Fabrizio Armani"},
        "lang": "it",
        "messages": [
            (
                "c",
                "BUONGIORNO. SONO [[PERSON:FABRIZIO ARMANI]]. IERI HO RITIRATO LA MIA BOXER LULÙ DOPO UNA SETTIMANA DA VOI E STANOTTE NON HA DORMITO PER QUANTO SI GRATTAVA. È PIENA DI PULCI!!! PER {{PRICE:150 EURO}} MI ASPETTAVO UN ALTRO SERVIZIO. VERGOGNA",
            ),
            (
                "a",
                "Buongiorno signor [[PERSON:Armani]], mi dispiace moltissimo. Tutti i cani in pensione devono avere l'antiparassitario, e nel box di Lulù abbiamo fatto la disinfestazione prima dell'arrivo, ma evidentemente qualcosa è andato storto. Le proponiamo una visita dal dott. [[PERSON:Sergio Quaglia]] a spese nostre, oggi stesso se vuole. [[PERSON:Elena]], {{BRAND:Cascina Bau}}",
            ),
            (
                "c",
                "LE PULCI NON ARRIVANO DA {{WORD:SOLE}}. IO LE HO DATO IL {{PRODUCT:FRONTLINE}} 2 SETTIMANE FA",
            ),
            (
                "a",
                "Ha ragione ad essere arrabbiato. Il dott. [[PERSON:Quaglia]] ha l'ambulatorio a [[LOCATION:Sommacampagna]], può andare anche alle {{TIME:17:30}}, lo avviso io. Il trattamento e la visita li paghiamo noi.",
            ),
            (
                "c",
                "Va bene. Alle {{TIME:17.30}} ci sono. La ricevuta della visita mandatela a [[EMAIL_ADDRESS:armani.fabrizio(at)tiscali.it]] che la passo all'assicurazione",
            ),
            ("a", "Certo. E ci scusi ancora, ci teniamo davvero. Un abbraccio a Lulù 🐾"),
            ("c", "grazie. il dottore è stato gentile, lulù sta già meglio", {"gap": 720}),
        ],
    },
    {
        "business": "dogs",
        "start": "2026-07-08T12:15",
        "platform": "whatsapp",
        "participants": {"customer": "Fortunato Russo"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno [[PERSON:Giò]], sabato il mio Pepe non posso ritirarlo io che sono a [[LOCATION:Bologna]] per lavoro. Viene la mia vicina, la signora [[PERSON:Gioia Fabbri]], le ho firmato la delega",
            ),
            (
                "a",
                "Ciao [[PERSON:Fortunato]], va bene. Ci serve un documento della signora: ci mandi il suo codice fiscale e un numero di telefono?",
            ),
            (
                "c",
                "Il codice fiscale è [[IT_FISCAL_CODE:FBBGIO87T44A944K]], il cellulare [[PHONE_NUMBER:328 6610 492]]. Lei arriva con una {{BRAND:Panda}} verde verso le {{TIME:10}}. Pepe la conosce bene, non fa storie",
            ),
            (
                "a",
                "{{WORD:Perfetto}}, segnato. Pepe ha fatto il bravo tutta la settimana, solo un po' di gelosia con il pastore tedesco 😄 [[PERSON:Giò]]",
            ),
            (
                "c",
                "Ahah lo so, è geloso pure di mia moglie. Grazie [[PERSON:Giò]], gentilissimo come sempre\n[[PERSON:Fortunato]]",
            ),
        ],
    },
    {
        "business": "dogs",
        "start": "2026-07-21T19:40",
        "platform": "telegram",
        "participants": {"customer": "Sanne de Wit"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hallo! We are a Dutch family camping in [[LOCATION:Lazise]] until Sunday. Tomorrow we want to go to {{BRAND:Gardaland}} with the kids and dogs are not allowed. Is it possible to bring our dog Bram for one day only?",
            ),
            (
                "a",
                "Hi! Yes, day care is possible, {{PRICE:€25}} from {{TIME:8:30}} to {{TIME:19:00}}. What kind of dog is Bram, and is he vaccinated? [[PERSON:Giò]]",
            ),
            (
                "c",
                "He is a mix with a border collie, 4 years, all vaccinations yes, I have the European pet passport. I can pay with card now? It is [[CREDIT_CARD:5313-8798-1135-1194]]",
            ),
            (
                "a",
                "Please don't send card numbers in a chat, you can pay here at the gate, cash or card 🙂 What is your name and phone number for the booking?",
            ),
            (
                "c",
                "Oh sorry! [[PERSON:Sanne de Wit]], [[PHONE_NUMBER:+31 6 4827 1953]]. My husband [[PERSON:Daan]] will bring Bram at {{TIME:8:30}}",
            ),
            ("a", "Perfect [[PERSON:Sanne]], see you tomorrow. Have fun at the park!"),
        ],
    },
    {
        "business": "dogs",
        "start": "2026-07-10T13:00",
        "platform": "instagram",
        "participants": {"customer": "lourdes.m_"},
        "lang": "en",
        "messages": [
            (
                "c",
                "hi!! do you take cats as well? we're in [[LOCATION:Peschiera]] for the month and my flatmate's cat can't stay home alone for the weekend",
            ),
            (
                "a",
                "Hi! Sorry, only dogs here 🐶 But [[PERSON:Paola Serra]] in [[LOCATION:Castelnuovo]] does cat sitting at home, she's lovely. Her number is [[PHONE_NUMBER:347-221-0583]]",
            ),
            ("c", "ah amazing thank you so much! x [[PERSON:Lourdes]]"),
            ("a", "You're welcome [[PERSON:Lourdes]], enjoy the lake!"),
        ],
    },
    # ------------------------------------------------------------------ Tipografia Lanza
    {
        "business": "print",
        "start": "2026-04-20T09:30",
        "platform": "whatsapp",
        "participants": {"customer": "Ignazio Elettricista"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buongiorno, sugnu [[PERSON:Ignazio]], mi manda [[PERSON:Peppe]] del ferramenta di [[LOCATION:Borgo Nuovo]]. Mi servono 500 biglietti da visita, ma belli, no chiddi di carta velina",
            ),
            (
                "a",
                "Buongiorno [[PERSON:Ignazio]]! Su carta {{PRODUCT:Fedrigoni Tintoretto}} da 350 g, stampa fronte e retro, 500 pezzi vengono {{PRICE:48 €}} + IVA. Mi scrive il testo come lo vuole?",
            ),
            (
                "c",
                "Talìa, ci mettete accussì:\n\n[[PERSON:IGNAZIO SCIMECA]]\nImpianti elettrici civili e industriali\n[[ADDRESS:Via Giacomo Cusmano 44, 90141 Palermo]]\ncell. [[PHONE_NUMBER:333.41.28.906]]\n[[EMAIL_ADDRESS:ignazioscimeca.impianti@gmail.com]]\nP.IVA [[IT_VAT_CODE:01298330828]]\n\ne darreri 'na lampadina, gialla",
            ),
            (
                "a",
                "Ecco la bozza 👆 Controlli bene numero e mail, che una volta stampati... [[PERSON:Giusi]], ufficio grafico",
            ),
            (
                "c",
                "Mizzica bellissimo! Solo che il numero è sbagghiato: è [[PHONE_NUMBER:333 41 28 906]] no [[PHONE_NUMBER:333 41 28 960]]. Lu sapia ca era 'na camurria sti numeri",
            ),
            (
                "a",
                "Ha ragione, l'ho sbagliato io copiandolo 🙈 Corretto. Se mi dà l'ok vanno in stampa oggi e sono pronti giovedì. Per la fattura uso la partita IVA del biglietto?",
            ),
            (
                "c",
                "Sì sì, va bene. Amunì, stampate! Giovedì passa mio figlio [[PERSON:Salvo]] a ritirarli",
            ),
        ],
    },
    {
        "business": "print",
        "start": "2026-04-11T21:15",
        "platform": "messenger",
        "participants": {"customer": "Chiara Bonanno"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Ciao! Io e il mio fidanzato ci sposiamo a settembre e vorremmo le partecipazioni classiche, quelle con i nomi dei genitori. Lui è inglese quindi ne servono anche 30 in inglese 😊 [[PERSON:Chiara]]",
            ),
            (
                "a",
                "Ciao [[PERSON:Chiara]], auguri!! 🎉 Mandaci pure i testi, li impaginiamo noi e ti mandiamo le bozze. [[PERSON:Totò]]",
            ),
            (
                "c",
                "Ecco quello italiano:\n\n[[PERSON:Vincenzo Bonanno]] e [[PERSON:Lucia Amato]]\n[[PERSON:Peter Holloway]] e [[PERSON:Margaret Holloway]]\nannunciano il matrimonio dei loro figli\n[[PERSON:Chiara]] e [[PERSON:Mark]]\nSabato {{DATE:12 settembre 2026}}, ore {{TIME:11:00}}\nChiesa di Santa Maria dello Spasimo, Palermo\n\n[[ADDRESS:Via Libertà 171\n90143 Palermo]]          [[ADDRESS:27 Moor Lane\nBath BA2 4LF]]\n\nRSVP [[PERSON:Chiara]] [[PHONE_NUMBER:+39 329 874 1160]] – [[PERSON:Mark]] [[PHONE_NUMBER:+44 7700 900 247]]",
            ),
            (
                "c",
                "Hi, it's [[PERSON:Mark]] here on [[PERSON:Chiara]]'s laptop 😄 For the English ones could we say 'request the pleasure of your company' instead of just announcing? My mum [[PERSON:Maggie]] is very keen on that bit",
                {"lang": "en", "gap": 3},
            ),
            (
                "a",
                "Hi [[PERSON:Mark]]! Of course, we'll do 'request the pleasure of your company at the marriage of their children'. Should we write your mum as [[PERSON:Margaret]] or [[PERSON:Maggie]]?",
                {"lang": "en"},
            ),
            (
                "c",
                "[[PERSON:Margaret]] on the card please, she'd never forgive me otherwise 😂",
                {"lang": "en"},
            ),
            (
                "a",
                "{{WORD:Perfetto}}, bozze in arrivo domani. 80 italiane + 30 inglesi su carta {{PRODUCT:Favini Shiro}} con busta, {{PRICE:310 €}} in tutto. [[PERSON:Totò]]",
            ),
        ],
    },
    {
        "business": "print",
        "start": "2026-05-11T16:00",
        "platform": "instagram",
        "participants": {"customer": "Taylor Brooks"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hi! I'm a visiting PhD student at UniPa (usually based in [[LOCATION:Ann Arbor]]) and I need to print and hardbind 4 copies of my dissertation, about 280 pages, by the {{DATE:24th}}. Do you do that? Sorry my Italian is terrible",
            ),
            (
                "a",
                "Hi! No problem, we do thesis binding all the time 🙂 Hardcover in dark blue or burgundy with gold lettering is {{PRICE:€35}} per copy plus printing ({{PRICE:€0.06}} a page in b/w). Send us the PDF and the text for the cover",
            ),
            (
                "c",
                "Amazing. Burgundy please! Cover text:\n\nSUGAR, SAINTS AND SILK\nConfraternities and trade in early modern Palermo\n[[PERSON:Taylor J. Brooks]]\nAdvisor: Prof. [[PERSON:Rosario Spanò]]\n{{DATE:2026}}",
            ),
            (
                "c",
                "PDF coming by {{BRAND:WeTransfer}} from [[EMAIL_ADDRESS:tjbrooks@umich.edu]]",
                {"gap": 2},
            ),
            (
                "a",
                "Got it! Printed copies ready on the {{DATE:22nd}}, so you have two days spare. Your order number is {{ORDER:TL-26-0441}}. [[PERSON:Giusi]]",
            ),
            ("c", "You're a lifesaver. My advisor says grazie too 😂"),
            (
                "c",
                "Oh one more thing!! Could you ship the 4th copy straight to my committee member in the US? It's:\n\nDr. [[PERSON:June Park]]\nDepartment of History\n[[ADDRESS:1029 Tisch Hall\n435 S State St\nAnn Arbor, MI 48109]]\n\nI'll pay the shipping of course",
                {"gap": 95},
            ),
            (
                "a",
                "Sure, with {{BRAND:DHL}} Express it's {{PRICE:€58}} and it takes 3-4 days. Shall I add it to {{ORDER:TL-26-0441}}?",
            ),
            (
                "c",
                "Yes please. Gulp. Worth it 😅 I'll tag you when I defend, I'm [[HANDLE:@tj_brooks_history]] on insta",
            ),
        ],
    },
    {
        "business": "print",
        "start": "2026-05-18T19:45",
        "platform": "telegram",
        "participants": {"customer": "Antonino Cusimano"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buonasera, vi incollo qui la mail che vi ho mandato stamattina perché non sono sicuro che sia arrivata:\n\n---------- Messaggio inoltrato ----------\nDa: [[PERSON:Antonino Cusimano]] <[[EMAIL_ADDRESS:antonino.cusimano@pec.it]]>\nOggetto: Preventivo volantini Festa di Quartiere\n\nSpett.le {{BRAND:Tipografia Lanza}},\n\nl'Associazione Ballarò Vive organizza come ogni anno la Festa di Quartiere in piazza, il {{DATE:21 giugno}}. Con la presente chiediamo un preventivo per:\n- 2.000 volantini A5 a colori, fronte/retro;\n- 20 locandine 50x70;\n- 1 striscione in PVC 3x1 m.\nLa grafica è già pronta e la fornirà la nostra socia [[PERSON:Bianca Lo Verde]].\nRestiamo in attesa e porgiamo distinti saluti.\n\nIl Presidente\nDott. [[PERSON:Antonino Cusimano]]\ncell. [[PHONE_NUMBER:338/9052417]]",
            ),
            (
                "a",
                "Buonasera dott. [[PERSON:Cusimano]], la mail era arrivata, scusi il ritardo nella risposta. Preventivo: volantini {{PRICE:95 €}}, locandine {{PRICE:60 €}}, striscione {{PRICE:85 €}}, totale {{PRICE:240 € + IVA}}. [[PERSON:Salvatore Lanza]]",
            ),
            (
                "c",
                "> totale 240 € + IVA\nVa bene, procediamo. La signora [[PERSON:Lo Verde]] vi manda i file domani. Per il pagamento vi facciamo bonifico, mi date l'IBAN?",
            ),
            (
                "a",
                "Certo: {{BRAND:Tipografia Lanza}} di [[PERSON:Lanza Salvatore]], IBAN [[IBAN_CODE:IT92 Y020 0804 8187 6991 3938 215]]. Causale: festa di quartiere + numero preventivo {{ORDER:P-2026/087}}",
            ),
            (
                "c",
                "{{WORD:Perfetto}}, grazie. Le faccio sapere appena il tesoriere, il sig. [[PERSON:Pippo Sciortino]], ha disposto il bonifico.",
            ),
        ],
    },
    {
        "business": "print",
        "start": "2026-03-12T20:10",
        "platform": "whatsapp",
        "participants": {"customer": "Nino Piazza"},
        "lang": "it",
        "messages": [
            (
                "c",
                "Buonasera, purtroppo stamattina è mancato mio padre. Ci servono i manifesti per domani mattina, l'agenzia funebre ci ha detto di rivolgerci a voi",
            ),
            (
                "a",
                "Condoglianze a lei e alla famiglia. Ci mandi pure il testo, li prepariamo stasera e domattina alle {{TIME:7}} sono pronti. Di solito se ne fanno 30-40. [[PERSON:Giusi]]",
            ),
            (
                "c",
                "Grazie. Il testo è questo:\n\nÈ serenamente mancato all'affetto dei suoi cari\n[[PERSON:GIROLAMO PIAZZA]]\ndi anni 87\nNe danno il triste annuncio la moglie [[PERSON:Concetta]], i figli [[PERSON:Nino]] con [[PERSON:Ada]], [[PERSON:Rosalba]] con [[PERSON:Filippo]], i nipoti e i parenti tutti.\nI funerali si svolgeranno sabato {{DATE:14 marzo}} alle ore {{TIME:10:30}} nella chiesa di San Francesco di Paola.\nLa salma è esposta nell'abitazione di [[ADDRESS:via Perpignano 212]].",
            ),
            (
                "c",
                "Ah, se si può mettere la foto che vi mando, quella con la coppola. Lui ci teneva",
                {"gap": 2},
            ),
            (
                "a",
                "Certo, la foto viene bene. Facciamo 40 manifesti con foto, {{PRICE:90 €}}. Può passare domattina in negozio o li portiamo noi all'agenzia?",
            ),
            (
                "c",
                "Li passa a prendere mio cognato [[PERSON:Filippo]] alle 7. Grazie di cuore. [[PERSON:Antonino Piazza]]",
            ),
        ],
    },
    {
        "business": "print",
        "start": "2026-10-06T09:50",
        "platform": "whatsapp",
        "participants": {"customer": "Dott.ssa Di Stefano"},
        "lang": "it",
        "messages": [
            (
                "c",
                "AVETE SCRITTO IL MIO COGNOME SBAGLIATO!!! È [[PERSON:DI STEFANO]] STACCATO, NON [[PERSON:DISTEFANO]]. 250 BIGLIETTI DA BUTTARE. IL TESTO VE L'AVEVO SCRITTO IO, BASTAVA COPIARE",
            ),
            (
                "a",
                "Buongiorno dottoressa [[PERSON:Di Stefano]], ha ragione, errore nostro nell'impaginazione. Li ristampiamo giusti entro domani, naturalmente senza costi. Ci scusi. [[PERSON:Totò Lanza]]",
            ),
            (
                "c",
                "E VOGLIO ANCHE LA FATTURA CORRETTA, SULLA VECCHIA C'È LO STESSO ERRORE. I DATI SONO: [[PERSON:ROSALIA DI STEFANO]], PSICOLOGA, P.IVA [[IT_VAT_CODE:07465370828]], CF [[IT_FISCAL_CODE:DSTRSL76D56G273Y]]",
            ),
            (
                "a",
                "{{WORD:Spedita}} la fattura corretta, la trova nella sua PEC. I biglietti saranno pronti domani dalle {{TIME:9:00}}.",
            ),
            ("c", "va bene. grazie. passa mio marito [[PERSON:Tancredi]] verso mezzogiorno"),
            ("a", "Lo aspettiamo. E ancora scuse, dottoressa."),
        ],
    },
    {
        "business": "print",
        "start": "2026-06-16T10:30",
        "platform": "instagram",
        "participants": {"customer": "kasia.papermoon"},
        "lang": "en",
        "messages": [
            (
                "c",
                "Hello! I am [[PERSON:Kasia]], I make handmade notebooks and I sell them on {{BRAND:Etsy}}, I live in [[LOCATION:Mondello]] since 2 years. I need 1000 round stickers with my logo for the packages. Is possible?",
            ),
            (
                "a",
                "Hi [[PERSON:Kasia]]! Sure, round stickers 5 cm on glossy vinyl, 1000 pieces are {{PRICE:€70}}. Do you have the logo in vector format (pdf, ai, svg)?",
            ),
            (
                "c",
                "I have only png, sorry 😬 you can take it from my shop page, the logo is on top: [[URL:https://www.etsy.com/shop/KasiaPaperMoon]]",
            ),
            (
                "a",
                "No problem, our designer can redraw it, it's {{PRICE:€15}} extra. What should the text around the logo say?",
            ),
            (
                "c",
                "Only 'Paper Moon – handmade in Sicily' and my instagram [[HANDLE:@kasia.papermoon]]. Thank you! [[PERSON:Katarzyna Nowak]] ([[PERSON:Kasia]] is easier 😄)",
            ),
            ("a", "Perfect, proof tomorrow by {{TIME:noon}} 🌙 [[PERSON:Giusi]]"),
            (
                "c",
                "Ah and can you send them when ready? Address is [[ADDRESS:Viale Regina Elena 66, int. 3\nc/o Lo Cascio\n90151 Palermo]], on the bell there is only the name of the owner of the flat",
            ),
            (
                "a",
                "Yes, the courier is {{PRICE:€7}}, they usually deliver in [[LOCATION:Mondello]] the next day. You'll get an SMS with the tracking 👍",
            ),
        ],
    },
]


_MARKUP = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.DOTALL)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup; return the plain text, its entity spans and its keep spans."""
    text: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    last = 0
    for match in _MARKUP.finditer(marked):
        before = marked[last : match.start()]
        text.append(before)
        position += len(before)
        kind, value = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        span = {"start": position, "end": position + len(value), "type": kind, "value": value}
        (entities if match.group(1) else keep).append(span)
        text.append(value)
        position += len(value)
        last = match.end()
    text.append(marked[last:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
        raise ValueError(f"unbalanced markup in: {marked[:60]!r}")
    return plain, entities, keep


def build() -> list[dict[str, Any]]:
    """The labelled records, in conversation order, with deterministic ids and times."""
    records: list[dict[str, Any]] = []
    for c_index, conversation in enumerate(CONVERSATIONS, start=1):
        business = conversation["business"]
        page_id = PAGE_IDS[business]
        customer_id = f"hw6-user-{c_index:03d}"
        conversation_id = f"hw6-conv-{c_index:03d}"
        when = datetime.fromisoformat(conversation["start"]).replace(tzinfo=UTC)
        for m_index, item in enumerate(conversation["messages"], start=1):
            role, marked = item[0], item[1]
            options: dict[str, Any] = item[2] if len(item) > 2 else {}
            if m_index > 1:
                when += timedelta(minutes=options.get("gap", 1 + (c_index * 7 + m_index * 11) % 37))
            text, entities, keep = parse(marked)
            agent = role == "a"
            message = {
                "message_id": f"hw6-m-{c_index:03d}-{m_index:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": page_id if agent else customer_id,
                "sender_name": BUSINESS_NAMES[business]
                if agent
                else conversation["participants"]["customer"],
                "sender_role": "agent" if agent else "customer",
                "recipient_id": customer_id if agent else page_id,
                "created_time": when.isoformat().replace("+00:00", "Z"),
                "text": text,
            }
            records.append(
                {
                    "message": message,
                    "language": options.get("lang", conversation["lang"]),
                    "entities": entities,
                    "keep": keep,
                }
            )
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(
        json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records
    )


def main(argv: list[str]) -> None:
    target = Path(argv[1]) if len(argv) > 1 else OUTPUT
    target.write_text(render(build()), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
