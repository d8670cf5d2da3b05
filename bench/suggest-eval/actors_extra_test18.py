# Actors and aliases added to /work/main/graph/actors.json for the test18 corpus (held out).
# test18's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No ministry gets the bare "وزارة الداخلية": it names Egypt's ministry (alraees); "للداخلية" (mateurnews) is
# Tunisia's ministry and is not made an alias either.
from actors_extra import P, A

ALIASES = {
    # alraees: "للقاهرة" as the destination of the Sudanese minister's visit stands for the state.
    "egypt": ["القاهرة"],
}

ACTORS = [
    # ---- alraees (Egypt's and Sudan's interior ministers in Cairo)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", [], "EG", "Egyptian minister of the interior (since 2018)."),
    A("egypt-security-services", "agency", "Egyptian security services (collective)", "الأجهزة الأمنية المصرية", [], "EG", None,
      "Collective actor for unspecified Egyptian services, like moroccan-security-services."),
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("sudan-interior-ministry", "organization", "Ministry of Interior (Sudan)", "وزارة الداخلية السودانية", [], "SD"),
    P("sayrin", "Khalil Pasha Sayrin", "خليل باشا سايرين", ["سايرين", "نظيره السوداني"], "SD",
      "Sudanese minister of the interior (police general)."),
    A("sudan-security-services", "agency", "Sudanese security services (collective)", "أجهزة الأمن السودانية",
      ["الأجهزة الأمنية السودانية"], "SD", None, "Collective actor for unspecified Sudanese services, like moroccan-security-services."),
    # ---- mateurnews (36th session of the Arab Interior Ministers' Council, Tunis)
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    P("fourati", "Hichem Fourati", "هشام الفراتي", ["الفراتي", "Hichem Fourati"], "TN", "Tunisian minister of the interior (2018–2020)."),
    P("essebsi", "Beji Caid Essebsi", "الباجي قايد السبسي", ["الباجي قايد السّبسي", "قايد السبسي", "السبسي"], "TN",
      "President of Tunisia (2014–2019)."),
    A("algeria", "country", "Algeria", "الجزائر", ["الجمهورية الجزائرية الديمقراطية الشعبية", "Algeria"], "DZ"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    # ---- kayhan (Turkey hands a Muslim Brotherhood member to Egypt)
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("turkish-security-services", "agency", "Turkish security services (collective)", "أجهزة الأمن التركية", ["القوات التركية"], "TR", None,
      "Collective actor for unspecified Turkish police ('خدمات الشرطة في ... تركيا'), like moroccan-security-services."),
    P("sisi", "Abdel Fattah El-Sisi", "عبد الفتاح السيسي", ["السيسي", "عبدالفتاح السيسي"], "EG", "President of Egypt (since 2014)."),
    A("muslim-brotherhood", "group", "Muslim Brotherhood", "جماعة الإخوان المسلمين", ["جماعة الإخوان", "الإخوان", "الإخوان المسلمين", "Muslim Brotherhood"],
      None, None, "Designated a terrorist organisation by Egypt (2013)."),
    P("morsi", "Mohamed Morsi", "محمد مرسي", ["مرسي"], "EG", "President of Egypt (2012–2013)."),
    P("abdel-hafiz", "Mohamed Abdel Hafiz Hussein", "محمد عبد الحفيظ", ["عبد الحفيظ", "محمد عبد الحفيظ حسين"], "EG",
      "Egyptian Muslim Brotherhood member sentenced to death over the 2015 assassination of the prosecutor general; deported from Turkey to Egypt (early 2019)."),
    P("hisham-barakat", "Hisham Barakat", "هشام بركات", ["بركات"], "EG", "Egypt's prosecutor general, assassinated in 2015."),
    P("abu-al-ala", "Abdul Rahman Abu Al-Ala", "عبد الرحمن أبو العلا", ["أبو العلا"], "EG",
      "Young Egyptian held at Istanbul airport (as the text names him)."),
    # ---- aajeg (Haftar receives the Egyptian GIS director Abbas Kamel)
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    P("haftar", "Khalifa Haftar", "خليفة حفتر", ["حفتر", "المشير خليفة حفتر"], "LY", "Commander of the Libyan National Army (eastern Libya)."),
    A("libyan-national-army", "agency", "Libyan National Army", "الجيش الوطني الليبي", ["الجيش الليبي", "LNA"], "LY", None,
      "The eastern Libyan armed forces under Khalifa Haftar's General Command."),
    A("egypt-gis", "agency", "General Intelligence Service (Egypt)", "جهاز المخابرات العامة المصرية",
      ["المخابرات العامة المصرية", "المخابرات العامة", "GIS"], "EG"),
    P("abbas-kamel", "Abbas Kamel", "عباس كامل", ["Abbas Kamel"], "EG", "Director of Egypt's General Intelligence Service (2018–2024)."),
    A("egypt-armed-forces", "agency", "Egyptian Armed Forces", "القوات المسلحة المصرية", ["القوات المسلحة", "الجيش المصري"], "EG"),
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda"], None),
    # ---- alqaheranews (the Lebanese Army's joint naval exercise)
    A("lebanese-army", "agency", "Lebanese Armed Forces", "الجيش اللبناني", ["الجيش اللبنانى", "LAF"], "LB"),
    A("lebanese-navy", "agency", "Lebanese Navy (Lebanese Armed Forces)", "القوات البحرية في الجيش اللبناني",
      ["القوات البحرية في الجيش", "القوات البحرية اللبنانية"], "LB", "lebanese-army"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    # ---- okaz (Naif Arab University at the AIMC's 29th session, Hammamet)
    A("naif-university", "organization", "Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
      ["NAUSS"], None, None, "A university of the Arab League, in Riyadh."),
    P("ghamdi", "Abdulaziz bin Saqr Al-Ghamdi", "عبد العزيز بن صقر الغامدي", ["الغامدي"], "SA",
      "President of Naif Arab University for Security Sciences (2000s–2012)."),
    P("omairi", "Mohammed bin Abdullah Al-Omairi", "محمد بن عبد الله العميري", ["العميري"], "SA",
      "Director of the office of the president of Naif Arab University."),
    P("harfash", "Khalid bin Abdulaziz Al-Harfash", "خالد بن عبد العزيز الحرفش", ["الحرفش"], "SA",
      "Director of public relations and media at Naif Arab University."),
    # ---- elbilad (AFRIPOL's first General Assembly in Algiers)
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("afripol", "organization", "AFRIPOL (African Union Mechanism for Police Cooperation)", "المنظمة الإفريقية للتعاون بين الشرطة",
      ["أفريبول", "الأفريبول", "منظمة الشرطة الإفريقية", "AFRIPOL", "آلية الاتحاد الإفريقي للتعاون في مجال الشرطة",
       "آلية الاتحاد الإفريقي ،للتعاون في مجال الشرطة"], None, "african-union"),
    # ---- alwehda (Syria's interior minister Anas Khattab in Turkey)
    P("anas-khattab", "Anas Khattab", "أنس خطاب", ["خطاب"], "SY", "Syrian minister of the interior (from March 2025)."),
    P("yerlikaya", "Ali Yerlikaya", "علي يرلي كايا", ["يارلى كايا", "يرلي كايا", "نظيره التركي"], "TR",
      "Turkish minister of the interior (since 2023); spelled يارلى كايا by Bald News."),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("turkey-interior-ministry", "organization", "Ministry of Interior (Turkey)", "وزارة الداخلية التركية", [], "TR"),
    A("syrian-security-services", "agency", "Syrian security services (collective)", "الأجهزة الأمنية السورية",
      ["السلطات الأمنية المختصة في سوريا", "السلطات الأمنية السورية", "المؤسسات الأمنية السورية"], "SY", None,
      "Collective actor for unspecified Syrian services ('the competent security authorities in Syria'), like "
      "moroccan-security-services."),
    P("mohammed-fattouh", "Mohammed Fattouh", "محمد فتوح", [], "SY", "Assistant to Syria's interior minister for human resources."),
    P("bassem-al-mansour", "Bassem Abdul Hamid Al-Mansour", "باسم عبد الحميد المنصور", ["باسم المنصور"], "SY",
      "Brigadier, assistant to Syria's interior minister for legal and administrative affairs."),
    # ---- watania (the Palestinian Authority arrests a Hamas cell, per Israel's Channel 7)
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "السلطة الفلسطينية", "Palestine"], "PS", None,
      "'السلطة الفلسطينية' (the Palestinian Authority) is taken as the state, as 'authorities' go to the country."),
    A("palestinian-security-services", "agency", "Palestinian security services (collective)", "الأجهزة الأمنية الفلسطينية",
      ["أمن السلطة الفلسطينية", "أجهزة أمن السلطة الفلسطينية", "أجهزة أمن السلطة", "الأمن الفلسطيني", "أجهزة السلطة"], "PS", None,
      "Collective actor for unspecified Palestinian services."),
    A("hamas", "group", "Hamas", "حركة حماس", ["حماس", "حركة المقاومة الإسلامية", "Hamas"], None),
    A("palestinian-islamic-jihad", "group", "Palestinian Islamic Jihad", "حركة الجهاد الإسلامي",
      ["الجهاد الإسلامي", "حركة الجهاد الإسلامي في فلسطين", "PIJ"], None),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    # ---- imlebanon (army intelligence and customs at Tripoli port)
    A("lebanese-army-intelligence", "agency", "Intelligence Directorate (Lebanese Armed Forces)", "مديرية المخابرات في الجيش اللبناني",
      ["مديرية المخابرات", "مخابرات الجيش اللبناني", "مخابرات الجيش", "استخبارات الجيش"], "LB", "lebanese-army"),
    A("lebanon-customs", "agency", "General Directorate of Customs (Lebanon)", "المديرية العامة للجمارك اللبنانية",
      ["المديرية العامة للجمارك", "الجمارك اللبنانية", "Lebanese Customs"], "LB"),
]
