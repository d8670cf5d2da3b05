# Actors and aliases added to /work/main/graph/actors.json for the test12 corpus (held out).
# test12's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No bare "الأمن الوطني" or "المديرية العامة للأمن الوطني" is given to Algeria's DGSN (that is Morocco's DGSN in the
# shipped lexicon); no bare "وزارة الداخلية" is given to any ministry.
from actors_extra import P, A

ALIASES = {
    # ennahar: "الجمهورية الإيطالية" (the visit's destination).
    "italy": ["الجمهورية الإيطالية", "إيطاليا"],
    # aljaliya24: "تنظيم الدولة الإسلامية « داعش »".
    "isis": ["تنظيم الدولة الإسلامية", "الدولة الإسلامية"],
    # alriyadh: "تنظيم القاعدة ببلاد المغرب الإسلامي" (with ب).
    "aqim": ["تنظيم القاعدة ببلاد المغرب الإسلامي", "القاعدة ببلاد المغرب الإسلامي"],
    # alfadjr (Algerian usage): "كتابة الدولة الأمريكية", and "كتابة الدولة" in a title.
    "us-state-department": ["كتابة الدولة الأمريكية"],
    # tunisiabuzz
    "usa": ["الولايات المتحدة"],
}

ACTORS = [
    # ennahar (Algeria's interior minister Sayoud and DGSN director Badaoui on a working visit to Italy)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' or 'الأمن الوطني' alias: those are Morocco's DGSN in "
      "the shipped lexicon."),
    P("badaoui", "Ali Badaoui", "علي بداوي", ["بداوي", "Ali Badaoui"], "DZ",
      "Director General of Algeria's DGSN (from 2024)."),
    P("sayoud", "Saïd Sayoud", "السعيد سعيود", ["سعيد سعيود", "سعيود", "Saïd Sayoud"], "DZ",
      "Algeria's minister of the interior, local authorities and transport (2025–)."),
    P("tebboune", "Abdelmadjid Tebboune", "عبد المجيد تبون", ["تبون", "عبدالمجيد تبون"], "DZ", "President of Algeria (since 2019)."),
    P("piantedosi", "Matteo Piantedosi", "ماتيو بيانتيدوزي",
      ["ماتّيو بيانتيدوزي", "بيانتيدوزي", "ماثيو بيانتيدوسي", "بيانتيدوسي", "Matteo Piantedosi"], "IT",
      "Italian minister of the interior (from 2022). Ennahar spells him ماثيو بيانتيدوسي."),
    # aljaliya24 (Dutch police arrest a Moroccan suspected of recruiting for ISIS)
    A("dutch-police", "agency", "Netherlands Police (Politie)", "الشرطة الهولندية", ["Politie", "Dutch police"], "NL", None,
      "The Dutch national police."),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    # i3lamtv (Spanish police in Melilla arrest a Moroccan wanted by Morocco)
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    A("melilla-police", "agency", "Melilla Police Headquarters (Spanish National Police)", "شرطة مليلية",
      ["مقر شرطة مليلية", "Jefatura Superior de Policía de Melilla"], "ES", "spanish-national-police",
      "The National Police's headquarters in Melilla, which issued the statement on the arrest."),
    # tunisien (Tunisia's president Marzouki receives the Libyan interior minister)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    P("marzouki", "Moncef Marzouki", "محمد المنصف المرزوقي", ["المنصف المرزوقي", "المرزوقي", "Moncef Marzouki"], "TN",
      "President of Tunisia (2011–2014)."),
    P("barassi", "Mazen Al-Barassi (as the text names him)", "مازن البرعصي", ["البرعصي"], "LY",
      "Libyan interior minister (acting, 'المكلّف'), as tunisien.tn names him; undated (Marzouki's presidency, 2011–2014)."),
    # almenassa (Libya's Women Police Officers College and ICMPD)
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya, GNU)", "وزارة الداخلية الليبية", [], "LY"),
    A("libya-women-police-college", "agency", "Women Police Officers College (Libya)", "كلية ضابطات الشرطة",
      ["Women Police Officers College"], "LY", "libya-interior-ministry",
      "The Libyan interior ministry's college for women police officers."),
    A("icmpd", "organization", "International Centre for Migration Policy Development", "المركز الدولي لتطوير سياسات الهجرة",
      ["ICMPD"], None),
    # alfadjr (the US State Department's 2016 terrorism report praises Algeria)
    P("siberell", "Justin Siberell", "جاستين سيبيريل", ["سيبيريل", "جاستن سيبريل", "جوستان سيبيرال", "سيبيرال", "Justin Siberell"], "US",
      "Acting coordinator for counterterrorism at the US State Department (2015–2017); US ambassador to Bahrain (2017–2020)."),
    A("jund-al-khilafa", "group", "Jund al-Khilafa (Algeria)", "جند الخلافة", ["جند الخلافة في أرض الجزائر", "Jund al-Khilafa"], "DZ",
      None, "Algerian armed group that pledged allegiance to ISIS in 2014."),
    # attajdid (Belgium will not hand Mohamed Boulaioun to Morocco)
    A("belgian-security-services", "agency", "Belgian security services (collective)", "أجهزة الأمن البلجيكية", [], "BE", None,
      "Collective actor for unspecified Belgian services, like moroccan-security-services."),
    P("boulaioun", "Mohamed Boulaioun", "محمد بولعيون", ["بولعيون", "بلعيون"], "MA",
      "One of seven suspects arrested in Belgium in the Belliraj case; Morocco requested his extradition."),
    P("belliraj", "Abdelkader Belliraj", "عبد القادر بلعيرج", ["بلعيرج", "Belliraj"], "MA",
      "Belgian-Moroccan convicted in Morocco as head of a terrorist network (the 'Belliraj case')."),
    P("nizar-trabelsi", "Nizar Trabelsi", "نزار طرابلسي", ["نزار الطرابلسي", "Nizar Trabelsi"], "TN",
      "Tunisian al-Qaeda member convicted in Belgium in 2003 (the 'Trabelsi case')."),
    # alriyadh (Mauritania arrests four AQIM suspects; Niger arrests Abu Mohamed)
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "السلطات الأمنية الموريتانية", "الأمن الموريتاني"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services."),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    P("mokhtar-ould-mbarek", "El Mokhtar Ould Mbarek", "المختار ولد مبارك", ["ولد مبارك"], "MR",
      "One of four AQIM suspects arrested in Mauritania (in Tidjikja)."),
    P("taqi-ould-youssef", "Taqi Ould Youssef (Abu Mohamed)", "التقي ولد يوسف", ["أبو محمد", "ولد يوسف"], "MR",
      "Mauritanian AQIM leader, wanted by Mauritania, arrested in Niger."),
    # tunisiabuzz (the US ambassador at a National Guard information day)
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    A("tunisia-national-guard", "agency", "National Guard (Tunisia)", "الحرس الوطني التونسي",
      ["الحرس الوطني", "الإدارة العامة للحرس الوطني"], "TN", "tunisia-interior-ministry"),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية", "قوات الأمن التونسية"], "TN", None,
      "Collective actor for unspecified Tunisian services, like moroccan-security-services."),
    P("hood", "Joey Hood", "جوي هود", ["Joey Hood"], "US", "US ambassador to Tunisia (2022–2025)."),
    A("usip", "organization", "United States Institute of Peace", "معهد الولايات المتحدة للسلام",
      ["معهد الولايات المتحدة", "USIP"], "US", None,
      "Read from tunisiabuzz's garbled 'معهد الولايات المتحدة شراكة' (the partner of the National Guard's information day)."),
    # bilwadeh (Morocco to supply Niger with military equipment against Boko Haram)
    A("boko-haram", "group", "Boko Haram", "بوكو حرام", ["جماعة بوكو حرام", "Boko Haram"], None),
    P("mohammed-vi", "Mohammed VI", "محمد السادس", ["Mohammed VI"], "MA", "King of Morocco (since 1999)."),
]
