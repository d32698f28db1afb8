# Lobby 的命令行（`lobby doctor`、`lobby audit verify`、`lobby staff add`、
# `lobby demo seed`）：面向运维人员的纯文本，使用其语言（取自 LANG）。

cli-error = 错误：{ $message }

## 被拒绝的 lobby.toml：文件、键以及问题所在
cli-config-refused = 配置被拒绝，未做任何更改。{ $file }，键“{ $key }”：{ $problem }
cli-config-refused-file = 配置被拒绝，未做任何更改。{ $file }：{ $problem }
cli-config-unreadable = 无法读取该文件（{ $reason }）。
cli-config-syntax = 无法读取此值：{ $detail }。
cli-config-text-length = 请填写 1 到 { $max } 个字符。
cli-config-time-zone = { $value } 不是时区；请使用 IANA 名称，例如 Europe/Berlin。
cli-config-kiosk-id = 请使用 1 到 40 个字母、数字、“-”或“_”。
cli-config-range = 请使用 { $min } 到 { $max } 之间的数字，而不是 { $value }。
cli-config-languages-empty = 请至少列出一种语言。
cli-config-language-unknown = { $value } 不是随附的语言（随附语言：{ $shipped }）。
cli-config-language-twice = { $value } 被列出了两次。
cli-config-hours = { $value } 不是有效的营业时间；请写“08:00-20:00”或“closed”。
cli-config-hours-order = { $value }：关闭时间必须晚于开放时间。
cli-config-phone = { $value } 不是电话号码（只能包含数字、空格和 + - ( ) /）。
cli-config-visit-kind = 未知的访问类型（已知类型：guest, tour, day-pass, contractor, interview）。
cli-config-translated-empty = 请至少用一种语言填写该文本。
cli-config-translated-offered = 请至少用 kiosk.languages 中的一种语言填写该文本。
cli-config-policy-id = { $value } 不是有效的政策 ID；请使用小写字母、数字和单个连字符，例如 house-rules。
cli-config-policy-unlisted = { $value } 不在 policies.documents 中；请先将其列入该列表。
cli-config-group-unlisted = { $value } 不在 badges.access_groups 中；请先将其列入该列表。
cli-config-signage-unknown = { $value } 不是标准告示（标准告示：{ $known }）。
cli-config-signage-id = 请使用 1 到 40 个小写字母、数字和连字符，且不得与其他告示重复。
cli-config-pictogram = { $value } 不是随附的图形标志（随附的图形标志：{ $known }）。
cli-config-dates-order = 最后一天不得早于第一天。

## lobby audit verify
cli-audit-intact = 审计日志完好：{ $entries ->
   *[other] 已校验 { $entries } 条记录。
}
cli-audit-broken = 审计日志在第 { $seq } 条记录处损坏：{ $problem ->
    [altered] 该记录的内容已被更改。
    [unlinked] 该记录与前一条记录不再衔接；有记录被删除、替换或移动。
    [missing] 此处缺少记录。
    [unkeyed] 它没有用站点密钥签名：日志从这里起被改写过。
    [wrong-key] 日志是用另一个站点密钥签名的。
   *[truncated] 日志末尾的记录被截掉了。
}
cli-audit-key-matches = 已用站点密钥 { $fingerprint }（{ $path }）校验：匹配。
cli-audit-key-absent = { $path } 中没有站点密钥：{ $unchecked } 条已签名的记录只校验了顺序。
cli-audit-unkeyed = 日志没有签名（写于站点密钥之前）。
cli-audit-checked-with = 已用站点密钥 { $fingerprint }（{ $path }）校验。
cli-audit-head = 第 { $seq } 条（{ $at }）：{ $head }
    请记下或与终端分开保存；以后用“lobby audit verify --head { $head }”可证明日志仍包含它。
