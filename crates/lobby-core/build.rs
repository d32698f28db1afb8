//! Embeds every `locales/<lang>/*.ftl` file, so the binary carries its translations and the
//! locale checks see exactly what ships.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut langs: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ folder at the workspace root")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    let mut out = String::from("/// (language, file name, Fluent source) of every shipped file.\npub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = std::fs::read_dir(lang.path())
            .expect("readable locale folder")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            let path = file.path().canonicalize().expect("locale file path");
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(
                out,
                "    ({:?}, {:?}, include_str!({:?})),",
                lang.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                path.display().to_string()
            )
            .expect("writing to a String");
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
