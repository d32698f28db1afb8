//! The chain rules of the spec, with events from real tablets' stores.

use crate::common::*;
use chrono::Duration;
use lobby_core::audit::{Problem, Verdict};
use lobby_core::fleet::{self, Chain, Event, RowCheck};
use lobby_hub::verify;

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_batch_is_stored_once_and_a_redelivery_changes_nothing() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana Lima").await;
    let entries = t.take().await;
    assert!(entries.len() >= 2, "fleet-join and the check-in");
    assert_eq!(entries[0].action, "fleet-join");
    let first = apply_entries(&pool, &entries).await;
    assert_eq!(first.stored, entries.len());
    assert_eq!(first.flagged, 0);
    // The hub was killed before its ack: JetStream sends the same batch again.
    let again = apply_entries(&pool, &entries).await;
    assert_eq!(again.stored, 0);
    assert_eq!(again.repeats, entries.len());
    assert_eq!(again.flagged, 0);
    let (count, head): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM events), (SELECT head_seq FROM chains WHERE tablet = 'lobby-1')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(count as usize, entries.len());
    assert_eq!(head, entries.last().unwrap().seq);
    assert!(flags(&pool).await.is_empty());
    let found = verify::verify(&pool, None, None).await.unwrap();
    assert!(found.clean(), "{found:?}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_missing_entry_is_a_gap_at_the_first_missing_seq() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    for name in ["Ana", "Bo", "Cy"] {
        t.check_in(friday_morning(), name).await;
    }
    let mut entries = t.take().await;
    let missing = entries.remove(2);
    let report = apply_entries(&pool, &entries).await;
    assert_eq!(report.flagged, 1);
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), 0, missing.seq, "gap".into())]
    );
    let found = verify::verify(&pool, Some("hq"), Some("lobby-1"))
        .await
        .unwrap();
    assert!(found
        .flags
        .iter()
        .any(|f| f.3 == missing.seq && f.4 == "gap"));
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn an_entry_that_does_not_link_to_the_head_is_unlinked() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana").await;
    t.check_in(friday_morning(), "Bo").await;
    let mut entries = t.take().await;
    let last = entries.len() - 1;
    // Keyed and unchecked, so only the link can be wrong.
    entries[last].prev_hash = "ab".repeat(32);
    entries[last].keyed = true;
    entries[last].check = RowCheck::Unchecked;
    apply_entries(&pool, &entries).await;
    let seq = entries[last].seq;
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), 0, seq, "unlinked".into())]
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_row_edited_in_the_tablets_database_is_altered() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    let (visit, _) = t.check_in(friday_morning(), "Ana").await;
    // Someone edits the row before it is sent: the tablet's own check says so.
    sqlx::query("UPDATE audit_log SET details = '{}' WHERE subject = ?")
        .bind(format!("visit:{visit}"))
        .execute(t.store.pool())
        .await
        .unwrap();
    let entries = t.take().await;
    let edited = entries
        .iter()
        .find(|e| e.check == RowCheck::Altered)
        .expect("the tablet saw it")
        .clone();
    apply_entries(&pool, &entries).await;
    let flagged = flags(&pool).await;
    assert!(
        flagged.contains(&(
            "hq".into(),
            "lobby-1".into(),
            0,
            edited.seq,
            "altered".into()
        )),
        "{flagged:?}"
    );

    // The hub re-hashes unkeyed rows itself: a tablet that claims "holds" is not believed.
    let pool = database().await;
    let mut entries = entries;
    for e in &mut entries {
        e.check = RowCheck::Holds;
    }
    apply_entries(&pool, &entries).await;
    assert!(flags(&pool).await.contains(&(
        "hq".into(),
        "lobby-1".into(),
        0,
        edited.seq,
        "altered".into()
    )));
    let found = verify::verify(&pool, None, None).await.unwrap();
    assert!(found
        .flags
        .iter()
        .any(|f| f.3 == edited.seq && f.4 == "altered"));
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn the_same_seq_with_another_hash_is_a_fork_and_the_first_stays() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana").await;
    let entries = t.take().await;
    apply_entries(&pool, &entries).await;
    let mut other = entries.last().unwrap().clone();
    other.details = r#"{"rewritten":true}"#.into();
    other.hash = "cd".repeat(32);
    other.keyed = true;
    let report = apply_entries(&pool, std::slice::from_ref(&other)).await;
    assert_eq!(report.stored, 0);
    assert_eq!(report.flagged, 1);
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), 0, other.seq, "fork".into())]
    );
    let kept: Vec<u8> = sqlx::query_scalar("SELECT hash FROM events WHERE seq = $1")
        .bind(other.seq)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(
        data_encoding::HEXLOWER.encode(&kept),
        entries.last().unwrap().hash
    );
}

