# ruff: noqa: E501
"""Hand-written blind test corpus no. 49 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten49_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a car-paperwork agency in Naples, a furniture
upholsterer in Brianza, an astronomical observatory with night visits in Abruzzo, a yacht-crew
placement agency in Sanremo, a Sicilian gelateria shipping across Europe and an online tutoring
school for children of Italian families in London, Zurich and Dubai.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten49_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten49_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "auto": "Agenzia Pratiche Auto Cuccurullo",
    "tappezzeria": "Tappezzeria Redaelli 1961",
    "osservatorio": "Osservatorio Campo Stella",
    "crew": "Bluewake Crew Sanremo",
    "gelato": "Gelateria Sciara",
    "tutoring": "Ponti di Carta – lezioni online",
}
PAGE_IDS: dict[str, str] = {
    "auto": "649270318450772",
    "tappezzeria": "649270504127391",
    "osservatorio": "649270882016453",
    "crew": "649270267930814",
    "gelato": "649270743581206",
    "tutoring": "649270150698327",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A daughter books the licence renewal medical for her 84-year-old father.
    {
        "business": "auto",
        "platform": "whatsapp",
        "customer": "Lucia Capasso 🌻",
        "lang": "it",
        "start": "2025-03-17T08:41:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo x mio padre [[P:Gennaro Capasso]], la patente gli scade il {{D:3 aprile}} e nn sa come fare. ha 84 anni, serve la visita medica?? sono la figlia [[P:Lucia]]",
            ),
            (
                "a",
                "Buongiorno signora [[P:Lucia]], sì per il rinnovo serve il certificato del medico. Lo facciamo noi in agenzia il {{D:martedì}} e il {{D:giovedì}} dalle {{TM:9:30}}, costo totale {{$:€ 120}} compresi i bollettini. Mi manda nome, codice fiscale e indirizzo di residenza di papà? [[P:Rosa]]",
            ),
            (
                "c",
                "si allora è [[P:CAPASSO GENNARO]] cf [[CF:CPSGNR41C12F839O]] abita [[A:via Luca Giordano 144, scala B, 3° piano]] al [[L:vomero]], [[A:80129]] [[L:Napoli]]",
            ),
            (
                "a",
                "Perfetto. Per la visita deve portare la patente vecchia, 2 foto tessera e un documento. Il medico quel giorno è il dott. [[P:Sorrentino]]. Le va bene giovedì {{D:27 marzo}} alle {{TM:10:15}}? Siamo in [[A:via Carlo Poerio 61]], vicino a {{W:piazza dei Martiri}}. Le info ufficiali stanno anche su {{W:www.ilportaledellautomobilista.it}}",
            ),
            (
                "c",
                "va bene, lo accompagna mio fratello [[P:Salvatore]] xké io lavoro a [[L:Caserta]]. il numero di [[P:Totò]] è [[T:338 914 2276]], il mio [[T:+39 347.558.1093]] o scrivetemi su [[U:wa.me/393475581093]]",
            ),
            (
                "a",
                "Segnato! Giovedì alle {{TM:10:15}} il sig. [[P:Gennaro Capasso]] accompagnato da [[P:Salvatore]]. Se cambia qualcosa chiami pure lo [[T:081 764 3390]]. Buona giornata, [[P:Rosa]] 🙂",
            ),
            ("c", "grazie [[P:rosa]] sei gentilissima"),
        ],
    },
    # 2. A young man buys a used car from an elderly lady; transfer of ownership paperwork.
    {
        "business": "auto",
        "platform": "telegram",
        "customer": "Ciro V.",
        "lang": "it",
        "start": "2025-04-02T16:20:00",
        "messages": [
            (
                "c",
                "Salve vorrei fare il passaggio di proprietà di una {{PD:Fiat Panda}} del 2016, la compro da una signora di [[L:Pozzuoli]]. quanto costa e cosa serve",
            ),
            (
                "a",
                "Buonasera! Per un'auto fino a 53 kW siamo sui {{$:380 euro}} tutto compreso (IPT, bolli, emolumenti). Servono documenti e codice fiscale di venditore e acquirente, certificato di proprietà e libretto. Può mandarmi i dati qui. [[P:Enzo]]",
            ),
            (
                "c",
                "venditrice [[P:Mazzocchi Assunta]] cf [[CF:MZZSNT62P67G964A]] residente in [[A:via Pergolesi 12/b]] [[L:Pozzuoli]]",
            ),
            (
                "c",
                "acquirente io [[P:Vitiello Ciro]] [[CF:VTLCRI98D05F839S]] [[A:vico Lungo Teatro Nuovo 8]] [[L:Napoli]] (ai [[L:quartieri spagnoli]])",
            ),
            (
                "a",
                "Grazie [[P:Ciro]]. La signora [[P:Mazzocchi]] deve venire a firmare di persona in agenzia, oppure fa la firma autenticata in comune. I moduli li trova anche su {{W:www.aci.it}}. Il pagamento può farlo anche con bonifico su [[I:IT06 Z030 6903 4961 0000 0012 847]] intestato a {{B:Agenzia Pratiche Auto Cuccurullo}}, causale {{R:PR-2025-0419}}.",
            ),
            (
                "c",
                "la signora è anziana e la porta la figlia [[P:Carmela]], vi chiama lei dal [[T:0039 329/4410857]]. Possiamo venire {{D:sabato}} mattina?",
            ),
            (
                "a",
                "Il sabato siamo aperti fino alle {{TM:12:30}}, vi aspetto alle {{TM:10:00}}. Chiedete di me o di [[P:Rosa]].",
            ),
            (
                "c",
                "perfetto grazie, ps la mail della signora x la ricevuta è [[E:assunta punto mazzocchi chiocciola example punto it]]",
            ),
        ],
    },
    # 3. A Romanian woman living near Naples asks about her licence and her husband's.
    {
        "business": "auto",
        "platform": "messenger",
        "customer": "Ionela Dumitrescu",
        "lang": "it",
        "start": "2025-01-22T10:05:00",
        "messages": [
            (
                "c",
                "Buna ziua, scusa mio italiano. Io sono [[P:Ionela Dumitrescu]], abito a [[L:Casoria]] da 2 anni, ho patente romena (mi trovi anche su [[U:facebook.com/ionela.dumitrescu.92]]). devo cambiare in patente italiana?",
            ),
            (
                "a",
                "Buongiorno [[P:Ionela]]! Le patenti dell'UE sono valide in Italia, non è obbligatorio convertirla. Se però scade, il rinnovo si fa qui con la visita medica: {{$:€ 95}} più la visita.",
            ),
            (
                "c",
                "si scade {{D:luglio}}. mio indirizzo vecchio in Romania era [[A:Strada Mihai Eminescu nr. 23, bl. C4, sc. 2, ap. 41]], [[L:Iași]]. ora in italia [[A:via Principe di Piemonte 90]], [[A:80026]] [[L:Casoria]]. scrivo anche per mio marito [[P:Bogdan]] lui ha patente C",
            ),
            (
                "a",
                "Va benissimo. Portate tutti e due la carta d'identità, la patente e 2 foto. Per la patente C serve la visita in {{W:Motorizzazione}} con la commissione, il dott. [[P:Esposito]] vi dà l'appuntamento. Numero per appuntamenti: [[T:081 764 3390]].",
            ),
            (
                "c",
                "ok multumesc! il numero di [[P:bogdan]] è [[T:+40 745 129 837]] ma lui parla poco italiano, meglio chiami me [[T:351 208 7764]]. lavoro da sig.ra [[P:Lombardi]] come badante, rispondo dopo {{TM:14}}",
            ),
            ("a", "Perfetto, la chiamo domani alle {{TM:14:30}}. A presto, [[P:Enzo Cuccurullo]]"),
        ],
    },
    # 4. Voice-to-text customer who lost his car registration document.
    {
        "business": "auto",
        "platform": "whatsapp",
        "customer": "Pasquale 🔵⚪",
        "lang": "it",
        "start": "2025-05-09T19:12:00",
        "messages": [
            (
                "c",
                "buonasera sono [[P:Pasquale Iannaccone]] ho perso il libretto della macchina punto interrogativo cosa devo fare punto interrogativo",
            ),
            (
                "a",
                "Buonasera! Prima serve la denuncia di smarrimento ai Carabinieri, poi facciamo il duplicato del documento unico, {{$:€ 110}} circa. Ha già fatto la denuncia?",
            ),
            (
                "c",
                "la denuncia l ho fatta ieri alla caserma di {{W:Fuorigrotta}} il numero è {{R:prot. 2025/0038817}} virgola il mio telefono è [[T:tre quattro nove sei sei due uno zero otto otto]]",
            ),
            (
                "a",
                "Ricevuto. Per la delega ci serve una mail, così le mandiamo il modulo da firmare.",
            ),
            (
                "c",
                "[[E:pasquale punto iannaccone chiocciola example punto com]] tutto attaccato. abito in [[A:traversa Pietravalle 7, interno 12]] a [[L:rione Alto]]",
            ),
            (
                "a",
                "Gliel'ho mandato. Lo deve firmare anche sua moglie [[P:Filomena]] se il veicolo è cointestato. Buona serata, [[P:Rosa]]",
            ),
            (
                "c",
                "si è cointestato con [[P:filomena]] grazie mille signora [[P:rosa]] gentilissima come sempre",
            ),
        ],
    },
    # 5. An electrician with a sole-trader business needs an invoice for his van transfer.
    {
        "business": "auto",
        "platform": "messenger",
        "customer": "Vincenzo Scognamiglio",
        "lang": "it",
        "start": "2025-02-11T09:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, ho comprato un furgone {{PD:Ducato}} usato per la mia ditta individuale, mi serve la fattura intestata alla ditta per il passaggio. Dati: [[P:Scognamiglio Vincenzo]] impianti elettrici, P.IVA [[V:05918340638]], sede [[A:corso Vittorio Emanuele 655]] [[A:80121]] [[L:Napoli]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Scognamiglio]], nessun problema. Mi serve anche l'indirizzo PEC o il codice destinatario per la fattura elettronica.",
            ),
            (
                "c",
                "pec [[E:scognamiglio.impianti@pec.example.it]], codice destinatario {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Perfetto. Il preventivo è {{$:520,00 €}} + IVA, numero {{R:PRV 118/25}}. Per il ritiro dei documenti può venire lei o delegare qualcuno.",
            ),
            (
                "c",
                "viene mio cognato [[P:Gaetano Russo]], vi porto la delega firmata. ah la fattura mandatela in copia anche a lui [[E:gaetano.russo87 @ example.com]] che mi tiene la contabilità",
            ),
            ("a", "Va bene. La pratica sarà pronta {{D:venerdì 14}}. Saluti, [[P:Enzo]]"),
        ],
    },
    # 6. An American family who moved near Naples asks about Italian driving licences.
    {
        "business": "auto",
        "platform": "instagram",
        "customer": "jess.okafor",
        "lang": "en",
        "start": "2025-06-03T13:47:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Jessica Okafor]], I moved to [[L:Pozzuoli]] last fall with my husband [[P:Mark]] (he works at the base in {{W:Lago Patria}}). Do we need an Italian driver's license or is our [[L:Ohio]] one ok?",
            ),
            (
                "a",
                "Hi [[P:Jessica]]! With a US license you can drive for 1 year after getting residency; after that you need an Italian license (theory + practical exam, no direct conversion for Ohio). We handle the paperwork and the theory exam can be taken in English. Full course {{$:€ 450}}.",
            ),
            (
                "c",
                "ugh ok. can you send the info to [[E:jess.okafor@example.com]]? and [[P:Mark]]'s is [[E:mark.t.okafor [at] example [dot] org]]. my US cell is [[T:+1 (614) 555-0182]] but italian number is [[T:320 775 4019]]",
            ),
            (
                "a",
                "Sent! We are at [[A:via Carlo Poerio 61]], near {{W:Chiaia}}. If you come on {{D:Wednesday}} ask for [[P:Rosa]], she speaks English.",
            ),
            (
                "c",
                "perfect. our address here is [[A:Via Napoli 212, parco Le Ginestre, scala D]], [[A:80078]] [[L:Pozzuoli]] in case you need it. our neighbor [[P:Bill Hanley]] recommended you btw!",
            ),
            (
                "a",
                "Thank you [[P:Jessica]], and say hi to [[P:Bill]] 😊 See you Wednesday at {{TM:4 pm}}.",
            ),
        ],
    },
    # 7. A niece wants to scrap the car of her late uncle; heirs, delegation, Neapolitan.
    {
        "business": "auto",
        "platform": "whatsapp",
        "customer": "Concetta",
        "lang": "it",
        "start": "2025-02-26T11:15:00",
        "messages": [
            (
                "c",
                "buongiorno, è morto mio zio [[P:Fortunato]] a {{D:gennaio}} e la sua {{PD:Punto}} sta ferma da anni, la vogliamo rottamare. che serve?",
            ),
            (
                "a",
                "Condoglianze signora. Per la radiazione serve il certificato di morte e la dichiarazione degli eredi. Chi sono gli eredi?",
            ),
            (
                "c",
                "io [[P:Concetta De Luca]] e mio cugino [[P:Felice]]. [[P:Felice]] però sta a [[L:Torino]] da vent'anni",
            ),
            (
                "a",
                "Va bene, il cugino può firmare una delega. Ci mandi i suoi dati e la copia del documento. Per il ritiro del veicolo lavoriamo con {{B:Autodemolizioni Ferraro}} a {{W:Casalnuovo}}.",
            ),
            (
                "c",
                "allora [[P:Amitrano Felice]] nato a [[L:Ercolano]], residente in [[A:corso Francia 188 int. 5]] [[L:Torino]], tel [[T:333-6120945]]. la macchina sta nel garage di zio a [[L:Portici]], [[A:via Libertà 302]], le chiavi le tiene il portiere don [[P:Peppe]]",
            ),
            (
                "a",
                "Perfetto signora [[P:De Luca]]. Costo {{$:€ 150}}, il carro attrezzi è compreso. Sono {{W:felice}} di potervi aiutare 🙏 [[P:Rosa]]",
            ),
            ("c", "grazie assaje [[P:rosa]], nu piacere"),
        ],
    },
    # 8. A young woman wants her grandmother's sofa redone in pink or violet velvet.
    {
        "business": "tappezzeria",
        "platform": "instagram",
        "customer": "viola.brambati",
        "lang": "it",
        "start": "2025-04-04T18:30:00",
        "messages": [
            (
                "c",
                "ciao! vorrei rifare il divano 3 posti della nonna, velluto {{W:rosa}} antico o {{W:viola}} chiaro, cosa consigliate? 💜",
            ),
            (
                "a",
                "Ciao! Il velluto {{W:rosa}} antico di {{B:Dedar}} è bellissimo ma delicato; per un divano che si usa tanto consiglio un velluto lavabile. Rifacimento completo da {{$:900 €}}. Come ti chiami e dove si trova il divano?",
            ),
            (
                "c",
                "sono [[P:Viola]], sto a [[L:Seregno]]. il divano però è a casa di mia nonna [[P:Bianca]] a [[L:Giussano]], [[A:via Addolorata 14]], [[A:20833]]",
            ),
            (
                "a",
                "Perfetto [[P:Viola]]! Passiamo a vedere {{D:sabato 12 aprile}} verso le {{TM:11}}? Sono [[P:Marco Redaelli]], con me viene [[P:Ivan]] per le misure.",
            ),
            (
                "c",
                "ok! la nonna non sente bene il campanello, chiamate il suo fisso [[T:0362 851 447]] o me [[T:347 2210 983]]. sul campanello c'è scritto [[P:CATTANEO]] non Brambati",
            ),
            (
                "a",
                "Segnato 👍 Porto anche i campioni color {{W:salvia}}, {{W:viola}} melanzana e {{W:bianco}} latte, così la nonna sceglie con te.",
            ),
        ],
    },
    # 9. An interior designer (freelancer) sends eight chairs of a client in Milan.
    {
        "business": "tappezzeria",
        "platform": "whatsapp",
        "customer": "Serena Galbiati Interni",
        "lang": "it",
        "start": "2025-05-02T08:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Serena Galbiati]], architetto d'interni. Ho 8 sedie {{B:Thonet}} da ritappezzare per un cliente. Vi giro le moodboard: [[U:pinterest.com/serenagalbiati_interni]] e i lavori sul mio sito ([[U:www.serenagalbiati.example.it/progetti]])",
            ),
            (
                "a",
                "Buongiorno architetto! Viste, bellissime. Per 8 sedute con paglia di Vienna nuova e imbottitura siamo a {{$:85 € cad.}}. Per la fattura mi servono i dati.",
            ),
            (
                "c",
                "Fattura a me: [[P:Galbiati Serena]], [[A:via Cavour 33]], [[A:20832]] [[L:Desio]] (MB), P.IVA [[V:08472610156]], C.F. [[CF:GLBSRN90R70D286D]]. Mail [[E:serena@galbiatiinterni.example.it]]",
            ),
            ("a", "Grazie. Le sedie le ritiriamo direttamente dal cliente?"),
            (
                "c",
                "Sì, dal sig. [[P:Leone]], [[A:c.so di Porta Romana 98, 4° piano]], [[L:Milano]], citofono [[P:Fumagalli]] (è la casa della suocera).",
            ),
            (
                "a",
                "Perfetto. Ritiro {{D:martedì 6 maggio}} tra le {{TM:14}} e le {{TM:16}}. Guida il furgone [[P:Ivan]], il suo numero è [[T:339 50 71 248]].",
            ),
            (
                "c",
                "Ok. Se il cliente non risponde chiamate la sua assistente [[P:Gioia]] al [[T:02 3659 8812]]. Grazie! [[P:Serena]]",
            ),
        ],
    },
    # 10. An English lady with a holiday villa on Lake Como needs six dining chairs redone.
    {
        "business": "tappezzeria",
        "platform": "messenger",
        "customer": "Rosemary Whitcombe",
        "lang": "en",
        "start": "2025-05-20T07:10:00",
        "messages": [
            (
                "c",
                "Good morning, I have a holiday house in [[L:Tremezzo]] and six dining chairs that badly need reupholstering. I am usually at home in [[L:Cheltenham]]. Could you collect them while I'm in Italy in {{D:June}}? Photos are on my little blog: [[U:www.rosemarysgarden.example.co.uk/chairs]]. Kind regards, [[P:Rosemary Whitcombe]]",
            ),
            (
                "a",
                "Good morning Mrs [[P:Whitcombe]], of course, we come to the lake every week. Could you send a photo of the chairs and the address of the villa?",
            ),
            (
                "c",
                "The villa is at [[A:Via Regina 27]], [[A:22016]] [[L:Tremezzina]], green gate next to the chapel. Please invoice my UK address: [[A:4 Lansdown Crescent]], [[L:Cheltenham]] [[A:GL50 2JY]].",
            ),
            (
                "a",
                "Thank you. For 6 chairs, fabric included, the price is {{$:€ 1.140}}. We'd suggest a striped linen from {{B:Rubelli}}. Our driver [[P:Ivan]] can collect on {{D:Thursday 5 June}}.",
            ),
            (
                "c",
                "Lovely. My gardener [[P:Giacomo]] has the keys, his number is [[T:+39 340 912 6653]]. My mobile is [[T:07700 900418]] and email [[E:rosie.whitcombe@example.co.uk]].",
            ),
            (
                "a",
                "Perfect, we'll call [[P:Giacomo]] the day before. Kind regards, [[P:Marco]] — {{B:Tappezzeria Redaelli 1961}}",
            ),
            (
                "c",
                "Brilliant. My daughter [[P:Ivy]] may also be there that day with her friend [[P:Hope Adeyemi]], so don't be surprised by two giggling girls. Thanks!",
            ),
        ],
    },
    # 11. An older man from Lissone with a 1970s Frau armchair; address split over two messages.
    {
        "business": "tappezzeria",
        "platform": "whatsapp",
        "customer": "Franco Sala",
        "lang": "it",
        "start": "2025-03-05T15:40:00",
        "messages": [
            (
                "c",
                "buongiorno sciura, sono [[P:Franco Sala]] di [[L:Lissone]]. ho una {{B:Poltrona Frau}} vecchia degli anni 70, la pelle è tutta screpolata. si può rifare?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Sala]]! Certo, rifacciamo spesso le {{PD:Vanity Fair}} di {{B:Frau}}. In pelle pieno fiore viene sui {{$:1.300 €}}. Mi manda una foto? [[P:Stefania]]",
            ),
            ("c", "ghe la mandi dopo, adesso sono fuori. abito in [[A:via Trento e Trieste]]"),
            (
                "c",
                "scusi ho inviato prima, [[A:numero 19, scala C]], [[A:20851]]. la poltrona è in taverna",
            ),
            ("a", "Grazie. Passiamo {{D:lunedì}} pomeriggio, va bene? C'è qualcuno in casa?"),
            (
                "c",
                "c'è mia moglie [[P:Franca]]. io sono al lavoro al {{B:Bar Sport da Franco}} in piazza fino alle {{TM:19}}",
            ),
            (
                "a",
                "Benissimo, a lunedì. Porto anche il campionario della pelle {{W:bruno}} testa di moro che le piaceva.",
            ),
            (
                "c",
                "si si il {{W:bruno}} va bene. saluti anche da [[P:Bruno]] mio fratello che vi ha consigliati 😄",
            ),
        ],
    },
    # 12. A customer moving to Bolzano cancels a headboard order and gets the deposit back.
    {
        "business": "tappezzeria",
        "platform": "telegram",
        "customer": "Marina Colombo",
        "lang": "it",
        "start": "2025-06-16T20:02:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Marina Colombo]]. Avevo versato un acconto di {{$:200 €}} per la testiera del letto (ordine {{O:RD-2025-077}}) ma purtroppo ci trasferiamo a [[L:Bolzano]] per il lavoro di mio marito e devo annullare 😞",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Colombo]], mi dispiace! Nessun problema, il tessuto non l'avevamo ancora ordinato. Le rimborsiamo tutto: mi manda IBAN e intestatario?",
            ),
            (
                "c",
                "IBAN [[I:IT34 B050 3433 8400 0000 0007 319]] intestato a [[P:Colombo Marina]] e [[P:Pietro Galli]] (conto cointestato con mio marito)",
            ),
            (
                "a",
                "Fatto, bonifico disposto oggi, CRO {{R:0503412875401}}. Arriva in 1-2 giorni lavorativi. In bocca al lupo per il trasloco! [[P:Stefania Redaelli]]",
            ),
            (
                "c",
                "grazie mille! se un giorno torniamo in brianza vi scrivo. il nuovo indirizzo è [[A:Via Museo 41]], [[A:39100]] [[L:Bolzano]], caso mai arrivi posta",
            ),
            (
                "a",
                "Annotato. Buon viaggio e un saluto alla piccola [[P:Gioia]], che quando siamo venuti ci ha fatto vedere tutti i suoi disegni!",
            ),
        ],
    },
    # 13. Outdoor cushions in navy blue; the mother-in-law next door; curtains colleague.
    {
        "business": "tappezzeria",
        "platform": "whatsapp",
        "customer": "Speranza L.",
        "lang": "it",
        "start": "2025-04-28T12:25:00",
        "messages": [
            (
                "c",
                "salve, mi chiamo [[P:Speranza Longoni]], vorrei far fare 6 cuscini per la panca della veranda, tessuto da esterno blu {{W:marina}} se c'è",
            ),
            (
                "a",
                "Salve! Per esterni usiamo {{B:Sunbrella}}, il blu {{W:marina}} c'è. 6 cuscini 50x50 sfoderabili: {{$:390 €}}. Mi lascia un indirizzo per la consegna?",
            ),
            (
                "c",
                "[[A:via Monte Grappa 5/7]], frazione [[L:Camnago]] di [[L:Lentate sul Seveso]]. se non ci sono lasciate a mia suocera [[P:Rosa]] che abita di fianco, al [[A:civico 9]]",
            ),
            (
                "a",
                "Perfetto. Consegna prevista la settimana del {{D:19 maggio}}, le scrivo il giorno prima. [[P:Stefania]]",
            ),
            (
                "c",
                "grazie! ps mio marito [[P:Fabrizio]] chiede se fate anche tende. la {{W:speranza}} è di finire la veranda prima dell'estate 😅",
            ),
            (
                "a",
                "Le tende le fa la nostra collega [[P:Daniela Sironi]], le passo il suo numero: [[T:+39 331 448 2907]]. Saluti!",
            ),
        ],
    },
    # 14. A Chinese-Italian customer in Monza with a B&B Italia sofa; partner speaks English.
    {
        "business": "tappezzeria",
        "platform": "instagram",
        "customer": "ling.chen.home",
        "lang": "it",
        "start": "2025-07-01T17:48:00",
        "messages": [
            (
                "c",
                "ciao! ho visto il vostro reel del {{PD:divano Camaleonda}}, stupendo. anch'io ho un vecchio {{B:B&B Italia}} da rifare. sono [[P:Xiaoling Chen]] ([[P:Ling]]), il mio profilo è [[H:@ling.chen.home]] → [[U:https://www.instagram.com/ling.chen.home/]]",
            ),
            ("a", "Ciao [[P:Ling]]! Grazie 🙏 Dove si trova il divano?"),
            (
                "c",
                "a [[L:Monza]], [[A:v.le Lombardia 228]], vicino al {{W:Parco di Monza}}. il mio compagno [[P:Wei Zhang]] parla solo inglese e cinese, se apre lui parlate inglese pls 😂",
            ),
            ("a", "Nessun problema, [[P:Ivan]] parla inglese! Ti scrivo per fissare."),
            (
                "c",
                "Perfect thanks. here's also my mum's number, she's often at home: [[T:+86 138 0571 6624]] no wait that's her chinese one lol, the italian one is [[T:393 118 0472]]. her name is [[P:Meilin]]",
                "en",
            ),
            (
                "a",
                "Ok [[P:Ling]], we'll call [[P:Meilin]] if nobody answers the door. See you soon! [[P:Marco]]",
                "en",
            ),
        ],
    },
    # 15. A family from Pescara books a night visit for two kids named Stella and Sole.
    {
        "business": "osservatorio",
        "platform": "whatsapp",
        "customer": "Davide Marinelli",
        "lang": "it",
        "start": "2025-05-19T09:14:00",
        "messages": [
            (
                "c",
                "Buongiorno! Vorremmo prenotare la visita notturna per {{D:sabato 24 maggio}}, siamo 2 adulti e 2 bambini: [[P:Stella]] (9 anni) e [[P:Sole]] (6). Si vedono le {{W:stelle}} anche con la luna?",
            ),
            (
                "a",
                "Buongiorno! Con la luna al primo quarto si vedono benissimo i crateri, {{W:Giove}} e le {{W:stelle}} doppie. Adulti {{$:15 €}}, bambini {{$:8 €}}, il turno è alle {{TM:21:30}}. A che nome prenoto?",
            ),
            (
                "c",
                "[[P:Davide Marinelli]], [[T:328 660 4105]]. mia moglie è [[P:Stella]] anche lei 😅 ([[P:Stella Pace]]), veniamo da [[L:Pescara]], quanto ci vuole in macchina?",
            ),
            (
                "a",
                "Circa un'ora e mezza. Dopo {{W:Castel del Monte}} seguite i cartelli per l'osservatorio, gli ultimi 3 km sono sterrati. Ecco la posizione: {{W:maps.app.goo.gl/CampoStellaOss}}. Portate giacche pesanti, anche a maggio di notte ci sono 5 gradi!",
            ),
            ("c", "perfetto! ah [[P:Sole]] vuole sapere se vediamo il {{W:Sole}} 😂"),
            (
                "a",
                "Di notte no 😄 ma a [[P:Sole]] facciamo vedere la costellazione del {{W:Leone}} e a [[P:Stella]] la sua {{W:stella}} preferita! A sabato, [[P:Paolo]]",
            ),
        ],
    },
    # 16. A teacher organises an evening school trip; accompanying adults and a pupil's father.
    {
        "business": "osservatorio",
        "platform": "messenger",
        "customer": "Annalisa Di Marzio",
        "lang": "it",
        "start": "2025-09-08T14:00:00",
        "messages": [
            (
                "c",
                "Gentili, sono [[P:Annalisa Di Marzio]], docente di scienze all'{{W:IC Teramo 3}}. Vorrei organizzare un'uscita serale per due classi seconde (44 alunni) a {{D:ottobre}}. Fate tariffe per le scuole?",
            ),
            (
                "a",
                "Gentile prof.ssa [[P:Di Marzio]], sì: {{$:6 €}} ad alunno, gratuiti i docenti. Serve un accompagnatore ogni 15 ragazzi. Ci manda i nominativi degli adulti?",
            ),
            (
                "c",
                "Accompagnatori: io, il prof. [[P:Nicola Petrella]], la prof.ssa [[P:Serena D'Ascenzo]] e un genitore, la sig.ra [[P:Marina Ferri]] (mamma di [[P:Lorenzo]] della 2B). Per le comunicazioni scrivete a [[E:annalisa.dimarzio@example.org]]",
            ),
            (
                "a",
                "Perfetto. Proponiamo {{D:giovedì 16 ottobre}}, arrivo alle {{TM:19:00}}, conferenza nella cupola e osservazione. Il pullman può salire fino al parcheggio. Codice prenotazione {{R:SCU-25-113}}.",
            ),
            (
                "c",
                "Benissimo. Un'alunna, [[P:Precious Okonkwo]], ha una disabilità motoria: la cupola è accessibile? Il papà, sig. [[P:Emeka Okonkwo]], vorrebbe accompagnarla lui, il suo cellulare è [[T:389 226 1573]]. Abitano a [[L:Roseto degli Abruzzi]] e verrebbe con la sua auto.",
            ),
            (
                "a",
                "Sì, c'è una rampa e un montacarichi fino alla terrazza. Chiamerò io il sig. [[P:Okonkwo]]. Cordiali saluti, [[P:Paolo Santilli]], responsabile didattica",
            ),
        ],
    },
    # 17. A Dutch couple in a campervan join a night tour; blog and brother.
    {
        "business": "osservatorio",
        "platform": "instagram",
        "customer": "femke.vandijk",
        "lang": "en",
        "start": "2025-07-23T10:33:00",
        "messages": [
            (
                "c",
                "Hi! We are [[P:Femke]] and [[P:Joost]] from [[L:Utrecht]], travelling in our campervan through Abruzzo. Can we join a night visit this {{D:Friday}}? Is there parking for a camper?",
            ),
            (
                "a",
                "Hi [[P:Femke]] and [[P:Joost]]! Yes, Friday at {{TM:9:30 pm}}, the tour is in English too. There's a big parking area; you can also sleep up at {{W:Campo Imperatore}} but it gets very cold. {{$:€15}} per person.",
            ),
            (
                "c",
                "Great! Tonight we're at an agriturismo in [[L:Santo Stefano di Sessanio]]. Booking name [[P:Femke van Dijk]], phone [[T:+31 6 4127 7390]]. Our insta is [[H:@twolittlevans]] if you want to repost the photos 😄 and the blog is [[U:https://twolittlevans.example.nl/abruzzo]]",
            ),
            (
                "a",
                "Booked! Code {{R:OCS-0921}}. Check the forecast on {{W:www.meteoblue.com}} before driving up; if it's cloudy we reschedule for free.",
            ),
            (
                "c",
                "Thanks! Oh, my brother [[P:Sander]] might join us, he's flying into {{W:Pescara airport}} on Friday afternoon. Is that ok?",
            ),
            (
                "a",
                "Of course, just tell [[P:Sander]] to bring a warm jacket! See you Friday, [[P:Paolo]]",
            ),
        ],
    },
    # 18. An astrophotographer living in Rome proposes a collaboration; portfolio and handles.
    {
        "business": "osservatorio",
        "platform": "instagram",
        "customer": "rahul.skies",
        "lang": "it",
        "start": "2025-06-10T22:05:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Rahul Menon]], astrofotografo, vivo a [[L:Roma]] da 6 anni. Mi piacerebbe fotografare la {{W:Via Lattea}} dal vostro prato. Il mio portfolio: [[U:rahulmenon-astro.example.com]] e su flickr [[U:flickr.com/photos/rmenon_skies]]",
            ),
            (
                "a",
                "Ciao [[P:Rahul]]! Foto stupende 😍 Possiamo darti accesso al prato dopo le visite, dalle {{TM:23:30}}. In cambio ci piacerebbe pubblicare qualche foto col tuo nome.",
            ),
            (
                "c",
                "Affare fatto! Taggatemi come [[H:@rahul.skies]]. Porto anche un amico, [[P:Giuliano Ferrante]] ([[H:@giuli_deepsky]] su IG, canale [[U:youtube.com/@giulianoferrante_timelapse]]), lui fa timelapse.",
            ),
            (
                "a",
                "Perfetto. Le notti migliori sono intorno al novilunio, {{D:25 giugno}} o {{D:24 luglio}}. Ti scrivo anche in mail se mi lasci l'indirizzo.",
            ),
            (
                "c",
                "[[E:rahul.menon(at)example.com]]. btw my mum [[P:Lakshmi]] is visiting from [[L:Kochi]] that week, can she come too? she's 70, is the path ok?",
                "en",
            ),
            (
                "a",
                "Certo, con la macchina si arriva fino alla cupola, e la mamma può guardare da dentro al caldo. A presto! [[P:Chiara]]",
            ),
        ],
    },
    # 19. A man plans to propose to his girlfriend Marina during the visit.
    {
        "business": "osservatorio",
        "platform": "telegram",
        "customer": "Tommy DN",
        "lang": "it",
        "start": "2025-06-30T21:18:00",
        "messages": [
            (
                "c",
                "ciao, domanda strana: vorrei chiedere alla mia ragazza di sposarmi durante la visita 💍 si può fare? lei si chiama [[P:Marina]] e ama l'astronomia",
            ),
            (
                "a",
                "Che bello!! Certo 😍 Possiamo puntare il telescopio su una {{W:stella}} e farle trovare una sorpresa. Quando venite?",
            ),
            (
                "c",
                "{{D:venerdì 11 luglio}}. veniamo da [[L:Ortona]], prima ceniamo al ristorante sulla {{W:Marina}}. io sono [[P:Tommaso Di Nardo]], cell [[T:+39 333 7120 594]]. non scrivete niente a lei eh, il suo numero è [[T:3409927781]] ma solo in emergenza",
            ),
            (
                "a",
                "Segreto assoluto 🤫 Proposta: mentre osserviamo {{W:Vega}} la nostra guida [[P:Chiara]] dice 'e ora guardate questa {{W:stella}} speciale' e tu tiri fuori l'anello. Viene qualcun altro?",
            ),
            (
                "c",
                "vengono di nascosto sua sorella [[P:Viola]] e il mio migliore amico [[P:Ettore]] con la macchina fotografica. la sorella su insta è [[H:@viola.ciccone_]] così vi tagga",
            ),
            (
                "a",
                "Perfetto, 4 posti prenotati, codice {{R:OCS-1107}}. Incrociamo le dita per il cielo {{W:sereno}}! ✨",
            ),
            (
                "c",
                "HA DETTO SI!!!! grazie a tutti, soprattutto a [[P:chiara]] e a [[P:Paolo]] 🥹🥹",
            ),
        ],
    },
    # 20. Rain on San Lorenzo night: refund, card number pasted in chat, then IBAN.
    {
        "business": "osservatorio",
        "platform": "whatsapp",
        "customer": "Loredana",
        "lang": "it",
        "start": "2025-08-08T17:40:00",
        "messages": [
            (
                "c",
                "salve avevamo prenotato per la {{D:notte di San Lorenzo}} ({{D:10 agosto}}) 5 persone, codice {{R:OCS-1288}}, ma danno pioggia. che si fa?",
            ),
            (
                "a",
                "Salve! Purtroppo il meteo dà coperto tutta la notte. Possiamo spostarvi al {{D:12 agosto}} (picco delle {{W:Perseidi}}) oppure rimborsare. Cosa preferite?",
            ),
            (
                "c",
                "rimborso purtroppo il 12 mio marito [[P:Bruno]] lavora. avevo pagato con carta, la [[C:4532 7718 0926 1139]] intestata a [[P:Loredana Ciccarelli]]",
            ),
            (
                "a",
                "Signora, non ci scriva il numero completo della carta 🙈 il rimborso torna in automatico sulla carta usata, in 5-7 giorni. Il totale è {{$:55 €}}.",
            ),
            (
                "c",
                "ah ok scusate. però a sto punto preferisco bonifico perché quella carta l'ho bloccata. IBAN [[I:IT11 B083 2740 5200 0000 0031 562]], [[P:Ciccarelli Loredana]], [[A:via Aldo Moro 16]] [[L:Sulmona]]",
            ),
            (
                "a",
                "Fatto, bonifico disposto. Le previsioni le aggiorniamo su {{W:www.osservatoriocampostella.example.it/meteo}}. Speriamo di vedervi a {{D:settembre}}! Un saluto anche a [[P:Bruno]] e ai ragazzi. [[P:Paolo]]",
            ),
        ],
    },
    # 21. A German amateur astronomer on holiday wants to bring his own telescope and a friend.
    {
        "business": "osservatorio",
        "platform": "messenger",
        "customer": "Klaus-Dieter Hoffmann",
        "lang": "en",
        "start": "2025-08-27T06:50:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Klaus-Dieter Hoffmann]] from [[L:Freiburg]], amateur astronomer. In {{D:September}} I am on holiday in [[L:Scanno]] with my wife [[P:Ulrike]]. Is it allowed to bring my own telescope ({{PD:Celestron C8}}) to your site? My pictures are on my homepage [[U:http://www.kd-hoffmann-sternwarte.example.de]]",
            ),
            (
                "a",
                "Dear Mr [[P:Hoffmann]], yes, amateurs are welcome on the lower terrace. There is a {{$:€10}} fee and power sockets are available. Please register with name and e-mail.",
            ),
            (
                "c",
                "Thank you. Email: [[E:kd.hoffmann@example.de]]. Address for the invoice: [[A:Schwarzwaldstraße 112]], [[A:79117]] [[L:Freiburg im Breisgau]], Germany. My phone [[T:+49 1523 7714092]]. I will transfer from my account [[I:DE54 7015 0000 1004 8293 75]].",
            ),
            (
                "a",
                "Registered for {{D:19 September}}, code {{R:OCS-AMA-044}}. You can pay the fee on site or by transfer. Our technician [[P:Mirko]] will help you with the power. Note: the site is at 1,600 m, bring dew heaters!",
            ),
            (
                "c",
                "Very good. My friend [[P:Jürgen Weiß]] also wants to come, he has a {{PD:Sky-Watcher Dobson}}. His email is [[E:juergen.weiss at example dot de]]",
            ),
            ("a", "No problem, 2 places reserved. Tschüss! [[P:Chiara]]"),
        ],
    },
    # 22. A South African deckhand doing dock walks in Antibes applies; reference bosun.
    {
        "business": "crew",
        "platform": "whatsapp",
        "customer": "Thandi M",
        "lang": "en",
        "start": "2025-03-28T07:22:00",
        "messages": [
            (
                "c",
                "Hi Bluewake team, my name is [[P:Thandiwe Mokoena]], 26, deckhand with 2 seasons in the Med. I'm currently in [[L:Antibes]] doing dock walks. My CV: [[U:https://thandiwe-crew.example.com/cv]] and my crew profile [[U:crewprofiles.example.org/thandiwe-mokoena]]",
            ),
            (
                "a",
                "Hi [[P:Thandiwe]], thanks! Nice CV. Do you have {{W:STCW Basic Safety}} and a valid ENG1? And what's your nationality, for Schengen?",
            ),
            (
                "c",
                "Yes STCW done in {{W:Cape Town}} 2023, cert no {{R:STCW-ZA-0451872}}, ENG1 valid till {{D:March 2027}} (doctor from the list on {{W:gov.uk}}). South African passport, Schengen visa till {{D:October}}. Home address [[A:17 Kloof Nek Road, Tamboerskloof]], [[L:Cape Town]] [[A:8001]]",
            ),
            (
                "a",
                "Great. We have a 45m M/Y looking for a deckhand from {{D:15 May}}, based in {{W:Port Hercule}}, Monaco. Salary {{$:€3,000}}/month. Can you do a call tomorrow at {{TM:10:00}} CET?",
            ),
            (
                "c",
                "Yes!! my number is [[T:+27 82 555 0193]] (whatsapp) and french sim [[T:+33 6 12 55 89 04]]. my reference is the bosun [[P:Craig Pietersen]], [[E:craig.pietersen@example.com]], we did the {{W:Monaco Yacht Show}} together",
            ),
            (
                "a",
                "Perfect. Call tomorrow with our crew manager [[P:Henrik Lund]]. Good luck [[P:Thandi]]!",
            ),
        ],
    },
    # 23. A Filipino chef living in Nice with his sister; wife back home.
    {
        "business": "crew",
        "platform": "messenger",
        "customer": "Jomar Dela Cruz",
        "lang": "en",
        "start": "2025-02-14T12:03:00",
        "messages": [
            (
                "c",
                "Good day ma'am/sir. I am [[P:Jomar Dela Cruz]], chef de partie, 8 years experience cruise ships and 2 years private yacht. I attach my profile [[U:facebook.com/jomar.delacruz.chef]]. I am now living in [[L:Nice]] with my sister [[P:Mary Grace]].",
            ),
            (
                "a",
                "Hello [[P:Jomar]], thank you for your message. We're looking for a {{W:sole}} chef for a 38m sailing yacht, Greek islands itinerary. Do you have food hygiene level 2 and a valid seaman's book?",
            ),
            (
                "c",
                "Yes ma'am. Level 3 food safety and seaman book from the Philippines. My address in Nice is [[A:23 avenue Borriglione, 2e étage]], [[A:06100]] [[L:Nice]]. Phone [[T:+33 7 58 41 22 09]] and in the Philippines my wife [[P:Rowena]] is on [[T:+63 917 555 2841]]",
            ),
            (
                "a",
                "Thank you. The owner's family is vegetarian, please send some sample menus and photos. The captain is [[P:Andreas Kyriakou]], he will do a trial day in the {{W:Saint-Laurent-du-Var}} {{W:marina}}.",
            ),
            (
                "c",
                "Noted ma'am, I will send by email. my email is [[E:jomar.dc.chef@example.com]]. My former chef [[P:Luigi Bassani]] can give reference also. God bless 🙏",
            ),
            (
                "a",
                "God bless you too. [[P:Giulia]] will reply about the trial date. Kind regards, [[P:Henrik]]",
            ),
        ],
    },
    # 24. A captain needs a new chief stew for M/Y Grace, whose stew Grace is leaving.
    {
        "business": "crew",
        "platform": "telegram",
        "customer": "Capt. Stuart McAllister",
        "lang": "en",
        "start": "2025-04-07T06:15:00",
        "messages": [
            (
                "c",
                "Morning [[P:Giulia]]. Captain [[P:Stuart McAllister]] here, M/Y {{W:Grace}}, 52m. Our chief stew [[P:Grace Owusu]] is leaving end of {{D:April}} (pregnant, happy news!). Need a replacement, experienced, silver service, 2nd language French would be great.",
            ),
            (
                "a",
                "Morning Captain! Congratulations to [[P:Grace]]. I have two candidates: [[P:Elodie Marchetti]] (French-Italian, 6 yrs) and [[P:Natalia Kowalczyk]] (Polish, 4 yrs, speaks French). I'll send both CVs. [[P:Elodie]]'s is also online: [[U:https://elodiemarchetti.example.fr/cv.pdf]]",
            ),
            (
                "c",
                "Send them to [[E:captain.mcallister@example.net]]. Guests arrive {{D:10 May}} in {{W:Porto Cervo}}. My number [[T:+377 6 40 55 21 87]].",
            ),
            (
                "a",
                "Sent. [[P:Elodie]] lives in [[L:Menton]] and can come aboard for a trial this week; [[P:Natalia]] is home in [[L:Gdańsk]] until {{D:28 April}}.",
            ),
            (
                "c",
                "Let's see [[P:Elodie]] Thursday. The boat is at {{W:Quai des Milliardaires}}, berth {{R:Q-14}}. Ask for the first officer [[P:Rob]].",
            ),
            (
                "a",
                "Done. [[P:Elodie]] will be there at {{TM:0900}}. Her mobile is [[T:+33 6 71 20 48 35]] in case. Best, [[P:Giulia Ferrero]]",
            ),
        ],
    },
    # 25. An Italian stewardess from L'Aquila cancels a training course; refund with IBAN and CF.
    {
        "business": "crew",
        "platform": "whatsapp",
        "customer": "Noemi",
        "lang": "it",
        "start": "2025-04-15T15:30:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Giulia]], sono [[P:Noemi]] di [[L:L'Aquila]], ci siamo sentite per il corso {{PD:Yacht Interior Basic}}. Mi hanno presa su un catamarano a [[L:Palma]] e non posso più frequentare 😭",
            ),
            (
                "a",
                "Ciao [[P:Noemi]]! Ma è una bellissima notizia, complimenti! 🎉 Ti rimborsiamo l'acconto di {{$:250 €}}. Mi servono IBAN, intestatario e codice fiscale per la ricevuta.",
            ),
            (
                "c",
                "IBAN [[I:IT97 S020 0804 6140 0010 4587 221]] intestato a [[P:Liberatore Noemi]], CF [[CF:LBRNMO95A55A345X]]. residenza [[A:via Strinella 88]], [[A:67100]] [[L:L'Aquila]]",
            ),
            (
                "a",
                "Ricevuto. Il rimborso parte {{D:lunedì}}. Chi è il capitano del catamarano? Magari lo conosciamo 😄",
            ),
            (
                "c",
                "[[P:Jordi Ferrer Vidal]], spagnolo, simpaticissimo. e la barca si chiama {{W:Serena}} 😂 come mia cugina [[P:Serena]] che mi ha convinta a fare questo lavoro",
            ),
            (
                "a",
                "Ahah destino! Se ti serve qualcosa a [[L:Palma]] c'è una nostra ex candidata, [[P:Alba Ruggieri]], ti giro il suo numero: [[T:+34 612 48 93 07]]. Buon vento! [[P:Giulia]]",
            ),
        ],
    },
    # 26. A Ukrainian second engineer writes in simple English; wife is a chef.
    {
        "business": "crew",
        "platform": "telegram",
        "customer": "Sasha H",
        "lang": "en",
        "start": "2025-05-06T18:44:00",
        "messages": [
            (
                "c",
                "Hello. I am [[P:Oleksandr Hnatyuk]], 2nd engineer, Y3 certificate. I search job on motor yacht 40-60m. I live now in [[L:Odesa]] but I can come to Europe fast. my telegram is [[H:@sasha_hnatyuk]] and linkedin [[U:linkedin.com/in/oleksandr-hnatyuk-marine]]",
            ),
            (
                "a",
                "Hi [[P:Oleksandr]], thank you. Do you have sea time on MTU or CAT engines? And can you travel to Italy/France without a visa?",
            ),
            (
                "c",
                "Yes 4 years MTU on M/Y with captain [[P:Dmytro Savchenko]], and 1 year CAT. I have biometric passport, no visa needed. reference: chief engineer [[P:Ian Doyle]] [[T:+44 7700 900 725]], he is now in [[L:Southampton]]",
            ),
            (
                "a",
                "Great. One client in {{W:Sanremo}} needs a 2nd engineer from {{D:June}}, rotation 2:1. Can you upload passport scan and Y3 through our form at {{W:bluewake.example.com/apply}}?",
            ),
            (
                "c",
                "Ok I send today. also my wife [[P:Iryna]] is chef, maybe you have job for couple? her email [[E:iryna.hnatyuk@example.com]] and her telegram [[U:t.me/iryna_cooks_odesa]]",
            ),
            ("a", "Couple positions exist! I'll ask [[P:Henrik]]. Speak soon, [[P:Sasha]]"),
        ],
    },
    # 27. A deckhand from Kerala sends his details in formal Indian English.
    {
        "business": "crew",
        "platform": "whatsapp",
        "customer": "Anand K Nair",
        "lang": "en",
        "start": "2025-01-30T04:55:00",
        "messages": [
            (
                "c",
                "Respected sir/madam, I am [[P:Anand Krishnan Nair]] from [[L:Kerala]], working as deckhand / tender driver. Presently on leave at my native place. Kindly find my details below.",
            ),
            (
                "a",
                "Hello [[P:Anand]], thanks for reaching out. Please send your address, phone and email.",
            ),
            (
                "c",
                "Address: [[A:Kuttikattu House, Door No. 41/2187, Pachalam]], [[L:Kochi]] - [[A:682012]]. Phone [[T:+91 98470 55123]]. Email [[E:anand.k.nair [at] example [dot] in]]. Profile: [[U:www.crewnetwork.example.com/profile/anand-nair-2187]]. Father name [[P:Krishnan Nair]], mother [[P:Sreedevi]].",
            ),
            ("a", "Thank you. Do you have a {{W:PWC licence}} and {{W:RYA Powerboat Level 2}}?"),
            (
                "c",
                "RYA PB2 yes sir, done in {{W:Dubai}} 2024. My friend [[P:Vishnu Prasad]] is also placed by you on M/Y {{W:Aurora}}, he recommended your good agency.",
            ),
            (
                "a",
                "Ah [[P:Vishnu]]! Great guy. We'll put you in our database and call you for the autumn season. Regards, [[P:Henrik]]",
            ),
        ],
    },
    # 28. A British-Nigerian stewardess from Peckham; link in bio, mum's TikTok.
    {
        "business": "crew",
        "platform": "instagram",
        "customer": "ada.on.deck",
        "lang": "en",
        "start": "2025-03-11T21:37:00",
        "messages": [
            (
                "c",
                "Hey! Saw your post about the stew job 🙌 I'm [[P:Adaeze Nwosu]], Nigerian-British, based in [[L:London]] ([[L:Peckham]] lol). My IG is [[H:@ada.on.deck]] and everything is on my link in bio [[U:linktr.ee/adaondeck]]",
            ),
            (
                "a",
                "Hi [[P:Ada]]! The job is on a 60m charter yacht, start {{D:1 June}}. How much experience do you have?",
            ),
            (
                "c",
                "2 seasons on S/Y, worked under chief stew [[P:Hannah Brooks]] who said you're the best agency 🥰 my number [[T:+44 (0)7700 900 861]]. address [[A:Flat 3, 56 Choumert Road]], [[L:London]] [[A:SE15 4AX]]",
            ),
            (
                "a",
                "Aww say hi to [[P:Hannah]]! Send your CV and a headshot here and we'll book a call. Our office is at [[A:Corso Imperatrice 41]], {{W:Sanremo}}, if you're ever around.",
            ),
            (
                "c",
                "Will do! my mum [[P:Ngozi]] says hi too, she's obsessed with Italy 😂 her cooking page is [[U:tiktok.com/@mamangozicooks]]",
            ),
            ("a", "Haha hi to [[P:Ngozi]]! Talk soon ✨ [[P:Giulia]]"),
        ],
    },
    # 29. A birthday surprise shipped to Munich; the customer pastes her card number.
    {
        "business": "gelato",
        "platform": "instagram",
        "customer": "aylin.yldz",
        "lang": "en",
        "start": "2025-06-05T19:20:00",
        "messages": [
            (
                "c",
                "Hi! Do you ship to Germany? I want to surprise my boyfriend [[P:Lukas]] for his birthday with your {{PD:pistachio gelato}} and a {{PD:cannoli kit}}",
            ),
            (
                "a",
                "Hi! Yes, we ship all over Europe in dry-ice boxes, 24-48h. 6 tubs {{$:€ 58}} + shipping {{$:€ 29}} to Germany. Where should we send it?",
            ),
            (
                "c",
                "[[P:Lukas Berger]], [[A:Hohenzollernstraße 48, 3. OG]], [[A:80801]] [[L:München]]. my name is [[P:Aylin Yıldız]], my number [[T:+49 176 3380 2519]]. can I pay with card here? [[C:5425 3310 8846 2713]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll send you a secure payment link. Your order number is {{O:SC-24871}}.",
            ),
            (
                "c",
                "oops sorry 🙈 ok. can you deliver on {{D:Saturday}}? he works from home only on saturdays. also write on the card: 'Alles Gute, [[P:Luki]]! ❤️ [[P:Aylin]]'",
            ),
            (
                "a",
                "Shipped! Tracking {{TR:1Z84F29E6811743025}} on {{W:www.ups.com/track}}, delivery {{D:Saturday 14 June}}. Enjoy! [[P:Agata]]",
            ),
        ],
    },
    # 30. A granddaughter sends cassata and gelato to her grandmother Rosa in Milan.
    {
        "business": "gelato",
        "platform": "whatsapp",
        "customer": "Giorgia P.",
        "lang": "it",
        "start": "2025-05-05T10:10:00",
        "messages": [
            (
                "c",
                "ciao, volevo mandare a mia nonna [[P:Rosa]] a [[L:Milano]] una cassata e 4 vaschette per la festa della mamma. lei è di [[L:Acireale]] e le manca tantissimo il vostro gelato 🥹",
            ),
            (
                "a",
                "Che pensiero dolcissimo! Per {{D:domenica 11 maggio}} consegniamo venerdì o sabato. Che gusti?",
            ),
            (
                "c",
                "pistacchio, {{PD:mandorla tostata}}, gelso nero e... c'è ancora il gusto {{PD:Rosa canina}}? la nonna si chiama [[P:Rosa]], ci fa ridere",
            ),
            (
                "a",
                "La {{PD:Rosa canina}} è finita, c'è il {{PD:fiordilatte alla zagara}} che è buonissimo. Indirizzo di consegna?",
            ),
            (
                "c",
                "[[P:Rosa Lo Giudice]], [[A:viale Monza 291, scala B, int. 17]], [[A:20126]] [[L:Milano]], citofono [[P:Pappalardo]] (il cognome del nonno [[P:Turi]]). io sono [[P:Giorgia Pappalardo]], [[T:3207749126]]",
            ),
            (
                "a",
                "Tutto segnato, ordine {{O:SC-25102}}, totale {{$:€ 74,50}}. Consegna {{D:sabato 10}} mattina con {{B:BRT}}, segnacollo {{TR:0508 3612 9947 21}} (lo seguite su {{W:www.brt.it}}). [[P:Nino]]",
            ),
            (
                "c",
                "grazieee! ps se nonna non apre c'è la vicina [[P:Gioia]], fidatissima, al [[A:piano terra int. 2]]",
            ),
        ],
    },
    # 31. A melted delivery in Paris; full refund to a French IBAN and a free box for dad.
    {
        "business": "gelato",
        "platform": "messenger",
        "customer": "Camille Rousseau-Benali",
        "lang": "en",
        "start": "2025-07-16T15:02:00",
        "messages": [
            (
                "c",
                "Hello, I received today my order {{O:SC-24990}} in [[L:Paris]] and everything was melted 😡 the dry ice was gone. Photos attached.",
            ),
            (
                "a",
                "We're so sorry! The courier held the parcel in the {{W:Lyon}} hub for two days, tracking {{TR:JJD0001470295631}}. We will refund you in full. Can you confirm your name and IBAN?",
            ),
            (
                "c",
                "[[P:Camille Rousseau-Benali]], IBAN [[I:FR59 2004 1010 0505 1284 6K02 294]]. Address [[A:18 rue des Trois-Frères]], [[A:75018]] [[L:Paris]]. I'm very disappointed because it was for my dad [[P:Karim]]'s 60th",
            ),
            (
                "a",
                "Completely understandable. Refund of {{$:€ 91}} sent today. We'd love to ship a new box for free next week, directly to your dad if you like?",
            ),
            (
                "c",
                "That's kind. Send it to [[P:Karim Benali]], [[A:7 allée des Tilleuls]], [[A:92160]] [[L:Antony]]. his phone [[T:+33 6 48 22 71 93]]. and please use express this time!!",
            ),
            (
                "a",
                "Done, order {{O:SC-25033}}, express on {{D:Tuesday}}. Again, our apologies. [[P:Agata]]",
            ),
        ],
    },
    # 32. A wedding caterer near Bologna (sole trader) asks for the trade price list.
    {
        "business": "gelato",
        "platform": "telegram",
        "customer": "Federico Z.",
        "lang": "it",
        "start": "2025-03-03T11:45:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Federico Zambelli]], faccio catering per matrimoni in provincia di Bologna (ditta individuale). Vorrei provare il vostro pistacchio in vaschette da 3 kg.",
            ),
            (
                "a",
                "Buongiorno! Per i professionisti abbiamo il listino B2B: vaschetta 3 kg pistacchio {{$:€ 68}}, minimo 6 pezzi. Ci servono i dati per la fattura.",
            ),
            (
                "c",
                "ditta [[P:Zambelli Federico]] ({{B:Zambelli Catering}}), P.IVA [[V:03729150379]], [[A:via del Lavoro 14/2]], [[A:40057]] [[L:Granarolo dell'Emilia]]. mail: [[E:federico AT zambellicatering.example.it]]",
            ),
            (
                "a",
                "Perfetto. Consegna con corriere refrigerato il {{D:mercoledì}}. Per il primo ordine sconto del 10%. Codice cliente {{R:B2B-0177}}.",
            ),
            (
                "c",
                "Ottimo. Per la consegna chiamate il mio socio [[P:Ahmed Ben Salah]] al [[T:+39 366 504 8831]], è in magazzino dalle {{TM:7}} alle {{TM:15}}.",
            ),
            ("a", "Segnato. Grazie sig. [[P:Zambelli]], a presto. [[P:Agata Sciacca]]"),
        ],
    },
    # 33. A food influencer from Turin asks for a collaboration; media kit, boyfriend editor.
    {
        "business": "gelato",
        "platform": "instagram",
        "customer": "martyfoodtravels",
        "lang": "it",
        "start": "2025-08-19T13:13:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Martina]] di [[H:@martyfoodtravels]] (98k follower) 🍦 vorrei fare una collab: voi mi mandate il gelato a [[L:Torino]] e io faccio reel + stories",
            ),
            ("a", "Ciao [[P:Martina]]! Grazie per averci pensato 😊 Ci mandi il media kit?"),
            (
                "c",
                "eccolo [[U:https://www.martyfoodtravels.example.com/mediakit.pdf]] 💫 i reel li monta il mio ragazzo [[P:Simone]] ([[H:@simo.edits]], portfolio [[U:linktr.ee/simo.edits]])",
            ),
            (
                "a",
                "Molto bello! Possiamo mandarti una box degustazione da 6 gusti. Ci servono indirizzo e numero.",
            ),
            (
                "c",
                "[[P:Martina Ghione]], [[A:via Nizza 150 bis]], [[A:10126]] [[L:Torino]], [[T:+39 345 210 9987]]. taggo {{B:@gelateriasciara}} giusto?",
            ),
            (
                "a",
                "Esatto, tagga {{B:@gelateriasciara}} e anche il nostro pasticcere [[H:@nino.pastrychef]] che ha inventato il gusto {{PD:Etna nera}}. Spedizione {{D:giovedì}}, ordine {{O:SC-COL-012}}, tracking {{TR:GLS 7E41 0092 113}}.",
            ),
        ],
    },
    # 34. A Sicilian mother (in dialect) ships mulberry gelato and cannoli to her son in Amsterdam.
    {
        "business": "gelato",
        "platform": "whatsapp",
        "customer": "Nunzia",
        "lang": "it",
        "start": "2025-10-06T08:30:00",
        "messages": [
            (
                "c",
                "bongiornu, me figghiu [[P:Salvo]] sta a [[L:Amsterdam]] pi travagghiu e ci vulissi mannari u gelatu di ceusi e i cannola. comu si fa?",
            ),
            (
                "a",
                "Buongiorno signora! Spediamo anche in Olanda 😊 Gelso nero e kit cannoli {{$:€ 45}} + spedizione {{$:€ 32}}. Mi dà l'indirizzo del figlio?",
            ),
            (
                "c",
                "aspittassi ca ciù spiu. eccu: [[A:Tweede Jan Steenstraat 87-II]], [[A:1073 VN]] [[L:Amsterdam]]. u nummaru è [[T:+31 6 1834 5520]]",
            ),
            ("a", "Perfetto. Il nome completo per il corriere?"),
            (
                "c",
                "[[P:Salvatore Musumeci]]. e iu sugnu [[P:Nunzia Patanè]], pagu cu bonifico. mittissi puru u nomu da zita, [[P:Anouk de Boer]], ca idda è sempri a casa",
            ),
            (
                "a",
                "Fatto signora [[P:Nunzia]]! IBAN per il bonifico: [[I:IT13 P031 1116 9000 0000 0052 190]], causale {{O:SC-25219}}. Spediamo {{D:lunedì}}. [[P:Nino]]",
            ),
            ("c", "grazzi assai, {{W:Sant'Agata}} vi benedica 🙏"),
        ],
    },
    # 35. A London office orders gelato for a colleague's leaving do; Hope the name and the word.
    {
        "business": "gelato",
        "platform": "messenger",
        "customer": "Oliver Ashworth-Reid",
        "lang": "en",
        "start": "2025-09-22T09:05:00",
        "messages": [
            ("c", "Hi there, I {{W:hope}} you still ship to the UK after Brexit? 😅"),
            (
                "a",
                "Hi! Yes, to the UK we ship with customs paid, 3-4 days, from {{$:£ 39}}. What would you like?",
            ),
            (
                "c",
                "Lovely. 4 tubs: {{PD:pistacchio di Bronte}}, almond, lemon and chocolate. It's for my colleague [[P:Hope Mensah]]'s leaving do. Deliver to the office please: [[A:Unit 4, 210 Old Street]], [[L:London]] [[A:EC1V 9BP]]",
            ),
            ("a", "Great choice. Name of the sender and a phone number?"),
            (
                "c",
                "[[P:Oliver Ashworth-Reid]], [[T:020 7946 0321]] (office) or [[T:07700 900 274]]. Could you write 'good luck [[P:Hope]], we'll miss you' on the card?",
            ),
            (
                "a",
                "Of course! Order {{O:SC-25300}}, tracking {{TR:JD014600011283925571}} with {{B:DHL}}. Fingers crossed for a sunny day 🌞 [[P:Agata]]",
            ),
            ("c", "we'll {{W:hope}} so, it's London 😂"),
        ],
    },
    # 36. A mother in London books lessons for Bianca and Leone; English dad; UK bank.
    {
        "business": "tutoring",
        "platform": "whatsapp",
        "customer": "Chiara Bellandi",
        "lang": "it",
        "start": "2025-09-01T16:25:00",
        "messages": [
            (
                "c",
                "Ciao! Mi chiamo [[P:Chiara Bellandi]], viviamo a [[L:Londra]] ([[L:Clapham]]) e i miei figli [[P:Bianca]] (8) e [[P:Leone]] (11) parlano italiano ma non lo scrivono quasi per niente 😅",
            ),
            (
                "a",
                "Ciao [[P:Chiara]]! Succede spessissimo. Facciamo lezioni individuali da 45 minuti su {{B:Zoom}}, {{$:£ 28}} a lezione, o in coppia tra fratelli {{$:£ 40}}. Che orari preferite?",
            ),
            (
                "c",
                "dopo scuola, tipo 5pm UK. il papà [[P:Tom]] è inglese e non parla italiano, quindi a lui i messaggi in inglese 🙏 il suo numero [[T:+44 7700 900 532]], il mio [[T:+44 7700 900 118]]",
            ),
            (
                "a",
                "Perfetto. Proposta: [[P:Bianca]] il martedì alle {{TM:17:00}} con la maestra [[P:Ludovica]], [[P:Leone]] il giovedì alle {{TM:17:00}} con [[P:Davide]]. Va bene?",
            ),
            (
                "c",
                "top! forwarding to [[P:Tom]]: 'Hi love, lessons booked Tue and Thu at 5, teachers are [[P:Ludovica]] and [[P:Davide]], they'll pay from our joint account [[I:GB81 LOYD 3096 3441 7528 06]]'",
                "en",
            ),
            (
                "a",
                "Grazie! Ci lasci una mail per fatture e link delle lezioni, e l'indirizzo per la fattura?",
            ),
            (
                "c",
                "[[E:chiara.bellandi@example.co.uk]] (scrivo anche un blog sui bimbi bilingui, [[U:bilingualinclapham.example.co.uk]] 😊), [[A:42 Elms Road]], [[L:London]] [[A:SW4 9EU]]",
            ),
        ],
    },
    # 37. A father in Zurich enrols his daughter Stella for the Italian middle-school exam.
    {
        "business": "tutoring",
        "platform": "telegram",
        "customer": "Matteo Crippa",
        "lang": "it",
        "start": "2025-08-25T07:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Matteo Crippa]], viviamo a [[L:Zurigo]] da 5 anni. Mia figlia [[P:Stella]] (13 anni) deve preparare l'esame di terza media italiana da privatista.",
            ),
            (
                "a",
                "Buongiorno! Abbiamo un percorso apposito, 2 lezioni a settimana, {{$:CHF 240}} al mese. [[P:Stella]] sarà seguita dalla prof.ssa [[P:Francesca Zanetti]].",
            ),
            (
                "c",
                "Benissimo. Per la detrazione in Italia mi serve la ricevuta col mio codice fiscale: [[CF:CRPMTT81H19E507H]]. Indirizzo [[A:Hottingerstrasse 21]], [[A:8032]] [[L:Zürich]].",
            ),
            (
                "a",
                "Perfetto. Può pagare con bonifico anche dal conto svizzero: ci dica l'IBAN da cui paga, così riconosciamo il versamento.",
            ),
            (
                "c",
                "Il conto è di mia moglie: [[I:CH93 0076 2011 6238 5295 7]], [[P:Elif Crippa-Demir]]. lei è turca, se scrive in inglese è lei 🙂 la sua mail è [[E:elif.demir@example.ch]]",
            ),
            (
                "a",
                "Grazie! La prima lezione è {{D:lunedì 8 settembre}} alle {{TM:18:00}}. In bocca al lupo a [[P:Stella]]! [[P:Tiziana]]",
            ),
            (
                "c",
                "[[P:Stella]] dice che la sua amica [[P:Nour]] di [[L:Winterthur]] vuole venire anche lei 😄 vi faccio scrivere dalla mamma, [[P:Rania Haddad]]",
            ),
        ],
    },
    # 38. A family in Dubai Marina with connection problems; public IPs; payment from a UAE bank.
    {
        "business": "tutoring",
        "platform": "whatsapp",
        "customer": "Sara B. 🇦🇪",
        "lang": "en",
        "start": "2025-10-14T11:50:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Sara Benedetti]], mum of [[P:Edoardo]] ([[P:Edo]]). We're in [[L:Dubai Marina]] and the connection keeps dropping during the lessons with [[P:Davide]]",
            ),
            (
                "a",
                "Hi [[P:Sara]]! Sorry about that. Can you tell us your public IP? Our tech guy [[P:Omar]] will check if the calls are being throttled. You can find it on {{W:whatismyipaddress.com}}",
            ),
            (
                "c",
                "it says [[IP:94.200.113.58]] on the home wifi, on my husband's phone hotspot [[IP:5.195.74.212]]. we're with {{B:du}}, not {{B:Etisalat}}",
            ),
            (
                "a",
                "Thanks. Some UAE providers block VoIP; [[P:Omar]] suggests switching to our {{B:Google Meet}} room. [[P:Davide]] will send the new link by email.",
            ),
            (
                "c",
                "ok. email is [[E:sara.benedetti.dxb@example.com]]. our address for invoices: [[A:Marina Gate 2, Apt 3208]], [[L:Dubai Marina]], Dubai, UAE. phone [[T:+971 50 555 3821]]. my husband [[P:Riccardo]] will pay the term by transfer from [[I:AE18 0260 0010 1557 3829 104]]",
            ),
            (
                "a",
                "Got it, thank you! We'll try {{D:Thursday}} at {{TM:4:30 pm}} Dubai time. [[P:Tiziana]]",
            ),
            ("c", "👍 and [[P:Edo]] says ciao to maestro [[P:Davide]] 😄"),
        ],
    },
    # 39. A tutor (freelancer) updates her invoicing data and recommends an ex-colleague.
    {
        "business": "tutoring",
        "platform": "messenger",
        "customer": "Francesca Zanetti",
        "lang": "it",
        "start": "2025-09-03T20:15:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Tiziana]], sono [[P:Francesca]]. Ti mando i dati aggiornati per le mie fatture di {{D:settembre}}, ho cambiato casa 📦",
            ),
            ("a", "Ciao [[P:Fra]]! Dimmi pure 😊"),
            (
                "c",
                "[[P:Zanetti Francesca]], P.IVA [[V:15283700589]], C.F. [[CF:ZNTFNC86T48A794S]], nuovo indirizzo [[A:v. Ostiense 201, int. 9]], [[A:00154]] [[L:Roma]]. il mio sito con le recensioni è [[U:francescazanetti-prof.example.it]] se vuoi metterlo {{W:nella}} pagina dei docenti",
            ),
            (
                "a",
                "Aggiornato! Le lezioni con [[P:Stella Crippa]] partono {{D:lunedì}}. Il papà è molto preciso eh 😅",
            ),
            (
                "c",
                "ahah ok! un'altra cosa, ti ricordi di [[P:Ilaria Bonomi]]? mia ex collega, ora insegna a [[L:Parma]] e vorrebbe collaborare con voi. la sua mail è [[E:ilaria punto bonomi at example punto it]]",
            ),
            ("a", "Certo, dille pure che la contatto io. Grazie [[P:Fra]]! 🌟"),
            (
                "c",
                "ah e ieri sera la piattaforma mi ha bloccato l'accesso, dice 'accesso sospetto da [[IP:151.38.204.17]]'. sono io dalla casa nuova, me lo sblocchi?",
            ),
            (
                "a",
                "Fatto, ho messo il nuovo indirizzo tra quelli fidati. Se ti ricapita scrivi a [[P:Omar]]!",
            ),
        ],
    },
    # 40. A grandfather in Calabria (formal, not tech-savvy) wants to pay a lesson package as a gift.
    {
        "business": "tutoring",
        "platform": "whatsapp",
        "customer": "Fortunato Greco",
        "lang": "it",
        "start": "2025-11-03T09:00:00",
        "messages": [
            (
                "c",
                "Gentile direzione, sono [[P:Fortunato Greco]], nonno di [[P:Leone]] e [[P:Bianca Bellandi]] che seguite a [[L:Londra]]. Vorrei regalare ai nipoti il pacchetto di 20 lezioni. Come posso pagare? Distinti saluti, [[P:Fortunato Greco]], [[L:Reggio Calabria]]",
            ),
            (
                "a",
                "Gentile sig. [[P:Greco]], che bel regalo! Il pacchetto da 20 lezioni costa {{$:£ 520}} (circa {{$:€ 610}}). Può pagare con carta dal nostro sito {{W:www.pontidicarta.example.it/paga}} o con bonifico.",
            ),
            (
                "c",
                "Non sono pratico di internet. Mi dica se va bene così: carta [[C:4916 0385 2274 1193]] scadenza 11/26, intestata a mia moglie [[P:Immacolata Greco]]",
            ),
            (
                "a",
                "Sig. [[P:Greco]], per sicurezza non scriva i numeri della carta qui. La chiamiamo noi al telefono, ci lascia un numero?",
            ),
            (
                "c",
                "[[T:0965 33 41 82]] casa, cellulare [[T:338.75.90.112]]. chiedete pure di [[P:Imma]] se non rispondo io. Per la ricevuta: [[A:via Reggio Campi II tronco 47]], [[A:89126]] [[L:Reggio Calabria]]",
            ),
            ("a", "La chiamiamo domani alle {{TM:11:00}}. Cordiali saluti, [[P:Tiziana Orlandi]]"),
            ("c", "Grazie. Non dite niente a mia figlia [[P:Chiara]], è una sorpresa!"),
        ],
    },
    # 41. A British dad in Richmond; daughter Ivy, nicknamed Edera by her nonna in Puglia.
    {
        "business": "tutoring",
        "platform": "instagram",
        "customer": "markpemberton",
        "lang": "en",
        "start": "2025-10-01T18:05:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Mark Pemberton]], my wife [[P:Giovanna]] is from [[L:Bari]] and we live in [[L:Richmond]]. Our daughter [[P:Ivy]] (7) is starting to refuse Italian 😩",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Very common at that age. We use games and comics. The trial lesson is free; would {{D:Saturday}} at {{TM:10 am}} UK time work?",
            ),
            (
                "c",
                "Saturday is great. Fun fact, [[P:Ivy]]'s nonna calls her '[[P:Edera]]' (italian for {{W:ivy}}) 😄 Nonna [[P:Nella]] lives in [[L:Monopoli]] and would love to join a lesson from there one day",
            ),
            (
                "a",
                "That's adorable! Nonna can join by link from Italy. Please send us your email so we can send it.",
            ),
            (
                "c",
                "[[E:m.pemberton@example.co.uk]] - and our Instagram is [[H:@pembertons_in_richmond]] where [[P:Giovanna]] posts [[P:Ivy]]'s drawings 🎨 (the public one, [[U:instagram.com/pembertons_in_richmond]])",
            ),
            ("a", "Lovely! Her teacher will be [[P:Bianca Loreti]]. See you Saturday!"),
        ],
    },
    # 42. A mother in Dubai talks homework with the teacher; a classmate and his parents.
    {
        "business": "tutoring",
        "platform": "telegram",
        "customer": "Valentina",
        "lang": "it",
        "start": "2025-11-12T15:35:00",
        "messages": [
            (
                "c",
                "buonasera maestra [[P:Ludovica]], sono [[P:Valentina]], la mamma di [[P:Pietro]] ([[P:Pietrino]]). non ha capito i compiti sulle doppie 🙈",
            ),
            (
                "a",
                "Buonasera [[P:Valentina]]! Nessun problema, domani li rivediamo insieme. Gli ho dato la scheda di {{PD:Geronimo Stilton}}, magari lo aiuta a leggerla ad alta voce.",
            ),
            (
                "c",
                "si lui adora {{PD:Geronimo Stilton}}! poi ha chiesto se può fare lezione con il suo amico [[P:Aarav]] della {{W:Dubai British School}}, i genitori sono [[P:Priya]] e [[P:Rohan Mehta]], abitano vicino a noi a [[L:Jumeirah]]",
            ),
            (
                "a",
                "Ma certo, le lezioni in coppia si possono fare! Mi passi il contatto della mamma?",
            ),
            (
                "c",
                "[[T:+971 55 281 4470]] è [[P:Priya]], oppure direttamente [[U:wa.me/971552814470]]. scrive solo in inglese. la sua mail è [[E:priya.mehta at example dot ae]]",
            ),
            (
                "a",
                "Perfetto, le scrivo io. Buona serata e un abbraccio a [[P:Pietrino]]! [[P:Ludovica]]",
            ),
            (
                "c",
                "grazie maestra!! ah domani [[P:Pietro]] forse ha la febbre, vi scrivo alle {{TM:8}} ora di Dubai",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(49, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
