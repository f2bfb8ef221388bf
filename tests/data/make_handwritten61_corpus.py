# ruff: noqa: E501
"""Hand-written blind test corpus no. 61 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten61_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a nail and beauty studio in Salerno, an electrician
doing home visits in Rimini, a sailing school in La Spezia, a translation agency in Bolzano, a
nursery school in Monza and a furniture upholsterer in Treviso who collects and delivers.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten61_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten61_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "nails": "Carmela Nails & Beauty",
    "electric": "Elettro Service Rimini",
    "sailing": "Scuola Vela Golfo dei Poeti",
    "transl": "Alpenwort Traduzioni Bolzano",
    "nursery": "Il Girotondo - Nido e Scuola dell'Infanzia",
    "upholst": "Tappezzeria Dal Bo",
}
PAGE_IDS: dict[str, str] = {
    "nails": "661390482615903",
    "electric": "661390117384205",
    "sailing": "661390905263718",
    "transl": "661390338470162",
    "nursery": "661390760291548",
    "upholst": "661390244918067",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ nail studio, Salerno
    # 1. Two bookings (customer + cousin Rosa), colour "rosa", codice fiscale for the receipt
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Annu 💅",
        "lang": "it",
        "start": "2025-03-10T17:42:00",
        "messages": [
            (
                "c",
                "buonasera, vorrei prenotare un semipermanente x sabato, sono [[P:Annunziata]] ma tutti mi chiamano [[P:Annu]] 😅",
            ),
            (
                "a",
                "Ciao [[P:Annu]]! Sabato {{D:15 marzo}} ho libero alle {{TM:10:30}} oppure alle {{TM:16}}. Il semi mani viene {{$:25€}}, con la french {{W:bianca}} {{$:30€}}. [[P:Carmela]]",
            ),
            (
                "c",
                "10 e 30 perfetto. posso portare anche mia cugina [[P:rosa]]? lei vuole la ricostruzione in gel, su ig la trovi come [[H:rosetta_esp94]]",
            ),
            (
                "a",
                "Certo, per [[P:Rosa]] metto le {{TM:11:30}} con [[P:Sabrina]], la ricostruzione sta {{$:45 €}}. Mi lasci un numero per lei?",
            ),
            (
                "c",
                "si è [[T:338 412 7790]]. io voglio un {{W:rosa}} cipria tipo quello della foto che avete messo per {{W:San Valentino}}",
            ),
            (
                "a",
                "Ah il {{PD:Rosa Cipria 112}} di {{B:Semilac}}! Te lo tengo da parte 💅 Puoi prenotare anche da {{W:www.treatwell.it}} la prossima volta",
            ),
            (
                "c",
                "grazie mille!! ah mi serve la fattura x il welfare aziendale, nome [[P:Annunziata Esposito]] cf [[CF:SPSNNZ91C54H703N]] mail [[E:annu.esposito91@example.it]]",
            ),
        ],
    },
    # 2. Bridal nails at home for a bride with Indian father; bridesmaids Ivy, Hope, Priya
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "bianca.kapoor_",
        "lang": "en",
        "start": "2025-04-02T09:15:00",
        "messages": [
            (
                "c",
                "Hi! I'm getting married on {{D:June 7th}} in [[L:Vietri sul Mare]]... do you do home service for bridal nails? I'm [[P:Bianca]] btw",
            ),
            (
                "a",
                "Hi [[P:Bianca]], congratulations!! 💍 Yes we do, the bridal package is {{$:120 €}} for the bride + {{$:35 €}} for each bridesmaid. Where will you be getting ready?",
            ),
            (
                "c",
                "at my nonna's house, [[A:via Costiera Amalfitana 41]], fraz. [[L:Raito]], the one with the wall covered in {{W:ivy}}. Me plus 3 bridesmaids: [[P:Ivy]], [[P:Hope]] and my sister [[P:Priya]] ([[P:प्रिया]] for the family chat lol)",
            ),
            (
                "a",
                "Perfect. Can you send me a photo of the nails you like? Our insta is {{B:@carmelanails.salerno}}, check the bridal highlights",
            ),
            (
                "c",
                "sure, my board is here [[U:pinterest.com/biancakapoor_weds]] 🤍 mostly milky white and a tiny bit of gold. [[P:Ivy]] wants something bold of course",
            ),
            (
                "a",
                "Gorgeous board! For the invoice I need your full name + codice fiscale if you have one, and an email",
            ),
            (
                "c",
                "[[P:Bianca Kapoor]], [[CF:KPRBNC88D61H703P]], mail [[E:bianca.kapoor [at] example [dot] com]]. I was born here in [[L:Salerno]] actually 😄 my dad is from [[L:Pune]], he's flying in, his place is [[A:Flat 302, Shivam Heights, Baner Road]], [[A:411045]] if you want to send him the photos after",
            ),
            (
                "a",
                "Ahah allora sei salernitana! Ti confermo per il {{D:7 giugno}} alle {{TM:8:00}}, veniamo io e [[P:Sabrina]]. A presto, [[P:Carmela]]",
                "it",
            ),
        ],
    },
    # 3. Home pedicure for an elderly mother called Speranza; "speranza" as a word; dialect
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Titina R.",
        "lang": "it",
        "start": "2025-03-17T08:03:00",
        "messages": [
            (
                "c",
                "[[P:Carmè]] buongiorno sono [[P:Titina]] la figlia della signora [[P:Speranza]] quella che veniva il martedì",
            ),
            ("a", "Buongiorno [[P:Titina]]! Come no, la signora [[P:Speranza]] come sta?"),
            (
                "c",
                "eh insomma, nn cammina tanto bene, per questo volevo chiedere se venite a casa x la pedicure curativa. stiamo a [[L:pastena]] [[A:via lungomare colombo 212 scala b terzo piano]]",
            ),
            (
                "a",
                "A domicilio la pedicure curativa viene {{$:40 euro}} + {{$:5}} di spostamento. Giovedì mattina va bene? Viene [[P:Sabrina]] che con queste cose è bravissima",
            ),
            (
                "c",
                "giovedi va benissimo, la {{W:speranza}} è che le passa il dolore all unghia incarnita 🙏 sul citofono c'è scritto [[P:Ruggiero]] no [[P:Esposito]]",
            ),
            (
                "c",
                "ah e se nn rispondo chiamate mio marito [[P:Gennaro]] [[T:089 72 41 90]] o il cell suo [[T:+39 347 900 1183]]",
            ),
            (
                "a",
                "Perfetto, segnato: giovedì {{D:20/03}} ore {{TM:9.30}}. Un abbraccio alla signora [[P:Speranza]]!",
            ),
        ],
    },
    # 4. English tourists (Grace, Hope, Mark) near the Duomo; card sent in chat
    {
        "business": "nails",
        "platform": "messenger",
        "customer": "Grace Pemberton",
        "lang": "en",
        "start": "2025-05-03T18:20:00",
        "messages": [
            (
                "c",
                "Hello, are you open on Sunday? We're in [[L:Salerno]] for a week, staying near the {{W:Duomo}}. I'm [[P:Grace]]",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Sorry, on Sunday we're closed, but Monday from {{TM:9am}} we're open. What would you like?",
            ),
            (
                "c",
                "Gel mani for me and my friend [[P:Hope]], and my husband [[P:Mark]] says he wants a proper hand treatment too haha. Our Airbnb is at [[A:Via Francesco Conforti 9]], host is [[P:Gaetano]] ([[U:airbnb.com/users/show/48213377]]) if you need to find it",
            ),
            (
                "a",
                "Ahah [[P:Mark]] is welcome! Gel is {{$:30 €}}, men's manicure {{$:20 €}}. For parking there's the public garage {{W:Parcheggio Vinciprova}}, 5 min walk. Monday {{TM:10:00}} for all three?",
            ),
            (
                "c",
                "Perfect. Can I pay now to be sure? My card is [[C:4539 1200 7731 8424]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card details in chat 🙏 you can pay here by card or cash. See you Monday!",
            ),
            (
                "c",
                "oops sorry, my bad. [[P:Mark]] says thanks, we're from [[L:Harrogate]] and we never get nice nails like the Italian ones 😂 I'm on insta as [[H:grace.pemberton.x]] if you want to repost",
            ),
        ],
    },
    # 5. Beauty creator Viola proposes a collab; handles, link-in-bio, colour "viola", brand named after a person
    {
        "business": "nails",
        "platform": "instagram",
        "customer": "viola.mancuso",
        "lang": "it",
        "start": "2025-01-21T14:48:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Viola]], faccio contenuti beauty su tiktok ([[U:tiktok.com/@violette.nails_]]) e qui su ig [[H:@viola.mancuso]]. vi andrebbe una collab?",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Bello il tuo profilo 😍 mandaci pure il media kit, lo guardiamo con [[P:Carmela]]",
            ),
            (
                "c",
                "eccolo qui: [[U:linktr.ee/violamancuso]] trovate tutto, anche il canale yt ([[U:youtube.com/@violamancusobeauty]])",
            ),
            (
                "c",
                "come idea pensavo a una nail art {{W:viola}} e oro per il video di {{W:Carnevale}}, tipo a fine {{D:febbraio}}",
            ),
            (
                "a",
                "Ci piace! Per il {{W:viola}} abbiamo il {{PD:Viola Imperiale 07}} di {{B:Kiara Sky}}, con la foglia oro viene stupendo. Vieni {{D:martedì 4}} alle {{TM:15}}?",
            ),
            (
                "c",
                "si!! porto anche la mia videomaker [[P:Marisol]], lei è di [[L:Valencia]] ma vive a [[L:Baronissi]], ig [[H:marisol_films]]",
            ),
            (
                "a",
                "Perfetto, a martedì! Taggate {{B:@carmelanails.salerno}} nel post 💜 il kit oro te lo spediamo prima, ordine {{O:#10482}}, tracking {{TR:GLS 6H0027731182}}",
            ),
        ],
    },
    # 6. Ukrainian caregiver in non-native Italian; employer "signora Bruno"; business address
    {
        "business": "nails",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-03-24T19:05:00",
        "messages": [
            (
                "c",
                "Buonasera, mi chiamo [[P:Oksana Hrytsenko]] ([[P:Оксана]]), lavoro come badante per signora [[P:Bruno]] a [[L:Mercatello]]. Voglio fare laminazione ciglia, quanto costa?",
            ),
            (
                "a",
                "Buonasera [[P:Oksana]]! La laminazione ciglia viene {{$:35 €}}, dura circa un'ora. Quando è libera?",
            ),
            (
                "c",
                "Solo giovedi pomeriggio, è mio giorno libero. Prima io stavo a [[L:Ternopil]], là facevo ogni mese 🙂",
            ),
            (
                "a",
                "Giovedì {{D:27 marzo}} alle {{TM:15}} è libero. Mi lascia un numero per il promemoria?",
            ),
            (
                "c",
                "[[T:+39 351 228 0467]] o ucraino [[T:+380 67 481 2290]], whatsapp su tutti e due. Signora [[P:Bruno]] dice che suo nipote [[P:Gerardo]] vi conosce, lui ha scritto a voi da [[U:wa.me/393406671285]]",
            ),
            (
                "a",
                "Fatto! Lo studio è in [[A:Corso Garibaldi 188]], secondo piano, accanto alla {{W:Farmacia Centrale}}. A giovedì, [[P:Sabrina]]",
            ),
            (
                "c",
                "Grazie [[P:Sabrina]]! Vengo con mia amica [[P:Halyna]], forse lei vuole anche sopracciglia. Lei abita a [[L:Pontecagnano]]",
            ),
        ],
    },
    # 7. Formal complaint and refund by IBAN; "serena" as a word; Bar Stella
    {
        "business": "nails",
        "platform": "telegram",
        "customer": "Serena G.",
        "lang": "it",
        "start": "2025-04-09T10:31:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Serena Gallo]], ho fatto la ricostruzione da voi il {{D:2 aprile}} con la ragazza nuova, [[P:Luana]] credo. Dopo 4 giorni si sono staccate 3 unghie.",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Gallo]], ci dispiace moltissimo. Ci manda una foto? Possiamo rifarle gratis o rimborsarle i {{$:45,00 €}}",
            ),
            (
                "c",
                "Preferisco il rimborso, non abito più a [[L:Salerno]], mi sono trasferita a [[L:Battipaglia]] e non torno spesso. IBAN: [[I:IT02 J030 6915 2101 0000 0004 187]] intestato a me, la ricevuta a [[E:serenagallo@example.it]]",
            ),
            (
                "a",
                "Ricevuto. Il bonifico parte entro venerdì, causale {{R:RIMB-2025-014}}. Ci scusi ancora, [[P:Carmela Ruocco]]",
            ),
            (
                "c",
                "grazie, molto gentile. Tra l'altro ero {{W:serena}} all'idea di venire da voi perchè mi aveva consigliato [[P:Filomena]] del {{B:Bar Stella}}",
            ),
            (
                "a",
                "[[P:Filomena]] è una cara cliente, la salutiamo! Se cambia idea per il rifacimento siamo qui, {{TM:9-19}} dal martedì al sabato",
            ),
        ],
    },
    # ------------------------------------------------------------------ electrician, Rimini
    # 8. B&B owner, tripping breaker, invoice data with P.IVA and CF, a message in CAPS
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Loris B&B Gabbiano",
        "lang": "it",
        "start": "2025-06-14T06:52:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Davide]], sono [[P:Loris]] del B&B in [[A:via Tripoli 57]], mi salta il salvavita ogni volta che accendo la lavastoviglie, la {{B:Miele}} nuova, ma vè, una roba da matti",
            ),
            (
                "a",
                "Ciao [[P:Loris]], probabile dispersione sulla linea cucina. Domani alle {{TM:8:30}} passo io, l'uscita è {{$:50 €}} + iva e poi si vede",
            ),
            (
                "c",
                "SALTATO DI NUOVO ADESSO CON LA DOCCIA ACCESA!!! [[P:DAVIDE]] SE PUOI VIENI PRIMA CHE HO GLI OSPITI SENZA LUCE",
            ),
            ("a", "Arrivo tra mezz'ora. Chi c'è a casa?"),
            (
                "c",
                "mia moglie [[P:Fiorella]], io sono al mercato. ci sono i tedeschi in camera 3, non fate troppo casino 😂",
            ),
            (
                "c",
                "per la fattura:\n{{B:Bed & Breakfast Il Gabbiano}} di [[P:Semprini Loris]]\n[[A:Via Tripoli 57]]\n[[A:47921]] [[L:Rimini]]\nP.IVA [[V:04128730993]]\nCF [[CF:SMPLRS78M02H294M]]\nSDI {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Trovato: la presa dietro la lavastoviglie era piena d'acqua. Sistemato, fattura {{R:FT 118/2025}} via SDI, se vuoi pagare subito [[I:IT12 L083 2761 2800 0000 0331 409]]. [[P:Davide]]",
            ),
        ],
    },
    # 9. Irish couple renovating a farmhouse in the hills; "Bill" as a name and "bill" as a word
    {
        "business": "electric",
        "platform": "messenger",
        "customer": "Siobhan O'Leary",
        "lang": "en",
        "start": "2025-04-05T16:10:00",
        "messages": [
            (
                "c",
                "Hi there, we bought an old farmhouse near [[L:Poggio Torriana]] and the wiring is a disaster. Could someone come for a quote? [[P:Siobhan]]",
            ),
            (
                "a",
                "Hello [[P:Siobhan]], sure. Quotes are free in the {{W:Rimini}} province. What is the exact address?",
            ),
            (
                "c",
                "[[A:Via Casale 14]], loc. [[L:Montebello]], [[A:47824]] [[L:Poggio Torriana]] (RN). {{B:Google Maps}} takes you to the wrong farm, so call me when you're at the church: [[T:+353 87 214 9063]]",
            ),
            (
                "c",
                "Also the electrician of the previous owner, a guy called [[P:Bill]] something, left an unpaid {{W:bill}} of {{$:900 euro}} for the fuse box 🙄 is that normal? His facebook is [[U:facebook.com/bill.casadei.elettrico]] if you know him",
            ),
            (
                "a",
                "We can't say without seeing it. [[P:Ilir]], our technician, can come {{D:Wednesday 9 April}} at {{TM:2:30 pm}}. Who will be there?",
            ),
            ("c", "[[P:Felix]]"),
            (
                "c",
                "sorry, sent too fast 😅 my husband [[P:Felix Brennan]], he speaks a bit of italian. Please email the quote to [[E:siobhan.oleary@example.ie]]. We post the whole renovation on insta, [[H:siobhan.rebuilds]] 😂",
            ),
            (
                "a",
                "Perfect, [[P:Ilir]] will call [[P:Felix]] when he's at the church. Quote by email within 2 days. [[P:Davide]]",
            ),
        ],
    },
    # 10. Elderly man, voice-to-text, daughter Marina, phone number spelled out, surname spelled
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Franco",
        "lang": "it",
        "start": "2025-02-11T09:26:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Franco Pazzaglia]] abito a [[L:viserba]] in [[A:via sacramora 33 interno 4]] mi si è bruciato il lampadario della sala e anche la presa vicino al televisore fa le scintille",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Pazzaglia]], stacchi subito quella presa dal quadro per sicurezza. Possiamo venire oggi pomeriggio tra le {{TM:15}} e le {{TM:17}}",
            ),
            (
                "c",
                "va bene ma io il quadro non so dovè mia figlia [[P:Marina]] lo sa lei la chiamo adesso",
            ),
            (
                "c",
                "mia figlia dice che il quadro è in cantina vicino alla caldaia il suo numero è [[T:tre tre nove quattro otto due uno cinque sette zero]] se non rispondo io la sua mail è [[E:marina.pazzaglia @ example.it]]",
            ),
            (
                "a",
                "Perfetto, se serve chiamiamo [[P:Marina]]. Arriva [[P:Ilir]] col furgone bianco con scritto {{B:Elettro Service}}. Per la fattura il cognome è con due zeta?",
            ),
            (
                "c",
                "si [[P:P A Z Z A G L I A]] e se trovate chiuso il portone suonate a [[P:Bartolini]] che è la vicina",
            ),
        ],
    },
    # 11. Polish customer, wallbox in a condominium, administrator's e-mail, IBAN, tracking
    {
        "business": "electric",
        "platform": "telegram",
        "customer": "Kasia W.",
        "lang": "en",
        "start": "2025-05-19T12:04:00",
        "messages": [
            (
                "c",
                "Hello, I write from telegram because my italian is bad. I'm [[P:Katarzyna Wójcik]], we need a wallbox for electric car in our garage in [[L:Miramare]]",
            ),
            (
                "a",
                "Hi [[P:Katarzyna]], no problem. Which car and which wallbox? Is the garage in a condominium?",
            ),
            (
                "c",
                "Car is {{PD:Skoda Enyaq}}, wallbox we want {{PD:Wallbox Pulsar Plus}} 7.4 kW. Yes condominium, administrator is mr [[P:Gualtieri]], his mail is [[E:studio.gualtieri@example.it]]",
            ),
            (
                "a",
                "Good, installation is about {{$:650 €}} + VAT, material excluded. You also need more power on the meter, you ask it on {{W:www.e-distribuzione.it}}. Address?",
            ),
            (
                "c",
                "[[A:Viale Principe di Piemonte 112/B]], garage number 7. My husband [[P:Tomasz]] is at home after 18, or my mother [[P:Halina]] who lives with us",
            ),
            (
                "a",
                "Thanks. For the deposit ({{$:200 €}}) you can pay by transfer to [[I:IT82 I050 3411 7010 0000 0027 315]], reason {{R:PREV 2025/061}}. The wallbox is ordered, {{O:ORD-552019}}, UPS {{TR:1Z9F4A726812047731}}",
            ),
            (
                "c",
                "Done, sent from my polish account, confirmation {{R:PL-TRF-8830142}}. Thank you [[P:Davide]]! 🙏",
            ),
        ],
    },
    # 12. Young woman called Gioia; cameras unreachable after a router change; IP addresses
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Gioia 🌻",
        "lang": "it",
        "start": "2025-09-02T20:37:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Gioia]] quella delle telecamere a [[L:Bellariva]], nn riesco più a vederle dal cell da quando ho cambiato router 😩",
            ),
            ("a", "Ciao [[P:Gioia]]! Probabile che sia cambiato l'indirizzo. Che IP ti dà l'app?"),
            (
                "c",
                "dice dispositivo non raggiungibile all'indirizzo [[IP:192.168.1.47]], il router nuovo invece è [[IP:192.168.0.1]]",
            ),
            (
                "a",
                "Eccolo. Va rimessa la telecamera sulla rete nuova. Passo io {{D:sabato}} mattina. Mi leggi anche l'IP pubblico su {{W:whatismyip.com}}?",
            ),
            (
                "c",
                "dice [[IP:93.44.187.212]]. che {{W:gioia}} se me le sistemi, sono via x lavoro tutta la settimana a [[L:Cesenatico]]",
            ),
            (
                "a",
                "Sabato {{TM:9:00}} da te. Ricordami l'indirizzo esatto che non ce l'ho sotto mano",
            ),
            (
                "c",
                "[[A:v.le Regina Elena nr 204]], citofono [[P:Fabbri-Ndiaye]], 2° piano. se non ci sono c'è il mio coinquilino [[P:Moussa]] (su tiktok è [[H:moussa.dkr_rn]] lo conoscono tutti) ([[T:+39 389 014 5526]])",
            ),
        ],
    },
    # 13. Gamer wants LED strips; twitch handle with "Leone"; father pays; friend's handle
    {
        "business": "electric",
        "platform": "instagram",
        "customer": "xX_Leone_Xx",
        "lang": "it",
        "start": "2025-10-18T15:55:00",
        "messages": [
            (
                "c",
                "bella raga, vi ho trovati su ig. mi servirebbe un impianto led x la stanza da gaming, faccio streaming su twitch come [[H:xX_Leone_Xx]]",
            ),
            ("a", "Ciao! Certo, facciamo anche illuminazione LED. Di che zona sei?"),
            (
                "c",
                "[[L:San Giuliano Mare]], abito con i miei. il canale è [[U:twitch.tv/xx_leone_xx]] se volete vedere la stanza, si vede dietro di me",
            ),
            (
                "a",
                "Vista 😄 Striscia RGB su tre pareti + alimentatore e controller wifi, sui {{$:280-320 €}} montata. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Leonardo]], ma tutti mi chiamano [[P:Leo]] o [[P:Leone]], anche perché sono del {{W:Leone}} 🦁 mio padre è [[P:Massimo Giorgetti]], è lui che paga 😂 fisso [[T:0541 38 27 64]], mail [[E:m.giorgetti@example.it]]",
            ),
            (
                "a",
                "Perfetto [[P:Leo]], chiamo tuo padre per l'appuntamento. Per gli effetti colore consiglio {{B:Philips Hue}} o le {{PD:Govee RGBIC}}",
            ),
            (
                "c",
                "govee va benissimo. ah il mio amico [[P:kevin]] ti segue, insta [[H:kevin.rossi_03]], su psn è [[H:KevRoss1_ITA]], ne vuole una uguale",
            ),
        ],
    },
    # 14. Condominium administrator, forwarded message with residents' names; Fortunato / fortunata
    {
        "business": "electric",
        "platform": "whatsapp",
        "customer": "Studio Ferri Amministrazioni",
        "lang": "it",
        "start": "2025-11-07T07:48:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono la dott.ssa [[P:Bianca Ferri]] dello {{B:Studio Amministrazioni Ferri}}. Nel condominio {{B:Residence Le Vele}} di [[A:via Coletti 140]] sono saltate le luci delle scale e del garage.",
            ),
            (
                "a",
                "Buongiorno dottoressa, mandiamo qualcuno entro le {{TM:11}}. Chi ci apre? Siamo chiusi solo a {{W:Santo Stefano}}, per il resto ci siamo sempre",
            ),
            (
                "c",
                "Inoltro il messaggio del condomino:\n> Buongiorno dott.ssa, sono [[P:Augusto Rinaldi]] int. 6, le scale sono al buio da ieri sera, mia moglie [[P:Felicita]] è quasi caduta. Il custode [[P:Fortunato]] non c'è fino a lunedì.",
            ),
            (
                "c",
                "Le chiavi del vano contatori le ha il sig. [[P:Rinaldi]], tel. [[T:333/4418207]]. Fattura intestata al condominio come sempre, rif. pratica {{R:COND-LV/2025/07}}, copia a [[E:b.ferri@studioferri.example.it]]",
            ),
            (
                "a",
                "Risolto: crepuscolare guasto + un teleruttore {{B:BTicino}} bruciato. La signora è stata {{W:fortunata}}, poteva andare peggio. Totale {{$:185,00 €}} iva compresa. [[P:Ilir]] / [[P:Davide]]",
            ),
            ("c", "Grazie infinite, sono {{W:felice}} che sia tutto risolto. Buona giornata!"),
        ],
    },
    # ------------------------------------------------------------------ sailing school, La Spezia
    # 15. Mother enrols her daughter Sole; "sole" as the sun; father Franco; school IBAN
    {
        "business": "sailing",
        "platform": "whatsapp",
        "customer": "Paola B.",
        "lang": "it",
        "start": "2025-05-28T11:12:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere mia figlia [[P:Sole]] (13 anni) al corso estivo optimist/laser di {{D:luglio}}. Ci sono ancora posti?",
            ),
            (
                "a",
                "Buongiorno! Sì, il turno {{D:7-18 luglio}} ha ancora 3 posti. Costo {{$:390 €}} con tessera {{B:FIV}} inclusa (info su {{W:www.federvela.it}}). Serve il certificato medico non agonistico. [[P:Serena]]",
            ),
            (
                "c",
                "perfetto. noi siamo di [[L:Parma]] ma d'estate stiamo a [[L:Lerici]] dai nonni, in [[A:via Biaggini 22]], quindi comodissimo",
            ),
            (
                "a",
                "Ottimo! Per l'iscrizione mi servono nome e cognome, data di nascita e una mail del genitore",
            ),
            (
                "c",
                "[[P:Sole Bertolazzi]], nata il 3 maggio 2012. mail mia [[E:paola.bertolazzi@example.it]], sono [[P:Paola]] la mamma. la quota a che iban la mando?",
            ),
            (
                "a",
                "Grazie [[P:Paola]]! IBAN [[I:IT95 P076 0115 2000 0103 8475 612]], causale nome della ragazza + {{R:ESTATE25-T2}}. Crema e cappellino obbligatori, il {{W:sole}} in mezzo al golfo picchia forte ☀️",
            ),
            (
                "c",
                "ahah glielo dico. il papà [[P:Franco]] vorrebbe fare il corso adulti intanto, c'è?",
            ),
            (
                "a",
                "Certo, il corso adulti weekend parte {{D:sabato 5 luglio}}, ne parlo con l'istruttore [[P:Gianluca]] e vi faccio sapere",
            ),
        ],
    },
    # 16. Australian couple (Jack and Rose) book a skippered day; "marina" as a harbour; skipper Bruno
    {
        "business": "sailing",
        "platform": "messenger",
        "customer": "Rose Whitfield",
        "lang": "en",
        "start": "2025-05-09T07:40:00",
        "messages": [
            (
                "c",
                "Hi! We're [[P:Jack]] and [[P:Rose Whitfield]] from [[L:Fremantle]], [[L:Australia]]. We'd love a day sail to the {{W:Cinque Terre}} on {{D:May 22}}, is that possible?",
            ),
            (
                "a",
                "Hi [[P:Rose]], hi [[P:Jack]]! Yes, a full day with skipper on our {{PD:Bavaria Cruiser 37}} is {{$:650 €}} for up to 6 people. Departure {{TM:9:30}} from {{W:Porto Mirabello}}, the {{W:marina}} next to the old town",
            ),
            (
                "c",
                "Amazing. There will be 4 of us, my brother [[P:Hamish]] and his partner [[P:Ngaio]] join. Is there a place to leave the car near the {{W:marina}}?",
            ),
            (
                "a",
                "Yes, paid parking right there. Your skipper will be [[P:Bruno]], 30 years on the water, he knows every cove 😊 Check the wind the day before on {{W:windy.com}} if you're nervous!",
            ),
            (
                "c",
                "Could [[P:Bruno]] pick us up instead? We're staying in [[L:Fezzano]], [[A:Via dei Pescatori 17A]], blue door. Otherwise we'll get the bus",
            ),
            (
                "a",
                "Sure, he can stop at the public pier below your street at {{TM:9:45}}. Deposit {{$:200 €}} to confirm, pay link {{W:https://pay.sumup.com/b2c/QX7J2KP1}}",
            ),
            (
                "c",
                "Paid! Tag us if you post, we're [[H:@rosie_and_jack_sail]] 😄 [[P:Rose]] says hi and asks if we can swim at {{W:Palmaria}}. Receipt to [[E:rose.whitfield@example.com.au]] please",
            ),
            (
                "a",
                "Of course, [[P:Bruno]] will anchor at {{W:Palmaria}}, bring masks! Booking {{R:BK-0522-07}}",
            ),
        ],
    },
    # 17. Freelance photographer proposes shooting the Palio; portfolio, behance, P.IVA, obfuscated e-mail
    {
        "business": "sailing",
        "platform": "instagram",
        "customer": "ginevra.lupi.ph",
        "lang": "it",
        "start": "2025-06-30T21:03:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Ginevra Lupi]], fotografa freelance di [[L:Sarzana]]. vi va se faccio le foto dal vostro gommone al {{W:Palio del Golfo}}? il portfolio è [[U:www.ginevralupi-foto.example.it]]",
            ),
            (
                "a",
                "Ciao [[P:Ginevra]]! Bellissime le foto di mare 😍 Per il {{W:Palio}} ad {{D:agosto}} un posto sul gommone appoggio si trova. Hai anche un profilo behance?",
            ),
            (
                "c",
                "si [[U:behance.net/ginevralupi]] e qui su ig sono [[H:ginevra.lupi.ph]]. se mi pagate faccio fattura, p.iva [[V:01873450116]]",
            ),
            (
                "a",
                "Perfetto, lo faccio confermare dal presidente, [[P:Stefano Bocchia]]. Ti giro anche il numero del gommonista, [[P:Bruno]]: [[T:+39 340 77 12 985]]",
            ),
            (
                "c",
                "grazie! il mio è [[T:3297081446]], mail [[E:ginevra punto lupi chiocciola example punto it]]. vengo con il mio assistente [[P:Tancredi]], abita a [[L:Romito Magra]]",
            ),
            (
                "a",
                "Segnato tutto. Ti scrivo a fine {{D:luglio}} con gli orari, intanto buon {{W:Ferragosto}} in anticipo 🌊",
            ),
        ],
    },
    # 18. Indian professional in Milan wants the boat licence; LinkedIn, address c/o, books shipped, card
    {
        "business": "sailing",
        "platform": "telegram",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2025-02-26T19:30:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Arjun Mehta]], I work in [[L:Milan]] and I want to get the Italian boat licence (patente nautica) with you on weekends. Is the course in English?",
            ),
            (
                "a",
                "Hi [[P:Arjun]]! Theory is in Italian but our instructor [[P:Gianluca]] explains in English too. Full course {{$:890 €}}, exam fee excluded.",
            ),
            (
                "c",
                "Good. What documents? I'm Indian citizen, resident in [[L:Italy]] since 2019, born in [[L:Jaipur]]",
            ),
            (
                "a",
                "Passport or permesso di soggiorno, codice fiscale, 2 photos and the medical certificate from the {{W:ASL}}. Send the scans here or by email.",
            ),
            (
                "c",
                "OK. Here my linkedin so you see I'm serious 😄 [[U:linkedin.com/in/arjun-mehta-pm]] and mail [[E:arjun.mehta.pm@example.com]]. Address for the course books: [[A:Via Conte Rosso 21]], [[A:20134]] [[L:Milano]], c/o [[P:Ferraris]]",
            ),
            ("c", "Can I pay the course with card? [[C:4917 6100 2284 5390]] exp 11/26"),
            (
                "a",
                "Please pay on site or by transfer, never write card numbers here 🙏 Books ordered ({{O:#A-20931}}) and shipped with {{B:BRT}}, tracking {{TR:BRT 0840 2217 6635}}.",
            ),
            ("c", "Brilliant, sorry. My wife [[P:Nandini]] may join next year 🙂"),
        ],
    },
    # 19. Team-building day, organiser sends a list of participants (many origins, Chinese script)
    {
        "business": "sailing",
        "platform": "whatsapp",
        "customer": "Daria",
        "lang": "it",
        "start": "2025-05-06T13:25:00",
        "messages": [
            (
                "c",
                "ciao, organizzo una giornata in barca per il mio team ({{B:Lumetta Software}}), siamo in 8 il {{D:13 giugno}}. vi mando la lista",
            ),
            (
                "c",
                "1. [[P:Matteo Ghelfi]] [[T:347 210 3391]]\n2. [[P:Stella Antonucci]]\n3. [[P:Wei Zhang]] ([[P:张伟]])\n4. [[P:Chukwuemeka Obi]] detto [[P:Emeka]], telegram [[H:@emeka_obi]]\n5. [[P:Valentina Rossi]]\n6. [[P:Amir Haddad]]\n7. [[P:Fortunato Cuccurullo]]\n8. io, [[P:Daria Ghelfi]]",
            ),
            (
                "a",
                "Ricevuto [[P:Daria]]! Per 8 persone usiamo due barche, il catamarano e il {{PD:First 40.7}}. Prezzo gruppo {{$:95 € a testa}} col pranzo a bordo. Chi è il capogruppo per il giorno?",
            ),
            ("c", "[[P:Matteo]]"),
            (
                "c",
                "[[P:Emeka]] e [[P:Wei]] non parlano italiano, gli istruttori parlano inglese? [[P:Stella]] è celiaca e [[P:Amir]] non mangia maiale",
            ),
            (
                "a",
                "Sì, [[P:Gianluca]] e [[P:Bruno]] parlano inglese. Il pranzo lo prepara la {{B:Trattoria Da Bruno}} di {{W:Portovenere}} 😄 (nessuna parentela col nostro skipper), celiaci e halal nessun problema",
            ),
            (
                "c",
                "ahah fantastico. la fattura va all'azienda, vi scrivo dalla mail di lavoro [[E:daria.ghelfi@lumettasoftware.example.com]]. [[P:Fortunato]] poi è il più {{W:fortunato}} di tutti, ha vinto lui l'ultimo posto alla lotteria interna",
            ),
        ],
    },
    # 20. French family cancels one child; French address; obfuscated e-mail of the husband
    {
        "business": "sailing",
        "platform": "messenger",
        "customer": "Céline Marchand",
        "lang": "en",
        "start": "2025-07-21T08:58:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Céline Marchand]], we booked the kids course for [[P:Noé]] and [[P:Victor]] in {{D:August}} but [[P:Victor]] broke his arm 😢 can we cancel?",
            ),
            (
                "a",
                "Oh no, poor [[P:Victor]]! Yes, with a medical certificate we refund 80%. Which booking number?",
            ),
            (
                "c",
                "Booking {{R:VEL-2025-0384}}. The certificate is in french, is it ok? Our adress is [[A:12 rue des Lilas]], [[A:69003]] [[L:Lyon]] if you must send a paper",
            ),
            (
                "a",
                "French is fine 🙂 [[P:Noé]] is still coming? He'd be in the group of [[P:Leone]] and [[P:Amina]], same age",
            ),
            (
                "c",
                "Yes [[P:Noé]] comes, he stays with his grand-mother [[P:Odile]] in [[L:Tellaro]] for 2 weeks. Please send documents also to my husband [[P:Rémi]], [[E:remi [at] marchand-famille [dot] example [dot] fr]]",
            ),
            (
                "a",
                "Done. Refund of {{$:312 €}} to the card ending 4471 within 10 days. Bon rétablissement à [[P:Victor]]! [[P:Serena]]",
            ),
        ],
    },
    # 21. Sailing vlog couple Ivo and Speranza; YouTube, blog, TikTok without @, boat named Speranza
    {
        "business": "sailing",
        "platform": "instagram",
        "customer": "ivo.e.speranza",
        "lang": "it",
        "start": "2025-08-12T17:44:00",
        "messages": [
            (
                "c",
                "Ciao! Siamo [[P:Ivo]] e [[P:Speranza]], giriamo il mediterraneo in barca e raccontiamo tutto su youtube ([[U:youtube.com/@duevele.unmare]]) e sul blog [[U:duevele-unmare.example.org]] 🌊",
            ),
            ("a", "Ciao ragazzi! Vi seguiamo già 😍 Come possiamo aiutarvi?"),
            (
                "c",
                "Arriviamo alla [[L:Spezia]] a {{D:settembre}}, vorremmo fare un video sulla vostra scuola. Ci trovate anche su tiktok come [[H:duevele_unmare]] e qui [[H:@ivo.e.speranza]]",
            ),
            (
                "a",
                "Volentieri! Vi presentiamo [[P:Gianluca]] e il mitico [[P:Bruno]], che ha fatto due volte la {{W:Barcolana}} 😄 Ci lasciate un contatto?",
            ),
            (
                "c",
                "certo, [[E:ivo.speranza AT example.org]] oppure whatsapp [[T:+39 328 664 0192]]. la barca si chiama {{W:Speranza}} come me 😂 ci ancoriamo in rada a [[L:Le Grazie]]",
            ),
            (
                "a",
                "Vi aspettiamo! Per le regole di ancoraggio in rada guardate qui: {{W:www.comune.portovenere.sp.it}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ translation agency, Bolzano
    # 22. Sworn translation of a degree; formal; CF; work address on a square named after a poet
    {
        "business": "transl",
        "platform": "messenger",
        "customer": "Stefan Oberhofer",
        "lang": "it",
        "start": "2025-01-14T08:20:00",
        "messages": [
            (
                "c",
                "Sehr geehrte Damen und Herren, scrivo in italiano: mi serve la traduzione giurata della mia laurea ({{W:Universität Innsbruck}}) dal tedesco all'italiano per un concorso. Mit freundlichen Grüßen, [[P:Stefan Oberhofer]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Oberhofer]], certo. Traduzione + asseverazione in tribunale: {{$:95 €}} a pagina + {{$:16 €}} di marca da bollo ogni 4 pagine. Quante pagine sono?",
            ),
            (
                "c",
                "Sono 3 pagine più il Diploma Supplement di 6. Per la fattura: [[P:Stefan Oberhofer]], [[A:Via Cappuccini 8/C]], [[A:39100]] [[L:Bolzano]], CF [[CF:BRHSFN85S23A952Y]], mail [[E:stefan.oberhofer(at)example.it]]",
            ),
            ("a", "Grazie. Consegna in 6 giorni lavorativi. Passa a ritirarla o la spediamo?"),
            (
                "c",
                "Ritiro io, lavoro in [[A:Piazza Walther 3]], due passi. Se non riesco passa la mia compagna [[P:Verena]]",
            ),
            ("a", "Perfetto. Pratica {{R:AW-2025-0912}}. Cordiali saluti, [[P:Evi Pichler]]"),
        ],
    },
    # 23. Romanian customer moved to Merano; birth/marriage certificates; Romanian IBAN and address
    {
        "business": "transl",
        "platform": "whatsapp",
        "customer": "Ioana P.",
        "lang": "en",
        "start": "2025-06-03T15:37:00",
        "messages": [
            (
                "c",
                "Hello, I need translation from romanian to italian of birth certificate and marriage certificate, for the comune of [[L:Merano]] where I moved. You do romanian?",
            ),
            (
                "a",
                "Hi! Yes, our Romanian translator is [[P:Daniela]]. Is it a sworn translation (asseverata)? {{$:45 €}} per document + sworn fee",
            ),
            (
                "c",
                "Yes sworn. My name is [[P:Ioana Popescu]], husband [[P:Andrei Popescu]]. We married in [[L:Cluj-Napoca]] in 2018, the old address on the certificate is [[A:Str. Memorandumului nr. 14, ap. 3]]. I send the photos now",
            ),
            (
                "c",
                "also the comune want my codice fiscale on the form: [[CF:PPSNIO90R45Z129O]]. Is correct that it says born in [[L:Romania]]? and please write to [[E:ioana_popescu90@example.ro]] or on telegram [[H:@ioana_pop90]]",
            ),
            (
                "a",
                "Yes, that's correct, Z129 is the foreign country code 🙂 Total {{$:152 €}}. You can pay to our account or cash",
            ),
            (
                "c",
                "I transfer from romanian bank, account [[I:RO66 BTRL 0130 1205 R384 72XX]], name on account is [[P:Andrei]] so don't be confused",
            ),
            (
                "a",
                "Received, thank you! Ready {{D:Thursday 12 June}}, our office is [[A:Via Museo 44]], 2nd floor. We send the originals back by raccomandata {{TR:RA482033751IT}}. [[P:Thomas]]",
            ),
        ],
    },
    # 24. US woman researching her South Tyrolean great-grandfather; blog; cousin Bill in Munich; Amex; DE IBAN
    {
        "business": "transl",
        "platform": "messenger",
        "customer": "Hope Gruber",
        "lang": "en",
        "start": "2025-03-04T22:05:00",
        "messages": [
            (
                "c",
                "Hi, my name is [[P:Hope Gruber]], I live in [[L:Milwaukee]]. My great-grandfather [[P:Josef Alois Gruber]] emigrated from [[L:St. Pankraz]] in [[L:Ultental]] in 1907. I have 14 letters in old German handwriting, can you translate them?",
            ),
            (
                "a",
                "{{W:Hope}} you're well! What a lovely project, [[P:Hope]]. Our colleague [[P:Thomas]] reads Kurrent. Could you send a scan so we can quote?",
            ),
            (
                "c",
                "Sure! They're all on my family history blog: [[U:gruberfamilyroots.example.com/letters]] — the first one is to his sister [[P:Maria Theresia]] in [[L:Lana]]",
            ),
            (
                "a",
                "Thank you. About {{$:35 €}} per letter, so around {{$:490 €}} for all 14. Payment by card or wire",
            ),
            (
                "c",
                "Can I use {{B:Amex}}? [[C:3782 146003 91586]]. Invoice to [[E:hope.gruber (at) example.com]], and my address is [[A:2218 N Farwell Ave]], [[L:Milwaukee]], WI [[A:53202]]",
            ),
            (
                "a",
                "Please no card numbers in chat 🙏 we'll send a secure payment link. Ref. {{R:AW-2025-1033}}",
            ),
            (
                "c",
                "Oh, then my cousin [[P:Bill Tschurtschenthaler]] will wire it from [[L:Germany]], his account [[I:DE81 7015 0000 0027 3849 15]]. He lives at [[A:Maximilianstraße 12]], [[A:80539]] [[L:München]] and says hi! Danke 🙏 [[P:Hope]]",
            ),
        ],
    },
    # 25. Teacher from Brunico: CV header pasted, Xing profile, Swiss IBAN, IP of the upload portal
    {
        "business": "transl",
        "platform": "telegram",
        "customer": "Sabine K.",
        "lang": "it",
        "start": "2025-09-15T16:18:00",
        "messages": [
            (
                "c",
                "Hallo! Scrivo in italiano così mi esercito 😅 sono [[P:Sabine Kofler]], insegnante di [[L:Brunico]], mi servirebbe tradurre il CV in inglese per un lavoro a [[L:Zurigo]]",
            ),
            (
                "a",
                "Ciao [[P:Sabine]]! Nessun problema. Il CV è di quante pagine? Serve anche la lettera di presentazione?",
            ),
            (
                "c",
                "2 pagine + lettera. Vi copio l'intestazione:\n[[P:Sabine Kofler]]\n[[A:Via Stegona 19]], [[A:39031]] [[L:Brunico]]\n[[T:+39 0474 55 18 20]] · [[E:sabine.kofler@example.it]]\n[[U:xing.com/profile/Sabine_Kofler3]]",
            ),
            (
                "a",
                "Va benissimo. CV + lettera {{$:120 €}}, consegna in 3 giorni. Traduce [[P:Thomas]], madrelingua inglese. Caricali pure sul nostro portale",
            ),
            (
                "c",
                "il portale mi dice accesso negato dall'indirizzo [[IP:151.38.204.77]] 🙄 ve li mando qui. Lo stipendio lo pagano su conto svizzero, ho già aperto questo: [[I:CH09 0076 7000 C091 8273 6]], va messo nel CV?",
            ),
            (
                "a",
                "No, l'IBAN nel CV non serve assolutamente 🙂 lo tolga pure. A presto, [[P:Evi]]",
            ),
        ],
    },
    # 26. Nigerian customer, police report and certificate; address on via Milano; brother's phone; t.me link
    {
        "business": "transl",
        "platform": "whatsapp",
        "customer": "Chiamaka",
        "lang": "en",
        "start": "2025-10-01T13:48:00",
        "messages": [
            (
                "c",
                "Good afternoon ma/sir. Please I need translation of my {{W:WAEC}} certificate and police report from english to italian for the {{W:Questura}}. My name is [[P:Chiamaka Okafor]]",
            ),
            (
                "a",
                "Good afternoon [[P:Chiamaka]]! Yes, sworn translation into Italian, {{$:60 €}} per document. Can you come to the office?",
            ),
            (
                "c",
                "I stay in [[L:Don Bosco]] area, [[A:via Milano 112]] near the {{B:Despar}}. I can come on friday after work, I finish {{TM:5pm}} from the hotel",
            ),
            (
                "a",
                "Friday until {{TM:6:30 pm}} is fine. Please bring the originals and your permesso",
            ),
            (
                "c",
                "Ok thank you. If any problem call my brother [[P:Obinna]] [[T:+234 803 555 1927]] or me [[T:380 412 2209]], telegram [[U:t.me/chiamaka_ok]]. My email [[E:chiamakaokafor at example dot com]]. God bless 🙏",
            ),
            ("a", "Thank you [[P:Chiamaka]], see you Friday! [[P:Evi]]"),
        ],
    },
    # 27. Chinese shopkeeper in Laives: names in Chinese script and caps, handle, shop handle, P.IVA
    {
        "business": "transl",
        "platform": "instagram",
        "customer": "lin.xiaoyu.bz",
        "lang": "it",
        "start": "2025-04-22T10:02:00",
        "messages": [
            (
                "c",
                "ciao, fate traduzioni dal cinese? sono [[P:Lin Xiaoyu]] ([[P:林晓雨]]), ho il negozio a [[L:Laives]] e devo tradurre l'atto di nascita di mio figlio [[P:Haoran]]",
            ),
            (
                "a",
                "Ciao [[P:Xiaoyu]]! Sì, abbiamo una traduttrice di cinese, [[P:Mei]]. L'atto è in cinese semplificato? Mandacelo in foto",
            ),
            (
                "c",
                "si semplificato. mio marito è [[P:Chen Wei]] ([[P:陈伟]]), anche il suo nome va tradotto? nel passaporto c'è scritto [[P:CHEN WEI]]",
            ),
            (
                "a",
                "I nomi si scrivono come nel passaporto, quindi [[P:CHEN WEI]] va benissimo. Per l'atto {{$:70 €}}, pronto in 5 giorni",
            ),
            (
                "c",
                "ok grazie. fattura al negozio, p.iva [[V:02987160211]]. su insta mi trovi come [[H:lin.xiaoyu.bz]], il negozio è {{B:@bazar_laives}}",
            ),
            ("a", "Perfetto, ti scriviamo appena è pronto. [[P:Evi]]"),
        ],
    },
    # 28. Austrian buying a flat in Bolzano; notary, lawyer's e-mail, Austrian address and IBAN
    {
        "business": "transl",
        "platform": "messenger",
        "customer": "Lukas Brunner",
        "lang": "en",
        "start": "2025-06-16T09:09:00",
        "messages": [
            (
                "c",
                "Servus! I write in english as my italian is poor. I'm buying a flat in [[A:Via Dante 27]] in [[L:Bolzano]] and the notary wants a translation of the compromesso into german",
            ),
            (
                "a",
                "Hi! Sure. Legal translations IT→DE are {{$:0,14 €}} per word, a compromesso is usually 2000-3000 words. Who is the notary?",
            ),
            (
                "c",
                "Dr. [[P:Irene Ambach]], her office is [[A:Corso Libertà 16]]. My lawyer in [[L:Austria]] is Mag. [[P:Florian Haid]], [[E:florian.haid@haid-recht.example.at]]",
            ),
            (
                "a",
                "Thank you, we know Dr. [[P:Ambach]]'s office well. Can you send the document? We'll quote on the exact words",
            ),
            (
                "c",
                "Sent by mail. Details for the invoice: [[P:Lukas Brunner]], [[A:Salvatorgasse 11]], [[A:6060]] [[L:Hall in Tirol]], [[L:Austria]]. I pay from [[I:AT16 2050 3000 0293 8471]]. Skype if needed: [[H:lukas.brunner.hall]]",
            ),
            (
                "a",
                "Perfect. 2.460 words → {{$:344,40 €}} + VAT. Delivery {{D:Monday 23 June}}. Pratica {{R:AW-2025-1107}}. Best, [[P:Evi Pichler]]",
            ),
            (
                "c",
                "Danke! Very kind. If I'm not reachable my partner [[P:Magdalena]] handles everything, [[T:+43 664 218 7730]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ nursery school, Monza
    # 29. Mother completes the enrolment: child's CF, paediatrician Rosa, pick-up list with phones
    {
        "business": "nursery",
        "platform": "whatsapp",
        "customer": "Chiara Colombo",
        "lang": "it",
        "start": "2025-08-25T07:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Chiara Colombo]], la mamma di [[P:Ginevra]] che inizia a {{D:settembre}} nella sezione dei {{W:Leoncini}}. Mi mancano ancora dei documenti per l'iscrizione",
            ),
            (
                "a",
                "Buongiorno [[P:Chiara]]! Ci serve il codice fiscale della bimba, il certificato vaccinale e i numeri di chi la viene a prendere. [[P:Franca]]",
            ),
            (
                "c",
                "Allora: CF [[CF:CLMGVR22H49F704R]]. la pediatra è la dott.ssa [[P:Rosa Mariani]] di [[L:San Rocco]], mail mia [[E:chiara.colombo82@example.it]]",
            ),
            (
                "c",
                "chi la prende: io [[T:339 12 48 706]], il papà [[P:Davide]] [[T:348.552.0193]] e la nonna [[P:Bianca]] [[T:039 2301 884]]",
            ),
            (
                "a",
                "Perfetto, grazie. Per la nonna serve anche una copia del documento per la delega. Ci porta tutto {{D:lunedì}}?",
            ),
            (
                "c",
                "si lunedì porto tutto. [[P:ginevra]] è allergica al kiwi, lo scrivo anche nel modulo",
            ),
            (
                "a",
                "Segnato 🥝❌ Ci vediamo lunedì alle {{TM:8:15}}! Il calendario dell'anno è anche su {{W:https://www.comune.monza.it}}",
            ),
        ],
    },
    # 30. British dad: babysitter from Slovakia, grandmother Grace, daughter Ivy; "stella" as a word
    {
        "business": "nursery",
        "platform": "messenger",
        "customer": "Mark Ellison",
        "lang": "en",
        "start": "2025-10-13T18:47:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Mark Ellison]], [[P:Ivy]]'s dad ({{W:Farfalle}} class). Quick one: from tomorrow her babysitter [[P:Zuzana Horváthová]] will pick her up on Tuesdays and Thursdays",
            ),
            (
                "a",
                "Hi [[P:Mark]]! No problem, we need a signed delega and a copy of [[P:Zuzana]]'s ID. Can you bring them in the morning?",
            ),
            (
                "c",
                "Sure. Also [[P:Ivy]]'s grandma [[P:Grace]] is visiting from [[L:Bristol]] next week and wants to see the school, is that ok? She's a retired teacher 😄",
            ),
            (
                "a",
                "Of course! Grandparents are always welcome, come at {{TM:4 pm}} for pick-up and [[P:Stella]] will show her around",
            ),
            (
                "c",
                "Lovely. Btw [[P:Ivy]] keeps singing a song about a {{W:stella}} and the moon, can you send me the lyrics? 😂",
            ),
            (
                "a",
                "Ahah it's {{W:Stella stellina}}! We'll put it in her bag tomorrow 🌟 Last week they also learnt {{W:Amazing Grace}} for the concert",
            ),
            (
                "c",
                "Thanks a million. New address for the file, we moved last month: [[A:Viale Cesare Battisti 61, scala A, int. 5]], [[L:Monza]]. [[P:Zuzana]]'s number is [[T:+421 905 318 442]], I'm also on telegram as [[H:@mark_ellison_mb]]",
            ),
        ],
    },
    # 31. Grandfather Felice (voice-to-text), grandson Bruno/Brunetto, hospital San Gerardo
    {
        "business": "nursery",
        "platform": "whatsapp",
        "customer": "Nonno Felice",
        "lang": "it",
        "start": "2025-03-20T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno maestra sono il nonno [[P:Felice]] il nonno di [[P:Brunetto]] volevo dire che oggi lo viene a prendere mia moglie [[P:Gioconda]] perché io ho la visita in ospedale al {{W:San Gerardo}}",
            ),
            (
                "a",
                "Buongiorno nonno [[P:Felice]]! Va bene, la nonna [[P:Gioconda]] è già nelle deleghe. In bocca al lupo per la visita!",
            ),
            (
                "c",
                "grazie maestra [[P:Stela]] lei è sempre gentile. [[P:Bruno]] ieri era tanto {{W:felice}} per la {{W:festa del papà}}",
            ),
            (
                "a",
                "Sì, ha fatto un disegno bellissimo con il {{W:sole}} e la barca, per il papà [[P:Gianni]]",
            ),
            (
                "c",
                "il papà è in trasferta a [[L:Cracovia]] fino a venerdì glielo mando in foto. noi abitiamo in [[A:p.zza Trento e Trieste 4]] se serve lo porto io a casa sua",
            ),
            ("a", "Che bello! Glielo diamo direttamente a [[P:Bruno]], buona giornata nonno 🙂"),
        ],
    },
    # 32. Peruvian educator applies as a substitute: link-in-bio, blog, obfuscated e-mail, Lissone
    {
        "business": "nursery",
        "platform": "instagram",
        "customer": "milagros.canta",
        "lang": "it",
        "start": "2025-07-02T12:14:00",
        "messages": [
            (
                "c",
                "Salve! mi chiamo [[P:Milagros Quispe]], sono educatrice e ho visto che cercate una supplente. Vi posso mandare il cv?",
            ),
            (
                "a",
                "Ciao [[P:Milagros]]! Sì, grazie, puoi mandarlo qui o portarlo a mano. Chi ti ha parlato di noi?",
            ),
            (
                "c",
                "me ne ha parlato [[P:Serena]] che lavorava con voi l'anno scorso. faccio anche laboratori di musica, trovi tutto qui [[U:linktr.ee/milagros.edu]] e sul mio blog [[U:educare-giocando.example.org/chi-sono]], su ig sono [[H:milagros.canta]]",
            ),
            (
                "c",
                "i miei contatti: [[E:milagros punto quispe chiocciola example punto com]], cell [[T:+39 351 600 2284]]. abito a [[L:Lissone]] in [[A:via Matteotti 9]], ma sono nata a [[L:Cusco]] 🇵🇪",
            ),
            (
                "a",
                "Grazie [[P:Milagros]], la coordinatrice [[P:Franca Meregalli]] ti chiama {{D:giovedì}} per un colloquio",
            ),
            (
                "c",
                "perfetto!! sono molto {{W:felice}} 😊 per essere {{W:franca}} ci speravo tanto, grazie mille",
            ),
        ],
    },
    # 33. Bangladeshi mother pays the fee: school IBAN, INPS link, husband's Bangladeshi phone
    {
        "business": "nursery",
        "platform": "telegram",
        "customer": "Nusrat Rahman",
        "lang": "en",
        "start": "2025-10-02T16:33:00",
        "messages": [
            (
                "c",
                "Hello teacher, I am [[P:Nusrat]], mother of [[P:Rayan Hossain]]. I want to pay the {{D:October}} fee, what is the bank account?",
            ),
            (
                "a",
                "Hi [[P:Nusrat]]! The fee is {{$:480 €}}, IBAN [[I:IT18 O020 0812 8340 0010 4567 392]], reason: retta ottobre + child's name",
            ),
            (
                "c",
                "Ok. Can I get bonus nido from INPS? My husband [[P:Kamal]] says yes but the site is difficult",
            ),
            (
                "a",
                "Yes, you can apply on {{W:www.inps.it}} with SPID, section Bonus asilo nido. Our receipt will say {{B:Il Girotondo}} and the amount paid",
            ),
            (
                "c",
                "Thank you so much. I paid now, transaction {{R:TRN 0025 8841 7720}}. If you need, my phone [[T:+39 320 911 4470]] and [[P:Kamal]]'s [[T:+880 1712 345 678]]",
            ),
            ("a", "Received, thank you! [[P:Stella]] says [[P:Rayan]] ate all his pasta today 😄"),
        ],
    },
    # 34. Freelance graphic designer father asks invoices in his name: P.IVA, PEC, portfolio; "viola" jacket
    {
        "business": "nursery",
        "platform": "whatsapp",
        "customer": "Alessio Brambilla",
        "lang": "it",
        "start": "2025-11-04T21:16:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Alessio Brambilla]], papà di [[P:Viola]] ({{W:Pulcini}}). mi potete intestare le fatture della retta a me? sono libero professionista",
            ),
            ("a", "Ciao [[P:Alessio]], certo. Ci mandi i dati?"),
            (
                "c",
                "[[P:Alessio Brambilla]] - grafico\n[[A:Via Increa 52]]\n[[A:20861]] [[L:Brugherio]] (MB)\nP.IVA [[V:07341020159]]\nPEC [[E:alessio.brambilla@pec.example.it]]\nportfolio [[U:dribbble.com/alebrambilla]]",
            ),
            (
                "a",
                "Ricevuto. Per la detrazione serve la fattura intestata al genitore che paga, quindi ok. [[P:Franca]]",
            ),
            (
                "c",
                "perfetto. ah [[P:Viola]] ha lasciato a scuola il giubbotto {{W:viola}} con le stelline, l'avete visto? la nonna [[P:Ornella]] lo cerca da giorni",
            ),
            (
                "a",
                "Sì! È nella cesta degli oggetti smarriti, lo mettiamo nell'armadietto 💜 e il {{D:6 gennaio}} niente scuola, c'è la {{W:Befana}}!",
            ),
        ],
    },
    # 35. Moroccan mother in non-native Italian: Arabic script, Christmas party, sister from Casablanca
    {
        "business": "nursery",
        "platform": "messenger",
        "customer": "Fatima Zahra",
        "lang": "it",
        "start": "2025-12-09T19:21:00",
        "messages": [
            (
                "c",
                "buonasera maestra, io sono [[P:Fatima Zahra El Amrani]] ([[P:فاطمة الزهراء]]), mamma di [[P:Yasmine]]. per la festa di {{W:Natale}} io posso portare dolci marocchini?",
            ),
            (
                "a",
                "Buonasera [[P:Fatima]]! Certo, che bello! La festa è {{D:venerdì 19 dicembre}} alle {{TM:16:30}}. Attenzione solo alla frutta secca per le allergie",
            ),
            (
                "c",
                "ok senza mandorle. mia sorella [[P:Khadija]] viene da [[L:Casablanca]] per {{W:natale}}, puo venire anche lei alla festa?",
            ),
            (
                "a",
                "Certo, le zie sono le benvenute! Ricordatevi di firmare la liberatoria per le foto",
            ),
            (
                "c",
                "si firmato. mio marito [[P:Rachid]] chiede se le foto poi le mettete su facebook, noi preferiamo di no per [[P:Yasmine]]. noi abitiamo a [[L:Sesto San Giovanni]], [[A:via Fratelli Bandiera 27]], se dovete mandare una lettera",
            ),
            (
                "a",
                "Tranquilla, le foto le mandiamo solo ai genitori in privato. A venerdì! [[P:Stella]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ upholsterer, Treviso
    # 36. Venetian dialect; sofa from grandma; lives in the town called Paese; CF; son Nicola
    {
        "business": "upholst",
        "platform": "whatsapp",
        "customer": "Marina Z.",
        "lang": "it",
        "start": "2025-03-31T08:44:00",
        "messages": [
            (
                "c",
                "Bongiorno sior [[P:Renso]], son la [[P:Marina Zanatta]], gavemo un divano de la nonna da rifoderar, el xe de velluto ormai tuto consumà",
            ),
            (
                "a",
                "Bongiorno siora [[P:Marina]]! Xe sempre un piaser. La me manda na foto? E dove la abita adesso?",
            ),
            (
                "c",
                "a [[L:Paese]], frazion [[L:Castagnole]], [[A:via Postumia civico 31]]. te mando le foto 📷",
            ),
            (
                "a",
                "Bel divano! Col {{PD:velluto Zoe}} de {{B:Rubelli}} verde salvia vien sui {{$:1.150 €}}, prezo {{W:franco}} domicilio, ritiro e consegna compresi. Acconto {{$:300 €}} su [[I:IT27 W031 1162 1700 0000 0012 958]]",
            ),
            (
                "c",
                "va ben. per la fatura: [[CF:ZNTMRN67A70L407V]]. e se no trovè nissuni chiamè mio fio [[P:Nicola]] [[T:340 8812 054]], lu el lavora in zona industriale qua vicin",
            ),
            (
                "a",
                "Perfeto. Martedì {{D:8 aprile}} verso le {{TM:9}} semo là mi e [[P:Mattia]]. [[P:Renzo]]",
            ),
            (
                "c",
                "graziee. ah un'altra roba: sul campanel xe scrito [[P:Zanatta-Pavan]], el cognome de mio marì [[P:Gigi]]",
            ),
        ],
    },
    # 37. American family in Castelfranco: dining chairs, cat, US and Italian phones, "mark" as a word
    {
        "business": "upholst",
        "platform": "messenger",
        "customer": "Ashley Moreno",
        "lang": "en",
        "start": "2025-09-26T14:27:00",
        "messages": [
            (
                "c",
                "Hi! We're an American family living in [[L:Castelfranco Veneto]]. We have 6 dining chairs that need new seats, our cat destroyed them 😿 Do you pick up?",
            ),
            (
                "a",
                "Hi! Yes, we pick up and deliver in the whole {{W:Treviso}} province. Can you send photos? Fabric or leather?",
            ),
            (
                "c",
                "Fabric, something that doesn't show every {{W:mark}}, maybe with a small {{W:rose}} pattern? I'm [[P:Ashley Moreno]], address is [[A:Via Borgo Padova 118]], [[A:31033]] [[L:Castelfranco]]. I bought 2 of the chairs from this lady on marketplace, [[U:facebook.com/marketplace/profile/100082233419]], in case you need the brand",
            ),
            (
                "a",
                "Thanks [[P:Ashley]]! For a cat house I'd suggest an anti-scratch fabric like {{PD:Aquaclean}}, {{$:85 €}} per chair. Pickup {{D:Friday}} at {{TM:10 am}}?",
            ),
            (
                "c",
                "Friday works. My husband [[P:Rob]] will be home, I'm at work in [[L:Vicenza]]. His cell is [[T:(346) 218-0975]]... wait that's his US one, the italian one is [[T:+39 334 502 7718]]",
            ),
            (
                "a",
                "No problem, [[P:Mattia]] will call [[P:Rob]] on the Italian number. Your order is {{O:ORD-DB-0412}}, quote sent to your email",
            ),
            (
                "c",
                "Awesome, it's [[E:ashley DOT moreno AT example DOT com]] just in case. I'm on ig as [[H:ashley.in.italy]] btw. My sister [[P:Hope]] in [[L:Tucson]] will be so jealous of Italian craftsmanship lol",
            ),
        ],
    },
    # 38. Interior designer (sole trader) orders a headboard for a client; site, pinterest, houzz; colour "rosa"
    {
        "business": "upholst",
        "platform": "instagram",
        "customer": "rosafurlan.interiors",
        "lang": "it",
        "start": "2025-02-18T11:51:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Rosa Furlan]], interior designer (ig [[H:rosafurlan.interiors]], sito [[U:rosafurlan-design.example.it]]). Ho una cliente a cui serve una testiera imbottita su misura",
            ),
            ("a", "Ciao [[P:Rosa]]! Volentieri, dimensioni e tessuto?"),
            (
                "c",
                "180x120, bouclé {{W:rosa}} antico, te lo faccio arrivare io da {{B:Dedar}} (DHL {{TR:JJD0002249170053318}}). la cliente è la sig.ra [[P:Benedetta Zago]], [[A:Borgo Cavour 42]] a [[L:Treviso]], terzo piano senza ascensore 😬",
            ),
            (
                "a",
                "Il terzo piano senza ascensore lo conosciamo bene 😅 Testiera {{$:640 €}} + montaggio, ordine {{O:DB-2025-031}}. Fattura a te?",
            ),
            (
                "c",
                "si, intestata a [[P:Rosa Furlan]], p.iva [[V:03855290262]], [[A:Vicolo Rinaldi 5]], [[A:31100]] [[L:Treviso]]. mail [[E:rosa@rosafurlan-design.example.it]]",
            ),
            (
                "a",
                "Perfetto, consegna e montaggio da [[P:Zago]] in 3 settimane. Ti mando le foto del fusto prima di imbottire. [[P:Mattia]]",
            ),
            (
                "c",
                "grazie! le reference sono sul mio pinterest [[U:pinterest.it/rosafurlaninteriors]], board 'camera [[P:Zago]]'. e se vuoi lasciarmi una recensione sono su [[U:https://www.houzz.it/pro/rosafurlan]] 🙏",
            ),
        ],
    },
    # 39. Elderly Bruno Tonon; address split over two messages; "bruno" as a colour; Poltrona Frau
    {
        "business": "upholst",
        "platform": "whatsapp",
        "customer": "Bruno Tonon",
        "lang": "it",
        "start": "2025-04-14T17:09:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Bruno Tonon]], ho due poltrone anni 60, credo {{B:Poltrona Frau}}, da rifare. Me le venite a prendere?",
            ),
            ("a", "Buonasera sig. [[P:Tonon]], certo. Dove abita?"),
            ("c", "[[L:Silea]], [[A:str. Lanzaghe]]"),
            ("c", "[[A:numero 7]], la casa gialla dopo il capitello"),
            (
                "a",
                "Perfetto. Che tessuto vorrebbe? Abbiamo campionari in tutti i colori, anche {{B:Armani/Casa}}",
            ),
            (
                "c",
                "mia moglie [[P:Elda]] vuole un velluto color {{W:bruno}} come le originali, io le volevo verdi ma comanda lei 😄",
            ),
            (
                "a",
                "Un velluto {{W:bruno}} scuro ci sta benissimo col legno. Veniamo {{D:giovedì 17}} dopo le {{TM:14}}. Se non risponde chiamiamo il fisso?",
            ),
            ("c", "si, [[T:0422 36 15 09]]. oppure la vicina [[P:Stellina]] che ha le chiavi"),
        ],
    },
    # 40. British woman moving back to England: UK address, postcode, UK mobile, GB IBAN, pallet tracking
    {
        "business": "upholst",
        "platform": "telegram",
        "customer": "Imogen Hartley",
        "lang": "en",
        "start": "2025-06-23T10:40:00",
        "messages": [
            (
                "c",
                "Hello Mr [[P:Dal Bo]], it's [[P:Imogen Hartley]] — you redid my chesterfield last year in [[L:Asolo]]. We're moving back to [[L:England]], can you ship the two armchairs you're doing now?",
            ),
            ("a", "Hello [[P:Imogen]]! Of course, we can arrange a pallet courier. Where to?"),
            (
                "c",
                "[[A:27 Nightingale Lane]], [[L:Hebden Bridge]], [[A:HX7 6QB]], [[L:West Yorkshire]]. Mobile [[T:07700 918 342]], email [[E:imogen.hartley@example.co.uk]]",
            ),
            (
                "a",
                "Shipping with {{B:Palletways}} is about {{$:390 €}}. Armchairs ready {{D:3 July}}.",
            ),
            (
                "c",
                "Fine. If you need to refund anything my UK account is [[I:GB77 BARC 2045 1970 3581 62]]. My son [[P:Oliver]] will receive them, I'll be in [[L:Lisbon]] with [[P:Hugh]] that week",
            ),
            (
                "a",
                "Shipped! Tracking {{TR:PW-77310845-IT}}, you can follow it on {{W:palletways.com}}. Best, [[P:Renzo Dal Bo]]",
            ),
            ("c", "Wonderful, thank you [[P:Renzo]]! [[P:Oliver]] says they look brand new"),
        ],
    },
    # 41. Van-life couple Nico and Gioia: TikTok without @, Instagram, site, YouTube, dog called Fortunato, card
    {
        "business": "upholst",
        "platform": "whatsapp",
        "customer": "Nico & Gioia 🚐",
        "lang": "it",
        "start": "2025-07-08T18:02:00",
        "messages": [
            (
                "c",
                "ciao!! siamo [[P:Nico]] e [[P:Gioia]], viviamo in furgone, ci servono i cuscini nuovi per la dinette 🚐",
            ),
            (
                "a",
                "Ciao ragazzi! Misure e che tessuto? Per il camper consiglio sfoderabile e idrorepellente",
            ),
            (
                "c",
                "vi mando le misure. ci seguite? tiktok [[H:nicoegioia.invan]], insta [[H:@nico_e_gioia]], i video lunghi su [[U:youtube.com/@nicoegioiainvan]] e sul sito [[U:nicoegioia.example.com/diario]] raccontiamo i lavori",
            ),
            (
                "a",
                "Bello! Se volete taggateci, siamo {{B:@tappezzeria.dalbo}} 😄 Tessuto {{B:Sunbrella}} blu navy, 4 cuscini {{$:420 €}}",
            ),
            (
                "c",
                "top. il furgone è parcheggiato da mia mamma [[P:Loredana]] a [[L:Zerman]], [[A:via Bonisiolo 3]]. [[P:Gioia]] dice di fare anche un cuscino per il cane, si chiama {{W:Fortunato}} 😂",
            ),
            (
                "a",
                "Ahah per {{W:Fortunato}} il cuscino è in omaggio! Passiamo {{D:sabato}} mattina",
            ),
            (
                "c",
                "grazie mille!! vi paghiamo con carta al ritiro, anzi ecco [[C:5423 1099 8120 7365]] così fate prima",
            ),
            ("a", "No no, meglio di persona col POS 🙏 cancellate il messaggio! [[P:Mattia]]"),
        ],
    },
    # 42. Spanish researcher, grandmother's pouf; mixed Italian/English; Spanish IBAN; ResearchGate profile
    {
        "business": "upholst",
        "platform": "instagram",
        "customer": "lucia.fdz.ortega",
        "lang": "it",
        "start": "2025-11-19T13:13:00",
        "messages": [
            (
                "c",
                "Hola! sorry, hello 😅 I'm [[P:Lucía Fernández Ortega]], researcher at the university here in [[L:Treviso]] ([[U:researchgate.net/profile/Lucia-Fernandez-Ortega]]). I have a pouf from my abuela [[P:Remedios]] that I want to recover",
                "en",
            ),
            (
                "a",
                "Ciao [[P:Lucía]]! Puoi scrivere anche in italiano se preferisci 🙂 Mandaci una foto del pouf",
            ),
            (
                "c",
                "Ok provo in italiano: il pouf è tondo, 60 cm. Abito a [[L:Santa Maria del Rovere]], [[A:viale della Repubblica 88, int. 3]]",
            ),
            (
                "a",
                "Perfetto. Nuova imbottitura + tessuto {{$:180 €}}. Ritiro {{D:mercoledì}}? Acconto {{$:50 €}} con bonifico. Il tessuto lo puoi scegliere anche sul sito {{W:www.rubelli.com}}",
            ),
            (
                "c",
                "Va bene, ho fatto il bonifico dal mio conto spagnolo [[I:ES36 0081 0216 7100 0173 8294]], spero arriva 🙏 my boyfriend [[P:Javi]] is at home on Wednesday morning",
            ),
            ("a", "Arrivato! [[P:Javi]] ci apre mercoledì alle {{TM:9:30}}. Grazie, [[P:Mattia]]"),
            (
                "c",
                "Gracias! And grazie 😄 my abuela will be so happy, she lives in [[L:Ronda]] and I'll send her photos, and post them on ig, I'm [[H:lucia.fdz.ortega]]",
                "en",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(61, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
