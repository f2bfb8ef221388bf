# ruff: noqa: E501
"""Fifth hand-written blind test corpus for the anonymiser (``handwritten5_corpus.jsonl``).

Every conversation below was written blind, by hand, one message at a time: no templates, no
Faker, no look at the engine, at its word lists or at the other corpora. People, e-mail
addresses, phone numbers, addresses and identifiers are invented; the IBANs, codici fiscali,
partite IVA and card numbers were computed once with python-stdnum / the Luhn algorithm so that
they are valid, then pasted here as literal text.

The six invented businesses (their Page names are ``BUSINESS_NAMES``):

- a physiotherapy and sports-medicine clinic in Bari;
- a home-cleaning company in Turin;
- a coworking space in Milan (Isola);
- an olive-oil mill in Puglia that sells online, also to the UK, Ireland, the US and Australia;
- the ticket desk of a concert venue in Bologna;
- a pizzeria with delivery in Naples.

Markup: ``[[TYPE:value]]`` marks personal data (TYPE is one of the twelve entity types of
``privacy.types.ENTITY_TYPES``); ``{{KIND:value}}`` marks a look-alike that must survive (order
numbers, tracking codes, prices, dates, times, products, brands, ordinary words...). The script
strips the markup, computes the offsets and writes one JSON line per message in the format of
``privacy.evaluate.load_dataset``. Ids come from the position of each conversation and message;
a conversation starts at its ``start`` time when it has one (so that the dates the people mention
fit) or at a time derived from its position, and each message follows the previous one after its
``after`` minutes or a few minutes derived from a hash of its text. Every run writes the same
bytes.

Regenerate with::

    python tests/data/make_handwritten5_corpus.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUTPUT = Path(__file__).with_name("handwritten5_corpus.jsonl")

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

# Business key -> (page id, Page name as the platform shows it).
BUSINESSES: dict[str, tuple[str, str]] = {
    "fisio": ("hw5-page-fisio", "Centro Fisio Sport Dott.ssa Liguori"),
    "pulizie": ("hw5-page-pulizie", "Casa Splendente Pulizie"),
    "cowork": ("hw5-page-cowork", "Officina Quarantadue Coworking"),
    "frantoio": ("hw5-page-frantoio", "Frantoio Masseria Santa Venere"),
    "kilowatt": ("hw5-page-kilowatt", "Kilowatt Live Biglietteria"),
    "pizzeria": ("hw5-page-pizzeria", "Pizzeria Da Totonno 'o Biondo"),
}
BUSINESS_NAMES: tuple[str, ...] = tuple(name for _, name in BUSINESSES.values())

Line = tuple[str, str, str, int]  # (sender role, language, text with markup, minutes after)


def C(language: str, text: str, after: int = 0) -> Line:
    """A customer's message, ``after`` minutes after the previous one (0: a few minutes)."""
    return ("customer", language, text, after)


def A(language: str, text: str, after: int = 0) -> Line:
    """A message of the business's agents, ``after`` minutes after the previous one."""
    return ("agent", language, text, after)


@dataclass(frozen=True)
class Conversation:
    business: str
    platform: str
    customer: str  # the customer's display name on the platform
    messages: tuple[Line, ...]
    start: str = ""  # ISO time of the first message; default: derived from the position


