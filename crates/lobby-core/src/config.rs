//! `lobby.toml`, parsed in two stages: [`RawConfig`] is what serde reads (every key has a
//! default, unknown keys are refused), [`Config`] is what the app runs on once every value has
//! been checked. A bad file gives one [`ConfigError`] naming the file, the key and the problem.

use chrono::{NaiveTime, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// The languages Lobby ships, in their default order. `en-US` is the reference.
pub const SHIPPED_LANGUAGES: [&str; 6] = ["en-US", "de", "fr", "es", "ar", "zh-CN"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file, or `None` for the built-in demo configuration.
    pub file: Option<PathBuf>,
    /// The dotted key, e.g. `site.time_zone`; empty when the file itself is unreadable.
    pub key: String,
    pub problem: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self
            .file
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "built-in demo configuration".into());
        if self.key.is_empty() {
            write!(f, "{file}: {}", self.problem)
        } else {
            write!(f, "{file}: key `{}`: {}", self.key, self.problem)
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawConfig {
    pub site: RawSite,
    pub kiosk: RawKiosk,
    pub hours: RawHours,
    pub emergency: RawEmergency,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawSite {
    pub name: String,
    pub time_zone: String,
    pub address: String,
}

impl Default for RawSite {
    fn default() -> Self {
        Self {
            name: "Lobby Demo Space".into(),
            time_zone: "Europe/Berlin".into(),
            address: "Example Street 1, 10115 Berlin".into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawKiosk {
    /// Names this tablet in the audit log and on receipts.
    pub id: String,
    pub idle_timeout_seconds: u64,
    pub languages: Vec<String>,
    pub data_dir: Option<PathBuf>,
}

impl Default for RawKiosk {
    fn default() -> Self {
        Self {
            id: "lobby-1".into(),
            idle_timeout_seconds: 60,
            languages: SHIPPED_LANGUAGES.iter().map(|s| s.to_string()).collect(),
            data_dir: None,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawHours {
    pub monday: String,
    pub tuesday: String,
    pub wednesday: String,
    pub thursday: String,
    pub friday: String,
    pub saturday: String,
    pub sunday: String,
}

impl Default for RawHours {
    fn default() -> Self {
        let weekday = || "08:00-20:00".to_string();
        Self {
            monday: weekday(),
            tuesday: weekday(),
            wednesday: weekday(),
            thursday: weekday(),
            friday: weekday(),
            saturday: "10:00-16:00".into(),
            sunday: "closed".into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawEmergency {
    pub fire: String,
    pub medical: String,
    pub police: String,
    pub site_security: String,
    pub assembly_point: String,
    pub first_aid: String,
}

impl Default for RawEmergency {
    fn default() -> Self {
        Self {
            fire: "112".into(),
            medical: "112".into(),
            police: "110".into(),
            site_security: "+49 30 5555 0100".into(),
            assembly_point: "Courtyard, by the fountain".into(),
            first_aid: "Reception desk, ground floor".into(),
        }
    }
}

/// Opening hours of one day, in the site's time zone; `None` when closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenHours {
    pub open: NaiveTime,
    pub close: NaiveTime,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Where the configuration came from; `None` in demo mode.
    pub file: Option<PathBuf>,
    pub site_name: String,
    pub time_zone: Tz,
    pub address: String,
    pub kiosk_id: String,
    pub idle_timeout_seconds: u64,
    pub languages: Vec<String>,
    pub data_dir: Option<PathBuf>,
    /// Monday first.
    pub hours: [Option<OpenHours>; 7],
    pub emergency: Emergency,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emergency {
    pub fire: String,
    pub medical: String,
    pub police: String,
    pub site_security: String,
    pub assembly_point: String,
    pub first_aid: String,
}

impl Config {
    /// Demo mode: the built-in defaults, no file.
    pub fn demo() -> Self {
        RawConfig::default()
            .validate(None)
            .expect("the built-in demo configuration is valid")
    }

    /// Reads and validates `path`. Touches nothing else.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: Some(path.to_owned()),
            key: String::new(),
            problem: format!("cannot read the file: {e}"),
        })?;
        Self::parse(&text, Some(path))
    }

    pub fn parse(text: &str, file: Option<&Path>) -> Result<Self, ConfigError> {
        let fail = |key: String, problem: String| ConfigError {
            file: file.map(Path::to_owned),
            key,
            problem,
        };
        let deserializer = toml::Deserializer::new(text);
        let raw: RawConfig = serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let key = e.path().to_string();
            let key = if key == "." { String::new() } else { key };
            // toml's own message repeats the whole document position; keep its first line.
            let inner = e.into_inner();
            let problem = inner
                .message()
                .lines()
                .next()
                .unwrap_or("invalid value")
                .to_string();
            let problem = match inner.span() {
                Some(span) => format!("{problem} (line {})", line_of(text, span.start)),
                None => problem,
            };
            fail(key, problem)
        })?;
        raw.validate(file)
    }

    /// Opening hours for a weekday.
    pub fn hours_on(&self, day: Weekday) -> Option<OpenHours> {
        self.hours[day.num_days_from_monday() as usize]
    }

    /// Demo mode is running without a configuration file.
    pub fn is_demo(&self) -> bool {
        self.file.is_none()
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl RawConfig {
    pub fn validate(self, file: Option<&Path>) -> Result<Config, ConfigError> {
        let fail = |key: &str, problem: String| ConfigError {
            file: file.map(Path::to_owned),
            key: key.to_string(),
            problem,
        };
        let site_name = self.site.name.trim().to_string();
        if site_name.is_empty() || site_name.chars().count() > 80 {
            return Err(fail("site.name", "must be 1 to 80 characters".into()));
        }
        let time_zone: Tz = self.site.time_zone.parse().map_err(|_| {
            fail(
                "site.time_zone",
                format!(
                    "unknown time zone {:?}: use an IANA name such as \"Europe/Berlin\"",
                    self.site.time_zone
                ),
            )
        })?;
        let kiosk_id = self.kiosk.id.trim().to_string();
        if kiosk_id.is_empty()
            || kiosk_id.len() > 40
            || !kiosk_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(fail(
                "kiosk.id",
                "must be 1 to 40 letters, digits, '-' or '_'".into(),
            ));
        }
        if !(10..=3600).contains(&self.kiosk.idle_timeout_seconds) {
            return Err(fail(
                "kiosk.idle_timeout_seconds",
                format!(
                    "must be between 10 and 3600 seconds, not {}",
                    self.kiosk.idle_timeout_seconds
                ),
            ));
        }
        if self.kiosk.languages.is_empty() {
            return Err(fail(
                "kiosk.languages",
                "must list at least one language".into(),
            ));
        }
        let mut languages: Vec<String> = Vec::new();
        for lang in &self.kiosk.languages {
            if !SHIPPED_LANGUAGES.contains(&lang.as_str()) {
                return Err(fail(
                    "kiosk.languages",
                    format!(
                        "{lang:?} is not a shipped language (shipped: {})",
                        SHIPPED_LANGUAGES.join(", ")
                    ),
                ));
            }
            if languages.contains(lang) {
                return Err(fail("kiosk.languages", format!("{lang:?} is listed twice")));
            }
            languages.push(lang.clone());
        }
        let days = [
            ("hours.monday", &self.hours.monday),
            ("hours.tuesday", &self.hours.tuesday),
            ("hours.wednesday", &self.hours.wednesday),
            ("hours.thursday", &self.hours.thursday),
            ("hours.friday", &self.hours.friday),
            ("hours.saturday", &self.hours.saturday),
            ("hours.sunday", &self.hours.sunday),
        ];
        let mut hours = [None; 7];
        for (i, (key, value)) in days.into_iter().enumerate() {
            hours[i] = parse_hours(value).map_err(|problem| fail(key, problem))?;
        }
        let e = self.emergency;
        for (key, number) in [
            ("emergency.fire", &e.fire),
            ("emergency.medical", &e.medical),
            ("emergency.police", &e.police),
            ("emergency.site_security", &e.site_security),
        ] {
            let ok = !number.trim().is_empty()
                && number.len() <= 24
                && number.chars().any(|c| c.is_ascii_digit())
                && number
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()/".contains(c));
            if !ok {
                return Err(fail(
                    key,
                    format!("{number:?} is not a phone number (digits, spaces, + - ( ) /)"),
                ));
            }
        }
        Ok(Config {
            file: file.map(Path::to_owned),
            site_name,
            time_zone,
            address: self.site.address.trim().to_string(),
            kiosk_id,
            idle_timeout_seconds: self.kiosk.idle_timeout_seconds,
            languages,
            data_dir: self.kiosk.data_dir,
            hours,
            emergency: Emergency {
                fire: e.fire,
                medical: e.medical,
                police: e.police,
                site_security: e.site_security,
                assembly_point: e.assembly_point,
                first_aid: e.first_aid,
            },
        })
    }
}

/// `"08:00-20:00"` or `"closed"`.
fn parse_hours(value: &str) -> Result<Option<OpenHours>, String> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("closed") {
        return Ok(None);
    }
    let bad = || format!("{value:?} is not opening hours: write \"08:00-20:00\" or \"closed\"");
    let (open, close) = value.split_once('-').ok_or_else(bad)?;
    let open = NaiveTime::parse_from_str(open.trim(), "%H:%M").map_err(|_| bad())?;
    let close = NaiveTime::parse_from_str(close.trim(), "%H:%M").map_err(|_| bad())?;
    if close <= open {
        return Err(format!(
            "{value:?}: closing time must be after opening time"
        ));
    }
    Ok(Some(OpenHours { open, close }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_configuration_is_valid_and_has_every_language() {
        let c = Config::demo();
        assert!(c.is_demo());
        assert_eq!(c.languages, SHIPPED_LANGUAGES);
        assert_eq!(c.idle_timeout_seconds, 60);
        assert_eq!(c.hours_on(Weekday::Sun), None);
    }

    #[test]
    fn empty_file_gives_the_defaults() {
        let c = Config::parse("", Some(Path::new("lobby.toml"))).unwrap();
        assert_eq!(c.site_name, "Lobby Demo Space");
        assert!(!c.is_demo());
    }

    #[test]
    fn wrong_type_names_the_key_and_the_file() {
        let e = Config::parse(
            "[kiosk]\nidle_timeout_seconds = \"soon\"\n",
            Some(Path::new("/etc/lobby.toml")),
        )
        .unwrap_err();
        assert_eq!(e.key, "kiosk.idle_timeout_seconds");
        let text = e.to_string();
        assert!(
            text.starts_with("/etc/lobby.toml: key `kiosk.idle_timeout_seconds`"),
            "{text}"
        );
        assert!(text.contains("line 2"), "{text}");
    }

    #[test]
    fn unknown_time_zone_names_the_key() {
        let e = Config::parse("[site]\ntime_zone = \"Mars/Olympus\"\n", None).unwrap_err();
        assert_eq!(e.key, "site.time_zone");
        assert!(e.problem.contains("Mars/Olympus"));
    }

    #[test]
    fn unknown_key_is_refused() {
        let e = Config::parse("[kiosk]\nidle_timout_seconds = 30\n", None).unwrap_err();
        assert!(e.key.starts_with("kiosk"), "{e}");
        assert!(e.problem.contains("idle_timout_seconds"), "{e}");
    }

    #[test]
    fn bad_hours_and_languages_are_refused() {
        let e = Config::parse("[hours]\nmonday = \"20:00-08:00\"\n", None).unwrap_err();
        assert_eq!(e.key, "hours.monday");
        let e = Config::parse("[kiosk]\nlanguages = [\"de\", \"de\"]\n", None).unwrap_err();
        assert_eq!(e.key, "kiosk.languages");
        let e = Config::parse("[kiosk]\nlanguages = [\"tlh\"]\n", None).unwrap_err();
        assert!(e.problem.contains("tlh"));
        let e = Config::parse("[emergency]\nfire = \"call someone\"\n", None).unwrap_err();
        assert_eq!(e.key, "emergency.fire");
    }

    #[test]
    fn parsed_values_are_kept() {
        let c = Config::parse(
            "[site]\nname = \"Nordhaus\"\ntime_zone = \"Asia/Shanghai\"\n[kiosk]\nidle_timeout_seconds = 15\nlanguages = [\"zh-CN\", \"en-US\"]\n[hours]\nsaturday = \"closed\"\n",
            None,
        )
        .unwrap();
        assert_eq!(c.site_name, "Nordhaus");
        assert_eq!(c.time_zone, chrono_tz::Asia::Shanghai);
        assert_eq!(c.idle_timeout_seconds, 15);
        assert_eq!(c.languages, ["zh-CN", "en-US"]);
        assert_eq!(c.hours_on(Weekday::Sat), None);
        assert!(c.hours_on(Weekday::Mon).is_some());
    }
}

#[cfg(test)]
mod example {
    use super::*;

    #[test]
    fn the_documented_example_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/lobby.example.toml");
        let c = Config::load(&path).unwrap();
        assert_eq!(c.site_name, "Nordhaus Coworking");
        assert_eq!(c.languages.len(), SHIPPED_LANGUAGES.len());
    }
}
