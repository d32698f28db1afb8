# lobby-hub, le stockage central de la flotte : texte brut pour l’exploitant, dans sa langue
# (d’après LANG). Les erreurs suivent « cli-error » (« Erreur : … »).

## Erreurs
hub-error-database = Impossible d’utiliser la base de données { $url } : { $reason }. Rien n’a été modifié.
hub-error-nats = Impossible de joindre le serveur NATS { $url } : { $reason }.
hub-error-unknown-site = Il n’y a pas de site « { $site } » ; ajoutez-le d’abord avec : lobby-hub site add { $site }
hub-error-bad-id = « { $value } » n’est pas un identifiant valide : utilisez 1 à 40 lettres minuscules, chiffres ou « - », sans « - » au début.
hub-error-bad-date = « { $value } » n’est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2026-03-31.
hub-error-kiosk-exists = La tablette { $tablet } du site { $site } a déjà des identifiants. Pour en émettre de nouveaux (les anciens cessent de fonctionner), ajoutez --replace.
hub-error-unknown-kiosk = Le site { $site } n’a pas de tablette active { $tablet }.
hub-error-file = Impossible d’écrire { $path } : { $reason }.
hub-error-file-read = Impossible de lire { $path } : { $reason }.
hub-error-no-nats = Indiquez le serveur NATS du hub : --nats URL ou LOBBY_HUB_NATS.
hub-error-reload = Impossible de demander au serveur NATS (pid { $pid }) de se recharger : { $reason }. Rechargez-le à la main (kill -HUP avec son pid).
hub-error-no-number = Le site { $site } a déjà 10 tablettes, le maximum (chacune reçoit un numéro de 0 à 9 pour ses codes de départ). Révoquez-en une d’abord : lobby-hub kiosk revoke { $site } TABLETTE
hub-error-import = { $file }, ligne { $line } : { $problem ->
    [header] la colonne « { $value } » manque (la première ligne doit nommer id, name, email, team, active).
    [csv] la ligne est illisible ({ $value }).
    [id] « { $value } » n’est pas un identifiant de membre (1 à 64 caractères).
    [name] « { $value } » n’est pas un nom.
    [email] « { $value } » n’est pas une adresse e-mail.
    [active] « { $value } » n’est ni yes ni no.
    [uid] « { $value } » n’est pas un uid de badge (hexadécimal, octets entiers).
    [uid-missing] « { $value } » est donné sans badge_uid.
    [card-type] « { $value } » n’est pas un type de carte (comme mifare-classic-1k, desfire ou unknown).
    [date] « { $value } » n’est pas une date ; écrivez-la AAAA-MM-JJ.
    [date-order] le badge se termine ({ $value }) avant de commencer.
    [uid-twice] le badge { $value } est déjà à la ligne { $other } ; une carte appartient à un seul membre.
    [member-differs] le membre { $value } figure à la ligne { $other } avec d’autres informations ; donnez les mêmes nom, e-mail, équipe et statut sur chaque ligne.
    [uid-held] le badge { $value } appartient au membre { $holder } au hub ; révoquez-le d’abord (lobby-hub badge revoke).
    [uid-revoked] le badge { $value } du membre { $holder } a été révoqué au hub ; un import ne redonne pas une carte révoquée : retirez la ligne ou donnez une nouvelle carte.
    [empty] le fichier ne contient aucun membre.
   *[other] { $problem } { $value }
} Rien n’a été enregistré.
hub-error-unknown-badge = Le site { $site } n’a pas de badge { $uid } en service.
hub-error-policy = { $problem ->
    [id] « { $value } » n’est pas un identifiant de règlement ; utilisez des minuscules, des chiffres et des tirets simples, comme house-rules.
    [none] Donnez le texte du règlement dans au moins une langue : LANG=FICHIER.
    [argument] « { $value } » n’est pas LANG=FICHIER, par exemple fr=reglement.md.
    [lang] « { $value } » n’est pas une langue fournie (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } est donnée deux fois.
    [utf8] { $value } n’est pas du texte UTF-8.
    [empty] { $value } est vide.
   *[other] { $problem } { $value }
} Rien n’a été publié.
hub-error-emergency = { $problem ->
    [kind] « { $value } » n’est pas un type d’urgence : utilisez fire, shelter, medical ou custom.
    [message-missing] Une urgence personnalisée a besoin de son message : --message TEXTE.
    [message-long] Le message est trop long : { $value } caractères au plus.
    [message-control] Le message doit tenir sur une ligne.
   *[other] { $problem } { $value }
} Aucune urgence n’a été déclenchée.
hub-error-no-emergency = Aucune urgence n’est en cours sur le site { $site } ; rien n’a été terminé.
hub-error-no-roll-call = { $which ->
    [id] Le site { $site } n’a pas d’appel des présents { $id }.
   *[newest] Le site { $site } n’a encore aucun appel des présents : aucun appel d’une tablette n’est parvenu au hub.
} Rien n’a été exporté.
hub-error-config = La configuration { $file } a été refusée ; rien n’a été enregistré ni envoyé.
hub-error-sql = La base de données a refusé l’opération : { $reason }. Rien n’a été modifié.

