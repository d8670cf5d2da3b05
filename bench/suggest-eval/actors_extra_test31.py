# Actors and aliases added to /work/main/graph/actors.json for the test31 corpus (held out).
# test31's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No ministry gets the bare "وزارة الداخلية": in test31 it names the UAE's (adpolice, sharjah24), Iraq's (anbaanews),
# Qatar's (shorouknews) and Bahrain's (alwasatnews) ministries. No agency gets the bare "إدارة مكافحة المخدرات" (Jordan's
# department in nayrouz; the DEA's "إدارة مكافحة المخدرات الأمريكية" in adpolice) or "الإدارة العامة لمكافحة المخدرات".
# The UAE's Saeed Al Suwaidi (adpolice) and Qatar's Abdullah Al Suwaidi (shorouknews) share the family name, so neither
# gets the bare "السويدي".
from actors_extra import P, A

ALIASES = {
    # adpolice: "إدارة مكافحة المخدرات الأمريكية" (the mention leaves the adjective out).
    "dea": ["إدارة مكافحة المخدرات الأمريكية"],
    # anbaanews, shorouknews: "منظمة الإنتربول".
    "interpol": ["منظمة الإنتربول"],
    # alwasatnews: the office's usual Arabic name.
    "unodc": ["مكتب الأمم المتحدة المعني بالمخدرات والجريمة"],
    # mapmedias: "مصالح المراقبة الترابية".
    "dgst": ["مصالح المراقبة الترابية", "المراقبة الترابية"],
}

