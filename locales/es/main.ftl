# Quiosco Lobby: las pantallas. en-US es la referencia: cada idioma tiene todos los mensajes
# y atributos de este archivo. Los datos del sitio (nombres, números) siempre son argumentos.

## El idioma tal como lo escriben sus hablantes (se muestra en el selector de idioma).
language-name = Español

## Inicio
home-welcome = Le damos la bienvenida a { $site }
home-prompt = ¿En qué podemos ayudarle hoy?
home-desk-help = ¿Necesita ayuda? Por favor, pregunte en recepción.
home-check-in = Registrar mi llegada
home-check-in-help = Visita a un miembro, pase de día, trabajos o entrevista
home-members = Miembros: acerquen su tarjeta al lector para registrar su entrada.
home-tour = Vengo a una visita guiada
home-check-out = Registrar mi salida
home-staff = Personal
idle-still-there = ¿Sigue ahí? Esta pantalla vuelve a empezar en unos segundos.
idle-still-here = Sigo aquí
home-language = Idioma
home-demo = Modo de demostración
home-today = Hoy es { $date }

## Acciones usadas en muchas pantallas
action-cancel = Cancelar
action-back = Atrás
action-sign-in = Iniciar sesión
action-sign-out = Cerrar sesión
action-close = Cerrar
action-continue = Continuar
action-done = Listo

## Llegada: el tipo de visita
checkin-type-title = ¿Qué le trae por aquí hoy?
visit-kind = { $kind ->
    [member] Miembro
    [guest] Visita a un miembro
    [tour] Visita guiada del espacio
    [day-pass] Pase de día
    [contractor] Proveedor técnico
    [delivery] Entrega
   *[interview] Entrevista o evento
}
visit-kind-help = { $kind ->
    [guest] Alguien de aquí le ha invitado.
    [tour] Conozca el espacio con una persona de nuestro equipo.
    [day-pass] Trabaje aquí durante el día.
    [contractor] Viene a reparar o instalar algo.
    [delivery] Trae un paquete o mercancía para alguien de aquí.
   *[interview] Tiene una entrevista o viene a un evento.
}

## Llegada: sus datos
checkin-details-title = Sus datos
checkin-optional = opcional
field-name = Nombre completo
field-company = Empresa
field-email = Correo electrónico
field-phone = Teléfono
field-purpose = Motivo de su visita
field-interest = ¿Qué está buscando?

## Llegada: a quién visita
checkin-host-title = ¿A quién viene a visitar?
checkin-host-search = Escriba al menos 2 letras de su nombre
checkin-host-none = No se encontró ningún miembro. Revise la ortografía o pregunte en recepción.
checkin-host-chosen = Viene a visitar a { $host }
checkin-host-unknown = Mi anfitrión no aparece, o no lo sé
checkin-recipient-title = ¿Para quién es la entrega?
checkin-recipient-unknown = Para la recepción, o no lo sé

## Llegada: visitas guiadas
checkin-guide-title = ¿Quién le acompaña en la visita?
checkin-guide-unknown = No lo sé
checkin-off-limits-title = Por favor, no entre en estas zonas
checkin-off-limits-intro = Por seguridad y por la privacidad de nuestros miembros, no se puede entrar en estas zonas durante su visita:
checkin-off-limits-ack = Entendido
checkin-lead-title = ¿Seguimos en contacto?
checkin-lead-consent = { $site } puede contactarme sobre la membresía con los datos que figuran a continuación.
checkin-lead-note = Solo guardamos estos datos si marca la casilla. Si no la marca, guardamos únicamente su nombre y la hora de su visita.
checkin-returning = Ya he estado aquí
checkin-returning-title = Bienvenido de nuevo
checkin-returning-help = Escriba la dirección de correo que dio cuando nos pidió que le recordáramos.
checkin-returning-find = Buscarme
checkin-returning-found-title = ¿Es usted?
checkin-returning-yes = Sí, rellenarlo
checkin-returning-no = No, empezar de nuevo
checkin-returning-forget = Olvídenme
checkin-returning-forget-note = «Olvídenme» borra estos datos ahora. Sus visitas se conservan solo como indica nuestro aviso de privacidad.
checkin-returning-forgotten = Hecho: hemos borrado los datos que guardábamos de usted.
checkin-remember = Recordarme la próxima vez
checkin-remember-note = Si marca esta casilla, guardamos su nombre, sus datos de contacto, su idioma y la versión del Código de Conducta que firmó durante { $days } días después de su última visita, para rellenar esto por usted la próxima vez. «Olvídenme» los borra en cualquier momento.
checkin-wait-title = Espere un momento, alguien le atenderá enseguida.
checkin-wait-body = Gracias por su paciencia.
checkin-wait-staff = Personal

## Llegada: privacidad
checkin-privacy-title = Su privacidad
checkin-privacy-body = Guardamos su nombre, a quién visita y cuándo llega y se va, para saber quién está en el edificio en caso de emergencia y mantener la seguridad del espacio. Después de { $days ->
    [one] un día
    [many] { $days } de días
   *[other] { $days } días
}, se eliminan su nombre y sus datos de contacto. Para consultar o eliminar sus datos, pregunte en la recepción de { $site }.
checkin-privacy-accept = Acepto

## Llegada: bienvenida
checkin-welcome-title = ¡Le damos la bienvenida, { $name }!
checkin-welcome-host = Viene a visitar a { $host }
checkin-welcome-guide = { $host } le acompañará en la visita.
checkin-welcome-front-desk = { $desk } buscará a su anfitrión y le avisará de que ha llegado.
checkin-welcome-front-desk-tour = { $desk } buscará a alguien que le acompañe en la visita.
checkin-welcome-delivery = Entrega para { $host }.
checkin-welcome-delivery-desk = { $desk } recibirá la entrega.
checkin-welcome-host-told = Estamos avisando a { $host } de que ha llegado.
checkin-badge-printing = Su acreditación de visitante se está imprimiendo: recójala en la impresora y llévela puesta durante su visita.
checkin-badge-ready = Su acreditación de visitante está lista: recójala en la impresora y llévela puesta durante su visita.
checkin-badge-desk = No se ha podido imprimir su acreditación de visitante: por favor, recójala en recepción.
checkin-welcome-delivery-told = Estamos avisando a { $host } de que su entrega ha llegado.
checkin-welcome-code = Su código de salida
checkin-welcome-code-help = Introdúzcalo aquí cuando se vaya.
checkin-welcome-wait-title = Dónde esperar

