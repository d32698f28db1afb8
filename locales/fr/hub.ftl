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
hub-error-reload = Impossible de demander au serveur NATS (pid { $pid }) de se recharger : { $reason }. Rechargez-le à la main (kill -HUP avec son pid).
hub-error-sql = La base de données a refusé l’opération : { $reason }. Rien n’a été modifié.

## lobby-hub serve
hub-serve-started = Réception des modifications des tablettes depuis { $nats }. Arrêt avec Ctrl+C ou SIGTERM.
hub-serve-stopped = Arrêté ; chaque modification reçue a été enregistrée.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Site { $site } enregistré (domaine JetStream { $domain }). lobby-hub serve crée son flux.
hub-kiosk-added = Tablette { $tablet } du site { $site } ajoutée comme utilisateur NATS { $user } ; ses identifiants sont dans { $file }. Copiez ce fichier sur la tablette et gardez-le secret.
hub-kiosk-revoked = Tablette { $tablet } du site { $site } révoquée.
hub-kiosk-none = Aucune tablette pour l’instant.
hub-kiosk-active = { $site } / { $tablet } : utilisateur { $user }, ajoutée le { $added }
hub-kiosk-revoked-line = { $site } / { $tablet } : utilisateur { $user }, ajoutée le { $added }, révoquée le { $revoked }
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
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Le message { $id } sur { $subject } n’a pas pu être lu : { $reason }
hub-audit-clean = Chaque chaîne est intacte ({ $chains } vérifiées) ; aucun message rejeté.

## lobby-hub export visits
hub-export-written = Visites exportées : { $rows } ({ $file }).
