# Kiosk Lobby — ekrany. en-US jest wzorcem: każdy inny język zawiera każdy komunikat
# i każdy atrybut tego pliku. Dane miejsca (nazwy, liczby) są zawsze argumentami.

## Nazwa języka zapisana tak, jak piszą ją jego użytkownicy (widoczna w wyborze języka).
language-name = Polski

## Ekran startowy
home-welcome = Witamy w { $site }
home-prompt = W czym możemy pomóc?
home-desk-help = Potrzebujesz pomocy? Zapytaj w recepcji.
home-check-in = Zarejestruj wejście
home-check-in-help = Wizyta u członka, karnet dzienny, praca lub rozmowa kwalifikacyjna
home-members = Członkowie: przyłóż identyfikator do czytnika, aby się zameldować.
home-tour = Chcę zwiedzić przestrzeń
home-check-out = Zarejestruj wyjście
home-staff = Personel
idle-still-there = Jesteś tam? Ten ekran za kilka sekund zacznie od nowa.
idle-still-here = Nadal tu jestem
home-language = Język
home-demo = Tryb demonstracyjny
home-today = Dzisiaj: { $date }

## Działania używane na wielu ekranach
action-cancel = Anuluj
action-back = Wstecz
action-sign-in = Zaloguj się
action-sign-out = Wyloguj się
action-close = Zamknij
action-continue = Dalej
action-done = Gotowe

## Rejestracja wejścia: rodzaj wizyty
checkin-type-title = Jaki jest cel wizyty?
visit-kind = { $kind ->
    [member] Członek
    [guest] Wizyta u członka
    [tour] Zwiedzanie przestrzeni
    [day-pass] Karnet dzienny
    [contractor] Wykonawca
    [delivery] Dostawa
   *[interview] Rozmowa kwalifikacyjna lub wydarzenie
}
visit-kind-help = { $kind ->
    [guest] Zaproszenie od osoby, która tu pracuje.
    [tour] Obejrzyj przestrzeń z osobą z naszego zespołu.
    [day-pass] Praca u nas przez jeden dzień.
    [contractor] Naprawa lub montaż.
    [delivery] Przynosisz paczkę lub towar dla kogoś stąd.
   *[interview] Rozmowa kwalifikacyjna lub udział w wydarzeniu.
}

## Rejestracja wejścia: Twoje dane
checkin-details-title = Twoje dane
checkin-optional = opcjonalnie
field-name = Imię i nazwisko
field-company = Firma
field-email = E-mail
field-phone = Telefon
field-purpose = Cel wizyty
field-interest = Czego szukasz?

## Rejestracja wejścia: osoba odwiedzana
checkin-host-title = Kogo odwiedzasz?
checkin-host-search = Wpisz co najmniej 2 litery imienia lub nazwiska
checkin-host-none = Nie znaleziono członka. Sprawdź pisownię lub zapytaj w recepcji.
checkin-host-chosen = Odwiedzasz: { $host }
checkin-host-unknown = Mojego gospodarza nie ma na liście lub nie wiem
checkin-recipient-title = Dla kogo jest dostawa?
checkin-recipient-unknown = Dla recepcji albo nie wiem

## Rejestracja wejścia: zwiedzanie
checkin-guide-title = Kto Cię oprowadzi?
checkin-guide-unknown = Nie wiem
checkin-off-limits-title = Prosimy nie wchodzić do tych stref
checkin-off-limits-intro = Ze względów bezpieczeństwa i ze względu na prywatność naszych członków podczas zwiedzania nie wolno wchodzić do następujących stref:
checkin-off-limits-ack = Rozumiem
checkin-lead-title = Pozostańmy w kontakcie?
checkin-lead-consent = { $site } może kontaktować się ze mną w sprawie członkostwa, korzystając z poniższych danych.
checkin-lead-note = Zachowujemy te dane tylko wtedy, gdy zaznaczysz to pole. W przeciwnym razie przechowujemy wyłącznie Twoje imię i nazwisko oraz czas wizyty.
checkin-returning = Byłem tu już wcześniej
checkin-returning-title = Witamy ponownie
checkin-returning-help = Wpisz adres e-mail podany, gdy prosiłeś, abyśmy cię zapamiętali.
checkin-returning-find = Znajdź mnie
checkin-returning-found-title = Czy to ty?
checkin-returning-yes = Tak, wypełnij
checkin-returning-no = Nie, zacznij od nowa
checkin-returning-forget = Zapomnij mnie
checkin-returning-forget-note = „Zapomnij mnie” usuwa te dane teraz. Twoje wizyty przechowujemy tylko tak, jak mówi nasza informacja o prywatności.
checkin-returning-forgotten = Gotowe: usunęliśmy dane, które dla ciebie przechowywaliśmy.
checkin-remember = Zapamiętaj mnie na następny raz
checkin-remember-note = Jeśli to zaznaczysz, przechowamy twoje imię i nazwisko, dane kontaktowe, język i podpisaną wersję Kodeksu postępowania przez { $days } dni od ostatniej wizyty, aby następnym razem wypełnić to za ciebie. „Zapomnij mnie” usuwa je w każdej chwili.
checkin-wait-title = Proszę chwilę poczekać, zaraz ktoś podejdzie.
checkin-wait-body = Dziękujemy za cierpliwość.
checkin-wait-staff = Personel

## Rejestracja wejścia: prywatność
checkin-privacy-title = Twoja prywatność
checkin-privacy-body = Przechowujemy Twoje imię i nazwisko, informację, kogo odwiedzasz, oraz godziny wejścia i wyjścia, aby w sytuacji zagrożenia wiedzieć, kto jest w budynku, i aby dbać o bezpieczeństwo przestrzeni. Po { $days ->
    [one] jednym dniu
    [few] { $days } dniach
    [many] { $days } dniach
   *[other] { $days } dnia
} Twoje imię i nazwisko oraz dane kontaktowe są usuwane. Aby zobaczyć lub usunąć swoje dane, zapytaj w recepcji { $site }.
checkin-privacy-accept = Zgadzam się

## Rejestracja wejścia: powitanie
checkin-welcome-title = Witamy, { $name }!
checkin-welcome-host = Odwiedzasz: { $host }
checkin-welcome-guide = { $host } oprowadzi Cię po przestrzeni.
checkin-welcome-front-desk = { $desk } odnajdzie Twojego gospodarza i powie mu, że jesteś.
checkin-welcome-front-desk-tour = { $desk } znajdzie kogoś, kto Cię oprowadzi.
checkin-welcome-delivery = Dostawa dla: { $host }.
checkin-welcome-delivery-desk = { $desk } odbierze dostawę.
checkin-welcome-host-told = Dajemy znać osobie { $host }, że już jesteś.
checkin-badge-printing = Twoja plakietka gościa właśnie się drukuje: odbierz ją z drukarki i noś przez cały czas pobytu.
checkin-badge-ready = Twoja plakietka gościa jest gotowa: odbierz ją z drukarki i noś przez cały czas pobytu.
checkin-badge-desk = Nie udało się wydrukować Twojej plakietki gościa: odbierz ją w recepcji.
checkin-welcome-delivery-told = Dajemy znać osobie { $host }, że dostawa już jest.
checkin-welcome-code = Twój kod wyjścia
checkin-welcome-code-help = Wpisz go tutaj przy wyjściu.
checkin-welcome-wait-title = Gdzie zaczekać

