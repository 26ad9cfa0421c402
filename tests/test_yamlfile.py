"""The YAML codec: strict reading with line numbers, and stable writing."""

import pytest

from workbench.yamlfile import FlowList, YamlError, dump_mapping, load_mapping


@pytest.mark.parametrize("value", [
    "إن أمازون أخذت زمام المبادرة",
    "The company said: \"we will not change\"",
    "السطر الأول\nالسطر الثاني",
    "line one\n    indented two\n",
    "crlf\r\nline",
    "trailing space \nnext",
    " leading space",
    "tab\there",
    "null", "false", "yes", "~", "12", "1e3", "2026-11-24", "2026-11-24T08:00:00+00:00",
    "# not a comment", "- not a list", "key: not a mapping", "[bold]rich[/bold]", "\x1b[31mred",
    "zero\u200bwidth and \u200fRLM", "\u2028line sep", "nel\x85", "bom\ufeffinside", "",
])
def test_any_string_comes_back_as_it_was(value):
    text = dump_mapping({"text": value})
    assert load_mapping(text).data == {"text": value}


def test_keys_stay_in_the_order_given_and_arabic_is_not_escaped():
    text = dump_mapping({"zeta": 1, "alpha": "قال", "span": FlowList([3, 9])})
    assert text == "zeta: 1\nalpha: قال\nspan: [3, 9]\n"


def test_long_text_is_never_rewrapped():
    value = "كلمة " * 500
    assert len(dump_mapping({"text": value.strip()}).splitlines()) == 1


def test_dates_stay_strings():
    assert load_mapping("at: 2026-11-24\nwhen: 2026-11-24T08:00:00Z\n").data == {
        "at": "2026-11-24", "when": "2026-11-24T08:00:00Z"}


def test_lines_are_recorded_per_key_and_list_item():
    doc = load_mapping("a: 1\nnotes:\n- at: x\n  by: y\n- at: z\n  by: w\n")
    assert doc.line_of("a") == 1
    assert doc.line_of("notes[1]") == 5
    assert doc.line_of("notes[1].by") == 6


@pytest.mark.parametrize("text, line, reason", [
    ("a: &anchor 1\nb: *anchor\n", 1, "anchors"),
    ("a: 1\nb: !!python/object/apply:os.system ['echo hi']\n", 2, "tags"),
    ("a: !custom 1\n", 1, "tags"),
    ("a: 1\nb: 2\na: 3\n", 3, "duplicate key"),
    ("a: [1, 2\nb: 3\n", 2, "not valid YAML"),
    ("- just\n- a list\n", 1, "mapping"),
    ("a: 1\n---\nb: 2\n", 1, "one YAML document"),
])
def test_refused_yaml_names_the_line_and_the_reason(text, line, reason):
    with pytest.raises(YamlError) as caught:
        load_mapping(text)
    assert caught.value.line == line
    assert reason in caught.value.reason


def test_billion_laughs_is_refused_before_anything_expands():
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
        for i in range(8))
    with pytest.raises(YamlError, match="anchors"):
        load_mapping(bomb)


def test_huge_documents_are_refused():
    with pytest.raises(YamlError, match="larger than"):
        load_mapping("text: " + "x" * 2_000_000)
