# `lobby deny`: la lista de acceso denegado y su lista segura, para operadores, en su idioma.

cli-deny-added = Entrada #{ $id } añadida a la lista de acceso denegado: { $name }.
cli-deny-line = #{ $id } { $name } (añadida el { $added })
cli-deny-aliases = También conocido como: { $value }
cli-deny-email = Correo electrónico: { $value }
cli-deny-phone = Teléfono: { $value }
cli-deny-reason = Motivo: { $value }
cli-deny-none = La lista de acceso denegado está vacía.
cli-deny-removed = Entrada #{ $id } eliminada de la lista de acceso denegado, con todo lo que contenía.
cli-deny-safe-added = { $email } está en la lista segura: si solo el nombre coincide con una entrada, esta persona no queda retenida.
cli-deny-safe-already = { $email } ya estaba en la lista segura.
cli-deny-safe-removed = { $email } ya no está en la lista segura.
cli-deny-safe-not-found = { $email } no está en la lista segura; no se ha cambiado nada.
cli-deny-safe-none = La lista segura está vacía.
cli-deny-safe-line = { $email } (añadida el { $added })
