//! `lobby.toml`, parsed in two stages: [`RawConfig`] is what serde reads (every key has a
//! default, unknown keys are refused), [`Config`] is what the app runs on once every value has
//! been checked. A bad file gives one [`ConfigError`] naming the file, the key and the problem.

pub mod fleet;
pub mod notifications;
pub mod printing;
pub mod signage;
pub mod wifi;

use chrono::{NaiveTime, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The languages Lobby ships, in their default order. `en-US` is the reference.
pub const SHIPPED_LANGUAGES: [&str; 10] = [
    "en-US", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "ar", "zh-CN",
];

/// The shipped language an operator or staff member named (`de`, `pt-br`, `zh_CN`), in its
/// own spelling; `None` if Lobby does not ship it.
pub fn shipped_language(named: &str) -> Option<&'static str> {
    let named = named.trim().replace('_', "-");
    SHIPPED_LANGUAGES
        .into_iter()
        .find(|l| l.eq_ignore_ascii_case(&named))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file, or `None` for the built-in demo configuration.
    pub file: Option<PathBuf>,
    /// The dotted key, e.g. `site.time_zone`; empty when the file itself is unreadable.
    pub key: String,
    /// The problem in English, for logs.
    pub problem: String,
    /// The same as a Fluent message (`cli-config-*`) and its arguments, for the operator.
    pub message: ConfigMessage,
}

/// A configuration problem as a Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigMessage {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

pub(crate) fn msg(id: &'static str, args: &[(&'static str, &str)]) -> ConfigMessage {
    ConfigMessage {
        id,
        args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
    }
}

impl ConfigMessage {
    /// The message in one language, as plain text.
    pub fn text(&self, l10n: &crate::i18n::Localizer) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.clone().into()))
            .collect();
        l10n.text(self.id, &args)
    }
}

/// `key` must be a whole number from `min` to `max`: the one range check every section uses.
pub(crate) fn in_range(
    key: &str,
    value: u64,
    min: u64,
    max: u64,
) -> Result<(), (String, ConfigMessage)> {
    if (min..=max).contains(&value) {
        return Ok(());
    }
    Err((
        key.to_string(),
        msg(
            "cli-config-range",
            &[
                ("min", &min.to_string()),
                ("max", &max.to_string()),
                ("value", &value.to_string()),
            ],
        ),
    ))
}

fn refusal(file: Option<&Path>, key: &str, message: ConfigMessage) -> ConfigError {
    ConfigError {
        file: file.map(Path::to_owned),
        key: key.to_string(),
        problem: message.text(&crate::i18n::Localizer::new(crate::i18n::REFERENCE)),
        message,
    }
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
    pub visits: RawVisits,
    pub policies: RawPolicies,
    pub badges: RawBadges,
    pub wifi: wifi::RawWifi,
    pub backup: RawBackup,
    pub signage: signage::RawSignage,
    pub staff: RawStaff,
    pub notifications: notifications::RawNotifications,
    pub printing: Option<printing::RawPrinting>,
    pub privacy: RawPrivacy,
    pub fleet: Option<fleet::RawFleet>,
}

/// `[privacy]`: how long what a visitor asked Lobby to remember is kept.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawPrivacy {
    /// Days a returning visitor's profile is kept after their last visit.
    pub profile_days: u32,
    /// Members (ids of the member list) told through their own channels when a check-in
    /// waits for staff at the kiosk.
    pub alert: Vec<String>,
}

impl Default for RawPrivacy {
    fn default() -> Self {
        Self {
            profile_days: 365,
            alert: Vec::new(),
        }
    }
}

/// The validated `[privacy]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Privacy {
    pub profile_days: u32,
    pub alert: Vec<String>,
}

/// `[staff]`: the rules for staff PINs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawStaff {
    /// The fewest digits a new PIN may have (6 to 12; 6 by default).
    pub pin_min_length: u32,
}

impl Default for RawStaff {
    fn default() -> Self {
        Self { pin_min_length: 6 }
    }
}

/// The validated `[staff]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRules {
    pub pin_min_length: usize,
}

fn validate_staff(raw: RawStaff) -> Result<StaffRules, (String, ConfigMessage)> {
    in_range("staff.pin_min_length", raw.pin_min_length.into(), 6, 12)?;
    Ok(StaffRules {
        pin_min_length: raw.pin_min_length as usize,
    })
}

/// Backups of the database (see `backup`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawBackup {
    /// Where backups go; `backups/` in the data folder by default.
    pub folder: Option<PathBuf>,
    /// A second place each backup is copied to (a mounted drive or share).
    pub second_folder: Option<PathBuf>,
    pub every_hours: u32,
    pub keep_daily: u32,
    pub keep_weekly: u32,
    /// age public keys (`age1…`): backups are encrypted to them.
    pub age_recipients: Vec<String>,
}

impl Default for RawBackup {
    fn default() -> Self {
        Self {
            folder: None,
            second_folder: None,
            every_hours: 24,
            keep_daily: 7,
            keep_weekly: 4,
            age_recipients: Vec::new(),
        }
    }
}

/// The validated `[backup]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub folder: Option<PathBuf>,
    pub second_folder: Option<PathBuf>,
    pub every_hours: u32,
    pub keep_daily: u32,
    pub keep_weekly: u32,
    pub age_recipients: Vec<String>,
}

