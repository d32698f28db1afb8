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
hub-error-reload = Não é possível pedir ao servidor NATS (pid { $pid }) que recarregue: { $reason }. Recarregue-o manualmente (kill -HUP com o pid dele).
hub-error-sql = O banco de dados recusou a operação: { $reason }. Nada foi alterado.

## lobby-hub serve
hub-serve-started = Recebendo as alterações dos tablets de { $nats }. Pare com Ctrl+C ou SIGTERM.
hub-serve-stopped = Parado; todas as alterações recebidas foram salvas.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Local { $site } salvo (domínio JetStream { $domain }). O lobby-hub serve cria o stream dele.
hub-kiosk-added = Tablet { $tablet } do local { $site } adicionado como usuário NATS { $user }; as credenciais estão em { $file }. Copie esse arquivo para o tablet e mantenha-o em segredo.
hub-kiosk-revoked = Tablet { $tablet } do local { $site } revogado.
hub-kiosk-none = Ainda não há tablets.
hub-kiosk-active = { $site } / { $tablet }: usuário { $user }, adicionado em { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: usuário { $user }, adicionado em { $added }, revogado em { $revoked }
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
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Não foi possível ler a mensagem { $id } em { $subject }: { $reason }
hub-audit-clean = Todas as cadeias estão íntegras ({ $chains } verificadas); nenhuma mensagem recusada.

## lobby-hub export visits
hub-export-written = Visitas exportadas: { $rows } ({ $file }).
