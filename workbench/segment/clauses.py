"""Atomic clause spans: where a sentence splits into several claims (GUIDELINES "Atomicity").

A sentence splits after a comma or semicolon where a coordinating or
explanatory conjunction starts a clause of its own (و/ف + a verb or a new
subject, كما، لكن، بل، بينما، حيث; and, but, while, whereas + a finite verb),
and before a reporting participle that has content of its own (مضيفا أن،
مشيرا إلى أن، adding that), comma or not. It stays whole after a conditional,
for noun lists (`، والاقتصاد`), masdar lists (`، وإنشاء`) and "not only ... but".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import islice

from workbench.segment.attribution import (
    APPOSED_CLAUSE_OPENERS,
    CONTRACTION,
    NO_CONTENT,
    NO_CONTENT_AFTER,
    OF_WHOM,
    SPACED_DASH,
    a_noun_before_of,
    arabic_frame,
    in_a_progressive,
    opens_with_a_verb,
    verbal_noun_at,
    verbal_noun_object,
)
from workbench.segment.patterns import SPACES, LanguagePatterns, PhraseStarts, fold, last_match, last_of, patterns
from workbench.segment.quotes import quotations
from workbench.segment.speakers import (
    AR_PREPOSITIONS,
    ARTICLES,
    FORM_THREE_MASDAR,
    LEADING_TIME_AR,
    bi_verbal_noun,
    comma_chunks,
    derived_verbal_noun,
    is_participle_intro,
    is_party_state,
    last_subordinator,
    masdar_shaped,
    state_after_town,
)

# a comma or semicolon with the space after it, or a dash with the space after it (see _separators); one
# character class first, so the regex engine skips straight to candidates (same as `[،,؛;]\s*|[-–—]\s+`)
_SEPARATOR = re.compile(r"[،,؛;\-–—](?:(?<=[،,؛;])\s*|(?<=[-–—])\s+)")
_DASHES = "-–—"
_WORD_CHAR = r"[^\s،,؛;:.!?؟\"“”«»()\[\]]"
_WORD = re.compile(_WORD_CHAR + "+")
# three _WORDs from where it is matched, with nothing but spaces and stops between them (no comma or semicolon):
# `len(_WORD.findall(...)) >= 3` up to the next comma, without finding every word of a long clause
_NON_WORD_NOR_COMMA = r"[\s:.!?؟\"“”«»()\[\]]"
_THREE_WORDS_BEFORE_COMMA = re.compile(
    f"{_NON_WORD_NOR_COMMA}*(?:{_WORD_CHAR}+{_NON_WORD_NOR_COMMA}+){{2}}{_WORD_CHAR}")
# up to eight words (a short quoted name, لـ"سكاي نيوز عربية", counting as one; في منشور عبر صفحته على فيسبوك)
# before the content's marker
_AR_CONTENT_MARKER = r"(?:(?:إلى|الى|على)\s+)?(?:ب?[أإا]ن\w*|:|[\"“«])"  # (إلى) أن، بأن، a colon or a quotation
# marks closing a quotation glued to the word before them
_CLOSING_MARKS = ('"', "”", "»")
_AR_MARKER_NEXT = re.compile(r"\s*" + _AR_CONTENT_MARKER)
_AR_MARKER_WORD = re.compile(r"ب?[أإا]ن\w*")
_AR_PARTICIPLE_CONTENT = re.compile(
    r"[\s،,]*(?:(?:[^\s،,.:\"“«]*[\"“«][^\"“”«»]{1,40}[\"”»]|[^\s،,.:\"“«]+)[\s،,]+){0,8}?" + _AR_CONTENT_MARKER)
# "not X but Y": Arabic بل after any negation corrects it; English only after "not only / not just"
_NEGATION = re.compile(r"(?<!\w)(?:[وف]?(?:لا|لم|لن|ليس|ليست)|not\s+(?:only|just|merely|because))(?!\w)", re.IGNORECASE)
_BUT = re.compile(r"\s*(?:[وف]?بل|but)(?!\w)", re.IGNORECASE)


def corrects_a_negation(text: str, start: int, end: int, at: int) -> bool:
    """Does the بل (or `but`, after `not only`) at `at` correct a negation in text[start:end] ("not X but Y",
    لا ... بل), which makes one claim of both, even with a frame between them?"""
    return _BUT.match(text, at) is not None and _NEGATION.search(text, start, end) is not None


# لكن before a phrase with a preposition's clitic (لكن لأسباب أمنية، لكن بالشروط نفسها); not a fronted time (لكن
# بعد ذلك عاد), nor a bare ب-word, which is as often a name with its verb after it (لكن بيروت رفضت، لكن بريطانيا)
# لكن and ك with its noun (as partners), a few words with no verb in the present, then a comma or the end
_BUT_AS = re.compile(r"\s*[وف]?لكن\s+ك[^\W\d]{3,}(?:\s+(?![يت][^\W\d]{2,})[^\s،,.]+){0,3}\s*(?:[،,.]|$)")
_BUT_BY = re.compile(r"\s*[وف]?لكن\s+(?:ل[^ا\s]\w+|بال\w+)")
# لكن before a phrase with no verb of its own (ولكن لمحاربة الإرهاب، لكن في إطار القانون): the "but Y" of a negation
_BUT_A_PHRASE = re.compile(r"\s*[وف]?لكن\s+(?:ل[^ا\s]\w+|ب\w+|(?:في|من|على|إلى|عن)\s)")
_VERB_NEXT = re.compile(r"\s+(?:(?:لم|لن|لا|قد|ما)\s|[يت]\w{2,}(?!\w))")  # (لكن لبنان لم يعد، لكن لندن ترفض)
_AGE_AFTER_NAME = re.compile(r"[a-z],\s*\d{1,3},\s")  # (after a name's last letter: Okonkwo, 34, says)
_ONLY_BEFORE = re.compile(r"(?:فحسب|فقط|only)\s*$", re.IGNORECASE)
_CONTRAST = re.compile(r"\s*(?:[وف]?(?:بل|لكن\w*|إنما)|but|rather)(?!\w)", re.IGNORECASE)
# (or the next item of a ranking, its verb left out: `، تلتها بلدية الريان بـ 389 مليونا، ثم بلدية الظعاين بـ 201`)
_THEN_A_PHRASE = re.compile(r"\s*ثم\s+(?:إلى|في|من|على|عن|بعد|[بلك]?ال|ل(?![يتنأ])[^\W\d]{3,}[ةات](?!\w)|\d"
                            r"|(?![يتنأ])[^\W\d]{3,}(?:\s+[^\W\d]+){0,2}"
                            r"\s+(?:بـ?|بنسبة\s+)\s*\d)")  # (، ثم دول جنوب آسيا بنسبة 16 %)
# but and a phrase, no clause (`"..." X says, "but on restaurant plates"`, «لكن إلى موائد المطاعم»): the second part
# of a quotation cut by its frame
BUT_A_PHRASE = re.compile(r"(?:و?لكن|but)\s+(?:في|إلى|على|من|عن|مع|عبر|ضد|داخل|خارج|on|in|at|to|for|from|with|by|into)"
                          r"(?!\w)", re.IGNORECASE)
# `، في وقت يحذر فيه مختصون` / `، في الوقت الذي`: a clause of its own, like في حين (not `في وقت سابق`: when)
_AT_A_TIME = re.compile(r"\s*و?في\s+(?:وقت\s+(?:\S+\s+){1,2}?فيه|الوقت\s+الذي)(?!\w)")


POSSESSOR = re.compile(r"(?:هما|هم|ها|ه)$")  # a possessive pronoun ending a word
_PERSONAL = frozenset(fold(w) for w in ("هو", "هي", "هم", "هما", "هن", "نحن", "أنا"))


# `, according to sources who said that X` / `، وفقا لمصادر مطلعة أشارت إلى أن X`: the cue's party, then a verb
# (after who or which in English) and its content: a report of its own
_RELATIVE_BEFORE = re.compile(r"(?:who|which)\s+$")
_COMMA_WHO = re.compile(r",\s*who\s+$")


# the paper's caveat that what was reported could not be checked, set off after it (، وهو ما لم يتسن للجريدة التأكد
# منه; , which Reuters could not independently verify; , a figure that could not be verified): its own claim
UNVERIFIED = {
    "ar": re.compile(r"[،,]\s*((?:وهو|وهي|وهذا)\s+ما\s+(?:لم|لا)\s+(?:يتسن|يتسنى|يمكن|تستطع|يستطع|تتمكن|يتمكن|نتمكن"
                     r"|نستطع)\S*\s)"),
    "en": re.compile(r",\s*((?:which|a\s+(?:claim|figure|number|toll|report|account|charge|allegation)s?"
                     r"(?:\s+that)?)\s+"
                     r"(?:[A-Za-z.'’]+\s+){0,3}?(?:could|can|has|have|had|was|were)\s*(?:not|n[o’']t)\s+"
                     r"(?:be\s+|been\s+)?(?:independently\s+)?(?:verif|confirm))"),
}


def unverified_hint(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Has text[start:end] the letters an UNVERIFIED caveat must (a cheap test before its pattern)?"""
    return any(text.find(letters, start, end) >= 0 for letters in (
        ("ما لم", "ما لا") if pat.language == "ar" else ("verif", "confirm")))


def _reporting_relatives(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts):
    """Cuts where a reporting verb with its content follows a cue's party within four words: the party the cue
    credits reports more, a claim of its own (the clause opens at the verb, or at its `who`)."""
    for m in starts.finditer(pat.cue, start, end):
        stop = min(end, m.end() + 80)
        verb = next(starts.finditer(pat.verb, m.end(), stop), None)
        some_of_them = OF_WHOM.search(text, max(m.end(), verb.start() - 30), verb.start()) if (
            verb and pat.language == "en") else None
        if some_of_them and 2 <= len(_WORD.findall(text, m.end(), some_of_them.start())) <= 5:
            yield some_of_them.start() + 1, False  # `, according to two freight forwarders, one of whom said that X`
            continue
        if verb is None:
            continue
        set_off = _COMMA_WHO.search(text, max(m.end(), verb.start() - 10), verb.start()) if (
            pat.language == "en") else None
        if _LIST_COMMA.search(text, m.end(), set_off.start() if set_off else verb.start()):
            continue  # (but `, according to railway officials, who said X`: the relative set off, its report the same)
        party = _WORD.findall(text, m.end(), verb.start())
        after = SPACES.match(text, verb.end(), end).end()
        if pat.language == "en":
            who = _RELATIVE_BEFORE.search(text, max(m.end(), verb.start() - 8), verb.start())
            if who and 2 <= len(party) <= 5 and fold(verb.group("w")) in pat.free_verbs:
                yield who.start(), False
        elif 1 <= len(party) <= 4:
            preposition = pat.complement_preposition.match(text, after, end)
            if pat.complementizer.match(text, preposition.end() if preposition else after, end):
                yield verb.start(), False


