//! Members of the coworking space: the people visitors come to see and who tap badges.
//! `import_csv` loads the operator's member list; [`Directory`] answers the host typeahead
//! from memory, showing only first name and last initial.

use crate::audit::{self, Actor, NewEntry};
use crate::config::FieldRule;
use crate::error::{Error, Result};
use crate::store::settings;
use crate::text;
use crate::Store;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

/// Bumped on every change to the member list, so a running kiosk knows to reload it.
const REVISION_KEY: &str = "members_rev";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The operator's own id (from their membership system).
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub team: Option<String>,
    pub active: bool,
    /// How they are told a guest arrived (`members.notify`, see `notify::Choice`); `None`
    /// keeps what is stored (an import without the column changes nobody's choice).
    pub notify: Option<String>,
    /// The language of their messages; `Some("")` clears it, `None` keeps what is stored.
    pub language: Option<String>,
}

/// Inserts or updates a member by id.
pub async fn upsert(conn: &mut SqliteConnection, member: &Member, at: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO members (id, name, email, team, active, updated_at, notify, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, COALESCE(?7, ''), NULLIF(?8, ''))
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email,
           team = excluded.team, active = excluded.active, updated_at = excluded.updated_at,
           notify = COALESCE(?7, members.notify),
           language = CASE WHEN ?8 IS NULL THEN members.language ELSE NULLIF(?8, '') END",
    )
    .bind(&member.id)
    .bind(&member.name)
    .bind(&member.email)
    .bind(&member.team)
    .bind(member.active)
    .bind(at.to_rfc3339())
    .bind(&member.notify)
    .bind(&member.language)
    .execute(&mut *conn)
    .await?;
    settings::set(&mut *conn, REVISION_KEY, &at.timestamp_micros().to_string()).await?;
    Ok(())
}

pub async fn count_active(store: &Store) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE active = 1")
            .fetch_one(store.pool())
            .await?,
    )
}

/// An active member's full name, for staff screens and exports.
pub async fn name_of(conn: &mut SqliteConnection, id: &str) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT name FROM members WHERE id = ? AND active = 1")
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

/// Staff add a member at the kiosk (for a badge, before the next member-list import). The id
/// is Lobby's own, `L-0001` and up, so it never collides with the operator's ids. Audited.
pub async fn add(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    name: &str,
    email: Option<&str>,
) -> Result<HostMatch> {
    let name = text::name("name", name)?;
    let email = text::email("email", email, FieldRule::Optional)?;
    let mut tx = store.begin_write().await?;
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE id LIKE 'L-%'")
        .fetch_one(&mut *tx)
        .await?;
    let mut n = taken + 1;
    let id = loop {
        let id = format!("L-{n:04}");
        let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM members WHERE id = ?)")
            .bind(&id)
            .fetch_one(&mut *tx)
            .await?;
        if !exists {
            break id;
        }
        n += 1;
    };
    let member = Member {
        id: id.clone(),
        name: name.clone(),
        email,
        team: None,
        active: true,
        notify: None,
        language: None,
    };
    upsert(&mut tx, &member, now).await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "member-add",
            subject: Some(format!("member:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(HostMatch {
        id,
        display: text::short_name(&name),
    })
}

fn parse_active(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "y" | "active" => Some(true),
        "0" | "false" | "no" | "n" | "inactive" => Some(false),
        _ => None,
    }
}

