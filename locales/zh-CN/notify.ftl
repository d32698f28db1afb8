# 访客到达时发给接待人的消息（电子邮件、Slack、Teams、webhook），使用接待人的语言。
# 只包含来者、所属公司、来访类型、时间和等候地点。
notify-arrival-subject = { $visitor } 已到，前来拜访您
notify-arrival-subject-company = { $visitor }（{ $company }）已到，前来拜访您
notify-arrival-lead = { $visitor } 于 { $time } 在 { $site } 完成登记。
notify-label-visitor = 访客
notify-label-company = 公司
notify-label-kind = 来访类型
notify-label-time = 到达时间
notify-label-where = 登记地点
notify-label-waiting = 等候
notify-where = { $site }，平板 { $kiosk }
notify-test-subject = 来自 { $site } 的测试消息
notify-test-lead = { $host }，您好！这是来自 { $site }（平板 { $kiosk }）的测试。当您的访客登记时，您会通过这种方式收到通知。
notify-footer = 由 { $site } 的 Lobby 自动发送。回复不会被阅读。
notify-invite-subject = 您受邀前往 { $site }
notify-invite-lead = { $guest }，您好！{ $host } 邀请您前往 { $site }。
notify-label-code = 您的邀请码
notify-label-day = 日期
notify-label-hours = 开放时间
notify-label-address = 地址
notify-label-host = 接待人
notify-invite-closed = 当天不开放：请与接待人约定时间
notify-invite-how = 到达入口时，在平板上点按“我有邀请”，然后输入邀请码或将二维码对准扫描器。
notify-held-subject = { $kiosk } 有人在等待工作人员
notify-held-lead = { $site } 的一次签到与拒绝名单条目 { $entry } 相符，正在自助终端 { $kiosk } 等待工作人员。在有人于工作人员界面放行或拒绝之前，不会保存来访记录，也不会通知接待人。
notify-label-since = 等待自
notify-label-entry = 名单条目
