"""Hostile inputs shared by the web app tests."""

# Our own hostile inputs: markup, attribute-breaking quotes, script URLs,
# SQL and FTS syntax. None of it may come back as live markup or a 500.
XSS_TITLE = '<script>alert("title")</script> Завод "><img src=x onerror=alert(1)>'
XSS_TEXT = (
    'Компания «Газпром» построит в Атырауской области газохимический завод <script>alert("text")</script>. '
    'Министр энергетики Казахстана Алмасадам Саткалиев сказал: «Завод "><img src=x onerror=alert(2)> '
    "будет запущен в 2027 году». Стоимость проекта — 2 млрд долларов.\n\n"
    "Подробности: javascript:alert(3) и ' OR 1=1 --."
)
XSS_URL = "javascript:alert(4)"
