"""Structured identifiers: e-mails (also obfuscated), phones, IBANs, cards, codici fiscali,
partite IVA, IP addresses, profile URLs and @handles.

Every pattern is linear (character classes with bounded repetition, no nested quantifiers over
overlapping classes), and candidates are confirmed by a validating library where one exists.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.ch import uid as ch_uid
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.it import codicefiscale, iva

from privacy.recognizers.address import STREET_TYPE
from privacy.types import Detection

if TYPE_CHECKING:
    from privacy.recognizers.names import NameLexicon

PHONE_REGIONS = ("IT", "US", "GB", "DE", "FR", "ES", "CH")

# Any two-letter country code (co.uk, com.au: a label then the country) and the common gTLDs.
_TLDS = (
    r"[a-z]{2}|com|net|org|edu|gov|info|biz|email|mail|online|shop|store|site|app|dev|xyz|tech|"
    r"pro|name|mobi|cloud|live|blog|club|life|world|today|space|website|art|studio|design"
)
_MORE_TLDS = (
    # the other generic TLDs people and small firms use, and the reserved ones (RFC 2606/6761)
    r"agency|media|photo|photos|photography|gallery|travel|tours|wine|bike|cafe|restaurant|"
    r"pizza|bar|events|wedding|fashion|style|beauty|fit|fitness|yoga|health|care|dental|"
    r"clinic|legal|law|lawyer|consulting|solutions|services|company|business|network|digital|"
    r"systems|software|academy|school|education|group|team|family|love|eco|green|bio|farm|"
    r"garden|house|homes|immo|properties|rent|tickets|music|band|film|video|social|chat|works|"
    r"tools|zone|one|top|vip|plus|land|city|page|link|news|expert|guru|ninja|rocks|email|"
    r"example|test|invalid|localhost|local"
)
# Obfuscated separators: "[dot]", "(punto)", "[.]", " dot ", "-dot-", " . "; "(@)", "[at]",
# " at ", " chiocciola ", "-at-", "@@" (a doubled key).
_DOT = (
    r"(?:\s?[\[(\{<]\s?(?:dot|punto|\.)\s?[\])\}>]\s?|\s(?:dot|punto|point)\s|\s?-(?:dot|punto)-\s?"
    r"|\s?\.\s?|_(?:dot|punto)_)"
)
_AT = (
    r"(?:\s?@{1,2}\s?|\s?[\[(\{<]\s?(?:at|chiocciola|chiocciolina|snail|@|a)\s?[\])\}>]\s?"
    # round 28: the French and Spanish words for the sign ("jb arobase example point fr")
    r"|\s(?:at|chiocciola|chiocciolina|arobase|arrobase|arroba)\s|\s?-(?:at|chiocciola)-\s?"
    r"|_(?:at|chiocciola)_)"
)
# Bracketed separators only ("[at]", "(chiocciola)", "{dot}", "[ punto ]"): a shape no prose has,
# so any alphabetic TLD counts after them ("ion [at] bikes [dot] example", "(dot) photography").
_BRACKET_AT = r"\s?[\[(\{<]\s?(?:at|chiocciola|chiocciolina|snail|@|a)\s?[\])\}>]\s?"
_BRACKET_AT_HINT = re.compile(
    r"[\[(\{<]\s?(?:at|chiocciola|chiocciolina|snail|@|a)\s?[\])\}>]", re.IGNORECASE
)
_BRACKET_DOT = r"\s?[\[(\{<]\s?(?:dot|punto|\.)\s?[\])\}>]\s?"
# A comma typed for the last dot, glued to a known TLD ("anna@libero,it"); the longer TLDs only
# after a dot ("5,one" is a count).
_LAST_DOT_TLD = rf"(?:{_DOT}(?:{_TLDS}|{_MORE_TLDS})|,(?:{_TLDS}))"
# any letter of any script ("josé.garcía", "müller", "exämple"); an apostrophe inside a
# mailbox's name ("t.o'brien"), never at its edges nor before one letter ("I'm @x.it")
_LABEL = r"[\w%+\-]{1,64}"
_LOCAL_LABEL = r"[\w%+\-]{1,64}(?:['’][\w%+\-]{2,30})?"
# "arrived at home. It was": with a spelled-out "at", a full stop before a space ends a sentence.
_SENTENCE_BREAK = re.compile(r"\.\s")
_AT_SYMBOL = re.compile(
    r"@|[\[(\{<]\s?(?:at|chiocciola)\s?[\])\}>]|[-_](?:at|chiocciola)[-_]", re.IGNORECASE
)
EMAIL = re.compile(
    rf"(?<![\w.@'’])({_LOCAL_LABEL}(?:{_DOT}{_LOCAL_LABEL}){{0,4}}{_AT}{_LABEL}(?:{_DOT}{_LABEL}){{0,3}}"
    rf"{_LAST_DOT_TLD})(?![\w/@])",
    re.IGNORECASE,
)

PHONE_CANDIDATE = re.compile(
    r"(?<![\w+/.\-])(?:\+|00)?\(?\d[\d \t().\-/–]{6,22}\d"
    r"(?:\s?(?:x|ext\.?|int\.?|interno|extension)\s?\d{1,5})?(?![\w])",
    re.IGNORECASE,
)
# A number glued to its label ("tel.3471234567", "cell:347 123 4567", "ph.+44 7911 123456").
PHONE_LABELLED = re.compile(
    r"(?<![\w])(?:tel(?:efono)?|tlf|cell(?:ulare)?|cel|mob(?:ile)?|ph(?:one)?|t|fisso|wa)"
    r"\s?[.:]?\s?(?:(?:n|nr|num|no)\.?\s?|numero\s)?"
    r"((?:\+|00)?\(?\d[\d \t().\-/]{6,22}\d)(?![\w])",
    re.IGNORECASE,
)
_PHONE_CONTEXT = re.compile(
    r"(?:tel|telefono|cell|cellulare|numero|chiam|chiama|call|phone|mobile|whatsapp|contatt|"
    r"contact|reach|ring|text me|sms|fisso|squilla)",
    re.IGNORECASE,
)
_CARRIERS = (
    r"brt|bartolini|gls|dhl|ups|usps|sda|tnt|fedex|dpd|evri|hermes|inpost|nexive|poste|"
    r"poste\s?italiane|an\s?post|royal\s?mail|parcelforce|fastway|correos|chronopost|colissimo"
)
# A number named as a shipment, an order, a policy or a document ("Tracking corriere: 4173...",
# "policy POL 3427/43816", "numero pratica 0612..."), also with a carrier or a qualifier between.
_NOT_PHONE_CONTEXT = re.compile(
    r"(?:(?<![\w])(?:ordine|order|ord\.|tracking|track|tracciamento|spedizion[ei]?|shipment|pacco|"
    r"parcel|fattura|invoice|rif\.?|ref\.?|pratica|ticket|codice|code|sku|art\.|lotto|reso|return|"
    r"rma|polizza|policy|pol\.?|contratto|contract|sinistro|claim|voucher|coupon|serial|seriale|"
    r"s/n|awb|n°|nr\.?|n\.|no\.|#|"
    # a bank transfer's or a payment's reference ("CRO 0306 2614 7730", "TRN ...", "IUV ..."),
    # a consignment; not "riferimento"/"reference": "numero di riferimento" is a contact number
    r"cro|trn|iuv|consignment)"
    rf"(?:\s(?:{_CARRIERS}|corriere|courier|carrier|number|numero|nr\.?|no\.?|n\.|code|codice|"
    r"id|pol\.?))?|(?<![\w])(?:{_CARRIERS}))\s*[:.]?\s*$",
    re.IGNORECASE,
)
_BARE_NUMBER_CUES = frozenset({"n", "no", "nr", "n°", "#", "num"})
_IT_MOBILE = re.compile(r"(?:0039|39)?3[1-9]\d{8}")
_YEAR_FIRST = re.compile(r"^20\d\d[/\-.]")
_DATE_LIKE = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}(?:\s+\d{1,2})?$")

# round 35: sites whose users are named by an id before them ("mikeb0rg on bgg")
_ID_SITE_NAMES = (
    "bgg",
    "boardgamegeek",
    "chess.com",
    "lichess",
    "letterboxd",
    "goodreads",
    "duolingo",
)
_ID_SITES = "|".join(re.escape(site) for site in _ID_SITE_NAMES)
CARD = re.compile(r"(?<![\w])\d(?:(?:[ \-./]| {2})?\d){12,18}(?![\w]|[./]\d)")
# Dots or slashes separate a card number only as 4-digit groups ("4111.1111.1111.1111").
_CARD_GROUPED = re.compile(r"\d{4}([./])\d{4}\1\d{4}\1\d{1,7}|\d{4}([./])\d{6}\2\d{4,5}")
IBAN = re.compile(r"(?<![\w])[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]){11,34}", re.IGNORECASE)
# A compact IBAN of a common country whose checksum fails (a typo is still personal data).
IBAN_SHAPE = re.compile(r"(?<![\w])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![\w])")
IBAN_LENGTHS = {
    "IT": 27,
    "SM": 27,
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "NL": 18,
    "BE": 16,
    "CH": 21,
    "AT": 20,
    "PT": 25,
    "LU": 20,
    "MT": 31,
    "GR": 27,
    "PL": 28,
    "RO": 24,
    "HR": 21,
}
FISCAL_CODE = re.compile(
    r"(?<![\w])[a-z]{6}[0-9lmnpqrstuv]{2}[a-z][0-9lmnpqrstuv]{2}[a-z][0-9lmnpqrstuv]{3}[a-z](?![\w])",
    re.IGNORECASE,
)
# Written in groups as on the card: "SMT MHL 59C27 D612S" (only when the checksum holds).
FISCAL_CODE_GROUPED = re.compile(
    r"(?<![\w])[a-z]{3}\s[a-z]{3}\s[0-9lmnpqrstuv]{2}[a-z][0-9lmnpqrstuv]{2}\s"
    r"[a-z][0-9lmnpqrstuv]{3}[a-z](?![\w])",
    re.IGNORECASE,
)
VAT = re.compile(r"(?<![\w])(?:IT\s?)?\d{11}(?![\w])", re.IGNORECASE)
_VAT_CONTEXT = re.compile(r"(?:p\.?\s?iva|partita\s+iva|vat|p\.i\.)", re.IGNORECASE)
# the partita IVA glued to its label ("piva02345670059", "P.IVA:IT...")
VAT_GLUED = re.compile(r"(?i:p\.?iva|vat)(?:IT)?(\d{11})(?!\w)")
# another European country's VAT number: its prefix (Greece "EL", Northern Ireland "XI",
# Switzerland "CHE-") and 8 to 12 characters; only a valid checksum counts (see _foreign_vat)
FOREIGN_VAT = re.compile(
    r"(?<![\w-])(?:(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|LT|LU|LV|MT|NL|PL|PT|RO|SE|"
    r"SI|SK|GB|XI)[ ]?[0-9A-Z](?:[0-9A-Z]|[ .](?=[0-9])){6,13}[0-9A-Z]|"
    r"CHE[- ]?\d{3}\.?\d{3}\.?\d{3}(?:[ ](?:MWST|TVA|IVA))?)(?![\w-])"
)
IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])", re.IGNORECASE)
PROFILE_URL = re.compile(
    # a whole host only ("tidycal.com" is no "cal.com"); a sub-domain before the site's stays
    # out ("account.venmo.com/u/x": the "account." is no one's)
    r"(?<![\w\-])(?:https?://)?(?:www\.|m\.|mobile\.|web\.)?"
    r"(?:facebook\.com|fb\.com|fb\.me|m\.me|instagram\.com|instagr\.am|t\.me|telegram\.me|"
    r"twitter\.com|x\.com|tiktok\.com|linkedin\.com/in|wa\.me|threads\.net|youtube\.com|"
    # where people share their own photos, files, music and pages
    r"imgur\.com|i\.imgur\.com|drive\.google\.com|photos\.app\.goo\.gl|photos\.google\.com|"
    r"dropbox\.com|we\.tl|wetransfer\.com|icloud\.com|flickr\.com|pinterest\.[a-z]{2,3}|"
    r"vimeo\.com|soundcloud\.com|mixcloud\.com|linktr\.ee|github\.com|tumblr\.com|snapchat\.com|vk\.com|"
    r"behance\.net|strava\.com|spotify\.com/user|"
    # payment links and streaming channels named after their holder
    r"paypal\.me|paypal\.com/paypalme|twitch\.tv|patreon\.com|ko-fi\.com|buymeacoffee\.com|"
    r"onlyfans\.com|substack\.com/@|bsky\.app/profile|mastodon\.social|about\.me|"
    r"venmo\.com|cash\.app|monzo\.me|revolut\.me|"
    # link-in-bio services, booking pages and fundraisers of one person, creators' portfolios
    r"beacons\.ai|bio\.link|lnk\.bio|linkin\.bio|campsite\.bio|taplink\.cc|solo\.to|"
    r"allmylinks\.com|hoo\.be|stan\.store|msha\.ke|tap\.bio|linkr\.bio|koji\.to|"
    r"withkoji\.com|sites\.google\.com/view|calendly\.com|cal\.com|zcal\.co|gofundme\.com|"
    r"vsco\.co|500px\.com|deviantart\.com|dribbble\.com|artstation\.com|letterboxd\.com|"
    r"threads\.com|kick\.com|fansly\.com|line\.me|signal\.me|steamcommunity\.com/id|"
    r"linkedin\.com/pub|depop\.com|wa\.link|"
    # payment, tip and fundraising links of one person or one account, booking pages, personal
    # meeting rooms and chat links (session 11)
    r"pay\.sumup\.com|sumup\.com/b2c|sumup\.me|sumup\.link|sumup\.io|bunq\.me|tikkie\.me|"
    r"tag\.satispay\.com|web\.satispay\.com/download|satispay\.com/app/match|"
    r"buy\.stripe\.com|checkout\.stripe\.com|donate\.stripe\.com|pay\.stripe\.com|"
    r"invoice\.stripe\.com|wise\.com/pay|wise\.com/share|paypal\.com/donate|paypal\.com/pools|"
    r"lydia-app\.com|payconiq\.\w{2,3}|paylib\.fr|blik\.com|twint\.ch/p|scalapay\.com/l|"
    r"splitwise\.com/join|tippeee\.com|liberapay\.com|opencollective\.com|gofund\.me|"
    r"leetchi\.com|produzionidalbasso\.com|ulule\.com|kisskissbankbank\.com|"
    r"tidycal\.com|youcanbook\.me|savvycal\.com|koalendar\.com|doodle\.com/bp|"
    r"doodle\.com/mm|setmore\.com|calendar\.app\.google|calendar\.google\.com/calendar/appointments|"
    r"zoom\.us/my|meet\.jit\.si|whereby\.com|ig\.me|telegram\.dog|discord\.gg|"
    r"discord\.com/users|discordapp\.com/users|chat\.whatsapp\.com|api\.whatsapp\.com|"
    r"signal\.group|viber\.click|invite\.viber\.com|u\.wechat\.com|weixin\.qq\.com/r|"
    r"qr\.kakao\.com|open\.kakao\.com|skype\.com/people|join\.skype\.com|"
    r"reddit\.com/u|reddit\.com/user|old\.reddit\.com/u|bsky\.social|"
    r"untappd\.com/user|goodreads\.com/user|last\.fm/user|chess\.com/member|"
    r"lichess\.org/@|duolingo\.com/profile|xing\.com/profile|researchgate\.net/profile|"
    r"orcid\.org|scholar\.google\.com/citations|gravatar\.com|"
    r"keybase\.io|gitlab\.com|bitbucket\.org|codepen\.io|medium\.com/@|"
    r"couchsurfing\.com/people|airbnb\.[a-z.]{2,6}/users/show|booking\.com/reviewer|"
    # share links of one person's files, and the old personal pages of Italian providers
    r"1drv\.ms|onedrive\.live\.com|mega\.nz|app\.box\.com/s|box\.com/s|pcloud\.link|"
    r"u\.pcloud\.link|swisstransfer\.com/d|filemail\.com/d|smash\.gg|msng\.link|"
    r"digilander\.libero\.it|xoomer\.virgilio\.it|xoomer\.alice\.it|web\.tiscali\.it|"
    r"blog\.libero\.it|members\.xoom\.it|spazioweb\.inwind\.it)"
    r"/[^\s<>\"']{1,200}",
    re.IGNORECASE,
)
# A seller's or member's own page on a marketplace or any site: the path names a shop, a user
# or a profile ("etsy.com/shop/AnnaCeramics", "ebay.it/usr/marco_r", "vinted.it/member/123-x",
# "forum.example.org/u/kate", "medium.com/@lia.b"). A business's own "/shop/..." on its site is
# a catalogue page, so "shop" only counts on the marketplaces.
SELLER_URL = re.compile(
    r"(?<![\w@./])(?:https?://)?(?:[a-z0-9\-]{1,63}\.){1,3}[a-z]{2,18}"
    r"(?:(?<=etsy\.com)/(?:shop|people)|(?<=ebay\.[a-z]{2})/(?:usr|str)"
    r"|(?<=ebay\.com)/(?:usr|str)|(?<=ebay\.co\.uk)/(?:usr|str)"
    r"|/(?:user|users|u|usr|profile|profiles|member|members|people|seller|sellers|utente|utenti|"
    r"profilo)(?=/)|(?=/@))"
    r"/@?[\w%.\-]{2,80}(?:[/?#][^\s<>\"']{0,200})?",
    re.IGNORECASE,
)
# A listing of someone's home, to rent or to sell ("airbnb.ie/rooms/80271635",
# "vrbo.com/1234567", "idealista.it/immobile/3301", "rightmove.co.uk/properties/14423"), or a
# pin dropped on a map by its coordinates ("google.com/maps/@45.46,9.18,17z",
# "maps.google.com/?q=45.46,9.18"): where someone lives, as an address is.
HOME_URL = re.compile(
    r"(?<![\w@./])(?:https?://)?(?:[a-z0-9\-]{1,30}\.)?"
    r"(?:airbnb\.[a-z.]{2,6}/(?:rooms|h)/[\w\-]+|vrbo\.com/\d{4,}|abritel\.fr/\S*?\d{5,}"
    r"|homeaway\.[a-z.]{2,6}/\S*?\d{5,}|holidaylettings\.co\.uk/\S*?\d{5,}"
    r"|idealista\.(?:it|com|pt)/(?:immobile|inmueble|imovel)/\d+|immobiliare\.it/annunci/\d+"
    r"|casa\.it/immobili/\d+|rightmove\.co\.uk/properties/\d+|zoopla\.co\.uk/\S*?details/\d+"
    r"|daft\.ie/\S*?\d{6,}|google\.[a-z.]{2,6}/maps/\S*?@-?\d{1,3}\.\d{3,}"
    r"|google\.[a-z.]{2,6}/maps\?\S*?q=-?\d{1,3}\.\d{3,}"
    r"|google\.[a-z.]{2,6}/maps/(?:place|search|dir)/\S*?-?\d{1,3}\.\d{3,}"
    r"|maps\.google\.[a-z.]{2,6}/\S*?q=-?\d{1,3}\.\d{3,}"
    # round 25: any map's search for a street and its number ("maps.example.com/?q=via+Belfiore+
    # 12+Torino", "maps.apple.com/?address=Baker+St+221b"); not a landmark ("?q=Colosseo")
    r"|(?:maps\.[a-z0-9\-]{2,30}(?:\.[a-z]{2,6}){1,2}|[a-z0-9\-]{2,30}(?:\.[a-z]{2,6}){1,2}/maps)"
    r"(?:/[^\s?]{0,60})?\?(?:[^\s=&]{1,20}=[^\s&]{0,80}&){0,4}"
    r"(?:q|query|address|daddr|destination|search)=[^\s&]{0,60}?[a-z][+ ,%]+\d{1,4}[a-z]?"
    r"(?:[+ ,%&]|$))"
    r"[^\s<>\"']{0,200}",
    re.IGNORECASE,
)
# A handle named by its platform, without the @: it holds a digit, "_" or "." ("ig: anna_v93",
# "instagram come anna.verdi"), so that ordinary words after the platform are not taken.
HANDLE_LABELLED = re.compile(
    r"(?<![\w@])(?:ig|insta|instagram|tiktok|tg|telegram|twitter|snap|snapchat|threads|fb|"
    # gaming and chat platforms and a bare user name ("discord is wolf_88", "username: kate.b1")
    r"discord|twitch|reddit|steam|psn|xbox|gamertag|skype|bluesky|mastodon|username|user\sname|"
    r"nickname|nick)"
    r"(?:\s?[:=]\s?|\s(?:come|as|is|è|e|:)\s|\s)"
    r"(?![a-z]+\s)(?=[a-z0-9_.]*[a-z])([a-z0-9](?=[a-z0-9_.]*[\d_.][a-z0-9])[a-z0-9_.]{1,29})(?![\w@])",
    re.IGNORECASE,
)
# The platforms a handle is named with, and the forms chats name it by: "ig: giuliapedala",
# "su insta sono lucia.bakes", "sono pietro_pesca su ig", "my handle is kira.draws", "follow
# sam.climbs on instagram", "mi trovi su tiktok come danzadilia". A bare word must be no
# everyday word (see ``find_handles``).
_PLATFORMS = (
    r"(?:ig|insta|instagram|tiktok|tik\stok|tg|telegram|twitter|x|threads|snap|snapchat|twitch|"
    r"youtube|yt|fb|facebook|discord|reddit|bluesky|bsky|mastodon|pinterest|vsco|strava|"
    # the chat apps (session 11)
    r"wechat|weixin|kakao|kakaotalk|skype|threema|viber|signal|github|steam|messenger|zalo)"
)
# round 38: the second-hand marketplaces, whose shop names are a person's ("her vinted is
# vale.vintage99"), and the words that give a user name ("she goes by x", "il suo soprannome
# x", "gli utenti windows sono x", "mi trovate come x")
_MARKETPLACES = ("vinted", "depop", "etsy", "ebay", "wallapop", "poshmark")
_USER_NAME_CUES = ("goes by", "go by", "soprannome", "nomignolo", "trovate", "trovi", "utenti")
_HANDLE_TOKEN = r"@?(?P<h>[a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])?)(?![\w@]|\.[a-z0-9])"  # noqa: S105
HANDLE_CUED = (
    # "ig: giuliapedala", "tiktok = danzadilia", "insta -> x"
    re.compile(
        r"(?i:(?<![\w@])(?:ig|insta|instagram|tiktok|threads|snap|snapchat|twitch|twitter|"
        r"telegram|youtube|bluesky|handle|username|user\sname|nickname|nick)\s?(?:[:=]|->)\s?)"
        + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    # "su insta sono x", "on tiktok i'm x", "mi trovi su ig come x", "su ig mi chiamo x"
    re.compile(
        rf"(?<![\w@])(?:su|on|in)\s(?:{_PLATFORMS})\s(?:sono|mi\schiamo|mi\strovi\scome|"
        rf"i'?m|i\sam|it'?s|è|e'|as|come)\s" + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    # "sono x su ig", "i'm x on tiktok", "trovami come x su insta", "follow x on instagram"
    re.compile(
        r"(?<![\w@])(?:sono|i'?m|i\sam|come|as|follow(?:\sme)?|follow\sher|follow\shim|"
        r"seguimi|seguici|seguite(?:ci|mi)?|segui|cercami|cercate(?:mi|ci)?|search|tag|tagga|"
        r"taggami|taggate(?:mi|ci)?)\s" + _HANDLE_TOKEN + rf"\s(?:su|on)\s(?:{_PLATFORMS})(?!\w)",
        re.IGNORECASE,
    ),
    # round 21: a user name after the Italian and gamers' nouns for it, with or without a colon
    # ("nome utente rossimario80", "utente emma_galli_2001", "gamertag xbox: LeoniMarta")
    re.compile(
        rf"(?<![\w@])(?:nome\sutente|id\sutente|utente|gamertag|gamer\stag|psn\sid|xbox\slive)"
        rf"(?:\s(?:xbox|psn|steam|playstation|{_PLATFORMS})(?![\w]))?\s?(?P<sep>[:=]|è|e')?\s?"
        + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    # round 28: a long word of small letters right after "su/on/only" and a platform ("only
    # tiktok hopeandwaves", "faccio ricette su tiktok lollocucinapovera (62k)"); an everyday
    # word there is dropped by ``find_handles`` ("su tiktok ieri", "on insta stories")
    re.compile(
        r"(?<![\w@])(?i:only|solo|anche|also|just|pure|su|on)\s(?i:tiktok|tik\stok|insta|ig|"
        r"instagram|threads|snap|snapchat|twitch|youtube|yt)\s(?=[a-z0-9_.]{6,30}(?![\w@]))"
        + _HANDLE_TOKEN
    ),
    # round 35: a user name right after its noun, no colon ("username boardgamebex"); a
    # platform's name after a possessive ("my discord ghostdragan", "il mio psn è x"); any
    # id then its platform ("jaylifts on twitch", "mikeb0rg on bgg"). An everyday word there
    # is dropped by ``find_handles`` ("live on twitch", "my discord server")
    re.compile(
        # ("my username there is BigTom", "she goes by funmibee")
        r"(?<![\w@])(?:(?:username|user\sname|nickname|nick|soprannome|nomignolo)\s"
        r"(?:(?:there|here|lì|li)\s)?"
        r"(?:is\s|è\s)?|(?:goes|go|going)\sby\s)" + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    # round 38: the users of an office's computers listed ("gli utenti windows sono rfabbri e
    # pamela.t", "the logins are jsmith, mrossi")
    re.compile(
        r"(?<![\w@])(?:utenti|users|logins|accounts)(?:\s[a-z0-9]{2,12}){0,2}\s(?:sono|are|:)\s"
        + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    # "user" alone, a user name's shape only ("user olu.learns.italiano", not "user è admin"):
    # the "sep" group never takes part
    re.compile(
        r"(?<![\w@])user\s(?P<sep>(?!x)x)?" + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![\w@])(?:my|her|his|their|il\smio|il\ssuo|mio|suo)\s(?:{_PLATFORMS}|psn|xbox|bgg|"
        # (round 37: "my tele is ...", Telegram's short name)
        r"epic|riot|roblox|minecraft|tele|"
        + "|".join(_MARKETPLACES)
        + r")\s(?:is\s|è\s|e'\s)?"
        + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w@#/.\-])"
        + _HANDLE_TOKEN
        + rf"\s(?:su|on)\s(?P<app>{_PLATFORMS}|psn|"
        + _ID_SITES
        + r")(?![\w\-]|\.[a-z])",
        re.IGNORECASE,
    ),
    # "my handle is x", "il mio profilo ig è x", "her insta is x", "my username: x"
    re.compile(
        r"(?<![\w@])(?:my|her|his|our|their|il\smio|il\ssuo|il\snostro|la\smia)\s"
        rf"(?:(?:{_PLATFORMS})\s)?(?:handle|username|user\sname|account|profilo|profile|nick|"
        rf"nickname|insta|ig|tiktok|canale|channel)(?:\s(?:{_PLATFORMS}))?"
        r"\s?(?:is|è|e'|:|=)\s?" + _HANDLE_TOKEN,
        re.IGNORECASE,
    ),
)
# an account's or a profile's noun: the word after it may be its state ("è bloccato", "is
# private"), never an inflected word as its name
_STATE_CUE = re.compile(r"(?i:account|profil|profile|canale|channel)")
# a platform or an account's noun as a word: only then are the forms above looked for
_USER_SHAPE = re.compile(r"[a-zA-Z](?:_|\d|\.[a-zA-Z0-9])|[a-z][A-Z]")
_HANDLE_CUE_HINT = re.compile(
    rf"(?<![\w])(?:{_PLATFORMS}|handle|username|user\sname|user|nickname|nick|account|profilo|"
    r"profile|canale|channel|utente|gamertag|gamer\stag|psn|xbox|tele|users|logins|"
    + "|".join(cue.replace(" ", r"\s") for cue in (*_USER_NAME_CUES, *_MARKETPLACES))
    + "|"
    + _ID_SITES
    + r")(?![\w])",
    re.IGNORECASE,
)
# "@ anna.verdi": a handle typed with a space after the "@", holding a dot, an underscore or
# a digit beside its letters (never "2 @ 5€", "@ 10:30", "meet @ the station").
_DOMAIN_END = re.compile(rf"\.(?:{_TLDS}|{_MORE_TLDS})$", re.IGNORECASE)
HANDLE_SPACED = re.compile(
    r"(?<![\w@])@\s(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[._\d])"
    r"([a-z_][a-z0-9_.]{1,28}[a-z0-9_])(?![\w@]|\.[a-z0-9])",
    re.IGNORECASE,
)
_PLATFORM_HINTS = (
    *_ID_SITE_NAMES,
    "ig",
    "insta",
    "tiktok",
    "tg",
    "tele",
    "twitter",
    "snap",
    "threads",
    "fb",
    "discord",
    "twitch",
    "reddit",
    "steam",
    "psn",
    "xbox",
    "gamertag",
    "utente",
    "skype",
    "bluesky",
    "mastodon",
    "user",
    "nick",
    "handle",
    "youtube",
    "account",
    "profil",
    "strava",
    "pinterest",
    "vsco",
    "bsky",
    "facebook",
    "wechat",
    "weixin",
    "kakao",
    "threema",
    "viber",
    "signal",
    "github",
    "messenger",
    "zalo",
    # round 38
    *_MARKETPLACES,
    *_USER_NAME_CUES,
    "logins",
    "whatsapp",
    "airbnb",
)
HANDLE = re.compile(r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@])", re.IGNORECASE)
# Round 36: a Cash App $cashtag ("my cashapp is $tyreseM"): a "$" and a name with a small
# letter in it; never a price ("$25") nor a ticker or currency in capitals ("$AAPL", "$USD")
CASHTAG = re.compile(r"(?<![\w$])\$(?=[A-Za-z0-9_-]*[a-z])[A-Za-z][A-Za-z0-9_-]{2,19}(?![\w$-])")


# Session 11 (round 15): the user ids of every chat app after its cue, and user names written
# without the "@" that no word can be.
# Chat and social apps whose name is no everyday word: "wechat id kai_wu88", "viber: marek_n",
# "my discord is fox_9", "kakaotalk id minjipark93".
_CHAT_APPS = (
    r"wechat|we\schat|weixin|kakao|kakaotalk|kakao\stalk|skype|discord|snapchat|snap|threema|"
    r"viber|telegram|tg|tiktok|tik\stok|twitch|github|gitlab|reddit|mastodon|bluesky|bsky|"
    r"instagram|insta|ig|messenger|facebook|fb|twitter|threads|psn|xbox\slive|xbox|gamertag|"
    r"roblox|"
    r"minecraft|epic\sgames|epic|battlenet|battle\.net|riot|whatsapp|wa|zalo|qq|icq|matrix|element|session|"
    r"wire|kik|teams|slack|pinterest|vsco|strava|youtube|yt|tumblr|linkedin|onlyfans|vinted|"
    r"depop|ebay|paypal|revolut|satispay|venmo|cashapp|signal|line|steam|"
    # the gaming platforms and games whose in-game name is a player's (session 11, round 16):
    # "ign vicky_v0id", "epic games AyaanRL_07", "ubisoft connect: x", "valorant Nome#EUW"
    r"ign|in\sgame\sname|in-game\sname|gamer\stag|battletag|battle\stag|blizzard|playstation|"
    r"ubisoft\sconnect|ubisoft|uplay|ea|origin|nintendo|fortnite|valorant|"
    r"lol|league|kick|activision|pubg|garena|lichess|faceit|osu|rockstar"
)
# the apps whose name is also an everyday word ("line", "signal", "steam", "session", "wire",
# "teams", "element", "matrix", "epic", "riot", "snap", "wa"): only with an account's noun or
# a colon after them ("line id: yuki.t7", "signal username fede.01", "steam: falco97")
_AMBIGUOUS_APPS_TEXT = """
    line signal steam session wire teams element matrix epic riot snap wa slack kik qq icq
    ebay vinted depop paypal revolut venmo ea origin lol league kick blizzard osu rockstar
