# lobby-hub، المخزن المركزي للأسطول: نص عادي للمشغّل بلغته (من LANG). تأتي الأخطاء بعد
# "cli-error" ("خطأ: …").

## الأخطاء
hub-error-database = تعذّر استخدام قاعدة البيانات { $url }: { $reason }. لم يتغيّر شيء.
hub-error-nats = تعذّر الوصول إلى خادم NATS ‏{ $url }: { $reason }.
hub-error-unknown-site = لا يوجد موقع "{ $site }"؛ أضِفه أولًا بالأمر: lobby-hub site add { $site }
hub-error-bad-id = "{ $value }" ليس معرّفًا صالحًا: استخدم من 1 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو "-"، من غير "-" في البداية.
hub-error-bad-date = "{ $value }" ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2026-03-31.
hub-error-kiosk-exists = للجهاز اللوحي { $tablet } في الموقع { $site } بيانات اعتماد بالفعل. لإصدار بيانات جديدة (وتتوقف القديمة عن العمل)، أضِف ‎--replace.
hub-error-unknown-kiosk = لا يوجد في الموقع { $site } جهاز لوحي نشط باسم { $tablet }.
hub-error-file = تعذّرت كتابة { $path }: { $reason }.
hub-error-reload = تعذّر الطلب من خادم NATS (pid { $pid }) إعادة التحميل: { $reason }. أعِد تحميله يدويًا (kill -HUP مع رقم عمليته).
hub-error-sql = رفضت قاعدة البيانات العملية: { $reason }. لم يتغيّر شيء.

## lobby-hub serve
hub-serve-started = جارٍ استلام تغييرات الأجهزة اللوحية من { $nats }. للإيقاف: Ctrl+C أو SIGTERM.
hub-serve-stopped = توقّف؛ حُفظ كل تغيير تم استلامه.

## lobby-hub site, lobby-hub kiosk
hub-site-added = حُفظ الموقع { $site } (نطاق JetStream ‏{ $domain }). ينشئ lobby-hub serve تدفّقه.
hub-kiosk-added = أُضيف الجهاز اللوحي { $tablet } في الموقع { $site } بصفته مستخدم NATS ‏{ $user }؛ بيانات اعتماده في { $file }. انسخ هذا الملف إلى الجهاز اللوحي واحفظه سرًّا.
hub-kiosk-revoked = أُلغي الجهاز اللوحي { $tablet } في الموقع { $site }.
hub-kiosk-none = لا توجد أجهزة لوحية بعد.
hub-kiosk-active = { $site } / { $tablet }: المستخدم { $user }، أُضيف في { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: المستخدم { $user }، أُضيف في { $added }، أُلغي في { $revoked }
hub-users-hint = لم يُحدَّد ‎--users-file: ما زال خادم NATS في الموقع يستخدم مستخدميه القدامى.
hub-users-written = كُتب ملف المستخدمين { $file }؛ الأجهزة اللوحية المسموح لها: { $count }.
hub-users-reloaded = يقرأ خادم NATS (pid { $pid }) الملف من جديد الآن.
hub-users-reload-hint = أعِد تحميل خادم NATS في الموقع ليقرأ الملف (nats-server --signal reload، أو kill -HUP مع رقم عمليته).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }، الحقبة { $epoch }، الإدخال { $seq }: { $problem ->
    [gap] إدخالات مفقودة (gap)
    [unlinked] لا يرتبط بالإدخال الذي قبله (unlinked)
    [altered] تغيّر محتواه (altered)
    [fork] تاريخ آخر بالأرقام نفسها (fork)
    [missing] إدخالات مفقودة على الجهاز اللوحي (missing)
    [truncated] إدخالات مقطوعة من النهاية (truncated)
    [unkeyed] غير موقّع بالمفتاح (unkeyed)
    [wrong-key] موقّع بمفتاح موقع آخر (wrong-key)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = تعذّرت قراءة الرسالة { $id } على { $subject }: { $reason }
hub-audit-clean = كل السلاسل سليمة (عدد ما فُحص: { $chains })؛ لم تُرفض أي رسالة.

## lobby-hub export visits
hub-export-written = الزيارات المُصدَّرة: { $rows } ({ $file }).
