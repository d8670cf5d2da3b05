# Actors and aliases added to /work/main/graph/actors.json for the test40 corpus (held out).
# test40's lexicon is graph/actors.json plus these only; actors that other sets' actors_extra_*.py already define are
# re-declared here with the same id, kind, names and parent.
# No actor gets the bare "الجمارك": in test40 it names Morocco's customs administration (kifache) and, as
# "الجمارك الأمريكية", US Customs and Border Protection (tiqatv).
from actors_extra import P, A

ALIASES = {
    # kech24, telexpresse (via Maghress): run together after الولايات / المتحدة.
    "usa": ["الولاياتالمتحدةالأمريكية", "الولاياتالمتحدة"],
    # hespress: the full name of the department; "الخارجية" alone after it.
    "us-state-department": ["وزارة الخارجية الأمريكية", "وزارة الخارجية الأميركية"],
    # almaghribtoday, telexpresse: the embassy with its city.
    "us-embassy-rabat": ["السفارة الأميركية", "السفارة الأمريكية بالرباط", "السفارة الأميركية بالرباط"],
    # marocmtm: "وليام بورنز".
    "burns": ["وليام بورنز", "بورنز"],
    # marocmtm: "مديرة أجهزة المخابرات الأمريكية" (ODNI).
    "odni": ["أجهزة المخابرات الأمريكية"],
    # telexpresse: "إدارة مكافحة المخدرات (DEA)".
    "dea": ["إدارة مكافحة المخدرات"],
    # hespress: "الشرطة الدولية" (Interpol).
    "interpol": ["الشرطة الدولية"],
    # barlamane: "تنظيم الدولة الإسلامية (داعش)".
    "isis": ["تنظيم الدولة الإسلامية"],
}

