# ruff: noqa: E501
"""Hand-written blind test corpus no. 77 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
phone number, e-mail, address and handle is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive.

The businesses: a hair and beauty salon, a seaside B&B, an e-bike shop, a catering service for
events, an optician and a second-hand book shop that ships; all invented.

Regenerate with: ``.venv/bin/python make_handwritten77_corpus.py`` from this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten77_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "salone": "Studio Capelli Ninfea",
    "bnb": "B&B Le Due Conchiglie",
    "ebike": "Pedalò E-Bike Lab",
    "catering": "Tavola Viva Catering",
    "ottica": "Ottica Fumagalli",
    "libri": "Il Segnalibro Usato",
}
PAGE_IDS: dict[str, str] = {
    "salone": "677550104837261",
    "bnb": "677550219384756",
    "ebike": "677550382910475",
    "catering": "677550447261938",
    "ottica": "677550590183746",
    "libri": "677550631847295",
}

CONVERSATIONS: list[Conversation] = []


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(77, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


# --- Studio Capelli Ninfea (hair and beauty salon) ---------------------------------------
CONVERSATIONS += [
    {
        "business": "salone",
        "platform": "instagram",
        "customer": "fede.marchetto",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            ("c", "ciaoo vorrei prenotare taglio e piega x sabato mattina se c posto 🙏"),
            (
                "a",
                "Ciao! Sabato {{D:8 marzo}} abbiamo libero alle {{TM:9:30}} oppure alle {{TM:11:45}}. A che nome segno?",
            ),
            (
                "c",
                "[[P:Federica Marchetto]] alle 930 va benissimo\ncmq sn [[H:@fede.marchetto]] anche su tiktok se mi cercate x le foto dopo ahah",
            ),
            ("c", "ah e mi serve anche x mia figlia [[P:Gaia]] ha 7 anni solo spuntatina"),
            (
                "a",
                "Perfetto [[P:Federica]], segnate tu e [[P:Gaia]] alle {{TM:9:30}} 😊 il taglio bimba è {{$:15€}}, taglio e piega {{$:38€}}. Mi lasci un numero per conferma?",
            ),
            ("c", "[[T:347 218 5590]]"),
            (
                "c",
                "se nn rispondo scrivete a mio marito [[P:Simone]] [[T:+39 328 0094 117]] o x mail [[E:fede.marchetto91@example.it]]\nabitiamo a [[L:Sistiana]] quindi ci mettiamo un po ad arrivare",
            ),
            ("a", "Fatto! A sabato 💇‍♀️ [[P:Giulia]] - {{B:Studio Capelli Ninfea}}"),
        ],
    },
    {
        "business": "salone",
        "platform": "whatsapp",
        "customer": "Rosa Delbello",
        "lang": "it",
        "start": "2025-03-11T16:40:00",
        "messages": [
            (
                "c",
                "Buonasera sono la sig.ra [[P:Delbello]] volevo sapere se il colore {{PD:Rosso Tiziano}} lo fate ancora o se avete cambiato marca",
            ),
            (
                "a",
                "Buonasera signora [[P:Delbello]]! Sì, usiamo sempre la linea {{B:Davines}}, il {{PD:Rosso Tiziano}} c'è. Vuole fissare?",
            ),
            (
                "c",
                "si ma nn posso venire io in salone ho la gamba rotta 😩 fate anche a domicilio? abito a [[L:Opicina]] [[A:strada per Vienna 41]]",
            ),
            ("c", "citofono [[P:Delbello]]-[[P:Furlan]] secondo piano"),
            (
                "a",
                "Ci dispiace molto! Il servizio a domicilio lo fa la nostra [[P:Rosa]], di solito il martedì pomeriggio. Supplemento {{$:20 €}}. Le andrebbe bene {{D:martedì 18}} alle {{TM:15}}?",
            ),
            (
                "c",
                "benissimo grazie. x sicurezza vi lascio anche il fisso [[T:040 21 18 374]] che il cell nn sempre prende qui sul carso",
            ),
            ("a", "Segnato 👍 [[P:Rosa]] la chiama prima di partire. Buona guarigione!"),
        ],
    },
    {
        "business": "salone",
        "platform": "messenger",
        "customer": "Amira Haddad",
        "lang": "en",
        "start": "2025-04-02T11:05:00",
        "messages": [
            (
                "c",
                "hi! do u speak english? i am here in erasmus and need eyebrow threading + henna brows",
            ),
            (
                "a",
                "Hi! Yes of course 😊 We do threading ({{$:12€}}) and henna brows ({{$:25€}}). When would you like to come?",
            ),
            (
                "c",
                "tomorrow after 5pm? my name is Amira Haddad, A-M-I-R-A  H-A-D-D-A-D".replace(
                    "Amira Haddad", "[[P:Amira Haddad]]"
                ).replace("A-M-I-R-A  H-A-D-D-A-D", "[[P:A-M-I-R-A  H-A-D-D-A-D]]"),
            ),
            (
                "a",
                "Tomorrow {{D:3 April}} at {{TM:17:30}} is free, I'll put you down. Could you send a mobile number?",
            ),
            (
                "c",
                "its my number from [[L:Tunisia]] sorry [[T:+216 22 481 907]]\nor whatsapp to my friend [[P:Leila]] [[T:+39 351 7730 248]] we live together in [[A:via Rossetti 12]]",
            ),
            ("c", "also is the henna safe? my sister [[P:Yasmine]] had allergy once in [[L:Sfax]]"),
            (
                "a",
                "Good question! We always do a small patch test 48h before, so could you pop in today or tomorrow morning for 5 minutes? See you soon, Marco from the team".replace(
                    "Marco", "[[P:Marco]]"
                ),
            ),
            ("c", "ok thx i come today at 6 🙏✨"),
        ],
    },
    {
        "business": "salone",
        "platform": "instagram",
        "customer": "vale_sposa2025",
        "lang": "it",
        "start": "2025-04-20T21:12:00",
        "messages": [
            (
                "c",
                "ciao! mi sposo il {{D:14 giugno}} e vorrei la prova trucco e acconciatura, siamo io + 2 damigelle + la mamma",
            ),
            (
                "c",
                "le damigelle sono [[P:Bianca]] e [[P:Sere]], la mamma si chiama [[P:Lorena]] ma lei vuole solo la piega\nle damigelle vestono tutte {{W:rosa}} cipria",
            ),
            (
                "c",
                "il mio moroso [[P:dani]] dice di nn spendere troppo ahah ma [[P:Daniele]] nn capisce niente di capelli 😂",
            ),
            (
                "a",
                "Che bello, congratulazioni!! 💍 Per la sposa il pacchetto prova + giorno del matrimonio è {{$:280€}}. Dove vi preparate?",
            ),
            (
                "c",
                "a casa dei miei a [[L:Muggia]] in [[A:salita Cerei 7]]\npoi chiesa di {{W:San Francesco}} alle 11",
            ),
            ("a", "Ok, veniamo noi a domicilio. Per il preventivo scritto mi mandi una mail?"),
            (
                "c",
                "valentina punto sorrentino chiocciola libero punto it".replace(
                    "valentina punto sorrentino chiocciola libero punto it",
                    "[[E:valentina punto sorrentino chiocciola libero punto it]]",
                ),
            ),
            (
                "c",
                "il mio insta personale è [[U:instagram.com/vale.sorrentino]] se vuoi vedere che capelli ho 😂 questo è solo x le cose del matrimonio",
            ),
            (
                "a",
                "Ricevuto! Ti mando tutto entro domani. Un abbraccio, [[P:Giulia]] - {{B:Studio Capelli Ninfea}}",
            ),
        ],
    },
    {
        "business": "salone",
        "platform": "telegram",
        "customer": "Kofi",
        "lang": "en",
        "start": "2025-05-06T14:30:00",
        "messages": [
            (
                "c",
                "hello, do you cut afro hair? men. my barber [[P:Ebo]] moved back to [[L:Kumasi]] 😅",
            ),
            (
                "a",
                "Hello! Yes, our stylist [[P:Dario]] specialises in afro and textured hair. Fade starts at {{$:22€}}.",
            ),
            ("c", "nice. can u invoice to my company pls, i need it for the expenses"),
            (
                "c",
                "[[P:Kofi Mensah-Boateng]]\nP.IVA [[V:09182730458]]\n[[A:via Cologna 88/2]] [[A:34127]] [[L:Trieste]]",
            ),
            ("a", "Sure, no problem. Thursday at {{TM:18:00}} with [[P:Dario]]?"),
            ("c", "ok. my tg is [[H:kofi_mb]] if something change"),
            (
                "c",
                "and pls send the invoice also to my accountant [[P:Chiamaka Eze]], [[E:c.eze.accounts@example.com]]",
            ),
        ],
    },
]

# --- B&B Le Due Conchiglie (seaside B&B) ------------------------------------------------
CONVERSATIONS += [
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Jürgen Obermaier",
        "lang": "en",
        "start": "2025-02-17T08:20:00",
        "messages": [
            (
                "c",
                "Hello, we are two persons from [[L:Rosenheim]] and want to come for 5 nights in {{D:June}}, from {{D:12.06}} to {{D:17.06}}. Is a room with sea view free?",
            ),
            (
                "a",
                "Good morning and thank you for writing! Yes, our room {{PD:Conchiglia Blu}} with sea view is free, {{$:110€}} per night with breakfast.",
            ),
            (
                "c",
                "Wunderbar. Please reserve for [[P:Jürgen Obermaier]] and [[P:Heike Obermaier-Lindl]]. Our address for the invoice: [[A:Kufsteiner Straße 19a]], [[A:83022]] [[L:Rosenheim]], [[L:Deutschland]]",
            ),
            (
                "a",
                "Done! For the deposit of {{$:165€}} you can use bank transfer, our details {{W:will}} follow. Reference {{R:DC-2025-0612}} please.",
            ),
            (
                "c",
                "ok. if you must refund something our account is [[I:DE66 5001 0517 6488 2019 37]]",
            ),
            ("c", "and my mobile [[T:+49 171 5529038]]. We arrive with car around 16 Uhr"),
            (
                "c",
                "Unsere Tochter [[P:Lena]] kommt vielleicht eine Nacht dazu, sie studiert in [[L:Padua]]. Ihre Nummer ist [[T:+49 1523 7741920]].",
                "de",
            ),
            (
                "a",
                "Perfect, see you on {{D:12 June}}! Parking is free in front of the house. Best regards, [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Pino",
        "lang": "it",
        "start": "2025-03-29T19:02:00",
        "messages": [
            ("c", "salve x il ponte del {{D:25 aprile}} avete una doppia + lettino x bimbo?"),
            (
                "a",
                "Buonasera! Sì, la camera {{PD:Stella Marina}} ha spazio per il lettino, {{$:95€}} a notte colazione inclusa. Per quante notti?",
            ),
            (
                "c",
                "3 notti dal 24\nsiamo io mia moglie [[P:Speranza]] e il piccolo [[P:Tommaso]] di 1 anno",
            ),
            ("c", "veniamo da [[L:Caserta]] quindi arriviamo tardi tipo 22 è un problema?"),
            (
                "a",
                "Nessun problema, vi lasciamo le chiavi nella cassetta. Le mando il codice il giorno prima. A che nome?",
            ),
            (
                "c",
                "[[P:Giuseppe Iannaccone]] ma tutti mi chiamano [[P:Pino]] 😄 cell [[T:328-44-17-902]]",
            ),
            (
                "c",
                "la caparra ve la faccio col bonifico dal conto di mia moglie va bene? [[I:IT19K0200805364000104712345]] intestato [[P:Speranza Russo]]",
            ),
            (
                "a",
                "Certo, va benissimo. Ricevuta la caparra vi mando la conferma. Grazie [[P:Pino]]! 🌊",
            ),
        ],
    },
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "lucywanders",
        "lang": "en",
        "start": "2025-05-14T13:45:00",
        "messages": [
            (
                "c",
                "hiii love your page!! im a travel creator ([[U:https://www.tiktok.com/@lucywanders]]) would u be up for a collab? 2 nights in exchange for reels 🥹",
            ),
            (
                "a",
                "Hi Lucy! Thanks for the message 😊 We don't usually do collabs but we're happy to offer 15% off. When were you thinking?".replace(
                    "Lucy", "[[P:Lucy]]"
                ),
            ),
            (
                "c",
                "aw ok fair! end of {{D:july}}, me and my bf [[P:Callum]]\nwe're driving down from [[L:Ljubljana]] then going on to [[L:Croatia]]",
            ),
            (
                "c",
                "my email is lucy.pemberton[at]example[dot]co[dot]uk".replace(
                    "lucy.pemberton[at]example[dot]co[dot]uk",
                    "[[E:lucy.pemberton(at)example(dot)co(dot)uk]]",
                ),
            ),
            (
                "a",
                "Got it, I'll send availability for {{D:28-30 July}} by email. Have a lovely day! Chiara - B&B Le Due Conchiglie".replace(
                    "Chiara", "[[P:Chiara]]"
                ).replace("B&B Le Due Conchiglie", "{{B:B&B Le Due Conchiglie}}"),
            ),
            ("c", "tysm!! ps my [[L:uk]] number if easier [[T:07700 914 382]] 💛"),
        ],
    },
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Ana Lucía",
        "lang": "it",
        "start": "2025-06-03T10:10:00",
        "messages": [
            (
                "c",
                "hola buongiorno scusa mio italiano nn è perfetto. io ho prenotato con booking ma devo cambiare date",
            ),
            ("c", "numero prenotazione {{R:4721 883 016}}"),
            ("a", "Buongiorno! Nessun problema, mi dice il nome della prenotazione per favore?"),
            (
                "c",
                "[[P:Ana Lucía Ferrer Quintana]], siamo de [[L:Valencia]]. ¿Es posible cambiar al fin de semana siguiente? perdona, è possibile il weekend dopo?",
                "es",
            ),
            (
                "a",
                "Sì, dal {{D:20}} al {{D:22 giugno}} la camera è libera. Le sposto la prenotazione, il prezzo resta {{$:190€}} totali.",
            ),
            ("c", "perfecto gracias!! mi marido [[P:Xavi]] dice grazie mille 😂🙏"),
            (
                "c",
                "mi email [[E:analu.ferrer@example.es]] y el móvil de [[P:Xavi]] [[T:+34 612 48 39 07]] por si acaso",
                "es",
            ),
            ("a", "Di niente! A presto, [[P:Chiara]]"),
        ],
    },
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Marisa Benvenuti",
        "lang": "it",
        "start": "2025-08-22T07:55:00",
        "messages": [
            (
                "c",
                'buongiorno ho soggiornato da voi la settimana scorsa e ho lasciato in camera un caricabatterie e un libro "{{PD:Il Gattopardo}}"',
            ),
            (
                "a",
                "Buongiorno signora! Sì, li abbiamo trovati, ce li ha la nostra [[P:Felicita]] delle pulizie. Vuole che glieli spediamo?",
            ),
            (
                "c",
                "si grazie pago io la spedizione\n[[P:Marisa Benvenuti]]\nc/o [[P:Ottavio Benvenuti]]\n[[A:via Felice Cavallotti 3 scala B int. 7]]",
            ),
            ("c", "[[A:20900]] [[L:Monza]] (MB)\ncell [[T:333.812.4409]]"),
            (
                "a",
                "Perfetto, spediamo oggi con {{B:Poste}}. Il costo è {{$:8,50 €}}, il tracking è {{TR:RB428813390IT}}.",
            ),
            ("c", "grazie mille siete stati gentilissimi, salutatemi [[P:Chiara]] e il cane 🐶"),
        ],
    },
]

# --- Pedalò E-Bike Lab (e-bike shop) -----------------------------------------------------
CONVERSATIONS += [
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Matteo 🚴",
        "lang": "it",
        "start": "2025-03-18T12:30:00",
        "messages": [
            (
                "c",
                "ciao la mia {{PD:Bianchi E-Omnia}} fa un rumore strano dal motore quando spingo forte in salita",
            ),
            ("c", "l'ho comprata da voi a ottobre ordine {{O:3480219977}} mi sa"),
            (
                "a",
                "Ciao! Sì, ordine {{O:3480219977}} trovato, è ancora in garanzia. Puoi portarla in officina? Il tecnico è [[P:Luca]].",
            ),
            (
                "c",
                "nn ho la macchina x portarla 😩 abito su a [[L:Prosecco]] in [[A:località Santa Croce 119]]\nvenite a prenderla?",
            ),
            (
                "a",
                "Sì, il ritiro a domicilio costa {{$:25€}}. Giovedì mattina va bene? Ci lasci nome e numero?",
            ),
            (
                "c",
                "[[P:Matteo Kralj]] [[T:+39 340\n661 2093]]\nsuonate al cancello verde c'è scritto [[P:Kralj]] - [[P:Sosič]]",
            ),
            (
                "a",
                "Perfetto Matteo, giovedì tra le {{TM:9}} e le {{TM:11}} passa [[P:Luca]] 👍".replace(
                    "Perfetto Matteo", "Perfetto [[P:Matteo]]"
                ),
            ),
            ("c", "top grazie"),
        ],
    },
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-04-09T17:50:00",
        "messages": [
            (
                "c",
                "Hi, I want to rent two e-bikes for the weekend for me and my husband [[P:Arjun]]. Do you have the {{PD:Cube Kathmandu Hybrid}}?",
            ),
            (
                "a",
                "Hi Priya! We have two {{PD:Cube Kathmandu Hybrid}} available, {{$:45€}} per day each, helmets included.".replace(
                    "Hi Priya", "Hi [[P:Priya]]"
                ),
            ),
            (
                "c",
                "Great. We are staying at a friend's flat, [[A:via Udine 27, 4th floor]], so can you deliver them there Saturday morning?",
            ),
            (
                "c",
                "the name on the buzzer is [[P:Ghosh]], our friend [[P:Anirban Ghosh]], he can open if we are out. his cell [[T:+39 366 201 8843]]",
            ),
            (
                "a",
                "Delivery in town is free 😊 To book I need a card as deposit, a name and a document.",
            ),
            (
                "c",
                "[[P:Priya Raghunathan]], passport from [[L:India]]\ncard [[C:4532 0151 1283 0366]] exp 09/27",
            ),
            (
                "a",
                "Thank you, it's booked, reference {{R:RENT-0412-PR}}. We {{W:will}} only pre-authorise {{$:200€}}. Have a great ride! Sara".replace(
                    "Sara", "[[P:Sara]]"
                ),
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "ste_rides",
        "lang": "it",
        "start": "2025-05-02T22:05:00",
        "messages": [
            ("c", "bella raga quanto viene il kit di conversione {{PD:Bafang M510}} montato?"),
            ("a", "Ciao! Kit + montaggio {{$:890€}}, serve circa una settimana. Che bici hai?"),
            (
                "c",
                "una vecchia {{PD:Specialized Rockhopper}} del 2012. la bici era di mio zio [[P:Renzo]] ahah",
            ),
            (
                "c",
                "se volete vedere com'è seguitemi [[H:@ste_rides]] o il mio canale [[U:youtube.com/@stefanoboscolorides]]",
            ),
            (
                "a",
                "Bella bici! Per il preventivo preciso ti serve passare in negozio, siamo in {{W:via Carducci}} di fronte alla {{W:Posta centrale}}.",
            ),
            ("c", "ok passo sabato. sn [[P:Stefano]] cmq [[P:Stefano Boscolo]]"),
        ],
    },
    {
        "business": "ebike",
        "platform": "telegram",
        "customer": "Wei Zhang",
        "lang": "en",
        "start": "2025-06-16T09:40:00",
        "messages": [
            (
                "c",
                "hello, order online {{O:EB-2025-77310}} not arrive yet. tracking say {{TR:1Z8V43E20498213365}} but no update since 5 day",
            ),
            (
                "a",
                "Hello! I'm sorry, let me check with the courier. Can you confirm the delivery address please?",
            ),
            (
                "c",
                "[[P:Zhang Wei]]\n[[A:Corso Vittorio Emanuele II 104]]\n[[A:10121]] [[L:Torino]]",
            ),
            (
                "c",
                "my wife [[P:Lin Meihua]] maybe at home she can sign. her phone [[T:+39 389 552 1706]]",
            ),
            (
                "a",
                "Thank you. The parcel is stuck at the {{W:Bologna}} hub, {{B:BRT}} say it {{W:will}} arrive by {{D:Thursday 19 June}}. I'll write again if there is any change.",
            ),
            ("c", "ok thanks a lot 🙏"),
            (
                "c",
                "if u need my wechat is [[H:zhangwei_to88]] or email [[E:zhang.wei88@example.com]]",
            ),
            (
                "a",
                "You're welcome! Greetings from Trieste, Luca".replace(
                    "Trieste", "{{W:Trieste}}"
                ).replace("Luca", "[[P:Luca]]"),
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Officina Bortolin",
        "lang": "it",
        "start": "2025-07-01T15:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Walter Bortolin]] ho una piccola officina a [[L:Cormons]] vorrei diventare vostro punto assistenza",
            ),
            (
                "a",
                "Buongiorno Walter, ci fa piacere! Ci manda una visura o i dati della ditta?".replace(
                    "Walter", "[[P:Walter]]"
                ),
            ),
            (
                "c",
                "Bortolin Walter ditta individuale\nCF [[CF:BRTWTR68L09D014Q]]\nPIVA [[V:02773810128]]".replace(
                    "Bortolin Walter ditta", "[[P:Bortolin Walter]] ditta"
                ),
            ),
            (
                "c",
                "mail [[E:officina.bortolin@example.it]] e x i pagamenti [[I:IT44Q0760103200001023456789]]",
            ),
            (
                "a",
                "Grazie, giro tutto al nostro responsabile [[P:Ivan]] che la chiama in settimana.",
            ),
        ],
    },
]

# --- Tavola Viva Catering (catering for events) ------------------------------------------
CONVERSATIONS += [
    {
        "business": "catering",
        "platform": "messenger",
        "customer": "Elisa Cattaneo",
        "lang": "it",
        "start": "2025-02-05T18:25:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei un preventivo per la comunione di mio figlio [[P:Leonardo]], domenica {{D:11 maggio}}, circa 40 persone",
            ),
            (
                "a",
                "Buonasera! Con piacere. Pranzo a buffet o servito? Il buffet {{PD:Festa in Giardino}} parte da {{$:32€}} a persona.",
            ),
            (
                "c",
                "buffet va benissimo. nel menu mettete il {{PD:Grana Padano}} e la {{PD:pizza margherita}} a tranci? i bimbi mangiano solo quella 😅",
            ),
            (
                "c",
                "ah il pranzo è a casa di mia suocera a [[L:Tavagnacco]], [[A:via della Roggia 15]]. c'è un bel giardino",
            ),
            (
                "c",
                "la torta invece la porta mia cognata [[P:Roberta]] che fa la pasticcera a [[L:Feletto Umberto]]",
            ),
            (
                "a",
                "Sì a tutto! Il {{PD:Prosecco}} per gli adulti è incluso. Le mando il preventivo via mail?",
            ),
            (
                "c",
                "si [[E:elisa.cattaneo84@example.it]]\nse nn rispondo chiamate mio marito [[P:Andrea]] [[T:0039 348 7715 230]]",
            ),
            (
                "a",
                "Perfetto, grazie Elisa! Preventivo {{R:PRV-25-0088}} in arrivo entro domani. Nicoletta - Tavola Viva".replace(
                    "grazie Elisa", "grazie [[P:Elisa]]"
                ).replace("Nicoletta - Tavola Viva", "[[P:Nicoletta]] - {{B:Tavola Viva}}"),
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Dott. Hassan",
        "lang": "it",
        "start": "2025-03-12T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il dott. [[P:Omar Hassan]] dello studio dentistico in centro. Vorremmo un aperitivo per l'inaugurazione, 60 ospiti, venerdì {{D:4 aprile}} ore {{TM:19}}",
            ),
            ("c", "tra gli ospiti ci sono persone che nn mangiano maiale e 2 celiaci"),
            (
                "a",
                "Buongiorno dottore, nessun problema: facciamo un menu halal e gluten free separato. Per 60 ospiti il finger food {{PD:Aperitivo Mediterraneo}} è {{$:1.680€}} + IVA.",
            ),
            (
                "c",
                "ok. fattura a nome dello studio, vi giro i dati dalla mia segretaria [[P:Manuela]]",
            ),
            (
                "c",
                "[[P:Manuela Giacomini]] segreteria, [[E:segreteria.hassan@example.it]], [[T:040 369 1184]]",
            ),
            (
                "c",
                "Studio Dentistico Hassan & Pellizzari\nP.IVA [[V:05817260663]]\n[[A:piazza della Borsa 7]] [[A:34121]] [[L:Trieste]]\nPEC [[E:studiohassan@pec.example.it]]".replace(
                    "Studio Dentistico Hassan & Pellizzari",
                    "Studio Dentistico [[P:Hassan]] & [[P:Pellizzari]]",
                ),
            ),
            (
                "a",
                "Ricevuto tutto, grazie! Per l'acconto del 30% ({{$:504€}}) le mando l'IBAN nostro in un messaggio a parte. Buona giornata, Nicoletta".replace(
                    "Nicoletta", "[[P:Nicoletta]]"
                ),
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "instagram",
        "customer": "hannah.and.will",
        "lang": "en",
        "start": "2025-04-27T20:48:00",
        "messages": [
            (
                "c",
                "hiya! we're getting married in [[L:Friuli]] in {{D:September}} (we're from [[L:Leeds]] lol) and looking for a caterer for around 80 guests",
            ),
            (
                "c",
                "venue is a farmhouse near [[L:Cividale]], [[A:Borgo Salamant 3]]. its [[P:Will]]'s aunt's place",
            ),
            (
                "a",
                "Congratulations to both of you! 🥂 We'd love to help. We cover all of {{W:Friuli}} and {{W:Veneto}}. Do you have a date yet?",
            ),
            (
                "c",
                "{{D:13th September}}! and we really want a {{PD:frico}} station and lots of {{PD:Ribolla Gialla}} haha. also my mum [[P:Deborah]] is vegan",
            ),
            ("a", "All possible 😊 Could you send me your email so I can share the wedding menu?"),
            (
                "c",
                "hannah.okafor.leeds at gmail dot com".replace(
                    "hannah.okafor.leeds at gmail dot com",
                    "[[E:hannah.okafor.leeds at gmail dot com]]",
                ),
            ),
            (
                "c",
                "or my fiancé [[P:William Greaves]] [[T:+44 7911 483 206]], he's better at answering 🙈",
            ),
            (
                "c",
                "oh and my surname is still [[P:Okafor]] on the bank so the deposit {{W:will}} come from [[P:Hannah Okafor]] [[I:GB71BARC20035347218806]]",
            ),
            (
                "a",
                "Wonderful, menu coming tomorrow! Speak soon, Nicoletta from the team".replace(
                    "Nicoletta", "[[P:Nicoletta]]"
                ),
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "messenger",
        "customer": "Giuse Colonna",
        "lang": "it",
        "start": "2025-06-09T08:05:00",
        "messages": [
            (
                "c",
                "ciao, x la festa di compleanno di mia nonna [[P:Assunta]] che fa 90 anni 🎂 volevo una torta grande + rinfresco x 25",
            ),
            (
                "a",
                "Che bel traguardo! Per 25 persone il rinfresco + torta {{PD:Millefoglie Chantilly}} viene {{$:620€}}. Dove si tiene?",
            ),
            (
                "c",
                "al circolo anziani di [[L:San Dorligo]] ma la nonna abita a [[L:Dolina]] [[A:n. 44]]",
            ),
            (
                "c",
                "se serve lasciare roba prima si può dalla vicina [[P:sig.ra Vodopivec]] ha le chiavi".replace(
                    "[[P:sig.ra Vodopivec]]", "sig.ra [[P:Vodopivec]]"
                ),
            ),
            (
                "a",
                "Va benissimo. Per confermare ci serve un acconto di {{$:150€}} con carta o bonifico.",
            ),
            (
                "c",
                "ok carta [[C:5229-1827-3645-0115]] scad 11/26 intestata [[P:Giuseppina Colonna]]",
            ),
            (
                "a",
                "Pagamento ricevuto, grazie [[P:Giuseppina]]! Tanti auguri alla nonna [[P:Assunta]] 🎉",
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "telegram",
        "customer": "marco_rb",
        "lang": "it",
        "start": "2025-07-15T11:35:00",
        "messages": [
            ("c", "ciao fate catering aziendale? pranzo x 15 in ufficio ogni venerdì"),
            (
                "a",
                "Ciao! Sì, il nostro box {{PD:Lunch Office}} costa {{$:14€}} a persona, consegna inclusa in tutta la {{W:provincia di Trieste}}.",
            ),
            (
                "c",
                "perfetto. sn [[P:Marco Rebula]] office manager, l'ufficio è in [[A:via San Nicolò 21]] terzo piano",
            ),
            ("c", "ah i colleghi hanno chiesto se fate la {{PD:jota}} d'inverno ahahah"),
            ("a", "Certo, da {{D:novembre}}! 😄 Ci lasci un contatto per gli ordini settimanali?"),
            (
                "c",
                "[[T:040/6 7 5 2 1 9 0]] ufficio, oppure qui su tg [[H:@marco_rb]]\nil nostro IP fisso x accedere al vostro portale ordini è [[IP:93.41.207.118]] se serve whitelist",
            ),
            (
                "a",
                "Perfetto, registrato. Il primo ordine sarà venerdì {{D:18 luglio}}. Grazie Marco!".replace(
                    "Grazie Marco", "Grazie [[P:Marco]]"
                ),
            ),
        ],
    },
]

# --- Ottica Fumagalli (optician) ---------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Renata",
        "lang": "it",
        "start": "2025-01-20T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Renata Zuliani]] volevo sapere se sono pronti gli occhiali progressivi ordinati il {{D:7 gennaio}}",
            ),
            (
                "a",
                "Buongiorno signora [[P:Zuliani]]! Controllo subito... sì, le lenti {{PD:Varilux Comfort}} sono arrivate ieri, la montatura {{PD:Ray-Ban RX5154}} è pronta. Può passare quando vuole.",
            ),
            ("c", "ottimo ma nn posso venire io li ritira mia nipote [[P:Ilaria]] va bene?"),
            (
                "c",
                "e la fattura mandatela anche a mia figlia [[P:Monica]] [[E:monica.zuliani@example.it]] che mi fa la dichiarazione",
            ),
            ("a", "Certo, basta che porti la ricevuta {{R:OF-00417}}. Il saldo è {{$:312€}}."),
            (
                "c",
                "ah ultima cosa la ricetta era del dott. [[P:Stoka]] dell'ospedale, serve l'originale x la detrazione? il mio codice fiscale [[CF:ZLNRNT52A41L424F]]",
            ),
            (
                "a",
                "No, basta la copia che abbiamo già. Sulla fattura mettiamo il suo codice fiscale. Grazie e buona giornata! Elena - Ottica Fumagalli".replace(
                    "Elena - Ottica Fumagalli", "[[P:Elena]] - {{B:Ottica Fumagalli}}"
                ),
            ),
        ],
    },
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "giorgio.lenti",
        "lang": "it",
        "start": "2025-02-26T15:20:00",
        "messages": [
            ("c", "ciao avete le lenti a contatto {{PD:Acuvue Oasys}} -3.25 ? ne prendo 6 scatole"),
            ("a", "Ciao! Sì, disponibili, {{$:27€}} a scatola. Vuoi ritirarle o te le spediamo?"),
            ("c", "spedite pls sono in erasmus a [[L:Lisbona]] fino a giugno 😎"),
            (
                "c",
                "[[P:Giorgio De Luca Ferrante]]\n[[A:Rua da Rosa 118, 2º Esq]]\n[[A:1200-386]] [[L:Lisboa]] [[L:Portugal]]",
            ),
            (
                "a",
                "Perfetto Giorgio, la spedizione per il [[L:Portogallo]] è {{$:12€}}. Ti mando il link di pagamento via mail?".replace(
                    "Perfetto Giorgio", "Perfetto [[P:Giorgio]]"
                ),
            ),
            ("c", "si [[E:g.delucaferrante@example.com]]"),
            (
                "c",
                "ah e se chiama mia madre [[P:Loredana]] x sapere se ho ordinato ditele di si ahah",
            ),
            ("a", "Ahah ok 😄 Pagamento ricevuto, spedizione {{TR:CX184402771IT}} partita oggi."),
        ],
    },
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Dragan Petrović",
        "lang": "it",
        "start": "2025-04-14T17:00:00",
        "messages": [
            (
                "c",
                "buonasera io rotto occhiali ieri al lavoro, voi fate riparazione veloce? io sono [[P:Dragan Petrović]]",
            ),
            (
                "a",
                "Buonasera Dragan! Sì, se è una vite o un naselli lo facciamo in 10 minuti. Se la montatura è spezzata serve più tempo.".replace(
                    "Buonasera Dragan", "Buonasera [[P:Dragan]]"
                ),
            ),
            (
                "c",
                "è spezzata in mezzo 😞 montatura {{B:Armani}} regalo di mia moglie [[P:Snežana]]",
            ),
            (
                "c",
                "io lavoro in cantiere a [[L:Monfalcone]] tutto il giorno, posso venire solo sabato. mio numero [[T:+381 64 218 77 05]] è di [[L:Serbia]] ma whatsapp va",
            ),
            (
                "a",
                "Nessun problema, sabato siamo aperti fino alle {{TM:19:30}}. Porti la montatura e vediamo se si può saldare, altrimenti le mostriamo qualcosa di simile. Elena".replace(
                    "Elena", "[[P:Elena]]"
                ),
            ),
            ("c", "grazie mille signora [[P:Elena]] 🙏"),
            (
                "c",
                "sabato mi porta mio collega [[P:Nikola]] che abita a [[L:Ronchi]], se io nn rispondo lui [[T:351 402 7719]]",
            ),
        ],
    },
    {
        "business": "ottica",
        "platform": "telegram",
        "customer": "Fatou",
        "lang": "en",
        "start": "2025-05-28T12:10:00",
        "messages": [
            (
                "c",
                "hi, my son [[P:Moussa]] is 9 and his school says he cannot see the board well. do you do eye test for kids?",
            ),
            (
                "a",
                "Hello! Yes, our optometrist [[P:dott.ssa Rigutti]] does children's eye tests on Wednesdays, {{$:35€}}, free if you buy glasses.".replace(
                    "[[P:dott.ssa Rigutti]]", "dott.ssa [[P:Rigutti]]"
                ),
            ),
            ("c", "ok good. wednesday {{D:4 june}} after school? around {{TM:16h30}}"),
            ("a", "Booked for {{TM:16:30}}. Could you give me your full name and a phone number?"),
            (
                "c",
                "[[P:Fatou Diallo]] [[T:(+39) 392-118-4470]]\nwe moved from [[L:Dakar]] last year so he has no old prescription sorry",
            ),
            (
                "c",
                "maybe my husband [[P:Ibrahima]] bring him, his number is from [[L:Senegal]] [[T:+221 77 491 22 38]]",
            ),
            ("a", "No problem at all, see you Wednesday! 👓"),
        ],
    },
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Bruno M.",
        "lang": "it",
        "start": "2025-09-03T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno devo pagare il saldo degli occhiali da sole {{PD:Persol 714}} posso fare bonifico?",
            ),
            (
                "a",
                "Buongiorno! Certo. Il saldo è {{$:185€}}, causale ordine {{O:OF-2025-3391}}. Le mando i nostri dati in privato.",
            ),
            (
                "c",
                "ok fatto adesso dal conto [[I:IT52 X030 6909 6061 0000 0063 917]] intestato a [[P:Bruno Marzotto]]",
            ),
            ("c", "il cro è {{R:0306 9096 0610 0000}} se vi serve"),
            (
                "c",
                "la fattura intestatela alla ditta [[P:Marzotto Bruno]] impianti P.IVA [[V:03123450672]] mail [[E:b.marzotto@example.it]]",
            ),
            (
                "a",
                "Ricevuto, grazie signor [[P:Marzotto]]! Gli occhiali sono pronti, può passare da domani.",
            ),
            ("c", "passa mia moglie [[P:Felice]]... cioè [[P:Felicia]] 😂 il correttore"),
        ],
    },
]

# --- Il Segnalibro Usato (second-hand book shop that ships) -----------------------------
CONVERSATIONS += [
    {
        "business": "libri",
        "platform": "instagram",
        "customer": "lettrice_notturna",
        "lang": "it",
        "start": "2025-01-09T23:10:00",
        "messages": [
            (
                "c",
                'ciao!! avete ancora la prima edizione di "{{PD:Lessico famigliare}}" che avete postato ieri? 😍',
            ),
            (
                "a",
                "Ciao! Sì, c'è ancora: {{PD:Einaudi}} 1963, buone condizioni, {{$:45€}}. Te la teniamo?",
            ),
            ("c", "siii! spedite a [[L:Bologna]]?"),
            (
                "c",
                '[[P:Martina Scarpa]]\n[[A:via del Pratello 9]]\n[[A:40122]] [[L:Bologna]]\ncitofono "[[P:Scarpa]]/[[P:Oduya]]" che vivo con la mia coinquilina [[P:Blessing]]',
            ),
            ("a", "Perfetto! Spedizione tracciata {{$:6,90€}}. Paghi con PayPal o bonifico?"),
            ("c", "paypal a [[E:martinascarpa.books@example.it]] mandami la richiesta"),
            ("c", "se volete vedere cosa leggo [[U:goodreads.com/martina_scarpa_legge]] 🤓"),
            (
                "c",
                "ah e seguo anche il vostro amico [[H:@libridelnonnofranco]] mi ha consigliato lui di scrivervi",
            ),
            (
                "a",
                "Che bello, salutacelo! Richiesta inviata 📚 Alessio".replace(
                    "Alessio", "[[P:Alessio]]"
                ),
            ),
        ],
    },
    {
        "business": "libri",
        "platform": "messenger",
        "customer": "Claire Dubois",
        "lang": "en",
        "start": "2025-03-02T14:55:00",
        "messages": [
            (
                "c",
                "Bonjour! Sorry my Italian is bad. I look for old books about {{W:Trieste}} and {{W:James Joyce}}, do you ship to [[L:France]]?",
                "en",
            ),
            (
                "a",
                'Bonjour Claire! Yes, we ship to France every week. We have "{{PD:Trieste e un certo Joyce}}" and an old {{PD:Ulysses}} translation from 1960.'.replace(
                    "Bonjour Claire", "Bonjour [[P:Claire]]"
                ).replace("ship to France", "ship to [[L:France]]"),
            ),
            (
                "c",
                "Parfait, je prends les deux. C'est pour l'anniversaire de mon père [[P:Étienne]].",
                "fr",
            ),
            (
                "c",
                "address: [[P:Claire Dubois]], [[A:14 rue des Tanneurs]], [[A:67000]] [[L:Strasbourg]]\nphone [[T:+33 6 12 48 93 07]]",
            ),
            (
                "a",
                "Thank you! Total {{$:38€}} + shipping {{$:14€}}. You can pay by card on our link or by IBAN.",
            ),
            (
                "c",
                "I pay by transfer from my account in [[L:France]] [[I:FR7630006000011234567890189]]",
            ),
            (
                "c",
                "if any problem write to [[E:claire.dubois67@example.fr]] or on insta [[H:@claire_lit_beaucoup]]",
            ),
            (
                "a",
                "Merci! We ship as soon as it arrives. Tracking {{W:will}} follow. Alessio".replace(
                    "Alessio", "[[P:Alessio]]"
                ),
            ),
        ],
    },
    {
        "business": "libri",
        "platform": "whatsapp",
        "customer": "Prof. Visintin",
        "lang": "it",
        "start": "2025-04-17T16:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono il prof. [[P:Sergio Visintin]], vorrei vendervi circa 300 libri della biblioteca di mia madre [[P:Bianca]] scomparsa il mese scorso",
            ),
            (
                "a",
                "Buongiorno professore, condoglianze. Possiamo passare a vederli. Dove si trovano?",
            ),
            ("c", "nella casa di famiglia a [[L:Gorizia]], [[A:via Rastello 31]]"),
            ("c", 'secondo piano, il campanello dice ancora "[[P:Bianca Visintin Kocijančič]]"'),
            (
                "a",
                "Benissimo. Possiamo venire {{D:martedì 22}} alle {{TM:10}}? Ci lasci un numero.",
            ),
            ("c", "[[T:0481 / 53 29 18]] casa\n[[T:335 70 41 886]] cell"),
            (
                "c",
                "ci sono molti {{PD:Meridiani Mondadori}} e una collana {{PD:Adelphi}} quasi completa",
            ),
            (
                "a",
                "Ottimo! A martedì allora. [[P:Alessio]] e [[P:Nadia]] - {{B:Il Segnalibro Usato}}",
            ),
        ],
    },
    {
        "business": "libri",
        "platform": "telegram",
        "customer": "bookworm_mx",
        "lang": "en",
        "start": "2025-06-21T01:20:00",
        "messages": [
            (
                "c",
                "hey do u have any {{W:Calvino}} in english? {{PD:Invisible Cities}} or {{PD:If on a Winter's Night}}",
            ),
            (
                "a",
                "Hi! We have {{PD:Invisible Cities}}, {{B:Vintage}} paperback, {{$:9€}}. Where should we ship?",
            ),
            ("c", "to [[L:Mexico City]] lol is that possible? 😅 im [[P:Diego Ramírez Olvera]]"),
            ("c", "[[A:Calle Durango 245, Depto 6]], [[L:Roma Norte]], [[A:06700]] [[L:CDMX]]"),
            ("a", "It's possible but shipping to [[L:Mexico]] is {{$:24€}} 😬 still want it?"),
            (
                "c",
                "yes its a gift for my girl [[P:Xime]]. paypal [[E:diego.ramirez.o@example.com]]",
            ),
            ("c", "whatsapp [[T:+52 55 4187 2093]] if the courier need"),
            ("a", "Deal! Order {{O:SU-0621-044}} shipped on Monday."),
        ],
    },
    {
        "business": "libri",
        "platform": "instagram",
        "customer": "nonna.pina.legge",
        "lang": "it",
        "start": "2025-10-05T10:30:00",
        "messages": [
            (
                "c",
                "salve mi chiamo [[P:Giuseppina Fabbro]] ho 78 anni e questa pagina me l'ha fatta mio nipote [[P:Kevin]] 😊",
            ),
            (
                "c",
                "cerco un libro di ricette di {{W:Pellegrino Artusi}} vecchio come quello che avevo da ragazza a [[L:Sauris]]",
            ),
            (
                "a",
                'Che bello ricevere il suo messaggio signora [[P:Giuseppina]]! Abbiamo "{{PD:La scienza in cucina e l\'arte di mangiar bene}}" edizione 1950, {{$:28€}}.',
            ),
            (
                "c",
                "lo prendo. mandatelo a casa mia [[A:borgo Lateis 6]] [[A:33020]] [[L:Sauris di Sopra]]",
            ),
            (
                "c",
                "pago alla consegna che nn ho la carta. se nn ci sono lasciatelo al [[P:Toni]] del bar",
            ),
            (
                "a",
                "Nessun problema, facciamo contrassegno. Il postino di solito passa la mattina. Grazie di cuore! [[P:Nadia]]",
            ),
        ],
    },
]

# --- extra conversations (one more per sector where the talk is dense) -------------------
CONVERSATIONS += [
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Marco Castellan",
        "lang": "it",
        "start": "2025-07-24T18:40:00",
        "messages": [
            (
                "c",
                "ciao siamo arrivati 👋 ci avete chiesto i dati x la registrazione in questura, ve li scrivo qui",
            ),
            (
                "c",
                "1) [[P:Marco Castellan]] nato a [[L:Padova]] CF [[CF:CSTMRC81H14G224Y]] carta d'identità\n2) [[P:Elena Castellan]] nata a [[L:Venezia]] CF [[CF:CSTLNE83S62L736H]]",
            ),
            (
                "c",
                "3) mio cognato [[P:Paolo Marin]] CF [[CF:MRNPLA90D18C957L]] residente a [[L:Chioggia]] [[A:calle Forno 12]]\n4) la sua ragazza [[P:Agnieszka Wójcik]] passaporto della [[L:Polonia]], nata a [[L:Kraków]]",
            ),
            (
                "a",
                "Grazie Marco! Per la signora Wójcik mi serve anche il numero del passaporto, se può mandarmi una foto del documento va benissimo.".replace(
                    "Grazie Marco", "Grazie [[P:Marco]]"
                ).replace("signora Wójcik", "signora [[P:Wójcik]]"),
            ),
            (
                "c",
                "ok te lo manda lei dal suo numero [[T:+48 601 238 447]], scrive in inglese perché [[P:aga]] nn parla italiano 😅",
            ),
            (
                "c",
                "ah e x la tassa di soggiorno paghiamo con la carta di [[P:Paolo]] [[C:4147 2098 1230 5566]]",
            ),
            (
                "a",
                "Perfetto, {{$:2€}} a persona a notte, {{$:24€}} in tutto per 3 notti. Buona vacanza a tutti! 🌊 [[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Lorenzo Pahor",
        "lang": "it",
        "start": "2025-08-11T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno mi hanno rubato stanotte la {{PD:Haibike Trekking 6}} comprata da voi 😡 era in cortile in [[A:via Giulia 63]]",
            ),
            (
                "c",
                "il mio vicino [[P:Goran]] dice che ha visto 2 ragazzi verso le 3 ma nn ha fatto in tempo",
            ),
            (
                "a",
                "Ci dispiace tantissimo! Il numero di telaio è {{R:WH2318845K}}, glielo scrivo per la denuncia. L'antifurto GPS era attivo?",
            ),
            (
                "c",
                "si! l'app dice ultimo segnale vicino a [[L:Domio]]\ne c'è un accesso al mio account dall'IP [[IP:2a02:1210:4c3e:9f00::17]] che nn sono io",
            ),
            (
                "c",
                "e guardate questo annuncio 👉 [[U:https://www.subito.example.it/u/bici_facili_ts]] la bici è identica, l'utente su insta è [[H:@bici_facili_ts]]",
            ),
            (
                "a",
                "Le consigliamo di portare tutto ai carabinieri, non contatti il venditore da solo. Se vuole le prepariamo una copia della fattura: a che mail?",
            ),
            (
                "c",
                "[[E:lorenzo.pahor@example.it]] o meglio quella di mia moglie [[P:Tanja]] [[E:tanja_p80@example.com]]\nil mio cell [[T:+39 333 90 12 558]]",
            ),
            (
                "a",
                "Fatto, fattura {{R:FT-2024-1187}} inviata. In bocca al lupo [[P:Lorenzo]], ci tenga aggiornati. [[P:Luca]]",
            ),
        ],
    },
    {
        "business": "catering",
        "platform": "whatsapp",
        "customer": "Serena & Dario",
        "lang": "it",
        "start": "2025-08-29T21:15:00",
        "messages": [
            (
                "c",
                "ciao nicoletta! come promesso ti mando la lista degli ospiti con intolleranze x il matrimonio del {{D:20 settembre}}".replace(
                    "nicoletta", "[[P:nicoletta]]"
                ),
            ),
            (
                "c",
                "tavolo 3: [[P:zia Mirella]] celiaca, [[P:Hamid]] e [[P:Samira Benali]] niente maiale\ntavolo 5: [[P:Ludovica]] vegana, [[P:il Bobo]] allergico alle noci".replace(
                    "[[P:zia Mirella]]", "zia [[P:Mirella]]"
                ).replace("[[P:il Bobo]]", "il [[P:Bobo]]"),
            ),
            (
                "c",
                "tavolo 7 bimbi: [[P:Nora]], [[P:Pietro]], [[P:Aurora]] e il piccolo [[P:Chen Hao]] che mangia solo pasta in bianco 😂",
            ),
            (
                "a",
                "Grazie [[P:Serena]], ricevuto tutto! Per la torta confermate la {{PD:Sacher}} a tre piani o la {{PD:Mimosa}}?",
            ),
            (
                "c",
                "mimosa!! ah e il fotografo [[P:Nicola Brumat]] mangia con noi, mettetelo al tavolo 2. il suo num x coordinarvi [[T:347/ 55 60 219]]",
            ),
            (
                "c",
                "la location ti ricordo è villa di mio zio [[P:Ferruccio]] a [[L:Duino]], [[A:località Sistiana 58]]",
            ),
            (
                "a",
                "Perfetto, tutto segnato. Il saldo di {{$:9.850€}} va fatto entro il {{D:13 settembre}}. Un abbraccio a te e [[P:Dario]]!",
            ),
        ],
    },
]
CONVERSATIONS += [
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Noura El Amrani",
        "lang": "it",
        "start": "2025-10-14T09:50:00",
        "messages": [
            (
                "c",
                "buongiorno scrivo x conto di mio padre [[P:Rachid El Amrani]] che nn usa fb, ha bisogno di occhiali nuovi dopo l'operazione di cataratta",
            ),
            (
                "c",
                "la ricetta è della dott.ssa [[P:Kovačević]] del {{W:Cattinara}}, ve la mando in foto. lui è nato in [[L:Marocco]] e ha il CF [[CF:LMRRHD55B10Z330N]]",
            ),
            (
                "a",
                "Buongiorno! Certo, appena riceviamo la foto facciamo il preventivo. Le lenti {{PD:Zeiss SmartLife}} partono da {{$:240€}} la coppia.",
            ),
            (
                "c",
                "ok. lui abita con me a [[L:Valmaura]], [[A:via dell'Istria 142]] [[A:34145]], citofono [[P:El Amrani]]/[[P:Bencheikh]]\nio sono [[P:Noura]], mio cell [[T:+39 320 61 44 872]]",
            ),
            (
                "c",
                "x il pagamento usiamo la carta di mio fratello [[P:Youssef]] [[C:3759 876543 21004]]",
            ),
            (
                "a",
                "Ricevuto tutto, grazie [[P:Noura]]. L'ordine è {{O:340 118 2297}}, pronto in circa 10 giorni, spedizione lenti {{TR:IT2025SDA0048813920}}. Saluti al signor [[P:Rachid]]! [[P:Elena]]",
            ),
        ],
    },
]
CONVERSATIONS += [
    {
        "business": "salone",
        "platform": "instagram",
        "customer": "hope.travels.light",
        "lang": "en",
        "start": "2025-09-18T15:05:00",
        "messages": [
            (
                "c",
                "hey!! i'm visiting from [[L:Portland]] next week w my mom and we both want balayage 💁‍♀️ any chance for {{D:friday the 26th}}?",
            ),
            (
                "a",
                "Hi! Friday {{D:26 September}} we could do {{TM:10:00}} and {{TM:13:30}}, balayage is from {{$:120€}}. Names please?",
            ),
            (
                "c",
                "[[P:Hope Castellanos]] and my mom [[P:Marisol]]\nwe {{W:hope}} the weather stays nice lol, we're at an airbnb in [[A:via Ghega 5]] for the week",
            ),
            (
                "c",
                "my US cell is [[T:(503) 555-0148]] and insta [[H:@hope.travels.light]] as u can see haha",
            ),
            (
                "a",
                "Perfect, booked! See you Friday, Hope 😊 Giulia".replace(
                    "Friday, Hope", "Friday, [[P:Hope]]"
                ).replace("Giulia", "[[P:Giulia]]"),
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Rahul Mehta",
        "lang": "en",
        "start": "2025-10-02T19:20:00",
        "messages": [
            (
                "c",
                "Hi, I bought a spare {{PD:Shimano STEPS BT-E8036}} battery from your site but I need it sent to my flat in [[L:London]] instead of my parents' place in [[L:Leicester]]",
            ),
            (
                "c",
                "New address: [[P:Rahul Mehta]], [[A:Flat 3, 27 Coldharbour Lane]], [[L:London]] [[A:SE5 9NR]]\nmobile [[T:+44 (0)7723 418 095]]",
            ),
            (
                "a",
                "Hi Rahul, no problem. Can you confirm the order number and the email you used?".replace(
                    "Hi Rahul", "Hi [[P:Rahul]]"
                ),
            ),
            (
                "c",
                "order {{O:EB-2025-90417}}, email is [[E:rahul.mehta.cycles@example.co.uk]]\nif im out my flatmate [[P:Tomasz]] can take it",
            ),
            (
                "a",
                "Updated! Lithium batteries travel by road, so it will take 5-7 days. Tracking: {{TR:GB50DHL0417722019}}. Cheers, Luca".replace(
                    "it will take", "it {{W:will}} take"
                ).replace("Luca", "[[P:Luca]]"),
            ),
        ],
    },
]

if __name__ == "__main__":
    main()
