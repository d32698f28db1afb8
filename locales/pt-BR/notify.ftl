# Mensagens ao anfitrião quando o convidado chega (e-mail, Slack, Teams, webhook), no idioma
# do anfitrião. Só quem veio, de qual empresa, que tipo de visita, quando e onde espera.
notify-arrival-subject = { $visitor } chegou para ver você
notify-arrival-subject-company = { $visitor } ({ $company }) chegou para ver você
notify-arrival-lead = { $visitor } fez check-in em { $site } às { $time }.
notify-label-visitor = Visitante
notify-label-company = Empresa
notify-label-kind = Visita
notify-label-time = Chegada
notify-label-where = Check-in em
notify-label-waiting = Aguarda
notify-where = { $site }, tablet { $kiosk }
notify-test-subject = Mensagem de teste de { $site }
notify-test-lead = Olá { $host }, este é um teste de { $site } (tablet { $kiosk }). Quando um convidado seu fizer check-in, você será avisado assim.
notify-footer = Enviado automaticamente pelo Lobby em { $site }. As respostas não são lidas.
notify-invite-subject = Seu convite para { $site }
notify-invite-lead = Olá { $guest }, { $host } convidou você para { $site }.
notify-label-code = Seu código
notify-label-day = Dia
notify-label-hours = Aberto
notify-label-address = Endereço
notify-label-host = Seu anfitrião
notify-invite-closed = fechado nesse dia: combine um horário com seu anfitrião
notify-invite-how = Na entrada, toque em “Tenho um convite” no tablet e digite o código ou aproxime o QR code do leitor.
notify-held-subject = Alguém aguarda a equipe em { $kiosk }
notify-held-lead = Um check-in em { $site } corresponde à entrada { $entry } da lista de bloqueio e aguarda a equipe no quiosque { $kiosk }. Nenhuma visita é salva e nenhum anfitrião é avisado até que alguém libere ou recuse o visitante na tela da equipe.
notify-label-since = Aguardando desde
notify-label-entry = Entrada da lista
