# Mensajes al anfitrión cuando llega su invitado (correo, Slack, Teams, webhook), en el idioma
# del anfitrión. Solo quién vino, de qué empresa, qué tipo de visita, cuándo y dónde espera.
notify-arrival-subject = { $visitor } ha llegado para verle
notify-arrival-subject-company = { $visitor } ({ $company }) ha llegado para verle
notify-arrival-lead = { $visitor } se registró en { $site } a las { $time }.
notify-label-visitor = Visitante
notify-label-company = Empresa
notify-label-kind = Visita
notify-label-time = Llegada
notify-label-where = Registrado en
notify-label-waiting = Espera
notify-where = { $site }, tableta { $kiosk }
notify-test-subject = Mensaje de prueba de { $site }
notify-test-lead = Hola { $host }, esto es una prueba de { $site } (tableta { $kiosk }). Cuando se registre un invitado suyo, se le avisará así.
notify-footer = Enviado automáticamente por Lobby en { $site }. Las respuestas no se leen.
notify-invite-subject = Su invitación a { $site }
notify-invite-lead = Hola { $guest }, { $host } le ha invitado a { $site }.
notify-label-code = Su código
notify-label-day = Día
notify-label-hours = Abierto
notify-label-address = Dirección
notify-label-host = Su anfitrión
notify-invite-closed = cerrado ese día: acuerde una hora con su anfitrión
notify-invite-how = En la entrada, toque «Tengo una invitación» en la tableta y escriba el código o acerque el código QR al lector.
notify-held-subject = Alguien espera al personal en { $kiosk }
notify-held-lead = Un registro en { $site } coincide con la entrada { $entry } de la lista de acceso denegado y espera al personal en el quiosco { $kiosk }. No se guarda ninguna visita ni se avisa a nadie hasta que alguien lo deje pasar o lo rechace en la pantalla del personal.
notify-label-since = Esperando desde
notify-label-entry = Entrada de la lista
