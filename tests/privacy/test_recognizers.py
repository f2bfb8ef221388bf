"""Table-driven recognizer cases: what must be found, and what must survive. Synthetic data."""

from __future__ import annotations

import time

import pytest

from privacy.anonymise import AnonymisationEngine

FOUND = [
    ("it-phone-slashes", "chiamami al 333/1234567 grazie", "333/1234567", "PHONE_NUMBER"),
    ("it-phone-prefix-brackets", "tel +39 (333) 123-45-67", "+39 (333) 123-45-67", "PHONE_NUMBER"),
    ("it-phone-00-prefix", "numero 0039 333 1234567", "0039 333 1234567", "PHONE_NUMBER"),
    ("us-phone-brackets", "call me at (415) 555-2671 today", "(415) 555-2671", "PHONE_NUMBER"),
    ("uk-phone-spaces", "ring 07911 123456 after 5", "07911 123456", "PHONE_NUMBER"),
    ("phone-fullwidth-digits", "cell ３３３１２３４５６７", "３３３１２３４５６７", "PHONE_NUMBER"),
    ("email-plain", "scrivi a anna.verdi@example.com", "anna.verdi@example.com", "EMAIL_ADDRESS"),
    (
        "email-obfuscated-punto",
        "mario punto rossi at gmail punto com",
        "mario punto rossi at gmail punto com",
        "EMAIL_ADDRESS",
    ),
    (
        "email-obfuscated-brackets",
        "john [at] example [dot] com",
        "john [at] example [dot] com",
        "EMAIL_ADDRESS",
    ),
    (
        "email-zero-width",
        "mail: mario\u200b@example.com ok",
        "mario\u200b@example.com",
        "EMAIL_ADDRESS",
    ),
    (
        "iban-spaces",
        "IBAN IT60 X054 2811 1010 0000 0123 456 grazie",
        "IT60 X054 2811 1010 0000 0123 456",
        "IBAN_CODE",
    ),
    (
        "iban-compact",
        "iban IT60X0542811101000000123456.",
        "IT60X0542811101000000123456",
        "IBAN_CODE",
    ),
    ("card-dashes", "carta 4111-1111-1111-1111", "4111-1111-1111-1111", "CREDIT_CARD"),
    ("card-spaces", "card 4111 1111 1111 1111 exp", "4111 1111 1111 1111", "CREDIT_CARD"),
    ("cf-uppercase", "cf BNDMRA60M29F144K", "BNDMRA60M29F144K", "IT_FISCAL_CODE"),
    ("cf-lowercase", "codice fiscale bndmra60m29f144k ok", "bndmra60m29f144k", "IT_FISCAL_CODE"),
    ("vat-with-context", "P.IVA 01234560017", "01234560017", "IT_VAT_CODE"),
    ("ipv4", "il mio ip è 192.168.1.20.", "192.168.1.20", "IP_ADDRESS"),
    ("ipv6", "from 2001:db8::1 today", "2001:db8::1", "IP_ADDRESS"),
    (
        "profile-url-instagram",
        "seguimi su instagram.com/anna.verdi_88",
        "instagram.com/anna.verdi_88",
        "URL",
    ),
    ("handle", "taggami @anna_verdi88 pls", "@anna_verdi88", "HANDLE"),
    (
        "address-viale-cap",
        "abito in viale dei Mille, 4/B 00185 Roma (RM)",
        "viale dei Mille, 4/B 00185 Roma (RM)",
        "ADDRESS",
    ),
    (
        "address-via-number-cap",
        "spedite a Via Giuseppe Garibaldi 12, 20121 Milano grazie",
        "Via Giuseppe Garibaldi 12, 20121 Milano",
        "ADDRESS",
    ),
    (
        "address-uk",
        "ship to 221B Baker Street, London NW1 6XE please",
        "221B Baker Street, London",
        "ADDRESS",
    ),
    ("person-mi-chiamo", "Buongiorno, mi chiamo Ginevra Palumbo", "Ginevra Palumbo", "PERSON"),
    ("person-a-nome-di", "il pacco è a nome di Rosa Esposito", "Rosa Esposito", "PERSON"),
    ("person-lowercase", "ne ho parlato con luca ferrari", "luca ferrari", "PERSON"),
    ("person-english-cue", "Hi, this is Jonathan Wright.", "Jonathan Wright", "PERSON"),
    ("person-signature", "Grazie mille per tutto\n- Tommaso", "Tommaso", "PERSON"),
    (
        "email-spaced-at",
        "scrivimi: anna verdi @ gmail . com",
        "verdi @ gmail . com",
        "EMAIL_ADDRESS",
    ),
    (
        "email-parentheses-at",
        "mail anna.verdi(at)libero(dot)it",
        "anna.verdi(at)libero(dot)it",
        "EMAIL_ADDRESS",
    ),
    (
        "iban-gb",
        "IBAN GB82 WEST 1234 5698 7654 32 thanks",
        "GB82 WEST 1234 5698 7654 32",
        "IBAN_CODE",
    ),
    ("card-amex", "amex 3782 822463 10005", "3782 822463 10005", "CREDIT_CARD"),
    ("it-landline-slash", "fisso 06/1234567", "06/1234567", "PHONE_NUMBER"),
    ("us-phone-dots", "call me on 415.555.2671", "415.555.2671", "PHONE_NUMBER"),
    ("telegram-url", "scrivimi su t.me/giuliab93", "t.me/giuliab93", "URL"),
    (
        "address-flat-prefix",
        "I live at Flat 3, 4 Queen Street, Bath",
        "Flat 3, 4 Queen Street",
        "ADDRESS",
    ),
    (
        "address-us-direction-zip",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "ADDRESS",
    ),
    ("address-pzza-abbreviation", "consegna in P.zza Garibaldi 3", "P.zza Garibaldi 3", "ADDRESS"),
    ("person-surname-first", "Mi chiamo De Luca Giovanni", "De Luca Giovanni", "PERSON"),
    ("person-title-dr", "cc Dr. Patel for the refund", "Patel", "PERSON"),
    ("person-regards-signature", "Thanks!\nRegards, Siobhan", "Siobhan", "PERSON"),
    ("person-nickname-after-thanks", "Grazie Vale, a presto!", "Vale", "PERSON"),
    (
        "person-relation-cue",
        "My neighbour Priya Raghunathan will take it",
        "Priya Raghunathan",
        "PERSON",
    ),
    (
        "name-combining-accents",
        "Sono Ma\u0301rio Ro\u0300ssi, ciao",
        "Ma\u0301rio Ro\u0300ssi",
        "PERSON",
    ),
    ("name-cyrillic-homoglyph", "Sono M\u0430rio Rossi", "M\u0430rio Rossi", "PERSON"),
    (
        "email-cyrillic-homoglyph",
        "scrivimi a m\u0430rio.rossi@ex\u0430mple.com",
        "m\u0430rio.rossi@ex\u0430mple.com",
        "EMAIL_ADDRESS",
    ),
    (
        "iban-checksum-typo",
        "IBAN IT60X05428111010000000123456",
        "IT60X05428111010000000123456",
        "IBAN_CODE",
    ),
    ("location-city", "la spedizione a Livorno quanto ci mette?", "Livorno", "LOCATION"),
]

