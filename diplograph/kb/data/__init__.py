"""Data files shipped with diplograph: the sample corpus and reference tables."""
