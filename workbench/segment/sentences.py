"""Paragraph and sentence spans of an article, with hard-wrapped newswire unwrapped.

Sentence ends are `.` `!` `?` `؟` (with any closing quotes or brackets after
them); `؛` and `،` are not. A period is no end inside a decimal (`6.8`), after
an abbreviation (`Mr.`, `U.S.`, `د.`, `1946م.`), in a run of dots (`..` in
headlines, `...`), or when an English word in lower case follows. Two dots
before an Arabic word in a long paragraph are an end (body copy's way). A period
glued to the next Arabic word (`عقودها.وقالت`) is an end.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from workbench.segment.patterns import common, fold, patterns

_BLANK_BETWEEN = re.compile(r"(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)")
# A run of dots, an ellipsis, or end marks with any closing quotes or brackets. Each alternative starts
# with a literal character, so the regex engine skips to the next candidate mark instead of trying
# every position (same matches as `\.{2,}|…|[.!?؟]+[closers]*`).
_CLOSERS = r"[\"”»’'\)\]]*"
_END = re.compile(r"\.\.+|…|\.[.!?؟]*" + _CLOSERS + r"|![.!?؟]*" + _CLOSERS + r"|\?[.!?؟]*" + _CLOSERS
                  + r"|؟[.!?؟]*" + _CLOSERS)
_GLUED_WORD = re.compile(r"\w*")
_HEADLINE_CHARS = 150  # a headline is never longer; a paragraph that is may be body copy
_ARABIC_AFTER_SPACE = re.compile(r" [\u0621-\u064A]")
_MAY_END = frozenset(("a.m", "p.m", "etc", "inc", "co", "corp", "ltd", "u.s", "u.k", "u.n", "jr", "sr"))
# (or a quotation opening: `said Martin Ebersole of Dain Kemper and Co. "Is it ...`)
_SENTENCE_OPENER = re.compile(r"\s+(?:(?:He|She|It|They|We|I|The|But|This|That|There|In|A|An)\s|[\"“][A-Z])")
# the capitalised word after a time (4 p.m. Violators), and the words of when that go on with it (8 p.m. Monday)
_CAPITALISED_NEXT = re.compile(r"\s+[\"“]?([A-Z][\w'’]*)")
_WHEN_AFTER_A_TIME = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                                "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                "November", "December", "Eastern", "Pacific", "Central", "Mountain", "Greenwich",
                                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                                "Local", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
_LOWER_CASE_NEXT = re.compile(r"\s+(?!(?:he|she|they|we|i|it|you)\b)[a-z]")  # (`Really? he asked`: a question)
_NUMBER_UNIT = re.compile(r"\d+[مهـ]$")
_LATIN_INITIAL = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")  # N.Z., U.A.E. (the period before it is the last one)
_ARABIC_CHAR = re.compile(r"[\u0600-\u06FF]")
_SPACE = " \t\r\n\u00a0\u200b\u200c\u200d\u200e\u200f\u2028\u2029\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# A line's span stripped of _SPACE, blank lines left out, in one regex pass (what stripping each `[^\r\n]+` run
# gives): it opens at the line's first character outside _SPACE and backtracks to its last one. sre runs through
# `[^\n]` several times faster than through `[^\r\n]`, so a text without \r takes that form.
_STRIPPED_LINE = re.compile("[^" + _SPACE + "](?:[^\r\n]*[^" + _SPACE + "])?")
_STRIPPED_LINE_NO_CR = re.compile("[^" + _SPACE + "](?:[^\n]*[^" + _SPACE + "])?")

WRAP_MIN, WRAP_MAX = 50, 80
_SENTENCE_LAST = ".!?؟\"”»'’"  # what the last character of a line that ends a sentence may be


def strip_span(text: str, start: int, end: int, chars: str = _SPACE) -> tuple[int, int]:
    """The span without leading and trailing `chars`."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Newswire hard-wrapped at a fixed width: most lines of about the same length, most of them broken off
    mid-sentence. (Short one-sentence paragraphs, one per line, are of that length too, but end like sentences.)"""
    if len(lines) < 4:
        return False
    fitting = [e for s, e in lines if WRAP_MIN <= e - s <= WRAP_MAX]
    if len(fitting) * 2 < len(lines):
        return False
    ending_like_sentences = sum(1 for e in fitting if text[e - 1] in _SENTENCE_LAST)
    return ending_like_sentences * 2 < len(fitting)


BULLETS = "•·▪►●○◆■▸‣◦"  # the bullets a list item may open with (and a dash, a star): a web page's list marks
# a list item's mark opening a line: a dash or bullet, or a number (`1- يستمر صرف ...`, `2. That no learner ...`)
LIST_ITEM = re.compile(r"(?:[-*–—" + BULLETS + r"]|\d{1,2}\s?[-–).])\s")


def _line_of_its_own(text: str, prev_start: int, prev_end: int, start: int, end: int) -> bool:
    """In wrapped newswire, a line that is no continuation of the one before: wire markup (`^Headline<`, a line
    before one ending in `<`), or a short line with no sentence end after a finished sentence (a slug or
    sign-off such as `UPI 08-18-87 04:12 PED`), or a list's item after a finished line or after another item."""
    if text[start] == "^" or text[prev_end - 1] == "<":
        return True
    if LIST_ITEM.match(text, start, end) and (text[prev_end - 1] in _SENTENCE_LAST + ":;؛" or LIST_ITEM.match(
            text, prev_start, prev_end)):
        return True  # a list's item under its introduction or after the item before (`show that:` / `- 19 closed;`
        # / `2. That no learner be sent home;`; `- Dr Elena Varga died in March 2024` with no stop of its own)
    return (text[prev_end - 1] in _SENTENCE_LAST and end - start < WRAP_MIN and text[end - 1] not in _SENTENCE_LAST
            and len(text[start:end].split()) <= 5)