# Styles the engine was not tuned on, one class per block (found as the general class, not the
# literal string): foreign names, lowercase names after greetings, signatures, labelled phones,
# dotted cards, street abbreviations, spelled-out e-mails with any TLD, more towns.
FOUND_STYLES = [
    ("foreign-name-polish-mid-sentence", "Ho parlato ieri con Wojciech del magazzino", "Wojciech"),
    ("foreign-name-irish-accent-start", "Siobhán ha detto che arriva domani", "Siobhán"),
    ("foreign-name-irish-after-verb", "il pacco lo ritira Tadhg, mio coinquilino", "Tadhg"),
    ("foreign-name-english-text", "Eoghan will pick it up on Monday", "Eoghan"),
    ("foreign-name-igbo", "lasciatelo a Ifeoma al piano terra", "Ifeoma"),
    ("foreign-name-hungarian-start", "Zoltán mi ha consigliato il vostro negozio", "Zoltán"),
    ("foreign-name-fada", "ho chiesto a Gráinne di firmare", "Gráinne"),
    ("lowercase-name-after-ciao", "ciao giulia, il pacco è partito", "giulia"),
    ("lowercase-foreign-name-after-grazie", "grazie dorota, a presto", "dorota"),
    ("lowercase-name-after-hi", "hi katarzyna, your refund is on its way", "katarzyna"),
    ("lowercase-name-after-saluti-comma", "Saluti, lorenza", "lorenza"),
    ("signature-name-en-dash-business", "Grazie per la pazienza\nLorenza – Casa Verde", "Lorenza"),
    ("signature-tilde", "Ti aggiorno domani ~ Lorenza", "Lorenza"),
    ("signature-double-dash", "Il reso è stato approvato -- Lorenza", "Lorenza"),
    ("signature-at-business", "Lorenza @ Casa Verde", "Lorenza"),
    ("signature-lowercase-last-line", "A domani\nzoltan", "zoltan"),
    ("signature-lowercase-lead", "Il reso è approvato.\nlorenza – casa verde", "lorenza"),
    ("signature-em-dash-foreign", "Grazie!\n— Aoife", "Aoife"),
    ("signature-lead-comma", "Il reso è approvato.\nLorenza, Casa Verde", "Lorenza"),
    ("signature-lead-parenthesis", "Il reso è approvato.\nlorenza (Casa Verde)", "lorenza"),
    ("foreign-name-l-stroke", "Ho sentito Małgorzata ieri", "Małgorzata"),
    ("foreign-name-comma-below-mid-sentence", "ho parlato con Ștefan ieri", "Ștefan"),
    ("lowercase-name-after-thank-you", "thank you siobhan, very helpful", "siobhan"),
    ("lowercase-name-after-grazie-mille", "grazie mille giulia!", "giulia"),
]
FOUND_STRUCTURED_STYLES = [
    ("phone-glued-tel-dot", "chiamami tel.3471234567", "3471234567", "PHONE_NUMBER"),
    ("phone-glued-cell-colon", "cell:347 123 4567", "347 123 4567", "PHONE_NUMBER"),
    ("phone-glued-mob-dot", "scrivetemi, mob.07911123456", "07911123456", "PHONE_NUMBER"),
    ("phone-glued-ph-plus", "ph.+44 7911 123456", "+44 7911 123456", "PHONE_NUMBER"),
    ("phone-label-t-dot", "T. 02 1234 5678", "02 1234 5678", "PHONE_NUMBER"),
    ("phone-label-then-n-dot", "tel. n. 347 1234567", "347 1234567", "PHONE_NUMBER"),
    ("phone-label-then-nr-glued", "Tel. nr.3471234567", "3471234567", "PHONE_NUMBER"),
    ("card-dots", "carta 4111.1111.1111.1111", "4111.1111.1111.1111", "CREDIT_CARD"),
    ("card-slashes", "card 4111/1111/1111/1111", "4111/1111/1111/1111", "CREDIT_CARD"),
    (
        "card-mastercard-spaces",
        "card 5500 0000 0000 0004 exp",
        "5500 0000 0000 0004",
        "CREDIT_CARD",
    ),
    ("address-v-dot", "consegna in v. Roma 10", "v. Roma 10", "ADDRESS"),
    ("address-v-dot-glued-cap", "in v.Roma 10, 20121 Milano", "v.Roma 10, 20121 Milano", "ADDRESS"),
    ("address-c-so", "abito in c.so Italia 5", "c.so Italia 5", "ADDRESS"),
    ("address-p-za", "p.za Duomo 3, Milano", "p.za Duomo 3, Milano", "ADDRESS"),
    ("address-l-go", "ritiro in l.go Augusto 7", "l.go Augusto 7", "ADDRESS"),
    ("address-p-le-capital", "P.le Loreto 2, Milano", "P.le Loreto 2, Milano", "ADDRESS"),
    ("address-str-dot", "str. Statale 11 km 4", "str. Statale 11", "ADDRESS"),
    ("address-fraz-dot", "fraz. Montebello 4", "fraz. Montebello 4", "ADDRESS"),
    ("address-v-le", "v.le Monza 120", "v.le Monza 120", "ADDRESS"),
    ("address-en-ln", "deliver to 12 Oak Ln", "12 Oak Ln", "ADDRESS"),
    ("address-en-st-dot", "5 Main St. please", "5 Main St.", "ADDRESS"),
    ("address-en-sq", "3 Grosvenor Sq", "3 Grosvenor Sq", "ADDRESS"),
    (
        "email-spelled-dot-at-ie",
        "mario dot rossi at outlook dot ie",
        "mario dot rossi at outlook dot ie",
        "EMAIL_ADDRESS",
    ),
    (
        "email-spelled-punto-chiocciola",
        "mario punto rossi chiocciola libero punto it",
        "mario punto rossi chiocciola libero punto it",
        "EMAIL_ADDRESS",
    ),
    (
        "email-spelled-two-level-tld",
        "anna.verdi at gmail dot co dot uk",
        "anna.verdi at gmail dot co dot uk",
        "EMAIL_ADDRESS",
    ),
    ("email-eu-tld", "scrivi a j.smith@studio.eu", "j.smith@studio.eu", "EMAIL_ADDRESS"),
    (
        "email-brackets-es-tld",
        "giulia [at] azienda [dot] es",
        "giulia [at] azienda [dot] es",
        "EMAIL_ADDRESS",
    ),
    ("town-irish-after-to", "I moved to Galway last year", "Galway", "LOCATION"),
    ("town-irish-word-cue", "ship it to Cork please", "Cork", "LOCATION"),
    ("town-us-based-in", "we are based in Dayton", "Dayton", "LOCATION"),
    ("town-irish-vivo-a", "vivo a Limerick da due anni", "Limerick", "LOCATION"),
    ("town-common-word-with-cue", "I live in Reading", "Reading", "LOCATION"),
    ("town-croatian-common-word-sono-di", "sono di Split", "Split", "LOCATION"),
    ("town-german-faker-list", "spedite a Aachen", "Aachen", "LOCATION"),
    ("town-lowercase-after-vivo-a", "vivo a milano da due anni", "milano", "LOCATION"),
    ("town-lowercase-province-two-words", "sono di la spezia", "la spezia", "LOCATION"),
    ("town-lowercase-irish-based-in", "based in galway", "galway", "LOCATION"),
    ("town-lowercase-english-two-words", "I live in new york", "new york", "LOCATION"),
    ("address-lowercase-via", "abito in via roma 10", "via roma 10", "ADDRESS"),
    (
        "address-lowercase-with-cap-city",
        "spedite a via giuseppe garibaldi 12, 20121 milano",
        "via giuseppe garibaldi 12, 20121 milano",
        "ADDRESS",
    ),
    ("address-lowercase-corso", "corso italia 5 scala b", "corso italia 5", "ADDRESS"),
    ("address-lowercase-abbreviation", "c.so buenos aires 33", "c.so buenos aires 33", "ADDRESS"),
    (
        "address-lowercase-english",
        "deliver to 22 baker street please",
        "22 baker street",
        "ADDRESS",
    ),
    ("town-unknown-after-live-in", "I live in Swindon", "Swindon", "LOCATION"),
    ("town-unknown-after-vivo-a", "vivo a Roccabruna da anni", "Roccabruna", "LOCATION"),
    ("address-v-lo", "consegnate in v.lo Stretto 4 per favore", "v.lo Stretto 4", "ADDRESS"),
    ("handle-labelled-ig-colon", "ig: lorenza_b93", "lorenza_b93", "HANDLE"),
    (
        "handle-labelled-instagram-come",
        "mi trovi su instagram come lorenza_b93",
        "lorenza_b93",
        "HANDLE",
    ),
    ("handle-labelled-dotted", "instagram è lorenza.b", "lorenza.b", "HANDLE"),
    ("phone-irish-mobile-national", "my number is 087 123 4567", "087 123 4567", "PHONE_NUMBER"),
    ("phone-irish-international", "+353 87 123 4567", "+353 87 123 4567", "PHONE_NUMBER"),
]

