# Quiosque Lobby — as telas. en-US é a referência: todos os outros idiomas têm todas as mensagens
# e todos os atributos deste arquivo. Os dados do local (nomes, números) são sempre argumentos.

## O idioma como seus falantes o escrevem (aparece no seletor de idioma).
language-name = Português (Brasil)

## Início
home-welcome = Boas-vindas ao espaço { $site }
home-prompt = Como podemos ajudar você hoje?
home-desk-help = Precisa de ajuda? Fale com a recepção.
home-check-in = Fazer check-in
home-check-in-help = Visita a um membro, passe diário, serviço ou entrevista
home-members = Membros: aproximem o crachá do leitor para fazer o check-in.
home-tour = Vim conhecer o espaço
home-check-out = Fazer check-out
home-staff = Equipe
idle-still-there = Ainda está aí? Esta tela recomeça em alguns segundos.
idle-still-here = Ainda estou aqui
home-language = Idioma
home-demo = Modo de demonstração
home-today = Hoje é { $date }

## Ações usadas em várias telas
action-cancel = Cancelar
action-back = Voltar
action-sign-in = Entrar
action-sign-out = Sair
action-close = Fechar
action-continue = Continuar
action-done = Concluir

## Check-in: o tipo de visita
checkin-type-title = O que traz você aqui hoje?
visit-kind = { $kind ->
    [member] Membro
    [guest] Visita a um membro
    [tour] Visita guiada ao espaço
    [day-pass] Passe diário
    [contractor] Prestador de serviço
    [delivery] Entrega
   *[interview] Entrevista ou evento
}
visit-kind-help = { $kind ->
    [guest] Alguém daqui convidou você.
    [tour] Conheça o espaço com alguém da nossa equipe.
    [day-pass] Trabalhe aqui durante o dia.
    [contractor] Você veio consertar ou instalar algo.
    [delivery] Você traz um pacote ou mercadoria para alguém daqui.
   *[interview] Você tem uma entrevista ou veio para um evento.
}

## Check-in: sobre você
checkin-details-title = Sobre você
checkin-optional = opcional
field-name = Nome completo
field-company = Empresa
field-email = E-mail
field-phone = Telefone
field-purpose = Motivo da visita
field-interest = O que você procura?

## Check-in: quem você visita
checkin-host-title = Quem você veio visitar?
checkin-host-search = Digite pelo menos 2 letras do nome
checkin-host-none = Nenhum membro encontrado. Confira a grafia ou fale com a recepção.
checkin-host-chosen = Você vai visitar { $host }
checkin-host-unknown = Meu anfitrião não está na lista, ou não sei
checkin-recipient-title = Para quem é a entrega?
checkin-recipient-unknown = Para a recepção, ou não sei

## Check-in: visitas guiadas
checkin-guide-title = Quem vai mostrar o espaço a você?
checkin-guide-unknown = Não sei
checkin-off-limits-title = Não entre nestas áreas
checkin-off-limits-intro = Por segurança e pela privacidade dos nossos membros, a entrada nestas áreas não é permitida durante a sua visita:
checkin-off-limits-ack = Entendi
checkin-lead-title = Vamos manter contato?
checkin-lead-consent = { $site } pode entrar em contato comigo sobre como me tornar membro, usando os dados abaixo.
checkin-lead-note = Só guardamos estes dados se você marcar a caixa. Caso contrário, guardamos apenas o seu nome e o horário da sua visita.
checkin-returning = Já estive aqui antes
checkin-returning-title = Bem-vindo de volta
checkin-returning-help = Digite o e-mail que você informou quando pediu para lembrarmos de você.
checkin-returning-find = Encontrar-me
checkin-returning-found-title = É você?
checkin-returning-yes = Sim, preencher
checkin-returning-no = Não, recomeçar
checkin-returning-forget = Esqueça-me
checkin-returning-forget-note = “Esqueça-me” apaga estes dados agora. Suas visitas são guardadas apenas como diz nosso aviso de privacidade.
checkin-returning-forgotten = Pronto: apagamos os dados que guardávamos de você.
checkin-remember = Lembrar de mim na próxima vez
checkin-remember-note = Se você marcar isto, guardamos seu nome, seus contatos, seu idioma e a versão do Código de Conduta que você assinou por { $days } dias após sua última visita, para preencher isto para você na próxima vez. “Esqueça-me” os apaga a qualquer momento.
checkin-wait-title = Aguarde, alguém já vai atendê-lo.
checkin-wait-body = Obrigado pela paciência.
checkin-wait-staff = Equipe

## Check-in: privacidade
checkin-privacy-title = Sua privacidade
checkin-privacy-body = Guardamos o seu nome, quem você visita e quando você chega e sai, para sabermos quem está no prédio em caso de emergência e para manter o espaço seguro. Após { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}, o seu nome e os seus dados de contato são excluídos. Para ver ou excluir os seus dados, fale com a recepção de { $site }.
checkin-privacy-accept = Concordo

## Check-in: boas-vindas
checkin-welcome-title = Boas-vindas, { $name }!
checkin-welcome-host = Você vai visitar { $host }
checkin-welcome-guide = { $host } vai mostrar o espaço a você.
checkin-welcome-front-desk = { $desk } vai encontrar seu anfitrião e avisar que você chegou.
checkin-welcome-front-desk-tour = { $desk } vai encontrar alguém para mostrar o espaço a você.
checkin-welcome-delivery = Entrega para { $host }.
checkin-welcome-delivery-desk = { $desk } vai receber a entrega.
checkin-welcome-host-told = Estamos avisando { $host } que você chegou.
checkin-badge-printing = Sua etiqueta de visitante está sendo impressa: retire-a na impressora e use-a durante toda a visita.
checkin-badge-ready = Sua etiqueta de visitante está pronta: retire-a na impressora e use-a durante toda a visita.
checkin-badge-desk = Não foi possível imprimir sua etiqueta de visitante: retire-a na recepção.
checkin-welcome-delivery-told = Estamos avisando { $host } que a entrega chegou.
checkin-welcome-code = Seu código de check-out
checkin-welcome-code-help = Digite-o aqui quando for embora.
checkin-welcome-wait-title = Onde aguardar

