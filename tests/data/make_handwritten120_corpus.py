# ruff: noqa: E501
"""Hand-written blind test corpus no. 120 for convmon's anonymiser.

Written by hand, message by message, for this corpus only: no templates, no Faker, no
generated sentences. Every person, phone number, e-mail, address and account is invented.
The checksummed identifiers (IBANs with valid mod-97 and Italian CIN, card numbers passing
Luhn, codici fiscali and partite IVA with valid check characters) were computed once with
python-stdnum / Luhn and pasted here as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` a look-alike that must survive (order and tracking codes, prices,
dates, times, products, brands and Page names, public words and places, references).

The six invented businesses: a veterinary clinic in Vicenza, a sailing school in Lerici
(Liguria), a bridal dress atelier in Naples, an online shop of phone cases and accessories,
a cooking school for tourists in Florence and a manager of student rooms in Pavia. The corpus
leans on places and addresses (home, delivery, holiday and origin places; Italian and foreign
address formats; public places that must survive).

Regenerate with ``.venv/bin/python make_handwritten120_corpus.py`` from this folder;
the output ``handwritten120_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten120_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "vet": "Ambulatorio Veterinario Dalla Pozza",
    "vela": "Scuola Vela Maestrale Lerici",
    "sposa": "Atelier Carmela Esposito Sposa",
    "cover": "CaseCraze Italia",
    "cucina": "Cooking with Nonna Lidia",
    "stanze": "Stanze Ticino Student Rooms",
}
PAGE_IDS: dict[str, str] = {
    "vet": "720980314275106",
    "vela": "720980558201943",
    "sposa": "720980127734820",
    "cover": "720980960415372",
    "cucina": "720980443069817",
    "stanze": "720980782530264",
}

CONVERSATIONS: list[Conversation] = [
    # ------------------------------------------------------------------ vet (Vicenza)
    {
        "business": "vet",
        "platform": "whatsapp",
        "customer": "Giulia Bertoldo",
        "lang": "it",
        "start": "2025-02-03T08:40:00",
        "messages": [
            (
                "c",
                "buongiorno volevo prenotare x il richiamo del vaccino del gatto\nsiamo a [[L:Creazzo]] ma lavoro in centro a [[L:Vicenza]] quindi va bene anche in pausa pranzo",
            ),
            (
                "a",
                "Buongiorno! Abbiamo posto {{D:giovedì 6 febbraio}} alle {{TM:13:15}} oppure {{D:venerdì 7}} alle {{TM:18:30}}. Mi lascia nome e cognome del proprietario e un recapito?",
            ),
            (
                "c",
                "{{D:giovedì}} alle {{TM:13 e 15}} perfetto\n[[P:Giulia Bertoldo]] cell [[T:347 218 9064]]\nse nn rispondo scrivete qui",
            ),
            (
                "a",
                "Perfetto [[P:Giulia]], segnata 👍 Se vuole detrarre la spesa ci serve anche il codice fiscale per la fattura",
            ),
            (
                "c",
                "ah si giusto [[CF:BRTGLI85M41L840A]]\nresidenza [[A:via Piave 18/B]] [[A:36051]] [[L:Creazzo]]",
            ),
            (
                "c",
                "ah no aspetta da {{D:gennaio}} sono in [[A:via Trieste 4]] sempre a [[L:creazzo]], scusate nn ci sono abituata 😅",
            ),
            (
                "a",
                "Nessun problema, corretto in [[A:via Trieste 4]]. Ci trova in {{W:viale Milano}}, a due passi da {{W:Campo Marzo}}. A {{D:giovedì}}!\n[[P:Chiara]] - {{B:Ambulatorio Dalla Pozza}}",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Paolo Zanella",
        "lang": "it",
        "start": "2025-02-11T21:05:00",
        "messages": [
            (
                "c",
                "URGENTE il cane ha mangiato mezza scatola di {{PD:Ferrero Rocher}} 🍫 cosa faccio?? siamo a [[L:Bolzano Vicentino]] frazione [[L:Lisiera]]",
            ),
            (
                "a",
                "Buonasera, ci dica subito quanto pesa il cane e quando l'ha mangiata. Se non riuscite a venire in ambulatorio, {{D:stasera}} il reperibile è il dott. [[P:Fabris]] e può passare lui.",
            ),
            (
                "c",
                "30 kg circa, 20 min fa\nnn ho la macchina mia moglie [[P:Lorena]] è via con la {{PD:panda}}\nvenite voi pls\n[[A:via Postumia 112]] è una casa colonica dopo il distributore, citofono [[P:Zanella]]",
            ),
            (
                "a",
                "Il dott. [[P:Fabris]] parte ora, circa 25 minuti. Ci lascia un numero su cui chiamarla se non trova il portone?",
            ),
            ("c", "[[T:+39 340\n771 0832]]\nè il mio"),
            (
                "c",
                "x la fattura mettete l azienda agricola, p iva [[V:02456710249]] e cf mio [[CF:ZNLPLA77A09L840K]], [[P:Paolo Zanella]]",
            ),
            (
                "a",
                "Ricevuto sig. [[P:Zanella]]. Tenga lontana ogni altra cioccolata e non lo faccia bere troppo. A tra poco.\n{{B:Ambulatorio Veterinario Dalla Pozza}} - servizio reperibilità",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "telegram",
        "customer": "Hannah Whitfield",
        "lang": "en",
        "start": "2025-05-19T10:12:00",
        "messages": [
            (
                "c",
                "hi sorry my italian is terrible. we're on holiday staying near [[L:Arcugnano]] and our spaniel has been limping since {{D:yesterday}}, could someone see her {{D:today}}?",
            ),
            (
                "a",
                "Good morning! Of course, we can see her at {{TM:4pm}} {{D:today}}. May I have your name and a phone number?",
            ),
            (
                "c",
                "[[P:hannah whitfield]], my [[L:UK]] number is [[T:+44 7700 918442]]\nthe wifi here is patchy so my partner [[P:Tom]]'s number as backup [[T:07911 402 586]]",
            ),
            (
                "c",
                "we're at an agriturismo, address is [[A:strada di Lapio 9]], [[A:36057]] [[L:Arcugnano]]. is that far? we went up to {{W:Monte Berico}} {{D:yesterday}} and that took ages lol",
            ),
            (
                "a",
                "It's about 15 minutes by car, just follow the signs for {{W:Vicenza}} centro and then {{W:Villa La Rotonda}}. Could you also send an e-mail for the clinical report?",
            ),
            (
                "c",
                "[[E:hannah.whitfield@example.co.uk]] thanks so much!! we're back home in [[L:Bristol]] on the {{D:25th}} so would be great to sort her before",
            ),
            (
                "a",
                "Perfect [[P:Hannah]], see you at {{TM:16:00}}. Please bring her pet passport.\n[[P:Marco]] from the team",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "messenger",
        "customer": "Ornella Pigato",
        "lang": "it",
        "start": "2025-06-02T15:30:00",
        "messages": [
            (
                "c",
                "Buonasera sono la signora [[P:Pigato]] abito a [[L:Vicenza]] zona [[L:Laghetto]] ho un pappagallo che non mangia da due giorni",
            ),
            (
                "c",
                "non guido più. la mia vicina [[P:Speranza]] mi porterebbe ma il {{D:martedì}} lavora. voi fate il servizio a casa?",
            ),
            (
                "a",
                "Buonasera signora, sì facciamo visite a domicilio per gli animali esotici, il costo è {{$:45 euro}} più la visita. Mi scrive l'indirizzo completo?",
            ),
            (
                "c",
                "[[A:strada Pasubio 230]]\n[[A:int. 4 secondo piano]] citofono [[P:Pigato Ornella]]\nsenza ascensore purtroppo",
            ),
            ("c", "il numero ve lo scrive mio nipote [[P:Nicolò]] che io non lo so mai a memoria"),
            (
                "c",
                "Buonasera sono [[P:Nico]] il nipote, numero di casa della nonna [[T:0444 / 91 27 38]] oppure il mio [[T:329-5518407]]. grazie mille",
            ),
            (
                "a",
                "Grazie [[P:Nicolò]]! La dott.ssa [[P:Dalla Pozza]] passa {{D:mercoledì}} tra le {{TM:10}} e le {{TM:11}}. Con {{W:speranza}} che sia solo un po' di stress 🦜\n[[P:Chiara]]",
            ),
        ],
    },
    {
        "business": "vet",
        "platform": "instagram",
        "customer": "simi.kaur",
        "lang": "it",
        "start": "2025-09-08T18:47:00",
        "messages": [
            (
                "c",
                "ciao io sono [[P:Simranjeet Kaur]] su insta [[H:@simi.kaur.arz]], ho portato il coniglio da voi a {{D:agosto}} x la sterilizzazione, la fattura {{R:FT-2025/0318}} ha sbagliato importo, pagato due volte {{$:€ 65}}",
            ),
            (
                "a",
                "Ciao [[P:Simranjeet]], abbiamo controllato: è vero, il POS ha addebitato due volte. Ti facciamo il rimborso con bonifico, ci mandi l'IBAN e l'intestatario?",
            ),
            (
                "c",
                "[[I:IT45T0200811770000104567892]]\nintestato a mio marito [[P:Gurpreet Singh]] perche il mio conto è ancora in [[L:India]] 😅",
            ),
            (
                "c",
                "e poi ho cambiato casa, ora siamo a [[L:Arzignano]] [[A:via dei Mille 47]] se serve x la nota di credito",
            ),
            (
                "a",
                "Perfetto, la nota di credito {{R:NC-2025/0042}} parte {{D:domani}} con il nuovo indirizzo. Grazie della pazienza e scusa per il disguido!",
            ),
        ],
    },
    # ------------------------------------------------------------------ vela (Lerici)
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Lukas Brenner",
        "lang": "en",
        "start": "2025-04-14T07:55:00",
        "messages": [
            (
                "c",
                "Hello, we are two persons from [[L:Freiburg]], we want the {{PD:corso base deriva}} in {{D:june}}. is it possible english or german teacher?",
            ),
            (
                "a",
                "Hi [[P:Lukas]]! Yes, our instructor [[P:Stefan]] speaks German. The next course is {{D:16-20 June}}, {{$:€ 390}} per person, in the bay between {{W:Lerici}} and {{W:San Terenzo}}.",
            ),
            (
                "c",
                "super. we sleep in [[L:Tellaro]] {{D:this week}}, small apartment. my wife is [[P:Anja Brenner]], me [[P:Lukas Brenner]]\n[[P:Anja]] sagt, wir kommen am {{D:Samstag}} früh zum Büro",
                "de",
            ),
            (
                "a",
                "Wunderbar 😊 For the voucher and the insurance we need your home address and an e-mail please.",
            ),
            (
                "c",
                "[[A:Wiesenweg 14]]\n[[A:79111]] [[L:Freiburg im Breisgau]], [[L:Germany]]\nmail [[E:l.brenner@mailbox-example.de]]",
            ),
            ("c", "sorry [[P:anja]] say the number is [[A:14a]], it is the back house"),
            (
                "a",
                "Corrected! If the {{W:maestrale}} is strong we move the lessons towards {{W:Portovenere}}, you'll see the whole {{W:Golfo dei Poeti}}. Ciao!\n[[P:Davide]] - {{B:Scuola Vela Maestrale}}",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "instagram",
        "customer": "fede.rinaldi",
        "lang": "it",
        "start": "2025-05-06T13:20:00",
        "messages": [
            (
                "c",
                "ciao! x il campo estivo ragazzi di {{D:luglio}} c è ancora posto? mio figlio [[P:Tommaso]] ha 11 anni nn ha mai fatto vela",
            ),
            (
                "a",
                "Ciao! Sì, per il turno {{D:7-18 luglio}} ci sono ancora 3 posti. Il costo è {{$:480 €}} con pranzo incluso.",
            ),
            (
                "c",
                "ok top. noi siamo di [[L:Parma]] ma d estate stiamo nella casa di mia suocera a [[L:San Terenzo]], [[A:via dei Pini 7 scala B]]\ncosi [[P:tommy]] viene a piedi",
            ),
            (
                "c",
                "forse viene anche [[P:Edoardo]] il figlio della mia amica [[P:Sabrina]], ve la giro, si può fare uno sconto fratelli/amici?",
            ),
            (
                "a",
                "Certo, 10% di sconto dal secondo iscritto. Per l'iscrizione ci serve un cellulare del genitore.",
            ),
            (
                "c",
                "[[T:+39 333 41 27 906]] [[P:Federica Rinaldi]]\nvi porto il {{PD:Parmigiano Reggiano}} x la festa finale 😂🧀",
            ),
            (
                "a",
                "Affare fatto 😄 Ti mando il modulo qui in chat. A presto [[P:Federica]]!\n[[P:Davide]]",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "messenger",
        "customer": "Mike Okafor",
        "lang": "en",
        "start": "2025-06-21T16:02:00",
        "messages": [
            (
                "c",
                "yo! me and 2 buddies ([[P:Chidi]] and [[P:Femi]]) want a private sailing day, we're in an airbnb in [[L:La Spezia]] till {{D:Friday}}. flying back to [[L:Houston]] {{D:saturday}}",
            ),
            (
                "a",
                "Hi [[P:Mike]]! A private day with skipper is {{$:€ 520}} for up to 4 people, {{TM:10am-5pm}}, on the {{PD:Bavaria 34}}. Would {{D:Thursday 26}} work?",
            ),
            ("c", "{{D:thursday}} works. can i just pay with card here? [[C:4539 1772 0561 0049]]"),
            (
                "a",
                "Please don't send card numbers in chat! We'll send you a secure payment link instead, and you may want to delete that message. Which e-mail should we use?",
            ),
            (
                "c",
                "oh my bad 🙈 deleted. [[E:mike.okafor77@example.com]]\nand my us cell is [[T:(713) 555-0148]] in case",
            ),
            (
                "c",
                "also [[P:femi]] is vegetarian if lunch is included lol. full name for the insurance is [[P:Oluwafemi Adeyemi]], [[P:Chidi]] is [[P:Chidiebere Nwosu]]",
            ),
            (
                "a",
                "Noted, veggie focaccia for [[P:Femi]] 😄 Meet us at {{TM:9:45}} at the pier in front of the {{W:Castello di Lerici}}.\n[[P:Giorgio]] from the team",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "telegram",
        "customer": "Rosa Pellegrini",
        "lang": "it",
        "start": "2025-07-29T09:18:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Rosa]] del corso di {{D:sabato scorso}}, ho dimenticato una giacca a vento {{W:rosa}} fluo nello spogliatoio 🙈",
            ),
            (
                "a",
                "Ciao [[P:Rosa]]! Sì, l'abbiamo trovata. Passi a prenderla o te la spediamo? La spedizione costa {{$:9,90 €}}.",
            ),
            (
                "c",
                "spedite pls che abito a [[L:Genova]], quartiere [[L:Sturla]]\n[[A:via Pozzo 31 int. 6]]\n[[A:16147]]",
            ),
            (
                "c",
                "anzi no mandatela in ufficio che a casa non c è mai nessuno: [[A:c/o Studio Ferrando, via XX Settembre 33/4]], sempre [[L:genova]], [[A:16121]]",
            ),
            (
                "a",
                "Ok, spedita in ufficio. Il tracking è {{TR:GE5012887341IT}}. Per il rimborso della lezione persa per il vento ti serve un bonifico?",
            ),
            (
                "c",
                "si grazie [[I:IT15I0306911884000001234567]] intestato [[P:Rosa Pellegrini]]\nse vi serve su telegram sono [[H:rosapelle]]",
            ),
            (
                "a",
                "Perfetto, bonifico di {{$:35 €}} in partenza. Buon vento!\n[[P:Giorgio]] - {{B:Scuola Vela Maestrale Lerici}}",
            ),
        ],
    },
    {
        "business": "vela",
        "platform": "whatsapp",
        "customer": "Jing",
        "lang": "it",
        "start": "2025-08-10T11:40:00",
        "messages": [
            (
                "c",
                "ciao, vorrei fare corso weekend con mio ragazzo, noi siamo studenti a [[L:Milano]], zona [[L:NoLo]]. io vengo da [[L:Hangzhou]] e italiano non perfetto scusa",
            ),
            (
                "a",
                "Ciao! Il tuo italiano va benissimo 😊 Il corso weekend è {{D:6-7 settembre}}, {{$:210 €}} a persona. Mi scrivi nome e cognome di tutti e due?",
            ),
            (
                "c",
                "cognome [[P:Chen]] nome [[P:Jing]]\n[[P:C-H-E-N]] [[P:J-I-N-G]]\nlui è [[P:Wei Zhang]]",
            ),
            (
                "c",
                "sorry easier in english: email is [[E:chenjing0412 chiocciola example punto com]], [[P:wei]] has no email lol",
                "en",
            ),
            (
                "a",
                "No problem! Got it. We'll send the confirmation there. Where will you stay in {{W:Lerici}}?",
                "en",
            ),
            (
                "c",
                "we booked a b&b in [[L:Fiascherino]], near the beach. my phone [[T:+39 351 208 7714]]\ngrazie mille!!",
            ),
        ],
    },
    # ------------------------------------------------------------------ sposa (Napoli)
    {
        "business": "sposa",
        "platform": "instagram",
        "customer": "Francesca Santoro",
        "lang": "it",
        "start": "2025-01-15T17:25:00",
        "messages": [
            (
                "c",
                "salve vorrei prenotare una prova abiti, mi sposo a {{D:settembre}} a [[L:Ravello]] 💍 ho visto il {{PD:modello Sirena}} di {{B:Pronovias}} nelle vostre storie",
            ),
            (
                "a",
                "Auguri!! Abbiamo disponibilità {{D:sabato 25 gennaio}} alle {{TM:10:30}}. Ci trova in {{W:via dei Mille}}, angolo {{W:piazza dei Martiri}}, a {{W:Chiaia}}. Quante persone vengono con lei?",
            ),
            (
                "c",
                "io mamma [[P:Titina]] e mia cugina [[P:Assunta]]\nveniamo da [[L:Pomigliano d'Arco]] in treno",
            ),
            (
                "a",
                "Perfetto! Per bloccare l'appuntamento serve un acconto di {{$:50 €}}, poi scalato dall'abito. Ci lascia nome, cognome e codice fiscale per la ricevuta?",
            ),
            (
                "c",
                "[[P:Francesca Santoro]] [[CF:SNTFNC01T55F839S]]\nsono nata a [[L:Napoli]] ma residente a [[L:pomigliano]] [[A:via Roma 142]]",
            ),
            (
                "c",
                "scusate ho scritto male la città, è [[L:Pomigliano]] si, ma il cap è [[A:80038]]",
            ),
            (
                "a",
                "Tutto chiaro, grazie [[P:Francesca]]! A {{D:sabato}} 🤍\n[[P:Carmela]] - {{B:Atelier Carmela Esposito Sposa}}",
            ),
        ],
    },
    {
        "business": "sposa",
        "platform": "messenger",
        "customer": "Aisha Bello",
        "lang": "en",
        "start": "2025-03-03T12:10:00",
        "messages": [
            (
                "c",
                "Hello! I bought the {{PD:Aurora}} gown in your shop in {{W:Naples}} in {{D:February}}, can the alterations be shipped to me in [[L:London]]?",
            ),
            (
                "a",
                "Hello [[P:Aisha]]! Yes, we ship to the {{W:UK}} with {{B:DHL}}, {{$:£ 45}} insured. Please send the full address.",
            ),
            ("c", "[[A:Flat 3, 27 Choumert Road]]\n[[L:Peckham]], [[L:London]]\n[[A:SE15 4AR]]"),
            (
                "c",
                "my sister [[P:Zainab]] will be home if im at work, she can sign. originally were from [[L:Lagos]] so our mum might call you in a panic lol, she's in [[L:Abuja]]",
            ),
            ("a", "Haha no worries! Could you leave a phone number for the courier?"),
            ("c", "[[T:+44 20 7946 0321]] or mobile [[T:07700 954 110]]"),
            (
                "a",
                "All set, tracking will be {{TR:1Z88V4E20462819375}} once picked up {{D:tomorrow}}. Congratulations again!\n[[P:Carmela]]",
            ),
        ],
    },
    {
        "business": "sposa",
        "platform": "whatsapp",
        "customer": "Anna Maria",
        "lang": "it",
        "start": "2025-04-22T10:05:00",
        "messages": [
            (
                "c",
                "Buongiorno sono [[P:Anna Maria Russo Capasso]] la mamma della sposa [[P:Ilenia]], volevo sapere se l'abito lo potete portare a casa x l'ultima prova che mia figlia ha la gamba ingessata",
            ),
            (
                "a",
                "Buongiorno signora [[P:Russo Capasso]], sì certo, con un piccolo supplemento di {{$:30 €}} in città. Dove abitate?",
            ),
            (
                "c",
                "[[A:via Santa Lucia 48]] vicino al {{W:Castel dell'Ovo}}, terzo piano, citofono [[P:Capasso-Iovine]]",
            ),
            ("c", "scusate il civico è [[A:52]] nn 48 che al 48 c è la farmacia"),
            (
                "a",
                "Perfetto, il cap è [[A:80132]]? Veniamo {{D:giovedì}} alle {{TM:17}}. Per la ricevuta ci lascia una mail?",
            ),
            (
                "c",
                "si [[A:80132]]\nla mail è [[E:annamaria.capasso[at]example[dot]it]]\nil giorno della festa di {{W:San Gennaro}} ci sposiamo, quindi mi raccomando 🙏",
            ),
            ("a", "Sarà perfetta! A {{D:giovedì}} signora, saluti a [[P:Ilenia]] 🤍"),
        ],
    },
    {
        "business": "sposa",
        "platform": "telegram",
        "customer": "Giusy 🌸",
        "lang": "it",
        "start": "2025-05-30T19:45:00",
        "messages": [
            (
                "c",
                "ciaooo sono [[P:Giusy Esposito]]... sì come voi 😂 ma nessuna parentela\nho un negozio di bomboniere a [[L:Afragola]] e volevo fare una collaborazione",
            ),
            (
                "a",
                "Ciao [[P:Giusy]]! Che bello 😄 Ne parliamo volentieri con [[P:Carmela]], la titolare. Ci mandi i dati del negozio?",
            ),
            (
                "c",
                '"{{B:Confetti & Nuvole}}" ditta individuale, p.iva [[V:03981220639]]\n[[A:corso Garibaldi 210]], [[A:80021]] [[L:afragola]]\nsu telegram mi trovate anche come [[H:giusy_bomboniere]]',
            ),
            (
                "c",
                "ah e mia sorella si chiama pure lei [[P:Carmela]] quindi se vi chiama una [[P:carmela]] dalla mia parte è lei lol",
            ),
            (
                "a",
                "Ahah segnato! Proponiamo un incontro {{D:martedì 3 giugno}} alle {{TM:16}} in atelier, in {{W:via dei Mille}}.",
            ),
            ("c", "top ci sarò cn [[P:melina]] (mia sorella [[P:carmela]] la chiamiamo così) ✨"),
        ],
    },
    {
        "business": "sposa",
        "platform": "whatsapp",
        "customer": "Lucía Fernández García",
        "lang": "en",
        "start": "2025-06-17T09:30:00",
        "messages": [
            (
                "c",
                "Hola! sorry, my english is better than italian. I'm [[P:Lucía Fernández García]] from [[L:Sevilla]], I get married in [[L:Sorrento]] in {{D:October}} and I paid a deposit for the {{PD:abito Vesuvio}} but my mother found a dress from my grandmother 😭",
            ),
            (
                "c",
                "Mi madre dice que es una locura cambiar ahora pero el vestido de la abuela [[P:Carmen]] es precioso",
                "es",
            ),
            (
                "a",
                "Hi [[P:Lucía]], what a lovely story! The deposit of {{$:€ 300}} can be refunded according to our terms. Could you send an IBAN in your name?",
            ),
            (
                "c",
                "[[I:ES9420850103940330011122]]\nand address for the papers: [[A:Calle Feria 112, 2º A]], [[A:41003]] [[L:Sevilla]], [[L:España]]",
            ),
            (
                "a",
                "Thank you! Refund reference {{R:RIMB-0617-03}}. And if you want, we can adjust your grandmother's dress here in {{W:Napoli}} before the wedding.",
            ),
            (
                "c",
                "oh yes!! my fiancé [[P:Javi]] will cry 😂 we arrive to [[L:Sorrento]] on {{D:3 October}}, staying at his uncle [[P:Rafael]]'s house in [[L:Sant'Agnello]]",
            ),
        ],
    },
    {
        "business": "sposa",
        "platform": "instagram",
        "customer": "Hope Sinclair",
        "lang": "en",
        "start": "2025-08-04T20:15:00",
        "messages": [
            (
                "c",
                "hi!! [[P:Will]] and I are getting married in [[L:Positano]] next {{D:May}} and I {{W:hope}} you can make me a dress in time? we live in [[L:Edinburgh]] so I can only come to the atelier twice",
            ),
            (
                "a",
                "Hi [[P:Hope]]! Two fittings are enough if we take measurements carefully. Would you like a video call first?",
            ),
            (
                "c",
                "yes please! our photographer is [[P:Andrew McLeod]] ([[H:@andrewmcleod.photo]]), he said your dresses photograph amazingly. his site [[U:www.andrewmcleodphoto.example.com]] if you want to see his style",
            ),
            (
                "c",
                "I'm [[P:Hope Sinclair]] btw, [[E:hope.sinclair@example.co.uk]], and [[P:will]] says hi, he {{W:will}} not be allowed to see anything 😂",
            ),
            (
                "a",
                "Haha of course not! Video call on {{D:12 August}} at {{TM:18:00}} Italy time? The dress can be shipped to [[L:Scotland]] after the last fitting.\n[[P:Rossella]] - {{B:Atelier Carmela Esposito}}",
            ),
            (
                "c",
                "perfect!! shipping address would be [[A:14/2 Marchmont Crescent]], [[A:EH9 1HN]], [[L:Edinburgh]] 💕",
            ),
        ],
    },
    # ------------------------------------------------------------------ cover (online)
    {
        "business": "cover",
        "platform": "instagram",
        "customer": "ale_02",
        "lang": "it",
        "start": "2025-02-20T22:31:00",
        "messages": [
            (
                "c",
                "ciao ho ordinato la {{PD:cover glitter rosa}} x {{PD:iPhone 15}} ordine {{O:340 556 7812}} ma ho sbagliato indirizzo aiutooo",
            ),
            (
                "a",
                "Ciao! Nessun problema, l'ordine {{O:340 556 7812}} non è ancora partito. Qual è l'indirizzo giusto?",
            ),
            ("c", "[[A:via Roma 3]] [[L:Bra]] [[A:12042]]"),
            (
                "c",
                "no scusa [[A:via roma 33]] nn quello di prima 😭 e citofono [[P:Bonetto]] che sul campanello c è il cognome di mia mamma",
            ),
            (
                "a",
                "Corretto: [[A:via Roma 33]], [[A:12042]] [[L:Bra]]. Spediamo in tutto il {{W:Piemonte}} in 24/48h, il tracking sarà {{TR:3SCCZ0012458871}}, arriva {{D:venerdì}}!",
            ),
            ("c", "grazieee siete i migliori 🥹 ps la cover {{PD:Nutella}} la rifate??"),
        ],
    },
    {
        "business": "cover",
        "platform": "messenger",
        "customer": "Ryan O'Connell",
        "lang": "en",
        "start": "2025-03-12T14:00:00",
        "messages": [
            (
                "c",
                "hey lads, ordered a {{PD:Galaxy S24 clear case}} 3 weeks ago, order {{O:CC-48213}}, still nothing. im in [[L:Cork]], [[L:Ireland]], do you even ship here",
            ),
            (
                "a",
                "Hi [[P:Ryan]], sorry about that! We do ship to {{W:Ireland}}. The parcel is stuck at customs, tracking {{TR:LX442017689IT}}. Can you confirm the address?",
            ),
            (
                "c",
                "[[A:12 Ballintemple Lawn]]\n[[L:Blackrock]], [[L:Cork]]\n[[A:T12 X7K4]]\nthe eircode was missing i think",
            ),
            (
                "c",
                "also my bank shows 2 charges on my card, full card is [[C:5412-8800-4713-0048]] if u need it",
            ),
            (
                "a",
                "Thanks! Please never share the full card number, we only need the last four digits. We've refunded the double charge of {{$:€ 19.90}}, reference {{R:RF-2025-1183}}.",
            ),
            (
                "c",
                "sound. while ur at it can u print my gamer tag on the next one, [[H:xXRyanOCXx]], same as on twitch [[U:twitch.tv/xxryanocxx]]",
            ),
            ("a", "Sure, custom print is {{$:€ 5}} extra. We'll e-mail a preview, which address?"),
            ("c", "[[E:ryan.oc@example.ie]] cheers"),
        ],
    },
    {
        "business": "cover",
        "platform": "whatsapp",
        "customer": "Samir Haddad",
        "lang": "it",
        "start": "2025-04-03T18:20:00",
        "messages": [
            (
                "c",
                "salam buonasera, io preso cover {{PD:Juventus}} per mio fratello [[P:Youssef]] ma arrivato cover rotta",
            ),
            (
                "a",
                "Buonasera [[P:Samir]], ci dispiace! Ci manda una foto e il numero d'ordine? Le rispediamo subito quella nuova.",
            ),
            (
                "c",
                "ordine {{O:CC-50977}} foto dopo\nabito a [[L:Torino]] quartiere [[L:Barriera di Milano]] [[A:corso Giulio Cesare 150 scala B int. 9]]",
            ),
            (
                "c",
                "cap [[A:10155]] citofono [[P:Haddad]] o [[P:El Amrani]] che è il mio coinquilino",
            ),
            ("a", "Perfetto. Se il corriere non la trova, che numero può chiamare?"),
            (
                "c",
                "[[T:+39 320 664 1952]] o se non rispondo quello del [[L:marocco]] [[T:+212 661 48 23 90]] ma io sono qua a [[L:torino]]\nmerci beaucoup mon frère 🙏",
                "it",
            ),
            (
                "a",
                "Nuova cover partita {{D:oggi}}, tracking {{TR:3SCCZ0012511046}}. Forza {{W:Juve}} ⚽\n[[P:Luca]] - {{B:CaseCraze}}",
            ),
        ],
    },
    {
        "business": "cover",
        "platform": "telegram",
        "customer": "Marta",
        "lang": "it",
        "start": "2025-05-14T08:55:00",
        "messages": [
            (
                "c",
                "ciao, 2 domande: spedite anche in [[L:Norvegia]]? mia cugina [[P:Ingrid]] vive a [[L:Bergen]] e vorrei regalarle la {{PD:cover Aurora Boreale}}",
            ),
            (
                "a",
                "Ciao [[P:Marta]]! Spediamo in tutta {{W:Italia}}, {{W:Svizzera}} e {{W:Unione Europea}}; la {{W:Norvegia}} purtroppo no per via della dogana.",
            ),
            (
                "c",
                "uff ok allora la mando a me e gliela porto io a {{D:natale}}\nspedite c/o il mio ufficio: [[A:c/o Studio Gallo, via Manzoni 12]], [[A:20121]] [[L:Milano]]",
            ),
            ("c", "la collega che la ritira si chiama [[P:Patrizia Gallo]], se non ci sono io"),
            (
                "a",
                "Perfetto, ordine {{O:CC-51240}} da {{$:24,90 €}} registrato. Vuoi la conferma su telegram o via mail?",
            ),
            ("c", "telegram va bene sono [[H:@marta_gallina]]\ngrazie!"),
        ],
    },
    {
        "business": "cover",
        "platform": "instagram",
        "customer": "jess.makes",
        "lang": "en",
        "start": "2025-06-09T23:10:00",
        "messages": [
            (
                "c",
                "hiii love your stuff!! I'm a small creator in [[L:Portland]], [[L:Oregon]], would you be up for a collab? my tiktok is [[U:tiktok.com/@jessmakesstuff]] (42k) and all my links are on [[U:https://linktr.ee/jessmakes]]",
            ),
            (
                "a",
                "Hi [[P:Jess]]! We'd love that. We could send you the {{PD:MagSafe wallet}} and two {{PD:cases for iPhone 16}} for {{B:Apple}} fans. Where should we ship?",
            ),
            (
                "c",
                "[[A:2218 SE Clinton St, Apt 5]]\n[[L:Portland]], [[L:OR]] [[A:97202]]\n[[L:USA]] obv lol",
            ),
            ("c", "name on the box [[P:Jessica Tran]], phone for customs [[T:503.555.0192]]"),
            (
                "a",
                "Perfect, shipping {{D:Monday}} via {{B:FedEx}}, tracking {{TR:771294008835}}. ✨\n[[P:Sara]] from CaseCraze",
            ),
        ],
    },
    {
        "business": "cover",
        "platform": "whatsapp",
        "customer": "Graziella",
        "lang": "it",
        "start": "2025-10-01T10:20:00",
        "messages": [
            (
                "c",
                "Buongiorno. Sono la nonna di [[P:Mattia]], vorrei regalargli una custodia per il telefono per il compleanno ma non so usare il sito",
            ),
            ("a", "Buongiorno signora! La aiutiamo noi. Che telefono ha suo nipote?"),
            (
                "c",
                "Un {{PD:Samsung A54}} nero. Mi ha detto lui. Quella con la bandiera del {{W:Toro}}\nIl numero della carta è [[C:4929 0412 7735 0041]]",
            ),
            (
                "a",
                "Signora, per sicurezza non ci scriva la carta qui! Le mandiamo un link per pagare in contrassegno, paga al postino {{$:22 €}}. Dove spediamo?",
            ),
            (
                "c",
                "Ah scusate. Io abito in campagna [[A:località Case Sparse 14]]\n[[A:53024]] [[L:Montalcino]] provincia di [[L:Siena]]\nil postino sa dove, c'è la cantina del {{PD:Brunello}} di fronte",
            ),
            (
                "c",
                "il numero di casa è [[T:0577\n84 63 12]]\nla mail di mia figlia [[E:daniela.ricci chiocciola example.it]]",
            ),
            (
                "a",
                "Perfetto signora [[P:Graziella]], spedito {{D:oggi}}, arriva entro {{D:venerdì 3 ottobre}}. Tanti auguri a [[P:Mattia]]!",
            ),
        ],
    },
    # ------------------------------------------------------------------ cucina (Firenze)
    {
        "business": "cucina",
        "platform": "whatsapp",
        "customer": "Priya Raman",
        "lang": "en",
        "start": "2025-04-08T06:45:00",
        "messages": [
            (
                "c",
                "Hi! we are a family of 4 coming {{D:April 20-24}}, is there a vegetarian pasta class at your school in {{W:Florence}}? my husband [[P:Arjun]] and my in-laws [[P:Lakshmi]] and [[P:Venkat]] are coming too",
            ),
            (
                "a",
                "Hi [[P:Priya]]! Yes, our {{PD:Pasta & Tiramisù}} class is fully vegetarian on request: {{D:April 22}} at {{TM:10:00}}, {{$:€ 95}} per person, with a walk through the {{W:Mercato Centrale}} first.",
            ),
            (
                "c",
                "perfect. we live in [[L:Dubai]] but my in-laws fly in from [[L:Bangalore]], they don't eat eggs, is fresh pasta possible without??",
            ),
            (
                "a",
                "Absolutely, we'll make {{PD:pici}}, which are egg-free, and a {{PD:ribollita}}. Where are you staying? The school is near {{W:Santa Croce}}.",
            ),
            (
                "c",
                "airbnb in [[L:Oltrarno]], [[A:via Toscanella 9, 2nd floor]]\nnear {{W:Ponte Vecchio}} i think",
            ),
            ("c", "can i pay with amex? [[C:3792 551083 62123]]"),
            (
                "a",
                "Please don't share card details here! We'll send a secure link to your e-mail.",
                "en",
            ),
            ("c", "sorry! [[E:priya.raman@example.ae]] 🙏"),
        ],
    },
    {
        "business": "cucina",
        "platform": "messenger",
        "customer": "Letizia Ferri",
        "lang": "it",
        "start": "2025-05-02T20:30:00",
        "messages": [
            (
                "c",
                "ciao! vorrei regalare un corso ai miei genitori x i 40 anni di matrimonio. mio papà si chiama [[P:Felice]] e mia mamma [[P:Loredana]], sono di [[L:Prato]]",
            ),
            (
                "a",
                "Che bel regalo! Il voucher {{PD:Cena Toscana per due}} costa {{$:170 €}} ed è valido 12 mesi. Preferisci il cartaceo o digitale?",
            ),
            (
                "c",
                "cartaceo! spedito a casa loro [[A:via Bologna 301]], [[A:59100]] [[L:Prato]]\nma nn scrivete il mittente che è una sorpresa 🤫",
            ),
            (
                "c",
                "ah e mio babbo sarà {{W:felice}} solo se c è il {{PD:Chianti}} 🍷 lui è di [[L:Greve in Chianti]] di nascita",
            ),
            ("a", "Il {{PD:Chianti Classico}} non manca mai 😄 Ci lasci una mail per la ricevuta?"),
            ("c", "[[E:letizia punto ferri at example punto it]]\n[[P:Letizia]]"),
            (
                "a",
                "Grazie [[P:Letizia]], voucher {{R:VC-2025-0187}} in spedizione {{D:lunedì}}!\n[[P:Lidia]] e la squadra di {{B:Cooking with Nonna Lidia}}",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "telegram",
        "customer": "Kasia Nowak",
        "lang": "en",
        "start": "2025-06-11T12:05:00",
        "messages": [
            (
                "c",
                "hello, me and my friend want make pizza class. we are from [[L:Kraków]], we stay in [[L:Fiesole]] in hotel until {{D:sunday}}",
            ),
            (
                "a",
                "Hi [[P:Kasia]]! Our pizza & gelato class is {{D:Friday 13 June}} at {{TM:17:30}}, {{$:€ 75}} each. You'll make {{PD:pizza Margherita}} and {{PD:marinara}}.",
            ),
            (
                "c",
                "good. my friend name is [[P:Agnieszka Wiśniewska]], difficult i know 😅 [[P:A-G-N-I-E-S-Z-K-A]]\nmy telegram is [[H:kasia_nowak_krk]] and mail [[E:k.nowak@example.pl]]",
            ),
            ("c", "[[P:aga]] ask if bus from [[L:fiesole]] go late because we finish after 20"),
            (
                "a",
                "Yes, the bus 7 runs until late from {{W:piazza San Marco}}. See you {{D:Friday}}!\n[[P:Matteo]] - {{B:Cooking with Nonna Lidia}}",
            ),
        ],
    },
    {
        "business": "cucina",
        "platform": "whatsapp",
        "customer": "Dario Mazzanti",
        "lang": "it",
        "start": "2025-09-16T11:00:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei organizzare un team building per 12 persone, siamo un'ottica, {{B:Ottica Mazzanti}}. Fate fattura?",
            ),
            (
                "a",
                "Buongiorno! Sì, certo. Per 12 persone il corso {{PD:Bistecca e contorni}} è {{$:1.140 €}} + IVA. Mi manda i dati di fatturazione?",
            ),
            (
                "c",
                "ditta individuale [[P:Dario Mazzanti]]\np.iva [[V:03114560489]]\n[[A:via Pisana 455]] [[A:50018]] [[L:Scandicci]]\ncodice destinatario {{R:M5UXCR1}}",
            ),
            (
                "c",
                "pec [[E:dario.mazzanti@pec-example.it]]\nper gli orari sentite la mia collaboratrice [[P:Ilaria]] [[T:055.731.4482]]",
            ),
            (
                "a",
                "Perfetto, proposta per {{D:venerdì 10 ottobre}} alle {{TM:19:00}}. Una domanda: qualcuno ha intolleranze?",
            ),
            ("c", "[[P:ilaria]] è celiaca e il mio ottico [[P:Gianluca]] nn mangia maiale. grazie"),
        ],
    },
    {
        "business": "cucina",
        "platform": "instagram",
        "customer": "camille.cuisine",
        "lang": "en",
        "start": "2025-10-20T15:40:00",
        "messages": [
            (
                "c",
                "bonjour! we did your class last week with my daughter [[P:Inès]] {{D:last week}} and loved it ❤️ you promised to send the recipe booklet by post?",
            ),
            (
                "a",
                "Bonjour [[P:Camille]]! Yes of course, sorry for the delay. Where should we send it?",
            ),
            (
                "c",
                "[[A:14 rue d'Austerlitz]]\n[[A:69004]] [[L:Lyon]]\nc'est à la [[L:Croix-Rousse]], en haut de la colline, la boîte aux lettres au nom de [[P:Durand-Moreau]]",
                "fr",
            ),
            (
                "c",
                "oh and my instagram is [[U:instagram.com/camille.cuisine.lyon]] I posted the {{PD:tiramisù}} we made, tagged you!",
            ),
            (
                "a",
                "Merci! The booklet leaves {{D:tomorrow}}, with the {{PD:cantucci}} recipe too. Say ciao to [[P:Inès]]!",
            ),
        ],
    },
    # ------------------------------------------------------------------ stanze (Pavia)
    {
        "business": "stanze",
        "platform": "whatsapp",
        "customer": "Amira Khalil",
        "lang": "it",
        "start": "2025-07-01T09:10:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Amira Khalil]] studentessa di medicina, cerco stanza singola da {{D:settembre}} vicino al {{W:Policlinico San Matteo}}",
            ),
            (
                "a",
                "Buongiorno [[P:Amira]]! Abbiamo una singola in {{W:via Ferrata}} a {{$:420 €}} al mese spese incluse, libera dal {{D:1 settembre}}.",
            ),
            (
                "c",
                "va bene. io sono di [[L:Casablanca]] ma ora abito a [[L:Lodi]] da mia zia, [[A:viale Pavia 21]] lol {{W:pavia}} anche qui 😅",
            ),
            (
                "c",
                "per il contratto il codice fiscale è [[CF:KHLMRA98E62Z330O]]\ngarante è mio padre [[P:Hassan Khalil]] tel [[T:00212 522 47 19 08]]",
            ),
            (
                "a",
                "Grazie! Per il deposito cauzionale di {{$:840 €}} ti mando le coordinate. Se vuoi il rimborso del deposito vecchio dalla tua residenza, ti serve qualcosa da noi?",
            ),
            (
                "c",
                "no quello lo fa la vecchia residenza sul mio conto [[I:IT06F0503411750000000873215]], ma grazie ☺️",
            ),
        ],
    },
    {
        "business": "stanze",
        "platform": "telegram",
        "customer": "Tobias Keller",
        "lang": "en",
        "start": "2025-08-18T13:35:00",
        "messages": [
            (
                "c",
                "hi, erasmus student from [[L:Zürich]] here, I try to book the room on your portal but it says blocked from IP [[IP:185.34.211.76]]. is it because of [[L:switzerland]]?",
            ),
            (
                "a",
                "Hi [[P:Tobias]]! Sorry, our booking system sometimes blocks non-EU IPs. We can book it by hand. Which room?",
            ),
            (
                "c",
                "the double room, ref {{R:ST-BT-07}}. for the contract my home address is [[A:Seefeldstrasse 88]], [[A:8008]] [[L:Zürich]]\nMeine Mutter fragt, ob Bettwäsche dabei ist",
                "de",
            ),
            (
                "a",
                "Bed linen is included ✅ Rent {{$:380 €}}, from {{D:15 September}}. Your telegram user is enough for contact?",
            ),
            (
                "c",
                "yes [[H:@tobi_keller]], or [[T:+41 79 482 16 03]]. my flatmate will be [[P:Noah Baumann]] from [[L:Winterthur]], he writes you {{D:tomorrow}}",
            ),
        ],
    },
    {
        "business": "stanze",
        "platform": "messenger",
        "customer": "Luca Morandi",
        "lang": "it",
        "start": "2025-11-04T22:15:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Luca Morandi]] pago io l affitto di mia sorella [[P:Giorgia]] nella stanza di [[A:viale Gorizia]]\nla caldaia nn va da 3 gg e fa un freddo cane",
            ),
            (
                "a",
                "Ciao [[P:Luca]], ci dispiace moltissimo. Mandiamo il tecnico {{D:domani}} mattina. [[P:Giorgia]] è in casa?",
            ),
            (
                "c",
                "si ma ha lezione alle {{TM:11}}, le chiavi le lascia al coinquilino [[P:Bobo]] ([[P:Roberto]], quello del secondo piano)",
            ),
            (
                "c",
                "e già che ci siete la fattura dell affitto intestatela a me che sono freelance, p iva [[V:01723900187]], cf [[CF:MRNLCU92C12F205S]], residente a [[L:Monza]] [[A:via Lecco 19]]",
            ),
            (
                "a",
                "Certo. Il tecnico è il sig. [[P:Cattaneo]], arriva verso le {{TM:9}}. Ah, il router nuovo ha l'indirizzo [[IP:2001:db8:4a1c::17]] se [[P:Giorgia]] ha problemi col wifi, lo dica al tecnico",
            ),
            ("c", "ok grazie mille, [[P:giorgia]] vi ringrazia 🥶"),
        ],
    },
    {
        "business": "stanze",
        "platform": "whatsapp",
        "customer": "Mai Nguyen",
        "lang": "en",
        "start": "2025-09-25T07:50:00",
        "messages": [
            (
                "c",
                "hello, I am [[P:Nguyen Thi Mai]], I live in your room [[A:via Lomonaco 5, apartment 3]]. my mother send package from [[L:Vietnam]] but courier say address not found",
            ),
            (
                "a",
                "Hi [[P:Mai]]! Do you have the tracking number? Sometimes couriers get lost without the apartment number.",
            ),
            (
                "c",
                '{{TR:EE417302865VN}}\nmother write "[[A:27100]] [[L:Pavia]]" and my name [[P:Mai Nguyen]] only, no apartment',
            ),
            (
                "a",
                "Thanks. We'll call the courier and add the apartment. Which e-mail should they use for you?",
            ),
            (
                "c",
                "[[E:mai.nguyen98@example.com]]\nmy mother is from [[L:Hanoi]] and not speak english so she write me on zalo only 😅 thank you so much",
            ),
            ("a", "You're welcome! We'll keep you posted.\n[[P:Elena]] - {{B:Stanze Ticino}}"),
        ],
    },
    {
        "business": "stanze",
        "platform": "instagram",
        "customer": "pietro_giunta",
        "lang": "it",
        "start": "2025-08-27T17:00:00",
        "messages": [
            (
                "c",
                "salve, mio figlio [[P:Salvo]] si è iscritto a ingegneria all'{{W:Università di Pavia}}, noi siamo di [[L:Caltanissetta]], cerchiamo una stanza vicino al {{W:Cravino}}",
            ),
            (
                "a",
                "Buonasera! Abbiamo una singola in {{W:via Bassi}}, {{$:390 €}} al mese. Vi mando foto?",
            ),
            (
                "c",
                "si grazie. il suo profilo è [[U:instagram.com/salvo_giunta03]] se volete vedere che è un bravo ragazzo 😂\nper il contratto l'indirizzo di residenza è [[A:contrada Bigini snc]] [[A:93100]] [[L:Caltanissetta]]",
            ),
            (
                "c",
                "e la caparra la faccio dal mio conto [[I:IT59Y0839960460000000417293]] intestato [[P:Pietro Giunta]]",
            ),
            (
                "a",
                "Perfetto, contratto {{R:CT-2025-0914}} pronto da firmare. [[P:Salvo]] arriva per il {{D:29 settembre}}?",
            ),
            (
                "c",
                "si arriviamo in macchina da [[L:Sicilia]], gli porto una scorta di {{PD:pistacchio di Bronte}} e {{PD:cannoli}} x i coinquilini 😄",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(120, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