## Wi-Fi dla gości na ekranie powitalnym.
wifi-title = Wi-Fi
wifi-scan = Skieruj aparat telefonu na kod, aby połączyć się z siecią.
wifi-qr-label = Kod QR do połączenia z siecią { $ssid }
wifi-network = Sieć
wifi-username = Nazwa użytkownika
wifi-password = Hasło
wifi-open = Hasło nie jest potrzebne.
wifi-until = Działa do { $time }.
wifi-enterprise-help = Na laptopie wybierz sieć, następnie PEAP, i wpisz nazwę użytkownika oraz hasło.
wifi-closed = { $opens ->
    [none] Sieć Wi-Fi dla gości jest teraz wyłączona.
   *[other] Sieć Wi-Fi dla gości jest wyłączona na noc; będzie znów dostępna od { $opens }.
}

## Personel: Wi-Fi dla gości.
staff-wifi-title = Wi-Fi dla gości
staff-wifi-tier = Sieć
staff-wifi-hours = Liczba godzin
staff-wifi-for = Dla kogo?
staff-wifi-issue = Wydaj dostęp
staff-wifi-issued = Wi-Fi dla: { $label }
staff-wifi-active = { $count ->
    [0] Brak aktywnych dostępów.
    [one] Jeden aktywny dostęp:
    [few] { $count } aktywne dostępy:
    [many] { $count } aktywnych dostępów:
   *[other] { $count } aktywnego dostępu:
}
staff-wifi-ends = do { $time }
staff-wifi-revoke = Unieważnij
staff-wifi-revoked = Zakończono dostęp: { $holder }.
staff-wifi-rotate = Nowe hasło dla { $ssid }
staff-wifi-rotated = Sieć { $ssid } ma nowe hasło.
staff-wifi-closed = Sieć { $ssid } jest wyłączona do godziny otwarcia.
## Personel: plan bezpieczeństwa (także `lobby report security-plan`).
staff-plan-title = Plan bezpieczeństwa
staff-plan-backup = Ostatnia kopia zapasowa: { $at }
staff-plan-backup-none = Nie wykonano jeszcze żadnej kopii zapasowej.
staff-plan-backup-stale = Ostatnia kopia zapasowa jest zbyt stara. Sprawdź folder kopii zapasowych lub uruchom „lobby backup now”.
staff-plan-backup-failed = Ostatnia kopia zapasowa nie powiodła się: { $reason }
staff-plan-restore-test = Ostatni test przywracania: { $at }
staff-plan-restore-test-none = Nie wykonano jeszcze testu przywracania („lobby backup test”).
staff-plan-staff = { $accounts ->
    [one] Jedno konto personelu
    [few] { $accounts } konta personelu
    [many] { $accounts } kont personelu
   *[other] { $accounts } konta personelu
}: { $authenticator } z aplikacją uwierzytelniającą, { $badge } z identyfikatorem personelu.
staff-plan-wifi = { $passes ->
    [0] Brak aktywnych dostępów do Wi-Fi dla gości.
    [one] Jeden aktywny dostęp do Wi-Fi dla gości.
    [few] { $passes } aktywne dostępy do Wi-Fi dla gości.
    [many] { $passes } aktywnych dostępów do Wi-Fi dla gości.
   *[other] { $passes } aktywnego dostępu do Wi-Fi dla gości.
}
staff-plan-wifi-shared = { $tier }: hasło zmienione { $at }
staff-plan-policy = { $policy }: aktualna wersja zaakceptowana przez { $accepted } z { $members ->
    [one] { $members } członka
    [few] { $members } członków
    [many] { $members } członków
   *[other] { $members } członka
}
staff-plan-roll-call = Ostatni apel: { $at }, osoby: { $people }, nieodnalezione: { $missing }
staff-plan-roll-call-none = Nie przeprowadzono jeszcze apelu ani ćwiczeń.
staff-plan-retention = Wizyty są anonimizowane po { $days ->
    [one] jednym dniu
    [few] { $days } dniach
    [many] { $days } dniach
   *[other] { $days } dnia
}.
staff-plan-audit-head = Nagłówek dziennika audytu do zapisania (klucz lokalizacji { $key }):
staff-wifi-problem = Serwer { $backend } nie ma aktualnych danych: { $reason }. Lobby ponawia próbę co 30 sekund; rejestracja wejść działa dalej, a dostępy zaczną działać, gdy serwer znów będzie dostępny.

## Rejestracja wyjścia
checkout-title = Rejestracja wyjścia
checkout-help = Wpisz 6-cyfrowy kod z ekranu powitalnego.
checkout-code = Kod wyjścia
checkout-done-title = Do widzenia, { $name }!
checkout-done-body = Wyjście zostało zarejestrowane. Dziękujemy za wizytę.
checkout-no-code = Nie mam kodu
checkout-by-name-title = Wymelduj się, podając imię i nazwisko
checkout-by-name-name = Twoje imię i nazwisko, jak przy meldowaniu
checkout-by-name-host = Imię Twojego gospodarza

## Personel: kto jest na miejscu, apel
staff-onsite-title = Obecnie na miejscu
staff-onsite-empty = Brak gości na miejscu.
staff-onsite-count = { $count ->
    [one] Jedna osoba na miejscu
    [few] { $count } osoby na miejscu
    [many] { $count } osób na miejscu
   *[other] { $count } osoby na miejscu
}
staff-onsite-host = Wizyta u: { $host }
staff-onsite-since = Od { $time }
staff-onsite-tablet = Przy { $tablet }
staff-onsite-reprint = Wydrukuj plakietkę ponownie
staff-onsite-reprinted = { $name }: plakietkę gościa wysłano do drukarki.
staff-print-problem = Drukarka plakietek nie wydrukowała ostatniej plakietki gościa ({ $at }): { $problem }
staff-print-problem-count = { $count ->
    [one] Dziś nie udało się wydrukować jednej plakietki.
    [few] Dziś nie udało się wydrukować { $count } plakietek.
    [many] Dziś nie udało się wydrukować { $count } plakietek.
   *[other] Dziś nie udało się wydrukować { $count } plakietki.
}
staff-self-checkouts-title = Wymeldowani dziś przy ekranie
staff-self-checkouts-hint = Kodem lub nazwiskiem, przy kiosku. Jeśli ktoś nie wymeldował się sam, cofnij to: znów jest na miejscu i na liście obecności. Jego przepustka Wi-Fi pozostaje zakończona.
staff-self-checkout-at = Wyszedł o { $time }
staff-undo-check-out = Cofnij
staff-undo-check-out-person = Cofnij wymeldowanie: { $name }
staff-check-out-person = Zarejestruj wyjście: { $name }
staff-rollcall-start = Rozpocznij apel
staff-rollcall-title = Apel
staff-rollcall-progress = W bezpiecznym miejscu: { $safe } · Nie odnaleziono: { $missing } · Do sprawdzenia: { $unaccounted }
staff-rollcall-mark-safe = { $name }: w bezpiecznym miejscu
staff-rollcall-mark-missing = { $name }: nie odnaleziono
staff-rollcall-safe = W bezpiecznym miejscu
staff-rollcall-missing = Nie odnaleziono
staff-rollcall-finish = Zakończ apel
staff-rollcall-finished = Apel zakończony o { $time }.

