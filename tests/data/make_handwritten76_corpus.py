# ruff: noqa: E501
"""Hand-written blind test corpus no. 76 for convmon's anonymiser.

Every conversation below was written by hand, message by message: no templates, no Faker, no
generated text. All people, handles, links, e-mails, phones and addresses are invented. The
checksummed identifiers (IBANs, card numbers, codici fiscali, partite IVA) were computed once
with python-stdnum (IBAN mod-97, Luhn, codice fiscale check letter) and pasted as literals.

Markup (see handwritten_markup.py): ``[[CODE:value]]`` is a personal value that must be
removed, ``{{CODE:value}}`` is a look-alike that must survive.

The six businesses are invented: a tattoo studio, a gaming and esports café, a vintage
clothing shop selling on Instagram, a music school, a craft brewery with a taproom and a
dog-sitting service, all in and around Bologna.

Regenerate with ``python make_handwritten76_corpus.py`` from this folder; the output
``handwritten76_corpus.jsonl`` is byte-identical on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten76_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "tattoo": "Inchiostro Nero Tattoo Studio",
    "gaming": "Respawn Arena Gaming Café",
    "vintage": "Lulù Vintage Closet",
    "music": "Scuola di Musica Arpeggio",
    "brewery": "Birrificio Luppolo Matto",
    "dogs": "Zampe Felici Dog Sitting",
}
PAGE_IDS: dict[str, str] = {
    "tattoo": "676540118203941",
    "gaming": "676540227719305",
    "vintage": "676540391044872",
    "music": "676540450398116",
    "brewery": "676540583320764",
    "dogs": "676540662975013",
}

CONVERSATIONS: list[Conversation] = []

# --- tattoo studio -------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "giuly.ink",
        "lang": "it",
        "start": "2025-03-04T09:15:00",
        "messages": [
            (
                "c",
                "ciaoo!! volevo info x un tatuaggio piccolino sul polso, una rondine fine line 🕊️ quanto viene piu o meno",
            ),
            (
                "a",
                "Ciao! Per un fine line così piccolo partiamo da {{$:80€}}, poi dipende dai dettagli. Hai un artista preferito? In studio ci sono [[P:Ale]] e [[P:Nives]] 🖤",
            ),
            (
                "c",
                'siii volevo [[P:nives]] xke l ha fatto alla mia amica [[P:Bea]] ed è venuto stupendo 😍\nio sono [[P:Giulia Ferrante]] cmq\nle foto che ho salvato sono tutte sul mio profilo [[U:instagram.com/giuly.ink]] nella storia in evidenza "tattoo ideas"',
            ),
            (
                "a",
                "Perfetto [[P:Giulia]]! [[P:Nives]] ha posto {{D:giovedì 13 marzo}} alle {{TM:15:30}} oppure {{D:sabato 15}} alle {{TM:11:00}}. Per bloccare la data chiediamo un acconto di {{$:30 €}} e un numero di cellulare",
            ),
            ("c", "giovedi va benissimo!!! il num è [[T:347 218 9054]]"),
            (
                "c",
                "ah e se nn rispondo scrivimi su whatsapp al numero di mia mamma [[T:349-771-0326]] (si chiama [[P:Loredana]]) xke il mio a volte nn prende in uni",
            ),
            (
                "a",
                "Segnato! Ti arriva il link per l'acconto, la ricevuta avrà il codice {{R:INK-25-0417}}. A giovedì 🖤\n[[P:Marta]] - {{B:Inchiostro Nero}}",
            ),
            ("c", "grazie mille [[P:marta]] 💕"),
        ],
    },
    {
        "business": "tattoo",
        "platform": "whatsapp",
        "customer": "Liam O'Connor",
        "lang": "en",
        "start": "2025-03-06T17:42:00",
        "messages": [
            (
                "c",
                "hey there! found u on google maps. im in [[L:bologna]] till friday staying w my gf [[P:Saoirse]] in an airbnb near {{W:Piazza Maggiore}}, do u do walk ins?? want a small shamrock on my ankle lol",
            ),
            (
                "a",
                "Hi! Walk-ins are possible on {{D:Thursday}} from {{TM:2pm}} if [[P:Ale]]'s schedule allows. A small shamrock is around {{$:€70}}. Can I have your full name for the consent form?",
            ),
            (
                "c",
                "sure its [[P:Liam O'Connor]]\nthats [[P:O C O N N O R]] with the apostrophe after the O haha everyone gets it wrong",
            ),
            (
                "c",
                "my [[L:UK]] number is [[T:+44 7700 914322]] if whatsapp drops, roaming is crap here\nand email [[E:liam.oconnor88@example.co.uk]]",
            ),
            (
                "a",
                "Thanks [[P:Liam]]! We also need a photo ID on the day, passport or {{W:UK}} driving licence are both fine.",
            ),
            (
                "c",
                "grand, passport it is. is it ok if [[P:Saoirse]] comes along? she wants to watch and maybe get her nephews name done, [[P:Cian]], tiny on her wrist",
            ),
            (
                "a",
                "Of course, there's a sofa for friends 😊 For the name tattoo just send us the spelling and the font you like. See you {{D:Thursday}}!\n[[P:Ale]] from the team",
            ),
        ],
    },
    {
        "business": "tattoo",
        "platform": "messenger",
        "customer": "Samira Khalil",
        "lang": "it",
        "start": "2025-03-10T11:05:00",
        "messages": [
            (
                "c",
                "buongiorno io volio fare tatuaggio con nomi di miei figli in scritura arabo, [[P:Yasmin]] e [[P:Adam]], sul braccio. voi fate scritura arabo?",
            ),
            (
                "a",
                "Buongiorno! Sì, [[P:Nives]] fa lettering anche in arabo. Per i nomi di [[P:Yasmin]] e [[P:Adam]] possiamo preparare due o tre bozze. Ci dice il suo nome e cognome per la prenotazione?",
            ),
            (
                "c",
                "[[P:Samira Khalil]]. io nata in [[L:Marocco]] ma abito [[L:Casalecchio]] da 9 anni\nil mio codice fiscale [[CF:KHLSMR95E52Z330R]] se serve per modulo",
            ),
            (
                "a",
                "Grazie signora [[P:Khalil]], il codice fiscale ci serve sì per il consenso informato. Preferisce essere contattata per telefono?",
            ),
            (
                "c",
                "si numero [[T:0039 328 447 1902]] dopo le 17 perche lavoro\nmio marito [[P:Youssef]] puo venire con me? lui vuole vedere disegno",
            ),
            (
                "a",
                "Certo! Le proponiamo {{D:martedì 18 marzo}} alle {{TM:17:30}}, prima consulenza gratuita. A presto!",
            ),
        ],
    },
    {
        "business": "tattoo",
        "platform": "telegram",
        "customer": "Bobo",
        "lang": "it",
        "start": "2025-03-12T22:31:00",
        "messages": [
            (
                "c",
                "ei raga sono [[P:bobo]] quello del drago sulla schiena, [[P:Roberto Lanzi]]\nnn riesco a venire alla seduta di sabato x lavoro mi sa che devo disdire tutto 😩 mi ridate l acconto??",
            ),
            (
                "a",
                "Ciao [[P:Roberto]], mi dispiace! Se disdici con più di 48 ore di anticipo l'acconto di {{$:150 €}} si può spostare o rimborsare. Preferisci spostare la seduta?",
            ),
            (
                "c",
                "rimborso pls, tanto il disegno lo riprendo a settembre\niban [[I:IT64 K020 0802 4800 0010 4417 392]] intestato a me [[P:Lanzi Roberto]]",
            ),
            (
                "a",
                "Ok, procediamo. Il rimborso riporta la causale {{R:RIMB-0312-DRG}} e arriva in 2-3 giorni lavorativi. Ti scrivo qui su Telegram o ti è più comodo un altro contatto?",
            ),
            (
                "c",
                "qui va bene sono [[H:@bobo_lanzi]] su tg, o il mio amico [[P:Checco]] ([[H:@checco.ferri]]) che tanto viene anche lui a settembre x il tribale 😂",
            ),
            ("a", "Perfetto, tutto chiaro. Buona serata!\n[[P:Ale]]"),
        ],
    },
    {
        "business": "tattoo",
        "platform": "instagram",
        "customer": "kenji.draws",
        "lang": "en",
        "start": "2025-03-15T08:20:00",
        "messages": [
            (
                "c",
                "hello!! i am [[P:Kenji Watanabe]], tattoo artist from [[L:Osaka]] 🙏 i am coming to [[L:Italy]] in may for 3 weeks and looking for guest spot. my works are on [[U:https://kenjiwatanabe-tattoo.jp]] and also [[U:linktr.ee/kenji.draws]]",
            ),
            (
                "a",
                "Hi [[P:Kenji]]! We love your irezumi work 🔥 Guest spots are usually 5-7 days. Which dates would you be in [[L:Bologna]]?",
            ),
            (
                "c",
                "from {{D:12 May}} to {{D:18 May}}, then i go to my friend [[P:Haruka]] in [[L:Firenze]]\nmy mail is [[E:kenji dot w at protonmail dot com]] (i write like this because bot spam 😅)",
            ),
            (
                "a",
                "Great, those days are free. We use {{B:Eternal Ink}} and {{B:World Famous}}, is that ok for you or do you bring your own? Also, could you do a flash day with classic {{W:Sailor Jerry}} style pieces?",
            ),
            (
                "c",
                "yes i bring my own needles but ink is ok. sailor jerry style flash is fun, i can mix with japanese koi\nalso my assistant is [[P:Mei]], her instagram is [[H:@mei.koi.studio]], she can come too?",
            ),
            (
                "a",
                "Of course, [[P:Mei]] is welcome. We'll announce the guest spot on our page and tag you both. Talk soon!\n[[P:Marta]], {{B:Inchiostro Nero Tattoo Studio}}",
            ),
        ],
    },
]

# --- gaming and esports café ---------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Francesca D.",
        "lang": "it",
        "start": "2025-03-05T13:02:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Francesca Delbello]], volevo prenotare una festa di compleanno per mio figlio [[P:Tommaso]] che compie 11 anni il {{D:5 aprile}}. Saranno circa 10 bambini",
            ),
            (
                "a",
                "Ciao [[P:Francesca]]! Per le feste abbiamo il {{PD:Pacchetto Compleanno Pro}}: 3 ore di postazioni, torneo a squadre e merenda, {{$:18 €}} a bambino. Il {{D:5 aprile}} abbiamo libero dalle {{TM:15:00}} alle {{TM:18:00}}",
            ),
            (
                "c",
                "perfetto!! il torneo a cosa? [[P:Tommi]] vuole assolutamente {{PD:Fortnite}} 🙈 ma i suoi amici [[P:Leo]] e [[P:Jacopo]] giocano solo a {{PD:Rocket League}}",
            ),
            (
                "c",
                "ah e c è anche [[P:Nour]] la compagna di banco che è la piu forte di tutti a {{PD:Mario Kart}} 😂",
            ),
            (
                "a",
                "Possiamo fare due gironi, nessun problema! Per il tabellone ci servono i nickname dei ragazzi, se ce li hanno",
            ),
            (
                "c",
                "[[P:tommi]] è [[H:TommiXD_2014]], [[P:Leo]] è [[H:leo.the.creeper]], gli altri glieli chiedo\nper la conferma scrivetemi pure a [[E:francesca.delbello@example.it]] oppure al [[T:+39 333 90 12 776]]",
            ),
            (
                "a",
                "Segnato! Ti mando la conferma con il codice prenotazione {{R:RSP-BDAY-0405}}. A presto!\n[[P:Davide]] - {{B:Respawn Arena}}",
            ),
        ],
    },
    {
        "business": "gaming",
        "platform": "telegram",
        "customer": "Gh0stFang",
        "lang": "it",
        "start": "2025-03-08T21:47:00",
        "messages": [
            (
                "c",
                'yo ci iscriviamo alla {{W:Respawn Cup}} di {{PD:Valorant}}, team "{{W:Lupi di Bronzo}}"\ncapitano io, [[H:xX_Gh0stFang_Xx]]',
            ),
            (
                "a",
                "Grande! Per l'iscrizione ci servono nome e cognome veri di tutti e 5 i giocatori + il Riot ID. Quota {{$:50 €}} a squadra",
            ),
            (
                "c",
                "ok allora\n1 [[P:Davide Mancuso]] - [[H:xX_Gh0stFang_Xx]]\n2 [[P:Chen Wei]] - [[H:wei#EUW77]]\n3 [[P:Arjun Mehta]] - [[H:arjunm#4471]]\n4 [[P:Pietro Gallo-Rinaldi]] - [[H:pietrino]]\n5 [[P:Sofia Bergamaschi]] - [[H:s0fy_]]",
            ),
            ("c", "riserva [[P:lorenzo]] aka [[H:@lupo.solitario]] se uno di noi da buca 🙃"),
            ("a", "Ricevuto. Tutti maggiorenni? Per i minori serve la firma di un genitore"),
            (
                "c",
                "si tranne [[P:sofia]] che ha 17 anni, firma sua madre [[P:Antonella]]\nah e streammo le partite sul mio canale [[U:twitch.tv/gh0stfang_live]], si puo?",
            ),
            (
                "a",
                "Sì, lo stream è ammesso con 2 minuti di delay. In bocca al lupo ai {{W:Lupi di Bronzo}} 🐺\nMatch day {{D:22 marzo}}, check-in entro le {{TM:14:30}}",
            ),
        ],
    },
    {
        "business": "gaming",
        "platform": "instagram",
        "customer": "matteo_bruno88",
        "lang": "it",
        "start": "2025-03-11T10:12:00",
        "messages": [
            (
                "c",
                "ciao ieri sera ho lasciato le cuffie {{PD:HyperX Cloud II}} sulla postazione {{R:PC-14}} 😭 le avete trovate?",
            ),
            ("a", "Ciao! Sì, sono qui al bancone. Per ritirarle ci basta un nome"),
            (
                "c",
                "grazie al cielo!! [[P:Matteo Bruno]], passa a prenderle il mio collega [[P:Ivan Petrović]] verso le {{TM:13}}\nah altra cosa, avevamo fatto la serata aziendale il {{D:7 marzo}}, mi serve la fattura",
            ),
            ("a", "Nessun problema. Ci mandi i dati di fatturazione?"),
            (
                "c",
                "[[P:Bruno Matteo]] ditta individuale\nP.IVA [[V:03847120940]]\nCF [[CF:BRNMTT88C12L219C]]\n[[A:via Nazionale 112]]\n[[A:40065]] [[L:Pianoro]] ([[L:BO]])\npec [[E:matteobruno.consulenze@pec.example.it]]",
            ),
            (
                "a",
                "Perfetto, emettiamo la fattura n. {{R:FT-2025/0087}} da {{$:420,00 €}} e la inviamo via SDI. Le cuffie le diamo a [[P:Ivan]] 👍",
            ),
        ],
    },
    {
        "business": "gaming",
        "platform": "messenger",
        "customer": "Oksana Kovalenko",
        "lang": "en",
        "start": "2025-03-14T19:30:00",
        "messages": [
            (
                "c",
                "Hello, i write for my son [[P:Maksym]], he says he is banned from your wifi and cannot play online. he is 15, username [[H:noodle_kid99]]. what happened?",
            ),
            (
                "a",
                "Hi, sorry about that! Some devices get blocked automatically after too many logins. Could you tell me the IP or the device name he used?",
            ),
            (
                "c",
                "he say the ip is [[IP:93.41.207.118]] and on his laptop it also show [[IP:2a01:e11:5c2:7d0::3f]] i dont know what it mean 😅",
            ),
            (
                "a",
                "Thanks, found it. The block was automatic, I've removed it now. He should be able to connect from tomorrow.",
            ),
            (
                "c",
                "thank you so much. we live in [[L:San Lazzaro]] so he come by bus every saturday with his friend [[P:Danylo]]\nif something problem again my number is [[T:(+39) 351-662-0847]]",
            ),
            (
                "a",
                "Noted, Mrs [[P:Kovalenko]]. Have a nice evening!\n[[P:Chiara]] from {{B:Respawn Arena Gaming Café}}",
            ),
        ],
    },
    {
        "business": "gaming",
        "platform": "whatsapp",
        "customer": "Giovanni",
        "lang": "it",
        "start": "2025-03-18T16:55:00",
        "messages": [
            (
                "c",
                "Salve vorrei comprare una gift card da {{$:50 euro}} per mio cugino [[P:Giuse]] che fa il compleanno sabato, si puo pagare online?",
            ),
            (
                "c",
                "vi mando i dati della carta cosi fate voi [[C:4539 7712 0488 3613]] scad {{D:09/27}}",
            ),
            (
                "a",
                "Ciao! Per sicurezza non mandarci mai i dati della carta in chat 🙏 Cancella pure il messaggio. Ti mandiamo un link di pagamento sicuro {{B:Stripe}}",
            ),
            (
                "c",
                "ah ok scusate nn lo sapevo 😅 mandate il link\nla gift card intestatela a [[P:Giuseppe Amato]] detto [[P:Giuse]], su insta è [[H:giuse_amato_05]]",
            ),
            (
                "a",
                "Fatto: gift card {{R:GC-50-77310}} intestata a [[P:Giuseppe Amato]]. Gliela possiamo mandare noi via mail se vuoi",
            ),
            ("c", "si grazie [[E:giuse.amato05@example.com]]\nio sono [[P:Giovanni]] il cugino 😂"),
        ],
    },
]

# --- vintage clothing shop on Instagram ----------------------------------------------------
CONVERSATIONS += [
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "chiaraespositoserra",
        "lang": "it",
        "start": "2025-03-03T20:14:00",
        "messages": [
            (
                "c",
                "ciao la giacca di jeans {{B:Levi's}} della storia di ieri è ancora disponibile?? taglia M giusto?",
            ),
            (
                "a",
                "Ciao! Sì, è la {{PD:Levi's Trucker anni 80}}, taglia M, {{$:65 €}} + spedizione. Te la tengo?",
            ),
            (
                "c",
                "siii la prendo!! spedizione a\n[[P:Chiara Esposito Serra]]\n[[A:via Roma 8]]\n[[A:80134]] [[L:Napoli]]\nsul citofono c è scritto [[P:Esposito-Serra]] col trattino",
            ),
            ("c", "ah scusa dimenticavo, [[A:scala C, 3° piano]]"),
            (
                "a",
                "Perfetto, ordine {{O:#LV-20931}} confermato. Spediamo con {{B:BRT}} domani, il tracking sarà {{TR:3SBRT04917720}}. Il numero di telefono per il corriere?",
            ),
            (
                "c",
                "[[T:339.402.6618]] grazie!! 💙\n(se nn ci sono lasciatela alla portiera la sig.ra [[P:Annunziata]], lei ritira sempre tutto)",
            ),
            (
                "a",
                "Grazie a te [[P:Chiara]]! Ci vediamo nelle storie 😉\n[[P:Ludo]] x {{B:Lulù Vintage Closet}}",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "femke.dv",
        "lang": "en",
        "start": "2025-03-07T12:40:00",
        "messages": [
            (
                "c",
                "hi! is the {{PD:Gucci dress 70s}} still for sale? the green one with flowers 🌸 you ship to [[L:Netherlands]]?",
            ),
            (
                "a",
                "Hi! Yes it's still available, {{$:€240}}. We ship all over the EU with {{B:DHL}}, to [[L:Netherlands]] it's {{$:€18}} and takes 4-5 days",
            ),
            (
                "c",
                "ok i take it!! my address:\n[[P:Femke de Vries]]\n[[A:Lindengracht 118-III]]\n[[A:1015 KN]] [[L:Amsterdam]]\nsorry for my english 🙈",
            ),
            (
                "c",
                "i pay with paypal, my paypal is [[E:femke.dv@example.nl]] or also the one of my boyfriend [[P:Joris]] if not work",
            ),
            (
                "a",
                "Your English is great 😊 We've sent the PayPal request to [[E:femke.dv@example.nl]], order {{O:#LV-20958}}. Tracking will be {{TR:JJD0002249718374}}",
            ),
            (
                "c",
                "bedankt!! i mean thank you 😂 i will tag you when i wear it, i am [[H:@femke.dv]] and my little vintage page is [[U:instagram.com/femkes.attic]]",
                "en",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "nonna.rosa.closet",
        "lang": "it",
        "start": "2025-03-13T15:25:00",
        "messages": [
            (
                "c",
                "salve, comprate anche vestiti usati? ho tutto il guardaroba di mia nonna [[P:Rosa]] anni 60 70, cappotti, camicette, borse. lei nn c è piu e nn so cosa farne 💔",
            ),
            (
                "a",
                "Ciao, ci dispiace molto per tua nonna. Sì, valutiamo capi anni 60-70 in conto vendita. Puoi mandarci qualche foto?",
            ),
            (
                "c",
                "si ho fatto una pagina apposta [[H:@nonna.rosa.closet]], le foto sono li\nc è una camicetta {{W:rosa}} antico di seta e un cappotto cammello di {{B:Max Mara}} che era il suo preferito",
            ),
            (
                "a",
                "Bellissimi! La camicetta {{W:rosa}} e il {{B:Max Mara}} ci interessano molto. Ti va di portarli in negozio? Siamo in {{W:via del Pratello}}, vicino all'arco",
            ),
            (
                "c",
                "si vengo io con mio fratello [[P:Lapo]] settimana prossima, abitiamo a [[L:Castel Maggiore]]\nmi chiamo [[P:Ilaria Venturi]] e il mio num è [[T:340 55\n21 987]] (scusate mi è andato a capo)",
            ),
            (
                "a",
                "Perfetto [[P:Ilaria]], vi aspettiamo. Scrivici prima di venire così c'è [[P:Ludovica]] che fa le valutazioni 🌷",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "marguerite.lfv",
        "lang": "en",
        "start": "2025-03-17T09:50:00",
        "messages": [
            (
                "c",
                "Bonjour! oh sorry, hello 😅 i saw the {{PD:foulard Hermès}} in your post, is it authentic? do you have the box?",
                "en",
            ),
            (
                "a",
                "Hi! Yes, it's an authentic {{B:Hermès}} carré, 90x90, no box but with the original label. {{$:€310}}",
            ),
            (
                "c",
                "C'est parfait, je le prends ! ok i take it. send to:\n[[P:Marguerite Lefèvre]]\n[[A:12 rue des Tanneurs]]\n[[A:69001]] [[L:Lyon]]\n[[L:France]]",
                "fr",
            ),
            (
                "c",
                "my phone for the courier [[T:+33 6 72 18 40 95]], and it is for my sister [[P:Anaïs]] birthday so please no price inside 🤫",
            ),
            ("a", "Noted, no invoice in the parcel, we'll email it to you instead. Which address?"),
            (
                "c",
                "[[E:marguerite.lefevre(at)example(dot)fr]]\nmerci beaucoup!! also do you have something {{B:Chanel}}? my mother is obsessed lol",
            ),
            (
                "a",
                "Merci à vous! Order {{O:#LV-21004}}. Nothing {{B:Chanel}} right now but follow us, we drop new pieces every Friday at {{TM:6pm}} 💫",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "luca_martini85",
        "lang": "it",
        "start": "2025-03-20T18:03:00",
        "messages": [
            (
                "c",
                "ciao ho ricevuto i pantaloni ordine {{O:LV-20977}} ma sono piccoli, in foto sembravano una 50 😕 posso fare reso?",
            ),
            (
                "a",
                "Ciao! Certo, hai 14 giorni. Rimandali pure con il codice reso {{R:RES-20977}}, appena arrivano ti rimborsiamo i {{$:45 €}}",
            ),
            (
                "c",
                "ok. il rimborso su paypal nn va xke l ho chiuso, vi do l iban\n[[I:IT27B0760103200001037754688]]\nintestato a [[P:Martini Luca]]",
            ),
            (
                "c",
                "il pacco lo porta mio cugino [[P:Fede]] al {{B:punto Poste}} di [[L:Zola Predosa]] che è vicino a casa sua",
            ),
            (
                "a",
                "Perfetto, segnato tutto. Quando [[P:Fede]] spedisce mandaci il tracking 🙏\n[[P:Ludo]]",
            ),
            ("c", "{{TR:RE482937150IT}} eccolo fatto stamattina, grazie [[P:Ludo]]!"),
        ],
    },
]

# --- music school --------------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Giulia Rossi",
        "lang": "it",
        "start": "2025-02-24T08:45:00",
        "messages": [
            (
                "c",
                "Buongiorno, vorrei iscrivere mia figlia [[P:Bianca]] (8 anni) al corso di pianoforte. Ci sono ancora posti il mercoledì pomeriggio?",
            ),
            (
                "a",
                "Buongiorno! Sì, il mercoledì alle {{TM:16:30}} c'è posto con il maestro [[P:Kowalski]]. Il corso base costa {{$:85 €}} al mese, 4 lezioni da 45 minuti",
            ),
            (
                "c",
                "perfetto. [[P:Bianca]] ha gia una tastiera {{W:bianca}} della {{B:Yamaha}} a casa, va bene per iniziare o serve un piano vero?",
            ),
            (
                "a",
                "Per il primo anno la tastiera va benissimo, l'importante è che abbia i tasti pesati. Per l'iscrizione ci servono i dati del genitore che paga (per la detrazione)",
            ),
            (
                "c",
                "[[P:Giulia Rossi]]\nCF [[CF:RSSGLI92M41F205U]]\nmail [[E:giulia.rossi chiocciola example punto it]]\ncell [[T:331/204 7789]]",
            ),
            ("c", "ah il papà è [[P:Andrea Colombo]] ma paga tutto la sottoscritta 😄"),
            (
                "a",
                "Iscrizione fatta, numero pratica {{R:ARP-2025-0312}}. A fine anno c'è il saggio con i brani di {{W:Chopin}} e {{W:Satie}}, [[P:Bianca]] si divertirà!\n[[P:Elisa]] - segreteria {{B:Arpeggio}}",
            ),
        ],
    },
    {
        "business": "music",
        "platform": "messenger",
        "customer": "Priya R",
        "lang": "en",
        "start": "2025-02-27T18:10:00",
        "messages": [
            (
                "c",
                "hi, do you teach guitar to adults in english? i'm [[P:Priya Raghunathan]], i just moved here for a phd at the uni, total beginner 😅",
            ),
            (
                "a",
                "Hi [[P:Priya]], welcome! Yes, [[P:Tobia]] teaches guitar in English. Lessons are {{$:€25}} for 45 min. When are you free?",
            ),
            (
                "c",
                "evenings after 7 mostly. i live in [[A:via del Pratello 54]] so i can walk 🙂\nmy number is still from [[L:India]] for now [[T:+91 98450 12734]], i'll get an italian sim next week",
            ),
            (
                "c",
                "oh and my flatmate [[P:Ngozi]] wants to join for singing lessons, can we do a discount for 2?",
            ),
            (
                "a",
                "We can do 10% off for both of you. [[P:Tobia]] can do {{D:Tuesday 4 March}} at {{TM:19:15}}. Is that ok?",
            ),
            (
                "c",
                "perfect!! my email is [[E:priya.r.phd@example.ac.in]] for the confirmation, [[P:Ngozi]]'s is [[E:ngozi_eze@example.com]]",
            ),
            (
                "a",
                "Confirmed! See you on {{D:Tuesday}}. [[P:Elisa]] from {{B:Scuola di Musica Arpeggio}}",
            ),
        ],
    },
    {
        "business": "music",
        "platform": "instagram",
        "customer": "nico_drums",
        "lang": "it",
        "start": "2025-03-02T23:05:00",
        "messages": [
            (
                "c",
                "bella raga, affittate la sala prove anche ai non iscritti? siamo una band rock di 4, ci chiamiamo {{W:Gatti Randagi}} 🐈‍⬛🎸",
            ),
            (
                "a",
                "Ciao! Sì, la sala prove è {{$:12 €}}/ora con batteria {{B:Pearl}} e due ampli {{B:Marshall}}. Quando vi serve?",
            ),
            (
                "c",
                "sabato dalle {{TM:15}} alle {{TM:18}} se c è\nprenota a nome mio [[P:Nicolò Ferraresi]], cioe [[P:nico]], il batterista\ncon me ci sono [[P:Stefano]] alla chitarra e [[P:Ahmed]] e [[P:Giorgia]]",
            ),
            (
                "c",
                "se volete vedere che facciamo c è il mio canale [[U:youtube.com/@nicodrums]] e la pagina della band su [[U:linktr.ee/gattirandagi]]\nps [[P:ste]] chiede se potete lasciare l ampli {{B:Fender}} invece del {{B:Marshall}} 😅",
            ),
            (
                "a",
                "Sabato {{D:8 marzo}} {{TM:15-18}} bloccato, codice sala {{R:SALA-B-0803}}. Il {{B:Fender}} ve lo lasciamo, ditelo a [[P:Stefano]] 😄 Un numero di telefono per le emergenze?",
            ),
            ("c", "[[T:3 4 5 - 9 9 0 2 1 1 8]] scusa la tastiera del tel fa cose strane"),
        ],
    },
    {
        "business": "music",
        "platform": "telegram",
        "customer": "Jürgen Hoffmann",
        "lang": "it",
        "start": "2025-03-09T10:30:00",
        "messages": [
            (
                "c",
                "Buongiorno, scrivo per mio figlio [[P:Lukas]], 12 anni, suona il violino da 4 anni. Noi trasferimento da [[L:Monaco di Baviera]] a [[L:Imola]] in aprile. Mein Italienisch ist nicht so gut, scusate",
            ),
            (
                "a",
                "Buongiorno signor [[P:Hoffmann]], nessun problema! Il nostro insegnante di violino è il maestro [[P:Orlandi]], parla anche un po' di tedesco. Che livello ha [[P:Lukas]]?",
            ),
            (
                "c",
                "Er spielt jetzt die {{PD:Sonate in G-Dur}} von {{W:Mozart}} und ein bisschen {{W:Bach}}. scusi, suona {{W:Mozart}} sonata e un po {{W:Bach}}. Ha fatto esame grado 4 a scuola in [[L:Germania]]",
                "de",
            ),
            ("a", "Ottimo livello! Possiamo fare una lezione di prova. Ci lascia un contatto?"),
            (
                "c",
                "Sì. [[P:Jürgen Hoffmann]], ancora indirizzo tedesco: [[A:Mozartstraße 14]], [[A:80336]] [[L:München]]. Da aprile [[A:via Emilia 230]] a [[L:Imola]]\ntelefono [[T:+49 151 2384 9071]]\nmia moglie [[P:Katrin]] parla meglio italiano, suo numero [[T:+49 (0)176 55 31 08 42]]",
            ),
            (
                "a",
                "Grazie! Le proponiamo la lezione di prova {{D:sabato 12 aprile}} alle {{TM:10:00}}. Willkommen in Italia! 🎻\n[[P:Elisa]]",
            ),
        ],
    },
    {
        "business": "music",
        "platform": "whatsapp",
        "customer": "Emanuele",
        "lang": "it",
        "start": "2025-03-19T14:22:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:emanuele]] del corso di canto del giovedi. la prof [[P:Speranza]] oggi c è? nn mi ha risposto al messaggio",
            ),
            (
                "a",
                "Ciao [[P:Emanuele]]! La prof.ssa [[P:Valentina Speranza]] oggi è malata, la lezione la recupera {{D:lunedì 24}} alle {{TM:18:00}}. Ti va bene?",
            ),
            (
                "c",
                "mmm lunedi nn posso sto a [[L:Ferrara]] da mia nonna\nc è {{W:speranza}} di farla martedi? 😂 gioco di parole involontario",
            ),
            (
                "a",
                "Ahah 😄 Martedì {{D:25}} alle {{TM:19:00}} si può. Le scrivo io, oppure se vuoi il suo numero di lavoro è quello della scuola",
            ),
            (
                "c",
                'martedi ok!! ah e ditele che ho finalmente imparato "{{PD:Caruso}}" di {{W:Lucio Dalla}} come voleva lei 🎤\nsono sempre [[P:Emanuele Tosi]] x la fattura, mail nuova [[E:ema.tosi94@example.it]]',
            ),
            ("a", "Glielo dico subito, sarà contentissima! A martedì"),
        ],
    },
]

# --- craft brewery with taproom ------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "brewery",
        "platform": "instagram",
        "customer": "zanetti.marco",
        "lang": "it",
        "start": "2025-03-01T12:00:00",
        "messages": [
            (
                "c",
                "ciao! vorrei prenotare al taproom x sabato sera, siamo 12 x un addio al celibato 🍻 si puo?",
            ),
            (
                "a",
                "Ciao! Sabato {{D:15 marzo}} abbiamo il tavolone in fondo libero dalle {{TM:20:30}}. A che nome?",
            ),
            (
                "c",
                "[[P:Zanetti]]\n[[P:Z A N E T T I]] con due t, [[P:Marco]]\nlo sposo è [[P:Simone]] detto il [[P:Sime]], nn ditegli niente se vi scrive 🤫",
            ),
            (
                "c",
                "ah e avete qualcosa di non alcolico? [[P:Irene]] è incinta e la ragazza di [[P:Fabio]] nn beve",
            ),
            (
                "a",
                "Certo! Abbiamo la {{PD:Matta Zero}} analcolica e kombucha. Per gli altri vi consigliamo la degustazione: {{PD:Vienna Lager}}, {{PD:Dortmunder}}, la nostra {{PD:IPA Luppolo Matto}} e la {{PD:Imperial Stout Barbarossa}}, {{$:16 €}} a testa",
            ),
            (
                "c",
                "top prendiamo quella. il mio num [[T:338 1204455]] se serve\nps nn è che avete anche il {{PD:Prosecco}}? la mamma di [[P:simone]] viene solo se c è il prosecco 😂",
            ),
            (
                "a",
                "Il {{PD:Prosecco}} per la mamma di [[P:Simone]] lo troviamo 😄 Prenotazione {{R:TAP-1503-12}} confermata, a sabato!\n[[P:Gigi]] - {{B:Luppolo Matto}}",
            ),
        ],
    },
    {
        "business": "brewery",
        "platform": "whatsapp",
        "customer": "Tyler Brooks",
        "lang": "en",
        "start": "2025-03-04T16:35:00",
        "messages": [
            (
                "c",
                "hey man, i was at your taproom last night with my buddy [[P:Dustin]], that {{PD:Imperial Stout Barbarossa}} was insane 🤯 can you ship a case to the states??",
            ),
            (
                "a",
                "Hey! Glad you liked it 🍺 We can ship to the [[L:US]] with a specialized courier, 12 bottles come to about {{$:€95}} incl. shipping. Where to?",
            ),
            (
                "c",
                "awesome. ship to\n[[P:Tyler Brooks]]\n[[A:2217 Maple Ave Apt 3B]]\n[[L:Evanston]], [[L:IL]] [[A:60201]]\nphone [[T:+1 (312) 555-0148]]",
            ),
            (
                "c",
                "actually wait can u put it c/o my dad [[P:Greg Brooks]] bc im not home till june, same address but his cell is [[T:312.555.0193]]",
            ),
            (
                "a",
                "No problem, c/o [[P:Greg Brooks]] it is. Order {{O:LM-US-0042}}, tracking {{TR:1Z999AA10123456784}} once it leaves. Payment link sent to your email, which one should we use?",
            ),
            (
                "c",
                "[[E:tbrooks_hops@example.com]] thx!! and tell [[P:gigi]] the bartender he's a legend 🙌",
            ),
        ],
    },
    {
        "business": "brewery",
        "platform": "messenger",
        "customer": "Trattoria da Mimmo",
        "lang": "it",
        "start": "2025-03-06T09:05:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Domenico Cavazza]] della {{B:Trattoria da Mimmo}}, vorremmo 4 fusti da 20 litri della {{PD:Vienna Lager}} per la sagra di {{W:San Giuseppe}}",
            ),
            (
                "a",
                "Buongiorno [[P:Domenico]]! 4 fusti da 20 L di {{PD:Vienna Lager}} a {{$:138 €}} l'uno + IVA. Ci servono i dati per la fattura e l'indirizzo di consegna",
            ),
            (
                "c",
                "{{B:Trattoria da Mimmo}} di [[P:Cavazza Domenico]] e C. snc\nP.IVA [[V:09127330158]]\nconsegna alla trattoria, [[A:località Ca' di Sotto 3]], [[A:40053]] [[L:Monteveglio]]",
            ),
            (
                "c",
                "se nn ci sono io c è il mio socio [[P:Gianni]] [[T:051 96 40 217]] oppure mia moglie [[P:Rita]] al [[T:335-8810462]]",
            ),
            (
                "a",
                "Perfetto. Ordine {{O:ORD-2025-0188}}, consegna {{D:mercoledì 19 marzo}} mattina. Il nostro autista si chiama [[P:Kofi]], vi chiama mezz'ora prima",
            ),
            ("c", "ottimo grazie, salutami [[P:Gigi]]"),
        ],
    },
    {
        "business": "brewery",
        "platform": "telegram",
        "customer": "pierpaolo_v",
        "lang": "it",
        "start": "2025-03-11T20:48:00",
        "messages": [
            (
                "c",
                "ciao ho visto il corso di homebrewing di aprile, ci sono ancora posti? saremmo in 2, io e il mio amico [[P:Alì]]",
            ),
            (
                "a",
                "Ciao! Restano 3 posti. Il corso è di 3 sabati, {{$:120 €}} a persona, comprese le materie prime per una cotta di {{PD:American Pale Ale}}",
            ),
            (
                "c",
                "grande! io sono [[P:Pierpaolo Vitali]], lui [[P:Alì Haddad]]\nla mia mail la scrivo cosi x lo spam [[E:pier.paolo.v[at]example[dot]it]]\nsu telegram mi trovi come [[H:pierpaolo_v]] (senza chiocciola e con l underscore)",
            ),
            ("a", "Iscritti! Ti mando il modulo. [[P:Alì]] ha una mail?"),
            ("c", "lui nn usa la mail 🙄 solo whatsapp [[T:+39 320 4\n418 903]]"),
            (
                "a",
                "Va bene, gli scriviamo lì. Ci vediamo {{D:sabato 5 aprile}} alle {{TM:10:00}} in birrificio! 🍺",
            ),
        ],
    },
    {
        "business": "brewery",
        "platform": "instagram",
        "customer": "hopsandhugs",
        "lang": "en",
        "start": "2025-03-16T14:14:00",
        "messages": [
            (
                "c",
                "heyyy i'm [[P:Dara]] from [[H:@hopsandhugs]] 🍻 beer content creator, 48k on tiktok ([[U:tiktok.com/@hopsandhugs]]). i'm travelling around [[L:Emilia-Romagna]] in april and would love to film at your taproom!",
            ),
            ("a", "Hi [[P:Dara]], sounds great! Which days would you be in the area?"),
            (
                "c",
                "{{D:april 10}} to {{D:april 13}}, staying with my cousin [[P:Chidi]] in [[L:Modena]]. i'm originally from [[L:Manchester]] btw, not the football club lol, i support {{W:Manchester City}} 😂",
            ),
            (
                "c",
                "my full name for the collab contract: [[P:Dara Okafor]], mgmt email [[E:dara@hopsandhugs-media.example]], and my manager is [[P:Priscilla Adeyemi]]",
            ),
            (
                "a",
                "Perfect! How about {{D:Friday 11 April}} at {{TM:17:00}}? Our brewer [[P:Gigi]] can show you the {{PD:Imperial Stout Barbarossa}} barrels",
            ),
            ("c", "YES. see u then 🙌 tag [[H:@dara.okafor.real]] too, thats my personal"),
        ],
    },
]

# --- dog-sitting service -------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Alessandra",
        "lang": "it",
        "start": "2025-03-02T07:58:00",
        "messages": [
            (
                "c",
                "buongiorno!! mi serve qualcuno x il mio cane dal {{D:21}} al {{D:24 marzo}}, vado a un matrimonio a [[L:Lecce]] 💍 lui è {{W:Felice}}, un meticcio di 9 anni, bravissimo ma un po ansioso",
            ),
            (
                "a",
                "Buongiorno! Per 4 giorni con visite a domicilio (3 al giorno) sono {{$:22 €}} a visita, oppure pensione da una nostra sitter {{$:35 €}}/notte. Dove abitate?",
            ),
            (
                "c",
                "visite a casa meglio xke {{W:Felice}} fuori casa nn mangia\n[[A:via Saragozza 88, scala B int. 7]]\ncitofono [[P:Guerra-Amadei]]\nle chiavi le lascio alla vicina sig.ra [[P:Pozzati]] al piano di sotto",
            ),
            (
                "c",
                "ah io sono [[P:Alessandra Guerra]], il numero è questo [[T:347 6621 003]]. il veterinario è il dott. [[P:Mihailović]] della clinica in {{W:via Andrea Costa}} se succede qualcosa",
            ),
            (
                "a",
                "Perfetto [[P:Alessandra]]! Gli passiamo a dare un'occhiata con [[P:Serena]], la sitter di zona. Vi va bene un incontro conoscitivo {{D:giovedì}} alle {{TM:18:30}}?",
            ),
            (
                "c",
                "si!! [[P:Serena]] è quella che ha portato fuori il cane della mia amica [[P:Marika]]? lei ne parlava benissimo",
            ),
            ("a", "Proprio lei 😊 A giovedì!\n[[P:Irene]] - {{B:Zampe Felici}}"),
        ],
    },
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Hannah Schmidt",
        "lang": "en",
        "start": "2025-03-05T19:20:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hannah]], [[L:German]] but living in [[L:Bologna]] since last year. My dog {{W:Bruno}} (a beagle 🐶) needs daily walks while I'm at work, mon-fri around noon. Is that something you do?",
            ),
            (
                "a",
                "Hi [[P:Hannah]]! Yes, our midday walk is 45 minutes, {{$:€14}} per walk or {{$:€60}} for a 5-day week. Which area do you live in?",
            ),
            ("c", "[[L:Bolognina]], my address is [[A:via Tibaldi]]"),
            (
                "c",
                "sorry pressed enter, number [[A:17, 2nd floor]], buzzer says [[P:Schmidt]] / [[P:Weber]] because I share with my boyfriend [[P:Tobias]]",
            ),
            ("a", "Got it, thanks! What's the best number to reach you during the day?"),
            (
                "c",
                "[[T:+49 1523 7781 406]] it's still my [[L:German]] number, or email [[E:hannah.schmidt91@example.de]]\nfor the invoice my codice fiscale is [[CF:SCHHNN91P63Z112K]]",
            ),
            (
                "a",
                "Perfect. Our walker [[P:Kevin]] will come by on {{D:Monday}} at {{TM:12:00}} to meet {{W:Bruno}}. Contract number {{R:ZF-2025-041}} 🐾\n[[P:Irene]]",
            ),
        ],
    },
    {
        "business": "dogs",
        "platform": "instagram",
        "customer": "kev.walks.dogs",
        "lang": "it",
        "start": "2025-03-08T11:11:00",
        "messages": [
            (
                "c",
                "ciao! ho visto che cercate dog sitter 🐕 mi chiamo [[P:Kevin Mensah]], ho 27 anni, sono nato in [[L:Ghana]] ma vivo a [[L:Bologna]] da quando ero piccolo. ho gia esperienza, guarda [[U:instagram.com/kev.walks.dogs]]",
            ),
            ("a", "Ciao [[P:Kevin]], che bel profilo! Ci mandi un CV e due referenze di clienti?"),
            (
                "c",
                "si certo. referenze: la sig.ra [[P:Franca Benassi]] che ha due labrador, tel [[T:051-331208]], e [[P:Omar]] del canile di {{W:Trebbo}} che conosce tutti 😄\nil cv lo mando a che mail?",
            ),
            (
                "a",
                "Mandalo a noi in chat o alla mail del sito. Ci servono anche codice fiscale e IBAN per i pagamenti, ma solo dopo il colloquio",
            ),
            (
                "c",
                "ok ve li do ora cosi faccio prima 😅\nCF [[CF:MNSKVN97H14Z318B]]\nIBAN [[I:IT30M0306909606100000063521]]\nmail [[E:kevin.mensah.97@example.com]]",
            ),
            (
                "a",
                "Grazie [[P:Kevin]]! Colloquio {{D:martedì 11 marzo}} alle {{TM:10:00}} con [[P:Irene]] e [[P:Serena]]. Porta pure il tuo cane se vuoi",
            ),
            ("c", "la mia {{W:Luna}} sarà felicissima 🐾"),
        ],
    },
    {
        "business": "dogs",
        "platform": "telegram",
        "customer": "Sergio",
        "lang": "it",
        "start": "2025-03-15T21:10:00",
        "messages": [
            (
                "c",
                "sera. vorrei pagare il mese di marzo delle passeggiate di {{W:Rocky}}, sono [[P:Sergio Palmieri]]",
            ),
            (
                "a",
                "Buonasera [[P:Sergio]]! Sono {{$:240 €}}, fattura {{R:ZF-FT-0319}}. Le mando il link di pagamento",
            ),
            (
                "c",
                "nn ho tempo di fare il link, vi scrivo la carta [[C:5167-3200-4917-5524]] cvv lo mando dopo",
            ),
            (
                "a",
                "La preghiamo di non inviare dati della carta qui, per la sua sicurezza 🙏 Il link è sicuro e ci mette un minuto. Se preferisce può fare un bonifico",
            ),
            (
                "c",
                "va bene faccio bonifico dal conto di mia moglie [[P:Donatella]], tanto è cointestato\nah e a fine mese {{W:Rocky}} va da mia figlia [[P:Martina]] a [[L:Rimini]] per due settimane, sospendiamo",
            ),
            ("a", "Ricevuto, sospendiamo dal {{D:29 marzo}} al {{D:12 aprile}}. Buona serata!"),
        ],
    },
    {
        "business": "dogs",
        "platform": "whatsapp",
        "customer": "Lina Wang",
        "lang": "it",
        "start": "2025-03-18T08:30:00",
        "messages": [
            (
                "c",
                "buongiono, io sono [[P:Wang Xiaoling]], amici chiama me [[P:Lina]]. io ho cane piccolo {{W:Mochi}}, shiba inu. io devo andare in [[L:Cina]] per 10 giorni capodanno lunare... no scusa, per visita mamma",
            ),
            (
                "a",
                "Buongiorno [[P:Lina]]! Possiamo tenere {{W:Mochi}} in pensione da una nostra sitter. Quando parte?",
            ),
            (
                "c",
                "parto {{D:3 aprile}} da {{W:aeroporto Marconi}}, torno {{D:13 aprile}}\nio abito [[A:via Giuseppe Mazzini 41]] vicino {{W:Porta Maggiore}}",
            ),
            (
                "c",
                "mio numero italiano [[T:389 20 77 615]], in [[L:cina]] uso wechat, mio id [[H:lina_wxl_0618]]",
            ),
            (
                "a",
                "Perfetto! La sitter più vicina a lei è [[P:Giada]], ha già uno shiba. Le mando il suo contatto: [[T:346 3319 824]]",
            ),
            (
                "c",
                "grazie mille!! 谢谢 [[P:Giada]] brava?? {{W:Mochi}} molto timido con persone nuove",
                "it",
            ),
            (
                "a",
                "Bravissima, e pazientissima 😊 Fate un incontro prima della partenza, va bene?\n[[P:Irene]] da {{B:Zampe Felici Dog Sitting}}",
            ),
        ],
    },
]

# --- a few more, mixed ---------------------------------------------------------------------
CONVERSATIONS += [
    {
        "business": "gaming",
        "platform": "instagram",
        "customer": "nachito.gg",
        "lang": "en",
        "start": "2025-03-21T22:40:00",
        "messages": [
            (
                "c",
                "hola! sorry my italian is zero, english ok? im [[P:Ignacio]], erasmus from [[L:Valencia]], me and 3 friends want to play {{PD:FIFA}} er i mean {{PD:EA Sports FC 25}} tournament on friday",
            ),
            (
                "c",
                "mis amigos son [[P:Álvaro]], [[P:Lucía]] y [[P:Jorge Ruiz Ortega]], todos de [[L:Valencia]] también. we need 2 teams of 2",
                "es",
            ),
            (
                "a",
                "Hi [[P:Ignacio]]! Of course. The Friday tournament is {{$:€10}} per player, starts at {{TM:21:00}}. We need each player's name and PSN/EA ID",
            ),
            (
                "c",
                "ok\n[[P:Ignacio Gómez Llorente]] - [[H:nachito.gg]]\n[[P:Álvaro Pastor]] - [[H:AlvaroP_10]]\n[[P:Lucía Ferrer]] - [[H:luciaff]]\n[[P:Jorge Ruiz Ortega]] - [[H:jorgito_ruizz]]",
            ),
            (
                "c",
                "also last time the wifi kicked me, my laptop showed [[IP:10.14.3.87]] and then [[IP:fe80::1c4a:9bff:fe22:7d10]], maybe you can whitelist? i stream on [[U:kick.com/nachito_gg]]",
            ),
            (
                "a",
                "Registered! Wifi issue should be fixed, we updated the router. Good luck [[P:Nacho]] 🎮\n[[P:Davide]]",
            ),
        ],
    },
    {
        "business": "vintage",
        "platform": "instagram",
        "customer": "hollys.rails",
        "lang": "en",
        "start": "2025-03-22T10:05:00",
        "messages": [
            (
                "c",
                "hiya! [[P:Holly]] here, i run a tiny vintage shop on depop ([[U:depop.com/hollysrails]]) from my flat in [[L:Leeds]] 💚 would you be up for a swap? your 70s {{B:Fiorucci}} tee for my {{B:Burberry}} trench",
            ),
            (
                "a",
                "Hi [[P:Holly]]! Love the idea 😍 Can you send us photos of the trench label and the measurements?",
            ),
            (
                "c",
                "sent to your email just now from [[E:holly.mae.rails@example.co.uk]]! if you swap, ship to\n[[P:Holly Mae Thornton]]\n[[A:Flat 4, 27 Harehills Lane]]\n[[L:Leeds]] [[A:LS8 4HA]]",
            ),
            (
                "c",
                "my mobile [[T:07700 900 482]]\nand my mate [[P:Priyanka]] says hi, she bought your {{B:Moschino}} belt last year 😂 she's [[H:@priyanka.thrifts]]",
            ),
            (
                "a",
                "Deal! Swap {{R:SWAP-0322}} confirmed, we'll ship the {{B:Fiorucci}} tee on {{D:Monday}} 🌈\n[[P:Ludo]] x {{B:Lulù Vintage Closet}}",
            ),
        ],
    },
    {
        "business": "dogs",
        "platform": "messenger",
        "customer": "Tom Fairweather",
        "lang": "en",
        "start": "2025-03-24T13:45:00",
        "messages": [
            (
                "c",
                "hello, my landlord Mr [[P:Baraldi]] says you look after dogs when owners travel. we're flying to [[L:Scotland]] for easter and need someone for {{W:Hope}} and {{W:Biscuit}}, two border collies",
            ),
            (
                "a",
                "Hello! Yes, we'd love to. For two dogs home-boarding is {{$:€50}} per night. What are your travel dates?",
            ),
            (
                "c",
                "{{D:17 April}} to {{D:22 April}}. my wife [[P:Rose]] will drop them off, I'm [[P:Tom Fairweather]]. we're at [[A:via San Felice 29]], [[A:40122]]",
            ),
            (
                "c",
                "phone [[T:+44 (0)7911 623 085]] or [[P:Rose]]'s [[T:+39 366 120 3348]] (she has an italian sim)\nemail [[E:tom.fairweather(at)example(dot)com]]",
            ),
            (
                "a",
                "Thanks [[P:Tom]]! [[P:Serena]] can host {{W:Hope}} and {{W:Biscuit}}, she has a big garden. Booking {{R:ZF-PAS-0417}} 🐕🐕\n[[P:Irene]]",
            ),
            (
                "c",
                "brilliant, [[P:rose]] says thank you too 💐 will bring their food and the {{PD:Kong}} toys",
            ),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    return markup.build_records(76, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
