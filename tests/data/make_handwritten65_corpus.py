# ruff: noqa: E501
"""Hand-written blind test corpus no. 65 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten65_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a florist in Sanremo (Fiori & Fronde), an IT repair
shop in Cosenza (TecnoFix), a yoga retreat in Umbria (Casa Lavanda), a Neapolitan tailor shipping
abroad (Sartoria Ruocco 1952), a kindergarten summer camp in Trentino (Piccoli Larici) and a
used-car dealer in Reggio Emilia (Autosalone Ferretti).

Regenerate with::

    .venv/bin/python tests/data/make_handwritten65_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten65_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "florist": "Fiori & Fronde Sanremo",
    "itfix": "TecnoFix Cosenza",
    "yoga": "Casa Lavanda Yoga Retreat",
    "tailor": "Sartoria Ruocco 1952",
    "camp": "Piccoli Larici Summer Camp",
    "cars": "Autosalone Ferretti",
}
PAGE_IDS: dict[str, str] = {
    "florist": "665430418207355",
    "itfix": "665430092716484",
    "yoga": "665430773105926",
    "tailor": "665430561948230",
    "camp": "665430204683117",
    "cars": "665430935520761",
}

CONVERSATIONS: list[Conversation] = [
    # 1. A daughter sends pink roses to her mother in hospital; Speranza the head nurse, speranza the word.
    {
        "business": "florist",
        "platform": "whatsapp",
        "customer": "Rosy Ferraro",
        "lang": "it",
        "start": "2025-04-03T07:48:00",
        "messages": [
            (
                "c",
                "buongiorno, vorrei mandare un mazzo di {{W:rose}} {{W:rosa}} a mia mamma ricoverata all'{{W:ospedale Borea}}, ortopedia 3° piano stanza 12. si chiama [[P:Bianca Ferraro]]",
            ),
            (
                "a",
                "Buongiorno! Certo, in ospedale consegniamo tra le {{TM:10}} e le {{TM:12}}. 12 rose {{W:rosa}} con gypsophila vengono {{$:45 €}}, con la consegna {{$:52 €}}. Cosa scriviamo sul biglietto? [[P:Lucia]]",
            ),
            (
                "c",
                "'forza mamma ti vogliamo bene, [[P:Rosy]], [[P:Gigi]] e la piccola [[P:Stella]] 🌟' . posso pagare con satispay? il numero è [[T:347 218 6604]]",
            ),
            (
                "a",
                "Sì, le mando la richiesta Satispay a quel numero. Consegna domani {{D:venerdì 4 aprile}} in mattinata, va bene?",
            ),
            (
                "c",
                "si perfetto. se dorme lasciateli alla caposala, la sig.ra [[P:Speranza]] (si chiama proprio cosi 😂). se c'è qualche problema chiamate mio marito [[P:Luigi]] al [[T:+39 340 55 12 987]]",
            ),
            (
                "a",
                "La caposala [[P:Speranza]] la conosciamo bene 😊 Ordine {{O:FF-2025-0412}}. Per la fattura le serve un indirizzo?",
            ),
            (
                "c",
                "si, [[A:via Martiri della Libertà 77]], [[A:18038]] [[L:Sanremo]], a nome mio [[P:Rosalba Ferraro]]. speriamo la dimettano presto, un po' di {{W:speranza}} ci vuole 🙏",
            ),
        ],
    },
    # 2. English tourists at a hotel in Sanremo: an anniversary bouquet with ivy for Ivy.
    {
        "business": "florist",
        "platform": "messenger",
        "customer": "Mark Pendleton",
        "lang": "en",
        "start": "2025-05-19T16:12:00",
        "messages": [
            (
                "c",
                "Hi there, my wife [[P:Ivy]] and I are staying in [[L:Sanremo]] for our 25th anniversary and I'd love to surprise her with flowers at the hotel tomorrow morning. Possible?",
            ),
            (
                "a",
                "Hello! Of course 😊 We have a lovely arrangement with trailing {{W:ivy}}, white roses and ranunculus for {{$:65 €}}. Which hotel, and what time?",
            ),
            (
                "c",
                "Ha, {{W:ivy}} for [[P:Ivy]], she'll love it. We're at the {{W:Hotel Palme Azzurre}} on [[A:corso Imperatrice 41]], room 208, booked under [[P:Pendleton]]. Around {{TM:9am}} please. Card: 'To my [[P:Ivy]], 25 years and still blooming. [[P:Mark]]'",
            ),
            (
                "a",
                "Lovely message! Could I have a phone number and an e-mail for the payment link and receipt?",
            ),
            (
                "c",
                "UK mobile [[T:+44 7700 914382]], email [[E:mark.pendleton@example.co.uk]]. The receipt can go to our home address, [[A:12 Hawthorn Close]], [[L:Harrogate]] [[A:HG2 8QP]]",
            ),
            (
                "a",
                "Link sent! Order {{O:FF-2025-0587}}, delivery tomorrow at 9:00. You can see our other arrangements on {{W:www.fioriefronde-sanremo.example.it}}. [[P:Lucia]]",
            ),
            (
                "c",
                "Paid, thank you [[P:Lucia]]! Our daughter [[P:Hope]] makes dried flower frames, she'd love your shop, her little Etsy is [[U:etsy.com/shop/HopeDriedPetals]] if you fancy a look 🌸",
            ),
        ],
    },
    # 3. A grandson orders a funeral wreath for the cathedral; Fortunato the grandfather, fortunati the word.
    {
        "business": "florist",
        "platform": "instagram",
        "customer": "gio.bregliano",
        "lang": "it",
        "start": "2025-02-10T09:05:00",
        "messages": [
            (
                "c",
                "salve, mio nonno [[P:Fortunato Bregliano]] è mancato ieri, il funerale è {{D:giovedì}} alle {{TM:10:30}} in {{W:San Siro}}. vorrei ordinare una corona",
            ),
            (
                "a",
                "Buongiorno, condoglianze sincere. Abbiamo corone da {{$:120 €}} e da {{$:180 €}}, le consegniamo direttamente in chiesa un'ora prima. Cosa scriviamo sul nastro?",
            ),
            (
                "c",
                "quella da 180. sul nastro: 'al caro nonno [[P:Tuno]], i nipoti [[P:Gioia]], [[P:Marco]] e [[P:Franco]]'. io sono [[P:Giovanni]], il figlio di [[P:Franca]]",
            ),
            ("a", "Ricevuto [[P:Giovanni]]. Per la fattura la intestiamo a lei o a sua mamma?"),
            (
                "c",
                "a mia madre, [[P:Franca Bregliano]], [[A:strada Tre Ponti 44/B]], fraz. [[L:Coldirodi]]. io vivo a [[L:torino]] e non riesco a passare, pago con bonifico. la mia mail [[E:giovanni.bregliano@example.it]]",
            ),
            (
                "a",
                "IBAN [[I:IT60M0503481370000000731942]] intestato {{B:Fiori & Fronde}}, causale {{O:FF-2025-0133}}. Ci dispiace molto, [[P:Dario]]",
            ),
            (
                "c",
                "fatto, vi inoltro la contabile. grazie, siete stati gentilissimi. almeno in questo siamo stati {{W:fortunati}}",
            ),
        ],
    },
    # 4. A bride on Telegram: Bianca, her sister Viola in viola, a wedding planner with handle and site.
    {
        "business": "florist",
        "platform": "telegram",
        "customer": "Bianca M.",
        "lang": "it",
        "start": "2025-01-27T18:40:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Bianca]], mi sposo il {{D:14 giugno}} alla {{W:Madonna della Costa}} 💍 vorrei un bouquet {{W:bianco}} e {{W:viola}} chiaro, tipo lisianthus e lavanda",
            ),
            (
                "a",
                "Ciao [[P:Bianca]], auguri!! Il bouquet da sposa parte da {{$:90 €}}, poi ci sono bottoniera e addobbi per la chiesa. Lavori con una wedding planner?",
            ),
            (
                "c",
                "si con [[P:Serena]], su insta è [[H:serena_nozze.liguria]], il sito è [[U:serenanozze.example.it/chi-sono]]. le ho già detto che siete voi 😍 il bouquet della damigella lo vuole mia sorella [[P:Viola]], ovviamente {{W:viola}} 😂",
            ),
            (
                "a",
                "Ahaha [[P:Viola]] in {{W:viola}} ci sta tutto. Ci mandi una mail con le foto di ispirazione così facciamo il preventivo?",
            ),
            (
                "c",
                "te la mando dalla mia: [[E:bianca punto moretti94 chiocciola example punto it]]. le foto sono anche nella mia bacheca [[U:pinterest.it/biancamoretti94/matrimonio-giugno]]",
            ),
            (
                "c",
                "ah e il mio fidanzato [[P:Leo]] vuole solo una {{W:rosa}} {{W:rossa}} all'occhiello, lui è semplice 🙄",
            ),
            (
                "a",
                "Mail ricevuta, grazie! Preventivo {{R:PRV-0619}} entro {{D:lunedì}}. [[P:Dario]]",
            ),
        ],
    },
    # 5. An architect with a partita IVA sends a plant to a colleague's new studio near the marina.
    {
        "business": "florist",
        "platform": "whatsapp",
        "customer": "Arch. Marina Lanteri",
        "lang": "it",
        "start": "2025-03-06T08:20:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono l'architetto [[P:Marina Lanteri]]. Vorrei mandare una pianta importante alla collega [[P:Ornella Biancheri]] per l'apertura del suo studio a [[L:Bordighera]], [[A:via Vittorio Emanuele 203]].",
            ),
            (
                "a",
                "Buongiorno architetto! Una kentia alta 1,5 m è {{$:85 €}}, più {{$:10 €}} di consegna a [[L:Bordighera]]. Desidera fattura?",
            ),
            (
                "c",
                "Sì, intestata a me come professionista:\n[[P:Marina Lanteri]] architetto\n[[A:corso Garibaldi 118]]\n[[A:18038]] [[L:Sanremo]]\nP.IVA [[V:01934620087]]\nC.F. [[CF:LNTMRN85C52I138D]]\nPEC [[E:marina.lanteri@pec.example.it]]\ncodice destinatario {{R:M5UXCR1}}",
            ),
            ("a", "Perfetto, fattura {{R:FT 2025/318}} emessa. Scriviamo un biglietto?"),
            (
                "c",
                "Sì: 'In bocca al lupo [[P:Ornì]]! Che lo studio sia un porto sicuro come la {{W:Marina}} qui sotto ☀️ [[P:Mari]]'. Se serve il mio sito per il logo è [[U:www.lanteriarchitetto.example.it]]",
            ),
            ("a", "Consegnata alle 10:40, l'ha ritirata la segretaria, [[P:Sole]] 😊"),
            ("c", "ah [[P:Sole]] è un {{W:sole}} davvero. Grazie mille!"),
        ],
    },
    # 6. A German boyfriend (non-native English) sends sunflowers, pastes a card number, gets a link.
    {
        "business": "florist",
        "platform": "messenger",
        "customer": "Jonas Weber",
        "lang": "en",
        "start": "2025-07-02T20:31:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Jonas]] from [[L:Freiburg]], my girlfriend [[P:Serena Ghersi]] is living in [[L:Sanremo]] and {{D:Sunday}} is her birthday. I want to send her sunflowers, she is crazy for them",
            ),
            (
                "a",
                "Hi [[P:Jonas]]! Sunflowers are in season 🌻 10 stems {{$:40 €}}, 15 stems {{$:55 €}}, delivery included in town. Where should we bring them?",
            ),
            (
                "c",
                "15 please. She lives in [[A:via Galileo Galilei 412, scala B, interno 7]], on the bell is written [[P:Ghersi]] - [[P:Ramella]] because she lives with her cousin [[P:Melissa]]",
            ),
            ("c", "I pay with this card ok? [[C:4532 0188 7621 0346]] exp 08/27"),
            (
                "a",
                "Please don't send card numbers in chat 🙏 we'll delete this message. We'll e-mail you a secure payment link instead: which address?",
            ),
            (
                "c",
                "oh sorry!! [[E:jonas.weber91@example.de]]. And if you want to see her, she is [[U:instagram.com/serena.ghersi]] haha, so you recognise her if she opens the door",
            ),
            ("a", "Link sent! What shall we write on the card?"),
            ("c", "'Alles Gute mein {{W:Sonnenschein}}, bald bin ich da. Dein [[P:Joni]]' ❤️"),
        ],
    },
    # 7. An elderly widow dictates by voice: flowers for the cemetery and a plant for home; the granddaughter pays.
    {
        "business": "florist",
        "platform": "whatsapp",
        "customer": "Pina",
        "lang": "it",
        "start": "2025-10-28T08:02:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:giuseppina anfossi]] punto vorrei dei fiori per il cimitero della {{W:foce}} per mio marito [[P:bruno]] che domenica fa dieci anni e poi c'è {{D:Ognissanti}} punto crisantemi no che son tristi",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Anfossi]]! Le facciamo un mazzo misto di stagione, {{$:25 €}}. Lo portiamo noi al cimitero?",
            ),
            (
                "c",
                "si portateli voi che con le gambe non ci arrivo più punto il loculo è nel settore B fila 3 punto e poi un vasetto anche a casa mia in [[A:via dei gelsomini 6]] sul campanello c'è ancora scritto [[P:anfossi bruno]] che non l'ho mai cambiato",
            ),
            (
                "c",
                "paga mia nipote [[P:ilenia]] il suo numero è [[T:3281904457]] e la mail [[E:ilenia punto anfossi chiocciola example punto it]]",
            ),
            (
                "a",
                "Tutto chiaro signora. Sentiamo noi sua nipote. Per casa le va bene un'erica nel vaso di coccio?",
            ),
            (
                "c",
                "va bene va bene se non ci sono lasciatela alla vicina la [[P:gianna]] del piano di sopra che è sempre in casa",
            ),
            ("a", "Consegna {{D:sabato}} mattina. Un abbraccio signora! [[P:Dario]]"),
        ],
    },
    # 8. A mother in a contrada near Cosenza: laptop drowned in cola, home visit.
    {
        "business": "itfix",
        "platform": "whatsapp",
        "customer": "Carmela",
        "lang": "it",
        "start": "2025-02-18T14:25:00",
        "messages": [
            (
                "c",
                "salve il mio portatile nn si accende piu fa solo un bip. potete venire a casa? sto a [[L:castrolibero]]",
            ),
            (
                "a",
                "Buongiorno, sì facciamo assistenza a domicilio: uscita {{$:30 €}} più manodopera. Che modello è?",
            ),
            (
                "c",
                "un {{PD:Asus VivoBook 15}}. l'indirizzo è [[A:c.da Andreotta 27]], la casa gialla dopo il bar. chiedete di [[P:Carmela]] o di mio figlio [[P:Salvatore]] ke è quello che ci ha versato la coca cola sopra 🙄",
            ),
            (
                "a",
                "Ok signora [[P:Carmela]], domani {{D:mercoledì}} tra le {{TM:16}} e le {{TM:18}} passa il nostro tecnico [[P:Mimmo]]. Un numero per avvisarla?",
            ),
            ("c", "[[T:0984 43 91 27]] fisso, se nn risp cell [[T:393.887.1420]]"),
            ("a", "Perfetto, scheda {{R:TK-8841}}. A domani!"),
            ("c", "grazie. ah il cognome è [[P:Perri]], sul citofono c'è [[P:Perri Cozza]]"),
        ],
    },
    # 9. A teenage gamer: overheating GPU, twitch and youtube channels, gamertags, a public IP.
    {
        "business": "itfix",
        "platform": "telegram",
        "customer": "Nico",
        "lang": "it",
        "start": "2025-11-08T17:44:00",
        "messages": [
            (
                "c",
                "bro ciao il mio pc da gaming crasha in {{PD:Valorant}} e {{PD:Fortnite}}, gpu a 90 gradi. me lo sistemate? sono [[P:nico]]",
            ),
            (
                "a",
                "Ciao [[P:Nico]]! Probabile pasta termica secca e polvere. Pulizia completa più pasta nuova {{$:45 €}}. Che scheda hai?",
            ),
            (
                "c",
                "{{PD:RTX 3060}} su case cinese da 40 euro lol. i crash li ho clippati sul canale [[U:twitch.tv/darknico_cs]] e su [[U:youtube.com/@DarkNico07]]",
            ),
            (
                "c",
                "su discord sono [[H:darknico#4471]], su epic [[H:DaRk_NiCo_07]] se volete fare una partita 😂",
            ),
            (
                "a",
                "Visto lo stream, altro che 90 gradi 😅 Portalo in negozio, siamo in [[A:via Popilia 188]].",
            ),
            (
                "c",
                "domani lo porta mio padre [[P:Pasquale]] che io ho scuola. ah e a casa il ping sale a 200, ip pubblico [[IP:151.38.204.117]] e su ipv6 [[IP:2a01:e11:5c04:3a20::1f]] se vi serve",
            ),
            (
                "a",
                "Tranquillo, gli IP non servono 😄 Usa il cavo invece del wifi. Ticket {{R:TK-8853}}. [[P:Ciccio]]",
            ),
        ],
    },
    # 10. An accountant's network printer disappears after a new modem; remote support.
    {
        "business": "itfix",
        "platform": "messenger",
        "customer": "Studio Gallo",
        "lang": "it",
        "start": "2025-09-15T15:10:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Rocco Gallo]], commercialista. Dopo il cambio del modem nessun PC dello studio vede più la stampante di rete.",
            ),
            (
                "a",
                "Buonasera dott. [[P:Gallo]], probabilmente la stampante aveva un IP fisso nella vecchia rete. Che indirizzo mostra sul pannello?",
            ),
            (
                "c",
                "Sul display c'è [[IP:192.168.1.250]], il pc della segretaria, [[P:Anna]], invece ha [[IP:192.168.0.34]]",
            ),
            (
                "a",
                "Ecco il problema, due subnet diverse. Ci colleghiamo da remoto con {{PD:AnyDesk}} (se non ce l'ha: {{W:anydesk.com/it/downloads}}): mi detta l'ID?",
            ),
            ("c", "{{R:1 284 557 903}}"),
            ("a", "Risolto ✅ Le mando il rapportino via mail, a quale indirizzo?"),
            (
                "c",
                "[[E:studio.gallo@example.it]] e in copia la mia personale [[E:rocco.gallo63 at example.com]]",
            ),
            ("a", "Inviato. Intervento remoto {{$:35 € + IVA}}. Buona serata, [[P:Francesco]]"),
        ],
    },
    # 11. A wedding photographer's SD card: portfolio, behance, handle, the bride and the mother-in-law.
    {
        "business": "itfix",
        "platform": "instagram",
        "customer": "giulia.ferraro.ph",
        "lang": "it",
        "start": "2025-06-09T10:33:00",
        "messages": [
            (
                "c",
                "ciao! mi ha parlato di voi [[P:Alessia]] del bar sotto casa. sono fotografa e la SD del matrimonio di sabato non si legge più 😭 dentro ci sono 1400 raw",
            ),
            (
                "a",
                "Ciao! Niente panico: non formattarla e non scriverci sopra. Il recupero lo facciamo in laboratorio, da {{$:80 €}} in base al danno.",
            ),
            (
                "c",
                "ok. x farvi capire che lavoro faccio il portfolio è [[U:www.giuliaferraro-foto.example.com]] e su behance [[U:behance.net/giuliaferraroph]]",
            ),
            (
                "a",
                "Bellissime foto! Passa quando vuoi in [[A:via Popilia 188]]. Ci lasci nome e cellulare per la scheda?",
            ),
            (
                "c",
                "[[P:Giulia Ferraro]], [[T:+39 320 774 1089]]. la sposa si chiama [[P:Grazia]] e se non recupero le foto mi uccide, lei e la suocera [[P:Immacolata]] 😅 se serve fattura ho partita iva [[V:03677410783]]",
            ),
            ("a", "Recuperati 1392 file su 1400! 🎉 Te li carichiamo su {{W:WeTransfer}} stasera."),
            ("c", "VI AMO 😭😭 vi taggo nelle storie, io sono [[H:@giulia.ferraro.ph]]"),
            ("a", "Grazie!! Noi siamo {{B:@tecnofix.cs}} 😄"),
        ],
    },
    # 12. A Ghanaian Erasmus student with a broken screen; flatmate from Senegal, wifi IP conflict.
    {
        "business": "itfix",
        "platform": "whatsapp",
        "customer": "Kwame",
        "lang": "en",
        "start": "2025-03-24T09:12:00",
        "messages": [
            (
                "c",
                "Hi, good morning. I'm [[P:Kwame Mensah]], Erasmus student at {{W:Unical}}. My phone screen is broken, {{PD:Samsung A54}}. How much for change it?",
            ),
            (
                "a",
                "Hi [[P:Kwame]]! Original screen for the A54 is {{$:119 €}}, ready in 2 hours. You can come to the shop or we pick it up.",
            ),
            (
                "c",
                "Pick up please. I live in [[L:Quattromiglia]], [[A:via Kennedy 52/C]], 2nd floor. If I am at lesson my flatmate [[P:Abdou]] is home, he is from [[L:Senegal]], speak French and little Italian",
            ),
            ("a", "OK, [[P:Mimmo]] comes at {{TM:12:30}}. A phone number please?"),
            (
                "c",
                "Italian number [[T:351 902 6618]] but WhatsApp is my [[L:Ghana]] number [[T:+233 24 418 7720]]. Also my laptop says IP conflict on the campus wifi, address [[IP:10.12.45.201]], can you check also?",
            ),
            (
                "a",
                "Sure, bring the laptop to the shop any time, it's a quick fix. Phone is ready, [[P:Mimmo]] brings it back at 17.",
            ),
            (
                "c",
                "thank you so much! my mum [[P:Akosua]] was calling me all day on the broken phone haha. If you need a review, I'm on [[U:linkedin.com/in/kwame-mensah-gh]]",
            ),
        ],
    },
    # 13. A freelance web designer forwards his invoice data; PEC, github, the shop's own site.
    {
        "business": "itfix",
        "platform": "telegram",
        "customer": "Domenico L.",
        "lang": "it",
        "start": "2025-05-05T11:58:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Domenico Lupinacci]], web designer freelance. Ho comprato da voi il {{PD:MacBook Air M2}}, mi serve la fattura intestata alla ditta individuale.",
            ),
            ("a", "Buongiorno! Ci mandi pure i dati."),
            (
                "c",
                "Inoltrato da [[P:Mimma]]:\n---\n[[P:LUPINACCI DOMENICO]]\n[[A:via Nicola Serra 63]]\n[[A:87100]] [[L:Cosenza]]\nP.IVA [[V:03581270786]]\nCF [[CF:LPNDNC90L04D086V]]\nPEC [[E:d.lupinacci@pec.example.it]]\n---\n(mia moglie mi tiene i dati, io non li ricordo mai 😅)",
            ),
            ("a", "Grazie. Fattura {{R:FT 2025/0771}} da {{$:1.149,00 €}} inviata allo SDI."),
            (
                "c",
                "perfetto. se vi serve un sito nuovo 😉 [[U:lupinaccidesign.example.it]], e i miei lavori open source su [[U:github.com/dlupinacci]]",
            ),
            (
                "a",
                "Ahah ci pensiamo, il nostro {{W:www.tecnofix-cosenza.example.it}} è fermo al 2015 😂",
            ),
        ],
    },
    # 14. A grandson in Bologna writes for his grandmother's tablet in a village near Cosenza.
    {
        "business": "itfix",
        "platform": "whatsapp",
        "customer": "Andrea De Rose",
        "lang": "it",
        "start": "2025-12-01T19:20:00",
        "messages": [
            (
                "c",
                "salve scrivo per mia nonna [[P:teresa]], il tablet nn si connette piu al wifi e lei nn puo fare le videochiamate con mia zia [[P:rosaria]] che sta in [[L:germania]]",
            ),
            ("a", "Ciao! Che tablet è? A volte basta dimenticare la rete e rimettere la password."),
            (
                "c",
                "un {{PD:Lenovo Tab M10}}. ho provato al telefono ma nn ci riesce. io studio a [[L:bologna]] e nn posso andare. la nonna sta a [[L:rogliano]], [[A:via roma 9]], primo piano",
            ),
            (
                "a",
                "Possiamo passare {{D:giovedì}} pomeriggio, siamo in zona per un altro intervento.",
            ),
            (
                "c",
                "grazie mille. si chiama [[P:teresa de rose]] e sente poco, bussate forte. se non apre la vicina [[P:concetta]] ha le chiavi. io sono [[P:andrea]], [[T:338 4417 092]]",
            ),
            (
                "a",
                "Fatto! Il problema era il router, riavviato e aggiornato. Nonna [[P:Teresa]] ha già chiamato la zia 😄 {{$:40 €}}, ha pagato lei.",
            ),
            ("c", "grandi!!"),
        ],
    },
    # 15. Two American sisters, Grace and Hope, book an autumn retreat.
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Grace Whitfield",
        "lang": "en",
        "start": "2025-04-22T22:15:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Grace]] from [[L:Portland]], [[L:Oregon]]. My sister [[P:Hope]] and I would love to join the {{PD:Autumn Silence Retreat}} in {{D:October}}. Any space left for two?",
            ),
            (
                "a",
                "Hi [[P:Grace]]! Yes, two spots left in the shared double with garden view, {{$:1,280 €}} per person for 7 nights, all meals included. [[P:Chiara]]",
            ),
            (
                "c",
                "Amazing!! We've been hoping for this for years 🙏 [[P:Hope]] is vegan and I'm gluten intolerant, is that ok?",
            ),
            (
                "a",
                "Of course, our cook [[P:Rita]] does that every week. To confirm we need a 30% deposit, full names and a billing address.",
            ),
            (
                "c",
                "[[P:Grace Ann Whitfield]] and [[P:Hope Whitfield-Moreno]]. Billing: [[A:2217 SE Clinton St, Apt 4]], [[L:Portland]], [[L:Oregon]] [[A:97202]]. I write about travel at [[U:gracewhitfieldwrites.example.com]], would love to feature you!",
            ),
            (
                "a",
                "Thanks! Deposit link sent. The closest airports are {{W:Perugia}} and {{W:Rome Fiumicino}}; we run a shuttle from Perugia for {{$:40 €}}. Train tickets: {{W:www.trenitalia.com}}.",
            ),
            (
                "c",
                "We land in [[L:Rome]] on {{D:Oct 11}} and take the train to {{W:Orvieto station}}. [[P:Hope]]'s phone in case: [[T:(503) 555-0148]]",
            ),
            (
                "a",
                "Perfect, [[P:Ben]] will pick you up in Orvieto. See you in October! [[P:Ben]] & [[P:Chiara]]",
            ),
        ],
    },
    # 16. A yoga influencer proposes a collaboration: link in bio, blog, vimeo, tiktok, partner's insta.
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "ivy.moves.yoga",
        "lang": "en",
        "start": "2025-02-03T12:47:00",
        "messages": [
            (
                "c",
                "Hey lovely people 🌿 I'm [[P:Ivy]], yoga teacher & content creator ([[H:@ivy.moves.yoga]], 48k). I'd love to collab: a few days at {{B:Casa Lavanda}} in exchange for reels and a blog post?",
            ),
            (
                "a",
                "Hi [[P:Ivy]]! Thanks for reaching out 💜 Could you share your media kit and your blog?",
            ),
            (
                "c",
                "sure! everything's in my link in bio [[U:linktr.ee/ivymovesyoga]] ✨ the blog is [[U:https://ivymoves.example.com/journal]] and my partner [[P:Kai]] shoots all the videos ([[U:vimeo.com/kaifilmsco]])",
            ),
            (
                "a",
                "Lovely content! We could offer 3 nights in {{D:June}} for the two of you. Please send the media kit to our manager [[P:Chiara Pasquini]], [[E:chiara.pasquini@example.it]]",
            ),
            (
                "c",
                "Will do! also my tiktok is [[H:ivy_moves_]] (same content lol) and [[P:Kai]]'s insta is [[H:kai.films.co]]",
            ),
            ("a", "Got it 🙏 talk soon! [[P:Ben]]"),
        ],
    },
    # 17. A German couple pays by transfer from a German account; daughter in Innsbruck.
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Sabine Hoffmann",
        "lang": "en",
        "start": "2025-03-11T07:30:00",
        "messages": [
            (
                "c",
                "Hello, we are [[P:Sabine]] and [[P:Jürgen Hoffmann]] from [[L:Bamberg]]. We booked the {{PD:Spring Reset week}}, booking {{R:CL-2025-044}}. We want to pay the rest by bank transfer, is it ok?",
            ),
            (
                "a",
                "Hallo [[P:Sabine]]! Yes of course: [[I:IT05U0306911884000045217836]], {{B:Casa Lavanda}} srl, balance {{$:1,860 €}}.",
            ),
            (
                "c",
                "Done. Sent from our account [[I:DE49 3704 0044 0518 2749 31]], the holder is [[P:J. Hoffmann]]",
            ),
            ("a", "Received, danke! For the invoice, your home address?"),
            ("c", "[[A:Kapuzinerstraße 17]], [[A:96047]] [[L:Bamberg]], [[L:Germany]]"),
            (
                "a",
                "Will you come by car? The last 2 km after {{W:Montecastello di Vibio}} are gravel road 😅",
            ),
            (
                "c",
                "Yes by car, we come via [[L:Innsbruck]] where our daughter [[P:Lena]] lives. Her number if we are late, she speaks Italian: [[T:+43 664 3128457]]",
            ),
        ],
    },
    # 18. Two friends from Milan for the Easter retreat; Serena the friend, serena the adjective.
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "Fede",
        "lang": "it",
        "start": "2025-02-25T21:05:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Federica]], ho visto il ritiro di {{D:Pasqua}} e ho un bisogno disperato di una settimana {{W:serena}} lontano da [[L:Milano]] 😮‍💨",
            ),
            (
                "a",
                "Ciao [[P:Federica]]! Il ritiro di Pasqua va dal {{D:17}} al {{D:21 aprile}}: singola {{$:690 €}}, condivisa {{$:540 €}}.",
            ),
            (
                "c",
                "condivisa con la mia amica [[P:Serena]] (che è {{W:serena}} di nome ma non di fatto 😂). io sono vegetariana, lei mangia tutto",
            ),
            ("a", "Ahah perfetto. Mi dai i nomi completi e un numero?"),
            (
                "c",
                "[[P:Federica Sala]] e [[P:Serena Colombo]], il mio cell è [[T:+393471129854]]. veniamo in treno fino alla {{W:stazione di Terni}}, c'è qualcuno che ci prende?",
            ),
            (
                "a",
                "Sì, il nostro autista [[P:Gianni]] vi aspetta in stazione. Prenotazione {{R:CL-2025-061}}. Qui la posizione della casa: {{W:https://maps.google.com/?q=Casa+Lavanda+Umbria}}. [[P:Chiara]]",
            ),
        ],
    },
    # 19. An Indian yoga teacher needs a visa invitation letter; Bengaluru address, husband's phone.
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Priya Raghunathan",
        "lang": "en",
        "start": "2025-05-30T04:50:00",
        "messages": [
            (
                "c",
                "Namaste, I am [[P:Priya Raghunathan]] from [[L:Bengaluru]]. I teach yoga myself and I would like to attend your teacher training in {{D:September}}.",
            ),
            (
                "a",
                "Namaste [[P:Priya]]! The {{PD:200h Teacher Training}} runs {{D:1-28 September}}, {{$:2,900 €}} with full board. Do you need an invitation letter for the visa?",
            ),
            (
                "c",
                "Yes please. Full name [[P:Priya Lakshmi Raghunathan]], address [[A:No. 42, 3rd Cross, 5th Main, Indiranagar 2nd Stage]], [[L:Bengaluru]] [[A:560038]], [[L:Karnataka]]. My studio page is [[U:priyayogashala.example.in]]",
            ),
            (
                "a",
                "Thank you! The visa appointment is booked on {{W:vistoperitalia.esteri.it}}; we'll send the letter as PDF. Which e-mail?",
            ),
            (
                "c",
                "[[E:priya.raghu@example.in]]. My husband [[P:Arvind]] may join for the last weekend, his number is [[T:+91 98450 21763]]",
            ),
            ("a", "Wonderful, letter sent! [[P:Ben]]"),
        ],
    },
    # 20. A Spanish guest cancels because her father is in hospital; refund to a Spanish IBAN; en/it.
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "lucia.fs.yoga",
        "lang": "en",
        "start": "2025-06-17T13:02:00",
        "messages": [
            (
                "c",
                "Hola! I'm [[P:Lucía Ferrández]] 🙂 I had to cancel my stay (booking {{R:CL-2025-029}}) because my father [[P:Ramón]] is in hospital in [[L:Alicante]]. Is a refund possible?",
            ),
            (
                "a",
                "Hi [[P:Lucía]], we're so sorry. Since you cancelled more than 30 days before, we refund the deposit of {{$:300 €}}. Could you send your IBAN?",
            ),
            (
                "c",
                "Thank you so much. [[I:ES9121000418450200051332]], holder [[P:Lucía Ferrández Soler]]",
            ),
            (
                "c",
                "scusate, provo in italiano 😅 va bene anche se il conto è cointestato con mio fratello [[P:Nacho]]?",
                "it",
            ),
            (
                "a",
                "Certo [[P:Lucía]], nessun problema. Rimborso inviato oggi, riferimento {{R:RIMB-0029}}. Un abbraccio a tuo papà ❤️ [[P:Chiara]]",
                "it",
            ),
            (
                "c",
                "Gracias!! I'll come next year for sure, I follow you from [[H:@lucia.fs.yoga]] 🌸",
            ),
        ],
    },
    # 21. A Romanian carer in Foligno buys a gift voucher for her daughter in Cluj.
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Ioana",
        "lang": "it",
        "start": "2025-07-21T18:14:00",
        "messages": [
            (
                "c",
                "Buna ziua, sono [[P:Ioana Popescu]], lavoro come badante a [[L:Foligno]] da 6 anni. voglio regalare a mia figlia [[P:Andreea]] un weekend di yoga per suo compleanno",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]]! Che bel regalo. Il {{PD:weekend Respiro}} costa {{$:260 €}} con pensione completa. Facciamo un buono regalo?",
            ),
            (
                "c",
                "si buono regalo. lei vive in [[L:Romania]], a [[L:Cluj-Napoca]], ma viene qua a {{D:Ferragosto}}. indirizzo per mandare buono di carta: [[A:Strada Memorandumului nr. 28, ap. 5]], [[A:400114]] [[L:Cluj-Napoca]]",
            ),
            (
                "c",
                "la trovate anche su [[U:facebook.com/andreea.popescu.9081]] se volete vedere quanto è bella 😊",
            ),
            (
                "c",
                "posso pagare con postepay? numero [[C:5403 1277 0012 3485]] intestata [[P:Popescu Ioana]]",
            ),
            (
                "a",
                "Meglio di no in chat 🙏 le mandiamo un link di pagamento sicuro per mail. Quale indirizzo?",
            ),
            ("c", "[[E:ioana.popescu76 chiocciola example.ro]]"),
            ("a", "Fatto! Buono {{R:GIFT-2025-112}}, lo spediamo domani. [[P:Chiara]]"),
            ("c", "multumesc! grazie tanto 🌷"),
        ],
    },
    # 22. A Londoner orders a made-to-measure suit remotely; flat address, PA's spelled-out e-mail, wa.me link.
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Oliver B-S",
        "lang": "en",
        "start": "2025-01-14T17:22:00",
        "messages": [
            (
                "c",
                "Good afternoon, my name is [[P:Oliver Bennett-Shah]]. My friend [[P:Rupert]] had a suit made by you last year and it's stunning. I'm in [[L:London]], can you do made-to-measure remotely?",
            ),
            (
                "a",
                "Good afternoon Mr [[P:Bennett-Shah]]! Yes: we send a measuring guide and do a video call with our master tailor [[P:Gennaro]]. A two-piece in {{B:Vitale Barberis Canonico}} wool starts at {{$:1,450 €}}.",
            ),
            (
                "c",
                "Lovely. I'd like the {{PD:Eduardo}} model, navy, soft shoulder. Video call {{D:Thursday}} at {{TM:6pm}} UK time? Shipping to [[A:Flat 3, 27 Elgin Crescent]], [[L:London]] [[A:W11 2JD]]",
            ),
            ("a", "Perfect. Which e-mail for the call link?"),
            (
                "c",
                "[[E:oliver.bs@example.co.uk]], and please copy my PA [[P:Harriet]]: [[E:harriet dot lowe at example dot co dot uk]]. Easiest is WhatsApp though, [[U:wa.me/447700900461]]",
            ),
            ("c", "Deposit sent from [[I:GB18 BARC 2045 1873 9204 66]]"),
            ("a", "Received, thank you. Order {{O:SR-1952-2207}}. [[P:Gennaro]]"),
        ],
    },
    # 23. A Brooklyn customer's suit held at JFK customs needs a bill of sale; he moved; Amex balance.
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Bill Kowalczyk",
        "lang": "en",
        "start": "2025-05-20T14:40:00",
        "messages": [
            (
                "c",
                "Hi, my suit order {{O:SR-1952-2144}} should have shipped last week, any tracking? It's [[P:Bill]] btw, [[P:Bill Kowalczyk]]",
            ),
            (
                "a",
                "Hello Mr [[P:Kowalczyk]]! It shipped with {{B:DHL}} on {{D:May 12}}, tracking {{TR:JD014600009876543210}}, you can follow it on {{W:dhl.com}}.",
            ),
            (
                "c",
                "It says held at customs at {{W:JFK}}. They want a {{W:bill}} of sale showing the value, it says so on {{W:www.cbp.gov}}. Can you send one?",
            ),
            (
                "a",
                "We'll email you the commercial invoice {{R:INV-2025-0391}} right away. Same e-mail as the order?",
            ),
            (
                "c",
                "No, my work one please: [[E:b.kowalczyk@example.com]]. Also I moved, new address [[A:418 Bergen Street, Apt 2R]], [[L:Brooklyn]], [[L:NY]] [[A:11217]]. Balance can go on my Amex [[C:3742 169800 35125]]",
            ),
            (
                "a",
                "Address updated with DHL and balance of {{$:650 $}} charged. Our shipping lady [[P:Assunta]] will call you if needed, which number?",
            ),
            (
                "c",
                "[[T:+1 718-555-0193]]. And tell [[P:Gennaro]] my wife [[P:Dorota]] wants a dress now 😂",
            ),
        ],
    },
    # 24. A Neapolitan groom in dialect: witnesses, father-in-law, cousin photographer.
    {
        "business": "tailor",
        "platform": "instagram",
        "customer": "ciro_92",
        "lang": "it",
        "start": "2025-04-07T19:55:00",
        "messages": [
            (
                "c",
                "uè buonasera, so [[P:Ciro]], me sposo a {{D:settembre}} e voglio l'abito da voi, m'ha mandato [[P:Tonino]] 'o barbiere",
            ),
            (
                "a",
                "Buonasera [[P:Ciro]], auguri! Passate in sartoria, [[A:via Toledo 256]], secondo piano, così prendiamo le misure.",
            ),
            (
                "c",
                "si ma vengono pure i testimoni, [[P:Enzo]] e [[P:Pasquale]] detto [[P:'o Biondo]], e mio suocero don [[P:Franco]] che vuole il gessato",
            ),
            (
                "a",
                "Facciamo tutti e quattro allora: per 4 abiti {{$:4.200 €}} in totale, il gessato è la nostra {{PD:Eduardo}} doppiopetto.",
            ),
            (
                "c",
                "perfetto. io sto a [[L:Chiaia]], [[A:via dei Mille 40]]. le foto le fa mio cugino [[P:Lello]], su insta è [[H:lello_scatti_napoli]], i lavori suoi stanno su [[U:lelloscatti.example.it]]",
            ),
            ("a", "Appuntamento {{D:sabato 7}} alle {{TM:11:00}}. [[P:Assunta]]"),
            ("c", "grazie [[P:assuntì]] 🙏"),
        ],
    },
    # 25. A Chinese-Italian father in Prato orders a graduation suit for his son in Turin.
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Davide Chen",
        "lang": "it",
        "start": "2025-06-02T09:47:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Chen Wei]] ma tutti mi chiamano [[P:Davide]]. Mio figlio [[P:Hao]] si laurea a {{D:luglio}}, vorrei un abito su misura per lui",
            ),
            (
                "a",
                "Buongiorno! Molto volentieri. Può venire a Napoli o preferisce le misure a distanza?",
            ),
            (
                "c",
                "a distanza. lui studia a [[L:Torino]], le misure gli ha prese la fidanzata [[P:Xiaoling]] ([[P:林晓玲]]), lei fa la sarta, è precisa",
            ),
            ("a", "Perfetto, ci mandi la scheda compilata. Dove spediamo?"),
            (
                "c",
                "a casa mia: [[A:via Pistoiese 311/A]], [[A:59100]] [[L:Prato]]. citofono [[P:Chen]]. telefono [[T:0574 19 84 62]]",
            ),
            ("a", "Ordine {{O:SR-1952-2231}}, acconto {{$:500 €}}. [[P:Gennaro Ruocco]]"),
            ("c", "grazie maestro. [[P:陈浩]] sarà contento"),
        ],
    },
    # 26. A Nigerian groom in Lagos orders three suits; brother in Milan, t.me link.
    {
        "business": "tailor",
        "platform": "telegram",
        "customer": "Emeka Okafor",
        "lang": "en",
        "start": "2025-08-12T10:26:00",
        "messages": [
            (
                "c",
                "Good day sir. I am [[P:Chukwuemeka Okafor]], I saw your suits on Instagram. I need 3 suits for my wedding in [[L:Lagos]] in {{D:December}}.",
            ),
            (
                "a",
                "Good day Mr [[P:Okafor]], congratulations! We can do it remotely with our measuring guide.",
            ),
            (
                "c",
                "My brother [[P:Obinna]] lives in [[L:Milan]], he can come to Naples for fitting? He is same size as me 😄",
            ),
            (
                "a",
                "Better to use your own measurements 😊 Shipping to [[L:Lagos]] with {{B:FedEx}} is about {{$:95 €}}.",
            ),
            (
                "c",
                "Ok. Address: [[A:Plot 14, Admiralty Way, Lekki Phase 1]], [[L:Lagos]]. Tel [[T:+234 803 412 7765]], email [[E:emeka.okafor@example.ng]], or here [[U:t.me/emeka_okafor_lk]]",
            ),
            ("a", "Thank you. Quote {{R:PRV-2025-088}} sent to your e-mail. [[P:Gennaro]]"),
            ("c", "God bless you sir 🙏"),
        ],
    },
    # 27. A wife plans a surprise jacket for Bruno's 60th; bruno tabacco, franco domicilio, son Franco.
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Rosa Improta",
        "lang": "it",
        "start": "2025-10-06T16:09:00",
        "messages": [
            (
                "c",
                "salve, vorrei fare una sorpresa a mio marito [[P:Bruno]] per i 60 anni, una giacca su misura. lui è un tipo classico",
            ),
            (
                "a",
                "Buongiorno signora! Per una giacca classica proponiamo la {{PD:Eduardo}}, in tweed o cashmere, da {{$:890 €}}.",
            ),
            (
                "c",
                "il tweed mi piace. un colore caldo, un {{W:bruno}} tabacco? ma le misure come faccio senza che se ne accorga 😅",
            ),
            (
                "a",
                "Trucco classico: ci manda una giacca che gli sta bene e copiamo quella. La restituiamo con spedizione {{W:franco}} domicilio.",
            ),
            (
                "c",
                "geniale! ve la porta mio figlio [[P:Franco]] che lavora a [[L:Napoli]]. io sono [[P:Rosa Improta]], abitiamo a [[L:Sorrento]], [[A:vico Fuoro 5]]",
            ),
            (
                "a",
                "Perfetto sig.ra [[P:Improta]]. Acconto {{$:300 €}} su [[I:IT76G0200816210000103857264]] intestato {{B:Sartoria Ruocco}}. [[P:Assunta]]",
            ),
            ("c", "fatto ✅ e mi raccomando zitti con [[P:Bruno]] 🤫"),
        ],
    },
    # 28. A customer in Lyon wants a rose linen suit; wife Rose; obfuscated e-mail; LinkedIn.
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Mathieu Lefèvre",
        "lang": "en",
        "start": "2025-03-03T08:58:00",
        "messages": [
            (
                "c",
                "Bonjour, I am [[P:Mathieu Lefèvre]], I live in [[L:Lyon]]. I want a linen suit for summer, in a light {{W:rose}} colour. It is too crazy? 😄",
            ),
            (
                "a",
                "Not crazy at all! A {{W:rose}} or salmon linen is very Neapolitan. Two-piece linen from {{$:1,100 €}}.",
            ),
            (
                "c",
                "My wife [[P:Rose]] says yes, so ok 😄 Address: [[A:14 rue des Remparts d'Ainay]], [[A:69002]] [[L:Lyon]]",
            ),
            ("a", "Noted. Shall we send a secure card link by e-mail?"),
            (
                "c",
                "yes: [[E:mathieu.lefevre (at) example.fr]]. for the measures I am on [[U:linkedin.com/in/mathieu-lefevre-lyon]] if you want to see my size 😂",
            ),
            ("a", "Link sent. Merci! [[P:Gennaro]]"),
        ],
    },
    # 29. A mother enrols two children; codici fiscali, grandparents and babysitter for pick-up; viola colour.
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Giulia Dallapiccola",
        "lang": "it",
        "start": "2025-05-12T06:58:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere i miei bimbi al camp di {{D:luglio}}: [[P:Tommaso]] 5 anni e [[P:Viola]] 3 anni e mezzo",
            ),
            (
                "a",
                "Buongiorno! Ci sono posti nei turni {{D:7-11 luglio}} e {{D:14-18 luglio}}. Servono nome, cognome e codice fiscale di ciascun bambino, modulo su {{W:www.piccolilarici.example.it/iscrizioni}}.",
            ),
            (
                "c",
                "entrambi i turni.\n[[P:Tommaso Dallapiccola]] CF [[CF:DLLTMS20C12L378H]]\n[[P:Viola Dallapiccola]] CF [[CF:DLLVLI21S68L378M]]",
            ),
            (
                "c",
                "li porto io la mattina, il pomeriggio li prendono i nonni [[P:Renzo]] e [[P:Gioia]] oppure la babysitter [[P:Ivana]]. abitiamo a [[L:Lavis]], [[A:via Carmine 11]]. la mia mail è [[E:giulia.dallapiccola@example.it]]",
            ),
            (
                "a",
                "Perfetto. Per i ritiri serve la delega firmata con i documenti dei nonni e di [[P:Ivana]]. Ritiro entro le {{TM:16:30}}. Allergie?",
            ),
            (
                "c",
                "[[P:Viola]] allergica alle arachidi, [[P:Tommi]] niente. e vestitela pure di {{W:viola}} se si sporca, ha solo roba {{W:viola}} 😂",
            ),
            (
                "a",
                "Ahah segnato! Iscrizione {{R:PL-25-0137}}, quota {{$:180 €}} a settimana a bambino. A presto, [[P:Marina]]",
            ),
        ],
    },
    # 30. A British father in Rovereto: son with little Italian, kiwi allergy, UK address for reimbursement.
    {
        "business": "camp",
        "platform": "telegram",
        "customer": "Dan Ashworth",
        "lang": "en",
        "start": "2025-05-28T19:36:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Daniel Ashworth]], we moved to [[L:Rovereto]] in January. Our son [[P:Alfie]] (4) doesn't speak much Italian yet, would he be ok at the camp?",
            ),
            (
                "a",
                "Hi [[P:Daniel]]! Absolutely, two of our educators speak English, [[P:Elisa]] and [[P:Hannah]]. Kids pick up Italian super fast.",
            ),
            (
                "c",
                "Great. My wife [[P:Sunita]] will do the drop-off, she's the one writing about our Italian life at [[U:sunitaashworth.substack.com]] 😄 He's allergic to kiwi.",
            ),
            ("a", "Noted. Please send back the signed forms by e-mail."),
            (
                "c",
                "Sent from [[E:dan.ashworth@example.com]]. My company reimburses it, so the receipt needs our UK address: [[A:7 Beech Grove, Didsbury]], [[L:Manchester]] [[A:M20 6RT]]",
            ),
            (
                "a",
                "Got them! Receipt {{R:PL-25-0152}}. See you {{D:Monday 7 July}} at {{TM:8:30}}! [[P:Elisa]]",
            ),
        ],
    },
    # 31. A grandmother dictates by voice from a village: pick-up permission, grandpa Fortunato.
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Gemma Zanon",
        "lang": "it",
        "start": "2025-07-15T11:11:00",
        "messages": [
            (
                "c",
                "buongiorno sono la nonna di [[P:matilde]] e [[P:giacomo zanon]] volevo sapere se domani li posso venire a prendere io che la mamma [[P:elena]] lavora fino a tardi virgola io abito a [[L:vigolo vattaro]]",
            ),
            ("a", "Buongiorno signora! Certo, se è nella delega. Come si chiama?"),
            (
                "c",
                "[[P:gemma zanon]] ma mi chiamano tutti nonna [[P:mimma]] punto nella delega c'è anche mio marito [[P:fortunato]] ma lui non guida più",
            ),
            (
                "a",
                "Sì signora [[P:Gemma]], c'è. Ritiro entro le {{TM:16:30}} all'ingresso del {{W:Parco Pineta}}.",
            ),
            (
                "c",
                "va bene grazie tante e mi raccomando a [[P:giacomo]] la crema che si scotta sempre punto esclamativo",
            ),
            ("a", "Ci pensiamo noi! [[P:Elisa]]"),
        ],
    },
    # 32. The Croatian babysitter picks the children up; two phones, boyfriend's car.
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Ivana K",
        "lang": "it",
        "start": "2025-07-09T13:20:00",
        "messages": [
            (
                "c",
                "Ciao, sono [[P:Ivana Kovač]], la babysitter di [[P:Tommaso]] e [[P:Viola]]. Oggi vengo io a prenderli, la signora [[P:Dallapiccola]] vi ha mandato la delega?",
            ),
            ("a", "Ciao [[P:Ivana]]! Sì, c'è. Porta un documento. Il tuo numero è questo?"),
            (
                "c",
                "si, [[T:+39 389 661 20 47]]. ho anche numero croato [[T:+385 91 524 3318]] ma qua non lo uso",
            ),
            ("a", "Salvato. Oggi [[P:Viola]] ha dormito poco, è un po' nervosetta 😅"),
            (
                "c",
                "ok capito. arrivo {{TM:16:15}} con la macchina del mio ragazzo [[P:Luka]], una panda {{W:bianca}}",
            ),
            ("a", "A dopo! [[P:Marina]]"),
        ],
    },
    # 33. A mother-blogger asks for the trip photos; Leone the boy, leone the word.
    {
        "business": "camp",
        "platform": "instagram",
        "customer": "mamma.in.quota",
        "lang": "it",
        "start": "2025-07-24T20:48:00",
        "messages": [
            (
                "c",
                "ciao! sono la mamma di [[P:Leone]] (turno 2). ci sono le foto della gita al {{W:Lago di Levico}}? dice che ha visto un'aquila 🦅",
            ),
            (
                "a",
                "Ciao! Le foto sono nell'area riservata, non sui social per la privacy. Ti mandiamo le credenziali per mail.",
            ),
            (
                "c",
                "giusto! mail [[E:chiara.nardelli@example.it]]. ps scrivo un blog di mamme in montagna ([[U:mammainquota.example.it]]), posso citarvi?",
            ),
            (
                "a",
                "Certo, ma senza foto dei bambini per favore 🙏 Il nostro profilo è {{B:@piccolilarici}}",
            ),
            (
                "c",
                "promesso! io su insta sono [[H:@mamma.in.quota]], il papà [[P:Stefano]] è [[H:@ste_nardelli.trail]]. [[P:Leone]] comunque quel giorno era un {{W:leone}}, 4 km a piedi 💪",
            ),
            ("a", "Confermiamo, un vero {{W:leone}} 😄 [[P:Marina]]"),
        ],
    },
    # 34. A father asks a partial refund after fever; IBAN in his wife Sole's name; stella the star.
    {
        "business": "camp",
        "platform": "whatsapp",
        "customer": "Mattia Sartori",
        "lang": "it",
        "start": "2025-08-04T18:52:00",
        "messages": [
            (
                "c",
                "buonasera, [[P:Stella]] ha avuto la febbre e ha saltato tutta la seconda settimana. è possibile un rimborso parziale? sono il papà, [[P:Mattia Sartori]]",
            ),
            (
                "a",
                "Buonasera. Sì, con certificato medico rimborsiamo il 50%, cioè {{$:90 €}}. Ci manda IBAN e intestatario?",
            ),
            (
                "c",
                "[[I:IT39A0832767460000000019385]] intestato a mia moglie [[P:Sole Bertagnolli]]. il certificato l'ha fatto il dott. [[P:Pedrotti]], ve lo giro per mail da [[E:mattia punto sartori at example punto com]]",
            ),
            (
                "a",
                "Ricevuto tutto. Rimborso entro {{D:fine agosto}}. Un bacio a [[P:Stella]], la nostra {{W:stella}} ⭐",
            ),
            (
                "c",
                "grazie! ha già detto che l'anno prossimo torna con la cugina [[P:Aurora]] da [[L:Cles]]",
            ),
        ],
    },
    # 35. A Ukrainian mother hosted in Pergine; non-native Italian, Cyrillic name of the grandmother.
    {
        "business": "camp",
        "platform": "messenger",
        "customer": "Olena Shevchuk",
        "lang": "it",
        "start": "2025-06-10T09:41:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Olena Shevchuk]], mamma di [[P:Sofiia]] 6 anni. Siamo da [[L:Kharkiv]], adesso abitiamo a [[L:Pergine Valsugana]]. Mia figlia può fare camp anche se non parla bene italiano?",
            ),
            (
                "a",
                "Buongiorno [[P:Olena]]! Certo, [[P:Sofiia]] è benvenuta. Per le famiglie accolte c'è anche un contributo del Comune, info su {{W:www.comune.pergine.tn.it}}.",
            ),
            (
                "c",
                "Grazie molto. Indirizzo: [[A:viale Dante 48, interno 3]], [[A:38057]] [[L:Pergine]]. Abitiamo con famiglia [[P:Moser]] che ci ospita.",
            ),
            ("a", "Perfetto. Un numero di telefono?"),
            (
                "c",
                "[[T:+380 67 214 8830]] ucraino, italiano [[T:371 448 2065]]. Anche nonna [[P:Halyna]] ([[P:Галина]]) viene prendere bambina qualche volta",
            ),
            ("a", "Va bene, la inseriamo nella delega. [[P:Elisa]]"),
        ],
    },
    # 36. A buyer from Sicily: Panda shipped by car transporter, codice fiscale, two addresses, card deposit.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Salvo G.",
        "lang": "it",
        "start": "2025-09-02T10:04:00",
        "messages": [
            (
                "c",
                "salve, interessato alla {{PD:Fiat Panda 1.2 Easy}} del 2019 che avete su {{W:Subito}} a {{$:8.900 €}} ({{W:subito.it/auto-usate/fiat-panda-reggio-emilia-551873.htm}}). sono di [[L:Catania]], la spedite?",
            ),
            (
                "a",
                "Buongiorno! Sì, con bisarca fino a [[L:Catania]] {{$:650 €}}, 5-7 giorni. Per il passaggio ci servono CF, documento e residenza.",
            ),
            (
                "c",
                "[[P:Salvatore Gulisano]], CF [[CF:GLSSVT79P22C351F]], residente a [[L:Acireale]] [[A:via Vittorio Emanuele 132]]... no aspetta, ci siamo trasferiti, [[A:via Ruggero Settimo 5]]",
            ),
            (
                "a",
                "Ok, dati ricevuti. Preventivo {{R:PV-0413}}. Per la caparra la sente la nostra amministrazione, sig.ra [[P:Giovanna]].",
            ),
            (
                "c",
                "la caparra posso darla con la carta? [[C:4987 6512 3098 7652]] scad 11/27. mail [[E:salvo.gulisano@example.it]]",
            ),
            (
                "a",
                "Le mandiamo un link di pagamento alla mail, il numero della carta lo cancelli pure dalla chat 🙏",
            ),
            (
                "c",
                "ok. il mio fisso [[T:095 764 3381]], cell [[T:339-472-1186]]. mia moglie [[P:Agata]] chiede se c'è il clima 😅",
            ),
            ("a", "Sì, il clima c'è e funziona 😄 [[P:Fortunato]]"),
            ("c", "allora siamo {{W:fortunati}} 😂"),
        ],
    },
    # 37. A Dutch buyer comes by train to export a Giulietta; deposit from a Dutch IBAN.
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Pieter de Vries",
        "lang": "en",
        "start": "2025-10-14T07:17:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Pieter de Vries]] from [[L:Utrecht]], [[L:Netherlands]]. I'm interested in the {{PD:Alfa Romeo Giulietta}} 2017 diesel. Export possible?",
            ),
            (
                "a",
                "Hi [[P:Pieter]], yes! Export price without Italian VAT is {{$:11,500 €}}, export plates and paperwork {{$:350 €}}.",
            ),
            (
                "c",
                "Good. I come with my brother-in-law [[P:Joost]] by train on {{D:Saturday}} and we drive back.",
            ),
            (
                "a",
                "We'll pick you up at {{W:Reggio Emilia AV Mediopadana}} station. Deposit {{$:1,000 €}} to [[I:IT56H0538712800000003418852]], please.",
            ),
            (
                "c",
                "Paid from [[I:NL72INGB0006543217]]. Address for the papers: [[A:Oudegracht 231 bis]], [[A:3511 NR]] [[L:Utrecht]]",
            ),
            ("a", "Perfect. See you Saturday! [[P:Walter]]"),
        ],
    },
    # 38. A Polish trader buys three small cars for export; telegram handle, seller profile, partner with truck.
    {
        "business": "cars",
        "platform": "telegram",
        "customer": "Krzysztof",
        "lang": "en",
        "start": "2025-11-19T06:44:00",
        "messages": [
            (
                "c",
                "hello. i am [[P:Krzysztof Nowak]], i buy cars for export to [[L:Poland]], from [[L:Wrocław]]. interested in two {{PD:Fiat 500}} and the {{PD:Lancia Ypsilon}}",
            ),
            (
                "a",
                "Hello [[P:Krzysztof]]! All three available, {{$:21,400 €}} for the lot. Can you send some references?",
            ),
            (
                "c",
                "my seller profile [[U:otomoto.pl/sprzedajacy/krzysnowak-auto]], 400 cars sold. my partner [[P:Wojtek]] comes with truck on {{D:Tuesday}}",
            ),
            ("a", "Thanks. Tuesday from {{TM:8:00}} is fine. His phone?"),
            (
                "c",
                "[[T:+48 601 234 587]], and telegram [[H:@krzys_auto_pl]] is me, [[H:@wojtek.truck]] is him",
            ),
            ("a", "OK, see you Tuesday. [[P:Walter]]"),
        ],
    },
    # 39. A young factory worker wants a Golf on finance; mother as guarantor; tiktok in two shapes.
    {
        "business": "cars",
        "platform": "instagram",
        "customer": "kevin.gtd_",
        "lang": "it",
        "start": "2025-03-29T21:21:00",
        "messages": [
            (
                "c",
                "bella raga, la {{PD:Golf 7 GTD}} nera è ancora disponibile?? ho visto il reel 🔥",
            ),
            ("a", "Ciao! Sì, {{$:14.900 €}}, anche a rate con {{B:Agos}}. Quanti anni hai?"),
            (
                "c",
                "21, lavoro da un anno in fabbrica a [[L:sassuolo]]. come garante c'è mia madre [[P:Loredana]]",
            ),
            ("a", "Perfetto. Per la pratica ci servono i dati vostri, meglio per mail."),
            (
                "c",
                "ok vi scrivo da [[E:kevin.manfredini02@example.it]]. sono [[P:Kevin Manfredini]] CF [[CF:MNFKVN04A17I496M]], abito a [[L:Scandiano]] fraz. [[L:Arceto]], [[A:via per Correggio 41]]",
            ),
            ("a", "Ricevuto. Passa {{D:sabato}} per un giro di prova, portati la patente!"),
            (
                "c",
                "spacca. vi taggo su tiktok, sono [[H:kevin.gtd_]] ([[U:tiktok.com/@kevin.gtd_]]) 🏎️",
            ),
        ],
    },
    # 40. A son trades in his late father Felice's car; sister Felicita; the notary; felice the word.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Marco Bonacini",
        "lang": "it",
        "start": "2025-05-08T15:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Marco Bonacini]] di [[L:Correggio]]. Vorrei dare in permuta la {{PD:Punto}} di mio padre [[P:Felice]], che purtroppo è mancato a {{D:marzo}}.",
            ),
            (
                "a",
                "Condoglianze. Nessun problema, serve però la successione: avete fatto la pratica?",
            ),
            (
                "c",
                "sì, dal notaio [[P:Cattani]]. siamo eredi io e mia sorella [[P:Felicita]], lei vive a [[L:Londra]] e firma la delega",
            ),
            ("a", "Perfetto. Valutazione {{$:1.800 €}} sull'acquisto della {{PD:Ypsilon}}."),
            (
                "c",
                "va bene. non è un periodo {{W:felice}} ma almeno questa la chiudiamo. la macchina è a casa sua a [[L:San Martino in Rio]], [[A:via Roma 87]], venite voi?",
            ),
            (
                "a",
                "Sì, passa [[P:Walter]] {{D:giovedì}}. Pratica {{R:PM-2025-061}}. Ci lascia una mail per i documenti?",
            ),
            ("c", "[[E:marco.bonacini [at] example [dot] it]]"),
        ],
    },
    # 41. An Irish woman working in Parma, half English half Italian, wants an automatic.
    {
        "business": "cars",
        "platform": "messenger",
        "customer": "Siobhan O'Connell",
        "lang": "en",
        "start": "2025-08-27T12:03:00",
        "messages": [
            (
                "c",
                "Hi, [[P:Siobhan O'Connell]] here! I live in [[L:Parma]] for work but I'm from [[L:Galway]], my Italian is a bit rusty 😅 Looking for a small automatic under 10k",
            ),
            (
                "a",
                "Hi [[P:Siobhan]]! We have a {{PD:Toyota Yaris Hybrid}} 2018 automatic for {{$:9,800 €}}, 62.000 km.",
            ),
            (
                "c",
                "perfetto! posso venire sabato con il mio compagno [[P:Niccolò]]? lui parla italiano meglio di me 😂",
                "it",
            ),
            (
                "a",
                "Certo! Siamo in [[A:via Emilia Ospizio 212]], accanto al distributore {{B:Eni}}.",
                "it",
            ),
            (
                "c",
                "Grand. My number is [[T:+353 87 245 9981]], or [[P:Niccolò]]'s [[T:348 0021 774]]. Email [[E:siobhan.oc @ example.ie]]",
            ),
            ("a", "See you Saturday at {{TM:10}}! [[P:Walter]]"),
        ],
    },
    # 42. A Moroccan-Italian plumber from Bologna buys a Duster; brother, father in Arabic script, partita IVA.
    {
        "business": "cars",
        "platform": "whatsapp",
        "customer": "Youssef",
        "lang": "it",
        "start": "2025-12-09T09:29:00",
        "messages": [
            (
                "c",
                "salam, buongiorno, sono [[P:Youssef El Amrani]], abito a [[L:Bologna]]. interessato al {{PD:Dacia Duster}} GPL",
            ),
            (
                "a",
                "Buongiorno [[P:Youssef]]! Il Duster 2020 GPL è {{$:13.200 €}}, tagliandato, garanzia 12 mesi.",
            ),
            (
                "c",
                "mio fratello [[P:Hamza]] lavora a [[L:Reggio]] e passa oggi a vederlo. il papà [[P:Abdelkader]] ([[P:عبد القادر]]) chiede se fate sconto 😄",
            ),
            (
                "a",
                "Per il papà un pieno di GPL in omaggio 😄 Per il contratto, indirizzo completo?",
            ),
            (
                "c",
                "[[A:via della Beverara 97/3]], [[A:40131]] [[L:Bologna]]. fattura alla ditta, faccio l'idraulico: P.IVA [[V:04125960379]], CF [[CF:LMRYSF88B05Z330L]]. la pagina della ditta è [[U:facebook.com/idraulico.elamrani.bo]]",
            ),
            ("a", "Perfetto, preparo il contratto {{R:CV-2025-0388}}. [[P:Fortunato]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(65, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
