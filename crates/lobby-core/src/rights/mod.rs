//! Requests from the people Lobby holds data about. (Being written.)
