# Actors and aliases added to /work/main/graph/actors.json for the test49 corpus (held out).
# test49's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "الأمن العام": in test49 it names Qatar's Public Security (dubaialkhabar) and Jordan's PSD (psd).
# No ministry gets the bare "وزارة الداخلية": it names Yemen's ministry (anbaaden) and is part of longer names elsewhere.
from actors_extra import P, A

ALIASES = {}

ACTORS = [
    # countries
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "القاهرة", "Egypt"], "EG", None,
      "'القاهرة' stands for the state in alwatanvoice's headline ('سلمت الكويت القاهرة مطلوبين')."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "الامارات", "دولة الإمارات", "UAE"], "AE"),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    # alwatanvoice (Kuwait hands wanted people to Egypt; Kuwait's deputy foreign minister)
    P("khaled-al-jarallah", "Khaled Al-Jarallah", "خالد الجار الله", ["الجار الله", "خالد الجارالله", "الجارالله"], "KW",
      "Kuwait's deputy minister of foreign affairs (2006–2021)."),
    A("muslim-brotherhood", "group", "Muslim Brotherhood", "جماعة الإخوان المسلمين",
      ["جماعة الإخوان", "الإخوان", "الإخوان المسلمين", "Muslim Brotherhood"], None, None,
      "Designated a terrorist organisation by Egypt (2013)."),
    # sawtalhaq (Jordan's interior minister receives Qatar's ambassador)
    P("samir-mubaideen", "Samir Mubaideen", "سمير المبيضين", ["المبيضين"], "JO", "Jordanian minister of the interior (2019–2020)."),
    P("saud-al-thani", "Saud bin Nasser Al Thani", "سعود بن ناصر آل ثاني", ["سعود بن ناصر بن جاسم آل ثاني"], "QA",
      "Qatar's ambassador in Amman."),
    P("abdullah-ii", "Abdullah II of Jordan", "عبد الله الثاني", ["عبدالله الثاني"], "JO", "King of Jordan."),
    P("tamim", "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", ["الشيخ تميم", "تميم بن حمد", "تميم"], "QA", "Emir of Qatar (since 2013)."),
    # khaleejnas (the Qatari–Iraqi joint security committee meets in Baghdad)
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية", ["الداخلية القطرية"], "QA"),
    A("qatar-moi-hr", "organization", "Human Resources Department, Qatar Ministry of Interior", "إدارة الموارد البشرية",
      ["Human Resources Department"], "QA", "qatar-interior-ministry"),
    P("khalifa-al-nasr", "Khalifa Al-Nasr", "خليفة النصر", ["النصر", "خليفة نصر النصر"], "QA",
      "Head of Qatar's Interpol NCB (brigadier), 2011; in test49 (khaleejnas) major general and director of the interior "
      "ministry's human-resources department, read as the same officer."),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["الداخلية العراقية", "وزارة الداخلية في العراق"], "IQ", None,
      "Without the bare alias 'وزارة الداخلية' (see the header)."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ",
      "Iraqi interior minister (since 2022)."),
    P("ziad-taha-ali", "Ziad Taha Ali", "زياد طه علي", [], "IQ", "Lieutenant general, adviser to Iraq's minister of the interior."),
    # forbesme (Kuwait's emir and Lebanon's president)
    P("mishal-al-sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "مشعل الأحمد الجابر الصباح", ["Mishal Al-Ahmad"], "KW",
      "Emir of Kuwait (since December 2023)."),
    P("joseph-aoun", "Joseph Aoun", "جوزاف عون", ["جوزيف عون"], "LB", "President of Lebanon (since January 2025)."),
    # ksa2day (Kuwait's interior minister and Yemen's foreign minister)
    P("mohammad-al-khalid", "Mohammad Al-Khalid Al-Hamad Al-Sabah", "محمد الخالد",
      ["الخالد", "محمد خالد الحمد الصباح", "Mohammad Al-Khalid"], "KW",
      "Kuwait's deputy prime minister and minister of the interior (2013–2017)."),
    P("mikhlafi", "Abdulmalik Al-Mikhlafi", "عبدالملك عبدالجليل المخلافي", ["المخلافي", "عبدالملك المخلافي", "عبد الملك المخلافي"], "YE",
      "Yemeni minister of foreign affairs (2015–2018)."),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", ["الداخلية الكويتية"], "KW", None,
      "No bare alias 'وزارة الداخلية' (see the header)."),
    A("kuwait-security-media", "organization", "General Department of Relations and Security Media (Kuwait interior ministry)",
      "الإدارة العامة للعلاقات والإعلام الأمني", ["الادارة العامة للعلاقات والإعلام الأمني", "إدارة الإعلام الأمني"], "KW",
      "kuwait-interior-ministry",
      "The ministry's press and public-relations department; ksa2day calls it 'إدارة الإعلام الأمني'."),
    # aljarida (Qatar's emir approves border and anti-crime agreements with Saudi Arabia; Saudi Border Guard)
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", ["الداخلية السعودية"], "SA"),
    A("saudi-border-guard", "agency", "General Directorate of Border Guard (Saudi Arabia)", "المديرية العامة لحرس الحدود",
      ["حرس الحدود السعودي", "حرس الحدود في السعودية", "حرس الحدود"], "SA", "saudi-interior-ministry"),
    P("abdullah-bin-mahfouz", "Abdullah bin Mohammed bin Mahfouz", "عبدالله بن محمد بن محفوظ", ["بن محفوظ"], "SA",
      "Spokesman of the Saudi Border Guard."),
    # dubaialkhabar (Qatar's interior minister writes to Egypt's; Qatar's Public Security director in Cairo)
    P("khalifa-bin-hamad", "Khalifa bin Hamad Al Thani", "خليفة بن حمد آل ثاني", ["خليفة بن حمد بن خليفة آل ثاني"], "QA",
      "Qatar's minister of the interior and commander of Lekhwiya (since 2023)."),
    A("lekhwiya", "agency", "Internal Security Force (Lekhwiya, Qatar)", "قوة الأمن الداخلي", ["لخويا", "Lekhwiya"], "QA"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", ["توفيق"], "EG", "Egyptian minister of the interior (since 2018)."),
    P("sisi", "Abdel Fattah El-Sisi", "عبد الفتاح السيسي", ["السيسي", "عبدالفتاح السيسي"], "EG", "President of Egypt (since 2014)."),
    A("qatar-public-security", "agency", "General Directorate of Public Security (Qatar)", "الأمن العام القطري",
      ["Qatar Public Security"], "QA", "qatar-interior-ministry",
      "Named as the text writes it; its Arabic official name is Lebanon's General Security's, 'المديرية العامة للأمن العام'."),
    P("abdullah-al-suwaidi", "Abdullah bin Mohammed Al Suwaidi", "عبدالله بن محمد السويدي", ["عبدالله محمد السويدي"], "QA",
      "Major general; assistant undersecretary of Qatar's Ministry of Interior for technical and specialised affairs, then "
      "Director of Public Security (dubaialkhabar: 'اللواء الركن عبدالله محمد السويدي، مدير الأمن العام القطري', read as the same officer)."),
    # alanba (Kuwait's interior minister in Damascus)
    P("fahd-al-yousef", "Fahd Yousef Saud Al-Sabah", "فهد اليوسف", ["فهد يوسف سعود الصباح"], "KW",
      "Kuwait's first deputy prime minister, minister of defence and minister of the interior (2024–)."),
    P("anas-khattab", "Anas Khattab", "أنس خطاب", ["خطاب"], "SY", "Syrian minister of the interior (from March 2025)."),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    # anbaaden (Yemen's interior minister Hussein Arab in Doha)
    P("hussein-arab", "Hussein Arab", "حسين عرب", ["عرب"], "YE", "Yemeni minister of the interior (2015–2018), major general."),
    P("abdullah-bin-nasser", "Abdullah bin Nasser bin Khalifa Al Thani", "عبد الله بن ناصر بن خليفة آل ثاني",
      ["عبدالله بن ناصر بن خليفة آل ثاني"], "QA",
      "Qatar's minister of state for interior affairs (2005–2013), later prime minister and minister of the interior."),
    A("yemen-interior-ministry", "organization", "Ministry of Interior (Yemen)", "وزارة الداخلية اليمنية", ["الداخلية اليمنية"], "YE"),
    # psd (Jordan's PSD director receives Qatar's assistant undersecretary for security affairs)
    P("maaytah", "Obaidullah Al-Maaytah", "عبيدالله المعايطة", ["المعايطة", "عبيد الله المعايطة"], "JO",
      "Director of Jordan's Public Security Directorate (since 2022)."),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "جهاز الأمن العام", "جهاز الأمن العام الأردني", "PSD"], "JO", None,
      "Without the bare alias 'الأمن العام' (see the header)."),
    P("nayef-bin-faleh", "Nayef bin Faleh Al Thani", "نايف بن فالح آل ثاني", [], "QA",
      "Assistant undersecretary of Qatar's Ministry of Interior for security affairs."),
]
