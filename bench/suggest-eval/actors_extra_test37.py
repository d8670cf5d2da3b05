# Actors and aliases added to /work/main/graph/actors.json for the test37 corpus (held out).
# test37's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent (aliases and notes are
# this set's own).
# No actor gets the bare "حرس الحدود": in test37 it names the Saudi Border Guard ("حرس الحدود في السعودية") and is part
# of the Iraqi "قيادة قوات حرس الحدود" (takadum). No ministry gets the bare "وزارة الخارجية" or "وزارة الداخلية".
from actors_extra import P, A

ALIASES = {}

ACTORS = [
    # ---- states
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia", "الرياض"], "SA"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran"], "IR"),
    A("poland", "country", "Poland", "بولندا", ["Poland"], "PL"),

    # ---- ween (Saudi and Jordanian interior ministers' talks in Amman); klyoum (the Saudi minister in Cairo)
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية",
      ["الداخلية السعودية"], "SA"),
    A("jordan-interior-ministry", "organization", "Ministry of Interior (Jordan)", "وزارة الداخلية الأردنية",
      ["الداخلية الأردنية"], "JO"),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود",
       "عبدالعزيز بن سعود بن نايف", "عبد العزيز بن سعود بن نايف"], "SA",
      "Saudi minister of the interior (since 2017)."),
    P("mazen-faraya", "Mazen Al-Faraya", "مازن الفراية", ["الفراية", "مازن عبدالله هلال الفراية"], "JO",
      "Jordanian minister of the interior."),
    P("king-salman", "Salman bin Abdulaziz Al Saud", "سلمان بن عبدالعزيز",
      ["سلمان بن عبد العزيز", "الملك سلمان", "سلمان", "سلمان بن عبدالعزيز آل سعود"], "SA", "King of Saudi Arabia (since 2015)."),
    P("mohammed-bin-salman", "Mohammed bin Salman Al Saud", "محمد بن سلمان",
      ["محمد بن سلمان بن عبدالعزيز آل سعود", "محمد بن سلمان بن عبدالعزيز"], "SA",
      "Saudi crown prince (since 2017) and prime minister (since 2022)."),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", [], "EG", "Egyptian minister of the interior (since 2018)."),
    P("saleh-al-husseini", "Saleh bin Eid Al-Husseini", "صالح الحصيني", ["صالح بن عيد الحصيني", "الحصيني"], "SA",
      "Saudi ambassador to Egypt."),

    # ---- turaif1 (the Saudi embassy in Amman and Jordan's State Security Court list of wanted men)
    A("saudi-foreign-ministry", "organization", "Ministry of Foreign Affairs (Saudi Arabia)", "وزارة الخارجية السعودية",
      ["الخارجية السعودية"], "SA"),
    A("saudi-embassy-amman", "organization", "Embassy of Saudi Arabia in Jordan", "سفارة خادم الحرمين الشريفين في المملكة الأردنية الهاشمية",
      ["سفارة السعودية في الأردن", "السفارة السعودية في الأردن", "السفارة السعودية في عمّان"], "SA", "saudi-foreign-ministry",
      "The Saudi embassy in Amman; its citizens' affairs section also follows Saudi prisoners in Iraq (afadak)."),
    P("mohammed-al-balawi", "Mohammed bin Ayed Al-Balawi", "محمد بن عايد البلوي", ["البلوي"], "SA",
      "Counsellor, media spokesman of the Saudi embassy in Jordan."),
    A("jordan-state-security-court", "organization", "State Security Court (Jordan)", "محكمة أمن الدولة الأردنية",
      ["محكمة أمن الدولة"], "JO", None,
      "Jordan's special (military) court for terrorism, drugs and state-security cases; turaif1 also calls it 'أمن الدولة'."),
    P("raed-azmaqan", "Raed Kamel Azmaqan", "رائد كامل أزمقان", ["أزمقان"], "JO",
      "Colonel, president of Jordan's State Security Court (as turaif1 names him)."),

    # ---- aljazirah (Iraqi police graduate from the Jordan International Police Training Center)
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["مديرية الأمن العام الأردنية", "الأمن العام الأردني", "PSD"], "JO", None,
      "Without the bare alias 'الأمن العام'."),
    A("jiptc", "agency", "Jordan International Police Training Center", "المركز الدولي لتدريب الشرطة",
      ["مركز تدريب الشرطة الدولي", "JIPTC", "المركزالأردني الدولي لتدريب الشرطة", "المركز الأردني الدولي لتدريب الشرطة"], "JO",
      "jordan-psd", "Police training centre at Muwaqqar, east of Amman, set up in 2003 with US funding to train Iraqi police."),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias 'وزارة الداخلية' (see the header)."),
    A("iraq-police", "agency", "Iraqi Police", "الشرطة العراقية", ["Iraqi Police"], "IQ", "iraq-interior-ministry",
      "aljazirah's trainees ('ألف شرطي عراقي') are taken as this body, which has no mention there."),
    P("ata-abdulwahab", "Ata Abdul Wahab", "عطا عبد الوهاب", [], "IQ", "Iraqi ambassador in Amman (2004)."),
    P("mohammed-tarawneh", "Mohammed Al-Tarawneh", "محمد الطراونة", ["الطراونة"], "JO",
      "Lieutenant colonel of Jordan's Public Security Directorate (2004)."),

    # ---- afadak (Saudi–Iraqi prisoner exchange)
    P("mohammed-bin-nayef", "Mohammed bin Nayef bin Abdulaziz", "محمد بن نايف بن عبد العزيز",
      ["محمد بن نايف بن عبدالعزيز", "محمد بن نايف"], "SA",
      "Saudi minister of the interior (2012–2017), crown prince (2015–2017)."),
    P("adnan-al-asadi", "Adnan Al-Asadi", "عدنان الأسدي", ["الأسدي"], "IQ",
      "Senior undersecretary of Iraq's interior ministry (2006–2014)."),
    P("saadi-al-aslami", "Saadi Hajji Al-Aslami", "سعدي حجي الأسلمي", ["الأسلمي"], "SA",
      "Deputy head of Saudi citizens' affairs at the Saudi embassy in Jordan, in charge of Saudi prisoners in Iraq and Jordan."),

    # ---- arabtime (King Abdullah II and Ahmed al-Sharaa agree on border security)
    P("abdullah-ii", "Abdullah II of Jordan", "عبد الله الثاني", ["عبدالله الثاني", "الملك عبد الله"], "JO", "King of Jordan."),
    P("ahmed-al-sharaa", "Ahmed Al-Sharaa", "أحمد الشرع", ["الشرع", "أحمد الشارا"], "SY",
      "General commander of the Syrian (transitional) administration, later president of Syria. arabtime's machine-like "
      "translation spells him 'أحمد الشارا' and, once, 'الشريعة' (not taken as an alias)."),
    P("bashar-al-assad", "Bashar al-Assad", "بشار الأسد", ["الأسد", "Bashar al-Assad"], "SY",
      "President of Syria (2000–2024), deposed on 8 December 2024."),

    # ---- arabi21 (Yemen hands 29 al-Qaeda members to Saudi Arabia)
    A("yemeni-security-services", "agency", "Yemeni security services (collective)", "الأجهزة الأمنية اليمنية",
      ["القوات اليمنية", "قوات الأمن اليمنية", "السلطات الأمنية اليمنية"], "YE", None,
      "Collective actor for unspecified Yemeni security forces, like moroccan-security-services."),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["أجهزة الأمن في المملكة", "القوات الأمنية في السعودية"], "SA", None,
      "Collective actor for unspecified Saudi services, like moroccan-security-services."),
    A("yemen-defence-ministry", "organization", "Ministry of Defence (Yemen)", "وزارة الدفاع اليمنية", [], "YE"),
    A("aqap", "group", "Al-Qaeda in the Arabian Peninsula", "تنظيم القاعدة في شبه الجزيرة العربية",
      ["القاعدة في جزيرة العرب", "تنظيم القاعدة في جزيرة العرب", "قاعدة الجهاد في جزيرة العرب", "AQAP", "تنظيم القاعدة", "القاعدة"],
      None, None, "In arabi21 the bare 'تنظيم القاعدة' of the Yemen–Saudi story is read as AQAP, which the same text names in full."),
    P("umm-hani", "Umm Hani", "أم هاني", [], "SA",
      "Nickname of a Saudi woman who raised funds for AQAP, among those Yemen handed to Saudi Arabia (arabi21)."),
    P("wuhayshi", "Al-Wuhayshi (Abu Basir)", "عبد الكريم الوحيشي", ["الوحيشي", "أبو بصير"], "YE",
      "Leader of AQAP, named 'عبد الكريم الوحيشي' by arabi21 (AQAP's emir is better known as Nasir al-Wuhayshi, 'Abu Basir')."),

    # ---- spa (Prince Naif's letter to Kuwait's interior minister)
    P("naif-bin-abdulaziz", "Naif bin Abdulaziz Al Saud", "نايف بن عبدالعزيز",
      ["نايف بن عبد العزيز", "الأمير نايف", "نايف", "نايف بن عبدالعزيز آل سعود"], "SA",
      "Saudi minister of the interior (1975–2012), second deputy prime minister (2009–2011), crown prince (2011–2012)."),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", [], "KW"),
    P("jaber-khaled-al-sabah", "Jaber Khaled Al-Sabah", "جابر بن خالد الصباح", ["جابر الخالد", "جابر خالد الصباح"], "KW",
      "Kuwaiti minister of the interior (2006–2011)."),
    P("abdulaziz-al-fayez", "Abdulaziz bin Ibrahim Al-Fayez", "عبدالعزيز بن إبراهيم الفايز", ["الفايز"], "SA",
      "Saudi ambassador to Kuwait."),

    # ---- aljarida (Jordan's GID foils an ISIS plot)
    A("jordan-gid", "agency", "General Intelligence Directorate (Jordan)", "دائرة المخابرات العامة",
      ["دائرة المخابرات العامة الأردنية", "جهاز المخابرات العامة", "المخابرات الأردنية", "المخابرات العامة الأردنية", "GID",
       "وكالة المخابرات العامة الأردنية", "دائرة المخابرات"], "JO"),

    # ---- takadum (an Iraqi joint security delegation in Saudi Arabia)
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ",
      "Deputy commander of Iraq's Joint Operations (2021); Iraqi interior minister since 2022."),
    A("iraq-joint-operations-command", "agency", "Joint Operations Command (Iraq)", "قيادة العمليات المشتركة",
      ["العمليات المشتركة", "Joint Operations Command"], "IQ"),
    A("iraq-security-media-cell", "agency", "Security Media Cell (Iraq)", "خلية الإعلام الأمني",
      ["خلية الاعلام الأمني", "خلية الإعلام الأمني العراقية"], "IQ", None,
      "The Iraqi security forces' joint media office (under the Joint Operations Command)."),
    A("iraq-border-ports-authority", "agency", "Border Ports Commission (Iraq)", "هيئة المنافذ الحدودية",
      ["هيئة المنافذ الحدودية العراقية"], "IQ", None, "Controls Iraq's border crossings and ports."),
    A("iraq-customs", "agency", "General Commission of Customs (Iraq)", "الهيئة العامة للجمارك",
      ["الجمارك العراقية", "الجمارك"], "IQ", None, "takadum names it only in the title 'مدير عام الجمارك'."),
    A("iraq-border-guard-command", "agency", "Border Guard Forces Command (Iraq)", "قيادة قوات حرس الحدود",
      ["قوات حرس الحدود العراقية"], "IQ", "iraq-interior-ministry"),
    A("iraq-civil-status-passports", "agency", "General Directorate of Civil Status, Passports and Residence (Iraq)",
      "مديرية الأحوال المدنية والجوازات والإقامة", ["الأحوال المدنية والجوازات والإقامة"], "IQ", "iraq-interior-ministry"),
    A("saudi-border-guard", "agency", "General Directorate of Border Guard (Saudi Arabia)", "المديرية العامة لحرس الحدود",
      ["حرس الحدود السعودي", "حرس الحدود في السعودية"], "SA", "saudi-interior-ministry",
      "Without the bare alias 'حرس الحدود' (see the header)."),
]
