# Actors and aliases added to /work/main/graph/actors.json for the test48 corpus (held out).
# test48's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # alousboue writes "الأنتيربول"; expresstv "للأنتربول".
    "interpol": ["الأنتيربول", "الأنتربول"],
    # elbalad: "أول اجتماع للتحالف الدولي ضد داعش بإفريقيا".
    "global-coalition-isis": ["التحالف الدولي ضد داعش"],
    # alousboue: "مع شريكها المغربي" (Dakar's Moroccan partner), a counterpart phrase for the state.
    "morocco": ["شريكها المغربي"],
    # expresstv: "مبرزا “حيوية ومهنية” مصالح الأمن المغربية".
    "moroccan-security-services": ["مصالح الأمن المغربية"],
}

ACTORS = [
    # re-declared (defined by other sets with these ids)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal", "دكار"], "SN", None,
      "alousboue uses the capital 'دكار' for the state ('دكار واصلت التحقيقات', 'ولم تشارك دكار'); where Dakar is only a place "
      "it is not a mention."),
    A("somalia", "country", "Somalia", "الصومال", ["جمهورية الصومال", "Somalia"], "SO"),
    A("burkina-faso", "country", "Burkina Faso", "بوركينا فاسو", ["بوركينا", "Burkina Faso", "بوركينافاسو"], "BF", None,
      "ihata runs the name together ('بوركينافاسو')."),
    A("ivory-coast", "country", "Côte d'Ivoire", "ساحل العاج", ["كوت ديفوار", "الكوت ديفوار", "جمهورية الكوت ديفوار", "Côte d'Ivoire"],
      "CI", None, "zapress writes 'الكوت ديفوار'. Without the alias 'أبيدجان' (not used in test48)."),
    A("gabon", "country", "Gabon", "الغابون", ["Gabon"], "GA"),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "Mauritania"], "MR", None,
      "Without the alias نواكشوط: in test48 'نواكشوط' only names a place (elassala)."),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("morocco-interior-ministry", "organization", "Ministry of the Interior (Morocco)", "وزارة الداخلية المغربية",
      ["وزارة الداخلية"], "MA", None, "In test48 the bare 'وزارة الداخلية' occurs only in ihata, for Morocco's ministry."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "السلطات الأمنية الموريتانية", "الأمن الموريتاني"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services."),
    P("laftit", "Abdelouafi Laftit", "عبد الوافي لفتيت", ["لفتيت", "عبد الوافي لفتيت", "Laftit"], "MA",
      "Morocco's minister of the interior (since 2017)."),
    P("hassad", "Mohamed Hassad", "محمد حصاد", ["حصاد", "Hassad"], "MA", "Morocco's minister of the interior (2013–2017)."),
    P("bourita", "Nasser Bourita", "ناصر بوريطة", ["بوريطة", "Nasser Bourita"], "MA", "Moroccan minister of foreign affairs (from 2017)."),
    P("mohammed-vi", "Mohammed VI", "محمد السادس", ["Mohammed VI"], "MA", "King of Morocco (since 1999)."),
    P("hassoumi-massaoudou", "Hassoumi Massaoudou", "حاسومي مسعودي", ["حسومي مسعودو", "مسعودي", "Hassoumi Massaoudou", "هاسومي"], "NE",
      "Niger's minister of the interior (2013–2016) and of foreign affairs (2021–2023); elbalad writes 'حسومي مسعودو' and 'هاسومي'."),
    P("ali-bongo", "Ali Bongo Ondimba", "علي بونغو", ["علي بونغو أونديمبا", "بونغو", "Ali Bongo"], "GA", "President of Gabon (2009–2023)."),
    P("ould-mohamed-lemine", "Mohamed Ahmed Ould Mohamed Lemine", "محمد أحمد ولد محمد الأمين", ["ولد احويرثي"], "MR",
      "Mauritania's minister of the interior and decentralisation (2020–); elassala's headline calls him 'ولد احويرثي'."),
    # almaghribtoday (Laftit and the Somali minister at the AIMC session in Algiers)
    P("islow", "Mohamed Abukar Islow", "محمد أبو بكر إسلوا", ["إسلوا", "Mohamed Abukar Islow"], "SO",
      "Somali minister (internal security) as the text names him: Laftit's 'Somali counterpart'."),
    # alousboue (Dakar airport arrest of two Moroccans)
    A("senegal-dakar-airport-police", "agency", "Police of Léopold Sédar Senghor airport (Senegal)", "شرطة مطار ليوبولد سنغور",
      ["شرطة مطار “ليوبولد سنغور”", "شرطة مطار ليوبولد سيدار سنغور"], "SN", None,
      "The airport police (border police post) of Dakar's Léopold Sédar Senghor airport."),
    A("senegal-dic", "agency", "Criminal Investigations Division (Senegal, DIC)", "قسم تحقيق الجرائم",
      ["Division des investigations criminelles", "DIC"], "SN", None,
      "The Senegalese police's Division des investigations criminelles; alousboue says Interpol's offices are in its building."),
    P("serigne-bassirou-gueye", "Serigne Bassirou Guèye", "سيرنيي باسيرو غيبي", ["Serigne Bassirou Guèye"], "SN",
      "Public prosecutor (procureur de la République) in Dakar."),
    # ihata (Hassad and Driss with Burkina Faso's security minister)
    P("driss", "Charki Draiss", "الشرقي الضريس", ["الشرقي اضريس", "الضريس", "اضريس", "Charki Draiss"], "MA",
      "Minister delegate to the Moroccan minister of the interior (2012–2017); former DGSN director."),
    P("compaore", "Simon Compaoré", "سيمون كومباوري", ["كومباوري", "Simon Compaoré"], "BF",
      "Burkina Faso's minister of state, minister of territorial administration, decentralisation and internal security (2016–2018)."),
    A("burkina-security-ministry", "organization", "Ministry of Territorial Administration, Decentralisation and Internal Security (Burkina Faso)",
      "وزارة الإدارة الترابية واللامركزية والأمن الداخلي البوركينابية", [], "BF", None,
      "Named in ihata only in Compaoré's title; recorded for the cooperation 'between the two interior ministries'."),
    # zapress (Mohammed VI and Ouattara preside over the signing of agreements)
    P("ouattara", "Alassane Ouattara", "الحسن درامان وتارا", ["الحسن وتارا", "الحسن واتارا", "وتارا", "Alassane Ouattara"], "CI",
      "President of Côte d'Ivoire (since 2010)."),
    P("moulay-rachid", "Prince Moulay Rachid", "مولاي رشيد", ["الأمير مولاي رشيد", "Moulay Rachid"], "MA", "Brother of King Mohammed VI."),
    # elassala (Mauritania's interior minister and the Moroccan ambassador)
    P("chabbar", "Hamid Chabar", "حميد شبار", ["شبار", "Hamid Chabar"], "MA", "Ambassador of Morocco to Mauritania."),
    P("abderrahmane-ould-hacen", "Abderrahmane Ould El Hacen", "عبد الرحمن ولد الحسن", [], "MR",
      "Secretary general of Mauritania's ministry of the interior and decentralisation."),
    # almaghribia (Driss in Libreville)
    P("ndong", "Jean-François Ndongou", "جان فرانسوا ندونغو", ["ندونغو", "Jean-François Ndongou"], "GA",
      "Gabon's minister of the interior, public security, immigration and decentralisation."),
    # almassae (the three Moroccans arrested in Dakar)
    P("si-mohamed", "Si Mohamed", "سي محمد", [], "MA", "One of three Moroccans arrested at Dakar airport, wanted by Morocco on terrorism charges."),
    P("mohamed-brigh-nadane", "Mohamed Brigh Nadane", "محمد بريقف نادان", ["محمد بريغ ندان"], "MA",
      "One of three Moroccans arrested at Dakar airport, wanted by Morocco on terrorism charges."),
    P("moulay-abdelghani-nadane", "Moulay Abdelghani Nadane", "مولاي عبد الغني نادان", ["مولاي عبد الهادي ندان"], "MA",
      "One of three Moroccans arrested at Dakar airport, wanted by Morocco on terrorism charges."),
    P("assane-dioma-ndiaye", "Assane Dioma Ndiaye", "أسان ديوما ندياي", ["ندياي", "Assane Dioma Ndiaye"], "SN",
      "Lawyer of the three Moroccans; president of Senegal's national human-rights organisation (ONDH)."),
    # expresstv (Mali's police chief and Hammouchi at Interpol's 93rd General Assembly)
    A("mali-national-police", "agency", "National Police (Mali)", "الشرطة الوطنية المالية", ["الشرطة الوطنية في مالي", "Police nationale du Mali"],
      "ML", None, None),
    P("kone", "Youssouf Koné", "يوسف كوني", ["كوني", "Youssouf Koné"], "ML", "Director general of Mali's National Police (since February 2025)."),
    # atlanticmedia (a Mauritanian security delegation goes to Morocco for Ould Haidalla)
    P("ould-haidalla", "Sidi Mohamed Ould Haidalla", "سيدي محمد ولد هيدالة", ["ولد هيدالة", "سيد محمد ولد هيدالة"], "MR",
      "Son of the former Mauritanian president; imprisoned in Morocco for drug trafficking (arrested in Agadir in 2007)."),
    P("haidalla", "Mohamed Khouna Ould Haidalla", "محمد خونا ولد هيدالة", [], "MR", "Former president of Mauritania (1980–1984)."),
]
