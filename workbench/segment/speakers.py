"""Speaker phrases: the subject a reporting verb governs, cleaned of what is not the party.

Arabic subjects follow the verb (`قال وزير المالية إن`) up to a preposition,
a time word, a relative pronoun, a circumstantial participle (`موجها`) or an
addressee (`لوكالة ...`); when there is none, the subject is the phrase before
the verb (`الوزارة قالت`), past any relative clause (`X، الذي ...، قال`) and
auxiliary (`كان ... قد`). English subjects are the noun phrase before the verb,
past intro phrases (`In a book ...,`), appositions and relative clauses.
Pronouns give no speaker: the caller carries the previous one over.
"""

from __future__ import annotations

import re
from itertools import islice, takewhile

from workbench.segment.patterns import SPACES, LanguagePatterns, fold, last_match, patterns

_WORD = re.compile(r"[^\s،,؛;:.!?؟\"“”«»()\[\]]+")
_QUOTE_CHARS = "\"“”«»„‹›"
_TRIM = " \t\r\n\u00a0،,؛;:.-–—\"“”«»„()[]'’‘"
# a closing bracket stays when it closes one (see clean_speaker); ^ and < are wire markup (^Team finds ...<)
_TRIM_BUT_CLOSER = _TRIM.replace(")", "") + "^<"
_ASIDE = re.compile(r"\s[-–—]|\(|\s-|[،,]\s*[وف]?(?:هو|هي|وهم)\s")  # (فاطمة، وهي أم ...: her apposition)
# a comma, but not one inside a number (5,000)
COMMA = re.compile(r"،|,(?!(?<=\d,)\d)")
_COMMAS = (",", "،")
_QUOTE_MARK = re.compile("[" + _QUOTE_CHARS + "]")

def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return _WORD.findall(text, start, len(text) if end is None else end)


def clean_speaker(phrase: str) -> str:
    """The phrase without surrounding punctuation and quotes; a closing bracket stays when it closes one,
    and a quotation mark inside when it is paired (`معهد "سي دي هاو"`, not `شركة "إيني`)."""
    phrase = " ".join(phrase.split()).strip(_TRIM_BUT_CLOSER)
    if "<" in phrase or ">" in phrase:
        # (Harcourt Engineering Plc <HRCT.L>: a wire's ticker, gone; <Denholm Engineering Plc>: a wire's tag on a
        # company's name, the name kept)
        phrase = " ".join(_TICKER.sub(" ", phrase).replace("<", " ").replace(">", " ").split())
    if "(" in phrase:
        phrase = without_age(phrase).strip(_TRIM_BUT_CLOSER)
    while phrase.endswith(")") and phrase.count("(") < phrase.count(")"):
        phrase = phrase[:-1].rstrip(_TRIM_BUT_CLOSER)
    if phrase.count("(") > phrase.count(")") and _OPEN_ACRONYM.search(phrase):
        phrase += ")"  # `The Scotch Whisky Association (SWA) said`: a trim upstream took the acronym's closer
    phrase = _LONE_CLITIC_CLOSING.sub("", phrase)  # (ووعد الوزير بـ"النظر": the preposition of the quoted words)
    return _paired_quotes(phrase.lstrip(")"))


_TICKER = re.compile(r"<[A-Z0-9.]{1,12}>")
# an Arabic preposition written apart before a quotation (بـ"، لـ«), left closing a phrase
_LONE_CLITIC_CLOSING = re.compile(r"\s+[بل]ـ+$")
_AGE_CHUNK = re.compile(r"\s*\d{1,3}(?:\s*(?:عاما|عامًا|عام|سنة))?\s*")  # an age set off by commas
_AGE_IN_BRACKETS = re.compile(r"\s*\(\d{1,3}(?:\s*(?:عاما|عامًا|عام|سنة|years?(?: old)?))?\)")


def without_age(phrase: str) -> str:
    """`phrase` without an age in brackets (رنا (32 عاما), Rahima Khatun (45) of Bhurbandha): no part of a name."""
    return _AGE_IN_BRACKETS.sub("", phrase) if "(" in phrase else phrase


_OPEN_ACRONYM = re.compile(r"\(\s*[\w.&-]+$")


_ANY_QUOTE = re.compile("[\"“”«»]")


def _paired_quotes(phrase: str) -> str:
    """`phrase` without the quotation marks that have no partner in it."""
    if not _ANY_QUOTE.search(phrase):
        return phrase  # most speakers have none
    if phrase.count('"') % 2:
        cut = phrase.rfind('"')
        phrase = phrase[:cut] + phrase[cut + 1:]
    for opener, closer in (("“", "”"), ("«", "»")):
        while phrase.count(opener) > phrase.count(closer):
            cut = phrase.rfind(opener)
            phrase = phrase[:cut] + phrase[cut + 1:]
        while phrase.count(closer) > phrase.count(opener):
            cut = phrase.find(closer)
            phrase = phrase[:cut] + phrase[cut + 1:]
    return " ".join(phrase.split())


def is_pronoun(phrase: str, pat: LanguagePatterns) -> bool:
    f = fold(phrase)
    return not f or f in pat.pronouns or (pat.language == "ar" and f[0] in "وف" and f[1:] in pat.pronouns)


# a part of a group named before, with its pronoun (أحدهم، بعضهم، معظمهم، كلهم): a subject, no possessed object
_PART_OF_THEM = ("أحد", "بعض", "معظم", "أغلب", "جميع", "كل", "غالبيت", "أكثر")
# circumstantial participle (موجها، مخاطبا): the subject ended. A participle's second letter is a root
# letter, never alif, so ماريا is a name; hardly ever ي either (ميليسا)
HAL = re.compile(r"(?<!\w)م[^\Wاي]\w+ا(?!\w)")
# و, a definite noun and a preposition right after a verb (وتابعت والدموع في عينيها): a circumstantial clause, not
# the subject (which never opens with و; but والدة الأسير, والي الولاية: nouns of their own)
_HAL_CLAUSE = re.compile(r"\s*وال[^\W\d]{3,}\s+(?:في|على)\s")


# English articles and possessives: the word after one is a noun (The protesters), not a verb
ARTICLES = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your"))
_EACH_OF = re.compile(r"\s*كل\s+من\s+")
# whom it was said to, by a quoted name (قال لـ"سكاي نيوز عربية" إن): the whole name, however many words
_QUOTED_SUBJECT = re.compile(r"\s*[«\"“]([^«»\"“”،,]{2,80})[»\"”](?:\s*\([^()]{1,30}\))?\s*$")
# (a quoted outlet told, perhaps with its site's word: لـ"القدس" دوت كوم)
_QUOTED_ADDRESSEE = re.compile(r"\s*لـ?\s*[«\"“][^«»\"“”،,]{1,40}[»\"”](?:\s+(?:دوت\s+كوم|نت|أونلاين)(?!\w))?"
                               r"|\s*(?:لي|لنا)\s+(?=\S)")  # (or the reporter told: وقالت لي الوزيرة)
AR_PREPOSITIONS = frozenset(fold(w) for w in ("عن", "من", "في", "على", "إلى", "حول", "بعد", "قبل", "خلال"))
_SUBJECT_CHARS = 240  # a subject phrase is never longer; capping it keeps long paragraphs linear


_ON_BEHALF = re.compile(r"نيابة\s+عن\s+")


def masdar_shaped(w: str, raw: str) -> bool:
    """Is the folded word `w` (`raw` as written) shaped like a verbal noun or a فعال noun, never a verb?"""
    return (len(w) == 5 and w[0] == "ت" and w[3] == "ي"  # masdar of form II (تصدير، تعزيز)
            # فعال nouns (نظام، سلاح، قتال); verbs open with أ ي ت, and a hamza is no alif (بدأت is a verb)
            or len(w) == 4 and raw[2:3] == "ا" and w[0] not in "يتا"
            or len(w) == 7 and w.startswith("است") and w[5] == "ا"  # masdar of form X (استثمار، استخدام)
            # masdar of form VIII or VII (اجتماع، انسحاب)
            or len(w) == 6 and w[0] == "ا" and (w[2] in "تطد" or w[1] == "ن") and w[4] == "ا")


# verbal nouns of form III (مراجعة، معالجة) and form V (تتبع، تطور; not تونس), as written: shapes names share more
# often than masdar_shaped's, so only where a preposition or a document's ل already says a verbal noun may come
FORM_THREE_MASDAR = re.compile(r"م\wا\w\wة")
FORM_FIVE_MASDAR = re.compile(r"ت[^\Wاوي\d]\w\w")


def derived_verbal_noun(word: str) -> bool:
    """Is `word` (as written) a verbal noun of a derived form (توقيف، استخدام، انسحاب), never a name? (A فعال noun
    may be one: هشام، عماد.)"""
    return len(word) > 4 and masdar_shaped(fold(word), word)


def bi_verbal_noun(word: str) -> bool:
    """ب and a verbal noun (بوجود، بإجراء، بمراجعة): a verb's prepositional object (أقر بوجود "..."، طالب X بمراجعة
    السعر), no part of a subject; not a name opening with ب (بوتين، بشار)."""
    rest = word[1:]
    return (word.startswith("ب") and not word.startswith("بال") and len(rest) >= 4
            and (masdar_shaped(fold(rest), rest) or len(rest) == 4 and rest[2] == "و"
                 or rest[0] in "إا" and len(rest) >= 5 or rest[0] == "م" and rest.endswith("ة")))


# a preposition with a pronoun pointing back to the event (خلاله، فيها، أثناءه) between the verb and its subject
_DURING_IT = re.compile(r"\s*(?:خلال|أثناء|في|عبر)(?:ه|ها|هما|هم)\s+")


