//! Records as Python objects without JSON text in between.
//!
//! A worker thread serializes a record (its `Serialize` impl, the one that
//! writes `newsfacts run`'s line) into a [`Tape`]: a flat list of tokens
//! with every string in one buffer and every distinct map key listed once.
//! The calling thread then builds the dicts from the tape with the GIL held
//! ([`Tape::build`]), making each key once per tape (interned, as
//! `json.loads` shares a key between the objects of one document) and
//! nothing else but the objects themselves: no tokenizing, no escapes, no
//! number parsing, no offsets to convert (that was done on the worker).
//!
//! The objects are those `json.loads` makes of the record's JSON line:
//! [`TapeWriter`] follows `serde_json`'s rules (non-finite floats are
//! `null`, map keys are strings or numbers written as strings, enum variants
//! are strings or one-key objects, bytes are lists of numbers). Whatever
//! `serde_json` writes differently (its `RawValue`), or refuses, is refused
//! here ([`Unsupported`]), and the caller then decodes the JSON line instead.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde::ser::{self, Serialize};

/// One token of a [`Tape`].
#[derive(Clone, Copy, Debug)]
enum Tok {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    /// A big integer, written as its decimal digits in the buffer.
    BigInt(u32, u32),
    /// A string: the range of its bytes in the buffer.
    Str(u32, u32),
    /// A short string, one of [`Tape::shared`]: its index there.
    Shared(u32),
    /// A map key, one of [`Tape::shared`]: its index there.
    Key(u32),
    /// The start of a map: keys and values follow, up to [`Tok::End`].
    Map,
    /// The start of a list: values follow, up to [`Tok::End`].
    Seq,
    End,
}

/// Serialized values, ready to become Python objects.
#[derive(Debug, Default)]
pub struct Tape {
    toks: Vec<Tok>,
    /// Every string value, one after the other.
    buf: String,
    /// The distinct map keys and short strings, in order of first use:
    /// each becomes one Python string however often it occurs (a record's
    /// short strings repeat: `DATE`, `reported`, `said`, names).
    shared: Vec<String>,
    /// Whether each of [`Tape::shared`] is used as a map key (keys are
    /// interned, as the keys of a dict literal are).
    is_key: Vec<bool>,
    /// Where each value (each record) starts in `toks`.
    starts: Vec<usize>,
    /// This tape's number in the process (0 until the first push), which
    /// marks its entries in the thread's [`KeyIndex`].
    id: u64,
}

/// A value that `serde_json` would write in a way this module does not
/// copy, or refuse: the caller falls back to the JSON line.
#[derive(Debug)]
pub struct Unsupported(String);

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

