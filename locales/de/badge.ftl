# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Gast
    [tour] Führung
    [day-pass] Tagespass
    [contractor] Dienstleister
    [delivery] Lieferung
   *[interview] Vorstellungsgespräch
}
badge-visiting = Besuch bei { $host }
badge-valid-until = Gültig bis { $time }
