# `lobby deny`: de weigerlijst en haar veilige lijst, voor beheerders, in hun taal.

cli-deny-added = Weigerlijstvermelding #{ $id } toegevoegd: { $name }.
cli-deny-line = #{ $id } { $name } (toegevoegd { $added })
cli-deny-aliases = Ook bekend als: { $value }
cli-deny-email = E-mail: { $value }
cli-deny-phone = Telefoon: { $value }
cli-deny-reason = Reden: { $value }
cli-deny-none = De weigerlijst is leeg.
cli-deny-removed = Weigerlijstvermelding #{ $id } verwijderd, met alles wat erin stond.
cli-deny-safe-added = { $email } staat op de veilige lijst: als alleen de naam overeenkomt met een vermelding, wordt deze bezoeker niet tegengehouden.
cli-deny-safe-already = { $email } stond al op de veilige lijst.
cli-deny-safe-removed = { $email } staat niet meer op de veilige lijst.
cli-deny-safe-not-found = { $email } staat niet op de veilige lijst; er is niets gewijzigd.
cli-deny-safe-none = De veilige lijst is leeg.
cli-deny-safe-line = { $email } (toegevoegd { $added })