## Wifi de invitados en la pantalla de bienvenida.
wifi-title = Wifi
wifi-scan = Apunte la cámara de su teléfono al código para conectarse.
wifi-qr-label = Código QR para conectarse a la red { $ssid }
wifi-network = Red
wifi-username = Nombre de usuario
wifi-password = Contraseña
wifi-open = No hace falta contraseña.
wifi-until = Funciona hasta las { $time }.
wifi-enterprise-help = En un portátil, elija la red, luego PEAP, y escriba el nombre de usuario y la contraseña.
wifi-closed = { $opens ->
    [none] La red wifi de invitados está desactivada por ahora.
   *[other] La red wifi de invitados está desactivada por la noche y vuelve a funcionar a las { $opens }.
}

## Personal: wifi de invitados.
staff-wifi-title = Wifi de invitados
staff-wifi-tier = Red
staff-wifi-hours = Horas
staff-wifi-for = ¿Para quién es?
staff-wifi-issue = Crear un acceso
staff-wifi-issued = Wifi para { $label }
staff-wifi-active = { $count ->
    [0] No hay accesos activos.
    [one] Un acceso activo:
    [many] { $count } de accesos activos:
   *[other] { $count } accesos activos:
}
staff-wifi-ends = hasta las { $time }
staff-wifi-revoke = Revocar
staff-wifi-revoked = El acceso de { $holder } ha terminado.
staff-wifi-rotate = Nueva contraseña para { $ssid }
staff-wifi-rotated = La red { $ssid } tiene una contraseña nueva.
staff-wifi-closed = La red { $ssid } está desactivada hasta la hora de apertura.
## Personal: el plan de seguridad (también `lobby report security-plan`).
staff-plan-title = Plan de seguridad
staff-plan-backup = Última copia de seguridad: { $at }
staff-plan-backup-none = Todavía no se ha hecho ninguna copia de seguridad.
staff-plan-backup-stale = La última copia de seguridad es demasiado antigua. Revise la carpeta de copias de seguridad o ejecute «lobby backup now».
staff-plan-backup-failed = La última copia de seguridad falló: { $reason }
staff-plan-restore-test = Última prueba de restauración: { $at }
staff-plan-restore-test-none = Todavía no se ha hecho ninguna prueba de restauración («lobby backup test»).
staff-plan-staff = { $accounts ->
    [one] Una cuenta de personal
    [many] { $accounts } de cuentas de personal
   *[other] { $accounts } cuentas de personal
}: { $authenticator } con aplicación de autenticación, { $badge } con tarjeta de personal.
staff-plan-wifi = { $passes ->
    [0] No hay accesos activos a la wifi de invitados.
    [one] Un acceso activo a la wifi de invitados.
    [many] { $passes } de accesos activos a la wifi de invitados.
   *[other] { $passes } accesos activos a la wifi de invitados.
}
staff-plan-wifi-shared = { $tier }: contraseña cambiada el { $at }
staff-plan-policy = { $policy }: { $accepted } de { $members } miembros aceptaron la versión vigente
staff-plan-roll-call = Último pase de lista: { $at }, { $people ->
    [one] una persona
    [many] { $people } de personas
   *[other] { $people } personas
}, { $missing } sin localizar
staff-plan-roll-call-none = Todavía no se ha hecho ningún pase de lista ni simulacro.
staff-plan-retention = Las visitas se anonimizan después de { $days ->
    [one] un día
    [many] { $days } de días
   *[other] { $days } días
}.
staff-plan-audit-head = Cabeza del registro de auditoría, para anotar (clave del sitio { $key }):
staff-wifi-problem = El servidor { $backend } no está actualizado: { $reason }. Lobby lo vuelve a intentar cada 30 segundos; los registros de llegada siguen funcionando y los accesos funcionarán en cuanto el servidor vuelva a estar disponible.

## Salida
checkout-title = Registrar su salida
checkout-help = Introduzca el código de 6 dígitos de su pantalla de bienvenida.
checkout-code = Código de salida
checkout-done-title = ¡Hasta pronto, { $name }!
checkout-done-body = Su salida ha quedado registrada. Gracias por su visita.
checkout-no-code = No tengo mi código
checkout-by-name-title = Registrar la salida con su nombre
checkout-by-name-name = Su nombre completo, como al llegar
checkout-by-name-host = El nombre de pila de su anfitrión

## Personal: quién está en el edificio, pase de lista
staff-onsite-title = En el edificio ahora
staff-onsite-empty = No hay visitantes en el edificio.
staff-onsite-count = { $count ->
    [one] Una persona en el edificio
    [many] { $count } de personas en el edificio
   *[other] { $count } personas en el edificio
}
staff-onsite-host = Visita a { $host }
staff-onsite-since = Desde { $time }
staff-onsite-tablet = En { $tablet }
staff-onsite-reprint = Reimprimir acreditación
staff-onsite-reprinted = { $name }: acreditación enviada a la impresora.
staff-print-problem = La impresora de acreditaciones no imprimió la última acreditación de visitante ({ $at }): { $problem }
staff-print-problem-count = { $count ->
    [one] Hoy no se ha podido imprimir una acreditación.
    [many] Hoy no se han podido imprimir { $count } de acreditaciones.
   *[other] Hoy no se han podido imprimir { $count } acreditaciones.
}
staff-self-checkouts-title = Salidas registradas en la pantalla hoy
staff-self-checkouts-hint = Con un código o un nombre, en el quiosco. Si alguna no la hizo el propio visitante, deshágala: vuelve a estar en el lugar y en el pase de lista. Su pase wifi sigue terminado.
staff-self-checkout-at = Salió a las { $time }
staff-undo-check-out = Deshacer
staff-undo-check-out-person = Deshacer la salida de { $name }
staff-check-out-person = Registrar la salida de { $name }
staff-rollcall-start = Iniciar el pase de lista
staff-rollcall-title = Pase de lista
staff-rollcall-progress = A salvo: { $safe } · Sin localizar: { $missing } · Pendientes: { $unaccounted }
staff-rollcall-mark-safe = { $name } está a salvo
staff-rollcall-mark-missing = { $name } está sin localizar
staff-rollcall-safe = A salvo
staff-rollcall-missing = Sin localizar
staff-rollcall-finish = Terminar el pase de lista
staff-rollcall-finished = Pase de lista terminado a las { $time }.

