# Messages à l’hôte quand son invité arrive (e-mail, Slack, Teams, webhook), dans la langue
# de l’hôte. Seulement qui est venu, de quelle société, quel type de visite, quand, où attendre.
notify-arrival-subject = { $visitor } est arrivé·e pour vous
notify-arrival-subject-company = { $visitor } ({ $company }) est arrivé·e pour vous
notify-arrival-lead = { $visitor } s’est enregistré·e à { $site } à { $time }.
notify-label-visitor = Visiteur
notify-label-company = Société
notify-label-kind = Visite
notify-label-time = Arrivée
notify-label-where = Enregistré·e à
notify-label-waiting = Attend
notify-where = { $site }, tablette { $kiosk }
notify-test-subject = Message de test de { $site }
notify-test-lead = Bonjour { $host }, ceci est un test de { $site } (tablette { $kiosk }). Quand l’un de vos invités s’enregistrera, vous serez prévenu·e ainsi.
notify-footer = Envoyé automatiquement par Lobby à { $site }. Les réponses ne sont pas lues.
notify-invite-subject = Votre invitation à { $site }
notify-invite-lead = Bonjour { $guest }, { $host } vous invite à { $site }.
notify-label-code = Votre code
notify-label-day = Jour
notify-label-hours = Ouvert
notify-label-address = Adresse
notify-label-host = Votre hôte
notify-invite-closed = fermé ce jour-là : convenez d’une heure avec votre hôte
notify-invite-how = À l’entrée, touchez « J’ai une invitation » sur la tablette, puis saisissez le code ou présentez le QR code au lecteur.
notify-held-subject = Quelqu’un attend le personnel à { $kiosk }
notify-held-lead = Un enregistrement à { $site } correspond à l’entrée { $entry } de la liste d’exclusion et attend un membre du personnel sur la borne { $kiosk }. Aucune visite n’est enregistrée et aucun hôte n’est prévenu tant que personne ne l’a laissé entrer ou refusé sur l’écran du personnel.
notify-label-since = En attente depuis
notify-label-entry = Entrée de la liste