def _capitals_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one line in capitals with no sentence end (a wire headline: `AUSTRALIAN WHEAT BOARD SEES
    LOWER 1987/88 EXPORTS`), which the flush-left dateline under it does not go on?"""
    line = text[start:end]
    return ("\n" not in line and text[end - 1] not in _SENTENCE_LAST and line.upper() == line
            and sum(1 for c in line if c.isalpha()) >= 10)


def _indent(text: str, start: int) -> int:
    """How many characters of white space open the line whose text starts at `start`."""
    return start - max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) - 1


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: each line, or in hard-wrapped text runs of lines up to an indent or blank line."""
    lines = _STRIPPED_LINE if "\r" in text else _STRIPPED_LINE_NO_CR
    raw = [m.span() for m in lines.finditer(text)]
    if not is_wrapped(text, raw):
        return raw
    out: list[tuple[int, int]] = []
    # the indent of a line that goes on (flush left; one space in some archives' dumps): a line indented more, or
    # less, opens a paragraph
    indents = Counter(_indent(text, s) for s, e in raw if WRAP_MIN <= e - s <= WRAP_MAX)
    going_on = indents.most_common(1)[0][0] if indents else 0
    cur_s, cur_e = raw[0]
    line_s = cur_s  # where the last line read starts
    for s, e in raw[1:]:
        indented = _indent(text, s) != going_on
        blank = _BLANK_BETWEEN.search(text, cur_e, s) is not None
        if indented or blank or _line_of_its_own(text, line_s, cur_e, s, e) or _capitals_line(text, cur_s, cur_e):
            out.append((cur_s, cur_e))
            cur_s = s
        cur_e, line_s = e, s
    out.append((cur_s, cur_e))
    return out


@cache
def _domain_suffixes() -> frozenset:
    return frozenset(common().get("domain_suffixes", []))


def _word_before(text: str, start: int, end: int) -> str:
    r"""The run of word characters and dots that ends text[start:end] ("" if none): what `([\w.]+)$` finds there.

    Read backwards from the end instead of a regex search, which tries the run from every position. Like
    `$`, a final newline may follow the run.
    """
    stop = end - 1 if end > start and text[end - 1] == "\n" else end
    i = stop
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "_."):  # \w is isalnum() or _
        i -= 1
    return text[i:stop]


def _after_lower_case_word(text: str, start: int, end: int) -> bool:
    """Is the word before `end`, past the spaces, (within text[start:end]) a lower-case one?"""
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    w = _word_before(text, start, end)
    return bool(w) and w[:1].islower()