## Acceso del personal
staff-signin-title = Acceso del personal
staff-signin-who = ¿Quién es usted?
staff-signin-who-hint = Toque su nombre, o acerque su tarjeta de personal al lector.
staff-signin-someone-else = Otra persona
staff-signin-hint = Escriba su PIN y el código de 6 dígitos de su aplicación de autenticación.
staff-signin-badge-read = Tarjeta de personal leída. Introduzca su PIN e inicie sesión; no hace falta el código.
staff-signin-pin = PIN
staff-signin-code = Código de autenticación
staff-signin-working = Verificando…

## Inicio del personal
staff-home-title = Sesión iniciada como { $name }
scroll-more = Más abajo
staff-home-session-held = Modo de emergencia o recuento en curso: la sesión sigue abierta hasta que termine. Cierre la sesión al dejar el quiosco.
staff-home-session = Por seguridad, la sesión se cierra tras { $minutes ->
    [one] un minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
} sin actividad.
staff-home-counts = { $staff ->
    [one] Una cuenta de personal
    [many] { $staff } cuentas de personal
   *[other] { $staff } cuentas de personal
}, { $members ->
    [one] un miembro activo
    [many] { $members } miembros activos
   *[other] { $members } miembros activos
}
staff-audit-title = Registro de auditoría
staff-audit-intact = Íntegro: { $entries ->
    [one] una entrada, verificada.
    [many] { $entries } entradas, todas verificadas.
   *[other] { $entries } entradas, todas verificadas.
}
staff-audit-broken = Dañado en la entrada { $seq }: { $problem ->
    [altered] su contenido fue modificado.
    [unlinked] ya no sigue a la entrada anterior; se eliminó, reemplazó o movió una entrada.
    [missing] aquí faltan entradas.
    [unkeyed] no está firmada con la clave del sitio: el registro se reescribió desde aquí.
    [wrong-key] el registro está firmado con otra clave del sitio.
   *[truncated] se cortaron entradas del final del registro.
}
staff-recent-title = Actividad reciente
staff-recent-empty = Todavía no hay nada registrado.
staff-recent-entry = { $action ->
    [staff-sign-in] Intento de inicio de sesión del personal
    [staff-sign-out] Cierre de sesión del personal
    [staff-add] Cuenta de personal creada
    [staff-disable] Cuenta de personal desactivada
    [staff-enable] Cuenta de personal activada
    [staff-reset-pin] PIN de personal restablecido
    [staff-reset-totp] Autenticador de personal restablecido
    [staff-unlock] Acceso del personal desbloqueado
    [site-key] Clave del sitio fijada, secretos sellados
    [demo-seed] Datos de demostración añadidos
    [visit-check-in] Llegada de visitante registrada
    [visit-check-out] Salida de visitante registrada
    [visit-check-out-undo] Salida deshecha por el personal
    [roll-call-start] Pase de lista iniciado
    [roll-call-mark] Pase de lista: persona marcada
    [roll-call-finish] Pase de lista terminado
    [members-import] Miembros importados
    [export] Datos exportados
    [visits-anonymise] Visitas antiguas anonimizadas
    [policy-publish] Versión de política publicada
    [policy-accept] Política firmada
    [policy-decline] Política rechazada
    [badge-enroll] Tarjeta de acceso registrada
    [badge-revoke] Tarjeta de acceso revocada
    [badge-restore] Tarjeta suspendida restablecida
    [notify-test] Mensaje de prueba enviado a un anfitrión
    [notify-resend] Mensaje a un anfitrión reenviado
    [notify-failed] Mensaje a un anfitrión no entregado
    [invitation-create] Invitación creada
    [invitation-cancel] Invitación cancelada
    [invitation-guessing] Códigos de invitación erróneos: formulario ralentizado
    [badge-printed] Acreditación de visitante impresa
    [badge-print-failed] Acreditación de visitante no impresa
    [badge-reprint] Acreditación de visitante reimpresa
    [screen-restarted] La pantalla se detuvo y se reinició
    [screen-failing] La pantalla se detenía una y otra vez: la aplicación se reinició
    [member-notify] Cambiado cómo se avisa a un miembro
    [badge-unknown] Tarjeta desconocida
    [badge-refused] Tarjeta de acceso rechazada
    [member-check-in] Entrada de un miembro
    [badges-export] Lista de tarjetas exportada
    [staff-badge-enroll] Tarjeta de personal registrada
    [member-add] Miembro añadido
    [wifi-pass-issue] Acceso wifi creado
    [wifi-pass-end] Acceso wifi terminado
    [wifi-rotate] Contraseña wifi cambiada
    [wifi-tier-open] Red wifi activada
    [wifi-tier-close] Red wifi desactivada por la noche
    [wifi-shared-shown] Contraseña wifi compartida entregada
    [backup] Copia de seguridad realizada
    [backup-failed] Copia de seguridad fallida
    [backup-restore-test] Restauración de copia de seguridad probada
    [backup-restore] Base de datos restaurada desde una copia de seguridad
    [emergency-start] Modo de emergencia activado
    [emergency-end] Modo de emergencia terminado: fin de la alerta
    [incident-report] Aviso de seguridad recibido
    [incident-acknowledge] Aviso de seguridad atendido
    [incident-close] Aviso de seguridad cerrado
    [badge-suspend] Tarjeta de acceso bloqueada tras un aviso de pérdida
    [profile-remember] Un visitante pidió que le recordemos
    [profile-forget] Perfil de visitante borrado a petición
    [profiles-expire] Perfiles de visitante borrados tras su plazo de conservación
    [approval-hold] Registro retenido para el personal (lista de acceso denegado)
    [approval-approve] Registro retenido aceptado
    [approval-deny] Registro retenido rechazado
    [approvals-abandon] Registros retenidos descartados sin decisión
    [deny-add] Persona añadida a la lista de acceso denegado
    [deny-remove] Persona quitada de la lista de acceso denegado
    [deny-safe-add] Dirección añadida a la lista segura
    [deny-safe-remove] Dirección quitada de la lista segura
    [privacy-request] Solicitud sobre los datos de una persona registrada
    [privacy-export] Todo lo que se guarda de una persona exportado
    [privacy-erase] Datos de una persona borrados a petición
    [privacy-hold] Retención legal establecida
    [privacy-hold-release] Retención legal levantada
    [fleet-join] Se unió a una flota
    [fleet-leave] Salió de la flota
    [fleet-apply] Cambio compartido del centro aplicado
    [fleet-check-out] Salida de una visita de otra tableta
    [fleet-share-visit] Visita abierta compartida con el sitio al unirse
   *[other] { $action }
}
staff-signed-out-idle = Su sesión se cerró tras un período sin actividad.

