"""vig-annotator: code parent–infant interaction video (PIIOS, VIG moments, your own schemes)."""

__version__ = "0.1.0"
