"""Round 35 (session 22), from the clean batch hw83-hw85 once studied: its 14 leaked values
were three times the home country said by a foreign customer ("2 anni qui in Italia",
"working in italy"), address parts told apart from the address (the postcode the customer
forgot, a staircase or a house number corrected, a Norwegian street), and names in forms no
rule knew: a diminutive of a name of the conversation ("bianchina" of Bianca), a first name cut
short after thanks ("graziee ire" to Irene), a child's name that is a word opening a clause
("felice va a prenderlo"), an initial signing a card ("il tuo G."), the surname after "ring"
(read as the jewel), a nickname answering "which name should be printed?". Every text is
invented."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.location import town_countries
from tests.privacy.test_round26 import _conversation, _count

# (conversation, index of the message, value that must not survive in it)
REDACTED = [
    ([("customer", "hello i am polish, working in italy, i send a box to my mother")], 0, "italy"),
    (
        [("customer", "buongiorno, ho lavorato 5 anni in Moldavia e 3 anni qui in Italia")],
        0,
        "Italia",
    ),
    ([("customer", "Hi! We want to get married in Italy in May, we are from Sydney")], 0, "Italy"),
    (
        [
            ("customer", "hi, im Yusuf Okafor, I need lessons"),
            ("customer", "via del Cane 12, 40121, ring Okafor please"),
        ],
        1,
        "Okafor",
    ),
    (
        [
            ("customer", "consegna a mia zia, via dei Tigli 4 Cremona"),
            ("customer", "26100 scusate avevo dimenticato il cap"),
        ],
        1,
        "26100",
    ),
    (
        [
            ("customer", "i live in Brescia via Milano 140 scala c int 9"),
            ("customer", "sorry is scala D not c"),
        ],
        1,
        "scala D",
    ),
    (
        [
            ("customer", "la casa è a Levico, via Roma 19"),
            ("customer", "il numero civico in realtà è 19/c"),
        ],
        1,
        "19/c",
    ),
    ([("customer", "sto da un collega, Nygårdsgaten 41, 5015 Bergen")], 0, "Nygårdsgaten 41"),
    (
        [("customer", 'si chiama Bianca Moretti, sul biglietto "alla mia bianchina"')],
        0,
        "bianchina",
    ),
    ([("customer", 'sul biglietto scrivete "buon compleanno, il tuo G."')], 0, "G."),
    (
        [
            ("agent", "Spedito oggi! Irene di Seconda Pelle"),
            ("customer", "siii graziee ire 😘 a presto"),
        ],
        1,
        "ire",
    ),
    (
        [
            ("customer", "scrivo per mio figlio Felice, ha 11 anni"),
            ("customer", "ah importante: felice va a prenderlo la nonna il martedì"),
        ],
        1,
        "felice",
    ),
    ([("agent", "Lovely! What's your son's name?"), ("customer", "Kiko, he is 3")], 1, "Kiko"),
    (
        [
            ("agent", "The jersey is 39.90€. Which name should be printed on the back?"),
            ("customer", "BLAZE please, not his real name 😂"),
        ],
        1,
        "BLAZE",
    ),
]
# the second part of round 35, from hw86-hw88 once measured: address parts corrected in chat
# words ("è 15 scusate", "scusa 14 nn 12", "its 27A not 27", "il numero civico forse è 192"),
# a lettered house number named again, the door's side after a floor, a block, Maltese
# streets; ids after their platform or noun without a colon; the title "prof.ssa"; a word-name
# after a possessed relative; three-letter names carried ("Mia"); the country of a customer's
# foreign town carried to the reply
REDACTED += [
    (
        [
            ("customer", "fate via Marconi 5, vi scrivo il civico giusto dopo"),
            ("customer", "è 15 scusate"),
        ],
        1,
        "15",
    ),
    ([("customer", "via Garibaldi 12, Parma"), ("customer", "scusa 14 nn 12 🙈")], 1, "14"),
    (
        [
            ("agent", "Is the address Flat 4, 27 Coldharbour Lane SW9 8PR?"),
            ("customer", "flat 4 yes but its 27A not 27"),
            ("agent", "Updated to 27A and added a note ✅"),
        ],
        2,
        "27A",
    ),
    ([("customer", "via Lorenteggio 190 Milano / il numero civico forse è 192")], 0, "192"),
    ([("customer", "Calle Feria 34, 2º izquierda, 41003 Sevilla")], 0, "izquierda"),
    ([("customer", "send it to Warschauer Str. 34, 3. OG links, 10243 Berlin")], 0, "links"),
    ([("customer", "Blk 231 Bain Street #04-17, Singapore 180231")], 0, "Blk"),
    ([("customer", "Flat 4, Triq il-Kbira 23, Mosta MST 1016")], 0, "Kbira"),
    ([("customer", "Flat 4, Triq il-Kbira 23, Mosta MST 1016")], 0, "MST 1016"),
    ([("customer", "my psn is x and my discord ghostdragan if u wanna talk")], 0, "ghostdragan"),
    ([("customer", "im @jay.lifts on ig and jaylifts on twitch")], 0, "jaylifts"),
    ([("customer", "too many attempts from my pc?? username boardgamebex")], 0, "boardgamebex"),
    ([("customer", "and mikeb0rg on bgg if u wanna check im legit")], 0, "mikeb0rg"),
    ([("agent", "Domani alle 14 la prof.ssa Speranza ha un buco")], 0, "Speranza"),
    ([("customer", "viene anche la sua amichetta speranza la figlia dei vicini")], 0, "speranza"),
    (
        [
            ("customer", "I make holiday with my daughter Mia (12)"),
            ("customer", "wunderbar. Mia spricht ein bisschen Italienisch"),
        ],
        1,
        "Mia",
    ),
    (
        [
            ("customer", "hi we live in Ljubljana, do you ship there?"),
            ("agent", "Sì, la Slovenia è nella zona UE, spedizione 9,90 €."),
        ],
        1,
        "Slovenia",
    ),
    (
        [
            ("customer", "75009 Paris, 3e étage gauche"),
            ("agent", "Ciao! Sì, in Francia consegniamo in 3 giorni."),
        ],
        1,
        "Francia",
    ),
]
# the third part, from hw89-hw91 once measured
REDACTED += [
    (
        [
            ("customer", "via Roma 5, Trieste"),
            ("customer", "34015. second flat is next door at nr. 14"),
        ],
        1,
        "34015",
    ),
    (
        [
            ("customer", "via Roma 5, Trieste"),
            ("customer", "34015. second flat is next door at nr. 14"),
        ],
        1,
        "nr. 14",
    ),
    (
        [("customer", "Calle Colón 12, 3º"), ("customer", "46006 Valencia / mail x")],
        1,
        "46006",
    ),
    (
        [
            ("customer", "indirizzo di mamma: vul. Soborna 14, Lviv"),
            ("customer", "scusa numero di casa di mamma e 14/a nn 14"),
        ],
        1,
        "14/a",
    ),
    (
        [
            ("customer", "via Dante 14, Gorizia"),
            ("customer", "ps il civico e 16 non 14 sorry"),
            ("agent", "Tranquilla, il tecnico vi vede. 16 ok"),
        ],
        2,
        "16",
    ),
    ([("customer", "via Dante, Gorizia"), ("customer", "27/B ecco! citofono Rossi")], 1, "27/B"),
    (
        [
            ("customer", "abito in via Dante, Gorizia"),
            ("customer", "17 interno 2, campanello Rossi"),
        ],
        1,
        "17 interno 2",
    ),
    ([("customer", "garage e in via Cadorna 55 box numero 4")], 0, "box numero 4"),
    ([("agent", "corretto in vul. Soborna 14/a, kv. 27. Buona giornata!")], 0, "kv. 27"),
    ([("customer", "our aunt lives at Gran Viale Santa Maria Elisabetta 36")], 0, "Gran"),
    ([("customer", "i miei due figli: Tommaso 7 anni e Speranza 9 anni")], 0, "Speranza"),
    ([("customer", 'scrivete "da Cate e Rosa" (rosa è mia figlia lol)')], 0, "rosa"),
    (
        [("customer", "mi chiamo Gianna"), ("customer", "Pirastu / P-I-R-A-S-T-U, lo sbagliano")],
        1,
        "Pirastu",
    ),
    (
        [
            ("customer", "Calle Colón 12, 3º"),
            ("customer", "46006 Valencia / mail x"),
            ("agent", "Certo, spediamo in Spagna in 4-6 giorni"),
        ],
        2,
        "Spagna",
    ),
    (
        [
            ("customer", "hello, name on order: Zhang Wei, i study here"),
            ("customer", "phone +86 138 0013 7742 or italy one 351 906 2218"),
        ],
        1,
        "italy",
    ),
    (
        [
            ("customer", "hello, we are from Munich and want to buy a house"),
            ("agent", "Good morning! We have a farmhouse. When are you in Italy?"),
        ],
        1,
        "Italy",
    ),
]
# (conversation, index of the message, word that must survive in it)
KEPT = [
    (
        [
            ("customer", "hello i am polish, working in italy, i send a box to my mother"),
            ("agent", "Hi! We ship from Italy to Poland in 4 days"),
        ],
        1,
        "Italy",
    ),
    ([("customer", "hi from London! is it made in Italy? the tag says so")], 0, "Italy"),
    ([("customer", "ciao, spedite in tutta Italia? anche in Sardegna?")], 0, "Italia"),
    ([("customer", "hey, im Lisa from Leeds, from Italy I dial +44 right?")], 0, "Italy"),
    (
        [("customer", "im Marco Ferretti, I want to buy the ring Ferretti made for my wife")],
        0,
        "ring",
    ),
    (
        [
            ("customer", "abito in via Milano 140 scala B int 9"),
            ("customer", "la luce della scala B non funziona da giorni"),
        ],
        1,
        "scala B",
    ),
    ([("customer", "ordine 26100, mi ero dimenticata il cap della spedizione")], 0, "26100"),
    (
        [
            ("customer", "scrivo per mio figlio Felice, ha 11 anni"),
            ("customer", "sono felice che ci sia posto, il rosa va bene"),
        ],
        1,
        "felice",
    ),
    ([("agent", "Lovely! What's your dog's name?"), ("customer", "Kiko, she is 3")], 1, "Kiko"),
    ([("agent", "Which size should we print?"), ("customer", "Medium please")], 1, "Medium"),
    ([("customer", "i stream live on twitch every night")], 0, "live"),
    (
        [
            ("customer", "hello, we are from Munich and want to buy a house"),
            ("agent", "We ship to all of Italy in 2 days. Is it made in Italy? Yes"),
        ],
        1,
        "Italy",
    ),
    ([("customer", "il codice è A B C D 5, ABCD è il lotto")], 0, "ABCD"),
    ([("customer", "ho una Vespa 5 anni fa, ancora perfetta")], 0, "Vespa"),
    (
        [
            ("customer", "via Dante 3, Gorizia"),
            ("customer", "my mum might join us for 3 nights, ok?"),
        ],
        1,
        "3",
    ),
    ([("customer", "my discord server is small")], 0, "server"),
    ([("customer", "mia figlia grande è arrivata ieri")], 0, "grande"),
    (
        [
            ("customer", "abito in via Londra 5, 20100 Milano"),
            ("agent", "spediamo anche nel Regno Unito"),
        ],
        1,
        "Regno Unito",
    ),
    (
        [
            ("customer", "abito in via Milano 140 scala B int 9, Torino"),
            ("customer", "è 15 il mio ordine, scusate"),
        ],
        1,
        "15",
    ),
]


@pytest.mark.parametrize(("texts", "index", "value"), REDACTED)
def test_round35_value_is_redacted(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, value: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(value, out) == 0, out


@pytest.mark.parametrize(("texts", "index", "word"), KEPT)
def test_round35_look_alike_survives(
    engine: AnonymisationEngine, texts: list[tuple[str, str]], index: int, word: str
) -> None:
    out = _conversation(engine, texts)[index]
    assert _count(word, out) == _count(word, texts[index][1]), out


def test_short_names_count_only_where_a_greeting_calls_them(
    engine: AnonymisationEngine,
) -> None:
    out = _conversation(
        engine,
        [
            ("agent", "Fattura pronta. Ivana - Studio Verde"),
            ("customer", "grazie! la partita iva è quella di prima, IVA inclusa?"),
        ],
    )[1]
    assert _count("iva", out) == 1 and "IVA" in out


@pytest.mark.parametrize(
    ("town", "codes"),
    [
        ("Ljubljana", ["SI"]),
        ("Graz", ["AT"]),
        ("Lagos", ["NG"]),
        ("Valencia", ["VE", "ES", "PH", "US"]),
        ("Milano", []),
    ],
)
def test_a_foreign_towns_countries(town: str, codes: list[str]) -> None:
    assert town_countries(town) == codes
