"""Find Aleppo place names in a sentence: gazetteer spellings first, then strict fuzzy.

Exact (folded) spellings of the gazetteer are matched longest-first. Capitalised names
that stand where a place stands ("the X district", "seized X", a list with a known place)
but match no spelling are compared with every spelling by rapidfuzz; above a strict
cutoff they count as that place, below it they go to the review list and never become
an event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from dashboard.extract.areas import area_phrases
from dashboard.extract.matching import sentence_words
from dashboard.gazetteer import Gazetteer, fold

# A fuzzy match must be at least this close (rapidfuzz ratio, 0-100) to count.
FUZZY_CUTOFF = 90.0
# ... unless the name's consonant outline is that of one place alone, and this long.
OUTLINE_MIN_CONSONANTS = 3

# Places that are not Aleppo neighbourhoods; a capitalised name among these is neither
# an event place nor a name to review.
OTHER_PLACES = {
    fold(n)
    for n in (
        "Aleppo", "Syria", "Damascus", "Homs", "Hama", "Latakia", "Idlib", "Raqqa",
        "Deir ez-Zor", "Deir ez Zor", "Palmyra", "Mosul", "Turkey", "Russia", "Iran",
        "Lebanon", "Iraq", "Geneva", "Moscow", "Washington", "Ankara", "Tehran", "Beirut",
        "al-Bab", "Manbij", "Azaz", "Tal Rifaat", "Nubl", "Daraa", "Tartus", "Europe",
        "Jordan", "Qatar", "Saudi Arabia", "Britain", "France", "Germany", "Israel",
        "Eastern Ghouta", "Ghouta", "Douma", "Darayya", "Madaya", "Kafraya", "Fuaa",
        "Foua", "Castello Road", "Ramouseh Road", "Syrian", "Kurdish", "Assad",
    )
}  # fmt: skip
# Capitalised words that start sentences or name people and things, never places.
_NOT_NAMES = {
    fold(w)
    for w in (
        "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They",
        "We", "In", "On", "At", "But", "And", "Or", "If", "As", "By", "For", "From", "To",
        "With", "After", "Before", "Since", "While", "When", "Regime", "Government",
        "Rebels", "Rebel", "Opposition", "Army", "Syrian", "Russian", "Kurdish",
        "Observatory", "State", "Forces", "Troops", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Reuters", "AFP", "AP", "SANA",
        "SOHR", "UN", "President", "Free", "Islamic", "Hezbollah", "Meanwhile", "However",
        "According", "Some", "Many", "Most", "Both", "All", "Other", "Several", "East",
        "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Today",
        "Yesterday", "Activists", "Civilians", "Residents", "Thousands", "Hundreds",
        "Dozens", "Images", "Fears", "Damascus", "Moscow", "Aleppo", "Syria",
        # (a date's month: "took X on 26 November and the Old City on ...")
        "January", "February", "March", "April", "June", "July", "August", "September",
        "October", "November", "December",
    )
}  # fmt: skip

# Lower-cased single words that are never place candidates, for a quick first check.
_COMMON_NAMES = _NOT_NAMES | OTHER_PLACES
# A word, apostrophes inside it kept ("Da'da"), but not a possessive "'s" ("Saeed's").
_TOKEN = re.compile(r"[^\W_]+(?:['’‘`ʿʾ](?![sS]\b)[^\W_]+)*")
# An apostrophe inside a word, where _TOKEN keeps the word whole.
_INNER_APOSTROPHE = re.compile(r"['’‘`ʿʾ](?![sS]\b)[^\W_]")
# The Arabic article as transliterations write it before a name ("al-", "as-", "el ").
# ("asch-": German; "es-": French and Turkish)
_NAME_ARTICLE = r"(?:al|el|as|ash|asch|ad|an|at|ar|az|aj|ath|es)"
# Inside a name, the article forms that are also English words ("at", "as", "an") count
# only with a hyphen: "on Saturday at Massaken Hananou" is two names.
_INNER_ARTICLE = r"(?:(?:al|el|ash|asch|ad|ar|az|aj|ath|ud|ul|ed|bin|ibn|ben)[-\s]|(?:at|as|an)-)"
# A capital, also with an accent or a cedilla ("Şeyh Hıdır", "Šejh Maksud"). (Latin
# Extended-A, Ā to ſ, mixes capitals and small letters, so a small one with a cedilla or
# a háček may open a name too; English text rarely starts a word with one.)
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ſ]"
_NAME = re.compile(
    rf"(?:{_NAME_ARTICLE}[-\s])?{_CAPITAL}[\w'’]*"
    rf"(?:(?:\s+|-){_INNER_ARTICLE}?{_CAPITAL}[\w'’]*)*"
)
_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:districts?|neighbou?rhoods?|quarters?|area|suburbs?|housing|camp)\b"
    # an aside naming what it is: "X, the pivotal district that ..."
    r"|^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:district|neighbou?rhood|quarter|area|suburb)\b",
    re.I,
)
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:districts?|neighbou?rhoods?|quarters?|areas?|suburbs?|hill|hilltop|"
    r"(?:last|remaining)\s+(?:streets|blocks))\s+(?:of\s+)?(?:the\s+)?$"
    # "the southern streets of X", "on the edges of X": parts of a place
    r"|\b(?:streets|blocks|parts|edges?|outskirts|fringes?|heart|cent(?:re|er))\s+of\s+(?:the\s+)?$"
    # "residents of X", "families from X": where people lived
    r"|\b(?:residents|inhabitants|civilians|families|people|evacuees)\s+(?:of|from)\s+(?:the\s+)?$"
    # "shelters in X", "a reception centre at X": where people went
    r"|\b(?:shelters?|cent(?:re|er)s?|camps?)\s+(?:in|at)\s+(?:the\s+)?$"
    # "moved from Sheikh Maqsoud into X": a name entered, or come from, is a place
    r"|\b(?:into|inside|from)\s+(?:the\s+)?$"
    # ("the last districts held by the militants, including X and Y")
    r"|,\s*including\s+(?:the\s+)?$"
    # "three more districts – X, Y and Z –", "the districts: X, Y"
    r"|\b(?:districts|neighbou?rhoods|quarters|areas)\s*[–—:]\s*$"
    # "the last quarters held by the militants, X and Y": the quarters named
    r"|\b(?:districts|neighbou?rhoods|quarters)\s+(?:still\s+)?(?:held|controlled)\s+by\s+"
    r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,\s*$",
    re.I,
)
# Between an event word and its place: "seized X", "took over the X", "control of X".
# (a closing quote may stand between: 'had "liberated" X')
_AFTER_EVENT_WORD = re.compile(
    # ("fled south into X", "left for X", "headed toward X", "left on foot for X")
    r"[\"”’']?\s*(?:(?:on\s+foot|by\s+(?:bus|car|truck)|in\s+(?:buses|cars|trucks))\s+)?"
    # ("fighting raged on Tuesday in X", "clashes flared again in X")
    r"(?:(?:raged|rage|raging|flared|erupted|continued|broke\s+out|intensified|resumed)"
    r"(?:\s+again)?\s+)?"
    r"(?:(?:north|south|east|west)(?:wards?)?\s+)?"
    # ("extended their control yesterday over X", "moved on Sunday into X")
    r"(?:(?:yesterday|today|overnight|also|then|quickly|swiftly|finally|on\s+\w+day)\s+)?"
    r"(?:over|back|control\s+(?:of|over)|full\s+control\s+(?:of|over)|of|to|into|in|from|for|"
    r"towards?|at)?"
    # ("took over neighbouring X")
    r"\s*(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|adjoining)\s+)?$",
    re.I,
)
_THEN_TOWARD = re.compile(
    r"(?i)\s+(?:(?:head(?:ed|ing)|mov(?:ed|ing)|went|going|walk(?:ed|ing))\s+)?"
    r"(?:(?:north|south|east|west)(?:wards?)?\s+)?"
    r"(?:(?:on\s+\w+day|yesterday|today|overnight|on\s+foot|alone)\s+)*"
    r"(?:towards?|into|for)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent)\s+)?"
)
_POSSESSIVE = re.compile(r"['’]s$")
_LIST_ITEM_BEFORE = re.compile(r"(?i)(?:,|\band)\s+(?:the\s+)?$")
_DATED_AFTER = re.compile(
    # (an aside may stand between: "and Sheik Said, the last high ground, on Dec. 12")
    r"(?i)(?:,[^,;:]{3,80},)?\s+(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:nov|dec))|"
    r"the\s+(?:day\s+after|next\s+day|following\s+day)|"
    r"(?:a|one|two|three|four|five|six)\s+(?:days?|weeks?)\s+later)"
)
# Small words that may stand between a place and the event words after it ("X had also
# been taken", "X and Y were all retaken"); shared with the coder's own asides.
AUXILIARY = r"(?:had|has|have|was|were|is|are|been|all|both|also|then|now|finally|already)"
# ("X and Y were "now in the hands of the army"": auxiliaries and a quote between them)
_BEFORE_EVENT_WORD = re.compile(
    rf"(?:['’]s)?\s*(?:,\s*(?:which|that)\s+)?(?:[\"“]?{AUXILIARY}\s+)*[\"“]?",
    re.I,
)
# An aside between a place and the words that tell of it: "X, a district on the ridge,
# fell", "X (a suburb) was taken", "X — the estate — fell", "X, two districts that fell".
APPOSITION = re.compile(
    # (after the place's own noun, if any: "the Hanano housing estate, which ..., fell")
    r"(?:\s+(?:housing\s+)?(?:estate|project|complex|district|neighbou?rhood|quarter|area))?"
    r"\s*(?:,[^,;:.()\"“”]{3,150},|\([^()]{3,110}\)|[—–][^—–;:.()\"“”]{3,150}[—–]|"
    # "X, two districts on the eastern edge that fell ...", "... which were taken"
    r",[^,;:.()\"“”]{3,110}?\b(?:which|that)\s+)\s*"
    rf"(?:(?:{AUXILIARY}|each|came|come|comes)\s+){{0,3}}[\"“]?"
)
# "fell on Monday, along with X and Y": what comes along with a place is one too
_ALONG_WITH_BEFORE = re.compile(
    r"(?i)\b(?:along|together)\s+with\s+(?:the\s+)?(?:(?:neighbou?ring|adjacent|nearby)\s+)?$"
    # ("took X, site of the old crossing, and the neighbouring Y")
    r"|\band\s+(?:of\s+|to\s+)?the\s+(?:neighbou?ring|adjacent|nearby)\s+$"
)
# "X, which the Kurdish militia took over": a relative clause about the name before it
_WHICH_SUBJECT = re.compile(r"(?i)\s*,\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,7}")
# (Searched in lower-cased text: without IGNORECASE the engine skips ahead to where a
# first letter can match, many times faster.)
_PLACE_NOUN = re.compile(r"district|neighbou?rhood|quarter|area|suburb|housing|camp")
# What may stand between the items of a list of places.
LIST_GAP = re.compile(
    r"^(?:\s*(?:,|['’‘\"“”]|and|&|as\s+well\s+as|or|plus|nearby|neighbouring|neighboring|adjacent|adjoining|"
    # ("X and the hill of Y"; not "the X and Y districts of eastern Aleppo": that area only
    # says where they are)
    r"the\s+(?:districts?|neighbou?rhoods?|areas?|hills?)\s+of|"
    r"the|as\s+well|then|also|including|districts?|neighbou?rhoods?|areas?|hills?|"
    r"(?:al|el|as|ash|ad|an|ar|az)-)"
    r"\s*)+$",
    re.I,
)


class PlaceMention(NamedTuple):  # a tuple: quick to make
    start: int
    end: int
    text: str  # as written
    name: str  # canonical gazetteer name
    kind: str  # neighbourhood | landmark | area
    score: float = 100.0  # 100 for an exact spelling, else the fuzzy score


@dataclass(frozen=True)
class ReviewItem:
    place_text: str
    best_match: str
    score: float


_END = ""  # the key marking the end of a spelling in PlaceIndex.trie (no word is empty)
_NAME_BREAK = re.compile(r"[,;:()\[\]!?\"“”]")
# The Arabic article as transliterations write it before different letters
# ("as-Sakhour", "ash-Sheikh", "an-Neirab", "el-Makam"): all one "al" for matching.
# (French transliterations write it "es-", "ech-": "es-Sukkari")
_ARTICLE_FORMS = {
    "al", "el", "as", "ash", "ad", "an", "ar", "az", "at", "aj", "ath", "ul", "es", "ech", "esh",
    "ed", "et", "ez", "er", "asch", "esch",
}  # fmt: skip


def _same_article(words: list[str]) -> list[str]:
    return ["al" if w in _ARTICLE_FORMS else w for w in words]


_DROP = str.maketrans("", "", "'’‘`ʿʾ")
_SPACE = str.maketrans({c: " " for c in "“”—–…«»\u00a0"})
_NON_WORD = re.compile(r"[\W_]+")
_POSSESSIVE_S = re.compile(r"['’](?=[sS]\b)[sS]")


def fast_fold_words(text: str) -> list[str]:
    """``fold(text).split()``, quickly for the usual ASCII text."""
    folded = _POSSESSIVE_S.sub("", text).translate(_DROP).translate(_SPACE).lower()
    if not folded.isascii():
        return fold(text).split()
    return [w for w in _NON_WORD.split(folded) if w]


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    if token.isascii() and token.isalnum():
        return token.lower()
    return fold(token)


_TRANSLITERATION = [
    # German and French spellings of the same sounds: "Dschisr", "Scheich", "Cheikh"
    (re.compile(r"dsch"), "j"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"(?<=[aeiou])ch"), "kh"),  # German "ch" after a vowel: "Scheich"
    (re.compile(r"\bch(?=[aeiou])"), "sh"),  # French "ch" before one: "Cheikh", "Chaar"
    (re.compile(r"sci(?=[aeiou])"), "sh"),  # Italian: "al-Sciaar"
    (re.compile(r"sz"), "sh"),  # Polish: "Szejk", "al-Maszhad"
    (re.compile(r"cz"), "ch"),
    (re.compile(r"(?<=[^aeiou\s])y\b"), "i"),  # a final -y is written -i as well: "al-Maady"
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo|ou"), "u"),
    (re.compile(r"q"), "k"),
    (re.compile(r"(?:eh|ah|e)\b"), "a"),  # a final -eh, -ah or -e is written -a as well
    (re.compile(r"([a-z])\1"), r"\1"),  # doubled letters
]


def transliteration_key(folded: str) -> str:
    """A folded spelling with the commonest differences between transliterations of the
    same Arabic name evened out (ee/i, ou/u, q/k, final -eh/-a and -y/-i, doubled letters,
    and the German, French, Italian and Polish ways of writing sh, kh and j)."""
    for pattern, repl in _TRANSLITERATION:
        folded = pattern.sub(repl, folded)
    return folded


_ARTICLES = {"al", "el", "as", "ash", "asch", "ad", "an", "ar", "az", "at", "aj", "ath", "the"}
_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=8192)  # (names recur from sentence to sentence and article to article)
def consonant_outline(folded: str) -> str:
    """A folded name's consonants, word by word, without articles, with the commonest
    transliteration differences evened out first: "al sukhur" and "sakhour" both give
    "skhr", "al zabadiya" and "al zebdiyeh" both "zbd"."""
    words = [w for w in folded.split() if w not in _ARTICLES]
    outline = [_VOWELS.sub("", transliteration_key(w)) for w in words]
    return " ".join(w for w in outline if w)


class PlaceIndex:
    """The gazetteer's spellings as token sequences, for longest-first matching."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._fuzzy_seen: dict[str, tuple[str, float]] = {}
        self.spellings = dict(gazetteer.spellings)
        # News writes "neighborhood" as often as the gazetteer's "neighbourhood", and
        # "Eastern Ansari" for "East Ansari" or "Ansari East".
        for key, name in list(self.spellings.items()):
            us = key.replace("neighbour", "neighbor")
            self.spellings.setdefault(us, name)
            words = key.split()
            for direction in ("east", "west", "north", "south"):
                if len(words) > 1 and direction in (words[0], words[-1]):
                    rest = [
                        w
                        for i, w in enumerate(words)
                        if not (w == direction and i in (0, len(words) - 1))
                    ]
                    self.spellings.setdefault(" ".join([f"{direction}ern", *rest]), name)
            if words[0] == "sheikh" and len(words) > 1:
                # Turkish "Şeyh Said" (folded "sheyh"), French "Cheikh Said", Dutch "Sjeik Said"
                for title in ("sheyh", "cheikh", "sjeik"):
                    self.spellings.setdefault(" ".join([title, *words[1:]]), name)
        # "Ansari al-Sharqi" for "al-Ansari al-Sharqi" or "Ansari Sharqi": in a name of
        # several words, a later word is written with or without the article.
        for key, name in list(self.spellings.items()):
            if self.gazetteer[name].kind == "area":
                continue
            words = key.split()
            for i in range(1, len(words)):
                if words[i] == "al" and i + 1 < len(words):
                    self.spellings.setdefault(" ".join(words[:i] + words[i + 1 :]), name)
                elif words[i - 1] != "al" and words[i] not in _ARTICLES:
                    self.spellings.setdefault(" ".join([*words[:i], "al", *words[i:]]), name)
        # Fuzzy matching compares names with the gazetteer's own spellings only; the
        # composed phrases for the city's halves and parts are matched exactly.
        fuzzy_keys = list(self.spellings)
        for key, name in area_phrases(gazetteer).items():
            self.spellings.setdefault(key, name)
        # Every spelling as a path of words in a tree ("" marks where a spelling ends), so
        # that the longest spelling at a word is found by walking as far as the text goes.
        self.trie: dict = {}
        for key, name in self.spellings.items():
            node = self.trie
            for word in _same_article(key.split()):
                node = node.setdefault(word, {})
            node.setdefault(_END, name)
        self.choices = fuzzy_keys
        # Consonant outlines that belong to one place only (every spelling of it agrees),
        # long enough to tell places apart: a spelling the gazetteer lacks that has one
        # of these outlines is that place ("Sukhur" for Sakhour).
        owners: dict[str, set[str]] = {}
        for key in fuzzy_keys:
            outline = consonant_outline(key)
            if len(outline.replace(" ", "")) >= OUTLINE_MIN_CONSONANTS:
                owners.setdefault(outline, set()).add(self.spellings[key])
        self.outlines = {o: next(iter(n)) for o, n in owners.items() if len(n) == 1}
        # The first words of names of several words ("sheikh", "bab", "karm"), as
        # consonant outlines: a capitalised name that starts with one ("Shaikh Fares")
        # is shaped like a place's name.
        self.first_outlines = {
            outline
            for key in fuzzy_keys
            if " " in key and key.split()[0] not in _ARTICLES
            for outline in [consonant_outline(key.split()[0])]
            if len(outline) >= 2
        }
        # The same spellings with the usual transliteration differences evened out.
        self.plain_choices = [transliteration_key(c) for c in self.choices]
        # For a quick "no place here": every spelling as a tuple of words, by length.
        # (Longer spellings are checked by their first three words.)
        self.by_length: dict[int, set[tuple[str, ...]]] = {}
        for key in self.spellings:
            lead = tuple(key.split()[:3])
            self.by_length.setdefault(len(lead), set()).add(lead)
        self.firsts = {words[0] for grams in self.by_length.values() for words in grams}

    def could_name_a_place(self, sentence: str) -> bool:
        words = fast_fold_words(sentence)
        firsts = self.firsts
        if firsts.isdisjoint(words):
            return False
        grams = self.by_length
        for i, word in enumerate(words):
            if word in firsts:
                for n in (1, 2, 3):
                    if tuple(words[i : i + n]) in grams.get(n, ()):
                        return True
        return False

    def exact(self, sentence: str) -> list[PlaceMention]:
        root = self.trie
        if not _INNER_APOSTROPHE.search(sentence) and (
            sentence.isascii() or all(w.isascii() for _, _, w in sentence_words(sentence))
        ):
            # Without apostrophes inside words (a possessive "'s" splits off as _TOKEN
            # splits it) and without accented letters, a token is a plain word,
            # lower-cased as folding would: the words the pattern scan splits the
            # sentence into (read once, see matching).
            spans: Sequence[tuple[int, int, str]] = sentence_words(sentence)
            words = [w for _, _, w in spans]
            if root.keys().isdisjoint(words):
                return []
        else:
            if not self.could_name_a_place(sentence):
                return []
            words = [_fold_token(t) for t in _TOKEN.findall(sentence)]
            spans = [(t.start(), t.end(), "") for t in _TOKEN.finditer(sentence)]
        # "Bab an-Neirab", "Bab el-Makam": the article as the gazetteer writes it
        if not _ARTICLE_FORMS.isdisjoint(words):
            words = [
                "al" if w in _ARTICLE_FORMS and sentence[end : end + 1] in "-‐" else w
                for w, (_, end, _) in zip(words, spans, strict=False)
            ]
        out: list[PlaceMention] = []
        n = len(words)
        resume = 0  # words before this are part of a place already found
        # Only the words that can start a name are walked from (most words cannot).
        for i in [i for i, word in enumerate(words) if word in root]:
            if i < resume:
                continue
            node = root[words[i]]
            if i and spans[i - 1][1] == spans[i][0] - 1 and sentence[spans[i][0] - 1] in "-‐":
                continue  # "north-east of the city": a name does not start inside a word
            found, j = None, i + 1
            while True:
                if _END in node:
                    found = (j, node[_END])
                # A name runs on across spaces and hyphens, never across a comma.
                if j >= n or _NAME_BREAK.search(sentence, spans[j - 1][1], spans[j][0]):
                    break
                node = node.get(words[j])
                if node is None:
                    break
                j += 1
            if found:
                stop, name = found
                start, end = spans[i][0], spans[stop - 1][1]
                # "Karm Qaterji" where the spelling found is "Qaterji": the word before
                # is the first word of the place's own name, so it is part of the name.
                if (
                    i > 0
                    and i - 1 >= resume
                    and words[i - 1] == fold(name).split()[0]
                    and sentence[spans[i - 1][0]].isupper()
                    and sentence[spans[i - 1][1] : start].isspace()
                ):
                    start = spans[i - 1][0]
                place = self.gazetteer[name]
                out.append(PlaceMention(start, end, sentence[start:end], name, place.kind))
                resume = stop
        return out

    def fuzzy(self, text: str) -> tuple[str, float]:
        """The closest canonical name to ``text`` and its score (0-100)."""
        found = self._fuzzy_seen.get(text)
        if found is None:  # (names recur: each is compared with every spelling once)
            found = self._fuzzy_seen[text] = self._closest(text)
        return found

    def _closest(self, text: str) -> tuple[str, float]:
        key = fold(text)
        best = process.extractOne(key, self.choices, scorer=fuzz.ratio)
        score = best[1] if best else 0.0
        name = self.spellings[best[0]] if best else ""
        # Spellings often differ only by the article ("al-", "as-"): try without it.
        bare = re.sub(r"^(?:al|el|as|es|ash|ad|an|at|ar|az|aj|the)\s+", "", key)
        if bare != key:
            other = process.extractOne(bare, self.choices, scorer=fuzz.ratio)
            if other and other[1] > score:
                score, name = other[1], self.spellings[other[0]]
        # "Zebdiya" for "Zebdiyeh", "Hadeed" for "Hadid": compare with those evened out.
        variants = {transliteration_key(k) for k in _foreign_readings(key, bare)}
        for variant in variants:
            other = process.extractOne(variant, self.plain_choices, scorer=fuzz.ratio)
            if other and other[1] > score:
                score, name = other[1], self.spellings[self.choices[other[2]]]
        return name, float(score)