fn validate_backup(raw: RawBackup) -> Result<Backup, (String, ConfigMessage)> {
    in_range("backup.every_hours", raw.every_hours.into(), 1, 168)?;
    in_range("backup.keep_daily", raw.keep_daily.into(), 1, 365)?;
    in_range("backup.keep_weekly", raw.keep_weekly.into(), 0, 520)?;
    for (key, path) in [
        ("backup.folder", &raw.folder),
        ("backup.second_folder", &raw.second_folder),
    ] {
        if path.as_ref().is_some_and(|p| !p.is_absolute()) {
            return Err((key.to_string(), msg("cli-config-wifi-absolute", &[])));
        }
    }
    for (i, r) in raw.age_recipients.iter().enumerate() {
        if r.parse::<age::x25519::Recipient>().is_err() {
            return Err((
                format!("backup.age_recipients[{i}]"),
                msg("cli-config-age-recipient", &[("value", r)]),
            ));
        }
    }
    Ok(Backup {
        folder: raw.folder,
        second_folder: raw.second_folder,
        every_hours: raw.every_hours,
        keep_daily: raw.keep_daily,
        keep_weekly: raw.keep_weekly,
        age_recipients: raw.age_recipients,
    })
}

/// Badges: the access groups staff can give a badge, and the readers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawBadges {
    /// Rooms and zones a badge can open, for door-access systems: id and name.
    pub access_groups: Vec<RawAccessGroup>,
    /// Groups ticked when a badge is enrolled.
    pub default_groups: Vec<String>,
    /// Also accept a USB reader that types the UID like a keyboard ("keyboard wedge").
    pub keyboard_wedge: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccessGroup {
    pub id: String,
    pub name: Translated,
}

impl Default for RawBadges {
    fn default() -> Self {
        let group = |id: &str, en: &str, de: &str| RawAccessGroup {
            id: id.into(),
            name: [
                ("en-US".to_string(), en.to_string()),
                ("de".to_string(), de.to_string()),
            ]
            .into_iter()
            .collect(),
        };
        Self {
            access_groups: vec![
                group("main-door", "Main door", "Haupteingang"),
                group("meeting-rooms", "Meeting rooms", "Besprechungsräume"),
                group("lockers", "Lockers", "Schließfächer"),
                group("24-7", "24/7 access", "Zugang rund um die Uhr"),
            ],
            default_groups: vec!["main-door".into(), "meeting-rooms".into()],
            keyboard_wedge: false,
        }
    }
}

/// The site's policies (documents people accept by signing), by id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawPolicies {
    /// Every policy the site publishes, in the order they are asked for.
    pub documents: Vec<String>,
    /// Those each member must accept in their current version.
    pub members: Vec<String>,
}

impl Default for RawPolicies {
    fn default() -> Self {
        let all: Vec<String> = DEFAULT_POLICIES.iter().map(|s| s.to_string()).collect();
        Self {
            documents: all.clone(),
            members: all,
        }
    }
}

/// The Code of Conduct: the policy a visit type's `code_of_conduct = true` asks for.
pub const CODE_OF_CONDUCT: &str = "code-of-conduct";

/// What a site gets without configuring its policies.
pub const DEFAULT_POLICIES: [&str; 3] = [CODE_OF_CONDUCT, "house-rules", "wifi-acceptable-use"];

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
    /// Lobby's own on-screen keyboard: `auto` (on touch, hidden once a hardware key is
    /// pressed until the next idle reset), `always` or `never`.
    pub on_screen_keyboard: OnScreenKeyboard,
    /// Shuffle the digits of the staff PIN pad (against reading smudges on the glass).
    pub shuffle_pin_pad: bool,
    /// Let the web view composite the page on the GPU (Linux, WebKitGTK). Off by default:
    /// the screens are still pictures, and without a GPU compositing slows the first screen.
    pub gpu_compositing: bool,
}

/// When the kiosk shows its own on-screen keyboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum OnScreenKeyboard {
    /// On a touch or pointer focus; a hardware key press hides it until the next idle reset.
    #[default]
    Auto,
    Always,
    Never,
}

