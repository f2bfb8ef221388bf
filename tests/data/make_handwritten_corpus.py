"""Hand-written blind test corpus for convmon's anonymiser (writes handwritten_corpus.jsonl).

Every message below was composed by hand, one by one, by a person who had not seen the
anonymiser's recognisers, its tuning corpora or its quality reports: no templates, no Faker,
no generated values except the check digits of IBANs, codici fiscali, partite IVA and card
numbers (computed once with python-stdnum / Luhn and pasted as literal text). All people,
businesses, addresses, numbers and accounts are invented.

The conversations are customer-care chats with six invented businesses (their Facebook /
Instagram Page names are in ``BUSINESS_NAMES``): a hair salon in Bologna, a B&B in Val di
Fassa, a bike shop in Treviso, a bookshop in Palermo, a pet-grooming salon in Turin and a
ceramics studio in Deruta that ships abroad. Voices vary on purpose: formal letters from an
elderly lady, teenagers, tourists writing broken Italian, voice-to-text without punctuation,
dialect, CAPS, signature blocks, several agents signing in different ways.

Markup (inside the literal texts):

- ``[[TYPE:value]]`` is a personal value (a gold entity). TYPE is an entity type of
  ``privacy.types.ENTITY_TYPES`` or one of the short aliases in ``ALIASES`` (P = PERSON,
  T = PHONE_NUMBER, E = EMAIL_ADDRESS, ...).
- ``{{KIND:value}}`` is a look-alike that must survive anonymisation (a ``keep`` span):
  ORDER, TRACKING, PRICE, DATE, TIME, PRODUCT, BRAND, WORD.

The script strips the markup, computes the offsets and writes one JSON line per message in the
format of ``privacy.evaluate.load_dataset``. Output is deterministic (same bytes on every run;
timestamps derive from the conversation and message index). Regenerate with::

    python tests/data/make_handwritten_corpus.py            # writes tests/data/handwritten_corpus.jsonl
    python tests/data/make_handwritten_corpus.py OUT.jsonl  # writes elsewhere
"""

# Hand-written messages are kept one per line, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUTPUT = Path(__file__).with_name("handwritten_corpus.jsonl")

ENTITY_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IT_FISCAL_CODE",
    "IT_VAT_CODE",
    "IP_ADDRESS",
    "URL",
    "HANDLE",
    "LOCATION",
    "ADDRESS",
)
ALIASES = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CC": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "H": "HANDLE",
    "LOC": "LOCATION",
    "ADDR": "ADDRESS",
}
KEEP_TYPES = ("ORDER", "TRACKING", "PRICE", "DATE", "TIME", "PRODUCT", "BRAND", "WORD")

# business key -> (Page id, Page name)
BUSINESSES = {
    "tiziana": ("104400100201", "Salone Da Tiziana"),
    "fraina": ("104400100202", "Ciasa Fraina B&B"),
    "zanardo": ("104400100203", "Cicli Zanardo"),
    "gru": ("104400100204", "Libreria La Gru"),
    "pelo": ("104400100205", "Pelo & Coccole"),
    "orsolina": ("104400100206", "Ceramiche Orsolina"),
}
BUSINESS_NAMES = tuple(name for _, name in BUSINESSES.values())

