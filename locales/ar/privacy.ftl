## lobby privacy: طلبات الشخص بشأن بياناته (المسألة 23)

privacy-pdf-title = ما يحتفظ به { $site } عنك
privacy-pdf-intro = كل ما كان Lobby، نظام الاستقبال، يحتفظ به في { $date } عن الشخص المشار إليه بـ «{ $named }». يحتوي الملف personal-data.json المرفق بهذا المستند على المحتوى نفسه بصيغة قابلة للقراءة آليًا.
privacy-pdf-none = لا شيء.
privacy-pdf-record = السجل { $id }
privacy-pdf-visits = الزيارات والجولات
privacy-pdf-acceptances = التوقيعات وإيصالات مدونة السلوك
privacy-pdf-wifi = تصاريح Wi-Fi
privacy-pdf-roll-calls = نداءات الحضور عند الإخلاء
privacy-pdf-messages = رسائل عن زياراتك
privacy-pdf-invitations = الدعوات
privacy-pdf-badges = شارات الزوار المطبوعة
privacy-pdf-approvals = تسجيلات الوصول المنتظرة لموافقة الموظفين
privacy-pdf-profile = ملف الزائر
privacy-pdf-incidents = البلاغات الأمنية التي تذكرك
privacy-pdf-deny = قيود قائمة المنع
privacy-pdf-holds = الحجوزات القانونية على سجلاتك
privacy-pdf-name = الاسم
privacy-pdf-company = الشركة
privacy-pdf-email = البريد الإلكتروني
privacy-pdf-phone = الهاتف
privacy-pdf-purpose = الغرض أو الاهتمام
privacy-pdf-kind = النوع
privacy-pdf-host = المضيف
privacy-pdf-language = اللغة
privacy-pdf-arrived = الوصول
privacy-pdf-left = المغادرة
privacy-pdf-lead-consent = محفوظ كجهة اتصال للمبيعات
privacy-pdf-anonymised = أُخفيت الهوية
privacy-pdf-visit = الزيارة
privacy-pdf-policy = النص الموقَّع
privacy-pdf-signed-at = وقت التوقيع
privacy-pdf-signature = التوقيع
privacy-pdf-signature-file = الصورة في الملف { $file } ‏(SHA-256 { $hash }).
privacy-pdf-signature-removed = حُذفت الصورة؛ ويبقى SHA-256 الخاص بها { $hash } دليلًا على التوقيع.
privacy-pdf-valid = الصلاحية
privacy-pdf-label = صادر لـ
privacy-pdf-status = الحالة
privacy-pdf-channel = القناة
privacy-pdf-recipient = أُرسلت إلى
privacy-pdf-created = التاريخ
privacy-pdf-content = المحتوى
privacy-pdf-description = الوصف
privacy-pdf-contact = جهة الاتصال
privacy-pdf-note = ملاحظة الموظفين
privacy-pdf-reported = وقت البلاغ
privacy-pdf-closed = وقت الانتهاء
privacy-pdf-reason = السبب
privacy-pdf-until = حتى
privacy-pdf-last-visit = آخر زيارة
privacy-pdf-yes = نعم
privacy-pdf-no = لا
privacy-pdf-rights = يمكنك أن تطلب من الاستقبال تصحيح هذه البيانات أو محوها. تُحفظ البيانات الخاضعة لحجز قانوني حتى انتهائه (المادة 17، الفقرة 3 من اللائحة العامة لحماية البيانات).

## lobby privacy (سطر الأوامر)
cli-privacy-exported = كُتب { $json } و{ $pdf }: عدد السجلات { $records }. تمت الإجابة عن الطلب #{ $id }.
cli-privacy-received = الطلب #{ $id } ‏({ $kind }) ورد في { $received }: تجب الإجابة قبل { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }، ورد في { $received }، الموعد { $due }: { $state }
cli-privacy-days-left = { $days ->
    [zero] لم يبقَ أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}
cli-privacy-overdue = { $days ->
    [zero] متأخر
    [one] متأخر يومًا واحدًا
    [two] متأخر يومين
    [few] متأخر { $days } أيام
    [many] متأخر { $days } يومًا
   *[other] متأخر { $days } يوم
}
cli-privacy-answered = أُجيب في { $at }
cli-privacy-no-requests = لا توجد طلبات مفتوحة.
cli-privacy-erased = المحو #{ $id }، { $at }:
cli-privacy-erased-line = - مُحي: { $table }: { $count }
cli-privacy-nothing-erased = - لم يبقَ شيء لمحوه.
cli-privacy-kept-heading = محفوظ (المادة 17، الفقرة 3 من اللائحة العامة لحماية البيانات):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = مذكور في بلاغ أمني لا يزال مفتوحًا
cli-privacy-why-hold = حجز قانوني #{ $hold } حتى { $until }: { $reason }
cli-privacy-why-deny = قيد في قائمة المنع (يُعدَّل بالأمر lobby deny)
cli-privacy-nothing-kept = لم يُحفظ شيء.
cli-privacy-backups = النسخ الاحتياطية السابقة لـ { $at } لا تزال تحوي البيانات الممحوة إلى أن تُستبدل في دورتها.
cli-privacy-wal-busy = برنامج آخر يقرأ قاعدة البيانات: تغادر البيانات الممحوة سجل الكتابة المسبقة حين يتركها ذلك البرنامج.
cli-privacy-table = { $table ->
    [visits] الزيارات
    [acceptances] التوقيعات
    [wifi_passes] تصاريح Wi-Fi
    [roll_call_entries] قيود نداء الحضور
    [outbox] الرسائل
    [invitations] الدعوات
    [approvals] تسجيلات الوصول المنتظرة للموافقة
    [visitor_profiles] ملف الزائر
    [incidents] البلاغات الأمنية
   *[deny_entries] قيود قائمة المنع
}
cli-privacy-hold-set = الحجز القانوني #{ $id } على { $who } حتى { $until }.
cli-privacy-hold-line = #{ $id } { $who } حتى { $until }: { $reason }
cli-privacy-hold-released = رُفع الحجز القانوني #{ $id }.
cli-privacy-hold-unknown = لا يوجد حجز قانوني ساري برقم #{ $id }.
cli-privacy-no-holds = لا توجد حجوزات قانونية سارية.
