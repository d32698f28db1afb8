# كشك Lobby — الشاشات. اللغة المرجعية هي en-US: كل لغة أخرى تحتوي على كل رسالة وكل سمة في هذا الملف.
# بيانات الموقع (الأسماء والأرقام) تُمرَّر دائمًا كمعاملات.

## اسم اللغة كما يكتبه الناطقون بها (يظهر في قائمة اختيار اللغة).
language-name = العربية

## الشاشة الرئيسية
home-welcome = مرحبًا بكم في { $site }
home-prompt = كيف يمكننا مساعدتكم اليوم؟
home-desk-help = هل تحتاجون إلى مساعدة؟ يُرجى التوجه إلى مكتب الاستقبال.
home-check-in = تسجيل الوصول
home-check-in-help = زيارة عضو، أو تصريح يومي، أو أعمال صيانة، أو مقابلة
home-members = الأعضاء: قرّبوا بطاقتكم من القارئ لتسجيل الوصول.
home-tour = جئت في جولة تعريفية
home-check-out = تسجيل المغادرة
home-staff = الموظفون
idle-still-there = هل ما زلتم هنا؟ ستبدأ هذه الشاشة من جديد خلال ثوانٍ.
idle-still-here = ما زلت هنا
home-language = اللغة
home-demo = الوضع التجريبي
home-today = اليوم هو { $date }

## إجراءات مستخدمة في شاشات عديدة
action-cancel = إلغاء
action-back = رجوع
action-sign-in = تسجيل الدخول
action-sign-out = تسجيل الخروج
action-close = إغلاق
action-continue = متابعة
action-done = تم

## تسجيل الوصول: نوع الزيارة
checkin-type-title = ما سبب زيارتكم اليوم؟
visit-kind = { $kind ->
    [member] عضو
    [guest] زيارة عضو
    [tour] جولة في المكان
    [day-pass] تصريح يومي
    [contractor] مقاول
    [delivery] توصيل
   *[interview] مقابلة أو فعالية
}
visit-kind-help = { $kind ->
    [guest] دعاكم أحد الموجودين هنا.
    [tour] تعرّفوا على المكان مع أحد أعضاء فريقنا.
    [day-pass] اعملوا هنا لمدة يوم.
    [contractor] جئتم لإصلاح شيء أو تركيبه.
    [delivery] تحملون طردًا أو بضاعة لشخص هنا.
   *[interview] لديكم مقابلة أو جئتم لحضور فعالية.
}

## تسجيل الوصول: بياناتكم
checkin-details-title = بياناتكم
checkin-optional = اختياري
field-name = الاسم الكامل
field-company = الشركة
field-email = البريد الإلكتروني
field-phone = الهاتف
field-purpose = الغرض من زيارتكم
field-interest = عمّ تبحثون؟

## تسجيل الوصول: الشخص الذي تزورونه
checkin-host-title = من تزورون؟
checkin-host-search = اكتبوا حرفين على الأقل من الاسم
checkin-host-none = لم يُعثر على أي عضو. تحققوا من الإملاء، أو توجهوا إلى مكتب الاستقبال.
checkin-host-chosen = أنتم تزورون { $host }
checkin-host-unknown = مضيفي غير موجود في القائمة، أو لا أعرف
checkin-recipient-title = لمن هذا التوصيل؟
checkin-recipient-unknown = لمكتب الاستقبال، أو لا أعرف

## تسجيل الوصول: الجولات
checkin-guide-title = من يرافقكم في الجولة؟
checkin-guide-unknown = لا أعرف
checkin-off-limits-title = يُرجى عدم دخول هذه المناطق
checkin-off-limits-intro = حفاظًا على السلامة وعلى خصوصية أعضائنا، يُمنع دخول هذه المناطق أثناء جولتكم:
checkin-off-limits-ack = فهمت
checkin-lead-title = هل نبقى على تواصل؟
checkin-lead-consent = أوافق على أن يتواصل معي { $site } بشأن العضوية عبر البيانات أدناه.
checkin-lead-note = لا نحتفظ بهذه البيانات إلا إذا حددتم المربع. وإلا فلا نحتفظ إلا باسمكم ووقت زيارتكم.
checkin-returning = زرتكم من قبل
checkin-returning-title = مرحبًا بعودتك
checkin-returning-help = اكتب عنوان البريد الإلكتروني الذي أعطيته عندما طلبت منا أن نتذكرك.
checkin-returning-find = ابحث عني
checkin-returning-found-title = هل هذا أنت؟
checkin-returning-yes = نعم، املأه لي
checkin-returning-no = لا، ابدأ من جديد
checkin-returning-forget = انسَني
checkin-returning-forget-note = «انسَني» يحذف هذه البيانات الآن. نحتفظ بزياراتك فقط كما يقول إشعار الخصوصية.
checkin-returning-forgotten = تم: حذفنا البيانات التي احتفظنا بها لك.
checkin-remember = تذكرني في المرة القادمة
checkin-remember-note = إذا وضعت علامة هنا، نحتفظ باسمك وبيانات الاتصال ولغتك ونسخة مدونة السلوك التي وقّعتها مدة { $days } يومًا بعد آخر زيارة، لنملأ هذا عنك في المرة القادمة. «انسَني» يحذفها في أي وقت.
checkin-wait-title = يُرجى الانتظار، سيأتي أحد إليك قريبًا.
checkin-wait-body = شكرًا لصبرك.
checkin-wait-staff = الموظفون

## تسجيل الوصول: الخصوصية
checkin-privacy-title = خصوصيتكم
checkin-privacy-body = نحتفظ باسمكم، ومن تزورون، ووقت وصولكم ومغادرتكم، لنعرف من في المبنى في حالات الطوارئ ولنحافظ على أمن المكان. بعد { $days ->
    [zero] انتهاء الزيارة
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} يُحذف اسمكم وبيانات الاتصال الخاصة بكم. للاطلاع على بياناتكم أو حذفها، توجهوا إلى مكتب الاستقبال في { $site }.
checkin-privacy-accept = أوافق

## تسجيل الوصول: الترحيب
checkin-welcome-title = أهلًا وسهلًا، { $name }!
checkin-welcome-host = أنتم تزورون { $host }
checkin-welcome-guide = سيرافقكم { $host } في جولة في المكان.
checkin-welcome-front-desk = سيبحث { $desk } عن مضيفكم ويخبره بوصولكم.
checkin-welcome-front-desk-tour = سيجد { $desk } من يرافقكم في جولة في المكان.
checkin-welcome-delivery = توصيل إلى { $host }.
checkin-welcome-delivery-desk = سيستلم { $desk } التوصيل.
checkin-welcome-host-told = نُبلغ { $host } الآن بوصولك.
checkin-badge-printing = تُطبع الآن شارة الزائر الخاصة بكم: يُرجى أخذها من الطابعة وارتداؤها طوال وجودكم هنا.
checkin-badge-ready = شارة الزائر الخاصة بكم جاهزة: يُرجى أخذها من الطابعة وارتداؤها طوال وجودكم هنا.
checkin-badge-desk = تعذّرت طباعة شارة الزائر الخاصة بكم: يُرجى استلامها من مكتب الاستقبال.
checkin-welcome-delivery-told = نُبلغ { $host } الآن بوصول التوصيل.
checkin-welcome-code = رمز المغادرة الخاص بكم
checkin-welcome-code-help = أدخلوه هنا عند المغادرة.
checkin-welcome-wait-title = مكان الانتظار

