//! `lobby audit verify [--head SEQ:HASH]` and `lobby audit head`: the audit chain, checked with
//! the site key when its file is there, and its newest hash to keep apart from the kiosk.

use super::site_key;
use clap::Subcommand;
use lobby_core::audit::{self, Verdict};
use lobby_core::i18n::Localizer;
use lobby_core::Store;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Exit 0 if the chain is intact (checked with the site key when its file is there);
    /// otherwise name the first bad entry and exit 1.
    Verify {
        /// A head written down earlier (`SEQ:HASH`, from `lobby audit head`): the log must
        /// still hold it.
        #[arg(long, value_name = "SEQ:HASH")]
        head: Option<String>,
    },
    /// Print the newest entry's number and hash, to write down or keep apart from the kiosk.
    Head,
}

/// Checks the chain: whether it is intact, and what the key says. `true` when intact.
pub async fn check(
    l10n: &Localizer,
    store: &Store,
    data_dir: &Path,
) -> anyhow::Result<(bool, String)> {
    let key = site_key::load_if_present(data_dir)?;
    let key_path = site_key::path(data_dir).display().to_string();
    let verdict = audit::verify(&mut *store.conn().await?, key.as_ref()).await?;
    Ok(match verdict {
        Verdict::Intact { entries, unchecked } => {
            let intact = l10n.text("cli-audit-intact", &[("entries", entries.into())]);
            let keyed = match &key {
                Some(key) => l10n.text(
                    "cli-audit-key-matches",
                    &[
                        ("fingerprint", key.fingerprint().into()),
                        ("path", key_path.into()),
                    ],
                ),
                None if unchecked > 0 => l10n.text(
                    "cli-audit-key-absent",
                    &[("path", key_path.into()), ("unchecked", unchecked.into())],
                ),
                None => l10n.text("cli-audit-unkeyed", &[]),
            };
            (true, format!("{intact} {keyed}"))
        }
        Verdict::Broken { seq, problem } => {
            let problem = serde_json::to_value(problem)?
                .as_str()
                .unwrap_or("altered")
                .to_string();
            let mut text = l10n.text(
                "cli-audit-broken",
                &[("seq", seq.into()), ("problem", problem.into())],
            );
            if let Some(key) = &key {
                text.push(' ');
                text.push_str(&l10n.text(
                    "cli-audit-checked-with",
                    &[
                        ("fingerprint", key.fingerprint().into()),
                        ("path", key_path.into()),
                    ],
                ));
            }
            (false, text)
        }
    })
}

pub async fn verify(
    l10n: &Localizer,
    data_dir: &Path,
    head: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let Some(store) = Store::open_existing(data_dir).await? else {
        println!("{}", l10n.text("cli-doctor-database-missing", &[]));
        return Ok(ExitCode::from(1));
    };
    let (intact, text) = check(l10n, &store, data_dir).await?;
    println!("{text}");
    let mut code = if intact { 0 } else { 1 };
    if let Some(head) = head {
        let Some((seq, hash)) = head
            .split_once(':')
            .and_then(|(s, h)| Some((s.trim().parse::<i64>().ok()?, h.trim())))
            .filter(|(_, h)| {
                (audit::HEAD_DIGITS_MIN..=64).contains(&h.len())
                    && h.bytes().all(|b| b.is_ascii_hexdigit())
            })
        else {
            eprintln!(
                "{}",
                l10n.text(
                    "cli-audit-head-invalid",
                    &[("head", head.to_string().into())]
                )
            );
            return Ok(ExitCode::from(2));
        };
        if audit::holds(&mut *store.conn().await?, seq, hash).await? {
            println!(
                "{}",
                l10n.text("cli-audit-head-held", &[("seq", seq.into())])
            );
        } else {
            println!(
                "{}",
                l10n.text("cli-audit-head-lost", &[("seq", seq.into())])
            );
            code = 1;
        }
    }
    store.close().await;
    Ok(ExitCode::from(code))
}

pub async fn head(l10n: &Localizer, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let Some(store) = Store::open_existing(data_dir).await? else {
        println!("{}", l10n.text("cli-doctor-database-missing", &[]));
        return Ok(ExitCode::from(1));
    };
    let head = audit::head(&mut *store.conn().await?).await?;
    store.close().await;
    match head {
        Some(h) => {
            println!(
                "{}",
                l10n.text(
                    "cli-audit-head",
                    &[
                        ("seq", h.seq.into()),
                        ("at", h.at.into()),
                        ("head", format!("{}:{}", h.seq, h.hash).into()),
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        None => {
            println!("{}", l10n.text("cli-audit-head-empty", &[]));
            Ok(ExitCode::SUCCESS)
        }
    }
}
