# Actors and aliases added to /work/main/graph/actors.json for the test43 corpus (held out).
# test43's lexicon is graph/actors.json plus these only. Actors that other sets' actors_extra_*.py already define are
# re-declared here with the same id, kind, names and parent (aliases extended where test43's texts spell a name
# differently). No ministry gets the bare "وزارة الداخلية" (marsalqatar's is Qatar's, read in context).
from actors_extra import P, A

ALIASES = {
    # alwatan: "منظمة الإنتربول"; spa: "الانتربول" without hamza is already an alias.
    "interpol": ["منظمة الإنتربول", "منظمة الانتربول"],
}

ACTORS = [
    # alwatan (NAUSS and Interpol's training directorate: the 2011 mobile training programme)
    A("naif-university", "organization", "Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
      ["NAUSS", "جامعة نايف للعلوم الأمنية", "جامعة نايف العربية للعلوم الامنية"], None, None,
      "A university of the Arab League, in Riyadh."),
    A("interpol-training-directorate", "organization", "Interpol Capacity Building and Training Directorate",
      "إدارة التدريب والإنماء الشرطي", ["قطاع التدريب"], None, "interpol",
      "Interpol's training directorate (General Secretariat); alwatan also calls it 'قطاع التدريب بالإنتربول'."),
    P("dale-sheehan", "Dale Sheehan", "دال شيهان", ["شيهان", "Dale Sheehan"], "NZ",
      "Director of Interpol's Capacity Building and Training Directorate (around 2011)."),
    P("ghamdi", "Abdulaziz bin Saqr Al-Ghamdi", "عبد العزيز بن صقر الغامدي", ["الغامدي", "عبدالعزيز بن صقر الغامدي"], "SA",
      "President of Naif Arab University for Security Sciences (2000s–2012)."),
    # marsalqatar (Qatari interior ministry officers on an Interpol programme in Lyon)
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    A("qatar-interior-ministry", "organization", "Ministry of Interior (Qatar)", "وزارة الداخلية القطرية", [], "QA"),
    # alittihad (Dubai Police trains Iraqi anti-narcotics officers with the UN regional office, Hemaya)
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("dubai-police-community-service", "agency", "Dubai Police General Department of Community Service",
      "الإدارة العامة لخدمة المجتمع", [], "AE", "dubai-police"),
    A("dubai-police-international-awareness", "agency", "International Awareness Department (Dubai Police)",
      "إدارة التوعية الدولية", [], "AE", "dubai-police-community-service",
      "Department of Dubai Police's General Department of Community Service that runs the Hemaya courses."),
    A("dubai-police-admin-affairs", "agency", "Dubai Police General Department of Administrative Affairs",
      "الإدارة العامة للشؤون الإدارية", [], "AE", "dubai-police"),
    P("khamis-al-muzaina", "Khamis Mattar Al-Muzaina", "خميس مطر المزينة", ["المزينة"], "AE",
      "Deputy commander-in-chief of Dubai Police (acting commander-in-chief in alittihad, 2008), later its commander-in-chief (2013–2017)."),
    P("khalfan-al-mheiri", "Khalfan Khalfan Al-Mheiri", "خلفان خلفان المهيري", ["المهيري"], "AE",
      "Major general, director of Dubai Police's General Department of Administrative Affairs."),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ"),
    A("iraq-police", "agency", "Iraqi Police", "الشرطة العراقية", ["Iraqi Police"], "IQ", "iraq-interior-ministry",
      "alittihad's trainees ('ضباط الشرطة العراقيين') are taken as this body, which has no mention there."),
    A("iraq-embassy-uae", "organization", "Embassy of Iraq in the UAE", "السفارة العراقية في الإمارات",
      ["السفارة العراقية"], "IQ", None, "alittihad: 'القنصل العام للسفارة العراقية في الدولة'."),
    P("ismat-akid-siddiq", "Ismat Akid Siddiq", "عصمت عكيد صديق", [], "IQ",
      "Consul general at the Iraqi embassy in the UAE (2008)."),
    A("unodc-regional-office", "organization", "UNODC regional office (Hemaya programme partner)",
      "مكتب الأمم المتحدة الإقليمي لمكافحة المخدرات", [], None, "unodc",
      "Named only as 'the UN regional office for drug control' (alittihad, 2008); Dubai Police's Hemaya partner."),
    # akhbarak (Egypt's interior minister receives the AIMC secretary-general)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt", "القاهرة"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", ["توفيق"], "EG", "Egyptian minister of the interior (since 2018)."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب",
      ["AIMC", "مجلس وزارء الداخلية العرب"], None, None, "akhbarak writes 'وزارء' for وزراء."),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", ["الامانة العامة لمجلس وزراء الداخلية العرب"], None, "amic", "Based in Tunis."),
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان", "محمد بن على كومان"], "SA",
      "Secretary-General of the Arab Interior Ministers' Council."),
    # nabd (Al Ittihad: the GCC joint exercise 'Arab Gulf Security 4' in Qatar)
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية",
      ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    A("uae-security-services", "agency", "UAE security and police services (collective)", "الأجهزة الأمنية الإماراتية",
      ["أجهزة الأمن الإماراتية", "السلطات الأمنية الإماراتية"], "AE", None,
      "Collective actor for unspecified UAE services, like moroccan-security-services (nabd: 'قوة أمنية إماراتية', no mention)."),
    A("lekhwiya", "agency", "Internal Security Force (Lekhwiya, Qatar)", "قوة الأمن الداخلي", ["لخويا", "Lekhwiya"], "QA"),
    P("khalifa-bin-hamad", "Khalifa bin Hamad Al Thani", "خليفة بن حمد آل ثاني", ["خليفة بن حمد بن خليفة آل ثاني"], "QA",
      "Qatar's minister of the interior and commander of Lekhwiya (since 2023)."),
    # almalnews (Egypt's Police Academy receives the UAE National Defence College)
    A("egypt-police-academy", "agency", "Police Academy (Egypt)", "أكاديمية الشرطة", ["أكاديمية الشرطة المصرية"], "EG",
      "egypt-interior-ministry"),
    A("egypt-police-research-centre", "agency", "Police Research Centre (Egyptian Police Academy)", "مركز بحوث الشرطة", [], "EG",
      "egypt-police-academy", "Runs courses for African security cadres."),
    A("egypt-police-security-studies-centre", "agency", "Centre for Security and Strategic Studies (Egyptian Police Academy)",
      "مركز الدراسات الأمنية والإستراتيجية", ["مركز الدراسات الأمنية والاستراتيجية"], "EG", "egypt-police-academy"),
    A("uae-national-defence-college", "agency", "National Defence College (UAE)", "كلية الدفاع الوطني",
      ["كلية الدفاع الوطني الإماراتية", "National Defence College"], "AE", None,
      "The UAE armed forces' senior staff college, in Abu Dhabi."),
    # elaph (the GCC Secretariat General and NAUSS sign a memorandum)
    A("gcc-secretariat", "organization", "GCC Secretariat General", "الأمانة العامة لمجلس التعاون لدول الخليج العربية",
      ["الأمانة العامة لمجلس التعاون"], None, "gcc"),
    P("zayani", "Abdullatif bin Rashid Al Zayani", "عبداللطيف الزياني", ["عبداللطيف بن راشد الزياني", "الزياني", "Al Zayani"], "BH",
      "Secretary-General of the GCC (2011–2020)."),
    # spa (Damascus: third meeting of the heads of Interpol NCBs in the MENA region)
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية", [], "SY"),
    A("interpol-general-secretariat", "organization", "Interpol General Secretariat (Lyon)", "الأمانة العامة للإنتربول",
      ["الأمانة العامة لـ (الإنتربول)", "الأمانة العامة للمنظمة العالمية للشرطة", "الأمانة العامة للمنظمة الدولية للشرطة الجنائية",
       "الأمانة العامة لمنظمة الانتربول الدولي", "الامانة العامة لمنظمة الانتربول الدولية"], None, "interpol"),
    # aljazirah (NAUSS and Interpol sign a memorandum)
    P("rqoosh", "Jamaan Rashid bin Rqoosh", "جمعان رشيد بن رقوش", ["بن رقوش", "Jamaan bin Rqoosh", "ابن رقوش"], "SA",
      "President of Naif Arab University for Security Sciences (in the 2010s); vice-president before."),
    # okaz (a Bahraini Royal Police Academy delegation at NAUSS)
    A("bahrain-interior-ministry", "organization", "Ministry of Interior (Bahrain)", "وزارة الداخلية البحرينية",
      ["الداخلية البحرينية"], "BH"),
    A("bahrain-royal-police-academy", "agency", "Royal Academy of Police (Bahrain)", "الأكاديمية الملكية للشرطة", [], "BH",
      "bahrain-interior-ministry", "Declared with test2's and test26's parent (dev11 gives none)."),
    A("bahrain-officers-training-college", "agency", "Officers' Training College (Bahrain Royal Academy of Police)",
      "كلية تدريب الضباط", [], "BH", "bahrain-royal-police-academy"),
    P("hamad-bin-mohammed", "Hamad bin Mohammed Al Khalifa", "حمد بن محمد آل خليفة", [], "BH",
      "Commander of Bahrain's Royal Police Academy (brigadier); its assistant commander (colonel) in okaz."),
]
