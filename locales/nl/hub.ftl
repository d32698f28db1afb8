# lobby-hub, de centrale opslag van de vloot: platte tekst voor de beheerder, in diens taal (uit
# LANG). Fouten volgen op "cli-error" ("Fout: …").

## Fouten
hub-error-database = De database { $url } kan niet worden gebruikt: { $reason }. Er is niets gewijzigd.
hub-error-nats = De NATS-server { $url } is niet bereikbaar: { $reason }.
hub-error-unknown-site = Er is geen locatie "{ $site }"; voeg die eerst toe met: lobby-hub site add { $site }
hub-error-bad-id = "{ $value }" is geen geldige id: gebruik 1 tot 40 kleine letters, cijfers of "-", niet beginnend met "-".
hub-error-bad-date = "{ $value }" is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-31.
hub-error-kiosk-exists = Tablet { $tablet } van locatie { $site } heeft al inloggegevens. Voeg --replace toe om nieuwe uit te geven (de oude werken dan niet meer).
hub-error-unknown-kiosk = Locatie { $site } heeft geen actieve tablet { $tablet }.
hub-error-file = { $path } kan niet worden geschreven: { $reason }.
hub-error-reload = De NATS-server (pid { $pid }) kan niet worden gevraagd opnieuw te laden: { $reason }. Laad hem met de hand opnieuw (kill -HUP met zijn pid).
hub-error-sql = De database weigerde de bewerking: { $reason }. Er is niets gewijzigd.

## lobby-hub serve
hub-serve-started = De wijzigingen van de tablets worden ontvangen van { $nats }. Stoppen met Ctrl+C of SIGTERM.
hub-serve-stopped = Gestopt; elke ontvangen wijziging is opgeslagen.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Locatie { $site } opgeslagen (JetStream-domein { $domain }). lobby-hub serve maakt de stream aan.
hub-kiosk-added = Tablet { $tablet } van locatie { $site } toegevoegd als NATS-gebruiker { $user }; de inloggegevens staan in { $file }. Kopieer dat bestand naar de tablet en houd het geheim.
hub-kiosk-revoked = Tablet { $tablet } van locatie { $site } ingetrokken.
hub-kiosk-none = Nog geen tablets.
hub-kiosk-active = { $site } / { $tablet }: gebruiker { $user }, toegevoegd { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: gebruiker { $user }, toegevoegd { $added }, ingetrokken { $revoked }
hub-users-hint = Geen --users-file opgegeven: de NATS-server van de locatie heeft nog zijn oude gebruikers.
hub-users-written = Gebruikersbestand { $file } geschreven; toegelaten tablets: { $count }.
hub-users-reloaded = De NATS-server (pid { $pid }) leest het nu opnieuw.
hub-users-reload-hint = Laad de NATS-server van de locatie opnieuw zodat hij het bestand leest (nats-server --signal reload, of kill -HUP met zijn pid).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, tijdvak { $epoch }, item { $seq }: { $problem ->
    [gap] er ontbreken items (gap)
    [unlinked] sluit niet aan op het item ervoor (unlinked)
    [altered] de inhoud is gewijzigd (altered)
    [fork] een andere geschiedenis met dezelfde nummers (fork)
    [missing] er ontbreken items op de tablet (missing)
    [truncated] items aan het eind afgeknipt (truncated)
    [unkeyed] niet met de sleutel ondertekend (unkeyed)
    [wrong-key] met een andere locatiesleutel ondertekend (wrong-key)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Bericht { $id } op { $subject } kon niet worden gelezen: { $reason }
hub-audit-clean = Elke keten is intact ({ $chains } gecontroleerd); geen bericht geweigerd.

## lobby-hub export visits
hub-export-written = Geëxporteerde bezoeken: { $rows } ({ $file }).
