//! Returning visitors' profiles. (Being written.)