impl Tape {
    /// Appends `value` to the tape as one more value. On an error the tape
    /// is left as it was, and the caller writes that value some other way.
    pub fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        INDEX.with(|index| match index.try_borrow_mut() {
            Ok(mut index) => self.push_with(value, &mut index),
            // Only if a `Serialize` impl wrote a record from inside one.
            Err(_) => self.push_with(value, &mut KeyIndex::default()),
        })
    }

    fn push_with<T: Serialize + ?Sized>(
        &mut self,
        value: &T,
        index: &mut KeyIndex,
    ) -> Result<(), Unsupported> {
        if self.id == 0 {
            self.id = NEXT_TAPE.fetch_add(1, Ordering::Relaxed) + 1;
        }
        if index.tape != self.id {
            index.ids.clear();
            index.tape = self.id;
        }
        let (toks, buf, shared) = (self.toks.len(), self.buf.len(), self.shared.len());
        let mut w = TapeWriter { tape: self, index };
        match value.serialize(&mut w) {
            Ok(()) => {
                self.starts.push(toks);
                Ok(())
            }
            Err(e) => {
                self.toks.truncate(toks);
                self.buf.truncate(buf);
                self.is_key.truncate(shared);
                for s in self.shared.drain(shared..) {
                    if let Some(short) = Short::new(&s) {
                        index.ids.remove(&short);
                    }
                }
                Err(e)
            }
        }
    }

    /// The values pushed, as Python objects, in order.
    pub fn build<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let keys: Vec<Bound<'py, PyString>> = self
            .shared
            .iter()
            .zip(&self.is_key)
            .map(|(s, &key)| {
                if key {
                    PyString::intern(py, s)
                } else {
                    PyString::new(py, s)
                }
            })
            .collect();
        let mut out = Vec::with_capacity(self.starts.len());
        for &start in &self.starts {
            let mut pos = start;
            out.push(self.value(py, &keys, &mut pos)?);
        }
        Ok(out)
    }

    /// The value that starts at `*pos`, which is moved past it.
    fn value<'py>(
        &self,
        py: Python<'py>,
        keys: &[Bound<'py, PyString>],
        pos: &mut usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let tok = *self.toks.get(*pos).ok_or_else(malformed)?;
        *pos += 1;
        Ok(match tok {
            Tok::Null => py.None().into_bound(py),
            Tok::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
            Tok::Int(i) => i.into_pyobject(py)?.into_any(),
            Tok::UInt(u) => u.into_pyobject(py)?.into_any(),
            Tok::Float(f) => f.into_pyobject(py)?.into_any(),
            Tok::BigInt(a, b) => py
                .get_type::<pyo3::types::PyInt>()
                .call1((&self.buf[a as usize..b as usize],))?,
            Tok::Str(a, b) => PyString::new(py, &self.buf[a as usize..b as usize]).into_any(),
            Tok::Shared(i) => keys[i as usize].clone().into_any(),
            Tok::Map => {
                let dict = PyDict::new(py);
                loop {
                    match *self.toks.get(*pos).ok_or_else(malformed)? {
                        Tok::End => break,
                        Tok::Key(k) => {
                            *pos += 1;
                            let v = self.value(py, keys, pos)?;
                            dict.set_item(&keys[k as usize], v)?;
                        }
                        _ => return Err(malformed()),
                    }
                }
                *pos += 1;
                dict.into_any()
            }
            Tok::Seq => {
                let mut items = Vec::new();
                while !matches!(self.toks.get(*pos).ok_or_else(malformed)?, Tok::End) {
                    items.push(self.value(py, keys, pos)?);
                }
                *pos += 1;
                PyList::new(py, items)?.into_any()
            }
            Tok::Key(_) | Tok::End => return Err(malformed()),
        })
    }
}

/// The error for a tape that a `Serialize` impl left inconsistent (a map
/// value without its key): a bug in that impl, reported, not a panic.
fn malformed() -> PyErr {
    pyo3::exceptions::PyRuntimeError::new_err(
        "a record could not be converted: a map value without a key",
    )
}

/// The strings of one tape's [`Tape::shared`] (the tape [`KeyIndex::tape`])
/// and their index there. One per thread, emptied for each new tape but
/// never freed: its table stays the size of a chunk's strings, in cache,
/// and holds them inline (no allocation per string, no pointer to follow).
#[derive(Debug, Default)]
struct KeyIndex {
    ids: HashMap<Short, u32, BuildHasherDefault<FxHasher>>,
    /// The [`Tape::id`] of the tape whose strings `ids` holds.
    tape: u64,
    /// The text of the map key being written.
    key: String,
}

/// A string of up to [`SHARED_LEN`] bytes, held inline.
#[derive(Clone, Copy, Debug)]
struct Short {
    len: u8,
    bytes: [u8; SHARED_LEN],
}

impl Short {
    fn new(s: &str) -> Option<Short> {
        let mut bytes = [0; SHARED_LEN];
        bytes.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Short {
            len: s.len() as u8,
            bytes,
        })
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
}

impl PartialEq for Short {
    fn eq(&self, other: &Short) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Short {}

impl std::hash::Hash for Short {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.as_bytes());
    }
}

