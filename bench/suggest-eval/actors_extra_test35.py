# Actors and aliases added to /work/main/graph/actors.json for the test35 corpus (held out).
# test35's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that
# actors_extra.py, actors_extra_dev4.py–actors_extra_dev14.py or earlier test sets already define are re-declared here
# with the same id, kind, names and parent.
# No bare "وزارة الداخلية", "الأمن العام", "الأمانة العامة" or "المديرية العامة للأمن الوطني" is given to any actor:
# in test35 they name the Saudi and Egyptian ministries, Saudi Public Security, the AIMC's secretariat (bare form read as
# anaphora) and Algeria's DGSN (Morocco's DGSN in the shipped lexicon).
from actors_extra import P, A

ALIASES = {
    # moheet, chaabpress, aljnoobmedia: "الأممالمتحدة", run together (Masress, Maghress, Yemeress).
    "un": ["الأممالمتحدة"],
    "unodc": ["مكتب الأممالمتحدة المعني بالمخدرات والجريمة", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة"],
    # chaabpress, akhbartime: "الأنتربول"; elmouwatan: "انتربول"; kalimaiq: the name in that word order;
    # akhbartime: the gloss "اتحاد الشرطة الدولية" ("known for short as Interpol").
    "interpol": ["الأنتربول", "انتربول", "منظمة الشرطة الجنائية الدولية", "اتحاد الشرطة الدولية"],
    # kalimaiq: "جمهورية تونس".
    "tunisia": ["جمهورية تونس"],
    # egyptsports.
    "uae": ["دولة الإمارات العربية المتحدة"],
}

ACTORS = [
    # Shared multilateral bodies (moheet, chaabpress, elmouwatan, kalimaiq, webmanagercenter)
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", [], None, "amic", "Based in Tunis."),
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان"], "SA", "Secretary-General of the Arab Interior Ministers' Council."),
    A("naif-university", "organization", "Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
      ["NAUSS", "جامعة نايف للعلوم الأمنية"], None, None, "A university of the Arab League, in Riyadh."),
    A("arab-league", "organization", "League of Arab States", "جامعة الدول العربية", ["الجامعة العربية", "Arab League"], None),
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية", ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    # moheet (the AIMC's 30th session in Riyadh)
    A("arab-maghreb-union", "organization", "Arab Maghreb Union", "اتحاد المغرب العربي", ["AMU", "UMA"], None),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    P("ahmed-al-salem", "Ahmed bin Mohammed Al-Salem", "أحمد بن محمد السالم", ["السالم"], "SA",
      "Undersecretary of the Saudi Ministry of Interior; chaired the preparatory meetings of the AIMC's 30th session."),
    # chaabpress (the 37th conference of Arab police and security chiefs, Tunis)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("arab-police-sports-union", "organization", "Arab Police Sports Union", "الاتحاد الرياضي العربي للشرطة",
      ["Arab Police Sports Federation"], None, "amic", "A specialised body of the Arab Interior Ministers' Council."),
    P("ben-jeddou", "Lotfi Ben Jeddou", "لطفي بن جدو", ["لطفى بن جدو", "بن جدو", "Lotfi Ben Jeddou"], "TN",
      "Tunisia's minister of the interior (2013–2015)."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-public-security", "agency", "Public Security (Saudi Arabia)", "الأمن العام السعودي",
      ["Saudi Public Security"], "SA", "saudi-interior-ministry", "The Saudi interior ministry's police directorate."),
    # aljnoobmedia (Dubai Police's Hemaya centre in Saudi Arabia)
    A("dubai-police", "agency", "Dubai Police", "شرطة دبي", ["الشرطة في دبي", "Dubai Police"], "AE"),
    A("dubai-police-hemaya-centre", "agency", "Hemaya International Centre for Drug Control Training (Dubai Police)",
      "مركز حماية الدولي للتدريب على مكافحة المخدرات", ["مركز حماية الدولي", "Hemaya International Center"], "AE", "dubai-police",
      "Runs Dubai Police's Hemaya international training programme, launched with the UN."),
    A("dubai-police-international-training-dept", "agency", "International Training Service Department (Dubai Police)",
      "إدارة خدمة التدريب الدولي", [], "AE", "dubai-police",
      "Headed by Ibrahim Al-Dabal, coordinator of the Hemaya programme; its exact place in Dubai Police is not stated."),
    P("al-dabal", "Ibrahim Al-Dabal", "إبراهيم الدبل", ["الدبل"], "AE",
      "Dubai Police lieutenant colonel; director of the International Training Service Department and general coordinator of the Hemaya International Programme."),
    A("saudi-customs", "agency", "Saudi Customs (General Customs Authority)", "مصلحة الجمارك العامة", ["مصلحة الجمارك"], "SA", None,
      "Read from context in Aljnoob Media: the partner of a course held in Saudi Arabia for Saudi bodies."),
    A("saudi-health-ministry", "organization", "Ministry of Health (Saudi Arabia)", "وزارة الصحة السعودية", [], "SA"),
    A("saudi-food-authority", "organization", "Saudi food safety authority (as the outlet names it)", "هيئة السلامة والغذاء", [], "SA", None,
      "Aljnoob Media's 'هيئة السلامة والغذاء', probably the Saudi Food and Drug Authority; recorded as written."),
    # elmouwatan (AFRIPOL's second General Assembly in Algiers)
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("afripol", "organization", "AFRIPOL (African Union Mechanism for Police Cooperation)", "المنظمة الإفريقية للتعاون بين الشرطة",
      ["أفريبول", "الأفريبول", "منظمة الشرطة الإفريقية", "AFRIPOL", "الافريبول", "آلية الاتحاد الإفريقي للتعاون في مجال الشرطة"],
      None, "african-union"),
    A("au-commission", "organization", "African Union Commission", "مفوضية الاتحاد الإفريقي",
      ["مفوضية الاتحاد الأفريقي", "AU Commission", "لجنة الاتحاد الإفريقي"], None, "african-union"),
    A("au-peace-security", "organization", "African Union Peace and Security Council", "مجلس السلم والأمن التابع للاتحاد الأفريقي",
      ["لجنة السلام والأمن التابعة للاتحاد الأفريقي", "لجنة السلام والأمن", "AU PSC"], None, "african-union",
      "El Mouwatan calls it 'لجنة السلام والأمن' (the Peace and Security Committee)."),
    A("acsrt", "organization", "African Centre for the Study and Research on Terrorism", "المركز الأفريقي للدراسات والبحوث المتعلقة بالإرهاب",
      ["CAERT", "ACSRT"], None, "african-union", "The AU's counter-terrorism research centre in Algiers."),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني الجزائري",
      ["الأمن الجزائري", "الأمن الوطني الجزائري", "DGSN Algeria"], "DZ", None,
      "Algeria's national police. No bare 'المديرية العامة للأمن الوطني' alias: that is Morocco's DGSN in the shipped lexicon."),
    # akhbartime (the INTERPOL Foundation trains Moroccan officers)
    A("interpol-foundation", "organization", "INTERPOL Foundation for a Safer World", "مؤسسة الأنتربول لعالم آمن",
      ["مؤسسة “الأنتربول لعالم آمن”", "الأنتربول لعالم آمن", "INTERPOL Foundation for a Safer World"], None, None,
      "A Geneva-based foundation that funds Interpol programmes; Akhbar Time calls it 'التابعة' to Interpol. Not an Interpol unit, so no parent."),
    # newstn (Europol and Egypt's interior ministry)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol"], None, "eu"),
    P("de-bolle", "Catherine De Bolle", "كاثرين دي بول", ["دي بول", "Catherine De Bolle"], "BE",
      "Executive Director of Europol (2018–2025)."),
    P("brunner", "Magnus Brunner", "ماغنوس برونر", ["برونر", "Magnus Brunner"], "AT",
      "European Commissioner for Internal Affairs and Migration (from December 2024)."),
    # kalimaiq (Iraq's interior minister and Interpol's president in Tunis)
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري"], "IQ", "Iraqi interior minister."),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية"], "IQ"),
    P("raisi", "Ahmed Naser Al-Raisi", "أحمد ناصر الريسي", ["الريسي"], "AE",
      "Inspector General of the UAE Ministry of Interior; elected Interpol president in November 2021."),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", [], "EG", "Egyptian minister of the interior (since 2018)."),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية",
      ["الداخلية القطرية"], "QA"),
    # egyptsports (the GCC interior ministers' 34th meeting)
    P("zayani", "Abdullatif bin Rashid Al Zayani", "عبداللطيف الزياني", ["عبداللطيف بن راشد الزياني", "الزياني", "Al Zayani"], "BH",
      "Secretary-General of the GCC (2011–2020)."),
    P("abdullah-bin-nasser", "Abdullah bin Nasser bin Khalifa Al Thani", "عبد الله بن ناصر بن خليفة آل ثاني",
      ["عبدالله بن ناصر بن خليفة آل ثاني"], "QA",
      "Qatar's minister of state for interior affairs (2005–2013), later prime minister and minister of the interior."),
    A("gccpol", "organization", "GCCPOL (Gulf Cooperation Council Police)", "جهاز الشرطة الخليجية",
      ["الشرطة الخليجية", "GCCPOL"], None, "gcc",
      "The GCC's police-cooperation body ('the Gulf Interpol'), based in Abu Dhabi."),
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "UAE"], "AE"),
    # libyaalahrar (IOM round table in Niger)
    A("iom", "organization", "International Organization for Migration", "المنظمة الدولية للهجرة",
      ["منظمة الهجرة الدولية", "IOM"], None, None,
      "A related organisation of the UN system (since 2016), not a UN unit, so no parent."),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("niger-interior-ministry", "organization", "Ministry of the Interior (Niger)", "وزارة الداخلية النيجرية", [], "NE"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
]
