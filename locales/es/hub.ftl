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
hub-error-reload = No se puede pedir al servidor NATS (pid { $pid }) que se recargue: { $reason }. Recárguelo a mano (kill -HUP con su pid).
hub-error-sql = La base de datos rechazó la operación: { $reason }. No se ha cambiado nada.

## lobby-hub serve
hub-serve-started = Recibiendo los cambios de las tabletas desde { $nats }. Detener con Ctrl+C o SIGTERM.
hub-serve-stopped = Detenido; se guardaron todos los cambios recibidos.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Sitio { $site } guardado (dominio JetStream { $domain }). lobby-hub serve crea su flujo.
hub-kiosk-added = Tableta { $tablet } del sitio { $site } añadida como usuario NATS { $user }; sus credenciales están en { $file }. Copie ese archivo a la tableta y manténgalo en secreto.
hub-kiosk-revoked = Tableta { $tablet } del sitio { $site } revocada.
hub-kiosk-none = Todavía no hay tabletas.
hub-kiosk-active = { $site } / { $tablet }: usuario { $user }, añadida el { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: usuario { $user }, añadida el { $added }, revocada el { $revoked }
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
   *[other] { $problem }
} { $detail }
hub-audit-rejected = No se pudo leer el mensaje { $id } en { $subject }: { $reason }
hub-audit-clean = Todas las cadenas están intactas ({ $chains } comprobadas); ningún mensaje rechazado.

## lobby-hub export visits
hub-export-written = Visitas exportadas: { $rows } ({ $file }).
