//! [`nesting`]: how deep a page nests its elements, estimated in one linear
//! pass before the page is parsed.
//!
//! The HTML parser and the extractors are fast on real pages (whose
//! elements nest 10 to 300 deep: 288 at most on the 181 pages of the
//! extraction benchmark) but not on hostile ones: they take time that grows
//! with the square of the depth (1.4 s for 2,000 nested `<div>`s, 42 s for
//! 10,000) and recurse (200,000 nested `<b>`s overflow the stack). So a page
//! nesting deeper than [`MAX_DEPTH`] is refused before parsing.
//!
//! The estimate keeps a stack of open element names: void elements
//! (`<br>`, `<img>`, ...), self-closed tags and elements that close
//! themselves (`<p>`, `<li>`, `<td>`, ...) are not pushed; an end tag pops
//! up to its element if it is open (the topmost 64 entries are searched) and
//! is ignored otherwise, as the parser ignores it; comments and the contents
//! of `<script>`, `<style>`, `<textarea>`, `<title>` are skipped.

/// The deepest nesting parsed: 3.5 times the deepest page of the
/// benchmark, and about 0.35 s of parsing in the worst case.
pub const MAX_DEPTH: usize = 1000;

/// Elements that never have content.
const VOID: [&[u8]; 16] = [
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr", b"param", b"keygen", b"frame",
];
/// Elements closed by the next of their kind (or their parent's end).
const SELF_CLOSING: [&[u8]; 17] = [
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"tr",
    b"td",
    b"th",
    b"tbody",
    b"thead",
    b"tfoot",
    b"colgroup",
    b"rb",
    b"rt",
    b"rp",
    b"rtc",
];
/// Elements whose content is text, not markup.
const RAW: [&[u8]; 5] = [b"script", b"style", b"textarea", b"title", b"xmp"];

/// The estimated nesting depth of `html`, counted up to `limit + 1` (the
/// scan stops there).
pub fn nesting(html: &[u8], limit: usize) -> usize {
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut deepest = 0;
    let mut at = 0;
    while let Some(i) = html.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        at += i + 1;
        let rest = html.get(at..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            at += find(rest, b"-->").map_or(rest.len(), |j| j + 3);
            continue;
        }
        let close = rest.first() == Some(&b'/');
        let name_start = usize::from(close);
        let name_len = rest
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !rest.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name: Vec<u8> = rest
            .get(name_start..name_start + name_len)
            .unwrap_or_default()
            .to_ascii_lowercase();
        let end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
        let tag = rest.get(..end).unwrap_or_default();
        at += end;
        if close {
            let top = stack.len().saturating_sub(64);
            if let Some(pos) = stack
                .get(top..)
                .and_then(|s| s.iter().rposition(|n| *n == name))
            {
                stack.truncate(top + pos);
            }
            continue;
        }
        if RAW.contains(&name.as_slice()) {
            let rest = html.get(at..).unwrap_or_default();
            let mut closing = b"</".to_vec();
            closing.extend_from_slice(&name);
            at += find_ci(rest, &closing).unwrap_or(rest.len());
            continue;
        }
        if VOID.contains(&name.as_slice())
            || SELF_CLOSING.contains(&name.as_slice())
            || tag.ends_with(b"/")
        {
            continue;
        }
        stack.push(name);
        deepest = deepest.max(stack.len());
        if deepest > limit {
            break;
        }
    }
    deepest
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// `needle` (lower case) in `hay`, ASCII case-insensitively.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle.first()?;
    let mut at = 0;
    while let Some(i) = hay.get(at..).and_then(|h| memchr::memchr(*first, h)) {
        let start = at + i;
        if hay
            .get(start..start + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_shapes_nest_shallow() {
        let page = b"<html><head><title>a < b</title><script>if (a<b && c<d) {}</script></head>
            <body><div><p>one<p>two<br><img src=x/><ul><li>a<li>b</ul></div>
            <!-- <div><div><div> --></body></html>";
        // html, body, div, ul
        assert_eq!(nesting(page, MAX_DEPTH), 4);
    }

    #[test]
    fn deep_and_unmatched_nesting_is_seen() {
        let deep = "<div>".repeat(5000);
        assert_eq!(nesting(deep.as_bytes(), MAX_DEPTH), MAX_DEPTH + 1);
        // End tags of elements never opened do not undo the depth.
        let sneaky = "<div></zz>".repeat(5000);
        assert!(nesting(sneaky.as_bytes(), MAX_DEPTH) > MAX_DEPTH);
        let closed = "<div><b>x</b></div>".repeat(5000);
        assert_eq!(nesting(closed.as_bytes(), MAX_DEPTH), 2);
        let formatting = "<b>".repeat(5000);
        assert!(nesting(formatting.as_bytes(), MAX_DEPTH) > MAX_DEPTH);
    }

    #[test]
    fn junk_does_not_trip_it() {
        assert_eq!(nesting(b"<<<>>> < / </ <1 <a", MAX_DEPTH), 1);
        assert_eq!(nesting(b"", MAX_DEPTH), 0);
        assert_eq!(nesting(b"<script>", MAX_DEPTH), 0);
    }
}
