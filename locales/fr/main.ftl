# Kiosque Lobby — les écrans. en-US est la référence : chaque autre langue contient chaque
# message et chaque attribut de ce fichier. Les données du site (noms, nombres) sont toujours des arguments.

## La langue telle que ses locuteurs l’écrivent (affichée dans le sélecteur de langue).
language-name = Français

## Accueil
home-welcome = Bienvenue à { $site }
home-prompt = Comment pouvons-nous vous aider aujourd’hui ?
home-desk-help = Vous rendez visite à quelqu’un ? Adressez-vous à l’accueil. L’enregistrement en libre-service sur cette tablette arrive bientôt.
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

## Connexion du personnel
staff-signin-title = Connexion du personnel
staff-signin-hint = Saisissez votre code PIN et le code à 6 chiffres de votre application d’authentification.
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