## Wi-Fi de visitantes na tela de boas-vindas.
wifi-title = Wi-Fi
wifi-scan = Aponte a câmera do celular para o código para se conectar.
wifi-qr-label = Código QR para se conectar à rede { $ssid }
wifi-network = Rede
wifi-username = Nome de usuário
wifi-password = Senha
wifi-open = Não precisa de senha.
wifi-until = Válido até { $time }.
wifi-enterprise-help = Em um notebook, escolha a rede, depois PEAP, e digite o nome de usuário e a senha.
wifi-closed = { $opens ->
    [none] O Wi-Fi de visitantes está desligado no momento.
   *[other] O Wi-Fi de visitantes está desligado durante a noite e volta a funcionar às { $opens }.
}

## Equipe: Wi-Fi de visitantes.
staff-wifi-title = Wi-Fi de visitantes
staff-wifi-tier = Rede
staff-wifi-hours = Horas
staff-wifi-for = Para quem é?
staff-wifi-issue = Criar um acesso
staff-wifi-issued = Wi-Fi para { $label }
staff-wifi-active = { $count ->
    [0] Nenhum acesso ativo.
    [one] Um acesso ativo:
   *[other] { $count } acessos ativos:
}
staff-wifi-ends = até { $time }
staff-wifi-revoke = Revogar
staff-wifi-revoked = O acesso de { $holder } foi encerrado.
staff-wifi-rotate = Nova senha para { $ssid }
staff-wifi-rotated = A rede { $ssid } tem uma nova senha.
staff-wifi-closed = A rede { $ssid } está desligada até o horário de abertura.
## Equipe: o plano de segurança (também `lobby report security-plan`).
staff-plan-title = Plano de segurança
staff-plan-backup = Último backup: { $at }
staff-plan-backup-none = Nenhum backup foi feito ainda.
staff-plan-backup-stale = O último backup é antigo demais. Verifique a pasta de backups ou execute “lobby backup now”.
staff-plan-backup-failed = O último backup falhou: { $reason }
staff-plan-restore-test = Último teste de restauração: { $at }
staff-plan-restore-test-none = Nenhum teste de restauração ainda (“lobby backup test”).
staff-plan-staff = { $accounts ->
    [one] { $accounts } conta da equipe
   *[other] { $accounts } contas da equipe
}: { $authenticator } com aplicativo autenticador, { $badge } com crachá da equipe.
staff-plan-wifi = { $passes ->
    [0] Nenhum acesso ao Wi-Fi de visitantes ativo.
    [one] Um acesso ao Wi-Fi de visitantes ativo.
   *[other] { $passes } acessos ao Wi-Fi de visitantes ativos.
}
staff-plan-wifi-shared = { $tier }: senha alterada em { $at }
staff-plan-policy = { $policy }: { $accepted } de { $members } membros aceitaram a versão atual
staff-plan-roll-call = Última chamada: { $at }, { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
}, { $missing } não localizadas
staff-plan-roll-call-none = Nenhuma chamada ou simulado de evacuação ainda.
staff-plan-retention = As visitas são anonimizadas após { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}.
staff-plan-audit-head = Cabeça do registro de auditoria, para anotar (chave do local { $key }):
staff-wifi-problem = O servidor { $backend } não está atualizado: { $reason }. O Lobby tenta de novo a cada 30 segundos; os check-ins continuam, e os acessos funcionam assim que ele voltar.

## Check-out
checkout-title = Check-out
checkout-help = Digite o código de 6 dígitos da sua tela de boas-vindas.
checkout-code = Código de check-out
checkout-done-title = Até logo, { $name }!
checkout-done-body = Seu check-out foi feito. Obrigado pela visita.
checkout-no-code = Não tenho meu código
checkout-by-name-title = Fazer o check-out com seu nome
checkout-by-name-name = Seu nome completo, como no check-in
checkout-by-name-host = O primeiro nome do seu anfitrião

## Equipe: quem está no local, chamada
staff-onsite-title = No local agora
staff-onsite-empty = Nenhum visitante no local.
staff-onsite-count = { $count ->
    [one] { $count } pessoa no local
   *[other] { $count } pessoas no local
}
staff-onsite-host = Visitando { $host }
staff-onsite-since = Desde { $time }
staff-onsite-tablet = No { $tablet }
staff-onsite-reprint = Reimprimir etiqueta
staff-onsite-reprinted = { $name }: etiqueta de visitante enviada para a impressora.
staff-print-problem = A impressora de etiquetas não imprimiu a última etiqueta de visitante ({ $at }): { $problem }
staff-print-problem-count = { $count ->
    [one] { $count } etiqueta não pôde ser impressa hoje.
   *[other] { $count } etiquetas não puderam ser impressas hoje.
}
staff-self-checkouts-title = Saídas registradas na tela hoje
staff-self-checkouts-hint = Com um código ou um nome, no quiosque. Se alguma não foi feita pelo próprio visitante, desfaça: ele volta a estar no local e na chamada. O passe de Wi-Fi continua encerrado.
staff-self-checkout-at = Saiu às { $time }
staff-undo-check-out = Desfazer
staff-undo-check-out-person = Desfazer a saída de { $name }
staff-check-out-person = Fazer o check-out de { $name }
staff-rollcall-start = Iniciar chamada
staff-rollcall-title = Chamada
staff-rollcall-progress = Em segurança: { $safe } · Não localizados: { $missing } · Ainda sem confirmação: { $unaccounted }
staff-rollcall-mark-safe = { $name } está em segurança
staff-rollcall-mark-missing = Não localizamos { $name }
staff-rollcall-safe = Em segurança
staff-rollcall-missing = Não localizado
staff-rollcall-finish = Encerrar chamada
staff-rollcall-finished = Chamada encerrada às { $time }.

