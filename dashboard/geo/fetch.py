"""Download Columbia CSR's neighbourhood polygons (MIT) into the user cache.

The polygons are never part of the repository: each user fetches them once. The
download is checked against a pinned checksum and written atomically, so a failed
or tampered download leaves nothing behind and the schematic layer stays in use.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import urllib.parse
import urllib.request
from pathlib import Path

import click

from dashboard.atomic import write_bytes_atomic, write_text_atomic
from dashboard.model import DistrictLayer
from dashboard.paths import cache_dir

CSR_REPOSITORY = "CenterForSpatialResearch/aleppo_test"
CSR_COMMIT = "3f750b94c646839365f93b41d23d4db99fc32d45"
CSR_PATH = "map/data/Neighborhoods.geojson"
CSR_URL = f"https://raw.githubusercontent.com/{CSR_REPOSITORY}/{CSR_COMMIT}/{CSR_PATH}"
CSR_SHA256 = "33d687e7b333851c115ea2c4edbd9d4b1a0b8a593137a365bb9cc085195bb28a"
CSR_FILENAME = "csr_neighbourhoods.geojson"
CSR_LICENSE_FILENAME = "csr_neighbourhoods.LICENSE.txt"
# The MIT notice of the CSR repository (its top-level LICENSE); the licence requires
# it to travel with every copy of the data, so it is written beside the file.
CSR_LICENSE = """\
Neighbourhood polygons: Columbia University Center for Spatial Research,
"Conflict Urbanism: Aleppo", repository CenterForSpatialResearch/aleppo_test,
file map/data/Neighborhoods.geojson at commit 3f750b94c646839365f93b41d23d4db99fc32d45.

MIT License

Copyright (c) 2019 Columbia Center for Spatial Research

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""
DOWNLOAD_TIMEOUT_S = 60
MAX_BYTES = 50_000_000  # far above the real file (435 kB); stops a runaway download


def csr_cache_file() -> Path:
    return cache_dir() / CSR_FILENAME


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_pinned_csr(path: Path) -> bool:
    """Whether ``path`` is byte for byte the pinned CSR file."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return False
        return sha256_of(path.read_bytes()) == CSR_SHA256
    except OSError:
        return False


def verified_csr_file() -> Path | None:
    """The cached CSR file if present and its checksum is the pinned one, else None."""
    path = csr_cache_file()
    return path if is_pinned_csr(path) else None


def read_source(source: str) -> bytes:
    """The bytes of a local path or a ``file://``, ``http://`` or ``https://`` URL."""
    scheme = urllib.parse.urlparse(source).scheme.lower()
    if scheme in ("http", "https", "file"):
        try:
            with urllib.request.urlopen(source, timeout=DOWNLOAD_TIMEOUT_S) as response:
                data = response.read(MAX_BYTES + 1)
        except (OSError, ValueError) as exc:
            raise OSError(f"{source}: download failed: {exc}") from exc
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise OSError(f"{source}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise ValueError(f"{source}: larger than {MAX_BYTES} bytes; not a neighbourhood layer")
    if not data:
        raise ValueError(f"{source}: is empty")
    return data


def check_layer_bytes(data: bytes, source: str) -> DistrictLayer:
    """Read the downloaded bytes as a district layer before anything is saved."""
    import tempfile

    from dashboard.geo.loader import CSR_ATTRIBUTION, read_layer

    with tempfile.TemporaryDirectory(prefix="aleppo-map-fetch-") as tmp:
        path = Path(tmp) / CSR_FILENAME
        path.write_bytes(data)
        try:
            layer = read_layer(path, "NAME", quality="accurate", attribution=CSR_ATTRIBUTION)
        except ValueError as exc:
            raise ValueError(str(exc).replace(str(path), source)) from exc
    layer.source = str(csr_cache_file())
    return layer


def fetch_csr(source: str | None = None, sha256: str | None = None) -> tuple[Path, DistrictLayer]:
    """Fetch, verify and save the CSR polygons; return the cached file and its layer.

    Nothing is written unless the checksum matches and the file reads as polygons whose
    names join the gazetteer. The licence notice is written first and removed again if
    the layer itself cannot be saved, so the cache never holds half a download.
    """
    source = source or CSR_URL
    expected = (sha256 or CSR_SHA256).lower()
    data = read_source(source)
    actual = sha256_of(data)
    if actual != expected:
        raise ValueError(
            f"{source}: checksum mismatch: expected sha256 {expected}, got {actual}; "
            "nothing was saved"
        )
    layer = check_layer_bytes(data, source)
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / CSR_FILENAME
    notice = folder / CSR_LICENSE_FILENAME
    had_notice = notice.exists()
    write_text_atomic(notice, CSR_LICENSE)
    try:
        write_bytes_atomic(target, data)
    except BaseException:
        if not had_notice:
            with contextlib.suppress(FileNotFoundError):
                notice.unlink()
        raise
    return target, layer


def run_fetch(source: str | None, sha256: str | None) -> None:
    """``aleppo-map fetch-districts``: fetch the CSR layer and say what was saved."""
    target, layer = fetch_csr(source, sha256)
    gdf = layer.gdf
    out = io.StringIO()
    print(f"saved {target}", file=out)
    print(f"  licence notice: {target.parent / CSR_LICENSE_FILENAME}", file=out)
    print(
        f"  {gdf.attrs['source_polygons']} polygons, {gdf.attrs['source_names']} names, "
        f"{len(gdf)} districts, {gdf['area_km2'].sum():.1f} km²",
        file=out,
    )
    click.echo(out.getvalue().rstrip())
    from dashboard.geo.loader import layer_warnings

    for warning in layer_warnings(layer):
        click.echo(f"aleppo-map: warning: {warning}", err=True)
    if verified_csr_file() is None:
        click.echo(
            f"aleppo-map: warning: {target} is not the pinned CSR file (sha256 {CSR_SHA256}), "
            "so it is not used as the accurate layer; pass it with --districts instead",
            err=True,
        )
