# `lobby deny`: a lista de bloqueio e sua lista segura, para operadores, no idioma deles.

cli-deny-added = Entrada #{ $id } adicionada à lista de bloqueio: { $name }.
cli-deny-line = #{ $id } { $name } (adicionada em { $added })
cli-deny-aliases = Também conhecido como: { $value }
cli-deny-email = E-mail: { $value }
cli-deny-phone = Telefone: { $value }
cli-deny-reason = Motivo: { $value }
cli-deny-none = A lista de bloqueio está vazia.
cli-deny-removed = Entrada #{ $id } removida da lista de bloqueio, com tudo o que continha.
cli-deny-safe-added = { $email } está na lista segura: quando só o nome coincide com uma entrada, esta pessoa não é retida.
cli-deny-safe-already = { $email } já estava na lista segura.
cli-deny-safe-removed = { $email } não está mais na lista segura.
cli-deny-safe-not-found = { $email } não está na lista segura; nada foi alterado.
cli-deny-safe-none = A lista segura está vazia.
cli-deny-safe-line = { $email } (adicionada em { $added })
