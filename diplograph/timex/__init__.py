"""diplograph.timex."""