impl Default for RawKiosk {
    fn default() -> Self {
        Self {
            id: "lobby-1".into(),
            idle_timeout_seconds: 60,
            languages: SHIPPED_LANGUAGES.iter().map(|s| s.to_string()).collect(),
            data_dir: None,
            on_screen_keyboard: OnScreenKeyboard::Auto,
            shuffle_pin_pad: false,
            gpu_compositing: false,
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
    /// Where everyone meets after a fire evacuation.
    pub assembly_point: RawText,
    /// Where people go to shelter in place.
    pub shelter: RawText,
    /// Where the first-aid kit is.
    pub first_aid: RawText,
    /// Where the automated external defibrillator is; empty when there is none.
    pub aed: RawText,
}

/// A site's text given once (`"Courtyard"`, shown in every language) or per language
/// (`{ en-US = "Courtyard", de = "Innenhof" }`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawText {
    One(String),
    Many(Translated),
}

impl RawText {
    /// Per language; text given once is filed under the site's first language, which
    /// [`pick`] falls back to in every other language. Empty text gives an empty map.
    fn resolve(self, languages: &[String]) -> Translated {
        match self {
            RawText::One(text) if text.trim().is_empty() => Translated::new(),
            RawText::One(text) => {
                let lang = languages.first().map_or("en-US", String::as_str);
                translated(&[(lang, text.trim())])
            }
            RawText::Many(map) => map
                .into_iter()
                .map(|(lang, text)| (lang, text.trim().to_string()))
                .collect(),
        }
    }
}

impl Default for RawEmergency {
    fn default() -> Self {
        Self {
            fire: "112".into(),
            medical: "112".into(),
            police: "110".into(),
            site_security: "+49 30 5555 0100".into(),
            assembly_point: RawText::Many(translated(&[
                ("en-US", "Courtyard, by the fountain"),
                ("de", "Innenhof, am Brunnen"),
                ("fr", "Cour intérieure, près de la fontaine"),
                ("es", "Patio, junto a la fuente"),
                ("it", "Cortile, vicino alla fontana"),
                ("pt-BR", "Pátio, ao lado da fonte"),
                ("nl", "Binnenplaats, bij de fontein"),
                ("pl", "Dziedziniec, przy fontannie"),
                ("ar", "الفناء، بجوار النافورة"),
                ("zh-CN", "庭院喷泉旁"),
            ])),
            shelter: RawText::Many(translated(&[
                ("en-US", "Meeting rooms on the inner corridor, ground floor"),
                ("de", "Besprechungsräume am inneren Flur, Erdgeschoss"),
                (
                    "fr",
                    "Salles de réunion du couloir intérieur, rez-de-chaussée",
                ),
                ("es", "Salas de reuniones del pasillo interior, planta baja"),
                ("it", "Sale riunioni del corridoio interno, piano terra"),
                ("pt-BR", "Salas de reunião do corredor interno, térreo"),
                ("nl", "Vergaderruimtes aan de binnengang, begane grond"),
                ("pl", "Sale spotkań przy wewnętrznym korytarzu, parter"),
                ("ar", "غرف الاجتماعات في الممر الداخلي، الطابق الأرضي"),
                ("zh-CN", "一楼内走廊的会议室"),
            ])),
            first_aid: RawText::Many(translated(&[
                ("en-US", "Reception desk, ground floor"),
                ("de", "Empfangstresen, Erdgeschoss"),
                ("fr", "Accueil, rez-de-chaussée"),
                ("es", "Recepción, planta baja"),
                ("it", "Reception, piano terra"),
                ("pt-BR", "Recepção, térreo"),
                ("nl", "Receptie, begane grond"),
                ("pl", "Recepcja, parter"),
                ("ar", "مكتب الاستقبال، الطابق الأرضي"),
                ("zh-CN", "一楼前台"),
            ])),
            aed: RawText::Many(translated(&[
                ("en-US", "Next to the lifts, ground floor"),
                ("de", "Neben den Aufzügen, Erdgeschoss"),
                ("fr", "À côté des ascenseurs, rez-de-chaussée"),
                ("es", "Junto a los ascensores, planta baja"),
                ("it", "Accanto agli ascensori, piano terra"),
                ("pt-BR", "Ao lado dos elevadores, térreo"),
                ("nl", "Naast de liften, begane grond"),
                ("pl", "Obok wind, parter"),
                ("ar", "بجوار المصاعد، الطابق الأرضي"),
                ("zh-CN", "一楼电梯旁"),
            ])),
        }
    }
}

/// Text a site writes in several languages: `{ en-US = "...", de = "..." }`.
pub type Translated = BTreeMap<String, String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawVisits {
    /// Visits older than this are anonymised: names and contact details removed.
    pub retention_days: u32,
    /// Where visitors wait for their host, per language.
    pub waiting_area: Translated,
    /// Who looks after a visitor who does not know their host or guide, per language: the
    /// welcome screen names it ("the front desk will find your host").
    pub front_desk: Translated,
    /// Areas a tour must not enter, each per language; shown before a tour starts.
    pub off_limits: Vec<Translated>,
    pub types: BTreeMap<String, RawVisitType>,
}

fn translated(pairs: &[(&str, &str)]) -> Translated {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

impl Default for RawVisits {
    fn default() -> Self {
        Self {
            retention_days: 90,
            waiting_area: translated(&[
                ("en-US", "Please take a seat in the lounge by the entrance."),
                ("de", "Bitte nehmen Sie in der Lounge am Eingang Platz."),
                ("fr", "Veuillez patienter dans le salon près de l’entrée."),
                (
                    "es",
                    "Por favor, tome asiento en la sala junto a la entrada.",
                ),
                ("ar", "يُرجى الجلوس في الصالة المجاورة للمدخل."),
                ("zh-CN", "请在入口旁的休息区就座。"),
            ]),
            front_desk: translated(&[
                ("en-US", "The front desk"),
                ("de", "Der Empfang"),
                ("fr", "L’accueil"),
                ("es", "La recepción"),
                ("it", "La reception"),
                ("pt-BR", "A recepção"),
                ("nl", "De receptie"),
                ("pl", "Recepcja"),
                ("ar", "مكتب الاستقبال"),
                ("zh-CN", "前台"),
            ]),
            off_limits: vec![
                translated(&[
                    ("en-US", "Server and network room (2nd floor)"),
                    ("de", "Server- und Netzwerkraum (2. Stock)"),
                    ("fr", "Salle des serveurs et du réseau (2e étage)"),
                    ("es", "Sala de servidores y red (2.ª planta)"),
                    ("ar", "غرفة الخوادم والشبكة (الطابق الثاني)"),
                    ("zh-CN", "服务器与网络机房（二楼）"),
                ]),
                translated(&[
                    ("en-US", "Members’ private offices"),
                    ("de", "Private Büros der Mitglieder"),
                    ("fr", "Bureaux privés des membres"),
                    ("es", "Oficinas privadas de los miembros"),
                    ("ar", "المكاتب الخاصة بالأعضاء"),
                    ("zh-CN", "会员私人办公室"),
                ]),
                translated(&[
                    ("en-US", "Roof terrace (closed for safety)"),
                    ("de", "Dachterrasse (aus Sicherheitsgründen geschlossen)"),
                    ("fr", "Toit-terrasse (fermé pour raisons de sécurité)"),
                    ("es", "Azotea (cerrada por seguridad)"),
                    ("ar", "سطح المبنى (مغلق لأسباب تتعلق بالسلامة)"),
                    ("zh-CN", "屋顶露台（出于安全原因关闭）"),
                ]),
            ],
            types: BTreeMap::new(),
        }
    }
}

/// Overrides for one kind of visit; unset keys keep the kind's default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawVisitType {
    pub enabled: Option<bool>,
    pub company: Option<FieldRule>,
    pub email: Option<FieldRule>,
    pub phone: Option<FieldRule>,
    pub purpose: Option<FieldRule>,
    pub host: Option<FieldRule>,
    pub code_of_conduct: Option<bool>,
    pub wifi_tier: Option<String>,
    pub may_stay_after_closing: Option<bool>,
    /// Visitors of this kind may check in outside opening hours.
    pub after_hours: Option<bool>,
}

/// Whether a visit form asks for a field (defined with the input rules it selects).
pub use crate::text::FieldRule;

/// The kinds of visit Lobby knows (each has its translated name and help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum VisitKind {
    Guest,
    Tour,
    DayPass,
    Contractor,
    Interview,
    /// A courier with a parcel or goods for a member or the front desk.
    Delivery,
}