def _definite_then_past(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """After ، و and a definite noun at `pos`, a three-letter verb or predicate (والفريق حضر يوم الأحد)?"""
    found = _DEFINITE_THEN_PAST.match(text, pos, end)
    return found is not None and fold(found.group(1)) not in _NO_PREDICATE and fold(found.group(1)) not in (
        pat.noun_words) and fold(found.group(1)) not in AR_PREPOSITIONS


_PROVISOS = frozenset(fold(w) for w in ("بشرط", "شريطة"))  # on condition (that)
# a number spelled out after ، و: the list's counted item (، وخمس سنوات في حق ثلاثة مقاولين), its verb left out
_COUNTS_AR = frozenset(fold(w) for w in ("ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة",
                                         "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرين", "مئات", "آلاف"))
# a part of a group named by its pronoun (بعضهم، معظمها): a subject, its verb after it
_PART_OF_THEM = frozenset(fold(q + p) for q in ("بعض", "معظم", "أغلب", "كل", "جميع", "أكثر")
                          for p in ("هم", "ها", "هن"))


# quantifiers opening a subject (كل طالب، معظم الأسر) and كلما (whenever), each opening a clause after ف
_QUANTIFYING_SUBJECTS = frozenset(fold(w) for w in ("كل", "جميع", "معظم", "بعض", "أغلب", "كلما"))


# و, a quantifier and its noun (perhaps with an adjective), then a verb (وكل طرف سيأخذ، وبعض الحملات الصغيرة خرجت)
_QUANTIFIED_SUBJECT_THEN_VERB = re.compile(r"[وف](?:كل|بعض|معظم|أغلب|غالبية)\s+[^\W\d]{2,}(?:\s+ال[^\W\d]{2,})?"
                                           r"\s+(?:س?[يت][^\W\d]{2,}|[^\W\d]{2,4}[^\W\dاوي]ت|(?:لا|لم|لن|قد)\s)(?!\w)")
# و and a time fronted before its clause's verb (وبعد دقائق، وفي اليوم التالي، وخلال ساعتين فقط), then the next word
_FRONTED_TIME_AR = re.compile(r"[وف](?:بعد|قبل|في|خلال|منذ)\s+(?:[\d٠-٩]+\s+)?(?:دقائق|دقيقة|دقيقتين|ساعة|ساعات|ساعتين"
                              r"|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور|سنة|سنتين|سنوات|عام|عامين"
                              r"|أعوام|لحظات|ذلك|اليوم\s+التالي|الصباح|المساء|الليلة\s+نفسها)"
                              r"(?:\s+(?:قليلة|فقط|معدودة|التالية|التالي))?\s+([^\W\d]{3,})\s+[^\W\d]")


def _after_a_fronted_time(text: str, at: int, end: int, pat: LanguagePatterns) -> bool:
    """Does the Arabic text at `at` (after a comma) open a clause with و, a time fronted, then its verb (وبعد دقائق
    اختفى المعاش), not a noun (وبعد أيام من الاتصال، وفي اليوم التالي للحادث)?"""
    found = _FRONTED_TIME_AR.match(text, at, end)
    word = found.group(1) if found else ""
    return bool(word) and not word.startswith(("ال", "لل", "بال")) and fold(word) not in AR_PREPOSITIONS and (
        arabic_clause_start("و" + word, pat))


def arabic_clause_start(word: str, pat: LanguagePatterns) -> bool:
    """Does `word` (after ، و/ف) look like a verb or a new subject rather than a noun in a list?"""
    if len(word) < 3 or word[0] not in "وف":
        return False
    w = fold(word[1:])
    if word[0] + w in pat.waw_words or word[0] + w in pat.waw_verbs or w[:1].isdigit() or w in _COUNTS_AR:
        return False  # (، وسط اتهامات، وصل معظمهم: و is the word's own letter; ، و10 سنوات على X: a number, the verb
        # left out)
    if word[0] == "ف" and w in _PERSONAL:
        return True  # ، فهي قد تسبب التهابات: ف explains with a subject of its own (، وهي is an apposition)
    if word[0] == "ف" and w in _QUANTIFYING_SUBJECTS:
        return True  # ؛ فكل طالب سيكمل دراسته: ف explains with a subject of its own (a list joins with و)
    if w in _PLURAL_DEMONSTRATIVES:
        return True  # ، وهؤلاء لا يفهمون: those people, a subject of its own (not إنشاء, a noun in اء)
    if not w or w in pat.noun_words or len(w) < 2 or w in _PROVISOS:
        return False  # (، وبشرط أن تبني: on condition that, a condition of the clause before)
    if w in pat.existentials:
        return True  # ، فهناك عداءات ...: a clause stating that something exists
    if word[0] == "ف" and len(w) == 3 and w[0] == "ا":
        return False  # فارق، فارا: a root ف (no verb after the conjunction ف opens with alif in three letters)
    if w.startswith(("ال", "بال", "لل", "كال")) and word[1] != "أ":  # (، وألحقت: a verb with a hamza, no article)
        return word[0] == "ف" and w.startswith("ال")  # ، فالأدلة قاصرة: ف opens a clause (a list joins with و)
    if w == "اذا":
        return True  # ، وإذا لم أملأ الخزان فلن أعمل: a condition opens a clause of its own
    if word[1] == "إ" and not (word[0] == "و" and pat.complementizer.fullmatch(word)):
        # masdar of form IV (إنشاء، إرساء): a noun in a list; وإن is the content's next clause (قال إن X، وإن Y),
        # where فإن after a comma answers a fronted phrase (بحسب X، فإن Y) in the same clause
        return False
    if masdar_shaped(w, word[1:]) or w.endswith(("ه", "ها", "هم")) and masdar_shaped(
            POSSESSOR.sub("", w), POSSESSOR.sub("", word[1:])):
        return False  # (and with its possessor: ، وتغريمه 4 ملايين درهم, a verbal noun of the list)
    if len(w) == 5 and w[1] == "ا" and w[3] == "و" and w[4] != "ا":  # (not قالوا, a hollow verb's plural)
        return False  # ، وقانون معالجة الفجوة: a noun of the pattern فاعول (قانون، صاروخ، حاسوب), no verb's shape
    if len(w) == 4 and w[0] == "م" and w[1] != "ا":
        return False  # ، ومقعد عندما يصل: a noun of place (مقعد، مكتب، مجلس), not a verb (but ومارس: form III)
    if len(w) >= 5 and w[0] == "م" and w[1] != "ا" and w.endswith("ا") and not w.endswith(("وا", "تا")):
        return False  # ، ومجمعا لوجستيا، ومركزا تجاريا: a noun in the accusative, the list's next item
    if len(w) == 6 and w[0] == "ا" and w[3] == "ا" and w[5] == "ا":
        return False  # (، وأطباقا من الدخن: a plural of the pattern أفعال in the accusative, no dual past: وأصدرا)
    if w[0] == "ب" and masdar_shaped(POSSESSOR.sub("", w[1:]), POSSESSOR.sub("", word[2:])):
        return False  # ، وبتغريمه 150 ألف يورو: a verbal noun after a preposition, no clause (but وبدأ، وبلغت)
    if (w.endswith("ات") and len(w) >= 5) or w.endswith("ه") and word.endswith("ة") or w.endswith("اء"):
        return False
    if w.endswith(("ناهما", "ناهم", "ناها")) and len(w) >= 6:
        return True  # ، فحملناهما: a past with `we` and its object (no noun takes a possessor after نا)
    if w[:2] in ("سي", "ست", "سن") and len(w) >= 5 and not w.endswith(("ة", "ات", "ي", "ية")) and (
            w not in pat.noun_words):
        return True  # ، وسيسهم في: the future of a verb, whatever its last letters (not وسيارات، وسياسي)
    if w in _PART_OF_THEM:
        return True  # ، وبعضهم اختفى أثره: some of them, a subject of its own
    if pat.complementizer.fullmatch(word[1:]):
        return True  # (، وأنهما حاولا: the report's next content, its pronoun a dual)
    if len(w) >= 5 and w.endswith(("هما", "هم")) or len(w) >= 6 and w.endswith(("اتها", "اته")):
        return False  # a verbal noun or a plural with its possessor (، ورفضهما أي تدخل، وتمنياتها بالشفاء): a list's
        # noun, no clause
    return True


# words before an English verb that give it no subject of its own (, a Midlands components maker, had told him)
_AUXILIARIES = frozenset(("had", "has", "have", "would", "will", "also", "later", "then", "did", "does"))
# إنّ before a noun (إن استمرار الوضع، إن الحكومة، إن هذا) is emphasis opening a statement, not the conditional إنْ
_EMPHATIC_INNA = re.compile(r"\s*[وف]?إن\s+(?:ال|هذا|هذه|ذلك|تلك|هناك|\w+(?:ة|ات|اء)(?!\w)|است\w{2,3}ا)")
# ومن المتوقع أن، ومن حقهم أن، ومن شأن ذلك أن: a predicate before its subject, the أن clause (a right or a duty
# with its owner before a verbal noun too: ، ومن حقهم طلب الحماية)
_FRONTED_PREDICATE = re.compile(r"\s*و(?:من|في)\s+\w+(?:\s+\w+)?\s+أن\s"
                                r"|\s*ومن\s+(?:حق|واجب)(?:هم|ه|ها|هما|نا|كم|ي)\s")
# the word after لا: a verb in the present (يمكن، تزال، نريد، أعرف) or بد (لا بد أن)
# ، فجر اليوم الأحد، في هجوم: dawn, a time between commas (فجّر, detonated, takes an object: فجر انتحاري نفسه)
# ، وربما في بيروت: a hedge before a prepositional phrase adds a place or time to the clause before, no clause
# `بين حكومتين، الأولى في طرابلس، والثانية في الشرق`: the two spelled out, one claim
_SECOND_OF_TWO = frozenset(fold(w) for w in ("الثانية", "الثاني", "الأخرى", "الآخر"))
_FIRST_OF_TWO = re.compile(r"(?<!\w)(?:الأولى|الأول|إحداهما|أحدهما)(?!\w)")
# (unless the second has a verb of its own: `، والثانية في الشرق يدعمها المشير`)
_VERB_IN_ITEM = re.compile(r"[^،,.؛]{0,40}?(?<!\w)[يت]\w{2,}(?!\w)")
_PREPOSITION_THEN_WORD = re.compile(r"(?<!\w)(?:عن|إلى|على)\s+(\w+)")
_FI_THEN_NOUN = re.compile(r"(?<!\w)في\s+(?!ال)\w{3,}\s")  # (في سوء تعقيم: في and a noun in construct)
_DEFINITE_NEXT = re.compile(r"\s+ال\w")  # (a definite noun next: the bare verbal noun's genitive, وفتح السوق)


_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذه", "هذا", "ذلك", "تلك"))
_PLURAL_DEMONSTRATIVES = frozenset(fold(w) for w in ("هؤلاء", "أولئك"))


def _coordinated_verbal_noun(text: str, start: int, comma: int, word: str) -> bool:
    """`أسفرت عن تحرير 12 ألف محضر، وضبط 85 طنا`: a bare verbal noun of three letters after ، و, in a list with a
    derived one a preposition governs before the comma (ضبط is no past there)."""
    before = max(start, comma - 200)
    if word.startswith("وب") and len(word) >= 5 and not word.startswith("وبال"):
        # (وتطالب النقابات بتبسيط الإجراءات، وبخفض الأسعار، وبزيادة الدعم: another item of what is called for; so
        # ب and a bare one of three letters after another, نصحت X بحمل تقارير، وبشرب المياه: not وبلغت، وبادر)
        bare = len(word) == 5 and word[2] != "ا" and not word.endswith(("ت", "ا"))
        derived = bi_verbal_noun(word[1:])  # (طالبت بنشر الدراسة، وبإشراك الجمعيات: a derived one after a bare one)
        return any(bi_verbal_noun(m.group()) or (bare or derived) and len(m.group()) == 4
                   and m.group() not in _BI_NOT_A_NOUN for m in _BI_WORD.finditer(text, before, comma))
    if word == "وعدم" and (_NOT_DOING.search(text, before, comma) or _PREPOSITION_THEN_WORD.search(text, before, comma)
                          or _FI_THEN_NOUN.search(text, before, comma)):
        return True  # (نناشد المواطنين عدم الاقتراب من الأودية، وعدم المجازفة: another item of what is asked;
        # تمثلت في سوء تعقيم الأدوات، وعدم توثيق الملفات: another item a preposition governs)
    if len(word) == 5 and word.startswith("وت") and _BI_ITEM_BEFORE.search(text, before, comma):
        return True  # (بحمل تقارير، وبشرب المياه، وتجنب التعرض: after an item with ب, a masdar of form V, no past)
    if len(fold(word[1:])) != 3 or word[0] != "و" or fold(word[1:]) in _PERSONAL or fold(word[1:]) in _DEMONSTRATIVES:
        return False  # (، ونحن واثقون، وهذه الأموال ستبقى: a pronoun or a demonstrative, a clause of its own)
    form_three = _DEFINITE_NEXT.match(text, text.find(word, comma) + len(word)) is not None  # (وفتح السوق: the bare
    # one in construct with a definite noun, not ولدى مايكروسوفت)
    return any(derived_verbal_noun(m.group(1)) or form_three and FORM_THREE_MASDAR.fullmatch(m.group(1))
               for m in _PREPOSITION_THEN_WORD.finditer(text, before, comma)) or (
        _BI_BARE_NOUN_AFTER_VERB.search(text, before, comma) is not None)  # (يقضي بخفض عدد اللاعبين، ووضع سقف: two
    # bare verbal nouns after what the proposal provides for)


_BI_WORD = re.compile(r"(?<!\w)ب\w{3,}")
_NOT_DOING = re.compile(r"(?<!\w)[بو]?عدم(?!\w)")  # عدم before a verbal noun: the not doing of it
_BI_ITEM_BEFORE = re.compile(r"[،,]\s*وب(?!ال)[^\W\d]{3,}[^،,]*$")  # (the item just before: ، وبشرب المياه)
_BI_NOT_A_NOUN = frozenset(("بشأن", "بهذا", "بهذه", "بذلك", "بسبب", "بعدد", "بنحو"))  # (ب and no item of a list)
# `and others from` (، وأخرى من لاعبين أجانب): another item of the noun before, its relative's verb no clause's
# `and a number of MPs` closing a list (وحضر الوزراء، وعدد من النواب): a part of a group and its definite nouns up to
# the clause's end, no verb among them
_SOME_OF_THEM_ITEM = re.compile(r"و(?:عدد|عشرات|مئات|آلاف|مجموعة|بعض)\s+من\s+ال[^\W\d]+(?:\s+و?ال[^\W\d]+){0,3}"
                                r"\s*(?:[،,.؛]|$)")
# many or most of them (والعديد منها، ومعظمهم): a part of those named before as a subject of its own
_MANY_OF_THEM = re.compile(r"و(?:(?:العديد|الكثير|كثير|بعض|معظم|أغلب|غالبية)\s+(?:منها|منهم|منهن)"
                           r"|(?:بعض|معظم|أغلب|غالبية|كل|جميع)(?:ها|هم|هن))(?!\w)")
# `, 67 in number,` (القاعات العاملة، وعددها 67 قاعة، استضافت): a possessed noun and its figure set off between
# commas, an aside on the subject before its verb
_COUNT_ASIDE = re.compile(r"و[^\W\d]{2,}(?:ها|ه|هم|هما)\s+\d[\d.,]*(?:\s+[^\W\d]+){0,2}\s*[،,]")
_OTHERS_OF = re.compile(r"و(?:أخرى|آخر|آخرون|آخرين|أخريات)\s+(?:من|ل|لل)")
# a verb taking ب, then a bare verbal noun of three letters (يقضي بخفض، يطالب برفع)
_BI_BARE_NOUN_AFTER_VERB = re.compile(r"(?<!\w)[يت](?:قضي|طالب|تعلق|سمح|نص|لتزم)\s+ب[^\W\d]{3}(?!\w)")


# a definite noun's adjectives, then its relative set off by commas (a number's comma or point inside it)
_RELATIVE_ASIDE_AR = re.compile(r"(?:\s+ال[^\W\d]+){0,2}\s*،\s*(?:الذي|التي|الذين)\s+"
                                r"(?:[^،.؛]|(?<=\d)\.(?=\d)){3,120}?،")


def _subject_past_its_relative(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """After ، و and a definite noun ending at `pos`: its relative set off by commas, then a verb of the clause (a
    past or a present), no list's next item after the aside?"""
    aside = _RELATIVE_ASIDE_AR.match(text, pos, end)
    return aside is not None and (_definite_then_past(text, aside.end(), end, pat)
                                  or _PRESENT_NEXT.match(text, aside.end(), end) is not None)


# a definite subject's adjectives, its relative and the relative's verb, then (up to a comma) the words after it
_RELATIVE_CLAUSE_AR = re.compile(r"(?:\s+ال[^\W\d]+){0,2}\s+(?:التي|الذي|الذين)\s+[^\W\d]{3,}"
                                 r"((?:\s+[^\s،,.؛:؟!\"“”«»]+){1,7})")
_PRESENT_SHAPED = re.compile(r"[يت][^\W\d]{2,}")
_FEMININE_PAST_SHAPED = re.compile(r"[^\W\d]{2,4}[^\W\dاوي]ت")


def _verb_past_its_relative_clause(text: str, pos: int, end: int) -> bool:
    """After ، و and a definite noun ending at `pos`: its relative clause, then a verb of the noun's own (a present,
    or a past in the feminine), no noun of the relative clause (تركيبها، تنظيم: verbal nouns; after a preposition)?"""
    clause = _RELATIVE_CLAUSE_AR.match(text, pos, end)
    if clause is None:
        return False
    ws = clause.group(1).split()
    for before, w in zip([""] + ws, ws):
        if fold(before) in AR_PREPOSITIONS or w.endswith(("ة", "ات", "ية", "اء")):
            continue
        bare = POSSESSOR.sub("", w)
        if (_PRESENT_SHAPED.fullmatch(w) or _FEMININE_PAST_SHAPED.fullmatch(w)) and not masdar_shaped(fold(bare), bare):
            return True
    return False


_RELATIVE_THEN_PREDICATE = re.compile(r"\s+(?:التي|الذي|الذين)\s+[يت][^\W\d]{2,}\s+"
                                      r"(?!(?:من|في|إلى|على|عن|مع|منذ|بعد|قبل)\s)[^\W\d]{3,}"
                                      r"(?:\s+(?:جدا|جداً|للغاية))?\s*[\"”»]?\s*(?:[،,.]|$)")
# a definite subject, perhaps its adjective and a participle's phrase (الواردة فيها), then a negated predicate
# (`، والأرقام الواردة فيها لا علاقة لها بالواقع`, `، والأرقام غير صحيحة`; not غير before a definite word, a
# negated adjective: والدول غير الأعضاء)
_DEFINITE_THEN_NEGATED = re.compile(r"(?:\s+(?!(?:التي|الذي|الذين|اللذين|اللتين)\s)[^\s،,.؛:«»\"]+){0,3}?\s+"
                                    r"(?:لا|لم|لن|ليس|ليست|غير(?!\s+ال))\s+[^\W\d]")
# a definite subject's relative clause (its verb, perhaps that verb's definite subject), then the subject's own
# negated verb
_RELATIVE_THEN_NEGATED_VERB = re.compile(r"\s+(?:التي|الذي|الذين)\s+[يت][^\W\d]{2,}(?:\s+ال[^\W\d]+){0,2}\s+"
                                         r"(?:(?:لا|لم|لن)\s+[يت][^\W\d]{2,}"
                                         # (or its own verb of knowing or saying and its content: `، والشركات التي
                                         # تشعلها تعرف أنها لن تعاقب`)
                                         r"|[يت][^\W\d]{2,}\s+[أإ]ن(?:ه|ها|هم)?(?!\w))")
_DUAL_PAST = re.compile(r"\s+(?!(?:معا|أيضا|جميعا|كذلك|دائما|أحيانا)(?!\w))[^\W\d]{3,5}ا(?!\w)")
_FORM_VIII_L = re.compile(r"الت[^\W\dاوي][^\W\dاةهيو][ىا]?")
_SUBJECT_NEXT = re.compile(r"\s+(?!(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)(?!\w))(?![وف])[^\W\d]")  # (a word, not a
# relative, nor one joined by و)
# (so does an adverb of how often or which: ، وغالبا من دون فترات راحة، وخاصة في المناطق الريفية)
_HEDGED_PHRASE = re.compile(r"[وف](?:ربما|لعل|غالبا|أحيانا|عادة|دائما|خاصة|خصوصا|تحديدا|أيضا)\s+(?:في|إلى|على|من|عن|مع"
                            r"|حتى|بين|داخل|خارج|قبل|بعد|خلال|دون|بدون)(?!\w)")
_DAWN = re.compile(r"\s*فجر\s+(?:اليوم|أمس|يوم|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?!\w)")
# لا, a noun and to whom (ولا صلاحية لنا، ولا علاقة له): "there is no ...", a clause of its own
# (or to what: ، ولا صحة لما يتداول، ولا أساس لما)
_NOTHING_FOR = re.compile(r"\s+\w+\s+(?:لنا|لي|له|لها|لهم|لكم|لهما|لما)(?!\w)")
_NEGATED_VERB = re.compile(r"\s+(?:[يتنأ]\w{2,}|بد)(?!\w)")
# a subject of up to three words, then a negated or future verb (وانسحاب 27 فيلما لن يلغي), not a relative
# clause's (وتأهيل الطرق التي لم يتم إصلاحها: a list's noun)
_NOUN_THEN_NEGATED_VERB = re.compile(r"(?:\s+(?!(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|ما|من)\s)[^\s،,.؛;:]+){0,3}?"
                                     r"\s+(?:لن|لم|سوف)\s+[يتنأ]\w{2,}(?!\w)")
_QUANTIFIERS = frozenset(("بعض", "كل", "جميع", "معظم", "أغلب", "غالبية"))
_WHEN_THEN = re.compile(r"\s*[وف]?(?:عندما|حينما|حين)\s+([^،,]{3,120}?)[،,]")
_THEN_FA = re.compile(r"[،,]\s*ف(?!يما|ي\s)\w")  # (، فهذا يعني / ، فإن: the consequence's ف; not فيما)
_BEFORE_SAYING = re.compile(r"قبل\s+أن\s+")
_CONTENT_SOON = re.compile(r"[:«\"“]|(?<!\w)[وف]?[إأ]ن(?:ه|ها|هم)?(?!\w)")  # a content's opening after a verb
_LIKE_OTHERS = re.compile(r"\s*كما\s+(?:غير(?:ه|ها|هم|هما)|هو\s+الحال|هي\s+الحال|سائر|باقي|بقية)(?!\w)")
# و and a verb in the present plural (ويرفضون، وتطالبون): a clause of three words or more, no list's noun (a
# shorter one stays with the clause before: a claim of two words would be dropped)
_PLURAL_PRESENT = re.compile(r"[وف][يت]\w{2,}ون")
_NOW = frozenset(fold(w) for w in ("الآن", "اليوم", "حاليا"))
_PRESENT_OR_NEGATION_NEXT = re.compile(r"\s+(?:[أنيت]\w{2,}|لم|لا|لن|لست|ليس"
                                       r"|عل(?:يّ|ي|ينا|يه|يها|يهم|يكم)\s+[أإ]ن)(?!\w)")  # (or a duty: والآن عليّ أن)
_PRESENT_NEXT = re.compile(r"\s+[يت]\w{2,}(?:ون)?(?!\w)")  # (a verb in the present right after a subject)
# a definite noun, then a verb in the present (الأمهات ينمن، الدول تعترف)
# (وكل نتيجة تحليل تنقل، وكل شيء يكتب; not an adverb in ـا: وجميع الأحزاب تقريبا)
# (or a past one with its feminine ت, not a plural in ات: وكل القرارات اتخذت)
_NOUN_THEN_VERB = re.compile(r"\s+(?:\w+\s+){0,5}\w+\s+"  # (وكل شهر إضافي من الفائدة المرتفعة يعني)
                             r"(?:[يت](?:\w+وا|\w+[^\Wا])|كان|كانت|كانوا|[اأ]\w{2,4}(?<!ا)ت"
                             r"|(?:بات|صار|ظل|بد)ت)(?!\w)")  # (or became: فموجات الحر باتت أطول)
# right after a definite noun: a verb in the present or a past one of the form تفاعل (تجاوزت، توقفت)
# (perhaps past a definite adjective: والوعود الأوروبية لم يتحقق; or a predicate participle: والحداد مرتبط)
# (or a past one with a feminine ت and its object: والإصابات حرمتنا من خمسة لاعبين; or a pronoun that parts
# subject and predicate: والوسطاء هم من يجنون الأرباح; or `as it is`: والرواتب كما هي)
# (perhaps where after the subject: والظروف على الأرض لا تسمح; a present verb may carry its object: يتحملها; a
# plural past: والنواب انشغلوا)
# (where the subject is may come between it and its verb: والمستشفى التعليمي في كوستي يعمل، والزيادة في الأجور صرفت;
# a past in the feminine of four letters or more: والبنى التحتية انهارت, not a name ending in وت/يت/ات: بيروت; and
# a part of a whole: والفرشة المائية في عدد من المناطق تراجعت)
# (the adjective no relative: والتبغ الذي يزرع في الشمال is a list's noun and its relative clause)
# an indefinite noun and its indefinite adjective after a definite subject (والدحيل فريق كبير); or an indefinite
# adjective in ـي alone, closing the clause or before where (والمزاد علني أمام الجميع: no adjective of the definite
# noun, which would take ال, but its predicate)
_INDEFINITE_PREDICATE = re.compile(r"\s+((?!ال)[^\W\d]{3,})(?:\s+(?!ال)[^\W\d]{2,}(?:ي|ية|ة|ير|يرة|ون|ين)(?!\w)"
                                   r"|(?:(?<=ي)|(?<=ية))(?=\s*[،,.؛]|\s*$|\s+(?:أمام|لدى|عند|بين|داخل)\s))")
_DEFINITE_THEN_VERB = re.compile(r"(?:\s+(?!(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)(?!\w))و?ال\w+){0,2}"
                                 # (or itself alone: والمؤسسة وحدها لا تستطيع; or where: والشقق هناك تؤجر, والطاقة
                                 # الاستيعابية فيها زادت)
                                 r"(?:\s+(?:وحده|وحدها|وحدهم|نفسها|نفسه|ذاتها|ذاته|أيضا|بدورها|بدوره|هناك|هنا"
                                 r"|فيها|فيه|لديها|لديه|لدينا|عندنا))?"
                                 # (or when: والأمطار هذا الشتاء كانت شحيحة)
                                 r"(?:\s+(?:هذا|هذه)\s+(?:العام|الشتاء|الصيف|الموسم|الشهر|الأسبوع|السنة|المرة))?"
                                 r"(?:\s+(?:في|على|داخل|من|مثل|مع|بين|حول|منذ|خلال|عن|دون|بدون|قبل|بعد)\s+"
                                 r"(?:ال\w+(?:\s+ال\w+)?|[^\W\d]{3,}"
                                 r"(?:\s+من)?(?:\s+ال\w+)?)"  # (a noun in construct: والأسعار في سوق المستعمل بلغت)
                                 # (or its preposition joined to its noun: والتعليم الجامعي للكويتيين سيظل)
                                 r"|\s+(?:لل|بال)[^\W\d]{3,}(?:\s+ال\w+)?"  # (and its adjective: والقروض
                                 # الموجهة للمؤسسات الصغرى ارتفعت)
                                 r"|\s+بالنسبة\s+ل[^\W\d]+)?"  # (or for whom: والتبسيل بالنسبة لنا ليس)
                                 # (and without what: والانقطاع عن العمل دون إذن يعرّض)
                                 r"(?:\s+(?:دون|بدون)\s+[^\W\d]{3,})?"
                                 r"\s+(?:[يتنم](?:\w{2,}وا|\w{2,}[^\Wا])(?!\w)|س[يتن]\w{2,}(?!\w)|ي\w{2,}(?:ها|هم|هما)(?!\w)|\w{3,}وا(?!\w)"
                                 r"|[^\W\d]{2,4}[^\W\dاوي]ت(?!\w)"
                                 r"|است[^\W\dةى]{2,3}(?:ت|وا)?(?!\w)"  # (a past of form X: والمستشفيات استقبلت)
                                 r"|بي[^\W\d]{2,}[^\W\dة](?!\w)"  # (a colloquial present: والفلاح بيبيع بخسارة)
                                 # (a past of form VIII from a root in ل, which looks definite: والبنك التزم)
                                 r"|الت[^\W\dا][^\W\dاةهي](?!\w)"
                                 r"|(?:لم|لن|لا|قد|ليس|ليست)\s|ما\s+زال"
                                 r"|(?:كان|كانت|كانوا|كانا)\s"
                                 r"|(?:جميعهم|كلهم|جميعها|كلها|جميعا|أنفسهم|نفسها|نفسه)\s"
                                 r"|\w{2,}ت(?:نا|ني|هم|ها|ه)(?!\w)|(?:هو|هي|هم|هما|هن)\s|كما\s+(?:هي|هو|هم|كانت|كان)(?!\w)"
                                 # (a predicate of no verb: an elative, perhaps after now or in, والتحرك الحاسم الآن أقل
                                 # تكلفة، والثقة به في أعلى مستوياتها; unchanged, والراتب على حاله)
                                 r"|(?:(?:به|بها|بهم)\s+)?(?:(?:الآن|اليوم|حاليا)\s+)?(?:في\s+)?"
                                 r"أ(?:قل|كثر|على|دنى|فضل|سوأ|كبر|صغر)\s|على\s+حال(?:ه|ها|هم)(?!\w))")
# a verb in the present after a role (والمواطن يدفع): see _present_after_role
_PRESENT_AFTER_ROLE = re.compile(r"\s+([يت][^\W\d]{2,})\s+[^\W\d]")
# given names that open with ي or ت, as a verb in the present does (والرئيس يوسف، والمحامية تغريد)
_Y_T_NAMES = frozenset(fold(w) for w in ("يوسف", "يحيى", "يزيد", "يونس", "يعقوب", "ياسر", "ياسين", "يسرا", "يسرى",
                                         "يمنى", "يامن", "يعرب", "يسري", "تامر", "توفيق", "تيسير", "تغريد", "تهاني",
                                         "تسنيم", "تقي", "تمام", "تركي", "توفيقة", "تماضر"))


def _present_after_role(text: str, pos: int, end: int) -> bool:
    """After ، و and a role at `pos` (والمواطن): a verb in the present, not a given name (والمواطن يدفع أتعاب المحامي،
    والتاجر يشتري منا; but والرئيس يوسف الشامي)?"""
    found = _PRESENT_AFTER_ROLE.match(text, pos, end)
    return found is not None and fold(found.group(1)) not in _Y_T_NAMES


# (after a role: no name; nor نفسه, the same farmer; nor a colloquial present in ب, والفلاح بيبيع بخسارة)
_NO_NAME_NEXT = re.compile(r"\s+(?:هو|هي|هم|هما|هن|لم|لن|لا|قد|كان|كانت|كانوا|نفسه|نفسها|ذاته|ذاتها|بي[^\W\d]{3,})\s")
# or a word of three letters, most often a past verb (والفريق حضر يوم الأحد) or a predicate (والوضع سيء), or a
# feminine past of four (والمولدات الأهلية رفعت أسعارها): a definite noun takes no indefinite one in construct
_DEFINITE_THEN_PAST = re.compile(r"(?:\s+و?ال\w+)?\s+([^\W\d]{2}[^\W\dهة]|[^\W\d]{3}ت)\s+[^\W\d]")
# (three-letter words that go on with the noun phrase: a time, an adverb, a demonstrative, a preposition)
_NO_PREDICATE = frozenset(fold(w) for w in ("أمس", "جدا", "معا", "فقط", "هذا", "هذه", "تلك", "عند", "لدى", "دون", "ضد",
                                            "وفق", "مثل", "تحت", "فوق", "أول", "آخر", "رقم", "عام", "يوم"))
_THAT_AFTER = re.compile(r"\s+that\s")
# (a progressive tense, `We are not saying that`, `have been saying that`, is the clause's own verb)
_NOT_A_PARTICIPLE_AFTER = re.compile(r"(?:\bas|['’]s|n['’]t|\b(?:the|a|an|his|her|its|their|this|that|whose|am|is|are|"
                                     r"was|were|be|been|being|not|also|still|keep|keeps|kept|in|on|of|for|with|"
                                     r"without))\s+$", re.IGNORECASE)  # (put in writing that: a noun; but `ended
# his remarks by saying that`: the participle's frame, its subject the clause's)
# `, with analysts warning that X`: the participle's own subject, after `with` (three words at most, no comma)
# (with shadow education secretary Laura Birch; not with the opposition accusing Labor of: a participle of its own)
_WITH_NOUN = re.compile(r"with\s+(?:(?![\w'’.-]*ing\s)[\w'’.-]+\s+){1,6}", re.IGNORECASE)
_WITH_SUBJECT = re.compile(r"[,;]\s*(" + _WITH_NOUN.pattern + ")$", re.IGNORECASE)
# after ليس, what makes a clause of it: there is (هناك، ثمة), it is clear (من الواضح), one has (لدى، لنا)
_LAYSA_CLAUSE = re.compile(r"\s+(?:هناك|ثمة|من\s+ال|لدى|لدي|لديه|لديها|لديهم|لدينا|عند|لنا|لي|له|لها|لهم|بإمكان|بوسع"
                           # (or whose power or right it is not: وليس من صلاحيات الوزارة تعديلها)
                           r"|بمقدور|في\s+وسع|من\s+(?:صلاحيات|صلاحية|حق|اختصاص|مهام|مهمة|شأن))(?!\w)")
# ما opening a clause: still (، وما زال العشرات)
_MA_OPENS_A_CLAUSE = re.compile(r"\s+(?:زال|زالت|زالوا|يزال|تزال)(?!\w)"
                                # (or what remains with its own predicate: ، وما يبقى لا يكفي لأسبوعين)
                                r"|\s+[يت][^\W\d]{2,}\s+(?:لا|لن|لم|ليس|ليست|قد|يكفي|تكفي)\s")
_LIST_COMMA = re.compile(r"[،,؛;]")


def _a_frame_joined(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Does text[pos:end] open with a conjunction, a short subject and a reporting verb (`, and the minister said`,
    `، وقال الوزير`)?"""
    conj = _JOINING.match(text, pos, end)
    if conj is None:
        return False
    if pat.language == "ar":
        return pat.verb.match(text, conj.end() - (1 if text[conj.end() - 1] in "وف" else 0), end) is not None
    verb = pat.verb.search(text, conj.end(), min(end, conj.end() + 40))
    return verb is not None and 1 <= len(_WORD.findall(text, conj.end(), verb.start())) <= 4 and not (
        _finite_among(_WORD.findall(text, conj.end(), verb.start()), pat))


_JOINING = re.compile(r"\s*(?:(?:and|but)\s+|[وف](?=\S))")
# و, a noun in construct with a definite one, and a predicate adjective closing the clause (، وقرار التعرفة فني بحت)
_CONSTRUCT_THEN_PREDICATE = re.compile(r"\s*و(?!ال)[^\W\d]{3,}\s+ال[^\W\d]{2,}\s+(?!ال)[^\W\d]{2,}(?:ي|ية)"
                                       r"(?:\s+(?:بحت|تماما|جدا|أيضا))?\s*(?=[،,.؛»\"”]|$)")
_WHAT_REMAINS_IS = re.compile(r"\s*وما\s+[^\W\d]{3,}\s+(?:هو|هي)\s")  # (، وما تبقى هو X)
_ANOTHER_CONDITION = re.compile(r"\s*(?:(?:and|but|or)\s+(?:if|unless)\b|[وف](?:إذا|لو)(?!\w))")  # (, and if / ، وإذا)
_AND_THAT_COMMENT = re.compile(r"\s*(?:(?:and|but)\s+(?:that|this)(?:['’]s|\s+(?:is|was|means|meant|cost|costs))\b"
                               r"|[\"“«]?[وف](?:هذا|هذه|ذلك)\s)")  # (، وهذا يعني منازل أقل)
# whoever does X will Y (، ومن يقارن الفاتورتين سيجد الفرق): a conditional relative and its future, a clause
_WHOEVER = re.compile(r"\s+[يت][^\W\d]{2,}(?:\s+[^\s،,.؛]+){0,8}?\s+ف?س[يت][^\W\d]{2,}")
_ASIDE_THEN_CONTENT = re.compile(r"حيث[^،,؛;.]{2,100}[،,]\s*(?:إن|إنه|إنها|إنهم|أن|أنه|أنها|أنهم)\s")
_QUOTATION_CLOSES = re.compile(r"[”\"»](?=\s*[,،;؛.])")
_TOPIC = re.compile(r"\s*[وف]?أما\s")
_TOPIC_WORDS = ("أما", "وأما")
_FOR_WHOM = re.compile(r"\s*[وف]?بالنسبة\s+(?:ل|إلى\s)")  # (as for X: a topic opening its clause)
_NEVERTHELESS = re.compile(r"[وف]مع\s+(?:ذلك|هذا)(?!\w)")
_EXPECTED = re.compile(r"[وف]من\s+(?:المتوقع|المقرر|المنتظر|المرجح|المفترض|المحتمل)\s")


# `مشمسا، وشديد الحرارة`: an adjective of the form فعيل in construct with a definite noun, after an indefinite
# accusative, is a second predicate of the same clause (sunny and very hot), no clause of its own
# (where, when or the end after it: `وكبير المفاوضين قال` is a subject and its verb)
_COORDINATED_ADJECTIVE = re.compile(r"و[^\W\dيت][^\W\d]ي[^\W\d]\s+ال\w+(?=\s*(?:[،,.؛]|$|(?:في|على|مع|من|إلى"
                                    r"|خلال|طوال|حتى)\s))")
_ACCUSATIVE_BEFORE = re.compile(r"[^\W\d]{2,}[^\W\dهن]ا$")


def is_topic(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open with أما (أما تركيا فتعهدت ...: a topic and what is said of it)?"""
    return text.startswith(_TOPIC_WORDS, start) and _TOPIC.match(text, start, end) is not None


def _in_list(text: str, prev_comma: int | None, comma: int, pos: int, end: int) -> bool:
    """Is the comma at `comma` one of a list of short items (فرنسا، وبريطانيا، وألمانيا)?

    An item is short with fewer than three words: the one after the comma (up to the next comma or 80
    characters) or the one before it (from the separator before, with no comma in between: each is one).
    """
    if not _THREE_WORDS_BEFORE_COMMA.match(text, pos, min(end, pos + 80)):
        return True
    # (an item closing a quotation inside the one before, `'خذي الكلب، سنغادر'، وخرجنا`, is no item of a list
    # going on past the mark)
    return prev_comma is not None and not _THREE_WORDS_BEFORE_COMMA.match(text, prev_comma, comma) and not any(
        c in _QUOTE_CHARS or c == "'" for c in text[prev_comma:comma])


_ENGLISH_PREPOSITIONS = frozenset(("by", "in", "on", "at", "for", "from", "with", "of", "into", "through", "under"))
_OBJECT_PRONOUNS = frozenset(("them", "us", "you", "it", "those", "these", "whom"))
_NOT_A_SUBJECT = frozenset(("certainly", "not", "never", "especially", "particularly", "including", "even",
                            "perhaps", "possibly", "probably", "mostly", "mainly", "largely", "partly", "notably"))


_COMMA_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s")


# adverbs narrowing a subordinate clause after them (only if, even when, especially because)
_NARROWING = frozenset(("only", "even", "especially", "particularly", "mainly", "partly", "largely", "except"))
_SUBORDINATE_OPENERS = frozenset(("when", "if", "because", "although", "unless", "until", "where", "whenever",
                                  "while", "whereas"))  # (`, and in the Loire Valley, while Champagne was`: the
# contrast's verb, not the phrase's)


def _present_after_noun(word: str, following: str) -> bool:
    """Is `word` shaped like a verb in the present after a singular noun (employs, adds), given the word after it?"""
    return (word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in _S_WORDS
            and following not in _AFTER_A_NOUN)


# a person's name and age set off by commas (Kevin Ashworth, 55,)
_NAME_AND_AGE = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+,\s*\d{1,3},")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, read back 300 characters at most (a stop or a line's end before)."""
    back = max(0, pos - 300)
    stop = max(text.rfind(". ", back, pos), text.rfind("\n", back, pos))
    return stop + 1 if stop >= 0 else back


def _finite_among(words: list[str], pat: LanguagePatterns) -> bool:
    """Is one of `words` a finite verb (one the lexicon lists, or a past in -ed, not after an article: a jewelled
    dagger)?"""
    return any(fold(w) in pat.finite and not (i and w == "May") or w.endswith("ed") and len(w) > 4 and "-" not in w
               and not (i and fold(words[i - 1]) in ARTICLES) for i, w in enumerate(words))  # (in May: the month;
    # millet-based, state-owned: adjectives)


# a determiner, a name of capitalised words (no possessive) and a verb in the present (the National Bank knows)
_NAME_THEN_PRESENT = re.compile(r"\s*(?:the|a|an)\s+(?:[A-Z][\w-]*\s+){1,4}(?<!'s )(?<!’s )[a-z]{3,}(?<!ss)s\b")


_AFTER_A_NOUN = frozenset(("such", "like", "and", "or", "of", "including", "whose", "who", "which"))
_S_WORDS = frozenset(("this", "thus", "perhaps", "always", "sometimes", "news", "unless", "across", "towards",
                      "besides", "whereas", "plus", "afterwards", "nevertheless", "series", "species"))  # (no verbs)
_LOST_SOMETHING = re.compile(r"فقد\s+[^\W\d]{2,}ا(?!\w)")  # فقد and an accusative object: the verb, lost
_RELATIVE_CHUNK = re.compile(r"\s*(?:الذي|التي|الذين|اللذين|اللتين)\s")  # a chunk opening with a relative
# a clause right after `saying` (the scheme's costs had risen): a determiner, a few words, then a finite auxiliary
_A_CLAUSE_AFTER = re.compile(r"\s+(?:the|its|their|his|her|it|they|he|she|there)\b(?:\s+[\w'’-]+){0,4}?\s+(?:had|has|"
                             r"have|was|were|is|are|would|will|could)\b")
_CONTRACTED = re.compile(r"\w['’](?:s|re|ll|ve|d|m)$|n['’]t$")  # (it's, they're, won't: a verb in it)
# before an -s word these make it a plural noun (some days, many people, the prices)
_COUNTING = frozenset(("a", "an", "the", "some", "many", "few", "several", "most", "all", "both", "these", "those",
                       "its", "their", "his", "her", "our", "other", "two", "three", "four", "five", "ten"))


_PLURAL_DETERMINERS = frozenset(("the", "their", "our", "its", "these", "those", "many", "most", "some"))
# common verbs in the present after a plural subject (their -s form would read as a noun's plural)
_BARE_PRESENT = frozenset(("get", "go", "grow", "rise", "fall", "remain", "stay", "keep", "become", "seem", "need",
                           "want", "come", "continue", "face", "pay", "wait", "say", "think", "know", "feel",
                           "expect", "believe", "fear", "hope", "argue", "agree", "disagree", "predict", "doubt",
                           "insist", "originate", "depend", "exist", "appear", "tend", "die", "leave", "recover",
                           "reach", "return", "survive", "struggle", "rely"))
# adverbs of how often, between a subject and its verb (`, and those results never reach the portal`)
_HOW_OFTEN = frozenset(("never", "rarely", "seldom", "often", "usually", "always", "still", "also", "now"))
# adverbs of where or when opening a clause before its pronoun subject (`, but here we get the same`)
_HERE_OR_NOW = frozenset(("here", "now", "today", "then", "yesterday"))
# pronouns of a group that stand alone as a clause's subject (`, and both originate in Turkey`)
_GROUP_PRONOUNS = frozenset(("both", "all", "many", "most", "some", "several", "few"))
_IRREGULAR_PLURALS = frozenset(("people", "children", "men", "women", "police"))
# determiners opening a verb's object (estimate its temperature)
_OBJECT_DETERMINERS = frozenset(("its", "their", "the", "his", "her", "our", "that"))
# كان and its definite subject closed by a comma (وكان الخفض،): an aside, then كان's predicate
_KANA_THEN_SUBJECT = re.compile(r"\s*[وف]?(?:كان|كانت)\s+ال[^\W\d]+(?:\s+ال[^\W\d]+)?\s*[،,]")
# a second predicate of the same subject: an elative or ordinal, its indefinite noun and the verb of the noun's
# relative clause (إنه أصغر كوكب يعثر عليه، وأول كوكب يمكن أن تكون فيه محيطات), no clause of its own
_ELATIVE_THEN_ITS_VERB = re.compile(r"و(?:أول|آخر|أكبر|أصغر|أكثر|أقل|أعلى|أدنى|أفضل|أسوأ|ثاني|ثالث)\s+(?!ال)\w+\s+"
                                    r"(?:[يت]\w{2,}|يمكن)(?!\w)")
# a modal (and an adverb) closing a relative clause's first words: the verb after it is the relative's
_MODAL_CLOSING = re.compile(r"\b(?:could|would|can|will|may|might|should|must)(?:\s+[a-z]+ly)?$")
_RELATIVE_OPENS = re.compile(r"\s*(?:which|who)\s")  # a relative clause set off after its noun
# a lone word, then a relative set off after it: a subject still waiting for its verb (تشيلي، التي تنتج ثلث الليثيوم،
# والأرجنتين توسعان: its second name joined by و, then their verb)
_LONE_NAME_THEN_RELATIVE = re.compile(r"\s*[^\W\dوف][^\W\d]+\s*،\s*(?:التي|الذي|الذين)\s[^،,.؛]+")
# a name alone before its comma (Chile, Rio Tinto,)
_NAME_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w'’.&-]*|of|the|and|de)\s+){0,5}[A-Z][\w'’.&-]*\s*,\s*")
# personal pronouns that open a clause as its subject
_SUBJECT_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "it", "they"))
# a subject, its relative clause (`body`) and perhaps an aside in dashes, then the subject's own auxiliary
_SUBJECT_WITH_RELATIVE = re.compile(r"\s*(?:the|a|an|its|their)\s+[a-z]+\s+(?:who|which|that)\s+(?P<body>[^,;.]{3,80}?)"
                                    r"(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bwe)(?:\s+[-–—]\s+[^-–—,;]{3,80}\s+[-–—])?"
                                    r"\s+(?:(?:are|is|were|was|have|has|had|will|would|can|could)\s+(?:not\s+)?[a-z]+"
                                    # (or a plural's verb of knowing or saying: `, and the companies that light them
                                    # know they will never be punished`)
                                    r"|(?:know|say|think|believe|fear|expect|insist|argue|admit|agree|warn|claim)\s)")
