"""Run many regular expressions over a sentence quickly, keeping the longest at each start.

Scanning a sentence once per pattern, at every character, is what makes a lexicon of a
hundred patterns slow. Every pattern here starts at the start of a word, so each is
indexed by the first letters its matches can begin with (read from the parsed pattern);
a sentence is split into words once, and a pattern is tried (with ``match``) only at the
words that begin the way it can. The index over-approximates, so the result is exactly
that of trying every pattern at every word start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:  # the parser behind re.compile; its module was renamed in Python 3.11
    from re import _constants as _c
    from re import _parser as _parse
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _parse

KEY_LENGTH = 4
WHOLE = "\x00"  # ends a key that is a whole word, not the start of longer ones
_WORD = re.compile(r"[^\W_]+")
_WORD_PREFIX = re.compile(r"[^\W_]*")
_DIGITS = "0123456789"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rank: int  # the pattern's position in the list: earlier wins a tie
    payload: Any
    match: re.Match


def _chars(op, av) -> set[str] | None:
    """The characters one item can match, lower-cased; None if it can match too many."""
    if op is _c.LITERAL:
        return {chr(av).lower()}
    if op is _c.IN:
        out: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                out.add(chr(sub_av).lower())
            elif sub_op is _c.RANGE and sub_av[1] - sub_av[0] < 40:
                out.update(chr(x).lower() for x in range(sub_av[0], sub_av[1] + 1))
            elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_DIGIT:
                out.update(_DIGITS)
            else:
                return None
        return out
    return None


def _prefixes(items, partial: frozenset) -> frozenset:
    """Extend each (text, open) prefix by the items of a parsed pattern.

    A prefix stops growing ("closed") at KEY_LENGTH characters or at an item that could
    match too much; a closed shorter prefix still indexes the pattern safely.
    """
    current = set(partial)
    for op, av in items:
        if not any(is_open for _, is_open in current):
            break
        done = {(t, o) for t, o in current if not o}
        growing = {t for t, o in current if o}
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN:
            current = done | set(_prefixes(av[-1], frozenset((t, True) for t in growing)))
            continue
        if op is _c.BRANCH:
            out = set(done)
            for branch in av[1]:
                out |= _prefixes(branch, frozenset((t, True) for t in growing))
            current = out
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, sub = av
            once = _prefixes(sub, frozenset((t, True) for t in growing))
            # After one repetition more may follow: close those prefixes to stay safe.
            once = {(t, False) for t, _ in once}
            current = done | once | ({(t, True) for t in growing} if low == 0 else set())
            continue
        chars = _chars(op, av)
        if chars is None:
            current = done | {(t, False) for t in growing}
            continue
        grown = {(t + ch, len(t) + 1 < KEY_LENGTH) for t in growing for ch in chars}
        current = done | grown
    return frozenset(current)


def _keys(pattern: str, flags: int) -> set[str]:
    """Lower-cased prefixes (up to KEY_LENGTH letters) that every match of ``pattern``
    starts with one of."""
    parsed = _parse.parse(pattern, flags)
    # A sentence's words are split at hyphens and apostrophes ("al-Watan" gives the words
    # "al" and "watan"), so a key is cut where its first word ends, and marked as a whole
    # word: "al-w" is tried at the word "al" only, not at every word beginning "al".
    out = set()
    for text, _ in _prefixes(list(parsed), frozenset({("", True)})):
        word = _WORD_PREFIX.match(text).group(0)
        out.add(word + WHOLE if word and len(word) < len(text) else word)
    return out


# Caches hold a few sentences: enough for the several lexicons that read each one.
@lru_cache(maxsize=16)
def word_starts(text: str) -> tuple[tuple[int, str], ...]:
    """Where each word of ``text`` starts, with its first letters lower-cased; a word
    that short is whole, and marked so (see _keys)."""
    low = text.lower()
    if len(low) == len(text):  # the usual case: lower() kept every offset
        return tuple(
            (m.start(), w[:KEY_LENGTH] if len(w) > KEY_LENGTH else w + WHOLE)
            for m in _WORD.finditer(low)
            for w in (m.group(),)
        )
    # lower() changed the length (rare scripts): take each word's letters from the text.
    out = []
    for m in _WORD.finditer(text):
        w = m.group().lower()
        out.append((m.start(), w[:KEY_LENGTH] if len(w) > KEY_LENGTH else w + WHOLE))
    return tuple(out)


class PatternSet:
    """Patterns (each with its own flags and a payload), searched together.

    Every PatternSet joins one shared index, so that a sentence is scanned once for all
    of them (the lexicons of event words, sides, sources and dates); each set then keeps
    its own non-overlapping longest hits.
    """

    def __init__(self, patterns: Sequence[tuple[str, int, Any]], group: str = "main"):
        self.compiled = [(re.compile(p, flags), payload) for p, flags, payload in patterns]
        self.keys = [_keys(p, flags) for p, flags, _ in patterns]
        self.group = group  # sets of one group are scanned together; groups separately
        self.id = len(_REGISTRY)
        _REGISTRY.append(self)
        _SHARED.clear()
        _scan.cache_clear()

    def all_hits(self, text: str) -> list[tuple[int, int, int, re.Match]]:
        """Every (start, end, rank, match) of this set's patterns at a word start."""
        return _scan(text, self.group)[self.id]

    def longest(self, text: str) -> list[Hit]:
        """Non-overlapping hits, left to right: at each start the longest, then the first
        listed; a hit overlapping one already kept is dropped."""
        hits = sorted(self.all_hits(text), key=lambda h: (h[0], h[0] - h[1], h[2]))
        out: list[Hit] = []
        last_end = -1
        for start, end, rank, m in hits:
            if start >= last_end:
                out.append(Hit(start, end, rank, self.compiled[rank][1], m))
                last_end = end
        return out