## lobby-hub serve
hub-serve-started = Réception des modifications des tablettes depuis { $nats }. Arrêt avec Ctrl+C ou SIGTERM.
hub-serve-stopped = Arrêté ; chaque modification reçue a été enregistrée.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Site { $site } enregistré (domaine JetStream { $domain }). lobby-hub serve crée son flux.
hub-kiosk-added = Tablette { $tablet } du site { $site } ajoutée comme utilisateur NATS { $user }, numéro { $number } ; ses identifiants sont dans { $file }. Copiez ce fichier sur la tablette et gardez-le secret.
hub-kiosk-revoked = Tablette { $tablet } du site { $site } révoquée.
hub-kiosk-none = Aucune tablette pour l’instant.
hub-kiosk-active = { $site } / { $tablet } : numéro { $number }, utilisateur { $user }, ajoutée le { $added }
hub-kiosk-revoked-line = { $site } / { $tablet } : numéro { $number }, utilisateur { $user }, ajoutée le { $added }, révoquée le { $revoked }
hub-users-hint = Aucun --users-file indiqué : le serveur NATS du site a encore ses anciens utilisateurs.
hub-users-written = Fichier d’utilisateurs { $file } écrit ; tablettes admises : { $count }.
hub-users-reloaded = Le serveur NATS (pid { $pid }) le relit maintenant.
hub-users-reload-hint = Rechargez le serveur NATS du site pour qu’il lise le fichier (nats-server --signal reload, ou kill -HUP avec son pid).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, époque { $epoch }, entrée { $seq } : { $problem ->
    [gap] des entrées manquent (gap)
    [unlinked] ne se rattache pas à l’entrée précédente (unlinked)
    [altered] son contenu a été modifié (altered)
    [fork] une autre histoire avec les mêmes numéros (fork)
    [missing] des entrées manquent sur la tablette (missing)
    [truncated] des entrées coupées à la fin (truncated)
    [unkeyed] non signée avec la clé (unkeyed)
    [wrong-key] signée avec une autre clé de site (wrong-key)
    [badge-conflict] une carte attribuée à deux membres ; aucun n’a été modifié, le personnel doit décider (badge-conflict)
    [badge-unknown-member] un badge pour un membre que le hub ne connaît pas (badge-unknown-member)
    [badge-bad-uid] une demande de badge avec un uid illisible (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Le message { $id } sur { $subject } n’a pas pu être lu : { $reason }
hub-audit-clean = Chaque chaîne est intacte ({ $chains } vérifiées) ; aucun message rejeté.

## lobby-hub export visits
hub-export-written = Visites exportées : { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Appel des présents { $id } exporté ; personnes listées : { $rows } ({ $file }).

## Changements envoyés aux tablettes d’un site
hub-down-published = Envoyé aux tablettes du site.
hub-down-queued = Enregistré au hub, mais le serveur NATS est injoignable pour l’instant : lobby-hub serve l’enverra dès que possible.
hub-members-imported = Site { $site } : membres lus : { $members }, badges : { $badges }, membres modifiés : { $changed }.
hub-members-none = Aucun membre pour l’instant.
hub-members-line = { $id } : { $name }, { $active ->
    [yes] actif
   *[no] inactif
}, badges : { $badges }
hub-badge-revoked = Badge { $uid } du membre { $member } (site { $site }) révoqué.
hub-policy-saved = Règlement { $policy } enregistré pour le site { $site } ({ $langs }).
hub-config-saved = { $file } est valide ; enregistré pour le site { $site } (sha256 { $sha }).
hub-config-fleet = la section [fleet] est propre à chaque tablette (son serveur et ses identifiants) ; retirez-la du fichier du site.
hub-emergency-started = Urgence { $id } déclenchée sur le site { $site } : { $kind ->
    [fire] incendie
    [shelter] mise à l’abri
    [medical] médicale
   *[custom] personnalisée
}.
hub-emergency-ended = Fin d’alerte sur le site { $site } : urgence { $id } ({ $kind ->
    [fire] incendie
    [shelter] mise à l’abri
    [medical] médicale
   *[custom] personnalisée
}, commencée { $started }) terminée.
hub-emergency-none = Aucune urgence en cours sur le site { $site }.
hub-emergency-in-force = Urgence en cours sur le site { $site } : { $id }, { $kind ->
    [fire] incendie
    [shelter] mise à l’abri
    [medical] médicale
   *[custom] personnalisée
}, commencée { $started }. { $message } (Autres urgences non terminées : { $others }.)

## Comptes du personnel créés au hub (lobby-hub staff)
hub-error-staff-exists = Le site { $site } a déjà un compte du personnel « { $name } ». Rien n’a été enregistré. Pour bloquer ou autoriser sa connexion : lobby-hub staff disable|enable { $site } NOM. Pour un nouveau code PIN et une nouvelle clé : lobby-hub staff reset { $site } NOM
hub-error-unknown-staff = Le site { $site } n’a pas de compte du personnel « { $name } » créé au hub (lobby-hub staff list { $site }).
hub-error-staff-name = « { $value } » ne peut pas être le nom d’un compte du personnel : 1 à 80 caractères, sans caractères de contrôle (lobby-fleet est réservé aux tablettes).
hub-staff-added = Compte du personnel { $name } enregistré pour le site { $site } ; chaque tablette du site le reçoit, à la place d’un compte du même nom créé sur une tablette.
hub-staff-reset = Le compte du personnel { $name } du site { $site } a un nouveau code PIN et une nouvelle clé d’authentification ; chaque tablette du site les reçoit, et l’ancien code PIN et les codes de l’ancienne application n’y fonctionnent plus.
hub-staff-setup = Configurez maintenant l’application d’authentification de la personne avec la clé ou l’URI ci-dessous (un code QR de l’URI convient aussi) ; elles ne seront plus affichées.
hub-staff-disabled = Compte du personnel { $name } du site { $site } désactivé : il ne peut plus se connecter sur les tablettes du site.
hub-staff-enabled = Compte du personnel { $name } du site { $site } réactivé : il peut de nouveau se connecter.
hub-staff-unchanged = Le compte du personnel { $name } du site { $site } est déjà { $active ->
    [yes] activé
   *[no] désactivé
} ; rien n’a été envoyé.
hub-staff-none = Le site { $site } n’a pas encore de compte du personnel créé au hub.
hub-staff-line = { $name } : { $active ->
    [yes] actif
   *[no] désactivé
}, créé le { $added }