KEPT = [
    ("order-number-kept", "il mio ordine #IT-2026-004512 del 24/11/2026", "IT-2026-004512"),
    ("order-digits-kept", "ordine 4500123456 non arrivato", "4500123456"),
    ("tracking-code-kept", "tracking 1Z999AA10123456784", "1Z999AA10123456784"),
    ("price-kept", "costa 49,90 € con spedizione", "49,90 €"),
    ("time-kept", "consegna alle 14:30 di domani", "14:30"),
    ("date-kept", "arriva il 12/12/2026", "12/12/2026"),
    ("brand-kept", "ho comprato da Casa Verde", "Casa Verde"),
    ("brand-named-after-person-kept", "adoro Marco Bellini Moda!", "Marco Bellini Moda"),
    ("brand-short-form-kept", "il blazer di Marco Bellini è bellissimo", "Marco Bellini"),
    ("product-place-name-kept", "vorrei il tavolino Como in noce", "tavolino Como"),
    ("via-preposition-kept", "ti scrivo via email oppure via WhatsApp", "via email"),
    ("courier-will-kept", "The courier will come back on 11 Nov", "will"),
    ("order-year-slash-kept", "ordine n. 2026/4794 in lavorazione", "2026/4794"),
    ("black-friday-kept", "Ho visto la Promo Black Friday su Instagram", "Black Friday"),
    ("colour-rosa-kept", "Vorrei la taglia M in colore Rosa.", "Rosa"),
]