## واي فاي الضيوف في شاشة الترحيب.
wifi-title = واي فاي
wifi-scan = وجّهوا كاميرا هاتفكم نحو الرمز للاتصال بالشبكة.
wifi-qr-label = رمز QR للاتصال بالشبكة { $ssid }
wifi-network = الشبكة
wifi-username = اسم المستخدم
wifi-password = كلمة المرور
wifi-open = لا حاجة إلى كلمة مرور.
wifi-until = يعمل حتى الساعة { $time }.
wifi-enterprise-help = على الحاسوب المحمول، اختاروا الشبكة، ثم PEAP، وأدخلوا اسم المستخدم وكلمة المرور.
wifi-closed = { $opens ->
    [none] شبكة واي فاي الضيوف متوقفة حاليًا.
   *[other] شبكة واي فاي الضيوف متوقفة ليلًا، وتعود للعمل الساعة { $opens }.
}

## الموظفون: واي فاي الضيوف.
staff-wifi-title = واي فاي الضيوف
staff-wifi-tier = الشبكة
staff-wifi-hours = عدد الساعات
staff-wifi-for = لمن التصريح؟
staff-wifi-issue = إصدار تصريح
staff-wifi-issued = تصريح واي فاي باسم { $label }
staff-wifi-active = { $count ->
    [0] لا توجد تصاريح سارية.
    [zero] لا توجد تصاريح سارية.
    [one] تصريح واحد سارٍ:
    [two] تصريحان ساريان:
    [few] { $count } تصاريح سارية:
    [many] { $count } تصريحًا ساريًا:
   *[other] { $count } تصريح سارٍ:
}
staff-wifi-ends = حتى الساعة { $time }
staff-wifi-revoke = إلغاء التصريح
staff-wifi-revoked = انتهى تصريح { $holder }.
staff-wifi-rotate = كلمة مرور جديدة للشبكة { $ssid }
staff-wifi-rotated = تم تغيير كلمة مرور الشبكة { $ssid }.
staff-wifi-closed = الشبكة { $ssid } متوقفة حتى موعد الفتح.
## الموظفون: الخطة الأمنية (وتُعرض أيضًا بالأمر `lobby report security-plan`).
staff-plan-title = الخطة الأمنية
staff-plan-backup = آخر نسخة احتياطية: { $at }
staff-plan-backup-none = لم تُنشأ أي نسخة احتياطية بعد.
staff-plan-backup-stale = آخر نسخة احتياطية قديمة جدًا. تحققوا من مجلد النسخ الاحتياطية، أو شغّلوا «lobby backup now».
staff-plan-backup-failed = فشلت عملية النسخ الاحتياطي الأخيرة: { $reason }
staff-plan-restore-test = آخر اختبار استعادة: { $at }
staff-plan-restore-test-none = لم يُجرَ أي اختبار استعادة بعد («lobby backup test»).
staff-plan-staff = { $accounts ->
    [zero] لا حسابات للموظفين
    [one] حساب واحد للموظفين
    [two] حسابان للموظفين
    [few] { $accounts } حسابات للموظفين
    [many] { $accounts } حسابًا للموظفين
   *[other] { $accounts } حساب للموظفين
}: منها { $authenticator } مع تطبيق مصادقة، و{ $badge } مع بطاقة موظف.
staff-plan-wifi = { $passes ->
    [0] لا توجد تصاريح سارية لواي فاي الضيوف.
    [zero] لا توجد تصاريح سارية لواي فاي الضيوف.
    [one] تصريح واحد سارٍ لواي فاي الضيوف.
    [two] تصريحان ساريان لواي فاي الضيوف.
    [few] { $passes } تصاريح سارية لواي فاي الضيوف.
    [many] { $passes } تصريحًا ساريًا لواي فاي الضيوف.
   *[other] { $passes } تصريح سارٍ لواي فاي الضيوف.
}
staff-plan-wifi-shared = { $tier }: غُيّرت كلمة المرور في { $at }
staff-plan-policy = { $policy }: وافق { $accepted } من أصل { $members } من الأعضاء على الإصدار الحالي
staff-plan-roll-call = آخر تفقّد للحضور: { $at }، عدد الأشخاص: { $people }، المفقودون: { $missing }
staff-plan-roll-call-none = لم يُجرَ أي تفقّد للحضور أو تمرين إخلاء بعد.
staff-plan-retention = تُخفى هوية الزيارات بعد { $days ->
    [zero] انتهاء الزيارة
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
staff-plan-audit-head = رأس سجل التدقيق، لتدوينه (مفتاح الموقع { $key }):
staff-wifi-problem = خادم { $backend } غير محدَّث: { $reason }. يعيد Lobby المحاولة كل 30 ثانية؛ يستمر تسجيل الوصول، وستعمل التصاريح فور عودة الخادم.

## تسجيل المغادرة
checkout-title = تسجيل المغادرة
checkout-help = أدخلوا الرمز المكوّن من 6 أرقام الظاهر في شاشة الترحيب.
checkout-code = رمز المغادرة
checkout-done-title = مع السلامة، { $name }!
checkout-done-body = تم تسجيل مغادرتكم. شكرًا لزيارتكم.
checkout-no-code = ليس لديّ الرمز
checkout-by-name-title = تسجيل المغادرة باسمكم
checkout-by-name-name = اسمكم الكامل كما سجلتم الوصول
checkout-by-name-host = الاسم الأول لمضيفكم

## الموظفون: من في المكان، تفقّد الحضور
staff-onsite-title = الموجودون الآن
staff-onsite-empty = لا يوجد زوار في المكان.
staff-onsite-count = { $count ->
    [zero] لا أحد في المكان
    [one] شخص واحد في المكان
    [two] شخصان في المكان
    [few] { $count } أشخاص في المكان
    [many] { $count } شخصًا في المكان
   *[other] { $count } شخص في المكان
}
staff-onsite-host = في زيارة { $host }
staff-onsite-since = منذ { $time }
staff-onsite-tablet = عند { $tablet }
staff-onsite-reprint = إعادة طباعة شارة الزائر
staff-onsite-reprinted = { $name }: أُرسلت شارة الزائر إلى الطابعة.
staff-print-problem = لم تطبع طابعة الشارات آخر شارة زائر ({ $at }): { $problem }
staff-print-problem-count = { $count ->
    [zero] لم تتعذّر طباعة أي شارة اليوم.
    [one] تعذّرت طباعة شارة واحدة اليوم.
    [two] تعذّرت طباعة شارتين اليوم.
    [few] تعذّرت طباعة { $count } شارات اليوم.
    [many] تعذّرت طباعة { $count } شارةً اليوم.
   *[other] تعذّرت طباعة { $count } شارة اليوم.
}
staff-self-checkouts-title = تسجيلات المغادرة على الشاشة اليوم
staff-self-checkouts-hint = برمز أو باسم، عند الكشك. إن لم يقم بها الزائر بنفسه فألغوها: يعود حاضرًا وفي تفقّد الحضور. يبقى تصريح الواي فاي الخاص به منتهيًا.
staff-self-checkout-at = غادر الساعة { $time }
staff-undo-check-out = تراجع
staff-undo-check-out-person = التراجع عن مغادرة { $name }
staff-check-out-person = تسجيل مغادرة { $name }
staff-rollcall-start = بدء تفقّد الحضور
staff-rollcall-title = تفقّد الحضور
staff-rollcall-progress = في أمان: { $safe } · مفقودون: { $missing } · لم يُتحقق منهم بعد: { $unaccounted }
staff-rollcall-mark-safe = { $name } في أمان
staff-rollcall-mark-missing = { $name } مفقود
staff-rollcall-safe = في أمان
staff-rollcall-missing = مفقود
staff-rollcall-finish = إنهاء تفقّد الحضور
staff-rollcall-finished = انتهى تفقّد الحضور الساعة { $time }.

## دخول الموظفين
staff-signin-title = دخول الموظفين
staff-signin-who = من أنت؟
staff-signin-who-hint = المس اسمك، أو قرّب بطاقة الموظف من القارئ.
staff-signin-someone-else = شخص آخر
staff-signin-hint = يُرجى إدخال رمز PIN والرمز المكوّن من 6 أرقام الظاهر في تطبيق المصادقة.
staff-signin-badge-read = تمت قراءة بطاقة الموظف. أدخلوا رمز PIN وسجّلوا الدخول؛ لا حاجة إلى الرمز.
staff-signin-pin = رمز PIN
staff-signin-code = رمز المصادقة
staff-signin-working = جارٍ التحقق…

## صفحة الموظفين
staff-home-title = تم تسجيل الدخول باسم { $name }
scroll-more = المزيد في الأسفل
staff-home-session-held = وضع الطوارئ أو التفقد قيد التشغيل: ستبقى مسجّل الدخول حتى ينتهي. سجّل الخروج عند مغادرة الكشك.
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
    [unkeyed] غير موقّع بمفتاح الموقع: أُعيدت كتابة السجل من هنا.
    [wrong-key] السجل موقّع بمفتاح موقع آخر.
   *[truncated] اقتُطعت إدخالات من نهاية السجل.
}
staff-recent-title = النشاط الأخير
staff-recent-empty = لم يُسجَّل أي شيء بعد.
staff-recent-entry = { $action ->
    [staff-sign-in] محاولة دخول موظف
    [staff-sign-out] تسجيل خروج موظف
    [staff-add] إنشاء حساب موظف
    [staff-disable] تعطيل حساب موظف
    [staff-enable] تفعيل حساب موظف
    [staff-reset-pin] إعادة تعيين رمز PIN لموظف
    [staff-reset-totp] إعادة تعيين تطبيق المصادقة لموظف
    [staff-unlock] إلغاء قفل تسجيل دخول موظف
    [site-key] تم تعيين مفتاح الموقع وختم الأسرار
    [demo-seed] إضافة بيانات تجريبية
    [visit-check-in] تسجيل وصول زائر
    [visit-check-out] تسجيل مغادرة زائر
    [visit-check-out-undo] تراجع الموظفون عن تسجيل مغادرة
    [roll-call-start] بدء تفقّد الحضور
    [roll-call-mark] تفقّد الحضور: تحديد حالة شخص
    [roll-call-finish] انتهاء تفقّد الحضور
    [members-import] استيراد الأعضاء
    [export] تصدير البيانات
    [visits-anonymise] إخفاء هوية الزيارات القديمة
    [policy-publish] نُشر إصدار سياسة
    [policy-accept] وُقّعت سياسة
    [policy-decline] رُفضت سياسة
    [badge-enroll] سُجّلت بطاقة
    [badge-revoke] أُلغيت بطاقة
    [badge-restore] إعادة تفعيل بطاقة معلّقة
    [notify-test] أُرسلت رسالة تجريبية إلى مضيف
    [notify-resend] أُعيد إرسال رسالة إلى مضيف
    [notify-failed] تعذّر تسليم رسالة إلى مضيف
    [invitation-create] أُنشئت دعوة
    [invitation-cancel] أُلغيت دعوة
    [invitation-guessing] رموز دعوة خاطئة: أُبطئ النموذج
    [badge-printed] طُبعت شارة زائر
    [badge-print-failed] تعذّرت طباعة شارة زائر
    [badge-reprint] أُعيدت طباعة شارة زائر
    [screen-restarted] توقفت الشاشة وأعيد تشغيلها
    [screen-failing] توقفت الشاشة مرارًا: أعيد تشغيل التطبيق
    [member-notify] تغيّرت طريقة إبلاغ عضو
    [badge-unknown] مُرّرت بطاقة غير معروفة
    [badge-refused] رُفضت بطاقة
    [member-check-in] سجّل عضو وصوله
    [badges-export] صُدّرت قائمة البطاقات
    [staff-badge-enroll] أُعدّت بطاقة موظف
    [member-add] أُضيف عضو
    [wifi-pass-issue] أُصدر تصريح واي فاي
    [wifi-pass-end] انتهى تصريح واي فاي
    [wifi-rotate] غُيّرت كلمة مرور الواي فاي
    [wifi-tier-open] شُغّلت شبكة واي فاي
    [wifi-tier-close] أُوقفت شبكة واي فاي ليلًا
    [wifi-shared-shown] سُلّمت كلمة مرور الواي فاي المشتركة
    [backup] أُنشئت نسخة احتياطية
    [backup-failed] فشل النسخ الاحتياطي
    [backup-restore-test] اختُبرت استعادة نسخة احتياطية
    [backup-restore] استُعيدت قاعدة البيانات من نسخة احتياطية
    [emergency-start] بدأ وضع الطوارئ
    [emergency-end] انتهى وضع الطوارئ: زال الخطر
    [incident-report] أُبلغ عن مشكلة أمنية
    [incident-acknowledge] أُكّد استلام بلاغ أمني
    [incident-close] أُغلق بلاغ أمني
    [badge-suspend] أُوقفت بطاقة بعد الإبلاغ عن فقدانها
    [profile-remember] طلب زائر أن نتذكره
    [profile-forget] حُذف ملف زائر بناءً على طلبه
    [profiles-expire] حُذفت ملفات الزوار بعد انتهاء مدة الاحتفاظ
    [approval-hold] تسجيل معلّق بانتظار الموظفين (قائمة المنع)
    [approval-approve] سُمح بالتسجيل المعلّق
    [approval-deny] رُفض التسجيل المعلّق
    [approvals-abandon] أُسقطت تسجيلات معلّقة دون قرار
    [deny-add] أُضيف شخص إلى قائمة المنع
    [deny-remove] أُزيل شخص من قائمة المنع
    [deny-safe-add] أُضيف عنوان إلى القائمة الآمنة
    [deny-safe-remove] أُزيل عنوان من القائمة الآمنة
    [privacy-request] سُجّل طلب بشأن بيانات شخص
    [privacy-export] صُدّر كل ما يُحتفظ به عن شخص
    [privacy-erase] مُسحت بيانات شخص بناءً على طلب
    [privacy-hold] وُضع حجز قانوني
    [privacy-hold-release] رُفع حجز قانوني
    [fleet-join] انضمام إلى أسطول
    [fleet-leave] مغادرة الأسطول
    [fleet-apply] تغيير مشترك من المركز
    [fleet-check-out] تسجيل خروج زائر من جهاز آخر
    [fleet-share-visit] زيارة مفتوحة شوركت مع الموقع عند الانضمام
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
error-staff-name-invalid = يجب أن يتكون اسم الموظف من 1 إلى 80 حرفًا، وليس lobby-fleet (محجوز للأسطول).
error-field-required = { $field ->
    [name] يُرجى إدخال اسمكم.
    [company] يُرجى إدخال اسم الشركة.
    [email] يُرجى إدخال عنوان بريد إلكتروني.
    [phone] يُرجى إدخال رقم هاتف.
    [purpose] يُرجى إخبارنا بسبب زيارتكم.
    [id] معرّف العضو مفقود. يُرجى إضافته.
    [signer_name] يُرجى كتابة اسمكم عند التوقيع.
    [label] يُرجى ذكر لمن هذا التصريح.
    [description] يُرجى إخبارنا بما حدث.
    [note] يُرجى كتابة ما تم اتخاذه من إجراءات.
    [message] يُرجى كتابة الرسالة التي ستظهر على الشاشة.
    [kind] يُرجى اختيار موضوع البلاغ.
   *[other] يُرجى ملء هذا الحقل.
}
error-field-too-long = { $field ->
    [name] هذا الاسم طويل جدًا
   *[other] هذا النص طويل جدًا
}: الحد الأقصى لعدد الأحرف هو { $max }.
error-field-invalid-characters = { $field ->
    [active] اكتبوا «yes» أو «no».
    [line] تتعذر قراءة هذا السطر.
    [notify] اكتب القنوات من بين email وslack وteams وwebhook مفصولة بفواصل، أو none.
    [language] اكتب إحدى لغات Lobby، مثل de أو pt-BR.
    [id] لا يجوز أن يحتوي معرّف العضو إلا على الحروف والأرقام و«-» و«_» و«.».
   *[other] يُرجى استخدام الحروف والأرقام وعلامات الترقيم المعتادة فقط هنا.
}
error-email-invalid = يُرجى التحقق من عنوان البريد الإلكتروني، مثل name@example.com.
error-phone-invalid = يُرجى التحقق من رقم الهاتف: أرقام ومسافات و+ - ( ) فقط.
error-visit-type-unavailable = هذا النوع من الزيارات غير متاح هنا. يُرجى التوجه إلى مكتب الاستقبال.
error-host-required = يُرجى اختيار العضو الذي تزورونه.
error-host-unknown = لم نعثر على هذا العضو. يُرجى التوجه إلى مكتب الاستقبال.
error-guide-required = يُرجى اختيار من يرافقكم في الجولة.
error-privacy-not-accepted = يُرجى قراءة إشعار الخصوصية والموافقة عليه لتسجيل الوصول.
error-off-limits-not-shown = يُرجى تأكيد أنكم قرأتم قائمة المناطق الممنوع دخولها.
error-checkout-code-unknown = لم نعثر على زيارة بهذا الرمز. تحققوا من الأرقام الستة، أو توجهوا إلى مكتب الاستقبال.
error-checkout-name-unknown = لم نتمكن من تسجيل مغادرتكم بهذه البيانات. يُرجى التوجه إلى مكتب الاستقبال لتسجيل مغادرتكم.
error-checkout-paused = محاولات خاطئة كثيرة جدًا في هذا الكشك. حاولوا مرة أخرى بعد { $seconds } ثانية، أو توجهوا إلى مكتب الاستقبال.
error-already-checked-out = تم تسجيل مغادرة هذه الزيارة بالفعل. شكرًا لزيارتكم!
error-visit-not-found = هذه الزيارة لم تعد موجودة.
error-printing-off = لا توجد طابعة شارات مُعدّة في lobby.toml ‏([printing]).
error-roll-call-not-found = عملية تفقّد الحضور هذه لم تعد موجودة.
error-roll-call-finished = انتهت عملية تفقّد الحضور هذه، ولم يعد من الممكن تغييرها.
error-import-rejected = { $count ->
    [zero] تتعذر قراءة الأسطر { $lines }
    [one] تتعذر قراءة السطر { $lines }
    [two] تتعذر قراءة السطرين { $lines }
    [few] تتعذر قراءة الأسطر { $lines }
    [many] تتعذر قراءة الأسطر { $lines }
   *[other] تتعذر قراءة الأسطر { $lines }
}؛ لم يُستورد أي شيء.
error-signature-missing = يُرجى التوقيع بإصبعكم داخل المربع.
error-signature-too-small = هذا أصغر من أن يكون توقيعًا. يُرجى التوقيع على امتداد المربع.
error-signature-invalid = تعذّرت قراءة التوقيع. يُرجى مسحه والتوقيع مرة أخرى.
error-policy-unknown = لا توجد هنا سياسة باسم «{ $policy }».
error-policy-text-invalid = لا يمكن نشر النص بلغة { $lang }: يجب أن يكون بصيغة Markdown وبترميز UTF-8، وأن يبدأ بسطر «# العنوان»، وألا يتجاوز حجمه 256 KB.
error-policy-language-published = يوجد بالفعل نص بلغة { $lang } في هذا الإصدار. لا تُستبدل النصوص المنشورة أبدًا: يُرجى نشر إصدار جديد بدلًا من ذلك.
error-policy-version-unknown = لا يوجد الإصدار { $version } من هذه السياسة.
error-policy-reference-missing = يحتاج الإصدار الجديد إلى نص بلغة { $lang }، وهي اللغة التي يمكن لكل قارئ الرجوع إليها.
error-policy-outdated = حُدِّث هذا النص قبل لحظات. يُرجى قراءة الإصدار الجديد.
error-policy-not-accepted = يُرجى قراءة مدونة السلوك وتوقيعها لتسجيل الوصول.
error-member-not-found = هذا العضو غير موجود في قائمة الأعضاء.
error-member-session-required = يُرجى تمرير بطاقتكم مرة أخرى، أو التوجه إلى مكتب الاستقبال.
error-acceptance-not-found = لا يوجد إيصال بهذا الرقم.

## قراءة سياسة وتوقيعها
policy-fallback = هذا النص غير متوفر بلغتكم بعد، لذا يُعرض باللغة الرئيسية للمكان.
policy-read-hint = يُرجى القراءة حتى النهاية للمتابعة.
policy-read-done = شكرًا على القراءة.
policy-continue = المتابعة إلى التوقيع
policy-decline = لا أوافق
policy-decline-confirm = هل أنتم متأكدون؟ بدون الموافقة لا يمكنكم تسجيل الوصول اليوم.
policy-decline-keep = رجوع
policy-decline-yes = نعم، لا أوافق
policy-sign-title = وقّعوا للموافقة
policy-sign-intro = بتوقيعكم، فإنكم توافقون على «{ $title }»، الإصدار { $version }.
policy-signer-name = اسمكم
policy-signature-label = التوقيع: وقّعوا بإصبعكم
policy-signature-hint = وقّعوا هنا
policy-signature-clear = مسح
policy-signature-undo = تراجع
policy-agree = أوافق
policy-declined-title = شكرًا على وقتكم
policy-declined-body = لا يمكننا استقبال إلا من يقبل قواعدنا. إذا كان لديكم سؤال عنها، يُرجى التحدث إلى أحد الموظفين في مكتب الاستقبال.

## عضو عند الكشك
member-hello = مرحبًا، { $name }
member-pending = { $count ->
    [zero] لا توجد مستندات تنتظر توقيعكم.
    [one] يُرجى قراءة هذا المستند وتوقيعه قبل المتابعة:
    [two] يُرجى قراءة هذين المستندين وتوقيعهما قبل المتابعة:
    [few] يُرجى قراءة هذه المستندات وتوقيعها قبل المتابعة، وعددها { $count } مستندات:
    [many] يُرجى قراءة هذه المستندات وتوقيعها قبل المتابعة، وعددها { $count } مستندًا:
   *[other] يُرجى قراءة هذه المستندات وتوقيعها قبل المتابعة، وعددها { $count } مستند:
}
member-up-to-date = لقد وقّعتم على كل شيء. شكرًا لكم!
member-signed = تم التوقيع. يمكن للموظفين طباعة إيصال لكم.
member-start = ابدأوا القراءة
member-guest = تسجيل وصول ضيف

## الموظفون: تسليم الكشك إلى عضو
staff-members-title = توقيع الأعضاء
staff-members-help = ابحثوا عن العضو، ثم سلّموه الكشك ليوقّع على السياسات التي لم يوقّع عليها بعد. ستنتهي جلسة الموظف الحالية.
staff-members-search = اسم العضو
staff-members-handover = التسليم إلى { $name }
error-badge-random-uid = تُظهر هذه البطاقة رقمًا مختلفًا في كل مرة تُمرَّر فيها (كما تفعل الهواتف وبعض البطاقات المصرفية أو بطاقات حماية الخصوصية)، لذا لا يمكن تسجيلها بطاقةً للدخول. يُرجى استخدام بطاقة عضوية.
error-badge-taken = هذه البطاقة مسجّلة الآن باسم { $owner }. أكّدوا لنقلها إلى هذا العضو بدلًا من ذلك.
error-badge-already-enrolled = هذه البطاقة مسجّلة بالفعل لهذا العضو.
error-badge-group-unknown = لا توجد هنا مجموعة دخول باسم «{ $group }».
error-badge-dates-invalid = { $field ->
    [valid_from] تاريخ البدء ليس تاريخًا صالحًا.
   *[valid_to] يجب أن يكون تاريخ الانتهاء تاريخًا يوافق تاريخ البدء أو يليه.
}
error-badge-not-found = هذه البطاقة لم تعد موجودة، أو أُلغيت بالفعل.
error-badge-no-card = يُرجى تمرير البطاقة على القارئ أولًا.
error-wifi-tier-unknown = لا توجد هنا شبكة واي فاي باسم { $tier }.
error-wifi-closed = { $opens ->
    [none] شبكة واي فاي الضيوف متوقفة.
   *[other] شبكة واي فاي الضيوف متوقفة حتى الساعة { $opens }.
}
error-wifi-hours-invalid = مدة تصريح الواي فاي من 1 إلى 168 ساعة.
error-wifi-pass-not-found = انتهى تصريح الواي فاي هذا بالفعل.
error-database-in-use = لا يزال الكشك يفتح قاعدة البيانات. أغلقوا الكشك ثم أعيدوا الاستعادة. لم يتغير شيء.
error-key-missing = أسرار الموظفين في قاعدة البيانات هذه مختومة بمفتاح الموقع { $fingerprint }، وهو غير موجود في { $path }. ضعوا ملف المفتاح هناك (النسخة المحفوظة بعيدًا عن النسخ الاحتياطية) ثم ابدأوا من جديد. لم يتغير شيء.
error-key-mismatch = يحتوي ملف المفتاح { $path } على المفتاح { $found }، لكن قاعدة البيانات هذه تحتاج إلى { $expected }. ضعوا ملف المفتاح الصحيح هناك ثم ابدأوا من جديد. لم يتغير شيء.
error-key-unreadable = تعذرت قراءة ملف المفتاح { $path } ({ $problem }). لم يتغير شيء.
error-secret-unreadable = لا يمكن فتح سر محفوظ بمفتاح الموقع هذا. يمكن للموظفين إعادة إعداد العامل الثاني بالأمر ”lobby staff reset-totp الاسم“.
error-notification-not-found = لا توجد رسالة كهذه إلى مضيف. أعد تحميل القائمة.
error-notification-sent = سُلّمت هذه الرسالة من قبل، لذا لن تُرسل مرة أخرى.
error-invitation-unknown = لا نجد رمز الدعوة هذا. يُرجى التحقق منه أو السؤال في الاستقبال.
error-invitation-expired = انتهت هذه الدعوة في { $until }. يُرجى السؤال في الاستقبال.
error-invitation-not-yet = هذه الدعوة ليوم { $from }. يُرجى السؤال في الاستقبال.
error-invitation-cancelled = أُلغيت هذه الدعوة. يُرجى السؤال في الاستقبال.
error-invitation-used = استُخدمت هذه الدعوة للتسجيل من قبل. يُرجى السؤال في الاستقبال.
error-invitation-dates = تبدأ الدعوة اليوم أو بعده وتدوم من يوم إلى 30 يومًا.
error-profile-not-found = لم نعثر على هذا العنوان. يُرجى التحقق منه أو التسجيل كزائر جديد.
error-approval-needed = يُرجى الانتظار، سيأتي أحد إليك قريبًا.
error-approval-not-found = لم يعد هذا التسجيل بانتظار الموافقة.
error-deny-entry-not-found = لا يوجد إدخال { $id } في قائمة المنع.
error-person-not-found = لا يحتفظ Lobby بأي شيء عن هذا الشخص.
error-hold-dates-invalid = ينتهي الحجز القانوني في يوم بعد اليوم.
error-invitation-denied = يطابق هذا الضيف الإدخال { $id } في قائمة المنع: لم تُنشأ دعوة. يُرجى السؤال في الاستقبال.
error-request-date-invalid = يُستلم الطلب اليوم أو في يوم سابق (YYYY-MM-DD).
error-storage-full = لا يستطيع هذا الجهاز اللوحي حفظ أي شيء الآن: مساحة التخزين فيه ممتلئة. لم يُحفظ أي شيء. يُرجى التوجه إلى مكتب الاستقبال.
error-backup-invalid = لا يمكن استخدام هذه النسخة الاحتياطية: { $problem }
error-database-unreadable = تتعذّر قراءة قاعدة البيانات { $path } ({ $reason }). لم يُغيَّر أي شيء. استعيدوا آخر نسخة احتياطية سليمة: «lobby backup list»، ثم «lobby backup restore FILE».
error-wifi-not-shared = لكل ضيف في هذه الشبكة بيانات دخول خاصة به، لذا لا توجد كلمة مرور مشتركة لتغييرها.

## بطاقة مُمرَّرة عند الشاشة الرئيسية
badge-refused = { $reason ->
    [unknown] لم يُتعرَّف على هذه البطاقة. يُرجى التوجه إلى مكتب الاستقبال.
    [revoked] هذه البطاقة لم تعد صالحة. يُرجى التوجه إلى مكتب الاستقبال.
    [outside-dates] هذه البطاقة غير صالحة اليوم. يُرجى التوجه إلى مكتب الاستقبال.
    [suspended] عُلّقت هذه البطاقة بعد بلاغ بفقدانها أو سرقتها. يُرجى مراجعة موظفي الاستقبال: يمكنهم إعادة تفعيلها.
    [typed] الرقم المكتوب لا يُسجَّل أبدًا: ضعوا البطاقة على القارئ.
   *[unreadable] تعذّرت قراءة البطاقة. يُرجى إبقاؤها ثابتة على القارئ والمحاولة مرة أخرى.
}
member-checked-in = تم تسجيل وصولكم لهذا اليوم.

## الموظفون: البطاقات
staff-badges-title = البطاقات
staff-badges-help = ابحثوا عن عضو لتسجيل بطاقاته أو إلغائها أو استبدالها.
staff-badges-suspended-title = معلّقة بعد بلاغ فقدان
staff-badges-suspended-hint = يمكن لأي شخص يعرف اسم العضو وبريده الإلكتروني الإبلاغ عن فقدان بطاقته. إن كانت البطاقة لا تزال معه فأعيدوا تفعيلها: تعمل عند التمرير التالي.
staff-badge-restore = إعادة التفعيل
staff-badge-restore-person = إعادة تفعيل بطاقة { $name }
staff-badge-restored = عادت البطاقة { $uid } الخاصة بـ { $name } إلى العمل.
staff-badges-search = ابحثوا عن عضو
staff-member-add = ليس في القائمة؟ أضيفوا عضوًا
staff-member-add-confirm = إضافة هذا العضو
staff-badges-member = بطاقات { $name }
staff-badges-none = لا توجد بطاقات بعد.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] نشطة
    [not-yet-valid] لم تصبح صالحة بعد
    [expired] منتهية الصلاحية
   *[revoked] ملغاة
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
    [iso-14443-4] بطاقة ISO 14443-4
   *[unknown] بطاقة غير معروفة
}
staff-badge-revoke = إلغاء البطاقة
staff-badge-replace = استبدال بطاقة مفقودة
staff-badge-enroll = تسجيل بطاقة
staff-badge-groups = مجموعات الدخول
staff-badge-valid-from = صالحة من
staff-badge-valid-to = صالحة حتى (اختياري)
staff-badge-read = قراءة البطاقة
staff-badge-tap-now = مرّروا البطاقة على القارئ الآن.
staff-badge-card = البطاقة { $uid } ({ $type })
staff-badge-owner = هذه البطاقة مسجّلة باسم { $name }.
staff-badge-reassign = نقلها إلى { $name }
staff-badge-confirm = تسجيل هذه البطاقة
staff-badge-enrolled = تم تسجيل البطاقة { $uid }.
staff-badge-revoked = تم إلغاء البطاقة.
staff-badge-cancel = إيقاف القراءة
staff-badge-self = استخدام بطاقة كبطاقة الموظف الخاصة بي
staff-badge-self-confirm = اعتماد هذه البطاقة بطاقةً للموظف
staff-badge-self-done = تم إعداد بطاقة الموظف: مرّروها وأدخلوا رمز PIN لتسجيل الدخول.
staff-approvals-title = تسجيلات بانتظار الموظفين
staff-approvals-match = يطابق الإدخال { $entry } في قائمة المنع
staff-approvals-reason = في القائمة بسبب: { $reason }
staff-approvals-since = بانتظار منذ { $time }
staff-approvals-approve = السماح بالدخول
staff-approvals-deny = الرفض
staff-approvals-denied = رُفض. لم تُحفظ أي زيارة.
staff-members-today-title = الأعضاء الحاضرون اليوم
staff-members-today-none = لم يسجّل أي عضو دخوله بالبطاقة اليوم بعد.