_REGISTRY: list[PatternSet] = []
# The shared index: key -> ((set id, rank, compiled pattern), ...), and a memo of the
# entries for each word prefix met. Emptied whenever a set joins.
_SHARED: dict[str, Any] = {}


def _entries(prefix: str, group: str) -> tuple:
    index = _SHARED.get(("index", group))
    if index is None:
        index = {}
        for ps in _REGISTRY:
            if ps.group != group:
                continue
            for rank, keys in enumerate(ps.keys):
                for key in keys:
                    index.setdefault(key, []).append((ps.id, rank, ps.compiled[rank][0]))
        _SHARED[("index", group)] = index
        _SHARED[("memo", group)] = {}
    memo = _SHARED[("memo", group)]
    found = memo.get(prefix)
    if found is None:
        seen: dict[tuple[int, int], Any] = {}
        for k in range(len(prefix) + 1):
            for set_id, rank, regex in index.get(prefix[:k], ()):
                seen[(set_id, rank)] = regex
        # Each regex as its bound ``match``: the scan calls it for every word it fits.
        found = memo[prefix] = tuple(
            (sid, rank, rx.match) for (sid, rank), rx in sorted(seen.items())
        )
    return found


@lru_cache(maxsize=32)
def _scan(text: str, group: str) -> list[list[tuple[int, int, int, re.Match]]]:
    """One pass over the words of ``text`` for every registered set of ``group``."""
    out: list[list] = [[] for _ in _REGISTRY]
    if ("memo", group) not in _SHARED:
        _entries("", group)
    memo_get = _SHARED[("memo", group)].get
    for pos, key in word_starts(text):
        entries = memo_get(key)
        if entries is None:
            entries = _entries(key, group)
        for set_id, rank, match in entries:
            m = match(text, pos)
            if m is not None:
                end = m.end()
                if end > pos:
                    out[set_id].append((pos, end, rank, m))
    return out
