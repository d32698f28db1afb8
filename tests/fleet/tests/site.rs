//! One site, many tablets (issue 16), against the real peers: PostgreSQL, the hub's and the
//! site's `nats-server`, `lobby-hub`, and three tablet processes running the kiosk's fleet tasks
//! (publisher, the readers of the site's two streams, presence). The test acts on a tablet's
//! database the way the kiosk or `lobby` on that machine does (the same lobby-core calls) and
//! watches the others. Run by `make test-fleet`, one test at a time.

#![allow(clippy::unwrap_used)]

use chrono::Utc;
use lobby_core::audit::Actor;
use lobby_core::badges::{self, Tapped};
use lobby_core::config::VisitKind;
use lobby_core::emergency::{self, EmergencyKind};
use lobby_core::error::Error;
use lobby_core::fleet::down::{self, Down, EmergencyFacts};
use lobby_core::reader::Uid;
use lobby_core::visits::rollcall::{self, Mark};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{Config, Store};
use lobby_fleet_tests::{env, eventually, nats, tablet_main, Fleet, Tablet, TabletProcess, SITE};
use std::collections::HashSet;
use std::time::Duration;

/// The tablet process (see `tablet_main`): does nothing in a normal run.
#[test]
fn tablet_process() {
    tablet_main();
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A tablet with its process running, its store and its configuration.
struct Running {
    tablet: Tablet,
    process: Option<TabletProcess>,
    store: Store,
    config: Config,
}

impl Running {
    async fn start(fleet: &Fleet, id: &str) -> Running {
        let tablet = fleet.add_tablet(id);
        let process = tablet.spawn(0, 0);
        assert!(
            process
                .wait_line("drained", Duration::from_secs(60))
                .is_some(),
            "{id} did not join"
        );
        let store = tablet.store().await;
        let config = Config::load(&tablet.config).unwrap();
        Running {
            tablet,
            process: Some(process),
            store,
            config,
        }
    }

    fn kill(&mut self) {
        if let Some(p) = self.process.take() {
            p.kill();
        }
    }

    fn restart(&mut self) {
        assert!(self.process.is_none());
        self.process = Some(self.tablet.spawn(0, 0));
    }

    fn id(&self) -> &str {
        &self.tablet.id
    }

    async fn on_site(&self) -> Vec<(String, Option<String>)> {
        visits::on_site(&mut self.store.conn().await.unwrap())
            .await
            .unwrap()
            .into_iter()
            .map(|v| (v.name, v.tablet))
            .collect()
    }

    /// The emergency in force: its kind and its id across the fleet.
    async fn emergency(&self) -> Option<(EmergencyKind, String)> {
        let mut conn = self.store.conn().await.unwrap();
        let e = emergency::current(&mut conn).await.unwrap()?;
        let id: Option<String> =
            sqlx::query_scalar("SELECT fleet_id FROM emergencies WHERE id = ?")
                .bind(e.id)
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        Some((e.kind, id.unwrap_or_default()))
    }

    async fn check_in(&self, name: &str) -> visits::CheckedIn {
        let request = CheckInRequest {
            kind: Some(VisitKind::Guest),
            name: name.into(),
            privacy_accepted: true,
            language: "en-US".into(),
            ..Default::default()
        };
        visits::check_in(&self.store, Utc::now(), &self.config, &request)
            .await
            .unwrap()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.kill();
    }
}

async fn three(fleet: &Fleet) -> [Running; 3] {
    [
        Running::start(fleet, "a").await,
        Running::start(fleet, "b").await,
        Running::start(fleet, "c").await,
    ]
}

const CARD: &str = "04A1B2C3D4E5F6";

fn card() -> Uid {
    Uid::new(vec![0x04, 0xA1, 0xB2, 0xC3, 0xD4, 0xE5, 0xF6]).unwrap()
}

async fn card_active(t: &Running) -> bool {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM badges WHERE uid = ? AND member_id = 'M-7001' AND revoked_at IS NULL",
    )
    .bind(CARD)
    .fetch_one(t.store.pool())
    .await
    .unwrap();
    n == 1
}

