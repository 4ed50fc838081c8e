//! Text with marks over ranges of it, written as nested HTML elements.
//!
//! Findings overlap: a date inside a quote, a casualty figure that starts
//! inside a quote and ends after it. HTML elements must nest, so the text is
//! cut at every span boundary and each mark is written as one element per
//! stretch it covers between cuts that force it shut: a mark that crosses the
//! end of another is closed there and reopened right after as a
//! *continuation* fragment (class `cont`). Its last fragment has class `tail`
//! (where a label is shown). Longer marks are opened first, so they are the
//! outer elements and fragments stay few.
//!
//! The text between the tags is the text itself, escaped and nothing else, so
//! the text content of the written HTML equals the text exactly (the one
//! exception: U+0000, which an HTML parser never keeps, is written as a
//! reference that reads back as U+FFFD).
//!
//! ```
//! use newsfacts_view::annotate::{Mark, render};
//! let text = "He said on Monday that 3 died.";
//! let marks = [
//!     Mark::new(8, 29, "q").class("quote"),
//!     Mark::new(11, 17, "d").class("date"),
//! ];
//! let html = render(text, &marks);
//! assert_eq!(
//!     html,
//!     "He said <mark class=\"quote tail\" data-f=\"q\">on <mark class=\"date tail\" data-f=\"d\">Monday</mark> that 3 died</mark>."
//! );
//! ```

use std::fmt::Write as _;

/// One element over `start..end` (byte offsets into the text, on char
/// boundaries), identified by `id` (written as `data-f`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The element's identity: every fragment of the mark carries it as `data-f`
    /// (or as the attribute named by [`Mark::id_attr`]).
    pub id: String,
    /// Element name: `mark` unless set.
    pub tag: &'static str,
    /// The attribute that carries the id: `data-f` unless set.
    pub id_attr: &'static str,
    /// Classes, space-separated (`cont` and `tail` are added per fragment).
    pub class: String,
    /// Other attributes, written on every fragment (values are escaped here).
    pub attrs: Vec<(&'static str, String)>,
    /// Tie-break for marks over the same range: lower is outer.
    pub rank: u8,
}

impl Mark {
    /// A `<mark>` over `start..end` with id `id`.
    pub fn new(start: usize, end: usize, id: impl Into<String>) -> Mark {
        Mark {
            start,
            end,
            id: id.into(),
            tag: "mark",
            id_attr: "data-f",
            class: String::new(),
            attrs: Vec::new(),
            rank: 0,
        }
    }

    /// Sets the classes.
    pub fn class(mut self, class: impl Into<String>) -> Mark {
        self.class = class.into();
        self
    }

    /// Adds an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Mark {
        self.attrs.push((name, value.into()));
        self
    }

    /// Sets the element name.
    pub fn tag(mut self, tag: &'static str) -> Mark {
        self.tag = tag;
        self
    }

    /// Sets the attribute that carries the id.
    pub fn id_attr(mut self, name: &'static str) -> Mark {
        self.id_attr = name;
        self
    }

    /// Sets the tie-break rank (lower is outer).
    pub fn rank(mut self, rank: u8) -> Mark {
        self.rank = rank;
        self
    }
}

/// What [`render`] writes, in order.
enum Event {
    Text(usize, usize),
    /// Open a fragment of mark `.0`; `.1`: a continuation; `.2`: the last fragment.
    Open(usize, bool, bool),
    Close(usize),
}

/// Writes `text` with `marks` as nested elements (see the module docs).
///
/// Marks whose range is not inside the text or not on char boundaries are
/// left out (check them first with [`valid`] to report them).
pub fn render(text: &str, marks: &[Mark]) -> String {
    let marks: Vec<&Mark> = marks.iter().filter(|m| valid(text, m)).collect();
    let events = plan(text.len(), &marks);
    let mut out = String::with_capacity(text.len() + marks.len() * 64);
    for e in events {
        match e {
            Event::Text(a, b) => escape_text(&mut out, &text[a..b]),
            Event::Open(i, cont, tail) => open_tag(&mut out, marks[i], cont, tail),
            Event::Close(i) => {
                out.push_str("</");
                out.push_str(marks[i].tag);
                out.push('>');
            }
        }
    }
    out
}

/// Whether `mark` lies inside `text` on char boundaries.
pub fn valid(text: &str, mark: &Mark) -> bool {
    mark.start <= mark.end
        && mark.end <= text.len()
        && text.is_char_boundary(mark.start)
        && text.is_char_boundary(mark.end)
}