## إرشادات السلامة على الشاشة الرئيسية. كل بيانات الموقع معاملات: $site و$address و$fire
## و$medical و$police و$security و$assembly_point و$first_aid و$aed و$privacy_contact
## و$camera_retention_days.
signage-label = إرشادات السلامة
signage-position = الإرشاد { $n } من { $count }
signage-pause = إيقاف مؤقت
signage-resume = استئناف
signage-previous = الإرشاد السابق
signage-next = الإرشاد التالي
signage-exits-title = مخارج الطوارئ ونقطة التجمع
signage-exits-body = في حالات الطوارئ، غادروا من أقرب مخرج مُعلَّم. لا تستخدموا المصاعد. توجهوا إلى نقطة التجمع: { $assembly_point }.
signage-fire-alarm-title = إذا اكتشفتم حريقًا
signage-fire-alarm-body = أطلقوا الإنذار من أقرب نقطة إنذار حمراء، واتصلوا بالرقم { $fire }. اذكروا العنوان: { $address }. لا تستخدموا طفاية الحريق إلا إذا كنتم مدرَّبين على ذلك وكان استخدامها آمنًا.
signage-first-aid-title = الإسعافات الأولية
signage-first-aid-body = حقيبة الإسعافات الأولية: { $first_aid }. في حالات الطوارئ اتصلوا بالرقم { $medical }. أمن الموقع: { $security }.
signage-after-hours-title = المكان مغلق الآن
signage-after-hours-body = لا يُسمح بالدخول إلا للأعضاء الذين تتيح لهم بطاقاتهم الدخول، ويجب أن يكون الزوار برفقة الشخص الذي يزورونه. يمكن استخدام مخارج الطوارئ في كل الأوقات.
signage-cctv-title = كاميرات مراقبة لأغراض أمنية
signage-cctv-body = تسجّل الكاميرات عند المداخل حمايةً للأشخاص والممتلكات. تُحفظ التسجيلات لمدة { $camera_retention_days ->
    [zero] { $camera_retention_days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $camera_retention_days } أيام
    [many] { $camera_retention_days } يومًا
   *[other] { $camera_retention_days } يوم
} ولا تُشاهَد إلا بعد وقوع حادث. للاستفسار أو للاطلاع على بياناتكم: { $privacy_contact }.
signage-report-title = هل لاحظتم شيئًا؟ أبلغوا عنه هنا
signage-report-body = بطاقة مفقودة، أو شخص يدخل خلف الآخرين، أو بريد إلكتروني غريب، أو تسريب محتمل للبيانات: اضغطوا على «الإبلاغ عن مشكلة أمنية». لا يُعاقَب أحد أبدًا على الإبلاغ، أما إخفاء الخرق الأمني فيُعاقَب عليه.
signage-wifi-safety-title = الأمان على شبكة الواي فاي
signage-wifi-safety-body = شبكة الضيوف منفصلة عن شبكة الأعضاء. على أي شبكة مشتركة، استخدموا HTTPS والشبكة الافتراضية الخاصة (VPN) بكم، وحدّثوا أجهزتكم باستمرار، وتحققوا من الاسم الدقيق للشبكة مع الموظفين.
signage-phishing-title = التصيّد الاحتيالي: توقّفوا، تحقّقوا، أبلغوا
signage-phishing-body = لن نطلب منكم أبدًا كلمة المرور عبر البريد الإلكتروني أو الدردشة أو النوافذ المنبثقة. تحققوا من المرسل قبل فتح الروابط أو المرفقات، وأبلغوا عن أي شيء غريب عند هذا الكشك.

