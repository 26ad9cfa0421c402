"""From an article to claim units: paragraphs, sentences, quotations, frames and clauses put together.

Per paragraph (in its own language): drop non-claims; split sentences; find
quotations that are speech (a frame before them, `," X said` after them, or a
whole sentence continuing the last speaker) and mask their frames; then each
stretch outside quotations goes through inverted and trailing frames, clause
splits, frames, cues and participles, and each quotation through clause splits.
A speaker-less frame carries the last speaker over; generic references resolve
to a recent named party with the same head noun.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, takewhile

from workbench.segment import attribution as attr
from workbench.segment.clauses import (
    BUT_A_PHRASE,
    POSSESSOR,
    QUOTING_AS_SAYING,
    UNVERIFIED,
    WHEN_CONTACTED,
    act_participle_at,
    adverbial_phrases,
    arabic_clause_start,
    corrects_a_negation,
    is_fronted_subordinate,
    is_phrase_with_participle,
    is_topic,
    participle_at,
    split_clauses,
    unverified_hint,
)
from workbench.segment.noise import (
    BROADCAST_LABELS,
    BROADCAST_ROLE,
    INTERVIEW_FORMULA_AR,
    body_start,
    dateline_end,
    interview_turn,
    introduces_a_list,
    is_body_heading,
    is_call_after_a_purpose,
    is_caption_before,
    is_caption_label,
    is_formula,
    is_imperative,
    is_key_points_heading,
    is_list_entry,
    is_list_heading,
    is_non_claim_paragraph,
    is_question,
    opens_with_a_list_mark,
    opens_with_an_ordinal,
    statement_under_a_colon,
    verbless_arabic,
)
from workbench.segment.patterns import SPACES, LanguagePatterns, PhraseStarts, fold, last_match, last_of, patterns
from workbench.segment.quotes import dangling_closer, has_marks, max_quote_chars, quotations
from workbench.segment.sentences import LIST_ITEM, paragraphs, sentences, strip_span
from workbench.segment.speakers import (
    APPOSITION_PRONOUNS,
    AR_PREPOSITIONS,
    ARTICLES,
    COMMA,
    HONORIFICS,
    KUNYA,
    NAME_COMPOUNDS,
    NEGATIONS,
    RESUMPTIVE_OBJECTS,
    adjective_like,
    arabic_subject_after,
    arabic_subject_before,
    bi_verbal_noun,
    clean_speaker,
    derived_verbal_noun,
    english_subject,
    had_already_subject,
    is_a_thing,
    is_clause_then_relative,
    is_participle_intro,
    is_possessed_object,
    is_pronoun,
    is_subject_with_asides,
    last_subordinator,
    list_items_after,
    opens_for_its_part,
    strip_particles,
    surname,
    verb_gender,
    without_preposition_lam,
)

# `[class][class]*`, not `[class]+`: the same matches, but sre skips straight to the class's next character
# when the pattern starts with a class, which makes the script searches in language_of cheap
_ARABIC_LETTER = r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"
_LATIN_LETTER = r"[A-Za-z\u00C0-\u024F]"
_ARABIC = re.compile(_ARABIC_LETTER + _ARABIC_LETTER + "*")
_LATIN = re.compile(_LATIN_LETTER + _LATIN_LETTER + "*")
_WORD = re.compile(r"[^\s،,؛;:.!?؟\"“”«»()\[\]\-–—]+")
_NON_SPACE = re.compile(r"\S+")
_WORD_CHARS = r"[^\s،,؛;:.!?؟\"“”«»()\[\]\-–—]"
_GAP = r"[\s،,؛;:.!?؟\"“”«»()\[\]\-–—]+"
# MIN_WORDS words in a row: as exact as counting _WORD matches, but stops at the third word
# a quotation's closing mark and the comma after it, opening a stretch
_CLOSED_THEN_COMMA = re.compile(r"[\"”»]\s*[،,]")
_ENOUGH_WORDS = re.compile("(?:" + _WORD_CHARS + "+" + _GAP + "){2}" + _WORD_CHARS)
# a quoted sentence of two words is speech all the same (لا يخجلون، موقفنا واضح)
_ENOUGH_QUOTED = re.compile(_WORD_CHARS + "+" + _GAP + _WORD_CHARS)
_LEAD = " \t\r\n\u00a0،,؛;:.-–—)]^"  # (^ and < mark wire headlines: ^Team finds microbe<)
_TAIL = " \t\r\n\u00a0،,؛;:.-–—([?؟<"
_QUOTES = "\"“”«»„‹›"
MIN_WORDS = 3  # _ENOUGH_WORDS spells this number out
# a report's content that is only its complementizer, perhaps before a colon (وتظهر الأرقام أن: then a list)
_ONLY_ITS_COMPLEMENTIZER = re.compile(r"\s*(?:[أإ]ن|ب[أإ]ن|that)\s*:?\s*")
# لكن with its subject as a pronoun, then a predicate: a clause of two words (، لكنني متفائل: but I am optimistic)
_BUT_WITH_ITS_SUBJECT = re.compile(r"[وف]?لكن(?:ني|نا|ه|ها|هم|هما|هن|كم)\s+[^\W\d]{2,}")
# a content marker with its subject's pronoun: two words make a proposition (ووصفت الوزارة الهجوم بأنه إرهابي)
# a quoted clause of one word: a conjunction, a past verb and its object (فصدقته: so I believed him)
_ONE_WORD_CLAUSE_AR = re.compile(r"[وف][^\W\d]{2,}(?:ته|تها|تهم|ناه|ناها|ناهم|وه|وها|وهم)")
# a reported clause of two words, its subject and its verb (`said staff panicked`; والدولة تتفرج)
_SUBJECT_AND_VERB = re.compile(r"\s*(?:[A-Za-z][\w'’-]*\s+[\"“]?[a-z]{2,}ed[\"”]?"
                               r"|[\"«“]?[وف]?ال[^\W\d]{2,}\s+(?:[يت][^\W\d]{2,}|[^\W\d]{2,}ت)[\"»”]?)[\s,.;:،]*")
_TWO_WORDS_EN = re.compile(r"\s*[A-Za-z][\w'’-]*\s+([a-z]{2,})[\s,.;:]*")


def _subject_and_verb(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a clause of two words, a subject and its verb (`prices rose`, `wages fell`, `talks
    failed`, `الأسعار ارتفعت`)?"""
    if _SUBJECT_AND_VERB.fullmatch(text, start, end):
        return True
    two = _TWO_WORDS_EN.fullmatch(text, start, end) if pat.language == "en" else None
    return two is not None and two.group(1) in pat.finite and two.group(1) not in _AUXILIARY_ALONE  # (an
    # irregular past: rose, fell, grew; not `he was`, `they will`: the clause cut short)


_AUXILIARY_ALONE = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
                              "could", "should", "may", "might", "must", "did", "does", "do", "shall", "said",
                              "says", "told", "cannot"))


_WHOLLY_QUOTED = re.compile(r"[\s:]*[«\"“][^«»\"“”\n]+[»\"”]?[\s.]*")
_THAT_IT = re.compile(r"[وف]?ب?[أإ]ن(?:ه|ها|هم|هما|ني|نا)\s")
_QUOTE_MARK = re.compile("[" + _QUOTES + "]")


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    speaker: str | None
    cue: str | None
    kind: str
    language: str


@dataclass(slots=True)
class State:
    """What carries over from one claim to the next: the last speaker."""

    last_speaker: str | None = None
    units: list[Unit] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # recent speakers that are not generic references
    narrated: int = -1  # index in `units` of the last claim emitted as narration
    genders: dict[str, str] = field(default_factory=dict)  # speaker -> "m" or "f", where the text has told
    answerer: str | None = None  # who answers, in a paragraph that is an interview's answer

    @property
    def answering(self) -> bool:
        """Is the paragraph an interview's answer? Its sentences are speech then (They're stuck.)."""
        return self.answerer is not None

    def carried(self, gender: str | None) -> str | None:
        """Who a subjectless frame carries over: the last speaker, unless the frame's pronoun or verb is of the
        other gender than the one known for them (`"...," he said` after a spokeswoman; قال after المتحدثة);
        then the most recent party named before them not known to be of the other gender."""
        last = self.last_speaker
        if gender is None or last is None or self._gender_of(last, gender) == gender:
            return last
        last_surname = surname(last)
        return next((name for name in reversed(self.named[-8:])
                     if surname(name) != last_surname and _a_person(name) and self._gender_of(name, gender) == gender),
                    last)

    def _gender_of(self, speaker: str, unknown: str) -> str:
        """What the text has told of the speaker's gender, by their name or another name ending in the same
        capitalised word (Robert Lafleur, Mr. Lafleur), else `unknown`."""
        told = self.genders.get(speaker)
        if told:
            return told
        family = surname(speaker)
        if not family[:1].isupper():
            return unknown  # (an Arabic phrase's last word is no surname: مصدر في المؤسسة)
        return next((g for name, g in self.genders.items() if surname(name) == family), unknown)

    def resolve(self, speaker: str, pat: LanguagePatterns) -> str:
        """A generic reference (الشركة، the company) as the recent named party whose phrase has its head noun."""
        if self.answerer and _OUR_OWN[pat.language].fullmatch(speaker):
            return self.answerer  # (in an interview's answer, دراساتنا تشير إلى أن / `Our data show`: the answerer's)
        same = self._the_same(speaker, pat) if " " in speaker else None
        if same:
            return same
        if not attr.is_generic(speaker, pat):
            speaker = self._without_object(_tidy(speaker, pat.language), pat)
            if speaker not in self.named[-8:]:
                self.named.append(speaker)
            return speaker
        head = fold(speaker).split()[-1]
        head = head[2:] if pat.language == "ar" and head.startswith("ال") else head
        for name in reversed(self.named[-8:]):
            ws = name.split()
            at = next((i for i, w in enumerate(ws) if fold(w).endswith(head) and (
                pat.language != "ar" or fold(w)[:len(fold(w)) - len(head)] in ("", "ال", "و", "وال", "ل", "لل"))), None)
            # (a word equal to head too, or its genitive, مدير لشركة X; not one after ب, رئيسة لجنة التطعيمات
            # بالوزارة: where she works, no name of it)
            if at is not None:
                # the party whose head it is: الوزارة after متحدث باسم وزارة الخارجية is the ministry, not its
                # spokesman (Arabic heads open their phrase; English ones close it: the Foreign Ministry)
                if pat.language == "ar":
                    if at and (at == len(ws) - 1 or ws[at].startswith("ال") and fold(ws[0]) in pat.person_roles):
                        continue  # (مصدر في الوزارة: a person of the ministry, whose phrase adds nothing to its name;
                        # nor does منظم النقابة الإقليمي غاريث بريتشارد, the union's organiser, its name before)
                    return without_preposition_lam(" ".join(_institution_phrase(ws, at)), pat) if at else name
                    # (المدير العام لوزارة الصحة: the ministry is وزارة الصحة, without the genitive's ل)
                last = at  # (a spokesperson for the Department of Health and Social Care: what the head is of)
                while last + 1 < len(ws) and (ws[last + 1][:1].isupper() and last > at or last + 2 < len(ws) and (
                        ws[last + 1] in ("of", "for") or last > at and ws[last + 1] in ("and", "&"))
                        and ws[last + 2][:1].isupper()):
                    last += 1 if ws[last + 1][:1].isupper() else 2
                if last + 2 < len(ws) and ws[last + 1].startswith("(") and ws[last + 1].endswith(")"):
                    last += 1  # (Malawi Electoral Commission (MEC) chair X: its acronym, then the role)
                if last == at and at + 1 < len(ws) and ws[at][:1].isupper() and ws[at + 1][:1].isupper():
                    continue  # (the government is not the Local Government Association: a word of a name, no head;
                    # but the union Unison: the head, then its name)
                if last + 1 < len(ws) and fold(ws[last + 1]) in pat.document_nouns:
                    if not ws[at][:1].isupper():
                        continue  # (ministry figures: the figures, a document, not the ministry a pronoun means)
                    first = at
                    while first > 0 and ws[first - 1][:1].isupper():
                        first -= 1
                    return " ".join(ws[first:last + 1])  # (Fisheries Ministry figures: the Fisheries Ministry)
                after = ws[last + 1:last + 2] + list(takewhile(str.islower, ws[last + 2:last + 4])) if (
                    ws[last + 1:last + 2] and ws[last + 1].islower()) else ws[last + 1:last + 2]
                if any(fold(part) in pat.person_roles or fold(part)[:-1] in pat.person_roles
                       for w in after for part in w.split("-")):
                    continue  # (company spokeswoman Alicia Moreno is the company's voice, not the company; so is
                    # Health Ministry Director-General X, and University of Wisconsin scientists are not it; and union
                    # regional organiser Gareth Pritchard: a role past its adjective)
                first = at
                while first > 0 and (ws[first - 1][:1].isupper() or ws[first - 1].lower() == "the" or (
                        ws[first - 1] in ("and", "of", "for") and first > 1 and ws[first - 2][:1].isupper())):
                    first -= 1  # (the Geo-Informatics and Space Technology Development Agency: its joints too)
                return " ".join(ws[first:last + 1]) if first > 0 and at > first else name
        return speaker

    def _the_same(self, speaker: str, pat: LanguagePatterns) -> str | None:
        """`المتحدث ذاته`، `المصادر نفسها` (the same spokesman, sources): the recent party whose phrase opens
        with that noun, else None; in English `the same sources`: the recent party whose phrase has that noun."""
        ws = speaker.split()
        if pat.language == "en":
            if len(ws) != 3 or ws[0].lower() != "the" or ws[1] != "same":
                return None
            return next((name for name in reversed(self.named[-8:])
                         if any(w.lower() == ws[2].lower() for w in name.split())), None)
        if len(ws) != 2 or fold(ws[1]) not in attr.SELF_WORDS:
            return None
        head = fold(ws[0])
        head = head[2:] if head.startswith("ال") else head
        return next((name for name in reversed(self.named[-8:])
                     if fold(name.split()[0]).removeprefix("ال") == head), None)

    def _without_object(self, speaker: str, pat: LanguagePatterns) -> str:
        """An Arabic subject after its verb may take the verb's object along (دعا موران العمال: موران العمال); when
        its first word is the surname of a party named before (لوران موران), the definite words after it are that
        object and the subject is that party."""
        if pat.language != "ar" or " ال" not in speaker:
            return speaker
        ws = speaker.split()
        if len(ws) < 2 or not ws[1].startswith("ال"):
            return speaker
        for name in reversed(self.named[-8:]):
            named = name.split()
            if len(named) >= 2 and named[-1] == ws[0] and not named[-1].startswith("ال"):
                return name
        return speaker


@lru_cache(maxsize=4096)
def _tidy(speaker: str, language: str) -> str:
    """_tidy_arabic or _tidy_english; a speaker recurs claim after claim, so each is tidied once."""
    pat = patterns(language)
    return _tidy_arabic(speaker, pat) if language == "ar" else _tidy_english(speaker, pat)


def _institution_phrase(ws: list[str], at: int) -> list[str]:
    """The institution whose head noun is ws[at], without the spokesman's name after it: a definite head takes
    only adjectives (الوزارة, not الوزارة الطيب عثمان), one in construct its genitive first (شركة الكهرباء الأردنية)."""
    end = at + 1
    definite = ws[at].startswith(("ال", "لل"))  # (الرئيس التنفيذي للهيئة، المهندس X: ل and the definite head)
    while (not definite and end < len(ws) and end - at < 3 and not ws[end].startswith(("ال", "لل", "و"))
           and end + 1 < len(ws) and ws[end + 1].startswith("ال")):
        end += 1  # (رئاسة إدارة الكوارث: a chain of nouns in construct before the definite one)
    if not definite and end < len(ws) and ws[end].startswith(("ال", "لل")):
        end += 1  # (وزارة الصحة: its genitive)
        while end < len(ws) and ws[end].startswith("وال"):
            end += 1  # (هيئة الأدب والنشر والترجمة: genitives joined to it)
    while end < len(ws) and ws[end].startswith("ال") and adjective_like(ws[end]):
        end += 1
    return ws[at:end]


def _tidy_english(speaker: str, pat: LanguagePatterns) -> str:
    """An English speaker phrase without a relative clause on it (`a police official who spoke on condition of`,
    `people familiar with the talks who asked not`). (A document's publisher is found with the subject.)"""
    ws = speaker.split()
    if len(ws) > 2 and _AGE_ADJECTIVE.fullmatch(ws[0]) and ws[1][:1].isupper():
        ws = ws[1:]  # (`said 71-year-old Emmanuel Adeyemi`: his age, no word of his name)
    at = next((i for i, w in enumerate(ws) if i >= 2 and w in ("who", "which")), None)
    return " ".join(ws[:at]) if at is not None else " ".join(ws)


_AGE_ADJECTIVE = re.compile(r"\d{1,3}-year-old")


_SPEAKER_ENDS = frozenset(fold(w) for w in ("قد", "وقد", "تحدث", "تحدثت", "تحدثوا", "البالغ", "البالغة"))
# (and the age after the name: إيمانويل أديمي البالغ من العمر 71 عاما)


def _tidy_arabic(speaker: str, pat: LanguagePatterns) -> str:
    """An Arabic speaker phrase without what its verb took along: a relative clause on it (النتائج الأولية التي
    نشرتها الهيئة), the statement it issued (مجلس إدارة النادي بيانا), an outlet spelled in letters it spoke to
    (مصدر قضائي لجوهرة أف أم); a document's publisher for the document (بيان أصدرته الوزارة)."""
    ws = speaker.split()
    if len(ws) < 2:
        return speaker
    if len(ws) > 2 and pat.intro.fullmatch(ws[1]):
        # (بيان أصدرته الوزارة: the ministry that issued it; إفصاح نشره على موقع السوق: where, the document speaks)
        ws = ws[:1] if fold(ws[2]) in AR_PREPOSITIONS else ws[2:]
    at = next((i for i, w in enumerate(ws) if i >= 2 and (fold(w) in pat.relatives or fold(w) in _SPEAKER_ENDS)), None)
    if at is not None:
        ws = ws[:at]  # (and مصادر مطلعة تحدثت لـ، الأمانة العامة قد أصدرت: a verb after the party)
    at = next((i for i, w in enumerate(ws) if i >= 1 and w.endswith("ا") and fold(w[:-1]) in pat.speech_settings),
              None)
    if at is not None:
        ws = ws[:at]  # (بيانا رسميا)
    at = next((i for i, w in enumerate(ws) if i >= 1 and w.startswith("ل") and i + 1 < len(ws)
               and all(len(x) <= 2 for x in ws[i + 1:])), None)
    if at is not None:
        ws = ws[:at]
    if ws and _ACCUSATIVE.search(ws[0]) and (fold(_ACCUSATIVE.sub("", ws[0])) in pat.source_nouns
                                                or fold(_ACCUSATIVE.sub("", ws[0])) in pat.person_roles):
        # إن مصدرا أمنيا تونسيا قال، إن مسؤولا في الوفد: the accusative after إن (its adjectives too), named as the
        # nominative (مصدر أمني تونسي)
        n = 1
        while n < len(ws) and _ACCUSATIVE.search(ws[n]) and not ws[n].startswith("ال"):
            n += 1
        ws = [_ACCUSATIVE.sub("", w) for w in ws[:n]] + ws[n:]
    return " ".join(ws) if ws else speaker


# an indefinite accusative ending (مصدرا، مصدرًا، أمنيا), not a pronoun's (رئيسها)
_ACCUSATIVE = re.compile(r"(?<=\w\w)(?<!ه)\u064B?ا$")


# what follows a quoted name set in a frame: up to two words, a colon and the quotation's opening mark
_NAME_BEFORE_QUOTATION = re.compile(r"\s*(?:[^\s:\"“”«»]+\s+){0,2}:\s*[\"“«]")
_QUOTED_SPAN = re.compile(r"“[^“”\n]{0,200}”|«[^«»\n]{0,200}»|\"[^\"\n]{0,200}\"")  # (short, paired)


def language_of(text: str, start: int = 0, end: int | None = None, sample: int | None = None) -> str:
    """"ar" when Arabic letters outnumber Latin ones in text[start:end] (its first `sample` characters), else "en"."""
    end = len(text) if end is None else end
    if sample is not None:
        end = min(end, start + sample)
    # most paragraphs are in one script: a search for the other settles it without counting letters
    if not _ARABIC.search(text, start, end):
        return "en"
    if not _LATIN.search(text, start, end):
        return "ar"
    # both scripts: the words outside quotations tell (وكتب ترامب: "We will ..." is an Arabic paragraph)
    outside = _QUOTED_SPAN.sub(" ", text[start:end])
    if not _ARABIC.search(outside) and not _LATIN.search(outside):
        outside = text[start:end]
    arabic = sum(map(len, _ARABIC.findall(outside)))
    return "ar" if arabic and arabic >= sum(map(len, _LATIN.findall(outside))) else "en"


# what a claim's end sheds: trailing punctuation and space (_LEAD's too, which strip_span takes off both ends), and
# an exclamation mark outside quotations; a quotation keeps its question mark
_CLAIM_END = _LEAD + _TAIL + "!"
_QUOTE_END = _LEAD + _TAIL.replace("?", "").replace("؟", "")


# a bare title or يا and a word opening a claim, set off by a comma: a word of address (not a name: `Dr Ong, a
# physician, said` is a subject and its apposition)
_VOCATIVE = {
    "ar": re.compile(r"(?:اسمح(?:ي|وا)?\s+لي\s+)?(?:يا\s+[^\W\d]+|دكتور|دكتورة|أستاذ|أستاذة|سيدي|سيدتي|معالي\s+الوزير"
                     r"|حضرة\s+النائب)\s*[،,]\s*"),
    "en": re.compile(r"(?:Doctor|Minister|Sir|Madam|Professor|Senator|Governor|Deputy\s+Governor|Chair|Chairman"
                     r"|Chairwoman|Commissioner|Mr\s+Speaker|Madam\s+Speaker),\s+(?=[a-z]|I\b|[A-Z][a-z]+\s+[a-z])"),
}


def _trim(text: str, start: int, end: int, quote: bool) -> tuple[int, int]:
    """The claim span without the punctuation and space around it, nor an unpaired quotation mark at either end,
    nor the two marks of a span that is one quotation whole."""
    shed = _QUOTE_END if quote else _CLAIM_END
    start, end = strip_span(text, start, end, _LEAD)
    while end > start and text[end - 1] in shed:
        end -= 1
    # stripping never removes a quotation mark, so the count is the span's own; with no mark at either end
    # there is none to drop, whatever the count
    if end > start and (text[start] in _QUOTES or text[end - 1] in _QUOTES) and len(
            _QUOTE_MARK.findall(text, start, end)) % 2 == 1:
        if text[start] in _QUOTES:
            start, end = strip_span(text, start + 1, end, _LEAD)
        else:
            end -= 1
            while end > start and text[end - 1] in shed:
                end -= 1
    if end - start > 2 and text[start] in _OPENERS and text[end - 1] in _CLOSERS and len(
            _QUOTE_MARK.findall(text, start, end)) == 2:
        # (a clause that is one quotation whole, `، "وهذا رقم لا يمكن قبوله"`: inside the marks, GUIDELINES)
        start, end = strip_span(text, start + 1, end - 1, _LEAD)
        while end > start and text[end - 1] in shed:
            end -= 1
    return start, _closing_bracket(text, start, end) if text[end:end + 1] in (")", "]") else end


def _closing_bracket(text: str, start: int, end: int) -> int:
    """`end`, past the bracket right after it when the span opened one: `نظام الحصص (الكوتا).` keeps its `)`."""
    if end < len(text) and text[end] in ")]" and start < end and text.count(
            "(" if text[end] == ")" else "[", start, end) > text.count(text[end], start, end):
        return end + 1
    return end


_OPENERS = "\"“«"
_CLOSERS = "\"”»"


class _Emitter:
    def __init__(self, text: str, state: State):
        self.text = text
        self.state = state

    def emit(self, start: int, end: int, speaker: str | None, cue: str | None, kind: str, language: str,
             carry: bool = False) -> str | None:
        """Add a unit; `carry` fills a missing speaker from the previous one. Returns the speaker used."""
        text, state = self.text, self.state
        wholly_quoted = kind == "reported" and _WHOLLY_QUOTED.fullmatch(text, start, end) is not None  # (وقال الوزير:
        # «الوضع صعب»: his words, however few; the marks are trimmed below)
        start, end = _trim(text, start, end, kind == "quote")
        addressed = _VOCATIVE[language].match(text, start, end)
        if addressed and _ENOUGH_WORDS.search(text, addressed.end(), min(end, addressed.end() + 80)):
            start = addressed.end()  # (`دكتورة، الناس تشتكي من ...`, `Doctor, people are complaining`: whom the
            # words are addressed to, no part of the claim)
        told = None  # the gender a subjectless frame's pronoun gives the speaker it carries over
        phrase = speaker  # the speaker as the frame names it, before its generic noun is resolved
        if carry and not speaker:
            pat = patterns(language)
            pronoun = _PRONOUN_FRAME.search(text, max(0, start - 40), start) if pat.language == "en" else None
            pronoun_word = pronoun.group(1).lower() if pronoun else None
            gender = _frame_gender(text, start, end, cue, pat)
            speaker = (self.named_actor(pat, cue, pronoun_word)
                       or (self._document_before(pat) or self._body_before(pat) if pronoun_word == "it" else None)
                       or state.carried(gender) or self.narrator(pat, cue))
            told = gender if pat.language == "en" else None  # (an Arabic verb carried over may be another's)
        enough = _ENOUGH_QUOTED if kind == "quote" or state.answering or kind == "reported" and (
            _THAT_IT.match(text, start, end) or speaker and _subject_and_verb(text, start, end, patterns(language))
            or wholly_quoted or speaker and cue is None) or kind == "statement" and _SUBJECT_AND_VERB.fullmatch(
            text, start, end) or _BUT_WITH_ITS_SUBJECT.match(text, start, end) else _ENOUGH_WORDS
        if end <= start or not enough.search(text, start, min(end, start + 80)) and not (
                kind == "quote" and _ONE_WORD_CLAUSE_AR.fullmatch(text, start, end)):
            if speaker and kind in ("reported", "according-to") and (
                    end <= start or _ONLY_ITS_COMPLEMENTIZER.fullmatch(text, start, end)):
                # `وقال في بيان:` ends its paragraph and the quotation follows in the next: it goes on in this voice
                state.last_speaker = state.resolve(speaker, patterns(language))
            return speaker
        if speaker:
            if "،" in speaker:  # (رئيسة المحكمة، إيزابيل رونو: a role and its name read as one phrase)
                speaker = " ".join(speaker.replace("،", " ").split())
            speaker = state.last_speaker = state.resolve(speaker, patterns(language))
            if speaker not in state.genders:
                gender = told or (_frame_gender(text, start, end, cue, patterns(language), phrase)
                                  if phrase and cue else None)
                if gender:
                    state.genders[speaker] = gender  # (`Laura Beaudry, a spokeswoman`, `," she said`, السيدة X)
        elif kind != "statement":
            kind, cue = "statement", None  # nobody to credit: the article's own voice
        else:
            state.narrated = len(state.units)  # (an uncredited quotation is no narration: its words are nobody's act)
        state.units.append(Unit(start, end, speaker, cue, kind, language))
        return speaker

    def _document_before(self, pat: LanguagePatterns) -> str | None:
        """For an English frame whose subject is `it` when the last speaker is a person (`The report does not name
        the companies, which Bell says was a condition. But it says X`): the document or body a narrated claim among
        the last three opened with, which `it` stands for; else None."""
        last = self.state.last_speaker
        if not last or _is_document(last, pat) or _is_body(last):
            return None
        for unit in reversed(self.state.units[-3:]):
            if unit.kind == "statement" and unit.language == "en":
                subject = attr.main_subject(self.text, unit.start, unit.end, pat)
                if subject and (_is_document(subject, pat) or _is_body(subject)):
                    return subject
        return None

    def _body_before(self, pat: LanguagePatterns) -> str | None:
        """For an English frame whose subject is `it` when the last speaker is a person (`The ATSB said X. Mayor
        Trish Kelleher said Y. In a statement, it said Z`): the last of the recent speakers `it` can stand for."""
        last = self.state.last_speaker
        if not last or not any(fold(w.rstrip(".")) in pat.person_roles or w.rstrip(".") in HONORIFICS
                               for w in last.split()):
            return None  # (only after a person the text marks as one: a role or a title, not a name alone)
        return next((name for name in reversed(self.state.named[-8:]) if not _it_cannot_stand_for(name, pat)), None)

    def report_going_on(self, text: str, start: int) -> tuple[str | None, str | None]:
        """(speaker, cue) of the report right before `start` in the same sentence, which a second content clause
        (، وأنها أبلغت ...) goes on with; (None, None) when the claim before is no report or ends a sentence."""
        units = self.state.units
        if not units or units[-1].kind not in ("reported", "quote") or not 0 <= start - units[-1].end <= 200:
            return None, None
        if _SENTENCE_END.search(text, units[-1].end, start):
            return None, None
        return units[-1].speaker, units[-1].cue

    def _narration_before(self, pat: LanguagePatterns) -> Unit | None:
        """The claim right before, when it is narration in the paragraph's language."""
        units = self.state.units
        if not units or self.state.narrated != len(units) - 1 or units[-1].language != pat.language:
            return None
        return units[-1]

    def named_actor(self, pat: LanguagePatterns, verb: str | None = None, pronoun: str | None = None) -> str | None:
        """`Kessler conceded in a brief speech. He said ...`: in English, a person named as the subject of the
        narrated claim right before a subjectless frame is the one it carries over, before the last speaker.
        A name is up to six capitalised words (not `The storm`, not `Officials`), or a phrase whose head is a
        person's role. In Arabic (`اتهم أولميدو خصومه بالتلاعب. وقال:`), a name or a role after the narrated
        verb, when that verb and the frame's `verb` agree in gender. `pronoun`: the English frame's subject, when
        `they` (only people in the plural take it up: Scientists have called for a ban. They say ...) or `it` (an
        organisation's name does: The Patients Association described ... It estimates ...)."""
        last = self._narration_before(pat)
        if last is None:
            return None
        before = self._narration_right_before(last, pat)
        if pat.language == "ar":
            if not verb:
                return None
            actor = self._arabic_actor(last, pat, verb)
            # (`كانت ناديا فلوريس تستعير كتبا. وعند سؤالها عن الإغلاق، هزت كتفيها. "..."، قالت`: a claim before
            # ones with no named subject names the person; so does `زار الوزير X المصنع. ويعمل فيه 300 شخص.
            # وتضاعف إنتاجه. وقال إن`, a few short remarks on the scene later)
            later = last
            for earlier in self._narration_run_before(last, pat):
                named = party(self.text, later.start, later.end, pat, generic=False)
                if actor is not None or named and not self._group_for_one(named, verb, pat) and not (
                        pat.subordinate.match(self.text, later.start, later.end)):  # (past a clause split off)
                    break
                actor, later = self._arabic_actor(earlier, pat, verb), earlier
            return actor
        if self._aside_on_the_speaker(last):
            return None  # (`"...," said Maria Delgado, 63, a retired driver who fled. "..."`: the speaker goes on)
        first = _WORD.findall(self.text, last.start, min(last.end, last.start + 12))[:2]
        if before and (first and (first[0].lower() in _PERSONAL_PRONOUNS or first[-1].lower() in _PERSONAL_PRONOUNS)
                       or _PRONOUN_AFTER_INTRO.match(self.text, last.start, last.end)):
            # `X, Ingrid Solberg, condemned the shelling, and she called on ... "...," she said` / `Rosa Delgado is
            # banging a pot. She has cleaned rooms here for 14 years, and she says`: the claim before the pronoun's
            # names the person (and `Asked about the closures, she shrugged.`: a pronoun after a participle's
            # phrase); a clause split off that claim (`X has been criticised for Y, while rivals moved into Z`) names
            # nobody the pronoun takes up: the claim it was split from
            opening = next((u for u in self._narration_run_before(last, pat)
                            if not _SPLIT_OFF_EN.match(self.text, u.start, u.end)), before)
            return self._english_actor(opening, pat, pronoun)
        actor = self._english_actor(last, pat, pronoun)
        if pronoun not in (None, "he", "she"):
            return actor
        # (`Carlos Benavidez walks between rows of pecan trees. Half of them are bare. "...," he says`: short
        # remarks on the scene between the person and the pronoun)
        # (`Abena Owusu, 29, has worked here. Last month, three of her colleagues left. "...," she says`: a longer
        # remark still about the person, by her possessive)
        later = last
        for earlier in self._narration_run_before(last, pat):
            if actor is not None or len(_WORD.findall(self.text, later.start, later.end)) > 8 and not (
                    _HIS_OR_HER.search(self.text, later.start, later.end)):
                break
            actor, later = self._english_actor(earlier, pat, pronoun), earlier
        return actor

    def _aside_on_the_speaker(self, last: Unit) -> bool:
        """Is `last`, an English narrated claim, a description of the speaker of the report right before it, set off
        after that report's frame in the same sentence (`"...," said Maria Delgado, 63, a retired bus driver who
        ...`)?"""
        units = self.state.units
        if len(units) < 2 or units[-2].kind not in ("reported", "quote") or not _APPOSED_DESCRIPTION.match(
                self.text, last.start, last.end):
            return False
        between = self.text[units[-2].end:last.start]  # (the frame, naming the speaker, then the comma)
        return len(between) < 160 and between.rstrip().endswith(",") and bool(units[-2].speaker) and (
            units[-2].speaker in between)

    def _narration_right_before(self, last: Unit, pat: LanguagePatterns) -> Unit | None:
        """The narrated claim right before `last` (the last claim), in its language and adjacent to it, else None."""
        return next(self._narration_run_before(last, pat), None)

    def _narration_run_before(self, last: Unit, pat: LanguagePatterns, most: int = 3):
        """The narrated claims before `last` (the last claim), nearest first, while each is in its language and
        adjacent to the one after it (at most `most`: a pronoun reaches back over a few remarks, not a story)."""
        units = self.state.units
        later = last
        for k in range(len(units) - 2, max(-1, len(units) - 2 - most), -1):
            before = units[k]
            if before.kind != "statement" or before.language != pat.language or not 0 <= later.start - before.end <= 3:
                return
            yield before
            later = before

    def english_actor_of(self, start: int, end: int, pat: LanguagePatterns) -> str | None:
        """The person or party text[start:end], a narrated English sentence, names as its actor (see named_actor)."""
        return self._english_actor(Unit(start, end, None, None, "statement", pat.language), pat)

    def _english_actor(self, last: Unit, pat: LanguagePatterns, pronoun: str | None = None) -> str | None:
        apposed = _APPOSED_NAME.match(self.text, last.start, last.end)
        if apposed:  # The UN coordinator for Sudan, Ingrid Solberg, condemned ...
            return apposed.group(1)
        among = _NAMED_AFTER_AMONG.match(self.text, last.start, last.end)
        if among and pronoun is None and _english_name(among.group(1).split()):
            return among.group(1)
        described = _NAME_THEN_ASIDE.match(self.text, last.start, last.end)
        if described and _english_name(described.group(1).split()) and fold(
                described.group(1).split()[0]) not in pat.intro_words:  # Margaret Ealing, 74, from Grimsby, has ...
            # (not a place phrase: In Nukus, near the Aral Sea, farmer X was)
            return described.group(1)
        for_one = _FOR_A_NAME.match(self.text, last.start, last.end)
        if for_one and _english_name(for_one.group(1).split()):
            return for_one.group(1)  # `For Jabbar Hassan, a herder ..., the crisis is existential`, `For Wafula, the
            # calculation is simple`: the one it is for, whom a pronoun after takes up
        instance = _FOR_ONE_LIKE.match(self.text, last.start, last.end)
        if instance and pronoun is None and _english_name(instance.group(1).split()):
            return instance.group(1)  # (`For tenants like Priya Sandhu, who has lived ..., the announcement was a
            # relief`: the one named as an instance of them)
        if pronoun == "they":  # (the subject's head, however long the rest of it: Scientists from the International)
            opening = list(_WORD.finditer(self.text, last.start, min(last.end, last.start + 40)))[:3]
            at = next((i for i, w in enumerate(opening) if _plural_role(w.group(), pat)), None)
            if at is None:
                return _two_parties(attr.main_subject(self.text, last.start, last.end, pat) or "")
            after_intro = next((i for i in range(at, 0, -1)
                                if "," in self.text[opening[i - 1].end():opening[i].start()]), 0)
            # (`Instead, the researchers measured`: past the adverb set off before them)
            return " ".join(w.group() for w in opening[after_intro:at + 1])
        if pronoun == "it":
            organisation = _ORGANISATION.match(self.text, last.start, last.end)
            if organisation:
                return organisation.group(1)
            owner = _GENERIC_OWNER.match(self.text, last.start, last.end)  # `The bank's forecasts showed ..., and it`
            if owner:
                return owner.group(1) if attr.is_generic(owner.group(1), pat) else None
            # `The review also highlighted problems. It found that`: a document the narration names
            # (`The commission made 37 recommendations. It also said`: a body named by its generic noun)
            subject = attr.main_subject(self.text, last.start, last.end, pat)
            return subject if subject and len(subject.split()) <= 6 and (
                _is_document(subject, pat) or attr.is_generic(subject, pat)
                or subject.lower().startswith("the ") and attr.is_generic("the " + subject.split()[-1], pat)
                or _SAME_SENTENCE_AND.match(self.text, last.end) and _english_name(subject.split())
                and all(w[:1].isupper() for w in subject.split())) else None
            # (The Denver-based airline: a body by its generic noun, described; `Meridian hasn't confirmed that, and
            # it says`: the name the clause before opens with, in the same sentence)
        scene = _SCENE_OPENING.match(self.text, last.start, last.end)  # (`Back in Nkawkaw, Owusu finishes her
        # shift`: where the scene is, then the one in it)
        subject = attr.main_subject(self.text, scene.end() if scene else last.start, last.end, pat)
        ws = subject.split() if subject else []
        if len(ws) > 1 and fold(ws[0]) in pat.subordinators:
            ws = ws[1:]  # (`When Margaret Ellis bought her bungalow, the sea was a field away`: the one the time
            # clause names)
            subject = " ".join(ws)
        owner = _POSSESSIVE_NAME.fullmatch(ws[0]) if pronoun is None and len(ws) > 1 else None
        if owner:  # `Doyle's departure had looked likely ... He insisted`: the person named in full before
            full = last_match(re.compile(r"(?:[A-Z][\w'’-]+ ){1,2}" + re.escape(owner.group(1)) + r"\b"), self.text,
                              max(0, last.start - 3000), last.start)
            if full:
                return full.group()
        named_after = len(ws)  # Lib Dem home affairs spokesman Mark Oaten: the name after a role word
        while named_after and ws[named_after - 1][:1].isupper():
            named_after -= 1
        if named_after and 2 <= len(ws) - named_after <= 3 and fold(ws[named_after - 1]) in pat.person_roles:
            return " ".join(ws[named_after:])
        # (a title may come with the name: Chief Executive Officer Johan Lindqvist; a role names a person too:
        # A company spokeswoman declined to comment. She denied ...)
        if not 0 < len(ws) <= 8:
            return None
        named = len(ws) <= 6 and all(w[:1].isupper() for w in ws) and _english_name(ws)
        # (the head before its complement: A spokesman for one of the parties denied ...)
        head = next((w for w, nxt in zip(ws, ws[1:]) if nxt in _HEAD_COMPLEMENTS), ws[-1] if len(ws) <= 6 else "")
        return subject if named or fold(head) in pat.person_roles else None

    @staticmethod
    def _group_for_one(subject: str, verb: str, pat: LanguagePatterns) -> bool:
        """Is `subject` a part of a group (ثلاث من زميلاتها) and the Arabic frame's `verb` singular? A singular verb
        carried over takes up no group: `غادرت ثلاث من زميلاتها. "..."، تقول` is the woman named before."""
        return verb_gender(verb) is not None and pat.partitive.match(subject + " ") is not None

    def _arabic_actor(self, last: Unit, pat: LanguagePatterns, verb: str) -> str | None:
        if fold(verb).lstrip("وف") in pat.going_on:
            return None  # (وأضاف، وتابع: the last speaker going on, past the narration between)
        instance = _FOR_ONE_LIKE_AR.match(self.text, last.start, last.end) or _FOR_A_NAME_AR.match(
            self.text, last.start, last.end)
        if instance:
            return instance.group(1)  # (وبالنسبة لمستأجرين مثل بريا ساندو، التي ...، كان الإعلان; وبالنسبة لوافولا،
            # فالحسابات بسيطة: the one named)
        if _APPOSITION_OPENING.match(self.text, last.start, last.end):
            return None  # (`"..."، قال X، وهو موظف في شركة، مضيفا`: an aside on the speaker, who goes on)
        if pat.subordinate.match(self.text, last.start, last.end):
            return None  # (`، بينما تحركت القنوات المنافسة بسرعة`: a clause split off, the one before names the actor)
        subject = party(self.text, last.start, last.end, pat, generic=False)
        if not subject or self._group_for_one(subject, verb, pat):
            return None
        at = self.text.find(subject, last.start, last.end)
        if at < 0:  # (بررت شركة "تونس للاتصالات" الزيادة: a name read out of its quotation marks)
            marks_between = re.compile(r'[\s"«»“”]+'.join(map(re.escape, subject.split())))
            quoted = marks_between.search(self.text, last.start, last.end)
            at = quoted.start() if quoted else at
        narrated = _WORD.findall(self.text, last.start, at)[-1:] if at > 0 else []
        if not narrated and at == last.start and fold(subject.split()[0]) in KUNYA:
            return subject  # (أم خالد، وهي معلمة، دفعت ... تقول: the subject first, a name by a child's)
        if (not narrated and self.text.startswith(subject.split()[0], last.start)
                and fold(subject.split()[0].removeprefix("ال")) in pat.person_roles):
            # (وزير الطاقة، جوزيف صدقة، حاول طمأنة المواطنين. وأكد أن: a role and its name set off before the verb, when
            # the verb after the apposition's comma agrees with the frame's)
            tail = subject.split()[-1]
            apposition_end = self.text.find(tail, last.start, last.end) + len(tail)
            acted = _COMMA_THEN_WORD.match(self.text, apposition_end, last.end)
            if (acted and not acted.group(1).startswith("ال") and fold(acted.group(1)) not in AR_PREPOSITIONS
                    and verb_gender(acted.group(1)) == verb_gender(verb)):
                return subject
        gender = verb_gender(narrated[0][1:] if narrated[0][0] in "وف" else narrated[0]) if narrated else None
        if not narrated or gender is not None and verb_gender(verb) is not None and gender != verb_gender(verb):
            return None  # (a verb whose gender its shape does not tell, تحدث, agrees with either)
        ws = []
        first = fold(subject.split()[0].removeprefix("ال"))
        for w in subject.split()[:7 if first in pat.person_roles else 4]:  # (a role's title may run longer: وزير
            # الثروة السمكية جون لودر)
            genitive = w.startswith("لل") and ws and ws[-1].startswith("ال") and ws[-1].endswith(("ي", "ية"))
            if ws and (w.endswith(("ه", "ها", "هم", "هما")) or w.startswith(("بال", "لل")) and not genitive
                       or bi_verbal_noun("ب" + w[1:] if w.startswith("ل") else w)
                       or pat.comparative.fullmatch(w)):  # (وكان زوجها أكثر صراحة: what he was, no name)
                break  # (اتهم أولميدو خصومه بالتلاعب، طالب ماكرون بإجراء: the object after the name; not a surname
                # opening with ب or ل: جين باركر، سيرغي لافروف)
            if (len(ws) > 1 and not ws[-1].startswith("ال") and fold(ws[-1]) not in NAME_COMPOUNDS
                    and any(x.startswith("ال") for x in ws[:-1]) and w.startswith("ال") and not w.endswith("ي")):
                break  # (زار وزير الصحة أحمد سالم المصنع: past a name, a definite noun is the object, not a nisba)
            ws.append(w)
        head = fold(ws[0][2:] if ws[0].startswith("ال") else ws[0])
        if head in pat.name_heads and not pat.participle.fullmatch(narrated[0]) and not pat.act_participle.fullmatch(
                narrated[0]):  # (not the object of a participle: داعيا الدولة إلى التدخل)
            return subject  # an institution (أعربت المفوضية السامية للأمم المتحدة لشؤون اللاجئين عن ...، وقالت)
        # a person: named (no article: أولميدو; or a family name of the nisba form, الحربي) or by a role (الرئيس)
        named = not ws[0].startswith("ال") or len(ws) == 1 and len(ws[0]) >= 5 and ws[0].endswith("ي")
        answering = opens_for_its_part(self.text, last.start, last.end)  # (من جانبها، رحبت الطيران العماني: a party)
        # (and a role's sound plural for a verb in the plural: وقاس الباحثون النجم. ووجدوا أن)
        roles = head.endswith(("ون", "ين")) and head[:-2] in pat.person_roles and fold(verb).endswith(("وا", "ون"))
        return " ".join(ws) if head in pat.person_roles or named or answering or roles else None

    def person_before(self, text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
        """For an English frame whose subject is he or she (in text[start:end]) when the last speaker is a document
        (`a survey of retailers suggested ...` then `"...," she added`): the last speaker that is a person, named
        or by a role, within the last eight claims; else None (the last speaker goes on)."""
        last = self.state.last_speaker
        if pat.language != "en" or not last or not _HE_OR_SHE.search(text, start, end) or not (
                _is_document(last, pat) or _is_body(last)):
            return None
        for unit in reversed(self.state.units[-8:]):
            ws = (unit.speaker or "").split()
            if unit.language == "en" and ws and not _is_document(unit.speaker, pat) and fold(
                    ws[-1]) not in _BODIES and (fold(ws[-1]) in pat.person_roles or sum(
                        1 for w in ws if w[:1].isupper()) >= 2):
                return unit.speaker  # (not the Environment Agency: a body's name, however capitalised)
        return None

    def narrator(self, pat: LanguagePatterns, verb: str | None) -> str | None:
        """With nobody credited yet, who a subjectless frame (`وقال:`, `she told the Commons`) carries over: the
        actor of the narrated claim right before it (`وأعرب الاتحاد الأوروبي عن قلقه.`), when that is a party
        and, in Arabic, the two verbs agree in gender (وضربت العاصفة ... وقال: not the storm)."""
        last = None if self.state.last_speaker else self._narration_before(pat)
        if last is None:
            return None
        if pat.language == "ar" and verb:
            first = _WORD.search(self.text, last.start, last.end)
            narrated = first.group() if first and not first.group().startswith(("ال", "وال")) else None
            if narrated and verb_gender(narrated[1:] if narrated[0] in "وف" else narrated) != verb_gender(verb):
                return None
        return party(self.text, last.start, last.end, pat, generic=False)  # (`The bank cut rates. He said`: not it)


_HE_OR_SHE = re.compile(r"\b(?:he|she|He|She)\b")
# a pronoun as a frame's subject right after a quotation's content (`," he said`) or right before it (`He added:`)
_PRONOUN_AFTER_CONTENT = re.compile(r"[\s\"”’',.:]*\s*(he|she)\s+[a-z]+")
_PRONOUN_BEFORE_CONTENT = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,3}[a-z]+[\s,:\"“‘']*$")
# words that tell a person's gender: in the speaker's own phrase (Mr, Ms) or an apposition after the name
_MALE_WORDS = frozenset(("mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "businessman",
                         "congressman", "councilman", "assemblyman", "alderman", "father", "husband", "son", "brother",
                         "grandfather", "uncle", "widower", "man", "boy"))