# Each conversation: (business key, platform, customer display name, messages); each message:
# (role "c" customer / "a" agent, language "it" / "en", text with markup).
CONVERSATIONS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    # ---------------------------------------------------------------- Salone Da Tiziana (Bologna)
    (
        "tiziana",
        "whatsapp",
        "Bianca Dell'Acqua",
        [
            (
                "c",
                "it",
                "Gentile Signora [[P:Tiziana]],\nmi permetto di scriverLe per fissare un appuntamento per la messa in piega di giovedì prossimo. Sono la signora [[P:Bianca Dell'Acqua]], Sua cliente da molti anni, abito ancora in [[ADDR:via del Pratello 41]]. Non ho più il telefono fisso, mi può richiamare al [[T:338 214 7765]].\nDistinti saluti\n[[P:Bianca Dell'Acqua]]",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Bianca]]! Certo, giovedì {{DATE:12 marzo}} alle {{TIME:10:30}} le va bene? Mando la conferma anche a sua figlia come l'altra volta? Un abbraccio, [[P:Tiziana]]",
            ),
            (
                "c",
                "it",
                "Gentilissima, le {{TIME:10:30}} vanno benissimo. Sì, La prego di avvisare anche mia figlia [[P:Serena]], il suo numero è [[T:+39 347 552 0918]]. La ringrazio di cuore.\n[[P:B. Dell'Acqua]]",
            ),
            (
                "a",
                "it",
                "Fatto, ho scritto a [[P:Serena]]. A giovedì, e stia attenta sotto il portico che quando piove scivola 😊",
            ),
            ("c", "it", "{{WORD:Perfetto}}. Grazie ancora."),
        ],
    ),
    (
        "tiziana",
        "instagram",
        "giuli",
        [
            (
                "c",
                "it",
                "ciaooo ma fate anche le meches?? tipo color rame. sn [[P:giuli porta]] la sorella di [[P:ale]]",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Giulia]]! Sì certo 🧡 il rame viene benissimo con {{PRODUCT:Koleston Perfect}} di {{BRAND:Wella}}. Quando vuoi passare?",
            ),
            (
                "c",
                "it",
                "sabato?? quanto viene tipo. cmq se nn rispondo scrivimi su ig [[H:@giuliii.prt]] o al [[T:3291847730]] che ho finito i giga lol",
            ),
            (
                "a",
                "it",
                "Meches + piega {{PRICE:65 €}}, sabato abbiamo le {{TIME:15}} o le {{TIME:16.30}}. Però se sei minorenne ci serve l'ok di mamma o papà 🙏",
            ),
            (
                "c",
                "it",
                "uff ok la mia mamma si chiama [[P:rosa]] ti scrive lei dal suo. le {{TIME:16.30}} pls",
            ),
            (
                "a",
                "it",
                "Segnata per le {{TIME:16.30}}, aspettiamo il messaggio della mamma! [[P:Michela]] del Salone",
            ),
        ],
    ),
    (
        "tiziana",
        "whatsapp",
        "Fortunato G.",
        [
            (
                "c",
                "it",
                "buongiorno sono [[P:Fortunato Gatto]] l'idraulico volevo prenotare un taglio per mia moglie [[P:Gioia]] per il suo compleanno sabato mattina se c'è posto lei ha i capelli lunghi il numero suo è [[T:333 90 81 442]] la chiamate voi io sono in un cantiere a [[LOC:Zola Predosa]] tutto il giorno grazie",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Fortunato]]! Sabato alle {{TIME:9}} c'è posto. Chiamo io la signora [[P:Gioia]]. Vuole anche un buono regalo?",
            ),
            (
                "c",
                "it",
                "si un buono regalo da {{PRICE:80 euro}} intestato a [[P:Gioia Bello]] [[P:Bello]] è il cognome da nubile lo usa lei sempre pago con la carta quando passo",
            ),
            (
                "a",
                "it",
                "{{WORD:Perfetto}}, il buono è pronto. Le ricordo che chiudiamo alle {{TIME:19}}.",
            ),
            (
                "c",
                "it",
                "va bene passo verso le 6 e mezza che sono da un cliente in [[ADDR:via Emilia Ponente 212]] vicino a voi",
            ),
        ],
    ),
    (
        "tiziana",
        "messenger",
        "Hope Sullivan",
        [
            (
                "c",
                "it",
                "Buongiorno! Io sono [[P:Hope]], turista americana. Vorrei una taglia di capelli domani? Scusa mio italiano è terribile 😅",
            ),
            (
                "a",
                "en",
                "Ciao [[P:Hope]]! No problem, we speak English 🙂 Tomorrow we have {{TIME:11:00}} or {{TIME:14:30}}. Just a cut?",
            ),
            (
                "c",
                "en",
                "Oh thank god. 11 works! Cut and blow dry please. Name for the booking is [[P:Hope Sullivan]], I'm staying at a friend's place on [[ADDR:via San Vitale 77, int. 5]]. My cell is [[T:+1 (617) 555-0142]]",
            ),
            (
                "a",
                "en",
                "Booked, [[P:Hope]]! Cut & blow dry is {{PRICE:€45}}. We take cards, Amex too.",
            ),
            (
                "c",
                "it",
                "Great. La mia amica [[P:June]] vuole venire anche lei, è possibile? Lei è [[P:June Moore]], stesso telefono.",
            ),
            (
                "a",
                "en",
                "Sure, I've put [[P:June]] at {{TIME:11:45}} with [[P:Michela]]. A domani! — [[P:Tiziana]]",
            ),
        ],
    ),
    (
        "tiziana",
        "whatsapp",
        "Donatella",
        [
            (
                "c",
                "it",
                "BUONGIORNO IL COLORE CHE MI AVETE FATTO IERI È DIVENTATO VERDE!!!! SONO [[P:DONATELLA RUSSO]] E VOGLIO PARLARE CON [[P:TIZIANA]] SUBITO",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Donatella]], mi dispiace tantissimo. Sono [[P:Tiziana]]. Mi manda una foto alla luce del giorno?",
            ),
            (
                "c",
                "it",
                "GUARDI QUA. HO UN MATRIMONIO SABATO. MIO MARITO [[P:SALVO]] DICE CHE SEMBRO UN PAPPAGALLO",
            ),
            (
                "a",
                "it",
                "Ha ragione, lo sistemiamo noi gratis. Domani alle {{TIME:8:30}} prima dell'apertura, con un trattamento {{PRODUCT:Olaplex N°3}}. Va bene?",
            ),
            (
                "c",
                "it",
                "VA BENE. MA SE NON SI SISTEMA VOGLIO INDIETRO I {{PRICE:120 EURO}}. SUL CONTO [[IBAN:IT94J0503401633000000418827]] INTESTATO A [[P:RUSSO DONATELLA]]",
            ),
            ("a", "it", "Se non esce perfetto le restituisco tutto, promesso. A domani."),
        ],
    ),
    (
        "tiziana",
        "telegram",
        "Avv. Marco Fabbri",
        [
            (
                "c",
                "it",
                "Spett.le {{BRAND:Salone Da Tiziana}},\ncon la presente chiedo copia della fattura relativa ai trattamenti del {{DATE:3 febbraio 2026}} (importo {{PRICE:€ 142,00}}), da intestare come segue:\n\n[[P:FABBRI MARCO]]\n[[ADDR:Strada Maggiore 58\n40125 Bologna (BO)]]\nC.F. [[CF:FBBMRC74P18A944K]]\n\nCordiali saluti\n\nAvv. [[P:Marco Fabbri]]\nStudio Legale [[P:Fabbri]] & [[P:Porta]]\nP.IVA [[VAT:02147830158]]\nPEC: [[E:marco.fabbri@pec.studiofabbriporta.it]]\nTel. [[T:051 644 1290]] – Fax [[T:051 644 1291]]",
            ),
            (
                "a",
                "it",
                "Buongiorno Avvocato, gliela mandiamo in giornata. Alla PEC o a un indirizzo ordinario? [[P:Michela]]",
            ),
            (
                "c",
                "it",
                "Alla PEC, grazie. Nota bene: il codice fiscale va in maiuscolo, la volta scorsa avevate scritto [[CF:fbbmrc74p18a944k]] e il commercialista l'ha respinta.\n\nAvv. [[P:M. Fabbri]]",
            ),
            (
                "a",
                "it",
                "Ricevuto, tutto maiuscolo. Fattura n. {{ORDER:FT-2026/0087}} inviata adesso. Buona giornata!",
            ),
            (
                "c",
                "it",
                "Ricevuta. Cordialità.\n\n--\nAvv. [[P:Marco Fabbri]]\n[[T:+39 051 644 1290]]\n[[URL:https://www.studiofabbriporta.it/team/marco-fabbri]]",
            ),
        ],
    ),
    (
        "tiziana",
        "instagram",
        "rich.baker",
        [
            (
                "c",
                "en",
                "hey! my partner [[P:Grace]] loves your salon, she goes every month. can I buy her a gift card? I'm [[P:Rich]] btw, [[P:Rich Baker]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Rich]]! Of course 😊 Gift cards start at {{PRICE:€30}}. We can email it to you or you can pick it up.",
            ),
            (
                "c",
                "en",
                "email is easiest: [[E:richbaker at outlook dot com]] — wait sorry that's old. use [[E:r.baker84 (at) gmail (dot) com]]",
            ),
            ("a", "en", "Got it. Whose name goes on the card? Just [[P:Grace]]?"),
            (
                "c",
                "en",
                "[[P:Grace Cook]], she kept her name 🙂 {{PRICE:€100}} please. and don't tell her, she follows you as [[H:@gracie_cooks_bologna]] lol",
            ),
            (
                "a",
                "en",
                "Our lips are sealed 🤐 Payment link sent. Thanks [[P:Rich]]! — [[P:Michela]] @ {{BRAND:Salone Da Tiziana}}",
            ),
        ],
    ),
    # ------------------------------------------------------ Ciasa Fraina B&B (Val di Fassa, Dolomites)
    (
        "fraina",
        "whatsapp",
        "Rocco",
        [
            (
                "c",
                "it",
                "Buonasera, song [[P:Rocco La Rosa]] e scrivo da [[LOC:Pomigliano d'Arco]]. Vulesse prenotà na stanza pe' quattro, io, mia moglie [[P:Assunta]] e 'e criature, dal {{DATE:27 dicembre}} al {{DATE:2 gennaio}}. Tenite posto?",
            ),
            (
                "a",
                "it",
                "Buonasera [[P:Rocco]]! Sì, abbiamo la family room con i letti a castello: {{PRICE:175 € a notte}} con colazione. Per confermare serve una caparra del 30% con bonifico. [[P:Verena]]",
            ),
            (
                "c",
                "it",
                "Va buono. E 'a fattura a nomme mio, codice fiscale [[CF:lrsrcc90s03f839p]], che 'o commercialista m'accide si nun ce sta",
            ),
            (
                "a",
                "it",
                "Nessun problema, la intestiamo a lei. Le mando i dati per il bonifico per e-mail: a che indirizzo?",
            ),
            (
                "c",
                "it",
                "[[E:rocco.larosa90@libero.it]]. E pe' 'o cane? Tenimmo nu cagnulillo piccirillo, se chiamma Totò",
            ),
            (
                "a",
                "it",
                "I cani piccoli sono i benvenuti, {{PRICE:10 €}} a notte. Un saluto anche a Totò! [[P:Verena]] & [[P:Lukas]]",
            ),
            (
                "c",
                "it",
                "Grazie assaje! Mo' facimmo 'o bonifico da 'o conto 'e mia moglie, [[P:Assunta Cerciello]], nun ve preoccupate si 'o nomme è diverso",
            ),
        ],
    ),
    (
        "fraina",
        "messenger",
        "Wolfgang Kiefer",
        [
            (
                "c",
                "en",
                "Hello, we are two hikers from [[LOC:Regensburg]] and we want to do the Viel dal Pan trail in July. Do you have a double room {{DATE:14-18 July}}? Regards, [[P:Wolfgang]] and [[P:Ute Kiefer]]",
            ),
            (
                "a",
                "en",
                "Hello [[P:Wolfgang]], yes, the Sassolungo room is free on those dates, {{PRICE:€128}} per night with breakfast. To hold it we need a card as guarantee. Best, [[P:Lukas]]",
            ),
            (
                "c",
                "en",
                "OK. Card is Mastercard [[CC:5355 2218 6091 3906]], expiry 09/28, name [[P:W. KIEFER]]. Is it safe to send here? My son [[P:Tobias]] says no 😀",
            ),
            (
                "a",
                "en",
                "Your son is right 🙂 Next time use the secure link, I have deleted the message on our side. Room is confirmed, booking ref {{ORDER:CF-24-0713}}.",
            ),
            (
                "c",
                "en",
                "Thank you. We come by car from [[ADDR:Hauptstraße 12a, 93053 Regensburg]], maybe late, around {{TIME:21:00}}. Is this a problem?",
            ),
            (
                "a",
                "en",
                "No problem, the key will be in the box by the door, code sent by SMS to [[T:+49 151 2374 9906]]. Gute Reise! [[P:Lukas]]",
            ),
        ],
    ),
    (
        "fraina",
        "instagram",
        "holly.and.will",
        [
            (
                "c",
                "en",
                "Hiya! We're [[P:Holly]] & [[P:Will]] 👋 getting married in May and dreaming of a few nights in the mountains after. Saw your reel with the sunrise over the Catinaccio 😍 any availability {{DATE:20-24 May}}?",
            ),
            (
                "a",
                "en",
                "Congratulations!! 🎉 Yes, we open on the {{DATE:18th}}, so you'd be among our first guests. Honeymoon suite is {{PRICE:€160}}/night. Who should I put the booking under?",
            ),
            (
                "c",
                "en",
                "[[P:Will Smith]] 🙈 yes really, no not that one. Mobile [[T:07700 900461]], or mine [[T:+44 (0)20 7946 0321]] if he doesn't pick up",
            ),
            (
                "a",
                "en",
                "Haha noted, Mr [[P:Smith]] 😄 All booked. Do you need a transfer from the station in Ora?",
            ),
            (
                "c",
                "en",
                "Yes please! Train gets in {{TIME:15:42}}. Also can you tag us when you post? We're [[H:@holly.and.will]] and [[H:@willsmith_not_that_one]]",
            ),
            ("a", "en", "{{WORD:Will}} do! See you in May ✨ [[P:Verena]]"),
        ],
    ),
    (
        "fraina",
        "whatsapp",
        "Turi Calì",
        [
            (
                "c",
                "it",
                "Bongiorno, sugnu [[P:Turi Calì]] di [[LOC:Acireale]], ci scrissi la simana scorsa pe la stanza a gennaio. Ma unni siti di preciso? Talìa che io la neve non l'ho mai vista, amunì che ci vengo",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Salvatore]]! Siamo a Pozza di Fassa... anzi, per essere precisi nella frazione di Pera, a 5 minuti dagli impianti. La neve gliela garantiamo 😄",
            ),
            (
                "c",
                "it",
                "Minchia che bello. Siamo io, mio cugino [[P:Nuccio]] e la so zita [[P:Carmelina]]. Ci vuole la macchina co le catene?",
            ),
            (
                "a",
                "it",
                "A gennaio sì, catene o gomme da neve obbligatorie. Se volete vi aspettiamo a Trento con il nostro furgoncino, {{PRICE:60 €}} a tratta.",
            ),
            (
                "c",
                "it",
                "Allora pigliamo il treno. Mi scrive pure mio cugino dal suo numero [[T:+39 349 6612 087]], [[P:Nuccio]] [[P:Bonaccorso]] si chiama, iddu sapi tutto di treni",
            ),
            (
                "a",
                "it",
                "Ottimo, aspettiamo [[P:Nuccio]]. Prenotazione {{ORDER:CF-25-0109}} confermata. A gennaio! [[P:Verena]]",
            ),
        ],
    ),
    (
        "fraina",
        "telegram",
        "Lorenzo Mair",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Lorenzo Mair]] della ditta Idraulica [[P:Mair Lorenzo]] di [[LOC:Bressanone]]. Vorremmo 4 camere per la cena aziendale del {{DATE:19 dicembre}}, con fattura elettronica. Dati: P.IVA [[VAT:09322150633]], codice SDI M5UXCR1, sede in [[ADDR:via Bastioni Maggiori 9, 39042 Bressanone (BZ)]].",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Lorenzo]], le 4 camere ci sono: {{PRICE:110 €}} a camera a notte. Chi è il referente per l'arrivo?",
            ),
            (
                "c",
                "it",
                "La mia collega [[P:Bianca Ferro]], cell. [[T:+39 0472 83 21 90]] in ufficio oppure [[T:340-118-7264]]. Mail per la fattura: [[E:amministrazione@idraulicamair.it]]",
            ),
            (
                "a",
                "it",
                "Segnato tutto. Le mando la conferma scritta entro oggi. Cordiali saluti, [[P:Lukas Vian]] – {{BRAND:Ciasa Fraina}}",
            ),
            (
                "c",
                "it",
                "Grazie. Un'ultima cosa: uno dei ragazzi, [[P:Mark]], è celiaco. Per la colazione riuscite?",
            ),
            (
                "a",
                "it",
                "Certo, abbiamo pane e torte senza glutine. Dica pure a [[P:Mark]] di avvisarci all'arrivo.",
            ),
        ],
    ),
    (
        "fraina",
        "messenger",
        "Jack Moore",
        [
            (
                "c",
                "en",
                "Hi, this is [[P:Jack Moore]], we checked out yesterday from room 4. I think I left my kindle charger and a grey fleece in the wardrobe?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Jack]]! Yes, our housekeeper [[P:Marianna]] found both. Shall we post them to you?",
            ),
            (
                "c",
                "en",
                "That would be amazing. Address is\n[[ADDR:Flat 3, 21 Harcourt Road\nSheffield S10 1DJ]]\nUnited Kingdom.\nHappy to pay postage, just send me the amount",
            ),
            (
                "a",
                "en",
                "It's {{PRICE:€18.50}} with tracking. You can pay by PayPal to our account or by card when I send the link.",
            ),
            (
                "c",
                "en",
                "Card link is fine, thanks. Please put my phone on the parcel in case: [[T:+44 7911 123 456]]",
            ),
            (
                "a",
                "en",
                "Sent today! Tracking number {{TRACKING:RR 4471 9062 5IT}}. Have a good one, [[P:Lukas]] 🏔️",
            ),
        ],
    ),
    (
        "fraina",
        "whatsapp",
        "Ilenia",
        [
            (
                "c",
                "it",
                "Ciao, sono [[P:Ilenia]], ho visto che avete una recensione negativa su Booking di un certo [[P:Piero Gallo]] di [[LOC:Rovereto]]. Guardate che è il mio ex e si è inventato tutto perché c'ero io con un altro 😂 non datelo retta",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Ilenia]] 😅 grazie della segnalazione! Abbiamo già risposto con educazione. Tu stai bene?",
            ),
            (
                "c",
                "it",
                "Benissimo! Anzi ritorno a marzo con [[P:Daniele]], stessa stanza. Mi segnate? [[P:Ilenia Zamboni]], [[T:3479981230]]",
            ),
            (
                "a",
                "it",
                "Ma certo! Marzo è pieno di sole, ti aspettiamo. Dimmi le date e te la blocco.",
            ),
            ("c", "it", "dal {{DATE:6}} al {{DATE:9 marzo}} 🙏 grazie [[P:Vere]] sei un mito"),
        ],
    ),
    # ------------------------------------------------------------------ Cicli Zanardo (Treviso)
    (
        "zanardo",
        "whatsapp",
        "Ivano Ferro Impianti",
        [
            (
                "c",
                "it",
                "buongiorno sono [[P:Ivano Ferro]] elettricista volevo sapere se la cargo bike elettrica quella rossa in vetrina è ancora disponibile la prenderei per il lavoro mi serve fattura a nome della ditta [[P:Ferro]] Impianti partita iva [[VAT:11873460213]] indirizzo [[ADDR:via Postumia 45 Castagnole di Paese]] mi chiami pure al [[T:348 7731 902]] dopo le 5",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Ivano]], sì, la {{PRODUCT:Tern GSD S10}} rossa c'è ancora: {{PRICE:5.490 €}}, con il secondo pacco batteria {{PRICE:6.120 €}}. Gliela teniamo da parte?",
            ),
            (
                "c",
                "it",
                "si la prendo con due batterie la fattura la mandate alla mia commercialista la dottoressa [[P:Elisa Moro]] [[E:elisa punto moro chiocciola studiomoro punto it]] il codice fiscale mio se serve è [[CF:FRRVNI69A30L407X]]",
            ),
            (
                "a",
                "it",
                "Ricevuto tutto. Per bloccarla basta un acconto di {{PRICE:500 €}}, anche con bonifico. [[P:Bepi]]",
            ),
            (
                "c",
                "it",
                "faccio il bonifico adesso dal conto [[IBAN:IT13 L032 6822 3000 5284 9337 610]] ok ciao",
            ),
            (
                "a",
                "it",
                "Arrivato, grazie! La bici è pronta sabato, ci mettiamo anche le borse. [[P:Bepi]] – {{BRAND:Cicli Zanardo}}",
            ),
        ],
    ),
    (
        "zanardo",
        "instagram",
        "jacky_bmx",
        [
            ("c", "it", "yo bro quanto costa la bmx nera che avete postato ieri"),
            (
                "a",
                "it",
                "Ciao! La {{PRODUCT:Mongoose Legion L60}} viene {{PRICE:429 €}}. Vuoi venire a provarla?",
            ),
            (
                "c",
                "it",
                "troppo cara raga 💀 io ho 200 + quella vecchia da dare dentro. cmq sn [[P:jacopo]] ma tt mi chiamano [[P:jack]], il mio amico [[P:tommy]] [[P:de luca]] l'ha presa da voi",
            ),
            (
                "a",
                "it",
                "Porta la vecchia e vediamo 🙂 Se sei minorenne vieni con un genitore però. [[P:Nico]]",
            ),
            (
                "c",
                "it",
                "ok vengo sabato cn mio padre [[P:Ettore]]. se nn ci trovate scrivete a lui [[H:@ettore.zorzi.67]] che io nn rispondo mai lol",
            ),
            ("a", "it", "Ahah ok [[P:Jack]], a sabato! Chiediamo di te o di [[P:Ettore]] 👍"),
        ],
    ),
    (
        "zanardo",
        "messenger",
        "Anne Cook",
        [
            (
                "c",
                "en",
                "Hi there! Family of four visiting Treviso next week, looking to rent bikes for the Treviso–Ostiglia cycle path. Two adult bikes and two kids' (ages 9 and 12). I'm [[P:Anne Cook]], my husband is [[P:Bill]].",
            ),
            (
                "a",
                "en",
                "Hi [[P:Anne]]! Sure: adults {{PRICE:€25}}/day, kids {{PRICE:€15}}/day, helmets included. Which days?",
            ),
            (
                "c",
                "en",
                "{{DATE:Tuesday and Wednesday}}. We're staying at an Airbnb at [[ADDR:Vicolo Dotti 6]], could you deliver? My number is [[T:(415) 555-0198]], [[P:Bill]]'s is [[T:415.555.0177]]",
            ),
            (
                "a",
                "en",
                "Delivery is {{PRICE:€10}}, we'll be there Tuesday at {{TIME:8:30}}. We'll need a card for the deposit.",
            ),
            ("c", "en", "Amex ok? [[CC:3782 862819 48215]], name on card [[P:William J. Cook]]"),
            (
                "a",
                "en",
                "Amex is fine, but please don't send full numbers in chat, I'll take it on the terminal on Tuesday 🙂 See you then! [[P:Nicolò]] – {{BRAND:Cicli Zanardo}}",
            ),
        ],
    ),
    (
        "zanardo",
        "telegram",
        "Derek Hughes",
        [
            (
                "c",
                "en",
                "I ORDERED A {{PRODUCT:BROOKS B17}} SADDLE TWO WEEKS AGO. ORDER {{ORDER:#ZN-20931}}. STILL NOTHING. I PAID {{PRICE:$139}} PLUS SHIPPING. WHERE IS IT??",
            ),
            (
                "a",
                "en",
                "Hi, I'm sorry about the wait. Could you confirm the name and shipping address on the order?",
            ),
            (
                "c",
                "en",
                "[[P:DEREK HUGHES]]\n[[ADDR:1184 MAPLE GROVE LN APT 2B\nCOLUMBUS OH 43215]]\nAND THE EMAIL IS [[E:DEREK.HUGHES77@YAHOO.COM]] WHICH YOU NEVER WROTE TO",
            ),
            (
                "a",
                "en",
                "Found it, Mr [[P:Hughes]]. It left on {{DATE:March 3}}, it is stuck at US customs in {{TRACKING:1Z 9R4 E71 04 3318 2207}}... sorry, that's the UPS tracking number, the package is in customs in Chicago. I've opened a claim.",
            ),
            ("c", "en", "FINE. CALL ME WHEN YOU KNOW. [[T:614-555-0133]]. AFTER 9AM EASTERN."),
            ("a", "en", "Will do. — [[P:Bepi Zanardo]]"),
        ],
    ),
    (
        "zanardo",
        "whatsapp",
        "Gabriella",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Gabriella Porta]], ho lasciato la mia {{BRAND:Bianchi}} da sistemare martedì. È pronta? Io sono a [[LOC:Mogliano]] fino a stasera, passerebbe a prenderla il mio vicino di casa, il signor [[P:Moretti]]",
            ),
            (
                "a",
                "it",
                "Buongiorno Signora [[P:Porta]], sì, freni e catena nuovi, {{PRICE:68 €}}. Va bene il signor [[P:Moretti]], ci dice il nome di battesimo per sicurezza?",
            ),
            (
                "c",
                "it",
                "[[P:Aldo]]. È quello alto con la coppola. Paga lui e poi ci aggiustiamo, siamo pianerottolo a pianerottolo, [[ADDR:via Cornarotta 18, scala B]]",
            ),
            (
                "a",
                "it",
                "Benissimo. Le consegniamo anche la vecchia catena? Qualcuno la vuole per ricordo 😄",
            ),
            ("c", "it", "No, la butti pure! Grazie [[P:Ettore]] siete sempre gentili"),
            (
                "a",
                "it",
                "Grazie a lei! [[P:Ettore]] è in officina, sono [[P:Nico]] 😄 ma glielo dico.",
            ),
        ],
    ),
    (
        "zanardo",
        "instagram",
        "serena.bianchi.cycling",
        [
            (
                "c",
                "it",
                "Ciao! Sono [[P:Serena Bianchi]] e sì, corro su {{BRAND:Pinarello}} anche se mi chiamo così 😂 Avete il gruppo {{PRODUCT:Campagnolo Super Record}} 12v in pronta consegna?",
            ),
            (
                "a",
                "it",
                "Ahah ciao [[P:Serena]]! Sì, l'abbiamo. Montaggio compreso {{PRICE:2.350 €}}. Lo montiamo su quale telaio?",
            ),
            (
                "c",
                "it",
                "Sulla {{PRODUCT:Dogma F}} che mi ha venduto [[P:Bepi]] due anni fa. Mi fate un preventivo scritto? [[E:serena.bianchi.bike@gmail.com]]",
            ),
            (
                "a",
                "it",
                "Preventivo {{ORDER:PV-0342}} inviato. Per le gare la puoi tenere fino al {{DATE:15 aprile}}.",
            ),
            (
                "c",
                "it",
                "Grande. Vi tagga anche la mia squadra, [[H:@asdruotedimarca]], e il mio coach [[P:Will Baker]] vuole parlarvi di una sponsorizzazione. Il suo è [[T:+44 7700 900 812]]",
            ),
            (
                "a",
                "it",
                "Con piacere! Scrivo a [[P:Will]] domani. Un abbraccio, [[P:Nico]] e [[P:Bepi]]",
            ),
        ],
    ),
    (
        "zanardo",
        "whatsapp",
        "Fabio Conte",
        [
            (
                "c",
                "it",
                "Ciao [[P:Bepi]] mi hanno rubato la bici stanotte davanti a casa in [[ADDR:vicolo Rialto 14]], quella che mi avete venduto a ottobre. Avete ancora il numero di telaio? Per la denuncia",
            ),
            (
                "a",
                "it",
                "Che rabbia [[P:Fabio]] 😡 Sì, telaio WTU 318 7C44 B, {{PRODUCT:Specialized Sirrus X}}, scontrino n. {{ORDER:00452}} del {{DATE:12/10/2025}}. Te lo mando anche in PDF?",
            ),
            (
                "c",
                "it",
                "Sì mandalo a [[E:fabioconte@pec.it]] e anche a mia moglie [[P:Alba]] che va lei dai carabinieri, [[E:alba.conte.tv@gmail.com]]",
            ),
            (
                "a",
                "it",
                "Fatto. Metti anche il post nel gruppo 'Bici rubate Treviso', spesso le ritrovano al mercato.",
            ),
            (
                "c",
                "it",
                "Si grazie, l'ha già messo [[P:Alba]]. Se la vedete passare chiamatemi al [[T:0422 419 337]] casa o [[T:+39 333 7180 256]]",
            ),
        ],
    ),
    # ------------------------------------------------------------------ Libreria La Gru (Palermo)
    (
        "gru",
        "whatsapp",
        "Concetta",
        [
            (
                "c",
                "it",
                "Gentile Libreria,\nsono la professoressa [[P:Concetta Di Stefano]], insegnante in pensione. Desidererei ordinare due copie de {{PRODUCT:I Beati Paoli}}, edizione integrale, una per me e una per mio nipote [[P:Gaetano]] che studia a [[LOC:Bologna]].\nCon stima,\n[[P:C. Di Stefano]]",
            ),
            (
                "a",
                "it",
                "Gentile professoressa, che piacere risentirla! L'edizione integrale costa {{PRICE:24 €}}, arriva venerdì. Quella del nipote la spediamo direttamente a lui? [[P:Rosalia]]",
            ),
            (
                "c",
                "it",
                "Sì, La ringrazio. L'indirizzo di [[P:Gaetano]] è:\nc/o [[P:Lamberti]], [[ADDR:via Centotrecento 11, 40126 Bologna]]\nMi hanno detto che per la detrazione serve il codice fiscale sullo scontrino: [[CF:DSTCCT58E62G273B]].",
            ),
            (
                "a",
                "it",
                "Perfetto, tutto annotato. Ordine {{ORDER:LG-1187}}. La chiamo io quando arriva la sua copia.",
            ),
            (
                "c",
                "it",
                "Molto gentile. Il mio numero di casa è sempre lo [[T:091 588 214]]. Saluti cari anche alla Sua mamma.\n[[P:Concetta]]",
            ),
        ],
    ),
    (
        "gru",
        "messenger",
        "Vincenzo Lo Bue",
        [
            (
                "c",
                "it",
                "Buongiorno, scrivo per conto dell'Associazione Culturale Zisa Viva. Organizziamo una presentazione il {{DATE:22 maggio}} e vorremmo che foste voi a vendere i libri. Sono [[P:Vincenzo Lo Bue]], il presidente.",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Vincenzo]], volentieri! Di quale libro si tratta e quante copie prevedete?",
            ),
            (
                "c",
                "it",
                "{{PRODUCT:Il mare di dentro}}, 60 copie. L'autrice è una nostra socia e preferisce restare dietro le quinte. Per la fattura: P.IVA [[VAT:04742190582]], sede legale [[ADDR:via Generale Di Maria 40, 90143 Palermo]], referente amministrativa [[P:Nadia Gioè]] ([[E:nadia.gioe@zisaviva.org]]).",
            ),
            (
                "a",
                "it",
                "Benissimo, 60 copie con lo sconto del 10%, {{PRICE:15,30 €}} l'una. Conto vendita, il resto lo riportiamo. [[P:Gianni]] per {{BRAND:Libreria La Gru}}",
            ),
            (
                "c",
                "it",
                "D'accordo. Il giorno dell'evento il referente sarà mio figlio [[P:Michele]], [[T:+39 320 447 6615]].",
            ),
            ("a", "it", "Segnato. Porteremo anche un POS. A presto!"),
        ],
    ),
    (
        "gru",
        "instagram",
        "kayla.reads",
        [
            (
                "c",
                "en",
                "Hi! I'm [[P:Kayla Brennan-Ortiz]], I'm doing a semester abroad at the uni here. Do you have English books? My Italian is... not there yet 😬",
            ),
            (
                "a",
                "en",
                "Hi [[P:Kayla]]! We have a small English shelf in the back 🙂 What do you like?",
            ),
            (
                "c",
                "en",
                "Anything set in Sicily! Also my roommate [[P:Priya]] wants {{PRODUCT:The Leopard}} in English. We live right off [[ADDR:via Maqueda, 210]] so we can come anytime",
            ),
            (
                "a",
                "en",
                "We have {{PRODUCT:The Leopard}} ({{PRICE:€14}}) and a couple of others. I'll put them aside under your name.",
            ),
            (
                "c",
                "en",
                "Amazing thank youuu. If you do a book club for students tag me, I'm [[H:@kayla.reads]] and [[P:Priya]] is [[H:@priya_in_palermo]]",
            ),
            (
                "a",
                "en",
                "We do one on Thursdays at {{TIME:6:30 pm}}, in Italian and English! Come along. — [[P:R.]]",
            ),
        ],
    ),
    (
        "gru",
        "telegram",
        "Marcello R.",
        [
            (
                "c",
                "it",
                "Salve, il vostro sito mi blocca quando pago: dice 'accesso negato dalla regione'. Sono a [[LOC:Monreale]], non in Cina 😅",
            ),
            (
                "a",
                "it",
                "Salve! Ci dispiace, è il firewall del nostro e-commerce. Mi può dire il suo indirizzo IP? Lo trova su whatismyip.",
            ),
            (
                "c",
                "it",
                "Eccolo: [[IP:93.44.187.21]]. Con il telefono in 4G invece ho [[IP:2a01:e11:5003:21c0::7]] e funziona. Comunque sono [[P:Marcello Ragusa]], sistemista, se volete vi do una mano io 😄",
            ),
            (
                "a",
                "it",
                "Grazie [[P:Marcello]]! Abbiamo sbloccato [[IP:93.44.187.21]], può riprovare. Il suo ordine era il carrello con i tre {{PRODUCT:Montalbano}}?",
            ),
            (
                "c",
                "it",
                "Sì. Fatto, ordine {{ORDER:LG-W-55021}} passato. Pagato con la {{BRAND:Visa}} che finisce per 1596",
            ),
            ("a", "it", "Ricevuto! Spedizione con {{BRAND:BRT}} domani. [[P:Gianni]]"),
        ],
    ),
    (
        "gru",
        "whatsapp",
        "Tanino",
        [
            (
                "c",
                "it",
                "salutamu signora [[P:Rosalia]] sugnu [[P:Tanino]] chiddu ca ci accattò u vocabolario pi me niputi [[P:Ninni]] ora ci servi u libro di latino pi la scola u titolo è {{PRODUCT:Lingua latina per se illustrata}} ci lu putiti arrivari",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Tanino]]! Sì, lo ordino subito, arriva martedì. Sono {{PRICE:29,50 €}}. Lo viene a prendere lei?",
            ),
            (
                "c",
                "it",
                "no ci va me figghia [[P:Marilena]] sa porta idda a casa in [[ADDR:via Sampolo 133]] ci mannu u so numeru [[T:3391207745]]",
            ),
            (
                "a",
                "it",
                "Va bene, avviso [[P:Marilena]] quando arriva. Saluti a [[P:Ninni]] e in bocca al lupo con il latino!",
            ),
            ("c", "it", "crepi! grazie assai [[P:Rosalì]]"),
        ],
    ),
    (
        "gru",
        "messenger",
        "Sunny Patel",
        [
            (
                "c",
                "en",
                "Hello, I visited your lovely shop last week and regret not buying the illustrated map of Palermo. Could you ship one to the UK? I'm [[P:Sunny Patel]].",
            ),
            (
                "a",
                "en",
                "Hello [[P:Sunny]]! Of course. The map is {{PRICE:€19}}, shipping to the UK {{PRICE:€14}} with tracking.",
            ),
            (
                "c",
                "en",
                "Great. Please send to:\n[[P:Sunil Patel]]\n[[ADDR:42 Cranbrook Avenue\nLeicester\nLE4 6QB]]\nPhone [[T:0116 496 0034]] for the courier.",
            ),
            ("a", "en", "Thank you! I'll send a payment link to your email, which one is best?"),
            (
                "c",
                "en",
                "[[E:sunny.patel@btinternet.com]]. If it bounces try my work one, [[E:s.patel@leicester-dentalcare.co.uk]]",
            ),
            (
                "a",
                "en",
                "Paid, thanks! Tracking {{TRACKING:CH 3390 1442 7IT}}. Grazie and come back soon! — [[P:Rosalia]]",
            ),
        ],
    ),
    (
        "gru",
        "whatsapp",
        "gaia",
        [
            (
                "c",
                "it",
                "ciao!! per il club del libro di giovedì siamo: io ([[P:gaia]]), [[P:matteo]], la signora [[P:lo presti]], il dottor [[P:amato]] e forse [[P:nunzio]] se esce prima dal turno. ci tenete 5 sedie?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Gaia]]! Certo, 5 sedie e caffè 😊 Il libro è sempre {{PRODUCT:La casa degli sguardi}}?",
            ),
            (
                "c",
                "it",
                "sì! e il dottor [[P:amato]] vuole sapere se c'è parcheggio, lui viene da [[LOC:Bagheria]]",
            ),
            (
                "a",
                "it",
                "Purtroppo no, meglio il parcheggio di piazza Ruggero Settimo. Inizio alle {{TIME:18:30}}.",
            ),
            (
                "c",
                "it",
                "perfetto glielo dico. ah e [[P:matteo]] ha perso il mio numero, glielo dai tu se ti scrive? è [[T:389 552 10 47]]",
            ),
            ("a", "it", "Certo, se lo chiede glielo passo 👍 A giovedì! [[P:Rosalia]]"),
        ],
    ),
    # -------------------------------------------------------- Pelo & Coccole (pet grooming, Turin)
    (
        "pelo",
        "whatsapp",
        "sole",
        [
            (
                "c",
                "it",
                "ciao sono [[P:sole]]!! oggi c'è il {{WORD:sole}} finalmente e Biscotto si è rotolato nel fango del parco 🙈 avete posto per un bagno?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Sole]]! 😂 Alle {{TIME:14}} abbiamo un buco. Bagno e asciugatura per un barboncino {{PRICE:35 €}}. [[P:Ila]] 🐾",
            ),
            (
                "c",
                "it",
                "arriviamo! mi fai la fattura col mio codice fiscale? [[CF:MRTSLO01L55L219R]]. la manda a [[E:sole.martinelli@studenti.unito.it]]",
            ),
            ("a", "it", "Certo, a nome [[P:Sole Martinelli]] giusto?"),
            (
                "c",
                "it",
                "giusto! ah se tardo lo porta mia nonna [[P:Fortunata]], lei abita qua dietro in [[ADDR:via Nizza 150]]",
            ),
            ("a", "it", "Va benissimo, aspettiamo Biscotto e chi lo accompagna 🐩 [[P:Ila]]"),
        ],
    ),
    (
        "pelo",
        "instagram",
        "marisa_volpe",
        [
            (
                "c",
                "it",
                "VERGOGNATEVI!!! HO RITIRATO IL MIO CANE CON UN TAGLIO SULL'ORECCHIO. SONO [[P:MARISA VOLPE]] E LO SCRIVO DAPPERTUTTO SE NON MI RISPONDETE",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Volpe]], ci dispiace moltissimo. Ci può scrivere in privato il suo numero? La chiama subito la titolare, [[P:Ilaria Pautasso]].",
            ),
            (
                "c",
                "it",
                "[[T:011 432 8819]] MA NON DOPO LE 8 CHE IL MIO COMPAGNO [[P:RENZO]] LAVORA DI NOTTE E DORME",
            ),
            (
                "a",
                "it",
                "Ricevuto. Paghiamo noi la visita dal veterinario, il dottor [[P:Grosso]] di via Madama Cristina è convenzionato con noi.",
            ),
            (
                "c",
                "it",
                "VA BENE. MI AVETE FATTO PRENDERE UN COLPO. SE IL VETERINARIO DICE CHE È TUTTO OK CANCELLO LA RECENSIONE",
            ),
            (
                "a",
                "it",
                "Grazie signora, e scusi ancora. Il trattamento di oggi ({{PRICE:48 €}}) glielo rimborsiamo. [[P:Samuele]]",
            ),
        ],
    ),
    (
        "pelo",
        "messenger",
        "Tamsin Okafor",
        [
            (
                "c",
                "en",
                "Hi! I just moved to [[LOC:Turin]] from [[LOC:Bristol]] with my two cats and a very fluffy Samoyed called Cloud. Do you groom Samoyeds? He sheds like crazy 😅",
            ),
            (
                "a",
                "en",
                "Hi! Yes we do, a full deshedding takes about 3 hours, {{PRICE:€70}}. What's your name?",
            ),
            (
                "c",
                "en",
                "[[P:Tamsin]]! [[P:Tamsin Okafor]]. My partner [[P:Kwame]] will probably drop him off, he works near Porta Nuova",
            ),
            (
                "a",
                "en",
                "Lovely, [[P:Tamsin]]. Friday at {{TIME:9:30}}? And we'll need a phone number for when Cloud is ready.",
            ),
            (
                "c",
                "en",
                "Friday's perfect. Mine is [[T:+44 7700 900 318]] (still UK, sorry) and [[P:Kwame]]'s Italian one is [[T:+39 351 802 6617]]",
            ),
            (
                "a",
                "en",
                "All set! See you and Cloud on Friday 🐶 [[P:Sam]] from {{BRAND:Pelo & Coccole}}",
            ),
        ],
    ),
    (
        "pelo",
        "telegram",
        "Teresio B.",
        [
            (
                "c",
                "it",
                "Cerea! Sono [[P:Teresio Bergamasco]] da [[LOC:Moncalieri]], ël padrun ëd la Lilla, la bassotta. Bòja fauss, a l'ha pià le pulci n'autra vira. A l'ei 'd post giovedì?",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Teresio]]! Giovedì alle {{TIME:10}} c'è posto per il bagno antiparassitario, {{PRICE:30 €}}.",
            ),
            (
                "c",
                "it",
                "Bin, va bin. Ma mia mujé [[P:Carla]] a dis che l'ultima vòlta l'avei dàie un profum da dòna. Gnente profum, neh",
            ),
            (
                "a",
                "it",
                "Niente profumo, promesso 😄 Scriviamo sulla scheda: Lilla, senza profumo.",
            ),
            (
                "c",
                "it",
                "Ah, e s'as perdo, chiamé mè fieul [[P:Gianpiero]] al [[T:333.112.8890]]. Mi i son nen bon a dovré 'sto telefono",
            ),
            (
                "a",
                "it",
                "Ci mancherebbe, signor [[P:Bergamasco]]. A giovedì! [[P:Ila]] & [[P:Samu]]",
            ),
        ],
    ),
    (
        "pelo",
        "whatsapp",
        "Noemi",
        [
            (
                "c",
                "it",
                "buongiorno sono [[P:Noemi Gioia Ricci]] vi scrivo col vocale perché sto guidando esco adesso dal turno di notte volevo prenotare la tosatura sanitaria per la gatta si chiama Pepita è una persiana la settimana prossima va bene qualsiasi giorno dopo le 3 il mio numero è [[T:3 4 6 2 2 1 9 0 5 8]] grazie",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Noemi]]! Martedì alle {{TIME:15:30}}? Tosatura sanitaria per persiano {{PRICE:40 €}}.",
            ),
            (
                "c",
                "it",
                "martedì va bene però non so se riesco a venire io la porta la mia collega [[P:Speranza]] [[P:Dell'Orto]] che abita sopra di me a [[LOC:Grugliasco]] punto",
            ),
            ("a", "it", "Nessun problema 👍 Le diamo anche la ricevuta intestata a lei?"),
            (
                "c",
                "it",
                "sì a me [[P:Ricci Noemi]] e la mandate alla mail [[E:noemi.g.ricci@gmail.com]] no scusi [[E:noemigioia.ricci@gmail.com]] con la i in mezzo grazie",
            ),
            ("a", "it", "Annotato! Buon riposo dopo il turno 😴 [[P:Ila]]"),
        ],
    ),
    (
        "pelo",
        "instagram",
        "lil.maddie",
        [
            (
                "c",
                "en",
                "omg ur dog pics are so cute 😭 can u do a pink bow on my dog. shes a maltese",
            ),
            (
                "a",
                "en",
                "Hii! Of course 🎀 Bath + trim + bow is {{PRICE:€38}}. Who's the owner? (we need a grown-up to book if you're under 18 🙂)",
            ),
            (
                "c",
                "en",
                "ugh ok my mom is [[P:Heather Lindqvist]] shes gonna msg u. im [[P:maddie]] btw. we live in [[LOC:pino torinese]] so its like far but whatever",
            ),
            (
                "c",
                "en",
                "Hello, this is [[P:Heather]], [[P:Madison]]'s mum. Yes please book Pearl for Saturday morning. You can reach me on [[T:+46 70 123 45 67]] or [[E:heather.lindqvist(at)icloud.com]]. Thank you!",
            ),
            (
                "a",
                "en",
                "Thank you [[P:Heather]]! Saturday {{TIME:10:00}} for Pearl, pink bow included 🎀 [[P:Samuele]]",
            ),
        ],
    ),
    (
        "pelo",
        "whatsapp",
        "Yusuf",
        [
            (
                "c",
                "it",
                "Salve sono [[P:Yusuf El Amrani]] ho prenotato per Rocky sabato. Vorrei pagare prima perché sabato viene mio fratello [[P:Hamza]] e non ha soldi 😅",
            ),
            (
                "a",
                "it",
                "Salve [[P:Yusuf]]! Può pagare col link che le mando, oppure bonifico. Sono {{PRICE:55 €}}.",
            ),
            (
                "c",
                "it",
                "Il link non funziona. Vi do la carta: [[CC:6011-0099-3518-1904]] scadenza 11/27",
            ),
            (
                "a",
                "it",
                "Per sicurezza non possiamo usare i dati della carta scritti in chat, la preghiamo di cancellare il messaggio. Le rimando il link per SMS, a che numero?",
            ),
            (
                "c",
                "it",
                "Scusi. [[T:+39 328 901 4471]]. Ah e la ricevuta la mandate a casa? [[ADDR:corso Giulio Cesare 88, scala C, int. 12, 10152 Torino]]",
            ),
            (
                "a",
                "it",
                "Link inviato ✅ La ricevuta gliela diamo a [[P:Hamza]] sabato. Grazie! [[P:Ilaria]]",
            ),
            (
                "c",
                "it",
                "Pagato ✅ {{WORD:Spedito}} anche lo screenshot. Grazie mille e saluti da Rocky",
            ),
        ],
    ),
    # ------------------------------------------------ Ceramiche Orsolina (Deruta, ships abroad)
    (
        "orsolina",
        "messenger",
        "Marybeth Donnelly",
        [
            (
                "c",
                "en",
                "Hi!! We visited your studio in October on our Umbria trip and I am STILL thinking about the lemon plates. Can you ship a set of 6 dinner plates to Ohio? [[P:Marybeth Donnelly]]",
            ),
            (
                "a",
                "en",
                "Hi [[P:Marybeth]], how lovely to hear from you! The {{PRODUCT:Limoni}} dinner plates are {{PRICE:€42}} each, shipping to the US {{PRICE:€65}} fully insured.",
            ),
            (
                "c",
                "en",
                "Perfect. Ship to\n[[P:Marybeth & Doug Donnelly]]\n[[ADDR:27 Sycamore Street\nDublin, OH 43017]]\nphone [[T:+1 614-555-0187]]. Can I pay by card here? [[CC:4024-0008-3016-6132]] exp 04/29",
            ),
            (
                "a",
                "en",
                "Please delete that message 🙏 we never take card numbers by chat. I'll email you a secure payment link instead, to which address?",
            ),
            (
                "c",
                "en",
                "Oops, deleted! [[E:mbdonnelly@sbcglobal.net]]. [[P:Doug]] says hi, he's the one who broke the first bowl we bought 😂",
            ),
            (
                "a",
                "en",
                "Ha! Tell [[P:Doug]] we've all done it. Link sent, order {{ORDER:CO-2611}}. — [[P:Kim]], {{BRAND:Ceramiche Orsolina}}",
            ),
            ("c", "en", "Paid! Thank you [[P:Kim]] and hugs to [[P:Orsolina]]"),
        ],
    ),
    (
        "orsolina",
        "whatsapp",
        "Giuseppe Sorrentino",
        [
            (
                "c",
                "it",
                "Buongiorno [[P:Orsolina]], sono [[P:Peppe]] dell'{{BRAND:Osteria Da Peppe}}. Ci servirebbero 40 piatti piani e 40 fondi col decoro a galletto, come quelli della volta scorsa. Per i primi di aprile ce la fai?",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Peppe]]! Per il {{DATE:4 aprile}} ce la faccio. Sono {{PRICE:1.920 €}} + IVA, ti mando il preventivo.",
            ),
            (
                "c",
                "it",
                "Vai. Fattura come sempre: [[P:Sorrentino Giuseppe]], P.IVA [[VAT:15320080821]], [[ADDR:località Le Vigne 3, frazione Sant'Angelo, 06019 Umbertide (PG)]]. Mail [[E:osteriadapeppe@gmail.com]]",
            ),
            (
                "a",
                "it",
                "Ricevuto, preventivo {{ORDER:PR-2026-014}} inviato. Acconto del 30% quando vuoi.",
            ),
            (
                "c",
                "it",
                "Te lo fa mia sorella [[P:Immacolata]] che tiene i conti, dal conto [[IBAN:IT70P0760103200001023998576]]. Se ci sono problemi chiamala, [[T:075 941 2278]]",
            ),
            ("a", "it", "Perfetto. Un abbraccio a [[P:Imma]]! [[P:Orsolina]]"),
        ],
    ),
    (
        "orsolina",
        "instagram",
        "hannah.mistryjones",
        [
            (
                "c",
                "en",
                "Hello, my order {{ORDER:CO-2588}} arrived today and one of the espresso cups is broken 😢 photos here: [[URL:https://imgur.com/a/hMj2024cups]]",
            ),
            (
                "a",
                "en",
                "Oh no, I'm so sorry! We'll send a replacement or refund, whichever you prefer. Could you confirm the name on the order?",
            ),
            (
                "c",
                "en",
                "[[P:Hannah Mistry-Jones]]. A refund would be easier as we're moving house next month. My bank is Barclays, IBAN [[IBAN:GB44 BARC 2031 5871 8462 03]]",
            ),
            (
                "a",
                "en",
                "Thank you [[P:Hannah]], refund of {{PRICE:£21.40}} (that's {{PRICE:€25}}) on its way, should land in 2-3 days.",
            ),
            (
                "c",
                "en",
                "Brilliant. Our new address from the 1st, in case you ever do a newsletter: [[ADDR:9 Wellington Close, Harrogate HG1 2PL]]",
            ),
            ("a", "en", "Noted! And good luck with the move 📦 — [[P:Kim]]"),
        ],
    ),
    (
        "orsolina",
        "telegram",
        "K.-D. Brandt",
        [
            (
                "c",
                "en",
                "Good day. I ordered the large serving bowl ({{ORDER:CO-2597}}) but I would like to cancel, my wife [[P:Renate]] bought the same one at the market in [[LOC:Würzburg]]. Please refund to [[IBAN:DE57 5001 0517 5407 3249 88]], account holder [[P:Klaus-Dieter Brandt]].",
            ),
            (
                "a",
                "en",
                "Good morning Mr [[P:Brandt]], no problem, the bowl has not shipped yet. Refund of {{PRICE:€89}} sent today.",
            ),
            (
                "c",
                "en",
                "Thank you. I received an email from another address, [[E:k-d.brandt@t-online.de]] is the correct one, not [[E:brandt.kd@gmx.net]] which is old.",
            ),
            ("a", "en", "Updated, thank you. Greetings to [[P:Renate]]!"),
            (
                "c",
                "en",
                "Danke. Mit freundlichen Grüßen\n[[P:Klaus-Dieter Brandt]]\n[[ADDR:Semmelstraße 44\n97070 Würzburg]]\nTel. [[T:+49 (0)931 35 46 80]]",
            ),
        ],
    ),
    (
        "orsolina",
        "whatsapp",
        "Frank DiNapoli",
        [
            (
                "c",
                "en",
                "Buongiorno! Sono [[P:Frank DiNapoli]], my nonno was from [[LOC:Deruta]] before he came to [[LOC:Providence]]. I want to give my mom a piatto with the family name painted, è possibile?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Frank]]! Certo, facciamo piatti personalizzati. Quale nome vuole scritto, e con quale decoro?",
            ),
            (
                "c",
                "en",
                '"Famiglia [[P:DiNapoli]] – [[P:Antonio]] e [[P:Filomena]] 1952", with the raffaellesco decoration. My Italian is bad, scusa 😅',
            ),
            (
                "a",
                "en",
                "Your Italian is great! That's {{PRICE:€140}}, ready in 3 weeks, plus shipping to the US. Where should it go?",
            ),
            (
                "c",
                "en",
                "My mom's house, she is [[P:Rose DiNapoli]], [[ADDR:318 Atwells Ave, Providence, RI 02903]]. Her phone [[T:401-555-0163]]. Don't call before noon your time lol",
            ),
            (
                "a",
                "it",
                "Perfetto, grazie! Le mando le foto della bozza prima di cuocerlo. [[P:Orsolina]]",
            ),
        ],
    ),
    (
        "orsolina",
        "messenger",
        "Bree Hollis",
        [
            (
                "c",
                "en",
                "G'day from Melbourne! I'm [[P:Bree]], getting married in September to [[P:Lachlan]] and we want a hand-painted platter as our guest book, everyone signs the back before firing. Can you do that?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Bree]], congratulations! Yes, we send it unfired with a special pen, guests sign, then you send it back for firing. Or we fire it in Italy if you're marrying here?",
            ),
            (
                "c",
                "en",
                "We are marrying in Italy!! In [[LOC:Todi]], at my aunt [[P:Loretta]]'s place. So you could pick it up after?",
            ),
            (
                "a",
                "en",
                "Of course, it's 40 minutes from us. Platter {{PRICE:€210}}, firing and shipping to Australia {{PRICE:€95}}.",
            ),
            (
                "c",
                "en",
                "Amazing. Please ship to [[ADDR:Unit 4/17 Brunswick St, Fitzroy VIC 3065]] and my mobile is [[T:0412 386 915]]. [[P:Lachlan]] is [[E:lachie.hollis@bigpond.com]]",
            ),
            (
                "a",
                "en",
                "All noted! Order {{ORDER:CO-2640}}. We'll be in touch in August. — [[P:Fede]] & [[P:Kim]]",
            ),
        ],
    ),
    (
        "orsolina",
        "whatsapp",
        "Lucia Sartori",
        [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Lucia Sartori]] di [[LOC:Ponte San Giovanni]]. Vorrei un piatto da parete con i nomi dei miei nipoti: [[P:Aurora]], [[P:Leonardo]] e [[P:Bianca]]. Ho visto quello che avete fatto per un'altra signora sulla vostra pagina",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Lucia]]! Sì, con piacere. Con il decoro a rose o quello blu classico?",
            ),
            (
                "c",
                "it",
                "Quello a rose, che la piccola [[P:Bianca]] adora il rosa. Le mando la foto del piatto che mi piace, è sul profilo di mia figlia: [[URL:facebook.com/chiara.sartori.pg]]",
            ),
            (
                "a",
                "it",
                "Visto, bellissimo! {{PRICE:95 €}}, pronto tra due settimane. Viene lei a ritirarlo?",
            ),
            (
                "c",
                "it",
                "Sì, oppure mio genero [[P:Stefano]] che passa da Deruta per lavoro. Il mio numero è [[T:075/5990312]], il cellulare [[T:347 8812 006]]",
            ),
            ("a", "it", "Perfetto, la avviso io. [[P:Orsolina]]"),
        ],
    ),
    (
        "orsolina",
        "instagram",
        "minji.park.photo",
        [
            (
                "c",
                "en",
                "Ciao! I'm [[P:Min-ji Park]], a food photographer based in [[LOC:Milan]]. I'd love to shoot some of your pieces for a cookbook, would you lend a few plates?",
            ),
            ("a", "en", "Ciao [[P:Min-ji]]! We'd love that. Which pieces, and for how long?"),
            (
                "c",
                "en",
                "About 10 pieces, 2 weeks. You'd be credited in the book of course. My portfolio: [[URL:https://www.minjipark.photo/portfolio]] and the author is [[P:Giorgio Sala]], [[H:@giorgio.cucina.sala]]",
            ),
            (
                "a",
                "en",
                "Beautiful work! Let's do it. Send me the shipping address in [[LOC:Milan]]?",
            ),
            (
                "c",
                "en",
                "Studio is at [[ADDR:via Tortona 27, cortile interno, 20144 Milano]]. Call my assistant [[P:Luca]] when the courier leaves: [[T:+39 02 8942 3317]]",
            ),
            (
                "a",
                "en",
                "Shipped today with {{BRAND:DHL}}, tracking {{TRACKING:JD014600009871234567}}. — [[P:Orsolina]]",
            ),
        ],
    ),
    (
        "orsolina",
        "telegram",
        "Agnese",
        [
            (
                "c",
                "it",
                "Buonasera, sono [[P:Agnese D'Amico]], maestra alla primaria di [[LOC:Ellera di Corciano]]. Vorrei portare la mia quarta da voi per un laboratorio di decorazione, 22 bambini. Fate prezzi per le scuole?",
            ),
            (
                "a",
                "it",
                "Buonasera maestra [[P:Agnese]]! Sì, il laboratorio per le scuole è {{PRICE:12 €}} a bambino, ogni bimbo si porta a casa la sua piastrella cotta. Che giorno pensava?",
            ),
            (
                "c",
                "it",
                "Giovedì {{DATE:23 aprile}}, arriviamo con lo scuolabus verso le {{TIME:9.15}}. Accompagnano anche la collega [[P:Gioia Fortunato]] e un papà, il signor [[P:Russo]]. Le quote le raccolgo io e le giro con un bonifico dal mio conto [[IBAN:IT95 A020 0833 1700 0010 3557 219]]",
            ),
            ("a", "it", "Perfetto! Per la ricevuta ci servono nome e codice fiscale di chi paga."),
            (
                "c",
                "it",
                "[[P:D'Amico Agnese]], [[CF:dmcgns83t49g478o]] (scusi il minuscolo, scrivo dal telefono). Per qualsiasi cosa il mio cellulare è [[T:+39.339.4417720]]",
            ),
            (
                "a",
                "it",
                "Tutto segnato, prenotazione {{ORDER:LAB-0423}}. I bambini adoreranno il forno 🔥 A presto, [[P:Orsolina]] e [[P:Fede]]",
            ),
        ],
    ),
    # ------------------------------------------------------ more English voices, several businesses
    (
        "gru",
        "telegram",
        "Dr Rupert Hale",
        [
            (
                "c",
                "en",
                "Dear Sir or Madam,\n\nI am trying to purchase the 1891 edition of {{PRODUCT:I Malavoglia}} listed on your website (item {{ORDER:AQ-0419}}, {{PRICE:€380.00}}), but the checkout rejects my card. I write from the University library network.\n\nYours faithfully,\n\nDr [[P:Rupert Hale]]\nSenior Lecturer in Italian Studies\n[[T:+44 (0)131 650 2219]] | [[E:r.hale@ed-italianstudies.ac.uk]]\n[[URL:https://www.ed-italianstudies.ac.uk/people/rupert-hale]]",
            ),
            (
                "a",
                "en",
                "Dear Dr [[P:Hale]], thank you for your interest. Could you tell us the IP address you are connecting from? Our payment provider sometimes blocks university proxies.",
            ),
            (
                "c",
                "en",
                "Dear [[P:Rosalia]] (if I may), our IT colleague [[P:Morag]] informs me it is [[IP:82.132.219.7]]. The proxy may also appear as [[IP:192.0.2.146]].\n\nBest wishes,\n[[P:R. Hale]]",
            ),
            (
                "a",
                "en",
                "Thank you! We have whitelisted both. Alternatively we can issue an invoice to the library and you pay by bank transfer.",
            ),
            (
                "c",
                "en",
                "An invoice would suit the library better. Please address it to:\n\nAcquisitions, Italian Collection\nFAO Ms [[P:Gemma Bell]]\n[[ADDR:7 George Square\nEdinburgh EH8 9JZ]]\n\nWith thanks,\nDr [[P:R. Hale]]",
            ),
            (
                "a",
                "en",
                "Invoice {{ORDER:FT-2026/0211}} sent to Ms [[P:Bell]]. The book will be packed in a wooden box. Kind regards, [[P:Rosalia Amodeo]] – {{BRAND:Libreria La Gru}}",
            ),
            ("c", "en", "Splendid. I shall look forward to it.\n\n--\nDr [[P:Rupert Hale]]"),
        ],
    ),
    (
        "fraina",
        "messenger",
        "Jamal Rivers",
        [
            (
                "c",
                "en",
                "Hey there! Booking for two, [[P:Jamal Rivers]] + [[P:Chris Nakamura]], {{DATE:Feb 10–14}}. Flight lands in Venice at {{TIME:4:20pm}} so we won't make it before 9. Is late check-in ok?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Jamal]]! Late check-in is fine, we'll leave the key in the lockbox. Could we have a phone number for the night you arrive?",
            ),
            (
                "c",
                "en",
                "Sure, mine's [[T:(212) 555-0176]] and [[P:Chris]] is [[T:+1 646 555 0129]]. We're coming from [[LOC:Brooklyn]] so expect two very cold New Yorkers 🥶",
            ),
            (
                "a",
                "en",
                "Ha, we'll light the stove! For the guarantee we need a card, please use the form I'm sending, not the chat 🙂",
            ),
            (
                "c",
                "en",
                "Form says error so here it is: [[CC:5105-1099-6030-8247]], [[P:Chris]]'s card, name [[P:CHRISTOPHER NAKAMURA]]",
            ),
            (
                "a",
                "en",
                "Got it, and I've deleted it from the chat. Booking {{ORDER:CF-26-0210}} confirmed! Is there anything you'd like us to prepare?",
            ),
            (
                "c",
                "en",
                "[[P:Chris]] is vegan, and we'd love a ski instructor for one morning. Our friend [[P:Hope Adeyemi]] said you know a good one?",
            ),
            (
                "a",
                "en",
                "Yes, [[P:Matteo]] from the ski school, he speaks great English. I'll put you in touch. — [[P:Verena]]",
            ),
        ],
    ),
    (
        "zanardo",
        "whatsapp",
        "Siobhan",
        [
            (
                "c",
                "en",
                "Hi! Irish cyclist here doing the Venice–Dolomites route, my rear derailleur just snapped about 10 km from you 😩 any chance you could help today?",
            ),
            (
                "a",
                "en",
                "Hi! Yes, bring it in, we're open till {{TIME:19:30}}. Where are you now? We can pick you up with the van.",
            ),
            (
                "c",
                "en",
                "You're a legend. I'm at a bar in the frazione of [[LOC:Lancenigo]], the one next to the church. I'm [[P:Siobhan O'Brien]], my phone [[T:+353 87 214 6630]]",
            ),
            (
                "a",
                "en",
                "[[P:Nico]] is leaving now, 15 minutes. He drives a white van with {{BRAND:Cicli Zanardo}} on it 🙂",
            ),
            (
                "c",
                "en",
                "Brilliant. My friend [[P:Rory]] is with me too, he has a {{BRAND:Brompton}} so he'll fit 😂",
            ),
            (
                "a",
                "en",
                "New {{PRODUCT:Shimano Deore}} derailleur fitted, {{PRICE:€64}} with labour. Card or cash?",
            ),
            (
                "c",
                "en",
                "Can I do a transfer? Card's maxed from the trip 🙈 [[IBAN:IE86 AIBK 9311 5240 9172 63]] is mine if you need it for anything",
            ),
            (
                "a",
                "en",
                "Card terminal takes Revolut too, easier 🙂 Safe travels [[P:Siobhan]] and [[P:Rory]]! — [[P:Bepi]]",
            ),
        ],
    ),
]

