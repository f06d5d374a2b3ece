"""The API against the command line: the same input gives the same JSON, type for type."""

import json
import tomllib

import pytest

import article_viewer as av
import synthetic
from conftest import ROOT

SEED = (
    "“We will rebuild the bridge,” Mayor Ana Silva said on Monday.\n\n"
    "She said the money was there.\n\n"
    "The council approved the plan on Tuesday."
)


def assert_same_json(got, want, path="$"):
    """Equal, and of the same Python type at every level (1 == 1.0 == True, so == is not enough)."""
    assert type(got) is type(want), f"{path}: {type(got).__name__} != {type(want).__name__}"
    if isinstance(want, dict):
        assert list(got) == list(want), f"{path}: keys {list(got)} != {list(want)}"
        for key in want:
            assert_same_json(got[key], want[key], f"{path}.{key}")
    elif isinstance(want, list):
        assert len(got) == len(want), f"{path}: {len(got)} items != {len(want)}"
        for i, (g, w) in enumerate(zip(got, want)):
            assert_same_json(g, w, f"{path}[{i}]")
    else:
        assert got == want, f"{path}: {got!r} != {want!r}"


CASES = [
    ("seed, no options (language detected)", SEED, {}),
    (
        "seed, every option",
        SEED,
        dict(lang="en", outlet="Harbour City Wire", url="https://news.example.org/bridge",
             date="2026-03-02", title="The bridge will be rebuilt"),
    ),
    ("title line", "The bridge\n\n" + SEED, dict(title_line=True, outlet="Harbour City Wire")),
    ("quotes only", SEED, dict(quotes_only=True)),
    ("a language without rules", "«Ci sarà un ponte», ha detto il sindaco.", dict(lang="it")),
] + [
    (f"synthetic {a['lang'] or 'undetected'} {a['id']}", a["text"],
     {k: a[k] for k in ("lang", "outlet", "url", "date") if a[k] is not None})
    for a in synthetic.corpus(10, seed=3)
]


@pytest.mark.parametrize("text,options", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_draft_is_the_command_lines_json_type_for_type(cli, text, options):
    got = av.draft(text, **options)
    assert_same_json(got, cli.draft(text, **options))
    # And it is JSON data: it survives the round trip unchanged.
    assert_same_json(json.loads(json.dumps(got)), got)


def test_draft_attributes_quotes_to_named_voices():
    article = av.draft(SEED, outlet="Harbour City Wire")
    voices = {v["id"]: v for v in article["voices"]}
    assert voices["ana-silva"]["name"] == "Ana Silva"
    first = article["paragraphs"][0]["passages"][0]
    assert (first["voice"], first["kind"]) == ("ana-silva", "direct")
    assert first["text"] == "“We will rebuild the bridge,”"
    assert 0 <= first["confidence"] <= 100 and first["reason"]


def expected_rows(article, article_id, reviewed):
    """The corpus export's columns, built from the article JSON independently of the package."""
    voices = {v["id"]: v for v in article["voices"]}
    date = article["meta"].get("date", {}).get("value")
    rows = []
    for p, paragraph in enumerate(article["paragraphs"]):
        for passage in paragraph["passages"]:
            voice = voices[passage["voice"]]
            anonymous = voice["kind"] == "person" and voice.get("role") == "anonymous source"
            rows.append({
                "article_id": article_id,
                "outlet": article["source"]["outlet"],
                "date": date,
                "url": article["source"].get("url", ""),
                "paragraph": p,
                "voice": voice["id"],
                "voice_name": voice["name"],
                "voice_kind": "anonymous" if anonymous else voice["kind"],
                "passage_kind": passage["kind"],
                "text": passage["text"],
                "confidence": passage.get("confidence"),
                "reviewed": reviewed,
            })
    return rows


@pytest.mark.parametrize("text,options", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_passages_are_the_export_rows_of_the_command_lines_draft(cli, text, options):
    article = cli.draft(text, **options)
    rows = av.passages(article, article_id="story-1")
    assert_same_json(rows, expected_rows(article, "story-1", False))
    assert all(list(row) == av.PASSAGE_COLUMNS for row in rows)
    # The article's JSON text gives the same rows as its objects.
    assert av.passages(json.dumps(article), article_id="story-1") == rows


def test_passages_of_a_reviewed_article_have_no_confidence():
    article = av.draft(SEED, outlet="Harbour City Wire", date="2026-03-02")
    for paragraph in article["paragraphs"]:
        for passage in paragraph["passages"]:
            passage.pop("confidence", None)
            passage.pop("reason", None)
    rows = av.passages(article, reviewed=True)
    assert {(r["confidence"], r["reviewed"], r["article_id"]) for r in rows} == {(None, True, "")}
    assert {r["date"] for r in rows} == {"2026-03-02"}


def test_passages_make_a_dataframe():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(av.passages(av.draft(SEED), article_id="s"))
    assert list(frame.columns) == av.PASSAGE_COLUMNS
    assert frame.groupby("voice").size()["ana-silva"] == 2


def test_validate_accepts_drafts_objects_text_and_bytes(cli):
    for article in (av.draft(SEED), cli.draft(SEED, outlet="Harbour City Wire")):
        assert av.validate(article) is None
        assert av.validate(json.dumps(article)) is None
        assert av.validate(json.dumps(article).encode()) is None


def test_validate_lists_every_problem_by_field_path():
    article = av.draft(SEED, outlet="Harbour City Wire")
    article["paragraphs"][0]["passages"][0]["voice"] = "nobody"
    article["source"]["url"] = "javascript:alert(1)"
    with pytest.raises(av.InvalidArticle) as caught:
        av.validate(article)
    lines = str(caught.value).splitlines()
    assert lines == caught.value.errors
    assert any(line.startswith("paragraphs[0].passages[0].voice: ") and "nobody" in line
               for line in lines), lines
    assert any(line.startswith("source.url: ") for line in lines), lines
    assert isinstance(caught.value, ValueError)


def test_validate_names_the_field_of_a_type_error():
    article = av.draft(SEED)
    article["paragraphs"][1]["passages"][0]["confidence"] = "high"
    with pytest.raises(av.InvalidArticle) as caught:
        av.validate(article)
    assert caught.value.errors[0].startswith("paragraphs[1].passages[0].confidence: ")


def test_version_is_the_crates():
    with open(ROOT / "crates" / "python" / "Cargo.toml", "rb") as f:
        assert av.__version__ == tomllib.load(f)["package"]["version"]


def test_the_package_is_typed_and_documented():
    from importlib import resources

    package = resources.files("article_viewer")
    assert package.joinpath("py.typed").is_file()
    stubs = package.joinpath("__init__.pyi").read_text()
    for name in av.__all__:
        assert name in stubs, name
    for function in (av.draft, av.passages, av.validate):
        assert function.__doc__ and len(function.__doc__) > 80
        assert function.__text_signature__
