//! The deny list and its safe list. (Being written: see the issue.)
