# Actors and aliases added to /work/main/graph/actors.json for the test39 corpus (held out).
# test39's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py files already define are re-declared here with the same id, kind, names and parent.
# The bare "وزارة الداخلية" names the UAE ministry (uaebarq, emaratalyoum) and the Bahraini ministry (ksa2day), so no
# actor gets it as an alias; the bare "الأمن العام" names Bahrain's Public Security (ksa2day) and Qatar's (gulfobserver),
# so it is given to neither.
from actors_extra import P, A

ALIASES = {
    # turkeyalaan: "الولايات المتحدة الامريكية" without hamza; alyaum (via Sauress): "الولاياتالمتحدة" run together.
    "usa": ["الولايات المتحدة الامريكية", "الولاياتالمتحدة"],
    # emaratalyoum: "منظمة الشرطة الجنائية الدولية \" الإنتربول\"".
    "interpol": ["منظمة الشرطة الجنائية الدولية"],
}

ACTORS = [
    # shared by several texts
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("dubai-police", "agency", "Dubai Police", "شرطة دبي", ["الشرطة في دبي", "Dubai Police", "القيادة العامة لشرطة دبي"], "AE"),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    A("india", "country", "India", "الهند", ["جمهورية الهند", "India", "نيودلهي"], "IN", None,
      "'نيودلهي' stands for the state in emirates71 ('متهم من نيودلهي')."),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran", "ايران", "طهران"], "IR", None,
      "alyaum writes 'ايران' without hamza; 'طهران' stands for the state as a visit destination."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    # uaebarq (Saif bin Zayed receives Russia's prosecutor general Igor Krasnov, 15 April 2025)
    P("saif-bin-zayed", "Saif bin Zayed Al Nahyan", "سيف بن زايد آل نهيان", ["سيف بن زايد"], "AE",
      "Deputy prime minister and minister of the interior of the UAE."),
    A("russia", "country", "Russia", "روسيا", ["روسيا الاتحادية", "موسكو", "Russia"], "RU"),
    P("krasnov", "Igor Krasnov", "إيغور كراسنوف", ["كراسنوف", "Igor Krasnov"], "RU",
      "Prosecutor General of the Russian Federation (2020–2025). His office is not named in test39, so he gets no leads."),
    A("uae-moi-happiness-directorate", "organization", "General Directorate of Happiness (UAE Ministry of Interior)",
      "الإدارة العامة للسعادة", [], "AE", "uae-interior-ministry",
      "The UAE interior ministry's customer-happiness directorate; runs the operations room that monitors customer systems."),
    P("khaili", "Khalifa Hareb Al Khaili", "خليفة حارب الخييلي", [], "AE", "Undersecretary of the UAE interior ministry."),
    P("mohammed-al-jaber", "Mohammed Ahmed Al Jaber", "محمد أحمد الجابر", [], "AE", "UAE ambassador to Russia."),
    P("mohammed-bin-tahnoun", "Mohammed bin Tahnoun Al Nahyan", "محمد بن طحنون آل نهيان", [], "AE", "Director general of Abu Dhabi Police."),
    # alain (a Chinese deputy minister of public security at Dubai Police)
    P("marri", "Abdullah Khalifa Al-Marri", "عبدالله خليفة المري", ["المري", "عبد الله خليفة المري"], "AE",
      "Commander-in-Chief of Dubai Police (lieutenant general)."),
    A("china-mps", "organization", "Ministry of Public Security (China)", "وزارة الأمن العام الصينية",
      ["وزارة الأمن العام", "Ministry of Public Security"], "CN", None,
      "China's police ministry. 'نائب وزير الأمن العام الصيني' (a title) is not a mention of it."),
    P("deng-weiping", "Deng Weiping", "دنج ويبينج", ["Deng Weiping"], "CN",
      "Chinese deputy minister of public security, as al-ain names him."),
    # ksa2day (Bahrain's interior minister receives India's minister of state for external affairs, 14 Jan. 2017)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية", [], "BH"),
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    A("bahrain-public-security", "agency", "Public Security Command (Bahrain)", "رئاسة الأمن العام", ["شرطة البحرين"], "BH",
      "bahrain-interior-ministry",
      "Headed by the Chief of Public Security (رئيس الأمن العام); Bahrain's police command, so 'شرطة البحرين' is read as it. "
      "Re-declared without the bare alias 'الأمن العام' (see the header)."),
    P("mj-akbar", "M. J. Akbar", "إم جي أكبر", ["أكبر", "M. J. Akbar"], "IN",
      "India's Minister of State for External Affairs (2016–2018)."),
    # okaz (Turkish military train Qatari police in riot control before the 2022 World Cup)
    A("qatari-security-services", "agency", "Qatari security services (collective)", "الأجهزة الأمنية القطرية",
      ["الشرطة القطرية"], "QA", None,
      "Collective actor for unspecified Qatari services, like moroccan-security-services; okaz's 'الشرطة القطرية' is read as it."),
    A("lekhwiya", "agency", "Internal Security Force (Lekhwiya, Qatar)", "قوة الأمن الداخلي",
      ["لخويا", "Lekhwiya", "قيادة قوات الأمن الداخلي", "قوات الأمن الداخلي"], "QA"),
    A("turkey-armed-forces", "agency", "Turkish Armed Forces", "الجيش التركي", ["القوات المسلحة التركية"], "TR"),
    A("turkey-foca-commando-school", "agency", "Foça Commando School (Turkey)", "مدرسة فوتشا لقوات الكوماندوز",
      ["مدرسة فوتشا", "Foça Commando School"], "TR", "turkey-armed-forces",
      "The Turkish Naval Forces' amphibious commando school at Foça, near Izmir."),
    A("tika", "organization", "Turkish Cooperation and Coordination Agency (TİKA)", "وكالة التعاون والتنسيق التركية",
      ["تيكا", "TİKA", "TIKA"], "TR", None, "Turkey's development-aid agency."),
    # turkeyalaan (Kuwait holds three Turks at Turkey's request as Gülen movement members)
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية", [], "KW"),
    A("gulen-movement", "group", "Gülen movement (FETÖ)", "جماعة غولن",
      ["حركة فتح الله غولن", "جماعة فتح الله غولن", "حركة غولن", "FETÖ"], "TR", None,
      "Turkey lists it as a terrorist organisation and blames it for the July 2016 coup attempt."),
    P("gulen", "Fethullah Gülen", "فتح الله غولن", ["غولن", "Gülen"], "TR",
      "Turkish preacher who lived in the US (died 2024); Turkey holds his movement responsible for the 2016 coup attempt and lists it as a terrorist organisation."),
    # gulfobserver (the Qatari–Iranian joint security committee's second meeting in Tehran)
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية",
      ["الداخلية القطرية"], "QA"),
    A("qatar-public-security", "agency", "General Directorate of Public Security (Qatar)", "الأمن العام القطري",
      ["Qatar Public Security"], "QA", "qatar-interior-ministry",
      "Named as the text writes it; its Arabic official name is Lebanon's General Security's, 'المديرية العامة للأمن العام'."),
    P("mohammed-al-sulaiti", "Mohammed Al-Sulaiti", "محمد السليطي", [], "QA",
      "Major general, director general of Qatar's Public Security (not test26's Abdulrahman Al-Sulaiti of the Police Academy)."),
    P("pourjamshidian", "Ali Akbar Pourjamshidian", "علي أكبر بورجمشيديان", ["بورجمشيديان", "Ali Akbar Pourjamshidian"], "IR",
      "Iran's deputy minister of the interior for security and police affairs."),
    # wam (Sharjah Police and a Kazakh delegation)
    A("sharjah-police", "agency", "Sharjah Police", "القيادة العامة لشرطة الشارقة", ["شرطة الشارقة", "Sharjah Police"], "AE"),
    P("bin-amer", "Abdullah Mubarak bin Amer", "عبدالله مبارك بن عامر", ["بن عامر", "عبد الله مبارك بن عامر"], "AE",
      "Major general, Commander-in-Chief of Sharjah Police."),
    A("kazakhstan", "country", "Kazakhstan", "كازاخستان", ["جمهورية كازاخستان", "Kazakhstan"], "KZ"),
    A("kazakhstan-interior-ministry", "organization", "Ministry of Internal Affairs (Kazakhstan)", "وزارة الداخلية الكازاخستانية",
      ["وزارة الداخلية بكازاخستان"], "KZ"),
    P("taspolat", "Almaz Taspolat", "ألماز تاسبولات", ["تاسبولات"], "KZ", "Consul general of Kazakhstan (in Dubai)."),
    P("duisembayev", "Ayan Duisembayev", "أيان دويسيمباييف", ["دويسيمباييف"], "KZ",
      "Major general, representative of Kazakhstan's Ministry of Internal Affairs."),
    # emaratalyoum (the UAE hands China a wanted gambling-network leader) uses uae, uae-interior-ministry, dubai-police, china.
    # alyaum (Kuwait and Iran sign a security agreement in Tehran)
    P("mohammad-al-khalid", "Mohammad Al-Khalid Al-Hamad Al-Sabah", "محمد الخالد",
      ["الخالد", "محمد خالد الحمد الصباح", "Mohammad Al-Khalid", "محمد الخالد الصباح"], "KW",
      "Kuwait's deputy prime minister and minister of the interior (also earlier, when Mousavi Lari was Iran's minister)."),
    P("mousavi-lari", "Abdolvahed Mousavi Lari", "موسوي لاري", ["موسوى لارى", "Mousavi Lari"], "IR",
      "Iran's minister of the interior (1997–2005)."),
    # emirates71 (India says the UAE and Saudi Arabia hold two terror suspects at its request)
    P("asadullah-khan", "Asadullah Khan (Abu Sufiyan)", "أسد الله خان",
      ["أبو سفيان", "أبي سفيان", "أبا سفيان", "أبوسفيان", "Abu Sufiyan"], "IN",
      "Indian national from Hyderabad held in Saudi Arabia at India's request (terrorism charges), as emirates71 reports."),
    P("zahid-sheikh", "Zahid Sheikh (Zainul Abideen)", "زاهد شيخ", ["زين العابدين", "Zainul Abideen"], "IN",
      "Indian national held in Dubai at India's request, accused of supplying explosives for a bakery bombing in India."),
    A("lashkar-e-taiba", "group", "Lashkar-e-Taiba", "لشكر طيبة", ["لشكر طيبا", "عسكر طيبة", "LeT"], None),
]
