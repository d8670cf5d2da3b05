# Actors and aliases added to /work/main/graph/actors.json for the test44 corpus (held out).
# test44's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# The bare "وزارة الداخلية" names only Tunisia's ministry in test44 (tap); the French, Italian and Spanish
# ministries are named with their adjectives. "الشرطة الألمانية" names only the Federal Police (echorouk), and
# "الشرطة الجزائرية" only Algeria's DGSN (echorouk). "الدرك الوطني" names only Algeria's gendarmerie (alfadjr).
from actors_extra import P, A

ALIASES = {
    # eldjoumhouria writes "الاتحاد الاوروبي" without hamza.
    "eu": ["الاتحاد الاوروبي"],
    # assabah: "تحقيقات الشرطة الدولية".
    "interpol": ["الشرطة الدولية"],
}

ACTORS = [
    # re-declared (same id, kind, names and parent as in the other sets)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany", "الجمهورية الفيدرالية الألمانية"], "DE", None,
      "alchourouk names it 'الجمهورية الفيدرالية الألمانية' (in 'للجمهورية الفيدرالية الألمانية')."),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية",
      ["وزارة الداخلية", "الداخلية التونسية"], "TN", None,
      "Keeps the bare alias وزارة الداخلية: in test44 it stands alone only in tap, for Tunisia's ministry."),
    A("tunisia-national-guard", "agency", "National Guard (Tunisia)", "الحرس الوطني التونسي",
      ["الحرس الوطني", "الإدارة العامة للحرس الوطني"], "TN", "tunisia-interior-ministry"),
    A("tunisia-police", "agency", "Tunisian National Police", "الشرطة التونسية",
      ["أجهزة الشرطة التونسية", "Police nationale tunisienne"], "TN", "tunisia-interior-ministry",
      "The national police of Tunisia's interior ministry, as the texts name it. ennahar: 'أجهزة الشرطة التونسية المكلفة مراقبة الحدود'."),
    A("tunisian-security-services", "agency", "Tunisian security services (collective)", "الأجهزة الأمنية في تونس",
      ["الأجهزة الأمنية التونسية", "الأجهزة التونسية"], "TN", None,
      "Collective actor for unspecified Tunisian services, like moroccan-security-services. a5r5br: 'الأجهزة التونسية'."),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "الشرطة الجزائرية", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'الأمن الوطني' or 'المديرية العامة للأمن الوطني' alias: those are Morocco's DGSN in "
      "the shipped lexicon, although echorouk's title 'المدير العام للأمن الوطني' names Algeria's."),
    A("algeria-gendarmerie", "agency", "National Gendarmerie (Algeria)", "الدرك الوطني الجزائري",
      ["الدرك الوطني", "قيادة الدرك الوطني", "Gendarmerie nationale algérienne"], "DZ"),
    P("hamel", "Abdelghani Hamel", "عبدالغني هامل", ["عبد الغني هامل", "هامل"], "DZ",
      "Director-General of Algeria's national security (DGSN) 2010–2018."),
    P("boustila", "Ahmed Boustila", "أحمد بوسطيلة", ["بوسطيلة", "Ahmed Boustila"], "DZ",
      "Commander of Algeria's National Gendarmerie (2000s–2015), major general."),
    A("french-gendarmerie", "agency", "French National Gendarmerie (DGGN)", "المديرية العامة للدرك الوطني",
      ["المديرية العامة للدرك", "الدرك الفرنسي", "DGGN", "Gendarmerie nationale"], "FR", None,
      "Without the bare alias الدرك الوطني, which names Algeria's gendarmerie."),
    A("german-interior-ministry", "organization", "Federal Ministry of the Interior, Building and Community (Germany)",
      "الوزارة الاتحادية للداخلية والبناء والأعمار والأمن الوطني", ["وزارة الداخلية الألمانية", "BMI"], "DE", None,
      "Declared as the parent of the Federal Police; not mentioned in test44."),
    A("german-federal-police", "agency", "German Federal Police (Bundespolizei)", "الشرطة الاتحادية الألمانية",
      ["الشرطة الاتحادية", "الشرطة الألمانية", "Bundespolizei"], "DE", "german-interior-ministry",
      "echorouk's 'الشرطة الألمانية' is read as the Federal Police, whose head Hamel had just received."),
    P("romann", "Dieter Romann", "ديتر رومان", ["دييتر رومان", "رومان", "Dieter Romann"], "DE",
      "President of Germany's Federal Police (since 2012)."),
    P("de-kerchove", "Gilles de Kerchove", "جيل دي كيرشوف", ["كيرشوف", "دي كيرشوف", "جيلس دو كارشوف", "دو كارشوف", "Gilles de Kerchove"], "BE",
      "EU Counter-Terrorism Coordinator (2007–2021). eldjoumhouria writes 'جيلس دو كارشوف'."),
    P("messahel", "Abdelkader Messahel", "عبد القادر مساهل", ["مساهل", "Abdelkader Messahel"], "DZ",
      "Algeria's minister of Maghreb affairs, the African Union and the Arab League (2015–2017), then foreign minister (2017–2019)."),
    A("eeas", "organization", "European External Action Service", "هيئة العمل الخارجي الأوروبي",
      ["European External Action Service", "EEAS", "المصلحة الاوروبية من اجل العمل الخارجي", "المصلحة الأوروبية للعمل الخارجي"], None, "eu",
      "eldjoumhouria: 'المصلحة الاوروبية من اجل العمل الخارجي'."),
    A("european-commission", "organization", "European Commission", "المفوضية الأوروبية",
      ["European Commission", "المفوضية الاوروبية"], None, "eu"),
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["المصالح الأمنية الفرنسية", "نظيرتها الفرنسية", "نظيرتها في فرنسا"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services."),
    A("french-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية", [], "FR"),
    A("italy-interior-ministry", "organization", "Ministry of the Interior (Italy)", "وزارة الداخلية الإيطالية",
      ["الداخلية الإيطالية"], "IT"),
    A("spain-interior-ministry", "organization", "Ministry of the Interior (Spain)", "وزارة الداخلية الإسبانية",
      ["الداخلية الاسبانية", "الداخلية الإسبانية"], "ES", None,
      "In tap it is named only in the dual 'وزارتي الداخلية التونسية والإسبانية'."),
    # new: alchourouk (Tunisia's interior minister receives the new German ambassador)
    P("laarayedh", "Ali Laarayedh", "علي لعريض", ["لعريض", "علي العريض", "Ali Laarayedh"], "TN",
      "Tunisia's minister of the interior (Dec. 2011–Mar. 2013), then head of government."),
    P("plotner", "Jens Plötner", "جانز بلاوتنر", ["بلاوتنر", "ينس بلوتنر", "Jens Plötner"], "DE",
      "German ambassador to Tunisia (from 2012); alchourouk writes 'جانز بلاوتنر'."),
    # new: a5r5br (EU equipment to Tunisia's National Guard)
    A("eu-delegation-tunisia", "organization", "Delegation of the European Union to Tunisia", "بعثة الاتحاد الأوروبي في تونس",
      ["بعثة الاتحاد الأوروبي بتونس", "بعثة الاتحاد الأوروبي", "البعثة الأوروبية"], None, "eu",
      "The EU's delegation (embassy) in Tunis."),
    A("tunisia-coast-guard", "agency", "Tunisian coast guard (maritime National Guard)", "خفر السواحل التونسي",
      ["خفر السواحل", "الحرس البحري"], "TN", "tunisia-national-guard",
      "Tunisia's coast-guard service is the National Guard's maritime directorate (Garde nationale maritime); a5r5br names it "
      "'خفر السواحل' next to the National Guard."),
    # new: tap (election-security courses under the OIF and a European Commission mission; Spanish experts)
    A("oif", "organization", "International Organisation of La Francophonie (OIF)", "المنظمة الدولية للفرنكوفونية",
      ["المنظمة الدولية الفرنكوفونية", "OIF", "Organisation internationale de la Francophonie"], None),
    A("tunisia-salammbo-police-school", "agency", "National School for the Training of National Security and National Police Cadres (Salammbô, Tunisia)",
      "المدرسة الوطنية لتكوين إطارات الأمن الوطني والشرطة الوطنية بصلامبو",
      ["المدرسة الوطنية لتكوين إطارات الأمن الوطني والشرطة الوطنية"], "TN", "tunisia-interior-ministry",
      "The interior ministry's police cadre school at Salammbô."),
    A("tunisia-continuing-training-centre", "agency", "National Centre for Continuing Training (Carthage Byrsa, Tunisia)",
      "المركز الوطني للتكوين المستمر بقرطاج بيرصا", ["المركز الوطني للتكوين المستمر"], "TN", "tunisia-interior-ministry",
      "The interior ministry's continuing-training centre for security staff (as tap places the course)."),
    P("arroyo-garcia", "Diego Arroyo García", "دياغو أرويو قارسيا", ["Diego Arroyo García"], "ES",
      "Spanish expert who supervised an election-management course for Tunisian interior-ministry cadres (tap)."),
    P("urcaray-fernandez", "Javier Urcaray Fernández", "خافيير أوركراي فرنانديز", ["Javier Urcaray Fernández"], "ES",
      "Spanish expert who supervised an election-management course for Tunisian interior-ministry cadres (tap); spelling as transliterated."),
    # new: akhbarona (Spain hands an Algerian gendarme deserter to Algeria)
    P("mohamed-abdellah", "Mohamed Abdellah", "محمد عبد الله", ["Mohamed Abdellah"], "DZ",
      "Former Algerian gendarme and whistle-blower who sought refuge in Spain; handed to Algeria (2021)."),
    # new: alfadjr (Algeria's gendarmerie receives the French DGGN)
    P("favier", "Denis Favier", "دوني فافيي", ["فافيي", "Denis Favier"], "FR",
      "Director-General of the French National Gendarmerie (2013–2016)."),
    A("algeria-gendarmerie-intervention-detachment", "agency", "Intervention Detachment of the National Gendarmerie (Algeria, DIGN)",
      "مفرزة التدخل للدرك الوطني", ["مفرزة التدخل", "DIGN"], "DZ", "algeria-gendarmerie",
      "The gendarmerie's special intervention unit, based in Algiers."),
    # new: france24 (the DRS warned France before the Charlie Hebdo attack)
    A("algeria-drs", "agency", "Department of Intelligence and Security (Algeria, DRS)", "دائرة الاستعلام والأمن",
      ["دائرة الأمن والاستعلامات", "دي-أر-أس", "DRS", "جهاز المخابرات الجزائري", "المخابرات الجزائرية"], "DZ", None,
      "Algeria's main intelligence service until its dissolution in 2016; france24 writes 'دائرة الأمن والاستعلامات الجزائرية'."),
    # new: ennahar (French equipment for Tunisia)
    P("said-mechichi", "Saïd Mechichi", "سعيد مشيشي", ["سعيد المشيشي", "المشيشي", "Saïd Mechichi"], "TN",
      "Tunisian secretary of state for the interior (reform), 2012–2013; not Hichem Mechichi."),
    P("gouyette", "François Gouyette", "فرنسوا غويات", ["فرانسوا غوييت", "غوييت", "François Gouyette"], "FR",
      "French ambassador to Tunisia (2012–2016)."),
]