# Names that are also words, used as words; look-alikes of the new classes.
KEPT_STYLES = [
    ("word-rosa-colour-start", "Rosa antico o blu notte per il divano?", "Rosa"),
    ("word-serena", "Serena giornata a tutti!", "Serena"),
    ("word-sole", "Sole e mare: la borsa perfetta per l'estate", "Sole"),
    ("word-fiore", "Fiore all'occhiello della collezione, complimenti", "Fiore"),
    ("word-marina-style", "Giacca stile Marina, è ancora disponibile?", "Marina"),
    ("word-franco-destino", "Franco destino o a carico mio?", "Franco"),
    ("word-bianca", "Bianca o nera la versione da 40?", "Bianca"),
    ("word-viola", "Viola scuro o chiaro?", "Viola"),
    ("word-chiara-adjective", "Chiara la spiegazione, grazie", "Chiara"),
    ("word-vera-pelle", "Vera pelle o similpelle?", "Vera"),
    ("word-stella-product", "La collana Stella è in argento?", "Stella"),
    ("word-gioia", "Gioia immensa, è arrivato tutto!", "Gioia"),
    ("word-speranza", "Speranza che arrivi prima di Natale", "Speranza"),
    ("word-costa-verb", "Costa troppo la spedizione express", "Costa"),
    ("word-monti-product", "Il plaid Monti è in lana?", "Monti"),
    ("word-leone-product", "Il cuscino Leone è sfoderabile?", "Leone"),
    ("word-riva-product", "Vorrei la gonna Riva in taglia 42", "Riva"),
    ("word-will", "Will it arrive by Friday?", "Will"),
    ("word-may", "May I change the size?", "May"),
    ("word-grace", "Grace period for returns is 30 days?", "Grace"),
    ("word-hope", "Hope it arrives soon!", "Hope"),
    ("word-bill", "Bill me later please", "Bill"),
    ("word-mark", "Mark the order as urgent please", "Mark"),
    ("word-rose-gold", "Rose gold or silver?", "Rose"),
    ("word-jack-product", "Is the Jack chair back in stock?", "Jack"),
    ("word-bob-product", "The Bob bag in black, please", "Bob"),
    ("word-summer", "Summer sale starts when?", "Summer"),
    ("word-frank", "Frank question: is it real leather?", "Frank"),
    ("word-grant", "Grant access to the portal please", "Grant"),
    ("brand-hyphen-not-signature", "Ray-Ban style sunglasses?", "Ray"),
    ("word-reading-no-cue", "Reading your message now, one sec", "Reading"),
    ("word-nice-no-cue", "Nice colour, I'll take it", "Nice"),
    ("word-split-no-cue", "Split the payment in two?", "Split"),
    ("word-most-no-cue", "Most of the items arrived fine", "Most"),
    ("acronym-iban-not-foreign-name", "Here's my IBAN for the refund", "IBAN"),
    ("order-glued-n-dot-not-phone", "ordine n.3471234567 non ancora spedito", "3471234567"),
    ("order-dotted-luhn-not-card", "order 2026.1111.2222.3333 shipped", "2026.1111.2222.3333"),
    ("order-n-dotted-card-shape", "ordine n. 4111.1111.1111.1111 ok", "4111.1111.1111.1111"),
    ("date-dotted-kept", "arriva il 24.11.2026 alle 14.30", "24.11.2026"),
    ("time-dotted-kept", "arriva il 24.11.2026 alle 14.30", "14.30"),
    ("price-thousands-dot-kept", "costa 1.299,00 € con consegna", "1.299,00 €"),
    ("sentence-at-home-not-email", "I arrived at home. It was late", "at home. It"),
    ("lowercase-after-period-not-email", "see you at 5. ok?", "at 5. ok"),
    ("vedi-sopra-not-street", "cfr. v. sopra per i dettagli", "v. sopra"),
    ("greeting-followers-kept", "grazie mille, a presto", "mille"),
    ("greeting-ciao-a-tutti-kept", "ciao a tutti", "tutti"),
    ("greeting-thanks-again-kept", "thanks again, cheers mate", "again"),
    ("cue-crossing-price-kept", "grey and beige for $1240.50. Best, Tommaso", "Best"),
    ("greeting-thank-you-so-much-kept", "thank you so much", "much"),
    ("lead-comma-common-word-kept", "Perfetto, grazie", "Perfetto"),
    ("lowercase-place-word-da-fermo", "partito da fermo", "fermo"),
    ("lowercase-place-word-in-potenza", "in potenza è perfetto", "potenza"),
    ("lowercase-a-casa-kept", "lo lascio a casa", "casa"),
    ("lowercase-via-quantity-kept", "ti scrivo via email 3 volte al giorno", "email 3"),
    ("corso-di-quantity-kept", "faccio un corso di yoga 2 volte a settimana", "corso di yoga"),
    ("piazza-time-kept", "ci vediamo in piazza alle 10", "piazza alle 10"),
    ("via-order-number-kept", "ordine via roma 2026/4794", "2026/4794"),
    ("via-distance-kept", "via roma 10.5 km", "10.5 km"),
    ("lowercase-street-word-not-street", "the 3 dark street lamps", "3 dark street"),
    # round 27: one's own country is redacted now ("abito in Irlanda", test_round27.py)
    # round 28: a customer's "spedite anche in Irlanda?" is redacted (test_round28); the
    # business's "spediamo anche in Irlanda" stays
    ("country-after-spediamo-kept", "spediamo anche in Irlanda", "Irlanda"),
    ("platform-then-word-kept", "ti scrivo su instagram come sempre", "sempre"),
    ("platform-then-plain-word-kept", "ig: bellissimo", "bellissimo"),
    ("platform-business-handle-kept", "seguiteci su instagram: casa_verde", "casa_verde"),
]