def _foreign_readings(key: str, bare: str) -> set[str]:
    """A folded name (and its form without the article) with the letters other languages
    write for an Arabic sound read as English writes them: the j of German, Swedish and
    Spanish spellings is an English y, i or kh ("Haidarija", "Shejk", "Sheij"), and the
    Spanish y an English j ("Yandul"); Dutch writes u as oe and sh as sj ("Sjeik
    Maksoed"); Russian writes the Arabic h as kh too ("Khanano"); Persian says the q of
    Qadi as gh and its d as z ("Ghazi Askar"), and the dh of Khidr as z ("Khezr");
    Turkish writes the Arabic w as v ("Firdevs") and kh as h ("Hıdır")."""
    out = {key, bare}
    for k in (key, bare):
        if "kh" in k:
            out.add(k.replace("kh", "h"))
        if "gh" in k:
            out.add(k.replace("gh", "q").replace("z", "d"))
        if "zr" in k:
            out.add(re.sub(r"zr\b", "dr", k))
        if "j" in k and "dsch" not in k:
            out.update(k.replace("j", sound) for sound in ("y", "i", "kh"))
        if "y" in k:
            out.add(k.replace("y", "j"))
        if "oe" in k or "sj" in k:
            out.add(k.replace("oe", "u").replace("sj", "sh"))
        if "ev" in k:
            out.add(k.replace("ev", "aw"))  # Turkish v for the Arabic w ("Firdevs")
        if k.startswith("sheyh ") or " h" in f" {k}":
            # Turkish writes sheikh "şeyh" and the Arabic kh as h ("Hıdır", "Sahur")
            turkish = re.sub(r"^sheyh\b", "sheikh", k)
            out.add(turkish)
            out.add(re.sub(r"\bh", "kh", turkish))
            out.add(turkish.replace("ah", "akh").replace("uh", "ukh"))
    return out


