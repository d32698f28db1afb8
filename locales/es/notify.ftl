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
