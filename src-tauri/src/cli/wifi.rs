//! `lobby wifi ...`: issue, revoke and list passes, rotate a shared passphrase, and bring the
//! equipment (FreeRADIUS, hostapd) in line with the database. Passwords are printed only by
//! `issue`, to the operator who asked; never to logs.

use super::doctor::Status;
use super::site_key;
use anyhow::Context;
use clap::Subcommand;
use lobby_core::audit::Actor;
use lobby_core::i18n::Localizer;
use lobby_core::wifi::backends::{self, BackendStatus};
use lobby_core::wifi::passes::{self, Holder};
use lobby_core::wifi::{qr, tiers::BackendKind};
use lobby_core::{Config, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum WifiCommand {
    /// Issue a pass (or show a shared tier's passphrase): prints the network, the password and
    /// when it ends.
    Issue {
        #[arg(long)]
        tier: String,
        /// How long it lasts (1 to 168); the tier's default otherwise. Ends at closing time
        /// anyway on tiers that close.
        #[arg(long)]
        hours: Option<u32>,
        /// Who it is for, as staff will see it.
        #[arg(long, default_value = "command line")]
        label: String,
        /// Also write the QR code as a PNG.
        #[arg(long, value_name = "FILE.png")]
        qr: Option<PathBuf>,
    },
    /// End a pass now.
    Revoke { id: String },
    /// Give shared tiers a new passphrase now (all of them, or --tier).
    Rotate {
        #[arg(long)]
        tier: Option<String>,
    },
    /// Apply everything in force to FreeRADIUS and hostapd again; exit 1 if one fails.
    Sync,
    /// The tiers and the passes in force (no passwords).
    List,
}

/// Pixels per module of `--qr`: 8 gives a 300-400 px image, plenty for print or a phone.
const PNG_MODULE_PX: u32 = 8;

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: WifiCommand,
) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    let now = super::kiosk::clock().now();
    let code = match command {
        WifiCommand::Issue {
            tier,
            hours,
            label,
            qr: png,
        } => {
            let mut tx = store.begin_write().await?;
            let access = passes::issue(
                &mut tx,
                now,
                config,
                &tier,
                Holder::Label(&label),
                hours,
                Actor::Cli,
            )
            .await?;
            tx.commit().await?;
            if let Some(path) = &png {
                let image = qr::png(&access.payload, PNG_MODULE_PX)
                    .map_err(|e| anyhow::anyhow!("QR code: {e}"))?;
                lobby_core::private::write(path, &image)
                    .with_context(|| path.display().to_string())?;
            }
            let local = local_time(config, &access.expires_at);
            println!(
                "{}",
                l10n.text("cli-wifi-network", &[("ssid", access.ssid.clone().into())])
            );
            if let Some(user) = &access.username {
                println!(
                    "{}",
                    l10n.text("cli-wifi-username", &[("username", user.clone().into())])
                );
            }
            match &access.password {
                Some(p) => println!(
                    "{}",
                    l10n.text("cli-wifi-password", &[("password", p.clone().into())])
                ),
                None => println!("{}", l10n.text("cli-wifi-open", &[])),
            }
            println!("{}", l10n.text("cli-wifi-expires", &[("at", local.into())]));
            if let Some(id) = &access.pass_id {
                println!(
                    "{}",
                    l10n.text("cli-wifi-pass-id", &[("id", id.clone().into())])
                );
            }
            sync_quietly(&store, config).await
        }
        WifiCommand::Revoke { id } => {
            passes::revoke(&store, now, &id, Actor::Cli).await?;
            println!("{}", l10n.text("cli-wifi-revoked", &[("id", id.into())]));
            sync_quietly(&store, config).await
        }
        WifiCommand::Rotate { tier } => {
            let shared: Vec<String> = match tier {
                Some(t) => vec![t],
                None => config
                    .wifi
                    .tiers
                    .iter()
                    .filter(|t| t.credentials == lobby_core::wifi::tiers::Credentials::Shared)
                    .map(|t| t.id.clone())
                    .collect(),
            };
            for t in &shared {
                let next = passes::rotate(&store, now, config, t, Actor::Cli).await?;
                println!(
                    "{}",
                    l10n.text(
                        "cli-wifi-rotated",
                        &[
                            ("tier", t.clone().into()),
                            ("next", local_time(config, &next.to_rfc3339()).into())
                        ]
                    )
                );
            }
            if shared.is_empty() {
                println!("{}", l10n.text("cli-wifi-none-shared", &[]));
            }
            sync_quietly(&store, config).await
        }
        WifiCommand::Sync => {
            // Expired passes and due rotations first, so what is applied is what is in force.
            passes::sweep(&store, now, config).await?;
            let status = backends::sync(&store, now, config).await?;
            let failed = print_status(l10n, &status);
            if status.is_empty() {
                println!("{}", l10n.text("cli-wifi-no-backend", &[]));
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        WifiCommand::List => {
            let overview = lobby_core::wifi::overview::overview(&store, config, now).await?;
            for t in &overview.tiers {
                let state = if t.open {
                    "cli-wifi-tier-open"
                } else {
                    "cli-wifi-tier-closed"
                };
                println!(
                    "{}",
                    l10n.text(
                        "cli-wifi-tier",
                        &[
                            ("tier", t.id.clone().into()),
                            ("ssid", t.ssid.clone().into()),
                            ("backend", t.backend.as_str().into()),
                            ("state", l10n.text(state, &[]).into()),
                        ]
                    )
                );
            }
            for p in &overview.passes {
                println!(
                    "{}\t{}\t{}\t{}",
                    p.id,
                    p.tier,
                    local_time(config, &p.expires_at),
                    p.holder
                );
            }
            println!(
                "{}",
                l10n.text("cli-wifi-count", &[("count", overview.passes.len().into())])
            );
            print_status(l10n, &overview.backends);
            ExitCode::SUCCESS
        }
    };
    Ok(code)
}

fn local_time(config: &Config, rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| {
            t.with_timezone(&config.time_zone)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// Applies the change at once; a failure is reported (and retried by the kiosk's timer), but
/// what the database holds stands.
async fn sync_quietly(store: &Store, config: &Config) -> ExitCode {
    match backends::sync(store, super::kiosk::clock().now(), config).await {
        Ok(status) => {
            for s in status.iter().filter(|s| s.error.is_some()) {
                eprintln!(
                    "{}: {}",
                    s.backend.as_str(),
                    s.error.as_deref().unwrap_or_default()
                );
            }
        }
        Err(e) => eprintln!("{e}"),
    }
    ExitCode::SUCCESS
}

/// Prints one line per backend; true if one is not in line.
fn print_status(l10n: &Localizer, status: &[BackendStatus]) -> bool {
    let mut failed = false;
    for s in status {
        match &s.error {
            None => println!(
                "{}",
                l10n.text(
                    "cli-wifi-backend-ok",
                    &[("backend", s.backend.as_str().into())]
                )
            ),
            Some(e) => {
                failed = true;
                println!(
                    "{}",
                    l10n.text(
                        "cli-wifi-backend-failed",
                        &[
                            ("backend", s.backend.as_str().into()),
                            ("reason", e.clone().into())
                        ]
                    )
                );
            }
        }
    }
    failed
}

/// `lobby doctor`'s Wi-Fi line: the tiers, and any equipment not in line.
pub async fn doctor_line(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
) -> anyhow::Result<(String, Status, String)> {
    let what = l10n.text("cli-doctor-wifi", &[]);
    if config.wifi.tiers.is_empty() {
        return Ok((what, Status::Ok, l10n.text("cli-doctor-wifi-none", &[])));
    }
    let tiers: Vec<String> = config
        .wifi
        .tiers
        .iter()
        .map(|t| format!("{} ({})", t.id, t.backend.as_str()))
        .collect();
    let mut problems = Vec::new();
    if let Some(db) = &config.wifi.freeradius {
        if let Err(e) = backends::freeradius::check(db).await {
            problems.push(e);
        }
    }
    for s in backends::status(store, config).await? {
        if let Some(e) = s.error {
            problems.push(format!("{}: {e}", s.backend.as_str()));
        }
    }
    if !problems.is_empty() {
        return Ok((what, Status::Problem, problems.join("; ")));
    }
    let unapplied = config
        .wifi
        .tiers
        .iter()
        .any(|t| t.backend == BackendKind::None);
    if unapplied {
        return Ok((
            what,
            Status::Warning,
            l10n.text(
                "cli-doctor-wifi-unapplied",
                &[("tiers", tiers.join(", ").into())],
            ),
        ));
    }
    Ok((what, Status::Ok, tiers.join(", ")))
}
