# ruff: noqa: E501
"""Hand-written blind test corpus no. 26 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten26_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a hearing-aid centre in Genoa whose elderly clients
often have their children write for them, a furniture upholsterer in Brianza, a yoga retreat in
Umbria for English speakers, a boat charter on the Amalfi coast, a ceramics workshop in Deruta
shipping to the UK and the US, and a computer repair shop in Cagliari.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten26_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten26_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "hearing": "Centro Acustico Sentire Bene Genova",
    "sofa": "Tappezzeria Artigiana Fratelli Leone",
    "yoga": "Casale Quieto Yoga Retreat Umbria",
    "boat": "Amalfi Blu Charter",
    "ceramics": "Maioliche Bottega del Grifo Deruta",
    "pc": "RiparaTutto PC Cagliari",
}
PAGE_IDS: dict[str, str] = {
    "hearing": "626040000000118",
    "sofa": "626040000000229",
    "yoga": "626040000000331",
    "boat": "626040000000442",
    "ceramics": "626040000000553",
    "pc": "626040000000664",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Hearing: daughter writes for her elderly mother, home visit in Sampierdarena
    {
        "business": "hearing",
        "platform": "messenger",
        "customer": "Giuse Parodi",
        "lang": "it",
        "start": "2024-02-05T09:12:00",
        "messages": [
            (
                "c",
                "buongiorno scrivo x mia mamma [[P:Giuseppina Pagano]] che nn sente piu bene dall orecchio sx, ha 76 anni e nn esce di casa. fate controlli a domicilio? abita a [[L:Sampierdarena]] in [[A:via Cantore 112/8]]",
            ),
            (
                "a",
                "Buongiorno! Sì, l'audioprotesista passa a domicilio il {{D:martedì}} e il {{D:giovedì}}. Ci lascia un recapito della mamma? [[P:Chiara]] - {{B:Sentire Bene}}",
            ),
            (
                "c",
                "il fisso è [[T:010 645 2231]] ma risponde sempre la vicina [[P:Rosa]] che le fa la spesa 😅 meglio il mio cell [[T:347 882 1904]], sono [[P:Giuse]] la figlia",
            ),
            (
                "a",
                "Perfetto [[P:Giuse]]. La dott.ssa [[P:Bianca Ferro]] può passare {{D:martedì 13 febbraio}} verso le {{TM:10:30}}. Per la pratica ASL ci servirebbe il codice fiscale della mamma e la prescrizione dell'otorino",
            ),
            (
                "c",
                "cf [[CF:PGNGPP48A41D969W]]. la prescrizione ce l ha il dott [[P:Speranza]] del {{W:Galliera}}, gliela faccio mandare via mail",
            ),
            (
                "a",
                "Va benissimo, può inoltrarla a noi o farla portare direttamente alla dott.ssa [[P:Ferro]] il giorno della visita. Ciao, [[P:Chiara]]",
            ),
            (
                "c",
                "grazie mille!! ah il citofono è rotto, suonate a [[P:Pagano]] scala destra o chiamate [[P:Rosa]] al [[T:339-410-7725]]",
            ),
        ],
    },
    # 2. Hearing: elderly man writing himself, in capitals, batteries delivered at home
    {
        "business": "hearing",
        "platform": "messenger",
        "customer": "Giovanni Bello",
        "lang": "it",
        "start": "2024-02-19T15:40:00",
        "messages": [
            (
                "c",
                "BUONGIORNO SONO [[P:BELLO GIOVANNI]] MI SERVONO LE PILETTE DEL APPARECCHIO QUELLE ARANCIONI NUMERO 13",
            ),
            (
                "a",
                "Buongiorno signor [[P:Bello]]! Le {{PD:pile 13 arancioni}} di {{B:Rayovac}} costano {{$:6,50 €}} la confezione da 6. Passa in negozio o gliele portiamo a casa?",
            ),
            (
                "c",
                "A CASA PERCHE NON CAMMINO BENE. STO IN [[A:SALITA SAN GEROLAMO 9 INT. 4]] [[L:CASTELLETTO]]. TELEFONO [[T:0039 010 271 3348]]",
            ),
            (
                "a",
                "Nessun problema, gliele porta [[P:Tommaso]] {{D:venerdì}} mattina. Per lo scontrino con la detrazione ci dà il codice fiscale?",
            ),
            (
                "c",
                "[[CF:BLLGNN60T07D969V]] MA IO NON SO SE E GIUSTO LO HA SCRITTO MIA NUORA [[P:SERENA]]",
            ),
            (
                "a",
                "È corretto, lo abbiamo già in archivio. A {{D:venerdì}} allora! Ciao, [[P:Tommaso]]",
            ),
        ],
    },
    # 3. Hearing: daughter in Milan for her father in Nervi, obfuscated e-mail of the father
    {
        "business": "hearing",
        "platform": "whatsapp",
        "customer": "Marina G.",
        "lang": "it",
        "start": "2024-03-02T18:05:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Marina Ghio]], vivo a [[L:Milano]] ma mio padre [[P:Aldo]] sta a [[L:Nervi]] da solo. Ha preso da voi un {{PD:Phonak Audéo}} a {{D:gennaio}} e dice che fischia sempre",
            ),
            (
                "a",
                "Buonasera [[P:Marina]], ci spiace! Possiamo controllarlo noi in negozio oppure passare a casa. Il papà è ancora in [[A:via Oberdan 48 rosso]]?",
            ),
            (
                "c",
                "no si è trasferito da poco in [[A:corso Italia 22/5 scala B]], vicino alla {{W:Boccadasse}}... cmq le mando la sua mail così gli scrivete il promemoria: [[E:aldo punto ghio41 chiocciola libero punto it]]",
            ),
            (
                "a",
                "Grazie. Fissiamo {{D:lunedì 11}} alle {{TM:16}}? Se nn risponde al citofono chi chiamiamo?",
            ),
            (
                "c",
                "la badante, si chiama [[P:Oksana]], [[T:+39 389 554 0127]]. oppure mio marito [[P:Luca Bruzzone]] che lavora li vicino: [[T:348/6612093]]",
            ),
            ("a", "Segnato tutto 👍 ciao, [[P:Tommaso]]"),
        ],
    },
    # 4. Hearing: son in London writes in English for his mother in Camogli
    {
        "business": "hearing",
        "platform": "messenger",
        "customer": "Will Baker",
        "lang": "en",
        "start": "2024-03-14T10:22:00",
        "messages": [
            (
                "c",
                "Hi there, sorry my Italian is terrible. I'm [[P:Will Baker]], my mum [[P:Hope Baker]] lives in [[L:Camogli]] ([[A:via della Repubblica 71]]) and she's lost one of her hearing aids on the beach 🙈 can you help?",
            ),
            (
                "a",
                "Hello [[P:Will]], of course. Which model does she have? If she bought it with us we have the fitting on file. [[P:Chiara]] - {{B:Sentire Bene}}",
            ),
            (
                "c",
                "It's a {{B:Signia}} {{PD:Pure Charge&Go}}, she got it from you last {{W:Christmas}} I think. Her landline is [[T:0185 770 412]] but she rarely picks up, mine is [[T:+44 7700 912 334]]",
            ),
            (
                "a",
                "Found it: order {{O:SB-2023-1187}}. A replacement costs {{$:1.150 €}}, or {{$:390 €}} if the insurance covers the loss. Shall we send the invoice to you?",
            ),
            (
                "c",
                "Yes please, to me: [[A:Flat 2, 14 Tennyson Road]], [[L:London]] [[A:NW6 7SB]], and email [[E:will.baker.1979@example.co.uk]]. Mum's neighbour [[P:Mark]] can drive her to your shop in {{W:Piazza Dante}}",
            ),
            (
                "a",
                "Perfect. Tell [[P:Mark]] to ask for [[P:Bianca]] at the desk. Thank you, [[P:Chiara]]",
            ),
        ],
    },
    # 5. Hearing: nephew arranges a refund for his elderly aunt, IBAN in the chat
    {
        "business": "hearing",
        "platform": "whatsapp",
        "customer": "Fede",
        "lang": "it",
        "start": "2024-04-08T11:47:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Fede]], il nipote della sig.ra [[P:Speranza Repetto]]. la zia ha reso l apparecchio in prova il {{D:3 aprile}} e le avevate detto che rimborsavate la caparra",
            ),
            (
                "a",
                "Ciao! Sì, {{$:200 €}} di caparra sul contratto {{R:PR-4471}}. Ci serve l'IBAN intestato alla signora",
            ),
            (
                "c",
                "eccolo [[I:IT17P0503432110000000771902]] intestato a [[P:Repetto Speranza]]. se serve la carta d identità chiedete a mia cugina [[P:Betta]] [[T:3407719320]] che ce l ha lei",
            ),
            (
                "a",
                "Ok, bonifico disposto oggi, arriva in 2-3 giorni lavorativi. Salutaci la zia! Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "grazie [[P:tommy]] 🙏 ah e la ricevuta mandatela a [[E:federico.repetto@example.it]] che la zia la mail non la sa usare",
            ),
            ("a", "Fatto 👍"),
        ],
    },
    # 6. Hearing: Ukrainian caregiver writing for the lady she looks after
    {
        "business": "hearing",
        "platform": "telegram",
        "customer": "Oksana K.",
        "lang": "it",
        "start": "2024-04-22T08:31:00",
        "messages": [
            (
                "c",
                "Buon giorno, io sono [[P:Oksana Kovalenko]], badante di signora [[P:Bianca Oliveri]]. Lei ha aparecchio che non carica piu",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]]. Ha provato a pulire i contatti della basetta con un panno asciutto? Se non va ce lo porti",
            ),
            (
                "c",
                "si provato. Noi stiamo a [[L:Molassana]], [[A:vico del Fico 7 int. 2]], signora non cammina. Suo figlio [[P:Paolo]] vive a [[L:Torino]], lui paga. Numero di lui [[T:+39 011 437 8852]]",
            ),
            (
                "a",
                "Mandiamo un tecnico {{D:domani}} tra le {{TM:9}} e le {{TM:12}}. Il suo numero per avvisarla qual è?",
            ),
            (
                "c",
                "[[T:389 554 0127]] questo mio. Anche su facebook mi trovate [[U:facebook.com/oksana.kovalenko.77]] se telefono spento",
            ),
            (
                "a",
                "Perfetto [[P:Oksana]], a domani. Saluti alla signora [[P:Oliveri]]! Ciao, [[P:Tommaso]]",
            ),
        ],
    },
    # 7. Hearing: grandson on Instagram books for his grandfather, Genoese dialect
    {
        "business": "hearing",
        "platform": "instagram",
        "customer": "fede.ghiglione",
        "lang": "it",
        "start": "2024-05-06T19:58:00",
        "messages": [
            (
                "c",
                "belin raga mio nonno [[P:Pino]] alza la tv a 60 e i vicini si lamentano 😂 fate il test dell udito gratis?",
            ),
            (
                "a",
                "Ciao! Sì, il controllo è gratuito e dura mezz'ora. Come si chiama il nonno e dove abita?",
            ),
            (
                "c",
                "[[P:Giuseppe Ghiglione]], sta a [[L:Pegli]] in [[A:via Opisso 130A]]. io sono [[P:Federico]], mi scrivete qui su @[[H:fede.ghiglione]] o alla mail [[E:fede.ghiglione@example.it]]",
            ),
            (
                "a",
                "Abbiamo posto {{D:sabato 18 maggio}} alle {{TM:11:15}} nel negozio di {{W:Sestri Ponente}}, va bene?",
            ),
            (
                "c",
                "top. lo accompagna mia zia [[P:Neve]] che ha la macchina, lei è [[T:+39 346 228 9017]]",
            ),
            ("a", "Segnato! Ciao, [[P:Chiara]]"),
        ],
    },
    # 8. Hearing: daughter complains about a delivery and pays online with a card
    {
        "business": "hearing",
        "platform": "messenger",
        "customer": "Elisabetta Canepa",
        "lang": "it",
        "start": "2024-05-20T13:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Betta Canepa]]. Il caricatore per l'apparecchio di mio padre [[P:Gianni]] doveva arrivare {{D:venerdì}} e non è arrivato niente!!",
            ),
            (
                "a",
                "Buongiorno, mi dispiace. Il corriere risulta in giacenza, tracking {{TR:1Z 4F7 22A 68 1834 5521}}. L'indirizzo era [[A:via Aurelia 210]], [[A:16036]] [[L:Recco]]?",
            ),
            (
                "c",
                "no!! è [[A:via Aurelia 201]], il corriere (un certo [[P:Ahmed]], mi ha chiamato dal [[T:+39 328 901 44 56]]) ha detto che il numero non esiste",
            ),
            (
                "a",
                "Correggiamo subito. Se vuole il nuovo {{PD:caricatore Charge&Go}} glielo spediamo express, {{$:12 €}} di spedizione",
            ),
            (
                "c",
                "si va bene, pago con carta: [[C:5321-4400-9812-7656]] scad 09/27, a nome [[P:Elisabetta Canepa]]",
            ),
            (
                "a",
                "Per sicurezza non scriva i dati della carta in chat, le mandiamo un link di pagamento {{B:Nexi}} via SMS. Ciao, [[P:Tommaso]]",
            ),
        ],
    },
    # 9. Sofa: re-covering a sofa, codice fiscale for the invoice
    {
        "business": "sofa",
        "platform": "whatsapp",
        "customer": "Serena",
        "lang": "it",
        "start": "2024-01-16T09:03:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei rifoderare il divano {{PD:modello Giulietta}} a tre posti, il tessuto è tutto rovinato dal gatto 😿",
            ),
            (
                "a",
                "Buongiorno! Se ci manda due foto le facciamo un preventivo. Per il {{PD:Giulietta}} in velluto siamo sui {{$:950 €}}. [[P:Marco]] - {{B:Tappezzeria Leone}}",
            ),
            (
                "c",
                "ok fatto. Sono [[P:Serena Mancini]], abito a [[L:Lissone]], [[A:via Matteotti 31]], [[A:20851]]. Ritirate voi?",
            ),
            ("a", "Sì, ritiro e consegna inclusi. Per la fattura ci serve il codice fiscale"),
            (
                "c",
                "[[CF:MNCSRN85M52F205U]]. mandatela anche a [[E:serena.mancini85@posta-veloce.example]] pls",
            ),
            (
                "a",
                "Perfetto [[P:Serena]], passiamo {{D:giovedì 25}} mattina col furgone. Il tessuto lo sceglie da noi in negozio a {{W:Seregno}}? ciao, [[P:Marco]]",
            ),
            ("c", "si vengo sabato con mia sorella [[P:Bianca]] che ha più gusto di me 😂"),
        ],
    },
    # 10. Sofa: restaurant chairs, partita IVA and the shop's IBAN
    {
        "business": "sofa",
        "platform": "messenger",
        "customer": "Trattoria da Mimmo",
        "lang": "it",
        "start": "2024-02-07T16:20:00",
        "messages": [
            (
                "c",
                "Salve, abbiamo 24 sedie da ripristinare in similpelle. Sono [[P:Domenico Esposito]] della {{B:Trattoria da Mimmo}} di [[L:Monza]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Esposito]], per 24 sedie in similpelle il preventivo è {{$:1.680 € + IVA}}. Ci mandi i dati per la fattura",
            ),
            (
                "c",
                "P.IVA [[V:01234560926]], sede [[A:viale Cesare Battisti 7]], [[A:20900]] [[L:Monza]]. Per le sedie parlate con mio genero [[P:Alessio]] [[T:339 218 7740]] che io sto in cucina",
            ),
            (
                "a",
                "Ricevuto. Acconto 30% con bonifico su [[I:IT42S0306901400000012345678]], causale ordine {{O:TL-0241}}",
            ),
            (
                "c",
                "fatto, il mio commercialista dott. [[P:Carlo Mancuso]] vi manda la contabile da [[E:studio.mancuso@commercialisti.example]]",
            ),
            (
                "a",
                "Grazie! Ritiro sedie {{D:lunedì 19 febbraio}} dopo le {{TM:15}}, prima del servizio serale. ciao, [[P:Betta]]",
            ),
        ],
    },
    # 11. Sofa: Chinese customer in Meda, armchair by a famous brand
    {
        "business": "sofa",
        "platform": "messenger",
        "customer": "Zhou Xiaoming",
        "lang": "it",
        "start": "2024-02-26T12:44:00",
        "messages": [
            (
                "c",
                "buongiorno io ho poltrona {{B:Poltrona Frau}} vecchia, pelle rotta sul braccio. voi riparate?",
            ),
            ("a", "Buongiorno! Sì, ripariamo anche la pelle. Può mandarci una foto e il suo nome?"),
            (
                "c",
                "io sono [[P:Zhou Xiaoming]], mia moglie [[P:Li Hua]] parla meglio italiano, numero di lei [[T:333.714.2290]]. abitiamo [[L:Meda]], [[A:via Indipendenza 5]]",
            ),
            (
                "a",
                "Grazie [[P:Xiaoming]]. Per la poltrona {{PD:Vanity Fair}} il ritocco del bracciolo costa circa {{$:180 €}}. Chiamiamo la signora [[P:Li]] per fissare il ritiro",
            ),
            (
                "c",
                "ok grazie. ah il citofono dice [[P:ZHOU]] - [[P:LI]] secondo piano. se non c'è nessuno lasciate detto al portinaio [[P:Gianluca]]",
            ),
        ],
    },
    # 12. Sofa: English expat in Cantù, code-switching, obfuscated e-mail
    {
        "business": "sofa",
        "platform": "instagram",
        "customer": "grace.in.brianza",
        "lang": "en",
        "start": "2024-03-09T17:15:00",
        "messages": [
            (
                "c",
                "Hello! Do you restore antique chairs? I found a lovely {{W:Thonet}}-style one at the {{W:Fiera di San Giuseppe}} market",
            ),
            ("a", "Buonasera! Yes, we do caning and re-gluing. Ciao, [[P:Betta]]", "it"),
            (
                "c",
                "Oh great. I'm [[P:Grace Church]], I live in [[L:Cantù]] near the {{W:Basilica}}. My email is [[E:grace.church [at] example [dot] org]] - sorry, spam bots 😅",
            ),
            (
                "a",
                "No problem [[P:Grace]]! Caning a seat is {{$:120 €}}. You can bring it to our workshop or we collect on Thursdays",
            ),
            (
                "c",
                "scusa, il giovedì va benissimo! mio marito [[P:Will]] is home, address is [[A:via Manzoni 44/B]], [[L:Cantù]]. Instagram @[[H:grace.in.brianza]] if you need me",
                "it",
            ),
            ("a", "Perfect, Thursday then. Grazie [[P:Grace]]!"),
        ],
    },
    # 13. Sofa: farmhouse pickup with the courier, frazione and località
    {
        "business": "sofa",
        "platform": "whatsapp",
        "customer": "Rosa",
        "lang": "it",
        "start": "2024-03-27T08:50:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa Bianchi]], il materasso e la testiera imbottita sono pronti? li ha portati mio cognato [[P:Ivano]] 2 settimane fa",
            ),
            (
                "a",
                "Buongiorno signora [[P:Bianchi]]! Sì, pronti. Li consegniamo col corriere {{B:BRT}}, le serve per {{W:Pasqua}}?",
            ),
            (
                "c",
                "si entro {{D:sabato 30}} se possibile. l indirizzo è [[A:loc. Cascina Nuova 3]], frazione [[L:Realdino]], [[L:Carate Brianza]], è una cascina, il navigatore sbaglia sempre",
            ),
            (
                "a",
                "Il corriere è [[P:Ahmed Benali]], la chiama dal [[T:+39 320 118 5507]] prima di arrivare. Tracking {{TR:BRT 0584 1127 9930}}",
            ),
            ("c", "ok. se non rispondo chiamate mia figlia [[P:Serena]] [[T:338 45 12 870]]"),
            ("a", "Benissimo, buona {{W:Pasqua}}! [[P:Marco]]"),
        ],
    },
    # 14. Sofa: Romanian couple on Instagram, cushions for a corner sofa
    {
        "business": "sofa",
        "platform": "instagram",
        "customer": "ionut.popescu88",
        "lang": "it",
        "start": "2024-04-15T21:02:00",
        "messages": [
            (
                "c",
                "salut, ciao! vorrei fare cuscini nuovi x divano angolare {{B:Chateau d'Ax}}, 5 cuscini",
            ),
            (
                "a",
                "Ciao! Ci mandi le misure e scegliamo l'imbottitura. In piuma siamo a {{$:85 €}} a cuscino",
            ),
            (
                "c",
                "io sono [[P:Ionuț Popescu]], mia moglie [[P:Andreea]] vuole piuma 😅 siamo a [[L:Desio]], [[A:via Garibaldi 18 piano 2]]. Scrivi anche a lei su insta @[[H:andreea.pop.design]]",
            ),
            (
                "a",
                "Perfetto [[P:Ionuț]]! Passiamo a prendere le misure {{D:martedì}}. Un numero di telefono?",
            ),
            ("c", "[[T:+40 721 554 318]] rumeno, oppure italiano [[T:351 0094417]]. mulțumesc!"),
            ("a", "Grazie a voi! Ciao, [[P:Betta]]"),
        ],
    },
    # 15. Sofa: customer spells her double surname, fabric sample shipped
    {
        "business": "sofa",
        "platform": "telegram",
        "customer": "Maria Pia",
        "lang": "it",
        "start": "2024-05-13T10:35:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi mandate il campionario dei tessuti {{B:Dedar}} per le tende? Sono [[P:Maria Pia Sala Gallo]]",
            ),
            (
                "a",
                "Certo signora [[P:Maria Pia]]! Ci ripete il cognome? Nel gestionale esce in due modi",
            ),
            (
                "c",
                "[[P:Sala Gallo]], staccato: [[P:S-A-L-A]] e poi [[P:G-A-L-L-O]]. l'indirizzo è [[A:via Carlo Porta 9]], [[A:20832]] [[L:Desio]]... no scusi, mi sono trasferita a [[L:Arcore]], [[A:via Gilera 12 int. 6]]",
            ),
            (
                "a",
                "Ok signora [[P:Sala Gallo]], spedito oggi, tracking {{TR:SDA 7745 0021 883 IT}}",
            ),
            (
                "c",
                "grazie, la mia mail è [[E:mariapia.salagallo@mailbox.example]] se mi mandate il catalogo pdf",
            ),
            ("a", "Inviato! [[P:Marco Leone]]"),
        ],
    },
    # 16. Yoga: American couple from Portland, booking reference and US address
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Mark Fox",
        "lang": "en",
        "start": "2024-01-22T14:05:00",
        "messages": [
            (
                "c",
                "Hi! My wife and I want to book the {{PD:Spring Reset week}} in {{D:April}}. We're [[P:Mark]] and [[P:Dana Fox]] from [[L:Portland]], Oregon",
            ),
            (
                "a",
                "Hi [[P:Mark]], lovely to hear from you! The {{D:April 14-20}} week has one double room left with a view over the valley, {{$:1,890 €}} per person. [[P:Victoria]] @ {{B:Casale Quieto}}",
            ),
            (
                "c",
                "Perfect, we'll take it. Billing address [[A:2217 SE Clinton St]], [[L:Portland]], OR [[A:97202]]. Phone [[T:+1 (503) 555-0148]]",
            ),
            (
                "a",
                "Booked! Your reference is {{R:CQ-24-0417}}. Any dietary needs or injuries our teacher [[P:Neve]] should know about?",
            ),
            (
                "c",
                "[[P:Dana]] is gluten free and I have a dodgy knee 🙃 also can you email the confirmation to [[E:dana.fox.pdx@example.com]]? she does all the planning",
            ),
            (
                "a",
                "Noted both. Confirmation sent to [[P:Dana]]. See you in {{W:Umbria}}! [[P:Victoria]]",
            ),
        ],
    },
    # 17. Yoga: British guest pays the deposit from a UK account, cottage address
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Robbie H",
        "lang": "en",
        "start": "2024-02-11T20:40:00",
        "messages": [
            (
                "c",
                "evening! [[P:robbie]] here ([[P:Robert Hargreaves]]). just sent the deposit for the {{PD:Silent Retreat}} from my barclays account, [[I:GB06BARC20031853917266]], can you check it landed?",
            ),
            (
                "a",
                "Hi [[P:Robbie]]! Yes, {{$:450 £}} arrived this morning, thank you. Booking {{R:CQ-24-0503}} is confirmed",
            ),
            (
                "c",
                "brill. postal address for the welcome pack is [[A:Rose Cottage, 4 Church Lane]], [[L:Little Haddon]], [[A:OX7 3PQ]]. mobile [[T:07700 900 642]]",
            ),
            (
                "a",
                "Lovely. Will you fly into {{W:Perugia San Francesco}} or {{W:Rome Fiumicino}}? Our driver can pick you up",
            ),
            (
                "c",
                "perugia. my mate [[P:Will Leone]] might come too, is there a spare bed? his email is [[E:will.leone@example.co.uk]]",
            ),
            (
                "a",
                "There's a single room free, I'll write to [[P:Will]] directly. Cheers, [[P:Victoria]]",
            ),
        ],
    },
    # 18. Yoga: Indian-British teacher proposes a workshop, links and handle
    {
        "business": "yoga",
        "platform": "instagram",
        "customer": "priya.breathes",
        "lang": "en",
        "start": "2024-02-28T09:15:00",
        "messages": [
            (
                "c",
                "Namaste 🙏 I'm [[P:Priya Raghunathan]], a pranayama teacher from [[L:Leicester]]. Would you host a weekend workshop with me in {{D:September}}?",
            ),
            ("a", "Hi [[P:Priya]]! We'd love to hear more. Do you have a portfolio or website?"),
            (
                "c",
                "Everything's here [[U:linktr.ee/priyabreathes]] and my own site [[U:https://priyaraghunathan.example.com]]. Instagram is @[[H:priya.breathes]]",
            ),
            ("a", "Beautiful work. Could we have a quick call? [[P:Victoria]] usually does these"),
            (
                "c",
                "Sure, [[T:+44 116 496 0321]] any morning UK time, or my agent [[P:Sunil Mehta]] on [[T:+44 7700 900 187]]",
            ),
            (
                "a",
                "Great, [[P:Victoria]] will ring you {{D:Tuesday}} around {{TM:10am}}. Ciao, [[P:Neve]]",
            ),
        ],
    },
    # 19. Yoga: Nigerian friends in Dublin, a card number typed into the chat
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Chidinma Okafor",
        "lang": "en",
        "start": "2024-03-18T12:02:00",
        "messages": [
            (
                "c",
                "Hello! Me and my friend want the {{PD:Sun Salutation long weekend}}. I'm [[P:Chidinma Okafor]], friend is [[P:Tolu Adeyemi]], we both live in [[L:Dublin]]",
            ),
            (
                "a",
                "Welcome [[P:Chidinma]]! Two places left for {{D:May 24-27}}, {{$:640 €}} each, shared twin",
            ),
            ("c", "amazing. can I pay now? card [[C:4539 1207 5531 8423]] exp 11/26"),
            (
                "a",
                "Please don't send card details in the chat, better to delete that message! I'll send a secure {{B:Stripe}} link to your email instead",
            ),
            (
                "c",
                "oops 😬 ok it's [[E:chidi.okafor@mail-box.example]]. invoice to [[A:Apt 12, 41 Pembroke Road]], [[L:Ballsbridge]], [[L:Dublin]] 4",
            ),
            (
                "a",
                "Link sent. [[P:Tolu]] can pay separately if she prefers. Thanks, [[P:Victoria]]",
            ),
            ("c", "thx! insta for tagging pics: @[[H:chidi_okafor]] and @[[H:tolu.adeyemi]]"),
        ],
    },
    # 20. Yoga: guest from Dubai, transfer from Perugia with the driver's number
    {
        "business": "yoga",
        "platform": "whatsapp",
        "customer": "Yasmin",
        "lang": "en",
        "start": "2024-04-03T07:48:00",
        "messages": [
            (
                "c",
                "Good morning, this is [[P:Yasmin Al-Haddad]]. My brother [[P:Omar]] and I land in Perugia at {{TM:14:35}} on {{D:Friday}}, flight {{R:FR 4218}}",
            ),
            (
                "a",
                "Good morning [[P:Yasmin]]! Our driver [[P:Gianni Ferro]] will wait at arrivals with a sign. His number is [[T:+39 347 660 2281]]",
            ),
            (
                "c",
                "Thank you. Please note we don't eat pork. Also [[P:Omar]] needs a ground floor room, his knee",
            ),
            (
                "a",
                "All noted. The ground floor room is {{W:Girasole}}, next to the garden, and our cook [[P:Rosa]] will prepare a separate menu",
            ),
            (
                "c",
                "Lovely. In case our phones don't work in Italy, our mother in [[L:Dubai]] is on [[T:+971 50 318 4467]], Mrs [[P:Salma Al-Haddad]]",
            ),
            ("a", "Got it. Safe travels! [[P:Neve]]"),
        ],
    },
    # 21. Yoga: Spanish guest with a double surname pays from a Spanish IBAN
    {
        "business": "yoga",
        "platform": "telegram",
        "customer": "Lucía",
        "lang": "en",
        "start": "2024-04-29T16:30:00",
        "messages": [
            (
                "c",
                "Hola! Sorry, my English is not perfect. I am [[P:Lucía Fernández Ortega]] from [[L:Madrid]], I book the {{PD:Yoga & Tuscany Hills}}... no sorry, Umbria 😅 retreat for {{D:June}}",
            ),
            (
                "a",
                "Hola [[P:Lucía]]! No problem. The {{D:June 9-15}} retreat is {{$:1,450 €}}, deposit {{$:400 €}}",
            ),
            (
                "c",
                "I send the deposit from [[I:ES1801821234861234567890]], the name on account is my husband [[P:Javier Ruiz]]",
            ),
            (
                "a",
                "Perfect, we'll look for [[P:Javier Ruiz]] as the sender. What address for the receipt?",
            ),
            (
                "c",
                "[[A:calle de Toledo 54, 3º B]], [[A:28005]] [[L:Madrid]]. Email [[E:lucia.fdez.ortega@correo.example]]",
            ),
            ("a", "Thank you! Gracias y hasta pronto, [[P:Victoria]]"),
        ],
    },
    # 22. Yoga: booking portal blocks a guest, IP address and personal website
    {
        "business": "yoga",
        "platform": "messenger",
        "customer": "Grace Whitfield",
        "lang": "en",
        "start": "2024-05-10T22:12:00",
        "messages": [
            (
                "c",
                "Hi, your booking page keeps saying 'too many attempts' and won't let me in. It says my IP [[IP:81.174.22.9]] is blocked?",
            ),
            ("a", "Oh sorry about that! I'll whitelist it. Which email did you register with?"),
            (
                "c",
                "[[E:grace@gracewhitfield.example.com]]. I'm [[P:Grace Whitfield]], I run [[U:www.gracewhitfield.example.com]] (travel blog) and wanted to write about you",
            ),
            (
                "a",
                "How lovely! It should work now. If it doesn't, our web person [[P:Lorenzo]] can check the log",
            ),
            (
                "c",
                "Still no... now my phone on 4G has [[IP:5.90.141.203]] and that one is blocked too 😩",
            ),
            ("a", "[[P:Lorenzo]] reset the firewall, try again in five minutes. [[P:Victoria]]"),
            (
                "c",
                "worked! booked {{R:CQ-24-0922}}. ps I'm based in [[L:Bath]], happy to promote you to UK readers",
            ),
        ],
    },
    # 23. Boat: Neapolitan stag party, dialect and hotel on the seafront
    {
        "business": "boat",
        "platform": "whatsapp",
        "customer": "Ciro",
        "lang": "it",
        "start": "2024-05-27T11:05:00",
        "messages": [
            (
                "c",
                "uè guagliù! simm 8 amici, addio al celibato do frat mio [[P:Vincenzo]], vulimm o gommone tutto o juorno a {{D:fine giugno}}",
            ),
            (
                "a",
                "Ciao! Per 8 persone vi consiglio il {{PD:gozzo Sorrentino 10 metri}} con skipper, {{$:1.200 €}} giornata intera con aperitivo a bordo. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Ciro Esposito]], stamm all'hotel sul [[A:lungomare dei Cavalieri 6]] a [[L:Amalfi]]. o numero mio [[T:+39 331 700 2284]]",
            ),
            (
                "a",
                "Perfetto [[P:Ciro]]. Partenza dal molo di {{W:Marina Grande}} alle {{TM:9:30}}, lo skipper è [[P:Salvatore]] detto [[P:Totò]]",
            ),
            (
                "c",
                "jamm bell! o testimone è [[P:Gennaro Leone]], si nun rispong io chiammat a isso [[T:3384412290]] 🍾",
            ),
            (
                "a",
                "Segnato! Caparra {{$:300 €}}, vi mando il link. Ciao, [[P:Gennaro]] (l'altro [[P:Gennaro]] 😄)",
            ),
        ],
    },
    # 24. Boat: American honeymooners, US apartment address with ZIP
    {
        "business": "boat",
        "platform": "messenger",
        "customer": "Victoria Harper",
        "lang": "en",
        "start": "2024-03-05T02:15:00",
        "messages": [
            (
                "c",
                "Hi!! We're on our honeymoon in {{D:September}} and want a sunset cruise to {{W:Li Galli}} 🥂 Just the two of us, me ([[P:Victoria]]) and my husband [[P:Will Harper]]",
            ),
            (
                "a",
                "Congratulations! The {{PD:Sunset Private Cruise}} is 3 hours, {{$:650 €}} with prosecco and {{B:Limoncello di Capri}}. Which date?",
            ),
            (
                "c",
                "{{D:September 12}} if possible! Invoice to [[A:1450 Maple Ave, Apt 4B]], [[L:Evanston]], IL [[A:60201]]. My cell is [[T:(847) 555-0193]]",
            ),
            (
                "a",
                "Booked, reference {{R:ABC-0912-SUN}}. Where are you staying? Our tender can pick you up at the hotel pier in [[L:Positano]] or [[L:Praiano]]",
            ),
            (
                "c",
                "Praiano, at a B&B run by a lady called [[P:Assunta]]... the address is [[A:via Gennaro Capriglione 88]]",
            ),
            (
                "a",
                "Perfect, [[P:Totò]] will pick you up at the {{W:Marina di Praia}} steps at {{TM:6:15 pm}}. Ciao, [[P:Gennaro]]",
            ),
        ],
    },
    # 25. Boat: couple from Salerno, codice fiscale for the receipt, code-switching German guest
    {
        "business": "boat",
        "platform": "telegram",
        "customer": "Mimma Russo",
        "lang": "it",
        "start": "2024-06-03T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno, x l anniversario vorremmo la gita a {{W:Capri}} con pranzo. Sono [[P:Carmela Russo]], tutti mi chiamano [[P:Mimma]], e mio marito [[P:Mauro]]",
            ),
            (
                "a",
                "Buongiorno [[P:Mimma]]! Tour {{PD:Capri e Faraglioni}} {{$:180 €}} a persona, partenza {{TM:8:45}} da {{W:Amalfi}} porto",
            ),
            (
                "c",
                "prenotiamo x {{D:sabato 15 giugno}}. la ricevuta intestata a mio marito [[P:Mauro Russo]], cf [[CF:RSSMRA52C12D969F]] (è nato a Genova ma viviamo a [[L:Salerno]] da 40 anni)",
            ),
            (
                "a",
                "Fatto, prenotazione {{R:AB-5517}}. Un numero di cellulare per il giorno della gita?",
            ),
            (
                "c",
                "[[T:089 / 752 118]] fisso, cell di mio figlio [[P:Antonio]] [[T:+39 392 55 41 007]], lui ci accompagna al porto",
            ),
            ("a", "Perfetto, a sabato! Auguri a lei e al signor [[P:Mauro]]! [[P:Gennaro]]"),
        ],
    },
    # 26. Boat: German company outing, German IBAN and VAT number
    {
        "business": "boat",
        "platform": "messenger",
        "customer": "Jonas Becker",
        "lang": "en",
        "start": "2024-04-11T13:27:00",
        "messages": [
            (
                "c",
                "Hello, I organise a team day for 14 colleagues of {{B:Kiefer Logistik GmbH}} on {{D:June 20}}. I'm [[P:Jonas Becker]], office manager",
            ),
            (
                "a",
                "Hello [[P:Jonas]]! For 14 people we use two boats, {{$:2.400 €}} total with lunch at {{B:Da Adolfo}}. Do you need an invoice with VAT?",
            ),
            (
                "c",
                "Yes, our VAT ID is [[V:DE287193404]], address [[A:Hafenstraße 31]], [[A:20457]] [[L:Hamburg]]. Payment will come from [[I:DE44500105175407324931]]",
            ),
            ("a", "Thank you. Invoice {{O:INV-2024-0388}} is on its way to you"),
            (
                "c",
                "Please send it also to our accountant Frau [[P:Schneider]], [[E:k.schneider@kiefer-logistik.example]]. Danke!",
            ),
            ("a", "Done. Bis bald! [[P:Gennaro]]"),
        ],
    },
    # 27. Boat: local family complains, address in Positano with a traversa
    {
        "business": "boat",
        "platform": "whatsapp",
        "customer": "Annamaria",
        "lang": "it",
        "start": "2024-07-08T18:22:00",
        "messages": [
            (
                "c",
                "salve, {{D:ieri}} il vostro skipper ha lasciato la barca davanti al nostro pontile privato per 2 ore!! siamo la famiglia [[P:Cuomo]], [[A:traversa Mortella 3]], [[A:84017]] [[L:Positano]]",
            ),
            (
                "a",
                "Buonasera signora [[P:Cuomo]], ci scusiamo. Quale barca era? Parliamo subito con lo skipper",
            ),
            (
                "c",
                "quella bianca con scritto {{PD:Blu Amalfi II}}. io sono [[P:Annamaria Cuomo]], chiamatemi al [[T:089 875 4412]] o mio marito [[P:Raffaele]] [[T:+39 335 620 1183]]",
            ),
            (
                "a",
                "Era [[P:Salvatore]], gli abbiamo già parlato e non succederà più. Vi offriamo un giro gratis a {{W:Ferragosto}}",
            ),
            ("c", "va bene dai 😊 grazie [[P:Gennaro]]"),
        ],
    },
    # 28. Boat: Ukrainian guest living in Warsaw, double-checks the meeting point
    {
        "business": "boat",
        "platform": "telegram",
        "customer": "Olena S.",
        "lang": "en",
        "start": "2024-07-19T06:55:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Olena Shevchenko]] here, I booked the {{PD:Emerald Grotto tour}} for today, ref {{R:AB-6020}}. Where exactly do we meet?",
            ),
            (
                "a",
                "Good morning [[P:Olena]]! At the ticket kiosk on the {{W:Molo Pennello}} in Amalfi, at {{TM:10:00}}",
            ),
            (
                "c",
                "Great. We are 3: me, my daughter [[P:Sofiia]] and my friend [[P:Kateryna Melnyk]]. In case, my Polish number is [[T:+48 601 234 587]]",
            ),
            ("a", "Perfect, the skipper [[P:Totò]] has your number. Enjoy!"),
            (
                "c",
                "Thank you! btw I'll leave a review from my account [[U:https://www.tripadvisor.example/members/olena_shev_waw]]",
            ),
            ("a", "Grazie [[P:Olena]]! Say hi to [[P:Sofiia]] 🙏"),
        ],
    },
    # 29. Boat: influencer collaboration, partita IVA and personal links
    {
        "business": "boat",
        "platform": "instagram",
        "customer": "martina.sulmare",
        "lang": "it",
        "start": "2024-06-17T15:14:00",
        "messages": [
            (
                "c",
                "ciaoo! sono [[P:Martina Speranza]], content creator di viaggi (@[[H:martina.sulmare]], 85k). vi va una collab per {{W:luglio}}?",
            ),
            ("a", "Ciao [[P:Martina]]! Volentieri, cosa proponi?"),
            (
                "c",
                "un reel + 3 stories in cambio di un tour privato x 2. il mio media kit è qui [[U:instagram.com/martina.sulmare]] e [[U:martinasulmare.example.it/mediakit]]",
            ),
            ("a", "Ci piace! Per il contratto ci servono P.IVA e indirizzo"),
            (
                "c",
                "P.IVA [[V:04982170104]], sede [[A:salita Santa Maria della Costa 14]], [[A:16035]] [[L:Rapallo]]. viene con me il mio fotografo [[P:Teo]] (@[[H:teo.scatta]])",
            ),
            (
                "a",
                "Perfetto, ti mando la bozza a [[E:info@martinasulmare.example.it]]. Ciao, [[P:Gennaro]]",
            ),
        ],
    },
    # 30. Ceramics: Texan customer, personalised plate with children's names
    {
        "business": "ceramics",
        "platform": "messenger",
        "customer": "Mary-Beth Church",
        "lang": "en",
        "start": "2024-01-29T17:33:00",
        "messages": [
            (
                "c",
                "Hi y'all! I'd love a custom {{PD:Raffaellesco}} platter with our family name. I'm [[P:Mary-Beth Church]] in [[L:Austin]], Texas",
            ),
            (
                "a",
                "Hello [[P:Mary-Beth]]! A 40 cm platter with lettering is {{$:260 €}} plus {{$:45 €}} shipping to the US. What should it say?",
            ),
            (
                "c",
                "'The Churches' and underneath the kids: [[P:Lily]], [[P:Jack]] and [[P:Hope]] 💙",
            ),
            (
                "a",
                "Lovely, [[P:Mary-Beth]]! Our painter [[P:Ilaria]] will do the lettering. Shipping address and phone for the courier?",
            ),
            (
                "c",
                "[[A:4512 Live Oak Dr]], [[L:Austin]], TX [[A:78745]], [[T:512-555-0176]]. Pay by card? [[C:4916 3388 1207 5538]]",
            ),
            (
                "a",
                "Please use the {{B:PayPal}} link I just sent instead of writing the card here. Order {{O:GR-2024-031}}. Grazie! [[P:Sara]]",
            ),
        ],
    },
    # 31. Ceramics: wedding gift to Bristol, UK flat and tracking
    {
        "business": "ceramics",
        "platform": "instagram",
        "customer": "fiona_bakes_bristol",
        "lang": "en",
        "start": "2024-03-21T11:11:00",
        "messages": [
            (
                "c",
                "hiya, ordered the {{PD:Deruta Ricco}} bowl set as a wedding gift for my friends [[P:Hannah]] and [[P:Tom Mancini]], has it shipped?",
            ),
            (
                "a",
                "Hi! Yes, it left on {{D:19 March}} with {{B:DHL}}, tracking {{TR:JD014600003824819632}}",
            ),
            (
                "c",
                "amazing thx. just checking the address is right: [[A:Flat 5, 112 Gloucester Road]], [[L:Bristol]] [[A:BS7 8AT]]? it's MY flat not theirs lol",
            ),
            ("a", "Correct! And the gift note reads 'To [[P:Hannah]] & [[P:Tom]], love [[P:Fi]]'"),
            (
                "c",
                "perfect 😍 I'm [[P:Fiona Fox]] btw, @[[H:fiona_bakes_bristol]] on here, [[T:+44 (0)117 496 0852]] if DHL needs me",
            ),
            ("a", "Noted, thank you [[P:Fiona]]! [[P:Lorenzo]]"),
        ],
    },
    # 32. Ceramics: Italian shop in Perugia orders wholesale, partita IVA
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Negozio Arte Umbra",
        "lang": "it",
        "start": "2024-02-14T10:02:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Roberta Ciucci]] del negozio {{B:Arte Umbra}} a [[L:Perugia]], ci servono 30 piatti {{PD:Galletto}} e 20 brocche per {{W:Pasqua}}",
            ),
            (
                "a",
                "Buongiorno [[P:Roberta]]! Ve li prepariamo per il {{D:20 marzo}}. Prezzo ingrosso {{$:1.540 €}} + IVA",
            ),
            (
                "c",
                "ok. dati fattura: P.IVA [[V:07654320923]], [[A:corso Vannucci 61]], [[A:06121]] [[L:Perugia]]. ritira mio fratello [[P:Stefano]] col furgone",
            ),
            ("a", "Perfetto. Il numero di [[P:Stefano]]?"),
            (
                "c",
                "[[T:075.573.2219]] negozio, [[T:3462203118]] cell. pagamento su IBAN [[I:IT68 L020 0804 8110 0010 4557 213]] è il vostro giusto?",
            ),
            ("a", "Sì, è il nostro. Saluti a [[P:Stefano]]! Ciao, [[P:Sara]]"),
        ],
    },
    # 33. Ceramics: Belgian shop owner, EU VAT number and French bank account
    {
        "business": "ceramics",
        "platform": "messenger",
        "customer": "Anouk Peeters",
        "lang": "en",
        "start": "2024-04-17T08:26:00",
        "messages": [
            (
                "c",
                "Good morning, I own a small homeware shop in [[L:Ghent]]. I'd like to stock your {{PD:Arabesco}} mugs. [[P:Anouk Peeters]]",
            ),
            (
                "a",
                "Good morning [[P:Anouk]]! For EU businesses we invoice without Italian VAT if you give us a valid VAT number",
            ),
            (
                "c",
                "Sure: [[V:BE0417263811]]. Shop address [[A:Vrijdagmarkt 19]], [[A:9000]] [[L:Gent]]. Payment from my partner's account [[I:FR7030004008130001987654Z85]], his name is [[P:Julien Marchand]]",
            ),
            (
                "a",
                "Perfect. 48 mugs at {{$:14 €}} each, shipped on pallet. Website for our retailers' list?",
            ),
            ("c", "[[U:www.anoukpeeters-wonen.example.be]] and instagram @[[H:anouk.wonen]]"),
            ("a", "Thanks, order {{O:GR-2024-077}} confirmed. [[P:Lorenzo]]"),
        ],
    },
    # 34. Ceramics: Nigerian-American customer in Houston, obfuscated e-mail, customs
    {
        "business": "ceramics",
        "platform": "telegram",
        "customer": "Grace N",
        "lang": "en",
        "start": "2024-05-02T19:40:00",
        "messages": [
            (
                "c",
                "Hello, my order is stuck at US customs 😩 I'm [[P:Grace Nwosu]], order {{O:GR-2024-102}}",
            ),
            (
                "a",
                "Hello [[P:Grace]], sorry! {{B:UPS}} needs an email to send you the duty invoice",
            ),
            (
                "c",
                "[[E:grace dot nwosu at example dot com]] (spelled N-W-O-S-U). phone [[T:(713) 555-0192]]",
            ),
            (
                "a",
                "Thank you. Is the address still [[A:9020 Bellaire Blvd, Apt 2210]], [[L:Houston]], TX [[A:77036]]?",
            ),
            ("c", "yes. my sister [[P:Adaeze]] will sign if I'm at work, same surname"),
            (
                "a",
                "Perfect [[P:Grace]], all forwarded to {{B:UPS}}, and [[P:Adaeze]] can sign. [[P:Sara]]",
            ),
        ],
    },
    # 35. Ceramics: Italian-American writing in English with Italian words, grandma from Deruta
    {
        "business": "ceramics",
        "platform": "instagram",
        "customer": "frankie.leone.nyc",
        "lang": "en",
        "start": "2024-06-10T23:05:00",
        "messages": [
            (
                "c",
                "Ciao from NYC! My nonna [[P:Assunta Bellucci]] was born in [[L:Deruta]] and I want to surprise her with a plate of her village 🇮🇹",
            ),
            (
                "a",
                "Che bello! We can paint the view of {{W:San Michele Arcangelo}} church. What's your name?",
            ),
            (
                "c",
                "[[P:Frank Leone]], everyone says [[P:Frankie]]. ship to [[A:88 Mulberry St, Apt 3F]], [[L:New York]], NY [[A:10013]]",
            ),
            ("a", "Perfetto [[P:Frankie]]! Plate {{$:210 €}}, ready by {{D:July 10}}"),
            ("c", "grazie mille, mia nonna piangerà 😭 my phone [[T:+1 212 555 0147]]", "it"),
            ("a", "Un abbraccio alla nonna [[P:Assunta]]! [[P:Sara]]", "it"),
        ],
    },
    # 36. Ceramics: Ukrainian-born collector in Rome, Italian, with a neighbour picking up
    {
        "business": "ceramics",
        "platform": "whatsapp",
        "customer": "Dmytro",
        "lang": "it",
        "start": "2024-07-01T14:18:00",
        "messages": [
            (
                "c",
                "buongiorno, ho visto la vostra {{PD:coppa Lustro Oro}} su {{B:Etsy}}, è ancora disponibile? sono [[P:Dmytro Bondarenko]] di [[L:Roma]]",
            ),
            ("a", "Buongiorno! Sì, l'ultima. {{$:320 €}} più spedizione assicurata"),
            (
                "c",
                "la prendo. spedite in [[A:via dei Volsci 27, scala A, interno 9]], [[A:00185]] [[L:Roma]], quartiere [[L:San Lorenzo]]. se non ci sono la ritira la vicina [[P:Grazia Mancini]]",
            ),
            ("a", "Perfetto. Per la fattura il codice fiscale?"),
            (
                "c",
                "non ho cf italiano ancora, fatela a mia moglie [[P:Lucia Ferraro]], [[CF:FRRLCU90H49B354D]]",
            ),
            ("a", "Fatto, ordine {{O:GR-2024-140}}. Ciao, [[P:Lorenzo]]"),
        ],
    },
    # 37. PC: laptop repair, codice fiscale for the warranty
    {
        "business": "pc",
        "platform": "messenger",
        "customer": "Francesco Loddo",
        "lang": "it",
        "start": "2024-01-10T09:30:00",
        "messages": [
            (
                "c",
                "ciao, il mio portatile {{B:Lenovo}} {{PD:ThinkPad T480}} nn si accende piu, lo schermo resta nero. riparate anche a domicilio?",
            ),
            (
                "a",
                "Ciao! A domicilio solo a [[L:Cagliari]] e hinterland, {{$:30 €}} di uscita. Se lo porti in negozio la diagnosi è gratis. [[P:Efisio]] - {{B:RiparaTutto}}",
            ),
            (
                "c",
                "lo porto io. sono [[P:Francesco Loddo]], per la garanzia vi serve il cf? [[CF:LDDFNC71E15B354A]]",
            ),
            ("a", "Sì grazie [[P:Francesco]]. Scheda {{R:RT-24-0061}}. Un numero?"),
            (
                "c",
                "[[T:070 48 22 916]] ufficio, [[T:+39 349 331 0728]] cell. Abito a [[L:Stampace]], [[A:via Sonnino 41]], [[A:09125]] se mai serve",
            ),
            ("a", "Perfetto, ti aspettiamo. Ciao, [[P:Efisio]]"),
        ],
    },
    # 38. PC: Chinese shop owner, till PC, codice fiscale and Telegram
    {
        "business": "pc",
        "platform": "telegram",
        "customer": "Wei Chen",
        "lang": "it",
        "start": "2024-02-02T10:50:00",
        "messages": [
            (
                "c",
                "buongiorno, computer della cassa del negozio non parte, schermo blu. io [[P:Chen Wei]], negozio in [[A:viale Trieste 102]]",
            ),
            (
                "a",
                "Buongiorno signor [[P:Chen]]! Può mandare una foto dell'errore? Passo io nel pomeriggio. [[P:Marta]]",
            ),
            (
                "c",
                "mando foto. numero [[T:+39 320 778 4512]], se non rispondo mia sorella [[P:Chen Jing]] [[T:320 778 4513]]",
            ),
            (
                "a",
                "Signor [[P:Chen]], è il disco. Sostituzione con {{PD:SSD Samsung 870 EVO}} {{$:89 €}} + manodopera {{$:40 €}}",
            ),
            (
                "c",
                "ok fate. fattura con mio cf [[CF:CHNWEI88S10Z210O]], mail [[E:chenwei.shop@postamail.example]]",
            ),
            ("a", "Fatto, pronto {{D:domani}} alle {{TM:12}}. Ciao, [[P:Marta]]"),
        ],
    },
    # 39. PC: Nigerian Erasmus student, Wi-Fi trouble, IP addresses
    {
        "business": "pc",
        "platform": "whatsapp",
        "customer": "Aisha",
        "lang": "en",
        "start": "2024-03-12T20:04:00",
        "messages": [
            (
                "c",
                "Hi, I'm an exchange student, my laptop can't connect to the university wifi. I'm [[P:Aisha Bello]]",
            ),
            ("a", "Hi [[P:Aisha]]! What does the network settings page say?"),
            (
                "c",
                "it says IP [[IP:169.254.31.7]] and no internet. my flatmate [[P:Yusuf]] gets [[IP:10.21.4.188]] and his works",
            ),
            (
                "a",
                "That's a self-assigned address, the DHCP fails. Bring it in, it's probably the driver. We're in {{W:Piazza Yenne}}, 5 minutes from {{W:Bastione di Saint Remy}}",
            ),
            (
                "c",
                "thx! can't come before {{D:Friday}}, I live far at [[A:via Is Mirrionis 23, scala C, interno 7]]. email [[E:aisha.bello.erasmus@student.example.edu]]",
            ),
            ("a", "Friday is fine, ask for [[P:Efisio]] or [[P:Marta]]. Ciao!"),
        ],
    },
    # 40. PC: hotel in Quartu, network contract, partite IVA, IBAN and public IP
    {
        "business": "pc",
        "platform": "messenger",
        "customer": "Hotel Sa Spiaggia",
        "lang": "it",
        "start": "2024-04-05T08:15:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Marcello Serra]], direttore dell'{{B:Hotel Sa Spiaggia}} di [[L:Quartu Sant'Elena]]. Ci serve assistenza annuale sulla rete",
            ),
            (
                "a",
                "Buongiorno signor [[P:Serra]]! Il contratto {{PD:Rete Sicura Business}} costa {{$:90 €/mese}}. Avete IP statico?",
            ),
            (
                "c",
                "sì, [[IP:93.45.112.201]]. il router lo gestiva [[P:Giorgio Pisu]] che ora è in pensione, il suo numero [[T:070.86.12.345]]",
            ),
            ("a", "Bene. Per il contratto: ragione sociale e P.IVA?"),
            (
                "c",
                "P.IVA [[V:03141590541]], [[A:lungomare Poetto 214]], [[A:09045]] [[L:Quartu Sant'Elena]]. il gruppo che ci gestisce ha P.IVA [[V:02718280924]], la fattura va a loro. pagamento RID dal conto [[I:IT49R0101504800000070188334]]",
            ),
            ("a", "Perfetto, le mando il contratto {{O:CTR-2024-015}}. Ciao, [[P:Marta]]"),
            (
                "c",
                "per la firma scrivete alla mia assistente [[P:Ilenia]], [[E:ilenia.mura@hotelsaspiaggia.example]]",
            ),
        ],
    },
    # 41. PC: old man with his grandson, Sardinian, card payment
    {
        "business": "pc",
        "platform": "whatsapp",
        "customer": "Tziu Peppino",
        "lang": "it",
        "start": "2024-05-14T17:45:00",
        "messages": [
            (
                "c",
                "salve sono il nipote di [[P:Giuseppe Porcu]], tziu [[P:Peppino]] 😄 il suo tablet {{B:Samsung}} ha lo schermo rotto",
            ),
            (
                "a",
                "Ciao! Per un {{PD:Galaxy Tab A8}} lo schermo costa {{$:110 €}}. Come ti chiami?",
            ),
            (
                "c",
                "[[P:Nicola]], nicolino x gli amici. nonno sta a [[L:Selargius]], [[A:località Su Planu, via Sa Cresia 9]]. ajò che ci vuole il tablet per vedere la messa",
            ),
            (
                "a",
                "Ahah capito [[P:Nicola]], salutaci tziu [[P:Peppino]]! Ritiriamo {{D:giovedì}}. Paghi alla consegna o prima?",
            ),
            (
                "c",
                "prima, con la carta del nonno [[C:5187 0442 1339 8805]] intestata [[P:PORCU GIUSEPPE]]",
            ),
            ("a", "Meglio di no in chat! Paghi col POS quando lo portiamo. [[P:Efisio]]"),
            ("c", "ok scusa 🙏 il mio num [[T:3470112 845]]"),
        ],
    },
    # 42. PC: gamer on Instagram, custom PC build, payment link with his name
    {
        "business": "pc",
        "platform": "instagram",
        "customer": "giorgione_sanna",
        "lang": "it",
        "start": "2024-06-21T22:30:00",
        "messages": [
            (
                "c",
                "bella raga, mi montate un pc da gaming con {{PD:RTX 4070}}? budget {{$:1500 €}}",
            ),
            ("a", "Ciao! Sì, ti facciamo una config su misura. Come ti chiami e dove stai?"),
            (
                "c",
                "[[P:Giorgio Sanna]], stò a [[L:Monserrato]], [[A:via San Fulgenzio 3]]. acconto ve lo mando qui [[U:paypal.me/GiorgioSanna]]?",
            ),
            (
                "a",
                "No, al contrario, sei tu che paghi noi 😄 ti mandiamo il nostro link. Anche il tuo amico [[P:Mattia]] voleva un preventivo?",
            ),
            (
                "c",
                "si [[P:Mattia Deiana]], su twitch è @[[H:matti_dei]]. io sono @[[H:giorgione_sanna]] anche su discord. num [[T:+39 349 00 11 223]]",
            ),
            ("a", "Top [[P:Giorgio]]! Preventivo {{O:RT-PC-0423}} entro {{D:lunedì}}. [[P:Marta]]"),
        ],
    },
    # 43. PC: English tourist loses data, retrieve photos, UK customer
    {
        "business": "pc",
        "platform": "messenger",
        "customer": "Hope Okonkwo",
        "lang": "en",
        "start": "2024-07-25T12:12:00",
        "messages": [
            (
                "c",
                "Hi, I dropped my camera's SD card in the sea at {{W:Poetto}} 😭 can you recover the photos? I'm [[P:Hope Okonkwo]] from [[L:Manchester]]",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Salt water is tricky but often we can. Recovery is {{$:60 €}} if we succeed, nothing if not",
            ),
            (
                "c",
                "deal. I'm staying at my friend [[P:Giulia Atzeni]]'s flat, [[A:via Dante 118, piano 4]], until {{D:Sunday}}",
            ),
            (
                "a",
                "Bring it today before {{TM:19:30}}, [[P:Hope]]. If we finish after Sunday we can send the files to you by link",
            ),
            (
                "c",
                "great, email [[E:hope.okonkwo@example.co.uk]], phone [[T:+44 161 496 0733]]. home is [[A:27 Acacia Grove]], [[L:Didsbury]], [[A:M20 6LS]] if you need to post the card",
            ),
            ("a", "Perfect. Ciao, [[P:Efisio]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(26, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