ACTORS = [
    # re-declared (same id, kind, names, parent as in the other sets)
    P("laftit", "Abdelouafi Laftit", "عبد الوافي لفتيت", ["لفتيت", "عبد الوافي لفتيت", "Laftit"], "MA",
      "Morocco's minister of the interior (since 2017)."),
    P("hassad", "Mohamed Hassad", "محمد حصاد", ["حصاد", "Hassad"], "MA",
      "Morocco's minister of the interior (2013–2017)."),
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    P("mohammed-vi", "Mohammed VI", "محمد السادس", ["Mohammed VI"], "MA", "King of Morocco (since 1999)."),
    P("hamad-bin-isa", "Hamad bin Isa Al Khalifa", "حمد بن عيسى آل خليفة", ["حمد بن عيسى الخليفة", "Hamad bin Isa"], "BH",
      "King of Bahrain."),
    A("morocco-interior-ministry", "organization", "Ministry of the Interior (Morocco)", "وزارة الداخلية المغربية",
      ["الداخلية المغربية"], "MA", None,
      "hespress: 'تنسيق الداخلية المغربية' (the ministry's short name)."),
    A("royal-armed-forces", "agency", "Royal Armed Forces (Morocco)", "القوات المسلحة الملكية",
      ["الجيش المغربي", "FAR"], "MA"),
    A("royal-gendarmerie", "agency", "Royal Moroccan Gendarmerie", "الدرك الملكي",
      ["قوات الدرك الملكي", "الدرك الملكي المغربي", "Gendarmerie Royale"], "MA", None,
      "Morocco's military police force (rural areas, borders, coasts)."),
    A("royal-police-institute", "agency", "Royal Police Institute (Kenitra)", "المعهد الملكي للشرطة",
      ["المعهد الملكي للشرطة القضائية", "معهد الشرطة"], "MA", "dgsn", "The DGSN's training institute in Kenitra."),
    A("us-inl", "organization", "Bureau of International Narcotics and Law Enforcement Affairs (US State Department, INL)",
      "المكتب الدولي لمكافحة المخدرات وإنفاذ القانون",
      ["المكتب الدولي لمكافحة المخدرات", "INL", "مكتب وزارة الخارجية للمخدرات وإنفاذ القانون الدولي"], "US", "us-state-department"),
    A("us-justice-department", "organization", "US Department of Justice", "وزارة العدل الأمريكية",
      ["وزارة العدل الأميركية", "Department of Justice", "DOJ"], "US"),

    # marocmtm (Hammouchi receives the CIA director William Burns)
    P("talwar", "Puneet Talwar", "بونيت تالوار", ["بونيت تاوار", "تالوار", "تاوار", "Puneet Talwar"], "US",
      "US ambassador to Morocco (2022–2025)."),

    # kech24 (Laftit receives a delegation of US state attorneys general)
    P("reyes", "Sean Reyes", "شين رييس", ["رييس", "Sean Reyes"], "US", "Attorney General of Utah (2013–2025)."),
    P("wasden", "Lawrence Wasden", "لاورونس واسدن", ["واسدن", "لورانس واسدن", "Lawrence Wasden"], "US",
      "Attorney General of Idaho (2003–2023)."),

    # almaghribtoday (FAR inspector general receives the AFRICOM commander)
    A("us-africom", "agency", "United States Africa Command (AFRICOM)", "القيادة الأمريكية لأفريقيا",
      ["أفريكوم", "الأفريكوم", "AFRICOM", "قيادة الولاياتالمتحدة في إفريقيا", "القيادة الأمريكية لإفريقيا",
       "القيادة العسكرية الأمريكية في إفريقيا"], "US", None, "The US unified combatant command for Africa."),
    P("townsend", "Stephen Townsend", "ستيفن تاونسند", ["تاونسند", "Stephen Townsend"], "US",
      "US Army general, commander of AFRICOM (2019–2022)."),
    A("far-general-command", "agency", "General Command (General Staff) of the Royal Armed Forces", "القيادة العامة للقوات المسلحة الملكية",
      ["General Staff of the FAR"], "MA", "royal-armed-forces"),

    # hespress (the US State Department's terrorism report on Morocco)
    A("un-security-council", "organization", "UN Security Council", "مجلس الأمن الدولي",
      ["مجلس الأمن التابع للأمم المتحدة", "UN Security Council", "UNSC"], None, "un"),

    # barlamane (the FBI praises Moroccan help in the 'Suleiman al-Amriki' case)
    P("justin-white", "Justin White ('Suleiman al-Amriki')", "جاستن وايت", ["سليمان الأمريكي", "وايت", "Justin White"], "US",
      "US citizen arrested at Raleigh-Durham airport while trying to fly to Morocco to join ISIS (other reports "
      "of the case give his name); barlamane names him only by his nickname."),

    # telexpresse (US donation to the DGSN; chargé d'affaires David Greene)
    P("greene", "David Greene", "ديفيد جرين", ["جرين", "غرين", "David Greene"], "US",
      "Chargé d'affaires a.i. of the US embassy in Rabat (2021)."),
    A("dgsn-public-security", "agency", "Directorate of Public Security (DGSN)", "مديرية الأمن العمومي",
      ["الأمن العمومي"], "MA", "dgsn"),

    # magharib (Morocco's interior minister Cherkaoui in Kuwait)
    P("cherkaoui", "Taieb Cherkaoui", "الطيب الشرقاوي", ["الشرقاوي", "Taieb Cherkaoui"], "MA",
      "Morocco's minister of the interior (2010–2012)."),
    P("sabah-al-ahmad", "Sabah Al-Ahmad Al-Jaber Al-Sabah", "صباح الأحمد الجابر الصباح", ["صباح الأحمد"], "KW",
      "Emir of Kuwait (2006–2020)."),
    P("nawaf-al-ahmad", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "نواف الأحمد الجابر الصباح", ["نواف الأحمد الصباح", "نواف الأحمد"], "KW",
      "Crown prince of Kuwait (2006–2020), later emir."),
    P("nasser-al-mohammad", "Nasser Al-Mohammad Al-Ahmad Al-Sabah", "ناصر المحمد الأحمد الصباح", ["ناصر المحمد الصباح", "ناصر المحمد"], "KW",
      "Prime minister of Kuwait (2006–2011)."),
    A("morocco-embassy-kuwait", "organization", "Embassy of Morocco in Kuwait", "سفارة المغرب بالكويت",
      ["السفارة المغربية في الكويت"], "MA", None),

    # tiqatv (CBP and Moroccan customs sign a Container Security Initiative agreement)
    A("cbp", "agency", "US Customs and Border Protection (CBP)", "مكتب الجمارك وحماية الحدود",
      ["الجمارك وحماية الحدود", "الجمارك الأمريكية", "CBP"], "US", None,
      "Part of the Department of Homeland Security (not an actor in test40)."),
    A("cbp-ofo-international", "agency", "CBP Office of Field Operations, International Operations",
      "مكتب العمليات الميدانية للعمليات الدولية", ["مكتب العمليات الميدانية"], "US", "cbp"),
    P("conroy", "Donald Conroy", "دونالد كونروي", ["كونروي", "Donald Conroy"], "US",
      "Executive director at CBP's Office of Field Operations (international operations), as tiqatv gives his title."),
    A("moroccan-customs", "agency", "Customs and Indirect Taxes Administration (Morocco, ADII)", "إدارة الجمارك والضرائب غير المباشرة",
      ["الجمارك المغربية", "ADII"], "MA", None,
      "Re kifache's bare 'الجمارك' (customs officers in Tangier): not an alias, see the header."),
    P("omrani", "Abdellatif Amrani", "عبد اللطيف عمراني", ["عمراني", "العمراني"], "MA",
      "Director general of Morocco's customs administration (ADII)."),
]
