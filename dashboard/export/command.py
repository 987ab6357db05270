"""``aleppo-map export``: one day, every day, a strip of days, or an animation.

Options are checked before the articles are read, and every file is written through
:mod:`dashboard.atomic`, so a failed export leaves nothing behind: ``--all-dates``
renders into a hidden folder inside the output folder and moves the frames into place
only when all are drawn, putting back any file it replaced if a move fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import click

from dashboard.atomic import write_bytes_atomic
from dashboard.export.animate import animation_name, check_animation_format, render_animation
from dashboard.export.presets import (
    FORMATS,
    ExportError,
    check_flows,
    check_format,
    check_scale,
    parse_preset,
)
from dashboard.export.snapshot import check_date, render_snapshot, render_snapshots
from dashboard.export.strip import parse_dates, render_strip, strip_name
from dashboard.figures_vector import as_date
from dashboard.model import Bundle


def check_folder(folder: Path) -> Path:
    """``folder`` if it exists and a file can be created in it, else OSError naming it."""
    if not folder.exists():
        raise OSError(f"{folder}: output folder does not exist")
    if not folder.is_dir():
        raise OSError(f"{folder}: output path is not a folder")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OSError(f"{folder}: output folder cannot be written ({exc.strerror})") from exc
    return folder


def _format_for(out: Path | None, fmt: str | None) -> str:
    """--format, else the --out file's extension, else png; the two must agree."""
    suffix = out.suffix.lower().lstrip(".") if out is not None and out.suffix else ""
    if fmt:
        fmt = check_format(fmt)
        if suffix in FORMATS and suffix != fmt:
            raise ExportError(f"{out}: the extension does not match --format {fmt}")
        return fmt
    if suffix and not (out is not None and out.is_dir()):
        return check_format(suffix)
    return "png"


def _target(out: Path | None, default_name: str) -> Path:
    """Where one file goes: into --out if it is a folder, at --out if a file, else here."""
    if out is None:
        return check_folder(Path.cwd()) / default_name
    if out.is_dir():
        return check_folder(out) / default_name
    if not out.suffix:  # no extension: meant as a folder, and there is none
        raise OSError(f"{out}: output folder does not exist")
    check_folder(out.parent if str(out.parent) else Path.cwd())
    return out


def run_export(
    paths: Sequence[Path],
    districts_file: Path | None,
    name_field: str | None,
    *,
    date=None,
    all_dates: bool = False,
    strip: str | None = None,
    animate: bool = False,
    fmt: str | None = None,
    preset: str | None = None,
    scale: float | None = None,
    flows: str = "day",
    district: str | None = None,
    byline: str | None = None,
    out: Path | None = None,
    bundle: Bundle | None = None,
) -> list[Path]:
    """Export as the options say; returns the files written.

    ``bundle``: an already loaded bundle to draw (then ``paths`` are not read).
    """
    modes = [
        name
        for name, on in (
            ("--date", date is not None),
            ("--all-dates", all_dates),
            ("--strip", bool(strip)),
            ("--animate", animate),
        )
        if on
    ]
    if len(modes) != 1:
        raise ExportError(
            "choose exactly one of --date, --all-dates, --strip or --animate"
            + (f" (got {', '.join(modes)})" if modes else "")
        )
    parse_preset(preset)
    flows = check_flows(flows)
    out = Path(out) if out is not None else None

    if animate:
        if out is None:
            raise ExportError("--animate needs --out FILE.gif or FILE.mp4")
        if not out.is_dir():
            check_animation_format(out)
            check_folder(out.parent if str(out.parent) else Path.cwd())
        scale = check_scale(scale if scale is not None else 1)
    elif all_dates:
        if out is None:
            raise ExportError("--all-dates needs --out DIR")
        fmt = _format_for(None, fmt)
        scale = check_scale(scale)
        if out.exists():
            check_folder(out)
        else:
            check_folder(out.parent if str(out.parent) else Path.cwd())
    elif strip:
        parse_dates(strip)
        fmt = _format_for(out, fmt)
        scale = check_scale(scale)
        _target(out, "strip")
    else:
        fmt = _format_for(out, fmt)
        scale = check_scale(scale)
        _target(out, "snapshot")

    if bundle is None:
        from dashboard.pipeline import load_bundle

        bundle = load_bundle(paths, districts_file, name_field, skip_bad=False)
    options = {"preset": preset or "social", "flows": flows, "district": district, "byline": byline}

    if animate:
        target = out / animation_name(bundle, "gif") if out.is_dir() else out
        kind = check_animation_format(target)
        dates = bundle.timeline.dates
        with click.progressbar(length=len(dates), label="Frames") as bar:
            frames = (
                image for _, image in render_snapshots(bundle, dates, "png", scale=scale, **options)
            )
            data = render_animation(frames, kind, bar.update)
        write_bytes_atomic(target, data)
        written = [target]
    elif all_dates:
        written = _export_all(bundle, out, fmt, scale, options)
    elif strip:
        from dashboard.figures_vector import map_data

        data = map_data(bundle)
        days = sorted(dict.fromkeys(check_date(data, d) for d in parse_dates(strip)))
        name, image = render_strip(bundle, days, fmt, scale, flows, byline)
        target = _target(out, strip_name(days, fmt))
        write_bytes_atomic(target, image)
        written = [target]
    else:
        name, image = render_snapshot(bundle, date, fmt, scale=scale, **options)
        target = _target(out, name)
        write_bytes_atomic(target, image)
        written = [target]
    if not all_dates:
        click.echo(f"wrote {written[0]}")
    return written


