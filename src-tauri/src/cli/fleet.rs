//! `lobby fleet join|status|leave`: this tablet in its site's fleet (issue 15). `join` copies
//! the credentials (and the site CA) beside lobby.toml, writes the `[fleet]` section keeping
//! every other line, and tries the server for a few seconds; changes that cannot leave now
//! wait in the database for the kiosk's publisher.

use super::site_key;
use chrono::{DateTime, Utc};
use clap::Subcommand;
use lobby_core::config::fleet::{check_server, Credentials};
use lobby_core::fleet::{self, publisher, Change};
use lobby_core::i18n::Localizer;
use lobby_core::{Config, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// The copies `join` makes beside lobby.toml, so the kiosk's user can read them wherever the
/// operator's files were.
const CREDENTIALS_FILE: &str = "fleet.creds";
const CA_FILE: &str = "fleet-ca.pem";
/// How long `join` waits for the server before leaving the changes to the kiosk.
const REACH_FOR: Duration = Duration::from_secs(4);

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// Join the site's fleet: every change this tablet makes is sent to SERVER.
    Join {
        /// The site's NATS server: nats://host:port or tls://host:port.
        server: String,
        /// The credentials file from `lobby-hub kiosk add SITE TABLET`.
        #[arg(long, value_name = "FILE")]
        credentials: PathBuf,
        /// The site CA (PEM), for a server with a private certificate.
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
    },
    /// Whether this tablet is in a fleet, connected, and how many changes wait.
    Status,
    /// Leave the fleet: the [fleet] section goes; unsent changes stay in the database.
    Leave,
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: FleetCommand,
) -> anyhow::Result<ExitCode> {
    match command {
        FleetCommand::Join {
            server,
            credentials,
            ca,
        } => join(l10n, config, data_dir, &server, &credentials, ca.as_deref()).await,
        FleetCommand::Status => {
            let store = site_key::open_store(data_dir).await?;
            let result = status(l10n, &store).await;
            store.pool().close().await;
            result
        }
        FleetCommand::Leave => leave(l10n, config, data_dir).await,
    }
}

fn refuse(l10n: &Localizer, problem: String) -> anyhow::Result<ExitCode> {
    eprintln!(
        "{}",
        l10n.text("cli-fleet-not-joined", &[("problem", problem.into())])
    );
    Ok(ExitCode::from(2))
}

/// What a join or leave may have to put back.
struct Saved {
    files: Vec<(PathBuf, Option<Vec<u8>>)>,
}

impl Saved {
    fn of(paths: &[&Path]) -> Self {
        Saved {
            files: paths
                .iter()
                .map(|p| (p.to_path_buf(), std::fs::read(p).ok()))
                .collect(),
        }
    }

    fn put_back(&self) {
        for (path, bytes) in &self.files {
            let result = match bytes {
                Some(b) => write_private(path, b),
                None => match std::fs::remove_file(path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                    _ => Ok(()),
                },
            };
            if let Err(e) = result {
                tracing::error!(path = %path.display(), error = %e, "could not put a file back");
            }
        }
    }
}

/// Writes a file readable by its owner only (the credentials hold a password).
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        drop(file);
    }
    use std::io::Write;
    options.open(path)?.write_all(bytes)
}

