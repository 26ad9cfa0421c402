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

from workbench.segment.patterns import LanguagePatterns, fold, last_match

_WORD = re.compile(r"[^\s،,؛;:.!?؟\"“”«»()\[\]]+")
_QUOTE_CHARS = "\"“”«»„‹›"
_TRIM = " \t\r\n\u00a0،,؛;:.-–—\"“”«»„()[]'’‘"
_ASIDE = re.compile(r"\s[-–—]|\(|\s-")
_COMMA = re.compile(r"[,،]")

def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return _WORD.findall(text, start, len(text) if end is None else end)


def clean_speaker(phrase: str) -> str:
    """The phrase without surrounding punctuation and quotes; a closing bracket stays when it closes one."""
    phrase = " ".join(phrase.split()).strip(_TRIM.replace(")", ""))
    while phrase.endswith(")") and phrase.count("(") < phrase.count(")"):
        phrase = phrase[:-1].rstrip(_TRIM.replace(")", ""))
    return phrase.lstrip(")")


def is_pronoun(phrase: str, pat: LanguagePatterns) -> bool:
    f = fold(phrase)
    return not f or f in pat.pronouns or (pat.language == "ar" and f[0] in "وف" and f[1:] in pat.pronouns)


_HAL = re.compile(r"(?<!\w)م\w{2,}ا(?!\w)")  # circumstantial participle (موجها، مضيفة): the subject ended


def arabic_subject_after(text: str, start: int, end: int, pat: LanguagePatterns) -> str:
    phrase = text[start:end]
    # every stopper needs a character other than white space (a verb right before its marker has no subject)
    for stopper in (pat.speaker_stop, _HAL, _ASIDE, pat.participle, pat.cue, pat.verb, pat.complementizer):
        if phrase.isspace() or not phrase:
            break
        stop = stopper.search(phrase)
        if stop:
            phrase = phrase[:stop.start()]
    ws = _strip_particles(clean_speaker(phrase).split(), pat)
    if len(ws) == 1 and len(ws[0]) >= 4 and ws[0].endswith(("ه", "ها", "هم")):
        return ""  # a possessed noun (حديثه، كلمتها) is the verb's object, not its subject
    # لـX after the subject is whom it was said to (قال X لوكالة ...), not the speaker
    for i in range(1, len(ws)):
        if ws[i].startswith("ل") and not ws[i].startswith("لل") and len(ws[i]) > 2:
            ws = ws[:i]
            break
    return " ".join(ws)


def _is_particle(word: str, pat: LanguagePatterns) -> bool:
    f = fold(word)
    return f in pat.leading_particles or (pat.language == "ar" and len(f) > 2 and f[0] in "وف"
                                          and f[1:] in pat.leading_particles)


def _strip_particles(ws: list[str], pat: LanguagePatterns) -> list[str]:
    while ws and _is_particle(ws[0], pat):
        ws = ws[1:]
    while ws and _is_particle(ws[-1], pat):
        ws = ws[:-1]
    return ws


def _antecedent(chunk: str, pat: LanguagePatterns) -> str:
    """The noun phrase a relative clause after `chunk` refers to: its last few words."""
    ws = _strip_particles(clean_speaker(chunk).split(), pat)
    out: list[str] = []
    for w in reversed(ws[-5:]):
        if fold(w) in pat.determiners or pat.speaker_stop.fullmatch(w):
            break
        if pat.language == "ar" and w[:3] in ("بال", "لال", "كال"):
            out.append(w[1:])  # بالوكالة الدولية: the phrase starts after the preposition
            break
        if pat.language == "ar" and out and w[0] in "وفب" and not w.startswith("ال"):
            break  # a verb or preposition before the noun phrase (ورحبت بالقرار منظمة ...)
        out.append(w)
    return " ".join(reversed(out))


