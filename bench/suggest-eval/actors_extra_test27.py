# Actors and aliases added to /work/main/graph/actors.json for the test27 corpus (held out).
# test27's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "خفر السواحل": in test27 it names both Libya's coast guard (hathalyoum) and Yemen's (2dec).
# Nationality adjectives after an agency's name are left out of its mentions (as in test7).
from actors_extra import P, A

ALIASES = {
    # saudiaalyoum: "إيطاليا" is shipped; hathalyoum writes "ايطاليا" without hamza.
    "italy": ["ايطاليا", "Italy"],
}

ACTORS = [
    # libyaalahrar (Libya's interior minister Trabelsi and the Turkish ambassador)
    A("libya", "country", "Libya", "ليبيا", ["Libya", "حكومة الوحدة الوطنية الليبية", "حكومة الوحدة الوطنية"], "LY", None,
      "libyaalahrar: 'حكومة الوحدة الوطنية الليبية' (the Government of National Unity) is read as the state."),
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya, GNU)", "وزارة الداخلية الليبية", [], "LY"),
    P("trabelsi", "Emad Trabelsi", "عماد الطرابلسي", ["الطرابلسي", "Emad Trabelsi"], "LY",
      "Minister of the Interior (in charge) of Libya's Government of National Unity (from 2023)."),
    A("libya-police", "agency", "Libyan police (collective)", "الشرطة الليبية", ["Libyan police"], "LY", "libya-interior-ministry",
      "The police of Libya's interior ministry as a whole (its bodies are not named)."),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye", "الجمهورية التركية"], "TR"),
    P("kenan-yilmaz", "Kenan Yılmaz", "كنعان يلماز", ["يلماز", "Kenan Yilmaz"], "TR", "Turkish ambassador to Libya (2020s)."),
    # elmassa (second session of the Algerian–Tunisian joint security committee)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' alias: that is Morocco's DGSN in the shipped lexicon."),
    A("algeria-border-police", "agency", "Directorate of Border Police (Algeria, DGSN)", "مديرية شرطة الحدود",
      ["شرطة الحدود الجزائرية", "Police des frontières (Algeria)"], "DZ", "algeria-dgsn",
      "elmassa names it only in its director's title 'مدير شرطة الحدود الجزائري'."),
    A("algeria-interior-ministry", "organization", "Ministry of the Interior, Local Authorities and Town Planning (Algeria)",
      "وزارة الداخلية والجماعات المحلية والتهيئة العمرانية", ["وزارة الداخلية الجزائرية"], "DZ", None,
      "Without the bare alias وزارة الداخلية."),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    A("tunisia-dg-migration-foreigners", "agency", "Directorate General of Borders and Foreigners (Tunisia)",
      "الإدارة العامة للهجرة والأجانب", ["الإدارة العامة للحدود والأجانب", "Direction générale des frontières et des étrangers"], "TN",
      "tunisia-interior-ministry",
      "elmassa names it only in its head's title 'المدير العام للهجرة والأجانب التونسي' (its official name is 'الحدود والأجانب')."),
    # whoispopulartoday (Somalia's president Farmaajo asks Djibouti for military support against al-Shabaab)
    A("somalia", "country", "Somalia", "الصومال", ["جمهورية الصومال", "Somalia", "جمهورية الصومال الفيدرالية"], "SO"),
    A("djibouti", "country", "Djibouti", "جيبوتي", ["جمهورية جيبوتي", "Djibouti"], "DJ"),
    P("farmaajo", "Mohamed Abdullahi Farmaajo", "محمد عبد الله فرماجو", ["فرماجو", "محمد عبدالله فرماجو", "Farmaajo"], "SO",
      "President of Somalia (2017–2022)."),
    P("guelleh", "Ismaïl Omar Guelleh", "إسماعيل عمر جيله", ["اسماعيل عمر غيلى", "غيلى", "جيله", "إسماعيل عمر جيلي", "Guelleh"], "DJ",
      "President of Djibouti (since 1999)."),
    A("al-shabaab", "group", "Harakat al-Shabaab al-Mujahideen", "حركة الشباب", ["حركة الشباب المجاهدين", "al-Shabaab"], None),
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda"], None),
    A("uganda", "country", "Uganda", "أوغندا", ["اوغندا", "Uganda"], "UG"),
    A("ethiopia", "country", "Ethiopia", "إثيوبيا", ["أثيوبيا", "اثيوبيا", "Ethiopia"], "ET"),
    # hathalyoum (EU Operation Sophia: Italy hosts 87 Libyan coast guards for training)
    A("eunavfor-med-sophia", "agency", "EUNAVFOR MED Operation Sophia", "عملية صوفيا البحرية",
      ["عملية صوفيا", "صوفيا", "Operation Sophia", "EUNAVFOR MED"], None, "eu",
      "The EU's naval operation in the central Mediterranean (2015–2020)."),
    A("libya-coast-guard", "agency", "Libyan Coast Guard", "جهاز خفر السواحل الليبي", ["خفر السواحل الليبي", "Libyan Coast Guard"], "LY",
      None, "The Libyan Coast Guard and Port Security (a branch of the Libyan navy), which Operation Sophia trained; not the "
            "interior ministry's coastal security administration."),
    # spa (Sudan–Chad additional protocol on the joint border force)
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("sudan-intelligence-security-authority", "agency", "Intelligence and Security Authority (Sudan Armed Forces)",
      "هيئة الاستخبارات والأمن", ["Intelligence and Security Authority"], "SD", None,
      "The Sudanese Armed Forces' military intelligence and security authority, as SPA names it."),
    P("ibrahim-izzeldin", "Ibrahim Izzeldin", "إبراهيم عزالدين", ["إبراهيم عز الدين", "عزالدين"], "SD",
      "Major general, deputy head of the Sudanese Intelligence and Security Authority."),
    P("dossa-minay", "Dossa Minay", "دوسة ميناي", ["ميناي"], "TD", "Chadian colonel who headed Chad's side at the signing."),
    A("sudan-chad-joint-force", "agency", "Sudanese–Chadian Joint Border Force", "القوات المشتركة السودانية التشادية",
      ["القوات المشتركة", "القوة السودانية التشادية المشتركة", "القوات التشادية السودانية المشتركة"], None, None,
      "The joint force of the two states that secures their border (from 2010)."),
    # masrawy (Somalia receives Turkish equipment for its national police)
    A("somali-police", "agency", "Somali Police Force", "قوات الشرطة الصومالية",
      ["جهاز الشرطة الصومالي", "الشرطة الصومالية", "الشرطة الوطنية الصومالية"], "SO"),
    P("abdullahi-sheikh-ismail", "Abdullahi Sheikh Ismail", "عبد الله شيخ إسماعيل", ["عبدالله شيخ إسماعيل"], "SO",
      "Somali minister of internal security (general)."),
    P("asad-osman-abdullahi", "Asad Osman Abdullahi", "أسد عثمان عبد الله", ["أسد عثمان"], "SO", "Commander of the Somali Police Force (brigadier general)."),
    A("turkey-armed-forces", "agency", "Turkish Armed Forces", "الجيش التركي", ["القوات المسلحة التركية"], "TR"),
    # alyamanianews (Yemen's National Resistance seizes a Houthi cell)
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    A("yemen-national-resistance", "agency", "National Resistance Forces (Yemen)", "المقاومة الوطنية",
      ["قوات المقاومة الوطنية", "National Resistance"], "YE", None,
      "Pro-government forces on Yemen's west coast led by Tareq Saleh (member of the Presidential Leadership Council since 2022)."),
    A("yemen-nr-intelligence", "agency", "Intelligence Division (National Resistance Forces, Yemen)", "شعبة الاستخبارات",
      ["شعبة الاستخبارات في المقاومة الوطنية"], "YE", "yemen-national-resistance"),
    A("yemen-west-coast-security-services", "agency", "Security services on Yemen's west coast (collective)",
      "الأجهزة الأمنية في الساحل الغربي", [], "YE", None,
      "Collective actor for the unspecified security services of the west coast, like moroccan-security-services."),
    A("houthis", "group", "Houthi movement (Ansar Allah)", "جماعة الحوثي",
      ["الحوثيين", "الحوثيون", "الحوثي", "مليشيا الحوثي", "المليشيا الحوثية", "أنصار الله", "Houthis"], None),
    # saudiaalyoum (Italy's foreign and interior ministers in Tunis)
    P("di-maio", "Luigi Di Maio", "لويدجي دي مايو", ["دي مايو", "Di Maio", "لويجي دي مايو"], "IT",
      "Italian foreign minister 2019–2022 (spelled لويدجي دي مايو by LTV)."),
    P("lamorgese", "Luciana Lamorgese", "لوتشانا لامورجيزي", ["لامورجيزي", "Luciana Lamorgese", "لوتشيانا لامورجيزي"], "IT",
      "Italy's minister of the interior (2019–2022)."),
    P("kais-saied", "Kais Saied", "قيس سعيد", ["قيس سعيّد", "Kais Saied"], "TN", "President of Tunisia (since 2019)."),
    P("salma-ennaifer", "Salma Ennaifer", "سلمى النيفر", ["النيفر", "Salma Ennaifer"], "TN",
      "Tunisian secretary of state for foreign affairs (2020)."),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية"], "TN", None, "Collective actor for unspecified Tunisian services, like moroccan-security-services."),
    A("tunisia-army", "agency", "Tunisian Armed Forces", "الجيش الوطني التونسي", ["الجيش التونسي"], "TN"),
    # spa (sixth session of the Algerian–Nigerien bilateral border committee)
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    P("bedoui", "Noureddine Bedoui", "نور الدين بدوي", ["بدوي"], "DZ",
      "Algerian minister of the interior and local authorities 2015–2019."),
    P("bazoum", "Mohamed Bazoum", "محمد بازوم", ["بازوم محمد", "بازوم", "Mohamed Bazoum"], "NE",
      "Niger's minister of state for the interior (2016–2020), later president (2021–2023)."),
    # 2dec (Yemen's coast guard head meets his Djiboutian counterpart in Djibouti)
    A("yemen-interior-ministry", "organization", "Ministry of Interior (Yemen)", "وزارة الداخلية اليمنية", [], "YE"),
    A("yemen-coast-guard", "agency", "Yemen Coast Guard", "قوات خفر السواحل اليمنية",
      ["قوات خفر السواحل", "خفر السواحل اليمني", "Yemen Coast Guard", "مصلحة خفر السواحل"], "YE", "yemen-interior-ministry",
      "The coast guard under Yemen's interior ministry (officially the Coast Guard Authority, مصلحة خفر السواحل). "
      "Re-declared without the bare 'خفر السواحل' (see the header)."),
    P("qamli", "Khaled Ali Al-Qamli", "خالد علي القملي", ["القملي", "خالد القملي"], "YE",
      "Major general, head of the Yemen Coast Guard Authority."),
    P("waiss-omar", "Waiss Omar", "وعيس عمر", [], "DJ", "Djiboutian colonel, counterpart of the Yemen Coast Guard's head "
      "(so presumably head of the Djibouti Coast Guard)."),
    A("djibouti-coast-guard", "agency", "Djibouti Coast Guard", "خفر السواحل الجيبوتي", ["Garde-côtes de Djibouti"], "DJ", None,
      "Not named in 2dec: the Yemeni coast guard head's 'Djiboutian counterpart' is read as its head."),
    P("abdulrab-omar-saleh", "Abdulrab Omar Saleh", "عبدالرب عمر صالح", [], "YE",
      "Brigadier, director general of a Yemen Coast Guard sector (Gulf of Aden or Red Sea)."),
    P("abduljabbar-al-zahzouh", "Abduljabbar Al-Zahzouh", "عبدالجبار الزحزوح", ["الزحزوح"], "YE",
      "Brigadier, director general of a Yemen Coast Guard sector (Gulf of Aden or Red Sea)."),
    A("irgc", "agency", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري الإيراني", ["الحرس الثوري", "IRGC"], "IR"),
]
