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
hub-error-file-read = 无法读取 { $path }：{ $reason }。
hub-error-no-nats = 请指定中心的 NATS 服务器：--nats URL 或 LOBBY_HUB_NATS。
hub-error-reload = 无法通知 NATS 服务器（pid { $pid }）重新加载：{ $reason }。请手动重新加载（对其 pid 执行 kill -HUP）。
hub-error-no-number = 站点 { $site } 已有 10 台平板，已达上限（每台平板获得 0 到 9 的编号，用于其签出码）。请先吊销一台：lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }，第 { $line } 行：{ $problem ->
    [header] 缺少列“{ $value }”（第一行必须列出 id、name、email、team、active）。
    [csv] 该行无法读取（{ $value }）。
    [id] “{ $value }”不是成员 ID（1 到 64 个字符）。
    [name] “{ $value }”不是姓名。
    [email] “{ $value }”不是电子邮件地址。
    [active] “{ $value }”既不是 yes 也不是 no。
    [uid] “{ $value }”不是工牌 uid（十六进制，整字节）。
    [uid-missing] 给出了“{ $value }”却没有 badge_uid。
    [card-type] “{ $value }”不是卡类型（例如 mifare-classic-1k、desfire 或 unknown）。
    [date] “{ $value }”不是日期；请写成 YYYY-MM-DD。
    [date-order] 工牌的结束日期（{ $value }）早于开始日期。
    [uid-twice] 工牌 { $value } 已在第 { $other } 行；一张卡只属于一名成员。
    [member-differs] 成员 { $value } 在第 { $other } 行的信息不同；请在每一行填写相同的姓名、电子邮件、团队和状态。
    [uid-held] 工牌 { $value } 在中心属于成员 { $holder }；请先吊销（lobby-hub badge revoke）。
    [uid-revoked] 成员 { $holder } 的工牌 { $value } 已在中心吊销；导入不会重新发放已吊销的卡：请删除该行，或发放新卡。
    [empty] 文件中没有成员。
   *[other] { $problem } { $value }
} 未保存任何内容。
hub-error-unknown-badge = 站点 { $site } 没有正在使用的工牌 { $uid }。
hub-error-policy = { $problem ->
    [id] “{ $value }”不是政策 ID；请使用小写字母、数字和单个连字符，例如 house-rules。
    [none] 请至少提供一种语言的政策文本：LANG=FILE。
    [argument] “{ $value }”不是 LANG=FILE 格式，例如 zh-CN=house-rules.md。
    [lang] “{ $value }”不是内置语言（ar、de、en-US、es、fr、it、nl、pl、pt-BR、zh-CN）。
    [lang-twice] { $value } 出现了两次。
    [utf8] { $value } 不是 UTF-8 文本。
    [empty] { $value } 是空的。
   *[other] { $problem } { $value }
} 未发布任何内容。
hub-error-emergency = { $problem ->
    [kind] “{ $value }”不是紧急情况类型：请使用 fire、shelter、medical 或 custom。
    [message-missing] 自定义紧急情况需要提供消息：--message TEXT。
    [message-long] 消息太长：最多 { $value } 个字符。
    [message-control] 消息必须是一行文字。
   *[other] { $problem } { $value }
} 未启动紧急情况。
hub-error-no-emergency = 站点 { $site } 没有正在进行的紧急情况；未结束任何内容。
hub-error-no-roll-call = { $which ->
    [id] 站点 { $site } 没有点名 { $id }。
   *[newest] 站点 { $site } 还没有点名：尚无平板的点名到达中心。
} 未导出任何内容。
hub-error-config = 配置 { $file } 被拒绝；未保存也未发送任何内容。
hub-error-sql = 数据库拒绝了该操作：{ $reason }。未做任何更改。

## lobby-hub serve
hub-serve-started = 正在从 { $nats } 接收平板的更改。按 Ctrl+C 或发送 SIGTERM 停止。
hub-serve-stopped = 已停止；收到的每项更改都已保存。

