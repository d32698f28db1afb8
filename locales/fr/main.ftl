# Kiosque Lobby — les écrans. en-US est la référence : chaque autre langue contient chaque
# message et chaque attribut de ce fichier. Les données du site (noms, nombres) sont toujours des arguments.

## La langue telle que ses locuteurs l’écrivent (affichée dans le sélecteur de langue).
language-name = Français

## Accueil
home-welcome = Bienvenue à { $site }
home-prompt = Comment pouvons-nous vous aider aujourd’hui ?
home-desk-help = Besoin d’aide ? Adressez-vous à l’accueil.
home-check-in = Enregistrer mon arrivée
home-check-in-help = Visite d’un membre, pass journée, intervention ou entretien
home-tour = Je viens pour une visite des locaux
home-check-out = Enregistrer mon départ
home-staff = Personnel
home-language = Langue
home-demo = Mode démo
home-today = Aujourd’hui : { $date }

## Actions présentes sur plusieurs écrans
action-cancel = Annuler
action-back = Retour
action-sign-in = Se connecter
action-sign-out = Se déconnecter
action-close = Fermer
action-continue = Continuer
action-done = Terminé

## Arrivée : le type de visite
checkin-type-title = Qu’est-ce qui vous amène aujourd’hui ?
visit-kind = { $kind ->
    [member] Membre
    [guest] Visite d’un membre
    [tour] Visite des locaux
    [day-pass] Pass journée
    [contractor] Prestataire ou livraison
   *[interview] Entretien ou événement
}
visit-kind-help = { $kind ->
    [guest] Vous venez à l’invitation de quelqu’un d’ici.
    [tour] Découvrez les locaux avec un membre de notre équipe.
    [day-pass] Travaillez ici pour la journée.
    [contractor] Vous venez réparer, installer ou livrer quelque chose.
   *[interview] Vous avez un entretien ou venez pour un événement.
}

## Arrivée : à propos de vous
checkin-details-title = À propos de vous
checkin-optional = facultatif
field-name = Nom complet
field-company = Entreprise
field-email = E-mail
field-phone = Téléphone
field-purpose = Objet de votre visite
field-interest = Que recherchez-vous ?

## Arrivée : la personne à qui vous rendez visite
checkin-host-title = À qui rendez-vous visite ?
checkin-host-search = Saisissez au moins 2 lettres de son nom
checkin-host-none = Aucun membre trouvé. Vérifiez l’orthographe ou adressez-vous à l’accueil.
checkin-host-chosen = Vous rendez visite à { $host }

## Arrivée : visites des locaux
checkin-guide-title = Qui vous fait visiter ?
checkin-off-limits-title = Merci de ne pas entrer dans ces espaces
checkin-off-limits-intro = Pour votre sécurité et pour la vie privée de nos membres, ces espaces sont interdits pendant votre visite :
checkin-off-limits-ack = J’ai compris
checkin-lead-title = Rester en contact ?
checkin-lead-consent = { $site } peut me contacter au sujet d’un abonnement grâce aux coordonnées ci-dessous.
checkin-lead-note = Nous conservons ces coordonnées uniquement si vous cochez la case. Sinon, nous gardons seulement votre nom et l’heure de votre visite.

## Arrivée : confidentialité
checkin-privacy-title = Vos données personnelles
checkin-privacy-body = Nous conservons votre nom, la personne à qui vous rendez visite et vos heures d’arrivée et de départ, pour savoir qui se trouve dans le bâtiment en cas d’urgence et pour assurer la sécurité des lieux. Après { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}, votre nom et vos coordonnées sont supprimés. Pour consulter ou supprimer vos données, adressez-vous à l’accueil de { $site }.
checkin-privacy-accept = J’accepte

## Arrivée : bienvenue
checkin-welcome-title = Bienvenue, { $name } !
checkin-welcome-host = Vous rendez visite à { $host }
checkin-welcome-guide = { $host } va vous faire visiter les locaux.
checkin-welcome-code = Votre code de départ
checkin-welcome-code-help = Saisissez-le ici en partant.
checkin-welcome-wait-title = Où patienter

