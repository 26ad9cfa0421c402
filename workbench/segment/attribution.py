"""Who says what: reporting frames, cues and the speaker phrase they govern.

A frame is a reporting verb with its complement: `قال X: ...`, `أوضحت الوكالة
أن ...`, `X قالت: إن ...`, `X said (that) ...`, `X told Y ...`. A verb counts
only when its content marker follows (أن، إن، بأن، إلى أن، `:`, a quotation
mark; in English `that`, a colon or a clause), so `أضاف فريق الانتقال 8 أشخاص`
is no speech; homographs (بين، تعد، قدر) count only when they open their
clause. The speaker is the phrase between the verb and the marker (Arabic
verb-subject order), else the phrase before the verb (subject-verb order, and
English), else the party of an intro (`في تقرير نشرته X`), else nobody: the
caller carries the previous speaker over. Cues (بحسب، وفقا لـ، according to)
credit their object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice, takewhile

from workbench.segment.patterns import (
    SPACES,
    LanguagePatterns,
    PhraseStarts,
    fold,
    last_match,
    last_of,
)
from workbench.segment.quotes import has_marks, quotations
from workbench.segment.speakers import (
    AR_PREPOSITIONS,
    ARTICLES,
    BUT_HE,
    COMMA,
    FORM_FIVE_MASDAR,
    HAL,
    NOT_YET_AR,
    NOUNS_IN_LY,
    PERFECT_AUXILIARIES,
    RESUMPTIVE_OBJECTS,
    arabic_subject_after,
    arabic_subject_before,
    as_written,
    bi_verbal_noun,
    clean_speaker,
    derived_verbal_noun,
    english_subject,
    is_pronoun,
    main_subject,
    opens_a_name,
    strip_particles,
    without_age,
    without_preposition_lam,
    without_quoted_outlet,
    words,
)

_QUOTE_CHARS = "\"“”«»„‹›"
_TRIM = " \t\r\n\u00a0،,؛;:.-–—\"“”«»„()[]'’‘"
_COMMA_THEN_HAL = re.compile(r"[,،]\s*(?=" + HAL.pattern + ")")
_QUOTE_MARK = re.compile("[" + _QUOTE_CHARS + "]")
# `said nothing about`, `says little on`: how much was said, no content (`said little progress was made` and
# `said much of the buying came from` have some)
# a number before a plural noun (40, Sixty-one, twenty, dozens)
_NUMBER_WORD = re.compile(r"\d[\d,.]*|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|"
                          r"one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|hundreds|thousands|dozens|millions)")
_COUNTS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
                     "dozens", "hundreds", "thousands", "millions"))
NO_CONTENT = frozenset(("nothing", "little", "anything"))
NO_CONTENT_AFTER = frozenset(("about", "on", "to", "regarding", "further", "more", "new", "else"))
def _in_a_name(text: str, vm: re.Match) -> bool:
    """Is an English verb form capitalised after a capitalised word, part of a name (the United States, Foreign
    Office Reports), not a verb?"""
    if not vm.group("w")[:1].isupper():
        return False
    before = words(text, max(0, vm.start() - 30), vm.start())
    if vm.group("w").isupper() and len(vm.group("w")) > 2 and before[-1:] != ["UNITED"]:
        return False  # VOLCKER SAYS FED HAS NO PLANS: a wire headline in capitals (but UNITED STATES is a name)
    return bool(before) and before[-1][:1].isupper()


# before a verb form these make it a noun (That claim was disputed, people whose claims are judged)
_DEMONSTRATIVES = frozenset(("This", "That", "These", "Those", "this", "these", "those", "whose", "its", "their",
                             "his", "her", "our", "Its", "Their", "His", "Her", "Our"))
_PREPOSITIONS = frozenset(("into", "of", "in", "on", "at", "for", "with", "about", "by", "from", "over", "to", "after",
                           "before", "amid", "despite", "against", "under", "following", "among"))


@dataclass(frozen=True, slots=True)
class Frame:
    """A reporting frame: where its content starts, the speaker (None: carry over) and the cue word."""

    start: int
    content_start: int
    speaker: str | None
    cue: str


# --- Arabic ------------------------------------------------------------------------

_COMMA_THEN_ALA = re.compile(r"[،,]\s*على\s*$")
_ALA = fold("على")


def quoted_name_after_verb(text: str, verb: int, opener: int, closer: int, end: int, pat: LanguagePatterns) -> bool:
    """`أعلنت "الإدارة الذاتية لشمال وشرق سوريا" خطة طوارئ`: a short Arabic quotation right after its verb, with no
    mark of its own at its end and the clause going on with a noun after it, is the verb's subject (a quoted
    name), no speech (but `وقال "..." في تصريح`, `، مضيفا`: where it was said, or the next frame)."""
    verb_word = _WORD_RE.findall(text, verb, opener)
    if (pat.language != "ar" or len(verb_word) != 1 or text[closer - 1] in ".!?؟،,:" or closer + 1 >= end
            or fold(verb_word[0]).lstrip("وف") in pat.free_verbs):
        return False  # (وقال "...": say reports whatever follows it)
    nxt = _WORD_RE.match(text, SPACES.match(text, closer + 1, end).end(), end)
    return (nxt is not None and len(_WORD_RE.findall(text, opener, closer)) <= 6 and nxt.group()[0] not in "وف"
            and fold(nxt.group()) not in AR_PREPOSITIONS and pat.participle.match(text, nxt.start(), end) is None
            and pat.verb.match(text, nxt.start(), end) is None and not nxt.group().startswith(("ب", "ل")))


# stems of verbs whose content may follow على (أكد على أن، شدد على أن)
_THEN_WORDS = ("قبل", "بعد")  # (قبل أن يضيف، بعد أن قال: the speaker goes on)
_THEN = frozenset(fold(w) for w in _THEN_WORDS)
_THEN_GOING_ON = re.compile(r"(?:ثم|then)\s+")  # (ثم يستدرك, then adds: the speaker goes on with another verb)
_BEFORE_THEN = re.compile(r"\s*(?:" + "|".join(_THEN_WORDS) + r")\s+أن\s")
_TAKES_ALA = tuple(fold(w) for w in ("أكد", "شدد", "أصر", "ركز", "حرص", "اتفق", "نص", "وافق"))


_VAN = re.compile(r"\s*فان\s")  # (فان written with no hamza, as in a name: van)
_EVEN_IF = re.compile(r"\s*وإن\s+(?:كان|كانت|كانوا)(?!\w)")  # (وإن كان: even if, even though)


def _arabic_marker(text: str, pos: int, end: int, pat: LanguagePatterns,
                   clause_start: int, verb: str) -> tuple[int, int] | None:
    """(marker start, content start) of the first speech marker after the verb form `verb` ending at `pos` (in a
    clause from `clause_start`)."""
    limit = min(end, pos + 320)
    # a circumstantial clause after a comma (، معربا عن ثقته أن ...) has its own content: the verb's ends before it,
    # unless the clause is an aside closed by a comma (، متحدثا في مؤتمر صحفي، إن ...)
    hal = _COMMA_THEN_HAL.search(text, pos, limit)
    if hal:
        marker = pat.complementizer.search(text, hal.end(), limit)
        if not (marker and COMMA.search(text, hal.end(), marker.start())):
            limit = hal.start()
    best: tuple[int, int] | None = None
    colon = text.find(":", pos, limit)
    while colon > 0 and text[colon - 1].isdigit() and text[colon + 1:colon + 2].isdigit():
        colon = text.find(":", colon + 1, limit)  # (الساعة 12:30: a clock's colon, no speech after it)
    if colon >= 0:
        j = colon + 1
        while j < end and text[j].isspace():
            j += 1
        best = (colon, j)
    for m in pat.complementizer.finditer(text, pos, best[0] if best else limit):
        prev = words(text, max(pos, m.start() - 20), m.start())
        if prev and fold(prev[-1]) in pat.blockers:
            continue
        if _EVEN_IF.match(text, m.start(), limit):
            continue  # (، قالت ستاين، وإن كان الضرر يتطلب: even if, a concession, no content of the frame's)
        if _VAN.match(text, m.start(), limit) and not COMMA.search(text, max(pos, m.start() - 3), m.start()):
            continue  # (يان فان دير بيرغ: a Dutch name's فان, no فإن; that one follows a comma: بحسب X، فإن)
        if (len(prev) > 1 and fold(prev[-2]) in _WHAT and COMMA.search(text, pos, m.start())):
            continue  # أعلنت الوزارة اكتشاف حقل، في ما وصفته بأنه: the content of the relative's verb
        if prev and fold(prev[-1]) == "في" and (COMMA.search(text, pos, m.start()) or len(prev) > 1 and len(
                prev[-2]) > 3 and prev[-2].lstrip("\u064f")[:1] in "يت"):
            continue  # أعلنت سحب الدواء، بعد رصد مادة يشتبه في أنها مسرطنة: another word's complement, past a comma
            # (or right after that word's verb: أعلنت النيابة توقيف مسؤولي شركات يُشتبه في أنها نظمت رحلات)
            # (حذر X، ...، من أن / أشار إلى أن are the verb's own)
        if prev and fold(prev[-1]) == _ALA and _COMMA_THEN_ALA.search(text, m.start() - 8, m.start()) and (
                not any(stem in fold(verb) for stem in _TAKES_ALA)
                or COMMA.search(text, pos, m.start()).start() > m.start() - 10
                and len(words(text, pos, m.start())) > 6):
            # (a verb that takes no على, ذكر or نقل, has no content after ، على أن however near: حسبما ذكر المكتب
            # الإعلامي، على أن تنتقل)
            break  # يقترح الجانب التركي إنشاء مركز ...، على أن تمول أنقرة / أعلن المجلس رفع الحد الأدنى ...، بدلا من
            # ...، على أن يبدأ: a proviso after the verb's object, no content (شدد الوزير على أن / أكد الوزير، في
            # كلمته، على أن: the verb's own)
        if len(_QUOTE_MARK.findall(text, pos, m.start())) % 2 and _QUOTE_MARK.search(text, m.end(), limit):
            continue  # لشبكة "سي إن إن" أن: inside a quoted name, not the content's opening
        best = (m.start(), m.start())
        break
    if best is None:
        mark = _QUOTE_MARK.search(text, pos, min(limit, pos + 120))
        if mark and (mark.group() in "»”" or mark.start() > clause_start and not text[mark.start() - 1].isspace()
                     and text[mark.start() - 1] not in ":(«“"):
            mark = None  # a quotation closing (تقدم يذكر حتى الآن"، حسب: glued to its last word): the verb was inside it
        if mark:
            i = mark.start()
            closer = _QUOTE_MARK.search(text, i + 1, min(end, i + 400))
            quoted = words(text, i, closer.start() if closer else min(end, i + 60))
            # a quotation of three words or more is speech; `تضامنها "بالكامل"` is emphasis, and after a
            # preposition (وحذر روسيا من "مواصلة السير ..."، أعرب عن "قلقه") a quoted noun, a narrated act
            before = words(text, max(pos, i - 12), i)[-1:]
            after_preposition = (bool(before) and (fold(before[0]) in AR_PREPOSITIONS
                                                   or fold(before[0]) in _BEFORE_A_QUOTED_NAME)
                                 or _governs_a_noun(words(text, pos, i))
                                 or _completes_the_act(quoted, words(text, pos, i), verb, pat)
                                 ) and not (quoted and pat.complementizer.fullmatch(quoted[0]))
            inside_what = any(fold(w) in _WHAT for w in words(text, pos, i)[1:4])  # (نفت ما تداوله ناشطون عن "...")
            if (len(words(text, pos, i)) <= 8 and len(quoted) >= 3 and not _object_before_quote(text, pos, i)
                    and not after_preposition and not inside_what
                    and not _inside_a_denied_object(verb, words(text, pos, i), quoted, pat)
                    and not (closer and quoted_name_after_verb(text, pos - len(verb), i, closer.start(), end, pat))):
                best = (i, i)
    if best and len(words(text, pos, best[0])) > 28:
        return None
    return best


_SOURCE_OF_SAYING = re.compile(r"\s*عن\s+(.{2,120}?)\s+قول(?:ه|ها|هم|هما)\s*[:،,]?\s*$")


def _source_of_saying(text: str, verb_end: int, marker: int) -> str:
    """`ونُقل عن قائد الجيش قوله إن`: with no subject, the source the saying is quoted from, else ""."""
    m = _SOURCE_OF_SAYING.match(text[verb_end:marker])
    return clean_speaker(m.group(1)) if m else ""


_QAD_BEFORE = re.compile(r"(?<!\w)[وفل]?قد\s+$")


def _clause_initial(text: str, start: int, pos: int) -> bool:
    """Does the verb at `pos` open its clause: at most a particle before it, or a short phrase of where or when
    closed by a comma (وعلى المستوى العربي، أظهرت النتائج أن)?"""
    if pos - start < 40 and len(words(text, start, pos)) <= 1:
        return True
    comma = last_match(COMMA, text, max(start, pos - 60), pos)
    if comma is None or words(text, comma.end(), pos):
        return False
    intro = words(text, max(start, comma.start() - 70), comma.start())
    intro = intro[-8:] if len(intro) > 8 else intro  # (وعن سؤال حول تأثير الإضراب على المرضى، أجاب: eight words)
    first = fold(intro[0]) if intro and len(words(text, start, comma.start())) <= 8 else ""
    return first in AR_PREPOSITIONS or first[:1] in ("و", "ف") and first[1:] in AR_PREPOSITIONS  # (not نفى)


def after_subordinator(text: str, start: int, pos: int, pat: LanguagePatterns) -> bool:
    """Does text[start:pos] hold only a fronted subordinator (في حين، في وقت): the verb at pos opens its clause?"""
    opener = pat.subordinate.match(text, start, pos) if pos - start < 40 else None
    return opener is not None and not text[opener.end():pos].strip()


_AFTER_NOT = re.compile(r"(?<!\w)(?:عدم|بعدم)\s+$")


def _a_preposition(text: str, start: int, vm: re.Match, pat: LanguagePatterns) -> bool:
    """Is the verb form matched (بين) the preposition it is spelled as: after a noun (اتفاق بين الوزارة والنقابة)
    or كان (كان بين أوائل العابرين, among)? بيّن opens its clause."""
    if fold(vm.group("w")) not in pat.preposition_homographs or "\u0651" in vm.group("w"):
        return False  # (بيّن with its shadda is only the verb)
    if text[max(start, vm.start() - 4):vm.start()].rstrip().endswith("،") and pat.complementizer.search(
            text, vm.end(), vm.end() + 150):
        return False  # `وفي تصريح لـ"الصباح"، بين رئيس الهيئة أن`: after an opening phrase, the verb and its أن
    before = words(text, max(start, vm.start() - 30), vm.start())[-1:]
    return bool(before) and (fold(before[0]) not in pat.leading_particles or fold(before[0]) in pat.auxiliaries)


# the apposition's relative before a verb (، وهو ما ردت عليه الهيئة بأن): the verb opens what it says of it
_WHICH_IT_BEFORE = re.compile(r"(?<!\w)(?:وهو|وهي|وهذا|وذلك)\s+ما\s+$")


# أما opening a clause: its topic answers with ف (أما X، فقال)
_AMMA = re.compile(r"\s*و?أما\s")


_IN_IT = frozenset(fold(w) for w in ("فيه", "فيها", "فيهم", "عنه", "عنها", "عنهم"))  # a preposition and its pronoun


def _before_where_said(ws: list[str]) -> list[str]:
    """The words between an Arabic verb and its marker up to where it was said (ووصفت الخطوة في بيان بأنها، وأبلغت
    الشركة زبائنها في إشعار نشرته بأن: up to في)."""
    return ws[:next((i for i in range(1, len(ws) - 1) if fold(ws[i]) == "في"), None)]


# Arabic relative pronouns after a comma (، الذي، التي ...)
_COMMA_THEN_RELATIVE = r"[،,]\s*(?:الذي|التي|الذين|اللذان|اللتان|اللواتي|اللاتي)"
# a relative pronoun right after a comma, before the verb of its clause (، الذي قال)
_RELATIVE_AFTER_COMMA = re.compile(_COMMA_THEN_RELATIVE + r"\s*$")
# a relative clause opening with its reporting verb (، الذي قال، التي أكدت)
_RELATIVE_THEN_VERB = re.compile(_COMMA_THEN_RELATIVE + r"\s+(?P<w>[^\W\d_]+)")
# how far a relative's report may run before the main verb's content resumes after it (characters)
_LONGEST_RELATIVE_REPORT = 240


def _content_after_relative_report(text: str, relative_verb: re.Match, relative_marker: tuple[int, int], end: int,
                                   pat: LanguagePatterns, clause_start: int, verb: str) -> tuple[int, int] | None:
    """For a verb whose subject has a relative clause reporting speech of its own (وأضاف المتحدث، الذي قال إنه
    يتفهم الغضب، أن الحكومة ستدعم): the (marker start, content start) of the verb's own content, right after the
    comma closing the relative's report; else None."""
    if not _RELATIVE_AFTER_COMMA.search(text[max(0, relative_verb.start() - 12):relative_verb.start()]):
        return None
    limit = min(end, relative_marker[1] + _LONGEST_RELATIVE_REPORT)
    for comma in COMMA.finditer(text, relative_marker[1], limit):
        marker = _arabic_marker(text, comma.end(), limit, pat, clause_start, verb)
        between = words(text, comma.end(), marker[0]) if marker else []
        if marker and (not between or len(between) == 1 and fold(between[0]) in AR_PREPOSITIONS):
            return marker  # (its marker right after the comma: أن، بأن، إلى أن)
    return None


def relative_report(text: str, frame_start: int, content_start: int, pat: LanguagePatterns) -> tuple[int, int] | None:
    """The span of the content a relative clause on the speaker reports between an Arabic frame's verb and the
    frame's own content (وأضاف المتحدث، الذي قال إنه يتفهم الغضب، أن: `إنه يتفهم الغضب`), else None."""
    if pat.language != "ar":
        return None
    relative = _RELATIVE_THEN_VERB.search(text, frame_start, content_start)
    if relative is None:
        return None
    marker = _arabic_marker(text, relative.end(), content_start, pat, frame_start, relative.group("w"))
    closing = last_match(COMMA, text, marker[1], content_start) if marker else None
    return (marker[0], closing.start()) if closing and words(text, marker[1], closing.start()) else None


# the items' heading after a comma closing a list's frame (، أبرزها:، ومنها:): the most prominent of them, among them
_AMONG_THEM_CLOSING = re.compile(r"[،,]\s*و?(?:أبرزها|أهمها|منها|من\s+بينها|أبرزهم|أهمهم|منهم|من\s+بينهم)\s*$")
# a few words (the subject), then the colon or the mark opening a quotation
_TO_A_QUOTATION = re.compile(r"[^،,.:؛\"«“]{0,40}[:\"«“]")


def without_its_quotation(text: str, verb: re.Match, end: int, pat: LanguagePatterns) -> bool:
    """Is `verb` one that reports only a quotation (اعترضت: «X») with none after it (في حين اعترضت السلطات نحو 80
    ألف شخص: intercepted), so no speech?"""
    return fold(verb.group("w")) in pat.quotation_only and not _TO_A_QUOTATION.match(text, verb.end(), end)


def arabic_frame(text: str, start: int, end: int, pat: LanguagePatterns,
                 starts: PhraseStarts | None = None) -> Frame | None:
    starts = starts or PhraseStarts(text, start, end, pat)
    for vm in starts.finditer(pat.verb, start, end):
        vs, ve = vm.span()
        if _a_preposition(text, start, vm, pat) or _is_named(text, vm) and text[max(start, vs - 3):vs].strip() in (
                "،", ","):
            continue  # (لكن إحداهن، وتدعى لين، اعترضت: her name set off, no claim of hers; but `قال سائق يدعى
            # سيد فتحي إنه`, the name right after the speaker, is read with يدعى as the frame's verb)
        if (fold(vm.group("w")) in pat.homographs and not _clause_initial(text, start, vs)
                and not after_subordinator(text, start, vs, pat) and not _BI_ANNA.match(text, ve, end)
                and not _QAD_BEFORE.search(text, max(start, vs - 5), vs)
                and not _WHICH_IT_BEFORE.search(text, max(start, vs - 12), vs)):
            continue  # (but الشافعي ردت بأن: its content right after it, بأن marking speech; after قد it is a verb:
            # وكان الخبير قد قدر أن; تظهر أن mid-clause is the content's own verb)
        if without_its_quotation(text, vm, end, pat):
            continue
        if fold(vm.group("w")) in pat.homographs and pat.inclusion.search(text, max(start, vs - 12), vs):
            continue  # وتشمل أبرز الزيادات: the object of what includes, an elative (the most prominent), no verb
        if _verbal_noun(text, start, vs):
            continue  # عن كشف، من إعلان، عدم ذكر: a verbal noun after a preposition, not a verb
        if fold(vm.group("w")) in _IMPERSONAL and _IMPERSONAL_MARKER.match(text, ve, end):
            continue  # يذكر أن، يشار إلى أن: `it is worth noting`, the article's own voice
        if _received(text, ve, end):
            continue  # في بلاغ توصلت به الجريدة: what the paper received
        marker = _arabic_marker(text, ve, end, pat, start, vm.group("w"))
        if marker is None:
            continue
        where = _WHERE_ASIDE_THEN_ANNA.search(text, ve, min(end, ve + 240))
        if where and where.start() < marker[0] < where.end():
            marker = _arabic_marker(text, where.end() - 1, end, pat, start, vm.group("w")) or marker  # (past the
            # aside on where the speakers are, its own report inside it, to the frame's content)
        move = IN_A_MOVE_AR.search(text, max(start, vs - 16), vs)
        if move and words(text, ve, marker[0]) and words(text, start, move.start()) and not (
                pat.cue.search(text, start, move.start()) or starts.search(pat.verb, start, move.start())):
            continue  # ورفع الفائدة، في خطوة قال محللون إنها تهدف إلى: another party's word on the move, in a
            # relative on it, the narration's (as `in a move analysts said was aimed at`; but في خطوة قالت إنها:
            # the actor's own word on it, a report; and a clause split off after a frame, بحسب الوزير، في خطوة
            # حذر اقتصاديون من أنها, is the judging party's, as in English)
        nearer = next((m for m in starts.finditer(pat.verb, ve, marker[0]) if not _verbal_noun(text, start, m.start())
                       and not (fold(m.group("w")) in pat.homographs and text.startswith(("،", ","), m.end()))
                       and not _received(text, m.end(), end)),
                      None)  # (مسؤول فضل عدم ذكر اسمه إن: ذكر is a noun there, the content is قال's; وقال لوه بين،
        # المتحدث: a name's last word, a homograph closed by a comma; وأوضحت في بلاغ توصلت به هسبريس أن: what the
        # paper received, the content أوضحت's)
        resumed = _content_after_relative_report(text, nearer, marker, end, pat, start, vm.group("w")) if (
            nearer) else None
        if resumed:  # (وأضاف المتحدث، الذي قال إنه يتفهم الغضب، أن الحكومة: the relative's report is an aside of
            # the subject, the main verb's content comes after it)
            subject_end, marker = nearer.start(), resumed
        else:
            subject_end = marker[0]
        if nearer and not resumed and not (COMMA.search(text, ve, nearer.start()) and COMMA.search(
                text, nearer.end(), marker[0])):
            continue  # the content belongs to a nearer verb (تدعى X، كشفت ما تقول إنه), unless that verb sits in an
            # aside between commas (ولفتت الصحيفة، التي تعد من أكثر الصحف انتشارا، إلى أن)
        if text[marker[0]] in _QUOTE_CHARS and (_homograph_far_from_quote(text, vm, marker[0], pat)
                                                 or _cue_verb_then_content(text, start, vm, marker[0], pat)
                                                 or _inscribed(text, vm, marker[0])):
            continue  # وتقدر كلفة المشروع في المرحلة الأولى "بنحو ...": estimated at, not said; وفق ما نقلت X، إحالة
            # الملف "لاتخاذ ...": the cue's verb
        if text[marker[0]] in _QUOTE_CHARS and fold(" ".join(words(text, ve, marker[0])[-1:])) in pat.name_heads:
            continue  # أعلنت شركة "البيضاء للنقل الحضري" رفع ثمن التذكرة: the quotation is the body's name, no content
        told = fold(vm.group("w")) in pat.object_verbs and (text[vs] not in "وف" and bool(words(text, start, vs))
                                                            or bool(_QAD_BEFORE.search(text, max(start, vs - 5), vs)))
        # (وكيل أعماله، ألبرتو سيرانو، أبلغ إذاعة "كادينا سير" بأن: the subject before, the listener after; so after
        # قد, وكان X قد وصف الأزمة بأنها)
        after = arabic_subject_after(text, ve, subject_end, pat)
        if fold(vm.group("w")) in pat.object_verbs:
            between = _before_where_said(words(text, ve, marker[0]))
            if len(between) > 2 and fold(between[-1]) in _IN_IT:  # (وتصف الأمم المتحدة الوضع فيه بأنه: the object,
                between = between[:-1]  # then where it is, before the marker)
                after = " ".join(w for w in after.split() if fold(w) not in _IN_IT)
            if between[-1:] == after.split()[-1:]:
                after = _without_object(after, vm.group("w"))  # (a subject the marker ended, its object in it)
        after = _without_quoted_addressee(text, ve, marker[0], after, pat)
        among = _AMONG_THEM_CLOSING.search(after) if text[marker[0]] == ":" else None
        if among:  # (وأعلنت الهيئة حزمة من الإجراءات، أبرزها: the list's frame; its subject, not the object before
            # the items it heads)
            after = main_subject(text, start, text.rfind("،", start, marker[0]), pat) or after[:among.start()]
        if after and fold(vm.group("w")) in pat.noun_content and derived_verbal_noun(after.split()[0]):
            after = ""  # `، ونفت استهداف المدنيين`: what is denied, a verbal noun; the subject is carried over
        before_verb = told or (after.startswith("ل") and not after.startswith("لل") and text[vs] not in "وف"
                               and bool(words(text, start, vs)))
        # (لكن مصدرا في الإدارة قال لعنب بلدي إن: the subject before the verb, whom it was said to after it; and a
        # verb opening a clause split off after its subject's apposition, رنا، وهي معلمة ...، قالت لعنب بلدي إنها:
        # whom it was said to, the subject carried over)
        addressed = (not before_verb and after.startswith("ل") and not after.startswith("لل") and text[vs] not in "وف"
                     and not words(text, start, vs) and len(after.split()) <= 3
                     and text[:vs].rstrip().endswith(("،", ",")))
        speaker = "" if addressed else (before_verb and arabic_subject_before(text, start, vs, pat)
                                        or _document_issuer(text, ve, marker[0], pat) or after
                                        or _source_of_saying(text, ve, marker[0]))
        subject_first = words(text, start, vs) if text[marker[0]] == ":" and after else []
        if (0 < len(subject_first) <= 5 and subject_first[0][0] not in "وف" and fold(subject_first[0]) not in (
                AR_PREPOSITIONS) and not starts.search(pat.verb, start, vs) and not COMMA.search(text, start, vs)):
            # `رابطة أساتذة الثانوي تعلن الإضراب المفتوح: لن نعود`: a headline's subject before its verb, what it
            # announced after it, then its words
            speaker = " ".join(subject_first)
        if text[vs] == "ف" and (after.startswith("ل") and not after.startswith("لل") or fold(
                vm.group("w")) in pat.object_verbs) and _AMMA.match(text, start, vs):
            # أما المتحدث باسم الاتحاد، خالد الزهراني، فقال لسكاي نيوز عربية إن: the topic of أما speaks, whom it was
            # said to after the verb (or told: أما الاتحاد الآسيوي فأبلغ الأندية أنها)
            speaker = main_subject(text, start, vs, pat) or speaker
        resumptive = fold(text[ve:marker[0]].strip()) in _RESUMPTIVE
        if is_pronoun(speaker, pat) and _embedded_what(text, start, vs):
            continue  # لوح نتنياهو بما قال إنه جزء من طائرة: what he said it was, inside the narrated act
        if is_pronoun(speaker, pat) and text[vs] == "و" and _verb_first_with_asides(text, start, vs):
            # ورفضت شركة X، التي ...، الادعاء وقالت إن: the verb joined by و takes the subject of the clause's first
            # verb, not the last stretch between commas (its object)
            speaker = main_subject(text, start, vs, pat) or speaker
        but_he = _BUT_HE_BEFORE.search(text, max(start, vs - 12), vs) if is_pronoun(speaker, pat) else None
        if but_he and but_he.start() > start:
            # ورفض المتحدث التعليق لكنه قال إن: the pronoun on لكن is the subject of the clause it is joined to
            speaker = main_subject(text, start, but_he.start(), pat) or speaker
        if is_pronoun(speaker, pat):
            speaker = arabic_subject_before(text, start, vs, pat)
            if resumptive and speaker and _a_speech_setting(speaker.split()[0], pat):
                # (وأصدرت الوزارة، الثلاثاء، بيانا قالت فيه: who issued the statement, not the statement)
                speaker = _author_before(text, start, vs, pat) or speaker
            if speaker[:1] in _QUOTE_CHARS:
                speaker = clean_speaker(speaker)  # (وكانت «القدس العربي» قد علمت: a name quoted whole)
        if is_pronoun(speaker, pat) and resumptive:
            speaker = _author_before(text, start, vs, pat)  # بيانا لمتحدث باسم X قال فيه: the author
        elif (is_pronoun(speaker, pat) and len(words(text, _clause_start(text, start, vs), vs)) > 2
              and not _after_pronoun_clause(text, start, vs, pat)
              and not _pronoun_then_auxiliary(text, start, vs, pat)):
            continue  # مواقع قالت إنها ...: a verb inside a relative clause, the sentence is narration
        relayed = _RELAYED_FROM.match(text, vm.end(), marker[0]) if not speaker and fold(
            vm.group("w")).lstrip("وف") in ("نقل", "نقلت") else None
        if relayed:  # (ونُقل عن مصدر في الأمانة، طلب عدم الكشف عن اسمه، أن: relayed from the source, who speaks)
            speaker = arabic_subject_after(text, relayed.end(), marker[0], pat)
        if in_a_speaking_person(vm.group("w"), pat):
            speaker = ""  # (دكتورة، قلتِ قبل قليل إن: I or you said it, the one speaking or spoken to, whom the
            # turn tells; never the noun before, a word of address)
        return Frame(vs, marker[1], None if is_pronoun(speaker, pat) else speaker, vm.group("w"))
    if text.find("أن", start, end) >= 0:
        return _noun_frame(text, start, end, pat) or purpose_frame(text, start, end, pat)
    return purpose_frame(text, start, end, pat) if text.find("إن", start, end) >= 0 else None


