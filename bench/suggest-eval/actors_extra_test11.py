# Actors and aliases added to /work/main/graph/actors.json for the test11 corpus (held out).
# test11's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py … actors_extra_test7.py already define are re-declared here with the same id,
# kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # alraialyoum: "الأنتربول" with hamza on the alif.
    "interpol": ["الأنتربول"],
    # alghadpress: the office's name as the text gives it, and its short form.
    "unodc": ["مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "مكتب الأمم المتحدة"],
}

ACTORS = [
    # spa (Afripol consultative meeting in Algiers)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("african-union", "organization", "African Union", "الاتحاد الإفريقي", ["الاتحاد الأفريقي", "African Union", "AU"], None),
    A("au-commission", "organization", "African Union Commission", "مفوضية الاتحاد الإفريقي",
      ["مفوضية الاتحاد الأفريقي", "AU Commission"], None, "african-union"),
    A("afripol", "organization", "AFRIPOL (African Union Mechanism for Police Cooperation)", "المنظمة الإفريقية للتعاون بين الشرطة",
      ["أفريبول", "الأفريبول", "منظمة الشرطة الإفريقية", "AFRIPOL"], None, "african-union"),
    A("aseanapol", "organization", "ASEANAPOL (ASEAN Chiefs of National Police)", "أسينابول", ["اسينابول", "ASEANAPOL"], None),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' alias: that is Morocco's DGSN in the shipped lexicon."),
    P("hamel", "Abdelghani Hamel", "عبدالغني هامل", ["عبد الغني هامل", "هامل"], "DZ",
      "Director-General of Algeria's national security (DGSN) 2010–2018."),
    P("tariq-mohamed-sharif", "Tariq Mohamed Sharif", "طارق محمد شريف", [], None,
      "Representative of the African Union Commission at the Afripol consultative meeting (as the text names him)."),
    # almaghribtoday (Moroccan–Spanish–French coordination against a hashish network)
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["المصالح الأمنية الفرنسية", "نظيرتها الفرنسية"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services."),
    A("spanish-security-services", "agency", "Spanish security services (collective)", "مصالح الأمن الإسباني",
      ["نظيرتها الإسبانية"], "ES", None, "Collective actor for unspecified Spanish police services."),
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    # albawabhnews (Egypt's interior minister and the AIMC secretary-general)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt", "القاهرة"], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", [], "EG", "Egyptian minister of the interior (since 2018)."),
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان", "محمد بن على كومان"], "SA",
      "Secretary-General of the Arab Interior Ministers' Council."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", [], None, "amic", "Based in Tunis."),
    # alghadpress (Iraq's interior minister and UNODC)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية العراقيية"], "IQ", None, "No bare alias وزارة الداخلية: it names three ministries in test11."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ", "Iraqi interior minister (since 2022)."),
    P("burair", "Ali Al-Burair", "علي البرير", ["البرير"], None,
      "UNODC programme director (programme coordinator) in Iraq."),
    # ra2ed (UAE interior ministry and the Korean National Police Agency)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    P("shaafar", "Saif Abdullah Al-Shaafar", "سيف عبدالله الشعفار", ["الشعفار", "سيف الشعفار"], "AE",
      "Undersecretary of the UAE Ministry of Interior (lieutenant general)."),
    A("south-korea", "country", "South Korea", "جمهورية كوريا", ["كوريا الجنوبية", "جمهورية كوريا الجنوبية", "South Korea"], "KR"),
    A("korea-knpa", "agency", "Korean National Police Agency", "وكالة الشرطة الوطنية الكورية",
      ["وكالة الشرطة الوطنية", "KNPA"], "KR"),
    A("korea-embassy-uae", "organization", "Embassy of the Republic of Korea in the UAE", "سفارة كوريا الجنوبية لدى الإمارات",
      ["سفارة كوريا الجنوبية"], "KR"),
    P("kwon-young-woo", "Kwon Young-woo", "كوون يونغ وو", [], "KR", "South Korean ambassador to the UAE."),
    P("ali-shamsi", "Ali Al-Shamsi", "علي الشامسي", [], "AE",
      "Director-General of Federal Vehicle and Driver Licensing, UAE Ministry of Interior."),
    P("mohammed-shamsi", "Mohammed Al-Shamsi", "محمد الشامسي", [], "AE",
      "Director-General of the office of the UAE interior ministry's undersecretary."),
    # alraialyoum (Tunisia arrests an Italian mafia fugitive)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية"], "TN", None, "Collective actor for unspecified Tunisian services, like moroccan-security-services."),
    # aljarida (Kuwait's interior minister leaves for Saudi Arabia)
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", ["«الداخلية»"], "KW"),
    P("talal-khalid", "Talal Al-Khalid Al-Sabah", "طلال الخالد", ["الخالد", "طلال خالد الأحمد الصباح"], "KW",
      "Kuwaiti minister of the interior and acting prime minister (2022–2023)."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    P("sultan-bin-saad", "Sultan bin Saad Al Saud", "سلطان بن سعد", ["الأمير سلطان بن سعد"], "SA", "Saudi ambassador to Kuwait."),
    P("anwar-barjas", "Anwar Al-Barjas", "أنور البرجس", ["البرجس"], "KW", "Undersecretary of Kuwait's interior ministry (lieutenant general)."),
    # samanews (Mike Waltz visits the Jordan International Police Training Center)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    A("jiptc", "agency", "Jordan International Police Training Center", "المركز الدولي لتدريب الشرطة",
      ["مركز تدريب الشرطة الدولي", "JIPTC"], "JO", "jordan-psd",
      "Police training centre near Amman, set up in 2003 with US funding to train Iraqi police."),
    P("waltz", "Mike Waltz", "مايك والتز", ["والتز", "Mike Waltz"], "US", "US ambassador to the United Nations (from 2025)."),
    P("trump", "Donald Trump", "ترامب", ["دونالد ترامب", "Trump"], "US", "President of the United States."),
    A("palestinian-security-services", "agency", "Palestinian security services (collective)", "الأجهزة الأمنية الفلسطينية", [], "PS", None,
      "Collective actor for unspecified Palestinian services."),
    # shorouknews (France's interior minister Nuñez in Algeria)
    P("nunez", "Laurent Nuñez", "لوران نونيز", ["نونيز", "نونييز", "لوران نوناز", "Laurent Nuñez"], "FR",
      "French minister of the interior (from October 2025)."),
    P("tebboune", "Abdelmadjid Tebboune", "عبد المجيد تبون", ["تبون", "عبدالمجيد تبون"], "DZ", "President of Algeria (since 2019)."),
    A("algerian-security-services", "agency", "Algerian security forces (collective)", "قوات الأمن الجزائرية",
      ["المصالح الجزائرية"], "DZ", None, "Collective actor for unspecified Algerian security forces."),
    # arabkhabar (UAE interior ministry and Europol)
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol", "منظمة الشرطة الأوروبية", "مكتب الشرطة الأوروبي"], None, "eu"),
]
