# Actors and aliases added to /work/main/graph/actors.json for the test21 corpus (held out).
# test21's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py files already define are re-declared here with the same id, kind, names and parent.
# No ministry gets the bare "وزارة الدفاع": in alroya it names both Oman's and India's defence ministries.
# The bare "وزارة الداخلية" is given to the Saudi ministry only: in test21's in-scope text it occurs only in alhayat (Naif).
from actors_extra import P, A

ALIASES = {}

ACTORS = [
    # shared countries (re-declared as other sets define them; Pakistan also gets "إسلام أباد", turkeyposts's spelling of the capital used for the state)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    A("pakistan", "country", "Pakistan", "باكستان", ["جمهورية باكستان الإسلامية", "Pakistan", "إسلام أباد", "إسلام آباد"], "PK"),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("djibouti", "country", "Djibouti", "جيبوتي", ["جمهورية جيبوتي", "Djibouti"], "DJ"),
    A("ukraine", "country", "Ukraine", "أوكرانيا", ["Ukraine", "جمهورية أوكرانيا"], "UA"),
    A("india", "country", "India", "الهند", ["جمهورية الهند", "India"], "IN"),
    A("somalia", "country", "Somalia", "الصومال", ["جمهورية الصومال", "Somalia", "جمهورية الصومال الفيدرالية"], "SO"),
    A("nigeria", "country", "Nigeria", "نيجيريا", ["جمهورية نيجيريا الاتحادية", "Nigeria", "جمهورية نيجيريا"], "NG"),
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("indonesia", "country", "Indonesia", "إندونيسيا", ["اندونيسيا", "أندونيسيا", "Indonesia"], "ID"),
    A("malaysia", "country", "Malaysia", "ماليزيا", ["Malaysia", "مملكة ماليزيا"], "MY"),
    A("brunei", "country", "Brunei", "بروناي", ["سلطنة بروناي", "سلطنة بروناوي", "بروناوي", "Brunei"], "BN",
      None, "alarbelyoum writes both 'سلطنة بروناوي' and 'سلطنة بروناي'."),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    A("kenya", "country", "Kenya", "كينيا", ["جمهورية كينيا", "Kenya"], "KE"),
    A("oman", "country", "Oman", "سلطنة عمان", ["سلطنة عُمان", "Oman"], "OM"),

    # alhayat (Prince Naif receives China's minister of public security Meng Jianzhu)
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية",
      ["وزارة الداخلية"], "SA"),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة", "القوات الأمنية في السعودية", "الأجهزة الأمنية في المملكة"], "SA", None,
      "Collective actor for unspecified Saudi services, like moroccan-security-services."),
    P("naif-bin-abdulaziz", "Naif bin Abdulaziz Al Saud", "نايف بن عبدالعزيز", ["نايف بن عبد العزيز", "الأمير نايف", "نايف"], "SA",
      "Saudi minister of the interior (1975–2012), second deputy prime minister (2009–2011), crown prince (2011–2012)."),
    P("meng-jianzhu", "Meng Jianzhu", "مينغ جيانجو", ["مينغ جيان تشو", "Meng Jianzhu"], "CN",
      "State councillor and minister of public security of China (2007–2012)."),

    # turkeyposts (Pakistan's president Arif Alvi and the commander of Qatar's Amiri Guard)
    P("arif-alvi", "Arif Alvi", "عارف علوي", ["علوي", "Arif Alvi"], "PK", "President of Pakistan (2018–2024)."),
    A("qatar-amiri-guard", "agency", "Amiri Guard (Qatar)", "الحرس الأميري", ["الحرس الأميري القطري", "Amiri Guard"], "QA", None,
      "Qatar's Amiri Guard, a military force protecting the emir."),
    P("hazza-al-shahwani", "Hazza bin Khalil Al-Shahwani", "هزاع بن خليل الشهواني", ["الشهواني", "هزاع الشهواني"], "QA",
      "Commander of Qatar's Amiri Guard (major general)."),

    # nokhbahnews (Kuwait's interior minister Ahmad Al-Nawaf with five ambassadors)
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", [], "KW"),
    A("kuwait-security-media", "organization", "General Department of Relations and Security Media (Kuwait interior ministry)",
      "الإدارة العامة للعلاقات والإعلام الأمني", ["الادارة العامة للعلاقات والإعلام الأمني"], "KW", "kuwait-interior-ministry",
      "The ministry's press and public-relations department."),
    P("ahmad-al-nawaf", "Ahmad Nawaf Al-Ahmad Al-Sabah", "أحمد النواف", ["أحمد نواف الأحمد الصباح", "أحمد النواف الأحمد الصباح"], "KW",
      "Kuwaiti first deputy prime minister and minister of the interior, later prime minister (2022–2024); retired general."),
    P("ali-al-mahmoud", "Ali bin Abdullah Al Mahmoud", "علي آل محمود", ["علي بن عبدالله آل محمود"], "QA",
      "Qatar's ambassador to Kuwait."),
    P("balanutsa", "Oleksandr Balanutsa", "ألكسندر بالانوتسا", ["بالانوتسا", "Oleksandr Balanutsa"], "UA",
      "Ukraine's ambassador to Kuwait."),
    P("abdulkader-omar", "Abdulkader Omar", "عبدالقادر عمر", ["عبد القادر عمر"], "DJ", "Djibouti's ambassador to Kuwait."),

    # masrawy (Qatar and Somalia sign a defence cooperation agreement at DIMDEX 2026)
    A("qatar-armed-forces", "agency", "Qatar Armed Forces", "القوات المسلحة القطرية", [], "QA"),
    P("saud-bin-abdulrahman", "Saud bin Abdulrahman bin Hassan Al Thani", "سعود بن عبدالرحمن بن حسن آل ثاني",
      ["سعود بن عبدالرحمن", "سعود بن عبد الرحمن آل ثاني"], "QA",
      "Deputy prime minister and minister of state for defence affairs of Qatar."),
    P("ahmed-fiqi", "Ahmed Moallim Fiqi", "أحمد معلم فقي", ["فقي", "Ahmed Moallim Fiqi"], "SO", "Somali minister of defence."),
    P("jassim-al-mannai", "Jassim bin Mohammed Al-Mannai", "جاسم بن محمد المناعي", ["المناعي"], "QA",
      "Chief of Staff of the Qatar Armed Forces (lieutenant general, pilot)."),

    # alhayat (King Salman calls Nigeria's president Buhari; Nigeria joins the Islamic Military Coalition)
    P("king-salman", "Salman bin Abdulaziz Al Saud", "سلمان بن عبدالعزيز", ["سلمان بن عبد العزيز", "الملك سلمان", "سلمان"], "SA",
      "King of Saudi Arabia (since 2015)."),
    P("buhari", "Muhammadu Buhari", "محمد بخاري", ["بخاري", "Muhammadu Buhari"], "NG", "President of Nigeria (2015–2023)."),
    A("imctc", "organization", "Islamic Military Counter Terrorism Coalition", "التحالف الإسلامي العسكري لمحاربة الإرهاب",
      ["التحالف الإسلامي", "IMCTC"], None, None,
      "Coalition announced by Saudi Arabia in December 2015; its headquarters are in Riyadh."),

    # bhmirror (Bahrain's interior minister praises security cooperation with Pakistan)
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    P("javed-malik", "Javed Malik", "جافيد ماليك", ["جاويد مالك", "Javed Malik"], "PK", "Pakistan's ambassador to Bahrain (from 2016)."),
    P("saeed-ahmed-khan", "Saeed Ahmed Khan", "سعيد أحمد خان", [], "PK", "Former ambassador of Pakistan to Bahrain."),

    # alarbelyoum (King Salman and the defence ministers of Indonesia, Malaysia and Brunei)
    P("ryamizard", "Ryamizard Ryacudu", "رياميز أرد رياكودو", ["رياميزارد رياكودو", "Ryamizard Ryacudu"], "ID",
      "Indonesian minister of defence (2014–2019)."),
    P("hishammuddin", "Hishammuddin Hussein", "هشام الدين حسين", ["Hishammuddin Hussein", "هشام الدين تون حسين"], "MY",
      "Malaysian minister of home affairs (2009–2013), then minister of defence (2013–2018)."),
    P("abdul-aziz-tamit", "Abdul Aziz Mohd Tamit", "عبد العزيز محمد تميت", ["Abdul Aziz Mohd Tamit"], "BN",
      "Deputy minister of defence of Brunei (major general, Dato)."),

    # akhbarona (Morocco's interior minister Mohand Laenser visits Dubai Police)
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("dubai-police-admin-affairs", "agency", "Dubai Police General Department of Administrative Affairs",
      "الإدارة العامة للشؤون الإدارية", [], "AE", "dubai-police"),
    A("dubai-police-community-service", "agency", "Dubai Police General Department of Community Service",
      "الإدارة العامة لخدمة المجتمع", [], "AE", "dubai-police"),
    A("dubai-police-traffic", "agency", "Dubai Police General Department of Traffic", "الإدارة العامة للمرور", [], "AE", "dubai-police"),
    A("dubai-police-e-services", "agency", "Dubai Police General Department of E-Services",
      "الإدارة العامة للخدمات الالكترونية", ["الإدارة العامة للخدمات الإلكترونية"], "AE", "dubai-police"),
    A("dubai-police-organisational-office", "agency", "Organisational Office of the Dubai Police General Command",
      "المكتب التنظيمي", [], "AE", "dubai-police"),
    P("laenser", "Mohand Laenser", "محند العنصر", ["امحند العنصر", "العنصر", "Mohand Laenser"], "MA",
      "Moroccan minister of the interior (2012–2013)."),
    P("dhahi-khalfan", "Dhahi Khalfan Tamim", "ضاحي خلفان تميم", ["ضاحي خلفان", "Dhahi Khalfan"], "AE",
      "Commander-in-chief of Dubai Police (1980–2013), lieutenant general."),
    P("khamis-al-muzaina", "Khamis Mattar Al-Muzaina", "خميس مطر المزينة", ["المزينة"], "AE",
      "Deputy commander-in-chief of Dubai Police, later its commander-in-chief (2013–2017)."),
    P("khalfan-khalfan-abdullah", "Khalfan Khalfan Abdullah", "خلفان خلفان عبدالله", [], "AE",
      "Director of Dubai Police's General Department of Administrative Affairs (major general)."),
    P("abdulrahman-rafi", "Abdulrahman Mohammed Rafi", "عبد الرحمن محمد رفيع", ["عبدالرحمن محمد رفيع"], "AE",
      "Director of Dubai Police's General Department of Community Service (major general)."),
    P("mohammed-al-zafin", "Mohammed Saif Al-Zafin", "محمد سيف الزفين", ["الزفين"], "AE",
      "Director of Dubai Police's General Department of Traffic (major general, engineer)."),
    P("mohammed-bakheet", "Mohammed Saeed Bakheet", "محمد سعيد بخيت", [], "AE",
      "Director of Dubai Police's General Department of E-Services (brigadier)."),
    P("mohammed-saad-al-sharif", "Mohammed Saad Al-Sharif", "محمد سعد الشريف", [], "AE",
      "Director of the Organisational Office of the Dubai Police General Command (brigadier)."),

    # spa (the IMCTC's acting secretary general receives Kenya's ambassador)
    P("mughaidi", "Mohammed bin Saeed Al-Mughaidi", "محمد بن سعيد المغيدي", ["المغيدي", "محمد المغيدي"], "SA",
      "Acting secretary general, later secretary general, of the IMCTC (major general, air force pilot)."),
    P("peter-ogego", "Peter Nicholas Ratemo Ogego", "بيتر نيكولاس راتنق أوقينو أوقيقو", ["أوقيقو", "Peter Ogego"], "KE",
      "Kenya's ambassador to Saudi Arabia (the text's transliteration of his name)."),

    # alroya (Oman–India joint military cooperation committee)
    A("oman-mod", "organization", "Ministry of Defence (Oman)", "وزارة الدفاع العمانية", [], "OM", None,
      "Without the bare alias 'وزارة الدفاع' (see the header)."),
    A("india-mod", "organization", "Ministry of Defence (India)", "وزارة الدفاع الهندية", ["Ministry of Defence (India)"], "IN", None,
      "Without the bare alias 'وزارة الدفاع' (see the header)."),
    A("sultans-armed-forces", "agency", "Sultan's Armed Forces (Oman)", "قوات السلطان المسلحة", ["SAF"], "OM"),
    A("royal-army-of-oman", "agency", "Royal Army of Oman", "الجيش السلطاني العماني",
      ["قيادة الجيش السلطاني العماني", "الجيش السلطاني", "Royal Army of Oman"], "OM", "sultans-armed-forces"),
    A("rao-dg-organisation-projects", "agency", "Directorate General of Organisation and Projects (Royal Army of Oman)",
      "المديرية العامة للتنظيم والمشاريع", ["التنظيم والمشاريع"], "OM", "royal-army-of-oman"),
    P("rasbi", "Mohammed bin Nasser Al-Rasbi", "محمد بن ناصر بن محمد الراسبي", ["الراسبي", "محمد بن ناصر الراسبي"], "OM",
      "Secretary general of Oman's Ministry of Defence."),
    P("mohan-kumar", "G. Mohan Kumar", "جي موهان كومار", ["موهان كومار", "G. Mohan Kumar"], "IN",
      "Defence Secretary of India (2015–2017)."),
    P("ahmed-al-maamari", "Ahmed bin Hamoud Al-Maamari", "أحمد بن حمود المعمري", [], "OM",
      "Director general of organisation and projects at the Royal Army of Oman command (brigadier)."),
]