/// Scenario 1: a member imported at the hub taps in at all three tablets (her first tap, at A,
/// puts her on site at B and C), and a staff account made at the hub is on all three; the badge
/// revoked at the hub while C is off is refused at C right after it comes back.
#[test]
fn a_member_imported_at_the_hub_taps_everywhere_and_a_revocation_reaches_an_offline_tablet() {
    runtime().block_on(async {
        let fleet = Fleet::start("site_members").await;
        let mut tablets = three(&fleet).await;
        let csv = fleet.dir.path().join("members.csv");
        std::fs::write(
            &csv,
            format!(
                "id,name,email,team,active,badge_uid,card_type,groups,valid_from,valid_to\n\
                 M-7001,Hedy Lamarr,hedy@example.org,,1,{CARD},desfire,,2026-01-01,\n"
            ),
        )
        .unwrap();
        let out = fleet.hub(&["members", "import", SITE, csv.to_str().unwrap()]);
        assert!(out.ok, "members import: {}{}", out.stdout, out.stderr);
        for t in &tablets {
            eventually(&format!("the member's badge on {}", t.id()), || async {
                card_active(t).await.then_some(())
            })
            .await;
        }
        // Her first tap of the day, at A, puts her on site at B and C too (a roll call started
        // there counts her); her taps there open as well and are not a second check-in.
        let tapped = badges::tap(&tablets[0].store, Utc::now(), &tablets[0].config, &card())
            .await
            .unwrap();
        assert!(
            matches!(&tapped, Tapped::Member { member_id, first_today: true } if member_id == "M-7001"),
            "A: {tapped:?}"
        );
        for t in &tablets[1..] {
            eventually(&format!("the member on site at {}", t.id()), || async {
                let today = badges::in_today(&mut t.store.conn().await.unwrap(), &t.config, Utc::now())
                    .await
                    .unwrap();
                (today == [("M-7001".to_string(), "Hedy Lamarr".to_string())]).then_some(())
            })
            .await;
            let tapped = badges::tap(&t.store, Utc::now(), &t.config, &card())
                .await
                .unwrap();
            assert!(
                matches!(&tapped, Tapped::Member { member_id, first_today: false } if member_id == "M-7001"),
                "{}: {tapped:?}",
                t.id()
            );
        }

        // A staff account made at the hub: one account on every tablet of the site.
        let out = fleet.hub_with_input(&["staff", "add", SITE, "Sam Staff"], "739201\n");
        assert!(out.ok, "staff add: {}{}", out.stdout, out.stderr);
        for t in &tablets {
            eventually(
                &format!("the hub's staff account on {}", t.id()),
                || async {
                    let active: Option<bool> =
                        sqlx::query_scalar("SELECT active FROM staff WHERE name = 'Sam Staff'")
                            .fetch_optional(t.store.pool())
                            .await
                            .unwrap();
                    (active == Some(true)).then_some(())
                },
            )
            .await;
        }

        tablets[2].kill();
        let out = fleet.hub(&["badge", "revoke", SITE, CARD]);
        assert!(out.ok, "badge revoke: {}{}", out.stdout, out.stderr);
        for t in &tablets[..2] {
            eventually(&format!("the revocation on {}", t.id()), || async {
                (!card_active(t).await).then_some(())
            })
            .await;
        }
        let c = &mut tablets[2];
        assert!(card_active(c).await, "C was off: it still holds the card");
        c.restart();
        eventually("the revocation on C after it came back", || async {
            (!card_active(c).await).then_some(())
        })
        .await;
        assert_eq!(
            badges::tap(&c.store, Utc::now(), &c.config, &card())
                .await
                .unwrap(),
            Tapped::Revoked
        );
        // Applied changes say where they came from.
        let origin: String = sqlx::query_scalar(
            "SELECT actor FROM audit_log WHERE action = 'fleet-apply' ORDER BY seq DESC LIMIT 1",
        )
        .fetch_one(c.store.pool())
        .await
        .unwrap();
        assert_eq!(origin, "fleet:hub");
    });
}

