"""Segmenter behaviour on sentences written for these tests, Arabic and English side by side."""

from __future__ import annotations

import ast
import pathlib
import re

import pytest

from workbench.segment import KINDS, Segment, detect_language, segment
from workbench.segment.sentences import sentences


def texts(article: str) -> list[str]:
    return [s.text for s in segment(article)]


def pairs(article: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in segment(article)]


# --- sentences --------------------------------------------------------------------------

@pytest.mark.parametrize("article, expected", [
    ("افتتحت البلدية جسرا جديدا فوق النهر. وبلغت كلفة المشروع ثلاثة ملايين دينار.",
     ["افتتحت البلدية جسرا جديدا فوق النهر", "وبلغت كلفة المشروع ثلاثة ملايين دينار"]),
    ("The council opened a new bridge over the river. The project cost three million pounds.",
     ["The council opened a new bridge over the river", "The project cost three million pounds"]),
    ("هل انتهت الأزمة فعلا؟ تراجعت أسعار الوقود للأسبوع الثالث!",
     ["تراجعت أسعار الوقود للأسبوع الثالث"]),
    ("Is the crisis over? Fuel prices fell for a third week!", ["Fuel prices fell for a third week"]),
    # ؛ and ، are no sentence ends
    ("ارتفعت الصادرات الزراعية؛ الواردات تراجعت في الربع نفسه.",
     ["ارتفعت الصادرات الزراعية؛ الواردات تراجعت في الربع نفسه"]),
    # a period glued to the next word
    ("ارتفعت صادرات القمح في الربع الأول.وتراجعت الواردات بشكل ملحوظ في الفترة نفسها.",
     ["ارتفعت صادرات القمح في الربع الأول", "وتراجعت الواردات بشكل ملحوظ في الفترة نفسها"]),
    # decimals
    ("بلغ معدل النمو 3.7 في المئة هذا العام.", ["بلغ معدل النمو 3.7 في المئة هذا العام"]),
    ("Growth reached 3.7 percent this year.", ["Growth reached 3.7 percent this year"]),
    # abbreviations
    ("Mr. Lane moved to the U.S. Navy base in 1990.", ["Mr. Lane moved to the U.S. Navy base in 1990"]),
    ("ألقى د. سامر كلمة في افتتاح المؤتمر السنوي.", ["ألقى د. سامر كلمة في افتتاح المؤتمر السنوي"]),
    ("تأسست الجمعية عام 1952م. في مدينة ساحلية صغيرة.", ["تأسست الجمعية عام 1952م. في مدينة ساحلية صغيرة"]),
    # `..` in a headline joins, non-breaking spaces are spaces
    ("المصانع والموانئ.. خطة جديدة لتوسيع الإنتاج المحلي\n", ["المصانع والموانئ.. خطة جديدة لتوسيع الإنتاج المحلي"]),
    ("The\u00a0port handled a record tonnage.\u00a0The harbour was dredged.",
     ["The\u00a0port handled a record tonnage", "The harbour was dredged"]),
])
def test_sentence_ends(article, expected):
    assert texts(article) == expected


def test_hard_wrapped_newswire_is_unwrapped_and_indents_start_paragraphs():
    article = (
        "GRAIN HARVEST SEEN LOWER\n"
        "    LONDON, May 4 - The regional grain harvest will fall by about\n"
        "ten pct this year because of a dry spring, officials said on\n"
        "Monday. Exports were cut in the first quarter as stocks ran low.\n"
        "    Traders said prices were likely to rise further in the summer\n"
        "months as buyers compete for supplies from abroad and shipping.\n"
        " REUTER\n")
    got = pairs(article)
    assert got[0] == ("officials", "The regional grain harvest will fall by about\n"
                                   "ten pct this year because of a dry spring")
    assert got[1] == (None, "Exports were cut in the first quarter as stocks ran low")
    assert got[2][0] == "Traders" and got[2][1].startswith("prices were likely")
    assert all("REUTER" not in t and "LONDON" not in t for _, t in got)


