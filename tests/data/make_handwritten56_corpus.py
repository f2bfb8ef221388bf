# ruff: noqa: E501
"""Hand-written blind test corpus no. 56 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten56_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a dental clinic in Parma, a tattoo studio in
Bologna, a removals and storage company in Modena, a handmade-soap e-shop from Umbria, a private
tutoring agency in Cagliari and a horse-riding stable in the Maremma.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten56_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten56_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dental": "Clinica Dentale Borgo Regale",
    "tattoo": "Bruno Nero Tattoo",
    "moving": "Traslochi Ghirlandina",
    "soap": "Saponi di Clelia",
    "tutor": "Ripetizioni Bastione",
    "stable": "Maneggio Poggio dei Butteri",
}
PAGE_IDS: dict[str, str] = {
    "dental": "656340271904583",
    "tattoo": "656340918273640",
    "moving": "656340503318827",
    "soap": "656340764120095",
    "tutor": "656340339581716",
    "stable": "656340880462371",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ dental clinic, Parma
    # 1. A mother books two hygiene sessions, gives her codice fiscale and two e-mails.
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Giulia Ferretti",
        "lang": "it",
        "start": "2025-02-03T08:14:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giulia Ferretti]]. vorrei prenotare una pulizia x me e x mia figlia [[P:Bianca]] che ha 13 anni, avete posto verso il {{D:20 febbraio}}?",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Ferretti]]! Il {{D:20 febbraio}} la dott.ssa [[P:Ilaria Montecchi]] ha libero alle {{TM:16:10}} e alle {{TM:16:50}}, una dopo l'altra. Igiene adulti {{$:75 €}}, sotto i 14 anni {{$:50 €}}. Vanno bene? [[P:Debora]]",
            ),
            (
                "c",
                "si perfetto!! mi serve fattura per la detrazione, cf [[CF:FRRGLI88C54G337F]]. x [[P:bianca]] la intestate sempre a me giusto?",
            ),
            (
                "a",
                "Esatto, le intestiamo entrambe a lei, la ragazza è a carico. Le mandiamo le fatture via mail, ci lascia l'indirizzo?",
            ),
            (
                "c",
                "[[E:giulia.ferretti88@example.it]] , se non arriva usate quella dell'ufficio [[E:g.ferretti@studiolegale-ferretti.example.it]]",
            ),
            (
                "a",
                "Segnato tutto. Ricordi che siamo in [[A:borgo Regale 14/b]], citofono {{W:Studio}}, secondo piano. Se tardate ci avvisi al [[T:0521 238 406]]. A giovedì!",
            ),
            (
                "c",
                "grazie mille 👍 ah giovedì chiedo anche x lo sbiancamento, [[P:Bianca]] dice che vuole i denti più {{W:bianchi}} delle sue amiche 😂",
            ),
        ],
    },
    # 2. A British expat with a cracked crown; his wife Ivy; the bill goes to his home.
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Mark Holloway",
        "lang": "en",
        "start": "2025-02-11T19:32:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Mark Holloway]], I moved to [[L:Parma]] last autumn for work. I cracked a crown this evening eating torrone 🙈 Do you see emergencies tomorrow?",
            ),
            (
                "a",
                "Hello Mr [[P:Holloway]], sorry to hear that! Dr [[P:Tommaso Grisendi]] can see you tomorrow at {{TM:8:30}}, before the regular appointments. Could you send us a phone number in case we need to move it?",
            ),
            (
                "c",
                "Great, my mobile is [[T:+44 7700 914362]], still the UK one. My wife [[P:Ivy]] has an Italian number too: [[T:347 118 5290]]",
            ),
            (
                "a",
                "Thank you. The visit is {{$:60 €}}, a temporary crown {{$:90 €}} if needed. Please bring your tessera sanitaria or passport. We are at [[A:Borgo Regale 14/b]], [[A:43121]] {{W:Parma}}, two minutes from {{W:Piazza Garibaldi}}.",
            ),
            (
                "c",
                "Perfect, I'll {{W:mark}} it in my calendar. Can you send the {{W:bill}} to my home address? It's [[A:strada Farini 37, interno 6]], [[A:43121]] [[L:Parma]]. I work at {{B:Chiesi}} and they reimburse part of it",
            ),
            (
                "a",
                "Noted, the invoice will go to [[A:strada Farini]]. See you at {{TM:8:30}}! [[P:Debora]]",
            ),
            (
                "c",
                "Cheers. [[P:Ivy]] says thanks too, she might book a check-up for our son [[P:Alfie]] after {{D:Easter}}. If you like pottery, that's her: [[U:ivyholloway-ceramics.example.co.uk]] 😄",
            ),
        ],
    },
    # 3. A daughter writes by voice-to-text for her elderly father's denture.
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Lucia Bergonzi",
        "lang": "it",
        "start": "2025-03-04T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno scrivo per mio papà [[P:fortunato bergonzi]] ha 84 anni la protesi di sotto gli balla e non riesce più a mangiare virgola possiamo venire questa settimana punto interrogativo",
            ),
            (
                "a",
                "Buongiorno! Certo, giovedì {{D:6 marzo}} alle {{TM:11:00}} dal dott. [[P:Grisendi]]. Il papà è già nostro paziente?",
            ),
            (
                "c",
                "si si è già paziente prima lo portava mio fratello [[P:Franco]] ma adesso sta a [[L:Fidenza]] e lavora. io sono [[P:Lucia]] la figlia il mio numero è questo oppure casa [[T:0521 77 41 09]]",
            ),
            (
                "a",
                "Perfetto [[P:Lucia]], grazie. Se il papà ha difficoltà con le scale c'è l'ascensore dal cortile interno.",
            ),
            (
                "c",
                "grazie signorina gentilissima. il papà chiede quanto costa una protesi nuova perché ha solo la pensione punto interrogativo",
            ),
            (
                "a",
                "Dipende da cosa decide il dottore dopo la visita, indicativamente da {{$:900 €}} a {{$:1.400 €}}, si può rateizzare. Se vuole le mandiamo il listino per mail 😊",
            ),
            (
                "c",
                "si grazie la mail è [[E:lucia.bergonzi62 chiocciola example punto it]] . giovedì arriviamo con la macchina di mio marito [[P:Gianni]] la lasciamo da mia suocera in [[A:via Nino Bixio 88]] e veniamo a piedi",
            ),
        ],
    },
    # 4. A young woman asks about aligners on Instagram, mentions a friend, sends IBAN and CF.
    {
        "business": "dental",
        "platform": "instagram",
        "customer": "Viola Rossi",
        "lang": "it",
        "start": "2025-03-19T21:47:00",
        "messages": [
            (
                "c",
                "ciaooo volevo info sugli allineatori trasparenti, tipo {{B:Invisalign}}, quanto costano da voi?",
            ),
            (
                "a",
                "Ciao! Facciamo sia {{B:Invisalign}} che {{PD:Clear Smile Pro}}; dopo la prima visita gratuita e la scansione 3D il preventivo va in genere da {{$:2.800 €}} a {{$:4.500 €}}. Vuoi fissare? Scrivici nome e cognome",
            ),
            (
                "c",
                "[[P:Viola Rossi]]! me li ha consigliati la mia amica [[H:@camilla.gherardi_]] che li ha fatti da voi l'anno scorso, dice che la [[P:Montecchi]] è bravissima",
            ),
            (
                "a",
                "Che bello, salutaci [[P:Camilla]]! 🌸 Ti va bene martedì {{D:25/03}} alle {{TM:18:00}}?",
            ),
            ("c", "sii. se poi li faccio posso pagare a rate? tipo addebito sul conto"),
            (
                "a",
                "Certo, con il finanziamento a tasso zero in 12 o 24 rate. Serviranno IBAN e codice fiscale, ma ci pensiamo dopo la visita",
            ),
            (
                "c",
                "ve li mando subito così non me li scordo 😅 IBAN [[I:IT66R0503465730000000018842]] codice fiscale [[CF:RSSVLI02D55G337C]]. e seguitemi che poi vi taggo [[H:@viola.rss]]",
            ),
            (
                "a",
                "Ricevuti (la prossima volta meglio darli di persona 😉). A martedì [[P:Viola]]! Ps in omaggio c'è l'astuccio, lo scegli tu: {{W:viola}} o {{W:rosa}} 💜",
            ),
        ],
    },
    # 5. A Ukrainian mother, toothache of her son; switches from Italian to English.
    {
        "business": "dental",
        "platform": "telegram",
        "customer": "Oksana Melnyk",
        "lang": "it",
        "start": "2025-04-02T07:58:00",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Oksana Melnyk]] ([[P:Оксана Мельник]]), mio figlio [[P:Taras]] 9 anni ha male dente dietro da ieri sera, piange. Voi guardate bambini?",
            ),
            (
                "a",
                "Buongiorno signora, sì certo. Oggi alle {{TM:14:30}} c'è la dott.ssa [[P:Montecchi]] che segue i bambini. Va bene?",
            ),
            (
                "c",
                "Sorry, is better English for me? Today {{TM:14:30}} ok. We live in [[A:via Venezia 141]], is far from you?",
                "en",
            ),
            (
                "a",
                "No problem! From your area it's about 15 minutes by bus to {{W:Piazza Garibaldi}}, then 3 minutes on foot. Please bring his health card (tessera sanitaria).",
                "en",
            ),
            (
                "c",
                "Thank you. My husband [[P:Andriy]] maybe comes later, his number [[T:+380 67 412 8835]] if I not answer. My Italian number [[T:351 402 7719]], on Telegram I am [[H:@oksana_mel]]",
                "en",
            ),
            (
                "a",
                "Perfect, we saved both numbers. If you want the receipt by email just write it here. See you at {{TM:14:30}}, ask for [[P:Debora]] at the desk.",
                "en",
            ),
            ("c", "[[E:oksana.melnyk(at)example.com.ua]] please. Grazie mille!! 🙏", "en"),
        ],
    },
    # 6. A formal letter asking to refund a double payment to an IBAN.
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Stella Pagliari",
        "lang": "it",
        "start": "2025-04-22T16:20:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Clinica Dentale Borgo Regale}},\ncon la presente segnalo che in data {{D:8 aprile 2025}} ho pagato due volte la fattura n. {{R:FT-2025/0417}} di {{$:180,00 €}}, una volta con bancomat e una con bonifico. Chiedo il rimborso della somma versata in eccesso sul conto\n[[I:IT83T0103014300000063390127]]\nintestato alla sottoscritta.\nCordiali saluti\n[[P:Stella Pagliari]]\n[[A:via Montebello 12/A]] - [[A:43123]] [[L:Parma]]",
            ),
            (
                "a",
                "Gentile sig.ra [[P:Pagliari]], ha perfettamente ragione e ci scusiamo. Il bonifico di rimborso partirà lunedì {{D:28 aprile}}, perché venerdì è la {{W:Festa della Liberazione}} e siamo chiusi. Riceverà la nota di credito {{R:NC-2025/031}}. [[P:Mirella Sozzi]], amministrazione",
            ),
            (
                "c",
                "Grazie. Può mandare la nota di credito anche a mio marito che tiene i conti di casa? [[E:tiziano.pagliari@example.com]]",
            ),
            ("a", "Certamente, la mandiamo a lei e in copia al sig. [[P:Tiziano Pagliari]]."),
            ("c", "ps: complimenti al dott. [[P:Grisendi]], per me è una {{W:stella}} ⭐"),
            ("a", "Che gentile, glielo riferiamo! Buona serata"),
        ],
    },
    # 7. A Nigerian exchange student with a wisdom tooth; obfuscated e-mail, cousin, vlog.
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Chidi Okonkwo",
        "lang": "en",
        "start": "2025-05-09T12:11:00",
        "messages": [
            (
                "c",
                "Good afternoon. My name is [[P:Chidi Okonkwo]], I am an exchange student at {{W:Università di Parma}} (from [[L:Enugu]], [[L:Nigeria]]). I have a wisdom tooth coming out and it hurts much. Do you accept student insurance?",
            ),
            (
                "a",
                "Good afternoon [[P:Chidi]]! We don't bill insurers directly, but we give you a detailed invoice in English you can send them for reimbursement. A first visit with X-ray is {{$:80 €}}.",
            ),
            (
                "c",
                "Ok thank you. My insurance is {{B:Allianz Care}}. Please send the invoice to my email [[E:chidi dot okonkwo at example dot org]] and copy my cousin [[P:Adaeze]], she helps me with Italian paperwork from [[L:Milan]]: [[E:adaeze.n@example.com]]",
            ),
            (
                "a",
                "Of course. We can see you Monday {{D:12 May}} at {{TM:17:40}}. General info on health cover for foreign students is on {{W:www.salute.gov.it}} if you need it.",
            ),
            (
                "c",
                "Great. Is it far from campus? I stay in the residence at [[A:via Volturno 39, room 214]]",
            ),
            (
                "a",
                "About 20 minutes on foot. Directions are here: {{W:www.clinicaborgoregale.it/dove-siamo}}",
            ),
            (
                "c",
                "Thanks a lot, see you Monday. Maybe I make a video about Italian dentists for my channel [[U:youtube.com/@chidiinparma]] 😅",
            ),
        ],
    },
    # ------------------------------------------------------------------ tattoo studio, Bologna
    # 8. A freelance designer books blackwork and asks for an invoice on his partita IVA.
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "Riccardo Milani",
        "lang": "it",
        "start": "2025-02-06T22:03:00",
        "messages": [
            (
                "c",
                "ciao! vorrei un blackwork sull'avambraccio, stile di [[H:@nadia.kovalenko.ink]], si può fare con [[P:Bruno]]?",
            ),
            (
                "a",
                "Ciao! Sì, [[P:Bruno]] fa molto blackwork, i lavori di [[P:Nadia]] li conosce bene 🖤 Mandaci una foto della zona e un'idea di misura. Per prenotare serve un acconto di {{$:100 €}}.",
            ),
            (
                "c",
                "foto mandata, misura tipo 15x8. sono [[P:Riccardo Milani]], faccio il grafico freelance, posso avere fattura sulla partita iva? [[V:02874610344]]",
            ),
            ("a", "Certo! Ci servono anche codice fiscale e indirizzo di fatturazione"),
            (
                "c",
                "cf [[CF:MLNRCR91T02A944H]], studio in [[A:via del Pratello 61]], [[A:40122]] [[L:Bologna]]. i miei lavori sono qui [[U:www.riccardomilani-design.example.it]] se vi serve un logo nuovo 😏",
            ),
            (
                "a",
                "Ahah ci pensiamo, il nostro logo l'ha disegnato [[P:Bruno]] su un tovagliolo 😂 Acconto su IBAN [[I:IT54X0200812710000104735291]] intestato a [[P:Bruno Zanardi]], causale acconto {{R:BN-0214}}. Prima data libera {{D:14 marzo}}, ore {{TM:15:00}}.",
            ),
            ("c", "fatto il bonifico ✌️ ci vediamo il 14"),
        ],
    },
    # 9. A Spanish Erasmus student wants a small rose; her flatmate Rose; phone and address.
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "Lucía Fernández",
        "lang": "en",
        "start": "2025-02-19T13:40:00",
        "messages": [
            (
                "c",
                "Hiii! I'm [[P:Lucía]], Erasmus student from [[L:Sevilla]] 🇪🇸 saw your story on {{B:@brunonerotattoo}}! I want a small fine-line {{W:rose}} on my ankle, do you do walk-ins?",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! A small {{W:rose}} on the ankle is perfect for a walk-in, our resident [[P:Sole]] does fine-line. Saturday from {{TM:11}} to {{TM:19}}, from {{$:80 €}}.",
            ),
            (
                "c",
                "Amazing!! Can my flatmate [[P:Rose]] come too? She wants her cat's name in Korean lol. She's [[H:@rosie_tmcb]] on insta, my drawings are on [[U:https://www.behance.net/luciafdz]]",
            ),
            (
                "a",
                "Sure, both of you! For the Korean lettering please send the exact characters, [[P:Sole]] will check them with a native speaker 😊",
            ),
            (
                "c",
                "Ok! One question, we are under 21, is it a problem? I'm 20. Also can I pay with Spanish card?",
            ),
            (
                "a",
                "In Italy 18 is enough, just bring an ID. Any card is fine, {{B:Visa}}, {{B:Mastercard}}, {{B:Revolut}}…",
            ),
            (
                "c",
                "Perfect. If you need, my phone is [[T:+34 612 48 93 07]] and mail [[E:lucia.fdz@example.es]]. We live in [[A:via Mascarella 24]] so we come walking 🚶‍♀️",
            ),
            (
                "a",
                "Great, we're just round the corner from {{W:Piazza Aldrovandi}}. See you Saturday!",
            ),
        ],
    },
    # 10. A cover-up of an ex's name; flower colours; sister Speranza wants a piercing.
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Gioia Lambertini",
        "lang": "it",
        "start": "2025-03-03T18:25:00",
        "messages": [
            (
                "c",
                "salve, ho tatuato sul polso il nome del mio ex, [[P:Manuel]] 🙄 (se volete ridere è ancora nella foto profilo del suo [[U:facebook.com/manuel.zanotti.92]]). vorrei coprirlo, si può?",
            ),
            (
                "a",
                "Salve! Quasi sempre sì, dipende da quanto è scuro. Ci manda una foto del polso? Come si chiama?",
            ),
            (
                "c",
                "[[P:Gioia]]. [[P:Gioia Lambertini]]. la foto arriva ora. pensavo a un fiore, una {{W:viola}} o qualcosa di {{W:rosa}}",
            ),
            (
                "a",
                "Piacere [[P:Gioia]]! Con quel nero conviene un fiore pieno, una peonia o una {{W:rosa}} scura; il {{W:viola}} chiaro non coprirebbe. Ne parla con [[P:Bruno]]: consulenza gratuita mercoledì {{D:5 marzo}} alle {{TM:18:30}}?",
            ),
            (
                "c",
                "ok! sarà una {{W:gioia}} vederlo sparire 😂 porto anche mia sorella [[P:Speranza]] che vuole un piercing al naso, lo fate?",
            ),
            (
                "a",
                "I piercing li fa [[P:Jessica]] il giovedì e il sabato. Mi lascia un numero della sorella così la chiama lei?",
            ),
            ("c", "lei è [[T:339-6402817]], io sono questo. a mercoledì"),
        ],
    },
    # 11. A father asks about consent for his 17-year-old daughter.
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Leone Sarti",
        "lang": "it",
        "start": "2025-03-27T09:12:00",
        "messages": [
            (
                "c",
                "Buongiorno. Mia figlia [[P:Asia]] ([[H:@asia.sarti_]] su instagram, vi segue da mesi) vuole farsi un tatuaggio ma ha 17 anni. Cosa serve da parte nostra? Sono il papà, [[P:Leone Sarti]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Sarti]]. Per i minorenni servono il consenso firmato di entrambi i genitori, presenti in studio, e i documenti di tutti e tre. Solo tatuaggi piccoli e non su mani, collo e viso.",
            ),
            (
                "c",
                "Mia moglie [[P:Morena]] lavora a [[L:Imola]] fino alle 18, si può fare di sabato? Il disegno è un piccolo {{W:leone}} sulla caviglia, le piace perché è il mio nome 😅",
            ),
            (
                "a",
                "Che carino! Sabato {{D:5 aprile}} alle {{TM:10:30}} con [[P:Bruno]]. Il modulo di consenso è anche sul sito dell'{{W:AUSL di Bologna}}, {{W:www.ausl.bologna.it}}",
            ),
            (
                "c",
                "va bene. noi veniamo da [[L:Casalecchio]], [[A:via Porrettana 402]], c'è un parcheggio vicino a voi?",
            ),
            ("a", "A pagamento in {{W:Piazza VIII Agosto}}, a 5 minuti a piedi. A sabato!"),
            ("c", "grazie. viene anche la nonna [[P:Bruna]] che vuole vedere 😂"),
        ],
    },
    # 12. An American tourist for a flash day; link-in-bio, artist's handle, US phone.
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "Hope Daniels",
        "lang": "en",
        "start": "2025-04-14T15:55:00",
        "messages": [
            (
                "c",
                "Hey!! I'm [[P:Hope]], visiting from [[L:Portland]], [[L:Oregon]] for a week. I {{W:hope}} you still have a slot for a flash piece before the 20th? 🙏",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Flash Friday is on {{D:April 18}}, from {{TM:12 pm}}, first come first served. Prices {{$:60 €}} to {{$:150 €}}.",
            ),
            (
                "c",
                "Yay! Found {{B:Bruno Nero Tattoo}} on Google, so happy. My friend [[P:Dakota]] wants one too. All my art is on [[U:linktr.ee/hopedanielsart]] if you want to see my style. We'll walk from {{W:Piazza Maggiore}}, is it far?",
            ),
            (
                "a",
                "About 10 minutes on foot. Love your linework! Also check [[P:Sole]]'s page [[H:@sole.fineline]], she's drawing most of the flash",
            ),
            (
                "c",
                "omg she's amazing. Can I reserve somehow? You can text me at [[T:(503) 555-0148]], my US number works on wifi",
            ),
            ("a", "Flash day is walk-in only, sorry! Just come early. Can't wait to meet you 🖤"),
            ("c", "Will do! Following you now, I'm [[H:@hope.d.tattoos]] 😊"),
        ],
    },
    # 13. An Argentinian tattooist asks for a guest spot; portfolio, site, room offer.
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Valentina Acuña",
        "lang": "it",
        "start": "2025-05-06T11:30:00",
        "messages": [
            (
                "c",
                "Hola! Scusa il mio italiano. Sono [[P:Valentina Acuña]], tatuatrice di [[L:Rosario]], [[L:Argentina]]. A giugno sono in [[L:Italia]] e cerco studio per guest spot a [[L:Bologna]]. Il mio portfolio: [[U:https://www.instagram.com/vale.acuna.tattoo/]]",
            ),
            (
                "a",
                "Ciao [[P:Valentina]]! Bellissimi lavori. A giugno la seconda postazione è libera dal {{D:9}} al {{D:21 giugno}}. Condizioni: 30% allo studio, il materiale monouso lo mettiamo noi. Ti va?",
            ),
            (
                "c",
                "Perfetto!! Ti mando anche mail con contratto, il mio mail è [[E:vale.acuna.tattoo@example.com.ar]]. Ho anche sito ([[U:valeacuna-tattoo.example.com]])",
            ),
            (
                "a",
                "Ricevuto. Per dormire, la nostra [[P:Jessica]] affitta una stanza in [[A:via San Vitale 87]], se ti interessa ti passo il suo numero",
            ),
            ("c", "Si per favore!!"),
            (
                "a",
                "[[P:Jessica]] [[T:+39 347 902 1164]], oppure scrivile direttamente su [[U:wa.me/393479021164]], dille che ti mando io. Un abbraccio, [[P:Bruno]]",
            ),
            (
                "c",
                "Grazie mille [[P:Bruno]]! 🙌 Viene con me il mio ragazzo [[P:Matías]], fa il fotografo, magari fa foto allo studio: [[H:@matiphoto.ba]]",
            ),
        ],
    },
    # 14. Aftercare worry; girlfriend Serena; an elderly neighbour wants a tattoo.
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Mirko Baldi",
        "lang": "it",
        "start": "2025-06-10T20:47:00",
        "messages": [
            (
                "c",
                "ciao ragazzi sono [[P:mirko]] quello del tribale sulla spalla di sabato, è rosso e gonfio è normale??",
            ),
            (
                "a",
                "Ciao [[P:Mirko]], un po' di arrossamento nei primi 3-4 giorni è normale. Stai usando la crema che ti ha dato [[P:Bruno]]? Mandaci una foto",
            ),
            (
                "c",
                "si la {{PD:Bepanthenol Tattoo}} ma forse ho tenuto la pellicola troppo... foto mandata",
            ),
            (
                "a",
                "Dalla foto sembra irritazione, non infezione. Togli la pellicola e lava con sapone neutro 2 volte al giorno. Se domani è peggio o hai febbre chiama la guardia medica ({{W:116117}}).",
            ),
            (
                "c",
                "ok grazie. la mia morosa [[P:Serena]] dice che sono esagerato 🙄 lei vi segue, è [[H:@serena.cavazza]]",
            ),
            (
                "a",
                "Ha ragione [[P:Serena]] 😂 Tienici aggiornati comunque, ti abbiamo aperto la scheda {{R:AFT-0611}}",
            ),
            (
                "c",
                "ahah ok. ps la mia vicina [[P:Franca Gualandi]] vuole fare il primo tatuaggio a 70 anni per il compleanno, le do il vostro numero ok?",
            ),
            ("a", "Certo, mandala pure! Passa una notte {{W:serena}} e domani aggiornaci 🙏"),
        ],
    },
    # ------------------------------------------------------------------ removals, Modena
    # 15. A family moves from Modena to Leeds; addresses, CF, UK and Italian numbers, UK IBAN.
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Daniel Kwamena",
        "lang": "en",
        "start": "2025-02-10T09:30:00",
        "messages": [
            (
                "c",
                "Good morning, I got your number from my colleague [[P:Eleonora]] at {{B:Tetra Pak}}. We're moving from [[L:Modena]] to [[L:Leeds]] in April, family of four, 3-bedroom flat. Could you do a quote?",
            ),
            (
                "a",
                "Good morning! Of course. We do a free survey at your home, and our office is right in front of the {{W:Museo Enzo Ferrari}}, if you prefer to pop in. Could you send both addresses and your full name?",
            ),
            (
                "c",
                "[[P:Daniel Kwamena]]. Here: [[A:via Giardini 455, scala B, 3rd floor]] (no lift 😬). New house: [[A:27 Ashgrove Terrace]], [[L:Leeds]] [[A:LS6 2QT]]",
            ),
            (
                "a",
                "Thanks Mr [[P:Kwamena]]. Our surveyor [[P:Fabrizio]] can come Thursday {{D:13 February}} at {{TM:18:00}}. For the UK customs paperwork we'll need your codice fiscale and copies of the passports.",
            ),
            (
                "c",
                "Thursday is fine. Codice fiscale [[CF:KWMDNL93H21Z318P]]. My wife [[P:Akosua]] will be home too, her number [[T:+39 328 771 0452]]; mine from April will be [[T:07911 204583]], also on WhatsApp [[U:wa.me/447911204583]]",
            ),
            (
                "a",
                "Perfect. Quote ref {{R:PRV-2025-0088}}. You'll need Transfer of Residence relief for the goods, see {{W:www.gov.uk/guidance/transfer-of-residence}}. [[P:Fabrizio]] will explain everything.",
            ),
            (
                "c",
                "Brilliant. Our son [[P:Kofi]]'s piano can come too? It's an upright {{B:Yamaha}}. And any refund please to our UK account [[I:GB28BARC20038471829364]]",
            ),
            (
                "a",
                "Yes, we have a piano trolley and two lads trained for it, about {{$:280 €}} extra. Talk Thursday!",
            ),
        ],
    },
    # 16. A man moves alone to Munich; German address, landlord, obfuscated e-mail, DE IBAN.
    {
        "business": "moving",
        "platform": "messenger",
        "customer": "Bruno Ferraresi",
        "lang": "it",
        "start": "2025-03-12T17:05:00",
        "messages": [
            (
                "c",
                "Salve, a maggio mi trasferisco a [[L:Monaco di Baviera]] per lavoro. Solo io, bilocale. Quanto costa più o meno? [[P:Bruno Ferraresi]]",
            ),
            (
                "a",
                "Buonasera sig. [[P:Ferraresi]], per un bilocale in groupage siamo sui {{$:1.900 €}}, con camion dedicato {{$:3.200 €}}. Da che indirizzo partiamo?",
            ),
            (
                "c",
                "[[A:Viale Caduti in Guerra 134]], secondo piano. Arrivo: [[A:Lindenschmitstraße 23, 4. OG]], [[A:81371]] [[L:München]], c'è l'ascensore",
            ),
            (
                "a",
                "Perfetto. L'armadio in noce {{W:bruno}} della foto lo smontiamo noi? E all'arrivo serve il permesso di sosta (Halteverbot): lo chiede lei o noi?",
            ),
            (
                "c",
                "Chiedetelo voi per favore, il tedesco non lo parlo 😅 il padrone di casa è Herr [[P:Köhler]], [[E:j.koehler@example.de]], [[T:+49 89 4521 7730]]",
            ),
            (
                "a",
                "Va bene, lo contattiamo noi. Le mando il preventivo {{R:PRV-2025-0131}} via mail: a che indirizzo?",
            ),
            (
                "c",
                "[[E:bruno.ferraresi AT example.it]]. Se c'è da rimborsare qualcosa usate il conto tedesco nuovo [[I:DE44 5001 0517 5407 3249 31]]",
            ),
            ("a", "Ricevuto, grazie! [[P:Claudia]], ufficio preventivi"),
        ],
    },
    # 17. Storage after a mother moves to a care home; address split over two messages.
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Franco Guidetti",
        "lang": "it",
        "start": "2025-03-25T08:40:00",
        "messages": [
            (
                "c",
                "buongiorno avete box deposito? devo svuotare casa di mia mamma [[P:Marina]] che va in casa di riposo",
            ),
            (
                "a",
                "Buongiorno, sì, box da 5, 10 e 15 m³ nel magazzino di {{W:Campogalliano}}, da {{$:79 €}} al mese. Il trasloco dalla casa lo facciamo noi. Dov'è?",
            ),
            ("c", "a [[L:Sassuolo]], [[A:via Radici in Piano]]"),
            (
                "c",
                "scusi è partito. [[A:n. 318]], la villetta gialla dopo il benzinaio. c'è anche un divano {{B:Poltrona Frau}} di mio nonno, trattatelo bene 🙏",
            ),
            (
                "a",
                "Grazie sig. [[P:Guidetti]]. Sopralluogo lunedì {{D:31/03}} ore {{TM:9}}? Il trasporto al magazzino è {{W:franco}} deposito fino a 30 m³, quindi nessun costo extra.",
            ),
            (
                "c",
                "va bene. se non ci sono io c'è mio cugino [[P:Felice Ori]] [[T:335.604.2219]]. il preventivo mandatelo a [[E:franco.guidetti@example.it]]. i mobili che non tengo li vendo, sono sul mio profilo [[U:www.subito.it/utente/franco-guidetti-mo]]",
            ),
            (
                "a",
                "Perfetto, lunedì allora. [[P:Fabrizio]] la chiama mezz'ora prima. Un caro saluto alla signora [[P:Marina]].",
            ),
            (
                "c",
                "grazie, sarà contenta, è nata a [[L:Marina di Carrara]] e dice che il mare le manca 😅",
            ),
        ],
    },
    # 18. A couple moves to Geneva; Swiss address, card in chat, CH IBAN.
    {
        "business": "moving",
        "platform": "telegram",
        "customer": "Amélie Rochat",
        "lang": "en",
        "start": "2025-04-07T14:15:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Amélie Rochat]]. My partner [[P:Giacomo]] and I are moving from [[L:Carpi]] to [[L:Geneva]] on {{D:June 2}}. Do you handle Swiss customs?",
            ),
            (
                "a",
                "Hello [[P:Amélie]]! Yes, we do Swiss moves every month. You'll need the customs form {{R:18.44}} and an inventory list, which we prepare. Can you share both addresses?",
            ),
            (
                "c",
                "From [[A:via Cattani Sud 71/3]], [[A:41012]] [[L:Carpi]]. To [[A:12, rue des Pâquis]], [[A:1201]] [[L:Genève]], 5th floor, the concierge is M. [[P:Dufour]]. I write about our move on [[U:amelie-entre-deux.example.ch]] 🙂",
            ),
            (
                "a",
                "Thank you. Quote {{R:PRV-2025-0163}}: {{$:4.600 €}} all included, insurance too. We need a 30% deposit to confirm.",
            ),
            ("c", "Ok. Can I pay the deposit by card here? [[C:4532 0187 4412 9074]] exp 09/27"),
            (
                "a",
                "Please don't send card numbers in chat! 🙈 We've deleted the message. We'll email you a secure {{B:Nexi}} payment link instead.",
            ),
            (
                "c",
                "Oops sorry. Email: [[E:amelie.rochat@example.ch]]. Swiss mobile [[T:+41 79 384 21 56]]. For any refund: [[I:CH14 0023 0011 2345 6789 0]]",
            ),
            ("a", "Link sent! Deposit {{$:1.380 €}}, payment reference {{R:PAY-77120}}."),
        ],
    },
    # 19. A Romanian couple goes back to Cluj; Romanian address and IBAN.
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Ionela Popescu",
        "lang": "it",
        "start": "2025-04-28T19:02:00",
        "messages": [
            (
                "c",
                "Buna sera, sono [[P:Ionela Popescu]], torniamo in [[L:Romania]] a [[L:Cluj-Napoca]] con mio marito [[P:Vasile]] dopo 12 anni a [[L:Vignola]]. Quanto costa trasloco?",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Popescu]]! Verso l'Est Europa facciamo carichi condivisi una volta al mese. Quanti mobili avete?",
            ),
            (
                "c",
                "Camera da letto, divano, tavolo, 30 scatole circa. Indirizzo qui [[A:via Barozzi 19 int. 2]]. Là: [[A:Strada Avram Iancu nr. 17, bl. B2, sc. 1, ap. 14]], [[L:Cluj-Napoca]], cod [[A:400089]]",
            ),
            (
                "a",
                "Con carico condiviso sui {{$:2.100 €}}, partenza il {{D:15 giugno}}, consegna in 4-6 giorni. Va bene?",
            ),
            (
                "c",
                "Si va bene. Il bonifico lo fa mio figlio [[P:Andrei]] dal suo conto romeno [[I:RO27 BTRL RONC RT04 4987 1203]], così lo riconoscete. Lui è su facebook [[U:https://www.facebook.com/andrei.popescu.cluj]] se serve",
            ),
            (
                "a",
                "Perfetto, basta mettere in causale {{R:PRV-2025-0201}}. Ci lascia anche un numero romeno per la consegna?",
            ),
            (
                "c",
                "[[T:0040 745 318 902]] e di [[P:Andrei]] [[T:+40 722 604 115]]. Multumesc frumos!! 🇷🇴",
            ),
        ],
    },
    # 20. An Indian engineer moves to Stuttgart and ships boxes to Pune.
    {
        "business": "moving",
        "platform": "messenger",
        "customer": "Arjun Venkataraman",
        "lang": "en",
        "start": "2025-05-15T06:50:00",
        "messages": [
            (
                "c",
                "Hi team, [[P:Arjun Venkataraman]] here. I'm finishing my contract at {{B:Maserati}} and joining {{B:Porsche}} in [[L:Stuttgart]]. Also need to send 6 boxes to my parents in [[L:Pune]]. Can you do both?",
            ),
            (
                "a",
                "Hi [[P:Arjun]]! Yes: the flat by truck, the boxes by consolidated sea freight (about 6-8 weeks). Please send both destination addresses.",
            ),
            (
                "c",
                "[[L:Stuttgart]]: [[A:Rotebühlstraße 121]], [[A:70178]] [[L:Stuttgart]]. [[L:India]]: [[A:Flat 402, Shree Krupa Apartments, Lane 7, Koregaon Park]], [[L:Pune]] [[A:411001]], attn. [[P:R. Venkataraman]] (my father)",
            ),
            ("a", "Got it. And the pickup address?"),
            (
                "c",
                "[[A:Via Emilia Est 1021, flat 8]]. My mom [[P:Lakshmi]] says hi, she follows the whole move on video call 😄 If easier, book a call on [[U:calendly.com/arjun-venkataraman/30min]]",
            ),
            (
                "a",
                "Namaste to her! 🙏 Total {{$:3.950 €}}. For Indian customs we need your passport and the unaccompanied baggage form. Container ref {{TR:MSCU4829130}}.",
            ),
            (
                "c",
                "Perfect. You can also reach me on WhatsApp [[T:+91 98220 41736]] or email [[E:arjun.v@example.in]]",
            ),
        ],
    },
    # 21. A lawyer's damage claim for a client; P.IVA in the signature; refund IBAN.
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Lorenza Cattabriga",
        "lang": "it",
        "start": "2025-06-03T10:10:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Traslochi Ghirlandina}},\nscrivo in qualità di legale della sig.ra [[P:Grace Mbeki]], che vi ha affidato il trasloco da [[A:via Nonantolana 640]] a [[A:v.le Storchi 88]] il {{D:27 maggio}}. Lo specchio antico risulta rotto. Attendo riscontro.\nAvv. [[P:Lorenza Cattabriga]]\nP.IVA [[V:01982730481]]\n[[U:www.avvocatocattabriga.example.it]]",
            ),
            (
                "a",
                "Buongiorno Avvocato, abbiamo aperto la pratica {{R:SIN-2025-014}}. Il nostro assicuratore {{B:Unipol}} manderà un perito entro 10 giorni. Può indicarci una PEC?",
            ),
            (
                "c",
                "[[E:lorenza.cattabriga@pec.example.it]]. La mia assistita chiede anche il rimborso diretto della franchigia di {{$:150 €}} sul suo conto [[I:IT30J0306912765100000061234]]",
            ),
            (
                "a",
                "Ricevuto. La franchigia la rimborsiamo appena chiusa la perizia. Per la sig.ra [[P:Mbeki]] il riferimento resta [[P:Claudia]] in ufficio, [[T:059 37 22 914]]",
            ),
            (
                "c",
                "Bene. La mia assistita precisa che lo specchio era della nonna [[P:Nomvula]], il valore è anche affettivo. Cordiali saluti",
            ),
        ],
    },
    # ------------------------------------------------------------------ soap e-shop, Umbria
    # 22. A gift box for mother Rosa; rose as name and as flower in one card.
    {
        "business": "soap",
        "platform": "instagram",
        "customer": "Annalisa Lucchesi",
        "lang": "it",
        "start": "2025-04-30T11:20:00",
        "messages": [
            (
                "c",
                "ciao! il {{PD:sapone alla rosa damascena}} è ancora disponibile? lo vorrei regalare a mia mamma [[P:Rosa]] per la {{D:festa della mamma}}",
            ),
            (
                "a",
                "Ciao! Sì, c'è il panetto da {{$:7,50 €}} e la confezione regalo {{PD:sapone alla rosa}} + {{PD:burrocacao al miele}} a {{$:18 €}}. Per la festa della mamma spediamo fino a {{D:mercoledì 7}} 🌹",
            ),
            (
                "c",
                "confezione regalo!! spedite direttamente a lei così è una sorpresa: [[P:Rosa Lucchesi]], [[A:via dei Mille 22]], [[A:06034]] [[L:Foligno]]",
            ),
            ("a", "Perfetto! Vuoi un biglietto? Lo scrive a mano [[P:Clelia]] 😊"),
            (
                "c",
                "siii scrivete: 'alla mia mamma [[P:Rosa]], la {{W:rosa}} più bella del giardino 🌹 [[P:Annalisa]] e [[P:Pietro]]'",
            ),
            (
                "a",
                "Che dolce! Ordine {{O:#SC-4471}}, totale con spedizione {{$:23,90 €}}. Link di pagamento in DM, il tracking appena parte 📦",
            ),
            ("c", "pagato! sono [[H:@annalisa.lucchesi]] se volete taggarmi nelle stories 😄"),
        ],
    },
    # 23. An Irish customer's parcel delivered to the wrong door; grace period.
    {
        "business": "soap",
        "platform": "messenger",
        "customer": "Grace O'Sullivan",
        "lang": "en",
        "start": "2025-03-10T20:00:00",
        "messages": [
            (
                "c",
                "Hi there, my parcel shows delivered but it's not here. Order {{O:#SC-4210}}. Name [[P:Grace O'Sullivan]]",
            ),
            (
                "a",
                "Hi [[P:Grace]], so sorry! Tracking {{TR:RR482019557IT}} says delivered on {{D:7 March}}. Could you confirm your address?",
            ),
            (
                "c",
                "[[A:Apt 5, 14 Belgrave Square North]], [[L:Rathmines]], [[L:Dublin 6]], [[A:D06 X2K8]]. My neighbour [[P:Siobhán]] in apt 4 sometimes gets my stuff, I'll ask her",
            ),
            (
                "c",
                "Nope, [[P:Siobhán]] hasn't got it. The courier photo on {{W:www.anpost.com/track}} shows a green door, mine is red 🙃",
            ),
            (
                "a",
                "That's clearly not your door. We've opened a claim with {{B:An Post}}, ref {{R:CLM-IE-30918}}. There's a {{W:grace}} period of 5 working days before they declare it lost, then we resend for free.",
            ),
            (
                "c",
                "Thanks. A {{W:grace}} period for [[P:Grace]], love it 😂 If anything ring me on [[T:+353 87 219 4406]]",
            ),
            ("a", "Haha, indeed! We'll keep you posted. [[P:Clelia]] & [[P:Tommaso]] 🌿"),
        ],
    },
    # 24. A Spanish shop owner (shop named after her) orders wholesale; ES IBAN.
    {
        "business": "soap",
        "platform": "whatsapp",
        "customer": "Marisol Herrera",
        "lang": "en",
        "start": "2025-03-21T10:45:00",
        "messages": [
            (
                "c",
                "Hello, I have a small organic shop in [[L:Valencia]], {{B:La Botica de Marisol}}. I'd like to resell your soaps. I'm [[P:Marisol Herrera]]",
            ),
            (
                "a",
                "Hola [[P:Marisol]]! Happy to hear that. Wholesale minimum is 60 pieces, 40% off retail. Catalogue: {{W:www.saponidiclelia.it/rivenditori}}",
            ),
            (
                "c",
                "Perfect. First order: 20 {{PD:Lavanda di Castelluccio}}, 20 {{PD:Olio e Sole}}, 20 {{PD:Rosmarino e Limone}}. Ship to [[A:Carrer de Sueca 48, bajo]], [[A:46006]] [[L:València]]",
            ),
            (
                "a",
                "Lovely choice. Total {{$:216 €}} + shipping {{$:19 €}}. Invoice {{R:FV-2025-0093}} is on its way. Do you have an EU VAT number for reverse charge?",
            ),
            (
                "c",
                "Yes, I'll email it from [[E:marisol@laboticademarisol.example.es]]. Last year a supplier refunded me to the wrong account, so if ever needed my IBAN is [[I:ES60 0049 1500 0512 3456 7892]]",
            ),
            ("a", "Noted. It ships Tuesday {{D:25 March}} with {{B:GLS}}. ¡Gracias! [[P:Tommaso]]"),
            (
                "c",
                "¡Gracias! My sister [[P:Pilar]] will receive it, I'm at a fair in [[L:Lisbon]] that week",
            ),
        ],
    },
    # 25. Checkout blocked by IP; the customer pastes his IP and his card number.
    {
        "business": "soap",
        "platform": "telegram",
        "customer": "Nicola Baiocco",
        "lang": "it",
        "start": "2025-04-09T23:12:00",
        "messages": [
            (
                "c",
                "buonasera il vostro sito non mi fa pagare, dice 'transazione rifiutata' ho provato 3 volte",
            ),
            (
                "a",
                "Buonasera! Ci dispiace. Che carta usa? Il checkout a volte blocca i tentativi ripetuti dallo stesso IP per sicurezza",
            ),
            (
                "c",
                "una {{B:PostePay}} {{B:Mastercard}}. l'ip lo vedo da qui, [[IP:93.41.208.117]]. ah sono [[P:Nicola Baiocco]]",
            ),
            (
                "a",
                "Grazie [[P:Nicola]]. Sì, quell'IP risulta bloccato fino a mezzanotte. Domattina riprovi, oppure lo sblocca il nostro tecnico [[P:Samuele]].",
            ),
            (
                "c",
                "non posso aspettare, è il regalo x mia moglie [[P:Felicita]]... vi do il numero della carta e addebitate voi? [[C:5355 8921 0076 4315]] scad 11/26",
            ),
            (
                "a",
                "No no, non mandi mai i dati della carta in chat! Cancelliamo subito il messaggio. Le preparo un ordine manuale {{O:#SC-4592}} da pagare con {{B:PayPal}} o bonifico.",
            ),
            (
                "c",
                "ok scusate 😬 allora bonifico. se arriva entro sabato mia moglie sarà {{W:felice}} 😂",
            ),
            (
                "a",
                "Parte domani mattina con corriere espresso, arriva venerdì. IBAN [[I:IT23T0306904800100000009571]], intestato {{B:Saponi di Clelia}} di [[P:Clelia Brunetti]].",
            ),
        ],
    },
    # 26. A Croatian skincare creator asks for a PR box; media kit, handles, Zagreb address.
    {
        "business": "soap",
        "platform": "instagram",
        "customer": "Ivana Petrović",
        "lang": "en",
        "start": "2025-05-20T16:30:00",
        "messages": [
            (
                "c",
                "Hi loves 💕 I'm [[P:Ivana]], skincare creator from [[L:Zagreb]] (42k on IG). Would you send me a PR box? My media kit: [[U:ivanaglow.example.com/mediakit]] and my videos [[U:youtube.com/@ivanaglowskin]]",
            ),
            (
                "a",
                "Hi [[P:Ivana]]! Thank you for thinking of us 🌿 We're a tiny workshop and only do a few collabs a year. Can you send us your stats by email?",
            ),
            (
                "c",
                "Sure, tell me where! Or you write me: [[E:ivana dot glow at example dot hr]] 📩",
            ),
            ("a", "We'll write to you tomorrow. Where would we ship the box?"),
            (
                "c",
                "[[A:Ilica 214]], [[A:10000]] [[L:Zagreb]], [[L:Croatia]]. The doorbell says [[P:Petrović]] / [[P:Horvat]] (my boyfriend [[P:Luka]]'s surname). Tag me [[H:@ivana.glow.skin]] and on TikTok [[H:@ivanaglow]] 🙏",
            ),
            (
                "a",
                "Perfect! We'll add the new {{PD:Ivy & Cedar}} bar, our first winter scent. Tag us at {{B:@saponidiclelia}} ✨",
            ),
            ("c", "Omg my family calls me [[P:Ivy]] 😂 can't wait 🌿"),
        ],
    },
    # 27. An elderly lady dictates an order; lowercase names, rural address, phone in words.
    {
        "business": "soap",
        "platform": "whatsapp",
        "customer": "Gemma Tacconi",
        "lang": "it",
        "start": "2025-06-17T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:tacconi gemma]] di [[L:torgiano]] ho visto i vostri saponi al mercato di {{W:Bevagna}} dal banco della signora [[P:clelia]] volevo ordinare 6 {{PD:saponi di marsiglia}} punto",
            ),
            (
                "a",
                "Buongiorno signora [[P:Gemma]]! Che piacere. 6 {{PD:Marsiglia all'olio d'oliva}} fanno {{$:33 €}}, in Umbria la spedizione è gratis. Mi dà l'indirizzo?",
            ),
            (
                "c",
                "allora è [[A:frazione Brufa via delle vigne 12]] [[A:06089]] [[L:torgiano]] citofono [[P:tacconi]] però lo può lasciare anche a mio nipote [[P:Fortunato]] che abita davanti",
            ),
            ("a", "Segnato! Paga alla consegna in contanti o preferisce bonifico?"),
            (
                "c",
                "contanti alla consegna per favore il telefonino lo uso poco per pagare. se il corriere non trova chiami mia figlia [[P:Loredana]] [[T:tre tre otto uno due due quattro sette zero nove]]",
            ),
            (
                "a",
                "Perfetto signora, ordine {{O:#SC-4805}}, arriva in 2-3 giorni. Un saluto dalla [[P:Clelia]] 🌿",
            ),
            ("c", "grazie cara e buon {{D:San Giovanni}}"),
        ],
    },
    # 28. A French customer changes the delivery to a friend's shop; spaced e-mail.
    {
        "business": "soap",
        "platform": "messenger",
        "customer": "Camille Lefèvre",
        "lang": "en",
        "start": "2025-06-25T13:33:00",
        "messages": [
            (
                "c",
                "Bonjour! Sorry my English. I ordered 3 soaps, {{O:#SC-4862}}, but I want to change the address before you ship. I'm [[P:Camille Lefèvre]]",
            ),
            ("a", "Bonjour [[P:Camille]]! No problem, it hasn't left yet. What's the new address?"),
            (
                "c",
                "[[A:8 rue des Capucins]], [[A:69001]] [[L:Lyon]]. It is the shop of my friend [[P:Yasmine Benali]], {{B:Librairie du Rhône}}, she keep the parcel for me",
            ),
            (
                "a",
                "Updated! We'll write c/o [[P:Yasmine Benali]] on the label. Tracking by email once it ships.",
            ),
            (
                "c",
                "Merci. My email change too, I lost the password of the old one: now [[E:camille.lefevre75 @ example.fr]]",
            ),
            ("a", "Done. Ships tomorrow with {{B:Colissimo}}, tracking {{TR:6A24801937514}}."),
            ("c", "Perfect, thank you [[P:Clelia]]! Nice holidays in {{D:August}} 😊"),
        ],
    },
    # ------------------------------------------------------------------ tutoring, Cagliari
    # 29. A mother books maths for her son with tutor Marina; the Marina district.
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Serena Bianchi",
        "lang": "it",
        "start": "2025-02-04T15:15:00",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[P:Serena Bianchi]], mio figlio [[P:Jacopo]] fa la terza allo scientifico e in matematica ha 4. Avete qualcuno per due lezioni a settimana?",
            ),
            (
                "a",
                "Buongiorno signora! Sì, la nostra tutor [[P:Marina Piras]] segue proprio i licei scientifici. Lunedì e giovedì dalle {{TM:16:00}} alle {{TM:17:30}} andrebbe bene?",
            ),
            (
                "c",
                "Perfetto. Le lezioni a casa o da voi? Noi stiamo al [[L:Poetto]], [[A:viale Poetto 212]]",
            ),
            (
                "a",
                "Sia a domicilio (+{{$:5 €}}/ora) che in sede, in [[A:via Sassari 51]], quartiere {{W:Marina}}. Ora singola {{$:22 €}}, pacchetto 10 ore {{$:200 €}}.",
            ),
            (
                "c",
                "In sede va bene, [[P:Jacopo]] viene in bus. La fattura intestata a me, cf [[CF:BNCSRN79A62B354N]]",
            ),
            (
                "a",
                "Registrata. Le passo il numero di [[P:Marina]], [[T:349 552 0871]]. Prima lezione lunedì {{D:10 febbraio}}! [[P:Efisio]], segreteria",
            ),
            ("c", "Grazie! Mio marito [[P:Ignazio]] chiede se [[P:Marina]] può fare anche fisica"),
            ("a", "Sì, matematica e fisica entrambe 👍"),
        ],
    },
    # 30. A university student, English exam; his IP is blocked on the test platform.
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "Alessio Murgia",
        "lang": "it",
        "start": "2025-03-06T21:40:00",
        "messages": [
            (
                "c",
                "ciao, ho l'esame di inglese B2 ad {{D:aprile}} e non passo mai il listening. fate online?",
            ),
            (
                "a",
                "Ciao! Sì, su {{B:Zoom}} o {{B:Google Meet}}. Tutor madrelingua: [[P:Kate Brennan]] o [[P:Owen Price]]. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Alessio Murgia]]. va bene [[P:Kate]]. ma da casa mia la piattaforma di prova che mi avete mandato non si apre, dice accesso negato",
            ),
            (
                "a",
                "Strano! Mi scrivi l'indirizzo IP che vedi su {{W:whatismyip.com}}? Il tecnico controlla se è in blacklist",
            ),
            (
                "c",
                "[[IP:151.38.174.22]]. ho la fibra {{B:Tiscali}}. sennò provo da casa di mia nonna a [[L:Sinnai]]",
            ),
            (
                "a",
                "Trovato, era bloccato per errore, ora dovrebbe andare. Prova con [[P:Kate]] mercoledì alle {{TM:19:00}}, la sua stanza è [[U:https://zoom.us/my/kate.brennan.tutor]]",
            ),
            ("c", "funziona! mi date la mail di [[P:Kate]] così le mando i vecchi esami?"),
            ("a", "[[E:kate.brennan@example.co.uk]], scrivile pure. Buono studio!"),
        ],
    },
    # 31. A Chinese exchange student learns Italian; name in Chinese script, WeChat ID, VPN IP.
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Wang Xiaoling",
        "lang": "en",
        "start": "2025-03-18T04:20:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Wang Xiaoling]] ([[P:王小玲]]), I study at {{W:Università di Cagliari}} this semester, I need Italian lessons, level A2. Your website blocks me, maybe my VPN? IP [[IP:103.152.220.47]]",
            ),
            (
                "a",
                "Hi [[P:Xiaoling]]! Sorry about the site, we'll check that IP. We have a teacher for Italian as a foreign language, [[P:Bianca Loi]]. Small groups {{$:12 €}}/hour or private {{$:25 €}}/hour.",
            ),
            (
                "c",
                "Private please. Can [[P:Bianca]] add me on WeChat? My ID is [[H:xiaoling_wx0923]]. Or my email [[E:wangxl at example dot cn]]",
            ),
            ("a", "She'll add you today. Where do you live? She can also come to you."),
            (
                "c",
                "Student house in [[A:via Università 40]], with my roommate [[P:Li Na]], she also wants lessons 😊 and maybe my friend [[P:Nguyen Thi Lan]] from [[L:Vietnam]]",
            ),
            (
                "a",
                "Great, a group of three with [[P:Bianca]] would be {{$:15 €}} each per hour. First meeting Tuesday {{D:25 March}}, {{TM:6 pm}}?",
            ),
            ("c", "Yes! Thank you very much. 谢谢"),
        ],
    },
    # 32. A chemistry graduate applies as tutor; LinkedIn, blog, partita IVA, obfuscated e-mail.
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Fortunato Sanna",
        "lang": "it",
        "start": "2025-04-01T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Fortunato Sanna]], laureato in chimica, vorrei candidarmi come tutor. Il mio CV è qui: [[U:https://www.linkedin.com/in/fortunato-sanna-chem/]]",
            ),
            (
                "a",
                "Buongiorno dott. [[P:Sanna]]! Cerchiamo proprio qualcuno per chimica e biologia. Lavora con partita IVA o prestazione occasionale?",
            ),
            (
                "c",
                "Ho la partita IVA in forfettario: [[V:03415720386]]. Ho anche un blog di divulgazione ([[U:chimicafacile.example.blog]]) che scrivo con la mia collega [[P:Noemi Atzori]]",
            ),
            (
                "a",
                "Ottimo. Colloquio venerdì {{D:4 aprile}} alle {{TM:11:30}} con la coordinatrice [[P:Rita Cossu]]. Dove abita? Per capire le zone che può coprire",
            ),
            (
                "c",
                "A [[L:Quartu Sant'Elena]], [[A:via Brigata Sassari 9]]. Ho lo scooter, posso arrivare anche a [[L:Selargius]] e [[L:Monserrato]]",
            ),
            ("a", "Perfetto. Ci lasci anche una mail per il contratto"),
            (
                "c",
                "[[E:fortunato.sanna(at)example.it]]. Grazie, a venerdì! Sono stato proprio {{W:fortunato}} a trovarvi 😄",
            ),
        ],
    },
    # 33. Three teenagers want a summer Latin course; handles, Telegram link, Sardinian slang.
    {
        "business": "tutor",
        "platform": "instagram",
        "customer": "Gaia Frau",
        "lang": "it",
        "start": "2025-04-23T17:10:00",
        "messages": [
            (
                "c",
                "ao ciao! io e due amiche abbiamo il debito di latino, fate lezioni di gruppo d'estate?? 🙏",
            ),
            (
                "a",
                "Ciao! Sì, corsi di recupero a {{D:luglio}}, gruppi da max 4, {{$:10 €}}/ora a testa. Vi segniamo? Nome e cognome di tutte e tre",
            ),
            (
                "c",
                "io sono [[P:Gaia Frau]], poi [[P:Martina Deiana]] ([[H:@marti.deiana]]) e [[P:Sole Pinna]] ([[H:@solepinna_07]]). ajò che ci serve davvero. per i messaggi meglio telegram [[U:t.me/gaiafrau]]",
            ),
            (
                "a",
                "Segnate! Si parte lunedì {{D:7 luglio}}, ore {{TM:10}}, in sede. Docente: prof.ssa [[P:Gioia Mura]]",
            ),
            (
                "c",
                "nooo la [[P:Mura]]?? è la zia di [[P:Martina]] 😂 vabbè. ma se c'è {{W:sole}} si fa in spiaggia? 🏖️",
            ),
            (
                "a",
                "Ahah niente spiaggia! Ma finite alle {{TM:12}}, poi {{W:Poetto}} tutto il pomeriggio ☀️ Serve la firma di un genitore, mandateci un numero",
            ),
            ("c", "mia mamma [[T:+39 340 9128 336]], le altre ve lo mandano loro. grazie!!"),
        ],
    },
    # 34. A father pays a Greek package by bank transfer; receipt to the mother.
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Felice Cabras",
        "lang": "it",
        "start": "2025-05-12T12:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Felice Cabras]], il papà di [[P:Noemi]] che fa ripetizioni di greco con [[P:Davide]]. Come pago il pacchetto di maggio?",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Cabras]]! Bonifico di {{$:180 €}} sull'IBAN [[I:IT52X0101504800000070412588]] intestato {{B:Ripetizioni Bastione}} srl, causale 'maggio [[P:Noemi Cabras]]'. Ricevuta {{R:RIC-2025-0346}}.",
            ),
            (
                "c",
                "Fatto. [[P:Noemi]] è contentissima, dice che [[P:Davide]] spiega benissimo. Sono proprio {{W:felice}}, al primo quadrimestre aveva 5",
            ),
            ("a", "Che bella notizia! La ricevuta la intestiamo a lei o alla mamma?"),
            (
                "c",
                "Alla mamma, [[P:Maria Grazia Usai]], [[A:via dei Giudicati 3, scala C, int. 7]], [[A:09131]] [[L:Cagliari]]",
            ),
            ("a", "Perfetto, gliela mandiamo per mail o su WhatsApp?"),
            ("c", "Mail: [[E:mgrazia.usai@example.it]]. Grazie e buona giornata"),
        ],
    },
    # 35. A Moroccan father asks Italian lessons for his daughter; Arabic script, hope.
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Youssef El Amrani",
        "lang": "en",
        "start": "2025-06-05T18:44:00",
        "messages": [
            (
                "c",
                "Hello, good evening. I am [[P:Youssef El Amrani]] ([[P:يوسف العمراني]]). My daughter [[P:Salma]] (12) arrived from [[L:Casablanca]] in January and needs help with Italian at school.",
            ),
            (
                "a",
                "Good evening! We have a teacher who works with children new to Italy, [[P:Speranza Orrù]]. Two hours a week, {{$:20 €}}/hour. Where do you live?",
            ),
            (
                "c",
                "We live in [[L:Quartu]], [[A:via Fiume 18]], first floor. My wife [[P:Khadija]] is home in the afternoon",
            ),
            (
                "c",
                "scusi, scrivo anche italiano un po'. [[P:Salma]] è timida ma intelligente, abbiamo tanta {{W:speranza}}",
                "it",
            ),
            (
                "a",
                "Non si preoccupi, [[P:Speranza]] è bravissima con i ragazzi timidi 😊 Il suo numero è [[T:392 660 1487]], può chiamarla per organizzare.",
                "it",
            ),
            (
                "c",
                "Thank you. My number for her is [[T:+212 661 55 20 43]] or Italian [[T:380 412 9923]]. [[P:Salma]]'s brother [[P:Amine]] maybe later for math too",
            ),
            ("a", "Perfect, we'll keep [[P:Amine]] in mind for September. Welcome! 🌞"),
        ],
    },
    # ------------------------------------------------------------------ riding stable, Maremma
    # 36. A group of friends books a sunset trek; a list of names; a horse called Fortunato.
    {
        "business": "stable",
        "platform": "whatsapp",
        "customer": "Luca Pisani",
        "lang": "it",
        "start": "2025-04-03T12:30:00",
        "messages": [
            (
                "c",
                "ciao! siamo 6 amici, vorremmo fare il trekking a cavallo al tramonto il {{D:1 maggio}}. tutti principianti tranne me",
            ),
            (
                "a",
                "Ciao! Il {{D:1° maggio}} ci sono ancora 7 posti per il giro delle {{TM:18:00}}, 2 ore, {{$:55 €}} a testa. Per l'assicurazione servono nomi e cognomi e il codice fiscale di chi prenota",
            ),
            (
                "c",
                "eccoli:\n- [[P:Luca Pisani]] (io) cf [[CF:PSNLCU85E10E202W]]\n- [[P:Chiara Bindi]]\n- [[P:Marco Sestini]] detto [[P:Sesto]]\n- [[P:Rosa Ngozi Adebayo]]\n- [[P:Bill Tanner]] (inglese, parla poco italiano)\n- [[P:Serena Galli]]\nla conferma mandatela a [[E:pisani.luca at example dot it]]",
            ),
            (
                "a",
                "Perfetto, tutti segnati! Scarpe chiuse e pantaloni lunghi. Ci trovate in [[A:loc. Poggio dei Butteri 4]], [[A:58051]] {{W:Magliano in Toscana}}, dopo il cartello dell'{{B:Agriturismo Le Querce}}",
            ),
            (
                "c",
                "top. [[P:Bill]] chiede se c'è un cavallo tranquillo, pesa 95 kg 😅 le foto poi le metto sul mio blog [[U:lucapisani.example.it/viaggi]]",
            ),
            (
                "a",
                "Per lui c'è {{W:Fortunato}}, il nostro maremmano più calmo, regge anche 110 kg 🐴 Vi accompagna [[P:Gianluca]], il buttero",
            ),
            ("c", "ahah [[P:Bill]] sarà {{W:fortunato}} davvero. a giovedì!"),
        ],
    },
    # 37. A German family: pony rides, a beach ride to Marina di Alberese, home address.
    {
        "business": "stable",
        "platform": "messenger",
        "customer": "Katrin Vogel",
        "lang": "en",
        "start": "2025-05-22T07:15:00",
        "messages": [
            (
                "c",
                "Good morning! We are a German family ([[P:Katrin]], [[P:Jens]] and the kids [[P:Lena]], 10, and [[P:Felix]], 7) from [[L:Freiburg]], staying near [[L:Alberese]] from {{D:August 4}} to {{D:16}}. Do you have pony rides for children?",
            ),
            (
                "a",
                "Good morning [[P:Katrin]]! Yes, pony rides every morning at {{TM:9:30}} (30 min, {{$:20 €}}) and for [[P:Lena]] a beginner lesson in the ring ({{$:35 €}}). Our instructor [[P:Marina Benvenuti]] speaks German!",
            ),
            (
                "c",
                "Wunderbar! Could we book {{D:August 6}} for both? And [[P:Jens]] would love a beach ride to {{W:Marina di Alberese}} if possible. We write a little travel blog, [[U:vogelunterwegs.example.de]] 🙂",
            ),
            (
                "a",
                "Booked! The beach ride to {{W:Marina di Alberese}} is on {{D:August 8}} at {{TM:7:00}}, {{$:70 €}}, experienced riders only (we're closed on {{D:Ferragosto}}). Please send a mobile number",
            ),
            (
                "c",
                "[[T:+49 176 2241 9087]] ([[P:Jens]]) or mine [[T:0049 151 40 33 12 88]]. Home address for the invoice: [[A:Wiesentalstraße 12]], [[A:79115]] [[L:Freiburg im Breisgau]]",
            ),
            ("a", "Danke! Confirmation {{R:PDB-0806-117}} sent. Bis bald! [[P:Marina]]"),
        ],
    },
    # 38. A British couple's honeymoon ride, gifted by the bride's mother Hope.
    {
        "business": "stable",
        "platform": "instagram",
        "customer": "Ellie Whitmore",
        "lang": "en",
        "start": "2025-06-02T19:20:00",
        "messages": [
            (
                "c",
                "Hiya! My fiancé [[P:Josh]] and I are honeymooning in [[L:Tuscany]] in September 💍 Saw the {{B:Poggio dei Butteri}} reels, could we book a sunset ride for two?",
            ),
            (
                "a",
                "Congratulations!! 🥂 Sunset ride for two with prosecco at the end: {{$:140 €}}. Which dates?",
            ),
            (
                "c",
                "Either {{D:Sept 14}} or {{D:15}}. We've ridden a bit. I'm [[P:Ellie Whitmore]], [[H:@elliewhitmore_]] here, and [[P:Josh]] is [[H:@josh.k.porter]]. Everything about the wedding is on [[U:ellieandjosh.example.com]] 😊",
            ),
            ("a", "The {{D:14th}} at {{TM:18:45}} is yours! Your guide will be [[P:Stella]] 🌟"),
            (
                "c",
                "Amazing. My mum [[P:Hope]] wants to gift it to us, can she pay? She's in [[L:Bristol]], her number [[T:+44 117 496 0382]]",
            ),
            (
                "a",
                "Of course! She can pay by card on {{W:www.poggiodeibutteri.it/gift}} with code {{R:GIFT-2025-0914}}",
            ),
            (
                "c",
                "Perfect, she'll do it tonight. She says her friend [[P:Bill Hargreaves]] rode with you in 2019 🐎",
            ),
            (
                "a",
                "We remember [[P:Bill]]! He fell in love with our mare {{W:Gioia}} 😄 See you in September!",
            ),
        ],
    },
    # 39. Livery for a horse called Leone; invoice on a sole trader's partita IVA.
    {
        "business": "stable",
        "platform": "whatsapp",
        "customer": "Annarita Fusi",
        "lang": "it",
        "start": "2025-02-20T08:45:00",
        "messages": [
            (
                "c",
                "buongiorno avete posto in pensione per un cavallo? è un maremmano di 12 anni, si chiama {{W:Leone}}",
            ),
            (
                "a",
                "Buongiorno! Sì, si libera un box a {{D:marzo}}. Pensione completa {{$:420 €}}/mese, con paddock. A chi intestiamo?",
            ),
            (
                "c",
                "a me, [[P:Annarita Fusi]], abito a [[L:Orbetello]]. adesso {{W:Leone}} sta da [[P:Fulvio Corsini]] a [[L:Capalbio]] ma lui chiude",
            ),
            (
                "a",
                "Capito. Il trasporto lo facciamo col nostro van, {{$:80 €}}. Il pagamento è mensile con bonifico",
            ),
            (
                "c",
                "ok. vorrei la fattura sulla mia ditta, ho un'agenzia viaggi tutta da sola: partita iva [[V:07190360359]], sede [[A:corso Italia 131]], [[A:58015]] [[L:Orbetello]]",
            ),
            (
                "a",
                "Nessun problema. IBAN [[I:IT43O0885172190000000021347]], causale: pensione {{W:Leone}} {{D:marzo}}. Ci manda una mail per il contratto?",
            ),
            (
                "c",
                "[[E:annarita.fusi@example.it]]. il veterinario di {{W:Leone}} è il dott. [[P:Bartoli]], [[T:0564 862 019]], se serve",
            ),
            ("a", "Perfetto! Lo aspettiamo il {{D:1° marzo}}. [[P:Gianluca]]"),
        ],
    },
    # 40. A summer camp for two children; emergency contacts; the pony called Bianca.
    {
        "business": "stable",
        "platform": "telegram",
        "customer": "Bianca Ruggeri",
        "lang": "it",
        "start": "2025-05-28T20:10:00",
        "messages": [
            (
                "c",
                "Salve, vorrei iscrivere i miei due bambini al campo estivo di {{D:luglio}}, settimana {{D:14-18}}. [[P:Tommaso]] 9 anni e [[P:Viola]] 7. Io sono [[P:Bianca Ruggeri]], [[E:bianca.ruggeri@example.com]]",
            ),
            (
                "a",
                "Salve sig.ra [[P:Ruggeri]]! Per la settimana {{D:14-18 luglio}} ci sono ancora posti: {{$:260 €}} a bambino, pranzo incluso, dalle {{TM:8:30}} alle {{TM:16:30}}. Servono contatti d'emergenza e allergie",
            ),
            (
                "c",
                "[[P:Viola]] è allergica alle graminacee. contatti: io [[T:333 410 7756]], il papà [[P:Franco Ruggeri]] [[T:3287740019]], la nonna [[P:Stella]] [[T:0564 21 33 58]]",
            ),
            (
                "a",
                "Annotato. Sull'allergia stiamo attenti: i prati sono tagliati e l'istruttrice [[P:Rebecca]] ha fatto il corso di primo soccorso. Da dove venite?",
            ),
            (
                "c",
                "da [[L:Grosseto]], [[A:via Aurelia Nord 58]], ma a luglio siamo al mare a [[L:Marina di Grosseto]] nella casa di mia suocera",
            ),
            (
                "a",
                "Da [[L:Marina di Grosseto]] sono 25 minuti. Iscrizione {{R:CE25-0714-041}} confermata! A [[P:Viola]] piacerà il pony {{W:Bianca}}, è tutta {{W:bianca}} 🦄",
            ),
            ("c", "ahah si chiama come me! [[P:Viola]] sarà felicissima ❤️"),
        ],
    },
    # 41. A Polish family: full-day trek for the son, a card in chat, Kraków address.
    {
        "business": "stable",
        "platform": "messenger",
        "customer": "Agnieszka Wiśniewska",
        "lang": "en",
        "start": "2025-07-08T09:00:00",
        "messages": [
            (
                "c",
                "Hello! We are [[P:Agnieszka]] and [[P:Tomasz Wiśniewski]] from [[L:Kraków]], in [[L:Maremma]] with our son [[P:Kuba]] (14) from {{D:July 20}}. He has riding experience, can he do a full day trek?",
            ),
            (
                "a",
                "Hello! Yes, the full-day trek in the {{W:Parco della Maremma}} is from age 14 with experience, {{$:130 €}} with lunch. Would a parent ride too?",
            ),
            (
                "c",
                "[[P:Tomasz]] yes, I prefer the beach 😎 We rent a flat in [[L:Talamone]]. For deposit I send you the card? [[C:4929 1340 5577 1825]] exp 03/28",
            ),
            (
                "a",
                "Please never send card numbers by message! We deleted it. We'll take the deposit on arrival. Can you send an address for the invoice?",
            ),
            (
                "c",
                "Sorry! Invoice: [[A:ul. Długa 45/12]], [[A:31-146]] [[L:Kraków]], [[L:Poland]]. Email [[E:a.wisniewska@example.pl]]. [[P:Kuba]] wants to show you his jumping videos: [[U:instagram.com/kuba.rides]]",
            ),
            (
                "a",
                "Thank you! Trek on {{D:July 23}}, meeting at {{TM:8:00}}. [[P:Kuba]] will ride {{W:Bruno}}, our bay gelding 🐴",
            ),
            ("c", "He is so excited! Dziękujemy 🙏"),
        ],
    },
    # 42. A ride cancelled for rain; voucher for a brother; review links.
    {
        "business": "stable",
        "platform": "whatsapp",
        "customer": "Ottavia Neri",
        "lang": "it",
        "start": "2025-09-15T07:30:00",
        "messages": [
            (
                "c",
                "buongiorno, con questa pioggia la passeggiata delle {{TM:10}} si fa lo stesso? siamo [[P:Ottavia]] e [[P:Gabriele]], prenotazione {{R:PDB-2025-1188}}",
            ),
            (
                "a",
                "Buongiorno [[P:Ottavia]]! Purtroppo no, c'è allerta meteo arancione sulla costa 🌧️ Vi diamo un voucher valido un anno, codice {{R:VCH-25-7731}}, oppure il rimborso",
            ),
            (
                "c",
                "voucher va benissimo, torniamo in primavera. lo potete intestare a mio fratello [[P:Leone]]? è un regalo per il suo compleanno a {{D:novembre}}",
            ),
            ("a", "Certo! Nome e cognome del fratello?"),
            (
                "c",
                "[[P:Leone Neri]]. lui abita a [[L:Siena]], mandatelo anche a lui: [[E:leone.neri@example.org]]",
            ),
            (
                "a",
                "Fatto ✅ Se vi va ci lasciate una recensione? {{W:https://g.page/r/poggiodeibutteri/review}} Grazie e a presto! [[P:Stella]]",
            ),
            (
                "c",
                "certo! la scriviamo anche su {{W:tripadvisor.it}} 👍 ciao [[P:Stella]], saluta la cavalla {{W:Gioia}}, mi taggate? [[H:@ottavia.neri]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(56, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
