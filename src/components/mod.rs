pub mod article_body;
pub mod article_header;
pub mod copy_button;
pub mod date_text;
pub mod error_panel;
pub mod notices;
pub mod source_panel;
pub mod voice_filter;