def _names_a_thing(text: str, start: int, letter: int, end: int, para_end: int) -> bool:
    """Is the lone letter at `letter` (its period ending at `end`) a name, not an initial: after a lower-case
    word, when a sentence opens after it (wrote on X. The post) or the word is a preposition (posted it on X.
    Officials), not a verb or role before a person's initial (said K. Suryanarayana, president M. Rao)?"""
    if not _after_lower_case_word(text, start, letter):
        return False
    before = letter
    while before > start and text[before - 1] in _SPACE:
        before -= 1  # (past the spaces, no copy of the text before: a paragraph may have many initials)
    preposition = _word_before(text, start, before).lower()
    if preposition == "to" and text[max(start, before - 13):before - 3].rstrip().lower().endswith("according"):
        return False  # (according to S. Meenakshi Sundaram: a cue's person, an initial)
    return (_SENTENCE_OPENER.match(text, end, para_end) is not None
            or preposition in _PREPOSITIONS_BEFORE_A_NAME)


_PREPOSITIONS_BEFORE_A_NAME = frozenset(("on", "in", "at", "of", "to", "from", "with", "via", "for", "by", "and", "or"))


_BEFORE_A_DATELINE_MARK = re.compile(r"\s*(?:\(|[-–—]\s)")


_QUOTE_MARKS = re.compile("[\"“”«»]")


def _inside_a_short_quotation(text: str, start: int, end: int, para_start: int, para_end: int) -> bool:
    """Do the dots at text[start:end] sit inside a short quotation, a title or a slogan (its opening mark in the 30
    characters before them, its closing one in the 40 after), not a quoted speech of sentences?"""
    before = _QUOTE_MARKS.findall(text, max(para_start, start - 30), start)
    return len(before) % 2 == 1 and _QUOTE_MARKS.search(text, end, min(para_end, end + 40)) is not None


# و, a label of up to four Arabic words and a colon after dots (... وشركة الاتصالات: ...)
_LABEL_AFTER_DOTS = re.compile(r"\s+(و[«\"“]?[\u0621-\u064a]+)(?:\s+[\u0621-\u064a]+){0,3}[»\"”]?:\s")  # (or quoted:
# ... و«الأطباء»: الاعتصام قائم)
# و, a definite subject and its verb after dots (... والحكومة تتمسك بالحوار، .. والمقاولون يحذرون): a headline's
# second clause
_CLAUSE_AFTER_DOTS = re.compile(r"\s+وال[\u0621-\u064a]{2,}\s+"
                                r"(?:[يت][\u0621-\u064a]{2,}|[\u0621-\u064a]{2,}(?:[^\sا]ت|وا))"
                                r"(?![\u0621-\u064a])")
_QUOTATION_NEXT = re.compile(r"\s+[\"“][A-Z]")
_NOT_A_NUMBER_NEXT = re.compile(r"\s+(?![\d#IVX])[A-Z]")  # (No. 10, No. IV: the number's abbreviation)


