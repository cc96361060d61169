//! The user interface, one component per file. Components read their texts
//! from `content` and report user actions through `on_*` callbacks.

pub mod back_link;
pub mod blocs_input;
pub mod calendar;
pub mod check;
pub mod costs;
pub mod dispenses;
pub mod error_summary;
pub mod next_step;
pub mod outcome_card;
pub mod question;
pub mod result;
pub mod start;
pub mod summary_list;
