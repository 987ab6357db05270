"""The article-folder format and its errors."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.articles import ArticleError, load_articles

TEXT = "Government forces took Sakhour on Monday, a monitor said.\n"


def test_front_matter_article(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("---\npublished: 2016-12-11\noutlet: Reuters\n---\n" + TEXT, encoding="utf-8")
    (article,) = load_articles([path]).articles
    assert article.published == dt.date(2016, 12, 11)
    assert article.outlet == "Reuters"
    assert article.text == TEXT


def test_published_option_for_a_bare_file(tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text(TEXT, encoding="utf-8")
    (article,) = load_articles([path], published=dt.date(2016, 12, 1)).articles
    assert article.published == dt.date(2016, 12, 1)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"GIF89a\x00\x01\x02", "binary"),
        (TEXT.encode(), "no publication date"),
    ],
)
def test_bad_single_files_name_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        load_articles([path])
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_cp1252_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"---\npublished: 2016-12-02\n---\nRebels left Bustan al-Qasr \x96 caf\xe9.\n")
    loaded = load_articles([path])
    assert "caf\u00e9" in loaded.articles[0].text
    assert any("latin.txt" in w and "cp1252" in w for w in loaded.warnings)


def test_manifest_row_for_a_missing_file(article_folder):
    folder = article_folder({"a.txt": ("2016-11-30", TEXT)})
    (folder / "a.txt").unlink()
    with pytest.raises(ArticleError) as info:
        load_articles([folder])
    assert "manifest.csv" in str(info.value) and "a.txt" in str(info.value)


@pytest.mark.parametrize("bad_date", ["2016-13-01", "30/11/2016", "", "2016-11-31"])
def test_manifest_with_a_malformed_date(article_folder, bad_date):
    folder = article_folder({"a.txt": (bad_date, TEXT)})
    with pytest.raises(ArticleError) as info:
        load_articles([folder])
    assert "a.txt" in str(info.value) or "manifest.csv" in str(info.value)


@pytest.mark.parametrize("day", ["2031-01-01", "2009-05-05"])
def test_implausible_dates_are_errors(article_folder, day):
    folder = article_folder({"a.txt": (day, TEXT)})
    with pytest.raises(ArticleError, match=r"future|before"):
        load_articles([folder], today=dt.date(2026, 1, 1))


def test_skip_bad_keeps_the_good_articles(article_folder):
    folder = article_folder({"good.txt": ("2016-11-30", TEXT), "empty.txt": ("2016-11-30", "")})
    loaded = load_articles([folder], skip_bad=True)
    assert [a.file for a in loaded.articles] == ["good.txt"]
    assert [e.path.name for e in loaded.skipped] == ["empty.txt"]


def test_the_same_article_twice_loads_once(article_folder):
    folder = article_folder({"a.txt": ("2016-11-30", TEXT), "b.txt": ("2016-11-30", TEXT)})
    loaded = load_articles([folder])
    assert [a.file for a in loaded.articles] == ["a.txt"]
    assert any("b.txt" in w for w in loaded.warnings)


OTHER = "Rebels said they pushed back government forces in Sakhour on Tuesday.\n"


def test_a_reprint_by_another_outlet_is_loaded_once_and_cites_both(article_folder):
    wire = article_folder({"wire.txt": ("2016-11-30", TEXT)}, name="wire", outlet="AFP")
    paper = article_folder({"paper.txt": ("2016-12-01", TEXT)}, name="paper", outlet="The Paper")
    for order in ([wire, paper], [paper, wire]):
        loaded = load_articles(order)
        (article,) = loaded.articles
        # The earliest appearance is kept, with its date; both outlets and links are cited.
        assert (article.file, article.published) == ("wire.txt", dt.date(2016, 11, 30))
        assert article.outlet == "AFP; The Paper"
        assert article.url == "https://example.org/wire.txt; https://example.org/paper.txt"
        assert [(r.file, r.outlet) for r in article.reprints] == [("paper.txt", "The Paper")]
        assert any("paper.txt" in w and "same text" in w for w in loaded.warnings)


def test_a_reprint_dated_earlier_gives_its_date_whatever_the_order(article_folder):
    late = article_folder({"a.txt": ("2016-12-03", TEXT)}, name="late", outlet="Late Wire")
    early = article_folder({"b.txt": ("2016-12-01", TEXT)}, name="early", outlet="Early Wire")
    for order in ([late, early], [early, late]):
        (article,) = load_articles(order).articles
        assert (article.file, article.published) == ("b.txt", dt.date(2016, 12, 1))
        assert article.outlet == "Early Wire; Late Wire"


def test_different_articles_with_one_file_name_get_names_that_tell_them_apart(article_folder):
    one = article_folder({"a.txt": ("2016-11-30", TEXT)}, name="one")
    two = article_folder({"a.txt": ("2016-11-30", OTHER), "b.txt": ("2016-12-01", OTHER + "x")})
    for order in ([one, two], [two, one]):
        names = [a.file for a in load_articles(order).articles]
        # Only the shared name is qualified, with the folder it is in.
        assert names == ["articles/a.txt", "one/a.txt", "b.txt"]


def test_a_seed_keeps_its_bare_name_when_another_folder_reuses_it(seeds_dir, article_folder):
    name = sorted(p.name for p in seeds_dir.glob("*.txt"))[0]
    other = article_folder({name: ("2016-11-30", TEXT)}, name="other")
    names = [a.file for a in load_articles([seeds_dir, other]).articles]
    assert name in names and f"other/{name}" in names
    assert names.count(name) == 1


def test_articles_come_out_in_the_same_order_whatever_order_they_are_given_in(
    seeds_dir, article_folder
):
    extra = article_folder(
        {"late.txt": ("2016-12-05", OTHER), "early.txt": ("2016-11-20", OTHER + "y")}
    )
    one = load_articles([seeds_dir, extra]).articles
    two = load_articles([extra, seeds_dir]).articles
    assert [(a.file, a.published, a.outlet) for a in one] == [
        (a.file, a.published, a.outlet) for a in two
    ]
    assert [a.published for a in one] == sorted(a.published for a in one)
