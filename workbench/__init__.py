"""Claim workbench: attributed claims from news articles, reviewed in git."""

__version__ = "0.1.0"
