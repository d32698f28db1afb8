//! Signing a policy: from "I agree" to the committed acceptance, and the stored PNG's size.
//!
//! Run with `cargo bench -p lobby-core --bench policies` (`make bench` runs it too). Prints a
//! markdown table. Plain `Instant` timing, percentiles by nearest rank.
//!
//! *I agree → committed*: `policies::accept_as_member` from the call to the commit: the name
//! and signature checks, drawing the trimmed grayscale PNG from the strokes, hashing it, the
//! text and version checks, the insert, the audit append and `COMMIT` with
//! `synchronous=FULL`, on a database file under Cargo's target `tmp` folder (not `/tmp`, a RAM
//! disk on some systems). The signature is a typical one: three strokes, about 400 points,
//! across most of a 900×280 pad, with a little jitter so no two are alike.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

use chrono::{TimeZone, Utc};
use lobby_core::config::{Config, CODE_OF_CONDUCT};
use lobby_core::policies::signature::Signature;
use lobby_core::policies::{self, SignedPolicy};
use lobby_core::{demo, FixedClock, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const WARM_UP: usize = 20;
const SAMPLES: usize = 500;

/// A handwriting-like signature: a name-like wave, a second word and an underline.
fn signature(rng: &mut StdRng) -> Signature {
    let mut jitter = |v: f32| v + rng.gen_range(-1.5..1.5);
    let word = |x0: f32, len: usize, jitter: &mut dyn FnMut(f32) -> f32| -> Vec<[f32; 2]> {
        (0..len)
            .map(|i| {
                let x = x0 + i as f32 * 2.2;
                let y = 130.0 + 45.0 * (x / 17.0).sin() * (x / 53.0).cos();
                [jitter(x), jitter(y)]
            })
            .collect()
    };
    let first = word(80.0, 160, &mut jitter);
    let second = word(470.0, 150, &mut jitter);
    let underline = (0..90)
        .map(|i| {
            [
                jitter(90.0 + i as f32 * 7.5),
                jitter(225.0 - i as f32 * 0.2),
            ]
        })
        .collect();
    Signature {
        width: 900.0,
        height: 280.0,
        strokes: vec![first, second, underline],
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let base = std::env::var_os("LOBBY_BENCH_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
        let dir = tempfile::tempdir_in(base).unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let config = Config::demo();
        let t0 = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        demo::seed(&store, &FixedClock::new(t0), &config, "Lobby")
            .await
            .unwrap();
        let doc = policies::document(
            &mut store.conn().await.unwrap(),
            &config,
            CODE_OF_CONDUCT,
            "en-US",
        )
        .await
        .unwrap()
        .unwrap();
        let members: Vec<String> = (1..=12).map(|i| format!("M-{}", 1000 + i)).collect();
        let mut rng = StdRng::seed_from_u64(7);
        let mut times = Vec::with_capacity(SAMPLES);
        let mut sizes = Vec::with_capacity(SAMPLES);
        for i in 0..WARM_UP + SAMPLES {
            let signed = SignedPolicy {
                policy: CODE_OF_CONDUCT.into(),
                version: doc.version,
                lang: doc.lang.clone(),
                text_hash: doc.text_hash.clone(),
                signer_name: "Jonas Becker".into(),
                signature: signature(&mut rng),
            };
            let member = &members[i % members.len()];
            let start = Instant::now();
            policies::accept_as_member(&store, t0, &config, member, &signed)
                .await
                .unwrap();
            let took = start.elapsed();
            if i >= WARM_UP {
                times.push(took);
                sizes.push(signed.signature.to_png().unwrap().len());
            }
        }
        times.sort();
        sizes.sort();
        println!("| measure | p50 | p95 | p99 | max |");
        println!("|---|---|---|---|---|");
        println!(
            "| I agree → committed acceptance ({SAMPLES} samples) | {} | {} | {} | {} |",
            ms(percentile(&times, 50.0)),
            ms(percentile(&times, 95.0)),
            ms(percentile(&times, 99.0)),
            ms(*times.last().unwrap())
        );
        let kb = |b: usize| format!("{:.1} KB", b as f64 / 1024.0);
        println!(
            "| signature PNG size | {} | {} | {} | {} |",
            kb(sizes[sizes.len() / 2]),
            kb(sizes[sizes.len() * 95 / 100]),
            kb(sizes[sizes.len() * 99 / 100]),
            kb(*sizes.last().unwrap())
        );
        let png = signature(&mut rng).to_png().unwrap();
        let img = image::load_from_memory(&png).unwrap();
        println!("\nImage: {}×{} px, 8-bit grey.", img.width(), img.height());
    });
}
