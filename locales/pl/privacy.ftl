## lobby privacy: wnioski osoby dotyczące jej danych (zgłoszenie 23)

privacy-pdf-title = Co { $site } przechowuje o Tobie
privacy-pdf-intro = Wszystko, co Lobby, system recepcji, przechowywał w dniu { $date } o osobie wskazanej jako „{ $named }”. Plik personal-data.json obok tego dokumentu zawiera to samo w formie do odczytu maszynowego.
privacy-pdf-none = Brak.
privacy-pdf-record = Wpis { $id }
privacy-pdf-visits = Wizyty i oprowadzania
privacy-pdf-acceptances = Podpisy i potwierdzenia kodeksu postępowania
privacy-pdf-wifi = Dostępy Wi-Fi
privacy-pdf-roll-calls = Apele ewakuacyjne
privacy-pdf-messages = Wiadomości o Twoich wizytach
privacy-pdf-invitations = Zaproszenia
privacy-pdf-badges = Wydrukowane identyfikatory gościa
privacy-pdf-approvals = Rejestracje czekające na zatwierdzenie
privacy-pdf-profile = Profil gościa
privacy-pdf-incidents = Zgłoszenia bezpieczeństwa, które Cię wymieniają
privacy-pdf-deny = Wpisy na liście zakazów
privacy-pdf-holds = Obowiązki przechowania Twoich danych
privacy-pdf-name = Imię i nazwisko
privacy-pdf-company = Firma
privacy-pdf-email = E-mail
privacy-pdf-phone = Telefon
privacy-pdf-purpose = Cel lub zainteresowanie
privacy-pdf-kind = Rodzaj
privacy-pdf-host = Gospodarz
privacy-pdf-language = Język
privacy-pdf-arrived = Przybycie
privacy-pdf-left = Wyjście
privacy-pdf-lead-consent = Zachowany jako kontakt handlowy
privacy-pdf-anonymised = Zanonimizowano
privacy-pdf-visit = Wizyta
privacy-pdf-policy = Podpisany tekst
privacy-pdf-signed-at = Podpisano
privacy-pdf-signature = Podpis
privacy-pdf-signature-file = Obraz jest w pliku { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = Obraz usunięto; jego SHA-256 { $hash } pozostaje jako dowód podpisu.
privacy-pdf-valid = Ważność
privacy-pdf-label = Wydany dla
privacy-pdf-status = Stan
privacy-pdf-channel = Kanał
privacy-pdf-recipient = Wysłano do
privacy-pdf-created = Data
privacy-pdf-content = Treść
privacy-pdf-description = Opis
privacy-pdf-contact = Kontakt
privacy-pdf-note = Notatka personelu
privacy-pdf-reported = Zgłoszono
privacy-pdf-closed = Zakończono
privacy-pdf-reason = Powód
privacy-pdf-until = Do
privacy-pdf-last-visit = Ostatnia wizyta
privacy-pdf-yes = Tak
privacy-pdf-no = Nie
privacy-pdf-rights = Możesz poprosić recepcję o sprostowanie lub usunięcie tych danych. Dane objęte obowiązkiem przechowania pozostają do jego końca (art. 17 ust. 3 RODO).

## lobby privacy (wiersz poleceń)
cli-privacy-exported = Zapisano { $json } i { $pdf }: wpisów: { $records }. Wniosek #{ $id } ma odpowiedź.
cli-privacy-received = Wniosek #{ $id } ({ $kind }) otrzymany { $received }: odpowiedź do { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, otrzymany { $received }, termin { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] został 1 dzień
    [few] zostały { $days } dni
    [many] zostało { $days } dni
   *[other] zostało { $days } dnia
}
cli-privacy-overdue = { $days ->
    [one] 1 dzień po terminie
    [few] { $days } dni po terminie
    [many] { $days } dni po terminie
   *[other] { $days } dnia po terminie
}
cli-privacy-answered = odpowiedziano { $at }
cli-privacy-no-requests = Brak otwartych wniosków.
cli-privacy-erased = Usunięcie #{ $id }, { $at }:
cli-privacy-erased-line = - usunięto: { $table }: { $count }
cli-privacy-nothing-erased = - nie zostało nic do usunięcia.
cli-privacy-kept-heading = Zachowano (art. 17 ust. 3 RODO):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = wymieniony w zgłoszeniu bezpieczeństwa, które jest nadal otwarte
cli-privacy-why-hold = obowiązek przechowania #{ $hold } do { $until }: { $reason }
cli-privacy-why-deny = wpis na liście zakazów (zmienia się go poleceniem lobby deny)
cli-privacy-nothing-kept = Niczego nie zachowano.
cli-privacy-backups = Kopie zapasowe sprzed { $at } zawierają usunięte dane, dopóki nie zostaną zastąpione nowszymi.
cli-privacy-wal-busy = Inny program czyta bazę danych: usunięte dane opuszczą jej dziennik zapisu z wyprzedzeniem, gdy ten program ją zwolni.
cli-privacy-table = { $table ->
    [visits] wizyty
    [acceptances] podpisy
    [wifi_passes] dostępy Wi-Fi
    [roll_call_entries] wpisy apelu
    [outbox] wiadomości
    [invitations] zaproszenia
    [approvals] rejestracje do zatwierdzenia
    [visitor_profiles] profil gościa
    [incidents] zgłoszenia bezpieczeństwa
   *[deny_entries] wpisy na liście zakazów
}
cli-privacy-hold-set = Obowiązek przechowania #{ $id } dla { $who } do { $until }.
cli-privacy-hold-line = #{ $id } { $who } do { $until }: { $reason }
cli-privacy-hold-released = Obowiązek przechowania #{ $id } zniesiony.
cli-privacy-hold-unknown = Brak aktywnego obowiązku przechowania #{ $id }.
cli-privacy-no-holds = Brak aktywnych obowiązków przechowania.
