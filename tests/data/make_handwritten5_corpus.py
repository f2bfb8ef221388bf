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
``privacy.evaluate.load_dataset``. Ids and timestamps are derived from the position of each
conversation and message (and a hash of the text), so every run writes the same bytes.

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

Line = tuple[str, str, str]  # (sender role, language, text with markup)


def C(language: str, text: str) -> Line:
    """A customer's message."""
    return ("customer", language, text)


def A(language: str, text: str) -> Line:
    """A message of the business's agents."""
    return ("agent", language, text)


@dataclass(frozen=True)
class Conversation:
    business: str
    platform: str
    customer: str  # the customer's display name on the platform
    messages: tuple[Line, ...]


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
                "vicina che gentilmente mi accompagna in macchina, deve andare dal dottore a [[LOCATION:Bitonto]].\n\n"
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
                "[[ADDRESS:Via Giacosa 33]], apt 4, buzzer says [[PERSON:WHITFIELD]]. {{DATE:Friday the 30th}} would be "
                "ideal, the landlord (Mr. [[PERSON:Cerutti]]) is coming for the inspection on {{DATE:Dec 1}} at "
                "{{TIME:10am}}",
            ),
            C(
                "en",
                "Also my italian number doesn't work anymore, you can text my US cell "
                "[[PHONE_NUMBER:(312) 555-0147]] or email [[EMAIL_ADDRESS:mark.whitfield@fastmail.com]]",
            ),
            A(
                "en",
                "Done, booked for {{DATE:Fri 30}}, two people from {{TIME:8:30}}. Please leave the keys with "
                "someone or in the mailbox. – [[PERSON:Gioia]]",
            ),
            C(
                "en",
                "Awesome, thx. I'll leave them with my neighbor [[PERSON:Rich]], 2nd floor, he's British and very nice lol",
            ),
        ),
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
                "Ciao! Sì, ci sono due postazioni libere in {{PRODUCT:Sala Olivetti}}, quella con le finestre su "
                "via Borsieri 😊 Il fisso è {{PRICE:290 €}} + IVA al mese. Per il contratto mi mandi dati di "
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
    ),
    Conversation(
        "cowork",
        "whatsapp",
        "Richard Baker",
        (
            C(
                "en",
                "Hi [[PERSON:Will]], [[PERSON:Rich]] here from the hot desks. Our client's VPN only lets in whitelisted IPs, "
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
            ),
            A("en", "Received, thank you! It leaves {{DATE:tomorrow}} 🫒"),
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
    return (2 if role == "customer" else 4) + digest[0] % 37


def records() -> list[dict[str, object]]:
    """The labelled messages, in order."""
    out: list[dict[str, object]] = []
    for c_index, conversation in enumerate(CONVERSATIONS, start=1):
        page_id, page_name = BUSINESSES[conversation.business]
        customer_id = f"hw5-user-{c_index:02d}"
        when = _START + timedelta(
            days=2 * c_index, hours=(5 * c_index) % 11, minutes=(7 * c_index) % 60
        )
        for m_index, (role, language, marked) in enumerate(conversation.messages, start=1):
            text, entities, keep = strip_markup(marked)
            if m_index > 1:
                when += timedelta(minutes=_gap_minutes(text, role))
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
