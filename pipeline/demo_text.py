"""Sentence templates of the demo generator, per language and per dialogue step.

A placeholder ``{TYPE:key}`` inserts the conversation's value ``key`` and records a labelled span
of ``TYPE`` (an entity type of ``privacy.types.ENTITY_TYPES`` or a keep type such as ``PRICE``);
``{key}`` inserts a value without a label (only for non-personal values).
"""

from __future__ import annotations

Templates = dict[str, tuple[str, ...]]

IT: Templates = {
    "c_greet": (
        "Buongiorno, ",
        "Ciao! ",
        "Salve, sono {PERSON:cust_full}. ",
        "Ciao, sono {PERSON:cust_first} 😊 ",
        "buonasera, mi chiamo {PERSON:cust_lc} {PERSON:cust_last}. ",
        "Hello! ",
        "",
    ),
    "c_open_order": (
        "Ho ordinato il {PRODUCT:product} con l'ordine {ORDER_NUMBER:order} ma non è ancora "
        "arrivato, potete controllare?",
        "volevo sapere a che punto è l'ordine {ORDER_NUMBER:order}, l'ho pagato {PRICE:price} "
        "una settimana fa",
        "il mio ordine {ORDER_NUMBER:order} risulta ancora in preparazione, quando parte?",
    ),
    "c_open_shipping": (
        "Devo cambiare l'indirizzo di consegna dell'ordine {ORDER_NUMBER:order}, mi sono "
        "trasferita a {LOCATION:city}.",
        "il corriere è passato ma non c'era nessuno, il tracking {TRACKING_CODE:tracking} dice "
        "tentata consegna. Si può riprogrammare?",
        "Quanto ci mette la spedizione a {LOCATION:city}? Vorrei il {PRODUCT:product} entro il "
        "{DATE:date}.",
    ),
    "c_open_return": (
        "Vorrei fare il reso del {PRODUCT:product}, la taglia è sbagliata. Ordine "
        "{ORDER_NUMBER:order}.",
        "il {PRODUCT:product} è arrivato rovinato, voglio il rimborso dei {PRICE:price} 😡",
        "Come funziona il reso? Ho ricevuto il {PRODUCT:product} ma non mi piace il colore",
    ),
    "c_open_product": (
        "Il {PRODUCT:product} è disponibile anche in grigio? Costa sempre {PRICE:price}?",
        "info sul {PRODUCT:product}: che misure ha?",
        "Avete ancora il {PRODUCT:product}? Lo vorrei regalare a mia sorella {PERSON:third} "
        "per il compleanno",
    ),
    "c_open_promo": (
        "Ho visto la vostra pubblicità, lo sconto del 20% vale anche sul {PRODUCT:product}?",
        "Ciao {BRAND:brand}! La promo black friday è ancora valida? Il {PRODUCT:product} a "
        "{PRICE:price} è un affare",
        "vorrei info sull'offerta che ho visto su instagram, il codice sconto non funziona",
    ),
    "c_open_complaint": (
        "Sono molto delusa. Il {PRODUCT:product} è arrivato con un graffio e nessuno mi "
        "risponde da giorni. Ordine {ORDER_NUMBER:order}.",
        "Servizio pessimo: ho chiamato tre volte e una certa {PERSON:third} mi ha messo giù "
        "il telefono.",
        "il pacco {TRACKING_CODE:tracking} è arrivato aperto e manca un pezzo!!",
    ),
    "c_open_invoice": (
        "Mi servirebbe la fattura per l'ordine {ORDER_NUMBER:order}, è per la mia ditta.",
        "posso avere la fattura dell'acquisto del {DATE:date}? Costo {PRICE:price}",
    ),
    "c_open_payment": (
        "Il pagamento non va a buon fine, la carta viene rifiutata. Ordine {ORDER_NUMBER:order}",
        "mi avete addebitato due volte {PRICE:price} sulla carta!",
    ),
    "c_open_account": (
        "Non riesco ad accedere al mio account, la mail è {EMAIL_ADDRESS:email}",
        "Mi è arrivata una mail strana di accesso dall'IP {IP_ADDRESS:ip}, era il vostro "
        "sito? Io sono {PERSON:cust_full}",
    ),
    "c_contact": (
        "Il mio numero è {PHONE_NUMBER:phone}, chiamatemi pure dopo le {TIME:time}.",
        "potete scrivermi a {EMAIL_ADDRESS:email_obf} oppure al {PHONE_NUMBER:phone}",
        "Cell {PHONE_NUMBER:phone}, mail {EMAIL_ADDRESS:email}",
        "mi trovate al {PHONE_NUMBER:phone} 📞 grazie",
        "scrivetemi a {EMAIL_ADDRESS:email} per favore",
    ),
    "c_address": (
        "Il nuovo indirizzo è {ADDRESS:address}, citofono {PERSON:cust_last}.",
        "Spedite a {ADDRESS:address}. Il pacco è intestato a mia moglie {PERSON:third}.",
        "indirizzo: {ADDRESS:address} (scala B), se non ci sono lasciatelo a {PERSON:third_full}",
        "{ADDRESS:address}, chiedete di {PERSON:cust_plain} al portiere",
    ),
    "c_iban": (
        "Ecco l'IBAN per il rimborso: {IBAN_CODE:iban} intestato a {PERSON:cust_full}",
        "iban {IBAN_CODE:iban}, il conto è di mio marito {PERSON:third_full}",
        "Potete accreditare su {IBAN_CODE:iban}? grazie mille",
    ),
    "c_invoice": (
        "Intestate la fattura a {PERSON:cust_full}, codice fiscale {IT_FISCAL_CODE:cf}.",
        "Ditta {PERSON:cust_last} Srl, P.IVA {IT_VAT_CODE:piva}, sede in {ADDRESS:address}",
        "cf {IT_FISCAL_CODE:cf} e partita iva {IT_VAT_CODE:piva}",
    ),
    "c_card": (
        "Ho provato con la carta {CREDIT_CARD:card} ma dà errore",
        "la carta è questa {CREDIT_CARD:card}, scade 09/28",
    ),
    "c_social": (
        "Vi ho taggato nella storia, sono {HANDLE:handle} su instagram",
        "il mio profilo è {URL:url}, mi trovate lì",
        "Sono {HANDLE:handle}, mi avete scritto voi ieri 🤔",
    ),
    "c_followup": (
        "Ok, e per la consegna serve che ci sia qualcuno a casa?",
        "Un'altra cosa: il {PRODUCT:product2} è in saldo?",
        "ok perfetto, thank you! ma il corriere chiama prima?",
        "Scusate ancora, avete notizie?",
        "mia cognata {PERSON:third2} dice che da voi si può pagare anche a rate, è vero?",
        "Sì, ci sono dalle {TIME:time} in poi",
        "allora aspetto, fatemi sapere",
        "ma {PERSON:agent} c'è oggi? mi aveva seguita lei",
        "Ho visto che il tracking {TRACKING_CODE:tracking} non si aggiorna da {DATE:date}",
        "ok",
        "E se non mi piace posso cambiarlo con il {PRODUCT:product2}?",
    ),
    "c_extra": (
        "Comunque il mio codice fiscale è {IT_FISCAL_CODE:cf} se serve.",
        "P.S. mi trovate anche su {URL:url}",
        "ah, su instagram sono {HANDLE:handle}",
        "Per sicurezza vi lascio il cell: {PHONE_NUMBER:phone}",
        "(la mail giusta è {EMAIL_ADDRESS:email_obf})",
        "Sono in ufficio a {ADDRESS:address} fino alle {TIME:time}",
        "Ieri ho provato dal pc di lavoro (IP {IP_ADDRESS:ip}) ma niente.",
        "cf: {IT_FISCAL_CODE:cf}",
    ),
    "c_thanks": (
        "Grazie mille, gentilissimi! 🙏",
        "Perfetto grazie {PERSON:agent}!",
        "ok grazie, buona giornata",
        "grazie {PERSON:agent_nick} sei stata gentilissima",
        "Thanks! Ottimo servizio 👍",
    ),
    "a_greet": (
        "Ciao {PERSON:cust_first}! ",
        "Buongiorno {PERSON:cust_full}, ",
        "Gentile {PERSON:cust_first}, ",
        "Ciao {PERSON:cust_nick}, ",
        "Ciao! ",
        "Buongiorno, ",
    ),
    "a_order": (
        "L'ordine {ORDER_NUMBER:order} è partito ieri con BRT, codice di tracking "
        "{TRACKING_CODE:tracking}. Consegna prevista {DATE:date}.",
        "ho controllato: l'ordine {ORDER_NUMBER:order} sarà spedito entro {DATE:date}. Ci "
        "lasci un numero di telefono per il corriere?",
    ),
    "a_shipping": (
        "Certo, ci indichi il nuovo indirizzo completo e lo aggiorniamo noi.",
        "Il corriere ripasserà il {DATE:date} tra le {TIME:time} e le 18:00. Ci conferma "
        "l'indirizzo?",
        "La spedizione a {LOCATION:city} richiede 2-3 giorni lavorativi. Per cortesia ci "
        "scriva l'indirizzo di consegna.",
    ),
    "a_return": (
        "Mi dispiace! Per il reso del {PRODUCT:product} le rimborsiamo {PRICE:price}: ci "
        "manda l'IBAN?",
        "Il reso è gratuito entro 30 giorni. Per il rimborso ci serve l'IBAN del conto.",
    ),
    "a_product": (
        "Il {PRODUCT:product} è disponibile in grigio e beige a {PRICE:price}.",
        "Il {PRODUCT:product} misura 210x95 cm, lo trova anche nel negozio {BRAND:brand} di "
        "{LOCATION:city}.",
    ),
    "a_promo": (
        "Lo sconto vale su tutto il catalogo {BRAND:brand} fino al {DATE:date}! Il "
        "{PRODUCT:product} scontato costa {PRICE:price}.",
        "La promo è valida fino al {DATE:date}. Se ci lascia un recapito la ricontattiamo.",
    ),
    "a_complaint": (
        "Ci scusiamo davvero per il disagio. Può mandarci una foto del {PRODUCT:product}? "
        "Ci lasci anche un numero per richiamarla.",
        "Mi dispiace molto, verifico subito con il magazzino. Ci lascia un recapito?",
    ),
    "a_invoice": (
        "Certo! Ci servono nome, codice fiscale o partita IVA per la fattura.",
        "Nessun problema, ci mandi i dati di fatturazione (CF o P.IVA e indirizzo).",
    ),
    "a_payment": (
        "Controllo subito. Per favore non scriva il numero completo della carta in chat: "
        "bastano le ultime 4 cifre.",
        "Ci risulta un solo addebito di {PRICE:price}, il secondo è una preautorizzazione "
        "che sparisce in 48 ore.",
    ),
    "a_account": (
        "Le abbiamo inviato il link di reset a {EMAIL_ADDRESS:email}. L'accesso dall'IP "
        "{IP_ADDRESS:ip} non risulta dai nostri sistemi.",
        "Abbiamo bloccato l'account per sicurezza. Ci conferma il suo profilo social?",
    ),
    "a_confirm": (
        "Perfetto, abbiamo aggiornato tutto. Riceverà una conferma via mail.",
        "Grazie, registrato! Il rimborso arriverà entro 5 giorni lavorativi.",
        "Fatto ✅ Le abbiamo inviato la fattura per l'ordine {ORDER_NUMBER:order}.",
        "Ricevuto, il collega {PERSON:colleague} la richiamerà domani alle {TIME:time}.",
    ),
    "a_followup": (
        "Sì, il corriere la chiama mezz'ora prima.",
        "Il {PRODUCT:product2} è scontato del 30% fino al {DATE:date}.",
        "Sì, con Klarna in 3 rate senza interessi.",
        "Verifico e le faccio sapere entro oggi.",
        "Il tracking si aggiornerà appena il pacco arriva all'hub di {LOCATION:city}.",
        "Certo, il cambio è gratuito entro 30 giorni.",
        "Oggi c'è {PERSON:colleague}, le passo la richiesta.",
        "Nessuna novità per ora, ci scusiamo per l'attesa.",
    ),
    "a_close": (
        "Grazie a lei, buona giornata!",
        "Per qualsiasi cosa siamo qui 😊",
        "A presto da {BRAND:brand}!",
    ),
    "a_sign": (
        "\n{PERSON:agent} - {BRAND:brand}",
        " {PERSON:agent} dal team {BRAND:brand}",
        "\n— {PERSON:agent}",
        " Un saluto, {PERSON:agent}",
    ),
}