def test_hard_wrapped_newswire_with_continuation_lines_indented_one_space():
    # (some archives' dumps open every line that goes on with a space: only a deeper indent starts a paragraph)
    article = (
        "GRAIN HARVEST SEEN LOWER\n"
        "    LONDON, May 4 - The regional grain harvest will fall by about\n"
        " ten pct this year because of a dry spring, officials said on\n"
        " Monday. Exports were cut in the first quarter as stocks ran low.\n"
        "    Traders said prices were likely to rise further in the summer\n"
        " months as buyers compete for supplies from abroad and shipping.\n"
        " REUTER\n")
    got = pairs(article)
    assert got[0] == ("officials", "The regional grain harvest will fall by about\n"
                                   " ten pct this year because of a dry spring")
    assert got[1] == (None, "Exports were cut in the first quarter as stocks ran low")
    assert got[2][0] == "Traders" and got[2][1].startswith("prices were likely")
    assert len(got) == 3


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_crlf_and_lf_give_the_same_claims(newline):
    article = newline.join(["أسعار الخبز", "ارتفعت أسعار الخبز في المدن الكبرى.", "Bread prices rose in big cities."])
    assert texts(article) == ["ارتفعت أسعار الخبز في المدن الكبرى", "Bread prices rose in big cities"]


# Arabic vowel signs are combining marks: a word written with them (يُعالجون) is still one word to the rules, and
# the claims keep the article's own spelling, signs and all
VOWELLED = [
    ("وقالت المنسقةُ إنَّ مراكزَ العلاجِ تستقبلُ ضعفَ طاقتِها، وبعضُ المرضى يُعالَجون على الأرضِ.",
     "وقالت المنسقة إن مراكز العلاج تستقبل ضعف طاقتها، وبعض المرضى يعالجون على الأرض."),
    ("وقال الرئيس قيس سعيّد إنّ الدعم لن يُرفع، وفقًا لبيان الرئاسة.",
     "وقال الرئيس قيس سعيد إن الدعم لن يرفع، وفقا لبيان الرئاسة."),
    # (English has no vowel signs: the same claims, in the same place)
    ("The coordinator said clinics take twice their capacity, and some patients are treated on the floor.",
     "The coordinator said clinics take twice their capacity, and some patients are treated on the floor."),
]


@pytest.mark.parametrize("vowelled, bare", VOWELLED)
def test_vowel_signs_change_no_claim_and_stay_in_its_text(vowelled, bare):
    signs = re.compile("[\u064b-\u0652]")
    got, expected = segment(vowelled), segment(bare)
    assert [(signs.sub("", s.text), s.kind) for s in got] == [(s.text, s.kind) for s in expected]
    assert [(signs.sub("", s.speaker or ""), signs.sub("", s.cue or "")) for s in got] == [
        (s.speaker or "", s.cue or "") for s in expected]
    assert all(vowelled[s.start:s.end] == s.text for s in got)
    assert all(s.speaker is None or s.speaker in vowelled for s in got)  # (سعيّد as the article writes it)


# --- not claims -------------------------------------------------------------------------

@pytest.mark.parametrize("article", [
    "من سيفوز بالانتخابات المقبلة؟",                       # question title
    "Who will win the next election?",
    "علاقات متوترة",                                        # section heading
    "Trade tensions",
    "المصادر\n- تقرير عن الطاقة المتجددة في المنطقة\n- مقال عن أسعار النفط هذا الأسبوع",  # source list
    "Related stories\n- Oil prices and the regional economy this week",
    "By Jane Roe, Staff Writer",                             # byline
    "#اقتصاد #طاقة #نفط",                                    # hashtag line
    "وتساءل: \"هل ستنخفض الأسعار قريبا؟\"",                  # question in a frame
    "Click here to read the full report on prices.",          # imperative
    "اقرأ أيضا تقريرنا الكامل عن الأسعار في الأسواق.",
    "Here's what you need to know about the vote.",
    "تابعوا آخر التطورات على موقعنا.",
    "شاهد: اشتباكات بين محتجين والشرطة في باريس",
    "Watch: Protesters clash with police in Paris",
])
def test_non_claims(article):
    assert segment(article) == []


def test_a_past_verb_spelled_like_an_imperative_is_a_claim():
    assert texts("شاهد الرئيس العرض العسكري في العاصمة صباح اليوم.") == [
        "شاهد الرئيس العرض العسكري في العاصمة صباح اليوم"]
    assert texts("Watched by millions, the final drew a record audience on Sunday.") == [
        "Watched by millions, the final drew a record audience on Sunday"]


def test_dateline_and_sign_off_are_left_out():
    article = "ROME, June 2 - The central bank raised its main rate by half a point.\n REUTER\n"
    assert texts(article) == ["The central bank raised its main rate by half a point"]