## Acesso da equipe
staff-signin-title = Acesso da equipe
staff-signin-who = Quem é você?
staff-signin-who-hint = Toque no seu nome ou aproxime seu crachá da equipe do leitor.
staff-signin-someone-else = Outra pessoa
staff-signin-hint = Digite seu PIN e o código de 6 dígitos do seu aplicativo autenticador.
staff-signin-badge-read = Crachá da equipe lido. Digite seu PIN e entre; o código não é necessário.
staff-signin-pin = PIN
staff-signin-code = Código do autenticador
staff-signin-working = Verificando…

## Início da equipe
staff-home-title = Você entrou como { $name }
scroll-more = Mais abaixo
staff-home-session-held = Modo de emergência ou chamada em andamento: você continua conectado até o fim. Saia ao deixar o quiosque.
staff-home-session = Por segurança, sua sessão é encerrada após { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem atividade.
staff-home-counts = { $staff ->
    [one] { $staff } conta da equipe
   *[other] { $staff } contas da equipe
}, { $members ->
    [one] { $members } membro ativo
   *[other] { $members } membros ativos
}
staff-audit-title = Registro de auditoria
staff-audit-intact = Íntegro: { $entries ->
    [one] { $entries } entrada, verificada.
   *[other] { $entries } entradas, todas verificadas.
}
staff-audit-broken = Corrompido na entrada { $seq }: { $problem ->
    [altered] o conteúdo dela foi alterado.
    [unlinked] ela não segue mais a entrada anterior; uma entrada foi removida, substituída ou movida.
    [missing] faltam entradas aqui.
    [unkeyed] ela não está assinada com a chave do local: o registro foi reescrito a partir daqui.
    [wrong-key] o registro está assinado com outra chave do local.
   *[truncated] entradas foram cortadas do final do registro.
}
staff-recent-title = Atividade recente
staff-recent-empty = Nada registrado ainda.
staff-recent-entry = { $action ->
    [staff-sign-in] Tentativa de acesso da equipe
    [staff-sign-out] Saída da equipe
    [staff-add] Conta da equipe criada
    [staff-disable] Conta da equipe desativada
    [staff-enable] Conta da equipe ativada
    [staff-reset-pin] PIN da equipe redefinido
    [staff-reset-totp] Autenticador da equipe redefinido
    [staff-unlock] Entrada da equipe desbloqueada
    [site-key] Chave do local definida, segredos selados
    [demo-seed] Dados de demonstração adicionados
    [visit-check-in] Check-in de visitante
    [visit-check-out] Check-out de visitante
    [visit-check-out-undo] Saída desfeita pela equipe
    [roll-call-start] Chamada iniciada
    [roll-call-mark] Chamada: pessoa marcada
    [roll-call-finish] Chamada encerrada
    [members-import] Membros importados
    [export] Dados exportados
    [visits-anonymise] Visitas antigas anonimizadas
    [policy-publish] Versão de política publicada
    [policy-accept] Política assinada
    [policy-decline] Política recusada
    [badge-enroll] Crachá cadastrado
    [badge-revoke] Crachá revogado
    [badge-restore] Crachá suspenso reativado
    [notify-test] Mensagem de teste enviada a um anfitrião
    [notify-resend] Mensagem a um anfitrião reenviada
    [notify-failed] Mensagem a um anfitrião não entregue
    [invitation-create] Convite criado
    [invitation-cancel] Convite cancelado
    [invitation-guessing] Códigos de convite errados: formulário desacelerado
    [badge-printed] Etiqueta de visitante impressa
    [badge-print-failed] Etiqueta de visitante não impressa
    [badge-reprint] Etiqueta de visitante reimpressa
    [screen-restarted] A tela parou e foi reiniciada
    [screen-failing] A tela parou várias vezes: o aplicativo foi reiniciado
    [member-notify] Alterado como um membro é avisado
    [badge-unknown] Cartão desconhecido aproximado
    [badge-refused] Crachá recusado
    [member-check-in] Check-in de membro
    [badges-export] Lista de crachás exportada
    [staff-badge-enroll] Crachá da equipe definido
    [member-add] Membro adicionado
    [wifi-pass-issue] Acesso Wi-Fi criado
    [wifi-pass-end] Acesso Wi-Fi encerrado
    [wifi-rotate] Senha do Wi-Fi alterada
    [wifi-tier-open] Rede Wi-Fi ligada
    [wifi-tier-close] Rede Wi-Fi desligada durante a noite
    [wifi-shared-shown] Senha compartilhada do Wi-Fi entregue
    [backup] Backup feito
    [backup-failed] Falha no backup
    [backup-restore-test] Restauração de backup testada
    [backup-restore] Banco de dados restaurado a partir de um backup
    [emergency-start] Modo de emergência iniciado
    [emergency-end] Modo de emergência encerrado: fim da emergência
    [incident-report] Problema de segurança relatado
    [incident-acknowledge] Recebimento de relato de segurança confirmado
    [incident-close] Relato de segurança encerrado
    [badge-suspend] Crachá bloqueado após relato de perda
    [profile-remember] Um visitante pediu para ser lembrado
    [profile-forget] Perfil de visitante apagado a pedido
    [profiles-expire] Perfis de visitantes apagados após o prazo de guarda
    [approval-hold] Check-in retido para a equipe (lista de bloqueio)
    [approval-approve] Check-in retido liberado
    [approval-deny] Check-in retido recusado
    [approvals-abandon] Check-ins retidos descartados sem decisão
    [deny-add] Pessoa incluída na lista de bloqueio
    [deny-remove] Pessoa retirada da lista de bloqueio
    [deny-safe-add] Endereço incluído na lista segura
    [deny-safe-remove] Endereço retirado da lista segura
    [privacy-request] Pedido sobre os dados de uma pessoa registrado
    [privacy-export] Tudo o que se guarda de uma pessoa exportado
    [privacy-erase] Dados de uma pessoa apagados a pedido
    [privacy-hold] Retenção legal definida
    [privacy-hold-release] Retenção legal liberada
    [fleet-join] Entrou em uma frota
    [fleet-leave] Saiu da frota
    [fleet-apply] Alteração compartilhada do hub aplicada
    [fleet-check-out] Saída de uma visita de outro tablet
    [fleet-share-visit] Visita em andamento compartilhada com o local ao entrar
   *[other] { $action }
}
staff-signed-out-idle = Sua sessão foi encerrada após um período sem atividade.

## Erros: um por código de erro, escolhido pelo código, nunca pelo texto do aplicativo.
error-internal = Algo deu errado neste tablet. Tente de novo ou fale com a recepção.
error-staff-session-required = Entre primeiro como membro da equipe.
error-sign-in-failed = PIN ou código incorreto. { $remaining ->
    [one] Resta { $remaining } tentativa antes de o acesso ser bloqueado.
   *[other] Restam { $remaining } tentativas antes de o acesso ser bloqueado.
}
error-sign-in-locked = Tentativas incorretas demais. O acesso está bloqueado; tente de novo em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
error-pin-invalid = O PIN tem de 6 a 12 dígitos.
error-code-invalid = O código são os 6 dígitos mostrados no seu aplicativo autenticador.
error-staff-exists = Já existe um membro da equipe chamado { $name }.
error-staff-not-found = Não existe nenhum membro da equipe chamado { $name }.
error-staff-name-invalid = O nome de um membro da equipe tem de 1 a 80 caracteres e não pode ser lobby-fleet (reservado para a frota).
error-field-required = { $field ->
    [name] Digite o seu nome.
    [company] Digite o nome da empresa.
    [email] Digite um endereço de e-mail.
    [phone] Digite um número de telefone.
    [purpose] Conte para nós o que traz você aqui.
    [id] Falta o identificador do membro.
    [signer_name] Digite o seu nome ao assinar.
    [label] Diga para quem é o acesso.
    [description] Conte para nós o que aconteceu.
    [note] Escreva o que foi feito.
    [message] Digite a mensagem para a tela.
    [kind] Escolha do que se trata.
   *[other] Preencha este campo.
}
error-field-too-long = { $field ->
    [name] Este nome é longo demais
   *[other] Este texto é longo demais
}: no máximo { $max } caracteres.
error-field-invalid-characters = { $field ->
    [active] Escreva “yes” ou “no”.
    [line] Não é possível ler esta linha.
    [notify] Escreva os canais como email, slack, teams ou webhook, separados por vírgulas, ou none.
    [language] Escreva um dos idiomas do Lobby, como de ou pt-BR.
    [id] O identificador de um membro só pode ter letras, dígitos, “-”, “_” e “.”.
   *[other] Use aqui apenas letras, números e pontuação comum.
}
error-email-invalid = Confira o endereço de e-mail, por exemplo nome@exemplo.com.
error-phone-invalid = Confira o número de telefone: apenas dígitos, espaços e + - ( ).
error-visit-type-unavailable = Este tipo de visita não é oferecido aqui. Fale com a recepção.
error-host-required = Escolha o membro que você veio visitar.
error-host-unknown = Não encontramos esse membro. Fale com a recepção.
error-guide-required = Escolha quem vai mostrar o espaço a você.
error-privacy-not-accepted = Para fazer o check-in, leia e aceite o aviso de privacidade.
error-off-limits-not-shown = Confirme que você leu quais áreas são de acesso proibido.
error-checkout-code-unknown = Não encontramos uma visita com este código. Confira os 6 dígitos ou fale com a recepção.
error-checkout-name-unknown = Não conseguimos fazer seu check-out com esses dados. Procure a recepção: lá farão o seu check-out.
error-checkout-paused = Muitas tentativas erradas neste quiosque. Tente de novo em { $seconds } segundos ou procure a recepção.
error-already-checked-out = O check-out desta visita já foi feito. Obrigado pela visita!
error-visit-not-found = Esta visita não existe mais.
error-printing-off = Nenhuma impressora de etiquetas está configurada no lobby.toml ([printing]).
error-roll-call-not-found = Esta chamada não existe mais.
error-roll-call-finished = Esta chamada foi encerrada e não pode mais ser alterada.
error-import-rejected = { $count ->
    [one] Não é possível ler a linha { $lines }
   *[other] Não é possível ler as linhas { $lines }
}; nada foi importado.
error-signature-missing = Assine com o dedo dentro do quadro.
error-signature-too-small = Isto é pequeno demais para ser uma assinatura. Assine ocupando o quadro.
error-signature-invalid = Não foi possível ler a assinatura. Apague e assine de novo.
error-policy-unknown = Não existe nenhuma política chamada “{ $policy }” aqui.
error-policy-text-invalid = Não é possível publicar o texto em { $lang }: ele deve ser Markdown em UTF-8, começar com uma linha “# Título” e ter no máximo 256 KB.
error-policy-language-published = Esta versão já tem um texto em { $lang }. Textos publicados nunca são substituídos: publique uma nova versão.
error-policy-version-unknown = Não existe a versão { $version } desta política.
error-policy-reference-missing = Uma nova versão precisa de um texto em { $lang }, o idioma que serve de alternativa para todos os leitores.
error-policy-outdated = Este texto acabou de ser atualizado. Leia a nova versão.
error-policy-not-accepted = Para fazer o check-in, leia e assine o Código de Conduta.
error-member-not-found = Este membro não está na lista de membros.
error-member-session-required = Aproxime o seu crachá de novo ou fale com a equipe da recepção.
error-acceptance-not-found = Não existe comprovante com este número.

## Ler e assinar uma política
policy-fallback = Este texto ainda não está disponível no seu idioma, por isso aparece no idioma principal do local.
policy-read-hint = Leia até o final para continuar.
policy-read-done = Obrigado pela leitura.
policy-continue = Continuar para assinar
policy-decline = Não concordo
policy-decline-confirm = Tem certeza? Sem concordar, você não pode fazer o check-in hoje.
policy-decline-keep = Voltar
policy-decline-yes = Sim, não concordo
policy-sign-title = Assine para concordar
policy-sign-intro = Ao assinar, você aceita “{ $title }”, versão { $version }.
policy-signer-name = Seu nome
policy-signature-label = Assinatura: assine com o dedo
policy-signature-hint = Assine aqui
policy-signature-clear = Apagar
policy-signature-undo = Desfazer
policy-agree = Concordo
policy-declined-title = Obrigado pelo seu tempo
policy-declined-body = Só podemos receber pessoas que aceitam as nossas regras. Se você tiver alguma dúvida sobre elas, fale com alguém da recepção.

## Um membro no quiosque
member-hello = Olá, { $name }
member-pending = { $count ->
    [one] Leia e assine este documento antes de continuar:
   *[other] Leia e assine estes { $count } documentos antes de continuar:
}
member-up-to-date = Você já assinou tudo. Obrigado!
member-signed = Assinado. A equipe pode imprimir um comprovante para você.
member-start = Começar a ler
member-guest = Fazer o check-in de um visitante

## Equipe: passar o quiosque para um membro
staff-members-title = Assinatura de membros
staff-members-help = Encontre um membro e passe o quiosque para que ele assine as políticas que ainda não assinou. Sua sessão da equipe será encerrada.
staff-members-search = Nome do membro
staff-members-handover = Passar para { $name }
error-badge-random-uid = Este cartão mostra um número diferente a cada aproximação (como celulares e alguns cartões bancários ou de privacidade), por isso não pode ser um crachá. Use um cartão de membro.
error-badge-taken = Este cartão agora pertence a { $owner }. Confirme para entregá-lo a este membro.
error-badge-already-enrolled = Este cartão já é o crachá deste membro.
error-badge-group-unknown = Não existe nenhum grupo de acesso “{ $group }” aqui.
error-badge-dates-invalid = { $field ->
    [valid_from] A data de início não é uma data válida.
   *[valid_to] A data de término deve ser igual ou posterior à data de início.
}
error-badge-not-found = Este crachá não existe mais ou já foi revogado.
error-badge-no-card = Aproxime primeiro o cartão do leitor.
error-wifi-tier-unknown = Não existe nenhuma rede Wi-Fi chamada { $tier } aqui.
error-wifi-closed = { $opens ->
    [none] O Wi-Fi de visitantes está desligado.
   *[other] O Wi-Fi de visitantes está desligado até as { $opens }.
}
error-wifi-hours-invalid = Um acesso Wi-Fi dura de 1 a 168 horas.
error-wifi-pass-not-found = Este acesso Wi-Fi já foi encerrado.
error-database-in-use = O quiosque ainda está com o banco de dados aberto. Feche o quiosque e restaure de novo. Nada foi alterado.
error-key-missing = Os segredos da equipe neste banco de dados estão selados com a chave do local { $fingerprint }, que não está em { $path }. Coloque lá o arquivo da chave (a cópia guardada longe dos backups) e inicie de novo. Nada foi alterado.
error-key-mismatch = O arquivo da chave { $path } tem a chave { $found }, mas este banco de dados precisa de { $expected }. Coloque lá o arquivo da chave certo e inicie de novo. Nada foi alterado.
error-key-unreadable = O arquivo da chave { $path } não pode ser lido ({ $problem }). Nada foi alterado.
error-secret-unreadable = Um segredo salvo não abre com esta chave do local. A equipe pode refazer o segundo fator com “lobby staff reset-totp NOME”.
error-notification-not-found = Essa mensagem a um anfitrião não existe. Recarregue a lista.
error-notification-sent = Esta mensagem já foi entregue, por isso não é enviada de novo.
error-invitation-unknown = Não encontramos este código de convite. Confira-o ou pergunte na recepção.
error-invitation-expired = Este convite terminou em { $until }. Pergunte na recepção.
error-invitation-not-yet = Este convite é para { $from }. Pergunte na recepção.
error-invitation-cancelled = Este convite foi cancelado. Pergunte na recepção.
error-invitation-used = Este convite já foi usado para fazer check-in. Pergunte na recepção.
error-invitation-dates = Um convite começa hoje ou depois e dura de 1 a 30 dias.
error-profile-not-found = Não encontramos esse endereço. Confira-o ou faça o check-in como novo visitante.
error-approval-needed = Aguarde, alguém já vai atendê-lo.
error-approval-not-found = Este check-in não aguarda mais aprovação.
error-deny-entry-not-found = Não há a entrada { $id } na lista de bloqueio.
error-person-not-found = O Lobby não guarda nada sobre essa pessoa.
error-hold-dates-invalid = Uma retenção legal termina em um dia depois de hoje.
error-invitation-denied = Este convidado corresponde à entrada { $id } da lista de bloqueio: nenhum convite foi criado. Fale com a recepção.
error-request-date-invalid = Um pedido é recebido hoje ou em um dia anterior (AAAA-MM-DD).
error-storage-full = Este tablet não consegue salvar nada agora: o armazenamento está cheio. Nada foi salvo. Fale com a recepção.
error-backup-invalid = Não é possível usar este backup: { $problem }
error-database-unreadable = Não é possível ler o banco de dados { $path } ({ $reason }). Nada foi alterado. Restaure o último backup bom: “lobby backup list” e depois “lobby backup restore FILE”.
error-wifi-not-shared = Esta rede tem um login por visitante, por isso não há senha compartilhada para alterar.

## Um crachá aproximado na tela inicial
badge-refused = { $reason ->
    [unknown] Este cartão não foi reconhecido. Fale com a equipe da recepção.
    [revoked] Este crachá não é mais válido. Fale com a equipe da recepção.
    [outside-dates] Este crachá não é válido hoje. Fale com a equipe da recepção.
    [suspended] Este cartão foi suspenso após um aviso de perda ou roubo. Procure a equipe da recepção: ela pode reativá-lo.
    [typed] Um número digitado nunca é cadastrado: encoste o cartão no leitor.
   *[unreadable] Não foi possível ler o cartão. Mantenha-o parado sobre o leitor e tente de novo.
}
member-checked-in = Seu check-in de hoje foi feito.

## Equipe: crachás
staff-badges-title = Crachás
staff-badges-help = Encontre um membro para cadastrar, revogar ou substituir os crachás dele.
staff-badges-suspended-title = Suspensos após um aviso de perda
staff-badges-suspended-hint = Qualquer pessoa que saiba o nome e o e-mail de um membro pode avisar que o cartão dele foi perdido. Se o membro ainda o tiver, reative-o: ele funciona na próxima aproximação.
staff-badge-restore = Reativar
staff-badge-restore-person = Reativar o cartão de { $name }
staff-badge-restored = O cartão { $uid } de { $name } voltou a funcionar.
staff-badges-search = Encontrar um membro
staff-member-add = Não está na lista? Adicione um membro
staff-member-add-confirm = Adicionar este membro
staff-badges-member = Crachás de { $name }
staff-badges-none = Nenhum crachá ainda.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] ativo
    [not-yet-valid] ainda não válido
    [expired] expirado
   *[revoked] revogado
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
    [iso-14443-4] cartão ISO 14443-4
   *[unknown] cartão desconhecido
}
staff-badge-revoke = Revogar
staff-badge-replace = Substituir um cartão perdido
staff-badge-enroll = Cadastrar um crachá
staff-badge-groups = Grupos de acesso
staff-badge-valid-from = Válido a partir de
staff-badge-valid-to = Válido até (opcional)
staff-badge-read = Ler o cartão
staff-badge-tap-now = Aproxime o cartão do leitor agora.
staff-badge-card = Cartão { $uid } ({ $type })
staff-badge-owner = Este cartão pertence a { $name }.
staff-badge-reassign = Entregar a { $name }
staff-badge-confirm = Cadastrar este cartão
staff-badge-enrolled = Crachá { $uid } cadastrado.
staff-badge-revoked = Crachá revogado.
staff-badge-cancel = Parar a leitura
staff-badge-self = Usar um cartão como meu crachá da equipe
staff-badge-self-confirm = Tornar este cartão meu crachá da equipe
staff-badge-self-done = Seu crachá da equipe está definido: aproxime-o e digite seu PIN para entrar.
staff-approvals-title = Check-ins aguardando a equipe
staff-approvals-match = Corresponde à entrada { $entry } da lista de bloqueio
staff-approvals-reason = Na lista porque: { $reason }
staff-approvals-since = Aguardando desde { $time }
staff-approvals-approve = Deixar entrar
staff-approvals-deny = Recusar
staff-approvals-denied = Recusado. Nenhuma visita foi salva.
staff-members-today-title = Membros presentes hoje
staff-members-today-none = Nenhum membro passou o crachá hoje ainda.

