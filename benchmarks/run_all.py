"""Run every benchmark and write BENCHMARKS.md: ``.venv/bin/python benchmarks/run_all.py``.

Each ``benchmarks/bench_*.py`` (and ``eval_*.py``, which measures extraction quality)
prints its numbers and writes a markdown section to
``benchmarks/results/<name>.md``; this script runs them one after another (they share
the machine's two cores, so never in parallel) and joins the sections under a header
naming the date and the machine. ``--assemble-only`` joins the existing sections
without running anything; ``run_all.py app load`` runs only those two.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError):
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){mem}, "
        f"Python {platform.python_version()}"
    )


def assemble() -> str:
    sections = [p.read_text(encoding="utf-8").strip() for p in sorted(RESULTS.glob("*.md"))]
    header = (
        "# Benchmarks\n\n"
        f"Assembled {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC from `benchmarks/results/`; "
        "each section gives the date and machine it was measured on.\n\n"
        "Run them all again with `.venv/bin/python benchmarks/run_all.py` "
        "(or one with `.venv/bin/python benchmarks/bench_<name>.py`).\n"
    )
    return header + "\n" + "\n\n".join(sections) + "\n"


def main(argv: list[str]) -> int:
    if argv == ["--assemble-only"]:
        (ROOT / "BENCHMARKS.md").write_text(assemble(), encoding="utf-8")
        print(f"wrote {ROOT / 'BENCHMARKS.md'} from {RESULTS}")
        return 0
    only = set(argv)
    failed = []
    for bench in sorted([*HERE.glob("bench_*.py"), *HERE.glob("eval_*.py")]):
        name = bench.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        print(f"== {bench.name}", flush=True)
        if subprocess.run([sys.executable, str(bench)], cwd=ROOT).returncode != 0:
            failed.append(bench.name)
    (ROOT / "BENCHMARKS.md").write_text(assemble(), encoding="utf-8")
    print(f"wrote {ROOT / 'BENCHMARKS.md'}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