EN: Templates = {
    "c_greet": (
        "Hi, ",
        "Hello! This is {PERSON:cust_full}. ",
        "hey, my name is {PERSON:cust_first} ",
        "Good morning, ",
        "hi there, {PERSON:cust_lc} here. ",
        "Ciao! ",
        "",
    ),
    "c_open_order": (
        "I ordered the {PRODUCT:product} (order {ORDER_NUMBER:order}) but it still hasn't "
        "arrived, can you check?",
        "where is my order {ORDER_NUMBER:order}?? paid {PRICE:price} a week ago",
    ),
    "c_open_shipping": (
        "I need to change the delivery address for order {ORDER_NUMBER:order}, I just moved "
        "to {LOCATION:city}.",
        "the courier came when I was out, tracking {TRACKING_CODE:tracking} says attempted "
        "delivery. Can you rebook it?",
        "How long does shipping to {LOCATION:city} take? I need the {PRODUCT:product} by "
        "{DATE:date}.",
    ),
    "c_open_return": (
        "I'd like to return the {PRODUCT:product}, wrong size. Order {ORDER_NUMBER:order}.",
        "the {PRODUCT:product} arrived damaged, I want my {PRICE:price} back 😡",
    ),
    "c_open_product": (
        "Is the {PRODUCT:product} available in grey? Still {PRICE:price}?",
        "quick question about the {PRODUCT:product}: what are the measurements?",
        "Do you still have the {PRODUCT:product}? It's a gift for my sister {PERSON:third}",
    ),
    "c_open_promo": (
        "I saw your ad, does the 20% off apply to the {PRODUCT:product} too?",
        "Hi {BRAND:brand}! is the black friday deal still on? {PRICE:price} for the "
        "{PRODUCT:product} is a steal",
    ),
    "c_open_complaint": (
        "Really disappointed. The {PRODUCT:product} arrived scratched and nobody has replied "
        "for days. Order {ORDER_NUMBER:order}.",
        "Terrible service: I called three times and someone called {PERSON:third} hung up on me.",
        "parcel {TRACKING_CODE:tracking} arrived open and a piece is missing!!",
    ),
    "c_open_invoice": (
        "Could I get an invoice for order {ORDER_NUMBER:order}? It's for my company.",
    ),
    "c_open_payment": (
        "My payment keeps failing, the card gets declined. Order {ORDER_NUMBER:order}",
        "you charged me {PRICE:price} twice on my card!",
    ),
    "c_open_account": (
        "I can't log into my account, my email is {EMAIL_ADDRESS:email}",
        "I got a weird login alert from IP {IP_ADDRESS:ip}, was that your site? I'm "
        "{PERSON:cust_full}",
    ),
    "c_contact": (
        "My number is {PHONE_NUMBER:phone}, call me after {TIME:time}.",
        "you can email me at {EMAIL_ADDRESS:email_obf} or text {PHONE_NUMBER:phone}",
        "phone {PHONE_NUMBER:phone}, email {EMAIL_ADDRESS:email}",
        "reach me on {PHONE_NUMBER:phone} 📞 thanks",
    ),
    "c_address": (
        "The new address is {ADDRESS:address}, the flat is under {PERSON:cust_last}.",
        "Please ship to {ADDRESS:address}. It's in my wife's name, {PERSON:third}.",
        "address: {ADDRESS:address}, if I'm out leave it with {PERSON:third_full} next door",
    ),
    "c_iban": (
        "Here's my IBAN for the refund: {IBAN_CODE:iban}, account holder {PERSON:cust_full}",
        "iban {IBAN_CODE:iban} (it's my husband {PERSON:third_full}'s account)",
    ),
    "c_invoice": (
        "Please make it out to {PERSON:cust_full}, VAT number {IT_VAT_CODE:piva}.",
        "Company {PERSON:cust_last} Ltd, registered at {ADDRESS:address}, P.IVA {IT_VAT_CODE:piva}",
    ),
    "c_card": (
        "I tried with card {CREDIT_CARD:card} and it fails",
        "the card is {CREDIT_CARD:card}, expiry 09/28",
    ),
    "c_social": (
        "I tagged you in my story, I'm {HANDLE:handle}",
        "my profile is {URL:url} if that helps",
    ),
    "c_followup": (
        "Ok, and does someone need to be home for the delivery?",
        "One more thing: is the {PRODUCT:product2} on sale?",
        "perfetto grazie! does the courier call first?",
        "Sorry again, any news?",
        "my friend {PERSON:third2} said you do instalments, true?",
        "Yes, I'm in from {TIME:time}",
        "ok I'll wait, let me know",
        "is {PERSON:agent} in today? she was helping me",
        "tracking {TRACKING_CODE:tracking} hasn't moved since {DATE:date}",
        "ok",
        "And can I swap it for the {PRODUCT:product2} if I don't like it?",
    ),
    "c_extra": (
        "Btw my Italian tax code is {IT_FISCAL_CODE:cf} if you need it.",
        "P.S. you can also find me at {URL:url}",
        "I'm {HANDLE:handle} on insta",
        "Just in case, my mobile: {PHONE_NUMBER:phone}",
        "(the right email is {EMAIL_ADDRESS:email_obf})",
        "I work at {ADDRESS:address} until {TIME:time}",
        "I tried from my work laptop yesterday (IP {IP_ADDRESS:ip}), no luck.",
    ),
    "c_thanks": (
        "Thanks so much! 🙏",
        "Perfect, thank you {PERSON:agent}!",
        "ok thanks, have a nice day",
        "cheers {PERSON:agent_nick}, really helpful",
        "Grazie! great service 👍",
    ),
    "a_greet": (
        "Hi {PERSON:cust_first}! ",
        "Good morning {PERSON:cust_full}, ",
        "Dear {PERSON:cust_first}, ",
        "Hey {PERSON:cust_nick}, ",
        "Hi! ",
    ),
    "a_order": (
        "Order {ORDER_NUMBER:order} shipped yesterday with UPS, tracking "
        "{TRACKING_CODE:tracking}. Expected delivery {DATE:date}.",
        "I checked: order {ORDER_NUMBER:order} ships by {DATE:date}. Can you leave a phone "
        "number for the courier?",
    ),
    "a_shipping": (
        "Sure, send us the full new address and we'll update it.",
        "The courier will come back on {DATE:date} between {TIME:time} and 6pm. Can you "
        "confirm the address?",
    ),
    "a_return": (
        "So sorry! We'll refund {PRICE:price} for the {PRODUCT:product}: could you send your IBAN?",
        "Returns are free within 30 days. For the refund we need your bank details (IBAN).",
    ),
    "a_product": (
        "The {PRODUCT:product} comes in grey and beige for {PRICE:price}.",
        "The {PRODUCT:product} is 210x95 cm, you can also see it in the {BRAND:brand} store "
        "in {LOCATION:city}.",
    ),
    "a_promo": (
        "The discount covers the whole {BRAND:brand} range until {DATE:date}! The "
        "{PRODUCT:product} is {PRICE:price} with it.",
        "The promo runs until {DATE:date}. Leave us your contact and we'll get back to you.",
    ),
    "a_complaint": (
        "We're really sorry. Could you send a photo of the {PRODUCT:product} and a number "
        "we can call you on?",
    ),
    "a_invoice": ("Of course! We need the name and VAT number for the invoice.",),
    "a_payment": (
        "Checking now. Please don't post the full card number in chat, the last 4 digits "
        "are enough.",
        "We only see one charge of {PRICE:price}; the other is a pre-authorisation that "
        "drops off in 48 hours.",
    ),
    "a_account": (
        "We sent a reset link to {EMAIL_ADDRESS:email}. The login from {IP_ADDRESS:ip} wasn't us.",
        "We locked the account to be safe. Can you confirm your social profile?",
    ),
    "a_confirm": (
        "Great, all updated. You'll get an email confirmation.",
        "Thanks, noted! The refund will arrive within 5 working days.",
        "Done ✅ we've sent the invoice for order {ORDER_NUMBER:order}.",
        "Got it, my colleague {PERSON:colleague} will call you tomorrow at {TIME:time}.",
    ),
    "a_followup": (
        "Yes, the courier calls half an hour before.",
        "The {PRODUCT:product2} is 30% off until {DATE:date}.",
        "Yes, 3 interest-free instalments with Klarna.",
        "Let me check and get back to you today.",
        "Tracking will update once the parcel reaches the {LOCATION:city} hub.",
        "Sure, exchanges are free within 30 days.",
        "{PERSON:colleague} is on today, I'll pass it on.",
        "No news yet, sorry for the wait.",
    ),
    "a_close": (
        "Thank you, have a lovely day!",
        "We're here for anything else 😊",
        "Speak soon from {BRAND:brand}!",
    ),
    "a_sign": (
        "\n{PERSON:agent} - {BRAND:brand}",
        " {PERSON:agent} from the {BRAND:brand} team",
        "\n— {PERSON:agent}",
        " Best, {PERSON:agent}",
    ),
}