_FEMALE_WORDS = frozenset(("ms", "ms.", "mrs", "mrs.", "miss", "madam", "mdm", "madame", "mme", "lady", "dame", "queen",
                           "princess", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman",
                           "assemblywoman", "alderwoman", "housewife", "mother", "wife", "daughter", "sister",
                           "grandmother", "aunt", "widow", "woman", "girl"))
_APPOSED_ROLE = re.compile(r",\s+(?:a|an|the|his|her)?\s*(?:[\w'’-]+\s+){0,4}?([\w'’-]+)\b")


def _a_person(speaker: str) -> bool:
    """Could a speaker be one person, whom he or she (قال، قالت) takes up: not a body (the company, الوزارة), nor a
    group (the three national carriers, مسؤولين عراقيين)?"""
    ws = speaker.split()
    if _ARABIC.search(speaker):
        head = fold(ws[0]).removeprefix("ال")
        ar = patterns("ar")
        return head not in ar.name_heads and "ال" + head not in ar.generic and not head.endswith(("ون", "ين", "ات"))
    return not _is_body(speaker) and not (ws[-1].islower() and ws[-1].endswith("s"))


def _quotation_frame_gender(text: str, frames: list[tuple[int, int]], cue: str | None,
                            pat: LanguagePatterns) -> str | None:
    """The gender a quotation's subjectless frame gives its speaker: its pronoun's (`," she said`), its verb's
    (، قالت), else None."""
    if pat.language == "ar":
        return _arabic_verb_gender(cue, pat)
    pronoun = next((m for m in (_HE_OR_SHE.search(text, fs, fe) for fs, fe in frames) if m), None)
    return _pronoun_gender(pronoun.group()) if pronoun else None


def _pronoun_gender(pronoun: str) -> str:
    """"f" for she, "m" for he."""
    return "f" if pronoun.lower() == "she" else "m"


def _arabic_verb_gender(cue: str | None, pat: LanguagePatterns) -> str | None:
    """A subjectless Arabic frame's gender by its verb (وأضافت، قالت) or participle (مضيفة / مضيفا)."""
    verb = pat.verb.fullmatch(cue) if cue and " " not in cue else None
    if not verb and not (cue and " " not in cue and pat.participle.fullmatch(cue)):
        return None
    w = fold(cue)
    if w.startswith("م") and len(w) > 3 or not verb:  # (a participle: قائلة / قائلا too)
        return "f" if w.endswith(("ة", "ه")) else "m" if w.endswith("ا") else None
    if w.startswith("ت"):  # تقول (she says) or تابع، تساءل (he went on, asked): only a present with a ي twin
        return "f" if pat.verb.fullmatch("ي" + cue[1:]) else None
    if w.endswith("ت"):  # أكدت، نفت (she affirmed, denied) or لفت (he pointed out): only a past with a ت-less twin
        return "f" if any(pat.verb.fullmatch(cue[:-1] + ending) for ending in ("", "ى", "ا")) else None
    return verb_gender(cue)


def _frame_gender(text: str, start: int, end: int, cue: str | None, pat: LanguagePatterns,
                  speaker: str | None = None) -> str | None:
    """The gender ("m", "f") the frame of text[start:end] gives its speaker, else None. Subjectless (no
    `speaker`): an English pronoun subject (`," she said`, `He added:`), an Arabic verb's gender (وأضافت). Named:
    what the name tells of a person, a title in it (Mr, Ms, السيدة) or a role (spokeswoman, المتحدثة), in English
    also a role set off right after it (`Laura Beaudry, a spokeswoman for X,`). (An Arabic verb's gender tells
    nothing of a named speaker: a body's is feminine, الوزارة قالت.)"""
    if speaker is None:
        if pat.language == "ar":
            return _arabic_verb_gender(cue, pat)
        pronoun = _PRONOUN_AFTER_CONTENT.match(text, end) or _PRONOUN_BEFORE_CONTENT.search(
            text, max(0, start - 40), start)
        return _pronoun_gender(pronoun.group(1)) if pronoun else None
    if pat.language == "ar":
        # (a masculine role is a woman's too, عضو المكتب خديجة بنعلي: only السيد tells a man)
        head = fold(speaker.split()[0]).removeprefix("ال")
        if head in ("سيد", "سيده"):
            return "m" if head == "سيد" else "f"
        return "f" if head.endswith("ه") and head[:-1] in pat.person_roles else None
    words_of = [w.lower() for w in speaker.split()]
    told = {"m" for w in words_of if w in _MALE_WORDS} | {"f" for w in words_of if w in _FEMALE_WORDS}
    if not told:
        last = speaker.split()[-1]
        at = text.rfind(last, max(0, start - 200), start)
        role = _APPOSED_ROLE.match(text, at + len(last), start) if at >= 0 else None
        word = role.group(1).lower() if role else ""
        told = {"m"} if word in _MALE_WORDS else {"f"} if word in _FEMALE_WORDS else set()
    return told.pop() if len(told) == 1 else None


# the head nouns of bodies, which he or she never takes up (according to the market research firm X. "...," he said)
_BODIES = frozenset(("company", "firm", "group", "agency", "ministry", "department", "bank", "council", "committee",
                     "board", "authority", "office", "union", "association", "commission", "government", "party",
                     "organisation", "organization", "institute", "fund"))


def _is_body(speaker: str) -> bool:
    """Is an English speaker a body (the market research firm Tellwise, the ministry), by a head noun among its
    first words before a name?"""
    ws = speaker.split()
    return any(w.lower() in _BODIES for w in ws[:5]) and not any(w.lower() in ("spokesman", "spokeswoman", "head",
                                                                              "chief", "director") for w in ws)


def _is_document(speaker: str, pat: LanguagePatterns) -> bool:
    """Is an English speaker a document (a survey of retailers, the report), by its head noun before of/by?"""
    head = re.split(r"\s(?:of|by|from|for|on)\s", speaker, maxsplit=1)[0].split()
    return bool(head) and fold(head[-1]) in pat.document_nouns


# `but` and a noun phrase (perhaps its relative after it), no clause of its own: the Y of `not X, she says, but Y`
_NOT_THEN_BUT_NOUN = re.compile(r"\s*but\s+(?:the|a|an|their|his|her|its|our|my)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
                                r"\s*(?:$|[,.;]|(?:that|who|which)\s)")
_NOT = re.compile(r"\b(?:not|never)\b|n[’']t\b")
_QUESTION_MARK = re.compile(r"[?؟]")
# a subordinate clause opening what follows a frame set inside the content (, although X; , as the number of X)
_SUBORDINATE_GOES_ON = re.compile(r"\s*(?:although|though|even\s+though|because|since|unless|until"
                                  r"|as\s+(?:the|a|an|its|their|his|her|our))\s")
# the speaker's own sources by their first-person possessive (دراساتنا، أرقامنا; our studies, my figures)
_OUR_OWN = {"ar": re.compile(r"[^\W\d]{4,}نا"), "en": re.compile(r"(?:[Oo]ur|[Mm]y)\s+[\w'’-]+(?:\s+[\w'’-]+)?")}
# where or when a narrated sentence is set, opening it before its comma (Back in Nkawkaw, / Later that day,)
_SCENE = (r"(?:(?:Back|Out|Over|Down|Up)\s+(?:in|at|near)|In|Outside|Inside|At|Near|After|Later|Earlier|Speaking|"
          r"Meanwhile)\b[^,.;:\"“”]{0,40},\s*")
_SCENE_OPENING = re.compile(_SCENE)
# a description with a lower-case word (or a title alone after Our, The), then a name of two to four capitalised
# words between commas, then the verb: `The UN humanitarian coordinator for Sudan, Ingrid Solberg, condemned`
# (perhaps after an intro phrase: `Outside court, Mr Walsh's sister, Joanne Carter, read a statement`)
_APPOSED_NAME = re.compile(f"(?:{_SCENE})?"
                           r"(?:(?:[^,.;:\"“”]|(?<=\b[a-z])\.){0,80}?\b[a-z](?:[^,.;:\"“”]|(?<=\b[a-z])\.){0,80}"
                           r"|(?:Our|Its|Their|The)(?: [A-Z][\w'’-]+){1,3}), "  # (Our President, X: a title alone)
                           r"((?:[A-Z][\w'’.-]+ ?){2,4}), "  # (the dots of a time: at 2 a.m. on Saturday)
                           r"(?:\d{1,3}, )?[a-z]")
# the one a sentence is about, named in a phrase opening it (For Wafula, For Jabbar Hassan, a herder,)
_FOR_A_NAME = re.compile(r"For ((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+),")
# one named as an instance of those a sentence is about: `For tenants like Priya Sandhu,` (وبالنسبة لمستأجرين مثل)
_FOR_ONE_LIKE = re.compile(r"For [a-z][\w'’-]*(?: [a-z][\w'’-]*)? (?:like|such as) "
                           r"((?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’-]+),")
_FOR_ONE_LIKE_AR = re.compile(r"\s*و?بالنسبة\s+ل[^\W\d]+\s+مثل\s+((?!ال)[^\W\d]+(?:\s+(?!ال)[^\W\d]+){0,2})\s*،")
# the one a sentence is about, named after بالنسبة ل (وبالنسبة لوافولا، فالحسابات بسيطة; not للمزارعين, a group)
_FOR_A_NAME_AR = re.compile(r"\s*و?بالنسبة\s+ل((?!ال|ل)[^\W\d]+(?:\s+(?!ال)[^\W\d]+){0,2})\s*،")
# a name after an inverted copula: `Among the evacuees was Jean Barker, 71.` (then `"...," she said`)
_NAMED_AFTER_AMONG = re.compile(r"Among [^,.;:\"“”]{1,60}? (?:was|is) ((?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’-]+)\b")
# a name and an aside on it (age, home town, role) opening a clause: `Margaret Ealing, 74, from Grimsby, has`
# (or a participle: `Mr Brereton, speaking at a rally in Harrogate, accused`)
# (or a role: `Jonas Albrecht, head of operations at the charity X, accused`)
# (a surname alone too, before a role: `Carranza, a former state assemblyman who took office in December, has`;
# after a conjunction: `But Fatima Zahra, a clerk in her thirties, doubts`)
_NAME_THEN_ASIDE = re.compile(r"(?:(?:But|And|Yet) )?((?:[A-Z][\w'’.-]+ ){1,2}[A-Z][\w'’-]+|[A-Z][\w'’-]+(?=, an? )), "
                              r"(?:\d{1,3},|[a-z][\w'’-]* [^,]{1,80},)")


# a frame whose subject is `they` or `it`, right before its content (`They say`, `It estimates that`); `they` after it
# (, and it warned; It also said)
_WHO_AFTER_FRAME = re.compile(r"\s*(?:who|which)\s")  # (`, says X, a strategist, who expects`: the speaker's)
_PRONOUN_FRAME = re.compile(r"(?<!\w)([Tt]hey|It|(?:(?<=and )|(?<=but )|(?<=And )|(?<=But )|(?<=, ))it)\s+"
                            r"(?:(?:also|later|earlier|further|then)\s+)?\w+"
                            # (in a joint statement)
                            r"(?:\s+(?:in|on)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+)?"
                            r"(?:\s+that)?\s*$")
_PERSON_PRONOUN_AFTER = re.compile(r"[\s,]*(they|he|she)\s")
# `it` after the content, the trailing frame's subject
_IT_AFTER = re.compile(r"[\s,]*it\s")
# a sentence opening with people in the plural, a bare noun and perhaps an adjective (Villagers, Local residents)
# before a lower-case verb
_PEOPLE_OPENING = re.compile(r"\s*((?:[A-Z][a-z]+\s+[a-z]+|[A-Z][a-z]+)(?:ers|ents|ants|ists|ians|ees))\s+[a-z]+\s")
_WHICH_THEN_FRAME = re.compile(r",\s*(?:which|who|where)\s*,\s*they\s+\w+\s*,")
# an organisation's name opening a clause, `The` and capitalised words with of/for/and between them, before a
# lower-case verb: The Patients Association described
_POSSESSIVE_NAME = re.compile(r"([A-Z][a-z][\w-]*)['’]s")
_GENERIC_OWNER = re.compile(r"(The [a-z]+)['’]s ")
# (not a place's compound before a common noun: The Denver-based airline is no name)
_ORGANISATION = re.compile(r"(The (?:[A-Z][\w'’&-]*|of|for|and|on)(?: (?:[A-Z][\w'’&-]*|of|for|and|on)){0,6}"
                           # (or a name of two capitalised words and more, no article: Starline Ferries cancelled)
                           r"|[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|for|and|on)){0,5} [A-Z][\w'’&-]*)"
                           r"(?<!-based)(?<!-owned)(?<!-led) [a-z]")


def _plural_role(word: str, pat: LanguagePatterns) -> bool:
    """Scientists, officials, analysts: a person's role in the plural (or a kind of body's: tenant groups, unions,
    charities)."""
    f = fold(word)
    return f.endswith("s") and (f[:-1] in pat.person_roles or attr.singular(f) in _GROUP_NOUNS)


_GROUP_NOUNS = frozenset(("group", "union", "charity", "firm", "company", "association", "organisation", "organization",
                          "body", "party", "council"))  # (kinds of bodies whose plural acts as people do)


def _two_parties(subject: str) -> str | None:
    """`subject` when it names two parties joined by and (The Monetary Authority and the Housing Ministry), whom
    `they` takes up; else None."""
    parts = subject.split(" and ")
    return subject if len(parts) == 2 and all(
        part.split() and part.split()[-1][:1].isupper() for part in parts) else None


def _english_name(ws: list[str]) -> bool:
    """Could these capitalised words name a party: not opening with an article (The storm), nor a lone plural
    (Shares, Officials)?"""
    return (ws[0].lower() not in ARTICLES and ws[0].lower() not in _NO_NAMES
            and not (len(ws) == 1 and ws[0].endswith("s") and not ws[0].endswith("ss")))


_SAME_SENTENCE_AND = re.compile(r"[,;]?\s+(?:and|but)\s")  # (a clause joined after the narrated one)
_HEAD_COMPLEMENTS = frozenset(("for", "of", "at", "with", "in"))  # what follows a role's head noun in its phrase
_DIGIT = re.compile(r"\d")
_SPLIT_OFF_EN = re.compile(r"(?:and|but|while|whereas|yet)\s")  # a clause split off at its conjunction
_PRONOUN_AFTER_INTRO = re.compile(r"[A-Z][^,.]{0,60},\s*(?:he|she|it|they)\s")  # (Asked about it, she shrugged)
# a description set off after a name (a retired bus driver who, the owner of): its article or possessive
_APPOSED_DESCRIPTION = re.compile(r"(?:a|an|the|his|her|their)\s")
_PERSONAL_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i"))
_HIS_OR_HER = re.compile(r"\b(?:[Hh]is|[Hh]er|him)\b")
_NO_NAMES = _PERSONAL_PRONOUNS | {"you", "there", "this", "that", "these", "those", "another", "other", "such", "each",
                                  "every", "both", "all", "most", "several", "many", "some", "few", "here", "below",
                                  "following"}  # (Here are excerpts from the interview:)


# the word after the comma closing a subject's apposition (وزير الطاقة، جوزيف صدقة، حاول): its verb
_COMMA_THEN_WORD = re.compile(r"\s*[،,]\s*(\w+)")


# `The` and a capitalised name opening the clause, then its verb in the past (The Bundesbank added)
_THE_NAME_ACTS = re.compile(r"\s*(The\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]+ed\b")
_HEAD_BEFORE_ITS_PLACE = re.compile(r"(.+?)\s+(?:at|of|for|from|with)\s")  # (the head's words: a senior economist)


def _it_cannot_stand_for(speaker: str | None, pat: LanguagePatterns) -> bool:
    """Is `speaker` a person, whom `it` cannot stand for: a role's holder (Chief Executive Marit Solberg, the
    minister) or a name, not a body, a document, a generic reference, an acronym (the IMF) or `The` and a name?"""
    if not speaker:
        return False
    head = _HEAD_BEFORE_ITS_PLACE.match(speaker)
    if head and any(fold(w) in pat.person_roles for w in head.group(1).split()):
        return True  # (a senior economist at a large German bank: a person, whatever body closes the phrase)
    if _is_body(speaker) or _is_document(speaker, pat) or attr.is_generic(speaker, pat):
        return False
    ws = speaker.split()
    if any(fold(w) in pat.person_roles for w in ws):
        return True
    return ws[0].lower() != "the" and not any(w.isupper() and len(w) > 1 for w in ws)


def party(text: str, start: int, end: int, pat: LanguagePatterns, generic: bool = True) -> str | None:
    """The subject of the clause text[start:end] when it names a party: in English a name (Yvette Cooper) or, with
    `generic`, a generic reference (the company), not `The storm`; in Arabic a definite or named phrase of a few
    words."""
    subject = attr.main_subject(text, start, end, pat)
    if subject and pat.language == "ar":
        subject = _AGE_CLOSING.sub("", subject)  # (سماح (34 عاما)، وهي أم: the name, without her age)
    if not subject or len(subject.split()) > _longest_subject(subject, pat):
        return None
    if pat.language == "en":
        ws = subject.split()
        named = _english_name(ws) and all(w[:1].isupper() for w in ws if len(w) > 3)
        body = ws[0] == "The" and len(ws) > 2 and _is_body(subject) and all(
            w[:1].isupper() or w[:1] == "(" or w in ("of", "for", "and", "on") for w in ws[1:])
        # (The Energy Market Authority (EMA): a body's name with its article; so is the EFF, an acronym)
        body = body or ws[0].lower() == "the" and len(ws) == 2 and ws[1].isupper() and len(ws[1]) > 1
        return subject if named or body or generic and attr.is_generic(subject, pat) else None
    return None if pat.verb.match(subject) else subject


_AGE_CLOSING = re.compile(r"\s+[\d٠-٩]{1,3}\s+(?:عاما|عامًا|عام|سنة)$")  # an age closing a subject read word by word


def _longest_subject(subject: str, pat: LanguagePatterns) -> int:
    """How many words a narrated clause's subject may have: six, ten for a role with its name set off after it
    (عميد كلية الطب البشري الدكتور عبدالحكيم الشريف); a longer run is a headline's words, no subject."""
    ws = subject.split()
    if pat.language == "ar" and any(w.startswith("بال") and fold(w[3:]) in pat.name_heads for w in ws[1:]):
        return 10  # (شعبة المواد البترولية بالاتحاد العام للغرف التجارية: a body inside a body, both named)
    if fold(ws[0].removeprefix("ال")) in pat.person_roles:
        # (twelve with a rank or title before the name: المتحدث باسم جهاز خفر السواحل في غرب ليبيا العقيد خالد بوزيد)
        return 12 if pat.language == "ar" and any(fold(w.removeprefix("ال")) in pat.name_titles for w in ws[2:]) else 10
    # (Bureau of Plant Industry Director Arnel Cabrera: a title naming its office, then the name; The Movement for
    # the Emancipation of the Niger Delta (Mend): a body's capitalised name)
    return 10 if pat.language == "en" and (any(
        fold(w) in pat.person_roles and ws[i + 1][:1].isupper() for i, w in enumerate(ws[1:-1], 1)) or all(
        w[:1].isupper() or w[:1] == "(" or w in ("of", "the", "for", "and") for w in ws[1:])) else 6


# the paper itself vouching for what it reports, after it (, the Guardian understands / has established / can reveal)
_THE_PAPER_KNOWS = re.compile(r",\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
                              r"(?:understands|has\s+learn[te]d?|has\s+established|can\s+reveal|has\s+been\s+told)"
                              r"[\s.]*$")
