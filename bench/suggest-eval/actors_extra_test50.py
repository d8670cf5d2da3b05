# Actors and aliases added to /work/main/graph/actors.json for the test50 corpus (held out).
# test50's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other
# actors_extra_*.py files already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "وزارة الداخلية" (it names the Libyan ministry in africapress and the Turkish one in eanlibya),
# the bare "المخابرات" (Libya's intelligence service in ennahar, but also part of "المخابرات العسكرية") or the bare
# "سعيد" (Kais Saied in rt, but Mahmoud Saeed is "محمود سعيد" in nanmedia and eanlibya).
from actors_extra import P, A

ALIASES = {
    # interpol: no change; "الإنتربول" stays Interpol's (ennahar's "قوة الإنتربول" is read in context, see the spec).
}

ACTORS = [
    # --- re-declared (same id, kind, names and parent as in the other sets) ---
    A("libya", "country", "Libya", "ليبيا", ["Libya", "حكومة الوحدة الوطنية", "حكومة الوفاق", "حكومة الوفاق الوطنى الليبية",
                                             "حكومة الوفاق الوطني الليبية"], "LY"),
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya)", "وزارة الداخلية الليبية",
      ["الداخلية الليبية", "وزارة الداخلية بحكومة الوحدة الوطنية", "وزارة الداخلية في حكومة الوحدة الوطنية", "داخلية الوفاق"], "LY"),
    A("libya-coastal-security", "agency", "General Administration for Coastal Security (Libya)", "الإدارة العامة لأمن السواحل",
      ["إدارة أمن السواحل", "الإدارة العامة للأمن الساحلي", "أمن السواحل", "أمن السواحل الليبي",
       "General Administration for Coastal Security"], "LY", "libya-interior-ministry",
      "The interior ministry's coastal security administration (elmanshar: 'الإدارة العامة للأمن الساحلي'); the Libyan coast "
      "guard proper belongs to the navy."),
    A("libya-cid", "agency", "Criminal Investigation Department (Libya)", "جهاز المباحث الجنائية",
      ["المباحث الجنائية", "البحث الجنائي", "جهاز البحث الجنائي", "Criminal Investigation Department"], "LY", "libya-interior-ministry",
      "africapress: 'دورية البحث الجنائي في سبها' (a patrol of the department in Sabha)."),
    A("libya-intelligence-service", "agency", "Libyan Intelligence Service", "جهاز المخابرات الليبية",
      ["المخابرات الليبية", "جهاز المخابرات"], "LY", None,
      "ennahar: 'جهاز المخابرات التابع لحكومة الوفاق', whose head announced the arrest of Abu Muadh al-Ansari."),
    A("libya-presidential-council", "organization", "Presidential Council (Libya)", "المجلس الرئاسي",
      ["المجلس الرئاسي الليبي", "Presidential Council"], "LY", None,
      "Libya's collective head of state (GNA 2016–2021, then GNU)."),
    A("libyan-national-army", "agency", "Libyan National Army", "الجيش الوطني الليبي",
      ["الجيش الليبي", "LNA", "القيادة العامة للقوات المسلحة الليبية", "القيادة العامة للقوات المسلحة العربية الليبية"], "LY", None,
      "The eastern Libyan armed forces under Khalifa Haftar's General Command ('القيادة العامة للقوات المسلحة الليبية', sputnik)."),
    A("libya-attorney-general-office", "organization", "Attorney General's Office (Libya)", "مكتب النائب العام",
      ["مكتب النائب العام الليبي", "Attorney General Office (Libya)"], "LY"),
    A("interpol-tripoli", "agency", "Interpol National Central Bureau Tripoli", "مكتب الشرطة الدولية",
      ["Interpol Tripoli", "الإنتربول في ليبيا"], "LY", None,
      "Libya's Interpol office; elmustakbal: 'وفد من الإنتربول في ليبيا', the team that escorted Ali Maria and Mohamed Gaddafi."),
    A("malta", "country", "Malta", "مالطا", ["Malta"], "MT"),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("chad", "country", "Chad", "تشاد", ["Chad", "جمهورية تشاد"], "TD"),
    P("mahamat-deby", "Mahamat Idriss Déby Itno", "محمد إدريس ديبي إتنو", ["محمد ديبي", "محمد إدريس ديبي", "Mahamat Déby"], "TD",
      "President of the Transitional Military Council of Chad (April 2021–October 2022), then president of Chad."),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", ["الداخلية المصرية"], "EG"),
    A("egypt-armed-forces", "agency", "Egyptian Armed Forces", "القوات المسلحة المصرية", ["القوات المسلحة", "الجيش المصري"], "EG"),
    A("egypt-security-services", "agency", "Egyptian security services (collective)", "الأجهزة الأمنية المصرية",
      ["أجهزة الأمن المصرية", "أجهزة الشرطة المصرية", "الشرطة المصرية"], "EG", None,
      "Collective actor for unspecified Egyptian security or police services, like moroccan-security-services."),
    P("abdel-ghaffar", "Magdy Abdel Ghaffar", "مجدي عبدالغفار", ["عبدالغفار", "مجدي عبد الغفار", "عبد الغفار", "مجدى عبد الغفار"], "EG",
      "Egyptian minister of the interior 2015–2018."),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    P("kais-saied", "Kais Saied", "قيس سعيد", ["قيس سعيّد", "Kais Saied"], "TN", "President of Tunisia (since 2019)."),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye", "الجمهورية التركية"], "TR"),
    A("turkey-interior-ministry", "organization", "Ministry of Interior (Turkey)", "وزارة الداخلية التركية", ["الداخلية التركية"], "TR"),
    P("khaled-mazen", "Khaled Mazen", "خالد مازن", ["مازن", "Khaled Mazen"], "LY",
      "Minister of the Interior of Libya's Government of National Unity (from 2021)."),
    P("trabelsi", "Emad Trabelsi", "عماد الطرابلسي", ["الطرابلسي", "عماد مصطفى الطرابلسي", "Emad Trabelsi"], "LY",
      "Head of the GNA's intelligence service (2020); later minister of the interior (in charge) of the GNU (from 2023)."),
    P("sarraj", "Fayez al-Sarraj", "فايز السراج", ["السراج", "فائز السراج", "Fayez al-Sarraj"], "LY",
      "Chairman of Libya's Presidential Council and prime minister of the GNA (2016–2021)."),
    P("gaddafi", "Muammar Gaddafi", "معمر القذافي", ["القذافي"], "LY", "Ruler of Libya (1969–2011)."),

    # --- new ---
    # elmanshar (Libyan coastal security officers trained in Messina, EU programme)
    P("bashir-bennour", "Bashir Bennour Suleiman", "بشير بنور سليمان", ["بشير بنور"], "LY",
      "Major general, director of Libya's General Administration for Coastal Security (as elmanshar names him, 2025)."),
    # africapress (Mazen and Malta's home affairs minister)
    P("camilleri", "Byron Camilleri", "بايرون كاميلليري", ["كاميلليري", "كاميليري", "بايرون كاميليري", "Byron Camilleri"], "MT",
      "Maltese minister for home affairs and national security (2020–)."),
    # nanmedia and eanlibya (Libya's deputy interior minister for general affairs)
    P("mahmoud-saeed", "Mahmoud Saeed", "محمود سعيد", ["Mahmoud Saeed"], "LY",
      "Major general, undersecretary (deputy minister) for general affairs of the GNU's interior ministry."),
    A("niger-embassy-libya", "organization", "Embassy of Niger in Libya", "سفارة النيجر لدى ليبيا", [], "NE"),
    P("harou", "Abdelaziz Loli Harou", "عبدالعزيز لولي هارو", ["لولي هارو", "هارو"], "NE",
      "Chargé d'affaires of Niger's embassy in Libya (as nanmedia names him)."),
    A("libya-niger-border-committee", "organization", "Libyan–Nigerien border committee", "اللجنة الليبية النيجيرية للحدود",
      ["اللجنة الليبية النيجرية للحدود"], "LY", None,
      "Joint border committee; its head, Brigadier Mustafa Hamadi, sits on the Libyan side."),
    P("mustafa-hamadi", "Mustafa Hamadi", "مصطفى حمادي", ["حمادي"], "LY",
      "Brigadier, head of the Libyan–Nigerien border committee (as nanmedia names him)."),
    # elmustakbal (Egypt hands Ali Maria and Mohamed Gaddafi to Libya)
    P("ali-maria", "Ali Maria", "علي ماريا", ["على ماريا", "علي محمد الأمين ماريا"], "LY",
      "Gaddafi-era Libyan ambassador to Egypt, handed over by Egypt to Libya."),
    P("mohamed-gaddafi", "Mohamed Ali Ibrahim Mansour Gaddafi", "محمد القذافي", ["محمد القذافى", "محمد علي إبراهيم منصور القذافي"], "LY",
      "A relative of Muammar Gaddafi and Gaddafi-era official, handed over by Egypt to Libya."),
    P("baara", "Taha Baara", "طه بعرة", ["بعرة"], "LY", "Spokesman of Libya's attorney general."),
    P("radwan", "Abdelkader Radwan", "عبد القادر رضوان", ["عبدالقادر رضوان", "رضوان"], "LY", "Attorney general of Libya (2013)."),
    P("talaat-abdallah", "Talaat Abdallah", "طلعت عبدالله", ["طلعت عبد الله"], "EG", "Prosecutor general of Egypt (2012–2013)."),
    A("libya-embassy-cairo", "organization", "Embassy of Libya in Cairo", "السفارة الليبية بالقاهرة",
      ["السفارة الليبية في القاهرة"], "LY"),
    # eanlibya (Mahmoud Saeed's working visit to Ankara)
    P("ersoy", "Mehmet Ersoy", "محمد أرسون", ["أرسون"], "TR",
      "Deputy minister of the interior of Turkey (as eanlibya spells his name, 'محمد أرسون')."),
    A("libya-police-aviation-institute", "agency", "Police Aviation Institute (Libya)", "معهد طيران الشرطة", [], "LY",
      "libya-interior-ministry", "Read as the Libyan interior ministry's police aviation institute, whose members graduated with Turkish support (eanlibya)."),
    # sputnik (Saddam Haftar in Chad)
    P("saddam-haftar", "Saddam Haftar", "صدام حفتر", ["Saddam Haftar"], "LY",
      "Son of Khalifa Haftar; commander in the Libyan National Army (its ground forces; deputy commander-in-chief from 2025)."),
    # lywitness (Sabratha security directorate, the anti-illegal-migration agency, Meloni)
    A("sabratha-security-directorate", "agency", "Sabratha Security Directorate (Libya)", "مديرية أمن صبراتة", [], "LY",
      "libya-interior-ministry"),
    A("libya-dcim", "agency", "Department for Combating Illegal Migration (Libya)", "جهاز مكافحة الهجرة غير الشرعية",
      ["DCIM", "جهاز مكافحة الهجرة غير الشرعية في ليبيا"], "LY", "libya-interior-ministry"),
    P("meloni", "Giorgia Meloni", "جورجيا ميلوني", ["ميلوني", "Giorgia Meloni"], "IT", "Prime minister of Italy (from 2022)."),
    # qadanews (Abdel Ghaffar receives the GNA's interior minister)
    P("khoja", "Al-Aref Saleh Al-Khoja", "العارف صالح الخوجة", ["الخوجة", "العارف الخوجة"], "LY",
      "Minister of the interior of the GNA (2016–2018)."),
    # ennahar (the GNA's intelligence service arrests an ISIS cell head)
    P("abu-muadh-ansari", "Abu Muadh al-Ansari", "أبو معاذ الأنصاري", ["أبي معاذ الأنصاري"], "LY",
      "Libyan head of an ISIS cell, arrested in Tripoli by the intelligence service (ennahar)."),
    A("misrata-military-intelligence", "agency", "Military Intelligence (Misrata, Libya)", "المخابرات العسكرية بمصراتة",
      ["المخابرات العسكرية"], "LY", None, "The military intelligence of the Misrata forces (ennahar quotes an official of it)."),
]
