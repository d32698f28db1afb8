# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Gość
    [tour] Zwiedzanie
    [day-pass] Karnet dzienny
    [contractor] Wykonawca
    [delivery] Dostawa
   *[interview] Rozmowa
}
badge-visiting = Wizyta u: { $host }
badge-valid-until = Ważne do { $time }
