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
hub-error-file-read = { $path } kan niet worden gelezen: { $reason }.
hub-error-no-nats = Geef de NATS-server van de hub op: --nats URL of LOBBY_HUB_NATS.
hub-error-reload = De NATS-server (pid { $pid }) kan niet worden gevraagd opnieuw te laden: { $reason }. Laad hem met de hand opnieuw (kill -HUP met zijn pid).
hub-error-no-number = Locatie { $site } heeft al 10 tablets, het maximum (elke tablet krijgt een nummer 0 tot 9 voor zijn uitcheckcodes). Trek er eerst een in: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }, regel { $line }: { $problem ->
    [header] de kolom “{ $value }” ontbreekt (de eerste regel moet id, name, email, team, active noemen).
    [csv] de regel is niet leesbaar ({ $value }).
    [id] “{ $value }” is geen lid-id (1 tot 64 tekens).
    [name] “{ $value }” is geen naam.
    [email] “{ $value }” is geen e-mailadres.
    [active] “{ $value }” is geen yes of no.
    [uid] “{ $value }” is geen badge-uid (hexadecimaal, hele bytes).
    [uid-missing] “{ $value }” staat er zonder badge_uid.
    [card-type] “{ $value }” is geen kaarttype (zoals mifare-classic-1k, desfire of unknown).
    [date] “{ $value }” is geen datum; schrijf JJJJ-MM-DD.
    [date-order] de badge eindigt ({ $value }) voordat hij begint.
    [uid-twice] badge { $value } staat al op regel { $other }; een kaart hoort bij één lid.
    [member-differs] lid { $value } staat op regel { $other } met andere gegevens; geef op elke regel dezelfde naam, e-mail, team en status.
    [uid-held] badge { $value } hoort in de hub bij lid { $holder }; trek hem eerst in (lobby-hub badge revoke).
    [uid-revoked] badge { $value } van lid { $holder } is in de hub ingetrokken; een import geeft een ingetrokken kaart niet opnieuw uit: haal de regel weg of geef een nieuwe kaart.
    [empty] het bestand bevat geen leden.
   *[other] { $problem } { $value }
} Er is niets opgeslagen.
hub-error-unknown-badge = Locatie { $site } heeft geen badge { $uid } in gebruik.
hub-error-policy = { $problem ->
    [id] “{ $value }” is geen beleids-id; gebruik kleine letters, cijfers en enkele koppeltekens, zoals house-rules.
    [none] Geef de tekst van het beleid in minstens één taal: LANG=BESTAND.
    [argument] “{ $value }” is geen LANG=BESTAND, bijvoorbeeld nl=huisregels.md.
    [lang] “{ $value }” is geen meegeleverde taal (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } staat er twee keer.
    [utf8] { $value } is geen UTF-8-tekst.
    [empty] { $value } is leeg.
   *[other] { $problem } { $value }
} Er is niets gepubliceerd.
hub-error-emergency = { $problem ->
    [kind] “{ $value }” is geen soort noodgeval: gebruik fire, shelter, medical of custom.
    [message-missing] Een eigen noodgeval heeft een bericht nodig: --message TEKST.
    [message-long] Het bericht is te lang: hoogstens { $value } tekens.
    [message-control] Het bericht moet één regel tekst zijn.
   *[other] { $problem } { $value }
} Er is geen noodgeval gestart.
hub-error-no-emergency = Er geldt geen noodgeval op locatie { $site }; er is niets beëindigd.
hub-error-no-roll-call = { $which ->
    [id] Locatie { $site } heeft geen aanwezigheidscontrole { $id }.
   *[newest] Locatie { $site } heeft nog geen aanwezigheidscontrole: geen aanwezigheidscontrole van een tablet heeft de hub bereikt.
} Er is niets geëxporteerd.
hub-error-config = De configuratie { $file } is geweigerd; er is niets opgeslagen of verzonden.
hub-error-sql = De database weigerde de bewerking: { $reason }. Er is niets gewijzigd.

