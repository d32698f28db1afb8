# كشك Lobby — الشاشات. اللغة المرجعية هي en-US: كل لغة أخرى تحتوي على كل رسالة وكل سمة في هذا الملف.
# بيانات الموقع (الأسماء والأرقام) تُمرَّر دائمًا كمعاملات.

## اسم اللغة كما يكتبه الناطقون بها (يظهر في قائمة اختيار اللغة).
language-name = العربية

## الشاشة الرئيسية
home-welcome = مرحبًا بكم في { $site }
home-prompt = كيف يمكننا مساعدتكم اليوم؟
home-desk-help = هل جئتم لزيارة أحد؟ يُرجى التوجه إلى مكتب الاستقبال. سيتوفر قريبًا تسجيل الوصول الذاتي على هذا الجهاز اللوحي.
home-staff = الموظفون
home-language = اللغة
home-demo = الوضع التجريبي
home-today = اليوم هو { $date }

## إجراءات مستخدمة في شاشات عديدة
action-cancel = إلغاء
action-back = رجوع
action-sign-in = تسجيل الدخول
action-sign-out = تسجيل الخروج
action-close = إغلاق

## دخول الموظفين
staff-signin-title = دخول الموظفين
staff-signin-hint = يُرجى إدخال رمز PIN والرمز المكوّن من 6 أرقام الظاهر في تطبيق المصادقة.
staff-signin-pin = رمز PIN
staff-signin-code = رمز المصادقة
staff-signin-working = جارٍ التحقق…

## صفحة الموظفين
staff-home-title = تم تسجيل الدخول باسم { $name }
staff-home-session = حفاظًا على الأمان، يُسجَّل الخروج تلقائيًا بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
} دون أي نشاط.
staff-home-counts = { $staff ->
    [zero] لا حسابات للموظفين
    [one] حساب واحد للموظفين
    [two] حسابان للموظفين
    [few] { $staff } حسابات للموظفين
    [many] { $staff } حسابًا للموظفين
   *[other] { $staff } حساب للموظفين
}، { $members ->
    [zero] لا أعضاء نشطين
    [one] عضو نشط واحد
    [two] عضوان نشطان
    [few] { $members } أعضاء نشطين
    [many] { $members } عضوًا نشطًا
   *[other] { $members } عضو نشط
}
staff-audit-title = سجل التدقيق
staff-audit-intact = سليم: { $entries ->
    [zero] لا توجد أي إدخالات.
    [one] إدخال واحد، تم التحقق منه.
    [two] إدخالان، تم التحقق من كلٍّ منهما.
    [few] { $entries } إدخالات، تم التحقق من كلٍّ منها.
    [many] { $entries } إدخالًا، تم التحقق من كلٍّ منها.
   *[other] { $entries } إدخال، تم التحقق من كلٍّ منها.
}
staff-audit-broken = تالف عند الإدخال رقم { $seq }: { $problem ->
    [altered] تم تغيير محتواه.
    [unlinked] لم يعد يلي الإدخال الذي قبله؛ فقد حُذف إدخال أو استُبدل أو نُقل.
    [missing] توجد إدخالات مفقودة هنا.
   *[truncated] اقتُطعت إدخالات من نهاية السجل.
}
staff-recent-title = النشاط الأخير
staff-recent-empty = لم يُسجَّل أي شيء بعد.
staff-recent-entry = { $action ->
    [staff-sign-in] محاولة دخول موظف
    [staff-sign-out] تسجيل خروج موظف
    [staff-add] إنشاء حساب موظف
    [demo-seed] إضافة بيانات تجريبية
   *[other] { $action }
}
staff-signed-out-idle = تم تسجيل خروجك بعد فترة من عدم النشاط.

## الأخطاء: رسالة واحدة لكل رمز خطأ، تُختار حسب الرمز، ولا تُختار أبدًا حسب نص من التطبيق.
error-internal = حدث خطأ ما في هذا الجهاز اللوحي. يُرجى المحاولة مرة أخرى، أو التوجه إلى مكتب الاستقبال.
error-staff-session-required = يُرجى تسجيل الدخول كموظف أولًا.
error-sign-in-failed = رمز PIN أو رمز المصادقة غير صحيح. { $remaining ->
    [zero] لم تعد هناك أي محاولة متبقية قبل قفل تسجيل الدخول.
    [one] تتبقى محاولة واحدة قبل قفل تسجيل الدخول.
    [two] تتبقى محاولتان قبل قفل تسجيل الدخول.
    [few] تتبقى { $remaining } محاولات قبل قفل تسجيل الدخول.
    [many] تتبقى { $remaining } محاولةً قبل قفل تسجيل الدخول.
   *[other] تتبقى { $remaining } محاولة قبل قفل تسجيل الدخول.
}
error-sign-in-locked = محاولات خاطئة كثيرة جدًا. تم قفل تسجيل الدخول؛ يُرجى المحاولة مرة أخرى بعد { $seconds ->
    [zero] لحظات
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانيةً
   *[other] { $seconds } ثانية
}.
error-pin-invalid = يتكون رمز PIN من 6 إلى 12 رقمًا.
error-code-invalid = الرمز هو الأرقام الستة الظاهرة في تطبيق المصادقة.
error-staff-exists = يوجد بالفعل موظف باسم { $name }.
error-staff-not-found = لا يوجد موظف باسم { $name }.
error-staff-name-invalid = يجب أن يتكون اسم الموظف من 1 إلى 80 حرفًا.