def _candidates(
    sentence: str,
    known: list[PlaceMention],
    anchors: list[int],
    exclude,
    before_anchors: list[int] | tuple[()] = (),
) -> list[_Name]:
    """Capitalised names standing where a place stands, not already known places.

    ``anchors`` are where event words end ("seized X"); ``before_anchors`` where words
    begin that tell of the name before them ("X fell", "X, which was retaken").
    ``exclude`` is a list of spans, or a function giving them: names of people, sides
    and sources. It is called only when some name qualifies (it is costly).
    """
    if not (anchors or before_anchors or known or _PLACE_NOUN.search(sentence.lower())):
        return []  # nothing here could make a capitalised name a place
    spans = [(p.start, p.end) for p in known]
    picked: list[_Name] = []
    names = list(_names(sentence))
    # Until nothing changes: a name qualified by standing in a list beside another one
    # found later ("Al-Halwaniyeh and Karm Al-Jazmatti fell") is found on a later pass,
    # and a long list is found item by item from its qualified end.
    for _ in range(len(names)):
        before_count = len(picked)
        for m in names:
            if (
                m in picked
                or m.group(0).lower() in _COMMON_NAMES
                or any(s < m.end() and m.start() < e for s, e in spans)
            ):
                continue
            if not _qualifies(sentence, m, anchors, before_anchors, spans):
                continue
            key = fold(_POSSESSIVE.sub("", m.group(0)))
            words = key.split()
            if not words or len(words) > 4 or key in _NOT_NAMES or key in OTHER_PLACES:
                continue
            if len(words) == 1 and words[0] in _NOT_NAMES:
                continue
            picked.append(m)
            # The next item of a list qualifies by standing beside this one: "Sheikh
            # Said, al-Ferdous and Bab al-Makam".
            spans.append((m.start(), m.end()))
        if len(picked) == before_count:
            break
    picked.sort(key=lambda m: m.start())
    if picked:
        excluded = exclude() if callable(exclude) else exclude
        picked = [m for m in picked if not any(s < m.end() and m.start() < e for s, e in excluded)]
    return picked


