# lobby-hub, el almacén central de la flota: texto plano para el operador, en su idioma (según
# LANG). Los errores siguen a «cli-error» («Error: …»).

## Errores
hub-error-database = No se puede usar la base de datos { $url }: { $reason }. No se ha cambiado nada.
hub-error-nats = No se puede conectar con el servidor NATS { $url }: { $reason }.
hub-error-unknown-site = No existe el sitio «{ $site }»; añádalo primero con: lobby-hub site add { $site }
hub-error-bad-id = «{ $value }» no es un identificador válido: use de 1 a 40 letras minúsculas, dígitos o «-», sin «-» al principio.
hub-error-bad-date = «{ $value }» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2026-03-31.
hub-error-kiosk-exists = La tableta { $tablet } del sitio { $site } ya tiene credenciales. Para emitir otras nuevas (las antiguas dejan de funcionar), añada --replace.
hub-error-unknown-kiosk = El sitio { $site } no tiene ninguna tableta activa { $tablet }.
hub-error-file = No se puede escribir { $path }: { $reason }.
hub-error-file-read = No se puede leer { $path }: { $reason }.
hub-error-no-nats = Indique el servidor NATS del hub: --nats URL o LOBBY_HUB_NATS.
hub-error-reload = No se puede pedir al servidor NATS (pid { $pid }) que se recargue: { $reason }. Recárguelo a mano (kill -HUP con su pid).
hub-error-no-number = El sitio { $site } ya tiene 10 tabletas, el máximo (cada una recibe un número del 0 al 9 para sus códigos de salida). Revoque una primero: lobby-hub kiosk revoke { $site } TABLETA
hub-error-import = { $file }, línea { $line }: { $problem ->
    [header] falta la columna «{ $value }» (la primera línea debe nombrar id, name, email, team, active).
    [csv] la línea no se puede leer ({ $value }).
    [id] «{ $value }» no es un id de miembro (de 1 a 64 caracteres).
    [name] «{ $value }» no es un nombre.
    [email] «{ $value }» no es una dirección de correo.
    [active] «{ $value }» no es yes ni no.
    [uid] «{ $value }» no es un uid de credencial (hexadecimal, bytes completos).
    [uid-missing] «{ $value }» aparece sin badge_uid.
    [card-type] «{ $value }» no es un tipo de tarjeta (como mifare-classic-1k, desfire o unknown).
    [date] «{ $value }» no es una fecha; escríbala como AAAA-MM-DD.
    [date-order] la credencial termina ({ $value }) antes de empezar.
    [uid-twice] la credencial { $value } ya está en la línea { $other }; una tarjeta pertenece a un solo miembro.
    [member-differs] el miembro { $value } está en la línea { $other } con otros datos; indique el mismo nombre, correo, equipo y estado en cada línea.
    [uid-held] la credencial { $value } pertenece al miembro { $holder } en el hub; revóquela primero (lobby-hub badge revoke).
    [uid-revoked] la credencial { $value } del miembro { $holder } fue revocada en el hub; una importación no vuelve a entregar una tarjeta revocada: quite la línea o entregue una tarjeta nueva.
    [empty] el archivo no contiene miembros.
   *[other] { $problem } { $value }
} No se ha guardado nada.
hub-error-unknown-badge = El sitio { $site } no tiene ninguna credencial { $uid } en uso.
hub-error-policy = { $problem ->
    [id] «{ $value }» no es un id de política; use minúsculas, dígitos y guiones simples, como house-rules.
    [none] Indique el texto de la política en al menos un idioma: LANG=ARCHIVO.
    [argument] «{ $value }» no es LANG=ARCHIVO, por ejemplo es=normas.md.
    [lang] «{ $value }» no es un idioma incluido (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } aparece dos veces.
    [utf8] { $value } no es texto UTF-8.
    [empty] { $value } está vacío.
   *[other] { $problem } { $value }
} No se ha publicado nada.
hub-error-emergency = { $problem ->
    [kind] «{ $value }» no es un tipo de emergencia: use fire, shelter, medical o custom.
    [message-missing] Una emergencia personalizada necesita su mensaje: --message TEXTO.
    [message-long] El mensaje es demasiado largo: como máximo { $value } caracteres.
    [message-control] El mensaje debe ser una sola línea de texto.
   *[other] { $problem } { $value }
} No se ha iniciado ninguna emergencia.
hub-error-no-emergency = No hay ninguna emergencia en curso en el sitio { $site }; no se ha terminado nada.
hub-error-no-roll-call = { $which ->
    [id] El sitio { $site } no tiene el pase de lista { $id }.
   *[newest] El sitio { $site } aún no tiene ningún pase de lista: no ha llegado al hub el de ninguna tableta.
} No se ha exportado nada.
hub-error-config = La configuración { $file } fue rechazada; no se ha guardado ni enviado nada.
hub-error-sql = La base de datos rechazó la operación: { $reason }. No se ha cambiado nada.