# an age set off after a name (، 34 عاما،)
_AGE_ASIDE_AR = re.compile(r"[،,]\s*[\d٠-٩]{1,3}\s+(?:عاما|سنة)(?!\w)")
# `earlier` right after a verb, before its subject or content (ذكرت سابقا أن); after a role it is part of it (عضو
# مجلس الإدارة سابقا: a former member)
_LEADING_WORD = re.compile(r"\s*(?P<w>\w+)(?!\w)")
# اليوم before an ordinal is a name (a day of a festival, a paper), not today
_ORDINALS_AR = frozenset(fold(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"))


def _day_in_a_name(phrase: str, stop: re.Match) -> bool:
    """Is the اليوم at `stop` followed by an ordinal, a name (صحيفة اليوم السابع), not today?"""
    after = _LEADING_WORD.match(phrase, stop.end())
    return stop.group("w") == "اليوم" and after is not None and fold(after.group(1)) in _ORDINALS_AR


def _past_adverbials(phrase: str, pat: LanguagePatterns) -> str:
    """The phrase after a verb past its words of when and how (وقال لاحقا الوزير، وأكدت اليوم الأربعاء الوزارة,
    وكانت رويترز قد ذكرت سابقا أن): the subject, if any, comes after them."""
    lead = _LEADING_WORD.match(phrase)
    while lead and fold(lead.group("w")) in pat.adverbials:
        if _day_in_a_name(phrase, lead):
            break
        phrase = phrase[lead.end():]
        lead = _LEADING_WORD.match(phrase)
    return phrase


def without_quoted_outlet(phrase: str) -> str:
    """The Arabic subject or party phrase without a quoted outlet closing it (المتحدث غيث الربيعي لـ"اندبندنت عربية"،
    / متعاملون اقتصاديون لـ"الوطن".): whom it was told to; but الرئيس المدير العام لـ«سوناطراك» رشيد بن عمار: the
    title's company, the name after it."""
    told = _QUOTED_ADDRESSEE.search(phrase, 1)
    if told and phrase[told.start()].isspace() and not phrase[told.end():].strip(" ،,:."):
        return phrase[:told.start()]
    return phrase


# the last words of outlets' names that have no article (لعنب بلدي، لفرانس برس، لواشنطن بوست): after ل, whom it
# was said to
_OUTLET_TAILS = frozenset(fold(w) for w in ("بلدي", "برس", "بوست", "تايمز", "نيوز", "نت"))
_OUTLET_EDITIONS = frozenset(fold(w) for w in ("عربية", "العربية", "عربي", "الدولية"))


def arabic_subject_after(text: str, start: int, end: int, pat: LanguagePatterns) -> str:
    phrase = text[start:min(end, start + _SUBJECT_CHARS)]
    quoted = _QUOTED_SUBJECT.match(phrase)
    if quoted and len(quoted.group(1).split()) <= 10:
        return " ".join(quoted.group(1).split())  # أعلنت «الجمعية اللبنانية من أجل ديمقراطية الانتخابات» (لادي) أن:
        # a quoted name right after the verb is the whole subject, its preposition (من أجل) no stop
    phrase = _past_adverbials(phrase, pat)
    age = _AGE_ASIDE_AR.search(phrase)
    if age:
        phrase = phrase[:age.start()]  # (سارة ويتفيلد، 34 عاما، من ليدز: her age and what follows are asides on her)
    behalf = _ON_BEHALF.search(phrase)
    if behalf:
        phrase = phrase[behalf.end():]  # (بيان تلاه المتحدث نيابة عن الوزير: the minister it was read for)
    during = _DURING_IT.match(phrase)
    if during:
        phrase = phrase[during.end():]  # (اجتماع أكد خلاله الوزير: the meeting, where the minister spoke)
    each_of = _EACH_OF.match(phrase)  # وأكد كل من الوزير ونظيره: the parties after كل من, not كل
    if each_of:
        phrase = phrase[each_of.end():]
    addressee = _QUOTED_ADDRESSEE.match(phrase)
    if addressee:
        phrase = phrase[addressee.end():]
    phrase = without_quoted_outlet(phrase)
    seat = next((c for c in COMMA.finditer(phrase) if pat.seat_aside.match(phrase, c.end())), None) if (
        "مقر" in phrase or "دعى" in phrase or "اسم" in phrase) else None
    if seat:
        named = pat.name_aside.match(phrase, seat.end())
        name = re.split(r"[،,:]", phrase[named.end():])[0].strip() if named else ""
        if 0 < len(name.split()) <= 4:
            return name  # (أحد النازحين، ويدعى آدم عبد الله، للجزيرة نت: the name he goes by)
        phrase = phrase[:seat.start()]  # (شركة X، ومقرها مدينة أيوا، إن: where the party is based is no part of it)
    anonymous = pat.anonymity_aside.search(phrase) if "عدم" in phrase else None
    if anonymous:  # (مصدر مسؤول طلب عدم الكشف عن هويته: the subject ends before the aside's verb, which is no name
        # set off after a role either: مسؤول في الوزارة، طلب عدم نشر اسمه، إن)
        phrase = phrase[:phrase.rstrip().rfind(" ", 0, anonymous.start() - 1) + 1] or phrase[:anonymous.start()]
    named = _role_then_name(phrase, pat) if "،" in phrase or "," in phrase else None
    if named:
        return named
    # a cue inside the subject (صحيفة، نقلا عن ...) ends it before its own preposition (عن) can: look for one
    # only as far as the first stop word, which ends most subjects within a few words
    partitive = pat.partitive.match(phrase)  # (عدد من الطلبة المقيمين: the من of a part is no stop)
    stop = _speaker_stop(phrase, partitive.end() if partitive else 0, pat)
    cue = pat.cue.search(phrase, 0, stop.end() if stop else len(phrase))
    if cue:
        phrase = _before_stop(phrase, cue.start())
        stop = _speaker_stop(phrase, partitive.end() if partitive else 0, pat)  # (uncut, the phrase's first
        # stop word is the one found above)
    if stop:
        phrase = _before_stop(phrase, stop.start())
    # every stopper needs a character other than white space (a verb right before its marker has no subject)
    for stopper in (HAL, _ASIDE, pat.participle, pat.verb, pat.complementizer):
        if phrase.isspace() or not phrase:
            break
        stop = _hal(phrase, pat) if stopper is HAL else stopper.search(phrase)
        if stop and stopper is pat.verb and fold(stop.group("w")) in pat.homographs and phrase.startswith(
                ("،", ","), stop.end()):
            stop = stopper.search(phrase, stop.end())  # (لوه بين، المتحدث: a name's last word, closed by a comma)
        while stop and stopper is pat.complementizer and phrase[stop.start():stop.end()].strip() == "فان" and not (
                phrase[:stop.start()].rstrip().endswith(("،", ","))):
            stop = stopper.search(phrase, stop.end())  # (يان فان دير بيرغ: van in a name, no فإن)
        if stop:
            phrase = _before_stop(phrase, stop.start())
    ws = strip_particles(clean_speaker(phrase).split(), pat)
    circumstance = next((i for i in range(1, len(ws)) if fold(ws[i]) in APPOSITION_PRONOUNS
                         or fold(ws[i]) in _THAT_OBJECT), None)
    ws = ws[:circumstance]  # (يروي الرجل وهو يشير: the man, while pointing; ولم تؤكد شركة ميريديان ذلك: what it did
    # not confirm, no word of its name)
    # a definite noun takes no indefinite verbal noun after it: that noun is the verb's object
    # (نفى قائد شرطة المحافظة استخدام الرصاص), nor a claim it denies (ونفت الجمعية التقرير)
    cut = next((i for i in range(1, len(ws)) if ws[i - 1].startswith(("ال", "وال")) and (fold(ws[i]) in (
        pat.rejected_nouns) or not ws[i].startswith(("ال", "وال")) and derived_verbal_noun(ws[i]))), None)
    ws = ws[:cut]
    if ws and ws[0].startswith("ل") and len(ws[0]) <= 4 and len(ws) > 1 and all(len(w) <= 2 for w in ws[1:3]):
        ws = ws[1 + sum(1 for _ in takewhile(lambda w: len(w) <= 2, ws[1:4])):]  # قال لبي بي سي: an outlet
        # spelled in letters is whom it was said to
    if len(ws) > 1 and ws[0].startswith("ل") and len(ws[0]) > 3 and fold(ws[1]) in _OUTLET_TAILS:
        ws = ws[2:]  # وقال لفرانس برس مدير المستشفى، وأضافت لعنب بلدي: an outlet whom it was said to
        if ws and fold(ws[0]) in _OUTLET_EDITIONS:
            ws = ws[1:]  # (لسكاي نيوز عربية: its edition)
    while ws and ws[0].startswith(("لـ", "لل")):
        # قال لـ"الغد" إن، ويضيف للجزيرة نت، وقال للصحافيين، وقال للجنة التحقيق: whom it was said to, before any
        # subject (a noun opening with ل itself, لجنة, takes its genitive along)
        addressee, ws = ws[0], ws[1:]
        if ws and (fold(ws[0]) in ("نت", "نيوز") or fold(addressee[1:]) in pat.lam_nouns):
            ws = ws[1:]
    if ws and fold(ws[0]) in APPOSITION_PRONOUNS or _HAL_CLAUSE.match(text, start, end):
        return ""  # فقالت وهي تبكي إنها: a circumstantial clause, the subject is the verb's own (وتابعت والدموع في
        # عينيها: و and a definite noun, then where it is)
    if (len(ws) == 1 and len(ws[0]) >= 4 and ws[0].endswith(("ه", "ها", "هم")) and not ws[0].startswith("ال")
            and not ws[0].startswith(_PART_OF_THEM) and not _possessed_role(ws[0], pat)):
        return ""  # a possessed noun (حديثه، كلمتها) is the verb's object, not its subject (المتهم has ال, أحدهم
        # and بعضهم are one or some of them: subjects)
    # لـX after the subject is whom it was said to (قال X لوكالة ...), not the speaker; ل never comes before a
    # bare alif, so لافروف is a name
    raw = [w for w in (w.strip(_TRIM) for w in text[start:min(end, start + 60)].split()) if w]
    if (ws and ws[0].startswith("ل") and len(ws[0]) > 3 and not ws[0].startswith(("لل", "لا"))
            and ws[0][1] not in "وي" and fold(ws[0]) not in pat.lam_nouns and raw[:1] == ws[:1]
            and 1 <= len(raw) <= 3 and all(w.startswith("ال") or fold(w) in _OUTLET_TAILS for w in raw[1:])):
        # ويقول لفرانس24: / وقالت لرويترز إن / وقال لهيئة المحكمة: whom it was said to, right after the verb and
        # up to the content; no subject (قال لودريان في تصريح: a name)
        return ""
    for i in range(1, len(ws)):
        if ws[i].startswith("لل") and i + 1 < len(ws) and fold(ws[i + 1]) in ("نت", "نيوز"):
            ws = ws[:i]  # قال الفيتوري للجزيرة نت: an outlet whom it was said to (an organisation's للتنمية stays)
            break
        if i == len(ws) - 1 and not ws[i - 1].startswith("ال") and ws[i][1:2] in ("و", "ي"):
            break  # (رئيسة المحكمة كاترين) لوفيفر: a first name and a surname (لو، لي: Lefebvre, Lionel), not لرويترز
        if (ws[i][:1] == "ل" and ws[i][1:2] in ("و", "ي") and not ws[i].endswith(("ي", "ية"))
                and i + 1 < len(ws) and (not ws[i + 1].startswith(("ال", "ل")) or ws[i][1:2] == "ي" and fold(
                    ws[i - 1].removeprefix("ال")) in pat.person_roles)):
            continue  # so a first name before its surname (للنقابة لوران موران), where `to` takes a definite noun
            # (لوزير الخارجية); not a nisba (ليبية: an adjective); after a role, a surname with its article too
            # (المحامية ليلى الحاج)
        if (ws[i].startswith("ل") and not ws[i].startswith(("لل", "لا")) and len(ws[i]) > 2
                and not (len(ws[i]) == 3 and ws[i][1] in "وي")  # (جان لوك: a name; لبي بي سي: to the BBC)
                and fold(ws[i - 1][2:] if ws[i - 1].startswith("ال") else ws[i - 1]) not in pat.name_titles
                # (العقيد لطفي الهمامي: a name after a title)
                and fold(ws[i]) not in pat.lam_nouns  # (رئيس لجنة الخطة: a noun of the title)
                and fold(ws[i][1:]) not in pat.portfolio_nouns  # (وكيل الوزارة لشؤون الشرطة: its portfolio)
                and not _names_what_it_heads(ws, i, pat)):
            unnamed = fold(ws[0]) in pat.source_nouns or fold(ws[0]) in pat.person_roles  # (مصدر مصرفي كبير
            # لرويترز، طالبا عدم نشر اسمه: an unnamed source, whom it told before the aside)
            if i == len(ws) - 1 and not ws[i - 1].startswith("ال") and not unnamed and re.search(
                    re.escape(ws[i]) + r"\s*[،,]", text[start:min(end, start + _SUBJECT_CHARS)]):
                # جان-إيف لودريان، إن / مارتا لوبيز، وهي ممرضة: a name closing before a comma (which the phrase
                # may have lost with an aside after it), not an addressee
                break
            ws = ws[:i]
            break
    if len(ws) > 1 and fold(ws[0]) in _RESUMED_BEFORE_SUBJECT and not ws[0].startswith("آ"):  # (آلية folds as إليه)
        ws = ws[1:]  # (وهو ما ردت عليه الهيئة بأن: what the verb answers, then its subject)
    while ws and ws[-1] in ("ل", "لـ"):
        ws = ws[:-1]  # (الدكتور عبدالله الرشيدي لـ"كونا": whom it was said to, its quoted name gone)
    if len(ws) > 1 and ws[-1].startswith("ل") and ("." in ws[-1] or ws[-1].startswith("لل") and not (
            ws[-2].startswith("ال") and ws[-2] != "الله" or ws[-2].startswith("لل"))
            and not any(fold(w.removeprefix("ال")) in pat.name_heads for w in ws[:-1])):
        ws = ws[:-1]  # مصدر دبلوماسي أردني للأناضول، محمد الطراونة للعربية.نت، الطاهر عبد الله للأناضول: the outlet
        # told, after an indefinite word or a name, or spelled as a site (but الهيئة العامة للاستثمار: the genitive
        # of a name; جمعية مراكش للشفافية: the body's own name)
    if len(ws) > 1 and _speech_of_its_own(ws[-1]):
        ws = ws[:-1]  # وختم عثمان حديثه بالقول: his talk is what the verb ends, its object
    own_version = next((i for i in range(1, len(ws)) if _IN_ITS_OWN.fullmatch(ws[i])), None)
    ws = ws[:own_version]  # (نقلت وكالة "سبأ" بنسختها التي تديرها الجماعة: in its version, which the name is not)
    if len(ws) > 1 and fold(ws[0]) in pat.documents and _RELATIVE_VERB_SHAPED.fullmatch(ws[1]) and not (
            pat.intro.fullmatch(ws[1])):  # (but أرقام نشرتها وزارة التعليم: the issuer, after the verb of issuing)
        ws = ws[:1]  # (وجدت دراسة شارك في إعدادها أن: the study; an indefinite document's relative clause, its verb
        # no word of the party)
    if len(ws) == 1 and ws[0].startswith("ب") and not ws[0].startswith("بال") and len(ws[0]) > 4 and (
            derived_verbal_noun(ws[0][1:]) or fold(ws[0][1:]) in _MANNERS):
        return ""  # (قبل أن تضيف بسخرية: how she said it; the one who spoke before goes on)
    return " ".join(ws)


# a word that can open the relative clause of an indefinite noun: no article, no participle's م, no adjective's or
# plural's ending (دراسة شارك في إعدادها، تقرير صدر أمس; not دراسة حديثة، تقرير حكومي، بيان مشترك)
_RELATIVE_VERB_SHAPED = re.compile(r"(?![المب])[^\W\d]{3,}(?<!ة)(?<!ي)(?<!ين)(?<!ون)(?<!ات)(?<!ان)")  # (nor a
# preposition's: بيان للوزارة، تقرير بشأن)
# ب and a noun with its possessor after a party's name: which of it (بنسختها، بفرعها), no word of the name; not باسمها
# (المتحدث باسمها: a spokesman's title)
_IN_ITS_OWN = re.compile(r"ب(?!اسم|ال)[^\W\d]{3,}(?:ها|هم|هما)")
# nouns of how something was said, after ب (بسخرية، بحزن، بغضب)
_MANNERS = frozenset(fold(w) for w in ("سخرية", "حزن", "غضب", "مرارة", "حسرة", "ابتسامة", "حماس", "ثقة", "هدوء",
                                       "صراحة", "أسف", "فخر", "قلق"))


# nouns of what was said (حديث، كلمة، تصريح): with their possessor, the verb's object
_SPEECH_NOUNS = frozenset(fold(w) for w in ("حديث", "كلمة", "كلام", "تصريح", "تصريحات", "خطاب", "مداخلة", "رسالة",
                                            "مقابلة", "تغريدة", "تدوينة", "منشور", "تعليق", "رد"))


def _speech_of_its_own(word: str) -> bool:
    """Is `word` a speech noun with its possessor (حديثه، كلمتها، تصريحاته): what the speaker said, no subject?"""
    stem = re.sub(r"(?:هما|هم|ها|ه)$", "", word)
    return stem != word and (fold(stem) in _SPEECH_NOUNS or stem.endswith("ت") and fold(stem[:-1] + "ة") in (
        _SPEECH_NOUNS))


_RESUMED_BEFORE_SUBJECT = frozenset(fold(w) for w in ("عليه", "عليها", "عنه", "عنها", "إليه", "إليها"))
KUNYA = frozenset(fold(w) for w in ("أم", "أبو"))  # (أم خالد، أبو علي: a name by a child's)


def _names_what_it_heads(ws: list[str], i: int, pat: LanguagePatterns) -> bool:
    """Whether ws[i], a noun with ل and a genitive after it, names what the subject before heads (الرئيس التنفيذي
    لشركة أرامكو، المرصد السوري لحقوق الإنسان، الاتحاد العام لطلبة تونس), not whom it was said to (الوزير لأعضاء
    البرلمان، الرئيس الفرنسي لنظيره الأمريكي): after a title's adjective or a definite institution."""
    if (2 <= i < len(ws) - 1 and fold(_INSTITUTION_PREFIX.sub("", ws[i - 2])) in pat.name_heads
            and not ws[i - 1].startswith("ال") and fold(ws[i][1:]) not in pat.name_heads
            and not ws[i].endswith(("ه", "ها", "هم", "هما"))):
        return True  # (جمعية "أمل" لمرضى السكري: a body's own name, then whom it serves; not شركة أرامكو لوكالة
        # الأنباء, an outlet)
    if (i + 1 >= len(ws) or ws[i].endswith(("ه", "ها", "هم", "هما")) or not ws[i - 1].startswith("ال")
            or fold(ws[i - 1][2:]) in pat.name_heads):
        return False  # (المنظمة لأعضاء البرلمان: right after the institution's noun, whom it said it to)
    if fold(ws[i - 1]) in pat.title_adjectives:
        return True
    if ws[i - 1].endswith("ي") and fold(ws[i][1:]) in pat.name_heads:
        return True  # (المستشار الإعلامي لوزارة الإسكان: a role's adjective, then the body it serves)
    # past an adjective or a genitive of the name (المفوضية السامية للأمم المتحدة لشؤون اللاجئين, مكتب الأمم المتحدة
    # لتنسيق الشؤون الإنسانية; مصدر بالشركة القابضة لكهرباء مصر: the body after its preposition)
    return any(fold(_INSTITUTION_PREFIX.sub("", w)) in pat.name_heads for w in ws[max(0, i - 5):i - 1])


_INSTITUTION_PREFIX = re.compile(r"^(?:[بل]?ال|لل)")


# `رئيسة بعثة الصندوق إلى الأردن، ماريا فيرنانديز،` up to the content marker: a role and the name set off after it
# (perhaps whom it was said to after it, ، لموقع سكاي نيوز عربية:, or the verb's object, ، الاتفاق بأنه)
_ROLE_THEN_NAME = re.compile(r"\s*([^،,]{3,120}?)\s*[،,]\s*([^،,]{3,50}?)\s*[،,]\s*"
                             r"(?:[^\s،,]+(?:\s+[^\s،,]+){0,3}\s*)?")


def _body_inside_a_body(ws: list[str], i: int, pat: LanguagePatterns) -> bool:
    """Is ws[i], a بال word, the larger body the party ws[0] belongs to (شعبة المواد البترولية بالاتحاد العام للغرف
    التجارية: the division at the federation), not the verb's object (رحبت هيئة النزاهة بالحكم)?"""
    return (fold(ws[0].removeprefix("ال")) in pat.name_heads and ws[i].startswith("بال")
            and fold(ws[i][3:]) in pat.name_heads and ws[i - 1].startswith("ال"))


def _role_then_name(phrase: str, pat: LanguagePatterns) -> str | None:
    """The role and the name of `role، name،` filling the whole subject phrase, else None. (A stop word inside
    the role, إلى الأردن, would otherwise end the subject before the name.)"""
    if not 2 <= phrase.count("،") + phrase.count(",") <= 3:
        return None  # (the pattern's two commas, perhaps a third in whom it was said to: most phrases fail here)
    found = _ROLE_THEN_NAME.fullmatch(phrase)
    if found is None:
        return None
    role, name = found.group(1).split(), found.group(2).split()
    head = fold(role[0][2:] if role[0].startswith("ال") else role[0])
    ranked = 0  # the name's rank before it (الملازم أول عبد الحكيم زرقين): no word of the name
    if fold(name[0].removeprefix("ال")) in pat.name_titles:
        ranked = 2 if len(name) > 2 and fold(name[1]) in ("اول", "ثان") else 1
    if (head not in pat.person_roles and not (head in pat.name_titles and len(role) > 1)  # (نقيب أصحاب الحافلات: a
            # rank's word heading a union's name, its head)
            or len(role) > 10 or not 1 <= len(name) - ranked <= 4):
        return None
    if any(w.startswith("ال") and fold(w[2:]) not in pat.name_titles | pat.person_roles
           and fold(w) not in pat.title_adjectives and not (i == 0 and fold(w).endswith("ي"))
           and not (i and fold(name[i - 1]) in NAME_COMPOUNDS)  # (عبد الحكيم)
           for i, w in enumerate(name[:-1])) or (
            pat.speaker_stop.search(found.group(2)) or pat.verb.search(found.group(2))):
        return None  # (a name has no article but on a title or a role, الدكتور، النائب السابق, or a nationality
        # before it, الإسباني خافيير مونتيس; nor a stop word or a verb)
    return " ".join(role + name)


def _possessed_role(word: str, pat: LanguagePatterns, nouns: frozenset | None = None) -> bool:
    """Is `word` a person's role with its possessor (مدربه، ممثلتها: his coach, its representative), a subject?
    (`nouns`: other nouns than roles, a body's: وزارته)"""
    stem = re.sub(r"(?:هما|هم|ها|ه|نا)$", "", word)  # (and ours: مراسلنا، مراسلتنا)
    if nouns is None and stem.endswith("و") and stem.startswith("م") and len(stem) >= 5 and stem != word:
        return True  # منظموه، مسؤولوها: people of a participle's plural, with their possessor
    stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
    return fold(stem) in (pat.person_roles if nouns is None else nouns)


def is_possessed_object(word: str, pat: LanguagePatterns) -> bool:
    """Is `word`, past a subject's first words, a noun with its possessor that is the verb's object (ترحيبه،
    أسفها، رفضهم), not a role (محاميه) nor a name (عبد الله)?"""
    return (len(word) >= 4 and word.endswith(("ه", "ها", "هم", "هما")) and not word.startswith("ال")
            and not word.endswith("الله") and fold(word) not in RESUMPTIVE_OBJECTS
            and not _possessed_role(word, pat))


def _hal(phrase: str, pat: LanguagePatterns) -> re.Match | None:
    """The first circumstantial participle in `phrase`, not a role with its possessor, which has the same shape
    (مدربها الفرنسي، ممثلها: her coach, its representative)."""
    return next((m for m in HAL.finditer(phrase)
                 if not (m.group().endswith(("ها", "نا")) and _possessed_role(m.group(), pat))), None)


def _speaker_stop(phrase: str, start: int, pat: LanguagePatterns) -> re.Match | None:
    """The first stop word ending the Arabic subject phrase, past a في that places a role in its institution
    (مسؤول في وزارة الخارجية القطرية، كبيرة الاقتصاديين في بنك الاستثمار) rather than saying where it was said (في
    بيان، في تصريح) or when."""
    stop = pat.speaker_stop.search(phrase, start)
    while stop and (fold(stop.group("w")) == "في" and _placed_role(phrase, stop, pat)
                    or fold(stop.group("w")) == "عن" and _seat(phrase, stop, pat)
                    or fold(stop.group("w")) in ("عن", "من") and _inside_a_body_name(phrase, stop, pat)
                    or fold(stop.group("w")) == "عن" and fold(
                        (words(phrase, 0, stop.start())[-1:] or [""])[0]) in _DEFENCE_OF
                    or fold(stop.group("w")) == fold("على") and _overseen_in_a_body_name(phrase, stop, pat)
                    or fold(stop.group("w")) == "من" and _source_from_a_body(phrase, stop, pat)
                    or _day_in_a_name(phrase, stop)):
        stop = pat.speaker_stop.search(phrase, stop.end())
    any_object = _ANY.search(phrase, start, stop.start() if stop else len(phrase))
    return any_object or stop


# (رئيس الجمعية التونسية للدفاع عن حقوق الحجيج: the defence of, inside a body's name)
_DEFENCE_OF = frozenset((fold("للدفاع"),))  # (not هيئة الدفاع عن المتهم: the defence of a person, whom)
# `any` opens the verb's object (نفى متحدث باسم الحزب أي مخالفات), written with أ (إي spells a letter: إم تي إي)
_ANY = re.compile(r"(?<=\w )(?P<w>أي|أية)(?!\w)")


def _source_from_a_body(phrase: str, stop: re.Match, pat: LanguagePatterns) -> bool:
    """Is the من at `stop` where an unnamed source or a role opening the phrase comes from, a body after it (مصدر من
    مديرية الصحة والسكان، مسؤول من وزارة المالية), not where the words came from (من جهته)?"""
    before = words(phrase, 0, stop.start())
    after = words(phrase, stop.end(), min(len(phrase), stop.end() + 30))[:1]
    return (len(before) == 1 and (fold(before[0]) in pat.source_nouns or fold(before[0]) in pat.person_roles)
            and bool(after) and fold(_INSTITUTION_PREFIX.sub("", after[0])) in pat.name_heads)


def _overseen_in_a_body_name(phrase: str, stop: re.Match, pat: LanguagePatterns) -> bool:
    """Is the على at `stop` inside a body's name, between its definite noun and what that noun is over (دائرة
    الرقابة على المصارف، هيئة الإشراف على التأمين), not where it was said (على هامش المؤتمر)?"""
    before = words(phrase, 0, stop.start())[-2:]
    after = words(phrase, stop.end(), min(len(phrase), stop.end() + 30))[:1]
    return (len(before) == 2 and fold(_INSTITUTION_PREFIX.sub("", before[0])) in pat.name_heads
            and before[1].startswith("ال") and bool(after) and after[0].startswith("ال"))


def _inside_a_body_name(phrase: str, stop: re.Match, pat: LanguagePatterns) -> bool:
    """Is the عن or من at `stop` inside a body's name that opens the phrase, a definite noun after it (منظمة
    الدفاع عن المستهلك، الهيئة الوطنية للوقاية من الفساد), not where or from whom (منظمة العفو عن طريق ...)?"""
    before = words(phrase, 0, stop.start())
    if not 2 <= len(before) <= 4:
        return False
    head = fold(before[0][2:] if before[0].startswith("ال") else before[0])
    after = words(phrase, stop.end(), min(len(phrase), stop.end() + 30))[:1]
    # (not a paper or an agency relaying a person: نقلت صحيفة الغارديان عن البروفيسور، عن المصدر نفسه)
    return (head in pat.name_heads and bool(after) and after[0].startswith("ال") and not _relays(phrase, stop)
            and fold(after[0][2:]) not in pat.person_roles and fold(after[0]) not in pat.source_nouns
            and fold(after[0][2:]) not in pat.source_nouns)


def _relays(phrase: str, stop: re.Match) -> bool:
    """Is the word before the phrase's عن a quoted name (صحيفة "لو باريزيان" عن), the relay of a paper?"""
    return phrase[:stop.start()].rstrip().endswith(("\"", "”", "»"))


def _seat(phrase: str, stop: re.Match, pat: LanguagePatterns) -> bool:
    """Is the عن at `stop` the seat of a role held for a place (النائبة عن البصرة زينب العيداني), its name after it?"""
    before = words(phrase, 0, stop.start())
    role = fold(before[-1][2:] if before and before[-1].startswith("ال") else (before or [""])[-1])
    if len(before) > 2 or role not in pat.seat_roles:
        return False
    after = words(phrase, stop.end(), min(len(phrase), stop.end() + 80))
    seat_and_name = list(takewhile(lambda w: not (pat.speaker_stop.fullmatch(w) or pat.verb.fullmatch(w)
                                                            or pat.date.fullmatch(w)), after))
    return 3 <= len(seat_and_name) <= 6  # a place of one or two words, a name of two to four


def _placed_role(phrase: str, stop: re.Match, pat: LanguagePatterns) -> bool:
    """Is the في at `stop` the institution of a role opening the phrase, a party's name or noun after it?"""
    before = words(phrase, 0, stop.start())
    after = words(phrase, stop.end(), min(len(phrase), stop.end() + 30))[:1]
    if after and is_possessed_object(after[0], pat) and not _possessed_role(after[0], pat, pat.name_heads):
        return False  # (ممثل النيابة في مرافعته، المؤسسة النقدية، في نشرتها الشهرية: its own pleading or bulletin,
        # where it said so, no institution)
    if before and len(before) <= 2 and before[0].startswith("ال") and fold(before[0][2:]) in pat.person_roles:
        if _QUOTED_BODY_THEN_NAME.match(phrase, stop.end()):
            return True  # (المحللة في "كابيتال إيكونوميكس" سارة نيلسون: the firm quoted, then the name)
        aside = COMMA.search(phrase, stop.end(), min(len(phrase), stop.end() + 80))  # (the name's relative set off
        # after it: ، الذي شارك في تقييم السد، no part of it)
        field_end = aside.start() if aside else min(len(phrase), stop.end() + 80)
        return _field_then_name(words(phrase, stop.end(), field_end), pat)
    if not before or not after or before[0].startswith(("ال", "وال")) or len(before) > 3 and not (
            len(before) <= 9 and all(w.startswith(("ال", "وال", "لل")) or fold(w) == fold("على") for w in before[2:])):
        return False  # (الوزير في القاهرة: a definite role, then where it spoke; but رئيس لجنة الشباب والشؤون
        # الثقافية في مجلس النواب, مدير دائرة الرقابة على المصارف في سلطة النقد: a role and the long name of its body)
    nxt = fold(after[0][2:] if after[0].startswith("ال") else after[0])
    role = fold(before[0])
    plural = role.endswith(("ون", "ين")) and role[:-2] in pat.person_roles  # (مسؤولون في وزارة الخارجية)
    return (role in pat.person_roles or role in pat.source_nouns or plural
            or _possessed_role(before[0], pat)) and not (
        pat.date.match(after[0]) or nxt in pat.speech_settings)


_QUOTED_BODY_THEN_NAME = re.compile(r"\s*(?:[^\s\"«“،,]+\s+)?[\"«“][^\"«»“”،,]{1,40}[\"»”]\s+(?!ال)[^\s،,\"«»“”]{2,}"
                                    r"(?:\s+[^\s،,\"«»“”]+){1,3}\s*[،,]?\s*$")  # (perhaps its noun: في مؤسسة "X")


def _field_then_name(ws: list[str], pat: LanguagePatterns) -> bool:
    """`الموارد المائية سعد الخفاجي` after `الخبير في`: the role's field (definite words) and the name closing the
    subject, two to four words opening without the article; not where or when it spoke (الوزير في القاهرة، في المؤتمر
    الصحفي أمس)."""
    # The field ends on a definite word, its construct heads and attached prepositions included (علم الاجتماع،
    # مركز الأهرام للدراسات، بمركز الأهرام).
    field = next((k for k in range(1, min(6, len(ws) - 1))
                  if ws[k - 1].startswith(("ال", "لل", "بال")) and not ws[k].startswith(("ال", "ب", "ل"))
                  and 2 <= len(ws) - k <= 4), 0)
    return (field > 0
            and not any(pat.verb.fullmatch(w) or pat.speaker_stop.fullmatch(w) or pat.date.fullmatch(w)
                        for w in ws))


def _before_stop(phrase: str, stop: int) -> str:
    """The subject phrase cut at a stop word; a stop inside an aside drops the aside too
    (`مسؤول، طلب عدم الكشف عن هويته،` -> مسؤول), a stop right after one keeps it (`المدير، سامي علي، في`)."""
    comma = max(phrase.rfind("،", 0, stop), phrase.rfind(",", 0, stop))
    if comma >= 0 and phrase[comma + 1:stop].strip() and phrase[:comma].strip():
        return phrase[:comma]
    return phrase[:stop]


def _is_particle(word: str, pat: LanguagePatterns) -> bool:
    f = fold(word)
    return f in pat.leading_particles or (pat.language == "ar" and len(f) > 2 and f[0] in "وف"
                                          and f[1:] in pat.leading_particles)


def strip_particles(ws: list[str], pat: LanguagePatterns) -> list[str]:
    while ws and _is_particle(ws[0], pat):
        ws = ws[1:]
    while ws and _is_particle(ws[-1], pat):
        ws = ws[:-1]
    return ws


_RELATIVE_GENDER = {fold("الذي"): "m", fold("التي"): "f"}


def verb_gender(verb: str) -> str | None:
    """"m" or "f" for a singular reporting verb form (قال، يقول / قالت، تقول), else None."""
    w = fold(verb)
    if w.endswith(("وا", "ون", "ان", "ين")):
        return None  # plural or dual
    if len(w) > 4 and w.endswith(("ته", "تها", "تهم")):
        return "f"  # اعتبرته: a feminine past with its object
    if w.startswith("ت") and len(w) == 4 and not any(c in "اوي" for c in w[1:]):
        return None  # تحدث، تعهد (he talked, pledged) have the shape of تكشف، تعلن (she reveals, announces)
    if w.startswith("ت") or w.endswith("ت") and (len(w) > 3 or len(w) == 3 and verb[-2:-1] != "ا"):
        return "f"  # (three letters too: نفت، ردت، دعت, she denied, replied, called, and رأت, she saw, whose hamza
        # folds to alif; not مات، بات)
    return "m"


def _agrees(relative: str, text: str, verb: int, pat: LanguagePatterns) -> bool:
    """Does the verb at `verb` agree in gender with the relative pronoun before it (so it is its subject)?"""
    m = pat.verb.match(text, verb)
    want = _RELATIVE_GENDER.get(fold(relative)) or _RELATIVE_GENDER.get(fold(relative)[1:])  # (and والذي)
    if m is None or want is None:
        return True
    if fold(m.group("w")).endswith(("وا", "ون")):
        return False  # (التي قالوا إنها: a plural verb, not the singular relative's)
    got = verb_gender(m.group("w"))
    return got is None or got == want


def _antecedent(chunk: str, pat: LanguagePatterns) -> str:
    """The noun phrase a relative clause after `chunk` refers to: its last few words."""
    ws = strip_particles(clean_speaker(chunk).split(), pat)
    out: list[str] = []
    for w in reversed(ws[-5:]):
        if fold(w) in pat.determiners or pat.speaker_stop.fullmatch(w) or pat.cue.fullmatch(w):
            break  # (بحسب برنامج الأغذية العالمي، الذي: the party after the cue)
        if pat.language == "ar" and w[:3] in ("بال", "لال", "كال"):
            out.append(w[1:])  # بالوكالة الدولية: the phrase starts after the preposition
            break
        if pat.language == "ar" and out and fold(w) in pat.name_heads:
            out.append(w)
            break  # (ذكرته وكالة الأنباء الأردنية، التي: the body's head noun opens its name, وكالة's و its own)
        if pat.language == "ar" and out and w[0] in "وف" and not w.startswith(("ال", "وال")):
            break  # a verb before the noun phrase (ورحبت بالقرار منظمة ...; برنامج opens with its own ب; but
            # للفلاحة والصيد البحري: a name's words joined by و)
        if pat.language == "ar" and out and (fold(w) in AR_PREPOSITIONS and w != "علي" or fold(w) == "بين"):
            break  # (ومن بين الموجودين ماريا ديلغادو، التي: after the preposition; but علي spelled with its ي is the
            # name, محمد علي حسن، الذي, not على folded)
        out.append(w)
    out.reverse()
    role = next((i for i, w in enumerate(out) if i and w.startswith("ال") and fold(w[2:]) in pat.person_roles), None)
    if (pat.language == "ar" and role is None and len(out) >= 3 and out[0].startswith("ال")
            and fold(out[0][2:]) not in pat.person_roles and not any(w.startswith(("ال", "ل", "ب")) for w in out[1:])):
        out = out[1:]  # (بين الموجودين ماريا ديلغادو: those present, then the one named among them)
    return " ".join(out[role:] if role else out)  # (ضغوط الرئيس دونالد ترامب، الذي: the person, not what he did)


# people, then the place they are in (قادة الأعمال في الشمال الشرقي)
_PEOPLE_IN_A_PLACE = re.compile(r"(.+?)\s+(?:في|من|ب)\s+((?:ال[^\s،,]+\s*){1,3})$")
_FROM_PEOPLE = re.compile(r"\sمن\s+ال[^\s،,]+(?:ين|ون)\s*$")  # (من المزارعين: from people, no place)
APPOSITION_PRONOUNS = frozenset(fold(w) for w in ("وهو", "وهي", "وهم"))
_THAT_OBJECT = frozenset(fold(w) for w in ("ذلك", "تلك"))


# words in -ly that are no adverb (`said supply`, `The family denied`: a noun)
NOUNS_IN_LY = frozenset(("family", "supply", "rally", "ally", "assembly", "monopoly", "reply", "italy", "july"))
# an adverb of how before its verb, perhaps quoted (categorically, "categorically")
_AN_ADVERB_IN_LY = re.compile(r"[\"“]?[a-z]{3,}ly[\"”]?")


def without_preposition_lam(phrase: str, pat: LanguagePatterns) -> str:
    """`لمعهد X` -> `معهد X`, `للأمم` -> `الأمم`; a noun that starts with ل itself (لجنة) keeps it."""
    first = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    if not first.startswith("ل") or fold(first) in pat.lam_nouns or len(first) < 4:
        return phrase
    if first.startswith("لل") and fold(first[1:]) in pat.lam_nouns:
        return "ال" + phrase[1:]  # (للجنة: ل and اللجنة, the noun's own ل after the article's)
    return ("ال" + phrase[2:]) if first.startswith("لل") else phrase[1:].lstrip("ـ")


# `وسبق للوزارة أن أعلنت`, `كما سبق للجامعة العامة أن نفذت`: X had done it before, X the verb's subject
_HAD_ALREADY = re.compile(r"(?:[وف]?كما\s+)?[وف]?سبق\s+(ل\S+(?:\s+\S+){0,5}?)\s+[أا]ن\s+")


def had_already_subject(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """The X of `سبق لـX أن` opening text[start:end], where the verb after أن is X's, else None."""
    m = _HAD_ALREADY.match(text, SPACES.match(text, start).end(), end)
    return _had_party(m, pat) if m else None


def _had_party(m: re.Match, pat: LanguagePatterns) -> str:
    return clean_speaker(without_preposition_lam(m.group(1), pat))  # للجامعة العامة: الجامعة العامة


# verbs that make a purpose no act yet (دعت المعارضة الحكومة لتعلن أن، رفض المسؤول أن يؤكد إن كانت): no report
NOT_YET_AR = re.compile(r"(?<!\w)[وف]?(?:دعا|دعت|دعوا|طالب|طالبت|طالبوا|حث|حثت|ناشد|ناشدت|يريد|تريد|أراد|أرادت|يسعى"
                        r"|تسعى|رفض|رفضت|امتنع|امتنعت|ينتظر|تنتظر|يتوقع|يتوقعون|يطالب|تطالب|يدعو|تدعو)(?!\w)")


def arabic_subject_before(text: str, start: int, verb: int, pat: LanguagePatterns) -> str:
    colon = text.rfind(":", start, verb)
    if colon >= 0:
        start = colon + 1  # (تريغنزا: الحكومة تقول: a transcript's label before the clause, no word of its subject)
    had = _HAD_ALREADY.search(text, max(start, verb - 160), verb)
    if had and (had.end() == verb or text[had.end():verb].rstrip().endswith(("،", ","))):
        # وسبق للوزارة أن أعلنت / كما سبق للجامعة أن نفذت إضرابا، قالت: the ministry, the federation
        return _had_party(had, pat)
    intro = last_match(pat.intro, text, start, verb)
    if intro:
        rest = text[intro.end():verb]
        cut = COMMA.search(rest)
        phrase = arabic_subject_after(rest, 0, cut.start() if cut else len(rest), pat)
        ws = phrase.split()
        return " ".join(ws[:4])
    before = words(text, max(start, verb - 12), verb)
    if before and fold(before[-1]) in pat.relative_frame:
        return main_subject(text, start, verb, pat) or ""
    chunks = COMMA.split(text[start:verb])
    if len(chunks) > 2 and not chunks[-1].strip():
        cued = pat.cue.match(chunks[-2], len(chunks[-2]) - len(chunks[-2].lstrip()))  # (، بحسب مسؤولين في السكك
        # الحديدية، قالوا إن: the cue's party says more)
        if cued:
            return arabic_subject_after(chunks[-2], cued.end(), len(chunks[-2]), pat)
    withheld = pat.anonymity_aside.search(chunks[-1]) if "عدم" in chunks[-1] else None
    if withheld and len(words(chunks[-1], 0, withheld.start())) >= 3:
        # لكن مسؤولا في السلطة المحلية طلب عدم نشر اسمه قال: the subject ends before the aside's verb
        chunks[-1] = chunks[-1][:chunks[-1].rstrip().rfind(" ", 0, withheld.start() - 1) + 1]
    last = next((c for c in reversed(chunks) if c.strip()), "").split()
    author = last[len(last) - 1 - last[::-1].index("من") + 1:] if "من" in last[-7:-1] and _SAID_IN_IT.match(
        text, verb) else []
    if 0 < len(author) <= 6 and not any(pat.verb.fullmatch(w) for w in author):
        return " ".join(author)  # (تلقت اللجنة طلب إحاطة من النائبة X، قالت فيه إن: what she said in it, the
        # request's author)
    aged = next((k for k in range(1, len(chunks) - 1) if _AGE_CHUNK.fullmatch(chunks[k])), None)
    named = clean_speaker(chunks[aged - 1]).split() if aged and not chunks[-1].strip() else []
    if 0 < len(named) <= 4 and (aged == 1 or not chunks[aged - 2].strip()) and not any(
            pat.verb.fullmatch(w) for w in named) and fold(named[0]) not in AR_PREPOSITIONS:
        return " ".join(strip_particles(named, pat))  # (أم حسين، 45 عاما، خياطة تعمل من منزلها، تقول: the name
        # before the age; what she does is an aside on her)
    topic = clean_speaker(chunks[0]).split()
    aside = chunks[1].split() if len(chunks) == 3 and not chunks[2].strip() else []
    if (2 <= len(topic) <= 6 and topic[0].startswith("ال") and fold(topic[0][2:]) in pat.person_roles
            and not topic[1].startswith("ال") and 1 <= len(aside) <= 5 and not aside[0].startswith(("ال", "و"))
            and fold(aside[0]) in pat.person_roles and not any(pat.verb.fullmatch(w) for w in aside)):
        return " ".join(topic)  # المواطن حسين جعفر، موظف متقاعد، قال: the role and name first, then what they do
    if len(chunks) > 1 and len(topic) > 1 and fold(topic[0]) in ("اما", "واما") and (
            fold(topic[1]) in AR_PREPOSITIONS):
        answer = pat.verb.match(chunks[1].strip())  # (أما في الشارع، فيروي أحمد ...، ويقول: where, no party; the
        # verb answering أما has the subject)
        return arabic_subject_after(chunks[1].strip(), answer.end(), len(chunks[1].strip()), pat) if answer else ""
    if len(chunks) > 1 and topic and fold(topic[0]) in ("اما", "واما"):
        named = _role_then_name(" ".join(topic[1:]) + "، " + chunks[1] + "،", pat) if len(chunks) > 2 else None
        # أما نادية الكعبي، المحللة في ...، فترى: the topic speaks; أما رئيس الرابطة، سلطان الغامدي، فقال: its name too
        # (a role placed in its body may run longer before its name: أما النائب المحافظ في البرلمان الإيراني أحمد
        # نادري، فاعتبر)
        longest = 9 if fold(topic[1:2][0].removeprefix("ال")) in pat.person_roles else 6
        answer = next((k for k in range(2, len(topic)) if topic[k].startswith("ف") and len(topic[k]) > 2), None)
        # (أما أبو سامر فيرى أن X، ويقول: the topic up to the ف answering أما)
        return named or " ".join(topic[1:min(longest, answer or longest)])
    if len(chunks) == 1 and len(topic) > 2 and fold(topic[0]) in ("اما", "واما"):
        # أما تجمع المهنيين السودانيين فقد وصف: the topic whole, up to the ف answering أما (its first word may look
        # like a verb: تجمع, a gathering)
        ws = topic[1:-1] if fold(topic[-1]) in ("فقد", "ف") else topic[1:]
        if 0 < len(ws) <= 6 and not any(fold(w) in ("فقد", "فان") for w in ws):
            return " ".join(ws)
    for i in range(len(chunks) - 1, -1, -1):
        ws = clean_speaker(chunks[i]).split()
        closed_relative = i < len(chunks) - 1 and ws and fold(ws[0]) in pat.relatives  # X، الذي ... لأن ...، قال
        # وكانت وسائل إعلام قد أفادت: after an auxiliary its subject comes first, whatever letter it opens with
        after_auxiliary = bool(ws) and (fold(ws[0]) in pat.auxiliaries or fold(ws[0])[1:] in pat.auxiliaries)
        if i > 0 and len(ws) <= 14 and pat.anonymity_aside.search(chunks[i]):
            continue  # عضو في المجلس، طلب عدم نشر اسمه (لأنه غير مخول ...)، قال: an aside about the speaker's anonymity
        if not closed_relative and last_subordinator(ws, pat) is not None:
            return ""  # تراجعت الأسهم بعد أن قالت: the subject is the pronoun in the verb
        if ws and ws[0] in ("أن", "بأن"):
            return ""  # نفى X أن يكون قد فقد السيطرة، وقال: the content before, the one who spoke it goes on
        if len(ws) > 2 and ws[-1] == "أن" and ws[0][0] in "وف" and not ws[0].startswith(("وال", "فال")):
            if NOT_YET_AR.fullmatch(ws[0]):
                return ""  # ورفض المسؤول أن يؤكد إن كانت: nobody says it, the verb inside the narrated refusal
            # وتعتزم الحكومة أن تعلن أن، وحاول الوزير أن يؤكد: the subject of the verb whose complement the frame is
            subject = main_subject(chunks[i], 0, len(chunks[i]), pat)
            if subject:
                return subject
        if i == len(chunks) - 1 and i > 0 and [fold(w) for w in ws] == ["ثم"]:
            return ""  # X، متقاعد من التعليم، ثم يستدرك: then, after the speaker and an aside on them, the same voice
        ws = strip_particles(ws, pat)
        while ws and (fold(ws[-1]) in NEGATIONS or fold(ws[-1])[:1] in "وف" and fold(ws[-1])[1:] in NEGATIONS):
            ws = ws[:-1]  # لكن الوزير لم يستبعد: the negation is the verb's (and ولا يتوقع)
        if not ws:
            continue
        if i > 0 and len(ws) <= 8 and fold(ws[0]) in AR_PREPOSITIONS:
            continue  # الحكومة، في المقابل، تصر / X، في حديث تلفزيوني مساء الأربعاء، قال: an aside between the
            # subject and its verb
        bare = fold(ws[0])[1:] if fold(ws[0])[:1] in "وف" and len(ws[0]) > 3 else fold(ws[0])
        if i == 0 and len(chunks) > 1 and len(ws) <= 8 and (bare in AR_PREPOSITIONS or bare in pat.intro_words):
            return ""  # وحول الأسعار، قال: what it was about opens the clause, no subject; the speaker goes on
        if i > 0 and (ws[0].startswith(("بال", "لل")) or ws[0][0] in "بل" and len(ws) > 1 and ws[1].startswith("ال")):
            continue  # رحب X، ماتيو سالفيني، بنتائج الحزب، وكتب: the verb's object before, not its subject
        if i > 0 and (fold(ws[0]) in APPOSITION_PRONOUNS or pat.seat_aside.match(chunks[i])):
            relative_subject = _relative_clause_subject(ws, pat) if i == len(chunks) - 1 and text[verb] == "و" else None
            if relative_subject:
                return relative_subject  # `، وهو القرار الذي رفضته الرابطة واعتبرته "..."`: the relative clause's
                # subject, whose verb the frame's is joined to
            plural = _plural_subject(chunks[0], text, verb, ("ون", "وا"), pat) if i == len(chunks) - 1 and len(
                ws) == 2 and fold(ws[0]) in ("وهي", "وهو") else ""
            if plural:
                return plural  # (ويطالب العمال ...، وهي مطالب يقولون إنها: they are the workers, the sentence's
                # subject; the aside's singular noun is what they speak of)
            continue  # أبو علي، وهو سائق أجرة، قال / شركة X، ومقرها مدينة أيوا، قالت: the subject's apposition
        if is_pronoun(ws[0], pat):
            return ""  # إلا أنها سارعت وقالت: a clause with a pronoun subject, who is the one speaking
        if fold(ws[0]) in pat.existentials:
            return ""  # هناك حجة معقولة تقول: an existential clause, narration; its noun is no party
        if fold(ws[0]) in pat.relatives or i > 0 and ws[0][0] == "و" and fold(ws[0][1:]) in pat.relatives:
            # (X، من معهد ...، والذي لم يشارك في الدراسة، حذر: a relative joined by و, an aside too)
            if len(ws) == 1 and i > 0:
                if not _agrees(ws[0], text, verb, pat):
                    plural = _plural_subject(chunks[0], text, verb, ("وا",), pat) if i == 1 else ""
                    if fold(plural).endswith(("ون", "ين")):
                        return plural  # (ويحمّل القرويون المسؤولية لانهيار سد، الذي قالوا إنه: the villagers,
                        # the plural subject of the clause, whom the plural verb agrees with)
                    return ""  # المدينة، التي قال إنها آمنة: the city is spoken of; the speaker is carried over
                aged = i > 1 and _AGE_CHUNK.fullmatch(chunks[i - 1])  # (ماريا ديلغادو، 67 عاما، التي قالت)
                antecedent = chunks[i - 2] if aged else chunks[i - 1]
                role = clean_speaker(antecedent).split()[:1]
                if role and fold(role[0].removeprefix("ال")) in pat.person_roles and i - (2 if aged else 1) == 1 and (
                        not chunks[0].strip()):
                    return ""  # (قال كارستن فوغل، كبير الاقتصاديين في بنك آي إن جي، الذي أضاف: the role set off
                    # after the name the frame before gives; that speaker goes on)
                found = _antecedent(antecedent, pat)
                place = _PEOPLE_IN_A_PLACE.search(antecedent) if fold(ws[0]) == fold("الذين") else None
                if place and found == clean_speaker(place.group(2)) and not (
                        _FROM_PEOPLE.search(antecedent)):  # (but شكاوى من المزارعين، الذين: the people they came from)
                    return _antecedent(place.group(1), pat)  # (قادة الأعمال في الشمال الشرقي، الذين قالوا: the
                    # people, not the place they are in)
                return found
            continue  # a relative clause inside the subject (X، الذي ...، قال)
        phrase = " ".join(ws)
        inner = pat.verb.search(phrase) if i < len(chunks) - 1 else None
        if inner and inner.start() > 0 and not pat.verb.fullmatch(ws[0]):
            # غير أن رئيس اللجنة العساف نفى ...، وقال: the subject before the verb of the clause before
            subject = strip_particles(phrase[:inner.start()].split(), pat)
            return " ".join(subject) if 0 < len(subject) <= 8 else ""
        # (a subject opening with a role may carry a long title: أستاذة علم المناخ في الجامعة ... ندى الخوري ترى)
        head = fold(ws[0][2:] if ws[0].startswith("ال") else ws[0])
        role = head in pat.person_roles or head.endswith("ا") and head[:-1] in pat.person_roles  # (مسؤولا after أن)
        nearest = all(not c.strip() or pat.anonymity_aside.search(c) for c in chunks[i + 1:])  # (past an aside on
        # the speaker's anonymity: مسؤول في ... من مجلس النواب، طلب عدم ذكر اسمه، أقر)
        issued = pat.document_issuer.match(phrase) if len(ws) > 8 else None
        if issued:  # وكان تقرير صادر عن صندوق النقد الدولي في أكتوبر الماضي قد توقع: the document's issuer
            return arabic_subject_after(phrase, issued.end(), len(phrase), pat)
        if len(ws) > (14 if role and nearest else 8) or pat.speaker_stop.match(phrase):
            return ""
        if pat.verb.fullmatch(ws[0]):  # وتابع يقول: the chunk is another verb of the same subject
            return main_subject(chunks[i], 0, len(chunks[i]), pat) or ""
        # (a verb joined by و to the one opening the chunk has its subject: ورحبت النقابة بالعرض وقالت)
        joined = text[verb] == "و" and i == len(chunks) - 1
        if (len(ws) > 2 and pat.language == "ar" and (ws[0][0] in "وف" or joined) and not ws[0].startswith(
                ("وال", "فال", "ال")) and not ws[0].endswith(("ة", "ات", "اء")) and not after_auxiliary
                and fold(ws[0]) not in pat.waw_words):  # (وسائل إعلام أمريكية قالت: و is the noun's own letter)
            # (وزارة is a noun, وعرض a verb)
            if i == len(chunks) - 1 and not joined:
                return ""  # ووقع X قرب مخازن قالت: the verb sits inside narration, not after a subject
            # a clause of its own (وعرض X صورا، قال): its subject follows its verb
            return main_subject(chunks[i], 0, len(chunks[i]), pat) or ""
        if i > 0 and len(ws) > 3 and _verb_object_chunk(ws, pat):
            # أعلنت الوزارة، الخميس، فرض عقوبات على ست شركات، قالت إنها: the chunk is the first verb's object, its
            # subject speaks
            return main_subject(text, start, verb, pat) or ""
        if text[verb] == "و" and i > 1 and not any(c.strip() for c in chunks[i + 1:]) and (
                _a_thing_in_construct(ws[0], pat) and any(pat.verb.match(c.strip()) for c in chunks[:i - 1])):
            # نفى الناطق ...، العميد X، صحة الوثيقة جملة وتفصيلا، وقال: after a verb, its subject and the name set
            # off, the chunk is that verb's object; its subject goes on speaking
            return main_subject(text, start, verb, pat) or ""
        return _without_conjunction(ws, pat)
    return ""


_SAID_IN_IT = re.compile(r"[^\W\d]+\s+(?:فيه|فيها)(?!\w)")  # (قالت فيه: said in it, the noun before)


def _a_thing_in_construct(word: str, pat: LanguagePatterns) -> bool:
    """Does a word in construct opening a chunk name a thing (صحة، فرض), not a party (a role, a body's or a
    source's noun), nor a verb, nor a definite noun (which may be a party: الوزارة)?"""
    head = fold(word)
    return (not word.startswith(("ال", "وال")) and head not in pat.person_roles and head not in pat.name_heads
            and head not in pat.source_nouns and not pat.verb.fullmatch(word))


def _plural_subject(clause: str, text: str, verb: int, endings: tuple[str, ...], pat: LanguagePatterns) -> str:
    """For a frame whose verb at `verb` is plural (ends in one of `endings`) and cannot agree with the noun an aside
    names: the clause's definite subject, its first word (the verb's object may follow it), whom the frame's verb
    agrees with; else ""."""
    if not fold(words(text, verb, verb + 12)[0]).endswith(endings):
        return ""
    subject = main_subject(clause, 0, len(clause), pat)
    first = subject.split()[0] if subject else ""
    return first if first.startswith("ال") else ""


def _verb_object_chunk(ws: list[str], pat: LanguagePatterns) -> bool:
    """Is a chunk between commas a bare noun (a verbal noun: فرض، تعليق) with a prepositional phrase after it, not a
    party (a role, a body's or a source's noun, a definite or named one)?"""
    return (_a_thing_in_construct(ws[0], pat) and any(fold(w) in AR_PREPOSITIONS for w in ws[1:4])
            and len(ws[0]) <= 4)


def _without_conjunction(ws: list[str], pat: LanguagePatterns) -> str:
    """A subject after a comma without the و or ف that joins its clause to the one before (X، والوزير قال /
    ورئيس الوفد قال: the minister, the delegation's head), but not a word's own letter (والي، والدة، وزير)."""
    first = ws[0]
    if first[0] in "وف" and fold(first) not in pat.waw_words and not first.startswith("والد") and (
            first[1:3] == "ال" and len(first) > 4 or fold(first[1:]) in pat.person_roles):
        return " ".join([first[1:]] + ws[1:])
    return " ".join(ws)


def _relative_clause_subject(ws: list[str], pat: LanguagePatterns) -> str | None:
    """In `وهو القرار الذي رفضته الرابطة`, the subject after the relative clause's verb (a verb with the
    relative's pronoun for its object: رفضته، وصفتها), else None."""
    at = next((k for k, w in enumerate(ws) if fold(w) in pat.relatives or fold(w) == "ما"), None)
    if at is None or at + 2 >= len(ws) or not ws[at + 1].endswith(("ه", "ها", "هم")) or len(ws[at + 1]) < 4:
        return None
    subject = ws[at + 2:at + 6]
    return " ".join(subject) if subject and not pat.verb.fullmatch(subject[0]) else None


def _looks_like_form_viii_verb(word: str) -> bool:
    """التقى، التزم، التحق: a five-letter past verb opening with الت (form VIII of a root opening with ل), not a
    noun with the article; with و before it (والتقى) too."""
    w = word[1:] if word.startswith("و") else word
    return len(w) == 5 and w.startswith("الت")


BUT_HE = re.compile(r"\s*[وف]?(?:لكن|ولكن|إلا أن|غير أن)(?:ه|ها|هم|هما)(?!\w)")
# لكن/إلا أن/غير أن, a name and its verb (لكن أنقرة دأبت على): the subject comes first after them; the verb in the
# feminine past or the present, where its shape tells it from a name
_VERB_SHAPE = r"(?:[^\Wاوي]{3}ت|[يت][^\Wا]\w{2,})"
# لكن, إلا أن, غير أن opening a clause: its subject comes first, before its verb
_BUT_THEN = re.compile(r"\s*[وف]?(?:لكن|إلا\s+أن|غير\s+أن)\s")
_BUT_NAME_VERB = re.compile(r"\s*[وف]?(?:لكن|إلا\s+أن|غير\s+أن)\s+([^\s،,]{3,}(?:\s+(?:عن|من|في)\s+[^\s،,]+"
                            r"(?:\s+(?![إأ]ن(?:ه|ها|هم)?\s)[^\s،,]+){0,2}?|\s+ال[^\s،,]{2,})?)\s+(?:" + _VERB_SHAPE
                            + r"|[^\W\d_]{3,}وا)(?!\w)")
# (and a noun with its genitive: لكن نواب المعارضة يتهمون)
# (and a group's plural past after its indefinite noun and where it is from: غير أن نوابا عن المحافظات الجنوبية
# انتقدوا)
_LOOKS_LIKE_A_VERB = re.compile(_VERB_SHAPE)


_SUBMITTED = frozenset(fold(w) for w in ("تقدم", "تقدمت", "تقدموا", "يتقدم", "تتقدم"))
_CONTRASTED = frozenset(("unlike", "like", "despite", "besides"))  # (Unlike X, Y has ...: X is no subject)
_FOR_ITS_PART = re.compile(r"\s*(?:For|for|On|on) (?:its|his|her|their) (?:part|side)\s*$")
# for its part, opening an Arabic clause with or without its comma (من جهته اعرب الوزير، وبدورها أكدت)
_FOR_ITS_PART_AR = re.compile(r"\s*(?:و?من\s+(?:جهت|جانب|ناحيت)|و?بدور)(?:ه|ها|هم|هما)(?!\w)\s*،?")
# meanwhile, in the same vein (في موازاة ذلك، في سياق متصل، إلى ذلك) opening a clause, perhaps with no comma after it
_MEANWHILE_AR = re.compile(r"\s*[وف]?(?:في\s+(?:موازاة|غضون|سياق|السياق)\s+(?:ذلك|متصل|آخر|ذاته|نفسه)"
                           r"|بالتوازي\s+مع\s+ذلك|إلى\s+ذلك|من\s+جهة\s+أخرى)(?!\w)\s*،?")


def opens_for_its_part(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with `for its part` (من جهته، من جانبها، وبدوره): a party answering, whatever its
    noun?"""
    return (_FOR_ITS_PART_AR.match(text, start, end) is not None
            or _ON_THE_OTHER_HAND.match(text, start, end) is not None)


_ON_THE_OTHER_HAND = re.compile(r"\s*و?(?:في\s+المقابل|بالمقابل)\s*،")  # (في المقابل، رفضت X: the other party's answer)


def is_a_thing(subject: str, pat: LanguagePatterns) -> bool:
    """Is an English subject of several words a thing, not a party: no capitalised word past its first and a head
    that is neither a person's role nor a body (Italian bond prices, Retail sales; not the central bank, Finance
    Minister Ruth Ames, local officials)?"""
    ws = subject.split()
    head = fold(ws[-1]) if ws else ""
    return (pat.language == "en" and len(ws) > 1 and not any(w[:1].isupper() for w in ws[1:])
            and not {head, head.removesuffix("s")} & pat.person_roles and "the " + head not in pat.generic)


# an acronym in brackets (KCCI): no word of the subject's length
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][\w.&-]*\)")
_BRACKET_CLOSES = re.compile(r" \([^()]*\)?$")  # (Sen. Patricia Lyle (R-Iowa): the name before its bracket)


# a time phrase opening an English clause with no comma after it, before the subject (`Last year the World Bank
# suspended`, `Earlier this month the union rejected`, `In 2019 the council closed`): `when` must be a date's word
_LEADING_TIME_EN = re.compile(r"\s*(?:(?:Earlier|Later)\s+(?:this|that|last|in\s+the)\s+|(?:Last|This|Next|On|In|Since"
                              r"|By)\s+)(?P<when>\w+)\s+(?=(?:the|a|an|its|his|her|their|[A-Z]\w*)\s)")


# the same before an Arabic verb (وفي العام الماضي علق البنك الدولي، ويوم الاثنين رفضت النقابة، وفي 2019 أغلق المجلس)
LEADING_TIME_AR = re.compile(r"\s*و?(?:(?:في\s+)?(?:(?:العام|الأسبوع|الشهر|الربع)\s+(?:الماضي|الجاري|الحالي|المنصرم)"
                              r"|عام\s+\d{4})|في\s+\d{4}|يوم\s+(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
                              r"|السبت|أمس)|أمس)\s+(?=[^\W\d])")


def _past_a_leading_time(text: str, start: int, end: int, pat: LanguagePatterns) -> int:
    """Where a clause's subject (or an Arabic clause's verb) starts past a time phrase opening it, no comma after it
    (`Last year the World Bank`, وفي العام الماضي علق البنك الدولي)."""
    if pat.language == "ar":
        when = LEADING_TIME_AR.match(text, start, end)
        return when.end() if when else start
    when = _LEADING_TIME_EN.match(text, start, end)
    if when and (pat.date.fullmatch(when.group("when")) or when.group("when").isdigit()):
        return when.end()
    return start


# a verb in the past or the present's third person right after a word (Beijing seized, Reading says)
_A_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|says|claims|has|had|is|was|will|would)\b")


def main_subject(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """The subject of a narrated clause, for a participle after it (`X refused ..., saying ...`)."""
    start = _past_a_leading_time(text, start, end, pat)
    if pat.language == "ar":
        part = _FOR_ITS_PART_AR.match(text, start, end) or _MEANWHILE_AR.match(text, start, end)
        start = part.end() if part else start  # (من جهته، ...; في موازاة ذلك نفت X: past the link, its subject)
        had = had_already_subject(text, start, end, pat)
        if had:
            return had  # كما سبق للجامعة العامة أن نفذت إضرابا، قالت: the federation
        comma = COMMA.search(text, start, end)
        first = words(text, start, comma.start())[:1] if comma else []
        if first and fold(first[0]) in ("اما", "واما"):
            topic = words(text, start, comma.start())[1:]
            if topic and fold(topic[0]) in AR_PREPOSITIONS:
                start, first = comma.end(), []  # أما في السودان، فقد دعت وزارة الري: where, the clause after it speaks
            elif 0 < len(topic) <= 6:
                return " ".join(topic)  # أما رابطة الدوري للمحترفين، فقد اكتفت: the topic is the subject
        opening = words(text, start, min(end, start + 80))[:8]
        if opening and fold(opening[0]) in ("اما", "واما"):
            answer = next((i for i, w in enumerate(opening) if i >= 2 and w.startswith("ف")), None)
            head = fold(opening[1][2:] if opening[1].startswith("ال") else opening[1]) if len(opening) > 1 else ""
            named = answer is not None and answer > 2 and opening[1].startswith("ال") and not opening[2].startswith(
                ("ال", "ب", "ل"))  # (أما الطالب تركي القحطاني فعلّق: a definite noun and the name after it)
            if answer is not None and (head in pat.person_roles or head in pat.name_heads or fold(opening[1]) in (
                    pat.generic) or named):
                # أما مسؤول خليجي رفيع فقد رفض: a party up to the ف answering أما (أما تقرير الخبراء فقد أعد: no party)
                return " ".join(opening[1:answer])
        if first and ({fold(first[0]), fold(first[0][1:]) if first[0][0] in "وف" else ""}
                      & (AR_PREPOSITIONS | pat.intro_words)):  # (not نفى: ن and في)
            start = comma.end()  # وفي مقابلة مع قناة «صدى البلد»، دعا X / وردا على سؤال، اكتفى X: past the intro phrase
            relative = words(text, start, min(end, start + 20))[:1]
            closing = COMMA.search(text, start, end) if relative and fold(relative[0]) in pat.relatives else None
            if closing:
                start = closing.end()  # (وعلى عكس تايلاند وفيتنام، اللتين أعدمتا ...، رفضت إندونيسيا: past the
                # relative)
        quote = _QUOTE_MARK.search(text, start, end)
        if quote and len(words(text, start, quote.start())) == 1:
            # وتأسست "رحلتي" عام 2018: a quoted name right after the verb is its subject
            closer = _QUOTE_MARK.search(text, quote.end(), min(end, quote.end() + 60))
            name = words(text, quote.end(), closer.start()) if closer else []
            if 0 < len(name) <= 4:
                return " ".join(name)
        before_quote = words(text, start, quote.start())[-1:] if quote else []
        if before_quote and len(words(text, start, quote.start())) == 2 and not before_quote[0].startswith(
                "ال") and fold(before_quote[0]) in pat.name_heads:
            # نفت شركة «الأجنحة الليبية»: a body's noun right after the verb, its name quoted (but وأكدت الوزارة
            # "نجاح" الضربات: after a definite noun the quoted word is the verb's object)
            closer = _QUOTE_MARK.search(text, quote.end(), min(end, quote.end() + 60))
            name = words(text, quote.end(), closer.start()) if closer else []
            if 0 < len(name) <= 5:
                return " ".join(before_quote + name)
        opening = words(text, start, quote.start()) if quote else []
        if len(opening) == 3 and fold(opening[1]) in pat.person_roles and fold(opening[2]) in pat.name_heads:
            # وعلّق رئيس حزب "الوعي الشعبي" المعارض، هشام زكي، على: a role in a body whose name is quoted, the
            # name set off after it (read as the subject after a verb reads it)
            subject = arabic_subject_after(text, text.find(opening[0], start) + len(opening[0]), end, pat)
            if 2 < len(subject.split()) <= 10 and COMMA.search(subject):
                return " ".join(COMMA.sub(" ", subject).split())
        end = quote.start() if quote else end  # وأكدت الوزارة "نجاح" الضربات: what is quoted is the object
        if len(before_quote) == 1 and fold(before_quote[0]) in pat.person_roles and len(words(text, start, end)) > 2:
            # X مدير "صندوق ..." قد صرح: the role goes with the name it is of
            end = text.rfind(before_quote[0], start, end)
    topic = _AS_FOR_TOPIC.match(text, start, end) if pat.language == "en" else None
    if topic:
        return topic.group(1)  # `As for student Turki al-Qahtani, he commented`: the topic the pronoun takes up
    skipped = False  # an intro phrase was passed: a relative on its noun is passed too
    for _ in range(3 if pat.language == "en" else 0):
        comma = COMMA.search(text, start, min(end, start + 100))
        opening = words(text, start, comma.start())[:1] if comma else []
        lone = len(words(text, start, comma.start())) == 1 if comma else False
        if lone and (fold(opening[0]) in pat.intro_words or fold(opening[0]) in pat.adverbials):
            start = comma.end()  # `However, Sinn Féin health spokesperson Ciarán Breen dismissed`: past the adverb
            continue
        if opening and (fold(opening[0]) in _CONTRASTED or skipped and fold(opening[0]) in pat.relatives):
            start, skipped = comma.end(), True  # `Unlike Thailand and Vietnam, which slaughtered millions of birds,
            # Indonesia has resisted`: past the contrast and its relative
            continue
        if not opening or fold(opening[0]) not in _EN_PLACE_PREPOSITIONS and not _FOR_ITS_PART.match(
                text, start, comma.start()) and not (
                opening[0].endswith("ing") and fold(opening[0]) not in pat.ing_nouns) and not is_participle_intro(
                    text[start:comma.start()]):  # (Asked whether the Fed would act, Volcker declined)
            break
        if opening[0].endswith("ing") and _A_VERB_NEXT.match(text, SPACES.match(text, start).end() + len(opening[0]),
                                                              comma.start()):
            break  # (`Beijing seized the sea,`: a name in -ing, its verb next, no participle's phrase)
        start = comma.end()  # `Outside the hotel in downtown Minneapolis, Rosa Delgado is` / `In Nukus, near the
        # Aral Sea, farmer Bakhtiyor Yusupov was`: past where; `Speaking to Sky News, Ms Pryce was`: past how
    if pat.language == "ar" and BUT_HE.match(text, start, end):
        return None  # لكنه امتنع عن التعليق: the subject is the pronoun on لكن, the party named before
    named = _BUT_NAME_VERB.match(text, start, end) if pat.language == "ar" else None
    if named and not named.group(1).startswith("ال") and not _LOOKS_LIKE_A_VERB.fullmatch(named.group(1)):
        return named.group(1)  # لكن أنقرة دأبت على القول: Ankara (a definite subject is read below, its run of
        # definite words)
    but = _BUT_THEN.match(text, start, end) if pat.language == "ar" else None
    after_but = words(text, but.end(), min(end, but.end() + 80))[:4] if but else []
    said_at = next((k for k in range(1, len(after_but)) if pat.verb.fullmatch(after_but[k]) or fold(
        after_but[k]) in pat.addressing_verbs), None) if after_but and not after_but[0].startswith("ال") else None
    if said_at and not any(fold(w) in AR_PREPOSITIONS for w in after_but[:said_at]):
        return " ".join(after_but[:said_at])  # لكن مصرف ليبيا المركزي ردّ: a name of three words, then a verb of
        # speech in the masculine past, whose shape alone does not tell it from a noun
    ws = strip_particles(words(text, start, min(end, start + 200)), pat)
    if not ws:
        return None
    if pat.language == "en":
        out = []
        aside = COMMA.search(text, start, min(end, start + 60))
        tag = _PARTY_TAG.search(text, start, min(end, start + 120))
        if tag and aside and tag.start() < aside.start() < tag.end():
            # (`Cllr Jonathan Hale (Lib Dem, Ashcombe Vale) voted`: a party's tag after the name, its comma no aside
            # and its words none of the subject's)
            aside = None
            ws = strip_particles(words(text, start, tag.start()) + words(text, tag.end(), min(end, start + 200)), pat)
        # (Gov. Harlan Brody, a Republican, vetoed: the name ends before its apposition)
        apposed_at = len(words(text, start, aside.start())) if aside and _english_aside_or_role(
            words(text, aside.end(), min(end, aside.end() + 40))) else None
        acronyms = len(_BRACKETED_ACRONYM.findall(text, start, min(end, start + 120)))  # (no words of the subject's:
        # Karachi Chamber of Commerce and Industry (KCCI) President Iftikhar Sheikh)
        named_of = len(ws) > 3 and (ws[0][:1].isupper() and ws[1][:1].isupper() and ws[2] == "of" or fold(
            ws[1]) in pat.person_roles and ws[2] in ("for", "of", "at")
            or fold(ws[1]) in _GROUP_NOUNS and ws[2] == "of")
        # (a name and its body after of: Feargal Doyle of the group River Action UK accused; a role and its body: A
        # spokesperson for the Rural Water Users Network welcomed; a group and its members: A group of students in
        # the College of Engineering had campaigned)
        for i, w in enumerate(ws[:(10 + acronyms) if acronyms else 10 if named_of else 8]):
            if i == apposed_at:
                break
            f = fold(w)
            if out and f in pat.relatives and not w.isupper():
                break  # Whitfield, who took over ...: the subject ends before its relative clause
            nxt = fold((ws[i + 1:i + 2] or ["."])[0])
            if out and f in ("on", "last", "this") and pat.date.fullmatch(ws[i + 1] if i + 1 < len(ws) else ""):
                break  # A federal appeals court on Tuesday revived ...: when, after the subject
            if out and (f in pat.finite or f in pat.adverbials or pat.narrated_act.fullmatch(w)  # (MPs accuse)
                        or f == "further" and nxt.endswith("ed")  # (Ms Wambui further directed; not an adverb
                        # elsewhere: said further cuts were needed)
                        or w == "read"  # (Joanne Carter read a statement: lower case, no name's: Dillon, Read & Co.)
                        or (w.islower() and f.endswith(("ed", "s")) and f not in pat.person_roles
                            and f[:-1] not in pat.person_roles  # (not boss, nor a role's plural: Head teachers)
                            and fold(out[-1]) not in ARTICLES and fold(out[-1]) != "of"  # (Hundreds of retired
                            # civil servants: after of a noun phrase, never the verb)
                            and nxt not in pat.person_roles
                            and nxt not in _BODY_NOUNS
                            and not (f.endswith("s") and (nxt in ("and", "or") or nxt in pat.finite
                                                          or nxt.endswith("ed"))))):
                break  # (an adverb after the subject stands before its verb: The miner also cut; after a
                # determiner an -s word is a plural noun: The protesters; before a role or a body, a noun of its
                # title: home affairs spokesman Mark Oaten, A federal appeals court; before and or a verb, a plural
                # noun too: Consumer groups and opposition lawmakers have)
            out.append(w)
        else:
            # (Officials of the tanker's Hong Kong-based manager, Pacific Crest Shipping Ltd, declined: a long
            # subject up to its apposition)
            comma = COMMA.search(text, start, min(end, start + 100))
            second = COMMA.search(text, comma.end(), min(end, comma.end() + 60)) if comma else None
            named = words(text, comma.end(), second.start()) if second else []
            affiliation = next((k for k in range(2, len(named) - 1) if named[k] == "of" and named[k + 1][:1].isupper()),
                               None)
            named = named[:affiliation] if affiliation else named  # (Ms Neema Lyimo of Lyimo & Associates: the
            # name, then the firm)
            if 1 < len(named) <= 4 and named[0].rstrip(".") in HONORIFICS and all(w[:1].isupper() for w in named):
                return " ".join(named)  # (The traders' lawyer, Ms Neema Lyimo, described: the titled name set off)
            out = ws[:len(words(text, start, comma.start()))] if named else []
            if 1 < len(out) <= 5 and all(w[:1].isupper() for w in out) and any(
                    fold(w) in pat.person_roles for w in named[:3]) and named[0][:1].islower():
                return " ".join(out)  # (Colonel Hessa Al Mazrouei, deputy director of the Anti-Fraud Centre, urged:
                # the name before its role)
            role = list(takewhile(lambda w: w[:1].islower() and fold(w) in pat.person_roles, named[:2]))
            if (not 1 < len(out) <= 10 or not out[0][:1].isupper() or any(fold(w) in pat.finite for w in out)
                    or not 0 < len(named) - len(role) <= 5 or not all(_name_word(w, pat) for w in named[len(role):])):
                return None
            if role:
                out += named  # (The ministry's assistant undersecretary for power control, engineer Khaled al-Enezi,
                # urged: the title, then the role and name set off after it)
        phrase = " ".join(out)
        # (Sen. Patricia Lyle (R-Iowa), the National Audit Office (NAO): the name before its bracket)
        written = as_written(text, start, end, out)
        if written.count('"') % 2 and text.find(written + '"', start, end) >= 0:
            written += '"'  # (the operator "Tunis Digital Telecom" justified: a quoted name closes with its mark)
        return None if fold(phrase) in pat.pronouns else (
            written.split(" (")[0] if _BRACKET_CLOSES.search(written) else written)
    aside = COMMA.search(text, start, end)
    before_aside = strip_particles(words(text, start, aside.start()), pat) if aside else []
    if (len(before_aside) >= 2 and not ws[0].startswith(("ال", "وال")) and fold(ws[0]) not in pat.person_roles
            and (fold(ws[1].removeprefix("ال")) not in pat.person_roles
                 or pat.anonymity_aside.search(text, aside.end(), min(end, aside.end() + 60)))):
        # ورفض مندوب أمريكي، طلب عدم الكشف عن اسمه، الاتهام / وكانت جين باركر، 71 عاما، بين: the verb's subject
        # ends at its aside (a role's name set off after it is read below)
        ws = before_aside
        if len(ws) <= 4 and _BUT_THEN.match(text, start, end):
            return " ".join(ws)  # غير أن فاطمة الزهراء، موظفة ...، تشكك: after لكن or أن the subject comes first
    if len(ws) > 3 and fold(ws[0]) in APPOSITION_PRONOUNS and fold(ws[1]) == "ما":
        ws = ws[2:]  # وهو ما نفاه رئيس البلدية: the verb and its subject after the relative
    if fold(ws[0]) in KUNYA and len(ws) > 1 and not ws[1].startswith("ال"):
        return " ".join(ws[:2])  # أم خالد، وهي معلمة، دفعت: a name by a child's (subject first)
    if ws[0].startswith(("ال", "وال")) and fold(ws[0][2:]) in pat.person_roles:
        named = _name_after_role(ws, pat)
        if named:
            nw = named.split()
            if len(nw) >= 4 and not nw[-1].startswith("ال") and len(fold(nw[-1])) <= 4 and fold(
                    nw[-2]) not in NAME_COMPOUNDS:
                named = " ".join(nw[:-1])  # (الرئيس قيس سعيد رفض: the verb after a name of two words)
            return named  # المحامي طارق الزعبي، وكيل 60 من المتضررين، رحب: the role and its name, subject first
    if ws[0].startswith(("ال", "وال")) and not _looks_like_form_viii_verb(ws[0]):
        # subject first (الوزير زار المصنع): the definite noun and the definite words after it (البنك المركزي)
        run = 1
        while run < min(len(ws), 4) and ws[run].startswith("ال") and fold(ws[run]) not in pat.relatives:
            run += 1  # (not the relative on it: التنسيقيات، التي تشكلت)
        return " ".join(ws[:run])
    head = words(text, start, min(end, start + 40))
    first = fold(head[0]) if head else ""
    # وكانت الشركة قد أعلنت: after an auxiliary the subject comes first; else the verb does (أعلنت الشركة)
    if first.lstrip("وف") in NEGATIONS and len(ws) > 2:
        ws = ws[1:]  # ولم يؤكد المتحدث: the negation, then the verb and its subject
    if fold(ws[0]) in pat.person_roles:
        # لكن وزير الإعلام الصومالي نفى ذلك: a role opens no verb, the subject comes first (with the name set off
        # after it: لكن محامي المدرب، الإسباني خافيير مونتيس، شكك)
        return _role_and_name_first(text, text.find(ws[0], start, end), end, pat) or _role_first(ws, pat)
    auxiliary = first in pat.auxiliaries or first[1:] in pat.auxiliaries
    if not auxiliary and len(ws) > 2 and fold(ws[1].removeprefix("ال")) in pat.person_roles:
        # أكدت المتحدثة باسم الشرطة، ديوي أنغرايني، توقيف: the role after the verb and the name set off after it
        at = text.find(ws[1], start, end)
        named = _role_and_name_first(text, at, end, pat)
        comma = COMMA.search(text, at, min(end, at + 60)) if not named else None
        if comma:  # وانتقد النائب عمرو درويش، عضو لجنة ...، القرار: the role and name before what it is
            named = _name_after_role(words(text, at, comma.start()), pat)
        if comma and not named and not ws[1].startswith("ال"):
            subject = arabic_subject_after(text, at, end, pat)  # (وعلق رئيس اتحاد مزارعي القضارف، الصادق إدريس، على:
            # a role in construct, then the name set off, as a frame's subject is read)
            if 4 < len(subject.split()) <= 10 and COMMA.search(subject):
                named = " ".join(COMMA.sub(" ", subject).split())
        if named:
            return named
    withheld = next((i for i, w in enumerate(ws[:8]) if i >= 3 and fold(w) in ("عدم", "بعدم")), None)
    ws = ws[:withheld - 1] if withheld else ws  # (تقول لاعبة في نادي الاتحاد فضلت عدم ذكر اسمها: the subject ends
    # before the verb withholding the name)
    subject = ws[0:5] if auxiliary else ws[1:6]
    if len(subject) == 5 and fold(subject[-1]) in NAME_COMPOUNDS:
        subject = ws[0:6] if auxiliary else ws[1:7]  # (صاحب هدف الفوز حمزة بن عمار: the name's last word too)
    if subject and fold(subject[0]) in pat.person_roles:
        # a bare role may open a long title before a titled name (كشف وزير الدولة لشؤون الإسكان والتطوير العمراني
        # الدكتور عادل المطوع عن): up to the name, when one is there
        wide = ws[0:13] if auxiliary else ws[1:14]
        wide = arabic_subject_after(" ".join(wide), 0, len(" ".join(wide)), pat).split()
        titled = _titled_name_inside(wide, pat)
        if titled:
            return titled
    if "باسم" in subject and subject[0].startswith("ال"):
        subject = ws[0:9] if auxiliary else ws[1:10]  # (المتحدث باسم وزارة الخارجية الإيرانية عباس موسوي: a role
        # with its institution and its name)
    if subject and fold(subject[0].removeprefix("ال")) in pat.name_heads:
        subject = ws[ws.index(subject[0]):][:8]  # an institution's name may be long (المفوضية السامية للأمم المتحدة
        # لشؤون اللاجئين; سلطة النقد ووزارة الأشغال العامة والإسكان)
    if _role_and_one_name(subject, pat):
        return " ".join(subject[:2])
    phrase = arabic_subject_after(" ".join(subject), 0, len(" ".join(subject)), pat)
    ws = phrase.split()
    if ws and ws[0].startswith(("بال", "لل", "كال")) or ws and ws[0].startswith("ب") and fold(
            head[0].lstrip("وف") if head else "") in _SUBMITTED:
        return None  # وألقى باللوم على ...: a preposition's noun after the verb, whose subject is its pronoun (وتقدم
        # بطلب إحاطة: submitted a request, the one who did named before)
    # رحبت هيئة النزاهة بالحكم: a بال word after a noun is the verb's object (after a role it is its remit:
    # المكلف بالإعلام)
    # (and طالب عدد من النواب بعقد جلسة: after some of a group, any ب word is; a name may open with ب, بنيامين)
    partitive = pat.partitive.match(phrase) is not None
    cut = next((i for i in range(1, len(ws)) if (ws[i].startswith("بال") or bi_verbal_noun(ws[i])
                                                 or partitive and ws[i].startswith("ب")
                                                 and fold(ws[i]) != "باسم") and fold(
        ws[i - 1][2:] if ws[i - 1].startswith("ال") else ws[i - 1]) not in pat.person_roles
                and not _body_inside_a_body(ws, i, pat)), None)
    ws = ws[:cut] if cut else ws
    # (and past a bare name, a long noun with its possessor: وختم خوري مؤتمره بالقول)
    possessed = next((i for i in range(1, len(ws)) if is_possessed_object(ws[i], pat) and (
        i > 1 or ws[i].endswith(("ها", "هم", "هما")) or len(ws[i]) >= 5 and not ws[0].startswith("ال"))
        or i > 2 and fold(
        ws[i - 2]) == "باسم" and ws[i - 1].startswith("ال") and ws[i].startswith("ال") and derived_verbal_noun(
            ws[i][2:])), None)  # (and رفض متحدث باسم المفوضية التعليق: a verbal noun after the genitive of باسم)
    ws = ws[:possessed] if possessed else ws  # أبدى اتحاد الغرف التجارية ترحيبه: his welcome is the verb's object
    # أدانت وزارة الخارجية الفرنسية عملية الخطف، أعلنت هيئة النقل البري حزمة تعليمات: past a definite nisba
    # closing a body's name, a bare noun opens the verb's object (a person's name may follow a title: محافظ البنك
    # المركزي عادل الشركس)
    construct = next((i for i in range(2, len(ws)) if fold(ws[0].removeprefix("ال")) in pat.name_heads
                      and ws[i - 1].startswith("ال") and (ws[i - 1].endswith(("ية", "ي")) or i > 2 and ws[
                          i - 2].startswith("ال") or ws[i].endswith("ا") and derived_verbal_noun(ws[i][:-1]))
                      and not ws[i].startswith(("ال", "ل", "ب", "و"))), None)
    # (and past two definite words: نفت قوات الدعم السريع عرقلة دخول المساعدات; or a verbal noun in the accusative:
    # وأصدرت وزارة الصحة تحذيرا)
    ws = ws[:construct] if construct else ws
    # (past a role and a name, a definite noun is the verb's object: وافتتح وزير الطاقة كريم صعب النقاش بالقول)
    ws = ws[:next((i for i in range(4, len(ws)) if ws[i].startswith("ال") and not ws[i].endswith(("ي", "ية"))
                   and not ws[i - 1].startswith("ال") and not ws[i - 2].startswith("ال")  # (a name of two words
                   # before it: not the family name's article, عادل الشركس)
                   and fold(ws[i - 1]) not in NAME_COMPOUNDS
                   and fold(ws[0].removeprefix("ال")) in pat.person_roles and ws[1].startswith("ال")), None)]
    phrase = " ".join(ws)
    named = _name_after_role(ws, pat)
    if named:
        return named
    if len(ws) > 1 and ws[0].startswith("ال") and fold(ws[0][2:]) in pat.name_titles and not ws[1].startswith("ال"):
        titled = [ws[0]]
        for w in ws[1:4]:
            compound = fold(titled[-1]) in NAME_COMPOUNDS  # (إبراهيم عبد الحميد)
            if fold(w) in AR_PREPOSITIONS or fold(w.removeprefix("ال")) in pat.person_roles or (
                    w.startswith("ال") and not w.endswith("ي") and not compound):
                break
            titled.append(w)
            if w.startswith("ال") and not compound:
                break  # (a surname with the article closes the name)
        return " ".join(titled)  # (وحذرت العقيد حصة المزروعي، نائبة ...: a rank, then the name)
    if ws and ws[0].startswith("ال"):
        # وأكد المصدر تضامن بلاده: a definite subject is its run of definite words, the bare noun after it
        # (تضامن) is the verb's object
        run = next((i for i, w in enumerate(ws) if not w.startswith(("ال", "لل", "باسم"))
                    and not (w.startswith("ل") and _names_what_it_heads(ws, i, pat))
                    and not (i and fold(ws[i - 1]) == "باسم")), len(ws))  # (باسم وزارة الخارجية: its genitive)
        if run < len(ws) and fold(ws[0][2:]) in pat.person_roles and "باسم" in ws[1:run]:
            # المتحدث باسم وزارة الخارجية الإيرانية عباس موسوي: the role's name after its institution
            named = _name_after_role([ws[0]] + ws[run:], pat)
            if named:
                return " ".join(ws[:run] + named.split()[1:])
        # وزار الوزير المصنع / ودعت الحماية المدنية المواطنين: a later definite noun that is no adjective is the
        # verb's object
        # (after باسم or لل the definite words are its genitive: المتحدث باسم البيت الأبيض)
        run = next((i for i in range(1, run) if ws[i].startswith("ال") and (
            ws[i - 1].startswith("ال") or ws[i - 1].startswith("لل") and i == len(ws) - 1)
                    and not adjective_like(ws[i]) and fold(ws[i]) not in pat.title_adjectives), run)
        # (الكونفدرالية الديمقراطية للشغل المشروع: past the genitive, the clause's last word is the object)
        phrase = " ".join(ws[:run])
    elif len(ws) > 1:
        # وعرض نتانياهو تسجيلات مصورة: a bare plural (-ات) after a name is the verb's object, no part of a name
        cut = next((i for i, w in enumerate(ws[1:], 1) if w.endswith("ات") and not w.startswith("ال")), len(ws))
        # (دعا برنامج الأغذية العالمي المانحين: past the adjective closing a body's name, a definite noun that is
        # none is the verb's object)
        cut = next((i for i in range(2, cut) if ws[i].startswith("ال") and ws[i - 1].startswith("ال")
                    and adjective_like(ws[i - 1]) and len(fold(ws[i - 1])) > 4 and not adjective_like(ws[i])
                    and fold(ws[i]) not in pat.title_adjectives), cut)
        phrase = " ".join(ws[:cut])
    if phrase and fold(phrase) in _DEMONSTRATIVES_AR:
        # ويأتي ذلك في وقت تعهد فيه رئيس الوزراء ...، إذ قال: no party; the one acting in the time clause is
        opener = pat.subordinate.search(text, start, min(end, start + 120))
        verb = _WORD.search(text, opener.end(), end) if opener else None  # (the clause's verb opens it)
        if verb:
            actor = arabic_subject_after(text, verb.end(), min(end, verb.end() + 80), pat).split()
            actor = [w for w in actor if fold(w) not in RESUMPTIVE_OBJECTS]
            run = next((i for i, w in enumerate(actor) if i and not w.startswith("ال")), len(actor))
            return " ".join(actor[:run]) or None
        return None
    return phrase or None


# the head nouns of bodies, after which an -s word before them is part of their name (appeals court)
_BODY_NOUNS = frozenset(("court", "committee", "board", "panel", "council", "agency", "union", "commission",
                         "tribunal", "authority", "office", "department", "ministry", "group", "association"))
_DEMONSTRATIVES_AR = frozenset(fold(w) for w in ("ذلك", "هذا", "هذه", "تلك", "ذاك"))
# a preposition with the pronoun of what it refers back to (بما صرح به، تعهد فيه، عما قاله عنه)
RESUMPTIVE_OBJECTS = frozenset(fold(w) for w in ("به", "بها", "عنه", "عنها", "فيه", "فيها", "عليه", "عليها"))
NEGATIONS = frozenset(fold(w) for w in ("لم", "لن", "لا", "ما"))


def _name_after_role(ws: list[str], pat: LanguagePatterns) -> str | None:
    """`النائب أحمد سالم` opening ws, before the verb's object (بعقد جلسة) or the phrase's end: a definite role and
    the two or three words of a name after it, else None. (A bare noun after a role is the verb's object: أكد
    الوزير دعم بلاده، انتقد الرئيس قرار مجلس الأمن; so is a word with a pronoun.)"""
    if len(ws) < 3 or not ws[0].startswith("ال") or fold(ws[0][2:]) not in pat.person_roles:
        return None
    n, surname = 1, False
    while n < min(len(ws), 5):
        w = ws[n]
        if fold(w) in pat.relatives:
            break  # (المزارع أبو محمود الذي يملك: the relative on the name, no nisba of it)
        if w.startswith("ال"):
            compound = fold(ws[n - 1]) in NAME_COMPOUNDS or fold(w) in _NAME_SECOND_PARTS  # (عبد المنعم، أبو الغيط;
            # حسام الدين منصور: a name's second part, the family name after it)
            surname = surname or n == 2 and n + 1 < len(ws) and ws[n + 1].startswith("ال") and not adjective_like(
                ws[n + 1])
            if not compound and not (n > 1 and fold(w).endswith("ي")) and not surname:
                break  # (but النائب خالد الرواشدة المداخلات: a definite noun after it is the object, the one before
                # it the surname)
            n += 1
            if not compound:
                break  # a surname with the article (الشرقاوي) closes the name
            continue
        if w.startswith(("ب", "ل")) and not (fold(w) in NAME_COMPOUNDS and n + 1 < len(ws)) or w.endswith((
                "ه", "ها", "هم", "هما")) or fold(w) in _AFTER_A_NAME or fold(w) in _QUANTIFYING:  # (but حمزة بن عمار)
            break  # (نفى المتحدث عباس موسوي أي صلة: a quantifier opens the object)
        if n >= 3 and w.endswith("ة"):
            break  # (أعلن الوزير خالد سمير خطة جديدة: past a name of two words, a noun in ة is the object)
        n += 1
    if n == 2 and _role_and_one_name(ws, pat):
        return " ".join(ws[:2])
    if n < 3 or n < len(ws) and ws[n].startswith("ال") and fold(ws[n]) not in pat.relatives and not surname:
        return None
    return " ".join(ws[:n])


def _role_and_one_name(ws: list[str], pat: LanguagePatterns) -> bool:
    """Do ws open with a definite role and a name of one word, the verb's preposition right after them (أعرب الوزير
    رحيموف عن، دعا الرئيس ماكرون إلى)? A noun there would have its genitive or possessor after it (أكد الوزير دعم
    بلاده)."""
    return (len(ws) > 2 and ws[0].startswith("ال") and fold(ws[0][2:]) in pat.person_roles
            and not ws[1].startswith(("ال", "ب", "ل")) and fold(ws[2]) in AR_PREPOSITIONS
            and not derived_verbal_noun(ws[1]) and not ws[1].endswith(("ا", "ة", "ى", "ه", "ها", "هم")))


_QUANTIFYING = frozenset(fold(w) for w in ("أي", "كل", "جميع", "بعض", "عدة", "أحد"))
# (a preposition ends a name: صوت المشرف راي تاناكا ضد القرار)
_AFTER_A_NAME = AR_PREPOSITIONS | frozenset(fold(w) for w in ("ضد", "مع", "أمام", "تجاه", "نحو", "عند", "لدى", "دون",
                                                              "عبر"))
NAME_COMPOUNDS = frozenset(fold(w) for w in ("عبد", "أبو", "أبي", "بن", "ابن", "بنت"))
# the second part of a compound given name (حسام الدين، نصر الله): its article opens no family name
_NAME_SECOND_PARTS = frozenset(fold(w) for w in ("الدين", "الله"))


def as_written(text: str, start: int, end: int, ws: list[str]) -> str:
    """The words `ws`, found in a row in text[start:end], as the text spells them (`A U.S. Delegate`, not
    `A U S Delegate`) but for commas, else joined by spaces."""
    found = list(islice(_WORD.finditer(text, start, end), 16))
    for i in range(len(found) - len(ws) + 1):
        if all(found[i + k].group() == w for k, w in enumerate(ws)):
            last = found[i + len(ws) - 1].end()
            spelled = text[found[i].start():last]
            if spelled.count("(") > spelled.count(")") and text.startswith(")", last):
                spelled += ")"  # (the Maritime and Port Authority of Singapore (MPA): its acronym's bracket closed)
            return " ".join(COMMA.sub(" ", spelled).split())
    return " ".join(ws)


def _role_and_name_first(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """`محامي المدرب، الإسباني خافيير مونتيس،` opening text[start:end]: the role and the name after it."""
    first = COMMA.search(text, start, min(end, start + 120))
    second = COMMA.search(text, first.end(), min(end, first.end() + 60)) if first else None
    return _role_then_name(text[start:second.end()], pat) if second else None


def _titled_name_inside(ws: list[str], pat: LanguagePatterns) -> str | None:
    """`رئيس لجنة الإسكان والعقار النائب فهد المسعود الحكومة`: a role's phrase with a definite title and a name
    inside it, up to the name (the verb's object after it), else None."""
    inner = next((i for i in range(len(ws) - 1, 0, -1) if ws[i].startswith("ال") and (
        fold(ws[i][2:]) in pat.person_roles or fold(ws[i]) in pat.name_titles)), None) if len(ws) > 3 else None
    if not inner:
        return None
    named = _name_after_role(ws[inner:], pat)
    if not named and inner + 2 < len(ws) and not ws[inner + 1].startswith(("ال", "ب", "ل")) and (
            fold(ws[inner + 1]) not in _AFTER_A_NAME) and ws[inner + 2].startswith("ال"):
        named = " ".join(ws[inner:inner + 3])  # (النائب فهد المسعود: a name and its family name with the article)
    return " ".join(ws[:inner] + named.split()) if named else None


def _role_first(ws: list[str], pat: LanguagePatterns) -> str:
    """A subject before its verb that opens with a role: the role's chain (نائب حاكم), its one definite genitive
    and the adjectives after that (وزير الإعلام الصومالي); the verb or a later noun (رفض، المصنع) ends it."""
    at = 1
    while at < min(len(ws), 4) and fold(ws[at]) in pat.person_roles:
        at += 1
    if at < len(ws) and ws[at].startswith("ال"):
        at += 1
        while at < min(len(ws), 6) and ws[at].startswith("ال") and adjective_like(ws[at]):
            at += 1
    return " ".join(ws[:at])


def adjective_like(word: str) -> bool:
    """A definite word shaped like an adjective: a nisba (الأمريكي، الخارجية) or an elative (الأعلى، الأكبر)."""
    w = fold(word)
    nisba = w.endswith(("ي", "يه", "يون", "يين")) and not word.endswith("ى")  # (المستشفى is a noun)
    return nisba or (len(w) == 6 and w.startswith("الا")) or len(w) <= 4


# (and `Bill Tranter, MP for X,`, `Gary Mullen, now a pundit,`)
# (and an alias, `, or USAID,`; a time it is due, `, due to be considered on Thursday,`)
# an English topic taken up by a pronoun subject (As for the ministry, it said)
_AS_FOR_TOPIC = re.compile(r"\s*[Aa]s\s+(?:for|to|regards)\s+([^,.;:]{2,80}),\s*(?:he|she|it|they)\s")
# nouns of a group of people, its members after `of` (A group of students in the College of Engineering)
_GROUP_NOUNS = frozenset(("group", "coalition", "team", "panel", "delegation", "handful", "alliance", "band"))
_ASIDE_OPENERS = frozenset(("a", "an", "the", "who", "which", "whose", "where", "himself", "herself", "itself",
                            "now", "formerly", "currently", "once", "mp", "mep", "msp", "ceo", "or", "due"))
# past participles not in -ed that open an aside on the subject (The group, made up of ..., said; X, known as Y)
def _irregular_participle(word: str) -> bool:
    """Is `word` a past participle not in -ed (made, known, held, seen), by the English lexicon? (Read on the first
    call, not on import: the patterns are compiled once, when a text is first segmented.)"""
    return word in patterns("en").irregular_participles
# in lower case, a prepositional phrase after the subject (The report, by the IFS, found; X, in an interview, said)
_ASIDE_PREPOSITIONS = frozenset(("by", "from", "of", "in", "at", "for", "with", "on", "during"))


# a US legislator's party and state after the name (Rep. Nancy Pelosi, D-Calif., said)
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?")


def is_party_state(chunk: str) -> bool:
    """Is `chunk` a US politician's party and state (D-W.Va., R-Iowa), set off after the name?"""
    return _PARTY_STATE.fullmatch(chunk.strip(" ,")) is not None


_STATE = re.compile(r"(?:(?:New|North|South|West|Rhode)\s)?[A-Z][a-z]+|(?:[A-Z]\.)+[A-Z]?")  # (Ohio, New York, N.C.)
_FROM_A_TOWN = re.compile(r"\b(?:of|from|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")
# (two days ahead of schedule, 3 pct: a time or a number, no name an aside describes)
_AGE = re.compile(r"\d{1,3}")
# where a person is from, set off after the name like an age (Sarah Whitfield, from Leeds, who ...)
_HOMETOWN = re.compile(r"from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _hometown_before(chunks: list[str]) -> bool:
    """Is the chunk before the last where the person named before it is from (`Sarah Whitfield, from Leeds, who
    was diagnosed ..., said`: the relative is an aside on her, past her town)?"""
    return len(chunks) > 2 and _HOMETOWN.fullmatch(chunks[-2]) is not None
# (a number opens no name, but an age before one does: 82-year-old Sukru Munda)
_NOT_A_NAME = re.compile(r"\d(?![\d-]*-year-old\s+[A-Z])|(?:\w+\s+){1,2}(?:ahead|later|earlier|ago)\b")
_PLACE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2}|[A-Z][a-z]{1,3}\.")  # (Iowa, New York, N.C., Del.)
PERFECT_AUXILIARIES = frozenset(("has", "have", "had"))  # (has said, had said: the perfect's auxiliary)
# titles before an English name (Mr Moore: a person, never a place)
HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof"))


def state_after_town(before: str, chunk: str) -> bool:
    """Is `chunk` the state of a town that `before` ends with (`Mike Dunn of Columbus` then `Ohio`)?"""
    return _STATE.fullmatch(chunk) is not None and _FROM_A_TOWN.search(before) is not None


_AS_QUOTED_BY = re.compile(r"as (?:quoted|reported|cited|carried) (?:by|in) ")  # (Anil Sharma, as quoted by PTI, said)


_ONE_CAPITALISED = re.compile(r"[A-Z][a-z'’-]+")
_INSTITUTION_CLOSES = re.compile(r"(?:\([A-Z]{2,}\)?|\b(?:University|Institute|College|Hospital|Centre|Center|School|"
                                 r"Council|Authority|Board|Corporation))$")
_NAME_OF_THE_LAST_ROLE = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")
_ROLE_FOR_A_ROLE = re.compile(r"(?:A|An|The|a|an|the)\s+[\w-]+\s+(?:for|of|to)\s+(?:the\s+)?[\w\s'’-]+")


def _english_aside(chunk: str) -> bool:
    """Does a comma-separated chunk after a subject describe it (a spokeswoman, speaking in Paris, published on
    Monday, Russia's ..., 45, D-Calif., many of whom ...)?"""
    first = chunk.split()[0]
    return (first.lower() in _ASIDE_OPENERS or (first.islower() and (first.endswith(("ing", "ed"))
                                                                     or _irregular_participle(first)))
            or first in _ASIDE_PREPOSITIONS or first.endswith(("'s", "’s")) or chunk.isdigit()
            or chunk.split()[1:3] in (["of", "whom"], ["of", "which"])  # (many of whom grow cotton)
            or chunk.split()[:2] in (["part", "of"], ["home", "to"])  # (Austin Rover, part of the Rover Group,)
            or first.islower() and first.endswith("s") and not first.endswith("ss") and chunk.split()[1:2] in (
                ["in"], ["of"], ["at"], ["to"])  # (The ANC and the DA, partners in the government,)
            or _PARTY_STATE.fullmatch(chunk) is not None or _AS_QUOTED_BY.match(chunk) is not None)


_PLACE_CLOSING = re.compile(r"\b(?:in|at|from|across|between)\s+(?:[A-Z][\w'’-]*\s*){1,3}$")


def _list_in_the_aside(chunks: list[str], pat: LanguagePatterns) -> list[str]:
    """`Northmere Trains, which runs services between Leeds, York and the east coast,` / `The group, made up of
    council, police and fire officials,`: a list's later items, verbless and closed by and/or, are the aside's
    (a relative or a participle), no chunk of their own."""
    if len(chunks) == 2 and chunks[1][:1].isupper() and _PLACE_CLOSING.search(chunks[0]) and _closes_a_list(
            chunks[1], pat):
        return [", ".join(chunks)]  # (`Checks by The Straits Times at 15 coffee shops in Toa Payoh, Bedok and Jurong
        # West found`: the places listed, one phrase with the subject before them)
    if len(chunks) < 3 or not _closes_a_list(chunks[-1], pat, after_items=len(chunks) >= 4):
        return chunks
    k = len(chunks) - 2
    while k > 1 and len(chunks[k].split()) <= 3 and not _english_aside(chunks[k]):
        k -= 1  # (an item of its own: Leeds, Hull, York and the coast)
    opener = chunks[k].split()[0]
    if k >= 1 and (opener in ("which", "who", "that") or opener.islower() and (
            opener.endswith(("ed", "ing")) or _irregular_participle(opener))):
        return chunks[:k] + [", ".join(chunks[k:])]
    return chunks


def _closes_a_list(chunk: str, pat: LanguagePatterns, after_items: bool = False) -> bool:
    """`York and the east coast`: a list's last item (and/or inside it, not opening it) with no verb; after
    other items (`after_items`), a short one opening with and/or too (`food, and agrarian reform`: a comma
    before the and)."""
    ws = chunk.split()
    if any(fold(w) in pat.finite for w in ws):
        return False
    if ws[0] in ("and", "or"):
        return after_items and 2 <= len(ws) <= 4
    return bool({"and", "or"} & set(ws[1:]))


def list_items_after(text: str, start: int, end: int, pat: LanguagePatterns) -> int:
    """Where the items of a list that runs on after text[..start] (`, York and the east coast`) end, before `end`:
    past the last comma chunk closing the list, else `start`."""
    chunks = comma_chunks(text[start:end])
    if not chunks or not _closes_a_list(chunks[-1], pat, after_items=len(chunks) >= 2) or any(
            len(c.split()) > 3 for c in chunks[:-1]):
        return start
    return text.rfind(chunks[-1], start, end) + len(chunks[-1])


def _name_word(word: str, pat: LanguagePatterns) -> bool:
    """Could `word` be part of a name: capitalised, or a particle (bin, von, al-Hiti)?"""
    return word[:1].isupper() or fold(word.split("-", 1)[0]) in pat.name_particles


def _role_after_name(name: str, chunk: str, pat: LanguagePatterns) -> bool:
    """`Gordon Tait, secretary of the union` / `Alan Marsh, Dunmore Bank's chief economist`: a role without an
    article after a name describes it."""
    first, cw = chunk.split()[0], chunk.split()
    ws = name.split()
    if not (1 < len(ws) <= 4 and ws[0][:1].isupper() and all(_name_word(w, pat) for w in ws)):
        return False
    if first.islower() and (any(fold(w) in pat.person_roles or fold(w.rsplit("-", 1)[-1]) in pat.person_roles
                                for w in cw[:3] if w.islower()) or len(cw) > 2 and cw[1] in ("of", "at", "for")):
        return True  # (secretary of the union; oil analyst at Lanning Securities; vice-chancellor of X; a role the
        # lexicon does not list, before its body: convener of the committee)
    possessor = next((i for i, w in enumerate(cw) if w.endswith(("'s", "’s"))), None)
    return possessor is not None and len(cw) <= 6 and any(fold(w) in pat.person_roles for w in cw[possessor + 1:])


def comma_chunks(phrase: str) -> list[str]:
    """The phrase's comma-separated parts, trimmed, leaving out those with no word (only \u2028, say)."""
    return [c for c in (c.strip(_TRIM) for c in COMMA.split(phrase)) if c.split()]


def _english_aside_or_role(after: list[str]) -> bool:
    """Do the words after a comma describe the name before it (a Republican, the bank's chief executive, 34,
    campaigning in Kent)?"""
    return bool(after) and (after[0].lower() in ("a", "an") or after[0].isdigit() or after[0].lower() == "the" and len(
        after) > 1 and after[1][:1].islower() or _english_aside(" ".join(after)))


def _name_lists_joined(chunks: list[str]) -> list[str]:
    """Comma chunks with a list inside a name put back together: the Department for Children, Schools and Families
    (before a relative set off after it too: `A senior official at the Ministry of Finance, Planning and Economic
    Development, who asked not to be named, said`)."""
    chunks = list(chunks)
    for k in range(len(chunks) - 1, 0, -1):
        if _NAME_LIST_CLOSING.fullmatch(chunks[k]) and _NAME_LIST_OPENING.search(chunks[k - 1]):
            chunks[k - 1:k + 1] = [chunks[k - 1] + ", " + chunks[k]]
    return chunks


def is_subject_with_asides(prefix: str, pat: LanguagePatterns) -> bool:
    """`The ministry, which did not give details,`: a subject (no verb of its own) whose every later comma
    chunk describes it."""
    joined = _AND_BUT.match(prefix)  # (`, and the pupils, who were tired,`: a subject after the conjunction)
    chunks = _name_lists_joined(_list_in_the_aside(comma_chunks(prefix[joined.end():] if joined else prefix), pat))
    adverb = len(chunks) > 2 and all(fold(w) in pat.adverbials for w in chunks[0].split())
    if adverb:
        chunks = chunks[1:]  # (`However, residents of X, which were among the worst hit,`: an adverb opens it)
    elif len(chunks) > 2 and len(chunks[0].split()) <= 4 and fold(chunks[0].split()[0]) in _EN_PLACE_PREPOSITIONS:
        chunks = chunks[1:]  # (`Outside court, resident Joanne Pyke, whose home was destroyed,`: where, first)
    return (len(chunks) > 1 and (not chunks[0][:1].islower() or adverb
                                 or joined is not None and chunks[0].split()[0] in ARTICLES)
            and all(_english_aside(c) or fold(c.split()[0]) in pat.person_roles for c in chunks[1:])
            and not any(fold(w) in pat.finite for w in words(chunks[0])))  # (`, director of the X Project,`: a role)


# a participle and its agent or when (seen by the BBC, published on Tuesday)
_PARTICIPLE_BY = re.compile(r"\s*[a-z]+(?:ed|en)\s+(?:by|on|last|this|earlier|yesterday|today)\b")
# a politician's party and seat in brackets after the name, a comma inside ((Lib Dem, Ashcombe Vale), (R-Iowa))
_PARTY_TAG = re.compile(r"\s*\([^()]{1,40},[^()]{1,40}\)")
# (or where it was said, with its participle: `In a statement issued after its meeting, the MPC said`)
_PLACE_INTRO = re.compile(r"(?:Back|Back home|Out|Up|Down)\s+(?:in|at|on)\s+[A-Z]"
                          r"|In\s+an?\s+(?:statement|report|letter|interview|note|filing|post)\s+[a-z]+ed\b")
_AND_BUT = re.compile(r"^\s*(?:and|but)\s+(?=[A-Za-z])")
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year (In 2019 the Supreme Court said)
# auxiliaries and adverbs between an English subject and its verb (It further notes, X has said)
_BEFORE_THE_VERB = frozenset(("has", "have", "had", "would", "will", "only", "further",
                              # (The Department of Health itself said: the name, without its emphasis)
                              "itself", "themselves", "himself", "herself"))
_IN_A_PLACE = re.compile(r"(?:In|At|Across|Inside|Outside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_THE_ROLE_OF_IT = re.compile(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}[a-z][\w'’-]*$")
_EN_PLACE_PREPOSITIONS = frozenset(("in", "on", "at", "outside", "inside", "near", "across", "behind", "amid", "along",
                                    "throughout", "within", "under", "during", "after", "before"))
_EN_AUXILIARIES = frozenset(("has", "have", "had", "is", "was", "were", "will", "would", "been"))


_DETERMINER = re.compile(r"(?<!\S)(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|"
                         r"another|its|their|his|her|\d[\d,]*)\s")


# a name whose last words list its remit (the Department for Culture, Media and Sport), or a subject listing where
# its people are from (Ministers from France, Germany and Italy): the chunk before the comma ends in a preposition
# and capitalised words, the chunk after it closes the list with and
_NAME_LIST_OPENING = re.compile(r"(?:\b(?:for|of|from|in)\s+|^[A-Z][\w-]*['’]s\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# (or a country's possessive before it: Malaysia's Investment, Trade and Industry Ministry)
_NAME_LIST_CLOSING = re.compile(r"(?:[A-Z][\w'’-]*\s+)+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                                r"(?:\s+\([^()]*\)?)?")
# the capitalised name closing a chunk, its lower-case joints included (the Health and Safety Executive, the
# Bank of England, the Department for Education)
# (a particle joined by a hyphen opens a part of a name: Wanis al-Shaari, Amr el-Sayed)
_TRAILING_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:and|of|for|on|&)\s+)?(?:[a-z]{1,3}-)?[A-Z][\w'’.&-]*)*\s*$")


def _last_noun_phrase(chunk: str) -> str | None:
    """The noun phrase closing `chunk`, from its first determiner that is no `of`'s object and leaves seven words or
    fewer: `called by a joint action committee of five unions` gives `a joint action committee of five unions`; so
    does a passive's agent with no determiner (`condemned by business leaders in the north-east`)."""
    agent = _BY_AGENT.search(chunk) or _FROM_BARE_SOURCE.search(chunk)
    if agent and not _DETERMINER.match(agent.group(1) + " "):
        return clean_speaker(agent.group(1))
    for m in _DETERMINER.finditer(chunk):
        if len(chunk[m.start():].split()) <= 7 and not chunk[:m.start()].endswith("of "):
            source = _FROM_SOURCE.search(chunk, m.start())  # (an immediate backlash from business leaders, who: them)
            return clean_speaker(chunk[source.end():] if source else chunk[m.start():])
    if _OPENING_DETERMINER.match(chunk) and len(chunk.split()) <= 4 and not _FINITE_IN.search(chunk):
        return clean_speaker(chunk)  # (`The minister, who said`: the whole chunk, a determiner opening the sentence)
    return None


_OPENING_DETERMINER = re.compile(r"\s*(?:The|A|An|Its|Their|His|Her)\s")
_FINITE_IN = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]+ed|[a-z]+s)\s", re.IGNORECASE)  # (no clause)


_BY_AGENT = re.compile(r"\s(?:was|were|been|being)\s+[a-z]+ed\s+by\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)$")
_FROM_SOURCE = re.compile(r"\s(?:from|among)\s+(?=\S+(?:\s+\S+){0,3}$)")
# (complaints from transport unions and small business owners, who: whom the complaints came from, no determiner)
_FROM_BARE_SOURCE = re.compile(r"\s(?:complaints?|protests?|criticism|calls|opposition|objections?|warnings?)\s+"
                               r"(?:from|by)\s+((?:[a-z][\w'’-]*\s+){0,6}[a-z][\w'’-]*s)$")


def is_clause_then_relative(prefix: str, pat: LanguagePatterns) -> bool:
    """`The ministry works with the agency, which` (before `said`): a clause of its own, then the relative that
    speaks; `Ms Grant, who` is only its subject."""
    chunks = comma_chunks(prefix)
    relative = chunks[-1].split() if chunks else []
    if len(chunks) > 2 and relative and fold(relative[0]) in pat.relatives and pat.cue.match(chunks[-2]) and all(
            fold(w) in _EN_AUXILIARIES or fold(w) in pat.adverbials for w in relative[1:4]) and len(relative) <= 4:
        return True  # `X face hunger, according to the WFP, which (has long)`: the claim, its cue, then the party's
        # relative
    # (`, which small parties say`: a relative that is the content's subject, and the party saying it)
    if len(chunks) > 2 and fold(chunks[-1]) in pat.relatives:
        # `The Senate backed the bill, setting up a fight with X, which`: a clause, its participle phrase, then the
        # relative (`Ms Grant, a teacher, who`: only its subject and an aside)
        return any(fold(w) in pat.finite or w.islower() and w.endswith("ed") for w in words(chunks[0])[1:])
    if len(chunks) != 2:
        return False
    if _relative_then_party(chunks[1].split(), pat):
        # (not inside reported content: She warned that carbon ..., which X estimated at ...)
        return len(words(chunks[0])) >= 3 and " that " not in chunks[0]
    return fold(chunks[1]) in pat.relatives and len(words(chunks[0])) > 5


def _relative_then_party(ws: list[str], pat: LanguagePatterns) -> bool:
    """`which small parties` / `that the ministry` right before a reporting verb: an object relative and the party
    saying it, not a relative clause with a verb of its own (which campaigns to protect, which makes batteries)."""
    return (2 <= len(ws) <= 6 and ws[0] in ("which", "that")
            and not any(w == "to" or w.endswith("ed") or fold(w) in pat.finite for w in ws[1:])
            and not (len(ws) > 2 and ws[1].endswith("s"))  # (which makes batteries; but which analysts)
            and not (len(ws) > 2 and fold(ws[2]) in ARTICLES))  # (which run the crossings: a verb and its object)


def is_participle_intro(chunk: str) -> bool:
    """Does an English chunk open with a participle and its complement (Speaking to reporters, Asked whether he
    would resign, Writing on X), not with a name ending like one (Alfred Manning)?"""
    ws = chunk.split()
    en = patterns("en")
    return (len(ws) > 1 and ws[0][:1].isupper() and len(ws[0]) > 4 and ws[0].lower().endswith(("ing", "ed"))
            and ws[1].islower() and fold(ws[0]) not in en.ing_nouns  # (Housing law specialist X)
            and not (fold(ws[1]) in en.person_roles and next((w for w in ws[2:] if not w.startswith("(")), "")[
                :1].isupper()))
    # (nor a title before a name: `Superintending engineer (roads) Sunil Pawar`, `Retired teacher Mary Jones`)


def _no_subject(chunk: str) -> bool:
    """Does a chunk open with an adverb, a preposition or a relative of place (`mostly in Bengaluru and Hyderabad`,
    `where X employs`), so that the chunk after it (`the company`) is the subject, no aside on it?"""
    return chunk.split()[0] in _NO_SUBJECT_OPENERS


_NO_SUBJECT_OPENERS = frozenset(("mostly", "mainly", "largely", "chiefly", "especially", "particularly", "including",
                                 "where", "when", "in", "at", "on", "from", "near"))


def _english_intro(chunk: str, pat: LanguagePatterns) -> bool:
    """Is a chunk an intro phrase (In a statement, On Monday, Speaking to reporters, Asked about it), so the chunk
    after it is the subject itself?"""
    first = chunk.split()[0]
    return fold(first) in pat.intro_words or bool(pat.date.match(chunk)) or is_participle_intro(chunk)


def last_subordinator(ws: list[str], pat: LanguagePatterns) -> int | None:
    """Index of the last word of the last subordinator (after, because, بعد أن ...) among `ws`, if any.

    `ws` are split on white space, commas kept: a subordinator inside a relative aside closed by a comma
    (`The official, who spoke on condition of anonymity because he was not authorized ..., said`) belongs to
    the aside, not to the clause around it.
    """
    closed_at = None  # index of the last word before position i that ends with a comma
    i = len(ws) - 1
    while i >= 0:
        if ws[i].endswith(_COMMAS):
            closed_at = i
        word = ws[i].rstrip(",،")
        if pat.language == "en" and not word.islower():
            i -= 1
            continue  # `After the vote, X said` opens the sentence: an intro, not a subordinate clause
        if fold(word) in pat.subordinators or (i and fold(ws[i - 1]) + " " + fold(word) in pat.subordinators):
            aside = _relative_aside_start(ws, i, pat) if closed_at is not None else None
            if aside is None:
                return i
            i = aside  # skip the aside and go on before it
        i -= 1
    return None


def _relative_aside_start(ws: list[str], i: int, pat: LanguagePatterns) -> int | None:
    """Where the comma chunk holding ws[i] starts, when it opens with a relative pronoun (`, who ...`) or a
    participle (`, released late on Sunday after two days of talks,`)."""
    j = i
    while j > 0 and not ws[j - 1].endswith(_COMMAS):
        j -= 1
    opens = ws[j] if j > 0 else ""
    aside = fold(opens) in pat.relatives or opens.islower() and opens.endswith(("ed", "ing")) and len(opens) > 4
    return j if aside else None


_QUOTED_NAME = re.compile(r"[\"“«](?:[A-Z0-9][\w'’.&-]*\s?)+(?:[\"”»]|$)")  # its closer may be trimmed off


_AMOUNT = re.compile(r"[$£€][\d.,]+\w{0,2}|[\d.,]+%")


def _is_object_relative(ws: list[str], pat: LanguagePatterns) -> bool:
    """`..., a charge Labour denies` / `a claim the company rejects`: a noun with a relative clause whose own
    subject (a name running to the verb, or a pronoun or determiner) comes right after it; no subject."""
    if any(_AMOUNT.fullmatch(w) and fold(ws[i - 1]) in ARTICLES for i, w in enumerate(ws[1:-1], 1)):
        return True  # `well below the 6% the company had forecast`: the amount is what its relative clause's
        # subject forecast
    if len(ws) < 3 or fold(ws[0]) not in ("a", "an") or not ws[1].islower():
        return False
    third = ws[2]
    return fold(third) in pat.determiners or all(w[:1].isupper() for w in ws[2:])


# (and a time after the participle: a study published last week by X)
_MODIFIER_PREPOSITIONS = frozenset(("by", "on", "in", "with", "to", "at", "for", "from", "near", "about", "under",
                                    "last", "this", "earlier", "out", "up"))  # (a survey carried out for X)
_LONG_NAME_CLOSING = re.compile(r"\b(?:by|of|from|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:of\s+|for\s+|and\s+)?){2,}"
                                r"[A-Z][\w'’-]+(?:\s+\([A-Z]{2,}\)?)?\s*$")
# participles of being asked, closing a subject after its noun (`practices surveyed`, `the doctors interviewed`):
# those a survey asked, who say it; no verb of the clause
_ASKED = frozenset(("surveyed", "polled", "interviewed", "questioned", "asked", "contacted", "consulted", "sampled"))


# before an -ed word they make it an adjective (One retired fisherman, two unnamed officials)
_COUNTED = frozenset(("one", "two", "three", "four", "five", "several", "many", "some", "other", "another"))
_SUBJECT_PRONOUNS = frozenset(("He", "She", "They", "We", "I", "he", "she", "they", "we"))


_COMES = frozenset(("comes", "came", "come", "coming"))
_ROLE_THEN_NAME_EN = re.compile(r"(?:[a-z][\w'’-]*\s+){1,4}([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})")


def _role_then_its_name(chunk: str, pat: LanguagePatterns) -> bool:
    """Is `chunk` a person's role in lower case right before the name it is (`Its chairman, retired civil engineer
    Peter Dunning, said`: the name), not a role and its organisation's name (spokesman for the firm Trend Micro)?"""
    found = _ROLE_THEN_NAME_EN.fullmatch(chunk.strip())
    return found is not None and fold(chunk.strip()[:found.start(1)].split()[-1]) in pat.person_roles


# who issued a document (published yesterday by X), or whom a statement was read for (read on behalf of X; the
# one reading it, `read to reporters by his spokesman`, is no speaker)
_ISSUED_BY = re.compile(r"\b(?:(?:published|released|issued|compiled)\s+(?:[\w,]+\s+){0,3}?(by)"
                        r"|read(?:\s+out)?\s+(?:[\w,]+\s+){0,3}?(on\s+behalf\s+of))\s+(.+?)[\s,]*$")
_CAME_OUT_WHEN = re.compile(r"(?<=\w)\)?\s+(?:released|published|issued|unveiled)\s+(?:(?:on|last|this|late|earlier)\b"
                            r"[^,;]{0,30}|yesterday|today)\s*$")
_WHEN_AFTER_ISSUER = re.compile(r"\s(?:(?:last|this|earlier|on|in)\s+(?:week|month|year|[A-Z][a-z]+day|January"
                                r"|February|March|April|May|June|July|August|September|October|November|December"
                                r"|(?:19|20)\d\d\b)"  # (by the Ministry of Education in 2022)
                                r"|(?:earlier|later)\s+(?:this|last|that|in)\b)")  # (by X earlier this year)


def opens_a_name(word: str, following: str) -> bool:
    """Is a word that reads as a finite verb the first of a name (`Met` of the Met Office) by the capital after it?"""
    return word == "Met" and following[:1].isupper()


# honours and ranks set off after a name (Melissa Ong, SC): no subject of their own
_POST_NOMINALS = frozenset(("SC", "QC", "KC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "Jr", "Sr", "PhD", "MD",
                            "RN", "DDS", "CPA", "MS", "MLA", "MPP", "TD", "AM", "AO", "AC"))


def surname(name: str) -> str:
    """The last word of a name, past its honours (Jonathan Reid KC: Reid; Sarah Lindqvist KC is no namesake)."""
    ws = name.split()
    while len(ws) > 1 and ws[-1].strip(" .,") in _POST_NOMINALS:
        ws.pop()
    return ws[-1]


# `and` and a name of up to three words closing the phrase before a verb (and Ankara replies:)
_AND_A_NAME_LAST = re.compile(r"\band\s+((?:[A-Z][\w'’.-]*\s*){1,3})$")


# a place named by its kind closing a phrase (in the regional capital): a name set off after it is the place's
_PLACE_NOUN_CLOSES = re.compile(r"\b(?:capital|city|town|village|province|region|district|county|state|port)$")


_BEFORE_A_COMPARING_AS = frozenset(("such", "well", "same", "so", "known", "just"))


_MADE = frozenset(("conducted", "commissioned", "compiled", "prepared", "published", "released", "carried"))


def english_subject(phrase: str, pat: LanguagePatterns) -> str | None:
    """The subject noun phrase in `phrase` (the text before a reporting verb); "" for a pronoun; None if none."""
    came_out = _CAME_OUT_WHEN.search(phrase)
    if came_out:
        phrase = phrase[:came_out.start()]  # `a report by X released on Monday said`: when it came out, no verb
    issued = _ISSUED_BY.search(phrase)
    if issued and not any(fold(w) in pat.finite for w in words(phrase, 0, issued.start())):
        # `A statement read on behalf of X by a spokeswoman`, `Data published yesterday by the ONS`: who issued it
        issuer = issued.group(3)
        if issued.group(2):
            issuer = re.split(r"\s+by\s+", issuer)[0]
        when = _WHEN_AFTER_ISSUER.search(issuer)  # (by the IMF last October had: when, and the verb's auxiliary)
        issuer = issuer[:when.start()] if when else issuer
        ws = [w for w in COMMA.sub(" ", issuer).split()]
        while ws and fold(ws[-1]) in ("has", "have", "had", "would", "will"):
            ws.pop()
        if 0 < len(ws) <= 14:
            return clean_speaker(" ".join(ws))
    joined = _AND_A_NAME_LAST.search(phrase)
    before_and = words(phrase, 0, joined.start()) if joined else []
    if joined and any(fold(w) in pat.finite and nxt != "by" or w.islower() and w.endswith("s") and nxt[:1].isupper()
                      and fold(prev) not in pat.determiners
                      for prev, w, nxt in zip(before_and, before_and[1:], before_and[2:])):
        phrase = joined.group(1)  # `Iraq asks Turkey for more water and Ankara replies:`: a clause of its own before
        # (not `consumers led by West Germany and Britain argue`, `unions representing workers at Ford and GM said`;
        # nor `The students Salma and Maryam said`, a plural noun after its article)
    ws = phrase.split()
    if len(ws) > 1 and ws[0].lower() in ("but", "and", "yet", "so"):
        ws = ws[1:]  # `But two officials ..., who asked not to be named, said`: the conjunction is no intro phrase
    if len(ws) > 3 and ws[0] in ("In", "On", "By", "Since") and (_A_YEAR.fullmatch(ws[1]) or pat.date.fullmatch(
            ws[1])) and not ws[1].endswith(","):
        ws = ws[2:]  # (`In 2019 the Supreme Court said`: when, with no comma after it, before the subject)
    place_end = next((k for k in range(2, min(len(ws) - 1, 5)) if ws[k] in ("the", "a", "an")), None) if ws[
        :1] in (["In"], ["At"]) else None
    if place_end and all(w[:1].isupper() and not w.endswith(",") for w in ws[1:place_end]):
        ws = ws[place_end:]  # (`In Nigeria the ministry said`: where, with no comma after it)
    if len(ws) > 2 and ws[0] in ("to", "on", "of", "about") and ws[1] == "which":
        ws = ws[1:]  # (`, to which Jubouri replied that`: what was answered, then the one answering)
    if len(ws) > 1 and ws[0] in ("which", "that", "where"):
        ws = ws[1:]  # `, which the ministry said was ...`: the relative is the content's, the ministry speaks (`,
        # where Daniel Okonkwo, 34, says`: the resident of the place)
    while ws and (fold(ws[-1]) in _BEFORE_THE_VERB or fold(ws[-1]) in pat.adverbials
                  or len(ws) > 1 and _AN_ADVERB_IN_LY.fullmatch(ws[-1]) and ws[-1].strip("\"“”") not in NOUNS_IN_LY):
        if len(ws) > 1 and ws[-1][:1].isupper() and ws[-2][:1].isupper() and not ws[-1].isupper():
            break  # `Campaign group Fair Rail Now said`: a capital after a capital is the name's last word
        ws.pop()  # Viktor Yushchenko, has said / she quickly added / would only say: auxiliaries and adverbs belong
        # to the verb
    if len(ws) > 2 and [fold(w) for w in ws[-2:]] == ["used", "to"]:
        ws = ws[:-2]  # (`My father used to say`: what he said again and again, the subject before it)
    if len(ws) > 2 and fold(ws[-2]) in ("on", "last", "this") and pat.date.fullmatch(ws[-1]):
        ws = ws[:-2]  # `Federal Minister for Power X on Monday told`: when, between the subject and its verb
    elif len(ws) > 3 and fold(ws[-3]) == "on" and pat.date.fullmatch(ws[-2]) and ws[-1].rstrip(",").isdigit():
        ws = ws[:-3]  # (`Malaysia's Health Ministry on March 11 denied`: a day of the month too)
    auxiliary = next((i for i in range(len(ws) - 1, 0, -1) if ws[i].lower() in PERFECT_AUXILIARIES or (
        ws[i].lower() in ("did", "does") and i == len(ws) - 2 and ws[-1].lower() == "not")), None)
    if auxiliary is not None and len(ws) - auxiliary <= 4 and not any("," in w for w in ws[auxiliary:]):
        ws = ws[:auxiliary]  # `Treasury officials have in the past warned`: a time phrase after the auxiliary (or
        # `did not`, before a denial withheld: `The minister did not deny that`)
    cut = last_subordinator(ws, pat)
    cut = cut if cut is not None else next((i for i in range(len(ws) - 2, 0, -1) if ws[i] == "as" and fold(
        ws[i - 1]) in _COMES), None)  # (The outbreak comes as figures from X show that: the figures show it)
    cut = cut if cut is not None else next((i for i in range(len(ws) - 2, 2, -1) if ws[i] == "as" and len(ws) - i <= 4
                                            and fold(ws[i - 1]) not in _BEFORE_A_COMPARING_AS and any(
        fold(w) in pat.person_roles or w[:1].isupper() for w in ws[i + 1:])), None)  # (a headline's `Tuition fees to
    # rise to £10,050 as minister says`: the minister, after as)
    if cut is not None and ws[-1].endswith(",") and any(w.endswith(",") for w in ws[:cut]):
        cut = None  # `Mr Harland, a former headteacher who has represented X since 1997, said`: inside an aside
    if cut is not None and _PLACE_INTRO.match(" ".join(ws)) and any(w.endswith(",") for w in ws[cut:-1]):
        cut = None  # `In a statement issued after its meeting, the MPC said`: inside the phrase of where it was said
    intro = next((i for i, w in enumerate(ws) if w.endswith(",")), None)
    if cut is not None and intro is not None and cut < intro and is_participle_intro(" ".join(ws[:intro + 1])):
        cut = None  # (`Speaking after a meeting with X at Stormont, the party's deputy leader, Nigel Crawford, said`:
        # inside the participle's phrase before the subject)
    if cut is not None:
        ws = ws[cut + 1:]  # Shares fell 5% after it said: the subject is after the subordinator
        closed = next((i for i, w in enumerate(ws) if w.endswith(",")), None)
        if closed is not None and any(fold(w.strip(",")) in pat.finite for w in ws[:closed + 1]):
            ws = ws[closed + 1:]  # (Asked whether X before it was leaked, the spokesman said: the clause ended)
    chunks = _list_in_the_aside(comma_chunks(" ".join(ws)), pat)
    while len(chunks) > 1 and chunks[-1].strip(" .") in _POST_NOMINALS:
        chunks.pop()  # `Fenwick's barrister, Melissa Ong, SC, told`: the name's honour or rank, not the subject
    chunks = _name_lists_joined(chunks)
    if len(chunks) > 1:  # `The government, however, insists`: an adverb alone between commas is no subject
        chunks = [c for c in chunks if not all(fold(w) in pat.intro_words for w in c.split())] or chunks[-1:]
    if len(chunks) > 1 and _PLACE_INTRO.match(chunks[0]):
        chunks = chunks[1:]  # (`Back in Adre, Abakar said`: where, before the subject)
    if len(chunks) > 2 and _IN_A_PLACE.fullmatch(chunks[0].strip()) and _THE_ROLE_OF_IT.match(chunks[1].strip()):
        chunks = chunks[2:]  # (`In Ghana, the world's second-largest grower, the cocoa regulator said`: the place
        # and what it is, before the subject)
    if len(chunks) > 1:  # (`In the letter, seen by the BBC, Ms Hollis said`, `In her annual report, published on
        # Tuesday, Helen Carmody said`: an aside on the letter, no subject)
        chunks = [c for i, c in enumerate(chunks) if i == len(chunks) - 1 or not _PARTICIPLE_BY.match(c)]
    if len(chunks) > 1 and (fold(chunks[0].split()[0]) in pat.subordinators or pat.conditional.match(chunks[0])):
        chunks = chunks[1:]  # (`If the plan fails, the council says`: the condition of the content, before its subject)
    if len(chunks) > 1 and is_participle_intro(chunks[0]):
        # `Writing on X, formerly Twitter, the billionaire`: the intro and the asides on it come before the subject
        chunks = chunks[1:]
        while len(chunks) > 1 and chunks[0][:1].islower() and fold(chunks[0].split()[0]) not in pat.determiners:
            chunks = chunks[1:]
    if len(chunks) > 1 and chunks[-1].split()[0].lower() in pat.relatives and len(chunks[-1].split()) == 1:
        # `..., who said`: the name before the comma, else its last noun phrase (with the environment agency); past
        # an aside on the name (`Marcus Bell, a sophomore at a school in Oklahoma City, who says`)
        k = -2
        if len(chunks) > 2 and _AGE_CHUNK.fullmatch(chunks[k]):
            k -= 1  # (Maria Delgado, 67, who said: the name before the age)
        while len(chunks) > -k and (chunks[k].split()[0] in ("a", "an") or chunks[k][:1].islower() and fold(
                chunks[k].split()[0]) not in pat.finite and any(fold(w) in pat.person_roles
                                                                 for w in chunks[k].split()[:3])) and not (
                _english_aside(chunks[k - 1])):
            k -= 1  # (Carsten Vogel, senior economist at ING in Frankfurt, who added: past his role to his name)
        if chunks[k].split()[0] in ("a", "an"):
            return chunks[-1].split()[0]  # (only the aside here: the relative, its antecedent read further back)
        name = _TRAILING_NAME.search(chunks[k][-120:])
        if name:
            return clean_speaker(name.group())
        return _last_noun_phrase(chunks[k])
    relative = chunks[-1].split() if len(chunks) > 1 else []
    if _relative_then_party(relative, pat):
        # `X rose to four percent, which small parties say shuts them out`: who says it, of what comes before
        return "" if fold(" ".join(relative[1:])) in pat.pronouns else clean_speaker(" ".join(relative[1:]))
    if len(chunks) > 2 and _PLACE.fullmatch(chunks[-1]) and chunks[-1].split()[0].rstrip(".") not in HONORIFICS and (
            _english_aside(chunks[-2]) or chunks[-2].split()[0] in ("which", "who")):
        chunks.pop()  # Pearsall Testing Services, based in Iowa City, Iowa, said: the place's state goes with it (and
        # Harlow, which is based in Parsippany, New Jersey, said)
    else:  # Passenger Mike Dunn of Columbus, Ohio, told: his town's state (and `In a complaint filed in Washington,
        # D.C., the government alleges`: the intro's)
        at = next((k for k in range(len(chunks) - 1, 0, -1) if state_after_town(chunks[k - 1], chunks[k])), None)
        if at is not None:
            chunks[at - 1:at + 1] = [chunks[at - 1] + ", " + chunks[at]]
    if len(chunks) > 1 and _PLACE_NOUN_CLOSES.search(chunks[-2]) and _ONE_CAPITALISED.fullmatch(chunks[-1]):
        chunks.pop()  # `The civic committee in the regional capital, Potosi, has demanded`: the place's name
    while len(chunks) > 1 and not _role_then_its_name(chunks[-1], pat) and (_english_aside(
            chunks[-1]) and (not _NOT_A_NAME.match(chunks[-2]) or len(
            chunks) > 2 and _AGE.fullmatch(chunks[-2]))  # (Lisa Brandt, 54, who lives nearby, said: past the age)
                               or chunks[-1].lower().startswith("one of ")
                               # (Northern Star, whose chief executive, Graham Sowerby, built ..., said: the
                               # relative's own apposition)
                               or len(chunks) > 2 and chunks[-2].split()[0] == "whose" and len(
                                   chunks[-2].split()) <= 4
                               or _role_after_name(chunks[-2], chunks[-1], pat)
                               # (Dr. X, senior consultant, internal medicine, at Y, said: the role's department)
                               or len(chunks) > 2 and chunks[-1][:1].islower() and fold(
                                   chunks[-2].split()[-1]) in pat.person_roles and not any(
                                   fold(w) in pat.finite for w in chunks[-1].split())) and (
            not _english_intro(chunks[-2], pat) and not _no_subject(chunks[-2]) or _hometown_before(chunks)):
        chunks.pop()  # Jane Doe, a spokeswoman / The minister, speaking in Paris / Lavrov, Russia's minister / Frank
        # Dobson, one of the rebels (but `X on Tuesday, two days ahead of schedule, the company said`: no name before
        # the company, which is the subject)
    if len(chunks) > 1 and _ONE_CAPITALISED.fullmatch(chunks[-1]) and _INSTITUTION_CLOSES.search(chunks[-2]):
        chunks.pop()  # `Agricultural scientists at Punjab Agricultural University (PAU), Ludhiana, said`: where the
        # institution is, no name
    if len(chunks) == 2 and _NAME_OF_THE_LAST_ROLE.fullmatch(chunks[-1]) and _ROLE_FOR_A_ROLE.fullmatch(
            chunks[0]) and fold(chunks[0].split()[1]) in pat.person_roles and any(
            fold(w) in pat.person_roles for w in chunks[0].split()[3:]):
        chunks.pop()  # `A spokesman for the mayor of London, Ken Livingstone, said`: the name is the mayor's, the
        # spokesman speaks
    if not chunks:
        return None
    last = re.split(r"\s[-–—]+\s", chunks[-1])[0]
    ws = last.split()
    for i, w in enumerate(ws[1:], 1):
        if fold(w) in pat.relatives and not w.isupper():  # A spokesman for X which represents Y said: the part
            ws = ws[:i]  # before which (but A WHO spokesman: the health organisation, in capitals)
            break
    while ws and (fold(ws[0]) in pat.intro_words or (ws[0] != ws[-1] and pat.date.fullmatch(ws[0]))):
        ws = ws[1:]
    while ws and fold(ws[-1]) in pat.finite | {"also", "later", "earlier", "has", "have", "had", "then"} and not (
            len(ws) > 1 and ws[-1][:1].isupper() and ws[-2][:1].isupper()):  # (Marcus Fell: a surname, no verb)
        ws = ws[:-1]
    # (a name may carry its institution: Judge Margaret Lindqvist of the U.S. District Court for the District of
    # Arizona)
    # (a bracketed acronym adds no length: A survey of 1,200 members of the National Association of Head Teachers
    # (NAHT) found)
    # (and a long name closing it: The survey of 320 general practices by the Royal New Zealand College of General
    # Practitioners found)
    # (and a person's role placed in a body with a long name: An official at the ministry of local government of the
    # government appointed by parliament admitted)
    role_led = len(ws) > 2 and fold(ws[0]) in ("a", "an") and fold(ws[1]) in pat.person_roles and fold(ws[2]) in (
        "at", "in", "of", "from", "with")
    # (and a document with who made it and when: A survey of 412 schools conducted by the union's research desk in
    # August found)
    made_by = len(ws) > 3 and any(fold(w) in pat.document_nouns for w in ws[:3]) and any(
        fold(w) in _MADE for w in ws[3:])
    if not ws or len(ws) - sum(w.startswith("(") and w.strip("()").isupper() for w in ws) > (
            16 if ws[0][:1].isupper() and ws[1:2] and ws[1][:1].isupper() or _LONG_NAME_CLOSING.search(last)
            or role_led or made_by else 12):
        return None if not ws and len(chunks) > 1 else ("" if not ws else None)
    if len(ws) > 1 and ws[0] in _SUBJECT_PRONOUNS:
        return ""  # `He turned to the audience, saying`: the pronoun is the subject, its clause no name
    if ws[0].lower() in ("not", "none", "nobody", "neither") or [w.lower() for w in ws[:2]] == ["no", "one"]:
        return None  # `But not everyone believes the price war is good news`, `none of them said the governor was
        # involved`: nobody in particular says it
    if fold(ws[-1]) in ("and", "but") or ws[0].islower() and ws[0].endswith("ing") and len(ws) > 3 and (
            fold(ws[0]) not in pat.ing_nouns):
        # `X called for Y and said` / `overshadowing results that beat forecasts`: a clause, no subject (but
        # `banking experts say` has one)
        return None
    if pat.cue.search(" ".join(ws)):
        return None  # According to what the agency reported: the cue's object, not a subject
    if len(ws) > 3 and fold(ws[-2]) in _SUBJECT_PRONOUNS and fold(ws[-3]) in pat.document_nouns:
        ws = ws[:-2]  # `A 2024 study he co-authored found`: the document, its relative clause left out
    unquoted = _QUOTED_NAME.sub("", " ".join(ws))  # The newspaper "The Daily Record": a quoted name is fine
    # `economists polled by Reuters`, `two diplomats briefed on the talks`: a participle after the noun and
    # before a preposition modifies it, it is not the clause's verb
    named = any(w[:1].isupper() for w in ws[1:])  # (retired schoolteacher Frank DeLuca: an adjective before a name)
    # (an irregular one too: consumers led by West Germany)
    # (a capital inside the phrase makes it a name's: The Met Office)
    if any(fold(w) in pat.finite and not (i and w.islower() and nxt == "by") and not (i and w[:1].isupper())
           and not opens_a_name(w, nxt)  # (Met Office chief meteorologist X: a name, no verb)
           or (w.islower() and w.endswith("ed") and len(w) > 4
               and not (i and nxt in _MODIFIER_PREPOSITIONS)
               and not (i and not nxt and w in _ASKED)
               and not ((i == 0 or fold(ws[i - 1]) == "and") and named)  # (resident and retired accountant X)
               and not (i and (fold(ws[i - 1]) in ARTICLES or fold(ws[i - 1]) in _COUNTED
                               or ws[i - 1].endswith(("'s", "’s"))))  # (Sri Lanka's battered ceasefire)
               and not (i > 1 and ws[i - 1].endswith("ly") and fold(ws[i - 2]) in ARTICLES))  # (the internationally
           # recognised government: an adverb before the participle after its article)
           for i, (w, nxt) in enumerate(zip(ws, ws[1:] + [""]))) or any(c in _QUOTE_CHARS for c in unquoted):
        return None
    if _is_object_relative(ws, pat):
        return None
    phrase = " ".join(ws)
    if fold(phrase) in pat.pronouns:
        return ""
    return clean_speaker(phrase)
