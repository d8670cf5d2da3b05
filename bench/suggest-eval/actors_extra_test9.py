# Actors and aliases added to /work/main/graph/actors.json for the test9 corpus (held out).
# test9's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py, actors_extra_dev4.py–actors_extra_dev14.py or actors_extra_test2.py–actors_extra_test7.py already
# define are re-declared here with the same id, kind, names and parent.
# No ministry gets the bare "وزارة الداخلية": in test9 it names the UAE's ministry (arnnewscentre) and Kuwait's
# (mandabpress, alanba). kuwait-interior-ministry is therefore re-declared as in dev9, without test5's bare alias.
from actors_extra import P, A

ALIASES = {
    # almowaten: "المملكة المتحدة".
    "uk": ["المملكة المتحدة"],
}

ACTORS = [
    # almowaten (the Saudi interior minister receives the UK foreign secretary)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود"], "SA",
      "Saudi minister of the interior (since 2017)."),
    P("yvette-cooper", "Yvette Cooper", "إيفيت كوبر", ["كوبر", "Yvette Cooper"], "GB",
      "British Foreign Secretary (from September 2025; Home Secretary 2024–2025)."),
    # arnnewscentre (the UAE interior ministry and the IACP sign an MoU on a regional office)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    P("saif-bin-zayed", "Saif bin Zayed Al Nahyan", "سيف بن زايد آل نهيان", ["سيف بن زايد"], "AE",
      "Deputy prime minister and minister of the interior of the UAE."),
    P("shaafar", "Saif Abdullah Al-Shaafar", "سيف عبدالله الشعفار", ["الشعفار", "سيف الشعفار"], "AE",
      "Undersecretary of the UAE Ministry of Interior (lieutenant general)."),
    A("iacp", "organization", "International Association of Chiefs of Police", "الجمعية الدولية لقادة الشرطة",
      ["IACP"], None, None, "A professional association of police leaders, headquartered in the US."),
    P("paul-cell", "Paul Cell", "بول سيل", ["Paul Cell"], "US", "President of the IACP (2018–2019)."),
    # mandabpress (Saudi security authorities hand a Yemeni fugitive to Kuwait's interior ministry through Interpol)
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["نظيراتها في المملكة", "السلطات الأمنية السعودية", "الأجهزة السعودية", "القوات السعودية"], "SA", None,
      "Collective actor for unspecified Saudi security or police services, like moroccan-security-services."),
    A("saudi-border-guard", "agency", "General Directorate of Border Guard (Saudi Arabia)", "المديرية العامة لحرس الحدود",
      ["حرس الحدود السعودي", "حرس الحدود", "أمن الحدود السعودية"], "SA", "saudi-interior-ministry"),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("kuwait-interior-ministry", "organization", "Ministry of Interior (Kuwait)", "وزارة الداخلية الكويتية",
      ["وزارة الداخلية الكوتية"], "KW", None, "Mandab Press misspells it 'الكوتية'."),
    A("interpol-kuwait", "agency", "Interpol National Central Bureau Kuwait", "الإنتربول الكويتي",
      ["الإنتربول الكويتى", "Interpol Kuwait", "ادارة «الانتربول»"], "KW", None,
      "Kuwait's Interpol NCB (Kuwaiti interior ministry); its parent is not in the corpus. Mandab Press calls it "
      "'ادارة «الانتربول»' (the Interpol department)."),
    A("kuwait-border-security", "agency", "Border Security (Kuwait)", "أمن الحدود الكويتية", [], "KW",
      "kuwait-interior-ministry", "Kuwait's land-border security department of the interior ministry, as Mandab Press names it."),
    P("sulaiman-al-fahad", "Sulaiman Al-Fahad", "سليمان الفهد", ["الفهد"], "KW",
      "Undersecretary of Kuwait's interior ministry (lieutenant general)."),
    # adengad (Qatar's minister of state for interior affairs receives Yemen's interior minister)
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "الدوحة", "Qatar"], "QA"),
    P("abdulaziz-bin-faisal", "Abdulaziz bin Faisal Al Thani", "عبد العزيز بن فيصل آل ثاني",
      ["عبد العزيز بن فيصل بن محمد آل ثاني"], "QA",
      "Undersecretary of Qatar's interior ministry; later minister of state for interior affairs."),
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    P("ibrahim-haydan", "Ibrahim Haydan", "إبراهيم حيدان", ["حيدان", "إبراهيم علي حيدان"], "YE",
      "Yemeni minister of the interior (from 2020), major general."),
    # ajel (Dubai Police arrest the French drug baron Moufid Bouchibi)
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    P("moufid-bouchibi", "Moufid Bouchibi", "مفيد بوشيبي", ["بوشيبي", "موف", "Mouf"], "FR",
      "French drug trafficker wanted on an Interpol red notice, arrested in Dubai."),
    # alanba (Kuwait's interior minister Khalid Al-Jarrah goes to Oman for the GCC interior ministers' meeting)
    P("khalid-al-jarrah", "Khalid Al-Jarrah Al-Sabah", "خالد الجراح", ["الجراح", "خالد الجراح الصباح"], "KW",
      "Kuwaiti deputy prime minister and minister of the interior (2013–2019)."),
    A("oman", "country", "Oman", "سلطنة عمان", ["سلطنة عُمان", "Oman"], "OM"),
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية",
      ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    # aljazeera (Bahrain arrests a cell including a Saraya al-Ashtar leader)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية",
      ["الداخلية البحرينية"], "BH"),
    A("bahraini-security-services", "agency", "Bahraini security services (collective)", "الأجهزة الأمنية البحرينية",
      ["أجهزة الأمن البحرينية"], "BH", None,
      "Collective actor for unspecified Bahraini security services, like moroccan-security-services."),
    A("bahrain-cid", "agency", "General Directorate of Criminal Investigation and Forensic Science (Bahrain)",
      "الإدارة العامة للمباحث والأدلة الجنائية", ["المباحث والأدلة الجنائية"], "BH", "bahrain-interior-ministry"),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran", "طهران"], "IR"),
    A("irgc", "agency", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري الإيراني",
      ["الحرس الثوري", "IRGC"], "IR"),
    A("saraya-al-ashtar", "group", "Saraya al-Ashtar", "سرايا الأشتر", ["تنظيم سرايا الأشتر", "Saraya al-Ashtar"], "BH",
      None, "Bahraini militant group; Al Jazeera, citing Bahrain, calls it the 'terrorist arm' of the Al-Wafa Islamic Movement."),
    A("wafa-islamic-movement", "group", "Al-Wafa Islamic Movement", "تيار الوفاء الإسلامي", ["Al-Wafa"], "BH", None,
      "Bahraini Shia opposition movement; Bahrain calls Saraya al-Ashtar its 'terrorist arm'."),
    # x2z2 (Mohammed bin Nayef in Washington: Brennan, Al-Jubeir, Warrick, Alexander, Lew)
    P("mohammed-bin-nayef", "Mohammed bin Nayef bin Abdulaziz", "محمد بن نايف بن عبد العزيز",
      ["محمد بن نايف بن عبدالعزيز", "محمد بن نايف"], "SA",
      "Saudi crown prince (2015–2017) and minister of the interior (2012–2017); chairman of NAUSS's supreme council."),
    P("brennan", "John Brennan", "جون برينان", ["برينان", "Brennan"], "US", "CIA director 2013–2017."),
    P("adel-al-jubeir", "Adel Al-Jubeir", "عادل الجبير", ["الجبير", "Adel al-Jubeir"], "SA",
      "Saudi ambassador to the US (2007–2015), later foreign minister."),
    P("tom-warrick", "Tom Warrick", "توم ويرك", ["ويرك", "Tom Warrick"], "US",
      "US Department of Homeland Security official (deputy assistant secretary for counter-terrorism policy)."),
    A("nsa", "agency", "National Security Agency (US)", "وكالة الأمن القومي", ["وكالة الأمن القومي الأميركي", "NSA"], "US"),
    P("keith-alexander", "Keith Alexander", "كيث الكساندر", ["الكساندر", "كيث ألكسندر", "Keith Alexander"], "US",
      "General, director of the NSA (2005–2014)."),
    P("jack-lew", "Jack Lew", "جاك ليوي", ["جاك لو", "Jack Lew"], "US", "US Secretary of the Treasury (2013–2017)."),
    # ksaplayers (Japan's foreign-ministry spokesman on cooperation with the UAE)
    A("japan", "country", "Japan", "اليابان", ["Japan"], "JP"),
    A("japan-foreign-ministry", "organization", "Ministry of Foreign Affairs (Japan)", "وزارة الخارجية اليابانية",
      ["Japanese Ministry of Foreign Affairs"], "JP"),
    P("norio-maruyama", "Norio Maruyama", "نوريو ماروياما", ["ماروياما", "Norio Maruyama"], "JP",
      "Press secretary (spokesman) of Japan's Ministry of Foreign Affairs."),
    # ngmisr (Saudi information lets the UAE police seize a million Captagon pills)
    A("uae-security-services", "agency", "UAE security and police services (collective)", "الأجهزة الأمنية الإماراتية",
      ["أجهزة الأمن الإماراتية", "الشرطة الإماراتية", "الشرطة الإماراتيه", "القوات الإماراتية"], "AE", None,
      "Collective actor for unspecified Emirati security or police services, like moroccan-security-services."),
    A("abu-dhabi-police", "agency", "Abu Dhabi Police", "القيادة العامة لشرطة أبوظبي",
      ["شرطة أبوظبي", "شرطة أبو ظبي", "شرطة أبو ظبى", "Abu Dhabi Police"], "AE"),
    A("abu-dhabi-police-cid", "agency", "Criminal Investigation Department (Abu Dhabi Police)",
      "إدارة التحريات والمباحث الجنائية", [], "AE", "abu-dhabi-police"),
    P("rashid-burshid", "Rashid Mohammed Burshid", "راشد بورشيد", ["راشد محمد بورشيد", "بورشيد"], "AE",
      "Director of Abu Dhabi Police's criminal investigation department (later director of the Saif bin Zayed Academy)."),
]
