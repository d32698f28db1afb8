//! The sample site for demo mode: a staff account with a published PIN and authenticator
//! secret (for trying the kiosk, never for a real site) and a small member list. Seeding
//! refuses a data folder that holds a site's own data or runs under a site's own name, and
//! `lobby doctor` reports the demo account where it does not belong.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::config::Config;
use crate::error::Result;
use crate::members::{self, Member};
use crate::policies;
use crate::staff::{self, NewStaff};
use crate::store::settings;
use crate::Store;
use serde_json::json;

pub const DEMO_STAFF_NAME: &str = "Demo Staff";
pub const DEMO_STAFF_PIN: &str = "246810";
/// Base32 `MRSW233TORQWMZRNNRXWEYTZFV2G65DQ`: published in the README so anyone can add it to
/// an authenticator app (or `oathtool --totp -b`) and try staff sign-in.
pub const DEMO_TOTP_SECRET: &[u8; 20] = b"demostaff-lobby-totp";

const SEEDED_KEY: &str = "demo_seeded";

const MEMBERS: &[(&str, &str, &str)] = &[
    ("M-1001", "Amira Haddad", "Studio North"),
    ("M-1002", "Jonas Becker", "Kettle Labs"),
    ("M-1003", "Li Wei", "Kettle Labs"),
    ("M-1004", "Camille Laurent", "Freelance"),
    ("M-1005", "Sofía Romero", "Open Atlas"),
    ("M-1006", "Kwame Mensah", "Open Atlas"),
    ("M-1007", "Priya Nair", "Studio North"),
    ("M-1008", "Tomás Silva", "Freelance"),
    ("M-1009", "Hannah Schmidt", "Greenline"),
    ("M-1010", "Yusuf Demir", "Greenline"),
    ("M-1011", "Mei Chen", "Freelance"),
    ("M-1012", "Lucas Martin", "Kettle Labs"),
];

/// The demo's policy texts (`docs/policies/<id>/<lang>.md`), written for this project.
macro_rules! policy_texts {
    ($($id:literal: [$($lang:literal),*]),* $(,)?) => {
        &[$(($id, &[$(($lang, include_str!(concat!("../../../docs/policies/", $id, "/", $lang, ".md")))),*])),*]
    };
}

pub const POLICIES: &[(&str, &[(&str, &str)])] = policy_texts! {
    "code-of-conduct": ["en-US", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "ar", "zh-CN"],
    "house-rules": ["en-US", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "ar", "zh-CN"],
    "wifi-acceptable-use": ["en-US", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "ar", "zh-CN"],
};

pub enum Seeded {
    /// Filled now; the staff account that was made.
    Now { staff: NewStaff, members: usize },
    /// The data folder had been seeded before; nothing was changed.
    Already,
    /// A real site's data folder or configuration: nothing was changed.
    Refused(Refusal),
}

/// Why the demo data was not added: what the data folder already holds, and the site's own
/// name when the configuration is not the demo's. The demo account's PIN and authenticator
/// key are published, so on a real site they would let anyone sign in as staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The configured site name, when it is not the demo's.
    pub site: Option<String>,
    pub staff: i64,
    pub members: i64,
    pub visits: i64,
}

/// Whether the configuration is the demo site's: demo mode, or a file that keeps the demo's
/// site name (as the tests' configurations do). A real site names itself in `[site] name`.
pub fn is_demo_site(config: &Config) -> bool {
    config.site_name == Config::demo().site_name
}

/// Active staff accounts that are the demo's (its name or its published secret), by name.
pub async fn demo_staff(store: &Store) -> Result<Vec<String>> {
    let rows: Vec<(String, Vec<u8>)> =
        sqlx::query_as("SELECT name, totp_secret FROM staff WHERE active = 1 ORDER BY name")
            .fetch_all(store.pool())
            .await?;
    // Sealed secrets are compared opened; one that does not open is not the demo's.
    Ok(rows
        .into_iter()
        .filter(|(name, stored)| {
            name == DEMO_STAFF_NAME
                || crate::keys::open_stored(store.key(), crate::keys::Purpose::StaffTotp, stored)
                    .is_ok_and(|s| s == DEMO_TOTP_SECRET.as_slice())
        })
        .map(|(name, _)| name)
        .collect())
}

async fn refusal(store: &Store, config: &Config) -> Result<Option<Refusal>> {
    let count = |table: &'static str| async move {
        sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(store.pool())
            .await
    };
    let refusal = Refusal {
        site: (!is_demo_site(config)).then(|| config.site_name.clone()),
        staff: count("staff").await?,
        members: count("members").await?,
        visits: count("visits").await?,
    };
    let empty =
        refusal.site.is_none() && refusal.staff == 0 && refusal.members == 0 && refusal.visits == 0;
    Ok((!empty).then_some(refusal))
}