def in_a_speaking_person(verb: str, pat: LanguagePatterns) -> bool:
    """Is the reporting verb as written in the first or second person: a form the lexicon marks so (قلتِ، قلنا), or
    a past opening with a hamzat wasl written with أ (وأعتقد أن: I believe, not اعتقد, he believed)?"""
    written = verb.lstrip("وف")
    return fold(written) in pat.speaking_persons or written.startswith("أ") and fold(written) in pat.wasl_pasts


# verbs that make a purpose no act yet (urged the minister to say that; declined to say whether; the Arabic ones
# are NOT_YET_AR)
_NOT_YET_EN = re.compile(r"\b(?:set|due|likely|unlikely|going|declined|declines|refused|refuses|allowed|able|unable|"
                         r"tried|tries|failed|agreed|promised|ready|about|willing|reluctant|afraid|seemed|seems|"
                         r"appeared|appears|has|have|had|is|are|was|were|be|been|not|never|would|could|should|will|"
                         r"may|might|must)\s+$", re.IGNORECASE)
# a statement still to come, its subject's to make (`Mr Harland is expected to tell MPs on Monday that X`, `The
# minister plans to say that X`: the audit golds credit the subject); not `urged the minister to say`, whose subject
# asks for it
_STILL_TO_SAY = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|due|set|scheduled|poised)|plans?|"
                           r"intends?|is|are)\s+to\s+$", re.IGNORECASE)
# (a call or a wish with its object between: urged the minister to confirm that)
_CALLED_ON_EN = re.compile(r"\b(?:urged?|urging|called on|asked|asks|told|tells|wants?|wanted|expected|expects|"
                           r"plans?|planned|planning|hopes?|hoped|forced|pressed|intends?|intended|needs?|needed)\b",
                           re.IGNORECASE)


def purpose_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> Frame | None:
    """A reporting verb of purpose after a narrated act of its subject: `وخرج الوزير في مؤتمر صحفي ليؤكد أن X`,
    `The minister took to Twitter to say that X`. X is the subject's claim (he went out to say it, and said it);
    not after a call or a wish (دعت المعارضة الحكومة لتعلن أن; urged him to announce that). (A statement still to
    come, `is expected to say that`, is english_frame's: _STILL_TO_SAY.)"""
    found = pat.purpose_verb.search(text, start, end)
    if found is None:
        return None
    if pat.language == "ar":
        marker = _arabic_marker(text, found.end(), end, pat, start, found.group("w"))
        if marker is None or NOT_YET_AR.search(text, start, found.start()):
            return None
        content = marker[1]
    else:
        said = words(text, found.end(), min(end, found.end() + 40))[:1]
        if _NOT_YET_EN.search(text, max(start, found.start() - 20), found.start()) or _CALLED_ON_EN.search(
                text, max(start, found.start() - 60), found.start()) or not _says_a_clause(found.group("w"), said):
            return None
        content = found.end()
    subject = main_subject(text, start, found.start(), pat)
    if not words(text, start, found.start()) or subject is None and pat.language == "ar":
        return None
    return Frame(found.start(), content, None if subject is None or is_pronoun(subject, pat) else subject,
                 found.group("w"))


def _says_a_clause(verb: str, said: list[str]) -> bool:
    """Do the words `said` after an English infinitive `verb` open its content clause: `that`, or after `say`
    (which needs no that) an article or a subject pronoun (to say the results were rigged, to say they)?"""
    return bool(said) and (fold(said[0]) == "that" or fold(verb) == "say" and (
        fold(said[0]) in ARTICLES or fold(said[0]) in _SUBJECT_PRONOUNS))


def _noun_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> Frame | None:
    """`مع إعلان المؤسسة الوطنية للنفط أن الإنتاج بلغ`: a reporting verb's noun, its genitive the party and أن its
    content (the noun's own clause, if any, is no claim: the annotations keep only the content)."""
    found = pat.reporting_noun.search(text, start, end)
    if found is None:
        return None
    party = found.group("party").split()
    head = fold(party[0])
    if (not (party[0].startswith("ال") or head in pat.name_heads or head in pat.person_roles)
            or any(fold(w) in AR_PREPOSITIONS or pat.verb.fullmatch(w) for w in party)
            or _QUOTE_MARK.search(found.group("party"))):
        return None  # (a definite party or a body's or a role's noun, no preposition nor verb in it: إعلان الوزارة أن,
        # تأكيد وزارة الصحة أن; not إعلان في بيان أن)
    return Frame(found.start(), found.start("marker"), clean_speaker(found.group("party")), found.group("w"))


def _verb_first_with_asides(text: str, start: int, verb: int) -> bool:
    """Does text[start:verb] open with a verb after و (ورفضت، وأعلنت), with a definite noun after its last comma
    (the verb's object after an aside of its subject, not a clause: ، وهو ما رفضته النقابات)?"""
    first = words(text, start, min(verb, start + 20))[:1]
    if not first or first[0][0] != "و" or first[0].startswith("وال"):
        return False
    comma = last_match(COMMA, text, start, verb)
    after = words(text, comma.end(), verb)[:1] if comma else []
    return bool(after) and after[0].startswith("ال")


_QUOTED_LAST = re.compile(r"(\S+)\s+[«\"“]([^«»\"“”]{1,30})[»\"”]\s*$")


def _without_quoted_addressee(text: str, start: int, end: int, subject: str, pat: LanguagePatterns) -> str:
    """`وأفادت مصادر مطلعة في المؤسسة «الراي» بأن`: a quoted name closing the words between the verb and its
    content, after a subject that is no head of a name (وكالة «سانا»، صحيفة «الراي»), is whom it was told to."""
    quoted = _QUOTED_LAST.search(text, max(start, end - 60), end)
    if quoted is None or quoted.start() < start:
        return subject
    before = fold(quoted.group(1))
    if before.removeprefix("ال") in pat.name_heads or before.removeprefix("ال") in pat.source_nouns or before == "في":
        return subject  # (and محللون في «غولدمان ساكس»: where they work, the name in the subject)
    name = quoted.group(2).split()
    ws = subject.split()
    return " ".join(ws[:-len(name)]) if len(ws) > len(name) and ws[-len(name):] == name else subject


def _without_object(phrase: str, verb: str) -> str:
    """The subject of a verb that takes an object before its content (أبلغ الوزير الصحفيين أن، وتصف الأمم المتحدة
    الأزمة بأنها): the phrase up to a possessed noun after the first word (أبلغ الوزير أحمد عطاف نظيره الفرنسي),
    else without its last word. A verb carrying its object as a pronoun (أبلغه، وصفته) has none to drop."""
    ws = phrase.split()
    carried = fold(verb).endswith(("ه", "ها", "هم", "هما", "ني", "نا"))  # (أخبرني السكان: me, us)
    if len(ws) == 1 and ws[0].startswith("ال") and not carried:
        return ""  # (ويصف الأزمة بأنها: the object alone, the subject carried over)
    if len(ws) < 2 or carried:
        return phrase
    possessed = next((i for i, w in enumerate(ws[1:], 1) if not w.startswith("ال") and w.endswith(("ه", "ها", "هم"))
                      and not w.endswith("ته") and len(w) >= 4), None)
    return " ".join(ws[:possessed] if possessed else ws[:-1])


_WHAT = frozenset(fold(w) for w in ("ما", "بما", "مما", "عما"))
# what opens an appositive clause about the clause before (، وهو ما تقول أحزاب إنه ...)
APPOSED_CLAUSE_OPENERS = frozenset(fold(w) for w in ("وهو", "وهي", "وهذا", "وهذه", "وذلك"))
_APPOSITIVE_OPENERS = APPOSED_CLAUSE_OPENERS | {fold("هو"), fold("هي")}


def _embedded_what(text: str, start: int, verb: int) -> bool:
    """Is the verb at `verb` in a `ما` clause inside a narrated clause (عرض الوزير ما قال إنها أدلة: what he said
    they were), not in an appositive one (، وهو ما تقول أحزاب إنه ...: a report of its own)?"""
    before = words(text, max(start, verb - 30), verb)
    return (len(before) >= 2 and fold(before[-1]) in _WHAT and fold(before[-2]) not in _APPOSITIVE_OPENERS
            and not before[-2].endswith(("،", ",")))


def _verbal_noun(text: str, start: int, verb: int) -> bool:
    """Is the verb form at `verb` a verbal noun, after a preposition or a governing noun (عن كشف، عدم ذكر)?"""
    prev = words(text, max(start, verb - 12), verb)
    return bool(prev) and (fold(prev[-1]) in AR_PREPOSITIONS or fold(prev[-1]) in _MASDAR_GOVERNORS)


# a comma and a past verb in the feminine or masculine opening an aside on a document (، تلقت «الخبر» نسخة منه)
_VERB_ASIDE_AR = re.compile(r"\s*[،,]\s*(?:[^\W\d]{3}ت|تلقى|اطلع|اطلعت|حصل|حصلت)(?!\w)")


def _document_issuer(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """`وذكر تقرير لمنظمة X أن`, `وأكد بيان صادر عن الرئاسة أن`: the party that issued the document the verb's
    subject names, which is who the article credits; None when the subject is no such document."""
    link = pat.document_issuer.match(text, start, end)
    if link is None:
        return None
    issuer = without_preposition_lam(text[link.end():end].lstrip(), pat)
    first = issuer.split(maxsplit=1)[:1]
    if first and text[link.end():end].lstrip().startswith("ل") and (
            derived_verbal_noun(first[0]) or FORM_FIVE_MASDAR.fullmatch(first[0])):
        # `وأظهرت بيانات لتتبع السفن أن`: data for tracking ships, what it is for, no issuer: the document speaks
        document = words(text, start, end)
        return " ".join(document) if len(document) <= 5 else None
    aside = _VERB_ASIDE_AR.search(issuer)
    if aside:
        issuer = issuer[:aside.start()]  # (بيان للوزارة، تلقت «الخبر» نسخة منه، بأن: an aside on the statement)
    return " ".join(_without_coming_out(arabic_subject_after(issuer, 0, len(issuer), pat).split())) or None
    # (تقرير للبنك المركزي صدر أمس: when it came out, no part of it)


_BUT_HE_BEFORE = re.compile(BUT_HE.pattern + r"\s*$")


def _pronoun_then_auxiliary(text: str, start: int, verb: int, pat: LanguagePatterns) -> bool:
    """`لكنه كان قد صرح`: only a conjunction with its pronoun, then كان and قد, before the verb: its subject is the
    pronoun's, the party named before."""
    ws = words(text, _clause_start(text, start, verb), verb)
    while ws and (fold(ws[-1]) in pat.auxiliaries or fold(ws[-1]) in ("قد", "لقد")):
        ws = ws[:-1]
    return len(ws) == 1 and BUT_HE.fullmatch(ws[0]) is not None


def _after_pronoun_clause(text: str, start: int, verb: int, pat: LanguagePatterns) -> bool:
    """`إلا أنها سارعت وقالت`: a verb joined by و to a clause whose subject is a pronoun, who speaks."""
    if not text.startswith(("و", "ف"), verb):
        return False
    ws = strip_particles(words(text, _clause_start(text, start, verb), verb), pat)
    return bool(ws) and is_pronoun(ws[0], pat)


def _homograph_far_from_quote(text: str, verb: re.Match, quote: int, pat: LanguagePatterns) -> bool:
    """A homograph (تابع، تقدر) introduces a quotation only from close by: `وتابع "..."`, `وتابع الوزير "..."`,
    not `وتقدر كلفة المشروع في المرحلة الأولى "بنحو ..."` (is estimated at)."""
    if fold(verb.group("w")) not in pat.homographs:
        return False
    between = words(text, verb.end(), quote)
    # (but `وتابع في تصريح للجزيرة نت "..."`: where it was said, right after the verb)
    where_said = (1 < len(between) <= 6 and fold(between[0]) in ("في", "خلال")
                  and fold(between[1]) in pat.speech_settings)
    return len(between) > 3 and not where_said


_RESUMPTIVE = frozenset(fold(w) for w in ("فيه", "فيها", "فيهما"))


def _author_before(text: str, start: int, verb: int, pat: LanguagePatterns) -> str:
    """Who speaks in the statement, speech or post before `verb` (بيانا، كلمة، تغريدة): the لـX phrase right after
    it (بيانا لمتحدث باسم الوزارة قال فيه), else the subject of the verb that issued it (وأصدر مجلس إدارة النادي
    بيانا أكد فيه، وألقى الرئيس كلمة قال فيها); else nothing."""
    setting = None
    for m in _LETTER_RUN.finditer(text, max(start, verb - 160), verb):
        if _a_speech_setting(m.group(), pat):
            setting = m
    if setting is None:
        return ""
    ws = words(text, setting.end(), verb)
    if ws and ws[0].startswith("ل") and not ws[0].startswith("لل") and len(ws[0]) > 3:
        return " ".join([ws[0][1:].lstrip("ـ")] + ws[1:])
    issuer = main_subject(text, start, setting.start(), pat)
    return "" if not issuer or is_pronoun(issuer, pat) else issuer


def _a_speech_setting(word: str, pat: LanguagePatterns) -> bool:
    """بيان، بيانا، كلمة، تغريدة: a statement, speech or post one speaks in (with or without its accusative alif)."""
    return fold(word) in pat.speech_settings or word.endswith("ا") and fold(word[:-1]) in pat.speech_settings


_LETTER_RUN = re.compile(r"[^\W\d_]+")  # a word of letters, where it stands


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last comma before it (within 200 chars)."""
    cut = last_match(COMMA, text, max(start, pos - 200), pos)
    return cut.end() if cut else max(start, pos - 200)


# --- English -----------------------------------------------------------------------



def _object_then_infinitive(ws: list[str], pat: LanguagePatterns) -> bool:
    """`the vaccine to be safe`: an object and `to be` / `to have`, before any finite verb (`patients were most
    likely to be kept waiting` has its own)."""
    for k, w in enumerate(ws):
        if fold(w) in pat.finite:
            return False
        if w == "to" and k + 1 < len(ws) and ws[k + 1] in ("be", "have"):
            return True
    return False


# verbs of expecting: with an object and an infinitive (expects sales to grow), what is expected is no clause of its
# own to cut the frame off from
_EXPECTING = frozenset(("expect", "expects", "expected"))  # (not `has forecast heavy to very heavy rain`)


def _expected_act(verb: str, text: str, content: int, end: int, pat: LanguagePatterns) -> bool:
    """`expects sales to grow`: a verb of expecting, then its object and an infinitive (no finite verb or `that`
    before it)."""
    if fold(verb) not in _EXPECTING:
        return False
    ws = [fold(w) for w in words(text, content, min(end, content + 80))[:7]]
    to = next((k for k, w in enumerate(ws) if w == "to"), None)
    return bool(to) and to + 1 < len(ws) and ws[to + 1].isalpha() and not any(
        w in pat.finite or w == "that" for w in ws[:to])  # (but `expect highs of 114 to 117 degrees`: a range)


def expects_an_act(text: str, fr: Frame, end: int, pat: LanguagePatterns) -> bool:
    """`Insurers expect claims to run into millions`: the frame's verb expects, its object does the infinitive.
    The claim is the whole clause, the subject's expectation (the gold keeps `The carmaker expects parts to be
    available`, subject and all)."""
    return pat.language == "en" and _expected_act(fr.cue or "", text, fr.content_start, end, pat)


# where a statement went, its participle and agent or addressee (received by the paper, sent to reporters)
_RECEIVED = frozenset(("received", "obtained", "seen", "sent", "emailed", "delivered"))
_CARRIED = frozenset(("carried", "published", "issued", "released", "posted", "broadcast", "aired", "run"))
# after an addressee, a participle before one of these is a reduced relative, not the content's verb (`told reporters
# gathered outside the building that`)
_PLACE_PREPOSITIONS = frozenset(("outside", "inside", "at", "in", "near", "around", "on", "for", "by"))


_ANONYMITY_SET_OFF = re.compile(r",\s*(?:asking|speaking|requesting|who\s+(?:asked|spoke|declined|requested))\b"
                                r"[^,]{0,80},")


_BRACKETED = re.compile(r"\([^()]{1,150}\)")


def english_content_start(text: str, pos: int, end: int, verb: str, pat: LanguagePatterns) -> int | None:
    """Where the content of an English reporting verb or participle ending at `pos` starts (`said in a
    statement on Tuesday that X`: at `that`), or None."""
    ms = list(re.finditer(r"[^\s]+", text[pos:min(end, pos + 200)]))
    if ms and ms[0].group() in (",", "،", "-", "–", "—") and len(ms) > 1:
        ms = ms[1:]  # (acknowledged, however, that X: the comma before an adverb set off; said — in a speech to
        # parliament — that X: the dash before an aside)
        closing = next((k for k, m in enumerate(ms[:6]) if m.group().endswith(",")), None)
        if closing is not None and closing + 1 < len(ms) and ms[closing + 1].group() == "that":
            return pos + ms[closing + 1].start()  # (argued, correctly I think, that X: the speaker's own aside)
    if not ms or fold(ms[0].group()) in NO_CONTENT and len(ms) > 1 and fold(ms[1].group()) in NO_CONTENT_AFTER:
        return None  # (`it says nothing about whether ...`: an amount, not something said)
    if ms[0].group() in ("and", "or", "but"):
        return None  # `breaks global trade rules and will cost`: a noun, then the clause going on
    if fold(verb) in pat.gerund_content and _opens_with_a_gerund(text, pos + ms[0].start(), pat):
        return pos + ms[0].start()  # (`recalled waiting eleven weeks for her payment`: what she went through)
    if fold(verb) in _TELLING and _THE_SAME_THING.match(text, pos, end):
        return None  # (`Tomorrow, they tell us the same thing.`: what they repeat, no content)
    anonymity = _ANONYMITY_SET_OFF.search(text, pos, min(end, pos + 160))
    if anonymity and not pat.anonymity_aside.search(anonymity.group()):
        anonymity = None
    if anonymity:  # `told Reuters, asking not to be named, that X`: why the source has no name, no content
        ms = [m for m in ms if not anonymity.start() <= pos + m.start() < anonymity.end()]
        if not ms:
            return None  # (the aside closes the stretch: no content after it)
    if "(" in text[pos:pos + 200]:  # (`told Enab Baladi (she asked that her full name be withheld) that X`: an aside
        # in brackets, no content)
        bracketed = [b.span() for b in _BRACKETED.finditer(text[pos:min(end, pos + 200)])]
        ms = [m for m in ms if not any(s <= m.start() < e for s, e in bracketed)] or ms
    if fold(verb) in _TELLING:
        told = [fold(m.group()) for m in ms[:6]]
        to = next((i for i, w in enumerate(told) if w == "to"), None)
        if to and to <= 4 and not any(w in pat.finite or w in _SUBJECT_PRONOUNS or w == "that"
                                      or len(w) > 5 and w.endswith("ed") for w in told[:to]):
            # (but `told Reuters the ministry wanted to`: a clause's own past verb before the infinitive)
            return None  # `Keele told two junior analysts to record the positions`: an instruction, no content
    if ms[0].group() == "to" and not fold(verb).startswith("claim"):
        return None  # `they did not expect to meet the target`: an infinitive, no content of its own (but `One
        # website claimed to have sent 20,000 orders` claims it)
    if ms[0].group() in ("out", "up") and not [m.group() for m in ms[:2]] == ["up", "to"] or [
            fold(m.group()) for m in ms[:2]] == ["the", "following"]:
        return None  # found out when, reported the following results: no content (but `said up to 120 posts`)
    if fold(verb).startswith("add") and (ms[0].group()[:1].isdigit() or fold(ms[0].group()) in _COUNTS or (
            fold(ms[0].group()) in pat.quantifiers and len(ms) > 1 and ms[1].group()[:1].isdigit())):
        return None  # `Ryan Hale added two more in the second half`, `which adds about 14 miles`: added things, not
        # words (GUIDELINES)
    if ms[0].group().strip(",.") in ("no", "yes") and (len(ms) == 1 or ms[0].group()[-1:] in ",." or ms[1].group() in (
            "to", "outright", "and", "again", "immediately", "flatly", "firmly", "straight")):
        return None  # (`Five said no outright and the sixth quoted me`: an answer narrated, no content; but `said no
        # one would`, a clause)
    if [m.group() for m in ms[:2]] == ["only", "that"]:
        return pos + ms[1].start()  # `saying only that X`: what was said, without the adverb
    if len(ms) > 2 and ms[0].group() == "about" and (ms[1].group() in ("a", "one", "half") or ms[1].group()[
            :1].isdigit()) and (ms[2].group().rstrip(",") in _FRACTIONS or ms[1].group() == "half"):
        return pos + ms[0].start()  # `said about a third of those who left took jobs`: a quantity, no topic
    if fold(verb) in pat.finding_verbs and _object_then_infinitive([m.group() for m in ms[:6]], pat):
        return None  # `Tests later found the vaccine to be safe`: a finding narrated, no content clause
    # said (on Friday / in a statement ...) that X  -> "that X"
    object_verb = fold(verb) in pat.object_verbs
    # (a where or when phrase may run longer: said in its monthly bulletin on monetary indicators that X)
    # (a verb taking its preposition, `posted on`, opens its where phrase: `posted on its account ... that X`)
    where_first = fold(verb).endswith(" on") or _WHERE_OR_WHEN.match(ms[0].group()) is not None or any(
        m.group().strip(",") == "ago" for m in ms[1:4]) or len(ms) > 1 and ms[0].group() in (
        "shortly", "soon", "moments", "minutes", "hours", "days", "weeks") and ms[1].group() in ("after", "before")
    # (said two days ago that X, a moment ago, shortly after the news conference: when)
    reach, quoted = 12 if object_verb or ms[0].group() in ("in", "at", "during", "on") or fold(verb).endswith(
        " on") else 7, False
    for k, m in enumerate(ms[:reach + 6]):
        # (a quoted name, `with CNBC's "Squawk Box Europe" that`, counts as one word)
        inside, quoted = quoted, quoted != (m.group().count('"') + m.group().count("“") + m.group().count("”")) % 2
        if inside or quoted:
            reach += 1
        nxt_word = ms[k + 1].group() if k + 1 < len(ms) else ""
        if m.group().endswith(",") and nxt_word.islower() and nxt_word.endswith(("ed", "en")) or (
                nxt_word in _CARRIED and k + 2 < len(ms) and ms[k + 2].group() == "by"):
            reach += 6  # `said in a letter to the company, seen by the Financial Times, that X` / `said in a
            # statement carried by the official Kuwait News Agency KUNA that X`: past the aside
        if k >= reach:
            break
        w = m.group().lower().strip(",:")
        if w in _WH_WORDS:
            break  # `agrees on how quickly that shift is happening`: a question's word, no `that` content follows
        if w == "that":
            if fold(nxt_word).strip(",.") in _NO_CLAUSE_AFTER_THAT and len(ms) - k <= 5:
                break  # (`I've been telling the board that since 2022`: that, the pronoun, then when; no content)
            if (k and not object_verb and not where_first
                    and fold(ms[0].group().strip(",")) not in pat.adverbials):  # (told the meeting that: its addressee)
                break  # `finds microbe that eats PCBs`: a relative after the verb's object, not its content
            if object_verb and k > 3 and _SUBJECT_AND_VERB.search(text, pos, pos + m.start()):
                break  # `tells NPR the group supports X but opposes any plan that would`: the content began before
            return pos + m.start()
        if w in ("he", "she", "it", "they", "we", "i", "you") or fold(w) in pat.finite and not m.group().startswith(
                "May") or (  # (warned in May that: the month, not the modal)
                w.endswith("ed") and k > 0 and fold(ms[k - 1].group()) not in pat.determiners
                and fold(ms[k - 1].group()) not in _PREPOSITIONS and not (w in _CARRIED and nxt_word == "by")
                and not (w in _RECEIVED and nxt_word in ("by", "to"))  # (in a statement received by the paper that)
                and not (w in _ISSUED and k > 1 and fold(ms[k - 2].group()) in pat.determiners)  # (in a notice
                # posted late Monday that)
                and not (object_verb and k == 1 and fold(nxt_word) in _PLACE_PREPOSITIONS)):
            break  # `said it welcomed the idea that`: the content began before this "that" (`in an emailed
            # statement that`, `from informed sources that`: an adjective after its determiner or preposition)
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if k < 6 and nxt and (m.group().endswith(":") or m.group().endswith(",") and nxt.group()[0] in _QUOTE_CHARS):
            return pos + nxt.start()
    if object_verb:
        for k, m in enumerate(ms[1:10], 1):
            after_preposition = fold(ms[k - 1].group()) in _PREPOSITIONS
            w = fold(m.group())
            if after_preposition and w in pat.content_openers:
                return None  # told the story of how ...: an object, not content
            there_is = w == "there" and k + 1 < len(ms) and fold(ms[k + 1].group()) in pat.finite
            if k >= 7 and not there_is:
                continue  # (past a long addressee only `there was` opens the content: `told a banking conference
                # in Hamburg on Tuesday there was no need`)
            contracted = k and not after_preposition and CONTRACTION.search(w) is not None and CONTRACTION.sub(
                "", w) in _CONTRACTED_SUBJECTS  # (told me they've heard, it's been: a pronoun and its auxiliary)
            if (w in pat.determiners and not after_preposition) or w in pat.content_openers or (
                    m.group()[:1] in _QUOTE_CHARS) or there_is or contracted:
                return pos + m.start()
        for k in range(1, min(len(ms), 5)):
            # `told the BBC Mr Howard had always ...`: past the addressee, a name whose verb follows within three
            # words opens the content; after a named addressee, a noun whose verb follows within six does
            # (`told Reuters output from the Dubai field alone had risen`)
            prev = fold(ms[k - 1].group())
            if prev in pat.determiners or prev in _PREPOSITIONS or ms[k - 1].group().endswith(","):
                continue
            reach = 4 if ms[k].group()[:1].isupper() else 9 if ms[k - 1].group()[:1].isupper() and (
                fold(ms[k].group()) not in _PREPOSITIONS and fold(ms[k].group()) not in pat.adverbials) else 7 if (
                ms[k].group()[:1].isdigit() or fold(ms[k].group()) in _COUNTS) else 0  # (or a count: `told me two
            # of the teachers quit`, `told reporters 40 families had left`)
            verb_at = next((j for j in range(k + 1, min(len(ms), k + reach)) if fold(ms[j].group()).rstrip(
                ".,;:") in pat.finite), None)
            if verb_at is not None and not any(m.group().endswith(",") for m in ms[k:verb_at]):
                return pos + ms[k].start()  # (not past a comma: `As I told the Melbourne hearing in November, X
                # is`: the addressee's phrase, then the content after its comma)
        return None
    k = 0
    while k < len(ms) and k < 3 and fold(ms[k].group()) in pat.adverbials:
        k += 1
    if k < len(ms) - 1 and fold(ms[k].group()) in ("on", "last", "this") and ms[k + 1].group()[:1].isupper():
        k += 2
    elif k < len(ms) - 2 and fold(ms[k].group()) in ("last", "this", "next") and ms[k + 1].group() in _PERIODS and (
            fold(ms[k + 2].group()) not in pat.finite):
        k += 2  # `said last month it would be introduced`: when (but `said this year would be hard`: its subject)
    elif k < len(ms) - 1 and ms[k].group() in _WEEKDAYS:
        k += 1  # `Harmon Steel Corp. said Tuesday it will close`: when, as wire copy puts it, no part of the content
    if k + 1 < len(ms) and ((fold(ms[k].group()) + " " + fold(ms[k + 1].group())) in pat.quantifiers or (
            fold(ms[k].group()) in pat.quantifiers and (ms[k + 1].group()[:1].isdigit()
                                                         or fold(ms[k + 1].group()) in _COUNTS))):
        return pos + ms[k].start()  # said at least 40 / about 500 people / about one in five: a quantity opens
    if k < len(ms) and fold(ms[k].group()) in _PREPOSITIONS:
        k = _clause_after_phrases(ms, k, pat, fold(verb) in pat.noun_content)  # said in a statement on Tuesday
        # (that) it had ...
        if k is None:
            return None
    if k >= len(ms):
        return None
    return pos + ms[k].start()


_SUBJECT_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "there"))
# an auxiliary or a modal joined to the word before it (you're, they've, it's, I'd)
CONTRACTION = re.compile(r"['’](?:re|s|ll|ve|d|m)$")
# what opens a content with its auxiliary joined to it (told me they've heard, it's been, that's)
_CONTRACTED_SUBJECTS = _SUBJECT_PRONOUNS | {"you", "that"}
# words after which `that` is a pronoun closing its clause, no content opening (told them that since May, said that
# for years, said that again)
_NO_CLAUSE_AFTER_THAT = frozenset(("since", "for", "again", "already", "before", "repeatedly", "often", "too", "",
                                   "all", "every", "many", "publicly", "privately"))


