"""Compile the sentence coder's modules with mypyc into dashboard/extract/_compiled/.

    .venv/bin/python scripts/build_extractor.py [--force]

Run by scripts/install. It needs mypy (the ``native`` extra), a C compiler and Python's
headers; without them it says so and exits 0, and the coder runs as plain Python. A build
that is already current (its stamp names these sources) is kept unless ``--force``.

The build works on a copy of the package in a temporary folder (so the project's own
pyproject.toml plays no part), and the finished folder replaces the old one in one
rename: a failed build leaves the previous state, never a half-written one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.extract.compiled import (  # noqa: E402
    COMPILED_DIR,
    GROUP_NAME,
    MODULES,
    PACKAGE_DIR,
    STAMP_NAME,
    compiled_state,
    missing_build_tools,
    source_digest,
)

SETUP = """
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="aleppo-map-coder",
    ext_modules=mypycify(
        # Unannotated helpers are compiled as they are; a note about them is no error.
        ["--ignore-missing-imports", "--disable-error-code", "annotation-unchecked",
         *{sources!r}],
        opt_level="3",
        # one shared library for all of them, named inside the package
        separate=[({sources!r}, {group!r})],
    ),
)
"""


def build(out_dir: Path = COMPILED_DIR) -> Path:
    """Compile MODULES and put the extension modules and a stamp in ``out_dir``."""
    with tempfile.TemporaryDirectory(prefix="aleppo-coder-") as tmp:
        work = Path(tmp)
        shutil.copytree(
            PACKAGE_DIR.parent,
            work / "dashboard",
            ignore=shutil.ignore_patterns("_compiled*", "__pycache__", "*.so"),
        )
        # the digest of the copy compiled (a source edited meanwhile makes it stale)
        digest = source_digest(work / "dashboard" / "extract")
        sources = [f"dashboard/extract/{name}.py" for name in MODULES]
        (work / "setup.py").write_text(SETUP.format(sources=sources, group=GROUP_NAME))
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--build-lib", "lib", "--build-temp", "obj"],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:  # mypy's findings or the compiler's, at the end
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise RuntimeError(f"mypyc exited with {done.returncode}:\n{tail}")
        built = sorted((work / "lib" / "dashboard" / "extract").glob("*.so"))
        names = {p.name.split(".")[0] for p in built}
        if not set(MODULES) <= names:
            raise RuntimeError(f"mypyc built {sorted(names)}, not every one of {MODULES}")
        staging = Path(tempfile.mkdtemp(prefix="_compiled.", dir=out_dir.parent))
        try:
            for p in built:
                shutil.copy2(p, staging / p.name)
            stamp = {"digest": digest, "python": sys.version.split()[0], "built": time.time()}
            (staging / STAMP_NAME).write_text(json.dumps(stamp, indent=1), encoding="utf-8")
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f"{out_dir.name}.old.{os.getpid()}")
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return out_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when current")
    args = parser.parse_args()
    state, _ = compiled_state()
    if state == "compiled" and not args.force:
        print("compiled extractor: current")
        return 0
    lack = missing_build_tools()
    if lack:
        print(f"compiled extractor: not built, {lack}; extraction runs as plain Python")
        return 0
    print("compiling the extractor with mypyc (about two minutes, once) ...", flush=True)
    started = time.monotonic()
    try:
        build()
    except (RuntimeError, OSError) as exc:
        print(f"compiled extractor: build failed ({exc}); extraction runs as plain Python")
        return 0
    print(f"compiled extractor: built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
