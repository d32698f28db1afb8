//! The deny list and its safe list. (Being written on another branch; this stub only
//! answers "no match" so that check-in can be built against it.)

use crate::error::Result;
use sqlx::SqliteConnection;

/// The deny-list entry the visitor matches, if any.
pub async fn matches(
    _conn: &mut SqliteConnection,
    _name: &str,
    _email: Option<&str>,
    _phone: Option<&str>,
) -> Result<Option<i64>> {
    Ok(None)
}

/// An entry of the deny list (stub).
pub struct DenyEntry {
    pub reason: String,
}

/// One entry by id (stub).
pub async fn get(_conn: &mut SqliteConnection, _id: i64) -> Result<Option<DenyEntry>> {
    Ok(None)
}