impl VisitKind {
    pub const ALL: [VisitKind; 6] = [
        VisitKind::Guest,
        VisitKind::Tour,
        VisitKind::DayPass,
        VisitKind::Contractor,
        VisitKind::Interview,
        VisitKind::Delivery,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            VisitKind::Guest => "guest",
            VisitKind::Tour => "tour",
            VisitKind::DayPass => "day-pass",
            VisitKind::Contractor => "contractor",
            VisitKind::Interview => "interview",
            VisitKind::Delivery => "delivery",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// What a site gets without configuring anything.
    fn default_type(self) -> VisitType {
        use FieldRule::*;
        let base = VisitType {
            kind: self,
            name: Required,
            company: Off,
            email: Off,
            phone: Off,
            purpose: Off,
            host: Off,
            code_of_conduct: true,
            wifi_tier: None,
            may_stay_after_closing: false,
            after_hours: false,
        };
        match self {
            VisitKind::Guest => VisitType {
                company: Optional,
                purpose: Optional,
                host: Required,
                ..base
            },
            // A tour's contact details are a sales lead: asked, and kept only with consent.
            VisitKind::Tour => VisitType {
                company: Optional,
                email: Optional,
                phone: Optional,
                purpose: Optional,
                ..base
            },
            VisitKind::DayPass => VisitType {
                company: Optional,
                email: Required,
                ..base
            },
            VisitKind::Contractor => VisitType {
                company: Required,
                phone: Required,
                purpose: Required,
                host: Required,
                may_stay_after_closing: true,
                ..base
            },
            VisitKind::Interview => VisitType {
                host: Required,
                ..base
            },
            // A courier says who the delivery is from and for; their own name is optional (the
            // company stands in for it on the on-site list and the roll call), and there is no
            // Code of Conduct to sign for a two-minute visit.
            VisitKind::Delivery => VisitType {
                name: Optional,
                company: Required,
                host: Required,
                code_of_conduct: false,
                ..base
            },
        }
    }
}

/// One kind of visit as this site runs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VisitType {
    pub kind: VisitKind,
    /// The visitor's own name: required, except for deliveries (not configurable).
    pub name: FieldRule,
    pub company: FieldRule,
    pub email: FieldRule,
    pub phone: FieldRule,
    pub purpose: FieldRule,
    pub host: FieldRule,
    pub code_of_conduct: bool,
    pub wifi_tier: Option<String>,
    pub may_stay_after_closing: bool,
    pub after_hours: bool,
}

/// Visits as this site runs them.
#[derive(Debug, Clone, PartialEq)]
pub struct Visits {
    pub retention_days: u32,
    pub waiting_area: Translated,
    pub front_desk: Translated,
    pub off_limits: Vec<Translated>,
    /// The enabled kinds, in the order of [`VisitKind::ALL`].
    pub types: Vec<VisitType>,
}

impl Visits {
    pub fn get(&self, kind: VisitKind) -> Option<&VisitType> {
        self.types.iter().find(|t| t.kind == kind)
    }
}