/// The events that write the marks nested: a stack of open fragments; at
/// each boundary the fragments of marks ending there are closed (with those
/// opened inside them, which are reopened as continuations), then the marks
/// starting there are opened, longest first.
fn plan(len: usize, marks: &[&Mark]) -> Vec<Event> {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| {
        (
            marks[i].start,
            std::cmp::Reverse(marks[i].end),
            marks[i].rank,
        )
    });
    let mut bounds: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).collect();
    bounds.push(len);
    bounds.sort_unstable();
    bounds.dedup();

    let mut events = Vec::with_capacity(marks.len() * 3 + bounds.len());
    // (mark, index of its open event)
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    let mut pos = 0;
    for b in bounds {
        if b > pos {
            events.push(Event::Text(pos, b));
            pos = b;
        }
        let mut reopen = Vec::new();
        if let Some(lowest) = stack.iter().position(|&(m, _)| marks[m].end == b) {
            while stack.len() > lowest {
                let Some((m, open)) = stack.pop() else { break };
                events.push(Event::Close(m));
                if marks[m].end == b {
                    if let Some(Event::Open(_, _, tail)) = events.get_mut(open) {
                        *tail = true;
                    }
                } else {
                    reopen.push(m);
                }
            }
            reopen.reverse();
        }
        // (mark, continuation)
        let mut opening: Vec<(usize, bool)> = reopen.into_iter().map(|m| (m, true)).collect();
        while next < order.len() && marks[order[next]].start == b {
            let m = order[next];
            next += 1;
            if marks[m].end == b {
                // Empty: written in place, whole.
                events.push(Event::Open(m, false, true));
                events.push(Event::Close(m));
            } else {
                opening.push((m, false));
            }
        }
        opening.sort_by_key(|&(m, cont)| (std::cmp::Reverse(marks[m].end), !cont, marks[m].rank));
        for (m, cont) in opening {
            stack.push((m, events.len()));
            events.push(Event::Open(m, cont, false));
        }
    }
    events
}

fn open_tag(out: &mut String, m: &Mark, cont: bool, tail: bool) {
    out.push('<');
    out.push_str(m.tag);
    let mut class = m.class.clone();
    for (on, name) in [(cont, "cont"), (tail, "tail")] {
        if on {
            if !class.is_empty() {
                class.push(' ');
            }
            class.push_str(name);
        }
    }
    if !class.is_empty() {
        write_attr(out, "class", &class);
    }
    write_attr(out, m.id_attr, &m.id);
    for (name, value) in &m.attrs {
        write_attr(out, name, value);
    }
    out.push('>');
}

fn write_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape_attr(out, value);
    out.push('"');
}

/// Escapes text for an element's content so that an HTML parser reads back
/// exactly `s` (but U+0000, which no parser keeps, reads back as U+FFFD).
///
/// `&`, `<`, `>` as entities; CR as `&#13;` (a raw CR would be read as a line
/// feed); NUL as `&#0;`.
pub fn escape_text(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\r' => "&#13;",
            b'\0' => "&#0;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// Escapes an attribute value (double-quoted): as [`escape_text`] plus `"`,
/// `'`, and line breaks as references.
pub fn escape_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push_str("&#0;"),
            '\r' | '\n' | '\t' => {
                let _ = write!(out, "&#{};", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// [`escape_attr`] into a new string.
pub fn attr_escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_attr(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize, id: &str) -> Mark {
        Mark::new(start, end, id)
    }

    #[test]
    fn crossing_marks_are_split_and_reopened() {
        // quote 0..10 and figure 6..14 cross at 10.
        let text = "abcdefghijklmnop";
        let html = render(text, &[m(0, 10, "q"), m(6, 14, "c")]);
        assert_eq!(
            html,
            "<mark class=\"tail\" data-f=\"q\">abcdef<mark data-f=\"c\">ghij</mark></mark>\
             <mark class=\"cont tail\" data-f=\"c\">klmn</mark>op"
        );
    }

    #[test]
    fn same_range_nests_by_rank_and_empty_marks_stay() {
        let text = "a Monday b";
        let html = render(
            text,
            &[
                m(2, 8, "inner").rank(2),
                m(2, 8, "outer").rank(1),
                m(9, 9, "e"),
            ],
        );
        assert_eq!(
            html,
            "a <mark class=\"tail\" data-f=\"outer\"><mark class=\"tail\" data-f=\"inner\">Monday</mark></mark> \
             <mark class=\"tail\" data-f=\"e\"></mark>b"
        );
    }

    #[test]
    fn text_is_escaped_so_a_parser_reads_it_back() {
        let mut out = String::new();
        escape_text(&mut out, "a<b>&c\r\n\0é");
        assert_eq!(out, "a&lt;b&gt;&amp;c&#13;\n&#0;é");
        assert_eq!(attr_escaped("x\"y'<\n"), "x&quot;y&#39;&lt;&#10;");
    }

    #[test]
    fn marks_off_the_text_or_off_char_boundaries_are_left_out() {
        let text = "Kyïv";
        assert!(!valid(text, &m(0, 3, "x")), "inside ï");
        assert!(!valid(text, &m(2, 9, "x")));
        assert!(!valid(text, &m(3, 2, "x")));
        assert_eq!(
            render(text, &[m(0, 3, "x"), m(0, 2, "y")])
                .matches("<mark")
                .count(),
            1
        );
    }
}
