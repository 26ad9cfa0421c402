"""The segmenter's word lists per language, read from the YAML files beside this module."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

LANGUAGES = ("ar", "en")


@cache
def load_lexicon(name: str) -> dict:
    """The lexicon `name` ("ar", "en" or "common") as plain data."""
    text = resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}