/// Scenario 2: a visit checked in on A is on B's and C's on-site lists, checked out on B with
/// its code, and C's list drops it; A, its owner, has it checked out.
#[test]
fn a_visit_from_a_is_checked_out_on_b_and_leaves_every_list() {
    runtime().block_on(async {
        let fleet = Fleet::start("site_visits").await;
        let [a, b, c] = three(&fleet).await;
        let welcome = a.check_in("Ada Lovelace").await;
        let from_a = ("Ada Lovelace".to_string(), Some("a".to_string()));
        for t in [&b, &c] {
            eventually(&format!("A's visit on {}'s list", t.id()), || async {
                t.on_site().await.contains(&from_a).then_some(())
            })
            .await;
        }
        let out = visits::check_out_by_code(&b.store, Utc::now(), &welcome.checkout_code)
            .await
            .unwrap();
        assert_eq!(out.first_name, "Ada");
        assert!(matches!(
            visits::check_out_by_code(&b.store, Utc::now(), &welcome.checkout_code).await,
            Err(Error::AlreadyCheckedOut)
        ));
        eventually("the visit gone from C's list", || async {
            (!c.on_site().await.contains(&from_a)).then_some(())
        })
        .await;
        eventually("A checked its own visit out", || async {
            a.on_site().await.is_empty().then_some(())
        })
        .await;
        // The first check-out won; A answers the code "already checked out" too.
        assert!(matches!(
            visits::check_out_by_code(&a.store, Utc::now(), &welcome.checkout_code).await,
            Err(Error::AlreadyCheckedOut)
        ));
    });
}

/// Scenario 3: two tablets cut off from everything issue 500 check-out codes each: no code is
/// shared, because each code ends in its tablet's number.
#[test]
fn two_cut_off_tablets_never_give_out_the_same_code() {
    runtime().block_on(async {
        let fleet = Fleet::start("site_codes").await;
        let (a, b) = (fleet.add_tablet("a"), fleet.add_tablet("b"));
        nats("stop-site");
        let running = [a.spawn(500, 0), b.spawn(500, 0)];
        for p in &running {
            assert!(
                p.wait_line("checked-in", Duration::from_secs(60)).is_some(),
                "a tablet checked nobody in"
            );
        }
        let mut codes = Vec::new();
        for t in [&a, &b] {
            let store = t.store().await;
            let mine: Vec<String> = eventually(&format!("500 check-ins on {}", t.id), || async {
                let c: Vec<String> = sqlx::query_scalar("SELECT checkout_code FROM visits")
                    .fetch_all(store.pool())
                    .await
                    .unwrap();
                (c.len() >= 500).then_some(c)
            })
            .await;
            let number: Option<i64> =
                sqlx::query_scalar("SELECT number FROM fleet_link WHERE id = 1")
                    .fetch_one(store.pool())
                    .await
                    .unwrap();
            let digit = char::from(b'0' + number.expect("kiosk add gives a number") as u8);
            assert!(
                mine.iter().all(|c| c.ends_with(digit)),
                "{}: {mine:?}",
                t.id
            );
            codes.push(mine.into_iter().collect::<HashSet<_>>());
        }
        assert_eq!(codes[0].len(), 500, "A's open codes are distinct");
        assert_eq!(codes[1].len(), 500, "B's open codes are distinct");
        assert!(
            codes[0].is_disjoint(&codes[1]),
            "a code was given out twice"
        );
        for p in running {
            p.kill();
        }
        nats("start-site");
    });
}

