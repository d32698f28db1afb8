# `lobby deny`: la lista di esclusione e la sua lista sicura, per gli operatori, nella loro lingua.

cli-deny-added = Voce #{ $id } aggiunta alla lista di esclusione: { $name }.
cli-deny-line = #{ $id } { $name } (aggiunta il { $added })
cli-deny-aliases = Noto anche come: { $value }
cli-deny-email = E-mail: { $value }
cli-deny-phone = Telefono: { $value }
cli-deny-reason = Motivo: { $value }
cli-deny-none = La lista di esclusione è vuota.
cli-deny-removed = Voce #{ $id } rimossa dalla lista di esclusione, con tutto ciò che conteneva.
cli-deny-safe-added = { $email } è nella lista sicura: se solo il nome corrisponde a una voce, questa persona non viene trattenuta.
cli-deny-safe-already = { $email } era già nella lista sicura.
cli-deny-safe-removed = { $email } non è più nella lista sicura.
cli-deny-safe-not-found = { $email } non è nella lista sicura; non è stato modificato nulla.
cli-deny-safe-none = La lista sicura è vuota.
cli-deny-safe-line = { $email } (aggiunta il { $added })
