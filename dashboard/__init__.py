"""Interactive map of the Nov-Dec 2016 government offensive on east Aleppo, built from news."""

__version__ = "0.1.0"