def _check_frame_targets(out: Path, names: Sequence[str]) -> None:
    """Refuse, before drawing, a frame whose place in ``out`` holds anything but a file
    (a folder cannot be replaced by a file, and must not be deleted to make room)."""
    for name in names:
        target = out / name
        if (target.exists() or target.is_symlink()) and not target.is_file():
            raise ExportError(
                f"{target}: a folder (or other non-file) is where a frame would go; "
                "move it away and export again (nothing was written)"
            )


def _export_all(bundle, out: Path, fmt: str, scale: float, options: dict) -> list[Path]:
    """Every day into ``out``; frames appear there only once all of them are drawn.

    Frames are drawn into a hidden folder inside ``out`` (same file system, so moving
    them is a rename). Files they replace are first moved aside into that folder, and
    if any step fails every moved frame is taken back and every replaced file put back
    where it was, so a failed export leaves ``out`` exactly as it found it.
    """
    from dashboard.export.snapshot import file_name

    dates = bundle.timeline.dates
    names = [file_name(as_date(d), fmt) for d in dates]
    created = not out.exists()
    if not created:
        _check_frame_targets(out, names)
    else:
        out.mkdir()
    staging = Path(tempfile.mkdtemp(prefix=".aleppo-map-frames-", dir=out))
    frames, replaced = staging / "frames", staging / "replaced"
    frames.mkdir()
    replaced.mkdir()
    moved: list[tuple[Path, Path | None]] = []  # (frame now in out, user's file set aside)
    try:
        with click.progressbar(length=len(dates), label="Frames") as bar:
            for name, image in render_snapshots(bundle, dates, fmt, scale=scale, **options):
                write_bytes_atomic(frames / name, image)
                bar.update(1)
        _check_frame_targets(out, names)  # again: the folder may have changed meanwhile
        for name in names:
            target, aside = out / name, None
            if target.exists():
                aside = replaced / name
                os.replace(target, aside)
            moved.append((target, aside))
            os.replace(frames / name, target)
    except BaseException as exc:
        _roll_back(moved)
        if created:
            shutil.rmtree(out, ignore_errors=True)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError) and not isinstance(exc, ExportError):
            where = exc.filename or out
            raise OSError(
                f"{where}: cannot write the frames ({exc.strerror or exc}); "
                f"{out} was left as it was"
            ) from exc
        raise
    shutil.rmtree(staging, ignore_errors=True)
    written = [target for target, _ in moved]
    click.echo(f"wrote {len(written)} frames to {out}")
    return written


def _roll_back(moved: list[tuple[Path, Path | None]]) -> None:
    """Undo a partial move: remove each frame moved in, put back the file it replaced."""
    for target, aside in reversed(moved):
        with contextlib.suppress(OSError):
            if target.is_file():
                target.unlink()
        if aside is not None and aside.exists():
            with contextlib.suppress(OSError):
                os.replace(aside, target)