/// The text for `lang`, else the site's first language's, else any.
pub fn pick<'a>(text: &'a Translated, lang: &str, languages: &[String]) -> &'a str {
    text.get(lang)
        .or_else(|| languages.iter().find_map(|l| text.get(l)))
        .or_else(|| text.values().next())
        .map(String::as_str)
        .unwrap_or("")
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
    pub on_screen_keyboard: OnScreenKeyboard,
    pub shuffle_pin_pad: bool,
    pub gpu_compositing: bool,
    /// Monday first.
    pub hours: [Option<OpenHours>; 7],
    pub emergency: Emergency,
    pub visits: Visits,
    pub policies: Policies,
    pub badges: Badges,
    pub wifi: wifi::Wifi,
    pub backup: Backup,
    pub signage: signage::Signage,
    pub staff: StaffRules,
    pub notifications: notifications::Notifications,
    /// `[printing]`: badges printed at check-in; `None` prints nothing.
    pub printing: Option<printing::Printing>,
    pub privacy: Privacy,
    /// `[fleet]`: where this tablet sends its changes; `None` for a tablet on its own.
    pub fleet: Option<fleet::Fleet>,
}

/// The validated `[badges]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badges {
    /// (id, name in each language), in the configured order.
    pub access_groups: Vec<(String, Translated)>,
    pub default_groups: Vec<String>,
    pub keyboard_wedge: bool,
}

fn validate_badges(
    raw: RawBadges,
    languages: &[String],
) -> Result<Badges, (String, ConfigMessage)> {
    let mut groups: Vec<(String, Translated)> = Vec::new();
    for (i, g) in raw.access_groups.into_iter().enumerate() {
        let key = format!("badges.access_groups[{i}]");
        if !is_policy_id(&g.id) {
            return Err((
                format!("{key}.id"),
                msg("cli-config-policy-id", &[("value", &g.id)]),
            ));
        }
        if groups.iter().any(|(id, _)| *id == g.id) {
            return Err((
                format!("{key}.id"),
                msg("cli-config-language-twice", &[("value", &g.id)]),
            ));
        }
        validate_translated(&format!("{key}.name"), &g.name, languages)?;
        groups.push((g.id, g.name));
    }
    for (i, id) in raw.default_groups.iter().enumerate() {
        if !groups.iter().any(|(g, _)| g == id) {
            return Err((
                format!("badges.default_groups[{i}]"),
                msg("cli-config-group-unlisted", &[("value", id)]),
            ));
        }
    }
    Ok(Badges {
        access_groups: groups,
        default_groups: raw.default_groups,
        keyboard_wedge: raw.keyboard_wedge,
    })
}

/// The validated `[policies]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policies {
    pub documents: Vec<String>,
    pub members: Vec<String>,
}

/// A policy id: 1 to 40 lowercase ASCII letters, digits and single hyphens, e.g. `house-rules`.
pub fn is_policy_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

