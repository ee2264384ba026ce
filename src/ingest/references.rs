//! HTML character references left in plain text ("EC President Jos&#233; Manuel Barroso",
//! "Marks &amp; Spencer"): a text file saved from a page may carry them, and every later
//! stage should read the characters they stand for, as it does for an HTML page, whose
//! parser decodes them. Offsets are into the decoded body, as for any article.

/// Named references read: the markup characters and the few typographic ones that text
/// saved from a page carries.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("pound", '£'),
    ("euro", '€'),
    ("copy", '©'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("hellip", '…'),
];

/// The longest reference read, past its "&": "&#x10FFFF;" and "&hellip;" fit.
const LONGEST: usize = 9;

/// `text` with its character references decoded: decimal (`&#233;`), hexadecimal
/// (`&#xE9;`) and the [`NAMED`] ones, each ended by its ";". A reference to no character, or
/// to a control character ("&#5;" in wire copy), and any other "&" stay as written. A text
/// without "&#" or a named reference is returned as it is, without a copy.
pub fn decode_references(text: String) -> String {
    let Some(first) = text.match_indices('&').map(|(at, _)| at).find(|&at| reference_at(&text[at..]).is_some()) else {
        return text;
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match reference_at(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character the reference at the start of `s` (which starts with "&") stands for, and
/// its length in bytes with the "&" and ";".
fn reference_at(s: &str) -> Option<(char, usize)> {
    let end = s.bytes().take(LONGEST + 2).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = match name.strip_prefix('#') {
        Some(number) => {
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            char::from_u32(u32::from_str_radix(digits, radix).ok()?).filter(|c| !c.is_control())?
        }
        None => NAMED.iter().find(|(n, _)| *n == name)?.1,
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_and_named_references_are_decoded() {
        let text =
            "EC President Jos&#233; Manuel Barroso; &#x2019;s &#X2019; Marks &amp; Spencer &quot;yes&quot; &#163;5";
        assert_eq!(
            decode_references(text.into()),
            "EC President José Manuel Barroso; \u{2019}s \u{2019} Marks & Spencer \"yes\" £5"
        );
    }

    #[test]
    fn what_is_no_reference_stays_as_written() {
        for text in ["AT&T and P&O", "&#5;&#5;RM", "&#xD800; &#99999999999; &#; &#x; &bogus; &amp", "a & b;", "&"] {
            assert_eq!(decode_references(text.into()), text);
        }
    }

    #[test]
    fn decoding_never_panics_on_any_text() {
        for text in ["&#233", "&#2;33;", "é&#233;&", "&\u{e9};", "&#\u{e9};", "&#x1F600;&&;;"] {
            let _ = decode_references(text.into());
        }
        assert_eq!(decode_references("&#x1F600;&&;;".into()), "\u{1F600}&&;;");
    }
}