@pytest.mark.parametrize("article, expected", [
    # a place and its country in title case before a dash (Al Jazeera); its country is no speaker
    ("Khartoum, Sudan – The army said it had retaken the bridge.", [("The army", "it had retaken the bridge")]),
    ("الخرطوم - قال الجيش إنه استعاد السيطرة على الجسر.", [("الجيش", "إنه استعاد السيطرة على الجسر")]),
])
def test_datelines_in_title_case(article, expected):
    assert pairs(article) == expected


# --- quotations -------------------------------------------------------------------------

@pytest.mark.parametrize("article, expected", [
    ('وقال رئيس البلدية في مؤتمر صحفي: "سننهي أعمال الصيانة قبل الشتاء".',
     [("رئيس البلدية", "سننهي أعمال الصيانة قبل الشتاء")]),
    ('"We will finish the repairs before winter," the mayor said.',
     [("the mayor", "We will finish the repairs before winter")]),
    ('The mayor added: "The road will reopen in March."', [("The mayor", "The road will reopen in March")]),
])
def test_quotations_give_their_content_and_speaker(article, expected):
    assert pairs(article) == expected


@pytest.mark.parametrize("article", [
    # a quotation never closed ends with its sentence
    'وقال المدير: "سنفتتح الفرع الجديد في الربيع.\nوافتتحت الشركة مصنعا ثانيا في الجنوب.',
    'The director said: "We will open the new branch in spring.\nThe firm opened a second plant in the south.',
    # a stray mark mid-sentence does not swallow what follows
    'وتتنافس "الشركة الأولى" والثانية" و"الثالثة" على العقد.\nوفازت الشركة الثالثة بالعقد في النهاية.',
])
def test_unbalanced_quotes_stay_in_their_paragraph(article):
    segs = segment(article)
    last = article.strip().splitlines()[-1].rstrip(".")
    assert segs[-1].text == last
    assert segs[-1].speaker is None


# --- attribution ------------------------------------------------------------------------

@pytest.mark.parametrize("article, speaker, text", [
    ("قال وزير المالية إن العجز تراجع إلى النصف.", "وزير المالية", "إن العجز تراجع إلى النصف"),
    ("The finance minister said the deficit had halved.", "The finance minister", "the deficit had halved"),
    ("وأوضحت الهيئة أن عدد الزوار تضاعف.", "الهيئة", "أن عدد الزوار تضاعف"),
    ("The authority explained that visitor numbers had doubled.", "The authority",
     "that visitor numbers had doubled"),
    ("فأكدت النقابة أن الإضراب سيستمر.", "النقابة", "أن الإضراب سيستمر"),
    ("وسيعلن المجلس أن الموازنة متوازنة.", "المجلس", "أن الموازنة متوازنة"),
    ("ونفت الوزارة أنها رفعت الرسوم.", "الوزارة", "أنها رفعت الرسوم"),
    ("The ministry denied that it had raised fees.", "The ministry", "that it had raised fees"),
    ("اللجنة الانتخابية قالت: إن نسبة المشاركة بلغت الثلثين.", "اللجنة الانتخابية", "إن نسبة المشاركة بلغت الثلثين"),
    ("The deficit has halved since last year, the finance minister said.", "the finance minister",
     "The deficit has halved since last year"),
    ("Rail Union leader Sam Cole told reporters the strike would go ahead.", "Rail Union leader Sam Cole",
     "the strike would go ahead"),
    ("وقال الأمين العام للاتحاد المهني سامي كمال إن الإضراب سيمضي قدما.", "الأمين العام للاتحاد المهني سامي كمال",
     "إن الإضراب سيمضي قدما"),
])
def test_reporting_verbs_with_clitics_gender_and_tense(article, speaker, text):
    assert pairs(article) == [(speaker, text)]


@pytest.mark.parametrize("article, speaker, text", [
    ("ارتفعت البطالة إلى تسعة في المئة، بحسب مكتب الإحصاء.", "مكتب الإحصاء", "ارتفعت البطالة إلى تسعة في المئة"),
    ("Unemployment rose to nine percent, according to the statistics office.", "the statistics office",
     "Unemployment rose to nine percent"),
    ("وتضاعفت الصادرات مرتين، وفقا لبيانات من غرفة التجارة.", "غرفة التجارة", "وتضاعفت الصادرات مرتين"),
])
def test_cues_credit_their_object(article, speaker, text):
    segs = segment(article)
    assert [(s.speaker, s.text) for s in segs] == [(speaker, text)]
    assert segs[0].kind == "according-to"


