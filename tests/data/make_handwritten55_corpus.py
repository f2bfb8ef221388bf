# ruff: noqa: E501
"""Hand-written blind test corpus no. 55 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten55_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a wedding photographer in Verona, a flower shop
with delivery in Sanremo, a driving school in Catania, a yoga and pilates studio in Padua, an
English-language bookshop in Rome run by an Irish couple and a car-rental desk at Pisa airport.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten55_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten55_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "photo": "Elisa Fontanari Fotografia",
    "fiori": "Fioreria Matuzia Sanremo",
    "guida": "Autoscuola Etna Sud",
    "yoga": "Respiro Studio Yoga & Pilates",
    "books": "O'Dwyer's English Books Roma",
    "cars": "Galilei Drive Car Hire Pisa",
}
PAGE_IDS: dict[str, str] = {
    "photo": "655330417208356",
    "fiori": "655330092871634",
    "guida": "655330738150427",
    "yoga": "655330561904283",
    "books": "655330284637719",
    "cars": "655330903326581",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ wedding photographer, Verona
    # 1. A bride books the full-day package, gives contract data and pays the deposit.
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Bianca T.",
        "lang": "it",
        "start": "2025-01-18T19:42:00",
        "messages": [
            (
                "c",
                "Buonasera! Sono [[P:Bianca Tommasoli]], ci siamo conosciute alla fiera {{W:Sposi in Villa}} a {{W:Veronafiere}} 😊 io e il mio compagno [[P:Ettore]] ci sposiamo il {{D:13 settembre}} a {{W:Corte Sant'Ilario}}, lei è libera??",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Certo che mi ricordo 😊 il {{D:13/09}} è ancora libero. Ti giro il listino:\n- {{PD:pacchetto Essenziale}} {{$:1.650 €}} (cerimonia + ritratti)\n- {{PD:pacchetto Racconto}} {{$:2.400 €}} (dalla preparazione al taglio torta)\n- {{PD:album Fineart 30x30}} {{$:480 €}}\nPer bloccare la data chiedo un acconto del 30%. [[P:Elisa]]",
            ),
            (
                "c",
                "Prendiamo il {{PD:Racconto}} con album!! Per il contratto: [[P:Bianca Tommasoli]], [[A:via Cesare Battisti 17]], [[A:37057]] [[L:San Giovanni Lupatoto]], CF [[CF:TMMBNC93L61L781H]], mail [[E:bianca.tommasoli93@example.it]]",
            ),
            (
                "c",
                "ah e la preparazione sarà da mia mamma [[P:Rosa]] a [[L:Bussolengo]], [[A:v. Rosmini 6/a]]. il vestito è un {{B:Rosa Clarà}} e il bouquet lo vorrei {{W:rosa}} cipria",
            ),
            (
                "a",
                "Segnato tutto! Il contratto arriva via mail stasera. Acconto {{$:864 €}} su IBAN [[I:IT02 E030 6234 2100 0000 1857 204]] intestato a [[P:Elisa Fontanari]], causale {{R:CTR-2025-014}} + i vostri nomi",
            ),
            (
                "c",
                "fatto il bonifico ora! ti scrive anche [[P:Ettore]] dal suo numero [[T:347 218 9046]] così lo salvi, è lui che gestisce le cose noiose 😂",
            ),
            (
                "a",
                "Ricevuto, grazie mille! Salvo il numero di [[P:Ettore]]. Ci vediamo per la prova luce a {{D:giugno}} 📸",
            ),
        ],
    },
    # 2. An English couple plans a Lake Garda wedding; the album ships to Leeds.
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "Hope Whitaker",
        "lang": "en",
        "start": "2025-02-03T10:15:00",
        "messages": [
            (
                "c",
                "Hi [[P:Elisa]]! We're [[P:Hope]] and [[P:Jamie]], getting married on {{W:Lake Garda}} next spring at {{W:Punta San Vigilio}} and we LOVE your work, found you through our planner [[H:@lakesidevowsbymaddie]] 💛",
            ),
            (
                "a",
                "Hi [[P:Hope]], thank you so much! Which date exactly? For destination weddings I do the full day plus a welcome-dinner session. — [[P:Elisa]]",
            ),
            (
                "c",
                "{{D:Saturday 16 May 2026}}! About 40 guests, mostly flying in from [[L:Leeds]] where we live, and [[P:Jamie]]'s family from [[L:Cork]]. All the info is on our wedding site [[U:https://hopeandjamie2026.example.com]]",
            ),
            (
                "a",
                "Lovely, the date is free! Could you send me an email so I can share the brochure? You can also see full galleries on {{W:www.elisafontanarifoto.it}}",
            ),
            (
                "c",
                "Sure: [[E:hope.whitaker@example.co.uk]], and [[P:Jamie]]'s is [[E:jamie_oconnell88@example.com]]. Could you ship the printed album to the UK after? Address is [[A:27 Cardigan Lane]], [[L:Headingley]], [[L:Leeds]] [[A:LS6 3BJ]]",
            ),
            (
                "a",
                "Of course, shipping to the UK is {{$:65 €}} with {{B:DHL Express}}. I'll write to you both today x",
            ),
            (
                "c",
                "Amazing!! My mobile is [[T:+44 7700 914362]] if {{B:WhatsApp}} is easier 🙏 [[P:Jamie]]'s mum [[P:Siobhan]] is already asking for the engagement pics lol",
            ),
        ],
    },
    # 3. Engagement shoot at sunset; Pinterest board and Instagram handles.
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Serena Dal Bosco",
        "lang": "it",
        "start": "2025-03-09T21:05:00",
        "messages": [
            (
                "c",
                "ciao [[P:elisa]], vorrei fare un servizio di fidanzamento prima del matrimonio, io sono [[P:serena]] e lui [[P:Fortunato]] (si si si chiama proprio cosi 😂 nonno [[P:Fortunato]] ha colpito ancora)",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Che bello, per gli engagement propongo un'ora e mezza al tramonto, {{$:290 €}} con 40 foto editate. Avete già un'idea di posto?",
            ),
            (
                "c",
                "pensavamo al {{W:Ponte Pietra}} oppure alle {{W:Torricelle}}, partendo da casa mia in [[A:lungadige Re Teodorico 14]]... ti mando la board che ho fatto [[U:https://www.pinterest.com/serenadalbosco/engagement-verona/]]",
            ),
            (
                "a",
                "Bellissima la board! Le {{W:Torricelle}} al tramonto sono perfette, con la luce {{W:rosa}} che scende sulla città 🌅 Sabato {{D:5 aprile}} alle {{TM:18:45}}?",
            ),
            (
                "c",
                "siii!! mi tagghi poi? su ig sono [[H:@sere.dalbosco]] e lui [[H:@fortu_nato_rgb]]",
            ),
            (
                "a",
                "Certo! Vi taggo solo se mi date l'ok per pubblicarle, e magari taggate anche {{B:@elisafontanari.foto}} 😊 Ci vediamo il 5, [[P:Elisa]]",
            ),
            ("c", "grazie!! ah viene anche mia sorella [[P:Viola]] col cane, si puo?"),
        ],
    },
    # 4. The bride's mother paid the balance twice; refund and album delivery.
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Cinzia",
        "lang": "it",
        "start": "2025-10-02T08:31:00",
        "messages": [
            (
                "c",
                "Buongiorno signora [[P:Elisa]] sono [[P:Cinzia Ferrarini]] la mamma di [[P:Giulia]] (matrimonio del {{D:30 agosto}}). Volevo sapere quando arriva l'album, mio marito [[P:Franco]] non sta più nella pelle",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Ferrarini]]! L'album è partito stamattina dal laboratorio, tracking {{TR:BRT068400219347}}, arriva entro il {{D:15 ottobre}}. Le ricordo il saldo di {{$:1.180 €}} 🙏",
            ),
            (
                "c",
                "Si guardi, ho fatto il bonifico ma per errore l'ho fatto DUE volte!! 😱 dal conto di mio marito",
            ),
            (
                "a",
                "Oh no, ho visto, sono arrivati due bonifici da {{$:1.180 €}}. Mi manda l'IBAN su cui restituire la seconda cifra e l'intestatario?",
            ),
            (
                "c",
                "IBAN [[I:IT37T0200811770000104882316]] intestato [[P:Ferrarini Franco]]. L'album lo può portare a casa: [[A:Vicolo San Nicolò 4, 2° piano]], [[A:37121]] [[L:Verona]], citofono [[P:Ferrarini-Zanon]]",
            ),
            (
                "a",
                "Perfetto, rimborso disposto oggi con causale {{R:RIMB-0931}}. L'album lo porta il mio assistente [[P:Davide]] sabato mattina verso le {{TM:10:00}}",
            ),
            (
                "c",
                "Grazie mille!! Se non ci siamo chiami [[P:Giulia]] al [[T:340.771.2285]] o le scriva su ig, è [[H:@giuly.ferrarini]], lei abita al piano di sopra con [[P:Nicola]]",
            ),
        ],
    },
    # 5. A Polish photographer moving to Verona applies as second shooter, in learner's Italian.
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "Agnieszka W. Photo",
        "lang": "it",
        "start": "2025-04-22T13:20:00",
        "messages": [
            (
                "c",
                "Buongiorno [[P:Elisa]], mi chiamo [[P:Agnieszka Wróbel]], sono fotografa di matrimoni di [[L:Kraków]] e in estate mi trasferisco a [[L:Verona]]. Lei cerca secondo fotografo per stagione 2025?",
            ),
            (
                "a",
                "Ciao [[P:Agnieszka]]! Sì, in realtà il mio secondo fotografo [[P:Davide]] è libero solo il sabato. Hai un portfolio?",
            ),
            (
                "c",
                "Sì certo 🙂 [[U:agnieszkawrobel-photo.example.pl]] e lavori più vecchi su [[U:https://www.behance.net/agawrobel]]. La mail è [[E:aga punto wrobel chiocciola example punto pl]]",
            ),
            (
                "a",
                "Bellissima luce nelle tue foto! Pago {{$:250 €}} a matrimonio più le spese di viaggio. Avrai una partita IVA italiana?",
            ),
            (
                "c",
                "Non ancora, la apro quando arrivo. Mio indirizzo sarà [[A:via San Paolo 22/A]] a [[L:Verona]] (appartamento di mio ragazzo [[P:Tomasz]]). Numero polacco per adesso: [[T:+48 601 482 917]]",
            ),
            ("a", "Perfetto, ci prendiamo un caffè a {{D:luglio}}! Ciao [[P:Aga]] 😊"),
        ],
    },
    # 6. An American couple plans an elopement; mixed Italian and English.
    {
        "business": "photo",
        "platform": "telegram",
        "customer": "Ivy Harmon",
        "lang": "en",
        "start": "2025-05-11T16:02:00",
        "messages": [
            (
                "c",
                "Ciao! Scusa my italian is bad 😅 I'm [[P:Ivy]], me and my fiancé [[P:Bill]] want to elope in [[L:Verona]] in {{D:October}}, just us two + photographer",
            ),
            (
                "a",
                "Ciao [[P:Ivy]]! No problem, we can speak English. Elopements are my favourite ❤️ Where are you coming from?",
            ),
            (
                "c",
                "From [[L:Portland, Oregon]]! [[P:Bill]]'s grandma was from [[L:Soave]] so we want to visit her village too. Her name was [[P:Speranza Castagnini]], her name means {{W:hope}} right?? so cute",
            ),
            (
                "a",
                "It does! 🥰 Elopement package: 3 hours in the old town + 1 hour in [[L:Soave]] among the vineyards and the {{W:ivy}} walls of the castle, {{$:1.350 €}}. Which date?",
            ),
            (
                "c",
                "{{D:October 24}}!! Our planner is [[P:Rose Kimura]], she'll email you from [[E:rose@kimuraevents.example.com]]. I also blog about the trip here [[U:ivyharmon.example.blog/italy-elopement]]",
            ),
            (
                "a",
                "Perfect, {{D:24/10}} is on hold for 48 hours. Can I have your numbers for the day? Here {{B:WhatsApp}} is easier",
            ),
            (
                "c",
                "[[T:(503) 555-0148]] that's mine, [[P:Bill]]'s is [[T:503-555-0192]]. We'll stay at an airbnb in [[A:Via Sottoriva 9]]. Grazie mille!!! 🙏",
            ),
        ],
    },
    # 7. The groom wants the invoice on his architecture practice; gallery link and a download block.
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Lorenzo Zanetti",
        "lang": "it",
        "start": "2025-09-19T11:48:00",
        "messages": [
            (
                "c",
                "Buongiorno [[P:Elisa]], sono [[P:Lorenzo Zanetti]], lo sposo di [[P:Chiara]] del {{D:6 settembre}}. Le foto sono stupende!!",
            ),
            (
                "c",
                "Una cosa: la fattura dovrebbe essere intestata al mio studio, sono libero professionista. {{B:Studio Zanetti Architettura}}, P.IVA [[V:44173020239]], sede in [[A:C.so Porta Nuova 88]], [[A:37122]] [[L:Verona]]. PEC [[E:lorenzo.zanetti@pec.example.it]], codice destinatario {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Buongiorno [[P:Lorenzo]]! Grazie, che bello leggerlo 🥹 Emetto la fattura n. {{R:47/2025}} intestata allo studio. L'acconto versato da [[P:Chiara]] lo metto nella stessa?",
            ),
            (
                "c",
                "Sì meglio tutto allo studio. Ah, la gallery la possono vedere anche i miei genitori? [[P:Bruno]] e [[P:Lidia]] non hanno instagram 😂",
            ),
            (
                "a",
                "Certo, il link della gallery è privato, potete girarlo: [[U:https://gallery.elisafontanarifoto.it/zanetti-chiara-0609]] (la password è nella mail)",
            ),
            (
                "c",
                "Provato a scaricare tutto ma dice che il mio IP [[IP:151.46.92.130]] ha superato il limite di download 🙈",
            ),
            ("a", "Sbloccato! Riprova tra 5 minuti. Un abbraccio a te e [[P:Chiara]]"),
        ],
    },
    # ------------------------------------------------------------------ flower shop, Sanremo
    # 8. A son orders birthday flowers for his mother in Bordighera and pastes his card.
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Marco B.",
        "lang": "it",
        "start": "2025-02-12T09:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei mandare dei fiori a mia madre per il compleanno domani a [[L:Bordighera]]. Si può?",
            ),
            (
                "a",
                "Buongiorno! Certo, a [[L:Bordighera]] la consegna costa {{$:8 €}}. Che fiori ama la signora?",
            ),
            (
                "c",
                "Le piacciono tanto le {{W:rose}} {{W:rosa}} e i tulipani {{W:viola}}. Budget sui {{$:50 euro}}. Domani è anche {{W:San Valentino}} quindi immagino siate pieni 😅",
            ),
            (
                "a",
                "Ce la facciamo! Mazzo di {{W:rose}} {{W:rosa}} e tulipani {{W:viola}} con eucalipto, {{$:48 €}} + consegna. Mi dà nome e indirizzo?",
            ),
            (
                "c",
                "[[P:Marisa Bertolotti]], [[A:via Vittorio Veneto 37 int. 5]], [[L:Bordighera]]. Sul biglietto: Auguri mamma! Ti vogliamo bene, [[P:Marco]], [[P:Stella]] e la piccola [[P:Bianca]] 💐",
            ),
            (
                "c",
                "per pagare le do la carta così facciamo prima: [[C:4024 0071 8236 9511]] scad. {{D:09/27}}",
            ),
            (
                "a",
                "La ringrazio ma per sicurezza cancelli il messaggio con la carta 🙏 Le mando un link di pagamento. Ordine {{O:FM-2025-0212}}",
            ),
            (
                "c",
                "ok cancellato. se non rispondo scrivete a mia moglie [[P:Stella]], questo è il suo whatsapp [[U:wa.me/393339047716]]",
            ),
        ],
    },
    # 9. A funeral wreath for a grandfather, ribbon text with family names.
    {
        "business": "fiori",
        "platform": "messenger",
        "customer": "Gioia Amoretti",
        "lang": "it",
        "start": "2025-03-27T07:55:00",
        "messages": [
            (
                "c",
                "Buongiorno, purtroppo è mancato mio nonno [[P:Fortunato Amoretti]], il funerale è domani alle {{TM:15:00}} nella {{W:Cattedrale di San Siro}}. Vorremmo una corona",
            ),
            (
                "a",
                "Condoglianze sincere. Possiamo fare una corona di garofani e {{W:rose}} {{W:bianche}}, da {{$:120 €}} o {{$:160 €}}. Cosa scriviamo sul nastro?",
            ),
            (
                "c",
                "la più grande. Sul nastro: I nipoti [[P:Gioia]], [[P:Marina]] e [[P:Leone]]. E un cuscino a parte da mia nonna [[P:Felicita]] con scritto Per sempre, la tua [[P:Cita]]",
            ),
            (
                "a",
                "Va bene: corona grande {{$:160 €}} + cuscino {{$:90 €}}, consegna in chiesa alle {{TM:14:15}}, come da orari su {{W:www.cattedralesansiro-sanremo.example.it}}. A chi intestiamo la ricevuta?",
            ),
            (
                "c",
                "a me, [[P:Gioia Amoretti]], [[A:Via Padre Semeria 510]], [[L:Sanremo]]. Passo a pagare da voi stasera",
            ),
            (
                "a",
                "Certo, siamo aperti fino alle {{TM:19:30}} in [[A:corso Matuzia 61]]. Ancora condoglianze a tutta la famiglia. [[P:Carla]]",
            ),
            (
                "c",
                "grazie [[P:carla]], il nonno vi comprava sempre le mimose per la nonna l'{{D:8 marzo}} 🌼",
            ),
        ],
    },
    # 10. A bride plans wedding flowers; sister, planner and a Pinterest profile.
    {
        "business": "fiori",
        "platform": "instagram",
        "customer": "Beatrice ✨",
        "lang": "it",
        "start": "2025-01-30T22:11:00",
        "messages": [
            (
                "c",
                "ciaoo!! sono [[P:Bea]], mi sposo il {{D:21 giugno}} con ricevimento a {{W:Villa Ormond}} e vorrei voi per i fiori 🥹🌸",
            ),
            (
                "a",
                "Ciao [[P:Bea]]!! Che {{W:gioia}} 😍 Che stile hai in mente? Mandaci qualche foto",
            ),
            (
                "c",
                "ho salvato tutto qui [[U:https://www.pinterest.it/beatricesolari/matrimonio/]] bouquet {{W:bianco}} e pesca, niente {{W:rosa}} please 😂 e un bouquet più piccolo per la mia testimone [[P:Sole]] che è mia sorella",
            ),
            (
                "a",
                "Adorabile! Bouquet sposa da {{$:140 €}}, damigella {{$:65 €}}, per i tavoli facciamo un preventivo in base agli invitati. Ti apro la pratica {{O:FM-2025-0130}}, ci lasci una mail?",
            ),
            (
                "c",
                "[[E:beatrice.solari@example.it]] e in copia il mio wedding planner [[P:Leandro]] ([[H:@leandro.eventi.riviera]], il sito è [[U:leandroeventi.example.it]])",
            ),
            (
                "c",
                "vieni anche al sopralluogo? noi ci siamo sabato alle {{TM:11:00}}, speriamo col {{W:sole}} 🤞",
            ),
            (
                "a",
                "Ci sono! Vengo io, [[P:Carla]], con [[P:Nino]] che si occupa degli allestimenti 🌿",
            ),
        ],
    },
    # 11. A German tourist sends roses to his wife at the hotel for their anniversary.
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Klaus Neumeier",
        "lang": "en",
        "start": "2025-06-08T17:30:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Klaus Neumeier]] from [[L:München]], on holiday at the {{W:Hotel Royal}}. Tomorrow is 25 years married with my wife [[P:Rose]] 😊 Can you deliver roses to the hotel?",
            ),
            (
                "a",
                "Hello [[P:Klaus]], congratulations! Yes, 25 red roses {{$:95 €}} delivered to the reception. What time?",
            ),
            (
                "c",
                "Please {{TM:9:30}} in the morning, before breakfast. Room is under her name: [[P:Rose-Marie Neumeier-Hofer]]. Card: For my [[P:Röschen]], 25 years and still the most beautiful {{W:rose}} in the garden",
            ),
            ("a", "How romantic 🌹 For the receipt we need an email address, please."),
            (
                "c",
                "[[E:k.neumeier (at) example.de]]. Can I pay with {{B:PayPal}}? It is [[E:klaus.neumeier@example.de]]",
            ),
            (
                "a",
                "Sure, we send you a {{B:PayPal}} request to that address. Order {{O:FM-2025-0609}}. Thank you! [[P:Carla]]",
            ),
            (
                "c",
                "Danke! 🙏 My phone if there is a problem: [[T:+49 170 3849261]]. For the receipt the home address is [[A:Leopoldstr. 148]], [[A:80804]] [[L:München]]",
            ),
        ],
    },
    # 12. An engineer sets up a weekly office subscription with invoice data.
    {
        "business": "fiori",
        "platform": "telegram",
        "customer": "Nicolò Acquarone",
        "lang": "it",
        "start": "2025-04-03T10:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'ing. [[P:Nicolò Acquarone]], vorrei un abbonamento settimanale di fiori freschi per il mio studio a [[L:Imperia]]",
            ),
            (
                "a",
                "Buongiorno ingegnere! Facciamo abbonamenti da {{$:35 €}}/settimana, consegna il lunedì entro le {{TM:9:00}}. [[L:Imperia]] la copriamo senza problemi",
            ),
            (
                "c",
                "Perfetto. Dati fattura: [[P:Acquarone Nicolò]], P.IVA [[V:70512260087]], [[A:v.le Matteotti 122]], [[A:18100]] [[L:Imperia]], SDI {{R:KRRH6B9}}. Mail amministrazione: [[E:amministrazione punto acquarone chiocciola example punto it]]",
            ),
            (
                "c",
                "se vi serve vedere dove siamo c'è tutto sul sito [[U:www.acquarone-ingegneria.example.it]]. Le consegne le riceve la segretaria, sig.ra [[P:Fortunata Ghersi]]",
            ),
            ("a", "Registrato! Fattura mensile, prima consegna lunedì {{D:7 aprile}}. [[P:Carla]]"),
            ("c", "grazie. niente gigli per favore che il mio socio [[P:Ruggero]] è allergico"),
        ],
    },
    # 13. An elderly lady orders balcony plants by voice-to-text.
    {
        "business": "fiori",
        "platform": "whatsapp",
        "customer": "Rosa Lanteri",
        "lang": "it",
        "start": "2025-04-15T08:02:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:Rosa Lanteri]] vi scrivo col vocale perché non ci vedo bene virgola volevo dei gerani per il balcone punto",
            ),
            (
                "c",
                "mi servono 10 gerani rossi e 4 surfinie {{W:viola}} virgola e il terriccio punto il balcone è tutto al {{W:sole}} punto me li portate a casa che io non guido più",
            ),
            (
                "a",
                "Buongiorno signora [[P:Rosa]]! Certo: 10 gerani {{$:3,50 €}} l'uno, 4 surfinie {{$:4 €}}, terriccio 50 litri {{$:9,90 €}}. Ci dice l'indirizzo?",
            ),
            (
                "c",
                "[[A:strada San Bartolomeo 212]] quella casa gialla dopo la curva virgola località [[L:Poggio]] punto chiedete di me o di mio figlio [[P:Gianni]] punto",
            ),
            (
                "c",
                "ah lo scontrino col codice fiscale che mi serve per il 730 [[CF:LNTRSO58T43I138U]]",
            ),
            (
                "a",
                "Perfetto signora, passa [[P:Nino]] giovedì mattina tra le {{TM:9:00}} e le {{TM:10:00}}, e le facciamo lo scontrino parlante 👍 ordine {{O:FM-2025-0415}}",
            ),
            ("c", "grazie tesoro saluti a tua mamma [[P:Franca]] punto"),
        ],
    },
    # 14. A boyfriend complains: the bouquet went to the harbour instead of the girlfriend's flat.
    {
        "business": "fiori",
        "platform": "messenger",
        "customer": "Davide Marino",
        "lang": "it",
        "start": "2025-05-20T14:40:00",
        "messages": [
            (
                "c",
                "Salve, avevo ordinato un mazzo per la mia ragazza [[P:Serena]], ordine {{O:FM-2025-0517}}, ma non l'ha mai ricevuto!!",
            ),
            (
                "a",
                "Buongiorno, mi dispiace molto! Controllo subito... Risulta consegnato all'ufficio della {{W:Marina}} di {{W:Portosole}}",
            ),
            (
                "c",
                "NO!! lei abita in [[A:via Nino Bixio 140]], al porto ci lavora e basta, fa la skipper. la vedete qui [[U:https://instagram.com/serena.skipper]] ahah. il mazzo doveva andare a CASA",
            ),
            (
                "a",
                "Ha ragione, [[P:Nino]] ha letto male il biglietto. Rifacciamo il mazzo e lo portiamo oggi entro le {{TM:18:00}} senza costi, oppure preferisce il rimborso di {{$:55 €}}?",
            ),
            (
                "c",
                "rifatelo grazie, e mettete un biglietto di scuse da parte mia: scusa il ritardo, [[P:Davide]] ❤️ [[P:Sere]]. e sotto mettete anche il mio nome della play [[H:xX_DaveM92_Xx]] che lei capisce 😂",
            ),
            ("c", "e avvisatela prima al [[T:3483301927]] che se no non apre"),
            (
                "a",
                "Fatto, il nuovo mazzo parte alle {{TM:16:30}}. Ci scusi ancora! [[P:Carla]] - {{B:Fioreria Matuzia}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ driving school, Catania
    # 15. A mother enrols her daughter for the B licence.
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Lucia Grasso",
        "lang": "it",
        "start": "2025-01-09T16:20:00",
        "messages": [
            (
                "c",
                "Salve, volevo iscrivere mia figlia [[P:Viola]] alla patente B, ha 18 anni. Quanto costa tutto?",
            ),
            (
                "a",
                "Buonasera signora! {{PD:Patente B Tutto Incluso}} {{$:890 €}}: teoria, guide obbligatorie ed esami. Servono CF, carta d'identità, 2 foto e certificato medico. [[P:Concetta]]",
            ),
            (
                "c",
                "Ok. Allora [[P:Viola Scandurra]], CF [[CF:SCNVLI06C54C351D]], residente in [[A:via Gabriele D'Annunzio 56]], [[A:95128]] [[L:Catania]]",
            ),
            ("c", "il certificato medico lo fa dal dottore [[P:Pappalardo]] o da voi?"),
            (
                "a",
                "Lo facciamo qui il martedì alle {{TM:17:00}} con il dott. [[P:Nicotra]], {{$:70 €}}. La prenotazione dell'esame poi la vedete anche su {{W:www.ilportaledellautomobilista.it}}",
            ),
            (
                "c",
                "va bene. la mail di [[P:viola]] è [[E:violascand06@example.it]], il suo cell [[T:389 442 0713]]. pago io o suo padre [[P:Bruno]]",
            ),
            (
                "a",
                "Perfetto, iscrizione n. {{R:ISC-25/0038}}. La teoria inizia {{D:lunedì 20 gennaio}} alle {{TM:18:30}}, nella sede di [[A:viale Mario Rapisardi 301]]",
            ),
            ("c", "grazie mille 🙏 [[P:viola]] è emozionatissima"),
        ],
    },
    # 16. A Romanian builder, non-native Italian, with an expired Romanian licence.
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Ionut P.",
        "lang": "it",
        "start": "2025-02-17T12:05:00",
        "messages": [
            (
                "c",
                "buna ziua, scusate mio italiano. io sono [[P:Ionut Popescu]], abito a [[L:Misterbianco]], voglio fare patente B, ho patente romena ma scaduta",
            ),
            (
                "a",
                "Salve [[P:Ionut]]! Venga in sede con carta d'identità e codice fiscale italiano, così verifichiamo se basta il rinnovo o se deve rifare l'esame",
            ),
            (
                "c",
                "ok. codice fiscale è [[CF:PPSNTI04M17Z129Y]]. cognome si scrive [[P:P-O-P-E-S-C-U]]. indirizzo [[A:via Giacomo Matteotti 19]]",
            ),
            (
                "c",
                "[[A:scala B, piano 3]] scusa ho dimenticato. il mio profilo facebook se serve [[U:facebook.com/ionut.popescu.5682]]",
            ),
            (
                "c",
                "mio numero italiano [[T:320 918 4452]] e romeno [[T:+40 722 318 904]] per mia mama [[P:Elena]] che chiama se io lavoro. lei fa bonifico da conto romeno [[I:RO14 BTRL 0130 1205 9371 5001]]",
            ),
            (
                "a",
                "Perfetto. Lei lavora di giorno? Abbiamo guide anche il sabato alle {{TM:8:00}} con l'istruttore [[P:Alfio]]",
            ),
            (
                "c",
                "si lavoro in cantiere a [[L:Paternò]] con mio cugino [[P:Florin]]. sabato è bene!! prima abitavo a [[A:Strada Republicii nr. 47]], [[L:Bacău]], là era più facile 😂",
            ),
            (
                "a",
                "Ci vediamo sabato {{D:22 febbraio}} in [[A:v.le Rapisardi 301]]. Porti anche la vecchia patente. [[P:Concetta]]",
            ),
        ],
    },
    # 17. A man who lost points books the recovery course; his son wants the AM licence.
    {
        "business": "guida",
        "platform": "messenger",
        "customer": "Salvatore Leone",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi hanno tolto 10 punti 😩 volevo sapere dei corsi recupero punti. Sono [[P:Salvatore Leone]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Leone]], il corso recupero 6 punti costa {{$:180 €}}, 12 ore, il prossimo parte il {{D:17 marzo}}. Ci servono copia della patente e CF",
            ),
            (
                "c",
                "La patente la porto di persona. CF [[CF:LNESVT88S02A028J]]. Lavoro a [[L:Acireale]] fino alle {{TM:17:00}}, posso solo la sera",
            ),
            (
                "a",
                "Il corso è la sera dalle {{TM:18:30}} alle {{TM:20:30}}, perfetto per lei. Lei è stato {{W:fortunato}}, con 10 punti in meno è ancora sopra zero 😅",
            ),
            (
                "c",
                "Ah un'altra cosa, mio figlio [[P:Santo]] vuole il patentino per lo scooter, ha 14 anni. Si può fare insieme?",
            ),
            (
                "a",
                "Certo, {{PD:patente AM}} {{$:350 €}}. Deve venire accompagnato da un genitore la prima volta",
            ),
            (
                "c",
                "Grazie. Mia moglie [[P:Carmela]] vi chiama domani dal fisso [[T:095 764 2218]], o su cell [[T:+39 (0)328 407 1193]]",
            ),
            ("a", "Perfetto, buona giornata! {{B:Autoscuola Etna Sud}}"),
        ],
    },
    # 18. A teenager with slang asks about tomorrow's lesson and his friends.
    {
        "business": "guida",
        "platform": "instagram",
        "customer": "kekko_ct04",
        "lang": "it",
        "start": "2025-05-06T20:47:00",
        "messages": [
            ("c", "raga ciao ma x la guida di domani alle {{TM:7 e mezza}} vale ancora??"),
            (
                "a",
                "Ciao [[P:Francesco]]! Sì, domani alle {{TM:7:30}} con [[P:Alfio]] davanti la sede. Puntuale eh 😄",
            ),
            (
                "c",
                "si si. mi passate a prendere in [[A:c.so Indipendenza 233]] come l'altra volta? ma posso portare il mio amico [[P:Gaetano]]? cmq lui si iscrive a {{D:giugno}}, è [[H:@gae.tano_04]] su ig",
            ),
            (
                "a",
                "No, durante la guida in macchina non può salire nessun altro. Se vuole iscriversi ci scriva lui 👍",
            ),
            (
                "c",
                "ok xké mio padre [[P:Pippo]] dice che [[P:Alfio]] è suo cugino 😂 nn so se è vero. cmq seguitemi su tiktok [[U:tiktok.com/@kekko_ct04]] faccio i video delle guide",
            ),
            (
                "a",
                "Ahah può essere, a {{W:Catania}} siamo tutti cugini 😂 Niente video al volante però! Ricordati il {{W:foglio rosa}}",
            ),
            (
                "c",
                "ok. ma l'esame? la mia ragazza [[P:Desirèe]] l'ha fatto il {{D:28 aprile}} e l'hanno bocciata. c'era l'ing. [[P:Caruso]], è vero che è severissimo??",
            ),
            (
                "a",
                "Non sappiamo mai chi esamina, ma se fai le guide con calma vai benissimo. A domani 💪",
            ),
        ],
    },
    # 19. A Nigerian woman living in Catania has to take the exam from scratch.
    {
        "business": "guida",
        "platform": "telegram",
        "customer": "Chiamaka Okafor",
        "lang": "it",
        "start": "2025-06-12T10:30:00",
        "messages": [
            (
                "c",
                "Buongiorno signora. Mi chiamo [[P:Chiamaka Okafor]], vivo a [[L:Catania]] da 6 anni. Vorrei convertire la patente nigeriana",
            ),
            (
                "a",
                "Buongiorno [[P:Chiamaka]]! Purtroppo la patente nigeriana non si converte, deve fare gli esami (l'elenco dei paesi è su {{W:www.mit.gov.it}}), ma con la sua esperienza sarà veloce. Pacchetto {{$:890 €}}, oppure solo esami {{$:520 €}}",
            ),
            (
                "c",
                "Ok grazie. Mia sorella [[P:Ngozi]] ha fatto da voi nel 2022, lei consiglia. Io abito [[A:via Etnea 214]], [[A:95131]]. Numero [[T:+39 351 207 6684]]",
            ),
            (
                "c",
                "Ho permesso di soggiorno, scade {{D:novembre 2026}}. Mail [[E:chiamaka.okafor AT example DOT com]]",
            ),
            (
                "a",
                "Perfetto, per l'iscrizione porti permesso, passaporto e codice fiscale. Vuole la teoria in italiano o le schede audio in inglese?",
            ),
            (
                "c",
                "Italiano va bene, studio con mio marito [[P:Emeka]], lui lavora alla {{W:Stazione Centrale}} e aiuta me la sera",
            ),
            ("a", "Benissimo! La aspettiamo lunedì dalle {{TM:9:00}}. [[P:Concetta]]"),
        ],
    },
    # 20. A girl pays in instalments; her grandmother pays, around the feast of Sant'Agata.
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Agata Musumeci",
        "lang": "it",
        "start": "2025-01-31T18:00:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Agata Musumeci]], posso pagare il pacchetto in 3 rate? Nn ho tutti i soldi subito",
            ),
            (
                "a",
                "Ciao [[P:Agata]]! Sì, 3 rate da {{$:296,67 €}}. La prima all'iscrizione, con bonifico all'IBAN dell'autoscuola [[I:IT16O0503459820000000027615]]",
            ),
            (
                "c",
                "ok, lo fa mia nonna [[P:Agatina]] dal suo conto 😂 si chiama come me, come la santa",
            ),
            (
                "c",
                "il mio CF è [[CF:MSMGTA05B45C351H]]. ma per la festa di {{W:Sant'Agata}} siete chiusi? dal {{D:3 al 5 febbraio}}",
            ),
            (
                "a",
                "Il {{D:5 febbraio}} siamo chiusi per la festa, il 3 e il 4 aperti solo di mattina. Buona festa a te e a nonna [[P:Agatina]]! 🕯️",
            ),
            (
                "c",
                "grazie!! ho fatto il bonifico ora, mia nonna ha messo la causale sbagliata: 'per [[P:Aituzza]]' 😅",
            ),
            ("a", "Tranquilla, lo abbiniamo noi. Ricevuta {{R:RIC-2025-0112}} 👍"),
        ],
    },
    # 21. A haulier enrols his employee for the CQC and wants the invoice on his sole-trader firm.
    {
        "business": "guida",
        "platform": "whatsapp",
        "customer": "Felice Grasso Trasporti",
        "lang": "it",
        "start": "2025-07-08T07:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Felice Grasso]], ho una piccola ditta di trasporti. Devo far fare la CQC merci al mio dipendente",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Grasso]], corso CQC iniziale merci {{$:1.900 €}}, dura circa 3 mesi. Intestiamo la fattura alla ditta?",
            ),
            (
                "c",
                "Si. {{B:Trasporti Grasso di Felice Grasso}}, P.IVA [[V:33881450879]], [[A:Contrada Gelso Bianco snc]], [[A:95121]] [[L:Catania]]",
            ),
            (
                "c",
                "Il ragazzo si chiama [[P:Mohamed Ben Salah]], ha la patente C da {{D:maggio}}. Il numero suo è [[T:331-5820947]]",
            ),
            (
                "a",
                "Perfetto. Il corso inizia il {{D:15 settembre}}, lezioni lun-mer-ven dalle {{TM:15:00}} alle {{TM:19:00}}. [[P:Mohamed]] porti patente e permesso",
            ),
            (
                "c",
                "va bene. sono {{W:felice}} che finalmente lo fa, è bravo. mail per la fattura [[E:trasportigrasso@pec.example.it]]",
            ),
            ("a", "Ottimo! Preventivo n. {{R:PREV-0719}} in arrivo per mail. Buona giornata"),
        ],
    },
    # ------------------------------------------------------------------ yoga and pilates studio, Padua
    # 22. A new member signs up for pilates and enrols her daughter.
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Gioia P.",
        "lang": "it",
        "start": "2025-09-01T08:12:00",
        "messages": [
            (
                "c",
                "Ciao! Vorrei iscrivermi al pilates matwork del martedì e giovedì. Sono [[P:Gioia Pettenuzzo]]",
            ),
            (
                "a",
                "Ciao [[P:Gioia]]! Che {{W:gioia}} averti con noi 😊 Abbonamento 2 volte a settimana {{$:75 €}}/mese o trimestrale {{$:205 €}}. Ti serve la fattura?",
            ),
            (
                "c",
                "trimestrale. Sì fattura intestata a me: CF [[CF:PTTGIO79E70G224K]], [[A:via Tiziano Aspetti 142]], [[L:Padova]]",
            ),
            (
                "c",
                "e vorrei iscrivere anche mia figlia [[P:Bianca]] allo yoga teen del sabato, ha 15 anni",
            ),
            (
                "a",
                "Perfetto! Yoga teen il sabato alle {{TM:10:30}} con [[P:Marina]] 🧘‍♀️ Serve il certificato medico non agonistico per entrambe. Gli orari aggiornati sono su {{W:respirostudio.example.it/orari}}",
            ),
            (
                "c",
                "ok, la mail per le fatture è [[E:gioia.pettenuzzo@example.it]]. ah posso portare il mio tappetino {{W:viola}} o ve li date voi?",
            ),
            (
                "a",
                "Porta pure il tuo, anzi meglio! Ci vediamo martedì alle {{TM:19:00}}. [[P:Chiara]]",
            ),
        ],
    },
    # 23. A member asks whether the sick teacher's class is on and brings a friend.
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "sere_nita_",
        "lang": "it",
        "start": "2025-10-14T21:30:00",
        "messages": [
            (
                "c",
                "ciao! ma la lezione di [[P:Marina]] di domani alle {{TM:18:30}} c'è? ho visto una storia che era malata 🤒",
            ),
            (
                "a",
                "Ciao [[P:Serena]]! Sì, la sostituisce [[P:Leonardo]], yin yoga invece di vinyasa",
            ),
            (
                "c",
                "ah ok... con [[P:Leo]] mi trovo bene, dopo la sua lezione mi sento sempre cosi {{W:serena}} 😌 tipo il mio nome lol",
            ),
            ("a", "Ahah perfetto! Se vuoi porta un'amica, la prima lezione di prova è gratis"),
            (
                "c",
                "siii porto [[P:Rosa]] allora, quella che lavora al {{W:Caffè Pedrocchi}}, vi tagga lei [[H:@rosetta.pd]] 👉 [[U:instagram.com/rosetta.pd]]",
            ),
            ("a", "Benissimo! Dille di scrivere il nome all'ingresso. A domani 🙏 [[P:Chiara]]"),
            (
                "c",
                "ps ma [[P:Marina]] come sta? le avevo scritto su wa al [[T:347 90 22 618]] ma niente",
            ),
            (
                "a",
                "Sta meglio, torna {{D:lunedì}}! ❤️ e giovedì rifacciamo la sequenza con la posizione della {{W:stella}} che ti piace tanto",
            ),
        ],
    },
    # 24. A freelance teacher sends her invoice data for a workshop.
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Stella Guariento",
        "lang": "it",
        "start": "2025-11-05T13:00:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Chiara]], ti mando i dati per la fattura del workshop {{PD:Respira e Radica}} di domenica",
            ),
            (
                "c",
                "[[P:Stella Guariento]]\n[[A:via Savelli 8/2]]\n[[A:35129]] [[L:Padova]]\nP.IVA [[V:61209580283]]\nCF [[CF:GRNSLL90D51G224K]]\nregime forfettario",
            ),
            (
                "a",
                "Grazie [[P:Stella]]! Il compenso concordato era {{$:380 €}} lordi, confermi? Bonifico entro il {{D:15 novembre}}",
            ),
            ("c", "sì confermo. IBAN [[I:IT44 I062 3010 6010 0004 6219 930]], intestato a me"),
            (
                "c",
                "e per le foto del workshop tagga pure [[H:@stella.yoga.pd]] e metti il link al canale [[U:youtube.com/@stellaguarientoyoga]] o al sito [[U:www.stellaguariento-yoga.example.it]] 🌟",
            ),
            (
                "a",
                "Fatto tutto! Le foto le ha scattate [[P:Mattia]], le pubblichiamo venerdì. Grazie ancora ✨",
            ),
            ("c", "a voi! salutami [[P:Marina]] e [[P:Fortunata]] della reception"),
        ],
    },
    # 25. An exchange student from Chennai asks for classes in English.
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Priya R.",
        "lang": "en",
        "start": "2025-02-24T17:45:00",
        "messages": [
            (
                "c",
                "Hello! I'm [[P:Priya Raghunathan]], exchange student from [[L:Chennai]] at {{W:Università di Padova}} till {{D:July}}. Do you have classes in English?",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes, the {{D:Thursday}} {{TM:7 pm}} vinyasa with [[P:Leonardo]] is bilingual. Student monthly pass {{$:55 €}}",
            ),
            (
                "c",
                "Perfect 🙏 I live at [[A:Via Belzoni 146, room 12]], 5 minutes walk. My email is [[E:priya dot r dot 2003 at example dot in]]",
            ),
            (
                "c",
                "Also I am a certified teacher back home, if you ever need a sub here is my CV [[U:https://www.linkedin.com/in/priya-raghunathan-03]]",
            ),
            (
                "a",
                "Oh lovely, we'll keep it in mind! For the registration form I need a phone number and an emergency contact",
            ),
            (
                "c",
                "Mine is [[T:+91 98401 27733]] (indian, whatsapp) and italian [[T:371 205 8869]]. Emergency: my flatmate [[P:Zhang Wei]], [[T:388 614 0092]]",
            ),
            ("a", "All set, see you Thursday! Bring water, mats we have 🧘 — [[P:Chiara]]"),
        ],
    },
    # 26. An online-class member is blocked by the video platform and gives her IP addresses.
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "Lorena Bettio",
        "lang": "it",
        "start": "2025-11-20T18:50:00",
        "messages": [
            (
                "c",
                "ciao, sto provando a entrare nella lezione online delle {{TM:19:00}} ma mi dice accesso negato??",
            ),
            (
                "a",
                "Ciao [[P:Lorena]], a volte il sistema blocca gli accessi doppi. Mi dici l'IP che ti compare nella pagina di errore? Così lo sblocco dal pannello",
            ),
            ("c", "dice [[IP:93.41.178.206]] e poi codice {{R:3113}}"),
            (
                "c",
                "ah aspetta ora sono col portatile di mio marito [[P:Bruno]], prima dal telefono era [[IP:2a02:b127:8f11:4c00:1d9e:5a3:e2f0:71b]]",
            ),
            (
                "a",
                "Sbloccati tutti e due! Se ti ricapita fai prima il test audio su {{W:zoom.us/test}}",
            ),
            (
                "c",
                "entrata!! grazie. le registrazioni me le mandi alla mail nuova? [[E:lorena.bettio@example.com]], la vecchia [[E:lory76 @ example.it]] non la uso più",
            ),
            (
                "a",
                "Aggiornato 👍 Buona lezione, oggi c'è [[P:Marina]] con il pilates per la schiena",
            ),
            ("c", "🙏 [[P:bruno]] dice che la prossima volta si unisce anche lui ahah"),
        ],
    },
    # 27. A pregnant member pauses reformer pilates and moves to the prenatal class.
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Alessia Rizzo",
        "lang": "it",
        "start": "2025-03-18T11:25:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Chiara]], ti scrivo perché sono incinta 🤰 (12 settimane!) e la ginecologa, la dott.ssa [[P:Benetazzo]], mi ha detto di fermare il reformer",
            ),
            (
                "a",
                "Ciao [[P:Alessia]]!! Congratulazioni 💕 Possiamo congelare l'abbonamento e spostarti al {{PD:Pilates Gravidanza}} del mercoledì alle {{TM:11:00}} con [[P:Marina]]",
            ),
            (
                "c",
                "sì perfetto! anche [[P:Simone]] è contentissimo, dice che se è femmina la chiamiamo [[P:Speranza]] come sua nonna 😅 io spero di no... nutro ancora qualche {{W:speranza}}",
            ),
            (
                "a",
                "Ahaha! Il mercoledì c'è anche [[P:Viola]], anche lei in dolce attesa, vi farete compagnia",
            ),
            (
                "c",
                "che bello! ah per la fattura l'indirizzo nuovo è [[A:Via Fra' Paolo Sarpi 51]], [[A:35138]], ci siamo trasferiti da [[L:Abano]] a {{D:febbraio}}",
            ),
            ("a", "Aggiornato. Un abbraccio a tutti e tre! 🌸"),
        ],
    },
    # 28. A Chinese-Italian customer switches to English and books a trial class with her husband.
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "Xiaomei Lin",
        "lang": "it",
        "start": "2025-06-03T15:10:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Lin Xiaomei]] ([[P:林晓梅]]), ma tutti mi chiamano [[P:Mei]]. La mia amica [[P:Giada]] ([[H:@giada.moves]]) mi ha parlato del vostro studio, lei è qui [[U:https://linktr.ee/giada.moves]]",
            ),
            (
                "c",
                "I speak better english, ok? I'm looking for yoga for beginners, my back hurts from work",
                "en",
            ),
            (
                "a",
                "No problem! Our {{PD:Hatha Flow}} on Monday at {{TM:6:30 pm}} is perfect for beginners, and the first class is free 😊",
                "en",
            ),
            (
                "c",
                "Good! Can I come with my husband [[P:Chen Hao]]? He is from [[L:Wenzhou]], works in restaurant, only Monday free",
                "en",
            ),
            ("a", "Sure, both welcome! Just send me your phone numbers for the booking", "en"),
            (
                "c",
                "[[T:+39 328 661 0475]] me, him [[T:+86 139 0577 2846]] he has only chinese sim lol",
                "en",
            ),
            ("a", "Perfetto, a lunedì! See you Monday 🙏 [[P:Chiara]]"),
        ],
    },
    # ------------------------------------------------------------------ English-language bookshop, Rome
    # 29. An American with a broken ankle orders a used classic by post; a friend wants a namesake novel.
    {
        "business": "books",
        "platform": "instagram",
        "customer": "Maddie Kowalczyk",
        "lang": "en",
        "start": "2025-01-14T11:02:00",
        "messages": [
            (
                "c",
                "Hi! Do you have a second-hand copy of {{PD:Rebecca}}? It's our book club pick and every copy in {{W:Rome}} seems gone lol",
            ),
            (
                "a",
                "Hi there! We have one used {{B:Virago}} edition {{$:9 €}} and a new {{B:Penguin}} one {{$:14,50 €}}. Shall we hold one for you? — [[P:Siobhán]]",
            ),
            (
                "c",
                "The used one please! I'm [[P:Maddie]]. Actually could you post it? I'm stuck at home with a broken ankle 🙃",
            ),
            ("a", "Oh no! Sure, {{B:Poste Italiane}} costs {{$:4,90 €}}. Name and address?"),
            (
                "c",
                "[[P:Madison Kowalczyk]], c/o [[P:Ferri]], [[A:Via della Lungaretta 112, int. 4]], [[A:00153]] [[L:Roma]]. The buzzer says [[P:Ferri]] / [[P:Kowalczyk]]",
            ),
            (
                "a",
                "Perfect, it goes out Monday, tracking {{TR:RR493017286IT}}, you can follow it on {{W:https://www.poste.it/cerca/index.html}}",
            ),
            (
                "c",
                "Thank you!! Also my friend [[P:Emma]] wants {{PD:Emma}} lol, the nice clothbound one, for her birthday. She's [[H:@emmareadsinrome]] on here, or see her shelves [[U:goodreads.com/user/show/88213407-emma]]",
            ),
            ("a", "Haha love that. Will DM her! Take care of that ankle 💚 [[P:Siobhán]]"),
        ],
    },
    # 30. A book-club organiser orders eight copies and lists who pays.
    {
        "business": "books",
        "platform": "whatsapp",
        "customer": "Nkechi Adeyemi",
        "lang": "en",
        "start": "2025-02-26T19:30:00",
        "messages": [
            (
                "c",
                "Evening [[P:Declan]]! For the {{B:Trastevere Readers}} club (meeting {{D:March 12}}) can you order 8 copies of {{PD:Small Things Like These}}?",
            ),
            (
                "a",
                "Evening [[P:Nkechi]]! Yes, they arrive in about 10 days, group price {{$:11 €}} each instead of {{$:13,50 €}}",
            ),
            (
                "c",
                "Brilliant. Here's who pays what so you can email receipts:\n1. [[P:Nkechi Adeyemi]] – [[E:nkechi.adeyemi@example.com]]\n2. [[P:Hannah Moretti-Byrne]] – [[E:hmorettibyrne@example.org]]\n3. [[P:Juan Pablo Ríos]] – [[E:jp.rios@example.es]]\n4. [[P:Bill]] & [[P:Mark]] (one copy, sharing 🙄) – [[E:billandmark@example.net]]\n5. [[P:Olena Shevchuk]] – [[E:olena.shev at example dot ua]]\n6. [[P:Grace]] – no email, pays cash\n7. me again for [[P:Oisín]]\n8. spare",
            ),
            (
                "a",
                "Got it, thanks! Order {{O:ODB-1152}}, receipts go out when they pay. Meeting at the shop again? We can stay open after {{TM:8 pm}}",
            ),
            (
                "c",
                "Yes please! And [[P:Hope]] from the club asks if you'd stock a poetry book called {{PD:Hope}} 😂 no kidding, it's by her sister [[P:Faith Okoro]], self-published: [[U:faithokoropoetry.example.com]]",
            ),
            ("a", "Ha! We'd happily take 3 copies on consignment. Ask her to drop by"),
            (
                "c",
                "Will do. My number for the newsletter: [[T:+39 345 771 0298]], and I'm [[H:@nkechireads]] on IG ✨",
            ),
        ],
    },
    # 31. An Italian mother orders Cambridge exam books for her son.
    {
        "business": "books",
        "platform": "messenger",
        "customer": "Paola De Santis",
        "lang": "it",
        "start": "2025-09-08T17:12:00",
        "messages": [
            (
                "c",
                "Buonasera, mio figlio [[P:Tommaso]] deve fare il {{PD:B2 First}} a dicembre, avete {{PD:Complete First}} con le soluzioni?",
            ),
            (
                "a",
                "Buonasera! Sì, {{PD:Complete First}} student's book with answers {{$:38,90 €}} e workbook {{$:22 €}}. Abbiamo tutti e due — [[P:Declan]] (scusi il mio italiano!)",
            ),
            (
                "c",
                "Il suo italiano va benissimo 😊 Li prendo. La prof. [[P:Martina Gallo]] dice che serve anche {{PD:English Grammar in Use}}, le date d'esame sono su {{W:www.cambridgeenglish.org}}",
            ),
            (
                "c",
                "Mi serve la fattura per la scuola: [[P:Paola De Santis]], CF [[CF:DSNPLA78R52H501X]], [[A:via di San Francesco a Ripa 69]], mail [[E:paola.desantis@example.it]]",
            ),
            ("a", "Perfetto, totale {{$:98,40 €}}. Li mettiamo da parte col suo nome"),
            ("c", "li ritira mio marito [[P:Stefano]] sabato, oppure [[P:Tommy]] dopo scuola"),
            ("a", "Va benissimo. Fattura {{R:FT 2025/211}} inviata via mail. Grazie, [[P:Declan]]"),
            (
                "c",
                "ps it's [[P:Tommy]] on mum's phone, thanks for the books!! can you keep me the {{PD:Complete First}} with the audio too? see u saturday",
                "en",
            ),
        ],
    },
    # 32. A customer pastes his card in the chat; his wife will pick up the order.
    {
        "business": "books",
        "platform": "telegram",
        "customer": "Chidi Nwosu",
        "lang": "en",
        "start": "2025-04-09T12:40:00",
        "messages": [
            (
                "c",
                "Hi, I'd like to order {{PD:Things Fall Apart}} anniversary hardback and {{PD:Americanah}}, to pick up. I'm [[P:Chidi Nwosu]]",
            ),
            (
                "a",
                "Hi [[P:Chidi]]! Both orderable, they arrive in about a week, total {{$:41 €}}. You can pay at pickup",
            ),
            (
                "c",
                "Can I pay now? Card [[C:5483 1600 4927 1536]], exp {{D:11/28}}, name [[P:CHIDIEBERE NWOSU]]",
            ),
            (
                "a",
                "Please don't send card details in a chat 🙏 delete the message! Pay at pickup, or I send you a {{B:SumUp}} link",
            ),
            (
                "c",
                "Oops sorry, deleted. My wife [[P:Adaeze]] will pick up, she works near {{W:Piazza Navona}}. Her phone [[T:+39 339 504 8817]]. Or you can deliver to our flat, [[A:p.zza dei Mirti 21]] in [[L:Centocelle]]",
            ),
            (
                "a",
                "Perfect. Order {{O:ODB-1187}}. We'll text [[P:Adaeze]] when they land. Cheers, [[P:Declan]]",
            ),
            (
                "c",
                "thanks [[P:Declan]] 👍 if she doesn't answer try me [[T:0039 06 8841 2270]] (office)",
            ),
        ],
    },
    # 33. An Irish tourist was charged twice; refund to her Irish account, mixed Italian.
    {
        "business": "books",
        "platform": "whatsapp",
        "customer": "Aoife Gallagher",
        "lang": "en",
        "start": "2025-07-22T09:55:00",
        "messages": [
            (
                "c",
                "Hi both! [[P:Aoife]] here, the one from [[L:Galway]] who bought {{PD:Ulysses}} and the {{PD:O'Dwyer's tote bag}} yesterday 😄 my bank shows 2 x {{$:31,50 €}}",
            ),
            (
                "a",
                "Ah no, sorry [[P:Aoife]]! [[P:Declan]] checked and the machine did double it. We can refund by transfer, send us your IBAN?",
            ),
            (
                "c",
                "[[I:IE68 AIBK 9311 5287 6543 21]], name [[P:Aoife Gallagher]]. Address if needed: [[A:14 Father Griffin Road]], [[L:Galway]] [[A:H91 X2F7]]",
            ),
            (
                "a",
                "Perfetto, fatto! Oops, Italian brain 😅 Done, it should arrive in 2-3 days. Ref {{R:RF-0722-03}}",
            ),
            (
                "c",
                "Grazie mille!! Look at me speaking Italian. My mam [[P:Bríd]] says hello, she says she was in school with you in [[L:Ennis]] [[P:Shivawn]]!! Follow my book account btw, [[H:@aoifereadsalot]]",
            ),
            (
                "a",
                "No way!! Tell [[P:Bríd]] I said hi, and to all the [[L:Clare]] crew 💚 [[P:Siobhán]]",
            ),
        ],
    },
    # 34. A bookstagrammer covers the poetry night and will invoice for a collaboration.
    {
        "business": "books",
        "platform": "instagram",
        "customer": "Lucía Ferreyra",
        "lang": "en",
        "start": "2025-10-01T20:15:00",
        "messages": [
            (
                "c",
                "Hola! I'm [[P:Lucía Ferreyra]], bookstagrammer from [[L:Buenos Aires]] living in [[L:Roma]] since 2021, [[H:@lucia.lee.libros]] (42k). Would love to cover your poetry night on {{D:Oct 16}}!",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! We'd love that. It's free but limited to 30 seats, I'll put you + 1 on the list",
            ),
            (
                "c",
                "Amazing! +1 is my partner [[P:Tiago Almeida]] ([[H:@tiago.shoots]], portfolio [[U:tiagoalmeida.example.pt]]), he does the reels. Our media kit: [[U:linktr.ee/lucialeelibros]]",
            ),
            (
                "a",
                "Perfect. Please tag {{B:@odwyersbooksrome}} and link the event page {{W:https://www.eventbrite.it/e/poetry-night-trastevere-1189034}}",
            ),
            (
                "c",
                "Will do 🙌 For the paid reels I invoice with my partita IVA [[V:22948700582]]. Also could I interview you and [[P:Declan]]? How you came from [[L:Kilkenny]] to {{W:Trastevere}} etc",
            ),
            (
                "a",
                "Sure, as long as [[P:Declan]] wears a proper shirt. Email me at [[E:siobhan.odwyer at example dot ie]] and we'll find a time",
            ),
            ("c", "Perfetto! Ci vediamo il 16 ✨", "it"),
        ],
    },
    # 35. A Ukrainian customer sells his books before moving home; van pickup.
    {
        "business": "books",
        "platform": "messenger",
        "customer": "Dmytro Kovalenko",
        "lang": "en",
        "start": "2025-11-12T10:20:00",
        "messages": [
            (
                "c",
                "Good morning. I am [[P:Dmytro Kovalenko]] ([[P:Дмитро Коваленко]]). I leave [[L:Rome]] next month and I have ~60 English books. Do you buy used?",
            ),
            (
                "a",
                "Morning [[P:Dmytro]]! Yes, we do buyback, cash or store credit depending on condition. Could you send photos of the spines?",
            ),
            (
                "c",
                "Yes I send. Mostly {{B:Penguin Classics}}, the full {{PD:Harry Potter}} set, some {{B:Lonely Planet}}. Some I tried to sell on my page [[U:https://www.vinted.it/member/148203377-dmytrok]] but nobody buys 😅",
            ),
            (
                "a",
                "The {{PD:Harry Potter}} set sells fast 👍 We can pick up with our van on {{D:Friday}}. Address?",
            ),
            (
                "c",
                "[[A:Via Tuscolana 1022, scala C, interno 9]], [[A:00174]]. Intercom: [[P:Kovalenko]] / [[P:Bondar]]. My flatmate [[P:Iryna Bondar]] is at home in morning, her number [[T:+380 67 441 2093]]",
            ),
            (
                "a",
                "Great, {{D:Friday}} between {{TM:10:00}} and {{TM:12:00}}, [[P:Declan]] will come. Estimate {{$:120 €}} cash or {{$:150 €}} credit",
            ),
            (
                "c",
                "Cash please, I move back to [[L:Lviv]] to my parents. If you need me faster, Telegram [[H:@dmytro_kov]]. Thank you very much!",
            ),
        ],
    },
    # ------------------------------------------------------------------ car-rental desk, Pisa airport
    # 36. A British family adds a second driver and child seats; villa near Lucca.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Oliver Pennington",
        "lang": "en",
        "start": "2025-07-03T06:10:00",
        "messages": [
            (
                "c",
                "Morning, booking {{R:GDP-48213}}, we land at {{W:Pisa Galileo Galilei}} on flight {{R:U2 3857}} at {{TM:10:45}} tomorrow. Can my wife [[P:Ivy]] be added as second driver?",
            ),
            (
                "a",
                "Good morning Mr [[P:Pennington]]! Yes, additional driver {{$:9 €}}/day, I just need her licence at the desk",
            ),
            (
                "c",
                "[[P:Ivy Margaret Pennington]], UK licence. We also booked a child seat for [[P:Alfie]] (4) and a booster for [[P:Poppy]] (7)",
            ),
            (
                "a",
                "Both seats reserved ✔️ Your car is a {{PD:Fiat 500X}} or similar. For the deposit we pre-authorise the main driver's credit card at pickup",
            ),
            (
                "c",
                "Great, it'll be the {{B:Amex}} [[C:3782 419651 13271]]. We're staying near [[L:Lucca]], [[A:Via di Vorno 44]], host is [[P:Giovanna]] ([[U:airbnb.it/users/show/402817733]]). Home address is [[A:3 Ashdown Close]], [[L:Tunbridge Wells]] [[A:TN4 9QR]]",
            ),
            (
                "a",
                "Perfect, all added. The desk is in the arrivals hall, terminal map on {{W:www.pisa-airport.com}}. Desk phone [[T:+39 050 318 7720]] — ask for [[P:Grace]]",
            ),
            (
                "c",
                "Cheers! My mobile [[T:07911 284 637]] in case of delays ✈️ and any fuel refund can go to [[I:GB62 NWBK 6016 1391 8629 13]]",
            ),
        ],
    },
    # 37. A German customer disputes a damage charge; refund to a German account.
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Jörg Hämmerle",
        "lang": "en",
        "start": "2025-08-19T15:35:00",
        "messages": [
            (
                "c",
                "Hello, I returned the car {{R:GDP-50177}} on {{D:12 August}} and today I see you charged {{$:380 €}} for a scratch!! This {{W:mark}} was already there, I have foto",
            ),
            (
                "a",
                "Hello Mr [[P:Hämmerle]], I'm sorry for the trouble. Can you send the photos? I'll check the check-out report with my colleague [[P:Matteo]]. — [[P:Grace]]",
            ),
            (
                "c",
                "I sent them to your mail. My wife [[P:Ute]] made also a video at pick-up, {{TM:14:12}} o'clock, you see the scratch is there",
            ),
            (
                "a",
                "You are right, the damage is in the pick-up report, my apologies. We will refund the {{$:380 €}}. Your card has expired since, can you give us an IBAN?",
            ),
            (
                "c",
                "Ja: [[I:DE35 5001 0517 5381 2077 46]], [[P:Jörg Hämmerle]], [[A:Aachener Straße 211]], [[A:50931]] [[L:Köln]]",
            ),
            ("a", "Refund done, ref {{R:CR-0819-114}}. Again, sorry! [[P:Grace]]"),
            ("c", "OK thank you. Please send confirmation to [[E:joerg.haemmerle@example.de]]"),
        ],
    },
    # 38. An American got a ZTL fine from Florence months later.
    {
        "business": "cars",
        "platform": "telegram",
        "customer": "Dwayne Richards",
        "lang": "en",
        "start": "2025-11-04T22:40:00",
        "messages": [
            (
                "c",
                "Hey, I just got a letter from {{W:Comune di Firenze}} for a traffic fine?? ZTL?? I rented with you in {{D:June}} (booking {{R:GDP-44920}})",
            ),
            (
                "a",
                "Hi [[P:Dwayne]], yes, the ZTL in {{W:Florence}} is a limited-traffic zone. We received the notice and passed on the driver's details as the law requires. — [[P:Matteo]]",
            ),
            (
                "c",
                "Man. Can I pay online? The letter went to my old place [[A:1187 Maple Ridge Dr, Apt 3B]], [[L:Columbus, OH]] [[A:43215]], I've moved to [[A:52 W 14th St]], [[L:Brooklyn]]",
            ),
            (
                "a",
                "You can pay on {{W:https://www.comune.fi.it}} with the notice number, it's the one starting {{R:VB-2025/118734}} on your letter. For the address change you need to write to them directly",
            ),
            (
                "c",
                "Ok. my wife [[P:Tanisha]] was driving actually lol. who pays the {{W:bill}} then. Our number is [[T:+1 (614) 555-0137]]. thanks bro",
            ),
            (
                "a",
                "The fine is for the car, so whoever pays it is fine 😄 Next time in {{W:Tuscany}} ask [[P:Grace]] at the desk for the ZTL map!",
            ),
        ],
    },
    # 39. An Italian sales agent adds his wife as driver and wants an invoice.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Franco Bruno",
        "lang": "it",
        "start": "2025-05-28T14:05:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Franco Bruno]] di [[L:Livorno]], ho una prenotazione per venerdì {{R:GDP-47702}}, vorrei aggiungere mia moglie [[P:Speranza]] come seconda guidatrice",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bruno]]! Certo, {{$:9 €}} al giorno. Mi manda il CF? Per la signora basta la patente al banco",
            ),
            (
                "c",
                "Il mio CF [[CF:BRNFNC65A09E625K]]. Mia moglie è [[P:Speranza Galletti]], viene con me. Fattura alla mia P.IVA [[V:59033170503]], sono agente di commercio, sede [[A:via del Faldo 12, fraz. Stagno]], [[A:57017]] [[L:Collesalvetti]]",
            ),
            (
                "a",
                "Perfetto. {{PD:Jeep Renegade}} dal {{D:30/05}} al {{D:2/06}}, ritiro alle {{TM:12:00}}. Per la cauzione serve una carta di credito intestata al guidatore principale",
            ),
            (
                "c",
                "Va bene la {{B:Nexi}}? [[C:4532 7109 4418 3626]]. Noi rientriamo da [[L:Cagliari]], ritiriamo all'arrivo del volo da {{W:Elmas}}",
            ),
            (
                "a",
                "La carta me la mostri al banco, non serve scriverla qui 🙏 Il banco è di fronte all'uscita arrivi. [[P:Matteo]]",
            ),
            (
                "c",
                "ah e mio figlio [[P:Leone]] può venire a ritirarla se tardiamo? ha 22 anni, è del segno del {{W:Leone}} come me 😄",
            ),
            (
                "a",
                "Solo se inserito come guidatore aggiuntivo, con supplemento giovani {{$:15 €}}/giorno 👍",
            ),
        ],
    },
    # 40. An Indian customer asks about his licence and updates his address.
    {
        "business": "cars",
        "platform": "instagram",
        "customer": "Arjun Venkatesh",
        "lang": "en",
        "start": "2025-09-27T03:30:00",
        "messages": [
            (
                "c",
                "Hello sir, greetings from [[L:Bengaluru]]. I have booking {{R:GDP-52290}} for {{D:14th October}}. Kindly confirm if Indian driving licence is valid with IDP?",
            ),
            (
                "a",
                "Hello [[P:Arjun]]! Yes, an Indian licence plus International Driving Permit is accepted. Please bring both and a credit card in your name",
            ),
            (
                "c",
                "Thank you. Kindly update my correspondence address: [[A:No. 17, 4th Cross, 2nd Main, Indiranagar]], [[L:Bengaluru]] [[A:560038]], [[L:Karnataka]]",
            ),
            (
                "c",
                "Online check-in is showing error, blocked login from IP [[IP:49.207.183.66]]. Also my colleague [[P:Deepika Iyer]] joins as second driver, her mail [[E:deepika.iyer@example.in]], mine [[E:arjun.v@example.co.in]]",
            ),
            (
                "a",
                "Updated, and check-in unblocked. Additional driver {{$:9 €}}/day. See you on the 14th 🙂 [[P:Grace]]",
            ),
            (
                "c",
                "Thank you madam. My whatsapp [[T:+91-98860-41127]], profile [[U:https://www.linkedin.com/in/arjun-venkatesh-blr]]. Regards, [[P:Arjun Venkatesh]]",
            ),
        ],
    },
    # 41. A Spanish customer, writing in Italian, still has her deposit blocked; her friend got his invoice.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Marina Etxeberria",
        "lang": "it",
        "start": "2025-10-21T12:00:00",
        "messages": [
            (
                "c",
                "Hola! Sono [[P:Marina Etxeberria]], ho avuto la macchina {{R:GDP-53018}}. La cauzione di {{$:300 €}} è ancora bloccata sulla mia carta dopo 15 giorni 😕",
            ),
            (
                "a",
                "Buongiorno [[P:Marina]], ci scusi! Lo sblocco lo fa la sua banca, ma a volte non va a buon fine. Possiamo rimborsare con bonifico e lei chiede alla banca di annullare il blocco. Ci manda l'IBAN?",
            ),
            (
                "c",
                "[[I:ES60 0049 1500 0627 1018 3641]]. Titolare: [[P:Marina Etxeberria Goikoetxea]]. Indirizzo [[A:Calle Urbieta 19, 3º izq.]], [[A:20006]] [[L:Donostia]]",
            ),
            (
                "a",
                "Grazie. Fatto oggi, rif. {{R:CR-1021-201}}. Il suo amico [[P:João]] ha ricevuto la fattura?",
            ),
            (
                "c",
                "Sì, [[P:João]] l'ha ricevuta, dice obrigado 🇧🇷 adesso vive a [[L:Bilbao]]. Se servono altre fatture: [[E:joao.pereira [at] example [dot] com.br]] o telegram [[U:t.me/joaops_bilbao]]",
            ),
            ("a", "Perfetto! La prossima volta chieda di [[P:Grace]] o [[P:Matteo]] al banco 😊"),
            (
                "c",
                "Certo! Ci è piaciuta tanto [[L:Pisa]], e la spiaggia di {{W:Marina di Pisa}} 🌊",
            ),
        ],
    },
    # 42. A French family left a teddy bear in the car; shipping to Lyon.
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Amina Benali",
        "lang": "en",
        "start": "2025-06-30T19:25:00",
        "messages": [
            (
                "c",
                "Bonsoir, hello, I returned the car yesterday and my daughter [[P:Lina]] forgot her teddy, a brown bear, she calls him {{W:Nounours}} 😢",
            ),
            (
                "c",
                "I am [[P:Amina Benali]], booking {{R:GDP-49961}}, car was white {{PD:Peugeot 208}}",
            ),
            (
                "a",
                "Bonsoir [[P:Amina]]! Yes, our cleaner found a brown teddy bear 🧸 We can ship it to you. Where to?",
            ),
            (
                "c",
                "Merci!! [[A:12 rue des Capucins]], [[A:69001]] [[L:Lyon]], [[L:France]]. Name on the buzzer: [[P:Benali-Haddad]]",
            ),
            (
                "a",
                "Shipping with {{B:Chronopost}} {{$:18 €}}, tracking will be {{TR:XY482019377FR}}. I'll send a payment link to your email",
            ),
            (
                "c",
                "[[E:amina.benali@example.fr]]. My husband [[P:Karim]] says thank you too, [[P:Lina]] cried all night. [[P:أمينة]]",
            ),
            ("a", "Poor [[P:Lina]]! The bear is on its way tomorrow. — [[P:Matteo]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(55, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
