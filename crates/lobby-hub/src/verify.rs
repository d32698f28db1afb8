//! `audit verify`: every tablet's chain as the hub holds it, walked again from the stored
//! rows, plus what ingesting flagged and the messages it could not read.

use crate::error::Result;
use lobby_core::audit::{self, AuditEntry};
use lobby_core::fleet::RESTORE_ACTION;
use sqlx::postgres::PgPool;
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};

/// One problem: site, tablet, epoch, seq, problem, detail.
pub type Finding = (String, String, i64, i64, String, String);

/// A message the hub could not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub id: i64,
    pub subject: String,
    pub reason: String,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Findings {
    /// Sorted, each problem once.
    pub flags: Vec<Finding>,
    pub rejected: Vec<Rejected>,
    /// Tablet epochs walked.
    pub chains: usize,
}

impl Findings {
    pub fn clean(&self) -> bool {
        self.flags.is_empty() && self.rejected.is_empty()
    }
}

pub async fn verify(pool: &PgPool, site: Option<&str>, tablet: Option<&str>) -> Result<Findings> {
    let rows = sqlx::query(
        "SELECT site, tablet, epoch, seq, at, actor, action, subject, details, prev_hash, hash,
                keyed, row_check
         FROM events
         WHERE ($1::text IS NULL OR site = $1) AND ($2::text IS NULL OR tablet = $2)
         ORDER BY site, tablet, epoch, seq",
    )
    .bind(site)
    .bind(tablet)
    .fetch_all(pool)
    .await?;
    let mut found: BTreeSet<Finding> = BTreeSet::new();
    // Every hash by (site, tablet, seq), for the links of restores.
    let mut by_seq: HashMap<(String, String, i64), Vec<Vec<u8>>> = HashMap::new();
    for r in &rows {
        by_seq
            .entry((r.get(0), r.get(1), r.get(3)))
            .or_default()
            .push(r.get(10));
    }
    // The epoch a tablet's rows start with: its anchor, which needs no restore.
    let mut first_epoch: HashMap<(String, String), i64> = HashMap::new();
    for r in &rows {
        first_epoch.entry((r.get(0), r.get(1))).or_insert(r.get(2));
    }
    let mut chains = 0;
    let mut current: Option<(String, String, i64)> = None;
    let mut prev: Option<(i64, Vec<u8>)> = None;
    let mut keyed_seen = false;
    for r in &rows {
        let (s, t, epoch): (String, String, i64) = (r.get(0), r.get(1), r.get(2));
        let entry = AuditEntry {
            seq: r.get(3),
            at: r.get(4),
            actor: r.get(5),
            action: r.get(6),
            subject: r.get(7),
            details: r.get(8),
        };
        let (stored_prev, hash, keyed, check): (Vec<u8>, Vec<u8>, bool, String) =
            (r.get(9), r.get(10), r.get(11), r.get(12));
        let seq = entry.seq;
        let mut flag = |seq: i64, problem: &str, detail: String| {
            found.insert((
                s.clone(),
                t.clone(),
                epoch,
                seq,
                problem.to_string(),
                detail,
            ));
        };
        let this = (s.clone(), t.clone(), epoch);
        if current.as_ref() != Some(&this) {
            chains += 1;
            current = Some(this);
            prev = None;
            keyed_seen = false;
            let first_of_tablet = first_epoch.get(&(s.clone(), t.clone())) == Some(&epoch);
            if !first_of_tablet {
                let links = seq == epoch
                    && entry.action == RESTORE_ACTION
                    && by_seq
                        .get(&(s.clone(), t.clone(), epoch - 1))
                        .is_some_and(|h| h.contains(&stored_prev));
                if !links {
                    flag(
                        seq,
                        "fork",
                        format!("epoch {epoch} does not start with a restore"),
                    );
                }
            }
        }
        if let Some((prev_seq, prev_hash)) = &prev {
            if seq != prev_seq + 1 {
                flag(
                    prev_seq + 1,
                    "gap",
                    format!("{}..{}", prev_seq + 1, seq - 1),
                );
            } else if stored_prev != *prev_hash {
                flag(seq, "unlinked", String::new());
            }
        }
        if keyed_seen && !keyed {
            flag(seq, "unkeyed", String::new());
        }
        keyed_seen |= keyed;
        if check == "altered"
            || (!keyed && audit::row_holds(None, &stored_prev, &entry, false, &hash) == Some(false))
        {
            flag(seq, "altered", String::new());
        }
        prev = Some((seq, hash));
    }
    let stored = sqlx::query(
        "SELECT site, tablet, epoch, seq, problem, detail FROM flags
         WHERE ($1::text IS NULL OR site = $1) AND ($2::text IS NULL OR tablet = $2)",
    )
    .bind(site)
    .bind(tablet)
    .fetch_all(pool)
    .await?;
    // The re-walk and the stored flags name the same problem with different details: one
    // line each.
    let mut seen: BTreeSet<(String, String, i64, i64, String)> = found
        .iter()
        .map(|f| (f.0.clone(), f.1.clone(), f.2, f.3, f.4.clone()))
        .collect();
    for r in stored {
        let key = (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
        if seen.insert(key.clone()) {
            found.insert((key.0, key.1, key.2, key.3, key.4, r.get(5)));
        }
    }
    let rejected = if tablet.is_none() && site.is_none() {
        sqlx::query("SELECT id, subject, reason FROM rejected ORDER BY id")
            .fetch_all(pool)
            .await?
    } else {
        // A rejected message names its subject, not always a readable site or tablet.
        let like = format!("lobby.up.{}.{}", site.unwrap_or("%"), tablet.unwrap_or("%"));
        sqlx::query("SELECT id, subject, reason FROM rejected WHERE subject LIKE $1 ORDER BY id")
            .bind(like)
            .fetch_all(pool)
            .await?
    };
    Ok(Findings {
        flags: found.into_iter().collect(),
        rejected: rejected
            .into_iter()
            .map(|r| Rejected {
                id: r.get(0),
                subject: r.get(1),
                reason: r.get(2),
            })
            .collect(),
        chains,
    })
}