fn validate_policies(
    raw: RawPolicies,
    visits: &Visits,
) -> Result<Policies, (String, ConfigMessage)> {
    for (i, id) in raw.documents.iter().enumerate() {
        if !is_policy_id(id) {
            return Err((
                format!("policies.documents[{i}]"),
                msg("cli-config-policy-id", &[("value", id)]),
            ));
        }
        if raw.documents[..i].contains(id) {
            return Err((
                format!("policies.documents[{i}]"),
                msg("cli-config-language-twice", &[("value", id)]),
            ));
        }
    }
    for (i, id) in raw.members.iter().enumerate() {
        if !raw.documents.contains(id) {
            return Err((
                format!("policies.members[{i}]"),
                msg("cli-config-policy-unlisted", &[("value", id)]),
            ));
        }
    }
    if let Some(t) = visits.types.iter().find(|t| t.code_of_conduct) {
        if !raw.documents.iter().any(|d| d == CODE_OF_CONDUCT) {
            return Err((
                format!("visits.types.{}.code_of_conduct", t.kind.as_str()),
                msg("cli-config-policy-unlisted", &[("value", CODE_OF_CONDUCT)]),
            ));
        }
    }
    Ok(Policies {
        documents: raw.documents,
        members: raw.members,
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emergency {
    pub fire: String,
    pub medical: String,
    pub police: String,
    pub site_security: String,
    /// Where people meet after an evacuation, per language.
    pub assembly_point: Translated,
    /// Where people shelter in place, per language.
    pub shelter: Translated,
    /// Where the first-aid kit is, per language.
    pub first_aid: Translated,
    /// Where the defibrillator is, per language; empty when the site has none.
    pub aed: Translated,
}

impl Config {
    /// Demo mode: the built-in defaults, no file.
    pub fn demo() -> Self {
        // Guest Wi-Fi is part of the demo only: a site's own file names its real networks.
        let mut raw = RawConfig {
            wifi: toml::from_str(wifi::DEMO).expect("the demo tiers parse"),
            ..Default::default()
        };
        for (kind, tier) in [
            ("guest", "guest"),
            ("contractor", "guest"),
            ("interview", "guest"),
            ("day-pass", "day-pass"),
        ] {
            raw.visits.types.insert(
                kind.into(),
                RawVisitType {
                    wifi_tier: Some(tier.into()),
                    // Contractors work on site when it is closed; the demo shows that.
                    after_hours: (kind == "contractor").then_some(true),
                    ..Default::default()
                },
            );
        }
        raw.validate(None)
            .expect("the built-in demo configuration is valid")
    }

    /// Reads and validates `path`. Touches nothing else.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: Some(path.to_owned()),
            key: String::new(),
            problem: format!("cannot read the file: {e}"),
            message: msg("cli-config-unreadable", &[("reason", &e.to_string())]),
        })?;
        Self::parse(&text, Some(path))
    }

    pub fn parse(text: &str, file: Option<&Path>) -> Result<Self, ConfigError> {
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
            // The parser's own words (English) travel as an argument of a translated message.
            refusal(
                file,
                &key,
                msg("cli-config-syntax", &[("detail", &problem)]),
            )
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
        let fail = |key: &str, message: ConfigMessage| refusal(file, key, message);
        let site_name = self.site.name.trim().to_string();
        if site_name.is_empty() || site_name.chars().count() > 80 {
            return Err(fail(
                "site.name",
                msg("cli-config-text-length", &[("max", "80")]),
            ));
        }
        let time_zone: Tz = self.site.time_zone.parse().map_err(|_| {
            fail(
                "site.time_zone",
                msg("cli-config-time-zone", &[("value", &self.site.time_zone)]),
            )
        })?;
        let kiosk_id = self.kiosk.id.trim().to_string();
        if kiosk_id.is_empty()
            || kiosk_id.len() > 40
            || !kiosk_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(fail("kiosk.id", msg("cli-config-kiosk-id", &[])));
        }
        in_range(
            "kiosk.idle_timeout_seconds",
            self.kiosk.idle_timeout_seconds,
            10,
            3600,
        )
        .map_err(|(k, m)| fail(&k, m))?;
        if self.kiosk.languages.is_empty() {
            return Err(fail(
                "kiosk.languages",
                msg("cli-config-languages-empty", &[]),
            ));
        }
        let mut languages: Vec<String> = Vec::new();
        for lang in &self.kiosk.languages {
            if !SHIPPED_LANGUAGES.contains(&lang.as_str()) {
                return Err(fail(
                    "kiosk.languages",
                    msg(
                        "cli-config-language-unknown",
                        &[("value", lang), ("shipped", &SHIPPED_LANGUAGES.join(", "))],
                    ),
                ));
            }
            if languages.contains(lang) {
                return Err(fail(
                    "kiosk.languages",
                    msg("cli-config-language-twice", &[("value", lang)]),
                ));
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
        let visits = validate_visits(self.visits, &languages).map_err(|(k, m)| fail(&k, m))?;
        let policies = validate_policies(self.policies, &visits).map_err(|(k, m)| fail(&k, m))?;
        let badges = validate_badges(self.badges, &languages).map_err(|(k, m)| fail(&k, m))?;
        let wifi = wifi::validate(self.wifi).map_err(|(k, m)| fail(&k, m))?;
        let backup = validate_backup(self.backup).map_err(|(k, m)| fail(&k, m))?;
        let signage = signage::validate(self.signage, &languages).map_err(|(k, m)| fail(&k, m))?;
        let staff = validate_staff(self.staff).map_err(|(k, m)| fail(&k, m))?;
        let notifications =
            notifications::validate(self.notifications).map_err(|(k, m)| fail(&k, m))?;
        let printing = printing::validate(self.printing).map_err(|(k, m)| fail(&k, m))?;
        let fleet = fleet::validate(self.fleet, &kiosk_id).map_err(|(k, m)| fail(&k, m))?;
        in_range(
            "privacy.profile_days",
            self.privacy.profile_days.into(),
            1,
            3650,
        )
        .map_err(|(k, m)| fail(&k, m))?;
        let member_id = |m: &String| (1..=64).contains(&m.trim().chars().count());
        if let Some(bad) = self.privacy.alert.iter().position(|m| !member_id(m)) {
            return Err(fail(
                &format!("privacy.alert[{bad}]"),
                msg("cli-config-text-length", &[("max", "64")]),
            ));
        }
        let privacy = Privacy {
            profile_days: self.privacy.profile_days,
            alert: self
                .privacy
                .alert
                .iter()
                .map(|m| m.trim().to_string())
                .collect(),
        };
        for t in &visits.types {
            if let Some(tier) = &t.wifi_tier {
                if wifi.tier(tier).is_none() {
                    return Err(fail(
                        &format!("visits.types.{}.wifi_tier", t.kind.as_str()),
                        msg("cli-config-wifi-tier-unknown", &[("value", tier)]),
                    ));
                }
            }
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
                return Err(fail(key, msg("cli-config-phone", &[("value", number)])));
            }
        }
        // Where to go: given once for every language or per language; the defibrillator may
        // be left empty (the site has none).
        let place = |key: &str, text: RawText, may_be_empty: bool| {
            let text = text.resolve(&languages);
            if !(may_be_empty && text.is_empty()) {
                validate_translated(key, &text, &languages).map_err(|(k, m)| fail(&k, m))?;
            }
            Ok::<_, ConfigError>(text)
        };
        let assembly_point = place("emergency.assembly_point", e.assembly_point, false)?;
        let shelter = place("emergency.shelter", e.shelter, false)?;
        let first_aid = place("emergency.first_aid", e.first_aid, false)?;
        let aed = place("emergency.aed", e.aed, true)?;
        Ok(Config {
            file: file.map(Path::to_owned),
            site_name,
            time_zone,
            address: self.site.address.trim().to_string(),
            kiosk_id,
            idle_timeout_seconds: self.kiosk.idle_timeout_seconds,
            languages,
            data_dir: self.kiosk.data_dir,
            on_screen_keyboard: self.kiosk.on_screen_keyboard,
            shuffle_pin_pad: self.kiosk.shuffle_pin_pad,
            gpu_compositing: self.kiosk.gpu_compositing,
            hours,
            emergency: Emergency {
                fire: e.fire,
                medical: e.medical,
                police: e.police,
                site_security: e.site_security,
                assembly_point,
                shelter,
                first_aid,
                aed,
            },
            visits,
            policies,
            badges,
            wifi,
            backup,
            signage,
            staff,
            notifications,
            printing,
            privacy,
            fleet,
        })
    }
}