## Logowanie personelu
staff-signin-title = Logowanie personelu
staff-signin-who = Kto się loguje?
staff-signin-who-hint = Dotknij swojego imienia lub przyłóż identyfikator personelu do czytnika.
staff-signin-someone-else = Ktoś inny
staff-signin-hint = Wpisz PIN i 6-cyfrowy kod z aplikacji uwierzytelniającej.
staff-signin-badge-read = Odczytano identyfikator personelu. Wpisz PIN i zaloguj się; kod nie jest potrzebny.
staff-signin-pin = PIN
staff-signin-code = Kod uwierzytelniający
staff-signin-working = Sprawdzanie…

## Ekran startowy personelu
staff-home-title = Zalogowano jako { $name }
scroll-more = Więcej poniżej
staff-home-session-held = Trwa tryb awaryjny lub sprawdzanie obecności: pozostajesz zalogowany do jego końca. Wyloguj się, odchodząc od kiosku.
staff-home-session = Ze względów bezpieczeństwa nastąpi wylogowanie po { $minutes ->
    [one] jednej minucie
    [few] { $minutes } minutach
    [many] { $minutes } minutach
   *[other] { $minutes } minuty
} bez aktywności.
staff-home-counts = { $staff ->
    [one] Jedno konto personelu
    [few] { $staff } konta personelu
    [many] { $staff } kont personelu
   *[other] { $staff } konta personelu
}, { $members ->
    [one] jeden aktywny członek
    [few] { $members } aktywnych członków
    [many] { $members } aktywnych członków
   *[other] { $members } aktywnego członka
}
staff-audit-title = Dziennik audytu
staff-audit-intact = Nienaruszony: { $entries ->
    [one] jeden wpis, sprawdzony.
    [few] { $entries } wpisy, każdy sprawdzony.
    [many] { $entries } wpisów, każdy sprawdzony.
   *[other] { $entries } wpisu, każdy sprawdzony.
}
staff-audit-broken = Naruszony we wpisie { $seq }: { $problem ->
    [altered] jego treść została zmieniona.
    [unlinked] nie wynika już z poprzedniego wpisu; jakiś wpis został usunięty, zastąpiony lub przeniesiony.
    [missing] w tym miejscu brakuje wpisów.
    [unkeyed] nie jest podpisany kluczem lokalizacji: dziennik przepisano od tego miejsca.
    [wrong-key] dziennik jest podpisany innym kluczem lokalizacji.
   *[truncated] wpisy zostały odcięte z końca dziennika.
}
staff-recent-title = Ostatnia aktywność
staff-recent-empty = Nic jeszcze nie zarejestrowano.
staff-recent-entry = { $action ->
    [staff-sign-in] Próba logowania personelu
    [staff-sign-out] Wylogowanie personelu
    [staff-add] Utworzenie konta personelu
    [staff-disable] Wyłączenie konta personelu
    [staff-enable] Włączenie konta personelu
    [staff-reset-pin] Zmiana PIN-u personelu
    [staff-reset-totp] Zmiana uwierzytelniacza personelu
    [staff-unlock] Odblokowanie logowania personelu
    [site-key] Ustawiono klucz lokalizacji, sekrety zapieczętowane
    [demo-seed] Dodanie danych demonstracyjnych
    [visit-check-in] Rejestracja wejścia gościa
    [visit-check-out] Rejestracja wyjścia gościa
    [visit-check-out-undo] Personel cofnął wymeldowanie
    [roll-call-start] Rozpoczęcie apelu
    [roll-call-mark] Apel: oznaczenie osoby
    [roll-call-finish] Zakończenie apelu
    [members-import] Import członków
    [export] Eksport danych
    [visits-anonymise] Anonimizacja starych wizyt
    [policy-publish] Publikacja wersji regulaminu
    [policy-accept] Podpisanie regulaminu
    [policy-decline] Odrzucenie regulaminu
    [badge-enroll] Przypisanie identyfikatora
    [badge-revoke] Unieważnienie identyfikatora
    [badge-restore] Przywrócono zawieszoną kartę
    [notify-test] Wysłano wiadomość testową do gospodarza
    [notify-resend] Ponownie wysłano wiadomość do gospodarza
    [notify-failed] Nie dostarczono wiadomości do gospodarza
    [invitation-create] Utworzono zaproszenie
    [invitation-cancel] Anulowano zaproszenie
    [invitation-guessing] Błędne kody zaproszeń: formularz spowolniony
    [badge-printed] Wydrukowano plakietkę gościa
    [badge-print-failed] Nie udało się wydrukować plakietki gościa
    [badge-reprint] Ponownie wydrukowano plakietkę gościa
    [screen-restarted] Ekran przestał działać i został uruchomiony ponownie
    [screen-failing] Ekran wielokrotnie przestawał działać: aplikacja uruchomiła się ponownie
    [member-notify] Zmieniono sposób powiadamiania członka
    [badge-unknown] Przyłożenie nieznanej karty
    [badge-refused] Odrzucenie identyfikatora
    [member-check-in] Wejście członka
    [badges-export] Eksport listy identyfikatorów
    [staff-badge-enroll] Ustawienie identyfikatora personelu
    [member-add] Dodanie członka
    [wifi-pass-issue] Wydanie dostępu do Wi-Fi
    [wifi-pass-end] Zakończenie dostępu do Wi-Fi
    [wifi-rotate] Zmiana hasła Wi-Fi
    [wifi-tier-open] Włączenie sieci Wi-Fi
    [wifi-tier-close] Wyłączenie sieci Wi-Fi na noc
    [wifi-shared-shown] Przekazanie wspólnego hasła Wi-Fi
    [backup] Wykonanie kopii zapasowej
    [backup-failed] Nieudana kopia zapasowa
    [backup-restore-test] Test przywracania kopii zapasowej
    [backup-restore] Przywrócenie bazy danych z kopii zapasowej
    [emergency-start] Włączenie trybu awaryjnego
    [emergency-end] Zakończenie trybu awaryjnego: alarm odwołany
    [incident-report] Zgłoszenie problemu z bezpieczeństwem
    [incident-acknowledge] Przyjęcie zgłoszenia bezpieczeństwa
    [incident-close] Zamknięcie zgłoszenia bezpieczeństwa
    [badge-suspend] Zablokowanie identyfikatora po zgłoszeniu zgubienia
    [profile-remember] Gość poprosił o zapamiętanie
    [profile-forget] Profil gościa usunięty na prośbę
    [profiles-expire] Profile gości usunięte po okresie przechowywania
    [approval-hold] Zgłoszenie wstrzymane dla personelu (lista odmów)
    [approval-approve] Wstrzymane zgłoszenie wpuszczone
    [approval-deny] Wstrzymane zgłoszenie odrzucone
    [approvals-abandon] Wstrzymane zgłoszenia porzucone bez decyzji
    [deny-add] Osoba dodana do listy odmów
    [deny-remove] Osoba usunięta z listy odmów
    [deny-safe-add] Adres dodany do listy bezpiecznych
    [deny-safe-remove] Adres usunięty z listy bezpiecznych
    [privacy-request] Zarejestrowano wniosek dotyczący danych osoby
    [privacy-export] Wyeksportowano wszystko o osobie
    [privacy-erase] Usunięto dane osoby na wniosek
    [privacy-hold] Ustanowiono blokadę prawną
    [privacy-hold-release] Zniesiono blokadę prawną
    [fleet-join] Dołączono do floty
    [fleet-leave] Opuszczono flotę
    [fleet-apply] Zastosowano wspólną zmianę z centrali
    [fleet-check-out] Wymeldowano wizytę z innego tabletu
    [fleet-share-visit] Trwająca wizyta udostępniona lokalizacji przy dołączeniu
   *[other] { $action }
}
staff-signed-out-idle = Wylogowano po okresie bezczynności.