"""
_AMBIGUOUS_APPS = frozenset(_AMBIGUOUS_APPS_TEXT.split())
_ACCOUNT_NOUN_NO_ACCOUNT = r"id|user\s?id|user\s?name|username|user|nick|nickname|handle|utente"
_ACCOUNT_NOUN = _ACCOUNT_NOUN_NO_ACCOUNT + r"|account"
# the nouns of a player's name after a platform ("psn name x", "riot tag x", "xbox gamertag x")
_APP_NOUN = _ACCOUNT_NOUN + r"|name|nome|tag|gamertag|gamer\stag|ign|profile|profilo"
# a user id: letters with digits, "_", "." or "-" between, a Discord tag, a Threema id (eight
# capitals and digits), a Skype "live:" id
_CHAT_ID = (
    r"(?P<id>live:[\w.\-]{3,40}|(?=[A-Z0-9]{0,7}[A-Z])(?=[A-Z0-9]{0,7}\d)[A-Z0-9]{8}(?![\w])|"
    r"@?[a-z0-9](?=[a-z0-9_.\-]*[a-z])[a-z0-9_.\-]{1,30}[a-z0-9_](?:#\d{4,6}|#[a-z][a-z0-9]{1,4})?)"
    r"(?![\w@/#]|\.[a-z0-9])"
)
CHAT_ID = re.compile(
    rf"(?<![\w@.])(?P<app>{_CHAT_APPS})(?P<noun>\s(?:{_APP_NOUN}))?"
    r"(?P<sep>\s?[:=]\s?|\s?->\s?|\s(?:is|è|e'|é|:|=|come|as)\s|\s)" + _CHAT_ID,
    re.IGNORECASE,
)
# "il mio nick è x", "my user id is x", "username: x", "cercami come x", "mi trovi come x",
# "add me on discord: x", "aggiungimi su line, x"
CHAT_ID_CUED = re.compile(
    r"(?<![\w@.])(?:(?:il\smio|il\ssuo|my|his|her|their|our|mio|tuo|your)\s"
    # an "account" only of a named app ("my account IE12 ...", "my account paypal.me/x" are
    # no user names)
    rf"(?:(?:(?:{_CHAT_APPS})\s)?(?:{_ACCOUNT_NOUN_NO_ACCOUNT})|(?:{_CHAT_APPS})\saccount)"
    rf"(?:\s(?:su|on|di|in)\s(?:{_CHAT_APPS}))?"
    r"\s?(?:is|è|e'|é|:|=)?|(?:user\s?name|username|user|nick|nickname|utente|handle)\s?[:=]"
    # round 31: a new or old one, the name right after ("oppure il nuovo user nicozan")
    r"|(?:il\s(?:mio\s)?nuovo|il\svecchio|mio\snuovo|my\snew|my\sold|the\snew|the\sold)\s"
    r"(?:user\s?name|username|user|nick|nickname|utente|handle|gamertag)"
    r"|(?:mi\strovi|mi\strovate|trovami|trovatemi|cercami|cercatemi|find\sme|search\sme|"
    r"search\sfor\sme|look\sme\sup)"
    rf"(?:\s(?:su|on)\s(?:{_CHAT_APPS}))?\s(?:come|as|sotto|under|:)"
    # round 38: a forum's name before ("su vespaforum mi trovate come pxman77")
    r"|(?:su|on)\s[a-z0-9.\-]{3,30}\s(?:mi\strovi|mi\strovate|find\sme|you'll\sfind\sme)"
    r"\s(?:come|as)"
    # and the name a site's users see ("guests see me as MikeD_ATX on airbnb")
    r"|(?:see|know|find)\sme\sas"
    rf"|(?:add\sme|aggiungimi|aggiungetemi|addami|scrivimi|message\sme|dm\sme|text\sme)"
    rf"\s(?:su|on)\s(?:{_CHAT_APPS})(?:\s(?:come|as|at|:))?\s?[:,]?"
    r")\s" + _CHAT_ID,
    re.IGNORECASE,
)
# The words of a message, in one pass: only a message holding an app's name, an account's
# noun, a cue or a self cue is looked at further (no regex over every position).
_WORDS = re.compile(r"[a-zà-ÿ]+")
_CHAT_APP_WORDS = frozenset(
    re.split(r"\\[s.]", alternative)[0] for alternative in _CHAT_APPS.split("|")
) - {"we", "tik", "battle", "in"} | {"tok", "battlenet", "game", "gamer"}
_CUE_WORDS_TEXT = """
    id user userid username nick nickname handle account utente trovi trovami cercami cercatemi
    find search look add aggiungimi aggiungetemi addami scrivimi message dm text
    trovate trovatemi see know
"""
_CUE_WORDS = frozenset(_CUE_WORDS_TEXT.split())
_SENTENCE_WORDS_TEXT = """
    wechat weixin kakao kakaotalk skype discord snapchat threema viber telegram tiktok twitch
    github reddit mastodon bluesky instagram insta ig messenger facebook twitter whatsapp zalo
    roblox nick nickname username gamertag ign psn xbox battletag battlenet minecraft fortnite
    valorant ubisoft uplay playstation steam epic riot
"""
_SENTENCE_WORDS = frozenset(_SENTENCE_WORDS_TEXT.split())
_SELF_WORDS = frozenset(["sono", "son", "i", "im", "this", "it", "qui", "chiamo"])
# the generic accounts of every system ("il mio user è admin")
_GENERIC_USERS_TEXT = """
    admin administrator root guest ospite user utente test demo default anonymous anonimo
    public pubblico private privato personal personale business
"""
_GENERIC_USERS = frozenset(_GENERIC_USERS_TEXT.split())
# letters in both cases with "_" between pieces ("LeoTheLion_2017", "Night_Owl_77")
_NETWORK_END = re.compile(r"(?i)_(?:\d(?:\.\d)?g(?:hz)?|guest|ext|wifi|wi-fi|home|plus)$")
_TAGGED_OR_MIXED = re.compile(
    r"(?<![\w@.#/\-])(?:[A-Za-z][A-Za-z0-9_.]{1,20}#[A-Za-z0-9]{2,6}"
    r"|[A-Za-z][A-Za-z0-9]{1,20}(?:_[A-Za-z0-9]{1,20}){1,3})(?![\w@#\-]|\.\w)"
)
_MIXED_USER = re.compile(
    r"(?<![\w@.#/\-])[A-Za-z][A-Za-z0-9]{1,20}(?:_[A-Za-z0-9]{1,20}){1,3}(?![\w@\-]|\.\w)"
)
# small letters (two at least on each side) joined by "_", digits after them allowed
# (round 36: with one-letter words between, "giuse_e_bobo")
_SNAKE_USER = re.compile(
    r"(?<![\w@.#/\-])[a-z]{2,}[a-z0-9]*(?:_[a-z0-9]+)*?(?:_[a-z0-9]*[a-z]{2,}[a-z0-9]*)+_?"
    r"(?![\w@\-]|\.\w)"
)
# Round 29: a user name that opens or ends with "_" ("serenapg_", "_lucab", "__nina__"), and
# the "è"/"is" it is told after
_EDGE_USER = re.compile(
    r"(?<![\w@.#/\-])(?:_+[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9]_*"
    r"|[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9]_+)(?![\w@\-]|\.\w)"
)
_IS_BEFORE = re.compile(r"(?<![\w'’])(?i:è|e'|é|is|it'?s|sono|son|i'?m|era|was)[ \t]*:?[ \t]*$")
# a user name no word can be, written without the "@": lower-case letters with "_" or "."
# between them and digits or letters, or letters then digits ("matteo_f9", "giuli.rossi92",
# "ventoblu88"), after "sono", "I'm" or in a sentence that names a chat app
_USER_NAME = re.compile(
    r"(?<![\w@.#/\-])(?=[a-z][a-z0-9_.]{0,29}(?:[_\d]|\.[a-z0-9]))"
    r"(?P<id>[a-z](?:[a-z0-9]|[_.](?=[a-z0-9_])|_){2,29})(?![\w@\-/]|\.[a-z0-9])"
)
# a letter then "_", a digit or a dot and a letter or digit: a user name may be in the text
_SHAPE_HINT = re.compile(r"[a-z](?:_|\d|\.[a-z0-9])")
_SELF_CUE_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:sono|son|io\ssono|i'?m|i\sam|it'?s\sme|this\sis|qui|mi\schiamo)"
    r"(?:\s(?:su|on)\s\w+)?)\s$"
)
_CHAT_SENTENCE = re.compile(
    r"(?i:(?<![\w])(?:wechat|weixin|kakao\w*|skype|discord|snapchat|threema|viber|telegram|"
    r"tiktok|twitch|github|reddit|mastodon|bluesky|instagram|insta|ig|messenger|facebook|"
    r"twitter|whatsapp|zalo|roblox|nick|nickname|username|gamertag|ign|psn|xbox|battletag|"
    r"battlenet|minecraft|fortnite|valorant|ubisoft|uplay|playstation|steam|epic|riot)(?![\w]))"
)
# codes, files and models that look like user names: the word before names them
_CODE_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:ordine|order|ord|codice|code|cod|coupon|sconto|promo|voucher|tracking|"
    r"track|spedizione|sku|art|articolo|ref|rif|riferimento|reference|pratica|ticket|modello|"
    r"model|versione|version|file|allegato|password|pw|pwd|pin|wifi|wi-fi|rete|network|ssid|"
    r"seriale|serial|lotto|batch|targa|volo|flight|treno|train|camera|stanza|room|tavolo|table|"
    r"sala|posto|seat|n|nr|no|num|numero|number|#)\.?(?:\s(?:è|e'|is|was|era))?\s?[:=]?\s?)$"
)
_FILE_END = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|heic|webp|docx?|xlsx?|pptx?|zip|rar|txt|csv|mp[34]|mov|avi|"
    r"exe|apk|html?|php|js|py|json|xml|svg)$",
    re.IGNORECASE,
)
# a Reddit user ("u/quietmaple", "/u/pasta_22"), a Mastodon account ("@lena@fosstodon.org"),
# a Bluesky handle ("giulia.bsky.social")
REDDIT_USER = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_\-]{3,20}(?![\w\-])")
FEDIVERSE = re.compile(
    r"(?<![\w@.])@[a-z0-9_.]{1,30}@(?:[a-z0-9\-]{1,63}\.){1,3}[a-z]{2,18}(?![\w\-])", re.IGNORECASE
)
BLUESKY = re.compile(
    r"(?<![\w@./\-])@?[a-z0-9][a-z0-9\-.]{1,60}\.bsky\.social(?![\w\-])", re.IGNORECASE
)


# an IBAN's opening, a file, a domain: no user name
_NOT_A_USER = re.compile(
    rf"^[A-Z]{{2}}\d{{2}}|\.(?:pdf|jpe?g|png|docx?|xlsx?|zip|txt|csv|{_TLDS}|{_MORE_TLDS})$"
)
# the abbreviations written with a dot ("p.iva", "sig.ra", "dott.ssa", "p.zza", "spett.le")
_DOTTED_ABBREVIATION = re.compile(
    r"^(?:p\.iva|c\.f|c\.so|v\.le|v\.lo|l\.go|p\.[zl]z?a|str\.da|loc|fraz|avv|ing|arch|geom|"
    r"rag|dott|prof|sig|gent|egr|spett|ill|ecc|rif|tel|cell|fax|pag|art|cod|num|n|nr|ca|es|"
    r"ad\.es|e\.g|i\.e|a\.k\.a|etc|s\.r\.l|s\.p\.a|s\.n\.c|s\.a\.s)(?:\.|$)"
)


def _user_name_shape(value: str) -> bool:
    """Whether a lower-case token cannot be a word: letters with "_" or "." and more letters
    or digits, or at least three letters then digits ("kai_wu", "giuli.rossi92", "volpe88");
    no file, domain or dotted abbreviation ("foto_1.jpg", "p.iva", "sig.ra")."""
    value = value.lower()
    if _FILE_END.search(value) or _DOMAIN_END.search(value):
        return False
    if _DOTTED_ABBREVIATION.match(value):
        return False
    letters = re.findall(r"[a-z]+", value)
    if not letters or max(len(part) for part in letters) < 3:
        return False
    if "_" in value or "." in value:
        return True
    return bool(re.fullmatch(r"[a-z]{3,}\d{1,4}|[a-z]{3,}\d{1,4}[a-z]{1,12}\d{0,4}", value))


_SURNAME_AFTER_ID = re.compile(r"[ \t][A-ZÀ-Ý][a-zà-ÿ'’]{1,20}(?![\w@.])")


def _with_surname(text: str, start: int, value: str) -> str:
    """Round 31: a profile's name of two words, the capitalised word after a capitalised id
    ("lo trovi su fb come Gianni Rossetti")."""
    surname = _SURNAME_AFTER_ID.match(text, start + len(value))
    return value + surname.group(0) if surname is not None else value


def _chat_ids(
    text: str,
    allowed: frozenset[str],
    taken: list[tuple[int, int]],
    occupied: Sequence[tuple[int, int]] = (),
) -> Iterable[Detection]:
    """The user ids of chat apps after their cue and the user names no word can be (see
    ``CHAT_ID``, ``CHAT_ID_CUED``, ``_USER_NAME``)."""
    lowered = text.lower()
    words = set(_WORDS.findall(lowered))
    apps, cues = words & _CHAT_APP_WORDS, words & _CUE_WORDS
    if "battle.net" in lowered:
        apps = apps | {"battlenet"}
        words = words | {"battlenet"}
    shaped = _SHAPE_HINT.search(text) is not None
    if not (
        apps
        or cues
        or shaped
        or "@" in text
        or "u/" in text
        or "bsky" in lowered
        or "#" in text
        or "SW-" in text
        or "code" in lowered
        or "(" in text
        or text.count("-") >= 2
        or "xX" in text
        or "_" in text
        or any(hint in lowered for hint in _GAMER_HINTS)
    ):
        return

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in (*taken, *occupied))

    def emit(start: int, value: str, recognizer: str) -> Iterable[Detection]:
        value = value.rstrip(".-")
        if value.startswith("@"):
            start, value = start + 1, value[1:]
        if value.isalpha() and value[:1].isupper() and value[1:].islower():
            value = _with_surname(text, start, value)
        end = start + len(value)
        compact = re.sub(r"[_.\-]", "", value.lower())
        if len(value) < 3 or compact in allowed or not free(start, end):
            return
        taken.append((start, end))
        yield Detection(start, end, "HANDLE", recognizer, 0.85)

    patterns = (
        (FEDIVERSE, text.count("@") >= 2),
        (BLUESKY, "bsky" in lowered),
        (REDDIT_USER, "u/" in text),
    )
    for pattern, hinted in patterns:
        for match in pattern.finditer(text) if hinted else ():
            yield from emit(match.start(), match.group(0), "handle-app")
    starts = _app_starts(lowered, apps) if apps else []
    for match in _matches_at(CHAT_ID, text, starts):
        app = match.group("app").lower()
        value = match.group("id")
        if (
            app in _AMBIGUOUS_APPS
            and not (match.group("noun") or ":" in match.group("sep"))
            # a player's tag no word can be ("epic AyaanRL_07", "kick Nando_TV", "riot Kai#EUW")
            and not _strong_id(value)
        ):
            continue
        core = value.lstrip("@").split("#")[0].replace("-", "_")
        if _NOT_A_USER.search(core):
            continue
        if not (
            _user_name_shape(core)
            or value.startswith(("live:", "@"))
            or (value.isupper() and len(value) == 8)
            or "#" in value
        ):
            continue
        yield from emit(match.start("id"), value, "handle-app")
    for match in CHAT_ID_CUED.finditer(text) if cues else ():
        from privacy.recognizers.names import load_lexicon

        lexicon = load_lexicon()
        value = match.group("id").rstrip(".-")
        bare = value.lstrip("@")
        if (
            _NOT_A_USER.search(bare)
            or bare.isdigit()
            or (
                bare.isalpha()
                and (
                    # "il mio account è bloccato": an account's state, not its name
                    "account" in match.group(0).lower()
                    or len(bare) < 4
                    or bare.lower() in _GENERIC_USERS
                    or lexicon.is_common(bare)
                    or lexicon.is_word(bare)
                )
            )
        ):
            continue
        yield from emit(match.start("id"), value, "handle-cued")
    yield from _player_ids(text, words, starts, emit)
    platform = bool(words & _SENTENCE_WORDS)
    if platform and "_" in text:
        # a player's or user's id no word or code can be, anywhere in a sentence that names a
        # platform ("su PlayStation lui è LeoTheLion_2017", "on Xbox I'm Night_Owl_77")
        for match in _MIXED_USER.finditer(text):
            start = match.start()
            if _strong_id(match.group(0)) and not _CODE_BEFORE.search(
                text[max(0, start - 30) : start]
            ):
                yield from emit(start, match.group(0), "handle-shape")
    if "_" in text:
        # round 28: words of small letters joined by "_" ("leoo_bianchi", "la_casa_di_ema"),
        # anywhere: no prose nor code is written so ("DSC_4471", a Wi-Fi's "Casa_Guest" keep
        # their capitals or digits)
        for match in _SNAKE_USER.finditer(text):
            start = match.start()
            if not _CODE_BEFORE.search(
                text[max(0, start - 30) : start]
            ) and not _CODE_WORD_START.match(match.group(0)):
                yield from emit(start, match.group(0), "handle-shape")
        # round 29: a user name with "_" at its edge, told after "è"/"is" ("Sì, è serenapg_",
        # "yes it's _marta.b"): no word is written so (markdown's "_molto_" holds a word)
        from privacy.recognizers.names import load_lexicon

        for match in _EDGE_USER.finditer(text):
            start = match.start()
            core = match.group(0).strip("_.")
            if _IS_BEFORE.search(text, max(0, start - 12), start) and not (
                load_lexicon().is_word(core.lower()) or _CODE_WORD_START.match(core)
            ):
                yield from emit(start, match.group(0), "handle-shape")
    if "#" in text or "_" in text:
        # round 32: an id no word or code can be, also without a platform named: a player's tag
        # ("arjunm#4471", "wei#EUW77") or capitals and digits with "_" ("TommiXD_2014"); not a
        # code in capitals ("DSC_4471", "IMG_2034") nor after a code's noun
        from privacy.recognizers.names import load_lexicon

        for match in _TAGGED_OR_MIXED.finditer(text):
            token, start = match.group(0), match.start()
            if not any(c.islower() for c in token) or not _strong_id(token):
                continue
            if "#" not in token and not (
                re.search(r"[a-z][A-Z]", token) and re.search(r"\d", token)
            ):
                continue
            if _NETWORK_END.search(token):
                continue  # a Wi-Fi network ("BriccoViole_5G", "Casa_Guest")
            left, _, tag = token.partition("#")
            if tag.isdigit() and load_lexicon().is_word(left.lower()):
                continue  # a thing's number ("issue#4521", "bug#12")
            if _CODE_BEFORE.search(text[max(0, start - 30) : start]) or _CODE_WORD_START.match(
                token.replace("#", "")
            ):
                continue  # "ordine#4471", "ticket#12345"
            yield from emit(start, token, "handle-shape")
    if not shaped or not (platform or words & _SELF_WORDS):
        return
    for match in _USER_NAME.finditer(text):
        value = match.group("id").rstrip(".")
        start = match.start("id")
        if not _user_name_shape(value):
            continue
        before = text[max(0, start - 30) : start]
        if _CODE_BEFORE.search(before):
            continue
        cued = _SELF_CUE_BEFORE.search(before) is not None
        if not cued:
            if not platform:
                continue
            near = _CHAT_SENTENCE.search(text, max(0, start - 120), min(len(text), start + 80))
            # digits alone after letters ("iphone15", "estate24") only beside a "_" or "."
            if near is None or not ("_" in value or "." in value or _is_name_glued(value)):
                continue
        yield from emit(start, value, "handle-shape")


def _strong_id(value: str) -> bool:
    """Whether a token is a user id no word or code can be: a "_" between letters, a tag
    ("Kai#1234", "Kai#EUW") or capitals inside small letters with digits ("NandoTheWall92")."""
    core = value.lstrip("@")
    if "#" in core:
        return core.split("#")[0][:1].isalpha()
    if re.search(r"[A-Za-z]{2}_|_[A-Za-z]{2}", core):
        return True
    return bool(re.search(r"[a-z][A-Z]", core) and re.search(r"\d", core))


# Session 11 (round 16): the ids of players and users the chats write without a platform's
# cue right before them.
# "danbaker99 on steam", "(kira_v on discord)", "sono KaiTheWolf su twitch": an id, then its app
_ID_ON_APP = re.compile(
    r"(?<![\w@.#/\-])(?P<id>@?[A-Za-z][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_](?:#[A-Za-z0-9]{2,6})?)"
    rf"\s(?:su|on|sur|auf)\s(?P<app>{_CHAT_APPS})(?![\w\-]|\.[a-z])",
    re.IGNORECASE,
)
# the apps whose name is a word after "on"/"su": no app there ("on line", "su session")
_NOT_APP_AFTER_ON = frozenset(
    [
        "line",
        "session",
        "wire",
        "element",
        "matrix",
        "teams",
        "slack",
        "wa",
        "origin",
        "league",
        "kick",
        "lol",
        "ea",
        "osu",
        "epic",
        "riot",
        "rockstar",
        "blizzard",
        "signal",
    ]
)
# "Xu Mei (xumei_eats)", "Dan Baker (@danb on steam)", "2) Lin Qiao - linqiao_art": an id in
# brackets or after a dash beside a capitalised name
_ID_BESIDE_NAME = re.compile(
    r"(?P<name>(?<![\w@.])[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s[A-ZÀ-Ý][a-zà-ÿ'’]+){0,2})"
    r"(?:\s?\(\s?|\s[-–]\s|:\s)(?P<id>@?[A-Za-z][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])"
    r"(?=\s?\)|\s(?:on|su)\s|,|\s*$)",
    re.MULTILINE,
)
# a line that is a list of user names ("matte_k4, ale.frag, giuse_0") or one user name alone
_ID_LINE = re.compile(r"[ \t]*(?:[-•*]\s|\d{1,2}[).]\s?)?(?P<ids>[^\n]{3,200}?)[ \t]*")
_ID_LINE_HINT = re.compile(r"[a-zA-Z](?:_|\d|\.[a-z0-9])")
_ON_BEFORE_APP = frozenset([" on ", " su ", " sur ", " auf "])
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|\s\+\s|\s&\s|\s(?:e|and|y|et|und)\s)\s*")
_LIST_ITEM = re.compile(r"@?[A-Za-z][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_]")
# a code word an id-like token opens with ("ordine_22", "ref_b7", "file_03"): no user name
_CODE_WORD_START = re.compile(
    r"(?i:ord(?:ine|er)?|cod(?:ice|e)?|ref|rif|ticket|file|img|foto|photo|doc|scan|invoice|fattura|"
    r"model|modello|lotto|batch|sku|art|promo|coupon|voucher|room|stanza|tavolo|table|seat|"
    r"posto|test|demo|tmp|temp|draft|bozza|backup|v\d)[_.\-]?[a-z]?\d"
)
# a Battle.net or Riot tag, also one whose name holds spaces after its cue ("Kai#21874",
# "riot id: Big Lemon#EUW"); a Nintendo friend code ("SW-1234-5678-9012", "friend code
# 1234-5678-9012")
GAME_TAG = re.compile(
    r"(?<![\w#/@&])(?P<id>[A-Za-z][A-Za-z0-9_.]{1,15}#(?:\d{4,6}|[A-Za-z][A-Za-z0-9]{1,4}))(?![\w#])"
)
RIOT_SPACED_TAG = re.compile(
    r"(?i:(?:riot|valorant|lol|league\sof\slegends|battletag|battle\.net|tag)(?:\s(?:id|tag|name))?"
    r"\s?(?:[:=]|is|è|e')?\s)(?P<id>[A-Za-z0-9][A-Za-z0-9_.]{0,15}(?:\s[A-Za-z0-9_.]{1,15}){1,2}"
    r"#[A-Za-z0-9]{2,6})(?![\w#])"
)
FRIEND_CODE = re.compile(
    r"(?:(?<![\w\-])(?P<sw>SW-)|(?<![\w])(?i:friend\s?code|codice(?:\samico)?|code|fc|3ds|switch|"
    r"nintendo)(?:\sis|\sè)?\s?[:=]?\s?)(?P<id>\d{4}-\d{4}-\d{4})(?![\w\-])"
)
# Round 27. A gamer's tag framed by "xX ... Xx" ("xX_DaveM92_Xx", "xXTommyStellaXx"), and the
# name one goes by in a game after its cue ("in game sono Kaos_99", "il mio nome della play è
# ...", "gamertag: ..."): a player's id
GAMER_FRAME = re.compile(r"(?<![\w@#/])(?:xX|Xx)[A-Za-z0-9_\-.]{2,25}?(?:Xx|xX)(?![\w])")
_GAMES = (
    r"play|ps[345]|psn|playstation|xbox|switch|steam|fortnite|minecraft|roblox|warzone|fifa|"
    r"valorant|apex|brawl[ \t]stars|clash[ \t]royale|cod|lol|league"
)
_GAMER_CUE = re.compile(
    r"(?i:in[ \t\-]?game|gamer[ \t\-]?tag|(?<![\w])gt|(?:nome|nick|nickname|id|username)"
    rf"[ \t]+(?:della|sulla|su|on|in|di)[ \t]+(?:{_GAMES})"
    # round 27: "il nick in game di mio figlio è ...", "su fortnite sono ...", "su roblox è ..."
    r"|(?:nick|nickname|username)(?:[ \t]+in[ \t\-]?game)?(?:[ \t]+(?:di|of)[ \t]+"
    r"(?:mio|mia|my|his|her)[ \t]+[a-zà-ÿ]{3,10})?"
    # round 28: a pronoun between ("on xbox he is ...", "su play lui è ...")
    rf"|(?:su|on|in)[ \t]+(?:{_GAMES})(?=[ \t]+(?:(?:he|she|lui|lei)[ \t]+)?"
    r"(?:sono|è|e'|is|i'm|I'm)))"
    r"(?:[ \t]+(?:he|she|lui|lei)(?=[ \t]+(?:è|e'|is)))?"
    r"(?:[ \t]+(?:sono|è|e'|is|I'm|i'm|mi[ \t]+chiamo))?[ \t]*[:=]?[ \t]*"
    r"(?P<id>[A-Za-z][A-Za-z0-9_.\-]{2,30}[A-Za-z0-9_])(?![\w@])"
)
# a player's id before "su/on" + a game ("io sono ErGladiatore_RM su play"), a Steam friend
# code ("steam friend code 84920137")
_ID_ON_GAME = re.compile(
    r"(?<![\w@])(?P<id>[A-Za-z][A-Za-z0-9_.\-]{2,30}[A-Za-z0-9_])[ \t]+(?i:su|on)[ \t]+"
    rf"(?i:{_GAMES})(?![\w])"
)
_STEAM_CODE = re.compile(
    r"(?i:steam)[ \t]+(?i:friend[ \t]+)?(?i:code|id)[ \t]*:?[ \t]*(?P<id>\d{8,10})(?![\w])"
)
_GAMER_HINTS = (
    "game", "gt", "nick", "username", "play", "ps4", "ps5", "psn", "xbox", "switch", "steam",
    "fortnite", "minecraft", "roblox", "warzone", "fifa", "valorant", "apex", "brawl", "clash",
    "cod", "lol", "league",
)  # fmt: skip
_GAME_TAG_CODE_NAMES_TEXT = """
    ordine order ord ticket issue pr room stanza tavolo table n nr no num numero number fattura
    invoice rif ref pratica sku art lotto batch
