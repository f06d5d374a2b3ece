"""Bad input: ValueError with the command line's words, never a crash."""

import json
import math

import pytest

import article_viewer as av

GOOD = "“We will rebuild the bridge,” Mayor Ana Silva said."

BAD_INPUTS = [
    ("empty", "", {}),
    ("only whitespace", " \n\n\t \n", {}),
    ("a title line and nothing else", "The bridge", dict(title_line=True)),
    ("binary", "abc\x00def", {}),
    ("over the size limit", "a" * (av.MAX_TEXT_BYTES + 1), {}),
    ("a bad URL", GOOD, dict(url="ftp://example.org/x")),
    ("a relative URL", GOOD, dict(url="/news/1")),
    ("a bad date", GOOD, dict(date="2026-02-30")),
    ("a date in another form", GOOD, dict(date="02/03/2026")),
    ("an empty language", GOOD, dict(lang="")),
    ("a bad language", GOOD, dict(lang="en us")),
]


@pytest.mark.parametrize("text,options", [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_raises_the_command_lines_message(cli, text, options):
    with pytest.raises(ValueError) as caught:
        av.draft(text, **options)
    assert type(caught.value) is ValueError
    assert str(caught.value) == cli.error(text, **options)


def test_messages_name_the_option():
    with pytest.raises(ValueError, match=r'^date: "2026-02-30" is not a calendar date'):
        av.draft(GOOD, date="2026-02-30")
    with pytest.raises(ValueError, match=r"^url: "):
        av.draft(GOOD, url="ftp://example.org/x")
    with pytest.raises(ValueError, match=r"limit is 2097152 bytes"):
        av.draft("a" * (av.MAX_TEXT_BYTES + 1))


def test_text_that_is_not_unicode_is_a_value_error():
    # A lone surrogate cannot be UTF-8: Python's own UnicodeEncodeError, a ValueError.
    with pytest.raises(ValueError):
        av.draft("He said \ud800 nothing.")


@pytest.mark.parametrize("call", [
    lambda: av.draft(None),
    lambda: av.draft(b"bytes are not text"),
    lambda: av.draft(GOOD, lang=5),
    lambda: av.draft(GOOD, title_line="yes"),
    lambda: av.draft(GOOD, "en"),
    lambda: av.draft(GOOD, language="en"),
], ids=["None", "bytes", "a number for lang", "a string for title_line", "a positional option", "an unknown option"])
def test_wrong_types_are_type_errors(call):
    with pytest.raises(TypeError):
        call()


NOT_ARTICLES = [
    ("a set", {"meta": {1, 2}}),
    ("NaN", {"meta": {"language": "en"}, "x": math.nan}),
    ("deep nesting", None),
    ("deep nesting as text", "[" * 100_000),
    ("JSON syntax", '{"meta": '),
    ("trailing text", '{"meta": {}} extra'),
    ("not UTF-8", b'{"meta": "\xff"}'),
    ("over the size limit", " " * (16 * 1024 * 1024 + 1)),
    ("a list", []),
    ("a number", 42),
    ("None", None),
]


def deep(levels):
    value = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize("name,data", NOT_ARTICLES, ids=[n for n, _ in NOT_ARTICLES])
def test_anything_that_is_not_an_article_is_invalid_and_never_crashes(name, data):
    if name == "deep nesting":
        data = deep(200_000)
    with pytest.raises(av.InvalidArticle) as caught:
        av.validate(data)
    assert caught.value.errors and all(caught.value.errors)
    with pytest.raises(av.InvalidArticle):
        av.passages(data)


def test_errors_of_a_syntax_error_give_the_position():
    with pytest.raises(av.InvalidArticle, match=r"line 1 column \d+"):
        av.validate('{"meta": ')


def test_an_article_with_errors_gives_no_rows():
    article = av.draft(GOOD)
    article["voices"] = []
    with pytest.raises(av.InvalidArticle, match=r'unknown voice'):
        av.passages(article)


def test_the_interpreter_survives_many_bad_calls():
    for i in range(200):
        with pytest.raises(ValueError):
            av.draft(" " * (i % 3))
    assert av.draft(GOOD)["voices"]
    assert json.dumps(av.draft(GOOD))