# Classes from the development set (second round): whole addresses, lowercase towns after a
# cue, particle and surname-first names, titles with lowercase surnames, grouped identifiers.
FOUND_ROUND_TWO = [
    (
        "it-address-abbr-n-dash-cap-province-brackets",
        "il mio indirizzo è v.le carlo alberto, n. 12 - 10121 torino (to) grazie",
        "v.le carlo alberto, n. 12 - 10121 torino (to)",
        "ADDRESS",
    ),
    (
        "it-address-lowercase-town-after-number",
        "spedite a via san rocco 27b lecce per favore",
        "via san rocco 27b lecce",
        "ADDRESS",
    ),
    (
        "it-address-slash-scala-comma-town",
        "consegna in largo garibaldi 8/c scala b, modena",
        "largo garibaldi 8/c scala b, modena",
        "ADDRESS",
    ),
    (
        "it-address-int-cap-bare-province",
        "c.so vittorio emanuele 15a int. 4, 20122 milano mi cell 333",
        "c.so vittorio emanuele 15a int. 4, 20122 milano mi",
        "ADDRESS",
    ),
    (
        "it-address-bis-scala-capital-town",
        "nuovo indirizzo: corso Cavour 77 bis scala D, Pescara",
        "corso Cavour 77 bis scala D, Pescara",
        "ADDRESS",
    ),
    (
        "it-address-n-int-cap-town-province",
        "residente in via Verdi n. 40 int. 3, 37121 Verona VR",
        "via Verdi n. 40 int. 3, 37121 Verona VR",
        "ADDRESS",
    ),
    (
        "it-address-strada-connector-cap",
        "strada delle Vigne 5 int. 1, 40121 Bologna BO",
        "strada delle Vigne 5 int. 1, 40121 Bologna BO",
        "ADDRESS",
    ),
    (
        "en-address-lowercase-park-town-state-zip",
        "ship to 12 maple park, dayton, oh 45402 thanks",
        "12 maple park, dayton, oh 45402",
        "ADDRESS",
    ),
    (
        "en-address-lowercase-road-dublin-district",
        "send it to 7 seaview road, dublin 6w please",
        "7 seaview road, dublin 6w",
        "ADDRESS",
    ),
    (
        "en-address-lowercase-town-uk-postcode",
        "deliver to 14 park way, leeds ls1 4ab",
        "14 park way, leeds ls1 4ab",
        "ADDRESS",
    ),
    (
        "en-address-apt-before-eircode-after",
        "Apt 4, 18 Main Street, Sligo F91 X2Y3",
        "Apt 4, 18 Main Street, Sligo F91 X2Y3",
        "ADDRESS",
    ),
    (
        "en-address-flat-lowercase-town-line",
        "regards\nflat 2, 31 willow lane, kendal\nm: 07700 900123",
        "flat 2, 31 willow lane, kendal",
        "ADDRESS",
    ),
    (
        "en-address-flat-capital-park",
        "my address is Flat 5, 62 Orchard Park, Swindon",
        "Flat 5, 62 Orchard Park, Swindon",
        "ADDRESS",
    ),
    (
        "en-address-rd-postcode-only",
        "thanks\n9 mill rd, bs1 5tr",
        "9 mill rd, bs1 5tr",
        "ADDRESS",
    ),
    (
        "town-saint-first-name",
        "spedite a San Giovanni Rotondo?",
        "San Giovanni Rotondo",
        "LOCATION",
    ),
    ("town-lowercase-after-da", "tanti saluti da castelsardo", "castelsardo", "LOCATION"),
    ("town-lowercase-after-a", "sono a sulmona fino a domenica", "sulmona", "LOCATION"),
    ("region-lowercase-after-in", "siamo in puglia per le ferie", "puglia", "LOCATION"),
    ("us-state-lowercase-after-from", "greetings from oregon", "oregon", "LOCATION"),
    ("name-particle-capital", "hi Federica Lo Bianco here about my order", "Lo Bianco", "PERSON"),
    ("name-particle-lowercase", "invoice to carla de santis please", "carla de santis", "PERSON"),
    (
        "name-surname-first-apostrophe",
        "Buongiorno. D'Angelo Matteo. Ordine 1",
        "D'Angelo Matteo",
        "PERSON",
    ),
    ("name-surname-first-particle", "Salve. de Vries Anouk. Ordine 2", "de Vries Anouk", "PERSON"),
    ("name-title-lowercase-surname", "sono la signora ferrara, ho chiamato", "ferrara", "PERSON"),
    ("name-si-chiama-lowercase", "il corriere si chiama salvatore?", "salvatore", "PERSON"),
    ("name-un-certo-lowercase", "mi ha scritto un certo michele", "michele", "PERSON"),
    ("name-word-name-here-intro", "Hi! Grace here, happy to help", "Grace", "PERSON"),
    ("name-kiss-signature", "Have a lovely day! x Joy", "Joy", "PERSON"),
    (
        "card-double-spaces",
        "carta 4111  1111  1111  1111 grazie",
        "4111  1111  1111  1111",
        "CREDIT_CARD",
    ),
    ("cf-grouped", "il mio cf è BND MRA 60M29 F144K", "BND MRA 60M29 F144K", "IT_FISCAL_CODE"),
]

