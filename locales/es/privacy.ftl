## lobby privacy: solicitudes de una persona sobre sus datos (incidencia 23)

privacy-pdf-title = Lo que { $site } guarda sobre usted
privacy-pdf-intro = Todo lo que Lobby, el sistema de recepción, guardaba el { $date } sobre la persona indicada como «{ $named }». El archivo personal-data.json junto a este documento contiene lo mismo en formato legible por máquina.
privacy-pdf-none = Ninguno.
privacy-pdf-record = Registro { $id }
privacy-pdf-visits = Visitas y recorridos
privacy-pdf-acceptances = Firmas y recibos del código de conducta
privacy-pdf-wifi = Accesos wifi
privacy-pdf-roll-calls = Recuentos de evacuación
privacy-pdf-messages = Mensajes sobre sus visitas
privacy-pdf-invitations = Invitaciones
privacy-pdf-badges = Credenciales de visitante impresas
privacy-pdf-approvals = Registros en espera de aprobación
privacy-pdf-profile = Perfil de visitante
privacy-pdf-incidents = Avisos de seguridad que le mencionan
privacy-pdf-deny = Entradas de la lista de exclusión
privacy-pdf-holds = Obligaciones de conservación sobre sus datos
privacy-pdf-name = Nombre
privacy-pdf-company = Empresa
privacy-pdf-email = Correo electrónico
privacy-pdf-phone = Teléfono
privacy-pdf-purpose = Motivo o interés
privacy-pdf-kind = Tipo
privacy-pdf-host = Anfitrión
privacy-pdf-language = Idioma
privacy-pdf-arrived = Llegada
privacy-pdf-left = Salida
privacy-pdf-lead-consent = Guardado como contacto comercial
privacy-pdf-anonymised = Anonimizado
privacy-pdf-visit = Visita
privacy-pdf-policy = Texto firmado
privacy-pdf-signed-at = Firmado
privacy-pdf-signature = Firma
privacy-pdf-signature-file = La imagen está en { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = La imagen se eliminó; su SHA-256 { $hash } queda como prueba de la firma.
privacy-pdf-valid = Validez
privacy-pdf-label = Emitido para
privacy-pdf-status = Estado
privacy-pdf-channel = Canal
privacy-pdf-recipient = Enviado a
privacy-pdf-created = Fecha
privacy-pdf-content = Contenido
privacy-pdf-description = Descripción
privacy-pdf-contact = Contacto
privacy-pdf-note = Nota del personal
privacy-pdf-reported = Notificado
privacy-pdf-closed = Terminado
privacy-pdf-reason = Motivo
privacy-pdf-until = Hasta
privacy-pdf-last-visit = Última visita
privacy-pdf-yes = Sí
privacy-pdf-no = No
privacy-pdf-rights = Puede pedir en recepción que se rectifiquen o supriman estos datos. Los datos sujetos a una obligación de conservación se guardan hasta que esta termine (art. 17, apartado 3, del RGPD).

## lobby privacy (línea de órdenes)
cli-privacy-exported = Se escribieron { $json } y { $pdf }: { $records } registros. La solicitud #{ $id } está respondida.
cli-privacy-received = Solicitud #{ $id } ({ $kind }) recibida el { $received }: responder antes del { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, recibida el { $received }, vence el { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] queda 1 día
    [many] quedan { $days } de días
   *[other] quedan { $days } días
}
cli-privacy-overdue = { $days ->
    [one] vencida hace 1 día
    [many] vencida hace { $days } de días
   *[other] vencida hace { $days } días
}
cli-privacy-answered = respondida el { $at }
cli-privacy-no-requests = No hay solicitudes abiertas.
cli-privacy-erased = Supresión #{ $id }, { $at }:
cli-privacy-erased-line = - suprimido: { $table }: { $count }
cli-privacy-nothing-erased = - no quedaba nada que suprimir.
cli-privacy-kept-heading = Conservado (art. 17, apartado 3, del RGPD):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = mencionado en un aviso de seguridad aún abierto
cli-privacy-why-hold = obligación de conservación #{ $hold } hasta el { $until }: { $reason }
cli-privacy-why-deny = una entrada de la lista de exclusión (se cambia con lobby deny)
cli-privacy-nothing-kept = No se conservó nada.
cli-privacy-backups = Las copias de seguridad anteriores a { $at } conservan los datos suprimidos hasta que se roten.
cli-privacy-wal-busy = Otro programa está leyendo la base de datos: los datos suprimidos saldrán de su registro de escritura anticipada cuando la suelte.
cli-privacy-table = { $table ->
    [visits] visitas
    [acceptances] firmas
    [wifi_passes] accesos wifi
    [roll_call_entries] líneas de recuento
    [outbox] mensajes
    [invitations] invitaciones
    [approvals] registros en espera de aprobación
    [visitor_profiles] perfil de visitante
    [incidents] avisos de seguridad
   *[deny_entries] entradas de la lista de exclusión
}
cli-privacy-hold-set = Obligación de conservación #{ $id } sobre { $who } hasta el { $until }.
cli-privacy-hold-line = #{ $id } { $who } hasta el { $until }: { $reason }
cli-privacy-hold-released = Obligación de conservación #{ $id } levantada.
cli-privacy-hold-unknown = No hay ninguna obligación de conservación #{ $id } activa.
cli-privacy-no-holds = No hay obligaciones de conservación activas.
