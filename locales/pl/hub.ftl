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
hub-error-file-read = Nie można odczytać { $path }: { $reason }.
hub-error-no-nats = Podaj serwer NATS huba: --nats URL lub LOBBY_HUB_NATS.
hub-error-reload = Nie można poprosić serwera NATS (pid { $pid }) o ponowne wczytanie: { $reason }. Wczytaj go ponownie ręcznie (kill -HUP z jego pid).
hub-error-no-number = Lokalizacja { $site } ma już 10 tabletów, tyle, ile może mieć (każdy dostaje numer od 0 do 9 do swoich kodów wyjścia). Najpierw unieważnij jeden: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }, wiersz { $line }: { $problem ->
    [header] brakuje kolumny „{ $value }” (pierwszy wiersz musi wymieniać id, name, email, team, active).
    [csv] nie można odczytać wiersza ({ $value }).
    [id] „{ $value }” nie jest identyfikatorem członka (od 1 do 64 znaków).
    [name] „{ $value }” nie jest imieniem i nazwiskiem.
    [email] „{ $value }” nie jest adresem e-mail.
    [active] „{ $value }” to ani yes, ani no.
    [uid] „{ $value }” nie jest uid identyfikatora (szesnastkowo, pełne bajty).
    [uid-missing] „{ $value }” podano bez badge_uid.
    [card-type] „{ $value }” nie jest typem karty (np. mifare-classic-1k, desfire lub unknown).
    [date] „{ $value }” nie jest datą; zapisz ją jako RRRR-MM-DD.
    [date-order] identyfikator kończy się ({ $value }), zanim się zaczyna.
    [uid-twice] identyfikator { $value } jest już w wierszu { $other }; jedna karta należy do jednego członka.
    [member-differs] członek { $value } jest w wierszu { $other } z innymi danymi; podaj w każdym wierszu to samo imię, e-mail, zespół i status.
    [uid-held] identyfikator { $value } należy w hubie do członka { $holder }; najpierw go unieważnij (lobby-hub badge revoke).
    [uid-revoked] identyfikator { $value } członka { $holder } został unieważniony w hubie; import nie wydaje ponownie unieważnionej karty: usuń wiersz albo wydaj nową kartę.
    [empty] plik nie zawiera członków.
   *[other] { $problem } { $value }
} Nic nie zostało zapisane.
hub-error-unknown-badge = Lokalizacja { $site } nie ma używanego identyfikatora { $uid }.
hub-error-policy = { $problem ->
    [id] „{ $value }” nie jest identyfikatorem zasad; użyj małych liter, cyfr i pojedynczych łączników, np. house-rules.
    [none] Podaj tekst zasad w co najmniej jednym języku: LANG=PLIK.
    [argument] „{ $value }” to nie LANG=PLIK, na przykład pl=regulamin.md.
    [lang] „{ $value }” nie jest dostarczonym językiem (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } podano dwa razy.
    [utf8] { $value } nie jest tekstem UTF-8.
    [empty] { $value } jest pusty.
   *[other] { $problem } { $value }
} Nic nie zostało opublikowane.
hub-error-emergency = { $problem ->
    [kind] „{ $value }” nie jest rodzajem alarmu: użyj fire, shelter, medical lub custom.
    [message-missing] Alarm niestandardowy wymaga komunikatu: --message TEKST.
    [message-long] Komunikat jest za długi: najwyżej { $value } znaków.
    [message-control] Komunikat musi być jednym wierszem tekstu.
   *[other] { $problem } { $value }
} Nie uruchomiono alarmu.
hub-error-no-emergency = W lokalizacji { $site } nie trwa żaden alarm; nic nie zostało zakończone.
hub-error-no-roll-call = { $which ->
    [id] Lokalizacja { $site } nie ma apelu { $id }.
   *[newest] Lokalizacja { $site } nie ma jeszcze żadnego apelu: apel z żadnego tabletu nie dotarł do huba.
} Nic nie zostało wyeksportowane.
hub-error-config = Konfiguracja { $file } została odrzucona; nic nie zostało zapisane ani wysłane.
hub-error-sql = Baza danych odrzuciła operację: { $reason }. Nic nie zostało zmienione.

