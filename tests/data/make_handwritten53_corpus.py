# ruff: noqa: E501
"""Hand-written blind test corpus no. 53 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten53_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a physiotherapy and sports-massage studio in
Rimini, a rental of theatre costumes and props in Naples, a boat-trip operator on Lake Como for
American and British tourists, a beekeeping supplies shop in Calabria, a jewellery repair and
engraving workshop in Vicenza and an elderly-care agency (badanti) in Udine.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten53_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten53_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "physio": "Fisioterapia Gardini Rimini",
    "costumi": "Costumeria Teatrale Partenope",
    "boats": "Lario Blue Boat Tours",
    "bees": "Apistica Zio Totò",
    "orafo": "Incisioni & Riparazioni Berico",
    "care": "Casa Serena Badanti Udine",
}
PAGE_IDS: dict[str, str] = {
    "physio": "653310482017736",
    "costumi": "653310915530284",
    "boats": "653310207764195",
    "bees": "653310638120947",
    "orafo": "653310774392058",
    "care": "653310351869402",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A runner books a sports massage; her husband was a patient; pink kinesio tape.
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Rosa Fabbri",
        "lang": "it",
        "start": "2025-04-14T16:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Rosa Fabbri]], mi ha dato il vostro numero [[P:Bruno]] mio marito che è venuto da voi a {{D:marzo}} x la spalla",
            ),
            (
                "a",
                "Buongiorno [[P:Rosa]]! Certo, mi ricordo di [[P:Bruno]] 😊 come possiamo aiutarla? [[P:Stella]] - {{B:Fisioterapia Gardini}}",
            ),
            (
                "c",
                "domenica ho fatto la mezza e ho il polpaccio dx durissimo, avete posto x un massaggio sportivo? abito a [[L:Viserba]] quindi vengo in bici",
            ),
            (
                "a",
                "Il {{PD:massaggio sportivo 50'}} costa {{$:55 €}}. Giovedì {{D:17 aprile}} alle {{TM:18:15}} con [[P:Leone]], il nostro massofisioterapista, va bene?",
            ),
            (
                "c",
                "perfetto! ah l'anno scorso mi avevate messo quel tape {{W:rosa}} sul ginocchio, funzionava benissimo, lo rifate?",
            ),
            (
                "a",
                "Certo, il kinesio {{W:rosa}} ce l'abbiamo sempre 😄 Siamo in [[A:viale Regina Margherita 114]], [[A:47924]] {{W:Rimini}}, di fronte al {{W:Bagno 62}}.",
            ),
            ("c", "ok grazie, a giovedì! 👍"),
        ],
    },
    # 2. A British runner on holiday books massages for herself and her partner.
    {
        "business": "physio",
        "platform": "instagram",
        "customer": "grace_runs_far",
        "lang": "en",
        "start": "2025-06-03T08:41:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Grace]], a runner from [[L:Sheffield]], staying in [[L:Riccione]] till Sunday. Do you do sports massage in English?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, [[P:Leone]] and I both speak English. I'm [[P:Viola]], physio here at {{B:Fisioterapia Gardini}}. What's the problem?",
            ),
            (
                "c",
                "IT band on the right knee, after a 30k last week. My partner [[P:Mark]] also wants one for his back (he's useless at stretching lol)",
            ),
            (
                "a",
                "We can do both on Friday: you at {{TM:10:00}}, [[P:Mark]] at {{TM:11:00}}, {{$:€60}} each. Cancellation is free up to 24h before, after that there's no {{W:grace}} period I'm afraid 😅",
            ),
            (
                "c",
                "Deal! Booking under [[P:Grace Whitfield]], email [[E:grace.whitfield@example.co.uk]]. If you want to see my training it's all on [[U:https://www.strava.com/athletes/48213377]] and my blog [[U:gracerunsfar.example.com]]",
            ),
            (
                "a",
                "Perfect, booked. We're at [[A:viale Regina Margherita 114]], bus 11 stops right in front. {{W:Hope}} the knee settles a bit by then!",
            ),
            (
                "c",
                "Thanks!! could you tag me in a story after? I'm [[H:@grace_runs_far]] 🙏 [[P:Mark]] says he won't be in any photos",
            ),
            ("a", "Ha, of course 😊 See you Friday! [[P:Viola]]"),
        ],
    },
    # 3. Invoice with codice fiscale, then a home visit for the customer's elderly father.
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Serena",
        "lang": "it",
        "start": "2025-03-07T09:05:00",
        "messages": [
            (
                "c",
                "salve sono [[P:serena lunghi]], mi servirebbe la fattura delle 5 sedute di {{PD:tecar}} di {{D:febbraio}} intestata a me, cf [[CF:LNGSRN88E48H294E]]",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Lunghi]], certo. Mi conferma la residenza per la fattura?",
            ),
            ("c", "[[A:via dei Mille 27 int. 4]], [[A:47822]] [[L:Santarcangelo di Romagna]]"),
            (
                "c",
                "e poi volevo chiedere se fate anche domicilio x mio padre, [[P:Fortunato]], ha 81 anni e dopo la protesi d'anca non riesce a uscire",
            ),
            (
                "a",
                "Sì, la dott.ssa [[P:Marina Gardini]] fa i domiciliari il martedì e il giovedì pomeriggio, {{$:70 €}} a seduta. L'indirizzo di suo papà?",
            ),
            (
                "c",
                "sta in [[A:v. Emilia Vecchia 1340/B]], a [[L:San Vito]] frazione di [[L:Santarcangelo]], citofono [[P:Lunghi Fortunato]]",
            ),
            (
                "c",
                "il fisso di casa è [[T:0541 620 318]] ma risponde sempre mia madre [[P:Gioia]] che è un po' sorda, meglio il mio [[T:347-2291840]]",
            ),
            (
                "a",
                "Perfetto. Martedì {{D:11 marzo}} alle {{TM:15}} va bene? La fattura gliela mando via mail, a che indirizzo?",
            ),
            (
                "c",
                "[[E:serena.lunghi88@example.it]] grazie mille! finalmente una giornata {{W:serena}} 😂",
            ),
        ],
    },
    # 4. A freelance personal trainer proposes a partnership and sends his business data.
    {
        "business": "physio",
        "platform": "messenger",
        "customer": "Ivan Kovačević",
        "lang": "it",
        "start": "2025-01-21T18:30:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Ivan Kovačević]], personal trainer a [[L:Cattolica]] (lavoro in proprio), vorrei proporvi una convenzione per i miei clienti, ho una ventina di runner e triatleti",
            ),
            (
                "a",
                "Ciao [[P:Ivan]], interessante! Ti passo il dott. [[P:Gardini]] che segue le convenzioni, ti scrive lui. [[P:Viola]]",
            ),
            (
                "a",
                "Ciao [[P:Ivan]], sono [[P:Tommaso Gardini]]. Ci mandi i tuoi dati per la bozza di accordo? Ragione sociale, P.IVA, sede.",
            ),
            (
                "c",
                "[[P:Kovačević Ivan]] – personal training\nP.IVA [[V:04178230787]]\n[[A:via Gabriele D'Annunzio 51]], [[A:47841]] [[L:Cattolica]] ([[L:RN]])\nsito [[U:www.ivankpt.example.it]], su ig sono [[H:ivan.k.pt]]\nmail [[E:ivan punto kpt chiocciola example punto it]]",
            ),
            (
                "c",
                "ah la mia compagna [[P:Bianca]] fa la nutrizionista, se vi interessa vi giro anche il suo contatto: [[T:+39 338 905 1127]]",
            ),
            (
                "a",
                "Ottimo, ti mando la bozza entro {{D:venerdì}}. Per il listino convenzionato pensavamo al 15% su {{PD:tecarterapia}} e {{PD:massaggio sportivo}}.",
            ),
            ("c", "top 💪 grazie [[P:Tommaso]]"),
        ],
    },
    # 5. A Polish beach-volley player asks for an urgent session; her coach's number.
    {
        "business": "physio",
        "platform": "telegram",
        "customer": "Zosia W.",
        "lang": "en",
        "start": "2025-07-18T10:02:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Zofia Wiśniewska]], beach volley player from [[L:Gdańsk]], we play the tournament on the beach here this weekend. My shoulder is very bad, you can see me today?",
            ),
            ("a", "Hi [[P:Zofia]], today at {{TM:19:30}} is free. Where are you staying?"),
            (
                "c",
                "Hotel {{B:Villa Speranza}}, [[A:via Tripoli 212]]. My coach [[P:Bartek]] can come with me? He want to learn some exercise. His number if I am in the sand: [[T:+48 601 387 224]]",
            ),
            (
                "a",
                "Sure, [[P:Bartek]] is welcome. We are 15 minutes walking from you. Price for athletes {{$:45 €}}.",
            ),
            ("c", "ok we come. My telegram is also [[U:t.me/zosia_wis]] if easier for you"),
            ("a", "Perfetto, a dopo! (sorry: see you later 😄) [[P:Leone]]"),
        ],
    },
    # 6. An elderly patient dictates by voice and moves his appointment.
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Felice",
        "lang": "it",
        "start": "2025-02-10T19:47:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Felice Casadei]] volevo dire che domani non posso venire alle 9 perché mia nipote [[P:Sole]] ha la recita a scuola virgola si può spostare al pomeriggio punto interrogativo",
            ),
            (
                "a",
                "Buonasera sig. [[P:Casadei]], nessun problema, domani alle {{TM:16:40}} va bene? Salutiamo anche [[P:Sole]] 😊",
            ),
            (
                "c",
                "va bene grazie sono molto {{W:felice}} punto mio figlio [[P:Daniele]] mi porta in macchina che la vespa la tengo ferma col freddo",
            ),
            ("a", "Perfetto. Si ricordi l'impegnativa del dott. [[P:Semprini]] per la ricetta"),
            ("c", "si si ce lho. ciao e salutami [[P:marina]]"),
            ("a", "Riferisco! A domani."),
        ],
    },
    # 7. A mother books an assessment for her teenage son; public map and ZTL links.
    {
        "business": "physio",
        "platform": "instagram",
        "customer": "ilaria.bianchini_",
        "lang": "it",
        "start": "2025-09-23T13:15:00",
        "messages": [
            (
                "c",
                "ciao! scrivo x mio figlio [[P:Leonardo]], 14 anni, gioca nei giovanissimi del {{B:Rimini FC}}, il mister [[P:Rossetti]] ci ha consigliato voi x una pubalgia",
            ),
            (
                "a",
                "Ciao! Certo, facciamo prima una valutazione con [[P:Tommaso]] ({{$:40 €}}). Lei è la mamma?",
            ),
            (
                "c",
                "si sono [[P:Ilaria Bianchini]], questo è il mio profilo personale [[U:instagram.com/ilaria.bianchini_]] ma scrivetemi pure su wa [[T:3297714052]]",
            ),
            (
                "a",
                "Perfetto. Per il parcheggio le consiglio questo: {{W:https://maps.app.goo.gl/Rm7pQ2vXcK8}} e attenzione alla ZTL, info qui {{W:https://www.comune.rimini.it/ztl}}",
            ),
            (
                "c",
                "grazie! parlando {{W:franco}} però 40 euro x una valutazione mi sembrano tanti, il nostro amico [[P:Franco]] ha pagato 30 😅",
            ),
            ("a", "Ha ragione, per i ragazzi sotto i 16 facciamo {{$:30 €}} 😊 [[P:Viola]]"),
            (
                "c",
                "grazie!! spero solo che stia a riposo e non passi le notti alla play, il suo nick è [[H:LeoBomber_07]] e gioca fino all'una 🙄",
            ),
        ],
    },
    # 8. An amateur company rents 1950s costumes for a Christmas play; deposit by transfer.
    {
        "business": "costumi",
        "platform": "whatsapp",
        "customer": "Carmela Iodice",
        "lang": "it",
        "start": "2025-10-02T17:20:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Carmela Iodice]], regista della compagnia amatoriale {{B:Teatro Insieme Puteoli}}, a dicembre facciamo {{W:Natale in casa Cupiello}} e ci servono i costumi anni 50",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Iodice]]! Bellissimo. Quanti attori siete? Abbiamo tutto il guardaroba anni '40-'50. [[P:Assunta]]",
            ),
            (
                "c",
                "simm 11, io faccio {{W:Concetta}} e mio marito [[P:Peppe]] fa {{W:Lucariello}}, 'o vero Lucariello 😂 non gli piace manco 'o presepe",
            ),
            (
                "a",
                "Ahahah perfetto! Allora facciamo una prova costumi in sartoria: siamo in [[A:vico San Domenico Maggiore 9]], primo piano. Sabato {{D:8 novembre}} dalle {{TM:10}} alle {{TM:13}}?",
            ),
            ("c", "va bene. per la caparra come facciamo?"),
            (
                "a",
                "{{$:150 €}} di caparra con bonifico su [[I:IT29 J050 3411 9000 0000 0027 315]] intestato a [[P:Assunta Mele]] ({{B:Costumeria Teatrale Partenope}}), causale {{R:PREV-2025-117}}",
            ),
            (
                "c",
                "fatto, ecco la contabile. ordinante [[P:Iodice Carmela]] dal conto [[I:IT56E0311110300000000051988]], CRO {{R:0311 7745 2208}}",
            ),
            ("a", "Ricevuto, grazie! A sabato."),
            (
                "c",
                "ah porto pure a figlia mia [[P:Immacolata]], [[P:Titti]] pe tutti, fa {{W:Ninuccia}}. è alta e secca secca, tenete qualcosa x lei?",
            ),
        ],
    },
    # 9. A British touring company rents commedia dell'arte costumes for a festival abroad.
    {
        "business": "costumi",
        "platform": "instagram",
        "customer": "hopeandanchorplayers",
        "lang": "en",
        "start": "2025-05-12T11:34:00",
        "messages": [
            (
                "c",
                "Hi there! I'm [[P:Hope Adeyemi]], producer at {{B:Hope & Anchor Players}}, a small company in [[L:Bristol]]. We're doing a commedia dell'arte show at the {{W:Edinburgh Fringe}} in {{D:August}} — do you rent costumes abroad?",
            ),
            (
                "a",
                "Hello [[P:Hope]]! Yes, we ship across Europe and to the UK. Which characters do you need? [[P:Gaetano]] from {{B:Costumeria Partenope}}",
            ),
            (
                "c",
                "{{W:Arlecchino}}, {{W:Colombina}}, {{W:Pantalone}}, {{W:Il Dottore}} and two {{W:Pulcinella}}s. Our Pulcinella is played by [[P:Tadhg O'Sullivan]], he's 1.93m 🙈 his casting page if you want measurements: [[U:https://www.castingroom.example.com/actors/tadhg-osullivan]]",
            ),
            (
                "a",
                "No problem, we have a tall {{W:Pulcinella}} 😄 Rental for 5 weeks is {{$:1.380 €}} including masks, plus shipping {{$:95 €}}. Where do we ship?",
            ),
            (
                "c",
                "To our rehearsal space: [[A:Unit 4, 27 Feeder Road]], [[L:Bristol]] [[A:BS2 0SB]], attn [[P:Hope Adeyemi]]. Invoice to [[E:hope (at) hopeandanchor (dot) example (dot) org]] please",
            ),
            (
                "a",
                "Got it. Here are the care instructions for the costumes: {{W:https://costumeriapartenope.example.it/cura-costumi}}",
            ),
            (
                "c",
                "Brilliant. The deposit comes from our treasurer [[P:Ifeoma]]'s account, [[I:GB05 BARC 2031 5847 2819 46]], is that ok?",
            ),
        ],
    },
    # 10. A freelance costume designer rents for a student short film, with invoice data.
    {
        "business": "costumi",
        "platform": "whatsapp",
        "customer": "Bianca R.",
        "lang": "it",
        "start": "2025-02-19T10:48:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Bianca Ravalli]], costumista freelance, sto lavorando al corto di [[P:Lin Xiaoyu]] (diploma in {{W:Accademia di Belle Arti}}), ci servono: 1 abito da sposa 1900 {{W:bianco}}, 2 redingote, 1 mantello {{W:viola}} da mago",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Tutto disponibile tranne il mantello, quello {{W:viola}} è fuori fino a fine mese, ne abbiamo uno {{W:blu notte}}. Per quanti giorni?",
            ),
            (
                "c",
                "va bene il blu. dal {{D:3}} al {{D:7 marzo}}. fattura a me: [[P:Ravalli Bianca]], P.IVA [[V:02981730639]], CF [[CF:RVLBNC90S51F839M]], [[A:via Luigi Settembrini 58]], [[A:80139]] [[L:Napoli]]. mail [[E:bianca.ravalli.costumi@example.it]]",
            ),
            ("a", "Perfetto. Ritirate in sartoria o consegna sul set?"),
            (
                "c",
                "sul set se si può, è a [[L:Procida]], in casa di una signora che ce la presta: [[A:via Vittorio Emanuele 211]]. lei si chiama [[P:Nunzia]] ma chiamate me [[T:333 41 09 872]]",
            ),
            (
                "a",
                "Per [[L:Procida]] la consegna è {{$:60 €}} col traghetto da {{W:Calata Porta di Massa}}. Ok?",
            ),
            (
                "c",
                "ok. il mio portfolio se vi va: [[U:https://www.behance.net/biancaravalli]] 🙏 [[P:Xiaoyu]] vi mette nei titoli di coda!",
            ),
        ],
    },
    # 11. A parish priest rents nativity costumes; volunteers' names.
    {
        "business": "costumi",
        "platform": "messenger",
        "customer": "Salvatore Amitrano",
        "lang": "it",
        "start": "2025-11-28T08:10:00",
        "messages": [
            (
                "c",
                "Carissimi, sono don [[P:Salvatore Amitrano]], parroco a [[L:Torre del Greco]]. Per il presepe vivente del {{D:26 dicembre}} ({{D:Santo Stefano}}) ci servirebbero i costumi per la {{W:Madonna}}, {{W:San Giuseppe}}, i tre {{W:Re Magi}} e una ventina di pastori",
            ),
            (
                "a",
                "Buongiorno don [[P:Salvatore]]! Per le parrocchie facciamo il 30% di sconto. Le mando il preventivo per email?",
            ),
            (
                "c",
                "Sì grazie, alla mia personale [[E:don.salvo.amitrano@example.it]], quella della parrocchia la legge la segretaria. Il programma è sul sito {{W:www.parrocchiacarminetorre.example.it}}",
            ),
            (
                "c",
                "La {{W:Madonna}} la fa [[P:Gioia]], la figlia del sacrestano, e {{W:San Giuseppe}} [[P:Ciro Langella]], è alto 1.80. I re magi sono [[P:Kwame]], [[P:Rajesh]] e [[P:Mimmo]] della comunità",
            ),
            ("a", "Bellissimo. Il ritiro lo fate voi? Siamo in [[A:vico S. Domenico Maggiore 9]]"),
            ("c", "viene [[P:Ciro]] col furgone del fratello, il suo cell [[T:339.772.1460]]"),
            (
                "a",
                "Perfetto. Preventivo {{R:PREV-2025-201}} inviato. Buon {{D:Natale}} don [[P:Salvatore]] 🎄",
            ),
            ("c", "Grazie, che la {{W:gioia}} del Natale sia con tutti voi!"),
        ],
    },
    # 12. A cosplayer buys a leather Pulcinella mask; shipping, tracking and a damaged item.
    {
        "business": "costumi",
        "platform": "telegram",
        "customer": "vesuvio_cosplay",
        "lang": "it",
        "start": "2025-01-30T22:03:00",
        "messages": [
            (
                "c",
                "uè ciao, sono [[P:Mattia]] aka [[H:@vesuvio_cosplay]] su ig e tiktok. mi serve na maschera di {{W:Pulcinella}} in cuoio x {{D:Carnevale}}, la spedite?",
            ),
            (
                "a",
                "Ciao [[P:Mattia]]! Le maschere le vendiamo pure: {{PD:maschera Pulcinella in cuoio}} {{$:85 €}}, spedizione con {{B:BRT}} {{$:9,90 €}}.",
            ),
            (
                "c",
                "la prendo. [[P:Mattia Vastarella]], [[A:via Giuseppe Garibaldi, 40 scala B]], [[A:81030]] [[L:Lusciano]] ([[L:CE]]). ho provato a pagare sul sito ma dice pagamento sospetto dall'IP [[IP:2.44.173.209]] boh",
            ),
            ("a", "Tranquillo, ti mandiamo un link di pagamento qui. Ordine {{O:CTP-3381}}."),
            (
                "a",
                "Spedita! Tracking {{TR:0533 8012 4471 09}}, lo segui qui {{W:https://vas.brt.it/vas/sped_numspe_par.htm}}",
            ),
            ("c", "arrivata ma tiene na crepa sul naso 😭 vi mando la foto"),
            (
                "a",
                "Ci dispiace! Te ne mandiamo un'altra, rimandaci quella rotta col reso gratuito. [[P:Gaetano]]",
            ),
            (
                "c",
                "grz siete dei grandi. se volete taggarmi nel video è qui [[U:tiktok.com/@vesuvio_cosplay]]",
            ),
        ],
    },
    # 13. A 1920s theme party; the customer pastes her card number and is told not to.
    {
        "business": "costumi",
        "platform": "whatsapp",
        "customer": "Marina Sorrentino",
        "lang": "it",
        "start": "2025-05-26T15:55:00",
        "messages": [
            (
                "c",
                "salve! sono [[P:Marina]], x la festa dei 50 anni di mio marito [[P:Raffaele]] facciamo tema {{W:Grande Gatsby}}, 20 persone. avete abiti charleston?",
            ),
            (
                "a",
                "Salve [[P:Marina]]! Sì, abbiamo una trentina di abiti charleston e smoking anni '20. Quando è la festa?",
            ),
            (
                "c",
                "sabato {{D:14 giugno}} al ristorante {{B:Lido Stella Maris}} alla {{W:Marina di Stabia}}. ve li paghiamo subito, ecco la carta [[C:4532 0117 8234 6718]] scad 09/27",
            ),
            (
                "a",
                "Signora la prego, non mandi i dati della carta in chat! 🙏 La cancelli. Può pagare col link che le mandiamo o in negozio.",
            ),
            (
                "c",
                "ah scusate 🙈 allora passo io in negozio con mia cognata [[P:Stella]], lei vuole il vestito {{W:rosa}} con le frange",
            ),
            (
                "a",
                "Perfetto, vi aspettiamo. Portate le misure di tutti, anche di [[P:Raffaele]] 😉",
            ),
            (
                "c",
                "ok ve le mando per email da [[E:marina.sorrentino74@example.com]], o se no mi trovate su fb [[U:facebook.com/marina.sorrentino.74]]",
            ),
        ],
    },
    # 14. An American honeymoon couple books a private sunset tour with pick-up at their B&B.
    {
        "business": "boats",
        "platform": "whatsapp",
        "customer": "Bill H",
        "lang": "en",
        "start": "2025-06-17T07:22:00",
        "messages": [
            (
                "c",
                "Hi there, this is [[P:Bill Harrington]], my wife [[P:Ivy]] and I are on our honeymoon, staying in [[L:Tremezzo]] till the 20th. Do you have a private sunset tour?",
            ),
            (
                "a",
                "Hi [[P:Bill]], congratulations! 🎉 Yes, our {{PD:Sunset Private Tour}} on the wooden boat, 2 hours, {{$:€420}} for up to 6 people. Departure from {{W:Bellagio}} or we pick you up.",
            ),
            (
                "c",
                "Pick up would be amazing. We're at a B&B at [[A:Via Regina 18]], there's a small dock across the street they said. The owner is Signora [[P:Pina]]",
            ),
            (
                "a",
                "I know it, the house with the {{W:ivy}} all over the wall 😄 Tomorrow at {{TM:7:15 pm}}? Captain [[P:Stefano]] will be there. You pay on board, card or cash; for the {{W:bill}} we just need a name and an email for the receipt.",
            ),
            (
                "c",
                "[[E:bill.harrington@example.com]], and please add [[P:Ivy Chen-Harrington]] as second guest. My cell is [[T:+1 (614) 555-0142]] but WhatsApp here is fine, or [[U:wa.me/16145550142]] if you lose the chat lol",
            ),
            ("a", "All set! See you tomorrow ⛵ [[P:Chiara]] – {{B:Lario Blue Boat Tours}}"),
            ("c", "[[P:Ivy]] says thank you!! 🥂"),
        ],
    },
    # 15. A British family with an elderly mother and a child with a nut allergy.
    {
        "business": "boats",
        "platform": "instagram",
        "customer": "hannahrao_travels",
        "lang": "en",
        "start": "2025-08-04T19:09:00",
        "messages": [
            (
                "c",
                "Hiya! we're a family of 6 from [[L:Harrogate]], staying in [[L:Varenna]] next week. My mum [[P:Rose]] is 82 and walks with a stick, is the boat ok for her?",
            ),
            (
                "a",
                "Hello! Absolutely, the boat has a wide step and our crew will help [[P:Rose]] on board. Which day were you thinking?",
            ),
            (
                "c",
                "Thursday morning ideally. Kids are [[P:Summer]] (9) and [[P:Alfie]] (6). [[P:Summer]] has a nut allergy btw",
            ),
            (
                "a",
                "Noted, no snacks with nuts on board. Morning {{PD:Villa Tour 3h}}, {{TM:9:30}}–{{TM:12:30}}, stops at {{W:Villa del Balbianello}} and {{W:Villa Carlotta}}. {{$:€95}} adults, {{$:€45}} kids.",
            ),
            (
                "c",
                "lovely. my husband [[P:Dev]] wants to know if he can fly his drone from the boat lol",
            ),
            (
                "a",
                "Not near the villas unfortunately, there are rules. Info here: {{W:https://www.enac.gov.it}}",
            ),
            (
                "c",
                "Fair enough 😅 booking under [[P:Hannah Pemberton-Rao]], [[E:hannah.p.rao@example.co.uk]], mob [[T:07700 900 418]]. Tag us pls, I'm [[H:@hannahrao_travels]] and the family blog is [[U:https://www.raosonthego.example.co.uk]]",
            ),
            (
                "a",
                "Booked! We'll tag you from {{B:@lariobluetours}}. And the {{W:rose}} garden at {{W:Villa Carlotta}} is in full bloom, [[P:Rose]] will love it 🌹",
            ),
        ],
    },
    # 16. Refunds after a storm cancellation; a customer pastes his card to identify it.
    {
        "business": "boats",
        "platform": "messenger",
        "customer": "Miles Okafor",
        "lang": "en",
        "start": "2025-06-20T14:40:00",
        "messages": [
            (
                "c",
                "Hello, our tour on {{D:June 12}} was cancelled for the storm (fine, not your fault), but we haven't received the refund yet. Booking {{R:LBB-25-0612-07}}. [[P:Miles Okafor]]",
            ),
            (
                "a",
                "Hi [[P:Miles]], so sorry about that. Our system shows the refund of {{$:€380}} went out on {{D:June 14}}. It can take up to 10 business days. Our policy is here: {{W:https://lariobluetours.example.com/refund-policy}}",
            ),
            ("c", "Ok. It was this card just in case: [[C:5378 4123 0018 8521]]"),
            (
                "a",
                "Thanks, but no need for the full number (and better not to send it anywhere!) 🙏 Could you send the postal address for the credit note?",
            ),
            (
                "c",
                "Sure: [[P:Miles Okafor]], [[A:1427 Maple Ridge Dr, Apt 3B]], [[L:Naperville]], [[L:IL]] [[A:60540]]",
            ),
            (
                "c",
                "also my sister-in-law [[P:Faith]] booked separately, booking {{R:LBB-25-0612-09}}, email [[E:faith.okafor.md@example.com]], she's asking the same",
            ),
            (
                "a",
                "Both refunds confirmed, I'm sending the credit notes now. We hope to see you back on the lake! [[P:Chiara]]",
            ),
            (
                "c",
                "Thanks [[P:Chiara]], appreciated. We'll be back for sure, [[P:Faith]] already wants to see the lake in the {{W:fall}}",
            ),
        ],
    },
    # 17. A marriage proposal on the boat, with a friend photographer.
    {
        "business": "boats",
        "platform": "whatsapp",
        "customer": "Jordan",
        "lang": "en",
        "start": "2025-08-28T21:16:00",
        "messages": [
            (
                "c",
                "Hey! Planning a proposal 💍 on the lake, {{D:Sept 6}}. My girlfriend [[P:Serena]] can't know ANYTHING lol. I'm [[P:Jordan Reyes]]",
            ),
            (
                "a",
                "Ciao [[P:Jordan]]! We do this a lot 😄 The {{PD:Proposal Package}}: private boat, prosecco, flowers and a photographer hidden on a second boat. {{$:€690}}.",
            ),
            (
                "c",
                "Amazing. Can I bring my own photographer? It's my buddy [[P:Nate]], he's the best: [[U:https://natekowalski.example.com/portfolio]]",
            ),
            (
                "a",
                "Sure, [[P:Nate]] can ride on our second boat for {{$:€80}}. Where shall we pick you up?",
            ),
            (
                "c",
                "We're at an Airbnb in [[L:Menaggio]], [[A:via Camozzi 14, interno 2]]. Host is [[P:Franca]], super nice. Invoice to [[E:jordan.reyes [at] example [dot] com]]",
            ),
            (
                "a",
                "Perfect. Departure {{TM:18:40}}, golden hour. And don't worry, the lake is usually very {{W:serene}} at that time 😉",
            ),
            (
                "c",
                "lol [[P:Serena]] would love that pun. [[P:Nate]]'s number just in case [[T:+1 917-555-0186]]",
            ),
            ("a", "Saved. In bocca al lupo! 🍀 [[P:Stefano]]"),
            ("c", "SHE SAID YES!!! 😭😭 thank you guys, tell [[P:Stefano]] he's a legend"),
        ],
    },
    # 18. A corporate offsite from India; invoice to the company, dietary needs.
    {
        "business": "boats",
        "platform": "telegram",
        "customer": "Priya V",
        "lang": "en",
        "start": "2025-09-09T05:31:00",
        "messages": [
            (
                "c",
                "Hello team, this is [[P:Priya Venkataraman]] from [[L:Bengaluru]]. We are 14 colleagues coming for an offsite in {{D:October}}, staying in [[L:Cernobbio]]. Can you do a full day?",
            ),
            (
                "a",
                "Hello [[P:Priya]]! For 14 people we use two boats. Full-day {{PD:Grand Lake Tour}} with lunch in {{W:Bellagio}}, {{$:€145}} per person.",
            ),
            (
                "c",
                "Sounds good. Invoice to our company please: {{B:Tessaract Analytics Pvt Ltd}}, [[A:No. 42, 3rd Cross, Indiranagar 2nd Stage]], [[L:Bengaluru]] [[A:560038]], attention Mr. [[P:Arvind Menon]] ([[E:arvind.menon@example.in]])",
            ),
            (
                "c",
                "5 vegetarians, 2 Jain, and [[P:Mohammed Irfan]] eats halal. Also one of us, [[P:Sunny]], gets seasick. Is the lake rough?",
            ),
            (
                "a",
                "The lake is usually calm, on {{W:sunny}} days especially 😄 We'll keep ginger candies on board for [[P:Sunny]].",
            ),
            (
                "c",
                "haha ok. Add me on Telegram as [[H:@priya_v_blr]] for the group chat on the day. my linkedin if your office needs it for the PO: [[U:linkedin.com/in/priya-venkataraman-blr]]",
            ),
        ],
    },
    # 19. A travel creator asks for a free tour; agrees to a discount.
    {
        "business": "boats",
        "platform": "instagram",
        "customer": "bellamoreau.travels",
        "lang": "en",
        "start": "2025-07-02T12:00:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Bella]], travel creator with 180k followers ([[U:linktr.ee/bellamoreau.travels]]). I'd love to collab: free sunset tour for 2 in exchange for a reel + stories?",
            ),
            (
                "a",
                "Hi [[P:Bella]], thanks for reaching out! We don't do free tours, but we can offer 20% off. Most of our guests find us by word of mouth 😊",
            ),
            ("c", "Hmm ok. Would [[P:Marco]] (my videographer, [[H:@marco.frames]]) get the same?"),
            (
                "a",
                "Yes, the same 20% off. The {{PD:Sunset Private Tour}} is {{$:€420}}, so {{$:€336}}.",
            ),
            (
                "c",
                "Fine, let's do it. Saturday? We're staying at [[P:Alessandra]]'s place in [[L:Lenno]]. Invoice to my company address in [[L:Canada]]: [[A:4520 rue Saint-Denis, app. 3]], [[L:Montréal]] [[L:QC]] [[A:H2J 2L3]]",
            ),
            ("a", "Saturday {{TM:19:00}}, pick-up at the {{W:Lido di Lenno}}. See you there!"),
            ("c", "Deal. Che {{W:bella}} 😍 (learning italian lol)"),
        ],
    },
    # 20. A German guest forgot a cardigan on board; shipping to Munich, paid by transfer.
    {
        "business": "boats",
        "platform": "whatsapp",
        "customer": "Gerda Hoffmann",
        "lang": "en",
        "start": "2025-09-15T06:58:00",
        "messages": [
            (
                "c",
                "Good morning, I was on your boat yesterday with my husband [[P:Klaus]], I think I forgot my grey cardigan and my glasses under the seat. My name is [[P:Gerda Hoffmann]]",
            ),
            (
                "a",
                "Good morning Mrs [[P:Hoffmann]], yes! Captain [[P:Stefano]] found a grey cardigan and a glasses case. Are you still at the lake?",
            ),
            (
                "c",
                "No, we are already at home. Can you send? Address is [[A:Leopoldstraße 114]], [[A:80802]] [[L:München]], [[L:Deutschland]]. Telefon [[T:+49 151 2874 3390]]",
            ),
            (
                "a",
                "Of course. Shipping with {{B:DHL}} is {{$:€18,50}}. You can pay by bank transfer or {{B:PayPal}}.",
            ),
            (
                "c",
                "I make transfer from my account [[I:DE34 2605 0001 0412 8735 66]], please send me your bank data",
            ),
            (
                "a",
                "Thank you! IBAN [[I:IT65Z0200812310000104877263]], {{B:Lario Blue Boat Tours}} snc, reason {{R:LOST-0914}}",
            ),
            ("a", "Shipped! {{B:DHL}} tracking {{TR:JJD000390007718265}} 📦"),
            ("c", "Danke schön! Greetings also from [[P:Klaus]] 🙂"),
        ],
    },
    # 21. A Mexican family with a wheelchair user asks about accessibility.
    {
        "business": "boats",
        "platform": "messenger",
        "customer": "Lupita Ramírez",
        "lang": "en",
        "start": "2025-04-22T23:47:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Guadalupe Ramírez]] from [[L:Guadalajara]], we are 4 persons, my mother [[P:Esperanza]] she is in wheelchair, is possible the boat?",
            ),
            (
                "a",
                "Hola [[P:Guadalupe]]! Yes, our bigger boat {{PD:Lario Grande}} has a ramp for wheelchairs. When do you arrive?",
            ),
            (
                "c",
                "We arrive to {{W:Milano Centrale}} on {{D:May 3}} and stay in [[L:Como]] 3 nights. My brother [[P:Joaquín]] drive the car",
            ),
            (
                "a",
                "Great. The boat leaves from {{W:Piazza Cavour}} in Como, it's flat access. {{$:€85}} per person, [[P:Esperanza]] travels free 😊 If you prefer the public ferry, timetables are here: {{W:https://www.navigazionelaghi.it}}",
            ),
            (
                "c",
                "No no we want your boat! For the receipt: [[A:Av. Chapultepec Sur 480, Col. Americana]], [[A:44160]] [[L:Guadalajara]], [[L:Jal]]. email [[E:lupita.ramirez at example.mx]] and my whatsapp [[T:+52 33 1420 8876]]",
            ),
            ("a", "Thank you! We'll write you on WhatsApp the day before. [[P:Chiara]]"),
            (
                "c",
                "Muchas gracias!! my instagram if you want see the photos after [[U:instagram.com/lupita.ramirez.gdl]] 🇲🇽",
            ),
        ],
    },
    # 22. A sole-trader beekeeper orders hives and queens; invoice data, rural delivery.
    {
        "business": "bees",
        "platform": "whatsapp",
        "customer": "Ciccio Mazzei",
        "lang": "it",
        "start": "2025-03-03T06:45:00",
        "messages": [
            (
                "c",
                "salve sn [[P:Ciccio Mazzei]] apicoltore di [[L:Spezzano della Sila]], mi servono 20 arnie dadant da 10 favi e 5 confezioni di {{PD:Apivar}}",
            ),
            (
                "a",
                "Buongiorno [[P:Francesco]]! Arnie {{PD:Dadant-Blatt 10 favi}} a {{$:68 €}} cad., {{PD:Apivar}} {{$:32 €}} la confezione. Per la fattura mi dai i dati?",
            ),
            (
                "c",
                "[[P:Mazzei Francesco]] az. agr. {{B:Miele del Frassino}}\nP.IVA [[V:03618420248]]\nCF [[CF:MZZFNC79B14D086A]]\n[[A:contrada Frassino snc, loc. Cupone]]\n[[A:87058]] [[L:Spezzano della Sila]] ([[L:CS]])\nmail [[E:mieledelfrassino chiocciola example.it]]\nsito [[U:www.mieledelfrassino.example.it]]",
            ),
            (
                "a",
                "Grazie. Consegna col nostro furgone giovedì, ci va [[P:Bruno]]. Il posto è raggiungibile?",
            ),
            (
                "c",
                "si ma dopo il ponte c'è sterrato, dite a [[P:Bruno]] di chiamare mio cugino [[P:Peppino]] al [[T:0984 57 92 13]] o a me [[T:+39 349 118 2736]]",
            ),
            ("c", "ah e mi servono 10 {{W:regine}} ligustiche, ne avete?"),
            (
                "a",
                "Le {{W:regine}} le prenotiamo da [[P:Regina Scarpelli]], allevatrice di [[L:Rende]], arrivano a {{D:maggio}}. {{$:28 €}} l'una.",
            ),
            (
                "c",
                "ok prenotate. e pure 2 tute {{W:bianche}} taglia XL, che l'ultima volta [[P:Bruno]] mi ha portato la L e sembravo un salame 😂",
            ),
        ],
    },
    # 23. A young woman inherits hives from her grandfather; starter kit, blog and profile.
    {
        "business": "bees",
        "platform": "messenger",
        "customer": "Speranza Laganà",
        "lang": "it",
        "start": "2025-01-12T16:26:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Speranza Laganà]], ho ereditato 3 arnie dal nonno [[P:Santo]] a [[L:Gallina]] (frazione di [[L:Reggio Calabria]]) e non so da dove iniziare 😅",
            ),
            (
                "a",
                "Ciao [[P:Speranza]]! Che bello. Prima cosa: le arnie vanno registrate all'anagrafe apistica, si fa qui {{W:https://www.vetinfo.it}}. Poi ti serve un kit base.",
            ),
            (
                "c",
                "ok. il kit quanto costa? e serve un corso? mio papà [[P:Demetrio]] dice che basta il fumo 😂",
            ),
            (
                "a",
                "Kit base ({{PD:tuta}}, {{PD:guanti}}, {{PD:affumicatore}}, {{PD:leva}}) {{$:119 €}}. Il corso lo fa l'associazione {{B:Apicoltori dello Stretto}} a {{D:febbraio}}, te lo consiglio.",
            ),
            (
                "c",
                "perfetto, me lo spedite? [[A:via Santa Caterina 35/A]], [[A:89131]] [[L:Gallina]] [[L:RC]], c/o [[P:Laganà]]",
            ),
            (
                "c",
                "se volete seguire l'avventura ho aperto un blog 🐝 [[U:https://apidisperanza.example.it]] e la pagina ig [[U:instagram.com/speranza.api]]",
            ),
            (
                "a",
                "Ti seguiamo! Il pacco parte domani con {{B:SDA}}, codice {{TR:SDA8800214473IT}}. In bocca al lupo, e che la {{W:speranza}} non ti manchi mai 😄 [[P:Totò]]",
            ),
        ],
    },
    # 24. An old beekeeper writes in Calabrian dialect about a wrong super; refund to his son.
    {
        "business": "bees",
        "platform": "whatsapp",
        "customer": "Micu",
        "lang": "it",
        "start": "2025-05-06T05:52:00",
        "messages": [
            (
                "c",
                "bongiornu, su [[P:Micu Rotundo]] i [[L:Maida]], u melariu chi m'avìti mandatu è pe l'arnia da 12 no da 10 comu v'avìa dittu, comu facimu",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Rotundo]], ci scusi! Glielo cambiamo. Ci conferma l'indirizzo?",
            ),
            (
                "c",
                "[[A:contrada Pantano podere 12]], frazione [[L:Vena di Maida]], chiditi o {{B:Bar Sport}}, tutti mi canùscinu",
            ),
            (
                "a",
                "Perfetto, lo porta [[P:Bruno]] martedì e ritira quello sbagliato. La differenza di {{$:6 €}} gliela rimborsiamo, ci dà un IBAN?",
            ),
            (
                "c",
                "u IBAN è du figghiu [[P:Rocco]], mo vu mandu: [[I:IT86X0854966150000070342119]] intestatu a [[P:Rotundo Rocco]]",
            ),
            ("a", "Ricevuto, grazie. Rimborso fatto, rif. {{R:RIMB-0419}}. Saluti a [[P:Rocco]]!"),
            ("c", "grazzi assai, salutàtimi a [[P:Totò]]"),
        ],
    },
    # 25. A British expat beekeeper pastes her Amex number; her husband's mobile.
    {
        "business": "bees",
        "platform": "instagram",
        "customer": "hivesofcalabria",
        "lang": "en",
        "start": "2025-04-02T09:14:00",
        "messages": [
            (
                "c",
                "Hello! I'm [[P:Dawn]], an English lady living near [[L:Tropea]], I keep 6 hives. Do you deliver the {{PD:Varroa EasyCheck}} and foundation sheets?",
            ),
            (
                "a",
                "Hi [[P:Dawn]]! Yes we deliver all over Calabria. {{PD:Varroa EasyCheck}} {{$:24 €}}, {{PD:fogli cerei}} {{$:14 €/kg}}.",
            ),
            (
                "c",
                "Great, 1 checker and 5 kg please. Address: [[A:via Belvedere 4]], [[L:Caria di Drapia]] [[A:89866]]. Please call my husband [[P:Rupert]] on [[T:+44 7700 900 761]], my phone died in the honey extractor 🙄",
            ),
            ("a", "Lovely 😄 How would you like to pay? Bank transfer or card link?"),
            ("c", "Card is easiest, here's my {{B:Amex}} [[C:3782 910456 11208]] exp 11/26"),
            (
                "a",
                "Please don't send card numbers here! Delete it if you can. I'll send you a secure payment link by email. What's your email?",
            ),
            (
                "c",
                "Oops, sorry! [[E:dawn.whitcombe AT example DOT co DOT uk]]. And my little blog, if you're curious: [[U:hivesofcalabria.example.co.uk]]",
            ),
            (
                "a",
                "Link sent. Tip: open the hives late morning, not at {{W:dawn}} 😉 Cheers, [[P:Totò]] 🐝",
            ),
        ],
    },
    # 26. A farm worker orders bee feed for his employer; delivery on a provincial road.
    {
        "business": "bees",
        "platform": "telegram",
        "customer": "Youssef",
        "lang": "it",
        "start": "2025-10-20T07:03:00",
        "messages": [
            (
                "c",
                "Salve io sono [[P:Youssef El Amrani]] lavoro per azienda del signor [[P:Leone]] a [[L:Isola di Capo Rizzuto]]. Lui chiede prezzo per 200 kg di {{PD:candito}} per nutrire",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]. {{PD:Candito Apifonda}} da 15 kg a {{$:27,50 €}}; per 200 kg facciamo {{$:345 €}} tutto compreso.",
            ),
            (
                "c",
                "Va bene. Consegnare a [[A:Strada Provinciale 43 km 6,2]], dopo distributore, capannone verde. Telefono mio [[T:+39 351 840 2271]], del capo [[T:0962 79 14 06]]",
            ),
            (
                "a",
                "Perfetto. Per la fattura usiamo i dati di {{B:Apicoltura Leone}} che abbiamo già?",
            ),
            (
                "c",
                "Si si. E mia moglie [[P:Khadija]] chiede se vendete anche vasetti piccoli per il miele, lei fa regali per {{D:Eid}}",
            ),
            (
                "a",
                "Certo, {{PD:vasetti 250 g}} {{$:0,38 €}} l'uno. Li mettiamo nella consegna di venerdì mattina?",
            ),
            ("c", "Si 50 vasetti. Grazie, il signor [[P:Carmine Leone]] saluta [[P:Totò]] 🙏"),
        ],
    },
    # 27. An online order blocked by IP; the order is then taken in chat.
    {
        "business": "bees",
        "platform": "whatsapp",
        "customer": "Concetta",
        "lang": "it",
        "start": "2025-06-30T20:38:00",
        "messages": [
            (
                "c",
                "buonasera ho provato a fare l'ordine sul sito ma mi dice 'accesso bloccato per troppi tentativi dall'IP [[IP:151.38.204.17]]', che faccio?",
            ),
            ("c", "e pure dal telefono uguale, dice [[IP:2a01:e11:1e0c:5a30::7b]] bloccato"),
            ("a", "Buonasera! Lo sblocchiamo noi. Ci dice nome e email dell'account?"),
            (
                "c",
                "[[P:Concetta Gullì]], email [[E:concetta punto gulli chiocciola example punto it]]",
            ),
            ("a", "Sbloccato ✅ Se preferisce l'ordine lo facciamo anche da qui."),
            (
                "c",
                "si grazie cosi faccio prima: 2 {{PD:smielatori manuali 4 telaini}} no scusi 1 solo, e 10 {{PD:vasetti 500 g}}. spedite a mia sorella [[P:Pina]] che li porta al paese: [[A:via Roma 12]], [[L:Cittanova]]",
            ),
            (
                "a",
                "Ordine {{O:AZT-2025-0388}} registrato, totale {{$:212,40 €}}, spedizione in porto {{W:franco}} 😉",
            ),
            (
                "c",
                "grazie mille! ah sul pacco scrivete il nome intero di mia sorella, [[P:Giuseppina Gullì]], che al paese ci sono tre [[P:Pina]]",
            ),
        ],
    },
    # 28. Engraving two rose-gold wedding rings; a grandmother's star-shaped brooch.
    {
        "business": "orafo",
        "platform": "whatsapp",
        "customer": "Viola",
        "lang": "it",
        "start": "2025-05-08T12:27:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei far incidere due fedi in oro {{W:rosa}}, dentro vorrei: [[P:Viola]] ♡ [[P:Matteo]] {{D:21.06.2025}}",
            ),
            (
                "a",
                "Buongiorno! Certo, incisione a mano {{$:35 €}} a fede, al laser {{$:20 €}}. Ci porta le fedi in laboratorio?",
            ),
            (
                "c",
                "si, sono [[P:Viola Dal Ferro]], passo sabato. Siete sempre in [[A:contrà Pusterla 22]]?",
            ),
            (
                "a",
                "Sì, [[A:contrà Pusterla 22]], a due passi da {{W:Piazza dei Signori}}. Sabato siamo aperti fino alle {{TM:12:30}}. [[P:Nereo]]",
            ),
            (
                "c",
                "ottimo. Mia suocera [[P:Franca]] vorrebbe anche far sistemare una spilla a forma di {{W:stella}} della sua nonna, si può?",
            ),
            (
                "a",
                "Certo, la porti pure. Per le spille d'epoca se ne occupa [[P:Stella]], mia figlia, è bravissima 😄",
            ),
            (
                "c",
                "ahah che coincidenza! a sabato allora. se vi va il sito del matrimonio è [[U:violaematteo.example.com]] 💍",
            ),
        ],
    },
    # 29. An American tourist resizes her grandmother's ruby ring.
    {
        "business": "orafo",
        "platform": "instagram",
        "customer": "rubylynn.c",
        "lang": "en",
        "start": "2025-10-14T15:03:00",
        "messages": [
            (
                "c",
                "Hi! I'm visiting from [[L:Charleston]], [[L:SC]] for a few days. I have my grandma [[P:Ruby]]'s ring, a {{W:ruby}} in yellow gold, and it's too tight. Can you resize it while I'm here?",
            ),
            ("a", "Hi! Yes, resizing takes 2 days. Which size do you need?"),
            (
                "c",
                "US 7, the ring is a 5.5. I'm [[P:Ruby Lynn Carter]] by the way, named after her 😊 staying at [[P:Giovanna]]'s B&B in [[A:contrà San Marco 41]]",
            ),
            (
                "a",
                "What a lovely story. Please come by tomorrow morning at {{TM:9:30}}. Price {{$:€60}} including a polish.",
            ),
            (
                "c",
                "Great! My husband [[P:Wes]] will come too, he's obsessed with the {{W:Basilica Palladiana}} 🙄",
            ),
            (
                "a",
                "Ha, he's in the right town! See you tomorrow. [[P:Nereo]] – {{B:Incisioni & Riparazioni Berico}}",
            ),
            (
                "c",
                "Can I pay with {{B:Apple Pay}}? And please send the receipt to [[E:rubylynn.carter@example.com]]",
            ),
        ],
    },
    # 30. A bowls club orders engraved plaques; a list of winners.
    {
        "business": "orafo",
        "platform": "messenger",
        "customer": "Franco Zanella",
        "lang": "it",
        "start": "2025-10-29T09:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Franco Zanella]], presidente della {{B:ASD Bocciofila Berica}}. Per la gara di {{D:San Martino}} ci servono 6 targhe incise:\n1° [[P:Bertilla Rigon]]\n2° [[P:Gino Bassan]] e [[P:Leone Tessaro]] (a pari merito)\n3° [[P:Primo Fabris]]\n4° [[P:Ornella Pegoraro]]\nmiglior giovane: [[P:Kevin Xu]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Zanella]], targhe ovali in ottone {{$:18 €}} l'una, incisione compresa. Pronte in 5 giorni.",
            ),
            (
                "c",
                "perfetto. passa mia moglie a ritirarle, [[P:Bertilla]] (sì è la vincitrice, ma la gara è pulita 😂)",
            ),
            (
                "a",
                "Ahah, va bene! Ci manda il logo della bocciofila per email a [[E:laboratorio@berico-incisioni.example.it]]?",
            ),
            (
                "c",
                "mandato da [[E:f.zanella47@example.it]]. ah, [[P:Primo]] si scrive con la P maiuscola eh, non {{W:primo}} come il numero 😅 le foto della gara le metto sul mio profilo [[U:https://www.facebook.com/franco.zanella.vi]]. grazie, buona giornata",
            ),
        ],
    },
    # 31. A broken chain with a sun pendant is mailed in from Trento.
    {
        "business": "orafo",
        "platform": "whatsapp",
        "customer": "Gioia D.V.",
        "lang": "it",
        "start": "2025-02-24T18:18:00",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[P:Gioia Dalla Valle]], abito a [[L:Trento]]. Ho una catenina d'oro spezzata con un ciondolo a forma di {{W:sole}}, è un ricordo, la posso spedire?",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Dalla Valle]], certo. La spedisca con raccomandata assicurata a: {{B:Incisioni & Riparazioni Berico}}, [[A:contrà Pusterla 22]], [[A:36100]] {{W:Vicenza}}.",
            ),
            (
                "c",
                "spedita! codice {{TR:RA204518837IT}}, vedo sul sito che è in lavorazione {{W:https://www.poste.it/cerca/index.html}}",
            ),
            ("a", "Arrivata! Saldatura {{$:25 €}} + rispedizione {{$:12 €}}. Le mando l'IBAN?"),
            (
                "c",
                "preferirei paypal se si può, [[E:gioia.dallavalle@example.it]]. me la rimandate a [[A:via Giovanni Prati 17/3]], [[A:38122]] [[L:Trento]], sul citofono c'è [[P:Moser]], il cognome di mio marito",
            ),
            (
                "a",
                "Perfetto, richiesta {{B:PayPal}} inviata. Questa volta la {{W:gioia}} torna a casa ben saldata 😄",
            ),
        ],
    },
    # 32. A US soldier orders an engraved pendant for his wife; off-post and APO addresses.
    {
        "business": "orafo",
        "platform": "telegram",
        "customer": "Marcus B",
        "lang": "en",
        "start": "2025-02-03T13:50:00",
        "messages": [
            (
                "c",
                "Hey, [[P:Marcus Bell]] here, I'm stationed at {{W:Caserma Ederle}}. Can you engrave a pendant for my wife? Front: [[P:Joy]], back: 'my {{W:joy}}, my home' + our son's name [[P:Grant]]",
            ),
            (
                "a",
                "Hi [[P:Marcus]]! Sure. Silver pendant {{$:€45}} + engraving {{$:€15}}, front and back. Pickup or delivery?",
            ),
            (
                "c",
                "Delivery if possible, we live off post: [[A:Strada Marosticana 210]], [[L:Dueville]]. Or mail it to [[A:Unit 31401 Box 55, APO AE 09630]]",
            ),
            ("a", "We deliver in the Vicenza area for free 🙂 Which day works?"),
            (
                "c",
                "Friday before {{TM:5pm}}, she's at work then and won't see it. Text me at [[T:+39 366 204 9183]] or my US number [[T:(910) 555-0127]]",
            ),
            ("a", "Deal, we'll text you Friday. [[P:Stella]]"),
            (
                "c",
                "Awesome. Just before {{D:Valentine's Day}} too 😎 she paints, by the way, if you ever need art for the shop: [[U:etsy.com/shop/JoyBellArt]]",
            ),
        ],
    },
    # 33. A freelance hand-engraver sends his invoice and new studio address.
    {
        "business": "orafo",
        "platform": "whatsapp",
        "customer": "Luca Fornasier",
        "lang": "it",
        "start": "2025-11-03T08:12:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Nereo]], ti mando la fattura delle 14 incisioni a bulino di {{D:ottobre}}: [[P:Luca Fornasier]], P.IVA [[V:05271900309]], CF [[CF:FRNLCU91C12L840Y]], fattura {{R:FT 27/2025}} di {{$:980 €}}, pagamento su [[I:IT75 K010 3042 6000 0000 1290 744]]",
            ),
            (
                "a",
                "Grazie [[P:Luca]], la giro a [[P:Bruna]] in amministrazione. Pagamento a 30 gg come sempre.",
            ),
            (
                "c",
                "Perfetto. Ah cambio indirizzo dello studio: da {{D:novembre}} sono in [[A:str. dei Molini 11]], [[L:Arzignano]]. la mail nuova è [[E:luca @ fornasierbulino.example.it]]",
            ),
            ("c", "e c'è il sito nuovo col portfolio: [[U:www.fornasierbulino.example.it]]"),
            ("a", "Bello! Lo metto nei preferiti. Salutami [[P:Marta]] e la piccola [[P:Bianca]]"),
            (
                "c",
                "Ti salutano! [[P:Bianca]] ha iniziato l'asilo, il primo giorno tutta vestita di {{W:bianco}}, è tornata marrone 😂",
            ),
        ],
    },
    # 34. A teenager orders a name necklace for her best friend.
    {
        "business": "orafo",
        "platform": "instagram",
        "customer": "giuly.vi_",
        "lang": "it",
        "start": "2025-03-17T20:31:00",
        "messages": [
            (
                "c",
                "ciaoo volevo una collana col nome x la mia migliore amica [[P:Aurora]] x il compleanno 🥹 quanto costa",
            ),
            (
                "a",
                "Ciao! Collana con nome in argento {{$:39 €}}, in oro {{W:rosa}} 9kt {{$:89 €}}. Che font ti piace?",
            ),
            ("c", "quello corsivo. scritto tutto minuscolo: [[P:aurora]] con una stellina"),
            ("a", "Pronta in una settimana. Te la spediamo o passi?"),
            (
                "c",
                "passo con mia mamma [[P:Katia]] 😊 ah io sono [[P:Giulia]] cmq, se volete vedere la festeggiata è [[H:@auroraa_b]] lol",
            ),
            ("a", "Ahah non serve 😄 Ti aspettiamo, ciao [[P:Giulia]]!"),
        ],
    },
    # 35. A son arranges a live-in carer for his mother; fiscal codes and direct debit.
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Paolo Toffoletti",
        "lang": "it",
        "start": "2025-01-27T11:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Paolo Toffoletti]], mia mamma [[P:Nives]] ha 88 anni e dopo la caduta non può più stare sola. Cercavamo una badante convivente, la mamma abita a [[L:Feletto Umberto]], [[A:via Giuseppe Mazzini 44]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Toffoletti]], mi dispiace per la mamma. Abbiamo disponibile [[P:Oksana]], ucraina, 52 anni, parla bene italiano. Per il contratto ci servono i codici fiscali della signora e del datore di lavoro.",
            ),
            (
                "c",
                "mamma: [[P:Cragnolini Nives]] [[CF:CRGNVS37D60L483L]]\nio: [[CF:TFFPLA65M03L483B]]\nil datore di lavoro sono io, residente in [[A:via Aquileia 76]], [[A:33100]] [[L:Udine]]\nper l'addebito mensile usate [[I:IT16Z0306913298100000004172]]",
            ),
            (
                "a",
                "Perfetto. [[P:Oksana]] può iniziare lunedì {{D:3 febbraio}}. I contributi {{W:INPS}} li gestiamo noi, le tabelle sono qui {{W:https://www.inps.it/it/it/lavoro-domestico.html}}",
            ),
            (
                "c",
                "grazie. [[P:Oksana]] ha un numero? così mia sorella [[P:Lorena]] la chiama prima",
            ),
            ("a", "Sì: [[T:+380 67 412 8833]], è ancora il numero ucraino ma ha WhatsApp."),
        ],
    },
    # 36. The Ukrainian carer asks to split her salary with her daughter's account.
    {
        "business": "care",
        "platform": "telegram",
        "customer": "Оксана Мельник",
        "lang": "en",
        "start": "2025-03-31T19:44:00",
        "messages": [
            (
                "c",
                "Good evening, it's [[P:Oksana Melnyk]]. Signora [[P:Nives]] is good today, she ate all 🙂 I have question about salary",
            ),
            ("a", "Buonasera [[P:Oksana]]! Mi dica pure.", "it"),
            (
                "c",
                "Can you send part of salary directly to my daughter [[P:Viktoriia]] in [[L:Lviv]]? Her account [[I:UA26 3052 9900 0002 6208 4175 3964 0]], name [[P:Melnyk Viktoriia Ivanivna]]",
            ),
            (
                "a",
                "Sì, si può dividere. Quanto in [[L:Ucraina]] e quanto sul suo conto italiano?",
                "it",
            ),
            (
                "c",
                "{{$:600 €}} to her, rest to me. And for {{D:Orthodox Easter}} ({{D:20 April}}) I want to go to church in {{W:Trieste}}, can [[P:Svitlana]] replace me 2 days? She is my friend, [[T:+39 320 558 1942]]",
            ),
            (
                "a",
                "Prima chiedo al sig. [[P:Toffoletti]]. [[P:Svitlana]] deve fare un colloquio con noi prima, va bene?",
                "it",
            ),
            ("c", "Ok, thank you very much. Дякую! [[P:Оксана]] 🙏"),
        ],
    },
    # 37. A Romanian carer applies for a job; references, addresses in Italy and Romania.
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Mihaela C.",
        "lang": "it",
        "start": "2025-01-08T09:33:00",
        "messages": [
            (
                "c",
                "Buna ziua, scusate, io sono [[P:Mihaela Constantinescu]], ho visto vostro annuncio su facebook per badante. Io lavoro 6 anni in [[L:Italia]], prima a [[L:Pordenone]] con signor [[P:Guido]] che è morto a dicembre 🙏",
            ),
            (
                "a",
                "Buongiorno [[P:Mihaela]], mi dispiace per il sig. [[P:Guido]]. Ha delle referenze?",
            ),
            (
                "c",
                "si la figlia di signor [[P:Guido]], signora [[P:Loredana Zanier]], può dire. suo numero [[T:0434 52 71 90]]. Mio email [[E:mihaela.constantinescu76@example.ro]], mio profilo [[U:facebook.com/mihaela.constantinescu.3]]",
            ),
            (
                "c",
                "adesso io abito da mia cugina [[P:Florina]] in [[A:via Pradamano 8 scala C int. 5]], [[L:Udine]]. In [[L:Romania]] mia casa è [[A:Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, ap. 17]], [[L:Suceava]]",
            ),
            (
                "a",
                "Grazie. Può venire a un colloquio giovedì alle {{TM:10}}? L'ufficio è in [[A:viale Tricesimo 112]].",
            ),
            (
                "c",
                "si vengo. Per stipendio io ho conto in [[L:Romania]] [[I:RO42 BTRL RONC RT03 9174 6205]], va bene o serve italiano?",
            ),
            (
                "a",
                "Meglio un conto italiano, ne parliamo giovedì. A giovedì! [[P:Serena]] – {{B:Casa Serena}}",
            ),
            ("c", "Multumesc mult doamna [[P:Serena]]! 🌹"),
        ],
    },
    # 38. A daughter complains about her father's carer; the family doctor is called Speranza.
    {
        "business": "care",
        "platform": "messenger",
        "customer": "Bianca Comelli",
        "lang": "it",
        "start": "2025-04-09T14:21:00",
        "messages": [
            (
                "c",
                "Mandi, sono [[P:Bianca Comelli]], la figlia di [[P:Elio Comelli]] di [[L:Cividale]]. Devo dirvi che [[P:Ludmila]] sta sempre al telefono e ieri papà è rimasto senza pranzo fino alle 2",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Comelli]], grazie di avercelo detto. Parlo oggi con [[P:Ludmila]]. Possiamo passare domani a casa del sig. [[P:Elio]]?",
            ),
            (
                "c",
                "si, [[A:borgo Brossana 19]], il campanello è ancora col nome della mamma, [[P:Rina Tomasetig]]",
            ),
            ("a", "Perfetto. Verremo io e [[P:Daniela]] alle {{TM:11}}."),
            (
                "c",
                "il medico di papà, il dott. [[P:Speranza]], dice che deve mangiare a orari fissi x il diabete. non c'è tanta {{W:speranza}} se va avanti così 😔",
            ),
            (
                "a",
                "Ha ragione, domani ne parliamo con [[P:Ludmila]] e se serve la sostituiamo. [[P:Serena]]",
            ),
        ],
    },
    # 39. A grandson in London writes in rusty Italian with English words about his grandmother.
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Tom P",
        "lang": "it",
        "start": "2025-05-19T17:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, scusate il mio italiano, vivo a [[L:London]] da 15 anni 🙈 sono [[P:Tom Pividori]], mia nonna [[P:Ida Pividori]] vive sola a [[L:Gemona del Friuli]] e ha bisogno di qualcuno qualche ora al giorno",
            ),
            (
                "a",
                "Buongiorno [[P:Tom]], il suo italiano va benissimo! (we also speak English 😉) L'assistenza a ore parte da {{$:14 €/h}}. Quante ore e quali giorni?",
            ),
            (
                "c",
                "la mattina, lunedì-venerdì, dalle 8 alle 12. l'indirizzo: [[A:via Piovega 27]], [[A:33013]] [[L:Gemona]]. la vicina [[P:Rosanna]] ha la chiave, she's lovely",
            ),
            (
                "a",
                "Potremmo mandare [[P:Irina]], moldava, molto paziente, abita ad [[L:Artegna]], a 10 minuti.",
            ),
            (
                "c",
                "Sounds good. Il contratto a nome mio: [[P:Thomas Pividori]], [[A:Flat 3, 14 Marlowe Court, Balham Park Road]], [[L:London]] [[A:SW12 8DY]], [[E:tom.pividori@example.co.uk]], [[T:+44 20 7946 0371]]. il primo mese posso pagare subito con la carta: [[C:4147-2093-8815-2061]]",
            ),
            (
                "a",
                "Grazie, ma per favore non mandi mai numeri di carta in chat 🙏 Le mandiamo per email il contratto e un link di pagamento sicuro. La nonna è contenta di avere qualcuno? Certi sono testardi 😊",
            ),
            (
                "c",
                "testarda is her middle name 😂 ma le è piaciuta l'idea quando mia cugina [[P:Fortunata]] gliel'ha spiegata. se vi serve, il mio profilo: [[U:https://uk.linkedin.com/in/tompividori]]. Grazie!",
            ),
        ],
    },
    # 40. A granddaughter writes on Instagram for a night carer for her grandfather.
    {
        "business": "care",
        "platform": "instagram",
        "customer": "celeste.dri",
        "lang": "it",
        "start": "2025-11-11T21:55:00",
        "messages": [
            (
                "c",
                "ciao! vi scrivo da ig perché non trovo il numero 🙈 sono [[P:Celeste]], cerco qualcuno x il nonno [[P:Bruno]] ({{W:parkinson}}) a [[L:San Daniele]], solo di notte",
            ),
            (
                "a",
                "Ciao [[P:Celeste]]! Il nostro numero è [[T:0432 501 288]], ma scrivi pure qui. Notte dalle 20 alle 8?",
            ),
            (
                "c",
                "si esatto. la nonna [[P:Graziella]] non ce la fa più ad alzarsi 3 volte a notte",
            ),
            (
                "a",
                "Capito. Abbiamo [[P:Dorina]], rumena, con esperienza di {{W:Parkinson}}. {{$:75 €}} a notte. Ci lasci un'email per la proposta?",
            ),
            (
                "c",
                "[[E:celeste.dri at example dot it]] (il cognome è [[P:Dri]] come si scrive 😂). la casa è quella con le persiane {{W:celesti}} in [[A:via Kennedy 9]]",
            ),
            ("a", "Perfetto, ti mandiamo tutto entro stasera. Mandi!"),
        ],
    },
    # 41. A Romanian carer reports the internet is down at the client's house.
    {
        "business": "care",
        "platform": "whatsapp",
        "customer": "Vasile Popescu",
        "lang": "it",
        "start": "2025-08-12T08:26:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Vasile Popescu]], badante di sig. [[P:Aldo Venier]] a [[L:Tarcento]]. internet non funziona da 3 giorni e io non posso videochiamare mia moglie [[P:Camelia]] in [[L:Iași]]",
            ),
            ("a", "Buongiorno [[P:Vasile]], chi è il gestore? Ha provato a riavviare il router?"),
            (
                "c",
                "si riavviato. tecnico di {{B:TIM}} dice che router ha IP [[IP:93.41.187.22]] e problema è di linea. pagina router {{W:192.168.1.1}} dice DSL non connesso",
            ),
            (
                "a",
                "Capito. Avvisiamo il figlio del sig. [[P:Aldo]], [[P:Marco Venier]], la linea è intestata a lui.",
            ),
            (
                "c",
                "grazie. numero di [[P:Marco]] io non ho, il mio è [[T:+40 745 318 902]] e qui italiano [[T:389 6620417]]",
            ),
            (
                "a",
                "[[P:Marco]] la chiama oggi. Intanto può usare il wifi del {{B:Bar Leon d'Oro}} in piazza 😊",
            ),
        ],
    },
    # 42. A lawyer's formal letter about the final settlement after an assisted person's death.
    {
        "business": "care",
        "platform": "messenger",
        "customer": "Studio Legale Candotti",
        "lang": "it",
        "start": "2025-09-24T10:00:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Casa Serena Badanti Udine}},\nscrivo in nome e per conto della sig.ra [[P:Marisa Zuliani]] ved. [[P:Buttazzoni]], residente in [[A:via del Cotonificio 45]], [[L:Udine]], in merito al contratto di assistenza stipulato per la madre sig.ra [[P:Erminia Zuliani]], deceduta il {{D:2 settembre}} u.s.\nChiedo di ricevere il conteggio finale del TFR spettante alla collaboratrice sig.ra [[P:Tetiana Kovalenko]].\nDistinti saluti\nAvv. [[P:Stella Candotti]]\n[[A:piazza XX Settembre 12]], [[A:33100]] [[L:Udine]]\ntel. [[T:0432 50 41 77]] – PEC [[E:stella.candotti@pec.example.it]]",
            ),
            (
                "a",
                "Gentile Avv. [[P:Candotti]], ricevuto. Il conteggio del TFR sarà pronto entro il {{D:15 ottobre}} e glielo invieremo via PEC. Le nostre condoglianze alla sig.ra [[P:Zuliani]]. [[P:Serena Bertossi]]",
            ),
            ("c", "La ringrazio. Cordiali saluti, [[P:S. Candotti]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(53, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