## Errores: uno por código de error, elegido por el código, nunca por un texto de la aplicación.
error-internal = Algo salió mal en esta tableta. Vuelva a intentarlo o pregunte en recepción.
error-staff-session-required = Primero inicie sesión con una cuenta de personal.
error-sign-in-failed = PIN o código incorrecto. { $remaining ->
    [one] Le queda un intento antes de que se bloquee el acceso.
    [many] Le quedan { $remaining } intentos antes de que se bloquee el acceso.
   *[other] Le quedan { $remaining } intentos antes de que se bloquee el acceso.
}
error-sign-in-locked = Demasiados intentos fallidos. El acceso está bloqueado; vuelva a intentarlo en { $seconds ->
    [one] un segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
}.
error-pin-invalid = El PIN debe tener entre 6 y 12 dígitos.
error-code-invalid = El código son los 6 dígitos que muestra su aplicación de autenticación.
error-staff-exists = Ya existe un miembro del personal llamado { $name }.
error-staff-not-found = No existe ningún miembro del personal llamado { $name }.
error-staff-name-invalid = El nombre de un miembro del personal debe tener entre 1 y 80 caracteres y no puede ser lobby-fleet (reservado para la flota).
error-field-required = { $field ->
    [name] Por favor, escriba su nombre.
    [company] Por favor, escriba el nombre de la empresa.
    [email] Por favor, escriba una dirección de correo electrónico.
    [phone] Por favor, escriba un número de teléfono.
    [purpose] Por favor, díganos qué le trae por aquí.
    [id] Falta el identificador del miembro. Añádalo, por favor.
    [signer_name] Por favor, escriba su nombre al firmar.
    [label] Por favor, indique para quién es el acceso.
    [description] Por favor, cuéntenos qué ha pasado.
    [note] Por favor, escriba qué se hizo.
    [message] Por favor, escriba el mensaje para la pantalla.
    [kind] Por favor, elija de qué se trata.
   *[other] Por favor, rellene este campo.
}
error-field-too-long = { $field ->
    [name] Este nombre es demasiado largo
   *[other] Este texto es demasiado largo
}: como máximo { $max } caracteres.
error-field-invalid-characters = { $field ->
    [active] Escriba «yes» o «no».
    [line] No se puede leer esta línea.
    [notify] Escriba los canales como email, slack, teams o webhook, separados por comas, o none.
    [language] Escriba uno de los idiomas de Lobby, como de o pt-BR.
    [id] El identificador de un miembro solo puede contener letras, dígitos, «-», «_» y «.».
   *[other] Por favor, use aquí solo letras, números y signos de puntuación habituales.
}
error-email-invalid = Por favor, revise la dirección de correo electrónico, por ejemplo nombre@example.com.
error-phone-invalid = Por favor, revise el número de teléfono: solo dígitos, espacios y + - ( ).
error-visit-type-unavailable = Este tipo de visita no está disponible aquí. Por favor, pregunte en recepción.
error-host-required = Por favor, elija al miembro al que viene a visitar.
error-host-unknown = No encontramos a ese miembro. Por favor, pregunte en recepción.
error-guide-required = Por favor, elija quién le acompaña en la visita.
error-privacy-not-accepted = Por favor, lea y acepte el aviso de privacidad para registrar su llegada.
error-off-limits-not-shown = Por favor, confirme que ha leído cuáles son las zonas restringidas.
error-checkout-code-unknown = No encontramos ninguna visita con este código. Revise los 6 dígitos o pregunte en recepción.
error-checkout-name-unknown = No pudimos registrar su salida con estos datos. Diríjase a recepción: allí registrarán su salida.
error-checkout-paused = Demasiados intentos fallidos en este quiosco. Inténtelo de nuevo en { $seconds } segundos o diríjase a recepción.
error-already-checked-out = La salida de esta visita ya está registrada. ¡Gracias por su visita!
error-visit-not-found = Esta visita ya no existe.
error-printing-off = No hay ninguna impresora de acreditaciones configurada en lobby.toml ([printing]).
error-roll-call-not-found = Este pase de lista ya no existe.
error-roll-call-finished = Este pase de lista ha terminado y ya no se puede modificar.
error-import-rejected = { $count ->
    [one] No se puede leer la línea { $lines }
    [many] No se pueden leer las líneas { $lines }
   *[other] No se pueden leer las líneas { $lines }
}; no se importó nada.
error-signature-missing = Por favor, firme con el dedo dentro del recuadro.
error-signature-too-small = Es demasiado pequeña para ser una firma. Por favor, firme a lo ancho del recuadro.
error-signature-invalid = No se pudo leer la firma. Por favor, bórrela y vuelva a firmar.
error-policy-unknown = Aquí no existe ninguna política llamada «{ $policy }».
error-policy-text-invalid = No se puede publicar el texto en { $lang }: debe estar en Markdown con codificación UTF-8, empezar con una línea «# Título» y ocupar como máximo 256 KB.
error-policy-language-published = Esta versión ya tiene un texto en { $lang }. Los textos publicados nunca se reemplazan: publique una nueva versión en su lugar.
error-policy-version-unknown = No existe la versión { $version } de esta política.
error-policy-reference-missing = Una nueva versión necesita un texto en { $lang }, el idioma de respaldo para todos los lectores.
error-policy-outdated = Este texto se acaba de actualizar. Por favor, lea la nueva versión.
error-policy-not-accepted = Por favor, lea y firme el código de conducta para registrar su llegada.
error-member-not-found = Este miembro no figura en la lista de miembros.
error-member-session-required = Por favor, vuelva a acercar su tarjeta o pregunte en recepción.
error-acceptance-not-found = No hay ningún comprobante con este número.

