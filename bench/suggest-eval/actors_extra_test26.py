# Actors and aliases added to /work/main/graph/actors.json for the test26 corpus (held out).
# test26's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other
# actors_extra_*.py files already define are re-declared here with the same id, kind, names and parent (where two
# earlier sets disagree, the later or the one recording the real hierarchy is followed; see test26_README.md).
# No ministry gets the bare "وزارة الداخلية": it names the Bahraini ministry (alwatannews Oman) and the Kuwaiti
# ministry (kuwaitnews). The bare "الأمن العام" names only Bahrain's Public Security in test26 (uae71, alwatannews).
from actors_extra import P, A

ALIASES = {
    # capitals standing for the state (uae71, sadaara, elwatan) and the long forms the articles use
    "uae": ["أبوظبي", "أبو ظبي", "دولة الإمارات العربية المتحدة", "دولة الإمارات"],
    # bhmirror: "بغداد" for the state (the list was handed "to Baghdad"; the ambassador "to Baghdad")
    "iraq": ["بغداد"],
    # sadaara: "أحمد ناصر الرئيسي" (with hamza on ya)
    "raisi": ["أحمد ناصر الرئيسي", "الرئيسي"],
}

ACTORS = [
    # uae71 (Saif bin Zayed meets Bahrain's Chief of Public Security)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية",
      ["وزارة الداخلية في أبوظبي", "وزارة الداخلية في أبو ظبي"], "AE"),
    P("saif-bin-zayed", "Saif bin Zayed Al Nahyan", "سيف بن زايد آل نهيان", ["سيف بن زايد"], "AE",
      "Deputy prime minister and minister of the interior of the UAE."),
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain", "المنامة"], "BH"),
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية",
      ["داخلية البحرين"], "BH"),
    A("bahrain-public-security", "agency", "Public Security Command (Bahrain)", "رئاسة الأمن العام",
      ["الأمن العام", "الأمن العام البحريني", "Bahrain Public Security"], "BH", "bahrain-interior-ministry",
      "The police command of Bahrain's interior ministry, headed by the Chief of Public Security ('رئيس الأمن العام'). "
      "The bare 'الأمن العام' names no other body in test26."),
    P("tariq-al-hassan", "Tariq Al-Hassan", "طارق الحسن", ["طارق بن حسن الحسن", "طارق حسن الحسن"], "BH",
      "Chief of Public Security of Bahrain."),
    # alwatannews (Bahrain's interior minister receives the Omani interior minister)
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    A("oman", "country", "Oman", "سلطنة عمان", ["سلطنة عُمان", "Oman"], "OM"),
    P("busaidi", "Hamoud bin Faisal Al Busaidi", "حمود بن فيصل البوسعيدي", ["البوسعيدي"], "OM",
      "Minister of the Interior of Oman."),
    # kuwaitnews (Kuwait's and Saudi Arabia's interior ministers, Kuwait, 14 Sep. 2025)
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", [], "KW"),
    P("fahd-al-yousef", "Fahd Yousef Saud Al-Sabah", "فهد اليوسف", ["فهد يوسف سعود الصباح"], "KW",
      "Kuwait's first deputy prime minister, minister of defence and minister of the interior (2024–)."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود",
       "عبدالعزيز بن سعود بن نايف بن عبدالعزيز آل سعود"], "SA",
      "Saudi minister of the interior (since 2017)."),
    # alraimedia (Kuwait's and Qatar's interior ministers at Milipol Qatar 2022)
    P("ahmad-al-nawaf", "Ahmad Nawaf Al-Ahmad Al-Sabah", "أحمد النواف", ["أحمد نواف الأحمد الصباح", "أحمد النواف الأحمد الصباح"], "KW",
      "Kuwaiti first deputy prime minister and minister of the interior, later prime minister (2022–2024); retired general."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    P("khalid-bin-khalifa", "Khalid bin Khalifa bin Abdulaziz Al Thani", "خالد بن خليفة بن عبدالعزيز آل ثاني",
      ["خالد بن خليفة", "خالد بن خليفة بن عبد العزيز آل ثاني"], "QA",
      "Prime minister and minister of the interior of Qatar (2020–2023)."),
    # elwatan (Egypt's interior minister leaves for Abu Dhabi)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    P("mohamed-ibrahim", "Mohamed Ibrahim (Moustafa)", "محمد إبراهيم", ["محمد ابراهيم", "محمد إبراهيم مصطفى"], "EG",
      "Minister of the Interior of Egypt (Jan. 2013–Mar. 2015); not Mohamed Ibrahim Youssef (minister 2011–2012)."),
    # bhmirror (Bahrain's ambassador in Baghdad: a list of wanted Bahrainis handed to Iraq)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    P("salah-al-maliki", "Salah Al-Maliki", "صلاح المالكي", ["المالكي"], "BH",
      "Bahrain's ambassador to Iraq (2017)."),
    # alwatannews (Bahrain's Royal Police Academy at the Qatar Police Academy's graduation)
    A("bahrain-royal-police-academy", "agency", "Royal Academy of Police (Bahrain)", "الأكاديمية الملكية للشرطة", [], "BH",
      "bahrain-interior-ministry"),
    P("fawaz-al-hassan", "Fawaz Hassan Al-Hassan", "فواز حسن الحسن", ["فواز الحسن"], "BH",
      "Major general, commander of Bahrain's Royal Academy of Police."),
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية", ["الداخلية القطرية"], "QA"),
    A("qatar-police-academy", "agency", "Police Academy (Qatar)", "أكاديمية الشرطة القطرية", ["أكاديمية الشرطة"], "QA",
      "qatar-interior-ministry",
      "Qatar's police academy (it includes the Police College). The bare 'أكاديمية الشرطة' names no other academy in test26."),
    P("sulaiti", "Abdulrahman Majid Al Shaheen Al-Sulaiti", "عبدالرحمن ماجد آل شاهين السليطي", ["السليطي"], "QA",
      "Major general, president of Qatar's Police Academy."),
    # ksaplayers (the GCC secretary general visits the GCC drug-control criminal information centre in Doha)
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية",
      ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    A("gcc-drug-information-centre", "organization", "GCC Criminal Information Centre to Combat Drugs",
      "مركز المعلومات الجنائية لمكافحة المخدرات لمجلس التعاون لدول الخليج العربية",
      ["مركز المعلومات الجنائية لمكافحة المخدرات لمجلس التعاون", "مركز المعلومات الجنائية لمكافحة المخدرات", "GCIC"], None,
      "gcc", "A GCC body based in Doha."),
    P("albudaiwi", "Jasem Mohamed Albudaiwi", "جاسم محمد البديوي", ["البديوي", "جاسم البديوي"], "KW",
      "Secretary General of the GCC (since 2023)."),
    # sahafahonline (Kuwait arrests a Hezbollah-linked cell)
    A("hezbollah", "group", "Hezbollah", "حزب الله", ["حزب الله اللبناني", "Hezbollah"], None),
    # sadaara (Jordan's GID hands Khalaf Al-Rumaithi to the UAE)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan", "عمّان"], "JO"),
    A("jordan-gid", "agency", "General Intelligence Directorate (Jordan)", "دائرة المخابرات العامة",
      ["المخابرات الأردنية", "جهاز المخابرات الأردنية", "دائرة المخابرات العامة الأردنية", "GID"], "JO"),
    P("rumaithi", "Khalaf bin Abdulrahman Al-Rumaithi", "خلف بن عبد الرحمن الرميثي",
      ["الرميثي", "خلف الرميثي", "خلف عبد الرحمن الرميثي"], "AE",
      "Emirati opposition figure sentenced in absentia in the 'UAE 94' case; also a Turkish national."),
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي"], "AE",
      "Inspector General of the UAE Ministry of Interior; elected Interpol president in November 2021."),
    P("abdullah-ii", "Abdullah II of Jordan", "عبد الله الثاني", ["عبدالله الثاني"], "JO", "King of Jordan."),
    P("mohammed-bin-zayed", "Mohammed bin Zayed Al Nahyan", "محمد بن زايد", ["محمد بن زايد آل نهيان"], "AE",
      "President of the UAE (since May 2022)."),
]