## Avisos de segurança na tela inicial. Todos os dados do local são argumentos: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Avisos de segurança
signage-position = Aviso { $n } de { $count }
signage-pause = Pausar
signage-resume = Retomar
signage-previous = Aviso anterior
signage-next = Próximo aviso
signage-exits-title = Saídas de emergência e ponto de encontro
signage-exits-body = Em uma emergência, saia pela saída sinalizada mais próxima. Não use os elevadores. Vá para o ponto de encontro: { $assembly_point }.
signage-fire-alarm-title = Se você perceber um incêndio
signage-fire-alarm-body = Acione o alarme no acionador manual vermelho mais próximo e ligue para { $fire }. Informe o endereço: { $address }. Só use um extintor se você tiver treinamento e for seguro.
signage-first-aid-title = Primeiros socorros
signage-first-aid-body = Kit de primeiros socorros: { $first_aid }. Em uma emergência, ligue para { $medical }. Segurança do local: { $security }.
signage-after-hours-title = O espaço está fechado agora
signage-after-hours-body = Só podem entrar membros com acesso pelo crachá, e visitantes só com a pessoa que vieram visitar. As saídas de emergência podem ser usadas a qualquer momento.
signage-cctv-title = Câmeras de segurança em funcionamento
signage-cctv-body = As câmeras nas entradas gravam imagens para proteger pessoas e bens. As gravações são guardadas por { $camera_retention_days ->
    [one] { $camera_retention_days } dia
   *[other] { $camera_retention_days } dias
} e só são vistas após um incidente. Para dúvidas ou para ver os seus dados: { $privacy_contact }.
signage-report-title = Viu algo estranho? Relate aqui
signage-report-body = Um crachá perdido, alguém entrando atrás de outras pessoas, um e-mail estranho ou um possível vazamento de dados: toque em “Relatar um problema de segurança”. Ninguém é punido por relatar; por esconder uma violação, sim.
signage-wifi-safety-title = Segurança no Wi-Fi
signage-wifi-safety-body = A rede de visitantes é separada da rede dos membros. Em qualquer rede compartilhada, use HTTPS e a sua VPN, mantenha os seus dispositivos atualizados e confira o nome exato da rede com a equipe.
signage-phishing-title = Phishing: pare, confira, relate
signage-phishing-body = Nunca pedimos a sua senha por e-mail, chat ou janela pop-up. Confira o remetente antes de abrir links ou anexos, e relate neste quiosque qualquer coisa estranha.