## Wi-Fi invités sur l’écran de bienvenue.
wifi-title = Wi-Fi
wifi-scan = Pointez l’appareil photo de votre téléphone vers le code pour vous connecter.
wifi-qr-label = Code QR pour se connecter au réseau { $ssid }
wifi-network = Réseau
wifi-username = Nom d’utilisateur
wifi-password = Mot de passe
wifi-open = Aucun mot de passe nécessaire.
wifi-until = Valable jusqu’à { $time }.
wifi-enterprise-help = Sur un ordinateur portable, choisissez le réseau, puis PEAP, et saisissez le nom d’utilisateur et le mot de passe.
wifi-closed = { $opens ->
    [none] Le Wi-Fi invités est coupé pour le moment.
   *[other] Le Wi-Fi invités est coupé pour la nuit et revient à { $opens }.
}

## Personnel : Wi-Fi invités.
staff-wifi-title = Wi-Fi invités
staff-wifi-tier = Réseau
staff-wifi-hours = Durée (heures)
staff-wifi-for = Pour qui ?
staff-wifi-issue = Créer un accès
staff-wifi-issued = Wi-Fi pour { $label }
staff-wifi-active = { $count ->
    [0] Aucun accès actif.
    [one] { $count } accès actif :
    [many] { $count } d’accès actifs :
   *[other] { $count } accès actifs :
}
staff-wifi-ends = jusqu’à { $time }
staff-wifi-revoke = Révoquer
staff-wifi-revoked = L’accès de { $holder } est terminé.
staff-wifi-rotate = Nouveau mot de passe pour { $ssid }
staff-wifi-rotated = { $ssid } a un nouveau mot de passe.
staff-wifi-closed = { $ssid } est coupé jusqu’à l’heure d’ouverture.
## Personnel : le plan de sécurité (aussi `lobby report security-plan`).
staff-plan-title = Plan de sécurité
staff-plan-backup = Dernière sauvegarde : { $at }
staff-plan-backup-none = Aucune sauvegarde n’a encore été effectuée.
staff-plan-backup-stale = La dernière sauvegarde est trop ancienne. Vérifiez le dossier des sauvegardes ou lancez « lobby backup now ».
staff-plan-backup-failed = La dernière sauvegarde a échoué : { $reason }
staff-plan-restore-test = Dernier test de restauration : { $at }
staff-plan-restore-test-none = Aucun test de restauration pour l’instant (« lobby backup test »).
staff-plan-staff = { $accounts ->
    [one] { $accounts } compte du personnel
    [many] { $accounts } de comptes du personnel
   *[other] { $accounts } comptes du personnel
} : { $authenticator } avec une application d’authentification, { $badge } avec un badge du personnel.
staff-plan-wifi = { $passes ->
    [0] Aucun accès actif au Wi-Fi invités.
    [one] { $passes } accès actif au Wi-Fi invités.
    [many] { $passes } d’accès actifs au Wi-Fi invités.
   *[other] { $passes } accès actifs au Wi-Fi invités.
}
staff-plan-wifi-shared = { $tier } : mot de passe changé le { $at }
staff-plan-policy = { $policy } : { $accepted } membres sur { $members } ont accepté la version en vigueur
staff-plan-roll-call = Dernier appel des présents : { $at }, { $people ->
    [one] { $people } personne
    [many] { $people } de personnes
   *[other] { $people } personnes
}, manquants : { $missing }
staff-plan-roll-call-none = Aucun appel des présents ni exercice d’évacuation pour l’instant.
staff-plan-retention = Les visites sont anonymisées après { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}.
staff-wifi-problem = Le serveur { $backend } n’est pas à jour : { $reason }. Lobby réessaie toutes les 30 secondes ; les arrivées continuent d’être enregistrées, et les accès fonctionneront dès que le serveur sera de nouveau disponible.

## Départ
checkout-title = Enregistrer votre départ
checkout-help = Saisissez le code à 6 chiffres affiché sur votre écran de bienvenue.
checkout-code = Code de départ
checkout-done-title = Au revoir, { $name } !
checkout-done-body = Votre départ est enregistré. Merci de votre visite.