CONVERSATIONS: tuple[Conversation, ...] = (
    # ------------------------------------------------------------------ physiotherapy, Bari
    Conversation(
        "fisio",
        "messenger",
        "Rosa Gatto",
        (
            C(
                "it",
                "Gentile Dottoressa [[PERSON:Liguori]],\n\n"
                "mi permetto di disturbarLa tramite questo mezzo, che mio figlio [[PERSON:Pasquale]] mi ha "
                "insegnato ad usare, per chiederLe se sia possibile spostare la seduta di {{DATE:giovedì 15}} "
                "alle ore {{TIME:10.30}}. Purtroppo quel giorno la signora [[PERSON:Addolorata Lopez]], la mia "
                "vicina che gentilmente mi accompagna in macchina, deve andare a trovare la sorella a [[LOCATION:Bitonto]].\n\n"
                "Per la fattura Le ricordo il mio codice fiscale: [[IT_FISCAL_CODE:GTTRSO48C52A662T]].\n\n"
                "Con i migliori saluti e ringraziandoLa anticipatamente,\n"
                "[[PERSON:Rosa Gatto]] ved. [[PERSON:Lorusso]]\n"
                "[[ADDRESS:Via Abate Gimma 118]], [[LOCATION:Bari]]",
            ),
            A(
                "it",
                "Buongiorno signora [[PERSON:Gatto]], sono [[PERSON:Tiziana]] della segreteria. Nessun problema, "
                "le posso proporre {{DATE:venerdì 16}} alle {{TIME:9:45}} oppure {{DATE:lunedì 19}} alle {{TIME:11}}. "
                "La dottoressa la saluta!",
            ),
            C(
                "it",
                "Gentile [[PERSON:Tiziana]], va benissimo {{DATE:venerdì}} alle {{TIME:9.45}}. Mio figlio mi porterà "
                "lui. Qualora dovesse chiamare, il suo numero è [[PHONE_NUMBER:347 882 1904]]. Distinti saluti. "
                "[[PERSON:R. Gatto]]",
            ),
            A("it", "{{WORD:Perfetto}}, segnato. Buona giornata signora! 🌸 [[PERSON:T.]]"),
        ),
    ),
    Conversation(
        "fisio",
        "instagram",
        "matti colella",
        (
            C("it", "raga ma fate anche le onde d urto??"),
            A(
                "it",
                "Ciao! Sì, facciamo {{PRODUCT:onde d'urto}} focali e radiali. Per cosa ti servirebbero? "
                "[[PERSON:Tiziana]]",
            ),
            C(
                "it",
                "tendine d achille destro, gioco a pallavolo nella {{BRAND:Pallavolo Carbonara}} e il mio coach "
                "[[PERSON:ruggiero]] dice ke devo farle prima del torneo sennò salto tutto 😭😭",
            ),
            C("it", "cmq sono minorenne devo venire con mia madre?"),
            A(
                "it",
                "Sì, per i minorenni serve un genitore alla prima visita. Ti proponiamo una valutazione col "
                "dott. [[PERSON:Marzano]] {{DATE:mercoledì}} alle {{TIME:17:30}}, costa {{PRICE:50 €}}. Ci lasci "
                "nome e cognome e il cell di tua mamma?",
            ),
            C(
                "it",
                "[[PERSON:mattia colella]]\nmamma si chiama [[PERSON:Antonella]] [[PHONE_NUMBER:3402217865]]\n"
                "se non risponde scrivetele su insta [[HANDLE:@antonella.devito.74]]",
            ),
            A(
                "it",
                "Fatto 👍 ti aspettiamo mercoledì, porta le scarpe da gioco. Ciao [[PERSON:Mattia]]!",
            ),
            C("it", "grz mille sieteee top"),
        ),
    ),
    Conversation(
        "fisio",
        "whatsapp",
        "Hope Sinclair",
        (
            C(
                "en",
                "Hi there, I'm an Aussie living in [[LOCATION:Polignano a Mare]] for the next few months, training "
                "for the {{PRODUCT:Valencia marathon}}. Rolled my ankle pretty badly on a trail run yesterday. Do "
                "any of your physios speak English? Cheers, [[PERSON:Hope]]",
            ),
            A(
                "en",
                "Hello [[PERSON:Hope]], yes! Dr [[PERSON:Nicola Moretti]], our sports medicine doctor, speaks "
                "English, and so does [[PERSON:Alessio]] (physio). We have a slot {{DATE:tomorrow}} at "
                "{{TIME:4.15 pm}}. Could you send your full name and a phone number?",
            ),
            C(
                "en",
                "Legend, thank you. [[PERSON:Hope Sinclair]], mobile is my Aussie one still, "
                "[[PHONE_NUMBER:+61 412 308 775]], or you can reach my partner [[PERSON:Tom]] on "
                "[[PHONE_NUMBER:+39 351 904 2276]]. I'll get a lift, our place is out at "
                "[[ADDRESS:contrada Grottone 14]], no bus out there haha",
            ),
            A(
                "en",
                "All booked: {{DATE:Thursday}} {{TIME:16:15}} with Dr [[PERSON:Moretti]]. Bring any scans if you "
                "have them. See you! – [[PERSON:Tiziana]], reception",
            ),
            C("en", "Will do. Is it ok to pay by card? Don't have much cash on me"),
            A("en", "Of course, card or {{BRAND:Satispay}}, as you like."),
        ),
        start="2025-10-21T07:12:00+00:00",
    ),
    Conversation(
        "fisio",
        "whatsapp",
        "Bianca",
        (
            C(
                "it",
                "Salve, sono [[PERSON:Bianca Ferro]], ho fatto 6 sedute di {{PRODUCT:tecarterapia}} a "
                "{{DATE:ottobre}} con il dott. [[PERSON:Marzano]] e mi serve la fattura per il 730. "
                "cf [[IT_FISCAL_CODE:frrbnc99p54a944m]]",
            ),
            C(
                "it",
                "ah sono fuori sede, la mandate per mail? [[EMAIL_ADDRESS:bianca.ferro99@studenti.unibo.it]]",
            ),
            A(
                "it",
                "Ciao [[PERSON:Bianca]], certo. Però il codice fiscale che ci hai mandato risulta nato a "
                "[[LOCATION:Bologna]], in anagrafica avevamo un altro indirizzo: è ancora "
                "[[ADDRESS:via Camillo Rosalba 47/B]]?",
            ),
            C(
                "it",
                "no quello è dei miei zii, metti [[ADDRESS:via Giuseppe Petroni 21, scala C, int. 9, 70124 Bari]]. "
                "grazie milleee",
            ),
            A(
                "it",
                "Inviata ora, fattura n. {{ORDER:2025/1184}} da {{PRICE:270,00 €}}. Saluti, "
                "Dott.ssa [[PERSON:Marina Liguori]]",
            ),
        ),
    ),
    Conversation(
        "fisio",
        "messenger",
        "Vincenzo Lattanzio",
        (
            C(
                "it",
                "buongiorno volevo sapere il dottor [[PERSON:moretti]] fa il certificato medico sportivo agonistico? "
                "è per mio figlio [[PERSON:Davide]] che gioca a calcio nella {{BRAND:Virtus Palese}}",
            ),
            A(
                "it",
                "Buongiorno, sì: visita con ECG a riposo e sotto sforzo, spirometria ed esame urine. "
                "{{PRICE:65 euro}}, per gli under 18 tesserati è gratuita con la richiesta della società. "
                "Staff Centro Fisio Sport",
            ),
            C("it", "ok la richiesta ce l'ho. sabato mattina siete aperti?"),
            A("it", "Sabato no purtroppo, {{DATE:venerdì}} alle {{TIME:18}} c'è posto. Va bene?"),
            C("it", "{{WORD:Perfetto}}"),
        ),
    ),
    # ------------------------------------------------------------------ home cleaning, Turin
    Conversation(
        "pulizie",
        "whatsapp",
        "Serena D'Amico",
        (
            C(
                "it",
                "Buonasera, vorrei attivare l'abbonamento {{PRODUCT:Splendente Plus}} (4 ore a settimana) per "
                "casa mia in [[ADDRESS:corso Francia 212, 10146 Torino]], terzo piano senza ascensore 😅. "
                "Come funziona il pagamento?",
            ),
            A(
                "it",
                "Buonasera! Con l'abbonamento addebitiamo {{PRICE:92 €}} a settimana tramite SDD. Ci servono "
                "intestatario, codice fiscale e IBAN. Per il primo intervento le manderemo [[PERSON:Svetlana]], "
                "la nostra responsabile di zona. [[PERSON:Gioia]] – Casa Splendente",
            ),
            C(
                "it",
                "Intestataria sono io, [[PERSON:Serena D'Amico]]\n"
                "CF [[IT_FISCAL_CODE:DMCSRN85E48L219B]]\n"
                "IBAN [[IBAN_CODE:IT78 Y050 3441 5900 0000 0287 461]]\n"
                "per le comunicazioni meglio la mail: [[EMAIL_ADDRESS:serena.damico85 chiocciola gmail punto com]]",
            ),
            A(
                "it",
                "Ricevuto tutto, grazie. Il mandato arriva in giornata via mail da firmare. Prima pulizia "
                "{{DATE:martedì 3}} dalle {{TIME:9}} alle {{TIME:13}}: va bene?",
            ),
            C(
                "it",
                "Sì ma io sono al lavoro, lascio le chiavi alla portinaia, la signora [[PERSON:Fortunata]]. "
                "Il citofono è [[PERSON:D'Amico]] / [[PERSON:Ravera]]",
            ),
            A("it", "Benissimo, [[PERSON:Svetlana]] passerà dalla portineria. Buona serata!"),
        ),
    ),
    Conversation(
        "pulizie",
        "messenger",
        "Piero Fabbri",
        (
            C(
                "it",
                "BUONGIORNO. LA VOSTRA RAGAZZA IERI MI HA ROTTO IL VASO DI MURANO IN SALOTTO E NON HA DETTO NIENTE. "
                "L'HO TROVATO NEL SECCHIO DELLA CARTA!!! VOGLIO PARLARE CON UN RESPONSABILE SUBITO",
            ),
            A(
                "it",
                "Buongiorno signor [[PERSON:Fabbri]], mi dispiace moltissimo. Sono [[PERSON:Mirko Russo]], il "
                "titolare. Ho sentito ora la collega, [[PERSON:Ana Lucía]], che mi conferma: le è scivolato mentre "
                "spolverava e aveva paura di dirlo. Non è giustificabile. Abbiamo un'assicurazione {{BRAND:Allianz}} "
                "proprio per questo: mi può mandare una foto e, se ce l'ha, lo scontrino?",
            ),
            C("it", "LO SCONTRINO DI 20 ANNI FA??? ERA UN REGALO DI NOZZE"),
            C("it", "comunque valeva almeno 400 euro"),
            A(
                "it",
                "Capisco, va bene anche senza scontrino, basta la foto. Apro io la pratica oggi stesso "
                "(n. {{ORDER:SIN-2026-0042}}). Per il rimborso mi serve un IBAN intestato a lei.",
            ),
            C(
                "it",
                "[[IBAN_CODE:IT55O0103015200000006381924]] intestato a [[PERSON:FABBRI PIERO]]. E LA RAGAZZA NON "
                "LA VOGLIO PIU A CASA MIA",
            ),
            A(
                "it",
                "D'accordo, dalla prossima settimana verrà [[PERSON:Grace]]. Mi scuso ancora. [[PERSON:M.R.]]",
            ),
        ),
    ),
    Conversation(
        "pulizie",
        "whatsapp",
        "Mark Whitfield",
        (
            C(
                "en",
                "Hey, I'm moving out of my rental in [[LOCATION:San Salvario]] at the end of the month and my landlord "
                "wants a professional end-of-tenancy clean or I lose the deposit. 2 bed, 1 bath, approx 75 sqm. "
                "Do you guys do that and what would it cost?",
            ),
            A(
                "en",
                "Hi! Yes, we do move-out cleans. For 75 m² it's {{PRICE:€280}} including oven and fridge, and we "
                "give you a receipt for the landlord. What's the address and the date?",
            ),
            C(
                "en",
                "[[ADDRESS:Via Giacosa 33]], apt 4, buzzer says [[PERSON:WHITFIELD]]. {{DATE:Friday the 28th}} would be "
                "ideal, the landlord (Mr. [[PERSON:Cerutti]]) is coming for the inspection on {{DATE:Dec 1}} at "
                "{{TIME:10am}}",
            ),
            C(
                "en",
                "Also my italian number doesn't work anymore, you can text my US cell "
                "[[PHONE_NUMBER:(312) 555-0147]] or email [[EMAIL_ADDRESS:mark.whitfield@fastmail.com]]. Thanks, [[PERSON:Mark]]",
            ),
            A(
                "en",
                "Done, booked for {{DATE:Fri 28}}, two people from {{TIME:8:30}}. Please leave the keys with "
                "someone or in the mailbox. – [[PERSON:Gioia]]",
            ),
            C(
                "en",
                "Awesome, thx. I'll leave them with my neighbor [[PERSON:Rich]], 2nd floor, he's British and very nice lol",
            ),
        ),
        start="2025-11-17T16:26:00+00:00",
    ),
    Conversation(
        "pulizie",
        "telegram",
        "Grace Okafor",
        (
            C(
                "en",
                "Good morning sir, this is [[PERSON:Grace]]. Please I want to ask about this week schedule. "
                "Tomorrow the client at [[LOCATION:Moncalieri]] signora [[PERSON:Bruna Ghiglione]] she send me "
                "message she is sick, so I am free from {{TIME:14}}. I can do another house?",
            ),
            A(
                "it",
                "Ciao [[PERSON:Grace]], grazie di avvisare. Sì, vai dalla signora [[PERSON:Perrone]] in "
                "[[ADDRESS:via Nizza 140]], citofono 12, lei ha chiesto un extra per stirare. Ti mando la "
                "posizione. [[PERSON:M.]]",
            ),
            C("en", "ok thank you. please which bus i take from [[LOCATION:Moncalieri]]?"),
            A(
                "it",
                "Il 45 fino a Porta Nuova e poi 2 fermate col 18. Se piove prendi un {{BRAND:Uber}} che te lo rimborso",
            ),
            C("en", "God bless 🙏🏾"),
        ),
    ),
    Conversation(
        "pulizie",
        "instagram",
        "Ludo Pautasso",
        (
            C("it", "ciao! quanto costa una pulizia dopo una festa? tipo domenica mattina 😬"),
            A(
                "it",
                "Ciao! Dipende dai metri e da quanto è... festoso il disastro 😄 In media {{PRICE:25 €/ora}} per "
                "operatrice, minimo 3 ore. Di che zona sei?",
            ),
            C(
                "it",
                "[[LOCATION:Borgo Po]], casa dei miei, tornano lunedì e non devono sapere niente ahahah",
            ),
            A(
                "it",
                "Messaggio ricevuto, siamo discreti 🤐 Mi lasci un numero? Ti chiama [[PERSON:Gioia]] per i dettagli.",
            ),
            C(
                "it",
                "[[PHONE_NUMBER:+39 331 50 48 227]] chiedete di [[PERSON:Ludovica]] non di [[PERSON:Ludo]] se risponde mia sorella 😂",
            ),
        ),
    ),
    # ------------------------------------------------------------------ coworking, Milan
    Conversation(
        "cowork",
        "messenger",
        "Chiara Dell'Acqua",
        (
            C(
                "it",
                "Ciao! Sono una graphic designer freelance, vorrei una postazione fissa da {{DATE:gennaio}}. "
                "Avete ancora posti nella {{PRODUCT:Sala Olivetti}}?",
            ),
            A(
                "it",
                "Ciao! Sì, ci sono due postazioni libere in {{PRODUCT:Sala Olivetti}}, quella con le finestre sul "
                "cortile 😊 Il fisso è {{PRICE:290 €}} + IVA al mese. Per il contratto mi mandi dati di "
                "fatturazione? [[PERSON:Federica]]",
            ),
            C(
                "it",
                "Eccoli:\n"
                "[[PERSON:Chiara Dell'Acqua]]\n"
                "[[ADDRESS:Via Pastrengo 9, 20159 Milano]]\n"
                "P.IVA [[IT_VAT_CODE:10543970635]]\n"
                "CF [[IT_FISCAL_CODE:DLLCHR91S65F205E]]\n"
                "SDI: {{CODE:M5UXCR1}}\n"
                "PEC [[EMAIL_ADDRESS:chiara.dellacqua@pec.it]]\n"
                "(se vi serve per la bacheca dei membri, il portfolio è [[URL:https://www.behance.net/chiaradellacqua]])",
            ),
            A(
                "it",
                "Grazie [[PERSON:Chiara]]! Contratto in arrivo. Ti serve anche la sede legale da noi o solo la "
                "postazione?",
            ),
            C(
                "it",
                "solo postazione. Ah, posso portare il cane? È piccolo, un bassotto che si chiama Ugo",
            ),
            A("it", "Ugo è il benvenuto, abbiamo già un labrador in {{PRODUCT:Sala Turing}} 🐶"),
        ),
        start="2025-12-11T09:47:00+00:00",
    ),
    Conversation(
        "cowork",
        "whatsapp",
        "Richard Baker",
        (
            C(
                "en",
                "Hi [[PERSON:Will]], [[PERSON:Rich Baker]] here from the hot desks. Our client's VPN only lets in whitelisted IPs, "
                "and since the router was swapped I can't connect. Could you tell me the new public IP of the "
                "building so I can pass it on to their IT?",
            ),
            A(
                "en",
                "Hey [[PERSON:Rich]], the router is new but the static IP should be the same. Unless your laptop "
                "jumped onto the guest network. What does whatismyip show you right now?",
            ),
            C("en", "It says [[IP_ADDRESS:151.38.204.17]]. Which I guess is the guest one?"),
            A(
                "en",
                "Yep, that's guest. Connect to {{PRODUCT:Q42-Members}} with the password on the back of your "
                "badge and check again, that's the address their IT should whitelist. Cheers, [[PERSON:Will]]",
            ),
            C(
                "en",
                "Sorted, thanks mate. Their guy, [[PERSON:Dmitri Volkov]], wants a contact for the building's "
                "network in case it changes again, can I give him your email?",
            ),
            A(
                "en",
                "Sure: [[EMAIL_ADDRESS:will.cooke@officina42.it]] – [[PERSON:Will Cooke]], community manager",
            ),
        ),
    ),
    Conversation(
        "cowork",
        "instagram",
        "Siobhán Kavanagh",
        (
            C(
                "en",
                "Hiya! I'm over from [[LOCATION:Galway]] for a few weeks working remote and was wondering do ye "
                "have day passes? And is there a decent coffee machine, I'm grand with anything except instant 😂",
            ),
            A(
                "en",
                "Hi [[PERSON:Siobhán]]! Day pass {{PRICE:€22}}, 10-day bundle {{PRICE:€180}}. Real espresso, a "
                "{{BRAND:La Marzocco}}, promise ☕",
            ),
            C(
                "en",
                "Class. I'll take the 10 days. Can I pay by bank transfer from my Irish account? "
                "[[IBAN_CODE:IE86 AIBK 9311 5238 4716 02]], name [[PERSON:Siobhán Kavanagh]]",
            ),
            A(
                "en",
                "You don't need to send us your IBAN for a transfer 🙂 Ours is on the invoice. Which email "
                "should we send it to?",
            ),
            C(
                "en",
                "Oh whoops. [[EMAIL_ADDRESS:siobhan.kav@gmail.com]] thanks a mil, see ye Monday",
            ),
        ),
    ),
    Conversation(
        "cowork",
        "telegram",
        "Avv. Lorenzo Di Stefano",
        (
            C(
                "it",
                "Egregi Signori,\n\n"
                "con la presente, in riferimento alla prenotazione della {{PRODUCT:Sala Montessori}} per il giorno "
                "{{DATE:12 febbraio 2026}} (rif. {{BOOKING:PR-0871}}), Vi segnalo che la fattura ricevuta riporta "
                "un importo di {{PRICE:€ 180,00}} anziché {{PRICE:€ 150,00}} come da preventivo.\n\n"
                "Vi prego altresì di correggere l'intestazione, che deve essere: Studio Legale [[PERSON:Di Stefano]] "
                "& [[PERSON:Gatti]], [[ADDRESS:Viale Monza 38, 20127 Milano]], P.IVA [[IT_VAT_CODE:IT02918460359]].\n\n"
                "Distinti saluti.\n\n"
                "Avv. [[PERSON:Lorenzo Di Stefano]]\n"
                "Studio Legale [[PERSON:Di Stefano]] & [[PERSON:Gatti]]\n"
                "Tel. [[PHONE_NUMBER:+39 02 8341 2207]]\n"
                "[[EMAIL_ADDRESS:l.distefano@studiodistefanogatti.it]]\n"
                "Le informazioni contenute nella presente comunicazione sono riservate.",
            ),
            A(
                "it",
                "Gentile Avvocato, ha ragione: il preventivo non comprendeva il videoproiettore, addebitato per "
                "errore. Emettiamo nota di credito e nuova fattura con l'intestazione corretta entro domani. "
                "Cordiali saluti, [[PERSON:Federica Gallo]] – Amministrazione Officina Quarantadue",
            ),
            C("it", "Prendo atto. Resto in attesa. [[PERSON:L.D.S.]]"),
        ),
    ),
    Conversation(
        "cowork",
        "whatsapp",
        "Jonas",
        (
            C(
                "en",
                "Hello, I am [[PERSON:Jonas Weber]] from [[LOCATION:Freiburg]]. I make a workshop for 14 persons in "
                "March and I search a room with beamer and whiteboard. Is possible also catering for the lunch? "
                "Vegetarian please, 3 persons are vegan.",
            ),
            A(
                "en",
                "Hi [[PERSON:Jonas]]! {{PRODUCT:Sala Montessori}} seats 16, with projector and whiteboard, "
                "{{PRICE:€320}} full day. For lunch we work with a bistro round the corner, around {{PRICE:€15}} a "
                "head. Which date?",
            ),
            C(
                "en",
                "{{DATE:19. March}}. Can you send me the offer to my colleague please, she makes the booking. [[PERSON:Annika Schäfer]], [[EMAIL_ADDRESS:a.schaefer@lernwerk-freiburg.de]]",
            ),
            A("en", "Offer sent to [[PERSON:Annika]] 👍 [[PERSON:Will]]"),
            C("en", "Super, thank you very much. Vielen Dank!"),
        ),
    ),
    # ------------------------------------------------------------------ olive oil, Puglia
    Conversation(
        "frantoio",
        "messenger",
        "June Moore",
        (
            C(
                "en",
                "Dear Sir or Madam,\n\n"
                "My husband [[PERSON:Gerald]] and I visited your mill in October and bought a tin of the "
                "{{PRODUCT:Nonna Vincenza}} oil, which we have now finished. We should very much like to order "
                "two more tins to be sent to England. Could you kindly tell me whether that is possible and what "
                "the postage would be?\n\n"
                "Yours faithfully,\n[[PERSON:June Moore]] (Mrs)",
            ),
            A(
                "en",
                "Dear Mrs [[PERSON:Moore]], how lovely to hear from you! Yes, we ship to the UK. Two 3-litre tins of "
                "{{PRODUCT:Nonna Vincenza}} are {{PRICE:€78}}, shipping with {{BRAND:DHL}} {{PRICE:€24}}, customs "
                "duty included. May I have your address and phone number for the courier? Warm regards, "
                "[[PERSON:Annalisa]]",
            ),
            C(
                "en",
                "Thank you, [[PERSON:Annalisa]]. The address is:\n"
                "[[ADDRESS:Rose Cottage\n14 Church Lane\nLower Slaughter\nCheltenham GL54 2HS]]\n"
                "Telephone [[PHONE_NUMBER:01451 820 377]]. I am afraid I do not have a mobile.\n"
                "Shall I pay by card over the telephone?",
            ),
            A(
                "en",
                "No need to call, here is a secure payment link: {{LINK:frantoiosantavenere.it/paga/ORD-3391}}. "
                "Order {{ORDER:ORD-3391}}.",
            ),
            C(
                "en",
                "Done. My daughter [[PERSON:Hazel]] helped me with the link. With kind regards, [[PERSON:J. Moore]]",
                after=190,
            ),
            A("en", "Received, thank you! It leaves {{DATE:tomorrow}} 🫒", after=35),
        ),
    ),
    Conversation(
        "frantoio",
        "whatsapp",
        "Giuseppe La Rosa",
        (
            C(
                "it",
                "buongiorno sono [[PERSON:Giuseppe La Rosa]] idraulico di [[LOCATION:Palermo]] ve lo detto a voce "
                "perché sto guidando volevo ordinare sei latte da cinque litri di {{PRODUCT:coratina}} per il "
                "ristorante di mio cognato [[PERSON:Totò]] la fattura però la fate a me alla ditta "
                "[[PERSON:La Rosa Giuseppe]] impianti partita iva [[IT_VAT_CODE:04839200153]] indirizzo "
                "[[ADDRESS:via Sampolo 211 Palermo]] e la consegna invece la fate al ristorante in "
                "[[ADDRESS:via Principe di Belmonte 52]] chiedete di [[PERSON:Totò]] o di sua moglie "
                "[[PERSON:Rosalia]] grazie",
            ),
            A(
                "it",
                "Buongiorno [[PERSON:Giuseppe]]! Sei latte da 5 L di {{PRODUCT:Coratina}} fanno {{PRICE:354 €}}, "
                "spedizione gratuita. Il ristorante è aperto la mattina per ricevere il corriere? [[PERSON:Vito]]",
            ),
            C(
                "it",
                "sì dalle nove c'è il lavapiatti che si chiama [[PERSON:Salvo]] se no chiamate il mio numero "
                "[[PHONE_NUMBER:333 441 0982]] pago col bonifico ditemi l'iban",
            ),
            A(
                "it",
                "IBAN del frantoio e causale sono in fattura ({{ORDER:FT 118/2026}}). Appena vediamo il bonifico "
                "spediamo con {{BRAND:BRT}}.",
            ),
            C("it", "ok {{WORD:perfetto}} ciao"),
        ),
    ),
    Conversation(
        "frantoio",
        "instagram",
        "chelsea.nguyen",
        (
            C(
                "en",
                "hey!! saw your reel with the nonna pressing olives and I'm obsessed 😍 do you ship to "
                "[[LOCATION:Melbourne]]??",
            ),
            A(
                "en",
                "Hi [[PERSON:Chelsea]]! We do, but Australia has strict rules: only sealed tins, max 10 L per "
                "order, and it takes 2-3 weeks. Shipping is {{PRICE:€45}}.",
            ),
            C(
                "en",
                "no worries, I'll grab the {{PRODUCT:Santa Venere Bio}} 3L x2. Send to "
                "[[ADDRESS:Unit 6, 27 Glenhuntly Rd, Elwood VIC 3184]]. mob [[PHONE_NUMBER:0412 556 083]]",
            ),
            A(
                "en",
                "Thanks! Link to pay: {{LINK:frantoiosantavenere.it/paga/ORD-3417}} – [[PERSON:Vito]]",
            ),
            C(
                "en",
                "paid ✅ my IG is [[HANDLE:@chels.eats.melb]] if you want me to tag you when it arrives haha",
            ),
            A("en", "Please do!! 🫒🇦🇺"),
        ),
    ),
    # ------------------------------------------------------------------ concert venue, Bologna
    Conversation(
        "kilowatt",
        "instagram",
        "giuly",
        (
            C(
                "it",
                "ciaoo ma x il concerto dei {{BRAND:Camaleonti Elettrici}} sabato si entra anche se si ha 16 anni?",
            ),
            A(
                "it",
                "Ciao! Sì, dai 14 anni in su si entra, sotto i 16 però serve un adulto accompagnatore",
            ),
            C("it", "ma tipo se l'adulto è mia cugina di 19 anni vale??"),
            A("it", "Vale se è maggiorenne e ha un documento 👍 [[PERSON:Sole]]"),
            C(
                "it",
                "okk top allora vengo con [[PERSON:ele]] e mia cugina [[PERSON:marti]]. ah i biglietti li ha comprati "
                "mio padre col suo account, sono a nome [[PERSON:Franco Bentivoglio]] é un problema?",
            ),
            A("it", "Nessun problema, basta il QR. Buon concerto 🤘"),
            C("it", "graziee sei mitica"),
        ),
    ),
    Conversation(
        "kilowatt",
        "messenger",
        "Florence Dupont",
        (
            C(
                "it",
                "Buongiorno, io sono [[PERSON:Florence]], francese. Io ho comprato due biglietti per la "
                "{{PRODUCT:serata Lucio Dalla Tribute}} ma mio volo è cancellato, io arrivo a [[LOCATION:Bologna]] "
                "solo domenica. È possibile avere il rimborso o cambiare? Scusa mio italiano",
            ),
            A(
                "it",
                "Buongiorno [[PERSON:Florence]], il suo italiano va benissimo! Possiamo spostare i biglietti alla "
                "replica di {{DATE:domenica 8}}, stesso posto. Mi dà il numero d'ordine?",
            ),
            C(
                "it",
                "Sì, è {{ORDER:KW-558213}}. Biglietti per me e mia amica [[PERSON:Lourdes Garnier]]",
            ),
            A(
                "it",
                "Fatto! I nuovi biglietti sono arrivati alla mail dell'ordine, "
                "[[EMAIL_ADDRESS:f.dupont@orange.fr]], giusto?",
            ),
            C("it", "Grazie mille!! Merci beaucoup ❤️"),
        ),
    ),
    Conversation(
        "kilowatt",
        "whatsapp",
        "Jack Brennan",
        (
            C(
                "en",
                "Howya, I bought 4 tickets for {{PRODUCT:The Wicklow Drifters}} on the 14th but the site charged my "
                "card twice. Same amount, {{PRICE:€112}}, two times. Card is the one ending 6680 but the full "
                "number is [[CREDIT_CARD:4132 4124 1578 6680]] if ye need it",
            ),
            A(
                "en",
                "Hi [[PERSON:Jack]], please don't send the full card number here, we never need it 🙏 I can see "
                "both payments: one order {{ORDER:KW-560104}} and one that failed but was not released. The bank "
                "will release it within 5 working days. – [[PERSON:Emanuele]], box office",
            ),
            C("en", "Ah grand, sorry about that. Can I delete the message?"),
            A("en", "Yes, long-press and delete for everyone. We have deleted it on our side."),
            C("en", "Deadly. See ye on the night"),
        ),
    ),
    # ------------------------------------------------------------------ pizzeria, Naples
    Conversation(
        "pizzeria",
        "whatsapp",
        "Gennaro Esposito",
        (
            C(
                "it",
                "Uè [[PERSON:Totò]] buonasera, so' [[PERSON:Gennaro]] d'o [[LOCATION:Vomero]]. Stasera ce mannate doje "
                "{{PRODUCT:margherite}}, na {{PRODUCT:marinara}} e na {{PRODUCT:Totonno}} cu 'a ricotta? E quatto "
                "{{BRAND:Peroni}} fresche",
            ),
            A(
                "it",
                "Buonasera [[PERSON:Gennà]]! Certo. Stesso indirizzo dell'altra volta, [[ADDRESS:via Luca Giordano]]?",
            ),
            C(
                "it",
                "No no stasera simmo addu mia suocera, [[ADDRESS:via Cimarosa 71, scala B, terzo piano]]. Citofono "
                "[[PERSON:Cuomo]]. Si nun risponne nisciuno chiammate a mia mugliera [[PERSON:Carmela]] ô "
                "[[PHONE_NUMBER:338 71 64 259]]",
            ),
            A(
                "it",
                "Segnato. Totale {{PRICE:31,50 €}}, arriva tra 40 minuti con [[PERSON:Kevin]]. Contanti o POS?",
            ),
            C("it", "contanti. e dicitece ô guaglione ca 'o cane nun mozzeca eh 😂"),
            A("it", "Ahahah riferisco! [[PERSON:Ciro]]"),
            C(
                "it",
                "[[PERSON:Totò]] 'a pizza era na bomba comme sempe. Mia suocera ha ditto ca vò 'o nummero vuosto pe "
                "quanno vene 'a nipote ca sta a [[LOCATION:Stoccarda]]",
                after=95,
            ),
            A(
                "it",
                "Grazie a voi! Il numero è lo stesso di questo WhatsApp 😉 Salutateci la signora [[PERSON:Cuomo]].",
            ),
        ),
        start="2026-02-20T19:04:00+00:00",
    ),
    Conversation(
        "pizzeria",
        "instagram",
        "hannah.k.travels",
        (
            C(
                "it",
                "Ciao!! Io sono americana, mi scusi il mio italiano 🙈 vorrei ordinare pizza senza glutine per "
                "stasera? Is that a thing you do?",
            ),
            A(
                "en",
                "Hi! Yes, we have a gluten-free base, made in a separate area, {{PRICE:+€3}}. What would you like?",
            ),
            C(
                "en",
                "amazing!! 1 gluten free {{PRODUCT:margherita}}, 1 regular {{PRODUCT:diavola}} for my husband "
                "[[PERSON:Kyle]] and 2 {{PRODUCT:frittatine}} (??? our host [[PERSON:Salvatore]] said we HAVE to try "
                "them lol)",
            ),
            A("en", "Good choice 😄 Where should we deliver?"),
            C(
                "en",
                "we're at an airbnb, [[ADDRESS:Via dei Tribunali 203]], 2nd floor, the door with the blue ribbon. "
                "[[PERSON:Salvatore]]'s number is on the door: [[PHONE_NUMBER:+39 081 552 1437]]... wait thats the "
                "host not us. ours is [[PHONE_NUMBER:+1 917-555-0133]] but idk if it works here",
            ),
            A(
                "en",
                "No worries, the rider will call you on WhatsApp. {{PRICE:€24.50}} total, about 35 min. Grazie! "
                "– [[PERSON:Assunta]]",
            ),
            C("en", "Grazie mille!!! 🍕🍕 you're the best. [[PERSON:Hannah]] & [[PERSON:Kyle]] 💛"),
        ),
        start="2026-02-22T18:40:00+00:00",
    ),
    Conversation(
        "pizzeria",
        "messenger",
        "Francesco Bello",
        (
            C(
                "it",
                "Buongiorno, sono [[PERSON:Francesco Bello]], geometra. {{DATE:Venerdì 23}} festeggiamo i 20 anni "
                "dello studio e vorrei ordinare per le {{TIME:13}}:\n"
                "- 15 {{PRODUCT:margherite}} a portafoglio\n"
                "- 10 {{PRODUCT:marinare}}\n"
                "- 3 vassoi di {{PRODUCT:montanarine}}\n"
                "- 2 casse d'acqua\n"
                "Siamo in [[ADDRESS:via Medina 40, 80133 Napoli]], quarto piano. Serve fattura.",
            ),
            A(
                "it",
                "Buongiorno geometra! Tutto fattibile. Per la fattura mi manda ragione sociale, P.IVA e codice SDI "
                "o PEC? [[PERSON:Totonno]]",
            ),
            C(
                "it",
                "Geotecnica Partenopea srl, P.IVA [[IT_VAT_CODE:09261830716]], SDI {{CODE:KRRH6B9}}. Se invece vi "
                "serve intestata a me personalmente il CF è [[IT_FISCAL_CODE:BLLFNC83T22H501B]], ma meglio alla "
                "società. Il giorno della consegna chiedete della mia segretaria, [[PERSON:Annamaria Vitale]], "
                "[[PHONE_NUMBER:081 551 30 92]]",
            ),
            A(
                "it",
                "{{WORD:Perfetto}}. Totale {{PRICE:178 €}} IVA inclusa, il rider arriva alle {{TIME:12:45}}. Il "
                "proforma glielo mando qui o via mail?",
            ),
            C(
                "it",
                "Mail: [[EMAIL_ADDRESS:f.bello@geotecnicapartenopea.it]]. Grazie, cordialità.\n"
                "Geom. [[PERSON:F. Bello]]",
            ),
        ),
        start="2026-01-14T08:20:00+00:00",
    ),
    Conversation(
        "pizzeria",
        "messenger",
        "Sofia Ferrari",
        (
            C(
                "it",
                "SONO LE {{TIME:21:40}} E LA PIZZA ORDINATA ALLE {{TIME:20:15}} NON È ANCORA ARRIVATA. ORDINE "
                "{{ORDER:#4471}}. HO DUE BAMBINI AFFAMATI",
            ),
            A(
                "it",
                "Signora [[PERSON:Ferrari]], ci scusi tantissimo. Il rider ha forato in tangenziale, ne è partito "
                "un altro ora con le pizze rifatte da capo. 10 minuti. Le bibite non gliele facciamo pagare. "
                "[[PERSON:Ciro]]",
            ),
            C("it", "10 minuti come i 30 di prima?"),
            C(
                "it",
                "> ne è partito un altro ora con le pizze rifatte da capo. 10 minuti\n"
                "sono passati 25 minuti. [[PERSON:sofia ferrari]], [[ADDRESS:via Caravaggio 115]], citofono "
                "[[PERSON:Ferrari]]-[[PERSON:Iovine]]. Se non arriva entro le {{TIME:22:30}} annullo",
                after=13,
            ),
            A(
                "it",
                "È sotto casa sua adesso, [[PERSON:Kevin]] sta citofonando. Mi dispiace davvero, la prossima "
                "{{PRODUCT:margherita}} ve la offriamo noi.",
            ),
            C("it", "arrivata. calda almeno. grazie"),
        ),
        start="2026-02-26T20:40:00+00:00",
    ),
    Conversation(
        "pizzeria",
        "telegram",
        "Callum",
        (
            C(
                "en",
                "alright mate, erasmus student here at {{BRAND:Federico II}}, doing a group order for our flat tonight, 6 "
                "of us. do you take {{BRAND:Revolut}}?",
            ),
            A("en", "Hi! Yes, card on delivery or Revolut. What would you like?"),
            C(
                "en",
                "sound. so:\n"
                "3x {{PRODUCT:margherita}}\n"
                "1x {{PRODUCT:diavola}} no chilli (for [[PERSON:Sofia]], she's from [[LOCATION:Plovdiv]] and cant "
                "handle spice 😂)\n"
                "1x {{PRODUCT:capricciosa}}\n"
                "1x {{PRODUCT:4 formaggi}}\n"
                "and a 1.5L {{BRAND:Coca-Cola}}",
            ),
            A("en", "Got it, {{PRICE:€41}}. Address?"),
            C(
                "en",
                "[[ADDRESS:Vico Lungo Gelso 18]], 3rd floor, buzzer says [[PERSON:ESPOSITO]] cause the landlady "
                "never changed it lol. my number [[PHONE_NUMBER:+44 7700 900418]]",
            ),
            A("en", "Perfect, 40 min. Buzzer [[PERSON:Esposito]], third floor 👍"),
            C(
                "en",
                "cheers. oh and can u put a candle on one? its [[PERSON:Matteo]]'s birthday. name for the order is [[PERSON:callum smith]] btw",
            ),
            A("en", "We'll bring a candle 🎂 Tanti auguri a [[PERSON:Matteo]]! – [[PERSON:Ciro]]"),
        ),
    ),
    Conversation(
        "pizzeria",
        "whatsapp",
        "Brodie",
        (
            C(
                "en",
                "G'day, we're at the hostel on [[ADDRESS:Piazza Bellini 74]], is it too late to order? it's like "
                "{{TIME:11.45}} lol",
            ),
            A("en", "Hi! Kitchen closes at {{TIME:midnight}}, so you've got 15 minutes 😄"),
            C(
                "en",
                "legends. 4 {{PRODUCT:marinara}}, 2 {{PRODUCT:margherita}}. name's [[PERSON:Brodie]], room 12. my "
                "mate [[PERSON:Lachlan Hughes]] will come down to grab it, he's the tall one in the "
                "{{BRAND:Rabbitohs}} jersey",
            ),
            A(
                "en",
                "Ok [[PERSON:Brodie]], {{PRICE:€38}}. Number in case the rider can't find you?",
            ),
            C(
                "en",
                "[[PHONE_NUMBER:0423 198 640]] but thats australian. or [[PERSON:Lachie]]'s insta "
                "[[HANDLE:@lachie_hughes]] haha he's always on it",
            ),
            A("en", "We'll call the hostel reception if needed 🙂 On its way in 20. [[PERSON:T.]]"),
        ),
        start="2026-03-02T22:44:00+00:00",
    ),
    # ------------------------------------------------------------------ olive oil, part two
    Conversation(
        "frantoio",
        "messenger",
        "Bill Cook",
        (
            C(
                "en",
                "Hello, my order {{ORDER:ORD-3290}} arrived today in [[LOCATION:Portland]] and one of the two tins "
                "is dented and leaked all over the box. The {{BRAND:UPS}} guy made me sign before I could open it. "
                "Tracking {{TRACKING:1Z 4R8 E71 03 5512 9384}}. Pretty disappointed honestly, it was a birthday "
                "gift for my wife [[PERSON:Peggy]].",
            ),
            A(
                "en",
                "Dear Mr [[PERSON:Cook]], I'm so sorry! Could you send a photo of the tin and the box? We'll send "
                "a new tin or refund you, as you prefer. [[PERSON:Annalisa]]",
            ),
            C(
                "en",
                "Here you go. A refund would be easiest, I paid with my Amex, the number is "
                "[[CREDIT_CARD:3773 426799 16149]]",
            ),
            A(
                "en",
                "Thank you, Mr [[PERSON:Cook]]. Please don't send card numbers here: the refund goes back "
                "automatically to the card used for the order. {{PRICE:€39}} refunded today, it takes 5-10 days "
                "to show up.",
            ),
            C(
                "en",
                "OK, good to know. Could you send the confirmation to [[EMAIL_ADDRESS:bill DOT cook AT comcast DOT net]] "
                "please, I don't check the one on the order. Thanks for the quick reply. [[PERSON:Bill]]",
            ),
            A(
                "en",
                "Done (refund ref. {{ORDER:RF-0193}}), sent to your Comcast address. Happy birthday to "
                "[[PERSON:Peggy]]! 🫒",
            ),
        ),
    ),
    Conversation(
        "frantoio",
        "whatsapp",
        "Fortunato Porta",
        (
            C(
                "it",
                "Salutamu! Sugnu [[PERSON:Fortunato Porta]] di [[LOCATION:Acireale]], haiu na putia di prodotti "
                "tipici e vulissi pruvari u vostru ogghiu. Mandatemi u listino, amunì",
            ),
            A(
                "it",
                "Buongiorno signor [[PERSON:Porta]]! Con piacere. Per i rivenditori: {{PRODUCT:Peranzana}} "
                "{{PRICE:9,80 €/L}}, {{PRODUCT:Coratina}} {{PRICE:10,50 €/L}}, {{PRODUCT:Nonna Vincenza}} "
                "{{PRICE:13 €/L}}, minimo 60 litri. [[PERSON:Vito]]",
            ),
            C(
                "it",
                "Mizzica, u {{PRODUCT:Nonna Vincenza}} costa comu l'oru 😄 Vabbè, 30 litri di {{PRODUCT:Coratina}} e "
                "30 di {{PRODUCT:Peranzana}}. A fattura a nomu miu, ditta individuale",
            ),
            C(
                "it",
                "cf [[IT_FISCAL_CODE:PRTFTN62A30C351Y]] p iva [[IT_VAT_CODE:01726350489]] "
                "[[ADDRESS:via Vittorio Emanuele 88 Acireale]]. U picciottu ca scarica si chiama [[PERSON:Alfio]]",
            ),
            A(
                "it",
                "{{WORD:Perfetto}}, ordine {{ORDER:ORD-3455}}. Spediamo su bancale, arriva in 3 giorni lavorativi.",
            ),
            C("it", "Grazie assai. Si è bonu, n'autru ordini a Natali"),
        ),
    ),
    Conversation(
        "frantoio",
        "messenger",
        "Niamh Gallagher",
        (
            C(
                "en",
                "Hi, got this from An Post, is it a scam or do I actually have to pay this??\n\n"
                "Inoltrato: / Forwarded message\n"
                "From: An Post <{{CONTACT:notifications@anpost-ie-delivery.com}}>\n"
                "To: [[EMAIL_ADDRESS:niamh.gallagher@eircom.net]]\n"
                "Subject: Customs charge on your item {{TRACKING:CY184736290IT}}\n\n"
                "Dear [[PERSON:Niamh Gallagher]],\n"
                "Your item from ITALY addressed to [[ADDRESS:12 Cloughleigh Road, Ennis, Co. Clare V95 K7P3]] is "
                "held pending a customs charge of {{PRICE:€2.99}}. Pay within 48 hours at "
                "{{LINK:anpost-ie-delivery.com/pay}} or the item will be returned to sender.",
            ),
            A(
                "en",
                "Hi [[PERSON:Niamh]], that's a scam, don't pay! There's no customs between Italy and Ireland. Your "
                "parcel is with {{BRAND:GLS}}, tracking {{TRACKING:51 8833 2047}}, due {{DATE:Thursday}}. "
                "[[PERSON:Vito]]",
            ),
            C("en", "Phew. Thought so. My mam [[PERSON:Bríd]] nearly paid one of those last week"),
            A(
                "en",
                "Tell her to be careful! 🫒 If GLS can't find the house they'll ring the number on the order.",
            ),
            C(
                "en",
                "Will do. Oh wait, that's my old number on the order, the new one is "
                "[[PHONE_NUMBER:+353 87 219 4460]]. Thanks a million",
            ),
        ),
    ),
    Conversation(
        "frantoio",
        "messenger",
        "Priya Raghunathan",
        (
            C(
                "en",
                "Hi, I'm [[PERSON:Priya Raghunathan]], office manager at a small architecture practice in "
                "[[LOCATION:Shoreditch]]. We'd like 30 gift boxes (oil + taralli) for clients before Christmas, "
                "with a card inside each. Is a discount possible for that quantity?",
            ),
            A(
                "en",
                "Hello [[PERSON:Priya]]! For 30 {{PRODUCT:Regalo Masseria}} boxes: {{PRICE:€34}} each instead of "
                "{{PRICE:€39}}, handwritten cards included. Shipping to [[LOCATION:London]] on one pallet {{PRICE:€120}}.",
            ),
            C(
                "en",
                "Lovely. Delivery to the office: [[ADDRESS:Unit 3, 41 Rivington Street, London EC2A 3QQ]]. "
                "Contact on the day: our receptionist [[PERSON:Joyce]], [[PHONE_NUMBER:020 7946 0318]]. Invoice to "
                "me please, [[EMAIL_ADDRESS:priya.r@hollisfenn.co.uk]]",
            ),
            A("en", "Great. Would you rather pay by card link or bank transfer?"),
            C(
                "en",
                "Transfer. If anything goes wrong with the delivery, refunds to our account please: "
                '[[IBAN_CODE:GB12 BARC 2031 5847 2910 35]]. The cards should say "Happy holidays from all at '
                '{{BRAND:Hollis Fenn}}"',
            ),
            A(
                "en",
                "Noted! The boxes leave on {{DATE:10 December}}, tracking to follow. Thank you, "
                "[[PERSON:Annalisa]] & the Masseria team",
            ),
        ),
        start="2025-11-20T10:07:00+00:00",
    ),
    Conversation(
        "frantoio",
        "whatsapp",
        "Nicolò De Luca",
        (
            C(
                "it",
                "Ciao! Vorrei regalare a mia nonna la latta da 3 litri di {{PRODUCT:Nonna Vincenza}}, le è piaciuta "
                "tantissimo quella che le ho portato io a Pasqua. Si può aggiungere un biglietto?",
            ),
            A(
                "it",
                "Ciao! Certo, scrivici il testo e lo mettiamo nel pacco scritto a mano. Indirizzo di consegna?",
            ),
            C(
                "it",
                'Il biglietto: "Alla nonna più brava del mondo, buon compleanno! [[PERSON:Nico]] e [[PERSON:Marta]]"\n\n'
                "Indirizzo:\n"
                "[[PERSON:Gioconda Menchetti]] c/o [[PERSON:De Luca]]\n"
                "[[ADDRESS:località Cerreto 5\nfrazione Montecchio\n52044 Cortona (AR)]]\n\n"
                "il corriere di solito si perde, se serve chiamate mio zio [[PERSON:Bruno]] al "
                "[[PHONE_NUMBER:0575 61 82 93]]",
            ),
            A(
                "it",
                "Che bel pensiero ❤️ Ordine {{ORDER:ORD-3468}}: {{PRICE:42 €}} + spedizione {{PRICE:7,90 €}}. Il "
                "link per pagare te lo mando qui sotto. [[PERSON:Annalisa]]",
            ),
            C(
                "it",
                "pagato! la mail per la conferma è [[EMAIL_ADDRESS:nico.deluca [at] icloud [dot] com]]",
            ),
            A(
                "it",
                "{{WORD:Spedito}}! Tracking {{TRACKING:0672 1190 4453}} con {{BRAND:BRT}}, consegna prevista "
                "{{DATE:venerdì}}. Auguri alla nonna [[PERSON:Gioconda]] 🎂",
                after=1100,
            ),
            C("it", "grazie mille, siete stati gentilissimi"),
        ),
        start="2026-05-12T15:14:00+00:00",
    ),
    # ------------------------------------------------------------------ concert venue, part two
    Conversation(
        "kilowatt",
        "whatsapp",
        "Loredana Cavazza",
        (
            C(
                "it",
                "Buonasera, scrivo per mio figlio [[PERSON:Samuele]], ha 19 anni ed è in carrozzina. Vorrebbe "
                "venire al concerto dei {{BRAND:Nebbia Padana}} del {{DATE:21 marzo}} con il suo amico "
                "[[PERSON:Jacopo Serra]] che gli fa da accompagnatore. Come funziona per i biglietti? Grazie, "
                "[[PERSON:Loredana Cavazza]]",
            ),
            A(
                "it",
                "Buonasera signora [[PERSON:Loredana]], abbiamo una pedana riservata con 6 posti: il biglietto di "
                "[[PERSON:Samuele]] è ridotto ({{PRICE:18 €}}) e quello dell'accompagnatore è gratuito. Serve una "
                "copia del verbale di invalidità da mandare a {{CONTACT:accessibilita@kilowattlive.it}}. "
                "[[PERSON:Sole]]",
            ),
            C(
                "it",
                "Mandato ora dalla mia mail, [[EMAIL_ADDRESS:lory.cavazza(at)libero.it]]. Il parcheggio per "
                "disabili c'è? Veniamo da [[LOCATION:Budrio]] in macchina",
            ),
            A(
                "it",
                "Ricevuto tutto ✅ Biglietti emessi a nome di [[PERSON:Samuele Porta]] e [[PERSON:Jacopo Serra]], "
                "ordine {{ORDER:KW-561877}}. Ci sono 4 posti riservati nel cortile interno, si entra dal cancello "
                "grigio.",
            ),
            C("it", "Grazie davvero, è il suo gruppo preferito, non sta più nella pelle ❤️"),
        ),
        start="2026-03-03T19:21:00+00:00",
    ),
    Conversation(
        "kilowatt",
        "instagram",
        "majo.ortega",
        (
            C(
                "en",
                "Hello! I try to buy tickets for {{PRODUCT:The Wicklow Drifters}} with student discount but your "
                'web say "too many attempts from your IP" and block me 😩',
            ),
            A(
                "en",
                "Hi! Sorry about that, the anti-bot system is a bit aggressive on sale days. Could you send me the "
                "IP shown on the error page? I'll ask our provider to unlock it. [[PERSON:Emanuele]]",
            ),
            C(
                "en",
                "It say: [[IP_ADDRESS:2a01:e11:1403:5b90::2f]]. I live in a student residence in "
                "[[ADDRESS:via Filippo Re 6]]... maybe all the students have the same IP? 😅",
            ),
            A(
                "en",
                "Probably yes 😄 Unlocked. Try again, and for the discount upload your student card at checkout.",
            ),
            C(
                "en",
                "It works!! 2 tickets, me and my friend [[PERSON:Inés]]. Order {{ORDER:KW-561330}}. Thank you very "
                "much, you save my night 🙏",
            ),
            A("en", "Enjoy the gig, [[PERSON:María José]]!"),
        ),
        start="2026-02-20T21:28:00+00:00",
    ),
    Conversation(
        "kilowatt",
        "instagram",
        "elliemarchetti.photo",
        (
            C(
                "en",
                "Hi, I'm [[PERSON:Ellie Marchetti]], a music photographer based between [[LOCATION:London]] and "
                "[[LOCATION:Bologna]]. Would love to shoot {{BRAND:Nebbia Padana}} on the 21st for "
                "{{BRAND:Rockit}}. Portfolio: [[URL:ellie-marchetti.format.com]], IG [[HANDLE:@elliemarchetti.photo]]",
            ),
            A(
                "en",
                "Hi [[PERSON:Ellie]]! Photo passes go through the band's management: [[PERSON:Dario Pellegrini]], "
                "[[EMAIL_ADDRESS:dario.p@nebbiamgmt.it]]. Tell him [[PERSON:Noemi]] from the box office sent you 😉",
            ),
            C(
                "en",
                "Brilliant, cheers [[PERSON:Noemi]]. I'll drop him a line. First three songs, no flash, as usual?",
            ),
            A(
                "en",
                "Yes, first three, no flash, pit access from the left side. If he confirms, you'll be on the list "
                "at the door: bring ID.",
            ),
            C("en", "Perfect 📸 x"),
        ),
    ),
    Conversation(
        "kilowatt",
        "whatsapp",
        "Dakota Russo",
        (
            C(
                "en",
                "Hey! I was at the {{PRODUCT:Wicklow Drifters}} show on Saturday and I think I left my jacket by the "
                "merch table. Black denim, has a pin that says {{BRAND:Bill & Ted}} on the collar 😅 Any chance "
                "someone found it?",
            ),
            A(
                "en",
                "Hi! Yes, we have a black denim jacket with a pin in lost & found 😄 Can you tell me what's in the "
                "pockets, just to be sure?",
            ),
            C(
                "en",
                "lol a receipt from {{BRAND:Coop}} and probably a hair tie. also my student card from the "
                "{{BRAND:Johns Hopkins}} campus here",
            ),
            A(
                "en",
                "That's yours 🙌 The box office is open {{DATE:Tue–Sat}} from {{TIME:4 to 8 pm}}. Bring an ID.",
            ),
            C(
                "en",
                "ugh I'm in [[LOCATION:Florence]] till Thursday for a conference 😩 could my roommate pick it up? "
                "I'm [[PERSON:Dakota Russo]], she's [[PERSON:Meghan O'Leary]]. her number is "
                "[[PHONE_NUMBER:312.555.0198]]",
            ),
            A(
                "en",
                "Sure, [[PERSON:Meghan]] just needs to show a photo of your ID and this chat. – [[PERSON:Noemi]]",
            ),
        ),
    ),
    # ------------------------------------------------------------------ coworking, part two
    Conversation(
        "cowork",
        "whatsapp",
        "Mario Fumagalli Impianti",
        (
            C(
                "it",
                "buongiorno sono [[PERSON:Mario Fumagalli]] l'elettricista mi manda il vostro amministratore "
                "dottor [[PERSON:Bassi]] per il quadro elettrico che salta allora io domani posso passare verso le "
                "otto e mezza però mi serve qualcuno che mi apra perché alle otto e mezza voi non ci siete mi ha "
                "detto il dottore ah e mi serve anche sapere dove parcheggio il furgone",
            ),
            A(
                "it",
                "Buongiorno signor [[PERSON:Fumagalli]], domani alle {{TIME:8:30}} le apre [[PERSON:Federica]]. Il "
                "furgone può lasciarlo nel cortile, c'è il passo carraio sul retro.",
            ),
            C(
                "it",
                "va bene allora domani alle otto e mezza chiedo di [[PERSON:Federica]] ah senta un'altra cosa la "
                "fattura la faccio a voi o al condominio perché il dottore non me l'ha detto",
            ),
            A("it", "Al condominio, i dati glieli dà il dott. [[PERSON:Bassi]]. Grazie!"),
            C(
                "it",
                "sono qua fuori al cancello non risponde nessuno al citofono mi chiamate al "
                "[[PHONE_NUMBER:339/4417226]]",
                after=1460,
            ),
            A(
                "it",
                "Mi scusi! [[PERSON:Federica]] è bloccata sul tram, scendo io ad aprirle. [[PERSON:Will]]",
            ),
        ),
        start="2026-03-23T06:49:00+00:00",
    ),
    Conversation(
        "cowork",
        "telegram",
        "Tomasz Kowalczyk",
        (
            C(
                "en",
                "Hi [[PERSON:Federica]], small question. A package for me is arriving with {{BRAND:BRT}} this week, "
                "tracking {{TRACKING:0581 2764 0098 2211}}. Can reception sign for it? I am in "
                "[[LOCATION:Kraków]] until Monday.",
            ),
            A(
                "en",
                "Hi [[PERSON:Tomasz]], sure, we'll keep it in the mail room. Is it addressed to you at the coworking?",
            ),
            C(
                "en",
                "Hmm I think I wrote my old address by mistake 🤦 [[ADDRESS:via Thaon di Revel 21, int. 7]]. Can I "
                "change it?",
            ),
            A(
                "en",
                "You'll have to change it with BRT: on their site, with the tracking number, you can redirect it "
                "to us. Write it like this:\n"
                "[[PERSON:Tomasz Kowalczyk]]\n"
                "c/o Officina Quarantadue Coworking\n"
                "and then our address as on the website.",
            ),
            C(
                "en",
                "> on their site, with the tracking number, you can redirect it\n"
                "Done! New delivery {{DATE:Thursday}}. Thank you, you are the best. [[PERSON:T.K.]]",
            ),
        ),
    ),
    Conversation(
        "cowork",
        "messenger",
        "Giorgia Sciarra",
        (
            C(
                "it",
                "Ciao! Sono [[PERSON:Giorgia Sciarra]], sono appena rientrata da [[LOCATION:London]] dopo 6 anni e "
                "sto cercando un posto dove lavorare. Faccio UX research, tante call con clienti UK, quindi mi "
                "serve una phone booth o comunque un posto quiet. Avete qualcosa del genere?",
            ),
            A(
                "it",
                "Ciao [[PERSON:Giorgia]], welcome back! 😄 Abbiamo 4 phone booth insonorizzate, prenotabili "
                "dall'app a slot di 30 minuti, incluse nel piano {{PRODUCT:Flex 10}} ({{PRICE:190 €/mese}}).",
            ),
            C(
                "it",
                "Sounds good. Posso venire a vederle domani? Tipo verso le 11? Intanto vi lascio il mio LinkedIn così "
                "vedete chi sono: [[URL:linkedin.com/in/giorgia-sciarra-ux]]",
            ),
            A(
                "it",
                "Certo, domani alle {{TIME:11}} ti faccio fare il giro io. Chiedi di [[PERSON:Federica]] all'ingresso 🙂",
            ),
            C(
                "it",
                "Perfect, see you tomorrow! Ah, il mio numero se serve: [[PHONE_NUMBER:+44 7911 123 456]] (ho ancora "
                "la SIM inglese lol)",
            ),
        ),
    ),
    # ------------------------------------------------------------------ home cleaning, part two
    Conversation(
        "pulizie",
        "whatsapp",
        "Aurora Armani",
        (
            C(
                "it",
                "Buongiorno, ho visto la vostra offerta per la pulizia di fondo dopo i lavori. Ho appena finito di "
                "ristrutturare un bilocale a [[LOCATION:Rivoli]] e c'è polvere ovunque. Quanto verrebbe?",
            ),
            A(
                "it",
                "Buongiorno! Per un bilocale post-cantiere {{PRICE:390 €}}, due operatrici per una giornata, con "
                "le macchine {{BRAND:Kärcher}} per i residui di cemento. Per bloccare la data chiediamo un acconto "
                "di {{PRICE:100 €}}.",
            ),
            C(
                "it",
                "Va bene. Indirizzo [[ADDRESS:via Fratelli Piol 17, scala A]], l'acconto lo pago con la carta? "
                "[[CREDIT_CARD:5352-6018-1590-8304]] intestata a [[PERSON:Aurora Armani]]",
            ),
            A(
                "it",
                "Grazie signora [[PERSON:Armani]], però per sicurezza non scriva i dati della carta in chat: le "
                "mando un link di pagamento {{BRAND:Stripe}}. Le consiglio di cancellare il messaggio. "
                "[[PERSON:Gioia]]",
            ),
            C(
                "it",
                "Ah ok scusi, cancellato. Il link mandatelo anche a mio marito [[PERSON:Claudio]] che paga lui 😅 "
                "[[EMAIL_ADDRESS:claudio.rinaudo@outlook.it]]",
            ),
            A("it", "Inviato! Ci vediamo {{DATE:lunedì 9}} alle {{TIME:8}}."),
        ),
        start="2026-03-02T09:10:00+00:00",
    ),
    Conversation(
        "pulizie",
        "whatsapp",
        "Mariana",
        (
            C(
                "it",
                "Buongiorno, mi chiamo [[PERSON:Mariana Costa]], sono brasiliana, vivo a [[LOCATION:Collegno]] da 3 "
                "anni. Ho visto annuncio che cercate signora per pulizie. Ho esperienza di 5 anni in hotel a "
                "[[LOCATION:Florianópolis]] e qui a [[LOCATION:Torino]] in una impresa di pulizia uffici",
            ),
            A(
                "it",
                "Buongiorno [[PERSON:Mariana]]! Sì, cerchiamo una persona per 25 ore a settimana. Può mandarci il "
                "CV e un recapito? [[PERSON:Mirko]]",
            ),
            C(
                "it",
                "Mando CV in pdf. Il mio numero è [[PHONE_NUMBER:+39 320 118 4573]]. Codice fiscale "
                "[[IT_FISCAL_CODE:CSTMRN94H57Z602X]], permesso di soggiorno lungo periodo. Ho la macchina.",
            ),
            A(
                "it",
                "Grazie! La chiamiamo domani per un colloquio con la nostra responsabile, "
                "[[PERSON:Svetlana Moroz]].",
            ),
            C("it", "Obrigada! cioè, grazie 😊"),
            A(
                "it",
                "Ciao [[PERSON:Mariana]], colloquio {{DATE:giovedì}} alle {{TIME:15}} in ufficio, "
                "[[PERSON:Svetlana]] ti aspetta. Porta un documento.",
                after=1150,
            ),
        ),
    ),
    # ------------------------------------------------------------------ physiotherapy, part two
    Conversation(
        "fisio",
        "messenger",
        "Stuart McAllister",
        (
            C(
                "en",
                "Hiya. Had physio with [[PERSON:Alessio]] last week for my knee (rugby, don't ask). I paid twice by "
                "mistake, once at the desk by card and then again by bank transfer because your email said "
                '"payment pending". Could I get one of them back? Ta, [[PERSON:Stuart McAllister]]',
            ),
            A(
                "en",
                "Hi [[PERSON:Stuart]], you're right, we received {{PRICE:€60}} twice for invoice "
                "{{ORDER:2026/0031}}. We'll refund the transfer: which IBAN should we use?",
            ),
            C(
                "en",
                "[[IBAN_CODE:IT19S0306904011100000012743]], it's my Italian account, name "
                "[[PERSON:Stuart J. McAllister]]. And a wee question, [[PERSON:Alessio]] said to do the exercises "
                "from an app, what was it called again?",
            ),
            A(
                "en",
                "Refund sent ✅ The app is {{PRODUCT:PhysiApp}}, [[PERSON:Alessio]] will send you the invite by "
                "email. Is it still [[EMAIL_ADDRESS:stu.mcallister@gmail.com]]?",
            ),
            C("en", "Aye that's the one. Cheers!"),
        ),
    ),
)