pub(crate) fn validate_translated(
    key: &str,
    text: &Translated,
    languages: &[String],
) -> Result<(), (String, ConfigMessage)> {
    if text.is_empty() {
        return Err((key.to_string(), msg("cli-config-translated-empty", &[])));
    }
    for (lang, value) in text {
        if !SHIPPED_LANGUAGES.contains(&lang.as_str()) {
            return Err((
                format!("{key}.{lang}"),
                msg(
                    "cli-config-language-unknown",
                    &[("value", lang), ("shipped", &SHIPPED_LANGUAGES.join(", "))],
                ),
            ));
        }
        if value.trim().is_empty() || value.chars().count() > 200 {
            return Err((
                format!("{key}.{lang}"),
                msg("cli-config-text-length", &[("max", "200")]),
            ));
        }
    }
    if !languages.iter().any(|l| text.contains_key(l)) {
        return Err((key.to_string(), msg("cli-config-translated-offered", &[])));
    }
    Ok(())
}

fn validate_visits(
    raw: RawVisits,
    languages: &[String],
) -> Result<Visits, (String, ConfigMessage)> {
    in_range("visits.retention_days", raw.retention_days.into(), 1, 3650)?;
    validate_translated("visits.waiting_area", &raw.waiting_area, languages)?;
    validate_translated("visits.front_desk", &raw.front_desk, languages)?;
    for (i, area) in raw.off_limits.iter().enumerate() {
        validate_translated(&format!("visits.off_limits[{i}]"), area, languages)?;
    }
    for name in raw.types.keys() {
        if VisitKind::parse(name).is_none() {
            return Err((
                format!("visits.types.{name}"),
                msg("cli-config-visit-kind", &[]),
            ));
        }
    }
    let mut types = Vec::new();
    for kind in VisitKind::ALL {
        let mut t = kind.default_type();
        if let Some(o) = raw.types.get(kind.as_str()) {
            if o.enabled == Some(false) {
                continue;
            }
            t.company = o.company.unwrap_or(t.company);
            t.email = o.email.unwrap_or(t.email);
            t.phone = o.phone.unwrap_or(t.phone);
            t.purpose = o.purpose.unwrap_or(t.purpose);
            t.host = o.host.unwrap_or(t.host);
            t.code_of_conduct = o.code_of_conduct.unwrap_or(t.code_of_conduct);
            t.wifi_tier = o.wifi_tier.clone().or(t.wifi_tier);
            t.may_stay_after_closing = o.may_stay_after_closing.unwrap_or(t.may_stay_after_closing);
            t.after_hours = o.after_hours.unwrap_or(t.after_hours);
        }
        types.push(t);
    }
    Ok(Visits {
        retention_days: raw.retention_days,
        waiting_area: raw.waiting_area,
        front_desk: raw.front_desk,
        off_limits: raw.off_limits,
        types,
    })
}

