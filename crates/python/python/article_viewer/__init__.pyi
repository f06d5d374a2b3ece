"""Type stubs for article_viewer (the functions are implemented in Rust)."""

from typing import Any, Final, Literal, TypedDict

__version__: Final[str]
#: The columns of ``passages()``, in order: the same as ``corpus export``.
PASSAGE_COLUMNS: Final[list[str]]
#: ``draft()`` refuses texts longer than this many bytes of UTF-8.
MAX_TEXT_BYTES: Final[int]

# An article in the project's JSON schema (see README.md); drafts add ``confidence`` and
# ``reason`` to each passage.
Article = dict[str, Any]

class PassageRow(TypedDict):
    article_id: str
    outlet: str
    #: ``YYYY-MM-DD``, or None when the article gives no date.
    date: str | None
    #: Empty when the article gives no original link.
    url: str
    #: The paragraph's index in the article, from 0.
    paragraph: int
    voice: str
    voice_name: str
    voice_kind: Literal["person", "collective", "anonymous", "outlet"]
    passage_kind: Literal["direct", "paraphrase", "narration"]
    text: str
    #: The importer's confidence, 0-100; None for passages a person wrote or checked.
    confidence: int | None
    reviewed: bool

class InvalidArticle(ValueError):
    """Article data that does not fit the schema; one line per problem, by field path."""

    errors: list[str]

def draft(
    text: str,
    *,
    lang: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    date: str | None = None,
    title: str | None = None,
    title_line: bool = False,
    quotes_only: bool = False,
) -> Article:
    """Drafts who-says-what data from plain article text, like the ``import`` command line.

    Raises ValueError with the command line's message for empty or over-size text and for a
    bad option. Releases the GIL while drafting.
    """

def passages(
    article: Article | str | bytes, *, article_id: str = "", reviewed: bool = False
) -> list[PassageRow]:
    """One row per passage, in reading order, with the columns of ``corpus export``.

    Raises InvalidArticle when the article does not fit the schema.
    """

def validate(article: Article | str | bytes) -> None:
    """Checks an article; raises InvalidArticle listing every problem by field path."""