cli-audit-head-empty = 审计日志为空。
cli-audit-head-invalid = “{ $head }”不是日志头：请按“lobby audit head”打印的格式给出 条目:哈希（哈希至少 16 个十六进制数字）。
cli-audit-head-held = 第 { $seq } 条仍是记下的哈希。
cli-audit-head-lost = 第 { $seq } 条已不是记下的哈希：此后日志被改写或替换过。
cli-plan-audit-head = 审计日志头：{ $head }（站点密钥 { $key }）
cli-backup-head = 其审计日志头：{ $head }
cli-backup-key-apart = 站点密钥 { $fingerprint } 不在备份中。请把 { $path } 的副本与备份分开保存：恢复的数据库需要它才能让员工登录。
cli-install-key = 站点密钥是 { $path }（权限 0600）。请把副本与备份分开保存。
cli-doctor-key = 站点密钥
cli-doctor-key-ok = { $path }（{ $fingerprint }），即封存此数据库的密钥
cli-doctor-key-none = 还没有密钥：首次启动会创建 { $path }
cli-doctor-key-unused = { $path } 已存在，但数据库尚未用它封存：下次启动时封存
cli-doctor-modes = 文件权限
cli-doctor-modes-ok = 数据文件夹和站点密钥只有其所有者可读
cli-doctor-modes-open = 有 { $count } 个文件或文件夹对其他用户开放，例如 { $path }（权限 { $mode }）。修复：{ $fix }

