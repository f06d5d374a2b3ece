//! The editor page's entry point (`editor.html`): a wasm of its own, so that the viewer's first
//! load carries none of the importer or the editing commands.

fn main() {
    article_viewer::mount::mount_editor();
}
