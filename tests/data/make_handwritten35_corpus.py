# ruff: noqa: E501
"""Hand-written development corpus no. 35 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten35_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a removals and storage firm in Bologna with
clients moving across Europe, a real-estate agency in Lecce selling to foreigners, a courier and
parcel-forwarding shop in Ventimiglia on the French border, a summer-camp organiser in Val di
Fassa, a kitchen-fitting company in Pordenone, and a boarding kennel near Bergamo airport.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten35_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten35_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "removals": "Felsina Move Traslochi e Depositi",
    "estate": "Salento Dimore Real Estate Lecce",
    "courier": "Frontiera Express Ventimiglia",
    "camp": "Fassa Avventura Summer Camp",
    "kitchen": "Cucine Noncello Arredo Su Misura",
    "kennel": "Pensione Cani Orio Bau",
}
PAGE_IDS: dict[str, str] = {
    "removals": "635130000000114",
    "estate": "635130000000225",
    "courier": "635130000000336",
    "camp": "635130000000447",
    "kitchen": "635130000000558",
    "kennel": "635130000000669",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Removals: couple moving from Bologna to Munich, storage for grandma's furniture
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Giusy L.",
        "lang": "it",
        "start": "2024-04-08T07:42:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giuseppina Leone]], mi serve un preventivo x trasloco da [[L:Bologna]] a [[L:Monaco di Baviera]] verso {{D:fine maggio}}",
            ),
            (
                "a",
                "Buongiorno signora [[P:Leone]]! Mi manda indirizzo di partenza e di arrivo e quanti locali sono? [[P:Chiara]] - {{B:Felsina Move}}",
            ),
            (
                "c",
                "partenza [[A:via del Pratello 41, 3° piano]] senza ascensore 😅 [[A:40122]] [[L:Bologna]]. arrivo [[A:Leopoldstraße 118]], [[A:80802]] [[L:München]], zona [[L:Schwabing]]. trilocale",
            ),
            (
                "a",
                "Perfetto. Per il sopralluogo passa il nostro [[P:Tommaso]] {{D:giovedì 11}} alle {{TM:10:30}}, va bene? Le serve anche il deposito?",
            ),
            (
                "c",
                "si giovedi va bene. cmq ci sara mio marito [[P:Fede]], il suo cell è [[T:347 218 9064]]. deposito si x 2 mesi, sono i mobili della nonna [[P:Rosa]] che stanno ancora a [[L:Budrio]]",
            ),
            (
                "a",
                "Segnato! Pratica {{R:FM-2024-0387}}. Per i mobili di [[L:Budrio]] ci serve l'indirizzo preciso",
            ),
            (
                "c",
                "[[A:via Benni 9]], è una casa gialla col cancello verde, suonare [[P:Leone Rosa]]",
            ),
            ("a", "Grazie mille, a giovedì! [[P:Chiara]]"),
        ],
    },
    # 2. Removals: Scottish lecturer going home with a piano
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Robbie Church",
        "lang": "en",
        "start": "2024-04-09T16:05:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Robbie]] here ([[P:Robert Church]]) - moving back to [[L:Edinburgh]] after 6 yrs in [[L:Bologna]]. need a quote pls",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! Happy to help. Current address and destination please? And roughly how many boxes? Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "leaving [[A:via Mascarella 77/2]] (near {{W:Piazza Verdi}}, uni area). going to [[A:Flat 2F1, 14 Marchmont Crescent]], [[L:Edinburgh]] [[A:EH9 1HF]]. ~40 boxes, a piano and a bike",
            ),
            (
                "a",
                "Noted. The piano needs a special crew, +{{$:€380}}. Our groupage to the UK leaves every two weeks, next one {{D:3 June}}. Can you send me your email for the formal quote?",
            ),
            (
                "c",
                "sure, [[E:robbie.church77@examplemail.co.uk]]. my partner [[P:Hope]] will be at the flat on the day, her number is [[T:+44 7700 900461]]",
            ),
            (
                "a",
                "Thanks! Quote {{R:FM-2024-0412}} is on its way. For UK customs we'll also need the new address on the ToR form, [[P:Hope]] can sign it",
            ),
            (
                "c",
                "brilliant thx 🙏 oh and the bike is a {{B:Bianchi}}, pls wrap it well, it was my dad's",
            ),
        ],
    },
    # 3. Removals: Romanian nurse renting a storage box, invoice details
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Ionela P",
        "lang": "it",
        "start": "2024-04-10T11:20:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Ionela Popescu]], vorrei un box deposito x 3 mesi, vado a [[L:Cluj-Napoca]] da mia mamma e poi torno",
            ),
            (
                "a",
                "Ciao [[P:Ionela]], abbiamo box da 6 mq a {{$:95 € al mese}} nel magazzino vicino all'{{W:Interporto}}. Ritiriamo noi a domicilio?",
            ),
            (
                "c",
                "si grazie, sto in [[A:via Stalingrado 102 scala B int. 7]], [[L:Bologna]]. il citofono dice [[P:Popescu]]/[[P:Marinescu]] xke divido con una collega",
            ),
            ("a", "Ok. Per il contratto mi servono codice fiscale e IBAN per l'addebito"),
            (
                "c",
                "CF [[CF:PPSNLI88M55Z129K]] iban [[I:RO49AAAA1B31007593840000]] è il conto romeno va bene lo stesso?",
            ),
            (
                "a",
                "Sì va bene, è SEPA. Contratto {{R:DEP-0093}}, ritiro {{D:sabato 20 aprile}} tra le {{TM:8}} e le {{TM:9}}",
            ),
            (
                "c",
                "perfetto, se nn ci sono io apre [[P:Andreea]] la mia coinquilina, [[T:320.448.71.09]]",
            ),
        ],
    },
    # 4. Removals: office move Bologna -> Lyon, VAT and invoice
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Studio Grafico Fox",
        "lang": "en",
        "start": "2024-04-12T08:50:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Claire Fox]] from a small design studio. We're relocating two desks, servers and archives from [[L:Bologna]] to [[L:Lyon]]",
            ),
            (
                "a",
                "Hello [[P:Claire]]! Sure. Pick-up address in [[L:Bologna]] and delivery address in France please",
            ),
            (
                "c",
                "pick-up: [[A:via Indipendenza 20, piano 4]], [[A:40121]] [[L:Bologna]]. delivery: [[A:12 rue de la Charité]], [[A:69002]] [[L:Lyon]], 2e étage. our French VAT is [[V:FR44732829320]], the Italian one [[V:02798410300]]",
            ),
            (
                "a",
                "Great, the invoice will go to the French company with reverse charge. Who should our driver call in [[L:Lyon]]?",
            ),
            (
                "c",
                "my associate [[P:Mathieu Garnier]], [[T:+33 6 12 44 80 17]], or me on [[T:+39 333 902 1147]]. email [[E:claire@foxgarnier-studio.example]]",
            ),
            (
                "a",
                "Perfect. Booking {{R:FM-2024-0433}}, loading {{D:Monday 22 April}} at {{TM:7:30}}. Thanks, [[P:Tommaso]]",
            ),
        ],
    },
    # 5. Removals: student moving to Kraków, sends details over several messages
    {
        "business": "removals",
        "platform": "instagram",
        "customer": "marti_on_the_move",
        "lang": "it",
        "start": "2024-04-14T19:31:00",
        "messages": [
            (
                "c",
                "ciaoo, vi ho trovato su ig!! sono [[P:Martina]] vado in erasmus a [[L:Cracovia]] e ho tipo 8 scatoloni e una bici",
            ),
            (
                "a",
                "Ciao [[P:Martina]]! Per la Polonia facciamo groupage una volta al mese, {{$:210 €}} fino a 10 colli. Da dove ritiriamo?",
            ),
            ("c", "da casa dei miei a [[L:San Lazzaro di Savena]], frazione [[L:Ponticella]]"),
            ("c", "[[A:via Fondè 31]]"),
            ("c", "e in polonia: [[A:ul. Długa 47 m. 12]]"),
            ("c", "[[A:31-147]] [[L:Kraków]]"),
            ("a", "Perfetto, ci serve anche un numero di telefono polacco o italiano e un'email"),
            (
                "c",
                "[[T:3291177540]] e la mail è [[E:martina punto ferro chiocciola gmail punto com]] (sono [[P:Martina Ferro]] cmq, il profilo è di mia sorella [[P:Bianca]] 😂)",
            ),
            (
                "a",
                "Ahah ok! Pratica {{R:FM-2024-0451}}, partenza {{D:2 settembre}}. Ciao, [[P:Chiara]]",
            ),
        ],
    },
    # 6. Removals: Nigerian engineer moving a family to Rotterdam, code-switching wife
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Chukwuemeka O.",
        "lang": "en",
        "start": "2024-04-16T10:02:00",
        "messages": [
            (
                "c",
                "Good morning. My name is [[P:Chukwuemeka Okafor]], spelled C-H-U-K-W-U-E-M-E-K-A. We are moving from [[L:Imola]] to [[L:Rotterdam]] in July, family of 5",
            ),
            (
                "a",
                "Good morning Mr [[P:Okafor]]! A family move to the Netherlands, full service with packing? I'm [[P:Chiara]]",
            ),
            (
                "c",
                "Yes full service. Current house [[A:via Emilia Levante 1402]], [[L:Imola]]. New address [[A:Schiedamseweg 221-B]], [[A:3026 AJ]] [[L:Rotterdam]]",
            ),
            (
                "c",
                "mia moglie [[P:Grace]] parla meglio italiano di me, vi scrive lei per i dettagli del deposito 😄",
                "it",
            ),
            ("a", "Benissimo! Sig.ra [[P:Grace]], mi scriva pure qui quando vuole"),
            (
                "c",
                "Salve sono [[P:Grace]], il mio numero è [[T:+39 351 600 2284]]. Vorremmo lasciare in deposito le cose dei bambini fino a {{D:settembre}}",
                "it",
            ),
            ("a", "Certo. Preventivo {{R:FM-2024-0466}} via email, a quale indirizzo?"),
            ("c", "[[E:chuk.okafor@mailbox.example.org]] thank you very much"),
        ],
    },
    # 7. Removals: complaint about a scratched wardrobe, IBAN for refund
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Serena B",
        "lang": "it",
        "start": "2024-04-18T13:15:00",
        "messages": [
            (
                "c",
                "buongiorno, il trasloco di ieri a [[L:Zola Predosa]] ok ma l'armadio {{B:Poliform}} è arrivato graffiato 😡",
            ),
            ("a", "Buongiorno, mi dispiace molto. Mi dà nome e numero pratica per favore?"),
            (
                "c",
                "[[P:Serena Bello]], pratica {{R:FM-2024-0371}}. i vostri ragazzi erano [[P:Cristian]] e un altro alto, mi pare [[P:Ahmed]]",
            ),
            (
                "a",
                "Grazie signora [[P:Bello]]. Apriamo la pratica assicurativa, ci mandi foto e IBAN per il rimborso",
            ),
            (
                "c",
                "[[I:IT55 R050 3411 7010 0000 0004 781]] intestato a me e a mio marito [[P:Davide Serra]]. foto le mando x mail da [[E:serena.bello90@posta.example.it]]",
            ),
            ("a", "Ricevuto. Per la polizza serve anche il codice fiscale dell'intestataria"),
            (
                "c",
                "[[CF:BLLSRN90A41F205Z]]. l'indirizzo nuovo è [[A:via Risorgimento 233/4]] [[A:40069]] [[L:Zola Predosa]] se serve",
            ),
            ("a", "Perfetto, la chiamerà il perito {{D:lunedì}}. Scusi ancora, [[P:Chiara]]"),
        ],
    },
    # 8. Estate: English couple looking for a masseria near Otranto
    {
        "business": "estate",
        "platform": "messenger",
        "customer": "Mark Baker",
        "lang": "en",
        "start": "2024-05-02T09:10:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Mark]] and [[P:Victoria Baker]] here, from [[L:Bath]]. We saw the listing for the restored masseria near [[L:Otranto]], ref {{R:SD-1187}}. Still available?",
            ),
            (
                "a",
                "Good morning [[P:Mark]]! Yes, Masseria {{PD:Le Tagliate}} is still available, {{$:€685,000}}. Would you like a viewing? I'm [[P:Donato]], the agent for that area",
            ),
            (
                "c",
                "Yes please! We fly into {{W:Brindisi}} on {{D:14 May}}, staying with friends in [[L:Uggiano la Chiesa]]. Could we do the 15th in the morning?",
            ),
            (
                "a",
                "Of course, {{D:15 May}} at {{TM:10:00}}. The property is on [[A:strada provinciale 358 km 7]], I'll send the pin. Best number to reach you?",
            ),
            (
                "c",
                "my mobile [[T:+44 (0)7911 123 456]] or [[P:Vicky]]'s [[T:07700 900 832]]. Our home address for the paperwork is [[A:Rosebank Cottage, 3 Church Lane]], [[L:Weston]], [[L:Bath]] [[A:BA1 4BZ]]",
            ),
            ("a", "Perfect, thank you. I'll also send you the cadastral plans by email"),
            ("c", "[[E:mark.baker.bath@example.co.uk]] - cheers, [[P:Mark]]"),
        ],
    },
    # 9. Estate: Swiss buyer, notary and bank details
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Ursula K.",
        "lang": "it",
        "start": "2024-05-03T15:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Ursula Keller]] di [[L:Winterthur]], il compromesso per la casa a [[L:Gallipoli]] quando lo facciamo?",
            ),
            (
                "a",
                "Buongiorno signora [[P:Keller]]! Il notaio [[P:Paolo Miglietta]] propone {{D:venerdì 24 maggio}} alle {{TM:11}}, studio in [[A:viale Lo Re 14]], [[L:Lecce]]",
            ),
            (
                "c",
                "ok. il mio indirizzo in svizzera per l'atto: [[A:Technikumstrasse 71]], [[A:CH-8400]] [[L:Winterthur]]. codice fiscale italiano l'ho fatto: [[CF:CHNSRN91D63H501D]]? no scusi quello è di mia figlia [[P:Serena]], il mio arriva domani",
            ),
            (
                "a",
                "Nessun problema, lo aspettiamo. La caparra {{$:30.000 €}} va versata sul conto del venditore, IBAN [[I:IT40L0200812310000104593271]] intestato a [[P:Cosimo Perrone]]",
            ),
            (
                "c",
                "ricevuto. mia figlia [[P:Serena Chen]] vive a [[L:Roma]] e fa da procuratrice, il suo numero [[T:+39 06 4821 7730]]",
            ),
            (
                "a",
                "Perfetto, la contatto io. La casa è quella in [[A:via Antonietta De Pace 56]], centro storico, giusto per conferma",
            ),
            ("c", "si si. grazie, saluti da [[L:Winterthur]] ☀️"),
        ],
    },
    # 10. Estate: Ukrainian family renting while they buy, many third parties
    {
        "business": "estate",
        "platform": "telegram",
        "customer": "Oksana",
        "lang": "en",
        "start": "2024-05-05T18:22:00",
        "messages": [
            (
                "c",
                "Hello! I am [[P:Oksana Kovalenko]], we live now in [[L:Lviv]] but my husband [[P:Taras]] works remote and we want a house in [[L:Salento]] for 1 year first rent then buy",
            ),
            (
                "a",
                "Hello [[P:Oksana]], welcome! We have a 3-bedroom villa in [[L:Santa Maria al Bagno]], {{$:1,100 €/month}}, and an apartment in [[L:Nardò]]",
            ),
            (
                "c",
                "villa is nice! in Italy we stay now with cousin [[P:Iryna Shevchuk]] at [[A:via Dalmazio Birago 8, scala C, piano 2]], [[A:73100]] [[L:Lecce]]",
            ),
            (
                "a",
                "Great, so you can visit easily. Tomorrow {{TM:17:30}}? My colleague [[P:Speranza]] will show it, she speaks a bit of Ukrainian 😊",
            ),
            (
                "c",
                "yes! [[P:Speranza]] is a beautiful name. my number [[T:+380 67 123 4567]], italian sim [[T:389 402 6618]]",
            ),
            (
                "a",
                "Noted. Please bring your passports, the landlord wants copies. Ciao, [[P:Donato]]",
            ),
        ],
    },
    # 11. Estate: seller from Maglie, dialect, agent's signature
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Ntoni Mancini",
        "lang": "it",
        "start": "2024-05-07T08:05:00",
        "messages": [
            (
                "c",
                "bongiornu, iu suntu [[P:Antonio Mancini]] de [[L:Maglie]], ulia vindu la casa de mamma a [[L:Cutrofiano]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Mancini]]! Certo, ci dica l'indirizzo e fissiamo la valutazione. [[P:Donato]] - {{B:Salento Dimore}}",
            ),
            (
                "c",
                "sta in [[A:via Cosimo Bello 17]], vicino a la chiesa. la chiave ce l'ha mia nipote [[P:Bianca]], [[T:0836 48 22 91]] casa",
            ),
            ("a", "Perfetto. Lei per i documenti è in [[A:piazza Aldo Moro 4]] a [[L:Maglie]]?"),
            (
                "c",
                "no quella è la bottega de mio figghiu [[P:Totò]]. iu sto in [[A:contrada Franite 22]], fuori paese, dopo il distributore {{B:Q8}}",
            ),
            (
                "a",
                "Chiaro! Veniamo {{D:martedì}} verso le {{TM:16}}. Ci serve anche partita IVA se vende la bottega insieme",
            ),
            ("c", "quella è di [[P:Totò]], [[V:03155820933]]. ma la bottega nun la vindu 😂"),
        ],
    },
    # 12. Estate: German buyer wants SEPA and land registry
    {
        "business": "estate",
        "platform": "messenger",
        "customer": "Jürgen Wolf",
        "lang": "en",
        "start": "2024-05-09T12:12:00",
        "messages": [
            (
                "c",
                "Dear agency, [[P:Jürgen Wolf]] writing from [[L:Freiburg]]. I would like to reserve the trullo in [[L:Ceglie Messapica]] (your ref {{R:SD-1203}})",
            ),
            (
                "a",
                "Dear Mr [[P:Wolf]], wonderful. The reservation deposit is {{$:€5,000}}, refundable until {{D:30 June}}. Can you send your full details?",
            ),
            (
                "c",
                "[[P:Jürgen Wolf]], [[A:Habsburgerstraße 9]], [[A:79104]] [[L:Freiburg im Breisgau]]. My account [[I:DE44 5001 0517 5407 3249 31]]. I'm self-employed, VAT [[V:DE813276392]]",
            ),
            (
                "a",
                "Thank you. Our notary needs an Italian codice fiscale, you can request it from the consulate in [[L:Stuttgart]]",
            ),
            (
                "c",
                "Ok, my wife [[P:Hanne]] will arrange it. Her email is [[E:hanne.wolf at example dot de]]",
            ),
            ("a", "Perfect, I'll write to her. Best regards, [[P:Donato]]"),
        ],
    },
    # 13. Estate: Irish-Indian couple, code-switching, IP of suspicious login
    {
        "business": "estate",
        "platform": "instagram",
        "customer": "priya.and.sean",
        "lang": "en",
        "start": "2024-05-11T21:47:00",
        "messages": [
            (
                "c",
                "hiya! we're [[P:Priya Nair]] & [[P:Sean Walsh]], saw your reel about the house in [[L:Specchia]] 😍 @[[H:priya.and.sean]] is our account",
            ),
            (
                "a",
                "Hi [[P:Priya]] and [[P:Sean]]! The house in [[L:Specchia]] is {{$:€149,000}}, 3 rooms plus a terrace. Do you want a video tour?",
            ),
            (
                "c",
                "yes pls! also weird thing - someone logged into our account in your client portal from [[IP:185.220.101.47]], was that you??",
            ),
            (
                "a",
                "Not us! Our office IP is fixed. Please change your password, I'll tell our IT guy [[P:Giacomo]]",
            ),
            (
                "c",
                "done. we're at [[A:22 Griffith Avenue]], [[L:Drumcondra]], [[L:Dublin 9]] if you need to post the brochure. [[P:Sean]]'s mam [[P:Maureen]] might come too haha",
            ),
            ("c", "grazie mille!! 🇮🇹", "it"),
        ],
    },
    # 14. Estate: Arab investor via intermediary, many addresses
    {
        "business": "estate",
        "platform": "whatsapp",
        "customer": "Karim",
        "lang": "it",
        "start": "2024-05-13T10:30:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Karim Benali]], scrivo x conto del sig. [[P:Youssef Al-Hashimi]] che vive a [[L:Dubai]]. cerca 2 appartamenti a [[L:Lecce]] centro da affittare",
            ),
            (
                "a",
                "Buongiorno [[P:Karim]]. Abbiamo un bilocale in [[A:via Palmieri 33, interno 5]] e un trilocale in [[A:vico dei Mesagnesi 6]]",
            ),
            (
                "c",
                "ok. il sig. [[P:Al-Hashimi]] vuole anche vedere la villa a [[L:San Cataldo]], lungomare. quella in [[A:lungomare Marinai d'Italia 117]]?",
            ),
            ("a", "Esatto, quella. Ci lascia un contatto email per i documenti?"),
            (
                "c",
                "[[E:k.benali@gulf-invest.example]], io abito a [[L:Surbo]] cmq, [[A:via Giorgilorio 41]], se servono firme passo io",
            ),
            ("a", "Perfetto, grazie. A presto, [[P:Speranza]]"),
            (
                "c",
                "ah, il sig. [[P:Al-Hashimi]] vuole che guardate il suo profilo x capire lo stile che piace a lui: [[U:https://www.facebook.com/youssef.alhashimi.official]] 👍",
            ),
        ],
    },
    # 15. Courier: parcel forwarding from Menton to Genoa, French address
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Giuse Ferro",
        "lang": "it",
        "start": "2024-06-03T08:14:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Giuse]] ([[P:Giuseppe Ferro]]), ho un pacco fermo da voi, tracking {{TR:FX7730021945IT}}",
            ),
            (
                "a",
                "Ciao [[P:Giuseppe]]! Sì, è arrivato ieri da {{B:Zalando}}. Lo ritira in negozio o lo spediamo?",
            ),
            (
                "c",
                "spedite a mia sorella a [[L:Mentone]], [[A:12 avenue de Verdun]], [[A:06500]] [[L:Menton]], c/o [[P:Lorenza Ferro]]",
            ),
            ("a", "Ok, sono {{$:8,50 €}}. Mi serve un numero francese per il corriere"),
            (
                "c",
                "[[T:+33 4 93 35 27 08]] è il fisso di [[P:Lorenza]]. pago con carta [[C:4556 7320 1948 3724]] scad 09/27",
            ),
            (
                "a",
                "Grazie, il numero della carta però meglio non scriverlo qui 😅 la prossima volta usi il link di pagamento. Spedito: {{TR:CP482019334FR}}. Ciao, [[P:Nico]]",
            ),
        ],
    },
    # 16. Courier: English tourist's lost luggage sent from Nice to London
    {
        "business": "courier",
        "platform": "messenger",
        "customer": "Will Thornton",
        "lang": "en",
        "start": "2024-06-04T17:55:00",
        "messages": [
            (
                "c",
                "hi, [[P:Will]] here. my bag got left at a B&B in [[L:Latte]] (the frazione near you). can you collect and send it to [[L:London]]?",
            ),
            ("a", "Hi [[P:Will]]! Sure, which B&B and who do we ask for? I'm [[P:Nico]]"),
            (
                "c",
                "B&B {{B:Villa Gianna}}, [[A:corso Europa 211]], owner is [[P:Gianna Bertolotti]], [[T:0184 22 9150]]. send to [[A:Flat 5, Hazelwood Court, 48 Belsize Road]], [[L:London]] [[A:NW6 4BT]]",
            ),
            (
                "a",
                "Got it. {{$:€64}} with {{B:DHL}} express, 2 days. Payment link: [[U:https://pay.example-checkout.com/frontiera/will-thornton-0604]]",
            ),
            ("c", "paid ✅ thx. email for the tracking: [[E:will.thornton@example.com]]"),
            ("a", "Tracking {{TR:JD014600006281357942}}, leaves tomorrow at {{TM:11}}"),
        ],
    },
    # 17. Courier: Chinese shopkeeper, business shipments, VAT, dialling formats
    {
        "business": "courier",
        "platform": "telegram",
        "customer": "Lin Wei",
        "lang": "it",
        "start": "2024-06-06T09:01:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Lin Wei]] del negozio di [[L:Sanremo]]. ogni settimana 20 colli x [[L:Nizza]], fate prezzo?",
            ),
            (
                "a",
                "Buongiorno [[P:Lin]]! Sì, contratto business. Ragione sociale, partita IVA e indirizzo di ritiro?",
            ),
            (
                "c",
                "Emporio Stella di [[P:Lin Wei]], P.IVA [[V:07425510372]], [[A:via Matteotti 198]], [[A:18038]] [[L:Sanremo]]. mia moglie [[P:Zhang Meiling]] fa le spedizioni, tel [[T:0039 0184 50 31 66]]",
            ),
            ("a", "Grazie. I destinatari a [[L:Nizza]] sono sempre gli stessi?"),
            (
                "c",
                "si, mio cugino [[P:Lin Hao]], [[A:27 boulevard de la Madeleine]], [[A:06000]] [[L:Nice]]. tel. [[T:+33 (0)6 71 20 44 93]]",
            ),
            ("a", "Perfetto, le mando il contratto {{R:FX-B2B-2024-118}}. Ciao, [[P:Nico]]"),
        ],
    },
    # 18. Courier: Spanish customer, parcel stuck, double surname spelled out
    {
        "business": "courier",
        "platform": "instagram",
        "customer": "lucia.gm",
        "lang": "en",
        "start": "2024-06-08T13:27:00",
        "messages": [
            (
                "c",
                "Hello!! my parcel {{TR:FX7730029981IT}} says 'held at Ventimiglia', it's under [[P:Lucía García Moreno]], G-A-R-C-I-A then M-O-R-E-N-O",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! It's here, the address label was torn. What's the full delivery address?",
            ),
            (
                "c",
                "[[A:Calle de Toledo 86, 3º izq.]], [[A:28005]] [[L:Madrid]]. my boyfriend [[P:Javier]] is there all day, [[T:+34 612 34 56 78]]",
            ),
            (
                "a",
                "Thanks, relabelled and sent via {{B:SEUR}}. You can also follow us @[[H:frontiera.express]] for updates 🙂",
            ),
            (
                "c",
                "lol ok. my ig is @[[H:lucia.gm]] and [[P:Javi]]'s @[[H:javi_ruiz_mad]] if there's a problem",
            ),
            ("a", "Perfect. New tracking {{TR:ES77120345008}}. Ciao!"),
        ],
    },
    # 19. Courier: elderly customer sending a parcel to a grandson in Bordighera, neighbour helps
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Vittoria",
        "lang": "it",
        "start": "2024-06-10T10:45:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:Vittoria Orengo]] scrive mia vicina [[P:Neve]] xke io nn so usare il telefono",
            ),
            ("a", "Buongiorno signora [[P:Orengo]] e grazie [[P:Neve]]! Come possiamo aiutarvi?"),
            (
                "c",
                "deve mandare un pacco di vestiti al nipote [[P:Matteo]] che fa il militare a [[L:Udine]], caserma in [[A:via Cividale 370]]. lei sta in [[A:salita Santa Croce 4]], [[L:Ventimiglia Alta]]",
            ),
            ("a", "Passiamo a ritirarlo noi {{D:domani}} mattina. Il cognome del nipote?"),
            (
                "c",
                "[[P:Matteo Orengo Biancheri]], doppio cognome. il mio numero se serve [[T:327/551 84 20]], sono [[P:Neve Gibelli]]",
            ),
            ("a", "Perfetto, a domani! [[P:Nico]]"),
        ],
    },
    # 20. Courier: US customer forwarding from Italy to New Jersey, Amex, IP
    {
        "business": "courier",
        "platform": "messenger",
        "customer": "Grace Mancini",
        "lang": "en",
        "start": "2024-06-12T20:10:00",
        "messages": [
            (
                "c",
                "Hi! [[P:Grace Mancini]] from [[L:New Jersey]]. I ordered olive oil from a farm in [[L:Dolceacqua]] and they ship to you, can you forward to the US?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, food shipments to the US need an FDA prior notice, we handle it. Destination address?",
            ),
            (
                "c",
                "[[A:418 Bloomfield Ave, Apt 4B]], [[L:Montclair]], [[L:NJ]] [[A:07042]]. phone [[T:(973) 555-0147]] or my husband [[P:Mark]] [[T:+1 201 555 0193]]",
            ),
            (
                "a",
                "Thanks. Cost is {{$:€118}} for 6 bottles. Pay by the link or card over the phone",
            ),
            (
                "c",
                "I tried the link and it blocked me, says my IP [[IP:73.193.44.210]] is flagged?? I'll just use Amex [[C:3782 822463 10005]]",
            ),
            (
                "a",
                "Sorry about that! Please don't write card numbers here, our colleague [[P:Rebecca]] will call you tomorrow. Order {{O:FX-US-20931}}",
            ),
        ],
    },
    # 21. Courier: French company invoice, Italian with French words
    {
        "business": "courier",
        "platform": "whatsapp",
        "customer": "Amélie",
        "lang": "it",
        "start": "2024-06-14T07:38:00",
        "messages": [
            (
                "c",
                "bonjour, scusate il mio italiano, sono [[P:Amélie Durand]] di [[L:Roquebrune-Cap-Martin]]. ho bisogno di fattura per spedizione {{TR:FX7730031176IT}}",
            ),
            ("a", "Bonjour [[P:Amélie]]! Nessun problema. Intestazione e partita IVA?"),
            (
                "c",
                "Atelier [[P:Durand]], [[A:4 chemin de la Cabbé]], [[A:06190]] [[L:Roquebrune-Cap-Martin]]. TVA [[V:ESB62345673]]... non, pardon, quella è di mio fratello [[P:Olivier]] che ha la ditta a [[L:Girona]]. la mia: [[V:BE0403019261]], società belga",
            ),
            ("a", "Ok, fattura a nome Atelier [[P:Durand]] con IVA belga. La mando a quale email?"),
            ("c", "[[E:amelie.durand@atelier-durand.example.fr]] merci beaucoup!"),
            ("a", "Fatto! Bonne journée, [[P:Rebecca]]"),
        ],
    },
    # 22. Camp: mother enrols two kids, paediatrician's note, allergies
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Betta",
        "lang": "it",
        "start": "2024-03-11T20:30:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Betta]], mamma di [[P:Nicolò]] (10 anni) e [[P:Bianca]] (8). vorrei iscriverli al turno {{PD:Dolomiti Explorer}} di {{D:luglio}}",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! Ci sono ancora posti nel turno dal {{D:7}} al {{D:14 luglio}}, {{$:640 €}} a bambino, sconto fratelli 10%. Mi dai nome e cognome completi?",
            ),
            (
                "c",
                "io sono [[P:Elisabetta Ferro]], CF [[CF:FRRLBT88H52G888S]]. i bimbi [[P:Nicolò Zanin]] e [[P:Bianca Zanin]], il papà è [[P:Marco Zanin]]",
            ),
            ("c", "abitiamo a [[L:Cordenons]], [[A:via Sclavons 144]], [[A:33084]]"),
            ("a", "Perfetto. Servono il certificato medico e le eventuali allergie"),
            (
                "c",
                "[[P:Bianca]] è allergica alle arachidi, il certificato lo fa la pediatra dott.ssa [[P:Rosa Del Ben]], studio a [[L:Pordenone]] [[T:0434 52 11 87]]",
            ),
            (
                "a",
                "Annotato tutto. Iscrizione {{R:FA-24-0219}}. Per l'acconto: IBAN [[I:IT87C0760102400001023456789]] causale '[[P:Zanin]] luglio'. Ciao, [[P:Marta]] 🏕️",
            ),
            ("c", "grazieee 😍 vi seguo già da {{D:Natale}} col mio @[[H:betta.ferro88]]"),
        ],
    },
    # 23. Camp: English family from Surrey, teenager with a handle
    {
        "business": "camp",
        "platform": "instagram",
        "customer": "sarahjhughes",
        "lang": "en",
        "start": "2024-03-13T07:12:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Sarah Hughes]], my son [[P:Oliver]] (14) would love the climbing week. Do your instructors speak English?",
            ),
            (
                "a",
                "Hi [[P:Sarah]]! Yes, our climbing guide [[P:Kevin Dellantonio]] is bilingual. The {{PD:Rock & Via Ferrata}} week is {{$:€790}}, {{D:21-27 July}}",
            ),
            (
                "c",
                "Perfect. He'd fly alone to {{W:Verona}}, can someone pick him up? Our address is [[A:Larkspur House, 9 Downs View Road]], [[L:Reigate]], [[L:Surrey]] [[A:RH2 0LT]]",
            ),
            (
                "a",
                "Yes, shuttle from the airport at {{TM:14:00}} with our staff. Please fill the form and add an emergency contact",
            ),
            (
                "c",
                "Emergency: my sister [[P:Helen Church]] [[T:+44 1737 228 904]], she'll be in [[L:Bolzano]] that week anyway. [[P:Oliver]]'s insta is @[[H:ollie.climbs]] if your staff want to tag him lol",
            ),
            ("a", "Haha noted! Booking {{R:FA-24-0231}}. Ciao, [[P:Marta]]"),
        ],
    },
    # 24. Camp: father asks about bus pickup points, neighbourhoods in Verona and Trento
    {
        "business": "camp",
        "platform": "telegram",
        "customer": "Paolo Tomasi",
        "lang": "it",
        "start": "2024-03-15T12:55:00",
        "messages": [
            (
                "c",
                "salve, il pullman x il campo fa fermata a [[L:Trento]]? abitiamo a [[L:Gardolo]]",
            ),
            (
                "a",
                "Buongiorno! Sì, fermata a [[L:Trento]] sud e a {{W:Trento Nord}} stazione. Come si chiama il bambino?",
            ),
            (
                "c",
                "[[P:Samuele Tomasi]], 11 anni. io sono il papà [[P:Paolo]]. viene anche il figlio della mia compagna, [[P:Hamza Idrissi]], ma lui sta con la mamma a [[L:Verona]] quartiere [[L:Borgo Roma]]",
            ),
            (
                "a",
                "Per [[P:Hamza]] c'è la fermata di [[L:Verona]] al {{W:Casello Nord}}. Indirizzi per le ricevute?",
            ),
            (
                "c",
                "noi [[A:via Soprasasso 15/C]], [[A:38121]] [[L:Trento]]. la mamma di [[P:Hamza]], [[P:Leila Idrissi]], [[A:via Tombetta 88 piano terra]], [[L:Verona]]. cell [[T:345-908-1230]]",
            ),
            ("a", "Grazie! Iscrizioni {{R:FA-24-0240}} e {{R:FA-24-0241}}. Ciao, [[P:Luca]]"),
        ],
    },
    # 25. Camp: Indian family in Milan, payment by card, paediatrician in English
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Anjali Sharma",
        "lang": "en",
        "start": "2024-03-18T18:03:00",
        "messages": [
            (
                "c",
                "Hi, this is [[P:Anjali Sharma]]. Our daughter [[P:Aarohi]] is 9, is the {{PD:Little Marmots}} camp OK for a first time?",
            ),
            (
                "a",
                "Hi [[P:Anjali]]! Absolutely, it's our gentlest week, based at the chalet in {{W:Pozza di Fassa}}. {{$:€560}} all included",
            ),
            (
                "c",
                "Lovely. We live in [[L:Milan]], [[A:via Paolo Sarpi 12, scala A, 5° piano]], [[A:20154]]. Can I pay by card? [[C:5353-1879-0046-2117]]",
            ),
            (
                "a",
                "Please don't send card numbers in chat! I'll send a secure link to your email instead",
            ),
            (
                "c",
                "sorry 🙈 [[E:anjali.sharma(at)example(dot)in]]. also her doctor is Dr [[P:Vikram Rao]] at the clinic in [[L:Sesto San Giovanni]], [[T:02 2247 9915]]",
            ),
            ("a", "Thanks, link sent. Booking {{R:FA-24-0255}}. Ciao, [[P:Marta]]"),
        ],
    },
    # 26. Camp: grandmother from Canazei frazione, dialect, lost jacket
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Nonna Tita",
        "lang": "it",
        "start": "2024-08-02T09:25:00",
        "messages": [
            (
                "c",
                "bondì, son la nona de [[P:Filippo]] e [[P:Jacopo]] [[P:Rizzi]], i è stà al campo la setimana pasada e i ga desmentegà la giaca {{B:Salewa}} rossa",
            ),
            (
                "a",
                "Buongiorno signora! Sì, abbiamo una giacca rossa {{B:Salewa}} taglia 12 anni. La spediamo o passate a prenderla?",
            ),
            (
                "c",
                "passo mi, stago a [[L:Alba di Canazei]], [[A:strada de Contrin 18]]. me ciamo [[P:Battistina Rizzi]] ma tuti me dis [[P:Tita]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Tita]]! La lasciamo nel nostro ufficio in paese, aperto dalle {{TM:9}} alle {{TM:12}}",
            ),
            ("c", "va ben grazie. se no vien me genero [[P:Roberto]], [[T:0462 60 14 33]]"),
        ],
    },
    # 27. Camp: volunteer instructor application, CV link, LinkedIn
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Fede Mancini",
        "lang": "it",
        "start": "2024-02-20T15:15:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Federico Mancini]] ([[P:Fede]]), laureando in scienze motorie a [[L:Padova]], cercate animatori x l'estate?",
            ),
            ("a", "Ciao [[P:Fede]]! Sì, cerchiamo 4 animatori. Mandaci CV e disponibilità"),
            (
                "c",
                "il cv è qui [[U:https://www.linkedin.com/in/federico-mancini-sm95]] e il mio sito [[U:fedemancini.example.net]]. disponibile da {{D:1 luglio}} a {{D:31 agosto}}",
            ),
            ("a", "Grazie! Per il contratto occasionale ci servono codice fiscale e residenza"),
            (
                "c",
                "CF [[CF:MNCFRC95E08E506H]] (sono nato a [[L:Lecce]] ma vivo a [[L:Padova]]), [[A:via Belzoni 60 int. 11]], [[A:35121]]. il telefono [[T:+39 340 118 2296]]",
            ),
            (
                "a",
                "Perfetto. Colloquio su Meet {{D:mercoledì}} alle {{TM:18:00}} con [[P:Luca]], il coordinatore. A presto!",
            ),
        ],
    },
    # 28. Camp: Polish family, address in Wrocław, refund to Polish IBAN
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Agnieszka",
        "lang": "en",
        "start": "2024-06-25T11:48:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Agnieszka Nowak]] here. My son [[P:Kuba]] broke his arm (not at camp, on a bike 🙄) so he can't come on {{D:7 July}}. Refund possible?",
            ),
            (
                "a",
                "Oh no, poor [[P:Kuba]]! With a medical certificate we refund 80%. Please send it and an IBAN",
            ),
            (
                "c",
                "Certificate from Dr [[P:Tomasz Wiśniewski]], I'll send a photo. IBAN is my husband's [[I:GB11BARC20325341782294]], [[P:Piotr Nowak]], he works in [[L:Manchester]]",
            ),
            ("a", "Thanks. For the invoice, your home address please?"),
            ("c", "[[A:ul. Kazimierza Wielkiego 27/4]]"),
            ("c", "[[A:50-077]] [[L:Wrocław]], [[L:Poland]]"),
            (
                "a",
                "Got it, refund {{$:€512}} within 10 days. Get well soon [[P:Kuba]]! [[P:Marta]]",
            ),
        ],
    },
    # 29. Kitchen: couple in a farmhouse, measurements, address with località
    {
        "business": "kitchen",
        "platform": "whatsapp",
        "customer": "Rosa Bello",
        "lang": "it",
        "start": "2024-02-05T08:33:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Bello]], vorremmo rifare la cucina, abbiamo visto il modello {{PD:Giulietta}} in showroom",
            ),
            (
                "a",
                "Buongiorno signora [[P:Bello]]! La {{PD:Giulietta}} in rovere è bellissima. Per il rilievo misure serve l'indirizzo",
            ),
            (
                "c",
                "siamo in campagna, [[A:località Case Sparse 14]], [[L:Vivaro]], [[A:33099]]. dopo la chiesa a destra, c'è un cartello {{B:Latteria Sociale}}",
            ),
            (
                "a",
                "Ok! Il geometra [[P:Walter Zanetti]] può passare {{D:venerdì 9}} alle {{TM:15:00}}",
            ),
            (
                "c",
                "va bene ci sarà mio marito [[P:Leone]] (si chiama proprio così 😂). il suo cell [[T:348 70 22 516]]",
            ),
            (
                "c",
                "ah, e prima di {{W:Pasqua}} ci serve finita, a {{D:Pasquetta}} abbiamo 20 persone 🙏",
            ),
            (
                "a",
                "Ahah bellissimo nome! Confermato, preventivo {{R:CN-2024-031}}. [[P:Giorgia]] - {{B:Cucine Noncello}}",
            ),
        ],
    },
    # 30. Kitchen: Austrian holiday-home owner in Piancavallo, VAT, EU invoice
    {
        "business": "kitchen",
        "platform": "messenger",
        "customer": "Stefan Huber",
        "lang": "en",
        "start": "2024-02-07T14:02:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Stefan Huber]] from [[L:Villach]]. We own a chalet in [[L:Piancavallo]] and need a small kitchen, 2.4 m, dishwasher {{B:Bosch}}",
            ),
            (
                "a",
                "Hi [[P:Stefan]]! The {{PD:Compact Alpina}} line would fit. Invoice to you privately or to a company?",
            ),
            (
                "c",
                "To my company please: [[P:Huber]] Bau GmbH, [[A:Ossiacher Zeile 44]], [[A:9500]] [[L:Villach]], UID [[V:ATU12345675]]",
            ),
            ("a", "Perfect. Chalet address for installation?"),
            (
                "c",
                "[[A:via Collalto 9, condominio Le Genziane, scala 2, interno 6]], [[L:Piancavallo]]. The caretaker [[P:Ornella]] has keys, [[T:0434.655.207]]",
            ),
            ("a", "Great. Order {{O:CN-2024-0188}}, deposit {{$:€1,450}}. Thanks! [[P:Giorgia]]"),
        ],
    },
    # 31. Kitchen: complaint, wrong worktop, handles and an email with a name
    {
        "business": "kitchen",
        "platform": "telegram",
        "customer": "Ale D.",
        "lang": "it",
        "start": "2024-02-12T19:44:00",
        "messages": [
            (
                "c",
                "buonasera, il piano in quarzo è arrivato bianco invece di grigio {{PD:Cemento}}!! ordine {{O:CN-2024-0142}}",
            ),
            ("a", "Buonasera, ci scusiamo. Chi parla?"),
            (
                "c",
                "[[P:Alessandra De Marchi]], [[A:via Udine 51]], [[L:Sacile]]. il montatore era [[P:Dario]] e ha detto che nn è colpa sua",
            ),
            (
                "a",
                "Signora [[P:De Marchi]], verifichiamo con il fornitore {{B:Caesarstone}} e la richiamiamo domani. Numero?",
            ),
            (
                "c",
                "[[T:0434/71.05.92]] dopo le {{TM:18}}. oppure scrivete a mio fratello che segue i lavori, [[E:marco.demarchi@example.it]]",
            ),
            ("a", "Perfetto. Apriamo la segnalazione {{R:RC-0057}}. [[P:Giorgia]]"),
            (
                "c",
                "ok grazie. il montaggio deve finire prima di {{W:Ferragosto}}, il {{D:10 agosto}} partiamo x il mare. ps recensione su ig a @[[H:ale.demarchi.home]] se risolvete 😉",
            ),
        ],
    },
    # 32. Kitchen: Romanian builder as subcontractor, IBAN, VAT, CF
    {
        "business": "kitchen",
        "platform": "whatsapp",
        "customer": "Vasile",
        "lang": "it",
        "start": "2024-02-15T06:58:00",
        "messages": [
            (
                "c",
                "buongiorno capo, sono [[P:Vasile Munteanu]], elettricista. x il lavoro a [[L:Fontanafredda]] mi pagate su questo iban [[I:IT25F0832736980000000023619]]",
            ),
            ("a", "Ciao [[P:Vasile]], ok. La fattura con la tua partita IVA?"),
            (
                "c",
                "p.iva [[V:15836200376]], ditta individuale. sede [[A:via Pontebbana 120/A]], [[L:Fiume Veneto]]",
            ),
            (
                "a",
                "Grazie. Il cantiere è da [[P:Zanetti]], [[A:borgo Sant'Antonio 3]], [[L:Fontanafredda]], frazione [[L:Nave]]",
            ),
            (
                "c",
                "si lo so, ci sono stato ieri con mio cugino [[P:Ionuț]]. la signora [[P:Zanetti]] vuole le prese anche sull'isola",
            ),
            ("a", "Va bene, aggiungi. Ciao, [[P:Walter]]"),
        ],
    },
    # 33. Kitchen: English expat in Aviano base area, US phone, ZIP code
    {
        "business": "kitchen",
        "platform": "messenger",
        "customer": "Tyler Brooks",
        "lang": "en",
        "start": "2024-02-19T17:20:00",
        "messages": [
            (
                "c",
                "Hey, [[P:Tyler Brooks]] here, I'm stationed near [[L:Aviano]]. Renting a house in [[L:San Quirino]] and the landlord lets me redo the kitchen",
            ),
            ("a", "Hi [[P:Tyler]]! Sure. Is the landlord OK with it in writing? I'm [[P:Giorgia]]"),
            (
                "c",
                "yeah, landlord is [[P:Bruno Del Zotto]], he'll email you from [[E:bruno.delzotto at libero dot it]]. house is [[A:via Roma 77]], [[L:San Quirino]]",
            ),
            ("a", "Great. Your phone?"),
            (
                "c",
                "[[T:+1 (512) 555-0182]] US cell, italian one [[T:366 214 9087]]. invoice to my US address pls, [[A:2207 Willow Creek Dr]], [[L:Austin]], [[L:TX]] [[A:78745]]",
            ),
            (
                "a",
                "Done, quote {{R:CN-2024-047}} for the {{PD:Nordica}} kitchen, {{$:€6,900}}. Thanks [[P:Tyler]]",
            ),
        ],
    },
    # 34. Kitchen: appointment with a woman named Speranza; neighbour relays
    {
        "business": "kitchen",
        "platform": "instagram",
        "customer": "speranza_casa",
        "lang": "it",
        "start": "2024-02-22T10:10:00",
        "messages": [
            (
                "c",
                "ciao vi scrivo x mia mamma [[P:Speranza Candotti]] che vuole una cucina nuova, abita a [[L:Maniago]]",
            ),
            ("a", "Ciao! Con piacere. Tu sei?"),
            (
                "c",
                "[[P:Chiara]], la figlia 😊 io sto a [[L:Trieste]] quindi coordino da qui. la casa è [[A:via Colvera 5, piano primo]], [[A:33085]] [[L:Maniago]]",
            ),
            ("a", "Perfetto [[P:Chiara]]. Possiamo andare {{D:sabato}} mattina?"),
            (
                "c",
                "si! se mamma nn risponde al campanello chiedete alla vicina [[P:Ida Bianchi]] al piano terra. il mio cell [[T:+39 328 117 6043]], mamma ha il fisso [[T:0427 71 384]]. le foto della cucina vecchia sono sul mio [[U:linktr.ee/chiara.candotti.foto]]",
            ),
            ("a", "Ok segnato, [[P:Walter]] passa {{D:sabato 24}} alle {{TM:10}}. Ciao!"),
        ],
    },
    # 35. Kitchen: Dutch buyer of a flat in Pordenone, Dutch IBAN and VAT
    {
        "business": "kitchen",
        "platform": "whatsapp",
        "customer": "Joost",
        "lang": "en",
        "start": "2024-02-26T13:36:00",
        "messages": [
            (
                "c",
                "Goedemiddag! I'm [[P:Joost van der Berg]], just bought a flat in [[L:Pordenone]] near the {{W:Duomo}} and the {{W:Teatro Verdi}}. need a full kitchen before {{W:Easter}}",
            ),
            ("a", "Hello [[P:Joost]]! We can manage that. Flat address?"),
            (
                "c",
                "[[A:corso Vittorio Emanuele II 38, terzo piano]], [[L:Pordenone]]. Home in NL: [[A:Prinsengracht 412-III]], [[A:1016 JC]] [[L:Amsterdam]]",
            ),
            ("a", "Thanks. Private or business invoice?"),
            (
                "c",
                "Business, my consultancy: VAT [[V:NL862637223B01]], IBAN [[I:NL91ABNA0417164300]]. Contact my assistant [[P:Femke]] at [[E:femke@vdberg-consult.example.nl]]",
            ),
            ("a", "Perfect. Order {{O:CN-2024-0211}}, we'll send the drawings. [[P:Giorgia]]"),
        ],
    },
    # 36. Kennel: couple flying to Mallorca, dog booking, vet details
    {
        "business": "kennel",
        "platform": "whatsapp",
        "customer": "Fra",
        "lang": "it",
        "start": "2024-07-01T07:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Francesca]], partiamo da {{W:Orio}} il {{D:3 agosto}} x [[L:Palma]] e torniamo il {{D:17}}. avete posto x {{W:Birba}}?",
            ),
            ("a", "Ciao [[P:Francesca]]! Sì, box medio disponibile. Che cane è {{W:Birba}}?"),
            (
                "c",
                "meticcia 12 kg, vaccinata. il libretto lo firma il veterinario dott. [[P:Ivan Carrara]] di [[L:Seriate]], [[T:035 29 44 17]]",
            ),
            ("a", "Perfetto. Nome e cognome per la scheda e indirizzo?"),
            (
                "c",
                "[[P:Francesca Cortinovis]], [[A:via San Bernardino 130/F]], [[A:24126]] [[L:Bergamo]] ([[L:Colognola]]). il mio compagno [[P:Ale]] porta il cane, [[T:+39 392 507 1180]]. su ig {{W:Birba}} ha pure il suo profilo @[[H:birba_e_fra]] 😂",
            ),
            ("a", "Prenotazione {{R:OB-2024-0803}}, {{$:22 € al giorno}}. Ciao, [[P:Sabrina]] 🐾"),
        ],
    },
    # 37. Kennel: English family relocating, dog stays 3 weeks, URL for webcam
    {
        "business": "kennel",
        "platform": "messenger",
        "customer": "Hope Fox",
        "lang": "en",
        "start": "2024-07-02T21:14:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hope Fox]], we're moving from [[L:Brescia]] to [[L:Leeds]] and our lab {{W:Biscuit}} needs somewhere for 3 weeks while the pet passport is sorted",
            ),
            (
                "a",
                "Hi [[P:Hope]]! We'd love to have {{W:Biscuit}}. We also have a webcam so you can check on him",
            ),
            (
                "c",
                "amazing 😭 our new address will be [[A:The Old Rectory, 2 Chapel Street]], [[L:Horsforth]], [[L:Leeds]] [[A:LS18 5DX]]. My husband [[P:Daniel Fox]] [[T:07700 900 277]]",
            ),
            ("a", "Thanks! Webcam login link will come by email. Which address?"),
            (
                "c",
                "[[E:hopefox.leeds@example.com]] - and my blog where I'll post about him lol [[U:https://hopefoxwrites.example.blog]]",
            ),
            ("a", "Ha, we'll follow! Booking {{R:OB-2024-0811}}. [[P:Sabrina]]"),
            (
                "c",
                "oh and the pet relocation guy is [[P:Sanjay Patel]] from [[L:Milan]], he may call you [[T:+39 02 8745 3301]]",
            ),
        ],
    },
    # 38. Kennel: grumpy owner, dog came back with ticks, dialect of Bergamo
    {
        "business": "kennel",
        "platform": "telegram",
        "customer": "Giuse Rota",
        "lang": "it",
        "start": "2024-07-05T12:49:00",
        "messages": [
            (
                "c",
                "oe, so ol [[P:Giuseppe Rota]] de [[L:Grassobbio]], ol me ca l'è tornat a cà con do zecche!!",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Rota]], ci dispiace molto. Ci dà il nome del cane e la prenotazione?",
            ),
            (
                "c",
                "{{W:Tobia}}, prenotazione {{R:OB-2024-0766}}. l'ha portat a cà me fiöl [[P:Mattia]]",
            ),
            ("a", "Le rimborsiamo l'antiparassitario. Ci manda lo scontrino e un IBAN?"),
            (
                "c",
                "[[I:IT25N0306902477100000012345]] intestat a me. sto in [[A:via Matteotti 24]], [[L:Grassobbio]], vicino al {{B:Bar Sport}}",
            ),
            ("a", "Grazie, [[P:Sabrina]] le fa il bonifico {{D:lunedì}}"),
        ],
    },
    # 39. Kennel: cabin crew member, irregular shifts, IP and Instagram
    {
        "business": "kennel",
        "platform": "instagram",
        "customer": "valentina.flies",
        "lang": "it",
        "start": "2024-07-08T05:40:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Vale]], assistente di volo a {{W:Orio}}, mi serve pensione x {{W:Zeus}} in modo flessibile (turni pazzi ✈️)",
            ),
            ("a", "Ciao [[P:Vale]]! Facciamo abbonamento a giornate. Ti registri sul portale?"),
            (
                "c",
                "provato ma dice 'accesso bloccato' dal mio ip [[IP:151.38.212.96]], forse xke ero in hotel a [[L:Bucarest]]",
            ),
            ("a", "Ti sblocchiamo noi. Nome completo per l'account?"),
            (
                "c",
                "[[P:Valentina Leone]], mail [[E:vale.leone.crew@example.it]], ig @[[H:valentina.flies]]. abito a [[L:Azzano San Paolo]], [[A:via Cremasca 61, scala D]]",
            ),
            ("a", "Fatto, account attivo. Saluti a {{W:Zeus}}! [[P:Sabrina]]"),
        ],
    },
    # 40. Kennel: Spanish-Italian family, cat and dog, payment
    {
        "business": "kennel",
        "platform": "whatsapp",
        "customer": "Carmen",
        "lang": "en",
        "start": "2024-07-10T16:16:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Carmen Ruiz Ortega]], my Italian husband [[P:Stefano Bonacina]] booked for our two dogs last year. Do you also take a cat?",
            ),
            ("a", "Hello [[P:Carmen]]! Yes, we have a separate cattery. Dates?"),
            (
                "c",
                "{{D:10}} to {{D:24 August}}, we go to my parents in [[L:Sevilla]], barrio [[L:Triana]], [[A:calle Pureza 54, 2º B]]",
            ),
            ("a", "Lovely. Your address here for the contract?"),
            (
                "c",
                "[[A:via Locatelli 7]], [[L:Orio al Serio]], [[A:24050]]. pago con tarjeta, [[C:4929 3847 5610 2933]]",
            ),
            (
                "a",
                "Please don't send the card here, we'll take it at drop-off. Booking {{R:OB-2024-0844}}. Ciao, [[P:Sabrina]]",
            ),
            (
                "c",
                "ay perdona, [[P:Stefano]] dice que la tarjeta no se manda por chat 🙈 vale, pago allí",
                "es",
            ),
        ],
    },
    # 41. Kennel: puppy training course, Ukrainian owner, sister's contact
    {
        "business": "kennel",
        "platform": "telegram",
        "customer": "Olena",
        "lang": "it",
        "start": "2024-07-12T09:09:00",
        "messages": [
            (
                "c",
                "buongiorno, mi chiamo [[P:Olena Bondarenko]], ho un cucciolo di pastore e vorrei il corso di educazione",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Il corso {{PD:Cuccioli Felici}} inizia {{D:sabato 20 luglio}}, 6 lezioni, {{$:180 €}}",
            ),
            (
                "c",
                "perfetto. io lavoro, lo porta mia sorella [[P:Kateryna]], tel [[T:+380 50 765 4321]] o italiano [[T:331 809 2265]]",
            ),
            ("a", "Va bene. Indirizzo per la fattura?"),
            (
                "c",
                "[[A:viale Papa Giovanni XXIII 87, int. 4]], [[L:Bergamo]]. cf dice mia figlia [[P:Sofiia]] che serve, ma nn ce l'ho qui, lo mando dopo",
            ),
            ("a", "Nessun problema. A sabato! [[P:Enrico]], l'educatore"),
        ],
    },
    # 42. Kennel: English business traveller, VAT for company, postcode in Scotland
    {
        "business": "kennel",
        "platform": "messenger",
        "customer": "Duncan Mark",
        "lang": "en",
        "start": "2024-07-15T10:22:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Duncan Mark]] (yes, [[P:Mark]] is my surname). I fly in and out of {{W:Bergamo}} every month for work, could you board my collie {{W:Skye}}?",
            ),
            ("a", "Hi [[P:Duncan]]! Of course. Company or private invoice?"),
            (
                "c",
                "Company - the Italian branch, P.IVA [[V:09674130373]]. Contact accounts [[P:Giulia Bonetti]], [[E:g.bonetti@northlochs-it.example]]",
            ),
            ("a", "Thanks. Your home address for the vet papers?"),
            (
                "c",
                "[[A:Ardmore, 6 Loch Road]], [[L:Dunkeld]], [[L:Perthshire]] [[A:PH8 0AN]]. in Italy I stay at [[A:via Bergamo 22]], [[L:Stezzano]]",
            ),
            (
                "a",
                "Perfect, {{W:Skye}} is booked from {{D:5 August}}, {{R:OB-2024-0850}}. [[P:Sabrina]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(35, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
