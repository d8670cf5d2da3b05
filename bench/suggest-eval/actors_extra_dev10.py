# Actors and aliases added to /work/main/graph/actors.json for the dev10 corpus.
# dev10's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev8.py already define are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    # Misnomers in Ahdath Souss: "المديرية العامة للأمن" (without الوطني) and "مديرية حماية التراب الوطني".
    "dgsn": ["المديرية العامة للأمن", "الشرطة المغربية"],
    "dgst": ["مديرية حماية التراب الوطني"],
    "spain": ["إسانيا"],
    "interpol": ["منظمة الأنتربول", "الأنتربول", "منظمة الشرطة العالمية"],
    "un": ["هيئة الأمم المتحدة"],
}

ACTORS = [
    # touzanipress (Hammouchi receives the head of UN Police in Marrakech)
    A("un-police", "organization", "United Nations Police", "شرطة الأمم المتحدة",
      ["جهاز الشرطة التابع لهيئة الأمم المتحدة", "UN Police", "UNPOL"], None, "un",
      "The UN's police component (Police Division, DPO); an organisation like Europol and Interpol."),
    P("shahkar", "Faisal Shahkar", "فيصل شهكار", ["شهكار", "Shahkar"], "PK",
      "Head of UN Police (UN Police Adviser); Touzani Press also calls him Under-Secretary-General for the rule of law."),
    # ahdatsouss (Spain awards Hammouchi the Grand Cross of the Guardia Civil Order of Merit)
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    P("felipe-vi", "Felipe VI", "فيليب السادس", ["Felipe VI"], "ES", "King of Spain (since 2014)."),
    # daralkhabar (Morocco hands two drug traffickers to France)
    A("tangier-judicial-police", "agency", "Tangier Prefecture of Police, Judicial Police Service", "المصلحة الولائية للشرطة القضائية",
      ["المصلحة الولائية للشرطة القضائية بطنجة"], "MA", "dgsn", "The judicial police service of the Tangier prefecture of police (DGSN)."),
    # burathanews, alnahrain, shafaq (Iraqi narcotics directorate)
    A("iraq", "country", "Iraq", "العراق", ["Iraq", "بغداد"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية العراقيية"], "IQ", None,
      "Re-declared without the bare alias وزارة الداخلية, which in dev10 also names the UAE's ministry."),
    A("iraq-gdna", "agency", "General Directorate of Narcotics and Psychotropic Substances Affairs (Iraq)",
      "المديرية العامة لشؤون المخدرات والمؤثرات العقلية",
      ["المديرية العامة لشؤون المخدرات والموثرات العقلية", "المديرية العامة لشؤون المخدرات", "مديرية شؤون المخدرات والمؤثرات العقلية",
       "مديرية مكافحة المخدرات والمؤثرات"], "IQ", "iraq-interior-ministry", "Directorate of the Iraqi interior ministry."),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("syria-anti-narcotics", "agency", "Anti-Narcotics Administration (Syria)", "إدارة مكافحة المخدرات السورية", [], "SY",
      "syria-interior-ministry", "Directorate of the Syrian interior ministry; burathanews writes 'إدارة مكافحة المخدرات في الجمهورية العربية السورية'."),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran"], "IR"),
    A("iran-anti-narcotics-police", "agency", "Anti-Narcotics Police (Iran)", "إدارة مكافحة المخدرات الإيرانية", [], "IR", None,
      "Iran's anti-narcotics police (part of FARAJA, which is not in dev10)."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia", "الرياض"], "SA"),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة", "القوات الأمنية في السعودية"], "SA", None,
      "Collective actor for unspecified Saudi services ('their counterparts in the Kingdom'), like moroccan-security-services."),
    A("sulaymaniyah-anti-narcotics", "agency", "Sulaymaniyah Anti-Narcotics Directorate (Kurdistan Region, Iraq)",
      "مديرية مكافحة المخدرات في السليمانية", [], "IQ", None, "Kurdistan Region directorate; its ministry is not in dev10."),
    P("bahadli", "Abbas Al-Bahadli", "عباس البهادلي", ["البهادلي"], "IQ", "Spokesman of the Iraqi interior ministry (colonel)."),
    # elilam (Mauritania's interior minister receives the Saudi ambassador)
    A("mauritania", "country", "Mauritania", "موريتانيا",
      ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    P("ould-mohamed-lemine", "Mohamed Ahmed Ould Mohamed Lemine", "محمد أحمد ولد محمد الأمين", [], "MR",
      "Mauritania's minister of the interior and decentralisation (2020–)."),
    P("raqabi", "Abdulaziz Al-Abdullah Al-Raqabi", "عبد العزيز العبدالله الرقابي", ["الرقابي"], "SA", "Saudi ambassador to Mauritania."),
    # syria24 (UAE interior undersecretary receives the AIMC secretary-general)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("uae-interior-intl-cooperation", "organization", "International Cooperation Department (UAE Ministry of Interior)",
      "إدارة التعاون الدولي", [], "AE", "uae-interior-ministry"),
    P("shaafar", "Saif Abdullah Al-Shaafar", "سيف عبدالله الشعفار", ["الشعفار"], "AE", "Undersecretary of the UAE Ministry of Interior (lieutenant general)."),
    P("mazrouei", "Ahmed Saeed Al-Mazrouei", "أحمد سعيد المزروعي", ["المزروعي"], "AE",
      "Director of the UAE interior ministry's International Cooperation Department (colonel)."),
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان"], "SA", "Secretary-General of the Arab Interior Ministers' Council."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", [], None, "amic", "Based in Tunis."),
    # shorouknews (Dubai Police and Kuwait's anti-narcotics department)
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("kuwait-gdnc", "agency", "General Department for Drug Control (Kuwait)", "الإدارة العامة لمكافحة المخدرات",
      ["مكافحة المخدرات الكويتية"], "KW", None, "Department of Kuwait's interior ministry (Criminal Security Sector)."),
    # interpol (Qatar's minister of state for interior affairs visits the General Secretariat)
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    P("abdullah-bin-nasser", "Abdullah bin Nasser bin Khalifa Al Thani", "عبد الله بن ناصر بن خليفة آل ثاني", [], "QA",
      "Qatar's minister of state for interior affairs (2005–2013), later prime minister and minister of the interior."),
    P("noble", "Ronald Noble", "رولاند نوبل", ["نوبل", "Ronald Noble", "رونالد ك. نوبل"], "US", "Secretary General of Interpol (2000–2014)."),
    A("interpol-general-secretariat", "organization", "Interpol General Secretariat (Lyon)", "الأمانة العامة للإنتربول",
      ["الأمانة العامة لمنظمة الشرطة العالمية"], None, "interpol"),
    A("interpol-doha", "agency", "Interpol National Central Bureau Doha", "المكتب المركزي الوطني في الدوحة",
      ["المكتب المركزي الوطني في قطر", "Interpol Doha"], "QA", None, "Qatar's Interpol NCB (Qatar interior ministry)."),
    P("khalifa-al-nasr", "Khalifa Al-Nasr", "خليفة النصر", ["النصر"], "QA", "Head of Qatar's Interpol NCB (brigadier), 2011."),
]