# determiners opening a noun phrase: the content's subject after the phrases (said in Washington no complaint had)
_PHRASE_OPENERS = frozenset(("the", "a", "an", "no", "some", "many", "most", "all", "several", "its", "their", "his",
                             "her"))


# where something is said or written, a phrase after the verb that is no part of the content
_WRITTEN_IN = ("note", "statement", "interview", "email", "letter", "post", "report", "briefing", "speech", "video",
               "podcast", "call")  # what words are written or said in (see _WHERE_WRITTEN)
_VENUE_NOUNS = frozenset(_WRITTEN_IN + ("conference", "meeting", "parliament", "court", "address"))


def _clause_after_phrases(ms: list[re.Match], k: int, pat: LanguagePatterns, noun: bool = False) -> int | None:
    """Index of the clause after prepositional phrases (`in a statement on Tuesday it had cut`): a subject
    pronoun, or a determiner whose noun phrase is followed by a finite verb; None when there is none. `noun`: the
    verb takes a noun as its content (denied in a statement the claims of X), which a determiner opens."""
    for i in range(k + 1, min(len(ms), k + 10)):
        w = ms[i].group().lower().strip(",")
        if w in pat.finite:
            return None  # a verb before any subject: the phrase was the content (said in the end it was)
        if ms[i - 1].group().endswith(",") and i > k + 1 and not any(
                fold(m.group().strip(",")) in _VENUE_NOUNS for m in ms[k + 1:i]) and (
                w in _SUBJECT_PRONOUNS or any(fold(m.group()) in pat.finite or m.group().endswith("ed")
                                              for m in ms[i + 1:i + 3])):
            return k  # `says in the first three weeks of term, lunches arrived`: a phrase fronted in the content,
            # its clause after the comma (not where it was said: `said in a statement, ...`)
        if w in _SUBJECT_PRONOUNS:
            return i
        before = ms[i - 1].group()
        if (ms[i].group()[:1].isupper() and i > k + 1 and before.islower() and fold(before) not in _PREPOSITIONS
                and fold(before) not in pat.determiners and fold(before) not in pat.subordinators
                and fold(before) not in ("as", "and", "or", "but")  # (agree on a fund as Tigris flows hit: a clause)
                and any(fold(m.group()) in pat.finite for m in ms[i + 1:i + 4])):
            return i  # `said in a statement New Zealand was proud`: a name after the phrase's noun, its verb next
        if w in _PHRASE_OPENERS and i > k + 1:  # (not the preposition's own object: in a statement the increase)
            if noun:
                return i
            for j in range(i + 1, min(len(ms), i + 5)):
                ahead = ms[j].group().lower().strip(",")
                if ahead in _SUBJECT_PRONOUNS:
                    return j  # `in a statement it would study`: the phrase, then the clause's own subject
                if ahead in pat.finite:
                    return i
    return None


def _english_clause(text: str, verb_end: int, content: int, end: int, pat: LanguagePatterns) -> bool:
    """Is what follows a verb a clause (after that/colon/quote, or with a finite verb of its own)?"""
    between = text[verb_end:content].strip()
    if between and between not in _WEEKDAYS or text[content:content + 4].lower() == "that" or text[
            content] in _QUOTE_CHARS:
        return True  # (said in a statement that ...; not `announced Wednesday an additional $25 million`: when)
    stretch = text[content:min(end, content + 200)]
    if "," in stretch:  # (`found trichloroethylene, an industrial degreaser linked to X, in wells`: an apposition's
        # participle is no verb of a content clause; its words still count towards the sixteen looked at)
        sixteenth = last_of(islice(_WORD_RE.finditer(stretch), 16))
        stretch = _NOUN_APPOSITION.sub(" ", stretch[:sixteenth.end()] if sixteenth else stretch)
        stretch = _PARTICIPLE_AFTER_COMMA.sub(" ", stretch)  # (`estimated the shortage at 450 mln, later revised to
        # 400 mln`: a participle's phrase on the noun, no verb of a clause)
    ws = [fold(w) for w in words(stretch)[:16]]
    restrictive = _RESTRICTIVE_RELATIVE.search(stretch)
    head = words(stretch[:restrictive.start()]) if restrictive else []
    if head and fold(head[-1]) not in _PREPOSITIONS:  # (the question of who would control: no relative)
        ws = ws[:len(head)]  # `announced phones which can store songs`: the relative clause's verb is not the
        # content's
    conjoined = next((i for i in range(1, len(ws) - 1) if ws[i] in ("and", "but") and (
        ws[i + 1] in pat.finite or ws[i + 1].endswith("ed"))), None)
    if conjoined:
        ws = ws[:conjoined]  # `added three players and sold two`, `promised a deal but has yet to`: a verb right
        # after `and` or `but` is the subject's own
    new_subject = next((i for i in range(1, len(ws) - 2) if ws[i] in ("and", "but") and (
        ws[i + 1] in pat.pronouns and _a_verb(ws[i + 2], pat)
        or ws[i + 1] in ARTICLES and any(_a_verb(w, pat) for w in ws[i + 3:i + 5]))), None)
    if new_subject:
        ws = ws[:new_subject]  # `reported dizziness and we sent 14 to hospital`: a clause with its own subject
        # after `and` is the sentence's next clause, none of the verb's content
    subordinate = next((i for i in range(1, len(ws)) if ws[i] in pat.subordinators or ws[i] == "as"
                        or ws[i] == "with" and ws[i + 1:i + 2] and ws[i + 1] in _POSSESSIVES | ARTICLES
                        and not ws[i - 1].endswith("ed")), None)  # (but `compared with a profit`: a participle's)
    if subordinate:  # (and `found the truck in a barn with its windshield removed`: a with-phrase's participle)
        ws = ws[:subordinate]  # `warned the Department about it when the rule was introduced` / `showed no emotion
        # as the verdict was read`: the when-clause's verb is not the content's
    # (a later `that` is a relative, `finds microbe that eats PCBs`, unless a verb follows the noun before it)
    # (an -ed word before a preposition, `compared with a profit`, `hit by`, is a participle; an article, a noun
    # and an -s word, `the slump reflects`, are a subject and its verb; a word after an article is a noun or an
    # adjective, `predicted a cut of`, `the proposed cuts`)
    return bool(ws) and (ws[0] in pat.pronouns or ws[0] == "there"
                         or len(ws) > 3 and ws[0] in ARTICLES and not ws[1].endswith("s") and ws[2].endswith("s")
                         and not ws[2].endswith(("ss", "us", "is"))  # (`forecast a small surplus`: a noun in -us)
                         or any((w in pat.finite or w.endswith("ed") and nxt not in _PARTICIPLE_PREPOSITIONS)
                                and before not in ARTICLES for before, w, nxt in zip(ws, ws[1:], ws[2:] + [""])))


def _a_verb(word: str, pat: LanguagePatterns) -> bool:
    """Is a folded English word a finite verb or a past in -ed?"""
    return word in pat.finite or word.endswith("ed")


# what anyone could say (I don't think anyone can say): no one's report
_ANYONE_CAN = re.compile(r"\b(?:[Aa]nyone|[Aa]nybody|[Nn]o\s+one|[Nn]obody|[Ee]veryone|[Ee]verybody)\s+"
                         r"(?:can|could|would|should|might|may)(?:\s+not|n['’]t)?\s+$")
_FROM_AN_AUTHOR = re.compile(r"\bfrom\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*|the(?:\s+[a-z][\w'’-]*){1,3})"
                             r"\s*,?\s*(?:in|during|at)\s+$")
_PARTICIPLE_PREPOSITIONS = frozenset(("with", "by", "from", "against", "into"))
# (and `that` with its verb right after it, a relative on the noun before: repairs that never came; not a noun's
# content, reports that officers had used)
_RESTRICTIVE_RELATIVE = re.compile(r"(?<![,\s])\s+(?:which|who|that(?=\s+(?:never|not|also|still|already|only|had|has"
                                   r"|have|was|were|is|are|will|would|could|can|may|might|[a-z]+ed)\b))\s")
_NOUN_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,]*,")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:(?:later|since|subsequently|then|now|[a-z]+ly)\s+)?[a-z]{3,}ed\s+"
                                     r"(?:to|by|from|in|at|down|up)\b[^,]*")


# an aside on where the speakers are, right before the frame's content (، حيث حذر المجلس من أنه ...، إنهم)
_WHERE_ASIDE_THEN_ANNA = re.compile(r"[،,]\s*حيث[^،,؛;.]{2,140}[،,]\s*(?=(?:إن|أن)(?:ه|ها|هم|هما)?(?!\w))")


def _inside_a_where_aside(text: str, start: int, vs: int, ve: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the verb at vs..ve inside an aside opened by `, where` and closed by a comma a reporting verb follows?"""
    opened = last_match(COMMA, text, max(start, vs - 80), vs)
    if opened is None or not text.startswith("where ", SPACES.match(text, opened.end(), vs).end()):
        return False
    closed = COMMA.search(text, ve, min(end, ve + 120))
    return closed is not None and pat.verb.match(text, SPACES.match(text, closed.end(), end).end(), end) is not None


def _inside_a_whose_aside(text: str, start: int, vs: int, ve: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the verb at vs..ve inside an aside opened by `, whose` and closed by a comma a finite verb follows (the
    main clause going on), not a frame of the sentence?"""
    opened = last_match(COMMA, text, max(start, vs - 60), vs)
    if opened is None or not text.startswith("whose", SPACES.match(text, opened.end(), vs).end()):
        return False
    closed = COMMA.search(text, ve, min(end, ve + 80))
    after = words(text, closed.end(), min(end, closed.end() + 30))[:2] if closed else []
    return any(fold(w) in pat.finite for w in after)


def _inside_anonymity_aside(text: str, start: int, verb: int, pat: LanguagePatterns) -> bool:
    """Is the verb at `verb` in the reason an aside gives for a source's anonymity, before the aside's comma?"""
    aside = last_match(pat.anonymity_aside, text, max(start, verb - 160), verb)
    # (`a police official who spoke on condition of anonymity said`: the aside ends right before the frame's verb)
    return aside is not None and not COMMA.search(text, aside.end(), verb) and bool(text[aside.end():verb].strip())


def counted_noun(before: str, form: str) -> bool:
    """Is the verb form `form` a plural noun counted by the word before it (three suspects, 40 reports)?"""
    return form.endswith("s") and before.lower() != "one" and _NUMBER_WORD.fullmatch(before) is not None


def makes_a_noun(word: str) -> bool:
    """Does an English preposition, article or demonstrative `word` make the verb form after it a noun (because
    of fears, the claims, that warning), or than a participle (larger than expected)?"""
    return fold(word) in _PREPOSITIONS or fold(word) in ARTICLES or word in _DEMONSTRATIVES or word == "than"


_BI_ANNA = re.compile(r"\s*(?:في\s+\S+(?:\s+\S+)?\s+)?بأن")  # (ردت في حيثيات حكمها بأن: where, then its content)
# what opens a phrase of where, when or to whom something was said (in a statement, on Tuesday, Tuesday, to reporters)
_WHERE_OR_WHEN = re.compile(r"(?:in|on|at|to|for|from|during|after|before|since|over|last|this|earlier|late|repeatedly"
                            r"|outside|inside|near|beside|[A-Z]\w*|\d\w*)$")
_WH_WORDS = frozenset(("how", "what", "whether", "why", "where", "which", "who"))
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your"))
_QUANTIFIERS = frozenset(("several", "many", "some", "other", "all", "both", "few", "most", "these", "those", "such"))
_THAT = re.compile(r"\s+that\b")
# `that` right after a verb, or past an aside set off by commas or dashes (The report states, in its second
# chapter, that)
_THAT_PAST_ASIDE = re.compile(r"(?:\s*(?P<mark>[,—–]|\s-)[^,—–.;:\"“”]{1,60}(?P=mark))?\s+that\b")
# (or a past of its own: `acknowledged the delays but blamed them on`)
_OBJECT_THEN_ACT = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(and|but)\s+"
                              r"(?:did|does|do|has|have|had|would|will|could|was|were|is|are|[a-z]{3,}ed)\b")
_AND_REPORTS = re.compile(r"(?:[\w'’-]+\s+){1,3}and\s+(?:also\s+)?(?=\w)")  # (the verb after `and` is checked)


def _verb_with_its_object(word: str, pat: LanguagePatterns) -> bool:
    """Is `word` an Arabic reporting verb with an object pronoun (نفاه، أكدته، ذكرها)?"""
    stem = word.removesuffix("ها") if word.endswith("ها") else word.removesuffix("ه")
    return bool(pat.verb.fullmatch(stem) or stem.endswith("ا") and pat.verb.fullmatch(stem[:-1] + "ى"))


# the reporter vouching for the words quoted next, between the frame and its quotation (, and I'm quoting her here:)
_QUOTING_ASIDE = re.compile(r",\s*and\s+(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:quote|quoting)"
                            r"(?:\s+(?:her|him|them|it))?(?:\s+(?:here|directly|verbatim|exactly|in\s+full))?\s*:\s*$")
# `, which Ben Salem denied,` right before a participle: the relative's subject and its reporting verb
_WHICH_X_VERBED_EN = re.compile(r",\s*which\s+([A-Z][^,;:]{1,60}?)\s+(?:has\s+|had\s+|have\s+)?([a-z]+)\s*,?\s*$")
# `، وهو ما نفاه` / `، ما أكده`: a relative's verb with the pronoun of what was said before, its subject after it
_WHICH_IT_VERBED_AR = re.compile(r"[،,]\s*(?:[وف]?(?:هو|هي|هذا|ذلك)\s+)?ما\s+([^\s،,]+?(?:ه|ها))(?!\w)")
_QUOTED_WHOM = re.compile(r"\bquoted\s+((?:[\w'’.-]+\s+){1,8}?)$")
QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:quoted|cited)\b")


_NOUN_AFTER = re.compile(r"\s+(?:of|tanks?)\b")


def a_noun_before_of(text: str, vm: re.Match, end: int) -> bool:
    """Is the English verb form `vm` a plural noun before `of` (hopes of an early cut, fears of higher rates) or a
    think tank?"""
    return _NOUN_AFTER.match(text, vm.end(), end) is not None and (
        vm.group("w").endswith("s") or text.startswith(" tank", vm.end()))


_SENTENCE_STOP = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")  # a sentence's end before the next one's capital
_RELAYED_FROM = re.compile(r"\s+عن\s+")  # relayed from (نُقل عن مصدر: the source, with no one relaying named)
_WHILE_DOING = re.compile(r"(?<!\w)وه(?:و|ي|م|ما)\s+$")  # a circumstantial clause's pronoun (وهي تشير: while pointing)
AND_BEFORE_VERB = re.compile(r"\b(?:and|but)\s+$")  # a verb joined to a clause before it (denied X and said)
_THE_SAME_THING = re.compile(r"\s*(?:\w+\s+)?the\s+same(?:\s+thing)?\s*[.,;!?]?\s*$")  # (tell us the same thing)
_TELLING = frozenset(("told", "tells", "tell", "telling", "reminded", "reminds", "reminding"))
_PHRASAL_PARTICLE = re.compile(r"\s+(?:off|down)\s+(?!that\b)[\w£$€]")  # (wrote off £150m; not `noted down that`)
_TOLD_TO = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")  # (told to leave, told not to drink)
_NOUN_NEXT = re.compile(r"\s+[a-z][\w-]*s\b")  # a plural noun right after (confirmed cases, reported deaths)


def opens_with_a_verb(text: str, start: int, end: int, pat: LanguagePatterns, present: bool = False) -> bool:
    """Does text[start:end] open with a finite verb (an auxiliary, or a past in -ed; with `present`, an -s form
    too: `which it says disrupts`), no subject before it?"""
    first = fold((words(text, start, min(end, start + 20)) or [""])[0])
    return first in pat.finite or first.endswith("ed") or present and first.endswith("s") and not first.endswith(
        "ss") and first not in pat.determiners and first not in pat.pronouns


_RELATIVE_OBJECT = re.compile(r"(?<!\w)(?:which|whom)\s+([\w'’-]+)\s+(?:[\w'’-]+\s+){0,2}$")


_AS_FOR = re.compile(r"\s*(?:As|as) (?:for|to|regards) (?=[^,]+(?:,[^,]*)*,\s*(?:he|she|they|it)\s*$)")


# a finding verb right before an -ing verb and a preposition: caught doing something (found selling above it)
_CAUGHT_DOING = re.compile(r"\s+[a-z]{3,}ing\s+(?:above|below|without|under|over|in|on|at|to|near|after|before)\b")


# a verb for a plural subject right after a word in -s: that word is the plural noun (reports have, claims were)
_PLURAL_SUBJECT_VERB = re.compile(r"\s+(?:have|are|were|do|did)\s")
# a short subject and an auxiliary: a content clause without `that` (`The report estimates Ontario will need`,
# `The study estimates the province would`), which makes the word before it a verb, no noun
_SUBJECT_AND_AUXILIARY = re.compile(r"\s+(?:(?:the|its|their)\s+[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                                    r"\s+(?:will|would|could|can|may|might|must|should|has|have|had|is|are|was|were)\b")


def _relatives_object(text: str, start: int, vs: int, pat: LanguagePatterns) -> bool:
    """Do the words before a reporting verb's homograph at `vs` end in a relative, its verb in -s and perhaps an
    adjective (`which advises coastal` before `states`)? Then the homograph is that verb's object."""
    since = max(start, vs - 40, text.rfind(",", max(start, vs - 40), vs) + 1)  # (`, which represents manufacturers,
    # estimates`: the relative closed, its frame the sentence's)
    prev = words(text, since, vs)
    for k in (2, 3):
        if len(prev) >= k and fold(prev[-k]) in pat.relatives:
            verb = prev[-k + 1]
            return (verb.islower() and verb.endswith("s") and len(verb) > 3 and fold(verb) not in pat.adverbials
                    and fold(verb) not in pat.finite and all(w.islower() for w in prev[len(prev) - k + 2:]))
    return False


# a frame opening with as, set off by a comma before its content (As I told the hearing, As the minister said,)
_AS_ONE_SAID = re.compile(r"\s*As\s+(?:I|we|he|she|they|(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4})\s+$")


def english_frame(text: str, start: int, end: int, pat: LanguagePatterns,
                  starts: PhraseStarts | None = None) -> Frame | None:
    starts = starts or PhraseStarts(text, start, end, pat)
    for vm in starts.finditer(pat.verb, start, end):
        vs, ve = vm.span()
        if _in_a_name(text, vm):
            continue
        if len(words(text, start, vs)) > 45:  # (a subject's aside may be long: who asked not to be named because ...)
            return None
        prev = words(text, max(start, vs - 20), vs)
        still_to_come = _STILL_TO_SAY.search(text, max(start, vs - 60), vs) if prev and prev[-1] == "to" else None
        if prev and not still_to_come and (fold(prev[-1]) in pat.passive or makes_a_noun(prev[-1]) or len(
                prev) > 1 and (fold(prev[-1]) in pat.adverbials or fold(prev[-1]) in ("only", "just"))
                and fold(prev[-2]) in pat.passive):
            continue  # was believed to / into claims / the claims / That claim was: not a reporting verb (nor `is
            # now estimated at`, `was only confirmed this month`: an adverb inside the passive)
        if prev and fold(prev[-1]) == "member" and fold(vm.group("w")) == "states":
            continue  # (the bloc's 27 member states: a noun)
        if prev and counted_noun(prev[-1], vm.group("w")) and not text[:vs].rstrip().endswith(","):
            continue  # Sixty-one suspects were detained, 40 reports: a counted noun (not an age: Okonkwo, 34, says)
        if prev and prev[-1][:1].isdigit() and vm.group("w").endswith("ed") and _NOUN_NEXT.match(text, ve, end):
            continue  # `84 confirmed cases`: an adjective between a number and its noun
        if fold(vm.group("w")) == "told" and _TOLD_TO.match(text, ve, end):
            continue  # `thousands told not to drink tap water`: a passive with its infinitive, no report
        dashed_aside = text.startswith((" —", " –"), ve)
        if (fold(vm.group("w")) in pat.homographs or dashed_aside) and vm.group("w").endswith("s") and (
                _NOUN_USE_AFTER.match(text, ve, end) or prev and fold(prev[-1]) in _NO_OR_ANY):
            continue  # `license rules have also made`, `has no rules limiting`: the plural noun, no frame (and
            # `the three states — Arizona, California and Nevada — released a plan`: an aside, then their verb)
        if _PHRASAL_PARTICLE.match(text, ve, end):
            continue  # `the government wrote off £150m of debt`: a phrasal verb of the narrated act, no report
        if vm.group("w").endswith("s") and _PLURAL_SUBJECT_VERB.match(text, ve, end):
            continue  # `More than 60 tornado reports have been logged`: a plural noun, its own verb after it
        if fold(vm.group("w")) in pat.noun_forms and (prev and (
                prev[-1].endswith(("'s", "’s", "s'", "s’")) or fold(prev[-1]) in _POSSESSIVES
                or vm.group("w").endswith("s") and len(prev) > 1 and prev[-2][:1].isupper() and prev[-1].islower()
                and prev[-1].endswith(("s", "ed")) and fold(prev[-1]) not in pat.finite)  # (Apple beats forecasts)
                or pat.verb.match(text, ve + 1, end)):
            continue  # Fairmont's claim that, its forecast that: a noun after its possessor; World Bank estimates
            # suggest: a noun before its own verb
        opening = words(text, start, vs)
        if 1 < len(opening) <= 6 and fold(opening[0]) in _PREPOSITIONS and (text.startswith(",", ve) or len(
                opening) == 3 and fold(opening[1]) in ARTICLES):
            continue  # `Under FIFA rules, a club ...`: a phrase that opens the clause, its last word a noun; `In a
            # statement posted on its Facebook page, the fund said`: a participle inside that phrase
        if _a_comparison(prev, ("than",)):
            continue  # `a year later than promised`, `more than forecast`, `earlier than previously thought`: a
            # comparison's verb, nobody reporting
        if prev and fold(prev[-1]) in _SUBORDINATORS and len(prev) == len(words(text, start, vs)):
            continue  # `If confirmed, the findings would`, `Once approved, the plan`: a passive of the clause's
            # condition, nobody reporting
        if prev and (fold(prev[-1]) in ("not", "never", "cannot") or prev[-1].endswith(("n't", "n’t"))) and not (
                fold(vm.group("w")) in _CONCEDED_WHEN_NEGATED and text.startswith(" that ", ve)):
            continue  # (The force has not said whether ...: nobody said it, the article narrates a silence; but
            # `he did not deny that X` concedes X, as لم ينف أن)
        if _WHAT_BEFORE.search(text, max(start, vs - 40), vs):
            continue  # `less than half of what the WHO says is needed`: what they say, a noun phrase of the content
        found_next = fold((words(text, ve, min(end, ve + 20)) or [""])[0]) if fold(
            vm.group("w")) in pat.finding_verbs else None
        if found_next is not None and (found_next in pat.verdicts or found_next in _FOUND_WHERE
                                       and text.find(" that ", ve, end) < 0):
            continue  # (clubs found guilty, was found dead: a verdict or a state, no finding reported; `Rocky planet
            # found near red dwarf`: a headline's passive, where it was found)
        if fold(vm.group("w")) in pat.finding_verbs and _CAUGHT_DOING.match(text, ve, end):
            continue  # (traders found selling above it: those caught doing it, a passive, no finding)
        relative = _RELATIVE_OBJECT.search(text, max(start, vs - 40), vs)
        in_which = relative if relative and text[max(start, relative.start() - 8):relative.start()].split()[-1:] in (
            ["in"], ["during"], ["at"]) and fold(relative.group(1)) in pat.pronouns else None
        if in_which:
            relative = None  # `a statement in which it said prices would rise`: where it was said, not the content
        if relative and (opens_with_a_verb(text, ve, end, pat, fold(relative.group(1)) in pat.pronouns)
                         or fold(relative.group(1)) in _SUBJECT_PRONOUNS):
            # (a verb in -s after a pronoun's frame: `which it says disrupts`; `which runs the port said delays`
            # is the relative's own verb, then the frame's subject and its content)
            continue  # `a shortage of crane operators, which it said had been made worse`: the relative is the
            # content's subject, the frame inside a relative clause of the narration; so it is the object (`an
            # incident, which it says a guard would have prevented`) or a plural's verb follows (`the big chains,
            # which they say use their buying power`): every audit gold keeps the relative in the narrated claim
        if _inside_anonymity_aside(text, start, vs, pat):
            continue  # (`who asked not to be named because she fears losing her contract, said`: the aside's)
        if _inside_a_where_aside(text, start, vs, ve, end, pat):
            continue  # (`Residents in Bradford, where the council has warned it could run out of money, said they
            # felt`: the aside's report on the place, the sentence's own frame after it)
        if fold(vm.group("w")) in pat.homographs and _inside_a_whose_aside(text, start, vs, ve, end, pat):
            continue  # (`Competition from X, whose airports have added routes, was the bigger threat`: the aside's)
        if (fold(vm.group("w")) in pat.homographs or fold(vm.group("w")) in pat.noun_forms) and _relatives_object(
                text, start, vs, pat):
            continue  # `The council, which advises (coastal) states on limits, recommended`: the relative's verb,
            # then its object (a noun), no frame
        if a_noun_before_of(text, vm, end):
            continue  # hopes of an early cut, a health think tank: nouns
        if (fold(vm.group("w")) in pat.noun_forms and vm.group("w").endswith("s") and len(prev) > 1
                and fold(prev[-2]) in _PREPOSITIONS and prev[-1].islower() and fold(prev[-1]) not in _PREPOSITIONS):
            continue  # `declined to comment on press reports that`, `amid media reports that`: a noun after a
            # preposition and its modifier, no frame
        if (fold(vm.group("w")) in pat.noun_forms and not _THAT_PAST_ASIDE.match(text, ve, end)
                and not _SUBJECT_AND_AUXILIARY.match(text, ve, end) and (
                len(prev) > 1 and (fold(prev[-2]) in ARTICLES or fold(prev[-2]) in _QUANTIFIERS)
                or prev and prev[-1].islower() and prev[-1].endswith("ing"))):  # (several oil-producing states)
            continue  # its latest forecast, the new report: a noun after its determiner and adjective (but `The
            # report estimates that` is the verb)
        if fold(vm.group("w")) in pat.passive_quotes:
            quoted = QUOTED_AS.search(text, start, vs)  # `Putin was quoted by state media as saying`: Putin
            subject = english_subject(text[start:quoted.start()], pat) if quoted else None
            active = None if quoted else _QUOTED_WHOM.search(text, max(start, vs - 120), vs)
            if active:  # `The Antara news agency quoted Trade Minister Hartono as saying`: the one quoted
                subject = clean_speaker(active.group(1))
        else:
            subject = english_subject(text[start:still_to_come.start() if still_to_come else vs], pat)
        if subject and _NOUN_THEN_PRONOUN.fullmatch(subject):
            subject = ""  # `, demands they say have been pending`: a contact clause on the noun, the pronoun speaks
        clause_before = _HEADLINE_ACT_THEN_SAYS.match(text, start, vs) if subject else None
        if clause_before:  # `FG revokes 924 mining licences, says holders failed to pay`: the act's subject says it
            subject = clause_before.group(1)
        topic = _AS_FOR.match(text, start, vs) if subject == "" else None
        if topic:  # `As for the conservative MP, Ahmad Naderi, he said`: the topic is whom the pronoun takes up
            subject = english_subject(text[topic.end():vs].rsplit(",", 1)[0] + ", ", pat) or subject
        restrictive = _RESTRICTIVE_WHICH.search(text, max(start, vs - 40), vs)
        if restrictive and restrictive.group(1) not in ",،" and len(words(text, start, restrictive.start())) > 3:
            continue  # `overturns a decision which had found that X`: a restrictive relative inside the narration
        if prev and (fold(prev[-1]) == "who" or fold(prev[-1]) in PERFECT_AUXILIARIES) and _RESTRICTIVE_WHO.search(
                text, max(start, vs - 40), vs):
            continue  # (`finding a dentist who accepts the plan has proved difficult`: a restrictive relative's
            # verb inside the narration, no frame)
        some_of_them = _SOME_OF_THEM.fullmatch(subject) if subject else None
        if subject and (fold(subject) in pat.relatives or some_of_them):  # `..., who said`: the name before the comma
            # (or a cue's party: `according to sources who said`; `according to two freight forwarders, one of whom
            # said`: the party, of whom one speaks)
            stop = last_match(_SENTENCE_STOP, text, max(0, start - 120), start)
            back = stop.end() if stop else max(0, start - 120)
            lead = last_match(pat.cue, text, back, start)  # (within the sentence: not `a spokesperson said. X, 67,`)
            before_them = OF_WHOM.search(text, max(back, vs - 30), vs) if some_of_them else None
            antecedent_end = before_them.start() if before_them else vs
            if lead and not some_of_them and start > lead.end() and text[lead.end():start].rstrip().endswith(","):
                antecedent_end = start  # (`, according to railway officials, who said`: up to the relative's comma)
            subject = english_subject(text[lead.end() if lead else back:antecedent_end], pat)
        party = _PARTY_AFTER_WITH.search(subject or "") if prev and fold(prev[-1]) in pat.relatives else None
        if party:
            subject = party.group(1)  # `a fight with the Reagan administration, which says`: the one who speaks
        after_and = bool(prev) and (fold(prev[-1]) in ("and", "but") or len(prev) > 1 and fold(
            prev[-2]) in ("and", "but") and fold(prev[-1]) in PERFECT_AUXILIARIES)  # (and has said, but had said)
        if subject is None and after_and:
            subject = main_subject(text, start, vs, pat)  # X welcomed the plan and (but) said ...: X
        if subject is None and after_and and len(words(text, start, vs)) == 2:
            subject = ""  # (`, and has said`: a clause of its own with no subject, as `, and said` is)
        if subject is None and in_which:  # (The ministry issued a statement in which it said: the ministry)
            author = _FROM_AN_AUTHOR.search(text, max(start, in_which.start() - 80), in_which.start())
            subject = author.group(1) if author else main_subject(text, start, in_which.start(), pat)
            # (`received a request from MP Hebatallah Fouad, in which she said`: the one the request came from)
        # the verb joined by and/but to a narrated one of the same subject, with no comma between (a comma closing
        # the subject's apposition may come before the narrated verb: `X, Ian McKenzie, blamed ... and claimed`;
        # one before `and` parts two clauses; nor is a clause split off at `, and said` joined to anything)
        comma = last_match(COMMA, text, start, vs) if subject and after_and else None
        joined = subject is not None and after_and and (
            comma is None or opens_with_a_verb(text, comma.end(), vs, pat)) and fold(opening[0]) not in ("and", "but")
        if _ANYONE_CAN.search(text, max(start, vs - 30), vs):
            continue  # (`I don't think anyone can say they weren't listened to`: what anyone could say, no report)
        if subject is None or _narrates_an_act(subject, pat):
            continue
        content = english_content_start(text, ve, end, vm.group("w"), pat)
        set_off = COMMA.search(text, ve, min(end, ve + 100)) if content is None and _AS_ONE_SAID.match(
            text, start, vs) else None
        if set_off:
            content = SPACES.match(text, set_off.end(), end).end()  # (`As I told the Melbourne hearing in November,
            # X`: the frame set off before its content, whatever the addressee's words)
        if (subject is not None and text[ve:end].rstrip().endswith(":") and len(words(text, ve, end)) <= 6
                and not (_THAT.match(text, ve, end) and len(words(text, ve, end)) > 1)):  # (but `explains that the
            # problem is structural:`, its content before the colon; `The survey found that:` is the list's frame)
            return Frame(vs, end, subject, vm.group("w"))  # `Osei wrote in his post:` and the quotation below
        if fold(vm.group("w")) in pat.that_only and not (content is not None and text.startswith("that ", content)):
            continue  # `recommended a 5.2% rise`: an act, its noun no content (but `recommended last month that`)
        said = words(text, content, end)[:3] if content is not None else []
        if len(said) >= 2 and fold(said[0]) in ("this", "these") and fold(said[1]) in _WHERE_SAID:
            return Frame(vs, end, subject or None, vm.group("w"))  # `X disclosed this in a statement issued in
            # Lokoja`: what was said is in the sentences before, this is the frame on its own (no claim)
        if len(said) < 2 or len(said) == 2 and fold(said[0]) == "that":
            continue  # (denied that account: a demonstrative and its noun, no content clause)
        if still_to_come and not _says_a_clause(vm.group("w"), said):
            continue  # (`are expected to announce their prices`: a narrated act to come, with its noun object)
        # (a verb inside a relative clause set off by commas has its content before the closing comma: `X, who
        # has promised £4bn of tax cuts, dismissed the figure`, `The company, which reported revenue of $61bn,
        # called`)
        closing = text.find(",", content, end) if IN_A_RELATIVE.search(text, max(start, vs - 60), vs) else -1
        content_end = closing if closing > content else end
        if closing > content and starts.search(pat.verb, closing, end):
            continue  # `Mr Howard, who announced he would stand down, has said he will not`: the sentence's own
            # frame comes after the relative clause
        predicate = words(text, closing, min(end, closing + 30))[:1] if closing > content else []
        if predicate and (fold(predicate[0]) in pat.finite or predicate[0].islower() and predicate[0].endswith("ed")):
            continue  # `Marcus Hill, 58, who said he has been living outdoors, kept a damp towel over his neck`: the
            # relative's report sits inside the sentence's narrated clause
        if fold(vm.group("w")) not in pat.free_verbs and not (
                fold(vm.group("w")) in pat.clause_verbs and fold(said[0]) in ARTICLES | _SUBJECT_PRONOUNS
                and len(words(text, content, content_end)) >= 4) and not _english_clause(
                    text, ve, content, content_end, pat) and not (fold(subject) != "who" and _expected_act(
                        vm.group("w"), text, content, content_end, pat)) and not (
                fold(vm.group("w")) in pat.gerund_content and _opens_with_a_gerund(text, content, pat)):  # (recalled
            # waiting eleven weeks: a gerund's clause)
            continue  # (but `believes the problems run deeper`: a belief takes no plain object; `expects sales to
            # grow` the subject's expectation, unless `, a strategist, who expects`: the aside of one named before)
        act = _OBJECT_THEN_ACT.match(text, content, end)
        if act and not any(fold(w) in pat.finite or w.endswith("ed") and w.islower() for w in words(
                text, content, act.start(1))):
            continue  # `confirmed the agreement but did not release details`: a noun object, then the same party's
            # next act (GUIDELINES: a narrated act with its content as a noun)
        conjoined = _AND_REPORTS.match(text, content, end)
        if (conjoined and pat.verb.match(text, conjoined.end(), end)
                and not any(fold(w) in pat.finite for w in words(text, content, conjoined.end()))):
            continue  # `denied reports and said X`: a noun object, then the verb whose content X is
        if joined:
            # `X blamed the government for the deficit and claimed that Y`: clauses joined without a comma stay
            # one claim (GUIDELINES), the narrated act and the report together, the subject's
            return Frame(start, start, subject, vm.group("w"))
        return Frame(vs, content, subject or None, vm.group("w"))
    return _progressive_frame(text, start, end, pat) or _bare_report_frame(text, start, end, pat) or (
        purpose_frame(text, start, end, pat) if text.find(" to ", start, end) >= 0 else None)


# `report that` after a plural subject or a pronoun (Trade bodies report that), which the lexicon leaves out as a
# noun's spelling (a report that); not after a noun in -s that is no plural (a news report that)
_BARE_REPORT = re.compile(r"\b(?:(?!(?:news|series|analysis|status|census|press|bus|gas)\s)[A-Za-z]+[a-z]s"
                          r"|[Tt]hey|[Ww]e|[Yy]ou)\s+(?P<w>report)\s+(?=that\s)")


def _bare_report_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> Frame | None:
    """`Trade bodies report that X`, `Livestock agents report that X`: the subject before `report`, X its content;
    `The inquest heard that X`: the hearing body, which the golds credit."""
    found = _BARE_REPORT.search(text, start, end) if text.find(" report that ", start, end) >= 0 else (
        _HEARD_THAT.search(text, start, end) if text.find(" heard that ", start, end) >= 0 else None)
    if found is None:
        return None
    subject = english_subject(text[start:found.start("w")], pat)
    if subject is None or _narrates_an_act(subject, pat):
        return None
    return Frame(found.start("w"), found.end(), subject or None, found.group("w"))


# a hearing body that heard evidence (The inquest heard that, the court heard that)
_HEARD_THAT = re.compile(r"\b(?:court|inquest|tribunal|jury|hearing|trial|inquiry)\s+(?P<w>heard)\s+(?=that\s)")
# an auxiliary of the progressive before a participle (is warning, are now claiming, has been saying)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:now|also|still|already|increasingly)\s+)?"
                          r"(?=[a-z]+ing\b)")


