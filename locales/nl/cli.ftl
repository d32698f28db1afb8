# De opdrachtregel van Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): platte tekst voor beheerders, in de taal van de beheerder (uit LANG).

cli-error = Fout: { $message }

## Een geweigerde lobby.toml: het bestand, de sleutel en wat er mis is
cli-config-refused = De configuratie is geweigerd en er is niets gewijzigd. { $file }, sleutel “{ $key }”: { $problem }
cli-config-refused-file = De configuratie is geweigerd en er is niets gewijzigd. { $file }: { $problem }
cli-config-unreadable = het bestand kan niet worden gelezen ({ $reason }).
cli-config-syntax = deze waarde kan niet worden gelezen: { $detail }.
cli-config-text-length = schrijf 1 tot { $max } tekens.
cli-config-time-zone = { $value } is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam.
cli-config-kiosk-id = gebruik 1 tot 40 letters, cijfers, “-” of “_”.
cli-config-range = gebruik een getal van { $min } tot { $max }, niet { $value }.
cli-config-languages-empty = geef minstens één taal op.
cli-config-language-unknown = { $value } is geen meegeleverde taal (meegeleverd: { $shipped }).
cli-config-language-twice = { $value } staat er twee keer in.
cli-config-hours = { $value } zijn geen openingstijden; schrijf “08:00-20:00” of “closed”.
cli-config-hours-order = { $value }: de sluitingstijd moet na de openingstijd liggen.
cli-config-phone = { $value } is geen telefoonnummer (alleen cijfers, spaties en + - ( ) /).
cli-config-visit-kind = onbekend soort bezoek (bekend: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = geef de tekst in minstens één taal.
cli-config-translated-offered = geef de tekst in minstens één van de talen uit kiosk.languages.
cli-config-policy-id = { $value } is geen geldige reglement-id; gebruik kleine letters, cijfers en enkele koppeltekens, zoals house-rules.
cli-config-policy-unlisted = { $value } staat niet in policies.documents; neem het daar eerst op.
cli-config-group-unlisted = { $value } staat niet in badges.access_groups; neem de groep daar eerst op.
cli-config-signage-unknown = { $value } is geen standaardmededeling (standaard: { $known }).
cli-config-signage-id = gebruik 1 tot 40 kleine letters, cijfers en koppeltekens, anders dan bij elke andere mededeling.
cli-config-pictogram = { $value } is geen meegeleverd pictogram (meegeleverd: { $known }).
cli-config-dates-order = de laatste dag mag niet vóór de eerste liggen.

## lobby audit verify
cli-audit-intact = Auditlogboek intact: { $entries ->
    [one] één vermelding gecontroleerd.
   *[other] { $entries } vermeldingen gecontroleerd.
}
cli-audit-broken = Auditlogboek beschadigd bij vermelding { $seq }: { $problem ->
    [altered] de inhoud ervan is gewijzigd.
    [unlinked] deze sluit niet meer aan op de vorige vermelding; er is een vermelding verwijderd, vervangen of verplaatst.
    [missing] hier ontbreken vermeldingen.
    [unkeyed] deze is niet ondertekend met de locatiesleutel: het logboek is vanaf hier herschreven.
    [wrong-key] het logboek is ondertekend met een andere locatiesleutel.
   *[truncated] er zijn vermeldingen van het einde van het logboek afgeknipt.
}
cli-audit-key-matches = Gecontroleerd met de locatiesleutel { $fingerprint } ({ $path }): die klopt.
cli-audit-key-absent = Geen locatiesleutel in { $path }: van { $unchecked } ondertekende regels is alleen de volgorde gecontroleerd.
cli-audit-unkeyed = Het logboek is niet ondertekend (het is geschreven vóór locatiesleutels).
cli-audit-checked-with = Gecontroleerd met de locatiesleutel { $fingerprint } ({ $path }).
cli-audit-head = Regel { $seq } ({ $at }): { $head }
    Schrijf dit op of bewaar het apart van de kiosk; later bewijst ‘lobby audit verify --head { $head }’ dat het logboek het nog bevat.
cli-audit-head-empty = Het auditlogboek is leeg.
cli-audit-head-invalid = ‘{ $head }’ is geen kop: geef REGEL:HASH zoals ‘lobby audit head’ het toont (minstens 16 hexadecimale cijfers van de hash).
cli-audit-head-held = Regel { $seq } heeft nog de opgeschreven hash.
cli-audit-head-lost = Regel { $seq } heeft de opgeschreven hash niet meer: het logboek is sindsdien herschreven of vervangen.
cli-plan-audit-head = Kop van het auditlogboek: { $head } (locatiesleutel { $key })
cli-backup-head = De kop van het auditlogboek: { $head }
cli-backup-key-apart = De locatiesleutel { $fingerprint } zit niet in de back-up. Bewaar een kopie van { $path } apart van de back-ups: een teruggezette database heeft hem nodig om personeel te laten inloggen.
cli-install-key = De locatiesleutel is { $path } (modus 0600). Bewaar een kopie apart van de back-ups.
cli-doctor-key = Locatiesleutel
cli-doctor-key-ok = { $path } ({ $fingerprint }), de sleutel waarmee deze database is verzegeld
cli-doctor-key-none = nog geen sleutel: de eerste start maakt { $path }
cli-doctor-key-unused = { $path } is er, maar de database is er nog niet mee verzegeld: de volgende start verzegelt hem
cli-doctor-modes = Bestandsrechten
cli-doctor-modes-ok = de gegevensmap en de locatiesleutel zijn alleen voor hun eigenaar leesbaar
cli-doctor-modes-open = { $count ->
    [one] één bestand of map staat
   *[other] { $count } bestanden of mappen staan
} open voor andere gebruikers, bijv. { $path } (modus { $mode }). Oplossing: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN voor { $name } (6 tot 12 cijfers):
cli-staff-pin-repeat = Herhaal de PIN:
cli-staff-pin-mismatch = De twee PIN’s zijn verschillend. Er is niets opgeslagen.
cli-staff-added = Medewerker { $name } toegevoegd.
cli-staff-scan = Scan deze QR-code met een authenticator-app, of voer de sleutel met de hand in:
cli-staff-key = Sleutel: { $key }
cli-staff-uri = Provisioning-URI: { $uri }
cli-staff-qr-saved = QR-code opgeslagen als { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Deze PIN is te makkelijk te raden: { $rule ->
    [one-digit] hij herhaalt één cijfer.
    [run] de cijfers lopen op of af, zoals 123456.
   *[demo] het is de gepubliceerde PIN van de demolocatie.
} Er is niets opgeslagen; kies een andere.
cli-staff-pin-in-use = Een andere actieve medewerker heeft deze PIN al. Er is niets opgeslagen; kies een andere.
cli-staff-pin-short = Deze locatie vraagt pincodes van minstens { $min } cijfers ([staff] pin_min_length). Er is niets opgeslagen; kies een langere.
cli-staff-list-active = actief
cli-staff-list-disabled = uitgeschakeld
cli-staff-list-badges = badges: { $count }
cli-staff-count = Medewerkersaccounts: { $count }
cli-staff-disabled = { $name } is uitgeschakeld: aanmelden kan niet meer, en een open sessie op de kiosk eindigt meteen.
cli-staff-already-disabled = { $name } was al uitgeschakeld; er is niets gewijzigd.
cli-staff-enabled = { $name } kan zich weer aanmelden.
cli-staff-unlocked = Aanmelden ontgrendeld voor { $name }.
cli-staff-unlock-none = Geen aanmelding van een medewerker stond in de wacht.
cli-staff-already-enabled = { $name } is al actief; er is niets gewijzigd.
cli-staff-pin-reset = { $name } heeft een nieuwe PIN.
cli-staff-totp-reset = { $name } heeft een nieuwe authenticator-sleutel; de oude werkt niet meer.

## lobby demo seed
cli-demo-seeded = Demogegevens toegevoegd: { $members } leden en het medewerkersaccount “{ $name }”.
cli-demo-credentials = Demo-PIN voor medewerkers: { $pin }. Authenticator-sleutel: { $key } (alleen voor de demo, nooit voor een echte locatie).
cli-demo-already = Deze gegevensmap bevat de demogegevens al; er is niets gewijzigd.
cli-demo-refused-site = De configuratie noemt de locatie “{ $site }”, niet de demolocatie.
cli-demo-refused-data = De gegevensmap { $path } bevat al gegevens van een locatie (medewerkersaccounts: { $staff }, leden: { $members }, bezoeken: { $visits }).
cli-demo-refused = De demogegevens zijn niet toegevoegd: de medewerkers-PIN en de authenticator-sleutel ervan zijn openbaar, dus op een echte locatie zou iedereen zich als medewerker kunnen aanmelden. Er is niets gewijzigd; probeer de demo in een lege gegevensmap.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEEM
cli-doctor-warning = WAARSCHUWING
cli-doctor-config = Configuratie
cli-doctor-config-demo = geen opgegeven: demomodus met de voorbeeldlocatie
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Gegevensmap
cli-doctor-data-dir-unwritable = er kan niet naar { $path } worden geschreven: { $reason }
cli-doctor-database = Database
cli-doctor-database-ok = { $path }, schemaversie { $version }
cli-doctor-database-missing = nog niet aangemaakt; deze wordt aangemaakt wanneer de kiosk voor het eerst start
cli-doctor-audit = Auditlogboek
cli-doctor-staff = Medewerkersaccounts
cli-doctor-staff-none = geen: voeg er een toe met `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = het demo-account { $names } (openbare PIN en authenticator-sleutel) is actief op deze locatie: schakel het uit met `lobby staff disable NAME`
cli-doctor-policies = Reglementen
cli-doctor-backup = Back-ups
cli-doctor-backup-ok = laatste: { $at }
cli-doctor-backup-stale = de laatste back-up ({ $at }) is ouder dan twee keer het interval: voer “lobby backup now” uit en controleer de map.
cli-doctor-backup-none = nog geen back-up: de kiosk maakt er een volgens het schema, of voer “lobby backup now” uit.
cli-doctor-wifi = Wi-Fi voor gasten
cli-doctor-wifi-none = geen netwerken ingesteld ([wifi.tiers] in lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: netwerken met backend "none" worden aan gasten getoond, maar op geen enkel apparaat toegepast.
cli-doctor-policies-unpublished = nog niet gepubliceerd: { $policies }. Niemand wordt gevraagd ze te ondertekenen totdat ze gepubliceerd zijn (lobby policy publish).
cli-doctor-readers = Paslezers
cli-doctor-readers-none = geen: sluit een PC/SC-lezer aan (leden kunnen anders niet met hun pas inchecken)
cli-doctor-readers-service = de kaartservice draait niet ({ $reason }): start pcscd
cli-doctor-display = Beeldscherm
cli-doctor-display-none = geen DISPLAY of WAYLAND_DISPLAY: het kioskvenster kan hier niet openen
cli-doctor-fonts = Lettertypen
cli-doctor-fonts-missing = Noto-lettertypen niet gevonden ({ $missing }): sommige schriften worden mogelijk niet weergegeven
cli-doctor-session-bus = Sessiebus
cli-doctor-session-bus-none = geen D-Bus-sessiebus: er kan een tweede kioskvenster starten
cli-doctor-summary = { $problems ->
    [0] Alles wat Lobby nodig heeft, is aanwezig.
    [one] Eén probleem gevonden.
   *[other] { $problems } problemen gevonden.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] Eén lid geïmporteerd of bijgewerkt.
   *[other] { $count } leden geïmporteerd of bijgewerkt.
}
cli-import-line = Regel { $line }: { $problem }
cli-export-written = { $rows ->
    [one] Eén rij geschreven naar { $path }.
   *[other] { $rows } rijen geschreven naar { $path }.
}
cli-date-invalid = { $value } is geen datum: schrijf deze als JJJJ-MM-DD.

## lobby policy
cli-policy-published = { $policy } versie { $version } is gepubliceerd.
cli-policy-text = { $lang }: “{ $title }”, SHA-256 { $hash }
cli-policy-lang-needed = Geef met --lang aan in welke taal { $path } is geschreven, bijvoorbeeld --lang fr.
cli-policy-folder-empty = { $path } bevat geen .md-bestanden; geef ze de naam van hun taal, zoals fr.md.
cli-policy-list-line = { $policy }: versie { $version }, in { $langs }
cli-policy-list-none = { $policy }: nog niet gepubliceerd
cli-policy-coverage = { $policy } versie { $version }: { $accepted } van de { $total } leden hebben geaccepteerd.
cli-policy-coverage-missing = Nog niet: { $names }
cli-policy-verify-ok = { $count ->
    [one] Het akkoord komt overeen met de tekst.
   *[other] Alle { $count } akkoorden komen overeen met hun tekst.
}
cli-policy-verify-problem = Akkoord { $id }: { $problem ->
    [text-altered] de tekst waarnaar het verwijst, is na publicatie gewijzigd.
    [hash-mismatch] het noemt een teksthash die niet bij de eigen tekst hoort.
    [claims-mismatch] het noemt een ander reglement, een andere versie of een andere taal dan de eigen tekst.
   *[signature-altered] de afbeelding van de handtekening is niet de vastgelegde.
}
cli-policy-receipt-written = Bewijs van akkoord { $id } geschreven naar { $path }.

## Pdf-bewijzen van akkoord met reglementen
receipt-heading = Bewijs van akkoord
receipt-policy = Reglement
receipt-version = Versie
receipt-language = Taal
receipt-text-hash = Vingerafdruk van de tekst (SHA-256)
receipt-signer = Ondertekend door
receipt-member = Lid
receipt-visitor = Bezoeker
receipt-accepted-at = Geaccepteerd op
receipt-kiosk = Kiosk
receipt-signature = Handtekening
receipt-footer = Dit bewijs toont aan dat de tekst met de bovenstaande vingerafdruk op het vermelde tijdstip is geaccepteerd. Bewaar het als bewijs.

## lobby wifi
cli-config-age-recipient = { $value } is geen openbare age-sleutel (age1…, zoals “age-keygen” die toont).
cli-config-wifi-tier-id = { $value } is geen geldige id voor een Wi-Fi-netwerk; gebruik maximaal 20 kleine letters, cijfers en enkele koppeltekens, zoals guest.
cli-config-wifi-ssid-empty = de netwerknaam is leeg.
cli-config-wifi-ssid-long = de netwerknaam is langer dan 32 bytes.
cli-config-wifi-ssid-characters = de netwerknaam bevat tekens die een QR-code niet getrouw kan weergeven (een backslash, stuur- of tekstrichtingstekens, of aanhalingstekens om de hele naam).
cli-config-wifi-combination = de backend { $backend } kan geen { $security }-netwerken met { $credentials }-inloggegevens aansturen (freeradius: enterprise, per-guest; hostapd: wpa2; open netwerken: shared).
cli-config-wifi-section = deze backend heeft een sectie [{ $section }] nodig.
cli-config-wifi-absolute = schrijf een absoluut pad.
cli-config-wifi-reload = schrijf de opdracht als een lijst, zoals ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } staat niet in wifi.tiers; beschrijf het netwerk daar eerst.
cli-config-notify-secret = geef precies één van { $key }, { $key }_file of { $key }_env.
cli-config-notify-env = { $value } is geen naam van een omgevingsvariabele; gebruik letters, cijfers en ‘_’.
cli-config-notify-url = { $value } is geen webhookadres; schrijf een https://-URL (http:// alleen naar deze machine).
cli-config-notify-plain = { $value } is niet deze machine; gebruik security = "starttls" of "tls" zodat wachtwoorden en berichten versleuteld gaan.
cli-config-notify-from = { $value } is geen afzender; schrijf ‘Naam <adres@example.com>’ of ‘adres@example.com’.
cli-config-notify-username = een wachtwoord heeft een gebruikersnaam nodig.
cli-config-notify-channel = { $value } is geen kanaal (kanalen: email, slack, teams, webhook).
cli-config-print-uri = { $value } is geen printeradres; schrijf ipp://host/… of ipps://host/… (een CUPS-wachtrij is ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } is geen mediaformaat (formaten: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6 of BREEDTExLENGTEmm, elke zijde van { $min } tot { $max } mm).
cli-config-print-logo = { $value } is geen PNG- of SVG-afbeelding die Lobby kan lezen.
cli-config-notify-unset = { $value } is niet ingesteld; voeg eerst een sectie [notifications.{ $value }] toe.
cli-config-fleet-credentials = { $value } is geen bruikbaar aanmeldingsbestand voor de vloot ({ $reason }); gebruik het bestand dat lobby-hub kiosk add schreef.
cli-config-fleet-server = { $value } is geen NATS-serveradres; schrijf nats://host:poort of tls://host:poort, zonder gebruikersnaam of wachtwoord.
cli-config-fleet-tablet = de aanmeldingsgegevens zijn voor tablet ‘{ $tablet }’, maar deze kiosk is ‘{ $id }’ (kiosk.id).
cli-config-fleet-ca = { $value } is geen leesbaar PEM-certificaatbestand.
cli-wifi-network = Netwerk: { $ssid }
cli-wifi-username = Gebruikersnaam: { $username }
cli-wifi-password = Wachtwoord: { $password }
cli-wifi-open = Wachtwoord: geen (open netwerk)
cli-wifi-expires = Geldig tot: { $at }
cli-wifi-pass-id = Toegang: { $id }
cli-wifi-revoked = Toegang { $id } ingetrokken.
cli-wifi-rotated = { $tier }: nieuw wachtwoord; de volgende wijziging is op { $next }.
cli-wifi-none-shared = Geen enkel netwerk heeft een gedeeld wachtwoord.
cli-wifi-no-backend = Geen enkel netwerk wordt op apparatuur toegepast (elke backend is "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = open
cli-wifi-tier-closed = gesloten tot openingstijd
cli-wifi-count = { $count ->
    [one] Eén actieve toegang.
   *[other] { $count } actieve toegangen.
}
cli-wifi-backend-ok = { $backend }: in overeenstemming met de database
cli-wifi-backend-failed = { $backend }: niet in overeenstemming: { $reason }

## lobby backup, lobby report
cli-backup-made = Back-up geschreven: { $path } ({ $bytes } bytes, { $entries ->
    [one] één auditvermelding
   *[other] { $entries } auditvermeldingen
}, gecontroleerd).
cli-backup-copied = Gekopieerd naar { $path }.
cli-backup-count = { $count ->
    [one] Eén back-up in { $folder }.
   *[other] { $count } back-ups in { $folder }.
}
cli-backup-none = Er is nog geen back-up in { $folder }.
cli-backup-tested = Hersteltest geslaagd: { $file } kan worden geopend en de auditketen van { $entries ->
    [one] één vermelding
   *[other] { $entries } vermeldingen
} is intact.
cli-backup-restored = Teruggezet vanuit { $file }: { $entries ->
    [one] één auditvermelding
   *[other] { $entries } auditvermeldingen
}, keten intact.
cli-backup-set-aside = De vervangen database is bewaard als { $path }.
cli-plan-title = Beveiligingsplan van { $site }, { $at }
cli-plan-backup = Laatste back-up: { $at } (te oud: { $stale ->
    [yes] ja
    [no] nee
   *[other] { $stale }
})
cli-plan-restore-test = Laatste hersteltest: { $at } (geslaagd: { $ok ->
    [yes] ja
    [no] nee
    [never] nooit getest
   *[other] { $ok }
})
cli-plan-staff = Medewerkersaccounts: { $accounts }; met een authenticator-app: { $authenticator }; met een medewerkerspas: { $badge }
cli-plan-wifi = Actieve Wi-Fi-toegangen voor gasten: { $passes }
cli-plan-wifi-shared = Gedeeld wachtwoord van { $tier } laatst gewijzigd: { $at }
cli-plan-policy = { $policy }: { $accepted } van de { $members } leden hebben de huidige versie geaccepteerd
cli-plan-roll-call = Laatste aanwezigheidscontrole: { $at }, personen: { $people }, vermist: { $missing }
cli-plan-roll-call-none = Laatste aanwezigheidscontrole: nog geen
cli-plan-retention = Bezoeken worden na { $days ->
    [one] één dag
   *[other] { $days } dagen
} geanonimiseerd; laatste keer uitgevoerd: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = De noodmodus is actief: { $kind ->
    [fire] ontruiming bij brand
    [shelter] binnen blijven
    [medical] medisch noodgeval
   *[custom] eigen bericht
}. Elk kioskscherm toont dit totdat “lobby emergency end” wordt uitgevoerd of een medewerker de noodmodus beëindigt.
cli-emergency-ended = Alles veilig: de noodmodus is beëindigd na { $seconds ->
    [one] één seconde
   *[other] { $seconds } seconden
}.
cli-emergency-off = De noodmodus is uit.
cli-emergency-on = De noodmodus is actief sinds { $at }: { $kind }.
cli-emergency-kind = “{ $value }” is geen noodsituatie; gebruik fire, shelter, medical of custom (met --message).
cli-incidents-none = Geen openstaande beveiligingsmeldingen.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , persoonsgegevens: melden uiterlijk { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = “{ $value }” is geen soort melding; gebruik lost-badge, suspicious-person, phishing, network-breach, data-exposure of other.
cli-plan-incidents = Openstaande beveiligingsmeldingen: { $open }; met persoonsgegevens: { $personal }; termijn van 72 uur verstreken: { $overdue }

## lobby install-kiosk
cli-install-done = Kiosk ingericht voor { $user } onder { $root } ({ $count ->
    [one] één onderdeel
   *[other] { $count } onderdelen
}). Start de kiosk met: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } bestaat al en is gelaten zoals het was.
cli-install-changed = { $path } is na het inrichten gewijzigd en is blijven staan.
cli-install-undone = Kioskinrichting verwijderd ({ $count ->
    [one] één onderdeel
   *[other] { $count } onderdelen
}). De gegevensmap { $data } is bewaard.
cli-install-nothing = Niets ongedaan te maken: { $path } bestaat niet.
cli-install-no-user = Er is geen gebruiker “{ $user }” op dit systeem. Maak deze eerst aan, bijvoorbeeld: adduser { $user }
cli-install-not-linux = lobby install-kiosk richt Linux-kiosken in. Volg op Windows en macOS docs/deploy.md.

## lobby notify: berichten aan gastheren
cli-notify-sent = #{ $id } { $channel }: afgeleverd. De server antwoordde: { $answer }
cli-notify-retry = #{ $id } { $channel }: nog niet afgeleverd ({ $problem }). Het wordt opnieuw geprobeerd.
cli-notify-failed = #{ $id } { $channel }: niet afgeleverd ({ $problem }). Geen pogingen meer: los de oorzaak op en voer dan ‘lobby notify resend { $id }’ uit.
cli-notify-skip-unset = { $channel }: niet ingesteld in lobby.toml ([notifications.{ $channel }]).
cli-print-off = Er is geen badgeprinter ingesteld: voeg een sectie [printing] toe aan lobby.toml (zie docs/deploy.md).
cli-print-printer = Printer: { $printer } ({ $model }); status { $state } ({ $reasons }).
cli-print-takes = Hij accepteert { $formats }; geladen media: { $media }.
cli-print-sent = Testbadge verstuurd als { $format } op { $media } ({ $bytes } bytes): taak { $job }, { $state }.
cli-print-failed = De testbadge is niet afgedrukt: { $problem }
cli-print-sample-name = Zoë de Vries
cli-print-sample-company = Voorbeeld B.V.
cli-notify-skip-address = { $channel }: { $member } heeft geen e-mailadres in de ledenlijst.
cli-notify-none = { $member } krijgt geen berichten: ‘none’ gekozen, of er is geen kanaal ingesteld.
cli-notify-list-none = Geen bericht aan een gastheer wacht of is mislukt.
cli-notify-line = #{ $id } { $state ->
    [waiting] wacht
    [sending] wordt verstuurd
    [sent] afgeleverd
   *[failed] mislukt
} — { $channel } aan { $host }, in de wachtrij sinds { $at }, pogingen: { $attempts }
cli-notify-problem = Laatste probleem: { $problem }
cli-notify-resent = Bericht #{ $id } ({ $channel } aan { $host }) staat weer in de wachtrij; de kiosk verstuurt het binnen een minuut.
cli-doctor-notify = Berichten aan gastheren
cli-doctor-notify-off = niet ingesteld (geen sectie [notifications]): gastheren horen niets.
cli-doctor-notify-ok = { $channels }; { $waiting } wachtend.
cli-doctor-notify-failed = { $failed } niet afgeleverd: zie ‘lobby notify list’, dan ‘lobby notify resend ID’.
cli-doctor-notify-waiting = { $waiting } wachten sinds { $at }: controleer relay en webhooks met ‘lobby notify test LID’.
cli-doctor-print = Badgeprinter
cli-doctor-print-off = niet ingesteld (geen sectie [printing]): er worden geen bezoekersbadges afgedrukt.
cli-doctor-print-ok = { $printer }: { $state }; laatste badge afgedrukt: { $at }.
cli-doctor-print-ready = { $printer }: { $state }; nog geen badge afgedrukt.
cli-doctor-print-failed = de laatste badge ({ $at }) is niet afgedrukt: { $problem }. Controleer de printer, dan ‘lobby print test’.
cli-doctor-print-unreachable = { $printer } antwoordt niet: { $problem }
cli-doctor-print-not-ready = { $printer } kan nu niet afdrukken: { $reasons }

## lobby invite
cli-invite-created = Uitnodiging { $code } voor { $name }, op bezoek bij { $host }, van { $from } tot { $until }.
cli-invite-emailed = De uitnodiging aan { $email } staat in de wachtrij; de kiosk verstuurt haar.
cli-invite-give-code = Er wordt geen e-mail verstuurd: geef de gast de code.
cli-invite-none = Geen uitnodigingen vanaf vandaag.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] komend
    [valid] geldig
    [used] gebruikt
    [cancelled] geannuleerd
   *[expired] verlopen
} — { $name } voor { $host }, { $from } tot { $until }