## Tela inicial fora do horário de funcionamento
home-closed-title = O espaço { $site } está fechado agora
home-closed-opens = Reabrimos { $day }, às { $time }.
home-closed-members = Membros: aproxime o seu crachá do leitor.
home-closed-visitors = Visitantes: ligue para { $security } ou peça à pessoa que você vai visitar para vir buscar você.
home-closed-check-in = Fazer check-in: visitas permitidas fora do horário
home-report = Relatar um problema de segurança

## Relatar um problema de segurança (qualquer pessoa, a partir da tela inicial)
report-title = Relatar um problema de segurança
report-intro = Ninguém é punido por relatar. Conte o que você percebeu; a equipe vê cada relato na tela da equipe deste quiosque.
report-kind-title = Do que se trata?
report-kind = { $kind ->
    [lost-badge] Crachá perdido ou roubado
    [suspicious-person] Pessoa suspeita
    [phishing] Phishing ou mensagem estranha
    [network-breach] Possível invasão da rede
    [data-exposure] Dados pessoais expostos
   *[other] Outra coisa
}
report-kind-help = { $kind ->
    [lost-badge] Bloqueamos o crachá para que ninguém mais possa usá-lo.
    [suspicious-person] Alguém entrando atrás de outras pessoas ou em um lugar onde não deveria estar.
    [phishing] Um e-mail, mensagem ou ligação pedindo senhas ou pagamento.
    [network-breach] Um dispositivo com comportamento estranho, ou um link em que você preferia não ter clicado.
    [data-exposure] Papéis, telas ou arquivos que mostram dados de outras pessoas.
   *[other] Qualquer outra coisa que preocupe você.
}
report-description = O que aconteceu, quando e onde?
report-description-optional = Mais alguma coisa que devemos saber? (opcional)
report-contact = Como podemos falar com você? (opcional)
report-contact-help = Um e-mail ou telefone, se você quiser uma resposta.
report-personal-data = Pode envolver dados pessoais de outras pessoas
report-member-title = Seu crachá
report-member-search = Seu nome
report-member-email = O e-mail que temos cadastrado para você
report-member-help = Com o seu nome e e-mail, bloqueamos o seu crachá na hora. Sem eles, a equipe bloqueia o crachá depois de confirmar quem você é.
report-send = Enviar relato
report-thanks-title = Obrigado por nos avisar
report-thanks-next = Seu relato foi salvo. A equipe vai vê-lo assim que entrar de novo neste quiosque. Se for urgente, avise a recepção ou ligue para o número dos avisos de segurança. Se você deixou dados de contato, a equipe vai falar com você.
report-thanks-badge = { $count ->
    [0] Você não tem nenhum crachá em uso, então não havia nada para bloquear.
    [one] Seu crachá está bloqueado: ele não abre mais nada. Peça um novo na recepção.
   *[other] Seus { $count } crachás estão bloqueados: eles não abrem mais nada. Peça novos na recepção.
}
report-thanks-not-identified = Esse e-mail não corresponde aos nossos registros, então a equipe vai confirmar quem você é e depois bloquear o crachá.
report-thanks-reference = Número do relato: { $id }
report-thanks-danger = Se alguém estiver em perigo, ligue agora para { $police }.