@pytest.mark.parametrize("article, expected", [
    ("وقال المحافظ إن المياه عادت إلى الأحياء. وأضاف: إن الإصلاحات انتهت.",
     [("المحافظ", "إن المياه عادت إلى الأحياء"), ("المحافظ", "إن الإصلاحات انتهت")]),
    ("The governor said water was back in every district. He added that repairs were finished.",
     [("The governor", "water was back in every district"), ("The governor", "that repairs were finished")]),
    ("وقالت المديرة إن المبيعات ارتفعت، مضيفة أن الأرباح تضاعفت.",
     [("المديرة", "إن المبيعات ارتفعت"), ("المديرة", "أن الأرباح تضاعفت")]),
    ("The director said sales rose in May, adding that profits had doubled.",
     [("The director", "sales rose in May"), ("The director", "that profits had doubled")]),
])
def test_subjectless_verbs_carry_the_speaker_over(article, expected):
    assert pairs(article) == expected


@pytest.mark.parametrize("article, speaker", [
    # resolved to the named party whose phrase has the same head noun
    ("قالت شركة النقل الوطنية إن أرباحها تضاعفت. وأوضحت الشركة أن عدد الركاب زاد.", "شركة النقل الوطنية"),
    ("Harbor Shipping Company said profits doubled last year. The company said passenger numbers grew.",
     "Harbor Shipping Company"),
    # kept when no named party fits (the agency after a newspaper is not resolved to it)
    ("وقالت صحيفة المساء إن الطقس سيتحسن. وأوضحت الوكالة أن الأمطار ستتوقف.", "الوكالة"),
    ("The national carrier posted record profits. The company said passenger numbers grew.", "The company"),
])
def test_generic_references(article, speaker):
    assert segment(article)[-1].speaker == speaker


@pytest.mark.parametrize("article", [
    "أضاف المصنع خطي إنتاج جديدين هذا العام.",
    "وتعد المدينة من أكبر مراكز التجارة في المنطقة.",
    "وتتراوح المسافة بين المدينتين بين مئة ومئتي كيلومتر.",
    "The factory added two new production lines this year.",
])
def test_homographs_are_not_speech(article):
    segs = segment(article)
    assert len(segs) == 1 and segs[0].speaker is None and segs[0].kind == "statement"


# --- atomicity --------------------------------------------------------------------------

@pytest.mark.parametrize("article, expected", [
    ("افتتحت الوزارة مستشفى جديدا في الشمال، وأعلنت خطة لبناء مدرستين.",
     ["افتتحت الوزارة مستشفى جديدا في الشمال", "وأعلنت خطة لبناء مدرستين"]),
    ("The ministry opened a new hospital in the north, and it announced plans for two schools.",
     ["The ministry opened a new hospital in the north", "and it announced plans for two schools"]),
    # lists of nouns stay together
    ("ركزت الخطة على الصحة، والتعليم، والنقل العام.", ["ركزت الخطة على الصحة، والتعليم، والنقل العام"]),
    ("The plan covered health, education, and public transport.",
     ["The plan covered health, education, and public transport"]),
    # a conditional keeps its consequence
    ("إذا ارتفعت الأسعار، فسيتراجع الطلب على الوقود.", ["إذا ارتفعت الأسعار، فسيتراجع الطلب على الوقود"]),
    # but / لكن start a clause
    ("ارتفعت الأجور هذا العام، لكن الأسعار ارتفعت بوتيرة أسرع.",
     ["ارتفعت الأجور هذا العام", "لكن الأسعار ارتفعت بوتيرة أسرع"]),
    ("Wages rose this year, but prices rose faster.", ["Wages rose this year", "but prices rose faster"]),
    # "not only X but Y" stays one claim
    ("لم ترتفع الأجور فحسب، بل ارتفعت الأسعار أيضا.", ["لم ترتفع الأجور فحسب، بل ارتفعت الأسعار أيضا"]),
    ("لا يفرض القانون الإصلاح، بل تفرضه الممارسة اليومية.", ["لا يفرض القانون الإصلاح، بل تفرضه الممارسة اليومية"]),
    ("Wages did not only rise this year, but they doubled.", ["Wages did not only rise this year, but they doubled"]),
    ("The firm did not comment, but its shares fell sharply.",
     ["The firm did not comment", "but its shares fell sharply"]),
])
def test_atomic_clauses(article, expected):
    assert texts(article) == expected


def test_atomicity_applies_inside_quotations():
    article = 'وقال الوزير: "أنجزنا المرحلة الأولى من المشروع، وسنبدأ المرحلة الثانية في الخريف".'
    assert pairs(article) == [("الوزير", "أنجزنا المرحلة الأولى من المشروع"), ("الوزير", "وسنبدأ المرحلة الثانية في الخريف")]


