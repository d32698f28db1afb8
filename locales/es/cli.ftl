# La línea de comandos de Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): texto plano para operadores, en su idioma (según LANG).

cli-error = Error: { $message }

## Un lobby.toml rechazado: el archivo, la clave y lo que está mal
cli-config-refused = Se rechazó la configuración y no se cambió nada. { $file }, clave «{ $key }»: { $problem }
cli-config-refused-file = Se rechazó la configuración y no se cambió nada. { $file }: { $problem }
cli-config-unreadable = no se puede leer el archivo ({ $reason }).
cli-config-syntax = no se puede leer este valor: { $detail }.
cli-config-text-length = escriba de 1 a { $max } caracteres.
cli-config-time-zone = { $value } no es una zona horaria; use un nombre IANA como Europe/Berlin.
cli-config-kiosk-id = use de 1 a 40 letras, dígitos, «-» o «_».
cli-config-range = use un número de { $min } a { $max }, no { $value }.
cli-config-languages-empty = indique al menos un idioma.
cli-config-language-unknown = { $value } no es un idioma incluido (incluidos: { $shipped }).
cli-config-language-twice = { $value } aparece dos veces.
cli-config-hours = { $value } no es un horario de apertura; escriba «08:00-20:00» o «closed».
cli-config-hours-order = { $value }: la hora de cierre debe ser posterior a la de apertura.
cli-config-phone = { $value } no es un número de teléfono (solo dígitos, espacios y + - ( ) /).
cli-config-visit-kind = tipo de visita desconocido (conocidos: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = indique el texto en al menos un idioma.
cli-config-translated-offered = indique el texto en al menos uno de los idiomas de kiosk.languages.
cli-config-policy-id = { $value } no es un identificador de política; use letras minúsculas, dígitos y guiones sueltos, como house-rules.
cli-config-policy-unlisted = { $value } no figura en policies.documents; añádala primero a esa lista.
cli-config-group-unlisted = { $value } no figura en badges.access_groups; añádalo primero a esa lista.
cli-config-signage-unknown = { $value } no es un aviso estándar (estándar: { $known }).
cli-config-signage-id = use de 1 a 40 letras minúsculas, dígitos y guiones, y un identificador distinto del de cualquier otro aviso.
cli-config-pictogram = { $value } no es un pictograma incluido (incluidos: { $known }).
cli-config-dates-order = el último día no puede ser anterior al primero.

## lobby audit verify
cli-audit-intact = Registro de auditoría íntegro: { $entries ->
    [one] una entrada verificada.
    [many] { $entries } entradas verificadas.
   *[other] { $entries } entradas verificadas.
}
cli-audit-broken = Registro de auditoría dañado en la entrada { $seq }: { $problem ->
    [altered] su contenido fue modificado.
    [unlinked] ya no sigue a la entrada anterior; se eliminó, reemplazó o movió una entrada.
    [missing] aquí faltan entradas.
    [unkeyed] no está firmada con la clave del sitio: el registro se reescribió desde aquí.
    [wrong-key] el registro está firmado con otra clave del sitio.
   *[truncated] se cortaron entradas del final del registro.
}
cli-audit-key-matches = Comprobado con la clave del sitio { $fingerprint } ({ $path }): coincide.
cli-audit-key-absent = No hay clave del sitio en { $path }: { $unchecked } entradas firmadas solo se comprobaron por su orden.
cli-audit-unkeyed = El registro no está firmado (se escribió antes de las claves del sitio).
cli-audit-checked-with = Comprobado con la clave del sitio { $fingerprint } ({ $path }).
cli-audit-head = Entrada { $seq } ({ $at }): { $head }
    Anótela o guárdela lejos del quiosco; más tarde, «lobby audit verify --head { $head }» prueba que el registro aún la contiene.
cli-audit-head-empty = El registro de auditoría está vacío.
cli-audit-head-invalid = «{ $head }» no es una cabeza: indique ENTRADA:HASH tal como lo muestra «lobby audit head» (al menos 16 dígitos hexadecimales del hash).
cli-audit-head-held = La entrada { $seq } sigue teniendo el hash anotado.
cli-audit-head-lost = La entrada { $seq } ya no tiene el hash anotado: el registro se reescribió o se sustituyó desde entonces.
cli-plan-audit-head = Cabeza del registro de auditoría: { $head } (clave del sitio { $key })
cli-backup-head = Su cabeza de registro de auditoría: { $head }
cli-backup-key-apart = La clave del sitio { $fingerprint } no está en la copia de seguridad. Guarde una copia de { $path } aparte de las copias de seguridad: una base restaurada la necesita para el acceso del personal.
cli-install-key = La clave del sitio es { $path } (modo 0600). Guarde una copia aparte de las copias de seguridad.
cli-doctor-key = Clave del sitio
cli-doctor-key-ok = { $path } ({ $fingerprint }), la clave con la que está sellada esta base
cli-doctor-key-none = aún no hay clave: el primer arranque crea { $path }
cli-doctor-key-unused = { $path } existe, pero la base aún no está sellada con ella: el próximo arranque la sella
cli-doctor-modes = Permisos de archivos
cli-doctor-modes-ok = la carpeta de datos y la clave del sitio solo las puede leer su propietario
cli-doctor-modes-open = { $count ->
    [one] un archivo o carpeta está abierto
   *[other] { $count } archivos o carpetas están abiertos
} a otros usuarios, p. ej. { $path } (modo { $mode }). Solución: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN para { $name } (de 6 a 12 dígitos):
cli-staff-pin-repeat = Repita el PIN:
cli-staff-pin-mismatch = Los dos PIN no coinciden. No se guardó nada.
cli-staff-added = Miembro del personal { $name } añadido.
cli-staff-scan = Escanee este código QR con una aplicación de autenticación o escriba la clave manualmente:
cli-staff-key = Clave: { $key }
cli-staff-uri = URI de aprovisionamiento: { $uri }
cli-staff-qr-saved = Código QR guardado como { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Este PIN es demasiado fácil de adivinar: { $rule ->
    [one-digit] repite un solo dígito.
    [run] sus dígitos suben o bajan en orden, como 123456.
   *[demo] es el PIN publicado del sitio de demostración.
} No se guardó nada; elija otro.
cli-staff-pin-in-use = Otro miembro activo del personal ya tiene este PIN. No se guardó nada; elija otro.
cli-staff-pin-short = Este sitio pide PIN de al menos { $min } dígitos ([staff] pin_min_length). No se ha guardado nada; elija uno más largo.
cli-staff-list-active = activa
cli-staff-list-disabled = desactivada
cli-staff-list-badges = tarjetas: { $count }
cli-staff-count = Cuentas de personal: { $count }
cli-staff-disabled = La cuenta de { $name } está desactivada: ya no puede iniciar sesión, y una sesión abierta en el quiosco termina de inmediato.
cli-staff-already-disabled = La cuenta de { $name } ya estaba desactivada; no se cambió nada.
cli-staff-enabled = { $name } puede volver a iniciar sesión.
cli-staff-unlocked = Acceso desbloqueado para { $name }.
cli-staff-unlock-none = Ningún acceso del personal estaba en espera.
cli-staff-already-enabled = La cuenta de { $name } ya está activa; no se cambió nada.
cli-staff-pin-reset = { $name } tiene un PIN nuevo.
cli-staff-totp-reset = { $name } tiene una clave de autenticación nueva; la anterior ya no funciona.

## lobby demo seed
cli-demo-seeded = Datos de demostración añadidos: { $members } miembros y la cuenta de personal «{ $name }».
cli-demo-credentials = PIN del personal de demostración: { $pin }. Clave de autenticación: { $key } (solo para la demostración, nunca para un sitio real).
cli-demo-already = Esta carpeta de datos ya contiene los datos de demostración; no se cambió nada.
cli-demo-refused-site = La configuración nombra el sitio «{ $site }», no el sitio de demostración.
cli-demo-refused-data = La carpeta de datos { $path } ya contiene datos de un sitio (cuentas de personal: { $staff }, miembros: { $members }, visitas: { $visits }).
cli-demo-refused = No se añadieron los datos de demostración: su PIN de personal y su clave de autenticación son públicos, así que en un sitio real cualquiera podría iniciar sesión como personal. No se cambió nada; pruebe la demostración en una carpeta de datos vacía.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEMA
cli-doctor-warning = ADVERTENCIA
cli-doctor-config = Configuración
cli-doctor-config-demo = no se indicó ninguna: modo de demostración con el sitio de ejemplo
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Carpeta de datos
cli-doctor-data-dir-unwritable = no se puede escribir en { $path }: { $reason }
cli-doctor-database = Base de datos
cli-doctor-database-ok = { $path }, versión del esquema { $version }
cli-doctor-database-missing = aún no se ha creado; se crea la primera vez que se inicia el quiosco
cli-doctor-audit = Registro de auditoría
cli-doctor-staff = Cuentas de personal
cli-doctor-staff-none = ninguna: añada una con `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = la cuenta de demostración { $names } (PIN y clave de autenticación públicos) está activa en este sitio: desactívela con `lobby staff disable NAME`
cli-doctor-policies = Políticas
cli-doctor-backup = Copias de seguridad
cli-doctor-backup-ok = última: { $at }
cli-doctor-backup-stale = la última copia de seguridad ({ $at }) tiene más del doble del intervalo previsto: ejecute «lobby backup now» y revise la carpeta.
cli-doctor-backup-none = todavía no hay ninguna copia de seguridad: el quiosco hará una según su programación, o ejecute «lobby backup now».
cli-doctor-wifi = Wifi de invitados
cli-doctor-wifi-none = no hay niveles configurados ([wifi.tiers] en lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: los niveles con backend "none" se muestran a los invitados, pero no se aplican a ningún equipo.
cli-doctor-policies-unpublished = aún sin publicar: { $policies }. Nadie tendrá que firmarlas hasta que se publiquen (lobby policy publish).
cli-doctor-readers = Lectores de tarjetas de acceso
cli-doctor-readers-none = ninguno: conecte un lector PC/SC (sin él, los miembros no pueden registrar su llegada con la tarjeta)
cli-doctor-readers-service = el servicio de tarjetas no está en marcha ({ $reason }): inicie pcscd
cli-doctor-display = Pantalla
cli-doctor-display-none = no hay DISPLAY ni WAYLAND_DISPLAY: la ventana del quiosco no puede abrirse aquí
cli-doctor-fonts = Fuentes
cli-doctor-fonts-missing = no se encontraron las fuentes Noto ({ $missing }): es posible que algunas escrituras no se muestren
cli-doctor-session-bus = Bus de sesión
cli-doctor-session-bus-none = no hay bus de sesión de D-Bus: podría abrirse una segunda ventana del quiosco
cli-doctor-summary = { $problems ->
    [0] Todo lo que Lobby necesita está en orden.
    [one] Se encontró un problema.
    [many] Se encontraron { $problems } problemas.
   *[other] Se encontraron { $problems } problemas.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] Se importó o actualizó un miembro.
    [many] Se importaron o actualizaron { $count } de miembros.
   *[other] Se importaron o actualizaron { $count } miembros.
}
cli-import-line = Línea { $line }: { $problem }
cli-export-written = { $rows ->
    [one] Se escribió una fila en { $path }.
    [many] Se escribieron { $rows } de filas en { $path }.
   *[other] Se escribieron { $rows } filas en { $path }.
}
cli-date-invalid = { $value } no es una fecha: escríbala con el formato AAAA-MM-DD.

## lobby policy
cli-policy-published = Se publicó la versión { $version } de { $policy }.
cli-policy-text = { $lang }: «{ $title }», SHA-256 { $hash }
cli-policy-lang-needed = Indique con --lang en qué idioma está { $path }, por ejemplo --lang fr.
cli-policy-folder-empty = { $path } no contiene archivos .md; nómbrelos según su idioma, como fr.md.
cli-policy-list-line = { $policy }: versión { $version }, idiomas: { $langs }
cli-policy-list-none = { $policy }: aún no publicada
cli-policy-coverage = { $policy } versión { $version }: la aceptaron { $accepted } de { $total } miembros.
cli-policy-coverage-missing = Pendientes: { $names }
cli-policy-verify-ok = { $count ->
    [one] La aceptación coincide con su texto.
    [many] Las { $count } de aceptaciones coinciden con sus textos.
   *[other] Las { $count } aceptaciones coinciden con sus textos.
}
cli-policy-verify-problem = Aceptación { $id }: { $problem ->
    [text-altered] el texto al que remite se modificó después de publicarse.
    [hash-mismatch] declara un hash de texto que no es el de su texto.
    [claims-mismatch] declara una política, una versión o un idioma distintos de los de su texto.
   *[signature-altered] la imagen de la firma no es la que se registró.
}
cli-policy-receipt-written = Se escribió el comprobante de la aceptación { $id } en { $path }.

## Comprobantes en PDF de la aceptación de políticas
receipt-heading = Comprobante de aceptación
receipt-policy = Política
receipt-version = Versión
receipt-language = Idioma
receipt-text-hash = Huella del texto (SHA-256)
receipt-signer = Firmado por
receipt-member = Miembro
receipt-visitor = Visitante
receipt-accepted-at = Aceptado el
receipt-kiosk = Quiosco
receipt-signature = Firma
receipt-footer = Este comprobante demuestra que el texto con la huella indicada arriba se aceptó en la fecha y hora indicadas. Consérvelo como prueba.

## lobby wifi
cli-config-age-recipient = { $value } no es una clave pública age (age1…, tal como la muestra «age-keygen»).
cli-config-wifi-tier-id = { $value } no es un identificador de nivel wifi; use hasta 20 letras minúsculas, dígitos y guiones sueltos, como guest.
cli-config-wifi-ssid-empty = el nombre de la red está vacío.
cli-config-wifi-ssid-long = el nombre de la red ocupa más de 32 bytes.
cli-config-wifi-ssid-characters = el nombre de la red contiene caracteres que un código QR no puede transmitir fielmente (una barra invertida, caracteres de control o de dirección del texto, o comillas alrededor de todo el nombre).
cli-config-wifi-combination = el backend { $backend } no puede gestionar redes { $security } con credenciales { $credentials } (freeradius: enterprise, per-guest; hostapd: wpa2; redes abiertas: shared).
cli-config-wifi-section = este backend necesita una sección [{ $section }].
cli-config-wifi-absolute = escriba una ruta absoluta.
cli-config-wifi-reload = escriba el comando como una lista, como ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } no figura en wifi.tiers; descríbalo primero ahí.
cli-config-notify-secret = indique exactamente uno de { $key }, { $key }_file o { $key }_env.
cli-config-notify-env = { $value } no es un nombre de variable de entorno; use letras, dígitos y «_».
cli-config-notify-url = { $value } no es una dirección de webhook; escriba una URL https:// (http:// solo hacia este equipo).
cli-config-notify-plain = { $value } no es este equipo; use security = "starttls" o "tls" para que contraseñas y mensajes viajen cifrados.
cli-config-notify-from = { $value } no es un remitente; escriba «Nombre <direccion@example.com>» o «direccion@example.com».
cli-config-notify-username = una contraseña necesita un nombre de usuario.
cli-config-notify-channel = { $value } no es un canal (canales: email, slack, teams, webhook).
cli-config-print-uri = { $value } no es una dirección de impresora; escriba ipp://host/… o ipps://host/… (una cola de CUPS es ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } no es un tamaño de soporte (tamaños: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6 o ANCHOxLARGOmm, cada lado de { $min } a { $max } mm).
cli-config-print-logo = { $value } no es una imagen PNG o SVG que Lobby pueda leer.
cli-config-notify-unset = { $value } no está configurado; añada antes una sección [notifications.{ $value }].
cli-config-fleet-credentials = { $value } no es un archivo de credenciales de flota utilizable ({ $reason }); use el archivo que escribió lobby-hub kiosk add.
cli-config-fleet-server = { $value } no es una dirección de servidor NATS; escriba nats://host:puerto o tls://host:puerto, sin usuario ni contraseña.
cli-config-fleet-tablet = las credenciales son de la tableta «{ $tablet }», pero este quiosco es «{ $id }» (kiosk.id).
cli-config-fleet-ca = { $value } no es un archivo de certificado PEM legible.
cli-wifi-network = Red: { $ssid }
cli-wifi-username = Nombre de usuario: { $username }
cli-wifi-password = Contraseña: { $password }
cli-wifi-open = Contraseña: ninguna (red abierta)
cli-wifi-expires = Válido hasta: { $at }
cli-wifi-pass-id = Acceso: { $id }
cli-wifi-revoked = Acceso { $id } revocado.
cli-wifi-rotated = { $tier }: contraseña nueva; próximo cambio: { $next }.
cli-wifi-none-shared = Ningún nivel tiene contraseña compartida.
cli-wifi-no-backend = Ningún nivel se aplica a un equipo (todos los backends son "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = activa
cli-wifi-tier-closed = desactivada hasta la hora de apertura
cli-wifi-count = { $count ->
    [one] Un acceso activo.
    [many] { $count } de accesos activos.
   *[other] { $count } accesos activos.
}
cli-wifi-backend-ok = { $backend }: coincide con la base de datos
cli-wifi-backend-failed = { $backend }: no coincide con la base de datos: { $reason }

## lobby backup, lobby report
cli-backup-made = Copia de seguridad escrita: { $path } ({ $bytes } bytes, { $entries ->
    [one] una entrada de auditoría
    [many] { $entries } de entradas de auditoría
   *[other] { $entries } entradas de auditoría
}, verificada).
cli-backup-copied = Copiada en { $path }.
cli-backup-count = { $count ->
    [one] Una copia de seguridad en { $folder }.
    [many] { $count } de copias de seguridad en { $folder }.
   *[other] { $count } copias de seguridad en { $folder }.
}
cli-backup-none = Todavía no hay ninguna copia de seguridad en { $folder }.
cli-backup-tested = Prueba de restauración superada: { $file } se abre y su cadena de auditoría está íntegra ({ $entries ->
    [one] una entrada
    [many] { $entries } de entradas
   *[other] { $entries } entradas
}).
cli-backup-restored = Restaurada desde { $file }: { $entries ->
    [one] una entrada de auditoría
    [many] { $entries } de entradas de auditoría
   *[other] { $entries } entradas de auditoría
}, cadena íntegra.
cli-backup-set-aside = La base de datos reemplazada se conserva como { $path }.
cli-plan-title = Plan de seguridad de { $site }, { $at }
cli-plan-backup = Última copia de seguridad: { $at } (demasiado antigua: { $stale })
cli-plan-restore-test = Última prueba de restauración: { $at } (superada: { $ok })
cli-plan-staff = Cuentas de personal: { $accounts }; con aplicación de autenticación: { $authenticator }; con tarjeta de personal: { $badge }
cli-plan-wifi = Accesos activos a la wifi de invitados: { $passes }
cli-plan-wifi-shared = Último cambio de la contraseña compartida de { $tier }: { $at }
cli-plan-policy = { $policy }: { $accepted } de { $members } miembros aceptaron la versión vigente
cli-plan-roll-call = Último pase de lista: { $at }, personas: { $people }, sin localizar: { $missing }
cli-plan-roll-call-none = Último pase de lista: ninguno todavía
cli-plan-retention = Visitas anonimizadas después de { $days ->
    [one] un día
    [many] { $days } de días
   *[other] { $days } días
}; última ejecución: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Modo de emergencia activado: { $kind ->
    [fire] evacuación por incendio
    [shelter] confinamiento
    [medical] emergencia médica
   *[custom] mensaje personalizado
}. Todas las pantallas del quiosco lo muestran hasta «lobby emergency end» o hasta que el personal lo termine.
cli-emergency-ended = Fin de la alerta: el modo de emergencia terminó después de { $seconds ->
    [one] un segundo
    [many] { $seconds } de segundos
   *[other] { $seconds } segundos
}.
cli-emergency-off = El modo de emergencia está desactivado.
cli-emergency-on = Modo de emergencia activado desde el { $at }: { $kind }.
cli-emergency-kind = «{ $value }» no es un tipo de emergencia; use fire, shelter, medical o custom (con --message).
cli-incidents-none = No hay avisos de seguridad abiertos.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , datos personales: notificar a más tardar el { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = «{ $value }» no es un tipo de aviso; use lost-badge, suspicious-person, phishing, network-breach, data-exposure o other.
cli-plan-incidents = Avisos de seguridad abiertos: { $open }; con datos personales: { $personal }; fuera del plazo de 72 horas: { $overdue }

## lobby install-kiosk
cli-install-done = Quiosco configurado para { $user } en { $root } ({ $count ->
    [one] un elemento
    [many] { $count } de elementos
   *[other] { $count } elementos
}). Inícielo con: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } ya existe y se dejó como estaba.
cli-install-changed = { $path } se modificó después de la configuración y se dejó en su sitio.
cli-install-undone = Se eliminó la configuración del quiosco ({ $count ->
    [one] un elemento
    [many] { $count } de elementos
   *[other] { $count } elementos
}). Se conservó la carpeta de datos { $data }.
cli-install-nothing = Nada que deshacer: { $path } no existe.
cli-install-no-user = No hay ningún usuario «{ $user }» en este sistema. Créelo primero, por ejemplo: adduser { $user }
cli-install-not-linux = lobby install-kiosk configura quioscos Linux. En Windows y macOS, siga docs/deploy.md.

## lobby notify: mensajes a anfitriones
cli-notify-sent = #{ $id } { $channel }: entregado. El servidor respondió: { $answer }
cli-notify-retry = #{ $id } { $channel }: aún no entregado ({ $problem }). Se volverá a intentar.
cli-notify-failed = #{ $id } { $channel }: no entregado ({ $problem }). No hay más intentos: corrija la causa y ejecute «lobby notify resend { $id }».
cli-notify-skip-unset = { $channel }: no configurado en lobby.toml ([notifications.{ $channel }]).
cli-print-off = No hay ninguna impresora de acreditaciones configurada: añada una sección [printing] a lobby.toml (vea docs/deploy.md).
cli-print-printer = Impresora: { $printer } ({ $model }); estado { $state } ({ $reasons }).
cli-print-takes = Acepta { $formats }; soportes cargados: { $media }.
cli-print-sent = Acreditación de prueba enviada como { $format } en { $media } ({ $bytes } bytes): trabajo { $job }, { $state }.
cli-print-failed = La acreditación de prueba no se imprimió: { $problem }
cli-print-sample-name = Begoña Núñez
cli-print-sample-company = Ejemplo S.L.
cli-notify-skip-address = { $channel }: { $member } no tiene dirección de correo en la lista de miembros.
cli-notify-none = { $member } no recibe mensajes: eligió «none» o no hay ningún canal configurado.
cli-notify-list-none = Ningún mensaje a un anfitrión está en espera ni ha fallado.
cli-notify-line = #{ $id } { $state ->
    [waiting] en espera
    [sending] enviándose
    [sent] entregado
   *[failed] fallido
} — { $channel } a { $host }, en cola desde { $at }, intentos: { $attempts }
cli-notify-problem = Último problema: { $problem }
cli-notify-resent = El mensaje #{ $id } ({ $channel } a { $host }) vuelve a estar en cola; el quiosco lo envía en menos de un minuto.
cli-doctor-notify = Mensajes a anfitriones
cli-doctor-notify-off = sin configurar (no hay sección [notifications]): no se avisa a los anfitriones.
cli-doctor-notify-ok = { $channels }; { $waiting } en espera.
cli-doctor-notify-failed = { $failed } sin entregar: vea «lobby notify list» y luego «lobby notify resend ID».
cli-doctor-notify-waiting = { $waiting } en espera desde { $at }: compruebe el relé y los webhooks con «lobby notify test MIEMBRO».
cli-doctor-print = Impresora de acreditaciones
cli-doctor-print-off = sin configurar (no hay sección [printing]): no se imprimen acreditaciones de visitante.
cli-doctor-print-ok = { $printer }: { $state }; última acreditación impresa: { $at }.
cli-doctor-print-ready = { $printer }: { $state }; todavía no se ha impreso ninguna acreditación.
cli-doctor-print-failed = la última acreditación ({ $at }) no se imprimió: { $problem }. Compruebe la impresora y luego ejecute «lobby print test».
cli-doctor-print-unreachable = { $printer } no responde: { $problem }
cli-doctor-print-not-ready = { $printer } no puede imprimir ahora: { $reasons }

## lobby invite
cli-invite-created = Invitación { $code } para { $name }, que visita a { $host }, del { $from } al { $until }.
cli-invite-emailed = La invitación a { $email } está en cola; el quiosco la envía.
cli-invite-give-code = No se envía ningún correo: dé el código al invitado.
cli-invite-none = No hay invitaciones a partir de hoy.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] próxima
    [valid] válida
    [used] usada
    [cancelled] cancelada
   *[expired] caducada
} — { $name } para { $host }, del { $from } al { $until }
