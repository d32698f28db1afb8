//! `export visits` across sites, with the tablets' CSV safety rules.

use crate::common::*;
use chrono::NaiveDate;
use lobby_hub::export;

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn visits_of_two_sites_in_one_csv_with_formulas_defused() {
    let pool = database().await;
    let hq = Tablet::new("hq", "lobby-1").await;
    let annex = Tablet::new("annex", "front").await;
    hq.check_in(friday_morning(), "Ana Lima").await;
    annex.check_in(friday_morning(), "=HYPERLINK(\"x\")").await;
    apply_entries(&pool, &hq.take().await).await;
    apply_entries(&pool, &annex.take().await).await;

    let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let (csv, rows) = export::visits_csv(&pool, day, day, None).await.unwrap();
    assert_eq!(rows, 2);
    let text = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("site,tablet,visit_id,kind,name"),
        "{text}"
    );
    assert!(text.contains("hq,lobby-1,"), "{text}");
    assert!(text.contains("Ana Lima"), "{text}");
    assert!(text.contains("annex,front,"), "{text}");
    assert!(
        text.contains("\"'=HYPERLINK(\"\"x\"\")\""),
        "defused: {text}"
    );
    assert!(text.contains("2026-11-27 09:00:00"), "UTC times: {text}");

    let (_, only_hq) = export::visits_csv(&pool, day, day, Some("hq"))
        .await
        .unwrap();
    assert_eq!(only_hq, 1);
    let next = day.succ_opt().unwrap();
    let (_, none) = export::visits_csv(&pool, next, next, None).await.unwrap();
    assert_eq!(none, 0);
}