ACTORS = [
    # ksaplayers (Bahrain–UAE cybercrime memorandum at the 38th GCC interior ministers' meeting)
    A("bahrain", "country", "Bahrain", "البحرين", ["مملكة البحرين", "Bahrain"], "BH"),
    P("rashid-bin-abdullah", "Rashid bin Abdullah Al Khalifa", "راشد بن عبدالله آل خليفة", ["راشد بن عبد الله آل خليفة"], "BH",
      "Minister of the Interior of Bahrain (general)."),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "UAE"], "AE"),
    P("saif-bin-zayed", "Saif bin Zayed Al Nahyan", "سيف بن زايد آل نهيان", ["سيف بن زايد"], "AE",
      "Deputy prime minister and minister of the interior of the UAE."),
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية",
      ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    # adpolice (UAE federal anti-narcotics courses with the DEA)
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("uae-federal-anti-narcotics", "agency", "General Department of Federal Anti-Narcotics (UAE Ministry of Interior)",
      "الإدارة العامة لمكافحة المخدرات الاتحادية", ["مكافحة المخدرات الاتحادية"], "AE", "uae-interior-ministry"),
    P("suwaidi", "Saeed Abdullah Tuwair Al Suwaidi", "سعيد عبدالله توير السويدي", ["سعيد عبدالله السويدي"], "AE",
      "Director General of Federal Anti-Narcotics, UAE Ministry of Interior (colonel). Re-declared without the bare "
      "'السويدي' (see the header)."),
    A("sharjah-police", "agency", "Sharjah Police", "القيادة العامة لشرطة الشارقة", ["شرطة الشارقة", "Sharjah Police"], "AE"),
    A("uae-federal-police-school", "agency", "Federal Police School (UAE)", "مدرسة الشرطة الاتحادية", [], "AE",
      "uae-interior-ministry", "Police training school of the UAE Ministry of Interior."),
    # anbaanews (Iraq: 81 international arrest warrants for drug traffickers, with Interpol)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias وزارة الداخلية (see the header)."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ",
      "Iraqi interior minister."),
    A("iraq-gdna", "agency", "General Directorate of Narcotics and Psychotropic Substances Affairs (Iraq)",
      "المديرية العامة لشؤون المخدرات والمؤثرات العقلية",
      ["المديرية العامة لشؤون المخدرات والموثرات العقلية", "المديرية العامة لشؤون المخدرات",
       "مديرية شؤون المخدرات والمؤثرات العقلية", "مديرية مكافحة المخدرات والمؤثرات",
       "المديرية العامة لمكافحة المخدرات والمؤثرات العقلية"], "IQ", "iraq-interior-ministry",
      "Directorate of the Iraqi interior ministry (anbaanews writes 'لمكافحة' for 'لشؤون')."),
    # alriyadh (Greek police seize hashish at Piraeus in cooperation with Saudi Arabia and the US)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    A("greece", "country", "Greece", "اليونان", ["Greece"], "GR"),
    A("greek-police", "agency", "Hellenic Police", "الشرطة اليونانية", ["Hellenic Police"], "GR"),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("intl-drug-control-committee", "organization", "International drug-control committee (as Al Riyadh names it)",
      "اللجنة الدولية لمكافحة المخدرات", [], None, None,
      "Named so by Al Riyadh; probably the UN Commission on Narcotic Drugs or the INCB. Not otherwise identified."),
    # shorouknews (Interpol's MENA working group on cybercrime meets in Doha)
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية", [], "QA"),
    A("interpol-general-secretariat", "organization", "Interpol General Secretariat (Lyon)", "الأمانة العامة للإنتربول",
      ["الأمانة العامة لـ (الإنتربول)", "الأمانة العامة للمنظمة العالمية للشرطة",
       "الأمانة العامة للمنظمة الدولية للشرطة الجنائية"], None, "interpol"),
    A("interpol-cybercrime-directorate", "organization", "Interpol Cybercrime Directorate", "إدارة الجريمة السيبرانية",
      ["Interpol Cybercrime Directorate"], None, "interpol-general-secretariat",
      "A directorate of Interpol's General Secretariat (an organisation, as Interpol's MENA sub-directorate in test7)."),
    A("interpol-mena-cybercrime-wg", "organization", "Interpol MENA Working Group on Cybercrime for Heads of Units",
      "فريق عمل منطقة الشرق الأوسط وشمال إفريقيا حول الجريمة السيبرانية",
      ["فريق عمل الشرق الأوسط وشمال أفريقيا للجريمة السيبرانية"], None, "interpol",
      "Regional working group of heads of cybercrime units convened by Interpol."),
    A("interpol-mena-cybercrime-office", "organization", "Interpol regional cybercrime office (MENA)",
      "مكتب الإنتربول الإقليمي للجريمة السيبرانية", [], None, "interpol"),
    P("abdullah-al-suwaidi", "Abdullah bin Mohammed Al Suwaidi", "عبدالله بن محمد السويدي", [], "QA",
      "Major general; assistant undersecretary of Qatar's Ministry of Interior for technical and specialised affairs."),
    # mapmedias (Marrakech arrest of a French national under an Interpol red notice; DGSN with DGST) — shipped actors only.
    # alwasatnews (Bahrain's interior undersecretary and the UNODC office for the GCC)
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية",
      ["الداخلية البحرينية"], "BH"),
    A("bahrain-cid", "agency", "General Directorate of Criminal Investigation and Forensic Science (Bahrain)",
      "الإدارة العامة للمباحث والأدلة الجنائية", ["المباحث والأدلة الجنائية"], "BH", "bahrain-interior-ministry"),
    P("absi", "Khalid Salem Al-Absi", "خالد سالم العبسي", ["العبسي"], "BH",
      "Major general; undersecretary of Bahrain's Ministry of Interior."),
    A("unodc-gcc-office", "organization", "UNODC office for the GCC countries",
      "مكتب الأمم المتحدة المعني بالمخدرات والجريمة بدول مجلس التعاون الخليجي",
      ["مكتب الأمم المتحدة المعني بالمخدرات والجريمة لدول مجلس التعاون الخليجي"], None, "unodc"),
    P("hatem-fouad-ali", "Hatem Fouad Ali", "حاتم فؤاد علي", [], None,
      "Judge; head of the UNODC office for the GCC countries (2015)."),
    # alsharqpaper (Iraq's interior minister receives the AIMC secretary-general)
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان"], "SA",
      "Secretary-General of the Arab Interior Ministers' Council."),
    # nayrouz (Jordan's Anti-Narcotics Department receives an Australian embassy delegation)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "جهاز الأمن العام", "PSD"], "JO", None),
    A("jordan-anti-narcotics", "agency", "Anti-Narcotics Department (Jordan)", "إدارة مكافحة المخدرات الأردنية",
      ["إدارة مكافحة المخدرات في الأردن", "Anti-Narcotics Department"], "JO", "jordan-psd",
      "The PSD's anti-narcotics department."),
    P("qudah", "Hassan Al-Qudah", "حسان القضاة", ["القضاة"], "JO",
      "Colonel; director of Jordan's Anti-Narcotics Department."),
    A("australia", "country", "Australia", "أستراليا", ["استراليا", "Australia"], "AU"),
    A("australia-embassy-amman", "organization", "Embassy of Australia in Amman", "السفارة الأسترالية", [], "AU", None,
      "The text says only 'the Australian embassy'; it is the one in Jordan."),
    # sharjah24 (the International Security Alliance's cybercrime workshop)
    A("international-security-alliance", "organization", "International Security Alliance", "التحالف الأمني الدولي",
      ["International Security Alliance", "ISA"], None, None,
      "Founded by the UAE and France; its secretariat is at the UAE Ministry of Interior."),
    A("uae-interior-intl-affairs", "organization", "Office of International Affairs (UAE Ministry of Interior)",
      "مكتب الشؤون الدولية", [], "AE", "uae-interior-ministry"),
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    A("slovakia", "country", "Slovakia", "سلوفاكيا", ["Slovakia"], "SK"),
    A("singapore", "country", "Singapore", "سنغافورة", ["Singapore"], "SG"),
]
