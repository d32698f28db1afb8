//! `lobby deny`: an operator adds, imports, lists and removes deny-list entries and keeps the
//! safe list, in their own language; a file with bad lines names each and adds nothing.

use super::{lobby, lobby_with_input, stderr, stdout};

#[test]
fn deny_add_list_import_remove_and_the_safe_list_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = &dir.path().join("data");
    assert!(lobby(data, &["demo", "seed"]).status.success());

    let empty = lobby(data, &["deny", "list"]);
    assert!(empty.status.success(), "{}", stderr(&empty));
    assert!(
        stdout(&empty).contains("The deny list is empty."),
        "{}",
        stdout(&empty)
    );

    let add = lobby(
        data,
        &[
            "deny",
            "add",
            "--name",
            "Zoë Quillfeather",
            "--alias",
            "Zed Quill",
            "--alias",
            "ZQ",
            "--email",
            "zoe.quill@example.org",
            "--phone",
            "+49 30 5550199",
            "--reason",
            "Harassment",
        ],
    );
    assert!(add.status.success(), "{}", stderr(&add));
    assert!(
        stdout(&add).contains("Deny-list entry #1 added: Zoë Quillfeather."),
        "{}",
        stdout(&add)
    );
    let bad = lobby(data, &["deny", "add", "--name", "Max", "--email", "max@"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stdout(&bad));
    assert!(stderr(&bad).contains("email address"), "{}", stderr(&bad));

    let list = lobby(data, &["deny", "list"]);
    let text = stdout(&list);
    assert!(text.contains("#1 Zoë Quillfeather (added "), "{text}");
    assert!(text.contains("Also known as: Zed Quill, ZQ"), "{text}");
    assert!(text.contains("E-mail: zoe.quill@example.org"), "{text}");
    assert!(text.contains("Phone: +49 30 5550199"), "{text}");
    assert!(text.contains("Reason: Harassment"), "{text}");
    let json = lobby(data, &["deny", "list", "--format", "json"]);
    let entries: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(entries[0]["id"], 1);
    assert_eq!(
        entries[0]["aliases"],
        serde_json::json!(["Zed Quill", "ZQ"])
    );
    assert_eq!(entries[0]["email"], "zoe.quill@example.org");

    // Lines 3 and 4 are bad: exit 2, each named, nothing added.
    let csv = dir.path().join("deny.csv");
    std::fs::write(
        &csv,
        "name,aliases,email,phone,reason\nMax Mustermann,Maxi,,,Theft\n,Nobody,,,\nErika Muster,,erika@,,\n",
    )
    .unwrap();
    let import = lobby(data, &["deny", "import", csv.to_str().unwrap()]);
    assert_eq!(import.status.code(), Some(2), "{}", stdout(&import));
    let err = stderr(&import);
    assert!(err.contains("Line 3: "), "{err}");
    assert!(err.contains("Line 4: "), "{err}");
    assert!(!err.contains("Line 2: "), "{err}");
    assert!(!stdout(&lobby(data, &["deny", "list"])).contains("Max Mustermann"));

    std::fs::write(
        &csv,
        "name,aliases,email,phone,reason\nMax Mustermann,Maxi|Mäxchen,,,Theft\n",
    )
    .unwrap();
    let import = lobby(data, &["deny", "import", csv.to_str().unwrap()]);
    assert!(import.status.success(), "{}", stderr(&import));
    assert!(
        stdout(&import).contains("Deny-list entry #2 added: Max Mustermann."),
        "{}",
        stdout(&import)
    );

    let remove = lobby(data, &["deny", "remove", "1"]);
    assert!(remove.status.success(), "{}", stderr(&remove));
    assert!(
        stdout(&remove).contains("#1 removed"),
        "{}",
        stdout(&remove)
    );
    let again = lobby(data, &["deny", "remove", "1"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("There is no deny-list entry 1."),
        "{}",
        stderr(&again)
    );
    let list = stdout(&lobby(data, &["deny", "list"]));
    assert!(
        !list.contains("Zoë") && list.contains("#2 Max Mustermann"),
        "{list}"
    );

    let safe = lobby(data, &["deny", "safe", "add", "zoe.other@example.net"]);
    assert!(safe.status.success(), "{}", stderr(&safe));
    assert!(
        stdout(&safe).contains("zoe.other@example.net is on the safe list"),
        "{}",
        stdout(&safe)
    );
    let twice = lobby(data, &["deny", "safe", "add", "Zoe.Other@example.net"]);
    assert!(stdout(&twice).contains("already"), "{}", stdout(&twice));
    let safe_list = stdout(&lobby(data, &["deny", "safe", "list"]));
    assert!(
        safe_list.starts_with("zoe.other@example.net (added "),
        "{safe_list}"
    );
    let json = lobby(data, &["deny", "safe", "list", "--format", "json"]);
    let safe_json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(safe_json[0]["email"], "zoe.other@example.net");

    let off = lobby(data, &["deny", "safe", "remove", "zoe.other@example.net"]);
    assert!(off.status.success(), "{}", stderr(&off));
    let gone = lobby(data, &["deny", "safe", "remove", "zoe.other@example.net"]);
    assert_eq!(gone.status.code(), Some(2));
    assert!(
        stderr(&gone).contains("is not on the safe list"),
        "{}",
        stderr(&gone)
    );
    assert!(stdout(&lobby(data, &["deny", "safe", "list"])).contains("The safe list is empty."));

    // What was added, imported, removed and listed is in an intact chain.
    let verify = lobby(data, &["audit", "verify"]);
    assert!(verify.status.success(), "{}", stdout(&verify));
}

#[test]
fn deny_speaks_the_operators_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = &dir.path().join("data");
    assert!(lobby(data, &["demo", "seed"]).status.success());
    let de = |args: &[&str]| lobby_with_input(data, args, "de_DE.UTF-8", b"");

    let empty = de(&["deny", "list"]);
    assert!(
        stdout(&empty).contains("Die Sperrliste ist leer."),
        "{}",
        stdout(&empty)
    );
    let add = de(&[
        "deny",
        "add",
        "--name",
        "Max Mustermann",
        "--reason",
        "Diebstahl",
    ]);
    assert!(add.status.success(), "{}", stderr(&add));
    assert!(
        stdout(&add).contains("Sperrlisteneintrag #1 hinzugefügt: Max Mustermann."),
        "{}",
        stdout(&add)
    );
    let list = stdout(&de(&["deny", "list"]));
    assert!(list.contains("Grund: Diebstahl"), "{list}");

    let csv = dir.path().join("sperre.csv");
    std::fs::write(&csv, "name,email\nErika Muster,erika@\n").unwrap();
    let import = de(&["deny", "import", csv.to_str().unwrap()]);
    assert_eq!(import.status.code(), Some(2));
    assert!(stderr(&import).contains("Zeile 2: "), "{}", stderr(&import));

    let missing = de(&["deny", "remove", "7"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("Es gibt keinen Sperrlisteneintrag 7."),
        "{}",
        stderr(&missing)
    );
    let safe = de(&["deny", "safe", "add", "max.other@example.net"]);
    assert!(
        stdout(&safe).contains("steht auf der Ausnahmeliste"),
        "{}",
        stdout(&safe)
    );
}