def _qualifies(sentence, m, anchors, before_anchors, spans) -> bool:
    """Whether the capitalised name ``m`` stands where a place stands."""
    before = sentence[max(0, m.start() - 40) : m.start()]
    after = sentence[m.end() : m.end() + 48]
    if (
        _PLACE_NOUN_AFTER.match(after)
        or _PLACE_NOUN_BEFORE.search(before)
        or _ALONG_WITH_BEFORE.search(before)
    ):
        return True
    # Right before words that tell of it: "X fell", "X, which was retaken", or with an
    # aside between them: "X, one of the gateways to the south, had also fallen".
    if any(
        (0 <= a - m.end() <= 30 and _BEFORE_EVENT_WORD.fullmatch(sentence, m.end(), a))
        or (0 <= a - m.end() <= 150 and APPOSITION.fullmatch(sentence, m.end(), a))
        or (0 <= a - m.end() <= 80 and _WHICH_SUBJECT.fullmatch(sentence, m.end(), a))
        for a in before_anchors
    ):
        return True
    # In a list with a known place: "Sakhour, Haydariya and Sheikh Khodor".
    for s, e in spans:
        gap = sentence[e : m.start()] if e <= m.start() else sentence[m.end() : s]
        if gap and len(gap) < 30 and LIST_GAP.match(gap):
            return True
    # Where a move from a known place went: "fled X on Monday toward Y", "left X for Y"
    if anchors and any(
        e <= m.start() and _THEN_TOWARD.fullmatch(sentence, e, m.start()) for _, e in spans
    ):
        return True
    # An item of a dated list beside a known place: "took X on November 26, the Old City
    # on December 7 and Y on December 12".
    if (
        spans
        and _LIST_ITEM_BEFORE.search(before)
        and _DATED_AFTER.match(after)
        and any(e <= m.start() for _, e in spans)
    ):
        return True
    if m.start() == 0:
        return False  # a capitalised first word is no sign of a name
    # Right after an event word ("seized X", "fled to X").
    return any(
        0 <= m.start() - a <= 45 and _AFTER_EVENT_WORD.match(sentence, a, m.start())
        for a in anchors
    )


