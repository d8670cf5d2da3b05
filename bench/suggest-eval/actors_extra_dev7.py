# Actors and aliases added to /work/main/graph/actors.json for the dev7 corpus.
# dev7's lexicon is graph/actors.json plus these only (not the dev/dev2/dev4/dev5/dev6 extras); actors that
# an earlier actors_extra*.py already defines are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "dgst": ["DST"],
    "interpol": ["الأنتربول"],
    "moroccan-security-services": ["الجهاز الأمني المغربي"],
    "nato": ["حلف شمال الأطلسي"],
}

ACTORS = [
    # sefroupress (Hammouchi receives the head of the UAE's national intelligence service)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "UAE", "دولة الإمارات العربية المتحدة", "أبوظبي"], "AE"),
    A("uae-nis", "agency", "National Intelligence Service (UAE)", "جهاز الاستخبارات الوطني",
      ["جهاز الاستخبارات الوطنية"], "AE", None,
      "Named by Sefrou Press 'جهاز الاستخبارات الوطني لدولة الإمارات العربية المتحدة'; its head is not named there."),
    # attaghyr (Spanish National Police arrest two ISIS supporters in Lleida on DGST information)
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    # mdaily (Casablanca airport red-notice arrest; Interpol Rabat notifies Interpol Paris)
    A("interpol-paris", "agency", "Interpol National Central Bureau Paris", "المكتب المركزي الوطني بباريس",
      ["نظيره بباريس", "Interpol Paris", "المكتب المركزي الوطني في باريس", "نظيره الفرنسي"], "FR", None,
      "France's Interpol NCB (French national police); its parent is not in the corpus."),
    # lodj (a Senegalese official praises Morocco after talks with Hammouchi)
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    P("senghor", "Senghor (Senegalese security official)", "سنغور", [], "SN",
      "A Senegalese official named only by his family name by L'ODJ; his post is not given."),
    # alhayat (Interpol Amman recovers three wanted men arrested by Saudi Interpol)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["مديرية الأمن العام الأردنية", "مديرية الأمن العام الأردني", "PSD"], "JO", None,
      "Re-declared without the short alias 'الأمن العام', which in this lexicon is Lebanon's General Security."),
    A("interpol-amman", "agency", "Interpol National Central Bureau Amman", "إنتربول عمّان",
      ["إنتربول عمان", "انتربول عمان", "Interpol Amman", "إدارة الشرطة العربية والدولية"], "JO", "jordan-psd",
      "Jordan's Interpol National Central Bureau, the Public Security Directorate's Arab and International Police Department."),
    A("interpol-riyadh", "agency", "Interpol National Central Bureau Riyadh", "الإنتربول السعودي",
      ["مكتب الإنتربول في السعودية", "Interpol Riyadh"], "SA", None, "Saudi Arabia's Interpol National Central Bureau."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", [], None, "amic", "Based in Tunis."),
    # baldnews (Egypt's interior minister receives his Turkish counterpart)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", ["توفيق"], "EG", "Egyptian minister of the interior (since 2018)."),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye", "جمهورية تركيا"], "TR"),
    P("yerlikaya", "Ali Yerlikaya", "علي يرلي كايا", ["يارلى كايا", "يرلي كايا", "نظيره التركي"], "TR",
      "Turkish minister of the interior (since 2023); spelled يارلى كايا by Bald News."),
    # eldyar (an FBI delegation in Sudan: criminal evidence)
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("sudan-police", "agency", "Sudan Police Force", "الشرطة السودانية", ["قوات الشرطة السودانية", "Sudan Police"], "SD"),
    A("sudan-forensic-evidence", "agency", "General Administration of Criminal Evidence (Sudan Police)", "الإدارة العامة للأدلة الجنائية",
      ["الأدلة الجنائية"], "SD", "sudan-police"),
    P("haidar-mohamed", "Haidar Mohamed", "حيدر محمد", ["حيدر"], "SD",
      "Police major general, director of the Sudan Police's General Administration of Criminal Evidence."),
    P("deb-shoemaker", "Deb Shoemaker", "ديب شوميكر", ["شوميكر"], "US", "FBI regional legal attaché (as spelled by Al Diyar)."),
    # sawtbeirut (Lebanon's General Security and ISF meet a Syrian interior ministry delegation)
    A("lebanon-general-security", "agency", "General Directorate of General Security (Lebanon)", "المديرية العامة للأمن العام",
      ["الأمن العام", "الامن العام", "الأمن العام اللبناني", "General Security"], "LB"),
    A("lebanon-isf", "agency", "Internal Security Forces (Lebanon)", "المديرية العامة لقوى الأمن الداخلي",
      ["قوى الأمن الداخلي", "الأمن الداخلي", "الأمن الداخلي اللبناني", "ISF"], "LB"),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    P("hassan-shkeir", "Hassan Shkeir", "حسن شقير", ["شقير"], "LB", "Director-General of Lebanon's General Security (2025–)."),
    P("raed-abdallah", "Raed Abdallah", "رائد عبدالله", ["رائد عبد الله"], "LB", "Director-General of Lebanon's Internal Security Forces."),
    P("toni-mansour", "Toni Mansour", "طوني منصور", [], "LB", "Brigadier general, security adviser to the President of Lebanon."),
    P("tahhan", "Abdulqader Tahhan", "عبدالقادر طحان", ["طحان"], "SY", "Assistant to Syria's minister of the interior (major general)."),
    P("joseph-aoun", "Joseph Aoun", "جوزاف عون", ["جوزيف عون"], "LB", "President of Lebanon (since January 2025)."),
    # aliraqnews (Iraq's interior minister and NATO's assistant secretary-general for operations)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", ["وزارة الداخلية", "الداخلية"], "IQ", None,
      "The short forms are those the Iraqi statements use (as in dev3); Sharjah 24's 'وزارة الداخلية' is the UAE ministry, resolved by context."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ", "Iraqi interior minister."),
    P("goffus", "Tom Goffus", "توم جوفوس", ["جوفوس"], "US", "NATO Assistant Secretary General for Operations (2021–2024)."),
    # sharjah24 (the UAE interior ministry's inspector general tours Senegal)
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي"], "AE",
      "Inspector General of the UAE Ministry of Interior; elected Interpol president in November 2021."),
    P("macky-sall", "Macky Sall", "ماكي سال", [], "SN", "President of Senegal 2012–2024."),
    P("moustapha-niasse", "Moustapha Niasse", "مصطفى نياس", [], "SN", "President of Senegal's National Assembly (2012–2022)."),
    P("antoine-diome", "Antoine Félix Diome", "أنتوني فيليكس ديوم", [], "SN", "Senegal's minister of the interior (2020–2024)."),
    P("seydou-bocar-yague", "Seydou Bocar Yague", "سيدو بكر يادو", [], "SN",
      "Inspector General of Police, Director General of Senegal's National Police (spelled سيدو بكر يادو by Sharjah 24)."),
]