## Leer y firmar una política
policy-fallback = Este texto aún no está disponible en su idioma, por lo que se muestra en el idioma principal del espacio.
policy-read-hint = Por favor, lea hasta el final para continuar.
policy-read-done = Gracias por leer.
policy-continue = Continuar para firmar
policy-decline = No estoy de acuerdo
policy-decline-confirm = ¿Está seguro? Sin aceptar no puede registrar su entrada hoy.
policy-decline-keep = Volver
policy-decline-yes = Sí, no estoy de acuerdo
policy-sign-title = Firme para aceptar
policy-sign-intro = Al firmar, acepta «{ $title }», versión { $version }.
policy-signer-name = Su nombre
policy-signature-label = Firma: firme con el dedo
policy-signature-hint = Firme aquí
policy-signature-clear = Borrar
policy-signature-undo = Deshacer
policy-agree = Acepto
policy-declined-title = Gracias por su tiempo
policy-declined-body = Solo podemos recibir a quienes aceptan nuestras normas. Si tiene alguna pregunta sobre ellas, por favor, hable con alguien de recepción.

## Un miembro en el quiosco
member-hello = Hola, { $name }
member-pending = { $count ->
    [one] Por favor, lea y firme este documento antes de continuar:
    [many] Por favor, lea y firme estos { $count } de documentos antes de continuar:
   *[other] Por favor, lea y firme estos { $count } documentos antes de continuar:
}
member-up-to-date = Ya lo ha firmado todo. ¡Gracias!
member-signed = Firmado. En recepción pueden imprimirle un comprobante.
member-start = Empezar a leer
member-guest = Registrar a un invitado

## Personal: pasar el quiosco a un miembro
staff-members-title = Firma de miembros
staff-members-help = Busque a un miembro y pásele el quiosco para que firme las políticas que aún no ha firmado. Su sesión de personal se cerrará.
staff-members-search = Nombre del miembro
staff-members-handover = Pasar el quiosco a { $name }
error-badge-random-uid = Esta tarjeta muestra un número distinto cada vez que se acerca (como ocurre con los teléfonos y con algunas tarjetas bancarias o con protección de la privacidad), así que no puede ser una tarjeta de acceso. Por favor, use una tarjeta de miembro.
error-badge-taken = Esta tarjeta pertenece ahora a { $owner }. Confirme para asignársela a este miembro en su lugar.
error-badge-already-enrolled = Esta tarjeta ya es la tarjeta de acceso de este miembro.
error-badge-group-unknown = Aquí no existe ningún grupo de acceso «{ $group }».
error-badge-dates-invalid = { $field ->
    [valid_from] La fecha de inicio no es una fecha válida.
   *[valid_to] La fecha de fin debe ser una fecha igual o posterior a la fecha de inicio.
}
error-badge-not-found = Esta tarjeta de acceso ya no existe o ya se revocó.
error-badge-no-card = Primero acerque la tarjeta al lector.
error-wifi-tier-unknown = Aquí no existe ninguna red wifi llamada { $tier }.
error-wifi-closed = { $opens ->
    [none] La red wifi de invitados está desactivada.
   *[other] La red wifi de invitados está desactivada hasta las { $opens }.
}
error-wifi-hours-invalid = Un acceso wifi dura de 1 a 168 horas.
error-wifi-pass-not-found = Este acceso wifi ya ha terminado.
error-database-in-use = El quiosco todavía tiene la base de datos abierta. Cierre el quiosco y vuelva a restaurar. No se ha cambiado nada.
error-key-missing = Los secretos del personal de esta base de datos están sellados con la clave del sitio { $fingerprint }, que no está en { $path }. Ponga allí el archivo de clave (la copia guardada aparte de las copias de seguridad) y vuelva a empezar. No se ha cambiado nada.
error-key-mismatch = El archivo de clave { $path } tiene la clave { $found }, pero esta base de datos necesita { $expected }. Ponga allí el archivo de clave correcto y vuelva a empezar. No se ha cambiado nada.
error-key-unreadable = No se puede leer el archivo de clave { $path } ({ $problem }). No se ha cambiado nada.
error-secret-unreadable = Un secreto guardado no se abre con esta clave del sitio. El personal puede rehacer el segundo factor con «lobby staff reset-totp NOMBRE».
error-notification-not-found = Ese mensaje a un anfitrión no existe. Vuelva a cargar la lista.
error-notification-sent = Este mensaje ya se entregó, así que no se vuelve a enviar.
error-invitation-unknown = No encontramos este código de invitación. Compruébelo o pregunte en recepción.
error-invitation-expired = Esta invitación terminó el { $until }. Pregunte en recepción.
error-invitation-not-yet = Esta invitación es para el { $from }. Pregunte en recepción.
error-invitation-cancelled = Esta invitación se canceló. Pregunte en recepción.
error-invitation-used = Esta invitación ya se usó para registrarse. Pregunte en recepción.
error-invitation-dates = Una invitación empieza hoy o más tarde y dura de 1 a 30 días.
error-profile-not-found = No encontramos esa dirección. Compruébela o regístrese como visitante nuevo.
error-approval-needed = Espere un momento, alguien le atenderá enseguida.
error-approval-not-found = Este registro ya no espera aprobación.
error-deny-entry-not-found = No existe la entrada { $id } en la lista de acceso denegado.
error-person-not-found = Lobby no guarda nada sobre esa persona.
error-hold-dates-invalid = Una retención termina un día posterior a hoy.
error-invitation-denied = Este invitado coincide con la entrada { $id } de la lista de acceso denegado: no se creó la invitación. Consulte en recepción.
error-request-date-invalid = Una solicitud se recibe hoy o un día anterior (AAAA-MM-DD).
error-storage-full = Esta tableta no puede guardar nada en este momento: su almacenamiento está lleno. No se guardó nada. Por favor, pregunte en recepción.
error-backup-invalid = No se puede usar esta copia de seguridad: { $problem }
error-database-unreadable = No se puede leer la base de datos { $path } ({ $reason }). No se cambió nada. Restaure la última copia de seguridad válida: «lobby backup list» y después «lobby backup restore FILE».
error-wifi-not-shared = Esta red tiene un usuario por invitado, así que no hay ninguna contraseña compartida que cambiar.

