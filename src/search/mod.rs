//! Search: a validated [`query::SearchRequest`] becomes a tantivy query ([`query`]); the
//! hits come back as typed [`query::QuoteHit`]s that [`render`] prints as text or JSON.

pub mod query;
pub mod render;
pub mod show;
