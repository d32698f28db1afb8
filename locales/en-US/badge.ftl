# The printed visitor badge, in the visitor's language: the kind of visit, the host, how long it is valid.
badge-kind = { $kind ->
    [guest] Guest
    [tour] A tour
    [day-pass] Day pass
    [contractor] Contractor
    [delivery] Delivery
   *[interview] Interview
}
badge-visiting = Visiting { $host }
badge-valid-until = Valid until { $time }
