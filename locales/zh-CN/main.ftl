# Lobby 自助终端：各个界面。en-US 为参考语言：其他每种语言都包含本文件的全部消息和属性。
# 场所信息（名称、数字）始终以参数传入。

## 该语言的母语者对其的写法（显示在语言选择器中）。
language-name = 简体中文

## 首页
home-welcome = 欢迎来到{ $site }
home-prompt = 今天我们能为您做些什么？
home-desk-help = 需要帮助？请到前台咨询。
home-check-in = 签到
home-check-in-help = 拜访会员、日通票、施工维修或面试
home-members = 会员：在读卡器上刷卡即可登记入场。
home-tour = 我是来参观的
home-check-out = 签退
home-staff = 员工
idle-still-there = 还在吗？此界面将在几秒后重新开始。
idle-still-here = 我还在
home-language = 语言
home-demo = 演示模式
home-today = 今天是{ $date }

## 多个界面共用的操作
action-cancel = 取消
action-back = 返回
action-sign-in = 登录
action-sign-out = 退出登录
action-close = 关闭
action-continue = 继续
action-done = 完成

## 签到：来访类型
checkin-type-title = 请问您今天因何来访？
visit-kind = { $kind ->
    [member] 会员
    [guest] 拜访会员
    [tour] 参观空间
    [day-pass] 日通票
    [contractor] 施工维修
    [delivery] 送货
   *[interview] 面试或活动
}
visit-kind-help = { $kind ->
    [guest] 这里有人邀请了您。
    [tour] 由我们团队的成员带您参观。
    [day-pass] 今天在这里办公。
    [contractor] 您来这里维修或安装。
    [delivery] 您为这里的某人送来包裹或货物。
   *[interview] 您来参加面试或活动。
}

## 签到：您的信息
checkin-details-title = 您的信息
checkin-optional = 选填
field-name = 姓名
field-company = 公司
field-email = 电子邮箱
field-phone = 电话
field-purpose = 来访目的
field-interest = 您在寻找什么？

## 签到：被访人
checkin-host-title = 您要拜访谁？
checkin-host-search = 请输入对方姓名，至少 2 个字符
checkin-host-none = 未找到该会员。请检查拼写，或到前台咨询。
checkin-host-chosen = 您要拜访的是{ $host }
checkin-host-unknown = 找不到我要拜访的人，或我不知道
checkin-recipient-title = 这份货物是给谁的？
checkin-recipient-unknown = 交给前台，或我不知道

## 签到：参观
checkin-guide-title = 由谁带您参观？
checkin-guide-unknown = 我不知道
checkin-off-limits-title = 请勿进入以下区域
checkin-off-limits-intro = 为了安全并保护会员隐私，参观期间请勿进入以下区域：
checkin-off-limits-ack = 我已了解
checkin-lead-title = 保持联系？
checkin-lead-consent = { $site }可以通过以下联系方式与我联系会员事宜。
checkin-lead-note = 只有在您勾选此框时，我们才会保存这些信息。否则，我们只保存您的姓名和来访时间。
checkin-returning = 我以前来过
checkin-returning-title = 欢迎回来
checkin-returning-help = 请输入您当初要求我们记住您时留下的电子邮件地址。
checkin-returning-find = 查找我
checkin-returning-found-title = 这是您吗？
checkin-returning-yes = 是的，帮我填写
checkin-returning-no = 不是，重新开始
checkin-returning-forget = 忘记我
checkin-returning-forget-note = “忘记我”会立即删除这些信息。您的来访记录仅按我们的隐私声明保存。
checkin-returning-forgotten = 完成：我们已删除为您保存的信息。
checkin-remember = 下次记住我
checkin-remember-note = 勾选后，我们会保存您的姓名、联系方式、语言以及您签署的行为准则版本，直到您最后一次来访后 { $days } 天，以便下次为您自动填写。“忘记我”可随时删除这些信息。
checkin-wait-title = 请稍候，工作人员马上就来。
checkin-wait-body = 感谢您的耐心等待。
checkin-wait-staff = 工作人员

## 签到：隐私
checkin-privacy-title = 您的隐私
checkin-privacy-body = 我们会保存您的姓名、拜访对象以及到达和离开的时间，以便在紧急情况下了解楼内有哪些人，并保障空间安全。{ $days ->
   *[other] { $days } 天
}后，您的姓名和联系方式将被删除。如需查看或删除您的数据，请到{ $site }的前台咨询。
checkin-privacy-accept = 我同意

## 签到：欢迎
checkin-welcome-title = 欢迎您，{ $name }！
checkin-welcome-host = 您要拜访的是{ $host }
checkin-welcome-guide = { $host }将带您参观。
checkin-welcome-front-desk = { $desk }会找到您要拜访的人，并告知您已到达。
checkin-welcome-front-desk-tour = { $desk }会安排人带您参观。
checkin-welcome-delivery = 送给 { $host } 的货物。
checkin-welcome-delivery-desk = { $desk }将代收货物。
checkin-welcome-host-told = 我们正在通知 { $host } 您已到达。
checkin-badge-printing = 您的访客证正在打印：请从打印机取走，并在访问期间佩戴。
checkin-badge-ready = 您的访客证已打印好：请从打印机取走，并在访问期间佩戴。
checkin-badge-desk = 您的访客证未能打印：请到前台领取。
checkin-welcome-delivery-told = 我们正在通知 { $host } 投递已到达。
checkin-welcome-code = 您的签退码
checkin-welcome-code-help = 离开时请在此输入。
checkin-welcome-wait-title = 等候地点