# a relative's frame right before its content (`, which critics say`)
_RELATIVE_FRAME_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:[\w'’-]+\s+){1,4}$")
# what includes and a few words, then a colon: a list's heading (وتشمل أبرز الزيادات التي أقرها المجلس:, The main
# increases approved by the council include:)
_INCLUDES_THEN_COLON = {
    "ar": re.compile(r"[وف]?(?:تشمل|يشمل|تتضمن|يتضمن|شملت|شمل|تضمنت|تضمن)(?:\s+[^\s:،,.]+){1,7}\s*:"),
    "en": re.compile(r"(?:[^\s:,.;]+\s+){1,8}(?:include|includes|included)\s*:"),
}
_LIST_FRAME_EN = re.compile(r"\s*and\s+[a-z]+ed(?:\s+[\w'’-]+){0,3}\s*:\s*$")  # (and listed the main ones:)
# where the frame's words were said, set off after the speaker's apposition (، في اتصال هاتفي مع X)
_WHERE_SAID_AFTER_AR = re.compile(r"[،,]\s*(?:في|خلال)\s+(?:اتصال|تصريح|تصريحات|حديث|مقابلة|لقاء)(?!\w)")
_COMMA_AS = re.compile(r"[،,]\s*كما\s+$")  # ، كما right before a verb: `as X says` set off
# a subject, then `as X says` set off by commas, right before a quotation (، كما يقول موظفون فيها، «)
_AS_THEY_SAY_BEFORE = re.compile(r"[^\s،,][^،,.]{2,80}[،,]\s*(?:كما|as)\s+[^،,.]{3,60}[،,]\s*$")
# نقلت "X" (الرسمية) عن Y: the quoted name, perhaps an adjective after it, relays another's words
_RELAYED_FROM = re.compile(r"\s*(?:ال\w+\s+)?عن\s")


def _speech_regions(text: str, ps: int, pe: int, sents: list[tuple[int, int]], pat: LanguagePatterns,
                    scan: PhraseStarts, runs_on=lambda: False, taken_up: bool = False):
    """Quotations that are speech, with their frames: (content start, content end, frame spans, speaker, cue)
    (`scan`: the paragraph's, see PhraseStarts), and whether the last of them is left open at the paragraph's end.

    `runs_on()`: do the next paragraphs take up a quotation left open here, so that it runs to this paragraph's
    end (see _quotation_goes_on)? `taken_up`: this paragraph goes on with a quotation the one before left open:
    its words up to the mark that closes it (or all of them, with no mark) are the same voice's."""
    regions = []
    prev_end = ps
    last_sentence = -2  # index of the sentence where the last speech quotation ended
    starts = [s for s, _ in sents]
    if taken_up:
        closed_at = dangling_closer(text, ps, pe)
        if closed_at is None:
            if not has_marks(text, ps, pe):
                return [((ps, pe), [], None, None)], True  # a paragraph in the middle of the quotation
        elif closed_at > ps:
            last_sentence = max(0, bisect.bisect_right(starts, closed_at) - 1)
            after = attr.quote_frame_after(text, closed_at, sents[last_sentence][1], pat, scan) if (
                text[closed_at - 1] in ",.!?؟،" or text.startswith((",", "،"), closed_at + 1)) else None
            # (`... أربع عائلات»، يقول أبو سمير.`: the frame after the mark names who spoke the whole quotation)
            regions.append(((ps, closed_at), [(closed_at, after[0])] if after else [], *(after[1:] if after else (
                None, None))))
            prev_end = closed_at + 1
    quoted = quotations(text, prev_end, pe)
    if not quoted:
        return regions, False  # most paragraphs
    left_open = False
    for i, (opener, closer) in enumerate(quoted):
        k = max(0, bisect.bisect_right(starts, opener) - 1)
        s_start, s_end = sents[k]
        unclosed = closer is None
        if unclosed:
            # (a quotation never closed ends with its sentence, unless the next paragraph takes it up)
            left_open = i == len(quoted) - 1 and runs_on()
            closer = pe if left_open else s_end
        content = (opener + 1, closer)
        if not unclosed and _NAME_BEFORE_QUOTATION.match(text, closer + 1, pe):
            continue  # `وتابع في تصريحات لموقع "سكاي نيوز عربية": "..."`: a quoted name inside the next one's frame
        first_words = [w.group() for w in islice(_WORD.finditer(text, *content), 4)]  # only compared with 3 and 4
        n_words = len(first_words)
        # a quoted word or two ("غير مشروعة") is emphasis, not speech: no frame is looked for around it; nor is a
        # name spelled in letters ("إم تي إي")
        speech_sized = n_words >= 3 and not all(len(w) <= 2 for w in first_words) or n_words == 2 and bool(
            regions) and bool(regions[-1][1]) and bool(_COMMA_BETWEEN.fullmatch(text, regions[-1][1][-1][1], opener))
        # (and a quotation's second half of two words, right after the frame that cut it: «X»، قال، «ولدينا خطة»,
        # the frame's aside on its speaker between: «X»، قال سالم، رئيس اللجنة، «ولدينا خطة»)
        # a quotation opening the sentence after a speech quotation's goes on with the same voice
        # (and a quoted sentence of two words: "Nobody listened.")
        goes_on = opener == s_start and k == last_sentence + 1 and bool(regions) and (speech_sized or (
            n_words == 2 and closer is not None and text[closer - 1] in ".!?؟"))
        window = max(s_start, prev_end)
        before = (attr.quote_frame_before(text, window, opener, pat, s_start, scan)
                  if speech_sized and opener > window else None)
        if before and not unclosed and (_complementizer_soon(text, closer + 1, s_end, pat) or pat.language == "ar"
                                        and _RELAYED_FROM.match(text, closer + 1, s_end)
                                        or _apposed_quoted_name(text, opener, closer, s_end, pat)
                                        or attr.quoted_name_after_verb(text, before[0], opener, closer, s_end, pat)):
            before = None  # وقالت صحيفة «وول ستريت جورنال» الأمريكية إن / ونقلت "الوكالة الوطنية للإعلام" عن: a
            # quoted name inside the frame
        if before and pat.language == "ar" and before[1] and derived_verbal_noun(before[1].split()[0]):
            before = None  # (`وتوقعت استكمال الباقي "قبل منتصف أكتوبر"`: the verb's object a verbal noun, the quoted
            # words part of it, no speaker's)
        if before and not unclosed and _AS_THEY_SAY_BEFORE.search(text, window, opener) and len(
                _WORD.findall(text, closer + 1, s_end)) >= 2:
            before = None  # `غير أن المديرية، كما يقول موظفون فيها، «لا تملك المال» لمتابعة`: the quotation is the
            # predicate of the subject before the aside, one claim of the sentence, the aside's party its source
        if before:
            fstart, speaker, cue = before
            frame_from = _frame_start(text, window, fstart, pat)
            if pat.participle.match(text, fstart):
                # a participle frame (، مؤكدا "...") starts at the participle: the clause before it is a claim,
                # unless it is a reporting verb's own frame (وصرح الوزير قائلا: "...")
                verb = last_of(scan.finditer(pat.verb, window, fstart))
                first = scan.search(pat.verb, window, fstart) if verb is not None else None
                past = _past_an_apposition(text, first.end(), fstart) if first is not None else fstart
                if first is not None and past > verb.start():
                    verb = first  # (وروى أحد الناجين، وهو شاب ... فضل عدم ذكر اسمه، للصحافيين تفاصيل الرحلة قائلا:
                    # روى, past the apposition on its subject and the verbs inside it)
                own = verb is not None and not COMMA.search(text, past if verb is first else verb.end(), fstart)
                frame_from = _frame_start(text, window, verb.start(), pat) if own else fstart
                commas = sum(1 for _ in COMMA.finditer(text, window, fstart)) - (
                    pat.language == "en" and text[window:fstart].rstrip().endswith(",")) - (
                    opens_for_its_part(text, window, fstart) if pat.language == "ar" else bool(
                        _FOR_ITS_PART_EN.match(text, window, fstart)))  # (English sets the participle off with a
                # comma: `responded on Facebook, saying`; من جانبه، and For his part, open with one)
                if not own and commas in (0, 2) and _only_a_frame(text, window, fstart, pat):
                    frame_from = window  # (وخاطب الجعار أعضاء البرلمان قائلا: "...": whom he addressed, no claim;
                    # so with the name set off after the role: وعلّق رئيس الحزب، هشام زكي، على القرار قائلا)
                but = _BUT_SUBJECT_THEN_VERB.fullmatch(text, window, fstart) if pat.language == "ar" and (
                    _BY_SAYING.match(text, fstart)) else None
                if but:  # (غير أن بوعزيز ردّ بالقول: «...», لكن الوزير اكتفى بالقول: the clause is the frame, the
                    # subject first after the particle speaks)
                    frame_from, speaker = window, but.group(1)
            region = (content, [(frame_from, opener + 1)], speaker, cue)
            if i and _cut_by_its_frame(text, quoted[i - 1], frame_from, fstart, opener, s_start, pat):
                region = _rejoined(quoted[i - 1], region, regions)
            lead = _unquoted_lead(text, window, s_start, frame_from, opener, pat, scan)
            lead_words = _WORD.findall(text, *lead) if lead else []
            if lead and (not any(fold(w) in pat.finite for w in lead_words) or fold(lead_words[-1]) in _COPULAS):
                # (or a lead ending in its copula: `A sailing ... was, she said, "a cancellation by any other name"`)
                region = ((lead[0], closer + 1), [], speaker, cue)  # `Allowing private trains now, she argued,
                # "would reward nobody"`: the subject before the frame and the quoted predicate, one claim with the
                # frame inside (GUIDELINES)
            elif lead:
                regions.append((lead, [], speaker, cue))  # `X, he pointed out, "so the threat is meaningless"`: X is
                # the first part of what he said, unquoted
            regions.append(region)
            prev_end = closer + 1
            last_sentence = max(0, bisect.bisect_right(starts, closer) - 1)
            continue
        if unclosed:
            if goes_on:
                # `"...," the spokesman said. "There will be` and the paragraph ends: newswire style for a
                # quotation going on in the next paragraph
                regions.append((content, [], *regions[-1][2:]))
                prev_end, last_sentence = closer + 1, k
            elif opener == ps and speech_sized:
                # a paragraph opening a quotation it never closes, after `وتابع الدمرداش في منشوره:` or a
                # paragraph of the same quotation: the last speaker goes on
                regions.append((content, [], None, None))
                prev_end, last_sentence = closer + 1, k
            continue
        kc = max(0, bisect.bisect_right(starts, closer) - 1)
        c_end = sents[kc][1]
        inner_end = text[closer - 1] if closer > opener + 1 else ""
        ends_like_speech = inner_end in ",.!?؟،" or text[closer + 1:closer + 2] in (",", "،")
        opens_sentence = opener == s_start or (
            opener - s_start < 8 and not text[s_start:opener].strip(_QUOTES + " "))
        next_sentence_may_frame = kc + 1 < len(sents) and not text[closer + 1:c_end].strip(_QUOTES + " .,،")
        # a frame after the quotation makes speech only of speech-sized content that ends like speech and opens
        # its sentence (`"...," X said.`), or ends it before the next sentence (`"...," ` then `X told Y.`)
        framed_after = (speech_sized or n_words == 2 and opens_sentence) and ends_like_speech  # (and «سنكون
        # جاهزين»، قال X: two words opening the sentence with a frame after them)
        after = (attr.quote_frame_after(text, closer, c_end, pat, scan)
                 or attr.quote_cue_after(text, closer, c_end, pat)
                 if framed_after and (opens_sentence or next_sentence_may_frame) else None)
        if after and opens_sentence:
            fend, speaker, cue = after
            regions.append((content, [(closer, fend)], speaker, cue))
            prev_end = closer + 1
            last_sentence = kc
            continue
        if framed_after and after is None and next_sentence_may_frame and text[sents[kc + 1][0]] not in _QUOTES:
            # `"...," ` then `X told Y.` as a sentence of its own (not `"Y," she said.`, a quotation with its frame)
            n_s, n_e = sents[kc + 1]
            after = attr.quote_frame_after(text, n_s - 1, n_e, pat, scan)
            own = attr.frame(text, n_s, n_e, pat, scan) if after else None
            if own and _ENOUGH_WORDS.search(text, own.content_start, n_e):
                after = None  # (`"...?"` then `She said nine children had died.`: a report of its own)
            if after and len(_WORD.findall(text, n_s, n_e)) <= 8:
                fend, speaker, cue = after
                regions.append((content, [(n_s, n_e)], speaker, cue))
                prev_end = n_e
                last_sentence = kc + 1
                continue
        if opener == s_start and n_words >= 4 and not text[closer + 1:s_end].strip(_QUOTES + " .,،!?؟"):
            # a quotation that is its whole sentence, with no frame: the last speaker goes on
            regions.append((content, [], None, None))
            prev_end = closer + 1
            last_sentence = k
            continue
        if goes_on:
            regions.append((content, [], *regions[-1][2:]))
            prev_end = closer + 1
            last_sentence = max(0, bisect.bisect_right(starts, closer) - 1)
            continue
        if speech_sized and _names_after_its_noun(text, s_start, opener, pat):
            continue  # مدير "صندوق إعادة إعمار المناطق المتضررة" قد صرح: a quoted name, inside the next frame
        if speech_sized or opens_sentence and ends_like_speech:
            # (a quoted name, بمنصة "إكس"، كتب X: may sit inside the next frame; a word or two opening the sentence,
            # `"The budget," the minister said, "will ..."`, is the first part of a quotation cut by its frame)
            prev_end = closer + 1
    return regions, left_open and bool(regions) and regions[-1][0][1] == pe


def _unquoted_lead(text: str, window: int, s_start: int, frame_from: int, opener: int, pat: LanguagePatterns,
                   scan: PhraseStarts) -> tuple[int, int] | None:
    """`Several chief executives had waived their bonuses, he pointed out, "so the threat is meaningless"`: the
    words opening the sentence before a pronoun's frame set between commas and a quotation that goes on from them
    (its first word in lower case) are the same speaker's, unquoted; their span, else None."""
    if pat.language != "en" or window != s_start:
        return None
    if frame_from == s_start:  # (the frame took the words before it for its own: `Allowing private trains now,
        # she argued, "would ...`: a pronoun's frame between commas, the words before it no subject of its)
        comma = text.rfind(",", s_start, text.rfind(",", s_start, opener))
        frame_from = comma if comma > s_start and not has_marks(text, comma, opener) else frame_from  # (not
        # `The water at the intake," she said, "is`: a quotation's first part, its closing mark after the comma)
    set_off = text[s_start:frame_from].rstrip()
    if set_off.endswith(",") and not text[frame_from:opener].lstrip().startswith(","):
        frame_from = s_start + len(set_off) - 1  # (`X was, she said, "Y"`: the frame from its comma)
    if not text[frame_from:opener].lstrip().startswith(","):
        return None
    frame = _WORD.findall(text, frame_from, opener)
    rest = _WORD.search(text, opener + 1, min(len(text), opener + 40))
    if not 2 <= len(frame) <= 3 or fold(frame[0]) not in _PERSONAL_PRONOUNS or rest is None or not (
            rest.group().islower()):
        return None
    if has_marks(text, s_start, frame_from) or scan.search(pat.verb, s_start, frame_from):
        return None  # (a frame or a quotation of its own before)
    lead = _WORD.findall(text, s_start, frame_from)
    predicate = fold(rest.group()) in _COPULAS or fold(rest.group()) in _MODALS_AND_HAVE  # (`Congestion, he said,
    # "is a problem of success"`: a subject of a word or two, the quotation its predicate)
    short_subject = predicate and not any(fold(w) in pat.intro_words or fold(w) in pat.adverbials for w in lead)
    return (s_start, frame_from) if len(lead) >= 4 or lead and short_subject else None


_MODALS_AND_HAVE = frozenset(("has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might"))


# a result in the infinitive (, only to find the doors locked): the content going on after a frame
_ONLY_TO = re.compile(r"\s*only\s+to\s")
# how long after or before something (less than two weeks after the virus was first confirmed): a phrase of the
# content going on after a frame, however many verbs its clause has
_TIME_SPAN_AFTER = re.compile(r"\s*(?:(?:less|more)\s+than\s+|just\s+|only\s+|about\s+|nearly\s+|almost\s+)?"
                              r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                              r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)\b")
# `, with frontline nurses warning the system is at "breaking point"`: others' report, a claim of its own
_WITH_SOMEONE_SAYING = re.compile(r"\s*with\s+(?:[\w'’-]+\s+){1,5}?(?:warning|saying|arguing|claiming|insisting"
                                  r"|predicting|noting|cautioning|complaining|stressing)\b", re.IGNORECASE)
# words that open a phrase, not a clause: after a quotation's frame they go on with the quotation
_CONTINUING_WORDS = frozenset(fold(w) for w in (
    "من", "في", "على", "إلى", "عن", "دون", "بدون", "حتى", "مع", "لأن", "قبل", "بعد",
    "without", "until", "unless", "because", "before", "after", "with", "for", "in", "on", "to", "than", "rather"))


# and (then) a verb's bare form, no subject: the verb phrase before goes on (not `and we`, `and prices`, `and people`)
_AND_A_BARE_VERB = re.compile(r"and\s+(?:then\s+)?(?!(?:it|you|we|they|he|she|I|the|a|an|this|that|these|those|there"
                              r"|its|their|our|his|her|people|children|men|women|police|nobody|everyone|no|not)\b)"
                              r"[a-z]+(?<!ed)(?<!ing)(?<![^s]s)\s")
# the predicate after a frame set between the subject and its verb: adverbs and a verb in -s, or an auxiliary
_PREDICATE_GOES_ON = re.compile(r"\s*(?:(?:(?:still|also|now|already|far|much|even|only|just|really)\s+)+[a-z]+s"
                                r"|(?:(?:still|also|now|already)\s+)?(?:is|are|was|were|will|would|could|remains))\s")
# a condition opening a sentence before its frame (`If the plan fails, the council says`, `Should the dam fall below
# 10 per cent`, `وإذا فشلت الخطة، تقول البلدية`): what the speaker says holds under it (GUIDELINES keep a conditional
# with its consequence); concessions (although, رغم) and the emphatic إن are left to the clause split
_CONDITION_OPENING = {
    "en": re.compile(r"(?i:if|unless|should|once|when)\s"),
    "ar": re.compile(r"[وف]?(?:إذا|لو|لولا|ما\s+لم)\s"),
}
# a condition that is the frame's own occasion, no part of the content (`When asked about the delay, the firm said`,
# `وإذا سئل عن`)
_QUESTIONED = re.compile(r"\b(?:asked|questioned|contacted|pressed|approached|reached|challenged|interviewed"
                         r"|quizzed)\b|سئل|سؤال")  # (Arabic is read without vowel signs: سُئل is سئل)
# a comparison going on after a frame, no verb (`, the fire centre says, well above the 10-year average`)
_COMPARED_OPENERS = frozenset(("well", "up", "down", "compared", "roughly", "nearly", "almost", "about", "around"))
# words opening a phrase of the content after a frame set inside it (`, the government said, with payments
# tapering`), where `, the company said, in a filing` says where it was said
_CONTENT_PHRASE_OPENERS = frozenset(("with", "without", "including", "excluding", "than", "rather", "plus"))


_I_WORD = re.compile(r"I(?:['’](?:m|ll|ve|d))?")  # (I, I'm, I'll: capitalised wherever they stand)


# an apposition on the subject set off by commas (، وهو شاب سوداني ...،)
_SET_OFF_APPOSITION = re.compile(r"[^،,]*[،,]\s*وه(?:و|ي|م|ما)\s[^،,]{1,160}[،,]")


def _past_an_apposition(text: str, start: int, end: int) -> int:
    """Where text[start:end] goes on past an apposition set off on the subject right after the verb (وروى أحد
    الناجين، وهو شاب ...، للصحافيين), else `start`."""
    found = _SET_OFF_APPOSITION.match(text, start, end)
    return found.end() if found else start


def _cut_by_its_frame(text: str, previous: tuple[int, int | None], frame_from: int, verb: int, opener: int,
                      s_start: int, pat: LanguagePatterns) -> bool:
    """`"If we wait," X said, "it will be too late."` / `"The problem," X said, "is ..."`: is the quotation at
    `opener` the rest of the one before, one sentence of speech with a bare frame (`X said,`, `قال الوزير،`) in
    the middle? Only when the first part cannot stand alone (a word or two, or a conditional or subordinate
    clause) and the rest opens no clause of its own (`, "and ...`, `، «لكننا ...`)."""
    prev_opener, prev_closer = previous
    if (prev_closer is None or prev_opener < s_start or text[prev_closer + 1:frame_from].strip(" ,،\u00a0")
            or pat.participle.match(text, verb) or text[max(frame_from, opener - 8):opener].rstrip().endswith(":")
            or len(_WORD.findall(text, frame_from, opener)) > (
                16 if pat.language == "en" and text.count(",", verb, opener) == 2 else 8)):
        return False  # (a frame of eight words, or in English sixteen with a name and its role set off: `said Jorge
        # Castaneda, a former foreign minister who now teaches at New York University,`)
    if not (text[prev_closer - 1] in ",،" or text[prev_closer + 1:prev_closer + 2] in (",", "،")):
        return False  # the first part ends like a sentence
    rest = _WORD.search(text, opener + 1, min(len(text), opener + 40))
    if rest is not None and BUT_A_PHRASE.match(text, rest.start()):
        return True  # `«الروبيان عاد»، يقول أحد الصيادين، «لكن إلى موائد المطاعم»`: but and a phrase, no clause
    if rest is not None and corrects_a_negation(text, prev_opener + 1, prev_closer, rest.start()):
        return True  # (`«لم يكن المتهمون يعملون بعشوائية»، يقول الشناوي، «بل كانت لديهم قوائم»`: not X but Y)
    if rest is not None and pat.language == "en" and _AND_A_BARE_VERB.match(text, rest.start()):
        return True  # (`"You cannot keep asking fewer people to do more," a spokesman said, "and then act surprised
        # when mistakes happen."`: the same subject and modal go on, no clause of its own)
    if rest is None or pat.clause_conj.match(text, rest.start()):
        return False
    if pat.language == "en" and (rest.group()[0].islower() or not _I_WORD.fullmatch(rest.group())):
        # English capitalises a quotation's second part when it is a sentence of its own; a lower-case one goes on
        # (`I` is never lower-case: `"If that bus goes," she said, "I will have to give up work"` goes on when the
        # first part cannot stand alone)
        return rest.group()[0].islower()
    if rest.group()[0] == "و":
        return False
    if fold(rest.group()).lower() in _CONTINUING_WORDS or fold(rest.group()).startswith(fold("لأن")):
        return True  # `«لا استقرار في المنطقة»، أضاف الوزير، «من دون حل عادل»`: a phrase can't stand alone (nor a
        # reason with its pronoun: «لأنهم يقضون ساعات طويلة تحت الشمس»)
    first_words = _WORD.findall(text, prev_opener + 1, min(prev_closer, prev_opener + 60))
    if len(first_words) < 3:
        return True  # `"The problem," X said, "is that ...`
    opening = fold(first_words[0]).lower()
    return opening in pat.subordinators or (opening != "ان" and pat.conditional.match(text, prev_opener + 1) is not None)


def _rejoined(previous: tuple[int, int], region, regions: list) -> tuple:
    """One region for a quotation cut by its frame: from the first part's content to the second's end, the frame
    inside it (like a cue between parts of the content); the first part's own region, if it made one, gives way."""
    prev_opener, prev_closer = previous
    (_, content_end), _, speaker, cue = region
    frames = []
    if regions and regions[-1][0] == (prev_opener + 1, prev_closer):
        first = regions.pop()
        frames = [f for f in first[1] if f[1] <= prev_opener + 1]  # a frame before the first part stays one
        speaker, cue = speaker or first[2], cue or first[3]
    return (prev_opener + 1, content_end), frames, speaker, cue


_COMMA_BEFORE = re.compile(r"[،,]\s*$")
_COMMA_AFTER = re.compile(r"\s*[،,]")
_COMMA_BETWEEN = re.compile(r"\s*[،,]\s*(?:[^،,.:؛«»\"“”]{1,50}[،,]\s*)?")  # (an aside on the speaker between)


def _apposed_quoted_name(text: str, opener: int, closer: int, end: int, pat: LanguagePatterns) -> bool:
    """`أكدت الشركة المشغلة، "غالف كوست ريفايننغ"، في بيان، أن`: a short quotation set off by commas, the content's
    complementizer soon after it: the subject's name in apposition, inside the frame."""
    if not (_COMMA_BEFORE.search(text, max(0, opener - 3), opener) and _COMMA_AFTER.match(text, closer + 1, end)):
        return False
    return (len(_WORD.findall(text, opener, closer)) <= 5
            and pat.complementizer.search(text, closer + 1, min(end, closer + 40)) is not None)


def _complementizer_soon(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Does a complementizer (إن، أن) open the content within two words of `pos` (past an acronym in brackets: «X»
    (لادي) أن)?"""
    bracket = _BRACKETED.match(text, pos, end)
    pos = bracket.end() if bracket else pos
    gap_start = pos
    for i, word in enumerate(_WORD.finditer(text, pos, min(end, pos + 60))):
        if i > 2 or text[gap_start:word.start()].strip(" \u00a0"):
            return False  # past two words, or past punctuation
        if pat.complementizer.match(text, word.start(), end):
            return True
        if pat.participle.match(text, word.start(), end) or pat.verb.match(text, word.start(), end):
            return False  # "..." مؤكدة أن: the complementizer is the participle's
        gap_start = word.end()
    return False


_BRACKETED = re.compile(r"[ \u00a0]*\([^()]{1,30}\)")
# a quotation's part closed, then its frame, to the end of a clause cut from a quotation rejoined across its frame
_FRAME_CLOSING_A_PART = re.compile(r"[,،]?[\"”»]\s*[,،]?\s+[^\"“”«»]{2,80}$")
_FOR_ITS_PART_EN = re.compile(r"\s*(?:For\s+(?:his|her|its|their)\s+part|In\s+response|Meanwhile)\s*,")
_WHEN_ASKED = re.compile(r"\s*(?:When|After|Once)\s+(?:(?:[\w'’-]+\s+){1,3}?(?:asked|questioned|pressed|quizzed)\s+"
                         r"(?:(?:him|her|them|the\s+\w+)\s+)?(?:whether|if|about|how|why|what|when|on)"
                         r"|(?:asked|questioned|pressed|quizzed))\b")  # (not `When the unions asked for talks`)
_WHERE_SAID_INTRO = re.compile(r"\s*In\s+an?\s+(?:statement|report|letter|interview|note|filing|post)\b[^,;.]{0,80},")
# a concession before its subject (`, though its general secretary, X, warned`): as a contrast, no clause
_CONCEDING = re.compile(r"\s*(?:though|although|whereas|while)\s+(?=(?:its|his|her|their|the)\s)")
_BUT_THAT = re.compile(r"\s*[وف]?(?:غير|إلا)\s+أن\s+")
_FROM_SOON = re.compile(r"\s+(?:\S+\s+){0,3}عن\s")


def _opens_with_a_condition(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a condition the content after it holds under (see _CONDITION_OPENING)?"""
    return _CONDITION_OPENING[pat.language].match(text, start, end) is not None and not _QUESTIONED.search(
        text, start, end)


# a subject, its auxiliary, then an adverb set off by commas before the verb (The hospital has, however, denied)
_AUXILIARY_THEN_ADVERB = re.compile(r"[^,]{1,80}?\s(?:has|have|had|will|would|was|is)\s*,\s*([a-z]+(?:\s+[a-z]+){0,2})"
                                    r"\s*,\s*")


def _bare_verb_ar(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] an Arabic reporting verb alone, perhaps after a particle with its pronoun (لكنها استدركت،
    ثم أضاف)?"""
    ws = _WORD.findall(text, start, end)
    return 1 <= len(ws) <= 2 and pat.verb.fullmatch(ws[-1]) is not None and (
        len(ws) == 1 or fold(ws[0]) in pat.pronouns)


def _frame_owns_prefix(text: str, start: int, verb: int, pat: LanguagePatterns) -> bool:
    """Is everything before the verb its subject (so the frame starts at `start`)?"""
    contrast = _BUT_THAT.match(text, start, verb) if pat.language == "ar" else _CONCEDING.match(text, start, verb)
    start = contrast.end() if contrast else start  # (غير أن الاتحاد، وهو ...، اعتبر: a contrast, as لكن is; so is
    # `, though its general secretary, Paula Reeve, warned`)
    quoted = attr.QUOTED_AS.search(text, start, verb) if pat.language == "en" else None
    verb = quoted.start() if quoted else verb  # (`X, who asked not to be named, was quoted as saying`: X the subject)
    ws = _WORD.findall(text, start, verb)
    if not ws:
        return True
    comma = max(text.rfind(",", start, verb), text.rfind("،", start, verb))
    if pat.language == "ar" and comma > start and fold(ws[0]) == "اما" and pat.complementizer.search(
            text, start, comma):
        return False  # (أما أبو سامر فيرى أن المالكين مظلومون، ويقول: the topic's own report before the frame)
    if pat.subordinate.match(text, start, verb) and not (comma > start and (
            adverbial_phrases(text, start, comma, pat) if pat.language == "ar"
            else " ".join(fold(w) for w in ws[:2]) in pat.intro_words)):
        return False  # (but فيما يتعلق بالأجور، قال / As for wages, X said: an intro phrase, no subordinate clause)
    if (pat.language == "en" and comma > start and is_participle_intro(text[start:comma])
            and _subordinator_start(text, comma, verb, pat) < 0):
        return True  # `Asked whether it could be scaled back if demand faltered, she said`: the intro's own if
    if pat.language == "en" and _WHERE_SAID_INTRO.match(text, start, verb):
        return True  # `In a statement issued after its meeting, the MPC said`: where it was said, its after inside
    if pat.language == "en" and _WHEN_ASKED.match(text, start, verb) and not COMMA.search(
            text, start, text.rfind(",", start, verb)):
        return True  # (`When a reporter asked whether he would guarantee it, the Premier said`: the question the
        # frame answers, no claim; `When asked whether X, she said` likewise)
    if pat.language == "en" and _subordinator_start(text, start, verb, pat) > start:
        return False  # `Shares fell 5% after it said`: a clause of its own before the subordinate frame
    aside = _AUXILIARY_THEN_ADVERB.fullmatch(text, start, verb) if pat.language == "en" and comma > start else None
    if aside and all(fold(w) in pat.intro_words or fold(w) in pat.adverbials for w in aside.group(1).split()):
        return True  # (`The hospital has, however, denied that`: the subject, its auxiliary and an adverb set off)
    if pat.language == "en" and comma > start:
        # `X was rejected by Y, who said:` has a clause of its own before the frame; `A day earlier, X said` and
        # `The ministry, which did not give details, said` do not
        if is_clause_then_relative(text[start:verb], pat):
            return False
        if _AND_THEN_PRONOUN.match(text, comma + 1, verb):
            return False  # `The minister arrived late in Paris, and he said: "..."`: a clause of its own first
        first_comma = min(i for i in (text.find(",", start, verb), text.find("،", start, verb)) if i >= 0)
        return is_subject_with_asides(text[start:verb], pat) or is_participle_intro(text[start:first_comma]) or (
            is_phrase_with_participle(_WORD.findall(text, start, first_comma), pat)) or not (
            any(w.lower() in pat.finite and not (i and w[:1].isupper())  # (Marcus Fell: a name, no verb)
                for i, w in enumerate(_WORD.findall(text, start, comma)))
            or fold(ws[0]) not in pat.intro_words and _PAST_WITH_OBJECT.search(text, start, first_comma) is not None
            or _CHUNK_OPENS_WITH_PAST.search(text, first_comma, comma) is not None)
        # (and `The ILO representative, Maria Holm, affirmed the organisation's commitment, and said`: past the
        # name's apposition, a past verb with its object opens a chunk, a clause of its own)
        # (Asked whether he would go, X said; but `Cancer Research UK welcomed the decision, Bowel Cancer UK said`:
        # a clause of its own, its verb in the first part)
    if (pat.language == "ar" and comma > start and len(ws) > 1 and fold(ws[-1]) in pat.relatives
            and (arabic_clause_start(ws[0], pat) or len(ws) > 3 and ws[0][:1] in "وف" and ws[1].startswith("ال"))):
        return False  # ويلتزم بالوكالة الدولية، التي قالت إن: a clause of its own before the relative frame (وجاء
        # القرار بعد موافقة الهيئة، التي قالت: a verb of three letters, its definite subject after it)
    after_comma = _WORD.findall(text, comma, verb)[:1] if comma > start else []
    if pat.language == "ar" and after_comma and fold(after_comma[0]) in attr.APPOSED_CLAUSE_OPENERS:
        return False  # ورفع المشروع العتبة، وهو ما قالت الأحزاب إنه: a clause of its own, then a report about it
    if pat.language == "ar" and comma > start and len(ws) <= 26 and pat.anonymity_aside.search(text, start, verb):
        return True  # إلا أن موظفا سابقا، طلب عدم الكشف عن هويته، قال: the subject and its aside
    if pat.language == "ar" and comma > start and _person_with_asides(text, start, verb, pat):
        return True  # لكن البروفيسور X، من معهد ...، والذي لم يشارك في الدراسة، حذر: the subject and its asides
    if pat.language == "ar" and fold(ws[0]) == "اما":
        return True  # أما نادية الكعبي، المحللة في ...، فترى أن: the topic is the frame's subject
    if pat.language == "ar" and comma > start and had_already_subject(text, start, comma, pat):
        return False  # كما سبق للجامعة أن نفذت إضرابا، قالت: a clause of its own, its party the frame's
    if pat.language == "ar" and comma > start and adverbial_phrases(text, start, comma, pat):
        return True  # وفي فبراير 2020، وبعد أيام من تبرئة ...، أعلنت: when and where lead into the frame
    if pat.language == "ar" and comma > start and not text[comma + 1:verb].strip():
        # وزار الوزير المستشفى، وقال: a clause of its own, then the frame with its verb first (perhaps after an
        # intro: في المقابل، رحبت الهيئة بالحكم، واعتبرته)
        lead = start
        intro = COMMA.search(text, start, comma)
        if intro and adverbial_phrases(text, start, intro.start(), pat):
            lead = intro.end()
        first = _WORD.search(text, lead, comma)
        if first and (lead == start and arabic_clause_start(first.group(), pat)
                      or pat.verb.match(text, first.start(), verb)
                      or lead > start and _PAST_FEMININE.fullmatch(first.group())):
            return False
    if pat.language == "ar" and after_comma and pat.clause_conj.match(text, comma + 1, verb):
        return False  # ورحبت الجمعية بالحكم، لكنها اعتبرته "...": a clause of its own, then a frame joined to it
    if (pat.language == "ar" and len(ws) <= 20 and fold(ws[-1]) == "قد"
            and (fold(ws[0]) in pat.auxiliaries or fold(ws[0])[1:] in pat.auxiliaries)):
        return True  # وكان وكيل الأمين العام ...، مارك لوكوك، قد قال: the subject between the auxiliary and قد
    if pat.language == "ar" and comma > start and attr.IN_A_MOVE_AR.search(text, comma, verb):
        return False  # أعلنت الهيئة حزمة تعليمات، في خطوة قالت إنها: the act narrated, then its frame on the move
    return len(ws) <= 10 or pat.language == "en" and len(ws) <= 18 and sum(
        not (w[:1].isupper() or w in _NAME_JOINTS) for w in ws) <= 4  # (A spokesperson for the Department for
    # Energy Security and Net Zero said: a long name, its capitalised words and their joints)



_NAME_JOINTS = frozenset(("and", "of", "for", "the", "&", "on", "in"))  # words joining a long name's capitalised ones
_AND_THEN_PRONOUN = re.compile(r"\s*(?:and|but)\s+(?:he|she|they|it|we)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _person_with_asides(text: str, start: int, verb: int, pat: LanguagePatterns) -> bool:
    """Is text[start:verb] an Arabic subject opening with a person's role or title, then asides between commas, each
    where the person is from (من معهد ...، في جامعة ...) or a relative clause on them (والذي لم يشارك ...), or last
    their name (رئيس لجنة الأشغال في مجلس النواب، النائب فادي الحلبي، يرى)?"""
    chunks = COMMA.split(text[start:verb])
    if len(chunks) < 3 or chunks[-1].strip():
        return False  # (the verb right after the last comma: X، aside، قال)
    head = strip_particles(chunks[0].split(), pat)
    if not 2 <= len(head) <= 14:
        return False
    first = fold(head[0].removeprefix("ال"))
    if first not in pat.person_roles and first not in pat.name_titles:
        return False
    named = False
    for k, chunk in enumerate(chunks[1:-1], 1):
        ws = chunk.split()
        opener = fold(ws[0][1:] if ws and ws[0].startswith("و") and len(ws[0]) > 3 else ws[0]) if ws else ""
        if not ws or len(ws) > (20 if opener in pat.relatives else 12):  # (a relative clause may be long)
            return False
        if fold(ws[0]) in AR_PREPOSITIONS or opener in pat.relatives:
            continue
        if k < len(chunks) - 2 or not 2 <= len(ws) <= 5 or any(pat.verb.fullmatch(w) for w in ws):
            return False
        named = True  # (the last aside, right before the verb, is the name)
    return len(head) <= 6 or named


# `but the paper's editor,` before the name set off after it: the subject of the next frame, cut off
_CONJ_AND_NOUN = re.compile(r"\s*(?:but|and|yet)\s+(?:the|a|an|his|her|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}[\s,]*")
# a past verb and its object (welcomed the decision), not an adjective (the jilted bidders)
_PAST_WITH_OBJECT = re.compile(r"(?<![\w-])(?<!who )(?<!which )[a-z]{2,}ed\s+"
                               r"(?:the|a|an|its|their|his|her|this|these)\s")
_CHUNK_OPENS_WITH_PAST = re.compile(r",\s+[a-z]{2,}ed\s+(?:the|a|an|its|their|his|her|this|these)\s")
_ASIDE_SPAN = re.compile(f"(?:{COMMA.pattern})\\s*((?:(?!{COMMA.pattern}).)+?)\\s*(?={COMMA.pattern})",
                         re.DOTALL)  # an aside may wrap onto the next line


def _relative_asides(text: str, start: int, verb: int, pat: LanguagePatterns):
    """`Mr Mates, who is a member of the committee, told ...`: the relative clause between the subject's commas,
    a fact the article states of the speaker (English; Arabic relative clauses follow the verb)."""
    if pat.language != "en":
        return
    for m in _ASIDE_SPAN.finditer(text, start, verb):
        first = _WORD.match(text, m.start(1))
        if first and (first.group().lower() in pat.relatives or first.group() == "where") and not (
                pat.anonymity_aside.search(text, *m.span(1))):  # (and `, where 12 children are treated,`)
            # (`, who asked not to be named,` says why the speaker has no name: no claim; `, which runs services
            # between Leeds, York and the coast,`: the list's items are the relative clause's)
            yield m.start(1), list_items_after(text, m.end(1), text.rfind(",", m.end(1), verb), pat)


def _subordinator_start(text: str, start: int, verb: int, pat: LanguagePatterns) -> int:
    """Where the last subordinator (after, because ...) before an English verb starts, else -1."""
    found = list(_NON_SPACE.finditer(text, start, verb))  # words with their commas (see last_subordinator)
    i = last_subordinator([m.group() for m in found], pat)
    return -1 if i is None else found[i].start()


_TIME_OR_REASON = frozenset(("after", "before", "when", "because", "since", "once", "until", "if", "unless"))


def _inside_time_or_reason(text: str, start: int, verb: int, pat: LanguagePatterns) -> bool:
    """Is the English verb at `verb` in a clause of time or reason (after, because ...) hung on a narrated clause
    before it, with no comma between (`fell by nearly a fifth after the firm warned that X`)? The report is then
    part of that clause's claim. (A concession, although X warned, is a report of its own.)"""
    sub = _subordinator_start(text, start, verb, pat)
    if sub <= start or COMMA.search(text, sub, verb) or not _ENOUGH_WORDS.search(text, start, sub):
        return False
    return _WORD.match(text, sub).group().lower() in _TIME_OR_REASON


# the name of the subject set off right before its verb (، وتدعى لين،)
_NAME_SET_OFF_BEFORE = re.compile(r"[،,]\s*[وف]?[يت]دعى\s+[^،,.]{1,40}[،,]\s*$")


def _frame_start(text: str, start: int, verb: int, pat: LanguagePatterns) -> int:
    """Where a frame at `verb` starts: at `start` when it owns the prefix, else after the last comma."""
    named = _NAME_SET_OFF_BEFORE.search(text, max(start, verb - 60), verb) if pat.language == "ar" else None
    verb = named.start() if named else verb  # (لكن إحداهن، وتدعى لين، اعترضت: the subject's name, set off, is the
    # frame's; its start is looked for before it)
    comma = max(text.rfind(",", start, verb), text.rfind("،", start, verb))
    relative = _WORD.search(text, comma, verb) if comma > start else None
    if relative and fold(relative.group()) in pat.relatives and len(_WORD.findall(text, comma, verb)) <= 3:
        return comma  # `وجاء الاتفاق رغم ضغوط ترامب، الذي كتب:`: a relative clause's frame, the clause before a claim
    joined = attr.AND_BEFORE_VERB.search(text, max(start, verb - 6), verb) if pat.language == "en" else None
    if joined and _ENOUGH_WORDS.search(text, start, joined.start()):
        return joined.start()  # (`The minister denied the report and said:`: the narrated act before, a claim)
    if _frame_owns_prefix(text, start, verb, pat) and not (comma > start > 0 and text[start - 1] in _CLOSERS):
        return start  # (but `أن X "..." يضر بالمواطنين، وقال: "`: past a quotation, the words before the comma
        # go on with the clause it sat in)
    return comma if comma > start and len(_WORD.findall(text, comma, verb)) <= 3 else verb


# و and a plural verb with no prefix: after a call to the audience, another one (وغيروا، واتصلوا)
_JOINED_PLURAL_VERB = re.compile(r"[وف][^\Wيتن]\w{2,4}وا(?!\w)")
# a past verb in the feminine, three root letters and ت (رحبت، أعلنت is a reporting verb anyway)
_PAST_FEMININE = re.compile(r"[وف]?[^\Wاوي]{3}ت")
# a clause ending in `by` before its participle (ended his remarks by saying): the frame
_ENDS_WITH_BY = re.compile(r"(?<!\w)by\s*$")
# the paper recalling what it said before, opening a sentence (As we noted on Monday,; وكما أشرنا أمس،)
_AS_WE_NOTED = {
    "en": re.compile(r"\s*As\s+(?:we|I)\s+(?:have\s+|had\s+)?(?:noted|reported|wrote|said|explained|mentioned"
                     r"|revealed|predicted|warned)\b[^,.;:]{0,40},\s*"),
    "ar": re.compile(r"\s*[وف]?(?:كما|مثلما)\s+(?:سبق\s+أن\s+)?(?:أشرنا|ذكرنا|كتبنا|نشرنا|أوردنا|قلنا|كشفنا)(?!\w)"
                     r"[^،,.؛:]{0,40}[،,]\s*"),
}
_BY_SAYING = re.compile(r"\s*(?:بالقول|بقول(?:ه|ها|هم)|على\s+القول|بالتأكيد|بالإشارة)(?!\w)")  # (by saying, by his
# saying, by stressing, by noting)
# a particle of contrast, its subject (no comma inside) and the verb before بالقول (غير أن بوعزيز ردّ)
_CONTRAST_PARTICLE = r"[وف]?(?:لكن|إلا\s+أن|غير\s+أن)"  # but, however (لكن، إلا أن، غير أن)
_BUT_SUBJECT = r"\s*" + _CONTRAST_PARTICLE + r"\s+([^،,.]+?)\s+"
_BUT_SUBJECT_THEN_VERB = re.compile(_BUT_SUBJECT + r"[^\s،,]+\s*")
_AND_THAT = re.compile(r"[\s،,]*و(?:أن|إن|بأن)")  # a second content clause: وأنها، وإن، وبأن
# (its subject next: `, and that worried investors` is a demonstrative's clause)
# a time or reason clause inside the main one, its subject (a party's plural or a name) and its past verb
_SUBORDINATE_ACTOR_EN = re.compile(r"\b(?:after|when|because|since|before|as)\s+((?:the\s+)?[A-Za-z]+"
                                   r"(?:\s+[A-Z][a-z]+)?)\s+[a-z]+ed\b")
# a group by its role (union leaders, local officials) and its simple past: a narrated act
_ROLE_THEN_PAST = re.compile(r"\s*(?:the\s+|some\s+|many\s+)?(?:[a-z]+\s+){0,2}[a-z]+s\s+"
                             r"(?:[a-z]{3,}ed|rejected|hit)\b")
# a verb in the past after a name, no modal: a narrated act (paid tribute, praised), not reported speech
_NARRATED_PAST = re.compile(r"(?:[A-Z][\w'’.-]*|,)\s+(?:also\s+)?"
                            r"(?:[a-z]+ed|paid|gave|made|took|met|led|went|sent|held)\b")
# a finding against the report, after but and its own subject (`, but audits found no evidence of it`)
_FOUND_NOTHING = {
    "en": re.compile(r"\s*but\s+(?!(?:he|she|it|they|we|I)\s)[^,;]{2,80}?\s(?:found|revealed|uncovered)"
                     r"\s+(?:no|little)\s"),
    "ar": re.compile(r"\s*(?:و?لكن|غير\s+أن)\s+[^،,؛]{2,60}?\s(?:لم|لا)\s+[يت](?:جد|عثر|ثبت|كشف)\w*"
                     r"\s+(?:على\s+)?(?:أي|أية)\s"),
}
_AND_OR_BUT = re.compile(r"\s*(?:and|but)\s")
_AND_THAT_EN = re.compile(r"[\s,]*(?:and|but) that\s+(?:it|he|she|they|we|i|the|a|an|its|his|her|their|there|this"
                          r"|[A-Z0-9]|[a-z]+s\s+(?:[a-z]+ed|would|will|had|have|were|are|could|should|may|might)\b)")
# (and a bare plural subject and its verb: `, and that ministers expected increases to be ...`)
_FRAME_THEN_AND = re.compile(r"\b(said|says|added|noted|told reporters),\s+((?:and|but)\s)")
_APPOSITION_OPENING = re.compile(r"[\s،,]*وه(?:و|ي|م|ما)\s")
_ADDING_TO = re.compile(r"[\s,]*adding\s+to\s")
_SENTENCE_END = re.compile(r"[.!?؟]")
_ONLY_THAT = re.compile(r"only\s+that\b")
_LONGEST_PRONOUN_CUE = 40  # characters, with the punctuation around it: longer stretches are no cue alone


def _only_a_cue(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a cue and its party alone, after a comma (`، وفق ما أكده X`, `, according to X`)?"""
    lead = SPACES.match(text, start + 1, end).end()
    found = pat.cue.match(text, lead, end)
    if found is None:
        return False
    party, party_end = attr.cue_object(text, found.end(), end, pat)
    rest = _WORD.findall(text, party_end, end)  # (the party's name set off after its role: ، منير الزواري)
    return bool(party) and len(rest) <= 4 and not any(pat.verb.fullmatch(w) for w in rest)


def _plain(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts, out: _Emitter,
           sentence_speaker, whole_sentence: bool = False) -> None:
    """Frames, cues and clauses of a stretch of text outside quotations (`starts`: a scan of its paragraph).

    `whole_sentence`: the stretch is a sentence the caller already found not to be a question (stripping
    its start cannot make it one: the question mark must still end it).
    """
    start, end = strip_span(text, start, end)
    if end - start <= _LONGEST_PRONOUN_CUE and pat.pronoun_cue.fullmatch(text, *_trim(text, start, end, False)):
        return  # `"..."، على حد تعبيره`: only the cue of the quotation before it
    closed = _CLOSED_THEN_COMMA.match(text, start, end)
    if closed and _only_a_cue(text, closed.end() - 1, end, pat):
        return  # `ووعد الوزير بـ"النظر في المطالب"، وفق ما أكده الكاتب العام للنقابة، منير الزواري`: the quotation's
        # credit, no claim of its own
    if not _ENOUGH_WORDS.search(text, start, min(end, start + 80)) and not (
            (text[end - 1] == ":" or out.state.answering) and _ENOUGH_QUOTED.search(text, start, end)) and not (
            _SUBJECT_AND_VERB.fullmatch(text, start, end)):  # (a clause of two words: ... والأسعار تتراجع)
        return  # (but `وقال الوزير:` alone on its line is a frame: its speaker's quotation is the next paragraph)
    if text[end - 1] == ":" and _INCLUDES_THEN_COLON[pat.language].fullmatch(text, start, end):
        return  # `وتشمل أبرز ملامح الخطة:`, `The main increases include:`: the heading of the list under it, no claim
    as_we = _AS_WE_NOTED[pat.language].match(text, start, end)
    if as_we:  # (`As we noted on Monday, X`, وكما أشرنا يوم الاثنين، X: the paper recalling its own words, X its
        # claims in its own voice)
        _plain(text, as_we.end(), end, pat, starts, out, None, whole_sentence)
        return
    if not whole_sentence and is_question(text, start, end):
        return
    if pat.language == "en" and _ENDS_WITH_BY.search(text, start, end) and pat.participle.match(
            text, SPACES.match(text, end).end()):
        return  # `Osman ended his remarks by` before `saying: "..."`: the quotation's frame, cut off by it
    led = strip_span(text, start, end, _LEAD)[0] if pat.language == "en" else start
    if (pat.language == "en" and _CIRCUMSTANCE_ING.match(text, led, end) and not pat.participle.match(text, led, end)
            and _FRAME_RIGHT_BEFORE.search(text, max(0, led - 40), led)):
        return  # (`"...," she says, standing by the orange barrier the council put up`: how she says it, no claim)
    if is_call_after_a_purpose(text, start, end, pat):
        return  # (`للإبلاغ عن الاحتيال: اتصلوا على الرقم 911`, `To report fraud: call 911`: a purpose, then the call)
    if is_imperative(text, start, end, pat) or text[start] in _OPENERS and is_imperative(text, start + 1, end, pat):
        after_call = _after_a_quoted_call(text, start, end, pat, starts)
        if after_call:  # (`"لا تهدروا الماء"، توجه الغربي للمواطنين، قبل أن يضيف أن X`: the call is no claim, X is;
            # the one who made the call is the last to speak)
            if after_call[1]:
                out.state.last_speaker = out.state.resolve(after_call[1], pat)
            _plain(text, after_call[0], end, pat, starts, out, after_call[1])
        return
    if pat.sign_off.match(text, strip_span(text, start, end, _LEAD)[0], end) or is_formula(
            text, *strip_span(text, start, end, _LEAD), pat):
        return  # (`The hearing resumes on June 17. – with a report from X/Rappler.com`: the credit, no claim; nor
        # thanks or a host's name: `X, thank you.`, `I'm Luis Martinez.`)
    if pat.language == "en" and attr.describes_the_speaker(text, *_trim(text, start, end, False), pat):
        return  # `"...," said Margaret Hollis, vice-chancellor of X, who organised the letter`: about the speaker
    if _frame_participle(text, strip_span(text, start, end, _LEAD)[0], end, pat):
        return  # `"...," she said, standing outside an evacuation center`: where the speaker was, no claim
    frame_end = _frame_of_a_question(text, start, end, pat, starts) if start > 2 and (
        text[start - 1] in _QUOTES or text[start - 2] in _QUOTES or text[start - 3] in _QUOTES) else None
    if frame_end is not None:
        closer = max(text.rfind(q, max(0, start - 3), start) for q in _QUOTES)
        asker = attr.quote_frame_after(text, closer, end, pat, starts) if closer >= 0 else None
        if asker and asker[1]:  # (`"If I leave, who will feed the cows?" asked one farmer, Paiman, 62. "Merapi has
            # never hurt me."`: the one who asked speaks the quotation after it)
            out.state.last_speaker = out.state.resolve(asker[1], pat)
        if frame_end >= end:
            return
        # `"...?" the union leader asked, adding that X`: the asker speaks what follows the frame
        sentence_speaker = attr.main_subject(text, start, frame_end, pat)
        start = frame_end
    said = _speaker_colon(text, start, end, pat) if text.find(":", start, min(end, start + 64)) >= 0 and not (
        out.state.answering) else None  # (in an interview's answer, `موقفنا واضح: لن نطبع النقود` is the answerer's)
    if said:  # `ترامب: سنفرض رسوما` / `Minister: We will not back down`, a headline's way of quoting
        out.emit(said[0], end, said[1], None, "reported", pat.language)
        return
    source = _SOURCE_AFTER_COLON.search(text, max(start, end - 40), end) if pat.language == "en" and text.find(
        ":", max(start, end - 40), end) >= 0 else None
    if pat.language == "en" and source is None and text[end - 1] not in ".!?\"”’":
        source = _ROLE_AFTER_DASH.search(text, max(start, end - 30), end)  # (a headline's `X - minister`)
    if source and source.group("role") and fold(source.group("role")) not in pat.person_roles:
        source = None  # (`...: Supply minister` credits the minister; `...: Business as usual` is no source)
    if source and _ENOUGH_WORDS.search(text, start, source.start()):
        # `Above-normal monsoon likely, kharif output may hit record: IMD`: a headline crediting its source last
        _plain(text, start, source.start(), pat, starts, out, source.group(1))
        return
    first_unit = len(out.state.units)
    while True:  # `X, said Mr Y, Z`: X is Mr Y's, and so is Z unless it has a frame of its own
        inverted = attr.inverted_said(text, start, end, pat)
        if not inverted:
            break
        semicolon = max(text.rfind(";", start, inverted[0]), text.rfind("؛", start, inverted[0]))
        if semicolon > start and inverted[0] == end:
            # `X says she will leave; two other families, she says, have told her the same`: the frame set in
            # the clause after the semicolon is that clause's only
            _plain(text, start, semicolon, pat, starts, out, sentence_speaker)
            _plain(text, semicolon + 1, end, pat, starts, out, None)
            return
        first_end, rest_start, speaker, cue_word = inverted
        owner = _NAME_OWNS_THE_SUBJECT.match(text, start, first_end) if speaker == "" and _IT_AFTER.match(
            text, first_end) and _it_cannot_stand_for(out.state.last_speaker, pat) else None
        if owner:  # (`Baltica's board unanimously recommended the offer, it said, adding that`: the body whose board
            speaker = owner.group(1)  # it is, not the person who spoke last)
        people = _PEOPLE_OPENING.match(text, start, first_end) if speaker == "" else None
        if people and _WHICH_THEN_FRAME.search(text, start, first_end):
            speaker = people.group(1)  # (`Villagers blame the breach ..., which, they said, had been repaired`: the
            # people the sentence opens with, not the one who spoke last)
        goes_on = _WORD.search(text, rest_start, min(end, rest_start + 8)) if first_end < end else None
        verbless = goes_on and not any(fold(w.group()) in pat.finite for w in _WORD.finditer(text, rest_start, end))
        # (finditer: the first verb ends the look, not a list of every word to the sentence's end, which in one
        # long unpunctuated paragraph made this loop quadratic)
        if goes_on and (goes_on.group().lower() in _CONTENT_PHRASE_OPENERS or _TIME_SPAN_AFTER.match(
                text, rest_start, end) or _ONLY_TO.match(text, rest_start, end) or verbless and (
                _AND_A_PHRASE.match(text, rest_start, end) or goes_on.group().lower() in _COMPARED_OPENERS)
                ) and not split_clauses(text, rest_start, end, pat, starts)[1:] and not _WITH_SOMEONE_SAYING.match(
                text, rest_start, end):
            # `X will get the rebate, the government said, with payments tapering for Y`: a phrase of the content
            # goes on after the frame, which stays inside its span (GUIDELINES; so does `, they said, and by heavy
            # buying of bonds`)
            out.emit(start, end, speaker, cue_word, "reported", pat.language, carry=True)
            return
        if first_end < end and (corrects_a_negation(text, start, first_end, rest_start) or _NOT_THEN_BUT_NOUN.match(
                text, rest_start, end) and _NOT.search(text, start, first_end)):
            # `لم يكونوا يعملون بعشوائية، يقول الشناوي، بل كانت لديهم قوائم`, `He does not blame the nurses, he adds,
            # but the government that trains them`: not X but Y, one claim with the frame inside (GUIDELINES)
            out.emit(start, end, speaker, cue_word, "reported", pat.language, carry=True)
            return
        if first_end < end and pat.language == "en" and _SUBORDINATE_GOES_ON.match(text, rest_start, end) and not (
                split_clauses(text, rest_start, end, pat, starts)[1:]) and attr.frame(
                    text, rest_start, end, pat, starts) is None:
            # `The strike is expected to end at midnight, the union said, although a second stoppage has not been
            # ruled out`: a subordinate clause of the content goes on past the frame, which stays inside the span
            # (GUIDELINES: only and, but, while, whereas open a claim of its own)
            out.emit(start, end, speaker, cue_word, "reported", pat.language, carry=True)
            return
        if first_end < end and _PREDICATE_GOES_ON.match(text, rest_start, end) and not split_clauses(
                text, rest_start, end, pat, starts)[1:]:
            # `Demand for the drug, she said, still far outstrips what Veltrana can make`: the frame sits between the
            # subject and its verb, one claim with the frame inside (GUIDELINES)
            out.emit(start, end, speaker, cue_word, "reported", pat.language, carry=True)
            return
        if first_end < end and _opens_with_a_condition(text, start, first_end, pat) and not split_clauses(
                text, rest_start, end, pat, starts)[1:]:
            # `Unless more homes are built, she warned, rents would outpace wages`: the condition and its consequence,
            # one claim with the frame inside (GUIDELINES)
            out.emit(start, end, speaker, cue_word, "reported", pat.language, carry=True)
            return
        closing = first_end < end and (rest_start >= end or _WHO_AFTER_FRAME.match(text, rest_start, end))
        clauses = split_clauses(text, start, first_end, pat, starts) if closing else []
        if len(clauses) > 1:  # `X, and Y, says Dr. Naomi Feld, an adolescent medicine physician at Z` (`, who
            # expects W`): the frame, its apposition and a relative on the speaker close the sentence, each clause
            # before them is the speaker's
            for cs, ce, _ in clauses[:-1]:
                speaker = out.emit(*strip_span(text, cs, ce), speaker, cue_word, "reported", pat.language, carry=True)
            start = clauses[-1][0]  # (the last one is emitted below, as a single clause would be)
        if first_end == end:  # `Iraq, she said, had little leverage, and Turkey would not sign`: the frame sits in
            # the first clause, and the clauses after it are the same speaker's
            clauses = split_clauses(text, start, end, pat, starts)
            if len(clauses) > 1 and text.find(cue_word, start, clauses[0][1]) >= 0:
                first_end, rest_start = clauses[0][1], clauses[1][0]
        speaker = out.emit(start, first_end, speaker, cue_word, "reported", pat.language, carry=True)
        start, sentence_speaker = rest_start, None if attr.narrates_the_speaker(text, rest_start, end, pat) else speaker
        start, end = strip_span(text, start, end)
        if not _ENOUGH_WORDS.search(text, start, min(end, start + 40)):
            return
    known = _THE_PAPER_KNOWS.search(text, start, end) if pat.language == "en" else None
    if known and _ENOUGH_WORDS.search(text, start, known.start()):
        end = known.start()  # (`X next month, the Guardian understands`: the paper's own reporting, its voice)
    trailing = attr.trailing_said(text, start, end, pat) if pat.language == "en" else None
    semicolon = text.rfind(";", start, trailing[0]) if trailing else -1
    if semicolon > start and attr.trailing_said(text, start, semicolon, pat):
        # `Dealers charging above MRP, allege farmers; no shortage, say officials`: each clause with its own
        # trailing frame
        _plain(text, start, semicolon, pat, starts, out, sentence_speaker)
        _plain(text, semicolon + 1, end, pat, starts, out, None)
        return
    participle_tail = None  # `X, one official told the BBC, adding that Y`: the participle clause after the frame
    if pat.language == "en" and trailing is None:
        comma = attr.comma_before_participle(text, start, end, pat)
        trailing = attr.trailing_said(text, start, comma, pat) if comma is not None else None
        participle_tail = (comma, end) if trailing else None
    joined = _FRAME_THEN_AND.search(text, start, end) if pat.language == "en" and trailing is None else None
    before_and = attr.trailing_said(text, start, joined.end(1), pat) if joined else None
    if before_and:
        # `X, a local official, Asep Suryana, said, and teams are going door to door`: the frame closes the first
        # clause; the clause after it goes on in the same voice (a pronoun's: the one carried over)
        _plain(text, start, joined.end(1), pat, starts, out, sentence_speaker)
        _plain(text, joined.start(2), end, pat, starts, out, before_and[1] or out.state.last_speaker)
        return
    if trailing:
        end, t_speaker, t_cue = trailing
        # (`The company expects X, it said`: with nobody credited before, the content's own subject)
        pronoun = _PERSON_PRONOUN_AFTER.match(text, end) if not t_speaker else None
        if pronoun:  # (`Some analysts disagreed. X, they said`: them; `X's chief executive, Martin Okafor, called the
            # deal fair. Y, he said`: the person the narration just named)
            t_speaker = out.named_actor(pat, t_cue, "they" if pronoun.group(1) == "they" else None)
        elif not t_speaker and _IT_AFTER.match(text, end) and _it_cannot_stand_for(out.state.last_speaker, pat):
            # (`The company will present full results next month, it said`: `it` is no person, so not the one who
            # spoke last but the content's own subject, a body; after a body spoke, that body)
            owner = _NAME_OWNS_THE_SUBJECT.match(text, start, end) or _THE_NAME_ACTS.match(text, start, end)
            t_speaker = party(text, start, end, pat) or (owner.group(1) if owner else None)  # (`Baltica's board
            # recommended the offer, it said`: the body whose board it is; `The Bundesbank added liquidity ..., it
            # said`: a name with its article, which `it` takes up)
        t_speaker = t_speaker or out.state.last_speaker or party(text, start, end, pat)
    inherited: str | None = sentence_speaker
    inherited_cue: str | None = None
    cue_trailed = False  # the last cue credited the clause before it
    cue_set_inside = False  # the clause's cue was set inside it, between commas
    cue_opened = False  # a cue opened the stretch (ووفقا للمخططات، ...): it credits the whole
    main_speaker: str | None = None
    main_clause: tuple[int, int] | None = None
    first_clause: tuple[int, int] | None = None
    clauses = split_clauses(text, start, end, pat, starts)
    # (وفي حين أكد X أن Y، رفضت الحكومة: the main clause after a fronted subordinate one is not its report's)
    fronted = len(clauses) > 1 and is_fronted_subordinate(text, clauses[0][0], clauses[0][1], pat)
    credited = _participle_under_a_trailing_cue(text, clauses, pat, starts) if not trailing else None
    if credited:  # `The boat sent a mayday call, reporting that it was listing, according to the Coast Guard`: the
        # cue's party tells both the act and what the participle reports
        out.emit(clauses[0][0], clauses[0][1], credited[2], credited[3], "according-to", pat.language)
        out.emit(*credited, "according-to", pat.language)
        return
    # the stretch's quotations, found once (a scan from its start at every clause would be quadratic)
    quoted = quotations(text, start, end) if has_marks(text, start, end) else []
    for k, (cs, ce, participle) in enumerate(clauses):
        after_a_cue_inside, cue_set_inside = cue_set_inside, False  # (the clause right after that cue's only)
        if k + 1 == len(clauses) and k and _LIST_FRAME_EN.match(text, cs, end):
            continue  # (`X said the reasons were many, and listed the main ones:` and the list after it: the list's
            # frame, no claim; Arabic `، وعدّد أبرزها:` is cut off the same way, too short for one)
        if pat.language == "ar" and k + 1 < len(clauses) and clauses[k + 1][2] and _bare_verb_ar(text, cs, ce, pat):
            continue  # (لكنها استدركت قائلة إن X: the verb and the participle after it are one frame, no claim)
        if k == 1 and fronted and not participle:
            inherited = None  # (but `فيما قالت X إن Y، لافتة إلى أن Z`: her participle goes on)
        if inherited and k and not participle and _FOUND_NOTHING[pat.language].match(text, cs, ce):
            inherited = None  # `X have argued that Y, but audits found no evidence of it` (لكن عمليات التدقيق لم تجد
            # أي دليل): what others found against the report, the narration's
        caveat = UNVERIFIED[pat.language].search(text, max(start, cs - 4), min(ce, cs + 80)) if (
            k and unverified_hint(text, cs, min(ce, cs + 80), pat)) else None
        if caveat and caveat.start(1) == strip_span(text, cs, ce)[0]:
            out.emit(cs, ce, None, None, "statement", pat.language)  # (، وهو ما لم يتسن للجريدة التأكد منه; , which
            inherited = None  # the paper could not verify: the paper's own caveat, no part of the report)
            continue
        opener = pat.subordinate.match(text, cs, ce) if not (inherited and _inside_an_open_quotation(
            quoted, cs)) else None  # (inside the report's quotation a contrast is still the speaker's:
        # أن "المصانع تصدر السمك، بينما لا يجد المواطن السمك")
        if opener:
            participle_start = strip_span(text, opener.end(), ce)[0]
            if pat.language == "en" and not participle and participle_at(text, participle_start, ce, pat):
                cs, participle = participle_start, True  # `, while warning that X`: a participle of the frame's subject
            elif after_a_cue_inside:
                inherited = None  # (`وتقدر الودائع، بحسب أرقام مصرف لبنان، بنحو 86 مليار دولار، فيما خسرت الليرة`:
                # a cue set inside its clause credits that clause, not a contrast after it; one opening the sentence
                # goes on, and so does a second content of the same clause: ومن المتوقع، بحسب مصادر، أن X، وأن Y)
            elif _narrates_a_report(text, cs, ce, pat, starts) or pat.language == "en" and (
                    any(_plural_role(w, pat) for w in _WORD.findall(text, opener.end(), min(ce, opener.end() + 30))[:3])
                    or any(fold(w) in pat.document_nouns
                           for w in _WORD.findall(text, opener.end(), min(ce, opener.end() + 40))[:5])):
                inherited = None  # `، في حين أعربت الصين عن أسفها`: another party's act, narrated (`, while Iraqi
                # officials put the figure closer to 200`, `, while the group's own study puts it at 240`: other
                # parties' estimates, not the report's)
            elif _another_party_acts(text, opener.end(), ce, pat) and not (cue_opened and not _speech_verb_at(
                    text, SPACES.match(text, opener.end(), ce).end(), ce, pat)):
                inherited = None  # `، بينما رصدت الحكومة 10 مليارات درهم`: a party of its own acting, narrated
                # (but after a cue opening the sentence, its figures go on: ووفقا لأرقام المنتدى، فقد لقي 1300 مهاجر
                # حتفهم، في حين أنقذت السلطات نحو 80 ألف شخص; not the party's own estimate: في حين تقدر الحكومة)
            # (else `X said A, while food prices were unchanged`: the contrast is the same report's)
        elif pat.language == "en" and inherited and k and not participle:
            joined = _AND_OR_BUT.match(text, cs, ce)
            acting = joined and _another_party_acts(text, joined.end(), ce, pat) and not attr.frame(
                text, joined.end(), ce, pat, starts)
            subject = attr.main_subject(text, joined.end(), ce, pat) if acting and not clauses[k - 1][2] else None
            named_acting = (joined and clauses[k - 1][2] and text[SPACES.match(text, joined.end()).end()].isupper()
                            and _NARRATED_PAST.search(text, joined.end(), ce))  # (`, announcing the cut, and
            # Barclays Bank Plc, Lloyds Bank Plc and Midland Bank Plc followed`: named parties acting)
            group = attr.main_subject(text, joined.end(), ce, pat) if joined and _ROLE_THEN_PAST.match(
                text, joined.end(), ce) else None
            group_acting = group and _plural_role(group.split()[-1], pat) and not attr.frame(
                text, joined.end(), ce, pat, starts) and not _inside_an_open_quotation(quoted, cs)  # (the report's
            # quotation goes on: `that "the bridge had been cracking, and residents warned of the danger"`)
            if named_acting or group_acting or acting and (
                    clauses[k - 1][2] or subject and subject[:1].isupper() and subject != inherited
                    and _NARRATED_PAST.search(text, joined.end(), ce)):
                inherited = None  # `X argued for a later date, saying Y, and the EFF wants Z`: after the participle's
                # report, another party acting, narrated; so after a report, a named party's past act (`Essex
                # Police said X, and Detective Chief Inspector Robert Hale ... paid tribute to`), or a group's
                # (`, but union leaders dismissed it as "an insult"`)
        if text.find(":", cs, ce) >= 0 and pat.question_verb.search(text, cs, min(ce, cs + 40)):  # colon first: rare
            qpos = text.find(":", cs, ce)
            if is_question(text, cs, ce) or is_question(text, qpos, ce) or _QUOTED_QUESTION.search(text, qpos, ce):
                asker = _asker(text, cs, ce, pat)
                if asker:  # (وتساءلت X: "...؟"، وأشارت إلى أن: the one asking goes on)
                    out.state.last_speaker, inherited = out.state.resolve(asker, pat), None
                continue  # (وتساءل X: "كيف ...؟"، مطالبا ...: the question, then at most an aside)
        if participle:
            pm = participle_at(text, cs, ce, pat)
            denying = pat.participle.match(text, cs, ce) if pm is None and pat.language == "ar" else None
            if denying and fold(denying.group("w")) in pat.noun_content_participles and (inherited or main_speaker):
                out.emit(SPACES.match(text, denying.end(), ce).end(), ce, inherited or main_speaker,
                         denying.group("w"), "reported", pat.language)  # (، نافيا ما تردد عن رفع سن التقاعد: what
                # is denied, the denier's, as after نفى)
                continue
            if pm is None and (pat.language == "ar" or act_participle_at(text, cs, ce, pat)):
                continue  # (، داعيا إلى مراجعة الخريطة, `, urging rich countries to cut`: a participle with a noun
                # only, at most optional: left out)
            with_speaker = None
            quoting = QUOTING_AS_SAYING.match(text, cs, ce) if pm is None and pat.language == "en" else None
            if quoting:  # (X reported that Y, quoting a source as saying Z: the report's, Z its content)
                out.emit(quoting.end(), ce, inherited or main_speaker, "quoting", "reported", pat.language, carry=True)
                continue
            if pm is None and pat.language == "en" and text.startswith(("with ", "With "), cs):
                pm = starts.search(pat.participle, cs, ce)  # `with analysts warning that X`: they warn
                with_speaker = clean_speaker(text[cs + 5:pm.start()]) if pm else None
            content = pm.end() if pm else cs
            if pat.language == "ar":
                cm = pat.complementizer.search(text, content, min(ce, content + 60))  # participle_at's reach
                content = cm.start() if cm else content
            elif pm:
                first = _WORD.search(text, content, ce)
                if first and (fold(first.group()) in pat.intro_words or fold(first.group()) in pat.adverbials
                              or fold(pm.group("w")) in pat.object_verbs  # (telling reporters that X)
                              or _ONLY_THAT.match(text, first.start(), ce)):  # (saying only that X)
                    # `adding in an interview with "Sky News" that X`: past where it was said (but `warning of
                    # the dangers that lie ahead` has no content clause to look for)
                    content = attr.english_content_start(text, content, ce, pm.group("w"), pat) or content
            if is_imperative(text, *strip_span(text, content, ce), pat):
                continue  # `قائلا "ارفعوا الحظر"`: a call to the audience, no claim
            disputing = pat.disputed_aside.search(text, max(start, cs - 80), cs) if pat.language == "ar" else None
            claimed_by = _CLAIM_MADE_BY.search(text, max(start, cs - 100), cs) if pat.language == "en" else None
            if claimed_by:  # (`, a claim the contractors' union also made, saying X`: the union says it)
                main_speaker, inherited = claimed_by.group(1), None
            elif disputing and not inherited:  # (وهو ما رفضته الشركة قائلة إنه: the one refusing says it)
                main_speaker = arabic_subject_after(text, disputing.end(), cs, pat) or None
            elif not inherited and not trailing and main_clause is not None:
                main_speaker = attr.main_subject(text, main_clause[0], main_clause[1], pat)
                acting = _SUBORDINATE_ACTOR_EN.search(text, main_clause[0], main_clause[1]) if (
                    pat.language == "en") else None
                if acting:  # (a time or reason clause inside the main one: its subject before it)
                    before = attr.main_subject(text, main_clause[0], acting.start(), pat)
                    if before and (party(text, main_clause[0], acting.start(), pat)
                                   or fold(before.split()[-1]) in pat.person_roles):
                        # `The minister left the meeting after the unions walked out, saying X`: the minister
                        main_speaker = before
                    elif acting.group(1).split()[-1].endswith("s") or acting.group(1)[:1].isupper():
                        # `A planned meeting collapsed after the rebels refused to sit ..., saying X`: no meeting
                        # speaks, the party acting in its time clause does
                        main_speaker = acting.group(1)
                if not main_speaker and first_clause != main_clause:
                    # ولم يؤكد المتحدث ...، واكتفى بالقول إن: the subject of the sentence's first clause
                    main_speaker = attr.main_subject(text, first_clause[0], first_clause[1], pat)
            content_end, aside = _disputed_aside(text, content, _before_trailing_cue(text, content, ce, pat, starts),
                                                 pat)
            if with_speaker:  # (an aside of the sentence: the clauses after it are not the analysts')
                out.emit(content, content_end, with_speaker, pm.group("w"), "reported", pat.language, carry=True)
                continue
            speaker = inherited or (t_speaker if trailing else None) or main_speaker
            if speaker and speaker == main_speaker and pm and fold(pm.group("w")) in pat.evidence_participles and (
                    is_a_thing(speaker, pat)):
                # `Bond prices were little changed, suggesting investors were calm`: what a thing shows is the
                # narrator's inference, in the article's voice
                out.emit(content, content_end, None, None, "statement", pat.language)
                inherited = None
                continue
            inherited = out.emit(content, content_end, speaker, pm.group("w") if pm else None, "reported",
                                 pat.language, carry=True)
            inherited_cue = pm.group("w") if pm else None
            if aside:
                _emit_disputed_aside(out, text, aside, pat)
                inherited = None  # (the participle after it is the disputing party's: وهو ما نفاه X، قائلا)
            continue
        if pat.language == "en" and k + 1 < len(clauses) and _CONJ_AND_NOUN.fullmatch(text, cs, ce):
            continue  # `..., but the paper's editor, Helen Marsh, said`: the next frame's subject, cut before its name
        if (_AND_THAT.match(text, cs, ce) if pat.language == "ar" and "و" in text[cs:cs + 4]
                else pat.language == "en" and _AND_THAT_EN.match(text, cs, ce)):
            # ، وأنها أبلغت الجهات / `, and that it expected`: the report's second content clause (whatever verb it
            # has), also past a quotation
            going_on, going_on_cue = (inherited, inherited_cue) if inherited else out.report_going_on(text, cs)
            if going_on:  # (a cue trailing it backs the source: وأن X، وفقا لما أظهرته التسجيلات)
                inherited = out.emit(cs, _before_trailing_cue(text, cs, ce, pat, starts), going_on, going_on_cue,
                                     "reported", pat.language)
                inherited_cue = going_on_cue
                continue
        judged = _move_judged_by(text, cs, ce, pat) if pat.language == "en" else None
        if judged:  # `, in a move economists warned could complicate X`: the party judging the move says it; `, in a
            # move aimed at cutting costs`: the narrator's comment
            judge, verb = judged
            if judge is not None:  # (None: the frame's own speaker's word on the news, no claim of its own)
                out.emit(cs, ce, judge or None, verb or None, "reported" if judge else "statement", pat.language)
            inherited = None
            continue
        fr = attr.frame(text, cs, ce, pat, starts)
        if fr and pat.language == "en" and _RELATIVE_FRAME_BEFORE.search(
                text, max(cs, fr.content_start - 60), fr.content_start) and not _ENOUGH_WORDS.search(
                text, fr.content_start, min(ce, fr.content_start + 80)):
            fr = None  # `, which critics say encourages evictions`: too short a content for a claim of its own, it
            # would be dropped; the relative stays in the narrated claim
        if fr and inherited and _in_the_speakers_words(text, quoted, cs):
            fr = None  # (`أنه ينتظر ...: "في كل جلسة يقولون لنا تأجيل.`, `: "At every hearing they tell us it is
            # postponed.`: inside the speaker's quotation a frame is the speaker's words too, no frame of its own)
        if fr and pat.language == "ar" and text.find("كما", cs, fr.start + 1) >= 0:
            parenthetical = starts.search(pat.pronoun_cue, cs, ce)
            if parenthetical and parenthetical.start() <= fr.start < parenthetical.end():
                fr = None  # `إذ إن لوائح فيفا، كما أوضح، تسمح`: the speaker's aside inside the content, no frame
        if (fr and pat.language == "ar" and _COMMA_AS.search(text, max(cs, fr.start - 10), fr.start)
                and COMMA.search(text, fr.start, fr.content_start)):
            fr = None  # `غير أن المديرية، كما يقول موظفون فيها، «لا تملك المال»`: an aside crediting the sentence, its
            # party the source of all of it (a cue), no frame before its content
        if fr and pat.language == "en" and fold(fr.cue or "") not in pat.free_verbs and _opens_with_a_cue(
                text, cs, fr.start, pat, starts):
            fr = None  # `According to prosecutors, Haskins wrote 212 checks`: the cue's party tells all of it
        if fr and pat.language == "en" and _cue_set_in_the_subject(text, cs, fr.start, pat, starts):
            fr = None  # `The memo, according to backbenchers who have seen it, recommends that`: theirs, all of it
        if fr and pat.language == "en" and _inside_time_or_reason(text, cs, fr.start, pat):
            fr = None  # `Shares fell 5% after it said X`: a report inside the narrated clause's time or reason
        if fr and pat.language == "ar" and fold(fr.cue or "") in pat.homographs and not _PLAIN_MARKER.match(
                text, fr.content_start, ce) and _credited_by_a_trailing_cue(text, cs, ce, pat, starts):
            fr = None  # `ووصفت فيسبوك X بأنها "مضللة"، بحسب ما قاله زوكربيرغ`: the cue's party tells all of it
        if fr and fold(fr.cue or "") in pat.evidence_verbs and _credited_by_a_trailing_cue(text, cs, ce, pat, starts):
            fr = None  # `Coins found in the rubble suggest X, according to the team`: what the evidence shows is the
            # cue's party's finding, all of it
        if fr and trailing and (fold(fr.cue or "") in pat.evidence_verbs or not _frame_owns_prefix(
                text, cs, fr.start, pat)):
            fr = None  # `X fell after data showed Y, traders said`, `The cut suggested Y, analysts said`: what the
            # trailing frame reports
        if fr:
            narrated_before = None  # an Arabic clause of the narrator's cut off before the frame, in its clause
            condition_end = last_match(COMMA, text, cs, fr.start)
            conditioned = condition_end is not None and condition_end.start() > cs and _opens_with_a_condition(
                text, cs, condition_end.start(), pat)
            # (`Should the dam fall below 10 per cent, the council says it will`: the content opens at the condition)
            subject_start = cs  # where the frame's own clause starts (its subject's first word)
            if not conditioned and not _frame_owns_prefix(text, cs, fr.start, pat):
                cut = max(text.rfind("،", cs, fr.start), text.rfind(",", cs, fr.start),
                          _subordinator_start(text, cs, fr.start, pat) if pat.language == "en" else -1)
                if cut > cs:  # the clause before the frame: its own claim, perhaps with a cue trailing it
                    subject_start = cut + 1 if text[cut] in ",،" else cut
                    before = attr.cue(text, cs, cut, pat, starts)
                    if before:  # (X، بحسب برنامج الأغذية، الذي حذر من أن ...)
                        out.emit(before[0], before[1], before[2], before[3], "according-to", pat.language)
                    elif not _where_and_when(text, cs, cut, pat) and not (
                            pat.language == "ar" and _question_frame(text, cs, cut, pat) is not None):
                        # (ولدى تطرقه إلى الإرهاب، قال / وعند سؤاله عن المعايير، قال: no claim)
                        aside = next(_relative_asides(text, cs, fr.start, pat), None)
                        named = aside is not None and fr.speaker and text.find(fr.speaker, cs, aside[0]) >= 0 and (
                            not any(fold(w) in pat.finite for w in _WORD.findall(text, cs, aside[0])))  # (only the
                        # subject before the relative, no narrated clause: `Shares fell after the company, which …`)
                        # (`Scotland's fisheries minister, Ian McCallum, who took part in the talks, said`: the
                        # speaker and his relative, only the relative stated)
                        out.emit(aside[0] if named else cs, cut, None, None, "statement", pat.language)
                        if pat.language == "ar" and not text[cut + 1:fr.start].strip():
                            narrated_before = (cs, cut)  # (its verb right after the comma: no relative's frame)
            elif not conditioned:
                for rs, re_ in _relative_asides(text, cs, fr.start, pat):
                    subject_start = fr.content_start  # (the aside its own claim: what is expected, on its own)
                    reported = attr.frame(text, rs, re_, pat, starts) if fr.speaker and pat.language == "en" else None
                    if reported and _WORD.match(text, rs) and fold(_WORD.match(text, rs).group()) in pat.relatives:
                        # (`Mr Harland, who has repeatedly insisted the deadline is final, said`: what the relative
                        # says he reported is his, as in Arabic)
                        out.emit(reported.content_start, re_, fr.speaker, reported.cue, "reported", pat.language)
                    else:
                        out.emit(rs, re_, None, None, "statement", pat.language)
            content_end, aside = _disputed_aside(text, fr.content_start,
                                                 _before_trailing_cue(text, fr.content_start, ce, pat, starts), pat)
            content_end = _denied_noun_end(text, fr.content_start, content_end, fr.cue, pat)
            he_or_she = _HE_OR_SHE.search(text, max(cs, fr.start - 12), fr.start) if (
                not fr.speaker and pat.language == "en") else None
            # (`Local MP Diana Fairley accused ministers of X. She said`: the person the narration right before names,
            # before anyone credited further back)
            owner = _NAMED_OWNER.search(text, cs, fr.start) if he_or_she and not fr.speaker else None
            # (`When Dale Pottie's wife was undergoing chemotherapy, he says`: the man the clause names, whose wife)
            speaker = fr.speaker or (owner and owner.group(1)) or (he_or_she and out.named_actor(
                pat, fr.cue, he_or_she.group().lower())) or out.person_before(
                text, max(cs, fr.start - 12), fr.start, pat)
            clause_before = main_clause if main_clause is not None else narrated_before
            expected = pat.language == "ar" and fold(fr.cue or "") in attr.EXPECTED_PASSIVE
            opening_cue = attr.cue(text, cs, fr.start, pat, starts) if expected and pat.cue.match(
                text, SPACES.match(text, cs, fr.start).end(), fr.start) else None
            if opening_cue and _WORD.search(text, opening_cue[0], fr.start) is None:  # (ووفقا للمديرية، يُتوقع أن:
                cs, speaker = fr.start, None  # what is expected, by the cue's party: the cue's words no subject)
            impersonal = (expected and not speaker
                          and not [w for w in _WORD.findall(text, cs, fr.start) if fold(w).lstrip("وف") not in
                                   NEGATIONS]  # (، ويتوقع أن يزوره الرئيس / ولا يتوقع أن: it is expected)
                          and not (inherited and text.startswith("و", fr.start)))  # (but قال X إنه زرع Y، ويتوقع أن:
            # he goes on, he expects)
            first_person = not speaker and out.state.answerer is not None and (attr.in_a_speaking_person(
                fr.cue or "", pat) or bool(_LET_ME.search(text, max(cs, fr.start - 20), fr.start)))
            # (قلتِ إن, دعني أوضح أن, `Let me explain that`, `you said`: in a turn, I or you, whom the turn's label
            # names; no party before it carries over)
            if (not speaker and not inherited and not impersonal and not first_person and clause_before is not None
                    and not _after_a_pronoun(text, cs, fr.start)):  # (after it said: its own subject)
                # `Police have not named the victim, but said ...` / `وزار الوزير المصنع، وقال إن` / `كما سبق
                # للجامعة أن نفذت إضرابا، قالت إن`: the subject of the narrated clause before, in the same sentence,
                # speaks
                speaker = attr.main_subject(text, *clause_before, pat)
                if not speaker and main_clause is not None and first_clause != main_clause:
                    # وتأسست "رحلتي" عام 2018، وتعمل في سبع دول، وتقول إن: the subject of the sentence's first clause
                    speaker = attr.main_subject(text, first_clause[0], first_clause[1], pat)
                if speaker and pat.language == "ar":
                    speaker = _agreeing_party(text, *clause_before, fr.cue, speaker, pat)
                elif pat.language == "ar":
                    speaker = _generic_of_its_gender(text, *clause_before, fr.cue, pat)  # (ولم يتأخر رد الوزارة، إذ
                    # نفت: the ministry, feminine as نفت, named last in the clause before)
            cue_word = fr.cue
            credited = attr.cue(text, fr.content_start, ce, pat, starts) if impersonal and content_end < ce else (
                opening_cue if impersonal and opening_cue and cs == fr.start else None)
            if credited:  # (ويتوقع أن تتجاوز الحرارة 45 درجة، وفقا للمركز الوطني للأرصاد: expected by the cue's party)
                speaker, cue_word = credited[2], credited[3]
            if trailing and t_speaker:  # `A court ruled that X, lawyers said`: a nested report credits the outer
                speaker, cue_word = t_speaker, t_cue  # party (GUIDELINES; the inner one is accepted as well)
            relative = attr.relative_report(text, fr.start, fr.content_start, pat) if speaker else None
            if relative:  # (وأضاف المتحدث، الذي قال إنه يتفهم الغضب، أن: what the relative says he said is his too)
                out.emit(*relative, speaker, cue_word, "reported", pat.language)
            # (ولا يتوقع أن ...: what is not expected keeps its negation, the clause whole)
            negated = impersonal and _WORD.search(text, cs, fr.start) is not None
            claim_start = cs if negated or conditioned else subject_start if attr.expects_an_act(
                text, fr, content_end, pat) else fr.content_start  # (Insurers expect claims to run: the whole clause)
            inherited = out.emit(claim_start, content_end, speaker, cue_word,
                                 "reported", pat.language, carry=not (impersonal or first_person))
            inherited_cue = cue_word
            if aside:
                _emit_disputed_aside(out, text, aside, pat)
                inherited = None  # (what follows the aside is not the report's)
            continue
        carried = attr.pronoun_cue(text, cs, ce, pat, starts)
        if carried:
            c_s, c_e, cue_word = carried
            own = attr.main_subject(text, cs, ce, pat) if pat.language == "ar" and c_s == cs and (
                cue_word.endswith(("هم", "هما", "هن", "ها"))) else None  # (ها: وتعزو مصادر من الجمارك ...، على حد
            # قولها, sources a plural of things, or she)
            if own and not is_pronoun(own, pat) and any(_a_party(w, pat) for w in own.split()[:3]):
                # `عبر عدد من الفلاحين عن تخوفهم ...، التي بلغت حسب قولهم 25 دينارا`: a plural pronoun inside the
                # clause is its own subject's, not the last one speaking
                inherited = out.emit(c_s, c_e, own, cue_word, "according-to", pat.language)
                inherited_cue = cue_word
                continue
            inherited = out.emit(c_s, c_e, None, cue_word, "according-to", pat.language, carry=True)
            inherited_cue = cue_word
            continue
        found = attr.cue(text, cs, ce, pat, starts)
        denial = _denial_around_the_cue(text, cs, ce, found[3], pat, starts) if found else None
        if denial:
            found = None  # ونفت الوزارة صحة مقاطع تظهر، بحسب ناشريها، إعدام حراس: the denier speaks, the cue is inside
        if found:
            c_s, c_e, speaker, cue_word = found
            c_s = _past_party_aside(text, c_s, c_e, pat) or c_s  # (the party's aside is no content)
            c_e, aside = _disputed_aside(text, c_s, c_e, pat)
            possessed = _possessed_document(speaker, pat) or _made_by_their_own(text, c_s, c_e, speaker, pat)
            # (according to his estimates, وفقا لدراسة نشرها فريقه: the last speaker's)
            own = attr.main_subject(text, c_s, c_e, pat) if possessed else None
            if own and not is_pronoun(own, pat) and (any(_a_party(w, pat) for w in own.split()[:3]) or attr.is_generic(
                    own, pat)) and (
                    0 <= text.find(own, c_s, c_e) < text.find(cue_word, c_s, c_e)):
                speaker, possessed = own, False  # (وتعهدت الوزارة، بحسب بيانها، بزيادة / The ministry, according to
                # its statement, pledged: the subject before the cue, whose statement it is)
            if not possessed and _said_by_a_pronoun(speaker, pat):
                # (يعقد الاتحاد اجتماعا، بحسب ما أعلنه / The federation will meet, according to a statement it
                # posted: the content's own subject, whom the pronoun takes up)
                speaker = attr.main_subject(text, c_s, c_e, pat)
                possessed = not speaker
            inherited = out.emit(c_s, c_e, None if possessed else speaker, cue_word, "according-to", pat.language,
                                 carry=possessed)
            inherited_cue = cue_word
            cue_trailed = c_e < ce
            set_inside = text.find(cue_word, c_s, c_e)
            opening = text.find(cue_word, cs, ce)
            cue_opened = k == 0 and 0 <= opening and len(text[cs:opening].strip()) <= 1  # (ووفقا لـ، According to)
            cue_set_inside = set_inside > c_s and _WORD.search(text, set_inside + len(cue_word), c_e) is not None and (
                COMMA.search(text, max(c_s, set_inside - 3), set_inside) is not None)
            if aside:  # (بحسب صحيفة X، فإن Y، وهو ما نفاه مصدر في النادي: the narrator's, and the denier goes on)
                _emit_disputed_aside(out, text, aside, pat)
                inherited = None
            relayed = attr.relayed_report(text, c_e, ce, pat) if pat.language == "en" and c_e < ce else None
            if relayed and inherited:  # `X, according to a report that says Y`: Y is the report's claim too
                out.emit(relayed[0], ce, inherited, relayed[1], "reported", pat.language)
            if c_e < ce and inherited and COMMA.search(text, max(c_s, c_e - 3), c_e):
                # a cue after its content (X، حيث Y، وذلك وفقا لتقرير Z / X, the highest in years, according to Z)
                # credits what comes before it in the sentence: its clauses in the article's voice are Z's too (not
                # across a semicolon: ولا تقتصر الأزمة على الكويت؛ فقد شهدت X ...، بحسب Z; nor from inside its
                # clause, with no comma before it: X، إذ بلغ التضخم 9.3 في المئة بحسب الديوان: only that clause's)
                semicolon = max(text.rfind("؛", start, c_s), text.rfind(";", start, c_s))
                for unit in out.state.units[first_unit:-1]:
                    if unit.speaker is None and unit.start > semicolon and not attr.in_the_articles_voice(
                            text, unit.start, unit.end):  # (ويذكر أن X، فيما Y، حسب Z: X is the article's)
                        unit.speaker, unit.cue, unit.kind = inherited, cue_word, "according-to"
            continue
        if trailing:
            out.emit(cs, ce, t_speaker, t_cue, "reported", pat.language)
            continue
        replier = _relative_frame_before_saying(text, cs, ce, clauses[k + 1] if k + 1 < len(clauses) else None, pat,
                                                starts)
        if replier:  # (، وهو ما ردّ عليه الجبوري بالقول إن, لكن X ردّ على ذلك قائلا: only the frame of what
            # follows, its subject the speaker)
            out.state.last_speaker, inherited = out.state.resolve(replier, pat), None
            main_clause = first_clause = None  # (not the subject of the clause before: وكان المتهم قد أنكر التهم،
            # وهو ما ردّ عليه وكيل الجمهورية بالقول إن: the replier speaks what follows)
            continue
        if inherited and (not _narrates_a_report(text, cs, ce, pat, starts)
                          and not (pat.language == "ar" and is_topic(text, cs, ce) and not cue_opened)
                          and not _other_party(text, cs, ce, pat)
                          and not _another_named_actor(text, cs, ce, inherited, pat)
                          and not (cue_trailed and _WHILE_ALSO.match(text, cs, ce))
                          or _in_the_speakers_words(text, quoted, cs)):
            # (أما تركيا فتعهدت / غير أن آخرين يشككون: another party's act, unless a cue opening the sentence
            # credits all of it: ووفقا للمخططات، سيمتد X، ...، أما الخط الثالث فسيكون; X، وفقا لأرقام Y، في حين
            # يعتمد السكان: the cue trailed the clause before, the contrast after it is the article's; but inside the
            # report's quotation, أن "الجسر كان يعاني ...، وقد نبه الأهالي ...": all of it is the speaker's words)
            content_end, aside = _disputed_aside(text, cs, ce, pat)
            out.emit(cs, content_end, inherited, inherited_cue, "reported", pat.language)
            if aside:  # (`، وأسعارها أقل بنسبة 25%، وهو ما يرفضه الديوان`: the report's last clause, then the
                # narrator's aside disputing it, whose party goes on)
                _emit_disputed_aside(out, text, aside, pat)
                inherited = None
            continue
        asked = _question_frame(text, cs, ce, pat) if pat.language == "ar" and (
            text.find("ئل", cs, ce) >= 0 or text.find("سؤال", cs, min(ce, cs + 40)) >= 0
            or text.find("سأل", cs, min(ce, cs + 12)) >= 0) else None
        if asked is not None:  # (وسئل الوزير عما إذا ...، فأجاب: the question's frame, no claim; the one asked answers)
            if asked:
                out.state.last_speaker = out.state.resolve(asked, pat)
            continue
        if not (pat.language == "ar" and _APPOSITION_OPENING.match(text, cs, ce)):
            main_clause = (cs, ce)  # its subject speaks a participle after it (`X refused ..., saying ...`) (not an
            # apposition on the speaker: `"..."، قال X، وهو موظف في شركة، مضيفا`: X goes on)
        first_clause = first_clause or main_clause
        if k + 1 < len(clauses) and clauses[k + 1][2] and (_only_a_frame(text, cs, ce, pat) or _BY_SAYING.match(
                text, clauses[k + 1][0], clauses[k + 1][1]) or _ENDS_WITH_BY.search(text, cs, ce)):
            continue  # `استطرد وزير الصحة قائلا إن ...` / `فقد اكتفت بالقول إنها` / `Osman ended his remarks by
            # saying that`: the participle's frame, no claim
        denial = denial or _rejected_claim(text, cs, ce, pat) or _denial(text, cs, ce, pat, starts)
        if denial:  # `ونفى المتحدث وجود أي نية ...`: the denier speaks, what is denied is the claim
            inherited = out.emit(denial[2], _denied_noun_end(text, denial[2], ce, denial[1], pat), denial[0], denial[1],
                                 "reported", pat.language, carry=True)
            inherited_cue = denial[1]
            continue
        if k + 1 < len(clauses) and _where_and_when(text, cs, ce, pat):
            continue  # `وفي كلمة له الأربعاء، أمام مجلس الشيوخ` before a clause split off: where and when, no claim
        if (k or k + 1 < len(clauses)) and is_formula(text, *strip_span(text, cs, ce, _LEAD), pat):
            continue  # (`التقت عنب بلدي X، وكان الحوار التالي:`: the interview announced, a formula; `I'll be honest
            # with you, I think X`: a formula opening the sentence, its claim after it)
        if pat.language == "ar" and pat.question_verb.match(text, *strip_span(text, cs, ce)):
            continue  # (وتساءل زين عن جدوى أي خطة، قائلا: a question reported, no claim; but `Asked whether X,
            # Garnier smiled` is a claim)
        if pat.language == "en" and inherited and k and _AND_A_MODAL.match(text, cs, ce):
            # `X said it was reviewing its rate, and would announce a decision next week`: the content's subject
            # goes on, in the report's tense
            inherited = out.emit(cs, ce, inherited, inherited_cue, "reported", pat.language)
            continue
        said_where = _WHERE_SAID_AFTER_AR.search(text, cs, ce) if pat.language == "ar" and _APPOSITION_OPENING.match(
            text, cs, ce) else None  # (، وهو عامل بناء في جدة، في اتصال هاتفي مع X: who the speaker is, then where
        # the frame's words were said, no part of it)
        out.emit(cs, said_where.start() if said_where else ce, None, None, "statement", pat.language)
    if participle_tail and pat.participle.search(text, participle_tail[0], min(participle_tail[1],
                                                                                participle_tail[0] + 30)) and (
            not _ADDING_TO.match(text, participle_tail[0], participle_tail[1])):  # (`, adding to worries`: no report)
        _plain(text, *participle_tail, pat, starts, out, out.state.last_speaker)
    # (a participle with a noun only, `, blaming a computer glitch`, is at most an optional claim: none)


# a question put to someone: `وسُئل الوزير عما إذا`, `وفي سؤال لـX عما إذا`, `وعند سؤاله عن`, `، سُئلت X عن`
_QUESTION_FRAME = re.compile(r"\s*[وف]?(?:(?:في|عند|لدى|ردا على|رداً على)\s+)?(?:سؤال|سؤاله|سؤالها|سؤالهم)(?!\w)"
                             r"|(?:^|[،,])\s*[وف]?(?:(?:عندما|حين|حينما|لما)\s+)?سُ?ئل(?:ت|وا)?(?!\w)"
                             # (وسألته الصحيفة: the one asked, him)
                             r"|(?:^|[،,])\s*[وف]?(?:(?:عندما|حين|حينما|لما)\s+)?سأل(?:ت)?(?:ه|ها|هم|هما)(?!\w)")
_ASKED_ABOUT = re.compile(r"\s(?:عما|عن|حول|بشأن|إن كان|إذا)(?!\w)")


# (with its adjectives: its quarterly report)
_OWN_DOCUMENT = re.compile(r"(?:his|her|their|its)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}\w+", re.IGNORECASE)


# and a modal with no subject: the report's subject goes on (, and would announce a decision)
_AND_A_MODAL = re.compile(r"\s*(?:and|but)\s+(?:would|could|might|should)\s")
_AND_A_PHRASE = re.compile(r"\s*and\s+(?:by|in|on|with|from|through|at|to)\s")  # (and by heavy buying of bonds)
_MODAL_NEXT = re.compile(r"\s+(?:could|would|will|may|might|should|was|is|were|had|has)\b")


_JUDGED_AS = re.compile(r"\s*([^,;:]+?)\s+(called|termed|dubbed|branded|(?:described|hailed|billed|welcomed)\s+as)\b")


def _move_judged_by(text: str, start: int, end: int,
                    pat: LanguagePatterns) -> tuple[str | None, str | None] | None:
    """A clause opening `in a move` after a frame: ("", "") for the narrator's comment (in a move aimed at cutting
    costs); the party and its verb when it is what a party says of the move, in an object relative whose verb
    comes straight after (in a move (that) economists warned could complicate X); (None, None) for no claim (in
    what she called X); None for any other clause."""
    move = attr.A_MOVE.match(text, start, end)
    if move is None:
        return None
    judged = _JUDGED_AS.match(text, move.end(), end)
    if judged and 0 < len(judged.group(1).split()) <= 4:
        # `, in what officials called the biggest repair`, `, in a judgement that unions hailed as a landmark`: the
        # party judging it says so (`, in what she called the final push`: the frame's speaker's own word on her
        # news, left out like a participle with a noun)
        party = judged.group(1)
        return (None, None) if is_pronoun(party, pat) else (party, judged.group(2).split()[0])
    verb = pat.verb.search(text, move.end(), min(end, move.end() + 40))
    party = text[move.end():verb.start()].strip() if verb and _MODAL_NEXT.match(text, verb.end(), end) else ""
    return (party, verb.group("w")) if 0 < len(party.split()) <= 4 else ("", "")


def _said_by_a_pronoun(speaker: str, pat: LanguagePatterns) -> bool:
    """Is a cue's party a pronoun's: an Arabic reporting verb with its object pronoun (بحسب ما أعلنه: what he
    announced), an English document and the pronoun that issued it (according to a statement it posted)?"""
    if pat.language == "en":
        ws = speaker.split()
        return len(ws) == 3 and ws[0].lower() in ("a", "an", "the") and fold(ws[1]) in pat.document_nouns and (
            ws[2] in ("it", "he", "she", "they"))
    return " " not in speaker and pat.verb.fullmatch(POSSESSOR.sub("", speaker)) is not None


def _possessed_document(speaker: str, pat: LanguagePatterns) -> bool:
    """Is a cue's party a document or source carrier with a possessive pronoun (وبحسب تقديراته, according to his
    estimates), whose owner is the last speaker? (Not a possessed party: بحسب عائلته, his family.)"""
    if pat.language == "ar":  # (perhaps with its adjectives: وفق ما جاء في تقريرها الفصلي)
        head, *adjectives = speaker.split()
        return is_possessed_object(head, pat) and pat.carriers.fullmatch(POSSESSOR.sub("", head)) is not None and all(
            w.startswith("ال") for w in adjectives)
    return _OWN_DOCUMENT.fullmatch(speaker) is not None and fold(speaker.split()[-1]) in pat.document_nouns


# a document made by the possessed party named after it (لدراسة نشرها فريقه، لمسح أجراه مكتبها)
_MADE_BY_ITS_OWN_AR = re.compile(r"\w+\s+(?:نشرها|نشره|أعدها|أعده|أجراها|أجراه|أصدرها|أصدره)\s+$")

_MADE_BY_ITS_OWN_EN = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(\w+)\s+(?:his|her|their)\s+[\w-]+")


def _made_by_their_own(text: str, start: int, end: int, speaker: str, pat: LanguagePatterns) -> bool:
    """Is a cue's party a possessed noun that made the document the cue names (وفقا لدراسة نشرها فريقه, according to
    a study his team published), so that the document is the last speaker's?"""
    if pat.language == "en":  # (according to a study his team published: the contact clause's possessed maker)
        made = _MADE_BY_ITS_OWN_EN.fullmatch(speaker)
        return made is not None and fold(made.group(1)) in pat.document_nouns
    if " " in speaker or not is_possessed_object(speaker, pat):
        return False
    at = text.find(speaker, start, end)
    return at > 0 and _MADE_BY_ITS_OWN_AR.search(text, max(start, at - 40), at) is not None