def _is_end(text: str, m: re.Match, para_start: int, para_end: int, language: str) -> bool:
    tok = m.group()
    if tok == ".." and (para_end - para_start > _HEADLINE_CHARS or text[para_end - 1] in ".!\"”»") and (
            _ARABIC_AFTER_SPACE.match(text, m.end(), para_end)) and not (
            text[m.start() - 1:m.start()] in "\"”»" and patterns(language).cue.match(text, m.end() + 1, para_end)) and (
            not _inside_a_short_quotation(text, m.start(), m.end(), para_start, para_end)):
        # (but `«ما يحدث فضيحة».. هكذا علق X`: the quotation's frame after the dots, one sentence; and `حملة بعنوان
        # "مصر.. تنوع لا يضاهى"`: a title's dots inside its quotation marks)
        return True  # `وموسكو.. وهم يعملون`: in Arabic body copy, which ends like a sentence (a headline does
        # not), two dots part sentences; in a headline they set off its topic
    label = _LABEL_AFTER_DOTS.match(text, m.end(), para_end) if tok.startswith("..") else None
    if label and not patterns("ar").verb.match(text, label.start(1), para_end):  # (not وقال X:, a frame)
        return True  # (`انقطاع الإنترنت يعزل شمال غزة... وشركة الاتصالات: الأضرار طاولت الكوابل`: a headline's second
        # part, a party's label and its words)
    if tok.startswith("..") and _CLAUSE_AFTER_DOTS.match(text, m.end(), para_end):
        return True  # (`إضراب الممرضين يشل المستشفيات... والحكومة تتمسك بالحوار`: its second clause, subject and verb)
    if tok[0] == "…" or tok.startswith(".."):
        return False
    end = m.end()
    nxt = text[end] if end < para_end else ""
    start = m.start()
    prev = text[start - 1] if start > para_start else ""
    if nxt and nxt not in _SPACE:
        # only a period glued to the next Arabic word ends a sentence, unless it is a web address (العربية.نت) or
        # an acronym spelled in short syllables (إس.إي.بي)
        glued = _GLUED_WORD.match(text, end, para_end).group()
        if tok == "." and _word_before(text, max(para_start, start - 4), start) in patterns("ar").abbreviations:
            return False  # (د.سالم بن ناصر الحارثي: a title's one letter, the name glued to its period)
        return (tok == "." and nxt.isalpha() and bool(_ARABIC_CHAR.match(nxt))
                and (prev.isalpha() or prev in "\"”»")
                and glued not in _domain_suffixes()
                and not (prev.isalpha() and len(glued) <= 3
                         and len(_word_before(text, max(para_start, start - 12), start).split(".")[-1]) <= 3))
    if tok in ("?", "!") and prev.isalpha() and _LOWER_CASE_NEXT.match(text, end, para_end) and (
            _word_before(text, max(para_start, start - 20), start)[:1].isupper()):
        return False  # a name's own mark: `Consumer group Which? warned`, `Yahoo! said`
    if tok[0] == ".":
        w = _word_before(text, max(para_start, start - 20), start)
        if w:
            if fold(w.strip(".")) in ("a.m", "p.m"):
                # `between 12 noon and 4 p.m. Violators would face action`: a time closes its sentence before any
                # capitalised word but when (Monday, June) or a time zone (GMT, Eastern)
                after = _CAPITALISED_NEXT.match(text, end, para_end)
                return after is not None and after.group(1) not in _WHEN_AFTER_A_TIME and not after.group(1).isupper()
            if fold(w.strip(".")) in _MAY_END or _DOTTED_ACRONYM.match(w):
                # `at 11:30 p.m. He said`: an abbreviation that may close a sentence does before a pronoun or
                # article (a title, Dr. or Gen., never does)
                return _SENTENCE_OPENER.match(text, end, para_end) is not None
            # (Harrington's. / above 40°C.: a possessive's s and a temperature's scale are no initials)
            # (nor is the letter after & in A&E, R&D)
            suffix = start - len(w) - 1 >= para_start and text[start - len(w) - 1] in "'’°&"
            if _NUMBER_UNIT.search(w) or _LATIN_INITIAL.match(w) and not suffix and not _names_a_thing(
                    text, max(para_start, start - 40), start - len(w), end, para_end) and not _QUOTATION_NEXT.match(
                    text, end, para_end):
                return False  # (an initial: said K. Suryanarayana; but a quotation opening after it, `on Lawrence
                # Ave. W. "We don't want to strike`, follows a sentence's end: no name goes on in quotation marks)
            if _ARABIC_CHAR.match(w):
                if len(w) == 1:
                    return False  # an Arabic initial (د.)
            elif fold(w.strip(".")) in patterns("en").abbreviations and not (
                    fold(w.strip(".")) == "no" and _NOT_A_NUMBER_NEXT.match(text, end, para_end)):
                return False  # (but `No. We held eleven meetings`: an answer, no number after it)
            elif start - para_start <= 40 and w[:1].isupper() and len(w) <= 5 and _BEFORE_A_DATELINE_MARK.match(
                    text, end, para_end):
                return False  # `MEDFORD, Ore. (AP) — `: a state's abbreviation in a dateline
        # an English sentence starts with a capital, a digit or a quote, not a lower-case word
        j = end
        while j < para_end and text[j] in _SPACE:
            j += 1
        if j < para_end and text[j].islower() and text[j].isascii():
            return False
    return True


def sentences(text: str, start: int, end: int, language: str = "ar") -> list[tuple[int, int]]:
    """Sentence spans of the paragraph text[start:end], stripped of surrounding space."""
    out = []
    cur = start
    for m in _END.finditer(text, start, end):
        if m.end() == end:
            break  # the paragraph's own end closes its last sentence below, whether this mark is an end or not
        if _is_end(text, m, start, end, language):
            s, e = strip_span(text, cur, m.end())
            if s < e:
                out.append((s, e))
            cur = m.end()
    s, e = strip_span(text, cur, end)
    if s < e:
        out.append((s, e))
    return out