## 欢迎界面上的访客 Wi-Fi。
wifi-title = Wi-Fi
wifi-scan = 用手机相机扫描二维码即可连接。
wifi-qr-label = 用于连接网络 { $ssid } 的二维码
wifi-network = 网络
wifi-username = 用户名
wifi-password = 密码
wifi-open = 无需密码。
wifi-until = 有效期至 { $time }。
wifi-enterprise-help = 在笔记本电脑上，请选择该网络，然后选择 PEAP，再输入用户名和密码。
wifi-closed = { $opens ->
    [none] 访客 Wi-Fi 暂时关闭。
   *[other] 访客 Wi-Fi 夜间关闭，将于 { $opens } 重新开放。
}

## 员工：访客 Wi-Fi。
staff-wifi-title = 访客 Wi-Fi
staff-wifi-tier = 网络
staff-wifi-hours = 时长（小时）
staff-wifi-for = 给谁使用？
staff-wifi-issue = 发放上网凭证
staff-wifi-issued = { $label }的 Wi-Fi
staff-wifi-active = { $count ->
    [0] 没有有效的上网凭证。
   *[other] { $count } 个有效的上网凭证：
}
staff-wifi-ends = 至 { $time }
staff-wifi-revoke = 注销
staff-wifi-revoked = { $holder }的上网凭证已失效。
staff-wifi-rotate = 为 { $ssid } 更换密码
staff-wifi-rotated = { $ssid } 已更换新密码。
staff-wifi-closed = { $ssid } 已关闭，营业时间开始后重新开放。
## 员工：安全计划（也可用 `lobby report security-plan` 查看）。
staff-plan-title = 安全计划
staff-plan-backup = 上次备份：{ $at }
staff-plan-backup-none = 尚未进行过备份。
staff-plan-backup-stale = 上次备份时间过久。请检查备份文件夹，或运行“lobby backup now”。
staff-plan-backup-failed = 上次备份失败：{ $reason }
staff-plan-restore-test = 上次恢复测试：{ $at }
staff-plan-restore-test-none = 尚未进行过恢复测试（“lobby backup test”）。
staff-plan-staff = { $accounts ->
   *[other] { $accounts } 个员工账户
}：{ $authenticator } 个已绑定身份验证器应用，{ $badge } 个已设置员工卡。
staff-plan-wifi = { $passes ->
    [0] 没有有效的访客 Wi-Fi 上网凭证。
   *[other] 有效的访客 Wi-Fi 上网凭证：{ $passes } 个。
}
staff-plan-wifi-shared = { $tier }：密码更换于 { $at }
staff-plan-policy = { $policy }：{ $members } 名会员中已有 { $accepted } 名同意当前版本
staff-plan-roll-call = 上次点名：{ $at }，共 { $people } 人，{ $missing } 人失联
staff-plan-roll-call-none = 尚未进行过点名或演练。
staff-plan-retention = 来访记录将在 { $days } 天后匿名化。
staff-plan-audit-head = 审计日志头，请记下（站点密钥 { $key }）：
staff-wifi-problem = { $backend } 服务器未同步：{ $reason }。Lobby 每 30 秒重试一次；签到不受影响，服务器恢复后上网凭证即可使用。

## 签退
checkout-title = 签退
checkout-help = 请输入欢迎界面上显示的 6 位数字签退码。
checkout-code = 签退码
checkout-done-title = 再见，{ $name }！
checkout-done-body = 您已签退。感谢您的来访。
checkout-no-code = 我没有签退码
checkout-by-name-title = 用姓名签退
checkout-by-name-name = 您的全名（与登记时相同）
checkout-by-name-host = 您要拜访的人的名字

## 员工：在场人员、点名
staff-onsite-title = 当前在场
staff-onsite-empty = 当前没有访客在场。
staff-onsite-count = { $count ->
   *[other] 在场 { $count } 人
}
staff-onsite-host = 拜访{ $host }
staff-onsite-since = 自 { $time } 起
staff-onsite-tablet = 在 { $tablet }
staff-onsite-reprint = 重新打印访客证
staff-onsite-reprinted = { $name }：访客证已发送到打印机。
staff-print-problem = 访客证打印机未能打印上一张访客证（{ $at }）：{ $problem }
staff-print-problem-count = { $count ->
   *[other] 今天有 { $count } 张访客证未能打印。
}
staff-self-checkouts-title = 今天在屏幕上签出的访客
staff-self-checkouts-hint = 在终端用签出码或姓名签出。如果某次不是访客本人操作，请撤销：访客会重新显示为在场并列入点名。其 Wi-Fi 通行证仍保持结束。
staff-self-checkout-at = { $time } 离开
staff-undo-check-out = 撤销
staff-undo-check-out-person = 撤销 { $name } 的签出
staff-check-out-person = 为{ $name }签退
staff-rollcall-start = 开始点名
staff-rollcall-title = 点名
staff-rollcall-progress = 安全：{ $safe } · 失联：{ $missing } · 尚未确认：{ $unaccounted }
staff-rollcall-mark-safe = { $name }已确认安全
staff-rollcall-mark-missing = { $name }失联
staff-rollcall-safe = 安全
staff-rollcall-missing = 失联
staff-rollcall-finish = 结束点名
staff-rollcall-finished = 点名已于 { $time } 结束。

## 员工登录
staff-signin-title = 员工登录
staff-signin-who = 您是哪位？
staff-signin-who-hint = 请点击您的名字，或将员工卡靠近读卡器。
staff-signin-someone-else = 其他人
staff-signin-hint = 请输入您的 PIN 码，以及身份验证器应用中显示的 6 位验证码。
staff-signin-badge-read = 已读取员工卡。请输入 PIN 码登录，无需验证码。
staff-signin-pin = PIN 码
staff-signin-code = 验证码
staff-signin-working = 正在验证…

## 员工主页
staff-home-title = 当前登录：{ $name }
scroll-more = 下方还有更多
staff-home-session-held = 紧急模式或点名进行中：结束前您将保持登录。离开自助终端时请退出登录。
staff-home-session = 为保障安全，{ $minutes ->
   *[other] { $minutes } 分钟
}内无操作将自动退出登录。
staff-home-counts = { $staff ->
   *[other] { $staff } 个员工账户
}，{ $members ->
   *[other] { $members } 名活跃会员
}
staff-audit-title = 审计日志
staff-audit-intact = 完好：{ $entries ->
   *[other] 共 { $entries } 条记录，均已逐条校验。
}
staff-audit-broken = 在第 { $seq } 条记录处损坏：{ $problem ->
    [altered] 该记录的内容已被更改。
    [unlinked] 该记录与前一条记录不再衔接；有记录被删除、替换或移动。
    [missing] 此处缺少记录。
    [unkeyed] 它没有用站点密钥签名：日志从这里起被改写过。
    [wrong-key] 日志是用另一个站点密钥签名的。
   *[truncated] 日志末尾的记录被截掉了。
}
staff-recent-title = 最近活动
staff-recent-empty = 暂无记录。
staff-recent-entry = { $action ->
    [staff-sign-in] 员工尝试登录
    [staff-sign-out] 员工已退出登录
    [staff-add] 已创建员工账户
    [staff-disable] 已停用员工账户
    [staff-enable] 已启用员工账户
    [staff-reset-pin] 已重置员工 PIN
    [staff-reset-totp] 已重置员工身份验证器
    [staff-unlock] 已解锁员工登录
    [site-key] 已设置站点密钥，密钥已封存
    [demo-seed] 已添加演示数据
    [visit-check-in] 访客已签到
    [visit-check-out] 访客已签退
    [visit-check-out-undo] 员工撤销了签出
    [roll-call-start] 已开始点名
    [roll-call-mark] 点名：已标记人员
    [roll-call-finish] 点名已结束
    [members-import] 已导入会员
    [export] 已导出数据
    [visits-anonymise] 已将旧来访记录匿名化
    [policy-publish] 已发布政策版本
    [policy-accept] 已签署政策
    [policy-decline] 已拒绝政策
    [badge-enroll] 已登记门禁卡
    [badge-revoke] 已注销门禁卡
    [badge-restore] 已恢复暂停的门卡
    [notify-test] 已向接待人发送测试消息
    [notify-resend] 已重新发送给接待人的消息
    [notify-failed] 给接待人的消息无法送达
    [invitation-create] 已创建邀请
    [invitation-cancel] 已取消邀请
    [invitation-guessing] 输入了错误的邀请码：表单已放慢
    [badge-printed] 已打印访客证
    [badge-print-failed] 访客证未能打印
    [badge-reprint] 已重新打印访客证
    [screen-restarted] 屏幕停止响应，已重新启动
    [screen-failing] 屏幕反复停止响应：应用已重新启动
    [member-notify] 已更改成员的通知方式
    [badge-unknown] 刷了未知的卡
    [badge-refused] 门禁卡被拒绝
    [member-check-in] 会员已签到
    [badges-export] 已导出门禁卡列表
    [staff-badge-enroll] 已设置员工卡
    [member-add] 已添加会员
    [wifi-pass-issue] 已发放上网凭证
    [wifi-pass-end] 上网凭证已失效
    [wifi-rotate] 已更换 Wi-Fi 密码
    [wifi-tier-open] Wi-Fi 网络已开放
    [wifi-tier-close] Wi-Fi 网络已在夜间关闭
    [wifi-shared-shown] 已提供共享 Wi-Fi 密码
    [backup] 已完成备份
    [backup-failed] 备份失败
    [backup-restore-test] 已测试备份恢复
    [backup-restore] 已从备份恢复数据库
    [emergency-start] 已启动紧急模式
    [emergency-end] 紧急模式已结束：警报解除
    [incident-report] 已报告安全问题
    [incident-acknowledge] 已受理安全报告
    [incident-close] 已关闭安全报告
    [badge-suspend] 因报告丢失已停用门禁卡
    [profile-remember] 访客要求被记住
    [profile-forget] 访客资料应要求删除
    [profiles-expire] 访客资料在保存期满后删除
    [approval-hold] 签到已暂停，等待工作人员（拒绝名单）
    [approval-approve] 暂停的签到已放行
    [approval-deny] 暂停的签到已拒绝
    [approvals-abandon] 暂停的签到未经决定而作废
    [deny-add] 已将此人加入拒绝名单
    [deny-remove] 已将此人移出拒绝名单
    [deny-safe-add] 已将地址加入安全名单
    [deny-safe-remove] 已将地址移出安全名单
    [privacy-request] 已登记关于个人数据的请求
    [privacy-export] 已导出关于某人的全部数据
    [privacy-erase] 已应要求删除某人的数据
    [privacy-hold] 已设置法律保留
    [privacy-hold-release] 已解除法律保留
    [fleet-join] 已加入机群
    [fleet-leave] 已退出机群
    [fleet-apply] 已应用来自中心的共享更改
    [fleet-check-out] 已为另一台平板登记的访客签出
    [fleet-share-visit] 加入时已与站点共享进行中的访问
   *[other] { $action }
}
staff-signed-out-idle = 由于一段时间内无操作，您已自动退出登录。

## 错误：每个错误代码对应一条消息，根据代码选择，绝不根据应用中的文本选择。
error-internal = 此平板出现问题。请重试，或到前台咨询。
error-staff-session-required = 请先以员工身份登录。
error-sign-in-failed = PIN 码或验证码错误。{ $remaining ->
   *[other] 还剩 { $remaining } 次尝试机会，之后登录将被锁定。
}
error-sign-in-locked = 错误次数过多，登录已锁定。请在 { $seconds ->
   *[other] { $seconds } 秒
}后重试。
error-pin-invalid = PIN 码须为 6 至 12 位数字。
error-code-invalid = 验证码是身份验证器应用中显示的 6 位数字。
error-staff-exists = 已存在名为“{ $name }”的员工。
error-staff-not-found = 没有名为“{ $name }”的员工。
error-staff-name-invalid = 员工姓名须为 1 至 80 个字符，且不能是 lobby-fleet（为机群保留）。
error-field-required = { $field ->
    [name] 请输入您的姓名。
    [company] 请输入公司名称。
    [email] 请输入电子邮箱地址。
    [phone] 请输入电话号码。
    [purpose] 请告诉我们您的来访目的。
    [id] 缺少会员 ID，请补充。
    [signer_name] 请在签名时输入您的姓名。
    [label] 请注明上网凭证给谁使用。
    [description] 请告诉我们发生了什么。
    [note] 请写下已采取的措施。
    [message] 请输入要在屏幕上显示的消息。
    [kind] 请选择相关类别。
   *[other] 请填写此项。
}
error-field-too-long = { $field ->
    [name] 姓名过长
   *[other] 内容过长
}：最多 { $max } 个字符。
error-field-invalid-characters = { $field ->
    [active] 请填写 yes 或 no。
    [line] 无法读取此行。
    [notify] 请填写渠道：email、slack、teams 或 webhook，用逗号分隔；或填写 none。
    [language] 请填写 Lobby 支持的语言，例如 de 或 pt-BR。
    [id] 会员 ID 只能包含字母、数字、“-”、“_”和“.”。
   *[other] 此处请只使用字母、数字和常用标点符号。
}
error-email-invalid = 请检查电子邮箱地址，例如 name@example.com。
error-phone-invalid = 请检查电话号码：只能包含数字、空格和 + - ( )。
error-visit-type-unavailable = 此处不提供这类来访。请到前台咨询。
error-host-required = 请选择您要拜访的会员。
error-host-unknown = 未找到该会员。请到前台咨询。
error-guide-required = 请选择带您参观的人。
error-privacy-not-accepted = 请阅读并同意隐私声明后再签到。
error-off-limits-not-shown = 请确认您已阅读禁止进入的区域。
error-checkout-code-unknown = 未找到与此签退码对应的来访记录。请检查这 6 位数字，或到前台咨询。
error-checkout-name-unknown = 无法用这些信息为您签退。请到前台办理签退。
error-checkout-paused = 本终端错误次数过多。请在 { $seconds } 秒后重试，或到前台咨询。
error-already-checked-out = 此访问已签退。感谢您的来访！
error-visit-not-found = 此来访记录已不存在。
error-printing-off = lobby.toml 中未设置访客证打印机（[printing]）。
error-roll-call-not-found = 此次点名已不存在。
error-roll-call-finished = 此次点名已结束，无法再更改。
error-import-rejected = { $count ->
   *[other] 第 { $lines } 行无法读取
}；未导入任何内容。
error-signature-missing = 请用手指在框内签名。
error-signature-too-small = 签名太小，无法作为有效签名。请横跨整个框签名。
error-signature-invalid = 无法读取签名。请清除后重新签名。
error-policy-unknown = 此处没有名为“{ $policy }”的政策。
error-policy-text-invalid = 无法发布 { $lang } 文本：它必须是 UTF-8 编码的 Markdown，以“# 标题”行开头，且不超过 256 KB。
error-policy-language-published = 此版本已有 { $lang } 文本。已发布的文本永远不会被替换：请改为发布新版本。
error-policy-version-unknown = 此政策没有第 { $version } 版。
error-policy-reference-missing = 新版本需要一份 { $lang } 文本，这是所有读者都可以回退使用的语言。
error-policy-outdated = 此文本刚刚更新。请阅读新版本。
error-policy-not-accepted = 请阅读并签署行为准则后再签到。
error-member-not-found = 会员名单中没有此会员。
error-member-session-required = 请再次刷您的卡，或向前台工作人员咨询。
error-acceptance-not-found = 没有与此编号对应的回执。

