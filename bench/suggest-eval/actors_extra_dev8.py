# Actors and aliases added to /work/main/graph/actors.json for the dev8 corpus.
# dev8's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py, actors_extra_dev4.py, actors_extra_dev5.py or actors_extra_dev6.py already define are
# re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    # Elaph glosses the DGSN as "(الأمن العام)" and the DGST as "(المخابرات الداخلية)" / "(مخابرات داخلية)"
    # for Middle-Eastern readers; appositive glosses are aliases (graph/README.md).
    "dgsn": ["الأمن العام", "الامن العام"],
    "dgst": ["مخابرات داخلية"],
    "usa": ["الولايات المتّحدة الأمريكيّة"],
    "uk": ["المملكة المتحدة"],
    "interpol": ["منظمة الإنتربول الدولية", "منظمة الإنتربول", "منظمة الانتربول", "المنظمة الدولية للانتربول", "المنظمة العالمية للانتربول"],
}

ACTORS = [
    # 24saa (Hammouchi receives the Pakistani ambassador)
    A("pakistan", "country", "Pakistan", "باكستان", ["جمهورية باكستان الإسلامية", "Pakistan"], "PK"),
    P("sami-ur-rahman", "Muhammad Sami ur Rahman", "محمد سامي الرحمان", [], "PK",
      "Ambassador of Pakistan to Morocco (spelled محمد سامي الرحمان by 24 Saa)."),
    # elaph 2023 (Hammouchi receives the DGSI director)
    A("dgsi", "agency", "General Directorate for Internal Security (France)", "المديرية العامة للأمن الداخلي",
      ["الأمن الداخلي الفرنسي", "DGSI"], "FR", None, "France's domestic intelligence service.",
      fr="Direction générale de la sécurité intérieure"),
    P("lerner", "Nicolas Lerner", "نيكولا لورنر", ["لورنر", "Lerner"], "FR", "Director General of the DGSI (2018–Jan. 2024)."),
    # elaph 2025 (Hammouchi in Turkey)
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("turkey-egm", "agency", "General Directorate of Security (Turkey)", "المديرية العامة للأمن",
      ["الأمن العام التركي", "Emniyet Genel Müdürlüğü", "EGM", "جهاز الشرطة الوطنية التركية", "جهاز الشرطة الوطنية"], "TR", None,
      "Turkey's national police."),
    P("demirtas", "Mahmut Demirtaş", "محمود ديميرتاش", ["ديميرتاش", "Demirtaş"], "TR",
      "Director General of Security of Turkey (national police)."),
    # akhbar-alkhaleej (Bahrain's interior minister receives the Iraqi chargé d'affaires)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-embassy-bahrain", "organization", "Embassy of Iraq in Bahrain", "السفارة العراقية لدى مملكة البحرين", [], "IQ"),
    P("karawi", "Ahmed Ismail Ibrahim Al-Karawi", "أحمد إسماعيل إبراهيم الكروي", ["الكروي"], "IQ",
      "Chargé d'affaires at the Iraqi embassy in Bahrain."),
    # emaratalyoum (Interpol UAE recovers two fugitives from Kuwait)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("interpol-uae", "agency", "Interpol National Central Bureau Abu Dhabi (UAE International Criminal Police Department)",
      "إدارة الشرطة الجنائية الدولية", ["إنتربول الإمارات", "إدارة الإنتربول", "Interpol Abu Dhabi"], "AE", "uae-interior-ministry",
      "The UAE interior ministry's Interpol department."),
    P("khyeli", "Mubarak Saeed Misfer Al Khyeli", "مبارك سعيد مسفر الخييلي", ["الخييلي"], "AE",
      "Acting director of the UAE Interpol department (major), 2012."),
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("interpol-kuwait", "agency", "Interpol National Central Bureau Kuwait (Arab and International Criminal Police Department)",
      "إنتربول الكويت", ["Interpol Kuwait"], "KW", None, "Department of Kuwait's interior ministry (Criminal Security Sector)."),
    # wam (Interpol medal for Kuwait's interior minister)
    P("fahd-al-yousef", "Fahd Yousef Saud Al-Sabah", "فهد اليوسف", ["فهد يوسف سعود الصباح"], "KW",
      "Kuwait's first deputy prime minister, minister of defence and minister of the interior (2024–)."),
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي", "Al-Raisi"], "AE", "President of Interpol (2021–2025)."),
    P("urquiza", "Valdecy Urquiza", "فالدسي أوركيزا", ["أوركيزا", "Urquiza"], "BR", "Secretary General of Interpol (since Nov. 2024)."),
    A("interpol-general-secretariat", "organization", "Interpol General Secretariat (Lyon)", "الأمانة العامة للإنتربول",
      ["الأمانة العامة لـ (الإنتربول)"], None, "interpol"),
    # ltv (Libya's interior minister meets Interpol's secretary general)
    A("libya", "country", "Libya", "ليبيا", ["طرابلس", "Libya"], "LY"),
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya)", "وزارة الداخلية الليبية", [], "LY"),
    P("shwayel", "Ashour Shwayel", "عاشور شوايل", ["شوايل"], "LY", "Libya's interior minister (2012–2013)."),
    P("noble", "Ronald Noble", "رولاند نوبل", ["نوبل", "Ronald Noble"], "US", "Secretary General of Interpol (2000–2014); spelled رولاند نوبل by LTV."),
    P("drumba", "Ahmed Drumba", "أحمد درمبه", [], "LY", "Libyan deputy minister of the interior for border crossings."),
    P("abdelmonem-tounsi", "Abdelmonem Al-Tounsi", "عبدالمنعم التونسي", [], "LY",
      "Director of the Libyan interior ministry's relations and cooperation department (brigadier)."),
    P("ghazali", "Abdelhakim Al-Ghazali", "عبدالحكيم الغزالي", [], "LY", "Head of Libya's Interpol office (colonel)."),
    A("interpol-tripoli", "agency", "Interpol National Central Bureau Tripoli", "مكتب الشرطة الدولية", ["Interpol Tripoli"], "LY", None,
      "Libya's Interpol office ('the international police office' in LTV)."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", [], None, "amic", "Based in Tunis."),
    # tuniscope (Tunisia's interior minister receives the US ambassador)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    P("fekih", "Kamel Fekih", "كمال الفقي", ["الفقي", "Fekih"], "TN", "Minister of the Interior of Tunisia (2023–2025)."),
    P("hood", "Joey Hood", "جوي هود", ["Joey Hood"], "US", "US ambassador to Tunisia (2022–2025)."),
    # le7tv (Europol dismantles a migrant-smuggling network)
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol"], None, "eu"),
    A("bulgaria", "country", "Bulgaria", "بلغاريا", ["Bulgaria"], "BG"),
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    # lnaiq (Iraq hands Salman al-Khalidi to Kuwait)
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Re-declared without the bare alias وزارة الداخلية, which in dev8 also names the UAE's and Libya's ministries."),
    A("iraq-interpol", "agency", "Directorate of Arab and International Police (Interpol Baghdad)", "مديرية الشرطة العربية والدولية",
      ["الانتربول العراقي", "الإنتربول العراقي", "الشرطة العربية الدولية", "Interpol Baghdad"], "IQ", "iraq-interior-ministry",
      "Iraq's Interpol National Central Bureau."),
    P("salman-al-khalidi", "Salman Al-Khalidi", "سلمان الخالدي", ["الخالدي"], "KW",
      "Kuwaiti opposition figure, sentenced in absentia in Kuwait; handed over by Iraq in Jan. 2025."),
]
