# lobby-hub, centralny magazyn floty: zwykły tekst dla operatora, w jego języku (z LANG).
# Błędy następują po „cli-error” („Błąd: …”).

## Błędy
hub-error-database = Nie można użyć bazy danych { $url }: { $reason }. Nic nie zostało zmienione.
hub-error-nats = Nie można połączyć się z serwerem NATS { $url }: { $reason }.
hub-error-unknown-site = Nie ma lokalizacji „{ $site }”; najpierw dodaj ją poleceniem: lobby-hub site add { $site }
hub-error-bad-id = „{ $value }” nie jest poprawnym identyfikatorem: użyj od 1 do 40 małych liter, cyfr lub „-”, bez „-” na początku.
hub-error-bad-date = „{ $value }” nie jest datą; zapisz ją jako RRRR-MM-DD, na przykład 2026-03-31.
hub-error-kiosk-exists = Tablet { $tablet } lokalizacji { $site } ma już dane logowania. Aby wydać nowe (stare przestaną działać), dodaj --replace.
hub-error-unknown-kiosk = Lokalizacja { $site } nie ma aktywnego tabletu { $tablet }.
hub-error-file = Nie można zapisać { $path }: { $reason }.
hub-error-reload = Nie można poprosić serwera NATS (pid { $pid }) o ponowne wczytanie: { $reason }. Wczytaj go ponownie ręcznie (kill -HUP z jego pid).
hub-error-sql = Baza danych odrzuciła operację: { $reason }. Nic nie zostało zmienione.

## lobby-hub serve
hub-serve-started = Odbieranie zmian z tabletów z { $nats }. Zatrzymanie: Ctrl+C lub SIGTERM.
hub-serve-stopped = Zatrzymano; każda odebrana zmiana została zapisana.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Zapisano lokalizację { $site } (domena JetStream { $domain }). lobby-hub serve utworzy jej strumień.
hub-kiosk-added = Dodano tablet { $tablet } lokalizacji { $site } jako użytkownika NATS { $user }; jego dane logowania są w { $file }. Skopiuj ten plik na tablet i zachowaj go w tajemnicy.
hub-kiosk-revoked = Unieważniono tablet { $tablet } lokalizacji { $site }.
hub-kiosk-none = Nie ma jeszcze tabletów.
hub-kiosk-active = { $site } / { $tablet }: użytkownik { $user }, dodany { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: użytkownik { $user }, dodany { $added }, unieważniony { $revoked }
hub-users-hint = Nie podano --users-file: serwer NATS lokalizacji ma nadal dawnych użytkowników.
hub-users-written = Zapisano plik użytkowników { $file }; wpuszczane tablety: { $count }.
hub-users-reloaded = Serwer NATS (pid { $pid }) wczytuje go teraz ponownie.
hub-users-reload-hint = Wczytaj ponownie serwer NATS lokalizacji, aby odczytał plik (nats-server --signal reload lub kill -HUP z jego pid).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, epoka { $epoch }, wpis { $seq }: { $problem ->
    [gap] brakuje wpisów (gap)
    [unlinked] nie łączy się z poprzednim wpisem (unlinked)
    [altered] jego treść została zmieniona (altered)
    [fork] inna historia z tymi samymi numerami (fork)
    [missing] brakuje wpisów na tablecie (missing)
    [truncated] wpisy odcięte na końcu (truncated)
    [unkeyed] niepodpisany kluczem (unkeyed)
    [wrong-key] podpisany innym kluczem lokalizacji (wrong-key)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Nie można odczytać wiadomości { $id } w { $subject }: { $reason }
hub-audit-clean = Każdy łańcuch jest nienaruszony (sprawdzone: { $chains }); żadna wiadomość nie została odrzucona.

## lobby-hub export visits
hub-export-written = Wyeksportowane wizyty: { $rows } ({ $file }).
