"""Article Viewer's importer and data model, from Python.

    import article_viewer as av

    article = av.draft(text, lang="en", outlet="Harbour City Wire", date="2026-03-02")
    rows = av.passages(article, article_id="story-1")   # pandas.DataFrame(rows)
    av.validate(article)                                # raises av.InvalidArticle

Everything is plain dicts and lists in the project's JSON schema: the same JSON as the
``import`` command line writes. The work is done in Rust (the ``_native`` module), which releases
the GIL while drafting.
"""

from ._native import (
    MAX_TEXT_BYTES,
    PASSAGE_COLUMNS,
    InvalidArticle,
    __version__,
    draft,
    passages,
    validate,
)

__all__ = [
    "MAX_TEXT_BYTES",
    "PASSAGE_COLUMNS",
    "InvalidArticle",
    "__version__",
    "draft",
    "passages",
    "validate",
]
