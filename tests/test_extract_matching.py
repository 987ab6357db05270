"""The pattern index is exact: it finds what trying every pattern at every word would."""

from __future__ import annotations

import pytest

from dashboard.articles import load_articles
from dashboard.extract import actors
from dashboard.extract.matching import _REGISTRY, _WORD
from dashboard.extract.sentences import split_sentences

SENTENCES = [
    "Al-Watan said troops captured al-Maadi.",
    "Al-Zinki fighters recaptured al-Maadi on Monday.",
    "Pro-government forces seized Bab al-Nayrab, pro-regime media said.",
    "The army's general command said al-Mayadeen TV was wrong.",
    "Rebels' positions in Bustan al-Qasr were overrun, al-Ikhbariya reported.",
    "Ahrar al-Sham and Jabhat Fateh al-Sham fighters withdrew from al-Sukkari.",
    # Keys span two words ("the army"): other runs between them, and words cut short.
    "The regime's forces and the  Syrian army, the\u00a0army and the-army retook it.",
    "Regimes forces, government-backed fighters and the rebels' allies took al–Bab.",
    "İdlib rebels said the army had taken it; insurgents denied it.",
]


def _brute_force(pattern_set, text: str) -> list[tuple[int, int, int]]:
    hits = []
    for word in _WORD.finditer(text):
        for rank, (regex, _payload) in enumerate(pattern_set.compiled):
            m = regex.match(text, word.start())
            if m is not None and m.end() > word.start():
                hits.append((word.start(), m.end(), rank))
    return sorted(hits)


def _corpus(seeds_dir) -> list[str]:
    texts = list(SENTENCES)
    for article in load_articles([seeds_dir]).articles:
        texts.extend(split_sentences(article.text))
    return texts


@pytest.mark.parametrize("set_id", range(len(_REGISTRY)))
def test_indexed_scan_equals_trying_every_pattern_everywhere(seeds_dir, set_id):
    pattern_set = _REGISTRY[set_id]
    for text in _corpus(seeds_dir):
        found = sorted((s, e, r) for s, e, r, _ in pattern_set.all_hits(text))
        assert found == _brute_force(pattern_set, text), text


def test_hyphenated_names_are_found():
    assert actors.find_claimants("Al-Watan said troops captured al-Maadi.")
    found = actors.find_actors("Al-Zinki fighters recaptured al-Maadi.")
    assert [m.value for m in found] == ["rebels"]
    found = actors.find_actors("Pro-government forces seized it.")
    assert [(m.value, m.text) for m in found] == [("government", "Pro-government forces")]
