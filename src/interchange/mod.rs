//! Other tools' annotation formats, read into the corpus and written from it.

pub mod brat;