## Modo de emergência: mostrado em todos os idiomas configurados ao mesmo tempo
emergency-title = { $kind ->
    [fire] Incêndio: saia do prédio agora
    [shelter] Abrigue-se: fique dentro do prédio
    [medical] Emergência médica
   *[custom] Emergência
}
emergency-action = { $kind ->
    [fire] Use a saída mais próxima, não os elevadores. Vá para o ponto de encontro: { $assembly_point }.
    [shelter] Vá para o abrigo: { $shelter }. Afaste-se das janelas, feche as portas e aguarde as instruções da equipe.
    [medical] Ligue para { $medical }. Primeiros socorros: { $first_aid }. Deixe o caminho livre para o socorro.
   *[custom] Siga as instruções da equipe.
}
emergency-aed = Desfibrilador (DEA): { $aed }
emergency-assembly = Ponto de encontro: { $assembly_point }
emergency-shelter = Abrigo: { $shelter }
emergency-first-aid = Kit de primeiros socorros: { $first_aid }
emergency-numbers = Bombeiros { $fire } · Ambulância { $medical } · Polícia { $police } · Segurança do local { $security }
emergency-address = Endereço: { $address }
emergency-since = Desde { $time }
emergency-staff = Equipe: chamada e fim da emergência
emergency-label = Emergência