"""
_GAME_TAG_CODE_NAMES = frozenset(_GAME_TAG_CODE_NAMES_TEXT.split())
# letters of both cases inside a word, or a word then digits ("TommyLvrn", "Kaos99")
_MIXED_CASE_ID = re.compile(r"[a-z][A-Z]|[A-Za-z]\d")


def _app_starts(lowered: str, apps: set[str]) -> list[int]:
    """Where the apps' names (``apps``: words of the message) and the names of two words
    begin in ``lowered``, in order."""
    starts: set[int] = set()
    for needle in (*apps, *_TWO_WORD_APPS):
        at = lowered.find(needle)
        while at != -1:
            starts.add(at)
            at = lowered.find(needle, at + 1)
    return sorted(starts)


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int]
) -> Iterable[re.Match[str]]:
    """The matches of ``pattern`` that begin at one of ``starts``, none overlapping (as
    ``finditer`` would find them, without trying every position)."""
    end = -1
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            end = match.end()
            yield match


# the apps named by two words whose first word is no app's ("tik tok", "battle.net")
_TWO_WORD_APPS = ("we chat", "tik tok", "in game", "in-game", "battle.net", "battle tag")


def _player_ids(
    text: str,
    words: set[str],
    starts: Sequence[int],
    emit: Callable[[int, str, str], Iterable[Detection]],
) -> Iterable[Detection]:
    """The ids of players and users without a cue right before them (see ``_ID_ON_APP``,
    ``_ID_BESIDE_NAME``, ``_ID_LINE``, ``GAME_TAG``, ``FRIEND_CODE``)."""
    from privacy.recognizers.names import load_lexicon

    def user_like(value: str, strict: bool = False) -> bool:
        core = value.lstrip("@")
        if _NOT_A_USER.search(core) or _CODE_WORD_START.match(core):
            return False
        if _strong_id(core):
            return True
        low = core.lower()
        if not _user_name_shape(low):
            return False
        if "_" in low or ("." in low and not strict):
            return True
        # letters then digits that open with a name ("giulia92"), not a word with a dot
        # ("Mario.Rossi" alone is a name, "mario.rossi" a mailbox's part)
        return any(ch.isdigit() for ch in low) and _is_name_glued(re.sub(r"[^a-z0-9]", "", low))

    if "xX" in text or "Xx" in text:
        for match in GAMER_FRAME.finditer(text):
            yield from emit(match.start(), match.group(0), "handle-app")
    lowered = text.lower()
    if any(hint in lowered for hint in _GAMER_HINTS):
        for pattern in (_GAMER_CUE, _ID_ON_GAME):
            for match in pattern.finditer(text):
                value = match.group("id")
                if user_like(value) or _MIXED_CASE_ID.search(value):
                    yield from emit(match.start("id"), value, "handle-app")
        for match in _STEAM_CODE.finditer(text):
            yield from emit(match.start("id"), match.group("id"), "handle-app")
    if "#" in text:
        for match in RIOT_SPACED_TAG.finditer(text):
            yield from emit(match.start("id"), match.group("id"), "handle-app")
        app_named = bool(words & _CHAT_APP_WORDS or words & {"tag", "battletag", "id"})
        for match in GAME_TAG.finditer(text) if app_named else ():
            name = match.group("id").split("#")[0].lower()
            if name in _GAME_TAG_CODE_NAMES:
                continue
            yield from emit(match.start("id"), match.group("id"), "handle-app")
    if "-" in text:
        for match in FRIEND_CODE.finditer(text):
            start = match.start("sw") if match.group("sw") else match.start("id")
            yield from emit(start, text[start : match.end("id")], "handle-app")
    for start in starts:
        # an app right after "on" / "su": the id before it
        before = text[max(0, start - 5) : start].lower()
        if before not in _ON_BEFORE_APP and before[1:] not in _ON_BEFORE_APP:
            continue
        on_app = _ID_ON_APP.search(text, max(0, start - 45), start + 40)
        if on_app is None or on_app.group("app").lower() in _NOT_APP_AFTER_ON:
            continue
        value = on_app.group("id")
        if _CODE_BEFORE.search(text[max(0, on_app.start() - 30) : on_app.start()]):
            continue
        if user_like(value):
            yield from emit(on_app.start("id"), value, "handle-app")
    lexicon = load_lexicon()
    if "(" in text or " - " in text or " – " in text or ": " in text:
        for match in _ID_BESIDE_NAME.finditer(text):
            value = match.group("id")
            between = text[match.end("name") : match.start("id")]
            # "Orario: lun.ven" is no one's id: after a colon only beside a full name
            if ":" in between and " " not in match.group("name"):
                continue
            name_parts = [p.lower() for p in match.group("name").split() if len(p) >= 3]
            compact = re.sub(r"[^a-z0-9]", "", value.lower())
            if (
                not user_like(value)
                # a bare word that holds the name ("Dan Baker (danbaker)")
                and not (
                    compact.isalpha()
                    and any(part in compact and part != compact for part in name_parts)
                    and not lexicon.is_word(compact)
                )
            ):
                continue
            yield from emit(match.start("id"), value, "handle-shape")
    if not any(c in text for c in "_.0123456789"):
        return
    offset = 0
    for raw in text.split("\n"):
        base, offset = offset, offset + len(raw) + 1
        # a list of names: few spaces beside its separators
        if raw.count(" ") > 2 * raw.count(",") + 4 or not _ID_LINE_HINT.search(raw):
            continue
        listed = _ID_LINE.fullmatch(raw)
        if listed is None:
            continue
        items = [item for item in _LIST_SPLIT.split(listed.group("ids")) if item]
        if not items or not all(_LIST_ITEM.fullmatch(item) for item in items):
            continue
        ids = [item for item in items if user_like(item, strict=len(items) == 1)]
        # one id alone on its line, or a list where most items are ids
        if not ids or (len(items) > 1 and len(ids) * 2 < len(items)):
            continue
        base += listed.start("ids")
        line = listed.group("ids")
        cursor = 0
        for item in items:
            at = line.index(item, cursor)
            cursor = at + len(item)
            if item in ids:
                yield from emit(base + at, item, "handle-shape")


def _is_name_glued(value: str) -> bool:
    """Whether letters then digits open with a first name or a surname ("giulia92",
    "rossimarco7"): a user name, not a model ("iphone15")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    letters = re.match(r"[a-z]+", value)
    if not letters:
        return False
    word = letters.group(0)
    return _glued_full_name(word, lexicon) or any(
        lexicon.is_first(word[:cut].title()) or lexicon.is_surname(word[:cut].title())
        for cut in range(len(word), 3, -1)
    )


# A house number then a CAP after a street ("Via Manzoni, 164 - 95689 Palermo") is not a phone.
_HOUSE_THEN_CAP = re.compile(r"\d{1,4}[a-zA-Z]?\s?-\s?\d{5}")
_STREET_BEFORE = re.compile(rf"(?<![\w])(?i:{STREET_TYPE})\s?[^\n\d]{{1,40}}$")


def _trimmed_url(text: str, match: re.Match[str], recognizer: str, score: float) -> Detection:
    """A URL detection of ``match`` without the sentence's punctuation after it."""
    end = match.end()
    while end > match.start() and text[end - 1] in ".,;:!?)]}":
        end -= 1
    return Detection(match.start(), end, "URL", recognizer, score)


def _holds_business(label: str, allowed: frozenset[str]) -> bool:
    """Whether a host label is the business's own name or holds it ("casaverde-shop")."""
    return label in allowed or any(len(a) >= 5 and a in label for a in allowed)


def _valid_ip(value: str) -> bool:
    """Whether ``value`` is an IPv4 address: four dotted groups that are not all below 256
    ("081.775.30.82") are a phone number written with dots."""
    if not IPV4.fullmatch(value):
        return False
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def load_phone_metadata() -> None:
    """Load ``phonenumbers``' metadata of the regions of ``PHONE_REGIONS``' calling codes, and
    compile their number patterns (by validating each region's example numbers): the library
    does both on the first number it meets of a region."""
    kinds = [v for k, v in vars(phonenumbers.PhoneNumberType).items() if k.isupper()]
    for code in {phonenumbers.country_code_for_region(region) for region in PHONE_REGIONS}:
        for region in phonenumbers.region_codes_for_country_code(code):
            for kind in kinds:
                example = phonenumbers.example_number_for_type(region, kind)
                if example is not None:
                    phonenumbers.is_valid_number(example)


def _phone_ok(candidate: str, before: str) -> bool:
    if _HOUSE_THEN_CAP.fullmatch(candidate) and _STREET_BEFORE.search(before):
        return False
    core = re.split(r"\s?(?:x|ext\.?|int\.?)\s?\d", candidate, flags=re.IGNORECASE)[0]
    digits = sum(char.isdigit() for char in core)
    if not 8 <= digits <= 15 or _valid_ip(core):
        return False
    if _DATE_LIKE.match(core.strip()):
        return False
    named = _NOT_PHONE_CONTEXT.search(before[-20:])
    if named:
        # "contact no. 087 ...", "cellulare n. 347 ...": a bare "number" after a phone word
        cue = named.group(0).strip(" :.").lower()
        head = before[: len(before) - len(named.group(0))][-16:]
        # an Italian mobile's ten digits after a bare "nr"/"n." ("sono Chiara, nr 320 118
        # 5446"): no order or ticket word named it, and no code has that shape
        mobile = _IT_MOBILE.fullmatch(re.sub(r"\D", "", core)) is not None
        if not (cue in _BARE_NUMBER_CUES and (mobile or _PHONE_CONTEXT.search(head))):
            return False
    prefixed = core.startswith(("+", "00"))
    context = bool(_PHONE_CONTEXT.search(before[-40:]))
    if _YEAR_FIRST.match(core) and not context:
        return False
    for region in PHONE_REGIONS:
        try:
            parsed = phonenumbers.parse(core, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return True
        if (prefixed or context) and phonenumbers.is_possible_number(parsed):
            return True
    compact = re.sub(r"\D", "", core)
    grouped = bool(re.search(r"[ ()\-./]", core.strip()))
    return (prefixed or context or grouped) and 9 <= len(compact) <= 13


_PHONE_LIST_SEPARATOR = re.compile(r"\s[/\-–]\s")


# The nine digits of a postal item's code written in groups between its two pairs of capitals
# ("RR 482 113 905 IT", "CP 123 456 789 DE"): a tracking code (UPU S10), not a phone.
# Only the S10 shape: a service letter (R registered, C parcel, E express, L, U, V) and a
# letter, nine digits in threes, a country; no phone cue before ("TEL: IT 345 678 912 OK").
_S10_LEFT = re.compile(r"(?<![\w])[RCELUV][A-Z]\s?$")
_S10_RIGHT = re.compile(
    r"\s?(?:IT|GB|DE|FR|ES|US|NL|BE|CH|AT|IE|PT|PL|CN|JP|CA|AU|SE|DK|NO|FI|GR|CZ|HU|RO|SK|SI|HR|BG|"
    r"LT|LV|EE|LU|MT|CY|HK|SG|KR|IN|BR|MX|TR|IL|ZA|NZ|AE|SM|VA|MC)(?![\w])"
)
_S10_DIGITS = re.compile(r"\d{3}\s?\d{3}\s?\d{3}")


def _s10_digits(text: str, start: int, end: int) -> bool:
    return (
        _S10_DIGITS.fullmatch(text[start:end]) is not None
        and _S10_LEFT.search(text, max(0, start - 3), start) is not None
        and _S10_RIGHT.match(text, end) is not None
        and not _PHONE_CONTEXT.search(text, max(0, start - 40), start)
    )


# The digits of a longer code that goes on after them, glued to letters ("CP 4418 2290 71AU").
_CODE_GOES_ON = re.compile(r"\s\d{1,4}[A-Z]{2,3}(?![\w])")
_CODE_OPENS = re.compile(r"(?<![\w])[A-Z]{2,3}\s$")


# The numeric codice fiscale of a body that is no person nor firm (an association, a parish, a
# foundation: eleven digits opening with 8 or 9) after its label ("Parrocchia di San Rocco, CF
# 91022310378"): no phone, and nobody's personal code.
_BODY_FISCAL_CODE = re.compile(r"[89]\d{10}")
_FISCAL_LABEL_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:c\.\s?f\.?|cf|cod\.?\s?fisc\.?|codice\s+fiscale))\s?[:.]?\s?$"
)


_ZIP_PLUS_FOUR = re.compile(r"\d{5}-\d{4}")
_STATE_BEFORE = re.compile(r"(?<![\w])[A-Z]{2}\s$")


def _find_phones(text: str) -> Iterable[Detection]:
    for match in PHONE_CANDIDATE.finditer(text):
        value = match.group(0)
        start, end = match.start(), match.end()
        stripped = value.rstrip(" -./(")
        end -= len(value) - len(stripped)
        if _s10_digits(text, start, end):
            continue
        if _BODY_FISCAL_CODE.fullmatch(stripped) and _FISCAL_LABEL_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue
        if _CODE_GOES_ON.match(text, end) and _CODE_OPENS.search(text, max(0, start - 4), start):
            continue  # a code in capitals, digits, capitals: no phone
        if _ZIP_PLUS_FOUR.fullmatch(stripped) and _STATE_BEFORE.search(
            text, max(0, start - 4), start
        ):
            continue  # a US state and its ZIP+4 ("Dayton, OH 45402-1234"): the address's
        if stripped.startswith("(") and ")" not in stripped:
            stripped = stripped[1:]
            start += 1
        if _phone_ok(stripped, text[max(0, start - 40) : start]):
            yield Detection(start, end, "PHONE_NUMBER", "phone", 0.85)
        elif _PHONE_LIST_SEPARATOR.search(stripped):
            # two numbers in a row ("347 661 20 84 / 051 644 12 90"): each on its own
            at = start
            for part in _PHONE_LIST_SEPARATOR.split(stripped):
                begin = text.index(part, at)
                # the last number may run past the candidate's length limit
                whole = PHONE_CANDIDATE.match(text, begin)
                if whole:
                    part = _PHONE_LIST_SEPARATOR.split(whole.group(0))[0].rstrip(" -./(")
                at = begin + len(part)
                if _phone_ok(part, text[max(0, begin - 40) : begin]):
                    yield Detection(begin, at, "PHONE_NUMBER", "phone", 0.85)
    for match in PHONE_LABELLED.finditer(text):
        value = match.group(1).rstrip(" -./(")
        if _phone_ok(value, "tel "):
            start = match.start(1)
            yield Detection(start, start + len(value), "PHONE_NUMBER", "phone-labelled", 0.85)
    if " " in text:
        for match in SPLIT_PHONE.finditer(text):
            digits = match.group(1) + match.group(2)
            try:
                number = phonenumbers.parse(digits, "IT")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                yield Detection(match.start(), match.end(), "PHONE_NUMBER", "phone-split", 0.8)


# Round 21: an Italian number dictated in two parts with words between ("il 338 e poi 1234567",
# "prefisso 347 numero 7654321", "0521, poi 774411"): a mobile's or an area's prefix, then the
# rest; a phone only when the digits joined make a valid Italian number.
SPLIT_PHONE = re.compile(
    r"(?<![\w+.,/\-])(3\d{2}|0\d{1,3}),?\s(?:(?:e\s)?(?:poi|dopo|then)|e|and|numero|num\.?|n\.|"
    r"nr\.?|segue|resto)\s(?:(?:il|the)\s)?(\d{5,8})(?![\w.,/\-]\d|\w)"
    # no amount or measure after it ("350 e 1200000 euro")
    r"(?!\s?(?:€|\$|£|euro|eur|usd|gbp|km|kg|cm|mm|mq|m2|punti|points|pezzi|pz|copie|volte))",
    re.IGNORECASE,
)