# Words a title-cased headline leaves in lower case.
_TITLE_LOWER = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "into", "onto", "as", "after", "amid", "over", "near", "than", "vs", "al", "el",
}  # fmt: skip


def _is_title_case(sentence: str) -> bool:
    """A headline with Every Word Capitalised (its small words aside): its capitals are no
    evidence of names. "Troops took Karm Al Tarab on Monday" is a sentence."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if w.lower() not in _TITLE_LOWER]
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.8


# _NAME without its leading article: it starts with a capital, which the regex engine
# finds quickly; the article before it ("al-", "as-") is joined on afterwards.
_NAME_CORE = re.compile(_NAME.pattern.removeprefix(rf"(?:{_NAME_ARTICLE}[-\s])?"))
_SENTENCE_OPENERS = {
    "after", "before", "when", "while", "in", "on", "at", "by", "the", "as", "since",
    "until", "meanwhile", "then", "later", "also", "but", "and", "yet", "still", "with",
    "without", "during", "under", "from", "for", "to", "of", "if", "once", "now", "so",
    "though", "although", "where", "because", "despite", "near", "inside", "across", "into",
    "over", "through", "throughout", "amid", "among", "between", "following",
}  # fmt: skip
# (a whole word: not the "an" ending "overran" before "Sheikh Sayed")
_ARTICLE_BEFORE = re.compile(rf"\b{_NAME_ARTICLE}[-\s]$")


class _Name(NamedTuple):  # a tuple: quick to make (a sentence has many)
    """A match of _NAME: its span and text."""

    text: str
    begin: int
    finish: int

    def group(self, _index: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@lru_cache(maxsize=4)
def _names(sentence: str) -> tuple[_Name, ...]:
    """Capitalised names in ``sentence``, as _NAME.finditer finds them (read by both the
    check and the candidates)."""
    out: list[_Name] = []
    for m in _NAME_CORE.finditer(sentence):
        start = m.start()
        article = _ARTICLE_BEFORE.search(sentence, max(0, start - 5), start)
        if article and (not out or out[-1].finish <= article.start()):
            start = article.start()
        # "After Masakin Hannanu fell": a capitalised first word of the sentence that is
        # a small word is not part of the name after it.
        first, space, rest = sentence[start : m.end()].partition(" ")
        if space and rest and first.lower() in _SENTENCE_OPENERS:
            start += len(first) + 1
        out.append(_Name(sentence[start : m.end()], start, m.end()))
    return tuple(out)


def may_name_a_place(sentence: str) -> bool:
    """Whether a capitalised name that is not a known word stands in ``sentence``
    (at its start only if it has more than one word)."""
    for m in _names(sentence):
        key = fold(_POSSESSIVE.sub("", m.group(0)))
        if m.start() == 0 and " " not in key:
            continue  # one capitalised first word is no sign; "Bab el-Makam fell" is
        if key and key not in _NOT_NAMES and key not in OTHER_PLACES:
            return True
    return False


def _longer_names(
    sentence: str, index: PlaceIndex, known: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Ansari al-Sharki": a spelling found inside a longer capitalised name ("Ansari",
    a spelling of al-Ansari) gives way to the place the whole name closely matches."""
    out: list[PlaceMention] = []
    for p in known:
        longer = next(
            (m for m in _names(sentence) if m.start() <= p.start and p.end < m.end()), None
        )
        if longer is not None and p.kind != "area":
            text = _POSSESSIVE.sub("", longer.group(0))
            name, score = index.fuzzy(text)
            if score >= FUZZY_CUTOFF and name != p.name:
                kind = index.gazetteer[name].kind
                p = PlaceMention(longer.start(), longer.end(), text, name, kind, round(score, 1))
        if not out or out[-1] != p:
            out.append(p)
    return out


