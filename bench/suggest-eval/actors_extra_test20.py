# Actors and aliases added to /work/main/graph/actors.json for the test20 corpus (held out).
# test20's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "وزارة الداخلية" (218tv: the Libyan ministry, read in context) or the bare "الأمن الوطني"
# (the shipped alias of Morocco's DGSN; in ambafrance "للأمن الوطني" is Algeria's DGSN, given by a title).
from actors_extra import P, A

ALIASES = {
    "isis": ["تنظيم \"داعش\""],
}

ACTORS = [
    # ambafrance (an INHESJ class's study visit to Algeria, hosted by Algeria's DGSN)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' or 'الأمن الوطني' alias: those are Morocco's DGSN in "
      "the shipped lexicon."),
    P("hamel", "Abdelghani Hamel", "عبدالغني هامل", ["عبد الغني هامل", "هامل"], "DZ",
      "Director-General of Algeria's national security (DGSN) 2010–2018."),
    P("bedoui", "Noureddine Bedoui", "نور الدين بدوي", ["بدوي"], "DZ",
      "Algerian minister of the interior and local authorities 2015–2019."),
    A("inhesj", "organization", "National Institute for Advanced Studies in Security and Justice (France, INHESJ)",
      "المعهد الفرنسي للدراسات العليا للأمن و العدالة",
      ["المعهد الفرنسي للدراسات العليا للأمن والعدالة", "المعهد الوطني للدراسات العليا للأمن والعدالة", "INHESJ"], "FR", None,
      "A French public institute for training and research in security and justice (2010–2020), under the prime minister; "
      "not a security agency."),
    P("emie", "Bernard Émié", "برنارد إميي", ["إميي", "Bernard Émié"], "FR",
      "French ambassador to Algeria (2014–2017), later head of the DGSE (2017–2024)."),
    # sada (Libya's Presidential Council head Mohamed al-Menfi meets Italy's interior minister)
    A("libya", "country", "Libya", "ليبيا", ["Libya", "حكومة الوحدة الوطنية"], "LY"),
    P("menfi", "Mohamed al-Menfi", "محمد المنفي", ["المنفي", "Mohamed al-Menfi"], "LY",
      "Head of Libya's Presidential Council (from March 2021)."),
    P("lamorgese", "Luciana Lamorgese", "لوتشانا لامورجيزي", ["لامورجيزي", "Luciana Lamorgese"], "IT",
      "Italy's minister of the interior (2019–2022)."),
    # raitunisia (German police train Tunisia's army and National Guard)
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("german-police", "agency", "German police (as the text names it)", "الشرطة الألمانية", ["German police"], "DE", None,
      "The text says only 'the German police'; the training mission in Tunisia is in fact run by the Federal Police "
      "(Bundespolizei), which the text does not name."),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    A("tunisia-national-guard", "agency", "National Guard (Tunisia)", "الحرس الوطني التونسي",
      ["الحرس الوطني", "الإدارة العامة للحرس الوطني", "الحرس التونسي"], "TN", "tunisia-interior-ministry"),
    A("tunisia-army", "agency", "Tunisian Armed Forces", "الجيش الوطني التونسي", ["الجيش التونسي"], "TN", None,
      "raitunisia names it only in 'الجيش والحرس التونسيين' (army and guard sharing one adjective)."),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية", "قوات الأمن التونسية", "القوات التونسية"], "TN", None,
      "Collective actor for unspecified Tunisian services, like moroccan-security-services."),
    # aqlame (Mauritania hands a Pakistani smuggling-network leader to the Spanish police)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "الشرطة الاسبانية", "Policía Nacional"], "ES"),
    # tanja24 (Tangier judicial police arrest a Portuguese prison escapee on DGST information)
    A("portugal", "country", "Portugal", "البرتغال", ["الجمهورية البرتغالية", "Portugal"], "PT"),
    A("tangier-judicial-police", "agency", "Tangier Prefecture of Police, Judicial Police Service", "المصلحة الولائية للشرطة القضائية",
      ["المصلحة الولائية للشرطة القضائية بطنجة"], "MA", "dgsn", "The judicial police service of the Tangier prefecture of police (DGSN)."),
    # alfadjr (the French gendarmerie's director general visits Algeria)
    A("french-gendarmerie", "agency", "French National Gendarmerie (DGGN)", "المديرية العامة للدرك الوطني",
      ["المديرية العامة للدرك", "الدرك الفرنسي", "DGGN", "Gendarmerie nationale"], "FR", None,
      "Without the bare alias الدرك الوطني, which names Algeria's gendarmerie."),
    A("algeria-gendarmerie", "agency", "National Gendarmerie (Algeria)", "الدرك الوطني الجزائري",
      ["الدرك الوطني", "قيادة الدرك الوطني", "Gendarmerie nationale algérienne"], "DZ"),
    P("boustila", "Ahmed Boustila", "أحمد بوسطيلة", ["بوسطيلة", "Ahmed Boustila"], "DZ",
      "Commander of Algeria's National Gendarmerie (2000s–2015), major general."),
    P("gilles", "Roland Gilles", "رولاند جيلاس", ["جيلاس", "Roland Gilles"], "FR",
      "Director general of the French National Gendarmerie (2008–2010), army general (alfadjr writes 'اللواء')."),
    # rt (the Netherlands arrest the former Moroccan MP Said Chaou)
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    P("chaou", "Said Chaou", "سعيد شعو", ["شعو", "Said Chaou"], "MA",
      "Former Moroccan member of parliament living in the Netherlands, wanted by Morocco (drug trafficking; later the Rif protests)."),
    P("khalfi", "Mustapha El Khalfi", "مصطفى الخلفي", ["الخلفي", "Mustapha El Khalfi"], "MA",
      "Moroccan government spokesman and minister of communication (2012–2019)."),
    P("bourita", "Nasser Bourita", "ناصر بوريطة", ["بوريطة", "Nasser Bourita"], "MA", "Moroccan minister of foreign affairs (from 2017)."),
    # almaghribtoday (Italy deports ISIS suspects to Morocco)
    A("casablanca-airport-judicial-police", "agency", "Judicial police at Mohammed V Airport (Casablanca)",
      "الشرطة القضائية في مطار محمد الخامس", ["الشرطة القضائية بمطار محمد الخامس"], "MA", "dgsn",
      "The DGSN's judicial police service at Casablanca's Mohammed V airport."),
    A("italy-interior-ministry", "organization", "Ministry of the Interior (Italy)", "وزارة الداخلية الإيطالية",
      ["الداخلية الإيطالية"], "IT"),
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية", [], "IT", None,
      "Collective actor for unspecified Italian services, like moroccan-security-services."),
    A("tunisia-police", "agency", "Tunisian National Police", "الشرطة التونسية", ["Police nationale tunisienne"], "TN",
      "tunisia-interior-ministry", "The national police of Tunisia's interior ministry, as the texts name it."),
    # 218tv (Libya's coastal security administration receives Italian equipment)
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya)", "وزارة الداخلية الليبية", [], "LY"),
    A("libya-coastal-security", "agency", "General Administration for Coastal Security (Libya)", "الإدارة العامة لأمن السواحل",
      ["إدارة أمن السواحل", "خفر السواحل الليبي", "General Administration for Coastal Security"], "LY", "libya-interior-ministry",
      "The interior ministry's coastal security administration; 218tv's headline calls it 'خفر السواحل الليبي' (the Libyan "
      "coast guard proper belongs to the navy)."),
    A("libya-interior-relations-cooperation", "organization", "Department of Relations and Cooperation, Libyan Ministry of Interior",
      "إدارة العلاقات والتعاون", ["إدارة العلاقات والتعاون الدولي"], "LY", "libya-interior-ministry"),
    A("italy-embassy-libya", "organization", "Embassy of Italy in Libya", "السفارة الإيطالية لدى ليبيا",
      ["السفارة الإيطالية", "السفارة الإيطالية في طرابلس"], "IT", None,
      "218tv names it in full once and then as the bare 'السفارة الإيطالية'."),
]
