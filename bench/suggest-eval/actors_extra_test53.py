# Actors and aliases added to /work/main/graph/actors.json for the test53 corpus (held out).
# test53's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other
# actors_extra_*.py files already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # Shipped actors: none needed beyond their own names (isis: "تنظيم داعش", "داعش").
}

ACTORS = [
    # States (re-declared; aliases as these articles write them)
    A("iraq", "country", "Iraq", "العراق", ["Iraq", "بغداد", "جمهورية العراق"], "IQ"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia", "الرياض"], "SA"),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt", "القاهرة"], "EG"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "UAE", "دولة الامارات العربية المتحدة", "الامارات"], "AE"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    # 3yonnews (Saudi interior minister on Saudi–Iraqi security cooperation during al-Kadhimi's visit)
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود",
       "عبدالعزيز بن سعود بن نايف"], "SA",
      "Saudi minister of the interior (since 2017)."),
    P("kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي", ["الكاظمي", "Mustafa al-Kadhimi"], "IQ",
      "Prime Minister of Iraq (2020–2022)."),
    # bokra (Iraq's Supreme Judicial Council and the UAE justice minister)
    A("iraq-supreme-judicial-council", "organization", "Supreme Judicial Council (Iraq)", "مجلس القضاء الأعلى",
      ["مجلس القضاء الأعلى العراقي"], "IQ"),
    P("faiq-zaidan", "Faiq Zaidan", "فائق زيدان", ["زيدان", "Faiq Zaidan"], "IQ",
      "President of Iraq's Supreme Judicial Council (judge)."),
    P("abdullah-al-nuaimi", "Abdullah bin Sultan bin Awad Al Nuaimi", "عبدالله بن سلطان بن عواد النعيمي",
      ["عبد الله بن سلطان بن عواد النعيمي", "عبدالله النعيمي"], "AE",
      "UAE minister of justice and head of the federal judiciary (as the text styles him); his ministry is named only in his title."),
    # kuwait24 (periodic meeting of the Kuwaiti and Iraqi land-border security officials)
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", [], "KW"),
    A("kuwait-border-security", "agency", "Border Security (Kuwait)", "أمن الحدود الكويتية",
      ["الإدارة العامة لأمن الحدود البرية", "إدارة أمن الحدود البرية"], "KW", "kuwait-interior-ministry",
      "Kuwait's General Department of Land Border Security (interior ministry); kuwait24 names it 'الإدارة العامة لأمن الحدود البرية'."),
    P("walid-al-saeed", "Walid Khalid Al-Saeed", "وليد خالد السعيد", ["وليد السعيد"], "KW",
      "Brigadier, director-general of Kuwait's General Department of Land Border Security (kuwait24)."),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية العراقيية", "الداخلية العراقية"], "IQ"),
    A("iraq-border-guard-command", "agency", "Border Guard Forces Command (Iraq)", "قيادة قوات حرس الحدود",
      ["قوات حرس الحدود العراقية", "قوات الحدود", "قيادة قوات الحدود"], "IQ", "iraq-interior-ministry"),
    A("iraq-border-fourth-region", "agency", "Fourth Region Border Command (Iraq)", "قيادة حدود المنطقة الرابعة",
      ["حدود المنطقة الرابعة"], "IQ", "iraq-border-guard-command",
      "The Iraqi border command for the region facing Kuwait (Basra); part of the Border Forces Command."),
    P("nawfal-hassan-fuad", "Nawfal Hassan Fuad", "نوفل حسن فؤاد", [], "IQ",
      "Major general, commander of Iraq's Fourth Region Border Command (kuwait24)."),
    # alraiiq (Iraqi security delegation in Cairo, January 2014)
    A("iraqi-security-forces", "agency", "Iraqi security forces (collective)", "القوات الأمنية العراقية", ["القوات العراقية"], "IQ"),
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda"], None),
    # elaph (Iraq's deputy interior minister on the Saudi border)
    P("aidan-khalid", "Aidan Khalid Qadir", "أيدن خالد", ["أيدن خالد قادر"], "IQ",
      "Deputy interior minister of Iraq for police affairs (2010)."),
    A("iraq-defence-ministry", "organization", "Ministry of Defence (Iraq)", "وزارة الدفاع العراقية", [], "IQ"),
    A("iraqi-army", "agency", "Iraqi Army", "الجيش العراقي", ["Iraqi Army"], "IQ", "iraq-defence-ministry"),
    # alummahnews (Jordan's interior ministry on the Trebil bombing and the border)
    A("jordan-interior-ministry", "organization", "Ministry of Interior (Jordan)", "وزارة الداخلية الأردنية", ["الداخلية الأردنية"], "JO"),
    # miliq (al-Shammari arrives in Riyadh, February 2023)
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ",
      "Iraqi minister of the interior (since Oct. 2022)."),
    A("iraq-gdna", "agency", "General Directorate of Narcotics and Psychotropic Substances Affairs (Iraq)",
      "المديرية العامة لشؤون المخدرات والمؤثرات العقلية",
      ["المديرية العامة لشؤون المخدرات والموثرات العقلية", "المديرية العامة لشؤون المخدرات",
       "مديرية شؤون المخدرات والمؤثرات العقلية", "مديرية مكافحة المخدرات والمؤثرات"], "IQ", "iraq-interior-ministry",
      "Directorate of the Iraqi interior ministry; miliq names its head 'مدير مكافحة المخدرات'."),
    A("iraq-civil-status-passports", "agency", "General Directorate of Civil Status, Passports and Residence (Iraq)",
      "مديرية الأحوال المدنية والجوازات والإقامة",
      ["الأحوال المدنية والجوازات والإقامة", "دائرة الأحوال المدنية والجوازات"], "IQ", "iraq-interior-ministry"),
    A("iraq-moi-relations-media", "organization", "Relations and Media Directorate (Iraq, Ministry of Interior)",
      "دائرة العلاقات والإعلام", [], "IQ", "iraq-interior-ministry",
      "The Iraqi interior ministry's public-relations and media department (not a security body)."),
    # annabaa (Iraq hands 15 Saudi prisoners to Riyadh)
    P("riyadh-al-kaabi", "Riyadh al-Kaabi", "رياض الكعبي", ["الكعبي"], "IQ",
      "Director of the Iraqi interior ministry's civil status and passports directorate (as annabaa styles it)."),
    A("us-forces-iraq", "agency", "US forces in Iraq (collective)", "القوات الاميركية في العراق",
      ["القوات الاميركية", "القوات الأمريكية", "القوات الأميركية", "القوات الأمريكية في العراق"], "US"),
    # elmadanews (Iraq's Federal Commission of Integrity recovers a fugitive from Egypt)
    A("iraq-integrity-commission", "agency", "Federal Commission of Integrity (Iraq)", "هيئة النزاهة",
      ["هيئة النزاهة العراقية", "هيئة النزاهة الاتحادية", "الهيئة الاتحادية للنزاهة"], "IQ"),
    A("iraq-integrity-recovery-dept", "agency", "Recovery Department (Iraq, Federal Commission of Integrity)", "دائرة الاسترداد",
      [], "IQ", "iraq-integrity-commission",
      "The commission's department for recovering fugitives and funds."),
    P("haider-hanoun", "Haider Hanoun", "حيدر حنون", ["حنون"], "IQ",
      "Judge, president of Iraq's Federal Commission of Integrity (2022–2024)."),
    A("egypt-aca", "agency", "Administrative Control Authority (Egypt)", "هيئة الرقابة الإدارية",
      ["الرقابة الإدارية", "الرقابة الإدارية المصرية"], "EG", None,
      "Egypt's anti-corruption and oversight authority (with judicial-police powers)."),
    # kingabdullah (King Abdullah II's visit to Baghdad)
    P("abdullah-ii", "Abdullah II of Jordan", "عبد الله الثاني", ["عبدالله الثاني", "عبدﷲ الثاني"], "JO",
      "King of Jordan (since 1999)."),
    P("maliki", "Nouri al-Maliki", "نوري المالكي", ["المالكي"], "IQ",
      "Prime Minister of Iraq (2006–2014)."),
    P("adel-abdul-mahdi", "Adil Abdul-Mahdi", "عادل عبد المهدي", ["عبد المهدي"], "IQ",
      "Vice-president of Iraq (2005–2011), later prime minister (2018–2020)."),
    A("jordan-gid", "agency", "General Intelligence Directorate (Jordan)", "دائرة المخابرات العامة",
      ["دائرة المخابرات العامة الأردنية", "جهاز المخابرات العامة", "المخابرات الأردنية", "المخابرات العامة الأردنية", "GID",
       "المخابرات العامة"], "JO"),
    P("mohammed-dahabi", "Mohammed al-Dahabi", "محمد الذهبي", [], "JO",
      "Lieutenant general, director of Jordan's General Intelligence Directorate (2005–2008)."),
]
