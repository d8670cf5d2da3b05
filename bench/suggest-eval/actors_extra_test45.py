# Actors and aliases added to /work/main/graph/actors.json for the test45 corpus (held out).
# test45's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# Where two ids exist for one body (saudi-gdnc / saudi-anti-narcotics, french-interior-ministry /
# france-interior-ministry), the one used by more sets is taken (saudi-gdnc, french-interior-ministry).
from actors_extra import P, A

ALIASES = {
    # almadina-washington-post: "الولاياتالمتحدة" run together (Sauress copy).
    "usa": ["الولاياتالمتحدة"],
    # aawsat (Clinton): William Burns, then US deputy secretary of state, as "بيل بيرنز".
    "burns": ["بيل بيرنز"],
    # aawsat (US agreements): "الأجهزة الأميركية النظيرة".
    "us-security-agencies": ["الأجهزة الأميركية النظيرة"],
    # slaati: "الأنتربول".
    "interpol": ["الأنتربول"],
}

ACTORS = [
    # --- re-declared (same id, kind, names and parent as the other sets) ---
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    A("saudi-state-security", "agency", "Presidency of State Security (Saudi Arabia)", "رئاسة أمن الدولة", ["أمن الدولة"], "SA"),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة", "السلطات الأمنية السعودية", "الأجهزة السعودية", "القوات السعودية",
       "الاستخبارات السعودية", "فريق التحقيقات السعودي", "فريق تحقيق سعودي"], "SA", None,
      "Collective actor for unspecified Saudi security or police services, like moroccan-security-services. test45: "
      "'الاستخبارات السعودية' (almadina, Washington Post report) and the Saudi investigation team (slaati)."),
    A("saudi-gdnc", "agency", "General Directorate of Narcotics Control (Saudi Arabia)", "المديرية العامة لمكافحة المخدرات",
      ["GDNC", "إدارة المخدرات السعودية", "إدارة المخدرات", "مديرية مكافحة المخدرات"], "SA", "saudi-interior-ministry",
      "aawsat (test45) writes «مديرية مكافحة المخدرات»."),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود",
       "عبد العزيز بن سعود بن نايف", "عبدالعزيز بن سعود بن نايف"], "SA",
      "Saudi minister of the interior (since 2017)."),
    P("mohammed-bin-nayef", "Mohammed bin Nayef bin Abdulaziz", "محمد بن نايف بن عبد العزيز",
      ["محمد بن نايف بن عبدالعزيز", "محمد بن نايف"], "SA",
      "Saudi crown prince (2015–2017) and minister of the interior (2012–2017); chairman of NAUSS's supreme council."),
    P("naif-bin-abdulaziz", "Naif bin Abdulaziz Al Saud", "نايف بن عبدالعزيز",
      ["نايف بن عبد العزيز", "الأمير نايف", "نايف", "نايف بن عبدالعزيز آل سعود"], "SA",
      "Saudi minister of the interior (1975–2012), second deputy prime minister (2009–2011), crown prince (2011–2012)."),
    P("king-salman", "Salman bin Abdulaziz Al Saud", "سلمان بن عبدالعزيز",
      ["سلمان بن عبد العزيز", "الملك سلمان", "سلمان", "سلمان بن عبدالعزيز آل سعود"], "SA", "King of Saudi Arabia (since 2015)."),
    P("mohammed-bin-salman", "Mohammed bin Salman Al Saud", "محمد بن سلمان",
      ["محمد بن سلمان بن عبدالعزيز آل سعود", "محمد بن سلمان بن عبدالعزيز"], "SA",
      "Saudi crown prince (since 2017) and prime minister (since 2022)."),
    P("adel-al-jubeir", "Adel Al-Jubeir", "عادل الجبير", ["الجبير", "Adel al-Jubeir", "عادل بن أحمد الجبير"], "SA",
      "Saudi ambassador to the US (2007–2015), later foreign minister."),
    P("al-falih", "Hisham bin Abdulrahman Al-Falih", "هشام بن عبد الرحمن الفالح", ["الفالح", "هشام بن عبدالرحمن الفالح", "هشام الفالح"], "SA",
      "Undersecretary, later assistant minister, of the Saudi interior ministry."),
    A("pakistan", "country", "Pakistan", "باكستان", ["جمهورية باكستان الإسلامية", "Pakistan", "إسلام أباد", "إسلام آباد"], "PK"),
    A("india", "country", "India", "الهند", ["جمهورية الهند", "India", "نيودلهي"], "IN"),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    A("china-mps", "organization", "Ministry of Public Security (China)", "وزارة الأمن العام الصينية",
      ["Ministry of Public Security", "وزارة الأمن العام"], "CN", None,
      "China's police ministry. Without the bare alias 'الأمن العام'; klyoum (test45) writes 'وزارة الأمن العام' in Beijing."),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany", "جمهورية ألمانيا الاتحادية", "ألمانيا الاتحادية"], "DE"),
    A("german-interior-ministry", "organization", "Federal Ministry of the Interior, Building and Community (Germany)",
      "الوزارة الاتحادية للداخلية والبناء والأعمار والأمن الوطني", ["وزارة الداخلية الألمانية", "BMI"], "DE"),
    A("german-federal-police", "agency", "German Federal Police (Bundespolizei)", "الشرطة الاتحادية الألمانية",
      ["الشرطة الاتحادية", "الشرطة الفيدرالية الألمانية", "الشرطة الفيدرالية", "Bundespolizei", "الشرطة الإتحادية"], "DE",
      "german-interior-ministry"),
    P("romann", "Dieter Romann", "ديتر رومان", ["دييتر رومان", "رومان", "Dieter Romann"], "DE",
      "President of Germany's Federal Police (since 2012)."),
    P("kerber", "Markus Kerber", "ماركوس كيربر", ["كيربر", "Markus Kerber"], "DE",
      "State secretary (undersecretary) of Germany's Federal Ministry of the Interior (2018–2021)."),
    A("french-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية",
      ["وزارة الداخلية وأقاليم ما وراء البحار"], "FR"),
    P("retailleau", "Bruno Retailleau", "برونو روتايو", ["روتايو", "Retailleau", "برونو ريتايو", "ريتايو"], "FR",
      "France's minister of the interior (September 2024 – October 2025)."),
    P("philip-hammond", "Philip Hammond", "فيليب هاموند", ["هاموند", "Philip Hammond"], "GB",
      "British Secretary of State for Defence (2011–2014), later Foreign Secretary (2014–2016)."),
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda"], None),
    A("aqap", "group", "Al-Qaeda in the Arabian Peninsula", "تنظيم القاعدة في شبه الجزيرة العربية",
      ["القاعدة في جزيرة العرب", "تنظيم القاعدة في جزيرة العرب", "قاعدة الجهاد في جزيرة العرب", "AQAP", "تنظيم القاعدة", "القاعدة",
       "القاعدة في شبه جزيرة العرب"], None, None,
      "In almadina (test45) the bare 'القاعدة' of the plot from Yemen is read as AQAP, which the same text names in full."),
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran", "طهران"], "IR"),

    # --- new ---
    # aawsat (bin Nayef and Clinton)
    P("hillary-clinton", "Hillary Clinton", "هيلاري كلينتون", ["كلينتون", "Hillary Clinton"], "US",
      "US Secretary of State (2009–2013)."),
    P("condoleezza-rice", "Condoleezza Rice", "كوندوليزا رايس", ["رايس", "Condoleezza Rice"], "US",
      "US Secretary of State (2005–2009)."),
    P("george-w-bush", "George W. Bush", "جورج دبليو بوش", ["جورج بوش", "George W. Bush"], "US",
      "President of the United States (2001–2009)."),
    # newsforher (Saudi–Pakistani interior ministers)
    P("naqvi", "Mohsin Raza Naqvi", "محسن رضا نقوي", ["محسن نقوي", "محسن نقفي", "نقوي", "Mohsin Naqvi"], "PK",
      "Pakistan's federal minister of the interior and of narcotics control (since 2024)."),
    # alain (Saudi–Indian summit)
    P("modi", "Narendra Modi", "نارندرا مودي", ["ناريندرا مودي", "مودي", "Narendra Modi"], "IN",
      "Prime minister of India (since 2014)."),
    A("india-foreign-ministry", "organization", "Ministry of External Affairs (India)", "وزارة الخارجية الهندية",
      ["الخارجية الهندية", "Ministry of External Affairs"], "IN"),
    # almadina (bin Nayef receives Hammond)
    A("saudi-gip", "agency", "General Intelligence Presidency (Saudi Arabia)", "رئاسة الاستخبارات العامة",
      ["الاستخبارات العامة", "الاستخبارات العامَّة", "GIP"], "SA", None,
      "Saudi Arabia's foreign intelligence service; almadina writes 'رئيس الاستخبارات العامَّة' (with shadda)."),
    P("humaidan", "Khalid bin Ali Al-Humaidan", "خالد بن علي الحميدان", ["خالد الحميدان", "الحميدان"], "SA",
      "President of Saudi General Intelligence (2015–2024 and again)."),
    A("saudi-mabahith", "agency", "General Directorate of Investigation (Mabahith, Saudi Arabia)", "المديرية العامة للمباحث",
      ["المباحث العامة", "Mabahith"], "SA", "saudi-state-security",
      "The Saudi domestic security service; under the interior ministry until 2017, since then under the Presidency of State Security."),
    P("abdullah-al-qarni", "Abdullah bin Ali Al-Qarni", "عبدالله بن علي القرني", ["عبد الله بن علي القرني", "القرني"], "SA",
      "Deputy director-general of the Saudi General Directorate of Investigation (Mabahith)."),
    P("simon-collis", "Simon Collis", "سايمون كوليس", ["سيمون كوليس", "كوليس", "Simon Collis"], "GB",
      "British ambassador to Saudi Arabia (2015–2017)."),
    # klyoum (Saudi–Chinese security affairs committee, Beijing)
    P("bin-ayyaf", "Abdulaziz bin Mohammed bin Ayyaf", "عبد العزيز بن محمد بن عياف", ["عبدالعزيز بن محمد بن عياف", "بن عياف"], "SA",
      "Saudi deputy minister of the interior (acting, 'المكلف', in 2025)."),
    P("xu-datong", "Xu Datong", "شو داتونغ", ["Xu Datong"], "CN", "Chinese vice-minister of public security."),
    A("saudi-china-joint-committee", "organization", "Saudi–Chinese High-Level Joint Committee",
      "اللجنة السعودية - الصينية المشتركة رفيعة المستوى", ["اللجنة السعودية الصينية المشتركة رفيعة المستوى", "اللجنة رفيعة المستوى"], None, None,
      "A bilateral body of the two governments."),
    A("saudi-china-security-committee", "organization", "Security Affairs Committee (Saudi–Chinese High-Level Joint Committee)",
      "لجنة الشؤون الأمنية", [], None, "saudi-china-joint-committee",
      "The joint committee's sub-committee on security ('المنبثقة عن اللجنة رفيعة المستوى')."),
    # dostor (bin Saud in Berlin)
    P("seehofer", "Horst Seehofer", "هورست زيهوفر", ["زيهوفر", "Horst Seehofer"], "DE",
      "German federal minister of the interior (2018–2021)."),
    P("essam-bait-al-mal", "Essam Bait Al-Mal", "عصام بيت المال", ["Essam Bait Al-Mal"], "SA",
      "Saudi ambassador to Germany."),
    # slaati (Saudi investigation team, Pakistan)
    P("hassan-al-qahtani", "Hassan Al-Qahtani", "حسن القحطاني", [], "SA",
      "Saudi diplomat killed in Karachi in 2011 (the victim of the case); not to be confused with 'qahtani' (Saeed Al-Qahtani)."),
    P("rana-sanaullah", "Rana Sanaullah", "رانا ثناء الله", ["ثناء الله", "Rana Sanaullah"], "PK",
      "Pakistan's federal minister of the interior (2022–2023)."),
    # aawsat (bin Saud's agreements with US agencies)
    A("saudi-facilities-security-forces", "agency", "Facilities Security Forces (Saudi Arabia)", "قوات أمن المنشآت",
      ["Facilities Security Forces"], "SA", "saudi-interior-ministry"),
]
