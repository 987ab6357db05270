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
from functools import lru_cache
from typing import Any, NamedTuple

try:  # the parser behind re.compile; its module was renamed in Python 3.11
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _parse

KEY_LENGTH = 10  # letters of a word's start that key it
NEXT_LENGTH = 4  # letters of the next word's start that key a word of up to KEY_LENGTH
WHOLE = "\x00"  # ends a key's word that is whole, not the start of a longer one
_SEP = " "  # any run of characters between words, in a pattern's prefix
_WORD = re.compile(r"[^\W_]+")
_WORD_SPLIT = re.compile(r"([^\W_]+)")
_WORD_CHAR = re.compile(r"[^\W_]")
_DIGITS = "0123456789"
_SPACES = " \t\n\r\f\v"


class Hit(NamedTuple):  # a tuple: made for every hit, so quick to make
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
            elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_SPACE:
                out.update(_SPACES)
            else:
                return None
        return out
    return None


def _grow(text: str, ch: str) -> tuple[str, bool] | None:
    """``text`` followed by the character ``ch``, and whether it may grow further; None
    if ``ch`` cannot be added (the prefix then stops as it is).

    A prefix holds a word's first letters, then (when that word ends within KEY_LENGTH
    letters) one _SEP for the characters between words, then the next word's first
    letters. Characters that are not letters or digits all split words, as in
    ``word_starts``, so any run of them is one _SEP.
    """
    first, sep, second = text.partition(_SEP)
    if _WORD_CHAR.match(ch):
        if sep:
            return text + ch, len(second) + 1 < NEXT_LENGTH
        if len(first) < KEY_LENGTH:
            return text + ch, True
        return None
    if not first:
        return None  # patterns start at a word
    if sep:
        # Between words already ("al- w"), or after the second word: no further.
        return (text, True) if not second else None
    return text + _SEP, True


def _separators(sub) -> bool:
    """Whether every item of a parsed subpattern matches only characters between words."""
    for op, av in sub:
        chars = _chars(op, av)
        if chars is None or any(_WORD_CHAR.match(ch) for ch in chars):
            return False
    return True


def _prefixes(items, partial: frozenset) -> frozenset:
    """Extend each (text, open) prefix by the items of a parsed pattern.

    A prefix stops growing ("closed") at its length limits or at an item that could match
    too much; a closed shorter prefix still indexes the pattern safely.
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
            low, high, sub = av
            once = set(_prefixes(sub, frozenset((t, True) for t in growing)))
            if high != 1 and not _separators(sub):
                # After one repetition more may follow: close those prefixes to stay safe.
                # (More characters between words are still one _SEP.)
                once = {(t, False) for t, _ in once}
            current = done | once | ({(t, True) for t in growing} if low == 0 else set())
            continue
        chars = _chars(op, av)
        if chars is None:
            current = done | {(t, False) for t in growing}
            continue
        grown = set()
        for t in growing:
            for ch in chars:
                step = _grow(t, ch)
                grown.add(step if step is not None else (t, False))
        current = done | grown
    return frozenset(current)


def _key(text: str) -> str:
    """A prefix as a key: "the arm" -> "the" + WHOLE + "arm"; a first word cut short
    stays as it is ("rebel")."""
    first, sep, second = text.partition(_SEP)
    return first + WHOLE + second if sep else first


def _keys(pattern: str, flags: int) -> set[str]:
    """Keys (see ``word_starts``) that every match of ``pattern`` starts with one of."""
    parsed = _parse.parse(pattern, flags)
    return {_key(text) for text, _ in _prefixes(list(parsed), frozenset({("", True)}))}


# Caches hold a few sentences: enough for the several lexicons that read each one.
@lru_cache(maxsize=16)
def sentence_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of ``text`` (runs of letters and digits) as (start, end, lower-cased)."""
    low = text.lower()
    if len(low) == len(text):  # the usual case: lower() kept every offset
        # One split into gaps and words, each word's place counted from the lengths:
        # quicker than a match object per word.
        parts = _WORD_SPLIT.split(low)  # gap, word, gap, word, ..., gap
        out = []
        pos = len(parts[0])
        for i in range(1, len(parts), 2):
            word = parts[i]
            end = pos + len(word)
            out.append((pos, end, word))
            pos = end + len(parts[i + 1])
        return tuple(out)
    # lower() changed the length (rare scripts): take each word from the text
    return tuple((m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))


@lru_cache(maxsize=16)
def word_starts(text: str) -> tuple[tuple[int, str], ...]:
    """Where each word of ``text`` starts, with its key: its first letters lower-cased,
    or, for a short word, the whole word marked so and the next word's first letters
    ("the army" -> "the" + WHOLE + "army"). A pattern is tried at a word when one of its
    keys starts that word's key."""
    words = sentence_words(text)
    following = [word[:NEXT_LENGTH] for _, _, word in words[1:]]
    following.append("")
    return tuple(
        [
            (pos, word[:KEY_LENGTH] if len(word) > KEY_LENGTH else word + WHOLE + after)
            # (a text without words has one "following" and nothing to pair it with)
            for (pos, _, word), after in zip(words, following, strict=False)
        ]
    )


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
_SHARED: dict[tuple[str, str], Any] = {}


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
    starts = word_starts(text)
    # Most words start no pattern: their entries are looked up in one pass, and only
    # the words with some are visited.
    found = [memo_get(key) for _, key in starts]
    for (pos, key), entries in zip(starts, found, strict=True):
        if entries is None:
            entries = _entries(key, group)
        elif not entries:
            continue
        for set_id, rank, match in entries:
            m = match(text, pos)
            if m is not None:
                end = m.end()
                if end > pos:
                    out[set_id].append((pos, end, rank, m))
    return out
