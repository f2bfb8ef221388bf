# ruff: noqa: E501
"""Hand-written blind test corpus no. 34 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten34_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a pizzeria with delivery in Caserta, a B&B in
Alghero, a gardening and landscaping firm in Monza, a children's speech therapist in Ancona, a
drone and electronics repair shop in La Spezia, and a visa and residence-permit consultancy in
Milan for non-EU workers.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten34_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten34_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "pizza": "Pizzeria 'O Vesuviello Caserta",
    "bnb": "B&B Su Nuraghe Alghero",
    "garden": "Verdebrianza Giardini e Paesaggi",
    "speech": "Piccole Parole Studio di Logopedia",
    "drone": "DroneFix La Spezia",
    "visa": "PermessoChiaro Consulenza Immigrazione",
}
PAGE_IDS: dict[str, str] = {
    "pizza": "634120000000104",
    "bnb": "634120000000215",
    "garden": "634120000000326",
    "speech": "634120000000437",
    "drone": "634120000000548",
    "visa": "634120000000659",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Pizza: Friday delivery to Casagiove, wife's number, kid without nduja
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Giuse Esposito",
        "lang": "it",
        "start": "2025-05-09T18:42:00",
        "messages": [
            (
                "c",
                "buonasera vorrei ordinare x stasera 2 {{PD:Margherita}} e una {{PD:Diavola}}, a nome [[P:Giuseppe Esposito]], consegna in [[A:via Roma 118]] a [[L:Casagiove]], citofono [[P:Esposito-Iannotta]]",
            ),
            (
                "a",
                "Ciao [[P:Giuseppe]]! a [[L:Casagiove]] consegniamo fino alle {{TM:22:30}}, totale {{$:€19,50}}. Ci lasci un numero x il rider?",
            ),
            (
                "c",
                "[[T:339 412 8765]] oppure quello di mia moglie [[P:Titti]] [[T:+39 347.220.1934]]",
            ),
            ("c", "ah e la diavola senza nduja x favore che [[P:Ciro]] il piccolo nn la mangia 😅"),
            (
                "a",
                "segnato 👍 arriva [[P:Gennaro]] col motorino verso le {{TM:21}}. [[P:Nunzia]] - {{B:'O Vesuviello}}",
            ),
            ("c", "grazie [[P:nunzia]] sei sempre gentilissima, salutami a [[P:Gennarino]]"),
        ],
    },
    # 2. Pizza: Instagram, gluten-free Sofia Loren pizza, flatmate tagged, PayPal link
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "fede.rossetti",
        "lang": "it",
        "start": "2025-06-11T16:05:00",
        "messages": [
            (
                "c",
                "ciao! ho visto la vostra storia della {{PD:pizza Sofia Loren}} 😍 la fate anche senza glutine? sono [[P:Federica]] ma tutti mi chiamano [[P:Fede]]",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! si la facciamo con impasto {{B:Schär}}, costa {{$:9 euro}}. Vuoi ordinare?",
            ),
            (
                "c",
                "si x sabato {{D:14 giugno}} alle {{TM:20:15}}, siamo in [[A:via San Carlo 41 scala B int. 6]], [[A:81100]] [[L:Caserta]], citofono [[P:Rossetti]]",
            ),
            (
                "c",
                "taggo anche la mia coinquilina @[[H:bianca.dellaporta_]] che paga lei 😂 manda pure la richiesta su [[U:https://paypal.me/biancadellaporta]]",
            ),
            ("a", "ahah ciao [[P:Bianca]]! vi scriviamo su whatsapp, mi lasciate un numero?"),
            ("c", "[[T:0823 354 219]] è il fisso di casa, oppure il mio [[T:3209981276]]"),
            ("a", "perfetto, a sabato! [[P:Salvatore]] 🍕"),
        ],
    },
    # 3. Pizza: American family near the base, neighbour takes the order
    {
        "business": "pizza",
        "platform": "messenger",
        "customer": "Mark Baker",
        "lang": "en",
        "start": "2025-03-22T17:30:00",
        "messages": [
            (
                "c",
                "Hi, do you deliver to [[L:Gricignano]]? My name is [[P:Mark Baker]], we're in the housing area, [[A:Via Gramsci 7 Apt 4B]]",
            ),
            (
                "a",
                "Hi [[P:Mark]]! Yes we deliver to [[L:Gricignano]] on weekends, minimum order {{$:€25}}. What would you like?",
            ),
            (
                "c",
                "3 {{PD:Capricciosa}}, 1 {{PD:Quattro Formaggi}} and a {{PD:tiramisù}}. Can I pay by card on delivery? Phone is [[T:+1 (910) 555-0143]] but my italian one is [[T:351 667 0982]]",
            ),
            ("a", "Card ok, the rider brings the POS. Total {{$:€41.00}}, ETA {{TM:8:40 pm}}"),
            (
                "c",
                "great. if I'm not home my neighbor [[P:Grace Church]] will take it, she's right across at [[A:Apt 4C]]. her cell is [[T:(252) 555-0187]]",
            ),
            ("a", "Noted! Thanks [[P:Mark]], [[P:Tommaso]] from {{B:'O Vesuviello}}"),
        ],
    },
    # 4. Pizza: dental practice dinner, invoice with partita IVA, colleague in copy
    {
        "business": "pizza",
        "platform": "telegram",
        "customer": "Rosa Leone",
        "lang": "it",
        "start": "2025-02-04T10:12:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Rosa Leone]], x la cena di venerdì dello {{B:Studio Dentistico Leone & Mancini}} ci serve fattura: P.IVA [[V:03812560617]], sede in [[A:corso Trieste 200]], [[L:Caserta]]",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Leone]], nessun problema. Ordine {{O:#CE-2291}}: 12 pizze + fritti, {{$:€186}}. Mail x la fattura?",
            ),
            (
                "c",
                "mail: [[E:amministrazione.leonemancini@studiodent-example.it]] e in copia la collega [[P:Serena Mancini]] [[E:serena.mancini@studiodent-example.it]]",
            ),
            ("a", "perfetto. A che ora passate a ritirare?"),
            (
                "c",
                "{{TM:20:30}}, ritira mio marito [[P:Pasquale]], se nn risponde chiamate lo studio [[T:0823/441092]]",
            ),
            ("a", "Ok! [[P:Chiara]] - amministrazione {{B:'O Vesuviello}}"),
        ],
    },
    # 5. Pizza: Romanian builders on a site, lunch delivery
    {
        "business": "pizza",
        "platform": "whatsapp",
        "customer": "Ionut P.",
        "lang": "it",
        "start": "2025-04-15T10:48:00",
        "messages": [
            (
                "c",
                "buna ziua, scusate italiano nn bene. sono [[P:Ionuț Popescu]], vorrei 4 pizze x cantiere a [[L:San Nicola la Strada]]",
            ),
            ("a", "Ciao [[P:Ionut]]! nessun problema. Dove esattamente?"),
            (
                "c",
                "[[A:traversa Appia 3]], cantiere ditta {{B:Edil Volturno}}, chiedi di [[P:Vasile]] o [[P:Marius]]. numero [[T:328-559-0871]]",
            ),
            (
                "a",
                "4 {{PD:Margherita}} + 2 {{B:Coca-Cola}}, totale {{$:€26}}, alle {{TM:12:30}} al cantiere. [[P:Gennaro]] vi chiama prima",
            ),
            ("c", "ok perfect. paga [[P:Marius Dumitrescu]] contanti, lui e capo squadra", "it"),
        ],
    },
    # 6. Pizza: Erasmus flat, several surnames on the bell, code-switching
    {
        "business": "pizza",
        "platform": "instagram",
        "customer": "victoria_fox",
        "lang": "en",
        "start": "2025-10-17T19:02:00",
        "messages": [
            (
                "c",
                "hiii do u do gluten free? im [[P:Victoria Fox]] from the {{W:Erasmus}} group, we're 8 ppl",
            ),
            ("a", "Hi [[P:Victoria]]! yes gluten free base is +{{$:€2}}. Delivery or dine in?"),
            (
                "c",
                "delivery to our flat pls, [[A:via Vico 15]], 3rd floor, names on the bell [[P:Fox]]/[[P:Okafor]]/[[P:Sharma]]",
            ),
            ("c", "ci vediamo alle 9? scusa il mio italiano lol", "it"),
            ("a", "Alle {{TM:21}} perfetto 😄 A phone number for the rider?"),
            (
                "c",
                "[[T:+44 7911 123456]] or my flatmate [[P:Chidi]]'s [[T:+39 392 770 4411]]. follow us @[[H:vicfox.abroad]] we'll tag u",
            ),
            ("a", "👍 see you, [[P:Salvatore]]"),
        ],
    },
    # 7. Pizza: First Communion party, card number pasted by mistake, bank transfer
    {
        "business": "pizza",
        "platform": "messenger",
        "customer": "Speranza Ferro",
        "lang": "it",
        "start": "2025-04-28T09:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Speranza Ferro]], x la comunione di mia figlia [[P:Neve]] il {{D:25 maggio}} volevo bloccare la saletta, 30 persone",
            ),
            (
                "a",
                "Buongiorno signora [[P:Ferro]]! serve un acconto di {{$:100€}}. Bonifico o carta?",
            ),
            (
                "c",
                "carta, [[C:4532 0151 1283 0416]] scad 09/27, intestata a mio marito [[P:Antonio Bello]]",
            ),
            (
                "a",
                "Signora x sicurezza non mandi il numero della carta in chat! La cancelli. Meglio bonifico: [[I:IT36 B030 6914 9001 0000 0047 211]], causale {{R:COM-2505}}",
            ),
            (
                "c",
                "scusate nn lo sapevo 🙈 ok faccio bonifico. codice fiscale x la ricevuta [[CF:FRRSRN86P48B963H]]",
            ),
            ("a", "Ricevuto, grazie! La torta la portate voi? Ciao, [[P:Tommaso]]"),
            (
                "c",
                "si la fa la pasticceria {{B:Dolce Reggia}}, la porta mia cognata [[P:Immacolata]] detta [[P:Titina]], lei abita a [[L:Recale]] e arriva prima",
            ),
        ],
    },
    # 8. B&B: English couple, early check-in, bike
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Hope Williams",
        "lang": "en",
        "start": "2025-05-27T07:40:00",
        "messages": [
            (
                "c",
                "Hello! This is [[P:Hope Williams]], we booked 3 nights from {{D:June 3rd}}, booking ref {{R:BK-77120}}. Could we get an early check-in? Our flight lands {{TM:9:05}} at {{W:Fertilia}} airport",
            ),
            (
                "a",
                "Hi [[P:Hope]]! The room will be ready by {{TM:11}}, you can leave bags anytime. I'm [[P:Maria Grazia]], my son [[P:Gavino]] will welcome you",
            ),
            (
                "c",
                "Lovely. My husband [[P:Will]] is bringing his bike, is there a place to lock it?",
            ),
            (
                "a",
                "Yes in the courtyard. Address for the taxi: [[A:via Garibaldi 54]], [[A:07041]] [[L:Alghero]], green door near the {{W:Bastioni}}",
            ),
            (
                "c",
                "Great, I'll save your number. Ours is UK: [[T:07700 900 461]]. We're coming from [[L:Bristol]] so expect two very pale people 😂",
            ),
            ("a", "Perfect, see you soon! [[P:Maria Grazia]] 🌊"),
        ],
    },
    # 9. B&B: couple from Sassari with a dog, alloggiati registration
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Betta Sanna",
        "lang": "it",
        "start": "2025-07-02T21:10:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Betta]]... cioè [[P:Elisabetta Sanna]], vi scrivo x la camera del {{D:12 agosto}} (si sotto {{W:Ferragosto}} lo so 😅), siamo io, il mio compagno [[P:Salvatore]] e il cane",
            ),
            (
                "a",
                "Ciao [[P:Elisabetta]]! cani piccoli ok, {{$:15€}} a notte extra. Da dove venite?",
            ),
            (
                "c",
                "da [[L:Sassari]], quartiere [[L:Latte Dolce]] 😄 mi mandate il contratto a [[E:betta.sanna88@example.it]]?",
            ),
            ("a", "fatto. Mi serve anche il codice fiscale x la registrazione alloggiati"),
            ("c", "[[CF:SNNLBT88L52I452N]]"),
            (
                "a",
                "grazie! ti confermo: {{R:SN-0812}}, caparra {{$:80€}} su [[I:IT88O0200874790000104883217]]",
            ),
            ("c", "fatto! ah se serve il numero di [[P:Salvo]] è [[T:3405512987]]"),
            ("a", "ok ciao! [[P:Gavino]]"),
        ],
    },
    # 10. B&B: Nigerian sisters, visa invitation letter, obfuscated e-mail
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "gracie_in_europe",
        "lang": "en",
        "start": "2025-06-30T13:25:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Grace Adebayo]], travelling with my sister [[P:Ngozi]] from [[L:Lagos]] via [[L:London]]. Do you have a room for {{D:September 20-24}}?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, the {{PD:Camera Corallo}} with sea view, {{$:€95}}/night. Do you need a visa invitation letter?",
            ),
            (
                "c",
                "Yes please, addressed to both of us. Passport names: [[P:Grace Oluwaseun Adebayo]] and [[P:Ngozi Chiamaka Adebayo]]",
            ),
            ("a", "Sure. Which email should I use?"),
            (
                "c",
                "[[E:grace dot adebayo at example dot com]], and you can follow me @[[H:gracie_in_europe]] lol. my travel blog is [[U:https://graceadebayo-travels.example.com]]",
            ),
            ("a", "Done ✅ and followed back 😊 [[P:Gavino]]"),
        ],
    },
    # 11. B&B: business traveller from Monza, invoice to company, transfer from the airport
    {
        "business": "bnb",
        "platform": "telegram",
        "customer": "Marco Angeli",
        "lang": "it",
        "start": "2025-03-10T08:55:00",
        "messages": [
            (
                "c",
                "buongiorno, [[P:Marco Angeli]], ho prenotato tramite {{B:Booking}} n. {{R:4021-887-316}}, mi serve fattura intestata all'azienda",
            ),
            ("a", "Buongiorno [[P:Marco]], mi dia pure i dati"),
            (
                "c",
                "{{B:Angeli Impianti srl}}, [[A:via Lecco 77]], [[A:20900]] [[L:Monza]], P.IVA [[V:06173400463]], il mio CF [[CF:NGLMRC78T03F704Z]]",
            ),
            ("a", "Ricevuto. Arriva in auto o le prenotiamo il transfer da {{W:Fertilia}}?"),
            (
                "c",
                "transfer grazie, volo {{R:FR4462}} alle {{TM:18:40}}, sono con la collega [[P:Bianca Ferro]]",
            ),
            ("a", "Ok, vi aspetta [[P:Tore]] all'uscita con il cartello '[[P:Angeli]]'"),
            ("c", "perfetto grazie mille"),
        ],
    },
    # 12. B&B: Spanish guest, parking, transfer from a Spanish account, grandma from Bosa
    {
        "business": "bnb",
        "platform": "whatsapp",
        "customer": "Andrea F.L.",
        "lang": "en",
        "start": "2025-06-19T11:30:00",
        "messages": [
            (
                "c",
                "Hola! sorry, I write in english. I'm [[P:Andrea Fernández López]] from [[L:Valencia]], we stay {{D:10-13 July}}. Is parking included?",
            ),
            ("a", "Hi [[P:Andrea]]! Free parking in [[A:via Sassari 12]], 50m from us"),
            (
                "c",
                "Perfect. I pay the rest by bank transfer from my spanish account [[I:ES91 2100 0418 4502 0005 1332]], ok? and invoice to my company please, VAT [[V:ESB63841274]]",
            ),
            ("a", "Sure, ours is [[I:IT75 Z050 3411 7000 0000 0318 842]]. Grazie mille!"),
            (
                "c",
                "Gracias! mia nonna [[P:Giovanna Piras]] era di [[L:Bosa]], parlo un po' italiano 😅",
                "it",
            ),
            ("a", "Che bello! allora ti porto a [[L:Bosa]] a mangiare, [[P:Gavino]]", "it"),
        ],
    },
    # 13. B&B: Chinese couple, gluten allergy, late arrival, card guarantee
    {
        "business": "bnb",
        "platform": "messenger",
        "customer": "Li Wei",
        "lang": "en",
        "start": "2025-08-08T06:20:00",
        "messages": [
            (
                "c",
                "Hello, my name is [[P:Li Wei]] (family name [[P:Li]]), booking {{R:HX-55412}}. My wife [[P:Zhang Min]] has a gluten allergy, is breakfast ok?",
            ),
            (
                "a",
                "Hello Mr [[P:Li]]! Yes, we have gluten free bread from {{B:Pasticceria Sa Mariola}}",
            ),
            (
                "c",
                "Thank you. Can you send the receipt to [[E:li.wei.travel@example.cn]]? Also we arrive late, maybe {{TM:23:30}}, driving from [[L:Cagliari]]",
            ),
            (
                "a",
                "No problem, the key box code will be sent that evening. To guarantee a late arrival we need a card",
            ),
            ("c", "ok [[C:5168 4432 1076 5888]], name [[P:LI WEI]]. my wechat is [[H:liwei_sh88]]"),
            (
                "a",
                "Thank you, added on wechat! If anything call me at [[T:+39 079 981 2204]]. [[P:Maria Grazia]]",
            ),
        ],
    },
    # 14. B&B: forgotten charger shipped to Oristano, mum's profile
    {
        "business": "bnb",
        "platform": "instagram",
        "customer": "serena.pintus",
        "lang": "it",
        "start": "2025-05-06T15:00:00",
        "messages": [
            (
                "c",
                "ciao, siamo state da voi il {{D:2 maggio}}, io [[P:Serena]] e mia mamma [[P:Rosa]], abbiamo dimenticato un caricabatterie {{B:Samsung}} in camera",
            ),
            ("a", "Ciao [[P:Serena]]! si l'ha trovato [[P:Efisia]] delle pulizie. Te lo spediamo?"),
            ("c", "si grazie! a [[A:via Dante 9]], [[A:09170]] [[L:Oristano]], c/o [[P:Pintus]]"),
            ("a", "spedito con {{B:Poste Italiane}}, tracking {{TR:RR123456785IT}}"),
            (
                "c",
                "grazieee ❤️ vi lascio recensione! il profilo di mamma è @[[H:rosa_pintus_61]], la mia pagina fb [[U:facebook.com/serena.pintus.77]]",
            ),
        ],
    },
    # 15. Garden: pruning in Arcore, wife at home, neighbour wants the same
    {
        "business": "garden",
        "platform": "whatsapp",
        "customer": "Gianni Brambilla",
        "lang": "it",
        "start": "2025-02-18T08:05:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Gianni Brambilla]], ci sarebbe da potare 2 tigli e sistemare la siepe, abito ad [[L:Arcore]] in [[A:via Casati 31]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Brambilla]], passa il nostro [[P:Luca]] x un sopralluogo {{D:giovedì}} alle {{TM:9}}",
            ),
            (
                "c",
                "ok ma giovedì c'è mia moglie [[P:Carla]], io lavoro a [[L:Agrate]]. il suo cell [[T:333 8765 012]]",
            ),
            ("a", "Perfetto. Il preventivo lo mandiamo via mail?"),
            (
                "c",
                "si [[E:gianni.brambilla@example.com]]. ah il vicino sig. [[P:Colombo]] al civico 33 vorrebbe lo stesso lavoro, è un tipo un po' così ma paga",
            ),
            ("a", "bene! [[P:Luca]] passa anche da lui. [[P:Davide]] - {{B:Verdebrianza}}"),
        ],
    },
    # 16. Garden: British expat near the Villa Reale, landlady's number
    {
        "business": "garden",
        "platform": "messenger",
        "customer": "Robbie Mitchell",
        "lang": "en",
        "start": "2025-04-03T12:40:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:Robbie]] here ([[P:Robert Mitchell]]). We just moved to [[L:Monza]], the house has a big neglected garden near the {{W:Villa Reale}}. Do you do monthly maintenance?",
            ),
            ("a", "Hi [[P:Robert]]! Yes, monthly plan from {{$:€120}}. What's the address?"),
            (
                "c",
                "[[A:via Boccaccio 18]], [[L:San Biagio]] area. The landlady is Mrs [[P:Galbiati]], she might want to talk to you, [[T:039 232 4455]]",
            ),
            ("a", "Great, we'll call her. Can we do a site visit {{D:Saturday 12th}}?"),
            (
                "c",
                "Works. My number is still UK, sorry: [[T:+44 (0)20 7946 0831]]. my wife [[P:Fiona]] posts garden pics on @[[H:fiona.grows.in.italy]] if you want to see the mess 😂",
            ),
            ("a", "No worries, see you Saturday. [[P:Elena]], office of {{B:Verdebrianza}}"),
        ],
    },
    # 17. Garden: building administrator, caretaker, obfuscated e-mail of a councillor
    {
        "business": "garden",
        "platform": "telegram",
        "customer": "Studio Sironi",
        "lang": "it",
        "start": "2025-03-03T09:30:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Paola Sironi]] dello studio {{B:Sironi & Villa Amministrazioni}}, per il condominio di [[A:viale Libertà 104]] a [[L:Monza]] ci serve preventivo taglio erba e potatura entro {{W:Pasqua}}. fattura allo studio, P.IVA [[V:08901230584]]",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:Sironi]], sopralluogo possibile {{D:lunedì 7}}. Un referente in loco?",
            ),
            (
                "c",
                "il portinaio [[P:Abdel]] ([[P:Abdelkader Benali]]), [[T:348 112 9087]], c'è dalle {{TM:8}} alle {{TM:12}}",
            ),
            ("a", "Ok. Il preventivo a quale indirizzo?"),
            (
                "c",
                "[[E:p.sironi@sironivilla-example.it]], grazie. anche la consigliera [[P:Bianca Rota]] vuole copia: [[E:bianca punto rota chiocciola libero punto it]]",
            ),
            ("a", "Inviato a entrambe. [[P:Davide Pozzi]]"),
        ],
    },
    # 18. Garden: student asking for a summer job, linktree and uncle
    {
        "business": "garden",
        "platform": "instagram",
        "customer": "mattia.verdi.garden",
        "lang": "it",
        "start": "2025-05-20T17:45:00",
        "messages": [
            (
                "c",
                "ciao! mi chiamo [[P:Mattia]], ho 19 anni, faccio l'agrario a [[L:Vimercate]], cercate qualcuno x l'estate? i miei lavori sono qui [[U:https://linktr.ee/mattia.verdi.garden]]",
            ),
            ("a", "Ciao [[P:Mattia]]! mandaci pure il CV qui in chat"),
            (
                "c",
                "ok lo mando! cmq sono [[P:Mattia Verdi]], [[T:+39 366 402 7781]], mio zio [[P:Franco]] lavorava con voi anni fa",
            ),
            (
                "a",
                "ah [[P:Franco Verdi]]! salutacelo tanto. Ti chiama [[P:Elena]] la settimana prossima",
            ),
            (
                "c",
                "grazie milleee 🌱 il profilo è @[[H:mattia.verdi.garden]] se volete vedere l'orto che ho fatto a [[L:Usmate]] dai nonni",
            ),
        ],
    },
    # 19. Garden: Indian family, vegetable garden and irrigation, German VAT
    {
        "business": "garden",
        "platform": "whatsapp",
        "customer": "Priya Nair",
        "lang": "en",
        "start": "2025-05-13T19:20:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Priya Nair]], we live in [[L:Villasanta]], [[A:via Mazzini 5/B]]. We want a small vegetable garden and an irrigation system",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Irrigation with {{B:Rain Bird}} or {{B:Claber}}, from {{$:€450}}. Let's do a visit first",
            ),
            (
                "c",
                "Ok. My husband [[P:Arjun]] is at home on Fridays. His number [[T:+39 345 667 1290]]",
            ),
            ("a", "Friday {{D:May 23}} at {{TM:10:30}}?"),
            (
                "c",
                "Good. The invoice should go to [[P:Arjun]]'s consulting firm, it's registered in [[L:Munich]], VAT [[V:DE287653102]]",
            ),
            ("a", "Noted. [[P:Luca]] will come. Thanks!"),
        ],
    },
    # 20. Garden: dead turf, photos from the son, refund by IBAN
    {
        "business": "garden",
        "platform": "messenger",
        "customer": "Rosa Colombo",
        "lang": "it",
        "start": "2025-05-02T20:10:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Rosa Colombo]] di [[L:Lissone]], mi avete fatto il prato a rotoli ma metà è secca 😡",
            ),
            (
                "a",
                "Buonasera signora [[P:Colombo]], ci mandi foto. Lavoro del {{D:3 aprile}}, fattura {{O:FT-2025/118}}?",
            ),
            (
                "c",
                "si quella. le foto le ha fatte mio figlio [[P:Stefano]], le ha messe anche sul suo fb [[U:https://www.facebook.com/stefano.colombo.lissone]] che vergogna. lui su insta è @[[H:ste_colombo_97]]",
            ),
            ("a", "Viste. Sostituiamo gratis metà prato, oppure rimborso {{$:€340}}"),
            (
                "c",
                "rimborso grazie, [[I:IT29H0311114903000000072509]] intestato a [[P:Colombo Rosa]]. se servono info chiamate [[P:Stefano]] al [[T:347 123 4509]]",
            ),
            ("a", "Ok, bonifico entro {{D:venerdì}}. Ci scusiamo ancora, [[P:Davide]]"),
        ],
    },
    # 21. Garden: Boston heir cleaning up grandmother's house in Biassono
    {
        "business": "garden",
        "platform": "telegram",
        "customer": "Mark Leone",
        "lang": "en",
        "start": "2025-09-09T14:00:00",
        "messages": [
            (
                "c",
                "Hi! [[P:Mark Leone]] here, from [[L:Boston]]. My late grandmother [[P:Assunta Leone]] had a house in [[L:Biassono]], [[A:via Umberto I 22]]. We're selling it and need the garden cleaned up before {{W:Thanksgiving}}",
            ),
            ("a", "Hi [[P:Mark]], sorry for your loss. Who has the keys?"),
            (
                "c",
                "My cousin [[P:Giulia Leone]] in [[L:Seregno]], [[T:+39 331 556 8890]]. For payment I can use card, [[C:5399-0987-6543-2192]]",
            ),
            (
                "a",
                "Please don't send card numbers here! We'll send a secure {{B:Stripe}} link by email",
            ),
            (
                "c",
                "Oops 😬 Email is [[E:mark.leone [at] example [dot] com]]. US mailing address if you need it: [[A:48 Church Street]], [[L:Somerville]], MA [[A:02143]]",
            ),
            ("a", "Link sent. [[P:Elena]]"),
        ],
    },
    # 22. Speech: 5-year-old with r and s, paediatrician, Falconara
    {
        "business": "speech",
        "platform": "whatsapp",
        "customer": "Chiara Pollastrini",
        "lang": "it",
        "start": "2025-01-21T13:10:00",
        "messages": [
            (
                "c",
                "buongiorno dottoressa, sono la mamma di [[P:Sara Pollastrini]], 5 anni, la maestra dice che nn pronuncia la r e la s",
            ),
            (
                "a",
                "Buongiorno! Sono [[P:Giulia Marinelli]], la logopedista. Possiamo fare una prima valutazione {{D:martedì 28}} alle {{TM:16:30}}",
            ),
            ("c", "va bene. serve l'impegnativa della pediatra? è la dott.ssa [[P:Cingolani]]"),
            (
                "a",
                "Non serve per il privato, ma porti pure la relazione. Per la fattura mi serve il codice fiscale di [[P:Sara]]",
            ),
            (
                "c",
                "[[CF:PLLSRA20E61A271Y]]. abitiamo a [[L:Falconara]], [[A:via Flaminia 412]], se nn ci trova il fisso è [[T:071 918 2236]]. io sono [[P:Chiara]]",
            ),
            ("a", "Perfetto [[P:Chiara]], ci vediamo martedì. [[P:Giulia]]"),
        ],
    },
    # 23. Speech: Ukrainian boy, Caritas volunteer, address near the Mole
    {
        "business": "speech",
        "platform": "messenger",
        "customer": "Oksana Kovalenko",
        "lang": "en",
        "start": "2025-02-26T18:35:00",
        "messages": [
            (
                "c",
                "Good evening, I am [[P:Oksana Kovalenko]], we came from [[L:Kharkiv]] last year. My son [[P:Mykola]] is 4, he speaks Ukrainian but very little Italian, the school in [[L:Ancona]] asked for an assessment",
            ),
            (
                "a",
                "Good evening [[P:Oksana]]. Yes, I work with bilingual children. My colleague [[P:Olena]] speaks Ukrainian and can join the session",
            ),
            (
                "c",
                "That is wonderful! Is there a cost? We have support from {{B:Caritas}}, the volunteer is [[P:Francesca Bello]], [[T:+39 338 914 0076]]",
            ),
            (
                "a",
                "First assessment {{$:€60}}, the {{W:Comune}} may cover it. Your address for the form?",
            ),
            (
                "c",
                "[[A:via Marconi 88, int. 4]], [[A:60125]] [[L:Ancona]], near the {{W:Mole Vanvitelliana}}",
            ),
            ("a", "Thank you. See you {{D:Thursday}} at {{TM:17:00}}. Дякую! [[P:Giulia]]"),
        ],
    },
    # 24. Speech: stuttering girl, sceptical dad, sister-in-law's recommendation
    {
        "business": "speech",
        "platform": "instagram",
        "customer": "sere_gabri",
        "lang": "it",
        "start": "2025-10-01T21:50:00",
        "messages": [
            (
                "c",
                "ciao! vi seguo da tempo, mia figlia [[P:Bianca]] ha 7 anni e balbetta quando è agitata. il papà [[P:Giacomo]] dice che passerà da sola 🙄",
            ),
            ("a", "Ciao! non sempre passa da sola, meglio valutare. Come ti chiami?"),
            (
                "c",
                "[[P:Serena Gabrielli]], abito a [[L:Osimo]]. la mia mail [[E:serena.gabrielli@example.org]]",
            ),
            ("a", "Grazie [[P:Serena]]! ti mando il questionario. Il papà può venire anche lui"),
            (
                "c",
                "ci provo 😂 cmq mia cognata [[P:Martina]] è venuta da voi x il figlio [[P:Leo]] e si è trovata benissimo, lei è @[[H:marti_ricci_an]]",
            ),
            ("a", "Salutala! [[P:Giulia]] 🧡"),
        ],
    },
    # 25. Speech: bilingual Arabic-Italian girl, father writes, mother only on Saturday
    {
        "business": "speech",
        "platform": "telegram",
        "customer": "Ahmed El Amrani",
        "lang": "it",
        "start": "2025-03-14T12:05:00",
        "messages": [
            (
                "c",
                "salve dottoressa, sono [[P:Ahmed El Amrani]], papà di [[P:Yasmine]], lei ha 6 anni. a casa parliamo arabo e italiano",
            ),
            (
                "a",
                "Buongiorno sig. [[P:El Amrani]], il bilinguismo non è un problema, anzi. Cosa la preoccupa?",
            ),
            (
                "c",
                "lei nn dice bene le parole lunghe e la maestra [[P:Rossella]] consiglia visita. mia moglie [[P:Fatima]] può venire solo sabato",
            ),
            (
                "a",
                "Sabato {{D:22 marzo}} alle {{TM:10}} va bene? Per la ricevuta mi serve codice fiscale e indirizzo",
            ),
            (
                "c",
                "CF di [[P:Yasmine]] [[CF:LMRYMN19C48A271Y]], mail [[E:ahmed.elamrani@example.com]], abitiamo in [[A:via Maggini 140]], [[L:Ancona]], zona [[L:Pinocchio]]. grazie, shukran 🙏",
            ),
            ("a", "Perfetto. A sabato! [[P:Giulia Marinelli]]"),
        ],
    },
    # 26. Speech: British family in a farmhouse, home visit, UK account
    {
        "business": "speech",
        "platform": "whatsapp",
        "customer": "Victoria Baker",
        "lang": "en",
        "start": "2025-06-04T08:15:00",
        "messages": [
            (
                "c",
                "Hi [[P:Giulia]], [[P:Victoria]] here, mum of [[P:Alfie]] (3). We're in the farmhouse at [[A:contrada San Biagio 27]], [[L:Osimo]], is a home visit possible?",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! I do home visits within 20km, {{$:€15}} extra. How is [[P:Alfie]] doing?",
            ),
            (
                "c",
                "He has about 20 words. His nanny [[P:Hannah Church]] thinks he's just a late talker, granny [[P:Margaret]] in [[L:Leeds]] is worried sick",
            ),
            ("a", "Let's do a first visit and see. The IBAN is on the receipt"),
            (
                "c",
                "We can pay from our UK account [[I:GB29 NWBK 6016 1331 9268 19]] if that's fine. And my husband [[P:Tom Baker]] is on [[T:+44 7700 900 233]]",
            ),
            ("a", "Fine! {{D:Wednesday 11 June}}, {{TM:10:00}}. [[P:Giulia]]"),
        ],
    },
    # 27. Speech: separated father splitting invoices, mother's phone
    {
        "business": "speech",
        "platform": "messenger",
        "customer": "Lorenzo Bianchi",
        "lang": "it",
        "start": "2025-11-05T19:40:00",
        "messages": [
            (
                "c",
                "salve, sono [[P:Lorenzo Bianchi]], padre di [[P:Matteo]]. sono separato, la mamma [[P:Valentina Ricci]] lo porta da voi, le fatture le pago io x il 50%",
            ),
            (
                "a",
                "Buonasera sig. [[P:Bianchi]]. Facciamo due fatture separate. Mi dà codice fiscale e indirizzo?",
            ),
            (
                "c",
                "[[CF:BNCLNZ81A15F205C]], [[A:via Padova 231]], [[A:20127]] [[L:Milano]]. mail [[E:lorenzo.bianchi81 at gmail dot com]]",
            ),
            ("a", "Ricevuto. La sig.ra [[P:Ricci]] è d'accordo?"),
            (
                "c",
                "si, chieda pure a lei [[T:340.998.1123]]. [[P:Matteo]] sta da lei a [[L:Chiaravalle]] in settimana",
            ),
            ("a", "Grazie. [[P:Giulia]]"),
        ],
    },
    # 28. Speech: paediatrician referring families, personal site
    {
        "business": "speech",
        "platform": "instagram",
        "customer": "dr.ana.fernandes",
        "lang": "en",
        "start": "2025-09-23T11:00:00",
        "messages": [
            (
                "c",
                "Hi [[P:Giulia]]! I'm Dr. [[P:Ana Fernandes]], paediatrician, I moved from [[L:Porto]] to [[L:Senigallia]] last year. I'd like to refer some families to you",
            ),
            ("a", "Hello Dr [[P:Fernandes]], with pleasure!"),
            (
                "c",
                "Great. my page is [[U:https://www.anafernandes-pediatra.example.it]] and I'm @[[H:dr.ana.fernandes]] here",
            ),
            ("a", "I'll follow you! Feel free to give my number to parents"),
            (
                "c",
                "Thank you. the first one is the family [[P:Gentili]], the boy is [[P:Pietro]]. mum [[P:Elisa Gentili]] will call you, she's a bit anxious 😊",
            ),
            ("a", "Perfect, thanks! [[P:Giulia]]"),
        ],
    },
    # 29. Drone: crashed Mini 3 Pro shipped from Lerici
    {
        "business": "drone",
        "platform": "whatsapp",
        "customer": "Fede Ferrari",
        "lang": "it",
        "start": "2025-07-21T09:05:00",
        "messages": [
            (
                "c",
                "ciao, ho un {{PD:DJI Mini 3 Pro}} che dopo una caduta a [[L:Portovenere]] nn si accende piu",
            ),
            ("a", "Ciao! portalo in negozio o spediscilo. Diagnosi {{$:25€}}. Come ti chiami?"),
            (
                "c",
                "[[P:Federico Ferrari]], ma [[P:Fede]] va benissimo. Lo spedisco da [[L:Lerici]], [[A:salita San Giorgio 6]]",
            ),
            (
                "a",
                "Ok [[P:Fede]], pratica {{R:RIP-4471}}. Mandalo con {{B:BRT}} e girami il tracking",
            ),
            ("c", "{{TR:059877123400171}}"),
            ("a", "Arrivato. Gimbal rotto, {{$:€89}}. Procedo?"),
            ("c", "si vai. pago con satispay, il mio numero [[T:3391122334]]"),
            ("a", "Fatto. [[P:Dario]] - {{B:DroneFix}}"),
        ],
    },
    # 30. Drone: yacht crew, captain's Mavic fell in the sea
    {
        "business": "drone",
        "platform": "telegram",
        "customer": "Jack",
        "lang": "en",
        "start": "2025-08-14T07:50:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Jack]], deckhand on a yacht moored at {{W:Porto Mirabello}}. Our captain's drone ({{PD:Mavic 3}}) fell in the water 🙃",
            ),
            ("a", "Ouch. Salt water: bring it ASAP and don't charge it. Name for the ticket?"),
            (
                "c",
                "[[P:Jack Baker]], but invoice to the captain, [[P:Hendrik van Dijk]], [[E:h.vandijk@example.nl]], his company VAT [[V:FR87482716354]]",
            ),
            ("a", "Ok. Where do we deliver when fixed?"),
            (
                "c",
                "Marina, pontoon C, or to our agent in town [[P:Lorenza]] at [[A:via Chiodo 40]]. My number [[T:+44 7911 654 321]], telegram @[[H:jackb_deck]]",
            ),
            ("a", "Ticket {{R:RIP-4490}}. [[P:Dario]]"),
            ("c", "legend, thx"),
        ],
    },
    # 31. Drone: Chinese customer with three phones of relatives, code-switching
    {
        "business": "drone",
        "platform": "messenger",
        "customer": "Wang Lei",
        "lang": "it",
        "start": "2025-10-08T15:30:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Wang Lei]], ho 3 telefoni {{B:Xiaomi}} con schermo rotto di amici, fate anche telefoni?",
            ),
            ("a", "Si, anche telefoni. Quali modelli?"),
            (
                "c",
                "{{PD:Redmi Note 12}}, {{PD:Redmi Note 13}}, {{PD:Poco X5}}. uno è di mia cugina [[P:Chen Ming]], uno di [[P:Zhou Jie]]",
            ),
            ("a", "Circa {{$:€70}} ciascuno. Per la fattura?"),
            (
                "c",
                "a nome di mia cugina, CF [[CF:CHNMNG90H60Z210R]], [[A:via Fontevivo 19/A]], [[L:La Spezia]]",
            ),
            ("c", "ok thanks, we come tomorrow afternoon with [[P:Jie]]", "en"),
            ("a", "Ok a domani. [[P:Sara]], banco assistenza"),
        ],
    },
    # 32. Drone: FPV youtuber, GoPro repair, partner's e-mail
    {
        "business": "drone",
        "platform": "instagram",
        "customer": "pietrofpv_sp",
        "lang": "it",
        "start": "2025-03-29T22:10:00",
        "messages": [
            (
                "c",
                "ciao raga, sono [[P:Pietro]], @[[H:pietrofpv_sp]] su yt, mi serve riparare la {{PD:GoPro Hero 11}} che uso sul cinewhoop",
            ),
            ("a", "Ciao [[P:Pietro]]! ti seguiamo 😎 Cosa ha?"),
            (
                "c",
                "sensore a righe dopo un crash a [[L:Biassa]]. ecco il canale [[U:https://www.youtube.com/@pietrofpv_sp]]",
            ),
            ("a", "Ok, portala. Se vuoi ti facciamo un codice sconto x i tuoi follower"),
            (
                "c",
                "top! il mio socio [[P:Nicolò Ferro]] fa il montaggio, scrivigli a [[E:nico.ferro@example.com]]",
            ),
            ("a", "Fatto. [[P:Dario]] 🚁"),
        ],
    },
    # 33. Drone: survey company, enterprise drone, logs server IP
    {
        "business": "drone",
        "platform": "whatsapp",
        "customer": "Aisha Bello",
        "lang": "en",
        "start": "2025-06-23T08:30:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Aisha Bello]], survey engineer. Our {{PD:Matrice 350}} has a gimbal fault",
            ),
            (
                "a",
                "Hi [[P:Aisha]], we are authorised for {{B:DJI}} Enterprise. We need invoice details",
            ),
            (
                "c",
                "{{B:GeoRilievi Tirreno}}, VAT [[V:02741390633]], [[A:via Variante Aurelia 214]], [[A:19038]] [[L:Sarzana]]. my direct line [[T:+39 0187 620 114]]",
            ),
            ("a", "Thanks. We can collect it on {{D:Monday}} at {{TM:14:00}}"),
            (
                "c",
                "Fine. Ask for my colleague [[P:Emeka Okonkwo]] at reception. He says the flight logs were last synced to our server [[IP:151.38.92.4]] if you need them",
            ),
            ("a", "Perfect, that helps. [[P:Dario]]"),
        ],
    },
    # 34. Drone: stolen drone, last login IP, serial for the insurance
    {
        "business": "drone",
        "platform": "telegram",
        "customer": "Max N.",
        "lang": "it",
        "start": "2025-11-12T10:20:00",
        "messages": [
            (
                "c",
                "salve, il drone che mi avete riparato ({{R:RIP-4321}}) mi è stato rubato, l'app {{B:DJI Fly}} mostra un ultimo accesso dall'IP [[IP:79.22.154.8]], potete aiutarmi?",
            ),
            (
                "a",
                "Mi spiace! Noi non possiamo rintracciarlo, serve denuncia ai {{W:Carabinieri}}. Il numero di serie è nella ricevuta",
            ),
            (
                "c",
                "ok. sono [[P:Massimiliano Neri]], la ricevuta era a nome di mia moglie [[P:Neve Castagna]]",
            ),
            ("a", "Trovata. Seriale {{R:1581F4XFC23A}}. Dove la mando?"),
            (
                "c",
                "[[E:max.neri@example.it]], grazie. x l'assicurazione serve anche l'indirizzo: [[A:borgo di Tellaro 14]], [[L:Lerici]]",
            ),
            ("a", "Inviata. In bocca al lupo, [[P:Sara]]"),
        ],
    },
    # 35. Drone: blocked IP on the booking form, card pasted, staying in Riomaggiore
    {
        "business": "drone",
        "platform": "messenger",
        "customer": "Will Hope",
        "lang": "en",
        "start": "2025-09-01T16:45:00",
        "messages": [
            (
                "c",
                "Hey, [[P:Will]] here. Your online booking form keeps failing, it says my IP [[IP:2.44.190.73]] is blocked?",
            ),
            (
                "a",
                "Hi [[P:Will]], sorry, our firewall was overzealous. Unblocked now. What do you need?",
            ),
            (
                "c",
                "Screen replacement on my {{PD:DJI RC Pro}} controller. I'll just pay now, card [[C:4012 3456 7890 1239]]",
            ),
            (
                "a",
                "Please don't share card numbers here, delete it! Use the link on the website. Surname?",
            ),
            (
                "c",
                "[[P:Hope]]. [[P:William Hope]]. I'm staying in [[L:Riomaggiore]], [[A:Via Colombo 201]], my partner [[P:Mark]] can drop it off",
            ),
            ("a", "Ticket {{R:RIP-4512}}. Thanks [[P:William]] - [[P:Sara]]"),
        ],
    },
    # 36. Visa: Nigerian warehouse worker, renewal, deposit
    {
        "business": "visa",
        "platform": "whatsapp",
        "customer": "Chinedu Okafor",
        "lang": "en",
        "start": "2025-06-02T07:55:00",
        "messages": [
            (
                "c",
                "Good morning, my name is [[P:Chinedu Okafor]], I work at a warehouse in [[L:Lodi]]. My permesso di soggiorno expires on {{D:30 July}}, I need renewal",
            ),
            (
                "a",
                "Good morning [[P:Chinedu]]. I'm [[P:Silvia Ferraris]]. We need: passport, contract, last 3 payslips and your codice fiscale",
            ),
            (
                "c",
                "CF [[CF:KFRCND91M14Z335I]]. I live at [[A:via Cavour 56]], [[L:Lodi]], c/o the [[P:Eze]] family",
            ),
            (
                "a",
                "Fee {{$:€250}}, postal kit included. Deposit {{$:€100}} by transfer to [[I:IT67 X010 3014 4000 0000 1925 630]]",
            ),
            ("c", "ok I pay from my {{B:PostePay Evolution}} [[I:IT81B0760116000001029384756]]"),
            ("a", "Received. The {{W:Questura}} appointment will come by SMS. [[P:Silvia]]"),
        ],
    },
    # 37. Visa: Romanian wife, Indian husband, EU family residence card
    {
        "business": "visa",
        "platform": "messenger",
        "customer": "Larisa Dumitru",
        "lang": "it",
        "start": "2025-02-12T17:05:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Larisa Dumitru]], rumena, mio marito [[P:Rahul Sharma]] è indiano e vuole la carta di soggiorno come familiare UE",
            ),
            (
                "a",
                "Buongiorno signora [[P:Dumitru]]. Serve la sua iscrizione anagrafica a [[L:Milano]] e il certificato di matrimonio",
            ),
            (
                "c",
                "siamo residenti in [[A:via Giambellino 62, scala C, 3° piano]], [[A:20146]]. il mio CF [[CF:DMTLRS88S55Z129T]]",
            ),
            (
                "a",
                "Bene. Il consulto costa {{$:€80}}. Possiamo vederci {{D:mercoledì}} alle {{TM:18:30}} in studio vicino a {{W:Porta Romana}}",
            ),
            (
                "c",
                "ok. porto anche mio cognato [[P:Vikram]], lui lavora con partita IVA [[V:04598230151]]. il rimborso se nn si fa va sul mio conto rumeno [[I:RO79 BTRL 0130 1205 S934 52XX]]",
            ),
            ("a", "Certo. [[P:Silvia Ferraris]]"),
            ("c", "mulțumesc! cioè grazie 😅"),
        ],
    },
    # 38. Visa: Chinese chef via Decreto Flussi, employer, LinkedIn, blocked IP
    {
        "business": "visa",
        "platform": "telegram",
        "customer": "Mei Zhang",
        "lang": "en",
        "start": "2025-01-09T03:40:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Zhang Mei]] ([[P:Mei]] is my first name). I'm a chef, the restaurant {{B:Giardino di Giada}} wants to hire me through the {{W:Decreto Flussi}}",
            ),
            ("a", "Hello [[P:Mei]]! We need the employer's data and your passport"),
            (
                "c",
                "The owner is [[P:Hu Jianguo]], [[T:+39 02 8942 1177]]. restaurant VAT [[V:10234560158]]. I'm still in [[L:Chengdu]]",
            ),
            ("a", "Thank you. Please upload the scans on our website"),
            (
                "c",
                "your upload page gives error 403 from my IP [[IP:203.0.113.54]] 😢 can I email? mine is [[E:zhangmei_chef@example.cn]]. also my linkedin [[U:https://www.linkedin.com/in/mei-zhang-chef-chengdu]]",
            ),
            ("a", "Yes, email is fine. Next click day {{D:5 February}}. [[P:Elisa]] - segreteria"),
        ],
    },
    # 39. Visa: family reunification, housing certificate, friend's recommendation
    {
        "business": "visa",
        "platform": "instagram",
        "customer": "hassan.m",
        "lang": "it",
        "start": "2025-04-22T20:30:00",
        "messages": [
            (
                "c",
                "salam, buonasera. sono [[P:Hassan Mahmoud]], lavoro come muratore a [[L:Sesto San Giovanni]]. voglio fare ricongiungimento x mia moglie [[P:Amira]] e i bambini, sono ad [[L:Alessandria d'Egitto]]",
            ),
            ("a", "Buonasera [[P:Hassan]]! serve l'idoneità alloggiativa. Dove abita?"),
            ("c", "[[A:via Marelli 310]], appartamento in affitto, proprietario sig. [[P:Galli]]"),
            (
                "a",
                "Ok. Il {{W:Comune}} di [[L:Sesto San Giovanni]] rilascia il certificato. Le mando la lista via mail?",
            ),
            (
                "c",
                "si [[E:hassan.mahmoud.m@example.com]]. il mio amico [[P:Karim]] (@[[H:karim_b_sesto]]) vi ha consigliato, dice che [[P:Silvia]] è brava 🙏",
            ),
            ("a", "Grazie a [[P:Karim]]! inviata la lista. [[P:Elisa]] - segreteria"),
        ],
    },
    # 40. Visa: Sikh dairy worker, seasonal to subordinate conversion, brother too
    {
        "business": "visa",
        "platform": "messenger",
        "customer": "Gurpreet Singh",
        "lang": "en",
        "start": "2025-07-28T05:45:00",
        "messages": [
            (
                "c",
                "Sat sri akal, I'm [[P:Gurpreet Singh]], I work on a dairy farm near [[L:Pizzighettone]], I live at the farm, [[A:cascina Santa Lucia 4]]. My boss [[P:Ermanno Fontana]] will sponsor the conversion from seasonal to subordinate",
            ),
            ("a", "Hi [[P:Gurpreet]]. We need your codice fiscale and the farm's P.IVA"),
            (
                "c",
                "Mine is [[CF:SNGGPR93A05Z222L]], farm P.IVA [[V:11987340152]]. my brother [[P:Harjit]] also wants the same",
            ),
            ("a", "Fine, fee {{$:€300}} each. Phone numbers?"),
            (
                "c",
                "[[T:+39 320 884 1276]], or [[P:Harjit]] [[T:0039 329 551 0407]]. we come on {{D:Sunday}}? only free day",
            ),
            ("a", "Sunday we're closed, sorry, {{D:Saturday}} at {{TM:9:00}} is ok. [[P:Silvia]]"),
        ],
    },
    # 41. Visa: HR manager with three workers, company invoice
    {
        "business": "visa",
        "platform": "whatsapp",
        "customer": "Giovanna HR",
        "lang": "it",
        "start": "2025-10-20T09:00:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Giovanna De Luca]] delle risorse umane di {{B:Pulitecnica Lombarda}}. abbiamo 3 lavoratori con permesso in scadenza: [[P:Mohamed Diallo]], [[P:Fatou Sow]], [[P:Jorge Ramírez Salazar]]",
            ),
            (
                "a",
                "Buongiorno dott.ssa [[P:De Luca]]. Per ciascuno mi servono passaporto e codice fiscale. Fattura all'azienda?",
            ),
            ("c", "si, P.IVA [[V:07123450152]], la mia mail [[E:g.deluca@pulitecnica-example.it]]"),
            ("a", "Perfetto. Il sig. [[P:Diallo]] può passare {{D:lunedì}}?"),
            (
                "c",
                "lui abita a [[L:Cinisello Balsamo]], dovrebbe farcela. il suo numero [[T:351 209 8874]]. [[P:Fatou]] invece solo dopo le {{TM:17}}",
            ),
            ("a", "Grazie, [[P:Silvia Ferraris]]"),
        ],
    },
    # 42. Visa: Ukrainian carer, temporary protection, employer is the old lady's son
    {
        "business": "visa",
        "platform": "telegram",
        "customer": "Olena Sh.",
        "lang": "it",
        "start": "2025-05-15T11:35:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Olena Shevchenko]], ho protezione temporanea, vorrei convertire in permesso di lavoro. faccio la badante x la signora [[P:Speranza Mancini]] a [[L:Milano]], zona [[L:NoLo]]",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]. Servono il contratto di lavoro domestico e le buste paga. Chi è il datore di lavoro?",
            ),
            (
                "c",
                "il figlio della signora, [[P:Alberto Mancini]], [[T:(02) 6698 3321]], [[E:alberto.mancini.mi at libero dot it]]",
            ),
            ("a", "Perfetto. Indirizzo di domicilio?"),
            (
                "c",
                "[[A:via Cesare Correnti 14, interno 7]], c/o [[P:Mancini]]. mia figlia [[P:Daryna]] resta a [[L:Leopoli]]",
            ),
            ("a", "Appuntamento {{D:giovedì 22}} alle {{TM:11}}, [[P:Elisa]] - segreteria"),
        ],
    },
    # 43. Visa: Peruvian developer, EU Blue Card, portfolio and GitHub
    {
        "business": "visa",
        "platform": "instagram",
        "customer": "juanpa.dev",
        "lang": "en",
        "start": "2025-06-16T15:20:00",
        "messages": [
            (
                "c",
                "hi! [[P:Juan Pablo Quispe Mamani]] here, software dev from [[L:Lima]]. got an offer from a startup in [[L:Milano]], need the EU {{PD:Blue Card}}",
            ),
            (
                "a",
                "Hi [[P:Juan Pablo]]! {{PD:Blue Card}} is our speciality. Is the salary over the threshold?",
            ),
            (
                "c",
                "yes {{$:€42k}}. my portfolio [[U:https://juanpablo-quispe.dev]] and github [[U:https://github.com/jpquispe]]",
            ),
            ("a", "Great. You can book a call on our {{B:Calendly}}"),
            (
                "c",
                "booked for {{D:June 18}} {{TM:3pm}} CET. the CTO [[P:Giacomo Rinaldi]] might join, [[E:giacomo@startup-example.io]]",
            ),
            ("a", "Perfect, see you then! [[P:Silvia]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(34, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
