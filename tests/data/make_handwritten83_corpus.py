# ruff: noqa: E501
"""Hand-written blind test corpus no. 83 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, every person, number and address
invented. The checksummed identifiers (IBANs, card numbers, codici fiscali, partita IVA) were
computed once with python-stdnum / Luhn and pasted here as literals.
Markup: [[CODE:value]] is a personal value to be removed, {{CODE:value}} a look-alike that must
survive (see handwritten_markup.py beside this file).
The six invented businesses: a ceramics workshop that ships, a ski school, a pharmacy with home
delivery, a car rental, a florist and a piano teacher.
Regenerate with: .venv/bin/python make_handwritten83_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten83_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "ceramica": "Terre di Nives Ceramiche",
    "sci": "Scuola Sci Cimabianca",
    "farmacia": "Farmacia San Rocco",
    "auto": "RentaMove Auto",
    "fiori": "Fiori di Rosa Delfino",
    "piano": "Pianoforte con Maestra Vidali",
}
PAGE_IDS: dict[str, str] = {
    "ceramica": "683610204518837",
    "sci": "683610377120094",
    "farmacia": "683610551932760",
    "auto": "683610609284413",
    "fiori": "683610742066158",
    "piano": "683610890317425",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------- ceramica ----------------
    {
        "business": "ceramica",
        "platform": "instagram",
        "customer": "marta.ciotti",
        "lang": "it",
        "start": "2025-02-03T10:12:00",
        "messages": [
            (
                "c",
                "ciao!! ho visto il {{PD:piatto Melograno blu}} nelle storie, spedite anche in [[L:Svizzera]]? mia sorella abita a [[L:Lugano]] e vorrei farle una sorpresa x il compleanno",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! Sì spediamo in [[L:Svizzera]] con corriere espresso, il piatto costa {{$:48 €}} + {{$:22 €}} di spedizione extra UE. Ci lasci nome e indirizzo di chi riceve?",
            ),
            (
                "c",
                "si allora lei è [[P:Chiara Ciotti]]\n[[A:via Nassa 17]]\n[[A:6900]] [[L:Lugano]]\nil suo cell è [[T:+41 79 418 22 07]]",
            ),
            (
                "c",
                "ah e nn mettete il mio nome sul pacco che se no capisce 😂 scrivete solo da parte di [[P:marta]]",
            ),
            (
                "a",
                "Perfetto, segnato tutto! Ordine {{O:TN-20931}}, spedizione entro {{D:venerdì 7}}. Buona sorpresa! [[P:Nives]]",
            ),
            ("c", "grazieee ❤️"),
            (
                "c",
                "ah ultima cosa, se [[P:chiara]] nn è a casa lasciatelo alla portinaia la sig.ra [[P:Bernasconi]] oppure chiamate suo marito [[P:Dario]] al [[T:+41 76 530 18 44]]",
            ),
            (
                "a",
                "Annotato, grazie [[P:Marta]]! La conferma arriva a [[E:marta.ciotti95@example.it]] giusto?",
            ),
            ("c", "si esatto quella 👍 io sono [[H:marta.ciotti]] anche su fb"),
        ],
    },
    {
        "business": "ceramica",
        "platform": "messenger",
        "customer": "Hamid Rezaei",
        "lang": "en",
        "start": "2025-02-11T16:40:00",
        "messages": [
            (
                "c",
                "hello i ordered 2 mugs {{PD:Tazza Grana Padano}} style, the yellow ones, order {{O:TN-20977}} but tracking {{TR:3392 1807 4455}} says returned to sender??",
            ),
            (
                "a",
                "Hi [[P:Hamid]], sorry about that! The courier says the address was incomplete. Can you confirm the full address please?",
            ),
            (
                "c",
                "yes its [[A:Flat 4, 22 Cranbrook Road]]\n[[L:Ilford]] [[A:IG1 4PJ]]\nmaybe they missed the flat number, buzzer says [[P:Rezaei-Moradi]] because my wife surname",
            ),
            ("c", "my number if courier need [[T:07700 914 362]]"),
            ("c", "or my wife [[P:Shirin]]\n[[T:07700\n900 518]]\nshe is home mornings"),
            (
                "a",
                "Thank you, we've re-sent it today with the flat number and a note for the buzzer. New tracking {{TR:3392 1807 4471}}. Have a nice day! [[P:Nives]]",
            ),
        ],
    },
    {
        "business": "ceramica",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2025-03-02T09:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giuseppina Bellotti]] mi ha dato il vostro numero la mia vicina la sig.ra [[P:Ferrante]], vorrei 12 piatti fondi per la comunione di mio nipote [[P:Tommaso]] il {{D:4 maggio}}",
            ),
            (
                "c",
                "colore {{W:verde salvia}} se si può e con scritto il nome\n[[P:tommaso]] e la data",
            ),
            (
                "a",
                'Buongiorno Signora, certo! 12 piatti fondi personalizzati vengono {{$:26 €}} l\'uno. Per la scritta: "[[P:Tommaso]] {{D:04.05.2025}}" va bene?',
            ),
            ("c", "si perfetto ma [[P:tommy]] con la y nn lo scrivete eh 😅 tommaso per intero"),
            (
                "c",
                "per la fattura vi do il codice fiscale di mio figlio [[CF:MRTGPP79A12H501W]] che paga lui",
            ),
            (
                "a",
                "Ricevuto! Pronti entro il {{D:25 aprile}}, potete ritirare in laboratorio o spediamo. Fateci sapere. [[P:Nives]]",
            ),
            (
                "c",
                "spedite a [[A:via Giacomo Leopardi 8]] [[A:00198]] [[L:Roma]] citofono [[P:Bellotti]] grazie",
            ),
        ],
    },
    {
        "business": "ceramica",
        "platform": "telegram",
        "customer": "kasia_w",
        "lang": "en",
        "start": "2025-03-19T18:22:00",
        "messages": [
            (
                "c",
                "hi! im [[P:Katarzyna Wiśniewska]] from [[L:Kraków]], i run a small concept store and want to order wholesale, ~40 pcs of {{PD:Vaso Stromboli}}",
            ),
            (
                "a",
                "Hello [[P:Katarzyna]]! Wholesale is possible from 30 pieces, 20% off list price ({{$:35 €}} -> {{$:28 €}}). Do you have an EU VAT number?",
            ),
            (
                "c",
                "yes PL VAT [[V:PL5261040828]] , shop is [[U:www.kasiaceramika-shop.pl]] and my insta is [[H:@kasia.wisniewska.studio]]",
            ),
            ("c", "ship to [[A:ul. Józefa 14/3]]\n[[A:31-056]] [[L:Kraków]]"),
            (
                "a",
                "Great, I'll send a pro-forma {{R:PF-2025-118}} today. Payment by bank transfer. Thanks [[P:Katarzyna]]!",
            ),
            ("c", "dziękuję!! sorry, thank you 😄"),
            (
                "c",
                "invoice pls to my partner company too: [[P:Tomasz Nowak-Zieliński]], [[E:tomasz@kasiaceramika-shop.pl]]. he will pay from [[L:Poland]] account",
            ),
            ("a", "Sure, I'll add [[P:Tomasz]] in copy. [[P:Nives]]"),
        ],
    },
    {
        "business": "ceramica",
        "platform": "instagram",
        "customer": "lorenzo_vitt",
        "lang": "it",
        "start": "2025-04-08T21:03:00",
        "messages": [
            ("c", "ciao cmq il pacco è arrivato ma 1 ciotola rotta 😭 ordine {{O:TN-21240}}"),
            ("c", "vi mando la foto su whatsapp al [[T:347 201 6633]] che qui nn carica"),
            (
                "a",
                "Ciao [[P:Lorenzo]], ci dispiace tanto! Mandaci pure la foto, te la rispediamo gratis. È sempre lo stesso indirizzo di [[L:Bassano]]?",
            ),
            (
                "c",
                "no no adesso sono da mia morosa [[P:Ilaria]] a [[L:Schio]], [[A:via Pasubio 41 int. 2]]",
            ),
            ("a", "Perfetto, partita domani. Un abbraccio a [[P:Ilaria]]! 😊 [[P:Nives]]"),
        ],
    },
    # ---------------- sci ----------------
    {
        "business": "sci",
        "platform": "whatsapp",
        "customer": "Sophie Lambert",
        "lang": "en",
        "start": "2025-01-04T08:30:00",
        "messages": [
            (
                "c",
                "Hello, we are a family from [[L:Lyon]], staying in [[L:Pila]] from {{D:8 to 14 feb}}. Kids lessons for 2 children: [[P:Léa]] 7 years and [[P:Noé]] 5 years. [[P:Léa]] has skied before, [[P:Noé]] never",
            ),
            (
                "a",
                "Bonjour [[P:Sophie]]! For [[P:Léa]] the group course {{PD:Pinguini 2}} mornings {{TM:9:30-12:00}}, {{$:210 €}} for 5 days. [[P:Noé]] would be in the {{PD:Snow Garden}} kindergarten, {{$:190 €}}.",
            ),
            (
                "c",
                "ok parfait. my husband [[P:Julien]] wants private lessons too, he is very bad lol 😂",
            ),
            (
                "a",
                "No problem 😄 Private lesson 1h {{$:65 €}}. Our instructor [[P:Davide]] speaks French. Can you send your phone and e-mail for the booking?",
            ),
            (
                "c",
                "[[T:+33 6 12 48 90 37]]\n[[E:sophie.lambert.ly@example.fr]]\nwe are at hotel near the gondola",
            ),
            (
                "a",
                "Booked! Reference {{R:CB-0208-LAM}}. See you on the {{D:8th}} at the meeting point under the {{W:Chamolé}} chairlift. [[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "instagram",
        "customer": "fede.snow04",
        "lang": "it",
        "start": "2025-01-12T19:48:00",
        "messages": [
            (
                "c",
                "ciao raga volevo chiedere x il corso snowboard adulti, io e il mio amico [[P:Bobo]] siamo proprio zero",
            ),
            (
                "a",
                "Ciao! Corso adulti principianti 3 giorni {{$:150 €}}. Come vi chiamate per la prenotazione?",
            ),
            ("c", "io [[P:Federico Mancuso]] e lui [[P:Roberto Sala]] ([[P:bobo]] x gli amici)"),
            (
                "c",
                "anzi mettete anche [[P:Speranza]] la mia ragazza, ha {{W:speranza}} di imparare anche lei ahah",
            ),
            (
                "a",
                "Ahah perfetto, tre posti per {{D:sabato 18}}, ritrovo ore {{TM:9:00}} davanti alla cassa. Un numero di telefono?",
            ),
            ("c", "[[T:339.582.17.04]] grazie mille"),
            (
                "c",
                "il mio insta cmq è [[H:fede.snow04]] e [[P:bobo]] è [[H:@bobo_sala_88]] se volete taggarci nei video 🏂",
            ),
            (
                "c",
                "ah e [[P:speranza]] ha la tavola di suo cugino [[P:Nico]] quindi nn noleggia, io e [[P:roberto]] si",
            ),
            ("a", "Fatto! A sabato. [[P:Giulia]] - {{B:Cimabianca}}"),
        ],
    },
    {
        "business": "sci",
        "platform": "messenger",
        "customer": "Anil Sharma",
        "lang": "en",
        "start": "2025-02-01T11:15:00",
        "messages": [
            (
                "c",
                "Hi sir, I am [[P:Anil Sharma]], working in [[L:Milano]], first time in snow in my life. Want to book lesson for me and wife [[P:Priya]] on {{D:15 February}}",
            ),
            (
                "a",
                "Hello [[P:Anil]], welcome! We suggest 2 hours private for both of you, {{$:120 €}}. Skis and boots can be rented at {{B:Noleggio Fior di Neve}} next door.",
            ),
            ("c", "ok good. payment by card possible? [[C:4539 2071 4386 1527]] exp 09/27"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 you can pay at the desk on the day. I've booked {{TM:10:00}}, ref {{R:CB-1502-SHA}}.",
            ),
            (
                "c",
                "sorry sorry. thank you very much. my mobile [[T:+39 351 708 4429]] if any problem",
            ),
            (
                "c",
                "we stay at friend house in [[L:Courmayeur]], [[A:strada Larzey 9]], friend name [[P:Rajesh Iyer]]. we come by his car",
            ),
            ("a", "Perfect [[P:Anil]], see you on {{D:Saturday}}! [[P:Marco]]"),
        ],
    },
    {
        "business": "sci",
        "platform": "whatsapp",
        "customer": "Nonna Pia",
        "lang": "it",
        "start": "2025-02-17T07:55:00",
        "messages": [
            (
                "c",
                "buon giorno sono la nonna di [[P:Mattia]] e [[P:Sofia Gallo]] che fanno il corso con il maestro [[P:Rudi]]. oggi [[P:mattia]] ha la febbre nn viene. [[P:sofia]] la porta il papà [[P:Enrico]]",
            ),
            (
                "a",
                "Buongiorno! Grazie per averci avvisato, auguri di pronta guarigione a [[P:Mattia]]. Recuperiamo la lezione {{D:giovedì}}?",
            ),
            (
                "c",
                "si grazie. e volevo dire che il maestro [[P:rudi]] è bravissimo [[P:mattia]] parla solo di lui",
            ),
            ("a", "Glielo diciamo subito, sarà contentissimo! 😊 [[P:Marco]]"),
            (
                "c",
                "ah se nn rispondo io scrivete a mia figlia [[P:Manuela Gallo]] [[T:349-2205-781]] che è la mamma",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "telegram",
        "customer": "Jonas",
        "lang": "de",
        "start": "2025-03-01T14:20:00",
        "messages": [
            (
                "c",
                "Hallo, ich bin [[P:Jonas Brenner]] aus [[L:Innsbruck]]. sorry my italian is bad, english ok? we are group of 6 for freeride course",
                "de",
            ),
            (
                "a",
                "Hi [[P:Jonas]], English is perfect. The freeride day with guide is {{$:95 €}} per person, {{D:next Saturday}} if the avalanche bulletin is ok.",
                "en",
            ),
            (
                "c",
                "super. contact of our group leader is [[P:Lukas Hofer-Stadler]], telegram [[H:lukas_hst]] or mail [[E:lukas punto hofer at posteo punto de]]",
                "en",
            ),
            ("c", "and bank transfer from my account? [[I:DE44 5001 0517 5407 3249 31]]", "en"),
            (
                "a",
                "Transfer to our IBAN is fine, no need to send yours 🙂 reference {{R:FR-0308-BRE}}. Danke! [[P:Marco]] from the team",
                "en",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "messenger",
        "customer": "Elisa Marchetti Rovere",
        "lang": "it",
        "start": "2025-03-10T12:02:00",
        "messages": [
            (
                "c",
                "salve vorrei la fattura x il corso di mio figlio [[P:Leonardo]] di febbraio, intestata a me [[P:Elisa Marchetti Rovere]]\nCF [[CF:BNCLRA85M41F205C]]",
            ),
            (
                "c",
                "ah no scusate quello è di mia cognata [[P:Lara Bianchi]] 🤦‍♀️ vi mando il mio dopo",
            ),
            (
                "a",
                "Nessun problema, aspettiamo il codice corretto. Ci serve anche l'indirizzo di residenza.",
            ),
            ("c", "[[A:frazione Pont-Suaz 12]]\n[[A:11100]] [[L:Aosta]]"),
            (
                "c",
                "eccolo il mio: [[CF:SLVFNC92T55L219X]] scusate ancora. mail x la fattura [[E:elisa.marchettirovere@example.it]]",
            ),
            (
                "a",
                "Grazie! Appena arriva il codice fiscale emettiamo la fattura {{R:FT 2025/0341}}. [[P:Giulia]]",
            ),
        ],
    },
    # ---------------- farmacia ----------------
    {
        "business": "farmacia",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-01-20T08:10:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Delbello]] la signora del terzo piano, mi portate la solita ricetta di mio marito [[P:Aldo]]? il dott. [[P:Stoka]] l'ha mandata stamattina",
            ),
            (
                "a",
                "Buongiorno signora [[P:Rosa]], la ricetta elettronica è arrivata. Consegniamo oggi pomeriggio tra le {{TM:15}} e le {{TM:17}}.",
            ),
            (
                "c",
                "grazie. se nn rispondo citofonate [[P:Zorzenon]] che è la mia vicina lei è sempre a casa",
            ),
            ("c", "indirizzo sempre [[A:via Giulia 34]]"),
            (
                "c",
                "ah e se riuscite anche le gocce per gli occhi per mia nipote [[P:Tiziana]] che è qui da [[L:Udine]]",
            ),
            (
                "a",
                "Perfetto, segnato. Il totale è {{$:12,40 €}} di ticket. A dopo! [[P:Francesca]] - {{B:Farmacia San Rocco}}",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "messenger",
        "customer": "Wei Zhang",
        "lang": "it",
        "start": "2025-02-06T17:30:00",
        "messages": [
            (
                "c",
                "buonasera io [[P:Zhang Wei]] mia bambina [[P:Xiaolin]] ha febbre 38.5, voi portare {{PD:Tachipirina 250}} sciroppo a casa?",
            ),
            (
                "a",
                "Buonasera, sì certo. Ci dice l'indirizzo e un numero di telefono? Quanti anni ha la bambina?",
            ),
            ("c", "4 anni. [[A:corso Vercelli 112]] scala C\n[[T:328 66\n05 913]]"),
            ("c", "campanello nome [[P:Zhang Lin]] mio marito"),
            (
                "a",
                "Arriviamo in circa 40 minuti. {{PD:Tachipirina 120 mg/5 ml}} sciroppo, {{$:5,90 €}}. Se la febbre sale oltre 39 chiamate il pediatra 🙏",
            ),
            ("c", "grazie tantissimo"),
            (
                "c",
                "mio marito [[P:Lin]] paga con bancomat va bene? o satispay numero [[T:328 660 5913]]",
            ),
            ("a", "Va benissimo il bancomat 👍"),
        ],
    },
    {
        "business": "farmacia",
        "platform": "instagram",
        "customer": "ale_runs",
        "lang": "it",
        "start": "2025-02-24T13:45:00",
        "messages": [
            (
                "c",
                "ciao avete integratori di magnesio tipo {{PD:Magnesio Supremo}}? corro la {{W:Maratona di Firenze}} e ho crampi",
            ),
            (
                "a",
                "Ciao! Sì, {{PD:Magnesio Supremo}} da 150 g a {{$:18,50 €}}. Vuoi ritirarlo o te lo portiamo?",
            ),
            (
                "c",
                "portatelo pls sono [[P:Alessandro Fumagalli]] [[A:via San Francesco d'Assisi 3]]",
            ),
            (
                "c",
                "ah cmq se vi serve seguite la mia pagina [[U:instagram.com/ale_runs_fumagalli]] ci metto i miei allenamenti lol",
            ),
            ("a", "Ahah ok! Consegna domani mattina. In bocca al lupo per la gara 🏃"),
            (
                "c",
                "ultima cosa, nn sono a casa domattina, lasciatelo al bar sotto casa da [[P:Gigi]] che mi conosce, o citofono [[P:Fumagalli]] 2° piano e apre mia mamma [[P:Donatella]]",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "whatsapp",
        "customer": "Fatima",
        "lang": "it",
        "start": "2025-03-14T09:40:00",
        "messages": [
            (
                "c",
                "salve io [[P:Fatima El Amrani]], mia suocera [[P:Khadija]] ha bisogno pannoloni {{PD:Tena Pants}} taglia M, voi consegna a [[L:Borgo San Dalmazzo]]?",
            ),
            (
                "a",
                "Buongiorno [[P:Fatima]], sì consegniamo anche lì il martedì e il venerdì. Ci lascia l'indirizzo?",
            ),
            ("c", "[[A:via Roccasparvera 5]]\n[[A:12011]]\ntelefono mio [[T:0039 320 447 1852]]"),
            ("c", "pagamento con bonifico va bene?"),
            (
                "a",
                "Sì, IBAN della farmacia ve lo mandiamo con la conferma. Totale {{$:34,80 €}}. [[P:Francesca]]",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "telegram",
        "customer": "dr_martini",
        "lang": "it",
        "start": "2025-03-28T11:00:00",
        "messages": [
            (
                "c",
                "buongiorno, sono la dott.ssa [[P:Valeria Martini]], medico di base. il mio paziente sig. [[P:Oreste Pellizzari]] è allettato, riuscite a portargli la terapia ogni settimana?",
            ),
            (
                "a",
                "Buongiorno dottoressa, sì, abbiamo il servizio settimanale. Ci serve indirizzo e un recapito di un familiare.",
            ),
            (
                "c",
                "abita in [[A:località Case Sparse 9]] a [[L:Montecchio]], la figlia si chiama [[P:Marisa]] cell. [[T:(+39) 0445 / 87 21 06]]",
            ),
            ("c", "per qualsiasi cosa mi scriva pure a [[E:v.martini.medico@example.it]]"),
            ("a", "Perfetto, prima consegna {{D:martedì 1 aprile}}. Grazie dottoressa!"),
            (
                "c",
                "il cap è [[A:36075]], la casa è quella dopo la chiesa, cancello verde. il nipote [[P:Samuele]] a volte apre lui",
            ),
        ],
    },
    {
        "business": "farmacia",
        "platform": "messenger",
        "customer": "Tom Whitfield",
        "lang": "en",
        "start": "2025-04-15T19:15:00",
        "messages": [
            (
                "c",
                "hi, im on holiday staying at an airbnb in [[A:via della Madonnina 6]], can you deliver {{PD:Voltaren}} gel and some plasters tonight? twisted my ankle on the {{W:Ponte Vecchio}} steps lol",
            ),
            (
                "a",
                "Hi [[P:Tom]], sorry to hear! Evening delivery is available until {{TM:21:00}}, {{$:3 €}} fee. Name on the door?",
            ),
            (
                "c",
                "the host name is [[P:Carla Ruggeri]] on the buzzer. my uk number [[T:+44 7911 203 578]] (my [[L:UK]] one, no italian sim)",
            ),
            ("a", "On its way in 30 minutes. Get well soon! [[P:Francesca]]"),
        ],
    },
    # ---------------- auto ----------------
    {
        "business": "auto",
        "platform": "whatsapp",
        "customer": "Miguel Ángel",
        "lang": "en",
        "start": "2025-05-02T10:25:00",
        "messages": [
            (
                "c",
                "hola! sorry, english: I want to rent a car from {{D:10 to 17 june}}, pickup at the airport. Driver is me [[P:Miguel Ángel Ortega Ruiz]] and second driver my friend [[P:Nacho]]",
            ),
            (
                "a",
                "Hi [[P:Miguel Ángel]]! A {{PD:Fiat Panda}} is {{$:39 €}}/day, a {{PD:Jeep Renegade}} {{$:62 €}}/day. Additional driver {{$:8 €}}/day. Which one?",
            ),
            (
                "c",
                "the jeep. we go to [[L:Sicilia]] road trip 🤙 my address in spain [[A:Calle Toledo 71, 3º B]], [[A:28005]] [[L:Madrid]]",
            ),
            ("c", "licence is spanish, email [[E:miguelangel.ortega@example.es]]"),
            (
                "a",
                "Booked, reservation {{R:RM-55820}}. Please bring licence and a credit card in the main driver's name. [[P:Luca]] from {{B:RentaMove}}",
            ),
            ("c", "perfecto gracias!!", "es"),
            (
                "c",
                "[[P:nacho]] full name is [[P:Ignacio Fernández Gil]] for the contract, his phone [[T:+34 612 47 83 90]]",
            ),
        ],
    },
    {
        "business": "auto",
        "platform": "messenger",
        "customer": "Daniela Kovačević",
        "lang": "it",
        "start": "2025-05-11T15:50:00",
        "messages": [
            (
                "c",
                "buongiorno, io ho noleggiato macchina {{R:RM-55744}} e ho preso multa? mi arriva lettera da comune di [[L:Verona]] ma io ero in [[L:Trento]] quel giorno",
            ),
            (
                "a",
                "Buongiorno [[P:Daniela]], ci può mandare una foto del verbale? Controlliamo i dati GPS del veicolo.",
            ),
            (
                "c",
                "si ok. io abito [[A:via Brennero 88/A]] [[A:38121]] [[L:Trento]], scritto su lettera nome [[P:Daniela Kovacevic]] senza accento",
            ),
            ("c", "mio marito [[P:Goran]] dice di nn pagare 😅"),
            (
                "a",
                "Dal GPS risulta effettivamente a [[L:Trento]], ci pensiamo noi a fare ricorso. Le scriviamo a breve. [[P:Luca]]",
            ),
            (
                "c",
                "grazie mille. la mia mail [[E:daniela.kovacevic@example.it]], telefono [[T:0461 / 90 33 27]]",
            ),
            ("c", "hvala! scusate, grazie 😊"),
            (
                "c",
                "ah se serve il verbale lo manda mio figlio [[P:Marko]] dalla sua mail [[E:marko.kovacevic07@example.com]], lui studia a [[L:Padova]]",
            ),
        ],
    },
    {
        "business": "auto",
        "platform": "instagram",
        "customer": "jess.travels",
        "lang": "en",
        "start": "2025-05-20T09:10:00",
        "messages": [
            ("c", "hey!! do u have automatic cars? im american and cant drive stick haha 🙈"),
            (
                "a",
                "Hi! Yes, automatic {{PD:Toyota Yaris Hybrid}} {{$:55 €}}/day. When would you need it?",
            ),
            (
                "c",
                "{{D:june 3-9}}!! me and my bf [[P:Will]]. i'm [[P:Jessica Nguyen]]\nphone [[T:(415) 555-0187]]\nwe fly into [[L:pisa]] then drive to a farmhouse near [[L:Montepulciano]] 🍷 {{W:will}} they let us park there lol idk",
            ),
            ("c", "oh and my tiktok is [[H:@jessnguyen.eats]] if u wanna see the trip after 😂"),
            (
                "a",
                "Ahah sure! Booked {{R:RM-55901}}. Pickup at {{W:Pisa}} airport desk. Have fun! [[P:Sara]]",
            ),
        ],
    },
    {
        "business": "auto",
        "platform": "whatsapp",
        "customer": "Antonio Esposito",
        "lang": "it",
        "start": "2025-06-01T18:35:00",
        "messages": [
            (
                "c",
                "salve x il furgone 9 posti x {{D:sabato}}, siamo la squadra di calcetto, nome [[P:Esposito Antonio]]",
            ),
            (
                "c",
                "la ditta paga, p.iva [[V:04123450670]] ragione sociale {{B:Esposito Impianti snc}}",
            ),
            (
                "a",
                "Buonasera, il {{PD:Ford Transit 9 posti}} è libero: {{$:140 €}} per il weekend. Ci serve la patente del conducente.",
            ),
            ("c", "guida mio cognato [[P:Ciro Iannone]] ve la manda lui dal [[T:333 8820417]]"),
            ("c", "cmq andiamo a [[L:Benevento]] x il torneo"),
            (
                "c",
                "la patente di [[P:ciro]] l'ha mandata? lui abita a [[L:Casoria]], [[A:via Principe di Piemonte 48]] se vi serve x il contratto",
            ),
            ("a", "Perfetto, prenotazione {{R:RM-56012}}. Ritiro dalle {{TM:8:00}}. [[P:Luca]]"),
        ],
    },
    {
        "business": "auto",
        "platform": "telegram",
        "customer": "oleksandr_k",
        "lang": "en",
        "start": "2025-06-09T07:20:00",
        "messages": [
            (
                "c",
                "good morning, car broke down on highway near [[L:Modena]] exit, reservation {{R:RM-55967}}. what to do??",
            ),
            (
                "a",
                "Good morning, are you safe? Call our 24h assistance. Tell us exactly where you are.",
            ),
            (
                "c",
                "yes safe. we wait at gas station. my name [[P:Oleksandr Kovalenko]], number [[T:+380 67 431 2290]]",
            ),
            (
                "c",
                "also write my wife [[P:Olena]] she speaks italian better [[T:+39 389 004 7716]]",
            ),
            (
                "a",
                "Tow truck and replacement car arriving within 1 hour. Sorry for the trouble. [[P:Sara]] - {{B:RentaMove}}",
            ),
            (
                "c",
                "thank you. we continue to [[L:Bolzano]] after, to my cousin [[P:Dmytro]], can i return car there?",
            ),
            (
                "a",
                "Yes, our {{W:Bolzano}} office is open until {{TM:19:00}}. Safe trip [[P:Oleksandr]]!",
            ),
        ],
    },
    # ---------------- fiori ----------------
    {
        "business": "fiori",
        "platform": "instagram",
        "customer": "giorgio.bn",
        "lang": "it",
        "start": "2025-02-10T20:15:00",
        "messages": [
            (
                "c",
                "ciao vorrei mandare un mazzo di rose rosse x {{W:San Valentino}} alla mia ragazza ma è una sorpresa",
            ),
            (
                "a",
                "Ciao! Bouquet 12 {{PD:rose Red Naomi}} {{$:65 €}}, consegna il {{D:14}} mattina. Dove?",
            ),
            (
                "c",
                'lei si chiama [[P:Bianca Moretti]], lavora in uno studio dentistico [[A:via Cavour 21]] 2° piano\nsul biglietto scrivete "alla mia [[P:bianchina]], il tuo [[P:G.]]"',
            ),
            ("c", "e nn chiamatela!! se serve chiamate me [[T:340 9912 385]]"),
            (
                "c",
                'ah cmq sono [[P:Giorgio Benedetti]], se in studio chiedono dite che è da parte di "un ammiratore" 😏 la sua collega [[P:Monica]] sa tutto',
            ),
            ("a", "Acqua in bocca 🤫 tutto segnato, ordine {{O:FD-0214-07}}. [[P:Rosa]]"),
        ],
    },
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Famiglia Zanetti",
        "lang": "it",
        "start": "2025-03-05T08:45:00",
        "messages": [
            (
                "c",
                "buongiorno, purtroppo è mancato nostro padre [[P:Felice Zanetti]]. vorremmo una corona per il funerale giovedì alla chiesa di {{W:Santa Rita}}",
            ),
            (
                "a",
                "Condoglianze sentite. Corona di {{W:crisantemi}} bianchi e {{W:lilium}} da {{$:120 €}}. Nastro con che scritta?",
            ),
            (
                "c",
                '"i tuoi figli [[P:Paolo]], [[P:Luisa]] e [[P:Carlo]]"\nfattura a nome di mio fratello [[P:Paolo Zanetti]] [[E:paolo.zanetti(chiocciola)example.it]]',
            ),
            (
                "a",
                "Perfetto. Consegna in chiesa alle {{TM:10:30}}. Un abbraccio alla famiglia. [[P:Rosa]]",
            ),
            (
                "c",
                "grazie. [[P:paolo]] abita a [[L:Gallarate]] [[A:via Milano 77]], la fattura mandatela lì per posta. io sono [[P:Luisa]], il mio numero [[T:0331 79 24 60]]",
            ),
        ],
    },
    {
        "business": "fiori",
        "platform": "messenger",
        "customer": "Emma Schmid",
        "lang": "en",
        "start": "2025-04-02T14:00:00",
        "messages": [
            (
                "c",
                "hi, i live in [[L:Zürich]] and want to send flowers to my grandma in italy for her 90th birthday 🎂",
            ),
            (
                "c",
                "she lives [[A:via Roma 4]], [[L:Ponte di Legno]]. her name [[P:Adelina Schmid Cattaneo]]",
            ),
            (
                "a",
                "How lovely! We deliver in all the {{W:Valcamonica}}. A spring box with tulips and {{W:ranuncoli}} {{$:55 €}}. Message on the card?",
            ),
            (
                "c",
                '"Alles Gute zum Geburtstag Nonna! deine [[P:Emmi]]"\ncan i pay with card [[C:5234 5678 9012 3453]]? or link better',
                "de",
            ),
            (
                "a",
                "A payment link is safer, I'm sending it now 😊 please don't share card numbers in chat. [[P:Rosa]]",
            ),
        ],
    },
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Marco wedding planner",
        "lang": "it",
        "start": "2025-04-18T10:30:00",
        "messages": [
            (
                "c",
                "ciao [[P:Rosa]] sono [[P:Marco Lanfranchi]] di {{B:Lanfranchi Eventi}}. matrimonio [[P:Delia]] & [[P:Samuel Okafor]] il {{D:21 giugno}} a villa, servono centrotavola e arco",
            ),
            ("a", "Ciao [[P:Marco]]! Che bello. Che palette hanno scelto gli sposi?"),
            (
                "c",
                "{{W:pesca}} e {{W:salvia}}, peonie se possibile. la sposa vuole anche un bouquet con {{W:fiori d'arancio}}\nlei ha detto di scriverle diretta su insta [[H:delia.fioretti]]",
            ),
            ("c", "indirizzo villa [[A:strada del Poggio 117]] [[L:Castelnuovo Berardenga]]"),
            ("a", "Perfetto, preparo un preventivo {{R:PRV-25-061}} entro venerdì. [[P:Rosa]]"),
            ("c", "top grazie 🙌"),
            (
                "c",
                "il papà della sposa, [[P:Ugo Fioretti]], paga lui, vuole sentirti x telefono [[T:+39 335 610 2884]]. è di [[L:Siena]], molto preciso eh 😬",
            ),
        ],
    },
    {
        "business": "fiori",
        "platform": "telegram",
        "customer": "nadia_b",
        "lang": "it",
        "start": "2025-05-09T16:10:00",
        "messages": [
            (
                "c",
                "ciao per la festa della mamma posso ordinare online dal vostro sito? mi da errore il pagamento",
            ),
            ("a", "Ciao! Ci dispiace, che errore vedi?"),
            (
                "c",
                "dice bloccato x sicurezza, il mio ip [[IP:93.41.207.118]] boh 🤷‍♀️ sono [[P:Nadia Barbieri]]",
            ),
            (
                "c",
                "se preferite vi faccio bonifico dal mio conto [[I:IT60 X054 2811 1010 0000 0123 456]]",
            ),
            (
                "a",
                "Nessun problema, ordiniamo da qui. Ortensia rosa {{$:38 €}}, consegna {{D:domenica 11}}. Dove la portiamo?",
            ),
            ("c", "a mia mamma [[P:Gina]] [[A:via dei Mille 2]] [[L:Cremona]]"),
            ("c", "[[A:26100]] mi ero dimenticata il cap. citofono [[P:Barbieri Bertoldi]]"),
            ("a", "Fatto! Ordine {{O:FD-0511-19}}. [[P:Rosa]]"),
        ],
    },
    # ---------------- piano ----------------
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Laura Pettinari",
        "lang": "it",
        "start": "2025-09-02T17:40:00",
        "messages": [
            (
                "c",
                "buonasera maestra, mia figlia [[P:Aurora]] ha 8 anni e vorrebbe iniziare piano. fate lezioni a domicilio?",
            ),
            (
                "a",
                "Buonasera! Sì, a domicilio in città il {{D:martedì}} e il {{D:giovedì}}. 45 min {{$:25 €}}. Avete un pianoforte o una tastiera?",
            ),
            ("c", "una tastiera {{PD:Yamaha P-45}}, va bene? noi stiamo in [[A:viale Mazzini 15]]"),
            (
                "c",
                "ah e c'è anche il fratellino [[P:Ettore]] che vuole fare ma ha 5 anni, è troppo piccolo?",
            ),
            (
                "a",
                "Va benissimo la tastiera. Per [[P:Ettore]] possiamo fare un percorso di propedeutica, giocando! [[P:Elena]]",
            ),
            (
                "c",
                "che bello! allora ci vediamo martedì, sono [[P:Laura Pettinari]], cell [[T:345 118 2790]]. il citofono è [[P:Pettinari-Olivo]] perché c'è anche il cognome di mio marito [[P:Stefano]]",
            ),
        ],
    },
    {
        "business": "piano",
        "platform": "instagram",
        "customer": "yusuf.pianist",
        "lang": "en",
        "start": "2025-09-15T22:05:00",
        "messages": [
            (
                "c",
                "hi [[P:elena]], im [[P:Yusuf Adeyemi]], preparing audition for conservatory in [[L:Bologna]]. i play {{W:Chopin}} ballade 1 and {{W:Bach}} prelude, need coaching",
            ),
            (
                "a",
                "Hi [[P:Yusuf]]! Happy to help. Masterclass lessons 1h30 are {{$:60 €}}. Can you send me a recording?",
            ),
            (
                "c",
                "yes my youtube channel [[U:youtube.com/@yusufadeyemipiano]] , last video is the ballade. im from [[L:Lagos]] but live in [[L:Ferrara]] now",
            ),
            (
                "a",
                "Beautiful sound! We can work on the coda. {{D:Saturday}} {{TM:11:00}}? [[P:Elena]]",
            ),
            ("c", "perfect 🎹🙏"),
            (
                "c",
                "pay by transfer ok? from account of my uncle [[P:Babatunde Adeyemi]] in [[L:Nigeria]], or i bring cash. my number [[T:+39 324 771 0958]]",
            ),
            (
                "c",
                "my address for lessons [[A:via Cammello 12]], [[A:44121]], ring [[P:Adeyemi]]. or my friend [[P:Chukwuemeka]] will open",
            ),
        ],
    },
    {
        "business": "piano",
        "platform": "whatsapp",
        "customer": "Gianni",
        "lang": "it",
        "start": "2025-10-01T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno maestra sono [[P:Gianni Vescovo]] il papà di [[P:Chiara]], per il saggio di natale alla {{W:Sala Verdi}} serve che compriamo il vestito?",
            ),
            (
                "a",
                "Buongiorno [[P:Gianni]]! No, basta qualcosa di elegante. [[P:Chiara]] suonerà {{W:Clementi}}, sonatina op. 36 n.1 😊",
            ),
            ("c", "perfetto. la nonna [[P:Ornella]] vuole venire anche lei, posti per 4?"),
            ("a", "Certo! Il saggio è il {{D:14 dicembre}} alle {{TM:17:00}}, ingresso libero."),
            (
                "c",
                "grazie e il bonifico x ottobre lo faccio dal conto di mia moglie [[P:Sabrina]] [[I:IT55 K030 6909 6061 0000 0063 218]] se vede un altro nome è lei",
            ),
            ("a", "Ok grazie per avvisare! [[P:Elena]]"),
        ],
    },
    {
        "business": "piano",
        "platform": "telegram",
        "customer": "Li Na",
        "lang": "en",
        "start": "2025-10-20T13:30:00",
        "messages": [
            (
                "c",
                "hello teacher, i am [[P:Li Na]] mother of [[P:Chen Hao]] 10 years. we move from [[L:Shanghai]] to here, he studied piano 3 years",
            ),
            ("c", "he is shy. english ok, italiano poco poco"),
            (
                "c",
                "his english name is [[P:Kevin]], at school they call him [[P:kevin]]. my husband [[P:Chen Jianguo]] work at hospital, phone [[T:+86 138 0013 7742]] still chinese number from [[L:China]]",
            ),
            (
                "a",
                "Hello! Welcome. I can do a trial lesson free of charge. What level is he, which pieces?",
            ),
            (
                "c",
                "{{PD:Burgmüller op. 100}} and little {{W:Mozart}}. we live [[A:via Saragozza 140]], [[A:40135]]\nmy wechat id [[H:lina_sh_88]] or email [[E:lina.chen88[at]example[dot]com]]",
            ),
            (
                "a",
                "Perfect. Trial on {{D:Thursday}} at {{TM:16:30}} at your home. See you! [[P:Elena]]",
            ),
        ],
    },
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Beatrice Ferri",
        "lang": "it",
        "start": "2025-11-05T20:50:00",
        "messages": [
            (
                "c",
                "ciao [[P:elena]]! sono [[P:bea]], [[P:Beatrice Ferri]], ci siamo conosciute al concorso di [[L:Stresa]] anni fa. adesso insegno anche io a [[L:Novara]] e volevo chiederti un consiglio",
            ),
            (
                "c",
                "ho un'allieva adulta, [[P:Margherita]], 62 anni, che vuole fare il {{W:Notturno}} di {{W:Chopin}} ma ha le mani piccole, tu che repertorio useresti?",
            ),
            (
                "a",
                "Ciao [[P:Bea]], che piacere! Con [[P:Margherita]] proverei prima {{W:Satie}} e {{W:Einaudi}}, poi il notturno op. 9 n.2 semplificato.",
            ),
            (
                "c",
                "grazie mille!! ti lascio il mio sito [[U:https://beatriceferri-pianoforte.it]] se vuoi passare a un concerto 😘",
            ),
            ("a", "Volentieri! A presto. [[P:Elena]]"),
        ],
    },
    {
        "business": "auto",
        "platform": "messenger",
        "customer": "Rhys Llewellyn",
        "lang": "en",
        "start": "2025-07-03T12:40:00",
        "messages": [
            (
                "c",
                "hi there, refund for the deposit on booking {{R:RM-56230}} hasnt arrived. {{$:300 €}}. can you send to my uk account instead of the card? [[I:GB46 MIDL 4005 1572 8394 61]] name [[P:Rhys Llewellyn]]",
            ),
            (
                "a",
                "Hi [[P:Rhys]], sorry for the delay! Refunds go back to the original card, 5-7 working days. Was it an {{B:Amex}}?",
            ),
            (
                "c",
                "yes the amex [[C:3782-194056-12730]]. its my dads card actually, [[P:Gareth Llewellyn]], he lives in [[L:Cardiff]]\n[[A:27 Heol Llanishen Fach]], [[A:CF14 6LA]]",
            ),
            (
                "c",
                "also your website logged me out 5 times, my ip was [[IP:2a02:c7f:8a14:3b00:d15e:41ff:fe09:77a2]] if your IT wants to check",
            ),
            (
                "a",
                "Thanks, I've escalated it to accounts, ticket {{R:TCK-88412}}. You'll get an update at your e-mail. [[P:Luca]]",
            ),
            ("c", "its [[E:rhys.llew at example dot co dot uk]] cheers mate"),
        ],
    },
    {
        "business": "fiori",
        "platform": "instagram",
        "customer": "vale_lov",
        "lang": "it",
        "start": "2025-06-12T11:25:00",
        "messages": [
            (
                "c",
                "ciaooo mi sposo a settembre!! 😍 io sono [[P:Valentina Lovisolo]] e lui [[P:Amedeo]], volevo un preventivo x bouquet e bottoniera",
            ),
            (
                "c",
                "ci sposiamo a [[L:Asti]] nella chiesa di {{W:San Secondo}} e poi festa in cascina, tutto molto {{W:Barolo}} e {{W:Prosecco}} ahah",
            ),
            (
                "a",
                "Auguri [[P:Valentina]]! Bouquet da sposa da {{$:140 €}}, bottoniera {{$:25 €}}. Che fiori ti piacciono?",
            ),
            (
                "c",
                "{{W:rosa}} cipria e {{W:gipsofila}}, la mia testimone [[P:Federica]] dice peonie ma io nn so\nil mio moodboard è su [[U:pinterest.com/valelovisolo]] 🙈",
            ),
            (
                "c",
                "la cascina è [[A:località Valmanera 33]], [[A:14100]] [[L:Asti]]. per info scrivimi anche qui [[E:vale.lovisolo@example.com]] o [[T:+39 346 27 19 550]]",
            ),
            (
                "a",
                "Bellissimo il moodboard! Ti mando il preventivo {{R:PRV-25-088}} domani. [[P:Rosa]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(83, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