KEPT_ROUND_TWO = [
    ("tracking-after-carrier-kept", "la spedizione BRT 412345678901 è partita", "412345678901"),
    ("tracking-after-spedizione-kept", "la sua spedizione 390123456789 arriva", "390123456789"),
    ("product-foulard-place-kept", "vorrei il foulard Positano in seta", "Positano"),
    ("product-sandalo-place-kept", "il sandalo Taormina è disponibile?", "Taormina"),
    ("product-cassettiera-name-kept", "la cassettiera Greta è ancora in saldo?", "Greta"),
    ("product-gravel-bike-name-kept", "is the Hudson gravel bike in stock?", "Hudson"),
    ("land-noun-after-a-kept", "torno a piano terra", "piano"),
    ("land-noun-after-da-kept", "vengo da campo sportivo", "campo"),
    ("word-after-a-kept", "vado a casa e poi a lavoro", "casa"),
    ("street-then-thanks-kept", "via roma 10, grazie mille", "grazie"),
    ("name-then-di-word-kept", "Grazie Marco di tutto", "tutto"),
    ("street-then-thx-kept", "via roma 10, thx", "thx"),
    ("title-then-name-word-kept", "Grazie signora, a presto", "presto"),
    ("quantity-x-product-kept", "vorrei 3 x Rose", "Rose"),
    ("hope-here-word-kept", "I hope here is fine", "hope"),
    ("word-marina-kept", "Marina di seta per la linea estate", "seta"),
]


