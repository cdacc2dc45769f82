"""Ingest: files, folders and JSONL in; cleaned Documents (offsets kept) and the reasons for what was left out."""
