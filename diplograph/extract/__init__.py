"""diplograph.extract."""