## 阅读并签署政策
policy-fallback = 此文本尚无您所用语言的版本，因此以本场所的主要语言显示。
policy-read-hint = 请阅读到最后再继续。
policy-read-done = 感谢您的阅读。
policy-continue = 继续签名
policy-decline = 我不同意
policy-decline-confirm = 确定吗？不同意的话，今天无法登记入场。
policy-decline-keep = 返回
policy-decline-yes = 是的，我不同意
policy-sign-title = 签名表示同意
policy-sign-intro = 签名即表示您接受“{ $title }”第 { $version } 版。
policy-signer-name = 您的姓名
policy-signature-label = 签名：请用手指签名
policy-signature-hint = 在此签名
policy-signature-clear = 清除
policy-signature-undo = 撤销
policy-agree = 我同意
policy-declined-title = 感谢您抽出时间
policy-declined-body = 我们只能接待接受我们规则的人。如对这些规则有疑问，请向前台工作人员咨询。

## 会员使用自助终端
member-hello = 您好，{ $name }
member-pending = { $count ->
   *[other] 请先阅读并签署以下 { $count } 份文件，然后再继续：
}
member-up-to-date = 您已签署全部文件。谢谢！
member-signed = 已签署。员工可以为您打印回执。
member-start = 开始阅读
member-guest = 为访客签到

## 员工：将自助终端交给会员
staff-members-title = 会员签署
staff-members-help = 找到会员后，将自助终端交给对方，让其签署尚未签署的政策。您的员工会话将随之结束。
staff-members-search = 会员姓名
staff-members-handover = 交给{ $name }
error-badge-random-uid = 这张卡每次刷卡时显示的号码都不同（手机以及部分银行卡或隐私保护卡都是如此），因此不能用作门禁卡。请使用会员卡。
error-badge-taken = 这张卡目前属于{ $owner }。如需改为分配给此会员，请确认。
error-badge-already-enrolled = 这张卡已经是此会员的门禁卡。
error-badge-group-unknown = 此处没有名为“{ $group }”的门禁组。
error-badge-dates-invalid = { $field ->
    [valid_from] 开始日期不是有效日期。
   *[valid_to] 结束日期必须是不早于开始日期的有效日期。
}
error-badge-not-found = 此门禁卡已不存在或已被注销。
error-badge-no-card = 请先在读卡器上刷卡。
error-wifi-tier-unknown = 此处没有名为“{ $tier }”的 Wi-Fi 网络。
error-wifi-closed = { $opens ->
    [none] 访客 Wi-Fi 已关闭。
   *[other] 访客 Wi-Fi 已关闭，将于 { $opens } 重新开放。
}
error-wifi-hours-invalid = 上网凭证的有效时长为 1 至 168 小时。
error-wifi-pass-not-found = 此上网凭证已失效。
error-database-in-use = 自助终端仍在使用数据库。请先关闭自助终端，再重新恢复。未做任何更改。
error-key-missing = 此数据库中的员工密钥已用站点密钥 { $fingerprint } 封存，但 { $path } 中没有该密钥。请把密钥文件（与备份分开保存的那份）放到那里，然后重新启动。未做任何更改。
error-key-mismatch = 密钥文件 { $path } 中是密钥 { $found }，但此数据库需要 { $expected }。请把正确的密钥文件放到那里，然后重新启动。未做任何更改。
error-key-unreadable = 无法读取密钥文件 { $path }（{ $problem }）。未做任何更改。
error-secret-unreadable = 无法用此站点密钥打开已保存的密钥。员工可以用“lobby staff reset-totp 姓名”重新设置第二因素。
error-notification-not-found = 没有这条发给接待人的消息。请重新加载列表。
error-notification-sent = 这条消息已经送达，不会再次发送。
error-invitation-unknown = 找不到这个邀请码。请核对，或到前台咨询。
error-invitation-expired = 此邀请已于 { $until } 结束。请到前台咨询。
error-invitation-not-yet = 此邀请的日期是 { $from }。请到前台咨询。
error-invitation-cancelled = 此邀请已取消。请到前台咨询。
error-invitation-used = 此邀请已用于登记。请到前台咨询。
error-invitation-dates = 邀请须从今天或以后开始，有效期为 1 到 30 天。
error-profile-not-found = 找不到该地址。请检查，或以新访客身份签到。
error-approval-needed = 请稍候，工作人员马上就来。
error-approval-not-found = 此签到已不再等待批准。
error-deny-entry-not-found = 拒绝名单中没有条目 { $id }。
error-person-not-found = Lobby 未保存关于此人的任何信息。
error-hold-dates-invalid = 法律保留须在今天之后的某一天结束。
error-invitation-denied = 该访客与拒绝名单条目 { $id } 相符：未创建邀请。请咨询前台。
error-request-date-invalid = 请求的接收日期须为今天或更早（YYYY-MM-DD）。
error-storage-full = 此平板目前无法保存任何内容：存储空间已满。未保存任何内容。请到前台咨询。
error-backup-invalid = 此备份无法使用：{ $problem }
error-database-unreadable = 无法读取数据库 { $path }（{ $reason }）。未做任何更改。请恢复最近一次完好的备份：先运行“lobby backup list”，再运行“lobby backup restore FILE”。
error-wifi-not-shared = 此网络为每位访客单独提供登录信息，因此没有可更换的共享密码。

## 在首页刷门禁卡
badge-refused = { $reason ->
    [unknown] 无法识别此卡。请向前台工作人员咨询。
    [revoked] 此门禁卡已失效。请向前台工作人员咨询。
    [outside-dates] 此门禁卡今天无效。请向前台工作人员咨询。
    [suspended] 此卡在被报告丢失或被盗后已暂停。请联系前台员工：他们可以恢复此卡。
    [typed] 手动输入的号码不会被登记：请把卡放在读卡器上。
   *[unreadable] 无法读取此卡。请将卡片稳稳地放在读卡器上，然后重试。
}
member-checked-in = 您今天已签到。