## Personnel : qui est sur place, appel des présents
staff-onsite-title = Sur place actuellement
staff-onsite-empty = Aucun visiteur sur place.
staff-onsite-count = { $count ->
    [one] { $count } personne sur place
    [many] { $count } de personnes sur place
   *[other] { $count } personnes sur place
}
staff-onsite-host = Rend visite à { $host }
staff-onsite-since = Depuis { $time }
staff-check-out-person = Enregistrer le départ de { $name }
staff-rollcall-start = Lancer l’appel des présents
staff-rollcall-title = Appel des présents
staff-rollcall-progress = En sécurité : { $safe } · Manquants : { $missing } · Pas encore pointés : { $unaccounted }
staff-rollcall-mark-safe = { $name } est en sécurité
staff-rollcall-mark-missing = { $name } manque à l’appel
staff-rollcall-safe = En sécurité
staff-rollcall-missing = Manque à l’appel
staff-rollcall-finish = Terminer l’appel
staff-rollcall-finished = Appel terminé à { $time }.

## Connexion du personnel
staff-signin-title = Connexion du personnel
staff-signin-hint = Saisissez votre code PIN et le code à 6 chiffres de votre application d’authentification.
staff-signin-badge-read = Badge du personnel lu. Saisissez votre code PIN et connectez-vous ; le code n’est pas nécessaire.
staff-signin-pin = Code PIN
staff-signin-code = Code d’authentification
staff-signin-working = Vérification…

## Espace du personnel
staff-home-title = Session ouverte : { $name }
staff-home-session = Par sécurité, votre session se ferme après { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} d’inactivité.
staff-home-counts = { $staff ->
    [one] { $staff } compte du personnel
    [many] { $staff } comptes du personnel
   *[other] { $staff } comptes du personnel
}, { $members ->
    [one] { $members } membre actif
    [many] { $members } membres actifs
   *[other] { $members } membres actifs
}
staff-audit-title = Journal d’audit
staff-audit-intact = Intact : { $entries ->
    [one] { $entries } entrée, vérifiée.
    [many] { $entries } entrées, toutes vérifiées.
   *[other] { $entries } entrées, toutes vérifiées.
}
staff-audit-broken = Corrompu à l’entrée { $seq } : { $problem ->
    [altered] son contenu a été modifié.
    [unlinked] elle ne suit plus l’entrée précédente ; une entrée a été supprimée, remplacée ou déplacée.
    [missing] des entrées manquent ici.
   *[truncated] des entrées ont été retirées de la fin du journal.
}
staff-recent-title = Activité récente
staff-recent-empty = Rien n’a encore été enregistré.
staff-recent-entry = { $action ->
    [staff-sign-in] Tentative de connexion du personnel
    [staff-sign-out] Déconnexion du personnel
    [staff-add] Compte du personnel créé
    [demo-seed] Données de démo ajoutées
    [visit-check-in] Arrivée d’un visiteur enregistrée
    [visit-check-out] Départ d’un visiteur enregistré
    [roll-call-start] Appel des présents lancé
    [roll-call-mark] Appel des présents : personne pointée
    [roll-call-finish] Appel des présents terminé
    [members-import] Membres importés
    [export] Données exportées
    [visits-anonymise] Anciennes visites anonymisées
    [policy-publish] Version de règlement publiée
    [policy-accept] Règlement signé
    [policy-decline] Règlement refusé
    [badge-enroll] Badge enregistré
    [badge-revoke] Badge révoqué
    [badge-unknown] Carte inconnue présentée
    [badge-refused] Badge refusé
    [member-check-in] Arrivée d’un membre
    [badges-export] Liste des badges exportée
    [staff-badge-enroll] Badge du personnel enregistré
    [member-add] Membre ajouté
    [wifi-pass-issue] Accès Wi-Fi créé
    [wifi-pass-end] Accès Wi-Fi terminé
    [wifi-rotate] Mot de passe Wi-Fi changé
    [wifi-tier-open] Réseau Wi-Fi activé
    [wifi-tier-close] Réseau Wi-Fi coupé pour la nuit
    [wifi-shared-shown] Mot de passe Wi-Fi partagé communiqué
    [backup] Sauvegarde effectuée
    [backup-failed] Échec de la sauvegarde
    [backup-restore-test] Restauration d’une sauvegarde testée
    [backup-restore] Base de données restaurée depuis une sauvegarde
   *[other] { $action }
}
staff-signed-out-idle = Votre session a été fermée après une période d’inactivité.

