"""The corpus of bad articles in tests/data/bad/ gives its documented outcomes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.articles import ArticleError, load_articles

BAD = Path(__file__).parent / "data" / "bad"

EXPECTED_SKIPS = {
    "empty.txt": "is empty",
    "binary.txt": "is a binary file",
    "no_date.txt": "has no publication date",
    "future.txt": "is in the future",
    "ancient.txt": "is before 2011-01-01",
    "missing.txt": "which does not exist",
    "huge.txt": "larger than the 2 MB",
}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    """A copy of the corpus plus a 20 MB article, which is too big to keep in git."""
    folder = tmp_path_factory.mktemp("bad")
    shutil.copytree(BAD, folder, dirs_exist_ok=True)
    line = "Government forces shelled Sakhour and clashes went on in Haidariya. "
    with (folder / "huge.txt").open("w", encoding="utf-8") as fh:
        fh.write("---\npublished: 2016-12-01\n---\n")
        fh.write(line * (20 * 1024 * 1024 // len(line)))
    return folder


def _skipped_name(error: ArticleError) -> str:
    """The article an error is about: its own file, or the manifest row it names."""
    for name in EXPECTED_SKIPS:
        if name in error.problem:
            return name
    return error.path.name


def test_skip_mode_loads_the_good_and_lists_the_rest(bad_folder):
    loaded = load_articles([bad_folder], skip_bad=True)
    assert sorted(a.file for a in loaded.articles) == ["good.txt", "latin1.txt"]
    skipped = {_skipped_name(e): e.problem for e in loaded.skipped}
    assert set(skipped) == set(EXPECTED_SKIPS)
    for name, words in EXPECTED_SKIPS.items():
        assert words in skipped[name], (name, skipped[name])


def test_warnings_name_the_latin1_file_and_the_duplicate(bad_folder):
    loaded = load_articles([bad_folder], skip_bad=True)
    assert any("latin1.txt" in w and "cp1252" in w for w in loaded.warnings)
    assert any("duplicate.txt" in w and "good.txt" in w for w in loaded.warnings)
    latin1 = next(a for a in loaded.articles if a.file == "latin1.txt")
    assert "caf\u00e9" in latin1.text and "\u201cmarket\u201d" in latin1.text


def test_strict_mode_stops_at_the_first_problem_and_names_the_file(bad_folder):
    with pytest.raises(ArticleError) as info:
        load_articles([bad_folder])
    assert str(bad_folder) in str(info.value)


@pytest.mark.parametrize("name", sorted(set(EXPECTED_SKIPS) - {"missing.txt", "no_date.txt"}))
def test_each_bad_file_alone_is_an_error_naming_it(bad_folder, tmp_path, name):
    manifest = (bad_folder / "manifest.csv").read_text(encoding="utf-8").splitlines()
    rows = [manifest[0]] + [r for r in manifest[1:] if r.startswith(name + ",")]
    shutil.copy(bad_folder / name, tmp_path / name)
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_articles([tmp_path])
    assert name in str(info.value) or "manifest.csv" in str(info.value)
    assert EXPECTED_SKIPS[name] in info.value.problem


def test_the_app_starts_on_the_bad_corpus_and_lists_every_skipped_article(bad_folder):
    from dashboard.app import create_app
    from dashboard.pipeline import load_bundle

    bundle = load_bundle([bad_folder], skip_bad=True)
    assert sorted(a.file for a in bundle.articles) == ["good.txt", "latin1.txt"]
    app = create_app(bundle, warm_cache=False)
    layout = app.server.test_client().get("/_dash-layout").get_data(as_text=True)
    assert "skipped-notice" in layout
    for name in EXPECTED_SKIPS:
        assert name in layout, name


def test_the_cli_stops_on_the_bad_corpus_and_writes_nothing(bad_folder, tmp_path):
    from click.testing import CliRunner

    from dashboard.cli import main

    out = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["extract", str(bad_folder), "--out", str(out)])
    assert result.exit_code == 2
    assert str(bad_folder) in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []
