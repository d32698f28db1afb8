# The printed visitor badge.
badge-kind = { $kind ->
    [guest] Invité
    [tour] Visite guidée
    [day-pass] Pass journée
    [contractor] Prestataire
    [delivery] Livraison
   *[interview] Entretien
}
badge-visiting = En visite chez { $host }
badge-valid-until = Valable jusqu’à { $time }