## Błędy: jeden na każdy kod błędu, wybierany według kodu, nigdy według tekstu z aplikacji.
error-internal = Coś poszło nie tak na tym tablecie. Spróbuj ponownie lub zapytaj w recepcji.
error-staff-session-required = Najpierw zaloguj się na konto personelu.
error-sign-in-failed = Nieprawidłowy PIN lub kod. { $remaining ->
    [one] Została jedna próba przed zablokowaniem logowania.
    [few] Zostały { $remaining } próby przed zablokowaniem logowania.
    [many] Zostało { $remaining } prób przed zablokowaniem logowania.
   *[other] Zostało { $remaining } próby przed zablokowaniem logowania.
}
error-sign-in-locked = Zbyt wiele nieudanych prób. Logowanie jest zablokowane; spróbuj ponownie za { $seconds ->
    [one] jedną sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-pin-invalid = PIN ma od 6 do 12 cyfr.
error-code-invalid = Kod to 6 cyfr widocznych w aplikacji uwierzytelniającej.
error-staff-exists = Konto personelu „{ $name }” już istnieje.
error-staff-not-found = Nie ma konta personelu „{ $name }”.
error-staff-name-invalid = Nazwa konta personelu musi mieć od 1 do 80 znaków i nie może brzmieć lobby-fleet (zarezerwowane dla floty).
error-field-required = { $field ->
    [name] Wpisz imię i nazwisko.
    [company] Wpisz nazwę firmy.
    [email] Wpisz adres e-mail.
    [phone] Wpisz numer telefonu.
    [purpose] Podaj cel wizyty.
    [id] Brak ID członka.
    [signer_name] Przy podpisie wpisz swoje imię i nazwisko.
    [label] Podaj, dla kogo jest dostęp.
    [description] Opisz, co się stało.
    [note] Opisz, co zostało zrobione.
    [message] Wpisz komunikat do wyświetlenia na ekranie.
    [kind] Wybierz, czego to dotyczy.
   *[other] Wypełnij to pole.
}
error-field-too-long = { $field ->
    [name] To imię i nazwisko jest za długie
   *[other] Ten tekst jest za długi
}: maksymalna liczba znaków to { $max }.
error-field-invalid-characters = { $field ->
    [active] Wpisz „yes” lub „no”.
    [line] Nie można odczytać tego wiersza.
    [notify] Wpisz kanały jako email, slack, teams lub webhook, oddzielone przecinkami, albo none.
    [language] Wpisz jeden z języków Lobby, np. de lub pt-BR.
    [id] ID członka może zawierać tylko litery, cyfry oraz znaki „-”, „_” i „.”.
   *[other] Użyj tutaj tylko liter, cyfr i zwykłych znaków interpunkcyjnych.
}
error-email-invalid = Sprawdź adres e-mail, na przykład imie@example.com.
error-phone-invalid = Sprawdź numer telefonu: dozwolone są tylko cyfry, spacje oraz znaki + - ( ).
error-visit-type-unavailable = Ten rodzaj wizyty nie jest tu dostępny. Zapytaj w recepcji.
error-host-required = Wybierz członka, którego odwiedzasz.
error-host-unknown = Nie udało się znaleźć tego członka. Zapytaj w recepcji.
error-guide-required = Wybierz osobę, która Cię oprowadzi.
error-privacy-not-accepted = Aby zarejestrować wejście, przeczytaj i zaakceptuj informację o prywatności.
error-off-limits-not-shown = Potwierdź zapoznanie się ze strefami, do których nie wolno wchodzić.
error-checkout-code-unknown = Nie znaleziono wizyty z tym kodem. Sprawdź 6 cyfr lub zapytaj w recepcji.
error-checkout-name-unknown = Nie udało się wymeldować Cię na podstawie tych danych. Zgłoś się do recepcji: tam Cię wymeldują.
error-checkout-paused = Zbyt wiele błędnych prób w tym kiosku. Spróbuj ponownie za { $seconds } s lub zgłoś się do recepcji.
error-already-checked-out = Wyjście z tej wizyty zostało już zarejestrowane. Dziękujemy za wizytę!
error-visit-not-found = Ta wizyta już nie istnieje.
error-printing-off = W lobby.toml nie skonfigurowano drukarki plakietek ([printing]).
error-roll-call-not-found = Ten apel już nie istnieje.
error-roll-call-finished = Ten apel został zakończony i nie można go już zmienić.
error-import-rejected = { $count ->
    [one] Nie można odczytać wiersza { $lines }
    [few] Nie można odczytać wierszy { $lines }
    [many] Nie można odczytać wierszy { $lines }
   *[other] Nie można odczytać wierszy { $lines }
}; niczego nie zaimportowano.
error-signature-missing = Podpisz się palcem w ramce.
error-signature-too-small = To za mało jak na podpis. Podpisz się na całej szerokości ramki.
error-signature-invalid = Nie można odczytać podpisu. Wyczyść go i podpisz się ponownie.
error-policy-unknown = Nie ma tu regulaminu o nazwie „{ $policy }”.
error-policy-text-invalid = Nie można opublikować tekstu w języku { $lang }: musi to być Markdown w UTF-8, zaczynający się wierszem „# Tytuł”, o rozmiarze najwyżej 256 KB.
error-policy-language-published = Ta wersja ma już tekst w języku { $lang }. Opublikowanych tekstów nigdy się nie zastępuje: zamiast tego opublikuj nową wersję.
error-policy-version-unknown = Ten regulamin nie ma wersji { $version }.
error-policy-reference-missing = Nowa wersja wymaga tekstu w języku { $lang }, czyli w języku zapasowym dla wszystkich czytelników.
error-policy-outdated = Ten tekst został przed chwilą zaktualizowany. Przeczytaj nową wersję.
error-policy-not-accepted = Aby zarejestrować wejście, przeczytaj i podpisz Kodeks postępowania.
error-member-not-found = Tej osoby nie ma na liście członków.
error-member-session-required = Przyłóż ponownie swój identyfikator lub zapytaj personel w recepcji.
error-acceptance-not-found = Nie ma potwierdzenia o tym numerze.

## Czytanie i podpisywanie regulaminu
policy-fallback = Ten tekst nie jest jeszcze dostępny w Twoim języku, dlatego jest wyświetlany w głównym języku tego miejsca.
policy-read-hint = Przeczytaj do końca, aby kontynuować.
policy-read-done = Dziękujemy za przeczytanie.
policy-continue = Przejdź do podpisu
policy-decline = Nie zgadzam się
policy-decline-confirm = Na pewno? Bez zgody nie możesz się dziś zameldować.
policy-decline-keep = Wróć
policy-decline-yes = Tak, nie zgadzam się
policy-sign-title = Podpisz, aby wyrazić zgodę
policy-sign-intro = Podpisując, akceptujesz dokument „{ $title }” w wersji { $version }.
policy-signer-name = Imię i nazwisko
policy-signature-label = Podpis: podpisz się palcem
policy-signature-hint = Podpisz tutaj
policy-signature-clear = Wyczyść
policy-signature-undo = Cofnij
policy-agree = Zgadzam się
policy-declined-title = Dziękujemy za poświęcony czas
policy-declined-body = Możemy przyjąć tylko osoby, które akceptują nasze zasady. Jeśli masz pytania na ich temat, porozmawiaj z kimś w recepcji.

## Członek przy kiosku
member-hello = Dzień dobry, { $name }
member-pending = { $count ->
    [one] Zanim przejdziesz dalej, przeczytaj i podpisz ten dokument:
    [few] Zanim przejdziesz dalej, przeczytaj i podpisz te dokumenty ({ $count }):
    [many] Zanim przejdziesz dalej, przeczytaj i podpisz te dokumenty ({ $count }):
   *[other] Zanim przejdziesz dalej, przeczytaj i podpisz te dokumenty ({ $count }):
}
member-up-to-date = Wszystko zostało podpisane. Dziękujemy!
member-signed = Podpisano. Personel może wydrukować dla Ciebie potwierdzenie.
member-start = Zacznij czytać
member-guest = Zarejestruj gościa

## Personel: przekazanie kiosku członkowi
staff-members-title = Podpisy członków
staff-members-help = Znajdź członka, a następnie przekaż mu kiosk do podpisania regulaminów, których jeszcze nie podpisał. Twoja sesja personelu zostanie zakończona.
staff-members-search = Imię i nazwisko członka
staff-members-handover = Przekaż kiosk: { $name }
error-badge-random-uid = Ta karta przy każdym przyłożeniu podaje inny numer (tak działają telefony oraz niektóre karty płatnicze i karty chroniące prywatność), więc nie może być identyfikatorem. Użyj karty członkowskiej.
error-badge-taken = Ta karta należy obecnie do: { $owner }. Potwierdź, aby zamiast tego przypisać ją temu członkowi.
error-badge-already-enrolled = Ta karta jest już identyfikatorem tego członka.
error-badge-group-unknown = Nie ma tu grupy dostępu „{ $group }”.
error-badge-dates-invalid = { $field ->
    [valid_from] Data początkowa nie jest prawidłową datą.
   *[valid_to] Data końcowa musi być prawidłową datą, taką samą jak data początkowa lub późniejszą.
}
error-badge-not-found = Ten identyfikator już nie istnieje lub został już unieważniony.
error-badge-no-card = Najpierw przyłóż kartę do czytnika.
error-wifi-tier-unknown = Nie ma tu sieci Wi-Fi o nazwie { $tier }.
error-wifi-closed = { $opens ->
    [none] Sieć Wi-Fi dla gości jest wyłączona.
   *[other] Sieć Wi-Fi dla gości jest wyłączona do { $opens }.
}
error-wifi-hours-invalid = Dostęp do Wi-Fi trwa od 1 do 168 godzin.
error-wifi-pass-not-found = Ten dostęp do Wi-Fi już się zakończył.
error-database-in-use = Kiosk nadal ma otwartą bazę danych. Zamknij kiosk, a następnie ponów przywracanie. Niczego nie zmieniono.
error-key-missing = Sekrety personelu w tej bazie są zapieczętowane kluczem lokalizacji { $fingerprint }, którego nie ma w { $path }. Umieść tam plik klucza (kopię przechowywaną osobno od kopii zapasowych) i uruchom ponownie. Niczego nie zmieniono.
error-key-mismatch = Plik klucza { $path } zawiera klucz { $found }, a ta baza potrzebuje { $expected }. Umieść tam właściwy plik klucza i uruchom ponownie. Niczego nie zmieniono.
error-key-unreadable = Nie można odczytać pliku klucza { $path } ({ $problem }). Niczego nie zmieniono.
error-secret-unreadable = Zapisanego sekretu nie da się otworzyć tym kluczem lokalizacji. Personel może ustawić drugi składnik od nowa poleceniem „lobby staff reset-totp IMIĘ”.
error-notification-not-found = Nie ma takiej wiadomości do gospodarza. Odśwież listę.
error-notification-sent = Ta wiadomość została już dostarczona, więc nie zostanie wysłana ponownie.
error-invitation-unknown = Nie znajdujemy tego kodu zaproszenia. Sprawdź go lub zapytaj w recepcji.
error-invitation-expired = To zaproszenie wygasło { $until }. Zapytaj w recepcji.
error-invitation-not-yet = To zaproszenie jest na { $from }. Zapytaj w recepcji.
error-invitation-cancelled = To zaproszenie zostało anulowane. Zapytaj w recepcji.
error-invitation-used = To zaproszenie zostało już użyte do zameldowania. Zapytaj w recepcji.
error-invitation-dates = Zaproszenie zaczyna się dziś lub później i trwa od 1 do 30 dni.
error-profile-not-found = Nie znaleźliśmy tego adresu. Sprawdź go lub zarejestruj się jako nowy gość.
error-approval-needed = Proszę chwilę poczekać, zaraz ktoś podejdzie.
error-approval-not-found = To zgłoszenie nie czeka już na zatwierdzenie.
error-deny-entry-not-found = Na liście odmów nie ma wpisu { $id }.
error-person-not-found = Lobby nie przechowuje nic o tej osobie.
error-hold-dates-invalid = Blokada prawna kończy się w dniu późniejszym niż dziś.
error-invitation-denied = Ten gość pasuje do wpisu { $id } na liście odmów: zaproszenia nie utworzono. Zapytaj w recepcji.
error-request-date-invalid = Wniosek wpływa dziś lub wcześniej (RRRR-MM-DD).
error-storage-full = Ten tablet nie może teraz niczego zapisać: jego pamięć jest pełna. Niczego nie zapisano. Zapytaj w recepcji.
error-backup-invalid = Nie można użyć tej kopii zapasowej: { $problem }
error-database-unreadable = Nie można odczytać bazy danych { $path } ({ $reason }). Niczego nie zmieniono. Przywróć ostatnią dobrą kopię zapasową: „lobby backup list”, a następnie „lobby backup restore FILE”.
error-wifi-not-shared = W tej sieci każdy gość ma osobny login, więc nie ma wspólnego hasła do zmiany.

## Identyfikator przyłożony na ekranie startowym
badge-refused = { $reason ->
    [unknown] Ta karta nie została rozpoznana. Zapytaj personel w recepcji.
    [revoked] Ten identyfikator nie jest już ważny. Zapytaj personel w recepcji.
    [outside-dates] Ten identyfikator nie jest dziś ważny. Zapytaj personel w recepcji.
    [suspended] Ta karta została zawieszona po zgłoszeniu jej zgubienia lub kradzieży. Zwróć się do personelu recepcji: może ją przywrócić.
    [typed] Wpisany numer nigdy nie jest rejestrowany: przyłóż kartę do czytnika.
   *[unreadable] Nie można odczytać karty. Przytrzymaj ją nieruchomo przy czytniku i spróbuj ponownie.
}
member-checked-in = Twoje dzisiejsze wejście zostało zarejestrowane.

## Personel: identyfikatory
staff-badges-title = Identyfikatory
staff-badges-help = Znajdź członka, aby przypisać, unieważnić lub wymienić jego identyfikatory.
staff-badges-suspended-title = Zawieszone po zgłoszeniu zgubienia
staff-badges-suspended-hint = Każdy, kto zna imię i e-mail członka, może zgłosić zgubienie jego karty. Jeśli członek nadal ją ma, przywróć ją: zadziała przy następnym przyłożeniu.
staff-badge-restore = Przywróć
staff-badge-restore-person = Przywróć kartę: { $name }
staff-badge-restored = Karta { $uid } ({ $name }) znów działa.
staff-badges-search = Znajdź członka
staff-member-add = Nie ma na liście? Dodaj członka
staff-member-add-confirm = Dodaj tego członka
staff-badges-member = Identyfikatory: { $name }
staff-badges-none = Brak identyfikatorów.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] aktywny
    [not-yet-valid] jeszcze nieważny
    [expired] wygasły
   *[revoked] unieważniony
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
    [iso-14443-4] karta ISO 14443-4
   *[unknown] nieznana karta
}
staff-badge-revoke = Unieważnij
staff-badge-replace = Wymień zgubioną kartę
staff-badge-enroll = Przypisz identyfikator
staff-badge-groups = Grupy dostępu
staff-badge-valid-from = Ważny od
staff-badge-valid-to = Ważny do (opcjonalnie)
staff-badge-read = Odczytaj kartę
staff-badge-tap-now = Przyłóż teraz kartę do czytnika.
staff-badge-card = Karta { $uid } ({ $type })
staff-badge-owner = Ta karta należy do: { $name }.
staff-badge-reassign = Przypisz do: { $name }
staff-badge-confirm = Przypisz tę kartę
staff-badge-enrolled = Przypisano identyfikator { $uid }.
staff-badge-revoked = Identyfikator unieważniony.
staff-badge-cancel = Zatrzymaj odczyt
staff-badge-self = Użyj karty jako mojego identyfikatora personelu
staff-badge-self-confirm = Ustaw tę kartę jako mój identyfikator personelu
staff-badge-self-done = Twój identyfikator personelu jest gotowy: przyłóż go i wpisz PIN, aby się zalogować.
staff-approvals-title = Zgłoszenia czekające na personel
staff-approvals-match = Pasuje do wpisu { $entry } na liście odmów
staff-approvals-reason = Na liście, ponieważ: { $reason }
staff-approvals-since = Czeka od { $time }
staff-approvals-approve = Wpuść
staff-approvals-deny = Odmów
staff-approvals-denied = Odmówiono. Nie zapisano żadnej wizyty.
staff-members-today-title = Członkowie obecni dzisiaj
staff-members-today-none = Dzisiaj żaden członek nie zarejestrował jeszcze wejścia.

