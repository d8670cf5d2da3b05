# Actors and aliases added to /work/main/graph/actors.json for the test19 corpus (held out).
# test19's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py or other sets' actors_extra_*.py already define are re-declared here with the same id,
# kind, names and parent.
# "المديرية العامة للأمن الوطني" names two bodies in test19: Algeria's DGSN (cherchellnews) and Morocco's shipped DGSN
# (agadirtv). It stays the shipped DGSN's name; Algeria's DGSN keeps the specific forms of test11/test12.
from actors_extra import P, A

ALIASES = {
    # agadirtv: none needed (DGST, DGSN, Spain, ISIS are shipped with the forms used).
}

ACTORS = [
    # sabaq24 (the Saudi interior minister receives the Iraqi interior minister in Jeddah)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود"], "SA",
      "Saudi minister of the interior (since 2017)."),
    A("iraq", "country", "Iraq", "العراق", ["جمهورية العراق", "Iraq"], "IQ"),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري",
      ["الشمري", "عبد الأمير كامل الشمري", "عبد الامير الشمري", "عبدالأمير كامل الشمري"], "IQ",
      "Iraqi interior minister (since 2022)."),
    P("al-falih", "Hisham bin Abdulrahman Al-Falih", "هشام بن عبد الرحمن الفالح", ["الفالح", "هشام بن عبدالرحمن الفالح"], "SA",
      "Undersecretary, later assistant minister, of the Saudi interior ministry."),
    A("saudi-public-security", "agency", "Public Security (Saudi Arabia)", "الأمن العام السعودي",
      ["Saudi Public Security", "الأمن العام", "الشرطة السعودية"], "SA", "saudi-interior-ministry",
      "The Saudi interior ministry's police directorate. The bare 'الأمن العام' and 'الشرطة السعودية' are aliases in test19 only, "
      "where no other body bears them."),
    P("al-bassami", "Mohammed bin Abdullah Al-Bassami", "محمد بن عبد الله البسامي", ["البسامي", "محمد بن عبدالله البسامي"], "SA",
      "Director of Saudi Public Security (lieutenant general)."),
    A("saudi-moi-minister-office", "organization", "Minister's Office for Studies and Research (Saudi interior ministry)",
      "مكتب الوزير للدراسات والبحوث", [], "SA", "saudi-interior-ministry"),
    P("arwan", "Khalid bin Ibrahim Al-Arwan", "خالد بن إبراهيم العروان", ["العروان"], "SA",
      "Director general of the Saudi interior minister's office for studies and research."),
    # albayan (Bahrain's interior ministry on the International Day of Police Cooperation)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية", [], "BH"),
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    # ra2ya (Saudi tip to the UAE) and saudinewsksa (Saudi tip to Malaysia)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("saudi-anti-narcotics", "agency", "General Directorate of Narcotics Control (Saudi Arabia)",
      "المديرية العامة لمكافحة المخدرات", ["المديرية العامة لمكافحة المخدرات السعودية"], "SA", "saudi-interior-ministry",
      "In ra2ya and saudinewsksa the bare name is the Saudi directorate (the only one in either text)."),
    P("shalhoub", "Talal bin Abdulmohsen bin Shalhoub", "طلال بن عبدالمحسن بن شلهوب", ["بن شلهوب"], "SA",
      "Security spokesman of the Saudi interior ministry."),
    A("malaysia", "country", "Malaysia", "ماليزيا", ["Malaysia"], "MY"),
    A("malaysian-security-services", "agency", "Malaysian security services (collective)", "الأجهزة الأمنية في ماليزيا",
      ["الأجهزة الأمنية الماليزية"], "MY", None, "Collective actor for unspecified Malaysian services, like moroccan-security-services."),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["الجهات السعودية"], "SA", None,
      "Collective actor for unspecified Saudi services, like moroccan-security-services ('الجهات السعودية' in saudinewsksa)."),
    # wam (an Abu Dhabi Police delegation at Qatar's Police College)
    A("abu-dhabi-police", "agency", "Abu Dhabi Police", "القيادة العامة لشرطة أبوظبي", ["شرطة أبوظبي", "شرطة أبو ظبي", "Abu Dhabi Police"], "AE"),
    A("saif-bin-zayed-academy", "agency", "Saif bin Zayed Academy for Police and Security Sciences",
      "أكاديمية سيف بن زايد للعلوم الشرطية والأمنية", [], "AE", "abu-dhabi-police"),
    P("rashid-burshid", "Rashid Mohammed Burshid", "راشد بورشيد", ["راشد محمد بورشيد", "بورشيد"], "AE",
      "Director of Abu Dhabi Police's criminal investigation department (later director of the Saif bin Zayed Academy)."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية", [], "QA"),
    A("qatar-police-college", "agency", "Police College (Qatar)", "كلية الشرطة", ["كلية الشرطة القطرية"], "QA",
      "qatar-interior-ministry", "The bare 'كلية الشرطة' is an alias in test19 only (wam), where no other police college occurs."),
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية", ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    # cherchellnews (Algeria's DGSN receives the director of Saudi Public Security)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' or 'الأمن الوطني' alias: those are Morocco's DGSN in the shipped "
      "lexicon (cherchellnews writes the bare form for Algeria's, agadirtv for Morocco's)."),
    P("badaoui", "Ali Badaoui", "علي بداوي", ["بداوي", "Ali Badaoui"], "DZ", "Director General of Algeria's DGSN (from 2024)."),
    A("algeria-police-lab", "agency", "Central Laboratory of Scientific and Technical Police (Châteauneuf, Algeria)",
      "المخبر المركزي للشرطة العلمية والتقنية", [], "DZ", "algeria-dgsn"),
    # shorouknews (Syrian internal security and the General Intelligence Service dismantle an ISIS cell in Daraya)
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("syria-rif-dimashq-internal-security", "agency", "Internal Security Command, Rif Dimashq Governorate (Syria)",
      "قيادة الأمن الداخلي في محافظة ريف دمشق", ["الأمن الداخلي في محافظة ريف دمشق", "الأمن الداخلي في ريف دمشق"], "SY",
      "syria-interior-ministry"),
    A("syria-gis", "agency", "General Intelligence Service (Syria)", "جهاز الاستخبارات العامة", ["الاستخبارات العامة السورية"], "SY", None,
      "The post-2024 Syrian intelligence service."),
    P("dalati", "Ahmad al-Dalati", "أحمد الدالاتي", ["الدالاتي"], "SY",
      "Brigadier general, commander of Internal Security in Rif Dimashq governorate."),
    A("us-dod", "organization", "US Department of Defense", "وزارة الدفاع الأمريكية", ["وزارة الدفاع الأميركية", "البنتاغون", "Pentagon"], "US"),
    # agadirtv (the Guardia Civil arrests seven ISIS suspects with the DGST)
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    # kol7asry (Interpol's regional office in Saudi Arabia)
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي", "Al-Raisi"], "AE", "President of Interpol (2021–2025)."),
    # yalla4trend (Egypt hosts AFRIPOL's meeting of police training heads with GIZ)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("afripol", "organization", "AFRIPOL (African Union Mechanism for Police Cooperation)", "المنظمة الإفريقية للتعاون بين الشرطة",
      ["أفريبول", "الأفريبول", "منظمة الشرطة الإفريقية", "AFRIPOL"], None, "african-union"),
    A("giz", "organization", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", "الوكالة الألمانية للتعاون الدولي",
      ["GIZ"], "DE"),
]
