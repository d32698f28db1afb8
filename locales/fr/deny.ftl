# `lobby deny` : la liste d’exclusion et sa liste blanche, pour les opérateurs, dans leur langue.

cli-deny-added = Entrée #{ $id } ajoutée à la liste d’exclusion : { $name }.
cli-deny-line = #{ $id } { $name } (ajoutée le { $added })
cli-deny-aliases = Aussi connu sous le nom de : { $value }
cli-deny-email = E-mail : { $value }
cli-deny-phone = Téléphone : { $value }
cli-deny-reason = Motif : { $value }
cli-deny-none = La liste d’exclusion est vide.
cli-deny-removed = Entrée #{ $id } de la liste d’exclusion supprimée, avec tout ce qu’elle contenait.
cli-deny-safe-added = { $email } est sur la liste blanche : si seul le nom correspond à une entrée, cette personne n’est pas retenue.
cli-deny-safe-already = { $email } était déjà sur la liste blanche.
cli-deny-safe-removed = { $email } n’est plus sur la liste blanche.
cli-deny-safe-not-found = { $email } n’est pas sur la liste blanche ; rien n’a été modifié.
cli-deny-safe-none = La liste blanche est vide.
cli-deny-safe-line = { $email } (ajoutée le { $added })
