"""``aleppo-map extract`` end to end through click: outputs, formats, bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from dashboard.cli import main
from dashboard.model import EVENT_COLUMNS, REVIEW_COLUMNS

ARTICLE = (
    "Syrian government forces retook the Sheikh Saeed district on Monday, state media "
    "reported. Troops also seized Jabal Naqqarin, a rebel commander said.\n"
)


def run(*args: str):
    return CliRunner().invoke(main, ["extract", *args], catch_exceptions=False)


def test_seeds_to_stdout_as_csv(seeds_dir):
    result = run(str(seeds_dir))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[: len(EVENT_COLUMNS)] == EVENT_COLUMNS
    assert {r["event_type"] for r in rows} >= {"control_change", "contested", "displacement"}
    assert all(r["outlet"] for r in rows)
    assert "event(s)" in result.stderr


def test_same_input_gives_the_same_bytes(seeds_dir, tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run(str(seeds_dir), "--out", str(first)).exit_code == 0
    assert run(str(seeds_dir), "--out", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_json_format_and_review_file(article_folder, tmp_path):
    folder = article_folder({"a.txt": ("2016-12-13", ARTICLE)})
    out, review = tmp_path / "events.json", tmp_path / "review.csv"
    result = run(str(folder), "--format", "json", "--out", str(out), "--review", str(review))
    assert result.exit_code == 0, result.output
    events = json.loads(out.read_text(encoding="utf-8"))
    assert [(e["event_type"], e["district"], e["date_start"]) for e in events] == [
        ("control_change", "Sheikh Saeed", "2016-12-12")
    ]
    assert events[0]["count_low"] is None
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    assert list(rows[0]) == REVIEW_COLUMNS
    assert [r["place_text"] for r in rows] == ["Jabal Naqqarin"]
    # The unmatched name is summarised on stderr, never silently mapped.
    assert "Jabal Naqqarin" in result.stderr


def test_published_option_for_a_bare_file(tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(str(path), "--published", "2016-12-13")
    assert result.exit_code == 0, result.output
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["published"], row["date_start"]) == ("2016-12-13", "2016-12-12")


def test_cp1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(
        ("---\npublished: 2016-12-13\n---\n" + ARTICLE + "Caf\xe9.\n").encode("cp1252")
    )
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert "old.txt" in result.stderr and "cp1252" in result.stderr
    assert "Sheikh Saeed" in result.stdout


@pytest.mark.parametrize(
    ("files", "manifest", "problem"),
    [
        ({"a.txt": b""}, None, "is empty"),
        ({"a.txt": b"PK\x03\x04\x00\x00binary"}, None, "binary"),
        ({"a.txt": ARTICLE.encode()}, None, "no publication date"),
        ({"a.txt": ARTICLE.encode()}, "file,published\nmissing.txt,2016-12-01\n", "missing.txt"),
        ({"a.txt": ARTICLE.encode()}, "file,published\na.txt,2016-13-45\n", "not a real date"),
        ({"a.txt": ARTICLE.encode()}, "file,published\na.txt,12/01/2016\n", "YYYY-MM-DD"),
    ],
    ids=["empty", "binary", "no-date", "missing-file", "impossible-date", "malformed-date"],
)
def test_bad_input_exits_2_names_the_file_and_writes_nothing(tmp_path, files, manifest, problem):
    folder = tmp_path / "bad"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if manifest is not None:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    out, review = tmp_path / "events.csv", tmp_path / "review.csv"
    result = run(str(folder), "--out", str(out), "--review", str(review))
    assert result.exit_code == 2
    assert problem in result.stderr
    assert str(folder) in result.stderr
    assert not out.exists() and not review.exists()
    assert not list(tmp_path.glob(".*.part"))


def test_missing_output_folder_is_an_error_before_anything_is_written(seeds_dir, tmp_path):
    review = tmp_path / "review.csv"
    result = run(
        str(seeds_dir), "--out", str(tmp_path / "no" / "events.csv"), "--review", str(review)
    )
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert not review.exists()
