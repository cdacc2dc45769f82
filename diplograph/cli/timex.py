"""``diplograph timex``: print the time expressions of one text as JSON lines."""

from __future__ import annotations

import json
from datetime import date

import click


class _Date(click.ParamType):
    """A YYYY-MM-DD date, rejected as a usage error when malformed."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


@click.command()
@click.option("--dct", type=_Date(), default=None,
              help="Document creation (publication) date; without it relative values stay unresolved.")
@click.option("--spacy/--no-spacy", "use_spacy", default=False,
              help="Parse with the spaCy model for verb tenses and extra DATE/TIME candidates.")
@click.argument("file", type=click.File("rb"))
def timex(dct: date | None, use_spacy: bool, file) -> None:
    """Tag time expressions in FILE ('-' for stdin): one JSON object per line and expression."""
    from diplograph.errors import InputError
    from diplograph.ingest.decode import MAX_FILE_BYTES, decode
    from diplograph.timex import tag

    data = file.read(MAX_FILE_BYTES + 1)
    if not data.strip():
        return
    name = getattr(file, "name", "-")
    name = "standard input" if name in ("-", "<stdin>") else name
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: too large (the limit is {MAX_FILE_BYTES // 2**20} MB)")
    try:
        text = decode(data)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    doc = None
    if use_spacy:
        from diplograph.timex.parse import parse

        doc = parse(text)
    for t in tag(text, dct, doc=doc):
        click.echo(json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                               "value": t.value}, ensure_ascii=False))
