# ruff: noqa: E501
"""Hand-written blind test corpus no. 114 for convmon's anonymiser.

Every conversation here was written by hand, message by message: no templates, no Faker, no
generated text. All people, phone numbers, e-mails, addresses, handles and links are invented.
The checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA) were computed once
with python-stdnum (mod-97 for IBANs, Luhn for cards and partite IVA, the codice fiscale check
letter) and pasted here as literals, so the corpus does not depend on any library at run time.

Markup (see ``handwritten_markup.py``): ``[[CODE:value]]`` marks a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (orders, prices, products, brands and
Page names, dates, times, tracking codes, ordinary words and public places, references).

The six invented businesses: a dental clinic in Bari (Studio Dentistico Dott.ssa Lorusso), an
e-bike seller in Bassano del Grappa shipping across Europe (Voltaro E-Bikes), a tailor doing
alterations in Turin (Sartoria Ferraris), a ski school in Cortina (Scuola Sci Cinque Torri), a
second-hand vinyl record shop in Rome (Dischi da Nando) and a cleaning company for holiday flats
in Sardinia (Maestrale Clean Sardegna). The corpus leans on places and addresses.

Regenerate with ``.venv/bin/python make_handwritten114_corpus.py`` from this folder;
the output ``handwritten114_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten114_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dent": "Studio Dentistico Dott.ssa Lorusso",
    "ebike": "Voltaro E-Bikes",
    "sarto": "Sartoria Ferraris",
    "sci": "Scuola Sci Cinque Torri",
    "vinili": "Dischi da Nando",
    "pulizie": "Maestrale Clean Sardegna",
}
PAGE_IDS: dict[str, str] = {
    "dent": "714920118403275",
    "ebike": "714920226519084",
    "sarto": "714920337082461",
    "sci": "714920449216730",
    "vinili": "714920550873192",
    "pulizie": "714920661340958",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ dental clinic, Bari
    {
        "business": "dent",
        "platform": "whatsapp",
        "customer": "Rosaria Lopopolo",
        "lang": "it",
        "start": "2025-03-10T08:42:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare x mia figlia [[P:Chiara]] ha 9 anni e le fa male un dente dietro 😣 da ieri sera nn dorme",
            ),
            (
                "a",
                "Buongiorno! Mi dispiace per la piccola. Abbiamo un posto {{D:giovedì 13 marzo}} alle {{TM:16:30}} con la dott.ssa [[P:Lorusso]], va bene? Mi lascia nome e cognome del genitore?",
            ),
            (
                "c",
                "si va bene giovedi\nio sono [[P:lopopolo rosaria]] la bimba [[P:chiara lopopolo]]\ncell [[T:340 918 2276]]",
            ),
            (
                "c",
                "abitiamo a [[L:japigia]] ma veniamo dal lavoro da [[L:Modugno]] c è parcheggio vicino?",
            ),
            (
                "a",
                "Perfetto signora [[P:Lopopolo]], prenotato. Lo studio è in {{W:via Calefati}}, a due passi dal {{W:Teatro Petruzzelli}}; c'è un parcheggio a pagamento in {{W:piazza Umberto}}. A giovedì!\n[[P:Annalisa]] - reception",
            ),
            ("c", "grazie mille 🙏🙏"),
        ],
    },
    {
        "business": "dent",
        "platform": "messenger",
        "customer": "Vito Scaramuzzi",
        "lang": "it",
        "start": "2025-03-11T18:05:00",
        "messages": [
            (
                "c",
                "salve quanto viene un impianto? io sto ad [[L:Altamura]] e li il dentista mi ha chiesto {{$:1400 euro}} mi pare tanto",
            ),
            (
                "a",
                "Buonasera [[P:Vito]], la prima visita con panoramica è gratuita; un {{PD:impianto in titanio con corona in zirconia}} da noi parte da {{$:980 €}}. Possiamo vederla {{D:martedì 18}} alle {{TM:9:15}}?",
            ),
            (
                "c",
                "ok va bene martedi\nper la fattura vi lascio il cf [[CF:SCRVTI68L22A662V]] e l indirizzo [[A:via Sant'Agostino 14]] [[A:70022]] [[L:Altamura]]",
            ),
            (
                "c",
                "ah scusa ho sbagliato il civico, quello giusto è [[A:41]] 🤦‍♂️ mi confondo sempre",
            ),
            (
                "a",
                "Nessun problema, corretto in [[A:via Sant'Agostino 41]]. Le mando il promemoria su questo numero? 😊",
            ),
            (
                "c",
                "no scrivete a mia moglie [[P:Nunzia]] che io il telefono lo perdo sempre 😂 [[T:328 44 19 730]]",
            ),
            (
                "a",
                "Segnato, promemoria alla signora [[P:Nunzia]] al [[T:328 4419730]]. Buona serata!\n[[P:Annalisa]]",
            ),
        ],
    },
    {
        "business": "dent",
        "platform": "instagram",
        "customer": "mila.novak",
        "lang": "en",
        "start": "2025-04-02T10:20:00",
        "messages": [
            (
                "c",
                "hi sorry my english is not good, i am on holiday in [[L:Puglia]] and broke a tooth eating {{W:taralli}} 😭 can you help today??",
            ),
            (
                "a",
                "Hi! So sorry to hear that. We can see you today at {{TM:17:00}}. May I have your full name and a phone number?",
            ),
            (
                "c",
                "yes thank you!! [[P:Mila Novak]], phone [[T:+386 41 552 907]] is slovenian number\nwe stay in airbnb in [[L:Bari Vecchia]] near the {{W:Basilica di San Nicola}}",
            ),
            ("c", "my husband [[P:Jure]] ask if you take card? we have only {{B:revolut}}"),
            (
                "a",
                "Yes, we take all cards 😊 We are in {{W:via Calefati}}, 10 minutes walking from {{W:San Nicola}}. See you at 5!\n[[P:Marco]] from the team",
            ),
            ("c", "perfect. grazie mille ❤️"),
            ("c", "ps my surname is with v not w, [[P:novak]] 🙂"),
        ],
    },
    {
        "business": "dent",
        "platform": "whatsapp",
        "customer": "Luca Marinelli",
        "lang": "it",
        "start": "2025-04-15T13:10:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:luca marinelli]] ho fatto l estrazione del giudizio venerdi con il dott. [[P:Tarantini]] e ho ancora gonfio è normale?",
            ),
            (
                "a",
                "Buongiorno [[P:Luca]], un po' di gonfiore fino a 4-5 giorni è normale. Continui con ghiaccio e {{PD:Brufen 600}} come da ricetta. Se ha febbre ci chiami subito.",
            ),
            (
                "c",
                "ok grazie\naltra cosa la fattura me la potete mandare a [[E:luca.marinelli85@example.it]]\ncf [[CF:MRNLCU85M14A662N]]",
            ),
            (
                "c",
                "e il bonifico del saldo lo faccio dal conto cointestato con mia madre [[P:Grazia Dibenedetto]] va bene uguale? iban [[I:IT56J0306941550000047213865]] se vi serve x la ricevuta",
            ),
            (
                "a",
                "Va benissimo. Le mando la fattura n. {{R:FT-2025/0412}} di {{$:180,00 €}} entro oggi.\n[[P:Annalisa]] - {{B:Studio Dentistico Dott.ssa Lorusso}}",
            ),
            (
                "c",
                "perfetto grazie. ah ora abito a [[L:Triggiano]] nn piu a [[L:Carbonara]] se dovete aggiornare la scheda, [[A:via Casalino 8]]",
            ),
            ("a", "Aggiornato: [[A:via Casalino 8]], [[L:Triggiano]]. Buona guarigione!"),
        ],
    },
    {
        "business": "dent",
        "platform": "messenger",
        "customer": "Hamid El Amrani",
        "lang": "it",
        "start": "2025-05-06T09:00:00",
        "messages": [
            (
                "c",
                "salve io sono [[P:Hamid El Amrani]] io vengo da [[L:Marocco]] lavoro qui a [[L:Bitonto]] campagna ulivi. mio dente rotto molto dolore",
            ),
            (
                "a",
                "Buongiorno [[P:Hamid]], ci dispiace. Può venire domani {{D:7 maggio}} alle {{TM:8:30}}? Ha la tessera sanitaria?",
            ),
            (
                "c",
                "si ho tessera. mio codice fiscale [[CF:LMRHMD90C05Z330X]]\nio nn ho macchina viene mio amico [[P:Youssef]] mi porta",
            ),
            ("c", "io abito [[A:contrada Lama di Macina]] vicino a [[L:Palombaio]] , e lontano?"),
            (
                "a",
                "Circa 25 minuti in macchina. Se il suo amico ci lascia un numero lo avvisiamo in caso di ritardi.",
            ),
            ("c", "numero [[P:youssef]] [[T:389/552 61 04]] grazie tanto signora"),
            ("a", "Grazie a lei, a domani!\n[[P:Annalisa]]"),
        ],
    },
    # ------------------------------------------------------------------ e-bikes, shipping across Europe
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "jonas.becker_rides",
        "lang": "en",
        "start": "2025-03-03T19:30:00",
        "messages": [
            (
                "c",
                "hey do you ship the {{PD:Voltaro Trail 720}} to [[L:Germany]]? i live in [[L:Freiburg]] 🚵 big hills here lol",
            ),
            (
                "a",
                "Hi! Yes, we ship to every EU country, usually 4-6 working days, shipping {{$:€49}}. The {{PD:Trail 720}} is {{$:€2.890}} right now.",
            ),
            (
                "c",
                "nice, ordered!! order {{O:VLT-58213}}\nDelivery address: [[P:Jonas Becker]], [[A:Wiesentalstraße 17, 2. OG]], [[A:79115]] [[L:Freiburg im Breisgau]]\nphone [[T:+49 176 4830 2291]]",
            ),
            (
                "c",
                "oh and please ring at [[P:Hoffmann]] – im subletting from my landlady, her name is on the bell 😅",
            ),
            (
                "a",
                "Got it [[P:Jonas]] — note added for the courier: ring [[P:Hoffmann]]. Tracking {{TR:1Z8V47E20493318826}}, estimated delivery {{D:March 10}}. We put a little bottle of {{PD:Prosecco}} in the box 🥂\n[[P:Elisa]] from {{B:Voltaro}}",
            ),
            ("c", "danke!! ✌️", "de"),
        ],
    },
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Marta Conti",
        "lang": "it",
        "start": "2025-03-18T12:15:00",
        "messages": [
            (
                "c",
                "ciao! vorrei 2 {{PD:Voltaro City 500}} per me e mio marito [[P:Davide]]. consegnate anche a [[L:Torino]]?",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! Sì, consegniamo in tutta {{W:Italia}}, in {{W:Piemonte}} di solito in 2 giorni. Due {{PD:City 500}} vengono {{$:3.380 €}} con spedizione inclusa.",
            ),
            (
                "c",
                "perfetto. fattura intestata al mio studio: [[P:Marta Conti]] architetto, p.iva [[V:02875610392]], cf [[CF:CNTMRT83P51L219J]]",
            ),
            (
                "c",
                "consegna pero nn allo studio ma a casa: [[A:corso Vittorio Emanuele II 112 scala B int. 7]] [[A:10128]] [[L:torino]], citofono [[P:Conti-Bellandi]]",
            ),
            (
                "c",
                "anzi aspetta meglio c/o mia suocera che è sempre a casa: c/o [[P:Piera Bellandi]], [[A:via Nizza 45, 3° piano]], stesso cap. senza ascensore 😬 lo dico io al corriere??",
            ),
            (
                "a",
                "Non serve, indirizzo aggiornato: c/o [[P:Piera Bellandi]], [[A:via Nizza 45, 3° piano]], [[A:10128]] [[L:Torino]]. Avviso il corriere che non c'è ascensore. Ordine {{O:VLT-58466}}, spedizione prevista {{D:21/03}}.\n[[P:Elisa]]",
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "messenger",
        "customer": "Siobhan Gallagher",
        "lang": "en",
        "start": "2025-04-08T21:40:00",
        "messages": [
            (
                "c",
                "hi there, the battery on my {{PD:Voltaro Gravel 600}} wont charge past 60% 😩 bought it in june, order {{O:VLT-51127}}",
            ),
            (
                "a",
                "Hi [[P:Siobhan]], sorry about that! It's covered by the 2-year warranty. Could you send us a short video of the charger LED and your current address for the pickup?",
            ),
            (
                "c",
                "video sent on email from [[E:shiv.gallagher (at) example (dot) ie]]\naddress is [[A:Flat 4, 22 Leeson Street Upper]], [[L:Dublin]] [[A:D04 T2W5]]",
            ),
            (
                "c",
                "BUT im moving to [[L:Galway]] on the {{D:20th}} so maybe better send it there? my sisters place, [[P:Aoife Gallagher]], [[A:7 Claddagh Quay]], [[L:Galway]] [[A:H91 E2K7]]\nher number is [[T:+353 87\n219 4408]]",
            ),
            (
                "a",
                "Thanks! We'll send the replacement battery to [[L:Galway]] after the 20th, tracking {{TR:JJD0002249517830476}}. Say hi to [[P:Aoife]]!\n— [[P:Tommaso]], {{B:Voltaro}} support",
            ),
            ("c", "legend, thx a million 🙌"),
        ],
    },
    {
        "business": "ebike",
        "platform": "telegram",
        "customer": "kuba_rides",
        "lang": "en",
        "start": "2025-04-22T07:55:00",
        "messages": [
            (
                "c",
                "hello, i am [[P:Jakub Wiśniewski]] from [[L:Kraków]], my telegram is [[H:@kuba_rides]]. you ship to [[L:Poland]]? price for {{PD:Voltaro Cargo Duo}} pls",
            ),
            (
                "a",
                "Hi [[P:Jakub]]! Yes, we ship to all EU countries. The {{PD:Cargo Duo}} is {{$:€3.490}} plus {{$:€79}} shipping. We send you a secure payment link, please don't write the card number in the chat 🙏",
            ),
            ("c", "ok too late 😅 card is [[C:4532 0151 1283 7775]]\nhaha sorry"),
            (
                "a",
                "No worries, we won't store it, but please delete that message and use the link 🙂 What's the delivery address?",
            ),
            (
                "c",
                "[[A:ul. Długa 14/3]], [[A:31-147]] [[L:Kraków]]\nbut in july we are in summer house in [[L:Czech]], village [[L:Horní Planá]], maybe later i ask for service there",
            ),
            (
                "a",
                "Perfect, order {{O:VLT 0039 4471 2290}} confirmed to [[L:Kraków]]. For service near [[L:Horní Planá]] we'll find you a partner workshop. Dzięki!\n[[P:Elisa]]",
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "whatsapp",
        "customer": "Beppe 🚲",
        "lang": "it",
        "start": "2025-05-12T17:20:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:beppe]] ho visto la {{PD:Voltaro Monte 900}} su insta, si puo provare in negozio a {{W:Bassano}}? io sto su in [[L:val di Sella]]",
            ),
            (
                "a",
                "Ciao [[P:Beppe]]! Certo, lo showroom è in {{W:viale Venezia}} a {{W:Bassano del Grappa}}, aperto dal martedì al sabato {{TM:9-12:30}} e {{TM:15-19}}.",
            ),
            (
                "c",
                "troppo lontano x me cmq. me la spedite a casa? [[A:località Malga Costa 3]], fraz. [[L:Sella]], [[A:38051]] [[L:Borgo Valsugana]]",
            ),
            (
                "c",
                "il corriere nn trova mai la strada, dite di chiamare mio figlio [[P:Nicola]] [[T:0039 347 2290 118]] che scende a prendere il pacco giu alla {{W:statale 47}}",
            ),
            (
                "a",
                "Perfetto, annotato per il corriere: chiamare [[P:Nicola]] al [[T:347 2290118]]. Ordine {{O:VLT-60315}}, {{$:2.640 €}}, arrivo previsto {{D:16 maggio}}. Ti mettiamo anche una {{W:sella}} comfort in omaggio 😉\n[[P:Tommaso]]",
            ),
        ],
    },
    {
        "business": "ebike",
        "platform": "instagram",
        "customer": "claire.dubois.velo",
        "lang": "en",
        "start": "2025-06-03T11:05:00",
        "messages": [
            (
                "c",
                "bonjour! sorry for my english. my bike arrived with the screen broken 😞 order {{O:VLT-61870}}",
            ),
            (
                "a",
                "Bonjour [[P:Claire]], so sorry! We can send a new display or refund the {{$:€120}} part. Which do you prefer?",
            ),
            (
                "c",
                "refund please, i already bought one at the shop in [[L:Annecy]] where i live. my IBAN [[I:FR1420041010050500013M02606]] name [[P:Claire Dubois-Ferrand]]",
            ),
            ("c", "c'est le compte de mon mari [[P:Julien]] en fait, ça pose problème ?", "fr"),
            (
                "a",
                "No problem at all. The refund of {{$:€120}} will reach the account in 3-5 days, reference {{R:RMB-2025-0603-11}}. Merci et bonne route!\n[[P:Elisa]] from {{B:Voltaro E-Bikes}}",
            ),
            (
                "c",
                "merci beaucoup!! ps i post the bike on my insta [[U:instagram.com/claire.dubois.velo]] if you want to repost 😊",
            ),
        ],
    },
    # ------------------------------------------------------------------ tailor, Turin
    {
        "business": "sarto",
        "platform": "whatsapp",
        "customer": "Giulia Schieppati",
        "lang": "it",
        "start": "2025-03-05T10:00:00",
        "messages": [
            (
                "c",
                "buongiorno! mi servirebbe accorciare un abito da sposa, non il mio ma di mia sorella [[P:Benedetta]] che si sposa a giugno a [[L:Saluzzo]]",
            ),
            (
                "a",
                "Buongiorno! Con piacere. Serve una prova in sartoria, siamo in {{W:via Garibaldi}} vicino a {{W:piazza Castello}}. Quando potete venire?",
            ),
            (
                "c",
                "[[P:benedetta]] lavora fino alle 6, sabato mattina va bene? io sono [[P:Giulia]] comunque 😊",
            ),
            (
                "a",
                "Sabato {{D:15 marzo}} alle {{TM:10:30}} perfetto. Mi lasciate un cellulare?\n[[P:Rita]] - {{B:Sartoria Ferraris}}",
            ),
            (
                "c",
                "il mio [[T:+39 333.847.2019]]\nper la ricevuta [[CF:SCHGLI90A52L219P]], pago io che è il mio regalo 🎁",
            ),
            (
                "c",
                'ah l abito è un {{B:Pronovias}} modello {{PD:Aurora}} con lo strascico, si puo fare? e sul pacchetto scrivete "x [[P:Benny]] dalla tua sorellina"',
            ),
            ("a", "Certo, sui {{B:Pronovias}} lavoriamo spesso. A sabato [[P:Giulia]]!"),
        ],
    },
    {
        "business": "sarto",
        "platform": "messenger",
        "customer": "Oleksandr Kovalenko",
        "lang": "it",
        "start": "2025-03-20T16:45:00",
        "messages": [
            (
                "c",
                "buongiorno io bisogno stringere pantaloni di lavoro 3 paia. quanto costa? io abito a [[L:Barriera di Milano]]",
            ),
            (
                "a",
                "Buongiorno! L'orlo è {{$:12 €}}, stringere in vita {{$:18 €}} al paio. Il giovedì passiamo a ritirare in zona {{W:Aurora}} e {{W:Barriera}}, se le fa comodo.",
            ),
            (
                "c",
                "si ritiro è bene. indirizzo [[A:via Cigna 96 scala C]] citofono [[P:Kovalenko]] o [[P:Shevchuk]] è mia moglie [[P:Iryna]]",
            ),
            (
                "c",
                "mio telefono [[T:351 208 7745]] io lavoro cantiere a [[L:Moncalieri]] rispondo dopo 17",
            ),
            (
                "a",
                "Perfetto signor [[P:Kovalenko]], giovedì {{D:27}} tra le {{TM:17}} e le {{TM:19}}. Il nostro fattorino si chiama [[P:Samir]].\n[[P:Rita]]",
            ),
            ("c", "grazie mille, дякую 🙏"),
        ],
    },
    {
        "business": "sarto",
        "platform": "instagram",
        "customer": "priya.m.iyer",
        "lang": "en",
        "start": "2025-04-10T14:20:00",
        "messages": [
            (
                "c",
                "hi! do you alter sari blouses? my mom [[P:Lakshmi]] sent me one from [[L:Chennai]] and it's too big 🙈",
            ),
            (
                "a",
                "Hi! Yes we can, we'd need you to come for a fitting. We're in {{W:via Garibaldi}}, near {{W:Porta Palazzo}}.",
            ),
            (
                "c",
                "great, I live in [[L:San Salvario]] so it's close. name is [[P:Priya Meenakshi Iyer]], email [[E:priya.iyer[at]example[dot]com]]",
            ),
            (
                "c",
                "can I come {{D:saturday}} around {{TM:11}}? also my flatmate [[P:Wen]] wants to hem a {{B:Max Mara}} coat",
            ),
            (
                "a",
                "Saturday at 11 works for both of you. See you, [[P:Priya]]!\n[[P:Rita]] - {{B:Sartoria Ferraris}}",
            ),
            ("c", "thx!! ps [[P:wen]] says her surname is [[P:Zhao]] for the booking 😊"),
        ],
    },
    {
        "business": "sarto",
        "platform": "whatsapp",
        "customer": "Franco P.",
        "lang": "it",
        "start": "2025-04-28T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno sig. [[P:ferraris]] sono [[P:franco pautasso]] il vestito grigio x la laurea di mia figlia [[P:elena]] è pronto? la laurea è il {{D:9 maggio}} al {{W:Lingotto}}",
            ),
            (
                "a",
                "Buongiorno signor [[P:Pautasso]], il vestito è pronto da ritirare. Il sig. [[P:Ferraris]] le ha fatto anche il risvolto come voleva.",
            ),
            (
                "c",
                "va bene. ma io da domani sono al mare a [[L:Laigueglia]] fino a giovedi, me lo potete spedire li?\nda mio cognato [[P:Gianni Rebaudo]], [[A:via Dante 22, int. 4]]",
            ),
            ("c", "cap [[A:17053]] [[L:Laigueglia]]"),
            (
                "a",
                "Spediamo oggi con corriere espresso, tracking {{TR:8830 4417 2290 11}}, spedizione {{$:9,90 €}}. Può pagare con bonifico.",
            ),
            (
                "c",
                "bonifico fatto dal conto di mia moglie [[P:Franca]] iban [[I:IT17J0503404011000000381920]] causale vestito [[P:pautasso]]",
            ),
            ("a", "Ricevuto, grazie! Tanti auguri a [[P:Elena]] 🎓\n[[P:Rita]]"),
        ],
    },
    {
        "business": "sarto",
        "platform": "telegram",
        "customer": "Tom Whitfield",
        "lang": "en",
        "start": "2025-05-19T18:30:00",
        "messages": [
            (
                "c",
                "hi, I'm [[P:Tom Whitfield]], just moved to [[L:Turin]] from [[L:Leeds]]. need two shirts taken in. do you speak English?",
            ),
            (
                "a",
                "Hi [[P:Tom]]! Yes, a little 😊 We are open Tuesday to Saturday. Shirts taken in are {{$:15 €}} each.",
            ),
            (
                "c",
                "sto imparando l'italiano, provo: abito in [[A:via Po 18, terzo piano]], vicino a {{W:piazza Vittorio}}. posso venire domani?",
                "it",
            ),
            (
                "a",
                "Bravissimo [[P:Tom]]! Domani va benissimo, dalle {{TM:15}}. Ci lascia un numero?",
                "it",
            ),
            (
                "c",
                "my [[L:UK]] number still, [[T:+44 7700 900 418]], my italian one is coming next week",
            ),
            ("a", "Perfetto, a domani! [[P:Rita]]", "it"),
        ],
    },
    # ------------------------------------------------------------------ ski school, Cortina
    {
        "business": "sci",
        "platform": "whatsapp",
        "customer": "Federica Zanon",
        "lang": "it",
        "start": "2025-01-08T20:10:00",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare lezioni x i miei 2 bimbi, [[P:tommy]] 6 anni e [[P:bea]] 8, dal {{D:3}} al {{D:7 febbraio}}. siamo in hotel a [[L:Pocol]]",
            ),
            (
                "a",
                "Ciao! Per i bimbi c'è il {{PD:corso Baby Snow}} al campo scuola di {{W:Socrepes}}, {{$:290 €}} per 5 mattine. Mi dai i nomi completi e l'età?",
            ),
            (
                "c",
                "[[P:Tommaso Zanon]] 6 anni nn ha mai sciato, [[P:Beatrice Zanon]] 8 anni gia fatto 2 settimane l anno scorso a [[L:Folgaria]]",
            ),
            (
                "c",
                "io sono [[P:Federica]], il papà è [[P:Matteo]] ma lui scia col maestro privato 😂 veniamo da [[L:Mestre]]",
            ),
            (
                "a",
                "Perfetto [[P:Federica]]! [[P:Tommy]] e [[P:Bea]] vanno nel gruppo della maestra [[P:Sabine]]. Ritrovo alle {{TM:9:45}} davanti alla funivia del {{W:Col Drusciè}}. Mi mandi una mail per la conferma?",
            ),
            ("c", "[[E:fede.zanon chiocciola example punto it]]"),
            (
                "a",
                "Fatto, prenotazione {{R:CT-25-0193}}. A presto!\n[[P:Stefan]] - {{B:Scuola Sci Cinque Torri}}",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "instagram",
        "customer": "aisha.okafor",
        "lang": "en",
        "start": "2025-01-20T08:30:00",
        "messages": [
            (
                "c",
                "hi!! total beginner here 🙈 coming from [[L:London]] with my partner [[P:Dayo]] for the trip of our lives, {{D:Feb 14-17}}. private lessons?",
            ),
            (
                "a",
                "Hi [[P:Aisha]]! Private lessons are {{$:€75}}/hour, or {{$:€340}} for a 5-hour beginner pack. Where are you staying?",
            ),
            (
                "c",
                "airbnb chalet at [[A:località Zuel di Sopra 41]], the host is called [[P:Ivo Menardi]]",
            ),
            (
                "c",
                "full names for the booking: [[P:Aisha Okafor]] and [[P:Adedayo Okafor-Reid]], that's [[P:A-D-E-D-A-Y-O]]\nmy number [[T:+44 (0)20 7946 0321]] or whatsapp on [[T:07700 900 562]]",
            ),
            (
                "a",
                "Booked! 5-hour pack for two with instructor [[P:Lorenz]], meeting at the {{W:Faloria}} cable car at {{TM:10:00}} on the {{D:14th}}. Booking ref {{R:CT-25-0288}}.\n[[P:Stefan]]",
            ),
            ("c", "omg can't wait ❄️❄️"),
        ],
    },
    {
        "business": "sci",
        "platform": "messenger",
        "customer": "Carlos Ruiz",
        "lang": "it",
        "start": "2025-02-02T17:00:00",
        "messages": [
            (
                "c",
                "hola buenas, sorry scrivo un po in italiano: mio figlio [[P:Pablo]] si è fatto male al ginocchio ieri, nn può fare le lezioni di domani e dopodomani 😔",
            ),
            (
                "a",
                "Ciao [[P:Carlos]], ci dispiace molto! Come sta [[P:Pablo]]? Possiamo rimborsare le 2 lezioni ({{$:130 €}}) con il certificato medico.",
            ),
            (
                "c",
                "está bien, solo una distorsión. la médica, la dra. [[P:Verocai]], dice 10 días de reposo",
                "es",
            ),
            (
                "c",
                "per il rimborso: [[P:Carlos Ruiz Montalbán]], IBAN [[I:ES9121000418450200051332]]\nsiamo di [[L:Valencia]], torniamo a casa domenica",
            ),
            (
                "a",
                "Perfetto, rimborso disposto, riferimento {{R:RIMB-0207}}. Un abbraccio a [[P:Pablo]] e buon rientro in [[L:Spagna]]!\n[[P:Stefan]]",
            ),
            ("c", "muchas gracias, volveremos el año que viene 🙌⛷️", "es"),
        ],
    },
    {
        "business": "sci",
        "platform": "whatsapp",
        "customer": "Gio ❄️",
        "lang": "it",
        "start": "2025-02-18T07:15:00",
        "messages": [
            (
                "c",
                "bella raga, siamo 4 amici da [[L:Brescia]] vogliamo fare freeride con guida sabato. io sono [[P:gio]] gli altri sono [[P:ricky]] [[P:ste]] e [[P:fra]]",
            ),
            (
                "a",
                "Ciao [[P:Gio]]! Sabato con neve fresca la guida [[P:Kurt]] porta i gruppi sul {{W:Cristallo}}. {{$:120 €}} a testa, ARTVA incluso.",
            ),
            (
                "c",
                "top 🔥 possiamo fare video x il mio tiktok? [[U:tiktok.com/@gio.freeride.bs]] ho tipo 20k follower",
            ),
            (
                "c",
                "e il mio insta è [[H:@gio_sbrana]] se volete taggarmi\nah x la prenotazione il cognome è [[P:Sbrana]] [[T:342 55\n09 881]]",
            ),
            (
                "a",
                "Prenotato a nome [[P:Sbrana]], ritrovo alle {{TM:8:00}} a {{W:Rio Gere}}. Video va benissimo, taggate pure {{B:@scuolasci5torri}} 😎\n[[P:Stefan]]",
            ),
        ],
    },
    {
        "business": "sci",
        "platform": "telegram",
        "customer": "Hiroshi Tanaka",
        "lang": "en",
        "start": "2025-03-01T12:00:00",
        "messages": [
            (
                "c",
                "hello. i am [[P:Hiroshi Tanaka]] from [[L:Osaka]]. my wife [[P:Yuki]] and me want snowboard lesson. we stay apartment of friend, [[A:via Cesare Battisti 35]]",
            ),
            (
                "a",
                "Hi [[P:Hiroshi]]! Snowboard lessons for two: {{$:€110}}/hour. Tomorrow {{TM:13:00}} with [[P:Manuel]]?",
            ),
            ("c", "ok tomorrow good. email for receipt [[E:h.tanaka.osk@example.jp]]"),
            (
                "c",
                "[[P:yuki]] is afraid 😅 she never do sport in snow. in [[L:Japan]] we live in big city",
            ),
            (
                "a",
                "Don't worry, [[P:Manuel]] is very patient 😊 Meeting point: the ski school hut at {{W:Socrepes}}. Ref {{R:CT-25-0371}}.\n[[P:Stefan]]",
            ),
        ],
    },
    # ------------------------------------------------------------------ vinyl shop, Rome
    {
        "business": "vinili",
        "platform": "instagram",
        "customer": "marcoFunk_",
        "lang": "it",
        "start": "2025-03-07T22:40:00",
        "messages": [
            (
                "c",
                "bella [[P:nando]] 🙌 avete la prima stampa di {{PD:Anima latina}} di {{W:Battisti}}?",
            ),
            ("a", "Ciao! Sì, una copia in condizioni VG+, {{$:85 €}}. Te la tengo?"),
            (
                "c",
                "siii tienimela. sn [[P:Marco Esposito]] la spedite a [[L:Napoli]]? [[A:via Foria 203]], [[A:80137]]",
            ),
            ("c", "citofono [[P:Esposito-Capasso]] [[A:3 piano]]"),
            (
                "a",
                "Perfetto [[P:Marco]], spedizione con {{B:Poste}} {{$:8 €}}, totale {{$:93 €}}. Puoi pagare con {{B:PayPal}}.\n[[P:Nando]]",
            ),
            (
                "c",
                "fatto il paypal da [[E:marco.espo.funk@example.com]] 👍 la prossima {{PD:margherita}} la offro io 🍕",
            ),
            ("a", "Ricevuto! Spedito, tracking {{TR:RR123884512IT}}. Ordine {{O:DN-2207}}."),
        ],
    },
    {
        "business": "vinili",
        "platform": "messenger",
        "customer": "Kwame Mensah",
        "lang": "en",
        "start": "2025-03-25T15:00:00",
        "messages": [
            (
                "c",
                "hi, i'm [[P:Kwame Mensah]], collector from [[L:Accra]] living in [[L:Berlin]] now. i want to sell about 60 italo-disco 12 inch records, are you buying?",
            ),
            (
                "a",
                "Hi [[P:Kwame]]! Definitely interested 😍 Can you send a list with photos? We pay by bank transfer.",
            ),
            (
                "c",
                "list is on my discogs page [[U:https://www.discogs.com/user/kwame_digs]] and the good ones on my blog [[U:kwamedigs.example.net]]",
            ),
            (
                "c",
                "transfer to [[I:DE56370400440532071988]], [[P:K. Mensah]]. my address for the contract: [[A:Weserstraße 88, Hinterhaus 2. OG]], [[A:12045]] [[L:Berlin]]",
            ),
            (
                "a",
                "Thanks! We'll offer {{$:€1.150}} for the lot including the {{PD:Vamos a la playa}} promo. Ref {{R:ACQ-0325-07}}.\n[[P:Nando]]",
            ),
            ("c", "deal 🤝 ich schicke die Platten nächste Woche", "de"),
        ],
    },
    {
        "business": "vinili",
        "platform": "whatsapp",
        "customer": "Lella",
        "lang": "it",
        "start": "2025-04-11T11:30:00",
        "messages": [
            (
                "c",
                "buongiorno sono la signora [[P:Speranza]] mio marito [[P:Felice]] buonanima aveva tanti dischi di {{W:Mina}} e {{W:Celentano}} li volete?",
            ),
            (
                "a",
                "Buongiorno signora, condoglianze. Certo, possiamo passare a vederli. Dove abita?",
            ),
            (
                "c",
                "a [[L:Trastevere]] [[A:vicolo del Cinque 12, secondo piano]] ma nn c e ascensore. mia nipote [[P:Rosa]] vi apre se io nn sento",
            ),
            ("c", "il numero di [[P:rosa]] [[T:06 5812 337]] fisso e cellulare [[T:366-104-2278]]"),
            (
                "a",
                "Grazie signora! Passiamo {{D:mercoledì}} alle {{TM:16}}. Porto io gli scatoloni, quelli {{W:rosa}} del negozio 😊\n[[P:Nando]]",
            ),
            ("c", "grazie figliolo, [[P:felice]] ne sarebbe stato contento"),
        ],
    },
    {
        "business": "vinili",
        "platform": "telegram",
        "customer": "Chen Wei",
        "lang": "en",
        "start": "2025-04-24T13:10:00",
        "messages": [
            (
                "c",
                "hello! do you have {{W:Miles Davis}} {{PD:Kind of Blue}} original? budget {{$:60€}}",
            ),
            (
                "a",
                "Hi! We have a 1970s reissue in great shape for {{$:45 €}}. Original pressings go way over budget, sorry 😅",
            ),
            (
                "c",
                "ok reissue is fine. i cannot come to shop, i live far, near [[L:Tor Vergata]]. ship to: [[P:Chen Wei]] c/o [[P:Laura Ricci]] (my landlady), [[A:via di Passolombardo 421]], [[A:00133]] [[L:Roma]]",
            ),
            ("c", "wechat is [[H:chenwei_vinyl88]] if easier, or phone [[T:+86 138 0013 8572]]"),
            (
                "a",
                "Shipping within {{W:Rome}} is {{$:5 €}}, arrives {{D:Thursday}}. Order {{O:DN-2291}}. Thanks [[P:Wei]]!\n— [[P:Nando]]",
            ),
            ("c", "谢谢! thank you [[P:nando]]"),
        ],
    },
    {
        "business": "vinili",
        "platform": "whatsapp",
        "customer": "Daniele Dell'Orco",
        "lang": "it",
        "start": "2025-05-02T19:50:00",
        "messages": [
            (
                "c",
                "ciao [[P:nando]] il vostro sito nn mi fa pagare, mi dice accesso bloccato dal mio IP [[IP:151.38.214.77]] boh",
            ),
            ("a", "Ciao! Scusa, è il filtro anti-spam 🙄 lo sblocco subito. Che disco volevi?"),
            (
                "c",
                "il box {{PD:In concerto con la PFM}} a {{$:120 €}}. alla fine ho pagato 2 volte con la carta [[C:5379-5846-2013-7773]] mi sa 😩",
            ),
            (
                "c",
                "e poi va spedito in [[L:Abruzzo]] da mio padre, [[P:Rocco Dell'Orco]], [[A:contrada Colle Sant'Angelo 9]] [[A:66026]] [[L:Ortona]]",
            ),
            (
                "a",
                "Verificato: doppio addebito, ti rimborsiamo {{$:120 €}} sulla stessa carta, rif. {{R:RF-05021}}. Il box parte lunedì per [[L:Ortona]], ordine {{O:DN-2344}}.\n[[P:Nando]]",
            ),
            (
                "c",
                "grazie mille sei un grande. ah mio padre ha anche un fisso [[T:085 906 1142]] se il corriere nn trova la contrada",
            ),
            ("a", "Annotato 👍"),
        ],
    },
    {
        "business": "vinili",
        "platform": "instagram",
        "customer": "sofie.lindqvist",
        "lang": "en",
        "start": "2025-05-27T09:40:00",
        "messages": [
            (
                "c",
                "hej! do you ship to [[L:Sweden]]? looking for {{W:Ennio Morricone}} soundtracks, esp {{PD:C'era una volta il West}}",
            ),
            (
                "a",
                "Hej! Yes, we ship across Europe. We have the 1969 {{B:RCA}} pressing for {{$:70 €}} + {{$:18 €}} shipping.",
            ),
            (
                "c",
                "perfect 😍 [[P:Sofie Lindqvist]], [[A:Södra Förstadsgatan 31 lgh 1102]], [[A:211 43]] [[L:Malmö]]",
            ),
            (
                "c",
                "my boyfriend [[P:Emil]] will be home, he works nights. his number [[T:+46 70 123 45 67]]",
            ),
            (
                "a",
                "All set, [[P:Sofie]]! Order {{O:DN-2410}}, tracking {{TR:CX446120385IT}}.\n{{B:Dischi da Nando}}",
            ),
        ],
    },
    # ------------------------------------------------------------------ holiday-flat cleaning, Sardinia
    {
        "business": "pulizie",
        "platform": "whatsapp",
        "customer": "Gavino Piras",
        "lang": "it",
        "start": "2025-04-03T08:00:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Gavino Piras]] ho 3 appartamenti x turisti a [[L:San Teodoro]] e uno a [[L:Budoni]] cerco impresa x cambio biancheria e pulizie da giugno a settembre",
            ),
            (
                "a",
                "Buongiorno [[P:Gavino]]! Lavoriamo in tutta la {{W:Gallura}} e sulla costa fino a {{W:Posada}}. Ci manda gli indirizzi esatti per il preventivo?",
            ),
            (
                "c",
                "[[A:via Sardegna 14]], [[A:via del Mare 3 int. 2]] e [[A:località Lu Impostu]] tutti a [[L:san teodoro]]",
            ),
            (
                "c",
                "quello di [[L:budoni]] è in campagna: [[A:località Tanaunella, strada vicinale Sa Matta km 2]], chiedete a tziu [[P:Antoni]] che ha le chiavi\nfattura a [[P:Piras Gavino]] p.iva [[V:04782150967]] cf [[CF:PRSGVN59B03I452N]]",
            ),
            (
                "a",
                "Perfetto, le mando il preventivo {{R:PRV-2025-044}} entro domani: {{$:55 €}} a cambio per i bilocali, {{$:70 €}} per la villa. Come benvenuto lasciamo una bottiglia di {{PD:Vermentino di Gallura}} 🍷\n[[P:Marianna]] - {{B:Maestrale Clean}}",
            ),
            ("c", "ottimo grazie"),
        ],
    },
    {
        "business": "pulizie",
        "platform": "messenger",
        "customer": "Hannah Schneider",
        "lang": "en",
        "start": "2025-06-14T10:20:00",
        "messages": [
            (
                "c",
                "hello, I own a holiday flat in [[L:Porto Rotondo]] and I live in [[L:Zürich]]. my cleaner [[P:Graziella]] retired, can you take over from July?",
            ),
            (
                "a",
                "Hi! Yes, we cover the whole {{W:Costa Smeralda}} 😊 How many rooms and what's the address?",
            ),
            (
                "c",
                "2 bedrooms, [[A:via Giovanni Maria Angioy 7, scala A, int. 5]], [[A:07026]] [[L:Porto Rotondo]]. my name is [[P:Hannah Schneider-Brügger]]",
            ),
            (
                "c",
                "invoices please to my home: [[A:Seefeldstrasse 152]], [[A:8008]] [[L:Zürich]], [[L:Switzerland]]. email [[E:hannah.sb@example.ch]]",
            ),
            (
                "c",
                "oh and my neighbour downstairs, Signora [[P:Deiana]], has a spare key if needed",
            ),
            (
                "a",
                "Thank you [[P:Hannah]]! Weekly clean {{$:€85}}, first one {{D:Saturday 5 July}}. I'll contact Mrs [[P:Deiana]] for the key.\n[[P:Marianna]]",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "whatsapp",
        "customer": "Cinzia",
        "lang": "it",
        "start": "2025-07-19T14:35:00",
        "messages": [
            (
                "c",
                "aiuto 😱 la mia ragazza delle pulizie [[P:Tiziana]] sta male e alle 16 arrivano ospiti a [[L:Palau]], potete mandare qualcuno entro le {{TM:15}}??",
            ),
            ("a", "Ciao! Ci proviamo, oggi abbiamo una squadra ad {{W:Arzachena}}. Indirizzo?"),
            ("c", "[[A:via Nazionale 61, primo piano int. 3]] [[L:palau]], portone {{W:verde}}"),
            (
                "c",
                "l annuncio è questo [[U:https://www.airbnb.it/users/show/48817203]] le chiavi le lascio a [[P:Mauro]] del bar sotto",
            ),
            (
                "c",
                "io sono a [[L:Cagliari]] x lavoro nn riesco a tornare 😩 il mio numero [[T:+39 320\n774 1906]]",
            ),
            (
                "a",
                "Fatto! [[P:Giomaria]] e [[P:Ilenia]] arrivano alle {{TM:14:30}}. Pulizia express {{$:90 €}}, la paghi con link. Ti scriviamo appena finito.\n[[P:Marianna]]",
            ),
            ("c", "siete degli angeli 😭❤️"),
        ],
    },
    {
        "business": "pulizie",
        "platform": "instagram",
        "customer": "Donna Kessler",
        "lang": "en",
        "start": "2025-08-02T18:00:00",
        "messages": [
            (
                "c",
                "hi! we stayed at a villa in [[L:Baja Sardinia]] last week that you clean, and my daughter [[P:Madison]] left her retainer 🦷 and a {{B:Ralph Lauren}} sweater",
            ),
            ("a", "Hi! Oh no 😅 which villa and which dates? We'll check with the team."),
            ("c", "the owner is Mr. [[P:Pala]], check-out was {{D:July 26}}"),
            ("a", "Found them! Our cleaner [[P:Bachisio]] put them aside 🙌 Where should we ship?"),
            (
                "c",
                "amazing!! [[P:Donna Kessler]], [[A:418 W 57th St, Apt 12C]], [[L:New York]], [[L:NY]] [[A:10019]], [[L:USA]]\nphone [[T:(212) 555-0187]] and I can pay shipping with card, [[C:4916 3382 0567 4129]]? or a link is better lol",
            ),
            (
                "a",
                "A link is better 😊 Shipping to the [[L:US]] is {{$:€38}}, tracking {{TR:EE204417758IT}} once sent. Say hi to [[P:Madison]]!\n[[P:Marianna]] – {{B:Maestrale Clean Sardegna}}",
            ),
        ],
    },
    {
        "business": "pulizie",
        "platform": "telegram",
        "customer": "Efisio",
        "lang": "it",
        "start": "2025-09-10T09:00:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Efisio Murgia]] ho un b&b a [[L:Alghero]] 4 camere, vorrei pulizie x fine stagione. lavorate anche li o solo in {{W:Gallura}}?",
            ),
            (
                "a",
                "Buongiorno [[P:Efisio]], da quest'anno copriamo anche {{W:Alghero}} e {{W:Sassari}} 😊 Quando le servirebbe?",
            ),
            (
                "c",
                "dopo il {{D:15 ottobre}} quando chiudo. io abito a [[L:Sassari]] in [[A:via Roma 44]], il b&b è in centro storico in [[A:via Carlo Alberto 70]]",
            ),
            ("c", "se nn rispondo chiamate mia moglie [[P:Bonaria]] [[T:079 23 44 816]]"),
            ("a", "Perfetto! Le mando il preventivo via mail, mi lascia l'indirizzo?"),
            (
                "c",
                "[[E:efisio.murgia(chiocciola)example.it]]\nx la fattura p.iva del b&b [[V:01933760454]]",
            ),
            (
                "a",
                "Grazie! Preventivo {{R:PRV-2025-131}} in arrivo. Con questo {{W:maestrale}} oggi le linee vanno e vengono 🌬️ buona festa di {{W:San Michele}}!\n[[P:Marianna]]",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(114, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