## Erreurs : une par code d’erreur, choisie d’après le code, jamais d’après un texte de l’application.
error-internal = Un problème est survenu sur cette tablette. Veuillez réessayer ou vous adresser à l’accueil.
error-staff-session-required = Veuillez d’abord vous connecter avec un compte du personnel.
error-sign-in-failed = Code PIN ou code incorrect. { $remaining ->
    [one] Il reste { $remaining } essai avant le blocage de la connexion.
    [many] Il reste { $remaining } essais avant le blocage de la connexion.
   *[other] Il reste { $remaining } essais avant le blocage de la connexion.
}
error-sign-in-locked = Trop d’essais incorrects. La connexion est bloquée ; réessayez dans { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } secondes
   *[other] { $seconds } secondes
}.
error-pin-invalid = Un code PIN comporte de 6 à 12 chiffres.
error-code-invalid = Le code correspond aux 6 chiffres affichés dans votre application d’authentification.
error-staff-exists = Un membre du personnel nommé { $name } existe déjà.
error-staff-not-found = Aucun membre du personnel ne s’appelle { $name }.
error-staff-name-invalid = Un nom de membre du personnel comporte de 1 à 80 caractères.
error-field-required = { $field ->
    [name] Veuillez saisir votre nom.
    [company] Veuillez saisir l’entreprise.
    [email] Veuillez saisir une adresse e-mail.
    [phone] Veuillez saisir un numéro de téléphone.
    [purpose] Veuillez nous dire ce qui vous amène.
    [id] L’identifiant du membre manque. Veuillez l’ajouter.
    [signer_name] Veuillez saisir votre nom pour signer.
    [label] Veuillez indiquer pour qui est l’accès.
   *[other] Veuillez remplir ce champ.
}
error-field-too-long = { $field ->
    [name] Ce nom est trop long
   *[other] Ce texte est trop long
} : { $max } caractères au maximum.
error-field-invalid-characters = { $field ->
    [active] Écrivez « yes » ou « no ».
    [line] Cette ligne est illisible.
    [id] Un identifiant de membre ne peut contenir que des lettres, des chiffres, « - », « _ » et « . ».
   *[other] Veuillez utiliser ici uniquement des lettres, des chiffres et la ponctuation courante.
}
error-email-invalid = Veuillez vérifier l’adresse e-mail, par exemple nom@example.com.
error-phone-invalid = Veuillez vérifier le numéro de téléphone : chiffres, espaces et + - ( ) uniquement.
error-visit-type-unavailable = Ce type de visite n’est pas proposé ici. Veuillez vous adresser à l’accueil.
error-host-required = Veuillez choisir le membre à qui vous rendez visite.
error-host-unknown = Nous n’avons pas trouvé ce membre. Veuillez vous adresser à l’accueil.
error-guide-required = Veuillez choisir la personne qui vous fait visiter.
error-privacy-not-accepted = Veuillez lire et accepter la notice de confidentialité pour enregistrer votre arrivée.
error-off-limits-not-shown = Veuillez confirmer que vous avez lu la liste des espaces interdits.
error-checkout-code-unknown = Nous n’avons trouvé aucune visite avec ce code. Vérifiez les 6 chiffres ou adressez-vous à l’accueil.
error-already-checked-out = { $name }, votre départ est déjà enregistré. Merci de votre visite !
error-visit-not-found = Cette visite n’existe plus.
error-roll-call-not-found = Cet appel des présents n’existe plus.
error-roll-call-finished = Cet appel des présents est terminé et ne peut plus être modifié.
error-import-rejected = { $count ->
    [one] La ligne { $lines } est illisible
    [many] Les lignes { $lines } sont illisibles
   *[other] Les lignes { $lines } sont illisibles
} ; rien n’a été importé.
error-signature-missing = Veuillez signer avec le doigt dans le cadre.
error-signature-too-small = C’est trop petit pour une signature. Veuillez signer sur toute la largeur du cadre.
error-signature-invalid = La signature n’a pas pu être lue. Veuillez l’effacer et signer à nouveau.
error-policy-unknown = Il n’existe ici aucun règlement nommé « { $policy } ».
error-policy-text-invalid = Le texte en { $lang } ne peut pas être publié : il doit être en Markdown UTF-8, commencer par une ligne « # Titre » et faire au plus 256 KB.
error-policy-language-published = Cette version a déjà un texte en { $lang }. Les textes publiés ne sont jamais remplacés : publiez plutôt une nouvelle version.
error-policy-version-unknown = Il n’existe pas de version { $version } de ce règlement.
error-policy-reference-missing = Une nouvelle version doit avoir un texte en { $lang }, la langue de repli de tous les lecteurs.
error-policy-outdated = Ce texte vient d’être mis à jour. Veuillez lire la nouvelle version.
error-policy-not-accepted = Veuillez lire et signer le code de conduite pour enregistrer votre arrivée.
error-member-not-found = Ce membre ne figure pas dans la liste des membres.
error-member-session-required = Veuillez présenter à nouveau votre badge ou vous adresser à l’accueil.
error-acceptance-not-found = Il n’existe aucune attestation portant ce numéro.

