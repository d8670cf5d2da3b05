# Actors added to /work/main/graph/actors.json for each evaluation corpus, and aliases added to existing actors.
def P(id, en, ar, aliases=(), country=None, note=None):
    return {"id": id, "kind": "person", "names": {"en": en, "ar": ar}, "aliases": list(aliases), "country": country, "parent": None, "note": note}
def A(id, kind, en, ar, aliases=(), country=None, parent=None, note=None, **other):
    names = {"en": en, "ar": ar}; names.update(other)
    return {"id": id, "kind": kind, "names": names, "aliases": list(aliases), "country": country, "parent": parent, "note": note}

DEV_ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    "dgsn": ["الإدارة العامة للأمن الوطني"],
    "dgst": ["إدارة مراقبة التراب الوطني"],
    "cia": ["المخابرات الأمريكية الخارجية"],
    "odni": ["المخابرات الوطنية"],
    "fbi": ["إف.بي.آي"],
    "usa": ["الولاياتالمتحدةالأمريكية"],
    "interpol": ["منظمة الشرطة الجنائية الدولية", "الشرطة الدولية"],
    "moroccan-security-services": ["نظرائهم المغاربة", "السلطات الأمنية المغربية"],
}
DEV_ACTORS = [
    P("brennan", "John Brennan", "جون برينان", ["برينان", "Brennan"], "US", "CIA director 2013–2017."),
    P("comey", "James Comey", "جيمس كومي", ["كومي", "Comey"], "US", "FBI director 2013–2017."),
    P("clapper", "James Clapper", "جيمس كلابر", ["كلابر", "Clapper"], "US", "Director of National Intelligence 2010–2017."),
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["مصالح الإستخبارات الفرنسية", "المصالح الأمنية الفرنسية"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services."),
    A("marrakech-police", "agency", "Marrakech Prefecture of Police", "ولاية أمن مراكش", [], "MA", "dgsn"),
    A("tetouan-police", "agency", "Tetouan Prefecture of Police", "ولاية أمن تطوان", [], "MA", "dgsn"),
    A("royal-police-institute", "agency", "Royal Police Institute (Kenitra)", "المعهد الملكي للشرطة",
      ["المعهد الملكي للشرطة القضائية"], "MA", "dgsn", "The DGSN's training institute in Kenitra."),
    A("interpol-paris", "agency", "Interpol National Central Bureau Paris", "المكتب المركزي الوطني بباريس",
      ["نظيره بباريس", "Interpol Paris"], "FR", None, "France's Interpol NCB (French national police); its parent is not in the corpus."),
    A("spanish-security-services", "agency", "Spanish security services (collective)", "مصالح الأمن الإسباني",
      ["نظيرتها الإسبانية"], "ES", None, "Collective actor for unspecified Spanish police services."),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("sweden", "country", "Sweden", "السويد", ["ستوكهولم", "Sweden"], "SE"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية"], "IQ"),
    A("swedish-police", "agency", "Swedish Police Authority", "الشرطة السويدية", ["Polisen"], "SE"),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري"], "IQ", "Iraqi interior minister."),
    P("hector", "Stefan Hector", "ستيفين هيكتور", ["هيكتور"], "SE", "Deputy national police chief of Sweden (spelled ستيفين هيكتور by Kurdistan24)."),
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    P("maaytah", "Obaidullah Al-Maaytah", "عبيدالله المعايطة", ["المعايطة"], "JO", "Director of Jordan's Public Security Directorate (2022)."),
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية", ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    A("spain-cgi", "agency", "General Commissariat of Information (Spanish National Police)", "المفوضية العامة للاستعلامات",
      ["Comisaría General de Información", "CGI"], "ES", "spanish-national-police", "The Spanish National Police's intelligence and counter-terrorism branch."),
    P("saud-al-thani", "Saud bin Nasser Al Thani", "سعود بن ناصر آل ثاني", [], "QA", "Qatar's ambassador in Amman (2022)."),
]

TEST_ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    "fbi": ["مكتب التحقيقات الفدرالي", "إف بي أي"],
    "wray": ["واري", "كريستوفر واري"],
    "interpol": ["منظمة الأنتربول"],
    "moroccan-security-services": ["السلطات الأمنية المغربية", "الجهات المغربية المختصة"],
    "us-security-agencies": ["هيئات ووكالات المخابرات الأمريكية"],
    "us-state-department": ["وزارة الخارجية الأمريكية", "الخارجية"],
    "uk": ["المملكة المتحدة"],
}
TEST_ACTORS = [
    A("algerian-security-services", "agency", "Algerian security forces (collective)", "قوات الأمن الجزائرية", [], "DZ", None,
      "Collective actor for unspecified Algerian security forces."),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "UAE"], "AE"),
    A("dubai-police", "agency", "Dubai Police", "شرطة دبي", ["الشرطة في دبي", "Dubai Police"], "AE"),
    A("dubai-police-anti-narcotics", "agency", "Dubai Police General Department of Anti-Narcotics", "الإدارة العامة لمكافحة المخدرات",
      ["إدارة مكافحة المخدرات"], "AE", "dubai-police"),
    A("interpol-paris", "agency", "Interpol National Central Bureau Paris", "المكتب المركزي الوطني بباريس",
      ["نظيره الفرنسي", "Interpol Paris"], "FR", None, "France's Interpol NCB (French national police); its parent is not in the corpus."),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran"], "IR"),
    A("interpol-tehran", "agency", "Interpol National Central Bureau Tehran", "انتربول طهران", ["إنتربول طهران", "Interpol Tehran"], "IR"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية", "الداخلية"], "IQ"),
    A("iraq-interpol", "agency", "Directorate of Arab and International Police (Interpol Baghdad)", "مديرية الشرطة العربية والدولية",
      ["الانتربول العراقي", "Interpol Baghdad"], "IQ", "iraq-interior-ministry", "Iraq's Interpol National Central Bureau."),
    P("miri", "Miqdad Miri", "مقداد ميري", ["ميري"], "IQ", "Spokesman of the Iraqi interior ministry and of the Security Media Cell."),
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية", ["Policía Nacional"], "ES"),
    A("royal-police-institute", "agency", "Royal Police Institute (Kenitra)", "المعهد الملكي للشرطة",
      ["المعهد الملكي للشرطة القضائية"], "MA", "dgsn", "The DGSN's training institute in Kenitra."),
    A("uk-counter-terrorism-police", "agency", "UK Counter Terrorism Policing", "جهاز مكافحة الإرهاب البريطاني",
      ["Counter Terrorism Policing"], "GB", None, "Named in the Moroccan press only as 'the British counter-terrorism service'."),
    P("pompeo", "Mike Pompeo", "مايك بومبيو", ["بومبيو", "Pompeo"], "US", "US Secretary of State 2018–2021."),
]

# dev2 = dev's lexicon (DEV_ALIASES, DEV_ACTORS) plus these.
DEV2_ALIASES = {
    "dkhissi": ["محمد الدخيسي", "الدخيسي"],
    "sweden": ["مملكة السويد"],
    "isis": ["تنظيم الدولة الإسلامية"],
    "dgst": ["المديرية العامة لمراقبة الأراضي المغربية"],
    "fbi": ["مكتب التحقيقات الفيدرالية", "أف بي آي"],
}
DEV2_ACTORS = [
    P("riley", "Thomas Reilly", "توماس رايلي", ["رايلي"], "GB", "British ambassador to Morocco (spelled توماس رايلي by Achkayen)."),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    P("yu-jinsong", "Yu Jinsong", "يو جينسونغ", [], "CN", "China's ambassador to Morocco."),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-state-security", "agency", "Presidency of State Security (Saudi Arabia)", "رئاسة أمن الدولة", ["أمن الدولة"], "SA"),
    P("howairini", "Abdulaziz bin Mohammed Al-Howairini", "عبد العزيز بن محمد الهويريني", ["الهويريني"], "SA", "Head of Saudi Arabia's State Security."),
]
