"""Numeric claims about the whole offensive (filled in below)."""

from __future__ import annotations


def code_claims(article, sentences):
    return []