/// Scenario 4: an emergency started on A (as `lobby emergency start` there) with the hub's
/// `nats-server` down reaches B and C through the site's own server; a newer one from B wins
/// everywhere; a late all clear for A's does not end B's; the hub's all clear ends it.
#[test]
fn an_emergency_reaches_every_tablet_with_the_hub_down_and_a_late_all_clear_ends_nothing() {
    runtime().block_on(async {
        let mut fleet = Fleet::start("site_emergency").await;
        let [a, b, c] = three(&fleet).await;
        fleet.stop_hub();
        nats("stop-hub");
        let fire = emergency::start(&a.store, Utc::now(), Actor::Cli, EmergencyKind::Fire, None)
            .await
            .unwrap();
        let fire_id = format!("a:{}", fire.id);
        for t in [&b, &c] {
            eventually(&format!("the fire on {}", t.id()), || async {
                (t.emergency().await == Some((EmergencyKind::Fire, fire_id.clone()))).then_some(())
            })
            .await;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        let shelter = emergency::start(
            &b.store,
            Utc::now(),
            Actor::Cli,
            EmergencyKind::Shelter,
            None,
        )
        .await
        .unwrap();
        let shelter_id = format!("b:{}", shelter.id);
        for t in [&a, &b, &c] {
            eventually(&format!("B's shelter on {}", t.id()), || async {
                (t.emergency().await == Some((EmergencyKind::Shelter, shelter_id.clone())))
                    .then_some(())
            })
            .await;
        }

        // The hub is back. A late all clear for A's fire comes down from the hub's stream.
        nats("start-hub");
        fleet.start_hub();
        let late = Down::Emergency(EmergencyFacts {
            v: lobby_core::fleet::PROTOCOL,
            id: fire_id.clone(),
            kind: "fire".into(),
            message: None,
            started_at: fire.started_at.clone(),
            ends: Some(fire_id.clone()),
        });
        let client = async_nats::ConnectOptions::with_user_and_password(
            env("NATS_HUB_USER"),
            env("NATS_HUB_PASSWORD"),
        )
        .connect(env("NATS_HUB_URL"))
        .await
        .unwrap();
        let js = async_nats::jetstream::new(client);
        eventually("the hub's LOBBY_DOWN stream", || async {
            js.get_stream(down::DOWN_STREAM).await.ok().map(|_| ())
        })
        .await;
        js.publish(down::down_subject(SITE, "emergency"), late.to_json().into())
            .await
            .unwrap()
            .await
            .unwrap();
        for t in [&a, &b, &c] {
            eventually(
                &format!("the late all clear read by {}", t.id()),
                || async {
                    let n: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM fleet_inbox WHERE stream LIKE ? || '@%' AND kind = 'emergency'",
                    )
                    .bind(down::site_down_stream(SITE))
                    .fetch_one(t.store.pool())
                    .await
                    .unwrap();
                    (n >= 1).then_some(())
                },
            )
            .await;
            assert_eq!(
                t.emergency().await,
                Some((EmergencyKind::Shelter, shelter_id.clone())),
                "a late all clear ended {}'s emergency",
                t.id()
            );
        }

        // The hub's all clear names the one in force, which it learnt from B.
        let out = eventually("the hub knows B's shelter", || async {
            let out = fleet.hub(&["emergency", "status", SITE]);
            out.stdout.contains(&shelter_id).then_some(out)
        })
        .await;
        assert!(out.ok);
        let out = fleet.hub(&["emergency", "end", SITE]);
        assert!(out.ok, "emergency end: {}{}", out.stdout, out.stderr);
        for t in [&a, &b, &c] {
            eventually(&format!("the all clear on {}", t.id()), || async {
                t.emergency().await.is_none().then_some(())
            })
            .await;
        }
    });
}