# Digits in words, as voice-to-text writes a dictated number ("tre tre nove quattro due ...",
# "oh seven seven double oh ..."): Italian and English, "double"/"triple"/"doppio" repeating
# the next digit.
_DIGIT_WORDS = {
    "zero": "0",
    "uno": "1",
    "due": "2",
    "tre": "3",
    "quattro": "4",
    "cinque": "5",
    "sei": "6",
    "sette": "7",
    "otto": "8",
    "nove": "9",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEAT_WORDS = {"double": 2, "doppio": 2, "triple": 3, "triplo": 3}
_DIGIT_WORD = "|".join(sorted([*_DIGIT_WORDS, *_REPEAT_WORDS], key=len, reverse=True))
# A run of at least seven digit words (a plus or "più" may open it), separated by spaces, commas
# or hyphens; at most twenty.
SPELLED_PHONE = re.compile(
    rf"(?<![\w])(?:(?:\+|(?i:più|plus)\s)\s?)?(?:(?i:{_DIGIT_WORD})|\d{{1,4}})"
    rf"(?:(?:,?\s|-)(?:(?i:{_DIGIT_WORD})|\d{{1,4}})){{3,19}}(?![\w])"
)
_SPELLED_HINTS = ("zero", "uno", "due", "tre", "sei", "sette", "otto", "nove", "one", "two")


def _spelled_digits(value: str) -> str:
    digits: list[str] = []
    repeat = 1
    for word in re.findall(r"[^\W\d_]+|\d+", value.lower()):
        if word.isdigit():
            digits.append(word)
            repeat = 1
        elif word in _REPEAT_WORDS:
            repeat = _REPEAT_WORDS[word]
        elif word in _DIGIT_WORDS:
            digits.append(_DIGIT_WORDS[word] * repeat)
            repeat = 1
    return "".join(digits)


# Round 29. A number broken over two lines, as phones' keyboards and copy-paste do ("chiamami al
# 347 218\n5590", "+39 351\n447 2290"): read with the line break as a space (the same length,
# so the offsets hold); only what spans the break is new.
# (round 37: also after a dash, "(555) 123-\n4567")
_BREAK_IN_NUMBER = re.compile(r"(?:(?<=\d)|(?<=\d[-.]))[ \t]*\n[ \t]*(?=[\d(])")


def _phones_across_lines(text: str) -> Iterable[Detection]:
    joined = _BREAK_IN_NUMBER.sub(lambda m: " " * len(m.group()), text)
    if joined == text:
        return
    for detection in _find_phones(joined):
        if "\n" in text[detection.start : detection.end]:
            yield detection


def _find_spelled_phones(text: str) -> Iterable[Detection]:
    """A phone number dictated in digit words ("chiamami al tre tre nove quattro due uno otto
    otto sette cinque"): at least eight digits that ``phonenumbers`` accepts as a number, or a
    possible one after a phone cue; a plus spelled before it counts ("più tre nove ...")."""
    for match in SPELLED_PHONE.finditer(text):
        value = match.group(0)
        digits = _spelled_digits(value)
        # at least four digits in words: mixed ("347 uno due tre quattro cinque sei sette");
        # three, then digits, after a phone cue ("il numero è tre quattro otto 22 61 590")
        spelled = len(re.findall(r"[^\W\d_]+", value))
        if not 8 <= len(digits) <= 15 or spelled < 3:
            continue
        if spelled == 3 and not (
            len(digits) >= 9
            and any(map(str.isdigit, value))
            and _PHONE_CONTEXT.search(text, max(0, match.start() - 40), match.start())
        ):
            continue
        # counting aloud ("one two three four ..."), not a number
        if all(abs(int(a) - int(b)) == 1 for a, b in pairwise(digits)):
            continue
        prefixed = value[:1] == "+" or value[:4].lower() in ("più ", "plus")
        number = ("+" if prefixed else "") + digits
        if _phone_ok(number, text[max(0, match.start() - 40) : match.start()]):
            yield Detection(match.start(), match.end(), "PHONE_NUMBER", "phone-spelled", 0.85)


# A link whose query names its person ("...?n=wbaker", "&email=anna%40mail.it", "?nome=giulia"):
# the parameter's value holds letters.
_PERSON_QUERY = re.compile(
    r"[?&]((?i:n|name|nome|cognome|surname|fullname|full_name|first_?name|last_?name|customer|"
    r"cliente|client|user|username|utente|u|email|e-mail|mail|phone|tel|telefono|cell|"
    r"recipient|destinatario|to|for|per|"
    # who referred, invited or sent the link ("?ref=jmoore", "&invitedby=giulia.b", "?from=
    # lrossi"): a referral link is one person's
    r"ref|referrer|referral|refer|referred_?by|invite|invited_?by|inviter|sender|from|by|"
    r"affiliate|aff|sponsor|promoter|shared_?by|contact|"
    # who wrote a review or a post, whose profile or page it is (round 19)
    r"author|reviewer|member|profile|owner|seller|host|guest))=([^&#\s]{2,80})"
)
_MAIL_KEYS = frozenset({"email", "e-mail", "mail"})
_PHONE_KEYS = frozenset({"phone", "tel", "telefono", "cell"})
# Keys that also carry other things ("?to=carrello", "?for=kids", "?n=2"): only with a name.
_GENERIC_KEYS = frozenset(
    {"n", "u", "to", "for", "per"}
    # a referral's source is also a channel or a page ("?ref=newsletter", "?from=homepage",
    # "?aff=summer24"): only with a name
    | {"ref", "referrer", "referral", "refer", "from", "by", "aff", "affiliate", "sponsor"}
    | {"invite", "promoter", "contact"}
)


def _names_in_query(url: str) -> bool:
    """Whether a query parameter of ``url`` holds a person's name, e-mail or phone: a first
    name or a surname (also after an initial, "wbaker"), or for a name's key a word no
    dictionary knows ("?cliente=fenzolli"); not an everyday word ("?user=guest")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for match in _PERSON_QUERY.finditer(url):
        key, value = match.group(1).lower(), match.group(2)
        if key in _MAIL_KEYS:
            if "@" in value or "%40" in value.lower():
                return True
            continue
        if key in _PHONE_KEYS:
            if sum(char.isdigit() for char in value) >= 7:
                return True
            continue
        for token in re.findall(r"[^\W\d_]{3,}", value.replace("%20", " ")):
            title = token.title()
            named = (
                lexicon.is_first(title)
                or lexicon.is_surname(title)
                or (len(token) >= 5 and lexicon.is_surname(token[1:].title()))
            )
            if named and not lexicon.is_word(token):
                return True
            if key not in _GENERIC_KEYS and len(token) >= 4 and not lexicon.is_word(token):
                return True
    return False


_ANY_URL = re.compile(r"(?<![\w@./])(?:https?://|www\.)[^\s<>\"']{4,300}", re.IGNORECASE)


# Which links single a person out (the policy, for a compliance officer):
# - personal: a link that carries a token or an id bound to one person or one private deal: a
#   payment, share or invite link with an opaque token ("pay.example.it/l/7QpX2m",
#   "photos.app.goo.gl/tH4nVqE8rZk2"), a query whose token key holds a random code
#   ("?token=a8F3k2", "?invite=Q7x2P9"), a referral that names someone ("?ref=jmoore"), the
#   listing of a private seller on a classifieds site ("subito.it/.../monete-561204733.htm",
#   "vinted.it/items/4417730"), a second-hand item's page that ends in its id ("/shop/passeggino-
#   usato-1187"), besides the profile, home and named links above;
# - not personal: a business's home page, a category or product page, an order reference the
#   business itself gives ("/paga/ORD-3391", an upper-case code), a help or form page: these
#   look-alikes stay.
# An opaque token: six to forty letters and digits with lower-case, upper-case letters and a
# digit, as random identifiers are written (never a word, a slug or an order code).
_OPAQUE_TOKEN = re.compile(
    r"(?<![\w\-])(?=[A-Za-z0-9_\-]{0,39}[a-z])(?=[A-Za-z0-9_\-]{0,39}[A-Z])"
    r"(?=[A-Za-z0-9_\-]{0,39}\d)[A-Za-z0-9_\-]{6,40}(?![\w\-])"
)
# Query keys that hold a session's, a payment's or an invitation's secret code
_TOKEN_QUERY = re.compile(
    r"[?&](?i:token|tok|t|key|k|session|sid|code|invite|inv|pid|payment|pay|order_?key|hash|h|"
    r"sig|signature|auth|access|share|s)=([A-Za-z0-9_\-]{8,80})(?=[&#\s]|$)"
)
# Classifieds and second-hand marketplaces, where the seller is a private person: a listing's
# link with its id is that person's ad.
_CLASSIFIEDS = re.compile(
    r"(?i:(?:^|\.)(?:subito\.it|kijiji\.[a-z.]{2,6}|bakeca\.it|secondamano\.it|vinted\.[a-z.]{2,6}|"
    r"wallapop\.com|leboncoin\.fr|gumtree\.[a-z.]{2,6}|craigslist\.org|milanuncios\.com|"
    r"marktplaats\.nl|2dehands\.be|kleinanzeigen\.de|willhaben\.at|olx\.[a-z.]{2,6}|"
    r"donedeal\.ie|adverts\.ie|depop\.com|mercari\.com|poshmark\.com|tutti\.ch|anibis\.ch|"
    r"ebay\.[a-z.]{2,6}|autoscout24\.[a-z.]{2,6}|mobile\.de|automobile\.it|"
    r"trovit\.[a-z.]{2,6}|finn\.no|blocket\.se|dba\.dk|tori\.fi|jofogas\.hu|bazos\.[a-z]{2}))$"
)
_LISTING_PATH = re.compile(
    r"(?i:/(?:itm|item|items|listing|listings|products|p|v|a|ad|ads|annuncio|annunci|s-anzeige|"
    r"iad|anzeige)/[\w\-]{3,}|\d{6,})"
)
# A second-hand item's page: a slug with a used-goods word that ends in the item's id
_USED_ITEM = re.compile(
    r"(?i:(?:^|[/\-_])(?:usat[oaie]|seminuov[oaie]|used|second-?hand|pre-?loved|pre-?owned|"
    r"gebraucht|occasion|occasione|d-?occasion)[\-_][\w\-]{0,60}?\d{3,}(?:\.html?)?/?$|"
    r"[/\-_]\d{3,}[\-_](?:usat[oaie]|used|second-?hand)(?:\.html?)?/?$)"
)


# A platform's page of one member (round 19): a path word for a user, a member, an author, a
# profile, a freelancer, a wish list or a registry, then an id in the next segments
# ("booking.com/reviews/it/user/3f9a2b7c.html", "google.com/maps/contrib/1082345678901",
# "amazon.it/hz/wishlist/ls/3KQ2M8ZP1XY4", "upwork.com/freelancers/~01a2b3c4"): an id holds a
# digit and is no year, or is a "~" code.
_MEMBER_SEGMENTS_TEXT = """
user users u usr member members profile profiles people person author authors contrib
contributor contributors freelancer freelancers wishlist wishlists registry registries
reviewer reviewers utente utenti profilo membro membri autore autori
"""
_MEMBER_SEGMENTS = frozenset(_MEMBER_SEGMENTS_TEXT.split())
# the segments whose next one is a person's own name on a platform
_PEOPLE_SEGMENTS = frozenset({"people", "person", "user", "users", "member", "members", "utente"})
_MEMBER_ID = re.compile(r"~?[A-Za-z0-9_\-]{4,40}(?:\.html?)?")
# query keys of a member's id ("?userid=Jd8K2m", "&uid=88231", "?profile_id=4471")
_MEMBER_QUERY = re.compile(
    r"[?&](?i:userid|user_id|uid|memberid|member_id|member|profileid|profile_id|profile|"
    r"authorid|author_id|author|reviewerid|reviewer_id|reviewer|customerid|customer_id|"
    r"accountid|account_id|contributor|contrib|pwd|passcode|password|pass)=([^&#\s]{3,80})"
)
# A meeting room's link with its number or code ("zoom.us/j/81234567890?pwd=...",
# "meet.google.com/abc-defg-hij", "teams.microsoft.com/l/meetup-join/...", "webex.com/meet/x")
_MEETING = re.compile(
    r"(?i:(?:^|\.)zoom\.(?:us|com)/(?:j|w|s|wc|my|join)/|^meet\.google\.com/[a-z]{3,4}-[a-z]{4}-"
    r"[a-z]{3}|^teams\.(?:microsoft|live)\.com/(?:l/meetup-join|meet)/|(?:^|\.)webex\.com/"
    r"(?:meet|join)/|^meet\.jit\.si/|^whereby\.com/|^meet\.goto\.com/|^gotomeet\.me/)"
)
# Sites whose every page below the host is one person's: freelancers', scholars', couples'
# wedding and gift-list sites (round 19)
_PERSON_SITES = re.compile(
    r"(?i:(?:^|\.)(?:fiverr\.com|withjoy\.com|academia\.edu|myregistry\.com|babylist\.com|"
    r"minted\.com/wedding-websites|zola\.com/(?:registry|wedding|wedding-registry)|"
    r"theknot\.com/us|weddingwire\.[a-z.]{2,6}/web|wedsites\.com|appy\.pie|"
    r"upwork\.com/(?:freelancers|fl|o/profiles)|freelancer\.[a-z.]{2,6}/u|peopleperhour\.com/"
    r"freelancer|toptal\.com/resume|contra\.com|read\.cv|polywork\.com|"
    r"muckrack\.com|ratemyprofessors\.com/professor)/[^\s/?#]{3,})"
)
# Link shorteners: a slug that names someone is that person's link ("bit.ly/giulia-cv-2025",
# "tinyurl.com/fotomarcopieri")
_SHORTENERS = re.compile(
    r"(?i:^(?:bit\.ly|tinyurl\.com|t\.ly|cutt\.ly|ow\.ly|buff\.ly|is\.gd|rb\.gy|shorturl\.at|"
    r"rebrand\.ly|tiny\.cc|s\.id|short\.io|bl\.ink|lnkd\.in|goo\.gl|t\.co)$)"
)


def _slug_names_someone(slug: str) -> bool:
    """Whether a short link's slug holds a first name that is no word, or a full name glued
    inside a longer token ("giulia-cv-2025", "fotomarcopieri", "CV_DeclanRoss")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for token in re.split(r"[^A-Za-zÀ-ÿ]+|(?<=[a-z])(?=[A-Z])", slug):
        low = token.lower()
        if len(low) < 3:
            continue
        if low in lexicon.first_names and not lexicon.is_word(low):
            return True
        if len(low) >= 7 and _holds_first_name(low, lexicon) and not lexicon.is_word(low):
            return True
    return False


def _member_page(host: str, tail: str) -> bool:
    """Whether a link is a member's page on a platform (``_MEMBER_SEGMENTS``,
    ``_MEMBER_QUERY``), a meeting room (``_MEETING``), a person's page on a freelancers',
    scholars' or wedding site (``_PERSON_SITES``) or a short link naming someone."""
    path, _, query = tail.split("#", 1)[0].partition("?")
    segments = [segment for segment in path.split("/") if segment]
    for k, segment in enumerate(segments[:-1]):
        if segment.lower() not in _MEMBER_SEGMENTS:
            continue
        for step, following in enumerate(segments[k + 1 : k + 3]):
            # one short segment between ("/wishlist/ls/<id>")
            if step and len(segments[k + 1]) > 3:
                break
            if not _MEMBER_ID.fullmatch(following):
                continue
            core = following.split(".")[0].lstrip("~")
            if following.startswith("~") or (
                any(c.isdigit() for c in core) and not re.fullmatch(r"(?:19|20)\d\d", core)
            ):
                return True
            # round 26: or a member's name ("etsy.com/it/people/martinacuce")
            if not step and segment.lower() in _PEOPLE_SEGMENTS and _slug_names_someone(core):
                return True
    if query:
        for match in _MEMBER_QUERY.finditer("?" + query):
            if any(c.isdigit() for c in match.group(1)):
                return True
    both = host + "/" + tail
    if _MEETING.search(both) and (any(c.isdigit() for c in tail) or host == "meet.google.com"):
        return True
    if _PERSON_SITES.search(both):
        return True
    return bool(_SHORTENERS.match(host) and segments and _slug_names_someone(segments[0]))


def _personal_link(url: str) -> bool:
    """Whether a link singles out a person by its token, its referral, its private listing or
    its second-hand item (the policy above)."""
    rest = url.split("//", 1)[-1]
    host, _, tail = rest.partition("/")
    host = host.lower().split(":")[0]
    path = tail.split("?", 1)[0].split("#", 1)[0]
    if host.startswith("www."):
        host = host[4:]
    if _member_page(host, tail):
        return True
    if any(_OPAQUE_TOKEN.fullmatch(segment) for segment in path.split("/") if segment):
        return True
    if "?" in tail and _TOKEN_QUERY.search("?" + tail.split("?", 1)[1]):
        value = _TOKEN_QUERY.search("?" + tail.split("?", 1)[1])
        token = value.group(1) if value else ""
        if any(c.isdigit() for c in token) and any(c.isalpha() for c in token):
            return True
    if _CLASSIFIEDS.search(host) and _LISTING_PATH.search("/" + path):
        return True
    return bool(_USED_ITEM.search(path.rstrip(".,;:!?)")))


_BARE_LINK = re.compile(
    r"(?<![\w@./])(?:https?://|www\.|(?:[a-z0-9\-]{1,63}\.){1,3}(?:it|com|org|net|eu|ie|uk|de|fr|es|"
    r"nl|be|at|ch|pl|se|dk|no|fi|hu|shop|store|edu|ly|gd|gy|cc|us|io|me|co|in|id|cv)/)"
    r"[^\s<>\"']{2,300}",
    re.IGNORECASE,
)


def _find_cards(text: str) -> Iterable[Detection]:
    for match in CARD.finditer(text):
        value = match.group(0)
        if ("." in value or "/" in value) and (
            not _CARD_GROUPED.fullmatch(value)
            or _NOT_PHONE_CONTEXT.search(text[max(0, match.start() - 20) : match.start()])
        ):
            continue
        digits = re.sub(r"\D", "", value)
        if not (13 <= len(digits) <= 19 and luhn.is_valid(digits)):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if _CARD_CONTEXT.search(before) or (
            _issued(digits) and not _NOT_CARD_CONTEXT.search(before[-25:])
        ):
            yield Detection(match.start(), match.end(), "CREDIT_CARD", "card-luhn", 0.95)


# Issuer prefixes (IIN ranges) and the lengths they issue: Luhn alone passes one number in
# ten, and tracking and order numbers are long digit runs too.
_ISSUERS: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (2200, 2204, frozenset(range(16, 20))),  # Mir
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (300, 305, frozenset(range(14, 20))),  # Diners Club
    (3095, 3095, frozenset(range(14, 20))),
    (36, 36, frozenset(range(14, 20))),
    (38, 39, frozenset(range(14, 20))),
    (35, 35, frozenset(range(16, 20))),  # JCB (3528-3589; generators use all of 35)
    (2131, 2131, frozenset({15})),  # JCB (old 15-digit)
    (1800, 1800, frozenset({15})),
    (50, 50, frozenset(range(12, 20))),  # Maestro
    (56, 69, frozenset(range(12, 20))),  # Maestro, Discover, UnionPay, RuPay
)
_CARD_CONTEXT = re.compile(
    r"(?:carta|card|visa|master\s?card|amex|american express|maestro|bancomat|postepay|"
    r"credit|debit|credito|debito|prepagata)\b[^\n]{0,30}$",
    re.IGNORECASE,
)
# A long number named as a shipment, order or document is not a card.
_NOT_CARD_CONTEXT = re.compile(
    r"(?:ordine|order|ord\.|tracking|track|tracciamento|spedizion[ei]|shipment|pacco|parcel|"
    r"fattura|invoice|rif\.?|ref\.?|reference|riferimento|pratica|ticket|sku|lotto|batch|rma|"
    r"awb|lettera di vettura|waybill|codice|code|"
    rf"{_CARRIERS})\b[^\n\d]{{0,12}}$",
    re.IGNORECASE,
)


def _issued(digits: str) -> bool:
    """Whether ``digits`` starts with a card issuer's prefix and has one of its lengths."""
    if digits.startswith("0604"):  # Maestro UK
        return 12 <= len(digits) <= 19
    for low, high, lengths in _ISSUERS:
        size = len(str(low))
        if low <= int(digits[:size]) <= high and len(digits) in lengths:
            return True
    return False


def _find_ibans(text: str) -> Iterable[Detection]:
    for match in IBAN_SHAPE.finditer(text):
        compact = match.group(0)
        if len(compact) == IBAN_LENGTHS.get(compact[:2], 0) and not stdnum_iban.is_valid(compact):
            yield Detection(match.start(), match.end(), "IBAN_CODE", "iban-shape", 0.7)
        elif abs(len(compact) - IBAN_LENGTHS.get(compact[:2], -9)) == 1:
            yield Detection(match.start(), match.end(), "IBAN_CODE", "iban-shape", 0.6)
    for match in IBAN.finditer(text):
        value = match.group(0)
        for end in range(len(value), 14, -1):
            if value[end - 1] in " -":
                continue
            if end < len(value) and value[end].isalnum() and value[end - 1].isalnum():
                boundary_ok = value[end - 1].isdigit() != value[end].isdigit() or value[end] == " "
                if not boundary_ok:
                    continue
            compact = re.sub(r"[ \-]", "", value[:end]).upper()
            if stdnum_iban.is_valid(compact):
                yield Detection(match.start(), match.start() + end, "IBAN_CODE", "iban", 1.0)
                break


def _find_fiscal_codes(text: str) -> Iterable[Detection]:
    for match in FISCAL_CODE.finditer(text):
        valid = codicefiscale.is_valid(match.group(0).upper())
        yield Detection(
            match.start(), match.end(), "IT_FISCAL_CODE", "it-fiscal-code", 1.0 if valid else 0.7
        )
    for match in FISCAL_CODE_GROUPED.finditer(text):
        if codicefiscale.is_valid(match.group(0).replace(" ", "").upper()):
            yield Detection(match.start(), match.end(), "IT_FISCAL_CODE", "it-fiscal-grouped", 0.9)


# Invoicing anywhere in the message: a valid partita IVA there is one without its label ("La
# mia è 0..., regime forfettario, intestata a ..."): the number's checksum and its office code
# leave about one random 11-digit code in a hundred.
_INVOICE_CONTEXT = re.compile(
    r"(?<![\w])(?:fattur\w*|intestat[oaie]\w*|partita\s+iva|p\.?\s?iva|p\.i\.|regime\s+forfettario|"
    r"ragione\s+sociale|codice\s+(?:destinatario|univoco|sdi)|sdi|invoic\w*|vat|billing)(?![\w])",
    re.IGNORECASE,
)


def _find_vat(text: str) -> Iterable[Detection]:
    invoicing: bool | None = None
    for match in VAT.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if not iva.is_valid(digits):
            continue
        context = _VAT_CONTEXT.search(text[max(0, match.start() - 30) : match.start()])
        if not (context or match.group(0).upper().startswith("IT")):
            if invoicing is None:
                invoicing = _INVOICE_CONTEXT.search(text) is not None
            if not invoicing:
                continue
        yield Detection(match.start(), match.end(), "IT_VAT_CODE", "it-vat", 0.9)
    for match in VAT_GLUED.finditer(text):
        if iva.is_valid(match.group(1)):
            yield Detection(match.start(1), match.end(1), "IT_VAT_CODE", "it-vat", 0.9)
    for match in FOREIGN_VAT.finditer(text):
        if _foreign_vat(match.group(0)):
            yield Detection(match.start(), match.end(), "IT_VAT_CODE", "eu-vat", 0.9)


def _foreign_vat(value: str) -> bool:
    """A VAT number of another European country, by its checksum (python-stdnum): a sole
    trader's names them as the partita IVA does ("USt-IdNr. DE136695976", "VAT GB980780684")."""
    compact = re.sub(r"[\s.-]", "", value).upper()
    if compact.startswith("IT"):
        return False  # the Italian rule above decides, with its context
    if compact.startswith("GB"):
        return gb_vat.is_valid(compact)
    if compact.startswith("CHE"):
        return ch_uid.is_valid(re.sub(r"\s*(?:MWST|TVA|IVA)$", "", value.strip()))
    return eu_vat.is_valid(compact)


# a version number, no address ("firmware 1.0.0.3", "v4.2.1.0", "versione 2.0.0.1")
_VERSION_BEFORE = re.compile(
    r"(?<![\w'’])(?i:v|ver\.?|version|versione|firmware|fw|build|release|rel\.?|update|"
    r"aggiornamento|app|ios|android|windows)[ \t:]*$"
)


def _find_ips(text: str) -> Iterable[Detection]:
    for pattern in (IPV4, IPV6):
        for match in pattern.finditer(text):
            value = match.group(0)
            if pattern is IPV6 and value.count(":") < 2:
                continue
            if pattern is IPV4 and _VERSION_BEFORE.search(
                text, max(0, match.start() - 16), match.start()
            ):
                continue
            try:
                ipaddress.ip_address(value)
            except ValueError:
                continue
            yield Detection(match.start(), match.end(), "IP_ADDRESS", "ip", 0.95)


# "find us at booking.com", "I was at amazon.it": before a plain spelled-out "at", a word of
# prose (pronoun, verb, conjunction), not a mailbox.
_PLAIN_AT = re.compile(r"\s(?:at|chiocciola)\s", re.IGNORECASE)
_PROSE_BEFORE_AT_TEXT = """
    i me you he him she her it we us they them my your our their this that there here who
    and or but nor so then also only just even still now both all one
    is are was were be been being am do does did has have had get got can could will would
    shall should may might must look looking find found see seen saw shop shopping buy bought
    sell sold order ordered book booked pay paid stay stayed stop live lived work worked meet
    available online cheaper cheap price prices sale offer deal listed
    è e' e o a ma anche sono siamo sei era io tu lui lei noi voi loro ecco cioè qui lì li
    trovi trovate trovami cercami cerca cercate chiamo chiama chiamano scrivi scrivete
"""
_PROSE_BEFORE_AT = frozenset(_PROSE_BEFORE_AT_TEXT.split())
# "available at www.shop.com": a website after a spelled-out "at", not an e-mail.
_WEBSITE = re.compile(r"\s(?:at|chiocciola)\s+www(?:\.|\s?dot\s?|\s?punto\s?)", re.IGNORECASE)


# Bracketed "at" and a bracketed last "dot": any alphabetic TLD ("kev [at] kmail [dot] invalid").
EMAIL_BRACKETED = re.compile(
    rf"(?<![\w.@'’])({_LOCAL_LABEL}(?:{_DOT}{_LOCAL_LABEL}){{0,4}}{_BRACKET_AT}{_LABEL}(?:{_DOT}{_LABEL}){{0,3}}"
    rf"{_BRACKET_DOT}[a-z]{{2,18}})(?![\w/@])",
    re.IGNORECASE,
)


# With a real "@", any alphabetic TLD of a new kind ("studio.legal", "ciaran.photography").
EMAIL_ANY_TLD = re.compile(
    rf"(?<![\w.@'’])({_LOCAL_LABEL}(?:\.{_LOCAL_LABEL}){{0,4}}@{_LABEL}(?:\.{_LABEL}){{0,3}}"
    r"\.[a-z]{2,18})"
    r"(?![\w/@])",
    re.IGNORECASE,
)


# With a real "@" glued on both sides, a mailbox whose domain lacks or mistypes its TLD
# ("marta.v@gmail", "kev_88@hotmail", "anna@gmail.c0m").
EMAIL_BARE = re.compile(
    r"(?<![\w.@])((?=[\w%+\-.]*[^\W\d_])[\w%+\-](?:[\w%+\-.]{0,62}[\w%+\-])?@"
    r"[^\W\d_][\w\-]{1,62}"
    r"(?:\.[a-z0-9\-]{1,20}){0,3})(?![\w@]|\.[a-z0-9])",
    re.IGNORECASE,
)


# A spelled-out "at" as a word or between underscores ("anna_at_gmail.com").
_SPELLED_AT = re.compile(
    r"(?:\b|_)(?:at|chiocciola|chiocciolina|arobase|arrobase|arroba)(?:\b|_)|\(a\)|[\[(\{<]\s?snail",
    re.IGNORECASE,
)
# "her handle is @chioma.films. we're", "ig @giada.in": a space before the "@" only, after a
# word of prose or a platform's name, is a handle, not a mailbox written with a space.
_SPACE_BEFORE_AT = re.compile(r"\s@(?=\S)")
_HANDLE_CUE_TEXT = """
    ig insta instagram tiktok tg telegram twitter x threads snap snapchat twitch youtube yt fb
    facebook handle account profilo profile nick su on follow seguimi seguici seguite segui tag
    tagga taggami taggaci taggate come as by da di
"""
_HANDLE_CUE_WORDS = frozenset(_HANDLE_CUE_TEXT.split())


def _handle_not_mailbox(value: str) -> bool:
    """Whether an e-mail candidate with a space before its "@" only is a handle after a word
    ("my handle is @chioma.films. we", "ig @giada.in")."""
    at = _SPACE_BEFORE_AT.search(value)
    if not at or "@ " in value:
        return False
    local = value[: at.start()].strip().lower()
    domain = value[at.end() :]
    return (
        local in _PROSE_BEFORE_AT
        or local in _HANDLE_CUE_WORDS
        or bool(re.search(r"\.\s|\s\.", domain))
    )


# a word before "at" that is also a first name ("will", "may"): a mailbox when no subject or
# verb comes before it ("copy Will: will at example dot co dot uk"; not "we will at ...")
_NAME_WORDS_BEFORE_AT = frozenset(["will", "may", "june", "april", "bill", "mark", "grace"])
_WORD_BEFORE_LOCAL = re.compile(r"([a-z']+)\W*$")
_SUBJECT_BEFORE_NAME_TEXT = """
    i you he she it we they who that this there here and or but so then also only just even
    still can could would should might must shall do does did not never
"""
_SUBJECT_BEFORE_NAME = frozenset(_SUBJECT_BEFORE_NAME_TEXT.split())


def _name_as_mailbox(text: str, start: int, local: str) -> bool:
    """Whether ``local``, a word of prose before a spelled-out "at", is a first name as a
    mailbox's own part: no pronoun, conjunction or auxiliary right before it."""
    if local.lower() not in _NAME_WORDS_BEFORE_AT:
        return False
    before = _WORD_BEFORE_LOCAL.search(text[max(0, start - 30) : start].lower())
    return before is None or before.group(1) not in _SUBJECT_BEFORE_NAME


