# Linha de comando do Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): texto simples para operadores, no idioma do operador (de LANG).

cli-error = Erro: { $message }

## Um lobby.toml recusado: o arquivo, a chave e o que está errado
cli-config-refused = A configuração foi recusada e nada foi alterado. { $file }, chave “{ $key }”: { $problem }
cli-config-refused-file = A configuração foi recusada e nada foi alterado. { $file }: { $problem }
cli-config-unreadable = não é possível ler o arquivo ({ $reason }).
cli-config-syntax = não é possível ler este valor: { $detail }.
cli-config-text-length = escreva de 1 a { $max } caracteres.
cli-config-time-zone = { $value } não é um fuso horário; use um nome IANA, como America/Sao_Paulo.
cli-config-kiosk-id = use de 1 a 40 letras, dígitos, “-” ou “_”.
cli-config-range = use um número de { $min } a { $max }, não { $value }.
cli-config-languages-empty = informe pelo menos um idioma.
cli-config-language-unknown = { $value } não é um idioma incluído (incluídos: { $shipped }).
cli-config-language-twice = { $value } aparece duas vezes.
cli-config-hours = { $value } não é um horário de funcionamento; escreva “08:00-20:00” ou “closed”.
cli-config-hours-order = { $value }: o horário de fechamento deve ser posterior ao de abertura.
cli-config-phone = { $value } não é um número de telefone (apenas dígitos, espaços e + - ( ) /).
cli-config-visit-kind = tipo de visita desconhecido (conhecidos: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = informe o texto em pelo menos um idioma.
cli-config-translated-offered = informe o texto em pelo menos um dos idiomas de kiosk.languages.
cli-config-policy-id = { $value } não é um identificador de política; use letras minúsculas, dígitos e hifens simples, como house-rules.
cli-config-policy-unlisted = { $value } não está em policies.documents; inclua-a primeiro nessa lista.
cli-config-group-unlisted = { $value } não é um dos badges.access_groups; inclua-o primeiro nessa lista.
cli-config-signage-unknown = { $value } não é um aviso padrão (padrão: { $known }).
cli-config-signage-id = use de 1 a 40 letras minúsculas, dígitos e hifens, diferente de todos os outros avisos.
cli-config-pictogram = { $value } não é um pictograma incluído (incluídos: { $known }).
cli-config-dates-order = o último dia não pode ser anterior ao primeiro.

## lobby audit verify
cli-audit-intact = Registro de auditoria íntegro: { $entries ->
    [one] { $entries } entrada verificada.
   *[other] { $entries } entradas verificadas.
}
cli-audit-broken = Registro de auditoria corrompido na entrada { $seq }: { $problem ->
    [altered] o conteúdo dela foi alterado.
    [unlinked] ela não segue mais a entrada anterior; uma entrada foi removida, substituída ou movida.
    [missing] faltam entradas aqui.
    [unkeyed] ela não está assinada com a chave do local: o registro foi reescrito a partir daqui.
    [wrong-key] o registro está assinado com outra chave do local.
   *[truncated] entradas foram cortadas do final do registro.
}
cli-audit-key-matches = Verificado com a chave do local { $fingerprint } ({ $path }): ela confere.
cli-audit-key-absent = Sem chave do local em { $path }: { $unchecked } entradas assinadas foram verificadas só pela ordem.
cli-audit-unkeyed = O registro não está assinado (foi escrito antes das chaves do local).
cli-audit-checked-with = Verificado com a chave do local { $fingerprint } ({ $path }).
cli-audit-head = Entrada { $seq } ({ $at }): { $head }
    Anote-a ou guarde-a longe do quiosque; depois, “lobby audit verify --head { $head }” prova que o registro ainda a contém.
cli-audit-head-empty = O registro de auditoria está vazio.
cli-audit-head-invalid = “{ $head }” não é uma cabeça: informe ENTRADA:HASH como “lobby audit head” mostra (pelo menos 16 dígitos hexadecimais do hash).
cli-audit-head-held = A entrada { $seq } ainda tem o hash anotado.
cli-audit-head-lost = A entrada { $seq } não tem mais o hash anotado: o registro foi reescrito ou substituído desde então.
cli-plan-audit-head = Cabeça do registro de auditoria: { $head } (chave do local { $key })
cli-backup-head = A cabeça do registro de auditoria dele: { $head }
cli-backup-key-apart = A chave do local { $fingerprint } não está no backup. Guarde uma cópia de { $path } longe dos backups: um banco restaurado precisa dela para o login da equipe.
cli-install-key = A chave do local é { $path } (modo 0600). Guarde uma cópia longe dos backups.
cli-doctor-key = Chave do local
cli-doctor-key-ok = { $path } ({ $fingerprint }), a chave com que este banco está selado
cli-doctor-key-none = ainda sem chave: a primeira inicialização cria { $path }
cli-doctor-key-unused = { $path } existe, mas o banco ainda não está selado com ela: a próxima inicialização o sela
cli-doctor-modes = Permissões de arquivos
cli-doctor-modes-ok = a pasta de dados e a chave do local só podem ser lidas pelo dono
cli-doctor-modes-open = { $count ->
    [one] um arquivo ou pasta está aberto
   *[other] { $count } arquivos ou pastas estão abertos
} a outros usuários, p. ex. { $path } (modo { $mode }). Correção: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN para { $name } (de 6 a 12 dígitos):
cli-staff-pin-repeat = Repita o PIN:
cli-staff-pin-mismatch = Os dois PINs são diferentes. Nada foi salvo.
cli-staff-added = Membro da equipe { $name } adicionado.
cli-staff-scan = Leia este código QR com um aplicativo autenticador ou digite a chave manualmente:
cli-staff-key = Chave: { $key }
cli-staff-uri = URI de provisionamento: { $uri }
cli-staff-qr-saved = Código QR salvo como { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Este PIN é fácil demais de adivinhar: { $rule ->
    [one-digit] ele repete um único dígito.
    [run] os dígitos sobem ou descem em sequência, como 123456.
   *[demo] é o PIN publicado do local de demonstração.
} Nada foi salvo; escolha outro.
cli-staff-pin-in-use = Outro membro ativo da equipe já tem este PIN. Nada foi salvo; escolha outro.
cli-staff-pin-short = Este local pede PINs de pelo menos { $min } dígitos ([staff] pin_min_length). Nada foi salvo; escolha um mais longo.
cli-staff-list-active = ativa
cli-staff-list-disabled = desativada
cli-staff-list-badges = crachás: { $count }
cli-staff-count = Contas da equipe: { $count }
cli-staff-disabled = A conta de { $name } está desativada: não é mais possível entrar, e uma sessão aberta no quiosque termina imediatamente.
cli-staff-already-disabled = A conta de { $name } já estava desativada; nada foi alterado.
cli-staff-enabled = { $name } pode entrar de novo.
cli-staff-unlocked = Entrada desbloqueada para { $name }.
cli-staff-unlock-none = Nenhuma entrada da equipe estava em espera.
cli-staff-already-enabled = A conta de { $name } já está ativa; nada foi alterado.
cli-staff-pin-reset = { $name } tem um PIN novo.
cli-staff-totp-reset = { $name } tem uma chave de autenticador nova; a antiga não funciona mais.

## lobby demo seed
cli-demo-seeded = Dados de demonstração adicionados: { $members } membros e a conta da equipe “{ $name }”.
cli-demo-credentials = PIN da equipe de demonstração: { $pin }. Chave do autenticador: { $key } (apenas para demonstração, nunca para um local real).
cli-demo-already = Esta pasta de dados já tem os dados de demonstração; nada foi alterado.
cli-demo-refused-site = A configuração dá ao local o nome “{ $site }”, não o do local de demonstração.
cli-demo-refused-data = A pasta de dados { $path } já tem dados de um local (contas da equipe: { $staff }, membros: { $members }, visitas: { $visits }).
cli-demo-refused = Os dados de demonstração não foram adicionados: o PIN da equipe e a chave do autenticador deles são públicos, então em um local real qualquer pessoa poderia entrar como equipe. Nada foi alterado; experimente a demonstração em uma pasta de dados vazia.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEMA
cli-doctor-warning = AVISO
cli-doctor-config = Configuração
cli-doctor-config-demo = nenhuma informada: modo de demonstração com o local de exemplo
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Pasta de dados
cli-doctor-data-dir-unwritable = não é possível gravar em { $path }: { $reason }
cli-doctor-database = Banco de dados
cli-doctor-database-ok = { $path }, versão do esquema { $version }
cli-doctor-database-missing = ainda não criado; ele é criado quando o quiosque é iniciado pela primeira vez
cli-doctor-audit = Registro de auditoria
cli-doctor-staff = Contas da equipe
cli-doctor-staff-none = nenhuma: adicione uma com `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = a conta de demonstração { $names } (PIN e chave do autenticador públicos) está ativa neste local: desative-a com `lobby staff disable NAME`
cli-doctor-policies = Políticas
cli-doctor-backup = Backups
cli-doctor-backup-ok = último em { $at }
cli-doctor-backup-stale = o último backup ({ $at }) é mais antigo que o dobro do intervalo: execute “lobby backup now” e verifique a pasta.
cli-doctor-backup-none = ainda não há backup: o quiosque faz um conforme a programação, ou execute “lobby backup now”.
cli-doctor-wifi = Wi-Fi de visitantes
cli-doctor-wifi-none = nenhum nível configurado ([wifi.tiers] em lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: os níveis com backend "none" são mostrados aos visitantes, mas não são aplicados a nenhum equipamento.
cli-doctor-policies-unpublished = ainda não publicadas: { $policies }. Ninguém precisa assiná-las até que sejam publicadas (lobby policy publish).
cli-doctor-readers = Leitores de crachá
cli-doctor-readers-none = nenhum: conecte um leitor PC/SC (os membros não conseguem passar o crachá)
cli-doctor-readers-service = o serviço de cartões não está em execução ({ $reason }): inicie o pcscd
cli-doctor-display = Tela
cli-doctor-display-none = sem DISPLAY nem WAYLAND_DISPLAY: a janela do quiosque não pode abrir aqui
cli-doctor-fonts = Fontes
cli-doctor-fonts-missing = fontes Noto não encontradas ({ $missing }): alguns sistemas de escrita podem não aparecer
cli-doctor-session-bus = Barramento de sessão
cli-doctor-session-bus-none = sem barramento de sessão D-Bus: uma segunda janela do quiosque poderia ser iniciada
cli-doctor-summary = { $problems ->
    [0] Tudo de que o Lobby precisa está em ordem.
    [one] Um problema encontrado.
   *[other] { $problems } problemas encontrados.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] { $count } membro importado ou atualizado.
   *[other] { $count } membros importados ou atualizados.
}
cli-import-line = Linha { $line }: { $problem }
cli-export-written = { $rows ->
    [one] { $rows } linha gravada em { $path }.
   *[other] { $rows } linhas gravadas em { $path }.
}
cli-date-invalid = { $value } não é uma data: escreva no formato AAAA-MM-DD.

## lobby policy
cli-policy-published = { $policy } versão { $version } publicada.
cli-policy-text = { $lang }: “{ $title }”, SHA-256 { $hash }
cli-policy-lang-needed = Informe em que idioma { $path } está com --lang, por exemplo --lang fr.
cli-policy-folder-empty = { $path } não tem arquivos .md; nomeie-os pelo idioma, como fr.md.
cli-policy-list-line = { $policy }: versão { $version }, em { $langs }
cli-policy-list-none = { $policy }: ainda não publicada
cli-policy-coverage = { $policy } versão { $version }: { $accepted } de { $total } membros aceitaram.
cli-policy-coverage-missing = Ainda não: { $names }
cli-policy-verify-ok = { $count ->
    [one] { $count } aceite corresponde ao seu texto.
   *[other] Todos os { $count } aceites correspondem aos seus textos.
}
cli-policy-verify-problem = Aceite { $id }: { $problem ->
    [text-altered] o texto a que ele se refere foi alterado depois da publicação.
    [hash-mismatch] ele declara um hash de texto que não é o do seu texto.
    [claims-mismatch] ele declara uma política, versão ou idioma diferente do seu texto.
   *[signature-altered] a imagem da assinatura não é a que foi registrada.
}
cli-policy-receipt-written = Comprovante do aceite { $id } gravado em { $path }.

## Comprovantes em PDF de aceites de políticas
receipt-heading = Comprovante de aceite
receipt-policy = Política
receipt-version = Versão
receipt-language = Idioma
receipt-text-hash = Impressão digital do texto (SHA-256)
receipt-signer = Assinado por
receipt-member = Membro
receipt-visitor = Visitante
receipt-accepted-at = Aceito em
receipt-kiosk = Quiosque
receipt-signature = Assinatura
receipt-footer = Este comprovante mostra que o texto com a impressão digital acima foi aceito no momento indicado. Guarde-o como prova.

## lobby wifi
cli-config-age-recipient = { $value } não é uma chave pública age (age1…, como o “age-keygen” a exibe).
cli-config-wifi-tier-id = { $value } não é um identificador de nível de Wi-Fi; use até 20 letras minúsculas, dígitos e hifens simples, como guest.
cli-config-wifi-ssid-empty = o nome da rede está vazio.
cli-config-wifi-ssid-long = o nome da rede tem mais de 32 bytes.
cli-config-wifi-ssid-characters = o nome da rede contém caracteres que um código QR não consegue transmitir com fidelidade (uma barra invertida, caracteres de controle ou de direção do texto, ou aspas em volta do nome inteiro).
cli-config-wifi-combination = o backend { $backend } não consegue operar redes { $security } com credenciais { $credentials } (freeradius: enterprise, per-guest; hostapd: wpa2; redes abertas: shared).
cli-config-wifi-section = este backend precisa de uma seção [{ $section }].
cli-config-wifi-absolute = escreva um caminho absoluto.
cli-config-wifi-reload = escreva o comando como uma lista, como ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } não é um dos wifi.tiers; descreva-o primeiro lá.
cli-config-notify-secret = informe exatamente um de { $key }, { $key }_file ou { $key }_env.
cli-config-notify-env = { $value } não é um nome de variável de ambiente; use letras, dígitos e “_”.
cli-config-notify-url = { $value } não é um endereço de webhook; escreva uma URL https:// (http:// só para esta máquina).
cli-config-notify-plain = { $value } não é esta máquina; use security = "starttls" ou "tls" para que senhas e mensagens trafeguem criptografadas.
cli-config-notify-from = { $value } não é um remetente; escreva “Nome <endereco@example.com>” ou “endereco@example.com”.
cli-config-notify-username = uma senha precisa de um nome de usuário.
cli-config-notify-channel = { $value } não é um canal (canais: email, slack, teams, webhook).
cli-config-print-uri = { $value } não é um endereço de impressora; escreva ipp://host/… ou ipps://host/… (uma fila do CUPS é ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } não é um tamanho de mídia (tamanhos: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6 ou LARGURAxCOMPRIMENTOmm, cada lado de { $min } a { $max } mm).
cli-config-print-logo = { $value } não é uma imagem PNG ou SVG que o Lobby consiga ler.
cli-config-notify-unset = { $value } não está configurado; adicione antes uma seção [notifications.{ $value }].
cli-config-fleet-credentials = { $value } não é um arquivo de credenciais da frota utilizável ({ $reason }); use o arquivo gravado por lobby-hub kiosk add.
cli-config-fleet-server = { $value } não é um endereço de servidor NATS; escreva nats://host:porta ou tls://host:porta, sem usuário nem senha.
cli-config-fleet-tablet = as credenciais são do tablet “{ $tablet }”, mas este quiosque é “{ $id }” (kiosk.id).
cli-config-fleet-ca = { $value } não é um arquivo de certificado PEM legível.
cli-wifi-network = Rede: { $ssid }
cli-wifi-username = Nome de usuário: { $username }
cli-wifi-password = Senha: { $password }
cli-wifi-open = Senha: nenhuma (rede aberta)
cli-wifi-expires = Até: { $at }
cli-wifi-pass-id = Acesso: { $id }
cli-wifi-revoked = Acesso { $id } revogado.
cli-wifi-rotated = { $tier }: nova senha; a próxima troca é em { $next }.
cli-wifi-none-shared = Nenhum nível tem senha compartilhada.
cli-wifi-no-backend = Nenhum nível é aplicado a equipamentos (todos os backends são "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = ligado
cli-wifi-tier-closed = desligado até o horário de abertura
cli-wifi-count = { $count ->
    [one] { $count } acesso ativo.
   *[other] { $count } acessos ativos.
}
cli-wifi-backend-ok = { $backend }: de acordo com o banco de dados
cli-wifi-backend-failed = { $backend }: em desacordo: { $reason }

## lobby backup, lobby report
cli-backup-made = Backup gravado: { $path } ({ $bytes } bytes, { $entries } entradas de auditoria, verificado).
cli-backup-copied = Copiado para { $path }.
cli-backup-count = { $count ->
    [one] { $count } backup em { $folder }.
   *[other] { $count } backups em { $folder }.
}
cli-backup-none = Ainda não há nenhum backup em { $folder }.
cli-backup-tested = Teste de restauração aprovado: { $file } abre e sua cadeia de auditoria de { $entries } entradas está íntegra.
cli-backup-restored = Restaurado a partir de { $file }: { $entries } entradas de auditoria, cadeia íntegra.
cli-backup-set-aside = O banco de dados substituído foi guardado como { $path }.
cli-plan-title = Plano de segurança de { $site }, { $at }
cli-plan-backup = Último backup: { $at } (antigo demais: { $stale })
cli-plan-restore-test = Último teste de restauração: { $at } (aprovado: { $ok })
cli-plan-staff = Contas da equipe: { $accounts }; com aplicativo autenticador: { $authenticator }; com crachá da equipe: { $badge }
cli-plan-wifi = Acessos ao Wi-Fi de visitantes ativos: { $passes }
cli-plan-wifi-shared = Última troca da senha compartilhada de { $tier }: { $at }
cli-plan-policy = { $policy }: { $accepted } de { $members } membros aceitaram a versão atual
cli-plan-roll-call = Última chamada: { $at }, { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
}, { $missing } não localizadas
cli-plan-roll-call-none = Última chamada: nenhuma ainda
cli-plan-retention = Visitas anonimizadas após { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}; última execução: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Modo de emergência ativo: { $kind ->
    [fire] evacuação por incêndio
    [shelter] abrigo no local
    [medical] emergência médica
   *[custom] mensagem personalizada
}. Todas as telas do quiosque o mostram até “lobby emergency end” ou até a equipe encerrá-lo.
cli-emergency-ended = Fim da emergência: o modo de emergência foi encerrado após { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
cli-emergency-off = O modo de emergência está desligado.
cli-emergency-on = Modo de emergência ativo desde { $at }: { $kind }.
cli-emergency-kind = “{ $value }” não é uma emergência; use fire, shelter, medical ou custom (com --message).
cli-incidents-none = Nenhum relato de segurança em aberto.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , dados pessoais: comunicar até { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = “{ $value }” não é um tipo de relato; use lost-badge, suspicious-person, phishing, network-breach, data-exposure ou other.
cli-plan-incidents = Relatos de segurança em aberto: { $open }; com dados pessoais: { $personal }; além do prazo de 72 horas: { $overdue }

## lobby install-kiosk
cli-install-done = Quiosque configurado para { $user } em { $root } ({ $count ->
    [one] { $count } item
   *[other] { $count } itens
}). Inicie-o com: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } já existe e foi mantido como estava.
cli-install-changed = { $path } foi alterado depois da configuração e foi mantido no lugar.
cli-install-undone = Configuração do quiosque removida ({ $count ->
    [one] { $count } item
   *[other] { $count } itens
}). A pasta de dados { $data } foi mantida.
cli-install-nothing = Nada a desfazer: { $path } não existe.
cli-install-no-user = Não existe o usuário “{ $user }” neste sistema. Crie-o primeiro, por exemplo: adduser { $user }
cli-install-not-linux = lobby install-kiosk configura quiosques Linux. No Windows e no macOS, siga docs/deploy.md.

## lobby notify: mensagens aos anfitriões
cli-notify-sent = #{ $id } { $channel }: entregue. O servidor respondeu: { $answer }
cli-notify-retry = #{ $id } { $channel }: ainda não entregue ({ $problem }). Será tentado de novo.
cli-notify-failed = #{ $id } { $channel }: não entregue ({ $problem }). Sem mais tentativas: corrija a causa e execute “lobby notify resend { $id }”.
cli-notify-skip-unset = { $channel }: não configurado no lobby.toml ([notifications.{ $channel }]).
cli-print-off = Nenhuma impressora de etiquetas configurada: adicione uma seção [printing] ao lobby.toml (veja docs/deploy.md).
cli-print-printer = Impressora: { $printer } ({ $model }); estado { $state } ({ $reasons }).
cli-print-takes = Aceita { $formats }; mídia carregada: { $media }.
cli-print-sent = Etiqueta de teste enviada como { $format } em { $media } ({ $bytes } bytes): trabalho { $job }, { $state }.
cli-print-failed = A etiqueta de teste não foi impressa: { $problem }
cli-print-sample-name = João da Silva
cli-print-sample-company = Exemplo Ltda.
cli-notify-skip-address = { $channel }: { $member } não tem endereço de e-mail na lista de membros.
cli-notify-none = { $member } não recebe mensagens: escolheu “none”, ou nenhum canal está configurado.
cli-notify-list-none = Nenhuma mensagem a um anfitrião está aguardando ou falhou.
cli-notify-line = #{ $id } { $state ->
    [waiting] aguardando
    [sending] enviando
    [sent] entregue
   *[failed] falhou
} — { $channel } para { $host }, na fila desde { $at }, tentativas: { $attempts }
cli-notify-problem = Último problema: { $problem }
cli-notify-resent = A mensagem #{ $id } ({ $channel } para { $host }) voltou para a fila; o quiosque a envia em até um minuto.
cli-doctor-notify = Mensagens aos anfitriões
cli-doctor-notify-off = não configurado (sem seção [notifications]): os anfitriões não são avisados.
cli-doctor-notify-ok = { $channels }; { $waiting } aguardando.
cli-doctor-notify-failed = { $failed } não entregues: veja “lobby notify list” e depois “lobby notify resend ID”.
cli-doctor-notify-waiting = { $waiting } aguardando desde { $at }: verifique o relay e os webhooks com “lobby notify test MEMBRO”.
cli-doctor-print = Impressora de etiquetas
cli-doctor-print-off = não configurada (sem seção [printing]): nenhuma etiqueta de visitante é impressa.
cli-doctor-print-ok = { $printer }: { $state }; última etiqueta impressa: { $at }.
cli-doctor-print-ready = { $printer }: { $state }; nenhuma etiqueta impressa ainda.
cli-doctor-print-failed = a última etiqueta ({ $at }) não foi impressa: { $problem }. Verifique a impressora e depois execute “lobby print test”.
cli-doctor-print-unreachable = { $printer } não responde: { $problem }
cli-doctor-print-not-ready = { $printer } não pode imprimir agora: { $reasons }

## lobby invite
cli-invite-created = Convite { $code } para { $name }, visitando { $host }, de { $from } a { $until }.
cli-invite-emailed = O convite para { $email } está na fila; o quiosque o envia.
cli-invite-give-code = Nenhum e-mail é enviado: passe o código ao convidado.
cli-invite-none = Nenhum convite a partir de hoje.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] futuro
    [valid] válido
    [used] usado
    [cancelled] cancelado
   *[expired] expirado
} — { $name } para { $host }, de { $from } a { $until }
