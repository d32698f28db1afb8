## lobby privacy : demandes d’une personne sur ses données (ticket 23)

privacy-pdf-title = Ce que { $site } conserve à votre sujet
privacy-pdf-intro = Tout ce que Lobby, le système d’accueil, conservait le { $date } sur la personne désignée par « { $named } ». Le fichier personal-data.json joint à ce document contient les mêmes données sous une forme lisible par machine.
privacy-pdf-none = Aucun.
privacy-pdf-record = Enregistrement { $id }
privacy-pdf-visits = Visites et tours
privacy-pdf-acceptances = Signatures et reçus du code de conduite
privacy-pdf-wifi = Accès Wi-Fi
privacy-pdf-roll-calls = Appels d’évacuation
privacy-pdf-messages = Messages sur vos visites
privacy-pdf-invitations = Invitations
privacy-pdf-badges = Badges visiteur imprimés
privacy-pdf-approvals = Enregistrements en attente de validation
privacy-pdf-profile = Profil visiteur
privacy-pdf-incidents = Signalements de sécurité qui vous mentionnent
privacy-pdf-deny = Entrées de la liste d’exclusion
privacy-pdf-holds = Obligations de conservation sur vos données
privacy-pdf-name = Nom
privacy-pdf-company = Entreprise
privacy-pdf-email = E-mail
privacy-pdf-phone = Téléphone
privacy-pdf-purpose = Objet ou intérêt
privacy-pdf-kind = Type
privacy-pdf-host = Hôte
privacy-pdf-language = Langue
privacy-pdf-arrived = Arrivée
privacy-pdf-left = Départ
privacy-pdf-lead-consent = Conservé comme contact commercial
privacy-pdf-anonymised = Anonymisé
privacy-pdf-visit = Visite
privacy-pdf-policy = Texte signé
privacy-pdf-signed-at = Signé
privacy-pdf-signature = Signature
privacy-pdf-signature-file = L’image se trouve dans { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = L’image a été supprimée ; son SHA-256 { $hash } reste comme preuve de la signature.
privacy-pdf-valid = Validité
privacy-pdf-label = Délivré pour
privacy-pdf-status = État
privacy-pdf-channel = Canal
privacy-pdf-recipient = Envoyé à
privacy-pdf-created = Date
privacy-pdf-content = Contenu
privacy-pdf-description = Description
privacy-pdf-contact = Contact
privacy-pdf-note = Note du personnel
privacy-pdf-reported = Signalé
privacy-pdf-closed = Terminé
privacy-pdf-reason = Motif
privacy-pdf-until = Jusqu’au
privacy-pdf-last-visit = Dernière visite
privacy-pdf-yes = Oui
privacy-pdf-no = Non
privacy-pdf-rights = Vous pouvez demander à l’accueil de rectifier ou d’effacer ces données. Les données soumises à une obligation de conservation sont gardées jusqu’à son terme (art. 17, paragraphe 3, du RGPD).

## lobby privacy (ligne de commande)
cli-privacy-exported = { $json } et { $pdf } écrits : { $records } enregistrements. La demande #{ $id } a reçu sa réponse.
cli-privacy-received = Demande #{ $id } ({ $kind }) reçue le { $received } : réponse d’ici le { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, reçue le { $received }, échéance { $due } : { $state }
cli-privacy-days-left = { $days ->
    [one] { $days } jour restant
    [many] { $days } de jours restants
   *[other] { $days } jours restants
}
cli-privacy-overdue = { $days ->
    [one] en retard de { $days } jour
    [many] en retard de { $days } de jours
   *[other] en retard de { $days } jours
}
cli-privacy-answered = répondue le { $at }
cli-privacy-no-requests = Aucune demande en cours.
cli-privacy-erased = Effacement #{ $id }, { $at } :
cli-privacy-erased-line = - effacé : { $table } : { $count }
cli-privacy-nothing-erased = - il ne restait rien à effacer.
cli-privacy-kept-heading = Conservé (art. 17, paragraphe 3, du RGPD) :
cli-privacy-kept-line = - { $table } #{ $id } : { $why }
cli-privacy-why-incident = mentionné dans un signalement de sécurité encore ouvert
cli-privacy-why-hold = obligation de conservation #{ $hold } jusqu’au { $until } : { $reason }
cli-privacy-why-deny = une entrée de la liste d’exclusion (à modifier avec lobby deny)
cli-privacy-nothing-kept = Rien n’a été conservé.
cli-privacy-backups = Les sauvegardes antérieures à { $at } contiennent encore les données effacées jusqu’à leur rotation.
cli-privacy-wal-busy = Un autre programme lit la base de données : les données effacées quitteront son journal d’écriture anticipée dès qu’il la libérera.
cli-privacy-table = { $table ->
    [visits] visites
    [acceptances] signatures
    [wifi_passes] accès Wi-Fi
    [roll_call_entries] lignes d’appel
    [outbox] messages
    [invitations] invitations
    [approvals] enregistrements en attente de validation
    [visitor_profiles] profil visiteur
    [incidents] signalements de sécurité
   *[deny_entries] entrées de la liste d’exclusion
}
cli-privacy-hold-set = Obligation de conservation #{ $id } sur { $who } jusqu’au { $until }.
cli-privacy-hold-line = #{ $id } { $who } jusqu’au { $until } : { $reason }
cli-privacy-hold-released = Obligation de conservation #{ $id } levée.
cli-privacy-hold-unknown = Aucune obligation de conservation #{ $id } en cours.
cli-privacy-no-holds = Aucune obligation de conservation en cours.
