//! File names for untrusted ids: kept when they are plain (`[a-z0-9_-]`, short), else a slug
//! of their ASCII letters and digits, else a hash;
//! unique within a folder, and the same from one build to the next for the same ids.

use std::collections::HashSet;

/// A name that is safe as a file name and inside a relative URL, on any host and file system
/// (lowercase, since some hosts ignore case): the id when it is plain, else its ASCII letters
/// and digits joined by dashes ("Valley Courier" -> "valley-courier"), else a hash of it.
pub fn safe_name(id: &str) -> String {
    let plain = !id.is_empty()
        && id.len() <= 80
        && !id.starts_with(['-', '_'])
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if plain {
        return id.to_string();
    }
    let mut slug = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("h{:016x}", fnv1a(id.as_bytes()))
    } else {
        slug.to_string()
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms (std's hasher is neither).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Names handed out in one folder.
#[derive(Debug, Default)]
pub struct Names {
    used: HashSet<String>,
}

impl Names {
    /// A unique name for `id`: its safe name, or that with `-2`, `-3`, … when taken.
    pub fn claim(&mut self, id: &str) -> String {
        let base = safe_name(id);
        let mut name = base.clone();
        let mut n = 2;
        while !self.used.insert(name.clone()) {
            name = format!("{base}-{n}");
            n += 1;
        }
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ids_stay_others_become_slugs_or_hashes() {
        assert_eq!(safe_name("a-1_b"), "a-1_b");
        assert_eq!(safe_name("Valley Courier"), "valley-courier");
        assert_eq!(safe_name("../../etc/passwd"), "etc-passwd");
        assert_eq!(
            safe_name("<script>alert(1)</script>"),
            "script-alert-1-script"
        );
        for unreadable in ["", "é", "Москва", "..", "-"] {
            let name = safe_name(unreadable);
            assert!(
                name.starts_with('h') && name.len() == 17,
                "{unreadable:?} -> {name}"
            );
        }
        assert_ne!(safe_name("Москва"), safe_name("Киев"));
    }

    #[test]
    fn names_are_unique_in_a_folder() {
        let mut names = Names::default();
        assert_eq!(names.claim("a"), "a");
        assert_eq!(names.claim("a"), "a-2");
        assert_eq!(names.claim("a-2"), "a-2-2");
    }
}
