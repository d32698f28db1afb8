# `lobby deny`: lista odmów i jej lista bezpiecznych adresów, dla operatorów, w ich języku.

cli-deny-added = Dodano wpis #{ $id } do listy odmów: { $name }.
cli-deny-line = #{ $id } { $name } (dodano { $added })
cli-deny-aliases = Znany też jako: { $value }
cli-deny-email = E-mail: { $value }
cli-deny-phone = Telefon: { $value }
cli-deny-reason = Powód: { $value }
cli-deny-none = Lista odmów jest pusta.
cli-deny-removed = Usunięto wpis #{ $id } z listy odmów wraz z całą jego treścią.
cli-deny-safe-added = { $email } jest na liście bezpiecznych adresów: gdy z wpisem zgadza się tylko imię i nazwisko, ta osoba nie jest zatrzymywana.
cli-deny-safe-already = { $email } był już na liście bezpiecznych adresów.
cli-deny-safe-removed = { $email } nie jest już na liście bezpiecznych adresów.
cli-deny-safe-not-found = { $email } nie ma na liście bezpiecznych adresów; niczego nie zmieniono.
cli-deny-safe-none = Lista bezpiecznych adresów jest pusta.
cli-deny-safe-line = { $email } (dodano { $added })