def _find_emails(text: str) -> Iterable[Detection]:
    """Every e-mail address, the business's own mailboxes too (policy since session 9: a
    mailbox at the business's domain, "segreteria@..." or "info@...", is redacted like any
    other; the business's name in the text stays, its mailbox does not)."""
    if "@" not in text and not _SPELLED_AT.search(text):
        yield from _provider_mailboxes(text, set())
        return
    seen: set[tuple[int, int]] = set()
    if "@" in text:
        for match in EMAIL_ANY_TLD.finditer(text):
            seen.add(match.span(1))
            yield Detection(match.start(1), match.end(1), "EMAIL_ADDRESS", "email", 1.0)
    for match in EMAIL.finditer(text):
        value = match.group(1)
        if match.span(1) in seen:
            continue
        if _SENTENCE_BREAK.search(value) and not _AT_SYMBOL.search(value):
            # a sentence's full stop is no dot: the mailbox before it, when whole ("bianca at
            # libero dot it. il mio cell" is no "...it.il")
            cut = _SENTENCE_BREAK.search(value)
            whole = EMAIL.fullmatch(value[: cut.start()]) if cut else None
            if whole is None or _SENTENCE_BREAK.search(whole.group(1)):
                continue
            value = whole.group(1)
        if _WEBSITE.search(value):
            continue
        plain_at = _PLAIN_AT.search(value)
        if (
            plain_at
            and value[: plain_at.start()].lower() in _PROSE_BEFORE_AT
            and not _name_as_mailbox(text, match.start(1), value[: plain_at.start()])
        ):
            continue
        if _handle_not_mailbox(value):
            continue
        span = (match.start(1), match.start(1) + len(value))
        seen.add(span)
        yield Detection(span[0], span[1], "EMAIL_ADDRESS", "email", 1.0)
    for match in EMAIL_BRACKETED.finditer(text) if _BRACKET_AT_HINT.search(text) else ():
        if any(a < match.end(1) and match.start(1) < b for a, b in seen):
            continue
        seen.add(match.span(1))
        yield Detection(match.start(1), match.end(1), "EMAIL_ADDRESS", "email", 0.95)
    if "@" in text:
        for match in EMAIL_BARE.finditer(text):
            overlaps = any(a < match.end(1) and match.start(1) < b for a, b in seen)
            if _coded_at(match.group(1)):
                continue
            if not overlaps:
                seen.add(match.span(1))
                yield Detection(match.start(1), match.end(1), "EMAIL_ADDRESS", "email", 0.9)
        for match in _SPACED_LETTERS.finditer(text):
            if "@" in match.group(0) and "." in match.group(0):
                yield Detection(match.start(), match.end(), "EMAIL_ADDRESS", "email-spaced", 0.9)
    yield from _provider_mailboxes(text, seen)


def _coded_at(value: str) -> bool:
    """Round 26: a product's code with an "@", no e-mail: no dot after the "@", no mailbox
    provider there, and a code before it or capitals after it ("CR-45@NERO", "FLR-22@oak";
    not "info@lunaria", "mario.rossi@gmail")."""
    local, domain = value.rsplit("@", 1)
    if "." in domain or _PROVIDER.fullmatch(domain):
        return False
    return domain.isupper() or re.fullmatch(r"[A-Za-z]{1,8}-\d{1,6}", local) is not None


# The big mailbox providers, named beside a mailbox with no domain written out ("jane.doe at
# outlook", "mario.rossi82 su gmail", "gmail: kev_88", "pippo.b (hotmail)").
_PROVIDERS = (
    r"gmail|googlemail|yahoo|ymail|outlook|hotmail|msn|icloud|aol|libero|virgilio|tiscali|"
    r"fastwebnet|inwind|katamail|protonmail|gmx|yandex"
)
_PROVIDER = re.compile(rf"(?<![\w.@])(?:{_PROVIDERS})(?![\w@]|\.[a-z])", re.IGNORECASE)
# a mailbox's own part: letters with a dot, an underscore or digits ("mario.rossi82", "kev_88")
_MAILBOX = re.compile(
    r"(?<![\w.@/\-])(?=[a-z0-9._]*[a-z]{2})(?:[a-z][a-z0-9]+(?:[._][a-z0-9]+)+|[a-z]{2,}\d{2,})"
    r"(?![\w@]|\.[a-z])",
    re.IGNORECASE,
)
_PROVIDER_WINDOW = 28
# round 37: the provider and its domain's ending after "at", written out with the mailbox
# ("luca_b at hotmail it", "luca.b at gmail punto com"): one address
_AT_PROVIDER = re.compile(
    rf"[ \t]+(?i:at|chiocciola|arroba)[ \t]+(?i:{_PROVIDERS})"
    r"(?:[ \t]*(?:\.|(?i:dot|punto))?[ \t]*(?i:com|it|net|org|fr|de|es|co\.uk|me))?(?![\w])"
)
# round 38: a mailbox whose dots are spoken, before "at" and its provider ("sara dot k at
# protonmail", "luca punto bianchi at gmail")
_SPOKEN_MAILBOX = re.compile(
    r"(?<![\w.@])[a-z][a-z0-9_]*(?:[ \t]+(?i:dot|punto)[ \t]+[a-z0-9_]+)+"
    rf"(?=[ \t]+(?i:at|chiocciola|arroba)[ \t]+(?i:{_PROVIDERS})(?![\w]))"
)
# a file or a domain, no mailbox ("fattura.pdf", "negozio.it")
_NO_MAILBOX_END = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|heic|webp|docx?|xlsx?|pptx?|zip|rar|txt|csv|mp[34]|mov|"
    r"it|com|net|org|eu|uk|de|fr|es|ch|info|shop)$",
    re.IGNORECASE,
)
# "mario AT gmail DOT com" written in one word ("marioATgmailDOTcom")
_CAMEL_EMAIL = re.compile(r"(?<![\w])[a-z0-9._\-]{2,64}AT[a-z0-9\-]{2,63}DOT[a-z]{2,6}(?![\w])")
# letters typed one by one with spaces ("m a r i o @ g m a i l . c o m")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:\S ){6,}\S(?!\S)")


def _provider_mailboxes(text: str, seen: set[tuple[int, int]]) -> Iterable[Detection]:
    if "AT" in text and "DOT" in text:
        for match in _CAMEL_EMAIL.finditer(text):
            yield Detection(match.start(), match.end(), "EMAIL_ADDRESS", "email", 0.9)
    lowered = text.lower()
    if not any(word in lowered for word in _PROVIDER_HINTS):
        return
    for spoken in _SPOKEN_MAILBOX.finditer(text):
        tail = _AT_PROVIDER.match(text, spoken.end())
        span = (spoken.start(), tail.end() if tail else spoken.end())
        if tail and not any(a < span[1] and span[0] < b for a, b in seen):
            seen.add(span)
            yield Detection(span[0], span[1], "EMAIL_ADDRESS", "email-provider", 0.85)
    for provider in _PROVIDER.finditer(text):
        start = max(0, provider.start() - _PROVIDER_WINDOW)
        end = min(len(text), provider.end() + _PROVIDER_WINDOW)
        for box in _MAILBOX.finditer(text, start, end):
            span = box.span()
            if any(a < span[1] and span[0] < b for a, b in seen):
                continue
            if _PROVIDER.fullmatch(box.group(0)) or _NO_MAILBOX_END.search(box.group(0)):
                continue
            tail = _AT_PROVIDER.match(text, span[1])
            span = (span[0], tail.end()) if tail else span
            seen.add(span)
            yield Detection(span[0], span[1], "EMAIL_ADDRESS", "email-provider", 0.85)


_PROVIDER_HINTS = tuple(_PROVIDERS.split("|"))


# A website by its domain ("https://www.rossifoto.it", "www.annabianchi.com/blog").
WEBSITE = re.compile(
    r"(?<![\w@./])(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,3})"
    r"[a-z]{2,18}(?![\w\-])(?:/[^\s<>\"']{0,200})?",
    re.IGNORECASE,
)
# A capitalised word near the link: the name of whoever signs the message.
_NEAR_NAME = re.compile(r"(?<![\w@.])[A-ZÀ-Ý][a-zà-ÿ'’\-]{3,24}(?![\w@])")


# Someone's own site named as such ("my portfolio: https://...", "il mio sito è www...").
_OWN_SITE_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:my|mio|mia|il mio|la mia)\s(?:own\s)?(?:website|site|portfolio|blog|page|"
    r"homepage|sito|sito web|pagina|profilo)(?:\s(?:is|è|e'|here|qui))?\s?:?"
    # round 28: where the writer writes ("I write about it all here x.example.co.uk", "racconto
    # tutto qui ...")
    r"|(?<![\w])(?:i|we)\s(?:write|blog|post|share)(?:\s[a-z']{1,12}){0,4}?\s(?:here|at|on)\s?:?"
    r"|(?<![\w])(?:scrivo|scriviamo|racconto|raccontiamo|pubblico|pubblichiamo)"
    r"(?:\s[a-zà-ù']{1,12}){0,4}?\s(?:qui|su)\s?:?)\s*$"
)


# Someone's own site named by a possessive earlier in the same sentence ("our website
# www...", "il mio sito, se le serve per la ragione sociale, www..."): a personal site, also a
# bare domain.
_OWN_SITE_CUE = re.compile(
    r"(?i:(?<![\w])(?:my|our|mio|mia|miei|mie|nostro|nostra|nostri|nostre|"
    # a relative's or a friend's site ("her portfolio is www..."; not "their", a firm's, nor
    # "il suo sito", the formal "your" to the business)
    r"her|his)\s"
    r"(?:own\s|personal\s|personale\s|new\s|nuovo\s|wedding\s|web\s)?"
    r"(?:web\s?site|site|portfolio|blog|"
    r"page|homepage|gallery|sito(?:\s(?:web|internet|personale))?|pagina(?:\sweb)?|profilo|"
    r"galleria|vetrina|"
    # round 37: one's own storage or upload ("video is on my drive https://...")
    r"drive|cloud|dropbox|album|video|videos)(?![\w])"
    # round 37: a relative's or a friend's, named after the site ("il sito di mio marito",
    # "my sister's website")
    r"|(?<![\w])(?:sito|blog|pagina|portfolio|profilo)(?:\s(?:web|internet))?\s(?:di|del|della)\s"
    r"(?:mi[oa]|tu[oa]|su[oa]|nostr[oa])\s(?:marito|moglie|figli[oa]|sorella|fratello|madre|"
    r"padre|mamma|papà|cugin[oa]|zi[oa]|nonn[oa]|compagn[oa]|fidanzat[oa]|ragazz[oa]|amic[oa]|"
    r"nipote|suocer[oa]|cognat[oa]|vicin[oa])(?![\w])"
    r"|(?<![\w])(?:my|our|his|her)\s(?:husband|wife|son|daughter|sister|brother|mum|mom|dad|"
    r"cousin|aunt|uncle|friend|partner|girlfriend|boyfriend|niece|nephew|fiance|fiancee)['’]s\s"
    r"(?:web\s?site|site|blog|portfolio|page)(?![\w]))"
    # up to the link within the sentence (a dot inside a word or a link does not end it)
    r"(?:[^.!?\n]|\.(?=\S)){0,80}$"
)


# the nouns of ``_OWN_SITE_CUE``: a bare domain is looked at only after one of them
_OWN_SITE_HINTS = (
    "site", "sito", "portfolio", "blog", "page", "pagina", "profilo", "galler", "drive",
    "cloud", "dropbox", "album", "video",
    # round 28: "I write about it here ...", "racconto tutto qui ..."
    " write", "scriv", "raccont", "pubblic", " post", " share",
)  # fmt: skip


def _glued_full_name(token: str, lexicon: NameLexicon) -> bool:
    """Whether ``token`` is a first name glued to a surname, in either order ("lucaferri",
    "kimgrace"): one of the two may be an everyday word ("grace", "ferri"), not both, and an
    everyday surname needs five letters ("marcopolo" is no one's site)."""
    if len(token) < 7 or not token.isalpha():
        return False
    for cut in range(3, len(token) - 2):
        head, tail = token[:cut], token[cut:]
        for first, last in ((head, tail), (tail, head)):
            if first not in lexicon.first_names or not lexicon.is_surname(last):
                continue
            common_first, common_last = lexicon.is_common(first), lexicon.is_common(last)
            if not (common_first and common_last) and (not common_last or len(last) >= 5):
                return True
    return False


def _host_names_someone(host: str, lexicon: NameLexicon) -> bool:
    """Whether a part of the link's host is a person's full name, glued or joined by "-"
    ("lucaferri-foto.it", "luca-ferri.it")."""
    for label in host.lower().split("."):
        parts = [part for part in re.split(r"[-_]", label) if part]
        if any(_glued_full_name(part, lexicon) for part in parts):
            return True
        for left, right in pairwise(parts):
            if len(left) >= 3 and len(right) >= 3 and _glued_full_name(left + right, lexicon):
                return True
    return False


_COUPLE_JOINS = ("and", "e", "n", "y", "und", "et", "ed")


def _couple_label(label: str, lexicon: NameLexicon) -> bool:
    """Whether a domain's first label opens with two first names joined by "and", "e", "n"...
    ("alexandhannah2026", "giuliaemarco-sposi", "tomnjess"): a couple's own (wedding) site.
    Both names three letters or more, not both everyday words."""
    label = label.replace("-", "")
    if len(label) < 8 or not label[:3].isalpha():
        return False
    for cut in range(3, min(len(label) - 4, 16)):
        first = label[:cut]
        if first not in lexicon.first_names:
            continue
        for join in _COUPLE_JOINS:
            if not label.startswith(join, cut):
                continue
            rest = label[cut + len(join) :]
            for size in range(3, min(len(rest), 15) + 1):
                second = rest[:size]
                if second in lexicon.first_names and not (
                    lexicon.is_common(first) and lexicon.is_common(second)
                ):
                    return True
    return False


def _full_name_label(label: str, lexicon: NameLexicon) -> bool:
    """Whether a domain's first label is a first name and a surname, in either order, and
    nothing else ("giuliaverdi.it", "verdigiulia.com"): a person's own site."""
    if len(label) < 8 or not label.isalpha():
        return False
    for cut in range(3, len(label) - 2):
        head, tail = label[:cut], label[cut:]
        for first, last in ((head, tail), (tail, head)):
            if (
                first in lexicon.first_names
                and lexicon.is_surname(last)
                and not lexicon.is_common(last)
                and not lexicon.is_common(first)
            ):
                return True
    return False


# the top-level domains of a person's bare site (no file's or a code's ending)
_BARE_PERSONAL_TLD = re.compile(
    r"\.(?:com|net|org|it|eu|me|io|co|uk|de|fr|es|ch|info|name|blog|site|online|art|studio|"
    r"design|dev|photo|photos|photography|gallery|music|band|page|link|pro|xyz|space|website|"
    r"world|life|live|style|fashion|beauty|fit|yoga|travel|wedding|media|agency|consulting|"
    r"academy|coach|works|rocks|ninja|guru|love|family|film|video|social|one|vip|tv|fm)$"
)
# a bare domain whose first label is long enough to be a full name
# a bare domain whose first label is long enough to be a full name: its ending first (a
# literal dot, found fast), then seven letters before it
_BARE_TLD_HINT = re.compile(_BARE_PERSONAL_TLD.pattern.removesuffix("$") + r"(?![\w.\-])")
_BARE_LABEL_BEFORE = re.compile(r"(?<![\w.@/\-])[a-z\-]{7,40}$")


def _bare_named_hint(lowered: str) -> bool:
    """Whether ``lowered`` may hold a bare personal domain ("giuliaferretti.photography")."""
    return any(
        _BARE_LABEL_BEFORE.search(lowered, max(0, match.start() - 41), match.start())
        for match in _BARE_TLD_HINT.finditer(lowered)
    )


# A site introduced as someone else's or as a bare link (round 19): a role or a relative
# before or after it in the same sentence ("my husband's site: ...", "fotografo: ...", "...
# lo gestisce mia zia", "(è di mio cugino)"), or a label of its own ("link:", "[link: ...]",
# "sito:", "dominio", "domain"). With such a cue a domain whose label holds a first name
# ("studiofotolucamartini", "pizzeriadamichele-casa", "nonnapina-ricette") is a person's.
_KIN_ROLE = (
    r"husband|wife|son|daughter|brother|sister|cousin|aunt|uncle|mum|mom|mother|dad|father|"
    r"grandma|grandpa|granny|nan|friend|partner|boyfriend|girlfriend|fianc[ée]e?|niece|nephew|"
    r"neighbou?r|colleague|photographer|designer|illustrator|architect|lawyer|therapist|"
    r"marito|moglie|figli[oa]|fratello|sorella|cugin[oa]|zi[oa]|nonn[oa]|mamma|madre|pap[àa]|"
    r"padre|amic[oa]|fidanzat[oa]|compagn[oa]|nipote|suocer[oa]|cognat[oa]|vicin[oa]|"
    r"collega|fotograf[oa]|grafic[oa]|illustrat(?:ore|rice)|architett[oa]|avvocat[oa]|"
    r"wedding\splanner|dj"
)
_LINK_CUE_BEFORE = re.compile(
    rf"(?i:(?<![\w])(?:(?:{_KIN_ROLE})(?:'s|’s)?(?:\s(?:site|website|blog|page|portfolio|"
    r"shop|link))?|link|sito|site|website|dominio|domain|url|indirizzo\sweb|"
    r"(?:di|del|della|dello)\s(?:mi[oa]|su[oa])\s\w+)\s?(?:[:=\-–]|è|e'|is|here)?\s*"
    r"[\[(]?\s*)$"
)
_LINK_CUE_AFTER = re.compile(
    rf"(?i:^[\])]?[^.!?\n]{{0,40}}(?<![\w])(?:(?:(?:mi[oa]|su[oa]|my|his|her)\s(?:{_KIN_ROLE}))"
    r"|gestisce|gestito|runs|owned|belongs|è\sdi|e'\sdi)(?![\w]))"
)


def _link_cue(text: str, start: int, end: int) -> bool:
    """Whether a link at ``start``-``end`` is introduced as someone's or as a bare link."""
    return bool(
        _LINK_CUE_BEFORE.search(text, max(0, start - 60), start)
        or _LINK_CUE_AFTER.search(text[end : end + 60])
    )


def _wordish(letters: str, lexicon: NameLexicon, depth: int = 0) -> bool:
    """Whether ``letters`` is empty or everyday words glued ("studiofoto", "pizzeriada")."""
    if not letters:
        return True
    if letters in _GLUE_WORDS or (len(letters) >= 3 and lexicon.is_word(letters, endings=False)):
        return True
    return depth < 3 and any(
        (
            letters[:cut] in _GLUE_WORDS
            or (cut >= 3 and lexicon.is_word(letters[:cut], endings=False))
        )
        and _wordish(letters[cut:], lexicon, depth + 1)
        for cut in range(2, len(letters) - 1)
    )


# the short words a business's or a family's domain glues ("pizzeriadamichele", "vinidelnonno")
_GLUE_WORDS_TEXT = "da di de del dal dei della by of the la il lo le and e ed mr ms dr"
_GLUE_WORDS = frozenset(_GLUE_WORDS_TEXT.split())


def _holds_first_name(part: str, lexicon: NameLexicon) -> bool:
    """Whether letters hold a first name of four letters or more (no everyday word) between
    everyday words, a surname or letters no list knows ("studiofotolucamartini",
    "nonnapina", "pizzeriadamichele", "scattiseverinocalvi"); not a name cut out of a word
    ("fotografiaitaliana")."""
    if len(part) < 4 or not part.isalpha():
        return False
    for size in range(min(len(part), 12), 3, -1):
        for cut in range(len(part) - size + 1):
            piece = part[cut : cut + size]
            if lexicon.is_common(piece) or not (
                piece in lexicon.first_names
                or piece in lexicon.compound_first
                or (len(piece) >= 5 and lexicon.is_first(piece))
            ):
                continue
            if lexicon.is_word(piece) and piece not in lexicon.first_names:
                continue
            before, after = part[:cut], part[cut + size :]
            if not _wordish(before, lexicon):
                continue
            if (
                _wordish(after, lexicon)
                or lexicon.is_surname(after)
                or (len(after) >= 4 and not lexicon.is_word(after))
            ):
                return True
    return False


def _label_holds_first(label: str, lexicon: NameLexicon) -> bool:
    """Whether a part of a domain's label holds a first name (``_holds_first_name``)."""
    return any(_holds_first_name(part, lexicon) for part in re.split(r"[-_]", label))


def _first_label(host: str) -> str:
    """The first label of a host but "www", folded ("www.Nonna-Pina.it." -> "nonna-pina")."""
    from privacy.recognizers.names import fold

    labels = [label for label in fold(host).split(".") if label and label != "www"]
    return labels[0] if labels else ""


def _first_then_unknown(label: str, lexicon: NameLexicon) -> bool:
    """Whether a domain's label is a first name glued to a word no list knows or a surname
    ("declanfairweather", "mollybrackenridge"): a first name of four letters or more that is
    no word, and five letters or more after it that are no word."""
    parts = [part for part in label.split("-") if part]
    if len(parts) > 1:
        # each part alone, or two parts joined ("declan-fairweather"; not "marcopolo-viaggi")
        return any(_first_then_unknown(part, lexicon) for part in parts) or any(
            _first_then_unknown(left + right, lexicon)
            and (left in lexicon.first_names or lexicon.is_first(left))
            for left, right in pairwise(parts)
        )
    if len(label) < 9 or not label.isalpha():
        return False
    found = False
    for cut in range(4, len(label) - 2):
        first, rest = label[:cut], label[cut:]
        if lexicon.is_word(first) or not (
            first in lexicon.first_names
            or first in lexicon.compound_first
            or (len(first) >= 6 and lexicon.is_first(first))
        ):
            continue
        if lexicon.is_surname(rest) and (len(rest) >= 5 or not lexicon.is_word(rest)):
            found = True
        elif lexicon.is_word(rest) or rest in lexicon.first_names:
            # a first name and a word, also when a shorter name leaves no word ("marc" +
            # "opolo" in "marcopolo"): a tour's, a shop's
            return False
        elif len(rest) >= 5:
            # two words glued are a surname too ("fairweather", "blackwood")
            found = True
    return found


_CAPITAL_FULL_NAME = re.compile(
    r"(?<![\w@.])[A-ZÀ-Ý][a-zà-ÿ'’]{1,20}(?:\s[A-ZÀ-Ý][a-zà-ÿ'’]{1,24}){1,2}(?![\w@])"
)


def _message_full_names(text: str) -> set[str]:
    """The full names written with capitals in ``text`` as a host glues them ("Ruth Okonkwo"
    -> "ruthokonkwo", "okonkworuth", "rokonkwo")."""
    forms: set[str] = set()
    for match in _CAPITAL_FULL_NAME.finditer(text):
        forms |= {form for form in _full_name_forms(match.group(0)) if len(form) >= 7}
    return forms


