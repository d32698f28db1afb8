//! `lobby staff add|list|disable|enable|reset-pin|reset-totp|unlock`: staff accounts from the
//! command line, each change audited (actor `cli`). A PIN is asked twice on a terminal, or
//! read as one line from standard input otherwise; the authenticator set-up is printed as a
//! QR code in the terminal, with its key and `otpauth://` URI.

use super::demo::issuer;
use super::site_key;
use clap::Subcommand;
use lobby_core::audit::Actor;
use lobby_core::i18n::Localizer;
use lobby_core::staff::{self, accounts};
use lobby_core::{Config, SystemClock};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create a staff account. Asks for the PIN (or reads one line from standard input when
    /// it is not a terminal) and prints the authenticator set-up code.
    Add {
        name: String,
        /// Also save the set-up QR code as a PNG image.
        #[arg(long, value_name = "FILE")]
        qr_png: Option<PathBuf>,
    },
    /// Every staff account: id, name, active or disabled, created, badges.
    List,
    /// Stop an account from signing in; a session it has open on the kiosk ends at once.
    Disable { name: String },
    /// Let a disabled account sign in again.
    Enable { name: String },
    /// Lift the wait on sign-in after wrong tries, for one account or (without a name) all.
    Unlock { name: Option<String> },
    /// Give an account a new PIN (asked like `add`).
    ResetPin { name: String },
    /// Give an account a new authenticator key; the old one stops working. Prints the
    /// set-up code to scan.
    ResetTotp {
        name: String,
        /// Also save the set-up QR code as a PNG image.
        #[arg(long, value_name = "FILE")]
        qr_png: Option<PathBuf>,
    },
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: StaffCommand,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    match command {
        StaffCommand::Add { name, qr_png } => {
            let Some(pin) = read_pin(l10n, &name)? else {
                return Ok(ExitCode::from(2));
            };
            staff::pin::long_enough(&pin, config.staff.pin_min_length)?;
            let store = site_key::open_store(data_dir).await?;
            let created = staff::add(
                &store,
                &SystemClock,
                &issuer(config),
                &name,
                &pin,
                Actor::Cli,
            )
            .await?;
            let headline = l10n.text(
                "cli-staff-added",
                &[("name", created.identity.name.clone().into())],
            );
            print_setup(l10n, &headline, &created, qr_png.as_deref())?;
        }
        StaffCommand::List => {
            let store = site_key::open_store(data_dir).await?;
            let list = accounts::list(&store).await?;
            for a in &list {
                let status = if a.active {
                    l10n.text("cli-staff-list-active", &[])
                } else {
                    l10n.text("cli-staff-list-disabled", &[])
                };
                println!(
                    "{}\t{}\t{status}\t{}\t{}",
                    a.id,
                    a.name,
                    a.created_at
                        .with_timezone(&config.time_zone)
                        .format("%Y-%m-%d %H:%M"),
                    l10n.text("cli-staff-list-badges", &[("count", a.badges.into())]),
                );
            }
            println!(
                "{}",
                l10n.text("cli-staff-count", &[("count", list.len().into())])
            );
        }
        StaffCommand::Disable { name } => set_active(l10n, data_dir, &name, false).await?,
        StaffCommand::Enable { name } => set_active(l10n, data_dir, &name, true).await?,
        StaffCommand::Unlock { name } => {
            let store = site_key::open_store(data_dir).await?;
            let unlocked = accounts::unlock(&store, now, name.as_deref(), Actor::Cli).await?;
            for who in &unlocked {
                println!(
                    "{}",
                    l10n.text("cli-staff-unlocked", &[("name", who.name.clone().into())])
                );
            }
            if unlocked.is_empty() {
                println!("{}", l10n.text("cli-staff-unlock-none", &[]));
            }
        }
        StaffCommand::ResetPin { name } => {
            let Some(pin) = read_pin(l10n, &name)? else {
                return Ok(ExitCode::from(2));
            };
            staff::pin::long_enough(&pin, config.staff.pin_min_length)?;
            let store = site_key::open_store(data_dir).await?;
            let who = accounts::reset_pin(&store, now, &name, &pin, Actor::Cli).await?;
            println!(
                "{}",
                l10n.text("cli-staff-pin-reset", &[("name", who.name.into())])
            );
        }
        StaffCommand::ResetTotp { name, qr_png } => {
            let store = site_key::open_store(data_dir).await?;
            let fresh =
                accounts::reset_totp(&store, now, &issuer(config), &name, Actor::Cli).await?;
            let headline = l10n.text(
                "cli-staff-totp-reset",
                &[("name", fresh.identity.name.clone().into())],
            );
            print_setup(l10n, &headline, &fresh, qr_png.as_deref())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn set_active(
    l10n: &Localizer,
    data_dir: &Path,
    name: &str,
    active: bool,
) -> anyhow::Result<()> {
    let store = site_key::open_store(data_dir).await?;
    let now = super::kiosk::clock().now();
    let changed = accounts::set_active(&store, now, name, active, Actor::Cli).await?;
    let id = match (active, changed) {
        (false, true) => "cli-staff-disabled",
        (false, false) => "cli-staff-already-disabled",
        (true, true) => "cli-staff-enabled",
        (true, false) => "cli-staff-already-enabled",
    };
    println!(
        "{}",
        l10n.text(id, &[("name", name.trim().to_string().into())])
    );
    Ok(())
}

fn read_pin(l10n: &Localizer, name: &str) -> anyhow::Result<Option<String>> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(
            l10n.text("cli-staff-pin-prompt", &[("name", name.into())]) + " ",
        )?;
        let second = rpassword::prompt_password(l10n.text("cli-staff-pin-repeat", &[]) + " ")?;
        if first != second {
            eprintln!("{}", l10n.text("cli-staff-pin-mismatch", &[]));
            return Ok(None);
        }
        Ok(Some(first))
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()))
    }
}

/// Prints `headline`, then the authenticator set-up: a QR code drawn in the terminal, the key
/// and the `otpauth://` URI; with `qr_png`, the QR code as an image too.
fn print_setup(
    l10n: &Localizer,
    headline: &str,
    created: &staff::NewStaff,
    qr_png: Option<&Path>,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{headline}")?;
    writeln!(out, "{}", l10n.text("cli-staff-scan", &[]))?;
    let qr = qrcode::QrCode::with_error_correction_level(
        created.provisioning_uri.as_bytes(),
        qrcode::EcLevel::M,
    )?;
    let art = qr
        .render::<qrcode::render::unicode::Dense1x2>()
        .dark_color(qrcode::render::unicode::Dense1x2::Light)
        .light_color(qrcode::render::unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    writeln!(out, "{art}")?;
    let key = staff::totp::secret_base32(&created.secret);
    writeln!(
        out,
        "{}",
        l10n.text("cli-staff-key", &[("key", key.into())])
    )?;
    writeln!(
        out,
        "{}",
        l10n.text(
            "cli-staff-uri",
            &[("uri", created.provisioning_uri.clone().into())]
        )
    )?;
    if let Some(path) = qr_png {
        let image = qr
            .render::<image::Luma<u8>>()
            .min_dimensions(400, 400)
            .build();
        image.save(path)?;
        writeln!(
            out,
            "{}",
            l10n.text(
                "cli-staff-qr-saved",
                &[("path", path.display().to_string().into())]
            )
        )?;
    }
    Ok(())
}
