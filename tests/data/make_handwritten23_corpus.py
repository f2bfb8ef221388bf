# ruff: noqa: E501
"""Hand-written blind test corpus no. 23 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten23_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a pharmacy with home delivery in Palermo, a
bicycle repair and rental workshop in Ferrara, a violin maker (liutaio) in Cremona with foreign
musicians as clients, an estate agent for English-speaking expats in the Lucca countryside, a
scuba diving centre at La Maddalena (Sardinia), and an office-supply and copier-rental company in
Bergamo selling to other firms.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten23_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten23_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pharmacy": "Farmacia Kalsa Consegne a Domicilio",
    "bike": "Ciclofficina Due Ruote Estensi",
    "luthier": "Bottega di Liuteria Ardenghi",
    "estate": "Lucca Hills Homes for Expats",
    "diving": "Maddalena Blu Diving Center",
    "office": "Orobica Ufficio & Copia Srl",
}
PAGE_IDS: dict[str, str] = {
    "pharmacy": "623010000000118",
    "bike": "623010000000229",
    "luthier": "623010000000336",
    "estate": "623010000000447",
    "diving": "623010000000554",
    "office": "623010000000665",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Pharmacy: daughter orders delivery for her elderly father, ricetta + codice fiscale
    {
        "business": "pharmacy",
        "platform": "messenger",
        "customer": "Giusi Cordaro",
        "lang": "it",
        "start": "2024-02-06T08:14:00",
        "messages": [
            (
                "c",
                "buongiorno, sn [[P:Giusi]] la figlia di [[P:Mario Cordaro]], mio padre nn puo uscire x la gamba. avete la consegna oggi? ha la ricetta elettronica del dott. [[P:Lo Verde]]",
            ),
            (
                "a",
                "Buongiorno [[P:Giusi]]! Sì, consegniamo fino alle {{TM:19:00}}. Ci mandi il codice NRE della ricetta, il codice fiscale di suo papà e l'indirizzo. [[P:Chiara]] - {{B:Farmacia Kalsa}}",
            ),
            (
                "c",
                "NRE {{R:190A4 7781 2263 015}}, CF [[CF:CRDMRA85T10G273K]]... ah no aspetti quello è di mio fratello [[P:Mario]] jr 😅 papà ve lo mando dopo. Indirizzo [[A:via Maqueda 214]], scala B 3° piano, citofono [[P:Cordaro]]",
            ),
            (
                "a",
                "Nessun problema, per il farmaco bastano NRE e tessera sanitaria. Sono 2 confezioni di {{PD:Eliquis 5 mg}}, ticket {{$:4,00 €}}. Il fattorino [[P:Totò]] passa tra {{TM:11:30}} e {{TM:12:00}}, le può telefonare?",
            ),
            (
                "c",
                "si chiamate me [[T:328 417 6620]] o il fisso di papà [[T:091 611 2843]] ma è sordo 🙈 grazie mille",
            ),
            (
                "a",
                "Perfetto, segnato. Buona giornata! [[P:Chiara]]",
            ),
        ],
    },
    # 2. Pharmacy: Palermo dialect, order for the neighbour, delivery in Mondello
    {
        "business": "pharmacy",
        "platform": "whatsapp",
        "customer": "Ciccio",
        "lang": "it",
        "start": "2024-02-11T17:40:00",
        "messages": [
            (
                "c",
                "salutamu, sugnu [[P:Ciccio]] [[P:Pagano]], mi servi u sciroppu pa tussi pa me vicina za' [[P:Pina]], idda un avi telefono",
            ),
            (
                "a",
                "Buonasera sig. [[P:Pagano]]! Per lo sciroppo senza ricetta va bene {{PD:Bronchenolo}} o {{PD:Fluimucil}}? La consegna a [[L:Mondello]] costa {{$:3 euro}}. Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "chiddu ca custa menu. portatilu a [[A:via Principe di Scalea 41]], [[A:90151]], io abito o primo pianu, idda o secunnu. pago iu. u me codici fiscali si servi è [[CF:PGNFNC71C03G273H]]",
            ),
            (
                "a",
                "Non serve il CF per uno sciroppo, ma grazie 🙂 Allora {{PD:Bronchenolo Tosse}} {{$:7,90 €}} + consegna. Arriva domani mattina, il ragazzo si chiama [[P:Kevin]].",
            ),
            (
                "c",
                "va beni. si un rispunnu chiamati a me figghia [[P:Rosalia]] [[T:+39 349 552 1087]]",
            ),
            (
                "a",
                "D'accordo, domani chiamiamo [[P:Rosalia]] se nessuno apre. Salutissimi a za' [[P:Pina]]! [[P:Tommaso]]",
            ),
        ],
    },
    # 3. Pharmacy: British tourist in an Airbnb in the Kalsa, allergy
    {
        "business": "pharmacy",
        "platform": "instagram",
        "customer": "grace.church.travels",
        "lang": "en",
        "start": "2024-04-23T21:05:00",
        "messages": [
            (
                "c",
                "Hi!! do you deliver to holiday flats? my husband [[P:Ollie]] has a horrible reaction to something he ate at the market, puffy eyes etc. not an emergency i think",
            ),
            (
                "a",
                "Hello! Yes we do, until {{TM:22:00}}. If he has trouble breathing please call 112 first. Otherwise we can bring an antihistamine like {{PD:Zirtec}}. Where are you staying? [[P:Chiara]]",
            ),
            (
                "c",
                "[[A:Vicolo della Neve all'Alloro 7]], top bell says [[P:Sciortino]] (the host). I'm [[P:Grace Church]], my number is [[T:+44 7912 338 406]]. Can I pay by card at the door?",
            ),
            (
                "a",
                "Yes, the rider has a POS. {{PD:Zirtec 10 mg}} 7 tablets {{$:€6.50}} plus {{$:€3}} delivery. He'll be there in about 30 min, his name is [[P:Kevin]].",
            ),
            (
                "c",
                "amazing thank you. if you want to send the receipt: [[E:grace dot church at example dot co dot uk]] (sorry, the app eats the at sign lol)",
            ),
            (
                "a",
                "Got it, receipt will come to that address. Get well soon to [[P:Ollie]]! 🌿",
            ),
        ],
    },
    # 4. Pharmacy: Nigerian customer in Ballarò, insulin, doctor's name
    {
        "business": "pharmacy",
        "platform": "telegram",
        "customer": "Chinedu O.",
        "lang": "it",
        "start": "2024-05-02T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Chinedu Okafor]], O-K-A-F-O-R. mia moglie [[P:Blessing]] ha diabete, serve insulina {{PD:Humalog}} penne. dottoressa [[P:Ilenia Spanò]] ha fatto ricetta",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Okafor]], l'{{PD:Humalog KwikPen}} lo abbiamo. Mi manda il numero di ricetta e il codice fiscale della signora [[P:Blessing]]? Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "ricetta {{R:190A4 0932 5518 722}}. codice fiscale lo porto io quando arriva il ragazzo. casa è [[A:vicolo Castelnuovo 3 int. 2]] vicino mercato [[L:Ballarò]]",
            ),
            (
                "a",
                "Va benissimo. La consegna è gratuita per i farmaci con ricetta. Il collega passa dopo le {{TM:15:00}}. Un numero a cui chiamare?",
            ),
            (
                "c",
                "[[T:351 208 7734]] mio, oppure mio fratello [[P:Emeka]] [[T:+234 803 411 7820]] ma lui è in [[L:Lagos]] ahah no, usa solo mio",
            ),
            (
                "a",
                "Perfetto, solo il suo allora 😄 A dopo!",
            ),
        ],
    },
    # 5. Pharmacy: care home invoice, partita IVA, obfuscated e-mail, refund IBAN
    {
        "business": "pharmacy",
        "platform": "whatsapp",
        "customer": "Villa Serena RSA",
        "lang": "it",
        "start": "2024-06-14T11:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Speranza Lo Bue]], amministrazione della casa di riposo {{B:Villa Serena}}. Ci serve fattura elettronica per l'ordine {{O:FK-24-0617}} di {{D:ieri}}",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Lo Bue]], certo. Mi conferma partita IVA e codice SDI o PEC? [[P:Giusy]] - amministrazione",
            ),
            (
                "c",
                "P.IVA [[V:02776100824]], SDI {{R:M5UXCR1}}. Copia cortesia a [[E:speranza punto lobue chiocciola villaserena punto example punto it]]",
            ),
            (
                "c",
                "Ah e nell'ordine c'era un doppio addebito di {{$:38,40 €}}, potete rimborsare su [[I:IT07 J010 3011 4000 0006 1527 390]] intestato alla struttura?",
            ),
            (
                "a",
                "Verificato, effettivamente il {{PD:Pantorc 40}} era stato battuto due volte. Rimborso disposto oggi {{D:14/06}} sull'IBAN [[I:IT07J0103011400000061527390]]. Fattura in arrivo.",
            ),
            (
                "c",
                "Grazie! Saluti anche da suor [[P:Bianca]] 🙏",
            ),
        ],
    },
    # 6. Pharmacy: Indian student, code-switching
    {
        "business": "pharmacy",
        "platform": "messenger",
        "customer": "Priya R",
        "lang": "en",
        "start": "2024-10-08T19:20:00",
        "messages": [
            (
                "c",
                "hello, I'm [[P:Priya Raghunathan]], Erasmus student at the uni. I have fever 38.5 and my flatmate [[P:Marta]] says you deliver?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes. We can bring {{PD:Tachipirina 1000}} and a thermometer if you need. Address please? [[P:Chiara]]",
            ),
            (
                "c",
                "[[A:via Porto Salvo 12]], [[L:Borgo Vecchio]], 4th floor no lift 😩. buzzer [[P:Raghunathan]]/[[P:Ferrante]]",
            ),
            (
                "c",
                "scusi, il mio italiano è poco... posso pagare con satispay? il mio numero è [[T:+39 366 904 1172]]",
                "it",
            ),
            (
                "a",
                "Certo, Satispay va benissimo! / Sure, Satispay is fine. Total {{$:€8.20}}. Please also send an email for the receipt.",
            ),
            (
                "c",
                "[[E:priya.raghunathan@studenti.example.it]] thx a lot!!",
            ),
            (
                "a",
                "Sent! The rider [[P:Kevin]] is on his way, 20 min. Rest and drink a lot, [[P:Priya]] 🍵",
            ),
        ],
    },
    # 7. Pharmacy: wife orders for husband Totò, payment link
    {
        "business": "pharmacy",
        "platform": "whatsapp",
        "customer": "Nuccia",
        "lang": "it",
        "start": "2024-12-20T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno sn [[P:Nuccia]] la moglie di [[P:Totò Bello]], vi ricordate? quello delle gocce x la pressione. ci servono x {{W:Natale}} che poi siamo a [[L:Bagheria]] da mia sorella",
            ),
            (
                "a",
                "Buongiorno signora [[P:Nuccia]]! Certo, {{PD:Triatec}} gocce. Lo portiamo a casa o a [[L:Bagheria]]?",
            ),
            (
                "c",
                "a [[L:Bagheria]], [[A:corso Butera 98]], c/o [[P:Rosa Bello]] mia cognata. cellulare di lei [[T:333.48.21.290]]",
            ),
            (
                "a",
                "Fuori [[L:Palermo]] la consegna è {{$:6 €}}. Le mando il link di pagamento: [[U:https://pay.example.com/farmaciakalsa/bello-antonino-2012]]",
            ),
            (
                "c",
                "pagato! auguri a tutti voi e a [[P:Chiara]] che è sempre gentile 🎄",
            ),
            (
                "a",
                "Grazie signora [[P:Nuccia]], auguri a lei, a [[P:Totò]] e a [[P:Rosa]]! Arriva il {{D:23 dicembre}} in mattinata. [[P:Chiara]]",
            ),
        ],
    },
    # 8. Bike: regular customer, chain and gears, spells surname
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2024-03-04T08:02:00",
        "messages": [
            (
                "c",
                "ciao [[P:Nicola]] sn [[P:Fede]], la mia {{B:Bianchi}} fa un rumore strano quando cambio, catena che salta. passo stamattina?",
            ),
            (
                "a",
                "ciao [[P:Fede]]! passa pure, prima delle {{TM:12:30}}. mi ridici il cognome x la scheda? nn ti trovo",
            ),
            (
                "c",
                "[[P:Malservisi]], emme a elle esse e erre vu i esse i. [[P:Federico Malservisi]]. tel [[T:0532/761 204]] (casa) o [[T:347 662 1903]]",
            ),
            (
                "a",
                "trovato, eri sotto [[P:Malservisio]] 🙈 corretto. probabilmente catena + pacco pignoni {{PD:Shimano Tiagra}}, circa {{$:65 €}} montaggio compreso",
            ),
            (
                "c",
                "ok va bene. la lascio e la prende mia morosa [[P:Betta]] venerdì, ok? lei abita in [[A:via Savonarola 31]] se serve",
            ),
            (
                "a",
                "nessun problema, pronta {{D:venerdì 8}}. ciao! [[P:Nicola]] - {{B:Due Ruote Estensi}}",
            ),
        ],
    },
    # 9. Bike: rental along the Po, codice fiscale for the contract, handle
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "rosabianchi_92",
        "lang": "it",
        "start": "2024-04-19T14:45:00",
        "messages": [
            (
                "c",
                "ciao! vorrei noleggiare 2 ebike x {{W:Pasquetta}} per fare la ciclabile del {{W:Po}} fino a {{W:Pontelagoscuro}} e oltre. io e la mia amica [[P:Serena]]",
            ),
            (
                "a",
                "Ciao! {{D:Lunedì 1 aprile}} abbiamo ancora 2 {{PD:E-City 500}}. {{$:35 €}} al giorno l'una. Per il contratto ci servono nome, codice fiscale e documento",
            ),
            (
                "c",
                "[[P:Rosa Bianchi]], CF [[CF:BNCRSO92A41D548Y]]. l'amica è [[P:Serena Fox]] (sì come la volpe 🦊), il suo CF ve lo da lei",
            ),
            (
                "a",
                "perfetto [[P:Rosa]]! ritiro alle {{TM:9:00}} in negozio. Se volete taggarci nelle storie siamo @{{B:dueruoteestensi}} 😉",
            ),
            (
                "c",
                "certo! tagga anche [[P:Serena]] che è @[[H:serena.fox.ride]], io sono @[[H:rosabianchi_92]]",
            ),
        ],
    },
    # 10. Bike: Dutch couple, Ferrara to Venice, deposit refund on a Dutch IBAN
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Hope van Dijk",
        "lang": "en",
        "start": "2024-05-27T07:15:00",
        "messages": [
            (
                "c",
                "Good morning! We are [[P:Hope]] and [[P:Willem van Dijk]], we want to ride from [[L:Ferrara]] to [[L:Chioggia]] and drop the bikes there, is that possible?",
            ),
            (
                "a",
                "Good morning [[P:Hope]]! One-way drop in [[L:Chioggia]] is possible with our partner {{B:Bici Laguna}}, {{$:40 €}} extra. Two touring bikes for 3 days = {{$:150 €}} + deposit {{$:200 €}}. [[P:Nicola]]",
            ),
            (
                "c",
                "Deal. We're staying at [[A:via Carlo Mayr 118]] (B&B of mrs [[P:Guidetti]]). Pick-up {{D:Thursday}} 8am?",
            ),
            (
                "a",
                "Sure. The deposit is refunded by bank transfer when {{B:Bici Laguna}} confirms the bikes are ok. Please send IBAN and account holder.",
            ),
            (
                "c",
                "[[I:NL53 INGB 0000 7865 12]], holder [[P:W. van Dijk]]. My mobile [[T:+31 6 4822 9015]] and [[P:Willem]]'s is [[T:+31 6 1770 3348]]",
            ),
            (
                "a",
                "All noted. See you {{D:Thursday}}, bring your helmets or we lend you ours for free 🚲",
            ),
        ],
    },
    # 11. Bike: Romanian customer, e-bike battery, frazione address
    {
        "business": "bike",
        "platform": "telegram",
        "customer": "Ionut P",
        "lang": "it",
        "start": "2024-06-03T18:30:00",
        "messages": [
            (
                "c",
                "Buna sera, sono [[P:Ionuț Popescu]], ebike {{B:Atala}} la batteria dura 10 km solo. potete venire a prendere? lavoro fino tardi",
            ),
            (
                "a",
                "Buonasera [[P:Ionuț]], facciamo ritiro a domicilio nel comune a {{$:10 €}}. Dove abita?",
            ),
            (
                "c",
                "frazione [[L:Porotto]], [[A:via Ladino 84/A]], [[A:44124]] [[L:Ferrara]]. il campanello dice [[P:Popescu Ionut]] & [[P:Ana]]",
            ),
            (
                "a",
                "Ok. La batteria {{PD:Atala 500Wh}} nuova costa {{$:420 €}}, prima facciamo il test capacità gratis. Veniamo {{D:giovedì}} tra {{TM:18}} e {{TM:19}}. Numero?",
            ),
            (
                "c",
                "[[T:+40 722 318 604]] romeno, oppure italiano [[T:389 115 4276]]. se nn ci sono c'è mia moglie [[P:Ana]]",
            ),
            (
                "c",
                "per ricevuta mail [[E:ionut.popescu87 at example dot ro]], grazie",
            ),
            (
                "a",
                "Perfetto, a {{D:giovedì}}! Ciao, [[P:Nicola]]",
            ),
        ],
    },
    # 12. Bike: mother for her son's bike, school, e-mail
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Betta Leone",
        "lang": "it",
        "start": "2024-09-10T13:00:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Betta]] [[P:Leone]], mio figlio [[P:Matteo]] ha bucato di nuovo 🙄 la bici è legata davanti alla scuola {{B:Ariosto}}, riuscite a passare?",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! Non facciamo uscite per una foratura, ma se [[P:Matteo]] la porta in negozio la sistemiamo in 10 minuti, {{$:12 €}} camera d'aria compresa",
            ),
            (
                "c",
                "ok la porta lui con l'amico [[P:Cristian]] verso le {{TM:14}}. poi mi mandate la ricevuta a [[E:elisabetta.leone78@posta.example.it]]? la scarico per il 730 lol",
            ),
            (
                "a",
                "Certo. Già che ci siamo: i freni sono messi male, glieli regoliamo? {{$:8 €}}",
            ),
            (
                "c",
                "si si tutto. grazie! 🙏 [[P:Elisabetta]]",
            ),
            (
                "a",
                "Fatto tutto, [[P:Matteo]] è ripartito felice 🚲 ricevuta inviata. Ciao [[P:Betta]]! [[P:Nicola]]",
            ),
        ],
    },
    # 13. Bike: American renter, card to hold the deposit, US address for invoice
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Will Baker",
        "lang": "en",
        "start": "2024-07-15T16:20:00",
        "messages": [
            (
                "c",
                "Hey there, [[P:Will Baker]] here from [[L:Ohio]]. Want to rent a road bike for a week, I'm 6'2 so XL frame. Can you hold it with a card?",
            ),
            (
                "a",
                "Hi [[P:Will]]! We have a {{B:Cannondale}} {{PD:Synapse}} 58 cm, {{$:25 €}}/day, {{$:140 €}} per week. Please don't send the full card here, I'll send you a secure link.",
            ),
            (
                "c",
                "too late lol: [[C:4532 0184 7712 9655]] exp 09/27. Invoice to [[A:4417 Maple Crest Dr]], [[L:Dublin]], OH [[A:43017]] please",
            ),
            (
                "a",
                "Ok, I'll use it only to hold the booking and then I'll delete this message, please delete it too 🙏 Booking ref {{R:DRE-2407-113}}. Your phone?",
            ),
            (
                "c",
                "[[T:+1 (614) 555-0172]]. my buddy [[P:Mark Church]] might join, he'd need a medium, his email [[E:mchurch.rides@example.com]]",
            ),
            (
                "a",
                "Medium available too. See you {{D:July 22}}! [[P:Nicola]]",
            ),
            (
                "c",
                "great!! and sorry about the card thing, deleted 🤦‍♂️ [[P:Will]]",
            ),
        ],
    },
    # 14. Bike: Ukrainian group leader, rental for a group
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "oksana.kov",
        "lang": "it",
        "start": "2024-08-21T10:50:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Oksana Kovalenko]], organizzo gita per 8 donne ucraine che vivono a [[L:Cento]] e [[L:Bondeno]]. Bici per {{D:domenica}} mattina?",
            ),
            (
                "a",
                "Ciao [[P:Oksana]]! 8 bici city per {{D:domenica 25}}: {{$:12 €}} l'una mezza giornata. Giro delle {{W:Mura}} consigliato 😊",
            ),
            (
                "c",
                "Perfetto. Una ragazza, [[P:Halyna]], è bassa, 1,52. Per contatto il mio numero [[T:+380 67 512 4409]] o italiano [[T:0039 320 551 7734]]",
            ),
            (
                "a",
                "Mettiamo da parte una 24 pollici per [[P:Halyna]]. Ci scriva i nomi per il modulo?",
            ),
            (
                "c",
                "[[P:Oksana Kovalenko]], [[P:Halyna Shevchuk]], [[P:Iryna Bondar]], [[P:Nadia]] e [[P:Tetiana Melnyk]], [[P:Larysa Koval]], [[P:Vira]] e [[P:Olha Tkachenko]]. grazie!! pubblico foto su @[[H:oksana.kov]] 💙💛",
            ),
            (
                "a",
                "Ricevuto tutto, a {{D:domenica}} [[P:Oksana]]! Ritiro alle {{TM:9:30}} in [[A:via Voltapaletto 4]]. [[P:Nicola]] e [[P:Marco]]",
            ),
        ],
    },
    # 15. Luthier: Chinese violinist student, commission, codice fiscale
    {
        "business": "luthier",
        "platform": "messenger",
        "customer": "Wei Chen",
        "lang": "en",
        "start": "2024-01-16T15:00:00",
        "messages": [
            (
                "c",
                "Dear maestro [[P:Ardenghi]], my name is [[P:Chen Wei]] (surname [[P:Chen]]). I study at the {{W:Conservatorio}} in [[L:Cremona]] and I would like to commission a violin, {{PD:Guarneri del Gesù}} model",
            ),
            (
                "a",
                "Dear [[P:Chen]], thank you. A {{PD:del Gesù 1742}} copy takes about 8 months, {{$:14.000 €}}, 30% on order. For the invoice I need your Italian codice fiscale and address. [[P:Matteo Ardenghi]]",
            ),
            (
                "c",
                "My codice fiscale is [[CF:CHNWEI95B12Z210F]]. I live at [[A:via Giuseppe Verdi 22]], [[A:26100]] [[L:Cremona]], c/o family [[P:Zanoni]]",
            ),
            (
                "c",
                "My teacher prof. [[P:Anna Bergonzi]] said you prefer varnish with more red. My parents in [[L:Hangzhou]] will pay, father's phone [[T:+86 138 1047 2295]]",
            ),
            (
                "a",
                'Yes, a warm red-brown like the {{B:Stradivari}} "{{PD:Cremonese}}" of the {{W:Museo del Violino}}. Your father can wire the deposit to [[I:IT50 C030 6904 6100 0001 2345 678]]. Come on {{D:Saturday}} for measurements?',
            ),
            (
                "c",
                "Yes Saturday {{TM:10am}}. Thank you maestro! Email for documents: [[E:chenwei.violin@example.cn]]",
            ),
        ],
    },
    # 16. Luthier: American cellist ships a cello, US apartment, insurance
    {
        "business": "luthier",
        "platform": "whatsapp",
        "customer": "Victoria Fox",
        "lang": "en",
        "start": "2024-03-12T13:40:00",
        "messages": [
            (
                "c",
                "Hi [[P:Matteo]], [[P:Victoria Fox]] from [[L:Boston]], we met at the {{W:Mondomusica}} fair. The cello you restored arrived with a crack near the f-hole 😭",
            ),
            (
                "a",
                "Oh no [[P:Victoria]], I'm so sorry. Can you send photos? The shipment was insured with {{B:DHL}}, tracking {{TR:JD014600006281734125}}.",
            ),
            (
                "c",
                "Sending now. Address on file is [[A:Apt 4B, 218 Commonwealth Ave]], [[L:Boston]], MA [[A:02116]] if the insurer needs it. My cell [[T:617-555-0193]]",
            ),
            (
                "a",
                "It's a seam opening, not a real crack, luckily. A luthier near you can fix it in an hour. I trust [[P:David Kessler]] in [[L:Cambridge]], tell him I sent you. I'll refund the repair.",
            ),
            (
                "c",
                "You're a star. His shop is [[U:www.kesslerviolins.example.com/david]]? I'll call him. [[P:Vicky]]",
            ),
            (
                "a",
                "That's the one. Send me his invoice at [[E:matteo@liuteria-ardenghi.example.it]] 🎻",
            ),
            (
                "c",
                "Will do. And please charge the new strings I ordered to my Amex [[C:3487 160259 44309]], the usual 🙂",
            ),
            (
                "a",
                "Done, {{PD:Larsen Magnacore}} set {{$:€165}}, shipping with tracking {{TR:JD014600006281734388}}. Thank you [[P:Victoria]]!",
            ),
        ],
    },
    # 17. Luthier: Italian student of the liuteria school buying wood, invoice with codice fiscale
    {
        "business": "luthier",
        "platform": "telegram",
        "customer": "Beppe Leone",
        "lang": "it",
        "start": "2024-04-03T09:25:00",
        "messages": [
            (
                "c",
                "ciao [[P:Matteo]], sn [[P:Beppe]] della scuola, ti ricordi? ho bisogno di 2 tavole di abete della {{W:Val di Fiemme}} e un fondo di acero x il saggio finale",
            ),
            (
                "a",
                "Ciao [[P:Beppe]]! Sì ho dell'abete stagionato 2009 molto bello. Tavola {{$:90 €}}, acero fiammato {{$:180 €}}. Fattura a nome tuo?",
            ),
            (
                "c",
                "si, [[P:Giuseppe Leone]], CF [[CF:LNEGPP78M22D150F]], [[A:via Bonomelli 5]], [[L:Cremona]]. lo so lo so sono vecchio per la scuola ahah",
            ),
            (
                "a",
                "Mai troppo vecchi per la liuteria 😄 Passa {{D:venerdì}} dopo le {{TM:16}}, così le scegli tu. Saluta il maestro [[P:Morassi]]",
            ),
            (
                "c",
                "sarà fatto. ah il mio nuovo numero è [[T:0372 23 415]] in bottega, il cell è sempre [[T:340 771 0288]]",
            ),
            (
                "a",
                "Segnato. Ciao [[P:Beppe]], a {{D:venerdì}}! [[P:Matteo]]",
            ),
        ],
    },
    # 18. Luthier: Spanish violinist with a double surname, Spanish IBAN
    {
        "business": "luthier",
        "platform": "instagram",
        "customer": "lucia.fo.violin",
        "lang": "en",
        "start": "2024-05-09T20:10:00",
        "messages": [
            (
                "c",
                "Hola! I'm [[P:Lucía Fernández Ortega]], violinist in [[L:Valencia]]. I saw your post with the bow rehair, do you do it by mail?",
            ),
            (
                "a",
                "Hola [[P:Lucía]]! Yes, rehair with Mongolian hair {{$:70 €}} + return shipping {{$:25 €}} to Spain. Send it well protected in a tube.",
            ),
            (
                "c",
                "Great. I'll send from [[A:Carrer de Sueca 41, 3º 2ª]], [[A:46006]] [[L:Valencia]]. Can I pay by transfer? My IBAN for any refund [[I:ES44 0049 1867 7427 1640 8853]]",
            ),
            (
                "a",
                'Perfect. Our account: [[I:IT50C0306904610000012345678]], reason "rehair [[P:Fernandez]]". Follow us @{{B:liuteria.ardenghi}} ✨',
            ),
            (
                "c",
                "Done! My teacher [[P:Javier Ruiz]] also wants a rehair, he'll write you. His insta is @[[H:javiruiz_viola]]. I'm @[[H:lucia.fo.violin]] 😊",
            ),
            (
                "c",
                "Ah, my phone for the courier [[T:+34 612 448 930]]. Gracias!!",
            ),
        ],
    },
    # 19. Luthier: Lebanese oud player living in Milan, Italian with some mixing
    {
        "business": "luthier",
        "platform": "messenger",
        "customer": "Karim Haddad",
        "lang": "it",
        "start": "2024-06-26T11:11:00",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[P:Karim Haddad]], suono l'oud ma anche viola. Vivo a [[L:Milano]], zona [[L:NoLo]]. Lei ripara anche strumenti arabi?",
            ),
            (
                "a",
                "Buongiorno [[P:Karim]], l'oud non è la mia specialità, ma il mio amico [[P:Samir Khoury]] a [[L:Bologna]] lo fa benissimo. Per la viola invece con piacere!",
            ),
            (
                "c",
                "Grazie. La viola ha anima spostata. Vengo con mio cugino [[P:Youssef]] il {{D:3 luglio}}, da [[L:Milano]] con {{B:Trenord}}. Mi manda indirizzo?",
            ),
            (
                "a",
                "[[A:corso Garibaldi 57]], a 5 minuti dal {{W:Torrazzo}}. Ci vediamo alle {{TM:14:30}}. [[P:Matteo]]",
            ),
            (
                "c",
                "Perfetto. Il numero di [[P:Samir]] me lo può dare? E il mio è [[T:+39 391 448 2270]], email [[E:karim.haddad.oud@example.org]]",
            ),
            (
                "a",
                "Certo: [[P:Samir]] [[T:051 644 7318]], dica che la mando io 🙂",
            ),
        ],
    },
    # 20. Luthier: British viola player, flat in London, pays from a UK IBAN
    {
        "business": "luthier",
        "platform": "whatsapp",
        "customer": "Mark Robinson",
        "lang": "en",
        "start": "2024-09-17T18:00:00",
        "messages": [
            (
                "c",
                "Evening [[P:Matteo]], [[P:Mark Robinson]] here (viola, the Prom concert guy 🙂). Ready to order the new bridge and adjust the soundpost?",
            ),
            (
                "a",
                "Evening [[P:Mark]]! Yes, bridge {{PD:Aubert Deluxe}} cut and fitted {{$:£110}}, let's say {{$:130 €}}. You can send the viola or come in {{D:October}}.",
            ),
            (
                "c",
                "I'll bring it on {{D:14 Oct}}, flying into {{W:Orio al Serio}} airport. Invoice to [[A:Flat 3, 27 Mill Lane]], [[L:West Hampstead]], [[L:London]] [[A:NW6 1NT]]",
            ),
            (
                "c",
                "And I'll pay from my account [[I:GB71 BARC 2003 5347 2188 06]] in name [[P:M J Robinson]]. My partner [[P:Grace]] is coming too, she plays cello, maybe she'll want a look",
            ),
            (
                "a",
                "Perfect, {{D:14 Oct}} at {{TM:11:00}}. Tell [[P:Grace]] to bring hers! Phone for the day?",
            ),
            (
                "c",
                "[[T:07911 483 226]], or [[T:+44 20 7946 0311]] at home. Cheers",
            ),
        ],
    },
    # 21. Luthier: orchestra foundation invoice, partita IVA, PEC
    {
        "business": "luthier",
        "platform": "messenger",
        "customer": "Fondazione Orchestra Padana",
        "lang": "it",
        "start": "2024-11-05T10:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Bianca Serra]] della segreteria della Fondazione. Il maestro [[P:Ferro]] chiede preventivo per manutenzione di 6 violini e 2 contrabbassi",
            ),
            (
                "a",
                "Buongiorno [[P:Bianca]], volentieri. Manutenzione base {{$:60 €}} a violino, {{$:120 €}} a contrabbasso. Per la fattura mi servono ragione sociale e P.IVA.",
            ),
            (
                "c",
                "Fondazione, P.IVA [[V:01699240865]], sede [[A:piazza Stradivari 9]]. PEC [[E:amministrazione@pec.orchestrapadana.example.it]], riferimento dott. [[P:Aurelio Sacchi]]",
            ),
            (
                "a",
                "Grazie. Possiamo fare il ritiro in sede il {{D:12 novembre}}? Porto mio nipote [[P:Tommy]] che mi aiuta con i contrabbassi 😅",
            ),
            (
                "c",
                "Sì, chieda di [[P:Gianni]] in portineria. Il mio diretto è [[T:0372 40 81 12]]. Grazie, [[P:Bianca]]",
            ),
        ],
    },
    # 22. Estate: British couple viewing a farmhouse, località address
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Robbie Church",
        "lang": "en",
        "start": "2024-02-19T12:00:00",
        "messages": [
            (
                "c",
                "Hi [[P:Sophie]], [[P:Robbie]] here, [[P:Hope]] and I loved the pics of the farmhouse near [[L:Borgo a Mozzano]]. Can we view it when we're over at {{W:Easter}}?",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! Of course. It's the {{PD:Casale Il Poggio}}, asking {{$:€ 385,000}}. Address is [[A:loc. Case Sparse 14]], [[L:Cune]]. The owner sig. [[P:Bertolucci]] will be there too.",
            ),
            (
                "c",
                "Brilliant. We land in [[L:Pisa]] on {{D:28 March}}. My mobile [[T:+44 (0)7823 551 904]], [[P:Hope]]'s is [[T:07823 551 988]]",
            ),
            (
                "a",
                "Noted! {{D:29 March}} at {{TM:10:30}}? Please send me full names and home address for the viewing form. [[P:Sophie Mancini]] - {{B:Lucca Hills Homes}}",
            ),
            (
                "c",
                "[[P:Robert Church]] and [[P:Hope Church-Whitley]], [[A:Rose Cottage, 4 Orchard Row]], [[L:Chipping Norton]] [[A:OX7 5AB]]. See you then!",
            ),
            (
                "a",
                "Thank you [[P:Robert]]! Confirmation {{R:LHH-V-0329}} sent to your email, which one is it, the one ending in .co.uk?",
            ),
            (
                "c",
                "[[E:robbie.church@example.co.uk]], [[P:Hope]] prefers [[E:hope.whitley@example.org]]. Cheers [[P:Sophie]]!",
            ),
        ],
    },
    # 23. Estate: Irish buyer with a company, Irish VAT
    {
        "business": "estate",
        "platform": "messenger",
        "customer": "Sarah O'Neill",
        "lang": "en",
        "start": "2024-03-21T09:45:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Sarah O'Neill]]. I'd like to buy through my consultancy company, is that possible in Italy?",
            ),
            (
                "a",
                "Hello [[P:Sarah]], yes, a foreign company can buy. Our notary dott. [[P:Lucchesi]] will need the company's VAT number and registration. [[P:Sophie]]",
            ),
            (
                "c",
                "VAT [[V:IE6316417W]]. Registered at [[A:12 Fitzwilliam Place]], [[L:Dublin]] 2. Email is [[E:sarah [at] oneill-consulting [dot] ie]]",
            ),
            (
                "a",
                "Thanks! I'll forward to dott. [[P:Lucchesi]]. Which properties do you want to see? {{PD:Villa Le Querce}} or the flat in [[L:Barga]]?",
            ),
            (
                "c",
                "Both. My brother [[P:Declan]] will join, [[T:+353 87 614 2290]]. I'm on [[T:+353 1 662 4471]] office",
            ),
            (
                "a",
                "Great, [[P:Sarah]]. I've pencilled {{D:Tuesday 9 April}}, {{TM:11:00}} in [[L:Barga]] and then the villa. [[P:Sophie Mancini]]",
            ),
        ],
    },
    # 24. Estate: Nigerian-British influencer couple, handles, linktree
    {
        "business": "estate",
        "platform": "instagram",
        "customer": "adaeze.and.tom",
        "lang": "en",
        "start": "2024-04-30T19:30:00",
        "messages": [
            (
                "c",
                "hiii! we're [[P:Adaeze]] & [[P:Tom]], we do slow travel content (@[[H:adaeze.and.tom]]), looking for a long rental near [[L:Lucca]] from {{D:September}}",
            ),
            (
                "a",
                "Hi [[P:Adaeze]]! We have a stone cottage in [[L:Pieve di Brancoli]], {{$:€1,400}}/month, fast fibre 🙂 Can I have your full names?",
            ),
            (
                "c",
                "[[P:Adaeze Nwosu]] and [[P:Tom Leonard]]. all our stuff is on [[U:linktr.ee/adaezeandtom]] and my personal page [[U:https://adaezenwosu.example.com]]",
            ),
            (
                "a",
                "Lovely! The owner Nonna [[P:Ida]] is 84 and doesn't want photos of her, hope that's ok. Viewing via video on {{D:Friday}}?",
            ),
            (
                "c",
                "totally fine! friday works. [[P:Tom]]'s whatsapp [[T:+44 7448 203 615]]. also follow our friend @[[H:will.onthemap]] he found you 😄",
            ),
            (
                "c",
                "oh and we can pay the holding deposit now, [[P:Tom]]'s card [[C:6767 7010 0035 2818]], is that ok or do you prefer a transfer?",
            ),
            (
                "a",
                "A transfer please, and delete the card from the chat 🙏 I'll send the owner's details after the video call. [[P:Sophie]]",
            ),
        ],
    },
    # 25. Estate: Italian seller, località and IBAN for the deposit
    {
        "business": "estate",
        "platform": "telegram",
        "customer": "Gino Bertolucci",
        "lang": "it",
        "start": "2024-05-15T08:30:00",
        "messages": [
            (
                "c",
                "buongiorno [[P:Sofia]], sn [[P:Gino]]. gli inglesi della casa a [[L:Cune]] hanno detto si?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bertolucci]]! Sì, i signori [[P:Church]] fanno proposta a {{$:365.000 €}} con caparra del 10%. Mi serve il suo IBAN per il notaio.",
            ),
            (
                "c",
                "[[I:IT58 E031 1111 1010 0000 0040 517]] intestato a me e mia moglie [[P:Liliana Pieroni]]. però 365 è poco, lo sa [[P:Sofia]]",
            ),
            (
                "a",
                "Capisco, proviamo a {{$:375}}. Il compromesso lo facciamo dal notaio [[P:Lucchesi]] in [[A:via Fillungo 88]]. Lei abita sempre in [[A:località Piano della Rocca 3]]?",
            ),
            (
                "c",
                "no ora sto da mio figlio [[P:Andrea]] a [[L:Fornaci di Barga]], [[A:via della Repubblica 210]]. chiamami al [[T:0583 75 21 90]] che il cell prende male",
            ),
            (
                "a",
                "Va bene, la chiamo lì. Saluti alla signora [[P:Liliana]]! [[P:Sophie]]",
            ),
        ],
    },
    # 26. Estate: Indian expat, surveyor, blocked login IP
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Arjun Mehta",
        "lang": "en",
        "start": "2024-07-08T14:10:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Arjun Mehta]] here. Your client portal blocked me, it says too many attempts from IP [[IP:93.41.187.22]]. That's my home in [[L:Ponte a Moriano]]",
            ),
            (
                "a",
                "Hi [[P:Arjun]], sorry! I've unblocked it. It also blocked [[IP:2001:db8:4a1:7c::15]] which I think is your phone.",
            ),
            (
                "c",
                "Yes probably. Anyway, the surveyor geometra [[P:Paolo Bello]] said the garage isn't registered at the catasto? My wife [[P:Deepa]] is worried",
            ),
            (
                "a",
                "He's right, it needs a {{PD:sanatoria}}, about {{$:€2,500}}. [[P:Paolo]] can do it, his number is [[T:+39 338 610 4427]]. [[P:Sophie]]",
            ),
            (
                "c",
                "ok. please send the documents to [[E:arjun.mehta@example.in]] and cc [[E:deepa.m.iyer@example.com]]. Our address is [[A:via di Sottomonte 17]], [[L:Ponte a Moriano]]",
            ),
            (
                "a",
                "Sent, [[P:Arjun]]. [[P:Paolo Bello]] will call you {{D:Monday}} about the {{PD:sanatoria}}.",
            ),
        ],
    },
    # 27. Estate: Ukrainian tenant, code-switching
    {
        "business": "estate",
        "platform": "messenger",
        "customer": "Olena Shevchenko",
        "lang": "en",
        "start": "2024-09-02T17:05:00",
        "messages": [
            (
                "c",
                "Good evening, [[P:Olena Shevchenko]]. The boiler in the flat in [[L:San Concordio]] stopped again, no hot water since {{D:Saturday}}",
            ),
            (
                "a",
                "Good evening [[P:Olena]], I'm so sorry. I'll call the plumber [[P:Leone]] tomorrow morning. Is [[A:via Pisana 43 int. 6]] correct?",
            ),
            (
                "c",
                "yes interno 6, piano terzo. il campanello ha ancora il nome vecchio, [[P:Marchetti]], scusi",
                "it",
            ),
            (
                "a",
                "Nessun problema, lo dico a [[P:Leone]]. Lui la chiama prima di venire. Numero sempre [[T:329 771 8804]]?",
                "it",
            ),
            (
                "c",
                "No, new number [[T:+39 327 118 6530]]. If I'm at work my daughter [[P:Sofiia]] opens the door, thank you [[P:Sophie]]",
            ),
            (
                "a",
                "Saved it. [[P:Leone]] comes {{D:tomorrow}} between {{TM:8}} and {{TM:9}}. Good night [[P:Olena]]",
            ),
        ],
    },
    # 28. Estate: Italian family selling a rustico, agent answers in Italian
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Marisa Tognetti",
        "lang": "it",
        "start": "2024-10-22T10:00:00",
        "messages": [
            (
                "c",
                "salve, mi ha dato il suo numero la [[P:Franca]] della {{B:Coop}} di [[L:Diecimo]]. ho un rustico da vendere a [[L:Pascoso]], voi lo fate vedere agli inglesi?",
            ),
            (
                "a",
                "Buongiorno signora! Sì, lavoriamo soprattutto con clienti inglesi e americani. Mi dà nome e indirizzo del rustico? [[P:Sophie Mancini]]",
            ),
            (
                "c",
                "[[P:Marisa Tognetti]], il rustico è in [[A:via del Poggiolo 6]] [[L:Pascoso]], io invece sto a [[L:Pescaglia]] in [[A:salita San Rocco 2]]. mio fratello [[P:Aldo]] è comproprietario",
            ),
            (
                "a",
                "Perfetto. Passo {{D:giovedì}} a fare le foto, verso le {{TM:15}}. Ci sarà anche suo fratello?",
            ),
            (
                "c",
                "[[P:Aldo]] sta a [[L:Genova]], ma gli mando un msg. il suo numero è [[T:010 532 8876]], il mio [[T:348-902-7715]]",
            ),
            (
                "c",
                "ah mio nipote ha già messo delle foto del rustico su [[U:facebook.com/marisa.tognetti.5]] se vuole vederle intanto",
            ),
            (
                "a",
                "Viste, bellissime! Grazie [[P:Marisa]], a {{D:giovedì}}.",
            ),
        ],
    },
    # 29. Diving: Open Water course, medical certificate, handle, codice fiscale
    {
        "business": "diving",
        "platform": "instagram",
        "customer": "serena.mnc",
        "lang": "it",
        "start": "2024-05-20T21:00:00",
        "messages": [
            (
                "c",
                "ciaooo vorrei fare il corso {{PD:Open Water}} a {{D:giugno}}!! sono nata proprio alla [[L:Maddalena]] ma vivo a [[L:Torino]] 🤣",
            ),
            (
                "a",
                "Ciao! Il corso {{PD:PADI Open Water}} dura 4 giorni, {{$:420 €}} tutto compreso. Serve il certificato medico per attività subacquea. Come ti chiami? [[P:Gavino]]",
            ),
            (
                "c",
                "[[P:Serena Mancini]], CF [[CF:MNCSRN88H60E425Y]]. il certificato me lo fa il mio medico dottor [[P:Ferraris]] la prox settimana",
            ),
            (
                "a",
                "Top! Partenza dal porto di {{W:Cala Gavetta}}. Mandami il certificato a [[E:corsi@maddalenablu.example.it]]. Ti seguo anche io, il mio profilo è @{{B:maddalenablu}}",
            ),
            (
                "c",
                "fatto, io sono @[[H:serena.mnc]]. vengo con mia cugina [[P:Neve]] che fa solo snorkeling, ok?",
            ),
            (
                "a",
                "Certo! [[P:Neve]] viene in barca con noi, snorkeling {{$:35 €}}. A presto [[P:Serena]]!",
            ),
        ],
    },
    # 30. Diving: group of friends from Milan, several phone numbers
    {
        "business": "diving",
        "platform": "whatsapp",
        "customer": "Giuse",
        "lang": "it",
        "start": "2024-06-11T12:30:00",
        "messages": [
            (
                "c",
                "ciao siamo 4 amici da [[L:Milano]], tutti brevettati AOWD, vorremmo 3 immersioni a {{W:Spargi}} e {{W:Budelli}} dal {{D:12 al 14 luglio}}. io sono [[P:Giuse]]",
            ),
            (
                "a",
                "Ciao [[P:Giuse]]! Possibile. {{$:55 €}} a immersione con bombola e zavorra, noleggio GAV/erogatore {{$:15 €}}. Mi mandate nomi e numeri per l'assicurazione? [[P:Gavino]]",
            ),
            (
                "c",
                "[[P:Giuseppe Bruno]] [[T:+39 347 882 1093]], [[P:Martina Colombo]] detta [[P:Marti]] [[T:338 22 19 405]], [[P:Luca Esposito]] [[T:(02) 4851 2230]] e [[P:Samuele Rinaldi]] [[T:335/6082145]]",
            ),
            (
                "a",
                "Perfetto. Dormite a [[L:La Maddalena]]?",
            ),
            (
                "c",
                "si da zia [[P:Tonina]] di [[P:Luca]], [[A:via Principe Amedeo 36]]. Ah [[P:Marti]] vuole il nitrox, si puo?",
            ),
            (
                "a",
                "Sì, nitrox {{$:+10 €}}. Prenotazione {{R:MB-2407-028}} confermata. A luglio!",
            ),
            (
                "c",
                "grandi! mandate conferma anche a [[E:giuse.bruno@example.it]] x favore. [[P:Giuse]]",
            ),
        ],
    },
    # 31. Diving: German couple, cancelled dive, refund to a German IBAN
    {
        "business": "diving",
        "platform": "messenger",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2024-07-24T07:40:00",
        "messages": [
            (
                "c",
                "Good morning, this is [[P:Jonas Weber]]. Yesterday's dive to the {{W:Secca di Washington}} was cancelled because of mistral. Can we get a refund? We leave tomorrow",
            ),
            (
                "a",
                "Good morning [[P:Jonas]], yes of course, full refund {{$:€110}} for you and [[P:Miriam]]. Please send your IBAN. [[P:Gavino]]",
            ),
            (
                "c",
                "[[I:DE44 5001 0517 5407 3249 31]], account holder [[P:Miriam Weber-Hoffmann]] (my wife). Thanks!",
            ),
            (
                "a",
                "Done, reference {{R:RIMB-0724-06}}. It should arrive in 2-3 days. Come back next year, [[P:Miriam]] was a great buddy for [[P:Gianmarco]] 😄",
            ),
            (
                "c",
                "We will! Our home is [[A:Schillerstraße 14]], [[A:79102]] [[L:Freiburg]], if you send the {{W:Christmas}} postcard again haha. [[T:+49 151 2274 9183]]",
            ),
        ],
    },
    # 32. Diving: Emirati guest staying on Caprera, code-switching
    {
        "business": "diving",
        "platform": "telegram",
        "customer": "Aisha",
        "lang": "en",
        "start": "2024-08-05T16:15:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Aisha Al-Mansouri]]. I want a private try-dive for me and my sister [[P:Mariam]]. We don't dive in groups with men, is there a female instructor?",
            ),
            (
                "a",
                "Hello [[P:Aisha]], yes, our instructor [[P:Giovanna Ferro]] can take you, private boat {{$:€380}} for two. Where are you staying?",
            ),
            (
                "c",
                "Villa near [[L:Caprera]], [[A:località Stagnali 21]]. Our driver [[P:Rashid]] will bring us. My number [[T:+971 50 318 4472]]",
            ),
            (
                "a",
                "Perfetto, anzi perfect 😅 {{D:Wednesday}} at {{TM:9:00}}? Please send the medical form to [[P:Giovanna]]: [[E:giovanna.ferro@maddalenablu.example.it]]",
            ),
            (
                "c",
                "grazie mille! ho studiato un po' di italiano a [[L:Firenze]] 😊",
                "it",
            ),
            (
                "c",
                "Also my email for the invoice: [[E:aisha at almansouri-family dot ae]]",
            ),
        ],
    },
    # 33. Diving: booking system glitch, IP address, boat name
    {
        "business": "diving",
        "platform": "whatsapp",
        "customer": "Daniele",
        "lang": "it",
        "start": "2024-08-19T22:05:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Daniele Ferro]], il vostro sito mi ha addebitato 2 volte la prenotazione, il sistema mi dice 'errore sessione IP [[IP:151.38.204.77]]' boh",
            ),
            (
                "a",
                "Ciao [[P:Daniele]], vedo due prenotazioni {{R:MB-2408-113}} e {{R:MB-2408-114}}, annullo la seconda. Hai pagato con carta?",
            ),
            (
                "c",
                "si la {{B:Mastercard}} che finisce con 2181 [[C:5520-4831-6670-2181]] cmq nn la uso piu online dopo sta cosa 😤",
            ),
            (
                "a",
                "Non serve il numero intero, tranquillo, cancella pure il messaggio! Rimborso in 5 giorni. Uscita {{D:domani}} ore {{TM:8:30}} con la {{PD:Sirena II}}",
            ),
            (
                "c",
                "ok grazie. porto anche mio figlio [[P:Leo]], 11 anni, snorkeling. e mia madre [[P:Speranza]] resta in spiaggia a [[L:Cala Spalmatore]] 😂",
            ),
        ],
    },
    # 34. Diving: Australian backpacker, GoPro footage, handles
    {
        "business": "diving",
        "platform": "instagram",
        "customer": "ruby.dives",
        "lang": "en",
        "start": "2024-09-06T18:45:00",
        "messages": [
            (
                "c",
                "heyy it's [[P:Ruby]] from the boat today!! did [[P:Gianmarco]] get the gopro footage of the grouper? 🐟",
            ),
            (
                "a",
                "Hey [[P:Ruby]]! Yes he did, it's amazing. We'll upload it to our drive, send us your email!",
            ),
            (
                "c",
                "[[E:ruby.thompson.au@example.com.au]] 🙏 and tag me @[[H:ruby.dives]] and my mate @[[H:kiwi_jack_nz]] pls",
            ),
            (
                "a",
                "Will do! Full name for the logbook stamp? {{PD:Advanced Open Water}} dive 3 of 5",
            ),
            (
                "c",
                "[[P:Ruby Thompson]], from [[L:Byron Bay]]. jack is [[P:Jack Whitaker]]. my aussie number [[T:+61 412 775 309]] if whatsapp is easier",
            ),
            (
                "a",
                "Stamped! Safe travels [[P:Ruby]] and say ciao to [[P:Jack]] 🤙 [[P:Gianmarco]]",
            ),
        ],
    },
    # 35. Diving: father books snorkeling for kids, address in Sassari
    {
        "business": "diving",
        "platform": "messenger",
        "customer": "Antonio Sechi",
        "lang": "it",
        "start": "2024-07-02T08:50:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Antonio Sechi]], volevo prenotare lo snorkeling x i miei due figli, [[P:Giacomo]] 9 anni e [[P:Chiara]] 12, per {{W:Ferragosto}}",
            ),
            (
                "a",
                "Buongiorno [[P:Antonio]]! Il {{D:15 agosto}} abbiamo ancora posto sull'uscita delle {{TM:10:00}}, {{$:30 €}} a bambino. Un genitore deve venire in barca.",
            ),
            (
                "c",
                "viene mia moglie [[P:Grazia Pinna]]. noi siamo di [[L:Sassari]], [[A:viale Umberto I 113]], [[A:07100]], ma stiamo in campeggio a [[L:Baia Trinita]]",
            ),
            (
                "a",
                "Perfetto! Il numero di [[P:Grazia]] per il giorno dell'uscita?",
            ),
            (
                "c",
                "[[T:+39-347-115-9082]]. il mio è [[T:079 23 81 466]] ma sono al lavoro. grazie, [[P:Antonio]]",
            ),
            (
                "a",
                "Prenotato, {{R:MB-2408-152}}. Ci vediamo al molo alle {{TM:9:45}}. [[P:Gavino]]",
            ),
        ],
    },
    # 36. Office: accountant's firm, copier rental, P.IVA, CF and SEPA IBAN
    {
        "business": "office",
        "platform": "whatsapp",
        "customer": "Studio Ferro",
        "lang": "it",
        "start": "2024-01-22T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Lucia Ferro]], commercialista. Vorrei noleggiare una multifunzione A3 a colori per lo studio, contratto 36 mesi",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Ferro]]! Le proponiamo la {{B:Kyocera}} {{PD:TASKalfa 2554ci}} a {{$:79 € + IVA}} al mese, 1.000 copie colore incluse. Ciao, [[P:Davide]]",
            ),
            (
                "c",
                "Va bene. Intestazione: Studio [[P:Ferro]], P.IVA [[V:04217830167]], CF personale [[CF:FRRLCU90E55A794B]], [[A:via Tiraboschi 48]], [[A:24122]] [[L:Bergamo]]",
            ),
            (
                "c",
                "SEPA sul conto [[I:IT55 Z020 0843 4600 0010 4872 331]]. Consegna al secondo piano, c'è l'ascensore 🙏",
            ),
            (
                "a",
                "Perfetto. Contratto {{O:NOL-2024-0037}}, consegna {{D:lunedì 29 gennaio}}. Il tecnico [[P:Gianluca]] la chiama prima, numero?",
            ),
            (
                "c",
                "[[T:035 22 14 809]] studio, chiedere di me o della mia collaboratrice [[P:Valentina]]",
            ),
        ],
    },
    # 37. Office: dental clinic toner order
    {
        "business": "office",
        "platform": "messenger",
        "customer": "Marco Colombo",
        "lang": "it",
        "start": "2024-02-28T14:20:00",
        "messages": [
            (
                "c",
                "ciao [[P:Davide]], sn [[P:Marco]] dello studio dentistico, ci servono 2 toner neri x la {{B:Brother}} e 10 risme {{B:Navigator}}",
            ),
            (
                "a",
                "Ciao [[P:Marco]]! Toner {{PD:TN-2420}} {{$:48 €}} cad, risme {{$:4,90 €}}. Consegna {{D:domani}} mattina in [[A:via Borgo Palazzo 130]]?",
            ),
            (
                "c",
                "si ma nn prima delle {{TM:9}} che apriamo tardi. fattura come sempre, P.IVA [[V:03188540169]]. chiedi di [[P:Bianca]] in reception",
            ),
            (
                "a",
                "Ok. Ordine {{O:OUC-58812}}. [[P:Bianca]] firma il DDT, grazie!",
            ),
            (
                "c",
                "ah e da aprile la dott.ssa [[P:Vittoria Mazzoleni]] apre il suo studio a [[L:Seriate]], le ho dato il vostro numero. la sua mail [[E:v.mazzoleni.odonto@example.it]]",
            ),
        ],
    },
    # 38. Office: technician remote assistance, printer IP, signature
    {
        "business": "office",
        "platform": "telegram",
        "customer": "Neve Rota",
        "lang": "it",
        "start": "2024-03-19T11:35:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Neve Rota]] della {{B:Carpenteria Rota}}, la fotocopiatrice non scansiona più sulla cartella di rete, dice errore SMB",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Rota]], proviamo in teleassistenza. Il nostro tecnico si collega dall'IP [[IP:185.94.33.210]], deve accettare la richiesta. [[P:Gianluca]] - assistenza",
            ),
            (
                "c",
                "accettato. mio marito [[P:Angelo]] dice che ha cambiato la password del pc ieri 🙄",
            ),
            (
                "a",
                "Ecco il motivo. Aggiornata la rubrica. Per sicurezza le lascio il mio diretto [[T:035-4127760]]. Buona giornata! [[P:Gianluca Pesenti]]",
            ),
            (
                "c",
                "grazie mille. sede sempre [[A:via dei Mille 12]], [[L:Zanica]] x la fattura dell'intervento",
            ),
            (
                "a",
                "Ricevuto, fattura {{O:FT-2024-0412}} a suo nome. Saluti ad [[P:Angelo]]! [[P:Gianluca]]",
            ),
        ],
    },
    # 39. Office: Austrian parent company, EU VAT
    {
        "business": "office",
        "platform": "whatsapp",
        "customer": "Katharina Gruber",
        "lang": "en",
        "start": "2024-04-16T10:05:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Katharina Gruber]] from the procurement office in [[L:Innsbruck]]. Our Italian branch in [[L:Dalmine]] needs 4 copiers. Can you invoice our Austrian company?",
            ),
            (
                "a",
                "Good morning [[P:Katharina]]! Yes, reverse charge with your VAT number. Could you send it and the billing address? [[P:Davide Locatelli]]",
            ),
            (
                "c",
                "VAT [[V:ATU64398128]], [[A:Museumstraße 7]], [[A:6020]] [[L:Innsbruck]]. Delivery to [[L:Dalmine]], contact person [[P:Ivan Carrara]] [[T:+39 035 56 11 902]]",
            ),
            (
                "a",
                "Thank you. Quote {{R:OFF-24-0412}} for 4 {{B:Ricoh}} {{PD:IM C3000}} sent to you. Which email?",
            ),
            (
                "c",
                "[[E:k.gruber@alpenholz-group.example.at]] and cc our accountant [[P:Hans Ebner]] [[E:hans.ebner@alpenholz-group.example.at]]",
            ),
            (
                "a",
                "Sent to both. Delivery to [[P:Ivan]] in [[L:Dalmine]] on {{D:2 May}}. Kind regards, [[P:Davide Locatelli]]",
            ),
        ],
    },
    # 40. Office: customer dictates a card over chat, agent warns
    {
        "business": "office",
        "platform": "messenger",
        "customer": "Tipografia Bonfanti",
        "lang": "it",
        "start": "2024-06-04T16:30:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Roberto Bonfanti]] della tipografia, dovrei pagare la fattura {{O:FT-2024-1188}} di {{$:612,00 €}}, posso darvi la carta aziendale?",
            ),
            (
                "a",
                "Buonasera sig. [[P:Bonfanti]], meglio con il link di pagamento sicuro che le mando ora: [[U:https://pay.example.com/orobica/bonfanti-roberto/FT1188]]",
            ),
            (
                "c",
                "ah troppo tardi, ve la scrivo: [[C:4917 4820 3316 7523]] scad 11/26 intestata a [[P:BONFANTI ROBERTO]]",
            ),
            (
                "a",
                "La prego di cancellare il messaggio, non la useremo da qui. Usi il link, grazie! [[P:Marta]] - amministrazione",
            ),
            (
                "c",
                "ok ok. P.IVA nostra [[V:00987650165]], sede [[A:via Roma 3/B]] [[L:Ponte San Pietro]], se aggiornate l'anagrafica. tel [[T:035 61 27 443]]",
            ),
        ],
    },
    # 41. Office: small stationery shop owner, handle and linktree
    {
        "business": "office",
        "platform": "instagram",
        "customer": "vitto.cartoleria",
        "lang": "it",
        "start": "2024-09-09T09:15:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Vitto]], ho una piccola cartoleria a [[L:Città Alta]]. fate prezzi da ingrosso anche per quantità piccole? tipo 50 quaderni {{B:Pigna}}",
            ),
            (
                "a",
                "Ciao [[P:Vitto]]! Sì, dai 30 pezzi in su. {{PD:Pigna Monocromo}} A4 {{$:1,10 €}} cad. Ci lasci i dati della ditta?",
            ),
            (
                "c",
                "[[P:Vittoria Bonacina]], [[A:via Gombito 19]], P.IVA [[V:05123470907]]. tutto il mio catalogo è su [[U:linktr.ee/vitto.cartoleria]] e sono @[[H:vitto.cartoleria]]",
            ),
            (
                "a",
                "Bellissimo! Ti seguiamo. Consegna in [[L:Città Alta]] con la funicolare ci costa poco: {{$:5 €}}. Per {{D:fine mese}} va bene?",
                "it",
            ),
            (
                "c",
                "perfetto! se nn ci sono lascia a [[P:Mirko]] del bar accanto ☕ il mio cell [[T:+39 333 904 2216]]",
            ),
            (
                "a",
                "Ok [[P:Vitto]]! Ordine {{O:OUC-60431}}, consegna {{D:27 settembre}}. Ciao, [[P:Davide]]",
            ),
        ],
    },
    # 42. Office: Belgian-owned firm, Belgian VAT and Spanish subsidiary
    {
        "business": "office",
        "platform": "whatsapp",
        "customer": "Giacomo Rossi",
        "lang": "it",
        "start": "2024-11-12T15:45:00",
        "messages": [
            (
                "c",
                "buongiorno [[P:Davide]], sono [[P:Giacomo Rossi]], responsabile acquisti. Da gennaio la nostra capogruppo belga paga direttamente le fatture dei noleggi",
            ),
            (
                "a",
                "Buongiorno [[P:Giacomo]], nessun problema. Mi serve la partita IVA belga e un referente.",
            ),
            (
                "c",
                "[[V:BE0478312047]], referente Mme [[P:Chloé Dubois]], [[A:Rue de la Loi 155]], [[A:1040]] [[L:Bruxelles]]. la sua mail [[E:chloe punto dubois chiocciola example punto be]]",
            ),
            (
                "c",
                "per la filiale spagnola invece [[V:ESB86472917]], ma quella per ora nn noleggia nulla",
            ),
            (
                "a",
                "Ricevuto. Aggiorno i contratti {{O:NOL-2022-0114}} e {{O:NOL-2023-0092}} dal {{D:1° gennaio}}. Buon lavoro! [[P:Davide]]",
            ),
            (
                "c",
                "grazie, ah la [[P:Chloé]] parla italiano, sua mamma è di [[L:Clusone]] 😄 il suo cell [[T:+32 475 61 28 33]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(23, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
