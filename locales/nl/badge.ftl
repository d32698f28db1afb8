# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Gast
    [tour] Rondleiding
    [day-pass] Dagpas
    [contractor] Aannemer
    [delivery] Levering
   *[interview] Sollicitatiegesprek
}
badge-visiting = Op bezoek bij { $host }
badge-valid-until = Geldig tot { $time }
