# lobby-hub, o armazenamento central da frota: texto simples para o operador, no idioma dele
# (de LANG). Os erros seguem "cli-error" ("Erro: …").

## Erros
hub-error-database = Não é possível usar o banco de dados { $url }: { $reason }. Nada foi alterado.
hub-error-nats = Não é possível alcançar o servidor NATS { $url }: { $reason }.
hub-error-unknown-site = Não existe o local "{ $site }"; adicione-o primeiro com: lobby-hub site add { $site }
hub-error-bad-id = "{ $value }" não é um identificador válido: use de 1 a 40 letras minúsculas, dígitos ou "-", sem "-" no início.
hub-error-bad-date = "{ $value }" não é uma data; escreva no formato AAAA-MM-DD, por exemplo 2026-03-31.
hub-error-kiosk-exists = O tablet { $tablet } do local { $site } já tem credenciais. Para emitir novas (as antigas deixam de funcionar), adicione --replace.
hub-error-unknown-kiosk = O local { $site } não tem um tablet ativo { $tablet }.
hub-error-file = Não é possível gravar { $path }: { $reason }.
hub-error-file-read = Não é possível ler { $path }: { $reason }.
hub-error-no-nats = Informe o servidor NATS do hub: --nats URL ou LOBBY_HUB_NATS.
hub-error-reload = Não é possível pedir ao servidor NATS (pid { $pid }) que recarregue: { $reason }. Recarregue-o manualmente (kill -HUP com o pid dele).
hub-error-no-number = O local { $site } já tem 10 tablets, o máximo (cada um recebe um número de 0 a 9 para seus códigos de saída). Revogue um primeiro: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }, linha { $line }: { $problem ->
    [header] falta a coluna “{ $value }” (a primeira linha deve nomear id, name, email, team, active).
    [csv] a linha não pode ser lida ({ $value }).
    [id] “{ $value }” não é um id de membro (de 1 a 64 caracteres).
    [name] “{ $value }” não é um nome.
    [email] “{ $value }” não é um endereço de e-mail.
    [active] “{ $value }” não é yes nem no.
    [uid] “{ $value }” não é um uid de crachá (hexadecimal, bytes inteiros).
    [uid-missing] “{ $value }” foi dado sem badge_uid.
    [card-type] “{ $value }” não é um tipo de cartão (como mifare-classic-1k, desfire ou unknown).
    [date] “{ $value }” não é uma data; escreva como AAAA-MM-DD.
    [date-order] o crachá termina ({ $value }) antes de começar.
    [uid-twice] o crachá { $value } já está na linha { $other }; um cartão pertence a um só membro.
    [member-differs] o membro { $value } está na linha { $other } com outros dados; informe o mesmo nome, e-mail, equipe e situação em todas as linhas.
    [uid-held] o crachá { $value } pertence ao membro { $holder } no hub; revogue-o primeiro (lobby-hub badge revoke).
    [uid-revoked] o crachá { $value } do membro { $holder } foi revogado no hub; uma importação não devolve um cartão revogado: retire a linha ou entregue um cartão novo.
    [empty] o arquivo não tem membros.
   *[other] { $problem } { $value }
} Nada foi salvo.
hub-error-unknown-badge = O local { $site } não tem nenhum crachá { $uid } em uso.
hub-error-policy = { $problem ->
    [id] “{ $value }” não é um id de política; use letras minúsculas, dígitos e hifens simples, como house-rules.
    [none] Informe o texto da política em pelo menos um idioma: LANG=ARQUIVO.
    [argument] “{ $value }” não é LANG=ARQUIVO, por exemplo pt-BR=regras.md.
    [lang] “{ $value }” não é um idioma incluído (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } foi dado duas vezes.
    [utf8] { $value } não é texto UTF-8.
    [empty] { $value } está vazio.
   *[other] { $problem } { $value }
} Nada foi publicado.
hub-error-emergency = { $problem ->
    [kind] “{ $value }” não é um tipo de emergência: use fire, shelter, medical ou custom.
    [message-missing] Uma emergência personalizada precisa de sua mensagem: --message TEXTO.
    [message-long] A mensagem é longa demais: no máximo { $value } caracteres.
    [message-control] A mensagem deve ser uma única linha de texto.
   *[other] { $problem } { $value }
} Nenhuma emergência foi iniciada.
hub-error-no-emergency = Não há emergência em vigor no local { $site }; nada foi encerrado.
hub-error-no-roll-call = { $which ->
    [id] O local { $site } não tem a chamada { $id }.
   *[newest] O local { $site } ainda não tem nenhuma chamada: nenhuma chamada de um tablet chegou ao hub.
} Nada foi exportado.
hub-error-config = A configuração { $file } foi recusada; nada foi salvo nem enviado.
hub-error-sql = O banco de dados recusou a operação: { $reason }. Nada foi alterado.

