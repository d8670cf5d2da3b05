# Actors and aliases added to /work/main/graph/actors.json for the test16 corpus (held out).
# test16's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # hadarat: "وكالة المخابرات المركزية" (المخابرات, not الاستخبارات).
    "cia": ["وكالة المخابرات المركزية"],
    # alhourouf: "ما يعرف بالدولة الإسلامية (داعش)".
    "isis": ["الدولة الإسلامية", "تنظيم الدولة الإسلامية"],
    # souhoufi: "تنظيم القاعدة ببلاد المغرب الإسلامي" (ب, not في).
    "aqim": ["تنظيم القاعدة ببلاد المغرب الإسلامي", "القاعدة ببلاد المغرب الإسلامي"],
}

ACTORS = [
    # echchaab (Algeria's DGSN director Lahbiri and the French ambassador Driencourt)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria", "الشرطة الجزائرية"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' alias: that is Morocco's DGSN in the shipped lexicon."),
    P("lahbiri", "Mustapha Lahbiri", "مصطفى لهبيري", ["لهبيري", "الهبيري", "مصطفى الهبيري"], "DZ",
      "Director-General of Algeria's national security (DGSN), 2018–2019 (colonel, as the text calls him)."),
    P("driencourt", "Xavier Driencourt", "كزافي دريونكور", ["دريونكور", "كزافييه دريانكورت", "Xavier Driencourt"], "FR",
      "French ambassador to Algeria (2008–2012 and 2017–2020)."),
    A("french-national-police", "agency", "French National Police (DGPN)", "الشرطة الوطنية الفرنسية",
      ["المديرية العامة للشرطة الوطنية", "DGPN", "Police nationale"], "FR"),
    # awkar (Mauritania's interior minister and Spain's Marlaska in Madrid)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    P("ould-mohamed-lemine", "Mohamed Ahmed Ould Mohamed Lemine", "محمد أحمد ولد محمد الأمين", [], "MR",
      "Mauritania's minister of the interior and decentralisation (2020–)."),
    P("marlaska", "Fernando Grande-Marlaska", "فرناندو غراندي مارلاسكا",
      ["غراندي مارلاسكا", "مارلاسكا", "Grande-Marlaska", "فرناندو مارلاسكا"], "ES",
      "Spain's minister of the interior (since 2018)."),
    A("spain-interior-ministry", "organization", "Ministry of the Interior (Spain)", "وزارة الداخلية الإسبانية",
      ["الداخلية الاسبانية", "الداخلية الإسبانية"], "ES"),
    # manartv (Algeria's prime minister Sellal and Niger's prime minister Rafini)
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    P("sellal", "Abdelmalek Sellal", "عبد المالك سلال", ["سلال", "عبدالمالك سلال", "Sellal"], "DZ",
      "Prime minister of Algeria (2012–2017)."),
    P("rafini", "Brigi Rafini", "بريجي رافيني", ["رافيني", "Brigi Rafini"], "NE", "Prime minister of Niger (2011–2021)."),
    # libyaschannel (Italy's interior minister Lamorgese and the UN envoy Kubiš)
    A("italy-interior-ministry", "organization", "Ministry of the Interior (Italy)", "وزارة الداخلية الإيطالية",
      ["الداخلية الإيطالية"], "IT", None, "libyaschannel names it as the bare 'وزارة الداخلية' (its minister's statement)."),
    P("lamorgese", "Luciana Lamorgese", "لوتشانا لامورجيزي", ["لامورجيزي", "Luciana Lamorgese"], "IT",
      "Italy's minister of the interior (2019–2022)."),
    A("unsmil", "organization", "United Nations Support Mission in Libya (UNSMIL)", "بعثة الأمم المتحدة للدعم في ليبيا",
      ["UNSMIL", "بعثة الأمم المتحدة للدعم في ليبيا (أونسميل)"], None, "un"),
    P("kubis", "Ján Kubiš", "يان كوبيش", ["كوبيش", "Ján Kubiš"], "SK",
      "UN Secretary-General's special envoy for Libya and head of UNSMIL (2021)."),
    A("libya", "country", "Libya", "ليبيا", ["Libya", "حكومة الوحدة الوطنية"], "LY"),
    # souhoufi (Mali hands an AQIM financier to Mauritania)
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "السلطات الأمنية الموريتانية", "الأمن الموريتاني"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services."),
    A("malian-security-services", "agency", "Malian security services (collective)", "السلطات الأمنية المالية",
      ["الأجهزة الأمنية المالية", "أجهزة الأمن المالية", "نظيرتها المالية"], "ML", None,
      "Collective actor for unspecified Malian security services, like moroccan-security-services."),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["الإدارة العامة للأمن الوطني", "DGSN Mauritanie", "الشرطة الموريتانية"], "MR", None,
      "Mauritania's national police. Its Arabic name is the same as Morocco's DGSN (dgsn); souhoufi names it only as "
      "'الشرطة الموريتانية'."),
    P("omar-sahraoui", "Omar Ould Sid Ahmed, known as Omar the Sahrawi", "أعمر ولد سيد احمد",
      ["عمر الصحراوي", "عمر ولد سيد أحمد", "Omar Sahraoui"], None,
      "Suspected financier of AQIM's kidnappings in Mauritania (Nov.–Dec. 2009), handed by Mali to Mauritania in Feb. 2010."),
    # hadarat (Israel Defense report: the Mossad and the CIA court Chad)
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("mossad", "agency", "Mossad", "الموساد", ["Mossad", "جهاز الموساد"], "IL"),
    P("yossi-cohen", "Yossi Cohen", "يوسي كوهين", ["كوهين", "Yossi Cohen"], "IL", "Director of the Mossad (2016–2021)."),
    A("dgse", "agency", "General Directorate for External Security (France)", "المديرية العامة للأمن الخارجي",
      ["DGSE", "المخابرات الفرنسية", "المخابرات الخارجية الفرنسية"], "FR", None, "France's foreign intelligence service.",
      fr="Direction générale de la sécurité extérieure"),
    A("chad-ans", "agency", "National Security Agency (Chad, ANS)", "الوكالة الوطنية للأمن",
      ["وكالة الأمن القومي", "ANS", "Agence nationale de sécurité"], "TD", None,
      "Chad's intelligence service. hadarat calls it 'وكالة الأمن القومي' (the usual Arabic name of the US NSA) and "
      "'جهاز المخابرات'."),
    P("deby", "Idriss Déby Itno", "إدريس ديبي", ["ديبي", "إدريس ديبي إتنو", "Idriss Déby"], "TD", "President of Chad (1990–2021)."),
    P("kogri", "Ahmed Kogri", "أحمد كوغري", ["أحمد كوجري", "كوغري", "كوجري", "Ahmed Kogri"], "TD",
      "General, director general of Chad's ANS (from 2018)."),
    # alhourouf (Senegal arrests an ISIS returnee near the Mauritanian border)
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    A("senegal-security-services", "agency", "Senegalese security services (collective)", "المؤسسات الأمنية السنغالية",
      ["أجهزة الأمن السنغالية", "الأجهزة الأمنية السنغالية"], "SN", None,
      "Collective actor for unspecified Senegalese security institutions, like moroccan-security-services."),
    A("senegal-ct-special-division", "agency", "Special Division of the Counter-Terrorism Forces (Senegal)",
      "الفرقة الخاصة لقوات مكافحة الإرهاب", [], "SN", None,
      "As alhourouf names the Senegalese counter-terrorism unit that made the arrest; its parent is not stated."),
    # webmanagercenter (Essid: Tunisia foiled plots thanks to Algerian intelligence)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    P("essid", "Habib Essid", "الحبيب الصيد", ["الصيد", "Habib Essid"], "TN", "Head of government of Tunisia (2015–2016)."),
    # elbalad (the Alliance of Sahel States' defence ministers in Niamey)
    A("burkina-faso", "country", "Burkina Faso", "بوركينا فاسو", ["بوركينا", "Burkina Faso"], "BF"),
    A("aes", "organization", "Alliance of Sahel States (AES)", "تحالف دول الساحل",
      ["كونفدرالية دول الساحل", "AES"], None, None, "Mali, Burkina Faso and Niger (Liptako-Gourma charter, 2023)."),
    P("tiani", "Abdourahamane Tchiani", "عبد الرحمن تياني", ["تياني", "عبد الرحمن تشياني", "Tchiani"], "NE",
      "General, head of Niger's transitional government (since July 2023)."),
    # achahed (Tunisia's Ben Jeddou and Libya's Mazeg)
    P("ben-jeddou", "Lotfi Ben Jeddou", "لطفي بن جدو", ["لطفى بن جدو", "بن جدو", "Lotfi Ben Jeddou"], "TN",
      "Tunisia's minister of the interior (2013–2015)."),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", [], "TN"),
    P("mazeg", "Saleh Mazeg", "صالح مازق", ["مازق", "Saleh Mazeg"], "LY", "Libya's minister of the interior (2014)."),
]
