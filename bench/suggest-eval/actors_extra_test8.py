# Actors and aliases added to /work/main/graph/actors.json for the test8 corpus (held out).
# test8's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_test7.py already define are re-declared here with the same id,
# kind, names and parent.
# Algeria's DGSN (aps) and Mauritania's DGSN have the same Arabic name as Morocco's DGSN (dgsn); each text says which one it
# means. The bare "وزارة الداخلية" is kept for Tunisia's ministry: in test8 it stands alone only in acharaa and newstn, both
# for Tunisia's ministry. Mauritania is re-declared without "نواكشوط", which in test8 names only a place (ani).
from actors_extra import P, A

ALIASES = {
    # alfadjr: ISIS under its full 2013–2014 name.
    "isis": ["تنظيم الدولة الإسلامية في العراق والشام", "الدولة الإسلامية في العراق والشام"],
    # acharaa: "الوحدات الأمنيّة التّونسيّة", with shadda.
    "tunisian-security-services": ["الوحدات الأمنيّة التّونسيّة", "الوحدات الأمنية التونسية"],
    # newstn: "خالد نوري" without the article.
    "nouri": ["خالد نوري"],
    # belpresse: "الحرس الإسباني" and "الدرك المغربي" (headline).
    "guardia-civil": ["الحرس الإسباني"],
    "royal-gendarmerie": ["الدرك المغربي"],
    # ani: the capitals as destinations of Valls's regional tour.
    "mali": ["باماكو"],
    "senegal": ["دكار"],
    # elhawadith: "موريتاتي", the outlet's misspelling of موريتانيا.
    "mauritania": ["موريتاتي"],
}

ACTORS = [
    # re-declared (defined by earlier sets)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية",
      ["وزارة الداخلية", "الداخلية التونسية"], "TN", None,
      "Keeps the bare alias وزارة الداخلية: in test8 it stands alone only in acharaa and newstn, for Tunisia's ministry."),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية"], "TN", None, "Collective actor for unspecified Tunisian services, like moroccan-security-services."),
    P("nouri", "Khaled Nouri", "خالد النوري", ["النوري"], "TN", "Tunisian minister of the interior (from 2024)."),
    A("algeria-interior-ministry", "organization", "Ministry of the Interior, Local Authorities and Town Planning (Algeria)",
      "وزارة الداخلية والجماعات المحلية والتهيئة العمرانية", ["وزارة الداخلية الجزائرية"], "DZ", None,
      "Without the bare alias وزارة الداخلية (see the header). In newstn it is named only in the dual 'وزارتي الداخلية التونسية والجزائرية'."),
    P("merad", "Brahim Merad", "ابراهيم مراد", ["إبراهيم مراد", "Brahim Merad"], "DZ",
      "Algerian minister of the interior, local authorities and town planning (2022–2024)."),
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "Mauritania"], "MR", None,
      "Without the alias نواكشوط, which in test8 only names a place (ani)."),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["الإدارة العامة للأمن الوطني", "DGSN Mauritanie"], "MR", None,
      "Mauritania's national police. Its Arabic names are those of Morocco's DGSN (dgsn); elhawadith names it only in its "
      "director's short title ('المدير العام للأمن في موريتاتي')."),
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    A("royal-gendarmerie", "agency", "Royal Moroccan Gendarmerie", "الدرك الملكي",
      ["قوات الدرك الملكي", "الدرك الملكي المغربي", "Gendarmerie Royale"], "MA", None,
      "Morocco's military police force (rural areas, borders, coasts)."),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),

    # aps (Algeria's DGSN and the French INHESJ sign a cooperation agreement)
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني",
      ["الشرطة الجزائرية", "الامن الزطني", "DGSN Algérie", "Sûreté nationale (Algeria)"], "DZ", None,
      "Algeria's national police. Its Arabic name is that of Morocco's DGSN (dgsn). 'الامن الزطني' is APS's misspelling of "
      "الأمن الوطني in 'منتسبي الامن الزطني' (the DGSN's personnel)."),
    P("hamel", "Abdelghani Hamel", "عبد الغني هامل", ["هامل", "Abdelghani Hamel"], "DZ",
      "Director general of Algeria's DGSN (2010–2018), major general."),
    A("inhesj", "organization", "National Institute for Advanced Studies in Security and Justice (France, INHESJ)",
      "المعهد الفرنسي للدراسات العليا للأمن و العدالة",
      ["المعهد الفرنسي للدراسات العليا للأمن والعدالة", "المعهد الوطني للدراسات العليا للأمن والعدالة", "INHESJ"], "FR", None,
      "A French public institute for training and research in security and justice (2010–2020), under the prime minister; "
      "not a security agency."),

    # acharaa (Tunisia's and Italy's interior ministers on the telephone)
    A("italy-interior-ministry", "organization", "Ministry of the Interior (Italy)", "وزارة الداخلية الإيطالية",
      ["الداخلية الإيطالية"], "IT", None, "Named in acharaa only in the dual 'وزارتي داخليّة البلدين'."),
    P("piantedosi", "Matteo Piantedosi", "ماتيو بيانتيدوزي", ["ماتّيو بيانتيدوزي", "بيانتيدوزي", "Matteo Piantedosi"], "IT",
      "Italian minister of the interior (from 2022)."),

    # ani (Mauritania–France: Valls in Nouakchott)
    P("ould-mohamed-rare", "Mohamed Ould Ahmed Salem Ould Mohamed Rare", "محمد ولد أحمد سالم ولد محمد راره",
      ["ولد محمد راره", "محمد ولد أحمد سالم ولد محمد رارة"], "MR",
      "Mauritanian minister of the interior and decentralisation (in office in 2013)."),
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services. ani's 'أجهزة الأمن الوطنية' "
      "(the national security services, plural) is not the DGSN."),
    A("ivory-coast", "country", "Côte d'Ivoire", "ساحل العاج", ["كوت ديفوار", "أبيدجان", "Côte d'Ivoire"], "CI"),

    # ennahar (members of the US Congress praise Algeria)
    A("us-congress", "organization", "United States Congress", "الكونغرس", ["الكونغرس الأمريكي", "الكونغرس الأميركي", "Congress"], "US",
      None, "The US legislature (not a security agency)."),

    # elhawadith (Mauritania's DGSN director visits Morocco; a Mauritanian military delegation in Morocco)
    P("ould-meguett", "Mohamed Ould Meguett", "محمد ولد مكت", ["ولد مكت", "Mohamed Ould Meguett"], "MR",
      "General, director general of Mauritania's DGSN (2008–2018)."),
    A("mauritania-general-staff", "agency", "General Staff of the Armed Forces (Mauritania)", "قيادة الأركان العامة للجيوش",
      ["الأركان العامة للجيوش", "État-major général des armées"], "MR"),
    A("royal-armed-forces", "agency", "Royal Armed Forces (Morocco)", "القوات المسلحة الملكية",
      ["الجيش المغربي", "FAR"], "MA"),

    # taghbaltpress (an FBI delegation in Morocco before AFCON 2025)
    A("mexico", "country", "Mexico", "المكسيك", ["Mexico"], "MX"),

    # alfadjr (Tunisia gives Algeria a list of ISIS recruits)
    A("algeria-anp", "agency", "People's National Army (Algeria)", "الجيش الوطني الشعبي",
      ["الجيش الشعبي الوطني", "ANP"], "DZ"),
    A("tunisia-army", "agency", "Tunisian Armed Forces", "الجيش الوطني التونسي", ["الجيش التونسي"], "TN", None,
      "alfadjr names it only as 'نظيره التونسي' (the ANP's Tunisian counterpart)."),
]
