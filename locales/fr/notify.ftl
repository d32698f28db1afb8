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