/// Fills an empty data folder with the sample site. Running it again changes nothing; a folder
/// with staff, members or visits of its own, or a site's own configuration, is refused.
pub async fn seed(
    store: &Store,
    clock: &dyn Clock,
    config: &Config,
    issuer: &str,
) -> Result<Seeded> {
    if settings::get(store.pool(), SEEDED_KEY).await?.is_some() {
        return Ok(Seeded::Already);
    }
    if let Some(refused) = refusal(store, config).await? {
        return Ok(Seeded::Refused(refused));
    }
    let now = clock.now();
    let staff = staff::insert(
        store,
        now,
        issuer,
        DEMO_STAFF_NAME,
        DEMO_STAFF_PIN,
        DEMO_TOTP_SECRET.to_vec(),
        Actor::Cli,
    )
    .await?;
    let mut tx = store.begin_write().await?;
    for (id, name, team) in MEMBERS {
        let email = format!(
            "{}@example.org",
            name.split(' ').next().unwrap_or("member").to_lowercase()
        );
        let member = Member {
            id: id.to_string(),
            name: name.to_string(),
            email: Some(email),
            team: Some(team.to_string()),
            active: true,
            notify: None,
            language: None,
        };
        members::upsert(&mut tx, &member, now).await?;
    }
    settings::set(&mut *tx, SEEDED_KEY, &now.to_rfc3339()).await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Cli,
            action: "demo-seed",
            subject: None,
            details: json!({ "members": MEMBERS.len() }),
        },
    )
    .await?;
    tx.commit().await?;
    // Version 1 of each sample policy the site lists, in every language.
    for (policy, texts) in POLICIES {
        if config.policies.documents.iter().any(|d| d == policy) {
            let texts: Vec<(String, Vec<u8>)> = texts
                .iter()
                .map(|(lang, text)| (lang.to_string(), text.as_bytes().to_vec()))
                .collect();
            policies::publish(store, now, config, Actor::Cli, policy, None, &texts).await?;
        }
    }
    Ok(Seeded::Now {
        staff,
        members: MEMBERS.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::Verdict;
    use crate::staff::totp;
    use crate::SystemClock;

    #[tokio::test]
    async fn seeding_twice_changes_nothing_and_keeps_the_chain_intact() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        assert!(matches!(
            seed(&store, &SystemClock, &Config::demo(), "Lobby")
                .await
                .unwrap(),
            Seeded::Now { members: 12, .. }
        ));
        assert!(matches!(
            seed(&store, &SystemClock, &Config::demo(), "Lobby")
                .await
                .unwrap(),
            Seeded::Already
        ));
        assert_eq!(members::count_active(&store).await.unwrap(), 12);
        let mut conn = store.pool().acquire().await.unwrap();
        assert_eq!(
            audit::verify(&mut conn, None).await.unwrap(),
            Verdict::Intact {
                entries: 5,
                unchecked: 0
            }
        );
    }

    #[tokio::test]
    async fn a_real_sites_folder_or_configuration_is_refused_and_left_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        staff::add(&store, &SystemClock, "Lobby", "Dana", "582047", Actor::Cli)
            .await
            .unwrap();
        let Seeded::Refused(why) = seed(&store, &SystemClock, &Config::demo(), "Lobby")
            .await
            .unwrap()
        else {
            panic!("seeded a folder with a staff account");
        };
        assert_eq!((why.site, why.staff, why.members), (None, 1, 0));
        assert_eq!(members::count_active(&store).await.unwrap(), 0);
        assert!(demo_staff(&store).await.unwrap().is_empty());

        let empty = tempfile::tempdir().unwrap();
        let store = Store::open(empty.path()).await.unwrap();
        let site = Config::parse("[site]\nname = \"Nordhaus\"\n", None).unwrap();
        assert!(!is_demo_site(&site));
        let Seeded::Refused(why) = seed(&store, &SystemClock, &site, "Lobby").await.unwrap() else {
            panic!("seeded under a site's own name");
        };
        assert_eq!(why.site.as_deref(), Some("Nordhaus"));
        assert_eq!(staff::count_active(&store).await.unwrap(), 0);
        // The demo's own name, with other settings, is still the demo (the tests' configs).
        let demo_like = Config::parse("[kiosk]\nidle_timeout_seconds = 10\n", None).unwrap();
        assert!(matches!(
            seed(&store, &SystemClock, &demo_like, "Lobby")
                .await
                .unwrap(),
            Seeded::Now { .. }
        ));
        assert_eq!(demo_staff(&store).await.unwrap(), [DEMO_STAFF_NAME]);
    }

    #[test]
    fn the_published_secret_matches_the_readme() {
        assert_eq!(
            totp::secret_base32(DEMO_TOTP_SECRET),
            "MRSW233TORQWMZRNNRXWEYTZFV2G65DQ"
        );
    }
}
