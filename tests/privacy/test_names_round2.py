"""Person names, second round: agents introducing themselves or handing a case over, signatures
with initials, capitals or a role label, full names of two words that are also words, particle
surnames, nicknames; and the conversation memory (participants, carry-forward) not spreading a
name onto words, particles, initials or products.

Every value here is invented for these tests (none comes from a labelled corpus).
"""

from __future__ import annotations

from pipeline.models import Message
from privacy.anonymise import AnonymisationEngine
from tests.privacy.test_names_general import (
    chat_message,
    person_case_tests,
)

# (case, text, the name that must be found as PERSON)
FOUND = [
    # an agent introducing themself, answering, or taking the case over
    ("qui-word-name", "Buongiorno! Qui Stella 😊 Il ritiro è pronto.", "Stella"),
    ("ti-scrive-word-name", "Salve, ti scrive Viola. Il preventivo è allegato.", "Viola"),
    ("le-risponde", "Buonasera, le risponde Ottavia del servizio clienti.", "Ottavia"),
    ("se-ne-occupa", "Da domani se ne occupa Celeste, io sono in ferie.", "Celeste"),
    ("speaking", "Joy speaking, how can I help with the booking?", "Joy"),
    ("la-chiama", "La chiama Celeste domattina per fissare.", "Celeste"),
    ("hand-over-segnalo-a", "Ok, lo segnalo a Viola che segue i resi.", "Viola"),
    ("hand-over-lowercase", "ok, giro la richiesta a viola (ufficio resi) 👍", "viola"),
    ("hand-over-en", "I'll pass your message to joy, who handles refunds", "joy"),
    ("handed-over-passive", "Your request has been passed to Hope in accounts.", "Hope"),
    ("acts-will-be-with-you", "Thanks for waiting, Faith will be with you shortly", "Faith"),
    ("acts-ti-segue", "Da oggi Celeste ti segue per il rinnovo.", "Celeste"),
    ("asked", "I've asked Faith to check the stock.", "Faith"),
    ("chiesto-a", "ho chiesto a Celeste di controllare il magazzino", "Celeste"),
    ("rivolgersi-a", "Per info rivolgersi a Gioia in segreteria.", "Gioia"),
    ("trova", "Domani trova Celeste in negozio.", "Celeste"),
    ("ce-on-shift", "Oggi in turno c'è Stella fino alle 18.", "Stella"),
    ("on-the-desk", "Today Joy is on the desk until 6.", "Joy"),
    ("hand-over-passo-a", "Per la garanzia la passo a Stella in negozio.", "Stella"),
    ("business-word-outside-business", "Grazie! Ti scrive Marco per la conferma.", "Marco"),
    # signatures
    ("caret-initials", "Spedizione partita oggi.\n^LT", "LT"),
    ("caret-initials-same-line", "Rimborso fatto ^MV 🙂", "MV"),
    ("tilde-initials", "Reso accettato.\n~PB", "PB"),
    ("caret-initials-lowercase", "Ok, ti aggiorno io domani. ^mv", "mv"),
    ("last-line-capitals", "Ci vediamo domani alle 9.\nCELESTE", "CELESTE"),
    ("last-line-first-name-initial", "Thanks, see you Friday!\nHope T.", "Hope T"),
    ("brackets-capitals", "Ci vediamo alle 10. (VIOLA)", "VIOLA"),
    ("initial-surname-last-line", "Il tecnico arriva giovedì.\nP. Scarabelli", "P. Scarabelli"),
    ("initial-surname-dash", "Preventivo inviato.\n– T. Orlandini 🌿", "T. Orlandini"),
    ("role-label", "Il ritiro è confermato per le 17.\nStaff: Ginevra", "Ginevra"),
    ("role-label-operatore", "Pratica chiusa. Operatore - Gualtiero", "Gualtiero"),
    # full names of two words that are also words, particle surnames, nicknames
    ("introduction-two-words", "Buonasera, sono Stella Marino. Vorrei un appuntamento", "Marino"),
    ("introduction-two-words-en", "hello, this is Joy Hill, I rang yesterday", "Hill"),
    (
        "particle-surname-common-word",
        "il pacco è stato lasciato da La Viola al piano terra",
        "La Viola",
    ),
    ("particle-surname-la", "ne ho parlato con La Stella ieri", "La Stella"),
    ("nickname-greeted", "ciao Gigi! tutto a posto col ritiro?", "Gigi"),
    ("word-name-here-emoji", "Good morning! Joy here 🙂 How can I help?", "Joy"),
    ("relative-dad-word-name", "can you call back my dad Mark? he ordered it", "Mark"),
    ("nickname-relative-lowercase", "il mio amico pippo passa a ritirare", "pippo"),
]

