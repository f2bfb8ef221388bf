# ruff: noqa: E501
"""Hand-written blind test corpus no. 27 for convmon's anonymiser.

Every conversation below was composed by hand, message by message, without templates, without
Faker and without looking at the anonymiser, its tests or any other corpus. All people, shops,
addresses and identifiers are invented; identifiers that carry a checksum (IBAN, codice fiscale,
partita IVA, card numbers) were computed once with python-stdnum / Luhn and pasted as literals.

Markup inside the texts:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

The script strips the markup, computes the offsets and writes
``tests/data/handwritten27_corpus.jsonl``; timestamps are derived from each conversation's start
time and the message index, so the output is byte-identical on every run.

Businesses (Page names in ``BUSINESS_NAMES``): a hair and beauty salon in Turin, a driving school
in Padua, a wedding photographer on Lake Como with many foreign couples, a plumber and heating
engineer in Brescia, an Italian-language school in Siena for foreign students, and a fishmonger
with home delivery in Chioggia.

Regenerate with::

    .venv/bin/python tests/data/make_handwritten27_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# the markup and record layout shared with the other hand-written corpora, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import handwritten_markup as markup
from handwritten_markup import Conversation

OUTPUT = Path(__file__).with_name("handwritten27_corpus.jsonl")

BUSINESS_NAMES: dict[str, str] = {
    "salon": "Atelier Ninfa Hair & Beauty",
    "driving": "Autoscuola Santa Giustina",
    "photo": "Lario Light Wedding Photography",
    "plumber": "Termoidraulica Gatti Brescia",
    "school": "Scuola di Lingua Il Palio",
    "fish": "Pescheria Da Nane",
}
PAGE_IDS: dict[str, str] = {
    "salon": "627050000000104",
    "driving": "627050000000215",
    "photo": "627050000000326",
    "plumber": "627050000000437",
    "school": "627050000000548",
    "fish": "627050000000659",
}

CONVERSATIONS: list[Conversation] = [
    # 1. Salon: cut and blow-dry, daughter as backup contact
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Giuse Ferrero",
        "lang": "it",
        "start": "2025-03-10T08:12:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Giuseppina]] ma tutti mi chiamano [[P:Giuse]] 😅 volevo prenotare {{PD:taglio e piega}} x sabato {{D:15 marzo}} se possibile di mattina",
            ),
            (
                "a",
                "Ciao [[P:Giuse]]! sabato {{D:15}} abbiamo libero alle {{TM:9:30}} o alle {{TM:11:45}}. Ti serve anche il {{PD:colore}}? {{PD:Taglio e piega}} viene {{$:38 €}}. [[P:Chiara]] - {{B:Atelier Ninfa}}",
            ),
            (
                "c",
                "9.30 perfetto. il colore no l'ho fatto da [[P:Betta]] la mia vicina che fa la parrucchiera a casa a [[L:Nichelino]] 🙈 nn ditelo a nessuno",
            ),
            ("a", "ahah segreto custodito 🤐 mi lasci un cognome e un cell per la prenotazione?"),
            (
                "c",
                "[[P:Ferrero]], [[T:347 218 5590]]. se nn rispondo scrivete a mia figlia [[P:Marta]] [[T:+39 333 6120847]], lei sta a [[L:Rivoli]]",
            ),
            (
                "a",
                "Fatto! sabato {{D:15/03}} ore {{TM:9:30}} a nome [[P:Giuseppina Ferrero]]. Saluti a [[P:Marta]]! A presto, [[P:Chiara]]",
            ),
        ],
    },
    # 2. Salon: make-up artist with the wrong tag, bride who wants a trial
    {
        "business": "salon",
        "platform": "instagram",
        "customer": "rosa.bello_mua",
        "lang": "it",
        "start": "2025-04-02T17:40:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Rosa Bello]] (si, [[P:Bello]] di cognome 😂) truccatrice, mi avete taggato nella storia ma il mio profilo è @[[H:rosa.bello_mua]] non @[[H:rosabello]] che è un'altra tipa",
            ),
            (
                "a",
                "Ops scusa [[P:Rosa]]!! correggiamo subito. ci lasci anche il link del portfolio che lo mettiamo in evidenza?",
            ),
            (
                "c",
                "certo [[U:https://linktr.ee/rosabellomakeup]] cmq il trucco sposa di sabato era x [[P:Bianca Leone]], la sposa, lei vive a [[L:Chieri]] e vorrebbe fare la prova acconciatura da voi",
            ),
            (
                "a",
                "Che bello! dille di scriverci qui o mandaci il suo numero, la richiamiamo noi. [[P:Giada]]",
            ),
            (
                "c",
                "il suo numero è [[T:340.771.2094]], chiamatela dopo le {{TM:18}} che lavora in {{B:Lavazza}} a [[L:Settimo Torinese]]",
            ),
            ("a", "Perfetto, la chiama [[P:Ninfa]] stasera ✨"),
        ],
    },
    # 3. Salon: exchange student and her flatmate
    {
        "business": "salon",
        "platform": "messenger",
        "customer": "Wei Ling Chen",
        "lang": "en",
        "start": "2025-02-18T10:05:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Wei Ling]], exchange student at the {{W:Politecnico}}. I'd like a {{PD:balayage}}, my hair is very thick and black. Price?",
            ),
            (
                "a",
                "Hi [[P:Wei Ling]]! A {{PD:balayage}} on long hair starts at {{$:€120}}, it takes about 3 hours. We speak a bit of English 🙂 – [[P:Giada]]",
            ),
            (
                "c",
                "ok. Can my friend [[P:Xiaoyu]] come too, she wants just a cut. We live together in [[A:via Nizza 148]], [[L:San Salvario]], is it far?",
            ),
            ("a", "Not far, 10 min by tram! {{D:Thursday 6th}} at {{TM:2pm}} for both?"),
            (
                "c",
                "yes. my number [[T:+39 351 884 2217]], email [[E:weiling.chen95@example.com]] for the receipt pls. my parents in [[L:Chengdu]] pay lol",
            ),
            (
                "a",
                "Booked for you and [[P:Xiaoyu]]! {{R:PREN-2291}} – see you Thursday, [[P:Giada]]",
            ),
        ],
    },
    # 4. Salon: gift card for a mother-in-law, paid by card
    {
        "business": "salon",
        "platform": "telegram",
        "customer": "Serena R.",
        "lang": "it",
        "start": "2024-11-21T19:22:00",
        "messages": [
            (
                "c",
                "buonasera, vorrei regalare una {{PD:gift card Coccole}} da {{$:80€}} a mia suocera [[P:Speranza]] per il compleanno",
            ),
            ("a", "Buonasera! Certo, la intestiamo a [[P:Speranza]] e poi? cognome?"),
            (
                "c",
                "[[P:Speranza Mancini]]. io sono [[P:Serena]], la nuora 😬 pago con carta se si può",
            ),
            (
                "a",
                "ti mando il link di pagamento oppure mi dai i dati e la addebitiamo noi al POS virtuale",
            ),
            ("c", "ok [[C:5425 2334 3010 9101]] scad 09/27, intestata a [[P:Serena Ricci]]"),
            (
                "a",
                "Pagamento ok ✅ la gift card {{O:GC-0417}} la trovate in salone, la ritira lei o tu?",
            ),
            (
                "c",
                "la passa a prendere mio marito [[P:Fede]] venerdì, lavora in [[L:Lingotto]] è di strada",
            ),
            ("a", "Perfetto, grazie [[P:Serena]]! [[P:Chiara]]"),
        ],
    },
    # 5. Salon: English bride, trial and wedding day
    {
        "business": "salon",
        "platform": "instagram",
        "customer": "victoria.fox.ldn",
        "lang": "en",
        "start": "2025-01-09T14:30:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Victoria Fox]], getting married at {{W:Superga}} this summer 💍 we're staying with my fiancé's parents in [[L:Moncalieri]]. Can you do bridal hair + a trial? Our planner [[P:Grace Church]] said you're the best",
            ),
            (
                "a",
                "Congratulations [[P:Victoria]]! Trial is {{$:€90}}, wedding day {{$:€250}} incl. travel to [[L:Moncalieri]]. Which date?",
            ),
            (
                "c",
                "{{D:21 June}}. Trial maybe {{D:May 3rd}}? fiancé is [[P:Marco Leone]], his mum [[P:Franca]] will come too for a {{PD:piega}} lol",
            ),
            (
                "a",
                "{{D:3 May}} at {{TM:10:00}} is yours. We ask a deposit of {{$:€100}}, you can pay here: [[U:https://paypal.me/NinfaGallo]]",
            ),
            (
                "c",
                "Sent! my email is [[E:vicky.fox@example.co.uk]] and UK mobile [[T:+44 7700 900 461]]. cheers x",
            ),
            ("a", "Received, thank you [[P:Vicky]]! [[P:Ninfa]]"),
        ],
    },
    # 6. Salon: double payment, refund to a Romanian account
    {
        "business": "salon",
        "platform": "whatsapp",
        "customer": "Ioana",
        "lang": "it",
        "start": "2025-05-14T09:01:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Ioana Popescu]], ieri ho pagato due volte il {{PD:trattamento cheratina}} {{$:150 euro}}, la ragazza [[P:Giada]] lo sa",
            ),
            (
                "a",
                "Buongiorno [[P:Ioana]], sì ha ragione, ci scusi tanto. Ci manda un IBAN per il rimborso?",
            ),
            (
                "c",
                "ho conto rumeno va bene? [[I:RO64BTRLRONCRT0312847561]] intestato a mio marito [[P:Andrei Popescu]], lui è a [[L:Cluj]] per lavoro",
            ),
            ("a", "Va bene. Per la nota di storno serve anche il suo codice fiscale"),
            ("c", "[[CF:PPSNIO91B54Z129E]]"),
            (
                "a",
                "Grazie! grazie [[P:Ioana]], rimborso partito oggi, {{R:CRO 0345 9912}}. [[P:Chiara]]",
            ),
        ],
    },
    # 7. Salon: extensions, recommended by a friend
    {
        "business": "salon",
        "platform": "telegram",
        "customer": "Neve",
        "lang": "it",
        "start": "2025-04-15T21:48:00",
        "messages": [
            (
                "c",
                "ciao sono [[P:Neve]] volevo sapere se fate le {{PD:extension}} alla cheratina, me l'ha consigliato [[P:Giorgia Ferraris De Santis]]",
            ),
            (
                "a",
                "Ciao [[P:Neve]]! si, prezzi da {{$:300€}}, vieni per una consulenza gratuita? siamo chiusi solo a {{W:Pasquetta}}",
            ),
            (
                "c",
                "ok mercoledì {{D:23}} alle {{TM:17}}? abito a [[L:Collegno]] arrivo in bus. il mio ig è [[H:neve.dreams]] così vedi i capelli",
            ),
            ("a", "segnata! salutami [[P:Giorgia]] 😘 [[P:Giada]]"),
        ],
    },
    # 8. Driving school: Nigerian licence holder enrolling
    {
        "business": "driving",
        "platform": "whatsapp",
        "customer": "Kelechi Okafor",
        "lang": "it",
        "start": "2025-01-27T11:15:00",
        "messages": [
            (
                "c",
                "Salve, sono [[P:Kelechi Okafor]], vengo da [[L:Enugu]], ho patente nigeriana e voglio fare la {{PD:patente B}} italiana, cosa serve?",
            ),
            (
                "a",
                "Buongiorno [[P:Kelechi]], serve permesso di soggiorno, codice fiscale, certificato medico e 2 foto. Il pacchetto {{PD:Patente B completo}} è {{$:890 €}}. Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "il mio codice fiscale [[CF:KFRKCH89L07Z335E]]. il medico è dottor [[P:Bianchi]] in [[L:Arcella]] va bene?",
            ),
            (
                "a",
                "va benissimo, basta che sia abilitato per le patenti. L'indirizzo di residenza?",
            ),
            ("c", "[[A:via Tiziano Aspetti 77, scala B int. 4]], [[A:35132]] [[L:Padova]]"),
            (
                "a",
                "Perfetto [[P:Kelechi]]. Ti aspettiamo {{D:lunedì 10}} alle {{TM:18:00}} per la prima lezione di teoria",
            ),
            ("c", "grazie mille, il mio telefono [[T:328 449 0173]]"),
        ],
    },
    # 9. Driving school: teenager moves a lesson, mum wants the invoice
    {
        "business": "driving",
        "platform": "instagram",
        "customer": "fede.bianchi_",
        "lang": "it",
        "start": "2025-03-05T16:20:00",
        "messages": [
            (
                "c",
                "ciaoo sono [[P:Fede]] cioè [[P:Federica Bianchi]] faccio le guide con voi, posso spostare la guida di giovedì? ho verifica di mate 😭",
            ),
            (
                "a",
                "Ciao [[P:Federica]], sposto a {{D:venerdì 7}} {{TM:15:30}} con l'istruttore [[P:Mauro]]? Ciao, [[P:Tommaso]]",
            ),
            (
                "c",
                "si perfetto!! ah mia mamma vuole la fattura del {{PD:pacchetto 5 guide}} intestata a lei",
            ),
            ("a", "ok, mi servono nome, codice fiscale, indirizzo e mail"),
            (
                "c",
                "[[P:Paola Ferro]], cf [[CF:FRRPLA72C63G224M]], mail [[E:paola.ferro72@libero.it]]. abitiamo a [[L:Selvazzano Dentro]] non in città eh, [[A:via San Marco 31/A]]",
            ),
            ("a", "annotato [[P:Fede]] 👍 fattura da {{$:225 €}} in arrivo"),
        ],
    },
    # 10. Driving school: Indian PhD student and his wife
    {
        "business": "driving",
        "platform": "telegram",
        "customer": "Rahul Sharma",
        "lang": "en",
        "start": "2024-10-08T13:02:00",
        "messages": [
            (
                "c",
                "Hello, I am [[P:Rahul Sharma]], PhD student at the university, from [[L:Pune]]. Do you offer lessons in English for the {{PD:B licence}}?",
            ),
            (
                "a",
                "Hi [[P:Rahul]], yes, theory with the app in English and practice with [[P:Mauro]] who speaks English. Cost {{$:€790}}. Where do you live?",
            ),
            (
                "c",
                "in [[L:Portello]], [[A:via Belzoni 104]]. My wife [[P:Priya]] also wants to join, is there discount for couples?",
            ),
            (
                "a",
                "10% off for [[P:Priya]] as second person 🙂 send me your emails and I open the files",
            ),
            (
                "c",
                "mine [[E:rahul.sharma@studenti.example.it]], hers [[E:priya dot sharma at gmail dot com]]. I can pay the first part by card now: [[C:4024 0071 5283 9105]]",
            ),
            (
                "a",
                "Done, {{$:€395}} charged. Medical visit {{D:Wednesday 12}} at {{TM:17:00}}, bring passport and codice fiscale. [[P:Tommaso]]",
            ),
            ("c", "thx! my CF is [[CF:SRMRHL94H02Z222U]] in case you need it now"),
        ],
    },
    # 11. Driving school: father in Venetian dialect asks about the exam
    {
        "business": "driving",
        "platform": "messenger",
        "customer": "Gianni Bello",
        "lang": "it",
        "start": "2025-11-12T07:55:00",
        "messages": [
            (
                "c",
                "bongiorno, xe el papà de [[P:Nicolò]], [[P:Gianni Bello]]. me fio ga l'esame de guida quando? el me ga dito {{D:el 18}} ma nol xe sicuro",
            ),
            (
                "a",
                "Buongiorno sig. [[P:Bello]], l'esame pratico di [[P:Nicolò]] è {{D:martedì 18 novembre}} alle {{TM:8:40}}, ritrovo in {{W:Prato della Valle}}. [[P:Laura]], segreteria",
            ),
            (
                "c",
                "ostrega, alle 8 e 40 el ga scuola a [[L:Piove di Sacco]]. pazienza. el me numero xe [[T:049 862 1175]] se ghe xe cambi",
            ),
            ("a", "Segnato, la chiamo io se cambia qualcosa"),
            (
                "c",
                "grassie. ah, mia mojer [[P:Rosa]] la dise che ghe dovemo ancora {{$:60 euro}} par la pratica?",
            ),
            (
                "a",
                "Sì, bolli e diritti della motorizzazione, {{$:€ 60}}. Si paga in sede 🙂 [[P:Laura]]",
            ),
        ],
    },
    # 12. Driving school: Ukrainian learner, theory exam language
    {
        "business": "driving",
        "platform": "whatsapp",
        "customer": "Oksana",
        "lang": "it",
        "start": "2025-01-14T10:33:00",
        "messages": [
            (
                "c",
                "Buongiorno, mi chiamo [[P:Oksana Kovalenko]], vengo da [[L:Kharkiv]], abito a [[L:Abano Terme]] da un anno. posso fare esame teoria in ucraino?",
            ),
            (
                "a",
                "Buongiorno [[P:Oksana]], l'esame si fa in italiano, inglese, francese o tedesco, in ucraino purtroppo no. Inglese va bene? [[P:Laura]]",
            ),
            ("c", "english is ok, my english is better than my italian 😅", "en"),
            (
                "a",
                "Perfetto. Mi lasci email e telefono per iscriverla al corso {{PD:Teoria Express}} del {{D:3 febbraio}}",
            ),
            (
                "c",
                "[[E:oksana.kovalenko@example.com]], [[T:+39 389 552 7710]], e anche numero del mio vicino [[P:Sergio]] [[T:049 990 1843]] se io non rispondo, lui mi accompagna",
            ),
            ("a", "Grazie [[P:Oksana]], iscritta! {{R:ISCR-2025-0178}}"),
        ],
    },
    # 13. Driving school: Erasmus student with an automatic-only licence
    {
        "business": "driving",
        "platform": "instagram",
        "customer": "will.baker.uk",
        "lang": "en",
        "start": "2025-02-20T18:11:00",
        "messages": [
            (
                "c",
                "hey, I'm [[P:Will]] 🇬🇧 erasmus student, can I do just some lessons with manual gearbox? my UK licence is automatic only",
            ),
            (
                "a",
                "Hi [[P:Will]]! yes, single lessons {{$:€45}} each, 50 min. Name & surname for the booking?",
            ),
            (
                "c",
                "[[P:William Baker]]. from [[L:Leeds]] originally. Ah and my friend [[P:Mark]] (@[[H:markyoung_94]]) wants some too, he's from [[L:Cork]]",
            ),
            (
                "a",
                "Great, {{D:Saturday 22}} {{TM:9:00}} for you, {{TM:10:00}} for [[P:Mark]]? meeting point at {{W:Porta Portello}}",
            ),
            ("c", "sweet. my number [[T:07911 240 683]] (UK one, whatsapp works). cheers mate"),
            ("a", "booked 👍 see you [[P:Will]]! [[P:Tommaso]]"),
        ],
    },
    # 14. Driving school: haulage firm enrolling two drivers in a CQC course
    {
        "business": "driving",
        "platform": "telegram",
        "customer": "Marco Ferro",
        "lang": "it",
        "start": "2025-02-03T08:47:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Marco Ferro]] di {{B:Ferro Trasporti srl}}, vorrei iscrivere due dipendenti al corso {{PD:CQC merci}}",
            ),
            ("a", "Buongiorno, certo. Ci servono nominativi e dati di fatturazione"),
            (
                "c",
                "[[P:Dario Zanon]] e [[P:Adil Benali]]. fattura a {{B:Ferro Trasporti}}, P.IVA [[V:03456710023]], sede [[A:via dell'Artigianato 9]], [[A:35010]] [[L:Vigonza]]. [[P:Dario]] abita a [[L:Noventa Padovana]], passa lui a firmare",
            ),
            (
                "a",
                "Il corso parte {{D:il 4 marzo}}, {{$:1.450 € + IVA}} a persona. Pec o codice SDI?",
            ),
            (
                "c",
                "pec [[E:ferrotrasporti@pec.example.it]], SDI {{R:M5UXCR1}}. pagamento con RID su [[I:IT14Q0103014200000001230987]]",
            ),
            ("a", "grazie sig. [[P:Ferro]], [[P:Laura]]"),
        ],
    },
    # 15. Photographer: British-Nigerian couple, call booking
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Hope Adeyemi",
        "lang": "en",
        "start": "2024-12-02T20:14:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Hope]] and my fiancé is [[P:Tunde Adeyemi]]. We're getting married at {{W:Villa del Balbianello}} on {{D:September 13th 2025}}. Are you free?",
            ),
            (
                "a",
                "Hi [[P:Hope]], congratulations! Yes, the 13th is still open. Full day coverage is {{$:€3,400}}, the {{PD:Heirloom Album}} is +{{$:€600}}. [[P:Andrea]]",
            ),
            (
                "c",
                "amazing. we live in [[L:Peckham]], [[L:London]]. Can we do a call? my number is [[T:+44 7700 900 812]], or [[P:Tunde]]'s [[T:07700 900 377]]",
            ),
            ("a", "Sure! {{D:Tuesday}} {{TM:7pm}} UK time? I'll send a Zoom link to your email"),
            (
                "c",
                "[[E:hope.adeyemi@example.co.uk]] 🙏 also my maid of honour [[P:Chiamaka]] wants to know if you do {{PD:engagement shoots}} too lol, she's in [[L:Lagos]]",
            ),
            ("a", "I do 😄 Talk Tuesday, [[P:Hope]] and [[P:Tunde]]! [[P:Andrea]]"),
        ],
    },
    # 16. Photographer: American elopement, contract details
    {
        "business": "photo",
        "platform": "instagram",
        "customer": "grace.and.will",
        "lang": "en",
        "start": "2025-03-19T15:50:00",
        "messages": [
            (
                "c",
                "Hey! [[P:Grace]] here (and [[P:Will]] 👋). We loved your reel at {{W:Villa Carlotta}}! Our account is @[[H:grace.and.will]], we're eloping in {{D:October}}",
            ),
            (
                "a",
                "Hi [[P:Grace]] and [[P:Will]]! The elopement package is {{$:€1,800}} for 4 hours. Can you send names and address for the contract?",
            ),
            (
                "c",
                "[[P:Grace Hollis]] & [[P:William Church]], [[A:1423 Maple Ave, Apt 4B]], [[L:Evanston]], [[L:IL]] [[A:60201]]. [[P:Grace]]'s cell [[T:(847) 555-0193]], her parents are in [[L:Milwaukee]]",
            ),
            ("a", "Perfect, contract coming via {{B:DocuSign}}. Which email?"),
            (
                "c",
                "[[E:gracehollis.photo@example.com]] — actually send it to [[P:Will]]'s, [[E:will.church@example.net]]",
            ),
            ("a", "Sent, [[P:Grace]]! {{R:CTR-LL-2025-31}}. [[P:Elena]]"),
        ],
    },
    # 17. Photographer: Spanish couple moves the date, drone refund
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Sofía García López",
        "lang": "en",
        "start": "2025-04-28T12:09:00",
        "messages": [
            (
                "c",
                "Hello! I am [[P:Sofía García López]], we booked you for {{D:June 7}} at {{W:Villa Monastero}} but we have to move to {{D:June 14}} 😩",
            ),
            (
                "a",
                "Hi [[P:Sofía]], no problem, the 14th is free. Your deposit stays valid. [[P:Elena]] ([[P:Andrea]]'s assistant)",
            ),
            (
                "c",
                "great!! and the extra {{$:€300}} for the drone, we cancel it, can you give back? account [[I:ES18 0182 2370 4102 0158 4739]] titular [[P:Javier Ruiz Ortega]]",
            ),
            ("c", "¡Perdón! el titular es mi novio [[P:Javier]], no yo 🙈", "es"),
            ("a", "Refund sent today, reference {{R:RIMB-0611}}. Bye!"),
            ("c", "gracias!! from [[L:Valencia]] with love 💛"),
        ],
    },
    # 18. Photographer: wedding planner invoicing an Indian wedding
    {
        "business": "photo",
        "platform": "telegram",
        "customer": "Meera Iyer",
        "lang": "en",
        "start": "2024-11-05T09:30:00",
        "messages": [
            (
                "c",
                "Hello, this is [[P:Meera Iyer]] from {{B:Lotus & Lake Events}}. We plan the wedding of [[P:Aarav Patel]] and [[P:Divya Nair]], 3 days, 250 guests, {{W:Villa Erba}}, {{D:4-6 July}}",
            ),
            (
                "a",
                "Hi [[P:Meera]], that sounds wonderful. For 3 days with two shooters it's {{$:€9,500}} + VAT. Invoice to your company?",
            ),
            (
                "c",
                "yes: {{B:Lotus & Lake Events GmbH}}, USt-IdNr [[V:DE814729503]], [[A:Leopoldstraße 118]], [[A:80802]] [[L:München]]",
            ),
            (
                "a",
                "Thanks. EU B2B with a valid VAT number, so reverse charge: {{$:€9,500}} flat. Contract to which email?",
            ),
            (
                "c",
                "[[E:meera@lotuslake-events.example]] and cc the bride [[E:divya.nair88@example.com]]. Her mum [[P:Lakshmi]] will call you, [[T:+1 (408) 555-0166]], she lives in [[L:San Jose]]",
            ),
            ("a", "Perfect. [[P:Andrea]]"),
        ],
    },
    # 19. Photographer: Italian couple, album sent to the bride's mother
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Chiara Mancini",
        "lang": "it",
        "start": "2025-08-22T11:41:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Andrea]]! l'album è pronto? 😍 sono [[P:Chiara]] (matrimonio del {{D:24 maggio}} a {{W:Villa Cipressi}})",
            ),
            (
                "a",
                "Ciao [[P:Chiara]]! Sì, {{PD:album Heirloom}} stampato, lo spedisco con {{B:BRT}}. Indirizzo?",
            ),
            (
                "c",
                "[[A:loc. Pian del Tivano 4]], [[A:22035]] [[L:Zelbio]] c/o [[P:Giovanna Mancini]] mia mamma, che noi siamo ancora in viaggio di nozze a [[L:Bali]] 🌴",
            ),
            (
                "a",
                "Spedito! tracking {{TR:BRT 0561 8832 4471}}. Mamma [[P:Giovanna]] ha un numero per il corriere?",
            ),
            ("c", "si [[T:339/4417820]]"),
            ("a", "Ottimo! Un abbraccio a [[P:Luca]] 📸"),
        ],
    },
    # 20. Photographer: balance paid through a link, drone pilot brother
    {
        "business": "photo",
        "platform": "whatsapp",
        "customer": "Olena S.",
        "lang": "en",
        "start": "2025-05-30T17:25:00",
        "messages": [
            (
                "c",
                "Hi [[P:Andrea]], it's [[P:Olena Shevchuk]], we met at the bridal fair. Can I pay the balance by card? it's {{$:€2,150}} right?",
            ),
            (
                "a",
                "Hi [[P:Olena]]! yes, {{$:€2,150}}. I can send a {{B:SumUp}} link or take the card details by phone",
            ),
            (
                "c",
                "link pls. also [[P:Jack]]'s brother [[P:Ryan Mitchell]] will fly the drone, he's licensed, can you coordinate? his insta is @[[H:ryanflies_drone]]",
            ),
            (
                "a",
                "Sure, here's the link [[U:https://pay.sumup.com/b2c/Q8OLENASHEVCHUK]] and I'll DM [[P:Ryan]]",
            ),
            (
                "c",
                "paid ✅ receipt to [[E:olena.shevchuk@example.org]] please. my mum flies in from [[L:Lviv]] the day before 😍",
            ),
            ("a", "sent! [[P:Elena]]"),
        ],
    },
    # 21. Photographer: online gallery blocked by IP
    {
        "business": "photo",
        "platform": "messenger",
        "customer": "Giulia Serra",
        "lang": "it",
        "start": "2025-09-10T22:03:00",
        "messages": [
            (
                "c",
                "ciao, sono [[P:Giulia Serra]], nn riesco ad aprire la galleria online delle foto, mi dice 'accesso bloccato' dal mio IP [[IP:93.44.187.201]] 😩",
            ),
            (
                "a",
                "Ciao [[P:Giulia]], hai sbagliato la password troppe volte 😅 ho sbloccato. Il link è [[U:https://gallery.lariolight.example/serra-colombo-2025]]",
            ),
            (
                "c",
                "ok ora va! mio marito [[P:Marco Colombo]] vuole scaricarle anche lui dal pc dell'ufficio a [[L:Lecco]], quello ha IP [[IP:151.38.220.14]], serve?",
            ),
            (
                "a",
                "no tranquilla, basta la password. Quella che vi ho mandato a [[E:giulia.serra90@example.it]]",
            ),
            ("c", "trovata! grazie mille [[P:Andrea]] 😘"),
        ],
    },
    # 22. Plumber: broken boiler, elderly lady
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Sig.ra Bianca",
        "lang": "it",
        "start": "2025-01-08T07:12:00",
        "messages": [
            (
                "c",
                "buongiorno la caldaia nn va da ieri sera nn ho acqua calda. sono la sig [[P:Bianca Rizzi]]",
            ),
            (
                "a",
                "Buongiorno sig.ra [[P:Rizzi]], mi dice indirizzo e modello della caldaia? [[P:Davide]]",
            ),
            (
                "c",
                "[[A:via Trieste 41, scala C, 3° piano, int. 12]] a [[L:Brescia]]. la caldaia è una {{B:Vaillant}} {{PD:ecoTEC plus}} mi sembra",
            ),
            ("a", "Passo oggi pomeriggio verso le {{TM:15}}. Che nome c'è sul citofono?"),
            (
                "c",
                "[[P:Rizzi]] [[P:Ferrari]], c'è ancora il nome di mio marito [[P:Armando]] buonanima",
            ),
            ("a", "ok sig.ra [[P:Bianca]]. uscita {{$:50 €}} più i pezzi"),
            (
                "c",
                "va bene. se non apro chiamate mio figlio [[P:Stefano]] [[T:335 781 4420]] che sta a [[L:Rovato]]",
            ),
        ],
    },
    # 23. Plumber: tenant with a leak, landlord pays
    {
        "business": "plumber",
        "platform": "telegram",
        "customer": "Mohamed",
        "lang": "it",
        "start": "2025-02-12T18:36:00",
        "messages": [
            (
                "c",
                "salve sono [[P:Mohamed El Amrani]], perdita di acqua sotto il lavandino in cucina, il proprietario di casa paga lui",
            ),
            ("a", "Salve, mi serve l'indirizzo e i dati del proprietario per la fattura"),
            (
                "c",
                "io abito [[A:via Milano 140/D]], [[L:Brescia]]. proprietario [[P:Ugo Ferraresi]] cod fisc [[CF:FRRGUO58S11B157B]], suo numero [[T:030 2456781]]",
            ),
            ("a", "ok, giovedì mattina {{TM:8:30}} va bene? Ciao, [[P:Davide]]"),
            (
                "c",
                "si, a casa c'è mia moglie [[P:Fatima]], lei parla poco italiano, parla francese, è arrivata da [[L:Casablanca]] a settembre",
            ),
            ("a", "Nessun problema sig. [[P:Mohamed]], mi arrangio 😉 à jeudi madame!"),
        ],
    },
    # 24. Plumber: condominium administrator, heating plant quote
    {
        "business": "plumber",
        "platform": "messenger",
        "customer": "Luca Franzoni",
        "lang": "it",
        "start": "2024-10-14T09:18:00",
        "messages": [
            (
                "c",
                "Buongiorno, sono [[P:Luca Franzoni]] amministratore del {{B:Condominio Le Betulle}}, servirebbe un preventivo per la centrale termica",
            ),
            ("a", "Buongiorno, certo. Indirizzo del condominio?"),
            (
                "c",
                "[[A:viale Venezia 212]], [[A:25123]] [[L:Brescia]]. fattura a {{B:Studio Franzoni Amministrazioni}}, P.IVA [[V:04299830085]]",
            ),
            ("a", "Sopralluogo {{D:lunedì 20}} alle {{TM:9:00}}. Chi ci apre?"),
            (
                "c",
                "il portinaio [[P:Ginetto]], cell [[T:+39 347 009 2215]]. mandate il preventivo a [[E:amministrazione@studiofranzoni.example.it]] cc [[E:l.franzoni@example.it]]",
            ),
            ("a", "Perfetto. [[P:Monica]] - {{B:Termoidraulica Gatti}}"),
        ],
    },
    # 25. Plumber: English holiday-flat owner on Lake Garda
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "John Baker",
        "lang": "en",
        "start": "2025-03-03T10:44:00",
        "messages": [
            (
                "c",
                "Hi there, [[P:John Baker]] here, we have a holiday flat in [[L:Salò]], [[A:Residence Le Vele, flat 6, lungolago Zanardelli 52]]. The water heater keeps tripping the electrics. Can someone look before we arrive at {{W:Easter}}?",
            ),
            ("a", "Hi [[P:John]], yes, [[P:Davide]] can go {{D:next Tuesday}}. Who has the keys?"),
            (
                "c",
                "our neighbour [[P:Pina]] at number 4, her phone [[T:0365 41298]]. She only speaks Italian and dialect mind you",
            ),
            ("a", "No problem 😄 Send me an email for the invoice pls"),
            (
                "c",
                "[[E:john [at] bakerfamily [dot] co [dot] uk]]. if you owe us anything back, our UK account is [[I:GB43 BARC 2003 8471 5293 64]]",
            ),
            ("a", "Thanks [[P:John]]! Ciao, [[P:Monica]]"),
            (
                "c",
                "and if it's urgent ring my wife [[P:Ruth]], [[T:+44 (0)7700 900 955]], she's back in [[L:Harrogate]] till Friday",
            ),
        ],
    },
    # 26. Plumber: young guy renovating his parents' bathroom
    {
        "business": "plumber",
        "platform": "instagram",
        "customer": "ale_ferro",
        "lang": "it",
        "start": "2025-06-07T13:27:00",
        "messages": [
            (
                "c",
                "ciao! sono [[P:Ale Ferro]], devo rifare il bagno a casa dei miei a [[L:Gussago]], mi ha dato il vostro contatto [[P:Beppe]] il piastrellista",
            ),
            (
                "a",
                "Ciao [[P:Ale]]! Volentieri. Mandaci foto e misure e passiamo x un sopralluogo. [[P:Davide]]",
            ),
            (
                "c",
                "indirizzo [[A:via Santa Croce 3]], frazione [[L:Navezze]]. sul citofono c'è [[P:Ferro Giacomo]], il mio vecchio",
            ),
            (
                "a",
                "ok. piatto doccia {{B:Ideal Standard}} o {{B:Duravit}}? per un bagno completo stiamo sui {{$:8-9 mila €}}",
            ),
            (
                "c",
                "azz. cmq ok, ti scrivo anche dall'altro profilo sono @[[H:ale.ferro.bs]] lì ti mando il video, oppure su fb [[U:https://www.facebook.com/alessandro.ferro.3110]]",
            ),
            ("a", "👍"),
        ],
    },
    # 27. Plumber: burst pipe in a Chinese restaurant
    {
        "business": "plumber",
        "platform": "telegram",
        "customer": "Zhang Wei",
        "lang": "it",
        "start": "2025-07-19T19:58:00",
        "messages": [
            (
                "c",
                "buongiorno, ristorante {{B:Drago d'Oro}}, tubo rotto in cucina, acqua dappertutto!! urgente",
            ),
            ("a", "Arrivo subito, indirizzo?"),
            ("c", "[[A:corso Magenta 58]]. sono [[P:Zhang Wei]], titolare. cel [[T:380-5561-902]]"),
            ("a", "20 minuti e sono lì. [[P:Davide]]"),
            (
                "c",
                "grazie!! fattura a mia moglie [[P:Li Na]], ditta individuale a [[L:Castel Mella]], P.IVA [[V:05123400987]]",
            ),
            (
                "a",
                "Fatto sig. [[P:Zhang]], intervento urgente {{$:180 €}} + IVA. Fattura {{O:FT 2025/118}} inviata",
            ),
        ],
    },
    # 28. Plumber: bank transfer returned, neighbour wants a quote
    {
        "business": "plumber",
        "platform": "whatsapp",
        "customer": "Rosa Leone",
        "lang": "it",
        "start": "2025-10-02T20:10:00",
        "messages": [
            (
                "c",
                "buonasera, sono [[P:Rosa Leone]], vi ho fatto il bonifico per la riparazione del {{PD:termosifone}} ma mi è tornato indietro 😕 dal mio conto [[I:IT82K0503412100000000447210]]",
            ),
            (
                "a",
                "Buonasera sig.ra [[P:Leone]], che strano. Ci gira la contabile? Controllo con la banca. [[P:Monica]]",
            ),
            (
                "c",
                "ve la mando a che mail? la mia è [[E:rosa punto leone chiocciola libero punto it]]",
            ),
            ("a", "a questa: [[E:monica.gatti@example.it]]"),
            (
                "c",
                "fatto. ah e la mia vicina [[P:Serena]] dell'interno 5 vorrebbe un preventivo per il boiler, le ho dato il vostro numero",
            ),
            ("a", "grazie mille sig.ra [[P:Rosa]]! saluti a [[P:Serena]] 😊"),
        ],
    },
    # 29. Language school: American student, host family
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Emily Carter",
        "lang": "en",
        "start": "2025-03-25T16:02:00",
        "messages": [
            (
                "c",
                "Hi! I'm [[P:Emily Carter]] from [[L:Portland]], [[L:Oregon]]. I'd like to enrol in the {{PD:Intensive 4-week course}} starting {{D:June 2}}, with a host family",
            ),
            (
                "a",
                "Hi [[P:Emily]]! Great choice. Course {{$:€780}}, host family with half board {{$:€32}}/night. Any allergies?",
            ),
            (
                "c",
                "I'm vegetarian, and allergic to cats 🐱. My email [[E:emily.carter@example.com]]",
            ),
            (
                "a",
                "Noted! We've placed you with Signora [[P:Loredana Bandini]], no cats 🙂 [[A:via dei Rossi 47]], near {{W:Piazza del Campo}}. [[P:Matteo]]",
            ),
            ("c", "Perfect!! what's her number in case my flight is late?"),
            ("a", "[[P:Loredana]]: [[T:0577 284 119]] or mobile [[T:+39 338 612 9054]]"),
            ("c", "thx so much! my mom [[P:Diane]] says grazie too 😂"),
        ],
    },
    # 30. Language school: Japanese student wants a higher level
    {
        "business": "school",
        "platform": "instagram",
        "customer": "yuki.tanaka",
        "lang": "en",
        "start": "2025-07-08T08:15:00",
        "messages": [
            (
                "c",
                "Ciao! Mi chiamo [[P:Yuki]], sono giapponese, studio italiano da un anno a [[L:Osaka]] 🇯🇵",
                "it",
            ),
            (
                "c",
                "sorry, in English is easier: can I change from level {{PD:A2}} to {{PD:B1}}? The class is too easy. My teacher is [[P:Serena]]",
            ),
            (
                "a",
                "Hi [[P:Yuki]]! Sure, we'll do a quick test tomorrow at {{TM:8:45}} with [[P:Francesca]]. Your full name for the register?",
            ),
            (
                "c",
                "[[P:Yuki Tanaka]]. My friend [[P:Haruto]] from my class also wants to move up, his insta is @[[H:haruto_in_siena]]",
            ),
            ("a", "Tell him to come too 🙂 [[P:Matteo]]"),
        ],
    },
    # 31. Language school: enrolment certificate for the questura
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Ahmed Saleh",
        "lang": "it",
        "start": "2024-10-21T09:40:00",
        "messages": [
            (
                "c",
                "buongiorno, sono [[P:Ahmed Saleh]] studente del corso annuale, mi serve certificato di iscrizione x la questura",
            ),
            (
                "a",
                "Buongiorno [[P:Ahmed]], te lo preparo. Mi confermi codice fiscale e indirizzo di domicilio?",
            ),
            (
                "c",
                "cod fisc [[CF:SLHHMD99E20Z336E]]. abito [[A:via del Porrione 31]], c/o famiglia [[P:Neri]]",
            ),
            ("a", "Perfetto, domani in segreteria. [[P:Francesca]]"),
            (
                "c",
                "grazie prof. Posso mandare una copia per email a mio cugino [[P:Omar]] che è a [[L:Bologna]]? [[E:omar.saleh@example.com]]",
            ),
            ("a", "Certo [[P:Ahmed]], la mando io. Certificato {{R:CERT-2025-044}}"),
        ],
    },
    # 32. Language school: German company pays for an employee's course
    {
        "business": "school",
        "platform": "telegram",
        "customer": "Katrin Weber",
        "lang": "en",
        "start": "2025-06-16T07:50:00",
        "messages": [
            (
                "c",
                "Good morning, [[P:Katrin Weber]] from HR at {{B:Brenner Maschinenbau GmbH}}. Our employee [[P:Thomas Keller]] will attend the {{PD:Business Italian}} course. Please invoice us",
            ),
            ("a", "Good morning Ms [[P:Weber]], happy to. Could you send VAT number and address?"),
            (
                "c",
                "USt-IdNr. [[V:DE273645182]], [[A:Industriestraße 14]], [[A:87600]] [[L:Kaufbeuren]], [[L:Germany]]. Contact [[E:k.weber@brenner-mb.example.de]]",
            ),
            (
                "a",
                "Thanks! Course fee {{$:€1,240}}, reverse charge. [[P:Thomas]] starts {{D:Monday 8 September}}, will he commute from [[L:Florence]]? [[P:Francesca]]",
            ),
            ("c", "Vielen Dank!", "de"),
            (
                "c",
                "He stays with relatives in [[L:Poggibonsi]]. Oh, and his mobile in case: [[T:+49 171 5553021]]",
            ),
        ],
    },
    # 33. Language school: Spanish mother books a teen camp
    {
        "business": "school",
        "platform": "messenger",
        "customer": "Ana Martínez",
        "lang": "en",
        "start": "2025-04-04T21:05:00",
        "messages": [
            (
                "c",
                "Hello, I'm [[P:Ana Martínez Ruiz]], my daughter [[P:Lucía]] (16) will do the {{PD:Summer Teen Camp}} in {{D:July}}. Can I pay by card?",
            ),
            ("a", "Hi [[P:Ana]]! Yes, give me the details and I'll process it. Total {{$:€1,350}}"),
            ("c", "card [[C:4916-3385-0608-1271]], name [[P:Ana Martinez]], exp 11/26"),
            ("a", "Payment done, thank you! Receipt {{O:RIC-0921}} sent to...?"),
            (
                "c",
                "[[E:ana.martinez.ruiz@example.es]]. [[P:Lucía]]'s phone: [[T:+34 612 345 678]]. we live in [[L:Zaragoza]] if you need for the form",
            ),
            ("a", "Perfect, we'll add [[P:Lucía]] to the camp WhatsApp group. [[P:Matteo]]"),
        ],
    },
    # 34. Language school: host family chases a payment
    {
        "business": "school",
        "platform": "whatsapp",
        "customer": "Bianca",
        "lang": "it",
        "start": "2024-11-04T13:13:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Matteo]], sono [[P:Bianca Neri]], la famiglia di [[P:Ahmed]]. Quando arriva il pagamento di {{D:ottobre}}?",
            ),
            (
                "a",
                "Ciao [[P:Bianca]]! Bonifico fatto ieri, {{$:960 €}}. Però la banca dice IBAN errato, me lo rimandi?",
            ),
            (
                "c",
                "uff scusa, [[I:IT18 L020 0801 6330 0010 4871 922]] intestato a me e a mio marito [[P:Piero Neri]]",
            ),
            ("a", "Ok rifatto ✅. Mi confermi il tuo CF per la certificazione unica?"),
            ("c", "[[CF:NREBNC75P48I726D]]"),
            ("a", "Grazie! [[P:Matteo]]"),
        ],
    },
    # 35. Language school: shared online account blocked by IP
    {
        "business": "school",
        "platform": "instagram",
        "customer": "tiago.ferreira",
        "lang": "en",
        "start": "2025-01-30T23:11:00",
        "messages": [
            (
                "c",
                "hi, [[P:Tiago Ferreira]] here, from the online course. The platform says 'too many logins from IP [[IP:187.64.12.209]]'",
            ),
            ("a", "Hi [[P:Tiago]], is the account shared by any chance? 😅"),
            (
                "c",
                "ahah my girlfriend [[P:Mariana]] uses it too, from [[L:Lisbon]]. her IP is different, [[IP:2001:db8:85a3::8a2e:370:7334]]",
            ),
            (
                "a",
                "I'll reset it. But each student needs their own licence, {{$:€89}} per month. [[P:Francesca]]",
            ),
            (
                "c",
                "ok fair. sign her up, her email [[E:mariana.costa@example.pt]]. she's @[[H:mari.costa.lx]] on insta if you want to check she's a real person lol",
            ),
            ("a", "Done, [[P:Mariana]] is in! [[P:Francesca]]"),
        ],
    },
    # 36. Fishmonger: Saturday delivery to Sottomarina, in dialect
    {
        "business": "fish",
        "platform": "whatsapp",
        "customer": "Tiozzo Sandra",
        "lang": "it",
        "start": "2025-03-06T06:45:00",
        "messages": [
            (
                "c",
                "bongiorno, xe [[P:Sandra Tiozzo]], vorìa par sabo 2 kg de {{PD:sardele}} e 1 kg de {{PD:schie}} par la polenta",
            ),
            (
                "a",
                "Bongiorno [[P:Sandra]]! sardele si, schie dipende da come va stanotte. Consegna a casa? [[P:Elisa]]",
            ),
            (
                "c",
                "si, a [[L:Sottomarina]], [[A:lungomare Adriatico 41]], el campanel xe [[P:Penzo]], mia mama",
            ),
            ("a", "Ok, sabo {{D:8}} tra le {{TM:10}} e le {{TM:12}}. Totale circa {{$:28 €}}"),
            (
                "c",
                "perfeto. se no ghe son ciamé [[T:041 540 3318]] o el me omo [[P:Gigi]] [[T:346 221 9087]] che xe in barca a [[L:Pellestrina]]",
            ),
            ("a", "👍 ciao ciao [[P:Sandra]]"),
        ],
    },
    # 37. Fishmonger: Italian-American party on the Lido, paid by card
    {
        "business": "fish",
        "platform": "telegram",
        "customer": "Mark Leone",
        "lang": "en",
        "start": "2025-05-21T15:32:00",
        "messages": [
            (
                "c",
                "Hi! [[P:Mark Leone]] here, Italian-American living on the [[L:Lido]]. Do you deliver there? Party for 20 on {{D:Saturday}}",
            ),
            (
                "a",
                "Hi [[P:Mark]], yes we deliver to the [[L:Lido]] on {{D:Fridays}} and {{D:Saturdays}}, {{$:€15}} delivery. What would you like?",
            ),
            (
                "c",
                "3 kg {{PD:scampi}}, 2 kg {{PD:moeche}} if in season, 20 {{PD:oysters}}. Address [[A:via Sandro Gallo 133]], [[A:30126]] [[L:Lido di Venezia]]",
            ),
            (
                "a",
                "Moeche are only in spring and autumn, sorry! Rest ok, about {{$:€190}}. Pay on delivery or card now?",
            ),
            (
                "c",
                "card now: [[C:4539 1488 0343 6467]], exp 04/28. my wife [[P:Victoria]] will be home, her cell [[T:+1 917-555-0148]]",
            ),
            ("a", "All set! order {{O:ORD-3317}}. [[P:Elisa]]"),
        ],
    },
    # 38. Fishmonger: trattoria with a new VAT number
    {
        "business": "fish",
        "platform": "messenger",
        "customer": "Renato Doria",
        "lang": "it",
        "start": "2025-04-09T05:58:00",
        "messages": [
            (
                "c",
                "Ciao [[P:Nane]], xe [[P:Renato Doria]] de la trattoria {{B:Al Vaporetto}}. Ne serve 10 kg de {{PD:seppie}} par venerdì",
            ),
            (
                "a",
                "Ciao [[P:Renato]]! Ok, te le porto mi venerdì mattina. Fattura come sempre a {{B:Al Vaporetto snc}}?",
            ),
            (
                "c",
                "no, ghe xe la nova partita iva, ghemo cambià: [[V:06771200216]], intestà a [[P:Doria Renato]] e [[P:Boscolo Marina]]",
            ),
            ("a", "Ok. Indirizzo sempre [[A:corso del Popolo 1240]]?"),
            (
                "c",
                "si. e mandé la fatura a [[E:trattoria.alvaporetto@example.it]] che la vede el comercialista [[P:Bullo]] de [[L:Cavarzere]]",
            ),
            ("a", "Fatto, ciao! [[P:Nane]]"),
        ],
    },
    # 39. Fishmonger: English family renting a house, shellfish allergy
    {
        "business": "fish",
        "platform": "whatsapp",
        "customer": "Rachel Fox",
        "lang": "en",
        "start": "2025-07-28T09:20:00",
        "messages": [
            (
                "c",
                "Hi, I'm [[P:Rachel Fox]], we're renting a house in [[L:Rosolina Mare]] for 2 weeks, do you deliver there?",
            ),
            (
                "a",
                "Hi [[P:Rachel]]! [[L:Rosolina]] yes, {{$:€10}} delivery, min order {{$:€40}}. [[P:Elisa]]",
            ),
            (
                "c",
                "brilliant. the house is [[A:Casa Gabbiano, via delle Valli 22]]. my husband [[P:Tom]] is allergic to shellfish so only fish pls: {{PD:branzino}}, {{PD:orata}}",
            ),
            ("a", "Noted, no shellfish! Tomorrow {{TM:11:00}}? Phone for the driver?"),
            (
                "c",
                "[[T:+44 7911 123 604]] or my sister [[P:Hannah]] who speaks Italian [[T:333 498 1027]], she lives in [[L:Verona]]",
            ),
            ("a", "Perfect [[P:Rachel]], [[P:Nane]] will bring it himself 🐟"),
        ],
    },
    # 40. Fishmonger: food blogger proposes a collaboration
    {
        "business": "fish",
        "platform": "instagram",
        "customer": "chioggiafoodie",
        "lang": "it",
        "start": "2025-09-16T12:12:00",
        "messages": [
            (
                "c",
                "Ciao! sono [[P:Martina Penzo]], su ig @[[H:chioggiafoodie]], sono di [[L:Isola dell'Unione]], faccio recensioni di pesce fresco, vi va una collab?",
            ),
            ("a", "Ciao [[P:Martina]]! Volentieri 😊 cosa proponi?"),
            (
                "c",
                "vengo in pescheria {{D:giovedì}}, faccio un reel con voi e il {{PD:risotto di go}}. guarda il mio blog [[U:https://martinapenzo.blog.example/]] e il mio [[U:https://www.tiktok.com/@martina.penzo]]",
            ),
            ("a", "Bellissimo! Parla con mio papà [[P:Nane]] che è lui il divo 😂 [[P:Elisa]]"),
            (
                "c",
                "ahah top. Il mio fotografo [[P:Kevin]] ci sarà anche lui, [[P:Kevin Tiozzo]], @[[H:kevtiozzo.ph]]. se serve fattura la mia p.iva è [[V:01874520016]]",
            ),
            ("a", "Vi aspettiamo alle {{TM:9}}"),
        ],
    },
    # 41. Fishmonger: live crabs for Chinese New Year
    {
        "business": "fish",
        "platform": "telegram",
        "customer": "Liu Yang",
        "lang": "it",
        "start": "2025-01-24T10:10:00",
        "messages": [
            (
                "c",
                "buongiorno sono [[P:Liu Yang]] vorrei 3 {{PD:granchi}} vivi e 1 kg {{PD:vongole}} per domenica, per il {{W:Capodanno}} cinese",
            ),
            ("a", "Buongiorno! I granchi vivi li abbiamo {{D:sabato}}. Consegna dove?"),
            (
                "c",
                "[[A:via Maestri del Lavoro 8, piano terra]], [[L:Cavarzere]]. Mio figlio [[P:Hao]] parla meglio italiano, il suo numero [[T:+39 320 667 1184]]",
            ),
            ("a", "Perfetto, sabato mattina. {{$:€ 42}}. [[P:Elisa]]"),
            ("c", "grazie, pago con {{B:Satispay}}?"),
            ("a", "sì certo!"),
        ],
    },
    # 42. Fishmonger: weekly box with SEPA direct debit
    {
        "business": "fish",
        "platform": "whatsapp",
        "customer": "Betta Boscolo",
        "lang": "it",
        "start": "2025-02-26T08:03:00",
        "messages": [
            (
                "c",
                "ciao [[P:Elisa]] xe la [[P:Betta]] de [[L:Borgo San Giovanni]], vorìa far l'abonamento setimanal che dise to papà",
            ),
            (
                "a",
                "Ciao [[P:Betta]]! Sì, {{PD:Cassetta del Pescatore}} ogni venerdì {{$:€ 25}}, con addebito SEPA. Mi servono IBAN e codice fiscale",
            ),
            (
                "c",
                "[[I:IT36R0344036130000000981155]] e el codice [[CF:BSCLBT50A61C638I]]. el conto xe cointestà co me nevodo [[P:Nicola Boscolo Bragadin]]",
            ),
            ("a", "Perfetto. Indirizzo sempre [[A:calle San Giacomo 418]]?"),
            (
                "c",
                "si, ma al secondo pian. e se no ghe son, lassé el pesse a la vicina [[P:Carmela]]",
            ),
            ("a", "Va ben 😄 [[P:Elisa]]"),
        ],
    },
]


def build_records() -> list[dict[str, Any]]:
    """All labelled messages, in conversation order (see ``handwritten_markup``)."""
    return markup.build_records(27, CONVERSATIONS, BUSINESS_NAMES, PAGE_IDS)


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return markup.render(records)


def main() -> None:
    records = build_records()
    OUTPUT.write_text(render(records), encoding="utf-8")
    print(f"wrote {len(records)} messages in {len(CONVERSATIONS)} conversations to {OUTPUT.name}")


if __name__ == "__main__":
    main()
