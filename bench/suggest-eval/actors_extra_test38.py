# Actors and aliases added to /work/main/graph/actors.json for the test38 corpus (held out).
# test38's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # alriyadh (via Sauress): "تنظيم القاعدة ببلاد المغرب الإسلامي" (ب, not في), as in other sets.
    "aqim": ["تنظيم القاعدة ببلاد المغرب الإسلامي", "القاعدة ببلاد المغرب الإسلامي"],
}

ACTORS = [
    # states (re-declared)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    # mena: "مالى" with final ى (Egyptian spelling).
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "مالى", "Mali"], "ML"),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    # collective services (re-declared, plus a new Libyan one)
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "السلطات الأمنية الموريتانية", "الأمن الموريتاني"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services."),
    A("malian-security-services", "agency", "Malian security services (collective)", "السلطات الأمنية المالية",
      ["الأجهزة الأمنية المالية", "أجهزة الأمن المالية", "نظيرتها المالية"], "ML", None,
      "Collective actor for unspecified Malian security services, like moroccan-security-services."),
    A("senegal-security-services", "agency", "Senegalese security services (collective)", "المؤسسات الأمنية السنغالية",
      ["أجهزة الأمن السنغالية", "الأجهزة الأمنية السنغالية"], "SN", None,
      "Collective actor for unspecified Senegalese security institutions, like moroccan-security-services."),
    A("libyan-security-services", "agency", "Libyan security services (collective)", "الأجهزة الأمنية الليبية",
      ["الوحدات الأمنية الليبية", "أجهزة الأمن الليبية"], "LY", None,
      "Collective actor for unspecified Libyan security units (webmanagercenter: 'الوحدات الأمنية الليبية'), like moroccan-security-services."),
    # international bodies (re-declared)
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "الاتحاد الإفريقى", "AU"], None),
    A("arab-league", "organization", "League of Arab States", "جامعة الدول العربية", ["الجامعة العربية", "Arab League"], None),
    # elfikr (the Algerian–Mauritanian bilateral border committee)
    P("beldjoud", "Kamel Beldjoud", "كمال بلجود", ["بلجود", "Kamel Beldjoud"], "DZ",
      "Algeria's minister of the interior, local authorities and town planning (2020–2023)."),
    # afrigatenews (Tunisia's and Libya's interior ministers on the margin of the AIMC's 36th session)
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    P("fourati", "Hichem Fourati", "هشام الفراتي", ["الفراتي", "Hichem Fourati"], "TN", "Tunisian minister of the interior (2018–2020)."),
    P("bashagha", "Fathi Bashagha", "فتحي باشاغا", ["باشاغا", "Bashagha"], "LY",
      "Interior minister of Libya's Government of National Accord (2018–2021)."),
    # tunisien (Algerian counter-terrorism investigators in Tunisia after the Sabratha raid)
    A("algeria-ct-special-squad", "agency", "Special Counter-Terrorism Squad (Algeria)", "الفرقة الخاصة بمكافحة الإرهاب",
      ["الفرقة الخاصة بمكافحة الإرهاب الجزائرية"], "DZ", None,
      "As tunisien (citing Echorouk) names it; the text does not say which Algerian service it belongs to."),
    P("jhinaoui", "Khemaies Jhinaoui", "خميس الجهيناوي", ["خميس الجينهاوي", "الجهيناوي", "الجينهاوي", "Khemaies Jhinaoui"], "TN",
      "Tunisia's minister of foreign affairs (2016–2019); tunisien writes 'الجينهاوي'."),
    # elmassa (Sellal and Belaiz receive Niger's interior minister Hassoumi Massaoudou)
    P("sellal", "Abdelmalek Sellal", "عبد المالك سلال", ["سلال", "عبدالمالك سلال", "Sellal"], "DZ",
      "Prime minister of Algeria (2012–2017)."),
    P("hassoumi-massaoudou", "Hassoumi Massaoudou", "حاسومي مسعودي",
      ["حسومي مسعودو", "مسعودي", "Hassoumi Massaoudou", "ماساودو حاسومي", "حاسومي"], "NE",
      "Niger's minister of the interior (2013–2016 among other posts); elmassa writes 'ماساودو حاسومي'."),
    P("belaiz", "Tayeb Belaiz", "الطيب بلعيز", ["بلعيز", "Tayeb Belaiz"], "DZ",
      "Algeria's minister of state, minister of the interior and local authorities (2013–2015)."),
    # aajeg (Tunisia, Germany and the training of Libyan forces; comment by Mokhtar Ben Nasr)
    P("harchani", "Farhat Horchani", "فرحات الحرشاني", ["الحرشاني", "Farhat Horchani"], "TN",
      "Tunisia's minister of national defence (2015–2017)."),
    A("tunisia-global-security-centre", "organization", "Tunisian Centre for Global Security Studies",
      "المركز التونسي لدراسات الأمن الشامل", [], "TN", None, "A think tank headed by the retired brigadier Mokhtar Ben Nasr."),
    P("ben-nasr", "Mokhtar Ben Nasr", "مختار بن نصر", ["بن نصر", "Mokhtar Ben Nasr"], "TN",
      "Retired Tunisian army brigadier, head of the Tunisian Centre for Global Security Studies."),
    A("tunisia-army", "agency", "Tunisian Armed Forces", "الجيش الوطني التونسي", ["الجيش التونسي"], "TN", None,
      "aajeg: 'العميد السابق في الجيش الوطني' (the bare 'الجيش الوطني' is not given as an alias: every state has one)."),
    A("libya-navy", "agency", "Libyan Navy", "القوات البحرية الليبية", ["البحرية الليبية", "Libyan Navy"], "LY"),
    # mithak (border security chiefs of Mauritania, Senegal and Mali in Tambacounda): states and collectives above.
    # webmanagercenter (Libyan security units hand a Tunisian suspect to the counter-terrorism brigade at Ras Jedir)
    A("tunisia-ct-brigade-ras-jedir", "agency", "Counter-terrorism brigade at the Ras Jedir border crossing (Tunisia)",
      "فرقة مكافحة الإرهاب بالمعبر الحدودي برأس جدير", ["فرقة مكافحة الارهاب بالمعبر الحدودي براس جدير"], "TN", None,
      "The Tunisian counter-terrorism unit posted at the Ras Jedir crossing; its parent force is not stated."),
    A("tunisia-ct-unit-tunis", "agency", "Counter-terrorism unit in Tunis (Tunisia)", "وحدة مكافحة الإرهاب بتونس العاصمة", [], "TN", None,
      "webmanagercenter writes 'وحدة صحة الارهاب بتونس العاصمة', read as a slip for a counter-terrorism unit in Tunis; the slip is a mention, not an alias."),
    # mena (Messahel and Mali's security minister Salif Traoré)
    A("algeria-anp", "agency", "People's National Army (Algeria)", "الجيش الوطني الشعبي",
      ["الجيش الشعبي الوطني", "ANP", "الجيش الجزائري", "الجيش الجزائرى"], "DZ"),
    P("messahel", "Abdelkader Messahel", "عبد القادر مساهل", ["مساهل", "Abdelkader Messahel"], "DZ",
      "Algeria's minister of Maghreb affairs, the African Union and the Arab League (2015–2017), then foreign minister (2017–2019)."),
    P("salif-traore", "Salif Traoré", "ساليف تراوري", ["ساليف تراورى", "تراوري", "تراورى", "Salif Traoré"], "ML",
      "Mali's minister of security and civil protection (2016–2019)."),
    A("mali-agreement-monitoring-committee", "organization", "Agreement Monitoring Committee (Mali peace agreement, CSA)",
      "لجنة متابعة اتفاق السلم والمصالحة في مالي", ["لجنة متابعة الاتفاق", "CSA"], None, None,
      "Follow-up committee of the 2015 Agreement on Peace and Reconciliation in Mali (the Algiers process); chaired by Algeria."),
    # zawaya (Libya's foreign minister Najla Mangoush and Chad's Mohamed Zene Cherif)
    A("libya-foreign-ministry", "organization", "Ministry of Foreign Affairs (Libya, GNA)", "وزارة الخارجية الليبية", [], "LY"),
    P("mangoush", "Najla Mangoush", "نجلاء المنقوش", ["المنقوش", "Najla Mangoush"], "LY",
      "Foreign minister of Libya's Government of National Unity (2021–2023)."),
    P("zene-cherif", "Mohamed Zene Cherif", "محمد زين شريف", ["زين شريف", "Mohamed Zene Cherif"], "TD",
      "Chad's minister of foreign affairs (in office in Dec. 2021)."),
]