fn parse_row(record: &csv::StringRecord, columns: &Columns) -> Result<Member> {
    let get = |i: Option<usize>| i.and_then(|i| record.get(i));
    let id = get(Some(columns.id)).unwrap_or("").trim().to_string();
    if id.is_empty() {
        return Err(Error::FieldRequired { field: "id" });
    }
    if id.len() > 40
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    {
        return Err(Error::FieldInvalidCharacters { field: "id" });
    }
    let name = text::name("name", get(Some(columns.name)).unwrap_or(""))?;
    let email = text::email("email", get(columns.email), FieldRule::Optional)?;
    let team = text::field(
        "team",
        get(columns.team),
        text::COMPANY_MAX,
        FieldRule::Optional,
    )?;
    let active = parse_active(get(columns.active).unwrap_or(""))
        .ok_or(Error::FieldInvalidCharacters { field: "active" })?;
    let notify = match get(columns.notify) {
        None => None,
        Some(v) => Some(
            crate::notify::Choice::parse(v)
                .map_err(|_| Error::FieldInvalidCharacters { field: "notify" })?
                .as_text(),
        ),
    };
    let language = match get(columns.language).map(str::trim) {
        None => None,
        Some("") => Some(String::new()),
        Some(v) => Some(
            crate::config::shipped_language(v)
                .ok_or(Error::FieldInvalidCharacters { field: "language" })?
                .to_string(),
        ),
    };
    Ok(Member {
        id,
        name,
        email,
        team,
        active,
        notify,
        language,
    })
}

struct Columns {
    id: usize,
    name: usize,
    email: Option<usize>,
    team: Option<usize>,
    active: Option<usize>,
    notify: Option<usize>,
    language: Option<usize>,
}

