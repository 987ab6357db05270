"""The compiled coder: used only when built from these sources, and coding exactly as the
plain modules do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import dashboard.extract as extract
from dashboard.extract.compiled import (
    MODULES,
    PACKAGE_DIR,
    PURE_ENV,
    STAMP_NAME,
    compiled_state,
    missing_build_tools,
    source_digest,
)
from dashboard.paths import PROJECT_ROOT, SEEDS_DIR


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """A copy of the coder's sources and a compiled folder stamped with their digest."""
    monkeypatch.delenv(PURE_ENV, raising=False)
    package = tmp_path / "extract"
    package.mkdir()
    for name in MODULES:
        shutil.copy2(PACKAGE_DIR / f"{name}.py", package / f"{name}.py")
    compiled = package / "_compiled"
    compiled.mkdir()
    stamp = {"digest": source_digest(package)}
    (compiled / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
    return package, compiled


def test_a_stamp_of_these_sources_is_used(package_copy):
    package, compiled = package_copy
    assert compiled_state(compiled, package) == ("compiled", "mypyc")


def test_an_edited_source_runs_as_plain_python(package_copy):
    package, compiled = package_copy
    events = package / "events.py"
    events.write_text(events.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    state, why = compiled_state(compiled, package)
    assert state == "pure" and "other sources" in why


@pytest.mark.parametrize("stamp", [None, "not json", '["a list"]'])
def test_a_missing_or_unreadable_stamp_runs_as_plain_python(package_copy, stamp):
    package, compiled = package_copy
    path = compiled / STAMP_NAME
    if stamp is None:
        path.unlink()
    else:
        path.write_text(stamp, encoding="utf-8")
    assert compiled_state(compiled, package)[0] == "pure"


def test_the_environment_can_ask_for_plain_python(package_copy, monkeypatch):
    package, compiled = package_copy
    monkeypatch.setenv(PURE_ENV, "1")
    assert compiled_state(compiled, package) == ("pure", f"{PURE_ENV} is set")


# Every article folder the project has: the seeds and each held-out set.
HELD_OUT = sorted(p.parent for p in (PROJECT_ROOT / "benchmarks").glob("*/manifest.csv"))
FOLDERS = [SEEDS_DIR, *HELD_OUT]
DUMP = """
import sys
from dashboard.articles import load_articles
from dashboard.extract import CODER, extract_events
from dashboard.gazetteer import load_gazetteer
gazetteer = load_gazetteer()
print(CODER)
for folder in sys.argv[1:]:
    print(extract_events(load_articles([folder]).articles, gazetteer).events.to_csv(index=False))
"""


@pytest.mark.slow
def test_compiled_and_plain_coders_give_the_same_rows():
    """Over every article the project has (about 900): a compiled module whose types do
    not hold for some value fails loudly, and any difference in a row shows here."""
    if not extract.CODER.startswith("compiled"):
        lack = missing_build_tools()
        if lack:
            pytest.skip(f"no compiled coder here: {lack}")
        pytest.fail(f"this machine can build the compiled coder, but it is {extract.CODER}")
    env = {**os.environ, PURE_ENV: "1"}
    runs = {}
    for label, environ in (("compiled", os.environ), ("plain", env)):
        done = subprocess.run(
            [sys.executable, "-c", DUMP, *map(str, FOLDERS)],
            env=environ,
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        runs[label] = done.stdout
    coder_line = {label: out.split("\n", 1)[0] for label, out in runs.items()}
    assert coder_line["compiled"].startswith("compiled")
    assert coder_line["plain"].startswith("pure")
    compiled_rows = runs["compiled"].split("\n", 1)[1].splitlines()
    plain_rows = runs["plain"].split("\n", 1)[1].splitlines()
    assert len(compiled_rows) > 5000
    assert compiled_rows == plain_rows
