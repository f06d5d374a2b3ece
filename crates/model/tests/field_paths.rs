//! Every data error names the field serde_path_to_error would name: the built-in article is
//! broken in every place a user's file can be (each value given the wrong type, each field
//! removed, an unknown field in each object), and the path that
//! `Article::parse` reports from the error's position is compared with the tracked one.

use article_model::{Article, BUILTIN_ARTICLE_JSON};
use serde_json::{Map, Value};

fn tracked_path(json: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(json);
    let error = serde_path_to_error::deserialize::<_, Article>(&mut de).err()?;
    // A syntax error names its position, not a field (serde_json calls a value of a kind no
    // field takes, such as `false` for an enum, "expected value": a syntax error).
    let path = error.path().to_string();
    let syntax = error.inner().is_syntax() || error.inner().is_eof();
    Some(if syntax || path == "." {
        String::new()
    } else {
        path
    })
}

fn reported_path(json: &str) -> Option<String> {
    Article::parse(json)
        .err()
        .map(|errors| errors[0].path.clone())
}

/// Every variant of `root` with one change at one place, as (what changed, the JSON text).
fn breakages(root: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut places = vec![Vec::<Step>::new()];
    while let Some(at) = places.pop() {
        let node = get(root, &at);
        let mut edit = |what: String, change: &dyn Fn(&mut Value)| {
            let mut copy = root.clone();
            change(get_mut(&mut copy, &at));
            out.push((
                format!("{what} at {at:?}"),
                serde_json::to_string_pretty(&copy).unwrap(),
            ));
        };
        match node {
            Value::Object(map) => {
                edit("an unknown field".into(), &|v| {
                    v.as_object_mut()
                        .unwrap()
                        .insert("zz_unknown".into(), Value::Bool(true));
                });
                for key in map.keys() {
                    edit(format!("no {key}"), &|v| {
                        v.as_object_mut().unwrap().remove(key);
                    });
                    places.push([at.clone(), vec![Step::Key(key.clone())]].concat());
                }
            }
            Value::Array(items) => {
                for index in 0..items.len().min(3) {
                    places.push([at.clone(), vec![Step::Index(index)]].concat());
                }
            }
            _ => {}
        }
        if !at.is_empty() {
            for wrong in [
                Value::Bool(false),
                Value::from(7),
                Value::from("x"),
                Value::Array(vec![]),
                Value::Object(Map::new()),
            ] {
                if std::mem::discriminant(&wrong) != std::mem::discriminant(node) {
                    edit(format!("{wrong}"), &|v| *v = wrong.clone());
                }
            }
        }
    }
    out
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn get<'a>(mut v: &'a Value, at: &[Step]) -> &'a Value {
    for step in at {
        v = match step {
            Step::Key(k) => &v[k],
            Step::Index(i) => &v[*i],
        };
    }
    v
}

fn get_mut<'a>(mut v: &'a mut Value, at: &[Step]) -> &'a mut Value {
    for step in at {
        v = match step {
            Step::Key(k) => &mut v[k],
            Step::Index(i) => &mut v[*i],
        };
    }
    v
}

#[test]
fn a_broken_field_is_named_as_a_path_tracking_parser_names_it() {
    let root: Value = serde_json::from_str(BUILTIN_ARTICLE_JSON).unwrap();
    let cases = breakages(&root);
    assert!(cases.len() > 300, "only {} cases", cases.len());
    let mut compared = 0;
    for (what, json) in &cases {
        // Only type-level errors have a tracked path; what validation refuses names its own.
        let Some(tracked) = tracked_path(json) else {
            continue;
        };
        compared += 1;
        assert_eq!(
            reported_path(json).as_deref(),
            Some(tracked.as_str()),
            "{what}"
        );
    }
    assert!(compared > 200, "only {compared} type errors compared");
}

#[test]
fn a_field_given_twice_is_named() {
    let json = BUILTIN_ARTICLE_JSON.replacen("\"meta\": {", "\"meta\": {\"title\": \"A\",", 1);
    // The tracked path stops at the object ("meta"); the field itself is more use to a reader.
    assert_eq!(tracked_path(&json).as_deref(), Some("meta"));
    assert_eq!(reported_path(&json).as_deref(), Some("meta.title"));
}

#[test]
fn keys_with_escapes_and_compact_text_give_the_same_path() {
    let compact: Value = serde_json::from_str(BUILTIN_ARTICLE_JSON).unwrap();
    let mut json = serde_json::to_string(&compact).unwrap();
    json = json.replacen("\"kind\":\"direct\"", "\"kind\":\"dir\\u0065ctly\"", 1);
    assert!(tracked_path(&json).unwrap().ends_with(".kind"));
    assert_eq!(reported_path(&json), tracked_path(&json));
    let escaped = json.replacen("\"kind\":", "\"\\u006bind\":", 1);
    assert_eq!(reported_path(&escaped), tracked_path(&escaped));
}