## 员工：门禁卡
staff-badges-title = 门禁卡
staff-badges-help = 找到会员，即可为其登记、注销或更换门禁卡。
staff-badges-suspended-title = 因挂失报告而暂停的卡
staff-badges-suspended-hint = 任何知道会员姓名和电子邮箱的人都可以报告其卡丢失。如果会员仍持有该卡，请恢复它：下次刷卡即可使用。
staff-badge-restore = 恢复
staff-badge-restore-person = 恢复 { $name } 的卡
staff-badge-restored = { $name } 的卡 { $uid } 已恢复使用。
staff-badges-search = 查找会员
staff-member-add = 不在列表中？添加会员
staff-member-add-confirm = 添加此会员
staff-badges-member = { $name }的门禁卡
staff-badges-none = 暂无门禁卡。
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] 有效
    [not-yet-valid] 尚未生效
    [expired] 已过期
   *[revoked] 已注销
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
    [iso-14443-4] ISO 14443-4 卡
   *[unknown] 未知卡片
}
staff-badge-revoke = 注销
staff-badge-replace = 更换丢失的卡
staff-badge-enroll = 登记门禁卡
staff-badge-groups = 门禁组
staff-badge-valid-from = 生效日期
staff-badge-valid-to = 有效期至（选填）
staff-badge-read = 读卡
staff-badge-tap-now = 请现在在读卡器上刷卡。
staff-badge-card = 卡号 { $uid }（{ $type }）
staff-badge-owner = 这张卡属于{ $name }。
staff-badge-reassign = 分配给{ $name }
staff-badge-confirm = 登记这张卡
staff-badge-enrolled = 门禁卡 { $uid } 已登记。
staff-badge-revoked = 门禁卡已注销。
staff-badge-cancel = 停止读卡
staff-badge-self = 将一张卡设为我的员工卡
staff-badge-self-confirm = 将此卡设为我的员工卡
staff-badge-self-done = 员工卡已设置：刷卡并输入 PIN 码即可登录。
staff-approvals-title = 等待工作人员处理的签到
staff-approvals-match = 与拒绝名单条目 { $entry } 相符
staff-approvals-reason = 列入名单的原因：{ $reason }
staff-approvals-since = 等待自 { $time }
staff-approvals-approve = 放行
staff-approvals-deny = 拒绝
staff-approvals-denied = 已拒绝。未保存任何来访记录。
staff-members-today-title = 今日到场会员
staff-members-today-none = 今天还没有会员刷卡签到。

## 首页上的安全告示。所有场所信息均为参数：$site、$address、$fire、
## $medical、$police、$security、$assembly_point、$first_aid、$aed、$privacy_contact、
## $camera_retention_days。
signage-label = 安全告示
signage-position = 第 { $n } 条，共 { $count } 条
signage-pause = 暂停
signage-resume = 继续播放
signage-previous = 上一条告示
signage-next = 下一条告示
signage-exits-title = 紧急出口和集合点
signage-exits-body = 发生紧急情况时，请从最近的标示出口离开。请勿乘坐电梯。请到集合点集合：{ $assembly_point }。
signage-fire-alarm-title = 如果发现火情
signage-fire-alarm-body = 请按下最近的红色火灾报警按钮，并拨打 { $fire }。告知地址：{ $address }。只有在受过培训且确保安全的情况下，才可使用灭火器。
signage-first-aid-title = 急救
signage-first-aid-body = 急救箱：{ $first_aid }。紧急情况请拨打 { $medical }。场所安保：{ $security }。
signage-after-hours-title = 本空间现已关闭
signage-after-hours-body = 只有拥有门禁权限的会员才能进入，访客须由被访人陪同。紧急出口随时可以使用。
signage-cctv-title = 本区域设有安全监控
signage-cctv-body = 入口处的摄像头会录像，以保护人员和财产安全。录像保存 { $camera_retention_days ->
   *[other] { $camera_retention_days } 天
}，仅在发生事件后查看。如有疑问或需查看您的数据，请联系：{ $privacy_contact }。
signage-report-title = 发现异常？请在此报告
signage-report-body = 门禁卡丢失、有人尾随进门、可疑的电子邮件或可能的数据泄露：请点击“报告安全问题”。报告绝不会受到处罚；隐瞒安全事件才会。
signage-wifi-safety-title = Wi-Fi 安全
signage-wifi-safety-body = 访客网络与会员网络相互隔离。在任何共享网络上，请使用 HTTPS 和您的 VPN，及时更新设备，并向工作人员核实准确的网络名称。
signage-phishing-title = 网络钓鱼：停下、核实、报告
signage-phishing-body = 我们绝不会通过电子邮件、聊天或弹窗索要您的密码。打开链接或附件前请核实发件人，如发现任何异常，请在本自助终端报告。

## 非营业时间的首页
home-closed-title = { $site }现已关闭
home-closed-opens = 我们将于 { $day } { $time } 重新开放。
home-closed-members = 会员：请在读卡器上刷卡。
home-closed-visitors = 访客：请拨打 { $security }，或请被访人来接您。
home-closed-check-in = 签到：非营业时间允许的访问
home-report = 报告安全问题

