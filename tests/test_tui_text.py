"""Unit tests of how text reaches the terminal: literal, wrapped, shaped and reordered (no Textual app)."""

from __future__ import annotations

import pytest
from bidi.algorithm import get_display
from rich.cells import cell_len
from rich.text import Text

from workbench.tui.text import (
    TERMINAL,
    VISUAL,
    default_bidi_mode,
    is_rtl_text,
    layout,
    literal,
    visual_cell,
    visual_line,
    wrap_offsets,
)

MIXED = "وأكدت مؤسسة الرصد (PAC) أن الإنفاق تضاعف بنسبة 12.5% في 2027."


def test_control_characters_are_shown_not_sent():
    shown = literal("a\x1b[31mred\x1b[0m\x07\x9bX\x7f\ttab\nline")
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown and "\x7f" not in shown
    assert shown == "a␛[31mred␛[0m␇\\x9bX␡ tab\nline"


def test_markup_stays_text():
    line = layout(Text(literal("[bold]x[/bold] [link=https://e.test]y[/link]")), 80, VISUAL)[0]
    assert line.plain == "[bold]x[/bold] [link=https://e.test]y[/link]" and not line.spans


def test_visual_order_matches_python_bidi_with_mirrored_brackets():
    import arabic_reshaper

    ours = visual_line(Text(MIXED)).plain
    assert ours == get_display(arabic_reshaper.reshape(MIXED))
    assert "(PAC)" in ours                     # mirrored, so it reads (PAC), not )PAC(
    # Digits keep their own order; after Arabic letters they are Arabic numbers (UBA rule W2), so the
    # percent sign is a neutral and lands on their left, as browsers draw it too.
    assert "%12.5" in ours and "2027" in ours


@pytest.mark.parametrize("width", [12, 20, 33])
def test_wrapping_happens_in_logical_order_then_each_line_is_reordered(width):
    lines = layout(Text(MIXED), width, VISUAL)
    logical = [MIXED[a:b] for a, b in wrap_offsets(MIXED, width)]
    assert len(lines) == len(logical)
    import arabic_reshaper

    for shown, source in zip(lines, logical):
        # Every line keeps the paragraph's direction, even one with no Arabic letter of its own.
        assert shown.plain.strip() == get_display(arabic_reshaper.reshape(source), base_dir="R").strip()
        assert cell_len(shown.plain) <= width      # measured after shaping
    assert all(cell_len(line.plain) == width for line in lines)  # right-aligned: padded on the left


def test_terminal_mode_leaves_text_alone():
    lines = layout(Text(MIXED), 200, TERMINAL)
    assert [line.plain for line in lines] == [MIXED]


def test_the_highlight_follows_the_claim_through_reordering():
    text = Text(MIXED)
    start = MIXED.index("(PAC)")
    text.stylize("bold", start, start + 5)
    line = visual_line(text)
    bold = [line.plain[s.start:s.end] for s in line.spans if "bold" in str(s.style)]
    assert bold == ["(PAC)"]


def test_cells_are_cut_before_reordering():
    cell = visual_cell(MIXED, 10, VISUAL)
    assert cell_len(cell) <= 10 and cell.startswith("…")   # the cut end of an RTL line is on its left
    assert visual_cell("plain English text here", 10, VISUAL) == "plain Eng…"


def test_direction_and_default_mode():
    assert is_rtl_text("  12 قال") and not is_rtl_text("12 said قال")
    assert default_bidi_mode({"WORKBENCH_BIDI": "terminal"}) == TERMINAL
    assert default_bidi_mode({"VTE_VERSION": "7600"}) == TERMINAL
    assert default_bidi_mode({"VTE_VERSION": "7600", "TMUX": "/tmp/x"}) == VISUAL
    assert default_bidi_mode({}) == VISUAL


def test_the_reshaper_with_its_settings_read_once_shapes_as_configured():
    # The settings are read once (configparser per call was a fifth of shaping a row);
    # the shapes must stay those of the reshaper configured the ordinary way.
    import arabic_reshaper

    from workbench.tui import text

    stock = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": True, "support_ligatures": True})
    for sample in ["قال وزير المالية إن الحكومة ستزيد الإنفاق", "لا إله إلا الله", "مُحَمَّدٌ رَسُولُ اللَّهِ",
                   "ـتطويلـ", "مؤسسة الرصد (PAC) ١٢٣ لأن", "plain English", ""]:
        assert text._reshaper.reshape(sample) == stock.reshape(sample)
    assert text._reshaper.configuration.getboolean("delete_harakat") is True
    assert text._reshaper.configuration.getboolean("ARABIC LIGATURE LAM WITH ALEF") is True


def _pure_python_order(plain: str, rtl: bool) -> str:
    """python-bidi's own Python algorithm over the reshaped text: what the fast path must reproduce."""
    from workbench.tui import text

    return "".join(ch for ch, _ in text._reorder([(ch, "") for ch in text._reshaper.reshape(plain)], rtl))


@pytest.mark.parametrize("plain", [
    MIXED,
    "قال (الوزير) إن «الخطة» [جاهزة] {الآن} <غدا>",
    "قال إن (the PAC (and [its] donors)) دفعت 12.5% (٪٣)",
    "The ministry (وزارة المالية) said «no» to [12] items",
    "((( )))",
    "(12) (ab) (قال)",
])
@pytest.mark.parametrize("rtl", [True, False])
def test_the_fast_bidi_path_draws_what_the_python_algorithm_draws(plain, rtl):
    from workbench.tui import text

    if text._rust_display is None:
        pytest.skip("python-bidi < 0.5 has no Rust algorithm")
    fast = text._fast_display(text._reshaper.reshape(plain), rtl)
    assert fast == _pure_python_order(plain, rtl)