_MARKUP = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}", re.DOTALL)
_START = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)
_PLATFORM_PREFIX = {"messenger": "m_", "instagram": "ig_", "whatsapp": "wamid.", "telegram": "tg"}


def parse(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Strip the markup of one text: the plain text, its entity spans and its keep spans."""
    if "[[" in _MARKUP.sub("", marked) or "{{" in _MARKUP.sub("", marked):
        raise ValueError(f"unbalanced markup in {marked!r}")
    text: list[str] = []
    entities: list[dict[str, object]] = []
    keep: list[dict[str, object]] = []
    position = last = 0
    for match in _MARKUP.finditer(marked):
        before = marked[last : match.start()]
        text.append(before)
        position += len(before)
        if match.group(1) is not None:
            kind, value, target = (
                ALIASES.get(match.group(1), match.group(1)),
                match.group(2),
                entities,
            )
            if kind not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {kind!r} in {marked!r}")
        else:
            kind, value, target = match.group(3), match.group(4), keep
            if kind not in KEEP_TYPES:
                raise ValueError(f"unknown keep kind {kind!r} in {marked!r}")
        if value != value.strip() or "[[" in value or "{{" in value:
            raise ValueError(f"badly marked value {value!r}")
        target.append(
            {"start": position, "end": position + len(value), "type": kind, "value": value}
        )
        text.append(value)
        position += len(value)
        last = match.end()
    text.append(marked[last:])
    return "".join(text), entities, keep


def records() -> list[dict[str, object]]:
    """Every message of CONVERSATIONS as a labelled record, conversation by conversation."""
    out: list[dict[str, object]] = []
    for number, (business, platform, customer, messages) in enumerate(CONVERSATIONS, start=1):
        page_id, page_name = BUSINESSES[business]
        conversation_id = f"hw-{number:02d}"
        customer_id = f"hw-user-{number:02d}"
        started = _START + timedelta(
            days=number, hours=(number * 5) % 11, minutes=(number * 17) % 60
        )
        elapsed = timedelta()
        for index, (role, language, marked) in enumerate(messages, start=1):
            if role not in ("c", "a") or language not in ("it", "en"):
                raise ValueError(f"{conversation_id}: bad role or language in message {index}")
            text, entities, keep = parse(marked)
            elapsed += timedelta(minutes=(index * 7 + number) % 23 + 1, seconds=(index * 13) % 60)
            is_customer = role == "c"
            message = {
                "message_id": f"{_PLATFORM_PREFIX[platform]}hw{number:02d}{index:02d}",
                "conversation_id": conversation_id,
                "platform": platform,
                "page_id": page_id,
                "sender_id": customer_id if is_customer else page_id,
                "sender_name": customer if is_customer else page_name,
                "sender_role": "customer" if is_customer else "agent",
                "recipient_id": page_id if is_customer else customer_id,
                "created_time": (started + elapsed).isoformat().replace("+00:00", "Z"),
                "text": text,
            }
            out.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return out


def write(path: Path = OUTPUT) -> Path:
    """Write the corpus as JSON lines (UTF-8, sorted keys, "\\n" line ends)."""
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=True) for record in records()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return path


if __name__ == "__main__":
    target = write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    print(f"wrote {target}")
