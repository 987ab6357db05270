"""Compiled copies of the sentence coder's modules, used only when they are current.

``scripts/install`` compiles the coder's modules with mypyc into C extension modules in
``_compiled/`` beside them (see ``scripts/build_extractor.py``), when a C compiler and
Python's headers are present. They code the same sentences about a third faster; they
give the same rows, which ``tests/test_extract_compiled.py`` checks against the plain
modules.

A compiled copy is used only when its stamp names the digest of exactly these sources
for this Python, so an edited module is never shadowed by an old build: it runs as plain
Python until the next build. ``ALEPPO_MAP_PURE_PYTHON=1`` runs the plain modules always.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

# The coder's modules, in the package ``dashboard.extract``: everything that runs per
# sentence. (The package's __init__, its command and this module stay plain Python.)
MODULES = (
    "actors",
    "areas",
    "claims",
    "dates",
    "events",
    "lexicon",
    "matching",
    "places",
    "sentences",
)
PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED_DIR = PACKAGE_DIR / "_compiled"
STAMP_NAME = "SOURCES.json"
PURE_ENV = "ALEPPO_MAP_PURE_PYTHON"
# The shared library that holds every compiled module's code, named inside the package
# so that the package path finds it.
GROUP_NAME = "dashboard.extract._coder"


def source_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 of this Python's cache tag and every coder module's source bytes."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in MODULES:
        h.update(f"\0{name}\0".encode())
        h.update((package_dir / f"{name}.py").read_bytes())
    return h.hexdigest()


def compiled_state(
    compiled_dir: Path = COMPILED_DIR, package_dir: Path = PACKAGE_DIR
) -> tuple[str, str]:
    """("compiled" | "pure", why) for the coder found at ``compiled_dir``."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return "pure", f"{PURE_ENV} is set"
    stamp = compiled_dir / STAMP_NAME
    if not stamp.is_file():
        return "pure", "no compiled copy (scripts/install builds one where a C compiler is)"
    try:
        built = json.loads(stamp.read_text(encoding="utf-8")).get("digest")
    except (OSError, ValueError, AttributeError):
        return "pure", f"unreadable stamp {stamp}"
    if built != source_digest(package_dir):
        return "pure", "the compiled copy is of other sources (run scripts/install to rebuild)"
    return "compiled", "mypyc"


def missing_build_tools() -> str | None:
    """What this machine lacks to build the compiled copies, or None."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypy (with mypyc) is not installed: scripts/install installs it"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "Python's C headers are missing (Debian: python3-dev)"
    compiler = sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        return f"no C compiler ({compiler})"
    return None


def use_compiled_coder(package_path: list[str]) -> str:
    """Put the compiled copies first on ``package_path`` (the package's ``__path__``) when
    they are current; return a line saying which coder runs. Call it before any coder
    module is imported."""
    state, why = compiled_state()
    if state == "compiled" and str(COMPILED_DIR) not in package_path:
        package_path.insert(0, str(COMPILED_DIR))
    return f"{state} ({why})"
