# ruff: noqa: E501  (the messages are literal data: one string per message)
"""Hand-written blind test corpus no. 11 for convmon's anonymiser.

Every conversation below was written blind, by hand, by one author: no templates, no Faker, no
look at the engine (``privacy/``) nor at any other corpus. All people, addresses, numbers and
accounts are invented; identifiers that carry a check digit (IBAN, codice fiscale, partita IVA,
card numbers) were computed once with python-stdnum / Luhn and pasted here as literal text.

The businesses are invented too (their Page names are in ``BUSINESS_NAMES``): a wedding planner
on Lake Garda, an orthodontics practice in Monza (parents write for their children), a reseller
of second-hand designer bags, a Sardinian cheese and cured-meat web shop shipping abroad, a
piano tuner and restorer, and a funeral home with its own marble works.

Markup inside the message texts:

- ``[[TYPE:value]]`` marks personal data (an entity); TYPE is an entity type of
  ``privacy.types.ENTITY_TYPES`` or one of the short forms in ``ENTITY_ALIASES``.
- ``{{TYPE:value}}`` marks a look-alike that must survive (a keep span): ORDER, TRACKING, PRICE,
  DATE, TIME, PRODUCT, BRAND, CODE, WORD (short forms in ``KEEP_ALIASES``).

The script strips the markup, computes the offsets and writes one JSON line per message; message
ids and timestamps are derived from the position of the conversation and the message, so the
output is byte-identical on every run. Regenerate with::

    .venv/bin/python tests/data/make_handwritten11_corpus.py
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUTPUT = Path(__file__).with_name("handwritten11_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "nozze": "Marangoni Wedding Planner",
    "orto": "Studio Ortodontico Pasquali",
    "borse": "Borse Ritrovate Vintage",
    "nule": "Pecorino di Nule",
    "piano": "Accordature Maestro Ligas",
    "lapidi": "Onoranze Funebri Benvenuti",
}
PAGE_IDS: dict[str, str] = {
    "nozze": "hw11-page-nozze",
    "orto": "hw11-page-orto",
    "borse": "hw11-page-borse",
    "nule": "hw11-page-nule",
    "piano": "hw11-page-piano",
    "lapidi": "hw11-page-lapidi",
}

ENTITY_ALIASES: dict[str, str] = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "CC": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "VAT": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "URL": "URL",
    "H": "HANDLE",
    "L": "LOCATION",
    "A": "ADDRESS",
}
KEEP_ALIASES: dict[str, str] = {
    "O": "ORDER",
    "TR": "TRACKING",
    "PR": "PRICE",
    "D": "DATE",
    "TM": "TIME",
    "PROD": "PRODUCT",
    "B": "BRAND",
    "CODE": "CODE",
    "W": "WORD",
}
ENTITY_TYPES_ALLOWED = frozenset(ENTITY_ALIASES.values())
KEEP_TYPES_ALLOWED = frozenset(KEEP_ALIASES.values())

_MARKUP = re.compile(
    r"\[\[(?P<etype>[A-Z_]+):(?P<evalue>.+?)\]\]|\{\{(?P<ktype>[A-Z_]+):(?P<kvalue>.+?)\}\}",
    re.DOTALL,
)

# ---------------------------------------------------------------------------------------------
# The conversations: (sender role, language, text). "c" = customer, "a" = the business's agent.
# ---------------------------------------------------------------------------------------------
CONVERSATIONS: list[dict[str, object]] = [
    # 1 -- wedding planner, a British couple, Instagram
    {
        "business": "nozze",
        "platform": "instagram",
        "customer": "Hannah Whitfield",
        "agent": "Giulia Marangoni",
        "messages": [
            (
                "c",
                "en",
                "Hi there! We're getting married next September and we've fallen in love with Lake Garda 😍 Do you still have availability for {{D:19 September 2027}}?",
            ),
            (
                "a",
                "en",
                "Hello and congratulations!! Yes, {{D:19/09/2027}} is still free for us. Can I ask your names and roughly how many guests? I'm [[P:Giulia]], by the way 🙂",
            ),
            (
                "c",
                "en",
                "Lovely! I'm [[P:Hannah]] and my fiancé is [[P:Rich]] ([[P:Richard Okafor]] if you need it formally lol). About 70 guests, mostly flying in from [[L:Leeds]] and [[L:Lagos]].",
            ),
            (
                "c",
                "en",
                "My mum [[P:June]] will probably message you too, she's very excited and very organised, apologies in advance 😂",
            ),
            (
                "a",
                "en",
                "Ha, mums are the best allies! Could you send me an email so I can share the brochure and the price list? Villas start from {{PR:€9,500}} for the venue only.",
            ),
            (
                "c",
                "en",
                "Of course: [[E:hannah.whitfield88@gmail.com]]. And [[P:Rich]]'s is [[E:r.okafor@okaforlegal.co.uk]] if you want to cc him. Our number is [[T:+44 7700 914 362]] (WhatsApp works best)",
            ),
            (
                "a",
                "en",
                "Perfect, brochure sent! Speak soon,\n[[P:Giulia]] & [[P:Bea]]\n{{B:Marangoni Wedding Planner}}",
            ),
            (
                "c",
                "en",
                "Quick question [[P:Giulia]]: my best man [[P:Seun]] needs an invitation letter for his Schengen visa. Can you do that? Name as on his passport: [[P:Oluwaseun Babatunde Adeyemi]], address [[A:12 Admiralty Way, Lekki Phase 1, Lagos]]",
            ),
            (
                "a",
                "en",
                "Yes of course, I'll prepare it on our letterhead today and email it to you. I just need the dates he arrives and leaves.",
            ),
            ("c", "en", "{{D:16}} to {{D:23 September}}. You're a star ⭐"),
        ],
    },
    # 2 -- wedding planner, the mother of the bride writes a long e-mail into Messenger
    {
        "business": "nozze",
        "platform": "messenger",
        "customer": "June Whitfield",
        "agent": "Giulia Marangoni",
        "messages": [
            (
                "c",
                "en",
                "Dear [[P:Giulia]],\n\nI hope you don't mind me writing here, my daughter [[P:Hannah]] gave me your details. I am the mother of the bride and I have a few questions about the accommodation for the older guests, in particular my mother-in-law, Mrs [[P:Dorothy Whitfield]], who is 91 and uses a wheelchair.\n\n1) Is the villa accessible?\n2) Is there a doctor nearby in case of need?\n3) Can she stay in the same hotel as my sister [[P:Grace]] and her husband [[P:Bill Cook]]?\n\nThank you ever so much,\n[[P:June Whitfield]]\n[[A:14 Ashgrove Road, Headingley, Leeds LS6 3BN]]\n[[T:0113 496 0721]]",
            ),
            (
                "a",
                "en",
                "Dear Mrs [[P:Whitfield]], thank you for your kind message! 1) Yes, the ground floor of {{PROD:Villa dei Cedri}} is fully step-free, with an accessible bathroom. 2) There is a medical practice in the village, {{TM:5 minutes}} away, and the hospital is in Peschiera. 3) Absolutely, we'll book them rooms next to each other. Warm regards, [[P:Giulia]]",
            ),
            (
                "c",
                "en",
                "Wonderful. One more thing: [[P:Dorothy]]'s carer, [[P:Precious Ndlovu]], will travel with her. Could you add her to the list? Her mobile is [[T:07911 283 554]] in case the driver needs her.",
            ),
            ("a", "en", "Done ✅ [[P:Precious]] is on the guest list and on the transfer sheet."),
            ("c", "en", "Thank you dear. Kind regards to you and [[P:Beatrice]]."),
        ],
    },
    # 3 -- wedding planner, Italian couple, WhatsApp, a busy groom dictating while driving
    {
        "business": "nozze",
        "platform": "whatsapp",
        "customer": "Mirko Bonazzi",
        "agent": "Beatrice Tosoni",
        "messages": [
            (
                "c",
                "it",
                "buongiorno sono [[P:Mirko Bonazzi]] lo sposo di [[P:Serena]] quella del 12 giugno a [[L:Lazise]] volevo dire che il fiorista non ci ha ancora mandato il preventivo e mia suocera continua a chiamarmi ogni mezzora",
            ),
            (
                "c",
                "it",
                "scusi sto guidando sto dettando col telefono comunque il numero di mia suocera e [[T:347 221 8930]] si chiama [[P:Rosa Fabbri]] se la chiamate voi magari si calma",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Mirko]]! Tranquillo, ci penso io 😊 Sollecito il fiorista oggi stesso e chiamo la signora [[P:Fabbri]] nel pomeriggio. [[P:Bea]]",
            ),
            (
                "c",
                "it",
                "grazie mille sei un angelo ah e poi il testimone [[P:Fortunato]] chiede se può portare il cane alla cerimonia un bassotto si chiama Pippo",
            ),
            (
                "a",
                "it",
                "Ahah per Pippo chiedo alla villa, di solito i cani sono ammessi in giardino 🐶 Ti faccio sapere entro {{D:venerdì}}!",
            ),
            ("c", "it", "{{W:Perfetto}}"),
        ],
    },
    # 4 -- wedding planner, American couple, deposit by bank transfer
    {
        "business": "nozze",
        "platform": "messenger",
        "customer": "Jack Moore",
        "agent": "Giulia Marangoni",
        "messages": [
            (
                "c",
                "en",
                "Hey [[P:Giulia]], [[P:Jack]] here ([[P:Maddie]]'s fiancé). We signed the contract! How do we pay the deposit? Wire from our Chase account ok?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Jack]]! Wonderful news. Yes, an international wire is fine. The deposit is {{PR:30%}}, i.e. {{PR:€8,250}}. Our bank details are on the contract, page 4. Please put the reference {{CODE:MWP-2027-031}} in the description.",
            ),
            (
                "c",
                "en",
                "Got it. Sending from my dad's account actually, [[P:William Moore]], he insisted. Hope that's not a problem. He lives at [[A:2218 Larkspur Lane, Boulder, CO 80304]] if you need it for the receipt.",
            ),
            (
                "c",
                "en",
                "Also [[P:Maddie]] wants to know if her maid of honor [[P:Chelsea]] can call you, she's in charge of the bachelorette. Her cell: [[T:(720) 555-0148]]",
            ),
            (
                "a",
                "en",
                "No problem at all, I'll make the receipt out to Mr. [[P:Moore]] Sr. And sure, [[P:Chelsea]] can call me anytime on WhatsApp. Give [[P:Madison]] a hug from me!",
            ),
            ("c", "en", "Wire sent 👍 confirmation no. {{CODE:FT2706114482}}"),
        ],
    },
    # 5 -- wedding planner, Irish bride, Instagram, personalised favours
    {
        "business": "nozze",
        "platform": "instagram",
        "customer": "Aoife Brennan",
        "agent": "Beatrice Tosoni",
        "messages": [
            (
                "c",
                "en",
                'hiya! it\'s [[P:Aoife]] ([[H:@aoife.b.weds]]) 👋 quick one about the favours. we want the little olive oil bottles with a tag saying "[[P:Aoife]] & [[P:Cillian]] – [[L:Bardolino]] – {{D:04.06.27}}"',
            ),
            (
                "a",
                "en",
                "Hi [[P:Aoife]]! Gorgeous idea. Just to be sure of the spelling: [[P:Cillian]] with a C, two L's? And do you want the full surname on the back, [[P:Ó Dónaill]]?",
            ),
            (
                "c",
                "en",
                'yep C-I-L-L-I-A-N 🙏 and no surname, my granny [[P:Nóirín]] would have a fit if we put only his name and not mine haha. Actually put "[[P:Brennan]] & [[P:Ó Dónaill]]" on the back',
            ),
            (
                "a",
                "en",
                'Ha! Noted: front "[[P:Aoife]] & [[P:Cillian]]", back "[[P:Brennan]] & [[P:Ó Dónaill]]". 120 pieces, {{PR:€3.20}} each. Where should I send the proof? Still [[E:aoife.brennan@eircom.net]]?',
            ),
            (
                "c",
                "en",
                "no thats my old one, use [[E:aoifebrennan.design@gmail.com]] pls. grand, thanks a million!!",
            ),
        ],
    },
    # 6 -- wedding planner, Italian bride, lots of guests, list of table names
    {
        "business": "nozze",
        "platform": "whatsapp",
        "customer": "Gioia Dell'Acqua",
        "agent": "Giulia Marangoni",
        "messages": [
            ("c", "it", "Ciao [[P:Giulia]], ti giro la lista dei tavoli aggiornata (finalmente!!)"),
            (
                "c",
                "it",
                "TAVOLO 1 – sposi\nTAVOLO 2 – zia [[P:Marisa]], zio [[P:Franco Porta]], [[P:Ines]], [[P:Ludovico]]\nTAVOLO 3 – [[P:Sofia Gatto]], [[P:Matteo Bello]], [[P:Lourdes Aguilar]] + 1\nTAVOLO 4 – colleghi di [[P:Dario]] (6 persone, nomi domani)\nTAVOLO 5 – nonna [[P:Teresa]] e la badante [[P:Oksana]]",
            ),
            (
                "a",
                "it",
                "Grazie [[P:Gioia]]! Una domanda: il +1 di [[P:Lourdes]] ha un nome? Serve per il segnaposto 🙂",
            ),
            (
                "c",
                "it",
                "si si è il fidanzato, [[P:Hugo Lefèvre]], francese. Ah e al tavolo 2 [[P:Ines]] è celiaca, è la figlia della [[P:Marisa]]",
            ),
            (
                "a",
                "it",
                "Segnato tutto! Menù senza glutine per [[P:Ines]]. Ci vediamo {{D:giovedì}} alle {{TM:17:30}} per la prova trucco in villa, ok?",
            ),
            ("c", "it", "Ok! Porto anche mia sorella [[P:Bianca]], la testimone. A giovedì 💕"),
        ],
    },
    # 7 -- wedding planner, a supplier (photographer) writing with P.IVA for invoice
    {
        "business": "nozze",
        "platform": "messenger",
        "customer": "Samuele Castagna",
        "agent": "Giulia Marangoni",
        "messages": [
            (
                "c",
                "it",
                "Buonasera, sono [[P:Samuele Castagna]], videomaker. Mi ha passato il contatto [[P:Debora]] del catering. Lavoro spesso sul lago tra [[L:Sirmione]] e [[L:Garda]], se vi serve qualcuno per la stagione 2027 ci sono!",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Samuele]], grazie! Mi mandi il portfolio? Se lavoriamo insieme ci servono i dati per la fatturazione.",
            ),
            (
                "c",
                "it",
                "Certo: portfolio su [[URL:https://vimeo.com/samuelecastagnafilms]] e IG [[H:@castagna.films]]\nDati:\n[[P:Samuele Castagna]] – {{B:Castagna Films}}\nP.IVA [[VAT:03352570372]]\n[[A:via Bassanello 9/a, 37019 Peschiera del Garda (VR)]]\nPEC [[E:castagnafilms@pec.it]]",
            ),
            (
                "a",
                "it",
                "Ricevuto, bellissimi lavori! Ti scrivo appena ho la prima data. [[P:Giulia M.]]",
            ),
        ],
    },
    # 8 -- orthodontics, a father books for his son, WhatsApp
    {
        "business": "orto",
        "platform": "whatsapp",
        "customer": "Alberto Fumagalli",
        "agent": "Loredana Crippa",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, scrivo per mio figlio [[P:Tommaso]], 14 anni. Il dentista di famiglia, il dott. [[P:Riva]] di [[L:Arcore]], ci ha consigliato una visita ortodontica perché ha un morso aperto. Avete posto a novembre?",
            ),
            (
                "a",
                "it",
                "Buongiorno! Sì, la Dott.ssa [[P:Pasquali]] ha disponibilità {{D:martedì 18}} alle {{TM:16:40}} oppure {{D:giovedì 20}} alle {{TM:15:00}}. Mi lascia nome e cognome del ragazzo e un recapito? [[P:Loredana]], segreteria",
            ),
            (
                "c",
                "it",
                "Martedì va benissimo, esce da scuola alle 16. [[P:Tommaso Fumagalli]], nato il 2/9/2012. Io sono il papà, [[P:Alberto]], cell [[T:338.604.1127]]. Per la fattura vi serve il codice fiscale? È [[CF:FMGTMS12P02F704G]]",
            ),
            (
                "a",
                "it",
                "Perfetto, grazie. Fissato martedì {{D:18/11}} ore {{TM:16:40}}. Porti per favore l'ortopantomografia se ce l'ha già.",
            ),
            (
                "c",
                "it",
                "Ce l'abbiamo, la porta mia moglie [[P:Daniela]] che lo accompagna. Grazie",
            ),
        ],
    },
    # 9 -- orthodontics, a mother, anxious, long messages, Messenger
    {
        "business": "orto",
        "platform": "messenger",
        "customer": "Raffaella Sangalli",
        "agent": "Elena Pasquali",
        "messages": [
            (
                "c",
                "it",
                "Salve dottoressa, sono la mamma di [[P:Sole Marchetti]] (12 anni). Da due giorni si è staccato un attacchino dell'apparecchio in basso a sinistra e le fa male la guancia. Non è un'emergenza vero? Siamo in montagna a [[L:Valtournenche]] fino a domenica...",
            ),
            (
                "a",
                "it",
                "Buongiorno signora [[P:Sangalli]], non si preoccupi: non è un'emergenza. Metta un po' di cera ortodontica sull'attacco che si muove. Rientrati, chiami in studio e la fissiamo. Se le fa molto male può tagliare il filo con un tronchesino pulito. Dott.ssa [[P:Elena Pasquali]]",
            ),
            (
                "c",
                "it",
                "Grazie mille!! La cera ce l'ha, gliel'aveva data la sua assistente, [[P:Mara]] mi sembra. Ah un'altra cosa: il papà di [[P:Sole]] ([[P:Gabriele Marchetti]]) vorrebbe ricevere lui le fatture da ora in poi, la sua mail è [[E:gabriele.marchetti@studiomarchettiassociati.it]]",
            ),
            ("a", "it", "Nessun problema, aggiorno la scheda. Buone vacanze a [[P:Sole]]! 🏔️"),
        ],
    },
    # 10 -- orthodontics, teenager patient writes herself, Instagram, slang
    {
        "business": "orto",
        "platform": "instagram",
        "customer": "Ginevra Colombo",
        "agent": "Loredana Crippa",
        "messages": [
            (
                "c",
                "it",
                "ciao scusate sn [[P:ginevra colombo]] ho l appuntamento domani alle {{TM:17}} ma ho verifica di mate il giorno dopo posso spostarlo??",
            ),
            ("c", "it", "cioè nn è che nn voglio venire eh 😭 però raga"),
            (
                "a",
                "it",
                "Ciao [[P:Ginevra]]! 😄 Possiamo spostarti a {{D:lunedì 24}} alle {{TM:16:20}}. Però devo avvisare anche la mamma, ci scrive lei o la chiamo io al solito numero?",
            ),
            (
                "c",
                "it",
                "chiamala tu pls tanto risponde sempre al [[T:3402117765]] 🙏 dille che è x la verifica così non si arrabbia",
            ),
            (
                "a",
                "it",
                "Fatto, la mamma dice ok 👍 ci vediamo lunedì! Staff {{B:Studio Pasquali}}",
            ),
            (
                "c",
                "it",
                "grazie sei la migliore 🫶 ah e ditelo anche a [[P:giada]] la mia amica che viene da voi che il suo appuntamento è dopo il mio",
            ),
        ],
    },
    # 11 -- orthodontics, English-speaking expat mother, insurance, non-native English mixed
    {
        "business": "orto",
        "platform": "messenger",
        "customer": "Priya Raman",
        "agent": "Loredana Crippa",
        "messages": [
            (
                "c",
                "en",
                "Good morning, I am [[P:Priya Raman]], mother of [[P:Aarav]] and [[P:Kavya Raman]]. We moved to [[L:Vimercate]] last month for my husband's work. Both children were in treatment in [[L:Bangalore]]. Can doctor continue the treatment? We have all the records and photos.",
            ),
            (
                "a",
                "en",
                "Good morning Mrs [[P:Raman]], of course. Please bring all the records to the first visit. The first consultation is {{PR:€90}} each. Do you have a private insurance?",
            ),
            (
                "c",
                "en",
                "Yes, through husband's company, policy {{CODE:AX-IT-5530918}}. Policy holder is [[P:Venkatesh Raman]]. Insurance email is weird, they want invoice sent to [[E:claims dot italy at globalcarehealth dot com]] - is ok for you?",
            ),
            (
                "a",
                "en",
                "Yes, that's fine. Can we book both children on {{D:Wednesday 3rd December}} at {{TM:3 pm}} and {{TM:3:45 pm}}?",
            ),
            (
                "c",
                "en",
                "Perfect thank you. Our address for registration: [[A:Via Cavour 61, scala B, int. 5, 20871 Vimercate MB]]. Mobile [[T:+39 351 772 0419]].",
            ),
            (
                "a",
                "en",
                "All registered. See you on 3rd December! [[P:Loredana]] – {{B:Studio Ortodontico Pasquali}}",
            ),
        ],
    },
    # 12 -- orthodontics, a grandfather pays, bank transfer dispute, formal
    {
        "business": "orto",
        "platform": "whatsapp",
        "customer": "Ernesto Galli",
        "agent": "Loredana Crippa",
        "messages": [
            (
                "c",
                "it",
                "Gentile segreteria,\nsono [[P:Ernesto Galli]], nonno di [[P:Matilde Ferri]]. Ho effettuato in data {{D:3 ottobre}} un bonifico di {{PR:€ 650,00}} per la seconda rata dell'apparecchio di mia nipote, ma mi è arrivato un sollecito. Allego gli estremi:\n\nOrdinante: [[P:Ernesto Galli]]\nIBAN ordinante: [[IBAN:IT38O0101504800322198598481]]\nCRO: {{CODE:0015048023941176}}\nCausale: rata 2/4 [[P:Matilde Ferri]]\n\nDistinti saluti.",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:Galli]], mi scuso per il disagio. Ho verificato: il bonifico è arrivato ma era stato abbinato per errore a un'altra paziente con lo stesso cognome. Annulliamo il sollecito. [[P:Loredana]]",
            ),
            ("c", "it", "La ringrazio. Capita. Mi saluti la dottoressa."),
        ],
    },
    # 13 -- orthodontics, parent pays by card over chat (the agent refuses), and adult patient
    {
        "business": "orto",
        "platform": "messenger",
        "customer": "Luca D'Amico",
        "agent": "Loredana Crippa",
        "messages": [
            (
                "c",
                "it",
                "Salve posso pagare la visita di controllo di mio figlio [[P:Edoardo]] con la carta? vi do i numeri qui così non devo passare",
            ),
            ("c", "it", "[[CC:4539 4233 8923 4986]] scad 08/28 intestata a [[P:Luca D'Amico]]"),
            (
                "a",
                "it",
                "Buongiorno signor [[P:D'Amico]], per la sua sicurezza non possiamo accettare pagamenti con i dati della carta in chat: le consiglio di cancellare il messaggio. Le mando invece un link di pagamento via SMS al numero che abbiamo in scheda, va bene?",
            ),
            (
                "c",
                "it",
                "ah ok scusate non ci avevo pensato. Sì il numero è sempre [[T:0039 349 8812 046]]",
            ),
            ("a", "it", "Inviato ✅ Importo {{PR:€60}}, ordine {{O:SOP-24-1187}}. Grazie!"),
            (
                "c",
                "it",
                '> Le mando invece un link di pagamento via SMS\n\nmi è arrivato ma quando lo apro dice "link scaduto" 😕',
            ),
            (
                "a",
                "it",
                "Scusi, l'avevo generato con la scadenza sbagliata. Gliel'ho rimandato adesso, vale 24 ore. [[P:Loredana]]",
            ),
        ],
    },
    # 14 -- second-hand designer bags, Neapolitan customer with dialect, WhatsApp
    {
        "business": "borse",
        "platform": "whatsapp",
        "customer": "Carmela Esposito",
        "agent": "Valentina Rho",
        "messages": [
            (
                "c",
                "it",
                "Buonasera a voi. Aggio visto 'a borsa {{B:Chanel}} {{PROD:Timeless medium}} nera ncopp a Instagram, chella a {{PR:4.200 euro}}. Sta ancora? Nun m'a vennite a n'ata, eh!",
            ),
            (
                "a",
                "it",
                "Buonasera signora! 😊 Sì, la {{PROD:Timeless}} è ancora disponibile. Gliela tengo da parte 48 ore. Mi dice nome e cognome?",
            ),
            (
                "c",
                "it",
                "[[P:Carmela Esposito]]. È nu regalo pe' me stessa, pe' 'e sessantasette anne. Mio figlio [[P:Gennaro]] dice ca so' pazza 😂 ma 'e sorde so' 'e mie",
            ),
            (
                "a",
                "it",
                "Ha ragione lei! 💃 Per la fattura mi serve il codice fiscale e l'indirizzo di spedizione.",
            ),
            (
                "c",
                "it",
                "[[CF:spscml58c54f839c]]\n[[A:Via Salvator Rosa 212, 80136 Napoli]]\nal citofono c'è scritto [[P:Esposito-Capuano]], 'o cugnome 'e maritemo bonanima",
            ),
            (
                "a",
                "it",
                "Grazie signora [[P:Carmela]]. Le mando il link per il pagamento. Spedizione assicurata con {{B:BRT}}, arriva in 2 giorni. [[P:Vale]] 🌸",
            ),
            ("c", "it", "Grazie a te bella guagliona. Quann'arriva te mann' 'na foto"),
        ],
    },
    # 15 -- second-hand designer bags, ANGRY customer in caps, Instagram
    {
        "business": "borse",
        "platform": "instagram",
        "customer": "Manuela Pace",
        "agent": "Nicolò Sartori",
        "messages": [
            (
                "c",
                "it",
                "BUONGIORNO. HO RICEVUTO LA {{B:FENDI}} {{PROD:BAGUETTE}} ORDINE {{O:BR-10442}} E LA CUCITURA SUL MANICO È STORTA!!! NELLA FOTO NON SI VEDEVA. VOGLIO I SOLDI INDIETRO SUBITO",
            ),
            (
                "c",
                "it",
                "E NON RISPONDETEMI CON I MESSAGGI AUTOMATICI. SONO [[P:MANUELA PACE]] E VI HO GIÀ SCRITTO ANCHE SU FACEBOOK",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Manuela]], sono [[P:Nicolò]] e le rispondo di persona, nessun messaggio automatico. Mi dispiace davvero. Può mandarmi una foto della cucitura? Se il difetto c'è, il reso è gratuito e il rimborso di {{PR:€1.150}} parte il giorno stesso in cui riceviamo la borsa.",
            ),
            ("c", "it", "ECCO LA FOTO. VEDETE??"),
            (
                "a",
                "it",
                "Vedo, ha ragione, ci era sfuggito. Le mando l'etichetta di reso per {{B:Poste}}: la borsa si ritira a domicilio. Confermi l'indirizzo [[A:viale Monza 147, 20125 Milano]]?",
            ),
            ("c", "it", "si. ok. grazie. scusa per il maiuscolo, ero furiosa"),
        ],
    },
    # 16 -- second-hand designer bags, tourist writing bad Italian, Instagram
    {
        "business": "borse",
        "platform": "instagram",
        "customer": "Kerstin Albrecht",
        "agent": "Valentina Rho",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno! Io sono [[P:Kerstin]], turista di [[L:Stoccarda]]. Io vedere vostra borsa {{B:Bottega Veneta}} verde in vetrina ieri sera, negozio chiuso. Oggi aperto? Io partire domani mattina 😬",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Kerstin]]! Sì oggi siamo aperti {{TM:10-19}}. Se preferisci in English it's fine too 🙂 The green one is the {{PROD:Jodie}}, {{PR:€1,380}}.",
            ),
            (
                "c",
                "en",
                "Oh thank god, my Italian is very terrible hahaha. I come at 4 pm with my friend [[P:Mareike]]. Can you keep it? My number [[T:+49 171 4482 903]]",
            ),
            ("a", "en", "Of course, I'll keep it for you until 5 pm. See you later! [[P:Vale]]"),
            ("c", "it", "Grazie mille!! Tu sei molto gentile. A dopo 👋"),
        ],
    },
    # 17 -- second-hand designer bags, a woman sells her mother's bags, names on engraved tags
    {
        "business": "borse",
        "platform": "messenger",
        "customer": "Bianca Dell'Orto",
        "agent": "Nicolò Sartori",
        "messages": [
            (
                "c",
                "it",
                'Buongiorno, vorrei vendere in conto vendita alcune borse di mia madre, [[P:Luisa Armani]] (nessuna parentela, purtroppo 😅). Sono: una {{B:Hermès}} {{PROD:Kelly 32}} del 1998, una {{B:Prada}} in nylon e due {{B:Ferragamo}} anni \'80. Una ha le iniziali "[[P:L.A.]]" impresse in oro.',
            ),
            (
                "a",
                "it",
                "Buongiorno signora, che bella collezione! Le iniziali non sono un problema, anzi, molti le cercano. Possiamo fare la valutazione in negozio o con foto. Come si chiama lei?",
            ),
            (
                "c",
                "it",
                "[[P:Bianca Dell'Orto]]. Vengo con le foto. Per il mandato vi servono i miei dati immagino: CF [[CF:DLLBNC90A70F205U]], residente in [[A:via Privata Bordighera 6, 20142 Milano]]. IBAN per il pagamento: [[IBAN:IT52Q0306909606800293652599]]",
            ),
            (
                "a",
                "it",
                "Perfetto, grazie [[P:Bianca]]. Preparo il mandato. La {{PROD:Kelly}} la pubblichiamo a {{PR:€7.900}}, la nostra commissione è il {{PR:25%}}. [[P:Nico]]",
            ),
            (
                "c",
                "it",
                "Ok. Ah, la {{B:Prada}} ha dentro un biglietto di mia nonna, [[P:Adelina]], lo tolgo prima di portarla.",
            ),
        ],
    },
    # 18 -- second-hand designer bags, teenage boy buying a gift, no capitals, slang, Instagram
    {
        "business": "borse",
        "platform": "instagram",
        "customer": "Kevin Russo",
        "agent": "Valentina Rho",
        "messages": [
            (
                "c",
                "it",
                "bella raga la {{B:gucci}} {{PROD:marmont}} piccola rosa c'è ancora? è x la mia tipa compie 18 anni",
            ),
            ("a", "it", "Ciao! 😊 Sì c'è ancora, {{PR:€690}}. Vuoi che ti metta un biglietto?"),
            (
                "c",
                "it",
                'si dai scrivi tipo "buon compleanno [[P:asia]] ti amo, [[P:kev]]" cringe lo so 😂',
            ),
            (
                "c",
                "it",
                "spedite a casa sua?? la sorpresa. [[A:via dei Gelsi 3, frazione Santa Maria di Sala, 30036 Santa Maria di Sala VE]] cognome [[P:martin]] al citofono",
            ),
            (
                "a",
                "it",
                "Tenerissimo, altro che cringe! 💕 Spediamo {{D:venerdì}}, arriva sabato. Il pagamento lo fai con {{B:PayPal}}? mandami la tua mail",
            ),
            (
                "c",
                "it",
                "[[E:kevinrusso2007 chiocciola libero punto it]] oppure scrivimi qui [[H:@kev_russo07]]",
            ),
        ],
    },
    # 19 -- second-hand designer bags, authentication question from a US buyer, shipping abroad
    {
        "business": "borse",
        "platform": "messenger",
        "customer": "Hope Castellano",
        "agent": "Nicolò Sartori",
        "messages": [
            (
                "c",
                "en",
                "Hi! Do you ship to the US? I'm looking at the {{B:Louis Vuitton}} {{PROD:Speedy 25}} Damier listed at {{PR:€820}}. Does it come with an authentication certificate?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Hope]]! Yes, we ship worldwide with {{B:DHL}} Express, {{PR:€45}} to the US. Every bag is checked by our authenticator and comes with a certificate. Customs duties are paid by the buyer though.",
            ),
            (
                "c",
                "en",
                "Great. Ship to: [[P:Hope Castellano]], [[A:88 Bleecker St, Apt 4F, New York, NY 10012]]. Phone for the courier [[T:+1 917-555-0163]]. I'll pay by card on the website.",
            ),
            (
                "a",
                "en",
                "All set, order {{O:BR-10517}} confirmed. Tracking: {{TR:1Z 4W8 Y33 04 5519 2086}}",
            ),
            (
                "c",
                "en",
                "Received!!! It's perfect. Posted it and tagged you, my account is [[URL:instagram.com/hopecastellano.nyc]] 🥰",
            ),
            (
                "c",
                "en",
                "Also my friend [[P:Ruby Tanaka]] wants the {{B:Celine}} {{PROD:Triomphe}} you posted yesterday, can I give her your page? She's [[H:@rubyt.nyc]] on here",
            ),
            ("a", "en", "Sure, tell her to DM us! 💕 And thank you [[P:Hope]]"),
        ],
    },
    # 20 -- second-hand designer bags, pedantic customer, full signature block, e-mail pasted
    {
        "business": "borse",
        "platform": "messenger",
        "customer": "Ottavio Bertolini",
        "agent": "Valentina Rho",
        "messages": [
            (
                "c",
                "it",
                "Spett.le {{B:Borse Ritrovate Vintage}},\n\ncon riferimento all'ordine n. {{O:BR-10388}} del {{D:14/10/2025}} (borsa {{B:Valentino}} {{PROD:Rockstud}}, acquistata per mia moglie), segnalo che la fattura riporta una partita IVA errata. La corretta è [[VAT:08219510925]]: in fattura le ultime due cifre risultano invertite.\n\nCordiali saluti\n\n--\nDott. [[P:Ottavio Bertolini]]\nCommercialista – Revisore legale\n[[A:Via Roma 45, 09124 Cagliari]]\nTel. [[T:070 487 2215]] | Cell. [[T:+39 328 119 0487]]\n[[E:o.bertolini@studiobertolini.eu]]\nQuesta e-mail e gli allegati sono riservati.",
            ),
            (
                "a",
                "it",
                "Gentile Dott. [[P:Bertolini]], ha ragione, ci scusiamo per l'errore di battitura. Le rimandiamo la fattura corretta oggi stesso all'indirizzo in firma. Cordiali saluti, [[P:Valentina Rho]]",
            ),
            ("c", "it", "Ricevuta. Corretta. Grazie."),
        ],
    },
    # 21 -- Sardinian cheese web shop, Australian customer, Messenger
    {
        "business": "nule",
        "platform": "messenger",
        "customer": "Lachlan Pinna",
        "agent": "Gavino Salis",
        "messages": [
            (
                "c",
                "en",
                "G'day from [[L:Fremantle]]! My nonno was from [[L:Nule]] and I reckon your pecorino is the closest thing to what he used to make. Do you ship to Australia? Mate, I'd pay anything",
            ),
            (
                "a",
                "en",
                "Ciao [[P:Lachlan]]! What a lovely message, thank you. Unfortunately Australian biosecurity rules don't allow us to send raw milk cheese. We can send the {{PROD:Pecorino Sardo DOP stagionato}}, which is made with thermised milk. What was your nonno's name? Maybe someone here remembers the family! [[P:Gavino]]",
            ),
            (
                "c",
                "en",
                "No worries, the DOP one's bonza. Nonno was [[P:Giommaria Pinna]], left in 1956, his brother [[P:Tore]] stayed. Half the town is called [[P:Pinna]] apparently lol",
            ),
            (
                "a",
                "en",
                "Ahah true, half the town! My aunt [[P:Mariangela]] says she remembers a [[P:Tore Pinna]] who had sheep near the church of Santa Maria. I'll ask her more 😊 For the order: 2 kg of {{PROD:Pecorino Sardo DOP}} is {{PR:€64}} + {{PR:€58}} shipping.",
            ),
            (
                "c",
                "en",
                "Ripper. Send it to [[A:17 Holdsworth Street, Fremantle WA 6160]]. Phone [[T:0412 887 203]]. Paying now with card.",
            ),
            (
                "c",
                "en",
                'Hmm the checkout says "payment declined" twice. Card is a Mastercard [[CC:5312-0354-9562-4338]], plenty of money on it I promise 😅',
            ),
            (
                "a",
                "en",
                "Please don't send card numbers here, [[P:Lachlan]], delete that message if you can! The decline is usually the bank blocking a foreign payment: try again after allowing it in your banking app. [[P:Tonia]] from our team will follow up by email.",
            ),
        ],
    },
    # 22 -- Sardinian cheese web shop, UK customer blocked by the website (IP), WhatsApp
    {
        "business": "nule",
        "platform": "whatsapp",
        "customer": "Mark Ashworth",
        "agent": "Maria Antonietta Pinna",
        "messages": [
            (
                "c",
                "en",
                'Hello, trying to place an order on your website but I keep getting "Access denied – your IP [[IP:86.142.37.209]] has been blocked". I\'m in [[L:Harrogate]], not a bot I swear!',
            ),
            (
                "a",
                "en",
                "Hello [[P:Mark]], I'm so sorry! Our firewall sometimes blocks UK connections after too many attempts. I've asked our web guy [[P:Andrea]] to whitelist it. Can you try again in 10 minutes?",
            ),
            (
                "c",
                "en",
                "Tried from my phone on 4G, different IP ([[IP:2a00:23c6:8d14:c501::1f]]) and that works. Order done: {{O:NULE-5531}}. 1 {{PROD:fiore sardo}}, 1 {{PROD:salsiccia sarda dolce}}, 1 {{PROD:bottarga di muggine 100 g}}",
            ),
            (
                "a",
                "en",
                "Received, thank you! Just a note: since Brexit, cured meat can't be shipped to the UK by post, so we must remove the salsiccia. We'll refund {{PR:£11.90}}. Sorry about that! [[P:Tonia]]",
            ),
            (
                "c",
                "en",
                "Ah bugger. Fine. Deliver to my work please, I'm out all day: [[P:Mark Ashworth]], c/o {{B:Ashworth & Daughters Ltd}}, [[A:Unit 3, Hornbeam Park, Harrogate HG2 8QT]]",
            ),
            ("a", "en", "Shipped 📦 tracking {{TR:RR384015526IT}}. Buona degustazione!"),
            (
                "c",
                "en",
                "Cheers [[P:Tonia]]. Lovely cheese btw, the wife ([[P:Sue]]) wants to order for her book club now, brace yourselves",
            ),
            ("a", "en", "Haha we're ready! Say hi to [[P:Sue]] and the book club 📚"),
        ],
    },
    # 23 -- Sardinian cheese web shop, Italian company ordering Christmas hampers, invoice data
    {
        "business": "nule",
        "platform": "messenger",
        "customer": "Federica Moretti",
        "agent": "Maria Antonietta Pinna",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno, sono [[P:Federica Moretti]] dell'ufficio acquisti di una ditta di [[L:Biella]]. Vorremmo 35 cesti natalizi per i dipendenti, budget {{PR:€45}} a cesto. Fate sconti per quantità?",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Federica]]! Sì, per più di 30 cesti lo sconto è del {{PR:10%}}. Il cesto {{PROD:Barbagia}} (pecorino, salsiccia, pane carasau, mirto) costa {{PR:€49}}, scontato {{PR:€44,10}}. Le va bene?",
            ),
            (
                "c",
                "it",
                "Ottimo. Dati fattura:\n{{B:Lanificio Vercellone Srl}}\nP.IVA [[VAT:02924050921]]\nSede: [[A:Strada Trossi 18, 13871 Verrone BI]]\nSDI: {{CODE:M5UXCR1}}\nReferente: [[P:Federica Moretti]] – [[T:015 255 8813]] int. 224",
            ),
            (
                "c",
                "it",
                "Ah, un cesto va spedito a parte al nostro ex direttore, il cav. [[P:Arturo Vercellone]], che è in RSA: [[A:c/o Residenza Le Betulle, via Mazzini 4, 13900 Biella]]",
            ),
            (
                "a",
                "it",
                "Registrato tutto. Consegna prevista {{D:15 dicembre}}. Grazie e buona giornata, [[P:Tonia]] – {{B:Pecorino di Nule}}",
            ),
        ],
    },
    # 24 -- Sardinian cheese web shop, Irish customer, delivery problem, forwarded courier note
    {
        "business": "nule",
        "platform": "messenger",
        "customer": "Siobhan Gallagher",
        "agent": "Gavino Salis",
        "messages": [
            (
                "c",
                "en",
                'Hi lads, my parcel\'s been stuck in Dublin for a week now. Copying you the message I got:\n\nInoltrato:\n"Dear [[P:Siobhan Gallagher]], your parcel {{TR:CX 552 019 847 IT}} could not be delivered to [[A:Apt 12, The Maltings, Bridge Street, Westport, Co. Mayo F28 X2V7]]. Customs charges of {{PR:€23.40}} are due. Pay at an-post.ie/customs."\n\nIs this legit or a scam?? cheese will be rotten at this stage 😩',
            ),
            (
                "a",
                "en",
                "Hi [[P:Siobhan]], that is a real An Post message (the tracking number matches ours) but please pay only on the official site, never through a link by SMS. The cheese is vacuum packed, it keeps 3 weeks without fridge, don't worry! [[P:Gavino]]",
            ),
            (
                "c",
                "en",
                "grand so, paid it. my sister [[P:Niamh]] is at home tomorrow if they deliver, her number's [[T:087 341 6609]]",
            ),
            (
                "a",
                "en",
                "Perfect. If anything's wrong with the cheese when it arrives, send a photo and we'll send another one for free.",
            ),
            (
                "c",
                "en",
                "Arrived! [[P:Niamh]] already ate half the fiore sardo 🙄 Thanks [[P:Gavino]]!",
            ),
        ],
    },
    # 25 -- Sardinian cheese web shop, Sicilian customer with dialect, Telegram
    {
        "business": "nule",
        "platform": "telegram",
        "customer": "Rosario La Spina",
        "agent": "Gavino Salis",
        "messages": [
            (
                "c",
                "it",
                "Bongiorno. Sugnu [[P:Rosario La Spina]] di [[L:Acireale]]. Mi l'avi a diri pirchì u pecorino ca mi mannastivu a simana passata era accussì duci? Iu u vulia stagiunatu, chiddu ca pizzica",
            ),
            (
                "a",
                "it",
                "Buongiorno signor [[P:La Spina]]! Le abbiamo mandato il {{PROD:semistagionato}} per errore invece del {{PROD:fiore sardo}} stagionato, mi scuso. Glielo rimandiamo giusto e il primo se lo tenga, offre la casa 🙂",
            ),
            (
                "c",
                "it",
                "Bravu, accussì si fa. Mannatilu a me cugnatu però, ca iu partu pi [[L:Catania]]: [[P:Turi Pappalardo]], [[A:via Vittorio Emanuele 301, 95024 Acireale CT]]",
            ),
            (
                "a",
                "it",
                "Segnato! Spedito a nome di [[P:Salvatore Pappalardo]]? Il corriere vuole il nome completo.",
            ),
            ("c", "it", "Sì [[P:Salvatore]]. [[P:Turi]] è comu u chiamamu nuatri. Grazie assai"),
        ],
    },
    # 26 -- Sardinian cheese web shop, code-switching emigrant in Germany, Instagram
    {
        "business": "nule",
        "platform": "instagram",
        "customer": "Sara Mulas",
        "agent": "Maria Antonietta Pinna",
        "messages": [
            (
                "c",
                "it",
                "Ciao [[P:Tonia]]!! Sono [[P:Sara]], la figlia di [[P:Peppino Mulas]] di [[L:Benetutti]] 😊 Vivo a [[L:Monaco]] adesso e qui i miei colleghi sono impazziti per il pecorino che ho portato. Possiamo fare un ordine di gruppo? My boss [[P:Will]] also wants some, he's Scottish and he's obsessed lol",
            ),
            (
                "a",
                "it",
                "Ciao [[P:Sara]]!! Certo che mi ricordo di tuo papà 😄 Per la Germania spediamo tutto senza problemi. Mandami la lista e l'indirizzo.",
            ),
            (
                "c",
                "it",
                "Lista:\n- 3x {{PROD:Pecorino Sardo DOP}} 1 kg\n- 2x {{PROD:pane carasau}}\n- 1x {{PROD:mirto rosso}} (per [[P:Will Fraser]])\n- 4x {{PROD:seadas surgelate}}?? forse no col caldo\n\nIndirizzo ufficio: [[A:Leopoldstraße 77, 80802 München]], c/o [[P:Mulas]], 3. Stock",
            ),
            (
                "a",
                "it",
                "Le seadas surgelate purtroppo no, non reggono il viaggio 😅 Il resto {{PR:€118,50}} + spedizione {{PR:€19}}. Ti mando il link di pagamento su [[E:sara.mulas@posteo.de]]?",
            ),
            ("c", "it", "sì perfetto! grazie mille, ciao a tutti a Nule 💚"),
        ],
    },
    # 27 -- Sardinian cheese web shop, a US customer, non-native-feel English, gift message
    {
        "business": "nule",
        "platform": "messenger",
        "customer": "Rich Delgado",
        "agent": "Gavino Salis",
        "messages": [
            (
                "c",
                "en",
                "hey whats up, can i send a gift box to my mother in law in italy from the US? she lives in [[L:Olbia]]. i want to write a card in italian but my italian sucks",
            ),
            (
                "a",
                "en",
                "Hi [[P:Rich]]! Sure. Tell me what you want to say and I'll translate it for the card 🙂",
            ),
            (
                "c",
                "en",
                'something like "Dear Mamma [[P:Lucia]], happy birthday, we miss you, can\'t wait to see you in July. Love, [[P:Rich]], [[P:Marta]] and little [[P:Leo]]"',
            ),
            (
                "a",
                "en",
                'Here it is: "Cara Mamma [[P:Lucia]], buon compleanno! Ci manchi tanto e non vediamo l\'ora di vederti a luglio. Con affetto, [[P:Rich]], [[P:Marta]] e il piccolo [[P:Leo]]". And the address?',
            ),
            (
                "c",
                "en",
                "[[P:Lucia Demuro]], [[A:via Galvani 22, 07026 Olbia SS]], tel [[T:0789 21 447]]. deliver before {{D:march 3}} if possible!!",
            ),
            (
                "a",
                "en",
                "It will arrive by {{D:February 27}}. Order {{O:NULE-5702}}, {{PR:$79}} charged in euros ({{PR:€73}}). Grazie [[P:Rich]]!",
            ),
        ],
    },
    # 28 -- piano tuner, elderly widow, formal letter style, Messenger
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Adalgisa Montanari",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "it",
                "Egregio Maestro,\n\nmi permetto di disturbarLa tramite questo mezzo, che mio nipote [[P:Filippo]] mi ha gentilmente installato. Sono la vedova del Prof. [[P:Guido Montanari]], che per quarant'anni ha insegnato pianoforte al Liceo di [[L:Imola]]. Il suo pianoforte, un {{B:Bechstein}} a coda del 1924, non viene suonato dal giorno della sua scomparsa e temo abbia bisogno di cure.\n\nSarebbe così cortese da venire a vederlo? Abito in [[A:via Emilia 214, 40026 Imola]], secondo piano, c'è l'ascensore.\n\nCon i più cordiali saluti,\n[[P:Adalgisa Montanari]]",
            ),
            (
                "a",
                "it",
                "Gentile Signora [[P:Montanari]],\n\nsarà un onore. Conoscevo di fama il Professore. Posso passare {{D:mercoledì 26}} nel pomeriggio, verso le {{TM:15:30}}? Per un {{B:Bechstein}} fermo da anni servirà probabilmente più di un'accordatura: prima lo guardo e poi Le dico con sincerità.\n\nUn caro saluto,\n[[P:Bachisio Ligas]]",
            ),
            (
                "c",
                "it",
                "Mercoledì alle 15.30 è perfetto. Il mio telefono fisso è [[T:0542 28 193]], ma io sento poco: se non rispondo chiami mia figlia [[P:Antonella]] al [[T:335/6628104]].\n\nLa ringrazio di cuore.",
            ),
            ("a", "it", "Benissimo signora, a mercoledì."),
        ],
    },
    # 29 -- piano tuner, voice-to-text removals man, no punctuation, Telegram
    {
        "business": "piano",
        "platform": "telegram",
        "customer": "Fabio Ghedini",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "it",
                "salve maestro sono [[P:Fabio]] dei traslochi [[P:Ghedini]] quello del pianoforte verticale della signora [[P:Porta]] a [[L:Casalecchio]] le volevo dire che sabato lo portiamo nella casa nuova in [[A:via del Lavoro 36 Zola Predosa]] e la signora chiede se dopo il trasloco va riaccordato o se può aspettare",
            ),
            (
                "c",
                "it",
                "ah e il numero della signora se lo vuole è [[T:3 4 7 5 5 1 9 0 2 8]] scusi il vocale me lo scrive male",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Fabio]], dopo un trasloco meglio aspettare 2-3 settimane che lo strumento si assesti, poi lo accordo. Dica alla signora [[P:Porta]] che la chiamo io. Mi raccomando le cinghie sotto la tastiera 😉",
            ),
            (
                "c",
                "it",
                "ricevuto maestro nessun problema abbiamo il carrello apposta grazie buon lavoro",
            ),
        ],
    },
    # 30 -- piano tuner, Korean conservatory student, non-native English, Instagram
    {
        "business": "piano",
        "platform": "instagram",
        "customer": "Min-seo Park",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "en",
                "Hello Maestro, I am [[P:Min-seo Park]], student of piano at Conservatorio of Bologna, 2nd year of biennio. My teacher Maestra [[P:Dall'Olio]] say you are the best for the regulation. I rent a {{B:Yamaha}} {{PROD:U3}} and the keys are very heavy and uneven, it make my practice difficult",
            ),
            (
                "a",
                "en",
                "Hello [[P:Min-seo]], thank you (and thanks to Maestra [[P:Dall'Olio]]!). A full regulation of a {{PROD:U3}} takes about a day, it costs {{PR:€280}}, tuning included. Is the piano yours or from the rental company? They should pay for it 🙂",
            ),
            (
                "c",
                "en",
                'Is from the company, "{{B:Pianoforti Zanetti}}". The contract person is Mr [[P:Zanetti]], his mail is [[E:noleggi@pianofortizanetti.it]]. I ask him first and I write you again. My address is [[A:Via Mascarella 59, int. 7, 40126 Bologna]], 4th floor no elevator 🥲',
            ),
            (
                "a",
                "en",
                "4th floor without elevator, luckily I carry only my tools, not the piano 😄 Let me know!",
            ),
            ("c", "en", "Mr [[P:Zanetti]] say ok, they pay! Can you come {{D:Friday}} morning?"),
            ("a", "en", "Friday {{TM:9:30}} it is. [[P:Bachisio]]"),
        ],
    },
    # 31 -- piano tuner, restoration of a family piano, invoice with codice fiscale, Messenger
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Efisio Orrù",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "it",
                "Caro [[P:Bachisio]], ti scrive [[P:Efisio Orrù]], ci siamo conosciuti alla festa dei sardi a [[L:Castel Maggiore]]. Ti ricordi? Quello col {{B:Petrof}} del nonno che non suona più il la centrale",
            ),
            (
                "a",
                "it",
                "[[P:Efisio]]! Certo che mi ricordo, quello che aveva i tasti mangiati dal tarlo 😄 Allora lo restauriamo?",
            ),
            (
                "c",
                "it",
                "Sì, ho convinto mia moglie [[P:Ornella]]. Dimmi tu il preventivo. Per la fattura: [[P:Orrù Efisio]], CF [[CF:RRRFSS55B27B354X]], [[A:via Gramsci 12, 40013 Castel Maggiore BO]]",
            ),
            (
                "a",
                "it",
                "Restauro completo della meccanica, feltri e corde nuove: {{PR:€3.400}} + IVA. Tempi circa 2 mesi nel mio laboratorio. Acconto {{PR:€1.000}} su IBAN [[IBAN:IT21C0200811704883242777697]] intestato a [[P:Ligas Bachisio]].",
            ),
            (
                "c",
                "it",
                'Va bene. Bonifico fatto adesso, te lo mando io il CRO quando arriva. Ah, il nonno si chiamava [[P:Efisio]] anche lui, c\'è inciso il nome dentro il coperchio: "[[P:E. Orrù]] 1931". Quello lascialo, mi raccomando!',
            ),
            ("a", "it", "Non mi permetterei mai di toccarlo. Resta lì dov'è da 94 anni. 🎹"),
        ],
    },
    # 32 -- piano tuner, a parish priest, church piano and organ, WhatsApp
    {
        "business": "piano",
        "platform": "whatsapp",
        "customer": "don Walter Rinaldi",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno Maestro, sono don [[P:Walter]], parroco di [[L:San Lazzaro di Savena]]. Il pianoforte della sala parrocchiale (un vecchio {{B:Schimmel}}) va accordato prima del concerto di Natale del coro, {{D:sabato 20 dicembre}}. Lei accorda anche gli armonium?",
            ),
            (
                "a",
                "it",
                "Buongiorno don [[P:Walter]]! Il pianoforte certamente. L'armonium lo guardo, ma non prometto miracoli 😅 Potrei venire il {{D:15}} o il {{D:16}}.",
            ),
            (
                "c",
                "it",
                "Il 16 va bene. La chiave della sala la tiene la sig.ra [[P:Gemma Bonfiglioli]], la sacrestana, tel. [[T:051.462.378]]. Abita proprio di fronte alla chiesa, al numero 3",
            ),
            (
                "a",
                "it",
                "Perfetto, la chiamo il giorno prima. Per la parrocchia emetto fattura o ricevuta?",
            ),
            (
                "c",
                "it",
                "Fattura alla Parrocchia di San Lorenzo, CF {{CODE:92014380372}}. Grazie e che il Signore la benedica.",
            ),
        ],
    },
    # 33 -- piano tuner, UK customer living in the hills, English, Messenger
    {
        "business": "piano",
        "platform": "messenger",
        "customer": "Rupert Hale",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "en",
                "Good afternoon. We've recently bought a farmhouse near [[L:Monteveglio]] and inherited a rather tired {{B:Steinway}} {{PROD:Model O}} with it. Do you travel that far out? Satnav gets confused, the address is [[A:Via Cà Bianca 4, località Oliveto, 40053 Valsamoggia BO]]. Best, [[P:Rupert Hale]]",
            ),
            (
                "a",
                "en",
                "Good afternoon Mr [[P:Hale]], yes, I know [[L:Oliveto]] well. A Steinway O is a wonderful instrument, even when tired! I can come on {{D:Tuesday 2nd}} at {{TM:10 am}}. First visit and tuning {{PR:€120}}.",
            ),
            (
                "c",
                "en",
                "Splendid. My wife [[P:Rosalind]] will be in, I'm in London that week. Her mobile is [[T:+44 (0)7824 550 193]]; the Italian one doesn't work half the time up here.",
            ),
            ("a", "en", "Noted. I'll text her when I leave Bologna."),
            (
                "c",
                "en",
                "[[P:Rosalind]] here, writing from [[P:Rupert]]'s account: it sounds glorious again. Thank you so much, Signor [[P:Ligas]]! Please send the invoice to [[E:rosalind.hale@btinternet.com]]",
            ),
        ],
    },
    # 34 -- funeral home, elderly lady arranging her own funeral in advance, formal, Messenger
    {
        "business": "lapidi",
        "platform": "messenger",
        "customer": "Giovanna Ferro",
        "agent": "Ilario Benvenuti",
        "messages": [
            (
                "c",
                "it",
                "Spettabile {{B:Ditta Benvenuti}},\n\nho 76 anni e, non avendo figli, desidero provvedere per tempo a quanto servirà quando il Signore mi chiamerà, per non lasciare incombenze a mio nipote [[P:Stefano]], che vive a [[L:Torino]] e ha già tanto da fare.\n\nVorrei un funerale semplice nella chiesa di [[L:Sant'Anna]], la sepoltura accanto al mio povero marito [[P:Renzo Del Carlo]] nel cimitero di [[L:Monte San Quirico]], e una lapide uguale alla sua.\n\nResto in attesa di un Vostro cenno.\n[[P:Giovanna Ferro]] ved. [[P:Del Carlo]]",
            ),
            (
                "a",
                "it",
                "Gentile Signora [[P:Ferro]],\n\nLa ringraziamo per la fiducia. È una scelta saggia e, mi permetta, generosa verso Suo nipote. Possiamo preparare un contratto di previdenza funeraria con prezzo bloccato. Preferisce che venga io a casa Sua, così ne parliamo con calma?\n\nCon stima,\n[[P:Ilario Benvenuti]]",
            ),
            (
                "c",
                "it",
                "La ringrazio, sì, preferisco. Mi trova in [[A:via della Chiesa XXIX, 1196/b, 55100 Lucca]], frazione [[L:Sant'Anna]], tutti i pomeriggi. Per il contratto immagino servirà il mio codice fiscale: [[CF:FRRGNN49D45E715Y]].",
            ),
            (
                "a",
                "it",
                "Sì, grazie. Passo {{D:giovedì}} alle {{TM:16}}. Porterò le foto della lapide del signor [[P:Renzo]], che abbiamo in archivio.",
            ),
            ("c", "it", "Molto gentile. A giovedì."),
        ],
    },
    # 35 -- funeral home, marble works, the son writes the headstone text, WhatsApp
    {
        "business": "lapidi",
        "platform": "whatsapp",
        "customer": "Daniele Baldacci",
        "agent": "Duccio Benvenuti",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno [[P:Duccio]], sono [[P:Daniele Baldacci]]. Ti mando il testo per la lapide del babbo come d'accordo",
            ),
            (
                "c",
                "it",
                '[[P:TOMMASO BALDACCI]]\n12.3.1944 – 8.10.2025\n"Per sempre, [[P:Tommaso]]"\nI tuoi figli [[P:Daniele]], [[P:Lisa]] e [[P:Gianni]]',
            ),
            (
                "c",
                "it",
                'mia sorella vorrebbe "il tuo babbo" invece di [[P:Tommaso]] nella frase, la mamma invece vuole il nome. decidetevi voi dice mia moglie 😅',
            ),
            (
                "a",
                "it",
                "Ciao [[P:Daniele]], condoglianze ancora a tutta la famiglia. Nessuna fretta: il marmo di Carrara ordinato arriva tra {{D:3 settimane}}. Quando avete deciso me lo riscrivi e ti mando la bozza grafica. Per le lettere in bronzo il costo è {{PR:€4,50}} a lettera.",
            ),
            (
                "c",
                "it",
                'Ok abbiamo deciso: resta "Per sempre, [[P:Tommaso]]". La foto per l\'ovale te la porta [[P:Lisa]] domani, è quella col cappello al mare a [[L:Tirrenia]] dove abitava',
            ),
            ("a", "it", "Perfetto. Bozza pronta lunedì. [[P:Duccio]]"),
        ],
    },
    # 36 -- funeral home, repatriation of a British tourist, English, Messenger
    {
        "business": "lapidi",
        "platform": "messenger",
        "customer": "Emily Smith",
        "agent": "Ilario Benvenuti",
        "messages": [
            (
                "c",
                "en",
                "Hello, I was given your name by the hospital in Pisa. My father, [[P:Graham Smith]], passed away yesterday while on holiday with my mum. We need to bring him home to [[L:Shrewsbury]]. I don't know where to start. I'm [[P:Emily]], his daughter.",
            ),
            (
                "a",
                "en",
                "Dear [[P:Emily]], I am so very sorry for your loss. My name is [[P:Ilario]] and I will help you with everything, step by step. We work with a funeral director in the UK for repatriations. Is your mother still in Pisa? I can go and meet her today.",
            ),
            (
                "c",
                "en",
                "Thank you so much. Yes, mum ([[P:Pauline]]) is at the hotel by the station, room 214. She only speaks English. Her phone: [[T:+44 7468 201 339]]. The UK funeral director we'd like to use is {{B:Cook & Sons}} in [[L:Shrewsbury]], contact Mr [[P:Nathan Cook]], [[E:nathan@cookandsonsfunerals.co.uk]]",
            ),
            (
                "a",
                "en",
                "I will call your mother at {{TM:3 pm}} and Mr [[P:Cook]] this afternoon. The documents (death certificate, Italian and consular paperwork) usually take 5 to 7 working days. I will keep you updated here.",
            ),
            (
                "c",
                "en",
                "Thank you [[P:Ilario]]. Dad's passport number and my address for the paperwork:\n[[P:Emily Smith]]\n[[A:9 Kingsland Road, Shrewsbury SY3 7LA]]\nThe passport is in mum's bag, she'll show you.",
            ),
            ("a", "en", "Received. Please take care of yourself. [[P:Ilario B.]]"),
            (
                "c",
                "en",
                "Hi [[P:Ilario]], my brother [[P:Will]] is flying in tomorrow from [[L:Bristol]] to sign whatever is needed. He lands at Pisa at {{TM:11:40}}. His number is [[T:07700 318 245]].",
            ),
            (
                "a",
                "en",
                "Thank you. I will meet [[P:Will]] at the airport myself. The invoice for the repatriation will be in your name; you can pay by bank transfer or by card link, as you prefer.",
            ),
            (
                "c",
                "en",
                "Card is easier from here. Could you send the link to [[E:emily.smith.salop@outlook.com]]? Thank you for everything, truly. Mum says you're an angel.",
            ),
        ],
    },
    # 37 -- funeral home, online memorial page, an offensive comment, Instagram
    {
        "business": "lapidi",
        "platform": "instagram",
        "customer": "Chiara Lenzi",
        "agent": "Duccio Benvenuti",
        "messages": [
            (
                "c",
                "it",
                'Ciao, sulla pagina dei necrologi di mio zio [[P:Mario Lenzi]] ([[URL:https://www.ofbenvenuti.it/necrologi/mario-lenzi-1952]]) qualcuno ha scritto un commento cattivo firmandosi "un vicino". Potete toglierlo per favore? La zia [[P:Nadia]] ci sta malissimo',
            ),
            (
                "a",
                "it",
                "Ciao [[P:Chiara]], mi dispiace tantissimo, lo tolgo subito. Il commento risulta inviato dall'indirizzo [[IP:151.38.104.62]]: se la famiglia vuole procedere, teniamo i dati a disposizione delle autorità. [[P:Duccio]]",
            ),
            (
                "c",
                "it",
                "grazie. credo di sapere chi è, il signor [[P:Gatto]] del piano di sotto, litigavano sempre per il parcheggio. ma lasciamo stare",
            ),
            (
                "a",
                "it",
                "Come preferite. Il commento è rimosso e ho bloccato nuovi commenti anonimi sulla pagina. Un abbraccio a [[P:Nadia]].",
            ),
            ("c", "it", "❤️"),
        ],
    },
    # 38 -- funeral home, the deceased's carer, non-native Italian and English, WhatsApp
    {
        "business": "lapidi",
        "platform": "whatsapp",
        "customer": "Ionela Munteanu",
        "agent": "Ilario Benvenuti",
        "messages": [
            (
                "c",
                "it",
                "Buongiorno signore, io sono [[P:Ionela]], badante di signor [[P:Bruno Pellegrini]] per sei anni. Famiglia mi ha detto funerale è domani ma non so ora e chiesa. Posso venire? Lui era come mio nonno 😢",
            ),
            (
                "a",
                "it",
                "Buongiorno [[P:Ionela]], certo che può venire, la famiglia sarà contenta. Il funerale è {{D:domani}} alle {{TM:10:30}} nella chiesa di [[L:Fornacette]]. Poi il corteo va al cimitero di [[L:Calcinaia]].",
            ),
            (
                "c",
                "en",
                "Thank you. Sorry my Italian is not good when I am sad. Can I bring flowers myself or I must order from you? And I have photo of him with the dog {{W:Bill}}, can I give to the family? Please tell to his son [[P:Marco]]",
            ),
            (
                "a",
                "en",
                "You can bring your own flowers, of course. I will tell Mr [[P:Marco Pellegrini]] about the photo, I'm sure he will be moved. See you tomorrow, [[P:Ilario]]",
            ),
            ("c", "it", "Grazie mille signore. Dio benedica."),
        ],
    },
    # 39 -- funeral home, marble plaque for a park bench, council and family, Messenger
    {
        "business": "lapidi",
        "platform": "messenger",
        "customer": "Loris Pieracci",
        "agent": "Duccio Benvenuti",
        "messages": [
            (
                "c",
                "it",
                "Salve, il Comune di [[L:Cascina]] ci ha dato il permesso di mettere una targhetta su una panchina del parco in ricordo di mio padre, che ci andava tutti i giorni. Fate anche targhe piccole in marmo?",
            ),
            (
                "a",
                "it",
                "Salve! Sì, le facciamo in marmo bianco o in granito, 20x10 cm da {{PR:€85}}. Cosa vorreste scrivere?",
            ),
            (
                "c",
                "it",
                '"Qui si sedeva [[P:Beppe Pieracci]], detto il [[P:Sindaco]], a guardare il mondo. 1939–2025"\n\nil soprannome glielo davano al bar perché sapeva tutto di tutti 😂',
            ),
            (
                "a",
                "it",
                "Bellissima. La facciamo in 10 giorni. Mi lasci un recapito e un nome per la fattura? [[P:Duccio]] – {{B:Onoranze Funebri Benvenuti}} / Marmi",
            ),
            (
                "c",
                "it",
                "[[P:Loris Pieracci]], [[A:Via Tosco Romagnola 1702, 56021 Cascina PI]], tel. [[T:+39-050-700-412]], mail [[E:loris.pieracci[at]gmail[dot]com]]. Grazie davvero",
            ),
        ],
    },
    # 40 -- second-hand designer bags, a London consignor, Instagram
    {
        "business": "borse",
        "platform": "instagram",
        "customer": "Grace Baker",
        "agent": "Nicolò Sartori",
        "messages": [
            (
                "c",
                "en",
                "Hiya! I'm [[P:Grace Baker]] ([[H:@gracebakerwardrobe]]), I live in [[L:Clapham]] but spend my summers in [[L:Lucca]]. I've got a {{B:Chanel}} {{PROD:2.55}} reissue and a {{B:Dior}} {{PROD:Saddle}} I'd like to sell through you. Do you take consignments from abroad?",
            ),
            (
                "a",
                "en",
                "Hi [[P:Grace]]! Yes we do, for bags over {{PR:€1,500}}. You'd send them by insured courier to our shop in Milan and we authenticate them first. Do you have receipts or the authenticity cards?",
            ),
            (
                "c",
                "en",
                "The Chanel has its card and the dustbag, the Dior was a gift from my ex, [[P:Tom]], so no receipt sadly 🙃 is that a deal breaker?",
            ),
            (
                "a",
                "en",
                "Not at all, we authenticate the bag itself. If they pass, we list them and pay you within 14 days of the sale. We'll need your bank details for the payout, in GBP or EUR.",
            ),
            (
                "c",
                "en",
                "EUR is fine. [[IBAN:GB32LOYD30964817350264]], account name [[P:Grace E. Baker]]. Postal address for the contract: [[A:Flat 2, 41 Narbonne Avenue, London SW4 9JR]]",
            ),
            ("a", "en", "Thanks [[P:Grace]]! Contract on its way 📄 [[P:Nico]]"),
        ],
    },
    # 41 -- Sardinian cheese web shop, Chicago restaurant, e-mail forwarded into Messenger
    {
        "business": "nule",
        "platform": "messenger",
        "customer": "Dana Kowalczyk",
        "agent": "Gavino Salis",
        "messages": [
            (
                "c",
                "en",
                "Hi, forwarding the email I sent you last week since no one answered:\n\n---------- Forwarded message ---------\nFrom: [[P:Dana Kowalczyk]] <[[E:dana@trattoriasorella-chicago.com]]>\nDate: Mon, Nov 10, 2025 at 9:14 AM\nSubject: Wholesale inquiry – Fiore Sardo\nTo: {{B:Pecorino di Nule}} – Info\n\nHello,\nI'm the chef-owner of {{B:Trattoria Sorella}} in [[L:Chicago]]. We'd like about 40 lb of {{PROD:Fiore Sardo DOP}} per month. Do you work with a US importer?\n\nBest,\n[[P:Dana Kowalczyk]]\nChef/Owner\n[[A:1432 W Grand Ave, Chicago, IL 60642]]\n[[T:(312) 555-0197]]\nSent from my iPhone",
            ),
            (
                "a",
                "en",
                "Hi [[P:Dana]], so sorry, that email ended up in spam! Yes: for restaurants in the US we work with an importer in New Jersey, {{B:Isola Foods}}. The contact is [[P:Frank DiNapoli]], [[T:+1 201-555-0134]], [[E:frank.dinapoli@isolafoods.us]]. Tell him [[P:Gavino]] sent you 😊",
            ),
            (
                "c",
                "en",
                "Awesome. Quick q: can I get a sample shipped to me directly first? Happy to pay.",
            ),
            (
                "a",
                "en",
                "Of course: one small wheel (about 3 lb) by air, {{PR:€95}} all in. I'll send you a payment link.",
            ),
            (
                "c",
                "en",
                "Paid. Card ending {{CODE:4417}}, the name on it is my business partner's, [[P:Luis Ortega]], just so you don't think it's fraud lol",
            ),
            (
                "a",
                "en",
                "Received, thanks! Shipping tomorrow with {{B:FedEx}}, tracking {{TR:7781 2290 4016}}. [[P:Gavino]]",
            ),
        ],
    },
    # 42 -- orthodontics, Albanian father, non-native English and Italian, Telegram
    {
        "business": "orto",
        "platform": "telegram",
        "customer": "Arben Hoxha",
        "agent": "Loredana Crippa",
        "messages": [
            (
                "c",
                "en",
                "Hello good evening, i am [[P:Arben Hoxha]], father of [[P:Elira]]. My italian is not so good so i write english ok? [[P:Elira]] have appointment tomorrow {{TM:17:00}} but she have fever 38.5",
            ),
            (
                "a",
                "en",
                "Good evening Mr [[P:Hoxha]], of course, English is fine. Please keep her at home! I'll move the appointment. Is {{D:Monday 1st}} at {{TM:17:00}} ok?",
            ),
            (
                "c",
                "en",
                "Yes ok thank you. Also the dottoressa say we need to pay the next part of apparecchio, {{PR:480 euro}}. Can i pay with bonifico? My bank is still in Albania",
            ),
            (
                "a",
                "en",
                'Yes, a transfer from abroad is fine. Our IBAN is on the invoice. Please write "[[P:Elira Hoxha]] rata 3" in the description.',
            ),
            (
                "c",
                "it",
                "Ok grazie mille signora [[P:Loredana]]! Mia moglie [[P:Mirela]] porta [[P:Elira]] lunedì, io lavoro in cantiere a [[L:Lissone]] fino alle 6",
            ),
        ],
    },
    # 43 -- piano tuner, a touring pianist's manager, concert tuning, Telegram
    {
        "business": "piano",
        "platform": "telegram",
        "customer": "Bill Hartley",
        "agent": "Bachisio Ligas",
        "messages": [
            (
                "c",
                "en",
                "Hi Maestro [[P:Ligas]], I'm [[P:Bill Hartley]], manager of the pianist [[P:Sofia Lindqvist]]. She's giving a private recital at the home of the [[P:Ferrari]] family in [[L:Sasso Marconi]] on {{D:December 6}}. The piano there is a {{B:Fazioli}} {{PROD:F278}}. [[P:Sofia]] is very particular: she'd like it tuned the morning of the concert and touched up at the interval. Is that something you do?",
            ),
            (
                "a",
                "en",
                "Good morning Mr [[P:Hartley]]. Yes, concert tuning with standby during the recital: {{PR:€350}}. I know that Fazioli well, I tuned it for Signora [[P:Ferrari]] last spring.",
            ),
            (
                "c",
                "en",
                "Fantastic. Her assistant [[P:Mei]] will send you the exact timing. Can I pay upfront by card? {{B:Amex}} [[CC:3782 965184 45968]], exp 07/27, name [[P:William J. Hartley]]. I know, I know, but we're on tour and it's the only thing that works 😅",
            ),
            (
                "a",
                "en",
                "I'd rather not take card numbers by chat, Mr [[P:Hartley]]: I'll send you an invoice with a secure payment link instead. Which email?",
            ),
            ("c", "en", "[[E:bill(at)hartleyartists(dot)com]]. Cheers!"),
            (
                "a",
                "en",
                "Sent. See you on the 6th, and my regards to Ms [[P:Lindqvist]]. [[P:B. Ligas]]",
            ),
        ],
    },
    # 44 -- wedding planner, Australian bride, a table typed in chat and a quoted reply, WhatsApp
    {
        "business": "nozze",
        "platform": "whatsapp",
        "customer": "Kirra Sutherland",
        "agent": "Beatrice Tosoni",
        "messages": [
            (
                "c",
                "en",
                "Hey [[P:Guilia]]! [[P:Kirra]] here from [[L:Byron Bay]] 🌊 (we met on zoom w my fiance [[P:Jarrah]]). Just wanted to double check the supplier payments cos my dad's paying some and I'm paying others and it's getting confusing haha",
            ),
            (
                "a",
                "en",
                "Hi [[P:Kirra]]! No worries, here's the summary:\n\nSUPPLIER | AMOUNT | PAID BY | STATUS\nVilla | {{PR:€11,000}} | [[P:Greg Sutherland]] | paid ✅\nCatering | {{PR:€6,840}} | [[P:Greg Sutherland]] | deposit only\nFlowers ([[P:Fiorella]]) | {{PR:€2,300}} | you | to pay\nBand | {{PR:€1,900}} | you | paid ✅\n\n[[P:Bea]]",
            ),
            (
                "c",
                "en",
                "> Catering | {{PR:€6,840}} | [[P:Greg Sutherland]] | deposit only\n\nyep dad said he'll pay the rest next week from his work account, the company's {{B:Sutherland Earthmoving Pty Ltd}} lol. Do you need anything from him?",
            ),
            (
                "a",
                "en",
                "Just the bank confirmation please. He can email it straight to [[P:Giulia]]: [[E:giulia@marangoniwedding.it]]",
            ),
            (
                "c",
                "en",
                "Sweet, his email's [[E:greg.sutherland@bigpond.com]] and mobile [[T:+61 412 559 087]] if you need to chase him 😂 He's a legend but he forgets everything",
            ),
            (
                "a",
                "en",
                'Haha we\'ll be gentle 😄 One more thing: the florist asks if the bouquet ribbon should be embroidered. Something like "[[P:Kirra]] & [[P:Jarrah]] – {{D:12.10.27}}"?',
            ),
            (
                "c",
                "en",
                "omg yes!!! and can it also have my late nan's name somewhere small? [[P:Beryl]] 💛",
            ),
            ("a", "en", 'Of course, we\'ll add "for [[P:Beryl]]" on the inside of the ribbon 💛'),
        ],
    },
    # 45 -- funeral home, an American descendant restores an old family headstone, Messenger
    {
        "business": "lapidi",
        "platform": "messenger",
        "customer": "Anthony Bertini",
        "agent": "Duccio Benvenuti",
        "messages": [
            (
                "c",
                "en",
                "Hello from [[L:Providence]], Rhode Island. My great-grandfather [[P:Giuseppe Bertini]] (everybody called him [[P:Joe]]) emigrated from [[L:Vicopisano]] in 1909. His parents are buried in the cemetery there and a cousin told me their headstone is broken. I found it on this site: [[URL:https://www.cimiteriitaliani.net/vicopisano/tomba/bertini-angelo-1842]]. Could you restore it? I'd pay of course.",
            ),
            (
                "a",
                "en",
                "Dear Mr [[P:Bertini]], what a beautiful story. We know that cemetery well, it is 15 minutes from our marble works. I'll go and take photos this week. Who should I send the estimate to?",
            ),
            (
                "c",
                "en",
                "Thank you so much! I'm [[P:Anthony Bertini]], [[A:245 Atwells Ave, Providence, RI 02903]], [[T:401-555-0172]], [[E:tony.bertini@cox.net]]. My daughter [[P:Hope]] wants to visit next summer.",
            ),
            (
                "a",
                "en",
                'Here are the photos 📷 The stone is cracked in two but the inscription "[[P:ANGELO BERTINI]] 1842–1911 / [[P:ASSUNTA CECCHI]] 1848–1920" is all readable. Restoration: {{PR:€1,200}}. Payment by wire to our IBAN; if you prefer card, I\'ll send a link. [[P:Duccio]]',
            ),
            (
                "c",
                "en",
                "Wow. Grandpa [[P:Joe]] would be so happy. Wire is fine, sending from my credit union today. Reference: {{CODE:BERT-1911}}",
            ),
        ],
    },
]


def parse(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Strip the markup of one message: its plain text, its entities and its keep spans."""
    parts: list[str] = []
    entities: list[dict[str, object]] = []
    keep: list[dict[str, object]] = []
    length = 0
    cursor = 0
    for match in _MARKUP.finditer(marked):
        before = marked[cursor : match.start()]
        parts.append(before)
        length += len(before)
        if match.group("etype") is not None:
            kind = ENTITY_ALIASES.get(match.group("etype"), match.group("etype"))
            value = match.group("evalue")
            if kind not in ENTITY_TYPES_ALLOWED:
                raise ValueError(f"unknown entity type {kind!r}")
            target = entities
        else:
            kind = KEEP_ALIASES.get(match.group("ktype"), match.group("ktype"))
            value = match.group("kvalue")
            if kind not in KEEP_TYPES_ALLOWED:
                raise ValueError(f"unknown keep type {kind!r}")
            target = keep
        target.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(marked[cursor:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in {marked[:40]!r}")
    return text, entities, keep


BASE_TIME = datetime(2025, 9, 1, 8, 0, tzinfo=UTC)


def records() -> list[dict[str, object]]:
    """All labelled messages, conversation by conversation, in time order."""
    out: list[dict[str, object]] = []
    for number, conversation in enumerate(CONVERSATIONS, start=1):
        business = str(conversation["business"])
        page_id = PAGE_IDS[business]
        customer_id = f"hw11-user-{number:02d}"
        start = BASE_TIME + timedelta(days=2 * number, hours=(number * 5) % 11, minutes=number * 7)
        messages = conversation["messages"]
        assert isinstance(messages, list)
        elapsed = timedelta()
        for index, (role, language, marked) in enumerate(messages, start=1):
            text, entities, keep = parse(marked)
            elapsed += timedelta(minutes=3 + (index * 11 + number * 7) % 47, seconds=index * 13)
            from_customer = role == "c"
            message = {
                "message_id": f"hw11-m-{number:02d}-{index:02d}",
                "conversation_id": f"hw11-c-{number:02d}",
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if from_customer else page_id,
                "sender_name": conversation["customer"]
                if from_customer
                else BUSINESS_NAMES[business],
                "sender_role": "customer" if from_customer else "agent",
                "recipient_id": page_id if from_customer else customer_id,
                "created_time": (start + elapsed).isoformat(),
                "text": text,
            }
            out.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return out


def render() -> str:
    """The JSONL text of the corpus (the same bytes on every run)."""
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records())


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {len(records())} messages to {OUTPUT.name}")


if __name__ == "__main__":
    main()
