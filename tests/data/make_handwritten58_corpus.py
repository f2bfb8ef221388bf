# ruff: noqa: E501
"""Hand-written blind test corpus no. 58 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten58_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a surf school at Putzu Idu in Sardinia, a
pasticceria for wedding and birthday cakes in Turin, a physiotherapy studio in Brescia, a bike
rental and guided tours shop in Torbole on Lake Garda, a music school in Bologna and a
second-hand vinyl record shop in Milan that ships abroad.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten58_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten58_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "surf": "Onda Lunga Surf School",
    "cake": "Pasticceria Borrione",
    "physio": "Studio FisioMella",
    "bike": "Garda Pedal Tours",
    "music": "Scuola di Musica La Chiave di Sol",
    "vinyl": "Dischi Lenti di Ottavio",
}
PAGE_IDS: dict[str, str] = {
    "surf": "658360417092335",
    "cake": "658360208815647",
    "physio": "658360931570228",
    "bike": "658360564218093",
    "music": "658360772604451",
    "vinyl": "658360089346712",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Dutch couple books a beginner week, pickup from their rented house, a sister on insta
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Lotte van der Berg",
        "lang": "en",
        "start": "2025-04-22T08:14:00",
        "messages": [
            (
                "c",
                "Hi! We are [[P:Lotte]] and [[P:Joris]] from [[L:Utrecht]] 🇳🇱 looking for a beginner course the {{D:first week of June}}. Both total beginners lol",
            ),
            (
                "a",
                "Hi [[P:Lotte]]! Welcome 🌊 Our beginner week is 5 lessons of 2h, {{$:240 €}} each incl. board and wetsuit, all details on {{W:www.ondalunga-surf.example.it/corsi}}. Next group starts {{D:Monday 2 June}} at {{TM:9:30}}, meeting point on the beach at {{W:Putzu Idu}} in front of the kiosk. – [[P:Efisio]]",
            ),
            (
                "c",
                "Perfect!! Can you send the booking form to [[E:lotte.vdberg@example.nl]]? and a copy to my boyfriend [[E:joris_m88 (at) example (dot) com]] pls",
            ),
            (
                "a",
                "Done ✔ booking ref {{R:OLS-2506-114}}. Where are you staying? We do free pickup in {{W:San Vero Milis}} and {{W:Mandriola}}",
            ),
            (
                "c",
                "We rented a little house in [[L:mandriola]], [[A:via dei Gabbiani 7]]. The owner is signora [[P:Pinna]], very sweet lady",
            ),
            (
                "a",
                "Great, that's 5 min away. Our driver [[P:Tore]] will pick you up at {{TM:9:10}}. His number is [[T:+39 347 218 9043]] if you get lost 🙂",
            ),
            (
                "c",
                "Thanks! ps my sister [[P:Femke]] might join for 2 days, she's on insta as [[H:femke.surfs]] if you want to check her level haha. She comes from [[L:Rotterdam]] on the {{D:4th}}",
            ),
        ],
    },
    # 2. German intermediate surfer rents a board, deposit by transfer and refund IBAN
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "jonas.wellenreiter",
        "lang": "en",
        "start": "2025-08-30T17:40:00",
        "messages": [
            (
                "c",
                "Hey, I'm [[P:Jonas]], intermediate surfer from [[L:Kiel]]. Can I rent just a board for 10 days? here is a clip of me surfing [[U:youtube.com/@jonas.wellenreiter]]",
            ),
            (
                "a",
                "Ciao [[P:Jonas]]! Nice clip 🤙 yes, board rental is {{$:25 €/day}} or {{$:200 €}} for 10 days, {{B:O'Neill}} wetsuit included. With {{W:Mistral}} the spot at {{W:Capo Mannu}} gets big, check {{W:windy.com}} before you paddle out",
            ),
            (
                "c",
                "Cool. I land at {{W:Alghero-Fertilia}} on {{D:14 September}} and stay with a friend in [[L:Riola Sardo]], [[P:Giacomo Serra]]. He says he knows you?",
            ),
            (
                "a",
                "Ahah [[P:Giacomo]]! Of course, he's the brother of our instructor [[P:Bruno]]. Say hi from [[P:Efisio]] 😄 For the rental we keep a deposit of {{$:50 €}}, bank transfer is fine: [[I:IT35 I050 3411 2010 0000 0067 420]], causale your name + {{R:NOL-0914}}",
            ),
            (
                "c",
                "Ok sent. For the refund of the deposit later: [[I:DE72760100850834719266]], [[P:Jonas Albrecht]], [[A:Holtenauer Str. 201]], [[A:24105]] [[L:Kiel]]",
            ),
            ("a", "Got it, thanks [[P:Jonas]]. Board will be waxed and ready 🏄‍♂️"),
        ],
    },
    # 3. Polish group of four, sizes, a painter's profile, invoice to Gdańsk
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Tomasz K.",
        "lang": "en",
        "start": "2025-06-28T06:55:00",
        "messages": [
            (
                "c",
                "Good morning, I write for group of 4 persons from [[L:Gdańsk]]. We want surf lesson {{D:July 19}} and {{D:20}}. Names: [[P:Tomasz Kowalski]], [[P:Agnieszka Nowak]], [[P:Kuba Zieliński]], [[P:Ola Wiśniewska]]",
            ),
            (
                "a",
                "Hi [[P:Tomasz]], thanks! Group lesson is {{$:45 €}} per person. I need wetsuit sizes and if somebody can't swim 🙏",
            ),
            (
                "c",
                "Sizes: me L, [[P:Agnieszka]] S, [[P:Kuba]] XL (he is big boy 😂), [[P:Ola]] M. Everybody swim ok. Ola is painter, she want to paint the beach, her works are here [[U:instagram.com/ola.wisniewska.art]]",
            ),
            (
                "c",
                "also [[P:Kuba]] ask if he can bring his drone. his telegram [[H:kuba_dron]] for questions",
            ),
            (
                "a",
                "Drone ok but not over the other students please 😅 Lessons {{TM:10:00}}–{{TM:12:00}}, come 15 min before to {{W:Mini Capo}} beach",
            ),
            (
                "c",
                "Thank you. Invoice please on company: [[P:Tomasz Kowalski]], [[A:ul. Grunwaldzka 141/12]], [[A:80-264]] [[L:Gdańsk]], [[L:Poland]]. My phone [[T:+48 512 093 446]]",
            ),
            ("a", "Received, invoice {{R:FT 2025/0388}} will come by email. Which email?"),
            (
                "c",
                "[[E:tomek.kowalski@example.pl]] . And the wifi in apartment is broken, host signor [[P:Murru]] say to call you?? 😅",
            ),
        ],
    },
    # 4. Family from Monza, kids course at ferragosto, codici fiscali of the children
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Serena G.",
        "lang": "it",
        "start": "2025-07-20T19:03:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Serena]], veniamo da [[L:Monza]] con i bimbi ([[P:Leone]] 9 anni e [[P:Gioia]] 7) per {{D:ferragosto}}, fate corsi x bambini?",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Sì, corso kids {{D:dall'11 al 15 agosto}} alle {{TM:17}}, quando il {{W:maestrale}} cala. {{$:150 €}} a bimbo. Sono [[P:Nives]], la coordinatrice 🙂 il meteo lo guardiamo su {{W:www.meteoam.it}}",
            ),
            (
                "c",
                "perfetto!! [[P:Leone]] in acqua è un {{W:leone}}, [[P:Gioia]] un po meno, ha paura delle onde 🙈",
            ),
            (
                "a",
                "Tranquilla, con le onde piccole del pomeriggio sarà una {{W:gioia}} anche per lei. Per l'assicurazione mi servono i codici fiscali dei bimbi",
            ),
            (
                "c",
                "[[P:Leone]] [[CF:GLBLNE16C21F704B]]\n[[P:Gioia]] [[CF:GLBGIO18H42F704A]]\ngli altri dati te li mando da [[E:serena.galbiati@example.it]]",
            ),
            (
                "c",
                "ah siamo in affitto a [[L:Santa Caterina di Pittinuri]], [[A:loc. Is Cannisonis snc]], casa gialla dopo il bar",
            ),
            (
                "a",
                "Ricevuto! Il mio numero per qualsiasi cosa è [[T:349 660 1278]]. Un numero di emergenza vostro?",
            ),
            (
                "c",
                "[[T:338-4471902]] (anche whatsapp) o mio marito [[P:Fortunato]] [[T:+39 333 90 18 455]]. Ajò, a {{D:lunedì}}!",
            ),
        ],
    },
    # 5. British girl wants her lesson photos, photographer's page, tiktok friend
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Grace Whitfield",
        "lang": "en",
        "start": "2025-05-18T10:22:00",
        "messages": [
            (
                "c",
                "Hiya, I did the lesson yesterday with [[P:Bruno]], can you send me the photos? I'm [[P:Grace Whitfield]], the one in the yellow rashguard",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Our photographer [[P:Nicola]] uploads them on his page [[U:www.nicolaporcu-photo.example.it/ondalunga]], the password is the date of the lesson",
            ),
            (
                "c",
                "Got them, they're brilliant! The one where I fall off is pure {{W:grace}} haha. Could you tag me? I'm [[H:@gracie.w_]] on insta",
            ),
            ("a", "Done! Shall we tag your friend too, the girl in the pink wetsuit?"),
            (
                "c",
                "That's [[P:Hope]], she's not on insta, only tiktok [[H:hopeandwaves]]. We're flying back to [[L:Bristol]] on {{D:Sunday}} 😭",
            ),
            (
                "a",
                "Safe trip! If you have a minute, a review on {{W:tripadvisor.com}} helps us a lot 🙏",
            ),
            ("c", "Will do xx [[P:Grace]] & [[P:Hope]]. p.s. {{W:hope}} to see you next summer!!"),
        ],
    },
    # 6. French customer writes in Italian, broken wrist, refund to a French IBAN
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Camille Roux",
        "lang": "it",
        "start": "2025-08-02T09:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Camille Roux]] di [[L:Lione]], ho la prenotazione {{R:OLS-2508-031}} ma mi sono rotta il polso 😭 è possibile un rimborso?",
            ),
            (
                "a",
                "Oh no [[P:Camille]], mi dispiace tanto! Sì, con un certificato medico rimborsiamo l'80%. Mandalo qui o a [[E:info@ondalunga-surf.example.it]]",
            ),
            (
                "c",
                "Ecco il certificato del dottor [[P:Lefèvre]]. Il mio IBAN è [[I:FR76 1027 8073 1200 0209 5167 403]], intestato a me e a mio marito [[P:Mathieu Roux]]",
            ),
            ("a", "Grazie! Rimborso di {{$:192 €}} fatto oggi. Bon rétablissement 💛"),
            (
                "c",
                "Merci! L'anno prossimo torniamo, promesso. Se vuoi vedere la mia faccia triste col gesso 😂 [[U:https://www.facebook.com/camille.roux.lyon]]",
            ),
            (
                "c",
                "ah, per la ricevuta il mio indirizzo è [[A:14 rue des Capucins]], [[A:69001]] [[L:Lyon]]",
            ),
        ],
    },
    # 7. Indian travel vlogger asks for a collab, partner's portfolio, invoice to Bengaluru
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "ananya.wanders",
        "lang": "en",
        "start": "2025-09-11T13:30:00",
        "messages": [
            (
                "c",
                "Hi team, [[P:Ananya Iyer]] here, travel vlogger ✈️ I'd love to do a collab: a free lesson for a reel? my stuff: [[U:linktr.ee/ananya.wanders]] (ig is [[H:ananya.wanders]] too)",
            ),
            (
                "a",
                "Hi [[P:Ananya]]! We'd love that 🤙 Free lesson, you tag {{B:@ondalunga.surf}} in the reel. When are you in Sardinia?",
            ),
            (
                "c",
                "{{D:Oct 3-5}}, staying in [[L:Cabras]] with my partner [[P:Rohan]]. He'll film, his portfolio is here ([[U:https://rohanmehta.example.com/work]])",
            ),
            (
                "a",
                "Perfect, {{D:4 October}} at {{TM:8:00}}, best light. Board and wetsuit are on us, just bring sunscreen. Need an invoice for the rest of the week?",
            ),
            (
                "c",
                "Yes pls, to me: [[P:Ananya Iyer]], [[A:No. 42, 3rd Cross, Indiranagar 2nd Stage]], [[L:Bengaluru]] [[A:560038]], phone [[T:+91 98450 12763]]",
            ),
        ],
    },
    # 8. Bride plans the wedding cake, pink sugar flowers by Rosa, mother-in-law Stella
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Bianca Ferrero",
        "lang": "it",
        "start": "2025-02-10T11:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Bianca Ferrero]], mi sposo il {{D:13 settembre}} con [[P:Franco]] e cerchiamo la torta nuziale, circa 120 invitati 💍",
            ),
            (
                "a",
                "Buongiorno [[P:Bianca]], auguri!! Facciamo le degustazioni il sabato mattina in laboratorio, [[A:via Nizza 214]]. Le va bene {{D:sabato 22}} alle {{TM:10.30}}? [[P:Lidia]]",
            ),
            (
                "c",
                "Sì perfetto. Ci piacerebbe una torta {{W:bianca}} a 3 piani con fiori di zucchero {{W:rosa}} antico, tipo quelle che abbiamo visto da voi su insta",
            ),
            (
                "a",
                "Bellissima idea. Indicativamente {{$:6,50 € a fetta}}, i fiori li fa a mano [[P:Rosa]], la nostra cake designer 🌸",
            ),
            (
                "c",
                "Verrà anche mia suocera [[P:Stella]], molto esigente ahah. Vi lascio anche il suo numero? [[T:011 660 23 18]] casa o cell [[T:347.551.20.09]]",
            ),
            (
                "c",
                "e il fotografo, [[P:Enrico Balma]], vorrebbe fotografare la torta in laboratorio prima, il suo sito è [[U:www.enricobalma.example.it]]. noi sposi su ig siamo [[H:@bianca_e_franco_2025]] 😍",
            ),
            (
                "a",
                "Certo, nessun problema! Il ricevimento dov'è? Fuori {{W:Torino}} la consegna costa {{$:40 €}}",
            ),
            ("c", "Alla {{B:Tenuta La Gioia}} a {{W:Cocconato}}. grazie mille! [[P:Bianca]]"),
        ],
    },
    # 9. Grandson orders a Saint Honoré for grandma Speranza's 90th, delivery to Nichelino
    {
        "business": "cake",
        "platform": "messenger",
        "customer": "Domenico Ferraris",
        "lang": "it",
        "start": "2025-11-03T16:47:00",
        "messages": [
            (
                "c",
                "salve volevo ordinare una torta x i 90 anni di mia nonna [[P:Speranza]], con scritto sopra AUGURI NONNA [[P:SPERANZA]] 90",
            ),
            (
                "a",
                "Salve! 90 anni, che traguardo 🎉 Per quante persone? Abbiamo la {{PD:torta Margherita}} con chantilly o la {{PD:Saint Honoré}}, che va sempre",
            ),
            (
                "c",
                "una 30ina. la saint honore va bene ma nn troppo dolce che la nonna ha il diabete. la ritira mio cugino [[P:gianpiero]] o se la portate voi è meglio",
            ),
            (
                "a",
                "{{PD:Saint Honoré}} per 30 con meno zucchero, {{$:95 €}}. Consegna {{D:domenica}} mattina {{$:+10 €}}. Mi lascia nome, indirizzo e un numero?",
            ),
            (
                "c",
                "[[P:ferraris domenico]] [[A:str. del Castello nr 27]] [[L:nichelino]] citofono [[P:ferraris]]. cell [[T:3396627105]]",
            ),
            (
                "a",
                "Perfetto sig. [[P:Ferraris]], ordine {{O:N. 2241}} confermato, arriviamo tra le {{TM:10}} e le {{TM:11}}. Auguri a nonna [[P:Speranza]]! 🎂",
            ),
            (
                "c",
                "grazie, la {{W:speranza}} è l'ultima a morire 😂 lei è di [[L:Carmagnola]] ma ora sta da noi. bòja fauss, 90 anni!",
            ),
        ],
    },
    # 10. Cake blogger Viola orders a Frozen cake for daughter Sole, the purple gate
    {
        "business": "cake",
        "platform": "instagram",
        "customer": "viola.cakelover",
        "lang": "it",
        "start": "2025-02-26T21:12:00",
        "messages": [
            (
                "c",
                "Ciaoo! sono [[P:Viola]] di [[H:@viola.cakelover]] 💜 vorrei una torta per il compleanno di mia figlia [[P:Sole]] (5 anni), tema {{PD:Frozen}}",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! Che bello 💕 una {{PD:Frozen}} a due piani viene sui {{$:120 €}}. Se pensavi a una collab scrivi pure a [[E:marketing@pasticceriaborrione.example.it]]",
            ),
            (
                "c",
                "sì magari! qui trovi numeri e lavori passati [[U:linktr.ee/violacakelover]] e il mio blog [[U:violaincucina.example.it]] ✨",
            ),
            ("a", "Visto, bellissimo! La festa dove sarà?"),
            (
                "c",
                "a casa nostra a [[L:Moncalieri]], [[A:strada Revigliasco 88]], ci sono 2 cancelli, quello {{W:viola}} è il nostro 😂",
            ),
            (
                "a",
                "Ahah il cancello {{W:viola}}, perfetto 💜 consegna {{D:sabato 8 marzo}} alle {{TM:15:00}}, giusto per la {{D:festa della donna}}",
            ),
            (
                "c",
                "[[P:Sole]] sarà così {{W:felice}} ☀️ mio marito [[P:Felice]] chiede se avete le candeline a forma di {{W:stella}}",
            ),
        ],
    },
    # 11. English-speaking husband orders a pistachio cake for Ivy, tries to send his card
    {
        "business": "cake",
        "platform": "whatsapp",
        "customer": "Mark Dawson",
        "lang": "en",
        "start": "2025-04-07T08:50:00",
        "messages": [
            (
                "c",
                "Buongiorno, parlate inglese? Il mio italiano è molto piccolo 😅 sono [[P:Mark]]",
                "it",
            ),
            ("a", "Good morning [[P:Mark]]! Yes of course, how can we help?"),
            (
                "c",
                "Great! I'm [[P:Mark Dawson]], we live in [[L:Crocetta]], and I'd like a birthday cake for my wife [[P:Ivy]]. Something with pistachio for 12 people, with 'Happy 40 [[P:Ivy]]' on top",
            ),
            (
                "a",
                "Lovely! Pistachio & raspberry mousse cake for 12 is {{$:58 €}}. Or our classic {{PD:Sacher}} or the {{PD:Gianduja}}. Can you pay in advance?",
            ),
            (
                "c",
                "Pistachio please. Can I just give you my card? [[C:4539 1720 6648 3107]] exp 09/27",
            ),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll email you a secure payment link, it comes from {{W:sumup.com}}. Which email?",
            ),
            (
                "c",
                "Oops sorry. [[E:mark.dawson@example.com]]. Delivery to [[A:corso Re Umberto 61, 3rd floor]] on {{D:Thursday}}, the buzzer says [[P:Dawson-Kerr]]. If nobody answers call me on [[T:+44 7700 900731]]",
            ),
            (
                "c",
                "PS [[P:Ivy]] hates {{W:ivy}}, we have it all over the balcony, so NO green leaves on the cake haha",
            ),
        ],
    },
    # 12. Wedding planner with partita IVA, deposit by transfer, two e-mails spelled out
    {
        "business": "cake",
        "platform": "telegram",
        "customer": "Marina Cravero",
        "lang": "it",
        "start": "2025-03-14T14:20:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Marina Cravero]], wedding planner. Vi scrivo per conto degli sposi [[P:Alessia]] e [[P:Rocco]] per la torta del {{D:27 giugno}}",
            ),
            (
                "a",
                "Buonasera dott.ssa [[P:Cravero]], ci ricordiamo di lei! Sempre {{PD:millefoglie}} alla chantilly con frutti di bosco? Attenzione che il {{D:24 giugno}}, {{D:San Giovanni}}, siamo chiusi",
            ),
            (
                "c",
                "Sì, 4 piani, 160 persone, alla {{B:Tenuta La Gioia}}. La fattura va intestata a me: [[P:Marina Cravero]], P.IVA [[V:04892730013]], [[A:via Madama Cristina 19/B]], [[A:10125]] [[L:Torino]]",
            ),
            (
                "a",
                "Ricevuto. Acconto del 30% ({{$:312 €}}) su [[I:IT54 R020 0811 1100 0010 4558 391]] intestato a {{B:Pasticceria Borrione}}, causale {{R:ORD-0627}}. La consegna in tenuta è {{W:franco}} destino",
            ),
            (
                "c",
                "Fatto, vi giro la contabile. Gli sposi vivono a [[L:Chieri]], la torta però va direttamente alla tenuta entro le {{TM:18}}",
            ),
            ("a", "Perfetto. Le mando la conferma via mail, quale indirizzo preferisce?"),
            (
                "c",
                "la mia personale [[E:marina punto cravero chiocciola example punto it]] oppure quella dello studio [[E:info [at] cravero-weddings [dot] example [dot] it]]",
            ),
            (
                "c",
                "il sito è [[U:cravero-weddings.example.it]], su ig [[H:@marinacravero.weddings]] 🥂 grazie!",
            ),
        ],
    },
    # 13. Grandfather dictates by voice: the name on the christening cake was wrong
    {
        "business": "cake",
        "platform": "messenger",
        "customer": "Bruno Gallo",
        "lang": "it",
        "start": "2025-10-19T09:31:00",
        "messages": [
            (
                "c",
                "buongiorno sono il signor [[P:Bruno Gallo]] ho ritirato ieri la torta per il battesimo di mio nipote [[P:Samuele]] ma sopra c'era scritto [[P:Samuela]] si scrive [[P:S A M U E L E]] punto mi può richiamare qualcuno al numero [[T:335 67 82 109]] grazie",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Gallo]], ci scusiamo tantissimo 😔 la richiama [[P:Lidia]] entro mezzogiorno. Le rimborsiamo la decorazione, {{$:15 €}}",
            ),
            (
                "c",
                "va bene grazie mia figlia [[P:Franca]] dice che potete fare il bonifico sul suo conto [[I:IT13 L076 0101 0000 0102 9384 756]] intestato a [[P:Franca Gallo]] punto la torta comunque era buonissima",
            ),
            (
                "a",
                "Bonifico fatto, CRO {{R:1101251830447712}}. Ancora scuse e un abbraccio al piccolo [[P:Samuele]] 🎉",
            ),
            ("c", "grazie gentilissimi a presto [[P:Bruno]]"),
        ],
    },
    # 14. Chinese student orders mooncake-style pastries, a friend with a WeChat id picks up
    {
        "business": "cake",
        "platform": "instagram",
        "customer": "liwen_to",
        "lang": "it",
        "start": "2025-09-15T18:02:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Li Wen]] ([[P:李文]]), studentessa al {{W:Politecnico}}. fate dolci tipo mooncake per la {{D:Festa di metà autunno}}? 🥮",
            ),
            (
                "a",
                "Ciao [[P:Li Wen]]! Non li abbiamo mai fatti ma ci proviamo volentieri 😊 con ripieno di {{PD:gianduja}}? Minimo 20 pezzi, {{$:3 €}} l'uno",
            ),
            (
                "c",
                "wow sì!! 30 pezzi. ritira la mia amica [[P:Zhang Yuqing]], lei non parla italiano, solo inglese. il suo wechat è [[H:yuqing_0918]]",
            ),
            (
                "a",
                "Perfetto. Ritiro {{D:venerdì 3 ottobre}} dopo le {{TM:16}} in negozio, [[A:via Nizza 214]]. Ordine {{O:#3077}}",
            ),
            (
                "c",
                "grazie!! abitiamo a [[L:San Salvario]], 5 minuti a piedi. [[P:Yuqing]] dice 谢谢 ahah",
            ),
        ],
    },
    # 15. Runner with knee pain sent by her doctor, codice fiscale for the tax deduction
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Laura Bonomi",
        "lang": "it",
        "start": "2025-03-03T07:48:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Laura Bonomi]], preparo la mezza maratona e ho male al ginocchio dx da 2 settimane. Mi ha consigliato voi il dott. [[P:Ferri]]",
            ),
            (
                "a",
                "Buongiorno [[P:Laura]], il dott. [[P:Ferri]] ci manda spesso i suoi pazienti 🙂 prima visita con [[P:Giulia]] {{D:martedì 4}} alle {{TM:18:15}}? Costa {{$:60 €}}",
            ),
            (
                "c",
                "Perfetto. Per la fattura vi serve il CF? [[CF:BNMLRA91T41B157J]]. Abito a [[L:Concesio]], [[A:via Europa 12/a]], mail [[E:laura.bonomi91@example.it]]",
            ),
            (
                "a",
                "Sì grazie, serve per la detrazione. Porti pure l'ecografia se l'ha fatta. Siamo in [[A:via Triumplina 45, 2° piano]], parcheggio interno",
            ),
            (
                "c",
                "Ok. Posso fare anche la {{PD:Tecar}}? un'amica, [[P:Chiara]], si è trovata benissimo",
            ),
            ("a", "Valutiamo alla visita 😉 a martedì! [[P:Matteo]]"),
        ],
    },
    # 16. Daughter books home physiotherapy for her mother, address split over two messages
    {
        "business": "physio",
        "platform": "messenger",
        "customer": "Marta Pellegrini",
        "lang": "it",
        "start": "2025-06-05T12:10:00",
        "messages": [
            (
                "c",
                "Salve, scrivo per mia mamma [[P:Rosa Pellegrini]], 84 anni, operata all'anca alla {{W:Poliambulanza}} la settimana scorsa. Fate fisioterapia a domicilio?",
            ),
            ("a", "Salve, sì, il giovedì e il venerdì mattina. In che zona abitate?"),
            ("c", "[[L:Mompiano]], in [[A:via Montesuello]]"),
            (
                "c",
                "scusi, civico [[A:37, scala B, int. 9]]. citofono [[P:Pellegrini Franco]], mio papà. a casa c'è sempre anche la badante, [[P:Khadija]]",
            ),
            (
                "a",
                "Va bene. Verrà [[P:Davide Zanola]], {{$:55 €}} a seduta. La prima {{D:giovedì 12 giugno}} alle {{TM:9}}. Preparate la lettera di dimissione e le lastre",
            ),
            (
                "c",
                "grazie. mi lascia un recapito di [[P:Davide]]? io sono [[P:Marta]], il mio numero è [[T:+39 340 882 1190]]. La fattura a nome della mamma, CF [[CF:PLLRSO41E70B157H]]",
            ),
            (
                "a",
                "[[P:Davide]]: [[T:329 4471 006]]. Per il deambulatore potete fare domanda all'ATS, il modulo è su {{W:www.ats-brescia.it}}",
            ),
            (
                "c",
                "grazie mille. la mamma dice che conosce la mamma di [[P:Davide]], la sciura [[P:Bruna]] del mercato 😅",
            ),
        ],
    },
    # 17. Nigerian engineer with back pain, McKenzie method, offers a corporate card
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Chinedu Okafor",
        "lang": "en",
        "start": "2025-01-20T18:33:00",
        "messages": [
            (
                "c",
                "Good evening, I'm [[P:Chinedu Okafor]]. I work as an engineer in [[L:Rezzato]] and I have lower back pain from sitting all day. Do you speak English?",
            ),
            (
                "a",
                "Good evening [[P:Chinedu]], yes, [[P:Giulia]] and I both do. I'm [[P:Matteo]]. We can see you {{D:Wednesday}} at {{TM:7 pm}}. Do you have a prescription?",
            ),
            (
                "c",
                "No prescription. My wife [[P:Ngozi]] says try the {{W:McKenzie}} method, she did it when we lived in [[L:Manchester]]",
            ),
            (
                "a",
                "We do use the {{W:McKenzie}} method 👍 First visit {{$:60 €}}. Bring comfy clothes.",
            ),
            (
                "c",
                "Can I pay with the company card? It's a corporate Amex [[C:3796 145088 22179]]. Invoice to my name please, my linkedin in case you need the company [[U:linkedin.com/in/chinedu-okafor-eng]]",
            ),
            (
                "a",
                "Payment is at the studio only, there's a card terminal. No need to send card numbers here 🙂",
            ),
            (
                "c",
                "Understood, thanks. Also my colleague [[P:Bill]] wants to come, but please {{W:bill}} him separately 😂 his number [[T:392 77 10 483]]",
            ),
        ],
    },
    # 18. Freelance photographer with partita IVA books five sessions, portfolio and ig
    {
        "business": "physio",
        "platform": "telegram",
        "customer": "Ste Marchetti",
        "lang": "it",
        "start": "2025-05-12T22:15:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Stefano Marchetti]], fotografo freelance. ho la spalla bloccata da giorni 😩 chiedo x un ciclo di 5 sedute",
            ),
            (
                "a",
                "Ciao [[P:Stefano]], certo. Ciclo di 5 sedute {{$:230 €}}. Fattura a nome tuo o con partita IVA?",
            ),
            (
                "c",
                "p.iva [[V:07310450171]], [[P:Marchetti Stefano]], [[A:v.le Venezia 118]], [[A:25123]] [[L:Brescia]]. mail [[E:stefano punto marchetti at example punto com]]",
            ),
            ("a", "Perfetto. Prima seduta {{D:lunedì}} alle {{TM:8:30}} con [[P:Matteo]]"),
            (
                "c",
                "ok. ps se vi servono foto per il sito, il mio portfolio è [[U:stefanomarchetti.example.com]] e su ig [[H:ste.marchetti.ph]] 📸",
            ),
            ("a", "Ahah grazie, ne parliamo lunedì!"),
            (
                "c",
                "cmq il medico dice che è colpa dello zaino da 12 kg, la mia ragazza [[P:Serena]] dice che me lo merito 🙄",
            ),
        ],
    },
    # 19. Albanian mother books for her son's ankle, the coach says kinesio
    {
        "business": "physio",
        "platform": "instagram",
        "customer": "elira.hoxha",
        "lang": "it",
        "start": "2025-10-06T15:40:00",
        "messages": [
            (
                "c",
                "ciao io sono la mamma di [[P:Kevin]], 15 anni, gioca negli allievi del {{B:US Urago Mella}}, si è fatto male alla caviglia sabato in partita",
            ),
            ("a", "Ciao! Mi spiace per [[P:Kevin]] 😕 avete già fatto una radiografia?"),
            (
                "c",
                "si al {{W:Civile}} in pronto soccorso, niente di rotto. il mister [[P:Leone]] dice di fare il {{PD:kinesio}}",
            ),
            (
                "a",
                "Ok, possiamo vederlo {{D:domani}} alle {{TM:16:45}}. Mi dai cognome e un numero?",
            ),
            ("c", "[[P:Hoxha]]"),
            (
                "c",
                "io sono [[P:Elira]], il num è [[T:351 702 4419]]. Abitiamo in [[A:via Chiusure 211]], se serve",
            ),
            (
                "a",
                "Perfetto signora [[P:Hoxha]], a domani! Portate anche le scarpe da calcio di [[P:Kevin]]",
            ),
        ],
    },
    # 20. Formal letter from a volleyball club asking for an agreement
    {
        "business": "physio",
        "platform": "messenger",
        "customer": "ASD Volley Leonessa",
        "lang": "it",
        "start": "2025-09-01T10:00:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Studio FisioMella}},\ncon la presente la scrivente {{B:ASD Volley Leonessa}} chiede un preventivo per una convenzione riservata alle atlete della prima squadra (14 tesserate).\nReferente: la sottoscritta [[P:Ilaria Bontempi]], segretaria, tel. [[T:030 294 1187]], e-mail [[E:segreteria.volleyleonessa@example.org]].\nDistinti saluti\nIl Presidente\n[[P:Giovanni Marini]]",
            ),
            (
                "a",
                "Gentile [[P:Ilaria Bontempi]], grazie per la richiesta. Proponiamo {{$:45 €}} a seduta per le tesserate, prima valutazione gratuita. Le invio il preventivo {{R:PR-2025-017}} in PDF. A chi lo intestiamo?",
            ),
            (
                "c",
                "A: {{B:ASD Volley Leonessa}}, [[A:via del Brolo 3]], [[A:25135]] [[L:Brescia]]. Per le atlete minorenni firmano i genitori, la capitana è [[P:Vittoria Speranza]] (17 anni)",
            ),
            (
                "a",
                "Perfetto. Il nostro [[P:Matteo]] può passare in palestra il {{D:giovedì}} sera dopo le {{TM:20}} per le valutazioni",
            ),
            (
                "c",
                "Ottimo. La palestra è quella della scuola {{W:Ugo Foscolo}}, entrata da [[A:via Carducci 5]]. Forza {{W:Leonessa}}! 🏐",
            ),
        ],
    },
    # 21. Pregnant British woman in Iseo starts in Italian, then switches to English
    {
        "business": "physio",
        "platform": "whatsapp",
        "customer": "Rose Pemberton",
        "lang": "en",
        "start": "2025-11-21T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno! Scusate il mio italiano, sono [[P:Rose]], incinta di 7 mesi, ho molto mal di schiena",
                "it",
            ),
            (
                "c",
                "Sorry, easier in English 😅 I'm [[P:Rose Pemberton]], we moved to [[L:Iseo]] last year. Is there someone who works with pregnant women?",
            ),
            (
                "a",
                "Hi [[P:Rose]]! Yes, our colleague [[P:Federica]] specialises in pregnancy. {{D:Fridays}} at {{TM:11:00}} would work?",
            ),
            (
                "c",
                "Fridays are great. My midwife [[P:Patience Mensah]] wrote a note, can I email it? do you need my codice fiscale?",
            ),
            (
                "a",
                "Sure, send it to [[E:studio@fisiomella.example.it]]. Yes, the codice fiscale goes on the receipt for the tax deduction",
            ),
            (
                "c",
                "It's [[CF:PMBRSO89B47Z114M]]. Address [[A:via Roma 4]], [[A:25049]] [[L:Iseo]]. Our baby girl will be [[P:Hope]] or maybe [[P:Rose]] like me, still deciding 🌹 I write about it all here [[U:roseinitaly.example.co.uk]]",
            ),
        ],
    },
    # 22. German family rents e-bikes for a week, heights, a gamertag, a card for the deposit
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Sabine Hoffmann",
        "lang": "en",
        "start": "2025-07-01T06:30:00",
        "messages": [
            (
                "c",
                "Hello, we are family [[P:Hoffmann]] from [[L:Regensburg]], 2 adults + 2 kids (11 and 14). We want to rent e-bikes {{D:12.–16. August}}. I am [[P:Sabine]]",
            ),
            (
                "a",
                "Hi [[P:Sabine]]! 2 {{B:Riese & Müller}} e-MTB + 2 kids bikes, {{$:390 €}} for 5 days. Can you send me everybody's height? Delivery is free in {{W:Torbole}}, {{W:Riva}} and {{W:Arco}}. Info about the area on {{W:www.gardatrentino.it}}",
            ),
            (
                "c",
                "Me 1,68, my husband [[P:Wolfgang]] 1,91, [[P:Lena]] 1,55, [[P:Felix]] 1,64. We rent a Ferienwohnung in [[L:Nago]], [[A:via Sarca Vecchia 21]], the owner is [[P:Tonelli]]",
            ),
            (
                "a",
                "Perfect. Delivery {{D:Tuesday 12th}} at {{TM:9:00}}. For the deposit we pre-authorise a card at delivery. Would you like a guided tour too? The {{PD:Ponale Tour}} with our guide [[P:Franco]] is amazing",
            ),
            (
                "c",
                "Yes!! [[P:Felix]] is crazy for bikes, on xbox he is [[H:FelixTheBiker07]] lol. Card for deposit: [[C:5228 4739 0116 5724]]",
            ),
            (
                "a",
                "Thanks, but keep the card for the delivery guy, he just swipes it there 🙂 Ponale booked for {{D:Thursday}}, {{R:GPT-0814-22}}. Meeting at the shop, [[A:via Matteotti 58]], {{TM:8:30}}",
            ),
            (
                "c",
                "Danke! I mean thank you 😅 my mobile [[T:+49 171 4482 917]], email [[E:sabine.hoffmann@example.de]]",
            ),
        ],
    },
    # 23. Austrian rider writes in Italian, strava and komoot links, deposit and refund IBANs
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Florian Gruber",
        "lang": "it",
        "start": "2025-05-26T17:12:00",
        "messages": [
            (
                "c",
                "Servus! Sono [[P:Florian Gruber]] di [[L:Innsbruck]], scusa mio italiano. Siamo due biker esperti. La vostra guida fa il giro {{W:Tremalzo}}? Questo è il mio strava [[U:strava.com/athletes/48213077]]",
            ),
            (
                "a",
                "Servus [[P:Florian]]! Sì, {{PD:Tremalzo Full Day}} {{$:95 €}} a testa + e-bike {{$:55 €}}, oppure portate le vostre. La guida sarebbe [[P:Mirko]]",
            ),
            (
                "c",
                "Perfetto, noi abbiamo bici nostre, una {{B:Bianchi}} e una {{B:Canyon}}. La mia ragazza [[P:Anna-Lena]] ha già fatto un giro su komoot: [[U:https://www.komoot.com/user/2276610954]], su instagram è [[H:annalena_rides]]",
            ),
            (
                "a",
                "Bel giro! Caparra {{$:100 €}} su [[I:IT30 O034 4054 1100 0000 0312 907]]. Per un eventuale rimborso ci serve il vostro IBAN",
            ),
            (
                "c",
                "[[I:AT80 3503 5000 0441 7823]], [[P:Florian Gruber]], [[A:Anichstraße 29/4]], [[A:6020]] [[L:Innsbruck]]",
            ),
            (
                "a",
                "Danke! Ci vediamo {{D:sabato}} alle {{TM:7:45}} alla {{W:marina}} di {{W:Riva}}, vicino al chiosco dei gelati 🍦",
            ),
        ],
    },
    # 24. Lost sunglasses on the shuttle, shipped to his sister in Verona
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Davide Sole",
        "lang": "it",
        "start": "2025-08-19T08:41:00",
        "messages": [
            (
                "c",
                "ciao! ieri ero nel tour del {{PD:Monte Brione}} con [[P:Mirko]], ho perso gli occhiali da {{W:sole}} {{B:Oakley}} sul furgone 😭 sono [[P:Davide Sole]]",
            ),
            ("a", "Ciao [[P:Davide]]! Sì, li ha trovati [[P:Mirko]] 😎 te li spediamo? Dove?"),
            (
                "c",
                "siii grazie!! [[A:vicolo San Pietro Martire 6]], [[A:37121]] [[L:Verona]], c/o [[P:Beatrice Sole]] (mia sorella)",
            ),
            (
                "a",
                "Ok, raccomandata {{B:Poste}} {{$:7,90 €}}, codice {{TR:RA041928337IT}}, la segui su {{W:www.poste.it/cerca}}",
            ),
            (
                "c",
                "perfetto. ah il mio amico [[P:gianma]] vuole la foto di gruppo, gliela mandi al [[T:0039 392 114 7738]]?",
            ),
            (
                "a",
                "Fatto! Le foto del tour sono anche sul sito {{W:www.gardapedaltours.example.it/gallery}} 📸",
            ),
        ],
    },
    # 25. Honeymoon couple books the Ledro loop, B&B run by a lady called Gioia
    {
        "business": "bike",
        "platform": "instagram",
        "customer": "priya.wanderlust",
        "lang": "en",
        "start": "2025-05-09T20:20:00",
        "messages": [
            (
                "c",
                "Hi!! We're [[P:Priya]] & [[P:Arjun]], on honeymoon 💕 staying at a B&B in [[L:Tenno]]. Is the Lake Ledro tour ok for not-so-fit people? 😂",
            ),
            (
                "a",
                "Congratulations [[P:Priya]] & [[P:Arjun]]! With e-bikes it's easy. {{PD:Ledro Lake Loop}}, half day, {{$:75 €}} each. {{W:Lago di Ledro}} is gorgeous in {{D:May}}",
            ),
            (
                "c",
                "Book us for {{D:May 21}} please! [[P:Arjun]]'s email is [[E:arjun.sharma88@example.co.uk]], he's the organised one lol",
            ),
            ("a", "Done ✔ {{R:GPT-0521-07}}. Pick-up at your B&B at {{TM:9}}. What's the address?"),
            (
                "c",
                "It's run by a lovely lady called [[P:Gioia]], [[A:via Frapporta 3]]. Her name means {{W:joy}} she told us 🥹 and the garden is full of {{W:roses}}",
            ),
            (
                "c",
                "Oh and we post everything on [[H:priya.wanderlust]] and the wedding vlog is on [[U:youtube.com/@priyaandarjun]] if you want to repost! 📸",
            ),
        ],
    },
    # 26. American cyclist ships his bike box to the shop and back to Colorado
    {
        "business": "bike",
        "platform": "telegram",
        "customer": "Bill Carrigan",
        "lang": "en",
        "start": "2025-04-14T15:55:00",
        "messages": [
            (
                "c",
                "Hey there, [[P:Bill Carrigan]] from [[L:Boulder]], [[L:Colorado]]. I'm bringing my own road bike, can I ship the bike box to your shop a week before I arrive?",
            ),
            (
                "a",
                "Hi [[P:Bill]], sure, ship it to {{B:Garda Pedal Tours}}, [[A:via Matteotti 58]], [[A:38069]] {{W:Torbole}} (TN). {{W:Mark}} the box with your name 🙂",
            ),
            (
                "c",
                "Awesome. If customs calls, my cell is [[T:(303) 555-0187]]. My rides are on [[U:ridewithgps.com/users/1184523]] if your guide wants to see my pace",
            ),
            (
                "a",
                "Nice numbers 😅 After the trip we can also ship the box back to your home if you like",
            ),
            (
                "c",
                "Yes pls: [[A:2217 Mapleton Ave, Apt 3B]], [[L:Boulder]], [[L:CO]] [[A:80304]]. My wife [[P:Dawn]] will be home to sign. And my buddy [[P:Rick]] is coming too, he's [[H:rick_on_wheels]] here on telegram ([[U:t.me/rick_on_wheels]])",
            ),
            (
                "a",
                "Perfect. Return shipping with {{B:UPS}} is around {{$:180 $}}, we'll send you the tracking number when it leaves",
            ),
            (
                "c",
                "Cool. Planning to ride up {{W:Monte Baldo}} at {{W:dawn}} on {{D:Saturday}}, any tips? 🌄",
            ),
        ],
    },
    # 27. Booking site blocks his IP, tour for two couples, e-mail with AT
    {
        "business": "bike",
        "platform": "whatsapp",
        "customer": "Angelo Bresciani",
        "lang": "it",
        "start": "2025-06-29T19:44:00",
        "messages": [
            (
                "c",
                'Buonasera, provo a prenotare sul vostro sito ma mi dà "Access denied for [[IP:93.41.187.22]]" 🤷‍♂️ sono [[P:Angelo Bresciani]] di [[L:Rovereto]]',
            ),
            (
                "a",
                "Buonasera [[P:Angelo]], il sito ha un filtro anti-spam che a volte blocca qualche rete, lo segnalo al tecnico. Intanto che tour le interessa?",
            ),
            (
                "c",
                "Il giro del {{PD:Lago di Tenno}} per me e mia moglie [[P:Franca]] {{D:domenica}}. Ah e anche la nostra amica [[P:Stella]] col marito [[P:Gino]]",
            ),
            (
                "a",
                "4 persone {{D:domenica 6 luglio}}, ok. Un riferimento per la conferma? email o cellulare",
            ),
            (
                "c",
                "[[E:angelo.bresciani AT example.it]] e cell [[T:328/4410297]]. abitiamo in [[A:c.so Bettini 47]] se serve x la fattura",
            ),
            (
                "a",
                "Perfetto, conferma {{R:GPT-0706-15}} inviata. Partenza alle {{TM:9:00}} dal negozio, guida [[P:Franco]]",
            ),
            ("c", "Grazie! La sera poi cena alla {{B:Trattoria Stella}}, ce la consigliate? 😄"),
        ],
    },
    # 28. Swiss guest paid twice, refund to her husband's Swiss account, friend's spaced e-mail
    {
        "business": "bike",
        "platform": "messenger",
        "customer": "Ursula Keller",
        "lang": "it",
        "start": "2025-09-14T07:25:00",
        "messages": [
            (
                "c",
                "Grüezi, sono [[P:Ursula Keller]] di [[L:Winterthur]]. Ero nel tour del tramonto {{D:venerdì}}, la guida [[P:Franco]] è stata fantastica!",
            ),
            ("a", "Grazie mille [[P:Ursula]]! Glielo dico subito 😊"),
            (
                "c",
                "C'è un problema, ho pagato due volte sul sito, {{$:2 × 69 €}}. Potete rimborsare uno su [[I:CH34 0076 2045 7381 6290 1]]? Il conto è di mio marito [[P:Reto Keller]], [[A:Technikumstrasse 12]], [[A:8400]] [[L:Winterthur]]",
            ),
            (
                "a",
                "Ha ragione, ci scusi! Rimborso di {{$:69 €}} fatto oggi, riferimento {{R:RIMB-0912}}. Ci vogliono 2-3 giorni",
            ),
            (
                "c",
                "Grazie. La mia amica [[P:Heidi]] vuole anche lei le foto del tour, la sua email: [[E:heidi . brunner @ example . ch]], telefono [[T:+41 79 318 44 06]]",
            ),
        ],
    },
    # 29. Mother enrols Viola, who wants to play the viola
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Serena Rossi",
        "lang": "it",
        "start": "2025-09-02T18:50:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Serena Rossi]], la mamma di [[P:Viola]] (8 anni). Vorrebbe iscriversi a un corso di violino 🎻",
            ),
            (
                "a",
                "Buonasera! Il violino per i bambini lo insegna [[P:Anita]], il {{D:mercoledì}} alle {{TM:17}}. La lezione di prova è gratuita",
            ),
            (
                "c",
                "Ecco, il problema è che ha visto un concerto al {{W:Teatro Manzoni}} e ora dice che vuole suonare la {{W:viola}}, non il violino 😂 si può a 8 anni?",
            ),
            (
                "a",
                "Ahah [[P:Viola]] che suona la {{W:viola}}, è destino! Di solito si parte col violino e poi si passa alla {{W:viola}}. Ne parlate con [[P:Anita]] alla prova",
            ),
            (
                "c",
                "Ok! Iscrizione a nome mio: [[P:Serena Rossi]], CF [[CF:RSSSRN83E63A944Z]], [[A:via del Pratello 90]], [[L:Bologna]]",
            ),
            (
                "a",
                "Grazie. Quota annuale {{$:45 €}} + {{$:75 €}} al mese. Ci trova in [[A:via San Vitale 71/2]], citofono {{B:Chiave di Sol}}. Per il contributo del Comune guardi su {{W:www.comune.bologna.it}}",
            ),
            (
                "c",
                "perfetto, [[P:Viola]] non vede l'ora. Il mercoledì la porta il papà, [[P:Carlo]]",
            ),
        ],
    },
    # 30. Grandfather Primo asks about piano for his grandson, Suzuki method
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Primo Zanetti",
        "lang": "it",
        "start": "2025-09-08T10:16:00",
        "messages": [
            (
                "c",
                "salve, scrivo x mio nipote [[P:Tommaso]] ha 6 anni e strimpella sempre sulla tastiera {{B:Yamaha}} della nonna [[P:Gina]]. avete pianoforte x i bambini?",
            ),
            (
                "a",
                "Salve! Sì, con il {{W:metodo Suzuki}} anche dai 4 anni. L'insegnante è il maestro [[P:Martino Cevenini]]. Di dove siete?",
            ),
            (
                "c",
                "stiamo a [[L:san lazzaro]], ma la scuola di [[P:tommaso]] è in centro vicino a {{W:piazza Maggiore}}",
            ),
            (
                "a",
                "Comodo! Lezione di prova {{D:sabato 20 settembre}} alle {{TM:10:00}}. I corsi sono su {{W:www.chiavedisol-bologna.example.it/corsi}}. Ci lascia il nome e il numero di un genitore?",
            ),
            (
                "c",
                "la mamma [[P:Giorgia Zanetti]] [[T:+39 051 6271 448]] oppure io nonno [[P:Primo]] [[T:3471022856]]",
            ),
            (
                "a",
                "Grazie sig. [[P:Primo]]! Il {{W:primo}} giorno portate solo una merenda e tanta curiosità 😊",
            ),
        ],
    },
    # 31. English mother enrols her son in electric guitar, soundcloud and tiktok, a Ukrainian friend
    {
        "business": "music",
        "platform": "instagram",
        "customer": "claire.holloway",
        "lang": "en",
        "start": "2025-10-01T19:35:00",
        "messages": [
            (
                "c",
                "Hi! My son [[P:Oliver]] (15) wants electric guitar lessons. We moved from [[L:Leeds]] in {{D:March}} and he only speaks a bit of Italian. I'm [[P:Claire Holloway]]",
            ),
            (
                "a",
                "Hi [[P:Claire]]! No problem, [[P:Luca]] teaches guitar and is fluent in English. {{D:Tuesdays}} or {{D:Thursdays}} after {{TM:6 pm}}",
            ),
            (
                "c",
                "Tuesdays. He already plays a bit, his songs: [[U:soundcloud.com/olly-holloway]] and he posts covers on tiktok as [[H:olly.riffs]] 🤘 Could his friend from school, [[P:Dmytro]] ([[P:Дмитро]]), join the same lesson?",
            ),
            (
                "a",
                "Sounds great 🤘 Yes, duo lessons are fine. For the enrolment we need a parent's details: name, address, email",
            ),
            (
                "c",
                "[[P:Claire Holloway]], [[A:via Mascarella 44, int. 6]], [[A:40126]] [[L:Bologna]], [[E:claire.holloway@example.co.uk]]. My husband [[P:Rob]] will pay by bank transfer",
            ),
            (
                "a",
                "Thanks! IBAN for the fees: [[I:IT16 B083 2703 3990 0000 0044 716]]. See you {{D:Tuesday}}!",
            ),
        ],
    },
    # 32. Peruvian mother in Borgo Panigale wants singing lessons for Milagros
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Rosa María Quispe",
        "lang": "it",
        "start": "2025-10-03T13:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, io sono [[P:Rosa María Quispe]], di [[L:Perù]] ma vivo a [[L:Borgo Panigale]]. Mia figlia [[P:Milagros]] canta sempre, voglio lezioni di canto per lei, ha 12 anni",
            ),
            (
                "a",
                "Buongiorno signora [[P:Quispe]]! Il canto per ragazzi lo segue [[P:Bianca Montanari]], il {{D:venerdì}} alle {{TM:16:30}}",
            ),
            (
                "c",
                "[[P:Milagros]] canta già nel coro della parrocchia di {{W:Santa Viola}}, e fa video su tiktok, guardi [[U:tiktok.com/@milagros.canta]] 🎤",
            ),
            (
                "a",
                "Che brava! Allora è già allenata 🎶 Per l'iscrizione mi servono un telefono e una mail",
            ),
            ("c", "[[T:+39 389 014 5562]], email [[E:rosa.quispe chiocciola example.com]]"),
            ("a", "Grazie! [[P:Bianca]] vi aspetta {{D:venerdì 10 ottobre}}"),
            ("c", "Grazie mille, Dio la benedica 🙏 viene anche il papà [[P:Wilmer]] a vedere"),
        ],
    },
    # 33. Angry mother: flute lesson with no teacher, parents' area blocks her IP, summer camp
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Fede Lambertini",
        "lang": "it",
        "start": "2025-11-12T17:20:00",
        "messages": [
            (
                "c",
                "ciao, oggi [[P:Matilde]] è venuta a lezione di flauto ma NON C'ERA NESSUNO 😤 avete avvisato solo via mail??",
            ),
            (
                "a",
                "Ciao, ci scusiamo tantissimo! [[P:Giacomo]], il maestro di flauto, è a letto con la febbre. Abbiamo mandato un sms alle {{TM:13:02}}, forse al numero vecchio? Chi sei? 🙏",
            ),
            (
                "c",
                'sono [[P:Federica Lambertini]], mamma di [[P:Matilde]] e [[P:Pietro]]. il numero nuovo è [[T:331 205 8874]], il vecchio era del mio ex [[P:Franco]] 🙄 e nell\'area genitori del sito non entro, dice "IP [[IP:151.38.204.9]] non autorizzato"',
            ),
            (
                "a",
                "Aggiornato il numero! Per l'area genitori ti resetto l'accesso. Recupero {{D:sabato 15}} alle {{TM:11}}? E [[P:Pietro]] conferma batteria il {{D:giovedì}}?",
            ),
            (
                "c",
                "si ok. la fattura intestala alla mia ditta, P.IVA [[V:02155980374]], mail [[E:fede.lamberti(chiocciola)example.it]]. ah [[P:Pietro]] vuole fare anche il campo estivo al {{W:Parco della Montagnola}}, su tiktok è [[H:pietro.drums_bo]] e non parla d'altro. [[P:Fede]]",
            ),
            (
                "a",
                "Il {{PD:Summer Rock Camp}} va dal {{D:16 giugno}} al {{D:4 luglio}}, {{$:180 €}} a settimana. Vi tengo un posto!",
            ),
        ],
    },
    # 34. Korean father sends his daughter's recording for the conservatory exam
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Sung-min Kim",
        "lang": "en",
        "start": "2025-12-02T08:10:00",
        "messages": [
            (
                "c",
                "Hello, I am the father of [[P:Kim Ji-woo]], my name is [[P:Kim Sung-min]]. [[P:Ji-woo]] is preparing the entrance exam for the {{W:Conservatorio}}, can her teacher [[P:Martino]] check her recording?",
            ),
            (
                "a",
                "Hello Mr [[P:Kim]]! Of course. Send the link here or directly to [[P:Martino]]: [[E:m.cevenini@example.it]]",
            ),
            ("c", "The video is unlisted on youtube: [[U:https://youtu.be/xK4r9Tq2LmA]]"),
            (
                "a",
                "Thank you! {{PD:Chopin's Nocturne op. 9 no. 2}}? Lovely choice. [[P:Martino]] will reply by {{D:Friday}}, and she can try our {{B:Steinway}} before the exam",
            ),
            (
                "c",
                "Yes. Her grandmother [[P:Grace]] in [[L:Busan]] is watching too 😊 please be kind haha",
            ),
        ],
    },
    # 35. Self-taught drummer, personal site and ig, dictates his number in words
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Andrea Z",
        "lang": "it",
        "start": "2025-01-13T21:40:00",
        "messages": [
            (
                "c",
                "Ciao! mi chiamo [[P:Andrea Zanetti]], 22 anni, suono la batteria da autodidatta con la mia band 🥁 vorrei fare qualche lezione seria",
            ),
            (
                "c",
                "qua c'è qualcosa di mio [[U:www.andreazanetti-drums.example.it]] o su ig [[H:andre_zanna.drums]]",
            ),
            (
                "a",
                "Ciao [[P:Andrea]]! Per la batteria c'è [[P:Ivan]], lezioni individuali {{$:30 €}} da 45 minuti. Il {{D:lunedì}} alle {{TM:20:30}} ti va?",
            ),
            (
                "c",
                "top! per la ricevuta: [[CF:ZNTNDR02S09A944B]], abito in [[A:via Zamboni 38]], [[L:Bologna]]. il mio numero è [[T:tre quattro nove sei due uno zero zero otto quattro]] (scusa sto dettando 😂)",
            ),
            ("a", "Perfetto. Ti aspettiamo lunedì!"),
            (
                "c",
                "si il lunedi sono libero, il mio vicino di casa [[P:Fortunato]] un po meno {{W:fortunato}} quando provo 😂",
            ),
        ],
    },
    # 36. Japanese collector buys a first press, PayPal flags his IP, ships to Tokyo
    {
        "business": "vinyl",
        "platform": "instagram",
        "customer": "haruto_crate_digger",
        "lang": "en",
        "start": "2025-03-27T02:15:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Haruto Saito]], collector from [[L:Tokyo]]. Is the {{PD:Goblin – Roller}} first press ({{B:Cinevox}}) still available?",
            ),
            (
                "a",
                "Hi [[P:Haruto]]! Yes, cover VG+, vinyl NM, {{$:140 €}}. Shipping to Japan with tracking {{$:32 €}}",
            ),
            (
                "c",
                "I take it. Please send to: [[P:Haruto Saito]], [[A:3-14-7 Koenji-minami, Suginami-ku]], [[L:Tokyo]] [[A:166-0003]], [[L:Japan]]. Tel [[T:+81 90-4418-2276]]",
            ),
            ("a", "Perfect. Order {{O:DL-10482}}, PayPal to [[E:shop@dischilenti.example.it]]"),
            (
                "c",
                'PayPal blocked me first, "unusual login from [[IP:126.77.203.14]]" 😅 but now ok, paid from [[E:h.saito.vinyl@example.jp]]. My discogs: [[U:discogs.com/user/haruto_crate]]',
            ),
            ("a", "Got it, shipped! Tracking {{TR:CP041288917IT}} 📦 – [[P:Ottavio]]"),
        ],
    },
    # 37. Son sells his father's collection, house visit in viale Monza
    {
        "business": "vinyl",
        "platform": "whatsapp",
        "customer": "Giorgio Tagliabue",
        "lang": "it",
        "start": "2025-11-05T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, dovrei vendere la collezione di dischi di mio papà [[P:Bruno]], circa 400 LP, tanto jazz e cantautori. Sono [[P:Giorgio Tagliabue]]",
            ),
            (
                "a",
                "Buongiorno [[P:Giorgio]]! Volentieri, veniamo a vederli. Che etichette sono? {{B:Ricordi}}, {{B:Blue Note}}?",
            ),
            (
                "c",
                "Sì tanti {{B:Ricordi}} e {{B:Fonit Cetra}}. Mi dispiace darli via, sono i {{W:ricordi}} di una vita 😔 Alcuni li avevo già messi su ebay ([[U:ebay.it/usr/giorgiotaglia62]])",
            ),
            (
                "a",
                "Capisco 🙏 Possiamo venire io e [[P:Nadia]] {{D:giovedì}} pomeriggio. Indirizzo?",
            ),
            (
                "c",
                "[[A:v.le Monza 276]], [[A:20128]], citofono [[P:Tagliabue B.]], 4° piano senza ascensore 😬",
            ),
            (
                "a",
                "Ok, {{D:giovedì 6 novembre}} alle {{TM:15}}. Sono [[P:Ottavio]], il negozio è [[T:02 8942 1176]]",
            ),
            (
                "c",
                "Perfetto. Se vi interessa, mio fratello [[P:Mauro]], che vive a [[L:Sesto San Giovanni]], ne ha altri 100. ué, sono tutti in buono stato eh",
            ),
        ],
    },
    # 38. Welsh buyer received the wrong record, return label, refund of postage
    {
        "business": "vinyl",
        "platform": "messenger",
        "customer": "Gareth Lloyd",
        "lang": "en",
        "start": "2025-06-16T11:45:00",
        "messages": [
            (
                "c",
                "Hi, I ordered {{O:DL-10377}} (a {{PD:Banco del Mutuo Soccorso}} LP) but got a {{B:Pooh}} record instead 😅 [[P:Gareth Lloyd]]",
            ),
            (
                "a",
                "Oh no [[P:Gareth]], so sorry! Please send it back, we refund the postage. What's your email for the return label?",
            ),
            (
                "c",
                "Cheers. [[E:gareth.lloyd73@example.co.uk]]. Address for the right one: [[A:Flat 2, 17 Cathedral Road]], [[L:Cardiff]] [[A:CF11 9HA]]. My partner [[P:Ffion]] might sign for it",
            ),
            (
                "a",
                "Label sent. Replacement shipped with {{B:Royal Mail}}, tracking {{TR:RF293301457GB}}, you can follow it on {{W:royalmail.com/track-your-item}}",
            ),
            (
                "c",
                "Lovely. Postage for the return was {{$:£4.20}}, you can refund to [[I:GB81 MIDL 4005 2971 8503 34]]. Tell [[P:Ottavio]] the playlist he sent me is brilliant 🎶",
            ),
            ("c", "Also my mobile if the courier needs it: [[T:07700 900418]]"),
        ],
    },
    # 39. Romanian DJ with partita IVA buys techno, second shipment to his father in Cluj
    {
        "business": "vinyl",
        "platform": "telegram",
        "customer": "Bogdan Popescu",
        "lang": "it",
        "start": "2025-02-19T23:05:00",
        "messages": [
            (
                "c",
                "Salut! sono [[P:Bogdan Popescu]], DJ, vivo a [[L:NoLo]] ma sono di [[L:Cluj-Napoca]]. cercavo vinili techno anni 90 x le serate",
            ),
            (
                "a",
                "Ciao [[P:Bogdan]]! Abbiamo appena preso una cassa di techno anni 90, {{$:8 €}} l'uno. Passi in negozio? Siamo in [[A:via Padova 121]]",
            ),
            (
                "c",
                "Passo {{D:venerdì}}. mi serve fattura, ho partita iva: [[V:03906120153]]. il mio sito [[U:bogdanpopescu-dj.example.ro]], su insta [[H:@bogdan.pop.dj]], mail [[E:bogdan.popescu.dj@example.ro]]",
            ),
            ("a", "Ok! Per la fattura mi serve l'indirizzo completo"),
            (
                "c",
                "[[P:Popescu Bogdan Ionuț]], [[A:via Arquà 9]], [[A:20131]] [[L:Milano]]. e poi 3 dischi li spedisci a mio papà in [[L:Romania]]: [[A:Str. Memorandumului nr. 21, ap. 4]], [[L:Cluj-Napoca]]",
            ),
            ("a", "Fattibile, ti mando le foto dei dischi su whatsapp?"),
            ("c", "sì scrivimi qui [[U:wa.me/393715529084]] 👍"),
        ],
    },
    # 40. Berlin blogger buys library-music LPs, pays from a German account
    {
        "business": "vinyl",
        "platform": "whatsapp",
        "customer": "Katrin Vogel",
        "lang": "en",
        "start": "2025-04-30T16:10:00",
        "messages": [
            (
                "c",
                "Hallo! [[P:Katrin Vogel]] here from [[L:Berlin]]. I write a little blog about Italian library music, [[U:katrinhoertzu.example.de]]. Do you have anything on the {{B:Cometa}} label?",
            ),
            (
                "a",
                "Hi [[P:Katrin]]! Yes, 6 {{B:Cometa}} LPs, {{$:35–60 €}} each. I'll send you photos tonight. – [[P:Ottavio]]",
            ),
            (
                "c",
                "Wonderful, I take 4. Shipping to [[A:Weserstraße 58, Hinterhaus, 3. OG]], [[A:12045]] [[L:Berlin]]. Tel [[T:+49 (0)30 6128 4407]]",
            ),
            (
                "a",
                "Total {{$:215 €}} + shipping {{$:18 €}}. Bank transfer to [[I:IT06 B030 6901 0001 0000 0017 482]] or PayPal?",
            ),
            (
                "c",
                "Transfer done from [[I:DE70 1002 0900 0624 8715 33]], the account is in the name [[P:K. Vogel-Aydın]]. On insta I'm [[H:katrin.hoert.zu]] btw",
            ),
            (
                "c",
                "and my friend [[P:Hüseyin]] from [[L:Neukölln]] wants to come to Milan in {{D:December}} to dig in your boxes 😄",
            ),
        ],
    },
    # 41. Anniversary gift for her boyfriend, shipped to a hamlet, postepay top-up
    {
        "business": "vinyl",
        "platform": "instagram",
        "customer": "marinaa.esp_",
        "lang": "it",
        "start": "2025-01-28T20:44:00",
        "messages": [
            (
                "c",
                "ciaooo vorrei regalare un vinile al mio ragazzo x il nostro anniversario 🥺 lui ama i {{B:Pink Floyd}}",
            ),
            (
                "a",
                "Ciao! Abbiamo una ristampa di {{PD:The Dark Side of the Moon}} a {{$:29 €}} o una prima stampa italiana a {{$:180 €}} 😅",
            ),
            (
                "c",
                "ahah la ristampa va benissimo 😂 me la spedite? abito in una frazione sperduta: [[A:via dei Mulini 12]], fraz. [[L:Cascina Rosa]], [[L:Casalpusterlengo]]",
            ),
            (
                "c",
                'intestato a me, [[P:Marina Esposito]], e nel biglietto scrivi "x [[P:Leo]], da [[P:Mari]] 💕"',
            ),
            (
                "a",
                "Che carini 🥹 spedizione {{$:6 €}}. Puoi fare una ricarica sulla nostra postepay [[C:4165 9803 2751 9464]] intestata a [[P:Ottavio Rigamonti]]",
            ),
            ("c", "fatto! ti mando lo screen della ricevuta"),
            (
                "a",
                "Ricevuta, grazie! Spedito con {{B:BRT}}, tracking {{TR:058301924417}}. Su tiktok trovi i nuovi arrivi, siamo {{B:@dischilenti.milano}}",
            ),
            (
                "c",
                "seguito!! io sono [[H:marinaa.esp_]] 😍 e il mio ragazzo [[H:leoo_bianchi]], ma non dirgli niente shhh",
            ),
        ],
    },
    # 42. Spanish buyer writes in Italian, web shop blocks his IPv6, ships to Barcelona
    {
        "business": "vinyl",
        "platform": "messenger",
        "customer": "Javier Morales",
        "lang": "it",
        "start": "2025-08-07T12:30:00",
        "messages": [
            (
                "c",
                'Hola! sono [[P:Javier Morales]] di [[L:Barcellona]]. Il vostro web shop mi dice "blocked IP [[IP:2a01:e11:3:1ff0::7b]]" quando provo a pagare 🤔',
            ),
            (
                "a",
                "Hola [[P:Javier]]! Scusa, il plugin dello shop è troppo severo. Puoi ordinare qui. Quale disco?",
            ),
            ("c", "Il {{PD:Area – Caution Radiation Area}}, quello in vetrina nella foto"),
            ("a", "{{$:85 €}}, VG+. Spedizione in Spagna {{$:22 €}}"),
            (
                "c",
                "Va bene. [[P:Javier Morales Pérez]], [[A:Carrer de Verdi 112, 3º 2ª]], [[A:08012]] [[L:Barcelona]]. Ti pago con bonifico da [[I:ES38 0049 2618 1221 5473 8629]]",
            ),
            (
                "a",
                "Ricevuto, ordine {{O:DL-10533}} spedito con {{B:GLS}}, tracking {{TR:ES4471903382}} 📦",
            ),
            (
                "c",
                "Gràcies! la mia mail per la fattura [[E:javi_morales [arroba] example [punto] es]]. mia sorella [[P:Rocío]] vive a [[L:Lodi]], la prossima volta passiamo in negozio insieme. ig [[H:@javimorales.vinyl]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(58, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
