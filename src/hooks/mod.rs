//! Effects that connect the viewer to the browser. They run only in `use_effect`, never during
//! render, so the same components also render natively (prerendering, tests).

pub mod after_frame;
pub mod use_disclosure;
pub mod use_filter_marks;
pub mod use_frame_messages;
pub mod use_hash_sync;
