//! Tags kept only in fast columns (countries), read back for the hits of one page: the
//! document store does not hold them, and a spreadsheet row wants them.

use crate::index::reader::IndexHandle;
use tantivy::{DocAddress, Searcher};

/// The ISO codes of the countries tagged in the document at `address`, in dictionary order;
/// none when the column cannot be read.
pub fn countries_of(handle: &IndexHandle, searcher: &Searcher, address: DocAddress) -> Vec<String> {
    let name = handle.index.schema().get_field_name(handle.fields.countries).to_owned();
    let reader = searcher.segment_reader(address.segment_ord);
    let Ok(Some(column)) = reader.fast_fields().str(&name) else {
        return Vec::new();
    };
    let mut codes = Vec::new();
    for ord in column.term_ords(address.doc_id) {
        let mut code = String::new();
        if column.ord_to_str(ord, &mut code).unwrap_or(false) {
            codes.push(code.to_uppercase());
        }
    }
    codes
}
