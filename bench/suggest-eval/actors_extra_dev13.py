# Actors and aliases added to /work/main/graph/actors.json for the dev13 corpus.
# dev13's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev12.py already define are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    # goud writes اسبانيا without hamza.
    "spain": ["اسبانيا"],
    "uk": ["المملكة المتحدة"],
    "interpol": ["الأنتربول"],
    # alarabstyle: "المكتب المركزي الوطني بالرباط « مكتب الأنتربول »".
    "interpol-rabat": ["المكتب المركزي الوطني بالرباط", "مكتب الأنتربول"],
}

ACTORS = [
    # maroc28 (the Guardia Civil's Almería command receives two Royal Gendarmerie liaison officers)
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    A("guardia-civil-almeria", "agency", "Guardia Civil Almería Command (Comandancia de Almería)", "قيادة الحرس المدني في ألميرية",
      ["الحرس المدني في ألمرية", "الحرس المدني في ألميرية", "Comandancia de Almería"], "ES", "guardia-civil",
      "The Guardia Civil's provincial command in Almería (maroc28 spells the city both ألمرية and ألميرية)."),
    A("royal-gendarmerie", "agency", "Royal Moroccan Gendarmerie", "الدرك الملكي",
      ["قوات الدرك الملكي", "الدرك الملكي المغربي", "Gendarmerie Royale"], "MA", None,
      "Morocco's military police force (rural areas, borders, coasts)."),
    P("montero-laiser", "Jorge Montero Laiser", "خورخي مونتيرو لايسر", ["مونتيرو"], "ES",
      "Colonel, head of the Guardia Civil's Almería command (as maroc28 spells his name)."),
    # alborsaanews (Tunisia's interior minister Fekih receives the new Italian ambassador)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية",
      ["وزارة الداخلية", "الداخلية التونسية"], "TN", None,
      "Keeps the bare alias وزارة الداخلية: in dev13 it stands alone only in alborsaanews, for Tunisia's ministry."),
    P("fekih", "Kamel Fekih", "كمال الفقي", ["الفقي", "Fekih"], "TN", "Minister of the Interior of Tunisia (2023–2025)."),
    P("prunas", "Alessandro Prunas", "إليساندرو بروناس", ["بروناس", "أليسندرو بروناس", "Alessandro Prunas"], "IT",
      "Italian ambassador to Tunisia (from 2024)."),
    # almenassa (Libya's interior minister Trabelsi meets the British ambassador Longden)
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya, GNU)", "وزارة الداخلية الليبية", [], "LY"),
    A("libya-cid", "agency", "Criminal Investigation Department (Libya)", "جهاز المباحث الجنائية",
      ["المباحث الجنائية", "Criminal Investigation Department"], "LY", "libya-interior-ministry"),
    P("trabelsi", "Emad Trabelsi", "عماد الطرابلسي", ["الطرابلسي", "Emad Trabelsi"], "LY",
      "Minister of the Interior (in charge) of Libya's Government of National Unity (from 2023)."),
    P("longden", "Martin Longden", "مارتن لونغدن", ["لونغدن", "Martin Longden"], "GB", "British ambassador to Libya (from 2023)."),
    # taqadomy (Spain's interior ministry gives equipment to Mauritania's DGSN)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["الإدارة العامة للأمن الوطني", "DGSN Mauritanie"], "MR", None,
      "Mauritania's national police. Its Arabic names are those of Morocco's DGSN (dgsn); taqadomy writes الإدارة العامة للأمن الوطني "
      "and, in its director's title, المدير العام للأمن."),
    P("msgharou", "Mesgharou Ould Sidi", "مسقارو ولد سيدي", ["مسغارو ولد سيدي"], "MR",
      "Director General of National Security of Mauritania (general)."),
    A("spain-interior-ministry", "organization", "Ministry of the Interior (Spain)", "وزارة الداخلية الإسبانية",
      ["الداخلية الاسبانية", "الداخلية الإسبانية"], "ES"),
    P("santos-aguado", "Jesús Santos Aguado", "خيسوس سانتوس آغوادو", ["سانتوس آغوادو"], "ES", "Spanish ambassador to Mauritania."),
    # goud (Moroccan security in Interpol's operation Turquesa)
    A("portugal", "country", "Portugal", "البرتغال", ["الجمهورية البرتغالية", "Portugal"], "PT"),
    A("caricom-impacs", "organization", "CARICOM Implementation Agency for Crime and Security (IMPACS)",
      "الوكالة الكاريبية التنفيذية للجريمة والأمن", ["IMPACS", "CARICOM IMPACS"], None, None,
      "A regional agency of the Caribbean Community."),
    # agadirtv (Hammouchi's working visit to Belgium)
    A("belgian-federal-police", "agency", "Belgian Federal Police", "الشرطة الفيدرالية البلجيكية",
      ["الشرطة الفيدرالية", "جهاز الشرطة الفيدرالية", "جهاز الشرطة الفيدرالية البلجيكية", "Police fédérale", "Federale Politie"], "BE"),
    A("belgian-state-security", "agency", "State Security Service (Belgium, VSSE)", "أمن الدولة البلجيكي",
      ["أمن الدولة", "جهاز المخابرات البلجيكي", "الأمن البلجيكي", "VSSE", "Sûreté de l'État"], "BE", None,
      "Belgium's civilian intelligence service. In agadirtv also 'الأمن الداخلي ببلجيكا' (internal security), which is not given as an alias."),
    P("snoeck", "Eric Snoeck", "ايريك سنوك", ["سنوك", "إيريك سنوك", "Eric Snoeck"], "BE",
      "Commissioner General of the Belgian Federal Police."),
    P("bostyn", "Francisca Bostyn", "فرانسيسكا بوستين", ["بوستين", "Francisca Bostyn"], "BE",
      "Administrator General of Belgium's State Security (VSSE); agadirtv calls her its 'general coordinator'."),
    # kechpresse (Hammouchi's working visit to Portugal)
    A("portugal-sirp", "agency", "Intelligence System of the Portuguese Republic (SIRP)", "نظام المعلومات بالجمهورية البرتغالية",
      ["نظام المعلومات للجمهورية البرتغالية", "SIRP"], "PT", None,
      "The umbrella of Portugal's two intelligence services (SIS and SIED), headed by a secretary-general."),
    A("portugal-sis", "agency", "Security Intelligence Service (Portugal, SIS)", "جهاز المخابرات الوطنية",
      ["SIS", "Serviço de Informações de Segurança"], "PT", "portugal-sirp",
      "Portugal's domestic intelligence service; kechpresse calls it 'the national intelligence service'."),
    A("portugal-sied", "agency", "Strategic Defence Intelligence Service (Portugal, SIED)", "جهاز الاستخبارات الاستراتيجية للدفاع",
      ["جهاز الاستخبارات الاستراتجية للدفاع", "SIED"], "PT", "portugal-sirp"),
    P("mira-gomes", "Graça Mira Gomes", "ميرا كراصا كوميز", ["ميرا ݣراصا ݣوميز", "Graça Mira Gomes"], "PT",
      "Ambassador, Secretary-General of the SIRP."),
    P("neiva-da-cruz", "Adélio Neiva da Cruz", "أديليو نييڤا دا كروز", ["نييڤا دا كروز", "Neiva da Cruz"], "PT",
      "Director General of the SIS."),
    P("lopes-pires", "Carlos Lopes Pires", "كارلوس لوبيز بيريس", ["لوبيز بيريس", "Lopes Pires"], "PT",
      "Director General of the SIED."),
    # teznet (a French delegation visits the Algerian Gendarmerie's forensics institute)
    A("french-gendarmerie", "agency", "French National Gendarmerie (DGGN)", "المديرية العامة للدرك الوطني",
      ["المديرية العامة للدرك", "الدرك الفرنسي", "DGGN", "Gendarmerie nationale"], "FR", None,
      "Without the bare alias الدرك الوطني, which in dev13 names Algeria's gendarmerie."),
    A("french-national-police", "agency", "French National Police (DGPN)", "الشرطة الوطنية الفرنسية",
      ["المديرية العامة للشرطة الوطنية", "DGPN", "Police nationale"], "FR"),
    A("french-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية", [], "FR"),
    A("chemi", "organization", "Centre for Higher Studies of the Ministry of the Interior (France, CHEMI)",
      "مركز الدراسات العليا لوزارة الداخلية الفرنسية", ["مركز الدراسات العليا", "CHEMI"], "FR", "french-interior-ministry"),
    P("jaspers", "Jean-Martin Jaspers", "جون مارتن جاسبيرس", ["جاسبيرس", "Jean-Martin Jaspers"], "FR", "Director of the CHEMI (2015)."),
    A("algeria-gendarmerie", "agency", "National Gendarmerie (Algeria)", "الدرك الوطني الجزائري",
      ["الدرك الوطني", "قيادة الدرك الوطني", "Gendarmerie nationale algérienne"], "DZ"),
    A("algeria-incc", "agency", "National Institute of Forensic Science and Criminology of the National Gendarmerie (Algeria, INCC-GN)",
      "المعهد الوطني للأدلة الجنائية وعلم الإجرام للدرك الوطني", ["المعهد الوطني للأدلة الجنائية وعلم الإجرام", "INCC-GN"], "DZ",
      "algeria-gendarmerie", "In Bouchaoui (Algiers)."),
    P("boustila", "Ahmed Boustila", "أحمد بوسطيلة", ["بوسطيلة", "Ahmed Boustila"], "DZ",
      "Commander of Algeria's National Gendarmerie (2000s–2015), major general."),
    # driouchcity (Ventimiglia police arrest a Dutch national wanted by Morocco)
    A("ventimiglia-local-police", "agency", "Local Police of Ventimiglia (Polizia Locale)", "الشرطة المحلية بمدينة فينتيميليا",
      ["Polizia Locale di Ventimiglia"], "IT"),
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية",
      ["الشرطة الإيطالية"], "IT", None,
      "Collective actor for unspecified Italian services, like moroccan-security-services."),
    # alarabstyle (Guercif police arrest a Dutch national wanted by Germany)
    A("guercif-police", "agency", "Guercif Police District (DGSN)", "منطقة أمن جرسيف", ["الشرطة بمدينة جرسيف"], "MA", "dgsn"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("interpol-wiesbaden", "agency", "Interpol National Central Bureau Wiesbaden (Germany, BKA)", "المكتب المركزي الوطني بفيسبادن",
      ["المكتب المركزي الوطني بـ « Wiesbaden »", "نظيره بدولة ألمانيا", "Interpol Wiesbaden"], "DE", None,
      "Germany's Interpol NCB, in the Federal Criminal Police Office (BKA); its parent is not in the corpus."),
]
