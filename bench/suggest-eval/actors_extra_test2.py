# Actors and aliases added to /work/main/graph/actors.json for the test2 corpus (held out).
# Its lexicon is graph/actors.json plus these only. Actors that the dev/dev2/dev3 extras also define
# are re-declared here with the same id.
from actors_extra import P, A

def P_en(id, en, aliases=(), country=None, note=None):
    # A person the sources name only in Latin script: no Arabic name is given.
    return {"id": id, "kind": "person", "names": {"en": en}, "aliases": list(aliases), "country": country, "parent": None, "note": note}

ALIASES = {
    "hammouchi": ["الحموشي"],
    "uk": ["المملكة المتحدة"],
    "spain": ["المملكة الإسبانية"],
    "dgsn": ["الشرطة المغربية"],
}

ACTORS = [
    # Bahrain
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية", [], "BH"),
    A("bahrain-public-security", "agency", "Public Security Command (Bahrain)", "رئاسة الأمن العام", ["الأمن العام"], "BH",
      "bahrain-interior-ministry", "Headed by the Chief of Public Security (رئيس الأمن العام)."),
    A("bahrain-royal-police-academy", "agency", "Royal Academy of Police (Bahrain)", "الأكاديمية الملكية للشرطة", [], "BH",
      "bahrain-interior-ministry"),
    P("tariq-al-hassan", "Tariq Al Hassan", "طارق الحسن", ["Tariq Al Hassan"], "BH", "Chief of Public Security of Bahrain (2015)."),
    P("hamad-bin-mohammed-al-khalifa", "Hamad bin Mohammed Al Khalifa", "حمد بن محمد آل خليفة", [], "BH",
      "Commander of Bahrain's Royal Academy of Police."),
    A("met-police", "agency", "Metropolitan Police Service (London)", "شرطة لندن", ["Metropolitan Police", "Scotland Yard"], "GB"),
    P("mackey", "Craig Mackey", "كريغ ماكي", ["ماكي", "Craig Mackey"], "GB", "Deputy Commissioner of the Metropolitan Police (2015)."),
    # Egypt, Kuwait
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("interpol-cairo", "agency", "Interpol National Central Bureau Cairo", "الإنتربول المصري", ["الإنتربول المصرى", "Interpol Cairo"], "EG",
      None, "Egypt's Interpol NCB (Egyptian interior ministry); its parent is not in the corpus."),
    A("interpol-kuwait", "agency", "Interpol National Central Bureau Kuwait", "الإنتربول الكويتي", ["الإنتربول الكويتى", "Interpol Kuwait"], "KW",
      None, "Kuwait's Interpol NCB (Kuwaiti interior ministry); its parent is not in the corpus."),
    # Iraqi Kurdistan, US consulate
    A("us-consulate-erbil", "organization", "US Consulate General in Erbil", "القنصلية الأمريكية في أربيل",
      ["القنصليّة الأمريكيّة", "القنصلية الأمريكية", "القنصلية العامة الأميركية بأربيل"], "US", "us-state-department"),
    A("us-diplomatic-security", "agency", "Diplomatic Security Service (US)", "جهاز الأمن الدبلوماسي", ["Diplomatic Security Service", "DSS"], "US",
      "us-state-department"),
    A("peshmerga", "agency", "Peshmerga (Kurdistan Region of Iraq)", "البيشمركة", ["Peshmerga"], "IQ", None,
      "The armed forces of the Kurdistan Region of Iraq."),
    A("zeravani", "agency", "Zeravani forces", "قوات زيرفاني", ["زيرفاني", "Zeravani"], "IQ", "peshmerga"),
    P("blaise", "Michael Blaise", "مايكل بليز", ["بليز"], "US", "Deputy Regional Security Officer at the US Consulate General in Erbil."),
    P("aziz-waisi", "Aziz Waisi", "عزيز ويسي", ["ويسي"], "IQ", "Commander of the Zeravani forces."),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    # Palestine, Jordan
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "Palestine"], "PS"),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    A("palestinian-police", "agency", "Palestinian Civil Police", "الشرطة الفلسطينية", ["Palestinian Police"], "PS"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    P("atallah", "Hazem Atallah", "حازم عطا الله", ["عطا الله"], "PS", "Director General of the Palestinian Police (2019)."),
    P("hammoud", "Fadel Al-Hammoud", "فاضل الحمود", ["الحمود"], "JO", "Director of Jordan's Public Security Directorate (2019)."),
    # UAE
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "UAE"], "AE"),
    A("abu-dhabi-police", "agency", "Abu Dhabi Police General Command", "القيادة العامة لشرطة أبوظبي",
      ["القيادة العامة لشرطة أبو ظبي", "شرطة أبوظبي", "شرطة أبو ظبي", "Abu Dhabi Police"], "AE"),
    A("saif-bin-zayed-academy", "agency", "Saif bin Zayed Academy for Police and Security Sciences", "أكاديمية سيف بن زايد للعلوم الشرطية والأمنية",
      [], "AE", "abu-dhabi-police"),
    A("royal-police-institute", "agency", "Royal Police Institute (Kenitra)", "المعهد الملكي للشرطة",
      ["المعهد الملكي للشرطة القضائية"], "MA", "dgsn", "The DGSN's training institute in Kenitra."),
    # Gabon, Malaysia, ambassadors in Rabat
    A("gabon", "country", "Gabon", "الغابون", ["Gabon"], "GA"),
    A("malaysia", "country", "Malaysia", "ماليزيا", ["Malaysia"], "MY"),
    P_en("pinfield", "Alex Pinfield", ["Alex PINFIELD", "PINFIELD"], "GB", "British ambassador to Morocco."),
    P_en("oupolo", "Branly Martial Oupolo", ["Branly Martial OUPOLO", "OUPOLO"], "GA", "Gabon's ambassador to Morocco."),
    P_en("shahabudeen-shah", "Shahabudeen Bin Adam Shah", ["Shahabudeen Bin Adam SHAH"], "MY", "Malaysia's ambassador to Morocco."),
    # Spain
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية", ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    A("spain-cgi", "agency", "General Commissariat of Information (Spanish National Police)", "المفوضية العامة للاستعلامات",
      ["المفوضية العامة للإستعلامات", "الإستعلامات الإسبانية", "Comisaría General de Información", "CGI"], "ES", "spanish-national-police",
      "The Spanish National Police's intelligence and counter-terrorism branch."),
    P("pereiro", "Eugenio Pereiro Blanco", "أوخينيو بيرييرو بلانكو", ["بيرييرو", "Eugenio Pereiro Blanco"], "ES",
      "General Commissioner of Information of the Spanish National Police."),
    # Saudi Arabia, Oman
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    A("saudi-gdnc", "agency", "General Directorate of Narcotics Control (Saudi Arabia)", "المديرية العامة لمكافحة المخدرات", ["GDNC"], "SA",
      "saudi-interior-ministry"),
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية", [], "SA", None,
      "Collective actor for unspecified Saudi services, like moroccan-security-services."),
    P("shalhoub", "Talal bin Abdulmohsen bin Shalhoub", "طلال بن عبدالمحسن بن شلهوب", ["بن شلهوب"], "SA",
      "Security spokesman of the Saudi interior ministry."),
    A("oman", "country", "Oman", "سلطنة عُمان", ["سلطنة عمان", "Oman"], "OM"),
    A("oman-narcotics-control", "agency", "Directorate General of Narcotics and Psychotropic Substances Control (Royal Oman Police)",
      "الإدارة العامة لمكافحة المخدرات والمؤثرات العقلية", [], "OM", None,
      "Named in the Saudi press only as the counterpart body in Oman; its parent (Royal Oman Police) is not in the corpus."),
    # Syria, Iraq
    A("syria", "country", "Syria", "سورية", ["سوريا", "Syria"], "SY"),
    A("iraqi-embassy-damascus", "organization", "Embassy of Iraq in Damascus", "السفارة العراقية بدمشق", [], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ"),
    P("rahmoun", "Mohammad Khaled al-Rahmoun", "محمد خالد الرحمون", ["رحمون", "الرحمون"], "SY", "Syrian interior minister."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري"], "IQ", "Iraqi interior minister."),
]
