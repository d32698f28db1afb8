# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Ospite
    [tour] Visita guidata
    [day-pass] Pass giornaliero
    [contractor] Fornitore
    [delivery] Consegna
   *[interview] Colloquio
}
badge-visiting = In visita da { $host }
badge-valid-until = Valido fino alle { $time }
