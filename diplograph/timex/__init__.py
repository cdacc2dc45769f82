"""Temporal tagging: find time expressions and give them TIMEX3 values against the publication date."""

from __future__ import annotations

from diplograph.timex.dateline import story_day
from diplograph.timex.tagger import resolve, shift, tag
from diplograph.timex.xsd import xsd_form

__all__ = ["resolve", "shift", "story_day", "tag", "xsd_form"]
