"""Pipeline: the stages put together into a build (cache, outputs, exports, distributed extraction)."""
