# Actors and aliases added to /work/main/graph/actors.json for the test14 corpus (held out).
# test14's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py, actors_extra_devN.py or actors_extra_testN.py already define are re-declared here with the same id,
# kind, names and parent.
# Algeria's DGSN gets no bare "الأمن الوطني" or "المديرية العامة للأمن الوطني": the shipped lexicon gives them to
# Morocco's DGSN (dgsn). Interpol keeps its shipped aliases; "الشرطة الدولية" is added (iraqtoday).
from actors_extra import P, A

ALIASES = {
    # iraqtoday: "الشرطة الدولية \" الانتربول\"".
    "interpol": ["الشرطة الدولية"],
}

ACTORS = [
    # lalishduhok (the KRG's prime minister receives the head of the Iraqi National Intelligence Service)
    A("iraq", "country", "Iraq", "العراق", ["جمهورية العراق", "Iraq"], "IQ"),
    A("krg", "organization", "Kurdistan Regional Government", "حكومة إقليم كوردستان",
      ["حكومة إقليم كردستان", "إقليم كوردستان", "إقليم كردستان", "KRG"], "IQ", None,
      "The government of the Kurdistan Region of Iraq. 'إقليم كوردستان' is taken as its name where the region acts (lalishduhok: coordination 'between the Kurdistan Region and the federal government')."),
    P("masrour-barzani", "Masrour Barzani", "مسرور بارزاني", ["بارزاني", "Masrour Barzani"], "IQ",
      "Prime Minister of the Kurdistan Regional Government (since 2019)."),
    A("iraq-nis", "agency", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي",
      ["جهاز المخابرات العراقي", "جهاز المخابرات الوطني الاتحادي", "INIS"], "IQ"),
    P("hamid-shatri", "Hamid Al-Shatri", "حميد الشطري", ["الشطري"], "IQ", "Head of the Iraqi National Intelligence Service."),

    # afran (AMISOM sends Somali police officers to a course in Djibouti, with the Italian police)
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("amisom", "agency", "African Union Mission in Somalia (AMISOM)", "بعثة الاتحاد الأفريقي في الصومال",
      ["بعثة الاتحاد الأفريقي", "أميصوم", "AMISOM"], None, "african-union",
      "The AU's multinational peace-support force in Somalia (2007–2022)."),
    A("somalia", "country", "Somalia", "الصومال", ["جمهورية الصومال", "Somalia"], "SO"),
    A("somali-police", "agency", "Somali Police Force", "قوات الشرطة الصومالية", ["جهاز الشرطة الصومالي", "الشرطة الصومالية"], "SO"),
    A("somali-security-forces", "agency", "Somali security forces (collective)", "القوات الصومالية", ["للقوات الصومالية"], "SO", None,
      "Collective actor for unspecified Somali forces (police and army), like moroccan-security-services."),
    A("djibouti", "country", "Djibouti", "جيبوتي", ["جمهورية جيبوتي", "Djibouti"], "DJ"),
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية",
      ["الشرطة الإيطالية", "قوات الشرطة الإيطالية"], "IT", None,
      "Collective actor for unspecified Italian services, like moroccan-security-services. afran's 'قوات الشرطة الإيطالية' does not say which force."),
    P("charles-makono", "Charles Makono", "تشارلز ماكونو", ["ماكونو", "Charles Makono"], None,
      "Police Commissioner of AMISOM (the head of its police component, not of the mission)."),
    P("mahdi-mohamed-ali", "Mahdi Mohamed Ali", "مهدي محمود علي", [], "SO",
      "Somalia's Minister of State for Internal Security (as afran spells his name)."),

    # arabnewsnetwork (Palestinian Authority security arrests two men recruited for Islamic Jihad)
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "السلطة الفلسطينية", "Palestine"], "PS", None,
      "'السلطة الفلسطينية' (the Palestinian Authority) is taken as the state, as 'authorities' go to the country."),
    A("palestinian-security-services", "agency", "Palestinian security services (collective)", "الأجهزة الأمنية الفلسطينية",
      ["أمن السلطة الفلسطينية", "أجهزة أمن السلطة الفلسطينية", "أجهزة أمن السلطة", "الأمن الفلسطيني"], "PS", None,
      "Collective actor for unspecified Palestinian services."),
    A("palestinian-islamic-jihad", "group", "Palestinian Islamic Jihad", "حركة الجهاد الإسلامي",
      ["الجهاد الإسلامي", "حركة الجهاد الإسلامي في فلسطين", "PIJ"], None),
    A("plo", "organization", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية", ["منظمة التحرير", "PLO"], "PS"),
    P("ibrahim-al-nabulsi", "Ibrahim Al-Nabulsi", "إبراهيم النابلسي", ["النابلسي"], "PS",
      "Palestinian militant in Nablus, killed in an Israeli raid in August 2022."),

    # egypttoday (Ethiopia's counter-terrorism body and federal police arrest eight al-Shabaab members at Dollo Ado)
    A("ethiopia", "country", "Ethiopia", "إثيوبيا", ["أثيوبيا", "اثيوبيا", "Ethiopia"], "ET"),
    A("ethiopia-counter-terrorism-agency", "agency", "Ethiopian counter-terrorism body", "جهاز مكافحة الإرهاب في إثيوبيا",
      ["جهاز مكافحة الإرهاب الإثيوبي"], "ET", None,
      "As Egypt Today names it; probably the National Anti-Terrorism Task Force of NISS and the Federal Police, which the text does not name."),
    A("ethiopia-federal-police", "agency", "Ethiopian Federal Police", "الشرطة الفيدرالية الإثيوبية",
      ["الشرطة الفيدرالية", "الشرطة الفدرالية الإثيوبية"], "ET"),
    A("al-shabaab", "group", "Harakat al-Shabaab al-Mujahideen", "حركة الشباب", ["حركة الشباب المجاهدين", "al-Shabaab"], None),
    A("wfp", "organization", "World Food Programme", "برنامج الأغذية العالمي", ["برنامج الأغذية العالمية", "WFP"], None, "un"),

    # altabia (Sudan's General Intelligence Service and Ethiopia's NISS)
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan", "الخرطوم", "للخرطوم"], "SD"),
    A("sudan-gis", "agency", "General Intelligence Service (Sudan)", "جهاز المخابرات العامة السوداني",
      ["جهاز المخابرات السوداني", "المخابرات السودانية", "GIS"], "SD", None,
      "Sudan's intelligence service (called NISS until 2019)."),
    A("ethiopia-niss", "agency", "National Intelligence and Security Service (Ethiopia)", "جهاز المخابرات الوطني الإثيوبي",
      ["جهاز المخابرات الوطني الأثيوبي", "جهاز المخابرات الإثيوبي", "المخابرات الإثيوبية", "NISS"], "ET"),
    P("temesgen-tiruneh", "Temesgen Tiruneh", "تمسكن طرونا", ["Temesgen Tiruneh"], "ET",
      "Director General of Ethiopia's NISS (2021–2024)."),

    # iraqtoday (Interpol Baghdad's director on Lebanon's cooperation and the hand-over of Abdul Falah al-Sudani)
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias وزارة الداخلية (it names other ministries elsewhere)."),
    A("iraq-interpol", "agency", "Directorate of Arab and International Police (Interpol Baghdad)", "مديرية الشرطة العربية والدولية",
      ["الانتربول العراقي", "الإنتربول العراقي", "المكتب المركزي للإنتربول في العراق", "Interpol Baghdad"], "IQ",
      "iraq-interior-ministry", "Iraq's Interpol National Central Bureau."),
    P("arkan-farhan-hassan", "Arkan Farhan Hassan", "أركان فرحان حسن", [], "IQ",
      "Director of Interpol's National Central Bureau in Iraq (iraqtoday, citing Asharq Al-Awsat)."),
    P("abdul-falah-al-sudani", "Abdul Falah al-Sudani", "عبد الفلاح السوداني", ["عبدالفلاح السوداني"], "IQ",
      "Former Iraqi trade minister, convicted in absentia of corruption, handed to Iraq after his arrest in Beirut."),
    A("iraq-republican-guard", "agency", "Iraqi Republican Guard (disbanded 2003)", "الحرس الجمهوري العراقي", ["الحرس الجمهوري"], "IQ"),

    # akhbarelyom (Egypt's consul in Khartoum and Sudan's minister of state for the interior)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("sudan-interior-ministry", "organization", "Ministry of Interior (Sudan)", "وزارة الداخلية السودانية", [], "SD"),
    P("wiam-swailem", "Wiam Abdullah Swailem", "وئام عبد الله سويلم", ["سويلم"], "EG", "Egypt's consul in Khartoum."),
    P("babiker-digna", "Babiker Ahmed Digna", "بابكر أحمد دقنه", ["دقنه", "بابكر دقنة"], "SD",
      "Sudan's Minister of State for the Interior."),

    # radioalgerie (the Palestinian interior minister at Algeria's Higher Police School; Palestinian police trainees)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "الشرطة الجزائرية", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'الأمن الوطني' or 'المديرية العامة للأمن الوطني' alias: those are Morocco's DGSN in the shipped lexicon, although radioalgerie uses them for Algeria's."),
    A("algeria-police-school-ali-tounsi", "agency", "Higher Police School Ali Tounsi (Châteauneuf, Algiers)", "المدرسة العليا للشرطة علي تونسي",
      ["المدرسة العليا للشرطة", "École supérieure de police Ali Tounsi"], "DZ", "algeria-dgsn"),
    A("algeria-police-school-soumaa", "agency", "Police Application School of Soumâa (Blida)", "المدرسة التطبيقية بالصومعة",
      ["مدرسة تطبيق الشرطة بالصومعة"], "DZ", "algeria-dgsn"),
    P("farid-bencheikh", "Farid Bencheikh", "فريد بن الشيخ", ["بن الشيخ", "Farid Bencheikh"], "DZ",
      "Director General of Algeria's DGSN."),
    P("merad", "Brahim Merad", "ابراهيم مراد", ["إبراهيم مراد", "Brahim Merad"], "DZ",
      "Algerian minister of the interior, local authorities and town planning (2022–2024)."),
    A("palestinian-police", "agency", "Palestinian Civil Police", "الشرطة الفلسطينية", ["Palestinian Police"], "PS"),

    # alhakikas (Russia's ambassador in Amman praises Syrian–Jordanian anti-drug coordination)
    A("russia", "country", "Russia", "روسيا", ["روسيا الاتحادية", "موسكو", "Russia"], "RU"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "عمان", "Jordan"], "JO", None,
      "'عمان' (Amman) stands for the state in alhakikas ('جهود عمان ودمشق'); it is also Oman's name without its article."),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria", "دمشق"], "SY"),
    P("gleb-desyatnikov", "Gleb Desyatnikov", "غليب ديسياتنيكوف", ["ديسياتنيكوف", "Gleb Desyatnikov"], "RU",
      "Russia's ambassador to Jordan."),

    # albawabh (Lebanese Army Intelligence arrests two ISIS leaders in Hermel)
    A("lebanese-army", "agency", "Lebanese Armed Forces", "الجيش اللبناني", ["الجيش اللبنانى", "قيادة الجيش اللبناني", "LAF"], "LB"),
    A("lebanese-army-intelligence", "agency", "Intelligence Directorate (Lebanese Armed Forces)", "مديرية المخابرات في الجيش اللبناني",
      ["مديرية المخابرات", "مخابرات الجيش اللبناني", "مخابرات الجيش"], "LB", "lebanese-army"),
    A("lebanese-army-orientation-directorate", "agency", "Directorate of Orientation (Lebanese Armed Forces)", "مديرية التوجيه",
      ["قيادة الجيش - مديرية التوجيه"], "LB", "lebanese-army", "The army's press and public-relations directorate, which issues its statements."),
    P("mohammed-khaled-al-hajj", "Mohammed Khaled Al-Hajj", "محمد خالد الحاج", ["الحاج"], "SY",
      "Syrian, described as an ISIS leader; arrested in Hermel (albawabh)."),
    P("ahmed-mansour-al-khalaf", "Ahmed Mansour Al-Khalaf", "أحمد منصور الخلف", ["الخلف"], "SY",
      "Syrian, described as ISIS's sharia emir; arrested in Hermel (albawabh)."),
]
