# Actors and aliases added to /work/main/graph/actors.json for the test23 corpus (held out).
# test23's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py, actors_extra_dev4.py–actors_extra_dev14.py or earlier test sets' files already define are re-declared
# here with the same id, kind, names and parent (aliases extended where test23's texts spell them otherwise).
# No ministry gets the bare "وزارة الداخلية": in test23 it names Libya's (afrigatenews), Egypt's (innfrad, almessa) and
# Syria's (syriahomenews) ministries.
from actors_extra import P, A

ALIASES = {
    # elbalad, yemennownews: other Arabic names of UNODC.
    "unodc": ["مكتب الأمم المتحدة لمكافحة الجريمة والمخدرات", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
              "مكتب مكافحة الجريمة والمخدرات", "مكتب الأمم المتحدة"],
    # chaabpress: "أجهزة المخابرات المغربية" (plural).
    "moroccan-security-services": ["أجهزة المخابرات المغربية"],
}

ACTORS = [
    # afrigatenews (Libya's interior minister and Interpol's secretary general)
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya, GNU)", "وزارة الداخلية الليبية", [], "LY"),
    P("khaled-mazen", "Khaled Mazen", "خالد مازن", ["مازن", "Khaled Mazen"], "LY",
      "Minister of the Interior of Libya's Government of National Unity (from 2021)."),
    P("jurgen-stock", "Jürgen Stock", "يورجن ستوك", ["يورغن شتوك", "يورغن ستوك", "ستوك", "Jürgen Stock"], "DE",
      "Secretary General of Interpol (2014–2024)."),

    # alaan (GCC–Europol letter of intent)
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية",
      ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC", "التعاون الخليجي"], None),
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol", "وكالة الاتحاد الاوروبي لانفاذ القانون", "المكتب الأوروبي للشرطة",
       "الأوروبول"], None, "eu"),
    A("gccpol", "organization", "GCCPOL (Gulf Cooperation Council Police)", "جهاز الشرطة الخليجية",
      ["الشرطة الخليجية", "GCCPOL"], None, "gcc",
      "The GCC's police-cooperation body ('the Gulf Interpol'), based in Abu Dhabi."),
    A("gcc-mission-eu", "organization", "GCC Mission to the European Union (Brussels)", "بعثة مجلس التعاون الخليجي لدى الاتحاد الأوروبي",
      ["بعثة مجلس التعاون الخليجي", "بعثة مجلس التعاون إلى الاتحاد الأوروبي"], None, "gcc"),
    A("gcc-secretariat", "organization", "GCC Secretariat General", "الأمانة العامة لمجلس التعاون لدول الخليج العربية",
      ["الأمانة العامة لمجلس التعاون"], None, "gcc"),
    A("gcc-security-affairs-sector", "organization", "Security Affairs Sector, GCC Secretariat General", "قطاع الشؤون الأمنية",
      ["قطاع الشؤون الامنية"], None, "gcc-secretariat"),
    P("zayani", "Abdullatif bin Rashid Al Zayani", "عبداللطيف الزياني", ["عبداللطيف بن راشد الزياني", "الزياني", "Al Zayani"], "BH",
      "Secretary-General of the GCC (2011–2020)."),
    P("wainwright", "Rob Wainwright", "روب وينرايت", ["وينرايت", "Rob Wainwright"], "GB", "Executive Director of Europol (2009–2018)."),
    P("sada", "Yousef Al-Sada", "يوسف السادة", ["السادة"], "QA", "Head of the GCC mission to the European Union in Brussels."),
    P("khyeli", "Mubarak Saeed Misfer Al Khyeli", "مبارك سعيد مسفر الخييلي", ["الخييلي", "مبارك الخيلي", "مبارك الخييلي"], "AE",
      "Acting director of the UAE Interpol department (major), 2012; then the first head of GCCPOL (lieutenant colonel)."),

    # elbalad (UNODC executive director's Gulf visit)
    A("oman", "country", "Oman", "سلطنة عمان", ["سلطنة عُمان", "Oman"], "OM"),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    P("fedotov", "Yury Fedotov", "يورى فيدتوف", ["يوري فيدوتوف", "فيدتوف", "Yury Fedotov"], "RU",
      "Executive Director of UNODC (2010–2019)."),
    P("hamad-bin-isa", "Hamad bin Isa Al Khalifa", "حمد بن عيسى آل خليفة", ["حمد بن عيسى الخليفة", "Hamad bin Isa"], "BH",
      "King of Bahrain."),

    # echchaab (AFRIPOL steering committee; the AU commissioner praises Algeria)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني",
      ["الشرطة الجزائرية", "DGSN Algérie", "Sûreté nationale (Algeria)"], "DZ", None,
      "Algeria's national police. Its Arabic name is that of Morocco's DGSN (dgsn)."),
    P("farid-bencheikh", "Farid Bencheikh", "فريد بن الشيخ", ["بن الشيخ", "Farid Bencheikh", "فريد بن شيخ", "بن شيخ"], "DZ",
      "Director General of Algeria's DGSN."),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU",
      "الإتحاد الإفريقي"], None),
    A("afripol", "organization", "AFRIPOL (African Union Mechanism for Police Cooperation)", "المنظمة الإفريقية للتعاون بين الشرطة",
      ["أفريبول", "الأفريبول", "منظمة الشرطة الإفريقية", "AFRIPOL", "آلية التعاون الشرطي الإفريقي"], None, "african-union"),
    P("adeoye", "Bankole Adeoye", "بانكولي أديوي", ["أديوي", "Bankole Adeoye"], "NG",
      "African Union Commissioner for Political Affairs, Peace and Security (from 2021)."),

    # innfrad (Egypt's Interpol: the red notice on Yusuf al-Qaradawi is still valid)
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("egypt-public-security-sector", "agency", "Public Security Sector (Egyptian interior ministry)", "قطاع الأمن العام", [], "EG",
      "egypt-interior-ministry", "Headed by an assistant minister of the interior."),
    A("interpol-cairo", "agency", "Interpol National Central Bureau Cairo (Egyptian Interpol)", "الإنتربول المصري",
      ["شرطة الإنتربول المصري", "إنتربول القاهرة", "Interpol Cairo", "إنتربول القاهره", "الإنتربول المصرى"], "EG",
      "egypt-interior-ministry", "Egypt's Interpol NCB (the interior ministry's General Department of Interpol)."),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ"),
    A("iraq-interpol", "agency", "Directorate of Arab and International Police (Interpol Baghdad)", "مديرية الشرطة العربية والدولية",
      ["الانتربول العراقي", "الإنتربول العراقي", "Interpol Baghdad", "إنتربول بغداد", "مكتب إنتربول بغداد",
       "الشرطة العربية والدولية"], "IQ", "iraq-interior-ministry",
      "Iraq's Interpol National Central Bureau."),
    P("qaradawi", "Yusuf al-Qaradawi", "يوسف القرضاوي", ["يوسف علي عبد الله القرضاوي", "القرضاوي", "Yusuf al-Qaradawi"], "QA",
      "Egyptian-born cleric sentenced in absentia in Egypt; subject of Interpol red notices requested by Cairo and Baghdad."),
    P("maliki", "Nouri al-Maliki", "نوري المالكي", ["نور المالكي", "المالكي", "Nouri al-Maliki"], "IQ",
      "Prime Minister of Iraq (2006–2014)."),

    # almessa (Egypt's interior ministry and Interpol: a seminar on police training in Arab states)
    A("egypt-police-academy", "agency", "Police Academy (Egypt)", "أكاديمية الشرطة", ["أكاديمية الشرطة المصرية"], "EG",
      "egypt-interior-ministry"),
    A("naif-university", "organization", "Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
      ["NAUSS", "جامعة نايف للعلوم الأمنية"], None, None, "A university of the Arab League, in Riyadh."),
    P("mohamed-ibrahim-youssef", "Mohamed Ibrahim Youssef", "محمد ابراهيم يوسف", ["محمد إبراهيم يوسف"], "EG",
      "Minister of the Interior of Egypt (Dec. 2011–Aug. 2012)."),

    # yemennownews (Yemen Coast Guard and UNODC's Global Maritime Crime Programme)
    A("yemen-interior-ministry", "organization", "Ministry of Interior (Yemen)", "وزارة الداخلية اليمنية", [], "YE"),
    A("yemen-coast-guard", "agency", "Yemen Coast Guard", "قوات خفر السواحل اليمنية",
      ["قوات خفر السواحل", "خفر السواحل اليمني", "Yemen Coast Guard", "خفر السواحل", "مصلحة خفر السواحل"], "YE",
      "yemen-interior-ministry", "The coast guard under Yemen's interior ministry."),
    A("unodc-gmcp", "organization", "UNODC Global Maritime Crime Programme", "برنامج مكافحة الجريمة البحرية",
      ["GMCP"], None, "unodc"),
    P("omar-khan", "Omar Khan", "عمر خان", [], None,
      "Manager of the CBRN project of UNODC's Global Maritime Crime Programme."),
    P("mosaad-asaad", "Mosaad Ali Asaad", "مسعد علي أسعد", [], "YE",
      "Brigadier; deputy head of the Yemen Coast Guard Authority for sectors."),

    # syriahomenews (Syria's Criminal Security Department and Interpol Baghdad)
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("syria-criminal-security", "agency", "Criminal Security Department (Syria)", "إدارة الأمن الجنائي",
      ["الأمن الجنائي السوري"], "SY", "syria-interior-ministry", "The criminal police department of Syria's interior ministry."),
    P("hussein-jumaa", "Hussein Jumaa", "حسين جمعة", [], "SY", "Major general; director of Syria's Criminal Security Department."),
    P("manati", "Ali Manati", "علي مناتي", ["مناتي", "علاء عاشور مناتي"], "IQ",
      "Major general; director of Iraq's Directorate of Arab and International Police and head of Interpol Baghdad."),

    # chaabpress (Rachida Dati on a Europol–Morocco agreement)
    A("european-commission", "organization", "European Commission", "المفوضية الأوروبية", ["European Commission"], None, "eu"),
    A("european-parliament", "organization", "European Parliament", "البرلمان الأوروبي", ["European Parliament"], None, "eu"),
    P("dati", "Rachida Dati", "رشيدة داتي", ["داتي", "Rachida Dati"], "FR", "French member of the European Parliament (2009–2019)."),
]
