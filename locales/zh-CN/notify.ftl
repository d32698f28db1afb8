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
