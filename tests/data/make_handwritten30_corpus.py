# ruff: noqa: E501
"""Hand-written blind test corpus no. 30 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten30_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a dog groomer and pet sitter in Rome, a wine shop
in Montalcino shipping to the US and UK, an accountant (commercialista) in Salerno working for
small firms, a surf school in San Vito Lo Capo, an optician in Udine, and a florist in Sanremo
delivering bouquets.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten30_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten30_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dog": "Zampe Felici Toelettatura & Pet Sitting Roma",
    "wine": "Enoteca Il Greppo Montalcino",
    "tax": "Studio Amato Commercialisti Salerno",
    "surf": "Capo Surf School San Vito",
    "optic": "Ottica Friuli Vista Udine",
    "flor": "Fiori di Riviera Sanremo",
}
PAGE_IDS: dict[str, str] = {
    "dog": "630080000000114",
    "wine": "630080000000225",
    "tax": "630080000000336",
    "surf": "630080000000447",
    "optic": "630080000000558",
    "flor": "630080000000669",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Dog: grooming with home pick-up, neighbour's recommendation, husband's number
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Giuse Mancini",
        "lang": "it",
        "start": "2026-05-04T08:10",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giuse]] [[P:Mancini]], mi ha passato il numero la mia vicina [[P:Rosa Leone]]. avrei bisogno di toelettatura x il mio barboncino, nn trovo mai posto 😅",
            ),
            (
                "a",
                "Ciao [[P:Giuse]]! Certo, il {{PD:Bagno & Taglio Completo}} per taglia piccola è {{$:35€}}. Abbiamo posto {{D:giovedì 7}} alle {{TM:10:30}}. Vuoi il ritiro a domicilio? Dicci l'indirizzo. [[P:Chiara]] - {{B:Zampe Felici}}",
            ),
            (
                "c",
                "si grazie il ritiro!! sto in [[A:via Tuscolana 812 scala B int. 9]], zona [[L:Cinecittà]]. sul citofono c'e scritto [[P:Mancini]]-[[P:Bello]]",
            ),
            (
                "a",
                "Perfetto. Passa [[P:Fede]] col furgoncino tra le {{TM:9:45}} e le {{TM:10}}. Un cellulare per avvisarti quando arriva?",
            ),
            (
                "c",
                "[[T:347 218 5590]] oppure quello di mio marito [[P:Saverio]] [[T:+39 339.447.1208]] se nn rispondo",
            ),
            ("a", "Segnato tutto, a giovedì! 🐩 ciao, [[P:Chiara]]"),
        ],
    },
    # 2. Dog: American tenant in Trastevere, cat visits, landlady with a spare key
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "hope.oconnell",
        "lang": "en",
        "start": "2026-05-06T14:22",
        "messages": [
            (
                "c",
                "hi! I'm [[P:Hope]], american living in [[L:Trastevere]] for the summer. do you do pet sitting for cats too? going to [[L:Naples]] for a weekend",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Yes, we do cat visits twice a day, {{$:€18}} per visit. Which dates?",
            ),
            (
                "c",
                "{{D:June 13-15}}. my address is [[A:vicolo del Cinque 21]], 3rd floor, buzzer says [[P:O'Connell]]. my landlady signora [[P:Speranza Ferro]] has a spare key and lives downstairs",
            ),
            (
                "a",
                "Great. Our sitter [[P:Bianca]] will come for a meet & greet first. Can you send an email for the contract? And a phone number pls",
            ),
            (
                "c",
                "sure, [[E:hope.oconnell.nyc@gmail.com]] and whatsapp [[T:+1 (917) 555-0143]]. also my insta is @[[H:hope_in_roma]] if she wants to see Mochi pics lol",
            ),
            (
                "a",
                "Thanks! Contract sent to [[E:hope.oconnell.nyc@gmail.com]]. [[P:Bianca]] will text you tomorrow 🐱",
            ),
        ],
    },
    # 3. Dog: Romanian customer, weekday walks, invoice with codice fiscale, bank transfer
    {
        "business": "dog",
        "platform": "messenger",
        "customer": "Andrei Popescu",
        "lang": "it",
        "start": "2026-05-09T17:40",
        "messages": [
            (
                "c",
                "Salve, mi chiamo [[P:Andrei Popescu]], abito a [[L:Centocelle]]. Cerco qualcuno che porti a passeggio il mio cane mentre lavoro, lun-ven",
            ),
            (
                "a",
                "Buonasera [[P:Andrei]]! Il pacchetto {{PD:Passeggiata Settimanale}} (5 uscite da 45 min) costa {{$:€90}}. In che via siete?",
            ),
            (
                "c",
                "[[A:via dei Castani 140]], vicino al {{W:Parco Centocelle}}. lavoro a [[L:Fiumicino]] in aeroporto, turni lunghi. mia moglie [[P:Ioana]] a volte e a casa il mercoledi",
            ),
            (
                "a",
                "Ok! Per la fattura ci servono nome completo e codice fiscale.",
            ),
            (
                "c",
                "[[P:Popescu Andrei]], CF [[CF:PPSNDR86P14Z129X]]. posso pagare con bonifico?",
            ),
            (
                "a",
                "Sì, IBAN [[I:IT13T0306911884000012345678]] intestato a [[P:Chiara Rinaldi]], causale {{R:PASS-0519}}. Grazie! [[P:Chiara]]",
            ),
            ("c", "fatto 👍 grazie mille"),
        ],
    },
    # 4. Dog: adopted shy dog, the groomer is called Neve, son comes along
    {
        "business": "dog",
        "platform": "telegram",
        "customer": "Betta",
        "lang": "it",
        "start": "2026-05-12T07:55",
        "messages": [
            (
                "c",
                "ciao sono [[P:Betta]], amica di [[P:Serena]] del canile di [[L:Ponte Mammolo]]. Ho adottato un meticcio e ha paura dell'acqua, fate bagni 'gentili'?",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! Sì, la nostra toelettatrice [[P:Neve Zhang]] è bravissima coi cani paurosi. Primo bagno {{$:€30}}.",
            ),
            (
                "c",
                "ahah [[P:Neve]] che bel nome ❄️ ok! io sono [[P:Elisabetta Ferro]], [[T:06 4471 2290]] fisso o [[T:+39-328-661-0074]]",
            ),
            (
                "a",
                "Ti segno {{D:sabato 16 maggio}} alle {{TM:9}}. Siamo dietro la {{W:Stazione Tiburtina}}, uscita pedonale.",
            ),
            (
                "c",
                "perfetto, verra anche mio figlio [[P:Matteo]] che e fissato coi cani 😂 ps la mail se serve [[E:betta.ferro76@libero.it]]",
            ),
            ("a", "A sabato! [[P:Neve]] & [[P:Chiara]]"),
        ],
    },
    # 5. Dog: Nigerian family in Parioli, house sitting, vet and emergency contacts
    {
        "business": "dog",
        "platform": "whatsapp",
        "customer": "Kemi Adeyemi",
        "lang": "en",
        "start": "2026-05-15T19:10",
        "messages": [
            (
                "c",
                "Good evening. My name is [[P:Oluwakemi Adeyemi]], [[P:Kemi]] for short, we live in [[L:Parioli]]. We travel to [[L:Lagos]] for 3 weeks in {{W:July}}, I need house sitting for two dogs",
            ),
            (
                "a",
                "Hi [[P:Kemi]], house sitting is {{$:€55/night}}, the sitter stays overnight. Could you share the address and a vet contact?",
            ),
            (
                "c",
                "[[A:viale Bruno Buozzi 64]], [[A:00197]] [[L:Roma]]. Vet is Dr [[P:Marco Leone]] at {{B:Clinica Veterinaria Villa Ada}}, [[T:06 855 3301]]",
            ),
            ("a", "Thank you. Who is the emergency contact while you're away?"),
            (
                "c",
                "my husband's brother [[P:Chidi]], [[T:+44 7700 900871]], he's in [[L:Manchester]] but answers fast. or our neighbour [[P:Will Baker]] in flat 2",
            ),
            (
                "a",
                "Perfect, [[P:Fede]] will do the key handover on {{D:July 3rd}}. Thx! [[P:Chiara]] - {{B:Zampe Felici}}",
            ),
        ],
    },
    # 6. Dog: Instagram teddy cut, handles and a linktree
    {
        "business": "dog",
        "platform": "instagram",
        "customer": "robi.guerra",
        "lang": "it",
        "start": "2026-05-20T11:05",
        "messages": [
            (
                "c",
                "ehi! sono [[P:Robbie]] cioè [[P:Roberto Guerra]] 😂 ho visto il reel del golden tosato, fate anche il {{PD:Taglio Teddy}}?",
            ),
            (
                "a",
                "Ciao [[P:Roberto]]! Sì, {{PD:Taglio Teddy}} {{$:€45}} per taglia media. Ti serve il ritiro?",
            ),
            (
                "c",
                "no lo porto io, sto a [[L:Garbatella]]. cmq mi taggate quando lo postate? sono @[[H:robbie.guerra_rm]] e la mia ragazza @[[H:giulia_sgarbi]], i miei contatti sono tutti su [[U:linktr.ee/robbieguerra]]",
            ),
            ("a", "Certo! Ci lasci un numero per la conferma?"),
            ("c", "[[T:3457782013]]"),
            ("a", "Confermato {{D:martedì 26}} alle {{TM:15:00}}. Ciao, [[P:Fede]]"),
        ],
    },
    # 7. Dog: British visitor, emergency daycare, card in chat, obfuscated e-mail
    {
        "business": "dog",
        "platform": "telegram",
        "customer": "Mark Fox",
        "lang": "en",
        "start": "2026-05-27T06:30",
        "messages": [
            (
                "c",
                "Hi, [[P:Mark Fox]] here, from [[L:Bristol]], in [[L:Rome]] for a conference. Our hotel refused our dog at the last minute, any daycare tomorrow?",
            ),
            (
                "a",
                "Hi [[P:Mark]], yes, {{PD:Doggy Daycare}} is {{$:€25}} for the full day. Where are you staying?",
            ),
            (
                "c",
                "an airbnb at [[A:via Marmorata 39]], [[L:Testaccio]]. the host is [[P:Yusuf Al-Rashid]], nice guy. can I pay by card now?",
            ),
            (
                "a",
                "We can send a payment link, or you can give us the card and we charge it here.",
            ),
            (
                "c",
                "ok card [[C:4532 0151 1283 0366]] exp 08/28, name [[P:Mark J Fox]]. I'll tell you the cvv on the phone, ring me on [[T:+44 20 7946 0321]]",
            ),
            ("a", "Charged, thanks. Where should we email the receipt?"),
            ("c", "[[E:mark.fox at foxandchurch dot co dot uk]] cheers"),
        ],
    },
    # 8. Wine: Texan couple, six bottles to Austin, payment link with a name
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Victoria Church",
        "lang": "en",
        "start": "2026-05-02T16:00",
        "messages": [
            (
                "c",
                "Hello! [[P:Victoria Church]] from [[L:Austin]], [[L:Texas]]. We visited in {{W:April}} with my husband [[P:Grant]]. Can you ship 6 bottles of the {{PD:Brunello Riserva 2019}} to the US?",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! Yes, via {{B:UPS}}, 6 bottles {{$:$540}} incl. shipping and duties. Full delivery address pls?",
            ),
            (
                "c",
                "[[A:4417 Shoal Creek Blvd, Apt 4B]], [[L:Austin]], TX [[A:78756]]. phone [[T:(512) 555-0187]]",
            ),
            (
                "a",
                "Thank you. Order {{O:GR-2026-0412}}. Payment link: [[U:https://pay.example.com/enoteca-greppo/victoria-church-0412]]",
            ),
            ("c", "paid! pls add a card saying 'happy 40th [[P:Grant]]' 🥂"),
            (
                "a",
                "Done! Tracking {{TR:1Z999AA10123456784}} as soon as it leaves. Cheers, [[P:Tommaso]]",
            ),
        ],
    },
    # 9. Wine: a case for the brother-in-law in London, invoice to the customer
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Lorenzo Papi",
        "lang": "it",
        "start": "2026-05-05T10:20",
        "messages": [
            (
                "c",
                "Buongiorno [[P:Tommaso]], sono [[P:Lorenzo Papi]], vorrei spedire una cassa di {{PD:Rosso di Montalcino}} a mio cognato a [[L:Londra]], si puo?",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! Sì, per UK ora ci sono le accise, 12 bottiglie {{$:€310}} tutto compreso. Indirizzo?",
            ),
            (
                "c",
                "[[P:Davide Ricci]], [[A:Flat 3, 27 Mill Lane]], [[L:London]] [[A:NW6 1NT]]. tel lui [[T:+44 7911 123456]]. la fattura invece a me, [[P:Papi Lorenzo]] [[CF:PPALNZ75R22H501C]]",
            ),
            (
                "a",
                "Perfetto. Bonifico su [[I:IT32 S050 3411 7010 0000 0456 123]] con causale {{O:GR-2026-0418}}",
            ),
            ("c", "fatto, ti giro la contabile. grazie mille"),
            ("a", "Ricevuta! Parte {{D:venerdì}} con {{B:DHL}}. [[P:Tommaso]]"),
        ],
    },
    # 10. Wine: wedding in Leeds, 60 bottles, mother pays half
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "grace.okafor",
        "lang": "en",
        "start": "2026-05-07T20:45",
        "messages": [
            (
                "c",
                "hiya! [[P:Grace]] here from [[L:Leeds]], saw your stories from {{W:Benvenuto Brunello}}. do you ship to the UK for a wedding? 60 bottles",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Congratulations! For 60 we do a small pallet via {{B:DHL Freight}}. Who's the consignee?",
            ),
            (
                "c",
                "me, [[P:Grace Okafor]], [[A:Rosemount House, 8 Kirkstall Road]], [[L:Leeds]] [[A:LS4 2AB]]. email [[E:grace.okafor@example.co.uk]]. my fiancé [[P:Dan]] says hi",
            ),
            (
                "a",
                "Quote sent to [[E:grace.okafor@example.co.uk]], ref {{R:Q-0577}}. Total {{$:£1,980}}.",
            ),
            ("c", "amazing, my mum [[P:Ngozi]] will pay half by card"),
            (
                "a",
                "No problem, [[P:Ngozi]] can ring the shop and pay over the phone. [[P:Tommaso]]",
            ),
        ],
    },
    # 11. Wine: restaurant order, partita IVA, admin contact
    {
        "business": "wine",
        "platform": "telegram",
        "customer": "Marco Bianchi",
        "lang": "it",
        "start": "2026-05-08T09:05",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Marco Bianchi]] della {{B:Osteria La Pieve}} di [[L:Buonconvento]], vorrei il listino horeca",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]], glielo mando subito. Per fatturare mi servono P.IVA e codice SDI.",
            ),
            (
                "c",
                "P.IVA [[V:01223340769]], SDI {{R:M5UXCR1}}, sede [[A:via Roma 31]], [[A:53022]] [[L:Buonconvento]]. la referente amministrativa è [[P:Serena Bello]], [[E:amministrazione.lapieve@pec.example.it]]",
            ),
            (
                "a",
                "Grazie. Ordine {{O:GR-2026-0433}}: 24 {{PD:Brunello 2020}} + 12 {{PD:Sant'Antimo Rosso}}, {{$:€1.152}} + IVA. Consegna {{D:martedì 12 maggio}}.",
            ),
            (
                "c",
                "ok perfetto, il lunedi siamo chiusi, portate dopo le {{TM:11}}. se non c'e nessuno chiamate il cuoco [[P:Ilir]] al [[T:0577 806 214]]",
            ),
            ("a", "Segnato, grazie! [[P:Tommaso]]"),
        ],
    },
    # 12. Wine: Indian-American customer in Hoboken, card in chat, IP blocked, obfuscated e-mail
    {
        "business": "wine",
        "platform": "whatsapp",
        "customer": "Ashwin Iyer",
        "lang": "en",
        "start": "2026-05-11T22:30",
        "messages": [
            (
                "c",
                "Hi, [[P:Ashwin Iyer]] here, I'm in [[L:New Jersey]]. My friend [[P:Priya Raman]] recommended you. Your website says 'too many attempts from [[IP:73.162.44.201]]' so I'm writing here",
            ),
            (
                "a",
                "Hi [[P:Ashwin]], sorry about that! What would you like?",
            ),
            (
                "c",
                "3 {{PD:Moscadello}} + 3 {{PD:Brunello 2019}} to [[A:221 Garden St, Apt 5C]], [[L:Hoboken]], NJ [[A:07030]]. card is [[C:5167-3500-0012-3452]]",
            ),
            (
                "a",
                "Thanks, charged {{$:$318}}. Please don't send full card numbers in chat next time 🙏 we have a secure link. [[P:Tommaso]]",
            ),
            (
                "c",
                "oops sorry! my wife [[P:Lakshmi]] says the same lol. email for the receipt: [[E:ashwin dot iyer at example dot com]]",
            ),
            ("a", "Receipt sent, thanks [[P:Ashwin]]! Tracking {{TR:FX7734902211US}}."),
        ],
    },
    # 13. Wine: customer in Zurich, delivery to her sister in Como, German IBAN
    {
        "business": "wine",
        "platform": "messenger",
        "customer": "Giovanna De Santis Colonna",
        "lang": "it",
        "start": "2026-05-14T18:12",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Giovanna De Santis Colonna]], vi scrivo da [[L:Zurigo]]. potete spedire qui?",
            ),
            (
                "a",
                "Buonasera [[P:Giovanna]], purtroppo in Svizzera non spediamo per la dogana, ma possiamo consegnare a un indirizzo in Italia.",
            ),
            (
                "c",
                "allora mandate da mia sorella [[P:Lucia De Santis]] a [[L:Como]], [[A:salita Serbelloni 7]], [[A:22100]]. il suo fisso è [[T:031 270 448]]",
            ),
            (
                "a",
                "Perfetto. Ordine {{O:GR-2026-0440}}, {{$:€215}}. Bonifico o carta?",
            ),
            (
                "c",
                "bonifico dal conto di mio marito in Germania, [[I:DE44500105175407324931]], intestato [[P:Klaus Weber]]",
            ),
            (
                "a",
                "Ricevuto, grazie [[P:Giovanna]]! Consegna prevista {{D:mercoledì 20}}, saluti a [[P:Lucia]].",
            ),
        ],
    },
    # 14. Wine: Italian-American tasting booking, family names, handle
    {
        "business": "wine",
        "platform": "instagram",
        "customer": "will.mancini",
        "lang": "en",
        "start": "2026-05-18T13:40",
        "messages": [
            (
                "c",
                "yo! [[P:Will]] here, italian-american from [[L:Boston]]. my nonno was born in [[L:Castelnuovo dell'Abate]]! we want to visit on {{D:Sept 20}}, do you do tastings?",
            ),
            (
                "a",
                "Hi [[P:Will]]! Yes, {{PD:Degustazione Classica}} {{$:€35}} pp at {{TM:11am}} or {{TM:4pm}}. How many?",
            ),
            (
                "c",
                "4 ppl: me, my dad [[P:Frank Mancini]], and my cousins [[P:Rosa]] and [[P:Sal]]. my ig is @[[H:will.mancini.bos]] btw",
            ),
            ("a", "Booked, ref {{R:DEG-0920-04}}. A phone number for the day?"),
            ("c", "[[T:+1 617-555-0199]], grazie!", "en"),
            ("a", "See you in {{W:September}}! [[P:Tommaso]] 🍷"),
        ],
    },
    # 15. Tax: pizzeria owner in dialect, F24, daughter does the books
    {
        "business": "tax",
        "platform": "whatsapp",
        "customer": "Gennaro Esposito",
        "lang": "it",
        "start": "2026-05-04T09:30",
        "messages": [
            (
                "c",
                "dottò buongiorno, so [[P:Gennaro Esposito]] d'a pizzeria a [[L:Pastena]]. me serve 'na mano co' l'{{PD:F24}} 'e giugno, 'o commercialista vecchio è gghiuto in pensione",
            ),
            (
                "a",
                "Buongiorno [[P:Gennaro]]! Certo. Mi mandi partita IVA e codice fiscale, e la sede della ditta. [[P:Carla Amato]]",
            ),
            (
                "c",
                "P.IVA [[V:05112230122]], CF [[CF:SPSGNR68B03H703N]], ditta individuale, sede [[A:via Pio XI 18]] a [[L:Salerno]]",
            ),
            (
                "a",
                "Grazie. Mi servono anche le fatture di maggio, le può mandare a [[E:studio.amato@example.it]]?",
            ),
            (
                "c",
                "'e manna mia figlia [[P:Assunta]], è essa ca fa 'e cunti. 'o numero suo [[T:329 55 81 640]]",
            ),
            (
                "a",
                "Perfetto. {{D:Il 16 giugno}} scade il versamento, ci sentiamo prima. [[P:Carla Amato]]",
            ),
        ],
    },
    # 16. Tax: Chinese shop owner, opening a partita IVA for his wife
    {
        "business": "tax",
        "platform": "telegram",
        "customer": "Li Wei",
        "lang": "it",
        "start": "2026-05-06T15:15",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Li Wei]] (cognome [[P:Li]]), ho negozio abbigliamento a [[L:Battipaglia]]. devo aprire partita iva per mia moglie [[P:Zhang Xiaoling]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Li]]. Ci servono documento, codice fiscale e indirizzo di residenza di sua moglie.",
            ),
            (
                "c",
                "CF [[CF:ZHNXNG90L52Z210K]], residenza [[A:via Generale Clark 77 scala C piano 2]], [[A:84091]] [[L:Battipaglia]]",
            ),
            (
                "a",
                "Grazie. Apertura e primo anno in forfettario {{$:€450}} + IVA. Il nostro IBAN è [[I:IT84E0200815205000104987321]].",
            ),
            (
                "c",
                "ok, paga mia figlia [[P:Li Mei]] con bonifico. lei parla meglio italiano, numero [[T:+39 371 220 4418]]",
            ),
            ("a", "Perfetto, la chiamo io. [[P:Carla]]"),
        ],
    },
    # 17. Tax: Ukrainian cleaner, 730 form, employer's address
    {
        "business": "tax",
        "platform": "messenger",
        "customer": "Oksana Kovalenko",
        "lang": "en",
        "start": "2026-05-09T12:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Oksana Kovalenko]], from [[L:Kharkiv]], I live in [[L:Salerno]] since 2022. I work as cleaner and need help with the tax form 730",
            ),
            (
                "a",
                "Hello [[P:Oksana]], of course. The {{PD:Modello 730}} costs {{$:€60}}. Do you have your codice fiscale and the CU from your employer?",
            ),
            (
                "c",
                "yes CF [[CF:KVLKSN85C65Z138B]]. employer is signora [[P:Anna Sorrentino]], [[A:lungomare Trieste 96]]. I have also daughter [[P:Sofiia]], 9 years",
            ),
            (
                "a",
                "Good, then she is a dependent. Come on {{D:Thursday}} at {{TM:5 pm}}. My colleague [[P:Raffaele]] speaks a bit of Russian.",
            ),
            ("c", "thank you!! my phone is [[T:351 908 1172]]"),
            ("a", "Saved. See you {{D:Thursday}}, [[P:Oksana]]. [[P:Carla Amato]]"),
        ],
    },
    # 18. Tax: new partner in an srl, British, code-switching, notary
    {
        "business": "tax",
        "platform": "whatsapp",
        "customer": "Fede Leone",
        "lang": "it",
        "start": "2026-05-13T08:45",
        "messages": [
            (
                "c",
                "ciao [[P:Carla]], sono [[P:Fede]] ([[P:Federico Leone]]), ti giro i dati del nuovo socio x la srl: [[P:Mark Baker]], inglese, vive a [[L:Cava de' Tirreni]]",
            ),
            ("a", "Ciao [[P:Fede]]! Mi servono il suo codice fiscale italiano e la mail"),
            (
                "c",
                "CF [[CF:BKRMRK79S11Z114S]] e mail [[E:mark punto baker chiocciola example punto com]]. la srl ha P.IVA [[V:04123450654]]",
            ),
            (
                "a",
                "Grazie. Atto dal notaio [[P:Ferrante]] il {{D:3 luglio}} alle {{TM:10:00}}, studio in [[A:corso Vittorio Emanuele 145]].",
            ),
            (
                "c",
                "[[P:Mark]] says: perfect, thanks [[P:Carla]], I'll bring my passport. See you on the 3rd 👍",
                "en",
            ),
            ("a", "👍 a presto"),
        ],
    },
    # 19. Tax: beach club owner's daughter writes for him, tax notice
    {
        "business": "tax",
        "platform": "instagram",
        "customer": "speranza.damico",
        "lang": "it",
        "start": "2026-05-16T10:10",
        "messages": [
            (
                "c",
                "buongiorno, vi scrivo per conto di mio padre [[P:Salvatore D'Amico]], ha un lido ad [[L:Agropoli]]. ha ricevuto un avviso dall'{{B:Agenzia delle Entrate}}",
            ),
            (
                "a",
                "Buongiorno, può mandarci una foto dell'avviso a [[E:studio.amato@example.it]]? Con chi parlo?",
            ),
            (
                "c",
                "sono [[P:Speranza]], la figlia. il lido è il {{B:Lido Azzurro}}, P.IVA [[V:03987650219]]. papà nn usa internet 😅 il suo cell [[T:0039 338 7741 205]]",
            ),
            (
                "a",
                "Grazie [[P:Speranza]], l'avviso riguarda l'IVA del {{D:2023}}, niente di grave. Meglio vederci in studio.",
            ),
            (
                "c",
                "ok, viene lui di persona {{D:lunedì}}. c'e parcheggio? arriviamo in macchina da [[L:Paestum]]",
            ),
            (
                "a",
                "C'è il parcheggio di {{W:Piazza della Concordia}}. A lunedì, [[P:Carla]]",
            ),
        ],
    },
    # 20. Tax: German importer, EU VAT number, reverse charge
    {
        "business": "tax",
        "platform": "telegram",
        "customer": "Hans Müller",
        "lang": "en",
        "start": "2026-05-19T07:20",
        "messages": [
            (
                "c",
                "Good morning, [[P:Hans Müller]] here, I run a small import business in [[L:Munich]] and bought limoncello from a producer in [[L:Amalfi]]. He says I must send my VAT number to his accountant, is that you?",
            ),
            (
                "a",
                "Good morning [[P:Hans]], yes, we do the books for {{B:Limoncello Costa d'Oro}}. Please send company name and VAT ID.",
            ),
            (
                "c",
                "{{B:Müller Feinkost GmbH}}, VAT [[V:DE273854919]], invoice address [[A:Rosenheimer Straße 112]], [[A:81669]] [[L:München]]",
            ),
            ("a", "Thanks. And a contact email?"),
            (
                "c",
                "[[E:h.mueller@muellerfeinkost.example.de]]. my assistant [[P:Jana Novak]] handles the payments, they come from [[I:DE83 2004 1133 0718 2364 00]]",
            ),
            ("a", "Thank you [[P:Hans]], the reverse charge invoice will follow. [[P:Raffaele]]"),
        ],
    },
    # 21. Tax: elderly haberdasher, lost SPID PIN, son-in-law helps
    {
        "business": "tax",
        "platform": "whatsapp",
        "customer": "Concetta",
        "lang": "it",
        "start": "2026-05-21T21:05",
        "messages": [
            (
                "c",
                "dottoressa scusate l'orario, sono [[P:Concetta Ferro]] della merceria a [[L:Mercato San Severino]]. ho perso il PIN dello {{W:SPID}}",
            ),
            (
                "a",
                "Buonasera [[P:Concetta]], nessun problema. Il recupero si fa dal sito di {{B:Poste Italiane}}, ma se vuole lo facciamo insieme in studio.",
            ),
            (
                "c",
                "si meglio, io col computer nn ci capisco. viene anche mio genero [[P:Ahmed Benali]] che mi aiuta, lui sta a [[L:Fisciano]]. lo trovate anche su [[U:facebook.com/ahmed.benali.sa]]",
            ),
            (
                "a",
                "Va bene, {{D:mercoledì 27}} alle {{TM:16}}. Porti il documento e il codice fiscale.",
            ),
            (
                "c",
                "[[CF:FRRCCT58T48F138T]] ce l'ho scritto qua. il numero di [[P:Ahmed]] è [[T:089/231774]]",
            ),
            ("a", "Perfetto [[P:Concetta]], a mercoledì! [[P:Carla]]"),
        ],
    },
    # 22. Surf: Spanish couple, beginners' course, deposit from a Spanish IBAN
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "lucia.garcia.surf",
        "lang": "en",
        "start": "2026-05-03T17:25",
        "messages": [
            (
                "c",
                "holaa! I'm [[P:Lucía García Ortega]] from [[L:Valencia]] 🇪🇸 coming with my boyfriend [[P:Javi]] in {{D:August}}. do you have a beginners course?",
            ),
            (
                "a",
                "Hola [[P:Lucía]]! {{PD:Corso Base 5 giorni}} is {{$:€190}} pp, board and wetsuit included. Which week?",
            ),
            (
                "c",
                "{{D:11-15 August}}. we stay in an airbnb in [[A:via Savoia 56]]. my number [[T:+34 612 345 678]]",
            ),
            (
                "a",
                "Great! 30% deposit by transfer, or with {{B:PayPal}} at [[U:paypal.me/giorgiocusumano]]",
            ),
            (
                "c",
                "sent from my account [[I:ES60 0049 1500 0512 3456 7892]], name [[P:Lucia Garcia]]. javi's ig is @[[H:javi_rides]] tag him pls 😂",
            ),
            ("a", "Received! See you at the beach 🤙 [[P:Giorgio]]"),
        ],
    },
    # 23. Surf: Sicilian father in dialect, kids' course, child's codice fiscale
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Totò Lo Presti",
        "lang": "it",
        "start": "2026-05-10T19:50",
        "messages": [
            (
                "c",
                "ciao [[P:Giorgio]], sugnu [[P:Totò]], [[P:Salvatore Lo Presti]] di [[L:Custonaci]]. u me picciriddu [[P:Nicola]] avi 10 anni e voli fari surf. aviti corsi pi carusi?",
            ),
            (
                "a",
                "Ciao [[P:Totò]]! Sì, {{PD:Surf Kids}} ogni mattina {{TM:9:30-11}}, {{$:€20}} a lezione. Per il modulo ci serve il codice fiscale del bambino",
            ),
            (
                "c",
                "[[CF:LPRNCL16A30L331K]]. u me cell è [[T:320 1144 893]], ma u porta so matri [[P:Marisa]]",
            ),
            (
                "a",
                "Perfetto. Lo aspettiamo {{D:lunedì 15}} allo spot di {{W:Macari}}, vicino alla {{W:Tonnara del Secco}}.",
            ),
            ("c", "grazie assai [[P:Giorgio]] 🙏"),
        ],
    },
    # 24. Surf: London group, board rental, flat with a building name
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Rohan Mehta",
        "lang": "en",
        "start": "2026-05-12T11:35",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Rohan Mehta]] from [[L:London]]. Planning a surf trip with 3 mates end of {{D:October}}. Do you rent boards to experienced surfers?",
            ),
            (
                "a",
                "Hi [[P:Rohan]]! Yes, {{PD:Board Rental}} {{$:€25/day}} or {{$:€120/week}}. {{D:October}} is great with the {{W:Maestrale}}.",
            ),
            (
                "c",
                "sweet. names for the booking: me, [[P:Arjun Nair]], [[P:Sam Church]] and [[P:Kwame Mensah]]. invoice address [[A:Flat 12, Bellamy Court, 45 Cold Harbour Lane]], [[L:Brixton]], [[L:London]] [[A:SW9 8LF]]",
            ),
            ("a", "Booked, ref {{R:CSS-1024-R}}. Card on arrival or link?"),
            (
                "c",
                "link pls, to [[E:rohan.mehta88@example.com]]. mobile [[T:07700 900 432]]",
            ),
            ("a", "Done, cheers [[P:Giorgio]] 🤙"),
        ],
    },
    # 25. Surf: gift card for a boyfriend whose surname is Serena, spelled out
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Marta Rinaldi",
        "lang": "it",
        "start": "2026-05-17T22:10",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Marta]], vi scrivo da [[L:Bologna]]. vorrei regalare al mio ragazzo [[P:Ale]] un buono lezioni x il compleanno 🎂",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! La {{PD:Gift Card Surf}} da 3 lezioni è {{$:€99}}. A che nome la intestiamo?",
            ),
            (
                "c",
                "[[P:Alessandro Serena]], cognome [[P:S-E-R-E-N-A]] come il nome da ragazza 😂",
            ),
            ("a", "Ahah perfetto. Te la mandiamo via mail?"),
            (
                "c",
                "si a [[E:marta.rinaldi93@example.it]]. e se serve il mio cell [[T:+39 347 0091 552]]",
            ),
            ("a", "Inviata! Auguri ad [[P:Alessandro]] 🌊 [[P:Giorgio]]"),
        ],
    },
    # 26. Surf: SUP tour, friends named Neve and Victoria, instagram profile link
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "fra_sunset",
        "lang": "it",
        "start": "2026-05-22T08:00",
        "messages": [
            (
                "c",
                "hey!! sono [[P:Francesca]] (@[[H:fra_sunset]]), ci siamo conosciuti l'anno scorso al {{W:Cous Cous Fest}}! fate anche SUP?",
            ),
            (
                "a",
                "Ciaoo [[P:Fra]]! Certo, {{PD:SUP Tour Riserva dello Zingaro}} {{$:€45}}, 3 ore. Quando?",
            ),
            (
                "c",
                "{{D:sabato 4 luglio}}, saremo io, [[P:Neve]] e la sua compagna [[P:Victoria]]. siamo in campeggio a [[L:Castelluzzo]]",
            ),
            ("a", "Ottimo. Appuntamento alle {{TM:8}} al lido. Mi lasci un numero?"),
            (
                "c",
                "[[T:3921847760]] oppure [[P:Neve]] [[T:+39 340-887-1203]]. ah e seguite la pagina di [[P:Victoria]] [[U:https://www.instagram.com/victoria.paints.sea/]] fa quadri bellissimi",
            ),
            ("a", "Seguita! 🤙"),
        ],
    },
    # 27. Surf: Ukrainian customer in Kraków, forgotten sunglasses, shipping
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Oleksandr Shevchuk",
        "lang": "en",
        "start": "2026-05-25T16:40",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Oleksandr Shevchuk]], we had lesson {{D:yesterday}}. I forgot my {{B:Ray-Ban}} sunglasses in your van 😩",
            ),
            (
                "a",
                "Hi [[P:Oleksandr]]! Yes, [[P:Kevin]] found them. We're at the spot until {{TM:6 pm}}.",
            ),
            (
                "c",
                "I can't come, we drive to [[L:Palermo]] airport now. can you send them home? [[A:ul. Długa 14/3]], [[A:31-147]] [[L:Kraków]]",
            ),
            (
                "a",
                "Sure, postage is {{$:€14}}. You can pay here: [[U:https://pay.example.com/capo-surf/oleksandr-shevchuk]]",
            ),
            ("c", "paid. thank you so much, greetings from me and [[P:Daryna]]"),
            (
                "a",
                "Shipped, tracking {{TR:RR123456785IT}} 🕶️ Safe trip [[P:Oleksandr]]! [[P:Giorgio]]",
            ),
        ],
    },
    # 28. Surf: B&B owner in San Vito, partnership, wife's e-mail
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Giuseppe Ferrara",
        "lang": "it",
        "start": "2026-05-28T10:30",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Giuseppe Ferrara]], gestisco il {{B:B&B Il Faro}} a [[L:San Vito Lo Capo]]. vorrei una convenzione per i miei ospiti",
            ),
            (
                "a",
                "Buongiorno [[P:Giuseppe]], con piacere: -10% su corsi e noleggio. Ci manda i dati per la fattura?",
            ),
            (
                "c",
                "P.IVA [[V:02876540630]], [[A:via Regina Margherita 88]], [[A:91010]] [[L:San Vito Lo Capo]]. pec [[E:bbilfaro@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto. Il referente da noi è [[P:Giorgio Cusumano]], [[T:0923 972 114]].",
            ),
            (
                "c",
                "grazie, i volantini mandateli a mia moglie [[P:Rosalia]], [[E:rosalia.ferrara@example.it]]",
            ),
            ("a", "Fatto! Saluti a [[P:Rosalia]] e buona stagione 🌞 [[P:Giorgio]]"),
        ],
    },
    # 29. Optic: Friulian customer collects husband's glasses, fraction address
    {
        "business": "optic",
        "platform": "whatsapp",
        "customer": "Bruna Tosolini",
        "lang": "it",
        "start": "2026-05-05T08:20",
        "messages": [
            (
                "c",
                "Buongiorno, son [[P:Bruna Tosolini]] di [[L:Tavagnacco]], mandi! dovrei ritirare gli occhiali di mio marito [[P:Elio]], ordine {{O:OF-7781}}",
            ),
            (
                "a",
                "Buongiorno signora [[P:Bruna]]! Sì, le lenti {{B:Zeiss}} progressive sono arrivate, montatura {{B:Persol}}. Resta da saldare {{$:€280}}.",
            ),
            (
                "c",
                "passo doman matina. puo mettere in fattura il codice fiscale di lui per la detrazione? [[CF:TSLLEI50D17L483H]]",
            ),
            ("a", "Certo. Ci serve anche l'indirizzo per la fattura."),
            (
                "c",
                "[[A:fraz. Feletto Umberto, via Udine 23]], [[A:33010]] [[L:Tavagnacco]]",
            ),
            ("a", "Perfetto, a domani. [[P:Ilaria]] - {{B:Ottica Friuli Vista}}"),
        ],
    },
    # 30. Optic: English teacher breaks her glasses, personal website
    {
        "business": "optic",
        "platform": "messenger",
        "customer": "Emily Baker",
        "lang": "en",
        "start": "2026-05-08T07:50",
        "messages": [
            (
                "c",
                "Hi, [[P:Emily Baker]] here, I teach English in [[L:Udine]]. I broke my glasses in half 😭 can you replace the frame today? the prescription is from Dr [[P:Petris]]",
            ),
            (
                "a",
                "Hi [[P:Emily]]! If you bring the lenses we can try a new frame today, {{PD:Montatura Basic}} from {{$:€59}}.",
            ),
            (
                "c",
                "great, I'll come at {{TM:12:30}} on my lunch break. I live at [[A:via Grazzano 19]], right around the corner 😅 number [[T:+44 7700 900 265]]",
            ),
            ("a", "Perfect. Ask for [[P:Luca]]."),
            (
                "c",
                "thx! my colleague [[P:Sarah Church]] says hi, she bought her {{B:Ray-Ban}} from you. if you need lessons for your kids, my site is [[U:www.emilybaker-english.example.com]] 😉",
            ),
            ("a", "Ahah noted [[P:Emily]]! See you later. [[P:Luca]]"),
        ],
    },
    # 31. Optic: footballer wants contact lenses, girlfriend comes too
    {
        "business": "optic",
        "platform": "instagram",
        "customer": "matteo.fabbro",
        "lang": "it",
        "start": "2026-05-11T18:30",
        "messages": [
            (
                "c",
                "ciao, ho visto che fate l'esame della vista gratis? son [[P:Matteo Fabbro]], gioco a calcio a [[L:Codroipo]] e vorrei le lenti a contatto giornaliere",
            ),
            (
                "a",
                "Ciao [[P:Matteo]]! Sì, {{PD:Controllo Vista}} gratuito su appuntamento. {{D:venerdì 22}} alle {{TM:17:40}} va bene?",
            ),
            (
                "c",
                "si! mi mandate il promemoria anche su telegram? sono [[H:matteofabbro_9]]",
            ),
            ("a", "Lo mandiamo via sms, ci dai il numero?"),
            (
                "c",
                "[[T:+39 345 66 12 098]]. vengo con la mia morosa [[P:Anna Leone]] che vuole vedere gli occhiali da sole",
            ),
            ("a", "Ottimo, a venerdì! [[P:Ilaria]]"),
        ],
    },
    # 32. Optic: child's glasses after the eye doctor, card in chat, borgo address
    {
        "business": "optic",
        "platform": "telegram",
        "customer": "Nadia Haddad",
        "lang": "it",
        "start": "2026-05-14T09:45",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Nadia Haddad]], ho la prescrizione dell'oculista dott. [[P:Marchetti]] per mia figlia [[P:Yasmine]], 7 anni, miopia. che prezzi fate?",
            ),
            (
                "a",
                "Buongiorno [[P:Nadia]], per i bambini c'è il {{PD:Pacchetto Junior}} a {{$:€120}} con lenti antiurto.",
            ),
            (
                "c",
                "va bene. posso pagare con la carta [[C:4012 8888 8888 1881]] o devo venire?",
            ),
            (
                "a",
                "Meglio di persona, e per favore non scriva i dati della carta in chat 🙏 In alternativa le mando un link {{B:Satispay}}.",
            ),
            (
                "c",
                "ok scusi. abito a [[L:Cividale del Friuli]], [[A:borgo di Ponte 12]], vengo sabato con mio marito [[P:Karim]]",
            ),
            ("a", "A sabato! [[P:Luca]]"),
        ],
    },
    # 33. Optic: Chinese PhD student, foreign prescription, IPv6 on university wifi
    {
        "business": "optic",
        "platform": "whatsapp",
        "customer": "Wang Fang",
        "lang": "en",
        "start": "2026-05-19T13:15",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Wang Fang]], PhD student at the university here in [[L:Udine]]. my glasses prescription is from China, can you make lenses from it?",
            ),
            (
                "a",
                "Hi [[P:Wang]]! Usually yes, please send a photo. Or we can redo the eye test for free.",
            ),
            (
                "c",
                "I'll come. I tried to book on your site but it failed, it says my address [[IP:2001:db8:85a3::8a2e:370:7334]] is not allowed. my supervisor prof. [[P:Zanin]] says you are the best 😊 email [[E:wang.fang@studenti.example.it]]",
            ),
            (
                "a",
                "Sorry about the site! Your appointment: {{D:May 28}} at {{TM:10:15}}, ref {{R:OV-5528}}.",
            ),
            ("c", "perfetto grazie mille", "it"),
            ("a", "Prego! [[P:Luca]]"),
        ],
    },
    # 34. Optic: missed courier delivery, vicolo with interno, neighbour collects
    {
        "business": "optic",
        "platform": "messenger",
        "customer": "Stefania Zorzi",
        "lang": "it",
        "start": "2026-05-23T17:05",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Stefania Zorzi]], ho ordinato lenti a contatto mensili sul vostro sito, ordine {{O:OF-7802}}, non mi sono arrivate. indirizzo [[A:vicolo Sottomonte 5 int. 3]], [[L:Gemona]]",
            ),
            (
                "a",
                "Buongiorno [[P:Stefania]], vedo che il corriere {{B:BRT}} ha tentato la consegna ieri. Tracking {{TR:0733182200457}}.",
            ),
            (
                "c",
                "ah ero al lavoro. il corriere, un certo [[P:Dario]], mi ha lasciato il suo numero [[T:333-7412-008]] sul biglietto",
            ),
            ("a", "Può chiamarlo per riprogrammare, oppure ritiro qui in negozio."),
            (
                "c",
                "le ritira la mia vicina [[P:Graziella Bello]] che lavora a [[L:Udine]] in centro",
            ),
            (
                "a",
                "Va bene, le serve una delega firmata e [[P:Graziella]] porti un documento. [[P:Ilaria]]",
            ),
        ],
    },
    # 35. Optic: webshop firewall blocked an IP, order to Trieste, wife's e-mail
    {
        "business": "optic",
        "platform": "telegram",
        "customer": "Daniel Rossi",
        "lang": "en",
        "start": "2026-05-29T20:20",
        "messages": [
            (
                "c",
                "Hi, [[P:Daniel Rossi]] here, I'm in [[L:Trieste]]. your webshop says my access is blocked, the error shows IP [[IP:93.41.207.18]]",
            ),
            (
                "a",
                "Hi [[P:Daniel]], sorry! Our firewall blocked a few addresses yesterday. I whitelisted [[IP:93.41.207.18]], try again?",
            ),
            (
                "c",
                "works now. ordered {{PD:Acuvue Oasys}} x 6, order {{O:OF-7815}}. ship to [[A:via del Coroneo 22]], [[A:34133]] [[L:Trieste]]",
            ),
            ("a", "Great, it ships tomorrow with {{B:GLS}}."),
            (
                "c",
                "thx. also my wife [[P:Hope]] asks if you sell {{B:Oakley}}? her email is [[E:hope.rossi at example dot com]]",
            ),
            ("a", "Yes we do! I'll write to her. [[P:Luca]]"),
        ],
    },
    # 36. Flor: anniversary roses, wife works at a pharmacy, nicknames on the card
    {
        "business": "flor",
        "platform": "whatsapp",
        "customer": "Mimmo Bianco",
        "lang": "it",
        "start": "2026-05-02T09:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Domenico Bianco]], vorrei mandare un mazzo di rose rosse a mia moglie [[P:Bianca]] per l'anniversario, {{D:sabato}}",
            ),
            (
                "a",
                "Buongiorno! Il {{PD:Bouquet Passione}} con 12 rose rosse è {{$:€55}}, consegna a [[L:Sanremo]] inclusa. Indirizzo?",
            ),
            (
                "c",
                "[[A:corso Garibaldi 71]], secondo piano, citofono [[P:Bianco]]. ma lei lavora fino alle {{TM:13}} alla farmacia di [[L:Coldirodi]]",
            ),
            ("a", "Allora consegniamo dopo le {{TM:14}}. Cosa scriviamo sul biglietto?"),
            (
                "c",
                "'alla mia [[P:Bibi]], 25 anni e sembra ieri. il tuo [[P:Mimmo]]' ❤️ il mio numero x il fattorino [[T:338 90 44 127]]",
            ),
            (
                "a",
                "Che bello! Paga alla consegna o con link? [[P:Serena]] - {{B:Fiori di Riviera}}",
            ),
        ],
    },
    # 37. Flor: granddaughter in Brighton, grandma's 90th birthday, card number in chat
    {
        "business": "flor",
        "platform": "instagram",
        "customer": "rose.fox",
        "lang": "en",
        "start": "2026-05-06T12:30",
        "messages": [
            (
                "c",
                "hi, [[P:Rose Fox]] in [[L:Brighton]] (@[[H:rosefox.bn]]). my grandma [[P:Rosa Ferraro]] lives in [[L:Sanremo]] and turns 90 on {{D:June 2}}! can you deliver something big?",
            ),
            (
                "a",
                "Hi [[P:Rose]]! What a milestone. {{PD:Riviera Grande}} {{$:€85}} with local ranunculus. Address?",
            ),
            (
                "c",
                "[[A:via Padre Semeria 344]], [[A:18038]] [[L:Sanremo]]. she's a bit deaf so ring twice. my aunt [[P:Graziella]] will be there, [[T:0184 502 733]]",
            ),
            ("a", "Noted! What goes on the card?"),
            (
                "c",
                "'Buon compleanno Nonna! 90 anni di sole. [[P:Rose]], [[P:Tom]] & baby [[P:Lily]]'. can I pay with card [[C:3760 123456 78909]]?",
            ),
            (
                "a",
                "Please don't post card numbers here 🙏 I'll send you a secure link, which email?",
            ),
            ("c", "sorry!! [[E:rose.fox.brighton@example.co.uk]]"),
        ],
    },
    # 38. Flor: wedding in Bussana Vecchia, planner with a double surname, wedding site
    {
        "business": "flor",
        "platform": "messenger",
        "customer": "Ilenia Cenci",
        "lang": "it",
        "start": "2026-05-09T15:55",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Ilenia]], mi sposo a {{D:settembre}} a [[L:Bussana Vecchia]] con [[P:Kevin Osei]] 💍 fate allestimenti?",
            ),
            (
                "a",
                "Ciao [[P:Ilenia]]! Sì, chiesa e ricevimento. Ti chiamo per un preventivo?",
            ),
            (
                "c",
                "si! [[T:+39 3485512907]]. il ricevimento è a {{W:Villa Ormond}}, la wedding planner è [[P:Beatrice Pastor Moreno]], [[E:bea@pastormoreno-weddings.example]]",
            ),
            ("a", "Perfetto, ti chiamo domani mattina. [[P:Serena]]"),
            (
                "c",
                "intanto guarda il nostro sito [[U:https://ilenia-e-kevin.example.it]] e su ig siamo @[[H:ilenia.kevin.sposi]] x farti un'idea dei colori 🌿",
            ),
            ("a", "Bellissimo [[P:Ilenia]]! Salvia e bianco, adoro. Salutami [[P:Kevin]]"),
        ],
    },
    # 39. Flor: Arab customer, flowers to a colleague in hospital, UK IBAN
    {
        "business": "flor",
        "platform": "telegram",
        "customer": "Mohammed Al-Sayed",
        "lang": "en",
        "start": "2026-05-13T07:35",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Mohammed Al-Sayed]], staying in [[L:Sanremo]] for work. I want flowers for my colleague [[P:Farah Nasser]], she is in hospital after a fall",
            ),
            (
                "a",
                "Hello [[P:Mohammed]], sorry to hear. Hospitals accept small bouquets only, the {{PD:Mazzo Sorriso}} is {{$:€35}}. Which ward?",
            ),
            (
                "c",
                "orthopedics, room 14. please write 'get well soon [[P:Farah]], from [[P:Mohammed]] and the {{B:Ligurtech}} team'",
            ),
            ("a", "Will do. How would you like to pay?"),
            (
                "c",
                "bank transfer from my UK account [[I:GB51 BARC 2004 0455 6129 07]]. my number [[T:+44 (0) 7700 900 119]]",
            ),
            ("a", "Thanks [[P:Mohammed]]! Delivered by {{TM:11}} tomorrow. [[P:Serena]]"),
        ],
    },
    # 40. Flor: Mother's Day, three bouquets to three towns
    {
        "business": "flor",
        "platform": "whatsapp",
        "customer": "Giulia",
        "lang": "it",
        "start": "2026-05-07T19:40",
        "messages": [
            (
                "c",
                "ciao, x la {{W:Festa della Mamma}} vorrei 3 mazzi: mia mamma [[P:Carla]] a [[L:Taggia]], mia suocera [[P:Rosa Mancini]] a [[L:Ospedaletti]] e la nonna [[P:Neve]] a [[L:Bordighera]]",
            ),
            (
                "a",
                "Ciao! Perfetto, 3x {{PD:Mazzo Mamma}} a {{$:€40}} l'uno. Mi scrivi gli indirizzi?",
            ),
            (
                "c",
                "mamma [[A:via Soleri 9]], [[L:Taggia]]. suocera [[A:traversa Nuova 4]], [[L:Ospedaletti]]. nonna [[A:loc. Sasso, strada Montenero 17]], [[L:Bordighera]]",
            ),
            ("a", "Ok. Che nomi mettiamo sui biglietti?"),
            (
                "c",
                "[[P:Giulia]] e [[P:Stefano]] 😘 pago con bonifico da [[I:IT12A0103076200000005512347]] (conto di [[P:Stefano Gallo]])",
            ),
            ("a", "Ricevuto, grazie [[P:Giulia]]! 🌷 [[P:Serena]]"),
        ],
    },
    # 41. Flor: hotel subscription, partita IVA, staff names, obfuscated e-mail
    {
        "business": "flor",
        "platform": "instagram",
        "customer": "luca.negro",
        "lang": "it",
        "start": "2026-05-15T11:20",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Luca Negro]] dell'{{B:Hotel Miramare}}, vorremmo fiori freschi ogni settimana per la hall. Fattura a P.IVA [[V:04567890159]]",
            ),
            (
                "a",
                "Buongiorno [[P:Luca]]! Ottimo, l'abbonamento {{PD:Hall Settimanale}} è {{$:€120}} a settimana. Indirizzo per le consegne?",
            ),
            (
                "c",
                "[[A:corso Imperatrice 50]], ingresso di servizio sul retro. chiedete di [[P:Marisa]] in reception o di [[P:Ion Rusu]] il manutentore, [[T:0184.667.210]]",
            ),
            (
                "a",
                "Perfetto. Prima consegna {{D:lunedì 1 giugno}} alle {{TM:8:30}}.",
            ),
            (
                "c",
                "ok, il contratto a [[E:direzione@hotelmiramare.example.it]] e in copia a me, [[E:luca punto negro chiocciola hotelmiramare punto it]]",
            ),
            ("a", "Fatto! [[P:Serena]]"),
        ],
    },
    # 42. Flor: customer in Monaco, mum in Sanremo, c/o address, French VAT number
    {
        "business": "flor",
        "platform": "messenger",
        "customer": "Natalia Ruiz Vega",
        "lang": "en",
        "start": "2026-05-20T14:05",
        "messages": [
            (
                "c",
                "hi! [[P:Natalia Ruiz Vega]] here, I live in [[L:Monaco]]. my partner [[P:Marc]] and I want to surprise my mum in [[L:Sanremo]] for {{W:Mother's Day}}. can you do white calla lilies?",
            ),
            (
                "a",
                "Hi [[P:Natalia]]! Yes, the {{PD:Bouquet Bianco Calle}} is {{$:€60}}. Your mum's name and address?",
            ),
            (
                "c",
                "[[P:Carmen Vega]], [[A:c/o Residence Le Palme, corso Matuzia 12]], apt 8. her phone [[T:+39 0184 47 30 21]]",
            ),
            ("a", "Thank you. Should the invoice go to your company?"),
            (
                "c",
                "yes pls: {{B:Atelier RV}}, VAT [[V:FR44732829320]], [[A:12 rue Grimaldi]], [[A:98000]] [[L:Monaco]]. and gracias! 😊",
            ),
            ("a", "Perfect, invoice sent. [[P:Serena]] 🌸"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(30, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
