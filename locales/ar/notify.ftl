# رسائل إلى المضيف عند وصول ضيفه (بريد إلكتروني، Slack، Teams، webhook) بلغة المضيف.
# فقط من جاء، ومن أي شركة، ونوع الزيارة، ومتى، وأين ينتظر.
notify-arrival-subject = وصل { $visitor } لمقابلتك
notify-arrival-subject-company = وصل { $visitor } ({ $company }) لمقابلتك
notify-arrival-lead = سجّل { $visitor } وصوله في { $site } الساعة { $time }.
notify-label-visitor = الزائر
notify-label-company = الشركة
notify-label-kind = الزيارة
notify-label-time = وقت الوصول
notify-label-where = مكان التسجيل
notify-label-waiting = ينتظر
notify-where = { $site }، الجهاز اللوحي { $kiosk }
notify-test-subject = رسالة تجريبية من { $site }
notify-test-lead = مرحبًا { $host }، هذه رسالة تجريبية من { $site } (الجهاز اللوحي { $kiosk }). عندما يسجّل أحد ضيوفك وصوله، ستُبلَّغ بهذه الطريقة.
notify-footer = أُرسلت تلقائيًا من Lobby في { $site }. لا تُقرأ الردود.
notify-invite-subject = دعوتك إلى { $site }
notify-invite-lead = مرحبًا { $guest }، يدعوك { $host } إلى { $site }.
notify-label-code = رمزك
notify-label-day = اليوم
notify-label-hours = ساعات العمل
notify-label-address = العنوان
notify-label-host = مضيفك
notify-invite-closed = مغلق في ذلك اليوم: يُرجى الاتفاق على موعد مع مضيفك
notify-invite-how = عند المدخل، المس «لديّ دعوة» على الجهاز اللوحي، ثم اكتب الرمز أو قرّب رمز QR من الماسح.
notify-held-subject = شخص ينتظر الموظفين عند { $kiosk }
notify-held-lead = تسجيل في { $site } يطابق الإدخال { $entry } في قائمة المنع وينتظر أحد الموظفين عند الجهاز { $kiosk }. لا تُحفظ أي زيارة ولا يُبلَّغ أي مضيف حتى يسمح أحد للزائر بالدخول أو يرفضه من شاشة الموظفين.
notify-label-since = بانتظار منذ
notify-label-entry = إدخال القائمة
