//! `lobby policy ...`: publish versions, list them, see who accepted, verify acceptances and
//! write receipts.

use super::site_key;
use anyhow::Context;
use clap::Subcommand;
use lobby_core::audit::Actor;
use lobby_core::i18n::Localizer;
use lobby_core::policies::{self, receipt};
use lobby_core::{Config, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Publish a policy text: a Markdown FILE with --lang, or a FOLDER of <lang>.md files (all
    /// languages of one version at once). Starts a new version unless --version adds
    /// languages to an existing one. Published texts are never changed.
    Publish {
        policy: String,
        /// A Markdown file (with --lang) or a folder of <lang>.md files.
        path: PathBuf,
        /// The language of FILE, e.g. fr or zh-CN.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Add languages to this version instead of starting a new one.
        #[arg(long, value_name = "N")]
        version: Option<i64>,
    },
    /// The configured policies, their current versions and languages.
    List,
    /// Who has and who has not accepted the current version of each member policy.
    Coverage,
    /// Check every stored acceptance against the text it claims; exit 1 on any mismatch.
    Verify,
    /// Write the PDF receipt of one acceptance.
    Receipt {
        id: i64,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: PolicyCommand,
) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    match command {
        PolicyCommand::Publish {
            policy,
            path,
            lang,
            version,
        } => publish(l10n, config, &store, &policy, &path, lang, version).await,
        PolicyCommand::List => list(l10n, config, &store).await,
        PolicyCommand::Coverage => coverage(l10n, config, &store).await,
        PolicyCommand::Verify => verify(l10n, &store).await,
        PolicyCommand::Receipt { id, out } => {
            let pdf = receipt::for_acceptance(&mut *store.conn().await?, config, id).await?;
            lobby_core::private::write(&out, &pdf).with_context(|| out.display().to_string())?;
            println!(
                "{}",
                l10n.text(
                    "cli-policy-receipt-written",
                    &[
                        ("id", id.into()),
                        ("path", out.display().to_string().into())
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn publish(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
    policy: &str,
    path: &Path,
    lang: Option<String>,
    version: Option<i64>,
) -> anyhow::Result<ExitCode> {
    let shown = || path.display().to_string();
    let mut texts = Vec::new();
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(shown)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        files.sort();
        for file in files {
            let lang = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            texts.push((
                lang,
                std::fs::read(&file).with_context(|| file.display().to_string())?,
            ));
        }
        if texts.is_empty() {
            eprintln!(
                "{}",
                l10n.text("cli-policy-folder-empty", &[("path", shown().into())])
            );
            return Ok(ExitCode::from(2));
        }
    } else {
        let Some(lang) = lang else {
            eprintln!(
                "{}",
                l10n.text("cli-policy-lang-needed", &[("path", shown().into())])
            );
            return Ok(ExitCode::from(2));
        };
        texts.push((lang, std::fs::read(path).with_context(shown)?));
    }
    let now = super::kiosk::clock().now();
    let published =
        policies::publish(store, now, config, Actor::Cli, policy, version, &texts).await?;
    println!(
        "{}",
        l10n.text(
            "cli-policy-published",
            &[
                ("policy", published.policy.clone().into()),
                ("version", published.version.into())
            ]
        )
    );
    for t in &published.texts {
        println!(
            "{}",
            l10n.text(
                "cli-policy-text",
                &[
                    ("lang", t.lang.clone().into()),
                    ("title", t.title.clone().into()),
                    ("hash", t.sha256.clone().into())
                ]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

async fn list(l10n: &Localizer, config: &Config, store: &Store) -> anyhow::Result<ExitCode> {
    let mut conn = store.conn().await?;
    for (policy, version, langs) in policies::versions(&mut conn, config).await? {
        let line = match version {
            Some(v) => l10n.text(
                "cli-policy-list-line",
                &[
                    ("policy", policy.into()),
                    ("version", v.into()),
                    ("langs", langs.join(", ").into()),
                ],
            ),
            None => l10n.text("cli-policy-list-none", &[("policy", policy.into())]),
        };
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn coverage(l10n: &Localizer, config: &Config, store: &Store) -> anyhow::Result<ExitCode> {
    let mut conn = store.conn().await?;
    for c in policies::coverage(&mut conn, config).await? {
        let Some(version) = c.version else {
            println!(
                "{}",
                l10n.text("cli-policy-list-none", &[("policy", c.policy.into())])
            );
            continue;
        };
        let total = c.accepted.len() + c.missing.len();
        println!(
            "{}",
            l10n.text(
                "cli-policy-coverage",
                &[
                    ("policy", c.policy.into()),
                    ("version", version.into()),
                    ("accepted", c.accepted.len().into()),
                    ("total", total.into())
                ]
            )
        );
        if !c.missing.is_empty() {
            let names: Vec<String> = c
                .missing
                .iter()
                .map(|(id, name)| format!("{name} ({id})"))
                .collect();
            println!(
                "  {}",
                l10n.text(
                    "cli-policy-coverage-missing",
                    &[("names", names.join(", ").into())]
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn verify(l10n: &Localizer, store: &Store) -> anyhow::Result<ExitCode> {
    let verdict = policies::verify(&mut *store.conn().await?).await?;
    for (id, problem) in &verdict.problems {
        println!(
            "{}",
            l10n.text(
                "cli-policy-verify-problem",
                &[("id", (*id).into()), ("problem", problem.as_str().into())]
            )
        );
    }
    if verdict.problems.is_empty() {
        println!(
            "{}",
            l10n.text("cli-policy-verify-ok", &[("count", verdict.checked.into())])
        );
        Ok(ExitCode::SUCCESS)
    } else {
        Ok(ExitCode::from(1))
    }
}