def _find(engine: AnonymisationEngine, text: str) -> list[tuple[str, str]]:
    result = engine.detector.detect([text])[0]
    return [(text[d.start : d.end], d.entity_type) for d in result.detections]


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        pytest.param(text, value, kind, id=case)
        for case, text, value, kind in [
            *FOUND,
            *FOUND_STRUCTURED_STYLES,
            *FOUND_ROUND_TWO,
            *((case, text, value, "PERSON") for case, text, value in FOUND_STYLES),
        ]
    ],
)
def test_found(engine: AnonymisationEngine, text: str, value: str, entity_type: str) -> None:
    found = _find(engine, text)
    assert any(kind == entity_type and value in surface for surface, kind in found), (
        f"{value!r} not found as {entity_type}: {found}"
    )


# Open: look-alikes the retrained scorer takes for names (a rule for them would cost real names:
# "Chiara la spiegazione" reads like a topicalised "Chiara la vedo domani")
_SCORER_MISSES = {
    "word-chiara-adjective": pytest.mark.xfail(
        strict=True, reason="session 12: the retrained scorer takes 'Chiara la spiegazione'"
    ),
}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(text, value, id=case, marks=_SCORER_MISSES.get(case, ()))
        for case, text, value in [*KEPT, *KEPT_STYLES, *KEPT_ROUND_TWO]
    ],
)
def test_kept(engine: AnonymisationEngine, text: str, value: str) -> None:
    result = engine.detector.detect([text])[0]
    start = text.index(value)
    end = start + len(value)
    overlapping = [d for d in result.detections if d.start < end and start < d.end]
    assert not overlapping, [(text[d.start : d.end], d.entity_type) for d in overlapping]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("9" * 1_000_000, id="pathological-digits-1mb"),
        pytest.param("a." * 500_000, id="pathological-dots-1mb"),
        pytest.param("via " * 250_000, id="pathological-via-1mb"),
        pytest.param("Mario " * 170_000, id="pathological-names-1mb"),
        pytest.param("a at b punto " * 80_000, id="pathological-email-1mb"),
        pytest.param("Hello John Smith, please call " * 34_000, id="pathological-english-1mb"),
    ],
)
@pytest.mark.slow
def test_pathological_input_is_bounded(engine: AnonymisationEngine, text: str) -> None:
    started = time.monotonic()
    engine.detector.detect([text])
    assert time.monotonic() - started < 60