## Lire et signer un règlement
policy-fallback = Ce texte n’est pas encore disponible dans votre langue ; il est donc affiché dans la langue principale du site.
policy-read-hint = Veuillez lire jusqu’à la fin pour continuer.
policy-read-done = Merci de votre lecture.
policy-continue = Continuer vers la signature
policy-decline = Je ne suis pas d’accord
policy-sign-title = Signer pour accepter
policy-sign-intro = En signant, vous acceptez « { $title } », version { $version }.
policy-signer-name = Votre nom
policy-signature-label = Signature : signez avec le doigt
policy-signature-hint = Signez ici
policy-signature-clear = Effacer
policy-signature-undo = Annuler le trait
policy-agree = J’accepte
policy-declined-title = Merci pour votre temps
policy-declined-body = Nous ne pouvons accueillir que les personnes qui acceptent nos règles. Si vous avez une question à leur sujet, veuillez vous adresser à l’accueil.

## Un membre au kiosque
member-hello = Bonjour, { $name }
member-pending = { $count ->
    [one] Veuillez lire et signer ce document avant de continuer :
    [many] Veuillez lire et signer ces { $count } de documents avant de continuer :
   *[other] Veuillez lire et signer ces { $count } documents avant de continuer :
}
member-up-to-date = Vous avez tout signé. Merci !
member-signed = Signé. L’accueil peut vous imprimer une attestation.
member-start = Commencer la lecture
member-guest = Enregistrer un invité

## Personnel : confier le kiosque à un membre
staff-members-title = Signature des membres
staff-members-help = Trouvez un membre, puis confiez-lui le kiosque pour qu’il signe les règlements qu’il n’a pas encore signés. Votre session du personnel se ferme alors.
staff-members-search = Nom du membre
staff-members-handover = Confier à { $name }
error-badge-random-uid = Cette carte affiche un numéro différent à chaque passage (c’est le cas des téléphones et de certaines cartes bancaires ou cartes protégeant la vie privée) ; elle ne peut donc pas servir de badge. Veuillez utiliser une carte de membre.
error-badge-taken = Cette carte appartient actuellement à { $owner }. Confirmez pour l’attribuer plutôt à ce membre.
error-badge-already-enrolled = Cette carte est déjà le badge de ce membre.
error-badge-group-unknown = Il n’existe ici aucun groupe d’accès « { $group } ».
error-badge-dates-invalid = { $field ->
    [valid_from] La date de début n’est pas une date valide.
   *[valid_to] La date de fin doit être une date égale ou postérieure à la date de début.
}
error-badge-not-found = Ce badge n’existe plus ou a déjà été révoqué.
error-badge-no-card = Présentez d’abord la carte sur le lecteur.
error-wifi-tier-unknown = Il n’existe ici aucun réseau Wi-Fi nommé { $tier }.
error-wifi-closed = { $opens ->
    [none] Le Wi-Fi invités est coupé.
   *[other] Le Wi-Fi invités est coupé jusqu’à { $opens }.
}
error-wifi-hours-invalid = Un accès Wi-Fi dure de 1 à 168 heures.
error-wifi-pass-not-found = Cet accès Wi-Fi est déjà terminé.
error-database-in-use = Le kiosque a encore la base de données ouverte. Fermez le kiosque, puis relancez la restauration. Rien n’a été modifié.
error-storage-full = Cette tablette ne peut rien enregistrer pour le moment : sa mémoire est pleine. Rien n’a été enregistré. Veuillez vous adresser à l’accueil.
error-backup-invalid = Cette sauvegarde est inutilisable : { $problem }
error-database-unreadable = La base de données { $path } ne peut pas être lue ({ $reason }). Rien n’a été modifié. Restaurez la dernière sauvegarde valide : « lobby backup list », puis « lobby backup restore FILE ».
error-wifi-not-shared = Ce réseau a un identifiant par invité : il n’y a donc pas de mot de passe partagé à changer.

