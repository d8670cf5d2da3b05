# Actors and aliases added to /work/main/graph/actors.json for the test29 corpus (held out).
# test29's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # afrigatenews: "الشرطة المغربية" is Morocco's national police, the DGSN (as in dev10 and dev11).
    "dgsn": ["الشرطة المغربية"],
}

ACTORS = [
    # legwareb (Mauritania's DGSN director receives a gift from Japan)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "Mauritania"], "MR", None,
      "Without the alias نواكشوط: in test29 'انواكشوط' only names a place (alhourouf)."),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["الإدارة العامة للأمن الوطني", "DGSN Mauritanie"], "MR", None,
      "Mauritania's national police. Its Arabic names are those of Morocco's DGSN (dgsn); legwareb names it only in its "
      "director's title ('المدير العام للأمن الوطني')."),
    P("msgharou", "Mesgharou Ould Sidi", "مسقارو ولد سيدي", ["مسغارو ولد سيدي", "مسغارو ولد سيدى"], "MR",
      "Director General of National Security of Mauritania (general); legwareb writes 'مسغارو ولد سيدى'."),
    A("japan", "country", "Japan", "اليابان", ["Japan", "دولة اليابان"], "JP"),
    # rimtoday (G5 Sahel military and security experts in Bamako)
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("g5-sahel", "organization", "G5 Sahel", "مجموعة دول الساحل الخمس", ["مجموعة 5", "مجموعة الساحل الخمس", "G5 Sahel"], None, None,
      "Mauritania, Mali, Niger, Burkina Faso and Chad."),
    A("g5-sahel-defence-security-committee", "organization", "G5 Sahel Defence and Security Committee", "لجنة الدفاع والأمن",
      ["لجنة الدفاع والأمن في دول مجموعة الخمس في الساحل"], None, "g5-sahel",
      "The G5 Sahel's committee of the member states' chiefs of defence staff and heads of security services."),
    A("mauritania-general-staff", "agency", "General Staff of the Armed Forces (Mauritania)", "قيادة الأركان العامة للجيوش",
      ["الأركان العامة للجيوش", "État-major général des armées", "الأركان العامة الجيوش"], "MR", None,
      "rimtoday writes 'قائد الأركان العامة الجيوش' (without لل)."),
    P("ould-meguett", "Mohamed Ould Meguett", "محمد ولد مكت", ["ولد مكت", "Mohamed Ould Meguett", "محمد ولد مگت", "ولد مگت"], "MR",
      "General, director general of Mauritania's DGSN (2008–2018), then chief of the general staff of the armed forces "
      "(from 2018); rimtoday spells him with the letter گ."),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE", None,
      "rimtoday's misspelling 'النيحر' is a mention but not an alias."),
    A("burkina-faso", "country", "Burkina Faso", "بوركينا فاسو", ["بوركينا", "Burkina Faso", "بوركينافاسو"], "BF", None,
      "beladinews runs the name together in its headline ('بوركينافاسو')."),
    # khabarlb (a Chadian unit enters Nigeria to help the Nigerian army against Boko Haram)
    A("nigeria", "country", "Nigeria", "نيجيريا", ["جمهورية نيجيريا الاتحادية", "Nigeria", "جمهورية نيجيريا", "نيجريا"], "NG"),
    A("boko-haram", "group", "Boko Haram", "بوكو حرام", ["جماعة بوكو حرام", "Boko Haram", "جماعة “بوكو حرام”"], None),
    A("chad-armed-forces", "agency", "Chadian National Army (Armed Forces of Chad)", "الجيش التشادي",
      ["القوات المسلحة التشادية", "الجيش الوطني التشادي", "ANT"], "TD", None,
      "presidence.td writes 'القوات اغلمسلحة التشادية' (a typo): a mention, not an alias."),
    P("azem-bermandoa", "Azem Bermandoa Agouna", "آزم برمندوا آغونا", ["برمندوا", "Azem Bermandoa Agouna"], "TD",
      "Spokesman of the Chadian army."),
    A("nigeria-army", "agency", "Nigerian Army", "الجيش النيجيري", ["Nigerian Army"], "NG", None,
      "khabarlb's first 'الجيش النيجري' (which would usually mean Niger's army) is read as the Nigerian army: a mention, not an alias."),
    A("mnjtf", "agency", "Multinational Joint Task Force (Lake Chad Basin)", "القوة المتعددة الجنسيات المشتركة",
      ["القوة الإقليمية المتعددة الجنسية", "MNJTF"], None, None,
      "The regional force of the Lake Chad Basin states (Nigeria, Niger, Chad, Cameroon, Benin) against Boko Haram."),
    # spa (Macron and Issoufou)
    P("macron", "Emmanuel Macron", "إيمانويل ماكرون", ["ماكرون", "Emmanuel Macron"], "FR", "President of France (since 2017)."),
    P("issoufou", "Mahamadou Issoufou", "محمدو يوسفو", ["ييسوفو محمدو", "يوسفو", "Mahamadou Issoufou"], "NE",
      "President of Niger (2011–2021)."),
    A("barkhane", "agency", "Operation Barkhane (French forces in the Sahel)", "عملية برخان",
      ["برخان", "قوة برخان", "عملية \"برخان\"", "Barkhane"], "FR", None,
      "France's counter-terrorism force and operation in the Sahel (2014–2022)."),
    # alhourouf (Mauritania hands six Senegalese to Senegal)
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "السلطات الأمنية الموريتانية", "الأمن الموريتاني",
       "الاستخبارات الموريتانية"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services; alhourouf's 'الاستخبارات "
      "الموريتانية' names no service."),
    # beladinews (Burkinabe army and police trained in Morocco)
    A("burkina-armed-forces", "agency", "Burkina Faso Armed Forces", "القوات المسلحة البوركينية",
      ["الجيش البوركيني", "Forces armées nationales"], "BF"),
    A("burkina-national-police", "agency", "National Police (Burkina Faso)", "الشرطة الوطنية البوركينية",
      ["الشرطة البوركينية", "Police nationale"], "BF"),
    # afrigatenews (a Russian wanted by Interpol arrested in Casablanca)
    A("russia", "country", "Russia", "روسيا", ["روسيا الاتحادية", "موسكو", "Russia"], "RU"),
    # presidence.td (Mahamat Déby receives the French chief of defence staff, General Burkhard)
    A("french-armed-forces", "agency", "French Armed Forces", "القوات المسلحة الفرنسية", ["القوات الفرنسية", "الجيش الفرنسي"], "FR"),
    P("burkhard", "Thierry Burkhard", "تييري بوركهارد", ["تشيري بوكر", "Thierry Burkhard"], "FR",
      "General, chief of the defence staff of France (from July 2021); presidence.td writes 'تشيري بوكر'."),
    P("mahamat-deby", "Mahamat Idriss Déby Itno", "محمد إدريس ديبي إتنو", ["محمد ديبي", "Mahamat Déby"], "TD",
      "President of the Transitional Military Council of Chad (April 2021–October 2022), then president of Chad."),
    A("chad-cmt", "organization", "Transitional Military Council (Chad)", "المجلس العسكري الانتقالي", ["CMT"], "TD", None,
      "The military council that ruled Chad from April 2021 to October 2022."),
    # almolahid (the Nigerian air force trained in Morocco)
    A("nigeria-air-force", "agency", "Nigerian Air Force", "القوات الجوية النيجيرية", ["سلاح الجو النيجيري", "NAF"], "NG"),
    A("royal-armed-forces", "agency", "Royal Armed Forces (Morocco)", "القوات المسلحة الملكية", ["الجيش المغربي", "FAR"], "MA"),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    P("mohammed-vi", "Mohammed VI", "محمد السادس", ["Mohammed VI"], "MA", "King of Morocco (since 1999)."),
    # elhora (the Senegalese gendarmerie dismantles a cell linked to al-Qaeda and Katiba Macina)
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda", "تنظيم “القاعدة”"], None),
    A("senegal-gendarmerie", "agency", "National Gendarmerie (Senegal)", "الدرك الوطني السنغالي",
      ["الدرك السنغالي", "قوات الدرك", "Gendarmerie nationale"], "SN", None,
      "elhora's bare 'قوات الدرك' is the Senegalese gendarmerie (the only gendarmerie in test29)."),
    A("katiba-macina", "group", "Katiba Macina (Macina Liberation Front)", "كتيبة ماسينا",
      ["كتيبة “ماسينا”", "ماسينا", "جبهة تحرير ماسينا", "Katiba Macina"], None, None,
      "Amadou Koufa's group in central Mali, part of JNIM (al-Qaeda's Sahel branch)."),
    P("amadou-koufa", "Amadou Koufa", "أمادو كوفا", ["كوفا", "Amadou Koufa"], "ML", "Founder and leader of Katiba Macina."),
]
