# La ligne de commande de Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`) : texte brut pour les opérateurs, dans leur langue (d’après LANG).

cli-error = Erreur : { $message }

## Un lobby.toml refusé : le fichier, la clé et ce qui ne va pas
cli-config-refused = La configuration a été refusée et rien n’a été modifié. { $file }, clé « { $key } » : { $problem }
cli-config-refused-file = La configuration a été refusée et rien n’a été modifié. { $file } : { $problem }
cli-config-unreadable = le fichier ne peut pas être lu ({ $reason }).
cli-config-syntax = cette valeur ne peut pas être lue : { $detail }.
cli-config-text-length = saisissez de 1 à { $max } caractères.
cli-config-time-zone = { $value } n’est pas un fuseau horaire ; utilisez un nom IANA comme Europe/Berlin.
cli-config-kiosk-id = utilisez de 1 à 40 lettres, chiffres, « - » ou « _ ».
cli-config-range = utilisez un nombre de { $min } à { $max }, et non { $value }.
cli-config-languages-empty = indiquez au moins une langue.
cli-config-language-unknown = { $value } n’est pas une langue fournie (langues fournies : { $shipped }).
cli-config-language-twice = { $value } figure deux fois dans la liste.
cli-config-hours = { $value } n’est pas un horaire d’ouverture ; écrivez « 08:00-20:00 » ou « closed ».
cli-config-hours-order = { $value } : l’heure de fermeture doit être postérieure à l’heure d’ouverture.
cli-config-phone = { $value } n’est pas un numéro de téléphone (chiffres, espaces et + - ( ) / uniquement).
cli-config-visit-kind = type de visite inconnu (types connus : guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = indiquez le texte dans au moins une langue.
cli-config-translated-offered = indiquez le texte dans au moins une des langues de kiosk.languages.
cli-config-policy-id = { $value } n’est pas un identifiant de règlement ; utilisez des lettres minuscules, des chiffres et des traits d’union isolés, comme house-rules.
cli-config-policy-unlisted = { $value } ne figure pas dans policies.documents ; ajoutez-le d’abord à cette liste.
cli-config-group-unlisted = { $value } ne figure pas dans badges.access_groups ; ajoutez-le d’abord à cette liste.
cli-config-signage-unknown = { $value } n’est pas une consigne standard (consignes standard : { $known }).
cli-config-signage-id = utilisez de 1 à 40 lettres minuscules, chiffres et traits d’union, et un identifiant différent de celui de chaque autre consigne.
cli-config-pictogram = { $value } n’est pas un pictogramme fourni (pictogrammes fournis : { $known }).
cli-config-dates-order = le dernier jour ne doit pas précéder le premier.

## lobby audit verify
cli-audit-intact = Journal d’audit intact : { $entries ->
    [one] { $entries } entrée vérifiée.
    [many] { $entries } entrées vérifiées.
   *[other] { $entries } entrées vérifiées.
}
cli-audit-broken = Journal d’audit corrompu à l’entrée { $seq } : { $problem ->
    [altered] son contenu a été modifié.
    [unlinked] elle ne suit plus l’entrée précédente ; une entrée a été supprimée, remplacée ou déplacée.
    [missing] des entrées manquent ici.
    [unkeyed] elle n’est pas signée avec la clé du site : le journal a été réécrit à partir d’ici.
    [wrong-key] le journal est signé avec une autre clé du site.
   *[truncated] des entrées ont été retirées de la fin du journal.
}
cli-audit-key-matches = Vérifié avec la clé du site { $fingerprint } ({ $path }) : elle correspond.
cli-audit-key-absent = Pas de clé du site dans { $path } : { $unchecked } entrées signées n’ont été vérifiées que pour leur ordre.
cli-audit-unkeyed = Le journal n’est pas signé (il date d’avant les clés du site).
cli-audit-checked-with = Vérifié avec la clé du site { $fingerprint } ({ $path }).
cli-audit-head = Entrée { $seq } ({ $at }) : { $head }
    Notez-la ou gardez-la loin du kiosque ; plus tard, « lobby audit verify --head { $head } » prouve que le journal la contient toujours.
cli-audit-head-empty = Le journal d’audit est vide.
cli-audit-head-invalid = « { $head } » n’est pas une tête : donnez ENTRÉE:HASH comme l’affiche « lobby audit head » (au moins 16 chiffres hexadécimaux du hash).
cli-audit-head-held = L’entrée { $seq } a toujours le hash noté.
cli-audit-head-lost = L’entrée { $seq } n’a plus le hash noté : le journal a été réécrit ou remplacé depuis.
cli-plan-audit-head = Tête du journal d’audit : { $head } (clé du site { $key })
cli-backup-head = Sa tête de journal d’audit : { $head }
cli-backup-key-apart = La clé du site { $fingerprint } n’est pas dans la sauvegarde. Gardez une copie de { $path } à part des sauvegardes : une base restaurée en a besoin pour la connexion du personnel.
cli-install-key = La clé du site est { $path } (mode 0600). Gardez-en une copie à part des sauvegardes.
cli-doctor-key = Clé du site
cli-doctor-key-ok = { $path } ({ $fingerprint }), la clé qui scelle cette base
cli-doctor-key-none = pas encore de clé : le premier démarrage crée { $path }
cli-doctor-key-unused = { $path } existe, mais la base n’est pas encore scellée avec : le prochain démarrage la scelle
cli-doctor-modes = Droits des fichiers
cli-doctor-modes-ok = le dossier de données et la clé du site ne sont lisibles que par leur propriétaire
cli-doctor-modes-open = { $count ->
    [one] un fichier ou dossier est ouvert
   *[other] { $count } fichiers ou dossiers sont ouverts
} aux autres utilisateurs, par ex. { $path } (mode { $mode }). Correction : { $fix }

## lobby staff add
cli-staff-pin-prompt = Code PIN pour { $name } (6 à 12 chiffres) :
cli-staff-pin-repeat = Répétez le code PIN :
cli-staff-pin-mismatch = Les deux codes PIN sont différents. Rien n’a été enregistré.
cli-staff-added = Membre du personnel { $name } ajouté.
cli-staff-scan = Scannez ce code QR avec une application d’authentification, ou saisissez la clé manuellement :
cli-staff-key = Clé : { $key }
cli-staff-uri = URI de provisionnement : { $uri }
cli-staff-qr-saved = Code QR enregistré sous { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Ce code PIN est trop facile à deviner : { $rule ->
    [one-digit] il répète un seul chiffre.
    [run] ses chiffres se suivent en montant ou en descendant, comme 123456.
   *[demo] c’est le code PIN publié du site de démo.
} Rien n’a été enregistré ; choisissez-en un autre.
cli-staff-pin-in-use = Un autre membre actif du personnel a déjà ce code PIN. Rien n’a été enregistré ; choisissez-en un autre.
cli-staff-pin-short = Ce site demande des PIN d’au moins { $min } chiffres ([staff] pin_min_length). Rien n’a été enregistré ; choisissez-en un plus long.
cli-staff-list-active = actif
cli-staff-list-disabled = désactivé
cli-staff-list-badges = badges : { $count }
cli-staff-count = Comptes du personnel : { $count }
cli-staff-disabled = { $name } est désactivé : la connexion n’est plus possible, et une session ouverte sur la borne prend fin immédiatement.
cli-staff-already-disabled = { $name } était déjà désactivé ; rien n’a été modifié.
cli-staff-enabled = { $name } peut de nouveau se connecter.
cli-staff-unlocked = Connexion débloquée pour { $name }.
cli-staff-unlock-none = Aucune connexion du personnel n’était en attente.
cli-staff-already-enabled = { $name } est déjà actif ; rien n’a été modifié.
cli-staff-pin-reset = { $name } a un nouveau code PIN.
cli-staff-totp-reset = { $name } a une nouvelle clé d’authentification ; l’ancienne ne fonctionne plus.

## lobby demo seed
cli-demo-seeded = Données de démo ajoutées : { $members } membres et le compte du personnel « { $name } ».
cli-demo-credentials = Code PIN du personnel de démo : { $pin }. Clé d’authentification : { $key } (pour la démo uniquement, jamais pour un site réel).
cli-demo-already = Ce dossier de données contient déjà les données de démo ; rien n’a été modifié.
cli-demo-refused-site = La configuration nomme le site « { $site } », et non le site de démo.
cli-demo-refused-data = Le dossier de données { $path } contient déjà les données d’un site (comptes du personnel : { $staff }, membres : { $members }, visites : { $visits }).
cli-demo-refused = Les données de démo n’ont pas été ajoutées : leur code PIN du personnel et leur clé d’authentification sont publiés, donc sur un site réel n’importe qui pourrait se connecter en tant que personnel. Rien n’a été modifié ; essayez la démo dans un dossier de données vide.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLÈME
cli-doctor-warning = AVERTISSEMENT
cli-doctor-config = Configuration
cli-doctor-config-demo = aucune indiquée : mode démo avec le site d’exemple
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Dossier de données
cli-doctor-data-dir-unwritable = impossible d’écrire dans { $path } : { $reason }
cli-doctor-database = Base de données
cli-doctor-database-ok = { $path }, version du schéma { $version }
cli-doctor-database-missing = pas encore créée ; elle sera créée au premier démarrage du kiosque
cli-doctor-audit = Journal d’audit
cli-doctor-staff = Comptes du personnel
cli-doctor-staff-none = aucun : ajoutez-en un avec `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = le compte de démo { $names } (code PIN et clé d’authentification publiés) est actif sur ce site : désactivez-le avec `lobby staff disable NAME`
cli-doctor-policies = Règlements
cli-doctor-backup = Sauvegardes
cli-doctor-backup-ok = dernière sauvegarde le { $at }
cli-doctor-backup-stale = la dernière sauvegarde ({ $at }) date de plus de deux fois l’intervalle prévu : lancez « lobby backup now » et vérifiez le dossier.
cli-doctor-backup-none = aucune sauvegarde pour l’instant : le kiosque en fait une selon son planning, ou lancez « lobby backup now ».
cli-doctor-wifi = Wi-Fi invités
cli-doctor-wifi-none = aucun niveau configuré ([wifi.tiers] dans lobby.toml).
cli-doctor-wifi-unapplied = { $tiers } : les niveaux dont le backend est "none" sont proposés aux invités mais ne sont appliqués à aucun équipement.
cli-doctor-policies-unpublished = pas encore publiés : { $policies }. Personne n’est invité à les signer tant qu’ils ne le sont pas (lobby policy publish).
cli-doctor-readers = Lecteurs de badges
cli-doctor-readers-none = aucun : branchez un lecteur PC/SC (les membres ne peuvent pas badger)
cli-doctor-readers-service = le service de cartes ne fonctionne pas ({ $reason }) : démarrez pcscd
cli-doctor-display = Affichage
cli-doctor-display-none = ni DISPLAY ni WAYLAND_DISPLAY : la fenêtre du kiosque ne peut pas s’ouvrir ici
cli-doctor-fonts = Polices
cli-doctor-fonts-missing = polices Noto introuvables ({ $missing }) : certaines écritures risquent de ne pas s’afficher
cli-doctor-session-bus = Bus de session
cli-doctor-session-bus-none = pas de bus de session D-Bus : une deuxième fenêtre du kiosque pourrait démarrer
cli-doctor-summary = { $problems ->
    [0] Tout ce dont Lobby a besoin est en place.
    [one] Un problème détecté.
    [many] { $problems } problèmes détectés.
   *[other] { $problems } problèmes détectés.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] { $count } membre importé ou mis à jour.
    [many] { $count } de membres importés ou mis à jour.
   *[other] { $count } membres importés ou mis à jour.
}
cli-import-line = Ligne { $line } : { $problem }
cli-export-written = { $rows ->
    [one] { $rows } ligne écrite dans { $path }.
    [many] { $rows } de lignes écrites dans { $path }.
   *[other] { $rows } lignes écrites dans { $path }.
}
cli-date-invalid = { $value } n’est pas une date : écrivez-la au format AAAA-MM-JJ.

## lobby policy
cli-policy-published = La version { $version } de { $policy } est publiée.
cli-policy-text = { $lang } : « { $title } », SHA-256 { $hash }
cli-policy-lang-needed = Indiquez avec --lang la langue de { $path }, par exemple --lang fr.
cli-policy-folder-empty = { $path } ne contient aucun fichier .md ; nommez-les d’après leur langue, comme fr.md.
cli-policy-list-line = { $policy } : version { $version }, langues : { $langs }
cli-policy-list-none = { $policy } : pas encore publié
cli-policy-coverage = { $policy } version { $version } : { $accepted } membres sur { $total } ont accepté.
cli-policy-coverage-missing = Pas encore : { $names }
cli-policy-verify-ok = { $count ->
    [one] L’acceptation correspond à son texte.
    [many] Les { $count } d’acceptations correspondent toutes à leurs textes.
   *[other] Les { $count } acceptations correspondent toutes à leurs textes.
}
cli-policy-verify-problem = Acceptation { $id } : { $problem ->
    [text-altered] le texte auquel elle renvoie a été modifié après sa publication.
    [hash-mismatch] elle indique une empreinte de texte qui n’est pas celle de son texte.
    [claims-mismatch] elle indique un autre règlement, une autre version ou une autre langue que son texte.
   *[signature-altered] l’image de la signature n’est pas celle qui a été enregistrée.
}
cli-policy-receipt-written = Attestation de l’acceptation { $id } écrite dans { $path }.

## Attestations PDF d’acceptation des règlements
receipt-heading = Attestation d’acceptation
receipt-policy = Règlement
receipt-version = Version
receipt-language = Langue
receipt-text-hash = Empreinte du texte (SHA-256)
receipt-signer = Signé par
receipt-member = Membre
receipt-visitor = Visiteur
receipt-accepted-at = Accepté le
receipt-kiosk = Kiosque
receipt-signature = Signature
receipt-footer = Cette attestation montre que le texte portant l’empreinte ci-dessus a été accepté à la date et à l’heure indiquées. Conservez-la comme preuve.

## lobby wifi
cli-config-age-recipient = { $value } n’est pas une clé publique age (age1…, telle que l’affiche « age-keygen »).
cli-config-wifi-tier-id = { $value } n’est pas un identifiant de niveau Wi-Fi ; utilisez au plus 20 lettres minuscules, chiffres et traits d’union isolés, comme guest.
cli-config-wifi-ssid-empty = le nom du réseau est vide.
cli-config-wifi-ssid-long = le nom du réseau dépasse 32 octets.
cli-config-wifi-ssid-characters = le nom du réseau contient des caractères qu’un code QR ne peut pas transmettre fidèlement (une barre oblique inverse, des caractères de contrôle ou de direction du texte, ou des guillemets autour du nom entier).
cli-config-wifi-combination = le backend { $backend } ne peut pas gérer de réseaux { $security } avec des identifiants { $credentials } (freeradius : enterprise, per-guest ; hostapd : wpa2 ; réseaux ouverts : shared).
cli-config-wifi-section = ce backend a besoin d’une section [{ $section }].
cli-config-wifi-absolute = indiquez un chemin absolu.
cli-config-wifi-reload = écrivez la commande sous forme de liste, comme ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } ne figure pas dans wifi.tiers ; décrivez-le d’abord à cet endroit.
cli-config-notify-secret = indiquez exactement un de { $key }, { $key }_file ou { $key }_env.
cli-config-notify-env = { $value } n’est pas un nom de variable d’environnement ; utilisez des lettres, des chiffres et « _ ».
cli-config-notify-url = { $value } n’est pas une adresse de webhook ; écrivez une URL https:// (http:// seulement vers cette machine).
cli-config-notify-plain = { $value } n’est pas cette machine ; utilisez security = "starttls" ou "tls" pour que mots de passe et messages circulent chiffrés.
cli-config-notify-from = { $value } n’est pas un expéditeur ; écrivez « Nom <adresse@example.com> » ou « adresse@example.com ».
cli-config-notify-username = un mot de passe demande un nom d’utilisateur.
cli-config-notify-channel = { $value } n’est pas un canal (canaux : email, slack, teams, webhook).
cli-config-print-uri = { $value } n’est pas une adresse d’imprimante ; écrivez ipp://host/… ou ipps://host/… (une file CUPS s’écrit ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } n’est pas un format de support (formats : brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6, ou LARGEURxLONGUEURmm, chaque côté de { $min } à { $max } mm).
cli-config-print-logo = { $value } n’est pas une image PNG ou SVG que Lobby sait lire.
cli-config-notify-unset = { $value } n’est pas configuré ; ajoutez d’abord une section [notifications.{ $value }].
cli-config-fleet-credentials = { $value } n’est pas un fichier d’identifiants de flotte utilisable ({ $reason }) ; utilisez le fichier écrit par lobby-hub kiosk add.
cli-config-fleet-server = { $value } n’est pas une adresse de serveur NATS ; écrivez nats://hôte:port ou tls://hôte:port, sans nom d’utilisateur ni mot de passe.
cli-config-fleet-tablet = les identifiants sont ceux de la tablette « { $tablet } », mais cette borne est « { $id } » (kiosk.id).
cli-config-fleet-ca = { $value } n’est pas un fichier de certificat PEM lisible.
cli-wifi-network = Réseau : { $ssid }
cli-wifi-username = Nom d’utilisateur : { $username }
cli-wifi-password = Mot de passe : { $password }
cli-wifi-open = Mot de passe : aucun (réseau ouvert)
cli-wifi-expires = Valable jusqu’au : { $at }
cli-wifi-pass-id = Accès : { $id }
cli-wifi-revoked = Accès { $id } révoqué.
cli-wifi-rotated = { $tier } : nouveau mot de passe ; prochain changement : { $next }.
cli-wifi-none-shared = Aucun niveau n’a de mot de passe partagé.
cli-wifi-no-backend = Aucun niveau n’est appliqué à un équipement (tous les backends sont "none").
cli-wifi-tier = { $tier } : { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = actif
cli-wifi-tier-closed = coupé jusqu’à l’heure d’ouverture
cli-wifi-count = { $count ->
    [one] { $count } accès actif.
    [many] { $count } d’accès actifs.
   *[other] { $count } accès actifs.
}
cli-wifi-backend-ok = { $backend } : conforme à la base de données
cli-wifi-backend-failed = { $backend } : non conforme à la base de données : { $reason }

## lobby backup, lobby report
cli-backup-made = Sauvegarde écrite : { $path } ({ $bytes } octets, { $entries ->
    [one] { $entries } entrée d’audit
    [many] { $entries } d’entrées d’audit
   *[other] { $entries } entrées d’audit
}, vérifiée).
cli-backup-copied = Copiée dans { $path }.
cli-backup-count = { $count ->
    [one] { $count } sauvegarde dans { $folder }.
    [many] { $count } de sauvegardes dans { $folder }.
   *[other] { $count } sauvegardes dans { $folder }.
}
cli-backup-none = Il n’y a encore aucune sauvegarde dans { $folder }.
cli-backup-tested = Test de restauration réussi : { $file } s’ouvre et sa chaîne d’audit est intacte ({ $entries ->
    [one] { $entries } entrée
    [many] { $entries } d’entrées
   *[other] { $entries } entrées
}).
cli-backup-restored = Restauration depuis { $file } : { $entries ->
    [one] { $entries } entrée d’audit
    [many] { $entries } d’entrées d’audit
   *[other] { $entries } entrées d’audit
}, chaîne intacte.
cli-backup-set-aside = La base de données remplacée est conservée sous { $path }.
cli-plan-title = Plan de sécurité de { $site }, { $at }
cli-plan-backup = Dernière sauvegarde : { $at } (trop ancienne : { $stale })
cli-plan-restore-test = Dernier test de restauration : { $at } (réussi : { $ok })
cli-plan-staff = Comptes du personnel : { $accounts } ; avec une application d’authentification : { $authenticator } ; avec un badge du personnel : { $badge }
cli-plan-wifi = Accès actifs au Wi-Fi invités : { $passes }
cli-plan-wifi-shared = Dernier changement du mot de passe partagé de { $tier } : { $at }
cli-plan-policy = { $policy } : { $accepted } membres sur { $members } ont accepté la version en vigueur
cli-plan-roll-call = Dernier appel des présents : { $at }, personnes : { $people }, manquants : { $missing }
cli-plan-roll-call-none = Dernier appel des présents : aucun pour l’instant
cli-plan-retention = Visites anonymisées après { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
} ; dernier passage : { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Mode d’urgence activé : { $kind ->
    [fire] évacuation incendie
    [shelter] confinement
    [medical] urgence médicale
   *[custom] message personnalisé
}. Tous les écrans du kiosque l’affichent jusqu’à « lobby emergency end » ou jusqu’à ce que le personnel y mette fin.
cli-emergency-ended = Fin de l’alerte : mode d’urgence terminé après { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } de secondes
   *[other] { $seconds } secondes
}.
cli-emergency-off = Le mode d’urgence est désactivé.
cli-emergency-on = Mode d’urgence activé depuis le { $at } : { $kind }.
cli-emergency-kind = « { $value } » n’est pas un type d’urgence ; utilisez fire, shelter, medical ou custom (avec --message).
cli-incidents-none = Aucun signalement de sécurité ouvert.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , données personnelles : à notifier au plus tard le { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = « { $value } » n’est pas un type de signalement ; utilisez lost-badge, suspicious-person, phishing, network-breach, data-exposure ou other.
cli-plan-incidents = Signalements de sécurité ouverts : { $open } ; avec données personnelles : { $personal } ; au-delà de 72 heures : { $overdue }

## lobby install-kiosk
cli-install-done = Kiosque configuré pour { $user } sous { $root } ({ $count ->
    [one] { $count } élément
    [many] { $count } d’éléments
   *[other] { $count } éléments
}). Démarrez-le avec : systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } existe déjà et a été laissé tel quel.
cli-install-changed = { $path } a été modifié après la configuration et a été laissé en place.
cli-install-undone = Configuration du kiosque supprimée ({ $count ->
    [one] { $count } élément
    [many] { $count } d’éléments
   *[other] { $count } éléments
}). Le dossier de données { $data } a été conservé.
cli-install-nothing = Rien à annuler : { $path } n’existe pas.
cli-install-no-user = Il n’y a pas d’utilisateur « { $user } » sur ce système. Créez-le d’abord, par exemple : adduser { $user }
cli-install-not-linux = lobby install-kiosk configure des kiosques Linux. Sous Windows et macOS, suivez docs/deploy.md.

## lobby notify : messages aux hôtes
cli-notify-sent = #{ $id } { $channel } : remis. Le serveur a répondu : { $answer }
cli-notify-retry = #{ $id } { $channel } : pas encore remis ({ $problem }). Il sera réessayé.
cli-notify-failed = #{ $id } { $channel } : non remis ({ $problem }). Plus d’essais : corrigez la cause, puis lancez « lobby notify resend { $id } ».
cli-notify-skip-unset = { $channel } : non configuré dans lobby.toml ([notifications.{ $channel }]).
cli-print-off = Aucune imprimante à badges n’est configurée : ajoutez une section [printing] à lobby.toml (voir docs/deploy.md).
cli-print-printer = Imprimante : { $printer } ({ $model }) ; état { $state } ({ $reasons }).
cli-print-takes = Elle accepte { $formats } ; supports chargés : { $media }.
cli-print-sent = Badge d’essai envoyé en { $format } sur { $media } ({ $bytes } octets) : tâche { $job }, { $state }.
cli-print-failed = Le badge d’essai n’a pas été imprimé : { $problem }
cli-print-sample-name = Hélène Dupont
cli-print-sample-company = Exemple SARL
cli-notify-skip-address = { $channel } : { $member } n’a pas d’adresse e-mail dans la liste des membres.
cli-notify-none = { $member } ne reçoit aucun message : le membre a choisi « none », ou aucun canal n’est configuré.
cli-notify-list-none = Aucun message à un hôte n’attend ni n’a échoué.
cli-notify-line = #{ $id } { $state ->
    [waiting] en attente
    [sending] en cours d’envoi
    [sent] remis
   *[failed] échoué
} — { $channel } à { $host }, mis en file { $at }, essais : { $attempts }
cli-notify-problem = Dernier problème : { $problem }
cli-notify-resent = Le message #{ $id } ({ $channel } à { $host }) est de nouveau en file ; le kiosque l’envoie dans la minute.
cli-doctor-notify = Messages aux hôtes
cli-doctor-notify-off = non configuré (pas de section [notifications]) : les hôtes ne sont pas prévenus.
cli-doctor-notify-ok = { $channels } ; { $waiting } en attente.
cli-doctor-notify-failed = { $failed } non remis : voir « lobby notify list », puis « lobby notify resend ID ».
cli-doctor-notify-waiting = { $waiting } en attente depuis { $at } : vérifiez le relais et les webhooks avec « lobby notify test MEMBRE ».
cli-doctor-print = Imprimante à badges
cli-doctor-print-off = non configurée (pas de section [printing]) : aucun badge visiteur n’est imprimé.
cli-doctor-print-ok = { $printer } : { $state } ; dernier badge imprimé : { $at }.
cli-doctor-print-ready = { $printer } : { $state } ; aucun badge imprimé pour l’instant.
cli-doctor-print-failed = le dernier badge ({ $at }) n’a pas été imprimé : { $problem }. Vérifiez l’imprimante, puis « lobby print test ».
cli-doctor-print-unreachable = { $printer } ne répond pas : { $problem }
cli-doctor-print-not-ready = { $printer } ne peut pas imprimer pour l’instant : { $reasons }

## lobby invite
cli-invite-created = Invitation { $code } pour { $name }, en visite chez { $host }, du { $from } au { $until }.
cli-invite-emailed = L’invitation à { $email } est en file ; le kiosque l’envoie.
cli-invite-give-code = Aucun e-mail n’est envoyé : donnez le code à l’invité.
cli-invite-none = Aucune invitation à partir d’aujourd’hui.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] à venir
    [valid] valable
    [used] utilisée
    [cancelled] annulée
   *[expired] expirée
} — { $name } pour { $host }, du { $from } au { $until }
