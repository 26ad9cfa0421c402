"""YAML for files people diff: a strict, line-numbered reader and a stable writer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml import events as ev

from workbench.model import WorkbenchError

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_RESOLVER = yaml.resolver.Resolver()

# Scalars turn into plain Python values only; a timestamp stays the string it
# was written as, so a date never changes type between load and save.
_SCALAR_TYPES = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:timestamp": str,
    "tag:yaml.org,2002:null": lambda v: None,
    "tag:yaml.org,2002:bool": lambda v: v.lower() in ("true", "yes", "on", "y"),
    "tag:yaml.org,2002:int": lambda v: int(v.replace("_", ""), 0) if v.lstrip("+-")[:2].lower() in ("0x", "0o") else int(v.replace("_", "")),
    "tag:yaml.org,2002:float": lambda v: float(v.replace("_", "")),
}

MAX_YAML_BYTES = 1_000_000


class YamlError(WorkbenchError):
    """A YAML document that is malformed or uses a feature we refuse; `line` is 1-based."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass
class Document:
    """A loaded mapping and the line each key (and list item, as `key[i]`) starts on."""

    data: dict[str, Any]
    lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.lines.get(key, 1)


def load_mapping(text: str) -> Document:
    """Parse one YAML mapping strictly: no anchors, aliases, tags or duplicate keys."""
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(1, f"file is larger than {MAX_YAML_BYTES} characters")
    lines: dict[str, int] = {}
    try:
        events = list(yaml.parse(text, Loader=_Parser))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError(mark.line + 1 if mark else 1, f"not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, f"not valid YAML: {exc}") from None
    docs = [i for i, e in enumerate(events) if isinstance(e, ev.DocumentStartEvent)]
    if len(docs) != 1:
        raise YamlError(1, "expected exactly one YAML document")
    pos = docs[0] + 1
    if not isinstance(events[pos], ev.MappingStartEvent):
        raise YamlError(_line(events[pos]), "expected a mapping of fields at the top")
    value, _ = _build(events, pos, lines, "")
    return Document(value, lines)


def _line(event: ev.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark else 1


def _build(events: list, pos: int, lines: dict[str, int], path: str) -> tuple[Any, int]:
    event = events[pos]
    if isinstance(event, ev.AliasEvent):
        raise YamlError(_line(event), "aliases (*name) are not allowed")
    if getattr(event, "anchor", None):
        raise YamlError(_line(event), "anchors (&name) are not allowed")
    tag = getattr(event, "tag", None)
    if tag is not None and tag != "!" and not (isinstance(event, ev.ScalarEvent) and any(event.implicit)):
        raise YamlError(_line(event), f"tags ({tag}) are not allowed")
    if isinstance(event, ev.ScalarEvent):
        resolved = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        convert = _SCALAR_TYPES.get(resolved, str)
        try:
            return convert(event.value), pos + 1
        except ValueError:
            return event.value, pos + 1
    if isinstance(event, ev.SequenceStartEvent):
        items, pos, index = [], pos + 1, 0
        while not isinstance(events[pos], ev.SequenceEndEvent):
            if path and f"{path}[{index}]" not in lines:
                lines[f"{path}[{index}]"] = _line(events[pos])
            item, pos = _build(events, pos, lines, f"{path}[{index}]")
            items.append(item)
            index += 1
        return items, pos + 1
    if isinstance(event, ev.MappingStartEvent):
        mapping: dict[Any, Any] = {}
        pos += 1
        while not isinstance(events[pos], ev.MappingEndEvent):
            key_line = _line(events[pos])
            key, pos = _build(events, pos, lines, path)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise YamlError(key_line, "a key must be a plain value")
            if key in mapping:
                raise YamlError(key_line, f"duplicate key {key!r}")
            child = f"{path}.{key}" if path else str(key)
            lines.setdefault(child, key_line)
            mapping[key], pos = _build(events, pos, lines, child)
        return mapping, pos + 1
    raise YamlError(_line(event), f"unexpected {type(event).__name__}")


class FlowList(list):
    """A list written on one line, like `span: [12, 80]`."""


class _Dumper(_BaseDumper):
    """Our own dumper, so no representer is registered on PyYAML globally."""


# Characters a YAML reader would turn into other line breaks or drop: strings
# holding them are double-quoted, where they are escaped and come back as they were.
_BLOCK_UNSAFE = set("\r\x85\u2028\u2029\ufeff\t")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None
    if "\n" in value:
        style = '"' if _BLOCK_UNSAFE.intersection(value) or value != value.strip(" ") else "|"
    elif _BLOCK_UNSAFE.intersection(value):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow_list(dumper: yaml.SafeDumper, value: FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(FlowList, _represent_flow_list)


def dump_mapping(data: dict[str, Any]) -> str:
    """YAML text for data, keys in the given order, never re-wrapped, Arabic as Arabic."""
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1 << 30,
        default_flow_style=False, indent=2,
    )
