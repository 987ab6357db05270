"""Every day as one frame: a GIF (Pillow) or an MP4 (ffmpeg, when it is installed)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PIL import Image

from dashboard.export.presets import ExportError
from dashboard.export.snapshot import FILE_STEM
from dashboard.model import Bundle

FRAME_MS = 600
HOLD_MS = 4000  # the last day stays up before the loop starts again
ANIMATION_FORMATS = ("gif", "mp4")


def animation_name(bundle: Bundle, fmt: str) -> str:
    dates = bundle.timeline.dates
    return f"{FILE_STEM}_{dates[0].isoformat()}_{dates[-1].isoformat()}.{fmt}"


def check_animation_format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ANIMATION_FORMATS:
        raise ExportError(f"{path}: an animation is written as .gif or .mp4, not {path.suffix!r}")
    if fmt == "mp4" and not shutil.which("ffmpeg"):
        raise ExportError(
            f"{path}: MP4 needs ffmpeg, which is not installed (not on PATH); "
            "install ffmpeg or write a .gif instead"
        )
    return fmt


def gif_bytes(frames: list[bytes]) -> bytes:
    """PNG frames -> a looping GIF, one frame per PNG, holding on the last."""
    images = [Image.open(io.BytesIO(f)).convert("RGB") for f in frames]
    # One palette for the whole animation keeps colours steady from frame to frame.
    palette = images[-1].quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    quantized = [im.quantize(palette=palette, dither=Image.Dither.NONE) for im in images]
    durations = [FRAME_MS] * (len(frames) - 1) + [HOLD_MS]
    out = io.BytesIO()
    quantized[0].save(
        out,
        format="GIF",
        save_all=True,
        append_images=quantized[1:],
        duration=durations,
        loop=0,
        disposal=1,
        optimize=False,
    )
    return out.getvalue()


def mp4_bytes(frames: list[bytes]) -> bytes:
    """PNG frames -> an H.264 MP4 through ffmpeg, holding on the last frame."""
    fps = 1000 / FRAME_MS
    with tempfile.TemporaryDirectory(prefix="aleppo-map-frames-") as tmp:
        folder = Path(tmp)
        for i, frame in enumerate(frames):
            (folder / f"frame_{i:04d}.png").write_bytes(frame)
        out = folder / "out.mp4"
        command = [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-framerate",
            f"{fps:g}",
            "-i",
            str(folder / "frame_%04d.png"),
            "-vf",
            f"tpad=stop_mode=clone:stop_duration={HOLD_MS / 1000:g},"
            "pad=ceil(iw/2)*2:ceil(ih/2)*2,format=yuv420p",
            "-c:v",
            "libx264",
            str(out),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise ExportError(f"ffmpeg failed: {result.stderr.strip()[-400:]}")
        return out.read_bytes()


def render_animation(
    frames: Iterable[bytes],
    fmt: str,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """PNG frames (one per day) -> GIF or MP4 bytes; ``progress(1)`` after each frame."""
    collected = []
    for frame in frames:
        collected.append(frame)
        if progress:
            progress(1)
    return gif_bytes(collected) if fmt == "gif" else mp4_bytes(collected)
