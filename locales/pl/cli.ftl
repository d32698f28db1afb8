# Wiersz poleceń Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): zwykły tekst dla operatorów, w ich języku (z LANG).

cli-error = Błąd: { $message }

## Odrzucony plik lobby.toml: plik, klucz i co jest nie tak
cli-config-refused = Konfiguracja została odrzucona i niczego nie zmieniono. { $file }, klucz „{ $key }”: { $problem }
cli-config-refused-file = Konfiguracja została odrzucona i niczego nie zmieniono. { $file }: { $problem }
cli-config-unreadable = nie można odczytać pliku ({ $reason }).
cli-config-syntax = nie można odczytać tej wartości: { $detail }.
cli-config-text-length = wpisz od 1 do { $max } znaków.
cli-config-time-zone = { $value } nie jest strefą czasową; użyj nazwy IANA, na przykład Europe/Warsaw.
cli-config-kiosk-id = użyj od 1 do 40 liter, cyfr, znaków „-” lub „_”.
cli-config-range = użyj liczby od { $min } do { $max }, a nie { $value }.
cli-config-languages-empty = podaj co najmniej jeden język.
cli-config-language-unknown = { $value } nie jest dostarczanym językiem (dostarczane: { $shipped }).
cli-config-language-twice = { $value } występuje na liście dwa razy.
cli-config-hours = { $value } to nie są godziny otwarcia; wpisz „08:00-20:00” lub „closed”.
cli-config-hours-order = { $value }: godzina zamknięcia musi być późniejsza niż godzina otwarcia.
cli-config-phone = { $value } nie jest numerem telefonu (dozwolone tylko cyfry, spacje oraz znaki + - ( ) /).
cli-config-visit-kind = nieznany rodzaj wizyty (znane: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = podaj tekst w co najmniej jednym języku.
cli-config-translated-offered = podaj tekst w co najmniej jednym z języków kiosk.languages.
cli-config-policy-id = { $value } nie jest identyfikatorem regulaminu; użyj małych liter, cyfr i pojedynczych łączników, na przykład house-rules.
cli-config-policy-unlisted = { $value } nie występuje w policies.documents; najpierw dodaj go tam.
cli-config-group-unlisted = { $value } nie należy do badges.access_groups; najpierw dodaj tę grupę tam.
cli-config-signage-unknown = { $value } nie jest standardowym komunikatem (standardowe: { $known }).
cli-config-signage-id = użyj od 1 do 40 małych liter, cyfr i łączników; identyfikator musi się różnić od identyfikatorów pozostałych komunikatów.
cli-config-pictogram = { $value } nie jest dostarczanym piktogramem (dostarczane: { $known }).
cli-config-dates-order = ostatni dzień nie może być wcześniejszy niż pierwszy.

## lobby audit verify
cli-audit-intact = Dziennik audytu nienaruszony: { $entries ->
    [one] sprawdzono jeden wpis.
    [few] sprawdzono { $entries } wpisy.
    [many] sprawdzono { $entries } wpisów.
   *[other] sprawdzono { $entries } wpisu.
}
cli-audit-broken = Dziennik audytu naruszony we wpisie { $seq }: { $problem ->
    [altered] jego treść została zmieniona.
    [unlinked] nie wynika już z poprzedniego wpisu; jakiś wpis został usunięty, zastąpiony lub przeniesiony.
    [missing] w tym miejscu brakuje wpisów.
    [unkeyed] nie jest podpisany kluczem lokalizacji: dziennik przepisano od tego miejsca.
    [wrong-key] dziennik jest podpisany innym kluczem lokalizacji.
   *[truncated] wpisy zostały odcięte z końca dziennika.
}
cli-audit-key-matches = Sprawdzono kluczem lokalizacji { $fingerprint } ({ $path }): pasuje.
cli-audit-key-absent = Brak klucza lokalizacji w { $path }: w { $unchecked } podpisanych wpisach sprawdzono tylko kolejność.
cli-audit-unkeyed = Dziennik nie jest podpisany (powstał przed kluczami lokalizacji).
cli-audit-checked-with = Sprawdzono kluczem lokalizacji { $fingerprint } ({ $path }).
cli-audit-head = Wpis { $seq } ({ $at }): { $head }
    Zapisz go lub przechowuj z dala od kiosku; później „lobby audit verify --head { $head }” dowodzi, że dziennik nadal go zawiera.
cli-audit-head-empty = Dziennik audytu jest pusty.
cli-audit-head-invalid = „{ $head }” to nie nagłówek: podaj WPIS:HASH tak, jak wypisuje go „lobby audit head” (co najmniej 16 cyfr szesnastkowych skrótu).
cli-audit-head-held = Wpis { $seq } nadal ma zapisany skrót.
cli-audit-head-lost = Wpis { $seq } nie ma już zapisanego skrótu: dziennik został od tego czasu przepisany lub zastąpiony.
cli-plan-audit-head = Nagłówek dziennika audytu: { $head } (klucz lokalizacji { $key })
cli-backup-head = Jej nagłówek dziennika audytu: { $head }
cli-backup-key-apart = Klucza lokalizacji { $fingerprint } nie ma w kopii zapasowej. Przechowuj kopię { $path } osobno od kopii zapasowych: przywrócona baza potrzebuje go do logowania personelu.
cli-install-key = Klucz lokalizacji to { $path } (tryb 0600). Przechowuj jego kopię osobno od kopii zapasowych.
cli-doctor-key = Klucz lokalizacji
cli-doctor-key-ok = { $path } ({ $fingerprint }), klucz, którym zapieczętowano tę bazę
cli-doctor-key-none = jeszcze brak klucza: pierwsze uruchomienie utworzy { $path }
cli-doctor-key-unused = { $path } istnieje, ale baza nie jest nim jeszcze zapieczętowana: następne uruchomienie ją zapieczętuje
cli-doctor-modes = Uprawnienia plików
cli-doctor-modes-ok = folder danych i klucz lokalizacji może odczytać tylko ich właściciel
cli-doctor-modes-open = Otwarte dla innych użytkowników: { $count ->
    [one] jeden plik lub folder
    [few] { $count } pliki lub foldery
    [many] { $count } plików lub folderów
   *[other] { $count } plików lub folderów
}, np. { $path } (tryb { $mode }). Naprawa: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN dla { $name } (od 6 do 12 cyfr):
cli-staff-pin-repeat = Powtórz PIN:
cli-staff-pin-mismatch = Podane PIN-y się różnią. Niczego nie zapisano.
cli-staff-added = Dodano konto personelu { $name }.
cli-staff-scan = Zeskanuj ten kod QR aplikacją uwierzytelniającą lub wpisz klucz ręcznie:
cli-staff-key = Klucz: { $key }
cli-staff-uri = URI konfiguracji: { $uri }
cli-staff-qr-saved = Kod QR zapisano jako { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Ten PIN jest zbyt łatwy do odgadnięcia: { $rule ->
    [one-digit] składa się z jednej powtórzonej cyfry.
    [run] jego cyfry kolejno rosną lub maleją, jak w 123456.
   *[demo] to opublikowany PIN miejsca demonstracyjnego.
} Niczego nie zapisano; wybierz inny.
cli-staff-pin-in-use = Inna aktywna osoba z personelu ma już ten PIN. Niczego nie zapisano; wybierz inny.
cli-staff-pin-short = Ta lokalizacja wymaga PIN-ów o długości co najmniej { $min } cyfr ([staff] pin_min_length). Niczego nie zapisano; wybierz dłuższy.
cli-staff-list-active = aktywne
cli-staff-list-disabled = wyłączone
cli-staff-list-badges = identyfikatory: { $count }
cli-staff-count = Konta personelu: { $count }
cli-staff-disabled = Konto { $name } jest wyłączone: nie można się już na nie zalogować, a otwarta na kiosku sesja kończy się natychmiast.
cli-staff-already-disabled = Konto { $name } było już wyłączone; niczego nie zmieniono.
cli-staff-enabled = Na konto { $name } można znów się logować.
cli-staff-unlocked = Logowanie odblokowane dla: { $name }.
cli-staff-unlock-none = Żadne logowanie personelu nie czekało.
cli-staff-already-enabled = Konto { $name } jest już aktywne; niczego nie zmieniono.
cli-staff-pin-reset = Konto { $name } ma nowy PIN.
cli-staff-totp-reset = Konto { $name } ma nowy klucz uwierzytelniający; stary już nie działa.

## lobby demo seed
cli-demo-seeded = Dodano dane demonstracyjne: członkowie ({ $members }) i konto personelu „{ $name }”.
cli-demo-credentials = PIN demonstracyjnego konta personelu: { $pin }. Klucz uwierzytelniający: { $key } (tylko do demonstracji, nigdy w prawdziwym miejscu).
cli-demo-already = Ten folder danych zawiera już dane demonstracyjne; niczego nie zmieniono.
cli-demo-refused-site = W konfiguracji miejsce nazywa się „{ $site }”; to nie jest miejsce demonstracyjne.
cli-demo-refused-data = Folder danych { $path } zawiera już dane miejsca (konta personelu: { $staff }, członkowie: { $members }, wizyty: { $visits }).
cli-demo-refused = Nie dodano danych demonstracyjnych: ich PIN personelu i klucz uwierzytelniający są opublikowane, więc w prawdziwym miejscu każdy mógłby zalogować się jako personel. Niczego nie zmieniono; wypróbuj demonstrację w pustym folderze danych.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEM
cli-doctor-warning = OSTRZEŻENIE
cli-doctor-config = Konfiguracja
cli-doctor-config-demo = nie podano: tryb demonstracyjny z przykładowym miejscem
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Folder danych
cli-doctor-data-dir-unwritable = nie można zapisywać w { $path }: { $reason }
cli-doctor-database = Baza danych
cli-doctor-database-ok = { $path }, wersja schematu { $version }
cli-doctor-database-missing = jeszcze nie utworzona; zostanie utworzona przy pierwszym uruchomieniu kiosku
cli-doctor-audit = Dziennik audytu
cli-doctor-staff = Konta personelu
cli-doctor-staff-none = brak: dodaj konto poleceniem `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = konto demonstracyjne { $names } (opublikowany PIN i klucz uwierzytelniający) jest aktywne w tym miejscu: wyłącz je poleceniem `lobby staff disable NAME`
cli-doctor-policies = Regulaminy
cli-doctor-backup = Kopie zapasowe
cli-doctor-backup-ok = ostatnia { $at }
cli-doctor-backup-stale = ostatnia kopia zapasowa ({ $at }) jest starsza niż dwukrotność interwału: uruchom „lobby backup now” i sprawdź folder.
cli-doctor-backup-none = nie ma jeszcze kopii zapasowej: kiosk wykona ją zgodnie z harmonogramem albo uruchom „lobby backup now”.
cli-doctor-wifi = Wi-Fi dla gości
cli-doctor-wifi-none = nie skonfigurowano żadnych poziomów ([wifi.tiers] w lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: poziomy z backendem "none" są pokazywane gościom, ale nie są stosowane na żadnym urządzeniu.
cli-doctor-policies-unpublished = jeszcze nieopublikowane: { $policies }. Nikt nie jest proszony o ich podpisanie, dopóki nie zostaną opublikowane (lobby policy publish).
cli-doctor-readers = Czytniki identyfikatorów
cli-doctor-readers-none = brak: podłącz czytnik PC/SC (członkowie nie mogą przykładać identyfikatorów)
cli-doctor-readers-service = usługa kart nie działa ({ $reason }): uruchom pcscd
cli-doctor-display = Ekran
cli-doctor-display-none = brak DISPLAY lub WAYLAND_DISPLAY: okno kiosku nie może się tu otworzyć
cli-doctor-fonts = Czcionki
cli-doctor-fonts-missing = nie znaleziono czcionek Noto ({ $missing }): niektóre pisma mogą się nie wyświetlać
cli-doctor-session-bus = Magistrala sesji
cli-doctor-session-bus-none = brak magistrali sesji D-Bus: może uruchomić się drugie okno kiosku
cli-doctor-summary = { $problems ->
    [0] Wszystko, czego potrzebuje Lobby, jest na miejscu.
    [one] Znaleziono jeden problem.
    [few] Znaleziono { $problems } problemy.
    [many] Znaleziono { $problems } problemów.
   *[other] Znaleziono { $problems } problemu.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] Zaimportowano lub zaktualizowano jednego członka.
    [few] Zaimportowano lub zaktualizowano { $count } członków.
    [many] Zaimportowano lub zaktualizowano { $count } członków.
   *[other] Zaimportowano lub zaktualizowano { $count } członka.
}
cli-import-line = Wiersz { $line }: { $problem }
cli-export-written = { $rows ->
    [one] Zapisano jeden wiersz do { $path }.
    [few] Zapisano { $rows } wiersze do { $path }.
    [many] Zapisano { $rows } wierszy do { $path }.
   *[other] Zapisano { $rows } wiersza do { $path }.
}
cli-date-invalid = { $value } nie jest datą: wpisz ją w formacie RRRR-MM-DD.

## lobby policy
cli-policy-published = Opublikowano { $policy } w wersji { $version }.
cli-policy-text = { $lang }: „{ $title }”, SHA-256 { $hash }
cli-policy-lang-needed = Podaj za pomocą --lang, w jakim języku jest { $path }, na przykład --lang fr.
cli-policy-folder-empty = { $path } nie zawiera plików .md; nazwij je według języka, na przykład fr.md.
cli-policy-list-line = { $policy }: wersja { $version }, języki: { $langs }
cli-policy-list-none = { $policy }: jeszcze nieopublikowany
cli-policy-coverage = { $policy } w wersji { $version }: zaakceptowane przez { $accepted } z { $total ->
    [one] { $total } członka
    [few] { $total } członków
    [many] { $total } członków
   *[other] { $total } członka
}.
cli-policy-coverage-missing = Jeszcze nie: { $names }
cli-policy-verify-ok = { $count ->
    [one] Akceptacja zgadza się ze swoim tekstem.
    [few] Wszystkie akceptacje ({ $count }) zgadzają się ze swoimi tekstami.
    [many] Wszystkie akceptacje ({ $count }) zgadzają się ze swoimi tekstami.
   *[other] Wszystkie akceptacje ({ $count }) zgadzają się ze swoimi tekstami.
}
cli-policy-verify-problem = Akceptacja { $id }: { $problem ->
    [text-altered] wskazany w niej tekst został zmieniony po opublikowaniu.
    [hash-mismatch] podaje skrót tekstu, który nie jest skrótem jej tekstu.
    [claims-mismatch] podaje inny regulamin, wersję lub język niż jej tekst.
   *[signature-altered] obraz podpisu nie jest tym, który został zapisany.
}
cli-policy-receipt-written = Potwierdzenie akceptacji { $id } zapisano do { $path }.

## Potwierdzenia PDF akceptacji regulaminów
receipt-heading = Potwierdzenie akceptacji
receipt-policy = Regulamin
receipt-version = Wersja
receipt-language = Język
receipt-text-hash = Odcisk tekstu (SHA-256)
receipt-signer = Osoba podpisująca
receipt-member = Członek
receipt-visitor = Gość
receipt-accepted-at = Data akceptacji
receipt-kiosk = Kiosk
receipt-signature = Podpis
receipt-footer = To potwierdzenie wykazuje, że tekst o powyższym odcisku został zaakceptowany we wskazanym czasie. Zachowaj je jako dowód.

## lobby wifi
cli-config-age-recipient = { $value } nie jest kluczem publicznym age (age1…, w postaci wypisywanej przez „age-keygen”).
cli-config-wifi-tier-id = { $value } nie jest identyfikatorem poziomu Wi-Fi; użyj najwyżej 20 małych liter, cyfr i pojedynczych łączników, na przykład guest.
cli-config-wifi-ssid-empty = nazwa sieci jest pusta.
cli-config-wifi-ssid-long = nazwa sieci jest dłuższa niż 32 bajty.
cli-config-wifi-ssid-characters = nazwa sieci zawiera znaki, których kod QR nie przeniesie wiernie (ukośnik wsteczny, znaki sterujące lub kierunku tekstu albo cudzysłowy wokół całej nazwy).
cli-config-wifi-combination = backend { $backend } nie obsługuje sieci typu { $security } z danymi logowania typu { $credentials } (freeradius: enterprise, per-guest; hostapd: wpa2; sieci otwarte: shared).
cli-config-wifi-section = ten backend wymaga sekcji [{ $section }].
cli-config-wifi-absolute = wpisz ścieżkę bezwzględną.
cli-config-wifi-reload = wpisz polecenie jako listę, na przykład ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } nie należy do wifi.tiers; najpierw opisz ten poziom tam.
cli-config-notify-secret = podaj dokładnie jedno z: { $key }, { $key }_file lub { $key }_env.
cli-config-notify-env = { $value } nie jest nazwą zmiennej środowiskowej; użyj liter, cyfr i „_”.
cli-config-notify-url = { $value } nie jest adresem webhooka; wpisz adres https:// (http:// tylko do tego komputera).
cli-config-notify-plain = { $value } to nie ten komputer; użyj security = "starttls" lub "tls", aby hasła i wiadomości były szyfrowane.
cli-config-notify-from = { $value } nie jest nadawcą; wpisz „Nazwa <adres@example.com>” lub „adres@example.com”.
cli-config-notify-username = hasło wymaga nazwy użytkownika.
cli-config-notify-channel = { $value } nie jest kanałem (kanały: email, slack, teams, webhook).
cli-config-print-uri = { $value } nie jest adresem drukarki; wpisz ipp://host/… lub ipps://host/… (kolejka CUPS to ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } nie jest rozmiarem nośnika (rozmiary: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6 lub SZEROKOŚĆxDŁUGOŚĆmm, każdy bok od { $min } do { $max } mm).
cli-config-print-logo = { $value } nie jest obrazem PNG ani SVG, który Lobby potrafi odczytać.
cli-config-notify-unset = { $value } nie jest skonfigurowany; najpierw dodaj sekcję [notifications.{ $value }].
cli-config-fleet-credentials = { $value } nie jest użytecznym plikiem poświadczeń floty ({ $reason }); użyj pliku zapisanego przez lobby-hub kiosk add.
cli-config-fleet-server = { $value } nie jest adresem serwera NATS; wpisz nats://host:port lub tls://host:port, bez nazwy użytkownika i hasła.
cli-config-fleet-tablet = poświadczenia są dla tabletu „{ $tablet }”, a ten kiosk to „{ $id }” (kiosk.id).
cli-config-fleet-ca = { $value } nie jest czytelnym plikiem certyfikatu PEM.
cli-wifi-network = Sieć: { $ssid }
cli-wifi-username = Nazwa użytkownika: { $username }
cli-wifi-password = Hasło: { $password }
cli-wifi-open = Hasło: brak (sieć otwarta)
cli-wifi-expires = Do: { $at }
cli-wifi-pass-id = Dostęp: { $id }
cli-wifi-revoked = Unieważniono dostęp { $id }.
cli-wifi-rotated = { $tier }: nowe hasło; następna zmiana: { $next }.
cli-wifi-none-shared = Żaden poziom nie ma wspólnego hasła.
cli-wifi-no-backend = Żaden poziom nie jest stosowany na urządzeniach (każdy backend to "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = włączony
cli-wifi-tier-closed = wyłączony do godziny otwarcia
cli-wifi-count = { $count ->
    [one] Jeden aktywny dostęp.
    [few] { $count } aktywne dostępy.
    [many] { $count } aktywnych dostępów.
   *[other] { $count } aktywnego dostępu.
}
cli-wifi-backend-ok = { $backend }: zgodny z bazą danych
cli-wifi-backend-failed = { $backend }: niezgodny: { $reason }

## lobby backup, lobby report
cli-backup-made = Zapisano kopię zapasową: { $path } (bajty: { $bytes }, wpisy audytu: { $entries }, sprawdzona).
cli-backup-copied = Skopiowano do { $path }.
cli-backup-count = { $count ->
    [one] Jedna kopia zapasowa w { $folder }.
    [few] { $count } kopie zapasowe w { $folder }.
    [many] { $count } kopii zapasowych w { $folder }.
   *[other] { $count } kopii zapasowej w { $folder }.
}
cli-backup-none = W { $folder } nie ma jeszcze żadnej kopii zapasowej.
cli-backup-tested = Test przywracania zaliczony: plik { $file } otwiera się, a jego łańcuch audytu (wpisy: { $entries }) jest nienaruszony.
cli-backup-restored = Przywrócono z { $file }: wpisy audytu: { $entries }, łańcuch nienaruszony.
cli-backup-set-aside = Zastąpiona baza danych została zachowana jako { $path }.
cli-plan-title = Plan bezpieczeństwa { $site }, stan na { $at }
cli-plan-backup = Ostatnia kopia zapasowa: { $at } (zbyt stara: { $stale })
cli-plan-restore-test = Ostatni test przywracania: { $at } (zaliczony: { $ok })
cli-plan-staff = Konta personelu: { $accounts }; z aplikacją uwierzytelniającą: { $authenticator }; z identyfikatorem personelu: { $badge }
cli-plan-wifi = Aktywne dostępy do Wi-Fi dla gości: { $passes }
cli-plan-wifi-shared = Wspólne hasło poziomu { $tier } ostatnio zmienione: { $at }
cli-plan-policy = { $policy }: aktualna wersja zaakceptowana przez { $accepted } z { $members ->
    [one] { $members } członka
    [few] { $members } członków
    [many] { $members } członków
   *[other] { $members } członka
}
cli-plan-roll-call = Ostatni apel: { $at }, osoby: { $people }, nieodnalezione: { $missing }
cli-plan-roll-call-none = Ostatni apel: jeszcze żadnego
cli-plan-retention = Wizyty anonimizowane po { $days ->
    [one] jednym dniu
    [few] { $days } dniach
    [many] { $days } dniach
   *[other] { $days } dnia
}; ostatnie uruchomienie: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Tryb awaryjny jest włączony: { $kind ->
    [fire] ewakuacja z powodu pożaru
    [shelter] pozostanie w budynku
    [medical] nagły przypadek medyczny
   *[custom] własny komunikat
}. Każdy ekran kiosku pokazuje go do czasu wykonania „lobby emergency end” lub wyłączenia go przez personel.
cli-emergency-ended = Alarm odwołany: tryb awaryjny zakończony po { $seconds ->
    [one] jednej sekundzie
    [few] { $seconds } sekundach
    [many] { $seconds } sekundach
   *[other] { $seconds } sekundy
}.
cli-emergency-off = Tryb awaryjny jest wyłączony.
cli-emergency-on = Tryb awaryjny jest włączony od { $at }: { $kind }.
cli-emergency-kind = „{ $value }” nie jest rodzajem sytuacji awaryjnej; użyj fire, shelter, medical lub custom (z --message).
cli-incidents-none = Brak otwartych zgłoszeń bezpieczeństwa.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , dane osobowe: zgłoś do { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = „{ $value }” nie jest rodzajem zgłoszenia; użyj lost-badge, suspicious-person, phishing, network-breach, data-exposure lub other.
cli-plan-incidents = Otwarte zgłoszenia bezpieczeństwa: { $open }; z danymi osobowymi: { $personal }; po upływie 72 godzin: { $overdue }

## lobby install-kiosk
cli-install-done = Skonfigurowano kiosk dla { $user } w { $root } ({ $count ->
    [one] jeden element
    [few] { $count } elementy
    [many] { $count } elementów
   *[other] { $count } elementu
}). Uruchom go poleceniem: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } już istnieje i pozostawiono go bez zmian.
cli-install-changed = { $path } zmieniono po konfiguracji, więc pozostawiono go na miejscu.
cli-install-undone = Usunięto konfigurację kiosku ({ $count ->
    [one] jeden element
    [few] { $count } elementy
    [many] { $count } elementów
   *[other] { $count } elementu
}). Folder danych { $data } został zachowany.
cli-install-nothing = Nie ma czego cofać: { $path } nie istnieje.
cli-install-no-user = W tym systemie nie ma użytkownika „{ $user }”. Najpierw go utwórz, na przykład: adduser { $user }
cli-install-not-linux = lobby install-kiosk konfiguruje kioski z systemem Linux. W systemach Windows i macOS postępuj według docs/deploy.md.

## lobby notify: wiadomości do gospodarzy
cli-notify-sent = #{ $id } { $channel }: dostarczono. Serwer odpowiedział: { $answer }
cli-notify-retry = #{ $id } { $channel }: jeszcze nie dostarczono ({ $problem }). Nastąpi ponowna próba.
cli-notify-failed = #{ $id } { $channel }: nie dostarczono ({ $problem }). Koniec prób: usuń przyczynę, potem uruchom „lobby notify resend { $id }”.
cli-notify-skip-unset = { $channel }: nieskonfigurowany w lobby.toml ([notifications.{ $channel }]).
cli-print-off = Nie skonfigurowano drukarki plakietek: dodaj sekcję [printing] do lobby.toml (zobacz docs/deploy.md).
cli-print-printer = Drukarka: { $printer } ({ $model }); stan { $state } ({ $reasons }).
cli-print-takes = Przyjmuje { $formats }; załadowane nośniki: { $media }.
cli-print-sent = Wysłano próbną plakietkę jako { $format } na { $media } ({ $bytes } B): zadanie { $job }, { $state }.
cli-print-failed = Próbna plakietka nie została wydrukowana: { $problem }
cli-print-sample-name = Łucja Kowalska
cli-print-sample-company = Przykład sp. z o.o.
cli-notify-skip-address = { $channel }: { $member } nie ma adresu e-mail na liście członków.
cli-notify-none = { $member } nie dostaje wiadomości: wybrano „none” albo żaden kanał nie jest skonfigurowany.
cli-notify-list-none = Żadna wiadomość do gospodarza nie czeka ani nie zawiodła.
cli-notify-line = #{ $id } { $state ->
    [waiting] czeka
    [sending] wysyłana
    [sent] dostarczona
   *[failed] niedostarczona
} — { $channel } do: { $host }, w kolejce od { $at }, próby: { $attempts }
cli-notify-problem = Ostatni problem: { $problem }
cli-notify-resent = Wiadomość #{ $id } ({ $channel } do: { $host }) jest znów w kolejce; kiosk wyśle ją w ciągu minuty.
cli-doctor-notify = Wiadomości do gospodarzy
cli-doctor-notify-off = nieskonfigurowane (brak sekcji [notifications]): gospodarze nie są powiadamiani.
cli-doctor-notify-ok = { $channels }; czeka: { $waiting }.
cli-doctor-notify-failed = Niedostarczone: { $failed }. Zobacz „lobby notify list”, potem „lobby notify resend ID”.
cli-doctor-notify-waiting = Czeka { $waiting } od { $at }: sprawdź przekaźnik i webhooki poleceniem „lobby notify test CZŁONEK”.
cli-doctor-print = Drukarka plakietek
cli-doctor-print-off = nieskonfigurowana (brak sekcji [printing]): plakietki gości nie są drukowane.
cli-doctor-print-ok = { $printer }: { $state }; ostatnia plakietka wydrukowana: { $at }.
cli-doctor-print-ready = { $printer }: { $state }; nie wydrukowano jeszcze żadnej plakietki.
cli-doctor-print-failed = Ostatnia plakietka ({ $at }) nie została wydrukowana: { $problem }. Sprawdź drukarkę, potem uruchom „lobby print test”.
cli-doctor-print-unreachable = { $printer } nie odpowiada: { $problem }
cli-doctor-print-not-ready = { $printer } nie może teraz drukować: { $reasons }

## lobby invite
cli-invite-created = Zaproszenie { $code } dla: { $name }, wizyta u: { $host }, od { $from } do { $until }.
cli-invite-emailed = Zaproszenie do { $email } czeka w kolejce; kiosk je wyśle.
cli-invite-give-code = Żaden e-mail nie zostanie wysłany: przekaż gościowi kod.
cli-invite-none = Brak zaproszeń od dziś.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] przyszłe
    [valid] ważne
    [used] użyte
    [cancelled] anulowane
   *[expired] wygasłe
} — { $name } do: { $host }, od { $from } do { $until }
