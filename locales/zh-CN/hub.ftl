# lobby-hub，车队的中央存储：给操作员的纯文本，使用其语言（取自 LANG）。错误跟在
# “cli-error”（“错误：…”）之后。

## 错误
hub-error-database = 无法使用数据库 { $url }：{ $reason }。未做任何更改。
hub-error-nats = 无法连接 NATS 服务器 { $url }：{ $reason }。
hub-error-unknown-site = 没有站点“{ $site }”；请先用以下命令添加：lobby-hub site add { $site }
hub-error-bad-id = “{ $value }”不是有效的 ID：请使用 1 到 40 个小写字母、数字或“-”，且不能以“-”开头。
hub-error-bad-date = “{ $value }”不是日期；请写成 YYYY-MM-DD，例如 2026-03-31。
hub-error-kiosk-exists = 站点 { $site } 的平板 { $tablet } 已有凭据。如需签发新凭据（旧凭据将失效），请加上 --replace。
hub-error-unknown-kiosk = 站点 { $site } 没有处于启用状态的平板 { $tablet }。
hub-error-file = 无法写入 { $path }：{ $reason }。
hub-error-reload = 无法通知 NATS 服务器（pid { $pid }）重新加载：{ $reason }。请手动重新加载（对其 pid 执行 kill -HUP）。
hub-error-sql = 数据库拒绝了该操作：{ $reason }。未做任何更改。

## lobby-hub serve
hub-serve-started = 正在从 { $nats } 接收平板的更改。按 Ctrl+C 或发送 SIGTERM 停止。
hub-serve-stopped = 已停止；收到的每项更改都已保存。

## lobby-hub site, lobby-hub kiosk
hub-site-added = 站点 { $site } 已保存（JetStream 域 { $domain }）。lobby-hub serve 会创建其流。
hub-kiosk-added = 站点 { $site } 的平板 { $tablet } 已添加为 NATS 用户 { $user }；其凭据在 { $file } 中。请将该文件复制到平板并妥善保密。
hub-kiosk-revoked = 站点 { $site } 的平板 { $tablet } 已吊销。
hub-kiosk-none = 还没有平板。
hub-kiosk-active = { $site } / { $tablet }：用户 { $user }，添加于 { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }：用户 { $user }，添加于 { $added }，吊销于 { $revoked }
hub-users-hint = 未指定 --users-file：站点的 NATS 服务器仍使用旧的用户。
hub-users-written = 已写入用户文件 { $file }；允许接入的平板：{ $count }。
hub-users-reloaded = NATS 服务器（pid { $pid }）正在重新读取该文件。
hub-users-reload-hint = 请重新加载站点的 NATS 服务器以读取该文件（nats-server --signal reload，或对其 pid 执行 kill -HUP）。

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }，纪元 { $epoch }，条目 { $seq }：{ $problem ->
    [gap] 缺少条目（gap）
    [unlinked] 未与前一条目相连（unlinked）
    [altered] 内容已被修改（altered）
    [fork] 编号相同的另一段历史（fork）
    [missing] 平板上缺少条目（missing）
    [truncated] 末尾的条目被截掉（truncated）
    [unkeyed] 未用密钥签名（unkeyed）
    [wrong-key] 用另一个站点密钥签名（wrong-key）
   *[other] { $problem }
} { $detail }
hub-audit-rejected = 无法读取 { $subject } 上的消息 { $id }：{ $reason }
hub-audit-clean = 每条链都完好（已检查 { $chains } 条）；没有被拒绝的消息。

## lobby-hub export visits
hub-export-written = 已导出的访问：{ $rows }（{ $file }）。
