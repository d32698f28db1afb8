# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Invitado
    [tour] Visita guiada
    [day-pass] Pase de día
    [contractor] Contratista
    [delivery] Entrega
   *[interview] Entrevista
}
badge-visiting = Visita a { $host }
badge-valid-until = Válido hasta las { $time }