## Un badge présenté sur l’écran d’accueil
badge-refused = { $reason ->
    [unknown] Cette carte n’est pas reconnue. Veuillez vous adresser à l’accueil.
    [revoked] Ce badge n’est plus valide. Veuillez vous adresser à l’accueil.
    [outside-dates] Ce badge n’est pas valide aujourd’hui. Veuillez vous adresser à l’accueil.
   *[unreadable] La carte n’a pas pu être lue. Veuillez la maintenir immobile sur le lecteur et réessayer.
}
member-checked-in = Votre arrivée est enregistrée pour aujourd’hui.

## Personnel : badges
staff-badges-title = Badges
staff-badges-help = Trouvez un membre pour enregistrer, révoquer ou remplacer ses badges.
staff-badges-search = Rechercher un membre
staff-member-add = Absent de la liste ? Ajouter un membre
staff-member-add-confirm = Ajouter ce membre
staff-badges-member = Badges de { $name }
staff-badges-none = Aucun badge pour l’instant.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] actif
    [not-yet-valid] pas encore valide
    [expired] expiré
   *[revoked] révoqué
}
staff-badge-card-type = { $type ->
    [mifare-classic-1k] MIFARE Classic 1K
    [mifare-classic-4k] MIFARE Classic 4K
    [mifare-mini] MIFARE Mini
    [mifare-ultralight] MIFARE Ultralight
    [mifare-ultralight-c] MIFARE Ultralight C
    [mifare-ultralight-ev1] MIFARE Ultralight EV1
    [mifare-plus] MIFARE Plus
    [desfire] MIFARE DESFire
    [felica] FeliCa
    [topaz] Topaz
    [iso-14443-4] carte ISO 14443-4
   *[unknown] carte inconnue
}
staff-badge-revoke = Révoquer
staff-badge-replace = Remplacer une carte perdue
staff-badge-enroll = Enregistrer un badge
staff-badge-groups = Groupes d’accès
staff-badge-valid-from = Début de validité
staff-badge-valid-to = Fin de validité (facultatif)
staff-badge-read = Lire la carte
staff-badge-tap-now = Présentez maintenant la carte sur le lecteur.
staff-badge-card = Carte { $uid } ({ $type })
staff-badge-owner = Cette carte appartient à { $name }.
staff-badge-reassign = L’attribuer à { $name }
staff-badge-confirm = Enregistrer cette carte
staff-badge-enrolled = Badge { $uid } enregistré.
staff-badge-revoked = Badge révoqué.
staff-badge-cancel = Arrêter la lecture
staff-badge-self = Utiliser une carte comme mon badge du personnel
staff-badge-self-confirm = Faire de cette carte mon badge du personnel
staff-badge-self-done = Votre badge du personnel est enregistré : présentez-le et saisissez votre code PIN pour vous connecter.
staff-members-today-title = Membres présents aujourd’hui
staff-members-today-none = Aucun membre n’a encore badgé aujourd’hui.
