## lobby privacy：个人关于其数据的请求（第 23 号议题）

privacy-pdf-title = { $site } 保存的关于您的信息
privacy-pdf-intro = 前台系统 Lobby 于 { $date } 保存的关于“{ $named }”所指之人的全部信息。本文档旁的 personal-data.json 文件以机器可读的形式包含相同内容。
privacy-pdf-none = 无。
privacy-pdf-record = 记录 { $id }
privacy-pdf-visits = 来访与参观
privacy-pdf-acceptances = 签名与行为准则回执
privacy-pdf-wifi = Wi-Fi 通行证
privacy-pdf-roll-calls = 疏散点名
privacy-pdf-messages = 关于您来访的消息
privacy-pdf-invitations = 邀请
privacy-pdf-badges = 已打印的访客胸卡
privacy-pdf-approvals = 等待工作人员批准的登记
privacy-pdf-profile = 访客档案
privacy-pdf-incidents = 提及您的安全报告
privacy-pdf-deny = 拒绝名单条目
privacy-pdf-holds = 对您的记录的法定保留
privacy-pdf-name = 姓名
privacy-pdf-company = 公司
privacy-pdf-email = 电子邮件
privacy-pdf-phone = 电话
privacy-pdf-purpose = 目的或兴趣
privacy-pdf-kind = 类型
privacy-pdf-host = 接待人
privacy-pdf-language = 语言
privacy-pdf-arrived = 到达
privacy-pdf-left = 离开
privacy-pdf-lead-consent = 作为销售联系人保存
privacy-pdf-anonymised = 已匿名化
privacy-pdf-visit = 来访
privacy-pdf-policy = 所签文本
privacy-pdf-signed-at = 签署时间
privacy-pdf-signature = 签名
privacy-pdf-signature-file = 图像保存在 { $file } 中（SHA-256 { $hash }）。
privacy-pdf-signature-removed = 图像已删除；其 SHA-256 { $hash } 作为签名证明保留。
privacy-pdf-valid = 有效期
privacy-pdf-label = 签发对象
privacy-pdf-status = 状态
privacy-pdf-channel = 渠道
privacy-pdf-recipient = 发送至
privacy-pdf-created = 日期
privacy-pdf-content = 内容
privacy-pdf-description = 描述
privacy-pdf-contact = 联系方式
privacy-pdf-note = 工作人员备注
privacy-pdf-reported = 报告时间
privacy-pdf-closed = 结束时间
privacy-pdf-reason = 原因
privacy-pdf-until = 截止
privacy-pdf-last-visit = 最近来访
privacy-pdf-yes = 是
privacy-pdf-no = 否
privacy-pdf-rights = 您可以请前台更正或删除这些数据。处于法定保留中的数据将保留至保留结束（GDPR 第 17 条第 3 款）。

## lobby privacy（命令行）
cli-privacy-exported = 已写入 { $json } 和 { $pdf }：共 { $records } 条记录。请求 #{ $id } 已答复。
cli-privacy-received = 请求 #{ $id }（{ $kind }）于 { $received } 收到：须在 { $due } 前答复。
cli-privacy-request-line = #{ $id } { $kind } { $named }，收到于 { $received }，期限 { $due }：{ $state }
cli-privacy-days-left = 剩余 { $days } 天
cli-privacy-overdue = 已逾期 { $days } 天
cli-privacy-answered = 已于 { $at } 答复
cli-privacy-no-requests = 没有未答复的请求。
cli-privacy-erased = 删除 #{ $id }，{ $at }：
cli-privacy-erased-line = - 已删除：{ $table }：{ $count }
cli-privacy-nothing-erased = - 已没有可删除的内容。
cli-privacy-kept-heading = 已保留（GDPR 第 17 条第 3 款）：
cli-privacy-kept-line = - { $table } #{ $id }：{ $why }
cli-privacy-why-incident = 在仍未结案的安全报告中被提及
cli-privacy-why-hold = 法定保留 #{ $hold }，截止 { $until }：{ $reason }
cli-privacy-why-deny = 拒绝名单条目（请用 lobby deny 修改）
cli-privacy-nothing-kept = 没有保留任何内容。
cli-privacy-backups = { $at } 之前的备份在轮换删除前仍包含已删除的数据。
cli-privacy-wal-busy = 另一个程序正在读取数据库：该程序释放数据库后，已删除的数据才会离开预写日志。
cli-privacy-table = { $table ->
    [visits] 来访
    [acceptances] 签名
    [wifi_passes] Wi-Fi 通行证
    [roll_call_entries] 点名条目
    [outbox] 消息
    [invitations] 邀请
    [approvals] 等待批准的登记
    [visitor_profiles] 访客档案
    [incidents] 安全报告
   *[deny_entries] 拒绝名单条目
}
cli-privacy-hold-set = 法定保留 #{ $id }：{ $who }，截止 { $until }。
cli-privacy-hold-line = #{ $id } { $who } 截止 { $until }：{ $reason }
cli-privacy-hold-released = 法定保留 #{ $id } 已解除。
cli-privacy-hold-unknown = 没有生效中的法定保留 #{ $id }。
cli-privacy-no-holds = 没有生效中的法定保留。