def _progressive_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> Frame | None:
    """`FENZ is warning that X`, `Doctors are now saying that X`: a reporting participle in the progressive, its
    subject before the auxiliary and its content after it (opening with that), else None."""
    if text.find("ing ", start, end) < 0:
        return None
    for aux in _PROGRESSIVE.finditer(text, start, min(end, start + 200)):
        participle = pat.participle.match(text, aux.end(), end)
        if participle is None:
            continue
        subject = english_subject(text[start:aux.start()], pat)
        content = english_content_start(text, participle.end(), end, participle.group("w"), pat)
        that = content is not None and [fold(w) for w in words(text, content, min(end, content + 8))[:1]] == ["that"]
        if subject is None or not that or _narrates_an_act(subject, pat):
            return None  # (`are already stressing Atlantic salmon`: an act on an object, no content)
        return Frame(aux.start(), content, subject or None, participle.group("w"))
    return None


def _narrates_an_act(subject: str, pat: LanguagePatterns) -> bool:
    """Does a reporting verb's would-be subject hold a past verb and its object (`The Department of Agriculture on
    Monday set a maximum` before `suggested retail price`)? Then the verb is an adjective inside the narrated act."""
    ws = subject.split()
    return len(ws) > 2 and any(
        w.islower() and (fold(w) in pat.finite or fold(w) in pat.irregular_participles or w.endswith("ed"))
        and fold(ws[i + 1]) in ARTICLES for i, w in enumerate(ws[:-1]) if i or len(ws) <= 4)
    # (and a subject read past the commas of a date, `..., on Monday, June 9, set a maximum`: the verb first)


# `which` and its auxiliaries right before a verb, the character before it (no comma: a restrictive relative)
_RESTRICTIVE_WHO = re.compile(r"[a-z]\s+who\s+(?:(?:had|has|have|also|now)\s+)*$")  # (no comma before `who`)
_RESTRICTIVE_WHICH = re.compile(r"(\S)\s+which\s+(?:(?:had|has|have|also|earlier|previously)\s+)*$")
# a document's participle after its noun (a notice posted, a statement issued): where it was said, not content
_ISSUED = frozenset(("posted", "issued", "released", "published", "sent", "dated", "circulated", "distributed"))
# a headline's act, then `says` after a comma, its subject a short name (FG revokes 924 licences, says)
_HEADLINE_ACT_THEN_SAYS = re.compile(r"\s*((?:[A-Z][\w'’.&-]*\s+){0,2}[A-Z][\w'’.&-]*)\s+[a-z]+s\s[^,]{3,80},\s*$")
# the party a dealing is with, closing the relative's antecedent (a fight with the Reagan administration)
_PARTY_AFTER_WITH = re.compile(r"^(?:a|an|the)\s+[a-z][\w'’-]*\s+(?:with|against)\s+((?:the\s+)?[A-Z][\w'’.-]*"
                               r"(?:\s+[\w'’.-]+){0,5})$")
# a determiner, a noun and a verb in -s: a clause (the group supports), not the addressee's phrase
_SUBJECT_AND_VERB = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+[a-z]+\s+[a-z]{3,}s\b"
                               r"(?!\s+(?:of|in|on|at|for|to|and|that)\b)")
# after a plural homograph (rules, reports, states): its own verb or a participle makes it a noun
# (or a past verb with its object, after an aside between dashes: `the three states — Arizona, California and
# Nevada — released a plan`)
_NOUN_USE_AFTER = re.compile(r"\s+(?:[—–][^—–.]{1,80}[—–]\s*)?(?:have|has|had|are|were|will|would|can|could|may|"
                             r"might|must|should|[a-z]+ing|[a-z]{3,}ed\s+(?:a|an|the|its|their)\b)\b")
# where a headline's passive found is (Rocky planet found near red dwarf): no finding
_FOUND_WHERE = frozenset(("near", "in", "at", "on", "inside", "under", "off", "beneath", "outside", "around",
                          "orbiting"))
# a condition or time opening the clause before its passive (If confirmed, Once approved,): nobody reporting
_SUBORDINATORS = frozenset(("if", "once", "unless", "until", "when", "whether", "though", "although"))
_NO_OR_ANY = frozenset(("no", "any", "new", "strict", "tough", "tighter", "the", "these", "those", "such"))
_FRACTIONS = frozenset(("third", "quarter", "half", "fifth", "tenth", "thirds", "quarters", "fifths", "of", "in"))
_PERIODS = frozenset(("week", "month", "year", "weekend", "night", "summer", "winter", "spring", "autumn", "term",
                      "season", "morning", "evening", "afternoon"))
_WEEKDAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_WHERE_SAID = frozenset(("in", "at", "on", "during", "while", "when", "to", "after", "before", "through", "via"))
IN_A_RELATIVE = re.compile(r",\s*(?:who|which)\b(?:[^,.;]|(?<=\d)[,.](?=\d))*$")  # (48,000 is no comma)


def frame(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts | None = None) -> Frame | None:
    """The first reporting frame in text[start:end] (`starts`: a scan of a stretch holding it, see PhraseStarts)."""
    if pat.language == "ar":
        return arabic_frame(text, start, end, pat, starts)
    return english_frame(text, start, end, pat, starts)


# --- trailing attribution and cues ---------------------------------------------------

_NAME_THEN_APPOSITION = re.compile(r"\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,|$)")


def comma_before_participle(text: str, start: int, end: int, pat: LanguagePatterns) -> int | None:
    """The last comma of text[start:end] when a reporting participle follows it (`, adding that ...`)."""
    cut = last_match(COMMA, text, start, end)
    if cut is None:
        return None
    pos = cut.end()
    while pos < end and text[pos].isspace():
        pos += 1
    if pat.participle.match(text, pos, end):
        return cut.start()
    # (any participle closing a trailing frame: `X, officials acknowledged Tuesday, blaming a glitch`)
    first = _WORD_RE.match(text, pos, end) if pat.language == "en" else None
    if not (first and first.group().endswith("ing") and first.group().islower()):
        return None
    before = last_match(COMMA, text, start, cut.start())  # (the chunk before holds the frame: officials said Tuesday)
    return cut.start() if pat.verb.search(text, before.end() if before else start, cut.start()) else None


def _said_name_without_comma(text: str, start: int, end: int, pat: LanguagePatterns):
    """`X will double said Maria Lopez, chief economist at Y.`: (content end, speaker, cue), else None."""
    for vm in pat.verb.finditer(text, start, end):
        before = vm.start() - 1
        while before > start and text[before].isspace():
            before -= 1
        if before <= start or before == vm.start() - 1 or text[before] in ",،":
            continue  # glued to the word before, or the usual `..., said X` (trailing_said's)
        name = _NAME_THEN_APPOSITION.match(text, vm.end(), end)
        if not name or pat.date.match(name.group(1)):
            continue  # `the company said Monday.` is a time, not a name
        content = [fold(w) for w in words(text, start, vm.start())]
        apposition = [fold(w) for w in words(text, name.end(), end)]
        if (len(content) >= 5 and any(w in pat.finite for w in content)
                and not any(w in pat.finite or w.endswith("ed") for w in apposition)):
            return vm.start(), clean_speaker(name.group(1)), vm.group("w")
    return None


_WHEN_CLAUSE = frozenset(("after", "before", "when", "as", "once"))  # said after counting ended: when it was said


# verbs of warning and reassuring, whose object after a trailing frame is whom (officials warned ministers)
_WARNING_WHOM = frozenset(("warned", "warns", "reminded", "reminds", "assured", "assures", "cautioned", "cautions"))
_GROUP_ACRONYM = re.compile(r"[A-Z]{2,5}s")  # (MPs, MSPs, MEPs, TDs)


def _says_where_said(vm: re.Match, after: list[str], pat: LanguagePatterns) -> bool:
    """Are the words after a trailing reporting verb where, when or to whom it was said (`said on Thursday`,
    `told reporters`), not content of its own?"""
    seen = next((i for i in range(2, len(after) - 1) if fold(after[i]) in _RECEIVED | _CARRIED
                 and fold(after[i + 1]) in ("by", "to")), None)
    if seen is not None and len(after) - seen <= 6:
        after = after[:seen]  # (`told staff in a letter seen by the Gazette`: who saw the letter, no content)
    if not after or vm.group("w").endswith((" on", " in")) and len(after) <= 4:
        return True  # (posted on X, posted on Facebook: the platform)
    first = fold(after[0])
    # (a phrase of where may be long: said in an email to The Associated Press, said in a filing with the Securities
    # and Exchange Commission on Tuesday)
    long_where = (first in pat.intro_words and fold(vm.group("w")) in pat.free_verbs
                  or first in _WHEN_CLAUSE
                  # (wrote in a note to clients on Tuesday: what it was written in, to whom and when)
                  or first in ("in", "on") and any(fold(w) in _WRITTEN_IN for w in after[1:4])
                  # (told reporters at a briefing outside the town's fire station: whom, then where)
                  or fold(vm.group("w")) in pat.object_verbs and len(after) > 1
                  and fold(after[1]) in _PLACE_PREPOSITIONS and not any(fold(w) in pat.finite for w in after)
                  ) and not any(pat.complementizer.fullmatch(w) for w in after)
    how = len(after) == 1 and after[0].islower() and first.endswith("ly") and first not in NOUNS_IN_LY
    last = fold(after[-1])
    if fold(vm.group("w")) in _WARNING_WHOM and len(after) <= 3 and (
            last in pat.person_roles or last[:-1] in pat.person_roles or _GROUP_ACRONYM.fullmatch(after[-1])):
        return True  # (`X, officials warned ministers`, `, the regulator reminded MPs`: whom, no content)
    return len(after) <= (12 if long_where else 6) and (
        fold(vm.group("w")) in pat.object_verbs or first in pat.adverbials or first in pat.intro_words or how
        or first in ("to", "during") or pat.date.fullmatch(after[0]) is not None  # (officials said Tuesday)
        or first in _WHEN_CLAUSE and not pat.complementizer.fullmatch(after[1] if len(after) > 1 else ""))


def _relative_or_passive(subject: str, before: str, pat: LanguagePatterns) -> bool:
    """`, which is expected to ...` / `, which is said to be ...`: a relative clause or a passive verb, whose
    frame makes nobody speak."""
    ws = before.split()
    while len(ws) > 1 and fold(ws[-1]) in pat.adverbials:
        ws.pop()  # (`, is now estimated at 4,200 hectares`: an adverb inside the passive)
    return fold(subject) in pat.relatives or bool(ws) and fold(ws[-1]) in pat.passive


_STATE_BASED = re.compile(r"\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s")


_NOUN_THEN_PRONOUN = re.compile(r"[a-z][\w-]*\s+(?:they|he|she|we)")  # (demands they: a noun, its contact clause)
# a free relative's subject before its verb (what the WHO says is needed), or an aside on the claim before with its
# relative's frame inside it (`, something she said "has never happened before"`)
_WHAT_BEFORE = re.compile(r"(?<!\w)what\s+(?:[^\s,;:]+\s+){1,4}$|(?<!\w)something\s+(?:that\s+)?(?:[^\s,;:]+\s+){1,3}$")
# denying verbs whose negation concedes what follows (he did not deny that X): a report of X, not a silence
_CONCEDED_WHEN_NEGATED = frozenset(("deny", "denied", "denies", "dispute", "disputed", "disputes"))


# `, a figure the ...` / `, a claim the ...`: a noun the content is, then a relative clause without `that` whose
# subject is named after it
_DISPUTABLE = r"(?:a|an)\s+(?:figure|claim|number|estimate|allegation|assertion|accusation|charge)\s+"
_A_FIGURE_THE = re.compile(r",\s+" + _DISPUTABLE + r"(?:the|his|her|its|their)\s")
# the tail itself such an aside (`X, a charge officials deny`): the noun takes up the clause before, whose own
# claim it stays; who denies it is no frame of it
_A_CHARGE_THEY_DENY = re.compile(r"\s*" + _DISPUTABLE + r"(?:that\s+)?(?:[\w'’-]+\s+){1,4}[a-z]+\W*$")


_PLURAL_REPORT = re.compile(r",\s+((?:[a-z]+\s+)?[a-z]{3,}s)\s+report\.?\s*$")


SPACED_DASH = re.compile(r"\s[–—]\s")  # a dash setting off an aside (never a hyphen: `Ras Tanura-based`)


# verbs whose object a word of saying may be as a noun (lose hope, give hope, offer hope)
_TAKES_A_NOUN = frozenset(("lose", "loses", "lost", "give", "gives", "gave", "offer", "offers", "offered", "raise",
                           "raises", "raised", "abandon", "abandoned", "have", "has", "had", "keep", "kept", "no"))


