//! Search: a validated [`request::SearchRequest`] becomes tantivy queries ([`query`], with
//! [`syntax`] checking the user's text first); [`run`] collects the matching set
//! ([`collect`]: copies of one quote grouped, facets counted), orders it and reads the
//! page into typed [`hit`]s with [`highlight`]ed words, which [`render`] writes as text,
//! JSON, JSON Lines, CSV or Markdown. [`show`] looks a citation up in its context; [`periods`]
//! lists a histogram's empty periods, [`shares`] each period's share of all articles, and
//! [`tags`] reads a hit's countries from their column; [`speakers`] turns a typed speaker
//! name into the spellings of the people it designates, and lists the people quoted in a
//! matching set; [`stats`] ranks a search without `--reported` as if reported statements
//! were not indexed.

pub mod collect;
pub mod columns;
pub mod exclusion;
pub mod highlight;
pub mod hit;
pub mod join;
pub mod parents;
pub mod periods;
pub mod query;
pub mod render;
pub mod request;
pub mod run;
pub mod shares;
pub mod show;
pub mod speakers;
pub mod stats;
pub mod syntax;
pub mod tags;