def arabic_subject_before(text: str, start: int, verb: int, pat: LanguagePatterns) -> str:
    intro = last_match(pat.intro, text, start, verb)
    if intro:
        rest = text[intro.end():verb]
        cut = _COMMA.search(rest)
        phrase = arabic_subject_after(rest, 0, cut.start() if cut else len(rest), pat)
        ws = phrase.split()
        return " ".join(ws[:4])
    before = words(text, max(start, verb - 12), verb)
    if before and fold(before[-1]) in pat.relative_frame:
        return main_subject(text, start, verb, pat) or ""
    chunks = _COMMA.split(text[start:verb])
    for i in range(len(chunks) - 1, -1, -1):
        ws = _strip_particles(clean_speaker(chunks[i]).split(), pat)
        if not ws:
            continue
        if fold(ws[0]) in pat.relatives:
            if len(ws) == 1 and i > 0:
                return _antecedent(chunks[i - 1], pat)
            continue  # a relative clause inside the subject (X، الذي ...، قال)
        phrase = " ".join(ws)
        if len(ws) > 8 or pat.speaker_stop.match(phrase):
            return ""
        if pat.verb.fullmatch(ws[0]):  # وتابع يقول: the chunk is another verb of the same subject
            return main_subject(chunks[i], 0, len(chunks[i]), pat) or ""
        if (len(ws) > 2 and pat.language == "ar" and ws[0][0] in "وف" and not ws[0].startswith(("وال", "فال"))
                and not ws[0].endswith(("ة", "ات", "اء"))):  # وزارة is a noun, وعرض a verb with its clitic
            if i == len(chunks) - 1:
                return ""  # ووقع X قرب مخازن قالت: the verb sits inside narration, not after a subject
            # a clause of its own (وعرض X صورا، قال): its subject follows its verb
            return main_subject(chunks[i], 0, len(chunks[i]), pat) or ""
        return phrase
    return ""


def main_subject(text: str, start: int, end: int, pat: LanguagePatterns) -> str | None:
    """The subject of a narrated clause, for a participle after it (`X refused ..., saying ...`)."""
    ws = _strip_particles(words(text, start, min(end, start + 200)), pat)
    if not ws:
        return None
    if pat.language == "en":
        out = []
        for w in ws[:8]:
            f = fold(w)
            if out and (f in pat.finite or (w.islower() and (f.endswith("ed") or f.endswith("s")))):
                break
            out.append(w)
        else:
            return None
        phrase = " ".join(out)
        return None if fold(phrase) in pat.pronouns else phrase
    if ws[0].startswith(("ال", "وال")):
        return " ".join(ws[:2])
    phrase = arabic_subject_after(" ".join(ws[1:6]), 0, len(" ".join(ws[1:6])), pat)
    return phrase or None


def english_subject(phrase: str, pat: LanguagePatterns) -> str | None:
    """The subject noun phrase in `phrase` (the text before a reporting verb); "" for a pronoun; None if none."""
    ws = phrase.split()
    while ws and fold(ws[-1]) in ("has", "have", "had", "also", "then", "later", "earlier", "would", "will"):
        ws.pop()  # Viktor Yushchenko, has said: the auxiliary belongs to the verb
    chunks = [c.strip(_TRIM) for c in _COMMA.split(" ".join(ws))]
    chunks = [c for c in chunks if c]
    if len(chunks) > 1 and chunks[-1].split()[0].lower() in pat.relatives and len(chunks[-1].split()) == 1:
        names = re.findall(r"(?:[A-Z][\w'’.-]*\s?)+$", chunks[-2])
        return clean_speaker(names[0]) if names else None
    while len(chunks) > 1 and fold(chunks[-1].split()[0]) in ("a", "an", "who", "which", "whose", "the", "himself",
                                                                "herself", "itself"):
        chunks.pop()
    if not chunks:
        return None
    last = re.split(r"\s[-–—]+\s", chunks[-1])[0]
    ws = last.split()
    for i, w in enumerate(ws[1:], 1):
        if fold(w) in pat.relatives:  # A spokesman for X which represents Y said: the part before which
            ws = ws[:i]
            break
    while ws and (fold(ws[0]) in pat.intro_words or (ws[0] != ws[-1] and pat.date.fullmatch(ws[0]))):
        ws = ws[1:]
    while ws and fold(ws[-1]) in pat.finite | {"also", "later", "earlier", "has", "have", "had", "then"}:
        ws = ws[:-1]
    if not ws or len(ws) > 12:
        return None if not ws and len(chunks) > 1 else ("" if not ws else None)
    if any(fold(w) in pat.finite or (w.islower() and w.endswith("ed") and len(w) > 4) for w in ws) or any(
            c in _QUOTE_CHARS for c in " ".join(ws)):
        return None
    phrase = " ".join(ws)
    if fold(phrase) in pat.pronouns:
        return ""
    return clean_speaker(phrase)
