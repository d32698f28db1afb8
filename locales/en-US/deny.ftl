# `lobby deny`: the deny list and its safe list, for operators, in the operator's language.

cli-deny-added = Deny-list entry #{ $id } added: { $name }.
cli-deny-line = #{ $id } { $name } (added { $added })
cli-deny-aliases = Also known as: { $value }
cli-deny-email = E-mail: { $value }
cli-deny-phone = Phone: { $value }
cli-deny-reason = Reason: { $value }
cli-deny-none = The deny list is empty.
cli-deny-removed = Deny-list entry #{ $id } removed, with everything it said.
cli-deny-safe-added = { $email } is on the safe list: when only the name matches an entry, this visitor is not held.
cli-deny-safe-already = { $email } was on the safe list already.
cli-deny-safe-removed = { $email } is no longer on the safe list.
cli-deny-safe-not-found = { $email } is not on the safe list; nothing was changed.
cli-deny-safe-none = The safe list is empty.
cli-deny-safe-line = { $email } (added { $added })
