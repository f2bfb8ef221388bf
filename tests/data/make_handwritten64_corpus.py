# ruff: noqa: E501
"""Hand-written blind test corpus no. 64 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten64_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a bakery in Bari taking custom orders, an
agriturismo in the Langhe, an optician in Ancona, a moving and storage company in Turin, a tattoo
studio in Bologna and a tutoring service in Pescara.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten64_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten64_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "bakery": "Panificio Lovecchio dal 1962",
    "agri": "Agriturismo Cascina Bricco delle Viole",
    "optician": "Ottica Conero Vista",
    "moving": "Traslochi Sabauda – Moving & Storage",
    "tattoo": "Inchiostro Felsineo Tattoo",
    "tutor": "Doposcuola Stella Maris",
}
PAGE_IDS: dict[str, str] = {
    "bakery": "664420318507226",
    "agri": "664420740193385",
    "optician": "664420062958471",
    "moving": "664420529376014",
    "tattoo": "664420887014652",
    "tutor": "664420413690538",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A mother orders a birthday cake for her daughter, delivery to a flat in Carrassi.
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Rosa Lamanna",
        "lang": "it",
        "start": "2025-06-09T07:48:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Rosa Lamanna]], vorrei ordinare una torta x il compleanno di mia figlia [[P:Bianca]] che fa 7 anni il {{D:14 giugno}}",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Lamanna]]! Certo 😊 che gusto? Per 20 persone la {{PD:Chantilly e fragole}} viene {{$:32 € al kg}}. [[P:Nicola]]",
            ),
            (
                "c",
                'chantilly va bene. si puo fare la scritta {{W:rosa}}? tipo "Auguri [[P:Bianchina]]" con qualche stellina intorno',
            ),
            (
                "a",
                "Si si, scritta {{W:rosa}} su glassa {{W:bianca}}, nessun problema. La ritirate voi o consegniamo? In città la consegna è {{$:5 €}}",
            ),
            (
                "c",
                "consegnate x favore, [[A:via Giulio Petroni 118, scala B 3° piano]], zona [[L:Carrassi]]. citofono [[P:Lamanna-Digennaro]], se non ci sono apre la nonna [[P:Felicetta]]",
            ),
            (
                "a",
                "Perfetto, ordine {{O:ORD-2025-0614}}, consegna sabato {{D:14/06}} tra le {{TM:10:00}} e le {{TM:11:00}}. Mi ripete il cognome per lo scontrino? 🙏",
            ),
            (
                "c",
                "[[P:L-A-M-A-N-N-A]] 😅 e il preventivo mandatelo a [[E:rosa.lamanna@example.it]]. mio marito [[P:Franco]] passa domani a lasciare l'acconto",
            ),
        ],
    },
    # 2. An English tourist staying in the old town pre-orders focaccia for a picnic.
    {
        "business": "bakery",
        "platform": "messenger",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2025-06-18T16:05:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hope]], in [[L:Bari]] for a week with my partner [[P:Kwame]] 🙂 can we pre-order 2 trays of {{PD:focaccia barese}} for Saturday?",
            ),
            (
                "a",
                "Hello [[P:Hope]]! Of course, one tray is {{$:12 €}}. You can pick up at the shop in [[A:via Niccolò dell'Arca 27]], 5 minutes from {{W:Bari Vecchia}}",
            ),
            (
                "c",
                "We're in an apartment at [[A:Strada Palazzo dell'Intendenza 9]], can you deliver? our host [[P:Mimmo]] said you do",
            ),
            (
                "a",
                "Yes, delivery in the old town is {{$:4 €}}. Name for the order and a phone number please?",
            ),
            (
                "c",
                "[[P:Hope Adeyemi]], [[T:+44 7700 914382]] (UK number, whatsapp works). receipt to [[E:hope.adeyemi AT example DOT co DOT uk]]. we're from [[L:Manchester]] so go easy on the chilli 😅",
            ),
            (
                "a",
                "Done ✅ order {{O:#B-4471}}, Saturday {{D:21 June}} around {{TM:9:30}}. Grazie and enjoy Bari! – [[P:Annalisa]]",
            ),
            (
                "c",
                "Lovely! my mum [[P:Grace]] will want the recipe lol. I post food stuff at [[U:instagram.com/hope.eats.italy]], can I tag you? and [[P:Kwame]] too, he's [[H:@kwame_shoots]]",
            ),
            ("a", "Sure, tag {{B:@panificiolovecchio}} 🥖"),
        ],
    },
    # 3. A man from Modugno writing in dialect orders wedding trays and wants an invoice for his firm.
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Vito Scaramuzzi",
        "lang": "it",
        "start": "2025-07-02T18:31:00",
        "messages": [
            (
                "c",
                "Salv, so [[P:Vito]] d [[L:Modugno]], m'ha dett [[P:Tonino]] u barbier ca facit i guantier p i matrimonij",
            ),
            (
                "a",
                "Buonasera [[P:Vito]]! Sì, guantiere di {{PD:paste di mandorla}}, {{PD:sospiri}} e {{PD:bocconotti}}, da {{$:18 €}} al kg. Per quando?",
            ),
            (
                "c",
                "x u {{D:6 settembre}}, s spos mia nipot [[P:Serena]] cu [[P:Michele Colapietro]]. 150 invitat. se tenete dubbi chiamat a lei, sta su fb [[U:facebook.com/serena.scaramuzzi.92]]",
            ),
            ("a", "Auguri agli sposi! Per la fattura ci servono i dati"),
            (
                "c",
                "fattur alla ditta: [[P:Scaramuzzi Vito]] impianti elettrici, p.iva [[V:07345120724]], [[A:via Roma 45]] [[A:70026]] [[L:Modugno]]. codice destinatario {{R:M5UXCR1}}",
            ),
            (
                "a",
                "Perfetto. Il preventivo {{R:PREV-0932}} glielo manda [[P:Nicola]] entro domani. A che mail?",
            ),
            (
                "c",
                "[[E:scaramuzzi.impianti chiocciola example punto it]] e mettet pur a mi fratell [[P:Cosimino]] in copia ca iss pag",
            ),
        ],
    },
    # 4. A young woman asks for a gluten-free cake for a friend's baby shower.
    {
        "business": "bakery",
        "platform": "instagram",
        "customer": "Stella Marzano",
        "lang": "it",
        "start": "2025-09-11T10:12:00",
        "messages": [
            (
                "c",
                "ciao!! fate torte senza glutine? è x il baby shower della mia amica [[P:Gioia]] 🍼",
            ),
            (
                "a",
                "Ciao! Sì, con farine certificate, però il laboratorio non è al 100% gluten free. Per quante persone?",
            ),
            (
                "c",
                "una 30ina. lei è celiaca, il marito [[P:Leone]] no 😂 il bimbo si chiamerà [[P:Sole]]!!",
            ),
            (
                "a",
                "Che bel nome ☀️ possiamo decorarla con un {{W:sole}} di pasta di zucchero e nuvolette {{W:celeste}}. Prezzo indicativo {{$:95 €}}",
            ),
            (
                "c",
                "che {{W:gioia}} 😍 ok! su ig sono [[H:stellaa_bakes]], su tiktok [[U:tiktok.com/@stellaa_bakes]] ma per l'ordine scrivetemi al [[T:347 912 0836]]",
            ),
            (
                "a",
                "Segnato! Ritiro {{D:domenica 28}} alle {{TM:11}}? In negozio chiedi di [[P:Annalisa]]",
            ),
            (
                "c",
                "perfetto, passa mio fratello [[P:Gianvito]], abita a [[L:Palese]] quindi arriva tipo alle 11 e un quarto",
            ),
        ],
    },
    # 5. A restaurant owner paid an invoice twice and asks for a refund to his wife's account.
    {
        "business": "bakery",
        "platform": "telegram",
        "customer": "Karim B.",
        "lang": "it",
        "start": "2025-04-07T08:20:00",
        "messages": [
            (
                "c",
                "buongiorno, io sono [[P:Karim Bensalah]], ho pagato due volte la fattura {{R:FT 118/2025}} per pane del ristorante",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bensalah]], controlliamo subito. Mi conferma l'importo, {{$:214,60 €}}?",
            ),
            (
                "c",
                "si esatto. rimborso su questo iban per favore [[I:IT72 N054 2404 0100 0000 1287 463]] intestato a mia moglie [[P:Yasmina Haddad]]",
            ),
            (
                "a",
                "Ricevuto. [[P:Nicola]] fa il bonifico entro venerdì {{D:11 aprile}}, le mandiamo la contabile qui su telegram",
            ),
            (
                "c",
                "grazie. mio cognato [[P:Samir]] passa domani x il pane, lui ha ordine {{O:2291}}. se non trova chiamate lui [[U:wa.me/393801147256]]",
            ),
            ("a", "Va bene! La consegna continuiamo a farla a [[A:corso Sonnino 61/A]]?"),
            (
                "c",
                "no adesso nuovo locale [[A:largo Adua 3]], dietro {{W:teatro Margherita}}. grazie fratello [[P:كريم]]",
            ),
        ],
    },
    # 6. A woman at her mother-in-law's seaside house orders panzerotti for Sunday lunch.
    {
        "business": "bakery",
        "platform": "whatsapp",
        "customer": "Marina Dell'Olio",
        "lang": "it",
        "start": "2025-08-08T09:02:00",
        "messages": [
            (
                "c",
                "Ciao sono [[P:Marina]], vorrei 1 kg di {{PD:panzerotti}} fritti e un vassoio di {{PD:sgagliozze}} x domenica",
            ),
            (
                "a",
                "Ciao [[P:Marina]]! Domenica siamo aperti fino alle {{TM:13:30}}, anche a {{W:Ferragosto}}. Ritiri tu?",
            ),
            (
                "c",
                "no siamo al mare a [[L:Torre a Mare]] da mia suocera, [[A:via dei Gabbiani 12]], quella dietro la {{W:marina}} coi pescherecci",
            ),
            ("a", "Fino a [[L:Torre a Mare]] arriviamo, consegna {{$:7 €}}. A che ora?"),
            (
                "c",
                "verso l'una. se non rispondo chiamate la vicina, la sig.ra [[P:Felice]], [[T:080 543 2219]], che ha le chiavi, o la babysitter dei bimbi [[P:Oana]]",
            ),
            ("a", "Va bene, a domenica! [[P:Annalisa]] 🌊"),
        ],
    },
    # 7. An Indian student orders a photo cake for her flatmate's birthday.
    {
        "business": "bakery",
        "platform": "messenger",
        "customer": "Priya Raman",
        "lang": "en",
        "start": "2025-05-03T14:40:00",
        "messages": [
            (
                "c",
                "Hi, is it possible to order a cake with a photo printed on it? it's for my flatmate [[P:Ivy]]'s birthday 🎂",
            ),
            (
                "a",
                "Hi! Yes, edible print on {{PD:torta Sacher}} or {{PD:millefoglie}}, from {{$:40 €}}. You can send the photo here",
            ),
            (
                "c",
                "great, take the one with the lake from her page [[U:https://www.flickr.com/photos/ivy_marchetti_ph]] 🙏 name on the order [[P:Priya Raman]], phone [[T:+91 98450 37216]] (indian number, my italian sim is dead)",
            ),
            (
                "a",
                "No problem [[P:Priya]]! Pickup {{D:Friday 9 May}} after {{TM:5 pm}}. Who is the guy next to her in the photo, keep him?",
            ),
            (
                "c",
                'yes that\'s [[P:Mark]], her boyfriend from [[L:Cork]] haha, keep him. and write "Happy 23 [[P:Ivy]] – love [[P:Priya]], [[P:Lorenzo]] & [[P:Bill]]"',
            ),
            (
                "a",
                "😂 Done. Order {{O:B-4519}}, we'll {{W:mark}} it as priority. Receipt by email?",
            ),
            (
                "c",
                "yes [[E:priya.raman.97@example.in]], my dad pays the {{W:bill}} anyway lol. thanks!!",
            ),
        ],
    },
    # 8. A Swedish family books two rooms in August and pays the deposit from Sweden.
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Anders Lindqvist",
        "lang": "en",
        "start": "2025-03-02T19:15:00",
        "messages": [
            (
                "c",
                "Hello, this is [[P:Anders Lindqvist]] from [[L:Uppsala]]. We would like 2 rooms {{D:12–16 August}}: me, my wife [[P:Ingrid]] and the kids [[P:Linnea]] and [[P:Oskar]]. Maybe the kids' grandma [[P:Birgitta]] joins for two nights",
            ),
            (
                "a",
                "Hej [[P:Anders]]! We have the {{PD:Camera Nebbiolo}} and the {{PD:Camera Dolcetto}} free, {{$:140 €}} per night each with breakfast. – [[P:Chiara]]",
            ),
            (
                "c",
                "Perfect. Can we pay the deposit by transfer from our Swedish account? It is [[I:SE04 8000 0832 7901 7392 4561]]",
            ),
            (
                "a",
                "Yes, please send {{$:200 €}} with reference {{R:PRN-0812-LIND}}. There is a {{W:grace}} period of 14 days to cancel for free. Address for the invoice?",
            ),
            (
                "c",
                "[[A:Kungsgatan 41B]], [[A:753 21]] [[L:Uppsala]], [[L:Sweden]]. Email [[E:anders.lindqvist@example.se]]",
            ),
            (
                "a",
                "Thanks! Check-in from {{TM:15:00}}. After {{W:Monforte d'Alba}} follow the brown signs, the map is here: {{W:https://maps.google.com/?q=Cascina+Bricco+delle+Viole}}",
            ),
            (
                "c",
                "Tack! [[P:Ingrid]] asks if you do a wine tasting, she is crazy for {{PD:Barolo}}",
            ),
        ],
    },
    # 9. A Scottish couple coming for the truffle fair need a pickup at the station.
    {
        "business": "agri",
        "platform": "messenger",
        "customer": "Fiona McAllister",
        "lang": "en",
        "start": "2025-09-20T12:30:00",
        "messages": [
            (
                "c",
                "Hi there! [[P:Fiona]] here, my husband [[P:Callum]] and I are coming from [[L:Edinburgh]] in October for the truffle fair 🍄",
            ),
            (
                "a",
                "Welcome! The {{W:Fiera del Tartufo Bianco}} in {{W:Alba}} runs every weekend in October and November, programme on {{W:www.fieradeltartufo.org}}",
            ),
            (
                "c",
                "Fab. We don't drive, could someone collect us at {{W:Alba station}}? Our friend [[P:Rose Whitaker]] ([[H:@rosiew_travels]]) stayed with you in 2023 and said [[P:Piero]] did that",
            ),
            (
                "a",
                "Yes, [[P:Piero]] (my dad) does the pickups, {{$:25 €}} each way. To hold the room we need a card, you can call us or write it on the booking form. – [[P:Chiara]]",
            ),
            (
                "c",
                "Train from {{W:Torino Porta Nuova}} gets in at {{TM:11:42}} on {{D:Saturday 18th}}. Card is amex [[C:3746 192058 30172]], name [[P:F. McAllister]]. [[P:Callum]]'s mobile [[T:07834 552190]]",
            ),
            ("a", "Got it, thanks. Confirmation to which email?"),
            (
                "c",
                "[[E:fiona.mcallister@example.co.uk]]. We write about our trips at [[U:www.fionaandcallumwander.co.uk]] if you don't mind a mention x [[P:Fiona]]",
            ),
        ],
    },
    # 10. A Swiss guest asks for a forgotten jacket to be shipped home and a tax refund.
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Reto Brunner",
        "lang": "en",
        "start": "2025-05-27T07:55:00",
        "messages": [
            (
                "c",
                "Grüezi, here is [[P:Reto Brunner]], we left last sunday and my wife [[P:Ursula]] forgot her jacket in the {{PD:Camera Arneis}}",
            ),
            (
                "a",
                "Buongiorno [[P:Reto]]! Yes, [[P:Elena]] found a blue jacket in the wardrobe. We can ship it, what is your address?",
            ),
            (
                "c",
                "[[A:Seefeldstrasse 214]], [[A:8008]] [[L:Zürich]]. Please with the Post, not {{B:DHL}}, with DHL it is always a drama here",
            ),
            (
                "a",
                "Spedita con {{B:Poste Italiane}}, tracking {{TR:RR482917365IT}}, you can follow it on {{W:www.poste.it/cerca}}. Shipping was {{$:18,50 €}}",
            ),
            (
                "c",
                "Danke. Also I think we paid the tourist tax two times, can you give back on [[I:CH77 0023 5194 8302 6745 1]]? Receipt to [[E:r.brunner@example.ch]]",
            ),
            (
                "a",
                "You're right, sorry! Refund of {{$:12 €}} sent today. A presto! [[P:Chiara]] e [[P:Elena]]",
            ),
            (
                "c",
                "Very kind, we come back for the vendemmia. [[P:Ursula]] greets also the nonna [[P:Teresa]]. our photos of the {{W:Langhe}}: [[U:www.flickr.com/people/retobrunner_zh]]",
            ),
        ],
    },
    # 11. A Norwegian remote worker has wifi trouble in her room.
    {
        "business": "agri",
        "platform": "instagram",
        "customer": "Solveig Haugen",
        "lang": "en",
        "start": "2025-06-24T11:03:00",
        "messages": [
            (
                "c",
                "Hi! I'm in the {{PD:Barbera room}}, the wifi keeps dropping 😩 I work remote and have a call with my team in [[L:Oslo]] at 3",
            ),
            (
                "a",
                "Sorry [[P:Solveig]]! Which network do you see, {{W:BriccoViole_Guest}} or {{W:BriccoViole_5G}}?",
            ),
            (
                "c",
                "Guest. laptop says IP [[IP:192.168.1.47]] but no internet. my colleague [[P:Magnus]] in [[L:Bergen]] can't hear me at all",
            ),
            (
                "a",
                "Try the 5G one, password is on the card by the bed. Otherwise [[P:Davide]] (my brother) restarts the router at {{TM:14:30}}",
            ),
            (
                "c",
                "works now!! public IP shows [[IP:93.41.207.18]] if that helps your brother. I'll write you a nice line on my blog [[U:https://solveigworksfromanywhere.substack.com]]",
            ),
            ("a", "Great 🙌 and tag us {{B:@cascinabriccodelleviole}} if you post photos 😊"),
            (
                "c",
                "will do, I'm [[H:@solveig.haugen.travels]] and my sister [[H:@kari_haugen]] is coming next month, she's [[P:Kari]] 🙂",
            ),
        ],
    },
    # 12. An Italian guest orders wine to his office in Milan, invoice to his wife.
    {
        "business": "agri",
        "platform": "telegram",
        "customer": "Giorgio Abbate",
        "lang": "it",
        "start": "2025-05-05T09:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Giorgio Abbate]] di [[L:Cernusco sul Naviglio]], eravamo da voi a {{W:Pasqua}}. Vorremmo 12 bottiglie di {{PD:Dolcetto d'Alba 2022}}",
            ),
            (
                "a",
                "Buongiorno [[P:Giorgio]]! Certo, {{$:14 €}} a bottiglia; sopra le 12 la spedizione è {{W:franco}} destino. Dove spediamo?",
            ),
            (
                "c",
                "In ufficio è meglio: [[A:viale Monza 259]], [[A:20126]] [[L:Milano]], c/o {{B:Studio Ferraris}}, citofono 4. per il corriere [[T:02 9254 3318]]",
            ),
            ("a", "Perfetto. Fattura a nome suo? Mi servirebbe il codice fiscale o la partita iva"),
            (
                "c",
                "fattura a mia moglie [[P:Bruna Ceriani]], è commercialista, p.iva [[V:02451880013]]. i dati completi ve li manda lei da [[E:bruna punto ceriani at example punto it]]",
            ),
            (
                "a",
                "Grazie! Spediamo con {{B:BRT}} lunedì e vi giro il tracking. Salutate [[P:Bruna]] e il piccolo [[P:Tommi]] 😊 [[P:Chiara]]",
            ),
        ],
    },
    # 13. A Danish woman sends the guest list for a dinner and asks for two deposits back.
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Mette Kjær",
        "lang": "en",
        "start": "2025-04-14T17:22:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Mette]] again. Here is the list of guests for the dinner on {{D:3 May}} as you asked:\n- [[P:Mette Kjær]]\n- [[P:Søren Kjær]]\n- [[P:Astrid Holm]]\n- [[P:Frederik Holm]]\n- [[P:Bo]] (vegetarian)\n- [[P:Amalie Nørgaard]]",
            ),
            (
                "a",
                "Thank you [[P:Mette]]! Dinner is at {{TM:19:30}} on the terrace, {{PD:menu degustazione}} {{$:55 €}} per person",
            ),
            (
                "c",
                "Sadly [[P:Frederik]] broke his leg skiing in [[L:Hemsedal]] 🙈 so [[P:Astrid]] cancels too. Can we get their deposit back? Danish account [[I:DK25 2000 7315 8492 60]]",
            ),
            (
                "a",
                "Oh no! Of course, {{$:100 €}} refunded. Tell him to get well soon. – [[P:Chiara]]",
            ),
            (
                "c",
                "Thx! [[P:Astrid]] says sorry, she'll send you a bowl from her shop [[U:etsy.com/shop/AstridHolmKeramik]] 😊 invoice to [[E:mette punktum kjaer snabel-a example punktum dk]], and [[P:Søren]]'s mobile for the day [[T:+45 28 71 43 09]]",
            ),
        ],
    },
    # 14. An Italian family books a ground-floor room for the grandparents (voice-to-text).
    {
        "business": "agri",
        "platform": "whatsapp",
        "customer": "Viola Ghiglione",
        "lang": "it",
        "start": "2025-04-10T20:48:00",
        "messages": [
            (
                "c",
                "Salve volevo sapere se avete camere libere per il ponte del {{D:primo maggio}} siamo in quattro io mio marito e i nonni punto il nonno [[P:Fortunato]] cammina col bastone quindi serve piano terra punto",
            ),
            (
                "a",
                "Buonasera! Sì, la {{PD:Camera Favorita}} è al piano terra, {{$:120 €}} a notte. A che nome?",
            ),
            (
                "c",
                "[[P:Viola Ghiglione]] virgola arriviamo da [[L:Varazze]] e i nonni da [[L:Celle Ligure]] il {{D:30 aprile}} sera tardi tipo alle dieci e mezza punto mio marito si chiama [[P:Gianpiero Noli]]",
            ),
            (
                "a",
                "Va bene, vi lasciamo le chiavi nella cassetta. Il codice ve lo manda [[P:Davide]] il giorno prima",
            ),
            (
                "c",
                "Grazie mille! ah e la nonna [[P:Speranza]] è diabetica, a colazione c'è qualcosa senza zucchero? la {{W:speranza}} è l'ultima a morire 😂",
            ),
            (
                "a",
                "Certo, ci pensa mia mamma [[P:Lucia]] con le torte di nocciole senza zucchero 😊 Buon viaggio!",
            ),
        ],
    },
    # 15. A customer asks about her progressive lenses and the receipt for the tax return.
    {
        "business": "optician",
        "platform": "whatsapp",
        "customer": "Serena Bianchini",
        "lang": "it",
        "start": "2025-02-18T08:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Serena Bianchini]], gli occhiali progressivi sono pronti? ordine {{O:OCV-20931}}",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Bianchini]]! Sì, ieri sono arrivate le lenti {{B:Essilor}} {{PD:Varilux}}. Può passare da {{TM:9:00}} a {{TM:12:30}}",
            ),
            (
                "c",
                "Perfetto. Mi serve lo scontrino parlante per il 730, codice fiscale [[CF:BNCSRN78M52A271S]]",
            ),
            ("a", "Segnato. Se passa qualcun altro a ritirare basta che ci dica il nome"),
            (
                "c",
                "viene mia figlia [[P:Viola]] o la tata [[P:Svetlana]], io lavoro a [[L:Jesi]] fino alle 6. ha anche lei una montatura {{W:viola}}, non confondetele 😄",
            ),
            ("a", "Ahah, le mettiamo nella bustina giusta! [[P:Gabriele]]"),
        ],
    },
    # 16. A British tourist broke his glasses on the ferry and needs a quick repair.
    {
        "business": "optician",
        "platform": "messenger",
        "customer": "Tom Hollis",
        "lang": "en",
        "start": "2025-07-15T09:10:00",
        "messages": [
            (
                "c",
                "Hello, I broke my glasses on the ferry from [[L:Split]] 😫 can you fix the arm today? We sail to [[L:Patras]] tomorrow night",
            ),
            (
                "a",
                "Hi! Bring them in, we're at [[A:corso Garibaldi 104]], near {{W:Piazza Cavour}}. Your name?",
            ),
            (
                "c",
                "[[P:Tom Hollis]]. My wife [[P:Mary-Beth]] might come instead, I'm stuck in bed with a migraine at the flat in [[A:via Palestro 7, 2nd floor]]",
            ),
            (
                "a",
                "Ok. The repair is {{$:15 €}}, ready in one hour. A number to call when it's done?",
            ),
            (
                "c",
                "[[T:+44 (0)1632 960 418]] is home, my mobile is [[T:07452 806 331]]. the frames are {{B:Persol}}, don't know if that matters",
            ),
            (
                "a",
                "Ready! [[P:Mary-Beth]] can collect anytime before {{TM:19:30}}. Safe trip to [[L:Greece]]! – [[P:Gabriele]]",
            ),
            (
                "c",
                "Cheers mate, you saved our holiday. Leaving you a review on {{W:tripadvisor.com}}",
            ),
        ],
    },
    # 17. A cyclist asks for photochromic sport glasses; his name is also a colour.
    {
        "business": "optician",
        "platform": "instagram",
        "customer": "Bruno Santarelli",
        "lang": "it",
        "start": "2025-03-21T18:02:00",
        "messages": [
            ("c", "ciao! avete gli {{B:Oakley}} {{PD:Sutro}} con lente fotocromatica?"),
            (
                "a",
                "Ciao! Arrivano la prossima settimana, anche con lente {{W:bruno}}, più riposante in bici",
            ),
            (
                "c",
                "top. io mi chiamo [[P:bruno]] 😂 coincidenza. esco col gruppo di [[P:Leone]] a [[L:Osimo]] ogni domenica, passo sabato",
            ),
            ("a", "Ahah perfetto [[P:Bruno]]! Te ne teniamo un paio. Nome e numero per avvisarti?"),
            (
                "c",
                "[[P:Bruno Santarelli]] [[T:339-4417825]], oppure qui, sono [[H:bruno.santarelli.cycling]] e su strava [[U:strava.com/athletes/48210937]]",
            ),
            (
                "a",
                "Prezzo {{$:189 €}}, con lo sconto della {{W:Granfondo del Conero}} {{$:170 €}}. A sabato! [[P:Ilaria]]",
            ),
        ],
    },
    # 18. A contact-lens order fails online; the customer shares too much, the shop reminds him.
    {
        "business": "optician",
        "platform": "whatsapp",
        "customer": "Luca Marini",
        "lang": "it",
        "start": "2025-10-06T20:15:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Luca Marini]], ho fatto l'ordine delle lenti a contatto dal sito ma il pagamento non passa",
            ),
            (
                "a",
                "Buonasera [[P:Luca]], ci dà il numero d'ordine? Lo trova nella mail di {{W:www.otticaconerovista.example.it}}",
            ),
            (
                "c",
                "{{O:WEB-7784}}. ho provato due volte con la carta [[C:5352 1890 4417 7206]], dice transazione negata",
            ),
            (
                "a",
                "Per sicurezza non scriva il numero completo della carta in chat 🙏 Il sistema ha bloccato un tentativo dall'IP [[IP:151.38.112.204]], era lei?",
            ),
            (
                "c",
                "si ero io, sono a [[L:Falconara]] da mia madre col wifi del vicino [[P:Amedeo]] 😅 se serve il cf è [[CF:MRNLCU88S03A271T]]",
            ),
            (
                "a",
                "Il CF non serve 😊 abbiamo sbloccato l'account, riprovi pure. La conferma arriva a [[E:l.marini88@example.it]], giusto?",
            ),
            ("c", "giusto, grazie [[P:Ilaria]]!"),
        ],
    },
    # 19. A mother books a first eye check for her daughter after a teacher's remark.
    {
        "business": "optician",
        "platform": "telegram",
        "customer": "Amina Diallo",
        "lang": "it",
        "start": "2025-10-01T13:27:00",
        "messages": [
            (
                "c",
                "Buongiorno, mia figlia [[P:Awa]] ha 6 anni e la maestra [[P:Stella]] dice che non vede bene la lavagna",
            ),
            (
                "a",
                "Buongiorno! Possiamo fare un primo controllo con il nostro optometrista, il dott. [[P:Pieroni]]. Per i bambini consigliamo comunque anche l'oculista. Quando preferisce?",
            ),
            ("c", "mercoledì dopo scuola, usciamo alle {{TM:16:30}} dalla {{W:Leopardi}}"),
            (
                "a",
                "Va bene {{D:mercoledì 8 ottobre}} alle {{TM:17:15}}. Nome e cognome della bimba?",
            ),
            (
                "c",
                "[[P:Awa Diallo Ndiaye]], io sono [[P:Amina]]. la porta la babysitter [[P:Fatou]]. se non rispondo mio marito [[P:Ousmane]] ha il numero [[T:+39 351 208 7743]]. per la ricevuta [[E:amina.diallo@example.fr]]",
            ),
            ("a", "Perfetto, a mercoledì! [[P:Gabriele]]"),
        ],
    },
    # 20. A Chinese exchange student has her glasses shipped to her roommate at the residence.
    {
        "business": "optician",
        "platform": "messenger",
        "customer": "Ivy Chen",
        "lang": "en",
        "start": "2025-11-12T15:44:00",
        "messages": [
            (
                "c",
                "Hi, I am [[P:Ivy Chen]] ([[P:陈静怡]]), exchange student at {{W:Università Politecnica delle Marche}}. can you ship my new glasses to my dorm?",
            ),
            ("a", "Hi [[P:Ivy]]! Sure, shipping is {{$:6,90 €}}. Address please?"),
            (
                "c",
                "[[A:via Brecce Bianche 12, Residenza Montedago, room 318]], [[A:60131]] [[L:Ancona]]. please put the name of my roommate [[P:Rose Kamau]], she is home all day",
            ),
            (
                "a",
                "Done, sent with {{B:GLS}}, tracking {{TR:GL-66418302}}. We also put in the {{W:rose}} gold case you liked 🌸",
            ),
            (
                "c",
                "thank you!! my mum in [[L:Hangzhou]] says thanks too 😂 she follows me on [[U:weibo.com/u/5839201746]] and saw the glasses already",
            ),
            ("a", "Ahah, salutacela tanto! Così fai pratica di italiano 😉 – [[P:Ilaria]]", "it"),
        ],
    },
    # 21. An elderly woman asks for a home visit for her housebound husband.
    {
        "business": "optician",
        "platform": "whatsapp",
        "customer": "Franca Pettinari",
        "lang": "it",
        "start": "2025-11-17T09:58:00",
        "messages": [
            (
                "c",
                "Gentile Ottica, sono [[P:Franca Pettinari]], moglie di [[P:Aldo Mengoni]]. Mio marito non esce più di casa, è possibile che venga qualcuno a misurare la vista? Abitiamo in [[A:v. Maratta 33, int. 5]], zona [[L:Piano San Lazzaro]]",
            ),
            (
                "a",
                "Gentile sig.ra [[P:Pettinari]], sì, facciamo visite a domicilio il giovedì, {{$:30 €}} il servizio. Va bene {{D:giovedì 20}} alle {{TM:10}}?",
            ),
            (
                "c",
                "Va benissimo. Il citofono è a nome [[P:Mengoni]], secondo piano senza ascensore purtroppo, il portone lo apre la vicina [[P:Nives]]. Mi chiami al fisso [[T:071 28 43 906]]",
            ),
            (
                "a",
                "Perfetto, vengono [[P:Gabriele]] e [[P:Ilaria]] con lo strumentario portatile. Cordiali saluti, {{B:Ottica Conero Vista}}",
            ),
            (
                "c",
                "Grazie di cuore. Mio figlio [[P:Paolo]] da [[L:Bruxelles]] dice che paga lui con bonifico, vi scriverà da [[E:paolo.mengoni@example.be]] o vi chiama dal [[T:+32 471 58 20 94]]",
            ),
        ],
    },
    # 22. A customer asks for a quote to move within Turin; tiny lift, parking permit.
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Federica Gallo",
        "lang": "it",
        "start": "2025-10-20T18:40:00",
        "messages": [
            (
                "c",
                "Buonasera, vorrei un preventivo trasloco da [[A:via Nizza 148]], 4° piano con ascensore piccolo, a [[A:c.so Francia 212 scala C, 1° p.]]. Sono [[P:Federica Gallo]]",
            ),
            (
                "a",
                "Buonasera [[P:Federica]]! Quanti locali? Nell'ascensore di casa sua entra un frigorifero?",
            ),
            (
                "c",
                "trilocale. no l'ascensore è minuscolo, ci sta una persona e mezza 😅 il frigo la volta scorsa l'ha portato giù a mano il mio vicino [[P:Beppe]]",
            ),
            (
                "a",
                "Allora serve la {{PD:scala montamobili}}, +{{$:180 €}}. Totale indicativo {{$:1.150 €}}. Che data?",
            ),
            (
                "c",
                "sabato {{D:15 novembre}}. x il parcheggio davanti alla casa nuova serve il permesso? l'amministratore, il geom. [[P:Ferrero]], dice di si",
            ),
            (
                "a",
                "Sì, lo chiediamo noi alla {{W:Città di Torino}}, {{$:45 €}}. Il modulo è su {{W:www.comune.torino.it}} se vuole vederlo",
            ),
            (
                "c",
                "ok perfetto. vi lascio il numero del mio compagno [[P:Ahmed]], [[T:328 66 01 943]], quel giorno sono al lavoro a [[L:Moncalieri]] fino alle 12. il preventivo a [[E:federica gallo 90 chiocciola example.it]]",
            ),
        ],
    },
    # 23. A Spaniard moves back to Madrid and leaves some boxes in storage for his girlfriend.
    {
        "business": "moving",
        "platform": "messenger",
        "customer": "Daniel Ortega Ruiz",
        "lang": "it",
        "start": "2025-10-28T21:05:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Daniel Ortega Ruiz]], a dicembre torno a vivere a [[L:Madrid]]. Fate traslochi internazionali? Abito in [[A:via Santa Giulia 60, 3° piano]], [[L:Vanchiglia]], sin ascensore",
            ),
            (
                "a",
                "Ciao [[P:Daniel]]! Sì, in Spagna andiamo ogni mese con un partner. Indirizzo di arrivo?",
            ),
            (
                "c",
                "[[A:Calle de Embajadores 187, 4º izq.]], [[A:28045]] [[L:Madrid]], è l'appartamento dei miei, c'è sempre mia mamma [[P:Pilar]] o mio papà [[P:Julián]]",
            ),
            (
                "a",
                "Perfetto. Un carico parziale sono circa {{$:2.400 €}}. Se serve teniamo anche scatoloni nel nostro magazzino di {{W:Settimo Torinese}}, {{$:60 €}}/mese",
            ),
            (
                "c",
                "si! 10 scatole in deposito fino a primavera, le prende la mia ragazza [[P:Marta Giordano]], oppure le spedite a lei a [[L:Lyon]], [[A:14 rue Paul Bert]], [[A:69003]]. la sua mail [[E:marta.giordano(at)example.com]]",
            ),
            (
                "a",
                "Segnato. Preventivo {{R:QT-25-1187}} inviato. – [[P:Salvatore]], {{B:Traslochi Sabauda}}",
            ),
            (
                "c",
                "inviato dove? la mia mail è [[E:dortegaruiz@example.es]], cellulare [[T:+34 612 48 93 07]]. perdona el italiano, grazie mille!",
            ),
        ],
    },
    # 24. A daughter moves her elderly mother from a hamlet in Val di Susa to Turin (address in two messages).
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Gabriella Re",
        "lang": "it",
        "start": "2025-09-03T07:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, devo trasferire mia mamma [[P:Carmela]] da [[L:Bussoleno]] a casa mia a [[L:Torino]]. lei sta in frazione, [[A:fraz. Foresto]]",
            ),
            ("c", "[[A:str. dei Prati 6]], la casa con il fienile, dopo la fontana"),
            ("a", "Buongiorno! La strada per la frazione regge un camion da 35 quintali?"),
            (
                "c",
                "fino alla chiesa si, poi 200 metri di sterrato. il vicino [[P:Gildo]] ha il trattore se serve 😂 le scatole le prepara la badante [[P:Iryna]]",
            ),
            ("a", "Useremo il furgone piccolo per fare la spola. Destinazione?"),
            (
                "c",
                "[[A:str. del Fortino 36/bis]], piano terra, [[A:10152]] [[L:Torino]]. i mobili grossi vanno nel box di mio fratello [[P:Renato]] a [[L:Rivoli]], [[A:via Pavia 11]]",
            ),
            ("a", "Perfetto, giovedì sopralluogo con [[P:Salvatore]]. C'è un numero per fissare?"),
            (
                "c",
                "mamma non sente bene, chiamate me [[T:011 771 2048]] o al cell [[T:+39 340.551.2287]]. [[P:Gabriella]]",
            ),
        ],
    },
    # 25. A Ukrainian worker moves to Stuttgart and almost pays with his card in chat.
    {
        "business": "moving",
        "platform": "telegram",
        "customer": "Oleksandr Kovalenko",
        "lang": "it",
        "start": "2025-02-06T10:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Oleksandr Kovalenko]], devo traslocare da [[L:Torino]] a [[L:Stoccarda]] per nuovo lavoro. Poca roba, una stanza",
            ),
            ("a", "Buongiorno [[P:Oleksandr]]! Dove abita adesso a Torino, indirizzo e piano?"),
            (
                "c",
                "[[A:Via Cigna 96/14]], 5 piano, ascensore si. Nuovo: [[A:Hauptstätter Str. 118, 2. OG]], [[A:70178]] [[L:Stuttgart]]. chiave ha il padrone di casa, Herr [[P:Wagner]]",
            ),
            (
                "a",
                "Grazie. Prezzo {{$:1.680 €}}, acconto 30%. Può pagare con link carta o con bonifico",
            ),
            (
                "c",
                "sorry, my italian finish 😅 I pay with card, [[C:4024 0071 9385 1168]], is ok to write here?",
                "en",
            ),
            (
                "a",
                "Per favore non mandi numeri di carta in chat 🙏 le mandiamo un link sicuro {{B:Nexi}}. Se riesce cancelli quel messaggio",
            ),
            (
                "c",
                "scusa 🙈 ok. mandate link anche a mia moglie [[P:Olena]] ([[P:Олена]]), telegram [[U:t.me/olena_kovalenko]], e a [[E:o.kovalenko@example.de]]. lei adesso è da sua sorella a [[L:Leopoli]]",
            ),
        ],
    },
    # 26. An architect moves her studio; invoice with VAT number, ZTL and a huge poinsettia.
    {
        "business": "moving",
        "platform": "messenger",
        "customer": "Stella Ruffino",
        "lang": "it",
        "start": "2025-02-19T08:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'arch. [[P:Stella Ruffino]], devo spostare lo studio da [[A:via Po 18]] a [[A:p.zza Vittorio Veneto 5, scala A, 3° piano]]",
            ),
            ("a", "Buongiorno arch. [[P:Ruffino]]! Ci sono plotter e archivi?"),
            (
                "c",
                "si, un plotter grosso e 40 scatoloni di tavole. fattura a [[P:Stella Ruffino]] architetto, p.iva [[V:09128760379]], cf [[CF:RFFSLL83A70L219Y]], mail [[E:studio@stellaruffinoarchitetto.example.it]]",
            ),
            ("a", "Ricevuto. Il furgone può entrare in {{W:ZTL}} con il vostro pass?"),
            (
                "c",
                "il mio collega [[P:Marco Viola]] ha il pass, glielo chiedo. l'ingresso di servizio comunque è in [[A:via Bonafous 2/D]]",
            ),
            (
                "a",
                "Perfetto. Proposta: {{D:lunedì 3 marzo}} dalle {{TM:7:30}}, prima che apra la {{W:ZTL}}. Preventivo {{R:QT-25-0204}}",
            ),
            (
                "c",
                "ottimo. ah, c'è una {{W:stella di Natale}} enorme sul balcone, portate anche quella? 😂 la foto è sul sito [[U:www.stellaruffinoarchitetto.example.it]]",
            ),
        ],
    },
    # 27. A customer reports a scratched table after the move and gives an IBAN for compensation.
    {
        "business": "moving",
        "platform": "whatsapp",
        "customer": "Hamza El Idrissi",
        "lang": "it",
        "start": "2025-06-12T19:50:00",
        "messages": [
            (
                "c",
                "Salve, ieri trasloco da [[A:via Lessona 40]] a [[A:via Chiesa della Salute 77 int 12]], il tavolo e arrivato graffiato",
            ),
            ("a", "Ci dispiace molto! Ci manda le foto e il numero di pratica?"),
            (
                "c",
                "pratica {{R:TS-8820}}. le foto manda mia moglie [[P:Salma]] da suo numero [[U:wa.me/393297710485]], io non so fare. vostro operaio [[P:Kevin]] ha detto scrivere qui",
            ),
            (
                "a",
                "Ok. Per il rimborso dell'assicurazione ({{$:150 €}}) ci servono IBAN e intestatario",
            ),
            ("c", "[[I:IT37J0200841570000104839127]] intestato [[P:El Idrissi Hamza]]"),
            ("a", "Ricevuto, bonifico entro il {{D:30 giugno}}. Ci scusi ancora. [[P:Salvatore]]"),
        ],
    },
    # 28. A Ghanaian-British woman ships boxes from San Salvario to her brother in Brixton.
    {
        "business": "moving",
        "platform": "instagram",
        "customer": "Grace Osei",
        "lang": "en",
        "start": "2025-09-25T16:16:00",
        "messages": [
            (
                "c",
                "hiya! do you ship just boxes to the UK? like 15 boxes, no furniture. I'm [[P:Grace]] btw",
            ),
            ("a", "Hi [[P:Grace]]! Yes, groupage to London every 2 weeks. Where in Turin are you?"),
            ("c", "[[L:San Salvario]], [[A:via Madama Cristina 51]], top floor no lift 😭"),
            ("a", "Ok, stairs surcharge {{$:40 €}}. London address?"),
            (
                "c",
                "[[A:Flat 3, 27 Coldharbour Lane]], [[L:Brixton]], [[A:SW9 8PR]]. my brother [[P:Kofi]] lives there and will receive, and my flatmate [[P:Chiara Bosio]] keeps the keys here",
            ),
            (
                "a",
                "Perfect. Collection {{D:Tuesday 14 October}} in the morning. You'll get tracking by email, and if the collection is cancelled the deposit goes back to your account",
            ),
            (
                "c",
                "email [[E:grace . osei @ example . co . uk]], account [[I:GB20 BARC 2094 7163 7281 54]]. and I'm [[H:graceinturin]] on tiktok ([[U:tiktok.com/@graceinturin]]), I'll film the whole thing lol",
            ),
        ],
    },
    # 29. A German Erasmus student books a fineline ivy tattoo.
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "Lena Hoffmann",
        "lang": "en",
        "start": "2025-02-24T13:35:00",
        "messages": [
            (
                "c",
                "hi! I love [[P:Nadia]]'s fineline work, saw it on [[H:@nadia.ink.bo]]. I'd like a small {{W:ivy}} branch on my wrist 🌿",
            ),
            (
                "a",
                "Hi! [[P:Nadia]] here 😊 send me some references. Small pieces start at {{$:120 €}}",
            ),
            (
                "c",
                "here's my board [[U:https://pinterest.com/lenahoffmann_art/ink-ideas]] and my friend [[P:Clara]] got one from you last year, she's [[H:clara.b_roma]]",
            ),
            (
                "a",
                "oh I remember [[P:Clara]]! Free slots: {{D:4 March}} {{TM:14:00}} or {{D:6 March}} {{TM:11:00}}",
            ),
            (
                "c",
                "4 march perfect. I'm [[P:Lena Hoffmann]], from [[L:Freiburg]] but living in [[L:Bolognina]] now. mail [[E:lena.hoffmann@example.de]], phone [[T:+49 1523 7740618]]",
            ),
            (
                "a",
                'Booked ✅ deposit {{$:50 €}} via link. The studio is at [[A:via del Pratello 88/b]], ring "{{B:Inchiostro}}"',
            ),
            ("c", "danke!! 🖤"),
        ],
    },
    # 30. A young skater wants an old-school rose with his grandmother's name.
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "m4tt3o_sk8",
        "lang": "it",
        "start": "2025-04-02T22:10:00",
        "messages": [
            (
                "c",
                "zio ciao, volevo un tattoo tipo quelli di [[P:jacopo]] old school, sul polpaccio",
            ),
            ("a", "Ciao! Sì, [[P:Jacopo]] fa traditional. Hai già un'idea?"),
            (
                "c",
                "una {{W:rosa}} con un pugnale e il nome di mia nonna [[P:Rosa]] 🥹 in corsivo. oppure un {{W:leone}}, non so",
            ),
            ("a", "Bellissima la {{W:rosa}} col nome. Mandaci il nome esatto per il lettering"),
            (
                "c",
                "[[P:ROSA ANNUNZIATA]]. cosa mi piace lo vedi sul mio tiktok [[H:m4tt3o.sk8]] o sul canale [[U:youtube.com/@m4tt3osk8]], o sul profilo del mio amico [[P:lele]] [[H:skatepark_lele]]. su {{B:PS5}} sono [[H:xX_Cavazza_Xx]]",
            ),
            ("a", "Ok! Circa {{$:250 €}}, sessione di 3 ore. Nome e cognome per la scheda?"),
            ("c", "[[P:matteo cavazza]], [[T:3921184056]]"),
        ],
    },
    # 31. A Nigerian woman and her visiting sister want matching tattoos.
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Nkechi Obi",
        "lang": "en",
        "start": "2025-05-08T18:18:00",
        "messages": [
            (
                "c",
                "Hello! My sister [[P:Adaeze]] is visiting from [[L:Lagos]] next week and we want matching tattoos 🖤 are you open on Sunday? our mum [[P:Ngozi]] doesn't know yet 😂",
            ),
            (
                "a",
                "Hi! Sunday is only for sessions over 2h, sorry. Saturday {{D:17 May}}? [[P:Nadia]] has {{TM:15:00}} free",
            ),
            (
                "c",
                "Saturday works. I'm [[P:Nkechi]], [[T:+39 320 117 4452]]. design is a small {{W:sun}} with both our initials. her ig is [[H:adaeze_obi]], her art is on [[U:https://adaezeobi.art]] and my linktree [[U:linktr.ee/nkechi.obi]]",
            ),
            (
                "a",
                "Cute! Two small pieces {{$:180 €}} total. Please send full names for the consent forms",
            ),
            (
                "c",
                "[[P:Nkechi Obi]] and [[P:Adaeze Obi-Nwosu]]. also my flatmate [[P:Chiamaka]] wants to come and watch, ok?",
            ),
            ("a", "Sure, one guest max 🙂 See you! – [[P:Nadia]] @ {{B:Inchiostro Felsineo}}"),
        ],
    },
    # 32. A tattoo artist from Pozzuoli proposes a guest spot, with portfolio and contract details.
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Viola Santangelo",
        "lang": "it",
        "start": "2025-06-30T10:45:00",
        "messages": [
            (
                "c",
                "Ciao ragazzi, sono [[P:Viola Santangelo]], tatuatrice di [[L:Pozzuoli]]. Vi propongo una guest spot a {{D:settembre}}",
            ),
            ("a", "Ciao [[P:Viola]]! Mandaci pure il portfolio"),
            (
                "c",
                "Portfolio: [[U:https://violasantangelo-tattoo.example.com/portfolio]]\nIG: [[H:@viola.santangelo.tattoo]]\nbehance [[U:behance.net/violasantangelo]]",
            ),
            (
                "a",
                "Bellissimi i blackwork! [[P:Jacopo]] ti scrive per le date. Noi usiamo {{B:Dynamic}} ed {{B:Eternal Ink}}, ti va bene?",
            ),
            (
                "c",
                "Sì, porto le mie macchinette {{B:Cheyenne}}. Dati per il contratto: [[P:Viola Santangelo]], cf [[CF:SNTVLI93R57G964M]], p.iva [[V:03671200685]]",
            ),
            ("a", "Perfetto. Ci lasci anche una mail per il contratto?"),
            (
                "c",
                "[[E:viola.tattoo[at]example[dot]it]]. su telegram mi trovate come [[H:@violaink_na]], il mio socio [[P:Gennaro]] invece è [[H:genny_blackwork]]",
            ),
        ],
    },
    # 33. A customer with a red, swollen tattoo asks about aftercare, switching to English.
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "samira.k",
        "lang": "en",
        "start": "2025-07-21T08:50:00",
        "messages": [
            (
                "c",
                "ciao, ho fatto il tattoo con [[P:Nadia]] venerdì, ora è molto rosso e gonfio, è normale?",
                "it",
            ),
            (
                "a",
                "Ciao! Un po' di rossore nei primi giorni è normale. Ci mandi una foto? Usi la {{PD:Bepanthenol}}?",
                "it",
            ),
            (
                "c",
                "yes the bepanthenol. sorry my italian is not great, my mum is from [[L:Karachi]], can I write english? the tattoo is the {{W:Hope}} lettering on my forearm",
            ),
            (
                "a",
                "Of course! From the photo it looks ok, but if it gets hot or you get a fever, see a doctor",
            ),
            (
                "c",
                "my GP is dr [[P:Ferrante]] in [[L:Casalecchio]], I'll call him tomorrow. my friend [[P:Hope]] had the same and it was fine",
            ),
            ("a", "Keep us posted 🙏 and wash it only with {{PD:sapone neutro}}. – [[P:Nadia]]"),
            (
                "c",
                "thx. if ig is down I'm at [[E:samira.khan.bo@example.com]], my tattoo account is [[H:samira.inked]], or on my blog [[U:https://samirakhan.blogspot.com]] lol. I'm [[P:Samira Khan]] btw",
            ),
        ],
    },
    # 34. A man wants to cover up his ex-girlfriend's name.
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Fede L.",
        "lang": "it",
        "start": "2025-10-14T19:25:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Fede]], dovrei coprire un vecchio tattoo col nome della mia ex, [[P:Serena]] 🙄",
            ),
            ("a", "Un classico 😅 mandaci una foto, vediamo quanto è scuro"),
            (
                "c",
                "eccola. giornata {{W:serena}} per tutti tranne che per me lol, lei mi segue ancora su insta [[H:serenaa.b]] 🙄 mia sorella [[P:Bianca]] dice di farci sopra una tigre",
            ),
            (
                "a",
                "Si copre bene con un pezzo blackwork. [[P:Jacopo]] lo vede martedì, preventivo {{$:350 €}}",
            ),
            (
                "c",
                "ok! [[P:Federico Lanzoni]], sono di [[L:Imola]] ma abito a [[L:San Lazzaro di Savena]]. le mie foto se vi servono per capire lo stile: [[U:http://fedelanzoni.example.org]]",
            ),
            ("a", "Segnato ✅ prenotazione {{R:IF-0419}}. Porta un documento!"),
        ],
    },
    # 35. A hen party from Leeds books tiny matching stars and pays by card.
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Tamar Levi",
        "lang": "en",
        "start": "2025-07-09T14:02:00",
        "messages": [
            (
                "c",
                "Hi! We're a hen party from [[L:Leeds]] 👰 5 girls want tiny matching stars, doable on {{D:Saturday 26 July}}?",
            ),
            ("a", "Hi! Yes, tiny stars take about 15 min each, {{$:70 €}} per person. Names?"),
            (
                "c",
                "[[P:Tamar Levi]] (me), [[P:Jo Pritchard]] (the bride!!), [[P:Aisha Rahman]], [[P:Becky]] and [[P:Siobhan O'Neill]]. [[P:Aisha]] does makeup, ig [[H:aisha.rahman.mua]], she'll make us pretty for the photos",
            ),
            ("a", "Lovely 😍 any preference, [[P:Nadia]] or [[P:Jacopo]]?"),
            (
                "c",
                "whoever! [[P:Becky]] wants hers on the ankle, [[P:Jo]] on the finger. the hen do insta is [[H:@jos_last_fling_2025]] and the wedding site [[U:www.joandliam2025.example.co.uk]] 😂",
            ),
            (
                "a",
                "Booked {{TM:13:00}}–{{TM:15:00}}, ref {{R:IF-0588}}. Deposit {{$:100 €}} please, and bring ID!",
            ),
            (
                "c",
                "deposit on my visa [[C:4532 0177 4819 2633]], call me if it fails [[T:+44 7911 402 765]]. ps [[P:Siobhan]] is nervous, be gentle x",
            ),
        ],
    },
    # 36. A mother books maths lessons for her son before the exam, with a SEPA mandate.
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Viola De Luca",
        "lang": "it",
        "start": "2025-01-27T17:12:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Viola De Luca]], mamma di [[P:Leonardo]] (3ª media alla {{W:Michetti}}). cerco ripetizioni di matematica per l'esame",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:De Luca]]! La prof.ssa [[P:Marina Di Blasio]] ha martedì e giovedì alle {{TM:15:00}}, {{$:18 €}}/ora",
            ),
            (
                "c",
                "perfetto. può venire a casa? stiamo in [[A:via Tiburtina Valeria 412]], [[L:Villa del Fuoco]]",
            ),
            (
                "a",
                "A domicilio +{{$:3 €}}. Per la fattura detraibile ci servono nome e CF del genitore, e per l'addebito mensile l'IBAN",
            ),
            (
                "c",
                "[[P:Viola De Luca]] [[CF:dlcvli85e62g482y]], iban [[I:IT69 A032 6822 3000 5274 9183 601]]. mail [[E:viola.deluca85 @ example.it]]",
            ),
            (
                "a",
                "Grazie! Prima lezione {{D:martedì 4 febbraio}}. [[P:Marina]] suonerà al citofono",
            ),
            (
                "c",
                "ok, al citofono c'è scritto [[P:Ricci]], è il cognome di mio marito [[P:Gianluca]]",
            ),
        ],
    },
    # 37. An American mother in Montesilvano looks for Italian lessons for her shy daughter.
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Dana Whitfield",
        "lang": "en",
        "start": "2025-01-08T15:20:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Dana Whitfield]]. We moved from [[L:Portland, Oregon]] to [[L:Montesilvano]] last summer and my daughter [[P:Lily]] (10) struggles with Italian at school",
            ),
            (
                "a",
                "Hi [[P:Dana]]! We have {{PD:italiano L2}} courses for kids. [[P:Bianca]] teaches them, she's great with little ones",
            ),
            (
                "c",
                "Sounds great. Her teacher maestra [[P:Rosanna]] says she's shy but smart 😊 she only plays with [[P:Aurora]], the neighbours' girl. could [[P:Bianca]] do online sometimes? we have {{B:Zoom}}",
            ),
            ("a", "Yes, online or here at {{B:Stella Maris}}, [[A:via Nicola Fabrizi 201]]"),
            (
                "c",
                "In person is better. My husband [[P:Alessandro]] can drive her Mon/Wed, his number [[T:+39 389 774 0126]], mine is still US [[T:(503) 555-0187]]. I blog about the move at [[U:danainabruzzo.wordpress.com]] 🙈",
            ),
            (
                "a",
                "Perfect! First lesson {{D:Monday 13 January}} at {{TM:16:30}}. Confirmation to your email? – [[P:Elisa]], segreteria",
            ),
            (
                "c",
                "[[E:dana.whitfield@example.com]]. Thank you [[P:Elisa]]! [[P:Lily]] says grazie 😄",
            ),
        ],
    },
    # 38. A grandfather writes in capitals about his grandson's Latin and Greek.
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Franco Iezzi",
        "lang": "it",
        "start": "2025-06-16T06:58:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO IL NONNO DI [[P:NICCOLO' IEZZI]] IL RAGAZZO HA IL DEBITO IN LATINO E GRECO AL {{W:D'ANNUNZIO}}",
            ),
            (
                "a",
                "Buongiorno! Per latino e greco c'è il prof. [[P:Ettore Sabatini]], lezioni da {{$:20 €}}",
            ),
            (
                "c",
                "va bene, ma il ragazzo in settimana sta da sua madre a [[L:Spoltore]], mia figlia [[P:Gioia]]. il fine settimana viene da me a [[L:Rancitelli]]",
            ),
            ("a", "Possiamo fare il sabato mattina in sede alle {{TM:10}}. Le va bene?"),
            (
                "c",
                "SI. il numero di mia figlia è [[T:085 41 72 338]] e il mio cellulare [[T:333/4082915]], per la scuola chiamate lei",
            ),
            ("a", "Perfetto sig. [[P:Iezzi]], la richiamiamo. [[P:Elisa]]"),
            (
                "c",
                "grazie mille e tanti auguri di {{W:San Cetteo}} a tutti. sono stato {{W:fortunato}} a trovarvi",
            ),
        ],
    },
    # 39. An Eritrean mother asks about help with homework for her dyslexic son.
    {
        "business": "tutor",
        "platform": "telegram",
        "customer": "Rahel Tesfaye",
        "lang": "it",
        "start": "2025-09-15T16:00:00",
        "messages": [
            (
                "c",
                "buongiorno, mio figlio [[P:Yonas]] ha DSA, dislessia, la scuola dice serve aiuto compiti. quanto costa?",
            ),
            (
                "a",
                "Buongiorno! Per i ragazzi con DSA c'è il {{PD:percorso metodo di studio}}, {{$:120 €}} al mese, 2 pomeriggi. Quanti anni ha?",
            ),
            (
                "c",
                "12 anni, prima media. la assistente sociale dott.ssa [[P:Ranieri]] dice forse paga il comune, un bonus",
            ),
            (
                "a",
                "Sì, c'è il {{W:Bonus Doposcuola}} del Comune, info su {{W:www.comune.pescara.it}}. Serve l'ISEE",
            ),
            (
                "c",
                "ok. mia email [[E:rahel.tesfaye85@example.it]] per mandare documenti. abitiamo [[A:via Lago di Capestrano 20, scala D]], vicino [[P:Senait]] mia sorella",
            ),
            (
                "a",
                "Perfetto, ci mandi lì diagnosi e ISEE. Il tutor sarà [[P:Fortunato Mancini]], bravissimo con i DSA",
            ),
            ("c", "grazie. [[P:Yonas]] dice nome [[P:Fortunato]] porta fortuna 😀"),
        ],
    },
    # 40. A high-school student joins a physics group with two friends; her mother must sign.
    {
        "business": "tutor",
        "platform": "instagram",
        "customer": "sofi.dimarzio",
        "lang": "it",
        "start": "2025-03-04T20:33:00",
        "messages": [
            (
                "c",
                "ciaoo ho la maturità a {{D:giugno}} e fisica è un disastro 😭 fate lezioni di gruppo?",
            ),
            (
                "a",
                "Ciao! Sì, gruppi da 3-4 sull'{{PD:Amaldi}}. Al gruppo del giovedì manca 1 posto 😊",
            ),
            (
                "c",
                "top!! possono venire anche la mia amica [[P:mati]] ([[H:@matilde.ferr]]) e [[P:giulia]]? [[P:giulia]] su insta è [[H:giuliaaa_p]]. siamo del {{W:Galilei}}",
            ),
            (
                "a",
                "Ok per voi tre. Sei minorenne, quindi serve il nome di un genitore per l'iscrizione",
            ),
            (
                "c",
                "mamma si chiama [[P:Serena D'Intino]], mail [[E:serena.dintino@example.it]]. io sono [[P:Sofia Di Marzio]] comunque ahah",
            ),
            (
                "a",
                "Grazie [[P:Sofia]]! Giovedì alle {{TM:17:30}} col prof. [[P:Sabatini]], in sede in [[A:via Nicola Fabrizi 201]]",
            ),
        ],
    },
    # 41. A Romanian mother asks for online lessons while the family is at the grandparents'.
    {
        "business": "tutor",
        "platform": "whatsapp",
        "customer": "Mihaela Popescu",
        "lang": "it",
        "start": "2025-06-26T12:12:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Mihaela Popescu]], mamma di [[P:Andrei]] e [[P:Ioana]]. in estate siamo dai nonni in [[L:Romania]], si possono fare lezioni online?",
            ),
            ("a", "Buongiorno! Certo, su {{B:Google Meet}}. Da dove vi collegate?"),
            (
                "c",
                "da [[L:Suceava]], casa di mia madre [[P:Elena]], [[A:Strada Ștefan cel Mare nr. 34, bl. 2, ap. 7]]. internet a volte lento, il tecnico dice IP [[IP:2a02:2f0e:c10:4b00::1a7]] non so cosa vuol dire",
            ),
            (
                "a",
                "Non si preoccupi, basta una connessione decente. Il pagamento con bonifico? Le coordinate gliele mandiamo via mail",
            ),
            (
                "c",
                "si, mail [[E:mihaela_popescu AT example DOT ro]]. pago dal conto di mio marito [[P:Cristian]]",
            ),
            (
                "a",
                "Basta la causale «[[P:Andrei Popescu]] luglio». Lezioni con [[P:Bianca]] lunedì e venerdì alle {{TM:10:00}} ora italiana. {{W:Felice}} estate!",
            ),
            (
                "c",
                "perfetto. [[P:Ioana]] ha problemi anche con inglese, ditemi se [[P:Bianca]] fa anche inglese. mulțumesc!",
            ),
        ],
    },
    # 42. A formal complaint about a lesson that did not take place, and a refund.
    {
        "business": "tutor",
        "platform": "messenger",
        "customer": "Rosa Di Giacomo",
        "lang": "it",
        "start": "2025-03-13T09:05:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Doposcuola Stella Maris}},\ncon la presente segnalo che la lezione del {{D:12 marzo}} per mio figlio [[P:Gabriele Marchegiani]] non si è svolta, senza alcun preavviso.\nDistinti saluti\n[[P:Rosa Di Giacomo]]\n[[A:Via Ravenna 8]], [[A:65122]] [[L:Pescara]]\n[[T:347 0091 562]] – PEC [[E:rosa.digiacomo@pec.example.it]]",
            ),
            (
                "a",
                "Gentile sig.ra [[P:Di Giacomo]], ci scusiamo: la prof.ssa [[P:Di Blasio]] era ammalata e il messaggio non è partito. Recuperiamo sabato {{D:15 marzo}} gratuitamente.",
            ),
            (
                "c",
                "Accetto. Vorrei però il rimborso di quella lezione sul conto [[I:IT89 G010 3015 4000 0000 3921 874]]",
            ),
            (
                "a",
                "Certo, {{$:18 €}} rimborsati entro la settimana. Cordialmente, [[P:Elisa Pace]], segreteria",
            ),
            (
                "c",
                "Grazie. Le lezioni di [[P:Gabriele]] restano il lunedì? Se ci sono cambi avvisate anche mio marito [[P:Felice Marchegiani]]",
            ),
            (
                "a",
                "Sì, lunedì alle {{TM:15:00}} come sempre. Buona giornata e lasciamo in {{W:pace}} la povera prof 😅",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(64, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
