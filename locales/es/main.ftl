# Quiosco Lobby: las pantallas. en-US es la referencia: cada idioma tiene todos los mensajes
# y atributos de este archivo. Los datos del sitio (nombres, números) siempre son argumentos.

## El idioma tal como lo escriben sus hablantes (se muestra en el selector de idioma).
language-name = Español

## Inicio
home-welcome = Le damos la bienvenida a { $site }
home-prompt = ¿En qué podemos ayudarle hoy?
home-desk-help = ¿Viene a visitar a alguien? Por favor, pregunte en recepción. Pronto podrá registrar su llegada en esta tableta.
home-staff = Personal
home-language = Idioma
home-demo = Modo de demostración
home-today = Hoy es { $date }

## Acciones usadas en muchas pantallas
action-cancel = Cancelar
action-back = Atrás
action-sign-in = Iniciar sesión
action-sign-out = Cerrar sesión
action-close = Cerrar

## Acceso del personal
staff-signin-title = Acceso del personal
staff-signin-hint = Escriba su PIN y el código de 6 dígitos de su aplicación de autenticación.
staff-signin-pin = PIN
staff-signin-code = Código de autenticación
staff-signin-working = Verificando…

## Inicio del personal
staff-home-title = Sesión iniciada como { $name }
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
   *[truncated] se cortaron entradas del final del registro.
}
staff-recent-title = Actividad reciente
staff-recent-empty = Todavía no hay nada registrado.
staff-recent-entry = { $action ->
    [staff-sign-in] Intento de inicio de sesión del personal
    [staff-sign-out] Cierre de sesión del personal
    [staff-add] Cuenta de personal creada
    [demo-seed] Datos de demostración añadidos
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
error-staff-name-invalid = El nombre de un miembro del personal debe tener entre 1 y 80 caracteres.