## Komunikaty bezpieczeństwa na ekranie startowym. Każda informacja o miejscu jest argumentem: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Komunikaty bezpieczeństwa
signage-position = Komunikat { $n } z { $count }
signage-pause = Wstrzymaj
signage-resume = Wznów
signage-previous = Poprzedni komunikat
signage-next = Następny komunikat
signage-exits-title = Wyjścia ewakuacyjne i miejsce zbiórki
signage-exits-body = W razie zagrożenia opuść budynek najbliższym oznakowanym wyjściem. Nie korzystaj z wind. Udaj się na miejsce zbiórki: { $assembly_point }.
signage-fire-alarm-title = Jeśli zauważysz pożar
signage-fire-alarm-body = Uruchom alarm najbliższym czerwonym ręcznym ostrzegaczem pożarowym i zadzwoń pod numer { $fire }. Podaj adres: { $address }. Gaśnicy używaj tylko wtedy, gdy masz odpowiednie przeszkolenie i jest to bezpieczne.
signage-first-aid-title = Pierwsza pomoc
signage-first-aid-body = Apteczka pierwszej pomocy: { $first_aid }. W nagłym wypadku zadzwoń pod numer { $medical }. Ochrona obiektu: { $security }.
signage-after-hours-title = Przestrzeń jest teraz zamknięta
signage-after-hours-body = Wejść mogą tylko członkowie z dostępem na identyfikator, a goście muszą przebywać w towarzystwie osoby, którą odwiedzają. Z wyjść ewakuacyjnych można korzystać przez cały czas.
signage-cctv-title = Obiekt monitorowany
signage-cctv-body = Kamery przy wejściach nagrywają obraz w celu ochrony osób i mienia. Nagrania są przechowywane przez { $camera_retention_days ->
    [one] jeden dzień
    [few] { $camera_retention_days } dni
    [many] { $camera_retention_days } dni
   *[other] { $camera_retention_days } dnia
} i przeglądane wyłącznie po incydencie. Pytania lub wgląd w swoje dane: { $privacy_contact }.
signage-report-title = Widzisz coś niepokojącego? Zgłoś to tutaj
signage-report-body = Zgubiony identyfikator, ktoś wchodzący za innymi osobami, dziwny e-mail lub możliwy wyciek danych: dotknij „Zgłoś problem z bezpieczeństwem”. Za zgłoszenie nikt nie poniesie kary; za ukrywanie naruszenia — tak.
signage-wifi-safety-title = Bezpieczne korzystanie z Wi-Fi
signage-wifi-safety-body = Sieć dla gości jest oddzielona od sieci członków. W każdej współdzielonej sieci używaj HTTPS i swojego VPN-a, aktualizuj swoje urządzenia i sprawdzaj u personelu dokładną nazwę sieci.
signage-phishing-title = Phishing: zatrzymaj się, sprawdź, zgłoś
signage-phishing-body = Nigdy nie prosimy o hasło e-mailem, na czacie ani w wyskakującym okienku. Zanim otworzysz link lub załącznik, sprawdź nadawcę, a wszystko, co wydaje się podejrzane, zgłoś w tym kiosku.