_COMMA_NOT_IN_A_NUMBER = re.compile(r",(?!\d)|(?<!\d),")
# a time phrase before a clause's subject (`, and every month the lists get longer`, `, and now I pay 450`)
# a participle opening the clause before `and saying` (`, describing the scheme as "a vanity project" and`)
_PARTICIPLE_BEFORE_AND = re.compile(r",\s+[a-z]+ing\s[^,;]*\sand\s$")
# modals after a demonstrative opening a clause (`, but that cannot go on`)
_MODALS_AFTER_THAT = frozenset(("cannot", "can", "will", "would", "could", "must", "should", "may", "might", "won't",
                                "won’t", "can't", "can’t", "is", "was", "has", "had"))
# subordinators that may open a clause fronted before its own main clause after `, and` (where X, Y)
_FRONTED_SUBORDINATORS = frozenset(("where", "when", "once", "because", "unless", "although", "though"))
# the subject of a concession, its name set off after it (`, though its general secretary, Paula Reeve, warned`)
_CONCEDING_SUBJECT = re.compile(r"\s*(?:though|although|whereas|while)\s+(?:its|his|her|their|the)"
                                r"(?:\s+[a-z][\w'’-]*){1,4}\s*")
# (and a sentence adverb of a few words: `, but at least it turns up`, `, but in the end the board agreed`; or what
# it is about: `, but on this issue we simply disagree`)
_FRONTED_TIME_EN = re.compile(r"\s*(?:(?:every|each|this|last|next)\s+(?:day|week|month|year|time|summer|winter)"
                              r"|now|today|at\s+least|at\s+last|in\s+the\s+end|in\s+fact|of\s+course|after\s+all"
                              r"|for\s+now|(?:on|in|for|over)\s+(?:this|that|these|those)\s+[a-z]+"
                              r")\s+(?=(?:the|a|an|its|their|our|his|her|we|they|he|she|it|i|I|you)\s)")