## Equipe: modo de emergência e relatos de segurança
staff-emergency-title = Modo de emergência
staff-emergency-start = { $kind ->
    [fire] Evacuação por incêndio
    [shelter] Abrigo no local
    [medical] Emergência médica
   *[custom] Mensagem personalizada
}
staff-emergency-message = Mensagem para a tela
staff-emergency-confirm = Iniciar o modo de emergência agora? Todas as telas vão mostrá-lo até você encerrá-lo.
staff-emergency-on = Modo de emergência ativo: { $kind }
staff-emergency-end = Fim da emergência: encerrar o modo de emergência
staff-emergency-end-confirm = Todos estão em segurança e podem voltar a entrar? Todas as telas voltam ao normal.
staff-emergency-end-yes = Sim, fim da emergência
staff-emergency-ended = Modo de emergência encerrado após { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
staff-incidents-title = Relatos de segurança
staff-incidents-none = Nenhum relato em aberto.
staff-incidents-count = { $count ->
    [one] { $count } relato em aberto
   *[other] { $count } relatos em aberto
}
staff-incident-reported = Relatado em { $at }
staff-incident-status = { $status ->
    [open] Novo
    [acknowledged] Em andamento
   *[closed] Encerrado
}
staff-incident-member = Membro: { $name }
staff-incident-suspended = { $count ->
    [0] Nenhum crachá estava em uso.
    [one] { $count } crachá bloqueado.
   *[other] { $count } crachás bloqueados.
}
staff-incident-contact = Contato: { $contact }
staff-incident-clock = Dados pessoais: se for obrigatório, comunique à autoridade de proteção de dados até { $at } ({ $hours ->
    [one] resta { $hours } hora
   *[other] restam { $hours } horas
}).
staff-incident-overdue = Dados pessoais: o prazo de 72 horas terminou em { $at }.
staff-incident-acknowledge = Confirmar recebimento
staff-incident-close = Encerrar com uma observação
staff-incident-note = O que foi feito
staff-plan-incidents = { $open ->
    [0] Nenhum relato de segurança em aberto.
    [one] { $open } relato de segurança em aberto.
   *[other] { $open } relatos de segurança em aberto.
}
staff-plan-incidents-personal = { $count ->
    [one] { $count } envolve dados pessoais
   *[other] { $count } envolvem dados pessoais
}, { $overdue } além do prazo de 72 horas.
error-no-emergency = O modo de emergência não está ativo.
error-incident-not-found = Este relato já foi encerrado ou não existe.
pictogram-name = { $code ->
    [E001] Saída de emergência (à esquerda)
    [E002] Saída de emergência (à direita)
    [E003] Primeiros socorros
    [E004] Telefone de emergência
    [E007] Ponto de encontro
    [E010] Desfibrilador (DEA)
    [F001] Extintor de incêndio
   *[F005] Acionador manual de alarme de incêndio
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Teclado na tela
keyboard-backspace = Apagar
keyboard-shift = Maiúsculas
keyboard-space = Espaço
keyboard-close = Esconder o teclado
keyboard-enter = Enter: próximo campo ou continuar
keyboard-layouts = Mudar o layout do teclado
keyboard-accents = Letras acentuadas
keyboard-letters = Letras
keyboard-candidates = Caracteres para { $pinyin }
keyboard-candidates-more = Mais caracteres
keyboard-candidates-back = Caracteres anteriores

## Check-in com convite
home-invitation = Tenho um convite
invite-code-title = Seu convite
invite-code-field = Código do convite
invite-code-help = Digite o código de 8 caracteres do seu convite ou aproxime o QR code do leitor.
invite-confirm-title = Boas-vindas, { $name }!
invite-confirm-host = Você visita { $host } hoje.
invite-confirm-yes = Sim, sou eu
invite-confirm-no = Não sou eu

## Equipe: convites e mensagens aos anfitriões
staff-expected-title = Esperados hoje
staff-expected-none = Nenhum convidado esperado hoje.
staff-expected-arrived = Chegou
staff-expected-waiting = Esperado
staff-expected-for = para { $host }
staff-invitation-cancel = Cancelar
staff-invitation-cancel-person = Cancelar o convite de { $name }
staff-outbox-title = Mensagens aos anfitriões ainda não entregues
staff-outbox-line = { $channel } para { $host }: { $state ->
    [failed] não entregue
   *[waiting] aguardando envio
}
staff-outbox-resend = Enviar de novo
staff-outbox-resend-person = Enviar de novo a mensagem para { $host }
staff-invite-open = Convidar alguém
staff-invite-host = Anfitrião (digite duas letras)
staff-invite-host-chosen = Anfitrião: { $host }
staff-invite-host-change = Trocar
staff-invite-date = Primeiro dia (AAAA-MM-DD)
staff-invite-days = Dias
staff-invite-create = Criar convite
staff-invite-made = Convite para { $name }: { $code }
staff-invite-emailed = O e-mail de convite está a caminho de { $email }.
staff-invite-give-code = Passe este código ao convidado.
staff-member-notify-title = Como os membros sabem de seus convidados
staff-member-notify-how = Como avisá-los
staff-member-notify-search = Membro (digite duas letras)
staff-member-notify-site = O padrão do espaço
staff-member-notify-none = Nunca
staff-member-notify-off = Nenhum canal configurado no lobby.toml ([notifications]): ninguém é avisado ainda.
staff-member-notify-no-email = Nenhum e-mail cadastrado: o e-mail não chega a este membro.
staff-member-notify-language = Idioma das mensagens
staff-member-notify-language-site = O primeiro idioma do espaço
staff-member-notify-save = Salvar
staff-member-notify-saved = Salvo para { $name }.
staff-channel = { $channel ->
    [email] E-mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Frota
staff-fleet-member = Local { $site }, tablet { $tablet }
staff-fleet-connected = Conectado ao servidor do local
staff-fleet-disconnected = Sem conexão com o servidor do local
staff-fleet-waiting = Alterações aguardando envio: { $count }
staff-fleet-oldest = Alteração aguardando mais antiga: { $at }
staff-fleet-ack = Último recebimento pelo servidor: { $at }
staff-fleet-ack-none = O servidor ainda não recebeu nada
staff-fleet-error = Último problema: { $reason }
staff-fleet-tablets = Tablets desta unidade
staff-fleet-tablet-this = { $tablet } (este tablet)
staff-fleet-tablet-connected = conectado
staff-fleet-tablet-away = sem notícias
staff-fleet-tablet-contact = último contato { $at }
staff-fleet-tablet-waiting = { $count } aguardando
staff-fleet-site-config = Configuração da unidade vinda do hub, enviada { $at }: salva, usada a partir do próximo início do quiosque
staff-fleet-site-config-received = Configuração da unidade vinda do hub, enviada { $at }: recebida
staff-fleet-site-config-error = Configuração da unidade vinda do hub, enviada { $at }, não pôde ser usada: { $reason }
staff-fleet-flags = Precisa da sua atenção
staff-fleet-flag = { $problem ->
    [badge-conflict] Um cartão foi dado a dois membros: { $detail }
    [badge-unknown-member] Um cartão foi dado a um membro que o hub não conhece: { $detail }
   *[other] { $detail }
}
fleet-error-server = o endereço do servidor ou o certificado dele não pode ser usado
fleet-error-no-stream = o servidor ainda não tem um stream para este local
fleet-error-timeout = o servidor não respondeu a tempo
fleet-error-unreachable = o servidor não pode ser alcançado
fleet-error-refused = o servidor recusou a alteração
fleet-error-database = não foi possível ler ou gravar o banco de dados
fleet-error-credentials = o servidor recusou as credenciais (revogadas ou erradas)
fleet-error-permission = o servidor não permite que este tablet envie para cá
