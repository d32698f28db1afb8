# `lobby deny`: قائمة المنع وقائمتها الآمنة، للمشغّلين، بلغة المشغّل.

cli-deny-added = أُضيف الإدخال #{ $id } إلى قائمة المنع: { $name }.
cli-deny-line = #{ $id } { $name } (أُضيف في { $added })
cli-deny-aliases = يُعرف أيضًا باسم: { $value }
cli-deny-email = البريد الإلكتروني: { $value }
cli-deny-phone = الهاتف: { $value }
cli-deny-reason = السبب: { $value }
cli-deny-none = قائمة المنع فارغة.
cli-deny-removed = حُذف الإدخال #{ $id } من قائمة المنع مع كل ما كان فيه.
cli-deny-safe-added = { $email } في القائمة الآمنة: إذا طابق الاسم وحده إدخالًا، فلن يُوقَف هذا الزائر.
cli-deny-safe-already = { $email } كان في القائمة الآمنة من قبل.
cli-deny-safe-removed = لم يعد { $email } في القائمة الآمنة.
cli-deny-safe-not-found = { $email } ليس في القائمة الآمنة؛ لم يتغيّر شيء.
cli-deny-safe-none = القائمة الآمنة فارغة.
cli-deny-safe-line = { $email } (أُضيف في { $added })