## lobby-hub serve
hub-serve-started = Recibiendo los cambios de las tabletas desde { $nats }. Detener con Ctrl+C o SIGTERM.
hub-serve-stopped = Detenido; se guardaron todos los cambios recibidos.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Sitio { $site } guardado (dominio JetStream { $domain }). lobby-hub serve crea su flujo.
hub-kiosk-added = Tableta { $tablet } del sitio { $site } añadida como usuario NATS { $user }, número { $number }; sus credenciales están en { $file }. Copie ese archivo a la tableta y manténgalo en secreto.
hub-kiosk-revoked = Tableta { $tablet } del sitio { $site } revocada.
hub-kiosk-none = Todavía no hay tabletas.
hub-kiosk-active = { $site } / { $tablet }: número { $number }, usuario { $user }, añadida el { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: número { $number }, usuario { $user }, añadida el { $added }, revocada el { $revoked }
hub-users-hint = No se indicó --users-file: el servidor NATS del sitio sigue con sus usuarios anteriores.
hub-users-written = Archivo de usuarios { $file } escrito; tabletas admitidas: { $count }.
hub-users-reloaded = El servidor NATS (pid { $pid }) lo está leyendo de nuevo.
hub-users-reload-hint = Recargue el servidor NATS del sitio para que lea el archivo (nats-server --signal reload, o kill -HUP con su pid).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, época { $epoch }, entrada { $seq }: { $problem ->
    [gap] faltan entradas (gap)
    [unlinked] no enlaza con la entrada anterior (unlinked)
    [altered] su contenido fue modificado (altered)
    [fork] otra historia con los mismos números (fork)
    [missing] faltan entradas en la tableta (missing)
    [truncated] entradas cortadas al final (truncated)
    [unkeyed] sin firma con la clave (unkeyed)
    [wrong-key] firmada con otra clave de sitio (wrong-key)
    [badge-conflict] una tarjeta asignada a dos miembros; no se cambió ninguno, el personal debe decidir (badge-conflict)
    [badge-unknown-member] una credencial para un miembro que el hub no conoce (badge-unknown-member)
    [badge-bad-uid] una solicitud de credencial con un uid ilegible (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = No se pudo leer el mensaje { $id } en { $subject }: { $reason }
hub-audit-clean = Todas las cadenas están intactas ({ $chains } comprobadas); ningún mensaje rechazado.

## lobby-hub export visits
hub-export-written = Visitas exportadas: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Pase de lista { $id } exportado; personas incluidas: { $rows } ({ $file }).

## Cambios enviados a las tabletas de un sitio
hub-down-published = Enviado a las tabletas del sitio.
hub-down-queued = Guardado en el hub, pero ahora no se puede contactar con el servidor NATS: lobby-hub serve lo enviará en cuanto pueda.
hub-members-imported = Sitio { $site }: miembros leídos: { $members }, credenciales: { $badges }, miembros cambiados: { $changed }.
hub-members-none = Todavía no hay miembros.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] activo
   *[no] inactivo
}, credenciales: { $badges }
hub-badge-revoked = Credencial { $uid } del miembro { $member } (sitio { $site }) revocada.
hub-policy-saved = Política { $policy } guardada para el sitio { $site } ({ $langs }).
hub-config-saved = { $file } es válido; guardado para el sitio { $site } (sha256 { $sha }).
hub-config-fleet = la sección [fleet] es propia de cada tableta (su servidor y sus credenciales); quítela del archivo del sitio.
hub-emergency-started = Emergencia { $id } iniciada en el sitio { $site }: { $kind ->
    [fire] incendio
    [shelter] refugio en el lugar
    [medical] médica
   *[custom] personalizada
}.
hub-emergency-ended = Fin de la alerta en el sitio { $site }: emergencia { $id } ({ $kind ->
    [fire] incendio
    [shelter] refugio en el lugar
    [medical] médica
   *[custom] personalizada
}, iniciada { $started }) terminada.
hub-emergency-none = No hay ninguna emergencia en curso en el sitio { $site }.
hub-emergency-in-force = Emergencia en curso en el sitio { $site }: { $id }, { $kind ->
    [fire] incendio
    [shelter] refugio en el lugar
    [medical] médica
   *[custom] personalizada
}, iniciada { $started }. { $message } (Otras emergencias sin terminar: { $others }.)

## Cuentas de personal creadas en el hub (lobby-hub staff)
hub-error-staff-exists = El sitio { $site } ya tiene una cuenta de personal «{ $name }». No se guardó nada. Para impedir o permitir su inicio de sesión: lobby-hub staff disable|enable { $site } NOMBRE. Para un PIN y una clave nuevos: lobby-hub staff reset { $site } NOMBRE
hub-error-unknown-staff = El sitio { $site } no tiene ninguna cuenta de personal «{ $name }» creada en el hub (lobby-hub staff list { $site }).
hub-error-staff-name = «{ $value }» no puede ser el nombre de una cuenta de personal: use de 1 a 80 caracteres sin caracteres de control (lobby-fleet está reservado para las tabletas).
hub-staff-added = Cuenta de personal { $name } guardada para el sitio { $site }; la reciben todas las tabletas del sitio y sustituye a una cuenta con ese nombre creada en una tableta.
hub-staff-reset = La cuenta de personal { $name } del sitio { $site } tiene un PIN nuevo y una clave de autenticación nueva; todas las tabletas del sitio los reciben, y el PIN antiguo y los códigos de la aplicación antigua dejan de funcionar en ellas.
hub-staff-setup = Configure ahora la aplicación de autenticación de la persona con la clave o la URI de abajo (también sirve un código QR de la URI); no se volverán a mostrar.
hub-staff-disabled = Cuenta de personal { $name } del sitio { $site } desactivada: ya no puede iniciar sesión en las tabletas del sitio.
hub-staff-enabled = Cuenta de personal { $name } del sitio { $site } activada: puede volver a iniciar sesión.
hub-staff-unchanged = La cuenta de personal { $name } del sitio { $site } ya está { $active ->
    [yes] activada
   *[no] desactivada
}; no se envió nada.
hub-staff-none = El sitio { $site } todavía no tiene cuentas de personal creadas en el hub.
hub-staff-line = { $name }: { $active ->
    [yes] activa
   *[no] desactivada
}, creada { $added }
