# Actors and aliases added to /work/main/graph/actors.json for the test32 corpus (held out).
# test32's lexicon is graph/actors.json plus these only (not the other sets' extras). Actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent (copied from the
# latest definition; libya-interior-ministry takes the undated English name "Ministry of Interior (Libya)" of dev8 and
# test20, because test32 has the ministry in 2012 and under the GNU; egypt-security-services takes the Arabic name most
# sets use, with test5's as an alias).
# No actor gets a bare "الأمن العام" or "الأمن الوطني": in test32 they name Jordan's PSD (hallawa), Qatar's Public
# Security (alayam24), Libya's and Palestine's national security (hallawa), besides the shipped DGSN alias.
from actors_extra import P, A

ALIASES = {
    # sefroupress writes hamza-less forms.
    "dgsn": ["الامن الوطني"],
    "uae": ["دولة الإمارات العربية المتحدة", "دولة الامارات العربية المتحدة", "الامارات العربية المتحدة", "الامارات"],
    # ainalmahrah: "الرياض" stands for the state ("الرياض ثابتة على مواصلة مساندة تونس").
    "saudi-arabia": ["الرياض"],
    "abdulaziz-bin-saud": ["عبد العزيز بن سعود بن نايف بن عبد العزيز آل سعود"],
    "bedoui": ["نورالدين بدوي"],
    "interpol": ["الأنتربول"],
    "unodc": ["مكتب الأمم المتحدة المعني بالمخدرات والجريمة"],
    "libya-police": ["الشرطة الليبيه"],
    "jiptc": ["المركز الأردني الدولي لتدريب الشرطة"],
    "mohamed-ibrahim": ["إبراهيم"],
    "moroccan-security-services": ["السلطات الأمنية المغربية"],
    "qatar-public-security": ["الأمن العام في دولة قطر"],
    # anbaa: "طائرة خاصة تابعة لمديرية الأمن" (Turkish sources).
    "turkey-egm": ["مديرية الأمن"],
    "turkey-interior-ministry": ["نظيرتها التركية"],
}

