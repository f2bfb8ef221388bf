# ruff: noqa: E501
"""Hand-written blind test corpus no. 50 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten50_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a bike-sharing and cargo-bike repair shop in
Bologna, a children's birthday-party venue in Varese, a B&B in Manarola (Cinque Terre), a used-car
dealer in Brescia, a ceramic-tile showroom in Sassuolo and a network of private music teachers in
Genoa.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten50_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten50_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bike": "Ruotalibera Cargo Bike Bologna",
    "party": "Il Castello dei Coriandoli",
    "bnb": "Le Terrazze di Nives",
    "cars": "Frigerio Auto Usato Garantito",
    "tiles": "Ardea Ceramiche Showroom",
    "music": "Note in Rete Genova",
}
PAGE_IDS: dict[str, str] = {
    "bike": "650280417305529",
    "party": "650280093186274",
    "bnb": "650280761240038",
    "cars": "650280288571406",
    "tiles": "650280534907712",
    "music": "650280675123890",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A mother asks for a home pick-up of her cargo bike with squeaking brakes.
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Rosa Gualandi",
        "lang": "it",
        "start": "2025-03-03T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Gualandi]], ho una cargo {{B:Urban Arrow}} che frena male davanti, fa un fischio tremendo 😩 potete passare a prenderla? abito in [[A:via del Pratello 41/2]], [[A:40122]], citofono [[P:Gualandi-Mazzetti]]",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Sì, in centro facciamo ritiro a domicilio, {{$:15 €}} andata e ritorno. Giovedì {{D:6 marzo}} tra le {{TM:9:00}} e le {{TM:11:00}} va bene? [[P:Sole]] - {{B:Ruotalibera}}",
            ),
            (
                "c",
                "giovedi ok ma io alle 8 esco, in casa c'è mia madre [[P:Franca]] che vi dà le chiavi del lucchetto. il lucchetto è quello {{W:rosa}} coi brillantini di mia figlia [[P:Ginevra]] lol",
            ),
            (
                "a",
                "Perfetto 😄 Per il fattorino serve un numero di chi sarà in casa, va bene questo whatsapp?",
            ),
            (
                "c",
                "meglio quello di mia madre, [[T:349 552 0817]], io sono in ufficio a [[L:Casalecchio]] tutto il giorno e nn rispondo mai",
            ),
            (
                "a",
                "Ricevuto, il ritiro lo fa [[P:Nicola]]. Il preventivo te lo mando quando l'abbiamo smontata, di solito le pastiglie {{PD:Magura MT5}} sono {{$:38 €}} la coppia + manodopera. Rif. {{R:RIP-2025-0412}}. Se vuoi vedere dove siamo: {{W:maps.app.goo.gl/Xr4Ktq9WmN2}}",
            ),
            (
                "c",
                "grazie mille!! il preventivo mandalo pure a [[E:rosa.gualandi@example.it]] che whatsapp me lo perdo 🙏",
            ),
        ],
    },
    # 2. A Polish Erasmus student is locked out of the bike-sharing app.
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Zuzanna Wróblewska",
        "lang": "en",
        "start": "2025-03-10T19:40:00",
        "messages": [
            (
                "c",
                'Hi! I\'m [[P:Zuzanna]], Erasmus student at {{W:Unibo}}. I bought the monthly bike sharing pass but the app says "account suspended" 😭😭',
            ),
            (
                "a",
                "Hi [[P:Zuzanna]], sorry about that! Can you send me your full name and the e-mail you used to register? – [[P:Nicola]]",
            ),
            (
                "c",
                "[[P:Zuzanna Wróblewska]], email [[E:zuzia.wroblewska@example.com]]. I also tried from my roommate [[P:Kasia]]'s phone, same error. btw my rides are all on strava if it helps [[U:strava.com/athletes/48213907]]",
            ),
            (
                "a",
                "Found you. The system blocked the login after too many attempts from IP [[IP:93.41.207.18]] and one from [[IP:2a01:e11:1b2:40a0::7]], is that your home wifi?",
            ),
            (
                "c",
                "yes probably, we live at [[A:via Mascarella 77]], 3rd floor, the wifi belongs to the landlord mr [[P:Tabellini]]. Before, in [[L:Wrocław]], the app worked fine haha. should I give you my polish address too? it's [[A:ul. Kuźnicza 12/4]], [[A:50-138]] [[L:Wrocław]]",
            ),
            (
                "a",
                "No need for the Polish one 🙂 Unblocked ✅ your pass is valid until {{D:14 April}}. If it happens again write here or call the shop, [[T:051 634 2291]]. Free tip: bikes left in {{W:Piazza Maggiore}} after midnight get a fine 😉",
            ),
            (
                "c",
                "thank you so much!!! dziękuję 🙏 i will tell [[P:Kasia]] and [[P:Oskar]] to rent here too",
            ),
        ],
    },
    # 3. A freelance rider buys a yearly cargo-bike subscription and needs an invoice.
    {
        "business": "bike",
        "platform": "telegram",
        "customer": "Lorenzo F.",
        "lang": "it",
        "start": "2025-01-20T10:05:00",
        "messages": [
            (
                "c",
                "Salve, sono un rider autonomo, vorrei fare l'abbonamento annuale cargo bike x le consegne. Mi serve fattura",
            ),
            (
                "a",
                "Buongiorno! Certo, mi servono nome e cognome, codice fiscale, partita IVA, indirizzo di fatturazione e PEC o codice SDI. [[P:Sole]]",
            ),
            (
                "c",
                "[[P:Lorenzo Ferraresi]]\nCF [[CF:FRRLNZ87D12A944L]]\nPIVA [[V:03184520371]]\n[[A:via Emilia Levante 212]] [[A:40139]] [[L:Bologna]]\npec: [[E:lorenzo.ferraresi@pec.example.it]]",
            ),
            (
                "a",
                "Grazie [[P:Lorenzo]]. Abbonamento {{PD:Cargo Pro 12 mesi}} {{$:420,00 €}} + IVA, fattura n. {{R:FT 2025/118}}. Bonifico su [[I:IT76 T030 6902 4801 0000 0012 873]] intestato {{B:Ruotalibera snc}}",
            ),
            (
                "c",
                "fatto il bonifico dal conto di mia moglie [[P:Bianca]], è intestato a [[P:Bianca Pellacani]], spero nn sia un problema. causale: abbonamento [[P:Ferraresi]]",
            ),
            (
                "a",
                "Nessun problema, arrivato. Da lunedì la bici è pronta in officina, ti aspetta una {{PD:Bullitt}} nera. Ciao [[P:Lorenzo]]!",
            ),
        ],
    },
    # 4. A mum on Instagram books a test ride of a family cargo bike.
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "Martina 🚲",
        "lang": "it",
        "start": "2025-03-14T21:17:00",
        "messages": [
            (
                "c",
                "ciaoo! si può fare un giro di prova con la cargo x bambini? ne abbiamo 2, [[P:Bruno]] (4 anni) e [[P:Leone]] (18 mesi) 😅",
            ),
            (
                "a",
                "Ciao! Certo, test ride gratuito il sabato dalle {{TM:10:00}} alle {{TM:13:00}}, su prenotazione. Abbiamo la {{PD:Babboe Curve}} e la {{PD:Urban Arrow Family}}, le trovi su {{W:www.ruotaliberacargo.example.it}}. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Martina Zecchini]], su ig mi trovi come [[H:@marti.in.bici]] ([[U:https://www.instagram.com/marti.in.bici/]]) e mio marito è [[H:@ale_zecchini_84]] se volete taggarci nelle storie ahah",
            ),
            (
                "a",
                "Segnati! Sabato {{D:22/03}} ore {{TM:10:30}}. Portate i caschetti dei bimbi. Siamo in [[A:via Ferrarese 9/C]] - [[P:Sole]]",
            ),
            (
                "c",
                "top! quella color {{W:bruno}} effetto legno è bellissima, è la curve? [[P:Ale]] dice che costa troppo ma lui dice sempre così",
            ),
            ("a", "Sì esatto, la Curve in finitura noce. Ci vediamo sabato, ciao [[P:Martina]]!"),
        ],
    },
    # 5. English tourists from Leeds crash a rented cargo bike and ask for the deposit back.
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Grace W",
        "lang": "en",
        "start": "2025-05-09T16:33:00",
        "messages": [
            (
                "c",
                "Hello, this is [[P:Grace Whitaker]], we rented the cargo bike yesterday (booking {{R:BK-88412}}). Bad news, my husband [[P:Mark]] rode it into a bollard near {{W:Porta Saragozza}} 🙈 nobody's hurt but the front box is cracked",
            ),
            (
                "a",
                "Oh no, glad you're both ok! Could you bring it back today before {{TM:7 pm}}? We'll check the damage against the {{$:200 €}} deposit. – [[P:Nicola]]",
            ),
            (
                "c",
                "Sure. One question, we fly back to [[L:Leeds]] on {{D:Sunday}}, can the rest of the deposit go to a UK account?",
            ),
            ("a", "Yes, send the IBAN, the holder's name and an email for the receipt, thanks"),
            (
                "c",
                "Account holder [[P:Mark D. Whitaker]], IBAN [[I:GB93 MIDL 4005 1522 8173 64]]. Email [[E:grace.whitaker AT example DOT co DOT uk]]. Home address for the receipt: [[A:27 Kirkstall Lane]], [[L:Headingley]], [[A:LS6 3DT]]",
            ),
            (
                "a",
                "Thanks. Repairing the box is {{$:65 €}}, so we refund {{$:135 €}}, 3-5 working days. Safe flight!",
            ),
            (
                "c",
                "Brilliant, cheers. And say thanks to [[P:Sole]] at the counter, she was lovely. Only by the {{W:grace}} of God we didn't break the whole bike lol",
            ),
        ],
    },
    # 6. An elderly man dictates that his e-bike was stolen; his niece will file the report.
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Gino",
        "lang": "it",
        "start": "2025-02-04T07:48:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:malaguti gino]] punto mi anno rubato la bici elettrica quella che mi avete venduto a {{D:settembre}} punto era legata sotto casa in [[A:via san donato 118]] punto cosa devo fare punto interrogativo",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Malaguti]], ci dispiace tantissimo. Deve fare denuncia ai carabinieri (si può iniziare anche online da {{W:https://www.carabinieri.it}}) con il numero di telaio. La bici era la {{PD:Atala B-Easy}}?",
            ),
            (
                "c",
                "si quella grigia virgola il mio vicino [[P:franco]] dice che ha visto due ragazzi alle {{TM:sei}} di mattina punto la denuncia la fa mia nipote [[P:Serena]] che sa usare il computer io no",
            ),
            (
                "a",
                "Va bene. Il telaio è {{R:WAT2312B0457}}. Se la nipote vuole ci scrive qui o ci chiama allo [[T:051 634 2291]]. [[P:Nicola]]",
            ),
            (
                "c",
                "il numero di mia nipote e [[T:tre quattro sette due uno otto nove zero cinque quattro]] punto se la chiamate voi e meglio punto ve lo dico {{W:franco}} una bici nuova da mille euro non la ricompro",
            ),
            (
                "a",
                "Capito, chiamiamo la signora [[P:Serena]] oggi pomeriggio. A chi ha subito un furto facciamo {{$:-15%}} sulla nuova o sull'usato, ci pensi con calma. Buona giornata",
            ),
        ],
    },
    # 7. A logistics manager writes a formal request for a fleet of cargo bikes.
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Stella Monari",
        "lang": "it",
        "start": "2025-04-01T09:02:00",
        "messages": [
            (
                "c",
                "Gentili signori,\nscrivo per conto di {{B:Sfoglia Express s.r.l.}}, servizio di consegna di pasta fresca nel centro storico. Siamo interessati al noleggio di 6 cargo bike con assistenza per 12 mesi.\nPotete inviarci un'offerta all'indirizzo [[E:stella.monari@example.it]]?\nCordiali saluti\nDott.ssa [[P:Stella Monari]]\nResponsabile logistica\ncell. [[T:+39 333 81 44 290]]\n[[U:linkedin.com/in/stella-monari-logistica]]",
            ),
            (
                "a",
                "Gentile dott.ssa [[P:Monari]], grazie per il messaggio. Le preparo l'offerta entro {{D:venerdì}}. Posso chiederle l'indirizzo della sede per un sopralluogo? [[P:Nicola Bertuzzi]], {{B:Ruotalibera Cargo Bike}}",
            ),
            (
                "c",
                "La sede operativa è in [[A:v. Stalingrado 45/a]], il laboratorio invece in [[A:Str. Maggiore 90]]. Per il sopralluogo può contattare il mio collega [[P:Prakash Thapa]], [[T:371 440 9128]].",
            ),
            ("a", "Perfetto, sentirò il sig. [[P:Thapa]]. L'offerta avrà numero {{R:OFF-25-031}}."),
            (
                "c",
                "Grazie. P.S. abbiamo letto le vostre recensioni, cinque {{W:stelle}} meritate 🙂 ce le ha consigliate la nostra fattorina [[P:Aminata]]",
            ),
            ("a", "Che gentile, grazie mille a lei e ad [[P:Aminata]]! A presto"),
        ],
    },
    # 8. A mum books the 7th birthday of her daughter Gioia and sends the guest list.
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Vale Bossi",
        "lang": "it",
        "start": "2025-03-18T13:25:00",
        "messages": [
            (
                "c",
                "Ciao! Vorrei info x la festa di [[P:Gioia]], compie 7 anni il {{D:12 aprile}} 🎉",
            ),
            (
                "a",
                "Ciao! Che bello 😍 sabato {{D:12/04}} abbiamo libera la sala {{W:Drago}} dalle {{TM:15:30}} alle {{TM:18:30}}. Pacchetto base {{$:290 €}} fino a 20 bimbi. Sono [[P:Marina]] 🙂",
            ),
            (
                "c",
                "perfetto!! saranno circa 18. te li scrivo così fate i cartellini coi nomi:\n- [[P:Gioia]] (la festeggiata)\n- [[P:Aurora B.]]\n- [[P:Tommaso]] e [[P:Pietro Galli]] (gemelli)\n- [[P:Nour]]\n- [[P:Sole]]\n- [[P:Ettore]]\n- [[P:Viola]]\n- [[P:Amir]]\n- [[P:Giulia C.]] e [[P:Giulia M.]]\n- [[P:Kevin]]\n- [[P:Matilde]]\n- [[P:Chen Yu]]\n- [[P:Bianca]]\n- [[P:Leonardo]]\n- [[P:Rebecca]]\n- [[P:Samuele]]",
            ),
            (
                "a",
                "Fantastico! La torta la facciamo noi o la portate voi? Noi la facciamo a forma di {{W:stella}} o di castello, {{$:3,50 €}} a fetta",
            ),
            (
                "c",
                "a {{W:stella}} ma {{W:viola}} pls, è il suo colore preferito. ah [[P:Viola]] (l'amichetta) è allergica alle noci, mi raccomando. e [[P:Sole]] viene con la nonna [[P:Assunta]] che non sta in piedi tanto, c'è una sedia comoda?",
            ),
            (
                "a",
                "Certo, sedie imbottite per i nonni 😊 Torta {{W:stella}} {{W:viola}} senza frutta secca, segnato. Per confermare serve un acconto di {{$:100 €}}. A chi intesto la ricevuta?",
            ),
            (
                "c",
                "[[P:Valentina Bossi]], [[A:via Sacco 14]], [[A:21100]] [[L:Varese]]. le foto della festa dell'anno scorso (fatta in casa, un disastro 😂) sono sul mio profilo [[U:facebook.com/valentina.bossi.90]]",
            ),
            (
                "a",
                "Grazie [[P:Valentina]]! Ti arriva la conferma {{R:PREN-0457}}. Tanti auguri in anticipo a [[P:Gioia]], sarà una festa piena di {{W:gioia}} 🥳",
            ),
            (
                "c",
                "ahah grazie [[P:Marina]]!! 💜 ah il papà si chiama [[P:Fabrizio]], se arriva lui a pagare il saldo",
            ),
        ],
    },
    # 9. A mum-blogger proposes an Instagram collaboration for her son's party.
    {
        "business": "party",
        "platform": "instagram",
        "customer": "serenamammadi3",
        "lang": "it",
        "start": "2025-02-11T20:51:00",
        "messages": [
            (
                "c",
                "Ciao {{B:@castellodeicoriandoli}}! 💕 sono [[P:Serena]], mamma blogger (45k follower), tutto qui [[U:linktr.ee/serenamammadi3]] . Vi proporrei una collab per il compleanno di mio figlio [[P:Edoardo]] che fa 6 anni",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Ci fa piacere. Mandaci pure il media kit per mail a [[E:marina.fontana@example.it]], lo guardo con la titolare [[P:Debora]]. [[P:Marina]]",
            ),
            (
                "c",
                "fatto! trovi anche il blog [[U:https://www.serenamente-mamma.example.it]] e le foto di mio marito [[P:Davide]] ([[H:@davide.colombo.fit]]), il portfolio è qui [[U:davidecolombo.example.com/portfolio]] 📸",
            ),
            (
                "a",
                "Ricevuto tutto. Per il {{D:3 maggio}} avremmo libera la sala {{W:Unicorno}}, ti scrivo in privato le condizioni.",
            ),
            (
                "c",
                "perfetto 🥰 e stai {{W:serena}}, non pubblichiamo nulla senza la vostra approvazione. ah i nonni di [[P:Edo]] vengono da [[L:Lugano]], si può parcheggiare vicino?",
            ),
        ],
    },
    # 10. An American family living near Ispra books a party for their daughter Ivy.
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Heather Mulligan",
        "lang": "en",
        "start": "2025-04-22T17:09:00",
        "messages": [
            (
                "c",
                "Hi there! We're an American family, we moved to [[L:Besozzo]] last year (my husband [[P:Bill]] works at the {{W:JRC in Ispra}}). Our daughter [[P:Ivy]] turns 5 on {{D:June 8}} and we'd love a party at your castle!",
            ),
            (
                "a",
                "Hello [[P:Heather]]! Happy to help 😊 We have a princesses & knights package, {{$:320 €}} for up to 20 kids, 3 hours. The menu is on {{W:castellodeicoriandoli.example.it/menu}}. Do you want English-speaking entertainers? – [[P:Debora]]",
            ),
            (
                "c",
                "Yes please, half her friends are from the international school. Important: [[P:Ivy]] is severely allergic to peanuts. And no {{W:ivy}} garlands or real plants please, pollen too 🙈",
            ),
            (
                "a",
                "Absolutely, our kitchen is nut-free and the decorations are paper. Our English-speaking entertainer is [[P:Kwame]], kids adore him. Can I have an email for the contract?",
            ),
            (
                "c",
                "[[E:heather dot mulligan at example dot com]] — ha, sorry, spam filters trained me to write it like that. Phone is [[T:+1 (617) 555-0143]] (US) or [[T:348 771 2309]] here. We also blog about our move at [[U:www.mulligansinitaly.example.com]] if you're curious",
            ),
            (
                "a",
                "Got it! Contract {{R:CTR-2025-062}} sent. For the deposit of {{$:100 €}} you can pay by card here or at the desk. Address for the invoice?",
            ),
            (
                "c",
                "Card's easier: [[C:4024 0071 8825 3719]], name [[P:Heather A. Mulligan]]. Address [[A:Via Mazzini 31]], [[A:21023]] [[L:Besozzo]] VA. Thanks [[P:Debora]]!",
            ),
        ],
    },
    # 11. A mother pays the deposit by bank transfer and wants a receipt with her codice fiscale.
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Chiara O.",
        "lang": "it",
        "start": "2025-04-28T12:40:00",
        "messages": [
            (
                "c",
                "salve, ho prenotato la festa di [[P:Leo]] x il {{D:17 maggio}}, devo mandare la caparra. iban?",
            ),
            (
                "a",
                "Buongiorno! Ecco l'IBAN: [[I:IT91 V020 0811 7700 0010 4395 227]] intestato a {{B:Il Castello dei Coriandoli snc}}. Causale: nome del bimbo + data della festa. [[P:Debora]]",
            ),
            (
                "c",
                'fatto, ho messo "caparra [[P:Leonardo Ferrario]] {{D:17/5}}" dal conto di mio papà [[P:Felice Ottolenghi]], spero vada bene',
            ),
            (
                "c",
                "mi fate ricevuta col mio codice fiscale? [[P:Chiara Ottolenghi]] [[CF:TTLCHR92P43L682T]]",
            ),
            (
                "a",
                "Certo! Purtroppo le feste non sono detraibili, ma la ricevuta gliela faccio uguale 🙂 gliela mando per mail?",
            ),
            (
                "c",
                "si a [[E:chiara.ottolenghi92 @ example.it]] (senza spazi, il correttore me li mette sempre)",
            ),
            ("a", "Inviata, ricevuta {{R:RIC 2025/0311}}. Ci vediamo il 17, salutate [[P:Leo]]!"),
        ],
    },
    # 12. A freelance children's magician applies to work at the venue.
    {
        "business": "party",
        "platform": "telegram",
        "customer": "Mago Matías",
        "lang": "it",
        "start": "2025-01-29T21:30:00",
        "messages": [
            (
                "c",
                "Buonasera, mi chiamo [[P:Matías Quispe Huamán]], sono animatore e mago per bambini, ho partita iva. Vi lascio lo showreel [[U:https://www.youtube.com/@magomatias_va]] e il sito [[U:www.magomatias.example.com]]",
            ),
            ("a", "Ciao [[P:Matías]], grazie! Quanto chiedi per 2 ore di spettacolo? [[P:Marina]]"),
            (
                "c",
                "{{$:180 €}} a festa + rimborso km se fuori provincia. Abito a [[L:Gallarate]], [[A:via Torino 5]]. Fatturo con P.IVA [[V:04277190155]] (forfettario). mail: [[E:matias @ magomatias . example . com]]",
            ),
            (
                "a",
                "Perfetto. Ti andrebbe una prova {{D:sabato 29}}? Lavoreresti con [[P:Kwame]] e [[P:Gaia]]. Lasciami un numero",
            ),
            (
                "c",
                "[[T:+39 389 204 7716]], anche su telegram come [[H:@mago_matias]] o diretto qui [[U:wa.me/393892047716]]. Gracias y a presto! 🎩🐇 saluti anche da mia moglie [[P:Yesenia]], fa i palloncini se vi serve",
            ),
        ],
    },
    # 13. A Nigerian-Italian mother books a party for her twins, switching to English.
    {
        "business": "party",
        "platform": "whatsapp",
        "customer": "Chiamaka Okafor",
        "lang": "it",
        "start": "2025-05-26T10:14:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Chiamaka Okafor]], vorrei prenotare per i gemelli [[P:Obinna]] e [[P:Adaeze]], 6 anni, il {{D:21 giugno}}",
            ),
            (
                "a",
                "Buongiorno [[P:Chiamaka]]! Il 21 giugno è sabato, c'è posto alle {{TM:16:00}}. Quanti bambini?",
            ),
            (
                "c",
                "about 25, sorry I write in English it's faster for me 😅 my husband [[P:Emeka]] will pay by card on the day",
                "en",
            ),
            (
                "a",
                "No problem! 25 kids is the {{PD:Pacchetto Maxi}}, {{$:390 €}}. For safety we also need the names of the adults who will pick up the kids",
                "en",
            ),
            (
                "c",
                "ok: me, [[P:Emeka Okafor]], and my sister-in-law [[P:Ngozi Eze]] ([[T:+234 803 412 6690]], she's visiting from [[L:Enugu]]). also auntie [[P:Hope]] who lives in [[L:Saronno]]",
                "en",
            ),
            (
                "a",
                "Perfect, all saved 👍 We {{W:hope}} the twins will love it! – [[P:Debora]]",
                "en",
            ),
        ],
    },
    # 14. A grandmother asks for the grandfather's forgotten jacket to be shipped home.
    {
        "business": "party",
        "platform": "messenger",
        "customer": "Rosanna Tettamanti",
        "lang": "it",
        "start": "2025-03-24T18:55:00",
        "messages": [
            (
                "c",
                "buonasera sono la nonna di [[P:Ginevra]], alla festa di sabato mio marito [[P:Felice]] ha dimenticato la giacca, una giacca a vento blu con dentro gli occhiali",
            ),
            (
                "a",
                "Buonasera! Sì, l'abbiamo trovata, è in guardaroba. Potete passare da martedì a venerdì {{TM:15-19}}. [[P:Debora]]",
            ),
            (
                "c",
                "non guidiamo più, abitiamo a [[L:Cocquio-Trevisago]] e nostra figlia [[P:Elisa]] lavora a [[L:Lugano]]. potete spedirla? indirizzo [[A:via Roma 22/b]], [[A:21034]], c/o [[P:Tettamanti]]",
            ),
            (
                "a",
                "Certo, la spediamo con {{B:SDA}}, contrassegno {{$:9,90 €}}. Domani le mando il codice",
            ),
            ("a", "Ecco il codice di tracciamento: {{TR:6189 3320 1457 A}}. Arriva in 2-3 giorni"),
            (
                "c",
                "grazie mille siete stati gentilissimi, [[P:Felice]] è proprio {{W:felice}} 😊 e [[P:Ginerva]] parla ancora del mago",
            ),
        ],
    },
    # 15. A German couple arriving by train asks about the station, swimming and the path.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Jürgen Hoffmann",
        "lang": "en",
        "start": "2025-08-27T18:20:00",
        "messages": [
            (
                "c",
                "Good evening, we booked 3 nights from {{D:2 September}} (booking no. {{R:HM4Q7Z2K}}), my name is [[P:Jürgen Hoffmann]], with my wife [[P:Anke]]. We arrive by train from [[L:München]]",
            ),
            (
                "a",
                "Dear [[P:Jürgen]], welcome! Please get off at {{W:Manarola station}}, from there it's 6 minutes on foot, I will wait for you at the exit. – [[P:Nives]]",
            ),
            (
                "c",
                "Wonderful. For the registration do you need our passports? Our home address is [[A:Schwanthalerstraße 118]], [[A:80339]] [[L:München]], and email [[E:j.hoffmann@example.de]]",
            ),
            (
                "a",
                "Yes, passports at check-in please. The tourist tax is {{$:3 €}} per person per night. The balance of {{$:435 €}} you can pay by transfer or cash.",
            ),
            (
                "c",
                "Transfer is done from our joint account [[I:DE44 5001 0517 5407 3249 31]] ([[P:Hoffmann J. u. A.]]). Is it possible to swim near the {{W:Marina}}? We read it's only rocks",
            ),
            (
                "a",
                "Received, thank you! Yes, the little {{W:Marina}} has a ladder into the sea, very nice in the morning. And the {{W:Via dell'Amore}} is open again, tickets on {{W:www.parconazionale5terre.it}}",
            ),
            (
                "c",
                "Super, danke! My mobile in case: [[T:+49 151 23948761]]. [[P:Anke]] says hello, she is already dreaming of the pesto 😄",
            ),
        ],
    },
    # 16. An Australian travel blogger books a room for herself and a friend.
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "amber.wanders",
        "lang": "en",
        "start": "2025-09-30T06:45:00",
        "messages": [
            (
                "c",
                "hey!! love your terrace pics 😍 I'm [[P:Amber]], travel blogger from [[L:Brisbane]], blog is [[U:ambergoeswandering.example.com]] and IG [[H:@amber.wanders]]. Any chance of a room {{D:Oct 14-16}}?",
            ),
            (
                "a",
                "Hi [[P:Amber]]! The Sea View room is free those nights, {{$:165 €}}/night with breakfast. You can book directly on {{W:terrazzedinives.example.it}} 🌊 – [[P:Stefano]]",
            ),
            (
                "c",
                "amazing, booked! can I bring my friend [[P:Thảo]]? she's flying in from [[L:Hanoi]]",
            ),
            (
                "a",
                "Of course, it's a double. Just send me her full name for the police registration.",
            ),
            (
                "c",
                "[[P:Nguyễn Thị Thảo]] 🙏 and we're 100% shooting at sunset, that {{W:amber}} light over the harbour is unreal",
            ),
        ],
    },
    # 17. An Indian family books two rooms and leaves a card as guarantee.
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Rajesh Iyer",
        "lang": "en",
        "start": "2025-03-02T04:10:00",
        "messages": [
            (
                "c",
                "Namaste, I am [[P:Rajesh Iyer]]. We are family of 4 - myself, wife [[P:Lakshmi]], kids [[P:Arjun]] and [[P:Meera]]. Need 2 rooms 5 to 8 {{D:May}}",
            ),
            (
                "a",
                "Namaste [[P:Rajesh]]! We have two connected rooms, {{$:140 €}} each per night. To hold the booking I need a credit card as guarantee, nothing is charged now.",
            ),
            (
                "c",
                "Card is [[C:4532 0187 4566 1034]] exp 09/27, name on card [[P:RAJESH K IYER]]. Kindly send confirmation to [[E:rajesh.iyer[at]example.in]]",
            ),
            (
                "a",
                "Thank you, booking confirmed, ref {{R:TN-2505-017}}. For the invoice I need your home address please.",
            ),
            (
                "c",
                "[[A:No. 14, 3rd Cross, Indiranagar 2nd Stage]], [[L:Bengaluru]] [[A:560038]], [[L:Karnataka]], [[L:India]]. Mobile [[T:+91 98450 22713]], wife mobile [[T:+91 99001 47215]]",
            ),
            (
                "a",
                "Perfect. From {{W:La Spezia Centrale}} take the {{PD:Cinque Terre Express}}, 20 minutes, tickets on {{W:www.trenitalia.com}}. – [[P:Stefano]]",
            ),
            (
                "c",
                "Thank you [[P:Stefano]] ji 🙏 [[P:Meera]] is asking if there is a beach for kids",
            ),
            ("a", "Monterosso has a sandy beach, 15 minutes by train. The kids will love it!"),
        ],
    },
    # 18. An American guest arriving late by ferry, travelling with her sister.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Hope C.",
        "lang": "en",
        "start": "2025-06-14T19:02:00",
        "messages": [
            (
                "c",
                "Hi, it's [[P:Hope]] from room 3 — well not yet, our ferry from [[L:Portovenere]] is late and we'll arrive around {{TM:10:30 pm}}. {{W:Hope}} that's ok!!",
            ),
            (
                "a",
                "Hi [[P:Hope]], no problem at all. I'll leave the key in the lockbox by the door, code {{R:4471}}. – [[P:Nives]]",
            ),
            (
                "c",
                "you're an angel. my sister [[P:Faith]] is with me, she lost her phone so if she calls it's from mine, [[T:+1 512-555-0198]]",
            ),
            (
                "a",
                "Noted! From the harbour walk up the main street, the B&B is at [[A:via Antonio Discovolo 186]], green door, just after the church of {{W:San Lorenzo}}.",
            ),
            (
                "c",
                "found it!! thanks so much. For the receipt: [[P:Hope Castellano]], [[A:4810 Duval St, Apt 2B]], [[L:Austin]], TX [[A:78751]]",
            ),
            ("a", "Sleep well! Breakfast is from {{TM:8:00}} to {{TM:10:00}} on the terrace 🌅"),
        ],
    },
    # 19. An Italian surveyor from Turin needs an invoice for his studio.
    {
        "business": "bnb",
        "platform": "telegram",
        "customer": "Davide B.",
        "lang": "it",
        "start": "2025-04-08T11:11:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Davide Bonomi]], abbiamo prenotato per il ponte del {{D:25 aprile}}. Mi serve fattura intestata al mio studio (sono geometra)",
            ),
            ("a", "Buongiorno! Certo, mi mandi pure i dati. [[P:Stefano]]"),
            (
                "c",
                "{{B:Studio Tecnico Bonomi}}\n[[A:C.so Vittorio Emanuele II 112]], [[A:10121]] [[L:Torino]]\nP.IVA [[V:02993740618]]\nCF [[CF:BNMDVD79S25B157T]]\nSDI {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Perfetto. Soggiorno 3 notti camera {{W:Stella Marina}}, {{$:480 €}}, tassa di soggiorno a parte. Può saldare con bonifico anche adesso",
            ),
            (
                "c",
                "bonifico partito dal conto [[I:IT68C0103012900000003411905]]. viene anche mia moglie [[P:Serena]], arriviamo col treno da {{W:Torino Porta Nuova}} verso le {{TM:14}}",
            ),
            (
                "a",
                "Benissimo, vi aspettiamo! La fattura {{R:FE 41/2025}} le arriva via SDI. Saluti alla signora [[P:Serena]]",
            ),
        ],
    },
    # 20. A Romanian guest cancels because her father is in hospital and gets a refund.
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Ioana M.",
        "lang": "en",
        "start": "2025-07-10T07:30:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Ioana Munteanu]]. I must cancel my stay ({{D:18-20 July}}) because my father [[P:Vasile]] is in hospital in [[L:Cluj]]. Is refund possible?",
            ),
            (
                "a",
                "Dear [[P:Ioana]], I'm so sorry. Yes, we refund 100%. Please send the IBAN and the holder name. – [[P:Nives]]",
            ),
            (
                "c",
                "Thank you very much. IBAN [[I:RO80BTRL0130120583749100]], holder [[P:Munteanu Ioana Cristina]]",
            ),
            (
                "a",
                "Refund of {{$:290 €}} sent today, it may take 2 days. Wishing your father a quick recovery 🙏",
            ),
            (
                "c",
                "Mulțumesc! For the credit note my address is [[A:Str. Avram Iancu nr. 27, ap. 9]], [[L:Cluj-Napoca]] [[A:400083]], [[L:Romania]]. My brother [[P:Radu]] says hi, he stayed with you in 2023",
            ),
            (
                "a",
                "Credit note {{R:NC 07/2025}} sent. Of course I remember [[P:Radu]]! {{W:Hope}} to host you next year.",
            ),
        ],
    },
    # 21. A French guest forgot her charger; Italian replies, English questions.
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Claire Dubois-Mercier",
        "lang": "it",
        "start": "2025-05-19T15:48:00",
        "messages": [
            (
                "c",
                "Bonjour [[P:Nives]], it's [[P:Claire]] from the {{W:Sole}} room 😊 I think I forgot my charger and a book in the room",
                "en",
            ),
            (
                "a",
                "Ciao [[P:Claire]]! Sì, trovati tutti e due: il caricatore e il libro, {{PD:Le Petit Prince}} 😉 dove te li spedisco?",
            ),
            (
                "c",
                "Oh merci! Please send to [[A:12 rue des Capucins]], [[A:69001]] [[L:Lyon]], à l'attention de [[P:Claire Dubois-Mercier]]",
                "en",
            ),
            (
                "a",
                "Spedito con {{B:Poste Italiane}}, tracking {{TR:RR441820937IT}}. Sono {{$:14 €}}, puoi pagarmeli su PayPal a [[E:nives.terrazze@example.it]]",
            ),
            (
                "c",
                "Done ✅ and my friend [[P:Mathilde]] ([[U:instagram.com/mathilde.voyage]]) wants to come in {{D:June}}, can I give her your number?",
                "en",
            ),
            (
                "a",
                "Certo! [[T:+39 0187 920 445]] oppure whatsapp [[T:340 118 2273]]. Un abbraccio a tutte e due. [[P:Nives]]",
            ),
        ],
    },
    # 22. Chinese exchange students ask for a family room on All Saints' Day.
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "王芳 Wang Fang",
        "lang": "en",
        "start": "2025-10-15T12:26:00",
        "messages": [
            (
                "c",
                "Hello! We are 4 students from [[L:Shanghai]] doing exchange in [[L:Pisa]]. I am [[P:Wang Fang]] ([[P:王芳]]), friends are [[P:Li Wei]], [[P:Zhang Min]] and [[P:Chen Jiayi]]. Do you have family room {{D:Nov 1}}?",
            ),
            (
                "a",
                "Hi [[P:Wang Fang]]! Yes, the Terrace room has 4 beds, {{$:190 €}} per night. {{D:1 November}} is a holiday in Italy ({{W:Ognissanti}}) so trains will be busy!",
            ),
            (
                "c",
                "Great. Can we pay with Alipay? if not my friend [[P:Li Wei]] has card [[C:5398 1200 4477 1629]]",
            ),
            (
                "a",
                "We take cards at check-in, no need to send the number here (please delete the message 🙏). – [[P:Stefano]]",
            ),
            (
                "c",
                "ok sorry!! my WeChat is [[H:wangfang_0321]] if easier, or IG [[H:@fangfang.travels]], and my travel notes are here [[U:www.xiaohongshu.com/user/profile/5f3a1c0e000000000101b2c4]]",
            ),
        ],
    },
    # 23. A customer asks about a used Giulietta and wants to trade in his Peugeot.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Stefano G.",
        "lang": "it",
        "start": "2025-03-11T12:58:00",
        "messages": [
            (
                "c",
                "buongiorno vedo su {{W:https://www.autoscout24.it}} la vostra {{PD:Alfa Romeo Giulietta 1.6 JTDm}} del 2017 a {{$:11.900 €}}, è ancora disponibile?",
            ),
            (
                "a",
                "Buongiorno, sì è disponibile, 98.000 km, tagliandi in casa madre. Quando vuole passare a vederla? Sono [[P:Franco]]",
            ),
            (
                "c",
                "sabato mattina? sono [[P:Stefano Guerini]] di [[L:Rovato]]. vengo con mio suocero [[P:Angelo]] che se ne intende più di me",
            ),
            (
                "a",
                "Sabato {{D:15 marzo}} alle {{TM:10:00}} va benissimo. Siamo in [[A:via Orzinuovi 204]], di fianco al distributore.",
            ),
            (
                "c",
                "ok. se la prendo do dentro la mia {{PD:Peugeot 207}}, quella col {{W:leone}} mezzo staccato 😂 quanto mi date?",
            ),
            (
                "a",
                "Dipende dallo stato, la valutiamo sabato con calma. Mi lascia un numero per la conferma?",
            ),
            (
                "c",
                "[[T:335.704.12.88]] grazie, se nn rispondo è perché sono in cantiere, chiamate mia moglie [[P:Arianna]] al [[T:0307 721 945]]",
            ),
        ],
    },
    # 24. A buyer applies for car financing and sends her documents.
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Elena Sacchetti",
        "lang": "it",
        "start": "2025-02-17T18:34:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei informazioni sul finanziamento per la {{PD:Fiat 500X}} grigia. Lavoro a tempo indeterminato da 9 anni",
            ),
            (
                "a",
                "Buonasera! Finanziamo fino a 84 mesi con {{B:Agos}}. Per la pratica ci servono documento, codice fiscale, ultime due buste paga e IBAN per l'addebito. [[P:Giorgio Frigerio]]",
            ),
            (
                "c",
                "Ecco: [[P:Elena Sacchetti]], CF [[CF:SCCLNE84A59I462C]], residente in [[A:via Lamarmora 61]], [[A:25124]] [[L:Brescia]]. Le buste paga le mando per mail",
            ),
            (
                "c",
                "IBAN [[I:IT89T0503411701000000058342]], il conto è cointestato con mio marito [[P:Franco Zanardelli]]",
            ),
            (
                "a",
                "Perfetto, le buste paga me le mandi a [[E:giorgio@frigeriauto.example.it]]. Il prezzo è {{W:franco}} concessionario, passaggio di proprietà incluso",
            ),
            ("c", "inviate da [[E:elenasacchetti84@example.com]], guardi anche nello spam 🙏"),
            (
                "a",
                "Arrivate. Pratica {{R:AG-7731904}} inviata, risposta in 48 ore. Rata stimata {{$:219 €}}/mese. Buona serata sig.ra [[P:Sacchetti]]",
            ),
        ],
    },
    # 25. An old farmer writes in Brescian dialect to sell his 1998 Panda 4x4.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Bortolo",
        "lang": "it",
        "start": "2025-01-15T09:20:00",
        "messages": [
            (
                "c",
                "ghe so mia bù a scriver sö stó telefono, so ol [[P:Bortolo]] de [[L:Gussago]]. go na {{PD:Panda 4x4}} del 98 che la ö vènder",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bortolo]]! Nessun problema, la valutiamo volentieri. Mi dice il cognome e dove si trova la macchina? [[P:Franco]]",
            ),
            (
                "c",
                "[[P:pasotti]]. la machina l'è en cascina, [[A:via Casaglio 40]], se ghe mia nisü ciamì me fiöl [[P:Gianni]] al [[T:338 20 19 554]]",
            ),
            (
                "a",
                "Perfetto. Passa il nostro perito [[P:Oscar]] giovedì verso le {{TM:14:30}}. Per una 4x4 del 98 in buono stato possiamo arrivare sui {{$:2.500 €}}",
            ),
            (
                "c",
                "{{$:du mila e cinch}}?? ma l'è come növa! la ga sul 140 mila km. dumandì a [[P:Gianni]]",
            ),
            ("a", "Ne parliamo con calma giovedì con [[P:Oscar]] e suo figlio 😊 a presto"),
        ],
    },
    # 26. A Moldovan buyer wants to export a Mercedes; his cousin will view the car.
    {
        "business": "cars",
        "platform": "telegram",
        "customer": "Ion Rusu",
        "lang": "en",
        "start": "2025-06-03T14:02:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Ion Rusu]] from [[L:Chișinău]], [[L:Moldova]]. I want to buy the {{PD:Mercedes C220 CDI}} 2014 and export it. Price {{$:9.800 €}} is final?",
            ),
            (
                "a",
                "Hello [[P:Ion]], for export we can do {{$:9.500 €}} without VAT. – [[P:Giorgio]]",
            ),
            (
                "c",
                "Good. My cousin [[P:Vitalie Ceban]] lives in [[L:Verona]], he will come to see the car and pay. His phone [[T:+39 327 66 01 938]], he is on facebook [[U:facebook.com/vitalie.ceban.73]]. For documents my address: [[A:str. Ismail 88, ap. 14]], [[A:MD-2001]] [[L:Chișinău]]",
            ),
            (
                "a",
                "Perfect. We need a copy of your passport and the address must match. Export plates are {{$:350 €}}, proforma {{R:PF-2025-0093}}. You can check the car's history on {{W:www.ilportaledellautomobilista.it}}",
            ),
            (
                "c",
                "Ok, send proforma to [[E:ion.rusu.md@example.com]]. also my whatsapp [[T:+373 69 418 273]]",
            ),
            (
                "a",
                "Sent! The {{B:Mercedes}} is a very good choice, [[P:Vitalie]] can come any day from {{TM:8:30}}.",
            ),
        ],
    },
    # 27. A buyer's warranty problem is sent to the partner garage.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Marco Tonoli",
        "lang": "it",
        "start": "2025-04-14T07:15:00",
        "messages": [
            (
                "c",
                "buongiorno, ho comprato da voi la {{PD:Golf 7}} tre settimane fa e si è accesa la spia motore. non sono stato molto {{W:fortunato}} eh",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Tonoli]], è coperto dalla garanzia 12 mesi. La porti all'{{B:Autofficina Filippini}}, [[A:via Industriale 13]] a {{W:Castegnato}}, e chieda di [[P:Bruno]]. [[P:Franco]]",
            ),
            (
                "c",
                "ok. posso portarla sabato? lavoro a [[L:Chiari]] fino alle 18 tutta la settimana",
            ),
            (
                "a",
                "[[P:Bruno]] il sabato è chiuso 😕 Gli chiedo se può lunedì alle {{TM:7:30}}. Le serve un'auto sostitutiva?",
            ),
            (
                "c",
                "si grazie, mia moglie [[P:Fortunata]] ha bisogno della macchina per portare i bimbi a scuola a [[L:Ospitaletto]]",
            ),
            (
                "a",
                "Fatto: lunedì {{TM:7:30}} da [[P:Bruno]], sostitutiva una {{PD:Clio}} {{W:bianca}}. Pratica garanzia {{R:GAR-2025-044}}",
            ),
        ],
    },
    # 28. A newly licensed young man looks for a cheap Panda with his girlfriend Stella.
    {
        "business": "cars",
        "platform": "instagram",
        "customer": "kevin.baresi07",
        "lang": "it",
        "start": "2025-05-31T22:41:00",
        "messages": [
            ("c", "yo raga avete panda sotto i 5k?? x neopatentato"),
            (
                "a",
                "Ciao! Abbiamo una {{PD:Panda 1.2 Easy}} del 2012, 120mila km, {{$:4.700 €}}, rossa. Vuoi le foto?",
            ),
            (
                "c",
                "si mandale a me o alla mia tipa [[P:stella]] [[H:@stellina_rbt]] ([[U:https://www.tiktok.com/@stellina_rbt]]) che decide lei lol. io su tiktok sono [[H:@kevin.baresi07]]",
            ),
            (
                "a",
                "Ahah ok! Passate sabato in salone, c'è anche una {{PD:Ypsilon}} {{W:bianca}} appena arrivata. Chiedete di [[P:Franco]]",
            ),
            (
                "c",
                "{{W:bianca}} è troppo da mamma 😂 la [[P:stella]] la vuole {{W:rosa}} o niente. ah mio padre [[P:Ivano]] dice che la paga metà lui",
            ),
            (
                "a",
                "{{W:Rosa}} purtroppo no, ma la rossa ci assomiglia 😂 vi aspettiamo sabato {{TM:9-12}}",
            ),
        ],
    },
    # 29. A British retiree on Lake Garda wants a small automatic car.
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Nigel Ashworth",
        "lang": "en",
        "start": "2025-09-16T08:05:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Nigel Ashworth]] here. My wife [[P:Rose]] and I have retired to [[L:Salò]] and need a small automatic. Something like a {{PD:Toyota Yaris}} hybrid?",
            ),
            (
                "a",
                "Good morning Mr [[P:Ashworth]]! We have a 2019 Yaris Hybrid, 54,000 km, {{$:14.500 €}}. Do you have an Italian codice fiscale and residency? – [[P:Giorgio Frigerio]]",
            ),
            (
                "c",
                "Yes, codice fiscale sorted last year. Residency at [[A:Via Pietro da Salò 23]], but the logbook and old insurance still show our UK address, [[A:Flat 4, 19 Marine Parade]], [[L:Brighton]] [[A:BN2 1TL]]. Email is [[E:nigel.ashworth@example.co.uk]]",
            ),
            (
                "a",
                "No problem. Come on {{D:Tuesday}} at {{TM:11:00}} for a test drive? A deposit of {{$:500 €}} holds the car until then.",
            ),
            (
                "c",
                "Splendid, take the deposit from [[C:4547 0231 6689 2079]]. If I'm late ring [[P:Rose]] on [[T:07700 900382]], she never answers the Italian one. The {{W:roses}} in the garden need watering first 🌹",
            ),
            (
                "a",
                "Ha! Deposit received, see you Tuesday. We are at [[A:via Orzinuovi 204]], big blue sign on the left.",
            ),
        ],
    },
    # 30. A freelance architect orders samples for a client's house in Camogli.
    {
        "business": "tiles",
        "platform": "whatsapp",
        "customer": "Arch. Giulia Marini",
        "lang": "it",
        "start": "2025-02-24T09:37:00",
        "messages": [
            (
                "c",
                "Buongiorno, arch. [[P:Marini]] (studio a [[L:Chiavari]]). Mi servono i campioni della serie {{PD:Pietra di Luna 60x120}} e del {{PD:Travertino Navona}} per un cliente, il sig. [[P:Amedeo Conforti]]",
            ),
            (
                "a",
                "Buongiorno architetto! Ai professionisti spediamo i campioni gratis. Mi conferma i dati di fatturazione? [[P:Ilaria]]",
            ),
            (
                "c",
                "arch. [[P:Giulia Marini]]\n[[A:Via Dante 4 int. 11]]\n[[A:16043]] [[L:Chiavari]] (GE)\nCF [[CF:MRNGLI95M51D969R]]\nP.IVA [[V:02651830420]]\n[[E:studio.marini@example.it]]\n[[U:www.studiomarini-architettura.example.it]]",
            ),
            (
                "a",
                "Perfetto. Spediamo domani con {{B:BRT}}, segnacollo {{TR:055712338009104}}, lo segue su {{W:https://www.brt.it}}. Li mando all'indirizzo dello studio?",
            ),
            (
                "c",
                "no, meglio in cantiere, ti scrivo l'indirizzo tra un attimo che sono in macchina",
            ),
            (
                "c",
                "eccomi: [[A:salita San Rocco 9]], [[L:Camogli]], c/o [[P:Conforti]]. il muratore si chiama [[P:Gheorghe]], [[T:329 55 80 214]], parla poco italiano ma è bravissimo",
            ),
            (
                "a",
                "Ricevuto, cambio la destinazione. Buon lavoro architetto, e saluti al sig. [[P:Conforti]]!",
            ),
        ],
    },
    # 31. A young woman named Viola looks for powder-pink bathroom tiles.
    {
        "business": "tiles",
        "platform": "messenger",
        "customer": "Viola Ferretti",
        "lang": "it",
        "start": "2025-03-27T20:03:00",
        "messages": [
            (
                "c",
                "ciao! sto rifacendo il bagno e cerco piastrelle {{W:rosa}} cipria tipo anni 50, avete qualcosa?",
            ),
            (
                "a",
                "Ciao! Sì, la serie {{PD:Vintage Blush 20x20}} in {{W:rosa}} cipria è bellissima, {{$:39,90 €/mq}}. Oppure il {{W:viola}} lavanda della serie {{PD:Provence}}",
            ),
            (
                "c",
                "noo il {{W:viola}} no, già mi chiamo [[P:Viola]] 😂 e mia sorella [[P:Bianca]] ha fatto il bagno tutto {{W:bianco}}... voglio distinguermi. ho fatto una bacheca qui [[U:pinterest.it/violaferretti/bagno-rosa/]]",
            ),
            ("a", "Ahah allora {{W:rosa}} cipria! Bellissima la bacheca. Quanti mq sono?"),
            (
                "c",
                "circa 14 mq di pareti + 6 di pavimento. il pavimento lo vorrei in graniglia {{W:bianca}} e nera. posso venire sabato con mio padre [[P:Bruno]]? lui faceva il piastrellista, in pensione da poco",
            ),
            (
                "a",
                "Certo, sabato siamo aperti {{TM:9:00}}-{{TM:12:30}}. Chiedi di me, [[P:Manuela Leone]]. Per il preventivo mi lasci mail e indirizzo?",
            ),
            (
                "c",
                "[[E:viola_ferretti(at)example.it]], abito a [[L:Fiorano]] in [[A:via Ghiarola Nuova 31]]. a sabato [[P:Manuela]]!",
            ),
        ],
    },
    # 32. A Dutch interior designer orders terrazzo tiles for a client in Utrecht.
    {
        "business": "tiles",
        "platform": "instagram",
        "customer": "femke.interiors",
        "lang": "en",
        "start": "2025-06-23T10:50:00",
        "messages": [
            (
                "c",
                "Hi Ardea! I'm [[P:Femke van der Linden]], interior designer based in [[L:Utrecht]]. Portfolio: [[U:https://www.behance.net/femkevdlinden]] I'm specifying your {{PD:Terrazzo Verde 90x90}} for a client's kitchen",
            ),
            (
                "a",
                "Hi [[P:Femke]], thank you! We ship to the Netherlands by pallet, around {{$:280 €}} for up to 40 m². Shall I prepare a quote? – [[P:Ilaria]]",
            ),
            (
                "c",
                "Yes please. Delivery to the client: [[A:Oudegracht 214 bis]], [[A:3511 NX]] [[L:Utrecht]], attn. [[P:Joost Bakker]] ([[T:+31 6 4187 2290]]). Invoice to me, [[E:femke@femkeinteriors.example.nl]]",
            ),
            (
                "a",
                "Quote {{R:PRV-2025-1187}} sent to your email. Payment by bank transfer in advance, then the pallet leaves within 5 days.",
            ),
            (
                "c",
                "Paid from the studio account [[I:NL89 RABO 0318 2746 59]], holder [[P:F. van der Linden]]. Follow the project on my studio page [[U:instagram.com/femke.interiors]] 😉",
            ),
            (
                "a",
                "Received, thanks! Pallet leaves on {{D:Thursday}}, tracking {{TR:FX-IT-884127}} to follow.",
            ),
        ],
    },
    # 33. A builder needs a pallet delivered to a country building site; address in two messages.
    {
        "business": "tiles",
        "platform": "whatsapp",
        "customer": "Paolo Cuoghi",
        "lang": "it",
        "start": "2025-10-06T06:52:00",
        "messages": [
            (
                "c",
                "Ciao sono [[P:Cuoghi]] dell'impresa {{B:Edil Cuoghi}}. il bancale di {{PD:gres effetto legno Rovere Miele}} quando arriva?",
            ),
            (
                "a",
                "Ciao [[P:Paolo]]! Parte domani col nostro autista [[P:Fortunato]], ordine {{O:ORD-55821}}. Mi ridai l'indirizzo del cantiere?",
            ),
            ("c", "allora è in campagna, [[A:via Pedemontana]], frazione [[L:Montegibbio]]"),
            (
                "c",
                "civico [[A:112]], dopo il civico c'è una strada {{W:bianca}}, l'ultima casa gialla è quella dei [[P:Gibellini]] i clienti. se il camion nn passa chiamate il capocantiere [[P:Samir]] [[T:+39 351 902 8847]]",
            ),
            (
                "a",
                "Ok, [[P:Fortunato]] arriva tra le {{TM:8:00}} e le {{TM:10:00}}. Tracking interno {{TR:ARD-TRK-99104}}. [[P:Ilaria]]",
            ),
            (
                "c",
                "speriamo bene, con la pioggia di ieri... se nn si impantana è {{W:fortunato}} 😂",
            ),
            (
                "a",
                "Tranquillo, il camion ha la gru e le ruote motrici. Se serve chiama pure lui direttamente, [[T:348-6021175]]",
            ),
        ],
    },
    # 34. A customer asks for his codice fiscale and address to be corrected on an invoice.
    {
        "business": "tiles",
        "platform": "telegram",
        "customer": "Matteo Parodi",
        "lang": "it",
        "start": "2025-07-02T16:16:00",
        "messages": [
            (
                "c",
                "buongiorno, nella fattura {{R:FT 2025/0871}} avete scritto male il mio codice fiscale, quello giusto è [[CF:PRDMTT90H07D969W]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Parodi]], mi scuso. Emettiamo nota di credito e nuova fattura. Dove le mando la copia di cortesia? [[P:Manuela]]",
            ),
            (
                "c",
                "[[E:matteo punto parodi chiocciola example punto it]]. e anche l'indirizzo è vecchio, quello giusto è [[A:via Sestri 201 rosso]], [[A:16154]] [[L:Genova]]. la fattura è a nome mio e di mia compagna [[P:Chiara Ghio]], [[P:G-H-I-O]] con l'acca",
            ),
            (
                "a",
                "Grazie. Nota di credito {{R:NC 2025/044}} e nuova fattura {{R:FT 2025/0902}} inviate.",
            ),
            (
                "c",
                "perfetto grazie [[P:Manuela]]. il mese prossimo mi servono anche i battiscopa della stessa serie {{B:Marazzi}}, li ordina mio cognato [[P:Rocco]]",
            ),
        ],
    },
    # 35. A Texan contractor asks for outdoor pavers to be exported.
    {
        "business": "tiles",
        "platform": "messenger",
        "customer": "Bill Kowalczyk",
        "lang": "en",
        "start": "2025-08-05T15:27:00",
        "messages": [
            (
                "c",
                "Howdy, [[P:Bill Kowalczyk]] with {{B:Lone Star Tile & Stone}}, [[L:San Antonio]] TX. Looking for 2cm porcelain pavers for a pool deck, about 1,800 sq ft",
            ),
            (
                "a",
                "Hello [[P:Bill]]! For outdoor 2 cm we have the {{PD:Outdoor Quarzite 20mm}} series. We export to the US through a forwarder in {{W:Genoa port}}. – [[P:Ilaria Benassi]]",
            ),
            (
                "c",
                "Sounds good. Ship to our yard at [[A:9120 Culebra Rd, Suite 4]], [[L:San Antonio]], TX [[A:78251]]. Main contact is my foreman [[P:Jesús Ramírez]], cell [[T:(210) 555-0164]]",
            ),
            (
                "a",
                "Thanks. Payment terms: 30% deposit, balance before shipping. Please send a billing email.",
            ),
            (
                "c",
                "[[E:bill@lonestartile.example.com]] and cc my wife [[P:Ivy]], she does the books: [[E:ivy.k@example.com]]. Deposit on my Amex [[C:3762 819450 27334]]",
            ),
            (
                "a",
                "Great, pro-forma {{R:PF-US-0412}} on its way and deposit of {{$:$4,860}} charged. Y'all have a good one 😄",
            ),
        ],
    },
    # 36. Broken boxes were left with a neighbour named Speranza; includes a forwarded message.
    {
        "business": "tiles",
        "platform": "whatsapp",
        "customer": "Loredana Vecchi",
        "lang": "it",
        "start": "2025-09-09T17:44:00",
        "messages": [
            (
                "c",
                "buonasera, mi sono arrivate le piastrelle ordine {{O:ORD-55907}} e 3 scatole sono ROTTE!!! 😡😡",
            ),
            (
                "a",
                "Buonasera, ci dispiace molto. Può mandarci le foto delle scatole e dell'imballo? [[P:Manuela]]",
            ),
            (
                "c",
                "le foto le ha fatte la mia vicina [[P:Speranza]] perché io ero al lavoro, il corriere ha lasciato tutto a lei, [[A:viale Storchi 3 interno 4]], [[L:Modena]]. io sto all'interno 6. ve le giro",
            ),
            (
                "c",
                "[Inoltrato] Ciao [[P:Loredana]] ecco le foto, il corriere era un ragazzo alto coi capelli rossi, ha buttato giù i pacchi dal furgone 😤 [[P:Speranza]]",
            ),
            (
                "a",
                "Grazie, ricevute. Apriamo la pratica {{R:RECL-2025-118}} con il corriere e le rispediamo 3 scatole nuove. Non perda la {{W:speranza}}, arrivano entro {{D:venerdì}} 🙂",
            ),
            (
                "c",
                "ok grazie. consegnate dopo le {{TM:17:00}}, oppure lasciatele ancora a [[P:Speranza]], il suo numero è [[T:059 21 73 886]]",
            ),
        ],
    },
    # 37. A mother looks for a home piano teacher for her son in Albaro.
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Claudia F.",
        "lang": "it",
        "start": "2025-09-12T14:22:00",
        "messages": [
            (
                "c",
                "Buongiorno, cerco un insegnante di pianoforte per mio figlio [[P:Tommaso]], 9 anni, a domicilio in zona [[L:Albaro]]",
            ),
            (
                "a",
                "Buongiorno! Abbiamo la maestra [[P:Serena Cevasco]], diplomata al {{W:Conservatorio Paganini}} ({{W:www.conservatoriopaganini.org}}), copre tutta la vostra zona. Lezione da 45 minuti {{$:30 €}}. Qui il suo profilo: [[U:noteinrete.example.it/insegnanti/serena-cevasco]]. Sono [[P:Alba]], la coordinatrice",
            ),
            (
                "c",
                "perfetto. abitiamo in [[A:via Albaro 14/6 scala B]]. il mercoledì pomeriggio è possibile? ah io sono [[P:Claudia]], la mamma, mail [[E:claudia.ferrando@example.it]]",
            ),
            (
                "a",
                "Mercoledì alle {{TM:17:00}} la maestra è libera. Le passo il suo numero: [[T:347 009 6612]]. Per iniziare di solito usa il {{PD:Beyer}} o {{PD:Il mio primo Czerny}}",
            ),
            (
                "c",
                "grazie mille, ci serviva proprio un'insegnante {{W:serena}} e paziente, [[P:Tommy]] è un terremoto 😅",
            ),
            ("a", "Allora è la persona giusta 😄 Fateci sapere come va la prima lezione!"),
            (
                "c",
                "certo! mio marito [[P:Gianluca]] chiede se si paga a fine mese, con bonifico va bene?",
            ),
            (
                "a",
                "Sì, a fine mese con bonifico, le coordinate gliele manda direttamente la maestra [[P:Serena]].",
            ),
        ],
    },
    # 38. A Spanish Erasmus student wants jazz guitar lessons.
    {
        "business": "music",
        "platform": "instagram",
        "customer": "diegofdz.guitar",
        "lang": "en",
        "start": "2025-02-06T23:08:00",
        "messages": [
            (
                "c",
                "hey! I'm [[P:Diego]], Erasmus in [[L:Genova]] until {{D:July}}. I play guitar (self taught) and want to get better at jazz. My stuff: [[U:soundcloud.com/diegofdz-guitar]]",
            ),
            (
                "a",
                "Hi [[P:Diego]]! Nice tracks 🎸 Our jazz guitar teacher is [[P:Kofi Boateng]], he teaches in his studio in [[A:Vico del Fico 7]], near {{W:Piazza De Ferrari}}. His records: [[U:https://kofiboateng.bandcamp.com]] – [[P:Alba]]",
            ),
            (
                "c",
                "cool! how much? poor student here lol. I share a flat with [[P:Lucas]] and [[P:Inés]] in [[A:via Balbi 31/8]], is it close?",
            ),
            (
                "a",
                "10 minutes walking. {{$:25 €}} for students, 60 min. [[P:Kofi]] is on IG too: [[H:@kofi.plays.jazz]]",
            ),
            (
                "c",
                "perfect, I'll write him. my number is [[T:+34 612 48 91 07]] and my spanish IBAN if you need it for payments [[I:ES26 2085 0871 6603 3114 2810]]. back home I'm at [[A:C/ de Blasco de Garay 14, 3º B]], [[A:28015]] [[L:Madrid]] if you send any paper",
            ),
            (
                "a",
                "Thanks! You pay [[P:Kofi]] directly, so no paperwork from us. Enjoy the lessons!",
            ),
        ],
    },
    # 39. A Ukrainian violinist applies to join the teachers' network.
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Oksana K.",
        "lang": "it",
        "start": "2025-01-08T10:45:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Oksana Kovalenko]], violinista, diplomata a [[L:Kyiv]] e poi al conservatorio qui. Vorrei entrare nella vostra rete. Sito [[U:https://oksanaviolin.example.org]], video [[U:youtu.be/Qh7vT3kLm2A]], mail [[E:oksana.kovalenko@example.org]]",
            ),
            (
                "a",
                "Ciao [[P:Oksana]], benvenuta! Per entrare in rete servono partita IVA, codice fiscale, IBAN per i compensi e indirizzo. [[P:Alba]]",
            ),
            (
                "c",
                "P.IVA [[V:02884170529]]\nCF [[CF:KVLKSN88B54Z138U]]\nIBAN [[I:IT88 G031 1154 4000 0000 0007 716]]\n[[A:Via Cantore 48/3]], [[A:16149]] [[L:Genova]] ([[L:Sampierdarena]])",
            ),
            (
                "a",
                "Grazie! Ti metto in contatto con [[P:Rashid]] e [[P:Serena]] per gli orari. Sei libera il {{D:lunedì}}?",
            ),
            (
                "c",
                "si, lunedi e giovedi. per urgenze [[T:+39 392 614 0078]] oppure mio marito [[P:Andriy]] [[T:+380 67 415 2283]], o su telegram [[U:t.me/oksana_violin]]",
            ),
            (
                "a",
                "Perfetto. Ti mando il contratto di collaborazione {{R:CC-2025-019}} da firmare. Welcome! 🎻",
            ),
        ],
    },
    # 40. An elderly singing student has connection problems during online lessons.
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Ornella Repetto",
        "lang": "it",
        "start": "2025-11-04T18:31:00",
        "messages": [
            (
                "c",
                "buonasera, la lezione online di canto con il maestro [[P:Rashid]] si blocca sempre. ho la fibra {{B:TIM}}, boh",
            ),
            (
                "a",
                "Buonasera [[P:Ornella]], proviamo a capire: su che piattaforma fate lezione? {{B:Zoom}} o {{B:Meet}}? [[P:Alba]]",
            ),
            (
                "c",
                "zoom. mi dice CONNESSIONE INSTABILE e mostra un indirizzo [[IP:151.38.112.204]]... e sul router vedo [[IP:192.168.1.47]] boh, me l'ha guardato mio genero [[P:Walter]]",
            ),
            (
                "a",
                "Spesso il problema è il wifi lontano dal router, provi col cavo. Le mando una guida per mail, me la lascia?",
            ),
            (
                "c",
                "[[E:ornella punto repetto at example punto org]]. ps la guida stampatela grande che ho 74 anni 😄",
            ),
            (
                "a",
                "Mandata! Domani alle {{TM:18:00}} [[P:Rashid]] la chiama per una prova. Anche la signora [[P:Marisa]] di [[L:Nervi]] aveva lo stesso problema e col cavo si è risolto 😉",
            ),
        ],
    },
    # 41. A Filipino mother looks for singing lessons for her daughter Grace.
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Marites Dela Cruz",
        "lang": "en",
        "start": "2025-09-21T11:57:00",
        "messages": [
            (
                "c",
                "Good day po! I'm [[P:Marites Dela Cruz]], we are from [[L:Cebu]] but we live in [[L:Cornigliano]] since 10 years. My daughter [[P:Grace]] (14) loves singing, she wants private lessons. she posts covers here [[U:https://www.youtube.com/@gracedelacruzsings]]",
            ),
            (
                "a",
                "Hello [[P:Marites]]! We have a vocal teacher, [[P:Valentina Pittaluga]], she teaches pop and gospel 😊 {{$:28 €}} per lesson. – [[P:Alba]]",
            ),
            ("c", "Gospel!! she sings {{PD:Amazing Grace}} every sunday in church hehe 😂"),
            (
                "a",
                "Then she'll love it. Lessons can be at your place or at [[P:Valentina]]'s studio in [[A:via XX Settembre 29/4]]",
            ),
            (
                "c",
                "studio is better, my husband [[P:Mark]] can drive her after work. Our number [[T:+39 320 771 0352]] and my email [[E:marites.delacruz@example.com]]",
            ),
            (
                "a",
                "Perfect, first lesson Saturday {{D:Oct 4}} at {{TM:3 pm}}. Please {{W:mark}} it in the calendar 📅",
            ),
        ],
    },
    # 42. An 81-year-old from Pegli wants accordion lessons at home; partly dictated.
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Gerolamo",
        "lang": "it",
        "start": "2025-10-20T08:40:00",
        "messages": [
            (
                "c",
                "bongiorno, son [[P:gerolamo bruzzone]] de [[L:pegli]], ho 81 anni e vorrei imparare la fisarmonica prima de moî 😂 mia nipote [[P:giorgia]] me a dito de scrivere chi",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bruzzone]]! Non è mai tardi 😊 Abbiamo il maestro [[P:Pino Ratto]] che insegna fisarmonica e viene anche a casa. Sono [[P:Alba]]",
            ),
            (
                "c",
                "a casa l'è meglio che le scae sun tante. [[A:via Multedo di Pegli 36 interno 2]], ma o campanello o l'è a nomme de mæ moggê, [[P:Rosa Cavallero]]",
            ),
            (
                "c",
                "scusi mia nipote dice di mettere anche il numero di telefono il numero è [[T:zero uno zero sei nove sei tre due uno otto]]",
            ),
            (
                "a",
                "Perfetto, il maestro [[P:Pino]] la chiama domani. La prima lezione è gratuita, poi {{$:35 €}} a domicilio.",
            ),
            ("c", "grazie sciâ l'è ben gentî. saluti anche dalla [[P:rosa]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(50, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
