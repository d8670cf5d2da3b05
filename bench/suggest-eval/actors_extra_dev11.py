# Actors and aliases added to /work/main/graph/actors.json for the dev11 corpus.
# dev11's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev10.py already define are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    # "الشرطة المغربية" (Goud) is Morocco's national police, as in dev10.
    "dgsn": ["الشرطة المغربية"],
}

ACTORS = [
    # alakhbar24 (Hammouchi's working visit to Qatar)
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("qatar-state-security", "agency", "State Security Service (Qatar)", "جهاز أمن الدولة القطري",
      ["جهاز “أمن الدولة”", "جهاز أمن الدولة", "أمن الدولة القطري"], "QA", None, "Qatar's internal intelligence service."),
    P("khulaifi", "Abdullah bin Mohammed Al-Khulaifi", "عبد الله بن محمد الخليفي", ["الخليفي"], "QA",
      "Director of Qatar's State Security Service (major general)."),
    # goud, kiosqueinfo (Morocco–Spain: an arrest in Ceuta and a hand-over)
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "الشرطة الاسبانية", "Policía Nacional"], "ES"),
    A("spanish-security-services", "agency", "Spanish security services (collective)", "مصالح الأمن الإسباني",
      ["نظيرتها الإسبانية", "الامن الاسباني"], "ES", None, "Collective actor for unspecified Spanish police services."),
    # alsaa (Jordan's PSD director receives the Czech ambassador)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام", "الامن العام", "الأمن العام الأردني", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    P("hmoud", "Fadel Al-Hmoud", "فاضل الحمود", ["الحمود"], "JO", "Director of Jordan's Public Security Directorate (major general)."),
    P("kotsi", "Josef Kotsi", "جوزيف كوتسي", ["كوتسي"], "CZ", "Czech ambassador to Jordan (spelled جوزيف كوتسي by Al Saa)."),
    A("czech-republic", "country", "Czech Republic", "جمهورية التشيك", ["التشيك", "Czech Republic"], "CZ"),
    A("czech-police", "agency", "Police of the Czech Republic", "الشرطة التشيكية", ["Policie České republiky"], "CZ", None,
      "Named in alsaa only as the Czech 'public security body' (جهاز الأمن العام)."),
    # wam (UAE National Guard – Dubai Police memorandum)
    A("uae-national-guard", "agency", "National Guard Command (UAE)", "قيادة الحرس الوطني", ["الحرس الوطني", "National Guard"], "AE"),
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    P("marri", "Abdullah Khalifa Al-Marri", "عبدالله خليفة المري", ["المري", "عبد الله خليفة المري"], "AE",
      "Commander-in-Chief of Dubai Police (lieutenant general)."),
    P("amiri", "Saleh Mohammed bin Mujren Al-Amiri", "صالح محمد بن مجرن العامري", ["العامري"], "AE",
      "Commander of the UAE National Guard (major general)."),
    # lbcgroup (Lebanon's interior minister receives the US chargé d'affaires and the Pakistani ambassador)
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("lebanon-isf", "agency", "Internal Security Forces (Lebanon)", "المديرية العامة لقوى الأمن الداخلي",
      ["قوى الأمن الداخلي", "الأمن الداخلي اللبناني", "ISF"], "LB"),
    A("lebanese-security-services", "agency", "Lebanese security services (collective)", "الأجهزة الأمنية اللبنانية", [], "LB", None,
      "Collective actor for unspecified Lebanese services, like moroccan-security-services."),
    P("hajjar", "Ahmad al-Hajjar", "أحمد الحجار", ["الحجار"], "LB", "Lebanese minister of the interior and municipalities (from 2025)."),
    A("us-embassy-beirut", "organization", "Embassy of the United States in Beirut", "سفارة الولايات المتحدة الأميركية في بيروت",
      ["سفارة الولايات المتحدة الأميركية", "السفارة الأميركية"], "US", "us-state-department"),
    P("hanigan", "Keith Hanigan", "كيث هانيغان", ["هانيغان"], "US", "Chargé d'affaires of the US embassy in Beirut (2025)."),
    A("pakistan", "country", "Pakistan", "باكستان", ["جمهورية باكستان الإسلامية", "Pakistan"], "PK"),
    P("athar", "Salman Athar", "سلمان أطهر", ["أطهر"], "PK", "Ambassador of Pakistan to Lebanon."),
    # livekoratv (Tunisia's interior minister receives the Egyptian ambassador)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    P("nouri", "Khaled Nouri", "خالد النوري", ["النوري"], "TN", "Tunisian minister of the interior (from 2024)."),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("bassem-yahia-hassan", "Bassem Yahia Hassan", "باسم يحيى حسن", [], "EG", "Egyptian ambassador to Tunisia."),
    # alwasat (Bahrain's Royal Police Academy commander at Interpol in Lyon)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("bahrain-royal-police-academy", "agency", "Royal Police Academy (Bahrain)", "الأكاديمية الملكية للشرطة", [], "BH", None,
      "Training academy of Bahrain's Ministry of Interior (the ministry is not in dev11)."),
    P("hamad-bin-mohammed", "Hamad bin Mohammed Al Khalifa", "حمد بن محمد آل خليفة", [], "BH",
      "Commander of Bahrain's Royal Police Academy (brigadier)."),
    P("tim-morris", "Tim Morris", "تيم موريس", ["Tim Morris"], "GB", "Interpol's Executive Director of Police Services."),
]
