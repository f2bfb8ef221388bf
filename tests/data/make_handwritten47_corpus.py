# ruff: noqa: E501
"""Hand-written blind test corpus no. 47 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten47_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a herbalist's shop in Perugia, a violin and guitar
luthier in Cremona, guided walking tours of Rome for American visitors, a wedding-cake bakery in
Bari, a tennis and padel club in Padova and a cleaning service for holiday-let hosts in Venice.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten47_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten47_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "herb": "Erboristeria Il Tiglio",
    "luthier": "Liuteria Ardenghi Cremona",
    "tours": "Cobblestone Rome Walks",
    "cake": "Le Torte di Mimma",
    "tennis": "Circolo Tennis Padel Brenta",
    "clean": "Lagunare Host Cleaning",
}
PAGE_IDS: dict[str, str] = {
    "herb": "647250318400271",
    "luthier": "647250552019836",
    "tours": "647250907733014",
    "cake": "647250140286659",
    "tennis": "647250663102478",
    "clean": "647250271954390",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A regular asks for her sleep tea; her daughter collects it, a neighbour wants home delivery.
    {
        "business": "herb",
        "platform": "whatsapp",
        "customer": "Rosa Cappelletti",
        "lang": "it",
        "start": "2025-03-04T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Cappelletti]], la signora che è passata sabato con la bimba. avete ancora quella tisana con la {{W:rosa canina}} e la {{W:melissa}}? mi ha fatto dormire come un sasso",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Cappelletti]]! Sì, la {{PD:Tisana Sera Serena}} (tiglio, {{W:melissa}}, {{W:rosa canina}}) è tornata ieri, {{$:6,90 €}} la confezione da 50 g. Gliela mettiamo da parte? [[P:Lucia]]",
            ),
            (
                "c",
                "si grazie!! ne prendo 2. passa mia figlia [[P:Melissa]] verso le {{TM:18}} perche io lavoro fino tardi a [[L:Ponte San Giovanni]]",
            ),
            (
                "a",
                "Perfetto, lascio il sacchetto a nome [[P:Cappelletti]] in cassa, [[P:Melissa]] deve solo dire il cognome 😊",
            ),
            (
                "c",
                "ah un'altra cosa, la mia vicina [[P:Serena Bartoccini]] del secondo piano chiede se fate la consegna a casa, sta in [[A:via dei Priori 61]] e non cammina bene dopo l'operazione",
            ),
            (
                "a",
                "Sì, in centro storico consegniamo il martedì e il venerdì, gratis sopra {{$:25 €}}. Mi lascia un numero della signora [[P:Serena]] così la chiamiamo prima?",
            ),
            (
                "c",
                "il fisso è [[T:075 572 3418]], sennò il figlio [[P:Fortunato]] [[T:347 118 2290]]. si chiama proprio così poveretto, e col ginocchio non è stato per niente {{W:fortunato}} 😂",
            ),
            (
                "a",
                "Ahah povero! Allora la chiamiamo venerdì mattina. Buona giornata! [[P:Lucia]] – {{B:Erboristeria Il Tiglio}}",
            ),
        ],
    },
    # 2. Instagram order shipped to Cortona; the postcode and doorbell arrive in a second message.
    {
        "business": "herb",
        "platform": "instagram",
        "customer": "viola.tessitore",
        "lang": "it",
        "start": "2025-04-10T17:40:00",
        "messages": [
            (
                "c",
                "ciao! ho visto il post della crema alla {{W:viola del pensiero}} 😍 spedite? io sto a [[L:Cortona]]",
            ),
            (
                "a",
                "Ciao! Sì, spediamo con {{B:BRT}} in 24/48h, {{$:5,50 €}} di spedizione, {{W:franco}} domicilio sopra {{$:49 €}}. La {{PD:Crema Viola & Calendula}} costa {{$:14,80 €}} 🌸",
            ),
            (
                "c",
                "ok ne prendo 2 + il burrocacao al miele. i dati: [[P:Viola Tessitore]], [[A:via Nazionale 22]], [[L:Cortona]]",
            ),
            (
                "c",
                "ah scusa il cap è [[A:52044]] e sul citofono c'è [[P:Bracci]], è il cognome del mio ragazzo",
            ),
            (
                "a",
                "Perfetto [[P:Viola]]! Ordine {{O:#TG-2291}}, totale {{$:34,10 €}} con spedizione. Paghi con bonifico o ti mando un link PayPal?",
            ),
            ("c", "paypal va bene, la mail è [[E:viola.tessitore@example.it]]"),
            (
                "a",
                "Fatto, ti è arrivata la richiesta. Ecco il tracking: {{TR:0612 3980 4471 22}}, lo segui su {{W:brt.it}} 📦",
            ),
            (
                "c",
                "grazieee ❤️ ps mia sorella [[P:Bianca]] vi ha trovati dal mio profilo, vi scrive lei, è [[H:@bianca.tessi_]]. fa saponi, guardate che belli [[U:etsy.com/shop/BiancaSaponiArtigianali]]",
            ),
        ],
    },
    # 3. An elderly man dictating in caps asks for valerian for his wife and a receipt with her codice fiscale.
    {
        "business": "herb",
        "platform": "whatsapp",
        "customer": "Gianfranco Pieroni",
        "lang": "it",
        "start": "2025-01-20T09:05:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:PIERONI GIANFRANCO]] VOLEVO SAPERE SE AVETE LA VALERIANA IN GOCCE PER MIA MOGLIE [[P:FRANCA]] CHE NON DORME DA UNA SETTIMANA",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Pieroni]], sì, abbiamo la {{PD:Valeriana Bio gocce 50 ml}} a {{$:11,50 €}}, e c'è anche la {{PD:Melatonina Plus}} se il medico è d'accordo. Passa lei o la signora [[P:Franca]]?",
            ),
            (
                "c",
                "passo io domani mattina punto mi fa lo scontrino col codice fiscale di mia moglie che è [[CF:BRTFNC52R50G478Y]] punto grazie",
            ),
            (
                "a",
                "Certo, nessun problema. Le dico solo che gli integratori non si scaricano nel 730, solo i medicinali, così non si arrabbia dopo 😊",
            ),
            (
                "c",
                "AH VA BENE LO STESSO. UN ALTRA COSA MIO NIPOTE [[P:LEONE]] DICE CHE AVETE UN SITO PER ORDINARE",
            ),
            (
                "a",
                "Sì, è {{W:www.erboristeriailtiglio.it}}, ma se preferisce può ordinare anche qui su WhatsApp. Le serve altro?",
            ),
            ("c", "NO GRAZIE A DOMANI. [[P:GIANFRANCO]]"),
        ],
    },
    # 4. A Romanian customer near Perugia, pregnant, orders a tea for home delivery and one for her mother in Iasi.
    {
        "business": "herb",
        "platform": "messenger",
        "customer": "Oana Munteanu",
        "lang": "it",
        "start": "2025-05-12T16:20:00",
        "messages": [
            (
                "c",
                "Buna seara, scusi mio italiano. Io sono [[P:Oana]], abito a [[L:Ellera]] ([[L:Corciano]]). Cerco tisana per gravidanza, la dottoressa [[P:Speranza]] ha detto zenzero va bene",
            ),
            (
                "a",
                "Buonasera [[P:Oana]], congratulazioni! 🌼 Abbiamo la {{PD:Tisana Mamma Dolce}} (zenzero, finocchio e {{W:melissa}}) a {{$:7,20 €}}. Meglio sempre chiedere conferma alla dott.ssa [[P:Speranza]] 😊",
            ),
            (
                "c",
                "Si grazie. Potete portare a casa? Indirizzo: [[A:Via Giuseppe Di Vittorio 14, scala B, int. 3]], [[A:06073]] [[L:Ellera di Corciano]]",
            ),
            (
                "a",
                "Fuori Perugia consegniamo solo il giovedì, con un contributo di {{$:3 €}}. Giovedì {{D:15 maggio}} va bene? Ci lascia un numero?",
            ),
            (
                "c",
                "Si giovedi ok. Numero mio [[T:+40 745 318 902]] (romeno) o di mio marito [[P:Mihai Munteanu]] [[T:328 440 1976]]. Lui lavora la mattina, io sempre a casa",
            ),
            (
                "c",
                "Mia mamma [[P:Elena]] vuole anche lei questa tisana, potete spedire in [[L:Romania]]? Lei sta a [[L:Iași]], [[A:Strada Mihai Eminescu 27, bl. C2, sc. 1, ap. 14]]",
            ),
            (
                "a",
                "Sì, con {{B:Poste Italiane}} in Romania sono {{$:18 €}}, arriva in circa una settimana. Giovedì [[P:Tommaso]] le porta tutto col furgoncino tra le {{TM:10}} e le {{TM:12}}, e paga lì. Auguri, con la {{W:speranza}} che la nausea passi presto!",
            ),
            ("c", "Multumesc! ❤️ grazie mille, anche da parte di [[P:Mihai]]"),
        ],
    },
    # 5. An American exchange student with a sore throat and finals nerves.
    {
        "business": "herb",
        "platform": "telegram",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-05-26T10:15:00",
        "messages": [
            (
                "c",
                "Hi! I'm an exchange student at the {{W:Università per Stranieri}}, do you speak English? I need something for a sore throat, my roommate [[P:Ivy]] ([[H:@ivyinperugia]]) recommended your shop",
            ),
            (
                "a",
                "Hi! Yes of course 🙂 For a sore throat we have {{PD:Propoli Spray Forte}} ({{$:9,90 €}}) and the {{PD:Pastiglie Erisimo}}, the singers' herb. We're at [[A:Corso Cavour 118]], 10 minutes from {{W:Piazza IV Novembre}}",
            ),
            (
                "c",
                "I'm in the dorm on [[A:via Fabretti 7]], so close! I'll come tomorrow. also do you have anything for anxiety that's not a drug lol, finals are killing me",
            ),
            (
                "a",
                "Ha, good luck with finals! Try {{PD:Rodiola Relax}} or just a {{W:melissa}} and {{W:passiflora}} tea before bed. Ask for [[P:Lucia]] or me, [[P:Gabriele]]",
            ),
            (
                "c",
                "Perfect. I'm [[P:Hope]] btw, [[P:Hope Adeyemi]], from [[L:Houston]]. Do you take Amex?",
            ),
            (
                "a",
                "Visa, Mastercard and Bancomat only, sorry! See you tomorrow [[P:Hope]], we open at {{TM:9:30}}",
            ),
            ("c", "ok! one exam down, three to go, there's still {{W:hope}} 😅 see u"),
        ],
    },
    # 6. A naturopath orders for her practice with an invoice to her partita IVA and pays by transfer.
    {
        "business": "herb",
        "platform": "whatsapp",
        "customer": "Stella Bruschi",
        "lang": "it",
        "start": "2025-02-17T11:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono la dott.ssa [[P:Stella Bruschi]], naturopata a [[L:Foligno]]. Vorrei fare un ordine per lo studio con fattura elettronica, P.IVA [[V:04872130549]]. Mi servono 6 flaconi di {{PD:Tintura Madre di Iperico}} e 4 di {{PD:Olio di Arnica 100 ml}}",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Bruschi]], nessun problema. Per i professionisti applichiamo il 15%: totale {{$:118,32 €}} IVA inclusa. Mi conferma intestazione e PEC?",
            ),
            (
                "c",
                "Ditta individuale [[P:Bruschi Stella]], [[A:via Mazzini 9]], [[A:06034]] [[L:Foligno]]. PEC [[E:stella.bruschi@pec.example.it]]. Se volete metterci tra i contatti il sito dello studio è [[U:www.stellabruschi-naturopatia.example.it]] 😊",
            ),
            (
                "a",
                "Ricevuto! Per il bonifico: [[I:IT94 Z031 1112 1000 0000 0027 806]] intestato a {{B:Il Tiglio snc}}, causale {{R:ORD-PRO 0417}}",
            ),
            (
                "c",
                "Fatto ora. Ps: un mio paziente, il sig. [[P:Felice Ortolani]], passerà da voi per il cardo mariano, gli ho dato il vostro numero",
            ),
            (
                "a",
                "Benissimo, grazie! Saremo {{W:felici}} di aiutarlo 🙂 La fattura arriva in PEC entro {{D:venerdì}}.",
            ),
            ("c", "Perfetto, grazie [[P:Lucia]]. Buon lavoro e un saluto a [[P:Gabriele]]"),
        ],
    },
    # 7. A British expat by Lake Trasimeno orders a birthday basket for his wife and pastes his card.
    {
        "business": "herb",
        "platform": "instagram",
        "customer": "mark_in_umbria",
        "lang": "en",
        "start": "2025-05-20T18:02:00",
        "messages": [
            (
                "c",
                "Buongiorno! Sono [[P:Mark]], abito vicino a [[L:Passignano]]. Scusate, il mio italiano è così così... posso scrivere in inglese?",
                "it",
            ),
            ("a", "Certo [[P:Mark]], of course! How can we help?"),
            (
                "c",
                "It's my wife's birthday on {{D:June 3rd}} and I'd like a gift basket, something with lavender and {{W:rose}}. [[P:Grace]] drinks a lot of herbal tea",
            ),
            (
                "a",
                "Lovely idea! Our {{PD:Cesto Lavanda & Rosa}} is {{$:39 €}}, or we can build one from {{$:25 €}}. Would you like a card with a message?",
            ),
            (
                "c",
                "Yes: 'To my [[P:Grace]], still my {{W:saving grace}} after 30 years. [[P:Mark]]'. Delivery to [[A:Vocabolo Poggio 12, loc. Castel Rigone]], [[A:06065]] [[L:Passignano sul Trasimeno]], farmhouse with a green gate. Shall I just give you my card? [[C:4539 8712 0044 5613]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card numbers in chat, for your safety! 🙏 Could you delete that message? We'll email you a secure payment link instead.",
            ),
            (
                "c",
                "Oops, deleted, sorry! Email is [[E:mark.h.fenwick@example.co.uk]]. If the driver gets lost call me on [[T:+44 7700 900418]] or my Italian number [[T:333 902 7714]]. (The farmhouse saga is all on my blog, [[U:www.fenwicksinumbria.example.co.uk]], if he wants a laugh)",
            ),
            (
                "a",
                "Link sent! The basket leaves on {{D:2 June}}. Tanti auguri to [[P:Grace]]! [[P:Gabriele]]",
            ),
            ("c", "Grazie mille, siete gentilissimi!", "it"),
        ],
    },
    # 8. A viola player called Viola brings in her cracked viola and her sister's student violin.
    {
        "business": "luthier",
        "platform": "whatsapp",
        "customer": "Viola Sartori",
        "lang": "it",
        "start": "2025-02-06T14:10:00",
        "messages": [
            (
                "c",
                "Buongiorno maestro, sono [[P:Viola Sartori]], suono in orchestra a [[L:Brescia]]. La mia {{W:viola}} ha una crepa sulla tavola vicino alla effe 😭 quando potrei portarla?",
            ),
            (
                "a",
                "Buongiorno [[P:Viola]], mi dispiace! Se la crepa è fresca è meglio intervenire subito. Giovedì alle {{TM:15:00}}? Siamo in [[A:via Bell'Aspa 4]], dietro al {{W:Museo del Violino}} ({{W:https://maps.app.goo.gl/xR7LiuteriaCR}}). [[P:Paolo Ardenghi]]",
            ),
            (
                "c",
                "giovedi perfetto. è una {{B:Scarampella}} del 1910 circa, me l'ha lasciata il mio maestro [[P:Bruno Ghidoni]] 🥲 ci tengo tantissimo",
            ),
            (
                "a",
                "Bellissimo strumento, me lo ricordo, la vernice originale è un {{W:bruno}} dorato splendido. La porti nella custodia senza allentare le corde. Per un intervento così si va da {{$:180 €}} a {{$:350 €}}, dipende se bisogna aprire.",
            ),
            (
                "c",
                "ok. la fattura la intesto alla mia partita iva [[V:02199340197]]. porto anche il violino di mia sorella [[P:Bianca]], un {{B:Gliga}} da studio, lei studia a [[L:Crema]] e non riesce a venire",
            ),
            ("a", "Va bene, li guardiamo tutti e due. A giovedì! 🎻 {{B:Liuteria Ardenghi}}"),
        ],
    },
    # 9. A Japanese violinist in Munich plans to try two violins at the Cremona fair.
    {
        "business": "luthier",
        "platform": "messenger",
        "customer": "Kenji Watanabe",
        "lang": "en",
        "start": "2025-06-02T07:45:00",
        "messages": [
            (
                "c",
                "Dear Maestro, my name is [[P:Kenji Watanabe]], I play second violin in an orchestra in [[L:Munich]]. My teacher Prof. [[P:Hartmann]] told me about your instruments",
            ),
            (
                "a",
                "Dear Mr [[P:Watanabe]], thank you for writing. At the moment we have two violins ready: a {{PD:Stradivari 1715 model}} and a {{PD:Guarneri del Gesù model}}, both {{$:14.500 €}}.",
            ),
            (
                "c",
                "I will come to Cremona for {{W:Cremona Musica}} in {{D:September}}, on {{D:the 26th or 27th}}. Can I try both? Also my wife [[P:Haruka]] plays cello and is curious about your cellos",
            ),
            (
                "a",
                "Of course. Our workshop is in [[A:Via Bell'Aspa 4]], and during the fair you find us at stand {{R:B14}} in {{W:CremonaFiere}} (programme on {{W:www.cremonamusica.com}}). Please send me your email and I will send the catalogue.",
            ),
            (
                "c",
                "[[E:kenji.watanabe@example.de]]. If I reserve one, can I pay the deposit from my German account [[I:DE44 5001 0517 5407 3249 31]]?",
            ),
            (
                "a",
                "Yes, a 10% deposit is fine and fully refundable if the violin is not right for you. Catalogue sent! Best regards, [[P:Paolo Ardenghi]]",
            ),
            (
                "c",
                "Thank you. Also my friend [[P:Sun-hee Park]] from [[L:Seoul]] asks about viola bows, this is her Instagram [[U:instagram.com/sunhee.park.viola]], maybe you can answer her there",
            ),
        ],
    },
    # 10. A rock guitarist from Piacenza needs a new nut on his Telecaster; his drummer is called Sole.
    {
        "business": "luthier",
        "platform": "whatsapp",
        "customer": "Giacomo",
        "lang": "it",
        "start": "2025-03-25T19:30:00",
        "messages": [
            (
                "c",
                "ciao! fate anche chitarre elettriche o solo violini? ho una {{B:Fender}} {{PD:Telecaster}} col capotasto da rifare",
            ),
            (
                "a",
                "Ciao! Sì, le chitarre acustiche ed elettriche le segue [[P:Elia]], mio figlio. Gli giro il tuo numero?",
            ),
            (
                "c",
                "si grazie! sono [[P:Giacomo Ferrandi]], il chitarrista dei {{B:Franco Tiratori}} 🤘 magari ci conosci 😂 su ig sono [[H:@jackferrandi_gtr]]",
            ),
            ("a", "Ahah non ancora, rimedieremo! Da dove vieni?"),
            (
                "c",
                "sto a [[L:Piacenza]] ma lavoro a [[L:Cremona]] tre gg a settimana, dal [[P:Franco]] ferramenta in corso Garibaldi",
            ),
            (
                "a",
                "Ciao [[P:Giacomo]], sono [[P:Elia Ardenghi]]. Capotasto in osso + setup completo {{$:85 €}}. Martedì sono in bottega dalle {{TM:14}}.",
            ),
            (
                "c",
                "top. se nn rispondo scrivi al mio batterista [[P:Sole]] (si chiama cosi giuro) [[T:340.771.0923]] o direttamente [[U:wa.me/393407710923]], su ig è [[H:@sole_drums]]",
            ),
            ("a", "Ahah segnato! Porta anche il jack che gracchia ☀️"),
        ],
    },
    # 11. A London cellist rents a cello for a masterclass and pays from a UK account.
    {
        "business": "luthier",
        "platform": "instagram",
        "customer": "amara.okafor.music",
        "lang": "en",
        "start": "2025-04-14T12:00:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Amara Okafor]], a cellist at the {{W:Royal Academy of Music}} in [[L:London]]. I'll be at the {{W:Accademia Stauffer}} in Cremona for a masterclass from {{D:7 to 21 July}} and need to rent a cello",
            ),
            (
                "a",
                "Hello [[P:Amara]]! We rent cellos at {{$:220 €}} for two weeks, insurance included. Could you send us a recording or your website so [[P:Paolo]] can choose one that suits your playing?",
            ),
            (
                "c",
                "Sure! My site is [[U:https://amaraokafor-cello.example.com]] and there are videos on [[U:youtube.com/@amaraokaforcello]]. My teacher [[P:Rosalind Mbeki-Hart]] says I need something warm on the C string",
            ),
            (
                "a",
                "Thank you! We'll set aside a {{PD:Bisiach-model cello}} for you. For the contract we need a billing address and a phone number.",
            ),
            (
                "c",
                "[[A:Flat 4, 27 Cranleigh Gardens]], [[L:London]] [[A:N16 5RT]], [[T:+44 7700 900362]]. I'll transfer from [[I:GB90 MIDL 4005 1522 3344 55]], is that ok?",
            ),
            ("a", "Perfect. Where should we send the invoice?"),
            (
                "c",
                "[[E:amara dot okafor at example dot co dot uk]] (sorry, spam bots 🙈) and tag me when you post the cello, I'm [[H:@amaraokafor.cello]]",
            ),
            ("a", "Got it 😄 See you in July! [[P:Paolo]] & [[P:Elia]]"),
        ],
    },
    # 12. A man found his grandfather's violin with a fake Stradivarius label and wants it restored for his daughter.
    {
        "business": "luthier",
        "platform": "telegram",
        "customer": "Marco Baldi",
        "lang": "it",
        "start": "2025-10-08T18:45:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Marco Baldi]]. Ho ritrovato in soffitta il violino di mio nonno [[P:Angelo]], dentro c'è un'etichetta con scritto {{W:Antonius Stradivarius Cremonensis}} ma immagino sia un falso 😅",
            ),
            (
                "a",
                "Buonasera! Quelle etichette nel 99% dei casi sono di fabbrica tedesca, primi del '900. Lo porti pure, la valutazione è gratuita 🙂",
            ),
            (
                "c",
                "Bene. Se lo sistemo è per mia figlia [[P:Marina]], ha 9 anni e fa metodo {{W:Suzuki}} alla scuola di musica. Mi serve la fattura a mio nome, codice fiscale [[CF:BLDMRC79A12D150E]]",
            ),
            ("a", "Certo. Mi scriva anche l'indirizzo per la fattura."),
            (
                "c",
                "[[A:Via degli Ippocastani 17/B]], [[A:26100]] [[L:Cremona]]. Se non rispondo chiamate mia moglie [[P:Gioia]] allo [[T:0372 458113]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Baldi]], sabato mattina la aspetto. Che {{W:gioia}} quando un violino di famiglia torna a suonare!",
            ),
            (
                "c",
                "Grazie. La fattura me la mandate anche per mail? [[E:marco.baldi79 chiocciola example.it]], tutto minuscolo",
            ),
            ("a", "Certo, gliela mandiamo lì appena finito il lavoro. Buona serata!"),
        ],
    },
    # 13. A guitarist in Bengaluru buys a classical guitar; her brother in Milan will collect it.
    {
        "business": "luthier",
        "platform": "whatsapp",
        "customer": "Priya Raman",
        "lang": "en",
        "start": "2025-09-03T05:30:00",
        "messages": [
            (
                "c",
                "Hello sir, I am [[P:Priya Raman]] from [[L:Bengaluru]]. I saw on Instagram your classical guitar in cedar and rosewood, is it still available? Do you ship to [[L:India]]?",
            ),
            (
                "a",
                "Hello [[P:Priya]]! Yes, the {{PD:Chitarra Classica modello Torres}} is available, {{$:3.200 €}}. Insured shipping to India is about {{$:260 €}}, but customs can take weeks.",
            ),
            (
                "c",
                "Hmm customs is a nightmare here 😅 My brother [[P:Arjun]] lives in [[L:Milan]], he can collect it and bring it in {{D:December}}. His number [[T:+39 351 662 0184]]",
            ),
            (
                "a",
                "That works! We'd ask a deposit of {{$:500 €}}. Could I have your full name and address for the invoice?",
            ),
            (
                "c",
                "[[P:Priya Lakshmi Raman]], [[A:No. 48, 3rd Cross, 6th Main, Indiranagar 2nd Stage]], [[L:Bengaluru]] [[A:560038]], [[L:Karnataka]]. Phone [[T:+91 98450 31276]]. You can hear me play on [[U:www.priyaramanguitar.example.com]] 🎸",
            ),
            (
                "a",
                "Thank you, beautiful {{W:Tárrega}}! Invoice {{R:FT 2025/118}} is in your inbox. [[P:Arjun]] can come any weekday from {{TM:9}} to {{TM:18}}.",
            ),
            ("c", "Thanks a lot sir 🙏 [[P:Arjun]] will message you before"),
        ],
    },
    # 14. A mother looks for a pink ukulele for her daughter; a cousin did his apprenticeship at the workshop.
    {
        "business": "luthier",
        "platform": "instagram",
        "customer": "rosa_canta_",
        "lang": "it",
        "start": "2025-11-15T15:20:00",
        "messages": [
            (
                "c",
                "ciao, avete ukulele per bambini? mia figlia [[P:Ginevra]] ne vuole uno {{W:rosa}} per forza 🙄",
            ),
            (
                "a",
                "Ciao! Non li costruiamo ma teniamo qualche {{B:Kala}} da studio, anche {{W:rosa}} pastello, {{$:59 €}}. Vuoi passare a vederlo?",
            ),
            (
                "c",
                "si! sono [[P:Rosa]], [[P:Rosa Pedrazzini]] (sì quella che canta ai matrimoni 😂 [[U:rosapedrazzini.example.it]]). ma è la bottega dove ha fatto il tirocinio [[P:Nicolò Fiorentini]]? il cugino di mio marito",
            ),
            (
                "a",
                "Sì, [[P:Nicolò]] è stato qui tutto l'anno scorso, salutacelo! Sabato siamo aperti {{TM:9:30}}–{{TM:12:30}}.",
            ),
            ("c", "perfetto, passiamo sabato. il mio nr se serve [[T:338 2197445]]"),
            ("a", "A sabato [[P:Rosa]], e ciao a [[P:Ginevra]]! 🎶"),
        ],
    },
    # 15. A family of five from Ohio books the early Colosseum tour.
    {
        "business": "tours",
        "platform": "whatsapp",
        "customer": "Bill Kowalczyk",
        "lang": "en",
        "start": "2025-03-28T22:10:00",
        "messages": [
            (
                "c",
                "Hi there! This is [[P:Bill Kowalczyk]] from [[L:Columbus]], [[L:Ohio]]. We're a family of 5 visiting Rome {{D:April 14-19}} and want the {{PD:Colosseum & Forum Early Bird}} tour",
            ),
            (
                "a",
                "Hi [[P:Bill]]! Welcome 🇮🇹 The Early Bird starts daily at {{TM:7:45 am}}, {{$:79 €}} adults and {{$:55 €}} kids under 12. How old are the kids?",
            ),
            (
                "c",
                "[[P:Hunter]] is 15, [[P:Daisy]] 11 and [[P:June]] is 6. My wife [[P:Peggy]] has a bad knee though, how much walking is it?",
            ),
            (
                "a",
                "About 3 km with breaks, mostly flat except the {{W:Palatine Hill}}. Our guide [[P:Chiara]] can keep a gentle pace. Shall I book {{D:April 15}}?",
            ),
            (
                "c",
                "Yes please! Can we pay on the day? Our bank charges a foreign fee every time and the {{W:bill}} adds up fast lol. [[P:Peggy]] will post every single photo on [[U:facebook.com/peggy.kowalczyk.oh]] so be ready 😂",
            ),
            (
                "a",
                "Sure, pay on the day. Meeting point: the {{W:Arch of Constantine}}, look for the yellow umbrella ☂️ Booking ref {{R:CRW-4417}}",
            ),
            ("c", "Awesome. My cell is [[T:(614) 555-0187]], texting works best. See you then!"),
        ],
    },
    # 16. A daughter and her elderly mother from San Francisco book a private Vatican tour with a wheelchair.
    {
        "business": "tours",
        "platform": "messenger",
        "customer": "Grace Liu",
        "lang": "en",
        "start": "2025-04-02T03:40:00",
        "messages": [
            (
                "c",
                "Hello! I'm [[P:Grace Liu]], travelling with my mom [[P:Mei-Ling]] from [[L:San Francisco]]. Do you do private tours of the {{W:Vatican Museums}}? Mom is 74 and uses a cane",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, our private {{PD:Vatican Skip-the-Line}} for 2 is {{$:340 €}} incl. tickets, and we can request a wheelchair at the entrance for free (see {{W:museivaticani.va}}).",
            ),
            (
                "c",
                "Oh that would be such a blessing. By God's {{W:grace}} she still walks a lot but 3 hours is long",
            ),
            ("a", "Totally understand. Where are you staying? We can arrange a taxi pickup."),
            (
                "c",
                "We're in an Airbnb at [[A:Via dei Coronari 148, 2nd floor]], the host [[P:Donatella]] is super sweet",
            ),
            (
                "a",
                "Perfect, the taxi will be there at {{TM:8:15}} on {{D:Thursday}}. Could you email us both names as on your passports? The Vatican is strict.",
            ),
            (
                "c",
                "Sure, writing to you from [[E:grace.liu.sf@example.com]]. Mom's passport name is [[P:LIU MEI-LING]] (family name first), in Chinese [[P:刘美玲]] 😊",
            ),
        ],
    },
    # 17. Two travel bloggers from Atlanta propose a collaboration on the food walk.
    {
        "business": "tours",
        "platform": "instagram",
        "customer": "hope.and.rose.travels",
        "lang": "en",
        "start": "2025-05-08T14:55:00",
        "messages": [
            (
                "c",
                "Hey! We're [[P:Hope]] & [[P:Rose]] from [[H:@hope.and.rose.travels]] 💕 two besties from [[L:Atlanta]] doing Europe. Would you be open to a collab on your {{PD:Trastevere Food Walk}}?",
            ),
            (
                "a",
                "Hi both! Love your feed 😍 We do a few collabs a year. Could you send your media kit and stats?",
            ),
            (
                "c",
                "Sure! Everything is on [[U:linktr.ee/hopeandrosetravels]] and the blog [[U:www.hopeandrose.example.com/europe-2025]]. [[P:Rose]]'s personal TikTok is [[H:@rosie_m_atl]] (180k)",
            ),
            (
                "a",
                "Thanks! Our marketing lead [[P:Federica]] will get back to you. Which dates are you in Rome? And feel free to tag {{B:@cobblestonerome}} in the meantime 😉",
            ),
            (
                "c",
                "{{D:May 20}} to {{D:May 24}}. Oh and [[P:Hope]]'s allergic to tree nuts, so no pistachio stuff 🙃",
            ),
            ("a", "Noted! Which email should [[P:Federica]] use?"),
            (
                "c",
                "[[E:collabs@hopeandrose.example.com]] or mine, [[E:rose.mbatha@example.net]]. ps we're bringing a friend, [[P:Ivy]], she's a photographer: [[U:ivyshoots.example.com]]",
            ),
        ],
    },
    # 18. An Italian-American from New Jersey wants a day trip to his grandfather's village.
    {
        "business": "tours",
        "platform": "whatsapp",
        "customer": "Frank DeLuca",
        "lang": "en",
        "start": "2025-06-18T13:00:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Frank DeLuca]] here, from [[L:Hoboken]], [[L:New Jersey]]. Ciao! My grandfather [[P:Franco De Luca]] came from a little town called [[L:Arpino]] near [[L:Frosinone]]. Do your guides do day trips out there?",
            ),
            (
                "a",
                "Ciao [[P:Frank]]! Not as a standard tour, but our guide [[P:Matteo]] grew up in [[L:Ciociaria]] and does custom 'roots' days, {{$:420 €}} with driver.",
            ),
            (
                "c",
                "Bellissimo! My cousin [[P:Assunta Ricci]] still lives there on [[A:Via Vittoria Colonna 23]] ([[U:facebook.com/assunta.ricci.arpino]]). We'd love to surprise her, maybe on {{D:Ferragosto}} 😂",
            ),
            (
                "a",
                "Ha! {{D:August 15}} is a national holiday, roads are empty but everything's closed and the family will be at the beach. {{D:August 16}}?",
            ),
            (
                "c",
                "16 works. It'll be me, my wife [[P:Connie]], my son [[P:Frankie]] and maybe [[P:Sal]] if he survives the night before lol. Email [[E:fdeluca1958@example.com]], cell [[T:+1 201-555-0143]]",
            ),
            (
                "a",
                "Perfect, [[P:Matteo]] will email you a plan. Ref {{R:CRW-ROOTS-09}}. Grazie mille!",
            ),
            ("c", "Grazie to you! Nonno [[P:Franco]] would be proud 🇮🇹🇺🇸"),
        ],
    },
    # 19. An Italian teacher books an English tour for visiting American students and needs the guide's data.
    {
        "business": "tours",
        "platform": "telegram",
        "customer": "Marisa Fontanesi",
        "lang": "it",
        "start": "2025-01-14T10:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono la prof.ssa [[P:Marisa Fontanesi]] del {{B:Liceo Ariosto}} di [[L:Ferrara]]. Ospitiamo 18 studenti di una high school di [[L:Portland]] dal {{D:3 al 10 marzo}}: vorrei un tour in inglese della Roma antica il {{D:6 marzo}}.",
            ),
            (
                "a",
                "Buongiorno prof.ssa [[P:Fontanesi]], con piacere. Per i gruppi scolastici sono {{$:18 €}} a studente, accompagnatori gratuiti. Quanti adulti sarete?",
            ),
            (
                "c",
                "Tre: io, il collega [[P:Leone Baraldi]] e la docente americana, Ms. [[P:Autumn Reyes]]. La segreteria chiede anche nome e codice fiscale della guida per il registro uscite, e la fattura va intestata alla scuola, inviata a [[E:marisa.fontanesi@scuola.example.it]]",
            ),
            (
                "a",
                "Certo. La guida sarà il titolare, [[P:Bruno Martini]], CF [[CF:MRTBRN67L09H501I]], guida abilitata. Appuntamento alle {{TM:9:30}} alla {{W:Bocca della Verità}}. IBAN per il bonifico: [[I:IT52T0306903005100000072318]], preventivo {{R:PRV-0306}}.",
            ),
            (
                "c",
                "Grazie. In caso di imprevisti il mio cellulare è [[T:339/6612084]]. I ragazzi sono vivaci, avvisi il sig. [[P:Martini]] 😅",
            ),
            ("a", "Tranquilla, [[P:Bruno]] ha 25 anni di gite scolastiche alle spalle! A presto."),
        ],
    },
    # 20. A Texan couple lost reading glasses after the evening walk.
    {
        "business": "tours",
        "platform": "whatsapp",
        "customer": "Sue Abernathy",
        "lang": "en",
        "start": "2025-10-11T07:50:00",
        "messages": [
            (
                "c",
                "Good morning! This is [[P:Sue Abernathy]], we did the {{PD:Pantheon & Piazzas Evening Walk}} last night with [[P:Matteo]]. I think my husband [[P:Rich]] left his reading glasses at the gelato place",
            ),
            (
                "a",
                "Good morning [[P:Sue]]! Oh no. Was it {{B:Giolitti}} or the small place near {{W:Piazza Navona}}?",
            ),
            (
                "c",
                "The small one, the lady with pink hair. Honestly we're not {{W:rich}} enough to buy new prescription glasses every trip 😂 and no, I won't {{W:sue}} anybody, ha",
            ),
            ("a", "Ha! [[P:Matteo]] will go by at lunchtime. Where should we bring them?"),
            (
                "c",
                "We're at the {{B:Albergo del Sole}}, [[A:Via del Biscione 76]], room 214. We leave for [[L:Florence]] tomorrow at 10",
            ),
            (
                "a",
                "Got them!! 🎉 [[P:Matteo]] will leave them at reception by {{TM:6 pm}} under [[P:Abernathy]].",
            ),
            (
                "c",
                "You guys are angels. Five stars on {{W:TripAdvisor}} coming, and [[P:Rich]] says thank you too. The grandkids follow the trip on [[U:sueandrichontheroad.example.com]], you're in tonight's post! God bless, [[P:Sue]] & [[P:Rich]] from [[L:Amarillo]]",
            ),
        ],
    },
    # 21. A doctor at a conference is blocked by the payment page and pastes his Amex.
    {
        "business": "tours",
        "platform": "messenger",
        "customer": "Dr. Marcus Obi",
        "lang": "en",
        "start": "2025-09-22T20:05:00",
        "messages": [
            (
                "c",
                "Hello, I'm trying to book the {{PD:Underground Rome: Catacombs & Crypts}} tour for 4 on your website but it says 'payment declined – suspicious activity from IP [[IP:73.189.44.201]]'. We're at a conference here until {{D:Friday}}",
            ),
            (
                "a",
                "Hello! Sorry about that, our payment provider sometimes blocks hotel wifi networks. I can send you a manual link. Names for the booking?",
            ),
            (
                "c",
                "Dr. [[P:Marcus Obi]], with Drs. [[P:Adaeze Nwosu]], [[P:Ravi Menon]] and [[P:Felicity Grant]]. Or I could just give you my card, [[C:3782 144509 83326]], exp 08/28",
            ),
            (
                "a",
                "Please don't share card details here 🙏 Here is the secure link: {{W:pay.cobblestonerome.it/l/8KQ2}}",
            ),
            (
                "c",
                "Done. Receipts to [[E:m.obi@clinic.example.org]] please, our admin [[P:Dolores]] back in [[L:Baltimore]] handles the reimbursements",
            ),
            (
                "a",
                "Paid, thank you! Tomorrow {{TM:2:30 pm}} at the entrance of {{W:San Clemente}}, your guide is [[P:Chiara]]. Ref {{R:CRW-7730}}",
            ),
        ],
    },
    # 22. A bride books a tasting; both mothers want different cakes.
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Nunzia Palmisano",
        "lang": "it",
        "start": "2025-02-22T19:10:00",
        "messages": [
            (
                "c",
                "Buonasera signora [[P:Mimma]]! sono [[P:Nunzia]], mi sposo il {{D:21 giugno}} con [[P:Vito]] 💍 vorremmo fare l'assaggio delle torte, quando si può?",
            ),
            (
                "a",
                "Auguri [[P:Nunzia]]!! 🥰 Gli assaggi li facciamo il sabato mattina. Quanti invitati siete?",
            ),
            (
                "c",
                "circa 160 😅 la mamma di [[P:Vito]] vuole per forza la millefoglie, mia mamma vuole la torta a piani con le {{W:rose}} di zucchero... aiutooo",
            ),
            (
                "a",
                "Ahah classico! Facciamo 3 piani: millefoglie alla base e {{W:rose}} in pasta di zucchero sopra, così sono contente tutte e due 😄 Sabato {{D:12 aprile}} alle {{TM:11}}?",
            ),
            (
                "c",
                "si perfetto! veniamo io [[P:vito]] e mia suocera [[P:Carmela]]. per la fattura (la paga papà ma la vuole a nome mio) [[P:Palmisano Nunzia]] CF [[CF:PLMNNZ90T55A662N]]. ti giro anche la nostra fotografa [[P:Ludovica]] così vi mettete d'accordo per le foto della torta [[U:instagram.com/ludovica.ph.wedding]]",
            ),
            (
                "a",
                "Segnato! Siamo in [[A:via Abate Gimma 143]], suonate al citofono 'laboratorio'. [[P:Mimma]]",
            ),
            (
                "c",
                "uè ma mia zia [[P:Dora]] di [[L:Madonnella]] dice che vi conosce da una vita! 😍 a sabato allora",
            ),
        ],
    },
    # 23. An English-Dutch couple marrying in a masseria order a naked cake and a tasting box for her mother in Bari.
    {
        "business": "cake",
        "platform": "instagram",
        "customer": "sophie.and.daan.wed",
        "lang": "en",
        "start": "2025-03-09T12:30:00",
        "messages": [
            (
                "c",
                "Hi! We're [[P:Sophie]] & [[P:Daan]], getting married at {{W:Masseria Torre Coccaro}} on {{D:13 September}} 🌿 Our planner [[P:Rossella]] says {{B:Le Torte di Mimma}} is the best in Bari. Do you do naked cakes?",
            ),
            (
                "a",
                "Hi [[P:Sophie]] and [[P:Daan]]! Congratulations 🥂 Yes, our {{PD:Naked Cake ai Frutti di Bosco}} is our summer favourite. For 90 guests it's around {{$:6,50 €}} per slice.",
            ),
            (
                "c",
                "Lovely! We live in [[L:Rotterdam]] so we can't come for a tasting 😢 could you send a mini tasting box to my mum in [[L:Bari]]? She's Italian, [[P:Addolorata Lorusso]], but everyone calls her [[P:Lella]]. The moodboard is on our wedding site [[U:www.sophieanddaan.example.com]]",
            ),
            ("a", "Of course! Address and phone please?"),
            (
                "c",
                "[[A:Corso Cavour 202, 5° piano]], [[A:70121]] [[L:Bari]]. Her landline [[T:080 524 6617]], mobile [[T:+39 349 301 8825]]",
            ),
            (
                "a",
                "Perfect, the box goes out {{D:Friday}}. For the 30% deposit, our IBAN: [[I:IT02 Y010 3062 1700 0000 1266 330]], reference {{R:TM-0913}}",
            ),
            (
                "c",
                "Sent from [[P:Daan]]'s Dutch account [[I:NL33 INGB 0006 7834 12]], name [[P:D. van den Berg]] 💸",
            ),
        ],
    },
    # 24. The bride's grumpy father writes in caps about the delivery venue and the price.
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Franco Lattarulo",
        "lang": "it",
        "start": "2025-08-30T06:40:00",
        "messages": [
            (
                "c",
                "BUONGIORNO QUA È [[P:LATTARULO]] IL PAPÀ DI [[P:SERENA]]. LA TORTA LA DOVETE PORTARE ALLA SALA {{B:VILLA SERENA}} E NO A CASA NOSTRA",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Lattarulo]]! Certo, nessun problema, ci serve solo l'orario e un contatto della sala.",
            ),
            (
                "c",
                "ALLE {{TM:19}}. IL RESPONSABILE È [[P:NICOLA]] DETTO [[P:COLINO]] [[T:333 45 67 801]]. E POI {{$:480 EURO}} PER UNA TORTA??? AI TEMPI MIEI CON {{$:50 MILA LIRE}} FACEVI IL MATRIMONIO INTERO",
            ),
            (
                "a",
                "Ha ragione, i tempi sono cambiati 😅 ma per 140 persone a 3 piani è il prezzo concordato con [[P:Serena]], e la consegna è inclusa.",
            ),
            (
                "c",
                "VABBÈ. CHE DEVO FA. L'IMPORTANTE È CHE [[P:SERENA]] È {{W:FELICE}}. MIA MOGLIE [[P:ANGELA]] DICE CHE SIETE BRAVE",
            ),
            (
                "a",
                "Grazie alla signora [[P:Angela]]! 🙏 Confermo la consegna a {{B:Villa Serena}}, [[A:Strada Provinciale 57 km 3,400]], alle {{TM:19}} in punto.",
            ),
            ("c", "E NON FATE TARDI. [[P:FRANCO]]"),
        ],
    },
    # 25. A christening cake in light blue for a baby girl called Celeste; the godmother wants star biscuits.
    {
        "business": "cake",
        "platform": "messenger",
        "customer": "Chiara Deflorio",
        "lang": "it",
        "start": "2025-04-01T09:00:00",
        "messages": [
            (
                "c",
                "Ciao! vorrei una torta per il battesimo di mia figlia il {{D:4 maggio}}, per 30 persone",
            ),
            (
                "a",
                "Ciao! Che bello 🥰 Hai già un'idea? Per le bimbe di solito facciamo {{W:rosa}} e bianco",
            ),
            (
                "c",
                "no no la voglio {{W:celeste}}!! lo so che è femmina ma si chiama [[P:Celeste]] quindi ci sta 😂 con scritto 'Benvenuta [[P:Celeste Maria]]', tipo questa che ho salvato [[U:pinterest.it/chiaradeflorio/battesimo-celeste]]",
            ),
            (
                "a",
                "Adoro 😍 {{PD:Torta Nuvola}} panna e fragole, {{$:120 €}} per 30 persone, scritta compresa. Ritiro o consegna?",
            ),
            (
                "c",
                "consegna, siamo a [[L:Torre a Mare]], [[A:via Cristoforo Colombo 9]]. sono [[P:Chiara Deflorio]], nr [[T:3201185446]]",
            ),
            (
                "a",
                "Perfetto [[P:Chiara]]! Ordine {{O:ORD-B-0504}} confermato. Un bacio alla piccola!",
            ),
            (
                "c",
                "grazie!!! la madrina [[P:Stella]] chiede se fate anche i biscotti a forma di {{W:stella}}",
            ),
            (
                "a",
                "Certo! {{PD:Biscotti Stelline}} decorati, {{$:2 €}} l'uno. Quanti ne vuole [[P:Stella]]?",
            ),
            ("c", "40!! la conosci [[P:Stella]], esagera sempre 😂 grazie [[P:Mimma]]"),
        ],
    },
    # 26. A Nigerian man living in Bari gifts the wedding cake to a friend and pastes his card.
    {
        "business": "cake",
        "platform": "telegram",
        "customer": "Olufemi Adebayo",
        "lang": "it",
        "start": "2025-09-10T17:25:00",
        "messages": [
            (
                "c",
                "Salve, io sono [[P:Olufemi]], sono nigeriano ma vivo a [[L:Bari]] da 6 anni. Mio amico [[P:Chukwuemeka]] si sposa con [[P:Blessing]] a {{D:ottobre}}, voglio regalare io la torta",
            ),
            ("a", "Ciao [[P:Olufemi]], che bel regalo! Data esatta e quante persone?"),
            (
                "c",
                "{{D:18 ottobre}}, 200 persone 😅 festa nigeriana e grande. Colori verde e bianco come la bandiera, possibile? Tutto sul sito di loro [[U:www.chukwuemekaandblessing.example.com]]",
            ),
            (
                "a",
                "Possibilissimo! 4 piani verde e bianco con fiori di zucchero, circa {{$:780 €}}. Ti mando il preventivo per mail?",
            ),
            (
                "c",
                "si, la mia mail e [[E:olufemi punto adebayo chiocciola example punto com]]. Telefono [[T:+234 803 411 2975]] nigeriano o [[T:389 055 1402]] italiano. Posso pagare con carta? [[C:4916 5002 7718 4937]]",
            ),
            (
                "a",
                "Grazie! Preventivo {{R:PRV-1018}} inviato. La carta però non scriverla qui, ti arriva un link sicuro insieme al preventivo 🙏 Dove la consegniamo?",
            ),
            (
                "c",
                "Ok scusa. Sala della parrocchia, [[A:via Giulio Petroni 118]]. Grazie sorella, you are a {{W:blessing}} 🙏",
            ),
        ],
    },
    # 27. A wedding planner forwards her September list, overpays and asks for a refund.
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Rossella Cassano",
        "lang": "it",
        "start": "2025-07-15T08:35:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Mimma]], sono [[P:Rossella]] di {{B:Bianco Confetto Eventi}} 😘 ti giro le date di settembre",
            ),
            (
                "c",
                "📋 SETTEMBRE\n{{D:6/9}} [[P:Ilaria]] e [[P:Donato]] – 120 pax – {{W:Masseria San Domenico}}\n{{D:13/9}} [[P:Sophie]] e [[P:Daan]] – 90 pax (vi sentite già voi)\n{{D:27/9}} [[P:Speranza]] e [[P:Gianluca]] – 200 pax – {{B:Villa Serena}}",
            ),
            (
                "a",
                "Ricevuto tutto! Per [[P:Speranza]] e [[P:Gianluca]] mi serve sapere se vogliono il cake topper 🙂",
            ),
            (
                "c",
                "ti faccio sapere. intanto ti ho fatto il bonifico per il {{D:6/9}} ma ho messo {{$:850}} invece di {{$:580}} 🤦‍♀️ mi ridai la differenza su [[I:IT36 S367 7222 300E M001 9853 204]]? fattura come sempre alla P.IVA [[V:03955610724]]",
            ),
            (
                "a",
                "Ahah capita! Ti rimando {{$:270 €}} oggi stesso. La fattura sempre a [[E:rossella@biancoconfetto.example.it]]?",
            ),
            (
                "c",
                "no ora mandala a [[E:amministrazione @ biancoconfetto.example.it]], se ne occupa [[P:Mariangela]]",
            ),
            ("a", "Perfetto. Un bacio a [[P:Mariangela]]! [[P:Mimma]]"),
        ],
    },
    # 28. A young home baker signs up for the cake-design course with a friend.
    {
        "business": "cake",
        "platform": "instagram",
        "customer": "vera.bakes.home",
        "lang": "it",
        "start": "2025-10-20T16:00:00",
        "messages": [
            (
                "c",
                "ciao! fate corsi di cake design? sono [[P:Vera]], ho 19 anni e faccio torte in casa, i video li metto su [[U:tiktok.com/@verabakes_ba]]",
            ),
            (
                "a",
                "Ciao [[P:Vera]]! Sì, a {{D:novembre}} parte il corso base, 4 sabati, {{$:190 €}}. Usiamo solo panna {{W:vera}} e burro, niente surrogati 😉",
            ),
            (
                "c",
                "che bello!! posso venire con la mia amica [[P:Gioia Lamanna]] ([[H:@gioia_cooks]])? abita a [[L:Monopoli]] e fa l'alberghiero",
            ),
            ("a", "Certo, ci sono ancora 3 posti. Mi lasciate una mail per l'iscrizione?"),
            (
                "c",
                "la mia è [[E:vera.digennaro03@example.it]] e quella di [[P:Gioia]] è [[E:gioia.lamanna AT example DOT it]]",
            ),
            (
                "a",
                "Iscritte! Che {{W:gioia}} vedere ragazze così appassionate 🥰 Se postate le vostre torte taggate {{B:@letortedimimma}}!",
            ),
        ],
    },
    # 29. Four friends book a padel court; one wants to try a demo racket.
    {
        "business": "tennis",
        "platform": "whatsapp",
        "customer": "Fortunato Zanella",
        "lang": "it",
        "start": "2025-04-22T11:10:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Fortunato]], c'è un campo padel libero domani alle {{TM:19}}? siamo io, [[P:Bruno]], [[P:Franco]] e il [[P:Bepi]]",
            ),
            (
                "a",
                "Ciao [[P:Fortunato]]! Alle {{TM:19}} è tutto pieno, ho il campo 3 alle {{TM:20:30}}. Va bene?",
            ),
            ("c", "{{TM:20.30}} ok, tanto [[P:Franco]] arriva tardi dal lavoro a [[L:Mestre]]"),
            (
                "a",
                "Prenotato! {{$:48 €}} il campo, 12 a testa. Il 3 è coperto, quindi niente {{W:sole}} in faccia e se piove siete {{W:fortunati}} 😄",
            ),
            (
                "c",
                "ahah come sempre. ah [[P:Bruno]] chiede se avete ancora la {{B:Bullpadel}} {{PD:Vertex 04}} da provare",
            ),
            (
                "a",
                "Sì, la demo è qui, gliela lascio al bar col suo nome. [[P:Nicoletta]] – segreteria",
            ),
            ("c", "grazie [[P:Nicoletta]] 👍 sei un mito"),
        ],
    },
    # 30. A father enrols himself and his two children with codice fiscale, IBAN for direct debit and his studio's VAT.
    {
        "business": "tennis",
        "platform": "messenger",
        "customer": "Alberto Ferrara",
        "lang": "it",
        "start": "2025-08-28T07:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere me e i miei due figli ([[P:Tommaso]], 12 anni, e [[P:Gemma]], 9) alla stagione {{D:2025/26}}. Che dati vi servono?",
            ),
            (
                "a",
                "Buongiorno! Nome, codice fiscale, indirizzo e, se vuole rateizzare, l'IBAN per l'addebito SEPA.",
            ),
            (
                "c",
                "[[P:Alberto Ferrara]], CF [[CF:FRRLRT72C18G224M]], [[A:via Tiziano Aspetti 88]], [[A:35133]] [[L:Padova]]. IBAN [[I:IT56 B020 0803 0270 0010 4815 562]], cointestato con mia moglie [[P:Elena Scarpa]]. La mia quota però fatturatela allo studio, P.IVA [[V:07335080284]]",
            ),
            (
                "a",
                "Perfetto. Per i ragazzi il maestro è [[P:Leone]], martedì e giovedì alle {{TM:17}}. Serve il certificato medico non agonistico per entrambi.",
            ),
            (
                "c",
                "[[P:Gemma]] ce l'ha dal dottor [[P:Brunello]], [[P:Tommaso]] lo fa la settimana prossima. A che mail lo mando?",
            ),
            ("a", "A [[E:segreteria.nicoletta@ctpbrenta.example.it]], grazie! [[P:Nicoletta]]"),
        ],
    },
    # 31. An Irish Erasmus student called Ivy looks for hitting partners; her Polish flatmate wants padel.
    {
        "business": "tennis",
        "platform": "instagram",
        "customer": "ivy_tennis_pd",
        "lang": "en",
        "start": "2025-10-02T18:30:00",
        "messages": [
            (
                "c",
                "Ciao! Sono una studentessa Erasmus all'{{W:Università di Padova}}, vengo da [[L:Cork]]... sorry, my Italian stops here 😅 I'm looking for someone to hit with twice a week, I'm about 4.0 NTRP",
            ),
            (
                "a",
                "Hi! Welcome 🎾 We have a WhatsApp group for hitting partners and coached sessions for adults. What's your name?",
            ),
            (
                "c",
                "[[P:Ivy O'Sullivan]] 😊 (yes, my mam loves plants). I saw your courts from the tram, the ones with all the {{W:ivy}} on the fence? So fitting",
            ),
            (
                "a",
                "Haha yes, courts 5 and 6! Coach [[P:Stefano]] speaks English. Send me your number and I'll add you",
            ),
            (
                "c",
                "[[T:+353 87 214 6630]], or my Italian one [[T:371 449 0562]]. My flatmate [[P:Wiktoria]] from [[L:Kraków]] wants to try padel too, ok?",
            ),
            (
                "a",
                "Of course! Beginners' padel is Sunday at {{TM:10}}, {{$:15 €}} rackets included. Tell [[P:Wiktoria]] to DM us",
            ),
            ("c", "Brilliant, she's [[H:@wika.nowak.pl]] on here, I'll tag her. Grazie!"),
        ],
    },
    # 32. A player signs up for the spring tournament and the doubles with a friend from another club.
    {
        "business": "tennis",
        "platform": "whatsapp",
        "customer": "Marina Donati",
        "lang": "it",
        "start": "2025-03-18T21:05:00",
        "messages": [
            (
                "c",
                "ciao, volevo iscrivermi al torneo {{PD:Open Femminile di Primavera}}, sono [[P:Marina Donati]], classifica 3.3",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Iscrizione {{$:25 €}}, torneo dal {{D:5 al 13 aprile}}. Mi mandi il codice fiscale per il portale federale?",
            ),
            (
                "c",
                "[[CF:DNTMRN95P62L736X]] 😅 ah gioco anche il doppio con [[P:Elisa Ruzza]] se lo fate. la ricevuta mandala a [[E:marina.donati[at]example.it]]",
            ),
            (
                "a",
                "Sì, il doppio è il {{D:12}} e {{D:13 aprile}}, {{$:30 €}} a coppia. [[P:Elisa]] è tesserata con noi?",
            ),
            (
                "c",
                "no, lei abita a [[L:Abano]] e gioca al {{B:TC Euganeo}}. il suo cell è [[T:345-8812093]] se serve",
            ),
            (
                "a",
                "Perfetto, vi iscrivo entrambe. Il tabellone esce su {{W:www.fitp.it}} da {{D:venerdì}}, e ricordate la maglietta {{W:bianca}} per la finale",
            ),
            ("c", "graziee. tifa x noi 🙏"),
            ("a", "Sempre! In bocca al lupo a tutte e due 🎾"),
        ],
    },
    # 33. A PhD student, in learner's Italian, left his jacket on court; the booking site blocks his IP.
    {
        "business": "tennis",
        "platform": "telegram",
        "customer": "Rahul Sharma",
        "lang": "it",
        "start": "2025-11-05T17:40:00",
        "messages": [
            (
                "c",
                "Buonasera, ieri sera ho giocato a padel sul campo 2 con [[P:Ananya]] e [[P:Diego]] e penso di aver lasciato la mia giacca blu {{B:Decathlon}} sulla panchina",
            ),
            ("a", "Ciao! Sì, c'è una giacca blu al bar. Come ti chiami?"),
            (
                "c",
                "[[P:Rahul Sharma]]. Sulla zip c'è un portachiavi del {{W:Taj Mahal}} 😄 posso venire alle {{TM:18}}. Se viene il mio amico [[P:Diego Paredes]] invece di me va bene? Il suo numero è [[T:+34 612 48 91 03]], su telegram è [[H:@diegoparedes_vlc]]",
            ),
            ("a", "Certo, basta che porti un documento. A dopo!"),
            (
                "c",
                "Grazie! Anche, il vostro sito di prenotazione dice sempre 'troppi tentativi da [[IP:151.38.204.117]]', è la connessione del mio appartamento in [[L:Arcella]]. Posso entrare nella lega del mercoledì lo stesso? mail: [[E:rahul punto sharma punto phd at example punto com]]",
            ),
            (
                "a",
                "Scusa per il sito, lo sblocchiamo! La lega costa {{$:40 €}} a stagione, [[P:Stefano]] ti manda il calendario via mail.",
            ),
        ],
    },
    # 34. A father enrols his son in the summer camp; the grandmother collects him.
    {
        "business": "tennis",
        "platform": "whatsapp",
        "customer": "Papà di Leo",
        "lang": "it",
        "start": "2025-06-03T06:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, volevo iscrivere [[P:Leo]] al centro estivo di {{D:luglio}}, 2 settimane. Ha 8 anni ed è allergico alle arachidi",
            ),
            (
                "a",
                "Buongiorno! Nessun problema, avvisiamo la mensa. Dal {{D:7}} o dal {{D:14 luglio}}? Sono {{$:165 €}} a settimana",
            ),
            (
                "c",
                "dal 7. lo prende la nonna [[P:Rosa]] alle {{TM:16:30}} lunedì mercoledì venerdì, gli altri giorni io. sono [[P:Gianni Bortolami]] [[T:348 2201 776]], la mamma è [[P:Giulia]] [[T:349 6610 233]]",
            ),
            (
                "a",
                "Perfetto. Per la nonna serve una delega firmata con copia del documento, la trova su {{W:www.ctpbrenta.it/centro-estivo}}",
            ),
            (
                "c",
                "ok. abitiamo in [[A:via Bezzecca 3]] quindi la nonna viene a piedi. [[P:Leo]] è gasatissimo, dice che giocherà come un {{W:leone}} 😂 e vuole sapere se il maestro gioca a FIFA, su PlayStation lui è [[H:LeoTheLion_2017]]. ah le comunicazioni mandatele a [[E:gianni.bortolami (at) example (dot) it]]",
            ),
            ("a", "Ci piace lo spirito! A {{D:lunedì 7}} allora 🦁"),
        ],
    },
    # 35. A formal complaint about a double card charge, with signature block.
    {
        "business": "tennis",
        "platform": "messenger",
        "customer": "Giorgio Pavanello",
        "lang": "it",
        "start": "2025-03-04T09:40:00",
        "messages": [
            (
                "c",
                "Spett.le Circolo,\ncon la presente segnalo un doppio addebito di {{$:48,00 €}} sulla mia carta [[C:5521 3409 0871 2366]] in data {{D:02/03/2025}} (prenotazione campo padel {{R:#PAD-88213}}).\nChiedo il rimborso sull'IBAN [[I:IT17 Q050 3411 7010 0000 0391 744]].\nDistinti saluti\n[[P:Giorgio Pavanello]]\n[[A:Via Vittorio Veneto 45/2]] – [[A:35020]] [[L:Albignasego]]\ntel. [[T:049 862 0371]]",
            ),
            (
                "a",
                "Gentile sig. [[P:Pavanello]], ci scusiamo: il POS ha duplicato la transazione. Il rimborso è stato disposto oggi, lo vedrà in 2-3 giorni lavorativi. Cordiali saluti, [[P:Nicoletta Baraldo]]",
            ),
            ("c", "Grazie della rapidità. Cordialmente, [[P:G. Pavanello]]"),
        ],
    },
    # 36. A German host in Cannaregio, writing in learner's Italian, sets up turnovers and a router restart.
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Sandra Hoffmann",
        "lang": "it",
        "start": "2025-03-20T15:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Sandra Hoffmann]] di [[L:Stoccarda]]. Ho un piccolo appartamento a [[A:Cannaregio 4512]], vicino {{W:Campo dei Mori}}, e cerco pulizie tra ospiti da {{D:aprile}}. Annuncio qui: [[U:www.booking.com/hotel/it/casa-sandra-cannaregio.html]]",
            ),
            (
                "a",
                "Buongiorno [[P:Sandra]]! Volentieri. Il cambio standard per un bilocale è {{$:55 €}}, biancheria inclusa. Quanti check-out al mese?",
            ),
            (
                "c",
                "Circa 6–8. Il prossimo è {{D:sabato 5 aprile}}: escono i signori [[P:Eriksson]] alle {{TM:10:00}}, arriva [[P:Tomasz Wróbel]] alle {{TM:15:00}}",
            ),
            ("a", "Perfetto, va [[P:Bianca]] alle {{TM:11}}. C'è una cassetta per le chiavi?"),
            (
                "c",
                "Si, sul muro a destra della porta, codice 2580. Per favore riavviate anche il router, l'ultimo ospite dice wifi morto. Il pannello è {{W:192.168.1.1}}, il provider vede IP pubblico [[IP:93.41.187.22]], password sulla etichetta",
            ),
            (
                "a",
                "Fatto ✅ Mi manda i dati per la fattura? E ricordi l'imposta di soggiorno su {{W:www.comune.venezia.it}}",
            ),
            (
                "c",
                "[[P:Sandra Hoffmann]], [[A:Rotebühlstraße 121]], [[A:70178]] [[L:Stuttgart]], [[L:Germania]]. Email [[E:s.hoffmann@example.de]]. Grazie mille, Sie sind sehr nett! 😊",
            ),
        ],
    },
    # 37. A Venetian host writing in dialect sends this week's flats and his new address.
    {
        "business": "clean",
        "platform": "telegram",
        "customer": "Giacomo Zennaro",
        "lang": "it",
        "start": "2025-05-05T06:20:00",
        "messages": [
            (
                "c",
                "ciao, son [[P:Giacomo Zennaro]]. te mando i apartamenti de sta setimana:\n- [[A:Castello 5267/A]] (campanel '[[P:Zennaro]]') check-out luni\n- [[A:Dorsoduro 1032, 2° pian]] check-out mercore\n- al [[L:Lido]], [[A:via Sandro Gallo 61]], check-out venere",
            ),
            (
                "a",
                "Ciao [[P:Giacomo]]! Ricevuto. Lunedì va [[P:Marina]], mercoledì [[P:Bianca]], venerdì al [[L:Lido]] vado io col vaporetto. [[P:Ilenia]]",
            ),
            (
                "c",
                "ben. ocio che al [[L:Lido]] i ultimi ospiti i gà lassà el barbecue sporco in teraza 🙄",
            ),
            (
                "a",
                "Tranquillo, portiamo lo sgrassatore 💪 Fattura mensile come sempre alla tua partita IVA?",
            ),
            (
                "c",
                "si, [[V:11602470277]], ma go cambià indirisso: desso son in [[A:Fondamenta dei Ormesini 2714]], [[A:30121]] [[L:Venezia]]. e la fattura mandimela a [[E:zennaro.giacomo@example.it]] che quea vecia no la lezo più",
            ),
            (
                "a",
                "Aggiornato! Ah, [[P:Marina]] chiede se può lasciare il carrello delle lenzuola in barca tua, quella ormeggiata in {{W:marina}}",
            ),
            ("c", "si si, la barca xe verta. saludi a tute e brave 👍"),
        ],
    },
    # 38. An American host in Dorsoduro replaces her retiring cleaner; her co-host is in Lagos.
    {
        "business": "clean",
        "platform": "instagram",
        "customer": "june.rose.vintage",
        "lang": "en",
        "start": "2025-06-10T13:45:00",
        "messages": [
            (
                "c",
                "Hi!! I'm [[P:June]], I run a tiny Airbnb in [[L:Dorsoduro]] and my cleaner [[P:Graziella]] is retiring in {{D:June}} 😭 (yes, same as my name lol)",
            ),
            (
                "a",
                "Hi [[P:June]]! Happy retirement to [[P:Graziella]] 😄 We'd love to take over, you can check our reviews on {{W:trustpilot.com}}. Could you send the listing so we can see the size?",
            ),
            (
                "c",
                "Here's my host profile: [[U:airbnb.com/users/show/48817302]] (the flat is the {{B:Rose Garden Loft}})",
            ),
            (
                "a",
                "Thanks! Lovely place 🌹 Two bedrooms with terrace is {{$:75 €}} per turnover. What's the exact address?",
            ),
            (
                "c",
                "[[A:Calle Lunga San Barnaba 2786]], [[A:30123]] [[L:Venezia]], 3rd floor, no elevator sorry 😬 my co-host is [[P:Rosemary Okonkwo]] ([[H:@rosemary.ok]]), she's in [[L:Lagos]] half the year, email [[E:rosemary.okonkwo(at)example.org]]",
            ),
            ("a", "Got it! We'll contact [[P:Rosemary]] too. Best number for you?"),
            (
                "c",
                "[[T:+1 (917) 555-0162]] on WhatsApp. Oh and the {{W:roses}} on the terrace need water when you're there 🌹 pretty please",
            ),
        ],
    },
    # 39. A French architect, in learner's Italian, books a post-renovation deep clean and pays from a French account.
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Pierre-Antoine Lefèvre",
        "lang": "it",
        "start": "2025-01-27T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno! Scusi il mio italiano. Sono [[P:Pierre-Antoine Lefèvre]], ho un appartamento a [[A:San Polo 1578, calle dei Botteri]] e ho bisogno di una pulizia profonda dopo i lavori (pittura). Le foto sono sul mio sito [[U:www.pa-lefevre-architecte.example.fr/venise]]",
            ),
            (
                "a",
                "Buongiorno [[P:Pierre-Antoine]]! Per il post-cantiere facciamo preventivo al metro quadro. Quanto è grande e quando finisce l'imbianchino?",
            ),
            (
                "c",
                "65 m², il pittore [[P:Moreno]] finisce {{D:giovedì 22}}. {{D:Venerdì 23}} è possibile? Io arrivo da [[L:Parigi]] {{D:sabato}} con il mio compagno [[P:Aurélien]]",
            ),
            (
                "a",
                "Venerdì va bene: {{$:290 €}} tutto compreso, 2 persone per la giornata. Per la fattura mi dà il suo indirizzo?",
            ),
            (
                "c",
                "[[A:14 rue des Trois-Frères]], [[A:75018]] [[L:Paris]]. Pago con bonifico da [[I:FR14 2004 1010 0505 0001 3M02 606]]. Merci beaucoup!",
            ),
            ("a", "Merci à vous! Fattura {{R:LHC-2025-041}} inviata. [[P:Ilenia]]"),
        ],
    },
    # 40. An elderly Venetian lady dictates her request for home cleaning, paid with her son's card.
    {
        "business": "clean",
        "platform": "messenger",
        "customer": "Rosalba Vianello",
        "lang": "it",
        "start": "2025-02-12T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno mi chiamo [[P:rosalba vianello]] [[P:vi i a enne e elle elle o]] volevo sapere se fate le pulizie anche per chi non affitta mio figlio [[P:Paolo]] sta a [[L:Londra]] e dice che pago io con la carta sua",
            ),
            (
                "a",
                "Buongiorno signora [[P:Vianello]]! Sì, facciamo anche pulizie domestiche, {{$:22 €}} l'ora. Dove abita?",
            ),
            (
                "c",
                "in [[A:campo San Giacomo dall'Orio, Santa Croce 1622]] terzo piano. mi va bene il giovedì mattina presto io mi alzo all'{{W:alba}} come le galline",
            ),
            ("a", "Ahah! Giovedì alle {{TM:8:30}} va bene? Verrebbe [[P:Bianca]]."),
            (
                "c",
                "va bene. la carta di mio figlio è [[C:5354 1066 7329 0181]] me l'ha detto lui di darvela. se non sono in casa le chiavi le ha la vicina [[P:Alba Scarpa]] del primo piano",
            ),
            (
                "a",
                "Signora, per sicurezza le carte non le scriviamo in chat: mandiamo un link di pagamento a [[P:Paolo]] e paga lui da [[L:Londra]] 🙂",
            ),
            ("c", "ah va bene siete gentili. il numero di [[P:Paolo]] è [[T:0044 7700 900517]]"),
        ],
    },
    # 41. A property manager reports a guest's wifi problem and leaves for his brother's wedding.
    {
        "business": "clean",
        "platform": "whatsapp",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-07-24T19:50:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Ilenia]], sono [[P:Youssef]]. Ospite in [[A:Giudecca 212/B]] dice che wifi non va, lui è [[P:Min-jun Kim]], coreano, parla solo inglese",
            ),
            (
                "a",
                "Ciao [[P:Youssef]]! [[P:Marina]] è lì vicino, passa lei a riavviare il modem. Hai accesso al pannello del provider?",
            ),
            (
                "c",
                "si, vedo il suo telefono collegato con IP [[IP:2a01:e11:1004:3b0::2f]] ma non naviga. il mio collega [[P:Karim]] dice che è il DNS",
            ),
            (
                "a",
                "[[P:Marina]] ha riavviato tutto, ora va ✅ Il sig. [[P:Kim]] ringrazia e chiede se può lasciare le valigie dopo il check-out fino alle {{TM:17}}",
            ),
            (
                "c",
                "si ok. i proprietari sono [[P:Luisa]] e [[P:Renato Boscolo]], se problemi chiama loro [[T:041 5238910]]. io domani vado a [[L:Marrakech]] per matrimonio di mio fratello [[P:Hicham]]",
            ),
            ("a", "Buon viaggio e auguri a [[P:Hicham]]! 🎉"),
            (
                "c",
                "grazie. per emergenze scrivi a [[E:youssef.elamrani@example.com]] o su telegram [[U:t.me/youssef_vce]], guardo anche là. [[P:يوسف]]",
            ),
        ],
    },
    # 42. An Irish host asks to ship a bag the departing guests forgot back to Colorado.
    {
        "business": "clean",
        "platform": "telegram",
        "customer": "Oisín Byrne",
        "lang": "en",
        "start": "2025-08-17T11:25:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Oisín Byrne]] here, host of the flat on [[A:Fondamenta della Misericordia 2554]]. The guests who left today, the [[P:Chase]] family, forgot a bag with a kid's teddy and a {{W:Donna Leon}} paperback",
            ),
            (
                "a",
                "Hi [[P:Oisín]]! Yes, [[P:Nadia]] found it, it's in our storage. She also got a red wine {{W:mark}} out of the sofa 🙄 Should we ship the bag?",
            ),
            (
                "c",
                "Yes please: [[A:2217 Larkspur Lane]], [[L:Boulder]], [[L:Colorado]] [[A:80304]]. [[P:Madison Chase]] is the mum ([[U:instagram.com/madisonchase.boulder]] if the courier needs her). I'll cover the cost, no need to go {{W:chasing}} them for it",
            ),
            ("a", "Very kind! {{B:DHL}} Express is about {{$:68 €}}. Tracking to follow."),
            ("a", "Shipped ✅ {{TR:JD014600006281939472}}, you can follow it on {{W:dhl.com}}"),
            (
                "c",
                "Legend. Invoices to [[E:oisin.byrne@example.ie]] please. And the new girl, [[P:Nadia]]? Brilliant job, tell her",
            ),
            ("a", "Will do, she'll be over the moon 😊 [[P:Ilenia]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(47, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