## Una tarjeta de acceso acercada en la pantalla de inicio
badge-refused = { $reason ->
    [unknown] No se reconoce esta tarjeta. Por favor, pregunte en recepción.
    [revoked] Esta tarjeta de acceso ya no es válida. Por favor, pregunte en recepción.
    [outside-dates] Esta tarjeta de acceso no es válida hoy. Por favor, pregunte en recepción.
    [suspended] Esta tarjeta se suspendió tras un aviso de pérdida o robo. Pida ayuda al personal de recepción: pueden restablecerla.
    [typed] Un número tecleado nunca se registra: acerque la tarjeta al lector.
   *[unreadable] No se pudo leer la tarjeta. Por favor, manténgala quieta sobre el lector e inténtelo de nuevo.
}
member-checked-in = Su llegada de hoy ya está registrada.

## Personal: tarjetas de acceso
staff-badges-title = Tarjetas de acceso
staff-badges-help = Busque a un miembro para registrar, revocar o reemplazar sus tarjetas de acceso.
staff-badges-suspended-title = Suspendidas tras un aviso de pérdida
staff-badges-suspended-hint = Cualquiera que conozca el nombre y el correo de un miembro puede avisar de que perdió su tarjeta. Si el miembro aún la tiene, restablézcala: funciona en el siguiente uso.
staff-badge-restore = Restablecer
staff-badge-restore-person = Restablecer la tarjeta de { $name }
staff-badge-restored = La tarjeta { $uid } de { $name } vuelve a funcionar.
staff-badges-search = Buscar un miembro
staff-member-add = ¿No está en la lista? Añadir un miembro
staff-member-add-confirm = Añadir este miembro
staff-badges-member = Tarjetas de acceso de { $name }
staff-badges-none = Aún no hay tarjetas de acceso.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] activa
    [not-yet-valid] aún no válida
    [expired] caducada
   *[revoked] revocada
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
    [iso-14443-4] tarjeta ISO 14443-4
   *[unknown] tarjeta desconocida
}
staff-badge-revoke = Revocar
staff-badge-replace = Reemplazar una tarjeta perdida
staff-badge-enroll = Registrar una tarjeta de acceso
staff-badge-groups = Grupos de acceso
staff-badge-valid-from = Válida desde
staff-badge-valid-to = Válida hasta (opcional)
staff-badge-read = Leer la tarjeta
staff-badge-tap-now = Acerque ahora la tarjeta al lector.
staff-badge-card = Tarjeta { $uid } ({ $type })
staff-badge-owner = Esta tarjeta pertenece a { $name }.
staff-badge-reassign = Asignarla a { $name }
staff-badge-confirm = Registrar esta tarjeta
staff-badge-enrolled = Tarjeta de acceso { $uid } registrada.
staff-badge-revoked = Tarjeta de acceso revocada.
staff-badge-cancel = Dejar de leer
staff-badge-self = Usar una tarjeta como mi tarjeta de personal
staff-badge-self-confirm = Convertir esta tarjeta en mi tarjeta de personal
staff-badge-self-done = Su tarjeta de personal está lista: acérquela e introduzca su PIN para iniciar sesión.
staff-approvals-title = Registros que esperan al personal
staff-approvals-match = Coincide con la entrada { $entry } de la lista de acceso denegado
staff-approvals-reason = En la lista porque: { $reason }
staff-approvals-since = Esperando desde { $time }
staff-approvals-approve = Dejar pasar
staff-approvals-deny = Rechazar
staff-approvals-denied = Rechazado. No se guardó ninguna visita.
staff-members-today-title = Miembros presentes hoy
staff-members-today-none = Hoy todavía no ha entrado ningún miembro con su tarjeta de acceso.

## Avisos de seguridad en la pantalla de inicio. Cada dato del sitio es un argumento: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Avisos de seguridad
signage-position = Aviso { $n } de { $count }
signage-pause = Pausa
signage-resume = Reanudar
signage-previous = Aviso anterior
signage-next = Aviso siguiente
signage-exits-title = Salidas de emergencia y punto de encuentro
signage-exits-body = En caso de emergencia, salga por la salida señalizada más cercana. No use los ascensores. Diríjase al punto de encuentro: { $assembly_point }.
signage-fire-alarm-title = Si descubre un incendio
signage-fire-alarm-body = Active la alarma en el pulsador rojo más cercano y llame al { $fire }. Indique la dirección: { $address }. Use un extintor solo si tiene formación para ello y puede hacerlo sin peligro.
signage-first-aid-title = Primeros auxilios
signage-first-aid-body = Botiquín de primeros auxilios: { $first_aid }. En caso de emergencia, llame al { $medical }. Seguridad del espacio: { $security }.
signage-after-hours-title = El espacio está cerrado ahora
signage-after-hours-body = Solo pueden entrar los miembros con acceso por tarjeta, y los visitantes deben ir acompañados de la persona a la que visitan. Las salidas de emergencia se pueden usar en todo momento.
signage-cctv-title = Cámaras de seguridad en funcionamiento
signage-cctv-body = Las cámaras de las entradas graban para proteger a las personas y los bienes. Las grabaciones se conservan { $camera_retention_days ->
    [one] un día
    [many] { $camera_retention_days } de días
   *[other] { $camera_retention_days } días
} y solo se revisan después de un incidente. Para preguntas o para consultar sus datos: { $privacy_contact }.
signage-report-title = ¿Ha visto algo? Infórmenos aquí
signage-report-body = Una tarjeta de acceso perdida, alguien que entra detrás de otras personas, un correo extraño o una posible fuga de datos: toque «Informar de un problema de seguridad». Informar nunca se sanciona; ocultar una brecha de seguridad, sí.
signage-wifi-safety-title = Seguridad en la wifi
signage-wifi-safety-body = La red wifi de invitados está separada de la red de los miembros. En cualquier red compartida, use HTTPS y su VPN, mantenga sus dispositivos actualizados y compruebe con el personal el nombre exacto de la red.
signage-phishing-title = Phishing: pare, compruebe, informe
signage-phishing-body = Nunca le pedimos su contraseña por correo electrónico, chat o ventana emergente. Compruebe el remitente antes de abrir enlaces o archivos adjuntos, e informe en este quiosco de cualquier cosa extraña.

## Pantalla de inicio fuera del horario de apertura
home-closed-title = { $site } está cerrado en este momento
home-closed-opens = Volvemos a abrir: { $day }, a las { $time }.
home-closed-members = Miembros: acerque su tarjeta de acceso al lector.
home-closed-visitors = Visitantes: por favor, llame al { $security } o pida a la persona a la que visita que salga a recibirle.
home-closed-check-in = Registrar mi llegada: visitas permitidas fuera de horario
home-report = Informar de un problema de seguridad