## lobby staff add
cli-staff-pin-prompt = 为 { $name } 设置 PIN 码（6 至 12 位数字）：
cli-staff-pin-repeat = 再次输入 PIN 码：
cli-staff-pin-mismatch = 两次输入的 PIN 码不一致。未保存任何内容。
cli-staff-added = 已添加员工“{ $name }”。
cli-staff-scan = 请用身份验证器应用扫描此二维码，或手动输入密钥：
cli-staff-key = 密钥：{ $key }
cli-staff-uri = 配置 URI：{ $uri }
cli-staff-qr-saved = 二维码已保存为 { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = 此 PIN 码太容易被猜到：{ $rule ->
    [one-digit] 它由同一个数字重复组成。
    [run] 它的数字依次递增或递减，例如 123456。
   *[demo] 它是演示场所公开的 PIN 码。
}未保存任何内容；请另选一个。
cli-staff-pin-in-use = 另一位在职员工已在使用此 PIN 码。未保存任何内容；请另选一个。
cli-staff-pin-short = 本站点要求 PIN 至少 { $min } 位数字（[staff] pin_min_length）。未保存任何内容；请选择更长的 PIN。
cli-staff-list-active = 已启用
cli-staff-list-disabled = 已停用
cli-staff-list-badges = 工牌：{ $count }
cli-staff-count = 员工账户：{ $count }
cli-staff-disabled = “{ $name }”已停用：无法再登录，其在自助终端上打开的会话会立即结束。
cli-staff-already-disabled = “{ $name }”此前已停用；未做任何更改。
cli-staff-enabled = “{ $name }”可以重新登录了。
cli-staff-unlocked = 已为 { $name } 解锁登录。
cli-staff-unlock-none = 没有被锁定的员工登录。
cli-staff-already-enabled = “{ $name }”已处于启用状态；未做任何更改。
cli-staff-pin-reset = “{ $name }”已设置新的 PIN 码。
cli-staff-totp-reset = “{ $name }”已获得新的身份验证器密钥；旧密钥不再有效。

## lobby demo seed
cli-demo-seeded = 已添加演示数据：{ $members } 名会员，以及员工账户“{ $name }”。
cli-demo-credentials = 演示员工 PIN 码：{ $pin }。身份验证器密钥：{ $key }（仅供演示，切勿用于真实场所）。
cli-demo-already = 此数据文件夹中已有演示数据；未做任何更改。
cli-demo-refused-site = 配置文件中的场所名称是“{ $site }”，而不是演示场所。
cli-demo-refused-data = 数据文件夹 { $path } 中已有某个场所的数据（员工账户：{ $staff }，会员：{ $members }，访问：{ $visits }）。
cli-demo-refused = 未添加演示数据：其员工 PIN 码和身份验证器密钥是公开的，在真实场所中任何人都能以员工身份登录。未做任何更改；请在空的数据文件夹中试用演示。

## lobby doctor
cli-doctor-ok = 正常
cli-doctor-problem = 问题
cli-doctor-warning = 警告
cli-doctor-config = 配置
cli-doctor-config-demo = 未指定：使用示例场所的演示模式
cli-doctor-config-file = { $path }
cli-doctor-data-dir = 数据文件夹
cli-doctor-data-dir-unwritable = 无法写入 { $path }：{ $reason }
cli-doctor-database = 数据库
cli-doctor-database-ok = { $path }，架构版本 { $version }
cli-doctor-database-missing = 尚未创建；将在自助终端首次启动时创建
cli-doctor-audit = 审计日志
cli-doctor-staff = 员工账户
cli-doctor-staff-none = 无：请使用 `lobby staff add NAME` 添加
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = 演示账户 { $names }（PIN 码和身份验证器密钥均已公开）在此场所处于启用状态：请用 `lobby staff disable NAME` 停用
cli-doctor-policies = 政策
cli-doctor-backup = 备份
cli-doctor-backup-ok = 上次备份于 { $at }
cli-doctor-backup-stale = 上次备份（{ $at }）距今已超过备份间隔的两倍：请运行“lobby backup now”并检查备份文件夹。
cli-doctor-backup-none = 尚无备份：自助终端会按计划创建备份，或请运行“lobby backup now”。
cli-doctor-wifi = 访客 Wi-Fi
cli-doctor-wifi-none = 未配置任何档位（lobby.toml 中的 [wifi.tiers]）。
cli-doctor-wifi-unapplied = { $tiers }：后端为 "none" 的档位会向访客显示，但不会应用到任何设备上。
cli-doctor-policies-unpublished = 尚未发布：{ $policies }。发布之前不会要求任何人签署（lobby policy publish）。
cli-doctor-readers = 门禁卡读卡器
cli-doctor-readers-none = 无：请接入 PC/SC 读卡器（否则会员无法刷卡签到）
cli-doctor-readers-service = 读卡服务未运行（{ $reason }）：请启动 pcscd
cli-doctor-display = 显示
cli-doctor-display-none = 未设置 DISPLAY 或 WAYLAND_DISPLAY：无法在此打开自助终端窗口
cli-doctor-fonts = 字体
cli-doctor-fonts-missing = 未找到 Noto 字体（{ $missing }）：部分文字可能无法显示
cli-doctor-session-bus = 会话总线
cli-doctor-session-bus-none = 没有 D-Bus 会话总线：可能会启动第二个自助终端窗口
cli-doctor-summary = { $problems ->
    [0] Lobby 所需的一切均已就绪。
   *[other] 发现 { $problems } 个问题。
}

## lobby members import, lobby export
cli-members-imported = { $count ->
   *[other] 已导入或更新 { $count } 名会员。
}
cli-import-line = 第 { $line } 行：{ $problem }
cli-export-written = { $rows ->
   *[other] 已将 { $rows } 行写入 { $path }。
}
cli-date-invalid = { $value } 不是日期：请按 YYYY-MM-DD 格式填写。

## lobby policy
cli-policy-published = { $policy } 第 { $version } 版已发布。
cli-policy-text = { $lang }：“{ $title }”，SHA-256 { $hash }
cli-policy-lang-needed = 请用 --lang 指明 { $path } 所用的语言，例如 --lang fr。
cli-policy-folder-empty = { $path } 中没有 .md 文件；请按语言为文件命名，例如 fr.md。
cli-policy-list-line = { $policy }：第 { $version } 版，语言：{ $langs }
cli-policy-list-none = { $policy }：尚未发布
cli-policy-coverage = { $policy } 第 { $version } 版：{ $total } 名会员中已有 { $accepted } 名同意。
cli-policy-coverage-missing = 尚未同意：{ $names }
cli-policy-verify-ok = { $count ->
   *[other] 全部 { $count } 条同意记录均与其文本相符。
}
cli-policy-verify-problem = 同意记录 { $id }：{ $problem ->
    [text-altered] 其所指的文本在发布后被更改。
    [hash-mismatch] 其声明的文本哈希值与其文本不符。
    [claims-mismatch] 其声明的政策、版本或语言与其文本不符。
   *[signature-altered] 签名图像与记录的不一致。
}
cli-policy-receipt-written = 同意记录 { $id } 的回执已写入 { $path }。

## 政策同意记录的 PDF 回执
receipt-heading = 同意回执
receipt-policy = 政策
receipt-version = 版本
receipt-language = 语言
receipt-text-hash = 文本指纹（SHA-256）
receipt-signer = 签署人
receipt-member = 会员
receipt-visitor = 访客
receipt-accepted-at = 同意时间
receipt-kiosk = 自助终端
receipt-signature = 签名
receipt-footer = 本回执证明，具有上述指纹的文本已在所示时间获得同意。请妥善保管，以作凭证。

## lobby wifi
cli-config-age-recipient = { $value } 不是 age 公钥（应为 age1…，即“age-keygen”输出的格式）。
cli-config-wifi-tier-id = { $value } 不是有效的 Wi-Fi 档位 ID；请使用最多 20 个小写字母、数字和单个连字符，例如 guest。
cli-config-wifi-ssid-empty = 网络名称为空。
cli-config-wifi-ssid-long = 网络名称超过 32 字节。
cli-config-wifi-ssid-characters = 网络名称包含二维码无法如实承载的字符（反斜杠、控制字符或文字方向字符，或包围整个名称的引号）。
cli-config-wifi-combination = 后端 { $backend } 无法以 { $credentials } 凭据运行 { $security } 网络（freeradius：enterprise, per-guest；hostapd：wpa2；开放网络：shared）。
cli-config-wifi-section = 此后端需要一个 [{ $section }] 节。
cli-config-wifi-absolute = 请填写绝对路径。
cli-config-wifi-reload = 请将命令写成列表，例如 ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"]。
cli-config-wifi-tier-unknown = { $value } 不在 wifi.tiers 中；请先在那里定义它。
cli-config-notify-secret = 请在 { $key }、{ $key }_file 和 { $key }_env 中只填写一项。
cli-config-notify-env = { $value } 不是环境变量名；请使用字母、数字和“_”。
cli-config-notify-url = { $value } 不是 webhook 地址；请填写 https:// 网址（http:// 仅限本机）。
cli-config-notify-plain = { $value } 不是本机；请使用 security = "starttls" 或 "tls"，让密码和消息加密传输。
cli-config-notify-from = { $value } 不是发件人；请写成“名称 <address@example.com>”或“address@example.com”。
cli-config-notify-username = 设置密码需要同时设置用户名。
cli-config-notify-channel = { $value } 不是渠道（渠道：email、slack、teams、webhook）。
cli-config-print-uri = { $value } 不是打印机地址；请写成 ipp://host/… 或 ipps://host/…（CUPS 队列的地址是 ipp://localhost:631/printers/NAME）。
cli-config-print-media = { $value } 不是介质尺寸（尺寸：brother-62mm、brother-29x90mm、dymo-99012、4x3in、4x6in、a6，或 WIDTHxLENGTHmm，每边 { $min } 至 { $max } mm）。
cli-config-print-logo = { $value } 不是 Lobby 能读取的 PNG 或 SVG 图像。
cli-config-notify-unset = { $value } 尚未设置；请先添加 [notifications.{ $value }] 部分。
cli-config-fleet-credentials = { $value } 不是可用的机群凭据文件（{ $reason }）；请使用 lobby-hub kiosk add 写出的文件。
cli-config-fleet-server = { $value } 不是 NATS 服务器地址；请写成 nats://主机:端口 或 tls://主机:端口，不含用户名或密码。
cli-config-fleet-tablet = 凭据属于平板“{ $tablet }”，但此自助终端是“{ $id }”（kiosk.id）。
cli-config-fleet-ca = { $value } 不是可读取的 PEM 证书文件。
cli-wifi-network = 网络：{ $ssid }
cli-wifi-username = 用户名：{ $username }
cli-wifi-password = 密码：{ $password }
cli-wifi-open = 密码：无（开放网络）
cli-wifi-expires = 有效期至：{ $at }
cli-wifi-pass-id = 凭证：{ $id }
cli-wifi-revoked = 凭证 { $id } 已注销。
cli-wifi-rotated = { $tier }：已更换密码；下次更换时间：{ $next }。
cli-wifi-none-shared = 没有使用共享密码的档位。
cli-wifi-no-backend = 没有任何档位应用到设备上（所有后端均为 "none"）。
cli-wifi-tier = { $tier }：{ $ssid }（{ $backend }），{ $state }
cli-wifi-tier-open = 开放
cli-wifi-tier-closed = 关闭，营业时间开始后开放
cli-wifi-count = { $count ->
   *[other] 有效凭证 { $count } 个。
}
cli-wifi-backend-ok = { $backend }：与数据库一致
cli-wifi-backend-failed = { $backend }：与数据库不一致：{ $reason }

## lobby backup, lobby report
cli-backup-made = 备份已写入：{ $path }（{ $bytes } 字节，{ $entries } 条审计记录，已校验）。
cli-backup-copied = 已复制到 { $path }。
cli-backup-count = { $count ->
   *[other] { $folder } 中有 { $count } 个备份。
}
cli-backup-none = { $folder } 中还没有备份。
cli-backup-tested = 恢复测试通过：{ $file } 可以打开，其审计链（共 { $entries } 条记录）完好。
cli-backup-restored = 已从 { $file } 恢复：{ $entries } 条审计记录，审计链完好。
cli-backup-set-aside = 被替换的数据库已保留为 { $path }。
cli-plan-title = { $site } 的安全计划，{ $at }
cli-plan-backup = 上次备份：{ $at }（过旧：{ $stale }）
cli-plan-restore-test = 上次恢复测试：{ $at }（通过：{ $ok }）
cli-plan-staff = 员工账户：{ $accounts }；已绑定身份验证器应用：{ $authenticator }；已设置员工卡：{ $badge }
cli-plan-wifi = 有效的访客 Wi-Fi 上网凭证：{ $passes }
cli-plan-wifi-shared = { $tier } 的共享密码上次更换时间：{ $at }
cli-plan-policy = { $policy }：{ $members } 名会员中已有 { $accepted } 名同意当前版本
cli-plan-roll-call = 上次点名：{ $at }，共 { $people } 人，{ $missing } 人失联
cli-plan-roll-call-none = 上次点名：暂无
cli-plan-retention = 来访记录在 { $days } 天后匿名化；上次执行：{ $at }

## lobby emergency, lobby incidents
cli-emergency-started = 紧急模式已启动：{ $kind ->
    [fire] 火警疏散
    [shelter] 就地避险
    [medical] 医疗紧急情况
   *[custom] 自定义消息
}。所有自助终端屏幕都会显示，直到运行“lobby emergency end”或由员工结束。
cli-emergency-ended = 警报解除：紧急模式已结束，共持续 { $seconds } 秒。
cli-emergency-off = 紧急模式未启动。
cli-emergency-on = 紧急模式自 { $at } 起已启动：{ $kind }。
cli-emergency-kind = “{ $value }”不是紧急情况类型；请使用 fire、shelter、medical 或 custom（配合 --message）。
cli-incidents-none = 没有未关闭的安全报告。
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] ，涉及个人数据：须在 { $deadline } 前报告
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = “{ $value }”不是报告类型；请使用 lost-badge、suspicious-person、phishing、network-breach、data-exposure 或 other。
cli-plan-incidents = 未关闭的安全报告：{ $open }；涉及个人数据：{ $personal }；已超过 72 小时：{ $overdue }