/// Scenario 5: a roll call started on A is marked on B and C at once; the marks merge (the
/// latest per person wins) and every tablet's export lists everyone exactly once.
#[test]
fn a_roll_call_marked_on_two_tablets_at_once_merges() {
    runtime().block_on(async {
        let fleet = Fleet::start("site_rollcall").await;
        let [a, b, c] = three(&fleet).await;
        let names = ["Ada Lovelace", "Bo Diddley", "Cy Twombly"];
        for (t, name) in [&a, &b, &c].into_iter().zip(names) {
            t.check_in(name).await;
        }
        for t in [&a, &b, &c] {
            eventually(&format!("everyone on {}'s list", t.id()), || async {
                (t.on_site().await.len() == 3).then_some(())
            })
            .await;
        }
        // A staff member of the site (the tablets' databases start without one).
        let mut staff = Vec::new();
        for t in [&a, &b, &c] {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO staff (name, pin_hash, totp_secret, created_at)
                 VALUES ('Sam Staff', 'x', zeroblob(20), ?) RETURNING id",
            )
            .bind(Utc::now().to_rfc3339())
            .fetch_one(t.store.pool())
            .await
            .unwrap();
            staff.push(id);
        }
        let call = rollcall::start(&a.store, Utc::now(), &a.config, staff[0])
            .await
            .unwrap();
        assert_eq!(call.entries.len(), 3);
        let mut calls = Vec::new();
        for t in [&b, &c] {
            calls.push(
                eventually(&format!("the roll call on {}", t.id()), || async {
                    rollcall::current(&mut t.store.conn().await.unwrap())
                        .await
                        .unwrap()
                })
                .await,
            );
        }
        let entry = |call: &rollcall::RollCall, name: &str| {
            call.entries.iter().find(|e| e.name == name).unwrap().id
        };
        // At once: Ada marked missing on B and safe on C; Bo safe on B, Cy safe on C.
        let (on_b, on_c) = tokio::join!(
            async {
                rollcall::mark(
                    &b.store,
                    Utc::now(),
                    staff[1],
                    entry(&calls[0], "Ada Lovelace"),
                    Mark::Missing,
                )
                .await
                .unwrap();
                rollcall::mark(
                    &b.store,
                    Utc::now(),
                    staff[1],
                    entry(&calls[0], "Bo Diddley"),
                    Mark::Safe,
                )
                .await
                .unwrap()
            },
            async {
                rollcall::mark(
                    &c.store,
                    Utc::now(),
                    staff[2],
                    entry(&calls[1], "Ada Lovelace"),
                    Mark::Safe,
                )
                .await
                .unwrap();
                rollcall::mark(
                    &c.store,
                    Utc::now(),
                    staff[2],
                    entry(&calls[1], "Cy Twombly"),
                    Mark::Safe,
                )
                .await
                .unwrap()
            }
        );
        let ada = |call: &rollcall::RollCall| {
            call.entries
                .iter()
                .find(|e| e.name == "Ada Lovelace")
                .map(|e| (e.marked_at.clone(), e.status))
                .unwrap()
        };
        // The later of the two marks of Ada (by time, then tablet) is the one that stays.
        let (b_at, c_at) = (ada(&on_b).0.unwrap(), ada(&on_c).0.unwrap());
        let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let winner = if (parse(&b_at), "b") > (parse(&c_at), "c") {
            Mark::Missing
        } else {
            Mark::Safe
        };
        let expected = [
            ("Ada Lovelace".to_string(), winner),
            ("Bo Diddley".to_string(), Mark::Safe),
            ("Cy Twombly".to_string(), Mark::Safe),
        ];
        for t in [&a, &b, &c] {
            let call = eventually(&format!("the merged marks on {}", t.id()), || async {
                let call = rollcall::current(&mut t.store.conn().await.unwrap())
                    .await
                    .unwrap()?;
                let marks: Vec<(String, Mark)> = call
                    .entries
                    .iter()
                    .map(|e| (e.name.clone(), e.status))
                    .collect();
                (marks == expected).then_some(call)
            })
            .await;
            let csv = visits::export::roll_call_csv(&t.store, &t.config, Utc::now(), call.id)
                .await
                .unwrap();
            let text = String::from_utf8(csv).unwrap();
            for name in names {
                assert_eq!(
                    text.matches(name).count(),
                    1,
                    "{name} on {}: {text}",
                    t.id()
                );
            }
        }
    });
}

/// Scenario 6: a configuration with an error pushed at the hub is refused there, naming the
/// file, the key and the reason, and never reaches a tablet; a good one does.
#[test]
fn a_bad_configuration_is_refused_at_the_hub_and_never_reaches_a_tablet() {
    runtime().block_on(async {
        let fleet = Fleet::start("site_config").await;
        let a = Running::start(&fleet, "a").await;
        let bad = fleet.dir.path().join("bad-lobby.toml");
        std::fs::write(&bad, "[site]\nname = \"HQ\"\ntime_zone = \"Europe/Berlin\"\n\n[hours]\nmonday = \"25:00-26:00\"\n").unwrap();
        let out = fleet.hub(&["config", "push", SITE, bad.to_str().unwrap()]);
        assert!(!out.ok, "a bad configuration was accepted: {}", out.stdout);
        for needle in [bad.to_str().unwrap(), "hours.monday", "25:00"] {
            assert!(out.stderr.contains(needle), "no {needle:?} in: {}", out.stderr);
        }
        let good = fleet.dir.path().join("lobby.toml");
        let text = "[site]\nname = \"HQ\"\ntime_zone = \"Europe/Berlin\"\n";
        std::fs::write(&good, text).unwrap();
        let out = fleet.hub(&["config", "push", SITE, good.to_str().unwrap()]);
        assert!(out.ok, "config push: {}{}", out.stdout, out.stderr);
        let sha = lobby_core::policies::sha256_hex(text.as_bytes());
        let pushed: String = eventually("the good configuration on A", || async {
            sqlx::query_scalar("SELECT sha256 FROM fleet_config WHERE id = 1")
                .fetch_optional(a.store.pool())
                .await
                .unwrap()
        })
        .await;
        assert_eq!(pushed, sha);
        let received: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM fleet_inbox WHERE kind = 'config'",
        )
        .fetch_one(a.store.pool())
        .await
        .unwrap();
        assert_eq!(received, 1, "only the good configuration came down");
        // A's lobby.toml is the site's file now, with A's own id and [fleet] section, for the
        // kiosk's next start.
        eventually("the good configuration written to A's lobby.toml", || async {
            let written = Config::load(&a.tablet.config).ok()?;
            (written.site_name == "HQ").then_some(written)
        })
        .await;
        let written = Config::load(&a.tablet.config).unwrap();
        assert_eq!(written.kiosk_id, "a");
        assert_eq!(written.fleet.unwrap().tablet(), "a");
    });
}

