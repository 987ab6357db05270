"""The article-folder format: ``.txt`` articles plus a ``manifest.csv``, or front matter.

A folder holds articles as ``.txt`` files and a ``manifest.csv`` with the columns
``file, published, outlet, title, url, published_basis``. A single ``.txt`` file may
instead begin with a front-matter block::

    ---
    published: 2016-12-11
    outlet: Reuters
    title: ...
    ---

Every problem is an :class:`ArticleError` that names the file. Callers choose between
stopping at the first one (the CLI's ``extract`` and ``build``) and skipping the
article with a notice (the dashboard), see :func:`load_articles`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "published", "outlet", "title", "url", "published_basis")
# The offensive is 2016; anything published before the war began, or after today,
# is a typo or the wrong file.
EARLIEST_PUBLISHED = dt.date(2011, 1, 1)
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ArticleError(ValueError):
    """A problem with one article or manifest; ``str()`` names the file first."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class Article:
    file: str
    published: dt.date
    text: str
    outlet: str = ""
    title: str = ""
    url: str = ""
    published_basis: str = ""
    path: Path | None = None

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class ArticleSet:
    """What was loaded, what was skipped (with why), and warnings worth showing."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[ArticleError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def date_range(self) -> tuple[dt.date, dt.date] | None:
        if not self.articles:
            return None
        dates = [a.published for a in self.articles]
        return min(dates), max(dates)


def parse_date(value: str, where: Path | str, what: str = "published date") -> dt.date:
    value = (value or "").strip()
    if not _DATE.match(value):
        raise ArticleError(where, f"{what} {value!r} is not a YYYY-MM-DD date")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ArticleError(where, f"{what} {value!r} is not a real date ({exc})") from None
    return day


def check_published(day: dt.date, where: Path | str, today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    if day < EARLIEST_PUBLISHED:
        raise ArticleError(
            where,
            f"published date {day} is before {EARLIEST_PUBLISHED}, "
            "earlier than the war this map covers",
        )
    if day > today:
        raise ArticleError(where, f"published date {day} is in the future")
    return day


def read_text(path: Path, warnings: list[str] | None = None) -> str:
    """Read an article's text: UTF-8, or cp1252 with a warning; empty and binary are errors."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path,
            f"is {size / 1e6:.1f} MB, larger than the "
            f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB an article may be",
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise ArticleError(path, "is a binary file (it contains NUL bytes), not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if warnings is not None:
            warnings.append(f"{path}: not UTF-8; read as cp1252")
    if not text.strip():
        raise ArticleError(path, "is empty")
    return text


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the front-matter fields (lower-cased keys) and the text after them."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip('"').strip("'")
    return fields, text[match.end() :]


def read_manifest(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in ("file", "published") if c not in (reader.fieldnames or [])]
            if missing:
                raise ArticleError(
                    path,
                    f"manifest lacks the column(s) {', '.join(missing)}; "
                    f"expected {', '.join(MANIFEST_COLUMNS)}",
                )
            return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
    except UnicodeDecodeError:
        raise ArticleError(path, "manifest is not UTF-8 text") from None
    except csv.Error as exc:
        raise ArticleError(path, f"manifest is not valid CSV ({exc})") from None


def _article_from_file(
    path: Path,
    meta: dict[str, str],
    published: dt.date | None,
    warnings: list[str],
    today: dt.date | None,
    meta_where: Path | None = None,
) -> Article:
    text = read_text(path, warnings)
    fields, body = split_front_matter(text)
    merged = {**fields, **{k: v for k, v in meta.items() if v}}
    # A date from the manifest is reported against the manifest row that gave it.
    where = meta_where if meta_where and meta.get("published") else path
    row = f"row for {path.name}: " if where != path else ""
    try:
        if merged.get("published"):
            day = parse_date(merged["published"], where)
        elif published is not None:
            day = published
        else:
            raise ArticleError(
                path,
                "has no publication date: add it to manifest.csv, begin "
                "the file with front matter (---/published: YYYY-MM-DD/"
                "---), or pass --published",
            )
        check_published(day, where, today)
    except ArticleError as exc:
        raise ArticleError(exc.path, row + exc.problem) from None
    if not body.strip():
        raise ArticleError(path, "has front matter but no article text")
    return Article(
        file=path.name,
        published=day,
        text=body,
        outlet=merged.get("outlet", ""),
        title=merged.get("title", "") or body.strip().splitlines()[0][:200],
        url=merged.get("url", ""),
        published_basis=merged.get("published_basis", ""),
        path=path,
    )


def _folder_items(
    folder: Path,
) -> Iterable[tuple[Path, dict[str, str], Path | None] | ArticleError]:
    """Each article of a folder with its manifest row, or the error that row has."""
    manifest = folder / MANIFEST_NAME
    try:
        rows = read_manifest(manifest) if manifest.is_file() else []
    except ArticleError as exc:
        yield exc
        rows = []
    listed = set()
    for row in rows:
        name = row.get("file", "")
        if not name:
            yield ArticleError(manifest, "a manifest row has an empty 'file'")
            continue
        target = folder / name
        listed.add(target.name)
        if not target.is_file():
            yield ArticleError(manifest, f"lists {name!r}, which does not exist in {folder}")
            continue
        yield target, row, manifest
    for path in sorted(folder.glob("*.txt")):
        if path.name not in listed:
            yield path, {}, None


def load_articles(
    paths: Sequence[Path | str],
    published: dt.date | None = None,
    *,
    skip_bad: bool = False,
    today: dt.date | None = None,
) -> ArticleSet:
    """Load articles from files and folders.

    With ``skip_bad=False`` the first problem raises :class:`ArticleError`; with
    ``skip_bad=True`` bad articles are listed in ``ArticleSet.skipped`` and the rest load.
    The same text given twice is loaded once, with a warning.
    """
    result = ArticleSet()
    seen: dict[str, str] = {}

    def add(path: Path, meta: dict[str, str], meta_where: Path | None) -> None:
        try:
            article = _article_from_file(path, meta, published, result.warnings, today, meta_where)
        except ArticleError as exc:
            reject(exc)
            return
        if article.digest in seen:
            result.warnings.append(f"{path}: same text as {seen[article.digest]}; loaded once")
            return
        seen[article.digest] = article.file
        result.articles.append(article)

    def reject(error: ArticleError) -> None:
        if not skip_bad:
            raise error
        result.skipped.append(error)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for item in _folder_items(path):
                if isinstance(item, ArticleError):
                    reject(item)
                else:
                    add(*item)
        elif path.is_file():
            add(path, {}, None)
        else:
            reject(ArticleError(path, "no such file or folder"))
    if not result.articles and not skip_bad:
        raise ArticleError(Path(paths[0]) if paths else Path("."), "holds no articles")
    return result
