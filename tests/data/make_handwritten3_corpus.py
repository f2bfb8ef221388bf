"""Third hand-written labelled TEST corpus for the anonymiser (written blind, by hand).

Every conversation below was composed by hand, message by message, by someone who had not read
the anonymiser's code, its tuning corpora or its quality reports: no templates, no Faker, no
generated values. The people, addresses, phone numbers, e-mails and handles are invented; the
IBANs, card numbers, codici fiscali and partite IVA were made valid once (python-stdnum,
Luhn) and pasted here as literal text. Nothing here belongs to a real person.

The six businesses (their Page names are in ``BUSINESS_NAMES``) are invented too: a wine estate
in the Langhe that ships cases abroad, a driving school in Perugia, a pair of wedding
photographers in Salento, an online shop for refurbished phones and laptops, a school of
Italian for foreigners in Bologna and a hardware store near Naples.

Markup, inline in the message texts:

- ``[[TYPE:value]]`` marks personal data (``TYPE`` is one of ``privacy.types.ENTITY_TYPES``);
- ``{{KIND:value}}`` marks a look-alike that must survive anonymisation (order numbers, prices,
  products, brands, tracking codes, dates, times...).

Labelling conventions: ADDRESS is a postal address as written (street and number, with the
staircase, flat, postcode and town when they are written as part of it, also across lines);
LOCATION is a town, village or frazione where a person lives, works or holds a private event
(a wedding), written on its own; a title ("Mrs", "sig.ra", "dott.", "don") stays outside a
PERSON span; the businesses' own names and places, public offices and venues are not personal
data. Keep kinds: ORDER, TRACKING, PRICE, PRODUCT, BRAND, DATE, TIME, CODE, WORD.

Size: 40 conversations, 228 messages (119 Italian, 109 English: UK, Irish, US, Australian and
non-native), on Messenger, Instagram, WhatsApp and Telegram.

Regenerate (deterministic: the same bytes on every run)::

    python tests/data/make_handwritten3_corpus.py

which writes ``tests/data/handwritten3_corpus.jsonl`` next to this script.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("handwritten3_corpus.jsonl")

BUSINESSES: dict[str, dict[str, str]] = {
    "cascina": {"page_id": "hw3-page-cascina-ortensio", "name": "Cascina Ortensio"},
    "autoscuola": {"page_id": "hw3-page-autoscuola-tiberi", "name": "Autoscuola Tiberi"},
    "foto": {"page_id": "hw3-page-foto-nives-bruno", "name": "Foto Nives & Bruno"},
    "reboot": {"page_id": "hw3-page-reboot-store", "name": "ReBoot Store"},
    "parlami": {"page_id": "hw3-page-parlami-bologna", "name": "Parlami! Scuola di Italiano"},
    "ferramenta": {"page_id": "hw3-page-ferramenta-santoro", "name": "Ferramenta Santoro"},
}
BUSINESS_NAMES: tuple[str, ...] = tuple(b["name"] for b in BUSINESSES.values())

# Each conversation: business, platform, the customer's display name, and its messages as
# (sender role "c"/"a", language, text with markup).
CONVERSATIONS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Cascina Ortensio
    {
        "business": "cascina",
        "platform": "messenger",
        "customer": "Hugh Pemberton-Clarke",
        "messages": [
            (
                "c",
                "en",
                "Hello there, we visited you in September (the tasting with the lovely young "
                "man, [[PERSON:Tommaso]] I think?) and my wife and I would like to order two "
                "cases of the "
                "{{PRODUCT:Dolcetto d'Alba 2022}} and one of the "
                "{{PRODUCT:Barbaresco Bricco Ortensio 2020}}. Do you ship to England?",
            ),
            (
                "a",
                "en",
                "Good morning Mr [[PERSON:Pemberton-Clarke]], how nice to hear from you! Yes, we "
                "ship to the UK with a courier who handles duty and excise. Two cases of Dolcetto "
                "and one of Barbaresco come to {{PRICE:€ 412,00}} plus {{PRICE:€ 68}} for "
                "shipping. Could you send me the full delivery address and a mobile number for "
                "the courier? Kind regards, [[PERSON:Elisa]]",
            ),
            (
                "c",
                "en",
                "Splendid. Please deliver to:\n[[PERSON:Hugh Pemberton-Clarke]]\n"
                "[[ADDRESS:Flat 3, 17 Valley Drive\nHarrogate HG2 0JR]]\n"
                "Mobile [[PHONE_NUMBER:07700 914382]]. If we are out, our neighbour "
                "[[PERSON:Pauline]] has a key and will happily sign for it.",
            ),
            (
                "a",
                "en",
                "Perfect, thank you. Your order number is {{ORDER:CO-25-0318}}. Shall I e-mail "
                "the pro-forma invoice? You can pay by card or bank transfer.",
            ),
            (
                "c",
                "en",
                "Yes please, to [[EMAIL_ADDRESS:hugh.pclarke@btinternet.com]]. Bank transfer "
                "suits us. Do give our regards to [[PERSON:Tommaso]].\nBest wishes,\n"
                "[[PERSON:Hugh]] (and [[PERSON:Margaret]])",
            ),
            (
                "a",
                "en",
                "Sent! Our IBAN is on the invoice as well. [[PERSON:Tommaso]] says hello and "
                "remembers the two of you very well (the umbrella!). [[PERSON:Elisa]] - "
                "{{BRAND:Cascina Ortensio}}",
            ),
        ],
    },
    {
        "business": "cascina",
        "platform": "instagram",
        "customer": "bronwyn.tully",
        "messages": [
            (
                "c",
                "en",
                "hey!! loved ur reel of the harvest 🍇 do u guys post to australia or is that "
                "a nightmare lol",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Bronwyn]]! Thanks so much 😊 Unfortunately we can't ship wine to "
                "Australia directly (import rules), but we have an importer in Melbourne who "
                "stocks the {{PRODUCT:Langhe Nebbiolo}}. Shall I send you their details?",
            ),
            (
                "c",
                "en",
                "yes pls! im actually in [[LOCATION:Ballarat]] so melbourne's close enough. "
                "my mate [[PERSON:Jono]] is coming to italy in may tho, could he do a tasting?",
            ),
            (
                "a",
                "en",
                "Of course! Tastings are {{PRICE:€25}} per person, Tuesday to Saturday at "
                "{{TIME:10:30}} or {{TIME:16:00}}. He can book here on Instagram or on WhatsApp "
                "(the number is in our bio). Ciao from the hills! 🌄",
            ),
            (
                "c",
                "en",
                "legend. i'll tell him to msg u, his insta is [[HANDLE:@jono_walkabout_]] so "
                "u know it's him haha. cheers!!",
            ),
        ],
    },
    {
        "business": "cascina",
        "platform": "whatsapp",
        "customer": "Agnese Fabbri",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Agnese Fabbri]], ho un'enoteca a "
                "[[LOCATION:Santarcangelo di Romagna]]. Vorrei aprire un conto fornitore con "
                "voi per il {{PRODUCT:Barolo Serralunga 2019}} e il Dolcetto. Cosa vi serve?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Agnese]], piacere! Ci servono ragione sociale, partita IVA, "
                "codice SDI o PEC e indirizzo di consegna. Il listino horeca glielo mando qui "
                "in PDF. [[PERSON:Tommaso Ortensio]]",
            ),
            (
                "c",
                "it",
                "Ecco i dati:\nEnoteca Il Tralcio di [[PERSON:Fabbri Agnese]]\n"
                "P.IVA [[IT_VAT_CODE:04529870554]]\n"
                "PEC [[EMAIL_ADDRESS:iltralcio.fabbri@pec.it]]\n"
                "Consegna: [[ADDRESS:via Cesare Battisti 41, 47822 Santarcangelo di Romagna "
                "(RN)]]\nTel. negozio [[PHONE_NUMBER:0541 622 907]], cell. mio "
                "[[PHONE_NUMBER:347 118 6620]]",
            ),
            (
                "a",
                "it",
                "Perfetto, grazie. Primo ordine minimo 36 bottiglie, pagamento a 30 giorni "
                "con bonifico. Le confermo che il Serralunga costa {{PRICE:27,50 €}} + IVA a "
                "bottiglia.",
            ),
            (
                "c",
                "it",
                "Va bene. Allora 24 Serralunga e 12 Dolcetto. Il corriere deve arrivare prima "
                "delle {{TIME:13}}, poi chiudo. Se non ci sono io c'è mio figlio "
                "[[PERSON:Matteo]].",
            ),
            ("a", "it", "Ricevuto 👍 ordine {{ORDER:CO-25-0402}}, parte giovedì."),
        ],
    },
    {
        "business": "cascina",
        "platform": "messenger",
        "customer": "Siobhan Kavanagh",
        "messages": [
            (
                "c",
                "en",
                "Hi, I ordered 6 bottles of the {{PRODUCT:Moscato d'Asti}} for my sister's "
                "wedding and the box arrived with two of them smashed, the whole thing was "
                "soaked. Order {{ORDER:CO-25-0377}}. Not impressed to be honest, the wedding is "
                "on the {{DATE:14th}}",
            ),
            (
                "a",
                "en",
                "Oh no, I'm so sorry [[PERSON:Siobhan]]! Could you send a photo of the box and "
                "the label on it? We'll send two replacements straight away by express, no "
                "charge.",
            ),
            (
                "c",
                "en",
                "[photo] [photo]\nIt's the DPD label, tracking {{TRACKING:15501981726534}}. "
                "Same address as before, [[ADDRESS:Apt 12 Riverview House, Ellis Quay, "
                "Dublin 7]], but leave it with reception, [[PERSON:Declan]] is on the desk "
                "most days.",
            ),
            (
                "a",
                "en",
                "Thank you. Two bottles leave today, new tracking {{TRACKING:15501981730022}}, "
                "delivery Thursday. I've also put in a little something for the bride 🥂 "
                "Again, apologies. [[PERSON:E.]] / {{BRAND:Cascina Ortensio}}",
            ),
            (
                "c",
                "en",
                "Ah that's very good of you, thanks a million. [[PERSON:Aoife]] will be "
                "delighted. Sorry if I was a bit sharp earlier, it's been a week!!",
            ),
        ],
    },
    {
        "business": "cascina",
        "platform": "whatsapp",
        "customer": "Piero",
        "messages": [
            (
                "c",
                "it",
                "salve sono [[PERSON:Piero Gallizio]] di [[LOCATION:Neive]] quello che vi "
                "porta le uve del filare sotto la chiesa volevo sapere quando pagate la "
                "seconda rata che siamo già a fine mese e devo pagare il trattore",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Piero]], la seconda rata parte venerdì. Mi confermi l'IBAN? In "
                "amministrazione ne hanno due diversi.",
            ),
            (
                "c",
                "it",
                "quello giusto è [[IBAN_CODE:IT31Q0503422400000000718290]] intestato a me e a "
                "mia moglie [[PERSON:Lucia Bussolino]] quello vecchio di quando stavamo a "
                "[[LOCATION:Castagnito]] l ho chiuso",
            ),
            (
                "a",
                "it",
                "Segnato. Importo {{PRICE:3.840 €}} come da accordo. Saluti a [[PERSON:Lucia]]! "
                "[[PERSON:Tommaso]]",
            ),
            ("c", "it", "grazie mille"),
        ],
    },
    {
        "business": "cascina",
        "platform": "instagram",
        "customer": "Rich Castellano",
        "messages": [
            (
                "c",
                "en",
                "Hey, my grandfather was born in [[LOCATION:Treiso]] "
                "([[PERSON:Castellano]] family, "
                "maybe you knew them?) and I'm coming over in June with my kids. Any chance "
                "we can visit the vineyard? We don't really drink much lol but the kids would "
                "love to see it",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Rich]]! What a lovely story. There are still "
                "[[PERSON:Castellanos]] up the "
                "hill towards Bricco di Treiso. You're very welcome: we do a family walk in the "
                "vines with grape juice for the kids. Which dates?",
            ),
            (
                "c",
                "en",
                "June 18 or 19. Me, my wife [[PERSON:Dana]] and our two, [[PERSON:Will]] (9) "
                "and [[PERSON:Hope]] (6). My number over there will be my US cell "
                "[[PHONE_NUMBER:(412) 555-0187]], I'll have roaming.",
            ),
            (
                "a",
                "en",
                "Booked for {{DATE:June 18}} at {{TIME:10:00}}! Park by the big cedar tree. If "
                "anything changes write here. Ciao! [[PERSON:Elisa]] & [[PERSON:Tommaso]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Autoscuola Tiberi
    {
        "business": "autoscuola",
        "platform": "whatsapp",
        "customer": "kevin ✌️",
        "messages": [
            (
                "c",
                "it",
                "raga ma l esame di teoria quando è?? mi hanno detto il 12 ma nn ci credo",
            ),
            (
                "a",
                "it",
                "Ciao, chi sei? 😊 Dimmi nome e cognome così guardo la tua scheda.",
            ),
            (
                "c",
                "it",
                "[[PERSON:kevin mancini]] quello della moto, ho fatto l iscrizione col mio "
                "amico [[PERSON:ale]]",
            ),
            (
                "a",
                "it",
                "Trovato [[PERSON:Kevin]]. L'esame è il {{DATE:12 marzo}} alle {{TIME:8:30}} in "
                "Motorizzazione, via Manna. Porta la carta d'identità e il foglio rosa... anzi "
                "no, il foglio rosa te lo danno dopo 😅 [[PERSON:Lu]]",
            ),
            ("c", "it", "ok top grz"),
            (
                "c",
                "it",
                "ah e se passo posso fare guida col {{PRODUCT:Beverly 125}} sabato? mia madre "
                "dice che paga lei, il numero suo è [[PHONE_NUMBER:3394471208]]",
            ),
            (
                "a",
                "it",
                "Prima devi passare la teoria! Poi ne parliamo con la mamma 😄",
            ),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "messenger",
        "customer": "Oleksandr Kravets",
        "messages": [
            (
                "c",
                "en",
                "Good evening. I am from Ukraine, I live in [[LOCATION:Perugia]] from 2 "
                "years. I have "
                "ukrainian driving licence category B. I must to convert it or do again the "
                "exam? Sorry for my english, my italian is more bad",
            ),
            (
                "a",
                "en",
                "Good evening! No problem at all. Ukrainian licences can be converted without "
                "the exam under the current agreement. We can do the paperwork: we need your "
                "residence certificate, permesso di soggiorno, the original licence, two photos "
                "and the medical certificate (we do it here, Tuesday evening).",
            ),
            (
                "c",
                "en",
                "Thank you very much. My name is [[PERSON:Oleksandr Kravets]], my codice "
                "fiscale is [[IT_FISCAL_CODE:KRVLSN88P21Z138O]]. I live in "
                "[[ADDRESS:via della Pallotta 22, scala B, int. 5]], [[LOCATION:Ponte San "
                "Giovanni]]. I can come Tuesday with my wife [[PERSON:Nataliia]], she has "
                "the same problem.",
            ),
            (
                "a",
                "en",
                "Perfect, see you Tuesday from {{TIME:18:30}}. The conversion costs "
                "{{PRICE:€ 190}} each, medical included. Ask for [[PERSON:Luana]] at the desk.",
            ),
            ("c", "en", "👍👍 thank you, have good evening"),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "whatsapp",
        "customer": "Fortunato Dell'Acqua",
        "messages": [
            (
                "c",
                "it",
                "Gentile {{BRAND:Autoscuola Tiberi}},\n\nmi rivolgo a Voi per il rinnovo della mia "
                "patente di guida, in scadenza il prossimo {{DATE:2 novembre}}. Ho "
                "ottantaquattro anni e, come mi ha spiegato il mio medico curante, dott. "
                "[[PERSON:Rinaldi]], occorre la visita presso la Commissione Medica Locale.\n"
                "Vorrei sapere se potete occuparvi Voi della pratica e quali documenti "
                "devo portare.\n\nDistinti saluti\n[[PERSON:Fortunato Dell'Acqua]]\n"
                "[[ADDRESS:Via Benedetta 9\n06123 Perugia]]\ntel. [[PHONE_NUMBER:075 572 "
                "3318]]",
            ),
            (
                "a",
                "it",
                "Gentile sig. [[PERSON:Dell'Acqua]], certamente, ce ne occupiamo noi. Porti "
                "patente, documento d'identità, codice fiscale, il certificato anamnestico del "
                "dott. [[PERSON:Rinaldi]] e due fototessere. Il costo della pratica è "
                "{{PRICE:€ 110}} più i diritti. Cordiali saluti, [[PERSON:Marisa Tiberi]]",
            ),
            (
                "c",
                "it",
                "La ringrazio. Le trascrivo il codice fiscale per comodità: "
                "[[IT_FISCAL_CODE:DLLFTN71S02H501F]]... mi scusi, questo è di mio figlio "
                "[[PERSON:Fortunato]] junior, che mi accompagnerà. Il mio lo porterò di "
                "persona.\nCon osservanza\n[[PERSON:F. Dell'Acqua]]",
            ),
            (
                "a",
                "it",
                "Nessun problema, lo cancelli pure dal telefono se preferisce 😊 La aspettiamo "
                "mercoledì mattina. [[PERSON:M.T.]]",
            ),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "messenger",
        "customer": "Serena Bello",
        "messages": [
            (
                "c",
                "it",
                "Ciao! Volevo iscrivere mia figlia [[PERSON:Gioia]] per la patente B, compie "
                "18 anni a {{DATE:luglio}}. Si può iniziare la teoria adesso?",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Serena]]! Sì, la teoria si può iniziare già a 17 anni e mezzo. "
                "Il pacchetto base è {{PRICE:620 €}} (teoria, 6 guide, iscrizione esami). "
                "Per l'iscrizione ci serve il codice fiscale di [[PERSON:Gioia]].",
            ),
            (
                "c",
                "it",
                "eccolo [[IT_FISCAL_CODE:prtgio08l65g478q]] (scusate è tutto minuscolo, "
                "copiato dalla tessera sanitaria). Il cognome è [[PERSON:Porta]], come il "
                "padre. Pago con carta?",
            ),
            (
                "a",
                "it",
                "Sì, anche in due rate. Se volete pagare online vi mando il link Satispay o "
                "potete fare bonifico. Lezioni di teoria lunedì e giovedì alle {{TIME:17}}.",
            ),
            (
                "c",
                "it",
                "Perfetto grazie. Lei fa danza il giovedì quindi solo lunedì. Ah, abitiamo a "
                "[[LOCATION:Ellera]], c'è qualcuno che fa guide partendo da lì?",
            ),
            (
                "a",
                "it",
                "Sì, [[PERSON:Giacomo]] la può prendere sotto casa, ne parliamo quando arriva "
                "il foglio rosa 🚗 Staff Tiberi",
            ),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "whatsapp",
        "customer": "Ingrid",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, io sono [[PERSON:Ingrid Solberg]], norvegese, abito a "
                "[[LOCATION:Corciano]]. Mio patente norvegese scade, posso fare patente "
                "italiana? Io parlo un po italiano, scrivo male, scusi",
            ),
            (
                "a",
                "it",
                "Buonasera [[PERSON:Ingrid]], scrive benissimo! La patente norvegese è dello "
                "Spazio Economico Europeo, quindi può rinnovarla in Italia senza esame, basta "
                "la residenza qui. Venga in ufficio con il passaporto.",
            ),
            (
                "c",
                "it",
                "Grazie mille!! Mio marito [[PERSON:Håkon]] viene anche, lui ha patente "
                "camion. Il suo numero è [[PHONE_NUMBER:+47 912 34 087]] se io non rispondo.",
            ),
            (
                "a",
                "it",
                "Benissimo, per la patente C serve anche la visita medica, la facciamo noi il "
                "martedì. A presto! [[PERSON:Luana]]",
            ),
        ],
    },
    {
        "business": "autoscuola",
        "platform": "messenger",
        "customer": "Chelsea Okonkwo",
        "messages": [
            (
                "c",
                "en",
                "Hi, I'm an American student at the Università per Stranieri here (Erasmus-ish "
                "program). Can I take driving lessons with my US license? I'm from "
                "[[LOCATION:Columbus, Ohio]]. Just want to practice stick shift lol, we only "
                "have automatics at home",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Chelsea]]! Sure, we do single manual-gearbox lessons on our "
                "{{PRODUCT:Fiat Panda}}, {{PRICE:€ 38}} for 45 minutes. Your US license is fine "
                "for practice with an instructor. When are you free?",
            ),
            (
                "c",
                "en",
                "omg yes. Fridays after 2pm? My email is [[EMAIL_ADDRESS:chelsea (dot) okonkwo "
                "(at) osu (dot) edu]] if you need to send forms. My roommate "
                "[[PERSON:Lourdes]] wants to come too if that's ok!!",
            ),
            (
                "a",
                "en",
                "Friday {{TIME:14:30}} with [[PERSON:Giacomo]], and [[PERSON:Lourdes]] at "
                "{{TIME:15:15}}. Meet at the office, via Pinturicchio. See you!",
            ),
            ("c", "en", "yesss ty!! 🚗💨"),
        ],
    },
    # ------------------------------------------------------------------ Foto Nives & Bruno
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "giuly.e.checco",
        "messages": [
            (
                "c",
                "it",
                "Ciaooo! Ci sposiamo il {{DATE:6 settembre 2026}} a "
                "[[LOCATION:Specchia]] 💍 siete liberi?? Abbiamo visto il matrimonio in "
                "masseria che avete postato e ci siamo innamorati",
            ),
            (
                "a",
                "it",
                "Ciao ragazzi e auguri!! 🥰 Il 6 settembre siamo ancora liberi. Ci dite i "
                "vostri nomi e più o meno quanti invitati? Così [[PERSON:Nives]] vi prepara "
                "un preventivo.",
            ),
            (
                "c",
                "it",
                "[[PERSON:Giulia Carbone]] e [[PERSON:Francesco Bello]] (sì il cognome è "
                "quello 😂 a [[PERSON:Checco]] non dite che è bello che si monta la testa). "
                "Circa 140 invitati, rito in chiesa a [[LOCATION:Specchia]] e festa a "
                "[[LOCATION:Tricase]]",
            ),
            (
                "a",
                "it",
                "Hahaha promesso 🤐 Per tutto il giorno (preparativi, chiesa, festa) con due "
                "fotografi e album {{PRODUCT:Fine Art 30x40}} partiamo da {{PRICE:2.900 €}}. "
                "Vi va una videochiamata? Scriveteci un numero.",
            ),
            (
                "c",
                "it",
                "Il mio è [[PHONE_NUMBER:328-415-9902]], va bene dopo le 19 🙏 la mia "
                "testimone [[PERSON:Sole]] vuole esserci pure lei per forza",
            ),
            (
                "c",
                "it",
                "Ah se volete vedere la masseria della festa guardate qui "
                "[[URL:https://www.instagram.com/giuly.e.checco/]] abbiamo messo le foto del "
                "sopralluogo 😍",
            ),
            (
                "a",
                "it",
                "Più siamo meglio è! Vi chiamo giovedì alle {{TIME:19:30}} ✨ [[PERSON:Bruno]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Mark Baker",
        "messages": [
            (
                "c",
                "en",
                "Hi [[PERSON:Bruno]], it's [[PERSON:Mark]] ([[PERSON:Mark Baker]], we spoke at the "
                "wedding fair in Lecce). My fiancée [[PERSON:Charlotte]] and I "
                "have decided: we'd love you to shoot our wedding at Masseria Torre Bianca on "
                "{{DATE:23 May}}. How do we confirm?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Mark]]! Fantastic news 🎉 To confirm we ask for a 30% deposit, "
                "{{PRICE:€ 960}}. I'll send you the contract by e-mail: which address should I "
                "use?",
            ),
            (
                "c",
                "en",
                "[[EMAIL_ADDRESS:markandcharlotte2026@gmail.com]] is our joint one. I'll pay by "
                "card if that's ok, we're in [[LOCATION:Bristol]] so a bank transfer is a "
                "faff.",
            ),
            (
                "a",
                "en",
                "Card is fine, I'll send a secure payment link with the contract. Please don't "
                "send card numbers in the chat 🙂",
            ),
            (
                "c",
                "en",
                "Ha, too late, I was about to: [[CREDIT_CARD:4539 6801 2287 4184]]. I'll use "
                "the link then! Also can you send the contract to my dad [[PERSON:Bill Baker]] "
                "too, he's paying half: [[EMAIL_ADDRESS:bill.baker58@outlook.com]]",
            ),
            (
                "a",
                "en",
                "Done, both sent, and I've deleted the card from my side. Please cancel that "
                "message too. Thanks [[PERSON:Mark]], speak soon! [[PERSON:Bruno]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "carmela_la_rosa",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, siamo i genitori di [[PERSON:Vito Di Stefano]], il ragazzo che si "
                "è sposato il 14 giugno a [[LOCATION:Gallipoli]]. Le foto sono bellissime ma "
                "nell'album manca la foto con la nonna [[PERSON:Assunta]], quella sulla "
                "terrazza. Si può aggiungere?",
            ),
            (
                "a",
                "it",
                "Buongiorno signora! Ci fa piacere che vi siano piaciute. Certo, la aggiungiamo "
                "in una pagina in più ({{PRICE:35 €}}). Ce la indica con il numero del file? È "
                "scritto sotto ogni foto nella galleria online.",
            ),
            (
                "c",
                "it",
                "Il numero è {{CODE:DSC_4471}}. Io sono [[PERSON:Carmela La Rosa]], la mamma. "
                "L'album ce lo mandate a casa? [[ADDRESS:Via Roma 118\n73014 Gallipoli LE]], "
                "citofono [[PERSON:Di Stefano - La Rosa]]",
            ),
            (
                "a",
                "it",
                "Perfetto signora [[PERSON:Carmela]]. Lo spediamo la settimana prossima con "
                "{{BRAND:BRT}}, le arriva un SMS. Un abbraccio anche a nonna "
                "[[PERSON:Assunta]]! [[PERSON:Nives]]",
            ),
        ],
    },
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Thiago N.",
        "messages": [
            (
                "c",
                "en",
                "Olá! Sorry, hello 😅 I'm [[PERSON:Thiago Nascimento]], I want to propose to my "
                "girlfriend in Otranto in August and I need a photographer hidden somewhere "
                "haha. Do you do this kind of thing?",
            ),
            (
                "a",
                "en",
                "Ciao [[PERSON:Thiago]]! We love proposals 😍 Yes, we hide, we take the photos "
                "and then a short session of the two of you. {{PRICE:€ 350}}, 1 hour, 60 "
                "edited photos. Which day?",
            ),
            (
                "c",
                "en",
                "12 August at sunset. Her name is [[PERSON:Beatriz]], she follows you on "
                "instagram so please don't like her posts before haha "
                "([[HANDLE:@bia.moraes.fotos]]). "
                "My whatsapp is this number, or my brother [[PERSON:Caio]] "
                "[[PHONE_NUMBER:+55 11 98134-2270]] if I don't answer",
            ),
            (
                "a",
                "en",
                "Top secret, promised 🤫 We'll check sunset time and send you the meeting "
                "point. [[PERSON:Nives]] & [[PERSON:Bruno]]",
            ),
            ("c", "en", "Obrigado!!! I'm so nervous 😬"),
            ("a", "en", "She'll say yes! 💛"),
        ],
    },
    {
        "business": "foto",
        "platform": "instagram",
        "customer": "Rosa D'Amico",
        "messages": [
            (
                "c",
                "it",
                "SALVE SONO ANCORA IO. SONO PASSATI 4 MESI DAL MATRIMONIO E NON ABBIAMO ANCORA "
                "L'ALBUM!!! AVEVATE DETTO 8 SETTIMANE. MIO MARITO [[PERSON:ANTONIO]] VUOLE "
                "FARE RECENSIONE NEGATIVA",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[PERSON:D'Amico]], ha ragione, siamo in ritardo e ci "
                "scusiamo. Lo stampatore ha avuto un guasto e gli album di ottobre sono "
                "slittati. Il suo è in consegna, questo è il tracciamento: "
                "{{TRACKING:0507 3841 2296 1100}}",
            ),
            (
                "c",
                "it",
                "VA BENE MA IO HO PAGATO TUTTO A LUGLIO. ALMENO UNO SCONTO PER LE COPIE DEI "
                "NONNI. LA NONNA [[PERSON:GRAZIA]] STA A [[LOCATION:MAGLIE]] E NON HA "
                "WHATSAPP, LE DEVO PORTARE IO",
            ),
            (
                "a",
                "it",
                "Le copie per i nonni (due album piccoli 20x20) gliele regaliamo noi, ci "
                "sembra il minimo. Arrivano insieme. Di nuovo scusi, [[PERSON:Nives "
                "Quarta]]",
            ),
            ("c", "it", "Ok grazie. Gentili."),
            (
                "a",
                "it",
                "Grazie a lei signora [[PERSON:Rosa]], e ci saluti [[PERSON:Antonio]]. Se "
                "l'album le piace, la recensione la aspettiamo lo stesso 😉",
            ),
        ],
    },
    # ------------------------------------------------------------------ ReBoot Store
    {
        "business": "reboot",
        "platform": "telegram",
        "customer": "Salvo",
        "messages": [
            (
                "c",
                "it",
                "Salve, mi arrivò stamattina u {{PRODUCT:iPhone 12 64GB}} ricondizionato, "
                "ordine {{ORDER:RB-118204}}, ma la batteria è al 79% e nel sito c'era scritto "
                "minimo 85. Chi ci fazzu?",
            ),
            (
                "a",
                "it",
                "Buongiorno, ci dispiace! Mi dice nome e cognome dell'ordine? Le apriamo "
                "subito una pratica in garanzia. [[PERSON:Davide]]",
            ),
            (
                "c",
                "it",
                "[[PERSON:Salvatore Lo Presti]], di [[LOCATION:Bagheria]]. Ma u telefono mi "
                "serve, unn'u pozzu stare senza, ci travagghiu. Me lo cambiate o mi "
                "rimandate i picciuli?",
            ),
            (
                "a",
                "it",
                "Glielo cambiamo con uno uguale con batteria nuova: il corriere ritira il "
                "vecchio e consegna il nuovo nello stesso momento, così non resta senza. "
                "Confermo l'indirizzo dell'ordine, [[ADDRESS:via Città di Palermo 87]]?",
            ),
            (
                "c",
                "it",
                "sì ma ci dicissi al corriere di lasciarlo da mia cugina [[PERSON:Concetta]] "
                "al negozio, [[ADDRESS:corso Butera 210]], che io sono sempre fora. Grazie "
                "assai",
            ),
            (
                "a",
                "it",
                "Fatto, scambio giovedì da [[PERSON:Concetta]]. {{WORD:Spedito}} domani "
                "mattina, le mando qui il tracking. [[PERSON:Davide]] – ReBoot Store",
            ),
            ("c", "it", "Grazie, siete bravi picciotti 👍"),
        ],
    },
    {
        "business": "reboot",
        "platform": "messenger",
        "customer": "Jürgen Haberkorn",
        "messages": [
            (
                "c",
                "en",
                "Hello, I have send back the {{PRODUCT:Lenovo ThinkPad T14 Gen 2}} because the "
                "keyboard is not german layout as I have ordered. Return {{ORDER:RMA-55102}}. "
                "Please refund on my bank account, not on paypal, because paypal account is "
                "closed.\nIBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]\nOwner: "
                "[[PERSON:Jürgen Haberkorn]]",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Jürgen]], sorry about the layout mix-up. The laptop reached our "
                "warehouse yesterday. The refund of {{PRICE:€ 489,00}} will go to that IBAN "
                "within 5 working days. [[PERSON:Chiara]] / ReBoot Store",
            ),
            (
                "c",
                "en",
                "Thank you. Do you have same model with german keyboard (QWERTZ)? Then I "
                "order new one.",
            ),
            (
                "a",
                "en",
                "Right now we have one {{PRODUCT:ThinkPad T14}} with QWERTZ, grade A, "
                "{{PRICE:€ 519}}. I can hold it for you until tomorrow if you like.",
            ),
            (
                "c",
                "en",
                "Yes please hold it. I order tonight when my wife [[PERSON:Monika]] come home, "
                "she has the credit card haha",
            ),
            ("a", "en", "Held until tomorrow {{TIME:18:00}} 👍"),
            ("c", "en", "Ordered now, it is {{ORDER:RB-118611}}. Thank you for help"),
            (
                "a",
                "en",
                "Thank you [[PERSON:Jürgen]]! It ships tomorrow morning. [[PERSON:Chiara]]",
            ),
        ],
    },
    {
        "business": "reboot",
        "platform": "whatsapp",
        "customer": "Studio De Santis",
        "messages": [
            (
                "c",
                "it",
                "Spett.le ReBoot Store,\ncon la presente si richiede offerta per n. 8 notebook "
                "{{PRODUCT:Dell Latitude 5420}} ricondizionati, grado A, con "
                "{{PRODUCT:Windows 11 Pro}}, da destinare agli uffici dello scrivente "
                "studio.\nSi richiede altresì fattura elettronica intestata come da dati "
                "sotto riportati.\n\nDistinti saluti.\n\n--\nDott. "
                "[[PERSON:Marco Aurelio De Santis]]\nCommercialista – Revisore Legale\n"
                "Studio [[PERSON:De Santis]] & Associati\n"
                "[[ADDRESS:Corso di Porta Romana 61, 20122 Milano]]\n"
                "P.IVA [[IT_VAT_CODE:08461030630]] – C.F. [[IT_FISCAL_CODE:DSNMCR85E19F205B]]\n"
                "Tel. [[PHONE_NUMBER:+39 02 5831 4470]] – Fax [[PHONE_NUMBER:02 5831 4471]]\n"
                "[[EMAIL_ADDRESS:m.desantis@studiodesantis-associati.it]]\n"
                "[[URL:www.studiodesantis-associati.it]]\n\n"
                "Ai sensi del Reg. UE 2016/679 il presente messaggio è destinato "
                "esclusivamente al destinatario indicato.",
            ),
            (
                "a",
                "it",
                "Buongiorno dott. [[PERSON:De Santis]], grazie della richiesta. Per 8 "
                "{{PRODUCT:Latitude 5420}} (i5, 16 GB, SSD 512 GB, grado A) possiamo proporre "
                "{{PRICE:€ 429}} cad. + IVA, garanzia 24 mesi. Le invio l'offerta formale in "
                "PDF all'indirizzo in firma.\nCordialmente,\n[[PERSON:Chiara Benvenuti]] – "
                "Ufficio vendite ReBoot Store",
            ),
            (
                "c",
                "it",
                "Gentile dott.ssa [[PERSON:Benvenuti]],\nricevuta. Si accetta. Si chiede "
                "consegna presso la sede secondaria: [[ADDRESS:via Ponchielli 3, c/o "
                "Coworking Leone, 26100 Cremona]], all'attenzione della sig.ra "
                "[[PERSON:Ornella Gatto]].\nDistinti saluti.\n\n--\nDott. "
                "[[PERSON:Marco Aurelio De Santis]]\nCommercialista – Revisore Legale\n"
                "Tel. [[PHONE_NUMBER:+39 02 5831 4470]]",
            ),
            (
                "a",
                "it",
                "Ordine {{ORDER:RB-B2B-0091}} confermato, consegna prevista "
                "{{DATE:mercoledì 11}} a [[LOCATION:Cremona]]. Buona giornata! [[PERSON:Chiara]]",
            ),
        ],
    },
    {
        "business": "reboot",
        "platform": "messenger",
        "customer": "June Abernathy",
        "messages": [
            (
                "c",
                "en",
                "I ORDERED A MACBOOK AIR 3 WEEKS AGO AND STILL NOTHING. ORDER "
                '{{ORDER:RB-117760}}. YOUR TRACKING LINK SAYS "LABEL CREATED" SINCE '
                "FOREVER. I WANT MY MONEY BACK NOW",
            ),
            (
                "a",
                "en",
                "Hi, I'm really sorry about this. Let me check right now. Can you confirm "
                "the name on the order?",
            ),
            (
                "c",
                "en",
                "[[PERSON:JUNE ABERNATHY]]. Shipping to my daughter [[PERSON:Tess]] in "
                "[[LOCATION:Rome]] "
                "because I'm flying over. [[ADDRESS:Via dei Volsci 44, int. 9, 00185 Roma]]. "
                "I paid {{PRICE:$612}} with my Amex, [[CREDIT_CARD:3714 496379 54223]], "
                "check it yourself",
            ),
            (
                "a",
                "en",
                "Thank you [[PERSON:June]]. Found it: the parcel was stuck in our warehouse "
                "because the flat number was missing from the label. It's fixed and went out "
                "this morning with {{BRAND:GLS}}, tracking {{TRACKING:ZX58CQ71}}, delivery "
                "tomorrow. We've also refunded {{PRICE:$40}} as an apology.\n"
                "Really sorry, [[PERSON:Davide]] (ReBoot Store)",
            ),
            ("c", "en", "Fine. Thank you [[PERSON:Davide]]."),
        ],
    },
    {
        "business": "reboot",
        "platform": "telegram",
        "customer": "Cormac",
        "messages": [
            (
                "c",
                "en",
                "Hey lads, can't log into my account on your site, it says \"too many attempts "
                "from your IP\". I'm on a static IP at work, [[IP_ADDRESS:86.44.231.17]], maybe "
                "someone in the office tried my account? I'm [[HANDLE:@cormac_dev]] on here, "
                "on the site it's [[EMAIL_ADDRESS:cormac.whelan@protonmail.com]]",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Cormac]], I've unblocked [[IP_ADDRESS:86.44.231.17]] and reset the "
                "counter. There were 14 failed logins in ten minutes yesterday from "
                "{{TIME:16:02}}. If that wasn't you, change your password ;)",
            ),
            (
                "c",
                "en",
                "Ha, that'll be [[PERSON:Rory]] trying to buy me a present with my own "
                "account. Cheers",
            ),
            ("a", "en", "😂 Happy birthday in advance then! Staff ReBoot"),
            (
                "c",
                "en",
                "Also any chance of the {{PRODUCT:Pixel 7}} 128GB coming back in stock? The "
                "wife's phone died. She's in [[LOCATION:Galway]] with her mam this week, "
                "could ye ship there instead of [[LOCATION:Limerick]]?",
            ),
            (
                "a",
                "en",
                "Pixels come back every 2-3 weeks, I'll ping you here. And yes, you can pick "
                "any delivery address at checkout.",
            ),
            (
                "c",
                "en",
                "Grand. Oh and should I whitelist my home connection too? The router shows "
                "[[IP_ADDRESS:2a02:8084:4c80:3e00:9d1c:5f2e:11a0:7b3c]]",
            ),
            (
                "a",
                "en",
                "No need, only the office address was blocked. Have a good one!",
            ),
        ],
    },
    {
        "business": "reboot",
        "platform": "whatsapp",
        "customer": "Bianca",
        "messages": [
            (
                "c",
                "it",
                "Buonasera vorrei regalare a mia mamma un telefono semplice ma con whatsapp, "
                "lei ha 79 anni. Mi consigliate qualcosa? Massimo 200 euro",
            ),
            (
                "a",
                "it",
                "Buonasera! Per chi è alle prime armi consigliamo il "
                "{{PRODUCT:Samsung Galaxy A52}} ricondizionato, schermo grande, "
                "{{PRICE:169 €}}. Possiamo anche configurarlo noi con i caratteri grandi.",
            ),
            (
                "c",
                "it",
                "Ottimo, sì configurato. Lo mandate direttamente a lei?\n"
                "[[PERSON:Gemma Russo]]\n[[ADDRESS:località Pian di Cerreto 7, frazione "
                "Cerageto\n55032 Castelnuovo di Garfagnana (LU)]]\n"
                "Pago con la carta, il sito non me la prende, ve la scrivo qui: "
                "[[CREDIT_CARD:5412-7534-9021-7929]] scad 08/28",
            ),
            (
                "a",
                "it",
                "Signora, per sicurezza non possiamo usare una carta scritta in chat: la "
                "cancelli per favore! Le mando un link di pagamento sicuro. Come si chiama "
                "lei, per la fattura?",
            ),
            (
                "c",
                "it",
                "scusate non lo sapevo. Sono [[PERSON:Bianca Ferro]], la figlia. Il numero di "
                "mamma per il corriere è [[PHONE_NUMBER:0583 62417]], sta sempre in casa",
            ),
            ("a", "it", "Grazie signora [[PERSON:Ferro]], link inviato 📩"),
            ("c", "it", "Pagato!"),
            (
                "a",
                "it",
                "{{WORD:Spedito}} 🎁 arriva venerdì. Buona serata, [[PERSON:Chiara]]",
            ),
        ],
    },
    {
        "business": "reboot",
        "platform": "messenger",
        "customer": "Jack Moore",
        "messages": [
            (
                "c",
                "en",
                "G'day, Aussie living in [[LOCATION:Trieste]] here. The {{PRODUCT:iPad Air 4}} "
                "I bought (order {{ORDER:RB-118530}}) has a dead pixel smack in the middle. "
                "Reckon that's covered under the grade A thing?",
            ),
            (
                "a",
                "en",
                "Hi! Yes, grade A means no visible screen defects, so it's covered. Can you "
                "send a photo, and the name on the order please?",
            ),
            (
                "c",
                "en",
                "[photo] It's under [[PERSON:Jack Moore]] but the iPad's for my partner "
                "[[PERSON:Mei-Ling]]. Cheers",
            ),
            (
                "a",
                "en",
                "Thanks [[PERSON:Jack]]. We'll swap it: a courier picks it up at "
                "[[ADDRESS:via Fabio Severo 108]] tomorrow between 9 and 13 and brings the "
                "new one on Friday. OK?",
            ),
            (
                "c",
                "en",
                "Too easy. Might be at work though, can he ring me on "
                "[[PHONE_NUMBER:+61 412 093 556]]? or my Italian number "
                "[[PHONE_NUMBER:351.208.4471]]",
            ),
            (
                "a",
                "en",
                "Better the Italian one, couriers don't call abroad 😄 All set. [[PERSON:D.]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Parlami! Bologna
    {
        "business": "parlami",
        "platform": "instagram",
        "customer": "Florence Aubert",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno! Io sono [[PERSON:Florence]], sono francese, io voglio fare un "
                "corso di italiano per due settimana in luglio. Io ho livello A2 credo. Quanto "
                "costa? Mi scusa per mio italiano 🙈",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Florence]]! Il tuo italiano va benissimo 😊 Il corso intensivo "
                "A2 costa {{PRICE:360 €}} per due settimane, 20 ore a settimana. Le date di "
                "luglio sono {{DATE:6-17 luglio}} o {{DATE:20-31 luglio}}.",
            ),
            (
                "c",
                "it",
                "Perfetto! Io prendo {{DATE:20-31 luglio}}. Io cerco anche una famiglia per "
                "dormire, è possibile? Io vengo da [[LOCATION:Lyon]], mio email è "
                "[[EMAIL_ADDRESS:flo.aubert@laposte.net]]",
            ),
            (
                "a",
                "it",
                "Sì! Abbiamo una famiglia in zona Saragozza, la signora "
                "[[PERSON:Rosanna Bonfiglioli]], {{PRICE:25 €}} a notte con colazione. Ti "
                "mando il modulo per email. [[PERSON:Ilaria]] – segreteria Parlami!",
            ),
            ("c", "it", "Grazie mile!! Io sono molto contenta. A presto!"),
            ("a", "it", "A prestissimo! 🇮🇹"),
        ],
    },
    {
        "business": "parlami",
        "platform": "whatsapp",
        "customer": "Kenji W",
        "messages": [
            (
                "c",
                "en",
                "Hello. I am [[PERSON:Kenji Watanabe]]. I am studying in your school B1 class "
                "with teacher [[PERSON:Anna]]. Tomorrow I cannot come because I have fever. "
                "Sorry. Can I have homework?",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Kenji]], get well soon! 🍵 [[PERSON:Anna]] will put the homework "
                "in the class Telegram group. Do you need a doctor? Visitors can use the "
                "guardia medica turistica, it's in via Montebello.",
            ),
            (
                "c",
                "en",
                "Thank you. My host mother, signora [[PERSON:Gatti]], gives me medicine, I am "
                "ok. Only I need a certificate of attendance for my university in "
                "[[LOCATION:Sendai]]. Is possible?",
            ),
            (
                "a",
                "en",
                "Of course, we can write it. Tell me the dates you need on it.",
            ),
            (
                "c",
                "en",
                "I check. And please, I am not in the Telegram group yet. My Telegram is "
                "[[HANDLE:@kenji_w_sendai]]",
            ),
            (
                "c",
                "en",
                "From {{DATE:3 March}} to {{DATE:28 March}}. Please write my name like "
                "passport: [[PERSON:WATANABE KENJI]]. Thank you very much 🙏",
            ),
            (
                "a",
                "en",
                "Done, it will be ready at the front desk on Friday. [[PERSON:Ilaria]]",
            ),
        ],
    },
    {
        "business": "parlami",
        "platform": "telegram",
        "customer": "Debora",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, ho visto che cercate un'insegnante di italiano L2 per l'estate. "
                "Sono [[PERSON:Debora Armani]] (nessuna parentela con lo stilista 😄), ho la "
                "certificazione {{PRODUCT:DITALS II}} e cinque anni di esperienza tra "
                "[[LOCATION:Malta]] e [[LOCATION:Granada]]. Il mio profilo: "
                "[[URL:https://www.linkedin.com/in/debora-armani-italianol2]]",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Debora]], grazie! Il profilo è molto interessante. "
                "Saresti disponibile per un colloquio online giovedì alle {{TIME:11}}?\n"
                "[[PERSON:Federico Lanzoni]], direzione didattica",
            ),
            (
                "c",
                "it",
                "Sì, perfetto. Vi lascio anche mail e cellulare: "
                "[[EMAIL_ADDRESS:debora.armani@libero.it]], [[PHONE_NUMBER:+39 340 228 "
                "1956]]. Adesso vivo a [[LOCATION:Casalecchio di Reno]], quindi sono "
                "vicinissima. Su Instagram sono [[HANDLE:@debora_insegna]], ci metto i "
                "materiali che preparo.",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Debora]], come detto al colloquio, per il contratto ci servono "
                "codice fiscale e IBAN. Benvenuta!",
            ),
            (
                "c",
                "it",
                "Evviva!! Eccoli:\nCF: [[IT_FISCAL_CODE:RMNDBR90M52A944N]]\n"
                "IBAN: [[IBAN_CODE:IT57 V020 0811 0200 0010 4285 317]]\nResidenza: "
                "[[ADDRESS:via Porrettana 212/4, 40033 Casalecchio di Reno]]",
            ),
            ("a", "it", "Ricevuti, grazie! Ci vediamo il 1° giugno 🎉 [[PERSON:Fede]]"),
        ],
    },
    {
        "business": "parlami",
        "platform": "instagram",
        "customer": "gracie.mwl",
        "messages": [
            (
                "c",
                "en",
                "Hi! Do you do online classes? I'm in [[LOCATION:Portland]] and my grandma's "
                "family is from [[LOCATION:Bologna]] so I want to surprise them when we "
                "visit next year 🥹",
            ),
            (
                "a",
                "en",
                "Hi! Yes, we have online one-to-one lessons on Zoom, {{PRICE:€ 30}}/hour, any "
                "level. What's your name? 😊",
            ),
            (
                "c",
                "en",
                "[[PERSON:Grace]]! [[PERSON:Grace Mwangi-Lolli]]. My nonna is "
                "[[PERSON:Lina Lolli]] lol, everyone calls her nonna [[PERSON:Lina]], even "
                "the mailman. here she is lol "
                "[[URL:https://www.facebook.com/lina.lolli.1941]]",
            ),
            (
                "a",
                "en",
                "That's adorable! The first lesson is free to test your level: does Tuesday "
                "at {{TIME:8am}} your time work? Your teacher would be [[PERSON:Anna Poggi]].",
            ),
            (
                "c",
                "en",
                "Yes!! Send the link to [[EMAIL_ADDRESS:gracemwangi.pdx@icloud.com]] please",
            ),
            ("a", "en", "Sent ✅"),
            (
                "c",
                "en",
                "hmm the link didn't work, it says \"access denied for "
                '[[IP_ADDRESS:73.164.220.9]]" whatever that means 😅',
            ),
            (
                "a",
                "en",
                "Sorry [[PERSON:Grace]]! That's our old room, here's the new link, it should "
                "work from any network now. See you Tuesday!",
            ),
        ],
    },
    {
        "business": "parlami",
        "platform": "whatsapp",
        "customer": "Ayşe Demir",
        "messages": [
            (
                "c",
                "en",
                "Hello, I am [[PERSON:Ayşe Demir]], I work as engineer in a company in "
                "[[LOCATION:Imola]]. My company will pay my Italian course. They need invoice "
                "with this data: Meccanica Santerno S.r.l., P.IVA "
                "[[IT_VAT_CODE:03955181213]], codice SDI {{CODE:M5UXCR1}}",
            ),
            (
                "a",
                "en",
                "Hi [[PERSON:Ayşe]], no problem. Which course: the evening B1 on Mondays and "
                "Wednesdays?",
            ),
            (
                "c",
                "en",
                "Yes, evening B1. My manager, dott. [[PERSON:Ruggero Balboni]], asks if you "
                "can send the invoice to him directly: "
                "[[EMAIL_ADDRESS:r.balboni@meccanicasanterno.it]]",
            ),
            (
                "a",
                "en",
                "Of course. Invoice {{ORDER:FT 2026/0114}} for {{PRICE:€ 280}} sent to dott. "
                "[[PERSON:Balboni]], with you in cc. See you Monday at {{TIME:19:00}}!",
            ),
            ("c", "en", "Teşekkürler! I mean grazie 😄"),
        ],
    },
    {
        "business": "parlami",
        "platform": "telegram",
        "customer": "Rosanna B.",
        "messages": [
            (
                "c",
                "it",
                "Ciao [[PERSON:Ila]] sono [[PERSON:Rosanna]] ([[PERSON:Bonfiglioli]], la "
                "famiglia di "
                "[[ADDRESS:via Saragozza]] 😅) la ragazza nuova, [[PERSON:Sofia]], è arrivata "
                "ieri sera tutto ok, very sweet. Però mi chiedeva se può restare una "
                "settimana in più, fino al {{DATE:15 aprile}}. Per me no problem",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Rosanna]]! Grazie, la settimana in più la registriamo noi. Ti "
                "facciamo il bonifico come sempre a fine mese.",
            ),
            (
                "c",
                "it",
                "Perfetto. Ah ho cambiato banca, il nuovo IBAN è "
                "[[IBAN_CODE:IT60L0623012707000040372158]], intestato a me e a mio marito "
                "[[PERSON:Gianfranco]]",
            ),
            (
                "a",
                "it",
                "Aggiornato 👍 Salutami [[PERSON:Sofia]] e anche [[PERSON:Gianfranco]]! "
                "[[PERSON:Ila]]",
            ),
            (
                "c",
                "it",
                "[[PERSON:Sofia]] dice che vuole imparare a fare i tortellini 😂 sabato la "
                "metto al lavoro con mia suocera [[PERSON:Loredana]], altro che lezione di "
                "grammatica",
            ),
        ],
    },
    {
        "business": "parlami",
        "platform": "messenger",
        "customer": "Noel Cook",
        "messages": [
            (
                "c",
                "en",
                "Ciao! Buongiorno! That's about all the Italian I've got haha. Me and the "
                "missus are retiring to Italy next year (we bought a rundown place up in "
                "[[LOCATION:Monghidoro]] 😬) and reckon we'd better learn the lingo. Got "
                "anything for absolute beginners in their 60s?",
            ),
            (
                "a",
                "en",
                'Ciao! Congratulations on the house! 🏡 Yes: our A1 "Slow & Steady" course, '
                "two mornings a week, small groups, mostly over-50s. {{PRICE:€ 240}} a month. "
                "Can I have your names?",
            ),
            (
                "c",
                "en",
                "[[PERSON:Noel Cook]] and [[PERSON:Merryn Cook]]. Email is "
                "[[EMAIL_ADDRESS:noelandmerryn at bigpond dot com]], ph "
                "[[PHONE_NUMBER:0419 336 802]] till we move over",
            ),
            (
                "a",
                "en",
                "Thanks [[PERSON:Noel]]! The next A1 starts on {{DATE:7 September}}. I'll email "
                "you the form. [[PERSON:Ilaria]]",
            ),
            (
                "c",
                "en",
                "Bonza. [[PERSON:Merryn]] says grazie mille, she's been practising on "
                "{{BRAND:Duolingo}} every night 😂",
            ),
        ],
    },
    # ------------------------------------------------------------------ Ferramenta Santoro
    {
        "business": "ferramenta",
        "platform": "whatsapp",
        "customer": "Ciro Carbone",
        "messages": [
            (
                "c",
                "it",
                "[[PERSON:gennaro]] buongiorno sono [[PERSON:ciro carbone]] ti volevo dire se "
                "mi prepari per domani mattina 20 sacchi di malta bastarda 3 scatole di "
                "tasselli {{BRAND:fischer}} da 8 e il silicone trasparente quello buono non "
                "quello dell altra volta che si è staccato tutto passo alle 7 e mezza con il "
                "furgone di mio cognato [[PERSON:pasquale]]",
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Ciro]], tutto pronto per le {{TIME:7:30}}. Il silicone "
                "ti metto il {{PRODUCT:Saratoga Sigillante Universale}}, quello non si "
                "stacca. Malta {{PRICE:4,80 €}} al sacco.",
            ),
            (
                "c",
                "it",
                "si va bene quello metti tutto sul conto della ditta come al solito ah la "
                "fattura la devi fare a nome di mio figlio adesso la ditta è sua "
                "[[PERSON:carbone antonio]] partita iva te la mando dopo",
            ),
            ("c", "it", "[[IT_VAT_CODE:07123940632]]"),
            (
                "a",
                "it",
                "Ricevuta, fattura a [[PERSON:Carbone Antonio]]. Auguri al giovane "
                "titolare! A domani, [[PERSON:Gennaro]]",
            ),
        ],
    },
    {
        "business": "ferramenta",
        "platform": "messenger",
        "customer": "Assunta Esposito",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, nu piacere: tenite 'e telecomandi pe' 'o cancello automatico? "
                "Aggio perso 'o mio e l'amministratore nun me ne vo' da' n'ato. Song' "
                "[[PERSON:Assunta Esposito]] 'e [[LOCATION:Monterusciello]]",
            ),
            (
                "a",
                "it",
                "Buonasera signora [[PERSON:Assunta]]! Sì, i telecomandi li duplichiamo: ci "
                "deve portare quello funzionante di un vicino, oppure dirci la marca del "
                "cancello ({{BRAND:Nice}}, {{BRAND:Came}}, {{BRAND:Faac}}...). Costa "
                "{{PRICE:25 €}}.",
            ),
            (
                "c",
                "it",
                "'A marca nun 'a saccio. Mo' 'o cerco a don [[PERSON:Peppe]] d'o primmo "
                "piano, isso tene 'o telecomando. V' 'o porta 'o nipote mio "
                "[[PERSON:Gennarino]] dimane.",
            ),
            (
                "a",
                "it",
                "Va bene, dica a [[PERSON:Gennarino]] di venire dopo le {{TIME:16}}, che c'è "
                "il ragazzo dei duplicati. [[PERSON:Nunzia]]",
            ),
            ("c", "it", "Grazie assaje, site gente 'e core ❤️"),
        ],
    },
    {
        "business": "ferramenta",
        "platform": "whatsapp",
        "customer": "Martina",
        "messages": [
            (
                "c",
                "it",
                "Egregio Signor [[PERSON:Santoro]],\nLe scrivo, tramite mia nipote "
                "[[PERSON:Martina]] "
                "che mi aiuta con il telefono, per chiederLe se effettuate consegne a "
                "domicilio. Avrei bisogno di una scaletta a tre gradini, di una caffettiera "
                "{{BRAND:Bialetti}} da sei tazze e di lampadine per il lampadario del "
                "salotto, quelle a candela.\nAbito in [[ADDRESS:Via Solfatara 51, scala C, "
                "2° piano]], senza ascensore.\nLa ringrazio anticipatamente.\n"
                "[[PERSON:Rosaria Gatto]] ved. [[PERSON:Cammarota]]",
            ),
            (
                "a",
                "it",
                "Gentile signora [[PERSON:Gatto]], certamente: consegniamo noi il giovedì "
                "pomeriggio, gratis entro 5 km. Scaletta {{PRODUCT:Gimi 3 gradini}} "
                "{{PRICE:€ 34,90}}, caffettiera 6 tazze {{PRICE:€ 29,50}}, lampadine LED a "
                "candela E14 {{PRICE:€ 3,20}} l'una: quante gliene servono?\nCordiali "
                "saluti, [[PERSON:Gennaro Santoro]]",
            ),
            (
                "c",
                "it",
                "Gentile Signor [[PERSON:Santoro]],\nne occorrono cinque. Il pagamento lo "
                "effettuerò in contanti al ragazzo. Per qualsiasi evenienza, il numero di "
                "casa è [[PHONE_NUMBER:081 526 4418]].\nCon i migliori saluti,\n"
                "[[PERSON:R. Gatto]]",
            ),
            (
                "a",
                "it",
                "Perfetto signora. Giovedì tra le {{TIME:15}} e le {{TIME:17}} passa "
                "[[PERSON:Totò]]. Totale {{PRICE:€ 80,40}}.",
            ),
        ],
    },
    {
        "business": "ferramenta",
        "platform": "messenger",
        "customer": "Rob Smith",
        "messages": [
            (
                "c",
                "en",
                "Hi, sorry my Italian is terrible. We've just moved into a flat in "
                "[[LOCATION:Bacoli]] and need to change the lock barrel on the front door "
                "(the previous tenant still has keys!). Do you sell/fit those? It's a "
                "{{BRAND:Cisa}} I think",
            ),
            (
                "a",
                "en",
                "Hi! Yes, we sell Cisa barrels and our locksmith [[PERSON:Raffaele]] can fit "
                "it. Do you know the size? Otherwise he comes to measure, {{PRICE:€ 20}} "
                "call-out, taken off if you buy.",
            ),
            (
                "c",
                "en",
                "Better he comes. Address is [[ADDRESS:Via Lungolago 14]], the buzzer says "
                "[[PERSON:Smith - Ricciardi]] ([[PERSON:Ricciardi]] is my partner "
                "[[PERSON:Gabriella]]). I'm [[PERSON:Rob Smith]], "
                "[[PHONE_NUMBER:+44 7911 204633]] or WhatsApp on "
                "[[PHONE_NUMBER:+39 366 419 0572]]",
            ),
            (
                "a",
                "en",
                "[[PERSON:Raffaele]] can come tomorrow at {{TIME:9:00}}. He speaks a bit of "
                "English 🙂 {{BRAND:Ferramenta Santoro}}",
            ),
            (
                "c",
                "en",
                "Brilliant, cheers. Also do you have UK 3-pin to Italian plug adapters? Got "
                "a load of stuff from home 😅",
            ),
            (
                "a",
                "en",
                "Yes, {{PRICE:€ 4,50}} each, the {{BRAND:BTicino}} ones. [[PERSON:Raffaele]] "
                "can bring you a few tomorrow.",
            ),
        ],
    },
    {
        "business": "ferramenta",
        "platform": "whatsapp",
        "customer": "gioia 🌻",
        "messages": [
            (
                "c",
                "it",
                "salve sn [[PERSON:gioia]] la figlia di [[PERSON:fortunato russo]] "
                "l'idraulico, papà dice se gli fate trovare il rubinetto "
                "{{PRODUCT:grohe eurosmart}} che ha ordinato settimana scorsa, passo io "
                "dopo scuola",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Gioia]]! Il rubinetto è arrivato stamattina, "
                "{{ORDER:ord. 2291}}. Papà ha il conto aperto, quindi puoi ritirarlo "
                "tranquilla.",
            ),
            (
                "c",
                "it",
                "ok grz 🙏 ah e dice pure 2 raccordi da mezzo pollice in ottone non so cosa "
                "sono ahah. e dice che vi ha scritto pure su insta ma non avete risposto, "
                "lui è [[HANDLE:@russo.idraulica]]",
            ),
            (
                "a",
                "it",
                "Ahah i raccordi li sa [[PERSON:Gennaro]], te li prepara lui 😄 Instagram lo "
                "guardiamo poco, digli di scrivere qui!",
            ),
            ("c", "it", "top. arrivo verso le 2 e mezza"),
        ],
    },
    {
        "business": "ferramenta",
        "platform": "messenger",
        "customer": "Pietro Paolo Vitiello",
        "messages": [
            (
                "c",
                "it",
                "BUONGIORNO. HO COMPRATO DA VOI UN TRAPANO {{PRODUCT:BOSCH PSB 500}} IL "
                "{{DATE:3 OTTOBRE}} E DOPO DUE SETTIMANE NON GIRA PIÙ. LO SCONTRINO CE L'HO. "
                "È LA SECONDA VOLTA CHE MI SUCCEDE CON VOI!!!",
            ),
            (
                "a",
                "it",
                "Buongiorno, ci dispiace molto. Il trapano è in garanzia: lo porti in "
                "negozio con lo scontrino e glielo cambiamo subito, oppure lo mandiamo "
                "all'assistenza {{BRAND:Bosch}}. Come si chiama, così lo segno?",
            ),
            (
                "c",
                "it",
                "[[PERSON:PIETRO PAOLO VITIELLO]]. NON LO VOGLIO CAMBIATO, VOGLIO I SOLDI "
                "INDIETRO. L'HO PAGATO CON LA CARTA.",
            ),
            (
                "a",
                "it",
                "Signor [[PERSON:Vitiello]], se l'ha pagato con carta il rimborso va sulla "
                "stessa carta: passi quando vuole, ci vogliono due minuti. Se preferisce un "
                "bonifico ci mandi l'IBAN.",
            ),
            (
                "c",
                "it",
                "IBAN [[IBAN_CODE:IT19N0103045130000063519784]] INTESTATO A "
                "[[PERSON:VITIELLO PIETRO PAOLO]]. {{PRICE:69,90}} EURO.",
            ),
            (
                "a",
                "it",
                "Ricevuto. Il trapano però ci serve indietro, lo può lasciare anche a "
                "[[PERSON:Nunzia]] alla cassa. Grazie e scusi ancora. [[PERSON:G.S.]]",
            ),
            ("c", "it", "Va bene. Passo sabato."),
        ],
    },
    {
        "business": "ferramenta",
        "platform": "telegram",
        "customer": "Hope L.",
        "messages": [
            (
                "c",
                "en",
                "Hi [[PERSON:Gennaro]]! it's [[PERSON:Hope]] from the case vacanze on the "
                "lungomare 🙂 ho bisogno di 6 copie della chiave {{BRAND:Mottura}}, the long "
                "ones, per venerdì. Can I pick them up Friday morning?",
            ),
            (
                "a",
                "it",
                "Ciao [[PERSON:Hope]]! Sì, per venerdì mattina nessun problema. Portaci "
                "l'originale domani.",
            ),
            (
                "c",
                "en",
                "perfetto. Also per la fattura: [[PERSON:Hope Lindqvist]], codice fiscale "
                "[[IT_FISCAL_CODE:LNDHPO82H58Z404X]], [[ADDRESS:Via Napoli 140, 80078 "
                "Pozzuoli]]. My new email is [[EMAIL_ADDRESS:hope.lindqvist(at)gmail.com]]",
            ),
            (
                "a",
                "it",
                "Fatto, fattura a nome tuo. 6 chiavi x {{PRICE:€ 7}} = {{PRICE:€ 42}}.",
            ),
            (
                "c",
                "en",
                "grazie mille! Oh and my cleaner [[PERSON:Marisol]] might come instead of me, "
                "small, curly hair, tell [[PERSON:Nunzia]] 😄",
            ),
            ("a", "it", "👍 Ci pensiamo noi. [[PERSON:Nunzia]] ti saluta!"),
        ],
    },
    # ------------------------------------------------------------------ two late additions
    {
        "business": "foto",
        "platform": "whatsapp",
        "customer": "Hannah D.",
        "messages": [
            (
                "c",
                "en",
                "Hi [[PERSON:Nives]]! Forwarding you the note from our planner about the "
                "album:\n\n---------- Forwarded message ----------\nFrom: "
                "[[PERSON:Sofia Ferrari]] <[[EMAIL_ADDRESS:sofia@ferrariweddings.it]]>\n"
                "Hi both, the photographers still need your US address for the album and the "
                "USB stick. Best, [[PERSON:Sofia]]\n\nSo here it is:\n[[PERSON:Hannah]] & "
                "[[PERSON:Luke Delgado]]\n[[ADDRESS:2817 Maple Ridge Ct, Apt 4B\nCharlotte, "
                "NC 28210]]\n[[PHONE_NUMBER:704-555-0143]]",
            ),
            (
                "a",
                "en",
                "Thank you [[PERSON:Hannah]]! Quick check, you wrote:\n> Apt 4B\nIs that "
                "the apartment or the building? US couriers are picky 😅",
            ),
            (
                "c",
                "en",
                "Apartment! The building is just the number. Also, can we get 3 extra prints "
                "of the one with my grandpa [[PERSON:Harold]] toasting with the "
                "{{BRAND:Ferrari}} spumante? 😂 He loved that bottle",
            ),
            (
                "a",
                "en",
                "Ahah that photo is a classic! 3 prints 20x30: {{PRICE:€ 45}}. Album and "
                "prints ship on {{DATE:Monday}} with {{BRAND:FedEx}}. [[PERSON:Nives]]",
            ),
            ("c", "en", "Perfect. I'll pay with the card link like the deposit."),
            ("a", "en", "Link sent ✅ tracking to follow."),
        ],
    },
    {
        "business": "cascina",
        "platform": "telegram",
        "customer": "Rosa De Luca",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[PERSON:Rosa De Luca]], segreteria di uno studio di "
                "architettura a [[LOCATION:Monza]]. Per Natale vorremmo 5 cassette regalo "
                "da 3 bottiglie, spedite direttamente ai clienti. Vi inoltro il messaggio "
                'del mio capo:\n\nInoltrato:\n"[[PERSON:Rosa]] ordina dalla cantina di '
                "Treiso quelle da {{PRICE:45 €}}, biglietto scritto a mano, grazie. arch. "
                '[[PERSON:G. Moretti]]"',
            ),
            (
                "a",
                "it",
                "Buongiorno [[PERSON:Rosa]]! Con piacere. Le cassette da {{PRICE:45 €}} hanno "
                "{{PRODUCT:Dolcetto}}, {{PRODUCT:Langhe Nebbiolo}} e "
                "{{PRODUCT:Barbera d'Alba}}. Mi mandi pure l'elenco dei destinatari con il "
                "testo del biglietto.",
            ),
            (
                "c",
                "it",
                "Ecco l'elenco:\n1. [[PERSON:Serena Ghirardelli]] – [[ADDRESS:via Vittor "
                'Pisani 8, 20124 Milano]] – "Buone feste!"\n2. ing. [[PERSON:Paolo Sole]] – '
                "[[ADDRESS:corso Giulio Cesare 4, 10152 Torino]]\n3. Famiglia "
                "[[PERSON:Lanfranchi]] – [[ADDRESS:viale Europa 31/B, 25062 Concesio (BS)]]\n"
                "4. dott.ssa [[PERSON:Bice Oberti]] – [[ADDRESS:piazza Pontida 2, int. 3, "
                "24122 Bergamo]]\n5. [[PERSON:Will Osei]] – [[ADDRESS:12 Granby Street, "
                "Leicester LE1 6EJ]] (Regno Unito, si può?)\n\nFattura allo studio, P.IVA "
                "[[IT_VAT_CODE:02753180047]]",
            ),
            (
                "a",
                "it",
                "Tutto chiaro! Il n. 5 nel Regno Unito si può, con {{PRICE:€ 38}} di "
                "spedizione in più (accise). Il resto parte il {{DATE:10 dicembre}}. Ordine "
                "{{ORDER:CO-25-1207}}. [[PERSON:Elisa]]",
            ),
            (
                "c",
                "it",
                "Va bene anche il Regno Unito. Grazie mille [[PERSON:Elisa]], buone feste "
                "anche a voi! 🎄",
            ),
        ],
    },
]


_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.DOTALL)
_START = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
_GAPS = (3, 11, 2, 47, 6, 19, 1, 133, 8, 25, 4, 71)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup: the plain text, its entity spans and its keep spans."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[position : match.start()]
        out.append(before)
        length += len(before)
        kind = match.group(1) or match.group(3)
        value = match.group(2) if match.group(1) else match.group(4)
        span = {"start": length, "end": length + len(value), "type": kind, "value": value}
        (entities if match.group(1) else keep).append(span)
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(marked[position:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return text, entities, keep


def records() -> list[dict[str, Any]]:
    """The corpus as JSON-ready records, in conversation and time order."""
    rows: list[dict[str, Any]] = []
    for number, conversation in enumerate(CONVERSATIONS, start=1):
        business = BUSINESSES[conversation["business"]]
        page_id = business["page_id"]
        conversation_id = f"hw3-conv-{number:02d}"
        customer_id = f"hw3-customer-{number:02d}"
        when = _START + timedelta(days=3 * number, hours=(5 * number) % 11)
        for index, (role, language, marked) in enumerate(conversation["messages"]):
            when += timedelta(minutes=_GAPS[(number + index) % len(_GAPS)])
            text, entities, keep = parse(marked)
            is_customer = role == "c"
            message = {
                "message_id": f"hw3-{number:02d}-{index + 1:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if is_customer else page_id,
                "sender_name": conversation["customer"] if is_customer else business["name"],
                "sender_role": "customer" if is_customer else "agent",
                "recipient_id": page_id if is_customer else customer_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            rows.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return rows


def render() -> str:
    """The JSONL text of the corpus."""
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in records())


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