/// The site's up stream as the hub sees it: (first, last) sequence, or `None` while it is not
/// there.
async fn site_stream_state_now() -> Option<(u64, u64)> {
    let client = async_nats::ConnectOptions::with_user_and_password(
        env("NATS_HUB_USER"),
        env("NATS_HUB_PASSWORD"),
    )
    .connect(env("NATS_HUB_URL"))
    .await
    .ok()?;
    let js = async_nats::jetstream::with_domain(client, SITE);
    let mut stream = js
        .get_stream(lobby_core::fleet::site_stream(SITE))
        .await
        .ok()?;
    let info = stream.info().await.ok()?;
    Some((info.state.first_sequence, info.state.last_sequence))
}

async fn site_stream_state() -> (u64, u64) {
    site_stream_state_now().await.expect("the site's stream")
}

/// The site's `nats-server` replaced with an empty store (months unattended: its disk died):
/// `lobby-hub serve` makes the site's streams again, the tablets see that the up stream holds
/// fewer messages than they had read, start reading it over, and a check-in on A after it is on
/// B's list again; the hub's shared changes come down again without doubling anything.
#[test]
fn a_site_server_replaced_with_an_empty_store_is_read_again_from_the_start() {
    runtime().block_on(async {
        let fleet = Fleet::start("site_replaced").await;
        let [a, b, _c] = three(&fleet).await;
        let csv = fleet.dir.path().join("members.csv");
        std::fs::write(&csv, "id,name,email,team,active\nM-8001,Grace Hopper,,,1\n").unwrap();
        let out = fleet.hub(&["members", "import", SITE, csv.to_str().unwrap()]);
        assert!(out.ok, "members import: {}{}", out.stdout, out.stderr);
        for i in 0..5 {
            a.check_in(&format!("Before {i}")).await;
        }
        eventually("A's visits on B's list", || async {
            (b.on_site().await.len() == 5).then_some(())
        })
        .await;

        let before = site_stream_state().await;
        nats("stop-site");
        std::fs::remove_dir_all(format!("{}/site-js", env("NATS_RUNDIR"))).unwrap();
        nats("start-site");
        // The new stream numbers on above the old one (the hub's source passes over sequences
        // it has taken already, so a new stream counting from 1 would lose its first messages
        // at the hub).
        eventually(
            "the site's new stream numbering on above the old one",
            || async {
                site_stream_state_now()
                    .await
                    .filter(|(first, _)| *first > before.1)
            },
        )
        .await;
        a.check_in("After the new server").await;
        let after = ("After the new server".to_string(), Some("a".to_string()));
        eventually("a check-in after the new server on B's list", || async {
            b.on_site().await.contains(&after).then_some(())
        })
        .await;
        // The hub gets it too: its stream sources the site's new stream.
        let pool = fleet.pg().await;
        eventually("the check-in after the new server at the hub", || async {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM visits WHERE name = 'After the new server'",
            )
            .fetch_one(&pool)
            .await
            .unwrap();
            (n == 1).then_some(())
        })
        .await;
        pool.close().await;
        // The member came down again (the hub's stream is sourced anew) and is there once.
        let members: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE id = 'M-8001'")
            .fetch_one(b.store.pool())
            .await
            .unwrap();
        assert_eq!(members, 1);
    });
}
