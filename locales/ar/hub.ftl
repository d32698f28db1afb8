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
hub-error-file-read = تتعذّر قراءة { $path }: { $reason }.
hub-error-no-nats = حدّد خادم NATS الخاص بالمركز: ‎--nats URL أو LOBBY_HUB_NATS.
hub-error-reload = تعذّر الطلب من خادم NATS (pid { $pid }) إعادة التحميل: { $reason }. أعِد تحميله يدويًا (kill -HUP مع رقم عمليته).
hub-error-no-number = لدى الموقع { $site } عشرة أجهزة لوحية، وهو الحد الأقصى (يحصل كل جهاز على رقم من 0 إلى 9 لرموز المغادرة). ألغِ أحدها أولًا: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }، السطر { $line }: { $problem ->
    [header] العمود «{ $value }» مفقود (يجب أن يسمّي السطر الأول id وname وemail وteam وactive).
    [csv] لا يمكن قراءة السطر ({ $value }).
    [id] «{ $value }» ليس معرّف عضو (من 1 إلى 64 حرفًا).
    [name] «{ $value }» ليس اسمًا.
    [email] «{ $value }» ليس عنوان بريد إلكتروني.
    [active] «{ $value }» ليس yes ولا no.
    [uid] «{ $value }» ليس معرّف شارة (ست عشري، بايتات كاملة).
    [uid-missing] «{ $value }» مذكور بلا badge_uid.
    [card-type] «{ $value }» ليس نوع بطاقة (مثل mifare-classic-1k أو desfire أو unknown).
    [date] «{ $value }» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD.
    [date-order] تنتهي الشارة ({ $value }) قبل أن تبدأ.
    [uid-twice] الشارة { $value } موجودة في السطر { $other }؛ البطاقة الواحدة لعضو واحد.
    [member-differs] العضو { $value } موجود في السطر { $other } ببيانات أخرى؛ اكتب الاسم والبريد والفريق والحالة نفسها في كل سطر.
    [uid-held] الشارة { $value } تخص العضو { $holder } في المركز؛ ألغِها أولًا (lobby-hub badge revoke).
    [uid-revoked] أُلغيت الشارة { $value } للعضو { $holder } في المركز؛ لا يعيد الاستيراد إصدار بطاقة ملغاة: احذف السطر أو أصدر بطاقة جديدة.
    [empty] لا يحتوي الملف على أعضاء.
   *[other] { $problem } { $value }
} لم يُحفظ شيء.
hub-error-unknown-badge = ليس لدى الموقع { $site } شارة { $uid } قيد الاستخدام.
hub-error-policy = { $problem ->
    [id] «{ $value }» ليس معرّف سياسة؛ استخدم أحرفًا صغيرة وأرقامًا وشرطات مفردة، مثل house-rules.
    [none] قدّم نص السياسة بلغة واحدة على الأقل: LANG=FILE.
    [argument] «{ $value }» ليس بالشكل LANG=FILE، مثلًا ar=house-rules.md.
    [lang] «{ $value }» ليست لغة مضمّنة (ar، de، en-US، es، fr، it، nl، pl، pt-BR، zh-CN).
    [lang-twice] { $value } مذكورة مرتين.
    [utf8] { $value } ليس نصًّا بترميز UTF-8.
    [empty] { $value } فارغ.
   *[other] { $problem } { $value }
} لم يُنشر شيء.
hub-error-emergency = { $problem ->
    [kind] «{ $value }» ليس نوع طوارئ: استخدم fire أو shelter أو medical أو custom.
    [message-missing] تحتاج حالة الطوارئ المخصّصة إلى رسالتها: --message TEXT.
    [message-long] الرسالة طويلة جدًا: { $value } حرفًا على الأكثر.
    [message-control] يجب أن تكون الرسالة سطرًا واحدًا من النص.
   *[other] { $problem } { $value }
} لم تبدأ أي حالة طوارئ.
hub-error-no-emergency = لا توجد حالة طوارئ سارية في الموقع { $site }؛ لم يُنهَ شيء.
hub-error-no-roll-call = { $which ->
    [id] لا يوجد في الموقع { $site } تفقّد حضور { $id }.
   *[newest] لا يوجد في الموقع { $site } أي تفقّد للحضور بعد: لم يصل إلى المركز تفقّد حضور من أي جهاز لوحي.
} لم يُصدَّر شيء.
hub-error-config = رُفض الإعداد { $file }؛ لم يُحفظ أو يُرسل شيء.
hub-error-sql = رفضت قاعدة البيانات العملية: { $reason }. لم يتغيّر شيء.

## lobby-hub serve
hub-serve-started = جارٍ استلام تغييرات الأجهزة اللوحية من { $nats }. للإيقاف: Ctrl+C أو SIGTERM.
hub-serve-stopped = توقّف؛ حُفظ كل تغيير تم استلامه.

