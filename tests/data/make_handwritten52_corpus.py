# ruff: noqa: E501
"""Hand-written blind test corpus no. 52 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten52_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): an online glasses and contact-lens shop from
Treviso, a home renovation company in Bergamo, a surf-and-kite camp in Sardinia, a children's
bookshop with reading clubs in Modena, an immigration-paperwork help desk in Prato and an
Italian-run bakery-café in Edinburgh.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten52_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten52_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "ottica": "Ottica Moretto Shop",
    "edil": "Orobica Ristrutturazioni",
    "surf": "Maestrale Kite & Surf Camp",
    "libri": "La Giraffa Lettrice",
    "sportello": "Sportello Amico Prato",
    "forno": "Forno Nonna Pina",
}
PAGE_IDS: dict[str, str] = {
    "ottica": "652300417820953",
    "edil": "652300588104326",
    "surf": "652300270391648",
    "libri": "652300934156702",
    "sportello": "652300761043285",
    "forno": "652300105867439",
}

CONVERSATIONS: list[Conversation] = [
    # 1. contact lenses shipped to the wrong address, invoice with codice fiscale
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Serena Zanin",
        "lang": "it",
        "start": "2025-02-11T08:47:00",
        "messages": [
            (
                "c",
                "Buongiorno, ho ordinato ieri le {{PD:Dailies Total1}} ordine {{O:#TV-20418}} ma ho sbagliato indirizzo di spedizione 😩",
            ),
            (
                "a",
                "Buongiorno! Nessun problema, se il pacco non è ancora partito lo correggiamo. Mi scrive il nuovo indirizzo completo? [[P:Chiara]] - {{B:Ottica Moretto Shop}}",
            ),
            (
                "c",
                "[[A:via Santa Bona Nuova 47/B]], [[A:31100]] [[L:Treviso]], citofono [[P:Zanin-Dal Bo]]",
            ),
            ("c", "ah e mi serve la fattura intestata a me, cf [[CF:ZNNSRN79P65L407Y]]"),
            ("a", "Perfetto sig.ra [[P:Zanin]], aggiornato. La fattura a quale mail la mandiamo?"),
            ("c", "[[E:serena.zanin79@example.it]] grazie mille"),
            (
                "a",
                "Fatto ✅ spedizione con {{B:BRT}} domani, il tracking sarà {{TR:0614 7729 3305}}. Buona giornata! [[P:Chiara]]",
            ),
            (
                "c",
                "gentilissima. ah mia sorella [[P:Rosa]] vorrebbe le stesse ma -3.25, vi scrive lei stasera dal suo profilo [[H:@rosa_zanin]]",
            ),
        ],
    },
    # 2. Instagram: frames in a colour, prescription from a doctor, customer's ceramics site
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "Viola Marchetto",
        "lang": "it",
        "start": "2025-02-14T19:12:00",
        "messages": [
            (
                "c",
                "ciao! ho visto nelle storie gli occhiali {{PD:Tom Ford FT5401}} color {{W:viola}}, ce li avete anche {{W:rosa}} antico?",
            ),
            (
                "a",
                "Ciao [[P:Viola]]! 😊 {{W:Rosa}} antico no, abbiamo il {{W:bordeaux}} e il {{W:celeste}}. Vengono {{$:239 €}} con lenti neutre",
            ),
            (
                "c",
                "mmm il celeste mi piace. posso mandarvi la ricetta? me l'ha fatta il dott. [[P:Bellotto]] di [[L:Castelfranco]]",
            ),
            ("a", "Certo, anche in foto qui in direct 📸"),
            (
                "c",
                "fatto, mandata! e spedite pure in laboratorio da me, [[A:borgo Cavour 23]], [[A:31100]] [[L:Treviso]]",
            ),
            (
                "c",
                "se volete taggarmi nella foto cliente sono [[H:@viola.marchetto_]] 🙈 o mettete il sito delle mie ceramiche [[U:violamarchetto-ceramiche.example.it]]",
            ),
            (
                "a",
                "Che belle le ceramiche!! Ricetta ricevuta: OD -1.50 OS -1.75. Ordine {{O:#TV-20577}} confermato, paghi col link {{B:PayPal}} che ti arriva. Ciao! [[P:Nicola]]",
            ),
            (
                "c",
                "grazie [[P:nico]]!! 🌸 ah le ceramiche le vendo anche qui se vi va di condividere [[U:https://www.etsy.com/shop/ViolaCeramicheTV]]",
            ),
        ],
    },
    # 3. Irish customer orders toric lenses, obfuscated e-mail, partner Mark / a mark
    {
        "business": "ottica",
        "platform": "messenger",
        "customer": "Hope Gallagher",
        "lang": "en",
        "start": "2025-03-03T10:05:00",
        "messages": [
            (
                "c",
                "Hi there, do you ship to [[L:Ireland]]? I'm after {{PD:Biofinity Toric}} lenses, my old optician in [[L:Galway]] closed down",
            ),
            (
                "a",
                "Hello! Yes, we do, with {{B:DHL}}, 3-5 working days, {{$:€9.90}}. Could you send the prescription and the delivery address?",
            ),
            (
                "c",
                "Sure. [[P:Hope Gallagher]], [[A:12 Rosemount Terrace]], [[L:Salthill]], [[L:Galway]] [[A:H91 X2E7]]. Phone [[T:+353 87 614 2093]]",
            ),
            (
                "a",
                "Thanks [[P:Hope]]! Total {{$:€142.50}} for 6 boxes, order {{O:TV-20603}}. I'll email the invoice, which address?",
            ),
            ("c", "[[E:hope.gallagher (at) example (dot) com]] sorry, spam bots lol"),
            (
                "a",
                "No worries 🙂 Invoice sent, parcel leaves today with tracking {{TR:3364812905}}. And don't worry about the {{W:grace period}}: if a box arrives damaged we replace it. Best, [[P:Nicola]] from {{B:Ottica Moretto}}",
            ),
            (
                "c",
                "Brilliant. My partner [[P:Mark]] wants frames too but he's got a {{W:mark}} on his nose from the old ones haha, he'll message you. He's the photographer behind [[U:markoshea-photo.example.com]] if you ever need product shots 😉",
            ),
        ],
    },
    # 4. elderly customer, voice-to-text, return and refund to IBAN
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Bruno Pavan",
        "lang": "it",
        "start": "2025-04-17T07:58:00",
        "messages": [
            (
                "c",
                "salve sono [[P:bruno pavan]] da [[L:mogliano]] volevo dire che gli occhiali da lettura che o ricevuto sono troppo forti punto",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Pavan]], ci dispiace! Ha preso i +2.50? Può fare il reso gratuito entro il {{D:30 aprile}}",
            ),
            (
                "c",
                "si quelli +2,50 modello {{PD:Lettura Slim}} colore {{W:bruno}} tartarugato. il rimborso fatelo sul conto mio che la carta era di mia figlia [[P:franca]], se serve il suo numero è [[T:3491227065]]",
            ),
            (
                "a",
                "Certo. Ci manda l'IBAN intestato a lei? Il corriere passa a ritirare, confermiamo [[A:via Terraglio 212]]?",
            ),
            (
                "c",
                "si [[A:terraglio 212 int. 3]] iban [[I:IT24 Y076 0101 0000 0104 8273 916]] intestato [[P:pavan bruno]]",
            ),
            (
                "a",
                "Perfetto, ritiro {{D:giovedì 24}} mattina tra le {{TM:9}} e le {{TM:13}}. Rimborso di {{$:34,90 €}} entro 5 giorni dal rientro. [[P:Chiara]]",
            ),
            ("c", "grazie cara e tanti saluti anche al sig. [[P:moretto]]"),
        ],
    },
    # 5. blue-light glasses for a boy called Leone, Gioia / gioia, Stella / stella
    {
        "business": "ottica",
        "platform": "telegram",
        "customer": "Gioia Furlan",
        "lang": "it",
        "start": "2025-05-06T16:20:00",
        "messages": [
            (
                "c",
                "Ciao, x mio figlio [[P:Leone]] (9 anni) cercavo occhiali con filtro luce blu, tipo quelli con la {{W:stella}} sulla stanghetta che ha visto in vetrina",
            ),
            (
                "a",
                "Ciao! Sono i {{PD:Kids Stella Blue}}, {{$:49 €}}. Se passi dallo showroom in [[A:viale Felissent 31]] c'è [[P:Stella]], la nostra ottica, che ti fa provare la misura",
            ),
            (
                "c",
                "cmq nn riesco a venire, abito a [[L:Oderzo]] adesso con mio marito [[P:Fabio]]. li mandate a casa? [[A:via Garibaldi 18]] [[A:31046]] [[L:Oderzo]], nome [[P:Gioia Furlan]]",
            ),
            (
                "a",
                "Certo [[P:Gioia]]! Spedizione gratuita sopra {{$:39 €}}. Il link per pagare lo trovi anche su {{W:ottica-moretto.example.it}}",
            ),
            ("c", "fatto! che {{W:gioia}} quando li vedrà, è fissato con le stelle 🌟"),
            (
                "a",
                "Che bello! Ordine {{O:#TV-20688}}, tracking {{B:UPS}} {{TR:1Z9F4E276804127705}}. A presto, [[P:Stella]]",
            ),
        ],
    },
    # 6. Romanian customer, wrong colour of coloured lenses, pays for a friend
    {
        "business": "ottica",
        "platform": "instagram",
        "customer": "Ioana Popescu",
        "lang": "it",
        "start": "2025-05-19T18:41:00",
        "messages": [
            (
                "c",
                "buna sera, scusate mio italiano. io ordinato lenti colorate {{PD:Air Optix Colors}} colore {{W:Sterling Gray}} ma è arrivato {{W:Brilliant Blue}}",
            ),
            (
                "a",
                "Buonasera e ci scusi per l'errore! Ci manda numero ordine e una foto della scatola?",
            ),
            (
                "c",
                "ordine {{O:TV-20712}}. foto mando ora. pacco era a nome di mio marito [[P:Radu]], [[A:vicolo Dotti 5]] [[L:Treviso]]",
            ),
            (
                "a",
                "Ricevuto, grazie signora [[P:Popescu]]. Spediamo subito quelle giuste, le blu le tenga pure in regalo 🙂",
            ),
            (
                "c",
                "multumesc!! 😊 posso pagare anche per mia amica [[P:Andreea Stan]]? lei vuole stesse in colore {{W:Honey}}. sua mail [[E:andreea.stan.92@example.com]], suo telefono [[T:+40 721 384 059]]",
            ),
            (
                "a",
                "Certo, le mandiamo il link di pagamento su quella mail. Buona serata! [[P:Nicola]]",
            ),
        ],
    },
    # 7. English customer: Bill and the bill, wife Ivy, delivery to Asolo
    {
        "business": "ottica",
        "platform": "whatsapp",
        "customer": "Bill Hartley",
        "lang": "en",
        "start": "2025-05-02T09:30:00",
        "messages": [
            (
                "c",
                "Hello, my wife ordered varifocals from you for me, name's [[P:Bill Hartley]]. The {{W:bill}} says {{$:€310}} but the website said {{$:€280}}?",
            ),
            (
                "a",
                "Hi Mr [[P:Hartley]], the difference is the anti-reflective coating {{PD:Crizal Sapphire}} ({{$:€30}}). Your wife [[P:Ivy]] added it at checkout 🙂",
            ),
            (
                "c",
                "Ha, typical [[P:Ivy]]. Fine. Can you deliver to our place in [[L:Asolo]] rather than my office? [[A:Via Browning 36]], [[A:31011]]",
            ),
            (
                "a",
                "Of course. Delivery {{D:Friday 9 May}}, the courier will ring [[T:+39 347 221 0986]], is that still right?",
            ),
            (
                "c",
                "No, use mine: [[T:0039 340 55 81 204]]. [[P:Ivy]]'s phone is always on silent 😂",
            ),
            (
                "c",
                "And just charge the {{$:€30}} to the card you have, [[C:4539 1287 5510 3240]]. It's in her name, [[P:Ivy M. Hartley]]",
            ),
            ("a", "Noted! Have a lovely day, [[P:Chiara]]"),
        ],
    },
    # 8. bathroom for an elderly mother, codice fiscale for the tax deduction, Bergamo dialect
    {
        "business": "edil",
        "platform": "whatsapp",
        "customer": "Fortunato Locatelli",
        "lang": "it",
        "start": "2025-03-05T09:14:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Fortunato Locatelli]], il vostro numero me l'ha dato il geom. [[P:Carminati]]. Devo rifare il bagno nella casa di mia mamma ad [[L:Alzano Lombardo]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Locatelli]]! Volentieri. Ci dà l'indirizzo per il sopralluogo? Saremmo liberi {{D:martedì 11 marzo}} alle {{TM:14.30}}",
            ),
            (
                "c",
                "[[A:via Mazzini 9, scala B, 2° piano]], sul citofono c'è [[P:Pesenti]]. La mamma si chiama [[P:Speranza]], ha 88 anni e sente poco, suonate forte",
            ),
            (
                "a",
                "Perfetto, viene il nostro tecnico [[P:Gianmaria Rota]]. Per il preventivo con il {{W:Bonus Ristrutturazione}} ci serve il codice fiscale di chi paga",
            ),
            (
                "c",
                "pago io, [[CF:LCTFTN61A09A794V]]. Ma siete sicuri che si prende ancora il 50%? ho poca {{W:speranza}}",
            ),
            ("a", "Per il {{D:2025}} sulla prima casa sì, le mandiamo tutto per iscritto."),
            (
                "c",
                "mandatelo a mio figlio [[P:Cristian]] che guarda lui le carte, [[E:cristian.locatelli@example.it]]",
            ),
            (
                "a",
                "Ricevuto. Sanitari {{B:Ideal Standard}} e piastrelle {{B:Marazzi}} come da catalogo? [[P:Gianmaria]]",
            ),
            (
                "c",
                "va bene. Ol bagn l'è vècc come ol cucù, fì vo 😄 so stàt {{W:fortünàt}} a troà vergü lìber",
            ),
        ],
    },
    # 9. formal letter from a condominium administrator: facade, partita IVA, PEC, Felice / felice
    {
        "business": "edil",
        "platform": "messenger",
        "customer": "Studio Ghisleni",
        "lang": "it",
        "start": "2025-03-10T07:31:00",
        "messages": [
            (
                "c",
                "Spett.le {{B:Orobica Ristrutturazioni}},\nscrivo in qualità di amministratore del {{B:Condominio Le Betulle}} di [[A:via Borgo Palazzo 118]], [[A:24125]] [[L:Bergamo]]. Con la presente chiedo un preventivo per il rifacimento della facciata lato strada.\nDistinti saluti\nrag. [[P:Marina Ghisleni]]",
            ),
            (
                "a",
                "Gentile rag. [[P:Ghisleni]], grazie per la richiesta. Possiamo fare il rilievo {{D:venerdì 14}}. Per la fattura dell'acconto ci occorrono i dati di fatturazione dello studio.",
            ),
            (
                "c",
                "Studio [[P:Ghisleni Marina]], P.IVA [[V:03817440161]], PEC [[E:marina.ghisleni@pec.example.it]], codice SDI {{R:M5UXCR1}}. Referente per i condòmini è il consigliere sig. [[P:Felice Bonomi]], interno 4, cell. [[T:348/7716290]]. In copia alle mail metta la mia assistente [[P:Roberta Capelli]], [[E:roberta.capelli@studio-ghisleni.example.it]]",
            ),
            ("a", "Ricevuto, grazie. Contattiamo il sig. [[P:Bonomi]] per l'accesso ai balconi."),
            (
                "c",
                "Perfetto. Le segnalo che il sig. [[P:Bonomi]] non è sempre {{W:felice}} delle visite, meglio chiamarlo dopo le {{TM:17:00}}.\nCordialità\n[[P:M. Ghisleni]]\nStudio Amministrazioni Condominiali – [[A:via Tiraboschi 61]], [[A:24122]] [[L:Bergamo]]",
            ),
        ],
    },
    # 10. young couple buys a flat: Bianca / bianca, address split over two messages, deposit IBAN
    {
        "business": "edil",
        "platform": "whatsapp",
        "customer": "Davide Cortinovis",
        "lang": "it",
        "start": "2025-03-21T20:02:00",
        "messages": [
            (
                "c",
                "ciao! io e la mia ragazza [[P:Bianca]] abbiamo comprato un bilocale e vorremmo rifare pavimento e cucina",
            ),
            (
                "a",
                "Ciao! Che bello 🎉 Dove si trova l'appartamento? Così organizziamo un sopralluogo",
            ),
            ("c", "a [[L:Seriate]], [[A:via Nazionale 77]]"),
            ("c", "[[A:scala C interno 12, 3 piano]] senza ascensore 😅"),
            (
                "a",
                "Perfetto! Per il pavimento avete già idee? Va molto il gres effetto legno {{PD:Marazzi Treverk}} oppure la resina {{W:bianca}}",
            ),
            (
                "c",
                "[[P:Bianca]] vuole la resina {{W:bianca}} lol, io il legno. vedremo chi vince. io sono [[P:Davide Cortinovis]], numero [[T:+39 320 618 4471]]",
            ),
            (
                "a",
                "Ahah vediamo! Sopralluogo {{D:sabato 22}} ore {{TM:10}}? Vi mando i dati per l'acconto, causale {{R:PREV-2025-041}}. [[P:Sara]]",
            ),
            (
                "c",
                "ok fatto il bonifico da {{$:500 €}} dal conto di [[P:Bianca]] [[I:IT70 F030 6234 2100 0000 7745 019]], vi è arrivato? la fattura intestatela a lei, [[P:Bianca Sartori]], cf [[CF:SRTBNC82H70F257O]]",
            ),
        ],
    },
    # 11. architect renovating his own studio: partita IVA, portfolio link, collaborator's e-mail
    {
        "business": "edil",
        "platform": "telegram",
        "customer": "Leonardo Bergamelli",
        "lang": "it",
        "start": "2025-04-08T11:45:00",
        "messages": [
            (
                "c",
                "Salve, sono l'arch. [[P:Leonardo Bergamelli]], mi serve una squadra per ristrutturare il mio studio in [[A:p.zza Pontida 3]]. Fattura su P.IVA [[V:04118520164]]",
            ),
            (
                "a",
                "Buongiorno arch. [[P:Bergamelli]], volentieri. Di quanti mq parliamo? Ci manda le planimetrie?",
            ),
            (
                "c",
                "circa 80 mq. Planimetrie e foto nel mio portfolio, sezione lavori in corso: [[U:https://www.behance.net/leobergamelli]]. Il progetto è mio, a voi serve solo l'esecuzione. Il resto dei lavori è su [[U:bergamelliarchitetto.example.it/progetti]]",
            ),
            (
                "a",
                "Visto, molto bello. Ci servirebbe anche la {{R:CILA n. 2025/0877}} protocollata per aprire il cantiere",
            ),
            (
                "c",
                "La CILA la deposita in {{W:Comune}} la mia collaboratrice [[P:Gemma]] lunedì. Le scriva pure a [[E:gemma.studio.bergamelli@example.it]]",
            ),
            (
                "a",
                "Perfetto. Inizio lavori il {{D:2 giugno}}... no aspetti, è la {{W:Festa della Repubblica}}! Facciamo il {{D:3 giugno}}. [[P:Sara]]",
            ),
        ],
    },
    # 12. emergency plumber, all caps, fraction address, neighbour, card number typed in chat
    {
        "business": "edil",
        "platform": "whatsapp",
        "customer": "Tiziana Ravasio",
        "lang": "it",
        "start": "2025-01-27T06:52:00",
        "messages": [
            ("c", "BUONGIORNO AVETE UN IDRAULICO URGENTE??? PERDITA SOTTO IL LAVELLO"),
            ("a", "Buongiorno, sì. Indirizzo?"),
            (
                "c",
                "[[A:FRAZ. BRUNTINO ALTO 4]] [[L:VILLA D ALME]] DI FIANCO ALLA CHIESA. CHIEDETE DI [[P:FRANCO]]",
            ),
            (
                "a",
                "Arriviamo tra 40 minuti, l'idraulico è [[P:Bruno]]. Intanto chiuda il rubinetto generale",
            ),
            (
                "c",
                "grazie a dio. il vicino sig. [[P:Gualandris]] dice che gocciola anche da lui, potete passare anche li? il suo num [[T:035 54 12 870]]",
            ),
            (
                "a",
                "Certo, [[P:Bruno]] passa da entrambi. Intervento urgente {{$:85 €}} + materiale, si può pagare anche con carta",
            ),
            (
                "c",
                "ok carta [[C:5457 6120 3398 1142]] scad {{D:08/27}} intestata a mio marito [[P:franco ravasio]] 🙏🙏",
            ),
        ],
    },
    # 13. English teacher in Città Alta: listed windows, Instagram link, husband's phone, ivy
    {
        "business": "edil",
        "platform": "instagram",
        "customer": "Rose Whitfield",
        "lang": "en",
        "start": "2025-03-26T17:08:00",
        "messages": [
            (
                "c",
                "Hi! Sorry my Italian is poor. I live in [[L:Città Alta]] and need to replace 5 old windows, it's a listed building. Do you do that?",
            ),
            (
                "a",
                "Hello! Yes we do, wooden frames approved by the {{W:Soprintendenza}}. Could you send the address and a few photos?",
            ),
            (
                "c",
                "[[A:Via Gombito 22]], top floor. Photos are all on my Instagram, I documented the whole flat saga 😅 [[U:instagram.com/rose.in.bergamo]]",
            ),
            (
                "a",
                "Lovely flat! The frames look like chestnut. A {{PD:Finestra Legno Storico}} is about {{$:1.150 €}} each, fitted. Our surveyor [[P:Gianmaria]] can come on {{D:Thursday 3 April}}",
            ),
            (
                "c",
                "Perfect. Please call my husband [[P:Ahmed Benali]] to confirm, he's better with Italian: [[T:(+39) 351 409 6632]], or email me the quote at [[E:rose.whitfield [at] example [dot] com]]. And no pulling the {{W:ivy}} off the façade please, the landlady loves it 🌿",
            ),
            (
                "a",
                "Ahah promesso! Così si esercita anche con l'italiano 😉 A giovedì, [[P:Sara]] - {{B:@orobica.ristrutturazioni}}",
                "it",
            ),
        ],
    },
    # 14. scratched parquet: Felice / felice, foreign workers, wife Serena, baby Aurora
    {
        "business": "edil",
        "platform": "whatsapp",
        "customer": "Felice Rinaldi",
        "lang": "it",
        "start": "2025-04-14T18:26:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Felice Rinaldi]], cantiere di [[A:loc. Prati Alti 12]] a [[L:Sorisole]]. Oggi i vostri operai hanno rigato il parquet in sala",
            ),
            (
                "a",
                "Buonasera sig. [[P:Rinaldi]], ci dispiace molto. In cantiere c'erano [[P:Elvis]] e [[P:Marius]]?",
            ),
            (
                "c",
                "si, quello alto albanese e il rumeno. bravi ragazzi eh ma il parquet è rovinato, non sono per niente {{W:felice}}",
            ),
            (
                "a",
                "Ha ragione. Domani passa il capocantiere [[P:Bruno Pezzotta]] a vedere e lo sistemiamo a nostre spese. Ci manda una foto?",
            ),
            (
                "c",
                "ve la mando per mail che qui si vede male, da [[E:felice.rinaldi at example.it]]",
            ),
            (
                "c",
                "mandata. mia moglie [[P:Serena]] chiede se finite prima del {{D:25 aprile}}, c'è il battesimo della piccola [[P:Aurora]] 👶",
            ),
            (
                "a",
                "Faremo il possibile, ma il {{D:25 aprile}} è festivo e le squadre non lavorano. Vi aggiorno io. [[P:Sara]]",
            ),
        ],
    },
    # 15. three friends from Munich book a kite course, billing address in Germany, the Maestrale
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Tobias Krüger",
        "lang": "en",
        "start": "2025-04-02T13:16:00",
        "messages": [
            (
                "c",
                "Hallo! We are 3 friends from [[L:Munich]] and want to book the 5-day kite course in {{D:July}}. Names: [[P:Jonas Weber]], [[P:Lea Hoffmann]] and me, [[P:Tobias Krüger]]",
            ),
            (
                "a",
                "Ciao [[P:Tobias]]! The {{PD:Kite Starter 5 Days}} is {{$:€420}} per person incl. gear. The week {{D:14-18 July}} still has 3 spots 🤙",
            ),
            (
                "c",
                "Nice, take them! We land at {{W:Olbia airport}} at {{TM:11:40}} on the {{D:13th}}. Is there a shuttle?",
            ),
            (
                "a",
                "Yes, shuttle {{$:€25}} each. For the booking I need a billing address and an e-mail please",
            ),
            (
                "c",
                "[[A:Schleißheimer Straße 141]], [[A:80797]] [[L:München]]. Mail [[E:tobi.krueger@example.de]]",
            ),
            (
                "a",
                "Done, booking {{R:MKS-0713-TK}}. Deposit 30% by bank transfer, details on the invoice. See you in {{W:Porto Pollo}}! [[P:Efisio]]",
            ),
            (
                "c",
                "Deposit sent from [[I:DE68 5001 0517 8820 3467 11]], account holder [[P:T. Krüger]]. [[P:Lea]] and [[P:Jonas]] pay me back in beer 🍺",
            ),
            (
                "c",
                "Oh, almost forgot: [[P:Lea]] is vegetarian (and she'll post every meal on [[U:instagram.com/lea.hoff.travels]] 🙄), and [[P:Jonas]] asks if the wind is always so strong, he read about the {{W:Maestrale}} 😅",
            ),
            (
                "a",
                "Tell [[P:Jonas]] the {{W:Maestrale}} is our best friend! Check {{W:windguru.cz}} the week before 😉",
            ),
        ],
    },
    # 16. Brazilian instructor asks for a summer job: TikTok, link-in-bio, girlfriend's handle, Marina / marina
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "thiago.kite",
        "lang": "en",
        "start": "2025-02-20T22:03:00",
        "messages": [
            (
                "c",
                "Oi! I'm [[P:Thiago Nascimento]], IKO level 2 instructor from [[L:Florianópolis]]. Are you hiring for the summer? WhatsApp [[T:+55 48 99127-4406]]",
            ),
            ("a", "Hey [[P:Thiago]]! Maybe yes 😊 send us your CV and some videos"),
            (
                "c",
                "Videos here [[U:https://www.tiktok.com/@thiagokitesurf]] and everything else on [[U:linktr.ee/thiago.nascimento.kite]]. CV coming by mail from [[E:thiago.nsc@example.com]]",
            ),
            (
                "a",
                "Great riding! Talk to our head coach [[P:Marina]], she's at the camp in the mornings, afternoons she's out with the boat from the {{W:marina}} in {{W:Palau}}. Her number [[T:+39 392 004 7718]]",
            ),
            (
                "c",
                "Valeu! Also my girlfriend [[P:Luana]] is a yoga teacher, she's [[H:@luana.yoga.flow]] on insta and her classes are on [[U:luanayogaflow.example.com]], maybe you need yoga classes too? 🙏",
            ),
            ("a", "We do sunset yoga! Ask [[P:Marina]] about that too. Ciao! [[P:Efisio]]"),
        ],
    },
    # 17. family from Milan: kids called Sole and Celeste, the August sun, aunt Marina
    {
        "business": "surf",
        "platform": "messenger",
        "customer": "Paolo Brambilla",
        "lang": "it",
        "start": "2025-05-11T20:47:00",
        "messages": [
            (
                "c",
                "Ciao! siamo una famiglia di [[L:Milano]], io, mia moglie [[P:Viola]] e 2 bimbe, [[P:Sole]] (8) e [[P:Celeste]] (11). Fate corsi di surf per bambini ad agosto?",
            ),
            (
                "a",
                "Ciao! Sì, il {{PD:Surf Kids Camp}} la mattina {{TM:9:30}}-{{TM:12:00}}, {{$:180 €}} a settimana. Meglio la mattina, col {{W:sole}} di agosto il pomeriggio è pesante",
            ),
            ("c", "perfetto, la settimana di {{W:Ferragosto}}?? lo so che è piena 🙈"),
            (
                "a",
                "Dal {{D:18 al 22 agosto}} c'è posto. Nome e cognome di un genitore e un cellulare?",
            ),
            (
                "c",
                "[[P:Paolo Brambilla]], [[T:333 8812 407]], mail [[E:paolo.brambilla@example.it]]. si aggrega anche la zia [[P:Marina]] se ci sono tavole per principianti 😄",
            ),
            (
                "a",
                "Certo, tavole soft per tutti. Prenotazione {{R:SKC-0818-PB}}. A presto! [[P:Giulia]]",
            ),
            ("c", "top! ps la [[P:celeste]] vuole sapere se ci sono i delfini 🐬"),
        ],
    },
    # 18. Polish couple living in the UK: board deposit refund to a British IBAN
    {
        "business": "surf",
        "platform": "telegram",
        "customer": "Kasia W.",
        "lang": "en",
        "start": "2025-06-16T08:12:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Katarzyna Wiśniewska]] here, we stayed in bungalow 7 last week. The {{$:150€}} deposit for the board was not returned yet",
            ),
            (
                "a",
                "Hi [[P:Katarzyna]]! Sorry for the delay. The board had a ding on the rail, our shaper [[P:Gavino]] says repair is {{$:€40}}, so we refund {{$:€110}}. OK?",
            ),
            (
                "c",
                "Hmm, the ding was there before, [[P:Piotr]] took photos on day 1. But ok, fine. Bank: [[I:GB60 BARC 2032 5341 5583 12]], name [[P:K. Wisniewska]]",
            ),
            (
                "a",
                "Thanks. Transfer sent, reference {{R:DEP-B07-0611}}. It can take 2-3 days from {{B:Banco di Sardegna}}",
            ),
            (
                "c",
                "Received, thanks. We loved [[P:Gavino]]'s dog haha, will write a review on {{W:Google Maps}}. [[P:Piotr]]'s brother [[P:Tomasz]] wants to come in {{D:September}}, I'll give him your page. We're back home in [[L:Reading]] now, still reading your surf report every day haha",
            ),
            (
                "a",
                "Thank you both 🙏 Tell [[P:Tomasz]] to write us here or book on {{W:maestralecamp.example.com}}. [[P:Efisio]]",
            ),
        ],
    },
    # 19. Indian guest and a Spanish colleague: private lesson, rural address, Indian home address
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-05-24T17:55:00",
        "messages": [
            (
                "c",
                "Good evening. I am [[P:Priya Raghunathan]], I would like to book a private kite lesson for me and my colleague [[P:Javier Ortega]] during our holiday from {{D:2 to 9 June}}.",
            ),
            (
                "a",
                "Good evening [[P:Priya]]! Private lesson is {{$:€90/h}}, for 2 people {{$:€140/h}}. Where are you staying?",
            ),
            (
                "c",
                "We rented a house from a friend of [[P:Javier]], [[A:Località Saltara snc]], [[L:Palau]].",
            ),
            ("a", "That's 10 minutes away, perfect. Could you send a phone number with WhatsApp?"),
            (
                "c",
                "Mine is Indian: [[T:+91 98450 32761]]. [[P:Javier]] has a Spanish one [[T:+34 612 48 93 07]] and his mail is [[E:javier.ortega(at)example.es]]. For the invoice, my home address: [[A:Flat 4B, Prestige Lakeside, 17 Varthur Road]], [[L:Bengaluru]] [[A:560066]]",
            ),
            (
                "c",
                "[[P:Javier]] will pay his half by transfer from [[I:ES58 0182 5723 1102 0118 7464]] ([[P:Javier Ortega Ruiz]]), is that fine?",
            ),
            (
                "a",
                "Perfect, invoices to follow. Bring sunscreen, the {{W:sole}} here is no joke ☀️ [[P:Giulia]]",
            ),
        ],
    },
    # 20. French guest changes dates, pastes a card number, invoice address in Strasbourg
    {
        "business": "surf",
        "platform": "instagram",
        "customer": "rose.lfv",
        "lang": "en",
        "start": "2025-07-01T12:34:00",
        "messages": [
            (
                "c",
                "Bonjour! Je... sorry, english ok? I'm [[P:Rose Lefèvre]], I booked the camp for {{D:September}} but I need to change the dates",
            ),
            ("a", "Bonjour [[P:Rose]]! Sure, what's your booking code?"),
            (
                "c",
                "{{R:MKS-0905-RL}}. Can we move to {{D:19-26 September}}? And I pay the rest with my card [[C:3742 881650 21931]] ok? exp {{D:11/26}}. Or call me [[T:06 12 48 77 30]]",
            ),
            (
                "a",
                "Moved ✅ Better not to send card numbers in chat though 🙈 we'll send you a secure payment link. Which e-mail?",
            ),
            (
                "c",
                "oops 😬 [[E:rose.lefevre@example.fr]]. And the invoice to [[A:27 rue des Tanneurs]], [[A:67000]] [[L:Strasbourg]] please",
            ),
            ("a", "All done. À bientôt! [[P:Efisio]]"),
            (
                "c",
                "merci! my friend [[P:Hélène]] maybe joins, she is on insta [[H:@helene_sur_la_vague]] and has a blog [[U:helene-sur-la-vague.example.fr]]",
            ),
        ],
    },
    # 21. group from Rome for the long weekend: wa.me link, nicknames
    {
        "business": "surf",
        "platform": "whatsapp",
        "customer": "Ale Proietti",
        "lang": "it",
        "start": "2025-04-28T21:19:00",
        "messages": [
            (
                "c",
                "ciao raga sono [[P:Ale]] de [[L:Roma]], siamo in 6 per il ponte del {{D:2 giugno}}, avete ancora bungalow?",
            ),
            (
                "a",
                "Ciao [[P:Ale]]! Per il ponte abbiamo 2 bungalow da 3 posti, {{$:75 €}} a notte l'uno",
            ),
            (
                "c",
                "perfetto. vi giro il contatto di [[P:Federica]] che i soldi li gestisce lei: [[U:wa.me/393471209856]]. il mio è questo, [[T:340 7715228]]",
            ),
            ("a", "Ok! Le scrivo io. Mi serve il nome di un referente per la prenotazione"),
            (
                "c",
                "metti me, [[P:Alessandro Proietti]]. gli altri sono [[P:Fede]], [[P:Manu]], er [[P:Pecora]] (nn chiedete 😂), [[P:Giorgia]] e [[P:Simo]]. le foto del viaggio le mette [[P:Simo]] sul suo canale [[U:t.me/simo_roma_surf]]",
            ),
            (
                "a",
                "Ahah nessuna domanda 😂 Prenotazione {{R:BNG-0531-AP}}, check-in dalle {{TM:15}}. Dal porto di {{W:Olbia}} prendete la {{W:SS125}}. [[P:Giulia]]",
            ),
        ],
    },
    # 22. mother enrols two daughters in the reading club: Allegra / allegra, obfuscated e-mail
    {
        "business": "libri",
        "platform": "whatsapp",
        "customer": "Rosa Malagoli",
        "lang": "it",
        "start": "2025-01-09T18:22:00",
        "messages": [
            (
                "c",
                "Buonasera! vorrei iscrivere le mie figlie al club di lettura del sabato, [[P:Allegra]] 7 anni e [[P:Vera]] 10",
            ),
            (
                "a",
                "Buonasera! Che bello 📚 Per 6-8 anni c'è il gruppo {{PD:Piccoli Lettori}} il sabato alle {{TM:10:30}}, per 9-11 il {{PD:Club dei Segnalibri}} alle {{TM:16}}. Costo {{$:35 €}} a trimestre",
            ),
            (
                "c",
                "perfetto tutte e due. sono [[P:Rosa Malagoli]], mail [[E:rosa punto malagoli chiocciola example punto it]] (la scrivo così perché l'ultima volta mi è arrivato spam 😅)",
            ),
            (
                "a",
                "Iscritte! Il primo incontro è {{D:sabato 18 gennaio}}, leggiamo {{PD:Pippi Calzelunghe}}. Ci lascia un cellulare per le emergenze? [[P:Ilaria]]",
            ),
            (
                "c",
                "[[T:347.552.0918]] il mio, quello del papà [[P:Matteo]] [[T:339 06 21 774]], lui legge solo la mail [[E:matteo.ferrarini@example.com]]. [[P:Allegra]] è allergica alle arachidi, per la merenda 🥜",
            ),
            (
                "a",
                "Segnato! Tranquilla, la merenda la facciamo con i biscotti del {{B:Forno Ghirlandina}}, senza frutta secca. Vi aspetta una compagnia {{W:allegra}} 😊",
            ),
        ],
    },
    # 23. grandfather orders a series as a birthday present: formal, IBAN, dedication with names
    {
        "business": "libri",
        "platform": "messenger",
        "customer": "Ermanno Vaccari",
        "lang": "it",
        "start": "2025-03-12T10:40:00",
        "messages": [
            (
                "c",
                "Gentile libreria, sono il nonno di [[P:Tommaso Vaccari]] che frequenta il vostro club. Vorrei regalargli per il compleanno la collana di {{PD:Geronimo Stilton}} ma abito a [[L:Reggio Emilia]]. È possibile spedire?\nCordiali saluti\n[[P:Ermanno Vaccari]]",
            ),
            (
                "a",
                "Gentile sig. [[P:Vaccari]], certamente! I primi 10 volumi costano {{$:89,00 €}}, spedizione {{$:6 €}}. A quale indirizzo?",
            ),
            (
                "c",
                "[[A:Via Emilia San Pietro 54]], [[A:42121]] [[L:Reggio Emilia]]. Pago con bonifico dal mio conto {{B:BPER}} [[I:IT90 Q050 3453 4600 0000 0318 722]]. Mi mandate il vostro IBAN? Per qualsiasi cosa il mio fisso è [[T:0522 43 18 06]]",
            ),
            (
                "a",
                "Grazie! Le mandiamo i nostri dati con la conferma d'ordine {{O:GL-2025-0316}}. Desidera un biglietto d'auguri? [[P:Ilaria]]",
            ),
            (
                "c",
                'Sì grazie, scrivete: "Al mio [[P:Tommy]] per i suoi 9 anni, dal nonno [[P:Ermanno]] e dalla nonna [[P:Franca]]".',
            ),
            (
                "a",
                "Che dolce ❤️ Fatto. Parte {{D:lunedì}} con {{B:Poste Italiane}}, codice {{TR:CZ402918377IT}}, lo segue su {{W:poste.it}}",
            ),
        ],
    },
    # 24. illustrator from Carpi proposes a workshop: personal site, handle, partita IVA
    {
        "business": "libri",
        "platform": "instagram",
        "customer": "fiammetta.disegna",
        "lang": "it",
        "start": "2025-02-03T15:09:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Fiammetta Righi]], illustratrice di [[L:Carpi]]. Ho appena pubblicato un albo, {{PD:La balena che voleva volare}}, mi piacerebbe presentarlo da voi 🐋",
            ),
            ("a", "Ciao [[P:Fiammetta]]! Ti seguiamo già 😍 Mandaci pure le info!"),
            (
                "c",
                "Il mio sito è [[U:www.fiammettarighi-illustra.example.it]], su IG sono [[H:@fiammetta.disegna]]. Le stampe le vendo su [[U:ko-fi.com/fiammettarighi]]. Posso fare anche un laboratorio per i bimbi, fatturo con P.IVA [[V:02645310356]]",
            ),
            (
                "a",
                "Perfetto, laboratorio {{D:domenica 9 marzo}} alle {{TM:16:00}}? Compenso {{$:150 €}} più la vendita delle copie. [[P:Ilaria]] e [[P:Bea]]",
            ),
            (
                "c",
                "Benissimo! Viene anche la mia assistente [[P:Yasmin]] ([[H:@yasmin.colora]]). Per la sala serve il proiettore?",
            ),
            (
                "a",
                "Abbiamo tutto noi. Mettiamo l'evento anche su {{W:giraffalettrice.example.it/eventi}} 🦒",
            ),
        ],
    },
    # 25. Chinese mother looks for bilingual books: name in Chinese characters, grandmother
    {
        "business": "libri",
        "platform": "whatsapp",
        "customer": "Cindy Lin",
        "lang": "it",
        "start": "2025-01-14T12:18:00",
        "messages": [
            (
                "c",
                "Buongiorno, avete libri bilingue italiano-cinese per bambini? mio figlio [[P:Leo]] ha 5 anni, i nonni parlano solo cinese",
            ),
            (
                "a",
                "Buongiorno! Sì, qualche titolo della collana {{PD:Fiabe dal mondo}}, e altri li possiamo ordinare. Lei come si chiama?",
            ),
            (
                "c",
                "[[P:Lin Xinyi]], ma tutti mi chiamano [[P:Cindy]] 😊 in cinese [[P:林欣怡]]. Abito in [[A:via Giardini 402/1]], posso passare dopo il lavoro? se serve wechat [[H:cindy_lxy]]",
            ),
            (
                "a",
                "Certo [[P:Cindy]], siamo aperti fino alle {{TM:19:30}}. Le teniamo da parte {{PD:Il piccolo bruco Maisazio}} in versione bilingue, {{$:14,50 €}}",
            ),
            (
                "c",
                "grazie! posso iscrivere anche [[P:Leo]] al club del sabato? lo porta la nonna [[P:Wang Fang]]",
            ),
            (
                "a",
                "Con piacere! Nel gruppo dei piccoli il {{D:25 gennaio}} festeggiamo il {{W:Capodanno cinese}} con i libri 🧧 [[P:Bea]]",
            ),
            ("c", "che bello!! la nonna sarà molto {{W:felice}}"),
            (
                "a",
                "Per la tessera del club ci lascia un codice fiscale? Così le arrivano anche gli sconti 🎁",
            ),
            ("c", "[[CF:LNIXNY95C62Z210V]]"),
        ],
    },
    # 26. British mother in Modena: late order, Grace / grace, delivery by bike, UK phone
    {
        "business": "libri",
        "platform": "telegram",
        "customer": "Hannah Mensah",
        "lang": "en",
        "start": "2025-04-22T09:03:00",
        "messages": [
            (
                "c",
                "Hi, sorry to write in English. I ordered 3 books for my daughter [[P:Grace]] and her brother [[P:Kofi]] on your website, order {{O:GL-2025-0402}}, it's been 2 weeks",
            ),
            (
                "a",
                "Hi! So sorry. Let me check... the {{PD:Roald Dahl}} box set was out of stock at the distributor. It arrives {{D:Thursday}}!",
            ),
            (
                "c",
                "Ah ok. She's desperate for {{PD:Matilda}} lol. Can you deliver it? We live at [[A:via Canaletto Sud 215]], near the {{W:Policlinico}}",
            ),
            ("a", "We deliver by bike in town for free 🚲 Who should we ask for?"),
            (
                "c",
                "[[P:Hannah]] or my husband [[P:Kwame Mensah]], [[T:+44 7700 918 234]] (UK number, sorry), or email [[E:hannah.mensah@example.org]]. Thanks for your {{W:grace}} under pressure haha",
            ),
            ("a", "Ahah! Allora a giovedì, buona giornata 🙂 [[P:Ilaria]]", "it"),
        ],
    },
    # 27. primary teacher orders class copies: list of parents, San Geminiano, mother's phone
    {
        "business": "libri",
        "platform": "whatsapp",
        "customer": "Paola Gibertini",
        "lang": "it",
        "start": "2025-01-20T07:49:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono la maestra [[P:Paola Gibertini]] della {{W:scuola primaria Palestrina}}. Per il progetto lettura vorrei ordinare 22 copie de {{PD:Il GGG}}",
            ),
            (
                "a",
                "Buongiorno maestra! Con lo sconto scuole sono {{$:8,90 €}} a copia. Serve la fattura elettronica intestata alla scuola?",
            ),
            (
                "c",
                "Sì, codice univoco {{R:UFB7TQ}}. Mi scriva a [[E:p.gibertini@scuole.example.it]]. Alcuni genitori vorrebbero anche la copia per casa: [[P:Filippo Ferrari]], [[P:Noemi Benassi]], [[P:Ayoub El Idrissi]], [[P:Giada Po]], [[P:Kevin Morselli]]. La rappresentante di classe è [[P:Stella Ferrari]], se serve: [[E:stella.ferrari84@example.it]]",
            ),
            (
                "a",
                "Segnato! Le copie per casa le prepariamo in sacchetti col nome. Consegna dopo {{W:San Geminiano}}, il {{D:31 gennaio}} siamo chiusi per la fiera 🎉",
            ),
            (
                "c",
                "Perfetto. Ah, la mamma di [[P:Ayoub]] chiede se avete libri in arabo, si chiama [[P:Fatima]], il suo numero è [[T:+39 328 7104 562]]",
            ),
            ("a", "Sì, qualcuno! La contatto io. Grazie maestra, [[P:Ilaria]]"),
        ],
    },
    # 28. a brown cap left at the club by a boy called Bruno
    {
        "business": "libri",
        "platform": "messenger",
        "customer": "Stefano Corradini",
        "lang": "it",
        "start": "2025-02-16T19:37:00",
        "messages": [
            (
                "c",
                "Salve, ieri al club mio figlio [[P:Bruno]] ha lasciato un cappellino {{W:bruno}} con scritto [[P:BRUNO C.]] 😅 l'avete trovato?",
            ),
            ("a", "Sì! È qui alla cassa 🧢 Passate quando volete"),
            (
                "c",
                "grazie, passa mia suocera [[P:Iolanda]] domattina, io lavoro fino a tardi a [[L:Sassuolo]]",
            ),
            ("a", "Perfetto, lo diamo a lei. Buona serata! [[P:Bea]]"),
            (
                "c",
                "grazie! se non vi trova chiamate mia moglie [[P:Marina Corradini]] al [[T:+39 348 990 1276]], abitiamo lì vicino in [[A:via Ganaceto 140]]",
            ),
        ],
    },
    # 29. permit renewal: non-native Italian, Chinese characters, codice fiscale, cousin's workshop
    {
        "business": "sportello",
        "platform": "whatsapp",
        "customer": "Chen Wei",
        "lang": "it",
        "start": "2025-02-25T12:05:00",
        "messages": [
            (
                "c",
                "buongiorno. io [[P:Chen Wei]] [[P:陈伟]]. permesso scade {{D:20 marzo}}. voi aiuta rinnovo?",
            ),
            (
                "a",
                "Buongiorno [[P:Chen]]! Sì, prepariamo il kit per la {{W:Questura}}. Servono passaporto, contratto di lavoro, buste paga e codice fiscale (lista su {{W:portaleimmigrazione.it}}). Il servizio costa {{$:40 €}} + {{$:16 €}} di marca da bollo",
            ),
            (
                "c",
                "ok. codice fiscale [[CF:CHNWEI90M03Z210T]]. lavoro da ditta di mio cugino [[P:Zhou Jian]], confezioni, [[A:via Pistoiese 287]]. suo telefono [[T:0574 1592 036]]",
            ),
            ("a", "Perfetto. Lei dove abita? Serve l'indirizzo di residenza"),
            (
                "c",
                "[[A:via Filzi 51 int 8]] [[A:59100]] [[L:Prato]]. mia moglie [[P:Li Na]] anche deve rinnovare. wechat mio [[H:chenwei_po90]]",
            ),
            (
                "a",
                "Va bene, venite tutti e due {{D:mercoledì}} alle {{TM:17:00}} allo sportello. Numero pratica {{R:SA-2025-0117}}. [[P:Samira]]",
            ),
            ("c", "grazie mille 谢谢"),
        ],
    },
    # 30. family reunification from Pakistan: wife and children, two codici fiscali, landlord
    {
        "business": "sportello",
        "platform": "messenger",
        "customer": "Ahmed Raza",
        "lang": "en",
        "start": "2025-02-27T19:44:00",
        "messages": [
            (
                "c",
                "Assalam o alaikum. My name is [[P:Ahmed Raza]], I live in [[L:Prato]] since {{D:2016}}. I want to bring my wife and 2 kids from [[L:Sialkot]]. What documents?",
            ),
            (
                "a",
                "Wa alaikum salam [[P:Ahmed]]! For the {{W:nulla osta}} for family reunification you need the housing certificate (idoneità alloggiativa), last year's income, and the family certificates legalised by the {{W:Italian Embassy in Islamabad}}",
            ),
            (
                "c",
                "Ok. Wife is [[P:Saima Khan]] (her number in [[L:Pakistan]] [[T:+92 52 4265318]]), kids [[P:Hamza]] (9) and [[P:Zainab]] (6). My codice fiscale [[CF:RZAHMD85S21Z236S]], wife already has one from her visit in {{D:2019}}, [[CF:KHNSMA88E47Z236O]]",
            ),
            (
                "a",
                "Thank you. For the housing certificate we need the flat address and the rental contract",
            ),
            (
                "c",
                "[[A:Via Roma 410, scala A, 1st floor]], [[L:Prato]]. Landlord is sig. [[P:Bardazzi]]",
            ),
            (
                "a",
                "Great. The application goes online on {{W:nullaostalavoro.dlci.interno.it}}, we fill it in together. Appointment {{D:Friday 7 March}} at {{TM:10:30}}? [[P:Samira]]",
            ),
            (
                "c",
                "Yes ok. My brother [[P:Bilal]] comes with me, his english is better. His number [[T:+92 300 8415 276]], he is in [[L:Pakistan]] now but back on Monday. Send papers to [[E:ahmed.raza85 at example dot com]]",
            ),
        ],
    },
    # 31. citizenship application: Albanian mother, codice fiscale, two old addresses, husband elsewhere
    {
        "business": "sportello",
        "platform": "whatsapp",
        "customer": "Elira Hoxha",
        "lang": "it",
        "start": "2025-03-18T18:31:00",
        "messages": [
            (
                "c",
                "Buonasera, sono [[P:Elira Hoxha]], vorrei fare domanda di cittadinanza per residenza, sono in Italia da 11 anni",
            ),
            (
                "a",
                "Buonasera [[P:Elira]]! Servono il certificato penale albanese apostillato e tradotto, l'atto di nascita, il {{W:B1}} di italiano e il versamento di {{$:250 €}}",
            ),
            (
                "c",
                "il B1 ce l'ho, preso al {{W:CPIA}}. i certificati li chiede mia mamma [[P:Drita]] a [[L:Shkodër]]. vi mando tutto per mail da [[E:elira.hoxha93@example.com]]",
            ),
            (
                "a",
                "Perfetto. Ci mandi anche codice fiscale e gli indirizzi di residenza degli ultimi 10 anni 📄",
            ),
            (
                "c",
                "[[CF:HXHLRE93B54Z100O]]. dal {{D:2014}} al {{D:2019}} [[A:via del Carmine 12]], poi [[A:via Bologna 233/C]], sempre [[L:Prato]]. mio marito [[P:Gjergj]] invece sta a [[L:Montemurlo]] 3 giorni a settimana per lavoro",
            ),
            (
                "c",
                "ah il traduttore a [[L:Tirana]] vuole il bonifico prima, [[I:AL31 2021 1207 0000 0004 7109 3556]] intestato [[P:Besnik Gjoka]]. è normale?",
            ),
            (
                "a",
                "Sì, è normale, i traduttori giurati chiedono l'anticipo. Poi la domanda la carichiamo noi sul portale del {{W:Ministero dell'Interno}}. Le scrivo io quando è pronta. [[P:Lorenzo]]",
            ),
        ],
    },
    # 32. Chinese sole trader moves her workshop: partita IVA, accountant, daughter's obfuscated e-mail
    {
        "business": "sportello",
        "platform": "telegram",
        "customer": "Hu Meiling",
        "lang": "it",
        "start": "2025-04-03T08:26:00",
        "messages": [
            (
                "c",
                "Salve, sono titolare ditta individuale [[P:Hu Meiling]], P.IVA [[V:01576391005]]. devo cambiare sede da [[A:via Cavour 18]] a [[A:via Paronese 96/A, capannone 3]]. come si fa?",
            ),
            (
                "a",
                "Buongiorno! Serve la comunicazione alla {{W:Camera di Commercio}} e all'{{W:Agenzia delle Entrate}}, di solito la fa il commercialista. Ce l'ha?",
            ),
            (
                "c",
                "commercialista è dott. [[P:Mazzoni]] ma lui va in pensione. voi conoscete uno bravo?",
            ),
            (
                "a",
                "Possiamo darle il contatto della dott.ssa [[P:Nadia Bini]], lavora con molti imprenditori cinesi. Le va bene?",
            ),
            (
                "c",
                "sì grazie. mia figlia [[P:Giulia Hu]] parla meglio italiano, scrivete a lei: [[E:giulia.hu AT example DOT it]] o [[T:+39 366 204 8817]]",
            ),
            ("a", "Perfetto, le scriviamo oggi. Buona giornata! [[P:Samira]]"),
        ],
    },
    # 33. Nigerian sisters: Blessing / blessing, Precious, Goodluck, the desk's own address
    {
        "business": "sportello",
        "platform": "whatsapp",
        "customer": "Blessing Okafor",
        "lang": "en",
        "start": "2025-03-08T10:11:00",
        "messages": [
            (
                "c",
                "Good morning sir/ma. I am [[P:Blessing Okafor]], I have appointment at {{W:Questura di Prato}} on {{D:12/03}} for fingerprints but I lost the letter",
            ),
            (
                "a",
                "Good morning [[P:Blessing]]! Don't worry, we can check with your receipt number. Do you have the {{W:Poste}} receipt, the one with the barcode?",
            ),
            (
                "c",
                "Yes is {{R:25PO0348 8172}}. I live [[A:via Galcianese 78/2]], with my sister [[P:Precious]] she also need help for her son [[P:Goodluck]] registration in school",
            ),
            (
                "a",
                "OK, your appointment is confirmed at {{TM:9:15}}, bring 4 photos and the passport. For the school registration your sister can look at {{W:comune.prato.it}}. What is her phone?",
            ),
            (
                "c",
                "[[T:+39 389 772 0145]] is [[P:Precious]], she is also on facebook [[U:facebook.com/precious.okafor.33]]. God bless you, it is a real {{W:blessing}} to find you 🙏",
            ),
            (
                "a",
                "Happy to help! If you need us, the office is at [[A:via Filippino 14]], 1st floor, next to the bakery. [[P:Lorenzo]]",
            ),
        ],
    },
    # 34. quota application blocked by IP, double payment refunded to an IBAN, employer in Vaiano
    {
        "business": "sportello",
        "platform": "messenger",
        "customer": "Usman Tariq",
        "lang": "it",
        "start": "2025-04-15T07:02:00",
        "messages": [
            (
                "c",
                "salve fratello, io [[P:Usman Tariq]]. io prova fare domanda flussi su sito ministero ma dice 'accesso negato per indirizzo [[IP:93.41.207.18]]' 😭",
            ),
            (
                "a",
                "Ciao [[P:Usman]]! Il {{W:click day}} ti blocca se provi troppe volte. Aspetta 24 ore. Usi lo SPID?",
            ),
            (
                "c",
                "si SPID di {{B:Poste}}. ma io pagato voi 2 volte {{$:60 euro}}, per sbaglio. mio conto [[I:IT52 I020 0811 7110 0010 5992 041]]",
            ),
            (
                "a",
                "Vero, vediamo due pagamenti da {{$:60 €}}. Ti rimborsiamo {{D:domani}}. Il datore di lavoro è sempre [[P:Marco Santini]] di [[L:Vaiano]]?",
            ),
            (
                "c",
                "si lui. suo cugino [[P:Shahid]] anche vuole lavorare con lui, numero [[T:0092 321 4478 109]]. mia mail [[E:usman.tariq.po@example.com]]",
            ),
            ("a", "Ok, il cugino però deve aspettare i prossimi flussi. A domani, [[P:Samira]]"),
        ],
    },
    # 35. driving-licence conversion: Albanian family, Mimoza / mimosa, Bora / bora
    {
        "business": "sportello",
        "platform": "whatsapp",
        "customer": "Arben Kola",
        "lang": "it",
        "start": "2025-05-13T17:48:00",
        "messages": [
            (
                "c",
                "Pershendetje! sono [[P:Arben Kola]], devo convertire patente albanese in italiana. quanto tempo ci vuole? numero mio [[T:327-440-9182]]",
            ),
            (
                "a",
                "Ciao [[P:Arben]]! Dipende dalla {{W:Motorizzazione}}, di solito 2-3 mesi. Servono patente originale, certificato medico e 2 foto. Da quando hai la residenza?",
            ),
            (
                "c",
                "residenza da {{D:ottobre 2024}}, [[A:v.le della Repubblica 122]] [[L:Prato]]. anche mia moglie [[P:Mimoza]] vuole farla. mi trovi anche su fb [[U:fb.com/arben.kola.77]]",
            ),
            (
                "a",
                "Ok. Per il certificato medico puoi andare all'{{W:ACI}}. [[P:Mimoza]] con la z, come il fiore? 🌼",
            ),
            (
                "c",
                "si ahah come la {{W:mimosa}} ma albanese. e nostra figlia si chiama [[P:Bora]], come la {{W:bora}} di {{W:Trieste}} 😂",
            ),
            ("a", "Bellissimi nomi! Ci vediamo {{D:giovedì}} alle {{TM:18}}. [[P:Lorenzo]]"),
        ],
    },
    # 36. Edinburgh food blogger: blog, TikTok, YouTube, obfuscated e-mail, Nonna Pina the brand and the granny, Hope / hope
    {
        "business": "forno",
        "platform": "instagram",
        "customer": "ivyeatsedinburgh",
        "lang": "en",
        "start": "2025-03-04T16:27:00",
        "messages": [
            (
                "c",
                "Hiya! I'm [[P:Ivy McLeod]], I run a wee food blog about Edinburgh brunch spots 🥐 [[U:https://ivyeatsedinburgh.example.co.uk]]. Would love to feature your {{PD:cornetti al pistacchio}}!",
            ),
            (
                "a",
                "Ciao [[P:Ivy]]! We'd love that 😍 When would you like to come? The {{PD:maritozzi}} come out at {{TM:8am}}",
            ),
            (
                "c",
                "Saturday {{D:15 March}}? I'll bring my pal [[P:Ailsa]] who does the videos, she's [[H:@ailsa.films]] on insta and [[U:tiktok.com/@ailsafilmsedi]]",
            ),
            (
                "a",
                "Perfect! Ask for me, [[P:Giusy]] 😄 (the {{B:Nonna Pina}} on the sign is my granny [[P:Giuseppina]], still making the dough at 84)",
            ),
            (
                "c",
                "Amazing. For the contract stuff email me at [[E:ivy dot mcleod at example dot co dot uk]]. And my YouTube if you want to check the vibe: [[U:youtube.com/@IvyEatsEdinburgh]]",
            ),
            (
                "a",
                "Love it. See you Saturday! Our menu is on {{W:forno-nonnapina.example.co.uk/menu}} if you want to plan the shots 🇮🇹",
            ),
            (
                "c",
                "ps my flatmate [[P:Hope]] says your {{PD:sfogliatelle}} are the best thing in {{W:Leith}} and she has no {{W:hope}} of ever making them at home 😂",
            ),
        ],
    },
    # 37. Romanian barista applies for a job: LinkedIn, references, Edinburgh flat address
    {
        "business": "forno",
        "platform": "messenger",
        "customer": "Bogdan Ionescu",
        "lang": "en",
        "start": "2025-01-29T14:51:00",
        "messages": [
            (
                "c",
                "Hello, I saw the sign 'barista wanted' in your window. My name is [[P:Bogdan Ionescu]], I have 3 years experience at {{B:Costa}} in [[L:Glasgow]]",
            ),
            (
                "a",
                "Hi [[P:Bogdan]]! Thanks for getting in touch. Could you send a CV and two references?",
            ),
            (
                "c",
                "Of course. CV: [[U:https://www.linkedin.com/in/bogdan-ionescu-barista]], latte art here [[U:instagram.com/bogdan.latteart]]. References: [[P:Fiona Campbell]] (store manager) [[E:fiona.campbell@example.co.uk]] and [[P:Rajesh Patel]] [[T:07962 418 350]]",
            ),
            (
                "a",
                "Great. Where do you live? We open at {{TM:7:00}} so we need someone close by. And we'll do the usual right to work check on {{W:gov.uk}}",
            ),
            (
                "c",
                "No problem, I have settled status. I just moved to [[A:Flat 3F2, 48 Easter Road]], [[A:EH7 5PL]], 10 minutes walking. Phone [[T:+44 7481 226 907]], email [[E:bogdan.ionescu91@example.com]]",
            ),
            (
                "a",
                "Perfect. Trial shift {{D:Tuesday}} {{TM:7am}} to {{TM:11am}}, ask for [[P:Rocco]]. Ciao! [[P:Giusy]]",
            ),
            ("c", "Thank you! Multumesc 😊"),
        ],
    },
    # 38. Italian freelancer working in the café: wifi problem with IP addresses, partita IVA, own site and GitHub
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Lorenzo Sgarbi",
        "lang": "it",
        "start": "2025-02-12T11:38:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Lorenzo Sgarbi]], quello che lavora sempre al tavolino vicino alla finestra col portatile 😅 il wifi oggi mi dà 'IP conflict', il mio portatile prende [[IP:192.168.1.47]] ma ce l'ha anche un altro dispositivo",
            ),
            (
                "a",
                "Ciao [[P:Lorenzo]]! Scusa, il router fa i capricci. Riconnettiti alla rete {{W:NonnaPina_Guest}}, la password nuova è sullo scontrino. Se non va, il router si resetta da {{W:192.168.1.1}}",
            ),
            (
                "c",
                "ora va, grazie! il mio IP pubblico adesso è [[IP:81.174.22.196]] quindi la VPN è contenta. altra cosa: mi fate fattura per i caffè del mese? sono freelance con partita iva italiana [[V:04922870979]], [[P:Sgarbi Lorenzo]], [[A:via Cesare Battisti 7]], [[A:44121]] [[L:Ferrara]]",
            ),
            (
                "a",
                "Certo, ti facciamo la receipt con i tuoi dati; per la fattura italiana chiedo alla nostra commercialista, la dott.ssa [[P:Iannone]] di [[L:Caserta]]",
            ),
            (
                "c",
                "perfetto. se serve il mio sito con tutti i dati è [[U:lorenzosgarbi.dev]] e il codice che sto debuggando da 3 ore è su [[U:github.com/lsgarbi]] 😂",
            ),
            (
                "a",
                "Ahah forza! Ti porto un {{PD:espresso doppio}} offerto dalla casa ☕ [[P:Rocco]]",
            ),
        ],
    },
    # 39. birthday cake for a girl called Rose with sugar roses, delivery to grandma's house
    {
        "business": "forno",
        "platform": "telegram",
        "customer": "Kirsty Dunlop",
        "lang": "en",
        "start": "2025-03-17T19:06:00",
        "messages": [
            (
                "c",
                "Hi! I'd like to order a birthday cake for my daughter [[P:Rose]], she turns 6 on {{D:Sunday 23 March}}. Can you write 'Happy Birthday [[P:Rosie]]' on it?",
            ),
            (
                "a",
                "Of course! Our {{PD:torta Margherita}} with strawberries serves 12, {{$:£38}}. Want some sugar {{W:roses}} on top? 🌹",
            ),
            (
                "c",
                "Yes pink {{W:roses}} please, she's obsessed. Can you deliver? [[A:23 Bellevue Crescent]], [[A:EH3 6ND]]. It's my mum's house, [[P:Margaret Dunlop]], the party is there",
            ),
            (
                "a",
                "We deliver within 2 miles for {{$:£5}}, so that's fine! Who should the driver call on the day?",
            ),
            (
                "c",
                "My husband [[P:Callum]] [[T:07834 552 019]] (receipt to [[E:callum.dunlop@example.co.uk]] please) or me, [[P:Kirsty]], on mum's landline [[T:0131 556 2084]]",
            ),
            (
                "a",
                "All set: order {{O:FNP-0323-K}}, delivery at {{TM:11:00}}. Tanti auguri to little [[P:Rose]]! 🎂",
            ),
        ],
    },
    # 40. Neapolitan expat sends panettoni to Naples and London: three addresses in a list
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Nunzia Esposito",
        "lang": "it",
        "start": "2025-11-28T10:14:00",
        "messages": [
            (
                "c",
                "Ciao! Sono [[P:Nunzia Esposito]], la napoletana che viene la domenica 😄 Per {{W:Natale}} vorrei spedire 3 {{PD:panettoni artigianali}}: a mia madre, a mia sorella e a un'amica a [[L:Londra]]",
            ),
            (
                "a",
                "Ciao [[P:Nunzia]]! Certo, {{$:£32}} l'uno più spedizione. Mandami i 3 indirizzi 🎄",
            ),
            (
                "c",
                "mamma: [[P:Carmela Russo]], [[A:Via Luca Giordano 88]], [[A:80127]] [[L:Napoli]]\nsorella: [[P:Titti Esposito]], [[A:C.so Umberto I 201 sc. D]], [[A:80138]] [[L:Napoli]]",
            ),
            (
                "c",
                "amica: [[P:Gloria Adeyemi]], [[A:Flat 12, 7 Coldharbour Lane]], [[L:London]] [[A:SE5 9NR]]",
            ),
            ("a", "Perfetto. Per l'Italia il corriere vuole anche un numero di telefono"),
            (
                "c",
                "mamma [[T:081 556 7730]] (fisso, il cell non lo sa usare 😂), sorella [[T:+39 331 902 6641]]. pago con la carta di mio marito [[P:Gennaro]], te la do quando passo",
            ),
            (
                "a",
                "Ottimo, ordine {{O:FNP-XMAS-0412}}. Partono il {{D:10 dicembre}} con {{B:DHL}}, i tracking te li giro appena li ho (il primo è {{TR:JD014600009815372204}}). [[P:Giusy]]",
            ),
        ],
    },
    # 41. lost rose-gold wallet: Stella, partner's gym card, friend Grace collects it
    {
        "business": "forno",
        "platform": "messenger",
        "customer": "Stella N.",
        "lang": "en",
        "start": "2025-04-09T08:33:00",
        "messages": [
            (
                "c",
                "Hi, I think I left my wallet at your café yesterday around {{TM:3pm}}?? It's {{W:rose}} gold, small",
            ),
            (
                "a",
                "Hi! Yes we have a {{W:rose}} gold wallet 😊 Can you tell us the name on the cards inside?",
            ),
            (
                "c",
                "[[P:Stella Nkemdirim]], and the driving licence has my old address [[A:14/3 Pilrig Street]], [[A:EH6 5AJ]]. There's also my partner's gym card, [[P:Mark Rutherford]], don't ask why 😅",
            ),
            ("a", "That's the one! Come and pick it up anytime before {{TM:6pm}}"),
            (
                "c",
                "My friend [[P:Grace]] will collect it, I'm stuck at work in [[L:Livingston]]. She'll show you this chat. Thanks so much! ⭐",
            ),
            ("a", "No problem, we'll hand it to [[P:Grace]]. Have a good one! [[P:Rocco]]"),
        ],
    },
    # 42. graduation buffet: Francesca Leone, allergy list, father's IBAN and e-mail, Scottish boyfriend
    {
        "business": "forno",
        "platform": "whatsapp",
        "customer": "Francesca Leone",
        "lang": "it",
        "start": "2025-06-10T13:02:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Francesca Leone]], faccio la festa di laurea sabato {{D:28 giugno}} e vorrei un buffet di {{PD:pizzette}} e {{PD:cannoli}} per 25 persone 🎓",
            ),
            (
                "a",
                "Congratulazioni [[P:Francesca]]! 🎉 Il buffet per 25 viene {{$:£260}}. Dove si fa la festa?",
            ),
            (
                "c",
                "a casa del mio amico [[P:Euan]], [[A:5 Marchmont Crescent, ground floor]], [[A:EH9 1HN]]. allergie: [[P:Sean]] celiaco, [[P:Mei]] niente latticini, [[P:Dario]] vegano, e la mia relatrice Dr [[P:Abernethy]] non mangia maiale",
            ),
            (
                "a",
                "Segnato tutto. Per confermare serve un acconto del 30%. Da un conto italiano va bene anche un bonifico in euro",
            ),
            (
                "c",
                "perfetto, lo fa mio papà dal suo conto [[I:IT19 B030 6912 0100 0004 1726 355]], intestato [[P:Antonio Leone]]. la ricevuta ve la manda lui da [[E:antonio.leone62 chiocciola example.it]]",
            ),
            ("a", "Ricevuto, grazie! See you on the {{D:28th}} 🎓 [[P:Giusy]]"),
            (
                "c",
                "thanks!! oh and my boyfriend [[P:Finlay]] asks if you do {{PD:tiramisù}} without coffee lol, he's Scottish and hates coffee",
                "en",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(52, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
