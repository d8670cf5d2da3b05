# Actors and aliases added to /work/main/graph/actors.json for the test6 corpus (held out).
# test6's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev14.py already define are re-declared here with the same id,
# kind, names and parent.
# "وزارة الداخلية" stands alone in test6 only in webmanagercenter, for Tunisia's ministry, so that ministry keeps the
# bare alias (as in dev13). "الدرك الوطني" names only Mauritania's gendarmerie in test6.
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    # casaoui: "الجمهورية الفرنسية" (twice) for the French state.
    "france": ["الجمهورية الفرنسية"],
    # asawahil writes أسبانيا with a hamza on the alif.
    "spain": ["أسبانيا"],
    "interpol": ["منظمة الشرطة الجنائية الدولية"],
    # fesnews: "مكتب أنتربول الرباط، التابع للمديرية العامة للأمن الوطني".
    "interpol-rabat": ["مكتب أنتربول الرباط"],
}

ACTORS = [
    # casaoui (France to decorate Hammouchi with the Legion of Honour)
    P("cazeneuve", "Bernard Cazeneuve", "بيرنار كازينوف", ["كازينوف", "Bernard Cazeneuve"], "FR",
      "French minister of the interior (2014–2016)."),
    # ennahar (Spain's interior minister Marlaska in Algiers with Saïd Sayoud)
    P("marlaska", "Fernando Grande-Marlaska", "فرناندو غراندي مارلاسكا", ["غراندي مارلاسكا", "مارلاسكا", "Grande-Marlaska"], "ES",
      "Spain's minister of the interior (since 2018)."),
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    P("sayoud", "Saïd Sayoud", "السعيد سعيود", ["سعيد سعيود", "سعيود", "Saïd Sayoud"], "DZ",
      "Algeria's minister of the interior, local authorities and transport (2025)."),
    # webmanagercenter (Tunisia's interior ministry receives bulletproof vests from Germany)
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية",
      ["وزارة الداخلية", "الداخلية التونسية"], "TN", None,
      "Keeps the bare alias وزارة الداخلية: in test6 it stands alone only in webmanagercenter, for Tunisia's ministry."),
    P("ben-jeddou", "Lotfi Ben Jeddou", "لطفي بن جدو", ["لطفى بن جدو", "بن جدو", "Lotfi Ben Jeddou"], "TN",
      "Tunisia's minister of the interior (2013–2015)."),
    # ahlmasrnews (Libya to ask Malta to hand over the Afriqiyah Airways hijackers)
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("malta", "country", "Malta", "مالطا", ["Malta"], "MT"),
    # asawahil (Mauritania's gendarmerie chief and DGSN director receive a Guardia Civil delegation)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["الإدارة العامة للأمن الوطني", "DGSN Mauritanie"], "MR", None,
      "Mauritania's national police. Its Arabic names are those of Morocco's DGSN (dgsn); asawahil names it only in its "
      "director's title ('المدير العام للأمن الوطني', 'مدير الأمن') and as 'الامن الوطنى'."),
    A("mauritania-gendarmerie", "agency", "National Gendarmerie (Mauritania)", "الدرك الوطني الموريتاني",
      ["الدرك الوطني", "الدرك الوطنى", "قيادة أركان الدرك الوطني", "قيادة أركان الدرك", "Gendarmerie nationale mauritanienne"],
      "MR", None, "Commanded by its chief of staff ('قائد أركان الدرك الوطني')."),
    P("ould-taya", "Ahmed Mahmoud Ould Taya", "أحمد محمود ولد الطائع", ["ولد الطائع", "ولد الطايع"], "MR",
      "Chief of staff (commander) of Mauritania's National Gendarmerie."),
    P("ould-mohamed-lemine-ebrour", "Mohamed Cheikh Ould Mohamed Lemine ('Ebrour')", "محمد الشيخ ولد محمد الأمين",
      ["ابرور"], "MR", "Director general of Mauritania's DGSN (lieutenant general), nicknamed 'ابرور'."),
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    A("guardia-civil-borders-maritime", "agency", "Border and Maritime Police Command (Guardia Civil)", "قيادة الحدود والشرطة البحرية",
      ["الحدود والشرطة البحرية", "Mando de Fronteras y Policía Marítima"], "ES", "guardia-civil",
      "The Guardia Civil's Mando de Fronteras y Policía Marítima; asawahil names it only in its head's title."),
    A("guardia-civil-coasts-maritime", "agency", "Coasts and Maritime Police department (Guardia Civil)", "قسم التكلفة والشرطة البحرية",
      ["قسم السواحل والشرطة البحرية"], "ES", "guardia-civil-borders-maritime",
      "asawahil's 'قسم التكلفة والشرطة البحرية' ('cost' for 'coasts', apparently a mistranslation of 'Costas'): a department "
      "of the Guardia Civil's border and maritime command."),
    P("navarrete", "General Navarrete (Guardia Civil)", "نفاريت بنيانجا", ["نفاريت"], "ES",
      "Head of the Guardia Civil's Border and Maritime Police Command, as asawahil spells him."),
    P("moscoso", "Javier Moscoso", "خافيير موسكوسو", ["موسكوسو", "Javier Moscoso"], "ES",
      "Guardia Civil general, head of its coasts and maritime police department (asawahil)."),
    # riyadhpost (Niger's president Issoufou meets the Saudi assistant defence minister Al-Ayish)
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    P("issoufou", "Mahamadou Issoufou", "محمدو يوسفو", ["ييسوفو محمدو", "يوسفو", "Mahamadou Issoufou"], "NE",
      "President of Niger (2011–2021); riyadhpost spells him 'ييسوفو محمدو'."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    P("al-ayish", "Mohammed Al-Ayish", "محمد العايش", ["العايش"], "SA", "Saudi assistant minister of defence."),
    P("kalla-moutari", "Kalla Moutari", "كالا موتاري", ["موتاري", "Kalla Moutari"], "NE", "Niger's minister of defence (2016–2019)."),
    P("najim-bin-ali", "Najim bin Ali bin Turki", "نجيم بن علي بن تركي", [], "SA", "Saudi ambassador to Niger."),
    A("g5-sahel", "organization", "G5 Sahel", "مجموعة دول الساحل الخمس", ["مجموعة 5", "مجموعة الساحل الخمس", "G5 Sahel"], None, None,
      "Mauritania, Mali, Niger, Burkina Faso and Chad."),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("burkina-faso", "country", "Burkina Faso", "بوركينا فاسو", ["بوركينا", "Burkina Faso"], "BF"),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    # fesnews (Tanger Med: a Belgian wanted by Qatar; Interpol Rabat informs the Qatari authorities)
    A("tanger-med-judicial-police", "agency", "Judicial police at the port of Tanger Med", "مصلحة الشرطة القضائية بميناء طنجة المتوسط",
      ["الشرطة القضائية في ميناء طنجة المتوسط", "الشرطة القضائية بميناء طنجة المتوسط"], "MA", "dgsn",
      "The DGSN's judicial police service at the Tanger Med port (not the DCPJ)."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("interpol-doha", "agency", "Interpol National Central Bureau Doha", "المكتب المركزي الوطني في الدوحة",
      ["المكتب المركزي الوطني في قطر", "المكتب المركزي الوطني بالدوحة", "Interpol Doha"], "QA", None,
      "Qatar's Interpol NCB (Qatar interior ministry)."),
    # arabtime (Italian police dismantle a migrant-smuggling network with police in Albania, Germany, Turkey and Oman)
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية",
      ["الشرطة الإيطالية"], "IT", None, "Collective actor for unspecified Italian services, like moroccan-security-services."),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("albania", "country", "Albania", "ألبانيا", ["Albania"], "AL"),
    A("oman", "country", "Oman", "سلطنة عمان", ["سلطنة عُمان", "Oman"], "OM"),
    A("albanian-security-services", "agency", "Albanian police services (collective)", "أجهزة الشرطة الألبانية", [], "AL", None,
      "Collective actor for unspecified Albanian police ('خدمات الشرطة في ألبانيا'), like moroccan-security-services."),
    A("german-security-services", "agency", "German security services (collective)", "أجهزة الأمن الألمانية", [], "DE", None,
      "Collective actor for unspecified German services, like moroccan-security-services."),
    A("turkish-security-services", "agency", "Turkish security services (collective)", "أجهزة الأمن التركية", [], "TR", None,
      "Collective actor for unspecified Turkish police ('خدمات الشرطة في ... تركيا'), like moroccan-security-services."),
    A("omani-security-services", "agency", "Omani security services (collective)", "الأجهزة الأمنية العمانية", [], "OM", None,
      "Collective actor for unspecified Omani police ('خدمات الشرطة في ... سلطنة عمان'), like moroccan-security-services."),
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol"], None, "eu"),
    # alraiy (German arrest in Lower Saxony of a Moroccan ISIS suspect linked to the Paris attacks)
    A("german-criminal-police", "agency", "German criminal police office (Kriminalamt)", "هيئة مكافحة الجريمة",
      ["Kriminalamt"], "DE", None,
      "alraiy's 'هيئة مكافحة الجريمة' (the anti-crime authority) that made the arrest in Lower Saxony; the text does not say "
      "whether it is the federal (BKA) or the Lower Saxony (LKA) office."),
    P("abaaoud", "Abdelhamid Abaaoud", "عبد الحميد أبا عود", ["أبا عود", "عبد الحميد أباعود", "Abdelhamid Abaaoud"], "BE",
      "ISIS operative described as the organiser of the November 2015 Paris attacks (killed Nov. 2015)."),
    # essahraa (the G5 Sahel Defence College's study visit to Mali)
    A("g5-sahel-defence-college", "organization", "G5 Sahel Defence College (Nouakchott)", "كلية الدفاع لدول الساحل الخمسة",
      ["كلية الدفاع لمجموعة دول الساحل الخمس", "كلية الساحل", "Collège de défense du G5 Sahel"], None, "g5-sahel",
      "The G5 Sahel's defence college, based in Nouakchott."),
    P("ould-cheibani", "Brahim Vall Ould Cheibani", "إبراهيم فال ولد الشيباني", ["ولد الشيباني"], "MR",
      "Mauritanian general, director of the G5 Sahel Defence College."),
    P("ibrahim-boubacar-keita", "Ibrahim Boubacar Keïta", "إبراهيم بوبكر كيتا", ["إبراهيم بوبكر", "Ibrahim Boubacar Keïta"], "ML",
      "President of Mali (2013–2020)."),
]
