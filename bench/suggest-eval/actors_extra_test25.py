# Actors and aliases added to /work/main/graph/actors.json for the test25 corpus (held out).
# test25's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No ministry gets the bare "وزارة الداخلية": in test25 it names the Iraqi ministry (alsharqpaper, burathanews 471238) and
# the Egyptian ministry (tahrirnews). "نظيرتها الفرنسية" is not given to the French services: in alsharqpaper it is the
# French interior ministry.
from actors_extra import P, A

ALIASES = {
    "uk": ["المملكة المتحدة"],
    # alsharqpaper: "سفير جمهورية فرنسا".
    "france": ["جمهورية فرنسا"],
    # dailysabah: "المنظمة الدولية للانتربول الدولي".
    "interpol": ["المنظمة الدولية للانتربول الدولي"],
}

ACTORS = [
    # algareda (Egypt's interior minister Mohamed Ibrahim receives the US chargé Satterfield and the UK ambassador Watt)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("egypt-security-services", "agency", "Egyptian security services (collective)", "الأجهزة الأمنية المصرية",
      ["أجهزة الأمن المصرية", "أجهزة الشرطة المصرية"], "EG", None,
      "Collective actor for unspecified Egyptian services, like moroccan-security-services."),
    P("mohamed-ibrahim", "Mohamed Ibrahim (Moustafa)", "محمد إبراهيم", ["محمد ابراهيم", "إبراهيم", "Mohamed Ibrahim"], "EG",
      "Minister of the Interior of Egypt (Jan. 2013–Mar. 2015); not Mohamed Ibrahim Youssef, minister in 2011–2012."),
    P("satterfield", "David Satterfield", "ديفيد ساتيرفيلد", ["ساتيرفيلد", "Satterfield"], "US",
      "US chargé d'affaires in Cairo (2013–2014)."),
    P("james-watt", "James Watt", "جيمس وات", ["James Watt"], "GB", "British ambassador to Egypt (2011–2014)."),
    # lebanongate (Mark Kimmitt praises Jordan's General Intelligence Directorate)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-gid", "agency", "General Intelligence Directorate (Jordan)", "دائرة المخابرات العامة",
      ["دائرة المخابرات العامة الأردنية", "جهاز المخابرات العامة", "المخابرات الأردنية", "المخابرات العامة الأردنية", "GID"], "JO"),
    P("mark-kimmitt", "Mark Kimmitt", "مارك كيميت", ["كيميت", "Mark Kimmitt"], "US",
      "US brigadier general; Assistant Secretary of State for Political-Military Affairs (2008–2009)."),
    # alsharqpaper (Iraq's interior minister al-Shammari and the new French ambassador)
    A("iraq", "country", "Iraq", "العراق", ["جمهورية العراق", "Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Re-declared without the bare alias 'وزارة الداخلية' (see the header)."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ",
      "Iraqi interior minister (since 2022)."),
    A("french-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية", [], "FR"),
    A("france-embassy-baghdad", "organization", "Embassy of France in Baghdad", "السفارة الفرنسية في بغداد",
      ["السفارة الفرنسية"], "FR"),
    # burathanews 471238 (al-Shammari and the head of EUAM Iraq, Ralph Schröder)
    A("euam-iraq", "organization", "EU Advisory Mission in Iraq (EUAM Iraq)", "بعثة الاتحاد الأوروبي الاستشارية في العراق",
      ["بعثة الاتحاد الأوروبي الاستشارية", "EUAM Iraq"], None, "eu",
      "The EU's civilian CSDP mission advising Iraq on security-sector reform (since 2017)."),
    P("ralph-schroeder", "Ralph Schröder", "رالف شرودر", ["شرودر", "Ralph Schröder"], "DE",
      "Head of EUAM Iraq (earlier its deputy head)."),
    # dailysabah (Italy detains Mohamed Mahsoub at Egypt's request)
    P("mahsoub", "Mohamed Mahsoub", "محمد محسوب", ["محسوب"], "EG",
      "Egyptian minister of legal and parliamentary affairs (2012), under Morsi; detained in Italy on 1–2 Aug. 2018 at Egypt's request."),
    P("morsi", "Mohamed Morsi", "محمد مرسي", ["مرسي"], "EG", "President of Egypt (2012–2013)."),
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية",
      ["الشرطة الإيطالية"], "IT", None,
      "Collective actor for unspecified Italian services, like moroccan-security-services."),
    # burathanews 54367 (US and British forces train Iraqi forces, the Iraqi navy and intelligence personnel)
    A("us-forces-iraq", "agency", "US forces in Iraq (collective)", "القوات الاميركية في العراق",
      ["القوات الاميركية", "القوات الأمريكية", "القوات الأميركية", "القوات الأمريكية في العراق"], "US", None,
      "Collective actor for the US military in Iraq (MNF-I at the time), like us-security-agencies."),
    A("iraqi-security-forces", "agency", "Iraqi security forces (collective)", "القوات الأمنية العراقية",
      ["القوات العراقية"], "IQ", None, "Collective actor for unspecified Iraqi forces, like moroccan-security-services."),
    A("us-navy", "agency", "United States Navy", "القوات البحرية الأمريكية",
      ["القوات البحرية الاميركية", "البحرية الأمريكية", "US Navy"], "US"),
    A("royal-navy", "agency", "Royal Navy (UK)", "القوات البحرية البريطانية", ["البحرية البريطانية", "Royal Navy"], "GB", None,
      "burathanews 54367 names it only as 'والبريطانية' after 'القوات البحرية الاميركية'."),
    A("iraq-navy", "agency", "Iraqi Navy", "البحرية العراقية", ["البحريـة العراقيـة", "القوة البحرية العراقية", "Iraqi Navy"], "IQ",
      "iraq-defence-ministry", "Newly re-established at the time, with its marines, at Umm Qasr."),
    A("iraq-defence-ministry", "organization", "Ministry of Defence (Iraq)", "وزارة الدفاع العراقية", [], "IQ"),
    A("iraq-dgis", "agency", "Directorate General for Intelligence and Security (Iraq, Ministry of Defence)",
      "المديرية العامة للأمن والاستخبارات", ["الأمن والاستخبارات"], "IQ", "iraq-defence-ministry",
      "Named in burathanews 54367 only in the title 'المدير العام للأمن والاستخبارات'."),
    A("iraq-intelligence-school", "agency", "Military Intelligence and Security School (Iraq, Taji)", "مدرسة الاستخبارات والأمن العسكري",
      [], "IQ", "iraq-dgis"),
    A("iraqi-army", "agency", "Iraqi Army", "الجيش العراقي", ["Iraqi Army"], "IQ", "iraq-defence-ministry"),
    P("tom-heinold", "Tom Heinold", "توم هينولد", ["هينولد"], "US", "US Army major (as the text calls him)."),
    # tahrirnews (Egypt's interior minister Magdy Abdel Ghaffar receives the French ambassador André Parant)
    P("abdel-ghaffar", "Magdy Abdel Ghaffar", "مجدي عبدالغفار", ["عبدالغفار", "مجدي عبد الغفار", "عبد الغفار"], "EG",
      "Egyptian minister of the interior 2015–2018."),
    P("andre-parant", "André Parant", "آندريه باران", ["باران", "André Parant"], "FR", "French ambassador to Egypt (2014–2017)."),
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["المصالح الأمنية الفرنسية", "أجهزة الأمن الفرنسية"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services."),
    # elyamnelaraby (Iraq's INIS located al-Baghdadi and told the US)
    A("iraq-nis", "agency", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي",
      ["جهاز المخابرات العراقي", "جهاز المخابرات الوطني", "جهاز المخابرات", "INIS"], "IQ"),
    P("baghdadi", "Abu Bakr al-Baghdadi", "أبو بكر البغدادي", ["البغدادي", "Abu Bakr al-Baghdadi"], "IQ",
      "Leader of ISIS (2010–2019); killed in a US raid in Idlib on 26–27 Oct. 2019."),
    # marayanews (Jordan's PSD director Fadel Al-Hmoud receives the UK ambassador Edward Oakden, then the Iraqi ambassador)
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام", "الامن العام", "جهاز الأمن العام", "الأمن العام الأردني", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    P("hmoud", "Fadel Al-Hmoud", "فاضل الحمود", ["الحمود"], "JO", "Director of Jordan's Public Security Directorate (major general)."),
    P("edward-oakden", "Edward Oakden", "ادواراد اوكدن", ["ادوارد اوكدن", "إدوارد أوكدن", "اوكدن", "Edward Oakden"], "GB",
      "British ambassador to Jordan (2017–2021); Maraya spells his first name ادواراد, then ادوارد."),
    A("uk-police", "agency", "British police (collective)", "الشرطة البريطانية", [], "GB", None,
      "Collective actor for the UK's police forces; in marayanews only in the dual 'جهازي الأمن العام في البلدين'."),
    P("safia-al-suhail", "Safia Al-Suhail", "صفية السهيل", ["صفيه السهيل", "السهيل"], "IQ", "Iraqi ambassador to Jordan (as the text names her)."),
    # albawabh (Italy's interior minister Alfano received by Sisi, with Mohamed Ibrahim, Massari and Pansa)
    A("italy-public-security-department", "agency", "Department of Public Security (Italy)", "الأمن القومي الإيطالي",
      ["إدارة الأمن العام الإيطالية", "Dipartimento della Pubblica Sicurezza"], "IT", None,
      "The Italian interior ministry's department that heads the State Police; its head is 'Capo della Polizia – Direttore generale "
      "della pubblica sicurezza', which Al Bawaba renders 'قائد الشرطة ومدير عام الأمن القومي الإيطالي'."),
    P("sisi", "Abdel Fattah El-Sisi", "عبد الفتاح السيسي", ["السيسي", "عبدالفتاح السيسي"], "EG", "President of Egypt (since 2014)."),
    P("alfano", "Angelino Alfano", "أنجيلينو ألفانو", ["ألفانو", "Angelino Alfano"], "IT", "Italian minister of the interior (2013–2016)."),
    P("maurizio-massari", "Maurizio Massari", "ماوريتسيو مساري", ["مساري", "Maurizio Massari"], "IT",
      "Italian ambassador to Egypt (2013–2016)."),
    P("alessandro-pansa", "Alessandro Pansa", "أليساندرو بانسا", ["بانسا", "Alessandro Pansa"], "IT",
      "Chief of the Italian State Police and Director General of Public Security (2013–2016)."),
]