def _disputed_aside(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[int, tuple[int, int] | None]:
    """(where a report's content ends, the aside after it) when an aside disputing it closes text[start:end] (،
    وهو ما ينفيه مكتبها / , a claim the majors deny): the narrator's claim, not the report's."""
    disputed = pat.disputed_aside.search(text, start, end)
    if disputed is None and pat.language == "en":
        disputed = _FIGURE_DISPUTED.search(text, start, end)
    return (disputed.start(), (disputed.start() + 1, end)) if disputed else (end, None)


# a figure or estimate set off after a report, with the party disputing it (, a figure the Federation of Kenya
# Employers (FKE) has questioned): the narrator's aside, as `, a claim the majors deny`
_FIGURE_DISPUTED = re.compile(r",\s*(?:a|an)\s+(?:figure|estimate|number|projection|forecast|prediction)\s+"
                              r"(?:(?:the|its|their)\s+|(?=[A-Z]))[\w'’.()&, -]{1,80}?\s+(?:has\s+|have\s+|had\s+)?"
                              r"(?:questioned|disputed|challenged|contested|rejected|questions|disputes|challenges|contests"
                              r"|rejects|repeated|repeats|echoed|echoes|shared|shares|endorsed|endorses)"
                              r"(?:\s+(?:in|on|at|during|last|this)\s[^,.;]{0,60})?\s*[.,;]?\s*$")
# (or agreeing with it: `, a forecast the International Monetary Fund repeated in its latest review`)


# an aside on a report's claim and the party making or denying it too, right before a participle (, a claim the
# contractors' union also made, saying)
_CLAIM_MADE_BY = re.compile(r",\s*(?:a|an)\s+(?:claim|allegation|accusation|assertion|charge)\s+"
                            r"((?:the\s+)?[\w'’. -]{2,60}?)"
                            r"\s+(?:also\s+|has\s+|had\s+)?(?:made|makes|denies|denied|rejects|rejected|disputes|"
                            r"disputed|echoed|echoes|repeated)\s*,\s*$")
# the relative on the party of an aside, and its reporting verb (وهو ما ادعاه اتحاد المقاولات الذي قال إن X)
_RELATIVE_OPENER_AR = re.compile(r"\s(?:الذي|التي|الذين)\s+")


def _emit_disputed_aside(out: _Emitter, text: str, aside: tuple[int, int], pat: LanguagePatterns) -> None:
    """The aside closing a report (، وهو ما نفاه X): the narrator's claim; a relative frame on its party inside it
    (وهو ما ادعاه أيضا اتحاد شركات المقاولات الذي قال إن 40 مشروعا تأخر) ends it, and what the relative says
    is the party's report."""
    start, end = aside
    opening = pat.disputed_aside.match(text, start - 1, end) if pat.language == "ar" else None
    relative = _RELATIVE_OPENER_AR.search(text, opening.end(), end) if opening else None
    said = pat.verb.match(text, relative.end(), end) if relative else None
    content = pat.complementizer.search(text, said.end(), min(end, said.end() + 40)) if said else None
    party = arabic_subject_after(text, opening.end(), relative.start(), pat) if content else ""
    if not party:
        out.emit(start, end, None, None, "statement", pat.language)
        return
    out.emit(start, relative.start(), None, None, "statement", pat.language)
    out.emit(content.start(), end, party, said.group("w"), "reported", pat.language)


def _question_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """For an Arabic clause that only puts a question to someone, with no claim of its own: the one asked when
    a passive names them (وسُئل وزير النقل عما إذا: وزير النقل), else ""; None for any other clause."""
    found = _QUESTION_FRAME.search(text[start:min(end, start + 120)])
    if found is None or found.start() > 0 and not adverbial_phrases(text, start, start + found.start(), pat):
        return None
    after = COMMA.search(text, start + found.end(), end)
    if after and len(_WORD.findall(text, after.end(), end)) > 1:
        return None  # (وردا على سؤال عما إذا ...، اكتفى ديلاني بالقول: the answer's clause, with its subject)
    if "ئل" not in found.group():
        return ""
    about = _ASKED_ABOUT.search(text, start + found.end(), end)
    asked = arabic_subject_after(text, start + found.end(), about.start() if about else end, pat)
    return asked if asked and len(asked.split()) <= 10 else ""


def _frame_participle(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a participle phrase with no verb of its own (standing outside the centre, flanked by his
    lawyers), not one of speech (adding that ...), right after a quotation's frame (`"...," she said,`)?"""
    first = _WORD.match(text, start, end)
    if pat.language == "ar":  # (`«...»، قال الوزير، واقفا أمام المحكمة`: an accusative of his state)
        return (first is not None and attr.in_a_state(first.group()) and not pat.participle.match(text, start, end)
                and _FRAME_BEFORE_AR.search(text, max(0, start - 60), start) is not None
                and not pat.verb.search(text, first.end(), end) and not pat.complementizer.search(text, start, end))
    if not first or not first.group().islower() or pat.participle.match(text, start, end):
        return False
    if not first.group().endswith("ing") and not (
            (first.group().endswith("ed") or fold(first.group()) in pat.irregular_participles)
            and text.startswith(" by ", first.end())):  # (`she said, flanked by her lawyers`: how she was)
        return False
    if not _FRAME_BEFORE.search(text, max(0, start - 40), start):
        return False
    return not any(fold(w) in pat.finite for w in _WORD.findall(text, first.end(), end))


_FRAME_BEFORE = re.compile(r"[\"”’]\s*,?\s*(?:[\w.'’-]+\s+){1,4}(?:said|says|added|told \w+)\s*,\s*$")
_FRAME_BEFORE_AR = re.compile(r"[\"”»]\s*[،,]?\s*(?:قال|قالت|يقول|تقول|أضاف|أضافت|تابع|تابعت)(?:\s+[^\s،,]+){1,4}"
                              r"\s*[،,]\s*$")


_CONTRAST = re.compile(r"but|yet|لكن|غير|إلا")


def _other_party(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Does a clause open with a contrast and another party (غير أن آخرين، but others)? (Not after while: `while
    others had been told to` may go on with the report's own content.)"""
    conj = pat.clause_conj.match(text, start, end)
    if conj and not _CONTRAST.search(conj.group()):
        return False
    after = _WORD.findall(text, conj.end(), min(end, conj.end() + 30))[:2] if conj else []
    if after and fold(after[0]) in ("ان", "بان"):
        after = after[1:]  # (لكن أن: the subject after it)
    # (or a party of its own after أن, its subject: `، غير أن ناشطين اشتكوا من ...`; or a group after لكن, acting in
    # the plural: `، لكن قادة النقابة وصفوه بأنه "إهانة"`)
    return bool(after) and (fold(after[0]) in pat.other_parties or conj is not None and pat.language == "ar" and (
        conj.group().rstrip().endswith("أن") and _a_party(after[0], pat)
        or conj.group().rstrip().endswith("لكن") and fold(after[0]) in _GROUPS_AR
        and _PLURAL_PAST_AR.search(text, conj.end(), min(end, conj.end() + 60)) is not None))


def _another_named_actor(text: str, start: int, end: int, speaker: str, pat: LanguagePatterns) -> bool:
    """Does an Arabic clause open with و, a verb and a subject of its own, a role and a name that are not the
    speaker going on (`، وطالب رئيسها مراد تواتي بفتح المجال` after the association's report): another party acting,
    narrated, not the report's content?"""
    verb = _WORD.match(text, start, end) if pat.language == "ar" and text.startswith(("و", "ف"), start) else None
    if verb is None or not arabic_clause_start(verb.group(), pat) or verb.group()[1:2] in "الينتس":
        return False  # (a past verb opening it: no definite noun, والجمعية ترى; no present or future, وسيلتقي رئيس
        # الوزراء, whose subject is the one before and the noun its object)
    subject = arabic_subject_after(text, verb.end(), min(end, verb.end() + 80), pat).split()
    head = POSSESSOR.sub("", subject[0].removeprefix("ال")) if subject else ""  # (رئيسها: its head)
    return len(subject) >= 3 and fold(head) in pat.person_roles and not set(subject) & set(speaker.split())


# groups by a broken plural or a nisba's (قادة النقابة، النقابيون): parties acting in the plural
_GROUPS_AR = frozenset(fold(w) for w in ("قادة", "زعماء", "ممثلو", "ممثلي", "سكان", "أهالي", "الأهالي", "نقابيون",
                                         "نقابيين", "النقابيون", "النقابيين", "العمال", "عمال"))
_PLURAL_PAST_AR = re.compile(r"(?<!\w)[^\W\d]{3,}(?:وا|وه|وها)(?!\w)")  # (رفضوه، وصفوه، اعتبروا)


_WHILE_ALSO = re.compile(r"\s*(?:[وف]?(?:في\s+حين|بينما|فيما|كما)|while|whereas)\s", re.IGNORECASE)
_PLAIN_MARKER = re.compile(r"[إأ]ن(?!\w)")  # (وتابع الخوري أن: the homograph's own content, whatever cue trails it)


def _credited_by_a_trailing_cue(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts) -> bool:
    """Does a cue trail the clause text[start:end], crediting all of it before the cue?"""
    found = attr.cue(text, start, end, pat, starts)
    return found is not None and found[0] == start and found[1] < end


def _cue_set_in_the_subject(text: str, start: int, verb: int, pat: LanguagePatterns, starts: PhraseStarts) -> bool:
    """Is a cue and its party set between commas after the frame's subject, right before the verb (`The memo,
    according to Labour backbenchers who have seen it, recommends that`)? The cue's party relays the report."""
    cue = starts.search(pat.cue, start, verb)
    return (cue is not None and fold(cue.group("w")) not in pat.trailing_cues  # (X, citing figures, said: X's)
            and text[start:cue.start()].rstrip().endswith(",") and text[start:verb].rstrip().endswith(",")
            and 0 < len(_WORD.findall(text, start, cue.start())) <= 6)


def _opens_with_a_cue(text: str, start: int, verb: int, pat: LanguagePatterns, starts: PhraseStarts) -> bool:
    """Does text[start:verb] open with a cue and its party, set off by a comma, and then the verb's own clause
    (According to prosecutors, Haskins wrote ...)?"""
    found = attr.cue(text, start, verb, pat, starts)
    if not found or found[0] <= start or _WORD.search(text, start, pat.cue.search(text, start, verb).start()):
        return False
    opens = _past_party_aside(text, found[0], verb, pat)  # (past the comma closing the cue's party and its aside)
    clause = _WORD.search(text, opens, verb) if opens is not None else None
    return clause is not None and not COMMA.search(text, clause.start(), verb)


# a party's acronym set off after it (, UNHCR,)
_ACRONYM_SET_OFF = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}\s*,\s*")


def _past_party_aside(text: str, start: int, end: int, pat: LanguagePatterns) -> int | None:
    """Where the words after a cue's party start past a relative aside on it (According to X, which represents
    trusts, Y ...): after the aside's closing comma; `start` when there is no aside; None when it is not closed."""
    first = _WORD.search(text, start, end)
    acronym = _ACRONYM_SET_OFF.match(text, first.start(), end) if first is not None and pat.language == "en" else None
    if acronym and _ENOUGH_WORDS.search(text, acronym.end(), min(end, acronym.end() + 80)):
        return acronym.end()  # (According to the UN refugee agency, UNHCR, the number is rising: its acronym)
    if first is not None and pat.language == "ar":
        closing = COMMA.search(text, first.end(), min(end, first.start() + 120))
        if closing and pat.anonymity_aside.search(text, first.start(), closing.start()) and _ENOUGH_WORDS.search(
                text, closing.end(), min(end, closing.end() + 80)):
            return closing.end()  # (وبحسب مصدر بالوزارة، تحدث لـ"الشروق" مشترطا عدم ذكر اسمه، فإن: why it has no
            # name, no content)
        second = _WORD.search(text, first.end(), closing.start()) if closing else None
        if second and fold(second.group()) in RESUMPTIVE_OBJECTS and len(_WORD.findall(
                text, first.start(), closing.start())) <= 6 and _ENOUGH_WORDS.search(
                text, closing.end(), min(end, closing.end() + 80)):
            return closing.end()  # (وبحسب بيانات صادرة عن X، اطلعت عليها «الشرق الأوسط»، بلغ: a relative clause on
            # the document, who saw it, no content)
    if first is not None and pat.language == "en" and first.group().islower():
        aside = _PARTICIPLE_ASIDE.match(text, first.start(), end)  # (According to X's report, released on Monday,
        # costs rose: when the report came out)
        if aside and not any(fold(w) in pat.finite for w in _WORD.findall(text, first.end(), aside.end())) and (
                _ENOUGH_WORDS.search(text, aside.end(), min(end, aside.end() + 80))):
            return aside.end()
    if first is not None and (first.group().islower() if pat.language == "en" else fold(
            first.group()) in pat.person_roles or fold(first.group()) in APPOSITION_PRONOUNS) and fold(
            first.group()) not in pat.relatives:
        # (an Arabic role without the article: a definite one, الرئيس سيزور، is the content's subject)
        closing = COMMA.search(text, first.end(), min(end, first.start() + 80))
        role = _WORD.findall(text, first.start(), closing.start()) if closing else []
        if (role and len(role) <= 8 and any(fold(w.removeprefix("ال")) in pat.person_roles for w in role[:3])
                and not any(fold(w) in pat.finite or w.endswith("ed") for w in role)
                and _ENOUGH_WORDS.search(text, closing.end(), min(end, closing.end() + 80))):
            return closing.end()  # (According to Radhika Menon, chief economist at Sterling Ratings, X / بحسب
            # رادهيكا مينون، كبيرة الاقتصاديين في ستيرلينغ، فإن: the party's role)
        described = _BODY_DESCRIBED.match(text, first.start(), end) if pat.language == "en" else (
            _PARTY_APPOSED_AR.match(text, first.start(), end))  # (ووفقا للمجلس، وهو الهيئة التي ...، فإن)
        if described and _ENOUGH_WORDS.search(text, described.end(), min(end, described.end() + 80)):
            return described.end()  # (According to ICES, the scientific body that advises the EU, X: what it is)
    if first is None or fold(first.group()) not in pat.relatives:
        return start
    closing = COMMA.search(text, first.end(), end)
    return closing.end() if closing else None


# what the cue's party is, set off by commas: a body and perhaps its relative (the scientific body that advises
# the EU, a think tank in Washington)
_BODY_DESCRIBED = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:body|group|agency|organi[sz]ation|institute"
                             r"|council|watchdog|regulator|charity|think tank|firm|authority|network|union|association"
                             r"|alliance|panel|consultancy|monitor)\b[^,;.!?\n]{0,80},\s*")
_PARTY_APPOSED_AR = re.compile(r"[وف]ه(?:و|ي|م)\s+[^،,.؟!\n]{3,120}[،,]\s*")
# a participle's short phrase set off by commas after a cue's party (, released on Monday, / , seen by Reuters,)
# (a preposition or a time after the participle: `, reduced tariffs, which ...` is a subject, no aside)
_PARTICIPLE_ASIDE = re.compile(r"(?:[a-z]{3,}ed|seen|made|known|held|taken|given|written|drawn|shown)"
                               r"(?:\s+(?:by|on|in|at|last|this|yesterday|today|earlier|late|later|to|from|for|with"
                               r"|after|before|during|under|over)\b[^,;.!?\n]{0,50})?,\s*")


def _participle_under_a_trailing_cue(text: str, clauses: list[tuple[int, int, bool]], pat: LanguagePatterns,
                                     starts: PhraseStarts) -> tuple[int, int, str, str] | None:
    """`X, reporting that Y, according to Z` / `X، مفيدا بأن Y، بحسب Z`: a narrated clause then a participle
    reporting Y with a cue trailing it: the cue over Y (content start, end, speaker, cue), to be credited with X as
    well."""
    if len(clauses) != 2 or clauses[0][2] or not clauses[1][2]:
        return None
    (first_start, first_end, _), (cs, ce, _) = clauses
    pm = participle_at(text, cs, ce, pat)
    content = pat.complementizer.match(text, strip_span(text, pm.end(), ce)[0], ce) if pm else None
    credited = attr.cue(text, content.start(), ce, pat, starts) if content else None
    if not credited or not credited[2] or credited[0] > content.end() or starts.search(
            pat.pronoun_cue, content.start(), ce):
        return None  # (`تسعى، بحسب قولها، إلى`: the participle's subject, credited by its own pronoun)
    if attr.frame(text, first_start, first_end, pat, starts) or attr.cue(text, first_start, first_end, pat, starts):
        return None  # (the clause before has a party of its own)
    return credited


_CITING_A_REASON = re.compile(r",\s*citing\s")


def _before_trailing_cue(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts) -> int:
    """Where a report's content text[start:end] ends: before a cue trailing it (، على حد تعبيره / ، استنادا إلى
    معطيات المرصد), which only repeats or backs its source."""
    trailing = attr.cue(text, start, end, pat, starts) or attr.pronoun_cue(text, start, end, pat, starts)
    if trailing and trailing[0] == start and trailing[1] < end:
        return trailing[1]
    reason = _CITING_A_REASON.search(text, start, end) if pat.language == "en" else None
    return reason.start() if reason and _ENOUGH_WORDS.search(text, start, reason.start()) else end
    # (`X, citing delays in permitting`: the speaker's reason, no source, no part of the content either)


def _generic_of_its_gender(text: str, start: int, end: int, verb: str, pat: LanguagePatterns) -> str | None:
    """The last generic party (الوزارة، المجلس) of the narrated Arabic clause text[start:end] of the gender of the
    subjectless `verb` after it, when the clause's subject is not found; else None."""
    want = verb_gender(verb)
    if want is None:
        return None
    last = None
    for w in _WORD.finditer(text, start, end):
        if fold(w.group()) in pat.generic and w.group().endswith("ة") == (want == "f"):
            last = w.group()
    return last


def _agreeing_party(text: str, start: int, end: int, verb: str, subject: str, pat: LanguagePatterns) -> str | None:
    """The party of the narrated Arabic clause text[start:end] that speaks a subjectless `verb` after it: its
    subject, unless the two verbs differ in gender; then a person of the verb's gender named in the clause (وكرم
    المهرجان الممثلة نادين صعب ...، وقالت: the actress), else nobody."""
    if had_already_subject(text, start, end, pat):
        return subject  # كما سبق للجامعة أن نفذت إضرابا، قالت: the verb after أن is the party's (سبق agrees with none)
    first = _WORD.match(text, start, end)
    if first and fold(first.group()).lstrip("وف") in NEGATIONS:
        first = _WORD.search(text, first.end(), end)  # (ولم تعترض البلدية ...، لكنها قالت: the verb after لم)
    narrated = first.group() if first else ""
    if (not narrated or narrated.startswith(("ال", "وال")) or fold(narrated) in pat.leading_particles
            or fold(narrated[1:]) in pat.leading_particles):
        return subject  # (subject first, perhaps after a particle, أما النقابة فقد عبرت: no verb to agree with)
    want = verb_gender(verb)
    bare = narrated[1:] if narrated[0] in "وف" else narrated
    got = "f" if bare.endswith("ت") else verb_gender(bare)  # (دعت: a short feminine past)
    if want is None or got is None or want == got:
        return subject
    for w in _WORD.finditer(text, first.end(), end):
        head = fold(w.group()[2:] if w.group().startswith("ال") else w.group())
        if head in pat.person_roles and (w.group().endswith("ة") == (want == "f")):
            found = arabic_subject_after(text, w.start(), end, pat).split()
            # (the object's own phrase ends before a preposition's clitic: نادين صعب بجائزة ...)
            cut = next((i for i, x in enumerate(found) if i and x[0] in "بل" and not x.startswith("ال")), len(found))
            return " ".join(found[:cut]) or None
    return None


# what a place is, set off after it (أحد أبرز مناطق ...، ثاني أكبر مدن ...)
_PLACE_APPOSITION = frozenset(fold(w) for w in ("أحد", "إحدى", "أكبر", "أبرز", "أكثر", "ثاني", "ثالث"))
# about (حول، بشأن، بخصوص): a phrase of what the answer is about, no claim
_TOPIC_PREPOSITIONS = frozenset(fold(w) for w in ("حول", "بشأن", "بخصوص"))


def _where_and_when(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end], cut from the clause after it, only Arabic phrases of time and place, each short
    (وفي كلمة له الأربعاء، أمام مجلس الشيوخ / ولدى تطرقه إلى آفة الإرهاب)? No claim then. (A phrase opening a
    sentence of its own, ولدى مايكروسوفت عقد مع الوزارة, or holding a content marker, من شأن X أن يترك, is one.)"""
    if pat.language != "ar":
        return False
    first = _WORD.match(text, start, end)
    if first is None:
        return False
    w = fold(first.group())
    if not {w, w[1:] if w[:1] in "وف" else w} & (AR_PREPOSITIONS | pat.intro_words):
        return False
    if w.removeprefix("و") in _TOPIC_PREPOSITIONS and not pat.complementizer.search(text, start, end):
        return True  # (وحول الانتقادات التي تداولها مواطنون ...، أوضح X: what the answer is about, however long)
    chunks = COMMA.split(text[start:end])
    if len(chunks) > 1 and all(not c.split() or fold(c.split()[0]) in _PLACE_APPOSITION for c in chunks[1:]):
        end = start + len(chunks[0])  # (وفي إقليم قلعة السراغنة، أحد أبرز مناطق إنتاج الزيتون، يقول: the place,
        # then what it is)
        chunks = chunks[:1]
    return (all(len(_WORD.findall(c)) <= 8 for c in chunks) and not pat.complementizer.search(text, start, end)
            and adverbial_phrases(text, start, end, pat))


def _after_a_pronoun(text: str, start: int, verb: int) -> bool:
    """Is the word before the verb at `verb` a personal pronoun (`after it said`), its own subject?"""
    before = _WORD.findall(text, max(start, verb - 12), verb)[-1:]
    return bool(before) and before[0].lower() in _PERSONAL_PRONOUNS


def _asked_after(text: str, start: int, end: int, pat: LanguagePatterns) -> int | None:
    """Where a sentence ending in a question goes on with a question verb after a comma (`X said Y, asking:
    "...?"`, `، متسائلا: "...؟"`): the comma, so what comes before it is still a claim; else None."""
    asked = pat.question_verb.search(text, start, end)
    if asked is None:
        return None
    comma = last_match(COMMA, text, start, asked.start())
    if pat.language == "en" and not any(fold(w) in pat.finite or pat.verb.fullmatch(w)
                                        for w in _WORD.findall(text, start, comma.start() if comma else start)):
        return None  # `Dr Salma Abdelrahman, head of the hospital, asked: "...?"`, `In an interview, she was asked:
        # "...?"`: no clause before the comma, the asker or the one asked
    if comma and pat.language == "ar" and adverbial_phrases(text, start, comma.start(), pat):
        return None  # (وفي حوار مع القناة، سُئلت الوزيرة: هل ...؟)
    first = _WORD.search(text, start, comma.start()) if comma else None
    if first and _a_question_word(first.group(), pat):
        return None  # (`Why should we pay for this, asked the mayor?`: the question before the comma too)
    return comma.start() if comma and _ENOUGH_WORDS.search(text, start, comma.start()) else None


def _asks(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a question from its first word to its mark (هل سنعيش ...؟, Will we ...?), no statement
    before a question closing it (`X cannot meet, so how will it pass laws?`)?"""
    if not is_question(text, start, end):
        return False
    first = _WORD.search(text, start, end)
    return first is not None and _a_question_word(first.group(), pat)


def _a_question_word(word: str, pat: LanguagePatterns) -> bool:
    """Does `word` open a direct question (هل, وكيف, Why, will), a conjunction's clitic perhaps before it?"""
    word = fold(word).lower()
    return word in pat.question_words or word[:1] in ("و", "ف") and word[1:] in pat.question_words


# a participle of what a speaker does as they speak, after the frame (standing by, pointing at, holding)
_CIRCUMSTANCE_ING = re.compile(r"[a-z]{3,}ing\s")
_FRAME_RIGHT_BEFORE = re.compile(r"\b(?:he|she|they|I|we)\s+(?:says|said|adds|added|explains|explained)\s*,\s*$")


def _question_after(text: str, start: int, end: int, pat: LanguagePatterns) -> int | None:
    """Where a sentence ending in a question asks it only in its last clause (`إن "البرلمان عاجز عن الاجتماع، فكيف
    سيقر قوانين؟"`, `"We have no money, so how can we pay?"`): the comma before that clause, so what comes before
    it is still a claim; else None."""
    cut = None  # where the asking clause starts: the comma before it
    for comma in COMMA.finditer(text, start, end):
        opening = _QUOTATION_OPENING.match(text, comma.end(), end)
        asking = _WORD.match(text, opening.end(), end) if opening.group().strip() else None
        if pat.question_opener.match(text, comma.end(), end) or asking and fold(asking.group()) in pat.question_words:
            cut = comma.start()  # (or a quotation opening with a question word: `"A"، قالت X، "ماذا تريدون أن
            # أفعل؟`, `"A," said X, "What do you want me to do?`)
    colon = text.rfind(":", start, end)
    asked = _WORD.search(text, colon + 1, end) if colon > start else None
    if cut is None and asked and fold(asked.group()) in pat.question_words and (
            pat.complementizer.search(text, start, colon)) and not pat.question_verb.search(text, start, colon):
        cut = colon  # (واعتبر أن "الحديث عن X هو هروب من السؤال الحقيقي: هل تملك الدولة المال؟": the question comes
        # after the content's colon)
    named = _THE_QUESTION.search(text, max(start, colon - 40), colon) if cut is None and asked else None
    if named:  # (فيما يبقى السؤال معلقاً: من يدفع؟ / while the question remains: who pays?: the clause naming the
        # question is none either, what comes before it may be)
        cut = last_of(COMMA.finditer(text, start, named.start()))
        cut = cut.start() if cut else start
    if cut is None:
        return None
    opened = last_match(_OPENING_MARK, text, start, cut)
    first = [fold(w) for w in _WORD.findall(text, opened.end() if opened else start, cut)[:2]]
    if first and first[0] in _BUT_WORDS:
        first = first[1:]
    if first and first[0] in attr.CONDITION_OPENERS:
        # (`"If the government signs a deal and walks away, what do you expect?"`: the question's condition, no
        # claim; what comes before its quotation may be)
        cut = opened.start() if opened else None
    return cut if cut is not None and _ENOUGH_WORDS.search(text, start, cut) else None


_BUT_WORDS = frozenset(fold(w) for w in ("لكن", "ولكن", "but"))
_QUOTATION_OPENING = re.compile(r"\s*[\"“«]\s*|")  # (a quotation's opening mark, if any, after a comma)
# the question named right before its colon (فيما يبقى السؤال معلقاً: من يدفع؟ / the question remains: who pays?)
_THE_QUESTION = re.compile(r"(?<!\w)(?:ال)?سؤال(?!\w)|\bquestion\b")


def _asker(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """Who asks the question text[start:end] in a frame before its quotation (`تساءلت الطبيبة سلمى، مديرة المستشفى:
    "...؟"`, `The minister asked: "...?"`), or is asked it (`سُئل الوزير: هل ...؟`, `The minister was asked:
    "...?"`), else None."""
    asked = pat.question_verb.search(text, start, min(end, start + 200))
    opener = _OPENING_MARK.search(text, asked.end(), end) if asked else None
    if opener is None:
        return None
    if pat.language == "ar":
        subject = arabic_subject_after(text, asked.end(), opener.start(), pat)
    else:
        subject = english_subject(text[start:asked.start()].rstrip(" ,"), pat)
    return clean_speaker(subject) if subject and not is_pronoun(subject, pat) else None


_OPENING_MARK = re.compile(r"[:\"“«]")
_QUOTED_QUESTION = re.compile(r"[?؟]\s*[\"”»]")


def _frame_of_a_question(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts) -> int | None:
    """`"Why should we pay?" the union leader asked.`: where the frame of the quoted question right before
    text[start:end] ends (its first comma, or `end`), when it opens the stretch: a few words with a question or
    reporting verb, no claim of its own."""
    before = start - 1
    while before > 0 and (text[before].isspace() or text[before] in ",،"):
        before -= 1
    if before < 1 or text[before] not in _QUOTES or text[before - 1] not in "?؟":
        return None
    comma = COMMA.search(text, start, end)
    frame_end = comma.start() if comma else end
    if len(_WORD.findall(text, start, min(frame_end, start + 120))) > 8:
        return None
    found = pat.question_verb.search(text, start, frame_end) or starts.search(pat.verb, start, frame_end)
    if found and _SENTENCE_END.search(text, before - 1, start) and _ENOUGH_WORDS.search(text, found.end(), frame_end):
        return None  # `..., asked: "...?" She said nine children had died.`: a sentence of its own, with content
    if found and comma and (not any(fold(w) in pat.finite or w.endswith(("ed", "ing"))
                                    for w in _WORD.findall(text, comma.end(), end)) if pat.language == "en"
                            else _APPOSITION_OPENING.match(text, comma.end(), end) is not None):
        return end  # (`asked Jenny Lowe, a teacher from Leeds, to loud applause`, `تساءلت جيني لو، وهي معلمة من
        # ليدز، وسط تصفيق حار`: who asked and how, no clause)
    return frame_end if found else None


_COLON_NAME = re.compile(r"([^\s:،,.؟?!\d\"“”«»][^:،,.؟?!\d\"“”«»\n]{1,60}?)"
                         r"(?P<told>\s+لـ?\s*[\"“«][^\"“”«»\n]{1,30}[\"”»])?"  # (the paper it was told to: لـ"الغد")
                         r"\s*:\s*[\"“«]?\s*")
# a body's short name in quotation marks opening a headline before its colon ("الصحة": تطعيم 94% من الأطفال)
_QUOTED_LABEL = re.compile(r"\s*[وف]?[\"“«]([^\s\"“”«»:][^\"“”«»:\n]{1,30})[\"”»]\s*:\s*")  # (و«الأطباء»: after dots)
_FIRST_PERSON = {
    # (a word opening with ن and ending in ة is a noun, نسبة، نتيجة: no verb ends so)
    "ar": re.compile(r"(?:(?:لن|لا|لم|قد|سوف|إننا|اننا|إنني|انني)\s+)?(?:س?ن\w{3,}(?<!ة)|نحن|أنا|\w{3,}نا)(?!\w)"),
    "en": re.compile(r"(?:We|I|Our|My|We'll|We’ll|We're|We’re|I'm|I’m|We've|We’ve|I've|I’ve|I'll|I’ll)(?!\w)"),
}


_SOURCE_AFTER_COLON = re.compile(r":\s*([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
                                 r"|[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+)?(?P<role>[a-z][\w'’-]*))\s*$")
# (`...: IMD`, `...: Supply minister`, its role last)
# a person's full name owning a noun (Dale Pottie's wife), in the clause before a he/she frame
_NAMED_OWNER = re.compile(r"\b(?:(?:When|While|After|Before|If|As|Since|But|And|Then)\s+)?((?:[A-Z][a-z]+ ){1,2}"
                          r"[A-Z][a-z]+)['’]s\s+(?:wife|husband|son|daughter|mother|father|"
                          r"family|home|house|car|job|brother|sister|partner|child|children)\b")
# a headline's source after a dash, a role in lower case (`... new housing - minister`)
_ROLE_AFTER_DASH = re.compile(r"\s[-–—]\s+((?:[a-z][\w'’-]*\s+)?(?P<role>[a-z][\w'’-]*))\s*$")


_FIGURE_ALONE = re.compile(r"\s*[\d٠-٩][\d٠-٩.,٫]*%?(?:\s+[^\s\d.]+){0,3}[\s.]*")  # (a number and its unit)


def _speaker_colon(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[int, str] | None:
    """`ترامب: سنفرض رسوما على الصين` / `Trump: We will impose tariffs`: (content start, speaker) when a short
    name without a verb stands before a colon and the words after it speak in the first person. (A topic
    before a colon, `العراق: 30 قتيلا في تفجير`, states the article's own claim.)"""
    colon = text.find(":", start, min(end, start + 64))
    if colon < 0:
        return None
    label = _QUOTED_LABEL.match(text, start, colon + 8)
    if label and len(label.group(1).split()) <= 3:
        return label.end(), label.group(1)  # (a headline quoting the body it names: "الصحة": ...)
    m = _COLON_NAME.match(text, start, colon + 8)
    if not m or pat.verb.search(m.group(1)) or len(m.group(1).split()) > (
            8 if m.group("told") and fold(m.group(1).split()[0].removeprefix("ال")) in pat.person_roles else 5):
        return None  # (an interview's headline: a role with its body and the name, then the paper it spoke to:
        # محافظ البنك المركزي الهادي بن سالم لـ«الشروق»: «...»)
    if _FIGURE_ALONE.fullmatch(text, colon + 1, end):
        return None  # (`- البرنامج الاقتصادي البري: 286 ألف جنيه`: an item and its price, no party speaking)
    # (or a person's role before it, whatever the words after: وزير السياحة: مصر استقبلت 15.8 مليون سائح)
    head = fold(m.group(1).split()[0]) if m.group(1).split() else ""
    head = head[1:] if head.startswith(("وال", "فال")) or head[:1] == "و" and head[1:] in pat.name_heads else head
    definite = head.startswith("ال")  # (a definite noun heads the label, no verb: والفلاحون، الحكومة; not وتساءلت)
    head = head.removeprefix("ال")
    role = head in pat.person_roles or pat.language == "ar" and head.endswith(("ون", "ين")) and head[:-2] in (
        pat.person_roles)  # (the farmers: والفلاحون: "...")
    quoted = text[colon + 1:colon + 3].strip()[:1] in "\"“«"  # (a quotation after the label: its words)
    # (a body's name: منظمة الصحة العالمية: الكوليرا تعود إلى اليمن, Health Ministry: 30 new cases; not a place, a
    # topic: العراق: 30 قتيلا في تفجير)
    role = role or (head in pat.name_heads if pat.language == "ar" else _is_body(m.group(1)))
    # (a headline's second party after its dots, joined by و: ... والحكومة: الموازنة لا تسمح; not a topic, which
    # opens a headline bare)
    first = m.group(1).split()[0] if m.group(1).split() else ""
    joined = pat.language == "ar" and first[:1] == "و" and len(m.group(1).split()) <= 3 and (
        first.startswith("وال") or fold(first[1:]) in pat.name_heads or fold(first[1:]).endswith(("ون", "ين")))
    role = role or joined
    if not role and not _FIRST_PERSON[pat.language].match(text, m.end(), end) and not (
            quoted and definite and len(m.group(1).split()) <= 3 and not _LATIN.search(m.group(1))):
        return None
    if pat.language == "en" and not all(w[:1].isupper() or w in ("of", "the", "and") for w in m.group(1).split()):
        return None  # `Live updates: We are following ...`: page furniture, not a name
    name = clean_speaker(m.group(1))
    if name.startswith(("وال", "فال")) or joined:
        name = name[1:]  # (ملاسنة تنتهي بتعليق الجلسة.. والحكومة: «...»: the conjunction is no part of the name)
    return m.end(), name


def _names_after_its_noun(text: str, start: int, opener: int, pat: LanguagePatterns) -> bool:
    """Is the quotation opening at `opener` a name or a noun phrase: after a noun a name follows (منظمة، صندوق،
    مدير) or, in English, an article or possessive (director of the "Fund for ...", its "special operation")?"""
    before = fold(_word_before(text, start, opener))
    return before in pat.name_heads or before in pat.person_roles or pat.language == "en" and before in ARTICLES


def _word_before(text: str, start: int, pos: int) -> str:
    """The word right before `pos` (within 20 characters, not before `start`), or ""."""
    return (_WORD.findall(text, max(start, pos - 20), pos) or [""])[-1]




def _denial(text: str, start: int, end: int, pat: LanguagePatterns,
            starts: PhraseStarts) -> tuple[str, str, int] | None:
    """(denier, verb, where what is denied starts) when a clause without a frame is a denial with a noun as its
    object (GUIDELINES: denial verbs report content too, the span is the denied content): `ونفى المتحدث وجود أي
    نية`, `Cardenas denied receiving any payment`."""
    found = _denier(text, start, end, pat, starts)
    if found is None:
        return None
    subject, verb = found
    end = strip_span(text, start, end, _LEAD)[1]  # (the clause's closing comma is no aside's)
    pos = verb.end()
    for word in subject.replace("،", " ").replace(",", " ").split():  # (the verb first: ونفى المتحدث وجود ...)
        at = SPACES.match(text, pos, end).end()
        at += text[at] in "،," and len(SPACES.match(text, at + 1, end).group()) + 1 if at < end else 0
        at += text[at:at + 1] in _QUOTES and text.startswith(word, at + 1)  # (شركة "الرافدين ...": its name quoted)
        if not text.startswith(word, at) or text[at + len(word):at + len(word) + 1].isalnum():
            break  # (a subject before the verb: what follows the verb is denied; `a` is no word of `any`)
        pos = at + len(word) + (text[at + len(word):at + len(word) + 1] in _QUOTES)
    same = _WORD.match(text, SPACES.match(text, pos, end).end(), end) if pat.language == "ar" else None
    if same and fold(same.group()) in attr.SELF_WORDS and not fold(same.group()).startswith("بدور"):
        subject, pos = subject + " " + same.group(), same.end()  # (ونفت المصادر ذاتها ما تردد: the same sources)
    aside = _DENIAL_ASIDE.match(text, pos, end)
    pos = _SEPARATORS.match(text, aside.end() if aside else pos, end).end()
    when = _DENIED_WHEN_AR.match(text, pos, end) if pat.language == "ar" else None
    pos = _SEPARATORS.match(text, when.end(), end).end() if when else pos  # (نفت الوزارة في وقت سابق وجود أي
    # ترحيل: when or where it was denied, then what; في بيان صحفي ما تداولته, "بشكل قاطع" ما ورد: where and how)
    first = _WORD.match(text, pos, end)
    if first is None or fold(first.group()) in AR_PREPOSITIONS or fold(first.group()) in _EN_WHERE_SAID or (
            pat.language == "ar" and first.group().startswith("ل")) or not _ENOUGH_WORDS.search(
            text, pos, min(end, pos + 80)):
        return subject, verb.group("w"), start  # (where it was denied, في بيان لاحق, or a subject read too long:
        # where the content starts is not sure, the clause as a whole)
    return subject, verb.group("w"), pos


# an auxiliary, its subject and قد before the verb (وكانت الوزارة قد نفت)
_HAD_DENIED_AR = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا)\s+([^،,.]+?)\s+(?:قد|لقد)\s*")
_EN_WHERE_SAID = frozenset(("in", "on", "at", "during", "through", "via", "to"))
# where or when a denial was made, after the noun it denies (denied the accusation in a statement)
_WHERE_DENIED = re.compile(r"\s+(?:in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|post|tweet|letter"
                           r"|interview|briefing)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|X"
                           r"|Facebook|social media)|to\s+reporters|late\s+on|earlier|yesterday|today)\b.*$", re.DOTALL)


# a claim's noun and what it says (a rumor circulating on social media that X): group 1 ends where X opens
_CLAIM_NOUN_THAT = re.compile(r"\s*(?:a|an|the|any)\s+(?:[a-z-]+\s+)?(?:rumou?r|report|claim|suggestion|allegation|"
                              r"assertion|speculation|accusation)s?\b[^,;.\"“”]{0,60}?\s(?=that\s)")


def _denied_noun_end(text: str, start: int, end: int, cue: str | None, pat: LanguagePatterns) -> int:
    """Where an English denial's noun object ends: before where or when it was denied (`denied the accusation in a
    statement`, `denied the report on Monday`), when what is denied is a noun, no clause."""
    if pat.language != "en" or not cue or fold(cue) not in pat.noun_content or end - start > 120:
        return end
    found = _WHERE_DENIED.search(text, start, end)
    if found is None or any(fold(w) in pat.finite for w in _WORD.findall(text, start, found.start())):
        return end
    if _CLAIM_NOUN_THAT.match(text, start, end):
        return end  # (`denied a rumor circulating on social media that X`: what the rumour says goes on, past its
        # `on`)
    # (a noun of two words, `the accusation`, would be too short a claim: the clause stays whole)
    return found.start() if _ENOUGH_WORDS.search(text, start, found.start()) else end


# an aside between commas after a denial's verb and subject (، في تصريحات خاصة لـ"اليوم السابع"، / ، بيتر موانجي،)
_DENIAL_ASIDE = re.compile(r"\s*[،,][^،,.؛;]{1,80}[،,]")
_SEPARATORS = re.compile(r"[\s،,]*")
# when an Arabic denial was made, between the denier and what is denied (where, في بيان ...، may run on: not read)
_DENIED_WHEN_AR = re.compile(r"(?:\s*(?:في\s+وقت\s+(?:سابق|لاحق)|(?:(?:مساء|صباح|ظهر|فجر)\s+)?(?:أمس|اليوم)"
                             r"(?:\s+(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد))?"
                             # (or a day, a week, a month ago: يوم الأحد، الشهر الماضي)
                             r"|(?:يوم\s+)?(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)(?:\s+الماضي)?"
                             r"|(?:الأسبوع|الشهر|العام|السنة)\s+(?:الماضي|الماضية|الفائت|المنصرم)"
                             # (a statement with at most an adjective, right before what is denied)
                             r"|في\s+(?:بيان|تصريح|تصريحات|منشور|تغريدة|رسالة)(?:\s+(?:صحفي|صحافي|رسمي|مقتضب))?"
                             r"(?=\s+(?:ما|صحة|وجود|أن|أي)\s)"
                             r"|[\"«“]?(?:بشكل|بصورة)\s+[^\W\d]+[\"»”]?|قطعيا|بشدة|مجددا)(?!\w))+")


def _denial_around_the_cue(text: str, start: int, end: int, cue_word: str, pat: LanguagePatterns,
                           starts: PhraseStarts) -> tuple[str, str, int] | None:
    """The denial (see _denial) whose verb comes before the cue in text[start:end], the cue crediting a source inside
    what is denied; else None."""
    at = text.find(cue_word, start, end)
    verb = starts.search(pat.verb, start, at) if at > start else None
    if verb is None or fold(verb.group("w")) not in pat.noun_content:
        return None
    return _denial(text, start, end, pat, starts)


def _rejected_claim(text: str, start: int, end: int, pat: LanguagePatterns) -> tuple[str, str, int] | None:
    """(the one rejecting, verb, where the claim starts) for `Kaine rejected suggestions that X` / `ورفض الوزير
    الاتهامات بأن X`: a denial of the claim the noun names, its content the that-clause."""
    stop = min(end, start + 240)
    if pat.rejecting_form.search(text, start, stop) is None:
        return None  # (most clauses: no such verb in them)
    found = pat.rejected_claim.search(text, start, stop)
    if found is None:
        return None
    if pat.language == "ar":
        subject = (arabic_subject_after(text, found.end("w"), found.start("noun"), pat)
                   or arabic_subject_before(text, start, found.start(), pat))
    else:
        subject = english_subject(text[start:found.start()].rstrip(" ,"), pat)
    if subject is None or subject and len(subject.split()) > _longest_subject(subject, pat):
        return None
    return ("" if is_pronoun(subject, pat) else subject), found.group("w"), found.start("that")  # (He rejected:
    # the one named before)


def _denier(text: str, start: int, end: int, pat: LanguagePatterns,
            starts: PhraseStarts) -> tuple[str, re.Match] | None:
    """(denier, the verb's match) for _denial."""
    verb = starts.search(pat.verb, start, min(end, start + 160))
    while verb is not None and pat.language == "en" and attr.IN_A_RELATIVE.search(text, max(start, verb.start() - 80),
                                                                                   verb.start()):
        # (`X (Mend), which has claimed several attacks, denied any involvement`: the relative's verb, then the
        # clause's own)
        verb = starts.search(pat.verb, verb.end(), min(end, start + 240))
    if verb is None or fold(verb.group("w")) not in pat.noun_content:
        return None
    if pat.language == "ar":
        intro = last_match(COMMA, text, start, verb.start())
        opens = start if intro is None or not adverbial_phrases(text, start, intro.start(), pat) else intro.end()
        conj = pat.clause_conj.match(text, opens, verb.start()) or pat.subordinate.match(
            text, opens, verb.start())  # (فيما نفى الوزير، إلا أن مصدرا مقربا نفى، بينما نفى مسؤول)
        if conj and conj.group().strip().endswith(("ه", "ها", "هم", "هما")):
            return None  # (لكنه نفى تقارير ...: the pronoun is the subject, the one who spoke before denies)
        opens = conj.end() if conj else opens
        had = _HAD_DENIED_AR.fullmatch(text, opens, verb.start())
        if had and len(had.group(1).split()) <= 8:
            return clean_speaker(had.group(1)), verb  # (وكانت وزارة البيئة والمياه والزراعة قد نفت: the subject
            # between the auxiliary and قد)
        if _WORD.search(text, opens, verb.start()):
            # a subject before the verb after a conjunction (إلا أن مصدرا مقربا من النادي نفى) denies; else the
            # denial sits inside narration: its verb opens the clause, perhaps after في المقابل،
            # (so does a topic: أما وزير الطاقة، جورج عبد النور، فقد نفى وجود أي نقص)
            subject = arabic_subject_before(text, opens, verb.start(), pat) if conj or is_topic(
                text, opens, verb.start()) else ""
            if not subject or len(subject.split()) > 6:
                return None
            return subject, verb
        # (its definite run: not the denied noun after it)
        subject = attr.main_subject(text, opens if conj else start, end, pat)
        if subject and (fold(subject.split()[0]) in attr.DENIED_OPENERS or derived_verbal_noun(subject.split()[0])):
            return None  # ونفى جميع التهم الموجهة إليه، ونفت استهداف المدنيين: no subject, the verb's object (a
            # verbal noun) right after it
        cut = next((i for i, w in enumerate(subject.split()) if i and fold(w) in attr.DENIED_OPENERS), None) if (
            subject) else None
        subject = " ".join(subject.split()[:cut]) if cut else subject  # (نفت وزارة الداخلية صحة مقاطع: its object)
        ws = subject.split() if subject else []
        if len(ws) > 2 and fold(ws[0].removeprefix("ال")) not in pat.person_roles:
            # (نفت قوات الدعم السريع عرقلة دخول المساعدات: past a body's definite words, a bare noun in ة is what is
            # denied; a person's role may have a name after it, وزيرة الصحة هالة زايد)
            cut = next((i for i in range(2, len(ws)) if ws[i - 1].startswith("ال") and not ws[i].startswith(
                ("ال", "ل", "ب", "و")) and ws[i].endswith("ة")), None)
            subject = " ".join(ws[:cut]) if cut else subject
    else:
        subject = english_subject(text[start:verb.start()], pat)
        before = (_WORD.findall(text, max(start, verb.start() - 12), verb.start()) or [""])[-1]
        if subject and fold(subject.split()[-1]) in pat.determiners or fold(before) in ("not", "never"):
            return None  # (The disputed border region: after a determiner the form is an adjective; had not
            # denied: no denial)
    if not subject or is_pronoun(subject, pat) or len(subject.split()) > _longest_subject(subject, pat):
        return None  # (a headline's run of words, Mediators race to save truce as warring sides deny, is none; a
        # role may carry its name: عميد كلية الطب البشري الدكتور عبدالحكيم الشريف)
    return subject, verb


_WHAT_THEY_ANSWERED = re.compile(r"\s*[وف]?(?:هو|هي|هذا)\s+ما\s")


def _relative_frame_before_saying(text: str, start: int, end: int, after: tuple[int, int, bool] | None,
                                  pat: LanguagePatterns, starts: PhraseStarts) -> str | None:
    """The subject of `، وهو ما ردّ عليه X` (text[start:end]) when the clause `after` it opens with a participle
    of saying (بالقول إن، قائلا): that clause's speaker, the relative only its frame; else None."""
    if pat.language != "ar" or after is None or not after[2]:
        return None
    but = _BUT_SUBJECT_ANSWERED.fullmatch(text, start, strip_span(text, start, end, _LEAD)[1])
    if but and fold(but.group(2)) in pat.addressing_verbs:
        subject = arabic_subject_before(text, start, but.start(2), pat) or but.group(1)  # (لكن مصدرا في الوزارة ردّ
        # على ذلك قائلا: the subject before its verb of answering, however long: مصدرا في وزارة الزراعة التابعة
        # للحكومة المكلفة من مجلس النواب)
        return subject if len(subject.split()) <= 10 else None
    if not _WHAT_THEY_ANSWERED.match(text, start, end):
        return None
    found = attr.arabic_frame(text, start, after[1], pat, starts)
    return found.speaker if found and found.speaker and start < found.start < end <= found.content_start else None


# (لكن مصدرا في وزارة الزراعة ردّ على ذلك: but, the subject, a verb of answering and what it answered)
_BUT_SUBJECT_ANSWERED = re.compile(_BUT_SUBJECT + r"([^\s،,]+)(?:\s+(?:على|إلى)\s+[^\s،,]+(?:\s+[^\s،,]+)?)?\s*")


_LET_ME = re.compile(r"(?:(?<!\w)[وف]?(?:دعني|دعيني|دعونا)|\b[Ll]et\s+(?:me|us)|\b(?:[Yy]ou|I|[Ww]e)"
                     r"(?:['’](?:d|ll|ve|re|m))?)(?:\s+\w+)?\s+$")
# (and `you said`, `I said`, `I'd say`: the persons speaking and spoken to)


def _only_a_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is an Arabic clause only a reporting verb and its subject (استطرد وزير الصحة), with no object or content
    (وشدد السيسي على أهمية المشروع has one)? (English: see _only_an_english_frame.)"""
    if _CAME_BACK_TO_REPLY[pat.language].fullmatch(text, *strip_span(text, start, end)):
        return True  # (وعاد النائب الرواشدة ليعقب قائلا, `X came back to reply, saying`: the participle's frame)
    if pat.language != "ar":
        return _only_an_english_frame(text, start, end, pat)
    start = strip_span(text, start, end)[0]
    intro_comma = COMMA.search(text, start, min(end, start + 24)) if opens_for_its_part(text, start, end) else None
    if intro_comma:
        start = strip_span(text, intro_comma.end(), end)[0]  # (من جانبه، ردّ X: past the intro)
    first = _WORD.match(text, start, end)
    addressing = first is not None and fold(first.group().lstrip("وف")) in pat.addressing_verbs
    verb = pat.verb.match(text, start, end) or (first if addressing else None)
    if verb is None:
        return _subject_then_answering(text, start, end, pat)
    while addressing and end > verb.end() and text[end - 1] in " ،,":
        end -= 1  # (past the comma before the participle)
    medium = _ON_ITS_PAGE.search(text, verb.end(), end) if addressing else None
    end = medium.start() if medium else end  # (علّق X على القرار عبر صفحته على "فيسبوك" قائلا: where he wrote it)
    rest = _WORD.findall(text, verb.end(), end)
    subject = arabic_subject_after(text, verb.end(), end, pat).split()
    if any(is_possessed_object(w, pat) for w in subject[2:]):
        return False  # أبدى اتحاد الغرف التجارية ترحيبه بالقرار: an object, the clause narrates an act
    n_subject = len(subject)
    apposed = _NAME_SET_OFF.match(text, _past_words(text, verb.end(), end, n_subject), end) if (
        addressing and n_subject) else None
    if apposed:  # (وعلّق رئيس حزب "الوعي"، هشام زكي، على القرار: the name set off after the role, the subject's)
        n_subject += len(_WORD.findall(text, apposed.start(), apposed.end()))
    if addressing and 0 < n_subject < len(rest) <= n_subject + 4 and (
            fold(rest[n_subject]) in _ADDRESSEE_PREPOSITIONS or fold(first.group().lstrip("وف")).startswith("خاطب")):
        return True  # ورد الدسوقي على الانتقادات قائلا / وتوجه إلى الأولياء قائلا / وخاطب الجعار أعضاء البرلمان
        # قائلا: whom it answered or addressed
    return bool(rest) and n_subject == len(rest)


_ADDRESSEE_PREPOSITIONS = frozenset(fold(w) for w in ("على", "إلى"))
# came back (عاد، عادت), its subject, then to reply or comment (ليعقب، لترد، ليعلق) and on what
_CAME_BACK_TO_REPLY = {
    "ar": re.compile(r"\s*[وف]?(?:عاد|عادت|عادوا)\s+[^،,.:]{2,60}?\s+ل[يت](?:عقب|رد|ردّ|علق|عقّب|علّق)(?:وا)?"
                     r"(?:\s+على\s+[^،,.:]{1,50})?[\s،,]*"),
    "en": re.compile(r"\s*[^,.;:]{2,60}?\s+(?:came|comes|returned)\s+back\s+to\s+(?:reply|respond|comment)"
                     r"(?:\s+to\s+[^,.;:]{1,50})?[\s,]*"),
}
_WHERE_ANSWERED = frozenset(("on", "to", "in", "at", "via", "during", "after"))


def _subject_then_answering(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is an Arabic clause a person's subject with asides, then a verb of answering and whom or what it answered
    (لكن المدير العام، المهندس وسيم الخطيب، رد على هذه الاتهامات), perhaps where (في تصريح صحفي), before a participle's
    speech: only its frame?"""
    opening = _CONTRAST_OPENING.match(text, start, end)
    subject_start = opening.end() if opening else start
    verb = next((w for w in _WORD.finditer(text, subject_start, end)
                 if fold(w.group().lstrip("وف")) in pat.addressing_verbs), None)
    if verb is None:
        return False
    while end > verb.end() and text[end - 1] in " ،,":
        end -= 1  # (past the comma before the participle)
    where = _ON_ITS_PAGE.search(text, verb.end(), end)
    rest = _WORD.findall(text, verb.end(), where.start() if where else end)
    if not rest and where:  # (ردّ في بيان مقتضب: only where it answered, after a plain subject)
        subject = _WORD.findall(text, subject_start, verb.start())
        return 0 < len(subject) <= 5 and not COMMA.search(text, subject_start, verb.start()) and not any(
            pat.verb.fullmatch(w) for w in subject) or _person_with_asides(text, subject_start, verb.start(), pat)
    return 0 < len(rest) <= 4 and fold(rest[0]) in _ADDRESSEE_PREPOSITIONS and _person_with_asides(
        text, subject_start, verb.start(), pat)


# a particle of contrast opening a clause before its subject (لكن، غير أن، إلا أن)
_CONTRAST_OPENING = re.compile(r"\s*" + _CONTRAST_PARTICLE + r"\s+")


def _only_an_english_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is an English clause a subject and a verb of answering or commenting, perhaps with where or to what (`The
    party's leader, Hisham Zaki, responded on Facebook`), before a participle's speech: no claim of its own?"""
    ws = [fold(w) for w in _WORD.findall(text, start, end)]
    at = next((i for i, w in enumerate(ws) if i and w in pat.addressing_verbs), None)
    if at is None:
        return False
    after = ws[at + 1:]
    where = next((k for k in range(1, len(after)) if after[k] in _WHERE_ANSWERED and _WHERE_NOUNS.intersection(
        after[k + 1:k + 3])), None)
    after = after[:where] if where else after  # (`responded to the accusations in a statement carried by X`)
    return len(after) <= 6 and (not after or after[0] in _WHERE_ANSWERED) and "that" not in after


# what an answer was given in (in a statement carried by the paper, on a post): where, no object of the verb
_WHERE_NOUNS = frozenset(("statement", "interview", "post", "remarks", "comments", "briefing", "conference", "tweet",
                          "letter", "email", "video", "call", "speech", "message"))  # (in a call with Al-Shorouk)
# where a comment was posted, closing its frame (عبر صفحته على "فيسبوك"، في تغريدة على منصة إكس)
# (or in what it was said: في تصريح نقلته صحيفة "الوطن" المحلية، في بيان)
_ON_ITS_PAGE = re.compile(r"\s+(?:عبر|في|على|خلال)\s+(?:صفحت|حساب|تغريدة|منشور|تدوينة|تصريح|بيان|مؤتمر|حديث|مقابلة"
                          r"|اتصال|لقاء|حوار)"  # (في اتصال مع «الشروق»: on a call with the paper)
                          r"[^،,.:]{0,60}$")
# a name set off between commas after the subject's role (، هشام زكي،)
_NAME_SET_OFF = re.compile(r"[^،,]*?[،,]\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*[،,]")


def _past_words(text: str, start: int, end: int, n: int) -> int:
    """Where the `n`th word of text[start:end] ends (start if n is 0)."""
    found = list(islice(_WORD.finditer(text, start, end), n))
    return found[-1].end() if found else start


_GERUND_AFTER = re.compile(r"\s+([a-z]+ing)\b")


def _speech_verb_at(text: str, at: int, end: int, pat: LanguagePatterns) -> bool:
    """Does a reporting verb open text[at:end] (not one reporting only a quotation with none after it)?"""
    verb = pat.verb.match(text, at, end)
    return verb is not None and not attr.without_its_quotation(text, verb, end, pat)


def _another_party_acts(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the subject of the clause text[start:end] (after a subordinator) a party: a body or a person named or
    referred to by a generic noun (the government, الحكومة), not a thing (food prices, الأسعار)?"""
    subject = attr.main_subject(text, start, end, pat)
    if not subject or len(subject.split()) > 6:
        return False
    if pat.language == "en":
        at = text.find(subject, start, end)  # (the subject as written; -1 when its words were tidied)
        after = at + len(subject) if at >= 0 else end
        measured = _WORD.match(text, SPACES.match(text, after, end).end(), end) if at >= 0 else None
        named = party(text, start, end, pat) is not None or any(w[:1].isupper() for w in subject.split()[1:]) or (
            fold(subject.split()[-1]) in _PARTY_HEADS)  # (`, while the drivers' union Aslef called`, `, while the
        # opposition called`: a body named or by its noun)
        return named and not _PASSIVE_AFTER.match(text, after, end) and not (
            measured and measured.group().lower() in _MEASURED)
        # (`, while Champagne was expected to fare better`: nobody acting; `, while Katsina recorded the slowest
        # rise`: a figure measured of a place: the report goes on)
    verb = _WORD.search(text, start, end)
    if verb and fold(verb.group()) in _MEASURED_AR:
        return False  # (`، في حين يتصدر الفرع الأدبي بأكثر من 41 ألف طالب`: a figure of the same data, no act)
    return _a_party(subject.split()[0], pat) or attr.is_generic(subject, pat) or fold(subject.split()[0]) in _OTHERS


_OTHERS = frozenset(fold(w) for w in ("آخرون", "آخرين", "أخريات", "البعض", "غيرهم"))  # (بينما اشتكى آخرون)
_PARTY_HEADS = frozenset(("union", "unions", "opposition", "government", "council", "ministry", "party", "company",
                          "regulator", "board", "committee", "association", "federation", "campaigners", "critics"))
# verbs of a figure measured (Katsina recorded the slowest rise, exports rose): no party's act
_MEASURED = frozenset(("recorded", "registered", "posted", "saw", "reached", "rose", "fell", "grew", "dropped",
                       "climbed", "increased", "decreased", "declined", "slipped", "jumped"))
# the same in Arabic (يتصدر، سجلت، بلغ، ارتفعت): a figure's verb, no party's act
_MEASURED_AR = frozenset(fold(w) for w in (
    "يتصدر", "تتصدر", "تصدر", "تصدرت", "سجل", "سجلت", "يسجل", "تسجل", "بلغ", "بلغت", "يبلغ", "تبلغ", "ارتفع",
    "ارتفعت", "يرتفع", "ترتفع", "تراجع", "تراجعت", "يتراجع", "انخفض", "انخفضت", "ينخفض", "تنخفض", "وصل", "وصلت",
    "يصل", "تصل", "حل", "حلت", "يحل", "تحل", "جاء", "جاءت", "يأتي", "تأتي"))
# a passive verb right after a subject: the subject undergoes, it does not act
_PASSIVE_AFTER = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?"
                            r"[a-z]+(?:ed|en)\b"
                            # (but expected to announce its own: the party's act to come, narrated)
                            r"(?!\s+to\s+(?:announce|publish|unveil|decide|confirm|vote|reveal|set|make)\b)")


def _a_party(word: str, pat: LanguagePatterns) -> bool:
    """Is an Arabic noun the head of a party: a body (الحكومة، وزارة) or a person's role, perhaps in the plural
    (ناشطين، مزارعون)?"""
    head = fold(word.removeprefix("ال"))
    singular = head[:-2] if head.endswith(("ين", "ون")) and len(head) > 4 else head
    body = head[:-2] + "ه" if head.endswith("ات") and len(head) > 4 else head  # (جمعيات تعاونية: جمعية)
    return (head in pat.name_heads and head not in _THING_HEADS or head in pat.person_roles
            or singular in pat.person_roles or body in pat.name_heads and body not in _THING_HEADS
            or head in pat.source_nouns)  # (مصادر من الجمارك: sources)


# heads of a name that are no party acting (عملية تجديدها، مشروع الربط، مهرجان قرطاج): a thing or an event
_THING_HEADS = frozenset(fold(w) for w in ("عملية", "مشروع", "برنامج", "فيلم", "كتاب", "مسلسل", "مبادرة", "حملة",
                                           "مهرجان", "مؤتمر", "مسابقة", "بطولة", "تطبيق", "ملتقى", "منتدى",
                                           "معرض"))


def _in_the_speakers_words(text: str, quoted: list[tuple[int, int | None]], cs: int) -> bool:
    """Is a clause starting at `cs` inside one of the stretch's quotations, or opening one right after the colon
    closing a report's content (`أنه ينتظر ... مع جاره: "في كل جلسة يقولون لنا تأجيل`: the speaker's own words)?"""
    return _inside_an_open_quotation(quoted, cs) or cs < len(text) and text[cs] in _OPENERS and (
        text[max(0, cs - 3):cs].rstrip().endswith(":"))


def _inside_an_open_quotation(quoted: list[tuple[int, int | None]], cs: int) -> bool:
    """Does a clause starting at `cs` open inside one of the stretch's quotations `quoted` (opener, closer or None:
    never closed), in order?"""
    last = bisect.bisect_left(quoted, (cs,)) - 1  # (the last quotation opened before cs)
    return last >= 0 and (quoted[last][1] is None or quoted[last][1] > cs)


def _narrated_act(text: str, start: int, end: int, pat: LanguagePatterns) -> re.Match | None:
    """The first verb of a narrated act in text[start:end] (دعت، طالب), not a noun it is spelled like after a count
    (41 ألف طالب: students)."""
    for act in pat.narrated_act.finditer(text, start, end):
        before = _word_before(text, start, act.start())
        if not (before[:1].isdigit() or pat.quantity.fullmatch(before)):
            return act
    return None


def _narrates_a_report(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts) -> bool:
    """Has a clause without a frame a reporting verb of its own (`and aid agencies warn of famine`)? It narrates
    an act, the article's claim, not more of the content before it. (A homograph such as تظهر, show, counts
    only opening its clause: mid-clause it is the content's own verb.)"""
    verb = next((v for v in starts.finditer(pat.verb, start, end)  # (because of fears people have: a noun)
                 if (pat.language != "en" or not attr.makes_a_noun(_word_before(text, start, v.start()))
                     and not attr.counted_noun(_word_before(text, start, v.start()), v.group("w"))
                     and not text.startswith(" at ", v.end()))  # (a backlog estimated at R30bn: a participle)
                 and not attr.without_its_quotation(text, v, end, pat)), None)
    if verb is None or fold(verb.group("w")) in pat.homographs and not attr.after_subordinator(
            text, strip_span(text, start, end)[0], verb.start(), pat):  # (but في حين تقدر الحكومة: opening its clause)
        return _narrated_act(text, start, end, pat) is not None  # (، فيما دعت جمعيات المرضى إلى سحبه)
    if _narrated_act(text, start, verb.start(), pat):
        return True  # `, while the Liberal Democrats called for a fund, where deficits are expected to`: the act
        # comes first
    if pat.language == "ar" and fold(verb.group("w")) in pat.homographs:
        after = _WORD.search(text, verb.end(), end)
        if after and not _a_party(after.group(), pat) and not pat.complementizer.search(text, verb.end(), end):
            return False  # `، بينما تقدر الإيرادات غير النفطية بنحو 2.9 مليار`: estimated at, a figure of the same
            # report (but في حين تقدر الحكومة: a party estimating)
    gerund = _GERUND_AFTER.match(text, verb.end(), end) if pat.language == "en" else None
    if gerund and fold(gerund.group(1)) not in pat.ing_nouns:
        return False  # `, and many callers reported being in constant pain`: an experience told, no report of its
        # own (its verb takes no clause)
    if pat.language == "ar" and fold(verb.group("w")).lstrip("وف") in pat.relayed and not _FROM_SOON.match(
            text, verb.end(), end):
        return False  # `، ونقل بمروحية إلى مستشفى`: carried (نُقل), not a report relayed from someone
    if pat.language == "ar" and fold(verb.group("w")).lstrip("وف") in pat.going_on and not (
            pat.complementizer.search(text, verb.end(), min(end, verb.end() + 80))
            or pat.participle.search(text, verb.end(), min(end, verb.end() + 40))
            or text.find(":", verb.end(), min(end, verb.end() + 40)) >= 0):
        return False  # `، بينما زادت الواردات 1.1 بالمئة`: increased, no content of its own (زاد قائلا adds one)
    before = _WORD.findall(text, start, verb.start())
    # (`producers were expected to raise`: nobody reports; `and they did not expect`: the same party goes on)
    if pat.language == "ar" and any(fold(w) in NEGATIONS and following[:1] in "نأ"
                                    for w, following in zip(before, before[1:] + [verb.group("w").lstrip("وف")])):
        return False  # `، "والآن لا نعرف إن كانت ستعترف"`: a negated verb in the first person, the speaker's words
    if not before:
        return True
    if pat.language == "ar" and fold(before[-1]) in pat.relatives:
        return False  # `، وراجعت تسجيلات الكاميرات التي "تكشف تأخرا"`: the relative's verb, its subject a thing named
        # before, the report goes on
    passive = fold(before[-1]) in pat.passive
    goes_on = (pat.language == "en" and 1 < len(before) <= 4 and before[0].lower() in ("and", "but")
               and before[1].lower() in _PERSONAL_PRONOUNS)
    return not (passive or goes_on)


def _pieces(text: str, sent: tuple[int, int], regions, pat: LanguagePatterns) -> list[tuple[int, int, object]]:
    """The sentence cut into plain stretches (None) and quotation contents (the region); a frame's relative
    aside (`X, who is ..., said: "..."`) is a plain stretch of its own."""
    s, e = sent
    if not regions:  # most sentences: no quotation near them
        return [(s, e, None)] if s < e else []
    marks = []
    for region in regions:
        (cs, ce), frames, _, _ = region
        for fs, fe in frames:
            if fs < e and fe > s:
                marks.append((max(fs, s), min(fe, e), "frame"))
                marks.extend((rs, re_, None) for rs, re_ in _relative_asides(text, max(fs, s), min(fe, e), pat))
        if cs < e and ce > s:
            marks.append((max(cs, s), min(ce, e), region))
    marks.sort(key=lambda m: (m[0], m[1]))
    out = []
    pos = s
    for ms, me, what in marks:
        if what is None:  # an aside inside the frame before it
            out.append((ms, me, None))
            continue
        if ms > pos:
            out.append((pos, ms, None))
        if what != "frame":
            out.append((max(ms, pos), me, what))
        pos = max(pos, me)
    if pos < e:
        out.append((pos, e, None))
    return out


# the most of (أبرز، أهم): a list's heading opens with one
_MOST_OF = frozenset(fold(w) for w in ("أبرز", "أهم", "أكثر", "أكبر", "أول", "أولى"))


def _names_what_follows(text: str, unit: Unit, pat: LanguagePatterns) -> bool:
    """Is a claim closing with a colon only the heading of the list after it (أبرز ما تحقق, The main achievements
    of the projects), no statement with its verb (ستعمل في المستشفى الخدمات التالية)?"""
    ws = _WORD.findall(text, unit.start, unit.end)
    if pat.language == "ar":
        return bool(ws) and fold(ws[0]).removeprefix("و") in _MOST_OF
    return bool(ws) and not any(fold(w) in pat.finite for w in ws)


def _heads_the_list(text: str, units: list[Unit], pat: LanguagePatterns) -> bool:
    """Are the narrated claims of a paragraph closing with a colon, before a list, only its heading: the most of
    something (أبرز أسباب الأزمة; The main causes of the crisis) with no verb, perhaps with who lists them (، كما
    يعددها محللون; `, as analysts list them`)?"""
    if any(u.kind != "statement" for u in units) or len(units) == 2 and not _AS_THEY_LIST.match(
            text, units[1].start, units[1].end):
        return False
    if pat.language == "ar":
        return _names_what_follows(text, units[0], pat)
    ws = _WORD.findall(text, units[0].start, units[0].end)
    return any(fold(w) in _MOST_OF_EN for w in ws[:3]) and not any(
        fold(w) in pat.finite or w.endswith("ed") or pat.verb.fullmatch(w) for w in ws)


# the most of (main, key, biggest): an English list's heading opens with one
_MOST_OF_EN = frozenset(("main", "key", "top", "biggest", "major", "chief", "principal", "leading"))
# as someone lists them, after a list's heading (، كما يعددها محللون)
_AS_THEY_LIST = re.compile(r"\s*(?:كما|مثلما)\s")


def _quotation_goes_on(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Do the paragraphs after spans[i] take up a quotation it leaves open: the next opening with a quotation mark
    (newswire repeats the opener), or one of the next three closing a quotation it never opened, with no
    quotation mark in the paragraphs between (a speech quoted over several paragraphs, one opener, one closer)?"""
    if i + 1 < len(spans) and text[spans[i + 1][0]] in _QUOTES + "‘":
        return True  # (in single marks too: ‘Nobody is taking sides ... then ‘But the evidence is clear)
    for ns, ne in spans[i + 1:i + 4]:
        if dangling_closer(text, ns, ne) is not None:
            return True
        if has_marks(text, ns, ne):
            return False
    return False


# a name owning the subject that opens a clause (Baltica's board): what `it` may stand for in a frame after it
_NAME_OWNS_THE_SUBJECT = re.compile(r"\s*((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s\s+[a-z]")
# a sentence naming the quotation before it as the words someone summed something up in (بهذه العبارة يختصر X،
# That is how X sums up): that quotation's frame, set after it
_WITH_THESE_WORDS = {
    "ar": re.compile(r"\s*[وف]?ب?(?:هذه|هذا|تلك)\s+(?:العبارة|العبارات|الكلمات|الجملة|الكلمة|الجمل)"
                     r"\s+(?P<verb>[^\W\d]+)\s+"),
    "en": re.compile(r"\s*(?:That|This)\s+is\s+how\s+(?P<who>[^,.;:]{3,80}?)\s+(?:sums?|summed|puts?|describes?"
                     r"|described|explains?|explained|sees?|saw)\b"),
}


# what a quotation sums up (المزاج، الوضع، المشهد): the summing-up verb's object after its subject
_WHAT_IS_SUMMED_UP = frozenset(fold(w) for w in ("المزاج", "الوضع", "المشهد", "الحال", "الموقف", "الأجواء", "الصورة",
                                                 "الواقع", "القصة", "الأمر", "المعاناة", "الأزمة", "حال", "موقف"))


def _credits_the_quotation_before(text: str, start: int, end: int, ps: int, state: State,
                                  pat: LanguagePatterns) -> bool:
    """Is text[start:end] the frame of the quotation right before it in its paragraph (`بهذه العبارة يختصر
    مسؤول في المديرية المزاج السائد`)? Then that quotation's claims are credited to whom it names."""
    found = _WITH_THESE_WORDS[pat.language].match(text, start, end)
    last = state.units[-1] if state.units else None
    quoted = last is not None and (last.kind == "quote" or last.kind == "statement" and last.start > 0 and text[
        last.start - 1] in _QUOTES)  # (a quotation nobody was there to credit is in the article's voice so far)
    if found is None or not quoted or last.start < ps:
        return False
    if pat.language == "ar":
        ws = arabic_subject_after(text, found.end(), end, pat).split()
        summed = next((i for i, w in enumerate(ws) if i and fold(w) in _WHAT_IS_SUMMED_UP), len(ws))
        speaker = " ".join(ws[:summed]) or None  # (يختصر مسؤول X المزاج السائد: what he sums up, the verb's object)
    else:
        speaker = clean_speaker(found.group("who")) or None
    if speaker is None:
        return False
    speaker = state.resolve(speaker, pat)
    k = len(state.units) - 1
    while k >= 0 and state.units[k].kind == last.kind and state.units[k].start >= ps and (
            state.units[k].speaker == last.speaker) and (last.kind == "quote" or k == len(state.units) - 1):
        unit = state.units[k]
        state.units[k] = Unit(unit.start, unit.end, speaker, found.group("verb") if pat.language == "ar" else None,
                              "quote", unit.language)
        k -= 1
    state.last_speaker = speaker
    return True


# a frame set between two quotations of one speaker: the closing mark, a comma, the frame, a comma and the opening
# mark (`«هذا صيد ليلة كاملة»، يقول أبو محمد، «قبل عشر سنوات ...`)
_FRAME_BETWEEN_QUOTATIONS = re.compile(r"(?:[\"”»]\s*[،,]|[،,]\s*[\"”])\s*([^\"“”«»،,.!?؟]{2,120}?)[،,]"
                                       r"\s*[\"“«]")


# Arabic openers of a time clause (عندما، حين، لما، كلما)
_WHEN_AR = frozenset(fold(w) for w in ("عندما", "حين", "حينما", "لما", "كلما", "وعندما", "ولما", "بعدما", "قبلما"))
# words that carry a sentence on past a frame set inside a quotation (أن، لأن ...; but لكن opens a claim of its own
# there as anywhere after a comma, as `"A," she said, "but B"` does)
_CONTINUING_AR = frozenset(fold(w) for w in ("أن", "إن", "لأن", "لأنه", "لأنها", "لأنهم", "بل", "حتى", "كي", "لكي",
                                             "مما", "الذي", "التي", "الذين"))  # (بل: not only X but Y, one claim)


def _parts_around_a_frame(text: str, start: int, end: int, pat: LanguagePatterns) -> list[tuple[int, int]]:
    """text[start:end] quoted, in the parts around a frame set between two of its quotations (the frame no part of
    either claim; `"A," she said, "but B"` splits at its conjunction anyway)."""
    found = _FRAME_BETWEEN_QUOTATIONS.search(text, start, end)
    if found is None or not pat.verb.search(found.group(1)) or len(_WORD.findall(text, start, found.start())) < 3:
        return [(start, end)]
    opening = _WORD.search(text, start, found.start())
    if pat.conditional.match(text, opening.start()) or pat.subordinate.match(text, opening.start()) or fold(
            opening.group()) in _WHEN_AR:
        return [(start, end)]  # (`«عندما وصلت المياه»، قال المزارع، «لم يبق لدينا شيء»`: a time or a condition, its
        # main clause after the frame)
    resumed = _WORD.search(text, found.end(), end)
    if resumed is None or (not resumed.group()[:1].isupper() if pat.language == "en" else (
            resumed.group()[:1] in "وف" or fold(resumed.group()) in _CONTINUING_AR
            or verbless_arabic(text, found.end(), end, pat))):  # (، «من دون حل عادل»: a phrase of the sentence)
        return [(start, end)]  # (`"The client accounts," he told the jury, "were supposed to be untouchable"`,
        # `"المشكلة"، يتابع السيد، "أن جزءا كبيرا ...`: the sentence goes on past the frame, one claim with the frame
        # inside)
    return [(start, found.start()), (found.end(), end)]


def iter_units(text: str) -> list[Unit]:
    state = State()
    out = _Emitter(text, state)
    in_list = False  # under a heading of sources or related links, until a paragraph ends like a sentence
    in_body = False  # a paragraph of the article's body came (see is_body_heading)
    spans = paragraphs(text)
    left_open = False  # the paragraph before left a quotation open that the next ones take up
    phone_in = lru_cache(maxsize=1)(lambda: _CALLER_LABEL.search(text) is not None)  # (read once, when needed)
    open_quotation: tuple[int, int] | None = None  # where that quotation's words start, and its first unit's index
    bylined = False  # the paragraph before was a byline (By Helen Marsh)
    question_before = False  # the paragraph before was an interview's question (Q: ...? / - هل ...؟)
    asking_mark = answering_mark = None  # the list marks before an interview's questions and before its answers
    labelled = False  # the paragraph before was a caption's label alone (Image caption,)
    listed_by: str | None = None  # the speaker of a frame closing its paragraph with a colon, for the list after it
    interviewee: str | None = None  # whom an interview's turns answer for, named before its first question
    named_turn_before = False  # the paragraph before was a turn labelled with a name (a transcript: TREGENZA:)
    transcript = False  # two named turns came one after the other, or a broadcast's label (X, BYLINE:): a transcript
    explainer = False  # the questions and answers under a heading that announces them are the paper's own
    introduced_by: str | None = None  # the actor of a narrated act closing its paragraph with a colon (X defended
    # the bill:), for the quotation after it
    line_labels = _line_labels(text, spans)  # (a transcript's speakers named on lines of their own)
    line_speaker: str | None = None  # the last of those labels: its turn goes on until the next one
    for i, (ps, pe) in enumerate(spans):
        if i in line_labels:
            line_speaker = line_labels[i]
            continue
        listing, listed_by = listed_by if opens_with_a_list_mark(text, ps, pe) or opens_with_an_ordinal(
            text, ps, pe) else None, None
        frame_before, units_before = state.last_speaker, len(state.units)
        introducer, introduced_by = introduced_by, None
        taken_up, left_open = left_open, False
        pat = patterns(language_of(text, ps, pe, sample=400))  # a paragraph's opening tells its language
        after_label, labelled = labelled, is_caption_label(text, ps, pe, pat)
        if after_label and pe - ps <= 300 and not (text[pe - 1] in ".!?؟" and len(_WORD.findall(text, ps, pe)) > 15):
            continue  # the caption on the line after its label (not a lead of a full sentence after `صورة أرشيفية`,
            # a caption of its own)
        if bylined and pe - ps <= 80 and pat.role_line.match(text, ps, pe):
            continue  # the byline's role on the line after it: `BBC News Online political reporter`
        bylined = pe - ps <= 60 and pat.byline.match(text, ps, pe) is not None
        if is_list_heading(text, ps, pe, pat):
            in_list = True
            continue
        in_list = in_list and is_list_entry(text, ps, pe)
        mark = LIST_ITEM.match(text, ps, pe) if i else None
        marked = mark.group().strip().lstrip("0123456789") if mark else ""  # (•, -; a numbered item's . or -)
        if marked and (is_question(text, ps, pe) or interviewee and answering_mark not in (None, marked) and (
                _QUESTION_MARK.search(text, ps, pe) or marked == asking_mark)):
            # (`- هل يحق للشركات رفع الأسعار؟` after `"العربية.نت" سألت العموش عن مخاوف المستهلكين:`: an interview's
            # question, no claim; the line after it answers. Its mark tells the next questions, however they end:
            # `• هناك من يتهم البنك برفع الفائدة...` when the answers have another, `- `)
            interviewee = interviewee or _interviewee(text, *spans[i - 1], pat)
            question_before, asking_mark, state.answerer = True, marked, None
            scan = PhraseStarts(text, ps, pe, pat)
            for s_start, s_end in sentences(text, body_start(text, ps, pe, pat), pe, pat.language):
                if not is_question(text, s_start, s_end):  # (`• بلغت نسبة التضخم 7,2%. هل خرجت الأسعار عن
                    # السيطرة؟`: the interviewer's premise, a claim in the paper's voice)
                    _plain(text, s_start, s_end, pat, scan, out, None, True)
            continue
        # (a paragraph closing with a colon right before a list's first item: a heading or a frame of the list)
        before_a_list = text[pe - 1] == ":" and i + 1 < len(spans) and (opens_with_a_list_mark(
            text, *spans[i + 1]) or opens_with_an_ordinal(text, *spans[i + 1]))  # (or a numbered point: أولا: X)
        included = (_WHAT_THEIR_WORDS_INCLUDED[pat.language].match(text, ps, pe)
                    or _ITS_FINDINGS[pat.language].fullmatch(text, ps, pe)
                    or _A_DOCUMENTS_POINTS[pat.language].match(text, ps, pe)) if before_a_list else None
        if included:  # (وتضمنت إجابات الوزير على أسئلة الصحفيين النقاط التالية: / The minister's answers included the
            # following points:; The report's key findings:) the list's frame, no claim; its items the speaker's
            listed_by = state.resolve(included.group(1), pat)
            continue
        issued = _ISSUED_THE_FOLLOWING[pat.language].search(text, ps, pe) if (
            text[pe - 1] == ":" and i + 1 < len(spans) and text[spans[i + 1][0]] in _OPENERS) else None
        if issued:  # (`Ms. Varga issued the following statement:`, `أصدرت فارغا البيان التالي:` then the quotation:
            # the frame alone, no claim; its subject speaks the quotation)
            last = sentences(text, ps, pe, pat.language)[-1][0]
            actor = issued.group("actor") if pat.language == "ar" else attr.main_subject(text, last, pe, pat)
            introduced_by = state.resolve(actor, pat) if actor else None
            if last == ps:
                continue
            pe = last  # (the sentences before it are claims of their own: `An IMF team visited Islamabad ... . At
            # the conclusion of the mission, Ms. Varga issued the following statement:`)
        if in_list or is_non_claim_paragraph(text, ps, pe, pat) and not (
                (question_before and interviewee or listing) and opens_with_a_list_mark(text, ps, pe)):  # (an answer
            # after its question, `- الصابة استثنائية بكل المقاييس.`, however short and verbless: the interviewee's
            # words; so is an item under a party's list, `- اعتماد نافذة واحدة لاستلام الوثائق إلكترونيا.`)
            if introduces_a_list(text, ps, pe) or before_a_list:  # (or a cue alone before its list: `وبحسب أرقام
                # الوزارة:` then `- تم نشر`)
                # (وكشف الدسوقي أن أبرز الأسواق جاءت على النحو التالي: then `- X`: each item is what he revealed;
                # so with a cue, وبحسب بيان صادر عن الشركة، يتميز المشروع بما يلي:)
                introduction = ps if in_list else sentences(text, ps, pe, pat.language)[-1][0]
                framed = None if is_key_points_heading(text, ps, pe) else (
                    introduction > ps and attr.frame(text, introduction, pe, pat)) or attr.frame(text, ps, pe, pat)
                # (أبرز النقاط: the most prominent points, no verb أبرز and its subject)
                # (the introduction's own frame first, then the paragraph's: `X warned that Y. It called for:`)
                cued = None if framed else attr.cue(text, ps, pe, pat)
                speaker = framed.speaker if framed else cued[2] if cued else None
                if speaker:
                    listed_by = state.resolve(speaker, pat)
                if introduction > ps:
                    pe = introduction  # (`The union warned that X. It called for the following:`: the sentences
                    # before the introduction are claims of their own)
                else:
                    continue
            else:
                continue
        if (before_a_list and (_LISTS_THEM["ar"].match(text, ps, pe) if pat.language == "ar"
                               else _LISTS_THEM["en"].search(text, ps, min(pe, ps + 80)))
                and attr.frame(text, ps, pe, pat) is None):  # (not `X said the reasons were many, and listed them:`)
            lister = attr.main_subject(text, ps, pe, pat)  # (وعدّد التقرير أسباب التراجع، ومنها: / The report listed
            # the causes, among them:) the list's frame, no claim; its items the lister's
            listed_by = state.resolve(lister, pat) if lister else None
            continue
        stated = statement_under_a_colon(text, ps, pe, pat)  # (a list item with its verb, no crosshead)
        turn = interview_turn(text, ps, pe, pat)
        if turn is None and i and pe - ps <= 300 and is_question(text, ps, pe) and _asked_after(
                text, ps, pe, pat) is None and not _framed_quotation(text, ps, pe, pat) and (
                interviewee or _asks_someone(text, *spans[i - 1], pat)
                or _asks_someone(text, *spans[i - 1], pat, "answering_verbs")  # (X spoke to The Hindu about it.)
                or _QUESTIONS.search(text, *spans[i - 1])):  # (or puts questions to someone: a narrated act, a claim)
            # (`We asked her what residents need to know.` then `What is the biggest problem you see?` on a line of
            # its own: an interview's question with no label, no claim; the line after it answers. Not a claim
            # asking after it: `وأضاف X أن Y، متسائلا: «...؟»`; nor a frame opening the paragraph, `ويقول أبو مصطفى:
            # “A. B. كيف ...؟”`, `X says: "A. B. How ...?"`, a quotation closing with its question)
            interviewee = interviewee or _interviewee(text, *spans[i - 1], pat)
            question_before = interviewee is not None
            continue
        asking = turn is not None and (fold(turn[0]) in pat.turn_labels.get("asking", ())
                                       or not turn[0] and is_question(text, ps, pe))  # (Q:, or a list mark before a
        # question: `- هل يحق للشركات رفع الأسعار؟`)
        unlabelled = turn is None and question_before and interviewee is not None  # (the answer on the line after
        # a question with no label of its own)
        if turn is None and not unlabelled:
            interviewee, explainer = None, False
        elif asking and i and _EXPLAINER.search(text, *spans[i - 1]):
            explainer = True  # (`Q&A: What the figures mean for borrowers` then `Q: ...`: the paper asks and answers)
        elif interviewee is None and i and asking:
            interviewee = _interviewee(text, *spans[i - 1], pat)  # (the interview's first question: the paragraph
            # before introduces whom it puts the questions to)
        if i + 1 < len(spans) and (turn is None and _introduces_an_interview(text, ps, pe, *spans[i + 1], pat) or (
                pe - ps <= 120 and _EXPLAINER.match(text, ps, pe))):  # (or an explainer's heading: أسئلة وأجوبة: ...)
            if turn is None and interviewee is None and pat.language == "en":  # (`In an interview, a customs
                # supervisor ..., Emmanuel Tetteh, described the scale of the challenge:`: the person it names)
                interviewee = _interviewee(text, ps, pe, pat) or out.english_actor_of(ps, pe, pat)
            continue  # (`"العربية.نت" سألت العموش عن مخاوف المستهلكين:`, `We asked ferry skipper Duncan Campbell what
            # the cut will mean.`: the asking before the questions, no claim)
        named_turn = _named_turn(turn, text, ps, pe, pat)
        broadcast = bool(turn) and (BROADCAST_ROLE.search(text, ps, turn[1]) is not None  # (DANA WHITCOMB, BYLINE:)
                                    or turn[0].lower() in BROADCAST_LABELS)  # (المذيعة (ليلى الساعدي):)
        transcript = transcript or named_turn and (named_turn_before or not broadcast and i + 1 < len(
            spans) and _named_turn_says(text, *spans[i + 1], pat))  # (two named turns one after the other: a
        # transcript's labels speak, past the reporter's unlabelled lines, from its first turn on; a reporter's
        # `NAME, BYLINE:` before them narrates)
        answerer = _answerer(turn[0] if turn else "", out, pat, interviewee) if (
            (turn or unlabelled) and (question_before or named_turn and transcript or bool(
                turn) and (turn[0].lower() in BROADCAST_LABELS or _HOST_IN_BRACKETS.search(text, ps, turn[1])
                           and phone_in())) and not explainer) else None  # (a phone-in host's label speaks from its
        # first turn: المذيع (عامر الخطيب):, DECLAN HEHIR (HOST): with callers after; not a programme's narration,
        # `ANNA KERR (host): Our reporter X has followed the story`, `NAME, HOST:`, `NAME, BYLINE:`)
        answerer = answerer or (line_speaker if not turn else None)
        if answerer and interviewee is None and question_before and not (turn and turn[0] and fold(
                turn[0]) not in pat.turn_labels.get("answering", ())):
            interviewee = answerer  # (the first answer's speaker, found before the interview, answers the rest: not
            # whoever the answers themselves name)
        transcript = transcript or broadcast  # (a broadcast's label: the turns after it are a transcript's)
        named_turn_before = named_turn  # (a transcript's turns one after another: `TREGENZA: ...` then `PENROSE:
        # Well, they would say that, wouldn't they? ...`, each its label's, a question opening it or not)
        question_before = turn is not None and (fold(turn[0]) in pat.turn_labels.get("asking", ()) or is_question(
            text, ps, pe))  # (an interview's question: the next turn answers it)
        past_label = bool(turn) and (answerer or explainer or fold(turn[0]) in pat.turn_labels.get("asking", ())
                                     or fold(turn[0]) in pat.turn_labels.get("answering", ())
                                     or broadcast)  # (DANA WHITCOMB,
        # BYLINE: a transcript's label, whoever speaks after it; A: or ج: before an answer whose answerer no
        # introduction named)
        ps = turn[1] if past_label else body_start(text, ps, pe, pat)
        answer_from = len(state.units)
        state.answerer = answerer
        answering_mark = marked if answerer is not None and marked else answering_mark
        if i + 1 < len(spans) and pe - ps <= 300 and is_caption_before(text, ps, pe, *spans[i + 1]):
            continue  # a photo's caption, its credit line after it
        if in_body and not stated and is_body_heading(text, ps, pe, pat):
            continue
        if (pat.language == "en" and i and i + 1 < len(spans) and text[pe - 1] not in ".!?;:\"”’'»)"
                and not listing and text[spans[i - 1][1] - 1] != ":"  # (not a point under `Key points:`)
                and 4 <= len(_WORD.findall(text, ps, min(pe, ps + 160))) <= 14 and text[ps] not in _OPENERS + "'‘"
                and not opens_with_a_list_mark(text, spans[i][0], pe) and not _DIGIT.search(text, ps, pe)
                and not pat.verb.search(text, ps, pe)):
            continue  # `Parents protested outside the council headquarters in Dumfries` between paragraphs: a photo's
            # caption, a sentence with no stop of its own (English prose ends each paragraph with one); a line with
            # a figure or a report is a standfirst's point (Third-quarter revenue fell 14%), kept; so is a key
            # point's bullet (its list mark read where the paragraph opens: body_start has moved past it)
        in_body = in_body or text[pe - 1] in ".!?؟\"”»" and pe - ps > 80  # past the headline, byline and dateline
        sents = sentences(text, ps, pe, pat.language)
        if sents and _WIRE_CLOSING.fullmatch(text, *sents[-1]):
            sents.pop()  # (`... استراحة لا تقل عن يومين. (النهاية) ب ع / م ف ق`: the wire's end mark and its editors'
            # initials, closing the last paragraph)
        if not sents:
            continue
        first_s, first_e = sents[0]
        sents[0] = (dateline_end(text, first_s, first_e), first_e)
        # verbs, participles and cues of the whole paragraph, in one scan: its stretches and quotation frames share it
        scan = PhraseStarts(text, ps, pe, pat)
        regions, left_open = _speech_regions(text, ps, pe, sents, pat, scan,
                                             lambda: _quotation_goes_on(text, spans, i), taken_up)
        mixed = None  # whether the paragraph has both scripts, found when a quotation needs it
        ends = [max([r[0][1]] + [fe for _, fe in r[1]]) for r in regions]  # ordered: regions never overlap
        first = 0
        for sent in sents:
            while first < len(regions) and ends[first] <= sent[0]:
                first += 1
            if _credits_the_quotation_before(text, *sent, ps, state, pat):
                continue  # (`«لا أحد يريد تكرار الفضيحة». بهذه العبارة يختصر مسؤول X المزاج`: the frame, after)
            if is_question(text, *sent):
                asked = _asked_after(text, *sent, pat)
                if asked is None:
                    asked = _question_after(text, *sent, pat)
                if asked is None:
                    asker = _asker(text, *sent, pat) or next((
                        r[2] for r in regions[first:first + 2] if sent[0] <= r[0][0] and r[0][1] <= sent[1]), None)
                    # (or the speaker of its frame after it: `"...؟" تساءل أحد المزارعين. "..."`, `"...?" asked X`)
                    if asker:  # (تساءلت الطبيبة X: "...؟"، وأشارت إلى أن: the one asking goes on; سُئل الوزير:
                        # "...؟" فأجاب: the one asked answers)
                        state.last_speaker = state.resolve(asker, pat)
                        state.narrated = -1  # (no actor of the narration before it answers)
                    continue
                sent = (sent[0], asked)  # X قال إن ...، متسائلا: "...؟": the claim before the asked question
            nearby = []
            k = first
            while k < len(regions) and min([regions[k][0][0]] + [fs for fs, _ in regions[k][1]]) < sent[1]:
                nearby.append(regions[k])
                k += 1
            pieces = _pieces(text, sent, nearby, pat)
            for n, (s, e, region) in enumerate(pieces):
                if region is None:
                    quoted_by = _quotation_reported_before(text, s, ps, pe, state)
                    inner_end = e
                    while inner_end > s and text[inner_end - 1] in _CLOSERS + " .":
                        inner_end -= 1  # (the quotation's closing mark may end the piece)
                    if quoted_by and not has_marks(text, s, inner_end):
                        # (`وقال X إن "A. B وكتب C"`: B is X's words, inside the quotation; no frame of its own)
                        cue = state.units[-1].cue
                        for cs, ce, _ in split_clauses(text, s, e, pat, scan):
                            out.emit(*strip_span(text, cs, ce), quoted_by, cue, "reported", pat.language)
                        continue
                    _plain(text, s, e, pat, scan, out, quoted_by or (
                        _framed_between(text, e, pieces[n + 1][2], pat) if n + 1 < len(pieces) else None),
                           whole_sentence=(s, e) == sent)
                    continue
                _, frames, speaker, cue = region
                if not speaker:
                    gender = _quotation_frame_gender(text, frames, cue, pat)
                    speaker = (out.named_actor(pat, cue) or (introducer if not frames else None)
                               or next((p for p in (out.person_before(text, *f, pat) for f in frames) if p), None)
                               or state.carried(gender) or out.narrator(pat, cue))
                    if speaker and gender and pat.language == "en":
                        state.genders.setdefault(state.resolve(speaker, pat), gender)  # (`"...," he said`: him)
                if mixed is None:  # (a quotation's own language: وكتب ترامب: "We will ..." quotes English)
                    mixed = bool(_LATIN.search(text, ps, pe)) and bool(_ARABIC.search(text, ps, pe))
                commanding = False  # the clause before was a call to the audience
                for cs, ce, _ in (clause for part in _parts_around_a_frame(text, s, e, pat)
                                  for clause in split_clauses(text, *part, pat, scan)):
                    cs, ce = strip_span(text, cs, ce)
                    framed = _FRAME_CLOSING_A_PART.search(text, cs, ce) if not frames else None
                    if framed and framed.start() > cs:
                        ce = framed.start()  # (`"A," she said, "but B"` split at but: A ends before its frame)
                    commanding = is_imperative(text, cs, ce, pat) or commanding and bool(
                        _JOINED_PLURAL_VERB.match(text, cs, ce))  # ("لا تضغطوا على أي رابط، وغيروا كلمات المرور")
                    if not commanding and not _asks(text, cs, ce, pat):  # ("Do not approach the river"; `"هل
                        # سنعيش كارثة درنة من جديد؟"، تساءل أحد السكان`: a question, its frame after it)
                        out.emit(cs, ce, speaker, cue, "quote", language_of(text, cs, ce) if mixed else pat.language)
                    elif speaker:  # (the call is no claim, but its speaker spoke: `"Do not waste water," said X. He
                        # added that ...`)
                        state.last_speaker = state.resolve(speaker, pat)
        if taken_up and open_quotation and regions and regions[0][0][0] == ps and regions[0][1] and regions[0][2]:
            _credit_the_open_quotation(state, *open_quotation, units_before, regions[0][0][1])
        if not left_open:
            open_quotation = None
        elif not taken_up and not regions[-1][1] and regions[-1][2] is None:
            open_quotation = regions[-1][0][0], units_before  # (a quotation with no frame before it, left open:
            # a frame after its closing mark, paragraphs later, may name who spoke it)
        if answerer:
            _in_the_answerers_voice(state, answer_from, state.resolve(answerer, pat))
        elif listing:
            _in_the_answerers_voice(state, answer_from, listing, "reported")  # (`وجاء في بيان المنظمة:` then `- سجلت
            # ...`: each item is the statement's)
        if (before_a_list and len(state.units) == units_before + 1 and state.units[-1].kind == "according-to"
                and _names_what_follows(text, state.units[-1], pat)):
            listed_by = state.units.pop().speaker  # (`وأبرز ما تحقق من مشاريع الإرث، وفقا للجنة:` then `- X`: the
            # list's heading, no claim; each item is the committee's)
        elif (before_a_list and 0 < len(state.units) - units_before <= 2
              and _heads_the_list(text, state.units[units_before:], pat)):
            del state.units[units_before:]  # (`وأبرز أسباب الأزمة، كما يعددها محللون:`, `The main causes of the crisis,
            # as analysts list them:` then `1. X`: the list's heading, no claim)
        elif (text[pe - 1] == ":" and len(state.units) == units_before + 1 and state.units[-1].kind == "statement"
              and not text[state.units[-1].end:pe].strip(" :") and i + 1 < len(spans)
              and text[spans[i + 1][0]] in _OPENERS):
            # (`Liberal backbencher Amrit Dhillon, a former union organizer, defended the legislation:` then `"I have
            # walked picket lines ..."`: the narrated act's actor speaks the quotation after its colon)
            actor = (attr.main_subject(text, state.units[-1].start, state.units[-1].end, pat) or "").split()
            actor = actor[:next((k for k, w in enumerate(actor) if k and fold(w) in APPOSITION_PRONOUNS), None)]
            introduced_by = state.resolve(" ".join(actor), pat) if actor else None  # (without its apposition: X،
            # وهو نقابي سابق)
        elif (listing or text[pe - 1] == ":" and len(state.units) == units_before and state.last_speaker
                and state.last_speaker != frame_before):
            listed_by = listing or state.last_speaker  # (the next paragraph takes it up if it is a list item)
        elif (text[pe - 1] == ":" and len(state.units) > units_before and state.units[-1].speaker
              and state.units[-1].kind in ("reported", "according-to") and text.find(":", state.units[-1].end, pe) >= 0
              and not has_marks(text, state.units[-1].end, pe)
              and not _SENTENCE_END.search(text, state.units[-1].end, pe - 1)):  # (its own sentence: not `وجاءت أبرز
            # الأرقام كما يلي:` after the company's report, whose figures are the article's)
            listed_by = state.units[-1].speaker  # (`وأوضحت الشركة أن الهيكل يقسم الاستهلاك إلى الشرائح التالية:` then
            # `- الشريحة الأولى ...`: a report closing with a colon, the items its party's too)
            last = state.units[-1]
            if len(_WORD.findall(text, last.start, last.end)) <= 5 and (pat.inclusion.search(
                    text, last.start, last.end) or _AMONG_THEM.search(text, last.start, last.end)):
                state.units.pop()  # (`وبيّن الجبوري أن الإصلاحات تتضمن:`, `وأضاف أن من بين هذه الضوابط:`: what
                # they include is the list, no claim)
    return state.units


# a copula closing the unquoted lead before a frame (`X was, she said, "Y"`): the lead awaits the quoted complement
_COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "remains", "remained", "seems", "seemed", "became"))


_CALLER_LABEL = re.compile(r"\((?:CALLER|caller)\b|^CALLER\b", re.MULTILINE)  # (a phone-in's caller: MARY (CALLER, X):)
_HOST_IN_BRACKETS = re.compile(r"\((?:host|co-host|presenter)\)\s*:", re.IGNORECASE)


def _framed_quotation(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Does a reporting verb come before the first quotation mark of text[start:end] (`ويقول X: “...”`)?"""
    opener = _QUOTE_MARK.search(text, start, end)
    return opener is not None and pat.verb.search(text, start, opener.start()) is not None


def _credit_the_open_quotation(state: State, opened: int, first: int, closing: int, closed: int) -> None:
    """A quotation opened with no frame and closed paragraphs later by a frame after its mark (`«A.` ... `B»، يقول
    X.`): the claims of its earlier paragraphs (units[first:closing], from offset `opened`) are X's too, as the
    claims of its closing paragraph before `closed` already are."""
    closing_unit = next((u for u in state.units[closing:] if u.start < closed), None)
    if closing_unit is None or closing_unit.speaker is None:
        return
    for k in range(first, closing):
        unit = state.units[k]
        if unit.start >= opened:
            state.units[k] = Unit(unit.start, unit.end, closing_unit.speaker, closing_unit.cue, "quote", unit.language)


def _after_a_quoted_call(text: str, start: int, end: int, pat: LanguagePatterns,
                         starts: PhraseStarts) -> tuple[int, str | None] | None:
    """For a stretch opening with a quoted call to the public, then a short clause of who made it and a clause of
    their own after a comma (`"Do not let the phone ...," Hargreaves advises parents, noting that X`, `"لا تهدروا
    الماء"، توجه الغربي للمواطنين، قبل أن يضيف أن X`): where that last clause starts, and who made the call;
    else None (the whole stretch is the call)."""
    if text[start] not in _OPENERS:
        return None
    closer = _QUOTE_MARK.search(text, start + 1, end)
    if closer is None:
        return None
    clauses = split_clauses(text, closer.end(), end, pat, starts)
    if len(clauses) < 2:
        return None
    frame = _WORD.findall(text, clauses[0][0], clauses[0][1])
    if not 2 <= len(frame) <= 6:
        return None
    if pat.language == "ar":  # (the verb first, its subject after it, whom it was addressed to dropped)
        verb_end = _WORD.search(text, clauses[0][0], clauses[0][1]).end()
        ws = arabic_subject_after(text, verb_end, clauses[0][1], pat).split()
        speaker = " ".join(ws[:next((i for i, w in enumerate(ws) if i and w.startswith("ل")), len(ws))]) or None
    else:  # (the subject first: its capitalised words)
        named = list(takewhile(lambda w: w[:1].isupper(), frame))
        speaker = " ".join(named) or None
    return clauses[1][0], speaker


def _framed_between(text: str, end: int, region, pat: LanguagePatterns) -> str | None:
    """The speaker of a quotation whose frame sits between commas right after text ending at `end` (`X, the company
    said in a statement, "Y"`): X is the same speaker's content (GUIDELINES keep such a frame inside the span),
    unless the frame opens a clause of its own (`X, and he said: "Y"`)."""
    if region is None or not region[1] or not region[2] or pat.language != "en":
        return None  # (Arabic puts where and when before such a frame: وفي كلمة له الأربعاء، ...، قال X، "...")
    fs, fe = region[1][0]
    frame = text[fs:fe].strip(" \"“«")
    if (text[end:fs].strip(" ,،") or not (text[end:fs] + frame).lstrip().startswith((",", "،"))
            or not frame.endswith((",", "،")) or pat.clause_conj.match(frame.lstrip(" ,،"))):
        return None
    return region[2]


def _quotation_reported_before(text: str, start: int, ps: int, pe: int, state: State) -> str | None:
    """The speaker of the claim right before `start` in its paragraph when a quotation opened inside that report's
    content is still open at `start` (`وقال X إن «A. B»`: B is X's words too), else None."""
    last = state.units[-1] if state.units else None
    if (last is None or last.speaker is None or last.kind not in ("reported", "according-to") or last.start < ps
            or last.end > start or start - last.end > 3):
        return None
    first = last  # the report's first claim: its content may have been split (إن «A، وB. C»: the mark opened in A)
    reach = max(ps, start - max_quote_chars())  # (bounded by the longest quotation: linear)
    units = state.units
    for k in range(len(units) - 2, -1, -1):  # (by index: a copy of the list at every sentence would be quadratic)
        unit = units[k]
        if unit.speaker != last.speaker or unit.kind != last.kind or unit.start < reach or first.start - unit.end > 3:
            break
        first = unit
    if not has_marks(text, first.start, last.end):
        return None
    for opener, closer in quotations(text, first.start, min(pe, last.end + max_quote_chars())):
        if opener >= last.end:
            return None
        if closer is None or closer > start:
            return last.speaker
    return None


# a statement issued, read or made, announced right before it (Ms. Varga issued the following statement:, أصدرت
# الوزارة البيان التالي:)
_ISSUED_THE_FOLLOWING = {
    "en": re.compile(r"\s(?:issued|released|made|gave|delivered|published|posted|read\s+out)\s+the\s+following\s+"
                     r"(?:statement|remarks|comments?|message|response)\s*:\s*$"),
    "ar": re.compile(r"(?<!\w)[وف]?(?:أصدر|أصدرت|أدلى|أدلت|نشر|نشرت|ألقى|ألقت|وزع|وزعت)\s+(?P<actor>[^،,.:]{2,60}?)\s+"
                     r"(?:ب)?(?:البيان|التصريح|الكلمة|الرسالة|التصريحات)\s+(?:التالي|التالية|الآتي|الآتية)\s*:\s*$"),
}


def _named_turn(turn: tuple[str, int] | None, text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the paragraph text[start:end] a turn labelled with a name (`TREGENZA: ...`), not with an interview's Q:/A:
    nor a section's label (عاجل: / UPDATE:)?"""
    return (turn is not None and bool(turn[0]) and fold(turn[0]) not in pat.turn_labels.get("asking", ())
            and fold(turn[0]) not in pat.turn_labels.get("answering", ())
            and (pat.language == "ar" or _a_transcripts_name(turn[0]))
            and not pat.section_label.match(text, start, end))


def _named_turn_says(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a named turn that says something, five words or more (not a dateline's or a byline's
    label, `الرباط: كريم بنعلي` under a headline's `المغرب: ...`)?"""
    turn = interview_turn(text, start, end, pat)
    return _named_turn(turn, text, start, end, pat) and len(_WORD.findall(text, turn[1], min(end, turn[1] + 80))) >= 5


def _a_transcripts_name(label: str) -> bool:
    """Is an English turn's label a name as transcripts print it: in capitals (TREGENZA, CHAIR), or its surname in
    capitals after a title (Ms WALSH, Dr OKONJO, Senator DELANEY, as committee Hansards print them)?"""
    *titles, surname = label.split() or [""]
    return label.isupper() or len(surname) > 1 and surname.isupper() and all(w.istitle() for w in titles)


def _introduces_an_interview(text: str, start: int, end: int, next_start: int, next_end: int,
                             pat: LanguagePatterns) -> bool:
    """Does the paragraph text[start:end] ask someone (an asking verb of the lexicon's turn_labels), or end in a
    colon, right before an interview's first question (Q:, or a question after a list mark) at
    text[next_start:next_end]?"""
    turn = interview_turn(text, next_start, next_end, pat)
    if turn is None or not (fold(turn[0]) in pat.turn_labels.get("asking", ()) or not turn[0] and is_question(
            text, next_start, next_end)):
        return False
    # (a colon closes the interview's frame whatever its verb: `تحدث الدكتور X عن جدوى المقترح:`, `... السيد الحبيب
    # الفقي، فكان هذا الحوار:`, `The Herald met the head of the farmers' union, Habib Feki:`)
    if text[end - 1] == ":":
        return True
    # (the asking is the paragraph's last sentence: `Residents asked why some families got nothing. Mr X explained
    # that ...` reports an exchange of its own before the questions)
    return _asks_someone(text, sentences(text, start, end, pat.language)[-1][0], end, pat)


def _asks_someone(text: str, start: int, end: int, pat: LanguagePatterns, verbs: str = "asking_verbs") -> bool:
    """Has text[start:end] one of the lexicon's asking verbs (سألت، حاور; asked, interviewed), or of its `verbs`?"""
    asking = pat.turn_labels.get(verbs, ())
    folded = fold(text[start:end]).lower()
    if verbs == "asking_verbs" and pat.language == "ar" and "اجر" in folded and _held_an_interview(text, start, end):
        return True  # (وأجرت "عمان اليوم" الحوار التالي مع الدكتورة X: held the interview that follows)
    if not any(verb in folded for verb in asking):
        return False  # (most paragraphs: none of the verbs' letters, no word to look up)
    return any(w in asking or w[1:] in asking for w in _WORD.findall(folded))  # (the paragraph folded once)


def _answerer(label: str, out: _Emitter, pat: LanguagePatterns, interviewee: str | None) -> str | None:
    """Who answers an interview's question in a turn labelled `label`: the one it names (Marsh:), else (A:, a list
    mark) the interviewee its introduction named, the person the narration before introduced or the last speaker."""
    if label and fold(label) not in pat.turn_labels.get("answering", ()):
        return label
    return interviewee or out.named_actor(pat) or out.state.last_speaker


# the person an interview is put to, named at the end of the paragraph introducing it (`We put readers' questions
# to the council's head of highways, Martin Cole:`, `We spoke to Sandra Pike.`; `وطرحنا أسئلة القراء على مدير
# الطرق، مروان الخطيب:`): a name after a comma or `to`, closing the paragraph
_INTERVIEWEE = {
    "en": re.compile(r"(?:,|\bto)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*[.:]?\s*$"),
    "ar": re.compile(r"،\s*((?!و?ال)[^\W\d]+(?:\s+[^\W\d]+){1,3})\s*[.:]?\s*$"),
}


# the one an introduction asks, after its verb of asking (We asked ferry skipper Duncan Campbell, who ...;
# "العربية.نت" سألت العموش عن مخاوف المستهلكين:)
_ASKED_WHOM = {
    "en": re.compile(r"\b(?:asked|interviewed)\s+[^:;.\"“”]{0,40}?((?:[A-Z][\w'’.-]+\s?){0,3}"
                     r"[A-Z][\w'’-]+)"),  # (or a surname alone: We asked Lindqvist how long; or interviewed, The
    # paper interviewed farm minister John Ali.)
    # (past the role set off after the name: سألنا الدكتور كريم سليمان، أستاذ علوم المناخ بجامعة القاهرة، عما)
    "ar": re.compile(r"(?<!\w)[وف]?(?:سأل(?:ت|نا)?|حاور(?:ت|نا)?|التق(?:ى|ت|ينا))\s+(?:[«\"“][^»\"”]{1,30}[»\"”]\s+)?"
                     r"([^\W\d]+(?:\s+[^\W\d]+){0,6}?)"  # (past the paper asking, its name quoted: حاورت «الدستور» X)
                     r"(?:\s*،[^،]{1,80}،)?\s+"  # (or interviewed, met: حاورنا عالم الاجتماع X حول)
                     r"(?:عن|عما|حول|بشأن|فأجاب|فأجابت|فرد|فردت|فردّ|فردّت)(?!\w)"),  # (or then the answer: سألت X،
    # الدكتور سليم عازار، فأجاب:)
}
# (or held an interview with: أجرت الصحيفة حوارا مع وزير الزراعة محمد علي.; searched only where أجر is: a pattern of
# its own, the alternation would cost every paragraph's scan its literal prefix)
_HELD_AN_INTERVIEW = re.compile(r"(?<!\w)[وف]?أجر(?:ى|ت|ينا|يت)\s+(?:\S+\s+){0,3}?(?:حوارا|مقابلة|لقاء|حديثا"
                                r"|الحوار\s+التالي|المقابلة\s+التالية)(?:\s+\S+){0,2}?\s+مع\s+"
                                r"([^\W\d]+(?:\s+[^\W\d]+){0,5}?)\s*(?:[.:،]|(?<!\w)(?:عن|حول|بشأن|تناول)(?!\w)|$)")


# a title with its article and a name closing the paragraph, set off by a comma (، السيد الحبيب الفقي)
_TITLED_NAME_CLOSING = re.compile(r"،\s*(ال[^\W\d]+(?:\s+[^\W\d]+){1,3})\s*[.:]?\s*$")
# the formula closing an interview's introduction (، فكان هذا الحوار:، وكان معه الحوار التالي:)
_THIS_INTERVIEW = re.compile(r"\s*[،,]?\s*(?:" + INTERVIEW_FORMULA_AR + r")\s*:?\s*$")  # (closing its paragraph)
_AMONG_THEM = re.compile(r"(?<!\w)(?:من\s+بين|منها|أبرزها)(?!\w)|\bamong\b")  # (among them, the list after)
# a verb of listing opening a list's introduction (عدّد، حدد، أورد; listed, outlined, set out)
_LISTS_THEM = {"ar": re.compile(r"\s*(?:[وف]?(?:قد|كما)\s+)?[وف]?(?:عدّد|عدد|عدّدت|عددت|حدّد|حدد|حددت|حدّدت|أورد|أوردت|لخّص"
                                r"|لخص|لخصت|استعرض|استعرضت|عرض|عرضت)\s+(?!من\s)"),  # (the verb opening the clause:
               # not بلغ عدد، عدد من; or presenting them: واستعرض الوزير أبرز ما تتضمنه الخطة:)
               "en": re.compile(r"\b(?:listed|lists|outlined|outlines|set out|sets out|identified|identifies"
                                r"|presented|presents)\b")}
# someone's words (answers, remarks, a speech) as what includes the list after it: whose words they are
_WHAT_THEIR_WORDS_INCLUDED = {
    "ar": re.compile(r"\s*[وف]?(?:تضمنت|تضمن|شملت|شمل)\s+(?:إجابات|إجابة|ردود|تصريحات|كلمة|خطاب|حديث)\s+"
                     r"(ال[^\W\d]+(?:\s+(?!(?:على|عن|في|إلى|أمام)(?!\w))[^\W\d]+){0,3}?)"
                     r"\s+(?:على|عن|في|إلى|أمام|ال[^\W\d]+)(?!\w)"),
    "en": re.compile(r"\s*((?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[\w'’-]+?)['’]s?\s+(?:answers|replies|remarks|comments"
                     r"|statement|speech)\b[^:.]{0,80}?\b(?:included|covered|contained)\b"),
}
# a document and who made it, then what it included, heading the list after it (وتضمن بيان وقعته 30 منظمة ثلاث نقاط
# رئيسية:, `A statement signed by 30 groups made three demands:`): the document speaks
_A_DOCUMENTS_POINTS = {
    "ar": re.compile(r"\s*[وف]?(?:تضمن|تضمنت|شمل|شملت)\s+((?:بيان|تقرير|رسالة|مذكرة|وثيقة|عريضة)(?:\s+[^\s:،,]+){0,9}?)"
                     r"\s+(?:\S+\s+)?(?:نقاط|مطالب|بنود|توصيات|مطالبات)(?:\s+[^\s:]+){0,2}\s*:\s*$"),
    "en": re.compile(r"\s*((?:A|The)\s+(?:statement|letter|petition|report|memo)(?:\s+[^\s:,]+){0,9}?)"
                     r"\s+(?:made|set out|listed|included|contained)\s+(?:\S+\s+){0,2}"
                     r"(?:points|demands|recommendations)\s*:\s*$"),
}
# a document's findings or recommendations heading the list after it (The report's key findings:; أبرز نتائج
# التقرير:): the document speaks
_ITS_FINDINGS = {
    "ar": re.compile(r"\s*[وف]?(?:أبرز|أهم)\s+(?:نتائج|توصيات|ما\s+خلص\s+إليه|ما\s+جاء\s+في)\s+(ال[^\W\d]+)\s*:\s*"),
    "en": re.compile(r"\s*((?:The|the)\s+[\w-]+)['’]s\s+(?:(?:key|main|chief|other)\s+)?(?:findings|conclusions"
                     r"|recommendations)\s*:\s*"),
}
# a heading announcing questions and their answers (Q&A: What the figures mean; أسئلة وأجوبة): an explainer
_EXPLAINER = re.compile(r"\bQ\s?&\s?A\b|\bQuestions and answers\b|\bexplainer\b"
                        r"|(?<!\w)(?:أسئلة وأجوبة|سؤال وجواب)(?!\w)", re.IGNORECASE)
# the one the paper spoke to, opening the paragraph before an interview (TOI spoke to Hegde about the challenges
# ahead.; تحدثنا إلى الدكتور X عن ...): the paper (we, its initials, a quoted name) asks, the person it spoke to answers
_SPOKE_TO = {
    "en": re.compile(r"(?:We|[A-Z]{2,5}|[a-z]+|The [A-Z][\w'’-]+(?: (?:&|and|[A-Z][\w'’-]+)){0,3})\s+(?:spoke|talked)"
                     r"\s+(?:to|with)\s+"  # (The Mail & Guardian spoke to X; an outlet in lower case: businessline)
                     r"((?:[A-Z][\w'’.-]+\s){0,3}[A-Z][\w'’-]+)"),
    "ar": re.compile(r"[وف]?(?:تحدثنا|تحدثت\s+[«\"“][^»\"”]{1,30}[»\"”])\s+(?:إلى|مع)\s+([^\W\d]+(?:\s+[^\W\d]+){0,5}?)"
                     r"(?:\s*،[^،]{1,80}،)?\s+(?:عن|حول|بشأن)(?!\w)"),  # (past the role set off after the name)
}
_QUESTIONS = re.compile(r"\bquestions\b|(?<!\w)(?:ال)?أسئلة")
# the one questions are put to, closing the paragraph (وطرحنا بعض الأسئلة على الشرطي رودري بيفان.), not the manner
# of the answers (أجاب عزوز عن أسئلتنا على النحو الآتي:)
_QUESTIONS_PUT_TO = {  # (the name may carry a title's dot: ثلاثة أسئلة إلى الخبير د. رشيد مقراني)
    "ar": re.compile(r"(?:أسئلة|الأسئلة|أسئلتنا)[^،.]{0,30}?\s(?:على|إلى)\s+(?!(?:النحو|الشكل|الوجه)\b)"
                     r"([^\W\d]+(?:\s+[^\W\d]+(?:\.(?=\s+\w))?){0,8}?)\s*[.:]?\s*$"),
    "en": re.compile(r"\b[Qq]uestions\s+(?:for|to)\s+((?:[\w'’.-]+\s+){0,7}?[A-Z][\w'’-]+)\s*[.:]?\s*$"),
}
_ASKED_A_PRONOUN = re.compile(r"\basked\s+(?:her|him|them)\b")


def _held_an_interview(text: str, start: int, end: int) -> re.Match | None:
    """_HELD_AN_INTERVIEW in text[start:end], searched only where its verb's letters are."""
    return _HELD_AN_INTERVIEW.search(text, start, end) if text.find("أجر", start, end) >= 0 else None


def _interviewee(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """The person the paragraph text[start:end], right before an interview's first question, puts it to: named at
    its end, or its subject when it answers (أجاب الخبير ...، الدكتور مصطفى الجبوري، عن أسئلة:)."""
    formula = _THIS_INTERVIEW.search(text, start, end)
    end = formula.start() if formula else end  # (التقت «الشروق» X، السيد الحبيب الفقي، فكان هذا الحوار: the name
    # before the formula that opens the interview)
    named = _INTERVIEWEE[pat.language].search(text, start, end)
    if named is not None and pat.language == "ar" and fold(named.group(1).split()[0]) in AR_PREPOSITIONS:
        named = None  # (`، عن عدة أسئلة:`: what was answered, no name)
    held = _held_an_interview(text, start, end) if named is not None and pat.language == "ar" and fold(
        named.group(1).split()[0].removeprefix("ال")) in pat.person_roles else None
    if held is not None:
        return held.group(1).strip()  # (الحوار التالي مع الدكتورة سلمى الحارثية، مديرة دائرة ...: the name, not the
        # role set off after it)
    if named is not None and pat.language == "ar":
        subject = attr.main_subject(text, start, end, pat) or ""
        head = fold(subject.split()[0].removeprefix("ال")) if subject else ""
        if head in pat.person_roles and text.rfind(subject.split()[-1], start, named.start(1)) >= 0:
            return subject  # (وصف مشرف الجمارك في المعبر، إيمانويل تيتيه، حجم التحدي: the role and name that
            # describe, not the object closing the paragraph)
    titled = _TITLED_NAME_CLOSING.search(text, start, end) if named is None and pat.language == "ar" else None
    if titled and fold(titled.group(1).split()[0][2:]) in pat.name_titles | pat.person_roles:
        return titled.group(1)  # (، السيد الحبيب الفقي: a title with its article, then the name)
    named = named or _ASKED_WHOM[pat.language].search(text, start, end) or _SPOKE_TO[pat.language].match(
        text, start, end) or (
        _QUESTIONS_PUT_TO[pat.language].search(text, start, end) or (
            _held_an_interview(text, start, end) if pat.language == "ar" else None))
    if named is not None and (pat.language == "ar" or _english_name(named.group(1).split()[-2:]) or fold(
            named.group(1).split()[-1]) not in _NO_NAMES | ARTICLES):  # (a surname in -s after its verb: spoke with
        # Hollis; no plural opening a sentence there)
        return named.group(1).strip()
    if pat.language == "en" and _ASKED_A_PRONOUN.search(text, start, end):
        subject = attr.main_subject(text, start, end, pat)  # (`Lisa Harcourt has run the centre for six years. We
        # asked her what ...`: the one the paragraph names first)
        return subject if subject and _english_name(subject.split()) else None
    answering = pat.turn_labels.get("answering_verbs", ())
    if not any(w.lstrip("وف") in answering or w in answering for w in _WORD.findall(fold(text[start:end]).lower())):
        return None  # (the paragraph folded once, not word by word)
    intro = WHEN_CONTACTED.match(text, start, end) if pat.language == "en" else None
    start = intro.end() if intro else start  # (When contacted, Health Secretary R. Vaidehi spoke to The Hindu: past
    # the intro, its subject)
    asked = max(text.rfind("?", start, end), text.rfind("؟", start, end))
    start = asked + 1 if asked >= 0 and _WORD.search(text, asked + 1, end) else start  # (فهل تصمد السقوف؟ «الأخبار»
    # سألت X، فأجاب: the paper's question before, no one answering in it)
    framed = attr.frame(text, start, end, pat)
    # (the longer of the frame's subject and the clause's: ردت النائبة عن البصرة زينب العيداني على أسئلة, read past
    # the preposition of its title; أجاب الخبير في شؤون الطاقة، الدكتور مصطفى الجبوري، عن أسئلة, past its comma)
    subject = max((framed.speaker if framed else None) or "", attr.main_subject(text, start, end, pat) or "",
                  key=lambda phrase: len(phrase.split()))
    return subject if subject and fold(subject).lower() not in pat.pronouns else None


# a speaker's label alone on its line, as transcripts of calls and debates print it: a name (Mrs Pruett), perhaps
# with a role after a dash (Karen Dufresne — President and Chief Executive Officer) or a seat and party in brackets
# (Mrs Eleanor Pruett (North Wessex Downs) (LD)); or a role with the name in brackets (The Minister for School
# Standards (Mr Jonathan Achebe-Reid))
_HONORIFIC = r"(?:" + "|".join(sorted(HONORIFICS | {"Baroness"})) + r")\.?\s+"  # (and a peer's title)
_LINE_LABEL = re.compile(r"The\s+[A-Z][^()\n]{2,70}?\s+\((?P<inner>" + _HONORIFIC + r"[^()\n]{2,40})\)"
                         r"|(?P<name>(?P<honorific>" + _HONORIFIC + r")?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
                         r"(?P<set_off>\s+[—–-]{1,2}\s+[^\n.!?:;]{2,80}|(?:\s+\([^()\n]{1,60}\)){1,2})?")


# a wire's end mark, perhaps with its editors' initials (النهاية) ب ع / م ف ق, (ENDS) jw/mk)
_WIRE_CLOSING = re.compile(r"\s*\((?:النهاية|انتهى|ENDS?|End)\)(?:\s*[^\W\d]{1,3}(?:\s+[^\W\d]{1,3}){0,4}"
                           r"(?:\s*/\s*[^\W\d]{1,3}(?:\s+[^\W\d]{1,3}){0,4})*)?\s*")


def _line_labels(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """{paragraph index: speaker} for the label lines of an English transcript that names its speakers on lines of
    their own, each over its turn (an earnings call, Hansard); empty unless at least four such lines name at least
    two speakers and one line comes back (a crosshead is not printed again and again)."""
    found: dict[int, tuple[str, str, bool]] = {}
    for i, (ps, pe) in enumerate(spans):
        if pe - ps > 120 or "\n" in text[ps:pe] or i + 1 == len(spans):
            continue
        label = _LINE_LABEL.fullmatch(text, ps, pe)
        if label:
            marked = bool(label.group("inner") or label.group("honorific") or label.group("set_off"))
            found[i] = (label.group("inner") or label.group("name"), text[ps:pe], marked)
    lines = [line for _, line, _ in found.values()]
    if len(found) < 4 or len(set(lines)) < 2 or len(set(lines)) == len(lines):
        return {}
    return {i: speaker for i, (speaker, line, marked) in found.items() if marked or lines.count(line) > 1}


def _in_the_answerers_voice(state: State, first: int, answerer: str, kind: str = "quote") -> None:
    """An interview's answer is the answerer's speech: its claims from `first` on that credit nobody are quotes of
    `answerer` (a report inside it keeps its own party: Our telemetry shows); so are the items of a list under a
    frame that ends with a colon (`kind`: reported)."""
    for k in range(first, len(state.units)):
        unit = state.units[k]
        if unit.speaker is None or kind == "quote" and unit.kind == "quote" and unit.cue is None:  # (a quotation
            # with no frame of its own is the answerer's too, whoever the narration before named)
            state.units[k] = Unit(unit.start, unit.end, answerer, None, kind, unit.language)
    state.last_speaker = answerer