/// The copies belong to whoever owns the data folder: the kiosk's user, who must read them,
/// while `join` usually runs as root (a 0600 file of root's would stop the kiosk at start).
fn owned_like(data_dir: &Path, paths: &[&Path]) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(owner) = std::fs::metadata(data_dir) else {
            return;
        };
        for path in paths.iter().filter(|p| p.exists()) {
            let mine = std::fs::metadata(path).is_ok_and(|m| m.uid() == owner.uid());
            if !mine {
                if let Err(e) = std::os::unix::fs::chown(path, Some(owner.uid()), Some(owner.gid()))
                {
                    tracing::warn!(path = %path.display(), error = %e, "could not hand over");
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (data_dir, paths);
}

/// lobby.toml with its `[fleet]` section set to these values (or removed, for `None`);
/// every other line and comment stays as it was.
fn with_fleet_section(
    text: &str,
    section: Option<(&str, &Path, Option<&Path>)>,
) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    match section {
        None => {
            doc.remove("fleet");
        }
        Some((server, credentials, ca)) => {
            let path = |p: &Path| toml_edit::value(p.display().to_string());
            if !doc.contains_table("fleet") {
                doc.insert("fleet", toml_edit::Item::Table(toml_edit::Table::new()));
            }
            let table = doc["fleet"]
                .as_table_mut()
                .ok_or_else(|| "fleet is not a table".to_string())?;
            table.insert("server", toml_edit::value(server));
            table.insert("credentials", path(credentials));
            match ca {
                Some(ca) => {
                    table.insert("ca", path(ca));
                }
                None => {
                    table.remove("ca");
                }
            }
        }
    }
    Ok(doc.to_string())
}

/// Writes the edited lobby.toml and loads it again; on any refusal the old files come back.
fn rewrite_config(
    l10n: &Localizer,
    file: &Path,
    text: &str,
    saved: &Saved,
) -> anyhow::Result<Result<Config, ExitCode>> {
    if let Err(e) = std::fs::write(file, text) {
        saved.put_back();
        eprintln!(
            "{}",
            l10n.text(
                "cli-fleet-write-failed",
                &[
                    ("path", file.display().to_string().into()),
                    ("reason", e.to_string().into())
                ]
            )
        );
        return Ok(Err(ExitCode::from(2)));
    }
    match Config::load(file) {
        Ok(c) => Ok(Ok(super::kiosk::always_open_for_tests(c))),
        Err(e) => {
            saved.put_back();
            let problem = e.message.text(l10n);
            eprintln!(
                "{}",
                l10n.text(
                    "cli-config-refused",
                    &[
                        ("file", file.display().to_string().into()),
                        ("key", e.key.clone().into()),
                        ("problem", problem.into()),
                    ],
                )
            );
            Ok(Err(ExitCode::from(2)))
        }
    }
}

async fn join(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    server: &str,
    credentials: &Path,
    ca: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let Some(file) = &config.file else {
        eprintln!("{}", l10n.text("cli-fleet-demo", &[]));
        return Ok(ExitCode::from(2));
    };
    let server = match check_server(server) {
        Ok(s) => s,
        Err(m) => return refuse(l10n, m.text(l10n)),
    };
    let creds = match Credentials::read(credentials) {
        Ok(c) => c,
        Err(m) => return refuse(l10n, m.text(l10n)),
    };
    if creds.tablet != config.kiosk_id {
        let problem = l10n.text(
            "cli-config-fleet-tablet",
            &[
                ("tablet", creds.tablet.clone().into()),
                ("id", config.kiosk_id.clone().into()),
            ],
        );
        return refuse(l10n, problem);
    }
    let ca_pem = match ca {
        None => None,
        Some(ca) => match std::fs::read(ca) {
            Ok(b) if String::from_utf8_lossy(&b).contains("-----BEGIN CERTIFICATE-----") => Some(b),
            _ => {
                let problem = l10n.text(
                    "cli-config-fleet-ca",
                    &[("value", ca.display().to_string().into())],
                );
                return refuse(l10n, problem);
            }
        },
    };
    let file = std::path::absolute(file)?;
    let dir = file.parent().unwrap_or(Path::new("/")).to_path_buf();
    let (creds_copy, ca_copy) = (dir.join(CREDENTIALS_FILE), dir.join(CA_FILE));
    let old_text = std::fs::read_to_string(&file)?;
    let saved = Saved::of(&[&file, &creds_copy, &ca_copy]);
    let text = match with_fleet_section(
        &old_text,
        Some((
            &server,
            &creds_copy,
            ca_pem.as_ref().map(|_| ca_copy.as_path()),
        )),
    ) {
        Ok(t) => t,
        Err(e) => return refuse(l10n, e),
    };
    let creds_bytes = std::fs::read(credentials)?;
    let copied = write_private(&creds_copy, &creds_bytes)
        .map_err(|e| (creds_copy.clone(), e))
        .and_then(|()| match &ca_pem {
            Some(pem) => write_private(&ca_copy, pem).map_err(|e| (ca_copy.clone(), e)),
            None => Ok(()),
        });
    if let Err((path, e)) = copied {
        saved.put_back();
        eprintln!(
            "{}",
            l10n.text(
                "cli-fleet-write-failed",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", e.to_string().into())
                ]
            )
        );
        return Ok(ExitCode::from(2));
    }
    owned_like(data_dir, &[&creds_copy, &ca_copy]);
    let config = match rewrite_config(l10n, &file, &text, &saved)? {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let Some(fleet) = config.fleet.as_ref() else {
        saved.put_back();
        anyhow::bail!("the [fleet] section did not load");
    };
    let clock = super::kiosk::clock();
    let store = site_key::open_store(data_dir).await?;
    let result = async {
        fleet::sync(&store, clock.now(), Some(fleet)).await?;
        let reached = publisher::reach(&store, clock.as_ref(), fleet, REACH_FOR).await;
        let waiting = fleet::status(&store).await?.waiting;
        let (site, tablet) = (fleet.site().to_string(), fleet.tablet().to_string());
        match reached {
            Ok(sent) => println!(
                "{}",
                l10n.text(
                    "cli-fleet-joined-sent",
                    &[
                        ("site", site.into()),
                        ("tablet", tablet.into()),
                        ("count", sent.into())
                    ]
                )
            ),
            Err(f) => {
                fleet::record_error(&store, f.code, &f.detail).await?;
                let reason = l10n.text(&format!("fleet-error-{}", f.code), &[]);
                println!(
                    "{}",
                    l10n.text(
                        "cli-fleet-joined-offline",
                        &[
                            ("site", site.into()),
                            ("tablet", tablet.into()),
                            ("reason", reason.into()),
                            ("count", waiting.into()),
                        ]
                    )
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    }
    .await;
    store.pool().close().await;
    result
}

fn minutes_since(now: DateTime<Utc>, at: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| (now - t.with_timezone(&Utc)).num_minutes().max(0))
}

async fn status(l10n: &Localizer, store: &Store) -> anyhow::Result<ExitCode> {
    let s = fleet::status(store).await?;
    let now = super::kiosk::clock().now();
    if !s.active {
        println!("{}", l10n.text("cli-fleet-status-none", &[]));
        if s.waiting > 0 {
            println!(
                "{}",
                l10n.text("cli-fleet-unsent", &[("count", s.waiting.into())])
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    println!(
        "{}",
        l10n.text(
            "cli-fleet-status-member",
            &[
                ("site", text(&s.site).into()),
                ("tablet", text(&s.tablet).into()),
                ("server", text(&s.server).into()),
            ]
        )
    );
    let connection = match (&s.connected_at, s.connected) {
        (Some(at), true) => l10n.text("cli-fleet-status-connected", &[("at", at.clone().into())]),
        (Some(at), false) => l10n.text(
            "cli-fleet-status-disconnected",
            &[("at", at.clone().into())],
        ),
        (None, _) => l10n.text("cli-fleet-status-never", &[]),
    };
    println!("{connection}");
    println!(
        "{}",
        l10n.text("cli-fleet-status-waiting", &[("count", s.waiting.into())])
    );
    if let Some(at) = &s.oldest_waiting_at {
        println!(
            "{}",
            l10n.text(
                "cli-fleet-status-oldest",
                &[
                    ("at", at.clone().into()),
                    ("minutes", minutes_since(now, at).unwrap_or(0).into()),
                ]
            )
        );
    }
    println!(
        "{}",
        match &s.last_ack_at {
            Some(at) => l10n.text("cli-fleet-status-ack", &[("at", at.clone().into())]),
            None => l10n.text("cli-fleet-status-ack-none", &[]),
        }
    );
    if let Some(code) = &s.error {
        let reason = l10n.text(&format!("fleet-error-{code}"), &[]);
        println!(
            "{}",
            l10n.text("cli-fleet-status-error", &[("reason", reason.into())])
        );
    }
    Ok(ExitCode::SUCCESS)
}

async fn leave(l10n: &Localizer, config: &Config, data_dir: &Path) -> anyhow::Result<ExitCode> {
    if let Some(file) = &config.file {
        let file = std::path::absolute(file)?;
        let old_text = std::fs::read_to_string(&file)?;
        if old_text
            .parse::<toml_edit::DocumentMut>()?
            .contains_key("fleet")
        {
            let dir = file.parent().unwrap_or(Path::new("/")).to_path_buf();
            let (creds_copy, ca_copy) = (dir.join(CREDENTIALS_FILE), dir.join(CA_FILE));
            let saved = Saved::of(&[&file, &creds_copy, &ca_copy]);
            let text = with_fleet_section(&old_text, None).map_err(anyhow::Error::msg)?;
            if let Err(code) = rewrite_config(l10n, &file, &text, &saved)? {
                return Ok(code);
            }
            for copy in [&creds_copy, &ca_copy] {
                match std::fs::remove_file(copy) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        tracing::warn!(path = %copy.display(), error = %e, "could not remove")
                    }
                    _ => {}
                }
            }
        }
    }
    let store = site_key::open_store(data_dir).await?;
    let result = async {
        let change = fleet::sync(&store, super::kiosk::clock().now(), None).await?;
        println!(
            "{}",
            l10n.text(
                if change == Change::Left {
                    "cli-fleet-left"
                } else {
                    "cli-fleet-not-member"
                },
                &[]
            )
        );
        let waiting = fleet::status(&store).await?.waiting;
        if waiting > 0 {
            println!(
                "{}",
                l10n.text("cli-fleet-unsent", &[("count", waiting.into())])
            );
        }
        Ok(ExitCode::SUCCESS)
    }
    .await;
    store.pool().close().await;
    result
}

/// The fleet line of `lobby doctor`: a warning when changes have waited more than an hour.
pub async fn doctor_line(
    l10n: &Localizer,
    store: &Store,
) -> anyhow::Result<(String, super::doctor::Status, String)> {
    use super::doctor::Status;
    let title = l10n.text("cli-doctor-fleet", &[]);
    let s = fleet::status(store).await?;
    if !s.active {
        return Ok((title, Status::Ok, l10n.text("cli-doctor-fleet-none", &[])));
    }
    let id = if s.connected {
        "cli-doctor-fleet-connected"
    } else {
        "cli-doctor-fleet-disconnected"
    };
    let mut text = l10n.text(
        id,
        &[
            ("site", s.site.unwrap_or_default().into()),
            ("tablet", s.tablet.unwrap_or_default().into()),
            ("count", s.waiting.into()),
        ],
    );
    let minutes = s
        .oldest_waiting_at
        .as_deref()
        .and_then(|at| minutes_since(super::kiosk::clock().now(), at));
    let mut status = Status::Ok;
    if let Some(minutes) = minutes {
        text.push_str("; ");
        text.push_str(&l10n.text("cli-doctor-fleet-oldest", &[("minutes", minutes.into())]));
        if minutes > 60 {
            status = Status::Warning;
        }
    }
    Ok((title, status, text))
}