def find_places(
    sentence: str,
    index: PlaceIndex,
    anchors: list[int] | None = None,
    exclude=None,
    known: list[PlaceMention] | None = None,
    before_anchors: list[int] | None = None,
) -> tuple[list[PlaceMention], list[ReviewItem]]:
    """Places in ``sentence`` (exact spellings, close fuzzy matches, or a consonant
    outline only one place has) and names left for review.

    ``anchors`` are character offsets just after event words; a capitalised name right
    after one is a place candidate even without "district" beside it. ``exclude`` spans
    name people, sides and sources, never places.
    """
    known = index.exact(sentence) if known is None else known
    known = _longer_names(sentence, index, known)
    review: list[ReviewItem] = []
    extra: list[PlaceMention] = []
    candidates = _candidates(sentence, known, anchors or [], exclude or [], before_anchors or [])
    if candidates and _is_title_case(sentence):
        # Headlines capitalise every word; their names are no evidence of a place.
        return known, review
    for m in candidates:
        text = _POSSESSIVE.sub("", m.group(0))
        name, score = index.fuzzy(text)
        accepted = score >= FUZZY_CUTOFF
        if not accepted:
            # The same consonants as one place and no other: the same name transliterated.
            owner = index.outlines.get(consonant_outline(fold(text)))
            if owner:
                name, accepted = owner, True
        if accepted:
            kind = index.gazetteer[name].kind
            extra.append(PlaceMention(m.start(), m.end(), text, name, kind, round(score, 1)))
        else:
            review.append(ReviewItem(text, name, round(score, 1)))
    extra += _shaped_like_places(sentence, index, known + extra, candidates, exclude)
    places = sorted(known + extra, key=lambda p: p.start)
    return places, review