## Ekran startowy poza godzinami otwarcia
home-closed-title = { $site }: obecnie zamknięte
home-closed-opens = Ponowne otwarcie: { $day }, { $time }.
home-closed-members = Członkowie: przyłóż identyfikator do czytnika.
home-closed-visitors = Goście: zadzwoń pod numer { $security } lub poproś osobę, którą odwiedzasz, aby wyszła po Ciebie.
home-closed-check-in = Zarejestruj wejście: wizyty dozwolone po godzinach
home-report = Zgłoś problem z bezpieczeństwem

## Zgłaszanie problemu z bezpieczeństwem (każdy, z ekranu startowego)
report-title = Zgłoś problem z bezpieczeństwem
report-intro = Za zgłoszenie nikt nie poniesie kary. Opisz, co zwróciło Twoją uwagę; personel widzi każde zgłoszenie na swoim ekranie w tym kiosku.
report-kind-title = Czego dotyczy zgłoszenie?
report-kind = { $kind ->
    [lost-badge] Zgubiony lub skradziony identyfikator
    [suspicious-person] Podejrzana osoba
    [phishing] Phishing lub dziwna wiadomość
    [network-breach] Możliwe włamanie do sieci
    [data-exposure] Ujawnione dane osobowe
   *[other] Coś innego
}
report-kind-help = { $kind ->
    [lost-badge] Zablokujemy identyfikator, aby nikt inny nie mógł go użyć.
    [suspicious-person] Ktoś wchodzi za innymi osobami lub przebywa tam, gdzie nie powinien.
    [phishing] E-mail, wiadomość lub telefon z prośbą o hasło albo płatność.
    [network-breach] Urządzenie działa dziwnie lub kliknięto podejrzany link.
    [data-exposure] Dokumenty, ekrany lub pliki, na których widać dane innych osób.
   *[other] Cokolwiek innego, co Cię niepokoi.
}
report-description = Co się stało, kiedy i gdzie?
report-description-optional = Czy jest coś jeszcze, o czym powinniśmy wiedzieć? (opcjonalnie)
report-contact = Jak możemy się z Tobą skontaktować? (opcjonalnie)
report-contact-help = Adres e-mail lub numer telefonu, jeśli chcesz otrzymać odpowiedź.
report-personal-data = Sprawa może dotyczyć danych osobowych innych osób
report-member-title = Twój identyfikator
report-member-search = Twoje imię i nazwisko
report-member-email = Twój adres e-mail zapisany w naszym systemie
report-member-help = Po podaniu imienia i nazwiska oraz adresu e-mail natychmiast zablokujemy Twój identyfikator. Bez nich personel zablokuje go po potwierdzeniu Twojej tożsamości.
report-send = Wyślij zgłoszenie
report-thanks-title = Dziękujemy za zgłoszenie
report-thanks-next = Twoje zgłoszenie zostało zapisane. Personel zobaczy je, gdy tylko zaloguje się ponownie w tym kiosku. Jeśli sprawa jest pilna, powiedz o niej w recepcji lub zadzwoń pod numer z informacji o bezpieczeństwie. Jeśli podano dane kontaktowe, personel się z Tobą skontaktuje.
report-thanks-badge = { $count ->
    [0] Nie masz aktywnego identyfikatora, więc nie było czego blokować.
    [one] Twój identyfikator został zablokowany: niczego już nie otwiera. Po nowy zgłoś się do recepcji.
    [few] Twoje identyfikatory ({ $count }) zostały zablokowane: niczego już nie otwierają. Po nowe zgłoś się do recepcji.
    [many] Twoje identyfikatory ({ $count }) zostały zablokowane: niczego już nie otwierają. Po nowe zgłoś się do recepcji.
   *[other] Twoje identyfikatory ({ $count }) zostały zablokowane: niczego już nie otwierają. Po nowe zgłoś się do recepcji.
}
report-thanks-not-identified = Ten adres e-mail nie zgadza się z naszymi danymi, więc personel najpierw potwierdzi Twoją tożsamość, a następnie zablokuje identyfikator.
report-thanks-reference = Numer zgłoszenia: { $id }
report-thanks-danger = Jeśli ktoś jest w niebezpieczeństwie, natychmiast zadzwoń pod numer { $police }.

