## lobby privacy: verzoeken van een persoon over diens gegevens (issue 23)

privacy-pdf-title = Wat { $site } over u bewaart
privacy-pdf-intro = Alles wat Lobby, het receptiesysteem, op { $date } bewaarde over de persoon aangeduid als ‘{ $named }’. Het bestand personal-data.json naast dit document bevat hetzelfde in machineleesbare vorm.
privacy-pdf-none = Geen.
privacy-pdf-record = Record { $id }
privacy-pdf-visits = Bezoeken en rondleidingen
privacy-pdf-acceptances = Handtekeningen en bewijzen van de gedragscode
privacy-pdf-wifi = Wifi-toegangen
privacy-pdf-roll-calls = Appèls bij ontruiming
privacy-pdf-messages = Berichten over uw bezoeken
privacy-pdf-invitations = Uitnodigingen
privacy-pdf-badges = Gedrukte bezoekersbadges
privacy-pdf-approvals = Aanmeldingen die op goedkeuring wachtten
privacy-pdf-profile = Bezoekersprofiel
privacy-pdf-incidents = Veiligheidsmeldingen die u noemen
privacy-pdf-deny = Vermeldingen op de weigerlijst
privacy-pdf-holds = Bewaarplichten voor uw gegevens
privacy-pdf-name = Naam
privacy-pdf-company = Bedrijf
privacy-pdf-email = E-mail
privacy-pdf-phone = Telefoon
privacy-pdf-purpose = Doel of interesse
privacy-pdf-kind = Soort
privacy-pdf-host = Gastheer
privacy-pdf-language = Taal
privacy-pdf-arrived = Aangekomen
privacy-pdf-left = Vertrokken
privacy-pdf-lead-consent = Bewaard als verkoopcontact
privacy-pdf-anonymised = Geanonimiseerd
privacy-pdf-visit = Bezoek
privacy-pdf-policy = Ondertekende tekst
privacy-pdf-signed-at = Ondertekend
privacy-pdf-signature = Handtekening
privacy-pdf-signature-file = De afbeelding staat in { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = De afbeelding is verwijderd; de SHA-256 { $hash } blijft als bewijs van de handtekening.
privacy-pdf-valid = Geldig
privacy-pdf-label = Uitgegeven voor
privacy-pdf-status = Status
privacy-pdf-channel = Kanaal
privacy-pdf-recipient = Verzonden aan
privacy-pdf-created = Datum
privacy-pdf-content = Inhoud
privacy-pdf-description = Beschrijving
privacy-pdf-contact = Contact
privacy-pdf-note = Notitie van medewerkers
privacy-pdf-reported = Gemeld
privacy-pdf-closed = Beëindigd
privacy-pdf-reason = Reden
privacy-pdf-until = Tot
privacy-pdf-last-visit = Laatste bezoek
privacy-pdf-yes = Ja
privacy-pdf-no = Nee
privacy-pdf-rights = U kunt de receptie vragen deze gegevens te corrigeren of te wissen. Gegevens onder een bewaarplicht blijven bewaard tot die afloopt (art. 17, lid 3, AVG).

## lobby privacy (opdrachtregel)
cli-privacy-exported = { $json } en { $pdf } geschreven: { $records } records. Verzoek #{ $id } is beantwoord.
cli-privacy-received = Verzoek #{ $id } ({ $kind }) ontvangen op { $received }: beantwoorden vóór { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, ontvangen { $received }, uiterlijk { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] nog 1 dag
   *[other] nog { $days } dagen
}
cli-privacy-overdue = { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
cli-privacy-answered = beantwoord { $at }
cli-privacy-no-requests = Geen openstaande verzoeken.
cli-privacy-erased = Wissing #{ $id }, { $at }:
cli-privacy-erased-line = - gewist: { $table }: { $count }
cli-privacy-nothing-erased = - er was niets meer te wissen.
cli-privacy-kept-heading = Bewaard (art. 17, lid 3, AVG):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = genoemd in een veiligheidsmelding die nog openstaat
cli-privacy-why-hold = bewaarplicht #{ $hold } tot { $until }: { $reason }
cli-privacy-why-deny = een vermelding op de weigerlijst (te wijzigen met lobby deny)
cli-privacy-nothing-kept = Er is niets bewaard.
cli-privacy-backups = Back-ups van vóór { $at } bevatten de gewiste gegevens nog tot ze worden opgeruimd.
cli-privacy-wal-busy = Een ander programma leest de database: de gewiste gegevens verlaten het write-ahead-log zodra dat programma de database loslaat.
cli-privacy-table = { $table ->
    [visits] bezoeken
    [acceptances] handtekeningen
    [wifi_passes] wifi-toegangen
    [roll_call_entries] appèlregels
    [outbox] berichten
    [invitations] uitnodigingen
    [approvals] aanmeldingen ter goedkeuring
    [visitor_profiles] bezoekersprofiel
    [incidents] veiligheidsmeldingen
   *[deny_entries] vermeldingen op de weigerlijst
}
cli-privacy-hold-set = Bewaarplicht #{ $id } voor { $who } tot { $until }.
cli-privacy-hold-line = #{ $id } { $who } tot { $until }: { $reason }
cli-privacy-hold-released = Bewaarplicht #{ $id } opgeheven.
cli-privacy-hold-unknown = Geen actieve bewaarplicht #{ $id }.
cli-privacy-no-holds = Geen actieve bewaarplichten.