ACTORS = [
    # algeria: 14 definitions; variants of names/kind/parent: 1; taken from actors_extra_test8.py
    {'id': 'algeria', 'kind': 'country', 'names': {'en': 'Algeria', 'ar': 'الجزائر'}, 'aliases': ['Algeria'], 'country': 'DZ', 'parent': None, 'note': None},
    # saudi-arabia: 25 definitions; variants of names/kind/parent: 1; taken from actors_extra_test9.py
    {'id': 'saudi-arabia', 'kind': 'country', 'names': {'en': 'Saudi Arabia', 'ar': 'المملكة العربية السعودية'}, 'aliases': ['السعودية', 'Saudi Arabia'], 'country': 'SA', 'parent': None, 'note': None},
    # abdulaziz-bin-saud: 9 definitions; variants of names/kind/parent: 1; taken from actors_extra_test9.py
    {'id': 'abdulaziz-bin-saud', 'kind': 'person', 'names': {'en': 'Abdulaziz bin Saud bin Naif', 'ar': 'عبدالعزيز بن سعود بن نايف بن عبدالعزيز'}, 'aliases': ['عبدالعزيز بن سعود', 'عبد العزيز بن سعود', 'عبد العزيز بن سعود بن نايف بن عبد العزيز', 'بن سعود'], 'country': 'SA', 'parent': None, 'note': 'Saudi minister of the interior (since 2017).'},
    # bedoui: 3 definitions; variants of names/kind/parent: 1; taken from actors_extra_test27.py
    {'id': 'bedoui', 'kind': 'person', 'names': {'en': 'Noureddine Bedoui', 'ar': 'نور الدين بدوي'}, 'aliases': ['بدوي'], 'country': 'DZ', 'parent': None, 'note': 'Algerian minister of the interior and local authorities 2015–2019.'},
    # tunisia: 15 definitions; variants of names/kind/parent: 1; taken from actors_extra_test8.py
    {'id': 'tunisia', 'kind': 'country', 'names': {'en': 'Tunisia', 'ar': 'تونس'}, 'aliases': ['الجمهورية التونسية', 'Tunisia'], 'country': 'TN', 'parent': None, 'note': None},
    # qatar: 15 definitions; variants of names/kind/parent: 1; taken from actors_extra_test9.py
    {'id': 'qatar', 'kind': 'country', 'names': {'en': 'Qatar', 'ar': 'قطر'}, 'aliases': ['دولة قطر', 'الدوحة', 'Qatar'], 'country': 'QA', 'parent': None, 'note': None},
    # fekih: 2 definitions; variants of names/kind/parent: 1; taken from actors_extra_dev8.py
    {'id': 'fekih', 'kind': 'person', 'names': {'en': 'Kamel Fekih', 'ar': 'كمال الفقي'}, 'aliases': ['الفقي', 'Fekih'], 'country': 'TN', 'parent': None, 'note': 'Minister of the Interior of Tunisia (2023–2025).'},
    # abdulaziz-bin-faisal: 3 definitions; variants of names/kind/parent: 1; taken from actors_extra_test9.py
    {'id': 'abdulaziz-bin-faisal', 'kind': 'person', 'names': {'en': 'Abdulaziz bin Faisal Al Thani', 'ar': 'عبد العزيز بن فيصل آل ثاني'}, 'aliases': ['عبد العزيز بن فيصل بن محمد آل ثاني'], 'country': 'QA', 'parent': None, 'note': "Undersecretary of Qatar's interior ministry; later minister of state for interior affairs."},
    # saif-bin-zayed: 5 definitions; variants of names/kind/parent: 1; taken from actors_extra_test9.py
    {'id': 'saif-bin-zayed', 'kind': 'person', 'names': {'en': 'Saif bin Zayed Al Nahyan', 'ar': 'سيف بن زايد آل نهيان'}, 'aliases': ['سيف بن زايد'], 'country': 'AE', 'parent': None, 'note': 'Deputy prime minister and minister of the interior of the UAE.'},
    # uae: 20 definitions; variants of names/kind/parent: 1; taken from actors_extra_test9.py
    {'id': 'uae', 'kind': 'country', 'names': {'en': 'United Arab Emirates', 'ar': 'الإمارات العربية المتحدة'}, 'aliases': ['الإمارات', 'دولة الإمارات', 'UAE'], 'country': 'AE', 'parent': None, 'note': None},
    # kais-saied: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test27.py
    {'id': 'kais-saied', 'kind': 'person', 'names': {'en': 'Kais Saied', 'ar': 'قيس سعيد'}, 'aliases': ['قيس سعيّد', 'Kais Saied'], 'country': 'TN', 'parent': None, 'note': 'President of Tunisia (since 2019).'},
    # naif-university: 5 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'naif-university', 'kind': 'organization', 'names': {'en': 'Naif Arab University for Security Sciences', 'ar': 'جامعة نايف العربية للعلوم الأمنية'}, 'aliases': ['NAUSS'], 'country': None, 'parent': None, 'note': 'A university of the Arab League, in Riyadh.'},
    # amic: 9 definitions; variants of names/kind/parent: 1; taken from actors_extra_test31.py
    {'id': 'amic', 'kind': 'organization', 'names': {'en': "Arab Interior Ministers' Council", 'ar': 'مجلس وزراء الداخلية العرب'}, 'aliases': ['AIMC'], 'country': None, 'parent': None, 'note': None},
    # libya: 15 definitions; variants of names/kind/parent: 1; taken from actors_extra_test8.py
    {'id': 'libya', 'kind': 'country', 'names': {'en': 'Libya', 'ar': 'ليبيا'}, 'aliases': ['Libya'], 'country': 'LY', 'parent': None, 'note': None},
    # libya-interior-ministry: 7 definitions; variants of names/kind/parent: 3; taken from actors_extra_test27.py
    {'id': 'libya-interior-ministry', 'kind': 'organization', 'names': {'en': 'Ministry of Interior (Libya)', 'ar': 'وزارة الداخلية الليبية'}, 'aliases': ['وزارة الداخلية بحكومة الوحدة الوطنية'], 'country': 'LY', 'parent': None, 'note': None},
    # libya-interior-relations-cooperation: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test20.py
    {'id': 'libya-interior-relations-cooperation', 'kind': 'organization', 'names': {'en': 'Department of Relations and Cooperation, Libyan Ministry of Interior', 'ar': 'إدارة العلاقات والتعاون'}, 'aliases': ['إدارة العلاقات والتعاون الدولي'], 'country': 'LY', 'parent': 'libya-interior-ministry', 'note': None},
    # libya-police: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test27.py
    {'id': 'libya-police', 'kind': 'agency', 'names': {'en': 'Libyan police (collective)', 'ar': 'الشرطة الليبية'}, 'aliases': ['Libyan police'], 'country': 'LY', 'parent': 'libya-interior-ministry', 'note': "The police of Libya's interior ministry as a whole (its bodies are not named)."},
    # turkey: 11 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'turkey', 'kind': 'country', 'names': {'en': 'Turkey', 'ar': 'تركيا'}, 'aliases': ['Turkey', 'Türkiye'], 'country': 'TR', 'parent': None, 'note': None},
    # turkey-interior-ministry: 3 definitions; variants of names/kind/parent: 1; taken from actors_extra_test18.py
    {'id': 'turkey-interior-ministry', 'kind': 'organization', 'names': {'en': 'Ministry of Interior (Turkey)', 'ar': 'وزارة الداخلية التركية'}, 'aliases': [], 'country': 'TR', 'parent': None, 'note': None},
    # turkey-egm: 2 definitions; variants of names/kind/parent: 1; taken from actors_extra_dev8.py
    {'id': 'turkey-egm', 'kind': 'agency', 'names': {'en': 'General Directorate of Security (Turkey)', 'ar': 'المديرية العامة للأمن'}, 'aliases': ['الأمن العام التركي', 'Emniyet Genel Müdürlüğü', 'EGM', 'جهاز الشرطة الوطنية التركية', 'جهاز الشرطة الوطنية'], 'country': 'TR', 'parent': None, 'note': "Turkey's national police."},
    # jordan: 23 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'jordan', 'kind': 'country', 'names': {'en': 'Jordan', 'ar': 'الأردن'}, 'aliases': ['المملكة الأردنية الهاشمية', 'الاردن', 'Jordan'], 'country': 'JO', 'parent': None, 'note': None},
    # jordan-psd: 18 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'jordan-psd', 'kind': 'agency', 'names': {'en': 'Public Security Directorate (Jordan)', 'ar': 'مديرية الأمن العام'}, 'aliases': ['الأمن العام الأردني', 'مديرية الأمن العام الأردنية', 'جهاز الأمن العام', 'PSD'], 'country': 'JO', 'parent': None, 'note': "Without the bare alias 'الأمن العام' (see the header)."},
    # jiptc: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test11.py
    {'id': 'jiptc', 'kind': 'agency', 'names': {'en': 'Jordan International Police Training Center', 'ar': 'المركز الدولي لتدريب الشرطة'}, 'aliases': ['مركز تدريب الشرطة الدولي', 'JIPTC'], 'country': 'JO', 'parent': 'jordan-psd', 'note': 'Police training centre near Amman, set up in 2003 with US funding to train Iraqi police.'},
    # palestinian-national-security-forces: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test30.py
    {'id': 'palestinian-national-security-forces', 'kind': 'agency', 'names': {'en': 'Palestinian National Security Forces', 'ar': 'قوات الأمن الوطني الفلسطيني'}, 'aliases': ['الأمن الوطني الفلسطيني', 'قوات الأمن الوطني'], 'country': 'PS', 'parent': None, 'note': "No bare 'الأمن الوطني' alias (it is also the name of other states' police)."},
    # palestinian-police: 4 definitions; variants of names/kind/parent: 1; taken from actors_extra_test22.py
    {'id': 'palestinian-police', 'kind': 'agency', 'names': {'en': 'Palestinian Civil Police', 'ar': 'الشرطة الفلسطينية'}, 'aliases': ['Palestinian Police'], 'country': 'PS', 'parent': None, 'note': None},
    # saad-al-khulaifi: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'saad-al-khulaifi', 'kind': 'person', 'names': {'en': 'Saad bin Jassim Al-Khulaifi', 'ar': 'سعد بن جاسم الخليفي'}, 'aliases': ['سعد الخليفي'], 'country': 'QA', 'parent': None, 'note': "Director of Qatar's General Directorate of Public Security."},
    # qatar-public-security: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'qatar-public-security', 'kind': 'agency', 'names': {'en': 'General Directorate of Public Security (Qatar)', 'ar': 'الأمن العام القطري'}, 'aliases': ['Qatar Public Security'], 'country': 'QA', 'parent': 'qatar-interior-ministry', 'note': "Named as the text writes it; its Arabic official name is Lebanon's General Security's, 'المديرية العامة للأمن العام'."},
    # qatar-interior-ministry: 5 definitions; variants of names/kind/parent: 1; taken from actors_extra_test7.py
    {'id': 'qatar-interior-ministry', 'kind': 'organization', 'names': {'en': 'Ministry of Interior (Qatar)', 'ar': 'وزارة الداخلية القطرية'}, 'aliases': [], 'country': 'QA', 'parent': None, 'note': None},
    # egypt: 20 definitions; variants of names/kind/parent: 1; taken from actors_extra_test5.py
    {'id': 'egypt', 'kind': 'country', 'names': {'en': 'Egypt', 'ar': 'مصر'}, 'aliases': ['جمهورية مصر العربية', 'Egypt'], 'country': 'EG', 'parent': None, 'note': None},
    # egypt-security-services: 4 definitions; variants of names/kind/parent: 2; taken from actors_extra_test5.py
    {'id': 'egypt-security-services', 'kind': 'agency', 'names': {'en': 'Egyptian security services (collective)', 'ar': 'الأجهزة الأمنية المصرية'}, 'aliases': ['أجهزة الأمن المصرية', 'أجهزة الشرطة المصرية'], 'country': 'EG', 'parent': None, 'note': 'Collective actor for unspecified Egyptian security or police services, like moroccan-security-services.'},
    # mohamed-ibrahim: 2 definitions; variants of names/kind/parent: 1; taken from actors_extra_test26.py
    {'id': 'mohamed-ibrahim', 'kind': 'person', 'names': {'en': 'Mohamed Ibrahim (Moustafa)', 'ar': 'محمد إبراهيم'}, 'aliases': ['محمد ابراهيم', 'محمد إبراهيم مصطفى'], 'country': 'EG', 'parent': None, 'note': 'Minister of the Interior of Egypt (Jan. 2013–Mar. 2015); not Mohamed Ibrahim Youssef (minister 2011–2012).'},
    # mazeg: 1 definitions; variants of names/kind/parent: 1; taken from actors_extra_test16.py
    {'id': 'mazeg', 'kind': 'person', 'names': {'en': 'Saleh Mazeg', 'ar': 'صالح مازق'}, 'aliases': ['مازق', 'Saleh Mazeg'], 'country': 'LY', 'parent': None, 'note': "Libya's minister of the interior (2014)."},
    # sisi: 4 definitions; variants of names/kind/parent: 1; taken from actors_extra_test25.py
    {'id': 'sisi', 'kind': 'person', 'names': {'en': 'Abdel Fattah El-Sisi', 'ar': 'عبد الفتاح السيسي'}, 'aliases': ['السيسي', 'عبدالفتاح السيسي'], 'country': 'EG', 'parent': None, 'note': 'President of Egypt (since 2014).'},
    # iraqi-security-forces: 4 definitions; variants of names/kind/parent: 1; taken from actors_extra_test5.py
    {'id': 'iraqi-security-forces', 'kind': 'agency', 'names': {'en': 'Iraqi security forces (collective)', 'ar': 'القوات الأمنية العراقية'}, 'aliases': ['القوات العراقية'], 'country': 'IQ', 'parent': None, 'note': 'Collective actor for unspecified Iraqi forces, like moroccan-security-services.'},
    # --- new in test32 ---
    # echchaab (the Saudi interior minister's visit to Algeria)
    P("louh", "Tayeb Louh", "الطيب لوح", ["لوح", "Tayeb Louh"], "DZ", "Algerian minister of justice (2013–2019)."),
    # daralmaref (Tunisian and Qatari interior ministers at the 41st AIMC session)
    A("arab-league", "organization", "League of Arab States", "جامعة الدول العربية", ["الجامعة العربية", "Arab League"], None),
    A("unoct", "organization", "United Nations Office of Counter-Terrorism", "مكتب الأمم المتحدة لمكافحة الإرهاب", ["UNOCT"], None, "un"),
    A("arab-police-sports-federation", "organization", "Arab Police Sports Federation", "الاتحاد الرياضي العربي للشرطة", [], None, "amic",
      "A body of the Arab Interior Ministers' Council."),
    # afrigatenews (Libya's and Turkey's interior ministries)
    P("abujreida", "Nureddin Abubakr Abujreida", "نورالدين أبوبكر أبوجريدة", ["أبوجريدة"], "LY",
      "Director of the Libyan interior ministry's Department of Relations and International Cooperation."),
    A("libya-interior-intl-cooperation-office", "organization", "International Cooperation Office (Libyan interior ministry)",
      "مكتب التعاون الدولي", [], "LY", "libya-interior-relations-cooperation",
      "An office of the ministry's Department of Relations and Cooperation ('مكتب التعاون الدولي بالإدارة')."),
    # hallawa (Jordan's PSD receives the first Libyan police trainees, 2012)
    P("raqqad", "Mohammed Al-Raqqad", "محمد الرقاد", ["الرقاد", "محمد عبد الله الرقاد"], "JO", "Deputy director of Jordan's PSD (2012)."),
    P("abu-mdeis", "Mohammed Abu Mdeis", "محمد أبو مديس", ["أبو مديس"], None,
      "Colonel, liaison and coordination officer of the 2012 training programme for Libyan police in Jordan; the text does not say which service he belongs to."),
    A("libya-national-security", "agency", "Libyan National Security (police)", "الأمن الوطني الليبي", [], "LY", "libya-interior-ministry",
      "The Libyan interior ministry's police ('National Security'), whose trainees Jordan received in 2012. No bare 'الأمن الوطني' alias."),
    # anbaa (a Turkish security plane sent to Algeria for a Gülen-linked suspect)
    A("ankara-police", "agency", "Ankara Provincial Security Directorate", "مديرية أمن أنقرة", [], "TR", "turkey-egm"),
    P("gulen", "Fethullah Gülen", "فتح الله غولن", ["غولن", "Gülen"], "TR",
      "Turkish preacher who lived in the US (died 2024); Turkey holds his movement responsible for the 2016 coup attempt and lists it as a terrorist organisation."),
    P("erdogan", "Recep Tayyip Erdoğan", "رجب طيب أردوغان", ["أردوغان", "آردوغان", "Erdoğan"], "TR", "President of Turkey."),
    # sefroupress (Hammouchi's working visit to the UAE)
    A("uae-state-security", "agency", "State Security Department (UAE)", "جهاز أمن الدولة الإماراتي",
      ["جهاز امن الدولة", "جهاز امن الدولة الاماراتي", "جهاز أمن الدولة"], "AE", None,
      "The UAE's State Security Department (Amn al-Dawla)."),
    P("zaabi", "Talal Rashid Al Zaabi", "طلال راشد الزعابي", ["الزعابي"], "AE", "Director of the UAE State Security Department (as sefroupress names him, 2025)."),
    # vetogate (Egypt's interior minister receives a Libyan delegation)
    P("awami", "Ezzedine Al-Awami", "عز الدين العوامي", ["عز الدين العوامى", "العوامي", "العوامى"], "LY",
      "First deputy president of Libya's General National Congress (2013–2014)."),
    # casaoui (Saudi Arabia backs Morocco after a BCIJ arrest in Tangier)
    A("saudi-foreign-ministry", "organization", "Ministry of Foreign Affairs (Saudi Arabia)", "وزارة الخارجية السعودية", ["الخارجية السعودية"], "SA"),
]
