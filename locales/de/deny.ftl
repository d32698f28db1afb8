# `lobby deny`: die Sperrliste und ihre Ausnahmeliste, für Betreiber, in deren Sprache.

cli-deny-added = Sperrlisteneintrag #{ $id } hinzugefügt: { $name }.
cli-deny-line = #{ $id } { $name } (hinzugefügt { $added })
cli-deny-aliases = Auch bekannt als: { $value }
cli-deny-email = E-Mail: { $value }
cli-deny-phone = Telefon: { $value }
cli-deny-reason = Grund: { $value }
cli-deny-none = Die Sperrliste ist leer.
cli-deny-removed = Sperrlisteneintrag #{ $id } entfernt, mit allem, was er enthielt.
cli-deny-safe-added = { $email } steht auf der Ausnahmeliste: Stimmt nur der Name mit einem Eintrag überein, wird diese Person nicht aufgehalten.
cli-deny-safe-already = { $email } stand bereits auf der Ausnahmeliste.
cli-deny-safe-removed = { $email } steht nicht mehr auf der Ausnahmeliste.
cli-deny-safe-not-found = { $email } steht nicht auf der Ausnahmeliste; nichts wurde geändert.
cli-deny-safe-none = Die Ausnahmeliste ist leer.
cli-deny-safe-line = { $email } (hinzugefügt { $added })
