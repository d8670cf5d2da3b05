# Actors and aliases added to /work/main/graph/actors.json for the dev5 corpus.
# dev5's lexicon is graph/actors.json plus these only (not the dev/dev2/dev4 extras); actors that
# actors_extra.py or actors_extra_dev4.py already define are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "usa": ["الولايات المتّحدة الأمريكية"],
    "uk": ["المملكة المتحدة"],
    "interpol": ["منظمة الشرطة الجنائية الدولية"],
    "moroccan-security-services": ["مصالح الأمن المغربية", "السلطات الأمنية المغربية"],
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
}

ACTORS = [
    # newlebanon (Lebanon's General Security: the Syrian ambassador, the British security minister and ambassador)
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("lebanon-general-security", "agency", "General Directorate of General Security (Lebanon)", "المديرية العامة للأمن العام",
      ["الأمن العام", "الامن العام", "الأمن العام اللبناني", "General Security"], "LB"),
    P("abbas-ibrahim", "Abbas Ibrahim", "عباس ابراهيم", ["عباس إبراهيم", "ابراهيم", "إبراهيم"], "LB",
      "Director-General of Lebanon's General Security 2011–2023."),
    P("ali-abdul-karim-ali", "Ali Abdul Karim Ali", "علي عبد الكريم علي", ["علي"], "SY", "Syrian ambassador to Lebanon."),
    P("wallace", "Ben Wallace", "بن والاس", ["والاس", "Ben Wallace"], "GB", "UK Minister of State for Security 2016–2019."),
    P("shorter", "Hugo Shorter", "هوغو شورتر", ["شورتر"], "GB", "British ambassador to Lebanon 2015–2019."),
    # daemnews (Lebanon's interior minister and the Saudi ambassador)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("lebanon-interior-ministry", "organization", "Ministry of Interior and Municipalities (Lebanon)", "وزارة الداخلية اللبنانية",
      ["وزارة الداخلية والبلديات"], "LB"),
    P("hajjar", "Ahmad al-Hajjar", "أحمد الحجار", ["الحجار"], "LB", "Lebanese minister of the interior and municipalities (from 2025)."),
    P("bukhari", "Walid Bukhari", "وليد البخاري", ["البخاري"], "SA", "Saudi ambassador to Lebanon."),
    A("lebanese-security-services", "agency", "Lebanese security services (collective)", "الأجهزة الأمنية اللبنانية", [], "LB", None,
      "Collective actor for unspecified Lebanese services, like moroccan-security-services."),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة"], "SA", None,
      "Collective actor for unspecified Saudi services ('their counterparts in the Kingdom'), like moroccan-security-services."),
    # alalam (Darmanin praises the BNPJ arrest of a French drug baron)
    P("darmanin", "Gérald Darmanin", "جيرارد دارمانان", ["دارمانان", "جيرالد دارمانين", "دارمانين", "Darmanin"], "FR",
      "French minister of the interior 2020–2024."),
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["المصالح الأمنية الفرنسية", "نظيرتها الفرنسية"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services."),
    A("bnpj-sri", "agency", "Research and Intervention Service (BNPJ)", "مصلحة الأبحاث والتدخلات", [], "MA", "bnpj",
      "A unit of the DGSN's National Judicial Police Brigade."),
    # arabstoday (Somali police officers trained in Italy)
    A("somali-police", "agency", "Somali Police Force", "قوات الشرطة الصومالية", ["جهاز الشرطة الصومالي", "الشرطة الصومالية"], "SO"),
    A("italian-police-academy", "agency", "Higher Police Academy (Italy)", "الاكاديمية العليا للشرطة الإيطالية",
      ["الأكاديمية العليا للشرطة الإيطالية"], "IT", None, "As Arabs Today names it; the Italian name is not given."),
    P("hamud", "Mohamed Sheikh Hassan Hamud", "محمد شيخ حسن حامود", ["حامود"], "SO", "Commander of the Somali Police Force."),
    P("del-sette", "Tullio Del Sette", "توليو ديل سيتي", ["ديل سيتي"], "IT",
      "Commander-General of the Carabinieri 2015–2018; the article calls him only the Somali commander's 'Italian counterpart'."),
    # babnet (Tunisia's interior minister and the US ambassador)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", ["وزارة الداخلية"], "TN"),
    P("nouri", "Khaled Nouri", "خالد النوري", ["النوري"], "TN", "Tunisian minister of the interior (from 2024)."),
    P("bazzi", "Bill Bazzi", "بيل بازي", ["بازي"], "US", "US ambassador to Tunisia."),
    # mebusiness (Abu Dhabi Police – Egyptian interior ministry MoU)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("abu-dhabi-police", "agency", "Abu Dhabi Police", "القيادة العامة لشرطة أبوظبي", ["شرطة أبوظبي", "شرطة أبو ظبي", "Abu Dhabi Police"], "AE"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("egypt-public-security-sector", "agency", "Public Security Sector (Egyptian interior ministry)", "قطاع الأمن العام", [], "EG",
      "egypt-interior-ministry", "Headed by an assistant minister of the interior."),
    P("sharifi", "Maktoum Ali Al Sharifi", "مكتوم علي الشريفي", ["الشريفي"], "AE", "Director-General of Abu Dhabi Police."),
    P("abu-omra", "Mahmoud Abu Omra", "محمود أبو عمره", ["أبو عمره", "أبو عمرة"], "EG",
      "Assistant minister of the interior for the Public Security Sector (Egypt)."),
    # dabapress (DGSN – Brazilian Federal Police MoU)
    A("brazil", "country", "Brazil", "البرازيل", ["Brazil"], "BR"),
    A("brazil-federal-police", "agency", "Federal Police of Brazil", "الشرطة الاتحادية البرازيلية",
      ["الشرطة الفيدرالية البرازيلية", "Polícia Federal"], "BR"),
    P("andrei-rodrigues", "Andrei Augusto Passos Rodrigues", "أندريه أغوستو باسوس رودريغيز", ["رودريغيز"], "BR",
      "Director-General of Brazil's Federal Police (from 2023)."),
    # goud (Spanish services dismantle an ISIS recruitment cell with Moroccan help, 2015)
    A("spanish-security-services", "agency", "Spanish security services (collective)", "مصالح الأمن الإسباني",
      ["نظيرتها الإسبانية", "المخابرات الاسبانية", "القوات الامنية الاسبانية", "الامن الاسباني"], "ES", None,
      "Collective actor for unspecified Spanish police services."),
    A("spain-interior-ministry", "organization", "Ministry of the Interior (Spain)", "وزارة الداخلية الإسبانية",
      ["الداخلية الاسبانية", "الداخلية الإسبانية"], "ES"),
    # akhbaar24 (Dubai Police arrest a man wanted by the UK's NCA)
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("uk-nca", "agency", "National Crime Agency (UK)", "الوكالة الوطنية البريطانية لمكافحة الجريمة", ["NCA"], "GB"),
    A("uk-security-services", "agency", "British security services (collective)", "السلطات الأمنية البريطانية", [], "GB", None,
      "Collective actor for unspecified British services, like us-security-agencies ('السلطات الأمنية الأمريكية')."),
    P("moogan", "Michael Paul Moogan", "مايكل بول مووغان", ["مووغان"], "GB",
      "British drug trafficker wanted by the National Crime Agency; arrested in Dubai."),
    # sadanews (Interpol Palestine receives a fugitive from Interpol Amman)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "Palestine"], "PS"),
    A("interpol-palestine", "agency", "Interpol National Central Bureau Palestine", "المكتب المركزي الوطني \"إنتربول فلسطين\"",
      ["إنتربول فلسطين", "Interpol Palestine"], "PS", None, "Palestine's Interpol National Central Bureau (Palestinian Civil Police)."),
    A("interpol-amman", "agency", "Interpol National Central Bureau Amman", "إنتربول عمّان", ["إنتربول عمان", "انتربول عمان", "Interpol Amman"],
      "JO", None, "Jordan's Interpol National Central Bureau (Public Security Directorate's international police department)."),
    P("arzeiqat", "Louay Arzeiqat", "لؤي ارزيقات", ["ارزيقات", "ازريقات", "لؤي ازريقات"], "PS",
      "Spokesman of the Palestinian police (spelled both ارزيقات and ازريقات by Sada News)."),
]
