# Actors and aliases added to /work/main/graph/actors.json for the test24 corpus (held out).
# test24's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # chaabpress: "عبد اللطيف الحموشي"; the other texts write "عبد اللطيف حموشي" and "حموشي" (shipped).
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي", "عبد اللطيف حموشي"],
    # aldar: "مملكة بلجيكا" (in "لأمن الدولة بمملكة بلجيكا").
    "belgium": ["مملكة بلجيكا"],
    # ahdathpress: "إىطاليا" with a dotless ى (the outlet's typo).
    "italy": ["إىطاليا"],
    # ahdathpress: "الجهات الأمنية المغربية" (the Moroccan security bodies).
    "moroccan-security-services": ["الجهات الأمنية المغربية"],
}

ACTORS = [
    # mdm13press (two Royal Gendarmerie members join a Guardia Civil unit in Fuerteventura)
    A("royal-gendarmerie", "agency", "Royal Moroccan Gendarmerie", "الدرك الملكي",
      ["قوات الدرك الملكي", "الدرك الملكي المغربي", "Gendarmerie Royale"], "MA", None,
      "Morocco's military police force (rural areas, borders, coasts)."),
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    A("canaries-moroccan-sands-association", "organization", "Moroccan Sands Association in the Canary Islands",
      "جمعية الرمال المغربية في جزر الكناري", [], "ES", None,
      "A Moroccan community association in the Canary Islands; it commends the exchange in mdm13press."),
    # sportsleb (Marlaska and Laftit in Madrid)
    P("marlaska", "Fernando Grande-Marlaska", "فرناندو غراندي مارلاسكا",
      ["غراندي مارلاسكا", "مارلاسكا", "Grande-Marlaska", "فرناندو مارلاسكا"], "ES",
      "Spain's minister of the interior (since 2018)."),
    P("laftit", "Abdelouafi Laftit", "عبد الوافي لفتيت", ["لفتيت", "عبد الوافي لفتيت", "Laftit"], "MA",
      "Morocco's minister of the interior (since 2017)."),
    P("benyaich", "Karima Benyaich", "كريمة بنيعيش", ["بنيعيش", "Karima Benyaich"], "MA",
      "Morocco's ambassador to Spain."),
    A("portugal", "country", "Portugal", "البرتغال", ["الجمهورية البرتغالية", "Portugal"], "PT"),
    # aldar (Hammouchi receives Belgian State Security's Francisca Bostyn)
    A("belgian-state-security", "agency", "State Security Service (Belgium, VSSE)", "أمن الدولة البلجيكي",
      ["أمن الدولة", "جهاز المخابرات البلجيكي", "الأمن البلجيكي", "VSSE", "Sûreté de l'État"], "BE", None,
      "Belgium's civilian intelligence service; aldar names it in the title 'المديرة العامة لأمن الدولة بمملكة بلجيكا'."),
    P("bostyn", "Francisca Bostyn", "فرانسيسكا بوستين", ["بوستين", "Francisca Bostyn"], "BE",
      "Administrator General of Belgium's State Security (VSSE)."),
    A("belgian-security-services", "agency", "Belgian security services (collective)", "أجهزة الأمن البلجيكية", [], "BE", None,
      "Collective actor for unspecified Belgian services, like moroccan-security-services."),
    # machahid24 (Hammouchi receives the Saudi ambassador)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    P("sami-al-saleh", "Sami bin Abdullah Al-Saleh", "سامي بن عبد الله الصالح", ["سامي الصالح"], "SA",
      "Saudi Arabia's ambassador to Morocco."),
    # goud (the French interior minister Bruno Retailleau in Morocco)
    P("retailleau", "Bruno Retailleau", "برونو روتايو", ["روتايو", "Retailleau"], "FR",
      "France's minister of the interior (September 2024 – October 2025)."),
    # alittihad (a crisis-management course for Senegalese officers at the Royal Police Institute)
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    A("senegal-security-services", "agency", "Senegalese security services (collective)", "المؤسسات الأمنية السنغالية",
      ["مصالح الأمن السنغالية"], "SN", None,
      "Collective actor for unspecified Senegalese services; alittihad: 'مصالح الأمن السنغالية'."),
    A("royal-police-institute", "agency", "Royal Police Institute (Kenitra)", "المعهد الملكي للشرطة",
      ["المعهد الملكي للشرطة القضائية"], "MA", "dgsn", "The DGSN's training institute in Kenitra."),
    A("morocco-interior-ministry", "organization", "Ministry of the Interior (Morocco)", "وزارة الداخلية المغربية",
      ["وزارة الداخلية"], "MA", None,
      "In test24 the bare 'وزارة الداخلية' occurs only in alittihad, for Morocco's ministry."),
    A("morocco-interior-dag", "agency", "Directorate of General Affairs (Moroccan interior ministry)", "مديرية الشؤون العامة",
      ["الشؤون العامة"], "MA", "morocco-interior-ministry",
      "The interior ministry's directorate that oversees intelligence (renseignements généraux) and the auxiliary forces."),
    P("kassi-lahlou", "Karim Kassi-Lahlou", "كريم قسي لحلو", ["قسي لحلو"], "MA",
      "Governor (عامل), director of general affairs at Morocco's interior ministry."),
    A("morocco-foreign-ministry", "organization", "Ministry of Foreign Affairs and Cooperation (Morocco)",
      "وزارة الشؤون الخارجية والتعاون", [], "MA"),
    A("morocco-african-affairs-directorate", "organization", "Directorate of African Affairs (Moroccan foreign ministry)",
      "مديرية الشؤون الإفريقية", ["الشؤون الإفريقية"], "MA", "morocco-foreign-ministry"),
    P("mohamed-el-hadi", "Mohamed El Hadi", "محمد الهادي", [], "MA",
      "Director of African affairs at Morocco's foreign ministry."),
    # akhirsaa (Hammouchi receives the BKA's president Holger Münch)
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany", "دولة ألمانيا"], "DE"),
    A("bka", "agency", "Federal Criminal Police Office (Germany, BKA)", "المكتب الفيدرالي للشرطة الجنائية",
      ["BKA", "Bundeskriminalamt"], "DE", None, None),
    P("muench", "Holger Münch", "هولغر مونش", ["مونش", "Holger Münch", "Münch"], "DE",
      "President of Germany's BKA (since 2014)."),
    # ahdathpress (Moroccan services warn Italy of an extremist in Rome)
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية",
      ["الشرطة الإيطالية"], "IT", None,
      "Collective actor for unspecified Italian services, like moroccan-security-services."),
    A("carabinieri", "agency", "Carabinieri (Italy)", "الكارابينيري", ["Carabinieri", "الكارابينييري"], "IT"),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    # chaabpress (Hammouchi, Hassad and Mansouri in Gabon)
    A("gabon", "country", "Gabon", "الغابون", ["Gabon", "دولة الغابون"], "GA"),
    A("ivory-coast", "country", "Côte d'Ivoire", "ساحل العاج", ["كوت ديفوار", "Côte d'Ivoire"], "CI", None,
      "Re-declared without test8's alias 'أبيدجان': in test24 Abidjan is only named as a city."),
    P("hassad", "Mohamed Hassad", "محمد حصاد", ["حصاد", "Hassad"], "MA",
      "Morocco's minister of the interior (2013–2017)."),
    P("mansouri", "Mohamed Yassine Mansouri", "محمد ياسين المنصوري", ["المنصوري", "ياسين المنصوري", "Mansouri"], "MA",
      "Director General of Morocco's DGED (foreign intelligence) since 2005."),
    A("dged", "agency", "General Directorate for Studies and Documentation (Morocco)", "المديرية العامة للدراسات والمستندات",
      ["الإدارة العامة للدراسات والمستندات", "DGED", "لاجيد"], "MA", None, "Morocco's foreign intelligence service; "
      "chaabpress also writes 'لاجيد' (la DGED).", fr="Direction générale des études et de la documentation"),
    P("ali-bongo", "Ali Bongo Ondimba", "علي بونغو", ["علي بونغو أونديمبا", "بونغو", "Ali Bongo"], "GA",
      "President of Gabon (2009–2023)."),
]