## Informar de un problema de seguridad (cualquier persona, desde la pantalla de inicio)
report-title = Informar de un problema de seguridad
report-intro = Informar nunca se sanciona. Cuéntenos qué ha notado; el personal ve cada aviso en su pantalla de este quiosco.
report-kind-title = ¿De qué se trata?
report-kind = { $kind ->
    [lost-badge] Tarjeta de acceso perdida o robada
    [suspicious-person] Persona sospechosa
    [phishing] Phishing o un mensaje extraño
    [network-breach] Posible intrusión en la red
    [data-exposure] Datos personales expuestos
   *[other] Otra cosa
}
report-kind-help = { $kind ->
    [lost-badge] Bloqueamos la tarjeta para que nadie más pueda usarla.
    [suspicious-person] Alguien que entra detrás de otras personas o que está donde no debería.
    [phishing] Un correo, un mensaje o una llamada que pide contraseñas o un pago.
    [network-breach] Un dispositivo que se comporta de forma extraña, o un enlace que ojalá no hubiera abierto.
    [data-exposure] Papeles, pantallas o archivos que muestran datos de otras personas.
   *[other] Cualquier otra cosa que le preocupe.
}
report-description = ¿Qué pasó, cuándo y dónde?
report-description-optional = ¿Algo más que debamos saber? (opcional)
report-contact = ¿Cómo podemos contactarle? (opcional)
report-contact-help = Una dirección de correo electrónico o un número de teléfono, si quiere recibir respuesta.
report-personal-data = Puede haber datos personales de otras personas afectados
report-member-title = Su tarjeta de acceso
report-member-search = Su nombre
report-member-email = La dirección de correo electrónico que tenemos registrada
report-member-help = Con su nombre y su dirección de correo electrónico bloqueamos su tarjeta de inmediato. Sin ellos, el personal la bloquea después de comprobar su identidad.
report-send = Enviar el aviso
report-thanks-title = Gracias por avisarnos
report-thanks-next = Su aviso está guardado. El personal lo verá en cuanto vuelva a iniciar sesión en este quiosco. Si es urgente, avise en recepción o llame al número de los avisos de seguridad. Si dejó sus datos de contacto, el personal se pondrá en contacto con usted.
report-thanks-badge = { $count ->
    [0] No tiene ninguna tarjeta de acceso en uso, así que no había nada que bloquear.
    [one] Su tarjeta de acceso está bloqueada: ya no abre nada. Pida una nueva en recepción.
    [many] Sus { $count } de tarjetas de acceso están bloqueadas: ya no abren nada. Pida otras nuevas en recepción.
   *[other] Sus { $count } tarjetas de acceso están bloqueadas: ya no abren nada. Pida otras nuevas en recepción.
}
report-thanks-not-identified = Esa dirección de correo electrónico no coincide con nuestros registros, así que el personal comprobará su identidad y después bloqueará la tarjeta.
report-thanks-reference = Número de aviso: { $id }
report-thanks-danger = Si alguien está en peligro, llame ahora al { $police }.

## Modo de emergencia: se muestra a la vez en todos los idiomas configurados
emergency-title = { $kind ->
    [fire] Incendio: salga del edificio ahora
    [shelter] Confinamiento: quédese dentro
    [medical] Emergencia médica
   *[custom] Emergencia
}
emergency-action = { $kind ->
    [fire] Use la salida más cercana, no los ascensores. Diríjase al punto de encuentro: { $assembly_point }.
    [shelter] Vaya al refugio: { $shelter }. Aléjese de las ventanas, cierre las puertas y espere las instrucciones del personal.
    [medical] Llame al { $medical }. Primeros auxilios: { $first_aid }. Deje libre el paso a los servicios de emergencia.
   *[custom] Siga las instrucciones del personal.
}
emergency-aed = Desfibrilador (DEA): { $aed }
emergency-assembly = Punto de encuentro: { $assembly_point }
emergency-shelter = Refugio: { $shelter }
emergency-first-aid = Botiquín: { $first_aid }
emergency-numbers = Bomberos { $fire } · Emergencias médicas { $medical } · Policía { $police } · Seguridad del espacio { $security }
emergency-address = Dirección: { $address }
emergency-since = Desde las { $time }
emergency-staff = Personal: pase de lista y fin de la alerta
emergency-label = Emergencia

## Personal: modo de emergencia y avisos de seguridad
staff-emergency-title = Modo de emergencia
staff-emergency-start = { $kind ->
    [fire] Evacuación por incendio
    [shelter] Confinamiento
    [medical] Emergencia médica
   *[custom] Mensaje personalizado
}
staff-emergency-message = Mensaje para la pantalla
staff-emergency-confirm = ¿Activar ahora el modo de emergencia? Todas las pantallas lo mostrarán hasta que usted lo termine.
staff-emergency-on = Modo de emergencia activado: { $kind }
staff-emergency-end = Fin de la alerta: terminar el modo de emergencia
staff-emergency-end-confirm = ¿Están todos a salvo y pueden volver a entrar? Todas las pantallas vuelven a la normalidad.
staff-emergency-end-yes = Sí, fin de la alerta
staff-emergency-ended = El modo de emergencia terminó después de { $minutes ->
    [one] un minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}.
