//! The ids of the elements that the app finds by id from more than one
//! place: the root component moves the focus to elements that components
//! render, and `browser` finds the element a page mounts the widget into.
//! Here rather than in the root component, so that components import
//! nothing from it.

/// The element the widget mounts into. A host page may provide it; the page
/// (`index.html`), its guard script and the tests look for it too.
pub const HOST_ID: &str = "deass-eligibility";
/// Each screen's `h1`, which receives focus on every step (it has
/// `tabindex="-1"`).
pub const HEADING_ID: &str = "dee-heading";
/// The error summary, which receives focus when it appears.
pub const ERROR_SUMMARY_ID: &str = "dee-error-summary";