TEMPLATES: dict[str, Templates] = {"it": IT, "en": EN}

# Dialogue scripts per topic: (role, step); "c" customer, "a" agent.
SCRIPTS: dict[str, tuple[tuple[str, str], ...]] = {
    "order": (
        ("c", "c_open_order"),
        ("a", "a_order"),
        ("c", "c_contact"),
        ("a", "a_confirm"),
        ("c", "c_thanks"),
    ),
    "shipping": (
        ("c", "c_open_shipping"),
        ("a", "a_shipping"),
        ("c", "c_address"),
        ("a", "a_confirm"),
        ("c", "c_thanks"),
    ),
    "return": (
        ("c", "c_open_return"),
        ("a", "a_return"),
        ("c", "c_iban"),
        ("a", "a_confirm"),
        ("c", "c_thanks"),
    ),
    "product": (
        ("c", "c_open_product"),
        ("a", "a_product"),
        ("c", "c_followup"),
        ("a", "a_followup"),
        ("c", "c_thanks"),
        ("a", "a_close"),
    ),
    "promo": (("c", "c_open_promo"), ("a", "a_promo"), ("c", "c_contact"), ("a", "a_close")),
    "complaint": (
        ("c", "c_open_complaint"),
        ("a", "a_complaint"),
        ("c", "c_contact"),
        ("c", "c_address"),
        ("a", "a_confirm"),
        ("c", "c_thanks"),
    ),
    "invoice": (
        ("c", "c_open_invoice"),
        ("a", "a_invoice"),
        ("c", "c_invoice"),
        ("a", "a_confirm"),
        ("c", "c_thanks"),
    ),
    "payment": (
        ("c", "c_open_payment"),
        ("a", "a_payment"),
        ("c", "c_card"),
        ("a", "a_payment"),
        ("c", "c_thanks"),
    ),
    "account": (("c", "c_open_account"), ("a", "a_account"), ("c", "c_social"), ("a", "a_close")),
}
