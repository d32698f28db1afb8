//! `lobby demo seed`: the sample site, refused on a site's own data.

use super::site_key;
use clap::Subcommand;
use lobby_core::i18n::Localizer;
use lobby_core::{demo, Config, SystemClock};
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Fill the data folder with the sample site, members and a demo staff account.
    Seed,
}

pub fn issuer(config: &Config) -> String {
    format!("Lobby ({})", config.site_name)
}

pub async fn demo_seed(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    match demo::seed(&store, &SystemClock, config, &issuer(config)).await? {
        demo::Seeded::Now { staff, members } => {
            println!(
                "{}",
                l10n.text(
                    "cli-demo-seeded",
                    &[
                        ("members", members.into()),
                        ("name", staff.identity.name.clone().into())
                    ]
                )
            );
            println!(
                "{}",
                l10n.text(
                    "cli-demo-credentials",
                    &[
                        ("pin", demo::DEMO_STAFF_PIN.into()),
                        (
                            "key",
                            lobby_core::staff::totp::secret_base32(&staff.secret).into()
                        )
                    ]
                )
            );
        }
        demo::Seeded::Already => println!("{}", l10n.text("cli-demo-already", &[])),
        demo::Seeded::Refused(why) => {
            if let Some(site) = why.site {
                eprintln!(
                    "{}",
                    l10n.text("cli-demo-refused-site", &[("site", site.into())])
                );
            }
            if why.staff + why.members + why.visits > 0 {
                eprintln!(
                    "{}",
                    l10n.text(
                        "cli-demo-refused-data",
                        &[
                            ("path", data_dir.display().to_string().into()),
                            ("staff", why.staff.into()),
                            ("members", why.members.into()),
                            ("visits", why.visits.into()),
                        ]
                    )
                );
            }
            eprintln!("{}", l10n.text("cli-demo-refused", &[]));
            return Ok(ExitCode::from(2));
        }
    }
    Ok(ExitCode::SUCCESS)
}