# --- check-worthiness, languages, contract ----------------------------------------------

@pytest.mark.parametrize("factual, opinion", [
    ("وقال البنك المركزي إن التضخم بلغ 7.5 في المئة في مارس 2024.", "ربما تتحسن الأجواء العامة قليلا في المستقبل."),
    ("The central bank said inflation reached 7.5 percent in March 2024.", "Things might perhaps get a little better."),
])
def test_checkworthiness_prefers_numbers_and_parties_over_hedges(factual, opinion):
    high, = segment(factual)
    low, = segment(opinion)
    assert 0.0 <= low.checkworthiness < high.checkworthiness <= 1.0


def test_mixed_language_article():
    article = ("قال المتحدث إن المعرض سيفتتح غدا.\n"
               "The spokesman said the fair would open tomorrow.\n")
    segs = segment(article)
    assert [(s.language, s.speaker) for s in segs] == [("ar", "المتحدث"), ("en", "The spokesman")]


@pytest.mark.parametrize("text, language", [
    ("قال الوزير إن الموازنة جاهزة", "ar"), ("The minister said the budget was ready", "en"),
    ("", "en"), ("Budget 2025: قال الوزير إن الموازنة جاهزة", "ar"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_segments_honour_the_contract():
    article = ("قال المدير: \"ارتفعت المبيعات بنسبة كبيرة\".\r\n"
               "The company said profits rose sharply, and shares gained 4 percent.\r\n")
    segs = segment(article)
    assert segs
    prev_end = 0
    for seg in segs:
        assert isinstance(seg, Segment)
        assert article[seg.start:seg.end] == seg.text
        assert seg.start >= prev_end
        assert seg.kind in KINDS
        assert (seg.kind == "statement") == (seg.speaker is None)
        prev_end = seg.end


def test_the_segment_package_imports_no_front_end():
    for path in pathlib.Path(__file__).parent.parent.joinpath("workbench", "segment").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not names & {"click", "textual"}, path


@pytest.mark.parametrize("article, speaker", [
    ("تراجعت الصادرات بنسبة الربع، حسب غرفة التجارة.", "غرفة التجارة"),
    ("تراجعت الصادرات بنسبة الربع، نقلا عن غرفة التجارة.", "غرفة التجارة"),
    ("تراجعت الصادرات بنسبة الربع، على حد قول رئيس الغرفة.", "رئيس الغرفة"),
    ("Exports fell by a quarter, according to the chamber of commerce.", "the chamber of commerce"),
])
def test_every_cue_form(article, speaker):
    seg, = segment(article)
    assert (seg.speaker, seg.kind) == (speaker, "according-to")


@pytest.mark.parametrize("article, speaker, cue", [
    ("وقالوا إن الطريق سيفتح. ", None, None),                      # no subject, nothing to carry
    ("وقال المهندسون إن الطريق سيفتح قريبا.", "المهندسون", "قال"),
    ("ويقول المهندسون إن الطريق سيفتح قريبا.", "المهندسون", "يقول"),
    ("وأضافت المهندسة أن الطريق سيفتح قريبا.", "المهندسة", "أضافت"),
    ("The engineers say the road will open soon.", "The engineers", "say"),
    ("The engineer added that the road would open soon.", "The engineer", "added"),
    ("The ministry denied that the road was closed.", "The ministry", "denied"),
])
def test_gender_number_tense_and_cue_word(article, speaker, cue):
    seg = segment(article)[0]
    assert (seg.speaker, seg.cue) == (speaker, cue)


@pytest.mark.parametrize("paragraph", [
    "Image caption: Traders on the floor of the stock exchange",
    "(c) 2019 Reuters. All rights reserved.",
    "Last updated 3 hours ago",
    "التعليق على الصورة: متداولون في قاعة البورصة",
    "نشر في: 12 مارس 2019",
    "جميع الحقوق محفوظة",
    # a list heading with its list on one line
    "Sources: Reuters, AP, AFP",
    "المصدر : الجزيرة + وكالات",
    # timestamps, credit lines, a caption with its photo credit, a copyright notice, a contact line
    "Updated 6:52 PM MST, October 15, 2024",
    "Posted Nov 6, 2024 at 12:41 AM",
    "آخر تحديث: 15 أكتوبر 2024 - 18:52",
    "(Reporting by Lena Brandt and Anders Holm; Editing by Susan Fenton)",
    "The port of Durban at dusk. Shipping volumes fell 12% last year. Photograph: Jane Doe/Reuters",
    "ميناء ديربان عند الغروب. تراجعت أحجام الشحن 12 في المئة العام الماضي. تصوير: جين دو",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published without permission.",
    "Reach Beth Carroway at 555-0142 or follow her on X @bcarroway.",
    "(إعداد سها جادو للنشرة العربية - تحرير أحمد صبحي)",
    "تابع أخبار الأناضول عبر تطبيقنا",
    "الإثنين 16 يونيو 2025 03:45 م",
    "Saturday May 03 2025, 12.01am, The Times",
    "Olivia Carter, Local Government Correspondent",
    "(Updates with share price in sixth paragraph.)",
    "Displaced families queue for water outside the city on March 12 [File: Reuters]",
    # a caption with its credit in square brackets; a byline, a bar and its date
    "Residents wait for power to return during an outage on Sunday [Rafiq Alam/Al Jazeera]",
    "سكان ينتظرون عودة الكهرباء في الحي يوم الأحد [أ ف ب]",
    "Saad Qureshi | Published July 2, 2025",
    "محمد علي | نشر في 2 يوليو 2025",
    "فنيون يعملون على مصافي السحب في المحطة أمس | البيان",
    "Associated Press writer Sam Lee contributed from Portland, Oregon.",
    "Wed 12 Jun 2024 17.42 BST",
    "الحديدة/ عبد الله الشرعبي/ الأناضول",
    # a caption, then its photographer's credit
    "Women wait for food rations at a distribution site in February.\nIssouf Sanogo/AFP via Getty Images",
    "A candidate celebrates at the count in the Civic Hall on Friday\nJAMES FRIEND FOR THE TIMES",
    "Protesters hold placards in Accra, Ghana, July 14, 2025. REUTERS/Jane Doe Purchase Licensing Rights",
    "Reporting by Kwabena Mensah and Ruth Adjei; Writing by Tom Fielding; Editing by Alex Richardson",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "(تغطية صحفية سامي عبد الله - تحرير أحمد حسن)",
    "Associated Press writer Tendai Moyo in Harare, Zimbabwe, contributed to this report.",
    "Get our free Climate email",
    "Minister Tom Pearce says the changes will take big money out of politics. (ABC News: Matt Roberts)",
    # a byline's role line with the outlet after it; an outlet spelled in letters with its city
    "Technology reporter, BBC News website",
    "E-mail this to a friend   Printable version",
    # a caption with its photo's credit after a dash
    "سد المسيرة بإقليم سطات - صورة: أرشيف",
    "Flooded fields near York - File photo",
    "بي بي سي نيوز عربي - عمّان",
    "نشر الخميس، 18 سبتمبر / أيلول 2025",
    # a wire's exchange-rate note
    "($1 = 1.6340 New Zealand dollars)",
    "(الدولار = 3.75 ريال)",
    # a caption on the line after its label alone
    "Image caption,\nThe East Stand at Harbour Park holds about 4,100 supporters",
    "التعليق على الصورة،\nيتسع المدرج الشرقي لنحو 4100 مشجع",
])
def test_page_furniture_is_not_a_claim(paragraph):
    article = "The markets fell sharply on Monday as fears of a trade war grew.\n" + paragraph + "\n"
    assert [s.text for s in segment(article)] == ["The markets fell sharply on Monday as fears of a trade war grew"]


@pytest.mark.parametrize("article, claims", [
    # a byline's role on the line after it, with no comma to mark it (English roles close it, Arabic ones open it)
    ("Tax to rise in Norwich\n\nBy Helen Marsh\nBBC News Online political reporter\n\n"
     "Householders face a council tax rise of 6.8% from April.",
     ["Tax to rise in Norwich", "Householders face a council tax rise of 6.8% from April"]),
    ("زيادة الضرائب في نورويتش\n\nبقلم سناء بن سالم\nمراسلة الشؤون الاقتصادية في بي بي سي\n\n"
     "يواجه السكان زيادة في الضريبة المحلية بنسبة 6.8% اعتبارا من أبريل.",
     ["يواجه السكان زيادة في الضريبة المحلية بنسبة 6.8% اعتبارا من أبريل"]),
    # an English line with no word that could be its verb is a label or a verbless headline, no claim
    ("Inquiry into death of man in cell\n\nA man died in a police cell on Sunday, police said.",
     ["A man died in a police cell on Sunday"]),
    ("Blair rejects Iraq advice calls\n\nTony Blair has rejected calls to publish the advice.",
     ["Blair rejects Iraq advice calls", "Tony Blair has rejected calls to publish the advice"]),
    # an Arabic crosshead or caption of nouns alike; one with an imperfect verb, or `X: Y`, states a fact
    ("ارتفعت الأسعار في المدن.\n\nتحذيرات من موجة حر جديدة في الصيف\n\nوقال الوزير إن الحكومة ستتدخل.",
     ["ارتفعت الأسعار في المدن", "إن الحكومة ستتدخل"]),
    ("ارتفعت الأسعار في المدن.\n\nالوزير السابق لدى وصوله إلى المحكمة\n\nوقال الوزير إن الحكومة ستتدخل.",
     ["ارتفعت الأسعار في المدن", "إن الحكومة ستتدخل"]),
    # (up to twelve words, an adverb in -يا no verb: a headline naming its event)
    ("القبض على شبكة لتهريب الأدوية والمخدرات عبر المنافذ الجنوبية\n\nوقال الوزير إن الحكومة ستتدخل.",
     ["إن الحكومة ستتدخل"]),
    ("افتتاح المبنى الجديد لمطار الفجيرة الدولي بطاقة 5 ملايين مسافر سنوياً\n\nوقال الوزير إن الحكومة ستتدخل.",
     ["إن الحكومة ستتدخل"]),
    ("Arrest of drug gang on southern border\n\nThe minister said the government would act.",
     ["the government would act"]),
    ("ارتفعت الأسعار في المدن.\n\nالسلطات تنفي أي خلفية سياسية للقرار\n\nوقال الوزير إن الحكومة ستتدخل.",
     ["ارتفعت الأسعار في المدن", "السلطات تنفي أي خلفية سياسية للقرار", "إن الحكومة ستتدخل"]),
    ("ارتفعت الأسعار في المدن.\n\nالمغرب: احتجاجات في زاكورة بسبب انقطاع الماء\n\nوقال الوزير إن الحكومة ستتدخل.",
     ["ارتفعت الأسعار في المدن", "المغرب: احتجاجات في زاكورة بسبب انقطاع الماء", "إن الحكومة ستتدخل"]),
    # a list's introduction (على النحو التالي:, as follows:) and its items of nouns alone (but not an item with its
    # figure: `- زيادة الرحلات الجوية المباشرة بنسبة 20%.`)
    ("وجاءت درجات الحرارة المتوقعة غدا على النحو التالي:\n- مدى ارتفاع الحرارة في المدن الساحلية الكبرى.\n"
     "- زيادة الرحلات الجوية المباشرة بنسبة 20%.\nوقالت الهيئة إن الموجة ستستمر.",
     ["زيادة الرحلات الجوية المباشرة بنسبة 20%", "إن الموجة ستستمر"]),
    ("The forecast for tomorrow is as follows:\n- The pace of recovery in Chinese demand.\n"
     "- A rise in direct flights of 20%.\nThe authority said the heat would last.",
     ["A rise in direct flights of 20%", "the heat would last"]),
    # not a line that merely ends in such a word, with no byline before it
    ("Householders face a tax rise.\n\nHe thanked the local reporter", ["Householders face a tax rise",
                                                                       "He thanked the local reporter"]),
])
def test_a_bylines_role_line_is_not_a_claim(article, claims):
    assert [s.text for s in segment(article)] == claims


@pytest.mark.parametrize("article, claims", [
    ("Talks resumed in Vienna on Monday after a five-month pause.\n\nMore on this story\n"
     "Why the nuclear programme matters\nWhat the sanctions mean for oil prices\n\n"
     "Diplomats said a deal was close.",
     ["Talks resumed in Vienna on Monday after a five-month pause", "a deal was close"]),
    ("استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر.\n\nأخبار ذات صلة\n"
     "لماذا يثير البرنامج النووي القلق\nما تعنيه العقوبات لأسعار النفط\n\n"
     "وقال دبلوماسيون إن الاتفاق بات قريبا.",
     ["استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر", "إن الاتفاق بات قريبا"]),
    # link titles that ask a question are links too, and the list goes on after them
    ("Talks resumed in Vienna on Monday after a five-month pause.\n\nRelated:\n"
     "Why are the talks stalling?\nIn pictures: The Vienna talks\n\nDiplomats said a deal was close.",
     ["Talks resumed in Vienna on Monday after a five-month pause", "a deal was close"]),
    ("استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر.\n\nاقرأ أيضا\n"
     "لماذا تتعثر المحادثات؟\nبالصور: محادثات فيينا\n\nوقال دبلوماسيون إن الاتفاق بات قريبا.",
     ["استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر", "إن الاتفاق بات قريبا"]),
    ("Talks resumed in Vienna on Monday after a five-month pause.\n\nKeep reading\nlist of 2 items\nlist 1 of 2\n"
     "Aid convoy attacked on the road to Vienna, UN says\nlist 2 of 2\nWho are the negotiators?\n\n"
     "Diplomats said a deal was close.",
     ["Talks resumed in Vienna on Monday after a five-month pause", "a deal was close"]),
    # a title quoting its subject ends on the quotation mark, not on a sentence's own mark
    ("Talks resumed in Vienna on Monday after a five-month pause.\n\nSEE ALSO:\n"
     "Nuclear deal 'close to collapse'\n05 Nov 04 | Europe\n\nDiplomats said a deal was close.",
     ["Talks resumed in Vienna on Monday after a five-month pause", "a deal was close"]),
    ("استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر.\n\nاقرأ أيضا\n"
     "الاتفاق النووي \"على وشك الانهيار\"\n\nوقال دبلوماسيون إن الاتفاق بات قريبا.",
     ["استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر", "إن الاتفاق بات قريبا"]),
    # a heading that names its topic
    ("Talks resumed in Vienna on Monday after a five-month pause.\n\nMore from Europe\n"
     "Austria hosts the next round of talks\n\nDiplomats said a deal was close.",
     ["Talks resumed in Vienna on Monday after a five-month pause", "a deal was close"]),
    ("استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر.\n\nموضوعات قد تهمك\n"
     "النمسا تستضيف الجولة المقبلة من المحادثات\n\nوقال دبلوماسيون إن الاتفاق بات قريبا.",
     ["استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر", "إن الاتفاق بات قريبا"]),
    ("استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر.\n\nالمزيد من أخبار أوروبا\n"
     "النمسا تستضيف الجولة المقبلة من المحادثات\n\nوقال دبلوماسيون إن الاتفاق بات قريبا.",
     ["استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر", "إن الاتفاق بات قريبا"]),
    # BBC Arabic's `قصص مقترحة` (suggested stories) over a link whose title has its verb
    ("Talks resumed in Vienna on Monday after a five-month pause.\n\nSuggested stories\n"
     "Austria hosts the next round of talks\n\nDiplomats said a deal was close.",
     ["Talks resumed in Vienna on Monday after a five-month pause", "a deal was close"]),
    ("استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر.\n\nقصص مقترحة\n"
     "النمسا تستضيف الجولة المقبلة من المحادثات\n\nوقال دبلوماسيون إن الاتفاق بات قريبا.",
     ["استؤنفت المحادثات في فيينا يوم الاثنين بعد توقف دام خمسة أشهر", "إن الاتفاق بات قريبا"]),
])
def test_titles_under_a_related_links_heading_are_not_claims(article, claims):
    assert [s.text for s in segment(article)] == claims


@pytest.mark.parametrize("line", ["Peru's Congress moves to curb prosecutors' powers",
                                  "Japanese yen vs. U.S. dollar, 5-day chart"])
def test_a_short_line_in_an_english_body_is_no_claim(line):
    """A link's title or a chart's, set between paragraphs of the body: no sentence end, a dozen words at most."""
    body = "The markets fell sharply on Monday as fears of a trade war grew across Europe and Asia."
    article = "Markets fall as trade fears grow\n" + body + "\n" + line + "\nThe yen rose 2 percent on Tuesday.\n"
    assert [s.text for s in segment(article)] == [
        "Markets fall as trade fears grow", body.rstrip("."), "The yen rose 2 percent on Tuesday"]


@pytest.mark.parametrize("text, expected", [
    # a person's initial after a verb or a role is no sentence end; a lone letter after a preposition or before a
    # sentence's opening word is a name that ends one (X, formerly Twitter)
    ('"We will lose everything," said K. Suryanarayana, who owns a farm.', 1),
    ("Its president M. Srinivasa Rao said the figure was lower.", 1),
    ("He wrote on X. The post was deleted later that day.", 2),
    ("He announced it on X. Officials said nothing more.", 2),
])
def test_initials_and_one_letter_names(text, expected):
    assert len(sentences(text, 0, len(text), "en")) == expected
