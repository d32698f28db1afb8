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
home-members = Membres : présentez votre badge au lecteur pour vous enregistrer.
home-tour = Je viens pour une visite des locaux
home-check-out = Enregistrer mon départ
home-staff = Personnel
idle-still-there = Toujours là ? Cet écran recommence dans quelques secondes.
idle-still-here = Je suis toujours là
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
    [contractor] Prestataire
    [delivery] Livraison
   *[interview] Entretien ou événement
}
visit-kind-help = { $kind ->
    [guest] Vous venez à l’invitation de quelqu’un d’ici.
    [tour] Découvrez les locaux avec un membre de notre équipe.
    [day-pass] Travaillez ici pour la journée.
    [contractor] Vous venez réparer ou installer quelque chose.
    [delivery] Vous apportez un colis ou des marchandises pour quelqu’un ici.
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
checkin-host-unknown = Mon hôte n’est pas dans la liste, ou je ne sais pas
checkin-recipient-title = À qui est destinée la livraison ?
checkin-recipient-unknown = Pour l’accueil, ou je ne sais pas

## Arrivée : visites des locaux
checkin-guide-title = Qui vous fait visiter ?
checkin-guide-unknown = Je ne sais pas
checkin-off-limits-title = Merci de ne pas entrer dans ces espaces
checkin-off-limits-intro = Pour votre sécurité et pour la vie privée de nos membres, ces espaces sont interdits pendant votre visite :
checkin-off-limits-ack = J’ai compris
checkin-lead-title = Rester en contact ?
checkin-lead-consent = { $site } peut me contacter au sujet d’un abonnement grâce aux coordonnées ci-dessous.
checkin-lead-note = Nous conservons ces coordonnées uniquement si vous cochez la case. Sinon, nous gardons seulement votre nom et l’heure de votre visite.
checkin-returning = Je suis déjà venu
checkin-returning-title = Bon retour parmi nous
checkin-returning-help = Saisissez l’adresse e-mail que vous avez donnée en nous demandant de nous souvenir de vous.
checkin-returning-find = Me retrouver
checkin-returning-found-title = Est-ce vous ?
checkin-returning-yes = Oui, remplir pour moi
checkin-returning-no = Non, recommencer
checkin-returning-forget = Oubliez-moi
checkin-returning-forget-note = « Oubliez-moi » supprime ces informations maintenant. Vos visites sont conservées uniquement comme le dit notre avis de confidentialité.
checkin-returning-forgotten = C’est fait : nous avons supprimé les informations conservées pour vous.
checkin-remember = Se souvenir de moi la prochaine fois
checkin-remember-note = Si vous cochez cette case, nous conservons votre nom, vos coordonnées, votre langue et la version du Code de conduite que vous avez signée pendant { $days } jours après votre dernière visite, pour remplir ceci à votre place la prochaine fois. « Oubliez-moi » les supprime à tout moment.
checkin-wait-title = Veuillez patienter, quelqu’un va s’occuper de vous.
checkin-wait-body = Merci de votre patience.
checkin-wait-staff = Personnel

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
checkin-welcome-front-desk = { $desk } va trouver votre hôte et le prévenir de votre arrivée.
checkin-welcome-front-desk-tour = { $desk } va trouver quelqu’un pour vous faire visiter.
checkin-welcome-delivery = Livraison pour { $host }.
checkin-welcome-delivery-desk = { $desk } réceptionnera la livraison.
checkin-welcome-host-told = Nous prévenons { $host } de votre arrivée.
checkin-badge-printing = Votre badge visiteur est en cours d’impression : prenez-le à l’imprimante et portez-le pendant toute votre visite.
checkin-badge-ready = Votre badge visiteur est prêt : prenez-le à l’imprimante et portez-le pendant toute votre visite.
checkin-badge-desk = Votre badge visiteur n’a pas pu être imprimé : veuillez le récupérer à l’accueil.
checkin-welcome-delivery-told = Nous prévenons { $host } que la livraison est arrivée.
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
staff-plan-audit-head = Tête du journal d’audit, à noter (clé du site { $key }) :
staff-wifi-problem = Le serveur { $backend } n’est pas à jour : { $reason }. Lobby réessaie toutes les 30 secondes ; les arrivées continuent d’être enregistrées, et les accès fonctionneront dès que le serveur sera de nouveau disponible.

## Départ
checkout-title = Enregistrer votre départ
checkout-help = Saisissez le code à 6 chiffres affiché sur votre écran de bienvenue.
checkout-code = Code de départ
checkout-done-title = Au revoir, { $name } !
checkout-done-body = Votre départ est enregistré. Merci de votre visite.
checkout-no-code = Je n’ai pas mon code
checkout-by-name-title = Enregistrer votre départ avec votre nom
checkout-by-name-name = Votre nom complet, comme à l’arrivée
checkout-by-name-host = Le prénom de votre hôte

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
staff-onsite-tablet = À { $tablet }
staff-onsite-reprint = Réimprimer le badge visiteur
staff-onsite-reprinted = { $name } : badge visiteur envoyé à l’imprimante.
staff-print-problem = L’imprimante à badges n’a pas imprimé le dernier badge visiteur ({ $at }) : { $problem }
staff-print-problem-count = { $count ->
    [one] { $count } badge visiteur n’a pas pu être imprimé aujourd’hui.
    [many] { $count } de badges visiteurs n’ont pas pu être imprimés aujourd’hui.
   *[other] { $count } badges visiteurs n’ont pas pu être imprimés aujourd’hui.
}
staff-self-checkouts-title = Départs enregistrés à l’écran aujourd’hui
staff-self-checkouts-hint = Avec un code ou un nom, au kiosque. Si l’un d’eux n’a pas été fait par le visiteur, annulez-le : il est de nouveau sur place et dans l’appel. Son pass Wi-Fi reste terminé.
staff-self-checkout-at = Parti à { $time }
staff-undo-check-out = Annuler
staff-undo-check-out-person = Annuler le départ de { $name }
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
staff-signin-who = Qui êtes-vous ?
staff-signin-who-hint = Touchez votre nom, ou présentez votre badge du personnel au lecteur.
staff-signin-someone-else = Quelqu’un d’autre
staff-signin-hint = Saisissez votre code PIN et le code à 6 chiffres de votre application d’authentification.
staff-signin-badge-read = Badge du personnel lu. Saisissez votre code PIN et connectez-vous ; le code n’est pas nécessaire.
staff-signin-pin = Code PIN
staff-signin-code = Code d’authentification
staff-signin-working = Vérification…

## Espace du personnel
staff-home-title = Session ouverte : { $name }
scroll-more = Suite plus bas
staff-home-session-held = Mode urgence ou appel en cours : vous restez connecté jusqu’à la fin. Déconnectez-vous en quittant la borne.
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
    [unkeyed] elle n’est pas signée avec la clé du site : le journal a été réécrit à partir d’ici.
    [wrong-key] le journal est signé avec une autre clé du site.
   *[truncated] des entrées ont été retirées de la fin du journal.
}
staff-recent-title = Activité récente
staff-recent-empty = Rien n’a encore été enregistré.
staff-recent-entry = { $action ->
    [staff-sign-in] Tentative de connexion du personnel
    [staff-sign-out] Déconnexion du personnel
    [staff-add] Compte du personnel créé
    [staff-disable] Compte du personnel désactivé
    [staff-enable] Compte du personnel réactivé
    [staff-reset-pin] Code PIN du personnel réinitialisé
    [staff-reset-totp] Authentificateur du personnel réinitialisé
    [staff-unlock] Connexion du personnel débloquée
    [site-key] Clé du site définie, secrets scellés
    [demo-seed] Données de démo ajoutées
    [visit-check-in] Arrivée d’un visiteur enregistrée
    [visit-check-out] Départ d’un visiteur enregistré
    [visit-check-out-undo] Départ annulé par le personnel
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
    [badge-restore] Badge suspendu rétabli
    [notify-test] Message de test envoyé à un hôte
    [notify-resend] Message à un hôte renvoyé
    [notify-failed] Message à un hôte non remis
    [invitation-create] Invitation créée
    [invitation-cancel] Invitation annulée
    [invitation-guessing] Codes d’invitation erronés : formulaire ralenti
    [badge-printed] Badge visiteur imprimé
    [badge-print-failed] Badge visiteur non imprimé
    [badge-reprint] Badge visiteur réimprimé
    [screen-restarted] L’écran s’est arrêté et a été relancé
    [screen-failing] L’écran s’arrêtait sans cesse : l’application a redémarré
    [member-notify] Prévenance d’un membre modifiée
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
    [emergency-start] Mode d’urgence activé
    [emergency-end] Mode d’urgence terminé : fin de l’alerte
    [incident-report] Problème de sécurité signalé
    [incident-acknowledge] Signalement de sécurité pris en charge
    [incident-close] Signalement de sécurité clôturé
    [badge-suspend] Badge bloqué après un signalement de perte
    [profile-remember] Un visiteur a demandé qu’on se souvienne de lui
    [profile-forget] Profil de visiteur supprimé à sa demande
    [profiles-expire] Profils de visiteurs supprimés après leur durée de conservation
    [approval-hold] Enregistrement retenu pour le personnel (liste d’exclusion)
    [approval-approve] Enregistrement retenu accepté
    [approval-deny] Enregistrement retenu refusé
    [approvals-abandon] Enregistrements retenus abandonnés sans décision
    [deny-add] Personne ajoutée à la liste d’exclusion
    [deny-remove] Personne retirée de la liste d’exclusion
    [deny-safe-add] Adresse ajoutée à la liste de confiance
    [deny-safe-remove] Adresse retirée de la liste de confiance
    [privacy-request] Demande sur les données d’une personne enregistrée
    [privacy-export] Tout ce qui est conservé sur une personne exporté
    [privacy-erase] Données d’une personne effacées à sa demande
    [privacy-hold] Conservation légale posée
    [privacy-hold-release] Conservation légale levée
    [fleet-join] Rattachement à une flotte
    [fleet-leave] Flotte quittée
    [fleet-apply] Modification partagée du hub appliquée
    [fleet-check-out] Départ d’une visite d’une autre tablette
    [fleet-share-visit] Visite en cours partagée avec le site à l’adhésion
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
error-staff-name-invalid = Un nom de membre du personnel comporte de 1 à 80 caractères et n’est pas lobby-fleet (réservé à la flotte).
error-field-required = { $field ->
    [name] Veuillez saisir votre nom.
    [company] Veuillez saisir l’entreprise.
    [email] Veuillez saisir une adresse e-mail.
    [phone] Veuillez saisir un numéro de téléphone.
    [purpose] Veuillez nous dire ce qui vous amène.
    [id] L’identifiant du membre manque. Veuillez l’ajouter.
    [signer_name] Veuillez saisir votre nom pour signer.
    [label] Veuillez indiquer pour qui est l’accès.
    [description] Veuillez nous dire ce qui s’est passé.
    [note] Veuillez indiquer ce qui a été fait.
    [message] Veuillez saisir le message à afficher à l’écran.
    [kind] Veuillez choisir le sujet du signalement.
   *[other] Veuillez remplir ce champ.
}
error-field-too-long = { $field ->
    [name] Ce nom est trop long
   *[other] Ce texte est trop long
} : { $max } caractères au maximum.
error-field-invalid-characters = { $field ->
    [active] Écrivez « yes » ou « no ».
    [line] Cette ligne est illisible.
    [notify] Écrivez les canaux parmi email, slack, teams ou webhook, séparés par des virgules, ou none.
    [language] Écrivez l’une des langues de Lobby, par exemple de ou pt-BR.
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
error-checkout-name-unknown = Nous n’avons pas pu enregistrer votre départ avec ces informations. Adressez-vous à l’accueil, qui s’en chargera.
error-checkout-paused = Trop d’essais incorrects sur ce kiosque. Réessayez dans { $seconds } secondes ou adressez-vous à l’accueil.
error-already-checked-out = Le départ de cette visite est déjà enregistré. Merci de votre visite !
error-visit-not-found = Cette visite n’existe plus.
error-printing-off = Aucune imprimante à badges n’est configurée dans lobby.toml ([printing]).
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
policy-decline-confirm = Vous êtes sûr ? Sans votre accord, vous ne pouvez pas vous enregistrer aujourd’hui.
policy-decline-keep = Revenir
policy-decline-yes = Oui, je ne suis pas d’accord
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
error-key-missing = Les secrets du personnel de cette base sont scellés avec la clé du site { $fingerprint }, absente de { $path }. Placez-y le fichier de clé (la copie gardée à part des sauvegardes), puis relancez. Rien n’a été modifié.
error-key-mismatch = Le fichier de clé { $path } contient la clé { $found }, mais cette base a besoin de { $expected }. Placez-y le bon fichier de clé, puis relancez. Rien n’a été modifié.
error-key-unreadable = Le fichier de clé { $path } est illisible ({ $problem }). Rien n’a été modifié.
error-secret-unreadable = Un secret enregistré ne s’ouvre pas avec cette clé du site. Le personnel peut refaire le second facteur avec « lobby staff reset-totp NOM ».
error-notification-not-found = Ce message à un hôte n’existe pas. Rechargez la liste.
error-notification-sent = Ce message a déjà été remis ; il n’est pas renvoyé.
error-invitation-unknown = Nous ne trouvons pas ce code d’invitation. Vérifiez-le ou adressez-vous à l’accueil.
error-invitation-expired = Cette invitation a pris fin le { $until }. Adressez-vous à l’accueil.
error-invitation-not-yet = Cette invitation est pour le { $from }. Adressez-vous à l’accueil.
error-invitation-cancelled = Cette invitation a été annulée. Adressez-vous à l’accueil.
error-invitation-used = Cette invitation a déjà servi à s’enregistrer. Adressez-vous à l’accueil.
error-invitation-dates = Une invitation commence aujourd’hui ou plus tard et dure de 1 à 30 jours.
error-profile-not-found = Nous ne trouvons pas cette adresse. Vérifiez-la ou enregistrez-vous comme nouveau visiteur.
error-approval-needed = Veuillez patienter, quelqu’un va s’occuper de vous.
error-approval-not-found = Cet enregistrement n’attend plus de validation.
error-deny-entry-not-found = Il n’y a pas d’entrée { $id } dans la liste d’exclusion.
error-person-not-found = Lobby ne conserve rien sur cette personne.
error-hold-dates-invalid = Une conservation légale se termine après aujourd’hui.
error-invitation-denied = Cet invité correspond à l’entrée { $id } de la liste d’exclusion : aucune invitation n’a été créée. Adressez-vous à l’accueil.
error-request-date-invalid = Une demande est reçue aujourd’hui ou un jour précédent (AAAA-MM-JJ).
error-storage-full = Cette tablette ne peut rien enregistrer pour le moment : sa mémoire est pleine. Rien n’a été enregistré. Veuillez vous adresser à l’accueil.
error-backup-invalid = Cette sauvegarde est inutilisable : { $problem }
error-database-unreadable = La base de données { $path } ne peut pas être lue ({ $reason }). Rien n’a été modifié. Restaurez la dernière sauvegarde valide : « lobby backup list », puis « lobby backup restore FILE ».
error-wifi-not-shared = Ce réseau a un identifiant par invité : il n’y a donc pas de mot de passe partagé à changer.

## Un badge présenté sur l’écran d’accueil
badge-refused = { $reason ->
    [unknown] Cette carte n’est pas reconnue. Veuillez vous adresser à l’accueil.
    [revoked] Ce badge n’est plus valide. Veuillez vous adresser à l’accueil.
    [outside-dates] Ce badge n’est pas valide aujourd’hui. Veuillez vous adresser à l’accueil.
    [suspended] Cette carte a été suspendue après un signalement de perte ou de vol. Adressez-vous au personnel de l’accueil : il peut la rétablir.
    [typed] Un numéro tapé n’est jamais enregistré : posez la carte sur le lecteur.
   *[unreadable] La carte n’a pas pu être lue. Veuillez la maintenir immobile sur le lecteur et réessayer.
}
member-checked-in = Votre arrivée est enregistrée pour aujourd’hui.

## Personnel : badges
staff-badges-title = Badges
staff-badges-help = Trouvez un membre pour enregistrer, révoquer ou remplacer ses badges.
staff-badges-suspended-title = Suspendues après un signalement de perte
staff-badges-suspended-hint = Toute personne connaissant le nom et l’e-mail d’un membre peut signaler sa carte perdue. Si le membre l’a encore, rétablissez-la : elle fonctionne au prochain passage.
staff-badge-restore = Rétablir
staff-badge-restore-person = Rétablir la carte de { $name }
staff-badge-restored = La carte { $uid } de { $name } fonctionne de nouveau.
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
staff-approvals-title = Enregistrements en attente du personnel
staff-approvals-match = Correspond à l’entrée { $entry } de la liste d’exclusion
staff-approvals-reason = Sur la liste parce que : { $reason }
staff-approvals-since = En attente depuis { $time }
staff-approvals-approve = Laisser entrer
staff-approvals-deny = Refuser
staff-approvals-denied = Refusé. Aucune visite n’a été enregistrée.
staff-members-today-title = Membres présents aujourd’hui
staff-members-today-none = Aucun membre n’a encore badgé aujourd’hui.

## Consignes de sécurité sur l’écran d’accueil. Chaque donnée du site est un argument : $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Consignes de sécurité
signage-position = Consigne { $n } sur { $count }
signage-pause = Pause
signage-resume = Reprendre
signage-previous = Consigne précédente
signage-next = Consigne suivante
signage-exits-title = Issues de secours et point de rassemblement
signage-exits-body = En cas d’urgence, sortez par l’issue signalée la plus proche. N’utilisez pas les ascenseurs. Rejoignez le point de rassemblement : { $assembly_point }.
signage-fire-alarm-title = Si vous découvrez un incendie
signage-fire-alarm-body = Donnez l’alarme au déclencheur manuel rouge le plus proche et appelez le { $fire }. Indiquez l’adresse : { $address }. N’utilisez un extincteur que si vous y êtes formé et sans vous mettre en danger.
signage-first-aid-title = Premiers secours
signage-first-aid-body = Trousse de premiers secours : { $first_aid }. En cas d’urgence, appelez le { $medical }. Sécurité du site : { $security }.
signage-after-hours-title = Les locaux sont fermés
signage-after-hours-body = Seuls les membres disposant d’un accès par badge peuvent entrer ; les visiteurs doivent être accompagnés de la personne qui les reçoit. Les issues de secours restent utilisables à tout moment.
signage-cctv-title = Vidéosurveillance pour la sécurité
signage-cctv-body = Les caméras des entrées enregistrent pour protéger les personnes et les biens. Les enregistrements sont conservés { $camera_retention_days ->
    [one] { $camera_retention_days } jour
    [many] { $camera_retention_days } de jours
   *[other] { $camera_retention_days } jours
} et ne sont visionnés qu’après un incident. Pour toute question ou pour consulter vos données : { $privacy_contact }.
signage-report-title = Vous avez remarqué quelque chose ? Signalez-le ici
signage-report-body = Badge perdu, personne qui entre derrière les autres, e-mail suspect ou possible fuite de données : touchez « Signaler un problème de sécurité ». Un signalement n’est jamais sanctionné ; cacher une faille l’est.
signage-wifi-safety-title = Sécurité du Wi-Fi
signage-wifi-safety-body = Le réseau Wi-Fi invités est séparé du réseau des membres. Sur tout réseau partagé, utilisez HTTPS et votre VPN, tenez vos appareils à jour et vérifiez auprès du personnel le nom exact du réseau.
signage-phishing-title = Hameçonnage : stop, vérifiez, signalez
signage-phishing-body = Nous ne vous demandons jamais votre mot de passe par e-mail, par messagerie ou dans une fenêtre pop-up. Vérifiez l’expéditeur avant d’ouvrir un lien ou une pièce jointe, et signalez à ce kiosque tout ce qui vous paraît anormal.

## Écran d’accueil en dehors des heures d’ouverture
home-closed-title = { $site } est actuellement fermé
home-closed-opens = Nous rouvrons { $day } à { $time }.
home-closed-members = Membres : présentez votre badge sur le lecteur.
home-closed-visitors = Visiteurs : veuillez appeler le { $security } ou demander à la personne qui vous reçoit de venir vous chercher.
home-closed-check-in = Enregistrer mon arrivée : visites autorisées hors horaires
home-report = Signaler un problème de sécurité

## Signaler un problème de sécurité (tout le monde, depuis l’écran d’accueil)
report-title = Signaler un problème de sécurité
report-intro = Un signalement n’est jamais sanctionné. Dites-nous ce que vous avez remarqué ; le personnel voit chaque signalement sur son écran de ce kiosque.
report-kind-title = De quoi s’agit-il ?
report-kind = { $kind ->
    [lost-badge] Badge perdu ou volé
    [suspicious-person] Personne suspecte
    [phishing] Hameçonnage ou message suspect
    [network-breach] Possible intrusion sur le réseau
    [data-exposure] Données personnelles exposées
   *[other] Autre chose
}
report-kind-help = { $kind ->
    [lost-badge] Nous bloquons le badge pour que personne d’autre ne puisse l’utiliser.
    [suspicious-person] Quelqu’un qui entre derrière les autres, ou qui se trouve là où il ne devrait pas être.
    [phishing] Un e-mail, un message ou un appel qui demande des mots de passe ou un paiement.
    [network-breach] Un appareil qui se comporte bizarrement, ou un lien sur lequel vous regrettez d’avoir cliqué.
    [data-exposure] Des documents, écrans ou fichiers qui laissent voir les informations d’autres personnes.
   *[other] Tout autre chose qui vous inquiète.
}
report-description = Que s’est-il passé, quand et où ?
report-description-optional = Autre chose à nous signaler ? (facultatif)
report-contact = Comment pouvons-nous vous joindre ? (facultatif)
report-contact-help = Une adresse e-mail ou un numéro de téléphone, si vous souhaitez une réponse.
report-personal-data = Des données personnelles d’autres personnes sont peut-être concernées
report-member-title = Votre badge
report-member-search = Votre nom
report-member-email = Votre adresse e-mail enregistrée chez nous
report-member-help = Avec votre nom et votre adresse e-mail, nous bloquons votre badge immédiatement. Sans eux, le personnel le bloque après avoir vérifié votre identité.
report-send = Envoyer le signalement
report-thanks-title = Merci de nous avoir prévenus
report-thanks-next = Votre signalement est enregistré. Le personnel le verra dès sa prochaine connexion à ce kiosque. Si c’est urgent, prévenez l’accueil ou appelez le numéro indiqué sur les consignes de sécurité. Si vous avez laissé vos coordonnées, le personnel reviendra vers vous.
report-thanks-badge = { $count ->
    [0] Vous n’avez aucun badge en service : il n’y avait rien à bloquer.
    [one] Votre badge est bloqué : il n’ouvre plus rien. Demandez-en un nouveau à l’accueil.
    [many] Vos { $count } de badges sont bloqués : ils n’ouvrent plus rien. Demandez-en de nouveaux à l’accueil.
   *[other] Vos { $count } badges sont bloqués : ils n’ouvrent plus rien. Demandez-en de nouveaux à l’accueil.
}
report-thanks-not-identified = Cette adresse e-mail ne correspond pas à nos fichiers : le personnel va vérifier votre identité, puis bloquer le badge.
report-thanks-reference = Numéro de signalement : { $id }
report-thanks-danger = Si quelqu’un est en danger, appelez immédiatement le { $police }.

## Mode d’urgence : affiché dans toutes les langues configurées à la fois
emergency-title = { $kind ->
    [fire] Incendie : quittez le bâtiment maintenant
    [shelter] Confinement : restez à l’intérieur
    [medical] Urgence médicale
   *[custom] Urgence
}
emergency-action = { $kind ->
    [fire] Prenez la sortie la plus proche, pas les ascenseurs. Rejoignez le point de rassemblement : { $assembly_point }.
    [shelter] Rendez-vous à l’abri : { $shelter }. Éloignez-vous des fenêtres, fermez les portes et attendez les instructions du personnel.
    [medical] Appelez le { $medical }. Premiers secours : { $first_aid }. Laissez le passage libre pour les secours.
   *[custom] Suivez les instructions du personnel.
}
emergency-aed = Défibrillateur (DAE) : { $aed }
emergency-assembly = Point de rassemblement : { $assembly_point }
emergency-shelter = Abri : { $shelter }
emergency-first-aid = Trousse de secours : { $first_aid }
emergency-numbers = Pompiers { $fire } · Urgences médicales { $medical } · Police { $police } · Sécurité du site { $security }
emergency-address = Adresse : { $address }
emergency-since = Depuis { $time }
emergency-staff = Personnel : appel des présents et fin de l’alerte
emergency-label = Urgence

## Personnel : mode d’urgence et signalements de sécurité
staff-emergency-title = Mode d’urgence
staff-emergency-start = { $kind ->
    [fire] Évacuation incendie
    [shelter] Confinement
    [medical] Urgence médicale
   *[custom] Message personnalisé
}
staff-emergency-message = Message à afficher à l’écran
staff-emergency-confirm = Activer le mode d’urgence maintenant ? Tous les écrans l’affichent jusqu’à ce que vous y mettiez fin.
staff-emergency-on = Mode d’urgence activé : { $kind }
staff-emergency-end = Fin de l’alerte : désactiver le mode d’urgence
staff-emergency-end-confirm = Tout le monde est-il en sécurité et peut-il rentrer ? Tous les écrans reviennent à la normale.
staff-emergency-end-yes = Oui, fin de l’alerte
staff-emergency-ended = Mode d’urgence terminé après { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}.
staff-incidents-title = Signalements de sécurité
staff-incidents-none = Aucun signalement ouvert.
staff-incidents-count = { $count ->
    [one] { $count } signalement ouvert
    [many] { $count } de signalements ouverts
   *[other] { $count } signalements ouverts
}
staff-incident-reported = Signalé le { $at }
staff-incident-status = { $status ->
    [open] Nouveau
    [acknowledged] En cours de traitement
   *[closed] Clôturé
}
staff-incident-member = Membre : { $name }
staff-incident-suspended = { $count ->
    [0] Aucun badge n’était en service.
    [one] Un badge bloqué.
    [many] { $count } de badges bloqués.
   *[other] { $count } badges bloqués.
}
staff-incident-contact = Contact : { $contact }
staff-incident-clock = Données personnelles : si la notification est obligatoire, informez l’autorité de contrôle au plus tard le { $at } ({ $hours ->
    [one] { $hours } heure restante
    [many] { $hours } d’heures restantes
   *[other] { $hours } heures restantes
}).
staff-incident-overdue = Données personnelles : le délai de 72 heures a expiré le { $at }.
staff-incident-acknowledge = Prendre en charge
staff-incident-close = Clôturer avec une note
staff-incident-note = Ce qui a été fait
staff-plan-incidents = { $open ->
    [0] Aucun signalement de sécurité ouvert.
    [one] Un signalement de sécurité ouvert.
    [many] { $open } de signalements de sécurité ouverts.
   *[other] { $open } signalements de sécurité ouverts.
}
staff-plan-incidents-personal = { $count ->
    [one] { $count } concerne des données personnelles
    [many] { $count } concernent des données personnelles
   *[other] { $count } concernent des données personnelles
}, { $overdue } au-delà du délai de 72 heures.
error-no-emergency = Le mode d’urgence n’est pas activé.
error-incident-not-found = Ce signalement est déjà clôturé ou n’existe pas.
pictogram-name = { $code ->
    [E001] Sortie de secours (à gauche)
    [E002] Sortie de secours (à droite)
    [E003] Premiers secours
    [E004] Téléphone d’urgence
    [E007] Point de rassemblement
    [E010] Défibrillateur (DAE)
    [F001] Extincteur
   *[F005] Déclencheur manuel d’alarme incendie
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Clavier à l’écran
keyboard-backspace = Effacer
keyboard-shift = Majuscule
keyboard-space = Espace
keyboard-close = Masquer le clavier
keyboard-enter = Entrée : champ suivant ou continuer
keyboard-layouts = Changer la disposition du clavier
keyboard-accents = Lettres accentuées
keyboard-letters = Lettres
keyboard-candidates = Caractères pour { $pinyin }
keyboard-candidates-more = Plus de caractères
keyboard-candidates-back = Caractères précédents

## Enregistrement avec une invitation
home-invitation = J’ai une invitation
invite-code-title = Votre invitation
invite-code-field = Code d’invitation
invite-code-help = Saisissez le code à 8 caractères de votre invitation, ou présentez son QR code au lecteur.
invite-confirm-title = Bienvenue, { $name } !
invite-confirm-host = Vous rendez visite à { $host } aujourd’hui.
invite-confirm-yes = Oui, c’est moi
invite-confirm-no = Ce n’est pas moi

## Personnel : invitations et messages aux hôtes
staff-expected-title = Attendus aujourd’hui
staff-expected-none = Aucun invité attendu aujourd’hui.
staff-expected-arrived = Arrivé
staff-expected-waiting = Attendu
staff-expected-for = pour { $host }
staff-invitation-cancel = Annuler
staff-invitation-cancel-person = Annuler l’invitation de { $name }
staff-outbox-title = Messages aux hôtes pas encore remis
staff-outbox-line = { $channel } à { $host } : { $state ->
    [failed] non remis
   *[waiting] en attente d’envoi
}
staff-outbox-resend = Renvoyer
staff-outbox-resend-person = Renvoyer le message à { $host }
staff-invite-open = Inviter quelqu’un
staff-invite-host = Hôte (tapez deux lettres)
staff-invite-host-chosen = Hôte : { $host }
staff-invite-host-change = Changer
staff-invite-date = Premier jour (AAAA-MM-JJ)
staff-invite-days = Jours
staff-invite-create = Créer l’invitation
staff-invite-made = Invitation pour { $name } : { $code }
staff-invite-emailed = L’e-mail d’invitation part vers { $email }.
staff-invite-give-code = Donnez ce code à l’invité.
staff-member-notify-title = Comment les membres apprennent l’arrivée de leurs invités
staff-member-notify-how = Comment les prévenir
staff-member-notify-search = Membre (tapez deux lettres)
staff-member-notify-site = Par défaut du site
staff-member-notify-none = Jamais
staff-member-notify-off = Aucun canal n’est configuré dans lobby.toml ([notifications]) : personne n’est encore prévenu.
staff-member-notify-no-email = Aucune adresse e-mail enregistrée : l’e-mail ne peut pas joindre ce membre.
staff-member-notify-language = Langue de leurs messages
staff-member-notify-language-site = La première langue du site
staff-member-notify-save = Enregistrer
staff-member-notify-saved = Enregistré pour { $name }.
staff-channel = { $channel ->
    [email] E-mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Flotte
staff-fleet-member = Site { $site }, tablette { $tablet }
staff-fleet-connected = Connectée au serveur du site
staff-fleet-disconnected = Non connectée au serveur du site
staff-fleet-waiting = Modifications en attente d’envoi : { $count }
staff-fleet-oldest = Plus ancienne modification en attente : { $at }
staff-fleet-ack = Dernière réception par le serveur : { $at }
staff-fleet-ack-none = Le serveur n’a encore rien reçu
staff-fleet-error = Dernier problème : { $reason }
staff-fleet-tablets = Tablettes de ce site
staff-fleet-tablet-this = { $tablet } (cette tablette)
staff-fleet-tablet-connected = connectée
staff-fleet-tablet-away = sans nouvelles
staff-fleet-tablet-contact = dernier contact { $at }
staff-fleet-tablet-waiting = { $count } en attente
staff-fleet-site-config = Configuration du site venue du hub, envoyée { $at } : enregistrée, utilisée au prochain démarrage de la borne
staff-fleet-site-config-received = Configuration du site venue du hub, envoyée { $at } : reçue
staff-fleet-site-config-error = Configuration du site venue du hub, envoyée { $at }, inutilisable : { $reason }
staff-fleet-flags = À traiter
staff-fleet-flag = { $problem ->
    [badge-conflict] Une carte a été donnée à deux membres : { $detail }
    [badge-unknown-member] Une carte a été donnée à un membre inconnu du hub : { $detail }
   *[other] { $detail }
}
fleet-error-server = l’adresse du serveur ou son certificat est inutilisable
fleet-error-no-stream = le serveur n’a pas encore de flux pour ce site
fleet-error-timeout = le serveur n’a pas répondu à temps
fleet-error-unreachable = le serveur est injoignable
fleet-error-refused = le serveur a refusé la modification
fleet-error-database = la base de données n’a pas pu être lue ou écrite
fleet-error-credentials = le serveur a refusé les identifiants (révoqués ou faux)
fleet-error-permission = le serveur n’autorise pas cette tablette à envoyer ici
