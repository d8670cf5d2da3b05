# Actors and aliases added to /work/main/graph/actors.json for the test52 corpus (held out).
# test52's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # anfanews (Saudi visit): the name with a tatweel, "الحمـوشي".
    "hammouchi": ["عبد اللطيف الحمـوشي", "الحمـوشي"],
    # anfanews (UAE wanted man): "the Moroccan security authorities"; elaph: the services without hamza;
    # alqalamlhor: the Moroccan security mission at the 2022 World Cup (twice split by a line break in the page, which no alias can hold).
    "moroccan-security-services": ["السلطات الأمنية المغربية", "الاجهزة الامنية المغربية", "البعثة الأمنية المغربية",
                                   "المؤسسة الأمنية المغربية"],
}

ACTORS = [
    # anfanews (Hammouchi's working visit to Saudi Arabia, World Defense Show)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-state-security", "agency", "Presidency of State Security (Saudi Arabia)", "رئاسة أمن الدولة",
      ["أمن الدولة", "جهاز أمن الدولة", "جهاز أمن الدولة السعودي"], "SA"),
    P("howairini", "Abdulaziz bin Mohammed Al-Howairini", "عبد العزيز بن محمد الهويريني", ["الهويريني"], "SA",
      "Head of Saudi Arabia's State Security."),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة", "القوات الأمنية في السعودية"], "SA", None,
      "Collective actor for unspecified Saudi services ('their counterparts in the Kingdom'), like moroccan-security-services."),
    # anfanews (Casablanca airport: an Arab national wanted by the UAE); marocmedias (study on Morocco–UAE intelligence)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "UAE", "دولة الإمارات العربية المتحدة", "دولة الإمارات"], "AE"),
    A("arab-democratic-center", "organization", "Arab Democratic Center for Strategic, Political and Economic Studies",
      "المركز الديمقراطي العربي للدراسات الإستراتيجية والسياسية والاقتصادية", ["المركز الديمقراطي العربي"], None, None,
      "A research centre (think tank) that published the study on Moroccan–Emirati intelligence cooperation (marocmedias)."),
    # medmarmedia (the DGSN's open days: guests from the AIMC, Interpol and Naif Arab University)
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان"], "SA",
      "Secretary-General of the Arab Interior Ministers' Council."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي"], "AE",
      "Inspector General of the UAE Ministry of Interior; elected Interpol president in November 2021."),
    A("naif-university", "organization", "Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
      ["NAUSS"], None, None, "A university of the Arab League, in Riyadh."),
    P("bunyan", "Abdulmajeed bin Abdullah Al-Bunyan", "عبد المجيد بن عبد الله البنيان", ["البنيان"], "SA",
      "President of Naif Arab University for Security Sciences."),
    P("harfash", "Khalid bin Abdulaziz Al-Harfash", "خالد بن عبد العزيز الحرفش", ["الحرفش"], "SA",
      "Of Naif Arab University (director of public relations and media in another set; secretary of its supreme council in medmarmedia)."),
    # elaph (Morocco–Kuwait security cooperation agreement, October 2010)
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    P("sabah-al-ahmad", "Sabah Al-Ahmad Al-Jaber Al-Sabah", "صباح الأحمد الجابر الصباح",
      ["صباح الأحمد", "صباح الاحمد الجابر الصباح", "صباح الاحمد"], "KW", "Emir of Kuwait (2006–2020)."),
    P("mohammad-sabah-al-salem", "Mohammad Sabah Al-Salem Al-Sabah", "محمد صباح السالم الصباح",
      ["محمد الصباح السالم", "محمد صباح السالم"], "KW",
      "Elaph calls him Kuwait's interior minister and the agreement's Kuwaiti signatory; in October 2010 he was deputy prime "
      "minister and foreign minister (the interior minister was Jaber Al-Khaled Al-Sabah). Recorded as the text states."),
    P("cherkaoui", "Taieb Cherkaoui", "الطيب الشرقاوي", ["الشرقاوي", "Taieb Cherkaoui"], "MA",
      "Morocco's minister of the interior (2010–2012)."),
    A("kuwait-security-services", "agency", "Kuwaiti security services (collective)", "السلطات الأمنية الكويتية",
      ["الأجهزة الأمنية الكويتية"], "KW", None,
      "Collective actor for unspecified Kuwaiti security authorities, like moroccan-security-services."),
    # 24saa (Laftit meets the Saudi and Iraqi interior ministers in Marrakech)
    P("laftit", "Abdelouafi Laftit", "عبد الوافي لفتيت", ["لفتيت", "عبد الوافي لفتيت", "Laftit"], "MA",
      "Morocco's minister of the interior (since 2017)."),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود"], "SA",
      "Saudi minister of the interior (since 2017)."),
    A("iraq", "country", "Iraq", "العراق", ["Iraq", "جمهورية العراق"], "IQ"),
    # alqalamlhor (Qatar's World Cup security-cooperation centre receives the Moroccan security mission)
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("qatar-world-cup-iscc", "agency", "International Security Cooperation Centre (Qatar 2022 World Cup)",
      "مركز التعاون الأمني الدولي", ["مركز التعاون الأمني الدولي الخاص بمونديال قطر"], "QA", None,
      "The Qatari-led centre that hosted the foreign police and security missions during the 2022 World Cup."),
    # anfanews (Marrakech: a Bahraini wanted by Bahrain)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("arab-liaison-division", "agency", "Arab liaison division (national office of the Arab criminal-police network)",
      "شعبة الاتصال العربي", [], None, None,
      "The text does not say whose division (Bahrain's or Morocco's) circulated the warrant; such divisions are the national "
      "offices of the AIMC's Arab Bureau of Criminal Police. Country left null for that reason."),
    # almaghribtoday (Morocco's ambassador in Jordan on counter-terrorism)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    P("abdelkhalek", "Lahcen Abdelkhalek", "لحسن عبد الخالق", ["عبد الخالق"], "MA", "Morocco's ambassador to Jordan."),
    A("un-security-council", "organization", "UN Security Council", "مجلس الأمن الدولي",
      ["مجلس الأمن التابع للأمم المتحدة", "UN Security Council", "UNSC", "مجلس الأمن"], None, "un"),
    A("un-ctc", "organization", "UN Security Council Counter-Terrorism Committee", "لجنة مكافحة الإرهاب",
      ["لجنة مكافحة الإرهاب التابعة لمجلس الأمن", "CTC"], None, "un-security-council"),
    P("mohammed-vi", "Mohammed VI", "محمد السادس", ["Mohammed VI"], "MA", "King of Morocco (since 1999)."),
    P("kasasbeh", "Muath al-Kasasbeh", "معاذ الكساسبة", ["الكساسبة"], "JO",
      "Jordanian air-force pilot captured and murdered by ISIS (killing announced February 2015)."),
    # alalam (the Egyptian ambassador in Rabat on Egyptian–Moroccan security coordination)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    P("ashraf-ibrahim", "Ashraf Ibrahim", "أشرف إبراهيم", [], "EG", "Egypt's ambassador to Morocco (2018)."),
]
