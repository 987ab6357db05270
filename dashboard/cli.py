"""The ``aleppo-map`` command line.

Each command parses its options here and hands the work to the module that owns it,
imported inside the command so that ``aleppo-map --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from dashboard import __version__
from dashboard.articles import ArticleError


class DateParam(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


DATE = DateParam()
PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
DISTRICTS = click.option(
    "--districts",
    "districts_file",
    type=click.Path(path_type=Path),
    help="Polygon layer to use (GeoJSON, GPKG or Shapefile). Default: the best layer available.",
)
NAME_FIELD = click.option("--name-field", help="Attribute holding district names in --districts.")


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error and exit with ``code`` (2: bad input)."""
    click.echo(f"aleppo-map: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aleppo-map")
def main() -> None:
    """Map the Nov-Dec 2016 offensive on east Aleppo from news articles."""


@main.command()
@PATHS
@DISTRICTS
@NAME_FIELD
def info(paths: tuple[Path, ...], districts_file: Path | None, name_field: str | None) -> None:
    """Summarise the articles, date range, district layer and baseline areas."""
    from dashboard.info import run_info

    try:
        run_info(paths, districts_file, name_field)
    except (ArticleError, ValueError, OSError) as exc:
        fail(str(exc))


@main.command()
@PATHS
@click.option("--published", type=DATE, help="Publication date of a single article that has none.")
@click.option("--out", type=click.Path(path_type=Path), help="Output file (default: stdout).")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "--review",
    type=click.Path(path_type=Path),
    help="Write place names that could not be matched with confidence to this CSV.",
)
def extract(paths, published, out, fmt, review) -> None:
    """Extract dated, sourced events from articles (files or folders)."""
    from dashboard.extract.command import run_extract

    try:
        run_extract(paths, published=published, out=out, fmt=fmt, review=review)
    except (ArticleError, OSError) as exc:
        fail(str(exc))


@main.command()
@PATHS
@DISTRICTS
@NAME_FIELD
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Output folder.")
def build(paths, districts_file, name_field, out) -> None:
    """Write events, daily control, flows, area stats, claim checks and the events the map
    does not show (default: seeds/)."""
    from dashboard.timeline_command import run_build

    try:
        run_build(paths, districts_file, name_field, out)
    except (ArticleError, ValueError, OSError) as exc:
        fail(str(exc))


@main.command()
@PATHS
@DISTRICTS
@NAME_FIELD
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind. 0.0.0.0 exposes the server to the network.",
)
@click.option("--port", default=8050, show_default=True, type=int)
def serve(paths, districts_file, name_field, host, port) -> None:
    """Start the dashboard (default: seeds/ on the best boundary layer available)."""
    from dashboard.app.serve import run_server

    try:
        run_server(paths, districts_file, name_field, host, port)
    except (ArticleError, ValueError, OSError) as exc:
        fail(str(exc))


@main.command("fetch-districts")
@click.option(
    "--from",
    "source",
    metavar="FILE_OR_URL",
    help="Read the polygons from this file or URL instead of the CSR repository.",
)
@click.option("--sha256", help="Expected checksum (default: the pinned CSR file's).")
def fetch_districts(source: str | None, sha256: str | None) -> None:
    """Download Columbia CSR's neighbourhood polygons (MIT) into the user cache."""
    from dashboard.geo.fetch import run_fetch

    try:
        run_fetch(source, sha256)
    except (ValueError, OSError) as exc:
        fail(str(exc))


@main.command("build-districts")
@click.option("--out", type=click.Path(path_type=Path), help="Default: data/geo/districts.geojson")
def build_districts(out: Path | None) -> None:
    """Rebuild the schematic district layer from the gazetteer's points."""
    from dashboard.geo.schematic import run_build_schematic

    try:
        run_build_schematic(out)
    except (ValueError, OSError) as exc:
        fail(str(exc))


@main.command()
@PATHS
@DISTRICTS
@NAME_FIELD
@click.option("--date", "date", type=DATE, help="The day to show.")
@click.option("--all-dates", is_flag=True, help="One frame per day into --out DIR.")
@click.option("--strip", help="Comma-separated dates for a small-multiples strip.")
@click.option("--animate", is_flag=True, help="One frame per day as a GIF or MP4.")
@click.option("--format", "fmt", help="png, svg or pdf (default: from --out, else png).")
@click.option("--preset", help="social (1200x675), square, print (A4) or WIDTHxHEIGHT.")
@click.option("--scale", type=float, help="Pixel scale for PNG (default 2; animations 1).")
@click.option(
    "--flows", type=click.Choice(["none", "day", "cumulative"]), default="day", show_default=True
)
@click.option("--district", help="Highlight this district.")
@click.option("--byline", help="Credit line printed in the image.")
@click.option("--out", type=click.Path(path_type=Path), help="Output file or folder.")
def export(paths, districts_file, name_field, **options) -> None:
    """Export publication-ready snapshots: PNG, SVG, PDF, frame strips and animations."""
    from dashboard.export.command import run_export

    try:
        run_export(paths, districts_file, name_field, **options)
    except (ArticleError, ValueError, OSError) as exc:
        fail(str(exc))


if __name__ == "__main__":
    main()
