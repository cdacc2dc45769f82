"""diplograph.views."""
