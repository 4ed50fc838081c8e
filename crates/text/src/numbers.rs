//! English number phrases (being written).