## lobby-hub site, lobby-hub kiosk
hub-site-added = حُفظ الموقع { $site } (نطاق JetStream ‏{ $domain }). ينشئ lobby-hub serve تدفّقه.
hub-kiosk-added = أُضيف الجهاز اللوحي { $tablet } في الموقع { $site } بصفته مستخدم NATS ‏{ $user }، الرقم { $number }؛ بيانات اعتماده في { $file }. انسخ هذا الملف إلى الجهاز اللوحي واحفظه سرًّا.
hub-kiosk-revoked = أُلغي الجهاز اللوحي { $tablet } في الموقع { $site }.
hub-kiosk-none = لا توجد أجهزة لوحية بعد.
hub-kiosk-active = { $site } / { $tablet }: الرقم { $number }، المستخدم { $user }، أُضيف في { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: الرقم { $number }، المستخدم { $user }، أُضيف في { $added }، أُلغي في { $revoked }
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
    [badge-conflict] بطاقة واحدة سُجّلت لعضوين؛ لم يتغيّر أيّ منهما، وعلى الموظفين أن يقرّروا (badge-conflict)
    [badge-unknown-member] شارة لعضو لا يعرفه المركز (badge-unknown-member)
    [badge-bad-uid] طلب شارة بمعرّف uid غير مقروء (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = تعذّرت قراءة الرسالة { $id } على { $subject }: { $reason }
hub-audit-clean = كل السلاسل سليمة (عدد ما فُحص: { $chains })؛ لم تُرفض أي رسالة.

## lobby-hub export visits
hub-export-written = الزيارات المُصدَّرة: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = صُدِّر تفقّد الحضور { $id }؛ الأشخاص المدرجون: { $rows } ({ $file }).

## التغييرات المرسلة إلى الأجهزة اللوحية في الموقع
hub-down-published = أُرسل إلى الأجهزة اللوحية في الموقع.
hub-down-queued = حُفظ في المركز، لكن لا يمكن الوصول إلى خادم NATS الآن: سيرسله lobby-hub serve في أقرب وقت.
hub-members-imported = الموقع { $site }: قُرئ من الأعضاء { $members } (الشارات: { $badges })، وتغيّر { $changed }.
hub-members-none = لا يوجد أعضاء بعد.
hub-members-line = { $id }: { $name }، { $active ->
    [yes] نشط
   *[no] غير نشط
}، الشارات: { $badges }
hub-badge-revoked = أُلغيت الشارة { $uid } للعضو { $member } (الموقع { $site }).
hub-policy-saved = حُفظت السياسة { $policy } للموقع { $site } ({ $langs }).
hub-config-saved = الملف { $file } سليم؛ حُفظ للموقع { $site } (sha256 { $sha }).
hub-config-fleet = قسم [fleet] خاص بكل جهاز لوحي (خادمه وبيانات اعتماده)؛ احذفه من ملف الموقع.
hub-emergency-started = بدأت حالة الطوارئ { $id } في الموقع { $site }: { $kind ->
    [fire] حريق
    [shelter] الاحتماء في المكان
    [medical] طبية
   *[custom] مخصّصة
}.
hub-emergency-ended = زوال الخطر في الموقع { $site }: انتهت حالة الطوارئ { $id } ({ $kind ->
    [fire] حريق
    [shelter] الاحتماء في المكان
    [medical] طبية
   *[custom] مخصّصة
}، بدأت في { $started }).
hub-emergency-none = لا توجد حالة طوارئ سارية في الموقع { $site }.
hub-emergency-in-force = حالة طوارئ سارية في الموقع { $site }: { $id }، { $kind ->
    [fire] حريق
    [shelter] الاحتماء في المكان
    [medical] طبية
   *[custom] مخصّصة
}، بدأت في { $started }. { $message } (حالات طوارئ أخرى لم تنتهِ: { $others }.)

## حسابات الموظفين المُنشأة في المركز (lobby-hub staff)
hub-error-staff-exists = لدى الموقع { $site } حساب موظف باسم «{ $name }» بالفعل. لم يُحفظ شيء. لمنع تسجيل دخوله أو السماح به: lobby-hub staff disable|enable { $site } NAME. لرمز PIN ومفتاح جديدين: lobby-hub staff reset { $site } NAME
hub-error-unknown-staff = لا يوجد في الموقع { $site } حساب موظف باسم «{ $name }» أُنشئ في المركز (lobby-hub staff list { $site }).
hub-error-staff-name = لا يصلح «{ $value }» اسمًا لحساب موظف: استخدم من 1 إلى 80 حرفًا دون أحرف تحكّم (الاسم lobby-fleet محجوز للأجهزة اللوحية).
hub-staff-added = حُفظ حساب الموظف { $name } للموقع { $site }؛ تتلقّاه كل الأجهزة اللوحية في الموقع، ويحلّ محلّ أي حساب بالاسم نفسه أُنشئ على جهاز لوحي.
hub-staff-reset = لحساب الموظف { $name } في الموقع { $site } رمز PIN جديد ومفتاح مصادقة جديد؛ تتلقّاهما كل الأجهزة اللوحية في الموقع، ويتوقف الرمز القديم ورموز التطبيق القديم عن العمل عليها.
hub-staff-setup = اضبط الآن تطبيق المصادقة لدى الشخص بالمفتاح أو بالمعرّف URI أدناه (يصلح أيضًا رمز QR للمعرّف)؛ لن يُعرضا مرة أخرى.
hub-staff-disabled = عُطّل حساب الموظف { $name } في الموقع { $site }: لم يعد بإمكانه تسجيل الدخول على الأجهزة اللوحية في الموقع.
hub-staff-enabled = فُعّل حساب الموظف { $name } في الموقع { $site }: يمكنه تسجيل الدخول من جديد.
hub-staff-unchanged = حساب الموظف { $name } في الموقع { $site } { $active ->
    [yes] مفعّل
   *[no] معطّل
} بالفعل؛ لم يُرسَل شيء.
hub-staff-none = لا توجد بعد في الموقع { $site } حسابات موظفين أُنشئت في المركز.
hub-staff-line = { $name }: { $active ->
    [yes] نشط
   *[no] معطّل
}، أُضيف في { $added }