## lobby-hub serve
hub-serve-started = Odbieranie zmian z tabletów z { $nats }. Zatrzymanie: Ctrl+C lub SIGTERM.
hub-serve-stopped = Zatrzymano; każda odebrana zmiana została zapisana.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Zapisano lokalizację { $site } (domena JetStream { $domain }). lobby-hub serve utworzy jej strumień.
hub-kiosk-added = Dodano tablet { $tablet } lokalizacji { $site } jako użytkownika NATS { $user }, numer { $number }; jego dane logowania są w { $file }. Skopiuj ten plik na tablet i zachowaj go w tajemnicy.
hub-kiosk-revoked = Unieważniono tablet { $tablet } lokalizacji { $site }.
hub-kiosk-none = Nie ma jeszcze tabletów.
hub-kiosk-active = { $site } / { $tablet }: numer { $number }, użytkownik { $user }, dodany { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: numer { $number }, użytkownik { $user }, dodany { $added }, unieważniony { $revoked }
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
    [badge-conflict] jedna karta przypisana dwóm członkom; żadnego nie zmieniono, decyzja należy do personelu (badge-conflict)
    [badge-unknown-member] identyfikator dla członka, którego hub nie zna (badge-unknown-member)
    [badge-bad-uid] prośba o identyfikator z nieczytelnym uid (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Nie można odczytać wiadomości { $id } w { $subject }: { $reason }
hub-audit-clean = Każdy łańcuch jest nienaruszony (sprawdzone: { $chains }); żadna wiadomość nie została odrzucona.

## lobby-hub export visits
hub-export-written = Wyeksportowane wizyty: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Wyeksportowano apel { $id }; wymienione osoby: { $rows } ({ $file }).

## Zmiany wysyłane do tabletów lokalizacji
hub-down-published = Wysłano do tabletów lokalizacji.
hub-down-queued = Zapisano w hubie, ale serwer NATS jest teraz nieosiągalny: lobby-hub serve wyśle to, gdy tylko będzie mógł.
hub-members-imported = Lokalizacja { $site }: odczytani członkowie: { $members } (identyfikatory: { $badges }), zmienieni: { $changed }.
hub-members-none = Nie ma jeszcze członków.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] aktywny
   *[no] nieaktywny
}, identyfikatory: { $badges }
hub-badge-revoked = Unieważniono identyfikator { $uid } członka { $member } (lokalizacja { $site }).
hub-policy-saved = Zapisano zasady { $policy } dla lokalizacji { $site } ({ $langs }).
hub-config-saved = { $file } jest poprawny; zapisano dla lokalizacji { $site } (sha256 { $sha }).
hub-config-fleet = sekcja [fleet] należy do każdego tabletu z osobna (jego serwer i dane logowania); usuń ją z pliku lokalizacji.
hub-emergency-started = Uruchomiono alarm { $id } w lokalizacji { $site }: { $kind ->
    [fire] pożar
    [shelter] schronienie na miejscu
    [medical] medyczny
   *[custom] niestandardowy
}.
hub-emergency-ended = Odwołanie alarmu w lokalizacji { $site }: zakończono alarm { $id } ({ $kind ->
    [fire] pożar
    [shelter] schronienie na miejscu
    [medical] medyczny
   *[custom] niestandardowy
}, rozpoczęty { $started }).
hub-emergency-none = W lokalizacji { $site } nie trwa żaden alarm.
hub-emergency-in-force = W lokalizacji { $site } trwa alarm: { $id }, { $kind ->
    [fire] pożar
    [shelter] schronienie na miejscu
    [medical] medyczny
   *[custom] niestandardowy
}, rozpoczęty { $started }. { $message } (Inne niezakończone alarmy: { $others }.)

## Konta personelu tworzone w hubie (lobby-hub staff)
hub-error-staff-exists = Lokalizacja { $site } ma już konto personelu „{ $name }”. Niczego nie zapisano. Aby zablokować lub zezwolić na logowanie: lobby-hub staff disable|enable { $site } NAZWA. Nowy PIN i klucz: lobby-hub staff reset { $site } NAZWA
hub-error-unknown-staff = Lokalizacja { $site } nie ma konta personelu „{ $name }” utworzonego w hubie (lobby-hub staff list { $site }).
hub-error-staff-name = „{ $value }” nie może być nazwą konta personelu: użyj od 1 do 80 znaków bez znaków sterujących (lobby-fleet jest zarezerwowane dla tabletów).
hub-staff-added = Zapisano konto personelu { $name } dla lokalizacji { $site }; otrzyma je każdy tablet lokalizacji, zastępując konto o tej nazwie utworzone na tablecie.
hub-staff-reset = Konto personelu { $name } lokalizacji { $site } ma nowy PIN i nowy klucz uwierzytelniający; otrzyma je każdy tablet lokalizacji, a stary PIN i kody ze starej aplikacji przestaną tam działać.
hub-staff-setup = Skonfiguruj teraz aplikację uwierzytelniającą tej osoby kluczem lub poniższym URI (kod QR z URI też zadziała); nie zostaną pokazane ponownie.
hub-staff-disabled = Wyłączono konto personelu { $name } lokalizacji { $site }: nie może się już logować na tabletach lokalizacji.
hub-staff-enabled = Włączono konto personelu { $name } lokalizacji { $site }: może znów się logować.
hub-staff-unchanged = Konto personelu { $name } lokalizacji { $site } jest już { $active ->
    [yes] włączone
   *[no] wyłączone
}; niczego nie wysłano.
hub-staff-none = Lokalizacja { $site } nie ma jeszcze kont personelu utworzonych w hubie.
hub-staff-line = { $name }: { $active ->
    [yes] aktywne
   *[no] wyłączone
}, dodane { $added }
