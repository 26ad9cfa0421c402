"""Compiled regular expressions built once from the per-language lexicons."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby

from workbench.segment.lexicon import load_lexicon

# Letters that Arabic news spells either way: hamza seats, alif maqsura, ta marbuta.
_ARABIC_VARIANTS = {
    "أ": "[أإآا]", "إ": "[أإآا]", "آ": "[أإآا]", "ا": "[أإآا]",
    "ى": "[ىي]", "ي": "[ىي]", "ة": "[ةه]", "ه": "[ةه]",
}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_TASHKEEL = "[\u064B-\u0652\u0640]*"
_TASHKEEL_RE = re.compile("[\u064B-\u0652\u0640]")

B = r"(?<![\w\u064B-\u0652])"  # word start (a vowel sign is inside its word: ويُتوقع has no word توقع)
E = r"(?!\w)"    # word end
E_GLUED = r"(?:(?!\w)|(?<=ل)|(?<=لـ))"  # word end, or a clitic ل glued to the next word


_SIGN_CLASS = "[\u064B-\u0652]"  # a tanween or short vowel sign
_SIGN = _SIGN_CLASS + "?"
# each folded letter matches its spellings: (what may come before it, its spellings, what may come after it);
# an alif may carry a tanween before or after it (وفقًا، وفقاً)
_SPELLINGS = {"ا": (_SIGN, "اأإآ", _SIGN), "ي": ("", "يى", ""), "ه": ("", "هة", "")}
_FOLD_CLASS = {letter: before + "[" + spelled + "]" + after for letter, (before, spelled, after) in _SPELLINGS.items()}


def _word_tree(words, language: str, exact_final_ta: bool = False) -> dict:
    """`words` as a prefix tree of their spellings: Arabic folded, English in three cases ("" marks a word end).

    `exact_final_ta`: a word-final ة matches only ة, not ه (the participle مقرة is no مقره, "its headquarters").
    """
    tree: dict = {}
    for w in words:
        # ى stays itself: folding it would make على (on) match the name علي
        variants = ({fold(w.replace("ى", "\0")).replace("\0", "ى")} if language == "ar"
                    else {w.lower(), w[:1].upper() + w[1:].lower(), w.upper()})
        if exact_final_ta and w.endswith("ة"):
            variants = {v[:-1] + "ة" for v in variants}  # ة has no spelling class: it is matched as written
        for v in variants:
            node = tree
            for ch in v:
                node = node.setdefault(ch, {})
            node[""] = {}
    return tree


# vowel signs and shadda a writer may put on any Arabic letter (توقّع، قالَ، إنَّ), and the tatweel
_MARKS = "[\u064B-\u0652\u0640]*+"  # (possessive: no mark is ever given back)


def _emit_tree(node: dict, language: str) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        if ch == " ":
            head = r"\s+"
        elif language == "ar":
            head = _FOLD_CLASS.get(ch, re.escape(ch)) + _MARKS
        else:
            head = re.escape(ch)
        branches.append(head + _emit_tree(node[ch], language))
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def _trie(words: list[str], language: str, exact_final_ta: bool = False) -> str:
    """A regex alternation of `words` as a prefix tree, which sre matches far faster than a flat list.

    Arabic words are folded first (hamza seats, alif maqsura, ta marbuta) and each
    folded letter matches all its spellings; English words match in lower case,
    Capitalised and UPPER case; a space matches any run of white space.
    """
    tree = _word_tree(words, language, exact_final_ta)
    return _emit_tree(tree, language) if tree else "(?!x)x"


def _literal_headed(words, language: str) -> list[str]:
    """`words` as alternatives that each open with a plain letter, one per spelling of a first letter (no sign
    may come before it: callers that need one allow it themselves).

    sre rejects such an alternative by comparing one character; one that opens with the optional sign an
    alif may carry (see _SPELLINGS) it must step into to find out that it fails.
    """
    # (the folded spellings: a superset of what a word list with exact final ة matches)
    tree = _word_tree({w.rstrip("ـ") for w in words if w}, language)
    spellings = _SPELLINGS if language == "ar" else {}
    after_letter = _MARKS if language == "ar" else ""  # (the marks take in the sign an alif may carry after it)
    return [re.escape(letter) + after_letter + _emit_tree(tree[first], language)
            for first in sorted(k for k in tree if k)
            for letter in (spellings[first][1] if first in spellings else first)]


def _opening(words, language: str, clitics: tuple[str, ...]) -> str:
    """An alternation matching how each of `words` may open after one of `clitics` (a superset), every
    alternative opening with a plain letter, or a sign before an alif (see _SPELLINGS).

    Spelling the clitics out, not as optional characters before one alternation of the words, spares sre a
    step into those optionals and a retry without them at every position.
    """
    heads = _literal_headed([c + w for c in clitics for w in words], language)
    if language == "ar":
        alif = _SPELLINGS["ا"][1]
        heads.append(_SIGN_CLASS + "(?:" + "|".join(h for h in _literal_headed(words, language) if h[0] in alif) + ")")
    return "(?:" + "|".join(heads) + ")"


def _alternation(words, language: str, clitics: str = "", exact_final_ta: bool = False) -> str:
    ordered = sorted({w.rstrip("ـ") for w in words if w}, key=len, reverse=True)
    if not ordered:
        return "(?!x)x"
    # a form ending in the clitic ل (وفقا لـ) is glued to the next word: allow a tatweel after it
    glued = [w for w in ordered if w.endswith(" ل")]
    plain = [w for w in ordered if w not in glued]
    body = _trie(plain, language, exact_final_ta) if plain else "(?!x)x"
    if glued:
        body = "(?:" + _trie(glued, language) + "ـ?|" + body + ")"
    return clitics + "(?:" + body + ")"


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """Spelling-folded lower-case key for lookups (hamza, ya, ta marbuta, case)."""
    word = _TASHKEEL_RE.sub("", word)
    return (word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
            .replace("ة", "ه").replace("ـ", "").lower())


# Check-worthiness features read from word lists (see checkworthiness.py).
FEATURE_LISTS = {"number": "quantity_words", "date": "date_words", "comparative": "comparatives", "hedge": "hedges"}


@dataclass(frozen=True)
class LanguagePatterns:
    """Everything the segmenter matches in one language."""

    language: str
    verb: re.Pattern            # finite reporting verb, group "w" is the bare form
    purpose_verb: re.Pattern    # a reporting verb of purpose (ليؤكد أن; to say that): its content is the clause's
    participle: re.Pattern      # reporting participle (مضيفا، adding)
    homographs: frozenset       # folded verb forms that count only clause-initially
    evidence_verbs: frozenset   # folded forms whose subject may be a thing (the cut suggested): evidence, not speech
    evidence_participles: frozenset  # their participles (suggesting, indicating)
    object_verbs: frozenset     # folded forms taking an object before content (told)
    free_verbs: frozenset       # folded forms whose content need not look like a clause (said)
    clause_verbs: frozenset     # believes, thinks: the words after them are a clause (believes the problems run deeper)
    noun_content: frozenset     # folded forms reporting a noun as their content too (نفى وجود اتفاق، denied receiving)
    noun_content_participles: frozenset  # their participles (نافيا ما تردد: what was rumoured, denied)
    gerund_content: frozenset   # folded forms whose content may be a gerund's clause (recalled paying less)
    that_only: frozenset        # folded forms reporting only a that-clause (recommended that X; a rise: an act)
    quotation_only: frozenset   # folded forms reporting only what a colon or a quotation mark opens (اعترضت: «X»)
    going_on: frozenset         # forms saying the last speaker goes on (أضاف، تابع): no narrated actor takes over
    relayed: frozenset          # forms that report only with عن after them (نقل عن); else carried (نُقل بمروحية)
    speaking_persons: frozenset  # forms in the first or second person (قلتِ إن): I or you, never the noun before
    wasl_pasts: frozenset       # folded pasts opening with a hamzat wasl (اعتقد، اعترف): written with أ, the
    # first person's present (أعتقد، أعترف: I believe, I admit)
    passive_quotes: frozenset   # folded forms after `was quoted (by Y)` whose subject is the one quoted
    question_verb: re.Pattern
    complementizer: re.Pattern
    complement_preposition: re.Pattern  # إلى, على: between a verb and its complementizer (أشارت إلى أن)
    blockers: frozenset
    cue: re.Pattern
    carriers: re.Pattern
    intro: re.Pattern
    speaker_stop: re.Pattern
    pronouns: frozenset
    generic: frozenset
    clause_conj: re.Pattern
    waw_words: frozenset        # words opening with a root و (وسط): no conjunction
    waw_verbs: frozenset        # verbs opening with a root و (وصل): after a bare comma, no conjunction either
    noun_words: frozenset
    conditional: re.Pattern
    subordinate: re.Pattern
    headings: frozenset
    heading_opener: re.Pattern  # the opening of a heading that goes on with its topic (More from Business)
    section_label: re.Pattern  # a section's label opening a paragraph (Why it matters:), no part of its claim
    sign_off: re.Pattern       # a live page's closing words (That's all from us tonight): the paragraph is no claim
    rejected_claim: re.Pattern  # rejected suggestions that / رفض الاتهامات بأن: a denial of the claim the noun names
    rejecting_form: re.Pattern  # its verbs as written, no boundaries: a cheap test before the pattern's search
    rejected_nouns: frozenset   # the nouns alone: after a definite noun, the verb's object, no part of its subject
    byline: re.Pattern
    intro_words: frozenset
    finite: frozenset
    determiners: frozenset
    content_openers: frozenset
    imperative: re.Pattern
    hedge: re.Pattern
    comparative: re.Pattern
    date: re.Pattern
    quantity: re.Pattern
    abbreviations: frozenset
    relatives: frozenset
    leading_particles: frozenset
    auxiliaries: frozenset      # كان: the subject follows it, before the verb
    preposition_homographs: frozenset  # بين: a verb (بيّن) only opening its clause, after a noun a preposition
    addressing_verbs: frozenset  # ردّ، توجه: with على or إلى whom a participle's speech answers or addresses
    manner_words: frozenset     # `according to their own methods`: a cue object naming a manner, not a party
    measure_words: frozenset    # `shared according to population`: a lone cue object that divides, not a party
    numbered_provisions: frozenset  # `according to Article 124`: with its number, a manner too
    lam_nouns: frozenset        # nouns that start with ل themselves (لجنة), not with the preposition
    portfolio_nouns: frozenset  # لشؤون الشرطة after a title: its portfolio, not whom it was said to
    reporting_noun: re.Pattern  # إعلان X أن: a reporting verb's noun, its party and the content's marker
    subordinators: frozenset    # after, because ...: a subject phrase never spans one
    quantifiers: frozenset      # two-word quantities (at least) that open content, not a prepositional phrase
    furniture: re.Pattern       # page furniture opening a paragraph: captions, copyright, publication dates
    furniture_phrase: re.Pattern  # a credit line anywhere in a short paragraph (Photograph: X, Reporting by X)
    byline_role: re.Pattern     # `Name, Local Government Correspondent`: a byline with its role
    author_note: re.Pattern     # `Dana Whitcombe is a CBS News reporter based in ...`: a note on the author
    role_line: re.Pattern       # `BBC News Online political reporter`: a byline's role on the line after it
    inclusion: re.Pattern       # a verb that opens a list of what something includes (تشمل الخطة دعم X، وحفر Y)
    speech_settings: frozenset  # what something was said in (في تصريح، في بيان): where it was said, no object
    dash_credit: re.Pattern     # a photo's credit after a dash or bar closing its caption (- صورة أرشيفية, | من المصدر)
    caption_closer: re.Pattern  # a caption's closing marker on a web page (hide caption)
    partitive: re.Pattern       # a part of a group and its من (عدد من الطلبة): the من is no speaker stop
    act_participle: re.Pattern  # a participle of a narrated act (داعيا، متهما، متسائلا): with a noun, no claim
    question_opener: re.Pattern  # a conjunction and a question word opening a sentence's last clause (، فكيف)
    question_words: frozenset   # what opens a direct question (هل، كيف; why, should)
    seat_roles: frozenset       # roles held for a place (النائبة عن البصرة): عن after one names the seat
    turn_labels: dict           # an interview's labels for the one asking and the one answering (Q, A; س، ج)
    source_nouns: frozenset     # an unnamed source (مصدر، مصادر): with a role, في names its institution
    participle_initials: str    # the first letters of every participle (a cheap test before their patterns)
    seat_aside: re.Pattern      # where a party is based, set off after its name (، ومقرها مدينة أيوا،), or a name_aside
    name_aside: re.Pattern      # the name one goes by, set off after the subject (، ويدعى آدم عبد الله،)
    finding_verbs: frozenset    # found, finds: what follows is a verdict, not content, when it is one of
    verdicts: frozenset         # guilty, dead, liable: (clubs found guilty, was found dead)
    irregular_participles: frozenset  # held, sent: past participles not in -ed
    existentials: frozenset     # هناك، ثمة: an existential clause before a verb names no speaker
    title_adjectives: frozenset  # definite adjectives of a title that are no nisba (الأمين العام، الرئيس السابق)
    noun_forms: frozenset       # verb forms that are nouns too (forecast, report): not after `its latest`
    pronoun_cue: re.Pattern     # a cue whose party is a pronoun (على حد قوله، according to him): carried over
    trailing_cues: frozenset    # cues that credit only content before them (citing): opening a clause, a reason
    cue_leads: frozenset        # a word before a trailing cue pointing back to the content (، وذلك بحسب)
    reasons: frozenset          # nouns a trailing cue (citing) names as a reason, not a source
    person_roles: frozenset     # head nouns of a person's role (spokeswoman, prosecutor)
    name_titles: frozenset      # titles and ranks right before a name (العقيد)
    ing_nouns: frozenset        # nouns ending like a participle (housing, banking): no participle intro
    caption_labels: frozenset   # labels before a photo's caption (التعليق على الصورة, Image caption)
    document_nouns: frozenset   # speakers that are documents, never "he" or "she" (a survey of retailers)
    cited_sources: frozenset    # what a trailing cue (citing) may credit besides names, roles and documents
    name_heads: frozenset       # nouns a quoted name follows (منظمة "أطباء بلا حدود"): such a quotation is no speech
    name_particles: frozenset   # lower-case parts of a name (al-Hiti, von der Leyen)
    other_parties: frozenset    # subjects that contrast with the report before (غير أن آخرين، but others): narration
    anonymity_aside: re.Pattern  # what marks a relative aside as being about the speaker's anonymity
    disputed_aside: re.Pattern  # `, a claim the majors deny` / `، وهو ما ينفيه X` closing a content: the narrator's
    narrated_act: re.Pattern    # a party's act that no report goes on into (called on, did not respond to a request)
    document_issuer: re.Pattern  # a document and the link to its issuer (بيان صادر عن، تقرير ل): the issuer speaks
    documents: frozenset        # nouns of documents that speak (بيان، تقرير، كراسة): their issuer is credited
    adverbials: frozenset
    passive: frozenset
    relative_frame: frozenset
    parenthetical: re.Pattern   # asides that open no clause (فيما يبدو)
    features: re.Pattern        # any check-worthiness feature word
    feature_lead: re.Pattern    # a non-word character and the feature word after it (see checkworthiness.features)
    phrase_lead: re.Pattern     # the character before a verb, participle or cue (see PhraseStarts)
    feature_of: dict            # folded feature word -> feature name


@cache
def patterns(language: str) -> LanguagePatterns:
    lex = load_lexicon(language)
    ar = language == "ar"
    flags = 0  # case variants are spelled out by _trie
    verbs, parts, homographs, object_verbs, free_verbs, passive_quotes = [], [], set(), set(), set(), set()
    clause_verbs: set[str] = set()
    noun_content: set[str] = set()
    noun_content_participles: set[str] = set()
    gerund_content: set[str] = set()
    that_only: set[str] = set()
    quotation_only: set[str] = set()
    going_on: set[str] = set()
    relayed: set[str] = set()
    speaking_persons: set[str] = set()
    wasl_pasts: set[str] = set()
    evidence: set[str] = set()
    evidence_participles: set[str] = set()
    documented: list[str] = []  # forms whose subject is a document's noun, right before them (the statement read)
    comma_parts: list[str] = []  # participles only after a comma (, ruling that: but in a 46-page ruling that)
    for entry in lex.get("reporting_verbs", []):
        forms = entry.get("forms") or []
        if entry.get("document_subject"):
            documented += forms
            continue
        verbs += forms
        if entry.get("participles_after_comma"):
            comma_parts += entry["participles"]
        else:
            parts += entry.get("participles") or []
        if entry.get("homograph"):
            homographs.update(fold(f) for f in forms + (entry.get("participles") or []))
        if entry.get("takes_object"):
            object_verbs.update(fold(f) for f in forms + (entry.get("participles") or []))
        if entry.get("any_content"):
            free_verbs.update(fold(f) for f in forms)
        if entry.get("clause_content"):
            clause_verbs.update(fold(f) for f in forms)
        if entry.get("noun_content"):
            noun_content.update(fold(f) for f in forms)
            noun_content_participles.update(fold(f) for f in entry.get("participles") or [])
        if entry.get("gerund_content"):
            gerund_content.update(fold(f) for f in forms + (entry.get("participles") or []))
        if entry.get("that_only"):
            that_only.update(fold(f) for f in forms)
        if entry.get("quotation_only"):
            quotation_only.update(fold(f) for f in forms)
        if entry.get("passive_quote"):
            passive_quotes.update(fold(f) for f in forms)
        if entry.get("goes_on"):
            going_on.update(fold(f) for f in forms + (entry.get("participles") or []))
        if entry.get("relays"):
            relayed.update(fold(f) for f in forms)
        if entry.get("speaking_persons"):
            speaking_persons.update(fold(f) for f in forms)
        wasl_pasts.update(fold(f) for f in forms if ar and f.startswith("ا"))
        if entry.get("evidence"):
            evidence.update(fold(f) for f in forms)
            evidence_participles.update(fold(f) for f in entry.get("participles") or [])
    clitic = "(?:[وف]?(?:س(?=[يتنأ]))?)" if ar else ""  # (the future's س only before a present: سعد is a name)
    comp_clitic = "(?:[وف]?)" if ar else ""
    comp_clitic_spellings = ("", "و", "ف") if ar else ("",)  # every text `comp_clitic` matches
    # every word PhraseStarts stands in for; the verb's clitics take in those of the others (و، ف)
    phrases = (verbs + documented + parts + comma_parts + lex.get("according_to", []) + lex.get("pronoun_cues", [])
               + lex.get("parenthetical_cues", []))
    feature_words = [w for key in FEATURE_LISTS.values() for w in lex.get(key, [])]
    features = re.compile(B + comp_clitic + "(?P<w>" + _alternation(feature_words, language) + ")" + E, flags)

    def words(key: str, cl: str = "", end: str = E) -> re.Pattern:
        return re.compile(B + cl + "(?P<w>" + _alternation(lex.get(key, []), language) + ")" + end, flags)

    return LanguagePatterns(
        language=language,
        # (an English verb after a hyphen is part of a compound: Opposition-ruled States, so-called)
        verb=re.compile(B + ("" if ar else "(?<!-)") + clitic + "(?P<w>" + _alternation(verbs, language)
                        + _after_a_document(documented, lex) + ")" + E, flags),
        # (the present after ل, `خرج الوزير ليؤكد أن`; the bare form after to, `took to Twitter to say that`)
        purpose_verb=re.compile((B + "ل(?=[يت])" if ar else r"(?<!\w)to\s+") + "(?P<w>" + _alternation(
            lex.get("purpose_verbs", []) if not ar else [v for v in verbs if v[:1] in "يت"], language) + ")" + E,
                                flags),
        # (after غير a participle is an adjective: اتصالات غير معلنة، حالات غير مؤكدة; after a determiner an English
        # one is a noun: called the ruling "...")
        participle=re.compile(B + (r"(?<!غير )(?:و)?" if ar else _AFTER_NO_DETERMINER) + "(?P<w>"
                              + _alternation(parts, language, exact_final_ta=True)
                              + (r"|(?:(?<=[,،]\s)|(?<=[,،]\r\n))(?:" + _alternation(comma_parts, language) + ")"
                                 if comma_parts else "")
                              + ")" + E, flags),
        homographs=frozenset(homographs),
        object_verbs=frozenset(object_verbs),
        free_verbs=frozenset(free_verbs),
        clause_verbs=frozenset(clause_verbs),
        evidence_verbs=frozenset(evidence),
        evidence_participles=frozenset(evidence_participles),
        noun_content=frozenset(noun_content),
        noun_content_participles=frozenset(noun_content_participles),
        gerund_content=frozenset(gerund_content),
        that_only=frozenset(that_only),
        quotation_only=frozenset(quotation_only),
        passive_quotes=frozenset(passive_quotes),
        going_on=frozenset(going_on),
        relayed=frozenset(relayed),
        speaking_persons=frozenset(speaking_persons),
        wasl_pasts=frozenset(wasl_pasts),
        question_verb=words("question_verbs", clitic),
        # (not after a period glued to it: إم.تي.إن سوريا, a name spelled in letters)
        complementizer=words("complementizers", r"(?<!\.)" + comp_clitic),
        complement_preposition=words("complement_prepositions", end=r"\s+"),
        blockers=frozenset(fold(w) for w in lex.get("complementizer_blockers", [])),
        # (حسب in a name is no cue: عثمان حسب الله)
        cue=words("according_to", comp_clitic, E_GLUED + (r"(?!\s+الله(?!\w))" if ar else "")),
        # (with the latest before it: لأحدث بيانات دائرة الإحصاءات)
        carriers=re.compile(r"\s*(?:ل|لـ)?(?:(?:" + _alternation(lex.get("latest_words", []), language) + r")\s+)?(?:"
                            + _alternation(lex.get("source_carriers", []), language)
                            + r")" + E + r"\s*(?:(?:من|of|from|by)" + E + r"\s*)?", flags),
        intro=words("source_intros"),
        speaker_stop=words("speaker_stops", comp_clitic),
        pronouns=frozenset(fold(w).replace("'", q) for w in lex.get("pronoun_subjects", []) for q in "'’"),  # (I'd,
        # I’d: either apostrophe)
        generic=frozenset(fold(w) for w in lex.get("generic_references", [])),
        clause_conj=re.compile(r"\s*" + comp_clitic + "(?:" + _alternation(lex.get("clause_conjunctions", []), language)
                               + ")" + E, flags),
        noun_words=frozenset(fold(w) for w in lex.get("noun_list_words", [])),
        waw_words=frozenset(fold(w) for w in lex.get("waw_words", [])),
        waw_verbs=frozenset(fold(w) for w in lex.get("waw_verbs", [])),
        conditional=re.compile(r"\s*" + comp_clitic + "(?:" + _alternation(lex.get("conditionals", []), language)
                               + ")" + E, flags),
        subordinate=re.compile(r"\s*" + comp_clitic + "(?:" + _alternation(lex.get("subordinate_openers", []), language)
                               + ")" + E, flags),
        headings=frozenset(fold(w) for w in lex.get("headings", [])),
        heading_opener=words("heading_openers"),
        section_label=words("section_labels", end=r"\s*:\s+"),
        sign_off=words("sign_offs"),
        rejected_nouns=frozenset(fold(w) for w in lex.get("rejected_claims", [])),
        rejecting_form=re.compile("|".join(map(re.escape, lex.get("rejecting_verbs", []))) or "(?!)"),
        rejected_claim=re.compile(
            B + comp_clitic + "(?P<w>" + _alternation(lex.get("rejecting_verbs", []), language) + ")"
            + (r"\s+(?:[^\s،,.]+\s+){0,6}?" if ar else r"\s+(?:(?:the|these|those|such|any)\s+)?(?:[\w'’-]+['’]s?\s+)?")
            + "(?P<noun>" + _alternation(lex.get("rejected_claims", []), language) + ")"
            + r"\s+(?P<that>" + _alternation(lex.get("complementizers", []), language) + r")\s", flags),
        byline=re.compile(r"\s*(?:" + _alternation(lex.get("byline_openers", []), language) + r")\s*[:\-–—]?\s",
                          flags),  # (a colon or a dash may follow the opener: كتب: X وY، كتب- X)
        intro_words=frozenset(fold(w) for w in lex.get("intro_words", [])),
        finite=frozenset(fold(w) for w in lex.get("finite_markers", [])),
        determiners=frozenset(fold(w) for w in lex.get("determiners", [])),
        content_openers=frozenset(fold(w) for w in lex.get("content_openers", [])),
        imperative=re.compile(r"\s*(?:" + _alternation(lex.get("imperative_openers", []), language) + ")" + E,
                              flags),
        hedge=words("hedges", comp_clitic),
        inclusion=words("inclusion_verbs", comp_clitic),
        speech_settings=frozenset(fold(w) for w in lex.get("speech_settings", [])),
        # (joined by و or and too: ، ومطالبا بتخصيص)
        act_participle=words("act_participles", "(?:و)?" if ar else r"(?:and\s+)?"),
        question_words=frozenset(fold(w) for w in lex.get("question_words", [])),
        seat_roles=frozenset(fold(w) for w in lex.get("seat_roles", [])),
        turn_labels={role: frozenset(fold(w) for w in ws) for role, ws in lex.get("turn_labels", {}).items()},
        source_nouns=frozenset(fold(w) for w in lex.get("source_nouns", [])),
        seat_aside=re.compile(r"\s*(?:" + _alternation(lex.get("seat_asides", []) + lex.get("name_asides", []),
                                                      language) + ")" + E, flags),
        name_aside=re.compile(r"\s*(?:" + _alternation(lex.get("name_asides", []), language) + r")" + E + r"\s*",
                              flags),
        participle_initials="".join(sorted({w[0] for w in parts + lex.get("act_participles", []) if w}
                                           | ({"و"} if ar else set()))),
        question_opener=re.compile(r"\s*[\"“«]?\s*(?:" + _alternation(lex.get("question_openers", []), language)
                                   + ")" + E, flags | re.IGNORECASE),
        finding_verbs=frozenset(fold(w) for w in lex.get("finding_verbs", [])),
        verdicts=frozenset(fold(w) for w in lex.get("verdicts", [])),
        irregular_participles=frozenset(fold(w) for w in lex.get("irregular_participles", [])),
        partitive=re.compile(r"\s*(?:" + _alternation(lex.get("partitives", []), language) + r")\s+من\s", flags),
        caption_closer=re.compile(r"(?<!\w)(?:" + _alternation(lex.get("caption_closers", []), language) + r")\s*$",
                                  flags | re.IGNORECASE),
        dash_credit=re.compile(r"(?<=\s)[-–—|]\s*(?:" + _alternation(lex.get("photo_credits", []), language)
                               + r")(?!\w)[^\n.!?؟]{0,30}$", flags | re.IGNORECASE),
        comparative=words("comparatives", comp_clitic),
        date=words("date_words", comp_clitic if ar else ""),
        quantity=words("quantity_words", comp_clitic),
        abbreviations=frozenset(fold(w) for w in lex.get("abbreviations", [])),
        relatives=frozenset(fold(w) for w in lex.get("relatives", [])),
        leading_particles=frozenset(fold(w) for w in lex.get("leading_particles", [])),
        auxiliaries=frozenset(fold(w) for w in lex.get("auxiliaries", [])),
        addressing_verbs=frozenset(fold(w) for w in lex.get("addressing_verbs", [])),
        preposition_homographs=frozenset(fold(w) for w in lex.get("preposition_homographs", [])),
        manner_words=frozenset(fold(w) for w in lex.get("manner_words", [])),
        measure_words=frozenset(fold(w) for w in lex.get("measure_words", [])),
        numbered_provisions=frozenset(fold(w) for w in lex.get("numbered_provisions", [])),
        lam_nouns=frozenset(fold(w) for w in lex.get("lam_nouns", [])),
        portfolio_nouns=frozenset(fold(w) for w in lex.get("portfolio_nouns", [])),
        reporting_noun=re.compile(B + r"[وبل]?(?P<w>" + _alternation(lex.get("reporting_nouns", []), language)
                                  + r")\s+(?P<party>\S+(?:\s+\S+){0,5}?)\s+(?P<marker>[بو]?أن)(?!\w)"),
        subordinators=frozenset(fold(w) for w in lex.get("subordinators", [])),
        quantifiers=frozenset(fold(w) for w in lex.get("quantifier_openers", [])),
        existentials=frozenset(fold(w) for w in lex.get("existentials", [])),
        title_adjectives=frozenset(fold(w) for w in lex.get("title_adjectives", [])),
        noun_forms=frozenset(fold(w) for w in lex.get("noun_forms", [])),
        # (in English not before a noun: according to her record label names a party, her is its possessor)
        # (and a frame set off between commas with no party of its own, `، كما يقول، `: the speaker's too)
        pronoun_cue=re.compile(B + comp_clitic + "(?P<w>(?:" + _alternation(lex.get("pronoun_cues", []), language) + ")"
                               + (E if ar else E + r"(?![ \t]+[a-z])")
                               + ("|(?:" + _alternation(lex["parenthetical_cues"], language)
                                  + r")(?=(?:\s+(?:مرارا|مرارًا|مراراً|سابقا|سابقاً|دائما|دائماً|من\s+قبل))?\s*[،,])"
                                  if lex.get("parenthetical_cues") else "") + ")", flags),
        trailing_cues=frozenset(fold(w) for w in lex.get("trailing_cues", [])),
        cue_leads=frozenset(fold(w) for w in lex.get("cue_leads", [])),
        reasons=frozenset(fold(w) for w in lex.get("reason_nouns", [])),
        person_roles=frozenset(fold(w) for w in lex.get("person_roles", [])),
        name_titles=frozenset(fold(w) for w in lex.get("name_titles", [])),
        ing_nouns=frozenset(fold(w) for w in lex.get("ing_nouns", [])),
        caption_labels=frozenset(fold(w) for w in lex.get("caption_labels", [])),
        document_nouns=frozenset(fold(w) for w in lex.get("document_nouns", [])),
        cited_sources=frozenset(fold(w) for w in lex.get("cited_sources", [])),
        name_heads=frozenset(fold(w) for w in lex.get("name_heads", [])),
        name_particles=frozenset(fold(w) for w in lex.get("name_particles", [])),
        other_parties=frozenset(fold(w) for w in lex.get("other_parties", [])),
        anonymity_aside=re.compile(r"(?<!\w)(?:" + _alternation(lex.get("anonymity_asides", []), language) + ")",
                                   flags | re.IGNORECASE),
        narrated_act=re.compile(r"(?<!\w)(?:" + _alternation(lex.get("narrated_acts", []), language) + r")(?!\w)",
                                flags | re.IGNORECASE),
        disputed_aside=re.compile(r"[،,]\s*(?:" + _alternation(lex.get("disputed_asides", []), language) + r")(?!\w)",
                                  flags | re.IGNORECASE),
        # (its adjectives may come between: بيانات رسمية صادرة عن)
        # (the document definite too: البيان الذي نشره البنك، البيان الصادر عن الرئاسة)
        documents=frozenset(fold(w) for w in lex.get("documents", [])),
        document_issuer=re.compile(r"\s*" + ("(?:ال|ل)?" if ar else "") + "(?:" + _alternation(lex.get("documents", []),
                                                                                          language) + ")" + E
                                   + r"(?:(?:\s+[^\s،,]+){0,2}?\s+(?:"
                                   + _alternation(lex.get("issuer_links", []), language) + ")" + E + r"\s*"
                                   # (تقرير صدر الشهر الماضي عن X: the verb of coming out, when, then from whom)
                                   + r"|\s+(?:" + _alternation(lex.get("issuer_verbs", []), language) + ")"
                                   + r"(?:\s+[^\s،,]+){0,3}?\s+(?:عن|من)" + E + r"\s*|\s*(?=ل))",
                                   flags),
        furniture=re.compile(r"\s*(?:[-–—]+\s*|\(\s*)?(?:" + _alternation(lex.get("page_furniture", []), language)
                             + r")(?!\w)",  # (its first letter may follow a bracket: (Updates with ..., or a dash:
                             flags | re.IGNORECASE),  # --With assistance from X)
        # (or the role first, its outlet after it: `Technology reporter, BBC News website`)
        author_note=re.compile(r"(?:[A-Z][\w'’-]+ ){2,3}is (?:an?|the|the [A-Z][\w'’&-]*['’]s) (?:[\w'’&-]+ ){0,5}(?:"
                               + _alternation(lex.get("byline_roles", []), language) + r")\b"),
        # (and two authors' role in the plural: `X and Y, Nikkei staff writers`)
        byline_role=re.compile(r"(?:[^\n]{3,60},\s*(?:[A-Z][\w-]*\s+){0,3}(?:" + _alternation(
            lex.get("byline_roles", []), language) + r")s?|(?:[A-Z][\w-]*\s+){0,3}(?:" + _alternation(
            lex.get("byline_roles", []), language) + r"),[^\n,]{3,40})\s*$", flags | re.IGNORECASE),
        # (an Arabic role opens its line: مراسلة الشؤون الاقتصادية)
        role_line=re.compile(r"\s*" + (r"(?:[^\s.!?؟]+[ \t]+){0,5}" if not ar else "") + "(?:" + _alternation(
            lex.get("byline_roles", []), language) + ")" + (r"(?:[ \t]+[^\s.!?؟]+){0,6}" if ar else "") + r"\s*$",
                             flags | re.IGNORECASE),
        furniture_phrase=re.compile(r"(?:(?<!\w)|(?=[;(\[]))(?:" + _alternation(lex.get("furniture_phrases", []), language)
                                    + ")",
                                    flags | re.IGNORECASE),  # (its first letter may follow a bracket)
        adverbials=frozenset(fold(w) for w in lex.get("verb_adverbials", [])),
        passive=frozenset(fold(w) for w in lex.get("passive_markers", [])),
        relative_frame=frozenset(fold(w) for w in lex.get("relative_frame_words", [])),
        parenthetical=re.compile(r"\s*" + comp_clitic + "(?:" + _alternation(lex.get("parentheticals", []), language)
                                 + ")" + E, flags),
        features=features,
        # the lookahead rejects most positions by one character, before the pattern's own clitic and signs
        feature_lead=re.compile(_non_word_class() + "(?=" + _opening(feature_words, language, comp_clitic_spellings)
                                + ")" + features.pattern),
        feature_of={" ".join(fold(w).split()): name for name, key in reversed(FEATURE_LISTS.items())
                    for w in lex.get(key, [])},
        phrase_lead=re.compile(_non_word_class() + "(?=" + clitic + (_SIGN if ar else "")
                               + "(?:" + "|".join(_literal_headed(phrases, language)) + "))"),
    )


# (fixed-width lookbehinds, one per determiner)
_AFTER_NO_DETERMINER = "".join(f"(?<!\\b{d} )"
                               for d in ("the", "a", "an", "its", "his", "her", "their", "this", "that"))


def _after_a_document(forms: list[str], lex: dict) -> str:
    """An alternative of the verb pattern for `forms` right after a document's noun and before what it introduces
    (`the statement read: "..."`, `, the letter reads.`, `the note read that`), or "" with none: `she read the
    report` is no speech, nor `a statement read by a spokeswoman`."""
    if not forms:
        return ""
    nouns = "|".join(f"(?<={re.escape(noun)} )" for noun in lex.get("document_nouns", []))
    return ("|(?:" + nouns + ")(?:" + "|".join(map(re.escape, forms))
            + r')(?=(?:\s+in\s+part)?\s*[:,.;"“]|\s+that\b|\s*$)')
    # (and `the statement reads in part: "..."`)


@cache
def _non_word_class() -> str:
    r"""A class of every character `\w` does not match, as ranges, and every character past the BMP.

    sre tests such a class with a bitmap, but `\W` with a Unicode database lookup per character: a scan
    opening with it skips half as fast. Past the BMP a bitmap cannot go, and the ranges sre would try one by
    one there make the scan far slower: taking all those characters keeps the class a superset.
    """
    word = re.compile(r"\w")
    codes = [c for c in range(0x10000) if not word.match(chr(c))]
    ranges = [[c for _, c in run] for _, run in groupby(enumerate(codes), lambda ic: ic[1] - ic[0])]
    return ("[" + "".join(re.escape(chr(r[0])) + ("-" + re.escape(chr(r[-1])) if len(r) > 1 else "") for r in ranges)
            + "\U00010000-\U0010FFFF]")


SPACES = re.compile(r"\s*")  # a run of white space, perhaps empty: `SPACES.match(text, pos).end()` is the next word


class PhraseStarts:
    r"""Where in text[start:end] a reporting verb, participle, cue or pronoun cue may start (a superset), from
    one scan; `finditer` and `search` with one of those patterns find what the pattern's own would, trying
    only these positions.

    The patterns open with `(?<!\w)`, so sre tries each at every character of every clause, four scans at
    20-35 ns a character. `phrase_lead` opens with the non-word character before a word instead, which sre
    skips to, and looks for all four lexicons at once: one scan of the stretch instead.
    """

    __slots__ = ("positions", "text")

    def __init__(self, text: str, start: int, end: int, pat: LanguagePatterns):
        self.text = text
        # the string's start has no character before it: a candidate whatever follows
        self.positions = [0] if start == 0 else []
        self.positions += [m.end() for m in pat.phrase_lead.finditer(text, max(0, start - 1), end)]

    def finditer(self, pattern: re.Pattern, start: int, end: int):
        """pattern.finditer(text, start, end) for one of the patterns above (no other may be passed)."""
        text, positions = self.text, self.positions
        resume = start  # like finditer, no match overlaps the one before
        for i in range(bisect_left(positions, start), len(positions)):
            pos = positions[i]
            if pos >= end:
                return
            if pos >= resume:
                found = pattern.match(text, pos, end)
                if found:
                    yield found
                    resume = found.end()

    def search(self, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
        """pattern.search(text, start, end) for one of the patterns above."""
        return next(self.finditer(pattern, start, end), None)


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in text[start:end], or None."""
    return last_of(pattern.finditer(text, start, end))


def last_of(matches) -> re.Match | None:
    """The last of `matches`, or None."""
    found = None
    for found in matches:
        pass
    return found


def common() -> dict:
    return load_lexicon("common")