## lobby install-kiosk
cli-install-done = 已在 { $root } 下为 { $user } 设置好自助终端（共 { $count } 项）。启动方法：systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } 已存在，保持原样未动。
cli-install-changed = { $path } 在设置后被修改过，因此保留在原处。
cli-install-undone = 已移除自助终端设置（共 { $count } 项）。数据文件夹 { $data } 已保留。
cli-install-nothing = 没有可撤销的内容：{ $path } 不存在。
cli-install-no-user = 此系统上没有用户“{ $user }”。请先创建该用户，例如：adduser { $user }
cli-install-not-linux = lobby install-kiosk 用于设置 Linux 自助终端。在 Windows 和 macOS 上，请按照 docs/deploy.md 操作。

## lobby notify：发给接待人的消息
cli-notify-sent = #{ $id } { $channel }：已送达。服务器回复：{ $answer }
cli-notify-retry = #{ $id } { $channel }：尚未送达（{ $problem }）。稍后会重试。
cli-notify-failed = #{ $id } { $channel }：未送达（{ $problem }）。不再重试：请排除原因后运行“lobby notify resend { $id }”。
cli-notify-skip-unset = { $channel }：lobby.toml 中未设置（[notifications.{ $channel }]）。
cli-print-off = 未设置访客证打印机：请在 lobby.toml 中添加 [printing] 部分（参见 docs/deploy.md）。
cli-print-printer = 打印机：{ $printer }（{ $model }）；状态 { $state }（{ $reasons }）。
cli-print-takes = 支持的格式：{ $formats }；已装入的介质：{ $media }。
cli-print-sent = 示例访客证已发送，格式 { $format }，介质 { $media }（{ $bytes } 字节）：作业 { $job }，{ $state }。
cli-print-failed = 示例访客证未能打印：{ $problem }
cli-print-sample-name = 张示例
cli-print-sample-company = 示例有限公司
cli-notify-skip-address = { $channel }：成员名单中 { $member } 没有电子邮件地址。
cli-notify-none = { $member } 不会收到消息：该成员选择了“none”，或没有设置任何渠道。
cli-notify-list-none = 没有等待中或失败的接待人消息。
cli-notify-line = #{ $id } { $state ->
    [waiting] 等待中
    [sending] 发送中
    [sent] 已送达
   *[failed] 失败
} — { $channel } 发给 { $host }，{ $at } 加入队列，尝试次数：{ $attempts }
cli-notify-problem = 最近的问题：{ $problem }
cli-notify-resent = 消息 #{ $id }（{ $channel } 发给 { $host }）已重新加入队列；信息亭会在一分钟内发送。
cli-doctor-notify = 发给接待人的消息
cli-doctor-notify-off = 未设置（没有 [notifications] 部分）：不会通知接待人。
cli-doctor-notify-ok = { $channels }；等待中 { $waiting } 条。
cli-doctor-notify-failed = { $failed } 条无法送达：请查看“lobby notify list”，然后运行“lobby notify resend ID”。
cli-doctor-notify-waiting = 自 { $at } 起有 { $waiting } 条在等待：请用“lobby notify test MEMBER”检查中继和 webhook。
cli-doctor-print = 访客证打印机
cli-doctor-print-off = 未设置（没有 [printing] 部分）：不会打印访客证。
cli-doctor-print-ok = { $printer }：{ $state }；上一张访客证打印于 { $at }。
cli-doctor-print-ready = { $printer }：{ $state }；尚未打印过访客证。
cli-doctor-print-failed = 上一张访客证（{ $at }）未能打印：{ $problem }。请检查打印机，然后运行“lobby print test”。
cli-doctor-print-unreachable = { $printer } 无响应：{ $problem }
cli-doctor-print-not-ready = { $printer } 目前无法打印：{ $reasons }

## lobby invite
cli-invite-created = 邀请 { $code }：{ $name } 拜访 { $host }，{ $from } 至 { $until }。
cli-invite-emailed = 发给 { $email } 的邀请已加入队列；由信息亭发送。
cli-invite-give-code = 不会发送电子邮件：请将邀请码告诉访客。
cli-invite-none = 从今天起没有邀请。
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] 未开始
    [valid] 有效
    [used] 已使用
    [cancelled] 已取消
   *[expired] 已过期
} — { $name } 拜访 { $host }，{ $from } 至 { $until }
