# The printed visitor badge.
badge-kind = { $kind ->
    [guest] 访客
    [tour] 参观
    [day-pass] 日通行证
    [contractor] 承包商
    [delivery] 送货
   *[interview] 面试
}
badge-visiting = 拜访 { $host }
badge-valid-until = 有效期至 { $time }
