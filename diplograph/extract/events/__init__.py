"""Events: diplomatic meetings, talks, calls and visits with participants, place, time and status."""