def _personal_websites(text: str, allowed: frozenset[str]) -> Iterable[Detection]:
    """A website whose domain holds the name of someone who writes or signs beside it
    ("Ottavio Bellandi ... https://www.archiviosonorobellandi.it"): a personal site. A site
    named after the business (``allowed``) or without a name nearby ("www.example-employer.com"
    under a signature) is kept."""
    from privacy.recognizers.location import BRAND_WORDS, well_known_brands
    from privacy.recognizers.names import fold, load_lexicon

    lexicon = load_lexicon()
    # a maker's name that is also a person's ("Moretti", "Dyson") does not make a site the maker's
    brands, named_brands = well_known_brands()
    for match in WEBSITE.finditer(text):
        value = match.group(0)
        own = _OWN_SITE_CUE.search(text, max(0, match.start() - 120), match.start())
        bare_named = False
        if not (
            value.lower().startswith(("http", "www."))
            or own
            or _OWN_SITE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            # a bare domain named after a person ("ruthokonkwo.com", "annarossi.photography"):
            # its first label a first name and a surname, or a full name of the message
            host = match.group(0).split("/", 1)[0].lower()
            if host.count(".") != 1 or not _BARE_PERSONAL_TLD.search(host):
                continue
            raw_label = fold(host.split(".")[0])
            label = raw_label.replace("-", "")
            bare_named = (
                _full_name_label(label, lexicon)
                or any(form in label for form in _message_full_names(text))
                or _first_then_unknown(raw_label, lexicon)
                or _host_names_someone(raw_label, lexicon)
                or (
                    _link_cue(text, match.start(), match.end())
                    and _label_holds_first(raw_label, lexicon)
                )
            )
            if not bare_named:
                continue
        domain = fold(match.group(1)).replace("-", "")
        labels = domain.strip(".").split(".")
        labels = [label for label in labels if label != "www"]
        if not labels or any(
            # the business's name inside its domain ("casaverde-shop.it")
            _holds_business(label, allowed)
            or (len(label) >= 5 and any(label in a for a in allowed))
            for label in labels
        ):
            continue
        # the business's own page on a platform ("la nostra pagina: facebook.com/casaverde"),
        # a brand's own site named after its founder ("johnlewis.com", no "my" before it)
        host = value.split("//", 1)[-1].split("/", 1)[0].lower()
        if (allowed and _business_path(value, allowed)) or (not own and _public_host(host)):
            continue
        if (
            own
            or bare_named
            or _OWN_SITE_BEFORE.search(text, max(0, match.start() - 40), match.start())
            or _full_name_label(labels[0], lexicon)
            or _host_names_someone(fold(match.group(1)), lexicon)
            or _couple_label(labels[0], lexicon)
            or _first_then_unknown(_first_label(match.group(1)), lexicon)
            or (
                _link_cue(text, match.start(), match.end())
                and _label_holds_first(_first_label(match.group(1)), lexicon)
            )
        ):
            yield _trimmed_url(text, match, "personal-website", 0.85)
            continue
        window = (
            text[max(0, match.start() - 300) : match.start()]
            + " "
            + text[match.end() : match.end() + 120]
        )
        for name in _NEAR_NAME.finditer(window):
            word = fold(name.group(0)).replace("'", "").replace("-", "")
            if (
                len(word) < 4
                or lexicon.is_common(name.group(0))
                or any(word in a for a in allowed)
                # a maker's own site ("Samsung ... www.samsung.com")
                or (word in brands and word not in named_brands)
                or (
                    word in BRAND_WORDS
                    and not (lexicon.is_surname(name.group(0)) or lexicon.is_first(name.group(0)))
                )
            ):
                continue
            # a name: known, or no dictionary word ("Bellandi"; not "Milano", "Ceramics")
            if not (
                lexicon.is_surname(name.group(0))
                or lexicon.is_first(name.group(0))
                or not lexicon.is_word(name.group(0))
            ):
                continue
            if any(word in label for label in labels):
                yield _trimmed_url(text, match, "personal-website", 0.85)
                break


def _names_someone(url: str) -> bool:
    """Whether a path holds a first name or a surname ("/u/marco.rossi", "/utenti/giulia_b")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    path = url.split("//", 1)[-1].split("/", 1)[-1]
    return any(
        len(part) >= 3 and (lexicon.is_first(part.title()) or lexicon.is_surname(part.title()))
        for part in re.split(r"[^a-zA-Zà-ÿ]+", path)
    )


def _named_path(url: str) -> bool:
    """Whether a segment of the link's path holds a person's name: a first name beside a
    surname or a word no dictionary knows ("/tomba/bertini-angelo-1842", "/in-memoria/rosa-
    fenzolli"); not a product ("/borse/rosa-bag", "/marco-polo-tour")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    # the path only: a query's names are ``_names_in_query``'s
    rest = url.split("//", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    path = rest.split("/", 1)[1] if "/" in rest else ""
    for segment in path.split("/"):
        tokens = [t for t in re.split(r"[-_.+]|%20", segment) if t]
        # a full name glued in one token ("/gallery/annaferri-lucabassi-2025")
        if any(_glued_full_name(token.lower(), lexicon) for token in tokens):
            return True
        for left, right in pairwise(tokens):
            if not (left.isalpha() and right.isalpha() and len(left) >= 3 and len(right) >= 3):
                continue
            for first, other in ((left, right), (right, left)):
                if not lexicon.is_first(first.title()) or lexicon.is_word(first):
                    continue
                if (
                    lexicon.is_surname(other.title())
                    or lexicon.is_first(other.title())
                    or not lexicon.is_word(other)
                ):
                    return True
    return False


# a host's last label then a path ("x.com/", "sumup.me/"): only then are profile links looked for
_HOST_THEN_PATH = re.compile(r"[a-zA-Z0-9]\.[a-zA-Z]{2,12}/")


def _business_path(url: str, allowed: frozenset[str]) -> bool:
    """Whether a profile or payment link's path names the business itself
    ("instagram.com/pizzeriadamario", "pay.sumup.com/b/damario10"): its own page."""
    path = url.split("//", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
    for segment in path.split("/"):
        letters = re.sub(r"[^a-z]", "", segment.lower())
        if len(letters) >= 5 and (
            _holds_business(letters, allowed) or any(letters in a for a in allowed)
        ):
            return True
    return False


def _find_urls(text: str, allowed: frozenset[str] = frozenset()) -> Iterable[Detection]:
    """The links below, and those that single a person out by a token, a referral or a private
    listing (``_personal_link``) where no other rule took them."""
    found = list(_find_known_urls(text, allowed))
    yield from found
    if "/" not in text:
        return
    taken = {d.start for d in found}
    for match in _BARE_LINK.finditer(text):
        value = match.group(0).rstrip(".,;:!?)]}")
        if _personal_link(value):
            host = value.split("//", 1)[-1].split("/", 1)[0].lower()
            labels = [label.replace("-", "") for label in host.split(".")[:-1] if label != "www"]
            # a business's own order or payment page holds no token of a person
            if not _OPAQUE_TOKEN.search(value) and any(label in allowed for label in labels):
                continue
            if match.start() not in taken:
                yield Detection(
                    match.start(), match.start() + len(value), "URL", "personal-link", 0.85
                )


def _find_known_urls(text: str, allowed: frozenset[str] = frozenset()) -> Iterable[Detection]:
    """Profile links and links to where people share their own photos, files and pages; a
    website named after whoever signs beside it. A link to a site no list knows is judged by
    ``_unknown_sites`` (since session 13); a public site's other pages
    ("https://www.example.com/ordine" of a known shop) are kept."""
    lowered = text.lower()
    if (
        "www." in lowered
        or "http" in lowered
        or any(hint in lowered for hint in _OWN_SITE_HINTS)
        or ("." in text and _bare_named_hint(lowered))
    ):
        yield from _personal_websites(text, allowed)
    if "/" not in text:
        return  # every other link found here has a path
    if "airbnb" in lowered or "maps" in lowered or "." in text:
        for match in HOME_URL.finditer(text):
            yield _trimmed_url(text, match, "home-url", 0.9)
    if "www." in lowered or "http" in lowered:
        for match in _ANY_URL.finditer(text):
            if _named_path(match.group(0)):
                yield _trimmed_url(text, match, "person-path-url", 0.85)
    if "=" in text:
        for match in _ANY_URL.finditer(text):
            if _names_in_query(match.group(0)):
                yield _trimmed_url(text, match, "person-query-url", 0.9)
    for match in PROFILE_URL.finditer(text) if _HOST_THEN_PATH.search(text) else ():
        if allowed and _business_path(match.group(0), allowed):
            continue
        yield _trimmed_url(text, match, "profile-url", 0.95)
    for match in SELLER_URL.finditer(text):
        # the business's own site ("www.otticalungomare.it/utenti/registrazione")
        host = match.group(0).split("//", 1)[-1].split("/", 1)[0].lower()
        labels = [label.replace("-", "") for label in host.split(".")[:-1] if label != "www"]
        if any(
            label in allowed or (len(label) >= 5 and any(label in name for name in allowed))
            for label in labels
        ) and not _names_someone(match.group(0)):
            continue
        # the business's own shop on a marketplace ("etsy.com/shop/CasaVerde", any case or
        # spacing of its name)
        if allowed and _business_path(match.group(0), allowed):
            continue
        yield _trimmed_url(text, match, "seller-url", 0.9)


# A link typed with its dots spelled or spaced out ("instagram punto com/anna.b", "www . annaferri
# . it", "lucaverdi dot netlify dot app"): its compact form is looked at as a link is. Only a
# separator that no plain link has ("punto", "dot", a spaced "."), one at least.
_SPELLED_SEP = r"(?:\s(?:punto|dot)\s|\s?[\[(](?:punto|dot|\.)[\])]\s?|\s\.\s?|\.\s)"
SPELLED_LINK = re.compile(
    rf"(?<![\w@.])(?:https?://)?(?:www{_SPELLED_SEP}|www\.)?"
    rf"(?:[a-z0-9][a-z0-9\-]{{0,62}}(?:{_SPELLED_SEP}|\.)){{1,3}}"
    rf"(?:{_TLDS}|{_MORE_TLDS}|social|me|ee|bio|link|io|ai|co|gg|to)(?![\w\-])"
    r"(?:(?:\s?/\s?|\s(?:slash|barra)\s)[^\s<>\"']{1,200})?",
    re.IGNORECASE,
)
_SPELLED_SLASH = re.compile(r"\s?/\s?|\s(?:slash|barra)\s", re.IGNORECASE)
_SPELLED_SEP_RE = re.compile(_SPELLED_SEP, re.IGNORECASE)
_SPELLED_HINT = re.compile(r"(?i:\s(?:punto|dot)\s|\s\.\s?\w|[\[(](?:punto|dot|\.)[\])])")


def _spelled_links(text: str, allowed: frozenset[str]) -> Iterable[Detection]:
    """Links written with spelled or spaced dots (``SPELLED_LINK``): one the rules of plain
    links take, or any opening with "www" or a scheme that is not the business's nor a brand's
    own site."""
    if not _SPELLED_HINT.search(text):
        return
    from privacy.recognizers.location import well_known_brands

    for match in SPELLED_LINK.finditer(text):
        value = match.group(0).rstrip(".,;:!?)]}")
        if not _SPELLED_SEP_RE.search(value):
            continue
        compact = _SPELLED_SLASH.sub("/", _SPELLED_SEP_RE.sub(".", value), count=1)
        compact = compact.replace(" ", "")
        host = compact.split("//", 1)[-1].split("/", 1)[0].lower()
        labels = [label.replace("-", "") for label in host.split(".")[:-1] if label != "www"]
        if not labels or any(_holds_business(label, allowed) for label in labels):
            continue
        # the words before the link stay with it: "my website is jackhebditch dot com"
        lead = text[max(0, match.start() - 60) : match.start()]
        found = bool(
            list(_find_urls(compact, allowed))
            or any(d.start >= len(lead) for d in _find_urls(lead + compact, allowed))
            or list(_personal_hosts(compact, allowed))
            or BLUESKY.search(compact)
        )
        if not found and (host.startswith("www.") or compact.startswith("http")):
            brands, _ = well_known_brands()
            found = not any(label in brands for label in labels)
        if found:
            yield Detection(match.start(), match.start() + len(value), "URL", "spelled-link", 0.85)


# A home or self-hosted server: a dynamic-DNS host ("casa-rossi.ddns.net", "nas.duckdns.org",
# "famiglia.myfritz.net", "x.synology.me"), a local name (".local", ".lan", ".home.arpa") with a
# port or a scheme, any host with a port ("plex.jdoe-home.net:32400"), an IP address with a
# port or a path ("192.168.1.44:8123", "http://10.0.0.12/admin"): where someone lives and
# connects from, as an IP address is.
_HOST = r"(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,18}"
_IP_HOST = r"(?:\d{1,3}\.){3}\d{1,3}"
SELF_HOSTED = re.compile(
    rf"(?<![\w@./\-:])(?P<scheme>https?://)?(?P<host>{_HOST}|{_IP_HOST})"
    r"(?P<port>:\d{2,5})?(?![\w\-:]|\.[a-z0-9])(?P<path>/[^\s<>\"']{0,200})?",
    re.IGNORECASE,
)
_DYNAMIC_DNS = re.compile(
    r"(?:^|[.\-])(?:ddns|ddnss|dyndns|dynu|dynv6|dedyn|duckdns|myfritz|noip|no-ip|hopto|zapto|"
    r"sytes|servebeer|serveblog|servehttp|serveftp|servegame|myftp|myvnc|ddnsfree|ddnsgeek|"
    r"freeboxos|synology|diskstation|myds|quickconnect|myqnapcloud|asuscomm|tplinkdns|dlinkddns|"
    r"myasustor|remotewd|mooo|afraid|changeip|homeip|homelinux|homeftp|dnsalias|selfhost|spdns|"
    r"feste-ip|mywire|ngrok|ngrok-free|trycloudflare|nabu)(?:[.\-]|$)"
    r"|\.ts\.net$|\.loca\.lt$|\.dy\.fi$",
    re.IGNORECASE,
)
# a port, an IP with a path, a dynamic-DNS word or a local name: only then is a text scanned
_PORT_HINT = re.compile(r"[a-zA-Z]:\d{2}|\d\.\d{1,3}[:/]\w")
_SELF_HOSTED_WORDS = [
    "ddns",
    "dyndns",
    "dynu",
    "dynv6",
    "dedyn",
    "duckdns",
    "fritz",
    "no-ip",
    "noip",
    "hopto",
    "zapto",
    "sytes",
    "servebeer",
    "serveblog",
    "servehttp",
    "serveftp",
    "servegame",
    "myftp",
    "myvnc",
    "freebox",
    "synology",
    "diskstation",
    "myds",
    "quickconnect",
    "qnap",
    "asuscomm",
    "tplink",
    "dlink",
    "asustor",
    "remotewd",
    "mooo",
    "afraid",
    "changeip",
    "homeip",
    "homelinux",
    "homeftp",
    "dnsalias",
    "selfhost",
    "spdns",
    "feste-ip",
    "mywire",
    "ngrok",
    "cloudflare",
    "nabu",
    "ts.net",
    "loca.lt",
    "dy.fi",
    ".local",
    ".lan",
    ".home",
    ".internal",
]
_SELF_HOSTED_GATE = re.compile("|".join(map(re.escape, _SELF_HOSTED_WORDS)))
_LOCAL_HOST = re.compile(r"\.(?:local|lan|home|internal|home\.arpa)$", re.IGNORECASE)


def _self_hosted(text: str, allowed: frozenset[str]) -> Iterable[Detection]:
    """Home and self-hosted servers (``SELF_HOSTED``); a host named after the business stays."""
    if not _PORT_HINT.search(text):
        lowered = text.lower()
        if not _SELF_HOSTED_GATE.search(lowered):
            return
    for match in SELF_HOSTED.finditer(text):
        host, port, path = match.group("host").lower(), match.group("port"), match.group("path")
        if host[0].isdigit():
            if not (port or path) or not _valid_ip(host):
                continue
        elif not (
            port
            or _DYNAMIC_DNS.search(host)
            or (_LOCAL_HOST.search(host) and match.group("scheme"))
        ):
            continue
        labels = [label.replace("-", "") for label in host.split(".")[:-1]]
        if any(_holds_business(label, allowed) for label in labels):
            continue
        yield _trimmed_url(text, match, "self-hosted", 0.9)


# A personal site on a blog, page or app host: its own sub-domain ("pia.blogspot.com",
# "elena.substack.com", "mrossi.github.io", "kira.netlify.app", "nina.carrd.co").
PERSONAL_HOST = re.compile(
    r"(?<![\w@./\-])(?:https?://)?(?!www\.)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\."
    r"(?:blogspot\.[a-z]{2,3}(?:\.[a-z]{2})?|wordpress\.com|substack\.com|github\.io|gitlab\.io|"
    r"netlify\.app|vercel\.app|carrd\.co|tumblr\.com|weebly\.com|wixsite\.com|altervista\.org|"
    r"jimdofree\.com|jimdosite\.com|mystrikingly\.com|webflow\.io|pages\.dev|neocities\.org|"
    r"bandcamp\.com|itch\.io|artstation\.com|myportfolio\.com|format\.com|cargo\.site|"
    r"pixieset\.com|smugmug\.com|zenfolio\.com|framer\.website|notion\.site|glitch\.me|"
    r"blogfree\.net|over-blog\.com|typepad\.com|livejournal\.com|hashnode\.dev|bearblog\.dev|"
    r"micro\.blog|beehiiv\.com|ghost\.io|squarespace\.com|webnode\.(?:it|com|page)|"
    r"canva\.site|tilda\.ws|site123\.me|webador\.(?:it|com)|wixstudio\.io|gitbook\.io)"
    r"(?![\w\-]|\.[a-z])(?:/[^\s<>\"']{0,200})?",
    re.IGNORECASE,
)


_PERSONAL_HOST_HINT = re.compile(
    r"\.(?:blogspot|wordpress|substack|github|gitlab|netlify|vercel|carrd|tumblr|weebly|wixsite|"
    r"altervista|jimdofree|jimdosite|mystrikingly|webflow|pages|neocities|bandcamp|itch|"
    r"artstation|myportfolio|format|cargo|pixieset|smugmug|zenfolio|framer|notion|glitch|"
    r"blogfree|over-blog|typepad|livejournal|hashnode|bearblog|micro|beehiiv|ghost|squarespace|"
    r"webnode|canva|tilda|site123|webador|wixstudio|gitbook)\.",
    re.IGNORECASE,
)


def _personal_hosts(text: str, allowed: frozenset[str]) -> Iterable[Detection]:
    if not _PERSONAL_HOST_HINT.search(text):
        return
    for match in PERSONAL_HOST.finditer(text):
        label = match.group(0).split("//", 1)[-1].split(".", 1)[0].lower().replace("-", "")
        if _holds_business(label, allowed):
            continue
        yield _trimmed_url(text, match, "personal-host", 0.85)


# The handle a profile link names ("instagram.com/marta.scatta", "youtube.com/@sambikes")
_PROFILE_HANDLE = re.compile(r"^[^/]+/(?:@)?([\w.\-]{3,40})")
_HANDLE_PARTS = re.compile(r"[^a-z]+")


def _compact(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def _handle_forms(handles: Iterable[str]) -> list[tuple[str, list[str]]]:
    """A handle's compact form and its parts of three letters or more ("luca.wonen" ->
    "lucawonen", ["luca", "wonen"])."""
    return [
        (_compact(h), [part for part in _HANDLE_PARTS.split(h.lower()) if len(part) >= 3])
        for h in handles
    ]


def _sites_named(
    text: str,
    forms: list[tuple[str, list[str]]],
    names: Iterable[str],
    allowed: frozenset[str],
    taken: list[tuple[int, int]],
) -> Iterable[Detection]:
    """The sites of ``text`` whose host or path holds one of the handles (``forms``), or whose
    host holds one of the compact full names (``names``: "tommasobello", "tbello"), outside
    ``taken``."""
    names = [name for name in names if len(name) >= 6]
    for match in WEBSITE.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        rest = match.group(0).split("//", 1)[-1]
        host, _, path = rest.partition("/")
        labels = [_compact(label) for label in host.lower().split(".")[:-1] if label != "www"]
        # the business's own site ("maniinpasta.it" of "Mani in Pasta Cooking Class")
        if any(
            _holds_business(label, allowed)
            or (len(label) >= 5 and any(label in a for a in allowed))
            for label in labels
        ):
            continue
        segments = [_compact(segment) for segment in path.split("?", 1)[0].split("/")]
        if not (
            any(
                (len(compact) >= 5 and any(compact in label for label in labels + segments))
                or (
                    len(parts) >= 2
                    and any(all(part in label for part in parts) for label in labels)
                )
                for compact, parts in forms
            )
            or any(name in label for name in names for label in labels)
        ):
            continue
        yield _trimmed_url(text, match, "handle-site", 0.85)


def _handles_in(text: str, found: Iterable[Detection]) -> set[str]:
    """The handles detected in ``text``, also those a profile link names."""
    handles: set[str] = set()
    for detection in found:
        value = text[detection.start : detection.end]
        if detection.entity_type == "HANDLE":
            handles.add(value.lstrip("@"))
        elif detection.entity_type == "URL" and PROFILE_URL.match(value):
            profile = _PROFILE_HANDLE.match(value.split("//", 1)[-1].removeprefix("www."))
            if profile:
                handles.add(profile.group(1))
    return handles


def _handle_sites(
    text: str, found: list[Detection], allowed: frozenset[str]
) -> Iterable[Detection]:
    """A site whose host or path holds a handle written in the same message, its dots,
    underscores and hyphens dropped or a word added ("@kenji.photo ... kenjiphoto.example.com",
    "@luca.wonen ... www.lucaverdi-wonen.example.be", "youtube.com/@sambikes ...
    sambikes.example.com/kit"): that person's own site. The business's own handle is never
    among them."""
    handles = {h for h in _handles_in(text, found) if _compact(h) not in allowed}
    if not handles:
        return
    taken = [(d.start, d.end) for d in found if d.entity_type in ("URL", "EMAIL_ADDRESS")]
    yield from _sites_named(text, _handle_forms(handles), (), allowed, taken)


def _full_name_forms(name: str) -> set[str]:
    """A person's full name as a host writes it: glued either way, or the first initial and
    the surname ("Tommaso Bello" -> "tommasobello", "bellotommaso", "tbello")."""
    from privacy.recognizers.names import fold

    words = [w for w in re.split(r"[^a-z]+", fold(name)) if w]
    if len(words) < 2 or len(words[0]) < 2 or len(words[-1]) < 3:
        return set()
    first, last = words[0], "".join(words[1:])
    forms = {first + last, last + first}
    if len(last) >= 5:
        forms.add(first[0] + last)
    return forms


# A link cut at a message's end ("il link è instagram.com/") and continued at the start of
# the next one ("greta_lanfranchi93 (continua...)"): the two halves are read as one link.
_CUT_LINK_END = re.compile(
    r"(?<![\w@.])(?:https?://)?(?:www\.)?(?:[a-z0-9\-]{1,63}\.){1,3}[a-z]{2,18}/"
    r"(?:[\w.\-~%@]+/)*$",
    re.IGNORECASE,
)
_LINK_GOES_ON = re.compile(r"\s*(@?[\w.\-~%]+(?:[/?=&][^\s<>\"']*)?)")


_CONTAINER_TEXT = "in pub c channel shop people store add r s t p pages groups"
_CONTAINER_SEGMENTS = _MEMBER_SEGMENTS | frozenset(_CONTAINER_TEXT.split())


def _continued_links(texts: Sequence[str], allowed: frozenset[str]) -> list[list[Detection]]:
    """Per message, the start of a link whose host ended the message before."""
    from privacy.recognizers.names import load_lexicon

    out: list[list[Detection]] = [[] for _ in texts]
    for k in range(1, len(texts)):
        previous = texts[k - 1].rstrip()
        if not previous.endswith("/"):
            continue
        cut = _CUT_LINK_END.search(previous, max(0, len(previous) - 300))
        head = _LINK_GOES_ON.match(texts[k])
        if cut is None or head is None:
            continue
        token = head.group(1).rstrip(".,;:!?)]}")
        path = cut.group(0).split("//", 1)[-1].split("/", 1)[1]
        # the host alone or a container before the name ("/in/", "/user/"): a complete link
        # that ends with "/" is followed by a new sentence ("Thanks", "Buongiorno")
        if len(token) < 3 or any(
            segment.lower().lstrip("@") not in _CONTAINER_SEGMENTS
            for segment in path.split("/")
            if segment
        ):
            continue
        if token.isalpha() and load_lexicon().is_word(token):
            continue
        joined = cut.group(0) + token
        lead = previous[max(0, cut.start() - 60) : cut.start()]
        if not any(
            d.end > len(lead) + len(cut.group(0))
            for d in [*_find_urls(lead + joined, allowed), *_personal_hosts(lead + joined, allowed)]
        ):
            continue
        start = head.start(1)
        out[k].append(Detection(start, start + len(token), "URL", "continued-link", 0.85))
    return out


def conversation_sites(
    texts: Sequence[str],
    found: Sequence[Sequence[Detection]],
    people: Iterable[str],
    allowed: frozenset[str],
) -> list[list[Detection]]:
    """Per message, the sites named by a handle written elsewhere in the conversation or by
    the full name of one of its participants (``people``: the senders' and recipients' names;
    a name that is a handle, "emily.zhang.travels", counts as one): "@tobi.wanders" in the
    first message, "tobiwanders.example.com/mediakit" in the third; "Tommaso Bello" writing,
    "tbello-casa.example.net". ``found``: each message's detections; the business's own
    names (``allowed``) never count."""
    handles: set[str] = set()
    for text, detections in zip(texts, found, strict=True):
        handles |= _handles_in(text, detections)
    names: set[str] = set()
    for person in people:
        compact = _compact(person)
        if not compact or any(a in compact or compact in a for a in allowed if len(a) >= 5):
            continue
        if " " not in person.strip() and re.search(r"[._]", person):
            handles.add(person.strip())
        else:
            names |= _full_name_forms(person)
    handles = {h for h in handles if _compact(h) not in allowed}
    # round 19: a link cut between two messages
    out = (
        _continued_links(texts, allowed)
        if any(text.rstrip().endswith("/") for text in texts[:-1])
        else [[] for _ in texts]
    )
    if not handles and not names:
        return out
    forms = _handle_forms(handles)
    for k, (text, detections) in enumerate(zip(texts, found, strict=True)):
        if "." not in text:
            continue
        taken = [(d.start, d.end) for d in detections if d.entity_type in ("URL", "EMAIL_ADDRESS")]
        out[k].extend(_sites_named(text, forms, names, allowed, taken))
    return out


# Handles without an "@" after a verb of tagging, following, adding or finding, alone or in a
# list ("tag anna.verdi and bea_rossi", "vi tagghiamo nelle storie, x e y", "seguiteci (x e
# y)", "aggiungimi, x", "find me as x", "il mio ig è x e quello di mia sorella y"): up to the
# end of the sentence, every token no word can be (letters joined by a dot or an underscore, a
# trailing underscore).
_LIST_CUE = re.compile(
    r"(?i)(?<![\w@])(?:(?P<tag>tag(?:s|ged|ging)?|tagg[a-zà-ÿ]*|ti\staggo|vi\staggo|"
    r"follow(?:s|ing)?|segui[a-zà-ÿ]*|mention|menziona[a-zà-ÿ]*|"
    r"shout\s?out(?:\sto)?|credits?(?:\sto)?|photo\sby|foto\sdi|ph:|📸)"
    r"|(?:add(?:\s(?:me|us|her|him|them))|aggiung[a-zà-ÿ]*|find\s(?:me|us|her|him|them)|"
    r"trova(?:mi|ci|teci|temi)|(?:mi|ci)\strov(?:i|ate)|cerca(?:mi|ci|teci|temi)|"
    r"(?:my|her|his|our|their|il\smio|il\ssuo|il\snostro|la\smia)\s(?:ig|insta|instagram|"
    r"tiktok|handle|username|account|profilo|profile)))(?![\w])"
)
_LIST_CUE_HINTS = (
    "tag",
    "follow",
    "segui",
    "mention",
    "menzion",
    "shout",
    "credit",
    "ph",
    "foto",
    "📸",
    "add",
    "aggiung",
    "find",
    "trov",
    "cerca",
    "my",
    "her",
    "his",
    "our",
    "their",
    "mio",
    "suo",
    "nostro",
    "mia",
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_LISTED_TOKEN = re.compile(
    r"(?<![\w@.\-/#])([a-z0-9][a-z0-9_.]{1,40}[a-z0-9_])(?![\w@\-/]|\.[a-z0-9])"
)
_LISTED_SHAPE = re.compile(r"[a-z0-9][._][a-z0-9]|[a-z]_$")
_VERSION = re.compile(r"v?\d+(?:[._]\d+)+[a-z]?")
_FILE_EXT = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|heic|webp|docx?|xlsx?|pptx?|zip|rar|txt|csv|mp[34]|mov|avi|"
    r"html?|php|exe|apk|svg|psd|ai|raw|tiff?)$"
)
_LISTED_DOMAIN = re.compile(r"\.(?:com|it|net|org|eu|co|uk|io|de|fr|es|ch|shop|store)$")
_WWW = re.compile(r"(?:www|https?)[.:]")


def _common_site(value: str) -> bool:
    """Whether a domain's first label is an everyday word or a brand ("medium.com",
    "amazon.it"): a public site's, no one's handle."""
    from privacy.recognizers.location import well_known_brands
    from privacy.recognizers.names import load_lexicon

    label = value.split(".", 1)[0]
    brands, _ = well_known_brands()
    return label in brands or load_lexicon().is_word(label, endings=False)


def _listed_handles(
    text: str, allowed: frozenset[str], taken: Sequence[tuple[int, int]]
) -> Iterable[Detection]:
    """Handles without their "@" after a verb of tagging, following, adding or finding, in
    the rest of the sentence (``_LIST_CUE``); no file, version, abbreviation or business's."""
    lowered = text.lower()
    if not ("." in text or "_" in text) or not any(h in lowered for h in _LIST_CUE_HINTS):
        return
    seen: set[int] = set()
    for cue in _LIST_CUE.finditer(lowered):
        end_match = _SENTENCE_END.search(lowered, cue.end())
        end = min(end_match.start() if end_match else len(text), cue.end() + 160)
        for match in _LISTED_TOKEN.finditer(lowered, cue.end(), end):
            value = match.group(1)
            start = match.start(1)
            if start in seen or not _LISTED_SHAPE.search(value):
                continue
            pieces = [p for p in re.split(r"[._]", value) if p]
            if (
                sum(c.isalpha() for c in value) < 4
                or max(len(p) for p in pieces) < 3
                or _VERSION.fullmatch(value)
                or _FILE_EXT.search(value)
                or _WWW.match(value)
                # a shop's domain after "find", "add" ("lo trovi su amazon.it")
                or (
                    _LISTED_DOMAIN.search(value)
                    # after "follow", "seguito": a site's domain ("il tutorial su medium.com")
                    and (cue.group("tag") is None or _common_site(value))
                )
                or re.sub(r"[_.]", "", value) in allowed
                or any(a < match.end(1) and start < b for a, b in taken)
            ):
                continue
            seen.add(start)
            yield Detection(start, match.end(1), "HANDLE", "handle-listed", 0.85)


# Round 32. A roster of people with their ids, one per line or between slashes ("1 Davide
# Mancuso - xX_Gh0stFang_Xx / 2 Chen Wei - wei#EUW77 / 4 Pietro Gallo - pietrino"): when two
# of its ids at least have a user name's shape, the plain ones beside them are ids too
_ROSTER_ITEM = re.compile(
    r"(?:^|\n|/|;)[ \t]*(?:\d{1,2}[.)]?[ \t]+)?(?:[A-ZÀ-Ý][\w'’\-]+[ \t]+){0,3}[A-ZÀ-Ý][\w'’\-]+"
    r"[ \t]+[-–][ \t]+@?(?P<id>[A-Za-z0-9][\w.#]{2,30})[ \t]*(?=$|\n|/|;)"
)
_ID_SHAPE = re.compile(r"[_.#\d]|[a-z][A-Z]")


def _roster_ids(
    text: str, allowed: frozenset[str], taken: Sequence[tuple[int, int]]
) -> Iterable[Detection]:
    items = list(_ROSTER_ITEM.finditer(text))
    if len(items) < 3 or sum(bool(_ID_SHAPE.search(m.group("id"))) for m in items) < 2:
        return
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for match in items:
        value = match.group("id").rstrip(".")
        start, end = match.start("id"), match.start("id") + len(value)
        if (
            any(a < end and start < b for a, b in taken)
            or re.sub(r"[_.]", "", value.lower()) in allowed
            or (value.isalpha() and lexicon.is_common(value))
        ):
            continue
        yield Detection(start, end, "HANDLE", "handle-roster", 0.85)


_PLATFORM_NUMBER_ID = re.compile(
    r"(?<![\w])(?i:steam|discord|telegram|facebook|fb|psn|xbox|epic|riot|twitch|tiktok|"
    r"instagram|ig|snapchat|roblox|minecraft)[ \t]?(?i:user[ \t]?)?(?i:id)[ \t]?"
    r"(?:[:=#][ \t]?|(?i:is|è)[ \t]+)?(\d{5,20})(?![\w])"
)


_ON_APP_SHE_IS = re.compile(
    rf"(?<![\w])(?i:on|su)[ \t]+(?i:{_PLATFORMS}|whatsapp|wa)[ \t]+"
    r"(?i:she|he|they|i|lei|lui)(?:['’](?i:s|m|re)|[ \t]+(?i:is|am|are|è|e'|sono|si[ \t]+chiama))"
    r"[ \t]+(?P<h>[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){0,2}|[a-z0-9_.]{3,30}[a-z0-9_])"
    r"(?![\w@])"
)


def find_handles(
    text: str, allowed: frozenset[str], occupied: Sequence[tuple[int, int]] = ()
) -> Iterable[Detection]:
    """@handles, and handles without the @ after a platform ("ig: anna_v93"), except those of
    the business itself (``allowed``: compact lowercase names); the user ids of chat apps and
    the user names no word can be outside ``occupied`` (the e-mails and links found)."""
    taken: list[tuple[int, int]] = []
    if "id" in text.lower():
        # round 38: a platform's numeric user id ("steam id: 76561198012345678")
        for match in _PLATFORM_NUMBER_ID.finditer(text):
            taken.append(match.span(1))
            yield Detection(match.start(1), match.end(1), "HANDLE", "handle-numeric-id", 0.85)
    if "$" in text:
        for match in CASHTAG.finditer(text):
            if re.sub(r"[_-]", "", match.group(0)[1:].lower()) not in allowed:
                taken.append(match.span())
                yield Detection(match.start(), match.end(), "HANDLE", "handle-cashtag", 0.85)
    if "@" in text:
        for match in HANDLE.finditer(text):
            taken.append(match.span())
            compact = re.sub(r"[_.]", "", match.group(0)[1:].lower())
            if compact not in allowed:
                yield Detection(match.start(), match.end(), "HANDLE", "handle", 0.9)
        for match in HANDLE_SPACED.finditer(text):
            value = match.group(1).rstrip(".")
            # "mario @ gmail.com": a mailbox's domain after the "@", not a handle
            if _DOMAIN_END.search(value):
                continue
            if re.sub(r"[_.]", "", value.lower()) not in allowed:
                start = match.start(1)
                yield Detection(start, start + len(value), "HANDLE", "handle-spaced", 0.85)
    yield from _chat_ids(text, allowed, taken, occupied)
    yield from _listed_handles(text, allowed, [*taken, *occupied])
    if text.count(" - ") + text.count(" – ") >= 2:
        yield from _roster_ids(text, allowed, [*taken, *occupied])
    lowered = text.lower()
    if not any(platform in lowered for platform in _PLATFORM_HINTS):
        return
    for match in HANDLE_LABELLED.finditer(text):
        value = match.group(1).rstrip(".")
        start = match.start(1)
        if any(a < start + len(value) and start < b for a, b in taken):
            continue  # a chat app's id found above
        if re.sub(r"[_.]", "", value.lower()) not in allowed:
            taken.append((start, start + len(value)))
            yield Detection(start, start + len(value), "HANDLE", "handle-labelled", 0.85)
    if not _HANDLE_CUE_HINT.search(text) and "whatsapp" not in lowered:
        return
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for match in _ON_APP_SHE_IS.finditer(text):
        # round 38: "on whatsapp she is Mama Fola": the name she shows there
        value = match.group("h")
        if value[:1].isupper() or not lexicon.is_word(value):
            taken.append(match.span("h"))
            yield Detection(match.start("h"), match.end("h"), "HANDLE", "handle-cued", 0.85)
    for pattern in HANDLE_CUED:
        for match in pattern.finditer(text):
            value = match.group("h").rstrip(".")
            start = match.start("h")
            if (
                len(value) < 3
                # after "utente"/"gamertag" without a colon: a user name's shape only
                # ("utente emma_galli_2001", "nome utente rossimario80"; not "utente registrato")
                or (
                    "sep" in pattern.groupindex
                    and not match.group("sep")
                    and not _USER_SHAPE.search(value)
                )
                or any(a < start + len(value) and start < b for a, b in taken)
                or re.sub(r"[_.]", "", value.lower()) in allowed
                or (
                    value.isalpha()
                    and (
                        lexicon.is_common(value)
                        or lexicon.is_word(value, endings=False)
                        # "il mio account è bloccato": an inflected word (a state)
                        or (_STATE_CUE.search(match.group(0)) and lexicon.is_word(value))
                    )
                )
                or value.isdigit()
                # round 35: before its platform, a verb or any inflected word is no id
                # ("seguici su instagram", "siamo su steam", "il file foto_1.jpg su telegram")
                or (
                    "app" in pattern.groupindex
                    and (
                        (value.isalpha() and lexicon.is_word(value))
                        or _FILE_EXT.search(value) is not None
                        or _VERB_BEFORE_APP.match(value) is not None
                    )
                )
            ):
                continue
            if value.isalpha() and value[:1].isupper():
                value = _with_surname(text, start, value)
            taken.append((start, start + len(value)))
            yield Detection(start, start + len(value), "HANDLE", "handle-cued", 0.85)


# the imperatives chats write before a platform ("seguici su instagram", "scrivetemi su tg")
_VERB_BEFORE_APP = re.compile(
    r"(?i)(?:segu|scriv|trov|cerc|contatt|aggiung|tagg|chiam|guard|ved|iscriv|follow|find|"
    r"add|message|text|watch|join|stream|post)[a-zàèéìòù]*$"
)


# a title's abbreviation glued to a name ("sig.rossi", "dott.bianchi"): the name, no handle
_GLUED_TITLES_TEXT = "sig sigg sigra dott dottssa dr dssa avv ing prof geom rag arch mr mrs ms st"
_GLUED_TITLES = frozenset(_GLUED_TITLES_TEXT.split())


def _glued_token(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The handle- or domain-like token a name at ``start:end`` is glued into by a dot or an
    underscore ("ale.parodi.bike", "neve.la.samoiedo", "anna_"), or None."""

    def inner(i: int) -> bool:
        return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")

    glued = (start > 0 and text[start - 1] == "_") or (end < len(text) and text[end] == "_")
    glued = glued or (start > 1 and text[start - 1] == "." and inner(start - 2))
    glued = glued or (end + 1 < len(text) and text[end] == "." and inner(end + 1))
    if not glued:
        return None
    left, right = start, end
    while left > 0 and (inner(left - 1) or (text[left - 1] == "." and inner(left - 2))):
        left -= 1
    while right < len(text) and (inner(right) or (text[right] == "." and inner(right + 1))):
        right += 1
    if (left > 0 and text[left - 1] in "@/#.") or (right < len(text) and text[right] in "@/"):
        return None  # an e-mail's, a link's or a hashtag's part: their own rules
    return left, right


def glued_names(
    text: str, detections: Sequence[Detection], allowed: frozenset[str]
) -> list[Detection]:
    """A name found inside a token joined by dots or underscores ("ale.parodi.bike" holding
    "Ale" and "Parodi", a participant's "neve.la.samoiedo"): the whole token is a handle (a
    domain with its "www." or a known ending: a link), never half of it. Not a file name
    ("anna.jpg"), a title glued to a name ("dott.rossi"), a sentence typed without its space
    ("Anna.Come stai") or the business's own handle."""
    out: dict[tuple[int, int], Detection] = {}
    for detection in detections:
        if detection.entity_type not in ("PERSON", "CUSTOMER", "AGENT"):
            continue
        span = _glued_token(text, detection.start, detection.end)
        if span is None or span in out:
            continue
        value = text[span[0] : span[1]]
        lowered = value.lower()
        pieces = lowered.replace("_", ".").split(".")
        if (
            re.search(r"\.[A-Z]", value)
            or _FILE_EXT.search(lowered)
            or pieces[0] in _GLUED_TITLES
            or re.sub(r"[_.]", "", lowered) in allowed
            or sum(c.isalpha() for c in value) < 4
        ):
            continue
        domain = lowered.startswith("www.") or (
            "_" not in value and bool(_BARE_PERSONAL_TLD.search(lowered))
        )
        kind = "URL" if domain else "HANDLE"
        out[span] = Detection(span[0], span[1], kind, "glued-name", 0.85)
    return list(out.values())


# Round 21 (session 13). A link to a site that no list knows and whose name is not made of
# everyday words: a person's own site ("https://robfairweather.example.net/cv.pdf",
# "hopemancinibees.example.com"). The rules above look for a person's name in a link and miss
# every name their lists do not hold; this one turns the question round and keeps a link only
# when its host is known not to be a person's: the business's own (``allowed``), a well-known
# public site or brand (public_sites.txt, brands.txt), an institution's sub-domain
# ("comune.valbella.it"), or a name glued from everyday words, places and site words
# ("garanteprivacy", "vanlifedolomiti", "pizzeria" + a name: a business's). A piece that is a
# first name or a surname no word makes it someone's ("rob" + "fairweather", "hope" + "mancini");
# one piece no list knows is let through beside an everyday word ("giallo" + "zafferano") unless
# the sentence calls the link someone's ("my", "her", "CV", "portfolio", "rate card": then also
# a surname that is a word counts as a name, "poppy" + "mills"). A bare domain without a scheme,
# "www" or a path needs the ending of a person's site.
_SITE = re.compile(
    r"(?<![\w@./\-])(?P<scheme>https?://)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,18})"
    r"(?![\w\-@]|\.[a-z0-9])(?P<path>/[^\s<>\"']{0,200})?",
    re.IGNORECASE,
)
_SITE_HINT = re.compile(r"[a-z0-9]\.[a-z]", re.IGNORECASE)
# the endings of a bare link with a path ("anna-foto.it/galleria")
_PATH_TLD = re.compile(
    r"it|com|org|net|eu|ie|uk|de|fr|es|nl|be|at|ch|pl|se|dk|no|fi|hu|pt|gr|ro|ua|au|ca|nz|"
    r"us|io|me|co|info|biz|shop|store|site|online|app|dev|blog|page|studio|art|example|test|"
    # round 26: more countries' endings ("ritmodomar.com.br/portfolio", "x.hr/o-meni")
    r"hr|si|cz|sk|bg|lt|lv|ee|rs|md|in|br|ar|mx|cl|jp|cn|kr|za|ng|ke|tr|il|ae|sg|ph|th|vn|lu|"
    r"mt|cy|ba|mk|ge|pk|bd|lk|eg|ma|tn|gh|sn|ru|by"
)
# second-level labels of country endings ("co.uk", "com.au", "org.uk", "gov.it")
_SECOND_LEVEL_TEXT = "co com org net gov ac edu ltd plc me nhs sch gv or ne go"
_SECOND_LEVEL = frozenset(_SECOND_LEVEL_TEXT.split())
# short words a business's domain glues besides the everyday words of four letters or more
_SITE_SHORT_TEXT = """
app web pay lab hub net art bio eco top bar pub spa car bus box new big the my get go pro one
two day eat fit gym run zen vip pet dog cat toy sun sea tea vin mix max sos ok buy sud est kid
man due tre uno via mia mio tua tuo bel hot ice joy fun sky key log air sms tv fm dj it we our
bed inn b&b bnb tour sud gas oil pan pane vini wine auto moto bici tech
"""
_SITE_SHORT = frozenset(_SITE_SHORT_TEXT.split())
# everyday words of sites' names that are also first names or surnames ("green", "casa")
_SITE_WORDS_TEXT = """
shop store online web news blog photo foto studio delivery post tech media design home casa
market mail help info service services italia italy group world travel tour tours club center
centro point link city green white black red blue rose star gold king best style moda fiore
fiori sole mare monte villa corte torre porta ponte bosco lago valle colle rocca castello
"""
_SITE_WORDS = frozenset(_SITE_WORDS_TEXT.split())
# an institution's own sub-domain ("comune.valbella.it", "ao.pisa.it"), or a name opening with
# an institution's word ("aslroma1.it", "comunedivalbella.it")
_INSTITUTION_LABELS_TEXT = """
comune regione provincia asl ausl ulss ats asp ao aou uni universita scuola istituto liceo
ordine camera tribunale prefettura questura parrocchia diocesi biblioteca museo council gov
"""
_INSTITUTION_LABELS = frozenset(_INSTITUTION_LABELS_TEXT.split())
_INSTITUTION_OPENINGS = (
    *sorted(word for word in _INSTITUTION_LABELS if len(word) >= 4),
    "asl",
    # tax and welfare assistance centres ("cafsantanna.it", "patronatoinca.it")
    "caf",
    "patronato",
)
# a public body's, a school's or a university's ending ("mise.gov.it", "liceo.edu.it", "sch.uk")
_INSTITUTION_ENDING = re.compile(r"\.(?:gov|edu|ac|sch|nhs|mil|gv)\.[a-z]{2}$|\.(?:gov|edu|mil)$")
# kinds of shops and firms: a host that holds one is a business's, also when named after its
# owner ("pizzeriamario", "marcopolo-viaggi", "example-tyres"); five letters or more, found
# inside the label's letters
_BUSINESS_WORDS_TEXT = """
pizzeria ristorante trattoria osteria hotel albergo viaggi travel tours emporio bottega
boutique gomme tyres tires pneumatici officina garage ferramenta farmacia panificio
pasticceria gelateria macelleria salumeria enoteca cantina agriturismo caseificio frantoio
forno caffe bistrot birreria hostel camping residence immobiliare assicurazioni parrucchiere
barber salon beauty estetica nails fitness palestra academy autoscuola lavanderia tintoria
sartoria calzature ottica gioielleria fioreria fiorista libreria cartoleria tabaccheria
edicola market supermercato alimentari winery wines motors cicli noleggio traslochi
trasporti logistica edilizia impianti idraulica costruzioni arredamenti mobili ceramiche
tessuti abbigliamento fashion bakery butcher florist plumbing roofing dental clinic clinica
studiolegale legal consulting agency agenzia onoranze catering wedding sposa
ospedale liceo scuola parrocchia teatro museo biblioteca comune universita istituto
parcheggio mercatino yoga
"""
_BUSINESS_WORDS = tuple(_BUSINESS_WORDS_TEXT.split())
# the sentence before a link calls it someone's (strict: a surname that is a word is a name)
_SOMEONES_LINK = re.compile(
    r"(?i:(?<![\w])(?:my|mio|mia|miei|mie|his|her|our|nostro|nostra|cv|curriculum|portfolio|"
    r"resume|blog|vlog|media\s?kit|rate\s?card"
    # round 29: someone's works ("i lavori suoi stanno su ...", "le sue foto sono su ...")
    r"|(?:suoi|sue)\s(?:lavori|video|foto|scatti|opere|quadri|disegni)"
    r"|(?:lavori|video|foto|scatti|opere|quadri|disegni)\s(?:suoi|sue))(?![\w]))[^.!?\n]{0,60}$"
)


# a page of one person's own: a media kit, a CV, a portfolio, a rate card, an "about me"
# ("https://serenaquinnyoga.example.ie/mediakit": judged strictly, a shop's word saves it not)
_SOMEONES_PAGE = re.compile(
    r"(?i:/(?:media-?kit|press-?kit|cv|resume|curriculum|portfolio|rate-?card|rates|about-?me|"
    r"chi-?sono|bio"
    # round 26: "about me" in the languages of Europe ("/o-meni", "/sobre-mi", "/uber-mich")
    r"|o-?meni|o-?mnie|o-?mne|sobre-?mi|sobre-?mim|a-?propos(?:-de-moi)?|qui-?suis-?je|"
    r"uber-?mich|ueber-?mich|over-?mij|despre-?mine|om-?mig|chi-?siamo-?io)(?:[/.?#]|$))"
)


@lru_cache(maxsize=1)
def _public_sites() -> frozenset[str]:
    """The registrable names of public_sites.txt and the brands of brands.txt, compact."""
    from privacy.recognizers.location import data_lines, well_known_brands

    brands, _ = well_known_brands()
    return frozenset(
        [line.lower() for line in data_lines("public_sites.txt")]
        + [brand.replace(" ", "") for brand in brands]
    )


def _site_labels(host: str) -> list[str]:
    """A host's labels but "www" and its public ending ("www.poppymills.example.co.uk" ->
    ["poppymills", "example"])."""
    labels = [label for label in host.lower().split(".") if label]
    if labels and labels[0] in ("www", "m", "mobile", "web"):
        labels = labels[1:]
    labels = labels[:-1]
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels


@lru_cache(maxsize=8192)
def _holds_name(letters: str) -> bool:
    """Whether a host's letters hold a first name of four letters or more or a surname of five,
    or open or close with a shorter one, none an everyday word ("teamokonkwo", "cafsantanna",
    "robfairweather"; not "marketplace")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    # a short first name or surname opening or closing them ("rob" + "fairweather", "kemp")
    for size in (3, 4):
        for piece in (letters[:size], letters[-size:]) if len(letters) > size + 3 else ():
            if (
                piece in lexicon.first_names or (size == 4 and lexicon.is_surname(piece.title()))
            ) and not lexicon.is_word(piece, endings=False):
                return True
    for size in range(min(len(letters), 14), 3, -1):
        for cut in range(len(letters) - size + 1):
            piece = letters[cut : cut + size]
            if not (
                piece in lexicon.first_names or (size >= 5 and lexicon.is_surname(piece.title()))
            ):
                continue
            if not lexicon.is_word(piece, endings=False):
                return True
    return False


_VOWELS = frozenset("aeiouy")


def _well_known_place(piece: str) -> bool:
    """Whether a piece is a well-known place of the gazetteer, or a place of seven letters or
    more ("verona", "montalcino"; not "miano", a hamlet's name that hides "damiano")."""
    from privacy.recognizers.location import known_place, load_gazetteer
    from privacy.recognizers.names import load_lexicon

    if len(piece) >= 7:
        return known_place(piece)
    return "~" + piece in load_gazetteer(load_lexicon())


@lru_cache(maxsize=8192)
def _glued_pieces(letters: str, strict: bool) -> frozenset[tuple[int, bool]]:
    """The ways ``letters`` split into everyday words ("W": words of four letters or more, short
    site words, places), unknown pieces (six letters or more that no list holds) and no name:
    each as (number of unknown pieces, whether a word of four
    letters or more is among them), at most two unknown pieces. ``strict``: a surname that is a
    word is a name too."""
    from privacy.recognizers.names import load_lexicon

    if not letters:
        return frozenset({(0, False)})
    lexicon = load_lexicon()
    ways: set[tuple[int, bool]] = set()
    for cut in range(len(letters), 1, -1):
        piece = letters[:cut]
        if piece in _GLUE_WORDS or piece in _SITE_SHORT or piece in _SITE_WORDS:
            kind = "W"
        elif len(piece) < 4 or piece in lexicon.first_names or lexicon.is_first(piece.title()):
            continue
        elif lexicon.is_surname(piece.title()):
            if strict or not lexicon.is_word(piece, endings=False):
                continue
            kind = "W"
        elif (
            lexicon.is_word(piece, endings=False)
            # an English plural ("tickets", "recipes")
            or (piece[-1] == "s" and lexicon.is_word(piece[:-1], endings=False))
            or _well_known_place(piece)
        ):
            kind = "W"
        elif len(piece) >= 6:
            kind = "U"
        else:
            continue
        for unknown, worded in _glued_pieces(letters[cut:], strict):
            unknown += kind == "U"
            if unknown <= 2:
                ways.add((unknown, worded or (kind == "W" and len(piece) >= 4)))
    return frozenset(ways)


def _known_site_label(label: str, strict: bool) -> bool:
    """Whether a host's label is a public site's, a brand's, a code ("brt", "8a"), or everyday
    words glued with at most one unknown piece beside a word (``_glued_pieces``)."""
    compact = label.replace("-", "").replace("_", "")
    if len(compact) <= 3 or compact.isdigit() or {compact, label} & _public_sites():
        return True
    # the label's letters glued ("example-tyres" -> "exampletyres", "rob-fairweather")
    letters = re.sub(r"[^a-z]", "", compact)
    if not strict and any(word in letters for word in _BUSINESS_WORDS):
        return True
    # an unknown piece only where the letters hold no name it could hide ("teamo" + "konkwo")
    loose = not strict and not _holds_name(letters)
    return not letters or any(
        unknown == 0 or (loose and unknown == 1 and worded)
        for rest in _without_acronym(letters)
        for unknown, worded in _glued_pieces(rest, strict)
    )


def _without_acronym(letters: str) -> list[str]:
    """The letters, and without an acronym of two or three letters with no vowel opening or
    closing them ("bbcgoodfood" -> "goodfood", "casarosabb"; never inside: "robe-rt-agenti")."""
    found = [letters]
    for size in (2, 3):
        if len(letters) > size + 3:
            if not _VOWELS.intersection(letters[:size]):
                found.append(letters[size:])
            if not _VOWELS.intersection(letters[-size:]):
                found.append(letters[:-size])
    return found


def _public_host(host: str) -> bool:
    """Whether a host is a public site's or brand's (``_public_sites``) or an institution's:
    a public body's ending, an institution's sub-domain or a name opening with an institution's
    word ("comune.bergamo.it", "parrocchiasanlorenzo.it", "mise.gov.it")."""
    labels = _site_labels(host)
    return bool(labels) and (
        labels[-1] in _public_sites()
        or _INSTITUTION_ENDING.search(host) is not None
        or labels[0] in _INSTITUTION_LABELS
        or labels[0].startswith(_INSTITUTION_OPENINGS)
    )


def _unknown_sites(
    text: str, allowed: frozenset[str], taken: Sequence[tuple[int, int]]
) -> Iterable[Detection]:
    """Links to a site no list knows whose name is no everyday words (see ``_SITE``), outside
    the links found (``taken``)."""
    if not _SITE_HINT.search(text):
        return
    for match in _SITE.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        host = match.group("host")
        lowered = host.lower()
        ending = lowered.rsplit(".", 1)[1]
        if not (match.group("scheme") or lowered.startswith("www.")):
            if match.group("path"):
                if not _PATH_TLD.fullmatch(ending):
                    continue
            elif not host.rsplit(".", 1)[1].islower() or not (
                _BARE_PERSONAL_TLD.search(lowered)
                or ending in ("example", "test")
                # round 26: any country's ending where the host holds a name the message
                # writes ("Tjaša Furlan (tjasafurlan-foto.si)", "Andrei ... andreiconst.ro")
                or (len(ending) == 2 and _named_host(lowered, _message_names(text)))
            ):
                # a bare domain: its ending in lowercase ("MakeupByJasmine.com"; not "finito.Ci")
                continue
        labels = _site_labels(lowered)
        if labels and _public_host(lowered) and _profile_of_someone(text, match, allowed):
            # round 36: a user's page on a public site, called someone's ("you can find me at
            # goodreads.com/priyankacw")
            yield _trimmed_url(text, match, "public-site-profile", 0.8)
            continue
        if (
            not labels
            # a public site's sub-domains are the personal hosts' rule ("x.wordpress.com")
            or _public_host(lowered)
            or any(_holds_business(label.replace("-", ""), allowed) for label in labels)
        ):
            continue
        strict = bool(
            _SOMEONES_LINK.search(text, max(0, match.start() - 80), match.start())
            or (match.group("path") and _SOMEONES_PAGE.search(match.group("path")))
        )
        compact = [re.sub(r"[^a-z]", "", label) for label in labels]
        names = _message_names(text)
        if (
            # a name the message writes inside the host ("the photographer, Rose, has a site:
            # rosephotography.com"), or "by"/"di" + a first name ("makeupbyserena")
            any(name in label for name in names for label in compact)
            or any(_by_name(label) for label in compact)
            # round 26: or a profile's last segment ("thecrag.com/climber/katrinv", Katrin)
            or _named_segment(match.group("path") or "", names)
            # round 26: one's own blog or site right before it, even named with words ("il
            # mio blog www.serenamente.example.it", "her site: lemonandthyme.com")
            or _OWNED_LINK.search(text, max(0, match.start() - 50), match.start()) is not None
            or any(_professional(label) for label in compact)
            or not all(_known_site_label(label, strict) for label in labels)
        ):
            yield _trimmed_url(text, match, "unknown-site", 0.8)


# one path segment that reads as a user's name: "/priyankacw", "/@anna_b", "/tom.wren92"
_USER_SEGMENT = re.compile(r"/@?([A-Za-z0-9][A-Za-z0-9_.\-]{2,29}?)/?[.,;:!?)]*$")
_FIND_ME = re.compile(
    r"(?i:find[ \t]+(?:me|him|her)|follow[ \t]+(?:me|him|her)|(?:mi|lo|la)[ \t]+trov|"
    r"seguimi|seguici|profil[eo]|account|my|mio|mia|his|her|suo|sua)[^.!?\n]{0,40}$"
)


def _profile_of_someone(text: str, match: re.Match[str], allowed: frozenset[str]) -> bool:
    """Whether a public site's link ``match`` is one user's page: one path segment that no
    dictionary holds or that has a digit, a dot or an underscore, after words that call it
    someone's (``_FIND_ME``); never the business's own (``allowed``: compact names)."""
    from privacy.recognizers.names import load_lexicon

    segment = _USER_SEGMENT.fullmatch(match.group("path") or "")
    if segment is None or not _FIND_ME.search(text, max(0, match.start() - 60), match.start()):
        return False
    user = segment.group(1)
    if re.sub(r"[^a-z0-9]", "", user.lower()) in allowed:
        return False
    if "." in user and user.rsplit(".", 1)[1].lower() in ("html", "htm", "php", "aspx", "pdf"):
        return False
    shaped = any(char.isdigit() or char in "_." for char in user)
    return shaped or not load_lexicon().is_word(user.lower())


_OWNED_LINK = re.compile(
    r"(?<![\w'’])(?:(?i:my|his|her|mio|mia|suo|sua)[ \t]+(?:(?i:personal|own|little|new|piccolo|"
    r"nuovo|personale)[ \t]+)?"
    # round 27: a couple's or a family's ("our sailing blog is", "il nostro sito"), one that
    # someone has ("Ho anche un blog di divulgazione (...)", "she has a blog,"); a business's
    # own site is its name's (``_holds_business``)
    r"|(?i:our|nostro|nostra)[ \t]+(?:[a-z]{3,15}[ \t]+){0,2}"
    r"|(?i:ho|abbiamo|ha|hanno|have|has|got)[ \t]+(?:(?i:anche|also|pure)[ \t]+)?"
    r"(?:(?i:un|una|a|an)[ \t]+)?(?:(?i:piccolo|little|new|nuovo|personal)[ \t]+)?)"
    r"(?i:blog|vlog|site|website|sito|portfolio|page|pagina)"
    r"(?![\w'’])[^.!?\n]{0,30}$"
)


def _named_host(host: str, names: frozenset[str]) -> bool:
    """Whether a host's first label holds one of ``names`` (the message's first names and
    surnames) of four letters or more."""
    labels = _site_labels(host)
    if not labels:
        return False
    label = re.sub(r"[^a-z]", "", labels[0])
    return any(len(name) >= 4 and name in label for name in names)


def _named_segment(path: str, names: frozenset[str]) -> bool:
    """Whether a link's last path segment is a name the message writes with at most three more
    characters ("/climber/katrinv" of Katrin): that person's profile."""
    segments = [seg for seg in path.split("?", 1)[0].split("#", 1)[0].split("/") if seg]
    if not segments:
        return False
    last = re.sub(r"[^a-z]", "", segments[-1].lower())
    return any(
        len(name) >= 5 and last.startswith(name) and len(last) - len(name) <= 3 for name in names
    )


# the professions a single person practises under their own name ("bergamelliarchitetto",
# "studiorossi" is a firm's): glued to a piece no list knows, a professional's own site
_PROFESSIONS_TEXT = """
architetto architetta fotografo fotografa photographer avvocato avvocata geometra ingegnere
notaio commercialista psicologo psicologa psicoterapeuta nutrizionista osteopata fisioterapista
logopedista illustratore illustratrice illustrator musicista musician scrittore scrittrice
"""
_PROFESSION_WORDS = tuple(_PROFESSIONS_TEXT.split())


def _professional(label: str) -> bool:
    """A host's letters made of a profession and a piece of five letters or more that is no
    everyday word ("bergamelliarchitetto", "fotografagiuliani")."""
    from privacy.recognizers.names import load_lexicon

    for word in _PROFESSION_WORDS:
        if word in label:
            rest = label.replace(word, "", 1)
            if len(rest) >= 5 and not load_lexicon().is_word(rest, endings=False):
                return True
    return False


@lru_cache(maxsize=1024)
def link_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the links of ``text``, personal or not: with a scheme, "www" or a path, or a
    lowercase host with a usual ending ("comune.milano.it"; not "Milano.Grazie"). A town inside
    a link is part of the link ("/meteo/firenze", "farmaciacentrale-lucca.it"), no place of its
    own: the link's rules decide on the whole. Cached: the detector's filter asks for the same
    text once per pass (rules, NER, pairs, surnames)."""
    if not _SITE_HINT.search(text):
        return ()
    spans = []
    for match in _SITE.finditer(text):
        host = match.group("host")
        if not (
            match.group("scheme")
            or match.group("path")
            or host.lower().startswith("www.")
            or (host.islower() and _PATH_TLD.fullmatch(host.rsplit(".", 1)[1]))
        ):
            continue
        spans.append(match.span())
    return tuple(spans)


_CAPITALISED = re.compile(r"(?<![\w@./])[A-ZÀ-Ý][a-zà-ÿ]{2,20}(?![\w@])")
_AT_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9][A-Za-z0-9_.]{3,29})")
_KIN_NAME = re.compile(rf"(?<![\w])(?i:{_KIN_ROLE})[ \t]+([A-ZÀ-Ý][a-zà-ÿ]{{2,20}})(?![\w@])")


@lru_cache(maxsize=256)
def _message_names(text: str) -> frozenset[str]:
    """The capitalised words of ``text`` that are first names or surnames and no everyday word
    but a first name's ("Rose", "Ngozi"; not "Firenze", "Grazie"), folded."""
    from privacy.recognizers.names import fold, load_lexicon

    lexicon = load_lexicon()
    names: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if lexicon.is_common(word) or not (lexicon.is_first(word) or lexicon.is_surname(word)):
            continue
        if lexicon.is_word(word, endings=False) and not lexicon.is_first(word):
            continue
        names.add(fold(word))
    # round 29: a name no list knows after a relative or a friend ("mio cugino Lello ...
    # lelloscatti.example.it", "my friend Bex ... bexbakes.com"), no everyday word
    for match in _KIN_NAME.finditer(text):
        word = match.group(1)
        if len(word) >= 4 and not lexicon.is_word(word.lower(), endings=False):
            names.add(fold(word))
    # the pieces of a handle the message gives ("I'm @gracewhitfield.travels ... the story is
    # on gracewhitfield.example.org"): no everyday word, six letters or more
    if "@" in text:
        for match in _AT_HANDLE.finditer(text):
            for piece in re.split(r"[._\d]+", match.group(1).lower()):
                if len(piece) >= 6 and not lexicon.is_word(piece, endings=False):
                    names.add(piece)
    return frozenset(names)


_BY_NAME = re.compile(r"(?<=[a-z])(?:by|di)(?=[a-z]{3})")


def _by_name(letters: str) -> bool:
    """Whether letters hold "by"/"di" then a first name ending them or before everyday words
    ("makeupbyserena", "fotodiclaudio", "stylebyanna-studio")."""
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    for match in _BY_NAME.finditer(letters):
        rest = letters[match.end() :]
        for size in range(min(len(rest), 12), 2, -1):
            head, tail = rest[:size], rest[size:]
            if head in lexicon.first_names and (not tail or _glued_pieces(tail, False)):
                return True
    return False


# Round 26. A shop's, a restaurant's or a gym's link or handle, whoever writes it
# ("@gelateriailfaro", "facebook.com/palestraolimpiaforli", "www.pasticceriamarini.it",
# "linktr.ee/fioreriaglicine"): the kind of establishment in its letters makes it a business's,
# also when named after its owner, never one person's.
_ESTABLISHMENTS_TEXT = """
pizzeria ristorante trattoria osteria gelateria pasticceria macelleria salumeria panificio
panetteria enoteca caseificio frantoio agriturismo birreria fioreria fiorista ferramenta
farmacia tabaccheria cartoleria libreria lavanderia tintoria autoscuola officina carrozzeria
gommista palestra albergo ostello hostel camping bakery butcher florist winery ortofrutta
supermercato alimentari
"""
_ESTABLISHMENTS = re.compile("|".join(_ESTABLISHMENTS_TEXT.split()))


def _establishment_link(text: str, detection: Detection) -> bool:
    """Whether a link or handle is an establishment's (above): not with a deeper path (a
    checkout or payment page of someone, "enotecapoggio.it/checkout/guest/zhou-meiling"), nor
    with a first name as a piece of its own beside the kind ("pizzeria_da_karim",
    "vitto.cartoleria": the owner's own, as the labelled corpora hold them)."""
    from privacy.recognizers.names import load_lexicon

    if detection.entity_type not in ("URL", "HANDLE"):
        return False
    value = text[detection.start : detection.end].lower().split("?", 1)[0]
    value = value.split("//", 1)[-1].removeprefix("www.").rstrip("/")
    letters = re.sub(r"[^a-z]", "", value)
    if value.count("/") >= 2 or not _ESTABLISHMENTS.search(letters):
        return False
    lexicon = load_lexicon()
    for match in _ESTABLISHMENTS.finditer(letters):
        # "trattoriadaottavio": the owner's first name after "da"/"di"
        rest = letters[match.end() :]
        if rest[:2] in ("da", "di") and any(
            rest[2:size] in lexicon.first_names and not lexicon.is_word(rest[2:size])
            for size in range(5, min(len(rest), 14) + 1)
        ):
            return False
    pieces = re.split(r"[^a-z]+", value.lstrip("@"))
    return not any(
        len(piece) >= 3
        and not _ESTABLISHMENTS.search(piece)
        and lexicon.is_first(piece)
        and not lexicon.is_word(piece, endings=False)
        for piece in pieces
    )


# Round 26. A user name alone at the start of a reply to a question for it ("qual è il tuo
# ig?" -> "camillaluna.b", "what's your gamertag?" -> "r0salind.k with a zero"): a token no
# word can be (a dot or an underscore inside, or letters and digits mixed).
_HANDLE_QUESTION = re.compile(
    r"(?<![\w'’])(?i:ig|insta|instagram|tiktok|telegram|snap|snapchat|discord|username|"
    r"user\s?name|nome\s+utente|nick|nickname|handle|gamertag|account|profilo|profile|id)"
    r"(?![\w'’])[^.!\n]{0,40}\?"
)
_ANSWERED_HANDLE = re.compile(
    r"^[ \t]*@?([A-Za-z][A-Za-z0-9._]{2,30}[A-Za-z0-9_])(?=[ \t,.!]*(?:$|\s))"
)


def answered_handle(text: str, question: str, allowed: frozenset[str]) -> Detection | None:
    """A user name answering a question for it (above), outside the business's own."""
    if "?" not in question or not _HANDLE_QUESTION.search(question):
        return None
    match = _ANSWERED_HANDLE.match(text)
    if match is None:
        return None
    value = match.group(1)
    # the shape of the listed handles, or letters and digits mixed (the value opens with a
    # letter, so no "_" can open it)
    shaped = (
        _LISTED_SHAPE.search(value.lower())
        or value.endswith("_")
        or (re.search(r"\d", value) and re.search(r"[A-Za-z]{3}", value))
    )
    if not shaped or _FILE_EXT.search(value) or _LISTED_DOMAIN.search(value.lower()):
        return None
    if re.sub(r"[_.]", "", value.lower()) in allowed:
        return None
    return Detection(match.start(1), match.end(1), "HANDLE", "handle-answer", 0.8)


# Round 35. A name alone at the start of a reply to a question for a name ("Which name should
# be printed on the back?" -> "BLAZE please", "a che nome la prenotazione?" -> "Ferraris,
# grazie"): one or two capitalised words, then the reply's end or a courtesy.
_NAME_QUESTION = re.compile(
    r"(?i:(?:which|what|che|quale|qual)[ \t]+(?:name|nome|nickname|soprannome)|"
    r"a[ \t]+(?:che|quale)[ \t]+nome|a[ \t]+nome[ \t]+di[ \t]+chi|under[ \t]+(?:what|which)"
    r"[ \t]+name|(?:his|her|your|their|the)[ \t]+name|(?:il[ \t]+)?(?:suo|tuo|vostro)[ \t]+nome|"
    r"come[ \t]+si[ \t]+chiama|come[ \t]+ti[ \t]+chiami|name[ \t]+(?:on|for)[ \t]+the|"
    r"(?:your|his|her|their)[ \t]+\w+['’]s[ \t]+name)"
    r"[^.!\n]{0,60}\?"
)
_ANSWERED_NAME = re.compile(
    r"^[ \t]*((?:[A-ZÀ-Ý][A-Za-zà-ÿ'’\-]{1,20})(?:[ \t]+[A-ZÀ-Ý][A-Za-zà-ÿ'’\-]{1,20})?)"
    r"(?=[ \t]*(?:$|[,.!]|(?i:please|pls|plz|per[ \t]+favore|grazie|thanks|thx|thank)(?![\w])))"
)
_NOT_ANSWERED_NAMES = frozenset(
    [
        "yes",
        "yep",
        "yeah",
        "no",
        "nope",
        "ok",
        "okay",
        "sure",
        "si",
        "sì",
        "certo",
        "perfetto",
        "grazie",
        "thanks",
        "thank",
        "please",
        "hi",
        "hello",
        "ciao",
        "salve",
        "buongiorno",
        "buonasera",
        "va",
        "bene",
        "great",
    ]
)


def answered_name(text: str, question: str, is_word: Callable[[str], bool]) -> Detection | None:
    """A name answering a question for one (above); ``is_word`` tells an everyday word, which
    needs to be written in capitals to count ("BLAZE")."""
    if "?" not in question or not _NAME_QUESTION.search(question):
        return None
    match = _ANSWERED_NAME.match(text)
    if match is None:
        return None
    words = match.group(1).split()
    if any(word.lower() in _NOT_ANSWERED_NAMES for word in words):
        return None
    if all(is_word(word) and not word.isupper() for word in words):
        return None
    return Detection(match.start(1), match.end(1), "PERSON", "name-answer", 0.8)


def find_structured(text: str, allowed_handles: frozenset[str] = frozenset()) -> list[Detection]:
    """All structured identifiers in ``text`` (already normalised)."""
    found: list[Detection] = []
    found.extend(_find_emails(text))
    found.extend(_find_urls(text, allowed_handles))
    if "." in text:
        found.extend(_self_hosted(text, allowed_handles))
        found.extend(_personal_hosts(text, allowed_handles))
        taken = [(d.start, d.end) for d in found if d.entity_type in ("URL", "EMAIL_ADDRESS")]
        found.extend(_unknown_sites(text, allowed_handles, taken))
    if " " in text and ("." in text or "dot" in text or "punto" in text):
        taken = [(d.start, d.end) for d in found]
        found.extend(
            d
            for d in _spelled_links(text, allowed_handles)
            if not any(a < d.end and d.start < b for a, b in taken)
        )
    occupied = [(d.start, d.end) for d in found if d.entity_type in ("URL", "EMAIL_ADDRESS")]
    found.extend(find_handles(text, allowed_handles, occupied))
    if any(d.entity_type == "HANDLE" for d in found):
        found.extend(_their_handles(text, found, allowed_handles))
    found = [d for d in found if not _establishment_link(text, d)]
    if "." in text and any(d.entity_type in ("HANDLE", "URL") for d in found):
        found.extend(
            d
            for d in _handle_sites(text, found, allowed_handles)
            if not _establishment_link(text, d)
        )
    digits = sum(map(str.isdigit, text))
    if digits >= 7:
        found.extend(_find_ibans(text))
        found.extend(_find_cards(text))
        found.extend(_find_phones(text))
        if "\n" in text:
            found.extend(_phones_across_lines(text))
        found.extend(_find_vat(text))
    if len(text) >= 30 and any(word in text for word in _SPELLED_HINTS):
        found.extend(_find_spelled_phones(text))
    # (round 26: a private address has few digits, "10.0.0.12")
    if digits >= 7 or text.count(":") >= 2 or (digits >= 4 and text.count(".") >= 3):
        found.extend(_find_ips(text))
    if digits >= 7 and len(text) >= 16:
        found.extend(_find_fiscal_codes(text))
    return found


# Round 36: a second person's user name right after one's own, by a pronoun or a relative
# ("su ig sono sara_viaggia lei martyontheroad", "I'm @tom.w and she's annab_92"): a token no
# dictionary holds, in small letters, digits, dots and "_"
_THEIR_HANDLE = re.compile(
    r"(?<![\w'’])(?i:lei|lui|she|he|she['’]s|he['’]s|mia[ \t]+sorella|mio[ \t]+fratello|"
    r"my[ \t]+(?:sister|brother|wife|husband|friend)|la[ \t]+mia[ \t]+amica|il[ \t]+mio[ \t]+amico)"
    r"(?:[ \t]+(?i:è|e|is|invece|instead))?[ \t]*:?[ \t]+@?([a-z0-9][a-z0-9_.]{3,29}[a-z0-9])"
    r"(?![\w@\-]|\.\w)"
)


def _their_handles(
    text: str, found: Sequence[Detection], allowed: frozenset[str]
) -> Iterable[Detection]:
    """The user names of ``_THEIR_HANDLE`` within 40 characters after a handle found."""
    from privacy.recognizers.names import load_lexicon

    ends = [d.end for d in found if d.entity_type == "HANDLE"]
    for match in _THEIR_HANDLE.finditer(text):
        start = match.start(1)
        value = match.group(1)
        if not any(0 <= match.start() - end <= 40 for end in ends):
            continue
        if any(d.start <= start < d.end for d in found):
            continue
        if load_lexicon().is_word(value) or re.sub(r"[_.]", "", value) in allowed:
            continue
        yield Detection(start, match.end(1), "HANDLE", "handle-theirs", 0.8)


# Round 34 (session 21). Ids by their shape alone, wherever they stand: the clean batches keep
# showing players' and users' names with no "_", "#" or "@" ("PaskyBoy99", "LaTortuga88 (that's
# Pilar)", "CiroTheHero", "n0sc0pe_raj"), each in a phrasing no cue rule had met. Capitals
# inside a word with digits after them, or three capitalised parts, or a digit between letters
# beside a "_", are written by no prose and no code; a word with one capital inside
# ("DomeDestroyer", "DarkHeihachi") or letters then digits ("pasky99") only counts in a message
# of players' talk (a nick, a gamer tag, a console or a game named): elsewhere it is mostly a
# brand or a product ("PayPal", "FedEx", "MacBook"). Brands ("PlayStation", "BlaBlaCar"),
# dictionary words, codes in capitals and a code's noun before stay out.
_ID_TOKEN = re.compile(r"(?<![\w@.#/\-'’])[A-Za-z0-9][A-Za-z0-9_]{3,30}(?![\w@#\-'’]|\.\w)")
# the words of players' talk that let a weaker shape count (not "account" or "id": "il mio
# account PayPal", "the FedEx id")
_ID_CUE_WORDS_TEXT = """
    nick nicks nickname nicknames gamertag gamertags psn xbox steam discord twitch ign tag tags
    battletag epic riot fortnite valorant minecraft roblox postazioni postazione squad clan
    mod mods moderatore moderatori moderatrice moderator moderators streamer streamers
    player players giocatore giocatori gamer gamers
    euw eune oce ranked elo jugar jugador jugadores spieler
"""
_ID_CUE_WORDS = frozenset(_ID_CUE_WORDS_TEXT.split())
# ids written as a list: two shaped tokens with a comma, a slash or "e"/"and" between them
_ID_LIST = re.compile(
    r"(?<![\w@.#/\-'’])([A-Za-z0-9_]{4,31})[ \t]*(?:,|/|\+|&|[ \t](?:e|and|ed)[ \t])[ \t]*"
    r"(?=([A-Za-z0-9_]{4,31})(?![\w@#\-'’]|\.\w))"
)
_CLITIC_CAPITAL = re.compile(r"[a-z](?:La|Le|Lo|Li|Gli|Ne|Ci|Vi)$")
_PLATFORM_NAME = re.compile(_PLATFORMS, re.IGNORECASE)


def _id_strength(token: str) -> int:
    """2: an id whatever the context; 1: an id beside other ids or a platform; 0: none."""
    if not any(c.islower() for c in token) or token.isdigit():
        return 0
    humps = len(re.findall(r"[a-z][A-Z]", token))
    letters_then_digits = re.fullmatch(r"[A-Za-z_]*[A-Za-z]{3,}_?\d{2,4}", token) is not None
    if humps and re.search(r"[A-Za-z]\d{1,4}$", token):
        return 2
    if humps >= 2 and not token[:1].islower():
        return 2
    if "_" in token and re.search(r"[a-z]\d[a-z]", token.lower()):
        return 2
    if humps and re.search(r"[a-z]\d[a-z]", token):
        return 2  # round 37: a capital inside and a digit for a letter ("MartaSupp0rt")
    if (humps == 1 and token[:1].isupper()) or letters_then_digits:
        return 1
    if humps == 1 and re.match(r"[a-z]{3,}[A-Z][a-z]", token):
        return 1  # round 36: "tuttoPhil" beside a platform's or players' words
    if re.fullmatch(r"[a-z]{1,6}[0-9][a-z]{3,}", token):
        return 1  # and a digit for a letter ("n1colas")
    return 0


def shaped_ids(text: str, found: Sequence[Detection]) -> Iterable[Detection]:
    """Round 34: the tokens of ``text`` shaped like a user's or a player's id (see above);
    ``found``: the message's detections so far."""
    from privacy.recognizers.location import well_known_brands
    from privacy.recognizers.names import fold, load_lexicon

    lexicon = load_lexicon()
    brands = well_known_brands()[0]
    lowered = text.lower()
    words = set(re.findall(r"[a-z]+", lowered))
    context = bool(words & _ID_CUE_WORDS)
    if not context and _ID_LIST.search(text):
        # round 37: two ids side by side in a list are each other's context ("team: DarkWolf,
        # SkyFox"), when neither is a brand, a word, a platform or a formal clitic
        # ("disturbarLa", "chiederLe")
        def listed_id(token: str) -> bool:
            return (
                _id_strength(token) > 0
                and fold(token) not in brands
                and not lexicon.is_word(token.lower())
                and not _CLITIC_CAPITAL.search(token)
                and not _PLATFORM_NAME.fullmatch(token)
            )

        context = any(
            listed_id(m.group(1)) and listed_id(m.group(2)) for m in _ID_LIST.finditer(text)
        )
    for match in _ID_TOKEN.finditer(text):
        token, start = match.group(0), match.start()
        strength = _id_strength(token)
        if strength == 0 or (strength == 1 and not context):
            continue
        letters = re.sub(r"[\d_]+", " ", token).strip()
        if (
            fold(token) in brands
            or fold(letters) in brands
            or lexicon.is_word(token.lower())
            or _CODE_WORD_START.match(token)
            or _NETWORK_END.search(token)
            or _CODE_BEFORE.search(text[max(0, start - 30) : start])
        ):
            continue
        if any(d.start < match.end() and start < d.end for d in found):
            continue
        yield Detection(start, match.end(), "HANDLE", "handle-shape", 0.6)


# Round 38. A user name built on a name the conversation gives ("a friend Iker also, he is
# ikerdelmar", "my sister Funmi ... yes she is funmibee", "arjun streams on twitch too btw,
# arjunplaysbad", "I am Olumide, user olu.learns.italiano"): a lowercase token that opens with
# one of the conversation's names (four letters or more, no everyday word) and goes on for three
# characters or more, and is no word, name or place itself; with a dot or an underscore after
# it, the opening may be the first three letters of a longer name ("olu." of Olumide).
_BUILT_TOKEN = re.compile(r"(?<![\w@./#\-])([a-z][a-z0-9_.]{5,30}[a-z0-9])(?![\w@\-/]|\.[a-z0-9])")


def name_built_handles(
    text: str, names: frozenset[str], allowed: frozenset[str]
) -> list[Detection]:
    """The user names of ``text`` built on one of ``names`` (folded names of the
    conversation, no everyday words; see above)."""
    from privacy.recognizers.location import known_place
    from privacy.recognizers.names import load_lexicon

    lexicon = load_lexicon()
    out: list[Detection] = []
    # a name that is a word ("will") needs a longer tail ("willnotwill")
    tails: dict[str, int] | None = None
    for match in _BUILT_TOKEN.finditer(text):
        token = match.group(1)
        if (
            _FILE_EXT.search(token)
            or _DOMAIN_END.search(token)
            or _VERSION.fullmatch(token)
            or re.sub(r"[_.]", "", token) in allowed
        ):
            continue
        head = re.match(r"[a-z]+", token)
        assert head is not None
        letters = head.group(0)
        glued = len(letters) < len(token) and token[len(letters)] in "._"
        if not glued and (
            lexicon.is_word(token)
            or lexicon.is_first(token)
            or lexicon.is_surname(token)
            or known_place(token)
        ):
            continue
        if tails is None:
            tails = {name: 4 if lexicon.is_word(name) else 3 for name in names}
        opening = next(
            (
                name
                for name, tail in tails.items()
                if (token.startswith(name) and len(token) - len(name) >= tail)
                or (glued and len(letters) >= 3 and len(name) >= 5 and name.startswith(letters))
            ),
            None,
        )
        if opening is None:
            continue
        out.append(Detection(match.start(1), match.end(1), "HANDLE", "name-built-handle", 0.8))
    return out
