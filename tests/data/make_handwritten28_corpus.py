# ruff: noqa: E501
"""Hand-written blind test corpus no. 28 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten28_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a dental practice in Pescara, a removals company
in Milan moving families abroad, a pastry and gelato shop in Modena taking cake orders, a
horse-riding stable in the Maremma, a bespoke tailor in Naples with foreign clients, and a car
rental desk at Catania airport for tourists.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten28_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten28_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "dental": "Studio Dentistico Riviera Sorriso",
    "removals": "TraslocaMondo International Removals",
    "pastry": "Pasticceria Gelateria La Ghirlandina",
    "stable": "Maneggio Il Buttero Maremma",
    "tailor": "Sartoria Partenopea Su Misura",
    "rental": "EtnaGo Car Rental Catania Airport",
}
PAGE_IDS: dict[str, str] = {
    "dental": "628060000000114",
    "removals": "628060000000225",
    "pastry": "628060000000336",
    "stable": "628060000000447",
    "tailor": "628060000000558",
    "rental": "628060000000669",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Dental: father booking a first visit for his daughter, spouse's phone as fallback
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Tommy Mancini",
        "lang": "it",
        "start": "2024-03-04T08:12:00",
        "messages": [
            (
                "c",
                "buongiorno vorrei prenotare una visita x mia figlia [[P:Bianca]], ha 9 anni e le fa male un dentino 😢 sono [[P:Tommaso Mancini]]",
            ),
            (
                "a",
                "Buongiorno [[P:Tommaso]]! Possiamo vederla {{D:giovedì 14}} alle {{TM:16:30}} con la dott.ssa [[P:Ferro]]. Mi lascia un recapito? [[P:Chiara]] - segreteria",
            ),
            (
                "c",
                "si va bene. [[T:347 218 9034]] oppure il cell di mia moglie [[P:Rosa]] [[T:+39 339.640.2281]]",
            ),
            (
                "a",
                "Perfetto. Per la fattura ci serve il codice fiscale del genitore che paga e l'indirizzo",
            ),
            (
                "c",
                "[[CF:MNCTMS70R08G482H]], [[A:via Tiburtina Valeria 221]] [[A:65128]] [[L:Pescara]], citofono [[P:Mancini-Leone]]",
            ),
            (
                "a",
                "Grazie! La {{PD:visita pedodontica}} costa {{$:50 €}}, se serve la {{PD:sigillatura}} la facciamo nella stessa seduta. A giovedì, [[P:Chiara]]",
            ),
        ],
    },
    # 2. Dental: English expat with a broken crown, spelling her name
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Grace",
        "lang": "en",
        "start": "2024-03-05T17:40:00",
        "messages": [
            (
                "c",
                "Hi, do you speak English? I cracked a crown eating torrone 🙄 any chance today or tomorrow?",
            ),
            (
                "a",
                "Hello! Yes, I'm [[P:Giulia]] from reception. Tomorrow at {{TM:9.15}} with dr [[P:Di Marzio]] works. Your full name please?",
            ),
            (
                "c",
                "[[P:Grace Church]], C-H-U-R-C-H like the building lol. I live in [[L:Francavilla al Mare]], [[A:viale Alcione 88]]",
            ),
            (
                "a",
                "Thanks [[P:Grace]]. Could you send an email address for the estimate and consent form?",
            ),
            (
                "c",
                "email is [[E:grace [at] churchfamily [dot] co [dot] uk]], mobile [[T:+44 7700 900461]], italian one [[T:328-771-0452]]",
            ),
            (
                "a",
                "Got it. A temporary recementing is {{$:€40}}, a new {{PD:corona in zirconia}} would be {{$:€650}}. See you tomorrow! [[P:Giulia]]",
            ),
            ("c", "perfetto grazie mille 🙏", "it"),
        ],
    },
    # 3. Dental: installment plan, IBAN for direct debit
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Mario R.",
        "lang": "it",
        "start": "2024-03-07T10:05:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Mario Rossi]], il paziente dell'impianto. volevo fare la rateizzazione come mi aveva detto la dottoressa [[P:Speranza]]",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Rossi]], certo. Per il piano {{PD:Sorriso Facile 12 rate}} ci servono CF, IBAN e una mail",
            ),
            (
                "c",
                "CF [[CF:RSSMRA80A01G482C]]\nIBAN [[I:IT64 G050 3415 4000 0000 0318 427]]\nmail [[E:mario.rossi80@libero.example.it]]",
            ),
            (
                "a",
                "Ricevuto. La prima rata di {{$:€ 183,50}} parte il {{D:1 aprile}}. Pratica n. {{R:PR-2024-0387}}",
            ),
            (
                "c",
                "ok. ah il conto e cointestato con mia sorella [[P:Annamaria]], serve anche lei?",
            ),
            (
                "a",
                "Sì, deve firmare anche lei il mandato SEPA. Può passare in studio o le mandiamo il modulo via mail?",
            ),
            (
                "c",
                "mandatelo a lei [[E:anna punto rossi chiocciola gmail punto com]] grazie. abita a [[L:Montesilvano]] cmq passa lei",
            ),
            (
                "a",
                "Perfetto sig. [[P:Rossi]], lo mandiamo oggi ad [[P:Annamaria]]. Buona giornata, [[P:Chiara]]",
            ),
        ],
    },
    # 4. Dental: Romanian cleaning lady booking for herself and colleague
    {
        "business": "dental",
        "platform": "telegram",
        "customer": "Ioana",
        "lang": "it",
        "start": "2024-03-09T13:30:00",
        "messages": [
            (
                "c",
                "buna ziua! scusate, vorrei fare pulizia denti io e la mia collega [[P:Mihaela]]. io sono [[P:Ioana Popescu]]",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]]! L'{{PD:igiene professionale}} è {{$:70 euro}}. Abbiamo due posti vicini {{D:sabato 23}} alle {{TM:10:00}} e {{TM:10:45}}",
            ),
            (
                "c",
                "perfetto!! [[P:Mihaela Dumitrescu]] prende 10:45. il mio telefono [[T:320 118 44 07]], suo [[T:3293305162]]",
            ),
            ("a", "Segnate. Un nome sul citofono? Lo studio è al primo piano"),
            (
                "c",
                "no no veniamo noi. abitiamo a [[L:San Silvestro]] vicino alla signora [[P:Di Giacomo]] dove lavoriamo, [[A:strada Colle Marino 41/A]]",
            ),
            ("a", "A sabato allora. [[P:Luca]] 🦷"),
        ],
    },
    # 5. Dental: billing to a company, partita IVA
    {
        "business": "dental",
        "platform": "instagram",
        "customer": "fede.bello.arch",
        "lang": "it",
        "start": "2024-03-12T19:02:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Fede]] ([[P:Federico Bello]]), mi hanno detto di scrivere qui x la fattura dello sbiancamento. la intesto allo studio",
            ),
            ("a", "Ciao [[P:Federico]]! Mi serve ragione sociale, P.IVA e sede"),
            (
                "c",
                "{{B:Bello & Leone Architetti Associati}}, P.IVA [[V:01928370467]], [[A:corso Vittorio Emanuele II 301]] [[L:Pescara]]. pec [[E:belloleone.arch@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto. Lo {{PD:sbiancamento LED}} era {{$:€ 290}}, fattura n. {{R:FT 118/2024}} in arrivo",
            ),
            (
                "c",
                "top. il mio socio [[P:Leone]] chiede se fate anche il bite notturno, lo contatta lui su ig @[[H:gianni_leone_arch]]",
            ),
            ("a", "Sì certo, gli scriviamo noi. Grazie! [[P:Chiara]] - {{B:Riviera Sorriso}}"),
        ],
    },
    # 6. Dental: elderly patient's son, urgent, address with interno
    {
        "business": "dental",
        "platform": "whatsapp",
        "customer": "Pino",
        "lang": "it",
        "start": "2024-03-15T07:58:00",
        "messages": [
            (
                "c",
                "bongiorno, mi papa [[P:Vincenzo]] ha rotto la dentiera stanotte. nn puo mangiare. c'e modo di venire a casa? nn cammina",
            ),
            (
                "a",
                "Buongiorno, mi dispiace. Il dott. [[P:Marchegiani]] fa visite domiciliari il {{D:venerdì}} pomeriggio. Indirizzo?",
            ),
            (
                "c",
                "[[A:via Nazionale Adriatica Nord 14 scala B int. 6]], [[L:Pescara]] zona [[L:Porta Nuova]]. io sono [[P:Pino]], [[P:Giuseppe D'Amico]], [[T:0039 347 5509 218]]",
            ),
            (
                "a",
                "Segnato per {{D:venerdì 15}} alle {{TM:15:00}}. La riparazione della protesi costa circa {{$:80-120 €}}",
            ),
            (
                "c",
                "va bene. se nn rispondo chiamate la badante [[P:Olena]] al [[T:388 902 1147]] è ucraina ma parla italiano",
            ),
            ("a", "Perfetto, grazie [[P:Pino]]"),
        ],
    },
    # 7. Dental: English tourist, card payment problem, IP of the booking site
    {
        "business": "dental",
        "platform": "messenger",
        "customer": "Mark Baker",
        "lang": "en",
        "start": "2024-03-18T21:15:00",
        "messages": [
            (
                "c",
                "Hey, tried to pay the deposit on your website but it keeps saying 'blocked IP' - my IP is [[IP:151.38.204.77]]. I'm on holiday in [[L:Silvi Marina]]",
            ),
            (
                "a",
                "Hi, sorry about that, our booking page had a glitch. You can pay by card over the phone or at the desk. Who is the appointment for?",
            ),
            (
                "c",
                "Me, [[P:Mark Baker]], and my wife [[P:Victoria]] for the check-up on {{D:March 21st}}. Card is [[C:4532 7183 0064 1293]] if that's ok to send here?",
            ),
            (
                "a",
                "Please don't send card numbers in chat! Better delete that message, we'll take the payment at the desk. - [[P:Giulia]]",
            ),
            (
                "c",
                "oops 😅 fine. we're staying at [[A:lungomare Guglielmo Marconi 52]], [[A:64028]] [[L:Silvi]] if you need it. my email [[E:markbaker1979@example.com]]",
            ),
            ("a", "Thanks [[P:Mark]]. Booking ref {{R:RS-5521}}, {{TM:11:30}} both of you."),
        ],
    },
    # 8. Removals: family moving from Milan to Lisbon
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Betta Ferri",
        "lang": "it",
        "start": "2024-04-02T09:20:00",
        "messages": [
            (
                "c",
                "ciao! ci trasferiamo a [[L:Lisbona]] a giugno, 3 locali + cantina. sono [[P:Betta]], [[P:Elisabetta Ferri]]",
            ),
            (
                "a",
                "Ciao [[P:Elisabetta]]! Facciamo un sopralluogo gratuito. Indirizzo di partenza e di arrivo?",
            ),
            (
                "c",
                "partenza [[A:via Padova 118]], [[A:20127]] [[L:Milano]], 4 piano senza ascensore 😬 arrivo [[A:Rua da Madalena 204, 2º Esq]], [[A:1100-321]] [[L:Lisboa]]",
            ),
            (
                "a",
                "Ok. Il sopralluogo lo fa [[P:Ruggero]], il nostro caposquadra: {{D:mercoledì 10}} alle {{TM:18:00}} va bene?",
            ),
            (
                "c",
                "si. io esco alle 18 dal lavoro, c'è mio marito [[P:Nuno]] (è portoghese) [[T:+351 912 345 678]] hmm no quello è vecchio, [[T:+39 345 880 1934]]",
            ),
            ("a", "Perfetto. Intanto ti mando il modulo inventario via mail"),
            ("c", "[[E:betta.ferri@example.org]] grazie ciaoo"),
        ],
    },
    # 9. Removals: Indian family to London, quote and IBAN
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Arjun",
        "lang": "en",
        "start": "2024-04-03T14:45:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Arjun Mehta]], we got your quote {{R:Q-24-0912}} for the move to [[L:London]]. We accept. What's next?",
            ),
            (
                "a",
                "Great news [[P:Arjun]]! We need a 30% deposit ({{$:€ 1.740}}) to the account below and the delivery address in the UK.",
            ),
            (
                "a",
                "Beneficiary: {{B:TraslocaMondo srl}}, IBAN [[I:IT02Q0306977340100000004519]]. Please put the quote number in the description. - [[P:Marta]], office",
            ),
            (
                "c",
                "Delivery: [[A:Flat 3, 27 Mill Lane]], [[L:West Hampstead]], [[A:NW6 1NZ]]. My wife [[P:Priya]] will be there, her UK number [[T:07700 900 812]]",
            ),
            (
                "c",
                "Also my brother-in-law [[P:Vikram Nair]] helps with the boxes on the [[L:Milan]] side, he lives in [[L:Sesto San Giovanni]]",
            ),
            (
                "a",
                "Noted. Container loading on {{D:18 May}}, ETA [[L:London]] {{D:24 May}}. Tracking will be {{TR:TM-EU-55810342}}",
            ),
            ("c", "thx! 👍 [[P:Priya]] says hi. - [[P:Arjun]]"),
        ],
    },
    # 10. Removals: Chinese family, interpreter daughter, Shanghai
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Lin Xiaoyu",
        "lang": "it",
        "start": "2024-04-05T11:11:00",
        "messages": [
            (
                "c",
                "buongiorno, scrivo io per i miei genitori che parlano poco italiano. sono [[P:Xiaoyu Lin]], mio papà [[P:Lin Wei]] torna a [[L:Shanghai]] con mamma",
            ),
            (
                "a",
                "Buongiorno [[P:Xiaoyu]], nessun problema. Quanti metri cubi circa? Ci sono mobili da smontare?",
            ),
            (
                "c",
                "circa 20 mc, e il negozio in [[L:Chinatown]] no, solo casa. casa è [[A:via Giordano Bruno 9, scala C, piano 2]], [[L:Milano]]",
            ),
            (
                "a",
                "Capito. Per la spedizione via mare serve il codice fiscale dell'intestatario e una mail",
            ),
            (
                "c",
                "papà CF ve lo porta lui. mail mia [[E:xiaoyu.lin@example.net]] o wechat id [[H:linxy_mi]]",
            ),
            (
                "a",
                "Perfetto. Preventivo {{R:Q-24-0955}}: {{PD:groupage mare Milano-Shanghai}} {{$:€ 4.300}}, tempi 6-7 settimane",
            ),
        ],
    },
    # 11. Removals: Nigerian customer, damaged item, claim
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Chinedu O.",
        "lang": "en",
        "start": "2024-04-08T16:30:00",
        "messages": [
            (
                "c",
                "Good afternoon. My name is [[P:Chinedu Okafor]]. The mirror arrived broken in [[L:Rotterdam]]. Order {{O:TM-7731}}",
            ),
            (
                "a",
                "Dear [[P:Chinedu]], I'm very sorry. Please send photos and the address where you are now so our surveyor can visit.",
            ),
            (
                "c",
                "[[A:Schiedamseweg 144B]], [[A:3025 AJ]] [[L:Rotterdam]]. Photos sent to your email from [[E:c.okafor@example.com]]. My wife [[P:Ngozi]] also took a video",
            ),
            (
                "a",
                "Received, thank you. The insurance covers up to {{$:€ 800}} for that item. We need an IBAN for the refund, ideally in your name.",
            ),
            (
                "c",
                "[[I:NL91ABNA0417164300]] wait that's the old one. use this: [[I:DE35 3704 0044 0871 9255 43]], it's in [[P:Ngozi Okafor]]'s name is that ok",
            ),
            (
                "a",
                "That's fine if you both sign the claim form. Claim ref {{R:CLM-2024-044}}. - [[P:Marta]]",
            ),
        ],
    },
    # 12. Removals: Spanish teacher moving to Madrid, double surname, obfuscated mail
    {
        "business": "removals",
        "platform": "instagram",
        "customer": "lucia.gr",
        "lang": "it",
        "start": "2024-04-10T20:40:00",
        "messages": [
            (
                "c",
                "hola! ehm ciao 😂 torno a [[L:Madrid]] dopo 6 anni a [[L:Milano]]. mi chiamo [[P:Lucía García Rodríguez]]",
            ),
            (
                "a",
                "Ciao [[P:Lucía]]! Quanti scatoloni e mobili? Abbiamo il servizio {{PD:Piccoli Traslochi Europa}}",
            ),
            (
                "c",
                "pocos... cioè pochi: 25 scatole, una bici, la scrivania. sto in [[A:viale Monza 77]] nel quartiere [[L:NoLo]]",
            ),
            ("a", "Perfetto, ti mando il preventivo. Mail?"),
            (
                "c",
                "[[E:lucia punto garcia chiocciola example punto es]]. en [[L:Madrid]] vivo con mi prima [[P:Carmen]] en [[A:calle de Toledo 58, 3ºB]], [[A:28005]]",
                "es",
            ),
            (
                "a",
                "Grazie! Preventivo {{R:Q-24-1002}} in arrivo entro {{D:venerdì}}. [[P:Ruggero]]",
            ),
        ],
    },
    # 13. Removals: Arab family to Dubai, card payment by link
    {
        "business": "removals",
        "platform": "whatsapp",
        "customer": "Yousef",
        "lang": "en",
        "start": "2024-04-12T10:00:00",
        "messages": [
            (
                "c",
                "Salam, this is [[P:Yousef Al-Hashimi]]. We move to [[L:Dubai]] in July. Can I pay the balance with card?",
            ),
            (
                "a",
                "Hello [[P:Yousef]], yes. We'll send you a payment link. Balance is {{$:€ 6.950}} for order {{O:TM-7802}}.",
            ),
            (
                "a",
                "Here it is: [[U:https://pay.example.com/traslocamondo/yousef-alhashimi-7802]] - valid 48 hours",
            ),
            (
                "c",
                "Done, paid with my card ending 0034. Actually my wife [[P:Layla]] paid with hers, [[C:5523-9014-4871-0034]], receipt goes to [[E:layla.hashimi@example.ae]]",
            ),
            ("a", "Please avoid sharing full card numbers here. Payment received, thank you!"),
            (
                "c",
                "sorry 🙏 pickup is [[A:via Washington 45]], [[L:Milano]], doorman is [[P:Salvatore]] [[T:02 4800 3312]]",
            ),
            (
                "a",
                "No worries [[P:Yousef]]. Our driver [[P:Ruggero]] will call [[P:Salvatore]] the day before.",
            ),
        ],
    },
    # 14. Removals: Ukrainian lady, piano, VAT of her company
    {
        "business": "removals",
        "platform": "telegram",
        "customer": "Oksana K",
        "lang": "it",
        "start": "2024-04-15T12:25:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Oksana Kovalenko]], insegnante di pianoforte. devo spedire il mio pianoforte a [[L:Kyiv]] da [[L:Monza]]. possibile?",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]], sì, con cassa in legno su misura. Fattura a lei o a una società?",
            ),
            (
                "c",
                "alla mia ditta individuale, P.IVA [[V:02765430067]]. sede [[A:via Vittorio Veneto 12/B]], [[A:20900]] [[L:Monza]]",
            ),
            (
                "a",
                "Ok. Un nostro tecnico, [[P:Dmytro]], parla ucraino e verrà a vedere lo strumento. Numero per contattarla?",
            ),
            (
                "c",
                "[[T:+39 351 770 2094]]. oppure mia figlia [[P:Sofiia]] [[T:(+380) 67 123 4567]] che è già a [[L:Kyiv]]",
            ),
            (
                "a",
                "Grazie. {{PD:cassa pianoforte verticale}} {{$:€ 480}} + trasporto. Rif. {{R:Q-24-1044}}",
            ),
        ],
    },
    # 15. Removals: US couple, Boston, Apt, ZIP
    {
        "business": "removals",
        "platform": "messenger",
        "customer": "Will & Hope",
        "lang": "en",
        "start": "2024-04-18T22:10:00",
        "messages": [
            (
                "c",
                "hi!! [[P:Will]] here (and [[P:Hope]] 😊). We're going back to the States after 3 yrs in [[L:Milan]]. Do you ship to [[L:Boston]]?",
            ),
            (
                "a",
                "Hi [[P:Will]]! Yes, we do door-to-door to the US. Current address and destination please?",
            ),
            (
                "c",
                "Now: [[A:via Savona 20]], [[A:20144]] [[L:Milan]] ([[L:Tortona]] area). Going to: [[A:88 Beacon St, Apt 4B]], [[L:Boston]], [[A:MA 02108]]",
            ),
            ("a", "Thanks. Full names as on the passports, for customs?"),
            (
                "c",
                "[[P:William Fox]] and [[P:Hope Fox-Harrington]]. cell [[T:+1 (617) 555-0143]], whatsapp this one. [[P:Hope]]'s email [[E:hope.foxh@example.com]]",
            ),
            (
                "a",
                "Perfect, quote {{R:Q-24-1101}} tomorrow. Container share {{PD:LCL Milano-Boston}} from {{$:$ 5,200}}. - [[P:Marta]]",
            ),
        ],
    },
    # 16. Pastry: birthday cake order with name on the cake
    {
        "business": "pastry",
        "platform": "instagram",
        "customer": "serena_bianco_mo",
        "lang": "it",
        "start": "2024-05-02T18:20:00",
        "messages": [
            (
                "c",
                "ciaooo vorrei ordinare una {{PD:torta Sacher}} x 12 persone x il compleanno di mia mamma [[P:Rosa]] 🎂 sabato",
            ),
            ("a", "Ciao! Certo 😊 Scritta sulla torta? Ritiro in negozio o consegna?"),
            (
                "c",
                "scritta 'Auguri [[P:Rosa]] 60' ... cioè 'Auguri [[P:Rosa]] 60' 😂 lei su ig è @[[H:rosa.bianco.60]] se volete taggarla. consegna a [[A:via Emilia Est 1420]], [[L:Modena]], citofono [[P:Bianco]]",
            ),
            (
                "a",
                "Perfetto. {{PD:Sacher}} da 12 porzioni {{$:€ 48}}, consegna {{$:€ 5}}. Nome e numero x il corriere?",
            ),
            (
                "c",
                "[[P:Serena Bianco]] [[T:339/4417820]], e mi fate lo scontrino col CF [[CF:BNCSRN85T52F257H]] pls. se nn ci sono lascia a mia vicina [[P:Neve]] al piano terra",
            ),
            (
                "a",
                "Segnato ordine {{O:GH-0512}} per {{D:sabato 11 maggio}} tra le {{TM:10}} e le {{TM:12}}. Grazie [[P:Serena]]! [[P:Tommaso]] 🍰",
            ),
        ],
    },
    # 17. Pastry: wedding cake, Chinese-Italian couple, fiscal code for invoice
    {
        "business": "pastry",
        "platform": "whatsapp",
        "customer": "Chen Jing",
        "lang": "it",
        "start": "2024-05-03T11:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, siamo [[P:Jing Chen]] e [[P:Matteo Ferrari]], ci sposiamo il {{D:21 settembre}} a [[L:Castelvetro]]. vorremmo una torta a 3 piani",
            ),
            (
                "a",
                "Congratulazioni! Facciamo una degustazione? Di solito proponiamo {{PD:Millefoglie Chantilly}} o {{PD:torta Barozzi}}",
            ),
            (
                "c",
                "sì!! [[P:Matteo]] ama la {{PD:Barozzi}}. possiamo venire {{D:giovedì}} dopo le {{TM:18}}",
            ),
            ("a", "Perfetto. Per l'acconto serve la fattura? A chi la intestiamo?"),
            (
                "c",
                "a me, [[P:Chen Jing]], CF lo mando dopo. indirizzo [[A:strada Nazionale per Carpi 812]], [[A:41122]] [[L:Modena]]. mail [[E:jing.chen.mo@example.it]]",
            ),
            (
                "c",
                "ah e la wedding planner è [[P:Ilaria Guidetti]], vi chiama lei dal [[T:059 23 11 480]]",
            ),
            (
                "a",
                "Grazie! Acconto {{$:€ 200}} su IBAN [[I:IT81 B020 0803 4950 0010 4882 213]] intestato alla pasticceria. A giovedì, [[P:Martina]]",
            ),
        ],
    },
    # 18. Pastry: English tourist asking about gelato for a group, hotel
    {
        "business": "pastry",
        "platform": "messenger",
        "customer": "Hannah Leonard",
        "lang": "en",
        "start": "2024-05-06T15:15:00",
        "messages": [
            (
                "c",
                "Hi! We're a group of 14 from [[L:Leeds]] doing a food tour of {{W:Emilia}}. Could you host us for a gelato tasting?",
            ),
            (
                "a",
                "Hi! We'd love to. Our {{PD:degustazione gelato 6 gusti}} is {{$:€ 9}} per person. Which day?",
            ),
            (
                "c",
                "{{D:Tuesday 14th}} around {{TM:4pm}}? I'm [[P:Hannah Leonard]], tour leader. My colleague [[P:Robbie]] ([[P:Robert Kemp]]) will pay",
            ),
            ("a", "Booked! Ref {{R:GEL-1405}}. Any allergies?"),
            (
                "c",
                "one coeliac, Mrs [[P:Patel]], and [[P:Rob]] is lactose intolerant lol. we're at {{B:Hotel Canalgrande}}. contact me at [[E:hannah.leonard@example.co.uk]] or [[T:+44 (0)113 496 0728]]",
            ),
            (
                "a",
                "No problem, we have {{PD:sorbetti}} and gluten-free cones. See you Tuesday! - [[P:Tommaso]]",
            ),
        ],
    },
    # 19. Pastry: complaint about a delivery, dialect
    {
        "business": "pastry",
        "platform": "messenger",
        "customer": "Gianfranco Malagoli",
        "lang": "it",
        "start": "2024-05-08T19:50:00",
        "messages": [
            (
                "c",
                "ciao, l'ordine {{O:GH-0530}} è arrivato con la panna tutta sfatta. ma dai, ragazzi, csa fêv? 😤",
            ),
            (
                "a",
                "Buonasera, ci dispiace moltissimo. Può mandarci una foto? Sono [[P:Martina]] del laboratorio",
            ),
            (
                "c",
                "foto mandata. il corriere, un certo [[P:Ahmed]], l'ha lasciata al sole in [[A:via Giardini 470]] per mezz'ora, l'ha visto la mia vicina [[P:Bruna Pellacani]]",
            ),
            (
                "a",
                "Capito. Le rimborsiamo i {{$:€ 36}} o le rifacciamo la {{PD:zuppa inglese}} domani?",
            ),
            (
                "c",
                "rifatela. sono [[P:Gianfranco Malagoli]], [[T:348 66 21 009]], sempre [[A:via Giardini 470]] [[L:Modena]]",
            ),
            (
                "a",
                "Domani {{D:9 maggio}} entro le {{TM:11:00}}, la porta [[P:Tommaso]] di persona. Scusi ancora",
            ),
        ],
    },
    # 20. Pastry: corporate order for panettoni, VAT EU
    {
        "business": "pastry",
        "platform": "telegram",
        "customer": "Klaus Weber",
        "lang": "en",
        "start": "2024-10-14T09:30:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Klaus Weber]] from {{B:Weber Feinkost GmbH}}. We'd like 120 {{PD:panettone artigianale}} for {{W:Christmas}}, shipped to [[L:Stuttgart]]",
            ),
            (
                "a",
                "Good morning Mr [[P:Weber]]! 1 kg panettone is {{$:€ 32}}, for 120 pcs we can do {{$:€ 28}} each. Your VAT number for the invoice?",
            ),
            (
                "c",
                "[[V:DE136987459]]. Delivery: [[A:Königstraße 28]], [[A:70173]] [[L:Stuttgart]], attn. Frau [[P:Lehmann]]",
            ),
            ("a", "Thank you. Invoice to [[E:k.weber@weber-feinkost.example.de]]?"),
            (
                "c",
                "Invoices to accounting please, [[E:buchhaltung@weber-feinkost.example.de]]. Payment from our bank [[I:DE35370400440871925543]]",
            ),
            (
                "a",
                "Perfect. Order {{O:GH-1120}}, shipping week of {{D:2 December}}, tracking will follow ({{B:DHL}}). - [[P:Martina]]",
            ),
        ],
    },
    # 21. Pastry: cake for a kid, nickname, instagram handle and personal link
    {
        "business": "pastry",
        "platform": "instagram",
        "customer": "giuse.mamma.di.leo",
        "lang": "it",
        "start": "2024-05-12T21:00:00",
        "messages": [
            (
                "c",
                "ciao sn [[P:Giuse]] 😊 vi ho trovato tramite @[[H:modena_mamme_golose]]. volevo una torta di {{PD:Spider-Man}} x [[P:Leo]] che fa 5 anni",
            ),
            ("a", "Ciao [[P:Giuse]]! Certo, in pasta di zucchero da {{$:€ 65}}. Ritiro?"),
            (
                "c",
                "ritiro io o mia suocera [[P:Ornella]]. ah se volete le foto della festa le metto sul mio blog [[U:https://giuseppinaferraresi.example.blog/feste]]",
            ),
            ("a", "Che bello! Ci tagghi pure 😍 Ci dai un numero?"),
            (
                "c",
                "[[T:3331870245]] sono [[P:Giuseppina Ferraresi]], abito a [[L:Formigine]] ma ritiro in negozio",
            ),
            (
                "a",
                "Ordine {{O:GH-0588}} pronto {{D:domenica 19}} dalle {{TM:9:30}}. Ciao [[P:Giuse]]! [[P:Tommaso]]",
            ),
        ],
    },
    # 22. Pastry: B&B owner partita IVA, standing order for croissants
    {
        "business": "pastry",
        "platform": "whatsapp",
        "customer": "B&B Il Torrazzo",
        "lang": "it",
        "start": "2024-05-15T07:10:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Marco Leone]] del B&B in [[L:Vignola]]. Vorrei un ordine fisso di 30 {{PD:brioche}} ogni mattina",
            ),
            (
                "a",
                "Buongiorno [[P:Marco]]! Possiamo consegnare alle {{TM:6:45}}. Ci servono i dati per la fatturazione mensile",
            ),
            (
                "c",
                "[[P:Leone Marco]] ditta individuale, P.IVA [[V:08345120151]], [[A:via Bellucci 23]] [[A:41058]] [[L:Vignola]]. SDI via pec [[E:marco.leone.bb@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto, da {{D:lunedì 20}}. Prezzo {{$:€ 0,90}} cad. Se un giorno non c'è nessuno?",
            ),
            (
                "c",
                "lascia nella cassetta, o chiama mia mamma [[P:Speranza]] [[T:059.771.0302]] che abita di fianco",
            ),
            ("a", "Perfetto [[P:Marco]], salutaci la sig.ra [[P:Speranza]]! [[P:Martina]] 🥐"),
        ],
    },
    # 23. Stable: family trekking booking, kids' names
    {
        "business": "stable",
        "platform": "messenger",
        "customer": "Alessia Baldini",
        "lang": "it",
        "start": "2024-06-03T10:30:00",
        "messages": [
            (
                "c",
                "ciao! vorremmo fare la {{PD:passeggiata al tramonto}} in 4: io, mio marito [[P:Stefano]] e i bimbi [[P:Viola]] (10) e [[P:Tito]] (7)",
            ),
            (
                "a",
                "Ciao! Per i bimbi sotto gli 8 anni facciamo il {{PD:pony a mano}}. {{D:Sabato}} alle {{TM:18:30}}? Sono [[P:Duccio]], il buttero 🤠",
            ),
            (
                "c",
                "perfetto. siamo in vacanza all'agriturismo in [[A:loc. Pian di Rocca 7]], [[L:Castiglione della Pescaia]]",
            ),
            ("a", "Benissimo, vi passiamo a prendere col fuoristrada. Nome e telefono?"),
            (
                "c",
                "[[P:Alessia Baldini]], [[T:+39 335 640 7711]]. [[P:Tito]] ha un po' paura dei cavalli 🙈",
            ),
            (
                "a",
                "Tranquilla, gli diamo la {{PD:Bianca}}, la cavalla più buona che abbiamo. {{$:€ 45}} adulti, {{$:€ 20}} pony. Ciao [[P:Alessia]]!",
            ),
        ],
    },
    # 24. Stable: American couple, riding lessons, address in Tuscany
    {
        "business": "stable",
        "platform": "whatsapp",
        "customer": "Victoria",
        "lang": "en",
        "start": "2024-06-05T08:45:00",
        "messages": [
            (
                "c",
                "Hi there, I'm [[P:Victoria Hale]] from [[L:Austin]], we rented a farmhouse near [[L:Manciano]]. Do you do lessons for beginners?",
            ),
            (
                "a",
                "Hi [[P:Victoria]]! Yes, {{PD:lezione individuale}} 1h {{$:€ 40}}. Where exactly are you staying?",
            ),
            (
                "c",
                "[[A:Podere Le Sughere, strada provinciale 32 km 6]], [[A:58014]] [[L:Manciano]]. My husband [[P:Jim]] wants to try too but he's 105 kg lol",
            ),
            (
                "a",
                "No problem, we have {{PD:Maremmano}} horses, very strong 💪 {{D:Thursday}} {{TM:9am}}?",
            ),
            (
                "c",
                "yes! pls text [[P:Jim]] too, [[T:+1 512-555-0198]]. mine is [[T:+1 512 555 0177]]",
            ),
            ("a", "Done. Booking {{R:BT-0611}}. Boots and helmets provided. - [[P:Duccio]]"),
            ("c", "grazie mille! a giovedì 🐴", "it"),
        ],
    },
    # 25. Stable: Arab-Italian guy booking a multi-day trek, CF for insurance
    {
        "business": "stable",
        "platform": "telegram",
        "customer": "Karim",
        "lang": "it",
        "start": "2024-06-07T13:00:00",
        "messages": [
            (
                "c",
                "salve, vorrei fare il {{PD:trekking di 3 giorni}} fino a [[L:Saturnia]] con la mia ragazza [[P:Giada]]. sono [[P:Karim El Amrani]]",
            ),
            (
                "a",
                "Ciao [[P:Karim]]! Il trekking parte il {{D:14 giugno}}. Per l'assicurazione infortuni ci servono nome, CF e data di nascita di entrambi",
            ),
            (
                "c",
                "io: [[P:Karim El Amrani]], nato a [[L:Casablanca]] nel 96, CF lo sto cercando 😅 [[P:giada]] è al lavoro",
            ),
            (
                "c",
                "nn lo trovo, ve lo dico al tel [[T:347-902-6618]] stasera. quello di [[P:Giada]] ve lo manda lei",
            ),
            (
                "a",
                "Va bene, ti chiamiamo. Quota {{$:€ 420}} a persona, acconto su [[I:IT03C0832736420000000007761]] ({{B:Banca Tema}}). [[P:Duccio]]",
            ),
            (
                "c",
                "ok fatto bonifico. abito a [[L:Grosseto]] [[A:via Aurelia Nord 60 int 4]], [[P:El Amrani]] sul campanello",
            ),
        ],
    },
    # 26. Stable: lost item, third parties, facebook profile
    {
        "business": "stable",
        "platform": "messenger",
        "customer": "Margherita Santini",
        "lang": "it",
        "start": "2024-06-10T20:15:00",
        "messages": [
            (
                "c",
                "ciao ho perso gli occhiali {{B:Ray-Ban}} durante la passeggiata di ieri 😭 forse sulla spiaggia di {{W:Cala di Forno}}?",
            ),
            (
                "a",
                "Ciao! Il ragazzo che guidava, [[P:Manuel]], li ha trovati nel box di {{PD:Ferro}}",
            ),
            (
                "c",
                "ahah il cavallo {{PD:Ferro}}! 😂 che sollievo. li può ritirare mia sorella [[P:Serena]] che passa da [[L:Alberese]] giovedì?",
            ),
            (
                "a",
                "Certo. Come si chiama di cognome? Così li lasciamo a suo nome al bar del maneggio",
            ),
            (
                "c",
                "[[P:Serena Santini]], è su fb [[U:facebook.com/serena.santini.77]] se volete vedere la faccia 😂 il mio num [[T:366 203 8851]]",
            ),
            ("a", "Perfetto, busta a nome [[P:Santini]] 👓 ciao [[P:Margherita]]! [[P:Elena]]"),
        ],
    },
    # 27. Stable: school group, teacher with double surname, Nigerian student's mother
    {
        "business": "stable",
        "platform": "messenger",
        "customer": "Prof.ssa Rinaldi Cecchi",
        "lang": "it",
        "start": "2024-04-22T09:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono la prof. [[P:Paola Rinaldi Cecchi]] dell'IC di [[L:Orbetello]]. Vorremmo portare una classe (22 ragazzi) il {{D:16 maggio}} per la {{PD:giornata in fattoria}}",
            ),
            (
                "a",
                "Buongiorno prof.ssa [[P:Rinaldi Cecchi]]! Volentieri. {{$:€ 15}} a ragazzo con merenda. Servono le liberatorie firmate",
            ),
            (
                "c",
                "Certo. Una mamma, la sig.ra [[P:Blessing Adeyemi]], chiede se suo figlio [[P:Tobi]] può venire anche se ha l'asma. Vi scrive lei dal [[T:389 441 2670]]",
            ),
            (
                "a",
                "Sì, nessun problema, basta avvisare. Il veterinario dott. [[P:Fox]] è presente quel giorno, e c'è il defibrillatore",
            ),
            (
                "c",
                "Perfetto. La fattura va alla scuola, i dati ve li gira la segreteria, sig. [[P:Carli]], [[E:segreteria.carli@ic-orbetello.example.it]]",
            ),
            ("a", "Benissimo, aspettiamo. A presto! [[P:Elena]] - {{B:Il Buttero}}"),
        ],
    },
    # 28. Stable: horse boarding (pensione), IBAN and partita IVA of a farmer
    {
        "business": "stable",
        "platform": "whatsapp",
        "customer": "Gigi Bellucci",
        "lang": "it",
        "start": "2024-06-18T17:25:00",
        "messages": [
            (
                "c",
                "oh ciao [[P:Duccio]], so' [[P:Gigi]] di [[L:Magliano]]. ce l'hai posto x la mi cavalla in pensione a luglio? 'un ci ho tempo di starci dietro",
            ),
            (
                "a",
                "Ciao [[P:Gigi]]! Sì, box libero dal {{D:1 luglio}}. {{PD:Pensione completa}} {{$:€ 380}} al mese",
            ),
            (
                "c",
                "bene. il fieno te lo porto io dall'azienda, fammi fattura che la scarico: [[P:Bellucci Luigi]] az. agricola, P.IVA [[V:01488320688]], [[A:loc. Poggio Alto 3]], [[L:Magliano in Toscana]]",
            ),
            ("a", "Fatto. Ti faccio il RID? Mandami l'IBAN"),
            (
                "c",
                "[[I:IT29 K053 8712 9000 0000 3091 544]]. e se 'un rispondo chiama il mi figliolo [[P:Nico]] [[T:0564 59 2214]] o al cell [[T:340 2211 876]]",
            ),
            ("a", "Ok. La cavalla come si chiama? Per la targhetta del box"),
            ("c", "{{PD:Speranza}} 🐴 ma la chiamano tutti {{PD:Spe}}"),
            ("a", "Bellissimo nome 😄 Ciao [[P:Gigi]], saluta [[P:Nico]]!"),
        ],
    },
    # 29. Stable: English blogger, handle, personal site
    {
        "business": "stable",
        "platform": "instagram",
        "customer": "wanderlust.ellie",
        "lang": "en",
        "start": "2024-06-21T12:40:00",
        "messages": [
            (
                "c",
                "Hiii! I'm [[P:Ellie Hart]], travel blogger (@[[H:wanderlust.ellie]]). Would love to film a {{PD:butteri}} morning for my channel 🐎",
            ),
            (
                "a",
                "Hi [[P:Ellie]]! Sure, you can join the {{PD:cattle drive}} on {{D:Sunday}} at {{TM:6:30}}. It's {{$:€ 90}}",
            ),
            (
                "c",
                "amazing. my partner [[P:Dan Okoye]] films, his handle is @[[H:danokoye.films]]. my site is [[U:www.elliehart.example.com]] if you want to check",
            ),
            (
                "a",
                "Love it 😍 We'll tag you. We're at the end of the dirt road after {{W:Rispescia}} signs, I'll send a pin",
            ),
            (
                "c",
                "perfect, we're staying with a friend [[P:Will Baker]] in [[L:Talamone]]. my number [[T:+44 7911 123 456]]",
            ),
            ("a", "See you Sunday! [[P:Elena]]"),
        ],
    },
    # 30. Tailor: American client ordering a suit, measurements, address in US
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Robert Church",
        "lang": "en",
        "start": "2024-02-05T15:00:00",
        "messages": [
            (
                "c",
                "Good afternoon, [[P:Robert Church]] here, Maestro [[P:Leone]]'s client from last spring. I'd like a second suit, the {{PD:Vesuvio}} model in navy",
            ),
            (
                "a",
                "Good afternoon Mr [[P:Church]]! Welcome back. We still have your measurements. Fabric: {{B:Loro Piana}} or {{B:Vitale Barberis Canonico}}?",
            ),
            (
                "c",
                "{{B:Loro Piana}} please. Ship to my office: [[A:1450 Broadway, Suite 1200]], [[L:New York]], [[A:NY 10018]], attn [[P:Grace Kim]], my assistant",
            ),
            (
                "a",
                "Perfect. Price is {{$:€ 2.800}}, 50% deposit. I'll send a payment link to your email",
            ),
            (
                "c",
                "[[E:rchurch@churchcapital.example.com]]. You can also reach [[P:Grace]] at [[T:(212) 555-0164]]",
            ),
            (
                "a",
                "Link sent: [[U:https://pay.example.com/sartoria/robert-church-2402]]. Thank you! [[P:Gennaro]]",
            ),
        ],
    },
    # 31. Tailor: Neapolitan groom, dialect, CF, brother
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Peppe Leone",
        "lang": "it",
        "start": "2024-02-08T20:30:00",
        "messages": [
            (
                "c",
                "uè bonasera! song [[P:Peppe]], me sposo a {{D:giugno}} e vulesse nu vestito comme si deve 😎",
            ),
            (
                "a",
                "Buonasera [[P:Peppe]]! Auguri! Venite in sartoria per le misure. Nome completo per la scheda?",
            ),
            (
                "c",
                "[[P:Giuseppe Leone]], stong a [[L:Fuorigrotta]], [[A:via Leopardi 132 pal. B]]. CF pe' a fattura [[CF:LNEGPP77C12F839D]]",
            ),
            (
                "a",
                "Perfetto. {{D:Martedì}} alle {{TM:17}}? Il {{PD:tight}} su misura parte da {{$:€ 1.900}}",
            ),
            (
                "c",
                "vengo cu mio frate [[P:Salvatore]] pure isso è testimone. o numero mio è [[T:081 570 2219]], cell [[T:329 88 14 502]]",
            ),
            (
                "a",
                "Vi aspettiamo. E la sposa come si chiama? Auguri a tutti e due! [[P:Gennaro Esposito]], sarto",
            ),
            ("c", "[[P:Assunta]], ma pe' tutti è [[P:Susy]] 😍 grazie [[P:Gennà]]"),
        ],
    },
    # 32. Tailor: Indian businessman on a work trip, shirts shipped to London, French VAT
    {
        "business": "tailor",
        "platform": "telegram",
        "customer": "Rahul S.",
        "lang": "en",
        "start": "2024-02-12T10:10:00",
        "messages": [
            (
                "c",
                "Hello, [[P:Rahul Sharma]] here. I'm in [[L:Naples]] for work until Friday, staying at [[A:via Partenope 38]]. Can you make 6 shirts in 4 days?",
            ),
            (
                "a",
                "Hello Mr [[P:Sharma]]! Our {{PD:camicia su misura}} needs two fittings, 5 days minimum. We could ship the rest to you",
            ),
            (
                "c",
                "OK. Ship to [[A:22 Churchill Gardens, Pimlico]], [[L:London]] [[A:SW1V 3AA]]. Invoice to my company, VAT [[V:FR44732829320]], our French entity",
            ),
            ("a", "Fine. 6 shirts {{$:€ 1.080}}. Please pay at the fitting or with a card"),
            (
                "c",
                "Card: [[C:4916 1420 7358 8621]], exp 09/27. name [[P:Rahul K Sharma]]. email [[E:rahul.sharma@example.in]]",
            ),
            (
                "a",
                "Thank you, processed. Please don't share card numbers on chat next time 🙏 Fitting {{D:Wednesday}} {{TM:12:00}}. [[P:Gennaro]]",
            ),
        ],
    },
    # 33. Tailor: woman ordering a gift for husband, neighbour collects
    {
        "business": "tailor",
        "platform": "instagram",
        "customer": "neve.costa",
        "lang": "it",
        "start": "2024-02-14T11:45:00",
        "messages": [
            (
                "c",
                "ciao! vorrei regalare a mio marito [[P:Ciro]] una {{PD:giacca Posillipo}}. ha le misure da voi, si chiama [[P:Ciro Amato]]",
            ),
            (
                "a",
                "Ciao! Sì, il sig. [[P:Amato]] è in archivio. Tessuto? Per sorpresa non lo chiamiamo 🤫",
            ),
            (
                "c",
                "grazie!! lino beige. sono [[P:Neve Costa]], [[CF:CSTNVE95H63F839M]] x la fattura. abito a [[L:Vomero]], [[A:via Scarlatti 61, scala A, piano 3, int. 9]]",
            ),
            ("a", "Perfetto, {{$:€ 850}}. Pronta per il {{D:2 marzo}}"),
            (
                "c",
                "quando gliela date taggatelo @[[H:ciro.amato.na]] 😂 la ritira la vicina donna [[P:Carmela]], [[P:Carmela Russo]], perché io lavoro. il suo num: [[T:333 710 2298]]",
            ),
            ("a", "Va bene, busta a nome [[P:Costa]] 😊 [[P:Anna]] - Sartoria"),
        ],
    },
    # 34. Tailor: Spanish tourist needing alterations by the Ukrainian seamstress, code switching
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Javier",
        "lang": "en",
        "start": "2024-02-18T16:20:00",
        "messages": [
            (
                "c",
                "hi, I'm [[P:Javier Moreno Ruiz]] from [[L:Valencia]]. I bought trousers in {{B:Ferragamo}} on {{W:Via Toledo}} and need them shortened today, posible?",
            ),
            (
                "a",
                "Hi [[P:Javier]]! Yes, our seamstress [[P:Tetiana]] can do it in 2 hours, {{$:€ 25}}",
            ),
            (
                "c",
                "genial!! ahora voy. mi novia [[P:Marta]] también quiere arreglar un vestido",
                "es",
            ),
            ("a", "Sure. We're waiting. Leave a phone number in case?"),
            (
                "c",
                "[[T:+34 612 34 56 78]]. and pls send the receipt to [[E:javi.moreno [at] example [dot] es]]",
            ),
            ("a", "Done! Ask for [[P:Tetiana Shevchenko]] at the desk. [[P:Anna]]"),
        ],
    },
    # 35. Tailor: wholesaler invoice, Italian VAT, IBAN, colleague
    {
        "business": "tailor",
        "platform": "messenger",
        "customer": "Tessuti Cuomo",
        "lang": "it",
        "start": "2024-02-21T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno [[P:Gennaro]], sono [[P:Rosaria Cuomo]] di {{B:Tessuti Cuomo}}. la fattura {{R:FT 77/2024}} è ancora aperta, {{$:€ 3.420}}",
            ),
            (
                "a",
                "Buongiorno [[P:Rosaria]], scusi il ritardo! Ci rimanda l'IBAN giusto? L'ultimo bonifico ci è tornato indietro",
            ),
            (
                "c",
                "[[I:IT02 Q030 6977 3401 0000 0004 519]] no scusate quello è vecchio, vi chiama mio collega [[P:Antonio Bello]] [[T:081-551-7720]]",
            ),
            (
                "c",
                "eccolo, corretto: [[I:IT64G0503415400000000318427]] intestato a {{B:Tessuti Cuomo srl}}, P.IVA [[V:05610240391]]",
            ),
            (
                "a",
                "Grazie, bonifico fatto oggi {{D:21/02}}. CRO in arrivo via mail a [[E:amministrazione@tessuticuomo.example.it]]",
            ),
            (
                "c",
                "perfetto. saluti a [[P:Gennaro]] e a donna [[P:Anna]] 😊 [[L:Casoria]] vi aspetta per i nuovi campioni",
            ),
        ],
    },
    # 36. Tailor: Nigerian client, agbada + suit, shipping to Lagos
    {
        "business": "tailor",
        "platform": "whatsapp",
        "customer": "Emeka",
        "lang": "en",
        "start": "2024-02-25T13:35:00",
        "messages": [
            (
                "c",
                "Good day sir. [[P:Emeka Nwosu]] from [[L:Lagos]], my friend [[P:Tunde]] recommended you. I need a 3-piece suit for my daughter's wedding",
            ),
            (
                "a",
                "Good day Mr [[P:Nwosu]]! We'd be honoured. Will you come to the shop or should we send you our measuring guide?",
            ),
            (
                "c",
                "I am in [[L:Rome]] next month, I will come {{D:10 April}}. Address in [[L:Lagos]]: [[A:14 Adeola Odeku Street]], [[L:Victoria Island]]",
            ),
            (
                "a",
                "Perfect. Suit in {{B:Zegna}} wool {{$:€ 3.100}}. Shipping by {{B:FedEx}}, tracking {{TR:FX 7791 2040 5513}}",
            ),
            (
                "c",
                "ok. my son [[P:Chidi]] handles the payment: [[E:chidi.nwosu@example.ng]], [[T:+234 803 555 0192]]. linkedin [[U:linkedin.com/in/emeka-nwosu-lagos]]",
            ),
            ("a", "Thank you. See you on {{D:10 April}}! [[P:Gennaro]]"),
            ("c", "Thank you [[P:Gennaro]]. [[P:Tunde]] sends his greetings"),
        ],
    },
    # 37. Rental: German couple, car pick-up, card for deposit
    {
        "business": "rental",
        "platform": "whatsapp",
        "customer": "Anna Schmidt",
        "lang": "en",
        "start": "2024-07-01T06:30:00",
        "messages": [
            (
                "c",
                "Hello, booking {{R:ETG-77310}}, we land at {{TM:10:40}} from [[L:Munich]]. Where is your desk? [[P:Anna Schmidt]]",
            ),
            (
                "a",
                "Hi [[P:Anna]]! After arrivals at {{W:Fontanarossa}} take the shuttle to the car rental area, desk 12. I'm [[P:Salvo]]",
            ),
            (
                "c",
                "thanks. the driver is my husband [[P:Jonas Schmidt-Berger]]. For the deposit we use his {{B:Amex}} [[C:3782 822463 10005]]",
            ),
            (
                "a",
                "Please don't type the card here, just bring it. The {{PD:Fiat 500}} is ready, {{$:€ 300}} deposit blocked",
            ),
            (
                "c",
                "ok sorry. we stay in [[L:Taormina]], [[A:via Pirandello 24]]. Phone [[T:+49 151 2345 6789]]",
            ),
            ("a", "Perfect. See you soon! [[P:Salvo]] 🚗"),
        ],
    },
    # 38. Rental: Catania customer, damage dispute, CF, address
    {
        "business": "rental",
        "platform": "messenger",
        "customer": "Luca Ferrari",
        "lang": "it",
        "start": "2024-07-04T19:00:00",
        "messages": [
            (
                "c",
                "salve, ho riconsegnato la {{PD:Panda}} ieri e mi avete addebitato {{$:€ 250}} per un graffio che c'era già!! contratto {{R:ETG-77402}}",
            ),
            (
                "a",
                "Buonasera, mi dispiace. Ha le foto del ritiro? Sono [[P:Concetta]], ufficio danni",
            ),
            (
                "c",
                "si ce le ho. sono [[P:Luca Ferrari]], CF [[CF:FRRLCU99E20C351A]]. le mando a [[E:danni@etnago.example.it]]?",
            ),
            ("a", "Sì, da lì le apriamo la pratica. Indirizzo per la comunicazione scritta?"),
            (
                "c",
                "[[A:via Etnea 688]], [[A:95128]] [[L:Catania]]. c'era con me la mia ragazza [[P:Agata]] che ha fatto il video, [[T:392 556 1180]]",
            ),
            ("a", "Perfetto. Pratica {{R:DN-2024-118}}, risposta entro 10 giorni. [[P:Concetta]]"),
        ],
    },
    # 39. Rental: British family, child seat, flight, contact, hotel
    {
        "business": "rental",
        "platform": "messenger",
        "customer": "Sophie Fox",
        "lang": "en",
        "start": "2024-07-08T11:15:00",
        "messages": [
            (
                "c",
                "Hiya! Need 2 child seats for booking {{R:ETG-77455}}. Kids are 2 and 5. Flight {{R:EZY 8127}} from {{W:Gatwick}}. [[P:Sophie Fox]]",
            ),
            ("a", "Hi [[P:Sophie]]! Added, {{$:€ 7}} per day each. Who's the main driver?"),
            (
                "c",
                "my partner [[P:Mark Leone]] (yes Italian surname, his nonno was from [[L:Acireale]] haha). we're at [[A:Villa Le Zagare, contrada Sciarelle 11]], [[L:Zafferana Etnea]]",
            ),
            ("a", "Lovely! Mobile number for the day of pick-up?"),
            (
                "c",
                "[[T:07700 900 244]] or [[T:+44 20 7946 0321]] landline. email [[E:sophie.fox.leone at example dot co dot uk]]",
            ),
            ("a", "All set. Enjoy {{W:Etna}}! [[P:Salvo]]"),
        ],
    },
    # 40. Rental: company rental, Spanish VAT, IBAN refund
    {
        "business": "rental",
        "platform": "telegram",
        "customer": "Beatriz Ortega",
        "lang": "it",
        "start": "2024-07-12T09:40:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Beatriz Ortega]] di {{B:Ortega Eventos SL}}, abbiamo noleggiato 3 van per la fiera a [[L:Siracusa]]. fattura intestata alla società",
            ),
            ("a", "Buongiorno [[P:Beatriz]]! Ci serve la partita IVA europea"),
            (
                "c",
                "[[V:FR03552081317]] no scusi quella è del cliente francese, la nostra ve la manda il collega [[P:Pablo]] da [[L:Barcellona]]",
            ),
            ("a", "Va bene. E per il rimborso del deposito in eccesso ({{$:€ 180}}), quale IBAN?"),
            (
                "c",
                "[[I:ES66 2100 0418 4302 9173 3564]], intestato a {{B:Ortega Eventos SL}}. grazie mille!! ah il mio cell italiano [[T:351 220 4417]]",
            ),
            ("a", "Perfetto, rimborso entro {{D:venerdì}}. [[P:Concetta]] - {{B:EtnaGo}}"),
        ],
    },
    # 41. Rental: Milanese woman with fiscal code, driver license, IP login issue
    {
        "business": "rental",
        "platform": "whatsapp",
        "customer": "Francy",
        "lang": "it",
        "start": "2024-07-16T22:05:00",
        "messages": [
            (
                "c",
                "ciao! nn riesco a fare il check-in online, mi dice accesso sospetto da [[IP:93.41.207.18]] ?? sono io da [[L:Milano]] 😅",
            ),
            (
                "a",
                "Ciao! Sì, il sistema blocca alcuni indirizzi. Facciamo a mano: nome, CF e numero patente?",
            ),
            (
                "c",
                "[[P:Francesca Del Carlo]], [[CF:DLCFNC92M45F205B]], patente la porto. prenotazione {{R:ETG-77590}}",
            ),
            (
                "a",
                "Fatto, sbloccato. Anche l'altro indirizzo [[IP:2001:db8:4a2::17]] era suo? Risultava un secondo tentativo",
            ),
            (
                "c",
                "quello è il mio ragazzo [[P:Andrea]] dal suo tel, stesso wifi boh. lui è [[P:Andrea Serra]], guida anche lui, [[T:347.882.0061]]",
            ),
            ("a", "Ok, aggiungo {{PD:secondo guidatore}} {{$:€ 5}}/giorno. A presto! [[P:Salvo]]"),
            ("c", "grazie mille [[P:salvo]] sei un grande"),
        ],
    },
    # 42. Rental: American tourist with lost item, instagram handle, venmo-style link
    {
        "business": "rental",
        "platform": "instagram",
        "customer": "hopefuljess",
        "lang": "en",
        "start": "2024-07-20T14:10:00",
        "messages": [
            (
                "c",
                "hey!! I left my sunglasses in the car 😭 the white {{B:Ray-Ban}}s. returned it this morning, reservation {{R:ETG-77631}}. I'm [[P:Jess Mancini]]",
            ),
            ("a", "Hi [[P:Jess]]! Our cleaner [[P:Nunzio]] found them. Where should we ship them?"),
            (
                "c",
                "to my aunt in [[L:Ragusa]] pls, zia [[P:Lina]] - [[A:via Roma 212]], [[A:97100]] [[L:Ragusa]]. I can pay shipping",
            ),
            ("a", "Sure, {{$:€ 9}}. You can pay via this link"),
            ("a", "[[U:https://paylink.example.com/etnago/jess-mancini-77631]]"),
            (
                "c",
                "paid! follow us @[[H:jess.and.tom.travel]] we'll shout you out lol. my bf [[P:Tom]] is @[[H:tomwanders]]",
            ),
            (
                "a",
                "Thanks! Shipped with {{B:BRT}}, tracking {{TR:BRT 0581 2240 0071}}. [[P:Salvo]]",
            ),
        ],
    },
    # 43. Rental: Sicilian dialect, accident on the road, third parties
    {
        "business": "rental",
        "platform": "telegram",
        "customer": "Turi",
        "lang": "it",
        "start": "2024-07-23T18:45:00",
        "messages": [
            (
                "c",
                "minchia picciotti, un signore mi ha tamponato sulla {{W:SS114}} vicino [[L:Aci Castello]]. contratto {{R:ETG-77688}}, cchi fazzu?",
            ),
            (
                "a",
                "Stia tranquillo. Compili il CID con l'altro conducente. Nome e targa dell'altro? Sono [[P:Concetta]]",
            ),
            (
                "c",
                "si chiama [[P:Orazio Bonaccorsi]], tel [[T:095 712 3390]], abita a [[L:Acitrezza]] [[A:lungomare dei Ciclopi 96]]. io sono [[P:Salvatore Cristaldi]] ma mi chiamano [[P:Turi]]",
            ),
            (
                "a",
                "Ok. Il carroattrezzi arriva in 40 minuti, l'autista è [[P:Rosario]]. Lei dove la riportiamo?",
            ),
            (
                "c",
                "a casa a [[L:San Giovanni la Punta]], [[A:traversa via Fisichelli 9]]. mia moglie [[P:Graziella]] [[T:340/118/2277]] sta arrivando",
            ),
            (
                "a",
                "Perfetto, le mandiamo una {{PD:Fiat Tipo}} sostitutiva domani {{TM:9:00}}. Pratica {{R:SN-2024-207}}",
            ),
            ("c", "grazie [[P:Concetta]], salutami a [[P:Rosario]] che è stato gentilissimo"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(28, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
