"""What is not a claim: headings, source lists, bylines, datelines, sign-offs, hashtags, page furniture,
questions."""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from workbench.segment.patterns import SPACES, LanguagePatterns, fold, last_match, patterns
from workbench.segment.sentences import BULLETS, LIST_ITEM
from workbench.segment.speakers import masdar_shaped

# a wire's exchange rate in brackets closing the story: ($1 = 1.6340 New Zealand dollars), (الدولار = 3.75 ريال)
_CONVERSION_NOTE = re.compile(r"\([^()=\n]{1,12}=\s*[\d.,]+[^()=\n]{0,40}\)")


def opens_with_a_list_mark(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with a list item's mark (`- `, `• `, `1- `)?"""
    return LIST_ITEM.match(text, start, end) is not None


def opens_with_an_ordinal(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with a point's number before a colon (`أولا: X`, `Second: Y`)?"""
    colon = text.find(":", start, min(end, start + 12))
    return colon > start and fold(text[start:colon].strip()).lower() in _ORDINALS


_TERMINAL = ".!?؟…\"”»)'’"
# (a US state after the city: WILMINGTON, Del., March 30 -; CHARLOTTE, N.C., March 3 -; DES MOINES, Iowa, March 18 -)
_DATELINE_EN = re.compile(  # (two cities of a joint report: `JAKARTA/TOKYO -- `)
    r"[A-Z][A-Za-z.'’-]*(?:/[A-Z][A-Za-z.'’-]*)?(?: [A-Z][A-Za-z.'’-]*)*"
    r"(?:, (?:[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z][a-z]{1,4}\.)?"
    r"|[A-Z]{3,}(?: [A-Z]{3,})?))?"  # (VOA: `LILONGWE, MALAWI — `)
    r"(?:, [A-Z][a-z]{2,}\.? \d{1,2})?"
    r"(?:\s+[-–—]{1,2}\s+|—)")  # (MIAMI—Federal agents: an em dash with no spaces, after capitals)
# (HUARAZ, Peru, Oct 14 (Reuters) -; (Bloomberg) --)
# (old AP copy set its dash as an underscore: `GARY, Ind. (AP) _ Harmon Steel said`)
_DATELINE_PAREN = re.compile(r"(?:[^\s()]+(?: [^\s()]+){0,4}\s*)?\([^()\n]{1,30}\)\s*(?:[-–—]{1,2}|_(?= ))\s*")
# `دبي - العربية.نت: ` / `بيروت - «الشرق الأوسط»: `: a city of one or two words, a dash, an outlet of up to three
# words and a colon
_DATELINE_OUTLET = re.compile(
    r"[^\s:،,\-–—]+(?: [^\s:،,\-–—]+)?(?:\s+[-–—ـ]\s*|\s*[-–—]\s+)[^\s:،,]+(?: [^\s:،,]+){0,2}\s*:\s*")  # (COVID-19: no)
# (a tatweel after a space is a dash too: طرابلس ـ «القدس العربي»:)
# `KOCHI: ` (Indian dailies): a city in capitals and a colon
# (not a headline's speaker before first-person words: `NATO: We will respond`)
# (or two cities of a joint report: `SHIMLA/SRINAGAR: `)
_DATELINE_CAPS = re.compile(r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)?(?:/[A-Z][A-Z.'’-]{2,})?:\s+(?=[A-Z\"“])"
                            r"(?![\"“]?(?:We|I|Our|My)\b)")
# the city and the day in capitals, a sentence of its own before the lead (BANGALORE, JULY 12. Members of ...)
_DATELINE_SENTENCE = re.compile(r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)?, [A-Z]{3,9}\.? \d{1,2}\.?")
_SLASHED_LINE = re.compile(r"\s*[^\W\d][^/\n\d]{1,30}/\s*[^/\n\d]{2,40}/\s*[^/\n\d]{2,30}\s*")
_BYLINE_DATE = re.compile(r"\s[-–—|]\s[^-–—|]*\b(?:19|20)\d\d\s*$")  # (or a bar: By X, news reporter | 9 May 2025)
_CLOSING_QUOTES = "\"”»'’"
# a site's section trail or topic tags: short labels between bars (الأخبار | مصر | القضاء, News | UK | Politics)
_BREADCRUMB = re.compile(r"\s*[^|\n.!?؟]{1,40}(?:\s[|»>]\s[^|»>\n.!?؟]{1,40}){2,}\s*")
_AFTER_QUESTION_MARK = "\"“”«»)]'’،,."  # and white space: what may follow a question's mark


_NAMED_AT = r"(?:[A-Z][\w'’-]+ ){1,3}in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_REPORTERS_WHERE = re.compile(_NAMED_AT + r"(?:,? and " + _NAMED_AT + ")+")


def _is_roster(text: str, start: int, end: int) -> bool:
    """A team sheet (`KILKENNY: D Brennan; M Dunne, S O'Keeffe (0-1), ...`): four names or more, perhaps after a
    label in capitals, separated by commas and semicolons, no verb among them."""
    label = _ROSTER_LABEL.match(text, start, end)
    items = [i.strip(" .") for i in re.split(r"[;,]", text[label.end() if label else start:end])]
    return len(items) >= 4 and all(_ROSTER_NAME.fullmatch(i) for i in items)


_ROSTER_LABEL = re.compile(r"[A-Z][A-Z .'-]{1,30}:\s*")
_ROSTER_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s*\([\d-]+\))?")


_WORDS_EN = re.compile(r"[A-Za-z']+")


def is_non_claim_paragraph(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """A heading, list item, byline, sign-off or hashtag line (or a team sheet)."""
    if (pat.language == "en" and end - start <= 100 and text[end - 1] not in _TERMINAL
            and text[start:end].upper() == text[start:end] and not any(
                fold(w) in pat.finite or fold(w).endswith(("ed", "s")) for w in _WORDS_EN.findall(text, start, end))):
        return True  # (`SHANNONSIDE FM – THE MORNING CALL WITH DECLAN HEHIR`: a heading in capitals with no verb)
    if pat.language == "en" and text.count(",", start, end) + text.count(";", start, end) >= 3 and _is_roster(
            text, start, end):
        return True
    if LIST_ITEM.match(text, start, end) and not _item_claim(text, start, end, pat) or (
            text.find(" | ", start, end) >= 0 or text.find(" » ", start, end) >= 0
                                              or text.find(" > ", start, end) >= 0) and _BREADCRUMB.fullmatch(
            text, start, end):
        return True
    if end - start <= 300 and pat.sign_off.match(text, start, end):
        return True  # (That's all from us tonight. Keep up to date via ...)
    if end - start <= 400 and pat.language == "en" and (
            (text.find(" is a", start, min(end, start + 60)) >= 0 or text.find(" is the", start, min(end, start + 60))
             >= 0) and pat.author_note.match(text, start, end)
            or text.find(" in ", start, min(end, start + 40)) >= 0 and _REPORTERS_WHERE.fullmatch(text, start, end)):
        return True  # an author's note (Dana Whitcombe is a CBS News reporter based in Louisville ...) or the
        # reporters and where they wrote (Emma Lachlan in London and Rory Pettit in Leeds)
    if text[start] == "(" and text[end - 1] == ")" and (
            len(text[start:end].split()) <= (7 if text.find("/", start, end) >= 0 else 4)
            or _CONVERSION_NOTE.fullmatch(text, start, end)):
        return True  # a sign-off in brackets: (أ ف ب)، (Reuters), (فرانس24 / أ ف ب) with its agencies; a wire's rate
        # note: ($1 = 1.6340 New Zealand dollars)
    if text[start] == "(" and end - start <= 200 and _BRACKETED_CAPTION.fullmatch(text, start, end):
        return True  # a photo's caption in brackets with its credit after a dash
    credit = text.rfind("©", start, end) if end - start <= 300 else -1
    if credit >= 0 and len(text[credit:end].split()) <= 6:
        return True  # a photo's caption closed by its credit (X لدى وصوله إلى قصر العدل. © أ ف ب)
    if introduces_a_list(text, start, end):
        return True  # `وجاءت درجات الحرارة المتوقعة على النحو التالي:`, `were as follows:`: a list's introduction
    if LIST_ITEM.match(text, start, end) and len(text[start:end].split()) <= 12 and not _DIGIT.search(
            text, start, end) and _after_a_colon_line(text, start) and (
            verbless_arabic(text, start, end, pat) if pat.language == "ar" else _verbless(
                text[start:end].split(), pat)):
        return True  # `...خلال الربع المقبل:` then `- مدى التزام الدول الأعضاء بحصصها الجديدة.`: a list's item of
        # nouns, no claim (but `- زيادة الرحلات بنسبة 20%`, a plan's figure, may be one; nor an interview's answer,
        # `- نعم، المحافظة شريكة في الرقابة.`, a nominal sentence after a question)
    terminal = _ends_like_a_sentence(text, end)
    has_hash = text.find("#", start, end) >= 0
    if terminal and not has_hash:
        # ends like a sentence, so it has a word and is no short fragment or byline: a heading, furniture or not
        return end - start <= 200 and (is_list_heading(text, start, end, pat) or _is_inline_list(text, start, end, pat)
                                       or _is_furniture(text, start, end, pat)) or (
            end - start <= 60 and pat.byline.match(text, start, end) is not None and _ABBREVIATION_END.search(
                text[start:end].split()[-1]) is not None)  # (Reporting from Tucson, Ariz.: a state's abbreviation)
    tokens = text[start:end].split()  # the \S+ runs
    if not tokens:
        return True
    if has_hash and sum(1 for t in tokens if t.startswith("#")) * 2 >= len(tokens):
        return True
    if is_list_heading(text, start, end, pat) or _is_inline_list(text, start, end, pat):
        return True
    if _is_furniture(text, start, end, pat):
        return True
    if text[end - 1] == ":" and end - start <= 60 and pat.section_label.fullmatch(text[start:end] + " "):
        return True  # a section's label alone on its line, its list under it (What you need to know:)
    if _frame_line(text, start, end, pat):
        return False
    if not terminal and text[start] in "\"“«‘'" and text[end - 1] in _CLOSING_QUOTES and len(tokens) <= 8:
        return True  # a quoted sub-heading ("لا مؤشرات على انفراج قريب", ‘Biggest land grab in years’), no sentence
        # end inside or after it
    worded = [t for t in tokens if any(c.isalnum() for c in t)] if not terminal else tokens
    if not terminal and len(worded) <= 4:
        return True  # a short line (a dash or other mark alone is no word: واشنطن - أ ف ب)
    if not terminal and len(worded) <= 6 and _PLACE_DASH_LONG_NAME.fullmatch(text, start, end):
        return True  # `مسقط - أحمد بن سالم الحارثي`: where, then the reporter's name, a son's of four words
    if not terminal and len(worded) <= 6 and sum(1 for t in worded if len(t) <= 2) >= 3:
        return True  # an outlet's name spelled in letters (بي بي سي نيوز عربي - عمّان): a byline
    if not terminal and len(tokens) <= 8 and pat.language == "en" and (
            _NAME_THEN_DESK.fullmatch(text, start, end) or _NAME_PUBLISHED.fullmatch(text, start, end)):
        return True  # `Holly Brennan Legal Affairs Correspondent`, `Tahir Sherani Published July 29, 2025`: a byline
        # with no By
    if not terminal and len(tokens) <= 20 and _ISSUE_LINE.search(text, start, end):
        return True  # a page's date and issue number (الخميس - 4 شوال 1445 هـ - 13 أبريل 2024 مـ رقم العدد [ 16567])
    if not terminal and (len(tokens) <= 8 or len(tokens) <= 16 and pat.byline.match(text, start, end)) and (
            _BYLINE_DATE.search(text, start, end)):
        return True  # a name, a dash and the date (سناء بن سالم - 12 مارس 2019): a byline, longer after its `By`
        # (By JT - Sep 08,2025 - Last updated at Sep 08,2025)
    if not terminal and len(tokens) <= 8 and _SLASHED_LINE.fullmatch(text, start, end):
        return True  # a city, the reporter and the agency between slashes (الحديدة/ عبد الله الشرعبي/ الأناضول)
    if pat.byline.match(text, start, end) and len(tokens) <= 8 and not terminal:
        return True
    if len(tokens) <= 12 and _DASHED_BYLINE.fullmatch(text, start, end):
        return True  # `عمّان – “رأي اليوم” – من سامر الخطيب:`: where, the outlet and its reporter
    if not terminal and len(tokens) <= 14 and pat.language == "en" and _MASTHEAD.fullmatch(
            text, start, end) and not any(t.lower() in pat.finite or t.lower().endswith("ed") for t in tokens):
        # (not `Your bills will rise`)
        return True  # `THE MIDDAY LEDGER — Your daily markets briefing`, `Monthly news from the X Association | April
        # 2026`: a newsletter's name, its tagline or its issue's date
    if not terminal and len(tokens) <= 20 and _QUESTION_TITLE[pat.language].match(text, start, end):
        return True  # `THE BORDERLINE | Episode 214: Why Mexico's pharmacies keep running out of medicine`, `لماذا
        # تنفد الأدوية`: a title asking, with no question mark (and perhaps its show's label), no claim
    if pat.language == "ar":
        # (`X: Y` and `X.. Y` state a fact even with no verb: GUIDELINES keeps such a headline)
        return (len(tokens) <= 12 and text[start] not in "\"“«" and text.find(":", start, end) < 0
                and text.find("..", start, end) < 0 and verbless_arabic(text, start, end, pat))
    return len(tokens) <= 10 and _verbless(tokens, pat)


# a newsletter's masthead: its name in capitals and its tagline addressing the reader or saying how often it comes
# out; or a line closed by the issue's month and year after a bar
_MASTHEAD = re.compile(r"(?:[A-Z][A-Z'’&]+(?:\s+[A-Z][A-Z'’&]+){0,4}\s+[—–-]\s+)?(?:Your|Daily|Weekly|Monthly|The\s+"
                       r"(?:daily|weekly|monthly))\b[^.!?\n|]{0,70}"
                       r"|[^.!?\n|]{3,90}\s\|\s(?:January|February|March|April|May|June|July|August|September|October"
                       r"|November|December)\s+\d{4}\s*")
# a title opening with a question's word (perhaps after its show's or series' label: `X | Episode 214: `)
# (what, when, who only after such a label: `What they want is a train`, `When the numbers don't work, people sell`
# state things)
_QUESTION_TITLE = {
    "en": re.compile(r"(?:Why|How)\s|[^.!?\n]{1,60}?(?:\s\|\s|:\s)(?:Why|How|What|When|Where|Who|Which)\s"),
    "ar": re.compile(r"(?:لماذا|كيف|هل)\s|[^.!?؟\n]{1,60}?(?:\s\|\s|:\s)(?:لماذا|كيف|ماذا|متى|أين|هل)\s"),
}


def _verbless(tokens: list[str], pat: LanguagePatterns) -> bool:
    """An English line with no word that could be its verb (no auxiliary, no `to`, nothing ending in -s, -ed or -ing):
    a label or a verbless headline (`Inquiry into death of man in cell`), no claim. (Plural nouns end in -s too, so
    `Energy drink warning for teenagers` is not caught: it may be a headline's statement.)"""
    for token in tokens:
        w = token.strip(_PUNCTUATION).lower()
        if (w in pat.finite or w == "to" or w.endswith(("ed", "ing", "'s", "’s"))
                or w.endswith("s") and not w.endswith("ss")):
            return False
    return True


def statement_under_a_colon(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the English list item text[start:end], with no sentence mark closing it, a statement with its own verb
    under a line ending in a colon (`Key figures:` then `- Third-quarter revenue fell 14% to $4.3 billion`), a
    claim?"""
    if pat.language != "en" or not LIST_ITEM.match(text, start, end):
        return False  # (most paragraphs, read for every one; an Arabic item's verbal nouns read as verbs: `- تعديل
        # ساعات العمل`, a measure listed)
    tokens = text[start:end].split()[1:]
    if len(tokens) < 4 or not _after_a_colon_line(text, start):
        return False
    main = list(takewhile(lambda t: t.strip(_PUNCTUATION).lower() not in _CLAUSE_OPENERS_INSIDE, tokens))
    return any(fold(w) in pat.finite or len(w) > 4 and w.lower().endswith("ed") for w in (
        t.strip(_PUNCTUATION) for t in main[1:]))  # (the item's own verb, not its relative's: `compensation for
    # farmers who have lost income`)


# words opening a clause inside an item, whose verb is not the item's (who have lost, until the study is complete)
_CLAUSE_OPENERS_INSIDE = frozenset(("who", "which", "that", "whose", "until", "when", "because", "if", "while",
                                    "where", "unless"))


def _after_a_colon_line(text: str, start: int) -> bool:
    """Does the list item at `start` follow, past at most nine items before it (none a question), a line ending in a
    colon?"""
    pos = start
    for _ in range(10):
        line_end = text.rfind("\n", 0, pos)
        if line_end <= 0:
            return False
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end].rstrip()
        if line.endswith(":"):
            return True
        if not line.strip():
            pos = line_start  # (a blank line between the colon's line and the list, or between items)
            continue
        if not LIST_ITEM.match(line) or line.endswith(("?", "؟")):
            return False  # (an interview set as a list, its questions and answers: no list of nouns)
        pos = line_start
    return False


_AS_FOLLOWS = re.compile(r"(?:على النحو\s+|ك)(?:التالي|التالى|الآتي|الاتي)"
                         r"|(?<!\w)(?:ب?ما\s+يلي|as follows|the following)(?!\w)")


def introduces_a_list(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a list's introduction (`... على النحو التالي:`, `... were as follows:`), no claim itself?"""
    return text[end - 1] == ":" and end - start <= 200 and _AS_FOLLOWS.search(text, start, end) is not None
_DIGIT = re.compile(r"[\d٠-٩]")
_PUNCTUATION = "\"'“”‘’«»()[],.:;!?-–—"

# a word that may be an Arabic verb: imperfect (يدعو، تنفي، ستعلن، وتتهم; of a doubled root: يشل، تمد), or past
# feminine or plural (رفعت، رفضوا)
_ARABIC_VERB_SHAPE = re.compile(r"[وف]?س?(?:[يتنأ]\w{3,}|[يت]\w{2})|[وف]?\w{3,}(?:ت|وا)")
_ARABIC_NOUN_ENDS = ("ات", "ة", "ه", "وت", "اء")  # (وت: بيروت, no feminine past; اء: أحياء، كهرباء, a plural or noun)
_ARABIC_WORD = re.compile(r"[\u0621-\u0652\u0671-\u06D3]+")  # (with its vowel signs)
_VOWEL_SIGNS = re.compile(r"[\u064B-\u0652]")
_ADVERB_IN_YA = re.compile(r"\w{3,}يا")  # (سنويا، يوميا، حاليا: an adverb of a nisba, no verb)


def verbless_arabic(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """An Arabic line with no word that could be its verb: a crosshead or caption of nouns (`تحذيرات من موجة حر
    جديدة`, `الوزير السابق لدى وصوله إلى المحكمة`), no claim. Arabic headlines state in the imperfect (`السلطات تنفي
    أي خلفية سياسية`), a claim; a three-letter past (`رفع`) is not caught, so such a line is kept."""
    for word in _ARABIC_WORD.findall(text, start, end):
        word = _VOWEL_SIGNS.sub("", word)  # (عُقدت: a vowel sign inside a verb)
        if (_ARABIC_VERB_SHAPE.fullmatch(word) and not word.endswith(_ARABIC_NOUN_ENDS) and not _ADVERB_IN_YA.fullmatch(
                word) and not masdar_shaped(
                fold(word.lstrip("وف")), word.lstrip("وف")) and not pat.date.fullmatch(word)):
            return False
    return pat.verb.search(text, start, end) is None


def _frame_line(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """`وتابع الدمرداش في منشوره:`, `Johnson said:`: a frame alone on its line, its quotation the next paragraph."""
    return text[end - 1] == ":" and pat.verb.search(text, start, end) is not None


def is_body_heading(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Inside an English article's body, a short line that does not end like a sentence: a section heading, a
    link's title set between paragraphs (`Peru's Congress moves to curb prosecutors' powers`) or a chart's title.
    (Arabic copy often leaves a paragraph's final period out, so this is English only; a heading never ends with
    a semicolon, a prose list's item does.)"""
    return (pat.language == "en" and text[end - 1] not in _TERMINAL and text[end - 1] != ";" and end - start <= 100
            and len(text[start:end].split()) <= 12 and not _frame_line(text, start, end, pat)
            and not (_LIST_MARK_BEFORE.search(text, max(0, start - 6), start) and (
                _KEY_POINT.match(text, start, end) or _under_key_points(text, start))))
    # (nor a key point's bullet, its mark before `start`: `- Cocoa has more than doubled`, or any bullet under `Key
    # points:`, `- The inquest continues in Cairns tomorrow`)


def is_key_points_heading(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a heading over key points (`Key points:`, أبرز النقاط:), no frame whatever its verb?"""
    return end - start <= 30 and _KEY_POINTS_HEADING.match(text, start, end) is not None


def _under_key_points(text: str, start: int) -> bool:
    """Is the list item whose words start at `start` one of the points under a heading of key points (`Key points:`,
    `At a glance:`), only list items between them?"""
    heading = last_match(_KEY_POINTS_HEADING, text, max(0, start - 800), start)
    return heading is not None and all(LIST_ITEM.match(line.strip() + " ") for line in text[
        heading.end():start].splitlines() if line.strip())


_KEY_POINTS_HEADING = re.compile(r"(?m)^(?:Key (?:points|facts|findings|takeaways)|At a glance|In brief|Highlights"
                                 r"|What we know|(?:أبرز|أهم)\s+(?:النقاط|المعلومات|الأرقام)|النقاط الرئيسية|باختصار"
                                 r"|في سطور)\s*:?[ \t]*$")


def is_list_heading(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """A heading over a list of sources or related links (Sources, Related Topics, اقرأ أيضا)."""
    # a paragraph longer than every heading (and a colon or period after it) is none: folding it would cost a
    # pass over it
    if end - start <= _longest_heading(pat.language) + 2 and fold(text[start:end].strip(" :.")) in pat.headings:
        return True
    # (or a heading that names its topic: المزيد من أخبار العراق, More from Business)
    return (end - start <= 60 and text[end - 1] not in _TERMINAL and pat.heading_opener.match(text, start, end) is not None
            and len(text[start:end].split()) <= 6)


@cache
def _longest_heading(language: str) -> int:
    return max(map(len, patterns(language).headings), default=0)


def _is_inline_list(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """A list heading and its list on one line (`المصدر : الجزيرة + وكالات`, `Sources: Reuters, AP`)."""
    colon = text.find(":", start, min(end, start + 40))
    return colon > start and fold(text[start:colon].strip()) in pat.headings and len(text[start:end].split()) <= 20


def is_list_entry(text: str, start: int, end: int) -> bool:
    """A line that does not end like a sentence (a question does: link titles ask), under a list heading: a source
    or a link's title (not a line closing with a colon: an introduction to what follows, the list is over)."""
    return (not _ends_like_a_sentence(text, end) or text[end - 1] in "?؟") and text[end - 1] not in ":："


def body_start(text: str, start: int, end: int, pat: LanguagePatterns) -> int:
    """Where a paragraph's claims begin: past a list item's mark (`• `, `- `) and a briefing's section label (`Why
    it matters: `)."""
    mark = LIST_ITEM.match(text, start, end)
    start = mark.end() if mark else start
    label = pat.section_label.match(text, start, end)
    return label.end() if label else start


# a broadcast transcript's role after a speaker's name in a turn's label (DANA WHITCOMB, BYLINE:; دانا ويتكومب،
# مراسلة:)
BROADCAST_ROLE = re.compile(r"(?:[,،]\s+(?:BYLINE|HOST|CO-HOST|ANCHOR|PRESENTER|مذيع|مذيعة|مراسل|مراسلة|مقدم|مقدمة)"
                            r"|\s+\((?:host|co-host|anchor|presenter|reporter|مذيع|مذيعة|مراسل|مراسلة|مقدم|مقدمة)\))\s*:",
                            re.IGNORECASE)  # (or in brackets: ANNA KERR (host):)
# the broadcast role as a turn's whole label (المذيعة (ليلى الساعدي):, HOST:)
BROADCAST_LABELS = frozenset(("المذيع", "المذيعة", "المقدم", "المقدمة", "مذيع", "مذيعة", "مقدم", "مقدمة", "host",
                              "anchor", "presenter"))
# an interview's turn: a list mark (`- `, `• `) or a short label and a colon (`Q: `, `Marsh: `, `س: `), perhaps
# with that role after the name (`LEILA FADEL, HOST: `, `ANNA KERR (host): `) or a transcript's tag before it
# (`[CLIP] HEMI WALKER: `)
_LIST_MARKS = "-–—ـ*" + BULLETS  # (the marks opening a list's item: a dash, a tatweel, an asterisk, a bullet)
_TURN = re.compile(r"(?:[" + _LIST_MARKS + r"]\s+)?(?:\[[A-Z]{2,12}\]\s*)?"
                   r"([^\s:،,.؟?!()\"“”«»\[\]]+(?: [^\s:،,.؟?!()\"“”«»]+){0,2})"
                   r"(?:" + BROADCAST_ROLE.pattern.removesuffix(r"\s*:") + r"|\s+\([^()\n:]{2,30}\))?\s*:\s+"
                   r"|[" + _LIST_MARKS + r"]\s+",
                   re.IGNORECASE)  # (or the role, then the name in brackets: المذيعة (ليلى الساعدي):; a list mark
# may open the label: `- الوالي: X`)


# the words numbering a statement's points before a colon (أولا: X، ثانيا: Y; First: X)
_ORDINALS = frozenset(fold(w) for w in ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا",
                                         "عاشرا", "أخيرا", "first", "second", "third", "fourth", "fifth", "sixth",
                                         "firstly", "secondly", "thirdly", "finally", "lastly"))


def _a_transcripts_label(text: str, start: int, turn: re.Match, pat: LanguagePatterns) -> bool:
    """After a list mark, is `turn`'s label a speaker's (`- المذيع: X`, `- الوالي: Y`): a word of asking or
    answering, or one word opening another item of the same list nearby?"""
    label = turn.group(1)
    if fold(label) in pat.turn_labels.get("asking", ()) or fold(label) in pat.turn_labels.get("answering", ()):
        return True
    if " " in label or "(" in text[start:turn.end()]:
        return False
    again = re.compile(r"\n[ \t]*[" + re.escape(_LIST_MARKS) + r"][ \t]*" + re.escape(label) + r"\s*:")
    return bool(again.search(text, max(0, start - 2000), start) or again.search(text, turn.end(), turn.end() + 2000))


def interview_turn(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[str, int] | None:
    """(label, where the words start) when text[start:end] may be a turn of an interview: a list item or a label
    of one or two words (capitalised in English) before a colon; the label is "" after a list mark."""
    if text[start] not in _LIST_MARKS and text.find(":", start, min(end, start + 45)) < 0:
        return None  # (most paragraphs: no mark opening them, no colon near their start)
    turn = _TURN.match(text, start, end)
    if turn is None or turn.end() >= end:
        return None
    label = turn.group(1) or ""
    if label and pat.verb.match(text, start, turn.end()):
        return None  # `وقال الشطي: «...»` after a question: a frame, no speaker's label
    if label and fold(label).lower() in _ORDINALS:
        return "", turn.end()  # (أولا: X، ثانيا: Y; `Second: Y`: a point's number, no one's label)
    if label and text[start] in _LIST_MARKS and not _a_transcripts_label(text, start, turn, pat):
        return "", SPACES.match(text, start + 1, end).end()  # (`- موقفنا واضح: X`, `- البرنامج المتوسط (أربع
        # نجوم): X`: an item's own words before its colon, no one's label)
    return None if pat.language == "en" and label[:1].islower() else (label, turn.end())


def _item_claim(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the list item text[start:end] a claim: a whole sentence, or a statement with its verb under a line ending
    in a colon? Under such a line in English the item's own verb decides (`- 19 closed after being rated inadequate;`
    is one; `- an independent study of the stream;`, `- suspension of its consent until the study is complete.`,
    demands listed, are not), unless it states a figure."""
    if pat.language == "en" and _after_a_colon_line(text, start):
        return statement_under_a_colon(text, start, end, pat) or is_sentence_item(text, start, end) and bool(
            _DIGIT.search(text, start, end)) or _under_key_points(text, start) and not _verbless(
            text[start:end].split(), pat)  # (`Key points:` then `- The inquest continues in Cairns tomorrow`)
    return is_sentence_item(text, start, end) or _clause_item(text, start, end, pat) or (
        pat.language == "en" and _KEY_POINT.match(text, start, end) is not None) or (
        pat.language == "ar" and _under_key_points(text, start) and not verbless_arabic(text, start, end, pat))
    # (أبرز النقاط: then `- تستأنف الجلسات غدا`: a key point with its verb)


# a key point's bullet with no stop of its own, its verb with an auxiliary (`- Cocoa has more than doubled in the past
# 12 months`, `- Certified stocks are near a 20-year low`): a statement, where a related link's headline drops it
# (`- Insurers raise war-risk premiums to 0.7%`); its mark may be before the start (is_body_heading reads past it)
_KEY_POINT = re.compile(r"\s*(?:[-–—•*]\s+)?[A-Z][\w'’-]*(?:\s+[\w'’,-]+){0,4}?\s+(?:has|have|is|are|was|were|had|will)"
                        r"(?:\s+[\w'’%.,-]+){3,}\s*$")


def _clause_item(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] an Arabic prose list's item closing with a semicolon, a clause with its verb (`- 19 دارا
    أغلقت بعد أن صنفها المفتشون غير ملائمة؛`), no noun phrase listed (`- إجراء دراسة مستقلة للمجرى؛`)? (English
    items with their verbs are statements under a colon.)"""
    if pat.language != "ar" or text[end - 1] not in ";؛" or len(text[start:end].split()) < 6:
        return False
    relative = next((m.start() for m in _ARABIC_WORD.finditer(text, start, end) if fold(m.group()) in pat.relatives),
                    end)  # (its relative's verb is not the item's: `- تعويض الصيادين الذين فقدوا دخلهم؛`)
    return not verbless_arabic(text, start, relative, pat)


def is_sentence_item(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a list item that is a whole sentence (`• The council said in a statement that ...`, an
    interview's answer `- نعم، المحافظة شريكة في الرقابة.`), a claim after its mark, not a related link or a
    bullet point of a few words (`- Insurers raise war-risk premiums to 0.7%`)?"""
    return (LIST_ITEM.match(text, start, end) is not None and _ends_like_a_sentence(text, end)
            and len(text[start:end].split()) >= 6)


_ABBREVIATION_END = re.compile(r"^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3})$")  # (Ariz., N.Y., D.C.)


def _ends_like_a_sentence(text: str, end: int) -> bool:
    """A closing quotation mark ends a sentence only after the sentence's own mark: `نيويورك: «الشرق الأوسط»`
    and the link title `Cod stocks 'close to collapse'` do not."""
    return text[end - 1] in _TERMINAL and not (text[end - 1] in _CLOSING_QUOTES and text[end - 2] not in ".!?؟…")


def _may_credit(paragraph: str) -> bool:
    """What every furniture phrase has (a colon, a bracket, a semicolon, a notice's word): cheap tests before
    the phrases' own search."""
    return (":" in paragraph or "(" in paragraph or ";" in paragraph or "eserved" in paragraph or "Credit" in paragraph
            or "ublished" in paragraph or "محفوظة" in paragraph or "Getty" in paragraph or "icensing" in paragraph
            or "contributed" in paragraph or "في إعداد" in paragraph or "in print" in paragraph
            or "print edition" in paragraph or "co-funded" in paragraph or "ocal Democracy" in paragraph)


# a caption's credit closing it in brackets: (ABC News: Matt Roberts), (Reuters: Jane Doe)
_PHOTO_CREDIT_IN_BRACKETS = re.compile(r"\((?:[A-Z][\w.&'-]*\s?){1,4}:\s*[A-Z][\w.' -]{2,40}\)\s*$")
# (12:41, 12.01am, or a dot before a time zone: the Guardian's `Wed 12 Jun 2024 17.42 BST`)
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}(?::\d{2}(?!\d)|\.\d{2}\s?(?:am|pm)\b"
                         r"|\.\d{2}\s(?:BST|GMT|UTC|CET|CEST|EST|EDT|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|HKT|SGT"
                         r"|PST|PDT|CST|CDT|MST|MDT)\b)", re.IGNORECASE)
_CAPS_SLASH_CREDIT = re.compile(r"\s[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}/[A-Z][\w&'’ .-]{1,30}$")
_BRACKETED_SLASH_CREDIT = re.compile(r"\s\((?:[A-Z][\w'’.-]+ ){1,3}(?:[A-Z][\w'’-]+|photo|photograph) ?/ ?"
                                     r"[A-Z][\w&'’ .-]{1,30}\)$")  # (a paper's own: `(Ledger photo/Dana Ruiz)`)
# a caption wholly in brackets, its credit after a dash (مزاد للتمور في مدينة بريدة أمس - «الشرق الأوسط»)
_BRACKETED_CAPTION = re.compile(r"\([^()\n]{5,200}\s[-–—]\s*"
                                r"(?:[«\"“][^»\"”\n]{1,40}[»\"”]|[^\W\d]+(?:\s[^\W\d]+){0,2})\)")
# a byline of a name and the reporter's role, no comma (the Guardian: `Nadia Farrell Rural and regional affairs
# reporter`)
_NAME_THEN_ROLE = re.compile(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+ [A-Z][\w'’-]*(?: [\w'’-]+){0,6} (?:reporter|correspondent"
                             r"|editor|writer|columnist)")
# (a photographer's name of two or three words before FOR, then THE and the outlet or its one word: not a fact
# box's heading, `ADVICE FOR NIGHT WORKERS`)
_CAPS_CREDIT = re.compile(r"[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){1,2} FOR (?:THE [A-Z][A-Z .'-]+|[A-Z][A-Z.'-]+)$"
                          r"|\(?[\w .'-]+/[A-Z][\w .'-]*\)?$"
                          r"|Credit(?:\.\.\.|…|:)\s*\S|[A-Z][\w .'-]+ via (?:AP|AFP|Reuters|Getty Images)$"
                          r"|[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2} for "
                          r"(?:The (?:[A-Z][\w'-]+ ?)+|[A-Z]{2,}(?: [A-Z]{2,})*)$")


def _is_photo_credit(text: str, start: int, end: int) -> bool:
    """`JAMES FRIEND FOR THE TIMES`, `Issouf Sanogo/AFP`, `(Ricky Carrow/The Washington Post)`, `Jared Soames for
    POLITICO`, `(ABC News: Mitch Carver)`: a photographer's credit line."""
    return len(text[start:end].split()) <= 8 and (_CAPS_CREDIT.match(text, start, end) is not None or (
        text[start] == "(" and _PHOTO_CREDIT_IN_BRACKETS.match(text, start, end) is not None))


def is_caption_label(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """A caption's label alone on its line (BBC's `Image caption,`, `التعليق على الصورة،`): the caption follows."""
    return end - start <= 40 and " ".join(fold(text[start:end].strip(" ,:،")).split()) in pat.caption_labels


def is_caption_before(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Is text[start:end] an image caption: a short paragraph right before a photographer's credit line?"""
    # (not a wire's credit line, `(Reporting by ...)`, nor BBC's `Image caption, ...`, which follow body text)
    return (next_end - next_start <= 80 and _is_photo_credit(text, next_start, next_end)
            and len(text[start:end].split()) <= 40)


# a short bracket closing a paragraph, with no digit in it: a photo's credit (أ ف ب), (عنب بلدي), (AP Photo/X)
# (or in square brackets, Al Jazeera's `[Rafiq Alam/Al Jazeera]`)
# (a photographer for a paper: `(Jovelle Tamayo for The Washington Post)`)
# (or a photographer and the paper after a slash: `(Allen Okada / Los Angeles Times)`)
_CAPTION_CREDIT = re.compile(r"\s(?:\([^()\d\n]{1,30}\)|\[[^\[\]\d\n]{1,40}\]"
                             r"|\([A-Z][^()\d\n]{1,40}(?: for (?:the |The )?| ?/ ?)[A-Z][^()\d\n]{1,40}\))$")
# a photographer's name and the agency after a slash, closing a caption (Jordan Whitfield/AP, Ann Lee/Getty Images)
_SLASH_CREDIT = re.compile(r"[.!?]\s+(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+/[A-Z][\w&'’ .-]{1,30}$")
_SENTENCE_END = re.compile(r"[.!?؟][\s\"”»']")
_ISSUE_LINE = re.compile(r"\d{4}\s*هـ|رقم العدد|العدد\s*\[?\s*\d")
# (a caption | KYODO, a caption | البيان: an agency or the paper after a bar)
_BAR_CREDIT = re.compile(r"\s\|\s*(?:[A-Z]{2,}(?:[ /][A-Z]{2,})*|[\u0621-\u064A]+(?: [\u0621-\u064A]+)?)$")


# a byline, its agency and its date between bars (Vikas Pawar | TNN | Sep 5, 2023, 04.12 IST)
# a place, a dash, then a name with بن/بنت in it (no verb can be there)
_PLACE_DASH_LONG_NAME = re.compile(r"\s*[^\W\d]{2,15}\s+[-–—]\s+[^\W\d]+\s+(?:بن|بنت|ابن)\s+[^\W\d]+"
                                   r"(?:\s+[^\W\d]+)?\s*:?\s*")  # (a colon may close it: مسقط – خالد بن سالم الحارثي:)
_BARRED_BYLINE = re.compile(r"[^|\n]{2,40}\|[^|\n]{1,30}\|[^|\n]*\b(?:19|20)\d\d\b")


def _dated_after_a_bar(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """`Saad Qureshi | Published July 2, 2025` / `محمد علي | نشر في 2 يوليو`: a byline, then a furniture word
    after a bar."""
    bar = text.find("|", start, end)
    return bar >= 0 and (pat.furniture.match(text, bar + 1, end) is not None
                         or _BARRED_BYLINE.match(text, start, end) is not None)


_COPYRIGHT_YEAR = re.compile(r"\s*(?:Copyright\s*(?:©|\([cC]\))?|©|\([cC]\)|حقوق\s+(?:النشر|الطبع)[^\n\d]{0,20}?©?)"
                             r"\s*(?:19|20)\d\d\b")


def _is_furniture(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Page furniture (Image caption: ..., (c) 2019 Reuters. All rights reserved., نشر في: 12 مارس): a paragraph
    opening with a furniture word that is short, or whose word is followed by a colon or comma; a short one with
    a credit line in it (`... Photograph: X/Reuters`, `(Reporting by X; Editing by Y)`); a timestamp line
    (`March 27, 2025 11:14 AM GMT`, `Posted Nov 6, 2024 at 12:41 AM`)."""
    if end - start <= 600 and _COPYRIGHT_YEAR.match(text, start, end):
        return True  # (`Copyright © 2025 Central Ohio Public Radio. This transcript was created ...`: a page's notice,
        # every sentence of it)
    if end - start <= 240 and _may_credit(text[start:end]) and (pat.furniture_phrase.search(text, start, end)
                                                                or _PHOTO_CREDIT_IN_BRACKETS.search(text, start, end)):
        return True
    if end - start <= 80 and text[end - 1] not in _TERMINAL and (
            _CLOCK_TIME.search(text, start, end) or pat.byline_role.match(text, start, end) or _is_photo_credit(
                text, start, end) or _dated_after_a_bar(text, start, end, pat)
            or pat.language == "en" and _NAME_THEN_ROLE.fullmatch(text, start, end)):
        return True
    if end - start <= 400 and pat.caption_closer.search(text, max(start, end - 20), end):
        return True  # `Students ... pick up breakfast. Mara Lindqvist/Vermont Public hide caption`: a web caption
    if end - start <= 400 and text[end - 1] not in _TERMINAL and (_SLASH_CREDIT.search(
            text, max(start, end - 70), end) or _CAPS_SLASH_CREDIT.search(text, max(start, end - 70), end)):
        return True  # `A haze hangs over Minneapolis as smoke drifted south. Jordan Whitfield/AP`: the credit closes it
        # (`An outfall on the Thames at Mogden, west London JAMES HOLT/PA`: the Times sets it in capitals)
    if end - start <= 300 and _BRACKETED_SLASH_CREDIT.search(text, max(start, end - 50), end):
        return True  # `Tenants rally outside Queen's Park. Advocates say ... (Paul Hendry/CBC)`: however many sentences
    credit = (_CAPTION_CREDIT.search(text, start, end) if text[end - 1] in ")]" else None) or (
        pat.dash_credit.search(text, max(start, end - 60), end)) or (
        _BAR_CREDIT.search(text, max(start, end - 40), end)) if end - start <= 200 else None
    verb = pat.verb.search(text, start, end) if credit else None  # (a report: وقال X إن ... (أ ف ب); نقل is no verb
    if credit and not (_SENTENCE_END.search(text, start, credit.start()) or verb and pat.complementizer.search(
            text, verb.end(), min(end, verb.end() + 60))):  # in خطوط نقل الطاقة)
        # a caption with its credit: `الإدريسي لحظة عبورها خط النهاية (أ ف ب)`, `Rescuers in Herat (Reuters)`,
        # `سد المسيرة بإقليم سطات - صورة: أرشيف`
        return True
    furniture = pat.furniture.match(text, start, end)
    if not furniture:
        return False
    n_words = len(text[start:end].split())
    if n_words <= 40 and " ".join(fold(furniture.group().lstrip(" (")).split()) in pat.caption_labels:
        return True  # (`التعليق على الصورة يلجأ أطفال البصرة إلى ...`: a caption, however long)
    # (BBC pages write `Image caption, ...`)
    return n_words <= 8 or (n_words <= 20 and text[furniture.end():end].lstrip().startswith((":", ",", "،", "|"))) or (
        n_words <= 16 and _CLOCK_TIME.search(text, start, end) is not None)  # (`Posted 6:42 a.m. Tuesday, May 13,
    # 2025 | Updated 9:15 a.m.`: when it was posted, to the minute)


# an interview announced (فكان هذا الحوار، وكان الحوار التالي) or its text introduced (وهذا نصه، وفيما يلي نص الحوار)
INTERVIEW_FORMULA_AR = (r"[وف]?(?:كان|كانت)\s+(?:(?:معه|معها|معهم|لنا\s+معه|لنا\s+معها)\s+)?"
                        r"(?:هذا\s+الحوار|هذه\s+المقابلة|الحوار\s+التالي|المقابلة\s+التالية|هذا\s+اللقاء)"
                        r"|و?(?:هذا|فيما\s+يلي|إليكم)\s+(?:نصه|نصها|نص\s+الحوار|نص\s+المقابلة)")
# capitalised names, joined by and (Jess Nguyen and Owen Brady, Dr Aoife Keating)
_NAMES = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&|of))*"
# whom a call's courtesies address (everyone, ladies and gentlemen, the operator)
_EVERYONE = r"(?:everyone|everybody|all|ladies\s+and\s+gentlemen|operator)"
# thanks, a host naming themselves, a programme signing off, an interview announced or its editing noted: words of
# form, no claim
_FORMULA = {
    "en": re.compile(r"I['’]m\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                     # (before the speaker's claim: I'll be honest with you)
                     r"|I['’]ll\s+be\s+(?:honest|frank|straight|blunt)(?:\s+with\s+you)?"
                     r"|(?:(?:Hello|Hi|Good\s+(?:morning|afternoon|evening)|Kia\s+ora)[,!]?\s+)?(?:and\s+)?"
                     r"[Ww]elcome\s+(?:back\s+)?to\s+[^.!?\n]{1,60}"  # (Welcome back to The Borderline; after a
                     # greeting: Kia ora, and welcome to The Weekly Wrap.)
                     r"|(?:Good\s+(?:morning|afternoon|evening)[,!]?\s+and\s+)?you['’]re\s+(?:very\s+|most\s+)?welcome"
                     r"\s+to\s+[^.!?\n]{1,60}"  # (Good morning and you're very welcome to the programme)
                     r"|(?:[A-Z][\w'’-]*\s+){1,4}is\s+(?:produced|presented|hosted)\s+by\s[^.!?\n]{1,80}"  # (credits)
                     r"|That['’]s\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}for\s+(?:this|today|tonight)\b[^.!?\n]{0,30}"
                     r"|(?:This|The)\s+interview\s+has\s+been\s+(?:lightly\s+|condensed\s+and\s+)?edited\b[^.!?\n]{0,40}"
                     r"|(?:Hi|Hello|Good\s+(?:morning|afternoon|evening)),?\s+" + _EVERYONE +  # (Good morning, ladies
                     # and gentlemen)
                     # (a greeting: Hi, Juanita.)
                     r"|(?:Hi|Hello|Good\s+(?:morning|afternoon|evening))(?:(?:,?\s+[A-Z][\w'’-]+){0,2}"
                     r"(?=\s*[.!]?\s*$)|,\s+[a-z][\w'’-]{1,10})"  # (or a word of address: `Good morning, tai`)
                     # (a programme's credit line: `Hosts: Jess Nguyen and Owen Brady`, `Guest: Dr Aoife Keating,
                     # labour economist, University College Cork`; when it was recorded)
                     r"|(?:Hosts?|Guests?|Presenters?|Producers?|Panell?ists)\s*:\s*" + _NAMES
                     + r"(?:,\s*(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)?(?:,\s*" + _NAMES + r")?"
                     r"|Recorded\s+(?:on\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+\d{4}"
                     # (on air: `Mary, good morning`, `Morning, Declan`, `Tom, you're on the air`, `Aoife, go
                     # ahead`)
                     r"|(?:[A-Z][\w'’-]+,\s+)?(?:[Gg]ood\s+)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening)(?:,?\s+[A-Z][\w'’-]+"
                     r"|,\s+[a-z][\w'’-]{1,10})?"  # (or a word of address: `Good morning, tai`)
                     # (a station's identification: `You are listening to Mandi Talk on Akashvani Nashik`)
                     r"|You(?:['’]re|\s+are)\s+listening\s+to\s+[^.!?\n]{1,60}"
                     r"|(?:[A-Z][\w'’-]+,\s+)?(?:go\s+ahead|you['’]re\s+on\s+(?:the\s+)?air)"
                     # (a guest welcomed: `Aoife, welcome.`, `Welcome back, Aoife.`)
                     r"|(?:[A-Z][\w'’-]+,\s+)?[Ww]elcome(?:\s+back)?(?:\s+to\s+the\s+(?:show|programme|program|"
                     r"podcast))?(?:,\s+[A-Z][\w'’-]+)?"),
    "ar": re.compile(INTERVIEW_FORMULA_AR + r"|(?:(?:مساء|صباح)\s+الخير[،,]?\s+و?)?(?:أهلا|مرحبا)\s+(?:بكم|بك)"
                     r"(?:\s+(?:من\s+جديد|مجددا))?\s+(?:في|إلى|على)"
                     r"\s+[^.!؟\n]{1,60}"  # (أهلا بكم من جديد في برنامج «الحدود»)
                     r"|(?:برنامج|بودكاست)\s+[^.!؟\n]{1,40}?\s+من\s+(?:إنتاج|تقديم|إعداد)\s+[^.!؟\n]{1,80}"
                     r"|[وف]?هذا\s+كل\s+(?:شيء|ما\s+لدينا)\s+(?:لهذا|لهذه|لليوم|في\s+هذه)\b[^.!؟\n]{0,30}"
                     r"|[وف]?(?:أهلا|مرحبا)\s+(?:بك|بكم)\s+(?:في|إلى)\s+[^.!؟\n]{1,60}"  # (وأهلا بكم في مؤتمر X)
                     r"|(?:أهلا|مرحبا)(?:\s+(?:بك|بكم))?(?:\s+(?:يا\s+)?[^\W\d]+)?"
                     r"|سأكون\s+صريحا(?:\s+معك|\s+معكم)?"  # (before the speaker's claim: سأكون صريحا معك)
                     r"|[وف]?(?:تستمعون|تستمع|تتابعون)\s+(?:إلى|الآن\s+إلى)\s+[^.!؟\n]{1,60}"  # (a station's
                     # identification: تستمعون إلى برنامج «سوق الخضار» على إذاعة ناشيك)
                     # (a greeting and its answer: صباح الخير، مساء النور دكتورة)
                     r"|(?:صباح|مساء)\s+(?:الخير|النور)(?:[،,]?\s+(?:يا\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)?"),
    # (and the programme's credits, its sign-off: هذا كل شيء لهذا الأسبوع, a greeting: أهلا يا سلمى)
}
_STOPS_AFTER = re.compile(r"[\s.!:]*")
# what a formula of _FORMULA opens with (a cheap test before the pattern)
_FORMULA_OPENINGS = {"en": ("I'm", "I’m", "I'll", "I’ll", "That", "This", "The", "Welcome", "and welcome", "Hello",
                            "Hi", "Good", "Kia", "Host", "Guest", "Presenter", "Producer", "Panel", "Recorded",
                            "Morning", "You"),
                     "ar": ("كان", "وكان", "فكان", "هذا", "وهذا", "فيما", "وفيما", "إليكم", "وإليكم", "أهلا", "مرحبا",
                            "برنامج", "بودكاست", "مساء", "صباح", "سأكون", "وأهلا", "ومرحبا", "تستمعون", "تستمع",
                            "تتابعون")}
_ADDRESSED_FIRST = re.compile(r"(?:[^,،.!?؟\n]|\.(?=\s[A-Z]))+[,،]\s*(?=[Tt]hank|شكر)")  # (Dr. X, thank you)


def is_formula(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] thanks (`Renee Watkins of the transit authority, thank you.`, `شكرا لك`), a host
    naming themselves (`I'm Luis Martinez.`), a programme signing off (`That's Morning Report for this
    Saturday.`), an interview announced (`وكان الحوار التالي:`) or its editing noted?"""
    if end - start > 160:
        return False
    if text.find("hank", start, end) >= 0 or text.find("شكر", start, end) >= 0:  # (the letters first: most
        # sentences have none, and no regex runs on them)
        addressed = _ADDRESSED_FIRST.match(text, start, end)  # (thanks after whom they are for: `X, thank you.`)
        if _THANKS[pat.language].fullmatch(text, addressed.end() if addressed else start, end):
            return True
    if not any(text.startswith(opening, start) for opening in _FORMULA_OPENINGS[pat.language]) and not (
            pat.language == "en" and (text.find(" by ", start, end) >= 0 or text.find(", ", start, end) >= 0)):
        # (a show's credits open with its name; a guest is greeted or welcomed after their name)
        return False
    found = _FORMULA[pat.language].match(text, start, end)
    return found is not None and _STOPS_AFTER.fullmatch(text, found.end(), end) is not None


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the claim starts after a dateline (`PEKING, March 25 - `, `بيروت (أ ف ب) - `, `دبي - العربية.نت: `)."""
    m = _DATELINE_EN.match(text, start, end) or (
        _DATELINE_PAREN.match(text, start, end) if text.find("(", start, end) >= 0 else None)  # it needs a (
    if m and (m.group().split()[0].isupper() or "(" in m.group() or ", " in m.group() and (
            "–" in m.group() or "—" in m.group())):  # (`Dhaka, Bangladesh – `: a place and its country in title case)
        return m.end()
    m = _DATELINE_OUTLET.match(text, start, end) or _DATELINE_CAPS.match(text, start, end) or (
        _DATELINE_DATE_COLON.match(text, start, end)) or _LIVE_STAMP.match(
        text, start, end) or _arabic_dateline(text, start, end) or _outlet_slash(text, start, end) or (
        _DATED_AGENCY.match(text, start, end))
    if m is None and start > 0 and text[start - 1] == "\n":
        m = _CITY_COLON.match(text, start, end)  # (Indian dailies: `Chandigarh: Unseasonal rain has damaged ...`)
        if m and (len(text[m.end():end].split()) < 10 or _FIRST_PERSON.search(text, m.end(), min(end, m.end() + 60))):
            m = None  # (`Minister: We will not back down`: a speaker and the words put in their mouth)
    if m is None and _DATELINE_SENTENCE.fullmatch(text, start, end):
        return end  # (the whole sentence is the dateline: no claim)
    return m.end() if m and m.end() < end else start


# an Arabic city of a word or two and a dash (perhaps glued to it: الرباط- ) opening the text, perhaps the outlet's
# name and a dash after it
# (`الجزائر - التمست النيابة`, `رام الله - "القدس" دوت كوم - أعلنت`, two cities of a joint report: `جاكرتا/طوكيو - `)
_DATELINE_AR = re.compile(r"[\u0621-\u0652]{2,}(?: [\u0621-\u0652]{2,})?(?:/[\u0621-\u0652]{2,})?\s*[-–—]\s+"
                          r"(?:[^\n\-–—.،]{2,30}?\s+[-–—]\s+)?"
                          r"(?=[\u0621-\u064A])")  # (the letters with their vowel signs: عمّان)
_DASHED_BYLINE = re.compile(r"[^\n:]{2,30}\s[–—-]\s[^\n:]{2,30}\s[–—-]\s(?:من|بقلم|كتب|by|By)\s[^\n:]{2,40}:?\s*")
# a city of a word or two and a colon opening a body paragraph, a sentence of its own after it
# a name, then a desk's title or the date it was published (a byline without By)
_NAME_THEN_DESK = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}(?:[A-Z][\w&-]* ){0,3}(?:Correspondent|Reporter|Editor|Writer"
                             r"|Columnist)")
_NAME_PUBLISHED = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}(?:Published|Updated|Posted)(?: on)? [A-Z][a-z]+ \d{1,2},? \d{4}"
                             r"(?: \d{1,2}:\d{2}(?: ?[ap]m)?)?")
_CITY_COLON = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s+(?=[A-Z])")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us)\b")
# a city, the month and the day and a colon (Indian dailies: `New Delhi, July 14: India's exports rose`)
_DATELINE_DATE_COLON = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:January|February|March|April|May|June|July|August"
                                  r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                                  r"\.? \d{1,2}:\s+(?=[A-Z\"“])")
# a city, the date and the agency in brackets, no dash after it (`بكين 9 مايو 2024 (شينخوا) ارتفعت`; or the Omani
# agency's, في before the date and its name between slashes: `مسقط في 14 أكتوبر /العُمانية/`)
_DATED_AGENCY = re.compile(r"[\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,})?،?(?: في)? \d{1,2} [\u0621-\u064A]{3,}"
                           r"(?: \d{4})? (?:\([^()\n\d]{2,20}\)|/[^/\n\d]{2,20}/)\s+(?=[\u0621-\u064A])")
# an outlet's name and a slash opening the text (`شفق نيوز/ تظاهر المئات`)
_DATELINE_SLASH = re.compile(r"([\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,})?)\s*/\s+(?=([\u0621-\u064A]+))")


def _arabic_dateline(text: str, start: int, end: int) -> re.Match | None:
    """An Arabic city and a dash opening the text, not a reporting verb and its subject before an aside between
    dashes (`وذكر التقرير - في فصله الثاني - أن`)."""
    m = _DATELINE_AR.match(text, start, end)
    return None if m is None or patterns("ar").verb.match(text, start, m.end()) else m


def _outlet_slash(text: str, start: int, end: int) -> re.Match | None:
    m = _DATELINE_SLASH.match(text, start, end)
    if m is None:
        return None
    named, date = m.group(1).split(), patterns("ar").date  # (the lexicon's months, weekdays, عام، أمس)
    if date.fullmatch(named[-1]) or date.fullmatch(m.group(2)) or named[0] in ("في", "من", "منذ", "حتى", "خلال"):
        return None  # (not a month's two names, `في يوليو/ تموز 2020`, nor a phrase of a preposition)
    return m


# a live page's update stamp: `تحديث (17:40 بتوقيت نواكشوط): `, `Update (17:40 GMT): `
_LIVE_STAMP = re.compile(r"(?:تحديث|آخر تحديث|[Uu]pdate|UPDATE)\s*\([^()\n]{1,40}\)\s*:\s*")


def is_question(text: str, start: int, end: int) -> bool:
    r"""Does text[start:end] end in ? or ؟ with only closing quotes, brackets, commas, periods or space after it?

    (What a search for `[?؟]["“”«»)\]'’\s،,.]*$` finds, read backwards from the end: no scan of the sentence.)
    """
    while end > start and (text[end - 1] in _AFTER_QUESTION_MARK or text[end - 1].isspace()):
        end -= 1
    return end > start and text[end - 1] in "?؟"


# لا تقتربوا، ولا تخرجوا: a prohibition to many (the singular لا تخرج is also `she does not go out`), perhaps with
# its object (لا تتركونا، لا تنسوهم)
_PROHIBITION = re.compile(r"[\"“«]?\s*[وف]?لا\s+ت\w+(?:وا|و(?:نا|ني|ه|ها|هم))(?!\w)")
# ارفعوا الحظر، اذهبوا: the plural imperative of a verb of form I (alif, a root letter, ...وا), not a past verb of
# form VII, VIII or X opening with the same alif (انسحبوا، اتفقوا، اجتمعوا، استمروا)
_PLURAL_IMPERATIVE = re.compile(r"[\"“«]?\s*ا(?!ن|ست|.[تطد])[^\Wت]\w{1,3}وا(?!\w)")
_NEVER = re.compile(r"[\"“]?\s*Never(?!\s+(?:before|again|once|in|has|have|had|ever|since|mind|was|were|will|would)\b)")
# a verb's bare form opening the sentence with us or me as its object (`Pay us what we are owed`, `Give me one
# reason`): a call, since a subject is never followed by an object pronoun (not a preposition: `For us, X`)
_CALL_ON_US = re.compile(r"\s*(?:(?:But|And|So|Now)\s+)?(?!(?:For|To|With|Like|Unlike|Than|Of|From|About|Before|After"
                         r"|Behind|Against|Between|Among|Without|Beyond|Around|Near|Toward|Towards|Within|Except"
                         r"|Despite|Including|Inside|Outside|Beside|Besides|Both|All|Each|None|Neither|Either|Any"
                         r"|Many|Most|Some|Few|Several|Not|Nor|Or|Only|Just|Even)\b)"
                         r"[A-Z][a-z]{2,}(?<!ed)(?<![^s]s)(?<!ly)\s+(?:us|me)\b")
# a call of three words to stand by the speaker (`Stand with us.`, `Vote for us!`)
_STAND_WITH_US = re.compile(r"\s*[A-Z][a-z]{2,}(?<!ed)(?<![^s]s)\s+(?:with|for|behind|beside)\s+(?:us|me)\s*[.!]?\s*")
# a list item's mark right before a clause (`- `, `• ` opening a line)
_LIST_MARK_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-–—*" + BULLETS + r"][ \t]*$")
# a verb in the plural of address or of the past opening its clause, its letters perhaps voweled (تجنّبوا، ابتعدوا)
_PLURAL_VERB_OPENING = re.compile(r"(?![وف])[^\W\d](?:[^\W\d]|[\u064b-\u0652]){2,7}وا(?![\w\u064b-\u0652])")


# `let me` before a verb of saying: the speaker's own claim follows (Let me be clear: X; دعني أؤكد أن X)
_LET_ME_SAY = {
    "en": re.compile(r"\s*(?:(?:But|And|So|Now)\s*,?\s+)?(?:[Ll]et\s+me|[Ll]et\s+us|[Ll]et['’]s)\s+"
                     r"(?:(?:first|just|quickly)\s+)?(?:be\s+(?:(?:very|absolutely|perfectly|quite|crystal)\s+)?"
                     r"(?:clear|honest|frank)|say|stress|emphasi[sz]e|explain|point\s+out|remind\s+\w+|tell\s+\w+"
                     r"|(?:start|begin)\s+with\s+[^:.!?\n]{1,40}?)\b"  # (Let me start with the headline: X)
                     r"(?:\s+(?:first|here))?(?=\s+that\b|\s*:)"),
    "ar": re.compile(r"\s*(?:[وف]?لكن\s+)?[وف]?(?:دعني|دعيني|دعوني|دعونا)\s+(?:أوضح|أقول|أؤكد|أشير|أذكر"
                     r"|أكون\s+(?:صريحا|واضحا)(?:\s+(?:جدا|تماما|معك|معكم))?|نوضح|نؤكد|أبدأ\s+ب[^:.؟!\n]{1,40}?"
                     r"|نقول)(?!\w)(?:\s+(?:أولا|فقط|هنا|بداية))?(?=\s+(?:إلى\s+)?(?:أن|إن|بأن)(?!\w)|\s*:)"),
    # (with its content after it, perhaps after a word of order: دعني أوضح أولا أن)
}


def is_imperative(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """A sentence addressed to the reader or, quoted, to the public (`Click here ...`, `اقرأ أيضا ...`, `Do not
    approach`, `لا تقتربوا`, `ارفعوا الحظر`)."""
    if _LET_ME_SAY[pat.language].match(text, start, end):
        return False  # (`Let me be clear that X`, دعني أوضح أن X: the speaker stressing a claim, no call)
    opening = _LEADING_CONJUNCTION.match(text, start, end) if pat.language == "en" else None  # (None on an empty
    # stretch whose end comes before its start)
    if pat.imperative.match(text, start, end) is not None or opening and pat.imperative.match(
            text, opening.end(), end) is not None or (
            pat.language == "ar" and _PROHIBITION.match(text, start, end) is not None) or (
            _PLEASE_AFTER_A_CONJUNCTION[pat.language].match(text, start, end) is not None):
        return True
    if pat.language == "en" and _NEVER.match(text, start, end) and _BARE_VERB.match(text, _NEVER.match(
            text, start, end).end(), end):
        return True  # (`Never put a battery in a bin`: never and a bare verb, a warning to the reader)
    if pat.language == "en" and (_CALL_ON_US.match(text, start, end) or _STAND_WITH_US.fullmatch(text, start, end)):
        comma = text.find(",", start, min(end, start + 20))
        return comma < 0 or len(text[comma + 1:end].split()) < 3  # (but `Trust me, the rents are too high`: a word
        # of address, then a statement)
    if _THANKS[pat.language].fullmatch(text, start, end):
        return True  # (a transcript's `Thanks, Dana.`, `شكرا لك`: a courtesy, no claim)
    if _CONTACT_A_NAME[pat.language].match(text, start, end) and _ADDRESS.search(text, start, end):
        return True  # (`Contact Denise Okafor at dokafor@harrowgazette.com`, `Dana Whitcomb can be reached at X`,
        # `يمكن التواصل مع الكاتبة عبر X`: how to reach the reporter)
    if (pat.language == "ar" and _LIST_MARK_BEFORE.search(text, max(0, start - 8), start)
            and _PLURAL_VERB_OPENING.match(text, start, end) and not pat.verb.match(text, start, end)):
        return True  # (under `الإرشادات التالية:`, `- تجنّبوا عبور الأودية`, `- ابتعدوا عن الأعمدة`: an item opening on
        # a plural verb with no subject of its own is advice to the reader; a past tense there would name its party)
    if pat.language == "ar" and _PLURAL_IMPERATIVE.match(text, start, end) is not None:
        # (but `اطمئنوا، أبناؤكم في أيد أمينة`: a word of address, then a statement, as `Relax, your children ...`)
        comma = text.find("،", start, min(end, start + 20))
        return comma < 0 or _PLURAL_IMPERATIVE.match(text, comma + 1, end) is not None or len(
            text[comma + 1:end].split()) < 3
    # (a condition, then the call: `If you are asked to leave your home, please do so`; addressed to the reader, a
    # bare verb: `If you have an air purifier, run it in the room where you sleep`, وإذا كان لديكم جهاز، فشغلوه)
    comma = text.find("," if pat.language == "en" else "،", start, min(end, start + 120))
    if pat.language == "en" and comma >= 0:
        start = _LEADING_CONJUNCTION.match(text, start, comma).end()  # (`But if you are elderly, stay indoors`)
    if comma < 0 or pat.conditional.match(text, start, comma) is None:
        return False
    if pat.language == "ar":
        return _YOU_PLURAL.search(text, start, comma) is not None and _THEN_DO.match(text, comma + 1, end) is not None
    return (pat.imperative.match(text, comma + 1, end) is not None or text.startswith(" please", comma + 1)
            or (_IF_YOU.match(text, start, comma) is not None or _YOU.search(text, start, comma) is not None)
            and _BARE_VERB.match(text, comma + 1, end) is not None)  # (`If this story has raised concerns for
    # you, contact Lifeline`: the reader addressed in the condition)


def is_call_after_a_purpose(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a purpose of a few words, a colon, then a call to the reader (`To report fraud: call 911`,
    `للإبلاغ عن الاحتيال: اتصلوا على الرقم 911`)?"""
    colon = text.find(":", start, min(end, start + 40))
    if colon < 0 and _MORE_INFORMATION.match(text, start, end):  # (or a comma after asking for more: `For more
        # information, visit www.haldenlithium.com`, لمزيد من المعلومات، زوروا; not `To cut costs, staff work longer`)
        colon = text.find("," if pat.language == "en" else "،", start, min(end, start + 40))
    if colon < 0 or not _PURPOSE[pat.language].match(text, start, colon) or len(text[start:colon].split()) > 4:
        return False
    after = colon + 1 + len(text[colon + 1:end]) - len(text[colon + 1:end].lstrip())
    return is_imperative(text, after, end, pat) or (
        _BARE_VERB.match(text, colon + 1, end) is not None if pat.language == "en"
        else _PLURAL_VERB_OPENING.match(text, after, end) is not None)


_CONTACT_A_NAME = {
    "en": re.compile(r"\s*(?:(?:Contact|Email|E-mail|Call|Write to|Reach)\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4}"
                     r"(?:at|on|via)\s|\S+@\S+\s*\.?\s*$)"  # (or the address alone: Email tips@x.example)
                     r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:can|may)\s+be\s+(?:reached|contacted)\s)"),
    "ar": re.compile(r"\s*و?(?:يمكن|يرجى)\s+(?:التواصل|الاتصال)\s"),
}
_THANKS = {"en": re.compile(r"\s*(?:[Tt]hanks|[Tt]hank you)(?:\s+(?:both|all))?(?:\s+(?:very|so)\s+much)?"
                          r"(?:\s+(?:for|to)\s+[^.!?\n]{1,60})?(?:,\s*(?:[A-Z][\w'’-]+|" + _EVERYONE
                          + r"|[a-z][\w'’-]{1,10}(?=\s*[.!]?\s*$)))?"  # (or a word of address: Thank you, tai)
                          # (a call's opening: Thank you, operator, and good morning, everyone)
                          r"(?:,?\s+and\s+good\s+(?:morning|afternoon|evening)(?:,\s*" + _EVERYONE + r")?)?"
                          r"\s*[.!]?\s*"),
           "ar": re.compile(r"\s*(?:شكرا|شكرًا|شكراً)(?:\s+(?:لك|لكِ|لكم|لكما|جزيلا|جزيلًا|جزيلاً))?"
                            r"(?:،\s*(?:يا\s+)?[^\W\d]+|\s+يا\s+[^\W\d]+)?"  # (شكرا، سلمى; شكرا يا سلمى)
                            r"(?:\s+(?:لكل|لجميع)\s+[^.!؟\n]{1,60})?"  # (شكرا لكل من شارك)
                            r"\s*[.!]?\s*")}
_ADDRESS = re.compile(r"\S@\S|www\.|\d{3}[-. ]\d{4}")  # an email, a web or a phone number
_MORE_INFORMATION = re.compile(r"\s*(?:For\s+(?:more|further)\s|لمزيد\s|ولمزيد\s)")
# a purpose opening a line (To report fraud, For more information; للإبلاغ، لمزيد من المعلومات)
_PURPOSE = {"en": re.compile(r"\s*(?:To\s+[a-z]+|For\s+(?:more|further)\b)"),
            "ar": re.compile(r"\s*(?:لل|ل)[^\W\d]{3,}")}
# a plea opening after a conjunction (`But please, if you are still in town, leave now`, لكن أرجوكم، غادروا)
_PLEASE_AFTER_A_CONJUNCTION = {
    "en": re.compile(r"\s*(?:But|And|So|Now)\s*,?\s+please\b"),
    "ar": re.compile(r"\s*(?:[وف]?لكن\s+|و)?(?:أرجوكم|أرجوك|رجاء|من\s+فضلكم)(?!\w)"),
}
_LEADING_CONJUNCTION = re.compile(r"\s*(?:(?:But|And|So|Or)\s+)?")
_YOU = re.compile(r"\b(?:you|your)\b")
_IF_YOU = re.compile(r"\s*(?:If|if|When|when|Unless|unless) (?:your?|someone|anyone|somebody|anybody)\b")
_YOU_PLURAL = re.compile(r"\w{2,}كم(?!\w)|(?<!\w)أنتم(?!\w)")  # (لديكم، منازلكم، أنتم: addressed to you)
_THEN_DO = re.compile(r"\s*ف\w{2,}(?:وا|وه|وها|وهم)(?!\w)")  # (فشغلوه، فاتصلوا: then do it)
# a verb's bare form opening the clause, not a pronoun, an article, a modal, -ed or -s (run it, call 911, leave now)
_BARE_VERB = re.compile(r"\s*(?!(?:it|you|we|they|he|she|there|this|that|the|a|an|your|our|its|their|please|then"
                        r"|do|does|is|are|was|were|will|would|can|could|should|must|may|might|none|nothing"
                        r"|(?:no|every|some|any)(?:body|one|thing|where)|people|children|men|women|police)\b)"
                        r"[a-z]+(?<!ed)(?<![^s]s)(?<!ly)\s")  # (nor a plural without -s: people will pay)
