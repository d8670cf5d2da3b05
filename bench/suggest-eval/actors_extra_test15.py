# Actors and aliases added to /work/main/graph/actors.json for the test15 corpus (held out).
# test15's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# Algeria's DGSN has the Arabic name of Morocco's DGSN (dgsn), as in test8; the texts (elbilad, eldjadida) say which one.
from actors_extra import P, A

ALIASES = {
    # elbilad: "مكتب التحقيقات الفيديرالي" (with ي) and "أف بي أي".
    "fbi": ["مكتب التحقيقات الفيديرالي", "أف بي أي"],
    # eldjadida: "اسبانيا" without hamza.
    "spain": ["اسبانيا"],
}

ACTORS = [
    # alriyadh (via Sauress): Egypt's Interpol receives a fugitive from Saudi Interpol
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("interpol-cairo", "agency", "Interpol National Central Bureau Cairo (Egyptian Interpol)", "الإنتربول المصري",
      ["شرطة الإنتربول المصري", "إنتربول القاهرة", "الإنتربول المصرى", "الانتربول المصرى", "Interpol Cairo"], "EG",
      "egypt-interior-ministry", "Egypt's Interpol NCB (the interior ministry's General Department of Interpol)."),
    A("interpol-riyadh", "agency", "Interpol National Central Bureau Riyadh", "الإنتربول السعودي",
      ["مكتب الإنتربول في السعودية", "الإنتربول السعودى", "Interpol Riyadh"], "SA", None,
      "Saudi Arabia's Interpol National Central Bureau."),
    A("egypt-judgments-execution", "agency", "General Administration for the Execution of Judgments (Egypt)", "إدارة تنفيذ الأحكام",
      ["الإدارة العامة لتنفيذ الأحكام"], "EG", "egypt-interior-ministry",
      "The Egyptian police department that executes court sentences (interior ministry)."),
    # shafaq (Iraq's National Intelligence Service with the Syrian security authorities)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-nis", "agency", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي",
      ["جهاز المخابرات العراقي", "جهاز المخابرات الوطني", "جهاز المخابرات", "INIS"], "IQ"),
    A("syrian-security-services", "agency", "Syrian security services (collective)", "الأجهزة الأمنية السورية",
      ["السلطات الأمنية المختصة في سوريا", "السلطات الأمنية السورية"], "SY", None,
      "Collective actor for unspecified Syrian services ('the competent security authorities in Syria'), like "
      "moroccan-security-services."),
    # mauritania13 (Mauritanian police officers trained in Washington)
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("mauritanian-security-services", "agency", "Mauritanian security services (collective)", "أجهزة الأمن الوطنية",
      ["الأجهزة الأمنية الموريتانية", "أجهزة الأمن الموريتانية", "الشرطيين الموريتانيين"], "MR", None,
      "Collective actor for unspecified Mauritanian services, like moroccan-security-services."),
    # alalam (Nineveh police and intelligence arrest ten ISIS members in Mosul)
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias وزارة الداخلية (it is Iraq's in alalam and ina, but other ministries elsewhere)."),
    A("iraq-fiia", "agency", "Federal Intelligence and Investigations Agency (Iraq)", "وكالة الاستخبارات والتحقيقات الاتحادية",
      ["وكالة الاستخبارات", "FIIA"], "IQ", "iraq-interior-ministry",
      "The Iraqi interior ministry's intelligence agency."),
    A("nineveh-intel-ct-directorate", "agency", "Nineveh Intelligence and Counter-Terrorism Directorate (Iraq)",
      "مديرية استخبارات ومكافحة إرهاب نينوى", [], "IQ", "iraq-fiia",
      "Provincial directorate of the FIIA in Nineveh."),
    A("nineveh-police-command", "agency", "Nineveh Police Command (Iraq)", "قيادة شرطة نينوى", ["شرطة نينوى"], "IQ",
      "iraq-interior-ministry", "The provincial police command of Nineveh (Iraqi interior ministry)."),
    A("nineveh-12th-emergency-regiment", "agency", "12th Police Emergency Regiment (Nineveh Police Command)",
      "فوج طوارئ الشرطة الثاني عشر", [], "IQ", "nineveh-police-command"),
    A("iraqi-security-forces", "agency", "Iraqi security forces (collective)", "القوات الأمنية العراقية",
      ["القوات العراقية"], "IQ", None, "Collective actor for unspecified Iraqi forces, like moroccan-security-services."),
    # elbilad (via Djazairess): the FBI to train Algerian DGSN officers; the US counter-terrorism courses
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    A("algeria-dgsn", "agency", "General Directorate of National Security (Algeria)", "المديرية العامة للأمن الوطني",
      ["الشرطة الجزائرية", "المديرية العامة للأمن لوطني", "DGSN Algérie", "Sûreté nationale (Algeria)"], "DZ", None,
      "Algeria's national police. Its Arabic name is that of Morocco's DGSN (dgsn). eldjadida once writes "
      "'المديرية العامة للأمن لوطني'."),
    A("algeria-gendarmerie", "agency", "National Gendarmerie (Algeria)", "الدرك الوطني الجزائري",
      ["الدرك الوطني", "قيادة الدرك الوطني", "الدرك", "Gendarmerie nationale algérienne"], "DZ"),
    A("algeria-finance-ministry", "organization", "Ministry of Finance (Algeria)", "وزارة المالية الجزائرية", [], "DZ"),
    A("algeria-ctrf", "agency", "Financial Intelligence Processing Unit (Algeria, CTRF)", "خلية معالجة الاستعلام المالي",
      ["فريق الاستعلام المالي", "CTRF"], "DZ", "algeria-finance-ministry",
      "Algeria's financial intelligence unit, attached to the finance ministry; elbilad calls it 'فريق الاستعلام المالي'."),
    A("us-embassy-algiers", "organization", "Embassy of the United States in Algiers", "السفارة الأمريكية في الجزائر",
      ["سفارة الولايات المتحدة بالجزائر"], "US", "us-state-department"),
    P("william-gordon", "William Gordon", "ويليام غوردون", ["غوردون"], "US",
      "Counsellor at the US embassy in Algiers (as elbilad names him)."),
    # spa (via Sauress): two al-Shabaab officials surrender to the Somali army
    A("somali-army", "agency", "Somali National Army", "الجيش الصومالي",
      ["الجيش الصومالى", "قوات الجيش الصومالى", "قوات الجيش الصومالي", "Somali National Army"], "SO"),
    A("al-shabaab", "group", "Harakat al-Shabaab al-Mujahideen", "حركة الشباب",
      ["حركة الشباب المجاهدين", "al-Shabaab", "حركة “الشباب”"], None),
    A("al-qaeda", "group", "Al-Qaeda", "تنظيم القاعدة", ["القاعدة", "al-Qaeda"], None),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("amisom", "agency", "African Union Mission in Somalia (AMISOM)", "بعثة الاتحاد الأفريقي في الصومال",
      ["قوات بعثة الاتحاد الأفريقى فى الصومال", "بعثة الاتحاد الأفريقى فى الصومال", "أميصوم", "القوات الأفريقية في الصومال",
       "AMISOM"], None, "african-union", "The AU's multinational peace-support force in Somalia (2007–2022)."),
    # almayadeen (Lebanon's General Security dismantles a cell tasked by a Jaysh al-Fatah commander)
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    A("lebanon-general-security", "agency", "General Directorate of General Security (Lebanon)", "المديرية العامة للأمن العام",
      ["الأمن العام", "الامن العام", "الأمن العام اللبناني", "General Security"], "LB"),
    A("lebanese-security-services", "agency", "Lebanese security services (collective)", "الأجهزة الأمنية اللبنانية",
      [], "LB", None, "Collective actor for unspecified Lebanese services, like moroccan-security-services."),
    A("jaysh-al-fath", "group", "Jaysh al-Fatah (Army of Conquest)", "جيش الفتح", ["Jaysh al-Fatah"], None,
      None, "Coalition of Syrian armed Islamist factions formed in 2015 (led by Jabhat al-Nusra and Ahrar al-Sham)."),
    # ina (Jordan's interior minister Mazen Al-Faraya and Iraq's Abdul Amir al-Shammari at the Federal Police school)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "المملكة الأردنية", "الاردن", "Jordan"], "JO"),
    P("mazen-faraya", "Mazen Al-Faraya", "مازن الفراية", ["الفراية", "مازِن الفرّاية"], "JO", "Jordanian minister of the interior."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري", "عبد الامير الشمري"], "IQ",
      "Iraqi interior minister (since 2022)."),
    A("iraq-federal-police", "agency", "Federal Police (Iraq)", "الشرطة الاتحادية", ["قوات الشرطة الاتحادية", "Iraqi Federal Police"],
      "IQ", "iraq-interior-ministry"),
    A("iraq-federal-police-training-school", "agency", "Special Training School of the Federal Police (Iraq)",
      "مدرسة التدريب الخاص بالشرطة الاتحادية", [], "IQ", "iraq-federal-police"),
    # ajelnow (the Saudi foreign ministry on the Florida shooting)
    A("saudi-security-services", "agency", "Saudi security services (collective)", "الأجهزة الأمنية السعودية",
      ["الأجهزة الأمنية في المملكة"], "SA", None,
      "Collective actor for unspecified Saudi services, like moroccan-security-services."),
    # eldjadida (via Djazairess): Spain hands a drug trafficker to Algeria
    A("spanish-security-services", "agency", "Spanish security services (collective)", "مصالح الأمن الإسباني",
      ["نظيرتها الإسبانية", "الامن الاسباني", "مصالح الأمن الاسبانية"], "ES", None,
      "Collective actor for unspecified Spanish police services."),
]
