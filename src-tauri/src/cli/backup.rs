//! `lobby backup ...` and `lobby report security-plan`.

use super::doctor::Status;
use super::site_key;
use clap::{Subcommand, ValueEnum};
use lobby_core::audit::{Actor, Verdict};
use lobby_core::backup;
use lobby_core::i18n::Localizer;
use lobby_core::report::{self, SecurityPlan};
use lobby_core::{Config, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Take a backup now (checked, copied to the second folder, old ones pruned).
    Now,
    /// The backups in the backup folder, newest first.
    List,
    /// Restore into a temporary folder and open it as the kiosk would; records the result.
    Test {
        /// The backup to test; the newest without it.
        file: Option<PathBuf>,
        /// The age key file, for an encrypted backup (`.db.age`).
        #[arg(long, value_name = "KEYFILE")]
        identity: Option<PathBuf>,
    },
    /// Replace the database with FILE, checked first; the current one is set aside. Stop the
    /// kiosk first.
    Restore {
        file: PathBuf,
        /// The age key file, for an encrypted backup (`.db.age`).
        #[arg(long, value_name = "KEYFILE")]
        identity: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Backups, second factors, Wi-Fi rotation, policy coverage, roll calls, the audit chain
    /// and retention, as text or JSON.
    SecurityPlan {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub async fn backup(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: BackupCommand,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    let key = |path: &Option<PathBuf>| path.as_deref().map(backup::read_identity).transpose();
    if let BackupCommand::Restore { file, identity } = command {
        let identity = key(&identity)?;
        let key_file = site_key::path(data_dir);
        let restored =
            backup::restore(data_dir, &file, identity.as_ref(), Some(&key_file), now).await?;
        println!(
            "{}",
            l10n.text(
                "cli-backup-restored",
                &[
                    ("file", file.display().to_string().into()),
                    ("entries", restored.checked.audit_entries.into())
                ]
            )
        );
        if let Some(aside) = restored.set_aside {
            println!(
                "{}",
                l10n.text(
                    "cli-backup-set-aside",
                    &[("path", aside.display().to_string().into())]
                )
            );
        }
        print_head(l10n, &restored.checked);
        return Ok(ExitCode::SUCCESS);
    }
    let store = site_key::open_store(data_dir).await?;
    let dir = backup::folder(&store, config);
    match command {
        BackupCommand::Now => {
            let made = backup::backup_now(&store, config, now, Actor::Cli).await?;
            println!(
                "{}",
                l10n.text(
                    "cli-backup-made",
                    &[
                        ("path", made.path.display().to_string().into()),
                        ("bytes", made.checked.bytes.into()),
                        ("entries", made.checked.audit_entries.into())
                    ]
                )
            );
            print_head(l10n, &made.checked);
            if let Some(key) = store.key() {
                println!(
                    "{}",
                    l10n.text(
                        "cli-backup-key-apart",
                        &[
                            ("fingerprint", key.fingerprint().into()),
                            (
                                "path",
                                site_key::path(data_dir).display().to_string().into()
                            ),
                        ]
                    )
                );
            }
            for copy in &made.copies {
                println!(
                    "{}",
                    l10n.text(
                        "cli-backup-copied",
                        &[("path", copy.display().to_string().into())]
                    )
                );
            }
        }
        BackupCommand::List => {
            let files = backup::list(&dir)?;
            for f in &files {
                println!(
                    "{}\t{}\t{}",
                    f.at.with_timezone(&config.time_zone)
                        .format("%Y-%m-%d %H:%M"),
                    f.bytes,
                    f.path.display()
                );
            }
            println!(
                "{}",
                l10n.text(
                    "cli-backup-count",
                    &[
                        ("count", files.len().into()),
                        ("folder", dir.display().to_string().into())
                    ]
                )
            );
        }
        BackupCommand::Test { file, identity } => {
            let identity = key(&identity)?;
            let file = match file {
                Some(f) => f,
                None => match backup::list(&dir)?.into_iter().next() {
                    Some(f) => f.path,
                    None => {
                        eprintln!(
                            "{}",
                            l10n.text(
                                "cli-backup-none",
                                &[("folder", dir.display().to_string().into())]
                            )
                        );
                        return Ok(ExitCode::from(1));
                    }
                },
            };
            let checked =
                backup::restore_test(&store, &file, identity.as_ref(), now, Actor::Cli).await?;
            println!(
                "{}",
                l10n.text(
                    "cli-backup-tested",
                    &[
                        ("file", file.display().to_string().into()),
                        ("entries", checked.audit_entries.into())
                    ]
                )
            );
            print_head(l10n, &checked);
        }
        BackupCommand::Restore { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The backup's audit head, to hold against the live log later.
fn print_head(l10n: &Localizer, checked: &backup::Checked) {
    if let Some(head) = &checked.audit_head {
        println!(
            "{}",
            l10n.text(
                "cli-backup-head",
                &[("head", format!("{}:{}", head.seq, head.hash).into())]
            )
        );
    }
}

pub async fn report(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: ReportCommand,
) -> anyhow::Result<ExitCode> {
    let ReportCommand::SecurityPlan { format } = command;
    let store = site_key::open_store(data_dir).await?;
    let plan = report::security_plan(&store, config, super::kiosk::clock().now()).await?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&plan)?),
        Format::Text => print_plan(l10n, config, &plan),
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn local(config: &Config, at: Option<&str>) -> String {
    at.and_then(|a| chrono::DateTime::parse_from_rfc3339(a).ok())
        .map(|t| {
            t.with_timezone(&config.time_zone)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|| "—".into())
}

fn print_plan(l10n: &Localizer, config: &Config, plan: &SecurityPlan) {
    let line = |id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]| {
        println!("{}", l10n.text(id, args));
    };
    line(
        "cli-plan-title",
        &[
            ("site", plan.site.clone().into()),
            ("at", local(config, Some(&plan.generated_at)).into()),
        ],
    );
    let b = &plan.backups;
    line(
        "cli-plan-backup",
        &[
            ("at", local(config, b.last_ok_at.as_deref()).into()),
            ("stale", if b.stale { "yes" } else { "no" }.into()),
        ],
    );
    line(
        "cli-plan-restore-test",
        &[
            (
                "at",
                local(config, b.last_restore_test_at.as_deref()).into(),
            ),
            (
                "ok",
                match b.last_restore_test_ok {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "never",
                }
                .into(),
            ),
        ],
    );
    line(
        "cli-plan-staff",
        &[
            ("accounts", plan.staff.accounts.into()),
            ("authenticator", plan.staff.with_authenticator.into()),
            ("badge", plan.staff.with_badge.into()),
        ],
    );
    line(
        "cli-plan-wifi",
        &[("passes", plan.wifi.active_passes.into())],
    );
    for s in &plan.wifi.shared {
        line(
            "cli-plan-wifi-shared",
            &[
                ("tier", s.tier.clone().into()),
                ("at", local(config, s.rotated_at.as_deref()).into()),
            ],
        );
    }
    for p in &plan.policies {
        line(
            "cli-plan-policy",
            &[
                ("policy", p.policy.clone().into()),
                ("accepted", p.accepted.into()),
                ("members", p.members.into()),
            ],
        );
    }
    match &plan.last_roll_call {
        Some(r) => line(
            "cli-plan-roll-call",
            &[
                ("at", local(config, Some(&r.started_at)).into()),
                ("people", r.people.into()),
                ("missing", r.missing.into()),
            ],
        ),
        None => line("cli-plan-roll-call-none", &[]),
    }
    match &plan.audit {
        Verdict::Intact { entries, .. } => {
            line("cli-audit-intact", &[("entries", (*entries).into())])
        }
        Verdict::Broken { seq, problem } => line(
            "cli-audit-broken",
            &[
                ("seq", (*seq).into()),
                (
                    "problem",
                    serde_json::to_value(problem)
                        .ok()
                        .and_then(|p| p.as_str().map(str::to_owned))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
    }
    if let Some(head) = &plan.audit_head {
        line(
            "cli-plan-audit-head",
            &[
                ("head", format!("{}:{}", head.seq, head.hash).into()),
                ("key", plan.site_key.clone().unwrap_or_default().into()),
            ],
        );
    }
    line(
        "cli-plan-retention",
        &[
            ("days", plan.retention.retention_days.into()),
            (
                "at",
                local(config, plan.retention.last_anonymised_at.as_deref()).into(),
            ),
        ],
    );
    line(
        "cli-plan-incidents",
        &[
            ("open", plan.incidents.open.into()),
            ("personal", plan.incidents.personal_data_open.into()),
            ("overdue", plan.incidents.overdue.into()),
        ],
    );
}

/// `lobby doctor`'s backup line.
pub async fn doctor_line(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
) -> anyhow::Result<(String, Status, String)> {
    let what = l10n.text("cli-doctor-backup", &[]);
    let s = backup::status(store, config, super::kiosk::clock().now()).await?;
    if let Some(e) = &s.last_error {
        return Ok((what, Status::Problem, e.clone()));
    }
    match (&s.last_ok_at, s.stale) {
        (Some(at), false) => Ok((
            what,
            Status::Ok,
            l10n.text(
                "cli-doctor-backup-ok",
                &[("at", local(config, Some(at)).into())],
            ),
        )),
        (Some(at), true) => Ok((
            what,
            Status::Warning,
            l10n.text(
                "cli-doctor-backup-stale",
                &[("at", local(config, Some(at)).into())],
            ),
        )),
        (None, _) => Ok((
            what,
            Status::Warning,
            l10n.text("cli-doctor-backup-none", &[]),
        )),
    }
}