def _shaped_like_places(
    sentence: str, index: PlaceIndex, found: list[PlaceMention], candidates, exclude
) -> list[PlaceMention]:
    """Names shaped like a place's name and close to one, wherever they stand: "on the
    edges of Sheikh Khudur" is Sheikh Khodr though nothing beside it says it is a place.
    Shaped like one: two words or more, the first like the first word of a gazetteer
    name ("Shaikh", "Karm", "Bustan"). A name not close enough is left alone: nothing
    here says it is a place, so it is not one to review either."""
    out: list[PlaceMention] = []
    spans = [(p.start, p.end) for p in found]
    for m in _names(sentence):
        if " " not in m.group(0) or m in candidates:
            continue  # (one word is not the shape; a candidate was weighed already)
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        text = _POSSESSIVE.sub("", m.group(0))
        words = fold(text).split()
        if (
            len(words) < 2
            or words[0] in _ARTICLES
            or consonant_outline(words[0]) not in index.first_outlines
        ):
            continue
        name, score = index.fuzzy(text)
        if score >= FUZZY_CUTOFF:
            kind = index.gazetteer[name].kind
            out.append(PlaceMention(m.start(), m.end(), text, name, kind, round(score, 1)))
    if out and not _is_title_case(sentence):
        excluded = (exclude() if callable(exclude) else exclude) or []
        return [p for p in out if not any(s < p.end and p.start < e for s, e in excluded)]
    return []
