# Actors and aliases added to /work/main/graph/actors.json for the test30 corpus (held out).
# test30's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets' actors_extra
# files already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "قوى الأمن الداخلي": in test30 it names Lebanon's ISF (lbc) and Syria's internal security forces
# (syria11). No actor gets the bare "الأمن العام": it names Lebanon's General Security (veto, masrawy) and, inside
# "مديرية الأمن العام", Jordan's PSD (alsharq).
from actors_extra import P, A

ALIASES = {
    # shorouk: "الاتحاد الأوربي" without waw.
    "eu": ["الاتحاد الأوربي"],
    # spa: "تنظيم القاعدة" is al-qaeda's own name; nothing to add. najah: nothing.
}

ACTORS = [
    # shared countries
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria", "دمشق"], "SY"),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye", "أنقرة"], "TR", None,
      "Ankara (أنقرة) as the destination of a trip stands for the state (veto)."),
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "السلطة الفلسطينية", "Palestine"], "PS", None,
      "'السلطة الفلسطينية' (the Palestinian Authority) is taken as the state, as 'authorities' go to the country."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    # shorouk (Jordan's interior minister Hussein Al-Majali and the EU's counter-terrorism coordinator)
    P("majali", "Hussein Al-Majali", "حسين المجالي", ["المجالي", "حسين هزاع المجالي"], "JO",
      "Director of Jordan's Public Security Directorate (2010–2013), later minister of the interior (2013–2015)."),
    P("de-kerchove", "Gilles de Kerchove", "جيل دي كيرشوف", ["كيرشوف", "دي كيرشوف", "Gilles de Kerchove"], "BE",
      "EU Counter-Terrorism Coordinator (2007–2021)."),
    P("wronecka", "Joanna Wronecka", "يؤانا فرونيتسكا", ["فرونيتسكا", "Joanna Wronecka"], "PL",
      "Head of the EU Delegation (ambassador) to Jordan (2012–2016)."),
    # veto (Lebanon's interior minister Marwan Charbel and the Turkish ambassador: the Azaz hostages)
    P("charbel", "Marwan Charbel", "مروان شربل", ["شربل", "Marwan Charbel"], "LB",
      "Lebanese minister of the interior and municipalities (2011–2014), a retired brigadier general."),
    P("ozyildiz", "İnan Özyıldız", "اينان أوزيلديز", ["أوزيلديز", "إينان أوزيلديز", "أونان أوزيدليز"], "TR",
      "Turkey's ambassador to Lebanon (2010–2014)."),
    A("lebanon-general-security", "agency", "General Directorate of General Security (Lebanon)", "المديرية العامة للأمن العام",
      ["الامن العام", "الأمن العام اللبناني", "General Security"], "LB", None,
      "Re-declared without the bare alias 'الأمن العام' (see the header)."),
    P("abbas-ibrahim", "Abbas Ibrahim", "عباس ابراهيم", ["عباس إبراهيم", "ابراهيم", "إبراهيم"], "LB",
      "Director-General of Lebanon's General Security 2011–2023."),
    # syria11 (Syria's interior minister Anas Khattab and the Azerbaijani chargé d'affaires)
    P("anas-khattab", "Anas Khattab", "أنس خطاب", ["خطاب"], "SY", "Syrian minister of the interior (from March 2025)."),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("azerbaijan", "country", "Azerbaijan", "أذربيجان", ["Azerbaijan"], "AZ"),
    A("azerbaijan-embassy-damascus", "organization", "Embassy of Azerbaijan in Damascus", "السفارة الأذربيجانية",
      ["سفارة أذربيجان في دمشق", "السفارة الأذربيجانية في دمشق"], "AZ"),
    P("huseynov", "Elnur Shah Huseynov", "ألنور شاه حسينوف", ["حسينوف"], "AZ",
      "Chargé d'affaires at Azerbaijan's embassy in Damascus (2025)."),
    P("yerlikaya", "Ali Yerlikaya", "علي يرلي كايا", ["يارلى كايا", "يرلي كايا"], "TR", "Turkish minister of the interior (from 2023)."),
    P("antonio-gonzalez", "Antonio González", "أنطونيو غونزاليس", ["غونزاليس"], "ES", "Spain's special envoy to Syria (2025)."),
    A("syria-internal-security-forces", "agency", "Internal Security Forces (Syria)", "قوى الأمن الداخلي السورية",
      ["قوى الأمن الداخلي في سوريا"], "SY", "syria-interior-ministry",
      "The police forces of Syria's interior ministry after 2025 (no bare alias: see the header)."),
    # masrawy (Lebanon's General Security arrests a Syrian in contact with Al-Nusra)
    A("lebanese-security-services", "agency", "Lebanese security services (collective)", "الأجهزة الأمنية اللبنانية",
      ["القوى الأمنية اللبنانية", "أجهزة الأمن اللبنانية", "الأمن اللبناني"], "LB", None,
      "Collective actor for unspecified Lebanese services, like moroccan-security-services."),
    A("lebanon-gs-information-office", "agency", "Information Office of General Security (Lebanon)", "مكتب معلومات الأمن العام",
      ["مكتب شؤون المعلومات في الأمن العام"], "LB", "lebanon-general-security",
      "General Security's information (intelligence) office; masrawy names its office in Deir Ames."),
    A("nusra", "group", "Al-Nusra Front", "جبهة النصرة", ["تنظيم جبهة النصرة", "النصرة", "Nusra Front"], None),
    # msdrnews (arms and armoured vehicles from Jordan to the Palestinian Authority)
    A("palestinian-preventive-security", "agency", "Palestinian Preventive Security", "جهاز الأمن الوقائي",
      ["الأمن الوقائي", "الأمن الوقائي الفلسطيني"], "PS"),
    A("palestinian-national-security-forces", "agency", "Palestinian National Security Forces", "قوات الأمن الوطني الفلسطيني",
      ["الأمن الوطني الفلسطيني", "قوات الأمن الوطني"], "PS", None,
      "No bare 'الأمن الوطني' alias (it is also the name of other states' police)."),
    A("palestinian-security-services", "agency", "Palestinian security services (collective)", "الأجهزة الأمنية الفلسطينية",
      ["قوات الأمن الفلسطينية"], "PS", None, "Collective actor for unspecified Palestinian services."),
    A("plo", "organization", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية", ["منظمة التحرير", "PLO"], "PS"),
    P("hussein-al-sheikh", "Hussein Al-Sheikh", "حسين الشيخ", ["Hussein al-Sheikh"], "PS",
      "Secretary of the PLO Executive Committee (from 2022), later vice-president of the State of Palestine."),
    P("mahmoud-abbas", "Mahmoud Abbas", "محمود عباس", ["عباس", "أبو مازن"], "PS", "President of the Palestinian Authority (since 2005)."),
    # lbc (Lebanon's interior minister Ahmad al-Hajjar and the French ambassador Hervé Magro)
    P("hajjar", "Ahmad al-Hajjar", "أحمد الحجار", ["الحجار"], "LB", "Lebanese minister of the interior and municipalities (from 2025)."),
    P("magro", "Hervé Magro", "هيرفي ماغرو", ["ماغرو", "يرفي ماغرو", "Hervé Magro"], "FR", "France's ambassador to Lebanon (from 2023)."),
    A("lebanon-interior-ministry", "organization", "Ministry of Interior and Municipalities (Lebanon)", "وزارة الداخلية اللبنانية",
      ["وزارة الداخلية والبلديات"], "LB", None, "lbc's bare 'وزارة الداخلية' is read as this ministry (its minister speaks)."),
    A("lebanese-army", "agency", "Lebanese Armed Forces", "الجيش اللبناني", ["الجيش اللبنانى", "LAF"], "LB"),
    A("lebanon-isf", "agency", "Internal Security Forces (Lebanon)", "المديرية العامة لقوى الأمن الداخلي",
      ["قوى الأمن الداخلي اللبنانية", "الأمن الداخلي اللبناني", "ISF"], "LB", None,
      "Without the bare alias 'قوى الأمن الداخلي' (see the header)."),
    # alsharq (Jordan's anti-narcotics in Aqaba; the Saudi ambassador on Saudi–Jordanian cooperation)
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "جهاز الأمن العام", "PSD"], "JO", None,
      "Re-declared as the parent of jordan-anti-narcotics; no bare 'الأمن العام'."),
    A("jordan-anti-narcotics", "agency", "Anti-Narcotics Department (Jordan)", "إدارة مكافحة المخدرات الأردنية",
      ["إدارة مكافحة المخدرات في الأردن", "Anti-Narcotics Department"], "JO", "jordan-psd",
      "The PSD's anti-narcotics department."),
    A("jordan-anti-narcotics-aqaba", "agency", "Aqaba Anti-Narcotics Section (Jordan)", "قسم مكافحة المخدرات بالعقبة",
      ["قسم مكافحة المخدرات في العقبة"], "JO", "jordan-anti-narcotics", "The anti-narcotics department's section in Aqaba."),
    A("jordanian-security-services", "agency", "Jordanian security services (collective)", "الأجهزة الأمنية الأردنية",
      ["الجهات الأمنية الأردنية", "أجهزة الأمن الأردنية"], "JO", None,
      "Collective actor for unspecified Jordanian services, like moroccan-security-services."),
    P("sami-al-saleh", "Sami bin Abdullah Al-Saleh", "سامي بن عبد الله الصالح", ["سامي الصالح"], "SA",
      "Saudi diplomat: ambassador to Jordan (as alsharq names him), later to Morocco."),
    # najah (the Palestinian intelligence chief Majed Faraj in Washington)
    A("palestinian-gis", "agency", "General Intelligence Service (Palestine)", "جهاز المخابرات العامة الفلسطينية",
      ["المخابرات العامة الفلسطينية", "المخابرات الفلسطينية", "جهاز المخابرات الفلسطينية"], "PS"),
    P("majed-faraj", "Majed Faraj", "ماجد فرج", ["فرج", "Majed Faraj"], "PS",
      "Head of the Palestinian General Intelligence Service (from 2009), major general."),
    P("trump", "Donald Trump", "ترامب", ["دونالد ترامب", "Trump"], "US", "President of the United States."),
    P("netanyahu", "Benjamin Netanyahu", "بنيامين نتنياهو", ["نتنياهو", "Benjamin Netanyahu"], "IL", "Prime Minister of Israel."),
    # nabd (the Lebanese Army hands some 70 Syrians to Syria's Military Operations Administration)
    A("syria-military-operations-administration", "agency", "Military Operations Administration (Syria)", "إدارة العمليات العسكرية",
      ["إدارة العمليات العسكرية في سوريا", "Military Operations Command"], "SY", None,
      "The command of the armed factions (led by Hayat Tahrir al-Sham) that took Damascus on 8 December 2024; it acted as "
      "the new authorities' security and military arm in the first months."),
    P("bashar-al-assad", "Bashar al-Assad", "بشار الأسد", ["الأسد", "Bashar al-Assad"], "SY", "President of Syria (2000–2024), deposed on 8 December 2024."),
    # spa (Jordan's GID foils an al-Qaeda suicide plot)
    A("jordan-gid", "agency", "General Intelligence Directorate (Jordan)", "دائرة المخابرات العامة",
      ["دائرة المخابرات العامة الأردنية", "جهاز المخابرات العامة", "المخابرات الأردنية", "المخابرات العامة الأردنية",
       "دائرة المخابرات", "GID"], "JO"),
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda"], None),
    P("sajida-al-rishawi", "Sajida al-Rishawi", "ساجدة الريشاوي", ["ساجده الريشاوى", "الريشاوي"], "IQ",
      "Iraqi would-be suicide bomber of the 9 November 2005 Amman hotel bombings; arrested in Jordan (executed 2015)."),
]
