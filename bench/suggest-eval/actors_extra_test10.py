# Actors and aliases added to /work/main/graph/actors.json for the test10 corpus (held out).
# test10's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that actors_extra.py or
# another set's actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "وزارة الداخلية" (in alikhbariah it is the Syrian ministry, read in context) or the bare
# "المخابرات" (tehamapress: the Iraqi service, read in context).
from actors_extra import P, A

ALIASES = {
    # alsudanalyoum: "الشرطة الدولية" for Interpol, as in actors_extra.py and test5.
    "interpol": ["الشرطة الدولية"],
}

ACTORS = [
    # ---- re-declared (same id, kind, names, parent as in the sets that define them)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt", "دولة مصر"], "EG"),
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan", "الخرطوم"], "SD"),
    A("sudan-interior-ministry", "organization", "Ministry of Interior (Sudan)", "وزارة الداخلية السودانية", [], "SD"),
    A("sudan-police", "agency", "Sudan Police Force", "الشرطة السودانية", ["قوات الشرطة السودانية", "Sudan Police"], "SD"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria", "دمشق"], "SY"),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("syria-anti-narcotics", "agency", "Anti-Narcotics Administration (Syria)", "إدارة مكافحة المخدرات السورية",
      ["إدارة مكافحة المخدرات في الجمهورية العربية السورية"], "SY", "syria-interior-ministry",
      "Directorate of the Syrian interior ministry; alikhbariah writes 'إدارة مكافحة المخدرات في الجمهورية العربية السورية'."),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "جهاز الأمن العام", "PSD"], "JO", None,
      "Re-declared as the parent of jordan-anti-narcotics; no bare 'الأمن العام'."),
    A("jordan-anti-narcotics", "agency", "Anti-Narcotics Department (Jordan)", "إدارة مكافحة المخدرات الأردنية",
      ["إدارة مكافحة المخدرات في الأردن", "Anti-Narcotics Department"], "JO", "jordan-psd",
      "The PSD's anti-narcotics department."),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("us-embassy-beirut", "organization", "Embassy of the United States in Beirut", "سفارة الولايات المتحدة الأميركية في بيروت",
      ["سفارة الولايات المتحدة الأميركية", "السفارة الأميركية"], "US", "us-state-department"),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("burkina-faso", "country", "Burkina Faso", "بوركينا فاسو", ["بوركينا", "Burkina Faso"], "BF"),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("al-shabaab", "group", "Harakat al-Shabaab al-Mujahideen", "حركة الشباب",
      ["حركة الشباب المجاهدين", "al-Shabaab", "حركة “الشباب”"], None),

    # ---- sudaress (Sudan's interior minister Babiker Samra and the Egyptian ambassador Hani Salah El-Din)
    P("babiker-samra", "Babiker Samra Mustafa", "بابكر سمره مصطفى", ["بابكر سمرة مصطفى", "بابكر سمره", "بابكر سمرة"], "SD",
      "Sudanese minister of the interior (police lieutenant general), after the recapture of Khartoum (2025)."),
    P("hani-salah-el-din", "Hani Salah El-Din Mustafa", "هانى صلاح الدين مصطفى", ["هاني صلاح الدين مصطفى", "هاني صلاح الدين"], "EG",
      "Egyptian ambassador to Sudan."),
    P("bilal-qasmallah", "Bilal Qasmallah", "بلال قسم الله", [], "SD",
      "Ambassador, director of the Arab department of Sudan's foreign ministry."),
    P("okasha", "Mohamed Al-Mutasim Okasha", "محمد المعتصم عكاشة", ["عكاشة"], "SD",
      "Police major general, director of the executive office (of the minister of the interior, as the text reads)."),
    A("sudan-foreign-ministry", "organization", "Ministry of Foreign Affairs (Sudan)", "وزارة الخارجية السودانية",
      ["وزارة الخارجية"], "SD", None, "The bare 'وزارة الخارجية' is Sudan's ministry in sudaress."),

    # ---- tehamapress (Iraq's intelligence chief Hamid Al-Shatri in Damascus to meet Ahmed Al-Sharaa)
    A("iraq-nis", "agency", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي",
      ["جهاز المخابرات العراقي", "جهاز المخابرات", "INIS"], "IQ"),
    P("hamid-shatri", "Hamid Al-Shatri", "حميد الشطري", ["الشطري"], "IQ", "Head of the Iraqi National Intelligence Service."),
    P("ahmed-al-sharaa", "Ahmed Al-Sharaa", "أحمد الشرع", ["الشرع"], "SY",
      "General commander of the Syrian (transitional) administration, later president of Syria."),

    # ---- vetogate (Libyan special forces 'Saiqa' and the Brega security directorate free 23 Egyptian workers)
    A("libya-saiqa", "agency", "Libyan Special Forces (Saiqa)", "القوات الخاصة الليبية",
      ["القوات الخاصة", "الصاعقة", "القوات الليبية الخاصة", "Saiqa"], "LY", None,
      "The special forces ('الصاعقة') of the Libyan National Army in the east."),
    A("brega-security-directorate", "agency", "Brega Security Directorate (Libya)", "مديرية أمن منطقة البريقة",
      ["مديرية أمن البريقة"], "LY"),
    P("sisi", "Abdel Fattah El-Sisi", "عبد الفتاح السيسي", ["السيسي", "عبدالفتاح السيسي"], "EG", "President of Egypt (since 2014)."),

    # ---- alhayat 532334 (the Lebanese Army's logistics brigade receives 38 US military trucks)
    A("lebanese-army", "agency", "Lebanese Armed Forces", "الجيش اللبناني", ["الجيش اللبنانى", "LAF"], "LB"),
    A("lebanese-army-logistics-brigade", "agency", "Logistics Brigade (Lebanese Armed Forces)", "اللواء اللوجستي في الجيش اللبناني",
      ["اللواء اللوجستي"], "LB", "lebanese-army"),
    A("us-odc-lebanon", "agency", "US Office of Defense Cooperation in Lebanon", "مكتب التعاون الدفاعي الأميركي في لبنان",
      ["مكتب التعاون الدفاعي الأمريكي في لبنان", "مكتب التعاون الدفاعي الأميركي", "ODC Lebanon"], "US", "us-embassy-beirut",
      "The Pentagon's security-cooperation office housed at the US embassy in Beirut (not stated in the text)."),

    # ---- alhayat 605248 (Sahel security chiefs meet in Niamey)
    P("pierre-buyoya", "Pierre Buyoya", "ابير بويويا", ["بيير بويويا", "بويويا", "Pierre Buyoya"], "BI",
      "Former president of Burundi; the text calls him the UN's special representative in Mali (he was the AU's high representative for Mali and the Sahel)."),
    P("hassoumi-massaoudou", "Hassoumi Massaoudou", "حاسومي مسعودي", ["حسومي مسعودو", "مسعودي", "Hassoumi Massaoudou"], "NE",
      "Niger's minister of the interior (2013–2016 among other posts)."),

    # ---- ennahar (Iraq arrests 40 ISIS members in Baghdad and Diyala)
    A("iraq-intelligence-services", "agency", "Iraqi intelligence services (collective)", "أجهزة الاستخبارات العراقية",
      ["الاستخبارات العراقية"], "IQ", None, "Collective actor for unspecified Iraqi intelligence services."),
    A("iraq-supreme-judicial-council", "organization", "Supreme Judicial Council (Iraq)", "مجلس القضاء الأعلى",
      ["مجلس القضاء الأعلى العراقي"], "IQ"),

    # ---- alsudanalyoum (the former head of Interpol Khartoum testifies on Adam Sudakal's recovery from Addis Ababa)
    A("interpol-khartoum", "agency", "Interpol National Central Bureau Khartoum", "مكتب الانتربول بالخرطوم",
      ["مكاتب الانتربول بالخرطوم", "الانتربول بالخرطوم", "مكتب الإنتربول بالخرطوم", "الإنتربول السوداني", "Interpol Khartoum"],
      "SD", "sudan-police"),
    A("interpol-addis-ababa", "agency", "Interpol National Central Bureau Addis Ababa", "مكتب الإنتربول في أديس أبابا",
      ["مكاتب انتربول اديس ابابا", "انتربول اديس ابابا", "Interpol Addis Ababa"], "ET"),
    P("mutasim-abdelrahman", "Mutasim Abdelrahman Abdullah", "معتصم عبدالرحمن عبدالله", ["معتصم عبد الرحمن عبد الله"], "SD",
      "Retired police major general, director of the Interpol offices in Khartoum 2010–May 2016."),
    P("sudakal", "Adam Sudakal", "آدم سوداكال", ["ادم سوداكال", "سوداكال"], "SD",
      "Sudanese businessman (president of Al-Merrikh club), accused of taking an Emirati businessman's money."),

    # ---- alikhbariah (Syria's interior minister Anas Khattab in Amman)
    P("anas-khattab", "Anas Khattab", "أنس خطاب", ["خطاب"], "SY", "Syrian minister of the interior (from March 2025)."),
    P("mazen-faraya", "Mazen Al-Faraya", "مازن الفراية", ["الفراية"], "JO", "Jordanian minister of the interior."),
    A("syria-ports-authority", "agency", "General Authority for Land and Sea Ports (Syria)", "الهيئة العامة للمنافذ البرية والبحرية",
      ["الهيئة العامة للمنافذ البرية والبحرية السورية"], "SY", None,
      "Runs Syria's border crossings and ports (customs and border control)."),
    P("qutaiba-badawi", "Qutaiba Badawi", "قتيبة بدوي", ["بدوي"], "SY", "Head of Syria's General Authority for Land and Sea Ports."),

    # ---- alkhafji (Somali army with AMISOM arrests an al-Shabaab intelligence officer near Qoryoley)
    A("somali-army", "agency", "Somali National Army", "الجيش الصومالي",
      ["الجيش الصومالى", "قوات الجيش الصومالى", "قوات الجيش الصومالي", "Somali National Army"], "SO"),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("amisom", "agency", "African Union Mission in Somalia (AMISOM)", "بعثة الاتحاد الأفريقي في الصومال",
      ["قوات بعثة الاتحاد الأفريقى فى الصومال", "بعثة الاتحاد الأفريقى فى الصومال", "أميصوم", "AMISOM"], None, "african-union",
      "The AU's multinational peace-support force in Somalia (2007–2022)."),
    A("somalia-nisa", "agency", "National Intelligence and Security Agency (Somalia)", "الوكالة الوطنية للاستخبارات والأمن",
      ["الوكالة الوطنية للاستخبارات والأمن الصومالية", "NISA"], "SO"),
    P("mohamed-abdi-abdullah", "Mohamed Abdi Abdullah", "محمد عبدى عبد الله", ["محمد عبدي عبد الله"], "SO",
      "Deputy commissioner of Qoryoley for security affairs."),

    # ---- arabyday (Egyptian air force strike on smugglers from Libya, coordinated with military intelligence)
    A("egypt-armed-forces", "agency", "Egyptian Armed Forces", "القوات المسلحة المصرية", ["القوات المسلحة"], "EG"),
    A("egypt-air-force", "agency", "Egyptian Air Force", "القوات الجوية المصرية", ["القوات الجوية"], "EG", "egypt-armed-forces"),
    A("egypt-military-intelligence", "agency", "Military Intelligence and Reconnaissance Department (Egypt)", "المخابرات الحربية",
      ["إدارة المخابرات الحربية والاستطلاع", "المخابرات الحربية المصرية"], "EG", "egypt-armed-forces"),
    P("gaddafi", "Muammar Gaddafi", "معمر القذافي", ["القذافي"], "LY", "Ruler of Libya (1969–2011)."),
]