## lobby-hub serve
hub-serve-started = De wijzigingen van de tablets worden ontvangen van { $nats }. Stoppen met Ctrl+C of SIGTERM.
hub-serve-stopped = Gestopt; elke ontvangen wijziging is opgeslagen.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Locatie { $site } opgeslagen (JetStream-domein { $domain }). lobby-hub serve maakt de stream aan.
hub-kiosk-added = Tablet { $tablet } van locatie { $site } toegevoegd als NATS-gebruiker { $user }, nummer { $number }; de inloggegevens staan in { $file }. Kopieer dat bestand naar de tablet en houd het geheim.
hub-kiosk-revoked = Tablet { $tablet } van locatie { $site } ingetrokken.
hub-kiosk-none = Nog geen tablets.
hub-kiosk-active = { $site } / { $tablet }: nummer { $number }, gebruiker { $user }, toegevoegd { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: nummer { $number }, gebruiker { $user }, toegevoegd { $added }, ingetrokken { $revoked }
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
    [badge-conflict] één kaart voor twee leden; geen van beiden is gewijzigd, het personeel moet beslissen (badge-conflict)
    [badge-unknown-member] een badge voor een lid dat de hub niet kent (badge-unknown-member)
    [badge-bad-uid] een badgeverzoek met een onleesbare uid (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Bericht { $id } op { $subject } kon niet worden gelezen: { $reason }
hub-audit-clean = Elke keten is intact ({ $chains } gecontroleerd); geen bericht geweigerd.

## lobby-hub export visits
hub-export-written = Geëxporteerde bezoeken: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Aanwezigheidscontrole { $id } geëxporteerd; vermelde personen: { $rows } ({ $file }).

## Wijzigingen die naar de tablets van een locatie gaan
hub-down-published = Naar de tablets van de locatie verzonden.
hub-down-queued = Opgeslagen in de hub, maar de NATS-server is nu niet bereikbaar: lobby-hub serve verzendt het zodra dat kan.
hub-members-imported = Locatie { $site }: gelezen leden: { $members }, badges: { $badges }, gewijzigde leden: { $changed }.
hub-members-none = Nog geen leden.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] actief
   *[no] niet actief
}, badges: { $badges }
hub-badge-revoked = Badge { $uid } van lid { $member } (locatie { $site }) ingetrokken.
hub-policy-saved = Beleid { $policy } opgeslagen voor locatie { $site } ({ $langs }).
hub-config-saved = { $file } is geldig; opgeslagen voor locatie { $site } (sha256 { $sha }).
hub-config-fleet = de sectie [fleet] hoort bij elke tablet apart (zijn server en inloggegevens); haal hem uit het bestand van de locatie.
hub-emergency-started = Noodgeval { $id } gestart op locatie { $site }: { $kind ->
    [fire] brand
    [shelter] schuilen
    [medical] medisch
   *[custom] eigen
}.
hub-emergency-ended = Alles veilig op locatie { $site }: noodgeval { $id } ({ $kind ->
    [fire] brand
    [shelter] schuilen
    [medical] medisch
   *[custom] eigen
}, gestart { $started }) beëindigd.
hub-emergency-none = Er geldt geen noodgeval op locatie { $site }.
hub-emergency-in-force = Noodgeval op locatie { $site }: { $id }, { $kind ->
    [fire] brand
    [shelter] schuilen
    [medical] medisch
   *[custom] eigen
}, gestart { $started }. { $message } (Andere niet beëindigde noodgevallen: { $others }.)

## Personeelsaccounts van de hub (lobby-hub staff)
hub-error-staff-exists = Locatie { $site } heeft al een personeelsaccount ‘{ $name }’. Er is niets opgeslagen. Aanmelden blokkeren of toestaan: lobby-hub staff disable|enable { $site } NAAM. Nieuwe pincode en sleutel: lobby-hub staff reset { $site } NAAM
hub-error-unknown-staff = Locatie { $site } heeft geen personeelsaccount ‘{ $name }’ dat in de hub is aangemaakt (lobby-hub staff list { $site }).
hub-error-staff-name = ‘{ $value }’ kan niet de naam van een personeelsaccount zijn: gebruik 1 tot 80 tekens zonder stuurtekens (lobby-fleet is voor de tablets gereserveerd).
hub-staff-added = Personeelsaccount { $name } opgeslagen voor locatie { $site }; elke tablet van de locatie krijgt het, in plaats van een account met dezelfde naam dat op een tablet is aangemaakt.
hub-staff-reset = Personeelsaccount { $name } van locatie { $site } heeft een nieuwe pincode en een nieuwe authenticatorsleutel; elke tablet van de locatie krijgt ze, en de oude pincode en de codes van de oude app werken daar niet meer.
hub-staff-setup = Stel nu de authenticator-app van de persoon in met de sleutel of de URI hieronder (een QR-code van de URI werkt ook); ze worden niet nog eens getoond.
hub-staff-disabled = Personeelsaccount { $name } van locatie { $site } uitgeschakeld: het kan zich niet meer aanmelden op de tablets van de locatie.
hub-staff-enabled = Personeelsaccount { $name } van locatie { $site } ingeschakeld: het kan zich weer aanmelden.
hub-staff-unchanged = Personeelsaccount { $name } van locatie { $site } is al { $active ->
    [yes] ingeschakeld
   *[no] uitgeschakeld
}; er is niets verzonden.
hub-staff-none = Locatie { $site } heeft nog geen personeelsaccounts uit de hub.
hub-staff-line = { $name }: { $active ->
    [yes] actief
   *[no] uitgeschakeld
}, aangemaakt { $added }