## lobby-hub site, lobby-hub kiosk
hub-site-added = 站点 { $site } 已保存（JetStream 域 { $domain }）。lobby-hub serve 会创建其流。
hub-kiosk-added = 站点 { $site } 的平板 { $tablet } 已添加为 NATS 用户 { $user }，编号 { $number }；其凭据在 { $file } 中。请将该文件复制到平板并妥善保密。
hub-kiosk-revoked = 站点 { $site } 的平板 { $tablet } 已吊销。
hub-kiosk-none = 还没有平板。
hub-kiosk-active = { $site } / { $tablet }：编号 { $number }，用户 { $user }，添加于 { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }：编号 { $number }，用户 { $user }，添加于 { $added }，吊销于 { $revoked }
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
    [badge-conflict] 同一张卡登记给了两名成员；两者均未更改，需由工作人员决定（badge-conflict）
    [badge-unknown-member] 为中心没有的成员登记的工牌（badge-unknown-member）
    [badge-bad-uid] uid 无法读取的工牌请求（badge-bad-uid）
   *[other] { $problem }
} { $detail }
hub-audit-rejected = 无法读取 { $subject } 上的消息 { $id }：{ $reason }
hub-audit-clean = 每条链都完好（已检查 { $chains } 条）；没有被拒绝的消息。

## lobby-hub export visits
hub-export-written = 已导出的访问：{ $rows }（{ $file }）。
## lobby-hub export rollcall
hub-export-rollcall-written = 已导出点名 { $id }；列出的人员：{ $rows }（{ $file }）。

## 发送到站点平板的更改
hub-down-published = 已发送到该站点的平板。
hub-down-queued = 已保存在中心，但目前无法连接 NATS 服务器：lobby-hub serve 会尽快发送。
hub-members-imported = 站点 { $site }：读取成员 { $members } 名（工牌 { $badges } 个），更改 { $changed } 名。
hub-members-none = 还没有成员。
hub-members-line = { $id }：{ $name }，{ $active ->
    [yes] 有效
   *[no] 停用
}，工牌：{ $badges }
hub-badge-revoked = 已吊销成员 { $member } 的工牌 { $uid }（站点 { $site }）。
hub-policy-saved = 已为站点 { $site } 保存政策 { $policy }（{ $langs }）。
hub-config-saved = { $file } 有效；已为站点 { $site } 保存（sha256 { $sha }）。
hub-config-fleet = [fleet] 部分属于每台平板自己（其服务器和凭据）；请从站点的文件中删除它。
hub-emergency-started = 站点 { $site } 已启动紧急情况 { $id }：{ $kind ->
    [fire] 火警
    [shelter] 就地避险
    [medical] 医疗
   *[custom] 自定义
}。
hub-emergency-ended = 站点 { $site } 解除警报：紧急情况 { $id }（{ $kind ->
    [fire] 火警
    [shelter] 就地避险
    [medical] 医疗
   *[custom] 自定义
}，开始于 { $started }）已结束。
hub-emergency-none = 站点 { $site } 没有正在进行的紧急情况。
hub-emergency-in-force = 站点 { $site } 正在进行紧急情况：{ $id }，{ $kind ->
    [fire] 火警
    [shelter] 就地避险
    [medical] 医疗
   *[custom] 自定义
}，开始于 { $started }。{ $message }（其他未结束的紧急情况：{ $others }。）

## 在中心创建的员工账户（lobby-hub staff）
hub-error-staff-exists = 站点 { $site } 已有员工账户“{ $name }”。未保存任何内容。如需禁止或允许其登录：lobby-hub staff disable|enable { $site } 名称。如需新的 PIN 和密钥：lobby-hub staff reset { $site } 名称
hub-error-unknown-staff = 站点 { $site } 没有在中心创建的员工账户“{ $name }”（lobby-hub staff list { $site }）。
hub-error-staff-name = “{ $value }”不能作为员工账户名：请使用 1 到 80 个字符，不含控制字符（lobby-fleet 保留给平板使用）。
hub-staff-added = 已为站点 { $site } 保存员工账户 { $name }；站点的每台平板都会收到它，并替换平板上创建的同名账户。
hub-staff-reset = 站点 { $site } 的员工账户 { $name } 已有新的 PIN 和新的身份验证器密钥；站点的每台平板都会收到它们，旧 PIN 和旧应用的验证码在那里将不再有效。
hub-staff-setup = 请现在用下面的密钥或 URI 设置此人的身份验证器应用（也可使用该 URI 的二维码）；之后不会再次显示。
hub-staff-disabled = 站点 { $site } 的员工账户 { $name } 已停用：无法再在该站点的平板上登录。
hub-staff-enabled = 站点 { $site } 的员工账户 { $name } 已启用：可以再次登录。
hub-staff-unchanged = 站点 { $site } 的员工账户 { $name } 已经是{ $active ->
    [yes] 启用
   *[no] 停用
}状态；未发送任何内容。
hub-staff-none = 站点 { $site } 还没有在中心创建的员工账户。
hub-staff-line = { $name }：{ $active ->
    [yes] 启用
   *[no] 停用
}，创建于 { $added }