## 报告安全问题（任何人均可从首页报告）
report-title = 报告安全问题
report-intro = 报告绝不会受到处罚。请告诉我们您注意到的情况；工作人员会在本终端的员工界面看到每一份报告。
report-kind-title = 涉及哪类问题？
report-kind = { $kind ->
    [lost-badge] 门禁卡丢失或被盗
    [suspicious-person] 可疑人员
    [phishing] 网络钓鱼或可疑消息
    [network-breach] 可能的网络入侵
    [data-exposure] 个人数据外泄
   *[other] 其他情况
}
report-kind-help = { $kind ->
    [lost-badge] 我们会停用该门禁卡，防止他人使用。
    [suspicious-person] 有人尾随他人进门，或出现在不该出现的地方。
    [phishing] 索要密码或付款的电子邮件、消息或电话。
    [network-breach] 设备运行异常，或点击了不该点的链接。
    [data-exposure] 纸张、屏幕或文件上露出了他人的个人信息。
   *[other] 其他任何让您担心的情况。
}
report-description = 发生了什么？在何时、何地？
report-description-optional = 还有其他需要我们了解的情况吗？（选填）
report-contact = 我们如何联系您？（选填）
report-contact-help = 如希望收到回复，请留下电子邮箱地址或电话号码。
report-personal-data = 可能涉及他人的个人数据
report-member-title = 您的门禁卡
report-member-search = 您的姓名
report-member-email = 您在我们这里登记的电子邮箱地址
report-member-help = 提供姓名和电子邮箱地址后，我们会立即停用您的门禁卡。如未提供，工作人员将在核实您的身份后停用。
report-send = 提交报告
report-thanks-title = 感谢您告诉我们
report-thanks-next = 您的报告已保存。工作人员下次在本终端登录时即会看到。如情况紧急，请告知前台或拨打安全提示上的电话。如果您留下了联系方式，工作人员会回复您。
report-thanks-badge = { $count ->
    [0] 您没有正在使用的门禁卡，因此无需停用。
   *[other] 您的门禁卡（共 { $count } 张）已停用，不能再开启任何门禁。请到前台领取新卡。
}
report-thanks-not-identified = 该电子邮箱地址与我们的记录不符，因此工作人员将先核实您的身份，再停用门禁卡。
report-thanks-reference = 报告编号：{ $id }
report-thanks-danger = 如有人身处危险，请立即拨打 { $police }。

## 紧急模式：同时以所有已配置的语言显示
emergency-title = { $kind ->
    [fire] 火警：立即撤离大楼
    [shelter] 就地避险：留在室内
    [medical] 医疗紧急情况
   *[custom] 紧急情况
}
emergency-action = { $kind ->
    [fire] 从最近的出口撤离，不要乘坐电梯。前往集合点：{ $assembly_point }。
    [shelter] 前往避险地点：{ $shelter }。远离窗户，关好门，等待工作人员的指示。
    [medical] 拨打 { $medical }。急救：{ $first_aid }。为救援人员保持通道畅通。
   *[custom] 请听从工作人员的指示。
}
emergency-aed = 除颤器（AED）：{ $aed }
emergency-assembly = 集合点：{ $assembly_point }
emergency-shelter = 避险地点：{ $shelter }
emergency-first-aid = 急救箱：{ $first_aid }
emergency-numbers = 火警 { $fire } · 急救 { $medical } · 报警 { $police } · 场所安保 { $security }
emergency-address = 地址：{ $address }
emergency-since = 自 { $time } 起
emergency-staff = 员工：点名和解除警报
emergency-label = 紧急情况