## الشاشة الرئيسية خارج ساعات العمل
home-closed-title = { $site } مغلق الآن
home-closed-opens = نفتح مجددًا: { $day }، الساعة { $time }.
home-closed-members = الأعضاء: مرّروا بطاقتكم على القارئ.
home-closed-visitors = الزوار: يُرجى الاتصال بالرقم { $security } أو الطلب من الشخص الذي تزورونه أن يستقبلكم.
home-closed-check-in = تسجيل الوصول: الزيارات المسموح بها خارج ساعات العمل
home-report = الإبلاغ عن مشكلة أمنية

## الإبلاغ عن مشكلة أمنية (لأي شخص، من الشاشة الرئيسية)
report-title = الإبلاغ عن مشكلة أمنية
report-intro = لا يُعاقَب أحد أبدًا على الإبلاغ. أخبرونا بما لاحظتم؛ يرى الموظفون كل بلاغ على شاشتهم في هذا الكشك.
report-kind-title = بمَ يتعلق الأمر؟
report-kind = { $kind ->
    [lost-badge] بطاقة مفقودة أو مسروقة
    [suspicious-person] شخص مريب
    [phishing] تصيّد احتيالي أو رسالة غريبة
    [network-breach] اختراق محتمل للشبكة
    [data-exposure] بيانات شخصية مكشوفة
   *[other] أمر آخر
}
report-kind-help = { $kind ->
    [lost-badge] نوقف البطاقة حتى لا يستخدمها أحد غيركم.
    [suspicious-person] شخص يدخل خلف الآخرين، أو يوجد في مكان لا ينبغي أن يكون فيه.
    [phishing] بريد إلكتروني أو رسالة أو مكالمة تطلب كلمات مرور أو دفع مبلغ.
    [network-breach] جهاز يتصرف بشكل غريب، أو رابط تتمنون لو لم تضغطوا عليه.
    [data-exposure] أوراق أو شاشات أو ملفات تُظهر بيانات أشخاص آخرين.
   *[other] أي شيء آخر يقلقكم.
}
report-description = ماذا حدث، ومتى، وأين؟
report-description-optional = هل هناك شيء آخر ينبغي أن نعرفه؟ (اختياري)
report-contact = كيف يمكننا التواصل معكم؟ (اختياري)
report-contact-help = عنوان بريد إلكتروني أو رقم هاتف، إن أردتم أن نرد عليكم.
report-personal-data = قد يتعلق الأمر ببيانات شخصية لأشخاص آخرين
report-member-title = بطاقتكم
report-member-search = اسمكم
report-member-email = عنوان البريد الإلكتروني المسجّل لدينا باسمكم
report-member-help = باسمكم وعنوان بريدكم الإلكتروني نوقف بطاقتكم فورًا. وبدونهما، يوقفها الموظفون بعد التحقق من هويتكم.
report-send = إرسال البلاغ
report-thanks-title = شكرًا لإبلاغنا
report-thanks-next = حُفظ بلاغكم. سيراه الموظفون فور تسجيل دخولهم التالي إلى هذا الكشك. إذا كان الأمر عاجلًا، فأخبروا مكتب الاستقبال أو اتصلوا بالرقم المذكور في إرشادات السلامة. إذا تركتم بيانات اتصال، فسيتواصل معكم الموظفون.
report-thanks-badge = { $count ->
    [0] ليست لديكم بطاقة مستخدمة، لذا لم يكن هناك ما يُوقَف.
    [zero] ليست لديكم بطاقة مستخدمة، لذا لم يكن هناك ما يُوقَف.
    [one] أُوقفت بطاقتكم: لم تعد تفتح أي شيء. اطلبوا بطاقة جديدة من مكتب الاستقبال.
    [two] أُوقفت بطاقتاكم: لم تعودا تفتحان أي شيء. اطلبوا بطاقتين جديدتين من مكتب الاستقبال.
    [few] أُوقفت بطاقاتكم، وعددها { $count } بطاقات: لم تعد تفتح أي شيء. اطلبوا بطاقات جديدة من مكتب الاستقبال.
    [many] أُوقفت بطاقاتكم، وعددها { $count } بطاقةً: لم تعد تفتح أي شيء. اطلبوا بطاقات جديدة من مكتب الاستقبال.
   *[other] أُوقفت بطاقاتكم، وعددها { $count } بطاقة: لم تعد تفتح أي شيء. اطلبوا بطاقات جديدة من مكتب الاستقبال.
}
report-thanks-not-identified = عنوان البريد الإلكتروني هذا لا يطابق سجلاتنا، لذا سيتحقق الموظفون من هويتكم ثم يوقفون البطاقة.
report-thanks-reference = رقم البلاغ { $id }
report-thanks-danger = إذا كان أي شخص في خطر، فاتصلوا الآن بالرقم { $police }.