def trailing_said(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[int, str | None, str] | None:
    """`..., X said.` / `..., said X.` at the end: (content end, speaker or None to carry over, cue)."""
    plural_report = _PLURAL_REPORT.search(text, max(start, end - 60), end) if pat.language == "en" else None
    if plural_report and words(text, start, plural_report.start()):
        # `X, researchers report.`: report after a plural subject (alone the word is mostly the noun)
        return plural_report.start(), clean_speaker(plural_report.group(1)), "report"
    cut = last_match(COMMA, text, start, end)
    dash = last_match(SPACED_DASH, text, cut.end() if cut else start, end) if pat.language == "en" and any(
        text.find(d, start, end) >= 0 for d in (" – ", " — ")) else None
    if dash and len(words(text, dash.end(), end)) <= 6:
        cut = dash  # (`X waited 52 minutes – almost three times the target – new NHS figures show.`: the frame
        # after the aside's closing dash)
    based = cut is not None and _STATE_BASED.match(text, cut.end(), end) is not None
    if based:
        # `X, the San Jose, California-based company said`: the comma inside the place the company is based in
        cut = last_match(COMMA, text, start, cut.start()) or cut
    if cut is None or len(words(text, start, cut.start())) < 3:
        return _said_name_without_comma(text, start, end, pat)
    if pat.cue.match(text, SPACES.match(text, start, cut.start()).end(), cut.start()) and COMMA.search(
            text, start, cut.start()) is None:
        return None  # `According to the ministry, the federation wrote to the union`: the cue's content after it
    tail_s, tail_e = cut.end(), end
    if pat.language == "en" and _A_CHARGE_THEY_DENY.match(text, cut.end(), end):
        return None  # `X, a charge officials deny`: the aside on the claim before, no frame of it
    if pat.language == "en" and _A_FIGURE_THE.search(text, max(start, cut.start() - 160), cut.start()):
        return None  # `X said Y, a figure the committee member, Lerato Khumalo, disputed.`: the one disputing a
        # figure inside the aside, not the frame of the sentence
    first = _WORD_RE.match(text, tail_s, tail_e)
    if words(text, tail_s, min(tail_e, tail_s + 8))[:1] in (["and"], ["but"]):
        return None  # `X, and they did not expect to meet the target`: a clause of its own, no trailing frame
    tail_words = words(text, tail_s, tail_e)
    if len(tail_words) >= 2 and fold(tail_words[-2]) in _TAKES_A_NOUN and fold(tail_words[-1]) in ("hope", "hopes"):
        return None  # `When thirst and unemployment meet, young people lose hope.`: the noun, no frame
    if first and fold(first.group()) in pat.trailing_cues:
        # `X, Bloomberg News reported, citing people familiar with the matter`: the frame before the cue
        found = trailing_said(text, start, cut.start(), pat)
        return found if found is None or found[0] < cut.start() else None
    vm = pat.verb.search(text, tail_s, tail_e)
    later = pat.verb.search(text, vm.end(), tail_e) if vm and fold(vm.group("w")) in pat.document_nouns else None
    if later:
        vm = later  # (`X, a Finance Department note seen by The Hindu says`: the document's noun, then its verb)
    if not vm or _in_a_name(text, vm):
        return _said_name_without_comma(text, start, end, pat)
    if fold(vm.group("w")) == "told" and _TOLD_TO.match(text, vm.end(), tail_e):
        return None  # `X, thousands told not to drink tap water`: a passive with its infinitive, no frame
    before = text[tail_s:vm.start()]
    if before.strip() in PERFECT_AUXILIARIES:
        before = ""  # (`X, the Minister of Y, Aliyu Danjuma, has said.`: the auxiliary, then the verb after the name)
    after = words(text, vm.end(), tail_e)
    if not before.strip() and (not after or (fold(vm.group("w")) in pat.object_verbs or fold(after[0]) in _PREPOSITIONS)
                               and _says_where_said(vm, after, pat) and not any(fold(w) in pat.finite for w in after)):
        found = _subject_in_apposition(text, start, cut.start(), pat) if not _SAID_WHERE_OPENING_EN.match(
            text, start, end) else None  # (not `In an interview with X, Abu Mustafa, a driver, said:`: where, no X)
        if found:  # `X, his attorney, Robert Klein, told reporters.` / `, her lawyer, Markus Feldmann, said in an
            # email`: the subject is set off by commas too
            return found[0], found[1], vm.group("w")
    if before.strip():
        opening = before.split()[0]
        if opening.islower() and (fold(opening) in pat.finite or opening.endswith("ed")) and pat.language == "en":
            return None  # (`The last strike, in 2019, ended after three days when the government agreed to a review`:
            # the sentence's own verb after an aside, no frame's subject)
        if _a_comparison(before.split()):
            return None  # `had cut output as promised`: an adverbial of manner, no frame (nor is `, a year later
            # than promised` or `, decades earlier than previously thought`, a comparison)
        if before.split()[0].lower() == "as" and english_frame(text, start, cut.start(), pat) is not None:
            return None  # `X denied that Y, as some passengers had claimed`: the sentence's own frame comes first,
            # the claim's origin an aside inside what is denied
        if pat.language == "en" and before.split()[0] in pat.relatives:  # (lower case: WHO officials estimated)
            return None  # `, which it hopes to release in 2007`: a relative clause about what came before, no frame
        if pat.language == "en" and fold(before.split()[0]) in pat.subordinators:
            return None  # `, when prices soared on fears for the crop`: a time clause of the content, no frame
        if pat.language == "en" and (before.split()[0] in _PREPOSITIONS or before.split()[:2] in (
                ["down", "from"], ["up", "from"], ["compared", "with"])):
            return None  # `, with some selling from producers noted`: a phrase with its participle, no subject
            # (`, down from the 2.3 per cent it projected in December`: a comparison, its relative's verb)
        if pat.language == "en" and before.split()[0][:1].isdigit() and vm.group("w").endswith("s"):
            return None  # `, 4 cents below Wall Street estimates.`: a figure and a plural noun, no frame
        if pat.language == "en" and (fold(before.split()[-1]) in ARTICLES or before.split()[-1] in _DEMONSTRATIVES
                                     or fold(before.split()[-1]) in _QUANTIFIERS):
            return None  # `X, a clerk ..., doubts these promises`: after a determiner the word is a noun, no frame
        subject = english_subject(before, pat) if pat.language == "en" else clean_speaker(before)
        if based and subject:
            subject = " ".join(before.split())  # (the San Jose, California-based company: all of it)
        if subject is None or not _says_where_said(vm, after, pat):
            return None
        if _relative_or_passive(subject, before, pat):
            return None
        if (subject and fold(vm.group("w")) in pat.noun_forms and vm.group("w").endswith("s")
                and subject[0].islower() and fold(subject.split()[0]) not in pat.determiners):
            return None  # `X, which can reach 150%, break trade rules`: a plural noun (but `, the court rules`)
    else:
        # `..., said Mr Y.` / `..., said the spokesman.`, not `..., said the plans stink.` nor (after an apposition
        # closing the subject) `X, Annalena Baerbock, said Berlin was concerned.`; nor a denial, which takes its
        # object after it (`The owner, Appalachian Ridge Coal Co., disputed the findings.`)
        if fold(vm.group("w")) in pat.noun_content or after[:1] and after[0] in ("this", "these", "those"):
            return None  # (`X, Cllr Hughes, acknowledged those concerns.`: a demonstrative opens the verb's object)
        named = bool(after) and (after[0][:1].isupper() or len(after) > 1 and fold(after[0]) == "the"
                                 and after[1][:1].isupper())  # (a name after the verb, perhaps with its article)
        issued = next((i for i in range(2, len(after)) if fold(after[i]) in _ISSUED and len(after) - i <= 5),
                      None) if named else None
        after = after[:issued] if issued else after  # (`, said the MPA in a statement issued at about 1pm`: when it
        # came out, after the name)
        written = next((i for i in range(1, len(after)) if _WHERE_WRITTEN.fullmatch(" " + " ".join(after[i:]))), None)
        after = after[:written] if written else after  # (`, said MOM in a statement on May 14.`: MOM, then where)
        if not after or len(after) > 8 or not (after[0][:1].isupper() or len(after) <= 2 or _role_then_name(
                after, pat) or _unnamed_sources(text[vm.end():tail_e] + ",", 0, tail_e - vm.end() + 1, pat,
                                                vm.group("w")) or named):
            return None  # (but `, said two people briefed on the talks.`: sources in lower case; `, said the
            # Maritime and Port Authority of Singapore (MPA)`: a name with its article)
        if fold(after[0]) in pat.content_openers or fold(after[0]) in _PREPOSITIONS:
            return None  # `..., found that conflict`: the verb's content, no name after it (`X, whose office leads
            # the inquiry, cautioned against speculation`: the verb's complement, the subject before)
        if any(fold(w) in pat.finite for w in after):
            return None
        subject = clean_speaker(as_written(text, vm.end(), tail_e, after))
    return cut.start(), (subject or None) if not is_pronoun(subject or "", pat) else None, vm.group("w")


_WORD_RE = re.compile(r"[\w'’-]+")
_GERUND = re.compile(r"[a-z]{2,}ing\b")


def _opens_with_a_gerund(text: str, pos: int, pat: LanguagePatterns) -> bool:
    """Does a gerund open text[pos:] (paying, waiting), not a noun in -ing (housing, funding)?"""
    gerund = _GERUND.match(text, pos)
    return gerund is not None and fold(gerund.group()) not in pat.ing_nouns


def _a_comparison(ws: list[str], markers: tuple[str, ...] = ("as", "than")) -> bool:
    """Do the words before a verb end in `as`/`than`, perhaps with an adverb (`than previously`), so that the verb
    is a comparison's (`earlier than previously thought`, `as promised`), no one's report?"""
    last = [w.lower() for w in ws[-2:]]
    return bool(last) and (last[-1] in markers or last[0] in markers and last[-1].endswith("ly"))


def _role_then_name(ws: list[str], pat: LanguagePatterns) -> bool:
    """Are the words after an inverted frame a person's role in lower case, perhaps with its modifiers, then a name
    or nothing (`said spokesman Tom Reed`, `said a ministry spokeswoman`), not a clause (`said the minister lied`)?"""
    role = next((i for i, w in enumerate(ws[:4]) if fold(w.split("-")[-1]) in pat.person_roles), None)
    return role is not None and all(w.islower() for w in ws[:role]) and all(w[:1].isupper() for w in ws[role + 1:])


def _subject_in_apposition(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[int, str] | None:
    """`..., his attorney, Robert Klein` right before `, told reporters`: (content end, speaker) when the last one
    or two comma chunks before `end` are short noun phrases (no verb) after a content of three words or more; the
    speaker is the name among them, else the first."""
    chunks: list[tuple[int, str]] = []  # (comma before the chunk, chunk)
    pos = end
    while len(chunks) < 2:
        comma = last_match(COMMA, text, start, pos)
        if comma is None:
            break
        chunk = text[comma.end():pos].strip()
        ws = chunk.split()
        if ws and ws[0].islower() and ws[0].endswith("ing") and not chunks:
            pos = comma.start()  # (`the minister, speaking in Leeds, told reporters`: where and when, past it; `Ben
            continue  # Loder, speaking in Peterhead, promised to`: no apposition before it)
        longest = 7 if _a_titled_name(ws) else 10 if ws and (fold(ws[0]) in ARTICLES or ws[0].endswith(
            ("'s", "’s"))) else 6  # (Petty Officer 1st Class Janelle Ortiz; the emirate's largest operator of paid
        # public parking: a description of the name before it)
        if not 0 < len(ws) <= longest or any(fold(w) in pat.finite or w.islower() and w.endswith("ed") and "-" not in w
                                             for w in ws) or (  # (levy-funded, state-owned: adjectives)
                pat.clause_conj.match(chunk) or pat.cue.search(chunk)):
            break
        chunks.append((comma.start(), chunk))
        pos = comma.start()
    before = words(text, start, chunks[-1][0]) if chunks else []
    if len(before) < 3 or len(before) <= 10 and any(fold(w) in pat.person_roles for w in before[:4]) and not any(
            fold(w) in pat.finite for w in before):
        return None  # (`But the director general of the company, Wassim al-Khatib, responded`: a role before the
        # name, the subject)
    names = [c for _, c in chunks if _a_titled_name(c.split())]
    return chunks[-1][0], clean_speaker(names[0] if names else chunks[-1][1])


def _a_titled_name(ws: list[str]) -> bool:
    """`Petty Officer 1st Class Janelle Ortiz`: capitalised words, a rank's ordinal among them."""
    return all(w[:1].isupper() or w[:1].isdigit() and w[-2:] in ("st", "nd", "rd", "th") for w in ws)


# (a name may carry its body in lower case: said Miguel Ortega of the exporters' association,)
_INVERTED_NP = re.compile(r"\s*((?:[A-Z][\w'’.-]*|of|the|for|at)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|at)){0,9}"
                          r"(?:\s+(?:of|at|for|from)\s+the(?:\s+[a-z][\w'’.-]*){1,3})?)\s*,")


# a phrase in lower case closed by a comma, perhaps after a number (`, said two people briefed on the talks,`)
_LOWER_CASE_PHRASE = re.compile(r"\s*((?:(?:a|the|two|three|four|several|some|other)\s+)?([a-z][\w'’-]*)"
                                r"(?:\s+[a-z][\w'’-]*){0,6})\s*,")


def _unnamed_sources(text: str, start: int, end: int, pat: LanguagePatterns, verb: str) -> re.Match | None:
    """`, said people familiar with the negotiations,`: sources in lower case after an inverted frame, headed by a
    source noun (its match, the phrase in group 1), else None. (With the, only after said: `, said the people,
    who were granted anonymity`; `, disputed the analysis,` is a verb and its object.)"""
    found = _LOWER_CASE_PHRASE.match(text, start, end)
    if found and found.group(1).startswith("the ") and fold(verb) not in ("said", "says"):
        return None
    return found if found and _is_source_noun(fold(found.group(2)), pat) else None


def _anonymity_relative(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a relative clause on the speaker's anonymity (`who asked not to be identified because the
    talks were private`), no claim?"""
    first = _WORD_RE.search(text, start, end)
    return first is not None and fold(first.group()) in pat.relatives and pat.anonymity_aside.search(
        text, first.end(), min(end, first.end() + 60)) is not None


# what the speaker named after an inverted frame is, set off by commas (`, a labor economist at the University,`)
_SPEAKER_DESCRIBED = re.compile(r"\s*(?:a|an|the)\s+[^,;.\"“”]{3,80},")
_SUBORDINATING_PAIRS = frozenset(("even as", "even though", "even if", "so that"))


def _arabic_frame_between_commas(text: str, start: int, end: int,
                                 pat: LanguagePatterns) -> tuple[int, int, str | None, str] | None:
    """`والعجز، يقول الوزير، سيقترب من 3.5%`: a frame set between commas after the first part of its content, no
    content marker after its subject: (end, end, speaker, cue), the frame inside the span (GUIDELINES); when a
    clause of its own follows it (`وصل الوفد، قال مسؤول، وسيلتقي`), (first part's end, the rest's start, ...)."""
    first = COMMA.search(text, start, min(end, start + 200))
    if first is None or not words(text, start, first.start()) or pat.verb.search(text, start, first.start()) or (
            pat.cue.search(text, start, first.start())) or _SAID_WHERE_OPENING.match(text, start, first.start()):
        return None  # (وفي حديث لسكاي نيوز عربية، قال X، وهو ...: where it was said, then the frame: no content before)
    vm = pat.verb.match(text, SPACES.match(text, first.end(), end).end(), end)
    if vm is None or fold(vm.group("w")) not in pat.free_verbs and fold(vm.group("w")) not in pat.going_on:
        return None  # (يقول، قال، يضيف: a verb of saying; من جانبها، أعربت X، ...: an intro, then the clause's verb)
    second = COMMA.search(text, vm.end(), min(end, vm.end() + 80))
    said_by = len(words(text, vm.end(), second.start())) if second else 0
    fewest = 0 if fold(vm.group("w")) in pat.going_on else 1  # (والأسعار، يضيف، لن تنخفض: the speaker goes on)
    if second is None or not fewest <= said_by <= 5 or pat.complementizer.search(
            text, vm.end(), second.start()):
        return None
    rest = SPACES.match(text, second.end(), end).end()
    marker = pat.complementizer.search(text, rest, end)
    marker = None if marker and _EVEN_IF.match(text, marker.start(), end) else marker  # (، وإن كان: even if)
    if len(words(text, rest, end)) < 2 or marker or _QUOTE_MARK.search(
            text, first.end(), end):
        return None  # (من جانبه، أكد X، رئيس ...، أن: an intro, then the frame with its subject's role and content)
    speaker = arabic_subject_after(text, vm.end(), second.start(), pat)
    speaker = None if is_pronoun(speaker, pat) else speaker
    if (text[rest] in "وف" or pat.clause_conj.match(text, rest, end)) and not _ESPECIALLY.match(text, rest, end):
        return first.start(), rest, speaker, vm.group("w")
    role = words(text, rest, min(end, rest + 40))[:1]
    if speaker and role and fold(role[0].removeprefix("ال")) in pat.person_roles and not pat.verb.search(
            text, rest, end):
        return first.start(), end, speaker, vm.group("w")  # (`الأسعار سترتفع، قالت جوليا ستاين، خبيرة الأرصاد في
        # ويذرفين.`: who the speaker is closes the sentence, the frame's, no content after it)
    return end, end, speaker, vm.group("w")  # (`، يقول العلماء، وخاصة على الدببة`: the content goes on)


def _arabic_trailing_frame(text: str, start: int, end: int,
                           pat: LanguagePatterns) -> tuple[int, int, str | None, str] | None:
    """`الجرعة أقل من المطلوب، قالت البروفيسورة أنيتا راو من المعهد الهندي للعلوم.`: a frame closing the sentence
    after its content's last comma, no quotation marks (a translated wire's way): (the comma, end, speaker, cue)."""
    comma = last_match(COMMA, text, start, end)
    if comma is not None and len(words(text, comma.end(), end)) <= 2 and not pat.verb.match(
            text, SPACES.match(text, comma.end(), end).end(), end):
        comma = last_match(COMMA, text, start, comma.start())  # (past the city set off after the speaker's body:
        # من المعهد الهندي للعلوم، بنغالورو)
    if comma is None or len(words(text, start, comma.start())) < 3 or pat.verb.search(text, start, comma.start()):
        return None
    vm = pat.verb.match(text, SPACES.match(text, comma.end(), end).end(), end)
    if vm is None or fold(vm.group("w")) not in pat.free_verbs or not 1 <= len(words(text, vm.end(), end)) <= 10 or (
            pat.complementizer.search(text, vm.end(), end)) or _QUOTE_MARK.search(text, start, end):
        return None
    speaker = arabic_subject_after(text, vm.end(), end, pat)
    return (comma.start(), end, speaker, vm.group("w")) if speaker and not is_pronoun(speaker, pat) else None


# where something was said (في مقابلة، خلال مؤتمر), and that phrase opening the sentence (وفي حديث لسكاي نيوز
# عربية، قال X)
_SAID_IN_AR = r"(?:في|خلال)\s+(?:مقابلة|تصريح|تصريحات|حديث|بيان|مؤتمر)"
_SAID_WHERE_OPENING = re.compile(r"\s*[وف]?" + _SAID_IN_AR + r"(?!\w)")
_SAID_WHERE_OPENING_EN = re.compile(r"\s*(?:In|During)\s+(?:an?|his|her|their|its)\s+(?:interview|statement|speech"
                                    r"|letter|briefing)\b[^,;.]{0,80},")
_ESPECIALLY = re.compile(r"و?(?:خاصة|خصوصا|خصوصًا|بخاصة|لا\s*سيما)(?!\w)")


def inverted_said(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[int, int, str, str] | None:
    """`X happens, said Mr Y, because Z`: (end of the first part, start of the rest, speaker, cue)."""
    if pat.language != "en":
        return _arabic_frame_between_commas(text, start, end, pat) or _arabic_trailing_frame(text, start, end, pat)
    for vm in pat.verb.finditer(text, start, min(end, start + 400)):  # the frame sits near the start
        if _in_a_name(text, vm):
            continue
        j = vm.start() - 1
        while j > start and text[j].isspace():
            j -= 1
        if j <= start or text[j] != ",":
            found = _subject_said_between_commas(text, start, end, vm, pat)
            if found and not found[2] and text.find(";", start, found[0]) < 0:
                own = english_frame(text, start, found[0], pat)
                if own is not None and own.speaker and fold(own.cue or "") in pat.free_verbs:
                    return None  # `Castillo said X, a sign, she said, that Y`: the sentence's own frame comes first,
                    # the pronoun's frame is an aside inside its content
            if found:
                return found
            continue
        np = _INVERTED_NP.match(text, vm.end(), end) or _unnamed_sources(text, vm.end(), end, pat, vm.group("w"))
        if not np or pat.date.fullmatch(np.group(1).split()[0]):
            continue  # (`Under the agreement, announced Thursday, X will`: when it was announced, a participle's)
        after_np = np.end()
        described = _SPEAKER_DESCRIBED.match(text, after_np, end)
        if described:  # `, says Priya Natarajan, a labor economist at X, even as Y`: past what the speaker is
            after_np = described.end()
        rest = words(text, after_np, min(end, after_np + 20))[:2]
        if rest and (fold(rest[0]) in pat.subordinators or " ".join(fold(w) for w in rest) in _SUBORDINATING_PAIRS):
            # `X happens, said Mr Y, because Z`: the reason is part of what he said, the frame sits inside it
            return end, end, clean_speaker(np.group(1)), vm.group("w")
        rest_start = end if _is_apposition(text, after_np, end, pat) or describes_the_speaker(
            text, after_np, end, pat) or _anonymity_relative(text, after_np, end, pat) else after_np
        return j, rest_start, clean_speaker(np.group(1)), vm.group("w")
    return None


def describes_the_speaker(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a role in apposition (a person's role in its first words, no verb), then perhaps further
    noun phrases and relative clauses (`head of case management at the Integrity Unit, the body that handles
    doping cases, who led the prosecution`): the rest of an inverted frame's speaker, no claim?"""
    while start < end and text[start].isspace():
        start += 1
    if end <= start or not text[start].islower():
        return False
    first_comma = COMMA.search(text, start, end)
    head = _WORD_RE.findall(text, start, first_comma.start() if first_comma else end)
    relative = next((i for i, w in enumerate(head) if i and fold(w) in pat.relatives), None)
    head = head[:relative]  # (a rates strategist at Rhein-Main Bank who covers euro debt: the role, its relative)
    if not head or len(head) > 16 or not any(fold(w.split("-")[-1]) in pat.person_roles for w in head[:4]) or any(
            fold(w) in pat.finite and w.islower() for w in head):
        return False  # (most clauses: no role opening them; the rest is read only past this; a capital is a name's,
        # not a verb: stockbrokers Phillips and Drew)
    for chunk in COMMA.split(text[first_comma.end():end]) if first_comma else ():
        ws = [fold(w) for w in _WORD_RE.findall(chunk)]
        if ws and ws[0] not in pat.relatives and not (ws[0] in ARTICLES and not any(w in pat.finite for w in ws)):
            return False  # (a clause of its own after the role)
        if ws and ws[0] in pat.relatives and "that" in ws and pat.verb.search(chunk):
            return False  # (`, who pointed out that most of the congestion is caused by ...`: the speaker's claim)
    return True


def _is_apposition(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a short phrase without a verb of its own (`, the fastest pace in a decade`)?"""
    if pat.clause_conj.match(text, start, end) or pat.subordinate.match(text, start, end):
        return False  # `, and wages fell`: a clause
    rest = [fold(w) for w in words(text, start, min(end, start + 200))]
    return len(rest) <= 10 and not any(w in pat.finite or w.endswith("ed") for w in rest)


# the words after a frame between commas that go on with the clause it interrupts (but `, with scientists
# warning that` opens a claim of its own; `as` opens no clause GUIDELINES splits: `, officials say, as the utility
# runs short of money`)
_GOES_ON_AFTER_FRAME = frozenset(("by", "that", "compared", "in", "to", "for", "at", "from", "than", "because",
                                  "since", "unless", "until", "when", "as", "including", "after", "following", "up",
                                  "down", "based", "below", "above", "against", "despite", "provided", "providing",
                                  "if", "particularly", "especially", "notably", "mainly", "chiefly", "largely",
                                  "mostly"))
# (`Orders fell 7%, the office said, after a revised 6.9% rise`, `, prosecutors said, based on bar receipts`, `was
# £11.50, the charity found, below the real living wage`, `for wildlife, scientists warn, particularly for bears`)
_INTRO_PREPOSITIONS = frozenset(("in", "on", "at", "for", "by", "during", "after", "before", "since", "under",
                                 "without", "with", "until", "despite", "from", "within", "through"))
_MODALS = frozenset(("could", "would", "should", "will", "may", "might", "must", "can", "cannot"))


def narrates_the_speaker(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """`..., he said, but did not elaborate`: a verb joined to the frame's own, narration about the speaker."""
    conj = pat.clause_conj.match(text, start, end)
    nxt = words(text, conj.end(), min(end, conj.end() + 40))[:1] if conj else []
    if nxt and (fold(nxt[0]) in _MODALS or fold(nxt[0]) == "had"):
        return False  # `Asset sales were a one-off, he said, and could not be counted ...`: the content goes on (and
        # `Her family has worked the land, she said, and had never seen ...`: its tense moved back, a report's)
    return bool(nxt) and (fold(nxt[0]) in pat.finite or (nxt[0].islower() and nxt[0].endswith("ed")))


# the narrator's comment on the news after a frame: `, in a move (that) ...`, `, a step ...`
IN_A_MOVE_AR = re.compile(r"في\s+(?:خطوة|إجراء|تحرك)\s*$")
A_MOVE = re.compile(r"\s*(?:(?:in\s+)?an?\s+(?:move|step|decision|ruling|judgement|judgment|verdict)|in\s+what"
                    r"|(?:the\s+latest|another)\s+(?:sign|indication|example|blow|setback|step|move|twist))\b\s*"
                    r"(?:that\s+)?")  # (`, the latest sign of the strain`, `, in what officials called the biggest`)


def _subject_said_between_commas(text: str, start: int, end: int, vm: re.Match, pat: LanguagePatterns):
    """`Prices rose 3 percent, the office said, the fastest pace in a decade`: the frame between commas."""
    # `, the company said, Y` or `, the company said on Thursday, Y`
    after = COMMA.search(text, vm.end(), min(end, vm.end() + 80))
    if after is None or not _says_where_said(vm, words(text, vm.end(), after.start()), pat):
        return None
    if vm.group("w")[:1].isupper() and pat.language == "en":
        return None  # `X, however, varies widely across States, the report notes`: a name inside the sentence (the
        # States), no verb
    tail = _WORD_RE.search(text, after.end(), end)
    if fold(vm.group("w")) in pat.noun_forms and vm.group("w").endswith("s") and tail and fold(tail.group()) in (
            "where", "which"):
        return None  # `in Zamfara, Niger and Nasarawa states, where armed groups control some sites`: a plural noun
        # and its relative, no frame
    if (tail and tail.group().islower() and tail.group().endswith("ing") and tail.group() not in _GOES_ON_AFTER_FRAME
            and COMMA.search(text, after.end(), end) is None):
        return None  # `X, officials said Tuesday, blaming a glitch.`: a trailing frame and its participle, no frame
        # inside
    after = after.start()
    comma = last_match(COMMA, text, start, vm.start())
    if comma is None or not words(text, start, comma.start()):
        return None
    if pat.clause_conj.match(text, comma.end(), vm.start()):
        return None  # `X, and the minister said, Y`: a clause of its own, not a frame set inside X's
    subject = english_subject(text[comma.end():vm.start()], pat)
    if subject and subject.split()[0].islower() and subject.split()[0].endswith("ing"):
        return None  # `, beating estimates, the company said`: a participle and its object, no frame
    before_comma = text[max(start, comma.start() - 7):comma.start()]  # (a relative right before it: which, who)
    relative_before = before_comma.endswith((" which", " who"))
    sentence_from = max(start, comma.start() - 400)  # (a frame this far back at most: linear in a long paragraph)
    if relative_before and pat.verb.search(text, sentence_from, comma.start()) and english_frame(
            text, sentence_from, comma.start(), pat):
        return None  # `The government insists X, pointing to chemists who, it says, have produced Y`: inside a
        # relative of a sentence with its own frame, the aside's report on the relative, no frame of the whole
    if subject == "" and fold(words(text, comma.end(), vm.start())[-1]) == "it" and before_comma.endswith(" which"):
        # `WWF wants X, which, it argues, would slow Y`: `it` framing inside the sentence stands for the name
        # that opens it (a party's: no `The storm`)
        opener = main_subject(text, start, comma.start(), pat)
        subject = opener if opener and opener[:1].isupper() and not opener.startswith("The ") else subject
    between = words(text, comma.end(), vm.start())
    first_word = fold((between[:1] or [""])[0])
    if first_word in pat.adverbials or first_word.endswith("ly") and (len(between) == 1 or between[-1] in ("I", "we")):
        return None  # `, currently expected to be £93,`: an adverb and a participle, no one reporting (`, correctly I
        # think,`: the speaker's own aside on what they quote)
    if first_word in pat.relatives or first_word in _PREPOSITIONS:
        return None  # `, which the EU's monitoring service estimated at 520 million tonnes,`: a relative clause;
        # `Martin Crewe, of the firm Crewe and Dunne, said`: an aside of the name before
    said_by = words(text, comma.end(), vm.start())
    if _a_comparison(said_by):
        return None  # `, decades earlier than previously thought,`: a comparison, no frame
    # (a title and a name may be long: Port of Rotterdam Authority chief executive Anneke Dijkstra told reporters)
    if subject is None or len(said_by) > (10 if all(w[:1].isupper() for w in said_by[-2:]) else 6) or (
            _relative_or_passive(subject, text[comma.end():vm.start()], pat)):
        return None
    first_after = _WORD_RE.match(text, _past_closer(text, after, end), end)
    if first_after and fold(first_after.group()) in pat.trailing_cues:
        return comma.start(), end, subject, vm.group("w")  # `X, Bloomberg reported, citing people ...`: all frame
    before = words(text, start, comma.start())
    if len(before) < 3 or len(before) <= 4 and fold(before[0]) in _INTRO_PREPOSITIONS or (
            fold(before[0]) in ("of", "among") and COMMA.search(text, start, comma.start()) is None):
        # (`Of the 22 recounts the board has tracked, she said, only two ...`: a partitive phrase of the clause)
        # `The economy, he said, is in better shape` / `In one case, she said, a woman had paid`: the frame
        # interrupts one clause, which is all the speaker's (a cue between the parts of its content stays inside
        # the span)
        return end, end, subject, vm.group("w")
    when = words(text, after + 1, end)
    if 0 < len(when) <= 3 and pat.date.fullmatch(when[-1]) and all(w.lower() in _WHEN_OR_WHERE for w in when[:-1]):
        return comma.start(), end, subject, vm.group("w")  # `X, the office said, on Friday.`: when, the frame's
    if A_MOVE.match(text, after + 1, end):
        return comma.start(), after + 1, subject, vm.group("w")  # `X, the minister said, in a move economists
        # warned could Y`: the narrator's comment on the news, perhaps with a report of its own
    rest = words(text, after + 1, min(end, after + 40))[:1]
    if rest and rest[0] in ("though", "although") and not pat.verb.search(text, after + 1, end):
        # `X will come from nuclear, the agency says, though it is also signing Y`: a concession of the same
        # content (but `, although she stressed X`: a report of its own)
        return end, end, subject, vm.group("w")
    if rest and (rest[0] in _GOES_ON_AFTER_FRAME or rest[0] in pat.finite  # (Some of the money, they said, was)
                 or rest[0] in pat.evidence_verbs):  # (The job cuts, she said, show that: the subject's verb)
        # `A Conservative government would go further, he said, by setting a limit` / `It was essential, a
        # spokeswoman said, that anyone held ...`: one clause with the frame inside it
        return end, end, subject, vm.group("w")
    if _is_apposition(text, after + 1, end, pat):
        # `..., the office said, the lowest rate in years / making it the warmest September`: what follows the
        # frame describes the content, so the content is the whole sentence, the frame inside it
        return end, end, subject, vm.group("w")
    return comma.start(), after + 1, subject, vm.group("w")


_IMPERSONAL = frozenset(fold(w) for w in ("يذكر", "يشار", "يُذكر", "يُشار"))
# a passive of expectation opening its clause (، ويتوقع أن يزوره الرئيس): nobody's report, nobody carried over
EXPECTED_PASSIVE = frozenset(fold(w) for w in ("يتوقع", "يرجح", "يعتقد", "يفترض"))
_IMPERSONAL_MARKER = re.compile(r"\s*(?:إلى\s+)?[أا]ن")
_IMPERSONAL_OPENING = re.compile(r"\s*[وف]?([\w\u064B-\u0652]+)")  # (a vowel sign in it: ويُذكر)


def in_the_articles_voice(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with the article's own `it is worth noting that` (ويذكر أن، يشار إلى أن)?"""
    first = _IMPERSONAL_OPENING.match(text, start, end)
    return (first is not None and fold(first.group(1)) in _IMPERSONAL
            and _IMPERSONAL_MARKER.match(text, first.end(), end) is not None)


_POSSESSED = re.compile(r"\w{3,}(?:هما|هم|ها|ه)$")  # a noun with its possessor (دعمهما، موقفه)


def _object_before_quote(text: str, verb_end: int, opener: int) -> bool:
    """`أكد الوزيران دعمهما "لوحدة الأراضي ..."`: is the word before a quotation a noun with its possessor, not
    after a preposition (في كلمته "...") nor a word like ذاته (في الوقت ذاته "...")? Or a derived verbal noun right
    after the verb's subject (أعلن الوزير توقيف "نحو مئة شخص")? Then the quotation completes the verb's object, a
    noun, and is no speech."""
    if text[verb_end:opener].rstrip().endswith(("،", ",")):
        return False  # (`«...»، يقول الصياد أبو أحمد الذي شارك بمركبه، «...»`: the frame closes at its comma)
    last = words(text, max(verb_end, opener - 40), opener)[-2:]
    return (len(last) == 2 and _POSSESSED.search(last[-1]) is not None and not last[-1].startswith("ال")
            and fold(last[0]) not in AR_PREPOSITIONS and fold(last[-1]) not in SELF_WORDS
            or bool(last) and derived_verbal_noun(last[-1])
            # (أقر بوجود "...": ب and a verbal noun, the only word after the verb)
            or words(text, verb_end, opener) == last[-1:] and bool(last) and bi_verbal_noun(last[-1]))



# `X ذاته`: the same X (في الوقت ذاته; المتحدث ذاته, the spokesman named before)
SELF_WORDS = frozenset(fold(w) for w in ("ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "أنفسهم", "عينه", "بدوره",
                                         "بدورها"))
_MASDAR_GOVERNORS = frozenset(fold(w) for w in ("عدم", "دون", "بدون"))
_PEOPLE_TOLD = frozenset(fold(w) for w in ("للصحفيين", "للصحافيين", "للإعلاميين", "للمراسلين", "للحضور"))
_RECEIVER_BEFORE = re.compile(r"(?<!\w)(?:تلقت|تلقى|حصلت|حصل|اطلعت|اطلع|تسلمت|تسلم)\s*$")  # (the outlet after it)
_RECEIVED_OBJECTS = frozenset(fold(w) for w in ("به", "بها", "بنسخة", "بنسخه"))


def _received(text: str, verb_end: int, end: int) -> bool:
    """Does a verb ending at verb_end take به or بها (بنسخة) right after it or its subject (توصلت به الجريدة،
    توصلت هسبريس بنسخة منه: received it), no speech?"""
    window_end = min(end, verb_end + 30)
    if text.find("به", verb_end, window_end) < 0 and text.find("بنسخ", verb_end, window_end) < 0:
        return False  # (a cheap test first: most verbs have neither)
    ws = words(text, verb_end, window_end)[:2]
    # (but الحكومة المعترف بها دوليا: به after a passive participle is its own complement; مصدر مسؤول بها: a source
    # in it, past a subject of two words)
    return any(fold(w) in _RECEIVED_OBJECTS and not (i and ws[i - 1].startswith("الم")) for i, w in enumerate(ws))


_CUE_END = re.compile(r"[,،]|\s[-–—]+\s|(?<=\w)[-–—](?=\s)")  # (an aside between glued dashes: -بحسب X-)
_FA_INNA = re.compile(r"\s(?=ف[إا]ن(?:ه|ها)?\s)")
_PUBLISHED_WHEN = re.compile(r"\s+(?:published|released|issued|unveiled)\s+(?:on|last|this|earlier|late)\b[^,;]*$")
_RELATIVE_WORD = re.compile(r"\s*(?:التي|الذي|اللذين|اللتين|الذين)\s+")
# when a document came out, closing its issuer (صندوق النقد الدولي الشهر الماضي، مكتب الإحصاءات يوم الأربعاء)
_TIME_AFTER_PARTY = re.compile(r"\s+(?:(?:الشهر|الأسبوع|العام|الربع)\s+(?:الماضي|الجاري|الحالي)|يوم\s+\S+|أمس|اليوم"
                               r"|مساء\s+\S+|صباح\s+\S+|(?:ل|لل)?(?:عام|سنة)\s+[\d٠-٩]{4})$")
# the year of a cue's document (وفقا لإحصاءات المركز الوطني لعام 2023): a number of the cue's phrase, no content
_DOCUMENT_YEAR = re.compile(r"\s(?:ل|لل)?(?:عام|سنة)\s+[\d٠-٩]{4}(?![\d٠-٩])")


# the outlet a cue's party spoke to, closing the cue (، لوكالة الأنباء الجزائرية), or where it was said (في بيان
# يوم 14 مايو)
_TOLD_AN_OUTLET = {
    "ar": re.compile(r"[،,]?\s*(?:ل(?:وكالة|صحيفة|قناة|موقع|إذاعة|تلفزيون|لصحفيين|لصحافيين|لإعلام)"
                     r"|في\s+(?:بيان|تصريح|تصريحات|مؤتمر|حديث|مقابلة))[^،,]{0,60}$"),
    "en": re.compile(r",?\s*(?:speaking|talking|writing)\s+(?:to|in|on)\s+[^,]{2,60}$"),
}
# the party's name after a title (`, Lt. Cmdr. Nikos Alexiou`): abbreviated ranks, then capitalised words
# (or a branch's: `, Local 88 of Unite Here`)
_NAME_AFTER_PARTY = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s*)*((?:[A-Z][\w'’-]+\s*){1,4}"
                               r"(?:(?:(?:\d+|of|the|for|and)\s+)+(?:[A-Z][\w'’-]+\s*){1,4})?)")
# `، بحسب نقابتهم، الفرع 88 من اتحاد العمال`: a noun phrase naming the party again, to the sentence's end (headed
# by an institution's noun: `، الأعلى منذ عقد` describes the content)
_ARABIC_APPOSITION = re.compile(r"ال\w+(?:\s+[\w-]+){0,6}")
# (or at فإن: `وحسب المعطيات ذاتها فإن الحقينة وصلت إلى`)
_AMOUNTS = r"أكثر\s+من|أقل\s+من|نحو|حوالي|قرابة"  # (وفق تقديرات رسمية أكثر من 200: how much)
_CONTENT_GOES_ON = re.compile(r"\s(?:(?:إلى|الى|بنسبة|بمقدار|بواقع|مقابل|ب|" + _AMOUNTS + r")\s*)?"
                              r"[\d٠-٩]|\s(?=[وف]?[إا]ن(?:ه|ها)?\s)")
_AMOUNT_GOES_ON = re.compile(r"\s(?:" + _AMOUNTS + r")\s*[\d٠-٩]")


_INSIDE = frozenset(fold(w) for w in ("داخل", "خارج", "قرب", "محيط"))


_FIRST_WORD = re.compile(r"\S+\s+")


_RELATIVE_THEN_WORD = re.compile(r"\s(?:that|which)\s+(?=\w)")
_SPACE_AND_THAT = re.compile(r"\s*(?:that\s+)?")


def relayed_report(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[int, str] | None:
    """`, according to a report that says the NHS is struggling`: where the cue object's own report starts in
    text[start:end] (past `that says` and its `that`), and its verb; else None."""
    for m in _RELATIVE_THEN_WORD.finditer(text, start, end):
        verb = pat.verb.match(text, m.end(), end)
        if verb and fold(verb.group("w")) in pat.that_only and not _THAT.match(text, verb.end(), end):
            continue  # `, which recommends rates to its members`: an act with its noun, no report
        if verb:
            content = _SPACE_AND_THAT.match(text, verb.end(), end)
            return content.end(), verb.group("w")
    return None


_FROM_A_BODY = re.compile(r"(?<!\w)من\s+(\w+)")
_POINTED_TO = frozenset(fold(w) for w in ("إليه", "إليها"))


# a verb of varying before حسب (تتراوح، تختلف، تتفاوت): what it varies with, no source
_VARIES = re.compile(r"(?<!\w)[وف]?[يت](?:تراوح|ختلف|تفاوت)(?!\w)")
# `ما أعلنه` and a preposition or nothing after it: what he (it) announced, no subject of its own after the verb
_WHAT_IT_SAID = re.compile(r"\s*(?:ما\s+)?((\w{3,}?)(?:هما|هم|ها|ه))"
                           r"(?=\s*$|\s*[،,]|\s+(?:في|على|عبر|خلال|أمام|أمس|اليوم)(?!\w))")


# an Arabic possessive pronoun closing a noun (اختصاصاتهم: their specialisations)
_OWNER_SUFFIX = re.compile(r"(?<=\w{3})(?:هما|هم|ها|ه)$")


def _owned(word: str) -> str:
    """An Arabic noun without its possessive pronoun, its ة restored (كلفته -> كلفة, قدراتها -> قدرات)."""
    bare = _OWNER_SUFFIX.sub("", word)
    return bare[:-1] + "ة" if bare != word and bare.endswith("ت") and not bare.endswith("ات") else bare


def cue_object(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[str, int]:
    """The party a cue credits, and where its phrase ends (in Arabic without when the party's document came out:
    بحسب تقديرات صادرة عن صندوق النقد الدولي الشهر الماضي, the fund)."""
    party, obj_end = _cue_party(text, start, end, pat)
    if party and len(party.split()) > 2:
        party = (_TIME_AFTER_PARTY if pat.language == "ar" else _PUBLISHED_WHEN).sub("", party)
    return party, obj_end


def _cue_party(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[str, int]:
    """cue_object's party, as the cue's words give it."""
    stop = _CUE_END.search(text, start, end)
    obj_end = stop.start() if stop else end
    opener = _FA_INNA.search(text, start, obj_end) if pat.language == "ar" and stop is not None else None
    if opener and words(text, start, opener.start()):
        obj_end = opener.start()  # (وحسب المعطيات ذاتها فإن الحقينة وصلت ...، بعدما: the content opens at فإن)
    if pat.language == "ar":
        # `ارتفعت البطالة بحسب الجهاز المركزي للإحصاء إلى 7.4 في المئة`: with no comma after it, the party ends
        # where the content goes on: at a number (and its preposition); `خلال الافتتاح` after the party is
        # where it spoke (before a comma, only at an amount: `بلغت وفق تقديرات رسمية أكثر من 200 مليون دينار،`;
        # a number alone may be the party's, المادة 107، لبنان 24)
        year = _DOCUMENT_YEAR.search(text, start, obj_end)
        goes_on = (_CONTENT_GOES_ON if stop is None else _AMOUNT_GOES_ON).search(
            text, year.end() if year else start, obj_end)
        if year and goes_on is None and words(text, year.end(), obj_end):
            goes_on = year  # (لعام 2023 نحو مليون سائح: the content goes on after the year)
        party_words = words(text, start, goes_on.start()) if goes_on else []
        if party_words and (fold(party_words[-1]) not in AR_PREPOSITIONS  # (نقلا عن 3 مصادر: the party's number)
                            or _AMOUNT_GOES_ON.match(text, goes_on.start())):  # (على نحو 2.3: على its own)
            obj_end = goes_on.start()
            stop_word = pat.speaker_stop.search(text, start, obj_end)  # (البيان المالي على نحو 2.3: at على)
            if stop_word and words(text, start, stop_word.start()):
                obj_end = stop_word.start()
    said_it = _WHAT_IT_SAID.match(text, start, obj_end) if pat.language == "ar" else None
    if said_it and (pat.verb.fullmatch(said_it.group(2)) or said_it.group(2).endswith("و") and pat.verb.fullmatch(
            said_it.group(2) + "ا")):  # (the plural's alif dropped before its pronoun: كتبوه, كتبوا + ه)
        # بحسب ما أعلنه في بيان نشره على حسابه: what it announced, the pronoun's party (no subject after the verb)
        return said_it.group(1), obj_end
    issuer = _document_issuer(text, start, obj_end, pat)
    if issuer:
        return issuer, obj_end  # بحسب بيان صادر عن الوزارة: the ministry
    phrase = text[start:obj_end]
    if pat.language == "ar":
        phrase = without_quoted_outlet(phrase)  # (حسب ما أكده متعاملون اقتصاديون لـ"الوطن": the paper told)
    carrier = pat.carriers.match(phrase)
    rest = phrase[carrier.end():].lstrip() if carrier else ""
    described = _FIRST_WORD.match(rest) if pat.language == "ar" and rest else None
    relative = _RELATIVE_WORD.match(rest, described.end()) if described else None
    if described and pat.intro.match(rest, relative.end() if relative else described.end()):
        # حصيلة مؤقتة أعلنتها X / للأرقام الرسمية التي نشرها X: past the carrier's adjective (and its relative) to its
        # intro
        rest = rest[relative.end() if relative else described.end():]
        phrase = phrase[:carrier.end()] + " " + rest
    rest_words = rest.split()[:2]
    construct = (len(rest_words) == 2 and rest_words[1].startswith("ال") and not rest_words[0].endswith(("ي", "ية"))
                 and fold(rest_words[0]) not in AR_PREPOSITIONS and carrier is not None
                 and not any(fold(w) in pat.source_nouns for w in carrier.group().split()))
    inside = bool(rest_words) and fold(rest_words[0]) in _INSIDE  # (مصادر من داخل المجلس: sources, where they sit)
    if carrier and carrier.group().lstrip().startswith("ل") and rest and all(w.startswith("ال") for w in rest.split()):
        carrier = None  # وفقا للإحصاءات الرسمية: ل + the definite carrier, so what follows is its adjective, no
        # issuer in a genitive (that would follow a carrier without ال: وفقا لإحصاءات الوزارة)
    if (carrier and pat.language == "ar" and not rest.startswith(("ال", "ل")) and not pat.intro.match(rest)
            and not carrier.group().rstrip().endswith(("من", "عن")) and not construct or carrier and inside):
        carrier = None  # بحسب مصادر مطلعة، أرقام رسمية: the carrier with its adjective is the party (but تقديرات
        # برنامج الأغذية العالمي: the carrier of a named body, which is the party)
    if carrier and carrier.end() < len(phrase):
        phrase = phrase[carrier.end():]
        if pat.language == "ar":
            phrase = without_preposition_lam(phrase.lstrip(), pat)  # تقديرات لمعهد X: the institute
            from_body = _FROM_A_BODY.search(phrase)
            if from_body and fold(from_body.group(1).removeprefix("ال")) in pat.name_heads:
                phrase = phrase[from_body.start(1):]  # بيانات تتبع السفن من مجموعة بورصات لندن: the group
        intro = pat.intro.match(phrase.lstrip())
        if intro:
            phrase = phrase.lstrip()[intro.end():]  # وفقا لتقرير نشره X: the publisher
            stop = pat.speaker_stop.search(phrase) if pat.language == "ar" else None
            if stop and words(phrase, 0, stop.start()) and fold(stop.group("w")) != "من":
                # (دراسة أعدها البنك الدولي العام الماضي: when, no part of it; but تحالف من مجموعات ...: its members)
                phrase = phrase[:stop.start()]
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    ws = clean_speaker(phrase).split()
    if ws and text[start - 1:start] == "ل" and ws[0].startswith("ل"):
        # وفقا للأمم المتحدة: the cue took one ل of لل, which is ل + ال (للجنة الانتخابات is ل + لجنة in construct;
        # للجنة alone, the committee: ل + اللجنة)
        lam_noun = fold(ws[0]) in pat.lam_nouns
        ws[0] = ws[0] if lam_noun and len(ws) > 1 else ("ال" if lam_noun else "ا") + ws[0]
    n_words = len(ws)
    stated_in = False
    if ws and fold(ws[0]) in pat.relative_frame and pat.language == "en":
        ws = ws[1:-1] if len(ws) > 2 and pat.verb.fullmatch(ws[-1]) else ws[1:]  # according to what X said
    elif ws and fold(ws[0]) in pat.relative_frame:
        ws = ws[2:]  # بحسب ما قاله X: past the relative and its verb
    elif ws and fold(text[max(0, start - 4):start]).rstrip().endswith("ما") and len(ws) > 1:
        ws = ws[1:]  # the cue ended in ما (بحسب ما، حسبما): its first word is the verb
        if len(ws) > 1 and fold(ws[0]) == "في":
            ws = ws[1:]  # بحسب ما جاء في بيان المصرف: where it came, the statement
            stated_in = True  # (and a law it came in is a document: بحسب ما جاء في قانون المالية, no manner)
    elif len(ws) > 1 and pat.verb.fullmatch(ws[0]):
        ws = ws[1:]  # حسب ما أفادت تقارير: past the verb (but `according to reports` keeps its noun)
    if ws and ws[0] in ("ل", "لـ", "ـ"):
        ws = ws[1:]
    if pat.language == "ar" and (len(ws) < n_words or _ends_in_verb(text, start, pat)):
        # past a verb the object is its subject: بحسب ما صرح به وزير المالية خلال ... -> وزير المالية, and so
        # after a cue ending in one (كما قال الوزير يوم الاثنين -> الوزير)
        while ws and (fold(ws[0]) in RESUMPTIVE_OBJECTS or fold(ws[0]) in _POINTED_TO):  # (بحسب ما تشير إليه X)
            ws = ws[1:]
        phrase = " ".join(ws)
        issuer = _document_issuer(phrase, 0, len(phrase), pat)
        if issuer:
            return issuer, obj_end  # وفق ما جاء في البيان الذي نشره البنك: the bank
        stop = pat.speaker_stop.search(phrase)
        ws = (phrase[:stop.start()] if stop else phrase).split()
    set_by = next((i for i in (1, 2) if len(ws) > i + 2 and fold(ws[i]) in pat.relatives
                   and pat.intro.fullmatch(ws[i + 1]) and not pat.date.fullmatch(ws[i + 2])
                   and (i == 1 or fold(ws[0]) in pat.manner_words)), None) if pat.language == "ar" else None
    if set_by:  # بحسب الجدول الذي أقره مجلس الوزراء: the one who set the timetable (alone it is a manner), so past an
        # adjective on a manner (الجدول الزمني الذي نشرته المفوضية); not خطة التعافي التي أقرتها عام 2022, when
        ws = ws[set_by + 2:]
    owner = len(ws) > 2 and ws[0].endswith(("'s", "’s")) and ws[0][:1].isupper() and fold(ws[1]) == "own"
    counted = len(ws) > 1 and fold(ws[0]) == fold("عدد") and ws[1].startswith("ال")  # (بحسب عدد المحطات: depending on
    # how many; but بحسب عدد من المسؤولين: a party)
    document = pat.language == "ar" and bool(ws) and _a_document(ws[0], pat)
    # (a treaty or a code as the head after its adjectives: the ministerial code, the Oslo II accords signed in 1995;
    # a law that way is a document stating its plans: according to the finance law)
    head = list(takewhile(lambda w: fold(w) not in _PREPOSITIONS and fold(w) not in _ISSUED and w != "signed",
                          ws[:5]))[-1:] if pat.language == "en" else []
    head = head if head and fold(head[0]) in _FRAMEWORK_HEADS else []
    # (an English manner word is the phrase's lower-case head: not a word of a name, the Law Society, nor one before
    # its own head noun, a law firm, law enforcement officials)
    manner = [pat.language != "en" or w == "own" and not any(
        {fold(x.strip(".,;")), fold(x.strip(".,;")).removesuffix("s")} & pat.document_nouns for x in ws[i + 1:i + 3])
              or w.islower() and (
        i + 1 == len(ws) or fold(ws[i + 1]) in _PREPOSITIONS or fold(ws[i + 1]) in pat.relatives)
              for i, w in enumerate(ws[:2])]  # (own before its noun: their own methods; but our own incident
    # reports, its own figures: documents, a party's)
    if counted or len(ws) == 1 and fold(ws[0]) in pat.measure_words or not owner and not stated_in and (
            ws and manner[0] and (fold(ws[0]) in pat.manner_words
                                  or fold(_owned(ws[0].removeprefix("ل"))) in pat.manner_words)
            or head
            or len(ws) > 1 and (
            manner[1] and fold(ws[1]) in pat.manner_words and not document  # (كراسة الشروط: a document, its genitive)
            or fold(ws[0]) in pat.numbered_provisions and ws[1][:1].isdigit())):
        # (but according to Atoc's own figures: a named party's own figures are its)
        return "", obj_end  # according to their own methods, وفقا لأساليبها الخاصة, وفقا للمادة 124: a manner
    relative = next((i for i, w in enumerate(ws) if i and (w == "who" or w in ("that", "which") and pat.verb.fullmatch(
        ws[i + 1] if i + 1 < len(ws) else ""))), None) if pat.language == "en" else None
    if relative:
        ws = ws[:relative]  # a report that says X: the report (X is its claim, see relayed_report); backbenchers who
        # have seen it: the backbenchers
    intro = pat.intro.search(" ".join(ws[:6])) if pat.language == "en" and len(ws) > 2 else None
    if intro:
        ws = " ".join(ws)[intro.end():].split()  # figures compiled by the council, a toll announced by X: X
        where = next((i for i, w in enumerate(ws) if i >= 1 and fold(w) in ("on", "in", "via", "during")), None)
        ws = ws[:where]  # (the statement published by the bank on its website: the bank; released by HDB on
        # Oct 1: HDB)
    ws = _without_coming_out(ws)
    if pat.language == "en" and (len(ws) > 8 or intro):
        # (a notice published by the Dutch foreign trade ministry on Thursday evening, figures released last week
        # by the statistics office: the party without when)
        when = {i for i, w in enumerate(ws) if i >= 2 and pat.date.fullmatch(w)}
        when |= {i - 1 for i in when if fold(ws[i - 1]) in _WHEN_WORDS}
        ws = [w for i, w in enumerate(ws) if i not in when and not (i - 1 in when and fold(w) in _PARTS_OF_DAY)]
        intro = pat.intro.search(" ".join(ws[:6])) if when and not intro else None
        if intro:  # (a study published in March by the Centre for X: past when, who published it)
            ws = " ".join(ws)[intro.end():].split()
        return " ".join(ws[:10]), obj_end
    # (a party of nine or ten words set off whole by its comma: a role, its body and a titled name, أستاذ الاقتصاد في
    # جامعة النجاح الوطنية د. هيثم دراغمة)
    return " ".join(ws[:10 if len(ws) <= 10 and text.startswith(("،", ","), obj_end) else 8]), obj_end


def _without_coming_out(ws: list[str]) -> list[str]:
    """A cue's party without when its document came out (بحسب تقرير للبنك المركزي صدر أمس، وفق آخر تقرير لها نشر
    الشهر الماضي, figures from the office released last week), nor the pronoun of its owner, named before (لها);
    but `published separately by X` and `posted on the CDC's website` say who published it and where."""
    published = next((i for i, w in enumerate(ws) if i and fold(w) in _PUBLISHED and not any(
        v == "by" or v[:1].isupper() for v in ws[i + 1:])), None)
    return [w for w in ws[:published] if fold(w) not in _ITS]


# a document's coming out, right after its party (تقرير للبنك صدر أمس), and the pronoun of its owner (تقرير لها)
_PUBLISHED = frozenset(fold(w) for w in ("صدر", "صدرت", "نشر", "نشرت", "أصدر", "أصدرت", "أعد", "أعدت", "أعلن",
                                         "أعلنت", "الصادر", "الصادرة", "المنشور", "المنشورة", "released",
                                         "published", "issued", "posted"))
_ITS = frozenset(fold(w) for w in ("له", "لها", "لهم", "لهما"))


_WHEN_WORDS = frozenset(("on", "in", "last", "this", "next", "early", "late", "earlier", "later"))
_PARTS_OF_DAY = frozenset(("morning", "afternoon", "evening", "night"))


def verbal_noun_at(text: str, pos: int, end: int) -> bool:
    """Is the next word from `pos` a derived verbal noun (كما جرى تكريم، كما أعلن تعطيل)?"""
    first = _WORD_RE.search(text, pos, min(end, pos + 30))
    return first is not None and derived_verbal_noun(first.group())


def verbal_noun_object(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """After a cue ending in a verb (كما أعلن), at `pos`: is the next word a verbal noun of a derived form, the
    verb's object (كما أعلن تعطيل الدوام, it also announced the suspension), not the source it names?"""
    return pat.language == "ar" and _ends_in_verb(text, pos, pat) and verbal_noun_at(text, pos, end)


def _ends_in_verb(text: str, pos: int, pat: LanguagePatterns) -> bool:
    """Is the word right before `pos` a reporting verb (the end of a cue such as كما قال), or the verb of a frame
    after a quotation (هكذا علق، بهذه الكلمات رد: a verb the lexicon of speech may not hold)?"""
    last = words(text, max(0, pos - 24), pos)[-2:]
    return bool(last) and (pat.verb.fullmatch(last[-1]) is not None or len(last) == 2 and fold(last[0]) in _SO)


_SO = frozenset(fold(w) for w in ("هكذا", "الكلمات"))  # "..."، هكذا علق X / بهذه الكلمات رد X


def _names_a_source(phrase: str, pat: LanguagePatterns) -> bool:
    """Does a trailing cue's object name a party: a name (a capital past its first letter's article), a person's role,
    a document or a source noun (citing officials, citing a report, citing people familiar with the talks)? Its
    head decides, the first noun past its determiners and possessor: `citing delays at its Ilo smelter`, `citing
    the government's use of the levy` give reasons (a name further on is no source)."""
    ws = phrase.split()
    while len(ws) > 1 and (fold(ws[0]) in _CITED_DETERMINERS or ws[0].endswith(("'s", "’s")) and ws[0][:1].islower()):
        ws = ws[1:]  # (the, its, the government's: to the head)
    head = ws[0] if ws else ""
    return head[:1].isupper() or any(_is_source_noun(fold(w), pat) for w in ws[:3]) or (
        "the " + fold(head)) in pat.generic


_CITED_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "two", "three", "several",
                                "some", "unnamed", "senior"))


def _is_source_noun(word: str, pat: LanguagePatterns) -> bool:
    """Is the folded `word` a source noun (officials, people), a document (a report) or a person's role, singular
    or plural (analysts)?"""
    return (word in pat.cited_sources or word in pat.document_nouns or word in pat.person_roles
            or word.endswith("s") and word[:-1] in pat.person_roles)


# (and a measure: `shared according to the number of patients treated`, `according to size`)
_IN_PROPORTION = re.compile(r"\s*(?:how|whether|(?:the\s+)?(?:number|size|amount|volume|level|share|age|income)\s+of"
                            r"|(?:their|its|his|her)\s+(?:size|income|age|needs|means))\s", re.IGNORECASE)
_RELATIVE_VERB_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|الذين)\s+[^\W\d]{3,}\s+$")


def _a_document(word: str, pat: LanguagePatterns) -> bool:
    """Is the Arabic `word` a document's noun, perhaps with its article or ل (كراسة، التقرير، لبيان)?"""
    return any(fold(w) in pat.documents for w in (word, word.removeprefix("ال"), word.removeprefix("ل")))


def _a_source_next(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Does the word at `pos` (after a cue, perhaps with its ل) name a source: sources, a person's role, a body?"""
    first = words(text, pos, min(end, pos + 40))[:1]
    word = fold(first[0]) if first else ""
    # (the word, or past its ل, its article, or both: مصادر، لمصادر، المصادر، للمصادر, never the ل of لجنة itself)
    heads = {word, word[1:] if word.startswith("ل") else word, word.removeprefix("ال"), word.removeprefix("لل")}
    return any(h in pat.source_nouns or h in pat.person_roles or h in pat.name_heads or "ال" + h in pat.generic
               for h in heads)  # (اللجنة: a body's generic noun)


# a relative or و and a pronoun after a cue's party: what the party is (بحسب X، وهو مسؤول; X، التي), no more content
# (but `إذ إن الزبون، حسب X، هو الحلقة الأضعف`: هو alone links the subject before the cue to its predicate)
_PARTY_RELATIVE = re.compile(r"(?:[وف]?(?:الذي|التي|which|who)|[وف](?:هو|هي))\b")


# in force, laid down (المعمول به، المنصوص عليه; `in force`, `laid down`) right before a cue: the rule it holds under
_IN_FORCE_BEFORE = {"ar": re.compile(r"(?<!\w)(?:ال)?(?:معمول|منصوص)\s+(?:به|بها|بهم|عليه|عليها)\s+$"),
                    "en": re.compile(r"\b(?:in\s+force|laid\s+down|applied|applicable)\s+$")}
# or describing the cue's own noun (وفق التعرفة المعمول بها; `according to the tariff in force`): a rule, no source
_IN_FORCE_AFTER = {"ar": re.compile(r"\s+\S+(?:\s+ال\S+)?\s+(?:ال)?(?:معمول|منصوص)\s+(?:به|بها|بهم|عليه|عليها)(?!\w)"),
                   "en": re.compile(r"\s+(?:the\s+)?(?:\S+\s+){1,2}(?:in\s+force|laid\s+down)\b")}


def cue(text: str, start: int, end: int, pat: LanguagePatterns,
        starts: PhraseStarts | None = None) -> tuple[int, int, str, str] | None:
    """A cue in text[start:end]: (content start, content end, speaker, cue)."""
    starts = starts or PhraseStarts(text, start, end, pat)
    quoted = None  # the quotations of the stretch (one never closed runs to its end), found when a cue shows up
    for m in starts.finditer(pat.cue, start, end):
        if quoted is None:
            quoted = [(o, end if c is None else c) for o, c in quotations(text, start, end)] if has_marks(
                text, start, end) else []
        if any(o < m.start() < c for o, c in quoted):
            continue  # `أن الحملة "تسير وفق الخطة"`: the quoted words' own phrase (according to plan), no source
        if verbal_noun_object(text, m.end(), end, pat):
            continue  # `، كما أعلن تعطيل الدوام`: the verb's object, a verbal noun (it also announced), no source
        if pat.language == "en" and _IN_PROPORTION.match(text, m.end(), end):
            continue  # `funded according to how many pupils they have`: in proportion to, no source
        if _IN_FORCE_BEFORE[pat.language].search(text, max(start, m.start() - 24), m.start()) or _IN_FORCE_AFTER[
                pat.language].match(text, m.end(), end):
            continue  # `سقف 400 دولار المعمول به وفق التعميم 158`, `the cap in force according to circular 158`:
            # the rule a thing holds under, no source (so is `ستحتسب وفق التعرفة المعمول بها`)
        if pat.language == "ar" and _RELATIVE_VERB_BEFORE.search(text, max(start, m.start() - 30), m.start()) and (
                not _a_source_next(text, m.end(), end, pat)):
            continue  # `اللائحة التي أعدت وفقا لملاحظات فيفا`: in accordance with, how the relative's act was done
            # (but `الذين سقطوا وفقا لمصادر طبية`: sources, a cue inside the relative)
        varies = _VARIES.search(text, start, m.start()) if pat.language == "ar" and fold(m.group("w")).removeprefix(
            "ب") == fold("حسب") else None
        if varies and not COMMA.search(text, varies.end(), m.start()):
            continue  # `تتراوح الفائدة بين 4,5 و5,5 في المائة حسب الأبناك`: depending on the bank, no source (but
            # `، بعد أن كان يتراوح بين 550 و600 شيكل، بحسب تجار محليين`: past a comma, a cue of the whole)
        speaker, obj_end = cue_object(text, m.end(), end, pat)
        if (pat.language == "ar" and not words(text, start, m.start()) and m.group().startswith("كما")
                and _ends_in_verb(text, m.end(), pat) and any(derived_verbal_noun(w) for w in speaker.split()[1:])):
            continue  # `كما أعلنت الوزارة تطبيق العمل عن بعد`: opening its sentence, كما is also, the verb's object
            # a verbal noun after its subject (not `كما قال الوزير، فإن`: as the minister said)
        if (fold(m.group("w")) in pat.trailing_cues and not words(text, start, m.start())
                and words(text, obj_end, end)):
            continue  # `Citing security concerns, the government ...`: a reason, not a source
        if fold(m.group("w")) in pat.trailing_cues and (any(fold(w) in pat.reasons for w in speaker.split())
                                                        or not _names_a_source(speaker, pat)):
            continue  # `declined to comment, citing the ongoing investigation` / `citing low stocks`: a reason
        if speaker:
            break
    else:
        return None  # no cue, or none naming a party (according to their own methods)
    before = words(text, start, m.start())
    tail = text[obj_end:end].strip(_TRIM)
    listed = _LIST_GOES_ON.match(tail) if pat.language == "en" and tail and speaker.split()[-1][:1].isupper() else None
    if listed:  # `according to results of a trial in Burkina Faso, Kenya, Mali and Tanzania`: the list is the party's
        speaker, tail = speaker + ", " + listed.group(1), tail[listed.end():].strip(_TRIM)
    if pat.language == "en" and tail:
        # `, according to Gavi, the vaccine alliance, which ...` / `... Tanzania published on Thursday`: what the
        # party is and when it came out describe it, so the cue still trails the content
        tail = _PARTY_DESCRIBED.sub("", tail, count=1).strip(_TRIM)
    if tail:
        tail = _TOLD_AN_OUTLET[pat.language].sub("", tail).strip(_TRIM)  # (حسب ما صرح به مديرها العام، أحمد نايت
        # سعيد، لوكالة الأنباء الجزائرية; `, speaking to the Algerian news agency`: whom it was said to closes the cue)
    relative = _RELATIVE_ON_A_NAME[pat.language].search(tail)
    named_part = tail[:relative.start()] if relative else tail
    # (، عوض الكريم بابكر، الذي عزا الزيادة إلى: the name, then its relative, no content of the sentence)
    name = (_NAME_AFTER_PARTY.fullmatch(named_part) if pat.language == "en" else _arabic_name_after_party(
        named_part, pat)) if named_part else None
    if name and len(before) >= 3:
        return start, m.start(), clean_speaker(name.group(1)), m.group("w")  # a spokesman, Lt. Cmdr. Nikos Alexiou
        # (محاميها، ماركوس فيلدمان، في رسالة: the name set off after the role, then where it was said)
    if len(before) >= 3 and (not tail or _PARTY_RELATIVE.match(tail)
                             and not _GOES_ON_PAST_THE_RELATIVE.search(tail)
                             or pat.date.fullmatch(tail)  # (، حسبما أعلنت الوكالة، الجمعة: when it said so)
                             or re.match(r"an?\s", tail) and _describes_a_party(tail)
                             or pat.language == "ar" and _arabic_apposition_of_party(tail, pat)):
        # (`, according to X, a website that tracks outages`: an apposition of the party, not more content)
        content_end = m.start()
        if fold(before[-1]) in pat.cue_leads:  # X، وذلك بحسب Y: ذلك points back to X
            content_end = text.rindex(before[-1], start, content_end)
        return start, content_end, speaker, m.group("w")
    if not before:
        if pat.language == "en":
            described = _PARTY_SET_OFF_AFTER.match(text, obj_end, end)
            head = described.group(1) if described else ""
        else:
            described = _PARTY_SET_OFF_AFTER_AR.match(text, obj_end, end)
            head = described.group(2).removeprefix("ال") if described else ""
        if described and (fold(head) in _PARTY_NOUNS or singular(fold(head)) in _PARTY_NOUNS
                          or fold(head) in pat.person_roles or pat.language == "ar"
                          and (fold(head) in pat.name_heads or described.group(1) is not None)) and not any(
                fold(w) in pat.finite or pat.verb.fullmatch(w) for w in described.group().split()):
            # `According to Eurocontrol, the European air navigation agency, French strikes ...` (وبحسب يوروكونترول،
            # الوكالة الأوروبية للملاحة الجوية، تسببت ...): what the party is, set off after it, is no content
            return described.end(), end, speaker, m.group("w")
        role = _ROLE_SET_OFF_AFTER.match(text, obj_end, end) if pat.language == "en" and _NAME_AFTER_PARTY.fullmatch(
            speaker) else None
        if role and _a_persons_role(role.group(1), pat) and not any(
                fold(w) in pat.finite for w in role.group().split()):
            # `According to Prof Tahmina Rahman, an entomologist at Jahangirnagar University, the programme has
            # failed`: what the person named is, set off after the name, is no content
            return role.end(), end, speaker, m.group("w")
        body = _BODY_NAMED_AFTER.match(text, obj_end, end) if pat.language == "en" else None
        if body:  # `According to the state oil firm, the Nigerian National Petroleum Corporation, attacks ...`: the
            # party's name set off after it, no content
            return body.end(), end, speaker, m.group("w")
        from_where = _WHERE_FROM_SET_OFF_AR.match(text, obj_end, end) if pat.language == "ar" else None
        if from_where and not pat.verb.search(text, from_where.start(), from_where.end()):
            return from_where.end(), end, speaker, m.group("w")  # (وبحسب المواطن X، من حي الختمية، فإن: where the
            # person is from, set off after the name, no content)
        role_ar = _ROLE_SET_OFF_AFTER_AR.match(text, obj_end, end) if pat.language == "ar" else None
        if role_ar and fold(role_ar.group(1).removeprefix("ال")) in pat.person_roles and not any(
                pat.verb.fullmatch(w) for w in role_ar.group().split()):
            # (وبحسب ميناكشي سوندارام، سكرتير المنتدى، طلب من المرضى: the person's role set off after the name, no
            # name of its own nor content)
            return role_ar.end(), end, speaker, m.group("w")
        named = _name_set_off_after(text, obj_end, end, pat)
        if named:  # (وفق عضو المكتب التنفيذي ...، الهادي بن عمر، فإن / According to the union's member for water,
            # Hedi Ben Omar, X: the party's name set off after its role, then the content)
            return named[1], end, named[0], m.group("w")
        return obj_end, end, speaker, m.group("w")
    return start, end, speaker, m.group("w")


# a relative set off after the name closing a cue (, Awad al-Karim Babiker, who blamed; ، عوض بابكر، الذي عزا)
_SOME_OF_THEM = re.compile(r"(?:one|two|three|some|many|most|all|several|both|each|none)\s+of\s+(?:whom|them)")
# some of the party named before, set off by a comma (, one of whom said; , two of them told): a part of that party
OF_WHOM = re.compile(r",\s*" + _SOME_OF_THEM.pattern + r"\s+$")
_RELATIVE_ON_A_NAME = {"en": re.compile(r"\s*,\s*who\s"), "ar": re.compile(r"\s*،\s*(?:الذي|التي)\s")}
# a relative on a cue's party, then a comma and a clause of the sentence going on (وفق بيانات الوزارة، التي نشرت أمس،
# ما يزيد الضغط على الأسر): no longer the party's, so the cue no longer trails the content (which would drop it)
_GOES_ON_PAST_THE_RELATIVE = re.compile(r"[،,]\s*(?!و|and\b)[^\W\d]+\s+[^\W\d]+")
# a body's name, capitalised, set off between commas after a cue's party (, the Nigerian National Petroleum
# Corporation,)
_BODY_NAMED_AFTER = re.compile(r"\s*,\s*the\s+(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and)\s+)?){1,6}(?:Corporation|Company|"
                               r"Agency|Authority|Commission|Ministry|Bank|Fund|Organisation|Organization|Institute|"
                               r"Association|Union|Council|Office|Board|Service|Department)\s*,\s*")
# what a cue's party is, set off between commas right after it: an article, a few words, its head noun
_PARTY_SET_OFF_AFTER = re.compile(r"\s*,\s*(?:the|a|an|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,5}?([a-z]+)\s*,\s*")
# (or one of a kind, group 1: ، إحدى الشركات المرخصة،)
_PARTY_SET_OFF_AFTER_AR = re.compile(r"\s*،\s*((?:إحدى|أحد)\s+)?(ال[^\W\d]+)(?:\s+[^\s،,]+){0,5}\s*،\s*")
# where a person is from, set off between commas after the name a cue credits (، من حي الختمية،)
_WHERE_FROM_SET_OFF_AR = re.compile(r"\s*،\s*من\s+[^\s،,]+(?:\s+[^\s،,]+){0,4}\s*،\s*")
# a role set off between commas after the name a cue credits (، سكرتير المنتدى،)
_ROLE_SET_OFF_AFTER_AR = re.compile(r"\s*،\s*([^\W\d]+)(?:\s+[^\s،,]+){0,6}\s*،\s*")
# what a person named as a cue's party is, set off between commas after the name: a/an, a lowercase head and where
# or what they do (an entomologist at Jahangirnagar University, a Lagos lawyer who runs a free legal clinic)
_ROLE_SET_OFF_AFTER = re.compile(r"\s*,\s*an?\s+(?:[\w'’-]+\s+){0,2}?([a-z][\w'’-]*)"
                                 r"(?:\s+(?:at|of|for|with|in|from|who|whose)\s+[^,;:\"“”]{2,80}?)?\s*,\s*")
_PERSONS_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person")


def _a_persons_role(noun: str, pat: LanguagePatterns) -> bool:
    """Could `noun` be what a person is (a spokesman, an entomologist, a lecturer), not a thing (a rise)?"""
    return fold(noun) in pat.person_roles or noun.endswith(_PERSONS_SUFFIXES)


_PARTY_NOUNS = frozenset(("agency", "body", "group", "firm", "company", "organisation", "organization", "regulator",
                          "watchdog", "authority", "office", "ministry", "department", "institute", "association",
                          "union", "council", "bank", "fund", "charity", "network", "coalition", "alliance",
                          "consultancy", "provider", "operator", "monitor", "observatory", "think-tank", "tank"))


def singular(noun: str) -> str:
    """An English plural's singular, roughly (companies: company, agencies: agency, banks: bank)."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun


def _name_set_off_after(text: str, obj_end: int, end: int, pat: LanguagePatterns) -> tuple[str, int] | None:
    """After a cue's party opening the sentence: (the name set off between commas right after it, where the content
    starts past its closing comma), else None."""
    opened = COMMA.match(text, obj_end, end) or COMMA.match(text, SPACES.match(text, obj_end, end).end(), end)
    closed = COMMA.search(text, opened.end(), min(end, opened.end() + 40)) if opened else None
    if closed is None:
        return None
    chunk = text[opened.end():closed.start()].strip()
    content = SPACES.match(text, closed.end(), end).end()
    if pat.language == "en":
        name = _NAME_AFTER_PARTY.fullmatch(chunk)
        if name is None or not 2 <= len(chunk.split()) <= 4 or _A_LIST_CLOSES.match(text, content, end):
            return None  # (`According to the ministry, Saudi Arabia, Egypt and Jordan will`: a list, the content's)
        return clean_speaker(name.group(1)), content
    ws = chunk.split()
    if ws and fold(ws[0]) in _ONE_OF:
        return None  # (وفقا لشركة دروب، إحدى الشركات المرخصة، فإن: what the party is, one of a kind, no name)
    answered = _ANSWERING_INNA.match(text, content, end) is not None  # (الهادي بن عمر، فإن: a name, whatever its
    # article)
    if not (_arabic_name_after_party(chunk, pat) or answered and 2 <= len(ws) <= 4 and not any(
            pat.verb.fullmatch(w) or pat.speaker_stop.fullmatch(w) for w in ws)):
        return None
    return clean_speaker(chunk), content


_ONE_OF = frozenset(fold(w) for w in ("إحدى", "أحد", "إحدي"))  # one of (إحدى الشركات المرخصة)
_ANSWERING_INNA = re.compile(r"ف[إا]ن[\u064B-\u0652]*(?:ه|ها)?\s")
_A_LIST_CLOSES = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:and|&)\s")


def _arabic_apposition_of_party(tail: str, pat: LanguagePatterns) -> bool:
    """`المتحدثة باسم خفر السواحل، في مقابلة هاتفية` after `بحسب ما قالته X،`: the party's role (a body's head
    noun or a person's, after ال), perhaps then where it was said."""
    tail = _WHERE_SAID_AFTER.sub("", tail)
    head = fold(tail.split()[0][2:]) if _ARABIC_APPOSITION.fullmatch(tail) else ""
    return head in pat.name_heads or head in pat.person_roles


_WHERE_SAID_AFTER = re.compile(r"\s*[،,]\s*(?:في|خلال|عبر)\s[^،,]{1,60}$")
_AR_NAME_THEN_WHERE = re.compile(r"([^\s،,]+(?:\s+[^\s،,]+){1,3})(?:\s*[،,]\s*(?:في|خلال|عبر|على)\s[^،,]{1,60})?")


_FRAMEWORK_HEADS = frozenset(("treaty", "accords", "code"))  # under whose terms, no source
_ABOUT_AR = frozenset(fold(w) for w in ("نحو", "حوالي", "قرابة", "أكثر", "أقل"))  # (بنحو: at about)


def _arabic_name_after_party(tail: str, pat: LanguagePatterns) -> re.Match | None:
    """`ماركوس فيلدمان، في رسالة إلكترونية` after `بحسب ما قاله محاميها،`: the name set off after the party (two to
    four words, no verb, stop or article on its first word) and perhaps where it was said."""
    found = _AR_NAME_THEN_WHERE.fullmatch(tail)
    if found is None or found.group(1).startswith(("و", "ف")) or found.group(1)[:1].isdigit():
        return None  # (، حسب الوكالة، 54 بالمائة: the content goes on with its figure, no name)
    first = found.group(1).split()[0]
    if first.startswith("ل") and (first.endswith("ة") or first[1:2] in "تإا" or derived_verbal_noun(first[1:])):
        return None  # (، لمناقشة الملف، لتعزيز: the content's purpose goes on; لطفي الهمامي is a name)
    name = found.group(1).split()
    if any(any(c.isdigit() for c in w) for w in name) or first.startswith("ب") and fold(first[1:]) in _ABOUT_AR:
        return None  # (، بحسب أرقام مصرف لبنان، بنحو 86 مليار دولار: the content's figure goes on, no name)
    if name[0].startswith("ال") and not (fold(name[0][2:]) in pat.name_titles and len(name) > 1
                                        and not name[1].startswith("ال")):
        return None  # (but a title before the name: ممثلتها في العراق، الدكتورة سلمى حداد)
    if name[0].startswith("م") and len(name[0]) >= 5 and name[0].endswith(("ة", "ا")) or any(
            w.endswith("ات") for w in name):
        return None  # (، متجاوزة التوقعات: a participle and its object, about the content)
    if any(fold(w) in RESUMPTIVE_OBJECTS for w in name[1:3]):
        return None  # (، اطلعت عليها «الشرق الأوسط»: a relative clause on the document, its verb and resumptive)
    return None if any(pat.verb.fullmatch(w) or pat.speaker_stop.fullmatch(w) for w in name) else found


# a list of capitalised names closed by and (Kenya, Mali and Tanzania), going on from the cue's party
_LIST_GOES_ON = re.compile(r"((?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*)*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                           r"\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# after the party: a participle's phrase of when it came out (published on Thursday), or a short apposition opening
# with the (the vaccine alliance,) before a relative or the end
_PARTY_DESCRIBED = re.compile(r"^(?:(?:published|released|issued|presented)\s+(?:on|in|last|this|at|late|earlier)\b"
                              r"[^,;]{0,40}$|the(?:\s+(?!\w*est\b|most\b|first\b|worst\b|best\b|\d)[\w'’-]+){1,4}"
                              r"\s*(?:,\s*(?=which\b|who\b)|$))")  # (not `the biggest rise in years`: the content's)


def _describes_a_party(tail: str) -> bool:
    """Is `tail`, after `according to X,` and opening with a/an, an apposition of the party (`a website that tracks
    outages`, `a research group`) rather than the content going on (`a licence to ship the systems`)?"""
    ws = tail.split()
    return len(ws) <= 4 or any(w.lower() in ("that", "which", "who", "whose") for w in ws[1:8]) or len(
        ws) <= 8 and ws[-1].lower() in _PARTY_HEADS  # (`a New Delhi think tank`: what kind of party, its head last)


# the head nouns of a party described after `according to X,` (a New Delhi think tank, an industry group)
_PARTY_HEADS = frozenset(("tank", "group", "firm", "agency", "organisation", "organization", "body", "charity",
                          "consultancy", "institute", "network", "coalition", "union", "association", "company",
                          "watchdog", "regulator", "ngo", "monitor", "website", "publication", "newspaper"))


def pronoun_cue(text: str, start: int, end: int, pat: LanguagePatterns,
                starts: PhraseStarts | None = None) -> tuple[int, int, str] | None:
    """A cue whose party is a pronoun after its content (`X، على حد قوله` / `X, according to him`), before it
    (`وحسب قوله، X`) or between its parts: (content start, content end, cue); the caller carries the last speaker
    over."""
    m = (starts or PhraseStarts(text, start, end, pat)).search(pat.pronoun_cue, start, end)
    if not m:
        return None
    if not words(text, start, m.start()) and len(words(text, m.end(), end)) >= 3:
        return m.end(), end, m.group("w")  # وحسب قوله، فإن X: fronted, before its content
    before = len(words(text, start, m.start()))
    if text[m.end():end].strip(_TRIM):
        # إذ رفضت المحكمة، على حد قوله، الاستماع إلى الشهود: between parts of the content, it stays inside
        after = len(words(text, m.end(), end))
        return (start, end, m.group("w")) if before >= 2 and after >= 2 or before == 1 and after >= 3 else None
        # (يومها، كما يروي، كان يقف: a fronted word of time, then the aside)
    return (start, m.start(), m.group("w")) if before >= 3 else None


def is_generic(speaker: str, pat: LanguagePatterns) -> bool:
    return fold(speaker) in pat.generic


# --- quotations ----------------------------------------------------------------------

def _subordinate_actor(text: str, start: int, pos: int, pat: LanguagePatterns) -> str | None:
    """`وتخطط النقابات لمسيرة، فيما دعا موران العمال إلى "الصمود"، قائلا:`: a person (a name, or a role) acting in
    the last clause of text[start:pos] opened by a subordinator (فيما، بينما، في حين; while, as), the one a
    participle after it continues; None when there is none."""
    for comma in reversed(list(COMMA.finditer(text, max(start, pos - 300), pos))):  # (bounded: linear)
        opener = pat.subordinate.match(text, comma.end(), pos)
        if opener is None:
            continue
        subject = main_subject(text, opener.end(), pos, pat)
        first = fold(subject.split()[0]) if subject else ""
        if pat.language == "en":
            return subject if subject and subject[:1].isupper() and first not in ARTICLES else None  # (a name)
        if first and (first in pat.person_roles or not first.startswith("ال") and not pat.verb.match(subject)):
            return subject
        return None
    return None


# a short quotation closed with no punctuation of its own and a lower-case word after it: a phrase of the clause
_QUOTED_OBJECT = re.compile(r"[\"“][^\"“”.,;:!?]{1,60}[\"”]\s+"
                            r"(?!(?:he|she|they|it|we|i|said|says|and|but|as|before|after|when|while|then)\b)[a-z]")


# what a denial's object opens with (نفى وجود، نفت صحة، نفى الأنباء), never its subject
DENIED_OPENERS = frozenset(fold(w) for w in ("جميع", "كل", "أي", "هذه", "هذا", "تلك", "ذلك", "ما", "صحة", "وجود",
                                             "الأنباء", "التقارير", "الاتهامات", "المزاعم", "الشائعات", "الاتهام",
                                             "التقرير", "الخبر", "الأخبار", "الادعاء", "الادعاءات", "الرواية"))


def _inside_a_denied_object(verb: str, between: list[str], quoted: list[str], pat: LanguagePatterns) -> bool:
    """Do the words between a denial verb and a quotation, or the quotation's first word, open its object (نفى
    المجلس وجود أي «...»، نفت في بيان "أي تلاعب ...")? Then the quotation is part of what is denied, not speech."""
    return fold(verb).lstrip("وف") in pat.noun_content and (any(fold(w) in DENIED_OPENERS for w in between[1:])
                                                           or quoted[:1] == ["أي"])


_CUE_WHAT = frozenset(fold(w) for w in ("ما", "حسبما", "بحسبما", "وفقما"))  # (وفق ما نقلت، حسبما أعلنت)


def _cue_verb_then_content(text: str, start: int, verb: re.Match, opener: int, pat: LanguagePatterns) -> bool:
    """Is `verb` a cue's (وفق ما نقلت X، بحسب ما قال X،) with the content going on after the cue's comma, before a
    quotation that only ends it?"""
    before = words(text, max(start, verb.start() - 12), verb.start())[-1:]
    if not before or fold(before[0]) not in _CUE_WHAT:
        return False  # (كما يذكّر الطبيب، رئيس الجمعية، "...": as the doctor reminds, a parenthetical frame)
    comma = COMMA.search(text, verb.end(), opener)
    return comma is not None and len(words(text, comma.end(), opener)) >= 2


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|['’]s|['’]re|['’]m)\s+$", re.IGNORECASE)


def in_a_progressive(text: str, pos: int) -> bool:
    """Is the English -ing word at `pos` after a form of be (was adding, is warning): the clause's own verb, no
    reporting participle?"""
    return _BE_BEFORE.search(text, max(0, pos - 12), pos) is not None


# a cue whose verb names its source next (وفق ما أفادت، بحسب ما ذكرت، حسبما نقلت) and a short quoted name closing
# the sentence after it (a news agency, a paper)
_SO_A_SOURCE_SAID = re.compile(r"(?:(?:وفق|بحسب|حسب|على)\s+ما|حسبما|وفقا\s+لما)\s*$")
_QUOTED_SOURCE_CLOSING = re.compile(r"[«\"“](?:[^\s«»\"“”.،,]+\s?){1,5}[»\"”]\s*(?:[.؛;]|$)")


# a quotation opening with when (خلال، بعد، قبل، في غضون، منذ): a time phrase quoted, no words spoken
_WHEN_QUOTED = re.compile(r"\s*(?:خلال|بعد|قبل|في\s+غضون|منذ|حتى)(?!\w)")


def quote_frame_before(text: str, start: int, opener: int, pat: LanguagePatterns, sentence_start: int | None = None,
                       starts: PhraseStarts | None = None) -> tuple[int, str | None, str] | None:
    """`X said: "` / `وأضاف: "` right before a quotation: (frame start, speaker, cue). A participle's subject
    (`X أكد ...، معربا عن ثقته "...`) is looked for from `sentence_start` (`starts`: a scan of a stretch holding
    both, see PhraseStarts)."""
    # the verb or participle nearest the quotation introduces it (أعرب عن أسفه، مؤكدا "...": مؤكدا)
    starts = starts or PhraseStarts(text, start if sentence_start is None else min(start, sentence_start), opener, pat)
    aside = _QUOTING_ASIDE.search(text, start, opener) if pat.language == "en" else None
    limit = aside.start() if aside else opener  # (`X told me last week, and I'm quoting her here: "`: the
    # reporter's aside stands for the frame's colon)
    verb = last_of(v for v in starts.finditer(pat.verb, start, limit) if not _is_named(text, v)
                   and not _a_preposition(text, start, v, pat) and not _AFTER_NOT.search(
                       text, max(start, v.start() - 6), v.start()))  # (طلبت عدم ذكر اسمها: a verbal noun)
    if verb is not None and pat.language == "ar" and _WHILE_DOING.search(text, max(start, verb.start() - 6),
                                                                          verb.start()):
        earlier = last_of(v for v in starts.finditer(pat.verb, start, verb.start()) if not _is_named(text, v))
        verb = earlier or verb  # (تقول وهي تشير إلى التلة: «...»: while pointing, the frame's verb is تقول)
    participle = last_of(p for p in starts.finditer(pat.participle, verb.end() if verb else start, limit)
                         if pat.language == "ar" or not in_a_progressive(text, p.start()))
    if participle and pat.anonymity_aside.match(text, SPACES.match(text, participle.end()).end(), opener):
        participle = None  # وقال أحد المسؤولين، طالبا عدم نشر اسمه، "...": the aside on the speaker, the verb's frame
    found = participle or verb
    is_participle = participle is not None
    if found is None:
        return None
    between = text[found.end():limit] + (":" if aside else "")
    tail = between.rstrip()
    colon = tail.endswith((":", ",", "،"))
    if (pat.language == "ar" and not between.strip() and text.startswith("س", found.start())
            and _WHEN_QUOTED.match(text, opener + 1)):
        return None  # (، ستعلن "خلال الأسابيع المقبلة": will be announced, when; a passive with no subject, no speech)
    if pat.complementizer.search(between):
        return None
    if pat.language == "ar" and _received(text, found.end(), opener):
        return None  # `في بلاغ توصلت به الجريدة، بخوض "..."`: a statement the paper received, no one speaking
    if pat.language == "ar" and _RECEIVER_BEFORE.search(text, max(start, opener - 12), opener):
        return None  # `في بيان تلقت "سكاي نيوز عربية" نسخة منه`: the outlet that received it, no speech
    if pat.language == "ar" and _inscribed(text, found, opener):
        return None  # `لافتات كتب عليها "الصحافة ليست جريمة"`: the passive, what is written on a banner
    if pat.language == "ar" and not between.strip() and _SO_A_SOURCE_SAID.search(text, max(0, found.start() - 12),
                                                                                   found.start()) and (
            _QUOTED_SOURCE_CLOSING.match(text, opener)):
        return None  # `، وفق ما أفادت «الوكالة الوطنية للإعلام».`: the quoted name of the cue's source, no quotation
    kama = text.rfind("كما", max(start, found.start() - 6), found.start()) if pat.language == "ar" else -1
    if kama >= 0 and not is_participle and words(text, start, kama) and pat.pronoun_cue.match(text, kama, opener):
        return None  # `غير أن استرجاع الأموال، كما يقول، «لا يزال متعثرا»`: the speaker's aside inside the content
    # (`X denied the report and said: "..."`: a second verb joined to the first, its own frame with X its subject)
    joined = pat.language == "en" and colon and not is_participle and AND_BEFORE_VERB.search(
        text, max(start, found.start() - 6), found.start()) is not None and not COMMA.search(text, start, found.start())
    if verb is not None and not is_participle:
        before = last_of(v for v in starts.finditer(pat.verb, start, found.start()) if not _is_named(text, v))
        # (an English content needs no `that`: believes the crisis reveals '...')
        content = (last_match(pat.complementizer, text, before.end(), found.start()) if pat.language == "ar"
                   else _WORD_RE.search(text, before.end(), found.start())) if before is not None else None
        if content is not None and pat.language == "ar" and fold(
                (words(text, max(before.end(), content.start() - 12), content.start()) or [""])[-1]) in _THEN:
            content = None  # (قبل أن يتابع: "...": أن after before is no content's opening, the speaker goes on)
        if content is not None and not COMMA.search(text, content.end(), found.start()) and not joined:
            return None  # ويرى X أن الأزمة تكشف «...»: a verb of the content before it, in its clause, not a frame
    if (not colon or is_participle) and _homograph_far_from_quote(text, found, opener, pat):
        return None  # وتقدر كلفة المشروع في المرحلة الأولى "بنحو ...": estimated at, not said
    if pat.language == "ar" and not is_participle and _cue_verb_then_content(text, start, found, opener, pat):
        return None  # قرر المجلس، وفق ما نقلت واع، إحالة الملف "لاتخاذ الإجراءات": the cue's verb, then the content
    if pat.language == "ar" and _inside_a_denied_object(found.group("w"), words(between),
                                                         words(text, opener, min(len(text), opener + 12)), pat):
        return None  # نفى المجلس البلدي وجود أي «مجموعات خارجة عن القانون»: inside the denied object, no speech
    if pat.language == "en":
        where = colon and fold((words(between) or [""])[0]) in _PREPOSITIONS  # (said in an interview with Reuters
        # at his office in Damascus: "...": where it was said, however long, up to its colon)
        if not colon and between.strip() or len(words(between)) > (16 if where or _NAME_AND_ROLE_SET_OFF.fullmatch(
                between) and not pat.verb.search(between) else 8) or pat.question_verb.search(between):
            return None  # (`said X was borrowing, asking: "..."`: the verb's content came before the quotation;
            # `said Donna Pruett, executive director of the nonprofit Consumers for Vehicle Safety, "and ...`: a
            # name and its role, the frame's)
        if not colon and _QUOTED_OBJECT.match(text, opener):
            return None  # `The report noted "advanced section loss" on two beams`: a quoted phrase, the verb's object
        subject = english_subject(text[start:found.start()], pat)
        if is_participle:
            # `Unions plan a march, while Moran called on workers to hold firm, saying: "...` / `The minister spoke
            # to reporters, saying: "...`: the subject of the narrated clause the participle hangs on (the last one
            # opened by a subordinator), not its words (a pronoun: carried over)
            which = _WHICH_X_VERBED_EN.search(text, start, found.start())
            if which and pat.verb.fullmatch(which.group(2)):  # (`, which Ben Salem denied, saying:`: who denied it)
                subject = clean_speaker(which.group(1))
            else:
                subject = (_subordinate_actor(text, start, found.start(), pat)
                           or main_subject(text, start, found.start(), pat) or subject or "")
            inverted = pat.verb.match(subject)
            if inverted and words(subject, inverted.end()):
                subject = clean_speaker(subject[inverted.end():])  # `," said X, a forecaster, adding:`: the name
        elif subject is not None and not _says_where_said(found, words(between), pat):
            return None  # `X said losses reached 45 percent, "and this is ..."`: a report, the quotation goes on
        elif subject == "":
            subject = _its_own_clause_subject(text, start, found.start(), pat) or ""
        if subject is None and joined:
            subject = main_subject(text, start, found.start(), pat) or ""  # (X denied the report and said:)
        if subject is None and fold(found.group("w")) in _TELLING:
            subject = ""  # (`X denied Y, and told Reuters: "..."`: whom it was told, no subject; X goes on)
        if subject is None:
            # `Said Marta Lopez, a nurse from Madrid: "...`: the name, before its apposition
            name = between.split(",")[0] if "," in between else between
            after = words(name)
            if not after or len(after) > 5:
                return None
            subject = clean_speaker(name)
    else:
        # a colon may follow a long frame (its speaker's title, where it was said); without one, twelve words
        # (the speaker's aside on anonymity between commas ends where a colon would: وقال أحد المسؤولين، طالبا عدم
        # نشر اسمه لأنه غير مخول بالحديث، "...")
        colon_like = tail.endswith(":") or tail.endswith("،") and pat.anonymity_aside.search(between) is not None
        between_words = words(between)
        n_between = len(between_words)
        # (a long title may end with whom it was said to: وقال X رئيس أبحاث ... لدى بنك ... لرويترز "...")
        addressed = bool(between_words) and between_words[-1].startswith("ل") and not between_words[-1].startswith("لل")
        addressed = addressed or _SAID_WHERE_AR.search(between) is not None or _TOLD_HOW_AR.search(
            between) is not None  # (لرويترز في مقابلة عبر الهاتف "...", لرويترز عبر الهاتف "...")
        where_said = _SAID_WHERE_SET_OFF_AR.search(between) is not None  # (، في مؤتمر صحافي مشترك مع اللجنة ...،)
        longest = 20 if colon_like or where_said else 16 if addressed else 12
        if n_between > longest or n_between > 8 and not colon_like and _QUOTE_MARK.search(between):
            # (without a colon, a frame of more than eight words may hold where it was said, but not an object
            # quoted in part: وأكد المصدر تضامن بلاده "الكامل" مع إيران "...")
            return None
        if not colon_like:  # (a comma before the quotation is no colon: نقل مقراتها إلى عدن، «...»)
            # without a colon only a verb opening its clause introduces a quotation (يذكر mid-clause does not)
            clause = text[start:found.start()]
            cut = last_match(COMMA, clause, 0, len(clause))
            before_verb = len(words(clause, cut.end() if cut else 0))
            if before_verb > 3 or before_verb and fold(found.group("w")) in pat.homographs:
                return None  # (التعاون بين البلدين "...": بين mid-clause is between, not showed)
            last = between_words[-1:]
            if last and (fold(last[0]) in AR_PREPOSITIONS or fold(last[0]) in _BEFORE_A_QUOTED_NAME
                         or last[0].startswith("ل") and pat.speaker_stop.fullmatch(last[0])
                         and fold(last[0]) not in _PEOPLE_TOLD):  # (لقناة "إي آر تي"; but للصحفيين "...": speech)
                return None  # في "اتحاد العمال"، لـ"العربية.نت": a quoted name after a preposition, not speech
            if _governs_a_noun(between_words):
                return None  # شددت على ضرورة "احترام مخرجات اللجنة": the quotation completes a noun the verb governs
            if any(fold(w) in _WHAT for w in between_words[1:4]):
                return None  # نفت الشركة ما تداوله ناشطون عن اعتماد "برنامج ...": inside what is denied, no speech
            if any(w in ("أي", "أية") for w in between_words[1:]):
                return None  # حذرت الجمعية من أي مشروع قانون "يحمّل المصارف وحدها" كلفة الأزمة: inside the object
            if last and (fold(last[0]) in pat.name_heads or last[0][:1] in "لب" and not last[0].startswith(
                    ("لل", "بال")) and fold(last[0][1:]) in pat.name_heads):  # (لبرنامج «تسهيل الصندوق الممدد»)
                return None  # مسؤول في منظمة "أطباء بلا حدود"، ...، إن: a quoted name, its noun before it
            if _completes_the_act(words(text, opener, min(len(text), opener + 30)), between_words, found.group("w"),
                                  pat):
                return None  # أعلنت X تعليق المفاوضات "إلى حين محاسبة ...": a phrase of the narrated act, quoted
            if _object_before_quote(text, found.end(), opener):
                return None
        # (a participle has its subject before it: مضيفا ببراءة: is how he added it, not who)
        subject = "" if is_participle else (arabic_subject_after(text, found.end(), opener, pat)
                                            or _source_of_saying(text, found.end(), opener))
        if is_pronoun(subject, pat) and is_participle:
            origin = start if sentence_start is None else sentence_start
            closed = last_match(_QUOTE_CLOSER_AR, text, origin, found.start())
            opened = max(text.rfind(c, origin, closed.start()) for c in "«“\"") if closed else -1
            if closed and (opened < 0 or len(words(text, opened, closed.start())) >= 5):
                origin = closed.end()  # («... لقد كنت ضحية حملة»، قال الوزير، مضيفا: past the quotation, whose
                # words are no narrated clause; not past a quoted name, «فجيرة للخدمات الأرضية»)
            # X قال: ...، مضيفا: "...": the frame before goes on (its speaker is carried over); with none, the
            # subject of the narrated clause speaks (وأكد المصدر تضامن بلاده، معربا عن ثقته "...")
            which = last_match(_WHICH_IT_VERBED_AR, text, origin, found.start())
            if which and _verb_with_its_object(which.group(1), pat):  # (، وهو ما نفاه بن سالم قائلا: who denied it)
                subject = arabic_subject_after(text, which.end(1), found.start(), pat) or ""
            elif arabic_frame(text, origin, found.start(), pat, starts) is None:
                subject = (_subordinate_actor(text, origin, found.start(), pat)
                           or main_subject(text, origin, found.start(), pat) or "")
                subject = _TRAILING_AGE.sub("", subject)  # (قال أبو خليل أبو مصطفى (54 عاما): the name, not its age)
        elif is_pronoun(subject, pat) and text[found.start()] in "وف" and fold(found.group("w")) in pat.going_on:
            subject = ""  # (`«...»، يقول X، مدير ...، ويضيف: «...»`: going on, the voice before, not a word of its
            # quotation)
        elif is_pronoun(subject, pat):
            origin = start if sentence_start is None else sentence_start
            opening = _WORD_RE.search(text, origin, found.start())
            joined = text[found.start()] in "وف" and COMMA.search(text, origin, found.start()) and opening
            if _ASKED_HIM.search(text, origin, found.start()):
                subject = ""  # وسألته الصحيفة عما إذا ...، فقال: the one asked (him) answers, the speaker before
            elif joined and pat.verb.fullmatch(opening.group()):
                # وأنكر المتهم، الذي ...، جميع التهم الموجهة إليه، وقال: a verb joined to a clause opening with a
                # reporting verb has that verb's subject, not the words right before the comma
                subject = main_subject(text, origin, found.start(), pat) or ""
            else:
                subject = arabic_subject_before(text, start, found.start(), pat)
                joined_subject = words(text, start, found.start())[-1:]
                if (not subject and joined_subject and joined_subject[0].startswith("و") and len(joined_subject[0]) > 3
                        and found.group("w")[:1] in "يت" and not pat.verb.fullmatch(joined_subject[0])):
                    subject = joined_subject[0][1:]  # (العراق يطالب تركيا بزيادة الإطلاقات وأنقرة ترد: "...": the
                    # subject joined by و right before its verb)
                narrated = main_subject(text, origin, found.start(), pat) if joined else None
                mid_clause = start > origin and text[start - 1] in "\"”»"  # (the window opens past a quotation)
                if narrated and (len(narrated.split()) < len(subject.split()) and not subject.startswith(narrated)
                                 or _bare_object(subject, pat) or mid_clause and subject):
                    subject = narrated  # رحبت هيئة النزاهة بالحكم، واعتبرته: not the narrated clause, its subject
                    # (انتقد النائب X، عضو ...، القرار، وكتب: the object set off before the verb is no subject)
    frame_start = found.start()
    if pat.language == "ar" and subject and _BY_SAYING_AR.fullmatch(found.group("w")):
        origin = start if sentence_start is None else sentence_start
        cut = last_match(COMMA, text, origin, found.start())
        clause = cut.end() if cut else origin
        at = text.find(subject, clause, found.start())
        if at >= 0 and len(words(text, clause, at)) == 1:
            frame_start = SPACES.match(text, clause, found.start()).end()  # (واكتفى مصدر عسكري بالقول: «...»: the
            # verb that بالقول completes, then its subject, are the frame; no claim of their own)
    return frame_start, (subject or None) if not is_pronoun(subject or "", pat) else None, found.group("w")


_BY_SAYING_AR = re.compile(r"بالقول|بقول(?:ه|ها|هم|هما)")  # (by saying, by his saying: completing the verb before)


_PRONOUN_AFTER_A_CLAUSE = re.compile(r",\s*(?:which|and|but)\s+(?:it|they)\s+$")


def _its_own_clause_subject(text: str, start: int, pos: int, pat: LanguagePatterns) -> str | None:
    """`The regulator fined the bank, which it said "..."` / `..., and they said "..."`: `it` or `they` framing a
    quotation after a comma stands for the subject of the narrated clause before it in the sentence (the regulator),
    not for a speaker carried over from an earlier one; None when the frame does not open so."""
    joined = _PRONOUN_AFTER_A_CLAUSE.search(text, max(start, pos - 30), pos)
    return main_subject(text, start, joined.start(), pat) if joined and joined.start() > start else None


def _bare_object(phrase: str, pat: LanguagePatterns) -> bool:
    """Is `phrase` one definite noun that names no party (القرار، الخطة), perhaps with its preposition after it, or a
    verbal noun opening its phrase (التزام المنظمة بدعم البرامج), the object of the verb before?"""
    ws = phrase.split()
    if len(ws) > 1 and derived_verbal_noun(ws[0]):
        return True
    # (or with its preposition: وعزا رئيس الاتحاد، المهندس X، الارتفاع إلى زيادة الكلفة، وقال: what he put down)
    alone = len(ws) == 1 or len(ws) > 1 and fold(ws[1]) in AR_PREPOSITIONS
    return alone and ws[0].startswith("ال") and not {fold(ws[0][2:])} & (pat.person_roles | pat.name_heads) and (
        fold(ws[0]) not in pat.generic)


_ASKED_HIM = re.compile(r"(?<!\w)[وف]?سأل(?:ت)?(?:ه|ها|هم|هما)(?!\w)")  # (asked him: the one asked is named before)


# words after which a quotation is a name (باسم "...", تحت مسمى "رسم تطوير المطارات", بعنوان "..."), no speech
_BEFORE_A_QUOTED_NAME = frozenset(fold(w) for w in ("باسم", "لدى", "مع", "ل", "مسمى", "بمسمى", "عنوان", "بعنوان",
                                                    "شعار", "بشعار", "اسم", "تسمية"))


def _is_named(text: str, verb: re.Match) -> bool:
    """يدعى، تدعى spelled with ى: is called (ويدعى خليل), not claims (يدعي)."""
    return text[verb.end() - 1] == "ى" and fold(verb.group("w")).lstrip("وف") in ("يدعي", "تدعي")  # (not ادعى,
    # claimed)


# what a verb governs a noun with (شدد على ضرورة، دعا إلى أهمية); not في (في بيانه: where it was said)
_GOVERNED_PREPOSITIONS = frozenset(fold(w) for w in ("على", "إلى"))


def _completes_the_act(quoted: list[str], between: list[str], verb: str, pat: LanguagePatterns) -> bool:
    """Does a quotation opening with a preposition follow a verb's subject and object (أعلنت الحركة تعليق
    المفاوضات "إلى حين محاسبة المسؤولين")? It is then a phrase of the narrated act, quoted, not speech (after
    قال, which takes no object, or right after the subject, it is speech: وقال الوزير "في هذه المرحلة ...")."""
    return (len(between) > 2 and fold(verb) not in pat.free_verbs and bool(quoted)
            and (fold(quoted[0]) in AR_PREPOSITIONS or fold(quoted[0]) in CONDITION_OPENERS
                 or fold(quoted[0]) in _WHY_OPENERS))  # (which holds على
    # and إلى; ولم يستبعد X تمديد الخفض "إذا اقتضت ظروف السوق ذلك": a condition of the act, quoted)


# a preposition glued to the noun of a reason or a charge (اعتقال خمسة أشخاص "بتهمة الاعتداء على الممتلكات")
_WHY_OPENERS = frozenset(fold(w) for w in ("بتهمة", "بتهم", "بسبب", "بهدف", "بحجة", "بدعوى", "بذريعة", "بداعي",
                                           "بموجب", "لأسباب", "لدواع"))
# words opening a condition or a time it holds for (إذا، حين، if, when)
CONDITION_OPENERS = frozenset(fold(w) for w in ("إذا", "لو", "حتى", "حين", "عندما", "طالما", "ما لم", "مهما", "if",
                                                "when", "unless", "once", "whatever"))


def _governs_a_noun(between: list[str]) -> bool:
    """Are the words between a verb and a quotation a preposition and a noun it governs (على ضرورة "...")? The
    quotation then completes that noun: a narrated act, no speech."""
    return 1 < len(between) <= 3 and fold(between[0]) in _GOVERNED_PREPOSITIONS and not any(
        fold(w) in ("ان", "بان") for w in between)


# where a quotation was said, closing its frame (في مقابلة عبر الهاتف، خلال مؤتمر صحفي)
# whom it was told to and how, closing a frame (لرويترز عبر الهاتف، للجزيرة نت في اتصال هاتفي)
_TOLD_HOW_AR = re.compile(r"(?<!\w)ل[^\sل][^\s،,]*(?:\s+نت)?\s+(?:عبر|في|خلال)(?:\s+[^\s،,\"«“]+){1,2}\s*$")
_SAID_WHERE_SET_OFF_AR = re.compile(r"،\s*" + _SAID_IN_AR + r"(?!\w)[^،\"«“]{0,80}،\s*$")  # (set off after the name)
_SAID_WHERE_AR = re.compile(r"(?<!\w)" + _SAID_IN_AR
                            + r"(?:\s+[^\s،,\"«“]+){0,6}\s*$")  # (في مقابلة مع رويترز بمكتبه في دمشق)


def _past_closer(text: str, closer: int, end: int) -> int:
    """Where the words after a quotation's closing mark start, past spaces and a comma."""
    pos = closer + 1
    while pos < end and (text[pos].isspace() or text[pos] in ",،"):
        pos += 1
    return pos


# a body's name owning a role in lower case (Network Rail's director of operations)
_OWNERS_ROLE = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['’]s\s+[a-z]")


def quote_frame_after(text: str, closer: int, end: int, pat: LanguagePatterns,
                      starts: PhraseStarts | None = None) -> tuple[int, str | None, str] | None:
    """`," X said.` right after a quotation: (frame end, speaker, cue) (`starts`: a scan of a stretch holding
    text[closer:end], see PhraseStarts)."""
    pos = _past_closer(text, closer, end)
    window_end = min(end, pos + 160)
    said_it = _THIS_IS_WHAT_SAID.match(text, pos, window_end) if pat.language == "ar" else None
    if said_it and pat.verb.fullmatch(said_it.group("w")):
        # (`"..."، هذا ما قاله الرئيس للصحفيين`: the verb with the pronoun of what it said)
        return _arabic_frame_after(text, said_it.end(), said_it.end(), end, pat, said_it.group("w"))
    vm = starts.search(pat.verb, pos, window_end) if starts else pat.verb.search(text, pos, window_end)
    if any(mark in text[max(0, closer - 2):closer + 1] for mark in "?؟"):
        asked = pat.question_verb.search(text, pos, vm.start() if vm else window_end)  # (`"We have had no rice for
        # days. Who will answer for this?" asked Bimal Pegu`: the one who asked said the rest of the quotation;
        # before a later verb: تساءل أحد المزارعين، ويدعى بايمان)
        vm = asked if asked and len(words(text, pos, asked.start())) <= 5 else vm
    if not vm:
        return None
    before = text[pos:vm.start()]
    if pat.language == "en":
        what = _WAS_WHAT.match(before)  # (`," was what Diallo told reporters`: the subject after what)
        before = before[what.end():] if what else before
        quoted = QUOTED_AS.search(before) if fold(vm.group("w")) in pat.passive_quotes else None
        if quoted:
            before = before[:quoted.start()]  # (`," the CP was quoted as saying.`: the one quoted)
        subject = english_subject(before, pat) if before.strip() else None
        if not before.strip():
            stop = _NAME_END.search(text, vm.end(), min(end, vm.end() + _FRAME_CHARS))
            np_end = stop.start() if stop else min(end, vm.end() + _FRAME_CHARS)
            after = words(without_age(text[vm.end():np_end]))
            who = next((i for i, w in enumerate(after) if i > 1 and w in ("who", "whose")), None)
            after = after[:who]  # (said a player at the club who asked not to be named: the relative is about him)
            # (an abbreviation's letters are one word: a major U.K. clearing bank)
            initials = len(_INITIAL_THEN_INITIAL.findall(text, vm.end(), np_end))
            when = next((i for i in range(1, len(after)) if after[i] in _WHEN_OR_WHERE and after[i - 1][:1].isupper()),
                        None)  # (said Mr Ketbi at the end of the conference: where and when he said it)
            named_part = after[:when] if when else after  # (said Minister X during a visit to a construction site in
            # Tengah on April 18: the name, however long where and when are)
            if not 0 < len(named_part) - initials <= (18 if _all_name_words(named_part) else 9):  # (said Dr. Margaret
                return None  # Lyle of the University of Bristol; said Professor Jung Hye-rin of Seoul National
                # University's Graduate School of Public Health)
            named = _TITLE_THEN_NAME.match(text, np_end, end) if after[0].islower() or _OWNERS_ROLE.match(
                " ".join(after)) else None
            if named:  # `," said the U.N. secretary-general, Antonio Guterres.` (`, said Network Rail's director of
                # operations, Peter Lowe.`): the name after the title
                return end, clean_speaker(named.group(1)), vm.group("w")
            # (as written: a dealer at a major U.S. bank, its full stops kept)
            return (_through_apposition(text, np_end, end, pat),
                    clean_speaker(as_written(text, vm.end(), np_end, after[:when])), vm.group("w"))
        if subject is None:
            return None
    else:
        this_is_what = _THIS_IS_WHAT.fullmatch(before) if len(words(before)) > 1 else None
        if len(words(before)) > 1 and not this_is_what:
            return None
        # (`"..."، هذا ما صرح به ديالو للصحافيين`: what the quotation is, said by the subject after its pronoun)
        subject_from = _RESUMPTIVE_AFTER.match(text, vm.end(), end).end() if this_is_what else vm.end()
        return _arabic_frame_after(text, vm.end(), subject_from, end, pat, vm.group("w"))
    stop = COMMA.search(text, vm.end(), min(end, vm.end() + _FRAME_CHARS))
    frame_end = _through_apposition(text, stop.start(), end, pat) if stop else min(end, vm.end() + _FRAME_CHARS)
    return frame_end, (subject or None) if not is_pronoun(subject or "", pat) else None, vm.group("w")


# an accusative participle of a state (محاطا، مبتسما، واقفا): how the speaker was, no name
_IN_A_STATE = re.compile(r"(?:م[^\W\d]{3,}|[^\W\d]ا[^\W\d]{2,})ا")


def in_a_state(word: str) -> bool:
    """Is an Arabic word shaped like an accusative participle of a state (محاطا، مبتسما، واقفا)?"""
    return _IN_A_STATE.fullmatch(word) is not None


def _arabic_frame_after(text: str, verb_end: int, subject_from: int, end: int, pat: LanguagePatterns,
                        cue: str) -> tuple[int, str | None, str]:
    """quote_frame_after's Arabic frame whose verb ends at `verb_end`, its subject from `subject_from` on."""
    name_end = _NAME_END.search(text, subject_from, min(end, verb_end + _FRAME_CHARS))
    subject = arabic_subject_after(text, subject_from, name_end.start() if name_end else end, pat)
    stop = COMMA.search(text, verb_end, min(end, verb_end + _FRAME_CHARS))
    frame_end = _through_apposition(text, stop.start(), end, pat) if stop else min(end, verb_end + _FRAME_CHARS)
    if stop and frame_end == end and (subject.startswith("ال") or subject and fold(
            subject.split()[0]) in pat.person_roles):
        # `"..."، قال الأمين العام للأمم المتحدة، أنطونيو غوتيريش`: a name (no ال) after the title closes the frame
        # (so after a role in construct: مدير العمليات في شبكة السكك، بيتر لو; and the name up to its own comma,
        # where the apposition goes on: كبير المحللين في مجموعة "ريدج"، سامر الحداد، في حديث لسكاي نيوز)
        quoted_body = name_end is not None and text[name_end.start()] in _QUOTE_CHARS
        closing = COMMA.search(text, stop.end(), end) if quoted_body else None
        name = words(text, stop.end(), closing.start() if closing else end)
        if 1 < len(name) <= 4 and not any(w.startswith(("ال", "وال")) for w in name[:-1 if closing else None]) and (
                not in_a_state(name[0])):  # (not the state the speaker was in: قال الوزير، محاطا بمحاميه; a family
            # name between commas may have its article, سامر الحداد)
            subject = " ".join(name)
    return frame_end, (subject or None) if not is_pronoun(subject or "", pat) else None, cue


def _all_name_words(ws: list[str]) -> bool:
    """Are `ws` a name and its institution: capitalised words and the small words between them?"""
    lead = 0  # (a role in lower case may come first: lead author Professor Zhang Wei of the Institute of X in Y)
    while lead < min(3, len(ws) - 1) and ws[lead].islower() and ws[lead] not in ("of", "the", "for", "and", "at", "in"):
        lead += 1
    ws = ws[lead:]
    return bool(ws) and ws[0][:1].isupper() and all(w[:1].isupper() or w in ("of", "the", "for", "and", "at", "in")
                                                    for w in ws)


_TRAILING_AGE = re.compile(r"\s+\d{1,3}$")
_QUOTE_CLOSER_AR = re.compile(r"[»”\"](?=\s*[،,])")
_SUMMED_UP = frozenset(fold(w) for w in ("المشهد", "الوضع", "الأمر", "الموقف", "الحال", "الأزمة", "المسألة"))
_WAS_WHAT = re.compile(r"\s*(?:(?:that|this|which)\s+)?(?:is|was)\s+what\s+(?=\S)", re.IGNORECASE)
_THIS_IS_WHAT = re.compile(r"\s*[وف]?(?:هذا|هذه|ذلك|هو)\s+ما\s*")
_INSCRIBED = re.compile(r"[وف]?كتب\s+علي(?:ها|ه|هم)[\s:]*(?:[\"«“][^\"«»“”]{1,80}[\"»”][\s،,]*و?\s*)*$")  # (and the
# slogans after the first: كتب عليها "البحر لنا" و"أوقفوا ...")


def _inscribed(text: str, verb: re.Match, opener: int) -> bool:
    """`لافتات كتب عليها "الصحافة ليست جريمة"`: كُتب unvocalised, the passive, and what is written on a banner or a
    wall right after it, no one speaking."""
    return _INSCRIBED.match(text, verb.start(), opener) is not None
_THIS_IS_WHAT_SAID = re.compile(r"\s*[وف]?(?:هذا|هذه|ذلك|هو)\s+ما\s*(?P<w>\w+?)(?:ته|ه|ها)(?!\w)")
_RESUMPTIVE_AFTER = re.compile(r"\s*(?:(?:به|بها)(?!\w))?")
# words of where and when after a speaker's name or before a date (said Mr Ketbi at the end of ..., on Friday)
_WHEN_OR_WHERE = frozenset(("at", "in", "on", "during", "after", "before", "outside", "while", "when", "to",
                            "yesterday", "today", "late", "early", "earlier", "last", "this", "next"))
# a frame after a quotation (`," said X, the minister.`) is short; bounding the searches keeps a long paragraph
# of quotations linear
_FRAME_CHARS = 400
_NAME_END = re.compile(r"[,،\"“”«»]")
_INITIAL_THEN_INITIAL = re.compile(r"\b[A-Z]\.(?=[A-Z]\.)")  # an initial another follows (the U. of U.K.)
_TITLE_THEN_NAME = re.compile(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
                              r"(?:,\s*(?:in|during|at|on|after|before|speaking|while)\s[^,\"“”]*)?\s*[.!]?\s*$")
# (to the end, or to where and when the words were said: `, Samer Haddad, in an interview with Sky News.`)
_AGE = re.compile(r"\s*\d{1,3}\s*(?=[,،])")


def quote_cue_after(text: str, closer: int, end: int, pat: LanguagePatterns) -> tuple[int, str, str] | None:
    """`"...", according to X.` / `"..."، بحسب X.` right after a quotation: (frame end, speaker, cue)."""
    pos = _past_closer(text, closer, end)
    m = pat.cue.match(text, pos, end)
    if not m:
        return None
    pronoun = pat.pronoun_cue.match(text, pos, end)
    if pronoun:  # `"..."، على حد قوله`: the speaker named before goes on, whom the pronoun stands for
        return pronoun.end(), None, m.group("w")
    speaker, obj_end = cue_object(text, m.end(), end, pat)
    if not speaker:
        return None
    ws = speaker.split()
    if pat.language == "ar" and len(ws) > 2 and fold(ws[-1]) in _SUMMED_UP:
        speaker = " ".join(ws[:-1])  # (هكذا لخص م. بدر العتيبي المشهد: what he summed up, the verb's object)
    frame_end = _through_apposition(text, obj_end, end, pat)
    if pat.language == "ar" and frame_end > obj_end:
        # (`"..."، هكذا علق كبير المحللين في مجموعة X، سامر الحداد، في حديث لموقع Y`: the name set off after the
        # party, then where it was said, are the frame's)
        name = _arabic_name_after_party(text[obj_end:frame_end].strip(_TRIM), pat)
        speaker = clean_speaker(name.group(1)) if name else speaker
    if pat.language == "ar" and fold(m.group("w")).startswith(("هكذا", "بهذه")) and frame_end < end and not (
            pat.complementizer.search(text, frame_end, end) or _JOINED_CLAUSE_AR.search(text, frame_end, end)):
        frame_end = end  # (`"..."، بهذه الكلمات لخص العم صالح، وهو بحار من قرقنة، معاناة زملائه`: the speaker's
        # aside and what he summed up are the frame's)
    return frame_end, speaker, m.group("w")


_JOINED_CLAUSE_AR = re.compile(r"[،,]\s*[وف](?!ه[وي]\s)\w")  # (، وقال / ، فيما: a clause of its own; not ، وهو)


# (and a relative on the role: `, a former foreign minister who now teaches at New York University,`)
_NAME_AND_ROLE_SET_OFF = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},(?:\s+(?!(?:is|was|has|had|"
                                    r"which|said|says)\b)[\w'’.&-]+){2,12},\s*")
# words with short quoted names among them (a firm's name in marks) and no quotation of speech
_QUOTED_NAMES_ONLY = re.compile(r"\s*[^\s\"“”«»][^\"“”«»]*(?:(?<=\w\s|لـ)[\"“«][^\"“”«»,،.]{1,30}[\"”»][^\"“”«»]*)*")
# (and after لـ: في حديث لـ«الخليج», the outlet it was said to)
# where a quotation was said or written, closing a frame after its apposition (`, in a note to clients`)
_WHERE_WRITTEN = re.compile(r"\s*(?:in|on|during|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                            + "|".join(_WRITTEN_IN) + ")"
                            r"(?:\s+(?:to|with)\s+[\w\s.-]{1,40})?"
                            # (and when: `, in a note on Tuesday`, `, in a statement late on Monday`)
                            r"(?:\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+[A-Za-z]+(?:\s+(?:night|morning|"
                            r"afternoon|evening|\d{1,2}))?)?\.?\s*$")  # (on May 14)
# (`, who pointed out that`: the speaker's relative clause reporting more, a claim of its own)
_WHO_REPORTED = re.compile(r"\s*who\s+(?:\w+\s+){0,2}?(?:\w+ed|said|told|says)(?:\s+out)?\s+that\b")


def _through_apposition(text: str, comma: int, end: int, pat: LanguagePatterns) -> int:
    """Where a frame after a quotation ends: past `, chief economist at Y` (an apposition up to the sentence
    end, which says who the speaker is), else at the comma; the speaker's age (`, 34,`) is the frame's too."""
    if text[comma:comma + 1] not in ",،" or end - comma > _FRAME_CHARS:
        return comma
    age = _AGE.match(text, comma + 1, end)
    if age:
        comma = age.end()
    tail = words(text, comma, end)
    for second in COMMA.finditer(text, comma + 1, min(end, comma + 140)) if tail else ():
        after_second = SPACES.match(text, second.end(), end).end()
        going_on = pat.verb.match(text, after_second, end) if pat.language == "ar" else None
        then = _THEN_GOING_ON.match(text, after_second, end)
        if (pat.participle.match(text, after_second, end)
                or going_on and fold(going_on.group("w")).lstrip("وف") in pat.going_on  # (، ويضيف: the same voice)
                or then and pat.verb.match(text, then.end(), end)  # (، ثم يستدرك, `, then adds`: the same voice,
                # then another verb)
                and fold((tail[:1] or [""])[0]) not in pat.relatives  # (not ، الذي طالب بكذا، وتابع: a claim)
                or _BEFORE_THEN.match(text, second.end(), end) or _WHO_REPORTED.match(text, second.end(), end)) and (
                _through_apposition(text, comma, second.start(), pat) == second.start()):
            return second.start()  # `," said John Hollis, oil analyst at James Capel, adding that`: the apposition
            # is the frame's, the participle after it a clause of its own (and `، تقول X، أستاذة بمدرسة، قبل أن
            # تضيف:`, `، قال خبير الأرصاد، خالد العبيدلي، لموقع سكاي نيوز، مضيفا:`: more than one aside before it)
    last_comma = last_match(COMMA, text, comma + 1, end) if tail and pat.language == "en" else None
    if last_comma and _WHERE_WRITTEN.fullmatch(text, last_comma.end(), end) and _through_apposition(
            text, comma, last_comma.start(), pat) == last_comma.start():
        return end  # `," wrote X, an analyst at the broker, in a note to clients.`: who, then where it was written
    if not tail or len(tail) > 16 or _QUOTE_MARK.search(text, comma, end) and not _QUOTED_NAMES_ONLY.fullmatch(
            text, comma + 1, end):
        return comma  # (`," X said, "and ...`: a quotation of its own goes on after the comma; not a quoted name,
        # كبيرة الاقتصاديين في شركة "كابيتال إنسايت" للأبحاث)
    if (fold(tail[0]) in pat.relatives or fold(tail[0]) in ("speaking", "asking")) and pat.anonymity_aside.search(
            text, comma, end):
        return end  # (`," said a senior official, who did not wish to be named.`, `, speaking on condition that his
        # council not be named`: why the speaker has no name)
    if (fold(tail[0]) == "speaking" or pat.language == "en" and _opens_with_a_gerund(
            text, SPACES.match(text, comma + 1, end).end(), pat) and not pat.participle.match(text, comma + 1, end)
            and not _QUOTE_MARK.search(text, comma, end)) and not COMMA.search(text, comma + 1, end) and not any(
            inside.search(text, comma, end) for inside in (pat.verb, pat.complementizer, pat.cue)):
        return end  # (`," said union president Rosa Quispe, speaking outside the mine gates.`: where it was said;
        # `," says Abu Samir, turning the loaves.`: what the speaker was doing, as وهو يقلب الأرغفة)
    for opener in (pat.clause_conj, pat.subordinate, pat.conditional, pat.participle):
        if opener.match(text, comma + 1, end):
            return comma  # , adding that ... / , وأضاف ... : a clause of its own
    for inside in (pat.verb, pat.participle, pat.complementizer, pat.cue):
        if inside.search(text, comma, end):
            return comma
    if pat.language == "en" and (tail[0].endswith("ing") or any(
            fold(w) in pat.finite and not opens_a_name(w, (tail[i + 1:i + 2] or [""])[0])
            or (w.islower() and w.endswith("ed") and not (i and tail[i - 1].lower() in ARTICLES))
            for i, w in enumerate(tail))):  # (`, a retired teacher`: an adjective after its article; the Met Office)
        return comma  # , echoing a wide sentiment / , as prices rose: a clause, not who the speaker is
    if pat.language == "ar" and tail[0][0] in "وف" and not tail[0].startswith(("وال", "فال")) and not (
            fold(tail[0]) in pat.person_roles or fold(tail[0]) in pat.waw_words):
        return comma  # ، وذهب ...: a verb with its conjunction (not ، فلاح من منطقة كندار: a role, its first letter)
    return end