## 员工：紧急模式和安全报告
staff-emergency-title = 紧急模式
staff-emergency-start = { $kind ->
    [fire] 火警疏散
    [shelter] 就地避险
    [medical] 医疗紧急情况
   *[custom] 自定义消息
}
staff-emergency-message = 屏幕显示的消息
staff-emergency-confirm = 现在启动紧急模式吗？在您结束之前，所有屏幕都会显示。
staff-emergency-on = 紧急模式已启动：{ $kind }
staff-emergency-end = 解除警报：结束紧急模式
staff-emergency-end-confirm = 所有人都安全并可以回到室内了吗？所有屏幕将恢复正常。
staff-emergency-end-yes = 是的，解除警报
staff-emergency-ended = 紧急模式已结束，共持续 { $minutes ->
   *[other] { $minutes } 分钟
}。
staff-incidents-title = 安全报告
staff-incidents-none = 没有未关闭的报告。
staff-incidents-count = { $count ->
   *[other] { $count } 份未关闭的报告
}
staff-incident-reported = 报告时间：{ $at }
staff-incident-status = { $status ->
    [open] 新报告
    [acknowledged] 处理中
   *[closed] 已关闭
}
staff-incident-member = 会员：{ $name }
staff-incident-suspended = { $count ->
    [0] 没有正在使用的门禁卡。
   *[other] 已停用 { $count } 张门禁卡。
}
staff-incident-contact = 联系方式：{ $contact }
staff-incident-clock = 个人数据：如有需要，请在 { $at } 前通知监管机构（{ $hours ->
   *[other] 剩余 { $hours } 小时
}）。
staff-incident-overdue = 个人数据：72 小时期限已于 { $at } 届满。
staff-incident-acknowledge = 受理
staff-incident-close = 填写备注并关闭
staff-incident-note = 已采取的措施
staff-plan-incidents = { $open ->
    [0] 没有未关闭的安全报告。
   *[other] 未关闭的安全报告：{ $open } 份。
}
staff-plan-incidents-personal = { $count ->
   *[other] 其中 { $count } 份涉及个人数据
}，{ $overdue } 份已超过 72 小时。
error-no-emergency = 紧急模式未启动。
error-incident-not-found = 此报告已关闭或不存在。
pictogram-name = { $code ->
    [E001] 紧急出口（向左）
    [E002] 紧急出口（向右）
    [E003] 急救
    [E004] 紧急电话
    [E007] 集合点
    [E010] 除颤器（AED）
    [F001] 灭火器
   *[F005] 火灾报警按钮
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = 屏幕键盘
keyboard-backspace = 删除
keyboard-shift = 大写
keyboard-space = 空格
keyboard-close = 隐藏键盘
keyboard-enter = 回车：下一栏或继续
keyboard-layouts = 切换键盘布局
keyboard-accents = 带重音的字母
keyboard-letters = 字母
keyboard-candidates = { $pinyin } 的候选字
keyboard-candidates-more = 更多候选字
keyboard-candidates-back = 上一页候选字

## 凭邀请登记
home-invitation = 我有邀请
invite-code-title = 您的邀请
invite-code-field = 邀请码
invite-code-help = 请输入邀请中的 8 位邀请码，或将二维码对准扫描器。
invite-confirm-title = 欢迎，{ $name }！
invite-confirm-host = 您今天拜访的是 { $host }
invite-confirm-yes = 是的，是我
invite-confirm-no = 不是我

## 员工：邀请和发给接待人的消息
staff-expected-title = 今日预约
staff-expected-none = 今天没有受邀访客。
staff-expected-arrived = 已到达
staff-expected-waiting = 待到达
staff-expected-for = 拜访 { $host }
staff-invitation-cancel = 取消
staff-invitation-cancel-person = 取消 { $name } 的邀请
staff-outbox-title = 尚未送达接待人的消息
staff-outbox-line = { $channel } 发给 { $host }：{ $state ->
    [failed] 未送达
   *[waiting] 等待发送
}
staff-outbox-resend = 重新发送
staff-outbox-resend-person = 重新发送给 { $host } 的消息
staff-invite-open = 邀请访客
staff-invite-host = 接待人（输入两个字母）
staff-invite-host-chosen = 接待人：{ $host }
staff-invite-host-change = 更改
staff-invite-date = 第一天（YYYY-MM-DD）
staff-invite-days = 天数
staff-invite-create = 创建邀请
staff-invite-made = { $name } 的邀请：{ $code }
staff-invite-emailed = 邀请邮件正在发往 { $email }。
staff-invite-give-code = 请将此邀请码交给访客。
staff-member-notify-title = 成员如何得知访客到达
staff-member-notify-how = 通知方式
staff-member-notify-search = 成员（输入两个字母）
staff-member-notify-site = 场地默认设置
staff-member-notify-none = 从不
staff-member-notify-off = lobby.toml 中没有设置任何渠道（[notifications]）：目前不会通知任何人。
staff-member-notify-no-email = 没有登记电子邮件地址：无法通过电子邮件通知此成员。
staff-member-notify-language = 消息语言
staff-member-notify-language-site = 场地的第一语言
staff-member-notify-save = 保存
staff-member-notify-saved = 已为 { $name } 保存。
staff-channel = { $channel ->
    [email] 电子邮件
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = 机群
staff-fleet-member = 站点 { $site }，平板 { $tablet }
staff-fleet-connected = 已连接到站点服务器
staff-fleet-disconnected = 未连接到站点服务器
staff-fleet-waiting = 等待发送的更改：{ $count }
staff-fleet-oldest = 最早的等待中更改：{ $at }
staff-fleet-ack = 服务器最近一次接收：{ $at }
staff-fleet-ack-none = 服务器尚未接收任何更改
staff-fleet-error = 最近的问题：{ $reason }
staff-fleet-tablets = 本场地的平板
staff-fleet-tablet-this = { $tablet }（本平板）
staff-fleet-tablet-connected = 已连接
staff-fleet-tablet-away = 无消息
staff-fleet-tablet-contact = 最后联系 { $at }
staff-fleet-tablet-waiting = { $count } 条待发送
staff-fleet-site-config = 来自中心的场地配置（{ $at } 推送）：已保存，自助机下次启动时生效
staff-fleet-site-config-received = 来自中心的场地配置（{ $at } 推送）：已收到
staff-fleet-site-config-error = 来自中心的场地配置（{ $at } 推送）无法使用：{ $reason }
staff-fleet-flags = 需要处理
staff-fleet-flag = { $problem ->
    [badge-conflict] 同一张卡被发给了两位会员：{ $detail }
    [badge-unknown-member] 一张卡被发给了中心不认识的会员：{ $detail }
   *[other] { $detail }
}
fleet-error-server = 服务器地址或其证书无法使用
fleet-error-no-stream = 服务器尚无此站点的数据流
fleet-error-timeout = 服务器未及时响应
fleet-error-unreachable = 无法连接服务器
fleet-error-refused = 服务器拒绝了该更改
fleet-error-database = 无法读取或写入数据库
fleet-error-credentials = 服务器拒绝了凭据（已吊销或有误）
fleet-error-permission = 服务器不允许此平板向此处发送
