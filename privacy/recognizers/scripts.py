"""A name written in another script inside a Latin-script message ("my daughter Zhang Mei
(chinese name 张美)", "Sono Yasmine (in arabo ياسمين العمراني)", "grazie, يوسف", "mio nome in
giapponese 佐藤遥"): in Italian or English chat, a short run of Chinese characters, Hangul,
Katakana, Arabic, Hebrew, Devanagari or Thai is most often the writer's or someone's name.

Only short runs count (a Chinese name has two to four characters, an Arabic or Hebrew one one
to three words), only where Latin letters make most of the message (a message written wholly in
Chinese or Arabic is another language, not a name inside ours), and the greetings and thanks
people add in their own script ("谢谢", "شكرا", "ありがとう", "감사합니다", "नमस्ते", "שלום") stay.
Hiragana marks Japanese text, not a name: a run with it is left alone.

Round 25: a capitalised Cyrillic or Greek word (one or two: "Олег", "Наташа", "Σοφία") counts
the same way; a run right after an article, or after an article and a noun ("il 김치", "il tè
龙井", "the 抹茶"), is a dish or a product, and the festive wishes and foods people write in
their script ("شكرا جزيلا", "शुभ दीपावली", "抹茶") stay.

Round 26: a Vietnamese name ("Nguyễn Thị Thảo", "Trần Văn Đức"): one to four capitalised words
written with the letters only Vietnamese uses (the hook, the dot below, the horn: "ễ", "ị",
"ả", "ơ", "ư", "đ"), one of them at least; the greetings, thanks and dishes people write in it
("Xin Chào", "Cảm Ơn", "Phở", "Bánh Mì") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from privacy.recognizers.text import CONFUSABLES
from privacy.types import Detection

SCRIPT_NAME = "name-other-script"

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HANGUL = "\uac00-\ud7af"
_KATAKANA = "\u30a0-\u30ff"
_ARABIC = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
_HEBREW = "\u05d0-\u05ea"
_DEVANAGARI = "\u0900-\u0963"
_THAI = "\u0e01-\u0e4e"
# round 28: the other scripts of India and Sri Lanka (Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam, Sinhala), their vowel signs included
_INDIC = "\u0980-\u0dff"
_CYRILLIC_UPPER = "\u0400-\u042f"
_CYRILLIC_LOWER = "\u0430-\u045f"
_GREEK_UPPER = "\u0386\u0388-\u038f\u0391-\u03ab"
_GREEK_LOWER = "\u03ac-\u03ce"
# the text reaching the rules has the Cyrillic and Greek letters that look Latin mapped to
# Latin ("Олег" -> "Oлeг", privacy.recognizers.text.CONFUSABLES): a word mixes both, with one
# letter of the script at least
_CYRILLIC_WORD = (
    f"(?=[A-Za-z{_CYRILLIC_LOWER}{_CYRILLIC_UPPER}]{{0,14}}[{_CYRILLIC_UPPER}{_CYRILLIC_LOWER}])"
    f"[A-Z{_CYRILLIC_UPPER}][a-z{_CYRILLIC_LOWER}]{{1,14}}"
)
_GREEK_WORD = (
    f"(?=[A-Za-z{_GREEK_LOWER}{_GREEK_UPPER}]{{0,14}}[{_GREEK_UPPER}{_GREEK_LOWER}])"
    f"[A-Z{_GREEK_UPPER}][a-z{_GREEK_LOWER}]{{1,14}}"
)
_GATE = re.compile(
    f"[{_HAN}{_HANGUL}{_KATAKANA}{_ARABIC}{_HEBREW}{_DEVANAGARI}{_INDIC}{_THAI}"
    f"{_CYRILLIC_UPPER}{_CYRILLIC_LOWER}{_GREEK_UPPER}{_GREEK_LOWER}]"
)
_NOT_AFTER = r"(?<![\w\u3040-\u309f])"
_NOT_BEFORE = r"(?![\w\u3040-\u309f])"
_RUNS = re.compile(
    _NOT_AFTER
    + "("
    + "|".join(
        (
            f"[{_HAN}]{{2,4}}(?:[·・][{_HAN}]{{1,3}})?",
            f"[{_HANGUL}]{{2,4}}(?:[ \t][{_HANGUL}]{{1,4}})?",
            f"[{_KATAKANA}]{{2,8}}(?:[・ ][{_KATAKANA}]{{2,8}})?",
            f"[{_ARABIC}]{{2,12}}(?:[ \t][{_ARABIC}]{{2,12}}){{0,2}}",
            f"[{_HEBREW}]{{2,10}}(?:[ \t][{_HEBREW}]{{2,10}}){{0,2}}",
            f"[{_DEVANAGARI}]{{2,12}}(?:[ \t][{_DEVANAGARI}]{{2,12}}){{0,2}}",
            f"[{_INDIC}]{{2,14}}(?:[ \t][{_INDIC}]{{1,14}}){{0,2}}",
            f"[{_THAI}]{{2,12}}",
            f"{_CYRILLIC_WORD}(?:[ \t]{_CYRILLIC_WORD})?",
            f"{_GREEK_WORD}(?:[ \t]{_GREEK_WORD})?",
        )
    )
    + ")"
    + _NOT_BEFORE
)
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_SIGNS = r"[\s\W_]*"
_SIGNATURE_ONLY = re.compile(_SIGNS + "(?P<run>" + _RUNS.pattern + ")" + _SIGNS)
# greetings, thanks and a few everyday words people write in their own script
_EVERYDAY_TEXT = """
    谢谢 謝謝 谢谢你 多谢 不客气 你好 您好 大家好 早上好
    晚上好 晚安 再见 再見 拜拜 好的 没问题 加油 恭喜
    生日快乐 新年快乐 中秋快乐 中国 中國 中文 日本 朋友 老师
    老師 先生 小姐 没有 沒有 可以 不是 我们 我們
    감사 감사합니다 감사해요 고맙습니다 고마워 안녕 안녕하세요
    안녕히 사랑해 사랑해요 축하해요 화이팅 네 아니요
    شكرا شكراً مرحبا مرحباً السلام عليكم الحمد لله إن شاء الله ان ماشاء حبيبي حبيبتي يا اهلا أهلا
    صباح مساء الخير النور مبروك بالتوفيق تسلم يسلمو
    שלום תודה רבה בבקשה שבת מזל טוב בוקר לילה
    नमस्ते नमस्कार धन्यवाद शुक्रिया बधाई शुभकामनाएं
    สวัสดี สวัสดีครับ สวัสดีค่ะ ขอบคุณ ขอบคุณครับ ขอบคุณค่ะ
    コンニチハ アリガトウ
    جزيلا جزيل كثيرا عيد سعيد مبارك رمضان كريم
    शुभ दीपावली दिवाली होली मुबारक नया साल
    新年 春节 快乐 圣诞 节日 祝福
    抹茶 龙井 绿茶 红茶 乌龙 普洱 饺子 包子 拉面 豆腐 寿司 火锅 月饼 白酒 点心
    김치 불고기 비빔밥 라면 떡볶이 소주 막걸리 한식 김밥
    Привет Спасибо Пожалуйста Здравствуйте Добрый Пока Да Нет Москва Россия
    Γεια Ευχαριστώ Καλημέρα Καλησπέρα Ναι Όχι Αθήνα Ελλάδα
    """
# (as the rules see them, the look-alike letters mapped to Latin)
_EVERYDAY = frozenset(word.translate(CONFUSABLES) for word in _EVERYDAY_TEXT.split())


# Round 29: the words of wishes that are also given names ("كريم" Karim of "رمضان كريم",
# "سعيد" Said of "عيد سعيد", "مبارك" Mubarak), a name right after a kin word or a greeting in
# Latin letters ("grazie fratello كريم", "ciao سعيد"); alone in a wish they stay
_ALSO_NAMES = frozenset({"كريم", "سعيد", "مبارك"})
_KIN_OR_GREETING = re.compile(
    r"(?<![\w'’])(?i:fratello|sorella|fratè|frate|bro|brother|sister|sis|cugino|cugina|cousin|"
    r"zio|zia|uncle|auntie|aunt|amico|amica|friend|habibi|habibti|caro|cara|dear|"
    r"grazie|thanks|thank[ \t]+you|ciao|hi|hello|salve|buongiorno|buonasera)[ \t,!:]*$"
)


# an article (or an article and a noun) right before the run: a thing, not a person
_THING_BEFORE = re.compile(
    r"(?<![\w'’])(?i:il|lo|i|gli|un|uno|del|dello|dei|degli|al|allo|ai|the|some|l['’])"
    r"(?:[ \t]+[a-zà-ÿ]{2,12})?[ \t]*$"
)


def find_script_names(text: str) -> Iterable[Detection]:
    """Short runs of another script in a mostly Latin message (see the module)."""
    if not _GATE.search(text):
        return
    foreign = len(_GATE.findall(text))
    if len(_LATIN.findall(text)) <= foreign:
        # round 28: a message that is only a short run besides emoji and signs ("🙏 马琳"): a
        # signature in a conversation written in our languages (a whole Chinese sentence has
        # more, or its words are everyday ones: "好的", "谢谢")
        only = _SIGNATURE_ONLY.fullmatch(text)
        if only is None or _LATIN.search(text):
            return
        run = only.group("run")
        if all(word in _EVERYDAY for word in run.split()) or len(run.split()) > 2:
            return
        yield Detection(only.start("run"), only.end("run"), "PERSON", SCRIPT_NAME, 0.6)
        return
    for match in _RUNS.finditer(text):
        words = match.group(1).split()
        if all(word in _EVERYDAY for word in words) and not (
            all(word in _ALSO_NAMES for word in words)
            and _KIN_OR_GREETING.search(text, max(0, match.start(1) - 30), match.start(1))
        ):
            continue
        if _THING_BEFORE.search(text, max(0, match.start(1) - 30), match.start(1)):
            continue  # "il 김치", "il tè 龙井": a dish or a product
        yield Detection(match.start(1), match.end(1), "PERSON", SCRIPT_NAME, 0.7)


# the letters only Vietnamese writes (Latin Extended Additional, the horned o and u, the barred d)
_VIET_ONLY = "\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111"
_VIET_LETTER = f"a-zà-ÿā-ɏ{_VIET_ONLY}"
_VIET_GATE = re.compile(f"[{_VIET_ONLY}]")
_VIET_WORD = f"[A-ZÀ-ÝĐ\u1ea0-\u1ef8][{_VIET_LETTER}]{{0,8}}"
_VIET_RUN = re.compile(rf"(?<![\w'’@#.]){_VIET_WORD}(?:[ \t]{_VIET_WORD}){{0,3}}(?![\w'’@])")
_VIET_EVERYDAY_TEXT = """
    xin chào chao cảm ơn cám cam on tạm biệt việt nam phở bánh mì bún chả cà phê gỏi cuốn nem
    nước mắm chúc mừng năm mới tết hà nội hồ chí minh sài gòn đà nẵng huế
    """
_VIET_EVERYDAY = frozenset(_VIET_EVERYDAY_TEXT.split())


def find_vietnamese_names(text: str) -> Iterable[Detection]:
    """Capitalised runs with a letter only Vietnamese writes (see the module)."""
    if not _VIET_GATE.search(text):
        return
    for match in _VIET_RUN.finditer(text):
        value = match.group(0)
        if not _VIET_GATE.search(value):
            continue
        words = [word.lower() for word in value.split()]
        if all(word in _VIET_EVERYDAY for word in words):
            continue
        if _THING_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "il Phở Bò": a dish
        yield Detection(match.start(), match.end(), "PERSON", SCRIPT_NAME, 0.7)
