# The printed visitor badge.
badge-kind = { $kind ->
    [guest] ضيف
    [tour] جولة
    [day-pass] تصريح يومي
    [contractor] مقاول
    [delivery] توصيل
   *[interview] مقابلة
}
badge-visiting = في زيارة { $host }
badge-valid-until = صالح حتى { $time }
