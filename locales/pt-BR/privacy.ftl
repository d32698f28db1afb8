## lobby privacy: pedidos de uma pessoa sobre seus dados (issue 23)

privacy-pdf-title = O que { $site } guarda sobre você
privacy-pdf-intro = Tudo o que o Lobby, o sistema de recepção, guardava em { $date } sobre a pessoa indicada como “{ $named }”. O arquivo personal-data.json ao lado deste documento contém o mesmo em formato legível por máquina.
privacy-pdf-none = Nenhum.
privacy-pdf-record = Registro { $id }
privacy-pdf-visits = Visitas e tours
privacy-pdf-acceptances = Assinaturas e comprovantes do código de conduta
privacy-pdf-wifi = Acessos Wi-Fi
privacy-pdf-roll-calls = Chamadas de evacuação
privacy-pdf-messages = Mensagens sobre suas visitas
privacy-pdf-invitations = Convites
privacy-pdf-badges = Crachás de visitante impressos
privacy-pdf-approvals = Check-ins aguardando aprovação
privacy-pdf-profile = Perfil de visitante
privacy-pdf-incidents = Relatos de segurança que citam você
privacy-pdf-deny = Entradas da lista de bloqueio
privacy-pdf-holds = Retenções legais sobre seus dados
privacy-pdf-name = Nome
privacy-pdf-company = Empresa
privacy-pdf-email = E-mail
privacy-pdf-phone = Telefone
privacy-pdf-purpose = Motivo ou interesse
privacy-pdf-kind = Tipo
privacy-pdf-host = Anfitrião
privacy-pdf-language = Idioma
privacy-pdf-arrived = Chegada
privacy-pdf-left = Saída
privacy-pdf-lead-consent = Guardado como contato comercial
privacy-pdf-anonymised = Anonimizado
privacy-pdf-visit = Visita
privacy-pdf-policy = Texto assinado
privacy-pdf-signed-at = Assinado
privacy-pdf-signature = Assinatura
privacy-pdf-signature-file = A imagem está em { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = A imagem foi removida; seu SHA-256 { $hash } fica como prova da assinatura.
privacy-pdf-valid = Validade
privacy-pdf-label = Emitido para
privacy-pdf-status = Situação
privacy-pdf-channel = Canal
privacy-pdf-recipient = Enviado para
privacy-pdf-created = Data
privacy-pdf-content = Conteúdo
privacy-pdf-description = Descrição
privacy-pdf-contact = Contato
privacy-pdf-note = Nota da equipe
privacy-pdf-reported = Relatado
privacy-pdf-closed = Encerrado
privacy-pdf-reason = Motivo
privacy-pdf-until = Até
privacy-pdf-last-visit = Última visita
privacy-pdf-yes = Sim
privacy-pdf-no = Não
privacy-pdf-rights = Você pode pedir à recepção que corrija ou apague esses dados. Dados sob retenção legal ficam guardados até o fim dela (art. 17, n.º 3, do RGPD).

## lobby privacy (linha de comando)
cli-privacy-exported = { $json } e { $pdf } gravados: { $records } registros. O pedido #{ $id } foi respondido.
cli-privacy-received = Pedido #{ $id } ({ $kind }) recebido em { $received }: responder até { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, recebido em { $received }, prazo { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}
cli-privacy-overdue = { $days ->
    [one] atrasado { $days } dia
   *[other] atrasado { $days } dias
}
cli-privacy-answered = respondido em { $at }
cli-privacy-no-requests = Nenhum pedido em aberto.
cli-privacy-erased = Apagamento #{ $id }, { $at }:
cli-privacy-erased-line = - apagado: { $table }: { $count }
cli-privacy-nothing-erased = - não restava nada a apagar.
cli-privacy-kept-heading = Mantido (art. 17, n.º 3, do RGPD):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = citado em um relato de segurança ainda aberto
cli-privacy-why-hold = retenção legal #{ $hold } até { $until }: { $reason }
cli-privacy-why-deny = uma entrada da lista de bloqueio (altere com lobby deny)
cli-privacy-nothing-kept = Nada foi mantido.
cli-privacy-backups = Backups feitos antes de { $at } ainda contêm os dados apagados até serem descartados no rodízio.
cli-privacy-wal-busy = Outro programa está lendo o banco de dados: os dados apagados saem do log de escrita antecipada quando ele o liberar.
cli-privacy-table = { $table ->
    [visits] visitas
    [acceptances] assinaturas
    [wifi_passes] acessos Wi-Fi
    [roll_call_entries] linhas de chamada
    [outbox] mensagens
    [invitations] convites
    [approvals] check-ins aguardando aprovação
    [visitor_profiles] perfil de visitante
    [incidents] relatos de segurança
   *[deny_entries] entradas da lista de bloqueio
}
cli-privacy-hold-set = Retenção legal #{ $id } sobre { $who } até { $until }.
cli-privacy-hold-line = #{ $id } { $who } até { $until }: { $reason }
cli-privacy-hold-released = Retenção legal #{ $id } encerrada.
cli-privacy-hold-unknown = Nenhuma retenção legal #{ $id } ativa.
cli-privacy-no-holds = Nenhuma retenção legal ativa.
