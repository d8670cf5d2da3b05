# Actors and aliases added to /work/main/graph/actors.json for the test22 corpus (held out).
# test22's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# other sets' actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# The bare "الأمن العام" goes to Jordan's PSD only (alhosn: "مدير الأمن العام"); Lebanon's General Security is
# re-declared without it (alraimedia names it in full).
from actors_extra import P, A

ALIASES = {
    # skynewsarabia: "لعصابات داعش" (the Iraqi official name form "Daesh gangs").
    "isis": ["عصابات داعش"],
}

ACTORS = [
    # --- re-declared (same id, kind, names and parent as in the earlier sets) ---
    A("iraq", "country", "Iraq", "العراق", ["Iraq", "بغداد"], "IQ", None,
      "Baghdad (بغداد) is annotated as a mention of the state when used metonymically (alaoual: 'تتهمهم بغداد')."),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon", "بيروت"], "LB", None,
      "Beirut (بيروت) as the destination of a visit stands for the state (qstreetjournal)."),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "السلطة الفلسطينية", "Palestine"], "PS"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye", "دولة تركيا"], "TR"),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran"], "IR"),
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("irgc", "agency", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري الإيراني", ["الحرس الثوري", "IRGC"], "IR"),
    A("lebanese-army", "agency", "Lebanese Armed Forces", "الجيش اللبناني", ["الجيش اللبنانى", "LAF"], "LB"),
    A("lebanon-general-security", "agency", "General Directorate of General Security (Lebanon)", "المديرية العامة للأمن العام",
      ["الامن العام", "الأمن العام اللبناني", "General Security"], "LB", None,
      "Re-declared without the bare alias 'الأمن العام' (see the header)."),
    A("lebanese-security-services", "agency", "Lebanese security services (collective)", "الأجهزة الأمنية اللبنانية",
      ["القوى الأمنية اللبنانية", "أجهزة الأمن اللبنانية"], "LB", None,
      "Collective actor for unspecified Lebanese services, like moroccan-security-services."),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", ["وزارة الداخلية"], "IQ"),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري"], "IQ", "Iraqi interior minister."),
    A("iraq-intelligence-services", "agency", "Iraqi intelligence services (collective)", "أجهزة الاستخبارات العراقية",
      ["الاستخبارات العراقية"], "IQ", None, "Collective actor for unspecified Iraqi intelligence services."),
    A("iraqi-security-forces", "agency", "Iraqi security forces (collective)", "القوات الأمنية العراقية", ["القوات العراقية"], "IQ", None,
      "Collective actor for unspecified Iraqi forces, like moroccan-security-services."),
    P("miri", "Miqdad Miri", "مقداد ميري", ["ميري"], "IQ", "Spokesman of the Iraqi interior ministry and of the Security Media Cell."),
    A("krg", "organization", "Kurdistan Regional Government", "حكومة إقليم كوردستان",
      ["حكومة إقليم كردستان", "إقليم كوردستان", "إقليم كردستان", "KRG"], "IQ", None,
      "The government of the Kurdistan Region of Iraq; 'إقليم كردستان' is taken as its name, here naming the region as a place (alnasnews)."),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", ["توفيق"], "EG", "Egyptian minister of the interior (since 2018)."),
    P("sisi", "Abdel Fattah El-Sisi", "عبد الفتاح السيسي", ["السيسي", "عبدالفتاح السيسي"], "EG", "President of Egypt (since 2014)."),
    P("hab-al-reeh", "Ziad Hab Al-Reeh", "زياد هب الريح", ["هب الريح"], "PS", "Palestinian minister of the interior."),
    P("atallah", "Hazem Atallah", "حازم عطا الله", ["عطا الله", "حازم عطا"], "PS",
      "Director General of the Palestinian Police (2008–2022); alhosn writes 'حازم عطا'."),
    A("palestinian-police", "agency", "Palestinian Civil Police", "الشرطة الفلسطينية", ["Palestinian Police"], "PS"),
    A("palestinian-security-services", "agency", "Palestinian security services (collective)", "الأجهزة الأمنية الفلسطينية",
      ["قوات الأمن الفلسطينية"], "PS", None, "Collective actor for unspecified Palestinian services."),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    A("sudan-gis", "agency", "General Intelligence Service (Sudan)", "جهاز المخابرات العامة السوداني",
      ["جهاز المخابرات السوداني", "المخابرات السودانية", "GIS"], "SD", None,
      "Sudan's intelligence service (called NISS until 2019)."),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    A("saudi-gdnc", "agency", "General Directorate of Narcotics Control (Saudi Arabia)", "المديرية العامة لمكافحة المخدرات",
      ["GDNC", "إدارة المخدرات السعودية", "إدارة المخدرات"], "SA", "saudi-interior-ministry",
      "alnasnews writes 'إدارة المخدرات السعودية' (the adjective is left out of the mention)."),
    A("yemeni-security-services", "agency", "Yemeni security services (collective)", "الأجهزة الأمنية اليمنية",
      ["القوات اليمنية", "قوات الأمن اليمنية", "الأجهزة الأمنية في محافظة عدن"], "YE", None,
      "Collective actor for unspecified Yemeni security forces, like moroccan-security-services; 2dec's 'the security services in "
      "Aden governorate' are taken as it."),

    # --- new: qstreetjournal (the Iraqi interior minister's secret visit to Beirut) ---
    A("lebanon-state-security", "agency", "Directorate General of State Security (Lebanon)", "المديرية العامة لأمن الدولة",
      ["جهاز أمن الدولة", "أمن الدولة اللبناني", "State Security"], "LB", None,
      "Lebanon's State Security, attached to the Higher Defence Council (reports to the prime minister)."),
    P("mikati", "Najib Mikati", "نجيب ميقاتي", ["ميقاتي"], "LB", "Prime Minister of Lebanon (2005; 2011–2014; 2021–2025)."),
    P("mawlawi", "Bassam Mawlawi", "بسام المولوي", ["المولوي", "بسام مولوي"], "LB", "Lebanese minister of the interior (2021–2025)."),
    # --- libyaschannel (Egypt–Sudan security and intelligence coordination) ---
    P("shoukry", "Sameh Shoukry", "سامح شكري", ["سامح شكرى", "شكري", "شكرى"], "EG", "Egyptian foreign minister (2014–2024)."),
    P("dirdiery", "Al-Dirdiri Mohamed Ahmed", "الدرديري محمد أحمد", ["الدرديري"], "SD", "Sudanese foreign minister (2018–2019)."),
    # --- egwin (Palestinian and Egyptian interior ministers) ---
    A("palestinian-interior-ministry", "organization", "Ministry of Interior (Palestine)", "وزارة الداخلية الفلسطينية", [], "PS", None,
      "egwin also calls it 'داخلية رئيس السلطة' ('the PA president's interior [ministry]'); the bare 'داخلية' is a mention, not an alias."),
    P("mahmoud-abbas", "Mahmoud Abbas", "محمود عباس", ["عباس", "أبو مازن"], "PS", "President of the Palestinian Authority (since 2005)."),
    P("lapid", "Yair Lapid", "يئير لبيد", ["لبيد", "يائير لابيد"], "IL", "Prime Minister of Israel (July–December 2022)."),
    # --- 2dec (the Arab coalition's seizures off Yemen) ---
    A("arab-coalition", "organization", "Coalition to Restore Legitimacy in Yemen (Saudi-led Arab coalition)", "التحالف العربي",
      ["تحالف دعم الشرعية في اليمن", "قوات التحالف", "التحالف العربي بقيادة السعودية"], None, None,
      "The Saudi-led military coalition in Yemen (since 2015). 'قوات التحالف' (the coalition's forces) is taken as the coalition."),
    A("arab-coalition-naval-forces", "agency", "Arab coalition naval forces (Yemen)", "القوات البحرية للتحالف العربي", [], None, "arab-coalition"),
    A("houthis", "group", "Houthi movement (Ansar Allah)", "جماعة الحوثي",
      ["الحوثيين", "الحوثيون", "الحوثي", "مليشيا الحوثي", "المليشيا الحوثية", "أنصار الله", "Houthis"], None),
    A("hezbollah", "group", "Hezbollah", "حزب الله", ["حزب الله اللبناني", "Hezbollah"], None),
    A("yemen-national-resistance", "agency", "National Resistance Forces (Yemen)", "المقاومة الوطنية",
      ["قوات المقاومة الوطنية", "National Resistance"], "YE", None,
      "Pro-government forces on Yemen's west coast led by Tareq Saleh (member of the Presidential Leadership Council since 2022)."),
    # --- alnasnews (no new actor) ---
    # --- skynewsarabia (Iraqi military intelligence arrests an ISIS cell in Mosul) ---
    A("iraq-security-media-cell", "agency", "Security Media Cell (Iraq)", "خلية الإعلام الأمني",
      ["خلية الاعلام الأمني", "خلية الإعلام الأمني العراقية"], "IQ", None,
      "The Iraqi security forces' joint media office (under the Joint Operations Command)."),
    A("iraq-military-intelligence", "agency", "Directorate of Military Intelligence (Iraq)", "مديرية الاستخبارات العسكرية",
      ["مديرية الاستخبارات العسكرية العراقية", "الاستخبارات العسكرية العراقية"], "IQ", None,
      "A directorate of the Iraqi Ministry of Defence (the ministry is not an actor in test22)."),
    # --- alaoual (Iraq asks Jordan to hand over Raghad Saddam Hussein) ---
    A("iraq-foreign-ministry", "organization", "Ministry of Foreign Affairs (Iraq)", "وزارة الخارجية العراقية", ["الخارجية العراقية"], "IQ"),
    A("jordan-foreign-ministry", "organization", "Ministry of Foreign Affairs (Jordan)", "وزارة الخارجية الأردنية",
      ["الخارجية الأردنية"], "JO", None, "alaoual names it 'نظيرتها الأردنية' (the Iraqi ministry's Jordanian counterpart)."),
    P("raghad-saddam", "Raghad Saddam Hussein", "رغد صدام حسين", ["رغد"], "IQ",
      "Eldest daughter of Saddam Hussein, living in Jordan since 2003; on Iraq's wanted lists."),
    P("jaafari", "Ibrahim al-Jaafari", "إبراهيم الجعفري", ["الجعفري", "ابراهيم الجعفري"], "IQ", "Iraqi foreign minister (2014–2018)."),
    P("alyan", "Haitham Saleh Alyan", "هيثم عليان", ["هيثم صالح عليان", "عليان"], "JO", "Jordan's consul general in Erbil."),
    P("maliki", "Nouri al-Maliki", "نوري المالكي", ["المالكي"], "IQ", "Prime Minister of Iraq (2006–2014)."),
    # --- alraialaraby (Hemedti receives CISSA's executive secretary) ---
    A("sudan-sovereignty-council", "organization", "Transitional Sovereignty Council (Sudan)", "مجلس السيادة الانتقالي",
      ["مجلس السيادة", "مجلس السيادة السوداني"], "SD", None, "Sudan's collective head of state since 2019."),
    P("hemedti", "Mohamed Hamdan Dagalo (Hemedti)", "محمد حمدان دقلو", ["حميدتي", "دقلو"], "SD",
      "Deputy chairman of Sudan's Sovereignty Council (2019–2023); commander of the Rapid Support Forces."),
    A("cissa", "organization", "Committee of Intelligence and Security Services of Africa (CISSA)",
      "منظمة أجهزة الأمن والمخابرات الأفريقية", ["سيسا", "CISSA", "لجنة أجهزة الأمن والمخابرات الأفريقية"], None, None,
      "Forum of African intelligence and security services (founded in Abuja, 2004), recognised by the African Union; run by an executive secretariat."),
    P("kotoko", "Zainab Ali Kotoko", "زينب علي كوتو", ["كوتو"], "NG", "Executive Secretary of CISSA."),
    P("mufaddal", "Ahmed Ibrahim Mufaddal", "أحمد إبراهيم مفضل", ["مفضل", "أحمد ابراهيم مفضل"], "SD",
      "Director General of Sudan's General Intelligence Service (since 2021)."),
    # --- alraimedia (Lebanese General Security arrests three Syrians of the Nusra Front) ---
    A("nusra", "group", "Al-Nusra Front", "جبهة النصرة", ["تنظيم جبهة النصرة", "النصرة", "Nusra Front"], None),
    # --- alhosn (Jordan's PSD director and the Palestinian police director at SOFEX) ---
    P("nabil-sharif", "Nabil Al-Sharif", "نبيل الشريف", ["الشريف"], "JO",
      "Jordanian minister of state for media affairs and communication and government spokesman (2009–2011)."),
    P("majali", "Hussein Al-Majali", "حسين المجالي", ["المجالي"], "JO",
      "Director of Jordan's Public Security Directorate (2010–2013), later minister of the interior."),
]
