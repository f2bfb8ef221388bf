# ruff: noqa: E501
"""Hand-written blind test corpus no. 117 for convmon's anonymiser.

Written by hand, message by message, with no templates and no Faker: every person, address,
phone number, e-mail, handle and link is invented. The checksummed identifiers (IBANs, card
number, codici fiscali, partita IVA) were computed once with python-stdnum (mod 97-10, Luhn,
the codice fiscale check letter) and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be removed,
``{{CODE:value}}`` is a look-alike that must survive (orders, prices, dates, times, products,
brands and Page names, public places and words that look like names, references, tracking codes).

The six invented businesses: a pet food subscription service (Ciotola Piena), a boat excursion
company in the Cinque Terre named after its skipper (Capitan Tonino Boat Tours), an electrician
and plumber cooperative in Parma (Idraulica Ducale), an online bookshop for children's books
(La Libreria di Nonna Adelina), a hairdresser in Trieste (Ornella Parrucchieri) and a vintage
clothing reseller on Instagram (Mirta Vintage Room). The corpus leans on places and addresses.

Regenerate with ``.venv/bin/python make_handwritten117_corpus.py`` from this folder;
the output ``handwritten117_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten117_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "ciotola": "Ciotola Piena - Pappa a domicilio",
    "tonino": "Capitan Tonino Boat Tours",
    "ducale": "Idraulica Ducale Soc. Coop.",
    "adelina": "La Libreria di Nonna Adelina",
    "ornella": "Ornella Parrucchieri Trieste",
    "mirta": "Mirta Vintage Room",
}
PAGE_IDS: dict[str, str] = {
    "ciotola": "717950204481163",
    "tonino": "717950318829054",
    "ducale": "717950472016398",
    "adelina": "717950551930827",
    "ornella": "717950690347712",
    "mirta": "717950783156240",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- Ciotola Piena (pet food)
    {
        "business": "ciotola",
        "platform": "whatsapp",
        "customer": "Federica L.",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciao!! vorrei attivare l abbonamento x il mio labrador, 4 anni, mangia tantissimo 😅 quanto costa il {{PD:Menu Maxi Pollo e Riso}} da 12 kg?",
            ),
            (
                "a",
                "Ciao! Il {{PD:Menu Maxi Pollo e Riso}} 12 kg in abbonamento mensile costa {{$:54,90 €}} con spedizione inclusa, consegniamo in tutta {{W:Italia}} 🐾 Mi lasci nome, indirizzo e un numero per il corriere?",
            ),
            (
                "c",
                "si allora sono [[P:Federica Lanzoni]]\n[[A:via Pietro Micca 14 scala B 3° piano]]\n[[A:10122]] [[L:Torino]]\ncitofono [[P:Lanzoni Bertola]]",
            ),
            ("c", "ah il cell è [[T:347 218\n5590]]"),
            (
                "a",
                "Perfetto [[P:Federica]], grazie! Primo invio il {{D:12 marzo}} con {{B:BRT}}, fascia {{TM:9:00}}-{{TM:13:00}}. Numero ordine {{O:CP-240312}}. [[P:Giulia]] - {{B:Ciotola Piena}}",
            ),
            (
                "c",
                "super grazie [[P:giulia]] 🙏 ah se nn ci sono lascialo alla mia vicina sig.ra [[P:Ferrero]] al piano terra, lei c'è sempre",
            ),
            (
                "a",
                "Segnato in nota: consegna alternativa alla sig.ra [[P:Ferrero]], piano terra 👍",
            ),
        ],
    },
    {
        "business": "ciotola",
        "platform": "messenger",
        "customer": "Tomasz Wieczorek",
        "lang": "en",
        "start": "2025-04-02T18:40:00",
        "messages": [
            (
                "c",
                "hello, i am from [[L:Poland]] and living in [[L:Casalecchio di Reno]] now, my italian is bad sorry. i want cat food subscription for 2 cats, the grain free one",
            ),
            (
                "a",
                "Hi! No problem at all 😊 Our {{PD:Gatto Grain Free Salmone}} is {{$:32,50 €}} per 4 kg box every month. Where should we ship it?",
            ),
            (
                "c",
                "ok. address is [[A:via Porrettana 310]]\nbut wait is my girlfriend flat, name on bell is [[P:Cuccoli]]",
            ),
            (
                "c",
                "postcode [[A:40033]]. my name [[P:Tomasz Wieczorek]], [[P:W-I-E-C-Z-O-R-E-K]] 😅 phone [[T:+48 601 338 274]] is still from [[L:Poland]] sorry",
            ),
            (
                "a",
                "Thanks [[P:Tomasz]]! Your order {{O:CP-240402}} is confirmed, first box leaves {{D:Monday 7 April}}. You'll get the tracking by sms. [[P:Marco]] from the team",
            ),
            ("c", "thx [[P:marco]] 👍 dziękuję! my girlfriend [[P:Sabrina]] say hello too"),
        ],
    },
    {
        "business": "ciotola",
        "platform": "telegram",
        "customer": "ste_rambo",
        "lang": "it",
        "start": "2025-05-20T07:55:00",
        "messages": [
            (
                "c",
                "buongiorno, sono abbonato da un anno (ordine {{O:CP-230511}}) ma mi sono trasferito da [[L:Pavia]] a [[L:Vigevano]], potete cambiare indirizzo x il prossimo invio?",
            ),
            (
                "a",
                "Buongiorno! Certo, mi scrive il nuovo indirizzo completo? Il prossimo invio parte il {{D:3 giugno}}.",
            ),
            (
                "c",
                "allora [[A:corso Cavour 5]] c/o [[P:Beltrami]] perche ancora nn ho il nome sul campanello",
            ),
            (
                "c",
                "[[A:27029]] [[L:Vigevano]] (PV). ah e il mio tg è [[H:@ste_rambo88]] se il corriere deve scrivermi, sono [[P:Stefano Mezzadri]] cmq",
            ),
            (
                "a",
                "Fatto ✅ indirizzo aggiornato, il corriere {{B:GLS}} la contatterà. Se vuole ci lasci anche un cellulare.",
            ),
            ("c", "[[T:0039 333 90 41 227]] grazie mille"),
            ("a", "Grazie a lei [[P:Stefano]]! Buona giornata, [[P:Sara]] - {{B:Ciotola Piena}}"),
        ],
    },
    {
        "business": "ciotola",
        "platform": "instagram",
        "customer": "priya.walks.dogs",
        "lang": "en",
        "start": "2025-06-09T13:05:00",
        "messages": [
            (
                "c",
                "hi!! do u ship to [[L:Switzerland]]? we just moved to [[L:Lugano]] from [[L:Manchester]] and my dog only eats ur {{PD:Cane Senior Agnello}} lol",
            ),
            (
                "a",
                "Hi! Sorry, at the moment we only ship within {{W:Italy}} and {{W:San Marino}} 😔 Many Swiss customers use a pickup point just over the border, like {{W:Como}} or {{W:Ponte Chiasso}}.",
            ),
            (
                "c",
                "oh ok my partner [[P:Dev]] works in [[L:Como]] actually!! so i can send to his office?",
            ),
            ("a", "Yes of course! Send us the office address and a name for the label."),
            (
                "c",
                "[[P:Dev Raghunathan]] c/o {{B:Studio Ferri}}, [[A:via Milano 74]], [[A:22100]] [[L:Como]]",
            ),
            (
                "c",
                "and my email [[E:priya.r.walsh at pawmail dot co dot uk]] for invoice pls, name [[P:Priya Walsh]]",
            ),
            (
                "a",
                "Done! Order {{O:CP-240609}}, {{$:41,00 €}}, arrives {{D:Thursday}}. Thanks [[P:Priya]] 🐾",
            ),
            (
                "c",
                "ty!! if nobody's in the office leave it w the porter, signor [[P:Bassi]], he's lovely",
            ),
        ],
    },
    {
        "business": "ciotola",
        "platform": "whatsapp",
        "customer": "Pina",
        "lang": "it",
        "start": "2025-02-11T17:30:00",
        "messages": [
            (
                "c",
                "buonasera mi ha detto mia nipote [[P:Ilenia]] che fate le crocchette a casa, io sto in campagna non so se arrivate",
            ),
            (
                "a",
                "Buonasera signora! Arriviamo ovunque in {{W:Italia}}, anche nelle zone rurali. Dove si trova?",
            ),
            ("c", "[[A:contrada Serra di Falco 12]] [[L:Caltagirone]] provincia di [[L:catania]]"),
            (
                "c",
                "il cap è [[A:95041]] credo, mia nipote lo sa meglio. il numero fisso [[T:0933 / 54 12 08]] sono [[P:Giuseppina Randazzo]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Randazzo]], ho messo il {{PD:Menu Mini Tacchino}} da 3 kg a {{$:19,90 €}}. Per il pagamento può fare bonifico o contrassegno.",
            ),
            (
                "c",
                "contrassegno va bene. il postino si chiama [[P:Turi]] e conosce la casa, quella con il cancello verde 😊",
            ),
            ("a", "Bene, lo segnaliamo. Consegna prevista {{D:venerdì 14}}. Un saluto, [[P:Sara]]"),
        ],
    },
    {
        "business": "ciotola",
        "platform": "whatsapp",
        "customer": "Allevamento Zuliani",
        "lang": "it",
        "start": "2025-09-01T08:35:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Roberta Zuliani]], ho un piccolo allevamento di bassotti a [[L:Fagagna]], vorrei un abbonamento grosso con fattura",
            ),
            (
                "a",
                "Salve! Per gli allevatori abbiamo il {{PD:Pacco Allevatore 4x15 kg}} a {{$:189 €}} al mese. Mi serve intestazione e partita IVA.",
            ),
            ("c", "[[P:Zuliani Roberta]] ditta individuale p iva [[V:04561230782]]"),
            (
                "c",
                "indirizzo [[A:borgo Riolo 7]], località [[L:Madrisio]]\n[[A:33034]] [[L:Fagagna]] (UD)\npec [[E:allevamento.zuliani@pec-example.it]]",
            ),
            (
                "a",
                "Perfetto [[P:Roberta]]. Consegniamo in {{W:Friuli}} il martedì, primo invio {{D:martedì 9 settembre}}.",
            ),
            (
                "c",
                "ok. se nn ci sono c'è mio marito [[P:Gianni]] o il ragazzo che mi aiuta, [[P:Elvis]] 😂 si chiama davvero così",
            ),
            ("a", "Ahah segnato! Ordine {{O:CP-250909}}. [[P:Giulia]]"),
        ],
    },
    # ---------------------------------------------------------------- Capitan Tonino (boats)
    {
        "business": "tonino",
        "platform": "whatsapp",
        "customer": "Amy K-R",
        "lang": "en",
        "start": "2025-05-28T15:20:00",
        "messages": [
            (
                "c",
                "Hi there! We're [[P:Amy]] and [[P:Jake]] from [[L:Portland]], [[L:Oregon]] 🇺🇸 staying in [[L:Levanto]] {{D:June 10-14}}, do u have a sunset tour??",
            ),
            (
                "a",
                "Hello! Yes, our {{PD:Sunset Aperitivo Tour}} leaves {{W:Monterosso}} harbour at {{TM:18:30}}, {{$:65 €}} per person, with {{PD:Sciacchetrà}} tasting 🍷",
            ),
            (
                "c",
                "perfect!! book 2 for {{D:the 12th}} pls. name is [[P:Amy Kowalczyk-Reyes]], cell [[T:(503) 555-0187]]",
            ),
            (
                "a",
                "Booked ✅ reference {{R:CTB-0612-22}}. Meeting point is the pier below the {{W:Chiesa di San Francesco}}.",
            ),
            (
                "c",
                "awesome. also [[P:jake]] wants to know if u can pick us up in [[L:levanto]] instead of walking the trail lol his knees 😂",
            ),
            (
                "a",
                "We can pick you up from the pier there for {{$:10 €}} extra each, just be there at {{TM:18:10}}. [[P:Lorenzo]]",
            ),
            (
                "c",
                "ps my sister [[P:Kayla]] might join us, she's flying in from [[L:Dublin]] where she lives now, her number is [[T:+353 87 219 4406]]",
            ),
            ("a", "No problem, just confirm by {{D:June 11}} and we'll add a seat 👍"),
        ],
    },
    {
        "business": "tonino",
        "platform": "messenger",
        "customer": "Luca Orsenigo",
        "lang": "it",
        "start": "2025-06-16T20:10:00",
        "messages": [
            (
                "c",
                "ciao, siamo in 6 x il giro delle {{W:Cinque Terre}} di sabato, vi mando i nomi x la lista:\n[[P:Matteo Rinaldi]]\n[[P:Chiara Bonfanti]]\n[[P:Giorgio Esposito]]\n[[P:Ilaria De Santis]]\n[[P:Kwame Mensah]]\ne io [[P:Luca Orsenigo]]",
            ),
            (
                "a",
                "Ciao [[P:Luca]]! Tutti registrati per il {{PD:Giro Cinque Terre Classico}} di {{D:sabato 21}} alle {{TM:10:00}}, {{$:45 €}} a testa. Partite da {{W:Monterosso}} o vi serve l'imbarco a {{W:La Spezia}}?",
            ),
            (
                "c",
                "noi dormiamo a [[L:Riomaggiore]] in un b&b in [[A:via Colombo 112]], c'è un imbarco li?",
            ),
            ("a", "Sì, a {{W:Riomaggiore}} fermiamo alle {{TM:9:20}} al molo sotto il paese."),
            (
                "c",
                "top. ah [[P:kwame]] non sa nuotare bene, avete giubbotti? lui è di [[L:Accra]] e dice che il mare lì è diverso ahah",
            ),
            (
                "a",
                "Certo, giubbotti per tutti a bordo 🛟 Prenotazione {{R:CTB-0621-06}}. A sabato! [[P:Lorenzo]]",
            ),
        ],
    },
    {
        "business": "tonino",
        "platform": "instagram",
        "customer": "juergen.h",
        "lang": "it",
        "start": "2025-08-30T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Jürgen]] da [[L:Stoccarda]], vorrei barca privata per mia moglie compleanno 50 anni 🎂",
            ),
            (
                "a",
                "Buongiorno [[P:Jürgen]]! Il {{PD:Tour Privato in Gozzo}} di 3 ore costa {{$:480 €}} fino a 6 persone. Che giorno?",
            ),
            (
                "c",
                "{{D:17 settembre}}. Wir wohnen in einer Ferienwohnung in [[L:Manarola]], [[A:via Discovolo 210]]. scusi, tedesco 😅",
            ),
            (
                "a",
                "Kein Problem! 😊 Il {{D:17 settembre}} è libero, possiamo partire dal porticciolo vicino a voi.",
            ),
            (
                "c",
                "perfetto. nome moglie è [[P:Hannelore]], la sorpresa eh!! mio numero [[T:+49 171 4829 306]]",
            ),
            (
                "a",
                "Segnato! Per l'acconto di {{$:100 €}} le mando le coordinate via mail. Che indirizzo email?",
            ),
            (
                "c",
                "[[E:juergen.hartmann(at)example.de]]\nfalls Rückerstattung nötig, mein Konto [[I:DE45430609671044829300]]. eigentlich wohnen wir in [[L:Esslingen]], vicino Stoccarda",
                "de",
            ),
            ("a", "Grazie! Rif. {{R:CTB-0917-PRV}}. Alles Gute a [[P:Hannelore]] 🎉"),
        ],
    },
    {
        "business": "tonino",
        "platform": "telegram",
        "customer": "Dario Z",
        "lang": "it",
        "start": "2025-07-01T19:25:00",
        "messages": [
            (
                "c",
                "ciao ho visto che domani c'è allerta meteo in {{W:Liguria}}, il giro delle {{TM:15}} si fa lo stesso? siamo partiti stamattina da [[L:Cinisello]] e siamo già a [[L:Vernazza]]",
            ),
            (
                "a",
                "Ciao! Purtroppo con mare forza 5 annulliamo le uscite di domani ⛈️ Possiamo spostare a {{D:giovedì}} o rimborsare i {{$:90 €}}.",
            ),
            (
                "c",
                "{{D:giovedì}} nn possiamo, rientriamo {{D:mercoledì}} sera. rimborso allora.\nl iban è [[I:IT74M0306909606100000063117]] intestato a mia moglie [[P:Rossella Zanchi]]",
            ),
            (
                "a",
                "Ricevuto. Il rimborso della prenotazione {{R:CTB-0702-11}} parte entro la settimana.",
            ),
            (
                "c",
                "ok grz. magari torniamo a settembre coi bimbi [[P:Edo]] e [[P:Gaia]] 😊 io sono [[P:Dario]] cmq",
            ),
            ("a", "Vi aspettiamo [[P:Dario]]! 🌊 {{B:Capitan Tonino Boat Tours}}"),
        ],
    },
    {
        "business": "tonino",
        "platform": "whatsapp",
        "customer": "Bec 🌏",
        "lang": "en",
        "start": "2025-07-24T06:50:00",
        "messages": [
            (
                "c",
                "g'day, found u on insta through my own page lol [[H:@wanderwithbec]]. travelling [[L:Italy]] solo for 3 wks, in [[L:Cinque Terre]] 2-4 Aug",
            ),
            (
                "a",
                "Hi [[P:Bec]]! We have a shared {{PD:Morning Swim Tour}} on {{D:3 August}} at {{TM:9:30}}, {{$:55 €}}. Want a spot?",
            ),
            (
                "c",
                "yes pls!! my full name [[P:Rebecca O'Donoghue]], coming from [[L:Florence]] by train, staying at a hostel in [[L:La Spezia]]",
            ),
            (
                "a",
                "Booked! Ref {{R:CTB-0803-41}}. From [[L:La Spezia]] just take the train to {{W:Monterosso}}, about 25 minutes.",
            ),
            (
                "c",
                "my mum wants ur contact too, she's coming in oct w/ her friends from [[L:Brisbane]]. can i give her ur number? she's [[P:Maureen]]\nher email is [[E:maureen.odonoghue58@example.com.au]]",
            ),
            (
                "a",
                "Of course! Tell [[P:Maureen]] to message us here. Enjoy the trip! [[P:Lorenzo]]",
            ),
        ],
    },
    {
        "business": "tonino",
        "platform": "messenger",
        "customer": "Aurora Villalobos",
        "lang": "it",
        "start": "2025-09-06T09:05:00",
        "messages": [
            (
                "c",
                "salve ieri ero sul giro delle {{TM:14:00}} e ho perso gli occhiali da sole {{B:Ray-Ban}}, quelli neri. sono [[P:Aurora Villalobos Pérez]]",
            ),
            ("a", "Salve! Sì li abbiamo trovati sotto la panca 😎 Dove alloggia? Li portiamo noi."),
            (
                "c",
                "ahora estoy ya en [[L:Génova]]... scusi, sono già a [[L:Genova]] per il traghetto per [[L:Barcellona]]. potete spedirli a casa mia in [[L:Spagna]]?",
                "es",
            ),
            ("a", "Certo, ci scriva l'indirizzo, spedizione {{$:12 €}}."),
            (
                "c",
                "[[A:Carrer de Provença 286, 4º 2ª]]\n[[A:08008]] [[L:Barcelona]]\ntel [[T:+34 612 48 93 07]]",
            ),
            (
                "a",
                "Perfetto, spediamo {{D:lunedì}} con tracking {{TR:RR284610375IT}}. Saluti da {{W:Monterosso}}! [[P:Lorenzo]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- Idraulica Ducale (Parma)
    {
        "business": "ducale",
        "platform": "whatsapp",
        "customer": "Marisa",
        "lang": "it",
        "start": "2025-01-13T08:02:00",
        "messages": [
            (
                "c",
                "buongiorno perde acqua sotto la caldaia, è la {{B:Vaillant}} vecchia, potete venire oggi?? abito in [[A:via Emilia Est 47 scala C int. 9]] a [[L:Parma]]",
            ),
            (
                "a",
                "Buongiorno! Mandiamo [[P:Davide]] tra le {{TM:14}} e le {{TM:16}}. Il diritto di chiamata è {{$:40 €}} + IVA.",
            ),
            (
                "c",
                "ok. citofono [[P:Guidotti-Mbaye]], se nn rispondo chiamate mio figlio [[P:Samuel]] al [[T:349.772.18.05]]",
            ),
            ("a", "Perfetto, intervento {{R:INT-2025-0413}}."),
            ("c", "ah la fattura intestata a me [[P:Marisa Guidotti]], cf [[CF:GDTMRS61D52G337G]]"),
            ("a", "Ricevuto signora [[P:Guidotti]], a dopo! — {{B:Idraulica Ducale}}"),
        ],
    },
    {
        "business": "ducale",
        "platform": "messenger",
        "customer": "Enrico Baistrocchi",
        "lang": "it",
        "start": "2025-03-21T11:30:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Enrico Baistrocchi]] ho un bar a [[L:Collecchio]], mi serve un elettricista x rifare l impianto del retro, potete fare preventivo?",
            ),
            (
                "a",
                "Salve! Certo, possiamo fare un sopralluogo {{D:martedì 25}} alle {{TM:8:30}}. Ci serve l'indirizzo del locale.",
            ),
            (
                "c",
                "[[A:piazza Repubblica 3]], [[A:43044]] [[L:Collecchio]]. per la fattura p.iva [[V:02847170343]]",
            ),
            ("c", "e la mail è [[E:bar.enrico chiocciola posta-emilia punto it]]"),
            (
                "a",
                "Perfetto, il preventivo {{R:PRV-0325}} arriva via mail. Il tecnico sarà [[P:Nicola]]. [[P:Elisa]] - amministrazione",
            ),
            (
                "c",
                "grazie [[P:elisa]], ah dite a [[P:nicola]] di parcheggiare dietro la chiesa che davanti c'è il mercato",
            ),
            (
                "c",
                "e se gli avanza tempo lo stesso giorno c'è da cambiare il miscelatore a casa mia, [[A:strada Madregolo 19]] a [[L:Vicofertile]], 5 minuti dal bar",
            ),
            ("a", "Segnato, [[P:Nicola]] passa anche lì dopo il sopralluogo 👍"),
        ],
    },
    {
        "business": "ducale",
        "platform": "telegram",
        "customer": "ananya_k",
        "lang": "en",
        "start": "2025-10-08T21:15:00",
        "messages": [
            (
                "c",
                "hello, im student at uni, living in [[L:Oltretorrente]] in a shared flat. the shower is blocked and my landlord sig. [[P:Pellacini]] says i must call plumber myself 🙄",
            ),
            ("a", "Hi! We can send a plumber tomorrow morning. Address please?"),
            (
                "c",
                "[[A:borgo Santa Caterina 9, 2nd floor]]\nname [[P:Ananya Krishnamurthy]], phone [[T:+91 98450 31762]] (my number from [[L:India]], whatsapp ok) or italian one [[T:351 604 7719]]",
            ),
            (
                "a",
                "Thanks [[P:Ananya]]! [[P:Davide]] will be there {{D:tomorrow}} between {{TM:9}} and {{TM:11}}. Cost {{$:60 €}}, you can ask [[P:Pellacini]] for reimbursement 😉 For the receipt we need your codice fiscale.",
            ),
            (
                "c",
                "its [[CF:KRSNNY99L48Z222A]] thank uuu 🙏 my flatmate [[P:Léa]] will open if im at class",
            ),
        ],
    },
    {
        "business": "ducale",
        "platform": "whatsapp",
        "customer": "Ivano G.",
        "lang": "it",
        "start": "2025-07-15T18:45:00",
        "messages": [
            (
                "c",
                "buonasera abbiamo una casa in campagna a [[L:Langhirano]], la pompa del pozzo nn parte più",
            ),
            (
                "a",
                "Buonasera! Copriamo tutta la provincia di {{W:Parma}}, {{W:Val Parma}} compresa. Mi dà l'indirizzo?",
            ),
            (
                "c",
                "[[A:località Case Bruciate 4]], frazione [[L:Torrechiara]]\nsi passa dopo il {{W:Castello di Torrechiara}}, poi la seconda a destra",
            ),
            (
                "c",
                "cercate la casa col trattore davanti, dite che vi manda [[P:Ivano]] il figlio del [[P:Ghirardi]]",
            ),
            (
                "a",
                "Perfetto, domani alle {{TM:15:00}} arriva [[P:Nicola]] col furgone. Rif. {{R:INT-2025-0588}}",
            ),
            (
                "c",
                "grazie. se vi perdete il mio cell [[T:328 41\n09 663]]\nio sarò giù a [[L:Pilastro]] da mia sorella [[P:Loredana]] fino alle 3",
            ),
            ("a", "👍 a domani"),
        ],
    },
    {
        "business": "ducale",
        "platform": "messenger",
        "customer": "Natalia Ciobanu",
        "lang": "it",
        "start": "2025-11-03T07:40:00",
        "messages": [
            (
                "c",
                "buon giorno io sono [[P:Natalia Ciobanu]] lavoro da la signora [[P:Ferrari]] in [[A:via Farini 60]], lei anziana non usa telefono. la luce salta sempre in cucina",
            ),
            (
                "a",
                "Buongiorno [[P:Natalia]], mandiamo un elettricista. Quando c'è qualcuno in casa?",
            ),
            (
                "c",
                "io sono lì {{D:lunedì}} {{D:mercoledì}} {{D:venerdì}}, dalle {{TM:8}} alle {{TM:12}}. io vengo da [[L:Chișinău]], scusa mio italiano",
            ),
            (
                "a",
                "Va benissimo! {{D:mercoledì}} alle {{TM:9:00}}? Per il pagamento c'è il bonifico, l'IBAN lo trova in fattura.",
            ),
            (
                "c",
                "si. figlio della signora paga, lui abita a [[L:Reggio Emilia]], si chiama [[P:Giancarlo]], fattura a lui pf\ncodice fiscale [[CF:FRRGCR58C03H223Q]]",
            ),
            (
                "c",
                "la signora si chiama [[P:Wanda Ferrari]], porta [[A:scala A, 1° piano]], campanello vecchio non suona, bussare forte\nlui dice grazie e porta a voi un pezzo di {{PD:Parmigiano Reggiano}} 😄",
            ),
            ("a", "Che gentile 😄 A mercoledì! [[P:Elisa]]"),
        ],
    },
    # ---------------------------------------------------------------- Nonna Adelina (books)
    {
        "business": "adelina",
        "platform": "instagram",
        "customer": "lella_nonna",
        "lang": "it",
        "start": "2025-04-22T16:00:00",
        "messages": [
            (
                "c",
                "ciao! vorrei mandare {{PD:Il Gruffalò}} e {{PD:Pimpa va in vacanza}} alla mia nipotina [[P:Sofia]] che vive a [[L:Bruxelles]], spedite in [[L:Belgio]]?",
            ),
            (
                "a",
                "Ciao! Sì, spediamo in tutta {{W:Europa}} 📚 Per l'estero UE la spedizione è {{$:9,90 €}}.",
            ),
            (
                "c",
                "ok allora indirizzo:\n[[P:Sofia Van den Bossche]]\n[[A:Rue des Tanneurs 58, boîte 3]]\n[[A:1000]] [[L:Bruxelles]]",
            ),
            ("c", "aspetta il numero è [[A:85]] nn 58 scusa 🙈"),
            ("a", "Corretto 👍 [[A:Rue des Tanneurs 85, boîte 3]]. Vuole un biglietto d'auguri?"),
            (
                "c",
                "si scrivete 'alla mia principessa [[P:Sofi]] dalla nonna [[P:Lella]]' 💕 è il suo compleanno il {{D:2 maggio}}",
            ),
            (
                "a",
                "Che dolce! Ordine {{O:LNA-10492}}, totale {{$:31,70 €}}. [[P:Adele]] della {{B:Libreria di Nonna Adelina}}",
            ),
        ],
    },
    {
        "business": "adelina",
        "platform": "messenger",
        "customer": "Tom Aldridge-Oyelaran",
        "lang": "en",
        "start": "2025-02-27T21:35:00",
        "messages": [
            (
                "c",
                "Hi, we're raising our twins bilingual in [[L:Bristol]] (my wife is from [[L:Bari]]) and looking for easy Italian picture books for 4 yr olds",
            ),
            (
                "a",
                "Hello! We'd suggest {{PD:Nel paese dei mostri selvaggi}} and the {{PD:Orso Bruno}} series, {{$:12,50 €}} each. 😊",
            ),
            (
                "c",
                "great, one for [[P:Luca]] and one for [[P:Mia]] then 😄 address [[A:Flat 3, 27 Cotham Brow]], [[L:Bristol]] [[A:BS6 6AR]]",
            ),
            (
                "c",
                "card keeps getting declined tho, it's [[C:4929 7183 4602 5197]] - can u try manually?",
            ),
            (
                "a",
                "Please don't send full card numbers here 🙏 We'll email you a secure payment link instead. What's your email?",
            ),
            (
                "c",
                "sorry! [[E:tom.aldridge-oyelaran@example.co.uk]]\nand put my wife [[P:Annamaria]] on the label too, she's usually home",
            ),
            ("a", "Link sent! Order {{O:LNA-10531}}. Cheers, [[P:Pietro]] from the team"),
            (
                "c",
                "oh wait, we move to [[L:Clifton]] on {{D:the 15th}}, can u send it to the new place instead? [[A:12 Royal York Crescent, Flat B]], [[A:BS8 4JZ]]",
            ),
            ("a", "Sure, updated to the new address before dispatch 😊"),
        ],
    },
    {
        "business": "adelina",
        "platform": "whatsapp",
        "customer": "Carla",
        "lang": "it",
        "start": "2025-01-29T14:10:00",
        "messages": [
            (
                "c",
                "buongiorno sono la maestra [[P:Carla]] della primaria di [[L:Sauris]], vorrei 25 copie de {{PD:Il piccolo principe}} per la classe",
            ),
            (
                "a",
                "Buongiorno maestra! Per 25 copie facciamo lo sconto scuole del 15%, totale {{$:191,25 €}}. Spediamo alla scuola?",
            ),
            (
                "c",
                "no meglio a casa mia che la scuola il pomeriggio è chiusa: [[A:frazione Sauris di Sopra 31]]",
            ),
            (
                "c",
                "[[A:33020]] [[L:Sauris]] (UD), intestate a [[P:Carla Petris]], cell [[T:+39 340 558 1296]]",
            ),
            (
                "a",
                "Perfetto! Con le strade di montagna di questi giorni ci vorranno 3-4 giorni. Ordine {{O:LNA-10577}}.",
            ),
            (
                "c",
                "si qui ha nevicato tanto ❄️ se il corriere non trova la casa chiedete al bar di [[P:Bepi]] in piazza",
            ),
            ("a", "Grazie a lei, buon lavoro coi bambini! [[P:Adele]]"),
        ],
    },
    {
        "business": "adelina",
        "platform": "telegram",
        "customer": "Efua A.",
        "lang": "en",
        "start": "2025-09-18T12:25:00",
        "messages": [
            (
                "c",
                "hi, is this the bookshop? my friend [[P:Ngozi]] recommended u. i'm [[P:Efua Asante-Boateng]], we live in [[L:Brescia]] but i'm from [[L:Kumasi]]",
            ),
            (
                "a",
                "Hi [[P:Efua]]! Welcome 😊 We have {{PD:Sulwe}} by {{W:Lupita Nyong'o}} and {{PD:Hair Love}} in Italian, {{$:16 €}} and {{$:14,50 €}}.",
            ),
            (
                "c",
                "both pls!! send to [[A:via Trento 18/B]], [[A:25128]] [[L:Brescia]], bell [[P:Asante]]",
            ),
            ("c", "my tg is [[H:efua_reads]] if courier needs"),
            ("a", "Done! Order {{O:LNA-10603}}. Your daughter will love them 💛 [[P:Pietro]]"),
            ("c", "son actually lol, [[P:Kofi]], 5 yrs 😄"),
            ("a", "Oops! [[P:Kofi]] will love them then 😄"),
        ],
    },
    {
        "business": "adelina",
        "platform": "whatsapp",
        "customer": "Xiaomei",
        "lang": "it",
        "start": "2025-10-21T17:50:00",
        "messages": [
            (
                "c",
                "buonasera, ordine {{O:LNA-10388}} non è arrivato, tracking {{TR:3396 0218 7740}} non funziona",
            ),
            ("a", "Buonasera, controllo subito. A che nome è l'ordine?"),
            ("c", "[[P:Hu Xiaomei]], ma sul campanello c'è [[P:Zheng]] che è mio marito"),
            ("c", "[[A:via Paolo Sarpi 22]], [[L:Milano]]\ncap [[A:20154]]"),
            (
                "a",
                "Il corriere dice destinatario assente {{D:ieri}} alle {{TM:11:42}}. Lo riprogrammo per {{D:domani}}.",
            ),
            (
                "c",
                "ok ok domani c'è mia suocera, lei non parla bene italiano, il corriere può chiamare mia figlia [[P:Giulia]] [[T:3895527014]]",
            ),
            ("a", "Segnato! Scusi il disagio 🙏 [[P:Adele]]"),
        ],
    },
    # ---------------------------------------------------------------- Ornella (hairdresser, Trieste)
    {
        "business": "ornella",
        "platform": "whatsapp",
        "customer": "Nives",
        "lang": "it",
        "start": "2025-03-12T19:00:00",
        "messages": [
            (
                "c",
                "ciao [[P:Ornella]]!! xe [[P:Nives]], te go bisogno de un taglio e colpi de sol x sabato 🙏",
            ),
            (
                "a",
                "Ciao [[P:Nives]]! {{D:Sabato 15}} ho libero alle {{TM:10:30}} o alle {{TM:16:00}}",
            ),
            ("c", "10 e mezza perfetto. vien anche mia sorella [[P:Mojca]] da [[L:Sežana]]?"),
            ("a", "Per tua sorella serve un'altra poltrona, fammi sapere entro {{D:giovedì}} 😊"),
            (
                "c",
                "ok. abito sempre a [[L:Opicina]] ma vegno in bus perché el {{W:Tram de Opcina}} xe ancora fermo 🙄",
            ),
            (
                "a",
                "Ahah sempre fermo! Ti aspetto. Colpi di sole + taglio {{$:85 €}}. [[P:Ornella]]",
            ),
            ("c", "porto anche mia fia [[P:Tjaša]] se ghe xe posto x una piega"),
            ("a", "Per [[P:Tjaša]] alle {{TM:11:30}} va benissimo 😊"),
        ],
    },
    {
        "business": "ornella",
        "platform": "instagram",
        "customer": "sharon.sails",
        "lang": "en",
        "start": "2025-05-06T08:20:00",
        "messages": [
            (
                "c",
                "hi! im on the cruise ship docked at {{W:Molo Bersaglieri}} today only, any chance for a blow dry before {{TM:3pm}}? 😬",
            ),
            (
                "a",
                "Hi! Yes we can fit you in at {{TM:12:15}}. We're 5 min walk from {{W:Piazza Unità}} 😊 Name?",
            ),
            (
                "c",
                "[[P:Sharon Delacroix-Whitfield]], from [[L:Halifax]], [[L:Nova Scotia]] 🇨🇦 my 1st time in [[L:Europe]]!! next stops [[L:Dubrovnik]] and [[L:Venice]] 🛳️",
            ),
            ("a", "Welcome [[P:Sharon]]! See you at {{TM:12:15}}. Blow dry is {{$:35 €}}."),
            ("c", "my friend [[P:Dolores]] wants to come too, she's in the cabin with me lol"),
            ("a", "Of course, [[P:Dolores]] at {{TM:12:45}} then! [[P:Ornella]]"),
            ("c", "thx!! u can find me at [[U:instagram.com/sharon.sails]] to tag u after 💇‍♀️"),
        ],
    },
    {
        "business": "ornella",
        "platform": "messenger",
        "customer": "Milica J.",
        "lang": "it",
        "start": "2025-02-03T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno, mi sposo il {{D:14 giugno}} a [[L:Duino]], cerco parrucchiera che venga a casa la mattina, sono [[P:Milica Jovanović]]",
            ),
            (
                "a",
                "Auguri [[P:Milica]]! Sì, facciamo servizio sposa a domicilio in tutta la provincia di {{W:Trieste}} e a {{W:Monfalcone}}. Dove ti prepari?",
            ),
            ("c", "da mia mamma, [[A:Sistiana 48/D]], [[A:34011]] [[L:Duino Aurisina]]"),
            (
                "c",
                "vicino al {{W:Castello di Duino}} ma dalla parte del mare. mia mamma si chiama [[P:Dragana]], citofono [[P:Jovanović Kralj]]",
            ),
            (
                "a",
                "Perfetto, prova trucco e acconciatura il {{D:24 maggio}} in salone, pacchetto sposa {{$:350 €}}. Il giorno del matrimonio viene [[P:Katia]] alle {{TM:7:30}}.",
            ),
            (
                "c",
                "top!! ah la mia testimone [[P:Bianca]] vuole anche lei la piega, è bionda quasi {{W:bianca}} ahah",
            ),
            ("a", "Nessun problema, aggiungiamo [[P:Bianca]] 😊"),
        ],
    },
    {
        "business": "ornella",
        "platform": "telegram",
        "customer": "rosa s.",
        "lang": "it",
        "start": "2025-06-24T20:40:00",
        "messages": [
            (
                "c",
                "salve, ieri la collega [[P:Katia]] mi ha fatto il colore {{PD:rosa cipria}} ma è venuto arancione 😭",
            ),
            (
                "a",
                "Ci dispiace tantissimo! Passa pure domani, rifacciamo gratis con il tonalizzante {{B:Paul Mitchell}}. A che nome?",
            ),
            ("c", "[[P:Rosa Speranza]]... si lo so ahah nome e cognome tutti e due parole"),
            (
                "c",
                "abito in [[A:via Commerciale 77]], posso passare dopo le {{TM:18}}. il mio fisso [[T:040 36 72 118]]",
            ),
            ("a", "Domani alle {{TM:18:30}} va bene? Rif. {{R:ORN-0211}}."),
            ("c", "si grazie. e scusate lo sfogo 🙈"),
            (
                "a",
                "Figurati [[P:Rosa]], ci mancherebbe. Vogliamo che tu esca {{W:felice}} 🌹 [[P:Ornella]]",
            ),
        ],
    },
    {
        "business": "ornella",
        "platform": "whatsapp",
        "customer": "Omar",
        "lang": "en",
        "start": "2025-10-14T15:35:00",
        "messages": [
            (
                "c",
                "hello, i'm new in [[L:Trieste]], i come from [[L:Alexandria]] in [[L:Egypt]]. do you cut men hair? how much",
            ),
            (
                "a",
                "Hello! Yes, men's cut is {{$:22 €}}, beard {{$:10 €}}. When would you like to come?",
            ),
            (
                "c",
                "{{D:thursday}} after {{TM:5}}? my name [[P:Omar Abdelrahman]], number [[T:+20 100 482 7719]] still egyptian sim",
            ),
            (
                "a",
                "{{D:Thursday}} {{TM:17:30}} is free! We are in {{W:Via Carducci}}, near {{W:Piazza Oberdan}}.",
            ),
            (
                "c",
                "great. my flatmate [[P:Youssef]] also want, same time possible? we live together in [[A:via Rossetti 33]]",
                "en",
            ),
            ("a", "I can do [[P:Youssef]] at {{TM:18:00}}. See you! [[P:Katia]]"),
        ],
    },
    # ---------------------------------------------------------------- Mirta Vintage Room (Instagram)
    {
        "business": "mirta",
        "platform": "instagram",
        "customer": "gaiamoro_",
        "lang": "it",
        "start": "2025-01-08T22:15:00",
        "messages": [
            (
                "c",
                "ciaoo la giacca {{B:Armani}} anni 80 della storia di ieri è ancora disponibile?? 😍",
            ),
            (
                "a",
                "Ciao! Sì, la {{PD:giacca Armani anni 80}} taglia 48 è disponibile, {{$:120 €}} + spedizione",
            ),
            (
                "c",
                "la prendo!! sono [[P:Gaia Morosini]], [[H:@gaiamoro_]] qui su ig. spedite a [[L:Vinci]]?",
            ),
            ("a", "Certo, spediamo in tutta {{W:Italia}} con {{B:SDA}}, {{$:7 €}}."),
            (
                "c",
                "[[A:via della Costa 5]], [[A:50059]] [[L:Vinci]] (FI), citofono [[P:Morosini-Pratesi]]",
            ),
            ("c", "ah se mai dovete rimborsare il mio iban è [[I:IT84V0200811770000104583921]]"),
            (
                "a",
                "Perfetto! Ti mando le coordinate per il bonifico in dm. Ordine {{O:MV-0877}}. xx [[P:Mirta]]",
            ),
        ],
    },
    {
        "business": "mirta",
        "platform": "instagram",
        "customer": "camille.nr",
        "lang": "en",
        "start": "2025-03-30T11:45:00",
        "messages": [
            (
                "c",
                "hello! the {{PD:Levi's 501}} from the 70s, do you ship to [[L:France]]? je suis à [[L:Lyon]] 😊",
            ),
            ("a", "Bonjour! Yes we ship to all {{W:EU}}, {{$:18 €}} with tracking."),
            (
                "c",
                "parfait. [[P:Camille Nguyen-Roux]]\n[[A:14 rue Juliette Récamier]]\n[[A:69006]] [[L:Lyon]]",
            ),
            (
                "c",
                "oh wait sorry im at my boyfriend's place this month, send to [[A:27 avenue Jean Jaurès, bât. B, 2e étage]], [[A:69007]] [[L:Lyon]], c/o [[P:Bastien Morel]]",
            ),
            ("a", "No problem, updated! Should I send the payment link by email?"),
            (
                "c",
                "yes [[E:camille.nr[at]example[dot]fr]]\nps ma mère [[P:Thi Lan]] habite à [[L:Annecy]], she might order too 😉",
            ),
            (
                "a",
                "Sent! Order {{O:MV-0902}}, tracking will be {{TR:CY 482 019 374 IT}}. Merci! [[P:Mirta]]",
            ),
        ],
    },
    {
        "business": "mirta",
        "platform": "instagram",
        "customer": "annalisa.ec",
        "lang": "it",
        "start": "2025-05-14T09:30:00",
        "messages": [
            (
                "c",
                "ciao [[P:mirta]] ho un sacco di roba di mia nonna anni 60/70, borse {{B:Gucci}} e foulard {{B:Hermès}}, li comprate?",
            ),
            ("a", "Ciao! Sì, lavoriamo anche in conto vendita. Mi mandi foto? Da dove scrivi?"),
            (
                "c",
                "da [[L:Napoli]], quartiere [[L:Vomero]]. le foto le trovi già sul mio shop [[U:www.depop.com/clotilde_vomero]]",
            ),
            (
                "a",
                "Bellissime! Per il conto vendita mi servono nome completo, codice fiscale e IBAN per i pagamenti.",
            ),
            (
                "c",
                "[[P:Annalisa Esposito Capuozzo]], cf [[CF:SPSNLS90P59F839Q]]\niban [[I:IT73W0503412345000000998877]]",
            ),
            (
                "c",
                "la nonna si chiamava [[P:Clotilde]], era sarta in [[A:via Scarlatti]] per 40 anni 🥲",
            ),
            (
                "a",
                "Che storia 💛 Spedisci pure con {{B:Poste Italiane}} al nostro magazzino di {{W:Bologna}}, ti rimborso io. [[P:Mirta]]",
            ),
        ],
    },
    {
        "business": "mirta",
        "platform": "instagram",
        "customer": "chidi.ok",
        "lang": "en",
        "start": "2025-08-11T16:55:00",
        "messages": [
            (
                "c",
                "hey, trying to pay on ur site but it says 'access denied for [[IP:93.41.208.17]]' ??",
            ),
            (
                "a",
                "Hi! Sorry about that, our payment provider sometimes blocks VPNs. Where are you connecting from?",
            ),
            (
                "c",
                "[[L:Dubai]], i'm an expat from [[L:Lagos]] living here, not using vpn. my ipv6 shows [[IP:2a02:6b8:1c0f:44::1b7]] if that helps lol",
            ),
            ("a", "Thanks! I'll whitelist it. Which piece is it?"),
            (
                "c",
                "the {{PD:Fendi Baguette}} pink one, {{$:650 €}}. my name [[P:Chidinma Okafor]], ship to [[A:Marina Gate 2, apt 1804]], [[L:Dubai Marina]], [[L:UAE]]",
            ),
            (
                "c",
                "phone [[T:+971 50 218 4473]]\nor can i just pay by card here? [[C:5178-3492-0164-7282]]",
            ),
            (
                "a",
                "Please delete that message 🙏 never share card numbers in chat, the whitelisted checkout will work now.",
            ),
            (
                "a",
                "Perfect, done. Order {{O:MV-0931}}, {{B:DHL}} {{TR:7730 4418 22}}. — [[P:Mirta]]",
            ),
        ],
    },
    {
        "business": "mirta",
        "platform": "instagram",
        "customer": "valethrifts",
        "lang": "it",
        "start": "2025-02-19T18:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Vale]] ([[H:@valethrifts]]) faccio contenuti vintage su tiktok, ti va una collab? 🙌 [[U:tiktok.com/@valethrifts]]\nil mio media kit è qui [[U:linktr.ee/valethrifts]]",
            ),
            (
                "a",
                "Ciao [[P:Vale]]! Volentieri 😊 Di dove sei? Potremmo fare uno shooting in negozio a {{W:Bologna}}.",
            ),
            ("c", "sono di [[L:Ferrara]] ma studio a [[L:Bologna]], abito in zona [[L:Bolognina]]"),
            (
                "a",
                "Perfetto! {{D:Sabato 8 marzo}} alle {{TM:15}}? Siamo in {{W:via del Pratello}}, vicino a {{W:Porta San Felice}}.",
            ),
            (
                "c",
                "si!! porto la mia amica [[P:Ludo]] che fa le foto 📸 il suo profilo è [[U:instagram.com/ludo.scatta]]",
            ),
            ("a", "Super, a sabato! [[P:Mirta]]"),
        ],
    },
    {
        "business": "mirta",
        "platform": "instagram",
        "customer": "marco.t.berlin",
        "lang": "en",
        "start": "2025-11-25T13:15:00",
        "messages": [
            (
                "c",
                "hi! sorry English or Italian? i'm [[P:Marco Tedeschi]], living in [[L:Berlin]] since 2019",
            ),
            ("a", "Ciao [[P:Marco]], come preferisci! 😊", "it"),
            (
                "c",
                "ah perfetto italiano allora 😂 vorrei la {{PD:camicia hawaiana anni 50}}, spedite in [[L:Germania]]?",
                "it",
            ),
            ("a", "Sì! Spedizione UE {{$:15 €}}, camicia {{$:58 €}}.", "it"),
            (
                "c",
                "[[A:Wiener Straße 41]], [[A:10999]] [[L:Berlin]]-[[L:Kreuzberg]]\nsul campanello c'è [[P:Tedeschi]]/[[P:Hoffmann]]",
                "it",
            ),
            ("c", "[[A:Hinterhaus, 3. OG]] — cioè cortile interno 3 piano", "it"),
            ("a", "Perfetto, ordine {{O:MV-0958}} spedito {{D:domani}}. Danke! [[P:Mirta]]", "it"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(117, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
