# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Convidado
    [tour] Visita guiada
    [day-pass] Passe diário
    [contractor] Prestador de serviço
    [delivery] Entrega
   *[interview] Entrevista
}
badge-visiting = Visitando { $host }
badge-valid-until = Válido até { $time }