thread_local! {
    static INDEX: std::cell::RefCell<KeyIndex> = std::cell::RefCell::default();
}

/// The next [`Tape::id`] less one: ids are unique in the process, so a
/// thread's [`KeyIndex`] is used only by the tape that filled it.
static NEXT_TAPE: AtomicU64 = AtomicU64::new(0);

/// The multiply-rotate hash of rustc (`FxHasher`), for [`KeyIndex`]: its
/// strings are short and not chosen by an adversary who could gain by
/// collisions (a record's keys and values; at worst a slower batch), and
/// SipHash cost the worker a tenth of its time on them.
#[derive(Default)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i.into());
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The `serde` serializer that writes a [`Tape`].
struct TapeWriter<'a> {
    tape: &'a mut Tape,
    index: &'a mut KeyIndex,
}

impl TapeWriter<'_> {
    fn str(&mut self, s: &str) {
        if s.len() <= SHARED_LEN {
            let id = self.shared(s);
            self.tape.toks.push(Tok::Shared(id));
            return;
        }
        let a = self.tape.buf.len() as u32;
        self.tape.buf.push_str(s);
        self.tape.toks.push(Tok::Str(a, self.tape.buf.len() as u32));
    }

    fn key(&mut self, k: &str) {
        let id = self.shared(k);
        self.tape.is_key[id as usize] = true;
        self.tape.toks.push(Tok::Key(id));
    }

    /// The index of `s` in [`Tape::shared`], added if new.
    fn shared(&mut self, s: &str) -> u32 {
        let next = self.tape.shared.len() as u32;
        // A longer string (only a long map key) is not looked up: it gets
        // an entry of its own each time.
        if let Some(short) = Short::new(s) {
            match self.index.ids.entry(short) {
                std::collections::hash_map::Entry::Occupied(e) => return *e.get(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(next);
                }
            }
        }
        self.tape.shared.push(s.to_string());
        self.tape.is_key.push(false);
        next
    }

    fn tok(&mut self, t: Tok) {
        self.tape.toks.push(t);
    }

    fn big(&mut self, digits: String) {
        let a = self.tape.buf.len() as u32;
        self.tape.buf.push_str(&digits);
        self.tape
            .toks
            .push(Tok::BigInt(a, self.tape.buf.len() as u32));
    }
}

/// Strings up to this many bytes are written once per tape
/// ([`Tape::shared`]); longer ones (quotes, most spans' text) rarely repeat.
const SHARED_LEN: usize = 32;

type Res = Result<(), Unsupported>;