## lobby-hub serve
hub-serve-started = Recebendo as alterações dos tablets de { $nats }. Pare com Ctrl+C ou SIGTERM.
hub-serve-stopped = Parado; todas as alterações recebidas foram salvas.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Local { $site } salvo (domínio JetStream { $domain }). O lobby-hub serve cria o stream dele.
hub-kiosk-added = Tablet { $tablet } do local { $site } adicionado como usuário NATS { $user }, número { $number }; as credenciais estão em { $file }. Copie esse arquivo para o tablet e mantenha-o em segredo.
hub-kiosk-revoked = Tablet { $tablet } do local { $site } revogado.
hub-kiosk-none = Ainda não há tablets.
hub-kiosk-active = { $site } / { $tablet }: número { $number }, usuário { $user }, adicionado em { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: número { $number }, usuário { $user }, adicionado em { $added }, revogado em { $revoked }
hub-users-hint = Nenhum --users-file informado: o servidor NATS do local ainda tem os usuários antigos.
hub-users-written = Arquivo de usuários { $file } gravado; tablets admitidos: { $count }.
hub-users-reloaded = O servidor NATS (pid { $pid }) está lendo o arquivo novamente.
hub-users-reload-hint = Recarregue o servidor NATS do local para que ele leia o arquivo (nats-server --signal reload, ou kill -HUP com o pid dele).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, época { $epoch }, registro { $seq }: { $problem ->
    [gap] faltam registros (gap)
    [unlinked] não se liga ao registro anterior (unlinked)
    [altered] o conteúdo foi alterado (altered)
    [fork] outra história com os mesmos números (fork)
    [missing] faltam registros no tablet (missing)
    [truncated] registros cortados no final (truncated)
    [unkeyed] não assinado com a chave (unkeyed)
    [wrong-key] assinado com outra chave de local (wrong-key)
    [badge-conflict] um cartão dado a dois membros; nenhum foi alterado, a equipe precisa decidir (badge-conflict)
    [badge-unknown-member] um crachá para um membro que o hub não conhece (badge-unknown-member)
    [badge-bad-uid] um pedido de crachá com um uid ilegível (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Não foi possível ler a mensagem { $id } em { $subject }: { $reason }
hub-audit-clean = Todas as cadeias estão íntegras ({ $chains } verificadas); nenhuma mensagem recusada.

## lobby-hub export visits
hub-export-written = Visitas exportadas: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Chamada { $id } exportada; pessoas listadas: { $rows } ({ $file }).

## Alterações enviadas aos tablets de um local
hub-down-published = Enviado aos tablets do local.
hub-down-queued = Salvo no hub, mas o servidor NATS não pode ser alcançado agora: lobby-hub serve enviará assim que puder.
hub-members-imported = Local { $site }: membros lidos: { $members }, crachás: { $badges }, membros alterados: { $changed }.
hub-members-none = Ainda não há membros.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] ativo
   *[no] inativo
}, crachás: { $badges }
hub-badge-revoked = Crachá { $uid } do membro { $member } (local { $site }) revogado.
hub-policy-saved = Política { $policy } salva para o local { $site } ({ $langs }).
hub-config-saved = { $file } é válido; salvo para o local { $site } (sha256 { $sha }).
hub-config-fleet = a seção [fleet] é de cada tablet (seu servidor e suas credenciais); retire-a do arquivo do local.
hub-emergency-started = Emergência { $id } iniciada no local { $site }: { $kind ->
    [fire] incêndio
    [shelter] abrigo no local
    [medical] médica
   *[custom] personalizada
}.
hub-emergency-ended = Fim do alerta no local { $site }: emergência { $id } ({ $kind ->
    [fire] incêndio
    [shelter] abrigo no local
    [medical] médica
   *[custom] personalizada
}, iniciada { $started }) encerrada.
hub-emergency-none = Nenhuma emergência em vigor no local { $site }.
hub-emergency-in-force = Emergência em vigor no local { $site }: { $id }, { $kind ->
    [fire] incêndio
    [shelter] abrigo no local
    [medical] médica
   *[custom] personalizada
}, iniciada { $started }. { $message } (Outras emergências não encerradas: { $others }.)

## Contas da equipe criadas no hub (lobby-hub staff)
hub-error-staff-exists = O local { $site } já tem uma conta da equipe “{ $name }”. Nada foi salvo. Para bloquear ou permitir o acesso: lobby-hub staff disable|enable { $site } NOME. Para um novo PIN e uma nova chave: lobby-hub staff reset { $site } NOME
hub-error-unknown-staff = O local { $site } não tem uma conta da equipe “{ $name }” criada no hub (lobby-hub staff list { $site }).
hub-error-staff-name = “{ $value }” não pode ser o nome de uma conta da equipe: use de 1 a 80 caracteres sem caracteres de controle (lobby-fleet é reservado aos tablets).
hub-staff-added = Conta da equipe { $name } salva para o local { $site }; todos os tablets do local a recebem, substituindo uma conta com esse nome criada em um tablet.
hub-staff-reset = A conta da equipe { $name } do local { $site } tem um novo PIN e uma nova chave do autenticador; todos os tablets do local os recebem, e o PIN antigo e os códigos do aplicativo antigo deixam de funcionar neles.
hub-staff-setup = Configure agora o aplicativo autenticador da pessoa com a chave ou a URI abaixo (um código QR da URI também serve); elas não serão mostradas de novo.
hub-staff-disabled = Conta da equipe { $name } do local { $site } desativada: não pode mais entrar nos tablets do local.
hub-staff-enabled = Conta da equipe { $name } do local { $site } ativada: pode entrar de novo.
hub-staff-unchanged = A conta da equipe { $name } do local { $site } já está { $active ->
    [yes] ativada
   *[no] desativada
}; nada foi enviado.
hub-staff-none = O local { $site } ainda não tem contas da equipe criadas no hub.
hub-staff-line = { $name }: { $active ->
    [yes] ativa
   *[no] desativada
}, criada em { $added }