# (case, text, a word that must not be (part of) a PERSON)
KEPT = [
    ("hand-over-not-a-name", "passo a prendere la rosa rossa domani", "rosa"),
    ("hand-over-place", "giro la richiesta a verona (sede centrale)", "verona"),
    ("tilde-size", "ok, la taglia è ~XL", "XL"),
    ("last-line-capital-word", "Totale in fattura.\nIVA", "IVA"),
    ("ce-colour", "in vetrina c'è rosa e celeste", "rosa"),
    ("qui-adverb", "ci vediamo qui Domenica alle dieci", "Domenica"),
    ("there-are-delays", "Ti avvisiamo se ci sono rallentamenti.", "rallentamenti"),
    ("elided-article-after-sono", "sono l'affittuaria del secondo piano", "affittuaria"),
    ("camelcase-plan-after-for", "I'd like a quote for TravelSafe Cover for two", "TravelSafe"),
    ("camelcase-plan-mid", "Il piano CasaProtetta Plus costa 90 euro", "CasaProtetta"),
    ("initial-mid-sentence", "Per la spedizione vedi art. 5, grazie", "art"),
    ("brackets-capital-acronym", "Pagamento con bonifico. (IBAN)", "IBAN"),
    ("business-phrase-itself", "Grazie per aver scelto Marco Bellini Moda!", "Marco"),
    ("word-name-here-then-verb", "Rosa here is the darker shade", "Rosa"),
    ("pet-name-it", "il mio cane Ettore zoppica da ieri, vi scrive Ada", "Ettore"),
    ("pet-name-en", "our kitten Marmalade has a sore eye", "Marmalade"),
]


test_found, test_kept = person_case_tests(FOUND, KEPT)


def _message(index: int, role: str, text: str, customer_name: str = "Ivo Pellizzari") -> Message:
    return chat_message(
        index,
        role,
        text,
        customer_name,
        conversation="names_round2",
        page="104857600000011",
        customer="8800000000000002",
    )


def test_participant_word_name_lowercase_after_title_is_replaced(
    engine: AnonymisationEngine,
) -> None:
    """A participant called "Rich" is re-found only capitalised: "mrs rich" (a title and the
    surname in lowercase) must stay a PERSON detection and be replaced."""
    out = engine.anonymise_conversation(
        [_message(1, "customer", "the parcel is for mrs rich at the back door", "Dora Rich")]
    )
    assert "rich" not in out[0].text.lower()


def test_carried_surname_that_is_a_word_stays_a_word_in_lowercase(
    engine: AnonymisationEngine,
) -> None:
    """A surname that is also a word ("Riva": shore) is carried capitalised only."""
    out = engine.anonymise_conversation(
        [
            _message(1, "customer", "mi chiamo Tullio Riva, vorrei info sul noleggio"),
            _message(2, "agent", "Certo! Le barche sono sulla riva sud, signor Riva."),
        ]
    )
    assert "Riva" not in out[1].text and "sulla riva" in out[1].text


def test_initials_particles_and_word_nicknames_are_not_carried(
    engine: AnonymisationEngine,
) -> None:
    """Initials ("^SE") and a particle alone ("La" of "La Stella") are never carried to other
    messages; a nickname that is a word ("Will" for William) only capitalised mid-sentence."""
    out = engine.anonymise_conversation(
        [
            _message(1, "agent", "Ordine pronto.\n^SE", "William Foxley"),
            _message(2, "customer", "ok, se serve passa mio cugino", "William Foxley"),
            _message(3, "customer", "Se possibile lo lascio da La Stella", "William Foxley"),
            _message(4, "customer", "La consegna è domani? Will you call me?", "William Foxley"),
        ]
    )
    assert "se serve" in out[1].text
    assert out[2].text.startswith("Se possibile")
    assert out[3].text.startswith("La consegna") and "Will you" in out[3].text


def test_word_name_carried_capitalised_mid_sentence_only(engine: AnonymisationEngine) -> None:
    """A participant's nickname that is a word ("Bill" for William) is re-found capitalised
    mid-sentence, not opening a sentence before a lowercase word ("Bill me later")."""
    out = engine.anonymise_conversation(
        [
            _message(
                1, "customer", "ciao, scrivo per mio padre, si chiama come me", "William Foxley"
            ),
            _message(2, "customer", "Bill me later please. Thanks from Bill", "William Foxley"),
        ]
    )
    assert out[1].text.startswith("Bill me later") and "from Bill" not in out[1].text


def test_carried_word_name_inside_a_product_name_stays(engine: AnonymisationEngine) -> None:
    """An agent's name that is also a word ("Stella") is carried, but not into a product's
    name ("Lampada Stella")."""
    out = engine.anonymise_conversation(
        [
            _message(1, "agent", "Buongiorno, ti scrive Stella. Come posso aiutarti?"),
            _message(2, "customer", "avete ancora la lampada Stella in ottone?"),
            _message(3, "customer", "grazie Stella, a presto"),
        ]
    )
    assert "Stella" not in out[0].text
    assert "lampada Stella" in out[1].text
    assert "Stella" not in out[2].text
