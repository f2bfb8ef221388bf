# ruff: noqa: E501
"""Hand-written blind test corpus no. 125 for convmon's anonymiser.

Every message below was written by hand, one at a time, for this corpus: no templates, no
Faker, no generated text. All the people, handles, e-mails, phones and addresses are invented.
The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA and EU VAT numbers)
were computed once with python-stdnum (IBAN mod-97, Luhn, codice fiscale check letter, German
mod 11-10, French TVA key) and pasted here as literals, so the corpus does not depend on it.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike (order, price, product, brand, date, time, tracking, word,
reference) that must survive.

The six invented businesses are an Airbnb cleaning service in Venice (Laguna Clean Venezia), a
dentist in Modena named after its dentist (Studio Dentistico Dott.ssa Ferrarini), an online plant
nursery named after a grandmother (Vivaio Nonna Adele), a football academy for kids in Rome named
after its coach (Accademia Calcio Mister Gigi), a laundry with pick-up in Milan (LavaSubito
Milano) and a ceramic workshop in Deruta named after its founder (Bottega Ceramica Mastro Ubaldo).

Regenerate with: .venv/bin/python make_handwritten125_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten125_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "laguna": "Laguna Clean Venezia",
    "ferrarini": "Studio Dentistico Dott.ssa Ferrarini",
    "adele": "Vivaio Nonna Adele",
    "gigi": "Accademia Calcio Mister Gigi",
    "lava": "LavaSubito Milano",
    "ubaldo": "Bottega Ceramica Mastro Ubaldo",
}
PAGE_IDS: dict[str, str] = {
    "laguna": "726030418227561",
    "ferrarini": "726030552190834",
    "adele": "726030671043298",
    "gigi": "726030209884716",
    "lava": "726030935512077",
    "ubaldo": "726030384406152",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ Laguna Clean (Venice)
    {
        "business": "laguna",
        "platform": "whatsapp",
        "customer": "Alvise Tagliapietra",
        "lang": "it",
        "start": "2025-03-10T08:42:00",
        "messages": [
            (
                "c",
                "ciao buongiorno sono [[P:Alvise Tagliapietra]] ho un appartamento in [[A:Cannaregio 4512]] che affitto su airbnb, mi servirebbe pulizia + cambio biancheria {{D:sabato 15 marzo}} tra le {{TM:10}} e le {{TM:15}}",
            ),
            (
                "a",
                "Buongiorno [[P:Alvise]]! {{D:Sabato 15/03}} abbiamo posto alle {{TM:11:00}}. Il check-out per un bilocale costa {{$:€65}}, biancheria inclusa. Ci lascia le chiavi o c'è un keybox?\n[[P:Chiara]] - {{B:Laguna Clean}}",
            ),
            (
                "c",
                "keybox sul portone, il codice lo mando la mattina.. l'ospite esce alle {{TM:10}}\nse nn rispondo chiamate mia moglie [[P:Manuela]] al [[T:347 118 2290]]",
            ),
            (
                "c",
                "ah il campanello c'è scritto [[P:Boscolo]] nn [[P:tagliapietra]] eh 😅 è il cognome di lei",
            ),
            (
                "a",
                "Perfetto, prenotazione {{R:LC-2291}} confermata ✅ Le mando il riepilogo anche via mail, quale indirizzo usiamo?",
            ),
            (
                "c",
                "[[E:alvise.tgp@laguna-mail.example]]\ne la fattura intestata alla mia ditta pls, p.iva [[V:02748150360]], sede [[A:Fondamenta della Misericordia 2590]] sempre [[L:cannaregio]]\nx rimborsi cauzione [[I:IT26T0623012000000040917655]]",
            ),
            ("a", "Ricevuto, fattura con P.IVA [[V:02748150360]]. Buona giornata!"),
        ],
    },
    {
        "business": "laguna",
        "platform": "instagram",
        "customer": "sarah.whitfield",
        "lang": "en",
        "start": "2025-03-11T19:05:00",
        "messages": [
            (
                "c",
                "hi!! we have a little flat in venice that we rent on airbnb, near {{W:Campo Santa Margherita}}, im based in [[L:Bristol]] so cant be there much. do u do weekly cleans?",
            ),
            (
                "a",
                "Hi! Yes, we do weekly and per-stay cleans 🧽 Could you send the exact address and how many beds? [[P:Tommaso]] from the team",
            ),
            (
                "c",
                "[[A:Dorsoduro 3046]], 2nd floor, 2 double beds + sofa bed\npostcode [[A:30123]]",
            ),
            (
                "c",
                "you can see the listing on my host profile [[U:airbnb.com/users/show/48812093]]\nmy mobile is [[T:+44 7700 914 382]] but whatsapp is better on my husband [[P:Rob]]'s [[T:+44 7911\n205 667]]",
            ),
            (
                "a",
                "Great, a per-stay clean for a 2-bedroom is {{$:€85}} and laundry {{$:€18}} per bed. We invoice monthly. Name and email for the invoice?",
            ),
            (
                "c",
                "[[P:Sarah Whitfield]], [[E:sarah dot whitfield at oakmail dot co dot uk]]\nor can u just charge my card every month? [[C:5376 0821 4590 7310]]\nim [[H:@sarahwhitfield_home]] on insta btw",
            ),
            ("c", "oh and our neighbour signora [[P:Pavan]] has a spare key if the box jams 🙈"),
            (
                "a",
                "Noted, thank you [[P:Sarah]]! Please no card numbers on chat, we'll email you a payment link 🙏 First clean booked for {{D:Friday 21 March}}.",
            ),
        ],
    },
    {
        "business": "laguna",
        "platform": "whatsapp",
        "customer": "Jürgen Haas",
        "lang": "it",
        "start": "2025-03-13T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Jürgen Haas]], proprietario di appartamento a [[L:Burano]], mio italiano non buono scusi",
            ),
            ("c", "indirizzo [[A:Via Baldassarre Galuppi 388]], secondo piano"),
            (
                "a",
                "Buongiorno signor [[P:Haas]]! Nessun problema, possiamo scrivere anche in inglese o tedesco se preferisce. {{W:Burano}} la copriamo il martedì e il venerdì, con la barca.",
            ),
            (
                "c",
                "ja english is better. i live in [[L:Regensburg]], [[A:Hemauerstraße 14]], [[A:93047]]. invoice please with my USt-IdNr [[V:DE281947353]]",
                "en",
            ),
            (
                "c",
                "and you can do SEPA debit from my account [[I:DE64 3704 0044 0532 0147 11]], is easier for me",
                "en",
            ),
            (
                "a",
                "We don't do direct debit, sorry: we send the invoice (VAT [[V:DE281947353]]) and you pay by transfer to the account printed on it. A deep clean for 3 rooms is {{$:€140}}. Which date?",
                "en",
            ),
            (
                "c",
                "{{D:2. April}} bitte, guests arrive {{TM:16 Uhr}}. my email [[E:j.haas@donaupost.example]] danke!",
                "en",
            ),
            (
                "a",
                "Booked for {{D:2 April}}, ref {{R:LC-2317}}. Grazie! [[P:Chiara]] - {{B:Laguna Clean Venezia}}",
                "en",
            ),
        ],
    },
    {
        "business": "laguna",
        "platform": "instagram",
        "customer": "casedigiada_venezia",
        "lang": "it",
        "start": "2025-03-17T14:20:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Giada]] di [[H:@casedigiada_venezia]] ([[U:instagram.com/casedigiada_venezia]]) 👋 ieri la vostra ragazza ha pulito il mio appartamento a [[L:Castello]] e.. manca il telecomando della tv 😅",
            ),
            (
                "a",
                "Ciao [[P:Giada]]! Ieri da lei c'era [[P:Oksana]], le chiedo subito. Mi dà il civico così verifico l'ordine?",
            ),
            ("c", "[[A:castello 5179]] secondo piano, quello col leone sul portone"),
            (
                "a",
                "[[P:Oksana]] dice che l'ha messo nel cassetto sotto la tv 🙂 scusi per il disagio!",
            ),
            (
                "c",
                "trovato 🤦‍♀️ grazie. ah cmq la mia amica [[P:Ludovica Sartori]] vuole un preventivo, ha una casa al [[L:Lido]], le do il vostro numero? o vi do il suo [[T:+39 349 7720 413]]",
            ),
            ("a", "Certo! Può scriverci anche qui su Instagram 😊"),
            (
                "c",
                "ok le giro il profilo, lei è [[H:ludo.sartori]] su insta, o la mail [[E:ludovica.sartori[at]example[dot]it]]\nah e da {{D:aprile}} fatturate a me con p iva [[V:03472610587]] che ho aperto la partita iva finalmente lol",
            ),
            ("a", "Perfetto, aggiornato tutto!"),
        ],
    },
    {
        "business": "laguna",
        "platform": "whatsapp",
        "customer": "Mike Delgado",
        "lang": "en",
        "start": "2025-03-22T10:11:00",
        "messages": [
            (
                "c",
                "hey guys, [[P:Mike Delgado]] here, the flat at [[A:San Polo 1432]]. weird thing, my nuki app shows the door opened at {{TM:3:12am}} from [[IP:93.41.187.22]], was that one of ur cleaners??",
            ),
            (
                "a",
                "Hi [[P:Mike]], no, our cleaner [[P:Fatou]] was there from {{TM:11:00}} to {{TM:13:30}} only, and she used the key box, not the app.",
            ),
            (
                "c",
                "ok so maybe it was the guest, the booking is under [[P:Priyanka Raghunathan]]... she arrived late from [[L:Mumbai]] i think",
            ),
            (
                "c",
                "my own ip at home in [[L:Austin]] is [[IP:2600:1700:5a3f:9e10::24]] so it wasnt me lol\nguests see me as [[H:MikeD_ATX]] on airbnb btw",
            ),
            (
                "a",
                "That makes sense 🙂 If you want, we can change the keypad code after each checkout for {{$:€5}} extra.",
            ),
            (
                "c",
                "yes pls do that. text me the new code at [[T:+1 (512) 555-0187]] or email [[E:mike.delgado.atx@example.com]]",
            ),
            ("a", "Will do. Have a good day, [[P:Mike]]!"),
        ],
    },
    # ------------------------------------------------------------------ Studio Ferrarini (Modena)
    {
        "business": "ferrarini",
        "platform": "messenger",
        "customer": "Graziella Montanari",
        "lang": "it",
        "start": "2025-03-05T08:03:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei un appuntamento x la pulizia dei denti sono [[P:graziella montanari]] ero gia paziente della dottoressa",
            ),
            (
                "a",
                "Buongiorno signora [[P:Montanari]], certo! Abbiamo {{D:giovedì 13}} alle {{TM:9:30}} o {{D:lunedì 17}} alle {{TM:15:00}}, igiene con la dott.ssa [[P:Benatti]].",
            ),
            ("c", "{{D:giovedi}} va bene mi accompagna mio nipote [[P:Samuele]] che guida lui"),
            ("c", "il mio numero nuovo e [[T:059 / 23 87 41]] quello vecchio nn ce l'ho piu"),
            (
                "a",
                "Segnato! {{D:Giovedì}} alle {{TM:9:30}}. Dobbiamo aggiornare il codice fiscale in anagrafica, può scriverlo?",
            ),
            (
                "c",
                "[[CF:MNTGZL49B60F257M]]\nse serve la mail e quella di [[P:samuele]] [[E:samu.montanari chiocciola example punto it]]",
            ),
            (
                "a",
                "Grazie signora, a {{D:giovedì}}! [[P:Elisa]] - segreteria {{B:Studio Ferrarini}}",
            ),
        ],
    },
    {
        "business": "ferrarini",
        "platform": "whatsapp",
        "customer": "Luca M.",
        "lang": "it",
        "start": "2025-03-06T06:47:00",
        "messages": [
            (
                "c",
                "salve ho un dolore fortissimo a un molare dx da ieri sera nn ho dormito 😫 avete posto oggi??",
            ),
            (
                "a",
                "Ci dispiace! Oggi alle {{TM:18:40}} la dott.ssa [[P:Ferrarini]] può vederla per un'urgenza. A che nome segno?",
            ),
            ("c", "[[P:Luca Martelli]]\n[[P:M-A-R-T-E-L-L-I]] con due elle"),
            (
                "c",
                "cf [[CF:MRTLCU78B14H501K]] x la detrazione, la fattura a nome mio nn della ditta ([[V:05619320541]] è quella, nn usatela)",
            ),
            (
                "a",
                "Perfetto. Visita d'urgenza {{$:80 €}}, si paga in studio anche con carta. Un numero di telefono?",
            ),
            (
                "c",
                "[[T:0039 392 5517 804]]\nse tardo è xke esco da lavoro a [[L:Carpi]] alle {{TM:18}}",
            ),
            ("a", "Nessun problema, la aspettiamo."),
        ],
    },
    {
        "business": "ferrarini",
        "platform": "messenger",
        "customer": "Yusuf Khalil",
        "lang": "en",
        "start": "2025-03-12T16:30:00",
        "messages": [
            (
                "c",
                "hello, i am student at {{W:Unimore}}, i need check for my wisdom tooth. i dont speak good italian sorry",
            ),
            (
                "a",
                "Hello! No problem, we can write in English. May I have your name and a phone number?",
            ),
            (
                "c",
                "[[P:Yusuf Khalil]], [[T:+39 351 442 0916]]. also my mother number in [[L:morocco]] if emergency [[T:+212 661-234578]]\nma mère parle seulement français et arabe 😅",
            ),
            (
                "a",
                "Understood. First visit with X-ray is {{$:€60}}. We need your codice fiscale for the receipt.",
            ),
            ("c", "[[CF:KHLYSF88M03Z330M]] and email [[E:yusuf.k88@postamaroc.example]]"),
            ("c", "posso venire dopo le {{TM:17}}? ho lezione in {{W:via Campi}}", "it"),
            (
                "a",
                "Sì, {{D:martedì 18 marzo}} alle {{TM:17:30}} va bene? We are in the centre, 5 minutes from the {{W:Duomo}}.",
            ),
            ("c", "ok perfetto grazie mille 🙏 shukran"),
            ("a", "See you {{D:Tuesday}}, [[P:Yusuf]]!"),
        ],
    },
    {
        "business": "ferrarini",
        "platform": "instagram",
        "customer": "ale_delbello",
        "lang": "it",
        "start": "2025-03-14T21:12:00",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare un controllo x i miei 2 bimbi, [[P:Tommaso]] 8 anni e [[P:Bianca]] 5",
            ),
            ("a", "Ciao! Con piacere 😊 Il nome del genitore?"),
            (
                "c",
                "[[P:Alessandra Delbello]], ci siamo appena trasferiti a [[L:Formigine]] da [[L:Padova]]",
            ),
            ("c", "[[P:bianca]] ha una macchietta {{W:bianca}} sul dentino davanti, è grave??"),
            (
                "a",
                "Non si preoccupi, spesso è solo una decalcificazione. Li vede la dott.ssa [[P:Ferrarini]] {{D:sabato 22}} alle {{TM:10:00}}, prima [[P:Tommaso]] e poi [[P:Bianca]], va bene?",
            ),
            (
                "c",
                "sii perfetto. il mio cf se serve [[CF:DLBLSN76C47G224V]]\ne la mail [[E:ale.delbello[at]example[dot]it]]",
            ),
            (
                "a",
                "Perfetto, grazie signora [[P:Delbello]]! A {{D:sabato}} 😊 {{B:Studio Dentistico Ferrarini}}",
            ),
        ],
    },
    {
        "business": "ferrarini",
        "platform": "whatsapp",
        "customer": "Lucía Fernández",
        "lang": "en",
        "start": "2025-04-02T18:25:00",
        "messages": [
            (
                "c",
                "hi!! i am on holiday in [[L:Modena]] with my husband, i lost a filling eating {{PD:torrone}} 😭 can someone see me today or tomorrow?",
            ),
            ("a", "Oh no! Tomorrow at {{TM:12:15}} is free. Your name please?"),
            (
                "c",
                "[[P:Lucía Fernández Ortega]]. we stay at a b&b in [[A:via Ganaceto 41]], my number [[T:+34 612 48 73 09]]",
            ),
            (
                "c",
                "mi marido [[P:Javier]] dice que si podéis enviar la factura a su correo [[E:javi.ruizpalma@correo-es.example]] para el seguro",
            ),
            (
                "a",
                "Of course. An emergency filling is from {{$:€90}} to {{$:€130}}. For the insurance invoice we also need your home address in [[L:Spain]].",
            ),
            (
                "c",
                "[[A:Calle de Embajadores 118, 2º izq]], [[A:28012]] [[L:Madrid]]\nthe insurance refunds to [[I:ES91 2100 0418 4502 0005 1332]] if you need it",
            ),
            ("c", "and can i pay now by card? [[C:4147 0938 5216 2073]]"),
            (
                "a",
                "Please don't send card numbers on chat 🙏 you can pay at the desk tomorrow. See you at {{TM:12:15}}, [[P:Lucía]]!",
            ),
        ],
    },
    # ------------------------------------------------------------------ Vivaio Nonna Adele (online)
    {
        "business": "adele",
        "platform": "instagram",
        "customer": "marti_green",
        "lang": "it",
        "start": "2025-03-03T12:40:00",
        "messages": [
            (
                "c",
                "ciao! ho ordinato 3 {{PD:Monstera Deliciosa}} e una {{PD:Calathea Orbifolia}}, ordine {{O:#40217}}, spedite in [[L:Sardegna]]? 🌿",
            ),
            ("a", "Ciao! Sì, spediamo anche sulle isole con {{$:€4,90}} di supplemento 🌱"),
            (
                "c",
                "ok va bene, l'indirizzo è [[A:località Su Pardu snc]], [[A:09040]] [[L:Serdiana]].. è in campagna, il corriere chiami prima pls\nnum [[T:340 667\n1029]]",
            ),
            (
                "c",
                "ah nel campanello c'è scritto [[P:Pinna]] che è mia suocera, io sono [[P:Martina Loi]]",
            ),
            (
                "a",
                "Perfetto! Spedito con {{B:BRT}}, tracking {{TR:059302190044723}}, arriva {{D:giovedì}}.",
            ),
            (
                "c",
                "grazieee 💚 ti taggo quando arrivano, sono [[H:marti_green]] ma anche [[H:@martinaloi.ph]] x le foto, portfolio [[U:www.martinaloi.it/portfolio]]",
            ),
            ("a", "Buone piante 🌿 [[P:Irene]] - {{B:Vivaio Nonna Adele}}"),
        ],
    },
    {
        "business": "adele",
        "platform": "messenger",
        "customer": "Hannah O'Connell",
        "lang": "en",
        "start": "2025-03-09T11:15:00",
        "messages": [
            (
                "c",
                "hiya, my {{PD:Fiddle Leaf Fig}} arrived all droopy and 2 leaves snapped 😢 order {{O:40388}}",
            ),
            (
                "a",
                "Hi [[P:Hannah]], so sorry! Could you send a photo? We can refund it or send a new one.",
            ),
            (
                "c",
                "photos sent. refund pls, i've had it with fiddle leaves lol. to [[I:GB14 MIDL 4005 1572 8391 64]], name [[P:Hannah O'Connell]]\nor back on the card i paid with [[C:5423 9107 7265 3182]] whatever is faster\nmy number [[T:07700 900461]] if u need",
            ),
            (
                "c",
                "actually wait the account is in my partner's name, [[P:Declan Byrne]], sorry!! same iban\nhis email for the receipt [[E:declan.byrne84@example.co.uk]]",
            ),
            (
                "a",
                "No problem. Refund of {{$:€44,90}} issued, 3-5 working days. Since the account is in the [[L:UK]] your bank may charge a small fee.",
            ),
            ("c", "yeah we're in [[L:Leeds]], no worries. thanks a mil x"),
            ("a", "Take care! 🌿"),
        ],
    },
    {
        "business": "adele",
        "platform": "whatsapp",
        "customer": "Rosa Felici",
        "lang": "it",
        "start": "2025-01-20T17:55:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Rosa]] ho comprato da voi la {{PD:Phalaenopsis}} {{W:rosa}} a {{D:Natale}} e adesso le foglie si ingialliscono 😟",
            ),
            (
                "a",
                "Buonasera [[P:Rosa]]! Probabilmente è troppa acqua. La tiene vicino al termosifone?",
            ),
            ("c", "si in cucina... mia figlia [[P:Speranza]] dice di metterla in bagno"),
            (
                "a",
                "Il bagno luminoso va benissimo 👍 Annaffi ogni 10-12 giorni. Se vuole le mandiamo il {{PD:Concime Orchidee Bio}} a {{$:€7,50}}.",
            ),
            (
                "c",
                "si dai mandatemelo. stesso indirizzo dell'altra volta [[A:via Felice Cavallotti 9]], [[L:Sesto San Giovanni]]",
            ),
            (
                "c",
                "ah no aspetta ci siamo trasferite!! adesso [[A:viale Monza 233 scala C int. 12]], [[L:Milano]]",
            ),
            (
                "a",
                "Aggiornato! Ordine {{O:40412}} in partenza domani. La {{W:speranza}} è l'ultima a morire, anche per le orchidee 😄",
            ),
            (
                "c",
                "ahah grazie 🌸 la mail x la conferma [[E:rosa.felici63 chiocciola postaverde punto it]]",
            ),
        ],
    },
    {
        "business": "adele",
        "platform": "instagram",
        "customer": "meilin.grows",
        "lang": "en",
        "start": "2025-02-11T09:30:00",
        "messages": [
            (
                "c",
                "hi {{B:Vivaio Nonna Adele}} 🌿 i'm [[P:Mei Lin]], plant content creator, [[H:@meilin.grows]] on insta and [[U:tiktok.com/@meilinplants]]. would love to collab!",
            ),
            ("a", "Hi [[P:Mei Lin]]! Thanks for reaching out 💚 Could you share your media kit?"),
            (
                "c",
                "sure: [[U:https://linktr.ee/meilinzhou]] and my blog [[U:meilinsjungle.blog]]\nmy number is [[T:+39 351-008-2214]] fyi, i'm based in [[L:Turin]] now but originally from [[L:Chengdu]] so i have lots of chinese followers too",
            ),
            (
                "a",
                "Lovely! We could send you a {{PD:Pilea Peperomioides}} and a {{PD:Hoya Kerrii}}. Address for the parcel?",
            ),
            ("c", "[[A:corso San Maurizio 47]], c/o [[P:Bertola]], [[A:10124]] [[L:Torino]]"),
            (
                "c",
                "my manager [[P:Kofi Mensah]] will email you the contract from [[E:kofi@mensahtalent.example]]",
            ),
            ("a", "Perfect, shipping {{D:Monday}}. Tag us {{B:@vivaiononnaadele}} 🌱 [[P:Irene]]"),
        ],
    },
    {
        "business": "adele",
        "platform": "messenger",
        "customer": "Matteo Barbieri",
        "lang": "it",
        "start": "2025-03-18T08:10:00",
        "messages": [
            (
                "c",
                "salve, ho un negozio di fiori a [[L:Lodi]], vorrei ordinare all'ingrosso 20 {{PD:Strelitzia Nicolai}} e 30 {{PD:Sansevieria}}",
            ),
            (
                "a",
                "Buongiorno! Per 50 pezzi applichiamo il 15% di sconto, totale {{$:€612,00}} + IVA. Pagamento con bonifico anticipato.",
            ),
            (
                "c",
                "ok. fattura a Fiori e Piante di [[P:Barbieri Matteo]], p.iva [[V:09183740159]]\nse serve x rimborsi il nostro iban è [[I:IT34L0306909606100000071234]]",
            ),
            (
                "c",
                "consegna in negozio [[A:corso Umberto I 18]], [[A:26900]]\nmail [[E:fioribarbieri.lodi chiocciola example.it]]",
            ),
            ("a", "Perfetto, ordine {{O:40455}}, consegna {{D:mercoledì 26}}."),
            (
                "c",
                "il mio collaboratore [[P:Kevin]] c'è dalle {{TM:8}} alle {{TM:13}}, il suo cell [[T:0371.448219]]... no scusa quello è il fisso, cell [[T:331-208-7745]]",
            ),
            ("a", "Annotato, grazie [[P:Matteo]]!"),
        ],
    },
    {
        "business": "adele",
        "platform": "telegram",
        "customer": "Gianni R",
        "lang": "it",
        "start": "2025-05-02T20:44:00",
        "messages": [
            (
                "c",
                "ciao sono [[H:gianniricci]] qui su telegram, vorrei mandare un {{PD:Bonsai Ficus Ginseng}} x la festa della mamma a mia madre, [[P:Marisa Ricci]]",
            ),
            ("c", 'bigliettino: "x la mamma + bella del mondo, [[P:Gianni]] e [[P:Sofi]]" 💐'),
            ("a", "Che pensiero carino 🌳 Indirizzo di consegna?"),
            (
                "c",
                "[[A:via Brennero 160]], [[A:38121]] [[L:Trento]], suonare [[P:Ricci Tait]]\nconsegna entro {{D:11 maggio}}? è {{D:domenica}}",
            ),
            (
                "a",
                "Sì, spediamo {{D:mercoledì 7}}. Totale {{$:€39,90}} con vaso in ceramica. Come paga?",
            ),
            (
                "c",
                '{{B:paypal}} [[E:gianni.ricci77@example.com]] o carta [[C:4918033662710452]]\ncell [[T:349 55 12 903]]\nma il vostro sito nn mi fa pagare, dice "ip [[IP:87.10.44.201]] temporaneamente bloccato" 🙄',
            ),
            ("a", "Scusi! Abbiamo sbloccato [[IP:87.10.44.201]], riprovi ora. Ordine {{O:40599}}."),
        ],
    },
    # ------------------------------------------------------------------ Mister Gigi (Rome)
    {
        "business": "gigi",
        "platform": "whatsapp",
        "customer": "Francesca Moretti",
        "lang": "it",
        "start": "2025-02-24T13:02:00",
        "messages": [
            (
                "c",
                "ciao vorrei iscrivere mio figlio [[P:Leonardo]] ({{D:2016}}) alla scuola calcio, fate anche il sabato?",
            ),
            (
                "a",
                "Ciao! Sì, categoria {{W:Pulcini}} il sabato dalle {{TM:9:30}} alle {{TM:11}} al campo di {{W:Testaccio}}.",
            ),
            (
                "c",
                "perfetto abitiamo a [[L:Garbatella]] quindi comodissimo. cosa serve x iscriverlo?",
            ),
            (
                "a",
                "Certificato medico, codice fiscale del bambino e la quota di {{$:€380}} annuale (anche in 2 rate). E nome e cell di un genitore.",
            ),
            (
                "c",
                "[[P:Francesca Moretti]] [[T:3398812047]] [[E:fra.moretti(chiocciola)example.it]]\ncf di [[P:Leo]]: [[CF:MRTLRD16H05H501X]]",
            ),
            (
                "c",
                "vi faccio il bonifico dal conto di mio marito, intestato [[P:Stefano Rinaldi]], cosi lo riconoscete: [[I:IT61D0200802435000104987321]]",
            ),
            (
                "a",
                "Va benissimo! Il mister dei Pulcini è [[P:Daniele]], vi aspetta {{D:sabato}} ⚽ Mister [[P:Gigi]]",
            ),
        ],
    },
    {
        "business": "gigi",
        "platform": "messenger",
        "customer": "Jennifer Kowalski",
        "lang": "en",
        "start": "2025-03-27T19:40:00",
        "messages": [
            (
                "c",
                'hi! my son [[P:Noah]] is in the under 10s. we can\'t log in to the parents portal to see the match videos, it says "access denied for [[IP:151.38.204.117]]"',
            ),
            (
                "a",
                "Hi [[P:Jennifer]]! Sorry about that, our security plugin sometimes blocks VPNs. Are you using one?",
            ),
            (
                "c",
                "yes my husband [[P:Joost]] set one up to watch the {{W:NFL}} lol. now we're on [[IP:79.22.153.8]] without vpn and it works! can [[P:noah]] also get the app? his username is [[H:NoahK_2015]]",
            ),
            (
                "a",
                "Great 👍 We also whitelisted [[IP:151.38.204.117]] so the VPN works too. Reminder: tournament {{D:Sunday 6 April}} at the {{W:Tre Fontane}} pitches, meet at {{TM:8:45}}.",
            ),
            (
                "c",
                "{{W:Tre Fontane}} is far from us, we live in [[L:Monteverde]]. can [[P:noah]] ride with coach [[P:Daniele]]?",
            ),
            (
                "a",
                "Sure, the minibus leaves from our pitch at {{TM:8:00}}. Please send the signed consent form with your address.",
            ),
            (
                "c",
                "[[A:via Giacinto Carini 52, int. 9]], [[A:00152]]. my cell [[T:+1 917-555-0142]], email [[E:jen.kowalski@example.com]]\nthe fee we'll pay from our dutch account [[I:NL58INGB0007412589]]",
            ),
            ("a", "Thanks! Coach [[P:Dani]]"),
        ],
    },
    {
        "business": "gigi",
        "platform": "instagram",
        "customer": "Dragan P.",
        "lang": "it",
        "start": "2025-04-08T10:18:00",
        "messages": [
            (
                "c",
                "salve io sono papa di [[P:Luka Petrović]], lui gioca negli esordienti. io vedo foto di [[P:Luka]] in vostro profilo instagram, io non voglio foto di figlio su internet, per favore togliere",
            ),
            ("a", "Buongiorno signor [[P:Petrović]], ci scusiamo, la togliamo subito. Quale post?"),
            (
                "c",
                "post di torneo contro {{W:Lazio}}, foto con [[P:Luka]] e [[P:Mattia]] e altro bambino",
            ),
            (
                "c",
                "anche mia moglie [[P:Jelena]] ha scritto a voi da suo profilo [[H:jelena_petrovic_rm]]",
            ),
            (
                "a",
                'Rimossa ✅ Nella scheda di [[P:Luka]] abbiamo segnato "no foto". Se vuole lo mettiamo per iscritto, ci lascia una mail?',
            ),
            (
                "c",
                "[[E:dragan.petrovic@example.com]]\nnumero [[T:+381 64 218 5530]] numero serbo, italiano non ho ancora",
            ),
            ("c", "hvala, grazie"),
            ("a", "Grazie a lei. [[P:Valeria]] - segreteria {{B:Mister Gigi}}"),
        ],
    },
    {
        "business": "gigi",
        "platform": "whatsapp",
        "customer": "Giuseppina Colasanti",
        "lang": "it",
        "start": "2025-05-12T18:06:00",
        "messages": [
            (
                "c",
                "buonasera x il camp estivo di {{D:giugno}} c'è ancora posto? x mio nipote [[P:Bobo]] cioè [[P:Roberto Colasanti]] 9 anni",
            ),
            (
                "a",
                "Buonasera! Sì, settimane dal {{D:16}} al {{D:27 giugno}}, {{$:€160}} a settimana con pranzo.",
            ),
            (
                "c",
                "ok ne prendo 2. [[P:Bobo]] è allergico alle nocciole eh, nn dategli la {{PD:Nutella}}\nlo viene a prendere il nonno [[P:Peppe]] alle {{TM:16}} xke la mamma lavora a [[L:Fiumicino]]",
            ),
            ("a", "Segnato tutto ✍️ Per pagare le mando un link o può fare bonifico."),
            (
                "c",
                "con la carta ora: [[C:5351-1420-7733-9186]] a nome [[P:Giuseppina Colasanti]]\no vi faccio bonifico dal mio [[I:IT66H0503403271000000284519]]",
            ),
            (
                "a",
                "Signora la preghiamo di non mandare il numero della carta in chat 🙏 le giro il link sicuro. La ricevuta a chi? Codice fiscale?",
            ),
            (
                "c",
                "[[CF:CLSGPP55A52H501X]]\nla mail ce l'ha mia figlia [[P:Carla]]: carla punto colasanti at example punto it",
            ),
            (
                "a",
                "Grazie! Ricevuta per [[CF:CLSGPP55A52H501X]] a [[E:carla punto colasanti at example punto it]].",
            ),
        ],
    },
    {
        "business": "gigi",
        "platform": "instagram",
        "customer": "Chidi Okafor",
        "lang": "en",
        "start": "2025-04-01T15:27:00",
        "messages": [
            (
                "c",
                "good afternoon. my son [[P:Emeka]] is 12, very talented striker, we just moved from [[L:Lagos]] to [[L:Roma]]. can he do a trial?",
            ),
            (
                "a",
                "Good afternoon! Of course, Under 13 trials are on {{D:Wednesday}} at {{TM:17:00}}.",
            ),
            (
                "c",
                "see his highlights here [[U:youtube.com/@EmekaOkafor10]] and his insta [[H:@emeka_striker10]]",
            ),
            (
                "c",
                "my name is [[P:Chidi Okafor]], number [[T:+234 803 555 0198]] (my number in [[L:Nigeria]]) or italian [[T:328 441 7765]]\nalso [[U:linkedin.com/in/chidiokafor]] if you need references, email [[E:chidi.okafor@example.ng]]",
            ),
            (
                "a",
                "Impressive goals! ⚽ Coach [[P:Daniele]] will see him {{D:Wednesday 9 April}}. Please bring ID and a medical certificate.",
            ),
            ("c", "thank u. is the pitch near {{W:Piramide}} metro?"),
            ("a", "Yes, 5 min walk from {{W:Piramide}}. See you!"),
        ],
    },
    # ------------------------------------------------------------------ LavaSubito (Milan)
    {
        "business": "lava",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2025-03-04T21:30:00",
        "messages": [
            ("c", "ciao! ritiro x domani mattina? 2 sacchi + un piumone matrimoniale"),
            ("a", "Ciao! Sì, domani tra le {{TM:8}} e le {{TM:10}}. Indirizzo?"),
            (
                "c",
                "[[A:via Vallazze 38]], [[A:20131]], citofono [[P:Colombo]] - [[P:Ferri]], 3° piano senza ascensore 😅",
            ),
            ("c", "se nn ci sono lascio i sacchi alla portinaia sig.ra [[P:Gina]]"),
            (
                "a",
                "Perfetto! Piumone matrimoniale {{$:€22}}, lavaggio a peso {{$:€2,50}}/kg. Nome per la ricevuta?",
            ),
            (
                "c",
                "[[P:Federica Colombo]], mi chiamano tutti [[P:Fede]] 😄 cell [[T:+39 333.918.4470]]\ncf [[CF:CLMFRC91P58F205R]] e su insta sono [[H:fede.colombo_]] se volete taggarmi",
            ),
            (
                "a",
                "A domani [[P:Fede]]! Il driver è [[P:Ahmed]], ti scrive 10 min prima. {{B:LavaSubito}}",
            ),
        ],
    },
    {
        "business": "lava",
        "platform": "messenger",
        "customer": "David Goldberg",
        "lang": "en",
        "start": "2025-03-19T12:50:00",
        "messages": [
            (
                "c",
                "hi, you guys picked up my suits {{D:tuesday}}. my {{B:Armani}} jacket came back with a stain on the lapel that wasnt there before",
            ),
            (
                "a",
                "Hi [[P:David]], sorry to hear that! Could you give us the order number and a photo?",
            ),
            (
                "c",
                "order {{O:LS-88213}}. photo attached. also the {{B:Hugo Boss}} shirt is missing a button",
            ),
            (
                "a",
                "Thank you. Our manager [[P:Silvia]] checked it: we'll re-clean the jacket free of charge and replace the button.",
            ),
            (
                "c",
                "ok, i'm in [[L:Milan]] until {{D:friday}} then flying back to [[L:Tel Aviv]]. pick up at my office [[A:Piazza Gae Aulenti 4]]?",
            ),
            (
                "c",
                "btw ur payment page fails from the hotel wifi [[IP:185.22.91.140]]\nreception will ask for [[P:Goldberg]], 11th floor. or call my assistant [[P:Martina]] [[T:02 8734 5521]], on telegram im [[H:dgoldberg]]\nfor the other suits just charge my card [[C:4532 0151 1283 0366]]",
            ),
            (
                "a",
                "Pickup {{D:Thursday}} {{TM:10-12}} 👍 And no worries, we never take card numbers on chat, you'll get a payment link at [[E:d.goldberg@example.net]].",
            ),
        ],
    },
    {
        "business": "lava",
        "platform": "instagram",
        "customer": "xiaoyu.w",
        "lang": "it",
        "start": "2025-02-26T15:08:00",
        "messages": [
            (
                "c",
                "ciao io studentessa {{W:Politecnico}}, vorrei abbonamento studenti lavanderia, quanto costa?",
            ),
            (
                "a",
                "Ciao! L'abbonamento {{PD:LavaPass Student}} costa {{$:€29}}/mese, 4 ritiri. Ti serve un account sull'app.",
            ),
            (
                "c",
                "provato registrare ma app dice errore 429 troppi tentativi\npoi scrive IP [[IP:5.90.212.44]]\nposso pagare subito cn carta? [[C:4556-7301-4428-9016]]",
            ),
            (
                "a",
                "Sbloccato [[IP:5.90.212.44]] ✅ riprova ora. La carta non scriverla qui, la inserisci nell'app 🙏 Con che mail ti sei registrata?",
            ),
            (
                "c",
                "[[E:wangxiaoyu2003@qqmail.example]] ... no scusa quella vecchia, nuova [[E:xiaoyu.wang@studenti-mi.example]]\nabito in residenza [[A:via Giuseppe Ponzio 7, camera 214]]",
            ),
            (
                "c",
                "mia compagna di stanza [[P:Linh]] anche vuole abbonamento. wechat mio [[H:xiaoyu_0321]] se serve, numero cinese [[T:+86 139 2047 5518]]",
            ),
            (
                "a",
                "Se anche [[P:Linh]] si iscrive avete il 10% di sconto tutte e due 😊 [[P:Sara]] dal team {{B:LavaSubito}}",
            ),
            ("c", "谢谢 grazie!!"),
        ],
    },
    {
        "business": "lava",
        "platform": "whatsapp",
        "customer": "Pasquale Esposito",
        "lang": "it",
        "start": "2025-04-14T10:35:00",
        "messages": [
            (
                "c",
                "buongiorno ho una pizzeria in zona [[L:Isola]], {{B:Pizzeria Da Totò}}, mi servono tovaglie e tovaglioli lavati 2 volte a settimana",
            ),
            (
                "a",
                "Buongiorno! Servizio ristoranti: {{$:€0,90}} a tovaglia, {{$:€0,25}} a tovagliolo. Ritiro lunedì e giovedì.",
            ),
            (
                "c",
                "ok. intestazione [[P:Esposito Pasquale]], p.iva [[V:08152640374]]... no scusate quella è di mio fratello, la mia è [[V:12640390089]]",
            ),
            (
                "c",
                "indirizzo [[A:via Pastrengo 11]], cf [[CF:SPSPQL79L21F839V]]\ne x favore nn mischiate coi grembiuli, mio cugino [[P:Gennaro]] si lamenta sempre che sanno di {{PD:Margherita}} 😂",
            ),
            ("a", "Ahah tranquillo 😄 separiamo tutto. Pagamento RID o bonifico a 30 giorni?"),
            (
                "c",
                "bonifico. iban x eventuali note di credito [[I:IT11 X089 0138 4100 0000 0412 781]]",
            ),
            (
                "a",
                "Perfetto, il contratto {{R:CTR-2025-044}} glielo mandiamo via mail. A che indirizzo?",
            ),
            (
                "c",
                "[[E:pasquale.esposito.pizza@example.it]] oppure su fb [[U:facebook.com/pasquale.esposito.7712]]",
            ),
            ("a", "Grazie! [[P:Silvia]] - {{B:LavaSubito Milano}}"),
        ],
    },
    {
        "business": "lava",
        "platform": "instagram",
        "customer": "camille.dbs",
        "lang": "en",
        "start": "2025-03-29T17:22:00",
        "messages": [
            (
                "c",
                "bonjour! sorry for the english, my french is better lol. you washed my coat last week, i think i left my ring in the pocket, it's from my grand-mère [[P:Odette]]",
            ),
            (
                "a",
                "Bonjour [[P:Camille]]! Yes, we found a silver ring in order {{O:LS-88307}} 💍 we kept it safe.",
            ),
            (
                "c",
                "oh merci mon dieu 😭 ok provo in italiano: posso passare in negozio? abito in [[L:Porta Venezia]]",
                "it",
            ),
            (
                "a",
                "Certo! Siamo in {{W:corso Buenos Aires}}, aperti fino alle {{TM:19:30}}. Porti un documento.",
                "it",
            ),
            (
                "c",
                "parfait. (se ti serve vedere chi sono, il mio profilo [[U:vinted.fr/member/camilledbs]] lol) il mio fidanzato [[P:Matteo]] può venire al posto mio? lui ha la ricevuta",
                "it",
            ),
            (
                "a",
                "Sì, ci serve una delega con copia del documento. Può scriverla anche qui col nome completo.",
                "it",
            ),
            (
                "c",
                "io [[P:Camille Dubois]] nata a [[L:Lyon]] delego [[P:Matteo Galli]] a ritirare l'anello\nil suo numero [[T:+39 347-90-12-688]]",
                "it",
            ),
            ("a", "Perfetto così, grazie [[P:Camille]]!", "it"),
        ],
    },
    {
        "business": "lava",
        "platform": "telegram",
        "customer": "Priya Nair",
        "lang": "en",
        "start": "2025-04-22T07:48:00",
        "messages": [
            (
                "c",
                "hi, i'm [[P:Priya]], found you on the telegram group {{W:Expat Milano}}. do you iron school uniforms? my kids [[P:Arjun]] and [[P:Diya]] go to the {{W:British School}}",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes: washing + ironing is {{$:€3,50}} per shirt, and we can sew name labels too.",
            ),
            ("c", 'perfect, labels with "[[P:A. Nair]]" and "[[P:D. Nair]]" pls'),
            (
                "c",
                "your booking page won't load for me, it says my ip [[IP:2a02:a03f:6b2c:1900:5d1e:8c4a:1f2b:77e0]] is blocked?? anyway pickup at [[A:via Washington 70]], [[A:20146]], buzzer [[P:Nair-Menon]]\nif i'm not home my husband's telegram is [[H:@rahul_menon_mi]]",
            ),
            ("a", "Noted. Driver [[P:Ahmed]] will come {{D:Thursday}} {{TM:18-20}}. [[P:Sara]]"),
            (
                "c",
                "thx! invoice to [[E:priya.nair.mi(at)example(dot)com]] pls 🙏 and if u like recipes my blog is [[U:https://priyacooksinmilan.substack.com]] 😄 landline [[T:+39 02 4391 2218]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ Mastro Ubaldo (Deruta)
    {
        "business": "ubaldo",
        "platform": "instagram",
        "customer": "emily_h",
        "lang": "en",
        "start": "2025-02-03T23:15:00",
        "messages": [
            (
                "c",
                'hi!! we visited ur shop in {{W:deruta}} last summer 😍 can u make a custom {{PD:Raffaellesco}} platter with our family name?\nit should say "[[P:Harrison]] Family est. {{D:2009}}"',
            ),
            (
                "a",
                "Hi [[P:Emily]]! Absolutely. A 40 cm Raffaellesco platter with lettering is {{$:€185}}, shipping to the [[L:US]] {{$:€60}}. Where should we ship it?",
            ),
            ("c", "[[A:2150 N Halsted St, Apt 3R]], [[L:Chicago]], [[L:IL]] [[A:60614]]"),
            (
                "c",
                "and could you paint the kids names on the back? [[P:Lily]] and [[P:Will]]. we {{W:will}} hang it in the kitchen 🥰\nour family blog if you wanna see the kitchen [[U:harrisonsabroad.blogspot.com]]",
            ),
            (
                "a",
                "Of course, we'll paint [[P:Lily]] and [[P:Will]] on the back 🎨 It takes about 3 weeks.",
            ),
            ("c", "amazing. card is [[C:4929 8310 7745 6125]]"),
            (
                "a",
                "Please don't share your card here 🙏 I'll email a secure {{B:Stripe}} link. Which email?",
            ),
            ("c", "[[E:emily.harrison@lakeshoremail.example]]"),
            ("a", "Sent! Grazie, [[P:Ubaldo]]"),
        ],
    },
    {
        "business": "ubaldo",
        "platform": "messenger",
        "customer": "Ilaria Capecchi",
        "lang": "it",
        "start": "2025-03-01T16:00:00",
        "messages": [
            (
                "c",
                'ciao! mi sposo a {{D:settembre}} 💍 vorrei 80 bomboniere tipo piattino con scritto "[[P:Ilaria]] e [[P:Nicolò]] {{D:13.09.2025}}"',
            ),
            (
                "a",
                "Che bello, auguri! Piattino 12 cm decoro {{PD:Ricco Deruta}} {{$:€14}} cad., con scritta personalizzata +{{$:€2}}.",
            ),
            (
                "c",
                "perfetto! spedizione a casa dei miei a [[L:Montefalco]], [[A:frazione Turrita, voc. Le Coste 12]], [[A:06036]]\nnumero della mamma [[P:Loredana]] x il corriere [[T:0742 37 91 08]]",
            ),
            (
                "c",
                "fattura a nome mio [[P:Ilaria Capecchi]] cf [[CF:CPCLRI94R43D653W]]\nah ci sono tutte le info anche sul nostro sito [[U:ilariaenicolo.wedding]] 😍 o su insta [[H:@ilaria.capecchi]]",
            ),
            (
                "a",
                "Perfetto [[P:Ilaria]]! Bozza grafica entro {{D:venerdì}}, acconto 30% con bonifico. Per il brindisi vi consigliamo un {{PD:Montefalco Rosso}} 😉 [[P:Ubaldo]] & [[P:Rita]]",
            ),
            (
                "c",
                "ahaha già preso il {{PD:Sagrantino}}! ti scrivo anche la mail del mio fidanzato che segue i pagamenti [[E:nico.bartoli(at)example.it]]",
            ),
            ("a", "Ricevuto, scriviamo a [[P:Nicolò]] per l'acconto. A presto!"),
        ],
    },
    {
        "business": "ubaldo",
        "platform": "whatsapp",
        "customer": "Ursula Brandt",
        "lang": "it",
        "start": "2025-06-10T09:20:00",
        "messages": [
            (
                "c",
                "buongiorno, io ho comprato piatti da voi in {{D:maggio}}, adesso arrivato in [[L:Germania]] ma uno è rotto 😢",
            ),
            (
                "c",
                "Bestellung {{O:DU-1187}}. ich wohne in [[L:Freiburg]], [[A:Schwarzwaldstraße 61]], [[A:79102]]\nil tracking era {{TR:DE 0034 0434 1610 9401 59}}",
            ),
            (
                "a",
                "Buongiorno signora [[P:Brandt]], ci dispiace molto! Ci manda una foto del pacco e del piatto?",
            ),
            ("c", "foto fatto. mein Mann [[P:Klaus]] sagt the box was wet"),
            ("a", "Grazie. Le rimborsiamo il piatto, {{$:€48}}. Ci dà IBAN e intestatario?"),
            (
                "c",
                "[[I:DE44500105175407324931]] intestatario [[P:Ursula Brandt-Lehmann]]\ntelefon [[T:+49 (0)761 / 458 2270]]",
            ),
            (
                "a",
                "Rimborso fatto su [[I:DE44500105175407324931]] ✅ Danke schön! [[P:Rita]] - {{B:Mastro Ubaldo}}",
            ),
        ],
    },
    {
        "business": "ubaldo",
        "platform": "instagram",
        "customer": "Ananya Iyer Studio",
        "lang": "en",
        "start": "2025-04-16T11:45:00",
        "messages": [
            (
                "c",
                "hello, [[P:Ananya Iyer]] here, interior designer based in [[L:Paris]], studio site [[U:ananyaiyer-interiors.fr]], [[H:@ananya.iyer.studio]] on ig. i'm doing a trattoria project and need 120 hand-painted tiles",
            ),
            (
                "a",
                "Hello [[P:Ananya]]! Lovely. 20x20 tiles with {{PD:Deruta blu}} decor are {{$:€9}} each, 4 weeks.",
            ),
            (
                "c",
                "great. invoice to my company, VAT [[V:FR44732829320]], address [[A:14 rue des Vinaigriers]], [[A:75010]] [[L:Paris]]",
            ),
            (
                "c",
                'the client, Monsieur [[P:Rocca]], wants a {{W:San Francesco}} motif on 4 of them, can u?\nalso ur website shop blocked me, "access from [[IP:90.84.177.3]] denied"',
            ),
            (
                "a",
                "Yes, our painter [[P:Rita]] does a beautiful {{W:San Francesco}} with the birds 🕊 And sorry about the shop, we had blocked [[IP:90.84.177.3]] by mistake, fixed now.",
            ),
            (
                "c",
                "amazing 😍 my assistant [[P:Théo]] will confirm the colours, his whatsapp [[T:+33 6 12 48 90 37]], mail [[E:theo@ananyaiyer-interiors.fr]]\nwe'll pay from [[I:FR14 2004 1010 0505 0001 3M02 606]]",
            ),
            ("a", "Perfect. Proforma {{R:PF-2025-031}} sent, VAT [[V:FR44732829320]]."),
        ],
    },
    {
        "business": "ubaldo",
        "platform": "messenger",
        "customer": "Ciro Improta",
        "lang": "it",
        "start": "2025-04-03T19:10:00",
        "messages": [
            (
                "c",
                "salve volevamo fare il corso di tornio {{D:sabato}}, siamo in 4: io, mia moglie [[P:Assunta]] e i ragazzi [[P:Gennaro]] e [[P:Chiara]]",
            ),
            (
                "a",
                "Buongiorno! Sabato {{D:5 aprile}} alle {{TM:15:00}} ci sono 4 posti, {{$:€45}} a persona, 2 ore.",
            ),
            (
                "c",
                "perfetto. nome x la prenotazione [[P:Improta]], [[P:I-M-P-R-O-T-A]]\nveniamo da [[L:Pozzuoli]], siamo in vacanza a [[L:Perugia]] x il ponte",
            ),
            (
                "c",
                "ah mio figlio [[P:genny]] vuole sapere se può filmare x il suo canale [[U:youtube.com/c/GennyGioca]], su insta è [[H:genny_gioca]]",
            ),
            ("a", "Certo, basta non riprendere gli altri ospiti 😊 Un numero per la conferma?"),
            ("c", "[[T:081 526 33 19]] oppure [[E:ciro.improta81@example.it]]"),
            ("a", "Confermato, a {{D:sabato}}!"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(125, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
