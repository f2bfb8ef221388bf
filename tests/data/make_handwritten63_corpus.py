# ruff: noqa: E501
"""Hand-written blind test corpus no. 63 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten63_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a bridal atelier in Lecce, a car repair garage
with home pick-up in Verona, a language school for foreign students in Perugia, an organic
vegetable-box delivery in the hills around Parma, a photo studio in Palermo and a cat and dog
grooming salon in Udine.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten63_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten63_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bridal": "Atelier Bianca Sposa",
    "garage": "Officina Tosadori Car Service",
    "school": "Babel Perugia Scuola di Lingue",
    "veg": "Orto di Bruna - Cassette Bio",
    "photo": "Kalsa Photo Studio",
    "groom": "Baffi & Code Toelettatura",
}
PAGE_IDS: dict[str, str] = {
    "bridal": "663410207481935",
    "garage": "663410318840572",
    "school": "663410554019286",
    "veg": "663410730265114",
    "photo": "663410492117608",
    "groom": "663410861530047",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A bride from Galatina books her first fitting, with mother, sister and a possible mother-in-law.
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Giulia M.",
        "lang": "it",
        "start": "2025-03-14T16:12:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giulia Mancini]], il vostro numero me l'ha dato [[P:Ilenia]] la parrucchiera di [[L:Galatina]]. vorrei prenotare una prova abiti x il matrimonio a {{D:settembre}}",
            ),
            (
                "a",
                "Buongiorno [[P:Giulia]]! Che bello 😍 Abbiamo posto {{D:sabato 22 marzo}} alle {{TM:10:30}} oppure {{D:martedì 25}} alle {{TM:16:00}}. In quante persone venite? [[P:Antonella]]",
            ),
            (
                "c",
                "sabato perfetto. veniamo io, mia mamma [[P:Rosa]] e mia sorella [[P:Serena]] che mi fa da testimone. forse anche la suocera [[P:Addolorata]] ma speriamo di no 😂",
            ),
            (
                "a",
                "😂 Vi aspettiamo tutte! Per le damigelle è appena arrivata la nuova collezione {{B:Rosa Clará}} in {{W:rosa}} cipria e verde salvia, ve la faccio vedere. Siamo in [[A:via Salvatore Trinchese 41]], citofono {{B:Bianca Sposa}}, primo piano",
            ),
            (
                "c",
                "ok! per la caparra vi serve il codice fiscale? [[CF:MNCGLI91C52E506T]]. la ricevuta mandatela a [[E:giulia.mancini91@example.it]]. vi giro anche la mia bacheca con le idee [[U:https://pinterest.it/giuliamancini91/abito-da-sposa]]",
            ),
            (
                "a",
                "Perfetto, caparra {{$:300 €}}, la ricevuta {{R:n. 2025/118}} arriva via mail. Bellissima la bacheca, il modello a sirena ce l'abbiamo! A sabato 💐",
            ),
            (
                "c",
                "ah dimenticavo, [[P:serena]] vive a [[L:Copertino]] e viene direttamente da li, se si perde chiamatela, salvate il suo numero da qui [[U:wa.me/393478821046]]",
            ),
        ],
    },
    # 2. An English bride living in Manchester plans a destination wedding and bridesmaid dresses.
    {
        "business": "bridal",
        "platform": "instagram",
        "customer": "grace.adeyemi",
        "lang": "en",
        "start": "2025-01-20T19:40:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Grace Adeyemi]] 👋 my cousin [[P:Tolu]] bought her dress from you two years ago and she's still talking about it. We're getting married near [[L:Otranto]] on {{D:14 June}} but we live in [[L:Manchester]], so I can only come down twice max",
            ),
            (
                "a",
                "Hi [[P:Grace]], congratulations!! 🎉 Two fittings is totally doable if we take all measurements at the first visit. When do you fly in? From {{W:Brindisi airport}} it's about 40 min to us. [[P:Ilenia]]",
            ),
            (
                "c",
                "We land {{D:April 3}} and stay with my fiancé's nonna in [[L:Squinzano]], [[A:via Brindisi 87]]. My fiancé is [[P:Daniele]], his nonna [[P:Nella]] is more excited than both of us 😭",
            ),
            (
                "c",
                "Also my maid of honour [[P:Hope]] wants a dress in sage or {{W:ivy}} green, do you do bridesmaids? her insta is [[H:hope.nwosu_]] if you want to see her style",
            ),
            (
                "a",
                "We do! We stock bridesmaid lines from {{B:Jenny Packham}} and {{B:Pronovias}}, and {{W:ivy}} green is very popular this year. Budget? Most are between {{$:€180}} and {{$:€320}}",
            ),
            (
                "c",
                "Around 250 each is fine. Is there a {{W:grace}} period on the balance? And if we cancel the bridesmaid order, refunds go to my dad [[P:Emeka]]'s account [[I:GB39NWBK60161347382910]], he's paying for those",
            ),
            (
                "a",
                "No formal {{W:grace}} period I'm afraid, the balance is due 30 days before the wedding, so by {{D:15 May}}. Noted your dad's account. See you on {{D:April 4}}, {{TM:11am}}! Train times from [[L:Squinzano]] are on {{W:www.trenitalia.com}} if the nonna can't drive you 🙂",
            ),
        ],
    },
    # 3. Voice-to-text mother from the countryside changes the dress details and the delivery address.
    {
        "business": "bridal",
        "platform": "messenger",
        "customer": "Addolorata Pezzuto",
        "lang": "it",
        "start": "2025-04-02T18:55:00",
        "messages": [
            (
                "c",
                "bona sera signora antonella sono la mamma di [[P:bianca pezzuto]] quella ca se sposa a giugnu cu [[P:Fortunato]]",
            ),
            ("a", "Buonasera signora! Certo, mi ricordo benissimo di [[P:Bianca]]. Mi dica pure"),
            (
                "c",
                "allora volevo dire che [[P:bianca]] vuole l abito {{W:bianco}} ottico e non avorio come avevamo detto e poi le maniche toglierle tutte e due e la consegna a casa di mia sorella [[P:Immacolata]] in [[A:via San Pietro in Lama 23]] a [[L:Lequile]] perché noi stiamo in campagna a [[L:Torre Chianca]] e non ci trovate",
            ),
            (
                "a",
                "Per le maniche nessun problema, ne parlo con [[P:Carmela]] la sarta. Per il {{W:bianco}} ottico però bisogna riordinare il tessuto da {{B:Nicole Milano}}: ci vogliono 3 settimane e c'è un supplemento di {{$:90 euro}}",
            ),
            (
                "c",
                "va bene tantu paga [[P:Fortunato]] ca è proprio {{W:fortunato}} ca se piglia a [[P:Bianca]] mia 😂😂",
            ),
            (
                "a",
                "😂😂 Allora confermo: consegna {{D:sabato 7 giugno}} in mattinata in [[A:via San Pietro in Lama 23]], [[L:Lequile]]. Mi lascia il numero della signora [[P:Immacolata]]?",
            ),
            (
                "c",
                "fisso [[T:0832 63 11 29]] oppure il cellulare di mio cognato [[P:Uccio]] [[T:3291048836]] che lei il cell nu lu sape usare",
            ),
        ],
    },
    # 4. The groom, an architect with a VAT number, books a suit fitting with his very tall best man.
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Leone Quarta Arch.",
        "lang": "it",
        "start": "2025-02-11T12:03:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Leone Quarta]], la mia fidanzata [[P:Marianna]] ha preso l abito da voi. io avrei bisogno di un abito da cerimonia per il {{D:21 giugno}}",
            ),
            (
                "a",
                "Buongiorno [[P:Leone]]! Per lo sposo abbiamo la linea {{B:Carlo Pignatelli}} oppure il nostro su misura. Passa {{D:giovedì}} dopo le {{TM:18}}? [[P:Antonella]]",
            ),
            (
                "c",
                "giovedì ok, porto anche il testimone [[P:Franco Carrozzo]]. ve lo dico in modo {{W:franco}}: non voglio spendere piu di {{$:1.200}}",
            ),
            (
                "a",
                "Con {{$:1.200 €}} ci stiamo, anche con il gilet. Per la fattura mi lasci i dati?",
            ),
            (
                "c",
                "fattura allo studio: arch. [[P:Leone Quarta]], [[A:viale Gallipoli 29/B]], [[A:73100]] [[L:Lecce]], P.IVA [[V:04213870753]], PEC [[E:leone.quarta@pec.example.it]]. il mio portfolio se vi serve per le foto [[U:www.leonequarta-architetto.example.it]]",
            ),
            ("a", "Segnato tutto. {{D:Giovedì}} alle {{TM:18:30}} allora 👔"),
            (
                "c",
                "ps [[P:franco]] è alto 1.95 non so se avete le taglie 😅 ah e il segno zodiacale lui è {{W:Leone}} come me di nome, non c entra niente ma lo dice sempre",
            ),
        ],
    },
    # 5. A bride on Telegram chases her veil and introduces bridesmaids with sky names; a cousin writes from Bristol.
    {
        "business": "bridal",
        "platform": "telegram",
        "customer": "Viola",
        "lang": "it",
        "start": "2025-06-23T09:17:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Viola]] ([[H:@viola_mrtl]] su insta), vi ho scritto anche li ma nn rispondevate 🙈",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Scusa, su instagram arrivano tantissimi messaggi. Dimmi tutto",
            ),
            (
                "c",
                "il velo che ho ordinato ({{O:ordine 5521}}) e arrivato? la cerimonia e il {{D:12 luglio}} a {{W:Santa Croce}}",
            ),
            (
                "a",
                "Il corriere lo dà in consegna domani, tracking {{TR:1Z8A4W926814403375}}, lo vedi qui {{W:https://www.ups.com/track?tracknum=1Z8A4W926814403375}}",
            ),
            (
                "c",
                "ok grazie. le damigelle vogliono il {{W:viola}} lavanda e non il lilla. sono [[P:Sole]], [[P:Marina]] e mia cugina [[P:Stella Martella]] che vive a [[L:Bristol]] e parla solo inglese. vi inoltro il suo messaggio 👇",
            ),
            (
                "c",
                "Forwarded from [[P:Stella Martella]]: Hi, I'm a UK size 10, I can't come to [[L:Lecce]] before {{D:July 5}}, can I do the fitting that day? my number is [[T:+44 7700 914 268]] and email [[E:stella.martella@example.co.uk]] xx",
                "en",
            ),
            (
                "a",
                "Hi [[P:Stella]], no problem, {{D:July 5}} at {{TM:10:00}} is yours. Bring the shoes you'll wear! [[P:Ilenia]] ✨ (e [[P:Viola]], con [[P:Sole]] e [[P:Stella]] vi manca solo la luna 🌙 portate un ombrellino che al {{W:sole}} di luglio si muore)",
                "en",
            ),
        ],
    },
    # 6. Two grooms, one Irish and one Portuguese, ask about suits; the invoice goes to an uncle called Bill.
    {
        "business": "bridal",
        "platform": "instagram",
        "customer": "markdelaney.travels",
        "lang": "en",
        "start": "2025-05-06T20:21:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Mark]] here ([[H:@markdelaney.travels]]). My husband-to-be [[P:Rui Carvalho]] and I are getting married in [[L:Gallipoli]] in {{D:September}}, do you do men's suits or only bridal?",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Yes, we have a menswear corner with {{B:Carlo Pignatelli}} and {{B:Boggi}}. Congratulations to you both 🥂 [[P:Antonella]]",
            ),
            (
                "c",
                "Lovely. Fair warning, [[P:Rui]] is a stylist, portfolio here [[U:www.ruicarvalho-styling.example.pt]], so he has Opinions 😅",
            ),
            ("a", "Ha! We like opinions. When can you come in?"),
            (
                "c",
                "{{D:Aug 28}}. Two things: there was a small {{W:mark}} on the jacket in your last photo, is that a sample? And please send the {{W:bill}} to my uncle [[P:Bill Delaney]], he insists on paying: [[E:bill.delaney (at) example (dot) ie]]",
            ),
            (
                "a",
                "The {{W:mark}} was just the lighting, promise 🙈 Invoice to Mr [[P:Delaney]] noted, is that .ie as in Ireland? Our address for {{D:Aug 28}}: [[A:Via Salvatore Trinchese 41]], first floor, two minutes from {{W:Piazza Sant'Oronzo}}",
            ),
            (
                "c",
                "Yes! His postal address is in [[L:France]] though, he retired there years ago: [[A:27 rue Oberkampf]], [[A:75011]] [[L:Paris]]. He'll pay from his French account [[I:FR1420041010050500013M02606]]. We're staying at an airbnb in [[L:Santa Maria di Leuca]], host is [[P:Cosimo]], [[U:airbnb.it/users/show/48213377]]",
            ),
        ],
    },
    # 7. A double card charge is refunded by bank transfer to the bride's father.
    {
        "business": "bridal",
        "platform": "whatsapp",
        "customer": "Gioia 🌸",
        "lang": "it",
        "start": "2025-05-27T17:48:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Gioia Stefanelli]] il pagamento del saldo me lo avete preso due volte!! {{$:450 €}} x2 😡",
            ),
            (
                "a",
                "Buonasera [[P:Gioia]], mi dispiace tantissimo! Controllo subito. Mi conferma con che carta ha pagato?",
            ),
            (
                "c",
                "questa [[C:4532 9184 0172 5363]] è intestata a mio padre [[P:Salvatore Stefanelli]], lui abita a [[L:Maglie]] io a [[L:Lecce]] in [[A:p.zza Aldo Moro 5]]",
            ),
            (
                "a",
                "Trovato il doppio addebito, transazione {{R:POS 00871}}. Possiamo stornare sulla carta (5-7 giorni) oppure fare un bonifico subito, come preferite",
            ),
            (
                "c",
                "bonifico grazie, [[I:IT63E0200810000000104517733]] sempre intestato a papà. se chiama lui e [[P:Totò]] per tutti",
            ),
            ("a", "Fatto ora, CRO {{R:0200845512}} 🙏 Ci scusiamo ancora. [[P:Antonella]]"),
            ("c", "che {{W:gioia}} 😂 grazie mille, a {{D:luglio}} vi porto i confetti"),
        ],
    },
    # 8. A Giulia (the car) with a noisy wheel is picked up from Borgo Trento; the wife is also Giulia.
    {
        "business": "garage",
        "platform": "whatsapp",
        "customer": "Marco B.",
        "lang": "it",
        "start": "2025-02-03T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Marco Bertoni]], ho la {{PD:Giulia}} che fa un rumore davanti a dx quando giro. potete venire a prenderla voi?",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]], sì, facciamo ritiro e riconsegna a domicilio. Mi dà l'indirizzo? [[P:Michela]] - {{B:Officina Tosadori}}",
            ),
            (
                "c",
                "[[A:via Goffredo Mameli 118 int. 4]], [[L:Borgo Trento]]. la chiave la lascio a mia moglie [[P:Giulia]], lei è a casa fino alle {{TM:13}}",
            ),
            (
                "a",
                "Ok, passa [[P:Samuel]] domani alle {{TM:9:15}}. Quindi chiedo della signora [[P:Giulia]], non della macchina 😄",
            ),
            (
                "c",
                "esatto 😂 il suo cell è [[T:340/5512873]], se non risponde è in palestra con la [[P:Franca]] della scala C",
            ),
            (
                "a",
                "Diagnosi: testina dello sterzo e cuscinetto. Preventivo {{R:PR-2025-0412}}: {{$:€ 386,00}} iva inclusa, ricambi {{B:SKF}} già ordinati ({{O:ORD-88213}}), arrivano {{D:mercoledì}}. Procediamo?",
            ),
            (
                "c",
                "si vai. fattura a me, cf [[CF:BRTMRC85H14L781K]], la mail è [[E:marco.bertoni85@example.it]]",
            ),
        ],
    },
    # 9. An American living by Lake Garda has a tyre warning light; the husband is home for the return.
    {
        "business": "garage",
        "platform": "messenger",
        "customer": "Hope Whitaker",
        "lang": "en",
        "start": "2025-10-14T15:30:00",
        "messages": [
            (
                "c",
                "Hi, do you speak English? My car ({{PD:Kia Stonic}}) has a warning light, tire pressure I think. I live in [[L:Bardolino]], can you pick it up?",
            ),
            (
                "a",
                "Hello! Yes, a little 🙂 We pick up within 25 km, [[L:Bardolino]] is ok. Name and address please? [[P:Giorgio]]",
            ),
            (
                "c",
                "[[P:Hope Whitaker]], [[A:Strada dei Colli 14/A]], it's the yellow house right after the winery. I really {{W:hope}} it's just the sensor 🤞",
            ),
            (
                "a",
                "It was a nail in the rear left tyre, repaired with a {{B:Pirelli}} plug, {{$:25 euro}}. We bring it back tomorrow at {{TM:5pm}}?",
            ),
            (
                "c",
                "Perfect. My husband [[P:Dwayne]] will be home, his number is [[T:+1 (910) 555-0148]], he works from home for a company in [[L:Fayetteville]] so he keeps US hours lol",
            ),
            ("a", "No problem. Payment by card or {{B:Satispay}} on delivery"),
            (
                "c",
                "Card is fine. Can you also email the receipt to [[E:hope.whitaker@example.com]]? my neighbor [[P:Mirella]] says you're the only honest mechanic on the lake, no pressure 😄",
            ),
        ],
    },
    # 10. An elderly widow in Veronese dialect: dead battery, address split over two messages, nephew Bruno.
    {
        "business": "garage",
        "platform": "whatsapp",
        "customer": "Speranza",
        "lang": "it",
        "start": "2025-01-09T08:41:00",
        "messages": [
            (
                "c",
                "bongiorno son la [[P:Speranza Zanoni]] la {{PD:Panda}} no la parte più. me nevodo [[P:Bruno]] el dis che l'è la bateria",
            ),
            (
                "a",
                "Buongiorno signora [[P:Zanoni]]! Passiamo noi con il booster. Mi dice l'indirizzo?",
            ),
            ("c", "[[A:via Antonio Pigafetta]]"),
            (
                "c",
                "[[A:al 12 scala C]] a [[L:San Massimo]]. sul campanel gh'è ancora [[P:Zanoni Emilio]] el me poro marì",
            ),
            (
                "a",
                "Perfetto signora, [[P:Samuel]] arriva alle {{TM:15}}. Se non è la batteria portiamo la {{PD:Panda}} in officina. L'ultima a morire è la {{W:speranza}} 😉",
            ),
            (
                "c",
                "ahah brao. se no rispondo ciamè [[P:Bruno]] al [[T:+39 339.481.7720]] opure la so mail [[E:bruno.zanoni chiocciola example.it]] la scrive così lu, mi no so",
            ),
            (
                "a",
                "Batteria sostituita, {{B:Varta}} 60Ah {{$:€ 118}}. La sua Panda color {{W:bruno}} metallizzato è come nuova. Buona giornata!",
            ),
        ],
    },
    # 11. A Romanian builder with a sole-trader VAT number needs a service for his van; his brother writes in English.
    {
        "business": "garage",
        "platform": "telegram",
        "customer": "Ionut P.",
        "lang": "it",
        "start": "2025-04-07T06:52:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Ionuț Popescu]] ([[H:@ionut_pop89]]), ho un {{PD:Fiat Ducato}} x lavoro, devo fare tagliando e revisione prima del {{D:30 aprile}}",
            ),
            ("a", "Buongiorno! Tagliando + revisione circa {{$:€ 340}}. Dove lo ritiriamo?"),
            (
                "c",
                "al cantiere in [[A:via dell'Industria 9]] a [[L:San Giovanni Lupatoto]], chiedete di [[P:Costel]] il capocantiere",
            ),
            (
                "c",
                "fattura a ditta individuale: [[P:POPESCU IONUȚ]], p.iva [[V:03188460236]], sede [[A:via Monte Ortigara 4/B]], [[A:37057]] [[L:San Giovanni Lupatoto]], mail [[E:ionut.popescu.edil@example.ro]]. mio fratello [[P:Florin]] scrive voi in inglese per pagamento, mio italiano non bene per carte",
            ),
            (
                "c",
                "Hi, [[P:Florin]] here, brother of [[P:Ionuț]]. We pay by transfer from the company account in [[L:Romania]] [[I:RO22BTRL01301205M1438XX1]], is that ok? The van has Romanian plates, registered at our mother's house in [[L:Suceava]], [[A:Str. Ștefan cel Mare nr. 24, bl. 3, sc. A, ap. 12]], please put also that address on the invoice. My number [[T:+40 722 418 905]]",
                "en",
            ),
            (
                "a",
                "Hi [[P:Florin]], yes no problem, I add the Romanian address as a note. Pick-up {{D:Monday}} at {{TM:7:30}}. [[P:Michela]]",
                "en",
            ),
        ],
    },
    # 12. A young driver hit a pole with his father's Yaris; insurance claim and an obfuscated e-mail.
    {
        "business": "garage",
        "platform": "whatsapp",
        "customer": "ale",
        "lang": "it",
        "start": "2025-11-18T21:07:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:ale menegazzi]] il figlio di [[P:felice]], mio papà vi ha chiamato x la {{PD:Yaris}} 😬 ho preso un palo",
            ),
            (
                "a",
                "Ciao [[P:Alessandro]], sì, ha parlato con [[P:Giorgio]] stamattina. Tu tutto ok?",
            ),
            (
                "c",
                "si si io tt ok, la macchina meno. cmq l assicurazione e {{B:UnipolSai}}, n sinistro {{R:SIN 2025/VR/004417}}. la macchina e a casa dei nonni a [[L:Negrar]], [[A:via Dante Alighieri 31]], davanti al garage",
            ),
            (
                "a",
                "Passiamo domani mattina con il carro. Per il perito ci serve la tua mail, e la denuncia la trovi su {{W:www.unipolsai.it}}",
            ),
            (
                "c",
                "[[E:alessandro punto menegazzi chiocciola example punto it]] nn mi va la chiocciola sul tel 😅 cmq dite a mio papà di stare tranquillo",
            ),
            ("a", "Ricevuta, la giriamo al perito. Tuo papà lo sentiamo noi, tranquillo"),
            (
                "c",
                "lui e tutto tranne che {{W:felice}} adesso 😅 xké la macchina e sua. la nonna [[P:Gemma]] invece dice che l importante e che sto bene",
            ),
        ],
    },
    # 13. A girl from Bussolengo wants her 500 wrapped in pastel pink like her friend Rosa's car.
    {
        "business": "garage",
        "platform": "instagram",
        "customer": "aurora.bnt",
        "lang": "it",
        "start": "2025-07-01T13:26:00",
        "messages": [
            (
                "c",
                "ciaooo vorrei far diventare la mia {{PD:500}} {{W:rosa}} confetto 💕 come quella di [[P:Rosa Benetti]] ([[H:@rosabenetti_]]), l'avete fatta voi vero??",
            ),
            (
                "a",
                "Ciao! Sì 😄 pellicola {{B:3M}}, viene sui {{$:1.300 €}}, 3 giorni di lavoro. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Aurora]]! mi trovi anche su tiktok [[U:tiktok.com/@aurora.bnt]] ci faccio il video del prima e dopo",
            ),
            ("a", "Perfetto [[P:Aurora]]! Ritiriamo noi la macchina, dove abiti?"),
            (
                "c",
                "a [[L:Bussolengo]], [[A:vicolo Alba 3]], è la traversa dopo la farmacia. posso dare l acconto con la postepay? [[C:4917 6022 3354 8715]]",
            ),
            (
                "a",
                "Meglio di persona con il POS, non scriverla qui 🙏 La pellicola è già ordinata, arriva con {{B:BRT}}, spedizione {{TR:057122904418}}. Passiamo all'{{W:alba}} 😅 scherzo, {{D:lunedì}} alle {{TM:8}}. [[P:Michela]]",
            ),
        ],
    },
    # 14. A lawyer contests an invoice in a formal letter; the owner answers and names the secretary Mercedes.
    {
        "business": "garage",
        "platform": "messenger",
        "customer": "Vittoria Cristofoletti",
        "lang": "it",
        "start": "2025-09-22T10:05:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Officina Tosadori Car Service}},\ncon la presente contesto la {{R:fattura n. 311/2025}} relativa alla mia {{B:Mercedes}} {{PD:Classe A}}: l'importo di {{$:€ 612,40}} eccede il preventivo concordato telefonicamente con il sig. [[P:Tosadori]]. Chiedo il rimborso della differenza ({{$:€ 112,40}}) sul c/c [[I:IT05G0103079470000000273104]].\nDistinti saluti\nAvv. [[P:Vittoria Cristofoletti]]\n[[A:Corso Porta Nuova 98]]\n[[A:37122]] [[L:Verona]]",
            ),
            (
                "a",
                "Gentile Avvocato, ha ragione. Il sovrapprezzo riguarda le pastiglie {{B:Brembo}} montate su richiesta della sua segretaria, la sig.ra [[P:Mercedes]], ma non le era stato comunicato per iscritto. Provvediamo al rimborso entro {{D:venerdì 26}}.\nCordiali saluti\n[[P:Giorgio Tosadori]]",
            ),
            (
                "c",
                "La ringrazio. Per comunicazioni future: [[E:v.cristofoletti@studiolegale.example.it]], tel. studio [[T:045 801 2296]]. La macchina me la riporti pure in studio, il portiere è il sig. [[P:Adriano]], vicino alla {{W:stazione di Porta Nuova}}",
            ),
            (
                "a",
                "Ricevuto, bonifico disposto oggi, CRO {{R:0103-7781-2291}}. La macchina gliela porta [[P:Samuel]] {{D:giovedì}} alle {{TM:12}}",
            ),
        ],
    },
    # 15. A Nigerian student enrols for the intensive course and needs a visa letter and a host family.
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Chiamaka",
        "lang": "en",
        "start": "2025-03-31T08:14:00",
        "messages": [
            (
                "c",
                "Good morning, my name is [[P:Chiamaka Obi]], I'm from [[L:Enugu]] but I live in [[L:Lagos]] now. I want to do the intensive Italian course B1 from {{D:June 2}}",
            ),
            (
                "a",
                "Good morning [[P:Chiamaka]], welcome! The intensive B1 is 4 weeks, {{$:€ 780}}. Do you also need accommodation? [[P:Francesca]], {{B:Babel Perugia}}",
            ),
            (
                "c",
                "Yes please, a host family if possible. For the visa letter the embassy needs my home address: [[A:14 Adeola Odeku Street, Flat 3B]], [[L:Victoria Island]], [[L:Lagos]]",
            ),
            (
                "a",
                "Thank you. We have a room with signora [[P:Letizia Brunelli]] in [[A:via dei Priori 64]], 10 minutes walk from school. Her daughter [[P:Viola]] is about your age and studies at the {{W:Università per Stranieri}}",
            ),
            (
                "c",
                "Sounds lovely 😊 My email is [[E:chiamaka.obi@example.com.ng]], my WhatsApp is this one, and my mum's number in case of emergency [[T:+234 803 555 0172]], her name is [[P:Ngozi Obi]]",
            ),
            (
                "a",
                "Perfect. Visa info is on {{W:vistoperitalia.esteri.it}}, I'll send the letter by {{D:Friday}}. Your reference is {{R:ENR-2025-0233}}",
            ),
            (
                "c",
                "God bless you 🙏 one more thing, my sister [[P:Adaeze]] might visit in {{D:July}}, can she stay with [[P:Letizia]] too for a weekend?",
            ),
        ],
    },
    # 16. A Chinese student registers for the CILS exam, adds a friend and reports a blocked IP.
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Yutong",
        "lang": "en",
        "start": "2025-10-02T11:45:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Lin Yutong]] ([[P:林雨桐]]), student from [[L:Chengdu]]. I want register to {{PD:CILS B2}} exam in {{D:December}}",
            ),
            (
                "a",
                "Hi [[P:Yutong]]! The {{PD:CILS}} session is on {{D:4 December}}, registration closes {{D:24 October}}, fee {{$:€ 130}}. Are you already our student?",
            ),
            (
                "c",
                "Yes, in class of teacher [[P:Bruno]], level B1.2. My friend [[P:Zhou Min]] also want, can I add her? her telegram [[H:@minmin_zhou]] or link [[U:t.me/minmin_zhou]]",
            ),
            (
                "a",
                "Sure! Also, the online mock test is on our site, {{W:babelperugia.example.it/cils}}, please both do it before {{D:20 October}}",
            ),
            (
                "c",
                "I try but the page say my IP [[IP:117.136.48.205]] is blocked 😢 maybe because VPN from China? In WeChat we have group of Chinese students, my id [[H:lyt_0917]], school can post news there",
            ),
            (
                "a",
                "Our technician [[P:Gianluca]] will whitelist it today. Thanks for the WeChat group, [[P:Bruno]] will be happy, he says you're his best student 😄",
            ),
        ],
    },
    # 17. A Colombian student asks for a tandem partner in shaky Italian, then switches to English.
    {
        "business": "school",
        "platform": "instagram",
        "customer": "vale.ospina.m",
        "lang": "it",
        "start": "2025-02-17T18:32:00",
        "messages": [
            (
                "c",
                "holaa! sono [[P:valentina ospina]], studente di livello A2 🙈 vorrei fare il tandem italiano-spagnolo",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Bravissima che scrivi in italiano 👏 Il tandem è il {{D:mercoledì}} alle {{TM:18:00}} in aula 3",
            ),
            (
                "c",
                "perfetto. io abito a [[L:ponte san giovanni]], c'è autobus la sera? anche mia coinquilina [[P:Camila]] vuole venire, lei è di [[L:Quito]]",
            ),
            (
                "a",
                "Sì, ci sono il minimetrò e il bus, orari su {{W:www.fsbusitalia.it}}. Vi metto in coppia con [[P:Serena]] e [[P:Matteo]] 😊",
            ),
            ("c", "grazie!! [[P:serena]] ha instagram? il mio è [[U:instagram.com/vale.ospina.m]]"),
            (
                "a",
                "Sì, è [[H:serenapg_]]. È molto {{W:serena}} e paziente, vedrai che ti trovi bene 😄",
            ),
            (
                "c",
                "jajaja ok. sorry my english is better: for the certificate at the end, can you send it by post to my parents? [[A:Carrera 43A # 5-33, apto 1204]], [[L:El Poblado]], [[L:Medellín]], [[L:Colombia]]. my mom is [[P:Luz Marina Restrepo]]",
                "en",
            ),
        ],
    },
    # 18. A Pakistani student in the residence reports a Wi-Fi IP conflict and gives his codice fiscale.
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Hamza Qureshi",
        "lang": "en",
        "start": "2025-03-05T22:10:00",
        "messages": [
            (
                "c",
                "Assalam o alaikum. I am [[P:Hamza Qureshi]] from [[L:Lahore]], student of the B2 course. The wifi in the residence is not working since 2 days",
            ),
            (
                "a",
                "Hi [[P:Hamza]], sorry about that! Which flat? Can you send me a screenshot of the error?",
            ),
            (
                "c",
                "Flat 5, [[A:via della Pallotta 27, scala A]]. It says 'IP address conflict', my laptop shows [[IP:192.168.0.114]] and my roommate [[P:Bilal]]'s phone also shows the same",
            ),
            (
                "a",
                "Thanks, our technician [[P:Gianluca]] will reset the router this afternoon. By the way, did you get your codice fiscale for the permesso di soggiorno?",
            ),
            (
                "c",
                "Yes: [[CF:QRSHMZ01B09Z236A]]. The appointment I booked on {{W:portaleimmigrazione.it}} is {{D:17 March}} at the {{W:Questura}}, {{TM:9:40}}",
            ),
            (
                "a",
                "Great. Bring 4 passport photos and the school receipt {{R:RIC-0457}}. If you need, [[P:Francesca]] can come with you",
            ),
            (
                "c",
                "Thank you so much sister [[P:Francesca]] 🙏 my father in [[L:Gujranwala]] says you are very kind people",
            ),
        ],
    },
    # 19. An Italian tour guide with a VAT number enrols in evening German; his colleague works at the lake harbour.
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Nicola F.",
        "lang": "it",
        "start": "2025-09-10T19:02:00",
        "messages": [
            (
                "c",
                "salve, vorrei iscrivermi al corso di tedesco A2 serale. faccio la guida turistica e lavoro spesso con gruppi da {{W:Monaco}} e {{W:Stoccarda}}",
            ),
            (
                "a",
                "Buonasera! Il serale parte il {{D:6 ottobre}}, lunedì e giovedì {{TM:19-21}}, {{$:€ 420}}. Nome e cognome?",
            ),
            (
                "c",
                "[[P:Nicola Fornari]]. mi serve fattura: p.iva [[V:06933210541]], cf [[CF:FRNNCL99D15G478P]], [[A:via Antonio Gramsci 12/c]], [[A:06073]] [[L:Ellera di Corciano]]. il mio sito se serve [[U:https://nicolafornari-guida.example.it]]",
            ),
            ("a", "Perfetto. Una mail per la fattura?"),
            (
                "c",
                "[[E:nicola.fornari AT example.it]] (nn mi prende la chiocciola sulla tastiera 😅)",
            ),
            (
                "a",
                "Ricevuto! Ah, nel serale c'è già una sua collega, [[P:Marina Sciurpa]], siete in classe insieme",
            ),
            (
                "c",
                "ahah [[P:marina]]! la vedo tutti i giorni alla {{W:marina}} di Passignano, lavoriamo sui battelli del lago 🚤",
            ),
        ],
    },
    # 20. A CELTA teacher applies for a job with her LinkedIn, blog and a reference called Ivy.
    {
        "business": "school",
        "platform": "instagram",
        "customer": "rose.k.teaches",
        "lang": "en",
        "start": "2025-05-19T10:50:00",
        "messages": [
            (
                "c",
                "Hi! I saw your post about the English teacher position 🙂 I'm [[P:Rose Kowalczyk]], CELTA-qualified, born in [[L:Kraków]], currently teaching in [[L:Bath]]",
            ),
            (
                "a",
                "Hi [[P:Rose]], thanks for writing! Could you send your CV and a link to anything you've published?",
            ),
            (
                "c",
                "Sure: [[U:https://www.linkedin.com/in/rose-kowalczyk-tefl]] and my blog [[U:rosekteaches.wordpress.com]] (mostly lesson ideas lol). Which email for the CV?",
            ),
            (
                "a",
                "Please send it to our director, [[P:Ilaria Cecchetti]]: [[E:i.cecchetti@babelperugia.example.it]]",
            ),
            (
                "c",
                "Done! Referee: [[P:Ivy Chen]], Director of Studies at my current school, [[E:ivy.chen [at] example [dot] co [dot] uk]]. She's lovely, the {{W:ivy}} on our school wall is named after her as a joke",
            ),
            (
                "a",
                "Received 👍 We'd like a video interview next week. Best number, or can you pick a slot?",
            ),
            (
                "c",
                "Slots here [[U:calendly.com/rose-kowalczyk/30min]] or call me on [[T:+44 (0)7700 900 381]]. I'll be at my parents' in [[L:Nowa Huta]] from {{D:June 9}} though, so maybe before 🙏",
            ),
        ],
    },
    # 21. An American father arranges his daughter's summer programme and pastes his Amex card against advice.
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Bill H.",
        "lang": "en",
        "start": "2025-04-24T01:33:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Bill Hargrove]], dad of [[P:Ivy]] who's doing the teen summer program in {{D:July}}. Quick q's",
            ),
            ("a", "Hi [[P:Bill]]! Sure, go ahead 😊"),
            (
                "c",
                "1) can she arrive a day early, {{D:June 29}}? 2) her mom [[P:Dawn]] flies in with her to {{W:Fiumicino}}, is there a shuttle? 3) can I pay the rest by Amex",
            ),
            (
                "a",
                "1) yes, the host family [[P:Rossetti]] can take her from the 29th. 2) shuttle from {{W:Roma Fiumicino}} on Saturdays, {{$:€ 65}}, details on {{W:babelperugia.example.it/summer}}. 3) yes, but please use the secure payment link, not the chat 🙏",
            ),
            (
                "c",
                "too late lol: [[C:3798 221450 71130]] exp 08/27. billing address [[A:2217 Maple Crest Drive]], [[L:Columbus]], OH [[A:43215]]. receipt to [[E:bill underscore hargrove at example dot com]]",
            ),
            (
                "a",
                "Charged {{$:€ 1,450}}, receipt {{R:RC-7781}}; we've deleted the card number on our side, we'd suggest you do the same in this chat. Receipt going to [[E:bill underscore hargrove at example dot com]] as written",
            ),
            (
                "c",
                "Thanks. Fingers crossed she survives without her phone 😂 her insta if the [[P:Rossetti]] family wants to follow: [[H:ivy.hargrove]]",
            ),
        ],
    },
    # 22. A new subscriber in a hamlet above Langhirano gives directions past the dairy and her husband's number.
    {
        "business": "veg",
        "platform": "whatsapp",
        "customer": "Serena P.",
        "lang": "it",
        "start": "2025-04-04T12:20:00",
        "messages": [
            (
                "c",
                "ciao! vorrei attivare la cassetta settimanale bio. sono a [[L:Pilastro]] ([[L:Langhirano]]), consegnate anche lì?",
            ),
            (
                "a",
                "Ciao! Sì, il {{D:giovedì}} facciamo il giro della Val Parma. {{PD:Cassetta Famiglia}} {{$:€ 32}} o {{PD:Cassetta Single}} {{$:€ 19}}. Mi dai nome e indirizzo? [[P:Bruna]]",
            ),
            (
                "c",
                "[[P:Serena Pellegrini]], [[A:strada Pedemontana 45/1]], [[A:43013]] [[L:Pilastro]]. è la casa gialla dopo il caseificio, se non trovate chiamate mio marito [[P:Davide]] [[T:338 20 44 917]]",
            ),
            (
                "a",
                "Perfetto! Prima consegna {{D:giovedì 10 aprile}} tra le {{TM:14}} e le {{TM:17}}. Paghi con bonifico o alla consegna?",
            ),
            (
                "c",
                "bonifico. mi fate fattura? cf [[CF:PLLSRN94E61G337A]]. e se piove lasciatela pure dalla [[P:Marisa]] di fianco, la vicina, tanto ha sempre le galline fuori",
            ),
            (
                "a",
                "Certo! Ordine {{O:C-10482}}, il nostro IBAN è [[I:IT90I0306916010100000012874]], causale nome e numero d'ordine. Buona giornata {{W:serena}} a tutti 😄",
            ),
        ],
    },
    # 23. An English family just moved to a hamlet of Tizzano; Google Maps, a babysitter and a UK invoice address.
    {
        "business": "veg",
        "platform": "messenger",
        "customer": "Amber Collins",
        "lang": "en",
        "start": "2025-09-15T17:04:00",
        "messages": [
            (
                "c",
                "Hello! We've just moved to [[L:Tizzano]] from [[L:Somerset]] and our neighbour [[P:Pino]] said you deliver veg boxes up here?",
            ),
            (
                "a",
                "Hello and welcome! Yes, we come up every {{D:Thursday}} afternoon. Where exactly are you? — [[P:Bruna]]",
            ),
            (
                "c",
                "We're at [[A:località Groppo 7]], the old stone farmhouse past the church. Google Maps sends everyone to the wrong hamlet, we're actually nearer [[L:Reno]] than [[L:Capoponte]]",
            ),
            (
                "a",
                "Ha, Google always does that up there 🙂 The family box is {{$:€32}} and comes with a piece of {{PD:Parmigiano Reggiano 30 mesi}} every other week",
            ),
            (
                "c",
                "Lovely, sign us up. Name: [[P:Amber Collins]]. If we're out, our babysitter [[P:Stella]] or my husband [[P:Gareth]] will be in. Invoices please to our UK company, [[A:38 Orchard Lane]], [[L:Frome]] [[A:BA11 3DT]], email [[E:amber.collins @ example.org.uk]]",
            ),
            (
                "a",
                "All set, order {{O:C-10499}}. If nobody's home we leave the box in the shed, is that ok?",
            ),
            (
                "c",
                "Perfect. Oh and the traffic light by the bridge at {{W:Capoponte}} has been stuck on {{W:amber}} for weeks 😂 careful",
            ),
        ],
    },
    # 24. An 80-year-old widow from Collecchio dictates by voice; roses, a neighbour, and her son's spaced-out number.
    {
        "business": "veg",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2025-05-12T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:Rosa Ferrari]] di [[L:Collecchio]] mi ha dato il numero la [[P:gemma]] del forno",
            ),
            ("a", "Buongiorno signora [[P:Rosa]]! Che piacere. Vuole la cassetta anche lei?"),
            (
                "c",
                "sì ma piccola che sono da sola da quando è mancato il mio [[P:Franco]] virgola le patate non me le mettete che ne ho tante nell'orto punto anche le {{W:rose}} ho tante se volete ve ne do",
            ),
            (
                "a",
                "Che gentile! Allora {{PD:Cassetta Single}} senza patate. Consegna a [[L:Collecchio]] il {{D:venerdì}}. Mi dice l'indirizzo?",
            ),
            (
                "c",
                "[[A:via Galaverna 12]] piano terra punto se non ci sono la lascia dalla vicina [[P:Ines]] al [[A:numero 14]] che c'ha il cane piccolo ma non morde",
            ),
            ("a", "Perfetto signora. Paga alla consegna al nostro [[P:Matteo]], {{$:19 euro}}"),
            (
                "c",
                "mio figlio [[P:Gianfranco]] vi chiama lui per pagare con la carta il suo numero è [[T:3 4 7 6 6 1 2 0 8 5]]",
            ),
            ("a", "Mi scusi signora, me lo riscrive? Il dettatore l'ha spezzato tutto"),
            (
                "c",
                "[[T:3 4 7 6 6 1 2 0 8 5]] [[P:Gianfranco]] punto oppure su facebook [[U:facebook.com/gianfranco.ferrari.1962]] che lo guarda sempre",
            ),
        ],
    },
    # 25. A food blogger from Sala Baganza proposes a collaboration; blog, YouTube and a VAT number for the invoice.
    {
        "business": "veg",
        "platform": "instagram",
        "customer": "celeste.in.cucina",
        "lang": "it",
        "start": "2025-10-21T14:14:00",
        "messages": [
            (
                "c",
                "ciao {{B:Orto di Bruna}}! 🥕 sono [[P:Celeste]] di [[H:@celeste.in.cucina]], vi seguo da un po'. vi andrebbe una collab? ricette con la vostra cassetta",
            ),
            ("a", "Ciao [[P:Celeste]]! Ci piacerebbe molto! Dove sei?"),
            (
                "c",
                "circa 18k su ig, poi ho il blog [[U:celesteincucina.example.it]] e il canale [[U:https://youtube.com/@celesteincucina]]. sto a [[L:Sala Baganza]], [[A:via Maestri del Lavoro 6]]",
            ),
            (
                "a",
                "Perfetto, ti mandiamo una {{PD:Cassetta Famiglia}} omaggio {{D:giovedì}} con la {{PD:zucca Delica}} e il {{PD:cavolo nero}}. Nei post tagga pure {{B:@ortodibruna}} 😊",
            ),
            (
                "c",
                "certo!! il nastro {{W:celeste}} sulla cassetta è stupendo in foto. per le prossime collab a pagamento vi faccio fattura, sono forfettaria: [[P:Celeste Zanichelli]], p.iva [[V:02771540347]]",
            ),
            (
                "c",
                "ah il mio ragazzo [[P:Tommaso]] è allergico alle noci, se ce ne sono toglietele pls 🙏 e se non c'è nessuno la lascio a mia sorella [[P:Benedetta]] a [[L:San Vitale Baganza]]",
            ),
        ],
    },
    # 26. A Punjabi family near the cheese dairies orders a box; the daughter speaks Italian; a parcel for India is refused.
    {
        "business": "veg",
        "platform": "telegram",
        "customer": "Harpreet Kaur",
        "lang": "en",
        "start": "2025-05-08T16:48:00",
        "messages": [
            (
                "c",
                "hello sir, sat sri akal. my husband [[P:Gurpreet]] work in caseificio in [[L:Basilicanova]], his friend [[P:Manjit]] say you bring vegetable box",
            ),
            (
                "a",
                "Hello! Yes 😊 We deliver in [[L:Basilicanova]] on {{D:Friday}}. We can add extra {{PD:spinach}} and {{PD:coriander}} on request",
            ),
            (
                "c",
                "yes very good, lot of spinach for saag. name [[P:Harpreet Kaur]], address [[A:strada Basilicanova 77 int 2]], near the {{B:Conad}}",
            ),
            ("a", "Perfetto. Parli italiano?", "it"),
            (
                "c",
                "poco poco. mia figlia [[P:Simran]] parla bene, lei va a scuola a [[L:Montechiarugolo]]. scrivi a lei se problema, telegram [[H:@simran_k_08]] o [[U:t.me/simran_k_08]]",
                "it",
            ),
            (
                "a",
                "Grazie! Prima consegna {{D:venerdì 16 maggio}}, {{$:€ 32}}, ordine {{O:C-10517}}",
                "it",
            ),
            (
                "c",
                "thank you ji 🙏 we are from [[L:Jalandhar]], there we have big farm, here only small balcony 😄 can you send one {{PD:Parmigiano}} to my mother [[P:Kuldeep]] in [[L:India]]? [[A:House No. 118, Model Town]], [[L:Jalandhar]] [[A:144003]]",
            ),
            (
                "a",
                "So sorry, we only deliver around Parma 🙁 but for {{D:Diwali}} we can prepare a nice piece for you to bring yourselves!",
            ),
        ],
    },
    # 27. A missed box after a house move: the old and new addresses, a neighbour who ate the box, and a daughter called Neve.
    {
        "business": "veg",
        "platform": "whatsapp",
        "customer": "Franco L.",
        "lang": "it",
        "start": "2025-11-06T18:11:00",
        "messages": [
            (
                "c",
                "buongiorno, questa settimana la cassetta nn è arrivata 😕 abbonamento {{O:C-09877}}",
            ),
            ("a", "Buongiorno! Mi scusi, chi è? Dal numero non la trovo"),
            (
                "c",
                "[[P:Franco Lusignani]]. forse perché abbiamo cambiato casa, vi aveva scritto mia moglie [[P:Bianca]] dal suo numero",
            ),
            (
                "a",
                "Ecco, trovato: [[P:Matteo]] è andato al vecchio indirizzo, [[A:via Emilia Est 52]]. Il nuovo è [[A:strada Traversetolo 118]] a [[L:Vigatto]], giusto?",
            ),
            (
                "c",
                "esatto. la cassetta l ha presa la vicina di prima, la sig.ra [[P:Emilia Bocchi]], almeno qualcuno mangia 😂",
            ),
            (
                "a",
                "😂 Le rimandiamo una cassetta {{D:sabato}} senza costi, consegna {{W:franco}} domicilio ovviamente. Scusi ancora. [[P:Bruna]]",
            ),
            (
                "c",
                "ok grazie. sabato c è [[P:Neve]] a casa, la piccola, ha 14 anni, suonate forte che ha le cuffie. fattura sempre a [[E:franco.lusignani@example.it]]",
            ),
        ],
    },
    # 28. Snow on the road to a mountain hamlet: the box is left with an aunt in the village; amber-coloured honey.
    {
        "business": "veg",
        "platform": "messenger",
        "customer": "Ambra Cavalli",
        "lang": "it",
        "start": "2025-12-01T07:25:00",
        "messages": [
            (
                "c",
                "ciao, con la {{W:neve}} riuscite a salire fino a [[L:Bosco di Corniglio]]? {{D:martedì}} abbiamo la consegna",
            ),
            ("a", "Ciao! Chi sei? 😊 Ho tre clienti lassù"),
            (
                "c",
                "[[P:Ambra Cavalli]], [[A:loc. Le Piane 3]], quella col blog sulla vita in montagna [[U:ambrainappennino.blogspot.com]] 😅",
            ),
            (
                "a",
                "Ciao [[P:Ambra]]! Se dopo {{W:Lagrimone}} la strada è chiusa lasciamo la cassetta a tua zia [[P:Gina]] in paese a [[L:Corniglio]], va bene?",
            ),
            (
                "c",
                "sì da zia [[P:Gina]] va benissimo, [[A:via Roma 22]], sopra la merceria. mettete anche il miele di castagno, quello color {{W:ambra}} scuro 🍯",
            ),
            ("a", "Aggiunto! Totale {{$:€ 27,50}}. Buon inverno lassù ❄️"),
        ],
    },
    # 29. A couple marrying in Monreale books a full service; Villa Giulia, Teatro Massimo and the Santa Rosalia feast.
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Francesco Russo",
        "lang": "it",
        "start": "2025-02-24T20:40:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Francesco Russo]], io e [[P:Rosalia]] ci sposiamo al {{W:Duomo di Monreale}} il {{D:13 settembre}}, volevamo un preventivo per il servizio completo",
            ),
            (
                "a",
                "Buonasera [[P:Francesco]], auguri! Servizio completo foto + video + album {{$:€ 2.900}}. Per gli esterni consigliamo {{W:Villa Giulia}} o la scalinata del {{W:Teatro Massimo}}. [[P:Salvo]]",
            ),
            (
                "c",
                "[[P:Rosalia]] vuole {{W:Villa Giulia}} assolutamente. il servizio di fidanzamento però no il {{D:15 luglio}} perché c'è il festino di {{D:Santa Rosalia}} e non si cammina 😂",
            ),
            (
                "c",
                "x il contratto: [[P:Francesco Russo]], cf [[CF:RSSFNC78T23G273I]], residenti in [[A:via Ugo Antonio Amico 21]] [[A:90134]] [[L:Palermo]], mail [[E:rosalia.e.francesco2025@example.it]]",
            ),
            (
                "a",
                "Perfetto. Caparra {{$:€ 600}} su IBAN [[I:IT43L0503411701000000048215]] intestato {{B:Kalsa Photo Studio}}, causale {{R:CONTR-2025-061}}",
            ),
            (
                "c",
                "fatto. ah il testimone [[P:Totò]] vuole sapere se fate anche i video x tiktok 😂 lui è [[H:toto_lupo_pa]], tutto il suo profilo è [[U:tiktok.com/@toto_lupo_pa]]",
            ),
            ("a", "😂 Ditegli che il balletto lo fa lui, noi filmiamo. A presto!"),
        ],
    },
    # 30. A young model from Senegal books a portfolio shoot at the marina at sunset; links to her old photos.
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "awa.diop.model",
        "lang": "en",
        "start": "2025-05-14T18:02:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Awa Diop]], 21, I'd like a portfolio shoot for agencies. My ig is [[H:@awa.diop.model]]",
            ),
            (
                "a",
                "Hi [[P:Awa]]! Lovely feed 😍 Our portfolio package is 3 looks, studio + outdoor, {{$:€ 350}}. Do you already have an agency? [[P:Desirée]]",
            ),
            (
                "c",
                "Not yet, but [[P:Ibrahima]] from a scouting agency told me to do it. My old photos are here [[U:https://www.flickr.com/photos/awadiop_pa]] and everything else on [[U:linktr.ee/awadiop]]",
            ),
            (
                "a",
                "Great. For outdoor we suggest the {{W:marina}} at {{W:La Cala}} at sunset, or the beach at {{W:Mondello}}",
            ),
            (
                "c",
                "marina please!! 🌅 I live in [[L:Ballarò]] so it's close. Can my roommate [[P:Fatou]] come to help with the clothes?",
            ),
            (
                "a",
                "Of course. {{D:Saturday 24}} at {{TM:6:45 pm}}, meeting point {{W:Piazza Marina}}. The studio is at [[A:Via Alloro 58]], first floor, if you want to drop by before",
            ),
            (
                "c",
                "Perfect!! my number for the day [[T:+39 351 442 0719]], or my mum's in [[L:Dakar]] if I lose my phone again 😂 [[T:+221 77 514 32 08]]",
            ),
        ],
    },
    # 31. A christening in Palermo with the party at the in-laws' in Bagheria; relatives in Stuttgart and Brooklyn.
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Giusy Lo Verde",
        "lang": "it",
        "start": "2025-03-18T21:19:00",
        "messages": [
            (
                "c",
                "salve, volevo sapere x un battesimo quanto costa il servizio. il picciriddu si chiama [[P:Leonardo]] ed è il {{D:4 maggio}} a {{W:San Domenico}}",
            ),
            (
                "a",
                "Buonasera! Per il battesimo chiesa + festa {{$:€ 550}}, solo chiesa {{$:€ 300}}. Dove fate la festa?",
            ),
            (
                "c",
                "a casa di mia suocera a [[L:Bagheria]], [[A:via Città di Palermo 77]], c'è la terrazza grande. siamo una sessantina",
            ),
            ("a", "Ok, si fa. Nome e cognome per il preventivo?"),
            (
                "c",
                "[[P:Giusy Lo Verde]], mio marito è [[P:Rosario]]. il padrino è mio cugino [[P:Gioacchino]] che viene da [[L:Stoccarda]] apposta 🇩🇪",
            ),
            (
                "a",
                "Preventivo {{R:PREV-318}} inviato qui su messenger. Per l'album consiglio il 30x30 {{PD:Fine Art}}. [[P:Desirée]]",
            ),
            (
                "c",
                "perfetto. e mia suocera donna [[P:Nunzia]] vuole 10 foto stampate per i parenti di [[L:Brooklyn]], zio [[P:Sal]] e zia [[P:Concetta]] 🇺🇸 glieli spediamo noi",
            ),
            (
                "a",
                "Le spediamo noi con {{B:Poste Italiane}}, raccomandata internazionale {{TR:RR482913307IT}}, la seguite su {{W:www.poste.it}}. Saluti a donna [[P:Nunzia]]!",
            ),
        ],
    },
    # 32. A German-Spanish couple confirm their wedding in Cefalù; Berlin address, Spanish and German IBANs.
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Lena H.",
        "lang": "en",
        "start": "2025-01-28T09:09:00",
        "messages": [
            (
                "c",
                "Hi! [[P:Lena Hoffmann]] here, we spoke on the phone last week. [[P:Javier]] and I confirm for {{D:June 21}} in [[L:Cefalù]] 🎉",
            ),
            (
                "a",
                "Wonderful news [[P:Lena]]! I'll send the contract today. Which address should I put on it?",
            ),
            (
                "c",
                "[[A:Schillerstraße 14]], [[A:10625]] [[L:Berlin]]. But the deposit comes from [[P:Javier]]'s Spanish account [[I:ES7521000418410209376814]], his full name is [[P:Javier Ruiz Ortega]]",
            ),
            (
                "a",
                "Got it. One change on our side: my second shooter [[P:Dario]] is now booked that day, I'll bring [[P:Chiara]] instead, she's great. [[P:Salvo]]",
            ),
            (
                "c",
                "Sure! [[P:Javier]]'s mum [[P:Pilar]] asks if you can also photograph the dinner the night before at her friends' house in [[L:Castelbuono]]?",
            ),
            (
                "a",
                "Yes, +{{$:€ 250}}. If you cancel more than 90 days before, the deposit goes back to the same account, ok?",
            ),
            (
                "c",
                "Actually use mine for refunds: [[I:DE94370400440817342290]]. Our wedding site has the timetable: [[U:lenaundjavier.example.de]], and my mail is [[E:lena.hoffmann@example.de]]",
            ),
        ],
    },
    # 33. A bride sends a numbered list of relatives for the group photos, plus where bride and groom get ready.
    {
        "business": "photo",
        "platform": "telegram",
        "customer": "Valentina 👰",
        "lang": "it",
        "start": "2025-08-29T22:47:00",
        "messages": [
            ("c", "ciao [[P:Salvo]]! come promesso ti mando la lista x le foto di gruppo 👇"),
            (
                "c",
                "1. nonna [[P:Rosa]] e nonno [[P:Fortunato]]\n2. zia [[P:Stella]] con [[P:Pino]] e i gemelli [[P:Kevin]] e [[P:Kristian]]\n3. i cugini di [[L:Partinico]]: [[P:Ignazio]], [[P:Concetta]], [[P:Marilena]]\n4. la mia migliore amica [[P:Azzurra]] (quella col vestito {{W:azzurro}})\n5. zio [[P:Nenè]] con la {{PD:Fiat 500}} d'epoca",
            ),
            ("a", "Perfetta! Con [[P:Nenè]] e la {{PD:500}} ci facciamo anche un video 😄"),
            (
                "c",
                "poi i testimoni [[P:Marco Ciulla]] e [[P:Valeria Di Maio]]. io mi preparo a casa a [[L:Sferracavallo]], [[A:via Torretta 88]], lo sposo da sua madre in [[A:via Libertà 131, scala B, 3° piano]]",
            ),
            (
                "a",
                "Ricevuto. Trucco alle {{TM:9}}, io arrivo da te alle {{TM:10:30}} e [[P:Chiara]] va dallo sposo",
            ),
            (
                "c",
                "ah, [[P:Azzurra]] dice che il vestito alla fine è {{W:rosa}} antico non {{W:azzurro}} 🙄 cambia poco ma te lo dico",
            ),
        ],
    },
    # 34. A wedding guest asks for her photo to be removed from the studio's profile; privacy contact and an ex.
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "marina.scaduto_",
        "lang": "it",
        "start": "2025-02-06T11:36:00",
        "messages": [
            (
                "c",
                "buongiorno, nel vostro post del {{D:2 febbraio}} c'è una mia foto del matrimonio di mia cugina [[P:Sabrina]] e io non ho dato il consenso",
            ),
            ("a", "Buongiorno, ci scusi! Ci dice quale foto e chi è lei?"),
            (
                "c",
                "sono [[P:Marina Scaduto]], la ragazza col vestito verde accanto alla sposa, la terza foto. il mio profilo è [[U:https://instagram.com/marina.scaduto_]] se volete controllare",
            ),
            (
                "a",
                "Rimossa, signora [[P:Scaduto]]. Per qualsiasi richiesta sui dati c'è il nostro referente privacy, dott. [[P:Lombardo]]",
            ),
            (
                "c",
                "grazie. a che mail gli scrivo? altrimenti faccio reclamo al {{W:Garante}}, ho già visto sul sito {{W:www.garanteprivacy.it}}",
            ),
            ("a", "[[E:privacy.lombardo@kalsaphoto.example.it]], risponde in giornata"),
            (
                "c",
                "ok. comunque le foto erano belle eh 😅 è che il mio ex [[P:Gaspare]] le ha viste e mi scrive da giorni",
            ),
        ],
    },
    # 35. A newborn shoot at home; the husband is also called Salvo; Arabic names and a deposit by card.
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Yasmine",
        "lang": "it",
        "start": "2025-10-30T15:51:00",
        "messages": [
            (
                "c",
                "bonjour, ciao! sono [[P:Yasmine]], aspetto una bimba per {{D:fine novembre}} e vorremmo un servizio newborn a casa",
            ),
            (
                "a",
                "Ciao [[P:Yasmine]], che bello! Il newborn si fa entro i primi 10 giorni, {{$:€ 320}} a domicilio. Dove abitate?",
            ),
            (
                "c",
                "[[A:via Sciuti 164, 4° piano]], citofono [[P:Greco]]. mio marito è [[P:Salvo Greco]], non tu eh 😂",
            ),
            (
                "a",
                "😂 A Palermo siamo in troppi con questo nome! Prenotiamo con caparra {{$:€ 100}}, link di pagamento o carta?",
            ),
            (
                "c",
                "carta, [[C:5523 1098 4471 0265]] scad 11/26 a nome [[P:Yasmine Ben Salah]]. la ricevuta a [[E:yasmine point bensalah arobase example point fr]], scusa tastiera francese",
            ),
            (
                "a",
                "Fatto, ricevuta {{R:RIC-2025-0877}} a [[E:yasmine point bensalah arobase example point fr]]. La bimba come si chiamerà?",
            ),
            (
                "c",
                "[[P:Noor]], in arabo [[P:نور]], vuol dire luce ✨ la nonna [[P:Latifa]] arriva da [[L:Sfax]] per la nascita e vuole essere in tutte le foto",
            ),
        ],
    },
    # 36. A toy poodle booked with the taxi-dog pick-up; the owner works in Tarvisio at weekends.
    {
        "business": "groom",
        "platform": "whatsapp",
        "customer": "Elena",
        "lang": "it",
        "start": "2025-03-26T13:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Elena]], la padrona di Briciola (barboncino toy) 🐩 avete posto {{D:sabato}}?",
            ),
            (
                "a",
                "Ciao [[P:Elena]]! {{D:Sabato}} alle {{TM:11:00}} va bene? Bagno + taglio {{$:€ 45}}, listino completo su {{W:baffiecode.example.it/listino}}. [[P:Elisa]]",
            ),
            (
                "c",
                "perfetto. la porta mia mamma [[P:Graziella]] perché io nel weekend lavoro a [[L:Tarvisio]]",
            ),
            ("a", "Ok! Con il taxi-dog possiamo anche passare a prenderla noi, {{$:€ 8}} in città"),
            (
                "c",
                "ah sì magari! [[A:viale Venezia 233, scala B]], citofono [[P:Dall'Olio]]. se mamma non sente chiamate il suo fisso [[T:0432/602118]]",
            ),
            (
                "c",
                "e mi fate la fattura? [[P:Elena Dall'Olio]], cf [[CF:DLLLNE88A47L483L]]. usate lo shampoo {{B:Iv San Bernard}} che l'altro le ha dato prurito. a {{D:sabato}}!",
            ),
        ],
    },
    # 37. An American military family in Codroipo books a husky deshed; records from a vet in Texas; card payment.
    {
        "business": "groom",
        "platform": "messenger",
        "customer": "Faith Morales",
        "lang": "en",
        "start": "2025-08-11T16:37:00",
        "messages": [
            (
                "c",
                "Hi there! We just PCS'd to [[L:Aviano]] and we live in [[L:Codroipo]]. Our husky needs a deshed, do y'all speak English?",
            ),
            (
                "a",
                "Hi! Yes, I speak English 🙂 I'm [[P:Kevin]], the groomer. A husky deshed is about {{$:€ 70}}, two hours.",
            ),
            (
                "c",
                "Great! I'm [[P:Faith Morales]], my husband is [[P:Hector]]. Can we come {{D:Saturday}}? Our address for the invoice is [[A:Via Pordenone 19/3]], [[A:33033]] [[L:Codroipo]]",
            ),
            ("a", "Saturday at {{TM:9:30}} is ok. Please bring the vaccination records"),
            (
                "c",
                "Records are from our vet in [[L:San Antonio]], [[L:Texas]], all in English, is that ok? I have {{W:faith}} in you guys, the last groomer shaved him 😭",
            ),
            (
                "a",
                "English is fine. See you Saturday at [[A:Via Cividale 412]], {{W:Udine}}, parking in the back. You can pay cash or card",
            ),
            (
                "c",
                "Card, I'll just pay now if you can run it: [[C:4012 8877 0342 1196]], [[P:Faith A. Morales]]. [[P:Hector]]'s cell in case I'm late: [[T:(210) 555-0193]], and my email for the receipt [[E:faith.morales@example.com]]",
            ),
        ],
    },
    # 38. A lion cut for a Pomeranian with its own Instagram; TikTok without @, link-in-bio and a boyfriend called Leone.
    {
        "business": "groom",
        "platform": "instagram",
        "customer": "pepe_il_pomerania",
        "lang": "it",
        "start": "2025-07-03T10:18:00",
        "messages": [
            (
                "c",
                "ciaoo! vorrei il taglio a {{W:leone}} per il mio pomerania 🦁 avete esperienza?",
            ),
            (
                "a",
                "Ciao! Sì, il taglio {{W:leone}} lo facciamo spesso, {{$:€ 50}}. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Ginevra]] 😊 il cane è Pepe, su ig è [[H:@pepe_il_pomerania]] e su tiktok [[H:ginny.e.pepe]]. tutti i link qui [[U:https://linktr.ee/ginnyepepe]]",
            ),
            (
                "a",
                "Che carino! Possiamo ripostare le foto dopo sul nostro {{B:@baffiecode.udine}}?",
            ),
            (
                "c",
                "sì certo, taggate anche il mio ragazzo [[P:Leone]] ([[H:@leo.fabbro_]]) ahah che paga lui 😅. abitiamo a [[L:Feletto Umberto]], vicino al centro commerciale",
            ),
            (
                "a",
                "Perfetto! {{D:martedì 8}} alle {{TM:15:30}}, siamo in [[A:via Cividale 412]]. [[P:Elisa]]",
            ),
        ],
    },
    # 39. An old man from a hamlet north of Udine books a matted Persian cat; his daughter comes from Graz for Easter.
    {
        "business": "groom",
        "platform": "whatsapp",
        "customer": "Bruno T.",
        "lang": "it",
        "start": "2025-04-14T08:02:00",
        "messages": [
            (
                "c",
                "mandi, sono [[P:Bruno Tomat]] di [[L:Zompitta]]. ho un gatto persiano tutto infeltrito, pelo {{W:bruno}} scuro, lo fate voi?",
            ),
            (
                "a",
                "Mandi sior [[P:Bruno]]! Sì, i gatti li fa [[P:Kevin]], il {{D:lunedì}} mattina che c'è calma. Rasatura sanitaria {{$:€ 60}}",
            ),
            (
                "c",
                "va ben. me lo porta mia fia [[P:Stella]] che viene da [[L:Graz]] per {{D:Pasqua}}. il suo numero austriaco [[T:+43 664 5120 887]]",
            ),
            (
                "a",
                "Allora {{D:lunedì 21 aprile}}? Ah no, è {{D:Pasquetta}} e siamo chiusi 😅 facciamo {{D:martedì 22}}",
            ),
            (
                "c",
                "martedì. quando avete finito chiamate me al fisso [[T:0432 85 71 40]] che mia fia non risponde mai. io sto in [[A:via dei Tigli 6]], se serve, dietro la latteria",
            ),
            ("a", "Segnato. Mandi e buine Pasche!"),
        ],
    },
    # 40. An Indian software engineer is blocked by the booking form; monthly plan by direct debit; GitHub and his wife.
    {
        "business": "groom",
        "platform": "telegram",
        "customer": "Arjun V",
        "lang": "en",
        "start": "2025-11-25T12:58:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Arjun]] here ([[H:@arjun_v_dev]]). Tried to book on {{W:baffiecode.example.it/prenota}} but it says access denied for my IP [[IP:151.38.204.77]] 🤔 on mobile data it shows [[IP:2a01:e11:1405:3c0::1b]] and same error",
            ),
            (
                "a",
                "Hi [[P:Arjun]], sorry! Our web guy [[P:Thomas]] will check. What do you need to book?",
            ),
            (
                "c",
                "Monthly grooming for our two beagles. My wife [[P:Priya]] usually brings them. We're at [[A:via Grazzano 47, int. 3]]",
            ),
            (
                "a",
                "Monthly plan for both: {{$:€ 75}} a month. Payment by direct debit, we need an IBAN",
            ),
            (
                "c",
                "[[I:IT58W0623012700000040118226]], account holder [[P:Arjun Venkataraman]]. Also if you ever want a better booking page, I do this for a living 😅 [[U:github.com/arjunv-dev]]",
            ),
            (
                "a",
                "Ha! Maybe 😄 [[P:Thomas]] might get jealous. First appointment {{D:Wednesday 3 December}} at {{TM:10:00}}",
            ),
            (
                "c",
                "Perfect. [[P:Priya]]'s number is [[T:+39 392 667 1408]], she's also on telegram as [[H:@priya_iyer_ud]]. Her parents are visiting from [[L:Chennai]] that week so there may be 4 of us 😂",
            ),
        ],
    },
    # 41. An angry customer in caps: her shih tzu was shaved; the groomer explains; refund to the husband's IBAN.
    {
        "business": "groom",
        "platform": "whatsapp",
        "customer": "Vera M.",
        "lang": "it",
        "start": "2025-06-17T08:44:00",
        "messages": [
            (
                "c",
                "BUONGIORNO. HO RITIRATO IERI IL MIO SHIH TZU E L AVETE RASATO A ZERO!!! avevo detto solo una spuntatina",
            ),
            ("a", "Buongiorno, ci dispiace molto. Ci dice il suo nome così guardiamo la scheda?"),
            (
                "c",
                "[[P:Vera Marangone]]. la scheda l ha compilata la ragazza bionda, [[P:Jessica]]",
            ),
            (
                "a",
                "Signora [[P:Marangone]], [[P:Kevin]] dice che c'erano nodi fino alla pelle e non si poteva fare una {{W:vera}} spuntatina. Le rimborsiamo comunque il 50%, {{$:€ 22,50}}",
            ),
            (
                "c",
                "e il fiocchetto {{W:rosa}} che vi avevo chiesto? nemmeno quello. la veterinaria, la dott.ssa [[P:Zuliani]] di [[L:Tavagnacco]], dice che ci vogliono 3 mesi per ricrescere",
            ),
            (
                "a",
                "Ha ragione, il fiocco ce lo siamo dimenticati, ci scusi. Per il rimborso ci lascia un IBAN?",
            ),
            (
                "c",
                "[[I:IT02I0311112600000000009931]] intestato a mio marito [[P:Renzo Marangone]]. e la prossima volta chiamatemi prima al [[T:0039 348 112 7745]]",
            ),
        ],
    },
    # 42. A Ukrainian dog photographer proposes a shoot in the salon; portfolio, handle, obfuscated e-mail and VAT number.
    {
        "business": "groom",
        "platform": "instagram",
        "customer": "oksana.k.dogphoto",
        "lang": "en",
        "start": "2025-05-05T19:27:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Oksana]] ([[P:Оксана]]), I photograph dogs 🐶 Could I do a small shoot in your salon? portfolio: [[U:https://www.behance.net/oksanakovalenko]]",
            ),
            (
                "a",
                "Ciao [[P:Oksana]]! Bellissime foto. Sì, la {{D:domenica}} siamo chiusi, potresti venire allora",
                "it",
            ),
            (
                "c",
                "I live in [[L:Udine]] since 2022, in [[L:Borgo Stazione]], before in [[L:Lviv]]. My italian is so-so, sorry 🙈",
            ),
            (
                "a",
                "No problem! In English then: Sunday {{D:May 18}}, from {{TM:10}}. Can we use the photos on {{B:@baffiecode.udine}}?",
            ),
            (
                "c",
                "Yes, with credit please: [[H:@oksana.k.dogphoto]]. I send a small contract by email, from [[E:oksana dot kovalenko at example dot com dot ua]], invoice with my partita IVA [[V:05102980306]], [[P:Oksana Kovalenko]]",
            ),
            (
                "a",
                "Send it to our manager [[P:Elisa Tomasin]], [[E:elisa.tomasin@baffiecode.example.it]]. Grazie!",
            ),
            ("c", "Super. I bring my assistant [[P:Dmytro]], and my dog Bohdan also models 😂"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(63, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
