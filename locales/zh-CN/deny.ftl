# `lobby deny`：拒绝名单及其安全名单，供管理员使用，以管理员的语言显示。

cli-deny-added = 已添加拒绝名单条目 #{ $id }：{ $name }。
cli-deny-line = #{ $id } { $name }（添加于 { $added }）
cli-deny-aliases = 别名：{ $value }
cli-deny-email = 电子邮件：{ $value }
cli-deny-phone = 电话：{ $value }
cli-deny-reason = 原因：{ $value }
cli-deny-none = 拒绝名单为空。
cli-deny-removed = 已删除拒绝名单条目 #{ $id } 及其全部内容。
cli-deny-safe-added = { $email } 已列入安全名单：仅姓名与某条目相同时，不会拦下此访客。
cli-deny-safe-already = { $email } 已在安全名单中。
cli-deny-safe-removed = { $email } 已从安全名单中移除。
cli-deny-safe-not-found = { $email } 不在安全名单中；未做任何更改。
cli-deny-safe-none = 安全名单为空。
cli-deny-safe-line = { $email }（添加于 { $added }）
