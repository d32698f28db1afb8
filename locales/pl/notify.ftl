# Wiadomości do gospodarza, gdy przyjdzie jego gość (e-mail, Slack, Teams, webhook), w języku
# gospodarza. Tylko kto przyszedł, z jakiej firmy, jaki to rodzaj wizyty, kiedy i gdzie czeka.
notify-arrival-subject = { $visitor } przyszedł/przyszła do Ciebie
notify-arrival-subject-company = { $visitor } ({ $company }) przyszedł/przyszła do Ciebie
notify-arrival-lead = { $visitor } zameldował(a) się w { $site } o { $time }.
notify-label-visitor = Gość
notify-label-company = Firma
notify-label-kind = Wizyta
notify-label-time = Przybycie
notify-label-where = Miejsce zameldowania
notify-label-waiting = Czeka
notify-where = { $site }, tablet { $kiosk }
notify-test-subject = Wiadomość testowa z { $site }
notify-test-lead = Dzień dobry, { $host }, to test z { $site } (tablet { $kiosk }). Gdy zamelduje się Twój gość, dowiesz się o tym w ten sposób.
notify-footer = Wysłane automatycznie przez Lobby w { $site }. Odpowiedzi nie są czytane.
notify-invite-subject = Twoje zaproszenie do { $site }
notify-invite-lead = Dzień dobry, { $guest }! { $host } zaprasza Cię do { $site }.
notify-label-code = Twój kod
notify-label-day = Dzień
notify-label-hours = Otwarte
notify-label-address = Adres
notify-label-host = Gospodarz
notify-invite-closed = tego dnia zamknięte: umów godzinę z gospodarzem
notify-invite-how = Przy wejściu dotknij na tablecie „Mam zaproszenie”, a potem wpisz kod lub przyłóż kod QR do czytnika.
notify-held-subject = Ktoś czeka na personel przy { $kiosk }
notify-held-lead = Zgłoszenie w { $site } pasuje do wpisu { $entry } na liście odmów i czeka na personel przy kiosku { $kiosk }. Żadna wizyta nie zostanie zapisana ani gospodarz powiadomiony, dopóki ktoś nie wpuści lub nie odprawi gościa na ekranie personelu.
notify-label-since = Czeka od
notify-label-entry = Wpis na liście
