# Lobby 自助终端：各个界面。en-US 为参考语言：其他每种语言都包含本文件的全部消息和属性。
# 场所信息（名称、数字）始终以参数传入。

## 该语言的母语者对其的写法（显示在语言选择器中）。
language-name = 简体中文

## 首页
home-welcome = 欢迎来到{ $site }
home-prompt = 今天我们能为您做些什么？
home-desk-help = 来访找人？请到前台咨询。本平板的自助签到功能即将推出。
home-staff = 员工
home-language = 语言
home-demo = 演示模式
home-today = 今天是{ $date }

## 多个界面共用的操作
action-cancel = 取消
action-back = 返回
action-sign-in = 登录
action-sign-out = 退出登录
action-close = 关闭

## 员工登录
staff-signin-title = 员工登录
staff-signin-hint = 请输入您的 PIN 码，以及身份验证器应用中显示的 6 位验证码。
staff-signin-pin = PIN 码
staff-signin-code = 验证码
staff-signin-working = 正在验证…

## 员工主页
staff-home-title = 当前登录：{ $name }
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
   *[truncated] 日志末尾的记录被截掉了。
}
staff-recent-title = 最近活动
staff-recent-empty = 暂无记录。
staff-recent-entry = { $action ->
    [staff-sign-in] 员工尝试登录
    [staff-sign-out] 员工已退出登录
    [staff-add] 已创建员工账户
    [demo-seed] 已添加演示数据
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
error-staff-name-invalid = 员工姓名须为 1 至 80 个字符。