## Tryb awaryjny: wyświetlany jednocześnie we wszystkich skonfigurowanych językach
emergency-title = { $kind ->
    [fire] Pożar: natychmiast opuść budynek
    [shelter] Pozostań w budynku: nie wychodź na zewnątrz
    [medical] Nagły przypadek medyczny
   *[custom] Sytuacja awaryjna
}
emergency-action = { $kind ->
    [fire] Skorzystaj z najbliższego wyjścia, nie z wind. Udaj się na miejsce zbiórki: { $assembly_point }.
    [shelter] Przejdź do schronienia: { $shelter }. Trzymaj się z dala od okien, zamknij drzwi i czekaj na polecenia personelu.
    [medical] Zadzwoń pod numer { $medical }. Pierwsza pomoc: { $first_aid }. Nie blokuj drogi służbom ratunkowym.
   *[custom] Postępuj zgodnie z poleceniami personelu.
}
emergency-aed = Defibrylator (AED): { $aed }
emergency-assembly = Miejsce zbiórki: { $assembly_point }
emergency-shelter = Schronienie: { $shelter }
emergency-first-aid = Apteczka: { $first_aid }
emergency-numbers = Straż pożarna { $fire } · Pogotowie ratunkowe { $medical } · Policja { $police } · Ochrona obiektu { $security }
emergency-address = Adres: { $address }
emergency-since = Od { $time }
emergency-staff = Personel: apel i odwołanie alarmu
emergency-label = Sytuacja awaryjna