staff-incidents-title = Avisos de seguridad
staff-incidents-none = No hay avisos abiertos.
staff-incidents-count = { $count ->
    [one] Un aviso abierto
    [many] { $count } de avisos abiertos
   *[other] { $count } avisos abiertos
}
staff-incident-reported = Recibido el { $at }
staff-incident-status = { $status ->
    [open] Nuevo
    [acknowledged] En curso
   *[closed] Cerrado
}
staff-incident-member = Miembro: { $name }
staff-incident-suspended = { $count ->
    [0] No había ninguna tarjeta de acceso en uso.
    [one] Una tarjeta de acceso bloqueada.
    [many] { $count } de tarjetas de acceso bloqueadas.
   *[other] { $count } tarjetas de acceso bloqueadas.
}
staff-incident-contact = Contacto: { $contact }
staff-incident-clock = Datos personales: si es obligatorio, notifíquelo a la autoridad de control a más tardar el { $at } ({ $hours ->
    [one] queda una hora
    [many] quedan { $hours } de horas
   *[other] quedan { $hours } horas
}).
staff-incident-overdue = Datos personales: el plazo de 72 horas terminó el { $at }.
staff-incident-acknowledge = Hacerse cargo
staff-incident-close = Cerrar con una nota
staff-incident-note = Qué se hizo
staff-plan-incidents = { $open ->
    [0] No hay avisos de seguridad abiertos.
    [one] Un aviso de seguridad abierto.
    [many] { $open } de avisos de seguridad abiertos.
   *[other] { $open } avisos de seguridad abiertos.
}
staff-plan-incidents-personal = { $count ->
    [one] Uno afecta a datos personales
    [many] { $count } afectan a datos personales
   *[other] { $count } afectan a datos personales
}, { $overdue } fuera del plazo de 72 horas.
error-no-emergency = El modo de emergencia no está activado.
error-incident-not-found = Este aviso ya está cerrado o no existe.
pictogram-name = { $code ->
    [E001] Salida de emergencia (izquierda)
    [E002] Salida de emergencia (derecha)
    [E003] Primeros auxilios
    [E004] Teléfono de emergencia
    [E007] Punto de encuentro
    [E010] Desfibrilador (DEA)
    [F001] Extintor
   *[F005] Pulsador de alarma de incendio
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Teclado en pantalla
keyboard-backspace = Borrar
keyboard-shift = Mayúsculas
keyboard-space = Espacio
keyboard-close = Ocultar el teclado
keyboard-enter = Intro: campo siguiente o continuar
keyboard-layouts = Cambiar la distribución del teclado
keyboard-accents = Letras con acento
keyboard-letters = Letras
keyboard-candidates = Caracteres para { $pinyin }
keyboard-candidates-more = Más caracteres
keyboard-candidates-back = Caracteres anteriores

## Registro con invitación
home-invitation = Tengo una invitación
invite-code-title = Su invitación
invite-code-field = Código de invitación
invite-code-help = Escriba el código de 8 caracteres de su invitación o acerque su código QR al lector.
invite-confirm-title = ¡Bienvenido/a, { $name }!
invite-confirm-host = Visita a { $host } hoy.
invite-confirm-yes = Sí, soy yo
invite-confirm-no = No soy yo

## Personal: invitaciones y mensajes a anfitriones
staff-expected-title = Esperados hoy
staff-expected-none = No hay invitados esperados hoy.
staff-expected-arrived = Llegó
staff-expected-waiting = Esperado
staff-expected-for = para { $host }
staff-invitation-cancel = Cancelar
staff-invitation-cancel-person = Cancelar la invitación de { $name }
staff-outbox-title = Mensajes a anfitriones aún sin entregar
staff-outbox-line = { $channel } a { $host }: { $state ->
    [failed] no entregado
   *[waiting] pendiente de envío
}
staff-outbox-resend = Enviar de nuevo
staff-outbox-resend-person = Enviar de nuevo el mensaje a { $host }
staff-invite-open = Invitar a alguien
staff-invite-host = Anfitrión (escriba dos letras)
staff-invite-host-chosen = Anfitrión: { $host }
staff-invite-host-change = Cambiar
staff-invite-date = Primer día (AAAA-MM-DD)
staff-invite-days = Días
staff-invite-create = Crear invitación
staff-invite-made = Invitación para { $name }: { $code }
staff-invite-emailed = El correo de invitación va de camino a { $email }.
staff-invite-give-code = Dé este código al invitado.
staff-member-notify-title = Cómo se enteran los miembros de sus invitados
staff-member-notify-how = Cómo avisarles
staff-member-notify-search = Miembro (escriba dos letras)
staff-member-notify-site = Lo predeterminado del espacio
staff-member-notify-none = Nunca
staff-member-notify-off = No hay ningún canal configurado en lobby.toml ([notifications]): todavía no se avisa a nadie.
staff-member-notify-no-email = No hay dirección de correo registrada: el correo no puede llegar a este miembro.
staff-member-notify-language = Idioma de sus mensajes
staff-member-notify-language-site = El primer idioma del espacio
staff-member-notify-save = Guardar
staff-member-notify-saved = Guardado para { $name }.
staff-channel = { $channel ->
    [email] Correo
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Flota
staff-fleet-member = Sitio { $site }, tableta { $tablet }
staff-fleet-connected = Conectada al servidor del sitio
staff-fleet-disconnected = Sin conexión con el servidor del sitio
staff-fleet-waiting = Cambios en espera de envío: { $count }
staff-fleet-oldest = Cambio en espera más antiguo: { $at }
staff-fleet-ack = Última recepción en el servidor: { $at }
staff-fleet-ack-none = El servidor aún no ha recibido nada
staff-fleet-error = Último problema: { $reason }
staff-fleet-tablets = Tabletas de esta sede
staff-fleet-tablet-this = { $tablet } (esta tableta)
staff-fleet-tablet-connected = conectada
staff-fleet-tablet-away = sin noticias
staff-fleet-tablet-contact = último contacto { $at }
staff-fleet-tablet-waiting = { $count } en espera
staff-fleet-site-config = Configuración de la sede desde el centro, enviada { $at }: guardada, se usa desde el próximo inicio del quiosco
staff-fleet-site-config-received = Configuración de la sede desde el centro, enviada { $at }: recibida
staff-fleet-site-config-error = Configuración de la sede desde el centro, enviada { $at }, no se pudo usar: { $reason }
staff-fleet-flags = Requiere su atención
staff-fleet-flag = { $problem ->
    [badge-conflict] Una tarjeta se dio a dos miembros: { $detail }
    [badge-unknown-member] Una tarjeta se dio a un miembro que el centro no conoce: { $detail }
   *[other] { $detail }
}
fleet-error-server = la dirección del servidor o su certificado no se pueden usar
fleet-error-no-stream = el servidor aún no tiene un stream para este sitio
fleet-error-timeout = el servidor no respondió a tiempo
fleet-error-unreachable = no se puede contactar con el servidor
fleet-error-refused = el servidor rechazó el cambio
fleet-error-database = no se pudo leer o escribir la base de datos
fleet-error-credentials = el servidor rechazó las credenciales (revocadas o incorrectas)
fleet-error-permission = el servidor no permite que esta tableta envíe aquí