def _english_clause_start(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    first = _NAME_AND_AGE.search(text, _sentence_start(text, pos), pos) if _NAME_AND_AGE.match(text, pos, end) else None
    if first and not _finite_among(_WORD.findall(text, first.start(), pos), pat):
        return False  # `Rhodri Vaughan, 48, of Llanelli, and Kevin Ashworth, 55, of Swansea, have been charged`: the
        # next person of the subject, no clause
    fronted = _FRONTED_TIME_EN.match(text, pos, end)
    if fronted:  # `, and every month the lists get longer`: a time phrase before the clause's subject
        pos = fronted.end()
    words = [fold(m.group()) for m in islice(_WORD.finditer(text, pos, end), 13)]
    if len(words) >= 2 and words[0] in pat.pronouns and words[0] not in ("it", "that", "this"):
        return True  # `, but they don't`: a pronoun subject and its verb
    if words and CONTRACTION.search(words[0]) and CONTRACTION.sub("", words[0]) in pat.pronouns:
        return True  # (`, but we’re hedged`, `, and it's small`: the pronoun and its verb in one word)
    if len(words) >= 2 and words[0] in ("nobody", "everybody", "everyone", "others") and words[1] in pat.finite:
        return True  # `, and nobody is`: an indefinite pronoun and its verb
    if len(words) >= 2 and words[0] == "nobody" and (words[1].endswith(("ed", "s")) and not words[1].endswith("ss")
                                                      or words[1] in pat.irregular_participles):
        return True  # (`, and nobody listened`, `, and nobody knows`: no one, then a verb of its own)
    if len(words) >= 2 and words[0] in ("others", "another") and words[1] in _ENGLISH_PREPOSITIONS:
        # `, and others from foreign players threatening to go to FIFA`: another item of the noun before (but `, and
        # another of 40,000 tonnes from a Nigerian buyer was under negotiation`: its own verb after its phrase)
        return _finite_among(words[2:12], pat)
    if len(words) == 2 and words[0] not in pat.determiners and (words[1] in pat.finite or words[1].endswith("ed")) and (
            words[1] not in _AUXILIARIES and words[1] not in ("is", "are", "was", "were", "will", "would", "can")):
        return True  # (`, but wages fell`: a subject and its verb, the clause's two words)
    if len(words) < 3:
        return False
    if words[0] in _NARROWING and words[1] in _SUBORDINATE_OPENERS:
        return False  # `, but only as minority partners, and only if they agree`: a condition of the clause before
    if (words[0] == "then" and words[1] not in pat.determiners and CONTRACTION.sub("", words[1]) not in pat.pronouns
            and not words[1].endswith(("s", "ed")) and words[1] not in _IRREGULAR_PLURALS):
        return False  # `, "and then act surprised when mistakes happen`: a bare verb, the subject before goes on (or
        # its progressive: `We are locking up people ..., and then acting surprised`)
    if words[0] in ("that", "this") and words[1] in _MODALS_AFTER_THAT:
        return True  # (`, but that cannot go on forever`: a demonstrative subject and its modal)
    if words[0] == "that" and _finite_among([fold(m.group()) for m in islice(_WORD.finditer(text, pos, end), 16)][1:],
                                            pat):
        return True  # `, but that wind gusts of up to 70 kilometres per hour were making`: a second content clause,
        # its subject long
    if words[0] == "that" and words[1] != "of":
        return True  # `, and that some earn less than £7 an hour`, `, and that responsibility for routes lay with`:
        # that and a subject, the report's next content clause, whatever its verb (or a demonstrative subject: `, and
        # that would`; not `, and that of its rival`, a noun's stand-in in a list)
    # (and `, and not to risk crossing flooded roads`: the next item of what is urged)
    infinitive = (words[0] == "to" or words[:2] == ["not", "to"]) and not any(w in pat.pronouns for w in words[3:8])
    # (but to be honest I was)
    if words[0] == "if":  # (`, and if the numbers move the wrong way, we will not hesitate`: its main verb far on)
        consequence = text.find(",", pos, min(end, pos + 120))  # (`, but if a van breaks down, 5,000 children go
        # hungry`: the condition and its consequence after its comma, a clause whatever its verb)
        return _finite_among([fold(m.group()) for m in islice(_WORD.finditer(text, pos, end), 16)], pat) or (
            consequence > 0 and len(_WORD.findall(text, consequence, min(end, consequence + 60))) >= 3)
    fronted_comma = text.find(",", pos, min(end, pos + 160)) if words[0] in _FRONTED_SUBORDINATORS else -1
    if fronted_comma > 0 and _finite_among(
            [fold(w) for w in _WORD.findall(text, fronted_comma, min(end, fronted_comma + 120))][:12], pat):
        return True  # (`, and where a child has a respiratory condition, the condition of the property is central`:
        # a clause fronted before its own main clause, past a comma)
    if words[1] == "than" and _finite_among([fold(m.group()) for m in islice(_WORD.finditer(text, pos, end), 14)][
            2:], pat):
        return True  # `, and more than 8,000 had been displaced`: a subject of a comparison, then its verb (perhaps
        # far on: `, while more than 2.5 million containers' worth of new capacity is due`)
    verb_at = next((i for i, w in enumerate(words[2:10], 2) if w in pat.finite or w.endswith("ed")), None) if (
        words[0] == "not" and (words[1] in ("a", "an", "the") or words[1][:1].isdigit())) else -1
    if verb_at is None or verb_at > 0 and any(w in pat.pronouns for w in words[2:verb_at]):
        return False  # `, and not the 32,000 we managed last year,`: a noun phrase set against the one before, its
        # relative's verb no clause of its own (but `, and not a single client walked away`: its own verb)
    if words[0] in pat.relatives or infinitive or words[1] == "than" or words[0] == "of":
        return False  # (`, and who asked not to be named,`: the relative goes on, no clause of its own; `, and to
        # be careful`: an infinitive, nor is that; `, and lower than those`: a comparison; `, and of supporting
        # children,`: another of-phrase of the noun before)
    aside = _COMMA_RELATIVE.search(text, pos, min(end, pos + 80))
    if aside and not _finite_among(_WORD.findall(text, pos, aside.start()), pat):
        closing = _COMMA_NOT_IN_A_NUMBER.search(text, aside.end(), end)  # (which has 75,000 tonnes, was)
        closed = closing.start() if closing else -1
        if closed < 0 or not _finite_among(_WORD.findall(text, closed, min(end, closed + 40))[:3], pat):
            return False  # `, and tenth-grade students, who will be given X`: a noun and its relative, the list's
            # last item (but `, and the pupils, who were tired, went home`: a subject, its aside and its verb)
        if len(_WORD.findall(text, pos, aside.start())) <= 4:
            return True  # (`, but like-for-like sales, which strip out the effect of new stores, were flat`: its
            # verb past a long aside)
    comma = text.find(",", pos, min(end, pos + 60))
    if comma > 0 and not _finite_among(_WORD.findall(text, pos, comma), pat) and pat.verb.match(
            text, SPACES.match(text, comma + 1, end).end(), end):
        return False  # `, food, and agrarian reform, said`: a list's last item, then the verb of the subject before
    if words[0] in _ENGLISH_PREPOSITIONS and "that" in words[1:next(
            (i for i, w in enumerate(words[:9]) if w in pat.finite), None)] and not (
            words[1] == "that" and words[2] in pat.pronouns):  # (`, but for that we will have to wait`: a clause)
        return False  # `, and by renewed speculation that rates would rise`: a second phrase, its verb the that's
    # (a verb inside a subordinate clause is not the clause's own: `, and a seat when it does`)
    # (nor one in a relative after the noun: `, and a dry autumn that had left many farmers buying in hay`)
    # (a subject may be long before its verb, `, and the group's order book at the end of February was`, when no
    # comma comes between: `, and the transport secretary, Ruth Kelly, next year, with a decision expected`)
    comma = text.find(",", pos, end)
    reach = 12 if comma < 0 or len(_WORD.findall(text, pos, comma)) >= 12 else 9
    main = words[:next((i for i, w in enumerate(words[:reach]) if i and w in _SUBORDINATE_OPENERS
                        or i >= 2 and w == "that" and words[0] in ("a", "an", "the")), reach)]
    by = next((i for i in range(2, min(len(words), 5)) if words[i] == "by"), None)
    if by and words[by - 1].endswith("ed") and by + 1 < len(words) and words[by + 1][:1].isdigit():
        return True  # (`, while transport costs eased by 1.2 per cent`: a verb of change and by how much, no agent)
    if by and words[by - 2].endswith("s") and (words[by - 1] in pat.irregular_participles or words[by - 1].endswith(
            "ed")) and not _finite_among(words[:by - 1] + words[by + 1:], pat):
        return False  # `, and low prices paid by the NHS`: a plural and its participle, the list's last item (but
        # `, and wages paid by the state fell`: its own verb after)
    if words[0] in pat.pronouns or _finite_among(main, pat):
        return True
    if words[0] in ("a", "an", "the") and words[1] in pat.person_roles and words[2] in ("for", "of", "at"):
        # `, and a spokesperson for the Office of Management and Budget declined to comment`: a role's long
        # name, then its verb
        longer = [fold(m.group()) for m in islice(_WORD.finditer(text, pos, end), 16)]
        if any(fold(w) in pat.finite or w.endswith("ed") for w in longer[3:16] if w not in ("and", "of")):
            return True
    if words[0] in pat.ing_nouns and (words[1] in pat.finite or words[1].endswith("s") and not words[1].endswith(
            "ss") and (words[2] in _ENGLISH_PREPOSITIONS or words[2] in pat.determiners)):
        return True  # `, and mining accounts for about a tenth of its economy`: a noun in -ing, then its verb
    if words[0].endswith("ing") and len(words[0]) > 5:
        return False  # `opening the door, putting the kettle on, and waiting for the sound`: a list's last gerund
    if words[0] == "there" and words[1] in pat.passive:
        return True  # `, and there are plenty of places`: an existential clause
    if words[1] in _OBJECT_DETERMINERS and pat.verb.fullmatch(words[0]):
        return True  # `They found that X, and estimate its surface temperature at Y`: the subject's second reporting
        # verb with its own object (a noun takes no determiner after it)
    phrase_then_pronoun = next((i for i in range(2, min(len(words) - 1, 6)) if words[i] in _SUBJECT_PRONOUNS
                                and (words[i + 1] in pat.finite or words[i + 1].endswith("ed"))), None)
    if words[0] in _ENGLISH_PREPOSITIONS and phrase_then_pronoun is not None and not any(
            w in pat.finite for w in words[1:phrase_then_pronoun]):
        return True  # `, and for 20 years it has not worked`: a phrase fronted before the clause's own subject
    if words[0] in _HERE_OR_NOW and words[1] in _SUBJECT_PRONOUNS:
        return True  # `, but here we get the same as last year`: an adverb before the clause's own subject
    if words[0] in ("in", "at") and len(words) > 4:
        place = next((i for i, w in enumerate(_WORD.findall(text, pos, min(end, pos + 80))[1:5], 1)
                      if not w[:1].isupper()), None)  # (the place's name after the preposition)
        if place and place > 1 and place + 1 < len(words) and words[place] not in _ENGLISH_PREPOSITIONS and (
                words[place + 1] in pat.finite or words[place + 1].endswith("ed") and len(words[place + 1]) > 4):
            return True  # `, while in New York futures gained 3%`: a place fronted before the clause's subject
    if words[0] in _ENGLISH_PREPOSITIONS:
        return False  # `, and by renewed speculation that ...`: a second phrase of the clause before
    if (words[0] in ("a", "an", "the") and words[2].endswith("s") and not words[2].endswith("ss") and len(words[2]) > 3
            and not words[1].endswith(("s", "'", "’"))):
        return True  # `, and the damage adds up`: a determiner, a noun and a verb in the present
    if (words[0] in _PLURAL_DETERMINERS | {"both", "all"} and (
            words[1].endswith("s") and not words[1].endswith("ss") or words[1] in _IRREGULAR_PLURALS)
            and (words[2] in _BARE_PRESENT or len(words) > 3 and (words[3] in _ENGLISH_PREPOSITIONS or words[3] in (
                "them", "us", "him", "her", "me"))  # (`, and the tests give them that`: a verb and its object)
                 and not words[2].endswith(("s", "ed", "ing")) and words[2] not in _ENGLISH_PREPOSITIONS
                 or len(words) > 3 and words[2] in _HOW_OFTEN and words[3] in _BARE_PRESENT)):
        # (`, and both rivers originate in Turkey`: a verb in the present before its preposition; `, and most people
        # recover within a week`, `, and those results never reach`)
        return True  # `, and every month the lists get longer`: a plural subject and a verb in the present
    if words[0] in _GROUP_PRONOUNS and words[1] == "of" and any(
            words[i] in _BARE_PRESENT and (words[i - 1].endswith("s") or words[i - 1] in _IRREGULAR_PLURALS)
            for i in range(3, min(len(words), 9))):
        return True  # `, while most of the big four banks expect a move`: a part of a group and its present verb
        # (`, and most of its people depend on farming`)
    if words[0] in _GROUP_PRONOUNS | {"those", "others"} and words[1] in _ENGLISH_PREPOSITIONS and any(
            words[i] in _BARE_PRESENT and words[i - 1].endswith("s") for i in range(3, min(len(words), 7))):
        return True  # `, while those on higher salaries face increases`: a pronoun of a group, its phrase, then its
        # verb in the present
    if (words[0] in _IRREGULAR_PLURALS or words[0] in _GROUP_PRONOUNS) and words[1] in _BARE_PRESENT:
        return True  # `, and people keep working`, `, and both originate in Turkey`: a plural without -s or
        # determiner, or a group's pronoun, and a verb in the present
    if (words[0] == "the" and words[1].endswith(("'s", "’s")) and words[2].endswith("s") and len(words) > 4
            and words[3] in ("up", "down") and words[4] in ("to", "by")):
        return True  # `, while the LDF's comes down to 24`: the possessor standing for its noun, then its verb
    # (and where the subject is before its verb: `, and the teaching hospital in Kosti runs at twice its capacity`)
    verb_at = 5 if len(words) > 6 and words[3] in ("in", "at") and (_WORD.findall(
        text, pos, min(end, pos + 120))[4:5] or [""])[0][:1].isupper() else 3
    # (or more modifiers: `, while a less severe yellow warning extends as far north as Manchester`)
    for at in (verb_at, 4, 5) if verb_at == 3 else (verb_at,):
        if (words[0] in ("a", "an", "the") and len(words) > at + 1 and _present_after_noun(words[at], words[at + 1])
                and not any(w in _COUNTING or w.endswith("s") or (at != verb_at and w in _ENGLISH_PREPOSITIONS)
                            for w in (words[2:at] if at != verb_at else words[2:3]))
                and not (words[1].endswith(("s", "'", "’")) and words[1] != "less") and not words[1][:1].isdigit()):
            return True  # `, and the mining industry employs around 75,000 people`: a modifier before the noun
    if words[0] in ("a", "an", "the") and words[2] == "of" and any(
            w.endswith("s") and not w.endswith("ss") and len(w) > 3 and words[i + 1] in ("by", "to")
            and words[i - 1] not in _ENGLISH_PREPOSITIONS and words[i - 1] not in _OBJECT_DETERMINERS
            and words[i - 1] not in ("a", "an") for i, w in enumerate(words[4:8], 4) if i + 1 < len(words)):
        return True  # `, while the price of a weekly ticket rises by £1`: the noun's complement, then its verb and
        # how far it moves (not `the cost of repairs to roads`: a plural right after `of`)
    if words[0] in ("a", "an", "the") and _NAME_THEN_PRESENT.match(text, pos, end):
        return True  # `, and the National Bank knows it`: a name after the determiner, then its verb
    if any(words[i] in pat.adverbials and words[i + 1].endswith("s") and len(words[i + 1]) > 3
           for i in range(1, min(len(words) - 1, 5))):
        return True  # `, and the outlook now allows us`: an adverb before a present-tense verb
    relative = _SUBJECT_WITH_RELATIVE.match(text, pos, min(end, pos + 240))
    if relative and not _MODAL_CLOSING.search(relative.group("body")):
        return True  # `, and the buyers who used to soak it up — the pension schemes — are not there`: a subject,
        # its relative and an aside, then its verb (not `, and the first that could plausibly have oceans`: the
        # relative's own verb after its modal)
    named = _WORD.findall(text, pos, min(end, pos + 160))[:16]
    verb = next((i for i, w in enumerate(named) if not (w[:1].isupper() or w in ("and", "&"))), None)
    if verb and verb >= 2 and named[0][:1].isupper() and (fold(named[verb]) in pat.finite or named[verb].endswith(
            "ed") and len(named[verb]) > 4):
        return True  # `, and Barclays Plc, Lloyds Bank Plc and Midland Bank Plc followed`: named parties, their verb
    if words[0] in ("a", "an", "the") or words[0][:1].isdigit() or words[0] in _NOT_A_SUBJECT:
        return False  # `, and an investment in a new service worth $97m`: a noun phrase, the list's last item
        # (`, and certainly not one worth this amount`: an adverb, no subject of its own)
    # three words or more after the conjunction, one of them shaped like a verb: a clause, not the last item of a
    # list (`, and some days only rice`, `, and then to $8 this month`: no verb, the clause before goes on)
    raw = _WORD.findall(text, pos, min(end, pos + 60))
    return not all(w[:1].isupper() for w in raw[:3]) and (
        any(w.endswith("ed") and len(w) > 4 and "-" not in w or w.endswith("s") and not w.endswith("ss") and len(w) > 3
            and w not in _S_WORDS and words[i - 1] not in _COUNTING and not any(c.isdigit() for c in words[i - 1])
            and not (i and "-" in words[i - 1])  # (millet-based dishes: a compound adjective, then its noun)
            and (words[i + 1:i + 2] or [""])[0] not in _AFTER_A_NOUN  # (rivals such as Samsung: a plural noun)
            # (nor a noun of a prepositional phrase: `, and very hot in inland areas`)
            # (but `, and one of them uses`: a pronoun's verb)
            and not (i >= 2 and (words[i - 1] in _ENGLISH_PREPOSITIONS or words[i - 2] in _ENGLISH_PREPOSITIONS
                                 and words[i - 1] not in _OBJECT_PRONOUNS))
            or _CONTRACTED.search(w) for i, w in enumerate(words[:8]))
        # (a plural subject and its verb in the present: `, but critics question the math`)
        or words[0].endswith("s") and not words[0].endswith("ss") and words[1] not in _ENGLISH_PREPOSITIONS
        and words[1] not in _COUNTING and words[1] not in ("and", "or", "only", "of")
        # (or the subject's own verb again, with its object: `, and brings the total to 9,870`)
        or words[0].endswith("s") and not words[0].endswith("ss") and len(words[0]) > 4 and words[0] not in _S_WORDS
        and words[1] in ("the", "a", "an", "its", "their", "his", "her", "our"))


def _english_clause_before(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a clause (five words or more with a finite verb), not a noun phrase in apposition nor
    a participle's intro (Asked whether he would resign, ...)?"""
    words = _WORD.findall(text, start, end)
    if words and words[0][:1].isupper() and is_participle_intro(text[start:end].strip(" ,;")):
        return False
    # (folding up to the first verb only; `from May to October`: the month, no modal)
    return len(words) >= 5 and any(fold(w) in pat.finite and not (i and w == "May") for i, w in enumerate(
        words)) and not is_phrase_with_participle(words, pat)


_WHO_SAYS = re.compile(r"who\s+(?:say|says|said)\s+[^,;:]*$")


def _relative_report_to_the_end(text: str, start: int, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[pos:end] `who say(s)/said X` running to the sentence's end after four words or more (`The rise
    angered farmers, who say the fuel is too dear`)? Its content is theirs whatever verb the clause before has
    (angered, follows: none the finite list holds); a relative followed by the main clause's verb has a comma
    (`Marcus Hill, 58, who said ..., kept`)."""
    return _WHO_SAYS.match(text, pos, end) is not None and len(_WORD.findall(text, start, pos)) >= 4


def is_phrase_with_participle(words: list[str], pat: LanguagePatterns) -> bool:
    """Are `words` a prepositional phrase whose only verbs are participles after its noun (In a press conference
    held at the ministry, In a letter sent to the department): where something was said, no clause?"""
    if len(words) <= 3 or fold(words[0]) not in _PHRASE_PREPOSITIONS or fold(words[1]) not in _PHRASE_DETERMINERS:
        return False  # (the cheap tests first: the words may be many)
    finite = [i for i, w in enumerate(words) if fold(w) in pat.finite]
    return bool(finite) and all(i > 2 and fold(words[i - 1]) not in pat.determiners and (
            fold(words[i]).endswith("ed") or fold(words[i]) in pat.irregular_participles) for i in finite)


# a phrase of where or how something was said opens with one of these and a determiner (In a letter sent to ...)
_PHRASE_PREPOSITIONS = frozenset(("in", "at", "during", "on", "via", "through", "with", "under"))
_PHRASE_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "our", "this"))


_QUOTED_NAME = re.compile(r"[\"“«][^\"“”«»]{1,40}[\"”»]")


def _intro_phrase(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] a short prepositional intro (وفي بيان لها، / خلال مؤتمر صحفي،) that belongs to the
    frame after its comma rather than being a clause of its own?"""
    ws = _WORD.findall(_QUOTED_NAME.sub("X", text[start:end]))  # (a quoted name is one word: في رد على أسئلة "إرم
    # نيوز")
    if not ws or len(ws) > 6:
        return False
    first = ws[0][1:] if len(ws[0]) > 2 and ws[0][0] in "وف" else ws[0]
    return bool(pat.speaker_stop.fullmatch(ws[0]) or pat.speaker_stop.fullmatch(first))


def adverbial_phrases(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Is text[start:end] only comma-separated intro phrases: of time and place (وفي فبراير 2020، وبعد أيام قليلة
    من تبرئة ...) or opened by an intro word (وردا على سؤال ...), each perhaps with a short aside (منصة إكس،
    تويتر سابقا), and no verb, relative or subordinate clause among them (بعد أن أعلنت، الذي قال)?"""
    chunks = comma_chunks(text[start:end])
    for i, chunk in enumerate(chunks):
        ws = chunk.split()
        first = fold(ws[0])
        bare = first[1:] if first[:1] in "وف" else first
        if len(ws) > 2 and {first + " " + fold(ws[1]), bare + " " + fold(ws[1])} & pat.intro_words:
            ws = ws[2:]  # (وفيما يتعلق بالأجور، قال: an intro of two words, its first no subordinator here)
            first = bare = "في"
        opens = {first, bare} & (AR_PREPOSITIONS | pat.intro_words)
        if not opens and not (i and (len(ws) <= 2 or len(ws) <= 6 and _APPOSED_NOUN.match(ws[0]) and not (
                chunks[i - 1].split()[-1].endswith(("ه", "ها", "هم"))))):
            return False  # (في مصر، أكبر مستورد للقمح في العالم، قال: a place and what it is; من جهته، أبدى X:
            # a pronoun has no apposition, أبدى is a verb)
        if last_subordinator(ws, pat) is not None or any(fold(w) in pat.relatives for w in ws):
            return False
        when = LEADING_TIME_AR.match(chunk)
        after = chunk[when.end():].split() if when else []
        if len(after) >= 2 and fold(after[0]) not in AR_PREPOSITIONS | pat.intro_words:
            return False  # (وفي 2019 أغلق المجلس المستودع: a time phrase, then its clause's verb and subject)
    return bool(chunks) and not pat.verb.search(text, start, end)


_APPOSED_NOUN = re.compile(r"ال|أ\w{3}$")  # a definite noun or an elative (أكبر، أهم، أول)
_ADDRESSEE = re.compile(r"لـ?\s*(?:[«\"“][^«»\"“”،,]{1,40}[»\"”]|[^\s«»\"“”،,]+(?:\s+[^\s«»\"“”،,]+)?)\s*")


_QUOTE_CHARS = frozenset("\"“”«»")
_OPENING_QUOTES = frozenset("\"“«")


_INCLUDING = re.compile(r"(?<!\w)(?:including|such as)\s")


_FA_INNA_NEXT = re.compile(r"\s*ف[إا]ن(?!\w)")
# (`, writing in (the journal) Geophysical Research Letters,`)
_WHERE_WRITTEN_ASIDE = re.compile(r"\s+(?:in|on|for)\s+(?:the\s+)?(?:(?:journal|magazine|newspaper|website|blog)\s+)?"
                                  r"(?:[A-Z][\w'’.&-]*\s*){1,6},")
_QUOTE_NEXT = re.compile(r"\s*(?:[\"“«]|``|')")
_MODAL_BEFORE = re.compile(r"(?<!\w)(?:would|will|could|should|can|may|might|must|to)\s+[a-z]+")
_ABOUT = frozenset(("about", "around", "nearly", "almost", "over", "under", "up", "only", "just", "roughly", "some",
                    "approximately", "more", "less", "at"))
_OBJECT_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "some", "all", "more", "about"))


def _in_any(word: str, *word_sets: frozenset) -> bool:
    """Is `word` in one of `word_sets` (without building their union on each call)?"""
    return any(word in words for words in word_sets)


# times `that` points to (that night, that year): a demonstrative, no that-clause opening
_TIMES_THAT_POINTS_TO = frozenset(("night", "day", "morning", "evening", "afternoon", "week", "weekend", "month",
                                   "year", "season", "summer", "winter", "spring", "autumn", "time", "moment"))


def _subject_still_waiting(text: str, start: int, comma: int, pat: LanguagePatterns) -> bool:
    """Is text[start:comma] a that-clause's subject with an apposition set off by a comma (`that poor harvests in
    Vietnam, the world's biggest robusta producer`), no verb of its own yet?"""
    that = text.rfind(" that ", max(start, comma - 160), comma)
    if that < 0 or not any(text.find(",", after, before) >= 0 for after, before in _outside_quotations(
            text, that, comma)):
        return False  # (a comma inside a quotation sets nothing off: `that officials 'came with excuses, not
        # answers', and he called for`)
    after = _WORD.match(text, that + 6, comma)
    if after and after.group().lower() in _TIMES_THAT_POINTS_TO:
        return False  # (`treated 61 people that night, most of them for cuts, and that two`: a time, no content)
    return not _finite_among(_WORD.findall(text, that + 6, comma), pat)


def _outside_quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[start:end] outside its closed quotations."""
    out, cur = [], start
    for opener, closer in quotations(text, start, end):
        if closer is not None:
            out.append((cur, opener))
            cur = closer + 1
    out.append((cur, end))
    return out


def _modal_goes_on(text: str, start: int, comma: int, item: int, end: int, pat: LanguagePatterns) -> bool:
    """`it would eliminate 900 jobs, or 6% of its workforce, and close 41 branches`: after a modal (or to) in the
    clause, `, and` before a bare verb and its object adds a second verb to the same subject and modal, no clause."""
    ws = _WORD.findall(text, item, min(end, item + 40))[:2]
    if len(ws) < 2 or not ws[0].islower() or ws[0].endswith(("ed", "s", "ing", "ly")) or _in_any(
            fold(ws[0]), pat.determiners, pat.pronouns, pat.finite, pat.adverbials, _ABOUT, _FRONTED_SUBORDINATORS,
            _ENGLISH_PREPOSITIONS):
        return False  # (not `, and about 50,000 more are`: a quantity opening a subject; nor `, and where a child
        # has`: a subordinate clause; nor `, and for 20 years it has`: a phrase, no bare verb)
    return (ws[1][:1].isdigit() or fold(ws[1]) in _OBJECT_OPENERS) and _MODAL_BEFORE.search(
        text, max(start, comma - 200), comma) is not None


def _last_item_of_including(text: str, start: int, comma: int, item: int, end: int, pat: LanguagePatterns) -> bool:
    """`Some tasks are exempt, including asphalt paving ..., and emergency repairs to water networks`: after
    `including` or `such as` in the clause, `, and` before a bare noun (no article, pronoun or name) adds the list's
    last item, however its words look (repairs: a plural, no verb)."""
    if not _INCLUDING.search(text, max(start, comma - 200), comma):
        return False
    first = _WORD.match(text, SPACES.match(text, item, end).end(), end)
    second = _WORD.search(text, first.end(), end) if first else None
    return first is not None and first.group().islower() and not _in_any(
        fold(first.group()), pat.determiners, pat.pronouns, pat.finite) and not first.group().endswith("ed") and not (
        second and fold(second.group()) in pat.finite)  # (, and would remain; `, and others are considering`: a verb)


def _frame_between_quotes(text: str, pos: int, end: int) -> bool:
    """`"...," the minister added, "without ..."` inside one quotation rejoined around its frame: after a comma
    where a quotation closes (»، or ,"), is the stretch from `pos` a frame before the next comma, right after
    which a quotation opens (no clause of its own)?"""
    nxt = _LIST_COMMA.search(text, pos, min(end, pos + 100))
    if nxt is None or _CONTENT_MARKER.search(text, pos, nxt.start()):
        return False  # (»، فيما أشارت X إلى أن Y، «...»: a report of its own between them, no frame)
    after = SPACES.match(text, nxt.end(), end).end()
    return after < end and text[after] in _QUOTE_CHARS


def _role_in_a_list(text: str, word: re.Match, end: int, pat: LanguagePatterns) -> bool:
    """After ، و, a role and its name with no verb before the next comma (، ورئيس مجلس المصدرين سليم أرسلان، في):
    the list's next party, no clause."""
    if fold(word.group()[1:]) not in pat.person_roles:
        return False
    nxt = _LIST_COMMA.search(text, word.end(), min(end, word.end() + 80))
    stop = nxt.start() if nxt else min(end, word.end() + 80)
    return pat.verb.search(text, word.end(), stop) is None and not _PRESENT_VERB.search(text, word.end(), stop)


_PRESENT_VERB = re.compile(r"(?<!\w)[يت]\w{2,}(?!\w)")


def _anonymity_aside_at(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the stretch from `pos` to the next comma an aside on a source's anonymity (فضل عدم الكشف عن اسمه)?"""
    nxt = _LIST_COMMA.search(text, pos, min(end, pos + 120))
    return nxt is not None and pat.anonymity_aside.search(text, pos, nxt.start()) is not None


def _noun_participle(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """A reporting participle after a comma with only a noun after it, to the sentence's end (، داعيا إلى مراجعة
    الخريطة الفلاحية، متسائلا عن أسباب التعثر): at most an optional claim (GUIDELINES), cut off the claim before."""
    speech = pat.participle.match(text, pos, end)
    m = speech or pat.act_participle.match(text, pos, end)
    if speech and fold(speech.group("w")) in pat.homographs:
        speech = None  # (مقدرا, estimating: with a noun after it an act, like داعيا)
    after = _WORD.match(text, SPACES.match(text, m.end(), end).end(), end) if m else None
    if after is None:
        return False
    if not speech:
        # an act's participle may take its noun right after it (مقدرا كلفة تحديثها بنحو 400 مليون دينار), a quoted
        # one too (داعيا إلى «مقاربة جماعية»); only أن after it (داعيا إلى أن) makes content
        return not pat.complementizer.match(text, after.start(), end) and not pat.complementizer.match(
            text, SPACES.match(text, after.end(), end).end(), end)
    return (fold(after.group()) in AR_PREPOSITIONS or after.group().startswith("ب")
            or fold(speech.group("w")) in pat.noun_content_participles  # (نافيا ما تردد: what is denied, a noun)
            and not pat.complementizer.match(text, after.start(), end)) and not (
        _AR_MARKER_NEXT.match(text, after.end(), end))


def act_participle_at(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """`, urging rich countries to cut emissions`: a call made, its object a noun (no `that`), at most an optional
    claim (GUIDELINES, like داعيا), cut off the claim before and left out."""
    m = pat.act_participle.match(text, pos, end)
    if m is not None and _CALLING_IT_QUOTED.match(text, m.start(), end):
        return False  # `, calling the allegation "baseless and malicious"`: what it is called, in the speaker's words
    return m is not None and not pat.complementizer.match(text, SPACES.match(text, m.end(), end).end(), end) and not (
        pat.verb.search(text, m.end(), min(end, m.end() + 60)))  # (but `, pointing to chemists who, it says, have
    # produced lithium carbonate`: a report inside its object, the claim goes on)


# calling something by words quoted (calling it "a disgrace", calling the allegation "baseless"): a verdict, content
# (or describing, branding, labelling it as "...")
_CALLING_IT_QUOTED = re.compile(r"(?:and\s+)?(?:calling|describing|branding|labelling|labeling)\s+(?:it|them|this|that"
                                r"|(?:the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:as\s+)?[\"“]")


_TOPIC_ANSWERS = frozenset(fold(w) for w in ("قد", "إن", "إنه", "إنها", "هو", "هي", "هم", "لا", "لم", "لن", "ليس"))


def _answers_topic(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the ف at `pos` the one answering أما (فاعتبر، فقد، فإن), not a name's first letter in the topic's
    apposition (أما رئيس التحالف، فيصل العبادي، فاعتبر)?"""
    word = _WORD.match(text, pos, end)
    if word is None or pat.verb.match(text, pos, end) or fold(word.group()[1:]) in _TOPIC_ANSWERS | pat.auxiliaries:
        return True
    nxt = _LIST_COMMA.search(text, word.end(), min(end, pos + 60))
    return not (nxt and len(_WORD.findall(text, pos, nxt.start())) <= 4)


def _apposition_reports(text: str, pos: int, end: int, pat: LanguagePatterns, starts: PhraseStarts) -> bool:
    """Does an appositive clause at `pos` (، وهو/وهي ...) hold a report with a speaker of its own (وهي نسبة يرى
    اقتصاديون أنها ...), which makes it a claim of its own rather than a fact set off (GUIDELINES: optional)?"""
    first = _WORD.match(text, pos, end)
    if first is None or fold(first.group()) not in APPOSED_CLAUSE_OPENERS:
        return False
    stop = min(end, first.end() + 200)  # (bounded: a long paragraph of such clauses stays linear)
    nxt = _LIST_COMMA.search(text, first.end(), stop)
    found = arabic_frame(text, pos, nxt.start() if nxt else stop, pat, starts)
    return found is not None and bool(found.speaker) and found.start > first.end()


# (or the examples it includes: `الحلول الداخلية، ومنها تقنيات الري، لم تعد ترفا`)
_PERSONAL_APPOSITION = re.compile(r"(?:وه(?:و|ي|م|ما|ن)|ومنها|ومنهم|ومن\s+بينها|ومن\s+بينهم|بما\s+فيها|بما\s+فيهم"
                                  r"|بما\s+في\s+ذلك)\s")
# after the apposition's closing comma: the clause's verb (نقلتا، يعمل) or its complement (على بيانات، بالتزامها)
_PREDICATE_AFTER_ASIDE = re.compile(r"\s*(?!(?:لكن|لكنه|لكنها|بينما|بعد|بعدما|بحسب|بينها|بينهم|لذلك|لهذا)(?!\w))"
                                    r"(?:على|إلى|عن|[بل]\w{2,}|[يت]\w{2,}|\w{2,}(?:تا|وا|ت)|(?:لم|لن|لا|قد)\s+\w+)"
                                    r"(?!\w)")


def _apposition_inside(text: str, pos: int, end: int) -> bool:
    """Is `، وهم/وهي ...` at `pos` an apposition set off inside its clause, closed by a comma before the clause's
    verb or complement (واعتمد الباحثون، وهم فريق من جامعة أكسفورد، على بيانات), no claim of its own?"""
    if not _PERSONAL_APPOSITION.match(text, pos, end):
        return False
    closing = _LIST_COMMA.search(text, pos, min(end, pos + 100))
    return closing is not None and text[closing.start()] in "،," and _PREDICATE_AFTER_ASIDE.match(
        text, closing.end(), end) is not None


def _aside_before_marker(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """`وذكر مصدر، فضل عدم الكشف عن اسمه، أن ...`: the words after a comma are an aside closed by the next comma,
    right after which the frame's content opens (أن، إن): no clause of their own."""
    nxt = _LIST_COMMA.search(text, pos, min(end, pos + 120))
    if not nxt or pat.verb.match(text, pos, end):
        return False  # no comma closing it, or the frame's own verb (، وقال الوزير، إن ...)
    after = SPACES.match(text, nxt.end(), end).end()
    if pat.complementizer.match(text, after, end):
        return True
    addressee = _ADDRESSEE.match(text, after, end)  # (، فضل عدم ذكر اسمه، لـ«المصري اليوم» أن: to whom it was said)
    if addressee is None or pat.participle.match(text, after, end) or pat.clause_conj.match(text, after, end):
        return False  # (، لافتا إلى أن: a participle opening with ل, no addressee; nor ، لكنه نفى أن: a clause)
    if pat.complementizer.match(text, addressee.end(), end):
        return True
    # an outlet's name of up to four words, unquoted (لجوهرة أف أم أن)
    return any(pat.complementizer.match(text, w.end() + 1, end) for w in islice(_WORD.finditer(text, after, end), 4))


def _verb_with_subject(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """A reporting verb at `pos` followed by a subject of its own (not by its content or a pronoun)."""
    vm = pat.verb.match(text, pos, end)
    if not vm or fold(vm.group("w")) in pat.object_verbs:
        return False  # (، أبلغ إذاعة "كادينا سير" بأن: the listener after the verb, its subject before the comma)
    nxt = _WORD.search(text, vm.end(), min(end, vm.end() + 40))
    if not nxt or text[vm.end():nxt.start()].strip():
        return False  # a colon or a quotation right after the verb: no subject
    word = nxt.group()
    if pat.complementizer.fullmatch(word) or fold(word) in pat.pronouns or pat.speaker_stop.fullmatch(word):
        return False
    if word.startswith(("لـ", "لل")) or word == "ل":
        return False  # `، قالت لـ"العربية.نت" إن`: whom it was said to, the subject is before the comma
    found = arabic_frame(text, pos, min(end, pos + 400), pat)  # and it is speech (not أضاف 8 أشخاص)
    # (، قال لبي بي سي إن: only whom it was said to, the subject is before the comma)
    if found is not None and _CONTRAST_THAT.search(text, pos, found.content_start + 4):
        return False  # `، تقدر كلفته بنحو 300 مليون دولار، غير أن المزارعين`: the أن is the contrast's, no content
    if found is not None and text.startswith("و", found.content_start):
        return False  # `، بين ندوات وأمسيات، وأن جناح الطفل`: وأن goes on with the report before (بين: among)
    return found is not None and found.start == pos and bool(found.speaker)


_CONTRAST_THAT = re.compile(r"[،,]\s*(?:غير|إلا|الا|بيد)\s+[أا]ن(?!\w)")


# (or a noun whose predicate is the أن clause: والدليل على ذلك أن، والسبب في ذلك أن، والمشكلة أن)
_ELATIVE_THEN_THAT = re.compile(r"(?:وال[أا]\w{2,3}|والمهم|والدليل|والسبب|والمشكلة|والحقيقة|والواقع|والنتيجة|والمفارقة)"
                                r"(?:\s+(?:على|في)\s+(?:ذلك|هذا))?\s+[أا]ن(?!\w)")
QUOTING_AS_SAYING = re.compile(r"quoting\s+(?:[^,.;]{1,80}?)\s+as\s+saying\s+(?:that\s+)?")
# (not a determiner's noun: `, while its ally, the Samajwadi Kisan Party, drew a blank` is a subject and its aside)
_VERBLESS_ASIDE = re.compile(r"(?:while|though|although|if|albeit)\s+"
                             r"(?:(?!(?:its|the|a|an|his|her|their|our|this|these|those)\s)[a-z]+(?:\s+[a-z]+)?\s*,"
                             # (or a phrase of when or where: `the former governor, while in office between 2015
                             # and 2023, diverted`)
                             r"|(?:in|on|at|under)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,60},(?!\d))")  # ($2,480: no comma)


def _is_name(ws: list[str]) -> bool:
    """`the Professional Footballers' Association`, `Bowel Cancer UK`: capitalised words, perhaps after the (a
    subordinator may open them when its subject is a long name: `, though the Tamil Nadu Generation and Distribution
    Corporation (TANGEDCO) maintained`, its initials left out)."""
    ws = ws[1:] if ws and ws[0].lower() == "the" else ws
    return bool(ws) and all(w[:1].isupper() or w in ("of", "for", "and") for w in ws) and ws[-1][:1].isupper()


# `8,000 homes had been destroyed and Mayor Jorge Andrade said entire neighborhoods`: another party joined by and,
# with no comma: a name (perhaps a role and a name) and its verb
_AND_NAMED_PARTY = re.compile(r"\s(and|but)\s+(?:the\s+)?(?!I\s)[A-Z][\w'’.-]*"
                              r"(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'’.-]*){0,5}"
                              r"\s+([a-z]+)(?!\w)")


# a negated verb opening a clause after ، و or ، ف (، ولن نتهاون), however short the chunk before
_NEGATED_VERB_OPENERS = frozenset(fold(w) for w in ("ولن", "ولم", "فلن", "فلم"))
# a relative or a copula awaiting its clause or complement after a frame set off (`a regime that, she said,
# narrowed`, `A sailing ... was, she said, "a cancellation by any other name"`)
_AWAITING_ITS_CLAUSE = re.compile(r"\b(?:that|which|who|is|are|was|were|be|been|remains|remained)\s*$")
_FRAME_SET_OFF = re.compile(r"(?:he|she|they|we|it|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+[a-z]+\s*,")
_SINCE_WHEN = frozenset(("long", "never", "always", "often", "since"))
# prepositions of why or against what, opening a phrase after a comma (`, amid fears that`): never a subject
_PREPOSITIONS_OF_CAUSE = frozenset(("amid", "amidst", "despite", "over", "following", "among"))


def _new_english_frame(text: str, pos: int, end: int, pat: LanguagePatterns, starts: PhraseStarts) -> bool:
    """`, others said X`: a short subject, a reporting verb and a clause of its own after a comma (`starts`: a
    scan of a stretch holding it)."""
    first = _WORD.match(text, pos, end)
    reach = 110 if first and fold(first.group()) in pat.subordinators else 70  # (a subordinator's long-named subject)
    vm = starts.search(pat.verb, pos, min(end, pos + reach))
    if vm and a_noun_before_of(text, vm, end):
        return False  # `, as fears of higher interest rates swept the market`: a noun, no frame
    before = _WORD.findall(text, pos, vm.start()) if vm else []
    # (`, although Finance Ministry officials denied that`: a subordinator and a subject of up to five words; `, the
    # Professional Footballers' Association said`: a name of more)
    subordinated = bool(before) and (fold(before[0]) in pat.subordinators or fold(before[0]) == "where"
                                     or [fold(w) for w in before[:2]] in (["even", "as"], ["to", "which"]))
    # (, even as hospitals said; `, to which the prosecutor replied that`: what was answered, then who answers)
    if not vm or not 1 <= len(before) <= (6 if subordinated or _is_name(before) else 3) and not (
            subordinated and len(before) <= 12 and _is_name([w for w in before[1:] if not w.isupper()])):
        return False  # (`, although the government in Colombo denied`: a subordinator and a subject of five words)
    if is_party_state(text[pos:vm.start()]):
        return False  # `Opponents, led by Sen. Carl Weaver, D-W.Va., argued`: the name's party and state, no subject
    if fold(before[0]) == "something":
        return False  # `, something she said "has never happened before"`: an aside on the claim before, a relative
        # with its frame inside it
    if len(before) > 1 and fold(before[-1]) in ("who", "which") and text.find(",", pos, vm.start()) >= 0:
        return False  # `, Wanis al-Shaari, who said`: a name set off and its relative; the relative's own comma
        # is the cut, the name stays with the clause it is apposed to
    if len(before) == 1 and fold(before[0]) in ("who", "which") and fold(vm.group("w")) not in pat.free_verbs:
        return False  # `members of the coalition, who fear that X`: a relative on what fears or believes, the
        # clause's own (but `, who said X`: the one named reports)
    if fold(before[0]) in pat.passive and any(fold(w) in ("quoted", "cited") for w in before[1:3]):
        return False  # `The minister, who took office in May, was quoted as saying`: a passive with no subject of its
        # own, the subject's aside before it
    if fold(before[0]) == "so" and len(before) > 1 and fold(before[1]) in ("i", "we"):
        return False  # `, so I don't expect the central bank to react`: a result (no clause conjunction), the
        # speaker's own view of it
    if fold(before[-1]) == "to" or fold(before[0]) == "not":
        return False  # `, have yet to say whether they would`: an infinitive, nobody reports; `grid connections,
        # not planning rules, remained`: a contrast set off inside the clause (rules is no verb there)
    if text[pos:vm.start()].rstrip().endswith(",") and state_after_town(
            text[max(0, pos - 80):pos].rstrip(" ,"), " ".join(before)):
        return False  # `Harlow, which is based in Parsippany, New Jersey, said`: the town's state, no subject
    if before[-1].lower() in ARTICLES:
        return False  # `, rejected the claim on Monday and said`: after a determiner the verb's word is a noun
    if len(before) > 1 and fold(before[-1]) in ("and", "but") and text.find(",", pos, vm.start()) >= 0:
        return False  # (`“genuine, if belated, remorse,” but said`: the verb joined to the clause's own subject, past
        # the end of the words set off before it, which are no subject)
    if all(fold(w) in _AUXILIARIES or fold(w) in pat.passive or fold(w) in pat.adverbials or fold(w) in _SINCE_WHEN
           for w in before):  # (`, have long complained`: an adverb of how long, no subject either)
        return False  # `one client, a Midlands components maker, had told him` (`had earlier told`, `also said`):
        # no subject of its own (nor
        # `The 47-year-old, who led City, was told of the decision`: a passive)
    if fold(before[0]) == "with":
        return False  # `, with some told they would wait`: a passive in an absolute phrase, no frame
    if fold(before[0]) in _PREPOSITIONS_OF_CAUSE:
        return False  # `, amid fears that poor weather will cut supplies`: a preposition and its noun (fears, claims)
        # with a that-clause of its own, no subject and verb
    after = _WORD.findall(text, vm.end(), min(end, vm.end() + 60))
    if fold(before[0]) in pat.relatives and (
            len(before) == 2 and fold(before[1]) in pat.pronouns  # (`, who it said now account for`: the frame set
            # inside the relative, whose own verb comes after it, whatever its form)
            or len(before) > 1 and (fold(before[-1]) in _AUXILIARIES or fold(before[-1]) in pat.passive
                                 or opens_with_a_verb(text, vm.end(), end, pat, fold(before[1]) in pat.pronouns))
            or fold(vm.group("w")) in pat.homographs and not (after and fold(after[0]) == "that")
            or after and fold(after[0]) in ("at", "as")):
        return False  # `, which adds about 14 miles for commuters,`: a relative clause, its verb no speech; `,
        # which it said had been made worse`: the relative is the content's own subject, the frame inside it;
        # `, which have argued for years that`: a stance the relative clause describes; `, which he estimated at
        # $30m`: the amount, no content
    if fold(before[0]) in pat.subordinators and fold(vm.group("w")) not in pat.noun_content and not any(
            fold(w) == "that" or fold(w) in pat.finite for w in after[:6]):  # (but `, though the government denies
        # pressuring Punjab`: a denial's content is what is denied)
        return False  # `, when forecasters expect a high of 118`: a time clause of the content, its verb's object
    # (, so it says nothing about: no frame; `, which it hopes to release`: an infinitive, no content)
    # (`, breaks global trade rules and will cost`: a noun, its clause going on with `and`)
    return len(after) >= 4 and not (fold(after[0]) in NO_CONTENT and fold(after[1]) in NO_CONTENT_AFTER) and (
        after[0] not in ("to", "and", "or", "but"))


def with_subject(text: str, start: int, participle: int) -> int | None:
    """Where `with X` starts when it opens an English participle's clause at `participle` (`Oil rose, with
    analysts warning that X`: the analysts warn), else None."""
    found = _WITH_SUBJECT.search(text, max(start, participle - 70), participle)
    if found:
        return found.start(1)
    at_start = _WITH_NOUN.match(text, start, participle)  # (the stretch after an inverted frame opens with it)
    return start if at_start and at_start.end() == participle else None


_RELAYING = frozenset(fold(w) for w in ("ناقلا", "ناقلة"))  # relaying (from someone), or a carrier: a tanker
_FROM = re.compile(r"\s*عن\s")


# time spent right before a participle (spent months explaining, spend hours warning): its complement, no report
_TIME_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:a|the|several|many|two|three|four|five|six|\d+"
                         r"|a\s+few|long|whole)\s+)?(?:minutes|hours|days|weeks|months|years|decades|time|night|day"
                         r"|week|month|year)\s+$")


def participle_at(text: str, pos: int, end: int, pat: LanguagePatterns) -> re.Match | None:
    """A reporting participle at `pos` followed by its content marker (أن، إن، :، that or a clause); also a call's
    participle right before its content (`, demanding that lawmakers pass the bill`, داعية إلى أن،
    مطالبا بأن: what is demanded)."""
    m = pat.participle.match(text, pos, end)
    if m is None:
        m = pat.act_participle.match(text, pos, end)
        after = SPACES.match(text, m.end(), end).end() if m else end
        if pat.language == "ar" and text.startswith("إلى ", after):
            after = SPACES.match(text, after + 3, end).end()  # (داعية إلى أن: the call's preposition, then أن)
        if m is None or not pat.complementizer.match(text, after, end):
            return None
        return m  # (its content follows: no test below, made for reporting participles, applies)
    if not m or text.startswith(_CLOSING_MARKS, m.end()):
        return None  # (`إن الموسم "يبدو واعدا"، لكنه حذر من أن`: the quotation closes on it, a predicate (promising))
    after = text[m.end():min(end, m.end() + 24)]
    if pat.language == "ar":
        before = [w.strip("\"“”«»") for w in text[max(0, pos - 8):pos].split()[-1:]]
        if before and (fold(before[0]) in pat.auxiliaries or fold(before[0]) in pat.pronouns):
            return None  # كان متوقعا، لكنها متوقعة، «كان متوقعا: a predicate (was expected), not a participle with
            # content
        after = text[m.end():min(end, m.end() + 60)]
        if fold(m.group()).lstrip("وف") in _RELAYING and not _FROM.match(after):
            return None  # (احتجز ناقلة نفط: a tanker; relaying is ناقلا عن X)
        content = _AR_PARTICIPLE_CONTENT.match(after)
        if not content:
            return None
        marked = _WORD.findall(after, 0, content.end())
        lead = marked[-2:-1] if marked and _AR_MARKER_WORD.fullmatch(marked[-1]) else marked[-1:]
        if lead and fold(lead[0]) in pat.blockers:
            return None  # مقترحا لتحديد سقف، دون أن يقدم: a noun, and أن after دون is no content's
        noun = _WORD.findall(text, max(0, pos - 30), pos)[-1:]
        if (noun and not noun[0].startswith("ال") and text[pos - 1].isspace() and text[pos - 2:pos - 1].isalpha()
                and (noun[0].endswith("ة") and m.group().endswith("ة") and not _AR_MARKER_NEXT.match(after)
                     or noun[0].endswith("ا") and m.group().endswith("ا")
                     and not _AR_MARKER_NEXT.match(after.lstrip(" \"”»")))):
            return None  # إصابة مؤكدة بالتهاب الكبد، "نموا لافتا": an adjective agreeing with the noun before it
        return m
    after = _WORD.findall(text, m.end(), min(end, m.end() + 60))
    if in_a_progressive(text, pos):
        return None  # `the county was adding another layer`: a progressive tense, the clause's own verb
    if _TIME_SPENT.search(text, max(0, pos - 40), pos):
        return None  # `We spent months explaining that X`: what the time went on, the clause's own complement
    # (`X, reporting from Port Sudan, said`: where the reporter is, an aside of the subject; `, adding to demand for
    # the currency`: adding to, increasing; `, asking not to be identified`: why the source has no name; `With all
    # 214 polls reporting,`: a phrase's participle, its comma right after it)
    before = pos
    while before > 0 and text[before - 1] == " ":
        before -= 1
    if len(after) < 3 or after[0].lower() == "from" or text.startswith(",", m.end()) and text[
            before - 1:before] != "," and not _QUOTE_NEXT.match(text, m.end() + 1, end):
        return None  # (but `, adding, however, that` and `, adding, "..."`: a participle clause after its comma)
    if after[0].lower() in ("in", "on", "for") and _WHERE_WRITTEN_ASIDE.match(text, m.end(), end):
        return None  # `A separate team, writing in Geophysical Research Letters, reported`: where they wrote, an aside
    if fold(m.group("w")) == "adding" and after[0].lower() == "to" or after[0].lower() == "not" and (
            pat.anonymity_aside.match(text, m.start(), end)):
        return None
    if fold(m.group("w")) == "adding" and not _adds_a_clause(text, m.end(), end, after, pat):
        return None  # `, adding pressure on families`: adding a thing, no words added
    return m


def _adds_a_clause(text: str, pos: int, end: int, after: list[str], pat: LanguagePatterns) -> bool:
    """Does `adding` (its words after it: `after`) go on with what was added to the words: that, a colon or a
    quotation, or a clause of its own (`adding more cuts were likely`, `adding it was`)?"""
    if fold(after[0]) in pat.pronouns or fold(after[0]) in ("that", "there") or "that" in after[1:10]:
        return True  # (`adding in an interview with "Sky News" that`: where it was added, then what)
    if _QUOTE_NEXT.match(text, pos, end) or text.startswith((":", ",", " —", " –"), pos):
        return True  # (`adding: "..."`, `adding, however, that`)
    near = [fold(w) for w in after[1:6]]
    near = near[:next((i for i, w in enumerate(near) if w in pat.subordinators or w in pat.relatives), len(near))]
    return any(w in pat.finite for w in near)



@cache
def _after_comma(language: str) -> re.Pattern:
    """Participle, cue, aside, conjunction or verb (or a call's participle) in one pattern: when it fails after a
    comma, none of them is there.

    (Most commas are followed by a plain word; one match then replaces five.)
    """
    pat = patterns(language)
    parts = (pat.participle, pat.cue, pat.parenthetical, pat.clause_conj, pat.verb, pat.act_participle)
    # (a call's participle with its content: `, demanding that`, ، داعية إلى أن; see participle_at)
    return re.compile("|".join("(?:" + p.pattern.replace("(?P<w>", "(?:") + ")" for p in parts))


# a quotation's closing mark right after its comma, a space after it (`prospects," and`), not an opening one
_CLOSERS_AFTER_COMMA = frozenset('"”»’\'')  # (and a single quotation's closing mark: `leaving,' and we got out`)


def _separators(text: str, start: int, end: int):
    r"""(start, end, is_dash) of each separator in text[start:end]: the spans finditer gives for
    `[،,؛;]\s*|\s[-–—]\s+`.

    A pattern that can open with a space makes the regex engine stop at every space; this one opens with
    the punctuation, and a dash counts only with a space before it that no earlier separator took.
    """
    taken = start  # where the last separator ended: the characters before it are spoken for
    for m in _SEPARATOR.finditer(text, start, end):
        sep_start, sep_end = m.span()
        if sep_end == sep_start + 1 and text[sep_start - 1:sep_start].isdigit() and text[sep_end:sep_end + 1].isdigit():
            continue  # a thousands separator (7,684 reported cases)
        is_dash = text[sep_start] in _DASHES
        if is_dash:
            if sep_start - 1 < taken or not text[sep_start - 1].isspace():
                continue
            sep_start -= 1
        elif sep_end == sep_start + 1 and sep_end + 1 < end and text[sep_end] in _CLOSERS_AFTER_COMMA and (
                text[sep_end + 1].isspace()):
            sep_end = SPACES.match(text, sep_end + 1, end).end()  # `prospects," and that`: the quotation closes
            # with its comma inside, the next clause opens after the mark
        yield sep_start, sep_end, is_dash
        taken = sep_end


# (not فيما يتعلق / فيما يخص, regarding: an intro phrase, no contrast)
_FRONTED_SUBORDINATE = re.compile(r"\s*(?:و?في\s+حين|و?فيما(?!\s+(?:يتعلق|يخص))|و?بينما|و?عندما|و?لئن|While|Whereas)\s")
# أن، إن (perhaps with its pronoun: وأنها عرضت) or that
_CONTENT_MARKER = re.compile(r"(?<!\w)(?:[وب]?[أإ]ن(?:ه|ها|هم|هما|نا|ني)?|that)(?!\w)")


def is_fronted_subordinate(text: str, start: int, end: int, pat: LanguagePatterns) -> bool:
    """Does text[start:end] open with a subordinator before its main clause (وفي حين، بينما، عندما; While)?"""
    return _FRONTED_SUBORDINATE.match(text, start, end) is not None


def _main_clause_after(text: str, start: int, comma: int, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """After a fronted subordinate clause that reports (وفي حين أكد X أن Y،), does the main clause open at `pos`:
    a word that is no و-conjunct, relative, preposition or definite noun of a list, past the content's أن?"""
    first = _WORD.match(text, pos, end)
    if first is None or not _CONTENT_MARKER.search(text, start, comma):
        return False
    w = first.group()
    if pat.language == "en":  # (While X insists that Y, the government called ...: a subject and its verb)
        return (not pat.clause_conj.match(text, pos, end) and fold(w) not in pat.relatives
                and not participle_at(text, pos, end, pat) and _english_clause_start(text, pos, end, pat))
    return not (w.startswith(("و", "ف", "ال")) or fold(w) in pat.relatives or fold(w) in AR_PREPOSITIONS
                or participle_at(text, pos, end, pat))  # (، لافتة إلى أن: the fronted clause's speaker goes on)


def _inside_dashes(dashes: list[int], comma: int) -> bool:
    """Is the comma at `comma` inside an aside that a spaced dash opens before it and another closes after it
    (`dashes`: where the stretch's spaced dashes are, in order)?"""
    before = bisect_left(dashes, comma)
    return before % 2 == 1 and before < len(dashes)


# a prepositional phrase alone opening the sentence (For some patients), no verb in it
_INTRO_PHRASE_ONLY = re.compile(r"\s*(?:For|To|Among|In|At|On|With|Without|Across|Despite)\s+[a-z][a-z\s'’-]{0,40}")
# a colon right before a quotation mark
_COLON_THEN_QUOTE = re.compile(r":\s*(?=[«\"“])")
# و and a noun phrase set off by commas, then a bare verb in the present: another item of the subject, whose
# verb it is (إن كلفة الرعاية للبالغين، ودعم الأطفال ذوي الاحتياجات، تنمو أسرع)
_ITEM_THEN_ITS_VERB = re.compile(r"و(?![يتنأ])[^\W\d]{2,}(?:\s+(?![يت][^\W\d]{2,}\s)[^\s،,.؛;]+){0,5}[،,]\s*"
                                 r"(?P<verb>[يت][^\W\d]{2,})(?!\w)")


def _item_of_the_subject(text: str, pos: int, end: int, pat: LanguagePatterns) -> bool:
    """Is the ، و-chunk at `pos` another item of the subject before it, its verb after the chunk's closing comma
    (not a frame there: ، والأجور ثابتة، تقول النقابة)?"""
    found = _ITEM_THEN_ITS_VERB.match(text, pos, end)
    return found is not None and not pat.verb.match(text, found.start("verb"), end)
# a verb and its object of two words at most, closing the stretch with a colon (، وعدّد أبرزها:): a list's frame
_LIST_INTRO_CLOSING = re.compile(r"[وف][^\W\d]{2,}(?:\s+[^\W\d]+){0,2}\s*:\s*")
# و, كل and a time noun, then a verb in the present (، وكل مرة نختار، وكل يوم يزداد): a clause of its own
_EACH_TIME_THEN_VERB = re.compile(r"وكل\s+(?:(?:مرة|يوم|عام|سنة|شهر|أسبوع|صباح|ليلة)\s+[يتنأ][^\W\d]{2,}"
                                  r"|(?!ال)[^\W\d]{3,}\s+[^\W\d]{3,}(?:ني|نا|تني|تنا))(?!\w)")
# a preposition's phrase (في كل مرة, من جهته) right after ، و, then a verb in the present: a clause of its own
# (not a possessed noun, وفي مقدمها تصحيح، وعلى رأسها تشاد: the list's lead; nor a masdar, تصحيح)
_PHRASE_THEN_PRESENT = re.compile(r"و(?:في|من|على|بعد|مع)\s+(?:كل\s+)?(?![^\s،,]+(?:ها|هم|هما|ه)\s)[^\W\d]{2,}\s+"
                                  r"(?!ت[^\W\d]{2}ي)[يت][^\W\d]{2,}(?!\w)")
# ف, then a past verb with its subject's or object's pronoun (فصدقته، فعدنا، فأخبروه)
_FA_AND_A_VERB = re.compile(r"ف[^\W\d]{2,}(?:ته|تها|تهم|ناه|ناها|وه|وها|وهم|نا|وا)")
# an adverb of when after و, then the clause's verb (وفجأة وجدنا، وبعدها انهار، وحينها يبدأ)
_ADVERB_THEN_VERB = re.compile(r"و(?:فجأة|بعدها|حينها|عندها|فورا|لاحقا)\s+"
                               r"(?:[يتن][^\W\d]{2,}|[^\W\d]{2,}(?:نا|ت|وا))(?!\w)")
_STILL = re.compile(r"وما\s+(?:زال|زالت|زالوا|زلت|زلنا)(?!\w)")  # ما زال: still, a verb
# a lone indefinite adjective of the pattern فعيل closing the chunk (والسوق بعيدة،): the subject's predicate
_LONE_PREDICATE = re.compile(r"\s+(?!ال)[^\W\d]{2}ي[^\W\d]ة?(?=\s*(?:[،,.؛\"”»]|$)|\s+وال)")  # (or another
# subject and predicate joined after it: والطريق طويل والوقود غال)
_NEXT_CLAUSE = re.compile(r"[،,;؛]\s*(?:و|ف|and\s|but\s)")  # a comma and a conjunction: perhaps a clause of its own
_ANNA = re.compile(r"(?<!\w)[وب]?[أإ]ن(?:ه|ها|هم|هما|نا|ني)?(?!\w)")  # أن، إن and with a pronoun (إنه، أنها)


def _quotation_after_content(text: str, start: int, end: int, pat: LanguagePatterns, starts: PhraseStarts):
    """Cuts where a quotation follows a reported content's colon (`أن X: «Y»`, `said X: "Y"`): the speaker's own
    words after what was reported of them, a claim of their own (not a frame's colon: `قال: «Y»`, no content before)."""
    for m in _COLON_THEN_QUOTE.finditer(text, start, end):
        back = max(start, m.start() - 400)  # (a content is never longer: bounded, linear in a long paragraph)
        marker = last_match(_ANNA, text, back, m.start()) if pat.language == "ar" else last_of(
            starts.finditer(pat.verb, back, m.start()))
        if (marker is not None and len(_WORD.findall(text, marker.end(), m.start())) >= 2
                and not _NEXT_CLAUSE.search(text, marker.end(), m.start())):
            yield m.end(), False  # (not past a clause of its own: `إن X، ووجهوا نداء إلى الأهالي: «...»`)


# a reply's occasion opening a sentence (When contacted, / Asked about it,): no condition, no clause of its own
WHEN_CONTACTED = re.compile(r"\s*(?:When|Once|After being|On being)?\s*(?:contacted|reached|asked|approached)"
                            r"(?:\s+(?:by|on|over|about|for)\s+[^,]{1,40})?\s*,\s*", re.IGNORECASE)


def split_clauses(text: str, start: int, end: int, pat: LanguagePatterns,
                  starts: PhraseStarts | None = None, after_a_condition: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, opens_with_participle) for each atomic clause of text[start:end] (`starts`: a scan of a
    stretch holding it, see PhraseStarts; `after_a_condition`: text[start:end] is a conditional's consequence and
    what follows it, read as plain clauses, so the reading recurses once at most)."""
    if (not after_a_condition and pat.conditional.match(text, start, end)
            and not _EMPHATIC_INNA.match(text, start, end)
            and not (pat.language == "en" and WHEN_CONTACTED.match(text, start, end))):  # (When contacted, X said)
        # a conditional and its consequences are one claim (`If X, A will, and B will`); a comment on them all joined
        # after them is one of its own (`When the numbers don't work, people sell, and that's fewer homes`)
        condition_end = _LIST_COMMA.search(text, start, end)
        rest = split_clauses(text, condition_end.end(), end, pat, starts, True) if condition_end else []
        comment = next((i for i, (cs, _, _) in enumerate(rest) if _AND_THAT_COMMENT.match(text, cs, end)), None)
        if comment is not None:  # (right after the first comma too: `If X we will stop, and that means Y`, the
            # consequence with no comma before it; a condition alone is never commented on)
            return [(start, rest[comment - 1][1] if comment else condition_end.start(), False)] + rest[comment:]
        # (`If X, A, and if Y, B`: two conditions, each with its consequence; `When X, A, and the minister said Y`: a
        # report of its own after them, its clauses as read; one pass over `rest`, however many there are)
        cuts = [i for i, (cs, _, _) in enumerate(rest) if i and (
            _ANOTHER_CONDITION.match(text, cs, end) or _a_frame_joined(text, cs, end, pat))]
        out = [(start, rest[cuts[0] - 1][1] if cuts else end, False)]
        for first, last in zip(cuts, cuts[1:] + [len(rest)]):
            if _ANOTHER_CONDITION.match(text, rest[first][0], end):
                out.append((rest[first][0], rest[last - 1][1], False))
            else:
                out += rest[first:last]
        return out
    when = _WHEN_THEN.match(text, start, end) if pat.language == "ar" else None
    if when and _THEN_FA.match(text, when.end(1), end):
        return [(start, end, False)]  # `عندما تستورد المصانع أقل، فهذا يعني`: a time clause and its consequence
    starts = starts or PhraseStarts(text, start, end, pat)
    cuts: list[tuple[int, bool]] = []
    prev_comma: int | None = None
    aside = False
    # أما X، فترى أن ...: the ف answers أما in the same clause
    # (so is `وبالنسبة لوافولا، فالحسابات بسيطة`: for whom, then its ف answering it)
    topic = pat.language == "ar" and (is_topic(text, start, end) or _FOR_WHOM.match(text, start, end) is not None)
    after_comma = _after_comma(pat.language)
    # وفي حين أكد X أن Y، اشترط Z: a fronted subordinate clause ends at the first comma past its content
    fronted = is_fronted_subordinate(text, start, end, pat)
    noun_participle = _noun_participle if pat.language == "ar" else act_participle_at  # (a participle with a noun)
    dashes: list[int] | None = None  # where the stretch's spaced dashes are, found at its first comma
    for comma, pos, is_dash in _separators(text, start, end):
        comma_before, prev_comma = prev_comma, pos
        if pos >= end:
            break
        if fronted and _main_clause_after(text, start, comma, pos, end, pat):
            fronted = False
            cuts.append((pos, False))
            continue
        if pat.language == "ar" and text.startswith("وه", pos) and _apposition_reports(text, pos, end, pat, starts):
            cuts.append((pos, False))  # `، وهي نسبة يرى اقتصاديون أنها غير كافية`: another party's report on it
            continue
        if pat.language == "ar" and not aside and text.startswith(("وه", "ومن", "بما"), pos) and _apposition_inside(
                text, pos, end):
            aside = True  # (`أن السفينتين، وهما "نور 1" و"سما البحر"، نقلتا`: the subject's apposition, its verb after)
            continue
        if pat.language == "ar" and not aside and text.startswith("حيث", pos) and _ASIDE_THEN_CONTENT.match(
                text, pos, min(end, pos + 160)):
            aside = True  # (وقال قادة في منطقة موكيغوا، حيث يقع المصهر، إنهم: where the speakers are, inside the
            # frame's subject; its content after the closing comma)
            continue
        if pat.language == "ar" and not aside and (text.find("عدم", pos, pos + 24) >= 0 and _anonymity_aside_at(
                text, pos, end, pat) or text.startswith("و", pos) and pat.seat_aside.match(text, pos, end)):
            aside = True  # (لكن مصدرا في الديوان، فضل عدم الكشف عن اسمه، أكد / شركة X، ومقرها مدينة أيوا، قالت: the
            # subject's aside, no clause)
            continue
        if (pat.language == "en" and not aside and comma_before is not None
                and _CONCEDING_SUBJECT.fullmatch(text, comma_before, comma)):
            aside = True  # (`, though its general secretary, Paula Reeve, warned that`: the name set off after the
            # subject of the concession, its verb after it)
            continue
        if pat.language == "en" and text[pos].isdigit() and _AGE_AFTER_NAME.match(text, comma - 1, end):
            continue  # `Daniel Okonkwo, 34, says`: the age set off after a name opens nothing
        if pat.language == "en" and comma_before is not None and comma - comma_before < 24 and state_after_town(
                text[max(start, comma_before - 60):comma_before].rstrip(" ,"), text[comma_before:comma].strip()) and (
                not starts.search(pat.verb, pos, min(end, pos + 20))):
            continue  # `in Gaines County, Texas, and spread to ...`: the comma closing a town's state parts nothing
            # (but before a reporting verb, `in Austin, Texas, and reported revenue of`, the frame rules decide)
        if pat.language == "en" and text.startswith("quoting", pos) and QUOTING_AS_SAYING.match(text, pos, end):
            cuts.append((pos, True))  # `reported that X, quoting a source as saying Y`: the source's words, a claim
            continue
        before_saying = _BEFORE_SAYING.match(text, pos, end) if pat.language == "ar" and text.startswith(
            "قبل", pos) else None
        saying = pat.verb.match(text, before_saying.end(), end) if before_saying else None
        if saying and (fold(saying.group("w")) in pat.going_on or _CONTENT_SOON.search(
                text, saying.end(), min(end, saying.end() + 60))):
            cuts.append((pos, False))  # `، قبل أن يضيف: "..."`: before adding, the same speaker's frame (but `، قبل
            continue  # أن يعلن الأردن التخلي عنه`: an act narrated, no content)
        plain = after_comma.match(text, pos, end) is None  # no participle, cue, aside, conjunction or verb here
        if (pat.language == "ar" and comma_before is not None and text.startswith("فقد", pos)
                and _LOST_SOMETHING.match(text, pos, end) and _RELATIVE_CHUNK.match(text, comma_before, comma)):
            continue  # `أن القطن المصري، الذي اشتهر ...، فقد جزءا كبيرا`: فقد, lost, the subject's own verb after its
            # relative aside (not ف and قد opening a clause)
        if dashes is None:  # (found once a stretch: a count from its start at every comma would be quadratic)
            dashes = [m.start() for m in SPACED_DASH.finditer(text, start, end)] if pat.language == "en" else []
        if dashes and not is_dash and _inside_dashes(dashes, comma):
            continue  # `Six councils – including Bradford, Windsor and Maidenhead, and Somerset – have been`: a list
            # inside an aside set off by dashes, the sentence's verb after it
        if pat.language == "en" and comma_before is None and _INTRO_PHRASE_ONLY.fullmatch(text, start, comma):
            continue  # `For some patients, finding a dentist ... has proved difficult`: after a phrase with no verb,
            # the -ing word is the subject of the sentence's own verb, no participle's clause
        if not plain and participle_at(text, pos, end, pat) or text[pos] in pat.participle_initials and (
                noun_participle(text, pos, end, pat) or _CALLING_IT_QUOTED.match(text, pos, end)):
            kana = _KANA_THEN_SUBJECT.match(text, start, end) if pat.language == "ar" else None
            if kana and text.count("،", kana.end(), comma) + text.count(",", kana.end(), comma) == 0:
                continue  # (`وكان الخفض، وهو الثاني هذا الشهر، متوقعا على نطاق واسع`: كان's predicate after its
                # subject's aside, no participle clause)
            cuts.append((pos, True))
            continue
        closes_aside = aside
        if aside:
            aside = False
            if not (text.startswith(("و", "فقد", "فإن"), pos) or (
                    pat.clause_conj.match(text, pos + 1, end) if text[pos] in _OPENING_QUOTES  # (`," she said, "but`)
                    else not plain and pat.clause_conj.match(text, pos, end))):
                continue  # the comma closing an aside (، كما تقول X، فشلت) starts nothing new (but ، بحسب التقرير،
                # فقد تراجعت: ف and قد open a clause)
        if pat.language == "ar" and text.startswith(("وب", "ووفق", "وحسب", "وطبق"), pos) and pat.cue.match(
                text, pos, end):
            closing = _LIST_COMMA.search(text, pos, min(end, pos + 160))
            if closing and _FA_INNA_NEXT.match(text, closing.end(), end):
                cuts.append((pos, False))  # `X، وبحسب مصدر طبي، فإن Y`: a cue opening a clause of its own, its
                continue  # content after فإن (X is the article's)
        cue = None if plain else pat.cue.match(text, pos, end)
        aside_phrase = None if plain or cue else pat.parenthetical.match(text, pos, end)
        if cue and verbal_noun_object(text, cue.end(), end, pat) or aside_phrase and verbal_noun_at(
                text, aside_phrase.end(), end):
            # `، كما أعلن تعطيل الدوام`، `، كما جرى تكريم عدد من القيادات`: كما and a verb with its object, a clause
            cuts.append((pos, False))
            continue
        if cue and not pat.complementizer.match(text, SPACES.match(text, cue.end(), end).end(), end) or (
                not plain and (pat.parenthetical.match(text, pos, end) or pat.pronoun_cue.match(text, pos, end))):
            aside = True  # (but `، كما أكد أن ...` is no cue: its verb's content follows, a clause of its own)
            continue
        if is_dash or (text[comma - 1] in _QUOTE_CHARS or text[comma + 1] in _QUOTE_CHARS) and _frame_between_quotes(
                text, pos, end):
            continue
        # the new frame first: it reads 40 characters and mostly fails, where the clause before reads back to the
        # comma before
        if pat.language == "en" and _AWAITING_ITS_CLAUSE.search(text, max(start, comma - 8), comma) and (
                _FRAME_SET_OFF.match(text, pos, end)):
            continue  # `a testing regime that, she said, narrowed the curriculum`: the frame set inside a clause
            # whose verb comes after it
        if pat.language == "en" and _new_english_frame(text, pos, end, pat, starts) and (_english_clause_before(
                text, start if comma_before is None else comma_before, comma, pat) or comma_before is not None
                and _english_clause_before(text, max(start, comma - 400), comma, pat)  # (a comma inside a
                # quotation before it; read back 400 characters at most, or a long run of commas is quadratic)
                or _relative_report_to_the_end(text, start, pos, end, pat)):
            cuts.append((pos, False))
            continue
        conj = None if plain else pat.clause_conj.match(text, pos, end)
        if conj is None and text[pos] in _OPENING_QUOTES:
            conj = pat.clause_conj.match(text, pos + 1, end)  # (45 percent, "and this is a figure ..."; ، "لكنها)
        if conj and text[pos] in _OPENING_QUOTES and BUT_A_PHRASE.match(text, pos + 1, end) and not (
                pat.language == "en" and _english_clause_start(text, conj.end(), end, pat)):
            continue  # `، «لكن إلى موائد المطاعم»` after a frame inside the quotation: its phrase goes on, no clause
            # (but `, "but for that we will have to wait`: a clause)
        if conj:
            if _ONLY_BEFORE.search(text, max(start, comma - 12), comma) and _CONTRAST.match(text, pos, end):
                continue  # `not only X, but Y` (لم ... فقط، بل): one claim; but `61 votes only, whereas the law ...`
            if _THEN_A_PHRASE.match(text, pos, end):
                continue  # `، ثم إلى 7%`: the next step of the same clause, no verb of its own
            if pat.language == "ar" and _LIKE_OTHERS.match(text, pos, end):
                continue  # `ويشتكي المحمد، كما غيره من المزارعين، من ...`: كما as "like", an aside, no clause
            if pat.language == "en" and _VERBLESS_ASIDE.match(text, pos, end):
                continue  # `the survival gain, while real, was modest`: a verbless aside inside the clause
            phrase = _BUT_A_PHRASE.match(text, pos, end)
            framed = comma_before is not None and pat.verb.match(text, SPACES.match(text, comma_before).end())
            if (_BUT.match(text, conj.start(), end) or phrase and not _VERB_NEXT.match(text, phrase.end(), end)) and (
                    _NEGATION.search(text, start if comma_before is None or framed else comma_before, comma)):
                continue  # "not X but Y" (لا ... بل، لا يهدف إلى X، ولكن لمحاربة Y) is one claim (but لكن لبنان لم
                # يعد: a name opening with ل, then its verb, a clause of its own), a frame set between them too
                # («لم يكونوا يعملون بعشوائية»، يقول الشناوي، «بل كانت لديهم قوائم»)
            # (a conjunction inside a quotation opens at most what the quotation holds: `"affordable, but only
            # just", noting that prices had fallen`)
            closed = _QUOTATION_CLOSES.search(text, pos, min(end, pos + 160))  # (bounded: linear; the tests
            # below read ten words at most)
            said_end = closed.start() if closed else end
            by = _BUT_BY.match(text, pos, said_end)
            if by and not _VERB_NEXT.match(text, by.end(), said_end) and not _LIST_COMMA.search(text, pos, said_end):
                continue  # `نحن مع الانتخابات، لكن بشروط تضمن نزاهتها`: a phrase to the end, no clause of its own
            if pat.language == "ar" and _BUT_AS.match(text, pos, said_end):
                continue  # `مرحب بها، لكن كشركاء أقلية فقط،`: but as what, a phrase of a few words with no verb
            if pat.language == "en" and _last_item_of_including(text, start, comma, conj.end(), end, pat):
                continue
            if pat.language == "en" and _modal_goes_on(text, start, comma, conj.end(), end, pat):
                continue
            if pat.language == "en" and conj.group().strip().lower() == "and" and _subject_still_waiting(
                    text, start, comma, pat):
                continue  # `that poor harvests in Vietnam, the world's biggest producer, and fears of a smaller crop
                # in Brazil had pushed prices up`: two subjects of one verb, the first set off by its apposition
            if pat.language == "en" and conj.group().strip().lower() == "and" and comma_before is not None and (
                    text[comma_before:comma].strip(" ,").isdigit()) and not _finite_among(
                    _WORD.findall(text, start, comma), pat):
                continue  # `His brother Craig, 37, and Lee Ashworth, 29, received`: a name and its age, no clause
                # before, the first of the subject's names
            if pat.language == "en" and conj.group().strip().lower() == "and" and comma_before is not None and (
                    _RELATIVE_OPENS.match(text, comma_before, comma)) and _NAME_ONLY.fullmatch(
                    text, start, comma_before):
                continue  # `Chile, which produces a third of the world's lithium, and Argentina are both expanding`:
                # a subject and its relative, still waiting for its verb, and the subject's second name
            if (pat.language == "ar" or conj.group().strip().lower() == "whereas"
                    or _english_clause_start(text, conj.end(), said_end, pat)  # (whereas always opens a clause)
                    or pat.cue.match(text, SPACES.match(text, conj.end(), end).end(), end)):  # (, and according to)
                cuts.append((pos, False))
            continue
        if (pat.language == "ar" and not plain and not text.startswith(("و", "ف"), pos)
                and not _intro_phrase(text, start if comma_before is None else comma_before, comma, pat)
                and not adverbial_phrases(text, start, comma, pat)
                and _verb_with_subject(text, pos, end, pat)):
            cuts.append((pos, False))  # `...، قالت واشنطن إن ...`: a new frame with its own subject
            continue
        if topic and text[pos] == "ف":
            topic = not _answers_topic(text, pos, end, pat)  # (أما X، فيصل العبادي، فاعتبر: a name, then the answer)
            continue
        if pat.language == "ar" and is_topic(text, pos, end):
            cuts.append((pos, False))  # `، أما تركيا فتعهدت ...`: another party's topic, a clause of its own (its ف
            topic = True  # answers أما in it)
            continue
        if pat.language == "ar" and _AT_A_TIME.match(text, pos, end):
            cuts.append((pos, False))
            continue
        if pat.language == "ar" and text.startswith("و", pos) and _MANY_OF_THEM.match(text, pos, end):
            cuts.append((pos, False))  # `، والعديد منها عاجز عن`: many of them, a subject of its own, its predicate
            continue
        if pat.language == "ar" and text.startswith(("ومن", "فمن"), pos) and _EXPECTED.match(text, pos, end):
            cuts.append((pos, False))  # `، ومن المتوقع أن ...`: an impersonal clause of its own
            continue
        at = pos + 1 if text[pos] in _OPENING_QUOTES and pat.language == "ar" and text.startswith(("و", "ف"), pos + 1) \
            else pos
        if pat.language == "ar" and text[at] in "وف":  # (the first test of arabic_clause_start)
            # (past a quotation's opening mark: `45 في المئة، "وهذا رقم لا يمكن قبوله"`, the cut before the mark)
            if text[at + 1:at + 2] in _OPENING_QUOTES:
                # `، و«تعمل الآن في سبع دول»`: the quoted words after و, read with it
                quoted = _WORD.match(text, at + 2, end)
                if quoted and arabic_clause_start(text[at] + quoted.group(), pat) and not _in_list(
                        text, comma_before, comma, at, end):
                    cuts.append((pos, False))
                continue
            w = _WORD.match(text, at, end)
            # a reporting verb (، وقال الوزير، إن) opens a clause even where its words look like a short list item
            if (w and arabic_clause_start(w.group(), pat) and not _DAWN.match(text, at, end)
                    and not _HEDGED_PHRASE.match(text, at, end) and not _ELATIVE_THEN_ITS_VERB.match(text, at, end)
                    and not _OTHERS_OF.match(text, at, end) and not _SOME_OF_THEM_ITEM.match(text, at, end)
                    and not _COUNT_ASIDE.match(text, at, end)
                    and not _role_in_a_list(text, w, end, pat)
                    and not (_COORDINATED_ADJECTIVE.match(text, at, end) and _ACCUSATIVE_BEFORE.search(
                        text, max(start, comma - 16), comma))
                    and (closes_aside or text[comma] == "؛" or not _in_list(text, comma_before, comma, at, end)
                         # (after a semicolon no list's item: ؛ فالمغرب، بحسب المنظمة، لا يتوفر)
                         or _FA_AND_A_VERB.fullmatch(w.group())  # (، فصدقته: ف and a verb with its pronoun, a
                         # clause however short; not a name opening with ف: فرج، فهد)
                         or fold(w.group()[1:]) in _DEMONSTRATIVES  # (، وهذا إنجاز: this is, a clause)
                         or fold(w.group()) in _NEGATED_VERB_OPENERS  # (، ولن نتهاون: a verb's negation, after a
                         # short chunk too: «سلامة أبنائنا، كما قلنا، خط أحمر، ولن نتهاون»)
                         or _WHEN_THEN.match(text, at, end)  # (، وعندما رفضت، أنذرني: a time clause, then its own)
                         or pat.verb.match(text, at, end)
                         or pat.narrated_act.fullmatch(w.group()[1:])  # (، ودعا أنصاره: a party's act)
                         or _PLURAL_PRESENT.fullmatch(w.group()) and _THREE_WORDS_BEFORE_COMMA.match(text, at, end))
                    and not ((len(w.group()) == 4 or len(w.group()) == 5 and not w.group().endswith(("ت", "وا")))
                             and w.group()[1] not in "يتنأإا"  # (not وتعد, وإنه: a verb; nor وسقطت)
                             and pat.inclusion.search(text, max(start, comma - 300), comma))
                    and not _aside_before_marker(text, at, end, pat)
                    and not (w.group()[1:] in ("ليس", "ليست") and not _LAYSA_CLAUSE.match(text, w.end(), end))
                    and not (_coordinated_verbal_noun(text, start, comma, w.group()) and not (
                        pat.verb.fullmatch(w.group()) and pat.complementizer.match(
                            text, SPACES.match(text, w.end(), end).end(), end)))  # (but ، ونوّه بأن: a verb and
                    # its content, after a list of verbal nouns too)
                    and not _item_of_the_subject(text, at, end, pat)):
                # (، وليس للملوك فقط، وليس مصالح طرف واحد: "and not for the kings", "not one party's interests", a
                # phrase of the clause before; but ، وليس هناك خيار: there is no choice, a clause)
                cuts.append((pos, False))
            elif (w and w.group()[1:3] == "ال" and not _LONE_NAME_THEN_RELATIVE.fullmatch(text, start, comma)
                  and (_DEFINITE_THEN_VERB.match(text, w.end(), end)
                                                    or _definite_then_past(text, w.end(), end, pat))
                  and not (fold(w.group()[1:]) in _SECOND_OF_TWO and _FIRST_OF_TWO.search(
                      text, max(start, comma - 60), comma) and not _VERB_IN_ITEM.match(text, w.end(), end))
                  and (fold(w.group()[3:]) not in pat.person_roles or fold(w.group()[3:]) in pat.name_heads
                       or _NO_NAME_NEXT.match(text, w.end(), end) or _present_after_role(text, w.end(), end)
                       or pat.verb.match(text, SPACES.match(text, w.end(), end).end(), end))  # (والوزير قال إن)
                  and fold(w.group()[1:]) not in pat.relatives):
                cuts.append((pos, False))  # `، والرياح تتجاوز سبع درجات`: a definite subject and its verb (a role
                # word may be a title before a name: والرئيس ترامب; not one that also heads a body's name: والمؤسسة,
                # nor one a pronoun or a particle follows: والمواطن هو من سيدفع)
            elif (w and w.group()[1:3] == "ال" and not w.group().endswith(("ة", "ي")) and _INDEFINITE_PREDICATE.match(
                    text, w.end(), end)
                  and not _in_any(fold(w.group()[3:]), pat.person_roles, pat.name_titles, pat.name_heads)
                  and fold(_INDEFINITE_PREDICATE.match(text, w.end(), end).group(1)) not in AR_PREPOSITIONS):
                cuts.append((pos, False))  # `، والدحيل فريق كبير يعرف`: a definite subject and an indefinite
                # predicate with its adjective, a nominal clause (not والرئيس ترامب: a title and a name)
            elif w and w.group()[1:3] == "ال" and (_RELATIVE_THEN_PREDICATE.match(text, w.end(), end)
                                                    or _RELATIVE_THEN_NEGATED_VERB.match(text, w.end(), end)):
                cuts.append((pos, False))  # `، والكميات التي تصلنا محدودة جداً`: a definite subject, its relative
                # clause of one verb, and its predicate closing the clause (or its negated verb: `، والدعم الذي
                # تقدمه الدولة لا يتجاوز 2000 درهم`)
            elif (w and w.group()[1:3] == "ال" and _DEFINITE_THEN_NEGATED.match(text, w.end(), end)
                  and not _in_any(fold(w.group()[3:]), pat.person_roles, pat.name_titles)
                  and fold(w.group()[1:]) not in pat.relatives):  # (not ، والذي لم يشارك: a relative, an aside)
                cuts.append((pos, False))  # `، والأرقام الواردة فيها لا علاقة لها بالواقع`: a definite subject and
                # its negated predicate, a clause of its own
            elif w and (_CONSTRUCT_THEN_PREDICATE.match(text, at, end) or _WHAT_REMAINS_IS.match(text, at, end)):
                cuts.append((pos, False))  # (`، وقرار التعرفة فني بحت`: a subject in construct and its predicate, a
                # nominal clause; `، وما تبقى هو الرافعات`: what remains is, a clause)
            elif w and w.group()[1:3] == "ال" and _verb_past_its_relative_clause(text, w.end(), end):
                cuts.append((pos, False))  # `، والدولة التي تتخلى عنه تدفع الثمن`, `، والكاميرات الذكية التي جرى
                # تركيبها على الطريق الدائري خفضت الحوادث`: a definite subject, its relative clause, then its own verb
            elif w and w.group()[1:3] == "ال" and _subject_past_its_relative(text, w.end(), end, pat):
                cuts.append((pos, False))  # `، والمخزون الاحتياطي، الذي تبلغ قدرته 75,000 طن، صمم لهذا الوضع`: a
                # definite subject, its relative set off by commas, then its verb
            elif w and _QUANTIFIED_SUBJECT_THEN_VERB.match(text, at, end):
                cuts.append((pos, False))  # `، وكل طرف سيأخذ حقه`, `، وبعض الحملات الصغيرة خرجت`: some or each of
                # them, a subject of its own, then its verb
            elif w and _after_a_fronted_time(text, at, end, pat):
                cuts.append((pos, False))  # `، وبعد دقائق اختفى معاش ثلاثة أشهر`: when, then a verb of its own
            elif w and w.group()[1:3] == "ال" and w.group().endswith("ان") and _DUAL_PAST.match(text, w.end(), end):
                cuts.append((pos, False))  # `، والطرفان أبديا التزاما`: a dual subject and its dual past
            elif w and _FORM_VIII_L.fullmatch(w.group(), 1) and _SUBJECT_NEXT.match(text, w.end(), end):
                cuts.append((pos, False))  # `، والتقى الوزير بالعمال`: a past of form VIII from a root in ل (it looks
                # definite) and its subject (not a list's nouns: والتمر، والتين والتوت)
            elif (w and w.group().endswith(("هم", "ها", "هما", "نا")) and fold(w.group()[1:]) not in _PERSONAL
                  and _PRESENT_NEXT.match(text, w.end(), end)):
                cuts.append((pos, False))  # `، وعائلاتهم تنتظر أي خبر`: a possessed subject and its verb (not the
                # pronoun alone: `، وهما تستعدان ...، إنهما`, an aside on the frame's subject, the if above decides)
            elif (w and _NOUN_THEN_NEGATED_VERB.match(text, w.end(), end)
                  and not {fold(w.group()[1:]), fold(w.group())} & (pat.relatives | _PERSONAL)):
                cuts.append((pos, False))  # `، وانسحاب 27 فيلما لن يلغي الدورة`: a subject, then its negated verb
            elif w and w.group()[1:] in _QUANTIFIERS and _NOUN_THEN_VERB.match(text, w.end(), end):
                cuts.append((pos, False))  # `، وبعض الأمهات ينمن على الأرض`: a quantified subject and its verb
            elif w and _ELATIVE_THEN_THAT.match(text, w.start(), end):
                cuts.append((pos, False))  # `، والأهم أن تلتزم الحكومة`: the most important is that, a clause
            elif (w and w.group()[0] == "ف" and len(w.group()) > 4 and w.group().endswith(("ة", "ات"))
                  and _NOUN_THEN_VERB.match(text, w.end(), end)):
                cuts.append((pos, False))  # `، فنسبة الوفيات بين المصابين تجاوزت 3.5%`: ف, then a subject and its verb
                # (a plural too: `، فساعات تقنين الكهرباء في ريف جبلة تصل إلى 20 ساعة`)
            elif (w and w.group()[1:] == "لا" and (_NEGATED_VERB.match(text, w.end(), end)
                                                   or _NOTHING_FOR.match(text, w.end(), end))
                  or w and w.group()[1:] == "ما" and _MA_OPENS_A_CLAUSE.match(text, w.end(), end)
                  or w and w.group()[1:] == "من" and _WHOEVER.match(text, w.end(), end)):
                cuts.append((pos, False))  # `، ولا يمكن تصديرها`: a negated verb, a clause of its own
            elif w and fold(w.group()[1:]) in _NOW and _PRESENT_OR_NEGATION_NEXT.match(text, w.end(), end):
                cuts.append((pos, False))  # `، والآن أدفع 450`: now, then a verb of its own
            elif _FRONTED_PREDICATE.match(text, at, end):
                cuts.append((pos, False))  # `، ومن حقهم أن يختاروا`: a fronted predicate and its أن subject
            elif _LIST_INTRO_CLOSING.fullmatch(text, at, end):
                cuts.append((pos, False))  # `، وعدّد أبرزها:` closing the paragraph: the list's own frame, no
                # part of the report before it
            elif text.startswith("وكل", at) and _EACH_TIME_THEN_VERB.match(text, at, end):
                cuts.append((pos, False))  # `، وكل مرة نختار أن ندفنها`: each time, then the clause's own verb
                # (or each of a thing, its verb with an object: `، وكل صهريج كلفني 300 شيقل`)
            elif _PHRASE_THEN_PRESENT.match(text, at, end) or _ADVERB_THEN_VERB.match(text, at, end):
                cuts.append((pos, False))  # `، وفي كل مرة يقولون لي`: a phrase fronted before the clause's verb (or an
                # adverb of when: `، وفجأة وجدنا أنفسنا في الماء`)
            elif text.startswith("وما", at) and _STILL.match(text, at, end):
                cuts.append((pos, False))  # `، وما زلت أجمع المال`: still (ما زال), a verb of its own
            elif (w and w.group()[1:3] == "ال" and _LONE_PREDICATE.match(text, w.end(), end)
                  and not _in_any(fold(w.group()[3:]), pat.person_roles, pat.name_titles, pat.name_heads)):
                cuts.append((pos, False))  # `، والسوق بعيدة`: a definite subject and its indefinite predicate alone
            elif _NEVERTHELESS.match(text, at, end):
                cuts.append((pos, False))  # `، ومع ذلك نقضي الليل دون ماء`: a concession opening a clause
            elif w and len(w.group()) <= 6 and fold(w.group()[1:]) in pat.homographs:
                verb = pat.verb.match(text, at, end)
                if verb and pat.complementizer.match(text, SPACES.match(text, verb.end(), end).end(), end):
                    cuts.append((pos, False))  # `، وبين أن`: a verb that looks like a noun, with its content
    # Arabic participles with content need no comma (مضيفا أن ...); English ones do (warning = a noun)
    near = None  # positions a cut already covers, built only when a participle shows up
    # (English ones with `that` after them need none either: `wrote to ministers warning that X`)
    for m in starts.finditer(pat.participle, start, end):
        cut = m.start()
        if pat.language == "en":
            with_at = with_subject(text, start, cut)
            if with_at is not None:
                cut = with_at  # (`, with officials saying it would`: the clause opens at with, `that` or not)
            elif m.start() - 4 > start and text.startswith("and ", m.start() - 4) and _PARTICIPLE_BEFORE_AND.search(
                    text, max(start, m.start() - 120), m.start()):
                cut = m.start()  # (`, describing the scheme as "a vanity project" and saying it would be
                # obsolete`: a second participle of the first's subject, its own content)
            elif not (_THAT_AFTER.match(text, m.end(), end) or fold(m.group("w")) == "saying" and _A_CLAUSE_AFTER.match(
                    text, m.end(), end)) or _NOT_A_PARTICIPLE_AFTER.search(text, max(start, m.start() - 20), m.start()):
                continue  # (quoted as saying that: the frame's own; Yeutter's warning that, the warning that: a noun;
                # but `wrote to Metro on Friday saying the scheme's costs had risen`: saying needs no that)
        if m.start() > start and text[m.start() - 1].isspace() and participle_at(text, m.start(), end, pat):
            if near is None:
                near = {c + d for c, _ in cuts for d in (-2, -1, 0, 1, 2)}
            if cut not in near:
                cuts.append((cut, True))
    if pat.language == "en" and (text.find(" and ", start, end) >= 0 or text.find(" but ", start, end) >= 0):
        for joined in _AND_NAMED_PARTY.finditer(text, start, end):
            before = _WORD.findall(text, max(start, joined.start() - 20), joined.start())[-1:]
            verb = joined.group(2)
            if (before and (before[0][:1].islower() or before[0][:1].isdigit()) and fold(before[0]) not in pat.pronouns
                    and (pat.verb.fullmatch(verb) or verb.endswith("ed") and pat.verb.search(
                        text, max(start, joined.start() - 300), joined.start()))  # (bounded: linear)
                    and len(_WORD.findall(text, joined.end(), min(end, joined.end() + 40))) >= 2
                    and not any(c - 2 <= joined.start() + 1 <= c + 2 for c, _ in cuts)):
                # `X had been destroyed and Mayor Jorge Andrade said Y`; after a report, `and the Royal College of
                # Physicians called for`: another named party acting, its own claim (not `he and President Macron
                # agreed`; in narration `Labour held six and the Liberal Democrats took three` stays one, GUIDELINES)
                cuts.append((joined.start() + 1, False))
    cuts += _reporting_relatives(text, start, end, pat, starts)
    if unverified_hint(text, start, end, pat):
        cuts += [(m.start(1), False) for m in UNVERIFIED[pat.language].finditer(text, start, end)
                 if (m.start(1), False) not in cuts]  # (، وهو ما لم يتسن للجريدة التأكد منه: the paper's own caveat)
    if text.find(":", start, end) >= 0:
        cuts += _quotation_after_content(text, start, end, pat, starts)
    cuts.sort()
    out = []
    # a stretch may itself open with a participle (`X, the minister said, adding that Y`: the rest after the frame)
    # (a capitalised English one opens its sentence as an intro: `Writing on X, the billionaire said ...`)
    cur, cur_part = start, participle_at(text, start, end, pat) is not None and not (
        pat.language == "en" and text[start].isupper())
    for pos, part in cuts:
        if pos > cur:
            # (a participle joined by and: the clause before ends before its `and`)
            out.append((cur, pos - 4 if part and text.endswith(" and ", cur, pos) else pos, cur_part))
            cur, cur_part = pos, part
        elif part:  # (`with analysts warning that X` opening the stretch: the rest after an inverted frame)
            cur_part = True
    out.append((cur, end, cur_part))
    return out
