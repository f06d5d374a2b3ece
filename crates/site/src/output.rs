//! The output folder: made safe to write (never someone else's files), the viewer and the
//! assets copied in, and every file counted for the summary.

use crate::{SiteError, Summary};
use std::fs;
use std::path::{Path, PathBuf};

/// Marks a folder as written by `corpus site`, so a later build may replace it.
const MARKER: &str = ".corpus-site";
const SITE_CSS: &str = include_str!("../assets/site.css");
const SITE_JS: &str = include_str!("../assets/site.js");

pub struct Output {
    root: PathBuf,
    summary: Summary,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SiteError + '_ {
    move |error| SiteError::Io {
        path: path.to_path_buf(),
        error,
    }
}

impl Output {
    /// A new or empty folder, or one this command wrote before (emptied first).
    pub fn prepare(root: &Path) -> Result<Output, SiteError> {
        if root.exists() {
            let mut entries = fs::read_dir(root).map_err(io(root))?;
            if entries.next().is_some() {
                if !root.join(MARKER).is_file() {
                    return Err(SiteError::NotOurs(root.to_path_buf()));
                }
                fs::remove_dir_all(root).map_err(io(root))?;
            }
        }
        fs::create_dir_all(root).map_err(io(root))?;
        let marker = root.join(MARKER);
        fs::write(&marker, "written by corpus site\n").map_err(io(&marker))?;
        Ok(Output {
            root: root.to_path_buf(),
            summary: Summary::default(),
        })
    }

    /// Copies the viewer's built files into `viewer/`.
    pub fn copy_viewer(&self, from: &Path) -> Result<(), SiteError> {
        if !from.join("index.html").is_file() || !from.join("embed.html").is_file() {
            return Err(SiteError::NoViewer(from.to_path_buf()));
        }
        copy_dir(from, &self.root.join("viewer"))
    }

    pub fn write_assets(&mut self) -> Result<(), SiteError> {
        self.write("assets/site.css", SITE_CSS.as_bytes())?;
        self.write("assets/site.js", SITE_JS.as_bytes())
    }

    /// Writes `rel` (a path made by this crate, with `/`), making its folder.
    pub fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<(), SiteError> {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::write(&path, bytes).map_err(io(&path))?;
        self.summary.files += 1;
        self.summary.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Writes an HTML page, counted as one.
    pub fn page(&mut self, rel: &str, html: &str) -> Result<(), SiteError> {
        self.write(rel, html.as_bytes())?;
        let size = html.len() as u64;
        self.summary.pages += 1;
        self.summary.html_bytes += size;
        self.summary.largest_page = self.summary.largest_page.max(size);
        Ok(())
    }

    pub fn summary(&self) -> Summary {
        self.summary.clone()
    }
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), SiteError> {
    fs::create_dir_all(to).map_err(io(to))?;
    for entry in fs::read_dir(from).map_err(io(from))? {
        let entry = entry.map_err(io(from))?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        if entry.file_type().map_err(io(&path))?.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            fs::copy(&path, &target).map_err(io(&path))?;
        }
    }
    Ok(())
}
