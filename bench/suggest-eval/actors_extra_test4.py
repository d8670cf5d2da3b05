# Actors and aliases added to /work/main/graph/actors.json for the test4 corpus (held out).
# test4's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev12.py already define are re-declared here with the same id.
# No ministry gets the bare alias "وزارة الداخلية" or "الداخلية": in test4 they name Algeria's (echaab) and Tunisia's (mourassel).
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي"],
    # elmiraat: "الشرطة المغربية" is the DGSN (as in dev10 and dev11).
    "dgsn": ["الشرطة المغربية"],
    # tanja24: the bureau's name with its city, and its other name in quotation marks.
    "interpol-rabat": ["المكتب المركزي الوطني بالرباط", "مكتب الأنتربول"],
    "interpol": ["الأنتربول"],
    "moroccan-security-services": ["السلطات الأمنية المغربية", "مصالح الأمن المغربية"],
}

ACTORS = [
    # tunisnow (Tunisia's interior minister Charfeddine receives the Chinese ambassador)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية",
      ["الداخلية التونسية"], "TN", None, "Re-declared without the bare aliases وزارة الداخلية / الداخلية (see the header)."),
    P("charfeddine", "Taoufik Charfeddine", "توفيق شرف الدين", ["شرف الدين", "Taoufik Charfeddine"], "TN",
      "Tunisian minister of the interior (Sep. 2020–Jan. 2021 and Oct. 2021–Mar. 2023)."),
    A("china", "country", "China", "الصين", ["جمهورية الصين الشعبية", "China"], "CN"),
    P("zhang-jianguo", "Zhang Jianguo", "تشانغ جيانغو", ["zhang Jianguo", "Zhang Jianguo"], "CN",
      "Chinese ambassador to Tunisia; Tunis Now writes his name in Latin letters."),
    A("china-mps", "organization", "Ministry of Public Security (China)", "وزارة الأمن العام الصينية", [], "CN", None,
      "China's interior ministry; tunisnow names it only in the dual 'وزارتي الداخلية بالبلدين'."),
    # alkhabar7 (Hammouchi in Vienna with the director of Austria's DSN)
    A("austria", "country", "Austria", "النمسا", ["جمهورية النمسا", "الجمهورية النمساوية", "Austria"], "AT"),
    A("austria-dsn", "agency", "Directorate State Protection and Intelligence Service (Austria)",
      "المديرية العامة لمصالح حماية الدولة والاستخبارات", ["مصالح حماية الدولة والاستخبارات", "DSN"], "AT", None,
      "Austria's domestic intelligence and state-protection service (since Dec. 2021).", de="Direktion Staatsschutz und Nachrichtendienst"),
    P("haijawi-pirchner", "Omar Haijawi-Pirchner", "عمر حيجاوي بيرشنر", ["حيجاوي بيرشنر", "Haijawi-Pirchner"], "AT",
      "Director of Austria's DSN (since Dec. 2021)."),
    # echaab (Algeria's interior minister Merad receives the Syrian ambassador)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-interior-ministry", "organization", "Ministry of the Interior, Local Authorities and Town Planning (Algeria)",
      "وزارة الداخلية والجماعات المحلية والتهيئة العمرانية", ["وزارة الداخلية الجزائرية"], "DZ", None,
      "Without the bare alias وزارة الداخلية (see the header)."),
    P("merad", "Brahim Merad", "ابراهيم مراد", ["إبراهيم مراد", "Brahim Merad"], "DZ",
      "Algerian minister of the interior, local authorities and town planning (2022–2024)."),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    P("namir-ghanem", "Namir Wahib Ghanem", "نمير وهيب غانم", ["نمير غانم"], "SY", "Syrian ambassador to Algeria."),
    # ltv (Libya's interior minister Mohamed Al-Sheikh meets the US chargé d'affaires)
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    P("mohamed-al-sheikh", "Mohamed Al-Sheikh", "محمد الشيخ", ["الشيخ"], "LY",
      "Libyan minister of the interior (colonel), in office in 2013. LTV writes his family name alone in quotation marks."),
    A("us-embassy-tripoli", "organization", "US Embassy in Libya (Tripoli)", "سفارة الولايات المتحدة الأمريكية لدى ليبيا",
      ["Embassy of the United States, Tripoli"], "US", "us-state-department",
      "LTV writes 'السفارة الأمريكية لدى ليبيا'; the shipped lexicon gives the bare 'السفارة الأمريكية' to the embassy in Rabat."),
    # tanja24 (a German national arrested at Tangier airport on a red notice from Wiesbaden)
    A("interpol-wiesbaden", "agency", "Interpol National Central Bureau Wiesbaden (Germany)", "المكتب الوطني المركزي بولاية فيسبادن",
      ["نظيره بدولة ألمانيا", "Interpol Wiesbaden"], "DE", None,
      "Germany's Interpol NCB, at the Federal Criminal Police Office (BKA) in Wiesbaden; the BKA is not in the lexicon."),
    # agadir24 (DGST information lets German services arrest an ex-ISIS fighter in Essen)
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "دولة ألمانيا", "الجمهورية الألمانية الاتحادية", "Germany"], "DE"),
    A("german-security-services", "agency", "German security services (collective)", "أجهزة الأمن الألمانية",
      ["المخابرات الألمانية", "الأجهزة الاستخباراتية الألمانية", "نظيرتها الألمانية"], "DE", None,
      "Collective actor for unspecified German services, like moroccan-security-services."),
    # elmiraat (a Senegalese wanted by Mauritania arrested at Casablanca airport)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "Mauritania"], "MR", None,
      "Without the alias نواكشوط, which in test4 only names a place (madar)."),
    # mourassel (Tunisia–France: Darmanin in Tunis; a training agreement for the National Guard school)
    P("darmanin", "Gérald Darmanin", "جيرارد دارمانان", ["دارمانان", "جيرالد دارمانان", "جيرالد دارمانين", "دارمانين", "Darmanin"], "FR",
      "French minister of the interior 2020–2024."),
    A("france-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية", [], "FR", None,
      "Named in mourassel only in the dual 'وزارتي الداخلية بالبلدين' and 'الوزارتين'."),
    A("tunisia-national-guard", "agency", "National Guard (Tunisia)", "الحرس الوطني التونسي",
      ["الحرس الوطني", "الإدارة العامة للحرس الوطني"], "TN", "tunisia-interior-ministry"),
    A("tunisia-ng-mornaguia-school", "agency", "National Guard multidisciplinary training school (Mornaguia, Tunisia)",
      "مدرسة التّكوين متعدّدة الاختصاصات للحرس الوطني بالمرناقيّة",
      ["مدرسة التكوين متعددة الاختصاصات للحرس الوطني بالمرناقية"], "TN", "tunisia-national-guard"),
    A("institut-francais-tunisie", "organization", "Institut français de Tunisie", "المعهد الفرنسي بتونس",
      ["Institut français de Tunisie"], "FR", None, "France's cultural institute in Tunis.", fr="Institut français de Tunisie"),
    # madar (Mauritania's interior minister with the US ambassador Cynthia Kierscht)
    P("ould-mohamed-lemine", "Mohamed Ahmed Ould Mohamed Lemine", "محمد أحمد ولد محمد الأمين", ["محمد أحمد محمد الأمين"], "MR",
      "Mauritania's minister of the interior and decentralisation (2020–)."),
    P("kierscht", "Cynthia Kierscht", "سينثيا كريشت", ["كريشت", "Cynthia Kierscht"], "US", "US ambassador to Mauritania (2020–2023)."),
    A("mauritania-interior-ministry", "organization", "Ministry of the Interior and Decentralisation (Mauritania)",
      "وزارة الداخلية واللامركزية", ["وزارة الداخلية الموريتانية"], "MR"),
    # elaph (Algeria's Interpol bureau: hand-overs from and to foreign states)
    A("interpol-algiers", "agency", "Interpol National Central Bureau Algiers", "المكتب المركزي للانتربول في الجزائر",
      ["مكتب الشرطة الدولية في الجزائر", "Interpol Algiers"], "DZ", None,
      "Algeria's Interpol NCB (a unit of Algeria's national police, which is not in test4's lexicon)."),
    P("ben-yamina", "Abbad Ben Yamina", "عباد بن يمينة", ["بن يمينة"], "DZ", "Head of Algeria's Interpol NCB (brigadier) in 2009."),
    A("ukraine", "country", "Ukraine", "أوكرانيا", ["Ukraine"], "UA"),
    A("algeria-justice-ministry", "organization", "Ministry of Justice (Algeria)", "وزارة العدل الجزائرية", [], "DZ"),
    A("algeria-criminal-affairs-directorate", "organization", "Directorate of Criminal Affairs and Pardons (Algerian Ministry of Justice)",
      "مديرية الشؤون الجزائية وإجراءات العفو", ["الشؤون الجزائية وإجراءات العفو"], "DZ", "algeria-justice-ministry"),
    P("lakhdari", "Mokhtar Lakhdari", "مختار لخضاري", ["لخضاري"], "DZ",
      "Director of criminal affairs and pardons at Algeria's Ministry of Justice (2009)."),
]