/// Reads a member CSV (header `id,name,email,team,active,notify,language`; all but id and name
/// optional; a missing notify or language column keeps what each member has)
/// and saves it in one transaction, or saves nothing and names every line it could not read.
pub async fn import_csv(store: &Store, now: DateTime<Utc>, data: &[u8]) -> Result<usize> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::None)
        .from_reader(data);
    let header = reader.headers().map_err(|_| Error::ImportRejected {
        rows: vec![(1, Error::FieldRequired { field: "id" }.payload())],
    })?;
    let [id, name, email, team, active, notify, language] = text::csv_columns(
        header,
        [
            "id", "name", "email", "team", "active", "notify", "language",
        ],
    );
    let (Some(id), Some(name)) = (id, name) else {
        return Err(Error::ImportRejected {
            rows: vec![(
                1,
                Error::FieldRequired {
                    field: if id.is_none() { "id" } else { "name" },
                }
                .payload(),
            )],
        });
    };
    let columns = Columns {
        id,
        name,
        email,
        team,
        active,
        notify,
        language,
    };
    let mut members = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map(|p| p.line() as usize)
            .unwrap_or(i + 2);
        match record {
            Err(_) => problems.push((
                line,
                Error::FieldInvalidCharacters { field: "line" }.payload(),
            )),
            Ok(r) => match parse_row(&r, &columns) {
                Ok(m) if !seen.insert(m.id.clone()) => problems.push((
                    line,
                    Error::FieldInvalidCharacters { field: "id" }.payload(),
                )),
                Ok(m) => members.push(m),
                Err(e) => problems.push((line, e.payload())),
            },
        }
    }
    if !problems.is_empty() {
        return Err(Error::ImportRejected { rows: problems });
    }
    let mut tx = store.begin_write().await?;
    for m in &members {
        upsert(&mut tx, m, now).await?;
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Cli,
            action: "members-import",
            subject: None,
            details: json!({ "rows": members.len() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(members.len())
}

/// A typeahead match: enough for a visitor to recognise their host, nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HostMatch {
    pub id: String,
    /// First name and last initial.
    pub display: String,
}

/// The most matches the typeahead shows.
pub const MAX_MATCHES: usize = 6;
/// Letters a visitor must type before any name is shown.
pub const MIN_QUERY: usize = 2;

/// Active members in memory for the host typeahead: every word of every name, folded and
/// sorted, so a prefix is found by binary search.
#[derive(Debug, Default)]
pub struct Directory {
    revision: Option<String>,
    members: Vec<HostMatch>,
    /// Each member's folded name words joined by single spaces, in the order of `members`,
    /// to check a query of several words against the candidates the index gave for one.
    names: Vec<Box<str>>,
    /// (folded word, index into members), sorted.
    words: Vec<(String, usize)>,
}

/// Folded words of a name or a query: split at white space, with punctuation around a word
/// dropped, so "H." (as the typeahead itself shows an initial) is "h".
fn folded_words(s: &str) -> Vec<String> {
    text::fold(s)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Name words a query is checked against; a longer name (never from `text::name`, which
/// allows 80 characters) is matched on its first 64 words.
const MAX_NAME_WORDS: usize = 64;

/// Whether each query word can be given its own word of `name` (folded words joined by
/// single spaces) that starts with it: a bipartite matching, found with augmenting paths, so
/// "an an" needs two name words starting with "an". No allocation: this runs for every
/// candidate of a query.
fn every_word_matches(query: &[String], name: &str) -> bool {
    const FREE: u8 = u8::MAX;
    fn assign(
        q: usize,
        query: &[String],
        words: &[&str],
        owner: &mut [u8],
        seen: &mut u64,
    ) -> bool {
        for (n, word) in words.iter().enumerate() {
            if *seen & (1 << n) != 0 || !word.starts_with(query[q].as_str()) {
                continue;
            }
            *seen |= 1 << n;
            if owner[n] == FREE || assign(usize::from(owner[n]), query, words, owner, seen) {
                owner[n] = q as u8;
                return true;
            }
        }
        false
    }
    let mut words = [""; MAX_NAME_WORDS];
    let mut count = 0;
    for (slot, word) in words.iter_mut().zip(name.split(' ')) {
        *slot = word;
        count += 1;
    }
    let words = &words[..count];
    if query.len() > words.len() {
        return false;
    }
    // Most candidates fail on a word no name word starts with; find that cheaply first.
    if !query
        .iter()
        .all(|q| words.iter().any(|w| w.starts_with(q.as_str())))
    {
        return false;
    }
    let mut owner = [FREE; MAX_NAME_WORDS];
    (0..query.len()).all(|q| assign(q, query, words, &mut owner, &mut 0))
}

impl Directory {
    /// Loads the active members, unless the list has not changed since `self` was loaded.
    pub async fn refresh(&mut self, store: &Store) -> Result<()> {
        let revision = settings::get(store.pool(), REVISION_KEY).await?;
        if self.revision.is_some() && self.revision == revision {
            return Ok(());
        }
        let rows = sqlx::query("SELECT id, name FROM members WHERE active = 1 ORDER BY name, id")
            .fetch_all(store.pool())
            .await?;
        let members: Vec<(String, String)> =
            rows.into_iter().map(|r| (r.get(0), r.get(1))).collect();
        *self = Self::from_members(members);
        self.revision = revision.or(Some(String::new()));
        Ok(())
    }

    pub fn from_members(members: Vec<(String, String)>) -> Self {
        let mut words = Vec::new();
        let mut names = Vec::with_capacity(members.len());
        let mut list = Vec::with_capacity(members.len());
        for (i, (id, name)) in members.into_iter().enumerate() {
            let folded = folded_words(&name);
            names.push(folded.join(" ").into_boxed_str());
            words.extend(folded.into_iter().map(|w| (w, i)));
            list.push(HostMatch {
                id,
                display: text::short_name(&name),
            });
        }
        words.sort();
        Self {
            revision: None,
            members: list,
            names,
            words,
        }
    }

    /// The entries of the word index that start with `prefix`.
    fn starting_with(&self, prefix: &str) -> &[(String, usize)] {
        let start = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        let len = self.words[start..].partition_point(|(w, _)| w.starts_with(prefix));
        &self.words[start..start + len]
    }

    /// Members whose name has, for every word typed, a word of its own starting with it, in
    /// any order ("Priya Nair", "Priya N.", "nair priya"; case, accents and punctuation around
    /// a word ignored), at most [`MAX_MATCHES`], in name order. Nothing until one word typed
    /// has [`MIN_QUERY`] letters.
    pub fn search(&self, query: &str) -> Vec<HostMatch> {
        let query = folded_words(query);
        if !query.iter().any(|w| w.chars().count() >= MIN_QUERY) {
            return Vec::new();
        }
        // The index gives the candidates for the rarest word typed; the others filter them.
        let Some(rarest) = query
            .iter()
            .map(|w| self.starting_with(w))
            .min_by_key(|e| e.len())
        else {
            return Vec::new();
        };
        let mut hits: Vec<usize> = rarest.iter().map(|(_, i)| *i).collect();
        hits.sort_unstable();
        hits.dedup();
        hits.into_iter()
            .filter(|&i| query.len() == 1 || every_word_matches(&query, &self.names[i]))
            .take(MAX_MATCHES)
            .map(|i| self.members[i].clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::Verdict;

    fn directory() -> Directory {
        Directory::from_members(vec![
            ("1".into(), "Amira Haddad".into()),
            ("2".into(), "Jonas Becker".into()),
            ("3".into(), "Sofía Romero".into()),
            ("4".into(), "Ana Sofia Lima".into()),
            ("5".into(), "Jonathan Amsel".into()),
        ])
    }

    #[test]
    fn two_letters_find_any_word_and_show_only_first_name_and_initial() {
        let d = directory();
        assert!(d.search("a").is_empty(), "one letter shows nothing");
        let am: Vec<_> = d.search("am").into_iter().map(|m| m.display).collect();
        assert_eq!(am, ["Amira H.", "Jonathan A."]);
        let so: Vec<_> = d.search(" SOF ").into_iter().map(|m| m.display).collect();
        assert_eq!(so, ["Sofía R.", "Ana L."], "accents and case are ignored");
    }

    fn shown(d: &Directory, query: &str) -> Vec<String> {
        d.search(query).into_iter().map(|m| m.display).collect()
    }

    #[test]
    fn a_host_is_found_by_full_name_as_shown_and_in_any_order() {
        let d = Directory::from_members(vec![
            ("1".into(), "Amira Haddad".into()),
            ("2".into(), "Priya Nair".into()),
            ("3".into(), "Priya Natarajan".into()),
            ("4".into(), "Nairobi Okafor".into()),
        ]);
        assert_eq!(shown(&d, "nair"), ["Priya N.", "Nairobi O."]);
        assert_eq!(shown(&d, "Priya Nair"), ["Priya N."], "full name");
        assert_eq!(shown(&d, "priya n"), ["Priya N.", "Priya N."]);
        assert_eq!(
            shown(&d, "Amira H."),
            ["Amira H."],
            "as the suggestion shows it"
        );
        assert_eq!(shown(&d, "Amira H"), ["Amira H."]);
        assert_eq!(shown(&d, "Nair Priya"), ["Priya N."], "family name first");
        assert_eq!(shown(&d, "  haddad,  amira "), ["Amira H."]);
        assert!(
            shown(&d, "Priya Haddad").is_empty(),
            "every word must match"
        );
        assert!(shown(&d, "Amira H. X").is_empty());
    }

    #[test]
    fn accents_are_ignored_in_every_word() {
        let d = Directory::from_members(vec![
            ("1".into(), "Sofía Romero".into()),
            ("2".into(), "José Núñez".into()),
        ]);
        assert_eq!(shown(&d, "sofia romero"), ["Sofía R."]);
        assert_eq!(shown(&d, "NUNEZ jose"), ["José N."]);
        assert_eq!(shown(&d, "Jösé Ñ."), ["José N."]);
    }

    #[test]
    fn two_words_typed_need_two_words_of_the_name() {
        let d = Directory::from_members(vec![
            ("1".into(), "Ana Lima".into()),
            ("2".into(), "Ana Andrade".into()),
            ("3".into(), "Anneliese Anders Ohm".into()),
        ]);
        assert_eq!(shown(&d, "an an"), ["Ana A.", "Anneliese O."]);
        assert_eq!(shown(&d, "ana ana"), Vec::<String>::new());
        // "an" could take "Andrade" and leave "ana" nothing: the matching must move it.
        assert_eq!(shown(&d, "an ana"), ["Ana A."]);
    }

    #[test]
    fn one_letter_words_alone_show_nothing() {
        let d = directory();
        assert!(d.search("a").is_empty());
        assert!(d.search("a h").is_empty(), "no word of two letters yet");
        assert!(d.search(" . ").is_empty());
        assert!(d.search("").is_empty());
        assert_eq!(
            shown(&d, "a ha"),
            ["Amira H."],
            "an initial beside a longer word"
        );
    }

    #[test]
    fn at_most_six_matches() {
        let many = (0..20)
            .map(|i| (i.to_string(), format!("Max Muster{i}")))
            .collect();
        assert_eq!(
            Directory::from_members(many).search("ma").len(),
            MAX_MATCHES
        );
    }

    #[tokio::test]
    async fn a_bad_file_imports_nothing_and_names_every_bad_line() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let csv = "id,name,email,team,active\nM1,Ana Lima,ana@example.org,Kettle,yes\nM2,,x@example.org,,\nM3,Bo,not-an-email,,\nM4,Eve\u{202E}lin,,,\nM5,Kai,,,maybe\nM1,Ana Again,,,\n";
        let e = import_csv(&store, Utc::now(), csv.as_bytes())
            .await
            .unwrap_err();
        let Error::ImportRejected { rows } = e else {
            panic!("{e:?}")
        };
        let lines: Vec<usize> = rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7]);
        assert_eq!(rows[0].1.code, crate::ErrorCode::FieldRequired);
        assert_eq!(rows[1].1.code, crate::ErrorCode::EmailInvalid);
        assert_eq!(rows[2].1.code, crate::ErrorCode::FieldInvalidCharacters);
        assert_eq!(
            count_active(&store).await.unwrap(),
            0,
            "nothing half-imported"
        );
    }

    #[tokio::test]
    async fn a_good_file_imports_updates_and_is_audited() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let n = import_csv(&store, Utc::now(), b"id,name\nM1,Ana Lima\nM2,Bo Berg\n")
            .await
            .unwrap();
        assert_eq!(n, 2);
        let mut d = Directory::default();
        d.refresh(&store).await.unwrap();
        assert_eq!(d.search("bo")[0].display, "Bo B.");
        import_csv(&store, Utc::now(), b"name,id,active\nBo Berg,M2,no\n")
            .await
            .unwrap();
        d.refresh(&store).await.unwrap();
        assert!(
            d.search("bo").is_empty(),
            "an inactive member is no longer offered"
        );
        assert_eq!(count_active(&store).await.unwrap(), 1);
        let mut conn = store.pool().acquire().await.unwrap();
        assert_eq!(
            audit::verify(&mut conn, None).await.unwrap(),
            Verdict::Intact {
                entries: 2,
                unchecked: 0
            }
        );
    }
}

/// A member is identified at the kiosk for this long after their last action.
pub const IDENTIFIED_IDLE: chrono::Duration = chrono::Duration::minutes(2);

/// The member the kiosk is serving, identified by a badge tap or by staff handing the kiosk
/// over. Member commands read the member from here, never from the web view.
#[derive(Debug, Default)]
pub struct IdentifiedSlot(std::sync::Mutex<Option<(String, DateTime<Utc>)>>);

impl IdentifiedSlot {
    pub fn start(&self, member_id: &str, now: DateTime<Utc>) {
        *self.lock() = Some((member_id.to_string(), now));
    }

    /// The identified member's id; counts as activity. Idle for too long: nobody.
    pub fn require(&self, now: DateTime<Utc>) -> Result<String> {
        let mut slot = self.lock();
        match slot.as_mut() {
            Some((id, last)) if now - *last < IDENTIFIED_IDLE => {
                *last = now;
                Ok(id.clone())
            }
            _ => {
                *slot = None;
                Err(Error::MemberSessionRequired)
            }
        }
    }

    pub fn end(&self) -> Option<String> {
        self.lock().take().map(|(id, _)| id)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<(String, DateTime<Utc>)>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod identified_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_identified_member_is_forgotten_when_idle_or_ended() {
        let slot = IdentifiedSlot::default();
        let t0 = Utc::now();
        assert!(matches!(
            slot.require(t0),
            Err(Error::MemberSessionRequired)
        ));
        slot.start("M-1002", t0);
        assert_eq!(
            slot.require(t0 + chrono::Duration::seconds(100)).unwrap(),
            "M-1002"
        );
        // Activity moved the deadline: 100 s + 100 s is still fine, then 2 min of nothing is not.
        assert_eq!(
            slot.require(t0 + chrono::Duration::seconds(200)).unwrap(),
            "M-1002"
        );
        assert!(slot.require(t0 + chrono::Duration::seconds(321)).is_err());
        assert!(slot.require(t0 + chrono::Duration::seconds(322)).is_err());
        slot.start("M-1003", t0);
        assert_eq!(slot.end().as_deref(), Some("M-1003"));
        assert!(slot.require(t0).is_err());
    }
}

/// How a member is told their guest arrived, for the staff screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NotifySettings {
    pub member_id: String,
    /// First name and last initial.
    pub display: String,
    /// `""` (the site's default channels), `"none"`, or channels such as `"email,slack"`.
    pub notify: String,
    /// The language of their messages; `None` for the site's first language.
    pub language: Option<String>,
    /// Whether the member has an e-mail address (e-mail needs one).
    pub has_email: bool,
    /// The channels the site set up, which staff may choose from.
    pub channels: Vec<String>,
}

pub async fn notify_settings(
    conn: &mut SqliteConnection,
    config: &crate::Config,
    id: &str,
) -> Result<NotifySettings> {
    let row = sqlx::query(
        "SELECT name, notify, language, email IS NOT NULL FROM members WHERE id = ? AND active = 1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::MemberNotFound)?;
    Ok(NotifySettings {
        member_id: id.to_string(),
        display: text::short_name(row.get::<&str, _>(0)),
        notify: row.get(1),
        language: row.get(2),
        has_email: row.get(3),
        channels: crate::config::notifications::Channel::ALL
            .into_iter()
            .filter(|c| config.notifications.configured(*c))
            .map(|c| c.as_str().to_string())
            .collect(),
    })
}

/// Staff change how a member is told (`notify` as in the member list) and in which language
/// (empty for the site's first). An import with these columns changes them again. Audited.
pub async fn set_notify(
    store: &Store,
    now: DateTime<Utc>,
    config: &crate::Config,
    staff_id: i64,
    id: &str,
    notify: &str,
    language: Option<&str>,
) -> Result<NotifySettings> {
    let choice = crate::notify::Choice::parse(notify)
        .map_err(|_| Error::FieldInvalidCharacters { field: "notify" })?
        .as_text();
    let language = match language.map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => Some(
            crate::config::shipped_language(l)
                .ok_or(Error::FieldInvalidCharacters { field: "language" })?
                .to_string(),
        ),
    };
    let mut tx = store.begin_write().await?;
    let changed =
        sqlx::query("UPDATE members SET notify = ?, language = ? WHERE id = ? AND active = 1")
            .bind(&choice)
            .bind(&language)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if changed == 0 {
        return Err(Error::MemberNotFound);
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "member-notify",
            subject: Some(format!("member:{id}")),
            details: json!({ "notify": choice, "language": language }),
        },
    )
    .await?;
    tx.commit().await?;
    notify_settings(&mut *store.conn().await?, config, id).await
}
