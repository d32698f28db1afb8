# سطر أوامر Lobby (`lobby doctor` و`lobby audit verify` و`lobby staff add`
# و`lobby demo seed`): نص عادي للمشغّلين، بلغة المشغّل (من LANG).

cli-error = خطأ: { $message }

## ملف lobby.toml مرفوض: الملف والمفتاح وموضع الخطأ
cli-config-refused = رُفضت الإعدادات ولم يُغيَّر أي شيء. { $file }، المفتاح «{ $key }»: { $problem }
cli-config-refused-file = رُفضت الإعدادات ولم يُغيَّر أي شيء. { $file }: { $problem }
cli-config-unreadable = تتعذّر قراءة الملف ({ $reason }).
cli-config-syntax = تتعذّر قراءة هذه القيمة: { $detail }.
cli-config-text-length = اكتب من 1 إلى { $max } حرفًا.
cli-config-time-zone = { $value } ليست منطقة زمنية؛ استخدم اسمًا من IANA مثل Europe/Berlin.
cli-config-kiosk-id = استخدم من 1 إلى 40 حرفًا أو رقمًا أو «-» أو «_».
cli-config-range = استخدم رقمًا من { $min } إلى { $max }، وليس { $value }.
cli-config-languages-empty = أدرج لغة واحدة على الأقل.
cli-config-language-unknown = { $value } ليست لغة مضمّنة (اللغات المضمّنة: { $shipped }).
cli-config-language-twice = { $value } مُدرجة مرتين.
cli-config-hours = { $value } ليست ساعات عمل؛ اكتب «08:00-20:00» أو «closed».
cli-config-hours-order = { $value }: يجب أن يكون وقت الإغلاق بعد وقت الفتح.
cli-config-phone = { $value } ليس رقم هاتف (الأرقام والمسافات والرموز + - ( ) / فقط).
cli-config-visit-kind = نوع زيارة غير معروف (الأنواع المعروفة: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = اكتب النص بلغة واحدة على الأقل.
cli-config-translated-offered = اكتب النص بلغة واحدة على الأقل من kiosk.languages.
cli-config-policy-id = { $value } ليس معرّف سياسة صالحًا؛ استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة، مثل house-rules.
cli-config-policy-unlisted = { $value } غير مُدرج في policies.documents؛ أدرجه هناك أولًا.
cli-config-group-unlisted = { $value } ليس من badges.access_groups؛ أدرجه هناك أولًا.
cli-config-signage-unknown = { $value } ليس إرشادًا قياسيًا (الإرشادات القياسية: { $known }).
cli-config-signage-id = استخدم من 1 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، على أن يختلف عن معرّف كل إرشاد آخر.
cli-config-pictogram = { $value } ليس رمزًا تصويريًا مضمّنًا (الرموز المضمّنة: { $known }).
cli-config-dates-order = يجب ألا يكون اليوم الأخير قبل اليوم الأول.

## lobby audit verify
cli-audit-intact = سجل التدقيق سليم: { $entries ->
    [zero] لا توجد إدخالات للتحقق منها.
    [one] تم التحقق من إدخال واحد.
    [two] تم التحقق من إدخالين.
    [few] تم التحقق من { $entries } إدخالات.
    [many] تم التحقق من { $entries } إدخالًا.
   *[other] تم التحقق من { $entries } إدخال.
}
cli-audit-broken = سجل التدقيق تالف عند الإدخال رقم { $seq }: { $problem ->
    [altered] تم تغيير محتواه.
    [unlinked] لم يعد يلي الإدخال الذي قبله؛ فقد حُذف إدخال أو استُبدل أو نُقل.
    [missing] توجد إدخالات مفقودة هنا.
    [unkeyed] غير موقّع بمفتاح الموقع: أُعيدت كتابة السجل من هنا.
    [wrong-key] السجل موقّع بمفتاح موقع آخر.
   *[truncated] اقتُطعت إدخالات من نهاية السجل.
}
cli-audit-key-matches = تم التحقق بمفتاح الموقع { $fingerprint } ({ $path }): إنه مطابق.
cli-audit-key-absent = لا يوجد مفتاح موقع في { $path }: تم التحقق من ترتيب { $unchecked } من الإدخالات الموقّعة فقط.
cli-audit-unkeyed = السجل غير موقّع (كُتب قبل مفاتيح المواقع).
cli-audit-checked-with = تم التحقق بمفتاح الموقع { $fingerprint } ({ $path }).
cli-audit-head = الإدخال { $seq } ({ $at }): { $head }
    دوّنوه أو احفظوه بعيدًا عن الكشك؛ لاحقًا يثبت الأمر ”lobby audit verify --head { $head }“ أن السجل ما زال يحتويه.
cli-audit-head-empty = سجل التدقيق فارغ.
cli-audit-head-invalid = ”{ $head }“ ليس رأسًا: أدخلوا الإدخال:التجزئة كما يطبعه ”lobby audit head“ (16 رقمًا ست عشريًا على الأقل من التجزئة).
cli-audit-head-held = لا يزال الإدخال { $seq } يحمل التجزئة المدوّنة.
cli-audit-head-lost = لم يعد الإدخال { $seq } يحمل التجزئة المدوّنة: أُعيدت كتابة السجل أو استُبدل منذ ذلك الحين.
cli-plan-audit-head = رأس سجل التدقيق: { $head } (مفتاح الموقع { $key })
cli-backup-head = رأس سجل التدقيق فيها: { $head }
cli-backup-key-apart = مفتاح الموقع { $fingerprint } ليس في النسخة الاحتياطية. احفظوا نسخة من { $path } بعيدًا عن النسخ الاحتياطية: تحتاجه قاعدة البيانات المستعادة لتسجيل دخول الموظفين.
cli-install-key = مفتاح الموقع هو { $path } (الوضع 0600). احفظوا نسخة منه بعيدًا عن النسخ الاحتياطية.
cli-doctor-key = مفتاح الموقع
cli-doctor-key-ok = { $path } ({ $fingerprint })، المفتاح الذي خُتمت به قاعدة البيانات هذه
cli-doctor-key-none = لا مفتاح بعد: أول تشغيل ينشئ { $path }
cli-doctor-key-unused = { $path } موجود، لكن قاعدة البيانات لم تُختم به بعد: التشغيل التالي يختمها
cli-doctor-modes = صلاحيات الملفات
cli-doctor-modes-ok = مجلد البيانات ومفتاح الموقع لا يقرؤهما إلا مالكهما
cli-doctor-modes-open = ملفات أو مجلدات مفتوحة لمستخدمين آخرين: { $count }، مثل { $path } (الوضع { $mode }). الإصلاح: { $fix }

## lobby staff add
cli-staff-pin-prompt = رمز PIN للموظف { $name } (من 6 إلى 12 رقمًا):
cli-staff-pin-repeat = أعد إدخال رمز PIN:
cli-staff-pin-mismatch = رمزا PIN غير متطابقين. لم يُحفظ أي شيء.
cli-staff-added = تمت إضافة الموظف { $name }.
cli-staff-scan = امسح رمز QR هذا بتطبيق مصادقة، أو أدخل المفتاح يدويًا:
cli-staff-key = المفتاح: { $key }
cli-staff-uri = عنوان URI للتهيئة: { $uri }
cli-staff-qr-saved = تم حفظ رمز QR باسم { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = رمز PIN هذا سهل التخمين: { $rule ->
    [one-digit] فهو رقم واحد مكرر.
    [run] فأرقامه متتالية تصاعديًا أو تنازليًا، مثل 123456.
   *[demo] فهو رمز PIN المنشور للموقع التجريبي.
} لم يُحفظ أي شيء؛ اختر رمزًا آخر.
cli-staff-pin-in-use = لدى موظف نشط آخر رمز PIN هذا. لم يُحفظ أي شيء؛ اختر رمزًا آخر.
cli-staff-pin-short = يطلب هذا الموقع رموز PIN من { $min } أرقام على الأقل ([staff] pin_min_length). لم يُحفظ شيء؛ اختاروا رمزًا أطول.
cli-staff-list-active = نشط
cli-staff-list-disabled = معطَّل
cli-staff-list-badges = البطاقات: { $count }
cli-staff-count = حسابات الموظفين: { $count }
cli-staff-disabled = تم تعطيل حساب { $name }: لم يعد بالإمكان تسجيل الدخول به، وتنتهي فورًا أي جلسة مفتوحة له على الكشك.
cli-staff-already-disabled = حساب { $name } معطَّل بالفعل؛ لم يُغيَّر أي شيء.
cli-staff-enabled = يمكن لـ { $name } تسجيل الدخول من جديد.
cli-staff-unlocked = أُلغي قفل تسجيل الدخول لـ { $name }.
cli-staff-unlock-none = لم يكن أي تسجيل دخول لموظف في الانتظار.
cli-staff-already-enabled = حساب { $name } نشط بالفعل؛ لم يُغيَّر أي شيء.
cli-staff-pin-reset = لدى { $name } رمز PIN جديد.
cli-staff-totp-reset = لدى { $name } مفتاح مصادقة جديد؛ لم يعد المفتاح القديم يعمل.

## lobby demo seed
cli-demo-seeded = تمت إضافة البيانات التجريبية: { $members } من الأعضاء وحساب الموظف «{ $name }».
cli-demo-credentials = رمز PIN للموظف التجريبي: { $pin }. مفتاح المصادقة: { $key } (للعرض التجريبي فقط، ولا يُستخدم أبدًا لموقع حقيقي).
cli-demo-already = يحتوي مجلد البيانات هذا على البيانات التجريبية بالفعل؛ لم يُغيَّر أي شيء.
cli-demo-refused-site = يسمّي ملف الإعدادات الموقع «{ $site }»، وليس الموقع التجريبي.
cli-demo-refused-data = يحتوي مجلد البيانات { $path } بالفعل على بيانات موقع (حسابات الموظفين: { $staff }، الأعضاء: { $members }، الزيارات: { $visits }).
cli-demo-refused = لم تُضَف البيانات التجريبية: رمز PIN الخاص بموظفها ومفتاح المصادقة منشوران، لذا يستطيع أي شخص في موقع حقيقي تسجيل الدخول كموظف. لم يُغيَّر أي شيء؛ جرّب العرض التجريبي في مجلد بيانات فارغ.

## lobby doctor
cli-doctor-ok = سليم
cli-doctor-problem = مشكلة
cli-doctor-warning = تحذير
cli-doctor-config = الإعدادات
cli-doctor-config-demo = لم يُحدَّد أي ملف: الوضع التجريبي مع الموقع النموذجي
cli-doctor-config-file = { $path }
cli-doctor-data-dir = مجلد البيانات
cli-doctor-data-dir-unwritable = لا يمكن الكتابة في { $path }: { $reason }
cli-doctor-database = قاعدة البيانات
cli-doctor-database-ok = { $path }، إصدار المخطط { $version }
cli-doctor-database-missing = لم تُنشأ بعد؛ ستُنشأ عند أول تشغيل للكشك
cli-doctor-audit = سجل التدقيق
cli-doctor-staff = حسابات الموظفين
cli-doctor-staff-none = لا يوجد: أضف حسابًا باستخدام `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = الحساب التجريبي { $names } (رمز PIN ومفتاح مصادقة منشوران) نشط في هذا الموقع: عطّله باستخدام `lobby staff disable NAME`
cli-doctor-policies = السياسات
cli-doctor-backup = النسخ الاحتياطية
cli-doctor-backup-ok = آخر نسخة في { $at }
cli-doctor-backup-stale = آخر نسخة احتياطية ({ $at }) أقدم من ضعف الفاصل الزمني المحدد: شغّل «lobby backup now» وتحقق من المجلد.
cli-doctor-backup-none = لا توجد نسخة احتياطية بعد: يُنشئ الكشك نسخة وفق جدوله، أو شغّل «lobby backup now».
cli-doctor-wifi = واي فاي الضيوف
cli-doctor-wifi-none = لم تُضبط أي فئات ([wifi.tiers] في lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: الفئات ذات الواجهة الخلفية "none" تظهر للضيوف، لكنها لا تُطبَّق على أي جهاز.
cli-doctor-policies-unpublished = لم تُنشر بعد: { $policies }. لن يُطلب من أحد توقيعها حتى تُنشر (lobby policy publish).
cli-doctor-readers = قارئات البطاقات
cli-doctor-readers-none = لا يوجد: وصّل قارئ PC/SC (لا يستطيع الأعضاء تسجيل الوصول ببطاقاتهم)
cli-doctor-readers-service = خدمة البطاقات لا تعمل ({ $reason }): شغّل pcscd
cli-doctor-display = الشاشة
cli-doctor-display-none = لا يوجد DISPLAY ولا WAYLAND_DISPLAY: لا يمكن فتح نافذة الكشك هنا
cli-doctor-fonts = الخطوط
cli-doctor-fonts-missing = لم يُعثر على خطوط Noto ({ $missing }): قد لا تظهر بعض أنظمة الكتابة
cli-doctor-session-bus = ناقل الجلسة
cli-doctor-session-bus-none = لا يوجد ناقل جلسة D-Bus: قد تُفتح نافذة كشك ثانية
cli-doctor-summary = { $problems ->
    [0] كل ما يحتاجه Lobby متوفر.
    [zero] لم يُعثر على أي مشكلة.
    [one] عُثر على مشكلة واحدة.
    [two] عُثر على مشكلتين.
    [few] عُثر على { $problems } مشكلات.
    [many] عُثر على { $problems } مشكلةً.
   *[other] عُثر على { $problems } مشكلة.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [zero] لم يُستورد أو يُحدَّث أي عضو.
    [one] تم استيراد أو تحديث عضو واحد.
    [two] تم استيراد أو تحديث عضوين.
    [few] تم استيراد أو تحديث { $count } أعضاء.
    [many] تم استيراد أو تحديث { $count } عضوًا.
   *[other] تم استيراد أو تحديث { $count } عضو.
}
cli-import-line = السطر { $line }: { $problem }
cli-export-written = { $rows ->
    [zero] لم يُكتب أي صف في { $path }.
    [one] تمت كتابة صف واحد في { $path }.
    [two] تمت كتابة صفين في { $path }.
    [few] تمت كتابة { $rows } صفوف في { $path }.
    [many] تمت كتابة { $rows } صفًا في { $path }.
   *[other] تمت كتابة { $rows } صف في { $path }.
}
cli-date-invalid = { $value } ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD.

## lobby policy
cli-policy-published = نُشر الإصدار { $version } من { $policy }.
cli-policy-text = { $lang }: «{ $title }»، SHA-256 { $hash }
cli-policy-lang-needed = حدّد لغة { $path } باستخدام --lang، مثل --lang fr.
cli-policy-folder-empty = لا يحتوي { $path } على أي ملفات .md؛ سمِّها باسم لغتها، مثل fr.md.
cli-policy-list-line = { $policy }: الإصدار { $version }، باللغات: { $langs }
cli-policy-list-none = { $policy }: لم يُنشر بعد
cli-policy-coverage = { $policy } الإصدار { $version }: وافق { $accepted } من أصل { $total } من الأعضاء.
cli-policy-coverage-missing = لم يوافقوا بعد: { $names }
cli-policy-verify-ok = { $count ->
    [zero] لا توجد موافقات للتحقق منها.
    [one] الموافقة مطابقة لنصها.
    [two] الموافقتان مطابقتان لنصّيهما.
    [few] { $count } موافقات، وكلها مطابقة لنصوصها.
    [many] { $count } موافقةً، وكلها مطابقة لنصوصها.
   *[other] { $count } موافقة، وكلها مطابقة لنصوصها.
}
cli-policy-verify-problem = الموافقة { $id }: { $problem ->
    [text-altered] تم تغيير النص الذي تشير إليه بعد نشره.
    [hash-mismatch] تذكر بصمة نص لا تخص نصها.
    [claims-mismatch] تذكر سياسة أو إصدارًا أو لغة غير ما يخص نصها.
   *[signature-altered] صورة التوقيع ليست الصورة المسجّلة.
}
cli-policy-receipt-written = تمت كتابة إيصال الموافقة { $id } في { $path }.

## إيصالات PDF للموافقة على السياسات
receipt-heading = إيصال الموافقة
receipt-policy = السياسة
receipt-version = الإصدار
receipt-language = اللغة
receipt-text-hash = بصمة النص (SHA-256)
receipt-signer = الموقّع
receipt-member = عضو
receipt-visitor = زائر
receipt-accepted-at = تاريخ الموافقة
receipt-kiosk = الكشك
receipt-signature = التوقيع
receipt-footer = يُثبت هذا الإيصال أن النص ذا البصمة المذكورة أعلاه تمت الموافقة عليه في الوقت المبيَّن. احتفظوا به كإثبات.

## lobby wifi
cli-config-age-recipient = { $value } ليس مفتاح age عامًا (age1…، كما يطبعه «age-keygen»).
cli-config-wifi-tier-id = { $value } ليس معرّف فئة واي فاي صالحًا؛ استخدم حتى 20 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات مفردة، مثل guest.
cli-config-wifi-ssid-empty = اسم الشبكة فارغ.
cli-config-wifi-ssid-long = اسم الشبكة أطول من 32 بايت.
cli-config-wifi-ssid-characters = يحتوي اسم الشبكة على أحرف لا يستطيع رمز QR نقلها بدقة (شرطة مائلة عكسية، أو أحرف تحكم أو اتجاه نص، أو علامات اقتباس حول الاسم كله).
cli-config-wifi-combination = لا تستطيع الواجهة الخلفية { $backend } تشغيل شبكات { $security } ببيانات اعتماد { $credentials } (freeradius: enterprise, per-guest؛ hostapd: wpa2؛ الشبكات المفتوحة: shared).
cli-config-wifi-section = تحتاج هذه الواجهة الخلفية إلى قسم [{ $section }].
cli-config-wifi-absolute = اكتب مسارًا مطلقًا.
cli-config-wifi-reload = اكتب الأمر على شكل قائمة، مثل ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } ليست من wifi.tiers؛ عرّفها هناك أولًا.
cli-config-notify-secret = حدّد واحدًا فقط من { $key } أو { $key }_file أو { $key }_env.
cli-config-notify-env = { $value } ليس اسم متغير بيئة؛ استخدم حروفًا وأرقامًا و«_».
cli-config-notify-url = { $value } ليس عنوان webhook؛ اكتب عنوان https:// ‏(http:// فقط إلى هذا الجهاز).
cli-config-notify-plain = { $value } ليس هذا الجهاز؛ استخدم security = "starttls" أو "tls" كي تنتقل كلمات المرور والرسائل مشفّرة.
cli-config-notify-from = { $value } ليس مُرسِلًا؛ اكتب «الاسم <address@example.com>» أو «address@example.com».
cli-config-notify-username = كلمة المرور تحتاج إلى اسم مستخدم.
cli-config-notify-channel = { $value } ليست قناة (القنوات: email وslack وteams وwebhook).
cli-config-print-uri = { $value } ليس عنوان طابعة؛ اكتب ipp://host/… أو ipps://host/… ‏(عنوان طابور CUPS هو ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } ليس مقاس وسائط (المقاسات: brother-62mm وbrother-29x90mm وdymo-99012 و4x3in و4x6in وa6، أو WIDTHxLENGTHmm، وكل ضلع من { $min } إلى { $max } مم).
cli-config-print-logo = { $value } ليس صورة PNG أو SVG يستطيع Lobby قراءتها.
cli-config-notify-unset = { $value } غير مُعدّة؛ أضف أولًا قسم [notifications.{ $value }].
cli-config-fleet-credentials = { $value } ليس ملف بيانات اعتماد صالحًا للأسطول ({ $reason })؛ استخدم الملف الذي كتبه lobby-hub kiosk add.
cli-config-fleet-server = { $value } ليس عنوان خادم NATS؛ اكتب nats://host:port أو tls://host:port، دون اسم مستخدم أو كلمة مرور.
cli-config-fleet-tablet = بيانات الاعتماد للجهاز اللوحي «{ $tablet }»، لكن هذا الكشك هو «{ $id }» ‏(kiosk.id).
cli-config-fleet-ca = { $value } ليس ملف شهادة PEM قابلًا للقراءة.
cli-wifi-network = الشبكة: { $ssid }
cli-wifi-username = اسم المستخدم: { $username }
cli-wifi-password = كلمة المرور: { $password }
cli-wifi-open = كلمة المرور: لا توجد (شبكة مفتوحة)
cli-wifi-expires = صالح حتى: { $at }
cli-wifi-pass-id = التصريح: { $id }
cli-wifi-revoked = أُلغي التصريح { $id }.
cli-wifi-rotated = { $tier }: كلمة مرور جديدة؛ موعد التغيير التالي: { $next }.
cli-wifi-none-shared = لا توجد فئة بكلمة مرور مشتركة.
cli-wifi-no-backend = لا تُطبَّق أي فئة على أي جهاز (كل الواجهات الخلفية "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend })، { $state }
cli-wifi-tier-open = تعمل
cli-wifi-tier-closed = متوقفة حتى موعد الفتح
cli-wifi-count = { $count ->
    [zero] لا توجد تصاريح سارية.
    [one] تصريح واحد سارٍ.
    [two] تصريحان ساريان.
    [few] { $count } تصاريح سارية.
    [many] { $count } تصريحًا ساريًا.
   *[other] { $count } تصريح سارٍ.
}
cli-wifi-backend-ok = { $backend }: متوافق مع قاعدة البيانات
cli-wifi-backend-failed = { $backend }: غير متوافق مع قاعدة البيانات: { $reason }

## lobby backup, lobby report
cli-backup-made = كُتبت النسخة الاحتياطية: { $path } ({ $bytes } بايت، عدد إدخالات التدقيق: { $entries }، وتم التحقق منها).
cli-backup-copied = نُسخت إلى { $path }.
cli-backup-count = { $count ->
    [zero] لا توجد نسخ احتياطية في { $folder }.
    [one] نسخة احتياطية واحدة في { $folder }.
    [two] نسختان احتياطيتان في { $folder }.
    [few] { $count } نسخ احتياطية في { $folder }.
    [many] { $count } نسخةً احتياطيةً في { $folder }.
   *[other] { $count } نسخة احتياطية في { $folder }.
}
cli-backup-none = لا توجد أي نسخة احتياطية في { $folder } بعد.
cli-backup-tested = نجح اختبار الاستعادة: يُفتح { $file } وسلسلة التدقيق فيه سليمة (عدد الإدخالات: { $entries }).
cli-backup-restored = تمت الاستعادة من { $file }: عدد إدخالات التدقيق: { $entries }، والسلسلة سليمة.
cli-backup-set-aside = حُفظت قاعدة البيانات التي استُبدلت باسم { $path }.
cli-plan-title = الخطة الأمنية لموقع { $site }، بتاريخ { $at }
cli-plan-backup = آخر نسخة احتياطية: { $at } (قديمة جدًا: { $stale })
cli-plan-restore-test = آخر اختبار استعادة: { $at } (ناجح: { $ok })
cli-plan-staff = حسابات الموظفين: { $accounts }؛ مع تطبيق مصادقة: { $authenticator }؛ مع بطاقة موظف: { $badge }
cli-plan-wifi = تصاريح واي فاي الضيوف السارية: { $passes }
cli-plan-wifi-shared = آخر تغيير لكلمة المرور المشتركة للفئة { $tier }: { $at }
cli-plan-policy = { $policy }: وافق { $accepted } من أصل { $members } من الأعضاء على الإصدار الحالي
cli-plan-roll-call = آخر تفقّد للحضور: { $at }، عدد الأشخاص: { $people }، المفقودون: { $missing }
cli-plan-roll-call-none = آخر تفقّد للحضور: لا يوجد بعد
cli-plan-retention = تُخفى هوية الزيارات بعد { $days ->
    [zero] انتهاء الزيارة
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}؛ آخر تشغيل: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = وضع الطوارئ مفعّل: { $kind ->
    [fire] إخلاء بسبب حريق
    [shelter] الاحتماء في المكان
    [medical] حالة طوارئ طبية
   *[custom] رسالة مخصصة
}. تعرضه كل شاشات الكشك حتى يُنفَّذ «lobby emergency end» أو يُنهيه الموظفون.
cli-emergency-ended = زال الخطر: انتهى وضع الطوارئ. المدة بالثواني: { $seconds }.
cli-emergency-off = وضع الطوارئ غير مفعّل.
cli-emergency-on = وضع الطوارئ مفعّل منذ { $at }: { $kind }.
cli-emergency-kind = «{ $value }» ليس نوع طوارئ؛ استخدم fire أو shelter أو medical أو custom (مع --message).
cli-incidents-none = لا توجد بلاغات أمنية مفتوحة.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] ، بيانات شخصية: يجب الإبلاغ في موعد أقصاه { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = «{ $value }» ليس نوع بلاغ؛ استخدم lost-badge أو suspicious-person أو phishing أو network-breach أو data-exposure أو other.
cli-plan-incidents = البلاغات الأمنية المفتوحة: { $open }؛ المتعلقة ببيانات شخصية: { $personal }؛ التي تجاوزت 72 ساعة: { $overdue }

## lobby install-kiosk
cli-install-done = تم إعداد الكشك للمستخدم { $user } في { $root } (عدد العناصر: { $count }). شغّله بالأمر: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } موجود بالفعل وتُرك كما هو.
cli-install-changed = تغيّر { $path } بعد الإعداد، فتُرك في مكانه.
cli-install-undone = أُزيل إعداد الكشك (عدد العناصر: { $count }). احتُفظ بمجلد البيانات { $data }.
cli-install-nothing = لا يوجد ما يمكن التراجع عنه: { $path } غير موجود.
cli-install-no-user = لا يوجد مستخدم باسم «{ $user }» على هذا النظام. أنشئه أولًا، مثلًا: adduser { $user }
cli-install-not-linux = يُعِدّ lobby install-kiosk أكشاكًا تعمل بنظام Linux. على Windows وmacOS، اتبع docs/deploy.md.

## lobby notify: رسائل إلى المضيفين
cli-notify-sent = #{ $id } { $channel }: سُلّمت. ردّ الخادم: { $answer }
cli-notify-retry = #{ $id } { $channel }: لم تُسلَّم بعد ({ $problem }). ستُعاد المحاولة.
cli-notify-failed = #{ $id } { $channel }: لم تُسلَّم ({ $problem }). لا محاولات أخرى: أصلح السبب ثم شغّل «lobby notify resend { $id }».
cli-notify-skip-unset = { $channel }: غير مُعدّة في lobby.toml ‏([notifications.{ $channel }]).
cli-print-off = لا توجد طابعة شارات مُعدّة: أضف قسم [printing] إلى lobby.toml ‏(راجع docs/deploy.md).
cli-print-printer = الطابعة: { $printer } ({ $model })؛ الحالة { $state } ({ $reasons }).
cli-print-takes = تقبل { $formats }؛ الوسائط المُحمَّلة: { $media }.
cli-print-sent = أُرسلت شارة تجريبية بصيغة { $format } على { $media } ({ $bytes } بايت): المهمة { $job }، { $state }.
cli-print-failed = لم تُطبع الشارة التجريبية: { $problem }
cli-print-sample-name = زوي مثال
cli-print-sample-company = شركة مثال المحدودة
cli-notify-skip-address = { $channel }: ليس لدى { $member } عنوان بريد إلكتروني في قائمة الأعضاء.
cli-notify-none = لا يتلقى { $member } أي رسائل: اختار «none» أو لا توجد قناة مُعدّة.
cli-notify-list-none = لا توجد رسالة إلى مضيف قيد الانتظار أو فاشلة.
cli-notify-line = #{ $id } { $state ->
    [waiting] قيد الانتظار
    [sending] قيد الإرسال
    [sent] سُلّمت
   *[failed] فشلت
} — { $channel } إلى { $host }، في الطابور منذ { $at }، المحاولات: { $attempts }
cli-notify-problem = آخر مشكلة: { $problem }
cli-notify-resent = الرسالة #{ $id } ({ $channel } إلى { $host }) عادت إلى الطابور؛ يرسلها الكشك خلال دقيقة.
cli-doctor-notify = رسائل إلى المضيفين
cli-doctor-notify-off = غير مُعدّة (لا يوجد قسم [notifications]): لا يُبلَّغ المضيفون.
cli-doctor-notify-ok = { $channels }؛ قيد الانتظار: { $waiting }.
cli-doctor-notify-failed = تعذّر تسليم { $failed }: راجع «lobby notify list» ثم «lobby notify resend ID».
cli-doctor-notify-waiting = { $waiting } قيد الانتظار منذ { $at }: افحص المُرحِّل وwebhooks بالأمر «lobby notify test MEMBER».
cli-doctor-print = طابعة شارات الزوار
cli-doctor-print-off = غير مُعدّة (لا يوجد قسم [printing]): لا تُطبع شارات للزوار.
cli-doctor-print-ok = { $printer }: { $state }؛ طُبعت آخر شارة في { $at }.
cli-doctor-print-ready = { $printer }: { $state }؛ لم تُطبع أي شارة بعد.
cli-doctor-print-failed = لم تُطبع آخر شارة ({ $at }): { $problem }. افحص الطابعة، ثم شغّل «lobby print test».
cli-doctor-print-unreachable = { $printer } لا تستجيب: { $problem }
cli-doctor-print-not-ready = { $printer } لا تستطيع الطباعة الآن: { $reasons }

## lobby invite
cli-invite-created = الدعوة { $code } لـ { $name } لزيارة { $host }، من { $from } إلى { $until }.
cli-invite-emailed = الدعوة إلى { $email } في الطابور؛ يرسلها الكشك.
cli-invite-give-code = لن يُرسل بريد إلكتروني: أعطِ الضيف الرمز.
cli-invite-none = لا دعوات من اليوم فصاعدًا.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] قادمة
    [valid] صالحة
    [used] مستخدمة
    [cancelled] ملغاة
   *[expired] منتهية
} — { $name } لـ { $host }، من { $from } إلى { $until }
