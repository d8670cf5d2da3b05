# Actors and aliases added to /work/main/graph/actors.json for the test5 corpus (held out).
# test5's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev12.py already define are re-declared here with the same id.
# The bare alias "الأمن العام" is given to no actor: in test5 it names Bahrain's Public Security, Jordan's PSD and
# (inside "وزير الأمن العام") China's Ministry of Public Security.
from actors_extra import P, A

ALIASES = {
    # alwatannews: "منسق مكافحة الإرهاب في وزارة الخارجية الأمريكية".
    "us-state-department": ["وزارة الخارجية الأمريكية"],
    # youm7: "الشرطة الدولية (الإنتربول)"; egypttoday: "الإنتربول الدولي" (as opposed to the Egyptian bureau).
    "interpol": ["الشرطة الدولية", "الإنتربول الدولي"],
    # hathalyoum: "التحالف الدولي ضد تنظيم داعش", short "التحالف الدولي".
    "global-coalition-isis": ["التحالف الدولي ضد تنظيم داعش", "التحالف الدولي"],
}

ACTORS = [
    # alwatannews (Bahrain's interior minister receives the US counter-terrorism coordinator Nathan Sales)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Bahrain's minister of the interior (since 2004)."),
    P("nathan-sales", "Nathan Sales", "ناثان سيلز", ["سيلز", "Nathan Sales"], "US",
      "US State Department Coordinator for Counterterrorism (2017–2021)."),
    P("siberell", "Justin Siberell", "جاستين سيبيريل", ["سيبيريل", "جاستن سيبريل", "Justin Siberell"], "US",
      "US ambassador to Bahrain (2017–2020)."),
    P("tariq-al-hassan", "Tariq bin Hassan Al-Hassan", "طارق بن حسن الحسن", ["طارق الحسن"], "BH",
      "Chief of Public Security of Bahrain."),
    A("bahrain-public-security", "agency", "Public Security Command (Bahrain)", "رئاسة الأمن العام",
      ["الأمن العام البحريني", "Bahrain Public Security"], "BH", None,
      "The Bahraini interior ministry's police command, headed by the Chief of Public Security. Without the bare alias 'الأمن العام' (see the header)."),
    # egypttoday (the Egyptian Interpol recovers a fugitive arrested in Saudi Arabia)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("interpol-cairo", "agency", "Interpol National Central Bureau Cairo (Egyptian Interpol)", "الإنتربول المصري",
      ["شرطة الإنتربول المصري", "إنتربول القاهرة", "Interpol Cairo"], "EG", "egypt-interior-ministry",
      "Egypt's Interpol NCB (the interior ministry's General Department of Interpol)."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة", "شرطة المملكة"], "SA", None,
      "Collective actor for unspecified Saudi security or police services, like moroccan-security-services."),
    A("muslim-brotherhood", "group", "Muslim Brotherhood", "جماعة الإخوان المسلمين", ["جماعة الإخوان", "الإخوان", "Muslim Brotherhood"], None, None,
      "Designated a terrorist organisation by Egypt (2013)."),
    # sauress (Yemen's interior minister meets the US ambassador and the British chargé d'affaires)
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    P("mutahar-al-masri", "Mutahar Rashad Al-Masri", "مطهر رشاد المصري", ["مطهر المصري"], "YE",
      "Yemen's minister of the interior (2008–2011)."),
    P("feierstein", "Gerald Feierstein", "جيرالد فاير ستاين", ["فاير ستاين", "فايرستاين", "Gerald Feierstein"], "US",
      "US ambassador to Yemen (2010–2013)."),
    A("uk-embassy-sanaa", "organization", "British Embassy in Sanaa", "السفارة البريطانية في صنعاء", ["السفارة البريطانية بصنعاء"], "GB"),
    P("gibb", "Verna Gibb (English spelling uncertain)", "فيرنا جيب", ["جيب"], "GB",
      "British chargé d'affaires in Sanaa, as the SPA text names her; the English spelling is a transliteration."),
    # hathalyoum (the Global Coalition congratulates the Iraqi police: 240,000 trained)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias وزارة الداخلية, which names Kuwait's ministry in test5."),
    A("iraq-police", "agency", "Iraqi Police", "الشرطة العراقية", ["Iraqi Police"], "IQ", "iraq-interior-ministry"),
    A("iraq-internal-security-forces", "agency", "Internal Security Forces (Iraq)", "قوى الأمن الداخلي العراقية",
      ["قوى الأمن الداخلي"], "IQ", "iraq-interior-ministry",
      "The Iraqi interior ministry's forces (police, federal and border police), as the Coalition names them."),
    A("iraqi-security-forces", "agency", "Iraqi security forces (collective)", "القوات الأمنية العراقية",
      ["القوات العراقية"], "IQ", None, "Collective actor for unspecified Iraqi forces, like moroccan-security-services."),
    P("marotto", "Wayne Marotto", "وأين ماروتو", ["واين ماروتو", "ماروتو", "Wayne Marotto"], "US",
      "Spokesman of the Global Coalition against Daesh (Operation Inherent Resolve)."),
    # elmwatin (Egypt's ambassador in Rome meets the Italian interior minister Minniti)
    P("hisham-badr", "Hisham Badr", "هشام بدر", ["بدر"], "EG", "Egypt's ambassador in Rome (2017)."),
    P("minniti", "Marco Minniti", "مينيتي", ["ماركو مينيتي", "Minniti"], "IT", "Italian minister of the interior (2016–2018)."),
    A("egypt-police-academy", "agency", "Police Academy (Egypt)", "أكاديمية الشرطة", ["أكاديمية الشرطة المصرية"], "EG",
      "egypt-interior-ministry"),
    A("italy-immigration-border-police", "agency", "Central Directorate of Immigration and Border Police (Italy)",
      "إدارة الهجرة وضبط الحدود", ["إدارة الهجرة وضبط الحدود الإيطالية", "Direzione Centrale dell'Immigrazione e della Polizia delle Frontiere"],
      "IT", None, "The Italian State Police's immigration and border directorate, as the text names it."),
    # youm7 (Sudan asks Interpol for an international alert after four death-row convicts escape)
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("sudan-police", "agency", "Sudan Police Force", "الشرطة السودانية", ["قوات الشرطة السودانية", "Sudan Police"], "SD"),
    P("bashir", "Omar al-Bashir", "عمر البشير", ["البشير", "Omar al-Bashir"], "SD", "President of Sudan (1989–2019)."),
    # alkhaleejkw (Kuwait's interior minister Mohammad Al-Khalid on an official visit to Washington)
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", ["وزارة الداخلية"], "KW", None,
      "The bare alias وزارة الداخلية names only Kuwait's ministry in test5."),
    P("mohammad-al-khalid", "Mohammad Al-Khalid Al-Hamad Al-Sabah", "محمد الخالد",
      ["الخالد", "محمد خالد الحمد الصباح", "Mohammad Al-Khalid"], "KW",
      "Kuwait's deputy prime minister and minister of the interior (2013–2017)."),
    P("al-awadhi", "Abdulhamid Al-Awadhi", "عبدالحميد العوضي", ["العوضي"], "KW",
      "Assistant undersecretary of Kuwait's interior ministry for criminal security affairs."),
    P("al-nahham", "Essam Salem Al-Nahham", "عصام سالم النهام", ["النهام"], "KW",
      "Assistant undersecretary of Kuwait's interior ministry for state security."),
    A("kuwait-state-security", "agency", "State Security (Kuwait)", "جهاز أمن الدولة الكويتي", ["أمن الدولة"], "KW", "kuwait-interior-ministry"),
    P("al-dosari", "Fahd Ibrahim Al-Dosari", "فهد إبراهيم الدوسري", ["الدوسري"], "KW",
      "Director general of the General Department of Investigations, Kuwait."),
    A("kuwait-investigations", "agency", "General Department of Investigations (Kuwait)", "الإدارة العامة للتحقيقات",
      ["الادارة العامة للتحقيقات"], "KW", "kuwait-interior-ministry"),
    P("al-muaili", "Ali Ibrahim Al-Muaili", "علي إبراهيم المعيلي", ["المعيلي"], "KW",
      "Director general of the General Department of Information Systems, Kuwait's interior ministry."),
    A("kuwait-information-systems", "organization", "General Department of Information Systems (Kuwait interior ministry)",
      "الإدارة العامة لنظم المعلومات", ["الادارة العامة لنظم المعلومات"], "KW", "kuwait-interior-ministry"),
    P("al-duraie", "Walid Ibrahim Al-Duraie", "وليد إبراهيم الدريعي", ["الدريعي"], "KW",
      "Acting director general of Kuwait's General Department for Drug Control."),
    A("kuwait-gdnc", "agency", "General Department for Drug Control (Kuwait)", "الإدارة العامة لمكافحة المخدرات",
      ["مكافحة المخدرات الكويتية", "الادارة العامة لمكافحة المخدرات"], "KW", "kuwait-interior-ministry"),
    # alwakaai (Jordan's PSD signs a cooperation agreement with the US State Department's INL)
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["مديرية الامن العام", "الأمن العام الأردني", "مديرية الأمن العام الأردنية", "PSD"], "JO", None,
      "Without the bare alias 'الأمن العام' (see the header)."),
    P("maaytah", "Obaidullah Al-Maaytah", "عبيدالله المعايطة", ["المعايطة"], "JO", "Director of Jordan's Public Security Directorate."),
    P("wooster", "Henry Wooster", "هنري ووستر", ["ووستر", "Henry Wooster"], "US", "US ambassador to Jordan."),
    A("us-inl", "organization", "Bureau of International Narcotics and Law Enforcement Affairs (US State Department, INL)",
      "المكتب الدولي لمكافحة المخدرات وإنفاذ القانون", ["المكتب الدولي لمكافحة المخدرات", "INL"], "US", "us-state-department"),
    A("jordan-security-services", "agency", "Jordanian security services (collective)", "الأجهزة الأمنية الأردنية", [], "JO", None,
      "Collective actor for unspecified Jordanian services, like moroccan-security-services."),
    # mobiltna (Interpol awards its highest medal to the Saudi interior minister)
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز"], "SA",
      "Saudi minister of the interior (since 2017)."),
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي", "Al-Raisi"], "AE", "President of Interpol (2021–2025)."),
    # shorouk (Egypt's interior minister receives China's vice minister of public security)
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", ["توفيق"], "EG", "Egyptian minister of the interior (since 2018)."),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    A("china-mps", "organization", "Ministry of Public Security (China)", "وزارة الأمن العام الصينية",
      ["Ministry of Public Security"], "CN", None, "China's police ministry. Without the bare alias 'الأمن العام' (see the header)."),
    P("zou-janlu", "Zou Janlu (as transliterated)", "زو جانلو", [], "CN",
      "Vice minister of public security of China, as the text names him; the English spelling is a transliteration."),
    A("egypt-security-services", "agency", "Egyptian security services (collective)", "أجهزة الأمن المصرية",
      ["أجهزة الشرطة المصرية"], "EG", None, "Collective actor for unspecified Egyptian security or police services, like moroccan-security-services."),
]