/// `"08:00-20:00"` or `"closed"`.
fn parse_hours(value: &str) -> Result<Option<OpenHours>, ConfigMessage> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("closed") {
        return Ok(None);
    }
    let bad = || msg("cli-config-hours", &[("value", value)]);
    let (open, close) = value.split_once('-').ok_or_else(bad)?;
    let open = NaiveTime::parse_from_str(open.trim(), "%H:%M").map_err(|_| bad())?;
    let close = NaiveTime::parse_from_str(close.trim(), "%H:%M").map_err(|_| bad())?;
    if close <= open {
        return Err(msg("cli-config-hours-order", &[("value", value)]));
    }
    Ok(Some(OpenHours { open, close }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_found_however_an_operator_spells_it() {
        assert_eq!(shipped_language(" pt_br "), Some("pt-BR"));
        assert_eq!(shipped_language("ZH-cn"), Some("zh-CN"));
        assert_eq!(shipped_language("de"), Some("de"));
        assert_eq!(shipped_language("pt"), None);
        assert_eq!(shipped_language("xx"), None);
    }

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
    fn policies_must_be_ids_listed_before_they_are_required() {
        let e = Config::parse("[policies]\ndocuments = [\"House Rules\"]\n", None).unwrap_err();
        assert_eq!(
            (e.key.as_str(), e.message.id),
            ("policies.documents[0]", "cli-config-policy-id")
        );
        let e = Config::parse(
            "[policies]\ndocuments = [\"code-of-conduct\"]\nmembers = [\"house-rules\"]\n",
            None,
        )
        .unwrap_err();
        assert_eq!(
            (e.key.as_str(), e.message.id),
            ("policies.members[0]", "cli-config-policy-unlisted")
        );
        // Visit types ask for the Code of Conduct by default: it must be listed.
        let e = Config::parse(
            "[policies]\ndocuments = [\"house-rules\"]\nmembers = []\n",
            None,
        )
        .unwrap_err();
        assert_eq!(e.key, "visits.types.guest.code_of_conduct");
        let c = Config::parse("[policies]\ndocuments = [\"code-of-conduct\", \"fire-safety\"]\nmembers = [\"fire-safety\"]\n", None).unwrap();
        assert_eq!(c.policies.members, ["fire-safety"]);
        assert!(!is_policy_id("a--b") && !is_policy_id("-a") && is_policy_id("wifi-2"));
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
    fn the_on_screen_keyboard_is_automatic_unless_the_site_says_otherwise() {
        let c = Config::parse("", None).unwrap();
        assert_eq!(c.on_screen_keyboard, OnScreenKeyboard::Auto);
        assert!(!c.shuffle_pin_pad);
        assert!(!c.gpu_compositing, "off unless a site turns it on");
        let c = Config::parse(
            "[kiosk]\non_screen_keyboard = \"never\"\nshuffle_pin_pad = true\n",
            None,
        )
        .unwrap();
        assert_eq!(c.on_screen_keyboard, OnScreenKeyboard::Never);
        assert!(c.shuffle_pin_pad);
        assert!(
            Config::parse("[kiosk]\ngpu_compositing = true\n", None)
                .unwrap()
                .gpu_compositing
        );
        let e = Config::parse("[kiosk]\non_screen_keyboard = \"sometimes\"\n", None).unwrap_err();
        assert_eq!(e.key, "kiosk.on_screen_keyboard");
        assert!(e.problem.contains("sometimes"), "{e}");
    }

    #[test]
    fn visit_types_take_defaults_and_overrides() {
        let c = Config::parse(
            "[visits.types.tour]\nenabled = false\n[visits.types.guest]\nemail = \"required\"\nhost = \"optional\"\n",
            None,
        )
        .unwrap();
        assert!(c.visits.get(VisitKind::Tour).is_none());
        let guest = c.visits.get(VisitKind::Guest).unwrap();
        assert_eq!(guest.email, FieldRule::Required);
        assert_eq!(guest.host, FieldRule::Optional);
        assert_eq!(
            guest.company,
            FieldRule::Optional,
            "unset keys keep the default"
        );
        assert_eq!(c.visits.types.len(), VisitKind::ALL.len() - 1);
    }

    #[test]
    fn bad_visit_settings_name_the_key() {
        let e = Config::parse("[visits.types.party]\nenabled = true\n", None).unwrap_err();
        assert_eq!(e.key, "visits.types.party");
        let e = Config::parse("[visits.types.guest]\nhost = \"maybe\"\n", None).unwrap_err();
        assert_eq!(e.key, "visits.types.guest.host");
        let e = Config::parse("[visits]\nretention_days = 0\n", None).unwrap_err();
        assert_eq!(e.key, "visits.retention_days");
        let e = Config::parse("[visits]\nwaiting_area = { tlh = \"x\" }\n", None).unwrap_err();
        assert_eq!(e.key, "visits.waiting_area.tlh");
    }

    #[test]
    fn translated_text_falls_back_to_the_sites_languages() {
        let t = translated(&[("de", "Lounge"), ("fr", "Salon")]);
        let langs = vec!["fr".to_string(), "de".to_string()];
        assert_eq!(pick(&t, "de", &langs), "Lounge");
        assert_eq!(pick(&t, "ar", &langs), "Salon");
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

/// The instant the site's wall clock shows `time` on `day`. A time the clock skips (the night
/// it springs forward) happens when the clock passes it, at the end of the gap; a time it shows
/// twice (the night it falls back) happens once, the first time.
pub fn wall_clock_instant(
    tz: Tz,
    day: chrono::NaiveDate,
    time: NaiveTime,
) -> Option<chrono::DateTime<chrono::Utc>> {
    use chrono::TimeZone as _;
    let at = day.and_time(time);
    // Gaps are whole minutes and at most a few hours long.
    (0..=180).find_map(|m| {
        tz.from_local_datetime(&(at + chrono::Duration::minutes(m)))
            .earliest()
            .map(|t| t.with_timezone(&chrono::Utc))
    })
}

/// The first closing time of the site strictly after `after`, if it opens within a week.
pub fn next_closing(
    config: &Config,
    after: chrono::DateTime<chrono::Utc>,
) -> Option<chrono::DateTime<chrono::Utc>> {
    let tz = config.time_zone;
    let start: chrono::NaiveDate = after.with_timezone(&tz).date_naive();
    (0..8).find_map(|d| {
        let day = start + chrono::Duration::days(d);
        let hours = config.hours_on(chrono::Datelike::weekday(&day))?;
        let closing = wall_clock_instant(tz, day, hours.close)?;
        (closing > after).then_some(closing)
    })
}