## Personel: tryb awaryjny i zgłoszenia bezpieczeństwa
staff-emergency-title = Tryb awaryjny
staff-emergency-start = { $kind ->
    [fire] Ewakuacja z powodu pożaru
    [shelter] Pozostanie w budynku
    [medical] Nagły przypadek medyczny
   *[custom] Własny komunikat
}
staff-emergency-message = Komunikat na ekran
staff-emergency-confirm = Włączyć teraz tryb awaryjny? Każdy ekran będzie go pokazywał, dopóki go nie wyłączysz.
staff-emergency-on = Tryb awaryjny jest włączony: { $kind }
staff-emergency-end = Odwołanie alarmu: zakończ tryb awaryjny
staff-emergency-end-confirm = Czy wszyscy są bezpieczni i mogą wrócić do środka? Wszystkie ekrany wrócą do normalnego trybu.
staff-emergency-end-yes = Tak, odwołaj alarm
staff-emergency-ended = Tryb awaryjny zakończony po { $minutes ->
    [one] jednej minucie
    [few] { $minutes } minutach
    [many] { $minutes } minutach
   *[other] { $minutes } minuty
}.
staff-incidents-title = Zgłoszenia bezpieczeństwa
staff-incidents-none = Brak otwartych zgłoszeń.
staff-incidents-count = { $count ->
    [one] Jedno otwarte zgłoszenie
    [few] { $count } otwarte zgłoszenia
    [many] { $count } otwartych zgłoszeń
   *[other] { $count } otwartego zgłoszenia
}
staff-incident-reported = Zgłoszono { $at }
staff-incident-status = { $status ->
    [open] Nowe
    [acknowledged] W trakcie obsługi
   *[closed] Zamknięte
}
staff-incident-member = Członek: { $name }
staff-incident-suspended = { $count ->
    [0] Żaden identyfikator nie był aktywny.
    [one] Zablokowano jeden identyfikator.
    [few] Zablokowano { $count } identyfikatory.
    [many] Zablokowano { $count } identyfikatorów.
   *[other] Zablokowano { $count } identyfikatora.
}
staff-incident-contact = Kontakt: { $contact }
staff-incident-clock = Dane osobowe: jeśli jest to wymagane, zgłoś naruszenie organowi nadzorczemu do { $at } ({ $hours ->
    [one] została jedna godzina
    [few] zostały { $hours } godziny
    [many] zostało { $hours } godzin
   *[other] zostało { $hours } godziny
}).
staff-incident-overdue = Dane osobowe: termin 72 godzin upłynął { $at }.
staff-incident-acknowledge = Przyjmij
staff-incident-close = Zamknij z notatką
staff-incident-note = Co zostało zrobione
staff-plan-incidents = { $open ->
    [0] Brak otwartych zgłoszeń bezpieczeństwa.
    [one] Jedno otwarte zgłoszenie bezpieczeństwa.
    [few] { $open } otwarte zgłoszenia bezpieczeństwa.
    [many] { $open } otwartych zgłoszeń bezpieczeństwa.
   *[other] { $open } otwartego zgłoszenia bezpieczeństwa.
}
staff-plan-incidents-personal = { $count ->
    [one] Jedno dotyczy danych osobowych
    [few] { $count } dotyczą danych osobowych
    [many] { $count } dotyczy danych osobowych
   *[other] { $count } dotyczy danych osobowych
}, { $overdue } po upływie 72 godzin.
error-no-emergency = Tryb awaryjny nie jest włączony.
error-incident-not-found = To zgłoszenie zostało już zamknięte lub nie istnieje.
pictogram-name = { $code ->
    [E001] Wyjście ewakuacyjne (w lewo)
    [E002] Wyjście ewakuacyjne (w prawo)
    [E003] Pierwsza pomoc
    [E004] Telefon alarmowy
    [E007] Miejsce zbiórki
    [E010] Defibrylator (AED)
    [F001] Gaśnica
   *[F005] Ręczny ostrzegacz pożarowy
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Klawiatura ekranowa
keyboard-backspace = Usuń
keyboard-shift = Shift (wielkie litery)
keyboard-space = Spacja
keyboard-close = Ukryj klawiaturę
keyboard-enter = Enter: następne pole lub dalej
keyboard-layouts = Zmień układ klawiatury
keyboard-accents = Litery z akcentami
keyboard-letters = Litery
keyboard-candidates = Znaki dla { $pinyin }
keyboard-candidates-more = Więcej znaków
keyboard-candidates-back = Poprzednie znaki

## Meldowanie z zaproszeniem
home-invitation = Mam zaproszenie
invite-code-title = Twoje zaproszenie
invite-code-field = Kod zaproszenia
invite-code-help = Wpisz 8-znakowy kod z zaproszenia lub przyłóż jego kod QR do czytnika.
invite-confirm-title = Witaj, { $name }!
invite-confirm-host = Osoba, którą dziś odwiedzasz: { $host }
invite-confirm-yes = Tak, to ja
invite-confirm-no = To nie ja

## Personel: zaproszenia i wiadomości do gospodarzy
staff-expected-title = Oczekiwani dziś
staff-expected-none = Dziś nie oczekujemy zaproszonych gości.
staff-expected-arrived = Przybył(a)
staff-expected-waiting = Oczekiwany(-a)
staff-expected-for = do: { $host }
staff-invitation-cancel = Anuluj
staff-invitation-cancel-person = Anuluj zaproszenie: { $name }
staff-outbox-title = Niedostarczone jeszcze wiadomości do gospodarzy
staff-outbox-line = { $channel } do: { $host }: { $state ->
    [failed] niedostarczona
   *[waiting] czeka na wysłanie
}
staff-outbox-resend = Wyślij ponownie
staff-outbox-resend-person = Wyślij ponownie wiadomość do: { $host }
staff-invite-open = Zaproś gościa
staff-invite-host = Gospodarz (wpisz dwie litery)
staff-invite-host-chosen = Gospodarz: { $host }
staff-invite-host-change = Zmień
staff-invite-date = Pierwszy dzień (RRRR-MM-DD)
staff-invite-days = Dni
staff-invite-create = Utwórz zaproszenie
staff-invite-made = Zaproszenie dla: { $name }: { $code }
staff-invite-emailed = E-mail z zaproszeniem jest w drodze do { $email }.
staff-invite-give-code = Przekaż gościowi ten kod.
staff-member-notify-title = Jak członkowie dowiadują się o gościach
staff-member-notify-how = Jak powiadamiać
staff-member-notify-search = Członek (wpisz dwie litery)
staff-member-notify-site = Domyślnie dla miejsca
staff-member-notify-none = Nigdy
staff-member-notify-off = W lobby.toml nie skonfigurowano żadnego kanału ([notifications]): na razie nikt nie jest powiadamiany.
staff-member-notify-no-email = Brak adresu e-mail: e-mail nie dotrze do tego członka.
staff-member-notify-language = Język wiadomości
staff-member-notify-language-site = Pierwszy język miejsca
staff-member-notify-save = Zapisz
staff-member-notify-saved = Zapisano dla: { $name }.
staff-channel = { $channel ->
    [email] E-mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Flota
staff-fleet-member = Lokalizacja { $site }, tablet { $tablet }
staff-fleet-connected = Połączony z serwerem lokalizacji
staff-fleet-disconnected = Brak połączenia z serwerem lokalizacji
staff-fleet-waiting = Zmiany czekające na wysłanie: { $count }
staff-fleet-oldest = Najstarsza oczekująca zmiana: { $at }
staff-fleet-ack = Ostatnio odebrane przez serwer: { $at }
staff-fleet-ack-none = Serwer jeszcze niczego nie odebrał
staff-fleet-error = Ostatni problem: { $reason }
staff-fleet-tablets = Tablety tej lokalizacji
staff-fleet-tablet-this = { $tablet } (ten tablet)
staff-fleet-tablet-connected = połączony
staff-fleet-tablet-away = brak kontaktu
staff-fleet-tablet-contact = ostatni kontakt { $at }
staff-fleet-tablet-waiting = oczekujące: { $count }
staff-fleet-site-config = Konfiguracja lokalizacji z centrali, wysłana { $at }: zapisana, obowiązuje od następnego uruchomienia kiosku
staff-fleet-site-config-received = Konfiguracja lokalizacji z centrali, wysłana { $at }: odebrana
staff-fleet-site-config-error = Konfiguracja lokalizacji z centrali, wysłana { $at }, nie mogła zostać użyta: { $reason }
staff-fleet-flags = Wymaga uwagi
staff-fleet-flag = { $problem ->
    [badge-conflict] Jedną kartę wydano dwóm członkom: { $detail }
    [badge-unknown-member] Kartę wydano członkowi, którego centrala nie zna: { $detail }
   *[other] { $detail }
}
fleet-error-server = adresu serwera lub jego certyfikatu nie da się użyć
fleet-error-no-stream = serwer nie ma jeszcze strumienia dla tej lokalizacji
fleet-error-timeout = serwer nie odpowiedział na czas
fleet-error-unreachable = serwer jest nieosiągalny
fleet-error-refused = serwer odrzucił zmianę
fleet-error-database = nie udało się odczytać ani zapisać bazy danych
fleet-error-credentials = serwer odrzucił poświadczenia (odwołane lub błędne)
fleet-error-permission = serwer nie pozwala temu tabletowi wysyłać tutaj
