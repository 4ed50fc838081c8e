//! Scoring against gold corpora (being written).