def test_the_fast_path_mirrors_brackets_only_in_right_to_left_runs():
    from workbench.tui import text

    if text._rust_display is None:
        pytest.skip("python-bidi < 0.5 has no Rust algorithm")
    shown = visual_line(Text("قال (الوزير) إن (PAC) «نعم»")).plain
    # Drawn mirrored, the quote reads «نعم» on screen as it does in print, and (PAC) stays (PAC).
    assert "(PAC)" in shown and shown.index("«") < shown.index("»") and ")" not in shown.split("(")[0]
    assert visual_line(Text("The (ministry) said «yes»"), rtl=False).plain == "The (ministry) said «yes»"


@pytest.mark.parametrize("plain", ["قال\tالوزير (نعم)", "قال ─ (نعم)", "مُحَمَّدٌ (x)", "a\u0301 (قال)"])
def test_what_the_fast_path_cannot_promise_takes_the_python_algorithm(plain):
    # A tab (a segment separator), a character the stand-ins use, combining marks: still drawn right.
    assert visual_line(Text(plain)).plain == _pure_python_order(plain, is_rtl_text(plain))


def test_the_fast_bidi_path_agrees_with_the_python_algorithm_on_random_mixed_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("ابتجحدرسعفقلمنهوي abcXY0123456789.,:;%$#+-/()[]{}<>«»!?\"'،؟٪١٢") +
                               ["\u00a0", "…", "€", "\u2212", "\u200f", "\u064e", "─", "\t"])

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet, max_size=40), st.sampled_from([None, True, False]))
    def check(plain, rtl):
        direction = is_rtl_text(plain) if rtl is None else rtl
        assert visual_line(Text(plain), rtl).plain == _pure_python_order(plain, direction)

    check()


@pytest.mark.parametrize("value", ["plain English text here", "وقال وزير المالية إن العجز سينخفض", "ab", "",
                                   "wide 中文 cells", "مُحَمَّدٌ رَسُولُ", "tab\there", "e\u0301\u0301\u0301 combining"])
@pytest.mark.parametrize("width", [0, 1, 2, 5, 10, 40])
def test_cells_cut_by_slicing_match_cells_cut_by_measuring(value, width):
    # One-cell text is cut by slicing; the result must be what measuring each character gives.
    from workbench.tui import text

    shown = literal(value).replace("\n", " ")
    if cell_len(shown) > width:
        cut, used = [], 0
        for ch in shown:
            if used + cell_len(ch) > width - 1:
                break
            cut.append(ch)
            used += cell_len(ch)
        shown = "".join(cut) + "…"
    assert text.visual_cell.__wrapped__(value, width, TERMINAL) == shown


@pytest.mark.parametrize("plain", [MIXED, "لا إله إلا الله", "عبدالله قال «لا» للأمر", "مُحَمَّدٌ رَسُولُ اللَّهِ",
                                   "ـتطويلـ كلمة", "قال\u200dها", "  مسافات   كثيرة  ", "plain English", ""])
def test_shaping_word_by_word_gives_what_shaping_the_line_gives(plain):
    from workbench.tui import text

    assert text.shape(plain) == text._reshaper.reshape(plain)
    assert text.shape(plain) == text._reshaper.reshape(plain)   # the second time from the word cache


def test_word_by_word_shaping_agrees_with_the_reshaper_on_random_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from workbench.tui import text

    alphabet = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى") +
                               ["لا", "الله", "لله", " ", " ", "a", "1", ".", "(", "\u00a0", "«", "،", "٣", "…",
                                "\u064e", "\u0640", "\u200d"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(alphabet, max_size=30).map("".join))
    def check(plain):
        try:
            expected = text._reshaper.reshape(plain)
        except IndexError:   # arabic_reshaper fails on a few joiner sequences, whole or by word
            return
        assert text.shape(plain) == expected

    check()


def test_a_line_the_reshaper_fails_on_is_drawn_not_a_crash():
    from workbench.tui import text

    plain = "قال\u200dها لا"
    try:
        text._reshaper.reshape(plain)
    except IndexError:   # arabic_reshaper 3.1
        pass
    else:
        pytest.skip("this arabic_reshaper release shapes the line")
    assert text.shape(plain).endswith(text._reshaper.reshape("لا"))
    assert visual_cell(plain, 40, VISUAL)


def test_isolates_are_drawn_not_a_crash():
    # python-bidi's Python algorithm predates isolates (it failed an assertion: a crash of the screen).
    plain = "قال \u2067الوزير\u2069 إن \u2066PAC\u2069 دفعت \u2068x\u2069"
    assert "PAC" in visual_cell(plain, 60, VISUAL)
    text = Text(plain)
    text.stylize("bold", 4, 12)
    lines = layout(text, 20, VISUAL)
    assert "".join(line.plain for line in lines).count("PAC") == 1
    assert not any(ch in line.plain for line in lines for ch in "\u2066\u2067\u2068\u2069")


def test_words_shaped_ahead_are_the_words_shape_would_make():
    from workbench.tui import text

    texts = ["قال وزير المالية إن العجز سينخفض", "plain English only", "مُحَمَّدٌ بالحركات", "وزير الخارجية"]
    found = text.unshaped_words(texts)
    assert all(found[word] == text._reshaper.reshape(word) for word in found)
    assert "English" not in found and "مُحَمَّدٌ" not in found   # no Arabic / shaped whole, never word by word
    text.remember_shapes(found)
    assert not text.unshaped_words(texts)                        # nothing left to shape
    assert text.shape(texts[0]) == text._reshaper.reshape(texts[0])