## وضع الطوارئ: يُعرض بكل اللغات المضبوطة في آنٍ واحد
emergency-title = { $kind ->
    [fire] حريق: غادروا المبنى الآن
    [shelter] احتموا في أماكنكم: ابقوا في الداخل
    [medical] حالة طوارئ طبية
   *[custom] حالة طوارئ
}
emergency-action = { $kind ->
    [fire] استخدموا أقرب مخرج. لا تستخدموا المصاعد. توجهوا إلى نقطة التجمع: { $assembly_point }.
    [shelter] توجّهوا إلى مكان الاحتماء: { $shelter }. ابتعدوا عن النوافذ، وأغلقوا الأبواب، وانتظروا تعليمات الموظفين.
    [medical] اتصلوا بالرقم { $medical }. الإسعافات الأولية: { $first_aid }. أبقوا الطريق خاليًا لفرق الإسعاف.
   *[custom] اتبعوا تعليمات الموظفين.
}
emergency-aed = جهاز إزالة الرجفان (AED): { $aed }
emergency-assembly = نقطة التجمع: { $assembly_point }
emergency-shelter = مكان الاحتماء: { $shelter }
emergency-first-aid = حقيبة الإسعافات الأولية: { $first_aid }
emergency-numbers = الإطفاء { $fire } · الإسعاف { $medical } · الشرطة { $police } · أمن الموقع { $security }
emergency-address = العنوان: { $address }
emergency-since = منذ { $time }
emergency-staff = الموظفون: تفقّد الحضور وإعلان زوال الخطر
emergency-label = طوارئ

