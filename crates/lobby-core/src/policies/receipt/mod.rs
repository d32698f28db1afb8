//! Receipts: a one-page PDF for each acceptance, in the language of the text that was signed,
//! that the signer and the space keep as proof (policy, version, language, text hash, signer,
//! time, kiosk and the signature). Written to `receipts/` in the data folder when someone
//! signs, and again on request with `lobby policy receipt`.

mod pdf;

pub use crate::typeset::{Fonts, TypesetError as ReceiptError};
pub use pdf::{render, Labels, Receipt};

use super::acceptance;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::{self, Localizer};
use crate::Store;
use sqlx::SqliteConnection;
use std::path::PathBuf;

/// The system's fonts, read once.
fn system_fonts() -> Result<&'static Fonts> {
    crate::typeset::system_fonts().map_err(|e| Error::Internal(format!("receipt fonts: {e}")))
}

/// Where receipts are saved: `receipts/` beside the database.
pub fn folder(store: &Store) -> PathBuf {
    store
        .path()
        .parent()
        .map(|p| p.join("receipts"))
        .unwrap_or_else(|| PathBuf::from("receipts"))
}

pub fn file_name(acceptance_id: i64) -> String {
    format!("acceptance-{acceptance_id}.pdf")
}

/// Deletes the saved receipts of acceptances whose visit was anonymised: a receipt names the
/// signer and shows the signature, which anonymising removes from the database. Returns how
/// many files were deleted.
pub async fn remove_anonymised(store: &Store) -> Result<usize> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM acceptances WHERE visit_id IS NOT NULL AND signature_png IS NULL",
    )
    .fetch_all(store.pool())
    .await?;
    let dir = folder(store);
    let mut removed = 0;
    for id in ids {
        match std::fs::remove_file(dir.join(file_name(id))) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(removed)
}

/// The receipt of one acceptance, with the system's Noto fonts.
pub async fn for_acceptance(
    conn: &mut SqliteConnection,
    config: &Config,
    acceptance_id: i64,
) -> Result<Vec<u8>> {
    let a = acceptance(conn, acceptance_id).await?;
    // An anonymised visit's acceptance keeps no name or drawing: there is nothing to print.
    let png = a
        .signature_png
        .as_deref()
        .ok_or(Error::AcceptanceNotFound)?;
    let l10n = Localizer::new(&a.lang);
    let t = |id: &str| i18n::strip_isolation(&l10n.text(id, &[]));
    let at = a.accepted_at.with_timezone(&config.time_zone);
    let accepted_at = format!(
        "{} ({})",
        at.format("%Y-%m-%d %H:%M"),
        config.time_zone.name()
    );
    let kind = t(if a.member {
        "receipt-member"
    } else {
        "receipt-visitor"
    });
    let labels = [
        t("receipt-heading"),
        t("receipt-policy"),
        t("receipt-version"),
        t("receipt-language"),
        t("receipt-text-hash"),
        t("receipt-signer"),
        t("receipt-accepted-at"),
        t("receipt-kiosk"),
        t("receipt-signature"),
        t("receipt-footer"),
    ];
    let fonts = system_fonts()?;
    pdf::render(
        &Receipt {
            acceptance_id: a.id,
            policy_title: &a.title,
            policy_id: &a.policy,
            version: a.version,
            text_lang: &a.lang,
            text_hash: &a.text_hash,
            signer: &a.signer_name,
            signer_kind: &kind,
            accepted_at: &accepted_at,
            kiosk: &a.kiosk_id,
            site: &config.site_name,
            signature_png: png,
        },
        &Labels {
            heading: &labels[0],
            policy: &labels[1],
            version: &labels[2],
            language: &labels[3],
            text_hash: &labels[4],
            signer: &labels[5],
            accepted_at: &labels[6],
            kiosk: &labels[7],
            signature: &labels[8],
            footer: &labels[9],
        },
        i18n::is_rtl(l10n.lang()),
        fonts,
    )
    .map_err(|e| Error::Internal(format!("receipt {acceptance_id}: {e}")))
}
