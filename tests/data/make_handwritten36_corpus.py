# ruff: noqa: E501
"""Hand-written development corpus no. 36 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, EU VAT numbers, card numbers) were computed once with python-stdnum / Luhn and pasted
as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten36_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): an influencer-marketing agency in Milan working
with creators, a streetwear shop in Naples selling on Instagram, a gaming and esports café in
Turin, a vintage-clothes reseller in Florence selling on Vinted and Depop, a wedding DJ in Rimini,
and the crowdfunding campaign of a craft brewery in Ravenna.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten36_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten36_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "agency": "Orbita Creators Agency Milano",
    "street": "Vicolo Street Napoli",
    "gaming": "Respawn Esports Café Torino",
    "vintage": "Rigattiera Vintage Firenze",
    "dj": "Sonora Wedding DJ Rimini",
    "brewery": "Birrificio Darsena - Crowdfunding",
}
PAGE_IDS: dict[str, str] = {
    "agency": "636140000000113",
    "street": "636140000000224",
    "gaming": "636140000000335",
    "vintage": "636140000000446",
    "dj": "636140000000557",
    "brewery": "636140000000668",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Agency: beauty creator joins a campaign, sends all her contract data at once
    {
        "business": "agency",
        "platform": "instagram",
        "customer": "Serena Bianchi",
        "lang": "it",
        "start": "2025-01-13T09:12:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Serena Bianchi]], creator beauty/lifestyle, su ig sono @[[H:serena.bnc]] (41k) e su tiktok [[H:serenabianchi_mi]]. vi scrivo x la campagna {{B:Kiko Milano}} che ho visto nelle vostre stories 💄",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! grazie x averci scritto 😊 ci giri il media kit o un link al portfolio? [[P:Chiara]] - talent team {{B:Orbita}}",
            ),
            (
                "c",
                "eccolo [[U:https://linktr.ee/serena.bnc]] , il media kit è sotto 'collab'. c'è anche il vecchio canale [[U:youtube.com/@serenabnc_makeup]]. mail [[E:serena.bianchi.creator@gmail.com]] se preferite scrivere li",
            ),
            (
                "a",
                "visto tutto, ci piace un sacco! per il contratto ci servono codice fiscale, p.iva e iban per i compensi",
            ),
            (
                "c",
                "cf [[CF:BNCSRN91L62F205N]], p iva [[V:09174520156]] (forfettaria), iban [[I:IT90G0200837780000104418297]]. x l'invio prodotti abito in [[A:via Lodovico il Moro 48]], [[A:20143]] [[L:Milano]], citofono [[P:Bianchi/Ortolani]]",
            ),
            (
                "a",
                "ricevuto. kit {{PD:Smart Lip Collection}} in arrivo entro {{D:venerdì 17}}, shooting il {{D:22 gennaio}} alle {{TM:14:30}} davanti all'{{W:Arco della Pace}}. ciao, [[P:Chiara]]",
            ),
        ],
    },
    # 2. Agency: London food creator, his partner films; UK address, IBAN
    {
        "business": "agency",
        "platform": "whatsapp",
        "customer": "Mark Church",
        "lang": "en",
        "start": "2025-02-03T16:40:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Mark]] here - [[P:Mark Church]], I run the channel [[U:youtube.com/@markchurchcooks]] and ig [[H:markchurch.cooks]]. A friend, [[P:Hope Adeyemi]], said you're looking for food creators for design week?",
            ),
            (
                "a",
                "Hi [[P:Mark]]! yes, [[P:Hope]] mentioned you 🙌 we have a brief with {{B:Giovanni Rana}} for {{W:Salone del Mobile}} week. Are you still based in [[L:London]]?",
            ),
            (
                "c",
                "Yep, [[A:Flat 2, 61 Wilberforce Road]], [[L:Finsbury Park]], [[A:N4 2SP]]. Mobile [[T:+44 7700 914 362]], email [[E:mark [at] churchcooks [dot] co [dot] uk]]",
            ),
            (
                "a",
                "Brilliant. Fee proposal is {{$:£1,800}} for 1 reel + 3 stories, filmed on {{D:8 April}}. Are you VAT registered?",
            ),
            (
                "c",
                "Not VAT registered, sole trader. Pay to [[I:GB60MIDL40051572846193]] pls. My partner [[P:Will Fox]] will be filming, he's @[[H:willfox.films]] and his reel is on [[U:vimeo.com/willfoxfilms]]",
            ),
            (
                "a",
                "Noted 👍 we'll book flights for you and [[P:Will]] and send the refs. Talk soon, [[P:Davide]] @ {{B:Orbita}}",
            ),
        ],
    },
    # 3. Agency: mother of a minor skate creator signs for him
    {
        "business": "agency",
        "platform": "telegram",
        "customer": "Marisa C.",
        "lang": "it",
        "start": "2025-02-11T08:05:00",
        "messages": [
            (
                "c",
                "Buongiorno sono la mamma di [[P:Federico]] ([[P:Fede]]) [[P:Russo]], quello dei video di skate su tiktok [[H:fede.skt_09]]. ci ha contattato una certa [[P:Bianca]] della vostra agenzia, è giusto?",
            ),
            (
                "a",
                "Buongiorno! sì, [[P:Bianca Leone]] lavora con noi. Essendo [[P:Federico]] minorenne il contratto lo firma lei come genitore. Mi dice il suo nome completo?",
            ),
            (
                "c",
                "[[P:Marisa Colombo]], C-O-L-O-M-B-O. residenti a [[L:Sesto San Giovanni]], [[A:viale Gramsci 221 scala B int. 7]]. il mio cell [[T:347.218.6640]], quello del papà [[P:Enzo]] [[T:347/118 20 93]]",
            ),
            (
                "a",
                "grazie signora [[P:Colombo]]. le mando la bozza via mail, quale indirizzo usiamo?",
            ),
            ("c", "[[E:marisa punto colombo chiocciola libero punto it]]"),
            (
                "a",
                "inviata. il compenso per la {{PD:campagna Back to School}} di {{B:Vans}} è di {{$:650 €}}, pagamento a 30 gg. ciao, [[P:Bianca]]",
            ),
        ],
    },
    # 4. Agency: Indian travel creator in Milan, accountant forwarded in Italian
    {
        "business": "agency",
        "platform": "messenger",
        "customer": "Priya Natarajan",
        "lang": "en",
        "start": "2025-02-19T19:22:00",
        "messages": [
            (
                "c",
                "hey! I'm [[P:Priya Natarajan]], travel creator, moved to [[L:Milan]] last year from [[L:Bangalore]]. my ig is [[H:priya.wanders]] and blog [[U:www.priyawanders.com]]",
            ),
            (
                "a",
                "Hi [[P:Priya]]! loved your {{W:Dolomites}} reel. Do you have a manager or do you handle deals yourself?",
            ),
            (
                "c",
                "myself for now 😅 reach me at [[T:+39 351 448 2097]] or [[E:hello@priyawanders.com]]. also on pinterest [[U:pinterest.com/priyawanders]] and threads @[[H:priya.wanders.blog]]",
            ),
            (
                "a",
                "ok! We'll send the brief for the {{B:Trenitalia}} {{PD:Frecciarossa}} spring campaign. What's your rate card?",
            ),
            (
                "c",
                "{{$:€900}} per reel, {{$:€350}} story pack. ah per la fattura scrivete pure al mio commercialista, dott. [[P:Paolo Mancini]], [[E:p.mancini@studiomancini-example.it]]",
                "it",
            ),
            ("a", "Perfect, thx! - [[P:Giorgia]]"),
        ],
    },
    # 5. Agency: Chinese-Italian food creator recommends a friend
    {
        "business": "agency",
        "platform": "instagram",
        "customer": "jingjing.milano",
        "lang": "it",
        "start": "2025-03-02T11:48:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Jing]], su ig [[H:jingjing.milano]], faccio contenuti food cinese-italiano 🥟🍝. la mia amica [[P:Xu Mei]] ([[H:meixu_eats]]) vorrebbe anche lei entrare in roster",
            ),
            (
                "a",
                "Ciao [[P:Jing]]! 😍 ci mandate entrambe nome cognome, città e un contatto?",
            ),
            (
                "c",
                "io [[P:Chen Jing]] (cognome [[P:Chen]] eh, non [[P:Jing]] 😅), [[L:Prato]], [[T:328 904 1176]]. [[P:Mei]] sta in zona [[L:Paolo Sarpi]] a [[L:milano]], il suo numero è [[T:+39 345 770 2231]]",
            ),
            (
                "a",
                "perfetto. vi aggiungiamo alla call di {{D:giovedì}} alle {{TM:18:00}} su {{B:Google Meet}}. [[P:Chiara]]",
            ),
            (
                "c",
                "top grazie!! la mail di [[P:Mei]] è [[E:xumei.eats@outlook.com]], la mia [[E:chen.jing.food@gmail.com]]. e il mio tiktok [[U:https://www.tiktok.com/@jingjing.milano]]",
            ),
        ],
    },
    # 6. Agency: Nigerian-Italian creator chases a payment sent to an old IBAN
    {
        "business": "agency",
        "platform": "whatsapp",
        "customer": "Robbie",
        "lang": "it",
        "start": "2025-01-08T10:15:00",
        "messages": [
            (
                "c",
                "bella raga, sono [[P:Robbie]] ([[P:Robert Okafor]]), @[[H:robbie.okf]] su ig. nn mi è arrivato il pagamento della collab {{B:Nike}} di dicembre, fattura {{O:FT-2024/118}}",
            ),
            (
                "a",
                "ciao [[P:Robbie]], controllo subito con l'amministrazione. su che iban dovevamo pagare?",
            ),
            (
                "c",
                "[[I:IT37K0503422100000000087312]] intestato a me. ah ho cambiato numero, ora è [[T:0039 392 661 0853]]",
            ),
            (
                "a",
                "trovato il problema: il bonifico era partito sul tuo vecchio iban [[I:IT32D0103014200000061793520]], chiuso, e l'hanno respinto. lo rifacciamo {{D:domani}} mattina, {{$:1.200,00 €}}. scusa [[P:Robbie]]! [[P:Tommaso]] - amministrazione",
            ),
            ("c", "ok grazie [[P:tommy]] 🙏 big up"),
        ],
    },
    # 7. Agency: Ukrainian illustrator locked out of the creator portal
    {
        "business": "agency",
        "platform": "telegram",
        "customer": "Olena K",
        "lang": "en",
        "start": "2025-03-14T21:03:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Olena Kovalenko]] here, I can't log into the creator portal, it says my IP [[IP:93.41.207.18]] is blocked?",
            ),
            (
                "a",
                "Hi [[P:Olena]], sorry about that! The security filter flagged a few attempts. Which email is your account under?",
            ),
            (
                "c",
                "[[E:olena.kovalenko.art@gmail.com]]. I also tried from my phone hotspot, [[IP:5.90.133.241]]",
            ),
            (
                "a",
                "Unblocked both ✅ try again. Also your portfolio [[U:https://www.behance.net/olenakovalenko]] is missing from your profile, want me to add it?",
            ),
            (
                "c",
                "yes pls! and my new ig handle is [[H:olena.draws]], the old one [[H:kovalenko_olena]] is dead. dribbble too: [[U:dribbble.com/olenadraws]]",
            ),
            ("a", "Done. Cheers - [[P:Davide]]"),
        ],
    },
    # 8. Streetwear: Neapolitan buyer, shipping address, CF sent "just in case"
    {
        "business": "street",
        "platform": "instagram",
        "customer": "gennaro.98",
        "lang": "it",
        "start": "2025-01-20T18:30:00",
        "messages": [
            ("c", "uè frà quanto sta la felpa {{PD:Maradona 86}} nera in L?"),
            (
                "a",
                "uè! {{$:65€}}, la L ci sta ancora 🔥 spedizione o ritiri in negozio vicino {{W:Spaccanapoli}}?",
            ),
            (
                "c",
                "spedisci frà, [[P:Gennaro Esposito]], [[A:vico Lungo Gelso 31]], [[A:80134]] [[L:Napoli]]. sul citofono c sta scritto [[P:Esposito-Russo]]. cell [[T:331 205 8874]] x il corriere",
            ),
            ("a", "ok ti mando link pagamento {{B:SumUp}}. ordine {{O:VS-2291}} ✅"),
            (
                "c",
                "fatto. ah il cf serve? [[CF:SPSGNR98C14F839S]] l ho messo pe sicurezza 😂 taggami quando arriva, @[[H:gennaro.98]]",
            ),
            (
                "a",
                "nun serveva ma grazie 😂 parte {{D:domani}} con {{B:BRT}}, tracking {{TR:058219374410}} — [[P:Ciro]] di {{B:Vicolo Street}}",
            ),
        ],
    },
    # 9. Streetwear: London customer pays by link with her name in it
    {
        "business": "street",
        "platform": "instagram",
        "customer": "gracie.mns",
        "lang": "en",
        "start": "2025-02-07T13:10:00",
        "messages": [
            ("c", "hi! do you ship to the UK? I want the {{PD:Vesuvio puffer}} in M"),
            ("a", "Hey [[P:Grace]]! yes we ship to UK, {{$:€18}} shipping, 5-7 days"),
            (
                "c",
                "amazing. [[P:Grace Mensah]], [[A:27 Mill Lane]], [[L:Hackney]], [[L:London]] [[A:E8 3QL]]. phone [[T:07700 900 271]]",
            ),
            (
                "a",
                "got it. total {{$:€113}}. pay by card here: [[U:https://pay.sumup-example.com/vicolostreet/grace-mensah-2291]]",
            ),
            (
                "c",
                "paid! can you tag me and my sis when you post the drop? I'm @[[H:gracie.mns]], she's @[[H:ama_mensah_]]",
            ),
            ("a", "sure thing 🔥 order {{O:VS-2304}}, tracking tomorrow. [[P:Ciro]]"),
        ],
    },
    # 10. Streetwear: dialect, a friend of the clerk, a sister picks up
    {
        "business": "street",
        "platform": "whatsapp",
        "customer": "Totò",
        "lang": "it",
        "start": "2025-03-06T17:55:00",
        "messages": [
            (
                "c",
                "bro sono [[P:Totò]] l amico di [[P:Ciro]], m ha dato o nummer tuoj. tenit e {{B:Nike}} {{PD:Air Max 90}} 43?",
            ),
            ("a", "ja [[P:Totò]]! 43 sì, {{$:140}} ma a te {{$:130}} 😉"),
            (
                "c",
                "grand. e ma mandà a mammà? sta o rione [[L:Sanità]], [[A:vico Lammatari 21]], se chiamm [[P:Carmela Iovine]]",
            ),
            (
                "a",
                "meglio se vieni, {{D:sabato}} stamm apert fino {{TM:20:30}}",
            ),
            (
                "c",
                "ok. se nun pozz vengo cu mia sorella [[P:Speranza]], o nummer suo è [[T:+39 366 118 4520]]",
            ),
            ("a", "nessun problema, le metto da parte a nome [[P:Salvatore]] 👌"),
        ],
    },
    # 11. Streetwear: Romanian customer, refund to her brother's Romanian IBAN
    {
        "business": "street",
        "platform": "telegram",
        "customer": "Anca P.",
        "lang": "it",
        "start": "2025-02-24T09:40:00",
        "messages": [
            (
                "c",
                "buna ziua.. scusate, sono [[P:Anca]], ho comprato la tuta {{PD:Partenope}} ma è troppo grande, posso fare reso?",
            ),
            ("a", "certo [[P:Anca]], hai 14 giorni. numero ordine?"),
            (
                "c",
                "{{O:VS-2188}}. il rimborso pls sul conto di mio fratello [[P:Andrei Popescu]], [[I:RO52BTRL0130120586714700]], io nn ho conto italiano",
            ),
            ("a", "ok, ci servirebbe il suo codice fiscale per la nota di credito se ce l'ha"),
            (
                "c",
                "si lui lavora qui, [[CF:PPSNDR93E17Z129K]]. rispediamo da [[L:Casoria]], c/o [[P:Ionescu]], [[A:corso Umberto I 58]]",
            ),
            (
                "a",
                "perfetto, ti mando l'etichetta {{B:Poste}}, codice reso {{R:RS-77301}}. grazie - [[P:Ciro]]",
            ),
        ],
    },
    # 12. Streetwear: gift card bought by the boyfriend
    {
        "business": "street",
        "platform": "instagram",
        "customer": "bianca.ferraro_",
        "lang": "it",
        "start": "2025-01-02T15:25:00",
        "messages": [
            (
                "c",
                "ciaoo mi hanno regalato una gift card da {{$:50€}} ma nn funziona, codice {{R:GIFT-8842-NAP}}",
            ),
            ("a", "ciao! chi te l'ha regalata? la cerchiamo per nome acquirente"),
            (
                "c",
                "il mio ragazzo, [[P:Kevin De Luca]] (@[[H:kev_deluca]]), l'ha presa a {{W:Natale}}. il suo fb è [[U:facebook.com/kevin.deluca.95]] se vi serve",
            ),
            (
                "a",
                "trovata, era intestata a [[E:kevin.deluca95@hotmail.it]], la riattivo. tu come ti chiami x registrarla?",
            ),
            (
                "c",
                "[[P:Bianca Ferraro]], B-I-A-N-C-A F-E-R-R-A-R-O 😅 su ig [[H:bianca.ferraro_]], mail [[E:bianca punto ferraro at gmail punto com]]",
            ),
            ("a", "fatto 💛 ora è attiva, buono shopping! [[P:Nunzia]] - {{B:Vicolo Street}}"),
        ],
    },
    # 13. Streetwear: Spanish wholesale buyer with an ES VAT number
    {
        "business": "street",
        "platform": "messenger",
        "customer": "Javier Ruiz Ortega",
        "lang": "en",
        "start": "2025-03-18T10:02:00",
        "messages": [
            (
                "c",
                "Hola! [[P:Javier Ruiz Ortega]] here, I own {{B:Kicks Turia}} in [[L:Valencia]]. interested in wholesale of your {{PD:Scugnizzo tee}} line",
            ),
            (
                "a",
                "Hi [[P:Javier]]! min order 30 pcs, {{$:€19}} each ex VAT. do you have an EU VAT number for reverse charge?",
            ),
            (
                "c",
                "yes [[V:ESB65482135]]. ship to [[A:Carrer de Cuba 42, bajo]], [[A:46006]] [[L:Valencia]]. my colleague [[P:Lucía]] handles payments, [[E:lucia.admin@kicksturia.example]]",
            ),
            ("a", "perfect. proforma {{O:PF-2025-014}} sent to [[P:Lucía]] 🙏 - [[P:Ciro]]"),
            ("c", "gracias! my whatsapp [[T:+34 612 48 90 37]], ig [[H:javi.kicks.vlc]]"),
        ],
    },
    # 14. Streetwear: parcel left with the neighbour, courier signature
    {
        "business": "street",
        "platform": "whatsapp",
        "customer": "Luca M",
        "lang": "it",
        "start": "2025-02-14T12:12:00",
        "messages": [
            (
                "c",
                "salve, il corriere ha lasciato il pacco alla vicina, la signora [[P:Immacolata Bello]] al piano di sotto, ma lei dice che nn c'è",
            ),
            ("a", "salve! mi dà numero ordine e il suo nome?"),
            (
                "c",
                "{{O:VS-2317}}, [[P:Luca Mancini]]. [[A:salita Tarsia 12, scala C, piano 3]], [[L:Montesanto]]",
            ),
            (
                "a",
                "il tracking {{TR:058219402277}} dice consegnato alle {{TM:11:42}}, firmato '[[P:Bello]]'. il corriere è [[P:Gaetano]], provo a chiamarlo",
            ),
            (
                "c",
                "ah mo ho capito, l'ha preso la figlia [[P:Rosa]] 🙈 tutto ok scusate",
            ),
            ("a", "figurati 😄 [[P:Nunzia]]"),
        ],
    },
    # 15. Gaming: booking five PCs for a Valorant night
    {
        "business": "gaming",
        "platform": "telegram",
        "customer": "Luca B",
        "lang": "it",
        "start": "2025-03-10T14:20:00",
        "messages": [
            (
                "c",
                "ciao, volevo prenotare 5 postazioni pc per sabato sera x torneo {{PD:Valorant}} tra amici",
            ),
            (
                "a",
                "ciao! sabato {{D:15 marzo}} dalle {{TM:21:00}} ci sono 5 pc liberi, {{$:6€/h}} a postazione. nome x prenotazione?",
            ),
            (
                "c",
                "[[P:Luca Bonetti]]. cmq siamo io, [[P:Matteo]], [[P:Ale]], [[P:Giuse]] e [[P:Neve]] (si si chiama proprio così 😂)",
            ),
            ("a", "ahah bel nome! prenotazione {{R:RSP-0315-05}} ✅ ci lasci un numero?"),
            (
                "c",
                "[[T:340-612-9981]], mail [[E:luca.bonetti@studenti.unito.example.it]]. add me on discord: [[H:lucabonz]], aggiungimi così ti giro i nick di tutti",
            ),
            (
                "c",
                "[[H:matte_kr4ken]], [[H:ale.frag]], [[H:giuse_0]], [[H:neve.exe]]",
            ),
            ("a", "perfetto, ci vediamo! [[P:Edo]] - {{B:Respawn}}"),
        ],
    },
    # 16. Gaming: US exchange student, Worlds watch party
    {
        "business": "gaming",
        "platform": "messenger",
        "customer": "Sanjay Iyer",
        "lang": "en",
        "start": "2024-10-28T18:00:00",
        "messages": [
            (
                "c",
                "Hi, I'm an exchange student at {{B:Politecnico di Torino}}, do you host {{PD:League of Legends}} watch parties for {{W:Worlds}}?",
            ),
            (
                "a",
                "Hey! yes, the final on the big screen, entry {{$:€5}} incl. a drink. Want to register?",
            ),
            (
                "c",
                "yes, [[P:Sanjay Iyer]] + 2 friends, [[P:Wei Zhang]] and [[P:Aarav]]. my email is [[E:sanjay.iyer@studenti.example.it]], phone [[T:+1 (415) 555-0187]] (US number still). my discord is [[H:sanj.iyer]]",
            ),
            (
                "a",
                "registered, ref {{R:WF-1102}}. Do you live near [[L:San Salvario]]? we do a student discount",
            ),
            ("c", "close! [[L:Vanchiglia]] actually, [[A:via Vanchiglia 14 int. 9]]"),
            ("a", "cool, show your student card at the bar. see you - [[P:Marta]]"),
            ("c", "grazie mille, a presto!", "it"),
        ],
    },
    # 17. Gaming: mother organising a birthday, allergy info about another child
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Stefania",
        "lang": "it",
        "start": "2025-03-20T20:45:00",
        "messages": [
            (
                "c",
                "buonasera, vorrei organizzare la festa dei 12 anni di mio figlio [[P:Tommaso]] da voi, avete pacchetti?",
            ),
            (
                "a",
                "buonasera! c'è il pacchetto {{PD:Birthday Arena}}: 2 ore, torneo {{PD:Mario Kart}} + merenda, {{$:15€}} a bambino. quanti sono?",
            ),
            (
                "c",
                "una decina. data {{D:domenica 6 aprile}} pomeriggio. sono [[P:Stefania Gallo Brizio]], [[T:011 437 2286]], [[E:stefania.gallobrizio@gmail.com]]",
            ),
            ("a", "segnato {{R:BDAY-0406}}. l'acconto di {{$:50€}} si paga in cassa"),
            (
                "c",
                "ok. ah, un bimbo ha allergia alle arachidi, [[P:Pietro]], la mamma [[P:Hiba Mansour]] vi chiama, [[T:+39 329 550 7843]] o [[E:hiba.mansour@virgilio.it]]",
            ),
            ("a", "grazie, ci sentiamo con lei. [[P:Marta]]"),
        ],
    },
    # 18. Gaming: Erasmus player banned from the LAN server
    {
        "business": "gaming",
        "platform": "telegram",
        "customer": "vicky_v0id",
        "lang": "en",
        "start": "2025-01-25T23:30:00",
        "messages": [
            (
                "c",
                "yo, got banned from your lan server, ign [[H:vicky_v0id]] and ip [[IP:151.38.92.204]]... pls unban lol",
            ),
            (
                "a",
                "hi! ban was for using a macro in the {{PD:CS2}} scrim. who am I talking to?",
            ),
            (
                "c",
                "[[P:Victoria Hughes]], erasmus from [[L:Manchester]]. my teammate [[P:Dan Baker]] ([[H:danbaker99]] on steam) can confirm it was his keyboard not mine 😭",
            ),
            ("a", "ok, we'll check the replay with him. steam profile link?"),
            ("c", "[[U:https://steamcommunity.com/id/vicky_v0id]]"),
            ("a", "unbanned for now ✅ don't make me regret it 😂 - [[P:Edo]]"),
        ],
    },
    # 19. Gaming: amateur esports team asks for a sponsor
    {
        "business": "gaming",
        "platform": "instagram",
        "customer": "taurus.esports",
        "lang": "it",
        "start": "2025-02-02T16:16:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Alessio Greco]], capitano dei [[H:taurus.esports]]. cerchiamo un locale sponsor x i {{B:PG Nationals}}",
            ),
            (
                "a",
                "ciao [[P:Alessio]]! interessante. fatturate come associazione? e chi segue la parte sponsor?",
            ),
            (
                "c",
                "si asd, p.iva [[V:10348670638]]. il nostro manager è [[P:Karim Haddad]], [[E:karim.haddad.gg@gmail.com]], [[T:+39 388 204 6619]]",
            ),
            ("a", "perfetto, gli scrivo io. [[P:Marta]] - {{B:Respawn}}"),
            (
                "c",
                "grazie!! io streammo su [[U:twitch.tv/taurus_alessio]], [[P:Karim]] è su x come @[[H:karimhaddad_gg]]",
            ),
        ],
    },
    # 20. Gaming: forgotten headset, flatmate picks it up
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Will",
        "lang": "en",
        "start": "2025-03-03T09:05:00",
        "messages": [
            (
                "c",
                "hi, I think I left my headset at your place last night, {{B:HyperX}} {{PD:Cloud II}} red. Name's [[P:Will Morgan]]",
            ),
            ("a", "Hi [[P:Will]], yes we found one near pc 7! anything written on it?"),
            (
                "c",
                "a sticker with my gamertag, [[H:w1ll_m0rgan]]. same as my steam [[U:steamcommunity.com/profiles/76561198044129731]]",
            ),
            ("a", "that's it 😄 we're open from {{TM:15:00}}, pick up any time"),
            (
                "c",
                "my flatmate [[P:Chiamaka Obi]] will grab it around {{TM:6pm}}, her number is [[T:+39 320 771 0984]]. if anything email me, [[E:will.morgan.uk[at]gmail.com]]",
            ),
            ("a", "perfect, we'll ask her for ID. - [[P:Edo]]"),
        ],
    },
    # 21. Gaming: Romanian student applies as weekend barista
    {
        "business": "gaming",
        "platform": "messenger",
        "customer": "Ioana Dumitru",
        "lang": "it",
        "start": "2025-02-26T11:30:00",
        "messages": [
            (
                "c",
                "salve, ho visto che cercate barista per il weekend. mi chiamo [[P:Ioana Dumitru]], ho 23 anni, vivo a [[L:Moncalieri]]",
            ),
            ("a", "ciao [[P:Ioana]]! sì, ci mandi il cv?"),
            (
                "c",
                "ve lo mando via mail dalla mia, [[E:ioana.dumitru98@yahoo.it]]. il cv è anche su [[U:https://www.linkedin.com/in/ioana-dumitru-tor]]",
            ),
            (
                "a",
                "grazie, visto. colloquio {{D:martedì}} alle {{TM:17:30}}? chiedi di [[P:Marta]] o [[P:Edoardo]]",
            ),
            (
                "c",
                "perfetto. il mio numero [[T:(+39) 327 118 4405]]. abito in [[A:strada provinciale 142 km 3,5]] quindi col bus arrivo",
            ),
            ("a", "a martedì!"),
        ],
    },
    # 22. Vintage: Vinted buyer prefers to buy through Instagram
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "betta_vintage_lover",
        "lang": "it",
        "start": "2025-01-17T17:00:00",
        "messages": [
            (
                "c",
                "ciao! ho visto su vinted la giacca {{B:Levi's}} {{PD:Trucker}} anni 80, c'è ancora?? il mio profilo è [[U:vinted.it/member/84120377-bettavintagelover]]",
            ),
            ("a", "ciao! sì, c'è. qui su ig te la faccio {{$:45€}} invece di {{$:52}}"),
            (
                "c",
                "yesss. sono [[P:Elisabetta Moretti]] ma tutti mi chiamano [[P:Betta]] 😆 spedisci a [[A:via dei Serragli 77 rosso]], [[A:50124]] [[L:Firenze]]?",
            ),
            ("a", "certo [[P:Betta]]! ti mando la richiesta paypal, a che mail?"),
            (
                "c",
                "[[E:betta.moretti@tiscali.it]]. anzi aspetta, passo io, lavoro in [[L:Oltrarno]] 😂",
            ),
            ("a", "ahah ok ti aspettiamo! [[P:Neri]] ✌️"),
            ("c", "top! su ig sono [[H:betta.mrt]] se vuoi taggarmi quando la metto 😍"),
        ],
    },
    # 23. Vintage: Depop buyer in New York, Gucci Jackie bag
    {
        "business": "vintage",
        "platform": "messenger",
        "customer": "Hannah Brooks",
        "lang": "en",
        "start": "2025-02-09T22:15:00",
        "messages": [
            (
                "c",
                "Hi!! I found you on depop (I'm [[H:hannahthrifts_nyc]] there), do you ship the {{B:Gucci}} {{PD:Jackie}} bag to the US?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! yes, with {{B:DHL}}, {{$:€35}} + customs on your side. The bag is {{$:€420}}",
            ),
            (
                "c",
                "ok deal. [[P:Hannah Brooks]], [[A:315 W 88th St, Apt 4B]], [[L:New York]] [[A:10024]]. cell [[T:(212) 555-0148]]",
            ),
            ("a", "Thank you! We'll email a card payment link, which address?"),
            (
                "c",
                "[[E:hannah.brooks.nyc@gmail.com]]. my shop is [[U:depop.com/hannahthrifts_nyc]] if you wanna see my fits lol",
            ),
            ("a", "love it 😍 tracking by {{D:Friday}}. - [[P:Neri]]"),
        ],
    },
    # 24. Vintage: granddaughter brings grandmother's clothes on consignment
    {
        "business": "vintage",
        "platform": "whatsapp",
        "customer": "Federica",
        "lang": "it",
        "start": "2025-03-05T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno, ho un po di roba di mia nonna anni 60/70, la comprate? mi chiamo [[P:Federica Leone]]",
            ),
            (
                "a",
                "buongiorno [[P:Federica]]! mandaci foto. lavoriamo in conto vendita: 50% a te quando vendiamo",
            ),
            (
                "c",
                "ok mando. ci sono due cappotti {{B:Max Mara}}, una borsa {{B:Ferragamo}} e foulard {{B:Hermès}}. la nonna era [[P:Nella]], sarta a [[L:San Frediano]] 🥹 c'è ancora la sua pagina [[U:facebook.com/nella.sartoria.sanfrediano]] con le foto",
            ),
            ("a", "che meraviglia. per il contratto ci servono cf, iban e indirizzo"),
            (
                "c",
                "[[CF:LNEFRC95S45D612Q]], [[I:IT84D0326822300052846913375]], [[A:via Pisana 203]], [[L:Scandicci]]",
            ),
            (
                "a",
                "grazie [[P:Federica]], passa pure {{D:giovedì}} dopo le {{TM:16}}. [[P:Neri]] - {{B:Rigattiera}}",
            ),
        ],
    },
    # 25. Vintage: Ukrainian buyer, stain on a trench, switches to Italian
    {
        "business": "vintage",
        "platform": "telegram",
        "customer": "Oksana",
        "lang": "en",
        "start": "2025-01-29T19:50:00",
        "messages": [
            (
                "c",
                "hi, I bought a {{B:Burberry}} trench from your vinted shop but it has a stain not in the photos. my vinted is [[H:oksana.m_]]",
            ),
            ("a", "Hi! so sorry. can you send photos? and your order number"),
            (
                "c",
                "{{O:VNT-48120377}}. photos sent here. I'm [[P:Oksana Melnyk]], living in [[L:Bologna]]",
            ),
            (
                "a",
                "Thanks [[P:Oksana]]. We can refund {{$:€20}}, or full refund on return, your choice",
            ),
            (
                "c",
                "va bene il parziale. rimborsate su paypal [[E:oksana.melnyk@gmx.de]] grazie mille",
                "it",
            ),
            ("a", "done ✅ - [[P:Neri]]"),
        ],
    },
    # 26. Vintage: another reseller proposes a pop-up, invoices with her P.IVA
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "giuse.retro",
        "lang": "it",
        "start": "2025-03-12T15:35:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Giuse]], ho uno shop depop [[U:depop.com/giuse_retro]] e vendo anche io vintage, vi va un pop up insieme?",
            ),
            (
                "a",
                "ciao [[P:Giuse]]! bello il tuo shop. che date pensavi? noi abbiamo spazio il {{D:primo weekend di maggio}}",
            ),
            (
                "c",
                "perfetto. su ig sono [[H:giuse.retro]] e la mia socia è [[P:Amina Diallo]] ([[H:amina.diallo.vtg]])",
            ),
            ("a", "ottimo. chi emette fattura per la quota stand?"),
            (
                "c",
                "io, [[P:Giuseppina Cantù]], p.iva [[V:02853310379]], sede [[A:contrada San Martino 9]], [[L:Montepulciano]], mail [[E:giuse_retro[at]proton[dot]me]]",
            ),
            ("a", "segnato. ciao, [[P:Neri]]"),
        ],
    },
    # 27. Vintage: Spanish buyer pastes his card number in the chat
    {
        "business": "vintage",
        "platform": "messenger",
        "customer": "Miguel",
        "lang": "en",
        "start": "2025-02-17T08:45:00",
        "messages": [
            (
                "c",
                "Hi, can I pay over the phone for the {{B:Ray-Ban}} {{PD:Wayfarer}} from the 70s? I'm in [[L:Seville]] and can't use paypal",
            ),
            ("a", "Hi! we can send a payment link, that's safer than card details in chat."),
            ("c", "oh I already wrote it sorry: [[C:4532 0187 6512 3451]] exp {{D:08/27}}"),
            (
                "a",
                "please don't send card numbers here 🙏 we won't use it. Link coming to your email",
            ),
            (
                "c",
                "[[E:miguel.sanchez.g@telefonica.example.es]]. name on it [[P:Miguel Sánchez García]]",
            ),
            ("a", "sent. thanks [[P:Miguel]] - [[P:Neri]]"),
        ],
    },
    # 28. Vintage: swapped parcels between two customers
    {
        "business": "vintage",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-03-22T13:05:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Rosa]], ordine depop {{O:DPP-9918231}}. mi è arrivato il pacco ma dentro c è una gonna invece della camicia {{B:Fiorucci}}",
            ),
            (
                "a",
                "ciao [[P:Rosa]], scusaci!! probabilmente scambiato con quello di un'altra cliente. mi dici cognome e indirizzo x verifica?",
            ),
            ("c", "[[P:Rosa Santoro]], [[A:borgo Pinti 14]], [[L:Firenze]]"),
            (
                "a",
                "trovato: la tua camicia è andata a [[P:Serena Gallo]] a [[L:Pistoia]] 🙈 ti rimandiamo subito la tua + buono da {{$:10€}}",
            ),
            (
                "c",
                "ok grazie! numero x il corriere [[T:055 234 8817]]. su depop sono [[H:rosasantoro_fi]] se vi serve",
            ),
        ],
    },
    # 29. DJ: couple books ceremony + party with live sax
    {
        "business": "dj",
        "platform": "whatsapp",
        "customer": "Vale",
        "lang": "it",
        "start": "2024-11-15T21:20:00",
        "messages": [
            (
                "c",
                "buonasera, io e il mio compagno [[P:Marco Pellegrini]] ci sposiamo il {{D:14 giugno 2025}} a {{B:Villa Gioia}}, sei libero? sono [[P:Valentina Rinaldi]]. il nostro sito con tutte le info è [[U:https://www.listanozze-example.it/valentina-e-marco]]",
            ),
            (
                "a",
                "auguri [[P:Valentina]]! 🎉 libero sì. pacchetto {{PD:Cerimonia + Party}} {{$:1.350€}}, con luci e sax live {{$:1.800€}}",
            ),
            ("c", "sax live sì!! chi suona?"),
            (
                "a",
                "[[P:Cristian]], bravissimo, trovi i video su [[U:instagram.com/cristian.sax.rn]]",
            ),
            (
                "c",
                "bellissimo. per contratto: [[P:Valentina Rinaldi]], [[A:via Flaminia 155/C]], [[A:47923]] [[L:Rimini]], [[T:+39 339 871 2245]], [[E:vale.rinaldi@libero.it]]",
            ),
            ("a", "perfetto, mando bozza. caparra {{$:400€}}. ciao, [[P:Teo]] 🎧"),
        ],
    },
    # 30. DJ: English couple, planner, house name in a UK address
    {
        "business": "dj",
        "platform": "instagram",
        "customer": "emilyandjames2025",
        "lang": "en",
        "start": "2025-01-04T12:00:00",
        "messages": [
            (
                "c",
                "Hi! We're [[P:Emily]] & [[P:James]], UK couple getting married at {{B:Borgo Le Querce}} on {{D:6 September}}. Do you do a bilingual MC? all the details are on [[U:emilyandjames.wedding-example.com]]",
            ),
            ("a", "Hi [[P:Emily]]! yes, I MC in English and Italian 😊 how many guests?"),
            (
                "c",
                "about 90. our planner is [[P:Hope Baker]] from {{B:Adriatic Weddings}}, [[E:hope.baker@adriaticweddings.example]]",
            ),
            ("a", "I know [[P:Hope]]! Great. For the contract I need full names and address"),
            (
                "c",
                "[[P:Emily Fox]] and [[P:James O'Connor]], [[A:Rose Cottage, 3 Church Lane]], [[L:Little Shelford]], [[L:Cambridge]] [[A:CB22 5HF]]. phone [[T:+44 (0)1223 496 018]]",
            ),
            ("a", "Lovely, contract by email to you or to [[P:Hope]]? 🎶 - [[P:Teo]]"),
            ("c", "to me pls: [[E:emily dot fox at outlook dot com]]"),
        ],
    },
    # 31. DJ: groom sends invoice data, deposit from his mother's account
    {
        "business": "dj",
        "platform": "telegram",
        "customer": "Giuseppe F.",
        "lang": "it",
        "start": "2025-04-01T18:10:00",
        "messages": [
            (
                "c",
                "ciao [[P:Teo]], sono [[P:Giuseppe]] lo sposo di [[P:Martina]], festa del {{D:28 giugno}}. ti serve altro per la fattura?",
            ),
            ("a", "ciao [[P:Giuseppe]]! sì, codice fiscale e indirizzo di chi intesto"),
            (
                "c",
                "intesta a me: [[P:Giuseppe Ferro]], [[CF:FRRGPP87B28H294J]], [[A:viale Regina Elena 112 interno 4]], [[L:Marina Centro]], [[L:Rimini]]",
            ),
            ("a", "ok! saldo {{$:950€}} entro una settimana prima della festa"),
            (
                "c",
                "ok. la caparra te l'ha fatta mia mamma, [[P:Carla Semprini]], se vedi quel nome è quello. la fattura mandala a [[E:giuseppe.ferro87 at gmail dot com]]",
            ),
            ("a", "visto, arrivata ✅ grazie! [[P:Teo]]"),
        ],
    },
    # 32. DJ: fiftieth birthday party in a garden, Romagna dialect
    {
        "business": "dj",
        "platform": "whatsapp",
        "customer": "Loredana",
        "lang": "it",
        "start": "2025-03-28T10:30:00",
        "messages": [
            (
                "c",
                "ciao burdèl! fai anche compleanni? x i 50 di mio marito [[P:Gianni]], {{D:sabato 10 maggio}}, a casa nostra a [[L:Riccione]]",
            ),
            ("a", "ciao! certo. dove di preciso x montare?"),
            (
                "c",
                "[[A:via Dante 88]], giardino dietro. se nn trovi chiedi a [[P:Mario]] il vicino, quello col cane 😂. io sono [[P:Loredana]], [[T:0541 60 33 27]]",
            ),
            (
                "a",
                "perfetto! {{PD:Romagna mia}} a mezzanotte è obbligatoria 😄 {{$:500€}} tutto compreso",
            ),
            (
                "c",
                "ahah siii. ti giro la mail di mia figlia [[P:Chiara]] che organizza: [[E:chiara.rossetti02@libero.it]]",
            ),
            ("a", "ok! ciao [[P:Loredana]], [[P:Teo]]"),
        ],
    },
    # 33. DJ: Indian sangeet, invoice to a German company with DE VAT
    {
        "business": "dj",
        "platform": "messenger",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2025-02-21T07:55:00",
        "messages": [
            (
                "c",
                "Hello! I'm [[P:Arjun Mehta]], my sister [[P:Ananya]] is getting married at {{B:Grand Hotel Adriatico}} on {{D:20 July}}. Can you do a sangeet night with Bollywood + Italian music?",
            ),
            (
                "a",
                "Hi [[P:Arjun]]! absolutely, I've done 3 Indian weddings. Do you have a dhol player?",
            ),
            (
                "c",
                "our cousin [[P:Rohan Kapoor]] plays, he lives in [[L:Leicester]]. his insta is [[H:rohan_dhol_beats]], soundcloud [[U:soundcloud.com/rohankapoor-dhol]]",
            ),
            (
                "a",
                "great, I'll coordinate with him. Quote: {{$:€2,200}} for two nights. Invoice to whom?",
            ),
            (
                "c",
                "to my company, {{B:Mehta Textiles GmbH}}, VAT [[V:DE278945313]], [[A:Hanauer Landstraße 126]], [[A:60314]] [[L:Frankfurt]]. email [[E:arjun.mehta@mehtatextiles.example]]",
            ),
            ("a", "Perfect. Contract coming. - [[P:Teo]]"),
        ],
    },
    # 34. DJ: newly-weds tag everyone after the party
    {
        "business": "dj",
        "platform": "instagram",
        "customer": "sere.mancini",
        "lang": "it",
        "start": "2025-06-16T09:00:00",
        "messages": [
            (
                "c",
                "[[P:Teo]] sei stato pazzesco al nostro matrimonio!!! ti abbiamo taggato, io sono [[H:sere.mancini]] e mio marito [[H:ale_lombardi_88]]",
            ),
            ("a", "grazie ragazzi!!! ❤️ posso ripubblicare il video del trenino con la zia?"),
            (
                "c",
                "si si! la zia è [[P:Pina]], tagga anche lei @[[H:pina.lombardi.rn]] che ci tiene 😂",
            ),
            (
                "a",
                "fatto! e la foto col fotografo [[P:Luca Leone]] ([[U:www.lucaleonefoto.it]]) posso usarla?",
            ),
            ("c", "certo, ciao [[P:Teo]] 😘 [[P:Sere]] e [[P:Ale]]"),
        ],
    },
    # 35. DJ: postponed wedding, deposit refunded to a German IBAN
    {
        "business": "dj",
        "platform": "telegram",
        "customer": "Grace Liu",
        "lang": "en",
        "start": "2025-04-09T15:40:00",
        "messages": [
            (
                "c",
                "Hi [[P:Teo]], unfortunately we have to postpone the wedding, my fiancé [[P:Liu Wei]]'s father is ill. Can we move the date or get the deposit back?",
            ),
            (
                "a",
                "So sorry to hear that [[P:Grace]]. I can move it to any free date in 2026 without fees. Otherwise refund minus {{$:€100}}",
            ),
            (
                "c",
                "We'd rather have the refund for now, sorry. IBAN [[I:DE44 5001 0517 5407 3249 31]] (my account in [[L:Munich]])",
            ),
            (
                "a",
                "Done, {{$:€300}} sent today, ref {{R:SEPA-220519}}. Wishing him well 🙏 - [[P:Teo]]",
            ),
            ("c", "thank you so much. my mobile if needed [[T:+49 151 2378 4410]]"),
        ],
    },
    # 36. Brewery: founding backer moves house, wants his nickname on the wall
    {
        "business": "brewery",
        "platform": "messenger",
        "customer": "Fabio Zanzi",
        "lang": "it",
        "start": "2025-04-14T20:05:00",
        "messages": [
            (
                "c",
                "ciao ho sostenuto la campagna con la ricompensa {{PD:Socio Fondatore}} da {{$:150€}}, quando arriva la birra?",
            ),
            (
                "a",
                "ciao! le prime casse partono a {{D:fine maggio}}. mi dici nome e email usati su {{B:Produzioni dal Basso}}?",
            ),
            (
                "c",
                "[[P:Fabio Zanzi]], [[E:fabio.zanzi@alice.it]], il profilo è [[U:produzionidalbasso.com/profile/fabio-zanzi]]. ma ora abito a [[L:Lido Adriano]], [[A:viale Petrarca 301]]",
            ),
            (
                "a",
                "aggiornato l'indirizzo ✅ il tuo nome sarà sulla {{W:Parete dei Fondatori}} in birrificio, lo vuoi così o con soprannome?",
            ),
            ("c", "metti '[[P:Zanza]]' 😂 mi conoscono tutti così"),
            ("a", "fatto! grazie, [[P:Ilaria]] - {{B:Birrificio Darsena}}"),
        ],
    },
    # 37. Brewery: US backer, alcohol swapped for merch
    {
        "business": "brewery",
        "platform": "instagram",
        "customer": "hopewilliams.pdx",
        "lang": "en",
        "start": "2025-04-18T02:30:00",
        "messages": [
            (
                "c",
                "Hi! backed your campaign from [[L:Portland]], [[L:Oregon]] 🍺 can you ship the {{PD:Darsena IPA}} reward to the US?",
            ),
            (
                "a",
                "Hi! unfortunately we can't ship beer to the US, we can swap it for merch, the {{PD:Mosaico tee}} + a glass. ok?",
            ),
            (
                "c",
                "sure! [[P:Hope Williams]], [[A:2217 SE Ankeny St, Apt 3]], [[L:Portland]] [[A:97214]], [[T:+1 503-555-0162]]",
            ),
            (
                "a",
                "perfect. your backer id is {{R:BD-0587}}. which ig should we tag in the thank-you post?",
            ),
            (
                "c",
                "[[H:hopewilliams.pdx]] 🙌 (receipts to [[E:hope.w (at) protonmail.com]] pls) and my bf [[H:sam.ortiz.brews]], he's the beer nerd",
            ),
            ("a", "thanks [[P:Hope]]! - [[P:Ilaria]]"),
        ],
    },
    # 38. Brewery: restaurant owner takes the business reward, P.IVA and SDI
    {
        "business": "brewery",
        "platform": "whatsapp",
        "customer": "Stefano Casadei",
        "lang": "it",
        "start": "2025-04-22T11:11:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Stefano Casadei]], titolare dell'{{B:Osteria da Casadei}} a [[L:Cervia]]. vorrei la ricompensa aziendale {{PD:Fusto Partner}} da {{$:1.000€}}, serve fattura",
            ),
            ("a", "buongiorno [[P:Stefano]]! certo, ci manda ragione sociale, p.iva e sdi?"),
            (
                "c",
                "{{B:Osteria da Casadei snc}}, p.iva [[V:07615940488]], sdi {{R:M5UXCR1}}, sede [[A:via Nazionale Adriatica 47]], [[A:48015]] [[L:Cervia]]. per l'amministrazione c'è mia moglie [[P:Angela]], [[T:0544 97 12 08]]",
            ),
            ("a", "perfetto. può pagare con carta sulla piattaforma o con bonifico"),
            (
                "c",
                "faccio prima così: carta aziendale [[C:4012-8888-9912-7365]], scad {{D:11/26}}, addebitate voi",
            ),
            (
                "a",
                "meglio di no per sicurezza 🙏 la cancelliamo dalla chat, usi la piattaforma per favore",
            ),
            ("c", "ok ok, fatto sulla piattaforma ✅"),
            ("a", "ricevuto, grazie! [[P:Ilaria]]"),
        ],
    },
    # 39. Brewery: confirmation mail never arrived, two addresses
    {
        "business": "brewery",
        "platform": "telegram",
        "customer": "Rahim",
        "lang": "it",
        "start": "2025-04-25T18:45:00",
        "messages": [
            (
                "c",
                "salam, ho fatto la donazione ma nn mi arriva la mail di conferma. sono [[P:Rahim Benali]]",
            ),
            ("a", "ciao [[P:Rahim]]! che mail hai usato?"),
            (
                "c",
                "[[E:rahim.benali(at)gmail(dot)com]] credo.. o forse quella vecchia [[E:r.benali88@hotmail.it]]",
            ),
            (
                "a",
                "trovata la seconda: contributo {{$:35€}}, ricompensa {{PD:Boccale + Pinta}}. te la sposto sulla nuova",
            ),
            (
                "c",
                "grazie. ritiro in birrificio, abito a [[L:Classe]], [[A:via Romea Sud 240]], vicino a {{W:Sant'Apollinare}}",
            ),
            ("a", "perfetto! ritiro dal {{D:2 giugno}}, {{TM:17-20}}. [[P:Ilaria]]"),
        ],
    },
    # 40. Brewery: Irish backer charged twice, pastes the card number
    {
        "business": "brewery",
        "platform": "messenger",
        "customer": "Niamh Gallagher",
        "lang": "en",
        "start": "2025-05-02T08:20:00",
        "messages": [
            ("c", "Hi, I was charged twice for my pledge! card [[C:5187-3456-2190-3379]]"),
            (
                "a",
                "Hi! so sorry. Please don't post full card numbers here 🙏 what name and email is the pledge under?",
            ),
            (
                "c",
                "[[P:Niamh Gallagher]], [[E:niamh.g@eircom.example.ie]]. I'm in [[L:Galway]], @[[H:niamhgall]] on insta",
            ),
            (
                "a",
                "I see two pledges of {{$:€60}}, {{O:PLG-40213}} and {{O:PLG-40214}}. Refunding the second now",
            ),
            ("c", "thanks! my husband [[P:Mark]] probably clicked it too lol"),
            ("a", "haha happens 😄 - [[P:Ilaria]]"),
        ],
    },
    # 41. Brewery: beer reviewer asks for a kit, frazione address
    {
        "business": "brewery",
        "platform": "instagram",
        "customer": "birra.baldo",
        "lang": "it",
        "start": "2025-05-06T16:00:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Daniele Baldini]], faccio recensioni di birra su [[U:https://youtube.com/@birrabaldo]] e su ig [[H:birra.baldo]]. posso parlare della vostra campagna? x collab [[E:collab.birrabaldo@gmail.com]]",
            ),
            ("a", "ciao [[P:Daniele]]! certo, ci fa piacere. ti mandiamo un kit? dove?"),
            (
                "c",
                "[[A:via Cella 412]], fraz. [[L:San Zaccaria]], [[L:Ravenna]]. link in bio: [[U:linktr.ee/birrabaldo]]",
            ),
            ("a", "perfetto, parte {{D:lunedì}} con {{B:GLS}}. il birraio [[P:Nicola]] 🍻"),
            ("c", "grazie! cito anche il mastro birraio? come si chiama di cognome?"),
            ("a", "[[P:Nicola Fabbri]] 😊 su ig è [[H:nico.fabbri.brewer]]"),
        ],
    },
    # 42. Brewery: stretch goal missed, extra refunded to an Italian IBAN
    {
        "business": "brewery",
        "platform": "whatsapp",
        "customer": "Tomasz Nowak",
        "lang": "en",
        "start": "2025-05-12T19:30:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Tomasz Nowak]] here. The stretch goal {{PD:Barrel Aged Stout}} wasn't reached, so can I get back the extra {{$:€25}}?",
            ),
            ("a", "Hi [[P:Tomasz]]! yes, stretch goal extras are refunded. IBAN please"),
            (
                "c",
                "[[I:IT57 X062 3013 1000 0004 6571 902]], holder [[P:Tomasz Nowak]]. I live in [[L:Marina di Ravenna]] now, [[A:lungomare Cristoforo Colombo 5, piano 2]]",
            ),
            ("a", "refund of {{$:€25}} on its way, ref {{R:RF-0611}}. thanks - [[P:Ilaria]]"),
            ("c", "dzięki! 🍺", "pl"),
        ],
    },
    # 43. Agency: a talent manager sends her roster with every kind of profile link
    {
        "business": "agency",
        "platform": "instagram",
        "customer": "Kemi Adebayo",
        "lang": "en",
        "start": "2025-05-05T14:00:00",
        "messages": [
            (
                "c",
                "hi! [[P:Kemi Adebayo]] here, I manage a few creators based in [[L:Turin]] and [[L:Lyon]], sending you the roster 👇",
            ),
            (
                "c",
                "1) [[P:Tayo]] - [[U:instagram.com/tayo.eats]], [[U:https://www.tiktok.com/@tayoeats]]\n2) [[P:Lin Qiao]] - [[U:x.com/linqiao_art]], [[U:threads.net/@linqiao.art]]\n3) [[P:Diego Fernández]] - [[U:https://www.facebook.com/diego.fernandez.creator]], snap [[H:diegof_snaps]]\n4) [[P:Ruth Okonkwo]] - site [[U:ruthokonkwo.com]], newsletter [[U:ruthokonkwo.substack.com]]",
            ),
            ("a", "thanks [[P:Kemi]]! strong roster. can we book a call this week?"),
            (
                "c",
                "sure, grab a slot here [[U:calendly.com/kemi-adebayo/30min]]. email [[E:kemi@adebayo-talent.example]], scouting fee via [[U:paypal.me/kemiadebayo]]",
            ),
            (
                "c",
                "oh and [[P:Tayo]]'s link in bio got flagged so he writes it like [[U:linktr . ee / tayo . eats]] lol",
            ),
            ("a", "haha classic. booked {{D:Thursday}} {{TM:10:00}} - [[P:Giorgia]]"),
        ],
    },
    # 44. Streetwear: group order for a five-a-side team, names printed on the back
    {
        "business": "street",
        "platform": "telegram",
        "customer": "Kwame B.",
        "lang": "it",
        "start": "2025-05-09T21:10:00",
        "messages": [
            (
                "c",
                "we ciao, ordine di gruppo x la squadra di calcetto 😎 scrivo io x tutti: [[P:Pasquale]] [[E:pasquale.ianniello@gmail.com]], [[P:Vincenzo]] [[E:vinz.capasso@yahoo.it]], [[P:Raffaele]] [[E:raffa_97@libero.it]], io sono [[P:Kwame Boateng]] [[E:kwame.boateng@icloud.com]]",
            ),
            (
                "a",
                "grande [[P:Kwame]]! 4 {{PD:felpe Golfo}} personalizzate col nome? {{$:55€}} l'una",
            ),
            ("c", "si! nomi sul retro: [[P:PASQUALE]], [[P:VINZ]], [[P:RAFFA]], [[P:KWAME]]"),
            ("a", "ok. paghi tutto tu o separati?"),
            (
                "c",
                "ognuno la sua parte. mandate richiesta: io sono [[U:paypal.me/kwameboat]], [[P:Vinz]] ha solo revolut [[U:revolut.me/vinzcap]], gli altri alle mail sopra",
            ),
            (
                "c",
                "e taggateci quando le postate: @[[H:kwame.bt]] @[[H:pasqua_ianniello]] @[[H:vinz.capasso]] @[[H:raffa97_]]",
            ),
            ("a", "perfetto 👍 ordine {{O:VS-2402}}. [[P:Nunzia]]"),
        ],
    },
    # 45. Gaming: squad registration with gamer tags from every platform
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Ayaan",
        "lang": "en",
        "start": "2025-05-14T17:25:00",
        "messages": [
            ("c", "hey, registering my squad for the {{PD:Rocket League}} 3v3 cup 🚗⚽"),
            ("a", "nice! send name + tags + email for each player"),
            (
                "c",
                "me: [[P:Ayaan Sheikh]], discord [[H:ayaan.rl]], epic [[H:AyaanRL_07]], [[E:ayaan.sheikh07@gmail.com]]\n[[P:Noah Church]], discord [[H:noahc_]], psn [[H:NoahChurch-UK]], [[E:noah.church@btinternet.example.com]]\n[[P:Ferdinando]] aka [[P:Nando]], xbox [[H:NandoTheWall92]], [[E:nando.ferrari@fastwebnet.it]]",
            ),
            ("a", "all set, team ref {{R:RL-CUP-031}}. will you stream it?"),
            (
                "c",
                "yep on [[U:kick.com/ayaansheikh]] and [[U:twitch.tv/noahc_plays]] 📺 our coach is [[P:Grace Yamamoto]], battle.net [[H:GraceY#21874]]. pls whitelist our home IP [[IP:79.18.220.147]] for the scrim server",
            ),
            ("a", "done, see you {{D:Saturday}} {{TM:14:00}} - [[P:Edo]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(36, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
