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

Whatever order files and folders are given in, the same articles load with the same
names, in the same order: the same text is loaded once (and cites every outlet that
carried it), two different articles never share a name, and the articles come out
sorted by publication date and name.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dashboard.paths import SEEDS_DIR

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


# Several outlets or links of one text (a wire story reprinted) are joined with this.
SOURCE_SEPARATOR = "; "


@dataclass(frozen=True)
class Reprint:
    """Another file with the same text as an article: it is cited, not read again."""

    file: str
    published: dt.date
    outlet: str = ""
    url: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class Article:
    """One article. ``file`` is its name in every table: the file name, or, when two
    different articles share a file name, ``folder/name`` (see :func:`load_articles`).

    ``outlet`` and ``url`` list every outlet and link that carried the same text,
    separated by ``SOURCE_SEPARATOR``; ``reprints`` holds the other copies themselves.
    """

    file: str
    published: dt.date
    text: str
    outlet: str = ""
    title: str = ""
    url: str = ""
    published_basis: str = ""
    path: Path | None = None
    reprints: tuple[Reprint, ...] = ()

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
    """Each article of a folder with its manifest row, or the error that row has.

    Manifest rows come first, in the manifest's order, then unlisted files by name.
    """
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


def _sources(values: Iterable[str]) -> str:
    """Distinct non-empty outlets (or links), in order, as one cell."""
    seen: dict[str, None] = {}
    for value in values:
        for part in value.split(SOURCE_SEPARATOR):
            if part.strip():
                seen.setdefault(part.strip(), None)
    return SOURCE_SEPARATOR.join(seen)


def _merge_copies(copies: list[Article]) -> Article:
    """One article for several files with the same text.

    The earliest publication is kept (a reprint is not news of a later day, and relative
    dates such as "on Monday" are read from the first appearance); every outlet and link
    is cited, so the evidence names all who carried it, while the text, read once, counts
    once towards corroboration.
    """
    kept, others = copies[0], copies[1:]
    if not others:
        return kept
    reprints = tuple(
        Reprint(file=a.file, published=a.published, outlet=a.outlet, url=a.url, path=a.path)
        for a in others
    )
    return replace(
        kept,
        outlet=_sources(a.outlet for a in copies),
        url=_sources(a.url for a in copies),
        reprints=reprints,
    )


def _is_seed(path: Path | None) -> bool:
    return path is not None and path.resolve().parent == SEEDS_DIR.resolve()


def _unique_names(articles: list[Article]) -> list[Article]:
    """Give every article a name no other article has.

    A file name shared by different articles is qualified with as many of its folders as
    it takes to tell them apart (``other/a.txt``). The project's own seeds keep their
    bare names, which the tests and the documentation cite.
    """
    by_name: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_name.setdefault(article.file, []).append(i)
    names = [a.file for a in articles]
    for clashing in by_name.values():
        qualify = [i for i in clashing if not _is_seed(articles[i].path)]
        if len(clashing) < 2 or not qualify:
            continue
        depth = 1
        while True:
            for i in qualify:
                path = articles[i].path or Path(articles[i].file)
                parts = path.resolve().parts
                names[i] = "/".join(parts[-1 - depth :])
            taken = [names[i] for i in clashing]
            if len(set(taken)) == len(taken) or depth >= 64:
                break
            depth += 1
    return [replace(a, file=n) if n != a.file else a for a, n in zip(articles, names, strict=True)]


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

    Nothing depends on the order ``paths`` are given in:

    - The same text in several files is loaded once, with a warning. The copy kept is
      the earliest published (then by folder and place in it); it takes that date and
      cites every outlet and link that carried the text (:func:`_merge_copies`).
    - Different articles with the same file name get names that tell them apart
      (:func:`_unique_names`).
    - Articles are returned sorted by publication date, then name.
    """
    result = ArticleSet()
    loaded: list[tuple[tuple, Article]] = []

    def add(path: Path, meta: dict[str, str], meta_where: Path | None, position: int) -> None:
        try:
            article = _article_from_file(path, meta, published, result.warnings, today, meta_where)
        except ArticleError as exc:
            reject(exc)
            return
        folder = str(path.resolve().parent)
        loaded.append(((article.published, folder, position, path.name), article))

    def reject(error: ArticleError) -> None:
        if not skip_bad:
            raise error
        result.skipped.append(error)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for position, item in enumerate(_folder_items(path)):
                if isinstance(item, ArticleError):
                    reject(item)
                else:
                    add(*item, position)
        elif path.is_file():
            # A file given on its own sorts after the files its folder lists.
            add(path, {}, None, 1 << 30)
        else:
            reject(ArticleError(path, "no such file or folder"))
    copies: dict[str, list[Article]] = {}
    for _, article in sorted(loaded, key=lambda item: item[0]):
        copies.setdefault(article.digest, []).append(article)
    kept = []
    for group in copies.values():
        first = group[0]
        for other in group[1:]:
            where = other.path or other.file
            result.warnings.append(
                f"{where}: same text as {first.path or first.file}; loaded once, "
                "citing both files' outlets and links"
            )
        kept.append(_merge_copies(group))
    kept = _unique_names(kept)
    result.articles = sorted(kept, key=lambda a: (a.published, a.file, str(a.path)))
    if not result.articles and not skip_bad:
        raise ArticleError(Path(paths[0]) if paths else Path("."), "holds no articles")
    return result