_MARKUP = re.compile(
    r"\[\[(?P<entity>[A-Z_]+):(?P<value>.+?)\]\]|\{\{(?P<kind>[A-Z_]+):(?P<keep>.+?)\}\}",
    re.DOTALL,
)
_START = datetime(2026, 1, 7, 8, 30, tzinfo=UTC)


def strip_markup(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Plain text, its entity spans and its keep spans (offsets in the plain text)."""
    pieces: list[str] = []
    entities: list[dict[str, object]] = []
    keep: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in _MARKUP.finditer(marked):
        before = marked[position : match.start()]
        pieces.append(before)
        length += len(before)
        if match.group("entity"):
            kind, value, target = match.group("entity"), match.group("value"), entities
            if kind not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {kind!r}")
        else:
            kind, value, target = match.group("kind"), match.group("keep"), keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        pieces.append(value)
        length += len(value)
        position = match.end()
    pieces.append(marked[position:])
    text = "".join(pieces)
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return text, entities, keep


def _gap_minutes(text: str, role: str) -> int:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return (1 + digest[0] % 14) if role == "customer" else (2 + digest[0] % 22)


def records() -> list[dict[str, object]]:
    """The labelled messages, in order."""
    out: list[dict[str, object]] = []
    for c_index, conversation in enumerate(CONVERSATIONS, start=1):
        page_id, page_name = BUSINESSES[conversation.business]
        customer_id = f"hw5-user-{c_index:02d}"
        if conversation.start:
            when = datetime.fromisoformat(conversation.start).astimezone(UTC)
        else:
            when = _START + timedelta(
                days=2 * c_index, hours=(5 * c_index) % 11, minutes=(7 * c_index) % 60
            )
        for m_index, (role, language, marked, after) in enumerate(conversation.messages, start=1):
            text, entities, keep = strip_markup(marked)
            if m_index > 1:
                when += timedelta(minutes=after or _gap_minutes(text, role))
            customer = role == "customer"
            message = {
                "message_id": f"hw5-m-{c_index:02d}-{m_index:02d}",
                "conversation_id": f"hw5-c-{c_index:02d}",
                "platform": conversation.platform,
                "page_id": page_id,
                "sender_id": customer_id if customer else page_id,
                "sender_name": conversation.customer if customer else page_name,
                "sender_role": role,
                "recipient_id": page_id if customer else customer_id,
                "created_time": when.isoformat(),
                "text": text,
            }
            out.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return out


def render() -> str:
    """The whole JSONL file, as text."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else OUTPUT
    target.write_text(render(), encoding="utf-8")
    rows = records()
    print(f"wrote {len(rows)} messages in {len(CONVERSATIONS)} conversations to {target.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