## الموظفون: وضع الطوارئ والبلاغات الأمنية
staff-emergency-title = وضع الطوارئ
staff-emergency-start = { $kind ->
    [fire] إخلاء بسبب حريق
    [shelter] الاحتماء في المكان
    [medical] حالة طوارئ طبية
   *[custom] رسالة مخصصة
}
staff-emergency-message = الرسالة المعروضة على الشاشة
staff-emergency-confirm = هل تريدون بدء وضع الطوارئ الآن؟ سيظهر على كل الشاشات حتى تنهوه.
staff-emergency-on = وضع الطوارئ مفعّل: { $kind }
staff-emergency-end = زال الخطر: إنهاء وضع الطوارئ
staff-emergency-end-confirm = هل الجميع بأمان ويمكنهم العودة إلى الداخل؟ ستعود كل الشاشات إلى وضعها العادي.
staff-emergency-end-yes = نعم، زال الخطر
staff-emergency-ended = انتهى وضع الطوارئ بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}.
staff-incidents-title = البلاغات الأمنية
staff-incidents-none = لا توجد بلاغات مفتوحة.
staff-incidents-count = { $count ->
    [zero] لا توجد بلاغات مفتوحة
    [one] بلاغ مفتوح واحد
    [two] بلاغان مفتوحان
    [few] { $count } بلاغات مفتوحة
    [many] { $count } بلاغًا مفتوحًا
   *[other] { $count } بلاغ مفتوح
}
staff-incident-reported = تاريخ البلاغ: { $at }
staff-incident-status = { $status ->
    [open] جديد
    [acknowledged] قيد المعالجة
   *[closed] مغلق
}
staff-incident-member = العضو: { $name }
staff-incident-suspended = { $count ->
    [0] لم تكن هناك بطاقة مستخدمة.
    [zero] لم تكن هناك بطاقة مستخدمة.
    [one] أُوقفت بطاقة واحدة.
    [two] أُوقفت بطاقتان.
    [few] أُوقفت { $count } بطاقات.
    [many] أُوقفت { $count } بطاقةً.
   *[other] أُوقفت { $count } بطاقة.
}
staff-incident-contact = بيانات الاتصال: { $contact }
staff-incident-clock = بيانات شخصية: أبلغوا السلطة الرقابية في موعد أقصاه { $at } إن كان ذلك مطلوبًا ({ $hours ->
    [zero] تبقّى أقل من ساعة
    [one] تبقّت ساعة واحدة
    [two] تبقّت ساعتان
    [few] تبقّت { $hours } ساعات
    [many] تبقّت { $hours } ساعةً
   *[other] تبقّت { $hours } ساعة
}).
staff-incident-overdue = بيانات شخصية: انقضت مهلة الـ72 ساعة في { $at }.
staff-incident-acknowledge = تأكيد الاستلام
staff-incident-close = إغلاق مع ملاحظة
staff-incident-note = ما تم اتخاذه من إجراءات
staff-plan-incidents = { $open ->
    [0] لا توجد بلاغات أمنية مفتوحة.
    [zero] لا توجد بلاغات أمنية مفتوحة.
    [one] بلاغ أمني مفتوح واحد.
    [two] بلاغان أمنيان مفتوحان.
    [few] { $open } بلاغات أمنية مفتوحة.
    [many] { $open } بلاغًا أمنيًا مفتوحًا.
   *[other] { $open } بلاغ أمني مفتوح.
}
staff-plan-incidents-personal = { $count ->
    [zero] لا يتعلق أيٌّ منها ببيانات شخصية
    [one] بلاغ واحد منها يتعلق ببيانات شخصية
    [two] بلاغان منها يتعلقان ببيانات شخصية
    [few] { $count } بلاغات منها تتعلق ببيانات شخصية
    [many] { $count } بلاغًا منها تتعلق ببيانات شخصية
   *[other] { $count } بلاغ منها يتعلق ببيانات شخصية
}، وتجاوز { $overdue } منها مهلة الـ72 ساعة.
error-no-emergency = وضع الطوارئ غير مفعّل.
error-incident-not-found = هذا البلاغ مغلق بالفعل، أو غير موجود.
pictogram-name = { $code ->
    [E001] مخرج طوارئ (إلى اليسار)
    [E002] مخرج طوارئ (إلى اليمين)
    [E003] الإسعافات الأولية
    [E004] هاتف الطوارئ
    [E007] نقطة التجمع
    [E010] جهاز إزالة الرجفان (AED)
    [F001] طفاية حريق
   *[F005] نقطة إنذار الحريق
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = لوحة المفاتيح على الشاشة
keyboard-backspace = حذف
keyboard-shift = الأحرف الكبيرة
keyboard-space = مسافة
keyboard-close = إخفاء لوحة المفاتيح
keyboard-enter = إدخال: الحقل التالي أو المتابعة
keyboard-layouts = تغيير تخطيط لوحة المفاتيح
keyboard-accents = أحرف بعلامات
keyboard-letters = الأحرف
keyboard-candidates = رموز لـ { $pinyin }
keyboard-candidates-more = رموز أخرى
keyboard-candidates-back = الرموز السابقة

## التسجيل بدعوة
home-invitation = لديّ دعوة
invite-code-title = دعوتك
invite-code-field = رمز الدعوة
invite-code-help = اكتب الرمز المكوّن من 8 خانات في دعوتك، أو قرّب رمز QR من الماسح.
invite-confirm-title = أهلًا بك، { $name }!
invite-confirm-host = أنت تزور { $host } اليوم.
invite-confirm-yes = نعم، هذا أنا
invite-confirm-no = هذا ليس أنا

## الموظفون: الدعوات والرسائل إلى المضيفين
staff-expected-title = المتوقَّعون اليوم
staff-expected-none = لا ضيوف مدعوّين اليوم.
staff-expected-arrived = وصل
staff-expected-waiting = متوقَّع
staff-expected-for = لـ { $host }
staff-invitation-cancel = إلغاء
staff-invitation-cancel-person = إلغاء دعوة { $name }
staff-outbox-title = رسائل إلى المضيفين لم تُسلَّم بعد
staff-outbox-line = { $channel } إلى { $host }: { $state ->
    [failed] لم تُسلَّم
   *[waiting] بانتظار الإرسال
}
staff-outbox-resend = إعادة الإرسال
staff-outbox-resend-person = أعد إرسال الرسالة إلى { $host }
staff-invite-open = دعوة ضيف
staff-invite-host = المضيف (اكتب حرفين)
staff-invite-host-chosen = المضيف: { $host }
staff-invite-host-change = تغيير
staff-invite-date = اليوم الأول (YYYY-MM-DD)
staff-invite-days = الأيام
staff-invite-create = إنشاء الدعوة
staff-invite-made = دعوة لـ { $name }: { $code }
staff-invite-emailed = بريد الدعوة في طريقه إلى { $email }.
staff-invite-give-code = أعطِ الضيف هذا الرمز.
staff-member-notify-title = كيف يعلم الأعضاء بوصول ضيوفهم
staff-member-notify-how = طريقة الإبلاغ
staff-member-notify-search = العضو (اكتب حرفين)
staff-member-notify-site = الإعداد الافتراضي للمكان
staff-member-notify-none = أبدًا
staff-member-notify-off = لا توجد قناة مُعدّة في lobby.toml ‏([notifications]): لا يُبلَّغ أحد بعد.
staff-member-notify-no-email = لا يوجد عنوان بريد إلكتروني مسجّل: لا يصل البريد إلى هذا العضو.
staff-member-notify-language = لغة رسائله
staff-member-notify-language-site = اللغة الأولى للمكان
staff-member-notify-save = حفظ
staff-member-notify-saved = حُفظ لـ { $name }.
staff-channel = { $channel ->
    [email] البريد الإلكتروني
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = الأسطول
staff-fleet-member = الموقع { $site }، الجهاز اللوحي { $tablet }
staff-fleet-connected = متصل بخادم الموقع
staff-fleet-disconnected = غير متصل بخادم الموقع
staff-fleet-waiting = تغييرات تنتظر الإرسال: { $count }
staff-fleet-oldest = أقدم تغيير منتظر: { $at }
staff-fleet-ack = آخر استلام من الخادم: { $at }
staff-fleet-ack-none = لم يستلم الخادم أي شيء بعد
staff-fleet-error = آخر مشكلة: { $reason }
staff-fleet-tablets = أجهزة هذا الموقع
staff-fleet-tablet-this = { $tablet } (هذا الجهاز)
staff-fleet-tablet-connected = متصل
staff-fleet-tablet-away = لا أخبار
staff-fleet-tablet-contact = آخر اتصال { $at }
staff-fleet-tablet-waiting = { $count } في الانتظار
staff-fleet-site-config = إعدادات الموقع من المركز، أُرسلت { $at }: حُفظت، وتُستخدم من التشغيل التالي للكشك
staff-fleet-site-config-received = إعدادات الموقع من المركز، أُرسلت { $at }: استُلمت
staff-fleet-site-config-error = إعدادات الموقع من المركز، أُرسلت { $at }، تعذّر استخدامها: { $reason }
staff-fleet-flags = يحتاج إلى انتباهك
staff-fleet-flag = { $problem ->
    [badge-conflict] أُعطيت بطاقة واحدة لعضوين: { $detail }
    [badge-unknown-member] أُعطيت بطاقة لعضو لا يعرفه المركز: { $detail }
   *[other] { $detail }
}
fleet-error-server = عنوان الخادم أو شهادته غير صالح للاستخدام
fleet-error-no-stream = ليس لدى الخادم بعدُ تدفق لهذا الموقع
fleet-error-timeout = لم يُجب الخادم في الوقت المحدد
fleet-error-unreachable = تعذّر الوصول إلى الخادم
fleet-error-refused = رفض الخادم التغيير
fleet-error-database = تعذّرت قراءة قاعدة البيانات أو الكتابة فيها
fleet-error-credentials = رفض الخادم بيانات الاعتماد (ملغاة أو خاطئة)
fleet-error-permission = لا يسمح الخادم لهذا الجهاز اللوحي بالإرسال إلى هنا