impl<'a, 'b> ser::Serializer for &'a mut TapeWriter<'b> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Res {
        self.tok(Tok::Bool(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Res {
        self.tok(Tok::Int(v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Res {
        match i64::try_from(v) {
            Ok(v) => self.serialize_i64(v),
            Err(_) => match u64::try_from(v) {
                Ok(v) => self.serialize_u64(v),
                Err(_) => {
                    self.big(v.to_string());
                    Ok(())
                }
            },
        }
    }
    fn serialize_u8(self, v: u8) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Res {
        match i64::try_from(v) {
            Ok(v) => self.tok(Tok::Int(v)),
            Err(_) => self.tok(Tok::UInt(v)),
        }
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Res {
        match u64::try_from(v) {
            Ok(v) => self.serialize_u64(v),
            Err(_) => {
                self.big(v.to_string());
                Ok(())
            }
        }
    }
    fn serialize_f32(self, v: f32) -> Res {
        if v.is_finite() {
            // serde_json writes an f32's shortest digits, which `json.loads`
            // reads back as the f64 nearest to them (not `v as f64`).
            let text = v.to_string();
            let parsed = text
                .parse::<f64>()
                .map_err(|e| Unsupported(e.to_string()))?;
            self.tok(Tok::Float(parsed));
        } else {
            self.tok(Tok::Null);
        }
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Res {
        self.tok(if v.is_finite() {
            Tok::Float(v)
        } else {
            Tok::Null
        });
        Ok(())
    }
    fn serialize_char(self, v: char) -> Res {
        self.str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Res {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Res {
        self.tok(Tok::Seq);
        for &b in v {
            self.tok(Tok::Int(b.into()));
        }
        self.tok(Tok::End);
        Ok(())
    }
    fn serialize_none(self) -> Res {
        self.tok(Tok::Null);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Res {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.tok(Tok::Null);
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Res {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _i: u32, variant: &'static str) -> Res {
        self.str(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Res {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        value: &T,
    ) -> Res {
        self.tok(Tok::Map);
        self.key(variant);
        value.serialize(&mut *self)?;
        self.tok(Tok::End);
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self, Unsupported> {
        self.tok(Tok::Seq);
        Ok(self)
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self, Unsupported> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self, Unsupported> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self, Unsupported> {
        // `{variant: [...]}`: both are closed by `end`.
        self.tok(Tok::Map);
        self.key(variant);
        self.tok(Tok::Seq);
        Ok(self)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self, Unsupported> {
        self.tok(Tok::Map);
        Ok(self)
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Self, Unsupported> {
        // serde_json's own markers (`RawValue`: JSON text written as it
        // is; `Number` with arbitrary precision): only serde_json knows them.
        if name.starts_with("$serde_json::") {
            return Err(Unsupported(format!("serde_json's private `{name}`")));
        }
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self, Unsupported> {
        self.tok(Tok::Map);
        self.key(variant);
        self.tok(Tok::Map);
        Ok(self)
    }
}

impl ser::SerializeSeq for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        Ok(())
    }
}

impl ser::SerializeTuple for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        Ok(())
    }
}

impl ser::SerializeTupleStruct for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        Ok(())
    }
}

impl ser::SerializeTupleVariant for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        self.tok(Tok::End);
        Ok(())
    }
}

impl ser::SerializeMap for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Res {
        // Written into a buffer kept from key to key: no allocation each.
        let mut text = std::mem::take(&mut self.index.key);
        text.clear();
        key.serialize(KeyWriter(&mut text))?;
        self.key(&text);
        self.index.key = text;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Res {
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        Ok(())
    }
}

impl ser::SerializeStruct for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Res {
        self.key(key);
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        Ok(())
    }
}

impl ser::SerializeStructVariant for &mut TapeWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Res {
        self.key(key);
        value.serialize(&mut **self)
    }
    fn end(self) -> Res {
        self.tok(Tok::End);
        self.tok(Tok::End);
        Ok(())
    }
}

/// A map key as `serde_json` writes it: strings, and numbers, booleans and
/// unit variants as their text. Anything else is [`Unsupported`].
struct KeyWriter<'k>(&'k mut String);

impl KeyWriter<'_> {
    fn put(self, text: impl std::fmt::Display) -> Result<(), Unsupported> {
        use std::fmt::Write;
        write!(self.0, "{text}").map_err(|e| Unsupported(e.to_string()))
    }
}

fn unsupported<T>(what: &str) -> Result<T, Unsupported> {
    Err(Unsupported(format!("a map key that is {what}")))
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = ser::Impossible<(), Unsupported>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Unsupported> {
        unsupported("a number with a fraction")
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Unsupported> {
        unsupported("a number with a fraction")
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.put(v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.0.push_str(v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Unsupported> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        unsupported("none")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _v: &T) -> Result<(), Unsupported> {
        unsupported("an option")
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        unsupported("a unit")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Unsupported> {
        unsupported("a unit")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.put(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _i: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Unsupported> {
        unsupported("an enum variant with data")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        unsupported("a list")
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Unsupported> {
        unsupported("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        unsupported("a tuple")
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _i: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        unsupported("an enum variant with data")
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        unsupported("a map")
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        unsupported("a struct")
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _i: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        unsupported("an enum variant with data")
    }
}
