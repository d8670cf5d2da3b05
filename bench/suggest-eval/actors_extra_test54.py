# Actors and aliases added to /work/main/graph/actors.json for the test54 corpus (held out).
# test54's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# Algeria's and Mauritania's DGSN have the Arabic name of Morocco's DGSN (dgsn, shipped); neither gets the bare
# "المديرية العامة للأمن الوطني" or "الأمن الوطني" as an alias, and the texts' mentions of them are annotated by hand.
from actors_extra import P, A

ALIASES = {
    # elhiwar: "سفير فيدرالية روسيا".
    # (russia is re-declared below.)
    # jusor: "بين نواكشوط وروما" (the capitals stand for the states).
    "italy": ["روما", "Italy"],
}

ACTORS = [
    # shared with other sets (same ids, kinds, names, parents)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "الشرطة الجزائرية", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' alias: that is Morocco's DGSN in the shipped lexicon, "
      "although akhbarelyoum and elhiwar use it (and 'للأمن الوطني' in its director's title) for Algeria's."),
    A("algerian-security-services", "agency", "Algerian security forces (collective)", "قوات الأمن الجزائرية",
      ["المصالح الجزائرية", "الجهات الامنية الجزائرية", "الجهات الأمنية الجزائرية"], "DZ", None,
      "Collective actor for unspecified Algerian security forces; spa (Alliot-Marie) writes 'للجهات الامنية الجزائرية'."),
    P("hamel", "Abdelghani Hamel", "عبدالغني هامل", ["عبد الغني هامل", "هامل"], "DZ",
      "Director-General of Algeria's national security (DGSN) 2010–2018."),
    P("lahbiri", "Mustapha Lahbiri", "مصطفى لهبيري", ["لهبيري", "الهبيري", "مصطفى الهبيري"], "DZ",
      "Director-General of Algeria's national security (DGSN), 2018–2019 (colonel, as the text calls him)."),
    P("bedoui", "Noureddine Bedoui", "نور الدين بدوي", ["بدوي"], "DZ",
      "Algerian minister of the interior and local authorities 2015–2019."),
    P("bouteflika", "Abdelaziz Bouteflika", "عبد العزيز بوتفليقة", ["بوتفليقة", "Bouteflika"], "DZ",
      "President of Algeria (1999–2019)."),
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["الإدارة العامة للأمن الوطني", "الشرطة الوطنية الموريتانية", "DGSN Mauritanie"], "MR", None,
      "Mauritania's national police. Its Arabic names are those of Morocco's DGSN (dgsn); rimtimes names it 'الشرطة الوطنية "
      "الموريتانية', and both test54 texts name it in its director's title ('المدير العام للأمن الوطني')."),
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "السلطات الأمنية الموريتانية", "الأمن الموريتاني"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services."),
    A("mauritania-gendarmerie", "agency", "National Gendarmerie (Mauritania)", "الدرك الوطني الموريتاني",
      ["الدرك الوطني", "الدرك الوطنى", "قيادة أركان الدرك الوطني", "قيادة أركان الدرك", "Gendarmerie nationale mauritanienne"],
      "MR", None, "Commanded by its chief of staff ('قائد أركان الدرك الوطني')."),
    P("msgharou", "Mesgharou Ould Sidi", "مسقارو ولد سيدي", ["مسغارو ولد سيدي"], "MR",
      "Director General of National Security of Mauritania (general)."),
    P("ould-mohamed-rare", "Mohamed Ould Ahmed Salem Ould Mohamed Rare", "محمد ولد أحمد سالم ولد محمد راره",
      ["ولد محمد راره", "محمد ولد أحمد سالم ولد محمد رارة", "محمد ولد أحمد سالم"], "MR",
      "Mauritanian minister of the interior and decentralisation (in office 2013–2015; SPA calls him محمد ولد أحمد سالم)."),
    A("g5-sahel", "organization", "G5 Sahel", "مجموعة دول الساحل الخمس", ["مجموعة 5", "مجموعة الساحل الخمس", "G5 Sahel"], None, None,
      "Mauritania, Mali, Niger, Burkina Faso and Chad."),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("russia", "country", "Russia", "روسيا", ["روسيا الاتحادية", "موسكو", "فيدرالية روسيا", "Russia"], "RU"),
    A("russian-security-services", "agency", "Russian security services (collective)", "الأجهزة الأمنية الروسية", [], "RU", None,
      "Collective actor for unspecified Russian services, like moroccan-security-services. In elhiwar it stands for the "
      "Russian police ('شرطة البلدين'), which has no mention."),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    P("zhang-jianguo", "Zhang Jianguo", "تشانغ جيانغو", ["zhang Jianguo", "Zhang Jianguo", "زهانغ جيانكو", "زهانغ جيانغو"], "CN",
      "Chinese diplomat: ambassador to Mauritania (28novembre writes زهانغ جيانكو), later to Tunisia (taken as the same "
      "person as the other sets' Zhang Jianguo)."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية",
      ["الداخلية القطرية"], "QA"),
    P("abdullah-bin-nasser", "Abdullah bin Nasser bin Khalifa Al Thani", "عبد الله بن ناصر بن خليفة آل ثاني",
      ["عبدالله بن ناصر بن خليفة آل ثاني"], "QA",
      "Qatar's minister of state for interior affairs (2005–2013), later prime minister and minister of the interior."),
    P("tamim", "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", ["الشيخ تميم", "تميم بن حمد"], "QA", "Emir of Qatar (since 2013)."),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "UAE"], "AE"),
    A("uae-security-services", "agency", "UAE security and police services (collective)", "الأجهزة الأمنية الإماراتية",
      ["أجهزة الأمن الإماراتية", "السلطات الأمنية الإماراتية"], "AE", None,
      "Collective actor for unspecified UAE services, like moroccan-security-services."),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    A("tunisia-police", "agency", "Tunisian National Police", "الشرطة التونسية", ["Police nationale tunisienne"], "TN",
      "tunisia-interior-ministry", "The national police of Tunisia's interior ministry, as the texts name it."),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية", "الأمن التونسي"], "TN", None,
      "Collective actor for unspecified Tunisian services, like moroccan-security-services. aljarida: 'مدير الأمن التونسي' "
      "(the unnamed head of Tunisian security)."),
    P("piantedosi", "Matteo Piantedosi", "ماتيو بيانتيدوزي", ["ماتّيو بيانتيدوزي", "بيانتيدوزي", "Matteo Piantedosi"], "IT",
      "Italian minister of the interior (from 2022)."),

    # new in test54
    # akhbarelyoum (Hamel and the US ambassador)
    P("polaschik", "Joan Polaschik", "آن جوان بولاشيك", ["جوان بولاشيك", "بولاشيك", "Joan Polaschik"], "US",
      "US ambassador to Algeria (2014–2017). akhbarelyoum writes 'آن جوان بولاشيك'."),
    # elvetach (G5 Sahel and EU course for the Mauritanian gendarmerie)
    A("g5-sahel-executive-secretariat", "organization", "G5 Sahel Executive Secretariat (Nouakchott)",
      "الأمانة التنفيذية لمجموعة الخمس في الساحل", ["الأمانة التنفيذية لمجموعة دول الساحل الخمس", "الأمانة الدائمة لمجموعة دول الساحل"],
      None, "g5-sahel", "The G5 Sahel's permanent secretariat, based in Nouakchott."),
    A("g5-sahel-joint-force", "agency", "G5 Sahel Joint Force", "القوة المشتركة لمجموعة الخمس في الساحل",
      ["القوة المشتركة لمجموعة دول الساحل الخمس", "القوة المشتركة لدول الساحل الخمس", "FC-G5S"], None, "g5-sahel",
      "The G5 Sahel's multinational counter-terrorism force."),
    A("mauritania-gendarmerie-manoeuvre-group", "agency", "Manoeuvre and Reserve Group (Mauritanian National Gendarmerie)",
      "مجموعة المناورة والاحتياط", [], "MR", "mauritania-gendarmerie",
      "A unit of the gendarmerie general staff in Nouakchott."),
    A("mauritania-gendarmerie-third-bureau", "agency", "Third Bureau of the Mauritanian Gendarmerie General Staff",
      "المكتب الثالث بقيادة أركان الدرك الوطني", [], "MR", "mauritania-gendarmerie",
      "The general staff's third (operations) bureau; elvetach names it with its parent ('…بقيادة أركان الدرك الوطني')."),
    P("ould-ayda", "Mohamed Ould Ayda", "محمد ولد أيده", ["ولد أيده"], "MR",
      "Colonel, head of the third bureau of the Mauritanian gendarmerie general staff (as elvetach names him)."),
    P("ould-ahmed-aicha", "Abdallahi Ould Ahmed Aicha", "عبد الله ولد أحمد عيشه", ["ولد أحمد عيشه", "عبد الله ولد أحمد عيشة"], "MR",
      "General, chief of staff of Mauritania's National Gendarmerie."),
    # elhiwar (Lahbiri and the Russian ambassador)
    P("belyaev", "Igor Belyaev", "إيغور بيلاييف", ["بيلاييف", "إيغور بيلياييف", "إيغور بيليايف", "Igor Belyaev"], "RU",
      "Russian ambassador to Algeria (2017–2022)."),
    # spa (Mauritanian–Malian security meeting)
    P("samake", "Sada Samaké", "سادا ساماكي", ["ساماكي", "Sada Samaké"], "ML",
      "Mali's minister of internal security (general), in office 2014–2015."),
    # spa (Zerhouni and Alliot-Marie)
    P("zerhouni", "Noureddine Yazid Zerhouni", "نور الدين زرهوني", ["نورالدين زرهوني", "زرهوني", "يزيد زرهوني", "Zerhouni"], "DZ",
      "Algerian minister of the interior and local authorities (1999–2010)."),
    P("alliot-marie", "Michèle Alliot-Marie", "ميشال أليو ماري", ["ميشال اليوماري", "اليوماري", "اليو-ماري", "أليو ماري", "Alliot-Marie"], "FR",
      "French minister of the interior (2007–2009); SPA writes 'ميشال اليوماري'."),
    # rimtimes (Mauritania's DGSN and the UAE ambassador)
    P("lahritani", "Mohamed Lahritani", "محمد لحريطاني", ["لحريطاني"], "MR",
      "General, Director General of National Security of Mauritania (as rimtimes names him)."),
    P("hamad-al-mheiri", "Hamad Ghanem Hamad Al-Mheiri", "حمد غانم حمد المهيري", ["حمد غانم المهيري", "حمد لمهيري"], "AE",
      "UAE ambassador to Mauritania. Not the Dubai official Khalfan Al-Mheiri of other sets."),
    # jusor (the Italian foreign and interior ministers in Mauritania)
    P("tajani", "Antonio Tajani", "أنطونيو تاياني", ["آنتونيو تايّاني", "أنطونيو تايّاني", "تاياني", "تايّاني", "Antonio Tajani"], "IT",
      "Italian minister of foreign affairs (from 2022)."),
    P("ould-djay", "Moctar Ould Djay", "المختار ولد اجاي", ["ولد اجاي", "المختار ولد أجاي"], "MR",
      "Prime minister of Mauritania (from 2024)."),
    P("ould-merzoug", "Mohamed Salem Ould Merzoug", "محمد سالم ولد مرزوك", ["ولد مرزوك"], "MR",
      "Mauritanian minister of foreign affairs (from 2022; earlier minister of the interior)."),
    P("ould-salem-vall", "Yacoub Ould Salem Vall", "يعقوب ولد سالم فال", ["ولد سالم فال"], "MR",
      "Mauritania's minister delegate to the interior minister for decentralisation and local development."),
    # aljarida (Algeria to train Tunisian police)
    P("ould-kablia", "Dahou Ould Kablia", "دحو ولد قابلية", ["ولد قابلية", "Dahou Ould Kablia"], "DZ",
      "Algerian minister of the interior and local authorities (2010–2013)."),
]
