"""Split article text into sentences, coping with the mess of copied web pages.

News text pasted from the web glues sentences together ("he said.Launching a gas
attack"), embeds tweets ("— UNICEF (@UNICEF) November 21, 2016O'Brien condemned") and
puts captions and bylines on their own lines. Each of these must end a sentence, while
"U.S." or "Mr." must not.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "u.s",
    "u.n",
    "no",
    "vs",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "jr",
    "sr",
    "prof",
    "rev",
    "gov",
    "sen",
    "rep",
    "approx",
    "etc",
}

# A break after ., ! or ? (optionally followed by closing quotes or brackets) and space,
# before something that can start a sentence.
# (The group holds the end mark too: a pattern that starts with a character class is
# found quickly; a look-behind at its start would be tried at every position.)
_BREAK = re.compile(r"([.!?][\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# Glued sentences: a lower-case word, a full stop, then a capitalised word.
# (Each pattern starts with a character class, which the regex engine scans for fast.)
_GLUED = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# A tweet's date line glued to the next sentence: "November 21, 2016O'Brien".
_GLUED_YEAR = re.compile(r"\d(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z'’])")
# An embedded tweet's attribution line starts with a dash: "— UNICEF (@UNICEF) ...".
_TWEET_DASH = re.compile(r"[—–](?=\s+\S+.{0,60}?\(@\w+\))")
# Runs of spaces to make one space (a single space is left as it is).
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")


_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")


def _last_word(text: str) -> str:
    match = _LAST_WORD.search(text.rstrip("\"'”’)]"))
    return match.group(1).lower() if match else ""


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, whitespace-normalised, none empty."""
    out: list[str] = []
    for line in text.splitlines():
        if "  " in line or "\t" in line or "\u00a0" in line:
            line = _SPACES.sub(" ", line)
        line = line.strip()
        if not line:
            continue
        line = _GLUED.sub("\\g<0>\n", line)
        line = _GLUED_YEAR.sub("\\g<0>\n", line)
        if "(@" in line:
            line = _TWEET_DASH.sub("\n\\g<0>", line)
        for chunk in line.split("\n"):
            pieces = _BREAK.split(chunk)
            # re.split with one group returns [text, closers, text, closers, ...].
            current = ""
            for i in range(0, len(pieces), 2):
                current += pieces[i] + (pieces[i + 1] if i + 1 < len(pieces) else "")
                if i + 1 < len(pieces) and _last_word(current) in _ABBREVIATIONS:
                    current += " "
                    continue
                if current.strip():
                    out.append(current.strip())
                current = ""
            if current.strip():
                out.append(current.strip())
    return out
