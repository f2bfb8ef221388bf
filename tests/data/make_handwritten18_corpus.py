# ruff: noqa: E501
"""Hand-written blind test corpus no. 18 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten18_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a tax-assistance office (CAF / patronato), a
butcher with home delivery, an Irish pub in Milan taking bookings, a wedding and party DJ, a
charity collecting donations, and a curtains and bed-linen shop doing home measurements.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten18_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten18_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "caf": "CAF Patronato Sant'Anna",
    "butcher": "Macelleria Ottavio Brunelli",
    "pub": "The Drunken Piper Pub Milano",
    "dj": "Lele Sound DJ & Party Service",
    "charity": "Fondazione Pane Condiviso ETS",
    "linen": "Casa Fiorita Tende e Biancheria",
}
PAGE_IDS: dict[str, str] = {
    "caf": "418800000000101",
    "butcher": "418800000000202",
    "pub": "418800000000303",
    "dj": "418800000000404",
    "charity": "418800000000505",
    "linen": "418800000000606",
}

CONVERSATIONS: list[Conversation] = [
    # 1. CAF: elderly Sardinian customer, pension and his wife's 730
    {
        "business": "caf",
        "platform": "whatsapp",
        "customer": "Efisio Porcu",
        "lang": "it",
        "start": "2026-03-02T08:41",
        "messages": [
            (
                "c",
                "Bongiorno. Sono [[P:Porcu Efisio]] di [[L:Sestu]], mi ha dato il numero mia cognata [[P:Bonaria]]. Devo fare il 730 mio e di mia moglie",
            ),
            (
                "a",
                "Buongiorno signor [[P:Porcu]]! Certo. Ci manda per favore i codici fiscali di tutti e due e il modello {{PD:CU 2026}} della pensione? Sono [[P:Valentina]] dell'ufficio di [[L:Monserrato]]",
            ),
            (
                "c",
                "il mio e [[CF:PGNRSO41E55B354B]] no scusi quello e di mia moglie [[P:Rosa]]. il mio lo cerco che ho la tessera in macchina",
            ),
            (
                "c",
                "[[CF:FRRGCM35B04C352X]] questo è il mio. ci mettiamo anche gli occhiali e le medicine della farmacia? ajò che sono tanti scontrini",
            ),
            (
                "a",
                "Sì, scontrini parlanti della farmacia e fattura dell'ottico vanno bene. Può portarli {{D:giovedì 5}} dalle {{TM:9:00}} alle {{TM:12:30}} in [[A:via Giovanni XXIII 18]]?",
            ),
            ("c", "giovedi no che ho il dottore [[P:Melis]]. venerdì"),
            ("a", "Va bene venerdì {{TM:10:15}}, appuntamento n. {{R:AP-2291}}. A presto!"),
            ("c", "grazie fillia mia"),
        ],
    },
    # 2. CAF: son handling his late father's paperwork
    {
        "business": "caf",
        "platform": "messenger",
        "customer": "Davide Pagano",
        "lang": "it",
        "start": "2026-03-04T18:22",
        "messages": [
            (
                "c",
                "Buonasera, vi scrivo perché a gennaio è mancato mio padre, [[P:Rosario Pagano]], e mi hanno detto che da voi si può fare la dichiarazione di successione e la pratica per la reversibilità di mia madre. Non so da dove cominciare sinceramente",
            ),
            (
                "a",
                "Buonasera [[P:Davide]], condoglianze sincere. Per iniziare ci servono: certificato di morte, codice fiscale del papà, estratto conto alla data del decesso e l'elenco degli eredi. Per la reversibilità serve anche la mamma presente con un documento.",
            ),
            (
                "c",
                "Il codice di papà è [[CF:MNCBNC92P47G273B]]... no aspetti quello è della carta di un'altra persona, scusate, ho mille fogli sul tavolo. Quello giusto è [[CF:DLCGNN63A21H501Z]]",
            ),
            (
                "c",
                "Conto corrente cointestato con mamma ([[P:Lucia Ferro]] in [[P:Pagano]]) presso Banca di Credito: [[I:IT73K0503401753000000052631]]. La pensione di reversibilità dovrebbe arrivare lì?",
            ),
            (
                "a",
                "Sì, se il conto resta intestato alla signora [[P:Ferro]] possiamo indicare quell'IBAN. Le fisso un appuntamento con la collega [[P:Dott.ssa Annalisa Gatto]] che segue le successioni: {{D:martedì 10 marzo}} alle {{TM:16:30}}?",
            ),
            (
                "c",
                "Perfetto. Porto anche il rogito della casa di [[A:via Roma 112, Ardea]], era intestata a lui e a mia zia [[P:Concetta]]",
            ),
            (
                "a",
                "Ottimo, porti tutto. Pratica aperta con n. {{R:SUC-2026-0147}}.\n[[P:A. Gatto]] – CAF Patronato Sant'Anna",
            ),
        ],
    },
    # 3. CAF: Chinese-Italian shop owner
    {
        "business": "caf",
        "platform": "whatsapp",
        "customer": "Wei 陈 Chen",
        "lang": "it",
        "start": "2026-03-09T11:05",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Chen Wei]] negozio di casalinghi in [[A:corso Vercelli 47]]. commercialista mio chiude ufficio, voi fate modello redditi per ditta?",
            ),
            (
                "a",
                "Buongiorno signor [[P:Chen]], sì facciamo Redditi PF per ditte individuali in forfettario. Ci manda la partita IVA?",
            ),
            (
                "c",
                "partita iva [[V:03124570155]]\ncodice fiscale [[CF:CHNWEI90R18F205N]]\nmoglie [[P:Lin Mei]] lavora con me come collaboratore familiare",
            ),
            (
                "c",
                "anche figlia [[P:Sofia]] studia università a [[L:Pavia]], affitto possiamo scaricare? contratto è 380 euro al mese",
            ),
            (
                "a",
                "Sì, il canone per studenti fuori sede si detrae fino a {{$:2.633 €}}. Ci servono contratto registrato e ricevute. Il costo della pratica è {{$:€ 180}} + IVA.",
            ),
            (
                "c",
                "ok. mio nipote [[P:Kevin]] porta documenti sabato, lui parla italiano meglio di me 😄",
            ),
            (
                "a",
                "Nessun problema! Sabato siamo aperti solo su appuntamento, gli scriva pure al [[T:02 8915 4420]]. [[P:Marco]]",
            ),
        ],
    },
    # 4. CAF: Canadian expat, English
    {
        "business": "caf",
        "platform": "messenger",
        "customer": "Megan Fortier",
        "lang": "en",
        "start": "2026-03-11T14:30",
        "messages": [
            (
                "c",
                "Hi there! Sorry my Italian is still pretty basic, eh. I moved from [[L:Halifax]] to [[L:Lecce]] last fall with my partner [[P:Julien]] and our landlord says we need to file something called a 730? We both work remotely for a Canadian company. Is that something you guys do?",
            ),
            (
                "a",
                "Hi [[P:Megan]], welcome to Italy! If you are tax resident here you probably need the Redditi PF form, not the 730, because your employer is abroad. We can check it with you. Do you both have a codice fiscale?",
            ),
            (
                "c",
                "Yes! Mine is [[CF:LRSSRN88H52L219I]] (it's weird, they spelled my name wrong at the Agenzia, it should be [[P:Fortier]] not [[P:Lorusso]]?? no idea how that happened lol). [[P:Julien]]'s is still pending.",
            ),
            (
                "a",
                "Ah, that code doesn't match your name at all, so it was probably issued to someone else: please bring the certificate they gave you and we'll check it at the Agenzia delle Entrate. Our colleague [[P:Gabriella Moore]] speaks English, she can see you on {{D:March 18}} at {{TM:3pm}}.",
            ),
            (
                "c",
                "Amazing, thank you so much!! Can she email me the list of documents? [[E:megan.fortier.ca@gmail.com]]",
            ),
            (
                "a",
                "Sure, she'll write from [[E:g.moore@cafsantanna.it]] today. Have a nice afternoon!\n– [[P:GM]]",
            ),
        ],
    },
    # 5. CAF: teenager, ISEE for university
    {
        "business": "caf",
        "platform": "instagram",
        "customer": "giuly",
        "lang": "it",
        "start": "2026-03-12T22:47",
        "messages": [
            (
                "c",
                "ciaoo scusate l ora ma x l isee universitario serve che viene anche mia madre?? lei lavora fino alle 7 🥲",
            ),
            ("c", "cmq sn [[P:giulia de santis]] su ig sn [[H:@giuly.dsantis_]]"),
            (
                "a",
                "Ciao [[P:Giulia]]! Puoi venire da sola se porti la delega firmata dalla mamma e la copia del suo documento. Ti serve la DSU con tutto il nucleo.",
            ),
            ("c", "ok ma la delega dove la trovo"),
            (
                "a",
                "La trovi qui: {{R:cafsantanna.it/moduli}} oppure la prendi in ufficio. Ciao! 🙂",
            ),
            ("c", "graziee sei un mito"),
        ],
    },
    # 6. CAF: pedantic customer with full signature block, pasted e-mail
    {
        "business": "caf",
        "platform": "messenger",
        "customer": "Ing. Ruggero Dell'Acqua",
        "lang": "it",
        "start": "2026-03-16T07:58",
        "messages": [
            (
                "c",
                "Spett.le CAF,\n\ncon la presente, facendo seguito alla telefonata intercorsa in data 13/03 u.s. con la Vs. operatrice Sig.ra [[P:Pierangela]], trasmetto in allegato (ovvero: fotografate) le ricevute delle spese mediche sostenute nell'anno 2025 per il sottoscritto e per la di me suocera, Sig.ra [[P:Marisa Caruso]] (C.F. [[CF:CRCMRA49T60D086J]]), fiscalmente a mio carico.\n\nVi prego di confermare ricezione.\n\nDistinti saluti\n\nIng. [[P:Ruggero Dell'Acqua]]\n[[A:Via Cesare Battisti 9/A]]\n[[L:Cologno Monzese]] (MI)\nTel. [[T:+39 02 2543 8870]] | Cell. [[T:347-558-1029]]\nPEC: [[E:ruggero.dellacqua@pec.ordineingmi.it]]",
            ),
            (
                "a",
                "Buongiorno Ingegnere, confermiamo la ricezione di 14 fotografie. Due scontrini sono illeggibili (quelli della farmacia {{B:Lloyds}}): può rifotografarli con più luce? Grazie. [[P:Pierangela R.]]",
            ),
            (
                "c",
                "Provvedo in giornata. Faccio notare tuttavia che la suocera NON è a carico al 100% ma al 50% con mio cognato, [[P:Sig. Lorenzo Caruso]], residente a [[L:Sesto San Giovanni]]. Vogliate tenerne conto.\n\nIng. [[P:R. Dell'Acqua]]",
            ),
            (
                "a",
                "Annotato, grazie. Serve anche il codice fiscale del signor [[P:Caruso]] per la ripartizione.",
            ),
            ("c", "[[CF:RSSFRT52L09H703L]]\nCordialità,\n[[P:RDA]]"),
        ],
    },
    # 7. Butcher: tradesman dictating with voice-to-text
    {
        "business": "butcher",
        "platform": "whatsapp",
        "customer": "Bruno Edilizia",
        "lang": "it",
        "start": "2026-03-03T06:12",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Bruno Fabbri]] quello del cantiere di [[L:Torre Boldone]] volevo ordinare per oggi a pranzo 12 panini con la porchetta e 3 chili di salsiccia per la griglia che venerdì facciamo la festa di fine lavori ok mi mandate tutto in [[A:via dei Partigiani 22]] che c'è il cancello verde chiedete di [[P:Giorgio]] il capocantiere",
            ),
            (
                "a",
                "Buongiorno [[P:Bruno]]! Panini porchetta pronti per le {{TM:12}}, la salsiccia per venerdì la prepariamo giovedì sera. Totale oggi {{$:42,00 €}}. Consegna [[P:Ottavio]] in persona 😉",
            ),
            (
                "c",
                "perfetto poi per venerdì aggiungi anche le costine marinate quelle buone tipo 4 chili e pancetta virgola e il conto lo fate alla ditta partita iva [[V:04598720581]] fabbri costruzioni punto",
            ),
            (
                "a",
                "Segnato: {{O:ordine 1187}}, fattura a Fabbri Costruzioni. Costine marinate 4 kg a {{$:13,90 €/kg}}.",
            ),
            ("c", "ok grazie ciao"),
        ],
    },
    # 8. Butcher: elderly lady writing a formal letter
    {
        "business": "butcher",
        "platform": "messenger",
        "customer": "Adelaide Bergamaschi",
        "lang": "it",
        "start": "2026-03-05T10:03",
        "messages": [
            (
                "c",
                "Gentile Signor [[P:Brunelli]],\nmi permetto di scriverLe tramite questo mezzo, che mio nipote [[P:Tommaso]] mi ha gentilmente installato, per ordinare come ogni anno la carne per il pranzo di Pasqua.\nDesidererei:\n- un cosciotto di agnello di circa 2 kg\n- 8 fette di vitello per le scaloppine\n- un etto e mezzo di {{PD:pancetta coppata}}\nLa prego di recapitare il tutto al solito indirizzo, [[A:via Tiraboschi 31, scala B, int. 5]], [[L:Bergamo]], sabato mattina. Il citofono riporta ancora il nome di mio marito, [[P:Bergamaschi Gino]].\nCon i più cordiali saluti,\n[[P:Adelaide Bergamaschi]]",
            ),
            (
                "a",
                "Gentilissima signora [[P:Bergamaschi]], ricevuto tutto. Consegniamo sabato {{D:4 aprile}} tra le {{TM:9}} e le {{TM:10:30}}. Buona Pasqua anche a Lei! [[P:Ottavio Brunelli]]",
            ),
            (
                "c",
                "La ringrazio. Pagherò in contanti al fattorino come sempre. Se potesse mandare il ragazzo biondo, [[P:Samuele]], che sale le scale con la borsa, Le sarei grata.",
            ),
            ("a", "Certo signora, mando [[P:Samuele]] 🙂"),
        ],
    },
    # 9. Butcher: angry customer in CAPS
    {
        "business": "butcher",
        "platform": "messenger",
        "customer": "Fortunato Russo",
        "lang": "it",
        "start": "2026-03-07T13:48",
        "messages": [
            (
                "c",
                "SONO LE 13:45 E LA CONSEGNA DOVEVA ARRIVARE ALLE 12!!!! HO GLI OSPITI A TAVOLA. ORDINE {{O:1203}}",
            ),
            ("c", "IL VOSTRO CORRIERE NON RISPONDE AL TELEFONO. VERGOGNA"),
            (
                "a",
                "Signor [[P:Russo]] mi scusi tantissimo, il furgone è rimasto fermo in tangenziale per un incidente. [[P:Samu]] è a [[L:Seriate]], è da Lei in 10 minuti. L'ordine glielo scontiamo del 20%.",
            ),
            (
                "c",
                "ABITO IN [[A:VIA PAPA GIOVANNI 4]] A [[L:PEDRENGO]] NON A [[L:SERIATE]]!!! AVETE SBAGLIATO INDIRIZZO UN'ALTRA VOLTA",
            ),
            (
                "a",
                "Ha ragione, sul gestionale era rimasto l'indirizzo vecchio. L'ho corretto ora. Il ragazzo l'ho chiamato io, arriva.",
            ),
            ("c", "arrivato. la carne comunque è buona. ma sistemate sti indirizzi"),
        ],
    },
    # 10. Butcher: Australian customer, Easter lamb, pastes a card number
    {
        "business": "butcher",
        "platform": "instagram",
        "customer": "Chloe Bannister",
        "lang": "en",
        "start": "2026-03-20T17:15",
        "messages": [
            (
                "c",
                "G'day! Saw your reel with the lamb shoulders, they look unreal 🤤 We're Aussies living in [[L:Alzano Lombardo]] and want a proper roast for Easter. Do you deliver out here?",
            ),
            (
                "a",
                "Ciao [[P:Chloe]]! Yes, we deliver to [[L:Alzano]] on Thursdays and Saturdays. A whole shoulder is about 1.8 kg, {{$:€ 32}}. Would you like it deboned?",
            ),
            (
                "c",
                "Bone in please, my husband [[P:Rich]] reckons it's sacrilege otherwise haha. Can I pay now? Here's my card [[C:4532 0151 1283 0366]] exp 09/28",
            ),
            (
                "a",
                "Oh please don't send card numbers in chat! 🙏 We'll bring the POS on delivery, you can pay contactless. Address?",
            ),
            (
                "c",
                "Oops sorry mate. [[A:Via Mazzini 7]], [[L:Nese]] (it's a frazione of [[L:Alzano]] apparently). Name on the buzzer is [[P:Bannister-Cook]].",
            ),
            ("a", "Perfect, Saturday {{D:4 April}} morning. Cheers! – [[P:Ottavio]]"),
        ],
    },
    # 11. Butcher: restaurant order with invoice data
    {
        "business": "butcher",
        "platform": "whatsapp",
        "customer": "Trattoria Da Gioia",
        "lang": "it",
        "start": "2026-03-24T09:30",
        "messages": [
            (
                "c",
                "Ciao [[P:Ottavio]], sono [[P:Gioia]] della trattoria. Per il weekend mi servono 6 kg di guanciale e 20 ossibuchi. Fattura come sempre ma abbiamo cambiato commercialista, i dati nuovi sono:\nTrattoria Da Gioia di [[P:Gioia Bello]]\nP.IVA [[V:07223450631]]\nSDI {{R:M5UXCR1}}\n[[A:Piazza Vecchia 3]], [[L:Bergamo Alta]]",
            ),
            (
                "a",
                "Ciao [[P:Gioia]]! Aggiornato. Guanciale ce l'ho, gli ossibuchi li taglio domani mattina. Consegna venerdì alle {{TM:8}}?",
            ),
            (
                "c",
                "Meglio {{TM:7:30}} che poi in piazza non si passa. Lascia pure a [[P:Mattia]] in cucina, il numero suo è [[T:340 118 7726]]",
            ),
            ("a", "Fatto. {{O:Ordine 1244}}, totale indicativo {{$:€ 318,50}}. 👍"),
            ("c", "👍"),
        ],
    },
    # 12. Pub: American group booking, Irish barman replying
    {
        "business": "pub",
        "platform": "messenger",
        "customer": "Bill Cook",
        "lang": "en",
        "start": "2026-03-13T15:02",
        "messages": [
            (
                "c",
                "Hey folks, [[P:Bill]] here. I'm in Milan with a group of 14 from our company (we're at a trade fair in [[L:Rho]]) and we'd love to watch the Six Nations game Saturday at your place. Can you hold a big table? My cell is [[T:+1 (617) 555-0142]], WhatsApp works too.",
            ),
            (
                "a",
                "Howya [[P:Bill]]! [[P:Ciarán]] here, I run the bar. Saturday's Ireland v Scotland so it'll be mental, but I can give ye the back room for 14 from {{TM:2pm}}. I just need a name and a deposit of {{$:€ 100}}.",
            ),
            (
                "c",
                "Awesome. Put it under [[P:William Cook]], and my colleague [[P:June Whitfield]] will pay the deposit, she has the company card.",
            ),
            (
                "a",
                "Grand. She can pay through the link I'll send to her email, what's her address?",
            ),
            ("c", "[[E:june dot whitfield at harborline-systems dot com]]"),
            (
                "a",
                "Sound, link sent. Booking {{R:DP-0314}}. First round of {{B:Guinness}} is on the house if Ireland win 🍀",
            ),
            ("c", "Deal!! 🍻"),
        ],
    },
    # 13. Pub: Italian birthday booking, lowercase names
    {
        "business": "pub",
        "platform": "instagram",
        "customer": "ale.ferrari93",
        "lang": "it",
        "start": "2026-03-18T19:40",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare per sabato 21 per il compleanno della mia ragazza, saremmo in 9. a nome [[P:alessandro ferrari]]",
            ),
            (
                "a",
                "Ciao [[P:Alessandro]]! Sabato alle {{TM:21}} abbiamo un tavolo da 10 vicino al palco, c'è musica live. Va bene?",
            ),
            ("c", "perfetto!! si può portare una torta? la fa la mamma di [[P:chiara]]"),
            (
                "a",
                "Certo, nessun costo per il servizio torta. Se vuoi ti prepariamo anche uno shot di {{B:Jameson}} per tutti a {{$:4€}} l'uno.",
            ),
            ("c", "top. ah dimenticavo, viene anche [[P:marco bianchi]] col cane, si può?"),
            ("a", "I cani sono i benvenuti 🐶 A sabato! – Staff Drunken Piper"),
        ],
    },
    # 14. Pub: tourist writing bad Italian, lost jacket
    {
        "business": "pub",
        "platform": "messenger",
        "customer": "Lars Hoffmann",
        "lang": "it",
        "start": "2026-03-22T10:11",
        "messages": [
            (
                "c",
                "Buongiorno, io ero in vostro pub ieri sera con amici, io ho dimenticato mia giacca blu, marca {{B:Fjällräven}}, con dentro una carta di hotel. Voi avete trovato??",
            ),
            (
                "a",
                "Buongiorno! Sì, abbiamo una giacca blu dietro il bancone. Come si chiama? Dentro c'è un biglietto da visita.",
            ),
            (
                "c",
                "Mio nome è [[P:Lars Hoffmann]], io sono di [[L:Hamburg]]. In giacca è biglietto con mio nome e numero [[T:+49 170 2285 193]]",
            ),
            (
                "a",
                "È la Sua 👍 Può passare oggi dalle {{TM:17}}, siamo in [[A:Ripa di Porta Ticinese 61]]. Chieda di [[P:Niamh]].",
            ),
            (
                "c",
                "Grazie mille, tu sei molto gentile! Io vengo alle 18 con mia moglie [[P:Hanne]].",
            ),
            (
                "c",
                "Sorry, also: we are leaving Milan tomorrow, is ok if my friend [[P:Tobias]] takes it if I don't arrive?",
                "en",
            ),
            ("a", "Sure, no problem, just tell him to mention your name. – [[P:N.]]", "en"),
        ],
    },
    # 15. Pub: job application from an English woman
    {
        "business": "pub",
        "platform": "messenger",
        "customer": "Hope Baker",
        "lang": "en",
        "start": "2026-03-25T12:20",
        "messages": [
            (
                "c",
                "Hiya, I saw on your story you're looking for bar staff? I've done 4 years at a pub in [[L:Leeds]] and I've just moved to Milan (living in [[L:Sesto San Giovanni]] with my boyfriend). My Italian is getting there lol. Can I send my CV?",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Yes please, send it to [[E:jobs@drunkenpiper.it]] and mention the evening shifts. [[P:Ciarán]] does the interviews on Mondays.",
            ),
            (
                "c",
                "Brilliant, sent from [[E:hopebaker.bar@outlook.com]]. My number if easier is [[T:07700 900 418]] (UK) or [[T:+39 351 442 0917]]",
            ),
            ("a", "Got it, thanks. Can you come in Monday {{D:30 March}} at {{TM:4pm}}?"),
            ("c", "Yes!! See you then 🙌"),
            (
                "a",
                "[[P:Hope]], quick one: bring your codice fiscale if you have it already, we need it for the contract. – [[P:C.]]",
            ),
            (
                "c",
                "I do! [[CF:BRNTTV58M12F205D]] – wait no that's my landlord's from the lease, ignore 🙈 I'll bring mine on Monday",
            ),
        ],
    },
    # 16. Pub: corporate dinner with invoice and PEC
    {
        "business": "pub",
        "platform": "messenger",
        "customer": "Serena Porta",
        "lang": "it",
        "start": "2026-03-27T09:45",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Serena Porta]], office manager di Lumiq Software. Vorremmo prenotare la sala privata per una cena aziendale il {{D:16 aprile}}, circa 30 persone, menù fisso. Avete una proposta?",
            ),
            (
                "a",
                "Buongiorno [[P:Serena]], per 30 persone proponiamo il menù Pub Night a {{$:€ 38}} a testa (fish & chips o burger, dolce, 2 birre). Sala riservata dalle {{TM:20:00}}.",
            ),
            (
                "c",
                "Va benissimo. Dati per fattura:\nLumiq Software S.r.l.\n[[A:Viale Monza 259]], 20126 [[L:Milano]]\nP.IVA [[V:01648390019]]\nPEC [[E:amministrazione@pec.lumiqsoftware.it]]\nRiferimento interno: {{R:PO-77814}}",
            ),
            (
                "a",
                "Perfetto, ricevuto. Per l'acconto del 30% ecco il nostro IBAN: [[I:IT90M0200805364000104412936]], intestato a Drunken Piper S.r.l.",
            ),
            (
                "c",
                "Bonifico fatto da parte del collega [[P:Jack D'Amico]], vi inoltro la contabile.",
            ),
            (
                "c",
                "Inoltrato:\n---\nDisposizione n. {{R:0092817263}} eseguita\nOrdinante: LUMIQ SOFTWARE SRL\nBeneficiario: DRUNKEN PIPER SRL\nIBAN beneficiario: [[I:IT90M0200805364000104412936]]\nImporto: {{$:EUR 342,00}}\nCausale: acconto cena 16/04 rif. {{R:PO-77814}}\nInserita da: [[P:DAMICO GIACOMO]]\n---",
            ),
            ("a", "Ricevuto, grazie! Confermato. [[P:Ciarán O'Donoghue]], Manager"),
        ],
    },
    # 17. Pub: Sicilian customer with dialect
    {
        "business": "pub",
        "platform": "whatsapp",
        "customer": "Turi",
        "lang": "it",
        "start": "2026-04-02T20:55",
        "messages": [
            (
                "c",
                "Bedda matri chi serata! Ieri ero lì con mio cugino [[P:Nunzio La Rosa]], ci siamo scordati di pagare il secondo giro mi sa. Non voglio fare la figura del mafioso 😂 quanto vi devo?",
            ),
            (
                "a",
                "Ahah ciao! Sì, il tavolo 7 è rimasto aperto: 4 {{PD:Kilkenny}} e 2 {{PD:fish & chips}}, {{$:€ 46}}. Passate quando volete.",
            ),
            (
                "c",
                "Mannaggia. Ci passo domani, sugnu [[P:Salvatore Di Stefano]], chiddu cu a cammisa de Palermo. Talé, mi tenete u tavulinu pi sabbatu?",
            ),
            ("a", "Ahah certo [[P:Salvatore]]! Sabato alle {{TM:21:30}} a nome tuo. Ciao!"),
        ],
    },
    # 18. DJ: bride's mother with very long messages
    {
        "business": "dj",
        "platform": "whatsapp",
        "customer": "Concetta Esposito",
        "lang": "it",
        "start": "2026-02-10T21:14",
        "messages": [
            (
                "c",
                "Buonasera [[P:Lele]], sono [[P:Concetta]], la mamma di [[P:Gioia Esposito]] la sposa del {{D:13 giugno}}, ci siamo visti alla fiera degli sposi a [[L:Salerno]]. Allora ti scrivo tutto così non ce lo scordiamo: il matrimonio è alla Tenuta [[A:località San Vito, via Fontana 14, Giffoni Valle Piana]], la messa è alle 11 a [[L:Montecorvino Rovella]] e poi tutti al ricevimento. Mia figlia vuole l'entrata con una canzone di {{B:Ultimo}} ma il marito, [[P:Fortunato]], vuole {{PD:Eye of the Tiger}} 😂 io dico che ci vuole una cosa classica. Poi per la tarantella mio fratello [[P:Peppe]] vuole suonare il tamburello dal vivo, si può? E soprattutto: la nonna [[P:Carmela]] compie 90 anni proprio quel giorno e vorremmo farle una sorpresa con una canzone napoletana di quelle antiche e la torta. Ti mando anche il numero della wedding planner, [[P:Sabrina Cuomo]], [[T:338 409 6612]], così vi mettete d'accordo per gli orari. Scusa se ho scritto tanto!!",
            ),
            (
                "a",
                "Buonasera signora [[P:Concetta]]! Nessun problema, anzi grazie 😊 Il tamburello dal vivo si fa benissimo, prepariamo un microfono per [[P:Peppe]]. Per l'entrata facciamo un mix: parte classica e poi esplode {{PD:Eye of the Tiger}}, così sono contenti tutti e due. La sorpresa per la nonna la coordiniamo con [[P:Sabrina]]. [[P:Lele]]",
            ),
            (
                "c",
                "Sei un angelo. Un'altra cosa, scusa: lo sposo ha i parenti da [[L:Boston]] e vorrebbe qualche canzone americana, e una zia, [[P:zia Nunzia]], che è sorda da un orecchio, chiede di non metterla vicino alle casse. Poi per il pagamento mio marito [[P:Enzo]] vuole fare il bonifico, mi mandi l'IBAN? E il contratto lo intesti a me: [[P:Esposito Concetta]], [[CF:SNTLRD80D03F158T]], residente in [[A:via Irno 88, 84135 Salerno]].",
            ),
            (
                "a",
                "Certo! IBAN: [[I:IT42Z0760101600001002857364]] intestato a [[P:Gabriele Amato]] ([[P:Lele]] è il nome d'arte 😉). Acconto {{$:€ 500}}, saldo il giorno del matrimonio. Il contratto glielo mando per mail, mi scrive l'indirizzo?",
            ),
            ("c", "[[E:concetta.esposito64 chiocciola libero punto it]]"),
            (
                "c",
                "ps il codice fiscale che ti ho mandato è quello di mio marito, il mio è [[CF:DMCFTN71C15F839L]]. No aspetta. Ti chiamo domani che è meglio 🙈",
            ),
            ("a", "Ahah va bene, a domani! Buona serata"),
        ],
    },
    # 19. DJ: Neapolitan customer, 18th birthday
    {
        "business": "dj",
        "platform": "instagram",
        "customer": "ciro_amitrano",
        "lang": "it",
        "start": "2026-02-14T16:30",
        "messages": [
            (
                "c",
                "Uè frà, aggio visto e video toje, staje troppo forte 🔥 Pe' 'e diciott'anne 'e sorema [[P:Assunta]] ce serve nu dj, 'o {{D:28 marzo}}, a na villa a [[L:Pozzuoli]]",
            ),
            (
                "a",
                "Ciao! Grazie 🙏 Il 28 sono libero. Quante persone più o meno? Serve anche luci e fumo?",
            ),
            ("c", "Na ciento cristiane. Luci sì, fumo no ca mamma soffre d'asma. Quanto vuo'?"),
            ("a", "Per 5 ore con luci {{$:€ 650}}. Mi lasci un nome e un numero per il contratto?"),
            (
                "c",
                "[[P:Ciro Amitrano]], [[T:3281904472]]. Sorema tene [[H:@assunta.amitrano_]] si vuò vedè che musica le piace",
            ),
            (
                "a",
                "Perfetto, la scrivo io a [[P:Assunta]] per la playlist. A presto! [[P:Lele]] 🎧",
            ),
        ],
    },
    # 20. DJ: Irish couple, destination wedding on the Amalfi coast
    {
        "business": "dj",
        "platform": "messenger",
        "customer": "Siobhan Gallagher",
        "lang": "en",
        "start": "2026-01-20T19:05",
        "messages": [
            (
                "c",
                "Hi [[P:Lele]]! My fiancé [[P:Declan]] and I are from [[L:Galway]] and getting married in [[L:Ravello]] on {{D:5 September}}. About 70 guests, mostly Irish so we'll need a LOT of trad and a few Italian classics for the locals. Is that something you'd be up for? Our planner [[P:Grace Moran]] recommended you.",
            ),
            (
                "a",
                "Hi [[P:Siobhan]]! Congratulations! Absolutely, I did an Irish-Italian wedding in [[L:Positano]] last year, the {{PD:Galway Girl}} singalong was epic 😄 Where is the reception?",
            ),
            (
                "c",
                "Villa Rufolo gardens for the ceremony, then dinner at a restaurant owned by [[P:Mrs Pagano]] up the hill, I'm not sure of the address. [[P:Grace]] will know.",
            ),
            (
                "a",
                "No worries, I'll sort it with her. For the contract I need the name of whoever pays and an address.",
            ),
            (
                "c",
                "That'd be my dad, [[P:Michael Gallagher]], [[A:14 Taylor's Hill Road, Galway, H91 X2C4]]. He'll pay from his account [[I:IE23BOFI90138725530471]] if that's OK?",
            ),
            (
                "a",
                "Perfect, SEPA transfers work fine. I'll email the contract to you, [[P:Siobhan]].",
            ),
            ("c", "Brilliant, it's [[E:siobhan.gallagher@eircom.net]]. Thanks a million!!"),
        ],
    },
    # 21. DJ: company summer party, agent team signing in different ways
    {
        "business": "dj",
        "platform": "messenger",
        "customer": "Mark Ellison",
        "lang": "en",
        "start": "2026-04-08T09:12",
        "messages": [
            (
                "c",
                "Good morning, I'm [[P:Mark Ellison]], HR lead at the [[L:Naples]] office of a US logistics company. We're planning a summer party for ~120 staff on {{D:July 10}} at a beach club in [[L:Bacoli]]. Could you send a quote for DJ + lights, 8pm to 1am?",
            ),
            (
                "a",
                "Good morning [[P:Mark]], thanks for reaching out! I'm [[P:Federica]], I handle bookings for [[P:Lele]]. For 5 hours with lights and a wireless mic the price is {{$:€ 900}} + VAT. Do you need an invoice to an Italian entity?",
            ),
            (
                "c",
                "Yes, the Italian branch: Stellar Freight Italia S.r.l., VAT [[V:IT09512030975]]. Accounts payable is [[P:Ms. Patrizia Sole]], [[E:p.sole@stellarfreight.example.com]], [[T:081 552 7403]].",
            ),
            (
                "a",
                "Perfect. I'll prepare the quote today and send it to [[P:Patrizia]] and to you. — [[P:F.]] | Lele Sound",
            ),
            (
                "c",
                "My email is [[E:mark.ellison (at) stellarfreight (dot) com]]. Also, one of our VPs, [[P:Will Chambers]], wants to request a couple of songs, can he DM you on Insta?",
            ),
            (
                "a",
                'Of course, he can DM [[P:Lele]] directly at [[H:@lele.amato.dj]] 😊 Quote sent!\n\n[[P:Gabriele "Lele" Amato]]\nLele Sound DJ & Party Service',
            ),
        ],
    },
    # 22. DJ: teen with slang, birthday party, no capitals
    {
        "business": "dj",
        "platform": "instagram",
        "customer": "matte.r0mano",
        "lang": "it",
        "start": "2026-04-15T23:02",
        "messages": [
            ("c", "bro quanto prendi x una festa in casa"),
            ("c", "tipo 40 persone sabato prox, a [[L:Mercato San Severino]]"),
            (
                "a",
                "Ciao! Per una festa in casa faccio {{$:300€}} con impianto piccolo. Ci sono i tuoi genitori d'accordo? 😅",
            ),
            ("c", "si si è x il compleanno di mio fratello [[P:nicolò]] paga mia madre tranquillo"),
            ("c", "lei è [[P:rosaria iannone]] il suo numero [[T:+39 333.481.2290]]"),
            ("a", "Ok, la chiamo domani mattina. Come ti chiami tu?"),
            ("c", "[[P:matteo]]"),
            ("c", "ah e metti tanta trap pls 🙏"),
        ],
    },
    # 23. Charity: UK donor wants a receipt
    {
        "business": "charity",
        "platform": "messenger",
        "customer": "Eleanor Whitfield",
        "lang": "en",
        "start": "2026-01-08T11:20",
        "messages": [
            (
                "c",
                "Dear Sir or Madam,\nI made a donation of {{$:£150}} to your foundation in December in memory of my late husband, [[P:Geoffrey]], who loved Turin. I should be grateful for a receipt for my records. My address is:\n[[A:Flat 3, 27 Kingsdown Parade]]\n[[L:Bristol]] [[A:BS6 5UE]]\nYours faithfully,\n[[P:Eleanor Whitfield]] (Mrs)",
            ),
            (
                "a",
                "Dear [[P:Mrs Whitfield]], thank you so much for your generous gift, and our sincere condolences. Could you tell us the date of the transfer, so we can find it? Kind regards, [[P:Ilaria Comoglio]], Donor Care",
            ),
            (
                "c",
                'It was the 14th of December, from my account with the reference "IN MEMORIAM [[P:G WHITFIELD]]". The account is [[I:GB36BARC20035383074419]].',
            ),
            (
                "a",
                "Found it, thank you. The receipt ({{R:RIC-2025-3381}}) will go out by post this week. Would you also like it by email?",
            ),
            (
                "c",
                "Post is quite sufficient, thank you. My daughter [[P:Harriet]] deals with emails.",
            ),
        ],
    },
    # 24. Charity: US donor, card payment failed, pastes the error page
    {
        "business": "charity",
        "platform": "messenger",
        "customer": "Jack Moore",
        "lang": "en",
        "start": "2026-01-19T02:44",
        "messages": [
            (
                "c",
                'hi, tried to donate {{$:$50}} on your website 3 times and it keeps failing. here\'s what it says:\n\n"Payment declined (code 05). Session {{R:a9f3-22c1}} from [[IP:73.162.40.18]]. Contact support quoting this reference."\n\nam i doing something wrong?',
            ),
            (
                "a",
                "Hi [[P:Jack]], sorry about that! Code 05 usually means your bank blocked a foreign transaction. You could try PayPal, or call your bank. Which card did you use (just the type, please don't send the number)?",
            ),
            ("c", "visa. it's [[C:4012-8888-8888-1881]] if that helps lol"),
            (
                "a",
                "Please don't share the full number here, we'll never need it 🙏 I've flagged the message for deletion on our side. Our donations page also takes PayPal: [[U:https://www.panecondiviso.example.org/dona?ref=jmoore]]",
            ),
            (
                "c",
                "ok worked with paypal. sorry, it's 3am here in [[L:Columbus]] and i'm not thinking straight",
            ),
            (
                "a",
                "Thank you, [[P:Jack]]! Receipt sent to your PayPal email. – [[P:Tommaso]] @ Pane Condiviso",
            ),
        ],
    },
    # 25. Charity: Italian donor needs a receipt for the 730, with codice fiscale
    {
        "business": "charity",
        "platform": "whatsapp",
        "customer": "Bianca Re",
        "lang": "it",
        "start": "2026-02-02T08:15",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Bianca Re]]. Mi serve la ricevuta delle donazioni 2025 per la dichiarazione dei redditi. Ho fatto 12 bonifici da {{$:20 €}} con addebito mensile.",
            ),
            (
                "a",
                "Buongiorno signora [[P:Re]]! Certo. Ci conferma il codice fiscale da riportare sulla ricevuta?",
            ),
            ("c", "[[CF:prtgio77s61a662l]]"),
            ("c", "scusate il minuscolo, era il correttore 🙈"),
            (
                "a",
                "Nessun problema 😊 La ricevuta cumulativa {{R:n. 2025/0912}} le arriva via mail entro oggi. A quale indirizzo?",
            ),
            ("c", "[[E:bianca.re77 at tiscali.it]], grazie. Saluti da [[L:Chieri]]!"),
        ],
    },
    # 26. Charity: volunteer wants to join, Instagram handles
    {
        "business": "charity",
        "platform": "instagram",
        "customer": "sole.gatto",
        "lang": "it",
        "start": "2026-02-11T17:33",
        "messages": [
            (
                "c",
                "Ciao! Io e la mia amica [[H:@martinadeluca.ph]] vorremmo fare volontariato alla mensa il sabato. Siamo studentesse al Poli, abitiamo a [[L:San Salvario]]",
            ),
            (
                "a",
                "Ciao! Che bello 😍 Il sabato il turno è dalle {{TM:11:30}} alle {{TM:14:30}} in [[A:via Nizza 150]]. Ci dite i vostri nomi per l'assicurazione?",
            ),
            (
                "c",
                "io sono [[P:Sole Gatto]], lei [[P:Martina De Luca]]. Io sono nata a [[L:Vercelli]] se serve",
            ),
            (
                "a",
                "Perfetto. Vi aspetta [[P:suor Agnese]] sabato alle 11:15 per la formazione. Portate un documento!",
            ),
            ("c", "Grazieee ci saremo!! ✨"),
        ],
    },
    # 27. Charity: elderly lady about a bequest, names her notary
    {
        "business": "charity",
        "platform": "messenger",
        "customer": "Giuseppina Ferrero",
        "lang": "it",
        "start": "2026-02-20T10:05",
        "messages": [
            (
                "c",
                "Egregi Signori,\nsono una vostra sostenitrice da molti anni. Ho 86 anni e desidero lasciare alla Fondazione una parte dei miei risparmi. Il mio notaio, il dottor [[P:Alberto Chiesa]] di [[L:Pinerolo]], mi dice che occorre indicare la denominazione esatta e il codice fiscale dell'ente. Potreste cortesemente fornirmeli?\nDistinti saluti,\n[[P:Giuseppina Ferrero]] ved. [[P:Bosio]]",
            ),
            (
                "a",
                'Gentile signora [[P:Ferrero]], la ringraziamo di cuore. La denominazione è "Fondazione Pane Condiviso ETS", codice fiscale {{R:97765430018}}. Se lo desidera, la nostra responsabile lasciti, [[P:dott.ssa Rita Bellone]], può chiamarla o venirla a trovare.',
            ),
            (
                "c",
                "Sarebbe molto gentile. Abito in [[A:frazione Riva, via Chiesa Vecchia 6]], [[L:Pinerolo]]. Il telefono di casa è [[T:0121 39 84 12]], chiamate dopo le 16 che prima riposo.",
            ),
            (
                "a",
                "Certamente. La dott.ssa [[P:Bellone]] la chiamerà giovedì pomeriggio. Un caro saluto, [[P:Ilaria]]",
            ),
        ],
    },
    # 28. Charity: forwarded bank transfer + request for a thank-you letter
    {
        "business": "charity",
        "platform": "whatsapp",
        "customer": "Lorenzo Armani",
        "lang": "it",
        "start": "2026-03-01T19:50",
        "messages": [
            (
                "c",
                "Inoltrato\n> Gentile Cliente, il bonifico SEPA n. {{R:2603011945778}} di {{$:EUR 500,00}} a favore di FONDAZIONE PANE CONDIVISO ETS è stato eseguito.\n> Ordinante: [[P:ARMANI LORENZO]]\n> IBAN ordinante: [[I:IT59B0538703202000003561870]]\n> Causale: donazione in ricordo di [[P:Sergio Vitale]]",
            ),
            (
                "c",
                "Buonasera, [[P:Sergio]] era il nostro allenatore di basket a [[L:Moncalieri]], è mancato la settimana scorsa. La squadra ha raccolto questi soldi. Potete mandare un biglietto alla famiglia? La moglie è [[P:Anna Vitale]], [[A:strada Revigliasco 41]], [[L:Moncalieri]]",
            ),
            (
                "a",
                "Buonasera [[P:Lorenzo]], che gesto bellissimo. Manderemo un biglietto alla signora [[P:Vitale]] con i nomi di chi ha partecipato, se volete. Ci mandate la lista?",
            ),
            (
                "c",
                'Sì: [[P:Lorenzo Armani]], [[P:Giacomo Ferrari]], [[P:Luca "Lucky" Bruno]], [[P:Pietro Costa]], [[P:Andrea Serra]], [[P:Davide Fontana]] e il vice allenatore [[P:Mister Gianni Greco]]',
            ),
            ("a", "Grazie, lo facciamo entro venerdì. Un abbraccio a tutta la squadra 🏀"),
        ],
    },
    # 29. Linen shop: home measurement appointment, address across lines
    {
        "business": "linen",
        "platform": "whatsapp",
        "customer": "Lourdes Mancini",
        "lang": "it",
        "start": "2026-04-01T09:22",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei un appuntamento per prendere le misure delle tende del soggiorno e delle due camere. Casa nuova, finestre grandi 😅",
            ),
            ("a", "Buongiorno! Certo, passiamo noi con il metro. Mi lascia nome e indirizzo?"),
            (
                "c",
                "[[P:Lourdes Mancini]]\n[[A:Via Bolognese 212\nscala C, interno 9]]\n[[L:Firenze]]\nal citofono c'è ancora scritto [[P:Fusi]], il vecchio proprietario",
            ),
            (
                "a",
                "Grazie signora [[P:Mancini]]. Va bene martedì {{D:7 aprile}} alle {{TM:17:30}}? Viene la nostra sarta, [[P:Loredana]].",
            ),
            (
                "c",
                "Perfetto. Se non rispondo al citofono chiamate mio marito [[P:Gianluca]] al [[T:(+39) 055-4128-907]]",
            ),
            ("a", "Segnato! A martedì. [[P:Marisa]] – Casa Fiorita"),
        ],
    },
    # 30. Linen shop: personalised embroidery
    {
        "business": "linen",
        "platform": "instagram",
        "customer": "tommy.and.vale",
        "lang": "it",
        "start": "2026-04-04T15:40",
        "messages": [
            (
                "c",
                "Ciao! Vorrei regalare alla mia fidanzata un set di lenzuola {{PD:Linea Giglio}} in lino per il nostro anniversario. Si può ricamare una frase sulla federa?",
            ),
            (
                "a",
                "Ciao! Sì, il ricamo costa {{$:€ 25}} a federa, massimo 30 caratteri. Cosa vorresti scrivere?",
            ),
            (
                "c",
                '"Per sempre, [[P:Tommaso]]" su una e "[[P:Vale]] & [[P:Tommy]] 14.04.2022" sull\'altra',
            ),
            ("a", "Che carino 🥹 Filo color salvia o bianco?"),
            (
                "c",
                "salvia. consegna a casa sua pls che è una sorpresa: [[P:Valentina Fabbri]], [[A:via Senese 88, int. 2]], [[L:Galluzzo]], e non scrivete niente sul pacco!!",
            ),
            (
                "a",
                "Promesso, pacco anonimo 🤫 {{O:Ordine CF-2231}}, pronto in 6 giorni lavorativi.",
            ),
        ],
    },
    # 31. Linen shop: non-native English customer (Spanish)
    {
        "business": "linen",
        "platform": "messenger",
        "customer": "Ainhoa Etxeberria",
        "lang": "en",
        "start": "2026-04-06T12:00",
        "messages": [
            (
                "c",
                "Hello, I am from [[L:Bilbao]] and I live in [[L:Sesto Fiorentino]] since two years. I see in your shop window the curtains of color mustard, {{PD:model Ortensia}}. Is possible to have them of 290 cm of high? My windows are very tall, old house.",
            ),
            (
                "a",
                "Hello! Yes, {{PD:Ortensia}} can be made to measure up to 320 cm high. The price is {{$:€ 46 per metre}} plus sewing. Would you like us to come and measure?",
            ),
            (
                "c",
                "Yes please, is better. The address is [[A:Via Gramsci 431]], second floor, name on the door [[P:Etxeberria / Russo]]. My husband is Italian, [[P:Andrea]].",
            ),
            (
                "a",
                "Great, how about Saturday {{TM:10am}}? Our colleague [[P:Rosa]] speaks a bit of Spanish too 😊",
            ),
            ("c", "Ah perfecto! Saturday ok. Thank you very much."),
            ("a", "See you Saturday! – Staff Casa Fiorita"),
        ],
    },
    # 32. Linen shop: Calabrese customer, complaint with pasted delivery note (table)
    {
        "business": "linen",
        "platform": "whatsapp",
        "customer": "Filomena Scalise",
        "lang": "it",
        "start": "2026-04-09T18:10",
        "messages": [
            (
                "c",
                "Buonasera sono [[P:Filomena Scalise]], mi è arrivato il pacco ma manca il copripiumino. Vi copio la bolla:\n\nDDT n. {{R:0417/26}} del {{D:08/04/2026}}\nDestinatario: [[P:SCALISE FILOMENA]] c/o [[P:PUGLIESE]]\n[[A:Via Nazionale 57, 88811 Cirò Marina (KR)]]\n| Cod. | Descrizione | Q.tà |\n| {{PD:LG-140}} | Lenzuola matrimoniali lino | 1 |\n| {{PD:CP-220}} | Copripiumino 220x240 | 1 |\n| {{PD:FD-050}} | Federe (coppia) | 2 |\nCorriere: BRT, tracking {{TR:084117392215}}",
            ),
            (
                "c",
                "u copripiumino non c'è, ho guardato bene. Mia nuora [[P:Teresa]] dice di scrivervi subito",
            ),
            (
                "a",
                "Buonasera signora, ci scusi tanto! Controlliamo subito con il magazzino. [[P:Roberta]]",
            ),
            (
                "a",
                "Signora [[P:Scalise]], il copripiumino era in un secondo collo, tracking {{TR:084117392216}}, arriva domani. Ci scusi ancora.",
            ),
            (
                "c",
                "Vabbuò, grazie assai. Ma ditelo prima la prossima volta, ca mi pigliava nu colpu!",
            ),
        ],
    },
    # 33. Linen shop: US customer shipping linen home
    {
        "business": "linen",
        "platform": "messenger",
        "customer": "Chelsea Morgan",
        "lang": "en",
        "start": "2026-04-12T16:25",
        "messages": [
            (
                "c",
                "Hi!! I was in your shop yesterday with my mom, we bought the tablecloths and loved everything. Can you ship 2 more sets of the {{PD:Bellosguardo napkins}} to the US? We fly back to [[L:Charlotte]] on Tuesday.",
            ),
            (
                "a",
                "Hi [[P:Chelsea]]! Yes, we ship to the US with DHL, about {{$:€ 38}} for a small box, 5-7 days. What's the address?",
            ),
            (
                "c",
                "[[P:Chelsea Morgan]], [[A:4418 Providence Rd, Apt 12B, Charlotte, NC 28226]]. Phone for the courier: [[T:(704) 555-0187]]",
            ),
            (
                "a",
                "Thanks! Total {{$:€ 134}} incl. shipping. You can pay with this link: [[U:https://pay.casafiorita.example.it/l/7QpX2m]]",
            ),
            (
                "c",
                "Paid! My mom [[P:Donna]] says hi and she wants to know if [[P:Marisa]] the lady with the glasses is the owner 😄",
            ),
            (
                "a",
                "Haha yes, that's me! Say hi to [[P:Donna]] 💐 Tracking will come by email. [[P:Marisa]]",
            ),
            ("c", "amazing, thank youuu"),
        ],
    },
    # 34. CAF: Ukrainian caregiver writing in English and Italian
    {
        "business": "caf",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "en",
        "start": "2026-03-26T13:10",
        "messages": [
            (
                "c",
                "Good day. I am [[P:Oksana Kovalenko]], I work as badante for signora [[P:Bruna Tedesco]] in [[L:Quartu Sant'Elena]]. Her son [[P:Mr Tedesco]] say I must do the 730 with you because I have contract. Is possible in English?",
            ),
            (
                "a",
                "Hello [[P:Oksana]]! Yes, no problem. Please bring your permesso di soggiorno, codice fiscale, the CU from your employer and your IBAN for the refund.",
            ),
            (
                "c",
                "Ok. My IBAN is [[I:IT49P0326822300052894637123]] from Poste. And my employer codice fiscale is [[CF:TDSBRN36A41H118S]]?? I am not sure I copy good",
                "en",
            ),
            (
                "a",
                "Thank you. We will check it with the CU. Appointment {{D:Monday 30 March}}, {{TM:11:00}}, [[A:via Giovanni XXIII 18]], ground floor.",
            ),
            ("c", "Grazie mille signora. Ci vediamo lunedì", "it"),
        ],
    },
    # 35. CAF: second-generation daughter code-switching for her mother
    {
        "business": "caf",
        "platform": "instagram",
        "customer": "amira.benali",
        "lang": "en",
        "start": "2026-04-03T21:18",
        "messages": [
            (
                "c",
                "hi! sorry writing in english, my mum's italian is better than mine lol. she needs the ISEE renewed for the assegno unico, my brother [[P:Youssef]] and I are both at uni",
            ),
            (
                "a",
                "Ciao! No problem. We need the DSU with the whole household: all codici fiscali, rent contract and bank balances at 31/12.",
            ),
            (
                "c",
                "ok so mamma è [[P:Fatima Zahra Benali]], [[CF:BNLFMZ70E52Z330H]], io sono [[P:Amira]] e mio fratello tutto sul foglio che vi porto",
                "it",
            ),
            (
                "a",
                "Benissimo, venite pure giovedì alle {{TM:18}}. Chiedete di [[P:Stefania]] 😊",
                "it",
            ),
            (
                "c",
                "perfect, grazie mille!! also can you text her the appointment? her number is [[T:+39 320 7719 554]]",
            ),
            ("a", "Done! – [[P:S.]]"),
        ],
    },
    # 36. Butcher: Irish customer in Bergamo, and IP from the online shop
    {
        "business": "butcher",
        "platform": "messenger",
        "customer": "Aoife Kavanagh",
        "lang": "en",
        "start": "2026-04-10T07:55",
        "messages": [
            (
                "c",
                'Morning! Your online shop logged me out mid-order and now says "too many attempts from [[IP:2a02:8071:b84:6c00::1d]]". Is there a way I can just order through here?',
            ),
            ("a", "Good morning! Sorry about that. Yes, of course, what would you like?"),
            (
                "c",
                "2 kg of mince, 6 of the {{PD:salsicce al finocchio}}, and the Sunday roast beef for 6. I'm at [[A:Via Borgo Palazzo 128]], [[L:Bergamo]], name on the bell is [[P:Kavanagh-Rota]].",
            ),
            (
                "a",
                "All noted, {{O:order 1299}}, total approx {{$:€ 71,40}}. Delivery Saturday between {{TM:9}} and {{TM:11}}, our driver [[P:Samuele]] will call you. Your number?",
            ),
            (
                "c",
                "It's [[T:+353 87 412 9930]] (Irish mobile, sorry!) or my husband [[P:Stefano]] on [[T:339 6612 048]]",
            ),
            ("a", "Perfect, thanks [[P:Aoife]]! [[P:Ottavio]]"),
        ],
    },
    # 37. Pub: quiz night team registration
    {
        "business": "pub",
        "platform": "instagram",
        "customer": "quizzoni_milano",
        "lang": "en",
        "start": "2026-04-14T18:00",
        "messages": [
            (
                "c",
                'Hey! Can we sign up for Thursday\'s pub quiz? Team name "The Usual Suspects", 5 of us',
            ),
            ("a", "Hey! You're in 🎉 I need a captain's name and a phone number for the quiz app."),
            (
                "c",
                "Captain is [[P:Rosa Bianchi]], [[T:+39 347 201 3385]]. The others are [[P:Tom]], [[P:Ferdinand]], [[P:Guido]] and [[P:Priya]] from the office. [[P:Rosa]]'s on ig as [[H:@rosabianchi.quiz]]",
            ),
            (
                "a",
                "Lovely. Quiz starts at {{TM:21:00}}, {{$:€ 5}} each, winners get a round of {{B:Guinness}}. See you Thursday! – [[P:Niamh]]",
            ),
            ("c", "Perfetto! 🍀"),
        ],
    },
    # 38. Linen shop: pedantic customer disputing an invoice, website profile
    {
        "business": "linen",
        "platform": "messenger",
        "customer": "Avv. Giancarlo Bello",
        "lang": "it",
        "start": "2026-04-16T08:30",
        "messages": [
            (
                "c",
                'Buongiorno. In relazione alla Vs. fattura n. {{R:FT/2026/118}} del {{D:02/04/2026}}, rilevo che è stata intestata a "[[P:Bello Gian Carlo]]" anziché allo Studio Legale Bello & Associati, P.IVA [[V:02804610372]]. Vi invito a emettere nota di credito e nuova fattura.\n\nAvv. [[P:Giancarlo Bello]]\nStudio Legale Bello & Associati\n[[A:Piazza della Libertà 12, 50129 Firenze]]\n[[U:www.linkedin.com/in/giancarlo-bello-avvocato]]',
            ),
            (
                "a",
                "Buongiorno Avvocato, ha ragione, ci scusiamo. Emettiamo nota di credito e nuova fattura entro domani. La nuova fattura la inviamo alla PEC dello Studio?",
            ),
            (
                "c",
                "Sì, [[E:studiobello@pec.avvocatifirenze.example.it]]. Cortesemente in copia la mia segretaria, sig.ra [[P:Cook]], [[E:segreteria.bello@gmail.com]].",
            ),
            (
                "a",
                "Fatto, inviate entrambe. Cordiali saluti,\n[[P:Marisa Fiorentini]]\nCasa Fiorita Tende e Biancheria",
            ),
            ("c", "Ricevute. Grazie.\n[[P:G.B.]]"),
        ],
    },
    # 39. Pub: stag party from Newcastle, disputed bill
    {
        "business": "pub",
        "platform": "messenger",
        "customer": "Craig Robson",
        "lang": "en",
        "start": "2026-04-19T11:37",
        "messages": [
            (
                "c",
                "ALRIGHT LADS. WE WERE IN ON FRIDAY FOR MY MATE'S STAG AND I'VE JUST CHECKED MY BANK. YOU'VE CHARGED ME {{$:€486}} NOT {{$:€286}}. SORT IT OUT PLEASE",
            ),
            (
                "a",
                "Hi [[P:Craig]], sorry to hear that. Can you tell me the time of the payment and the last 4 digits of the card? We'll check the till report straight away. [[P:Ciarán]]",
            ),
            (
                "c",
                "about {{TM:23:40}}, card ending {{R:9424}}. the stag was [[P:Danny Milburn]] if anyone remembers him, he was dressed as a banana 🍌",
            ),
            (
                "a",
                "Ha, we remember the banana alright 😂 You're right, the bartender typed {{$:486}} instead of {{$:286}}. Refund of {{$:€200}} issued today, it takes 3-5 working days. Really sorry about that.",
            ),
            (
                "c",
                "cheers mate, appreciated. sorry for the caps, the missus [[P:Becky]] was doing my head in about it",
            ),
            (
                "c",
                "if you need it my number is [[T:+44 7911 123 604]] and I'm in [[L:Gateshead]], just in case the refund doesn't show",
            ),
            ("a", "No bother at all. Enjoy the rest of your trip! 🍻"),
        ],
    },
    # 40. Charity: corporate matching gift, e-mail pasted with headers
    {
        "business": "charity",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2026-04-21T14:05",
        "messages": [
            (
                "c",
                "Hello team, kindly find below the mail from our CSR department regarding the matching of employee donations. Please do the needful.\n\n-----Original Message-----\nFrom: [[P:Nathan Brooks]] <[[E:nathan.brooks@orbiscloud.example.com]]>\nSent: Monday, April 20, 2026 4:12 PM\nTo: [[P:Priya Raghunathan]] <[[E:priya.r@orbiscloud.example.com]]>\nSubject: RE: Matching gift - Pane Condiviso\n\nHi [[P:Priya]], we can match up to {{$:$2,000}} once the charity registers on our portal: [[U:https://givematch.example.com/orgs/register?contact=priya.r]]. Best, [[P:Nate]]\n\n[[P:Nathan Brooks]] | Community Programs Lead | Orbis Cloud Inc.\n[[A:500 Howard Street, Suite 300, San Francisco, CA 94105]]\nM: [[T:+1 415-555-0199]]",
            ),
            (
                "a",
                "Dear [[P:Priya]], thank you so much! We'll register today. Could you confirm the total you and your colleagues donated so far?",
            ),
            (
                "c",
                "It is {{$:€ 1.340}} from 11 colleagues of the Milan office. I am the coordinator. My colleague [[P:Rajesh]] will send the list with the receipts numbers.",
            ),
            (
                "a",
                "Wonderful. Registration done, our reference on the portal is {{R:ORG-88213}}. Warm regards,\n[[P:Ilaria C.]]\nDonor Care – Fondazione Pane Condiviso ETS",
            ),
            (
                "c",
                "Thank you [[P:Ilaria]] madam, very kind. [[P:Nate]] has confirmed the match will be released in May.",
            ),
            ("a", "Great news! Please thank [[P:Mr Brooks]] on our behalf 🙏"),
        ],
    },
    # 41. DJ: British couple, anniversary party in Sorrento, quoted reply
    {
        "business": "dj",
        "platform": "whatsapp",
        "customer": "Hugh Pemberton",
        "lang": "en",
        "start": "2026-04-23T10:48",
        "messages": [
            (
                "c",
                "Good morning [[P:Gabriele]],\n\nMy wife [[P:Felicity]] and I celebrate our 40th anniversary on {{D:Saturday 12 September}} at Villa Astor, [[L:Sorrento]]. Our daughter [[P:Imogen]] found you online. We'd like a DJ from 7 until midnight, mostly Motown and some old crooners for the older crowd.\n\nKind regards,\n[[P:Hugh Pemberton]]\n[[A:The Old Rectory, Church Lane, Little Snoring, Norfolk NR21 0JG]]\n[[T:01328 878 512]]",
            ),
            (
                "a",
                "Good morning [[P:Mr Pemberton]], and congratulations to you and [[P:Felicity]]! I'm free on the 12th. 5 hours with sound and soft lights would be {{$:€ 750}}. Shall I send a contract?",
            ),
            (
                "c",
                "> 5 hours with sound and soft lights would be {{$:€ 750}}\nThat's splendid. Yes please, to [[E:hugh.pemberton@btinternet.com]]. Would you also play the bagpipe tune my brother-in-law [[P:Angus]] insists on? I'm afraid it's non-negotiable.",
            ),
            ("a", "Ahah, of course, the bagpipes are on the list 😄 Contract sent. [[P:Lele]]"),
            (
                "c",
                "Received and signed. [[P:Imogen]] will be in touch about the playlist: [[T:+44 (0)20 7946 0321]].",
            ),
            ("a", "Perfect, thank you! Speak soon."),
        ],
    },
    # 42. Linen shop: Irish guesthouse owner ordering in bulk
    {
        "business": "linen",
        "platform": "messenger",
        "customer": "Bridget O'Sullivan",
        "lang": "en",
        "start": "2026-04-27T08:02",
        "messages": [
            (
                "c",
                "Hiya! I run a small guesthouse in [[L:Kenmare]], Co. Kerry. A guest of mine, [[P:Dr. Carla Benedetti]], had your sheets in her case and I fell in love with them. Would ye ship 10 double sets of the {{PD:Linea Giglio}} in white to Ireland?",
            ),
            (
                "a",
                "Hello [[P:Bridget]]! We'd love to. 10 double sets in white are {{$:€ 1.290}}, and shipping to Ireland {{$:€ 65}}. Would you like an invoice with your VAT number?",
            ),
            (
                "c",
                "Grand, yes. Seaview Guesthouse, [[A:Henry Street, Kenmare, Co. Kerry, V93 FX27]]. My husband [[P:Seamus]] does the books, he'll send the VAT number. His mobile is [[T:087 224 6619]]",
            ),
            (
                "a",
                "Perfect. You can pay by transfer to [[I:IT83X0306909606100000117485]] (Casa Fiorita di [[P:Marisa Fiorentini]]) or by card through our link.",
            ),
            (
                "c",
                "Transfer done this morning, reference {{R:SEAVIEW-10}}. Tell [[P:Marisa]] I said thanks a million, she was very patient on the phone!",
            ),
            ("a", "I'll tell her 😊 Your order {{O:CF-2287}} ships Thursday. – [[P:Roberta]]"),
        ],
    },
    # 43. Butcher: American student, Thanksgiving dinner
    {
        "business": "butcher",
        "platform": "instagram",
        "customer": "kaylee.jpg",
        "lang": "en",
        "start": "2026-11-02T20:14",
        "messages": [
            (
                "c",
                "hiii ok random question but do u guys do whole turkeys?? im an exchange student and we wanna do thanksgiving for like 12 ppl 🦃",
            ),
            (
                "a",
                "Hi! Yes, we can order a whole turkey, 6–7 kg, {{$:€ 12,50/kg}}. When do you need it?",
            ),
            (
                "c",
                "omg yes!! {{D:nov 26}}. can u deliver to our apartment? its [[A:via San Bernardino 70]], the buzzer says [[P:Hoffman / Delgado / Nguyen]] lol",
            ),
            (
                "a",
                "Sure, delivery on the 25th in the afternoon. Can I have your name and a phone number?",
            ),
            (
                "c",
                "[[P:kaylee hoffman]], [[T:(512) 555-0163]] but text my roommate [[P:Jess]] too, shes italian-american and actually answers: [[T:347 882 1904]]",
            ),
            (
                "a",
                "Perfect [[P:Kaylee]], {{O:order 1410}}. Happy Thanksgiving in advance! 🦃 – [[P:Ottavio]]",
            ),
            ("c", "ur the best 😭🙏 follow us [[H:@bergamo.expat.kitchen]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(18, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
