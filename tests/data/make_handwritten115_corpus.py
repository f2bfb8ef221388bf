# ruff: noqa: E501
"""Hand-written blind test corpus no. 115 for convmon's anonymiser.

Written by hand, message by message: no templates, no Faker, no generated text. Every person,
phone, e-mail, handle, link and address is invented. The checksummed identifiers (IBANs, card
numbers, codici fiscali, partite IVA) were computed once with python-stdnum / Luhn and pasted
here as literals, so the file has no runtime dependency beyond the markup module.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (order numbers, prices, products,
brands and Page names, dates, times, tracking codes, ordinary words, references).

The six invented businesses: a piano teacher and music school in Verona, an online seller of
gaming chairs and PC parts, a florist in Palermo, a physiotherapy studio in Padua, a car rental
agency at Catania airport and a knitting wool shop that sells online.

Regenerate with: .venv/bin/python make_handwritten115_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten115_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "musica": "Scuola di Musica Elena Bertolini",
    "fragforge": "FragForge Gear",
    "rosalia": "Fiori di Rosalia Palermo",
    "fisio": "FisioStudio Zanetti",
    "etna": "EtnaDrive Autonoleggio Catania",
    "pina": "Lana & Ferri di Nonna Pina",
}
PAGE_IDS: dict[str, str] = {
    "musica": "715930481726354",
    "fragforge": "715930226109847",
    "rosalia": "715930903417265",
    "fisio": "715930558201934",
    "etna": "715930774390612",
    "pina": "715930339058176",
}

CONVERSATIONS: list[Conversation] = [
    # ---------------------------------------------------------------- music school, Verona
    {
        "business": "musica",
        "platform": "whatsapp",
        "customer": "Chiara Adami",
        "lang": "it",
        "start": "2025-09-02T17:40:00",
        "messages": [
            (
                "c",
                "buonasera scusi l orario 🙈 sono [[P:Chiara Adami]] la mamma di [[P:Sofia]], mi ha dato il numero la mamma di [[P:Pietro Valbusa]] che viene da voi da 2 anni\nvolevo sapere se ci sono posti x piano principianti, la [[P:Sofi]] ha 7 anni",
            ),
            (
                "a",
                "Buonasera [[P:Chiara]], nessun problema! Sì, abbiamo ancora due posti il martedì alle {{TM:16:30}} e il giovedì alle {{TM:17:15}}. La lezione individuale da 45 minuti costa {{$:€ 32}}. Come si chiama la bambina? [[P:Elena]]",
            ),
            (
                "c",
                "[[P:sofia adami]] e si il giovedi va benissimo\ncmq noi stiamo a [[L:San Giovanni Lupatoto]] quindi x il giovedi ce la facciamo, il martedi nn ci sta col nuoto",
            ),
            (
                "a",
                "Perfetto, segno [[P:Sofia Adami]] giovedì {{TM:17:15}} a partire dal {{D:18 settembre}}. Mi lascia una mail per il modulo d'iscrizione? A dicembre poi c'è il saggio \"{{W:Omaggio a Chopin}}\" in sala, se le va di partecipare 🎹 [[P:Elena]]",
            ),
            (
                "c",
                "[[E:chiara punto adami chiocciola libero punto it]]\nse nn arriva scriva a mio marito [[E:ste.adami78@libero.it]] ([[P:Stefano]])",
            ),
            (
                "c",
                "ah e la [[P:sofi]] chiede se puo portare il suo pianoforte giocattolo della {{B:Bontempi}} 😂",
            ),
            (
                "a",
                "Ahah certo, lo porti pure! Modulo inviato a [[E:chiara.adami@libero.it]]. A presto, [[P:Elena]] e [[P:Marta]] della segreteria",
            ),
        ],
    },
    {
        "business": "musica",
        "platform": "instagram",
        "customer": "liam.keys",
        "lang": "en",
        "start": "2025-09-10T20:05:00",
        "messages": [
            (
                "c",
                "hi!! im [[P:Liam]] ([[H:@liam.keys]] here lol) moved to [[L:Verona]] from [[L:Cork]] in june for work, played piano as a kid and want to pick it up again\nmy italian is terrible sorry 😅",
            ),
            (
                "a",
                "Hi [[P:Liam]], welcome! Lessons in English are no problem at all, [[P:Elena]] studied in [[L:London]]. Is there something you'd like to play?",
            ),
            (
                "c",
                "mostly jazz standards tbh, i post covers on my channel [[U:youtube.com/@liamkeysmusic]] if u want to judge my level 😂\nalso my flatmate [[P:Saoirse]] wants to do singing, is that a thing u do?",
            ),
            (
                "c",
                "sorry the link is [[U:youtube.com/@liamplaysbadly]] not the other one, i renamed it",
            ),
            (
                "a",
                "Ha, we'll have a look! Yes, [[P:Davide]] teaches voice on Wednesdays. Adult lessons are {{$:€ 38}} for 60 minutes. Could you send a number so [[P:Elena]] can call you?",
            ),
            (
                "c",
                "sure its [[T:+44 7700 918 244]] still my [[L:uk]] one, or whatsapp [[T:+39 351 804 2217]]\ntell [[P:davide]] that [[P:saoirse]] is spelled with an S and two vowels after lol nobody can spell it",
            ),
            (
                "a",
                "Noted, thanks [[P:Liam]]! [[P:Elena]] will ring you tomorrow after {{TM:1pm}}. – [[P:Marta]], {{B:Scuola di Musica Elena Bertolini}}",
            ),
        ],
    },
    {
        "business": "musica",
        "platform": "messenger",
        "customer": "Marco Tosadori",
        "lang": "it",
        "start": "2025-10-01T08:22:00",
        "messages": [
            (
                "c",
                "salve x mio figlio [[P:tommi]] vorremmo vendere il pianoforte verticale della nonna e prenderne uno digitale, voi fate anche valutazioni?? è uno {{B:Steinway}} vecchissimo forse 1920",
            ),
            (
                "a",
                "Buongiorno! Non vendiamo strumenti ma il nostro accordatore di fiducia, il signor [[P:Gastone Pellegrini]], fa valutazioni a domicilio. Posso passargli il suo indirizzo?",
            ),
            (
                "c",
                "si certo, [[A:via Cà di Cozzi 41 scala B]], [[A:37124]] [[L:Verona]]\nil citofono è ancora [[P:Bellomo]] xke era la casa di mia suocera",
            ),
            (
                "c",
                "meglio di pomeriggio che la mattina c è la sig.ra [[P:Benedetti]] che viene a fare le pulizie e la nonna si agita",
            ),
            (
                "a",
                "Giusto per evitare confusione: il campanello è quello di [[P:Bellomo]]? E ci conferma il nome, [[P:Marco Tosadori]]?",
            ),
            (
                "c",
                "si si [[P:marco tosadori]], con la T 😅 e il cell è [[T:347 5512 908]]\ngrazie mille",
            ),
            (
                "a",
                "Perfetto, il sig. [[P:Pellegrini]] la chiamerà entro venerdì. Per [[P:Tommaso]] intanto va benissimo un {{PD:Yamaha P-145}} da {{$:€ 499}} per iniziare. [[P:Elena]]",
            ),
        ],
    },
    {
        "business": "musica",
        "platform": "telegram",
        "customer": "Wei Chen 陈伟",
        "lang": "it",
        "start": "2025-10-14T11:00:00",
        "messages": [
            (
                "c",
                "buongiorno io sono [[P:Chen Wei]] studente al conservatorio, cerco aula per studiare piano 2 ore al giorno, voi affittate?",
            ),
            (
                "a",
                "Buongiorno! Sì, affittiamo l'aula piccola con il {{PD:Kawai K-300}} a {{$:€ 8}} all'ora. Per la ricevuta ci serve nome, codice fiscale e indirizzo.",
            ),
            (
                "c",
                "ok. codice fiscale [[CF:CHNWEI95T12Z210T]]\nabito [[A:vicolo Santa Cecilia 3 int 5]], [[A:37121]] [[L:Verona]], vicino a {{W:piazza Bra}}\nil mio telegram è [[H:wei_pianist95]] se serve",
            ),
            (
                "c",
                "sorry my italian is not so good, can I also pay with card? my name on card is [[P:WEI CHEN]] not [[P:Chen Wei]], in [[L:China]] we put surname first",
                "en",
            ),
            (
                "a",
                "No problem, [[P:Wei]]! Yes, card is fine at the desk. Is {{D:Monday 20 October}} a good start? – [[P:Elena]]",
                "en",
            ),
            (
                "c",
                "yes perfect 谢谢. my friend [[P:Li Na]] also want maybe, she will write you from [[H:@lina_violin]]",
                "en",
            ),
        ],
    },
    {
        "business": "musica",
        "platform": "whatsapp",
        "customer": "Nonna Lucia",
        "lang": "it",
        "start": "2025-11-20T15:10:00",
        "messages": [
            (
                "c",
                "Buongiorno sono la nonna di [[P:Nicolò Ferrandi]], il bambino del lunedì.\nMi ha detto mia figlia [[P:Rosa]] che il mese di novembre ve lo abbiamo pagato due volte.",
            ),
            (
                "a",
                "Buongiorno signora! Ha ragione, abbiamo visto il doppio bonifico da {{$:€ 128}}. Ci dà un IBAN per il rimborso e il nome dell'intestatario?",
            ),
            (
                "c",
                "Si il conto è il mio [[P:Lucia Ferrandi]]\n[[I:IT60X0542811101000000123456]]\nil codice fiscale se vi serve [[CF:FRRLCU91L54L781U]]",
            ),
            (
                "c",
                "Scusate ho sbagliato a copiare il codice fiscale quello era di mia figlia, il mio ve lo manda [[P:Nico]] stasera che io non lo trovo 😓",
            ),
            (
                "a",
                "Nessun problema, per il rimborso basta l'IBAN. Lo facciamo entro il {{D:28/11}}, riferimento {{R:RIMB-2025-044}}. Saluti a [[P:Nicolò]]! [[P:Marta]]",
            ),
            (
                "c",
                "Grazie cara. Ah [[P:Nicolò]] vuole suonare al saggio quella delle {{W:rose rosa}} che gli ha insegnato la maestra [[P:Elena]]",
            ),
            ("a", 'Sì, "{{PD:Valzer delle rose}}"! Glielo diciamo noi a [[P:Elena]] 😊'),
        ],
    },
    {
        "business": "musica",
        "platform": "instagram",
        "customer": "giuliettaplays",
        "lang": "it",
        "start": "2025-12-03T21:45:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:giulietta]] quella che vi ha taggato nel reel suonato sotto il balcone di {{W:Casa di Giulietta}} 😂😂 il mio profilo è [[H:giuliettaplays]]",
            ),
            (
                "c",
                "volevo chiedere se posso fare lezioni di armonia jazz con voi, ho 16 anni, mia mamma [[P:Ilaria]] è d accordo\ntutti i miei video stanno qui [[U:linktr.ee/giuliettaplays]]",
            ),
            (
                "a",
                "Ciao [[P:Giulietta]]! Abbiamo visto il reel, bravissima 👏 Armonia jazz la insegna [[P:Davide Scapini]], il sabato mattina. Per minorenni però ci serve il contatto di un genitore.",
            ),
            (
                "c",
                "mamma è [[P:Ilaria Morbioli]] cell [[T:+39 340 221 9087]]\nmail [[E:ila.morbioli (at) gmail (dot) com]]",
            ),
            (
                "a",
                "Grazie! La segreteria la contatta lunedì. Se ti va porta anche la tua tastiera {{B:Roland}} al primo incontro. Un abbraccio, [[P:Marta]] - {{B:Scuola di Musica Elena Bertolini}}",
            ),
        ],
    },
    # ---------------------------------------------------------------- gaming chairs and PC parts, online
    {
        "business": "fragforge",
        "platform": "telegram",
        "customer": "xX_Vortex_Xx",
        "lang": "en",
        "start": "2025-03-04T22:10:00",
        "messages": [
            (
                "c",
                "yo my chair never came, order {{O:FF-558120}}, tracking says delivered but nothing at my door 😤\nim [[P:Rafał Nowak]] btw, [[H:xX_Vortex_Xx]] on here and in game",
            ),
            (
                "a",
                "Hey [[P:Rafał]], sorry about that! I see {{PD:Titan Throne X2}} shipped with {{TR:3395 1207 7741 22}}, delivered {{D:3 March}} at {{TM:14:02}}. Could you confirm the address we have?",
            ),
            (
                "c",
                "[[A:Flat 3, 27 Hyde Park Crescent]]\n[[L:Leeds]] [[A:LS6 2NW]]\nmaybe my neighbour took it, [[P:mrs Okonkwo]] downstairs, she does that sometimes",
            ),
            (
                "c",
                "or the other guy [[P:Dale]] in flat 1 idk. my steam is [[U:steamcommunity.com/id/vortex_rafal]] if u need to check its really me lol",
            ),
            (
                "a",
                "No need, the order matches. Please check with your neighbours first; if it's not there by tomorrow we'll open a claim with the carrier. A phone number for the courier?",
            ),
            ("c", "[[T:07911 402 583]]\nmy gf [[P:Kasia]] is home all day if they call"),
            (
                "a",
                "Thanks! Claim ref {{R:CLM-20250305-17}} opened. – [[P:Kevin]] from the {{B:FragForge Gear}} team",
            ),
        ],
    },
    {
        "business": "fragforge",
        "platform": "whatsapp",
        "customer": "Daniele F.",
        "lang": "it",
        "start": "2025-03-18T13:30:00",
        "messages": [
            (
                "c",
                "ciao raga la sedia {{PD:Titan Throne X2}} mi si è rotto il pistone dopo 3 settimane 😩 ordine {{O:FF-561904}}\nsono [[P:Daniele Ferrara]]",
            ),
            (
                "c",
                "l ha montata mio fratello [[P:Ale]] ma giuro che l ha fatta bene, ha pure fatto il video",
            ),
            (
                "a",
                "Ciao [[P:Daniele]], mi spiace! È in garanzia, ti mandiamo un pistone nuovo. Ci confermi indirizzo e una mail?",
            ),
            (
                "c",
                "[[A:via Giuseppe Garibaldi 112 int 9]]\n[[A:20832]] [[L:Desio]]\nc è scritto [[P:Ferrara-Colombo]] sul campanello xke abitiamo con la mia ragazza",
            ),
            ("c", "mail [[E:dani.ferr [at] gmail [dot] com]]\nnn quella vecchia eh"),
            (
                "a",
                "Perfetto! Spedizione con {{B:BRT}}, tracking {{TR:057284400193}}, arriva tra 2-3 giorni. Se vuoi taggaci su insta quando la rimonta [[P:Ale]] 😄 [[P:Sara]] - {{B:FragForge}}",
            ),
        ],
    },
    {
        "business": "fragforge",
        "platform": "messenger",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2025-04-07T09:45:00",
        "messages": [
            (
                "c",
                "Hello, I returned the {{PD:Corsair K70}} keyboard two weeks ago and still no refund. Order {{O:FF-563377}}. [[P:Jonas]]",
            ),
            (
                "a",
                "Hi [[P:Jonas]], thanks for writing. The return arrived on {{D:2 April}}. Since you paid by bank transfer, could you send us the IBAN for the refund of {{$:€ 149.90}}?",
            ),
            (
                "c",
                "[[I:DE44500105175407324931]], account holder [[P:Jonas Weber]]\nEntschuldigung, mein Englisch ist nicht perfekt. Die Rechnung bitte an meine Adresse:",
                "de",
            ),
            (
                "c",
                "[[A:Leopoldstraße 118]], [[A:80802]] [[L:München]]\nplease not to my old address in [[L:Augsburg]], my ex [[P:Lena]] still lives there haha",
            ),
            (
                "a",
                "Got it. Refund sent today, ref {{R:RF-88213}}; the invoice goes to [[L:Munich]]. Have a good day! – [[P:Kevin]]",
            ),
            ("c", "Danke schön! If any problem you can mail [[E:j.weber.muc@example.com]]", "en"),
        ],
    },
    {
        "business": "fragforge",
        "platform": "instagram",
        "customer": "karimstreams",
        "lang": "it",
        "start": "2025-05-12T19:20:00",
        "messages": [
            (
                "c",
                "bella fra sono [[P:Karim]] streamo su twitch [[U:twitch.tv/karim_zz]] (tipo 3k follower) volevo fare una collab con voi x la sedia nuova",
            ),
            (
                "a",
                "Ciao [[P:Karim]]! Che bello, passiamo il tuo contatto a [[P:Federico]] che segue le collab. Hai una mail?",
            ),
            (
                "c",
                "[[E:karim.benali.business@gmail.com]]\ncmq sono [[P:Karim Benali]], ho la partita iva [[V:04123450233]] se serve fattura\nil mio coinquilino [[P:Youssef]] fa le clip sul suo canale [[U:https://www.tiktok.com/@yousclips]]",
            ),
            (
                "a",
                "Perfetto. Per la fattura ci servirebbe anche il codice fiscale e la sede. [[P:Federico]] ti scrive entro giovedì.",
            ),
            (
                "c",
                "sede è casa mia lol [[A:corso Vercelli 55]], [[L:Torino]] [[A:10152]]\nil cf lo mando a [[P:federico]] in privato",
            ),
            ("a", "Ricevuto! Ti mandiamo intanto un codice sconto per la chat: {{R:KARIM10}} 😎"),
        ],
    },
    {
        "business": "fragforge",
        "platform": "whatsapp",
        "customer": "Arjun R",
        "lang": "en",
        "start": "2025-06-02T06:50:00",
        "messages": [
            (
                "c",
                "hello sir my payment failed 3 times for {{PD:GeForce RTX 4070 Super}} {{$:€ 619}} but bank says money is blocked 🙏",
            ),
            (
                "c",
                "card is [[C:4921 8123 4567 8904]] name [[P:Arjun Raghunathan]], i am in [[L:Bologna]] for PhD",
            ),
            (
                "a",
                "Hello [[P:Arjun]], please don't send full card numbers in chat, we've deleted it from our side. The blocked amount is a pre-authorisation and will be released in 5 days.",
            ),
            (
                "c",
                "ok sorry. your site also said suspicious login from [[IP:93.41.207.118]] that is my uni wifi, and from [[IP:2a02:8070:d182:4f00::1c]] that is my flat",
            ),
            (
                "a",
                "Thanks, we whitelisted both. Shall we place order {{O:FF-570012}} again for you? Confirmation goes to the email on file.",
            ),
            (
                "c",
                "yes pls. email is [[E:arjun.r.raghu@unibo-example.it]] and my cousin [[P:Priya]] will pick it up if i am at lab",
            ),
            (
                "a",
                "Done! You'll get tracking {{TR:1Z999AA10123456784}} tonight. – [[P:Sara]], {{B:FragForge Gear}}",
            ),
        ],
    },
    {
        "business": "fragforge",
        "platform": "telegram",
        "customer": "lorenzo",
        "lang": "it",
        "start": "2025-07-21T23:55:00",
        "messages": [
            (
                "c",
                "ciao nn so se è il canale giusto ma il corriere ha lasciato il pacco al bar sotto casa e il barista dice che l ha preso un certo [[P:Salvo]]??? io nn conosco nessun [[P:salvo]]",
            ),
            ("a", "Ciao! Ci dai il numero d'ordine e il tuo nome?"),
            (
                "c",
                "{{O:FF-574420}} [[P:lorenzo de santis]], su telegram sono [[H:@lorenzo_fps]]\nil bar è il {{W:Bar Roma}} sotto casa mia in [[A:via Marconi]], io sto al [[A:10]]",
            ),
            (
                "c",
                "ah ok mistero risolto 😂 [[P:salvo]] è il fidanzato della mia vicina [[P:Martina]] l ha preso lui x cortesia",
            ),
            ("a", "Ahah meno male! Quindi tutto ok con l'{{PD:AMD Ryzen 7 7800X3D}}? [[P:Kevin]]"),
            ("c", "si tutto apposto grz 🙏 ditegli a [[P:kevin]] che è un grande"),
        ],
    },
    # ---------------------------------------------------------------- florist, Palermo
    {
        "business": "rosalia",
        "platform": "whatsapp",
        "customer": "Totò",
        "lang": "it",
        "start": "2025-02-12T10:05:00",
        "messages": [
            (
                "c",
                "buongiorno x domani san valentino vorrei un mazzo di {{W:rose bianche}} x la mia ragazza, [[P:Bianca]] si chiama 😍 quanto viene?",
            ),
            (
                "a",
                "Buongiorno! Il mazzo da 12 {{W:rose bianche}} è {{$:€ 45}}, con consegna a domicilio {{$:€ 8}} in tutta {{W:Palermo}} e {{W:Monreale}}. Dove lo consegniamo?",
            ),
            (
                "c",
                "lei sta a [[L:Mondello]], [[A:viale Regina Elena 61]]\nma è meglio se la consegnate al lavoro, fa la parrucchiera da [[P:Mimma]] in [[A:via Principe di Scordia 20]]",
            ),
            (
                "c",
                'sul biglietto scrivete "alla mia [[P:Bianchina]], il tuo [[P:Totò]]" 🥹\nil mio numero x il fattorino [[T:328 44 91 076]]',
            ),
            (
                "a",
                "Che dolce! Ordine {{O:RP-0214-033}} confermato, consegna {{D:14/02}} entro le {{TM:11:00}}. Ci dà il nome completo per la ricevuta?",
            ),
            ("c", "[[P:Salvatore Lo Cascio]]\ngrz mille"),
            ("a", "Grazie a lei [[P:Salvatore]]! Buon San Valentino 🌹 [[P:Giusi]]"),
        ],
    },
    {
        "business": "rosalia",
        "platform": "messenger",
        "customer": "Brad Kowalczyk",
        "lang": "en",
        "start": "2025-04-22T07:30:00",
        "messages": [
            (
                "c",
                "Hi there, I'm staying in [[L:Palermo]] with my wife and it's her 40th on Friday. Can you deliver flowers to our hotel? Her name is [[P:Hope]]. I want it to be a surprise, something that says \"{{W:hope}}\" and new beginnings lol",
            ),
            (
                "a",
                "Hello! Happy birthday to her 🎉 Of course. Which hotel, and under which name is the room booked?",
            ),
            (
                "c",
                "Room is under [[P:Bradley Kowalczyk]], [[A:Via Roma 398, 4th floor, room 412]]. My cell is [[T:(773) 555-0148]], it's a [[L:Chicago]] number so text is better than calling",
            ),
            (
                "c",
                "oh and her mom [[P:Dolores]] wants to add a card from her, she's back home in [[L:Naperville]]",
            ),
            (
                "a",
                "Lovely. We'd suggest sunflowers and {{PD:Bouquet Primavera}} for {{$:€ 65}}, delivered Friday {{D:25 April}} at {{TM:9:30}}. Two cards: one from you, one from [[P:Dolores]].",
            ),
            ("c", "perfect thx!! Pay link to [[E:bkowalczyk74@example.com]] please"),
            (
                "a",
                "Sent! Grazie and enjoy {{W:Palermo}}. – [[P:Giusi]], {{B:Fiori di Rosalia Palermo}}",
            ),
        ],
    },
    {
        "business": "rosalia",
        "platform": "instagram",
        "customer": "concetta.m",
        "lang": "it",
        "start": "2025-07-14T18:00:00",
        "messages": [
            (
                "c",
                "salve, è morto mio nonno [[P:Calogero]] stamattina, il funerale è mercoledì alla chiesa madre di [[L:Bagheria]]\nvorrei una corona da parte dei nipoti",
            ),
            (
                "a",
                "Condoglianze sentite 🙏 Possiamo fare una corona di gigli e {{W:rose rosse}} da {{$:€ 120}}. Cosa vuole scritto sul nastro?",
            ),
            (
                "c",
                '"al nonno [[P:Lillo]] i tuoi nipoti [[P:Concetta]], [[P:Giusi]], [[P:Turi]] e [[P:Peppe]]"\n[[P:lillo]] era il suo soprannome, tutti lo chiamavano così',
            ),
            (
                "c",
                "nn è in conflitto col {{W:Festino di Santa Rosalia}} vero? so che in questi giorni siete pieni",
            ),
            (
                "a",
                "Nessun problema, la consegniamo mercoledì alle {{TM:9}} direttamente in chiesa. Per la fattura ci serve un nome e un recapito.",
            ),
            (
                "c",
                "[[P:Concetta Mulè]], [[A:via Città di Palermo 144]], [[L:Bagheria]]\n[[T:091 90 33 812]] è il fisso di mia zia [[P:Nunzia]], io nn ho segnale",
            ),
            (
                "a",
                "Grazie [[P:Concetta]], tutto annotato con riferimento {{R:FUN-0716}}. Ancora condoglianze. [[P:Rosalba]]",
            ),
        ],
    },
    {
        "business": "rosalia",
        "platform": "whatsapp",
        "customer": "Fede 💍",
        "lang": "it",
        "start": "2025-05-06T12:15:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Federica Caronia]] ci siamo sentite in negozio x il matrimonio del {{D:21 giugno}}!! sono quella con la wedding planner [[P:Aziz]] 😅",
            ),
            (
                "a",
                "Ciao [[P:Fede]]! Certo che ci ricordiamo 💐 Ci mandi la lista definitiva dei centrotavola?",
            ),
            (
                "c",
                "si ora la manda [[P:aziz]] dalla sua mail [[E:aziz.hamdani@weddings-example.it]]\nla fattura va intestata alla società di mio papà, partita iva [[V:01987650288]]",
            ),
            (
                "c",
                'mi raccomando niente {{W:calle}} xke la suocera [[P:Nella]] dice che portano male 🙄\ne sulle sedie degli sposi i nomi "[[P:Fede]] & [[P:Gabri]]"',
            ),
            (
                "a",
                "Ahah ricevuto, niente {{W:calle}}! Preventivo {{R:PRV-2025-118}}: {{$:€ 2.340}} tutto compreso. Mandiamo tutto a [[P:Aziz]] anche via posta elettronica, va bene a [[E:aziz punto hamdani chiocciola weddings-example punto it]]?",
            ),
            (
                "c",
                "si perfetto ❤️ cmq il mio cell se nn risponde lui\n[[T:+39 333]]\n[[T:802 6645]]",
            ),
        ],
    },
    {
        "business": "rosalia",
        "platform": "telegram",
        "customer": "María José",
        "lang": "en",
        "start": "2025-10-09T16:40:00",
        "messages": [
            (
                "c",
                "Hola! sorry my english, I am [[P:María José Serrano Ruiz]], I live in [[L:Palermo]] since one year with Erasmus. ¿Hacéis envíos a [[L:España]]? I want send flowers to my mother in [[L:Zaragoza]]",
                "en",
            ),
            (
                "a",
                "Hola [[P:María José]]! We don't ship flowers abroad ourselves, but we work with a partner network. It would be about {{$:€ 55}} plus {{$:€ 15}} for delivery to [[L:Spain]].",
            ),
            (
                "c",
                "ok perfecto. The address of my mother is [[A:Calle del Coso 87, 2º izq]], [[A:50001]] [[L:Zaragoza]], name [[P:Pilar Ruiz Alonso]]\nher birthday is {{D:12 October}}, día del {{W:Pilar}} 😄",
            ),
            ("c", "my phone is [[T:+34 612 48 90 37]] and my telegram is [[H:@majo_serrano]]"),
            ("a", "Done! Order {{O:RP-1009-207}} with {{PD:Girasoli e Lavanda}}. – [[P:Giusi]]"),
            (
                "c",
                "muchas gracias [[P:Giusi]]!! mi compañera de piso [[P:Chiara]] dice que sois los mejores ✨",
                "es",
            ),
        ],
    },
    # ---------------------------------------------------------------- physiotherapy studio, Padua
    {
        "business": "fisio",
        "platform": "whatsapp",
        "customer": "Paola Zanon",
        "lang": "it",
        "start": "2025-01-15T08:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per mio papà [[P:Pietro Zanon]] che ha 82 anni, il dott. [[P:Stoka]] dell ortopedia gli ha prescritto 10 sedute di rieducazione dopo la protesi d anca",
            ),
            (
                "a",
                "Buongiorno! Certo, possiamo anche venire a domicilio se fa fatica a muoversi. Dove abita il signor [[P:Zanon]]?",
            ),
            (
                "c",
                "a [[L:Selvazzano Dentro]], [[A:via San Marco 17]]\ncitofono [[P:Zanon Gino]], lo chiamano tutti [[P:Gino]] anche se si chiama [[P:Pietro]]",
            ),
            (
                "c",
                "per la detrazione le ricevute intestatele a lui, codice fiscale [[CF:ZNNPTR78B03G224A]]\nse serve il mio numero è [[T:349]]\n[[T:66 20 517]] io sono [[P:Paola]] la figlia",
            ),
            (
                "a",
                "Perfetto [[P:Paola]]. La prima seduta domiciliare sarebbe {{D:lunedì 20 gennaio}} alle {{TM:10:00}} con [[P:Matteo]], {{$:€ 55}} a seduta. Va bene?",
            ),
            (
                "c",
                "va benissimo, papà sarà contento, [[P:matteo]] è quello alto? il dott [[P:stoka]] ce ne ha parlato bene",
            ),
            ("a", "Sì, proprio lui 😊 A lunedì! [[P:Anna]] - {{B:FisioStudio Zanetti}}"),
        ],
    },
    {
        "business": "fisio",
        "platform": "messenger",
        "customer": "Felice Bortolami",
        "lang": "it",
        "start": "2025-03-27T19:50:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Felice]] corro la {{W:Maratona di Sant'Antonio}} ad aprile e ho una fascite plantare che nn passa 😭 fate onde d urto?",
            ),
            (
                "a",
                "Ciao [[P:Felice]]! Sì, facciamo onde d'urto focali, {{$:€ 60}} a seduta, di solito ne servono 3-5. Hai già un'ecografia?",
            ),
            (
                "c",
                "si me l ha fatta il dott. [[P:Gallo Ramírez]] a [[L:Abano]]\ncmq sono [[P:felice bortolami]], sul profilo strava mi trovi come [[U:strava.com/athletes/felicebortolami]] così vedi quanto corro 😅",
            ),
            ("c", "non sono per niente {{W:felice}} di fermarmi eh"),
            (
                "a",
                "Ahah immaginiamo! Proviamo a non farti fermare del tutto. Ti va {{D:martedì 1 aprile}} alle {{TM:18:30}}? Ti lasciamo il modulo privacy alla mail.",
            ),
            (
                "c",
                "[[E:felice.bortolami@runmail-example.it]]\nvengo con il mio amico [[P:Nicola]] detto [[P:Cola]] che ha la stessa cosa lol",
            ),
            ("a", "Perfetto, segniamo anche lui. A martedì! [[P:Anna]]"),
        ],
    },
    {
        "business": "fisio",
        "platform": "instagram",
        "customer": "chinedu.ok",
        "lang": "en",
        "start": "2025-05-19T14:25:00",
        "messages": [
            (
                "c",
                "Good afternoon. I am [[P:Chinedu Okafor]], student at the {{W:Università di Padova}}. I twisted my knee playing football last Sunday",
            ),
            (
                "a",
                "Hello [[P:Chinedu]], sorry to hear that! Did you see a doctor? We can do a first assessment for {{$:€ 50}}.",
            ),
            (
                "c",
                "Yes the doctor at the student clinic, dr [[P:Haddad]], said physio. I live in [[L:Arcella]], I can come by bus.\nMy codice fiscale for the receipt is [[CF:KFRCND90S20Z335U]]",
            ),
            (
                "c",
                "email [[E:chinedu.okafor (at) studenti-example (dot) it]]\nmy teammate [[P:Emeka]] also says hello, he came to you last year, [[P:Emeka Nwosu]]",
            ),
            (
                "a",
                "Ah yes, we remember [[P:Emeka]]! Thursday {{D:22 May}} at {{TM:15:00}} with [[P:Matteo]]?",
            ),
            (
                "c",
                "yes good. my phone [[T:+39 389 017 4452]], and my [[L:Nigerian]] one [[T:+234 803 555 0192]] only whatsapp",
            ),
            ("a", "Booked, ref {{R:FZ-2205-07}}. See you Thursday! – [[P:Anna]]"),
        ],
    },
    {
        "business": "fisio",
        "platform": "whatsapp",
        "customer": "Giusy Mazza",
        "lang": "it",
        "start": "2025-09-08T12:40:00",
        "messages": [
            (
                "c",
                "salve ho male al collo da quando ci hanno messo le scrivanie nuove in ufficio, anche la mia collega [[P:Sabrina]] 🙄\nil capo dott. [[P:Venturini]] dice che è stress ahah",
            ),
            (
                "a",
                "Buongiorno! Sembra una cervicalgia posturale, facciamo una valutazione e poi un ciclo di terapia manuale. Come si chiama?",
            ),
            (
                "c",
                "[[P:Giuseppa Mazza]] ma tutti mi dicono [[P:Giusy]]\nla volta scorsa avevo pagato 3 sedute ma ne ho fatte 2 perché il {{D:2 giugno}} eravate chiusi, me la ridate?",
            ),
            (
                "a",
                "Certo [[P:Giusy]], il rimborso di {{$:€ 45}} lo facciamo con bonifico. Ci serve IBAN e intestatario.",
            ),
            (
                "c",
                "[[I:IT88M0200811770000101234567]] intestato a me\ncf [[CF:MZZGPP83E47H501G]] se serve x la ricevuta",
            ),
            (
                "c",
                "e se potete fare il pomeriggio dopo le 18 xke esco alle 17:30 e vengo da [[L:Limena]]",
            ),
            (
                "a",
                "Perfetto, le proponiamo {{D:giovedì 11}} alle {{TM:18:15}}. Rimborso con causale {{R:RIMB-FZ-0908}}. [[P:Chiara]] - {{B:FisioStudio}}",
            ),
        ],
    },
    {
        "business": "fisio",
        "platform": "telegram",
        "customer": "Bepi_climb",
        "lang": "it",
        "start": "2025-11-02T09:15:00",
        "messages": [
            (
                "c",
                "ciao ragà, il mister [[P:Bepi]] della squadra di arrampicata mi ha detto di scrivervi, ho la spalla destra che fa crack 😬",
            ),
            (
                "c",
                "sono [[P:Nadia Ivanova]] ma qui su telegram sono [[H:@nadiaclimbs]], abito ad [[L:Abano Terme]] ma lavoro a [[L:Padova]] centro",
            ),
            (
                "a",
                "Ciao [[P:Nadia]]! Il mister [[P:Bepi]], intendi [[P:Giuseppe Sartori]]? Lo conosciamo bene 😄 Possiamo vederti {{D:mercoledì}} alle {{TM:19:00}}.",
            ),
            (
                "c",
                "si lui!! ok mercoledì perfetto. mia sorella [[P:Katja]] mi accompagna che nn posso guidare\nil mio numero [[T:+39 (0)49 812 3390]] casa o cell [[T:371.440.2281]]",
            ),
            (
                "a",
                "Segnato. Ti aspettiamo in studio, il parcheggio è dietro le {{W:Terme Euganee}}... scherzo, è in {{W:via Tiziano Aspetti}} davanti alla farmacia 😉 [[P:Matteo]]",
            ),
        ],
    },
    # ---------------------------------------------------------------- car rental, Catania airport
    {
        "business": "etna",
        "platform": "whatsapp",
        "customer": "Gareth Pryce",
        "lang": "en",
        "start": "2025-06-28T05:55:00",
        "messages": [
            (
                "c",
                "Morning, we land at {{TM:10:40}} on {{R:FR 8372}} from [[L:Bristol]], booking {{R:ETN-77K2Q}} under [[P:Gareth Pryce]]. Just checking the child seats are included? kids are [[P:Owen]] (6) and [[P:Megan]] (3)",
            ),
            (
                "a",
                "Good morning [[P:Gareth]]! Yes, one booster and one toddler seat are on booking {{R:ETN-77K2Q}}, {{$:€ 7}} per day each. Who will be the drivers?",
            ),
            (
                "c",
                "me and my wife [[P:Rhiannon Pryce]], both [[L:UK]] licences. Can I pay the deposit with a different card? the one on the booking is [[C:5354-1198-7654-3215]] but its nearly maxed 😬",
            ),
            (
                "a",
                "Please don't worry, just bring the physical card to the desk, we can't take card numbers by chat. Any card in the main driver's name works.",
            ),
            (
                "c",
                "ok sorry! my mobile is [[T:+44 (0)7823 610 447]] in case we're late, our home is [[A:12 Clifton Vale]], [[L:Bristol]] [[A:BS8 4PT]] if u need it for the contract",
            ),
            (
                "c",
                "staying at a villa in [[L:Cefalù]] btw, the owner signora [[P:Nuccia]] said the road is narrow lol should we take a small car?",
            ),
            (
                "a",
                "Haha she's right! We'd suggest switching to a {{PD:Fiat Panda}}, same price. See you at {{TM:10:40}}. – [[P:Carmelo]], {{B:EtnaDrive}}",
            ),
        ],
    },
    {
        "business": "etna",
        "platform": "messenger",
        "customer": "Rosaria e Enzo",
        "lang": "it",
        "start": "2025-08-04T21:30:00",
        "messages": [
            (
                "c",
                "Buonasera, abbiamo prenotato da [[L:Milano]] una {{PD:Jeep Renegade}} dal {{D:10}} al {{D:17 agosto}}, prenotazione {{R:ETN-91PX4}}. Possiamo aggiungere mia moglie come seconda guidatrice?",
            ),
            (
                "a",
                "Buonasera! Certo, sono {{$:€ 9}} al giorno. Ci servono nome completo e codice fiscale della seconda guidatrice.",
            ),
            (
                "c",
                "[[P:Rosaria Delbello]], cf [[CF:DLBMRA70C62L424Y]]\nah no scusi quello è di mia cognata [[P:Mara]], si sono scambiate le foto dei documenti 🤦‍♂️",
            ),
            (
                "c",
                "[[P:rosaria]] ve lo manda domani lei dalla sua mail [[E:rosaria.d[at]tiscali-example[dot]it]]\nio sono [[P:Vincenzo Greco]] ma tutti [[P:Enzo]]",
            ),
            (
                "a",
                "Nessun problema [[P:Enzo]]. Dove andrete? Se salite sull'{{W:Etna}} vi consigliamo di fare il pieno a {{W:Nicolosi}}.",
            ),
            (
                "c",
                "stiamo a [[L:Taormina]] da zio [[P:Alfio]], ma vogliamo fare anche {{W:Etna}} e {{W:Siracusa}} un giorno",
            ),
            ("a", "Ottimo! La pratica è {{R:ETN-91PX4}}, a presto. [[P:Agata]] - {{B:EtnaDrive}}"),
        ],
    },
    {
        "business": "etna",
        "platform": "instagram",
        "customer": "birgit_h",
        "lang": "en",
        "start": "2025-09-15T16:10:00",
        "messages": [
            (
                "c",
                "Hallo! We returned the car yesterday but the deposit of {{$:€ 300}} was not released. Booking {{R:ETN-44ZW9}}, name [[P:Birgit Hoffmann]], driver was my husband [[P:Klaus]].",
            ),
            (
                "c",
                "Wir haben das Auto vollgetankt zurückgegeben, das Foto hat [[P:Klaus]] gemacht. Sorry, in English: we returned it full, photo attached",
                "de",
            ),
            (
                "a",
                "Hallo [[P:Birgit]]! Sorry for the wait. Our colleague [[P:Turi]] noted a scratch on the rear bumper, but your photo shows it was already there, so we'll refund in full.",
            ),
            (
                "c",
                "Danke! The card was [[P:Klaus]]'s, but he closed it. Can you transfer to [[I:DE89370400440532013000]] instead?",
            ),
            (
                "a",
                "We can, but the account holder must be one of you. Please confirm the holder's name and your postal address for the receipt.",
            ),
            (
                "c",
                "holder [[P:Klaus-Dieter Hoffmann]], [[A:Rotebühlstraße 143]], [[A:70197]] [[L:Stuttgart]]\nhis mail is [[E:kd.hoffmann@example.de]]",
            ),
            (
                "a",
                "Perfect, refund ref {{R:DEP-0915-03}} within 5 working days. Grüße an [[P:Klaus]]! – [[P:Carmelo]]",
            ),
        ],
    },
    {
        "business": "etna",
        "platform": "whatsapp",
        "customer": "Mattia 🚗",
        "lang": "it",
        "start": "2025-07-03T11:25:00",
        "messages": [
            (
                "c",
                "ciao ho riconsegnato la {{PD:Fiat 500}} ieri sera e ho lasciato dentro gli occhiali da sole {{B:Ray-Ban}} del mio amico [[P:Pippo]] 😭 li avete trovati??",
            ),
            ("a", "Ciao! Ci dai numero di prenotazione o targa?"),
            (
                "c",
                "{{R:ETN-30KL8}} a nome [[P:Mattia Scuderi]]\nio ora sto a [[L:Siracusa]] all hotel fino a domenica, [[A:via Nizza 19]] a [[L:Ortigia]], vicino alla {{W:Fonte Aretusa}}",
            ),
            (
                "a",
                "Li abbiamo trovati! Sono nel vano portaoggetti. Possiamo spedirli con corriere, {{$:€ 12}}, oppure li ritira [[P:Pippo]]?",
            ),
            (
                "c",
                "spediteli a casa sua a [[L:Acireale]], [[A:via Vittorio Emanuele 230]], a nome [[P:Giuseppe Russo]] che [[P:pippo]] è lui 😂 cell [[T:339 208 7714]]\nio pago con paypal [[E:mattia.scuderi01@example.it]]",
            ),
            (
                "a",
                "Fatto, spedizione {{TR:ETN-LF-392001}} partita. Su insta ci trovi come {{B:@etnadrive}} 😉 [[P:Agata]]",
            ),
            ("c", "grandi!! vi taggo, io sono [[H:@mattia.sc]] 🙌"),
        ],
    },
    {
        "business": "etna",
        "platform": "telegram",
        "customer": "Youssef E.",
        "lang": "en",
        "start": "2025-10-20T13:05:00",
        "messages": [
            (
                "c",
                "Bonjour, je parle un peu italien mais mieux en anglais. I want to rent a car for 3 days, I have a [[L:Moroccan]] licence, is it ok?",
                "fr",
            ),
            (
                "a",
                "Hello! Yes, a [[L:Moroccan]] licence is accepted together with an International Driving Permit. Which dates?",
            ),
            (
                "c",
                "{{D:24}} to {{D:27 October}}. name [[P:Youssef El Amrani]], I come from [[L:Casablanca]] to visit my brother [[P:Hamza]] who works in [[L:Ragusa]]",
            ),
            (
                "c",
                "email is [[E:youssef dot elamrani at gmail dot com]], sorry i write like this because the bot deleted my message before 😅\n[[E:youssef dot elamrani at gmail dot com]]",
            ),
            (
                "a",
                "No problem [[P:Youssef]]! Reservation {{R:ETN-58MM1}}, {{PD:Toyota Yaris}} at {{$:€ 41}} per day. A phone for the day of pickup?",
            ),
            (
                "c",
                "[[T:+212 661 47 30 98]] or my brother [[T:+39 320 5561 012]]\nmy telegram [[H:youssef_ea]] also ok",
            ),
            ("a", "All set. See you on the {{D:24th}}! – [[P:Carmelo]]"),
        ],
    },
    # ---------------------------------------------------------------- knitting wool shop, online orders
    {
        "business": "pina",
        "platform": "whatsapp",
        "customer": "Ada Visentin",
        "lang": "it",
        "start": "2025-10-06T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno signora [[P:Pina]] sono [[P:Ada Visentin]], mi scrive la nipote [[P:Martina]] dal telefonino perché io non sono capace.\nVorrei 10 gomitoli di {{PD:Merino Extrafine}} color {{W:Bordeaux}} per fare un maglione al mio bisnipote",
            ),
            (
                "a",
                "Buongiorno signora [[P:Ada]]! Che bello 😊 10 gomitoli sono {{$:€ 68}}, spedizione gratuita sopra i {{$:€ 50}}. A che indirizzo?",
            ),
            (
                "c",
                "[[A:località Case Sparse 4]], frazione [[L:Cavolano]], [[A:33074]] [[L:Fontanafredda]]\nil postino sa dov'è, chiedete di [[P:Ada]] della casa col fico",
            ),
            (
                "c",
                "sono [[P:Martina]] ora 😅 la nonna non ha mail, mettete la mia: [[E:marti.visentin(chiocciola)libero.it]] e il mio cell [[T:+39 366 1182 450]]",
            ),
            (
                "a",
                "Perfetto [[P:Martina]], ordine {{O:NP-24511}} registrato! Il bisnipote come si chiama? Mettiamo un bigliettino 🧶",
            ),
            (
                "c",
                "[[P:Leonardo]] ma lo chiamiamo [[P:Leo]]. la nonna dice grazie e che la lana di una volta era quella di {{W:Biella}} 😂",
            ),
            ("a", "Ha ragione la nonna! Un abbraccio a tutte e due, [[P:Pina]]"),
        ],
    },
    {
        "business": "pina",
        "platform": "instagram",
        "customer": "la_maglia_di_bea",
        "lang": "it",
        "start": "2025-02-20T18:30:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Bea]] di [[H:@la_maglia_di_bea]], faccio tutorial di maglia per principianti (32k) e mi piacerebbe fare un video con i vostri filati",
            ),
            (
                "c",
                "trovi tutti i miei lavori anche sul blog [[U:https://lamagliadibea.example.it]] e i pattern su [[U:ravelry.com/designers/beatrice-loddo]]",
            ),
            (
                "a",
                "Ciao [[P:Bea]]! Ci conosciamo già, la nostra [[P:Serena]] ti segue da sempre 😍 Ti mandiamo volentieri un kit del {{PD:Cardigan Nuvola}}. Ci dai nome completo e indirizzo?",
            ),
            (
                "c",
                "[[P:Beatrice Loddo]]\n[[A:via Sassari 38]]\n[[A:09124]] [[L:Cagliari]]\nse nn ci sono lasciate al bar sotto da [[P:Efisio]], è mio zio",
            ),
            ("c", "per la fattura della collab ho partita iva [[V:05678120345]], intestata a me"),
            (
                "a",
                "Perfetto! Spediamo domani con tracking {{TR:JJD000390007712345}}. [[P:Serena]] per {{B:Lana & Ferri di Nonna Pina}} 💛",
            ),
        ],
    },
    {
        "business": "pina",
        "platform": "messenger",
        "customer": "Deb Hollis",
        "lang": "en",
        "start": "2025-11-11T02:20:00",
        "messages": [
            (
                "c",
                "hi from [[L:Vermont]]!! do u ship to the [[L:US]]? I fell in love with the {{PD:Alpaca Soft}} on ur insta, the one in {{W:Verona}} red 😍",
            ),
            (
                "a",
                "Hi! Yes we ship to the {{W:USA}}, about {{$:€ 24}} by tracked post. How many skeins would you like?",
            ),
            (
                "c",
                "8 pls! its for a sweater for my son [[P:Will]], he will love it lol (he {{W:will}} trust me)\naddress [[A:88 Maple Street, Apt 4B]], [[L:Burlington]], [[A:VT 05401]]",
            ),
            (
                "c",
                "name [[P:Deborah Hollis]], phone [[T:(802)]]\n[[T:555-0193]], email is [[E:deb dot knits at yahoo dot com]]",
            ),
            (
                "a",
                "Thank you [[P:Deborah]]! Just to be sure, the email is [[E:deb.knits@yahoo.com]]? Order {{O:NP-24788}}, we'll send the payment link there.",
            ),
            (
                "c",
                "yes thats it! my knitting group friend [[P:Marjorie]] might order too, she's [[H:marjknits]] on ravelry",
            ),
            ("a", "Wonderful, tell [[P:Marjorie]] hi from us! – [[P:Serena]]"),
        ],
    },
    {
        "business": "pina",
        "platform": "telegram",
        "customer": "Ursula Brunner",
        "lang": "it",
        "start": "2025-12-01T10:45:00",
        "messages": [
            (
                "c",
                "Grüezi, io sono [[P:Ursula Brunner]] e scrivo da [[L:Lugano]]. Spedite in [[L:Svizzera]]? Vorrei il kit dello {{PD:Scialle Venezia}} in {{W:verde Tiffany}}",
            ),
            (
                "a",
                "Buongiorno [[P:Ursula]]! Sì, spediamo in tutta {{W:Europa}} e anche in {{W:Svizzera}}, con i costi doganali a carico del destinatario. Il kit è {{$:€ 54}}.",
            ),
            (
                "c",
                "va bene. Indirizzo: [[A:Via Cantonale 27]], [[A:6900]] [[L:Lugano]]\nma c/o mia figlia [[P:Anna Lisa Brunner-Gatti]] perché io di giorno non ci sono",
            ),
            (
                "c",
                "Meine Tochter heisst [[P:Annalisa]], aber alle sagen [[P:Lisa]]. Scusi, mi scappa il tedesco 😄 telefono di lei [[T:+41 79 418 22 07]]",
                "de",
            ),
            (
                "a",
                "Nessun problema! Pacco {{O:NP-25102}} in partenza {{D:3 dicembre}}. [[P:Pina]] vi saluta 🧶",
            ),
            ("c", "Grazie! [[P:Pina]] è una persona vera? 😊"),
            (
                "a",
                "Verissima, ha 79 anni e sferruzza ancora tutti i giorni in negozio! [[P:Serena]]",
            ),
        ],
    },
    {
        "business": "pina",
        "platform": "whatsapp",
        "customer": "Gaia R.",
        "lang": "it",
        "start": "2025-01-28T17:15:00",
        "messages": [
            (
                "c",
                "ciao il pacco {{O:NP-23990}} risulta consegnato ma io nn ho niente 😭 il tracking è {{TR:3926 0012 4478 21}}",
            ),
            (
                "a",
                'Ciao! Vediamo subito. Il corriere segna "consegnato al vicino". A nome di chi è l\'ordine?',
            ),
            (
                "c",
                "[[P:gaia rinaldi]]. il vicino chi??? io ho solo la sig.ra [[P:Russo]] sul pianerottolo e il tipo del secondo piano, [[P:Bobo]] lo chiamano",
            ),
            (
                "c",
                "ok trovato!! l aveva [[P:Bobo]] 🙄 cioè [[P:Roberto]], il corriere [[P:Gianni]] lo conosce e glielo lascia sempre\ncmq la prossima volta scrivete citofono [[P:Rinaldi]] e [[A:interno 6]] pls",
            ),
            (
                "a",
                "Ahah meno male! Aggiungiamo [[A:interno 6]] all'indirizzo in [[A:via Pietro Mascagni 14]]. Ti serve altro? [[P:Serena]]",
            ),
            (
                "c",
                "si mi fate rifare lo stesso ordine x la mia amica [[P:Noemi]]? paga lei con carta\n[[C:4147 2099 8877 6657]]\nlei è [[P:noemi pace]]",
            ),
            (
                "a",
                "Per sicurezza non accettiamo carte in chat, la cancelliamo subito 🙏 Mandiamo a [[P:Noemi]] un link di pagamento: ci dai una sua mail?",
            ),
            (
                "c",
                "[[E:noemi_pace@example.it]] grazie mille siete le migliori 💕 ah lei si chiama proprio [[P:Pace]] di cognome, nn è uno scherzo",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(115, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