/// A restore entry (keyed, so the hub takes the tablet's word for its hash) at `seq`.
fn restore_entry(
    base: &lobby_core::fleet::Entry,
    seq: i64,
    prev_hash: &str,
) -> lobby_core::fleet::Entry {
    lobby_core::fleet::Entry {
        epoch: seq,
        seq,
        action: fleet::RESTORE_ACTION.into(),
        subject: None,
        details: r#"{"backup":"x"}"#.into(),
        prev_hash: prev_hash.into(),
        hash: "ef".repeat(32),
        keyed: true,
        check: RowCheck::Unchecked,
        visit: None,
        ..base.clone()
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_restore_starts_a_new_epoch_only_when_it_links_to_a_known_entry() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    for name in ["Ana", "Bo", "Cy"] {
        t.check_in(friday_morning(), name).await;
    }
    let entries = t.take().await;
    apply_entries(&pool, &entries).await;
    // Restored from a backup taken after the second entry sent: the restore entry takes the
    // next seq of the restored log and links to that entry, which the hub holds.
    let e = entries[1].seq + 1;
    let restore = restore_entry(&entries[0], e, &entries[1].hash);
    let report = apply_entries(&pool, std::slice::from_ref(&restore)).await;
    assert_eq!(report.stored, 1);
    assert_eq!(report.flagged, 0, "{:?}", flags(&pool).await);
    let epochs: Vec<i64> = sqlx::query_scalar("SELECT epoch FROM chains ORDER BY epoch")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(epochs, [0, e]);
    let found = verify::verify(&pool, None, None).await.unwrap();
    assert!(found.clean(), "{found:?}");

    // A restore that links to nothing the hub holds is a fork.
    let e2 = entries.last().unwrap().seq + 5;
    let stranger = restore_entry(&entries[0], e2, &"00".repeat(32));
    apply_entries(&pool, &[stranger]).await;
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), e2, e2, "fork".into())]
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_new_epoch_without_a_restore_is_a_silent_fork() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana").await;
    let entries = t.take().await;
    apply_entries(&pool, &entries).await;
    // Another database with the same identity starts sending: entries of an epoch the hub
    // never saw begin.
    let mut other = entries.last().unwrap().clone();
    other.epoch = 7;
    other.seq = 7;
    apply_entries(&pool, &[other]).await;
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), 7, 7, "fork".into())]
    );
    let found = verify::verify(&pool, None, None).await.unwrap();
    assert!(
        found.flags.iter().any(|f| f.2 == 7 && f.4 == "fork"),
        "{found:?}"
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_broken_chain_reported_by_the_tablet_is_flagged_at_its_seq() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana").await;
    let entries = t.take().await;
    apply_entries(&pool, &entries).await;
    // Edited after it was sent: only the tablet's hourly check can see it.
    let seq = entries[0].seq;
    sqlx::query("UPDATE audit_log SET actor = 'someone' WHERE seq = ?")
        .bind(seq)
        .execute(t.store.pool())
        .await
        .unwrap();
    let chain = fleet::attest(&t.store, friday_morning())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        chain.verdict,
        Verdict::Broken {
            seq,
            problem: Problem::Altered
        }
    );
    let report = apply(&pool, &t.subject(), &[Event::Chain(chain).to_json()]).await;
    assert_eq!(report.chains, 1);
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), 0, seq, "altered".into())]
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn an_intact_chain_whose_head_the_hub_holds_with_another_hash_is_a_fork() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    let entries = t.take().await;
    apply_entries(&pool, &entries).await;
    let chain = fleet::attest(&t.store, friday_morning())
        .await
        .unwrap()
        .unwrap();
    let same = apply(
        &pool,
        &t.subject(),
        &[Event::Chain(chain.clone()).to_json()],
    )
    .await;
    assert_eq!(same.flagged, 0);
    let other = Chain {
        head_hash: "12".repeat(32),
        ..chain
    };
    apply(
        &pool,
        &t.subject(),
        &[Event::Chain(other.clone()).to_json()],
    )
    .await;
    assert_eq!(
        flags(&pool).await,
        [(
            "hq".into(),
            "lobby-1".into(),
            0,
            other.head_seq,
            "fork".into()
        )]
    );
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_malformed_message_is_kept_as_rejected_and_the_rest_of_the_batch_is_stored() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    let entries = t.take().await;
    let mut batch = bodies(&entries);
    batch.insert(0, b"{\"type\":\"entry\",\"v\":1".to_vec());
    let report = apply(&pool, &t.subject(), &batch).await;
    assert_eq!(report.rejected, 1);
    assert_eq!(report.stored, entries.len());
    // A tablet speaking for another (its subject is its own, the event names another).
    let mut other = entries[0].clone();
    other.tablet = "lobby-2".into();
    let report = apply(&pool, &t.subject(), &bodies(&[other])).await;
    assert_eq!(report.rejected, 1);
    assert_eq!(report.stored, 0);
    let found = verify::verify(&pool, None, None).await.unwrap();
    assert_eq!(found.rejected.len(), 2, "{found:?}");
    assert!(!found.clean());
    let body: Vec<u8> = sqlx::query_scalar("SELECT body FROM rejected ORDER BY id LIMIT 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(body, batch[0], "kept as received");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn visits_are_upserted_checked_out_and_anonymised_with_the_tablet() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    let now = friday_morning();
    let (ana, code) = t.check_in(now, "Ana Lima").await;
    t.check_in(now, "Bo Lind").await;
    apply_entries(&pool, &t.take().await).await;
    let names: Vec<(i64, String, bool)> = sqlx::query_as(
        "SELECT visit_id, name, checked_out_at IS NOT NULL FROM visits ORDER BY visit_id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(names.len(), 2);
    assert!(names.iter().all(|(_, _, out)| !out));

    lobby_core::visits::check_out_by_code(&t.store, now + Duration::hours(1), &code)
        .await
        .unwrap();
    apply_entries(&pool, &t.take().await).await;
    let (out, name): (bool, String) =
        sqlx::query_as("SELECT checked_out_at IS NOT NULL, name FROM visits WHERE visit_id = $1")
            .bind(ana)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(out);
    assert_eq!(name, "Ana Lima");

    // Past the retention period the tablet anonymises Ana (checked out), not Bo (still in).
    let later = now + Duration::days(i64::from(t.config.visits.retention_days) + 1);
    let done = lobby_core::visits::anonymise_expired(&t.store, later, &t.config)
        .await
        .unwrap();
    assert_eq!(done, 1);
    let entries = t.take().await;
    assert!(entries.iter().any(|e| e.action == "visits-anonymise"));
    apply_entries(&pool, &entries).await;
    let rows: Vec<(String, bool)> =
        sqlx::query_as("SELECT name, anonymised FROM visits ORDER BY visit_id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(rows, [(String::new(), true), ("Bo Lind".into(), false)]);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_person_erased_at_the_tablet_is_blanked_at_the_hub() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    let now = friday_morning();
    let (ana, _) = t.check_in(now, "Ana Lima").await;
    t.check_in(now, "Bo Lind").await;
    apply_entries(&pool, &t.take().await).await;
    lobby_core::rights::erase(
        &t.store,
        now + Duration::hours(1),
        &t.config,
        lobby_core::audit::Actor::Cli,
        &lobby_core::rights::Person::Visit(ana),
        "Art. 17(1)(a)",
        None,
    )
    .await
    .unwrap();
    let entries = t.take().await;
    assert!(entries.iter().any(|e| e.action == "privacy-erase"));
    apply_entries(&pool, &entries).await;
    let rows: Vec<(String, bool)> =
        sqlx::query_as("SELECT name, anonymised FROM visits ORDER BY visit_id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(rows, [(String::new(), true), ("Bo Lind".into(), false)]);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn an_unkeyed_row_after_a_keyed_one_is_unkeyed() {
    let pool = database().await;
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana").await;
    t.check_in(friday_morning(), "Bo").await;
    let mut entries = t.take().await;
    // The chain was keyed up to the second-last row; the last one, rewritten by someone
    // without the key, is a plain SHA-256 link that holds.
    let last = entries.len() - 1;
    for e in &mut entries[..last] {
        e.keyed = true;
        e.check = RowCheck::Holds;
    }
    apply_entries(&pool, &entries).await;
    let seq = entries[last].seq;
    assert_eq!(
        flags(&pool).await,
        [("hq".into(), "lobby-1".into(), 0, seq, "unkeyed".into())]
    );
    let found = verify::verify(&pool, None, None).await.unwrap();
    assert!(
        found.flags.iter().any(|f| f.3 == seq && f.4 == "unkeyed"),
        "{found:?}"
    );
}
