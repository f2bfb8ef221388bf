# ruff: noqa: E501
"""Hand-written blind test corpus no. 57 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten57_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): an optician in Perugia (Ottica Brunori), a
bridal-dress atelier in Bari (Atelier Nunzia Spose), a computer repair shop in Livorno
(LivornoPC Assistenza), a holiday-home manager in Val di Fassa (Ciasa Vërda Apartments), a
gelateria chain in Naples (Gelaterie Partenope) and a charity second-hand shop in Ancona run by
volunteers (Mercatino Solidale Il Ponte).

Regenerate with::

    .venv/bin/python tests/data/make_handwritten57_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten57_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "ottica": "Ottica Brunori Perugia",
    "atelier": "Atelier Nunzia Spose Bari",
    "pc": "LivornoPC Assistenza",
    "chalet": "Ciasa Vërda Apartments",
    "gelato": "Gelaterie Partenope",
    "mercatino": "Mercatino Solidale Il Ponte",
}
PAGE_IDS: dict[str, str] = {
    "ottica": "657350204118733",
    "atelier": "657350390562014",
    "pc": "657350471209385",
    "chalet": "657350588036127",
    "gelato": "657350612947750",
    "mercatino": "657350730581496",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Optician: a wife asks about her husband's progressive glasses and has them shipped home.
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Rosa Bellucci",
        "lang": "it",
        "start": "2025-02-18T08:41:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:rosa bellucci]] volevo sapere se sono pronti gli occhiali progressivi di mio marito [[P:Fortunato]], li avevamo ordinati il {{D:3 febbraio}}",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Bellucci]]! Sì, le lenti {{PD:Varilux Comfort}} sono arrivate ieri e sono già montate sulla {{B:Persol}} che aveva scelto suo marito. Resta il saldo di {{$:245 €}}. [[P:Chiara]]",
            ),
            (
                "c",
                "meno male, finalmente una giornata {{W:fortunata}} 😅 pero [[P:Fortunto]] si e rotto il piede giocando a bocce col cognato [[P:Franco]] e nn guida, potete spedirli?",
            ),
            (
                "a",
                "Certo, nessun problema. Mi scrive l'indirizzo completo e un numero per il corriere? Il saldo può farlo con bonifico o in contanti al corriere.",
            ),
            (
                "c",
                "[[A:via del Pozzo Campana 17 scala B]]\n[[A:06123]] [[L:Perugia]]\ncitofono [[P:Bellucci Ranieri]]\ncell [[T:349 218 7705]] oppure mia figlia [[P:Marina]] [[T:3405561892]]",
            ),
            (
                "a",
                "Perfetto! Spediti con {{B:BRT}}, tracking {{TR:05310092441877}}, lo segue su {{W:https://www.brt.it/it/tracking}}. Consegna prevista {{D:giovedì 20}}. Un abbraccio a [[P:Fortunato]] e pronta guarigione 🙏 [[P:Chiara]] di {{B:Ottica Brunori}}",
            ),
            (
                "c",
                "grazie mille siete sempre gentilissimi, saluti anche da [[P:Marina]] e dal piccolo [[P:Leo]]",
            ),
        ],
    },
    # 2. Optician: an exchange student from Ghana books an eye test in English, her flatmate needs lenses.
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "akosua.mb",
        "lang": "en",
        "start": "2025-04-14T10:05:00",
        "messages": [
            (
                "c",
                "Hi!! I'm [[P:Akosua]], exchange student at the {{W:Università per Stranieri}} 🇬🇭 I sat on my glasses this morning 😭 do you do eye tests in english?",
            ),
            (
                "a",
                "Hi [[P:Akosua]]! Oh no 😅 Yes, our optometrist Dr [[P:Serena Falaschi]] speaks English. We have a free slot on {{D:Thursday 17 April}} at {{TM:4:15 pm}}. Can you send me your full name and a phone number?",
            ),
            (
                "c",
                "[[P:Akosua Mensah-Boateng]]. italian sim is [[T:+39 351 448 2093]] but i answer faster on whatsapp with my ghana number [[T:+233 24 581 7730]]",
            ),
            (
                "a",
                "Booked ✅ reference {{R:APP-0417-22}}. We are at [[A:Corso Vannucci 88, first floor]], two minutes from the {{W:Fontana Maggiore}}. Bring the broken frame, we might save the lenses. You can also check our opening hours on {{W:www.otticabrunori.example.it}}",
            ),
            (
                "c",
                "great!! my flatmate [[P:Ivy]] needs contact lenses too, can she come with me? she's from [[L:Singapore]] and her old prescription is in chinese lol",
            ),
            (
                "a",
                "Sure, tell [[P:Ivy]] to come along, we can read it 😊 Daily lenses like {{PD:Acuvue Oasys 1-Day}} start at {{$:€29}} a box. See you Thursday! [[P:Chiara]]",
            ),
            (
                "c",
                "perfect, she'll dm you, she's [[H:@ivy.tan.sg]] 🌿 also the {{W:ivy}} plant in your window is sooo cute",
            ),
        ],
    },
    # 3. Optician: a surveyor asks, in a formal letter, for an invoice to his sole-trader studio.
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Bruno Ceccarelli",
        "lang": "it",
        "start": "2025-03-04T16:22:00",
        "messages": [
            (
                "c",
                "Buonasera,\nsono il geom. [[P:Bruno Ceccarelli]]. Per gli occhiali da lavoro acquistati presso di voi il {{D:12/02/2025}} (scontrino {{R:n. 0318}}) avrei bisogno della fattura intestata al mio studio:\n\n{{B:Studio Tecnico Ceccarelli}}\n[[A:Via Settevalli 233/B]]\n[[A:06129]] [[L:Perugia]] (PG)\nP.IVA [[V:01938470547]]\nC.F. [[CF:CCCBRN65P09G478P]]\nPEC [[E:studio.ceccarelli@pec.example.it]]\n\nCordiali saluti\n[[P:Bruno Ceccarelli]]",
            ),
            (
                "a",
                "Buonasera geometra, la ringraziamo. Emettiamo la fattura elettronica entro domani; ha un codice destinatario SDI o usiamo la PEC? Il cognome è [[P:C-E-C-C-A-R-E-L-L-I]] con due C e due L, giusto?",
            ),
            (
                "c",
                "Esatto. Usate pure la PEC. Ah, dimenticavo: gli occhiali li usa anche il mio collaboratore [[P:Franco Lilli]], che abita a [[L:Magione]], ma la fattura resta a me. Se serve il mio cellulare è [[T:338.4471.902]]",
            ),
            (
                "a",
                "Perfetto. Fattura {{R:n. 57/2025}} di {{$:€ 312,00}} inviata alla PEC, la trova anche nel cassetto fiscale su {{W:www.agenziaentrate.gov.it}}. Per qualunque cosa chiami pure in negozio allo [[T:075 572 9031]]. Cordiali saluti, [[P:Lorenzo Brunori]]",
            ),
            ("c", "Ricevuta, grazie. Buon lavoro e saluti a suo padre [[P:Alvaro]]."),
        ],
    },
    # 4. Optician: a mother books an eye test for her daughters Viola and Bianca, who want frames in their colours.
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Gemma Tiberi",
        "lang": "it",
        "start": "2025-09-02T17:48:00",
        "messages": [
            (
                "c",
                "ciao!! sono [[P:Gemma]], la mamma di [[P:Viola]] e [[P:Bianca]] 👧👧 la pediatra, la dott.ssa [[P:Mariotti]], ci ha detto di fare un controllo della vista prima della scuola",
            ),
            (
                "a",
                "Ciao [[P:Gemma]]! Certo, per i bambini la dott.ssa [[P:Falaschi]] riceve il mercoledì pomeriggio. Va bene {{D:mercoledì 10 settembre}} alle {{TM:17:00}}?",
            ),
            (
                "c",
                "perfetto. se servono gli occhiali, [[P:viola]] vuole la montatura {{W:viola}} ovviamente 😂 e [[P:bianca]] quella {{W:bianca}} coi brillantini",
            ),
            (
                "a",
                "Ahah abbiamo la linea {{PD:Miraflex}} in tutti i colori, anche {{W:rosa}} e {{W:celeste}}! Mi lascia nome e cognome per la scheda?",
            ),
            (
                "c",
                "[[P:Gemma Tiberi]], le bimbe fanno [[P:Viola Mancini]] e [[P:Bianca Mancini]]. Viene anche il papà [[P:Stefano]] se esce prima dal lavoro a [[L:Foligno]], lui è [[T:333 20 41 876]]",
            ),
            ("a", "Segnato tutto ✍️ A mercoledì [[P:Gemma]]! [[P:Chiara]]"),
        ],
    },
    # 5. Optician: a Romanian carer subscribes to monthly contact lenses, obfuscated e-mail.
    {
        "business": "ottica",
        "platform": "telegram",
        "customer": "Ioana P.",
        "lang": "it",
        "start": "2025-05-21T12:10:00",
        "messages": [
            (
                "c",
                "Buna ziua, scusate mio italiano. Io sono [[P:Ioana Popescu]], lavoro come badante da signora [[P:Rosa]] a [[L:Ponte San Giovanni]]. Io voglio abbonamento lenti a contatto mensili",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]]! Nessun problema, il suo italiano va benissimo 😊 L'abbonamento costa {{$:18 € al mese}} e le lenti arrivano a casa ogni 3 mesi. Mi serve indirizzo e una email.",
            ),
            (
                "c",
                "adresa e [[A:Strada Perugia-Ponte Valleceppi n. 112]], [[A:06135]]. email [[E:ioana punto popescu chiocciola example punto com]]",
            ),
            (
                "a",
                "Grazie! Intende [[E:ioana.popescu@example.com]] giusto? Se lei non c'è, lasciamo il pacco alla signora?",
            ),
            (
                "c",
                "si giusto. la signora si chiama [[P:Rosa Cardinali]], lei sempre a casa 😊 se non risponde chiamate me, ho ancora numero romeno [[T:+40 723 118 594]]. mio figlio [[P:Andrei]] sta a [[L:Cluj]] e parla meglio italiano, [[T:0040 745 302 817]]",
            ),
            (
                "a",
                "Perfetto, tutto registrato. Primo invio {{D:lunedì 26 maggio}}, ordine {{O:AB-2291}}, le arriverà il codice di spedizione {{TR:JD014600009873412}} per SMS. Buona giornata a lei e alla signora [[P:Cardinali]]! [[P:Lorenzo]]",
            ),
        ],
    },
    # 6. Optician: an American tourist's wife Hope left her sunglasses in the shop; "mark", "hope" and "bill" as words.
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Mark Whitaker",
        "lang": "en",
        "start": "2025-07-08T09:30:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Mark Whitaker]], we came into your shop yesterday afternoon, we're staying in [[L:Perugia]] for {{W:Umbria Jazz}}. I think my wife [[P:Hope]] left her sunglasses on the counter, {{B:Ray-Ban}} {{PD:Wayfarer}} in a brown case?",
            ),
            (
                "a",
                "Good morning Mr [[P:Whitaker]]! Yes, we found them, they are safe in the drawer 😊 Just so you know, there's a small {{W:mark}} on the left lens, I think it was already there.",
            ),
            (
                "c",
                "Yes that {{W:mark}} is old, no worries. I {{W:hope}} we can pick them up today, we leave for [[L:Assisi]] tomorrow morning and then fly home to [[L:Portland]]",
            ),
            (
                "a",
                "We're open until {{TM:7:30 pm}}. If it's easier, we can leave them at your hotel reception, which hotel are you in?",
            ),
            (
                "c",
                "We're in a rental apartment, [[A:via della Viola 9]], the owner is Signora [[P:Marcucci]]. Her number is [[T:+39 075 573 11 48]] if you need to ring",
            ),
            (
                "a",
                "Perfect, I'll drop them off myself after closing. My name is [[P:Lorenzo]]. No charge of course, no {{W:bill}} 😉",
            ),
            (
                "c",
                "Thank you so much [[P:Lorenzo]], [[P:Hope]] says you're a star! ⭐ We'll leave a review. Cheers, [[P:Mark]] & [[P:Hope]]",
            ),
        ],
    },
    # 7. Optician: a grandson asks whether his grandmother Speranza's old frame can be repaired; home pickup.
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Matteo Cruciani",
        "lang": "it",
        "start": "2025-11-11T15:05:00",
        "messages": [
            (
                "c",
                "salve scrivo per mia nonna [[P:Speranza]] le si sono rotti gli occhiali la stanghetta destra si e staccata c'e {{W:speranza}} di ripararli o tocca ricomprarli",
            ),
            (
                "a",
                "Buongiorno! Se la montatura è in metallo spesso si salda. Può mandare una foto?",
            ),
            (
                "c",
                "[foto] sono dei {{B:Silhouette}} vecchissimi li ha da quando c'era il nonno [[P:Felice]] pace all'anima",
            ),
            (
                "a",
                "Sì, si possono riparare, circa {{$:25-30 euro}} e una settimana di tempo. Per i clienti anziani facciamo anche il ritiro a domicilio a {{W:Perugia}} e dintorni, le interessa?",
            ),
            (
                "c",
                "si meglio, lei sta a [[L:Ellera]], [[A:via Gramsci 14/a]], sopra la farmacia. Il campanello e [[P:Speranza Cruciani]]. io sono [[P:Matteo]] il nipote, [[T:3287734190]], se nn rispondo c'e mia zia [[P:Loredana]]",
            ),
            (
                "a",
                "Perfetto [[P:Matteo]], passa il nostro collega [[P:Nicolò]] {{D:giovedì}} mattina tra le {{TM:10:00}} e le {{TM:11:00}}. Salutaci nonna [[P:Speranza]]! [[P:Chiara]]",
            ),
        ],
    },
    # --- atelier ---
    # 8. Bridal atelier: a bride named Gioia books a fitting with mother, sister and maid of honour; Rosa Clará as a brand.
    {
        "business": "atelier",
        "platform": "instagram",
        "customer": "gioia.lorusso",
        "lang": "it",
        "start": "2025-01-20T19:12:00",
        "messages": [
            (
                "c",
                "Ciaoo! mi sposo il {{D:13 settembre}} 💍 vorrei prenotare una prova abiti, ho visto nel vostro profilo un {{B:Rosa Clará}} stupendo",
            ),
            (
                "a",
                "Ciao e auguri!! Che {{W:gioia}} 😍 Certo, abbiamo la collezione {{B:Rosa Clará}} {{D:2025}} e anche {{B:Pronovias}}. Come ti chiami?",
            ),
            (
                "c",
                "ahah mi chiamo proprio [[P:Gioia]] 😂 [[P:Gioia Lorusso]]. verrei con mia mamma [[P:Carmela]], mia sorella [[P:Stella]] e la mia testimone [[P:Dalila Fanelli]]",
            ),
            (
                "a",
                "Destino! 😄 Va bene {{D:sabato 1 febbraio}} alle {{TM:10:30}}? La prova dura circa due ore e ti seguirà [[P:Dolores]]. Per la scheda cliente ci servono un numero e il codice fiscale",
            ),
            (
                "c",
                "perfetto! [[T:333 918 2207]], cf [[CF:LRSGIO94H61A662Q]]. ah una domanda, fate anche abiti {{W:rosa}} cipria? mia madre dice che sono da pazze ma a me piacciono",
            ),
            (
                "a",
                "Sì!! Ne abbiamo tre in {{W:rosa}} cipria. Porta pure la mamma, la convinciamo noi 😉 [[P:Nunzia]]",
            ),
            (
                "c",
                "grandee. ps mia sorella [[P:stella]] vuole seguirvi, è [[H:@stellalorusso_]] ([[U:instagram.com/stellalorusso_]]) fa la truccatrice, magari vi serve 💄",
            ),
        ],
    },
    # 9. Bridal atelier: an English bride from Manchester plans fittings, UK shipping address, refund details.
    {
        "business": "atelier",
        "platform": "messenger",
        "customer": "Grace Holloway",
        "lang": "en",
        "start": "2025-03-10T21:40:00",
        "messages": [
            (
                "c",
                "Hi there! My name is [[P:Grace Holloway]], I'm getting married at a masseria near {{W:Polignano a Mare}} in June 😍 I live in [[L:Manchester]] so I can only come to [[L:Bari]] twice. Do you ship altered dresses to the UK?",
            ),
            (
                "a",
                "Hi [[P:Grace]], congratulations! Yes, we ship to the UK with {{B:DHL Express}}, usually 3-4 working days (our last one to a bride in [[L:Sheffield]] was tracking {{TR:1Z4E729A6811305524}}, arrived in 3 days). We would do the first fitting in person and the final alterations from measurements. When will you be in [[L:Bari]]?",
            ),
            (
                "c",
                "{{D:April 12th}} to {{D:15th}}. My mum [[P:Rosemary]] and my fiancé's sister [[P:Aoife]] are coming too. Shipping address would be [[A:27 Kingsbridge Road]], [[L:Didsbury]], [[L:Manchester]] [[A:M20 6GH]]",
            ),
            (
                "a",
                "Perfect. I've booked you on {{D:Saturday 12 April}} at {{TM:11:00}}, ref {{R:PR-0412-03}}. Please send me an email address for the contract and your phone number.",
            ),
            (
                "c",
                "[[E:grace.holloway@example.co.uk]] and mobile [[T:+44 7700 900417]]. Is there a {{W:grace}} period if we need to change the date? Our venue is still confirming lol. If you ever need to refund anything: [[I:GB82 NWBK 6016 1348 2073 15]]",
            ),
            (
                "a",
                "Yes, you can move the appointment up to 48 hours before at no charge 😊 Fingers crossed for the venue! [[P:Nunzia]]",
            ),
            (
                "c",
                "Amazing, thank you [[P:Nunzia]]! My fiancé [[P:Ciarán]] made a silly website for the guests, [[U:https://gracexciaran.example.com]], and my dress ideas are all here (don't judge): [[U:https://www.pinterest.com/graceholloway_weds/]]",
            ),
        ],
    },
    # 10. Bridal atelier: Bianca pays the deposit and pastes her father's card in the chat; "bianco" as a colour.
    {
        "business": "atelier",
        "platform": "whatsapp",
        "customer": "Bianca De Palo",
        "lang": "it",
        "start": "2025-04-02T11:15:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Bianca De Palo]] ho provato sabato l'abito {{PD:modello Aurora}} con [[P:Annamaria]] e ho deciso di prenderlo!!! 😭😭",
            ),
            (
                "a",
                "Evviva [[P:Bianca]]!! 🥂 Per confermare serve un acconto del 30%, cioè {{$:€ 690}}. Può passare in negozio o pagare con bonifico o carta.",
            ),
            (
                "c",
                "faccio con carta cosi faccio prima, [[C:4532 0187 7461 0936]] scad 08/27 intestata a mio padre [[P:Nicola De Palo]], lui è d'accordo",
            ),
            (
                "a",
                "Grazie, ma per sicurezza non mandi mai i dati della carta in chat 🙏 Le mandiamo un link di pagamento sicuro per email. Mi scrive l'indirizzo?",
            ),
            (
                "c",
                "ops scusate 🙈 [[E:bianca.depalo94@example.it]]. il papà [[P:Nicola]] mi ha già sgridato",
            ),
            (
                "a",
                "Inviato! Appena paga ordiniamo la taglia 42 al fornitore (ordine {{O:ORD-2025-0318}}). Lo preferisce {{W:bianco}} ottico o avorio? Con la sua carnagione io direi avorio 😉 [[P:Nunzia]]",
            ),
            (
                "c",
                "avorio! una sposa che si chiama [[P:Bianca]] vestita di {{W:bianco}} ottico sarebbe troppo 😂",
            ),
        ],
    },
    # 11. Bridal atelier: the groom's mother, writing in Bari dialect, wants a surprise ceremony dress.
    {
        "business": "atelier",
        "platform": "whatsapp",
        "customer": "Mimma Lopez",
        "lang": "it",
        "start": "2025-05-06T18:20:00",
        "messages": [
            (
                "c",
                "Bbuonasera signò sono la mamma di [[P:Franco]], lo sposo di [[P:Ilenia Sciacovelli]]. m'hann ditt che fate pure gli abiti per la mamma dello sposo, ié vero?",
            ),
            ("a", "Buonasera signora! Sì certo, abbiamo una linea cerimonia. Come si chiama lei?"),
            (
                "c",
                "[[P:Domenica Lopez]] ma tutt' me chiamn [[P:Mimma]]. vuless na cos elegant ma nu tropp, che so nu poc grossa 😂 e a [[P:Franchino]] mio nun ci dicete nient, è sorpresa. mia nipote dice di mandarvi il feisbuk [[U:facebook.com/mimma.lopez.5]]",
            ),
            (
                "a",
                "Ahah promesso, acqua in bocca! 🤐 Venga quando vuole, siamo in [[A:via Sparano da Bari 142]], primo piano. Il sabato siamo aperti fino alle {{TM:20:00}}, tranne il {{D:9 maggio}} per {{D:San Nicola}}.",
            ),
            (
                "c",
                "vengo sabato con mia cognata [[P:Teresa]] e mia nipote [[P:Angelica]], lei guida che io nn so parcheggiare a [[L:Bari]] centro, noi stamm a [[L:Modugno]], [[A:vico II Roma 6]]",
            ),
            (
                "a",
                "Perfetto! E se serve la consegna a casa, il trasporto è {{W:franco}} domicilio in tutta la provincia 😉 A sabato, [[P:Annamaria]]",
            ),
        ],
    },
    # 12. Bridal atelier: a wedding photographer proposes a shoot, sends portfolio, handle and business data.
    {
        "business": "atelier",
        "platform": "instagram",
        "customer": "luca.marzano.ph",
        "lang": "it",
        "start": "2025-06-17T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno {{B:Atelier Nunzia Spose}}! Sono [[P:Luca Marzano]], fotografo di matrimoni, vivo a [[L:Monopoli]]. Mi piacerebbe proporvi uno shooting editoriale con i vostri abiti per la nuova collezione",
            ),
            ("a", "Buongiorno [[P:Luca]]! Ci interessa molto. Ha un portfolio da mandarci?"),
            (
                "c",
                "Certo: [[U:https://www.lucamarzano-photo.example.it/portfolio]] e su Instagram mi trovate come [[H:@luca.marzano.ph]]. Lavoro spesso con la make-up artist [[P:Rossella Amoruso]] ([[H:@rossella_mua]], [[U:linktr.ee/rossella_mua]]), potremmo coinvolgerla",
            ),
            (
                "a",
                "Bellissimi lavori! Per il contratto di collaborazione ci servirebbero i suoi dati fiscali.",
            ),
            (
                "c",
                "[[P:Luca Marzano]]\n[[A:via Giuseppe Garibaldi 61]]\n[[A:70043]] [[L:Monopoli]] (BA)\nP.IVA [[V:07418200726]]\n[[E:info@lucamarzano-photo.example.it]]\n[[T:+39 347 662 0814]]",
            ),
            (
                "a",
                "Perfetto, le mandiamo la bozza entro venerdì. Come modella pensavamo a una nostra sposa dell'anno scorso, [[P:Marina Colella]], che ci ha già detto sì 😊 Location: la spiaggia di {{W:Cala Porta Vecchia}}",
            ),
            (
                "c",
                "Top! La conosco [[P:Marina]], ho fotografato il matrimonio di sua cugina [[P:Vanessa]]. Poi possiamo fare due scatti al tramonto alla {{W:marina}}, dopo le {{TM:19:30}} la luce è perfetta",
            ),
        ],
    },
    # 13. Bridal atelier: an Albanian bride postpones the wedding and gives her IBAN for the refund.
    {
        "business": "atelier",
        "platform": "telegram",
        "customer": "Elira H.",
        "lang": "it",
        "start": "2025-08-25T14:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Elira Hoxha]]. Io avevo pagato {{$:150 euro}} per prova di abito per {{D:6 settembre}} ma mio fidanzato [[P:Arben]] ha perso lavoro e matrimonio è rimandato 😔 è possibile avere soldi indietro?",
            ),
            (
                "a",
                "Buongiorno [[P:Elira]], ci dispiace tantissimo. Sì, dato che ha avvisato con più di 7 giorni rimborsiamo tutto. Ci manda l'IBAN e l'intestatario?",
            ),
            (
                "c",
                "IBAN [[I:IT77B0538738520000004219773]] intestato [[P:Elira Hoxha]]. Grazie mille. Mia mamma [[P:Drita]] che vive a [[L:Durazzo]] piange più di me 😅",
            ),
            (
                "a",
                "Bonifico fatto oggi, riferimento {{R:RIMB-2025-044}}. Quando deciderete la nuova data noi siamo qui 💛 Un abbraccio anche ad [[P:Arben]]. [[P:Dolores]]",
            ),
            (
                "c",
                "Grazie [[P:Dolores]], siete brave persone. forse {{D:marzo}} o {{D:aprile}}, dopo {{D:Pasqua}}, vi scrivo",
            ),
        ],
    },
    # 14. Bridal atelier: the bride Serena sends the list of bridesmaids with sizes; "serena" and "rosa" as words.
    {
        "business": "atelier",
        "platform": "whatsapp",
        "customer": "Serena Lacalamita",
        "lang": "it",
        "start": "2025-10-03T20:05:00",
        "messages": [
            (
                "c",
                "ciao [[P:Nunzia]]!! allora ti mando la lista delle damigelle con le taglie come mi avevi chiesto 👇",
            ),
            (
                "c",
                "1. [[P:Francesca Lacalamita]] (mia sorella) 44\n2. [[P:Viviana Rutigliano]] 40\n3. [[P:Mei Lin]] 38\n4. [[P:Fatou Ndiaye]] 42\n5. [[P:Rosa]] la cugina di [[P:Vito]] 46\ncolore salvia per tutte tranne [[P:rosa]] che vuole il {{W:rosa}} antico 🙄",
            ),
            (
                "a",
                "Ricevuto [[P:Serena]]! 5 abiti {{PD:Amelia}} in chiffon, {{$:€ 180}} cadauno. Per [[P:Rosa]] va benissimo il {{W:rosa}} antico, staccherà bene 😄",
            ),
            (
                "c",
                "perfetto. le ragazze vengono a misurare sabato {{D:18 ottobre}}, tranne [[P:Fatou]] che vive a [[L:Torino]], lei manda le misure per mail da [[E:fatou.ndiaye@example.org]]. ah e il sito del matrimonio è [[U:www.serenaevito.example.it]] se volete vedere i colori",
            ),
            ("a", "Va benissimo. Stai {{W:serena}}, ci pensiamo noi 😉"),
            (
                "c",
                "ahahah {{W:serena}} è una parola grossa a 2 mesi dal matrimonio 😂😂 [[P:Vito]] dice di salutarvi",
            ),
        ],
    },
    # --- computer repair ---
    # 15. Computer repair: a hardware-shop owner has an IP conflict between POS and till PC, then wants the invoice to his sole-trader firm.
    {
        "business": "pc",
        "platform": "whatsapp",
        "customer": "Leone Bartolini",
        "lang": "it",
        "start": "2025-02-03T09:12:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Leone]] della {{B:Ferramenta Bartolini}} in [[A:via Grande 210]]. Da stamattina il wifi del negozio va e viene e il POS non si collega, mio figlio [[P:Nico]] ha già spento e riacceso tutto",
            ),
            (
                "a",
                "Buongiorno [[P:Leone]]! Proviamo da remoto. Che indirizzo IP ha il POS? Lo trova nel menu impostazioni > rete.",
            ),
            (
                "c",
                "allora il pos dice [[IP:192.168.1.37]] e il pc della cassa [[IP:192.168.1.37]] pure 🤔 è normale?",
            ),
            (
                "a",
                "Ecco il problema, conflitto di IP! Imposto il POS fisso su [[IP:192.168.1.200]]. Per entrare nel router mi serve l'IP pubblico, lo legge su {{W:www.whatismyip.com}}",
            ),
            ("c", "[[IP:93.41.187.22]]"),
            (
                "a",
                "Fatto, ora dovrebbe andare. Come DNS ho messo {{W:1.1.1.1}} e {{W:8.8.8.8}}. Intervento remoto {{$:€ 40 + IVA}}, faccio fattura ai soliti dati? [[P:Sandro]]",
            ),
            (
                "c",
                "si pero ora intestatela a me come ditta individuale che ho cambiato commercialista: [[P:Bartolini Leone]], C.F. [[CF:BRTLNE79A05E625K]], P.IVA [[V:05277140496]], il codice sdi chiedetelo al dottor [[P:Mazzantini]] [[T:0586 88 21 40]]. ah comunque sono del {{W:Leone}}, per questo il router mi odia 😂",
            ),
        ],
    },
    # 16. Computer repair: an 81-year-old, by voice-to-text, had his e-mail hacked; spelled-out phone, home visit.
    {
        "business": "pc",
        "platform": "messenger",
        "customer": "Giuseppe Fontanelli",
        "lang": "it",
        "start": "2025-03-19T10:44:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Giuseppe Fontanelli]] ho 81 anni mia nipote [[P:Serena]] dice che mi hanno rubato la posta elettronica e mandano messaggi strani a tutti punto mi aiutate",
            ),
            (
                "a",
                "Buongiorno signor [[P:Fontanelli]], niente paura, si risolve. Qual è il suo indirizzo email?",
            ),
            (
                "c",
                "allora è [[E:beppe punto fontanelli chiocciola example punto it]] tutto attaccato punto il cognome si scrive [[P:F O N T A N E L L I]]",
            ),
            (
                "a",
                "Ok, quindi [[E:beppe.fontanelli@example.it]]. Bisogna cambiare la password e controllare il numero di recupero. Le è arrivato un SMS con un codice?",
            ),
            (
                "c",
                "non lo so il telefono ce l'ha mia figlia [[P:Luciana]] il numero di recupero è il suo [[T:tre quattro sette otto uno due quattro quattro zero nove]]",
            ),
            (
                "a",
                "Perfetto. Se preferisce passiamo noi a casa, per gli over 75 il servizio a domicilio è gratuito. Dove abita?",
            ),
            (
                "c",
                "[[A:scali d'Azeglio 38 secondo piano interno 5]] in zona [[L:Venezia Nuova]] il cognome sul campanello è [[P:Fontanelli Mori]] perché c'è anche quello della mia povera moglie [[P:Gina]]",
            ),
            (
                "a",
                "Passiamo {{D:domani}} alle {{TM:15:00}}, viene la tecnica [[P:Ilaria]]. Sua figlia può scriverci per conferma anche a [[E:assistenza@livornopc.example.it]]. [[P:Sandro]]",
            ),
        ],
    },
    # 17. Computer repair: a Nigerian researcher's laptop won't boot after an update; GitHub and personal site.
    {
        "business": "pc",
        "platform": "telegram",
        "customer": "Chiamaka O.",
        "lang": "en",
        "start": "2025-04-28T13:20:00",
        "messages": [
            (
                "c",
                "Hello, is this the computer repair shop near {{W:Piazza della Repubblica}}? I'm [[P:Chiamaka Okafor]], researcher at the {{B:CNR}}, I've been living in [[L:Livorno]] since january",
            ),
            ("a", "Hi [[P:Chiamaka]], yes that's us! How can we help?"),
            (
                "c",
                "My {{B:Dell}} {{PD:XPS 13}} won't boot after a {{B:Windows}} update, and I have all my code on it 😫 most is on github ([[U:github.com/chiamaka-okafor]]) but not the last 2 weeks. my papers are on [[U:https://chiamaka.example.dev]] at least",
            ),
            (
                "a",
                "Don't worry, the disk is probably fine. Bring it in, we're at [[A:via Ricasoli 57]], open {{TM:9:00}}-{{TM:19:00}}. Can I have a phone number for the repair ticket?",
            ),
            (
                "c",
                "[[T:+39 389 207 5513]]. If I don't pick up, my husband [[P:Emeka]] can collect it, his number is [[T:+234 803 552 1846]] and he's on WhatsApp",
            ),
            ("a", "Ticket {{R:LPC-2291}} opened. We'll call you by {{D:Wednesday}}. [[P:Sandro]]"),
            (
                "c",
                "Thanks [[P:Sandro]]! ps the login email on the laptop is [[E:c.okafor@example.org]], the wifi at home gives it [[IP:10.0.0.23]] if that matters",
            ),
        ],
    },
    # 18. Computer repair: a 16-year-old wants a gaming PC, his mother Stella pays; gamertag and Twitch/YouTube links.
    {
        "business": "pc",
        "platform": "instagram",
        "customer": "tommy_lvrn",
        "lang": "it",
        "start": "2025-06-09T22:15:00",
        "messages": [
            (
                "c",
                "raga quanto costa montare un pc gaming con una {{PD:RTX 4060}}? budget {{$:900}} massimo",
            ),
            (
                "a",
                "Ciao! Con {{$:900 €}} facciamo una bella build 🔥 Quanti anni hai? Per i minorenni serve un genitore al ritiro",
            ),
            (
                "c",
                "16 ma paga mia mamma [[P:Stella]] tranqui. io sono [[P:Tommaso]] ma in game sono [[H:xXTommyStellaXx]] 😂 mi trovi su twitch [[U:twitch.tv/tommy_lvrn]] e su yt [[U:youtube.com/@tommylvrn]]",
            ),
            (
                "a",
                "Ahah ok [[P:Tommaso]] 😄 Fai scrivere tua mamma su WhatsApp al [[T:0586 401 772]] così fissiamo. Se confermate entro {{D:venerdì}} la scheda video arriva con il corriere, ordine {{O:20931}}.",
            ),
            (
                "c",
                "ok le dico. ah se potete mettete i led {{W:viola}} e {{W:rosa}} che fa tanto {{PD:Fortnite}}. il mio amico [[P:Kevin]] li ha così",
            ),
            (
                "a",
                "Si fa! Sarà la tua {{W:stella}} personale 🌟 Ci sentiamo con la mamma. [[P:Ilaria]]",
            ),
            (
                "c",
                "grz! mia mamma su whatsapp è [[P:Stella Nardini]], se vi scrive un numero che nn conoscete è lei [[T:+39 338 014 7726]]",
            ),
        ],
    },
    # 19. Computer repair: a Chinese mother wants the photos of her daughter back from a phone that fell in the sea.
    {
        "business": "pc",
        "platform": "whatsapp",
        "customer": "Wang Fang",
        "lang": "it",
        "start": "2025-07-14T16:02:00",
        "messages": [
            (
                "c",
                "你好 buongiorno, io sono [[P:王芳]], nome italiano [[P:Wang Fang]]. Telefono caduto in acqua al mare ad [[L:Antignano]], io volevo recuperare foto di mia figlia [[P:Lili]]",
            ),
            (
                "a",
                "Buongiorno! Ci dispiace. Non lo accenda e non lo metta in carica. Che modello è?",
            ),
            (
                "c",
                "{{B:Xiaomi}} {{PD:Redmi Note 12}}. foto forse anche su cloud, account [[E:wangfang88@example.cn]]",
            ),
            (
                "a",
                "Se c'è il backup è facile. Lo porti in negozio oggi, domani alle {{TM:12:00}} le diciamo. Serve un nome per la scheda.",
            ),
            (
                "c",
                "ok. mio marito [[P:Chen Jun]] porta alle 6. suo WeChat [[H:chenjun_lvn]], scrivete lì per favore, mio italiano nn buono",
            ),
            (
                "a",
                "Nessun problema, il suo italiano va benissimo 😊 Scheda {{R:LPC-2318}} a nome [[P:Chen Jun]]. A dopo! [[P:Ilaria]]",
            ),
            (
                "c",
                "Hello, this is [[P:Chen Jun]], husband of [[P:Fang]], I use her phone. I come at 6 pm with the phone in rice bag 🍚 my number is [[T:+39 366 218 4407]]",
                "en",
            ),
            (
                "a",
                "Hi [[P:Chen]], perfect, see you at 6 pm! Please no more rice, it doesn't really help 😅",
                "en",
            ),
        ],
    },
    # 20. Computer repair: a B&B owner in the countryside needs wifi in the barn rooms; static IP, IBAN for payment.
    {
        "business": "pc",
        "platform": "messenger",
        "customer": "Marzia Orsini",
        "lang": "it",
        "start": "2025-09-22T08:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Marzia Orsini]], ho un piccolo B&B ({{B:Il Glicine}}) dove abito anche io, [[A:loc. Le Badie, podere Santa Rosa 4]], [[A:57014]] [[L:Collesalvetti]]. Gli ospiti si lamentano che il wifi non arriva nelle camere del fienile. La pagina è questa: [[U:https://www.booking.com/hotel/it/il-glicine-collesalvetti.html]]",
            ),
            (
                "a",
                "Buongiorno [[P:Marzia]]! Serve probabilmente un ponte radio o un sistema mesh. Che connessione ha?",
            ),
            (
                "c",
                "{{B:Eolo}} con IP statico [[IP:151.38.204.7]], il router è un {{PD:FRITZ!Box 7530}} e in IPv6 mi dà [[IP:2a01:e11:5c0b:3a40::1f]]. Il tecnico di prima, [[P:Daniele]], aveva messo un ripetitore ma non va",
            ),
            (
                "a",
                "Possiamo fare un sopralluogo {{D:venerdì 26}} mattina, {{$:€ 50}} scalati se poi fa il lavoro. Per l'anticipo l'IBAN è [[I:IT82 W030 6903 0121 0000 0061 847]]",
            ),
            (
                "c",
                "Perfetto. Chiamatemi prima, che il navigatore vi porta nel bosco 😅 [[T:+39 0586 974 318]] o cell [[T:335-7040-126]]. Chiedete di me o di mio marito [[P:Bruno]]",
            ),
            ("a", "Segnato! Verrà [[P:Sandro]] col furgone. A venerdì"),
        ],
    },
    # 21. Computer repair (mixed en/it): a Dutch sailor at the marina, a technician called Marina, wa.me link.
    {
        "business": "pc",
        "platform": "whatsapp",
        "customer": "Joost van Dam",
        "lang": "en",
        "start": "2025-08-11T10:10:00",
        "messages": [
            (
                "c",
                "Hello, sorry my italian is bad. I'm [[P:Joost van Dam]], my sailing boat is in the {{W:Marina Cala de' Medici}} this week. My laptop got salt water 😬 can you check it today?",
            ),
            (
                "a",
                "Hi [[P:Joost]]! Yes, bring it before {{TM:13:00}}. My colleague [[P:Marina]] speaks very good English, ask for her 😊",
            ),
            (
                "c",
                "Great. Is [[P:Marina]] the lady with red hair? I think she helped my friend [[P:Pieter Bakker]] last summer",
            ),
            ("a", "Ahah yes, that's her! She says hi to [[P:Pieter]] 👋"),
            ("c", "ok grazie mille! ci vediamo dopo. ciao", "it"),
            (
                "a",
                "A dopo! Scheda {{R:LPC-2344}}, contatto [[T:+31 6 41 27 95 08]] giusto? Oppure [[U:wa.me/31641279508]]",
                "it",
            ),
            ("c", "yes correct, or email [[E:joost AT vandam-sailing DOT example DOT nl]]"),
        ],
    },
    # --- holiday homes ---
    # 22. Holiday homes: a German family sends registration data, home address and IBAN for the deposit.
    {
        "business": "chalet",
        "platform": "messenger",
        "customer": "Katrin Hoffmann",
        "lang": "en",
        "start": "2025-01-07T18:00:00",
        "messages": [
            (
                "c",
                "Hello! We booked the apartment {{PD:Sassolungo}} from {{D:22 February}} to {{D:1 March}} (booking {{R:BK-77310}}). We are 2 adults and 2 kids. What do you need for the check-in?",
            ),
            (
                "a",
                "Hello and thank you for booking! ☺️ For the police registration (Italian law) we need the full name and birth place of every guest. You can send them here or by email.",
            ),
            (
                "c",
                "Sure:\n[[P:Katrin Hoffmann]], born in [[L:Würzburg]]\n[[P:Jörg Hoffmann]], born in [[L:Erfurt]]\n[[P:Leonie]] and [[P:Felix Hoffmann]], both born in [[L:Nürnberg]]\nHome: [[A:Pirckheimerstraße 36]], [[A:90409]] [[L:Nürnberg]], [[L:Germany]]\nmy email is [[E:katrin.hoffmann at example dot de]]",
            ),
            (
                "a",
                "Perfect, thank you [[P:Katrin]]! The deposit of {{$:€ 300}} is refunded after departure, please send us an IBAN.",
            ),
            (
                "c",
                "IBAN [[I:DE53 3704 0044 0582 1739 00]], account holder [[P:Jörg Hoffmann]]. Also, can we rent skis for the kids in the village? [[P:Felix]] is 6 and [[P:Leonie]] is 9",
            ),
            (
                "a",
                "Yes, there is a rental shop 100 m from us, {{B:Sport Rosengarten}}, and the ski school {{B:Scuola Sci Catinaccio}}. Passes are on {{W:www.dolomitisuperski.com}}. [[P:Elisabeth]]",
            ),
            ("c", "Danke schön [[P:Elisabeth]]! Bis bald 😊 [[P:Katrin]]"),
        ],
    },
    # 23. Holiday homes: a Dutch couple arrive late; business address, the mountains turn rose, mother called Rose.
    {
        "business": "chalet",
        "platform": "whatsapp",
        "customer": "Sanne de Vries",
        "lang": "en",
        "start": "2025-02-14T07:55:00",
        "messages": [
            (
                "c",
                "Goedemorgen! [[P:Sanne]] here, we are driving from [[L:Utrecht]] and will arrive later than planned, around {{TM:22:00}}, is that ok? 🚗❄️",
            ),
            (
                "a",
                "Good morning [[P:Sanne]]! No problem, we'll leave the key in the key box. The code comes by SMS to the number in the booking, is it still [[T:+31 6 28 44 10 93]]?",
            ),
            (
                "c",
                "Yes that's mine, or my boyfriend [[P:Joris]]: [[T:06-1937 5520]]. He's also on telegram [[U:t.me/joris_dv]]",
            ),
            (
                "a",
                "Great. The apartment is {{PD:Rosengarten}}, second floor. Address for the navigator: [[A:Strèda de Pent de Sera 18]], [[A:38031]] {{W:Campitello di Fassa}}. If the pass from {{W:Bolzano}} is closed, come via {{W:Moena}}.",
            ),
            (
                "c",
                "Thank you! Is it true the mountains turn {{W:rose}} pink at sunset? My mum [[P:Rose]] told me to take a photo for her 😄",
            ),
            (
                "a",
                "Yes!! It's called Enrosadira, best seen from the terrace around {{TM:17:30}}. Say hi to [[P:Rose]]! 🌄 [[P:Manuel]]",
            ),
            (
                "c",
                "Will do! Our home address for the invoice btw: [[A:Oudegracht 211-bis]], [[A:3511 NH]] [[L:Utrecht]]. And for the deposit refund [[I:NL20 INGB 0006 5831 47]], [[P:S. de Vries]]",
            ),
        ],
    },
    # 24. Holiday homes: a Polish hiking group sends the guest list, pays by card, gives a Polish IBAN.
    {
        "business": "chalet",
        "platform": "telegram",
        "customer": "Małgorzata W.",
        "lang": "en",
        "start": "2025-06-30T20:40:00",
        "messages": [
            (
                "c",
                "Dzień dobry! I am [[P:Małgorzata Wiśniewska]], we are a group of 5 friends from [[L:Kraków]] coming for hiking in {{D:August}}, we booked the big apartment. Here is the list for registration:",
            ),
            (
                "c",
                "1. [[P:Małgorzata Wiśniewska]]\n2. [[P:Katarzyna Zielińska]]\n3. [[P:Piotr Nowak]]\n4. [[P:Zbigniew Kamiński]] ([[P:Zbyszek]])\n5. [[P:Agnieszka Wróbel]]\nall living in [[L:Kraków]] except [[P:Piotr]] who lives in [[L:Wrocław]], [[A:ul. Legnicka 48/12]]",
            ),
            (
                "a",
                "Thank you [[P:Małgorzata]]! For the deposit of {{$:€ 400}} you can pay by bank transfer or by card. Which do you prefer?",
            ),
            (
                "c",
                "Card is easier: [[C:5391 8462 0071 8536]], exp 11/26, name [[P:MALGORZATA WISNIEWSKA]]. for the refund of the deposit use my polish account please [[I:PL61 1090 1014 0000 0712 1981 2874]]",
            ),
            (
                "a",
                "Got it, charged {{$:€ 400}}, receipt {{R:RC-2025-0188}}. Next time please use the secure link, chat is not the safest place for card numbers 🙏 Tip: don't miss the {{W:Sentiero Federico Augusto}} and the {{W:Rifugio Viel dal Pan}}!",
            ),
            (
                "c",
                "Thanks, noted 🙈 [[P:Zbyszek]] is already dreaming of the {{W:Marmolada}}. [[P:Kasia]] writes our hiking blog, you will be famous: [[U:https://gorskiewariatki.example.pl/]]",
            ),
        ],
    },
    # 25. Holiday homes: an Italian guest wants a receipt with her codice fiscale (in lowercase); edelweiss as "stelle alpine".
    {
        "business": "chalet",
        "platform": "whatsapp",
        "customer": "Stella Amato",
        "lang": "it",
        "start": "2025-07-29T12:12:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Stella Amato]], abbiamo prenotato {{D:dal 9 al 16 agosto}} (finalmente {{D:Ferragosto}} in montagna!) io, il mio compagno [[P:Gianluca]] e il cane 🐶 mi servirebbe la ricevuta intestata a me con codice fiscale",
            ),
            (
                "a",
                "Ciao [[P:Stella]]! Certo, ci scrivi il codice fiscale e l'indirizzo di residenza?",
            ),
            (
                "c",
                "[[CF:mtasll90c54f205e]]\n[[A:viale Monza 147]], [[A:20125]] [[L:Milano]]\nse serve la mail è [[E:stella.amato@example.it]]",
            ),
            (
                "a",
                "Perfetto 👍 Il cane paga {{$:10 €}} a notte per le pulizie, il check-in è dalle {{TM:15:00}}. Ah, se salite al {{W:Col Rodella}} cercate le {{W:stelle alpine}}, ad agosto sono ovunque 🌼",
            ),
            (
                "c",
                "ahah io una {{W:stella alpina}} non l'ho mai vista dal vivo! [[P:Gianluca]] dice che è vietato raccoglierle, suo zio [[P:Amedeo]] ci ha preso una multa a [[L:Cortina]] 😂",
            ),
            (
                "a",
                "Ha ragione [[P:Gianluca]] 😄 Guardare sì, raccogliere no! A presto, [[P:Elisabeth]]",
            ),
        ],
    },
    # 26. Holiday homes: an Austrian guest, in a formal letter, forgot charger and book; forwarding address and Austrian IBAN.
    {
        "business": "chalet",
        "platform": "messenger",
        "customer": "Wolfgang Steiner",
        "lang": "en",
        "start": "2025-09-15T08:05:00",
        "messages": [
            (
                "c",
                "Dear host,\nmy name is [[P:Wolfgang Steiner]], I stayed in the apartment {{PD:Sella}} {{D:from 6 to 13 September}}. Unfortunately I forgot my charger and a book in the bedside table. Could you please send them to my address in [[L:Austria]]?\n\n[[P:Wolfgang Steiner]]\n[[A:Hauptplatz 7/3/12]]\n[[A:A-8010]] [[L:Graz]]\n[[L:Österreich]]\n\nKind regards",
            ),
            (
                "a",
                "Dear Mr [[P:Steiner]], good news, our cleaner [[P:Ingrid]] found both, the charger and {{PD:Anna Karenina}}. Shipping with {{B:Poste Italiane}} costs {{$:€ 14,50}}.",
            ),
            (
                "c",
                "Thank you! You can keep the shipping costs from the deposit. For the rest of the deposit: [[I:AT98 2011 1829 3174 5602]], [[P:Wolfgang Steiner]].",
            ),
            (
                "a",
                "Done. Tracking: {{TR:RX492017358IT}}, you can follow it on {{W:www.poste.it}}. Best regards, [[P:Elisabeth Kostner]]",
            ),
            (
                "c",
                "Thank you very much. PS: my daughter [[P:Hanna]] would like to book for {{D:Christmas}}, she will write to you from [[E:hanna.steiner@example.at]]",
            ),
        ],
    },
    # 27. Holiday homes: a Ukrainian travel photographer proposes a stay for photos; Cyrillic name, personal site, Airbnb profile.
    {
        "business": "chalet",
        "platform": "instagram",
        "customer": "oksana.travels",
        "lang": "en",
        "start": "2025-10-20T19:30:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Oksana]] ([[P:Оксана Коваленко]]), a travel photographer living in [[L:Warsaw]], originally from [[L:Lviv]]. Would you be open to a stay in exchange for photos? My work: [[U:oksanakovalenko.example.com]]",
            ),
            (
                "a",
                "Hi [[P:Oksana]], thanks for writing! Beautiful photos 😍 We usually don't do exchanges but we can offer 20% off in {{D:November}}. How many nights?",
            ),
            (
                "c",
                "3 nights would be perfect, with my partner [[P:Dmytro]]. you can see our reviews as guests here: [[U:https://www.airbnb.com/users/show/48213377]]",
            ),
            (
                "a",
                "Great reviews ⭐ Let's do {{D:14-17 November}}, apartment {{PD:Marmolada}}. Please send an email for the booking confirmation.",
            ),
            (
                "c",
                "[[E:oksana.kovalenko [at] example [dot] com]] 🙏 and please tag me when you post, I'm [[H:@oksana.travels]], [[P:Dmytro]] is [[H:@dmytro.k.climbs]]",
            ),
            (
                "a",
                "Deal! We're {{B:@ciasaverda.apartments}}, valley info is on {{W:www.fassa.com}}. See you in November! [[P:Manuel]]",
            ),
        ],
    },
    # 28. Holiday homes: an Indian family living in Munich books New Year; parents' address in Bengaluru, Amex as guarantee; Hope as a name and a word.
    {
        "business": "chalet",
        "platform": "whatsapp",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-12-01T06:45:00",
        "messages": [
            (
                "c",
                "Good morning, this is [[P:Priya Raghunathan]], we have booked for {{D:New Year}}, booking {{R:BK-80144}}. We live in [[L:Munich]] but my parents [[P:Raghunathan Subramanian]] and [[P:Lakshmi]] are coming from [[L:Bengaluru]] and this is their first snow!! ❄️",
            ),
            (
                "a",
                "Good morning [[P:Priya]]! How exciting ☃️ We'll make sure the apartment is extra warm. Any special diet for the welcome basket?",
            ),
            (
                "c",
                "Vegetarian please, no eggs for my father. For the registration, my parents' address in India: [[A:No. 14, 3rd Cross, 6th Main, Indiranagar]], [[L:Bengaluru]] [[A:560038]]. Ours: [[A:Leopoldstraße 112]], [[A:80802]] [[L:München]]. Guarantee card: [[C:3716 284059 17336]]",
            ),
            (
                "a",
                "Noted 🙏 (we'll delete the card number from the chat). Tip: your father can do the {{W:Sella Ronda}} tour by cable car only, no skiing needed.",
            ),
            (
                "c",
                "Wonderful. My husband [[P:Arjun]] will drive, his mobile is [[T:+49 1525 3871044]]. Our daughter [[P:Hope]] is 4 and {{W:hopes}} to meet {{W:Santa}} 😂",
            ),
            (
                "a",
                "Then [[P:Hope]] will find a little surprise from {{W:Babbo Natale}} under the tree 🎅 See you on {{D:30 December}}! [[P:Elisabeth]]",
            ),
        ],
    },
    # --- gelateria ---
    # 29. Gelateria: a mother orders an ice-cream cake for two cousins' birthday, pastes a card number; Vomero address.
    {
        "business": "gelato",
        "platform": "whatsapp",
        "customer": "Concetta Esposito",
        "lang": "it",
        "start": "2025-03-27T17:30:00",
        "messages": [
            (
                "c",
                "Buonasera vorrei ordinare una torta gelato x il compleanno di mio figlio [[P:Gennarino]] che fa 8 anni domenica 🎂 gusti {{PD:nutella}} e fragola",
            ),
            (
                "a",
                "Buonasera! Auguri a [[P:Gennarino]] 🎉 Torta da 12 persone {{$:€ 38}}, con scritta personalizzata. Cosa scriviamo?",
            ),
            (
                "c",
                '"Auguri [[P:Gennarì]] e [[P:Ciruzzo]]" perché compie pure il cuginetto [[P:Ciro Amitrano]] lo stesso giorno 😂 lo porta mia sorella [[P:Nunzia]]',
            ),
            ("a", "Ahah doppia festa! Consegna a domicilio o ritiro nel negozio del {{W:Vomero}}?"),
            (
                "c",
                "consegna: [[A:via Luca Giordano 108, parco Margherita, scala C]], [[A:80129]] [[L:Napoli]]. citofono [[P:Esposito-Amitrano]]. pago con carta [[C:4916 2730 5518 8245]] 06/28 il cvv lo mando dopo",
            ),
            (
                "a",
                "Signora la prego, non ci mandi il CVV e cancelli il messaggio con la carta! 🙏 Ordine {{O:#4471}}, le mandiamo il link {{B:SumUp}} per pagare. Consegna domenica tra le {{TM:11:00}} e le {{TM:12:00}}. [[P:Titti]]",
            ),
            (
                "c",
                "ok scusate sono di corsa 🙈 il numero per il corriere [[T:081 556 2871]] o [[T:3391187452]] (mio marito [[P:Pasquale]])",
            ),
        ],
    },
    # 30. Gelateria: an English mother asks about nut-free flavours for her allergic son; "hope" as a name and a word.
    {
        "business": "gelato",
        "platform": "instagram",
        "customer": "hope.and.harry",
        "lang": "en",
        "start": "2025-06-03T20:00:00",
        "messages": [
            (
                "c",
                "Hi! We're visiting [[L:Naples]] next week from [[L:Bristol]] 🇬🇧 My son [[P:Harry]] has a severe peanut allergy, do you have any nut-free flavours? I'm [[P:Hope]] btw, I write about allergy travel on [[U:hopeandharry.example.co.uk]]",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Welcome to {{W:Napoli}} in advance 😊 We have a nut-free counter in our {{W:Chiaia}} shop: fior di latte, lemon, strawberry, chocolate. Separate scoops, full list on {{W:www.gelateriepartenope.example.it/allergeni}}",
            ),
            (
                "c",
                "That's amazing, thank you! I really {{W:hope}} [[P:Harry]] can finally have a proper gelato 🥹 What's the address?",
            ),
            (
                "a",
                "[[A:via dei Mille 27]], open {{TM:11:00}}-{{TM:23:30}}. Ask for [[P:Gennaro]], he's our allergy expert. Flavour of the month is {{PD:Pesca Melba}} 🍑",
            ),
            (
                "c",
                "Perfect. We'll be staying near [[L:Piazza Bellini]] with my husband [[P:Tom]] and my mum [[P:Ivy]], who insists on trying every flavour 😂",
            ),
            ("a", "Ahah [[P:Ivy]] is our kind of customer! See you soon 🍦 [[P:Titti]]"),
        ],
    },
    # 31. Gelateria: a Senegalese applicant sends his application, references and address.
    {
        "business": "gelato",
        "platform": "messenger",
        "customer": "Mamadou Diallo",
        "lang": "it",
        "start": "2025-02-10T11:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Mamadou Diallo]], ho 27 anni, vengo dal [[L:Senegal]] e vivo a [[L:Napoli]] da 4 anni. Ho visto che cercate personale per la stagione. Ho esperienza come banconista in una gelateria a [[L:Rimini]]",
            ),
            (
                "a",
                "Buongiorno [[P:Mamadou]], grazie per averci scritto! Può mandare il curriculum a [[E:lavora.con.noi@gelateriepartenope.example.it]]? Per quale negozio si candida?",
            ),
            (
                "c",
                "Mandato ora da [[E:mamadou.diallo91@example.com]], c'è anche il mio profilo [[U:linkedin.com/in/mamadou-diallo-naples]]. Preferisco {{W:Mergellina}} perché abito a [[L:Fuorigrotta]], [[A:viale Augusto 74]]",
            ),
            (
                "c",
                "ah e parlo francese, wolof e inglese, per i turisti è utile 😊 referenze: la signora [[P:Milena Casadei]] di [[L:Rimini]], [[T:+39 0541 38 44 902]]",
            ),
            (
                "a",
                "Perfect, then a quick question in English: could you also work weekends in {{D:July}} and {{D:August}}?",
                "en",
            ),
            (
                "c",
                "Yes of course, weekends are no problem for me. I worked every weekend in [[L:Rimini]] too, my old boss [[P:Milena]] can confirm.",
                "en",
            ),
            (
                "a",
                "Ottimo profilo! Colloquio {{D:giovedì 13}} alle {{TM:15:00}} con il responsabile, [[P:Salvatore Iaccarino]], al negozio di [[A:via Mergellina 8]]. Porti un documento. [[P:Titti]]",
            ),
            ("c", "Perfetto, ci sarò. Grazie mille e buona giornata!"),
        ],
    },
    # 32. Gelateria: a complaint about rude staff from a customer called Sole; "sole" as the sun, "Sole di Capri" as a product.
    {
        "business": "gelato",
        "platform": "instagram",
        "customer": "sole_mio_91",
        "lang": "it",
        "start": "2025-08-17T15:40:00",
        "messages": [
            (
                "c",
                "ieri sera al negozio di {{W:Chiaia}} ci avete servito dei coni mezzi sciolti e la ragazza alla cassa ha risposto malissimo a mia madre 😡",
            ),
            (
                "a",
                "Buonasera, ci dispiace moltissimo. Ci può dire l'orario e cosa è successo? Vorremmo rimediare. Come si chiama?",
            ),
            (
                "c",
                "[[P:Sole]]. [[P:Sole Capasso]]. verso le {{TM:22:30}}, mia madre [[P:Immacolata]] ha chiesto un tovagliolo e la ragazza ha sbuffato. Con 38 gradi e il {{W:sole}} che picchiava tutto il giorno capisco la stanchezza ma insomma",
            ),
            (
                "a",
                "Ha ragione [[P:Sole]], non è accettabile, ne parleremo con lo staff. Passate quando volete, offriamo noi due coppe {{PD:Sole di Capri}}, il nostro limone 🍋 buono {{R:GP-0817}}. [[P:Gennaro]]",
            ),
            (
                "c",
                "va bene, grazie della risposta. la ragazza si chiama [[P:Noemi]] mi pare, ditele di stare più {{W:serena}} 😅",
            ),
            ("a", "Lo faremo, grazie a lei e alla signora [[P:Immacolata]]. A presto!"),
        ],
    },
    # 33. Gelateria: a mother in Neapolitan dialect books an ice-cream cart for her daughter's wedding; invoice to the plumber groom.
    {
        "business": "gelato",
        "platform": "whatsapp",
        "customer": "Assunta Cozzolino",
        "lang": "it",
        "start": "2025-05-12T10:25:00",
        "messages": [
            (
                "c",
                "Buongiorno, se sposa mia figlia [[P:Carmela]] o {{D:21 giugno}}, o stesso juorno 'e {{D:San Luigi}}, a {{W:Villa Pignatelli}} e vulessemo nu carretto d'o gelato pe 120 invitati, quanto costa?",
            ),
            (
                "a",
                "Auguri agli sposi! 🎉 Il carretto con due operatori per 2 ore costa {{$:€ 850}}, 6 gusti a scelta. Vi serve fattura?",
            ),
            (
                "c",
                "sì intestata a o sposo [[P:Gaetano Russo]], isso tene a partita iva, fa l'idraulico. O numero suoio è [[T:+39 328 771 4090]], a mail [[E:gaetano russo idraulico chiocciola example punto it]]. i gusti: {{PD:babà}}, {{PD:pastiera}}, {{PD:Ferrero Rocher}}, limone, nocciola e fiordilatte",
            ),
            (
                "a",
                "Perfetto signora. Per la fattura ci mandi anche la partita IVA e l'indirizzo di [[P:Gaetano]].",
            ),
            (
                "c",
                "P.IVA [[V:08912730630]], [[A:vico Santa Maria Apparente 22]], [[A:80132]] [[L:Napoli]]. e scrivetelo bello grosso: [[P:GAETANO RUSSO]], se no o commercialista s'arrabbia 😂",
            ),
            (
                "a",
                "Ricevuto tutto! Il preventivo {{R:PV-2025-031}} arriva su WhatsApp a [[P:Gaetano]]. Tanti auguri a [[P:Carmela]] e [[P:Gaetano]]! [[P:Gennaro]]",
            ),
        ],
    },
    # 34. Gelateria: an American food creator called Bill wants to film in the lab; TikTok, YouTube, Vimeo; "bill" as a word.
    {
        "business": "gelato",
        "platform": "instagram",
        "customer": "billtravelseats",
        "lang": "en",
        "start": "2025-09-05T13:05:00",
        "messages": [
            (
                "c",
                "Hey guys! I'm [[P:Bill Kowalczyk]], food creator from [[L:Chicago]] 🇺🇸 (140k on tiktok, [[U:tiktok.com/@billtravelseats]], long videos on [[U:youtube.com/@BillTravelsEats]]). I'm in [[L:Naples]] till {{D:Sunday}} and I'd love to film at your shop!",
            ),
            (
                "a",
                "Hi [[P:Bill]]! Sounds fun 😄 Which shop? {{W:Mergellina}} has the sea view, {{W:Vomero}} has the lab where we make the gelato.",
            ),
            (
                "c",
                "The lab!! Can my cameraman [[P:Diego Fernández]] come too? He's from [[L:Bogotá]], super chill. His insta is [[H:@diegofilma]] and his reel is on [[U:vimeo.com/diegofilma]]",
            ),
            (
                "a",
                "Of course. {{D:Friday}} at {{TM:9:00}} before opening? Our gelato master [[P:Salvatore]] will show you the {{PD:Sfogliatella}} flavour.",
            ),
            (
                "c",
                "Deal. And please, let me pay the {{W:bill}} this time, last time in [[L:Rome]] everybody refused and I felt bad 😂 here's my email for the release form: [[E:bill.k@example.com]]",
            ),
            (
                "a",
                "Ahah no way, it's on us! Release form sent. See you Friday [[P:Bill]] 🍨 [[P:Titti]]",
            ),
        ],
    },
    # 35. Gelateria: a man called Felice lost his wallet in the shop; "felice" as a word.
    {
        "business": "gelato",
        "platform": "telegram",
        "customer": "Felice Ammendola",
        "lang": "it",
        "start": "2025-10-26T21:10:00",
        "messages": [
            (
                "c",
                "buonasera ho perso il portafoglio ieri sera da voi a {{W:Mergellina}}, marrone, dentro c'è la carta d'identità. mi chiamo [[P:Felice Ammendola]]",
            ),
            (
                "a",
                "Buonasera! Sì, l'abbiamo trovato noi alla chiusura 😊 Per sicurezza: che indirizzo c'è sulla carta d'identità?",
            ),
            (
                "c",
                "[[A:via Francesco Petrarca 36]], [[L:Posillipo]]. c'è anche una foto di mia moglie [[P:Annarita]] e dei nipoti [[P:Kevin]] e [[P:Asia]]",
            ),
            (
                "a",
                "Confermato! È al negozio di {{W:Mergellina}}, può ritirarlo da domani dalle {{TM:11:00}}. Chieda di [[P:Titti]].",
            ),
            (
                "c",
                "grazie, sono proprio {{W:felice}}!! 😂 mi chiamo [[P:Felice]] e oggi lo sono davvero",
            ),
            ("a", "Ahahah siamo {{W:felici}} anche noi! Le offriamo un caffè, anzi un gelato ☕🍦"),
        ],
    },
    # --- charity shop ---
    # 36. Charity shop: a woman donates her late mother-in-law's furniture; address split over two messages.
    {
        "business": "mercatino",
        "platform": "whatsapp",
        "customer": "Franca Giampieri",
        "lang": "it",
        "start": "2025-01-14T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno volevo donare un armadio a 3 ante e una credenza anni 60, erano di mia suocera [[P:Ines]] che è mancata. Ritirate a domicilio?",
            ),
            (
                "a",
                "Buongiorno e condoglianze. Sì, il ritiro lo fanno i nostri volontari il sabato mattina, gratis. Ci dà l'indirizzo?",
            ),
            ("c", "[[A:v. Montebello 47]], [[L:Ancona]], c'è l'ascensore ma stretto"),
            (
                "c",
                "ah scusate: [[A:scala A, 3° piano, int. 9]]. citofono [[P:Giampieri]]. Io sono [[P:Franca]], [[T:071 280 4417]] o [[T:347/8120095]]",
            ),
            (
                "a",
                "Perfetto [[P:Franca]], passano [[P:Giacomo]] e [[P:Bogdan]] {{D:sabato 18}} verso le {{TM:9:30}}. Grazie di cuore per la donazione! [[P:Marisa]]",
            ),
            (
                "c",
                "grazie a voi. ah c'è anche una specchiera col {{W:leone}} intagliato, la prendete? mio marito [[P:Leone]] dice che porta sfortuna 😅",
            ),
            (
                "a",
                "Certo!! Le cose antiche vanno a ruba al mercatino 🦁 dica al signor [[P:Leone]] che la sfortuna la vendiamo noi",
            ),
        ],
    },
    # 37. Charity shop: a donor asks formally for a tax receipt; street called via della Marina and a donor called Marina.
    {
        "business": "mercatino",
        "platform": "messenger",
        "customer": "Marina Pieroni",
        "lang": "it",
        "start": "2025-03-03T15:15:00",
        "messages": [
            (
                "c",
                'Gentili volontari,\nho effettuato ieri una donazione di {{$:200,00 €}} con bonifico dal conto [[I:IT62 W031 1102 4010 0000 0034 906]] (causale "Donazione {{B:Il Ponte}} - [[P:Marina Pieroni]]"). Vi chiedo cortesemente la ricevuta per la detrazione fiscale, intestata a:\n[[P:Marina Pieroni]]\nC.F. [[CF:PRNMRN58R70A271S]]\n[[A:via della Marina 14/B]]\n[[A:60121]] [[L:Ancona]]\n\nGrazie e buon lavoro\n[[P:Marina Pieroni]]',
            ),
            (
                "a",
                "Gentile sig.ra [[P:Pieroni]], grazie infinite! La ricevuta {{R:n. 2025/014}} le arriverà via email. Quale indirizzo preferisce?",
            ),
            (
                "c",
                "[[E:marina.pieroni@example.it]], oppure la pec [[E:m.pieroni@pec.example.it]]. Grazie ancora.",
            ),
            (
                "a",
                "Inviata! Ci vediamo magari al mercatino di {{D:Pasqua}} in {{W:piazza del Plebiscito}}. [[P:Pina Gabrielli]], coordinatrice",
            ),
            (
                "c",
                "Certamente, verrò con mia nipote [[P:Aurora]] che vorrebbe fare volontariato. Ha 17 anni, va bene?",
            ),
            (
                "a",
                "Bellissimo! Dai 16 anni si può con il consenso dei genitori. Abbiamo già una volontaria che si chiama [[P:Aurora]], saranno in due 😊",
            ),
        ],
    },
    # 38. Charity shop: a Spanish Erasmus student signs up as volunteer; Italian and Spanish addresses, obfuscated e-mail of her roommate.
    {
        "business": "mercatino",
        "platform": "whatsapp",
        "customer": "Lucía Ortega",
        "lang": "en",
        "start": "2025-04-09T18:30:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Lucía Ortega Ruiz]], Erasmus student at {{B:Univpm}}, I'm from [[L:Valencia]]. I'd like to volunteer at your shop on weekends, I speak Spanish, English and a bit of Italian 😊",
            ),
            (
                "a",
                "Hi [[P:Lucía]]! Welcome, we'd love that! For the insurance we need a form with your data: full name, address in Italy, home address, phone and email.",
            ),
            (
                "c",
                "Italy: [[A:via Giacomo Leopardi 18 int. 4]], [[A:60122]] [[L:Ancona]]\nSpain: [[A:Calle de Cirilo Amorós 51, 3º B]], [[A:46004]] [[L:València]]\n[[T:+34 612 48 93 07]]\n[[E:lucia.ortega.ruiz@example.es]]\ninsta [[U:https://www.instagram.com/lucia.ortega.ruiz/]]",
            ),
            (
                "a",
                "Thank you! Your first shift is {{D:Saturday 12 April}} from {{TM:9:00}} to {{TM:12:30}} with [[P:Aurora]] and [[P:Grace Adeyemi]], who also speaks English 😊",
            ),
            (
                "c",
                "Perfect!! My roommate [[P:Sofía]] wants to come too, can she? Her email is [[E:sofia (dot) blanco (at) example (dot) es]]",
            ),
            (
                "a",
                "Of course, tell [[P:Sofía]] she is welcome, we'll add her to the group. See you Saturday! [[P:Marisa]]",
            ),
        ],
    },
    # 39. Charity shop: a Moroccan father asks for winter clothes for his three children; Arabic-script name.
    {
        "business": "mercatino",
        "platform": "whatsapp",
        "customer": "Youssef El Amrani",
        "lang": "it",
        "start": "2025-11-05T16:00:00",
        "messages": [
            (
                "c",
                "Salam buongiorno, sono [[P:Youssef El Amrani]] ([[P:يوسف العمراني]]), ho 3 bambini e servono vestiti invernali. Mia moglie [[P:Fatima Zahra]] dice che voi date gratis con tessera {{B:Caritas}}",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! Sì, con la tessera della {{B:Caritas}} i vestiti per bambini sono gratuiti. Che età hanno i bambini?",
            ),
            (
                "c",
                "[[P:Amine]] 9 anni, [[P:Salma]] 6 e la piccola [[P:Nour]] 2. Noi abitiamo a [[L:Falconara]], [[A:via Flaminia 512]]. Io lavoro al porto, finisco alle {{TM:17:00}}",
            ),
            (
                "a",
                "Venite {{D:giovedì}} dalle {{TM:16:00}} alle {{TM:19:00}}, c'è la volontaria [[P:Leila]] che parla arabo 😊 Portate la tessera.",
            ),
            (
                "c",
                "grazie mille, Dio vi benedica. Se non capisco chiamo mio cugino [[P:Rachid]], lui parla italiano bene [[T:+39 320 556 1873]]",
            ),
            ("a", "Nessun problema. A giovedì! [[P:Marisa]]"),
        ],
    },
    # 40. Charity shop: a volunteer forwards the weekly shift list; Celeste as a name and a colour.
    {
        "business": "mercatino",
        "platform": "telegram",
        "customer": "Giacomo Sabbatini",
        "lang": "it",
        "start": "2025-05-26T20:00:00",
        "messages": [
            (
                "c",
                "Ciao! Per la settimana del {{D:2 giugno}} vi giro i turni che mi ha mandato [[P:Pina]] ⬇️",
            ),
            (
                "c",
                "Inoltrato da [[P:Pina Gabrielli]]:\nLUN chiuso ({{D:Festa della Repubblica}})\nMAR [[P:Aurora]] + [[P:Lucía]]\nMER [[P:Marisa]] + [[P:Bogdan Moldovan]]\nGIO [[P:Celeste]] + [[P:Franco Mazzieri]]\nVEN [[P:Giacomo]] + [[P:Kwame]]\nSAB tutti! (mercatino straordinario in {{W:piazza Cavour}})",
            ),
            (
                "a",
                "Grazie [[P:Giacomo]]! Una cosa: [[P:Celeste]] ha scritto che giovedì non può, accompagna la mamma a [[L:Jesi]] per una visita. Chi la sostituisce?",
            ),
            (
                "c",
                "Chiedo a [[P:Grace]], lei il giovedì è libera. Il suo numero è cambiato: [[T:+39 351 902 6614]], mail [[E:grace.adeyemi(at)example.org]]. Poi giovedì metto il banchetto con le tazze {{W:celeste}} e le lenzuola {{W:rosa}} che sono arrivate",
            ),
            (
                "a",
                "Perfetto! Ricordiamo a tutti di firmare il foglio presenze, l'assicurazione lo chiede. [[P:Pina]] ringrazia 🙏",
            ),
            (
                "c",
                "👍 ah [[P:Kwame Mensah]] chiede se può usare il furgone del suo amico [[P:Tunde]] per i ritiri grossi. Ditemi voi",
            ),
        ],
    },
    # 41. Charity shop: a vintage reseller called Rosa asks about a typewriter; Vinted profile and poetry blog, public links.
    {
        "business": "mercatino",
        "platform": "instagram",
        "customer": "vintage.lover.an",
        "lang": "it",
        "start": "2025-07-02T12:40:00",
        "messages": [
            (
                "c",
                "ciaooo ho visto nelle storie la borsa {{B:Gucci}} vintage e la macchina da scrivere {{B:Olivetti}} {{PD:Lettera 32}}, sono ancora disponibili?",
            ),
            (
                "a",
                "Ciao! La {{PD:Lettera 32}} sì ({{$:€ 60}}, articolo {{O:MSP-0612}}), la borsa è stata venduta stamattina 😢 Vendiamo anche sul nostro sito {{W:www.mercatinoilponte.example.org}}",
            ),
            (
                "c",
                "peccato! vi seguo da un po', anch'io rivendo vintage, se vi va date un'occhiata al mio profilo [[U:https://www.vinted.it/member/88104532-rosaspina]] sono [[P:Rosa]] comunque 🌹",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Bel profilo. Però le cose del mercatino non si possono rivendere, è nel regolamento: {{W:www.mercatinoilponte.example.org/regolamento}}. La macchina da scrivere te la teniamo fino a sabato?",
            ),
            (
                "c",
                "si si giuro la uso io 😂 scrivo poesie, le metto qui [[U:rosaspina-poesie.example.net]]. passo sabato con la mia amica [[P:Speranza]]. che orari fate?",
            ),
            (
                "a",
                "Sabato {{TM:9:30}}-{{TM:13:00}} in [[A:via Astagno 41]], sotto l'arco. In autobus scendi a {{W:piazza Cavour}}, orari su {{W:www.conerobus.it}}. [[P:Aurora]]",
            ),
        ],
    },
    # 42. Charity shop: a bike-shop owner donates at Christmas instead of client gifts; association IBAN, his sole-trader data, personal handle.
    {
        "business": "mercatino",
        "platform": "messenger",
        "customer": "Stefano Brecciaroli",
        "lang": "it",
        "start": "2025-12-10T10:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Stefano Brecciaroli]], ho un'officina di biciclette a [[L:Chiaravalle]]. Quest'anno al posto dei regali ai clienti vorrei fare una donazione al mercatino per {{D:Natale}}. Mi mandate l'IBAN?",
            ),
            (
                "a",
                "Buongiorno [[P:Stefano]], grazie davvero! 🎄 IBAN dell'associazione: [[I:IT25 D083 2703 2210 0000 0708 154]], intestato a {{B:Associazione Il Ponte ODV}}.",
            ),
            (
                "c",
                "Fatto, {{$:500 €}}. Per la ricevuta: ditta individuale {{B:Cicli Brecciaroli}} di [[P:Brecciaroli Stefano]], P.IVA [[V:03156720421]], [[A:via Giuseppe Verdi 9]], [[A:60033]] [[L:Chiaravalle]] (AN). Email [[E:cicli.brecciaroli@example.it]]",
            ),
            (
                "a",
                "Ricevuto, la ricevuta {{R:n. 2025/131}} è in arrivo. Se vuole pubblichiamo un ringraziamento sulla pagina e la tagghiamo?",
            ),
            (
                "c",
                "Volentieri, taggate me [[H:@stefano.brecciaroli]] perché l'officina non ha instagram 😅 o il mio facebook [[U:facebook.com/stefano.brecciaroli.bici]]. Mio figlio [[P:Leonardo]] dice che dovrei aprirlo",
            ),
            (
                "a",
                "Fatto! Buone feste a lei e a [[P:Leonardo]] 🎁 [[P:Pina]] e i volontari del {{B:Mercatino Il Ponte}}",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(57, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
