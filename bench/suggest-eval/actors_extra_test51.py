# Actors and aliases added to /work/main/graph/actors.json for the test51 corpus (held out).
# test51's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # soutelomma: "الشرطة الدولية «إنتربول»".
    "interpol": ["الشرطة الدولية"],
    # alomah and radiohc: the usual Arabic name; adentv: "مكتب مكافحة المخدرات والجريمة بالأمم المتحدة".
    "unodc": ["مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "مكتب مكافحة المخدرات والجريمة بالأمم المتحدة"],
    # adentv: "الكيان الصهيوني" (a hostile designation of the state, used as its name).
    "israel": ["الكيان الصهيوني"],
}

ACTORS = [
    # asawahil (Frontex, Mauritania and Senegal)
    A("frontex", "organization", "Frontex (European Border and Coast Guard Agency)", "الوكالة الأوروبية لحرس الحدود والسواحل",
      ["فرونتكس", "وكالة الحدود الأوروبية", "الوكالة الأوروبية لمراقبة الحدود", "Frontex"], None, "eu",
      "The EU's border and coast guard agency (Warsaw)."),
    A("mauritania", "country", "Mauritania", "موريتانيا", ["الجمهورية الإسلامية الموريتانية", "Mauritania"], "MR"),
    A("senegal", "country", "Senegal", "السنغال", ["جمهورية السنغال", "Senegal"], "SN"),
    # ksaplayers (OIC–UNOCT memorandum)
    A("oic", "organization", "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", ["OIC"], None),
    A("unoct", "organization", "United Nations Office of Counter-Terrorism", "مكتب الأمم المتحدة لمكافحة الإرهاب", ["UNOCT"], None, "un"),
    P("abdullah-alim", "Abdullah Alim", "عبد الله عالم", ["عبدالله عالم"], None,
      "Ambassador; Assistant Secretary-General for Political Affairs of the OIC."),
    P("voronkov", "Vladimir Voronkov", "فلاديمير فورونكوف", ["فورونكوف", "فلاديمير فورنكوف", "فورنكوف", "Voronkov"], "RU",
      "UN Under-Secretary-General for Counter-Terrorism, head of UNOCT (from 2017) and executive director of UNCCT."),
    # radiomasr (Saudi Arabia chairs UNCCT's advisory board)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("uncct", "organization", "United Nations Counter-Terrorism Centre", "مركز الأمم المتحدة لمكافحة الإرهاب", ["UNCCT"], None, "unoct",
      "Part of UNOCT; its advisory board is made of member states' ambassadors."),
    P("alwasel", "Abdulaziz Alwasel", "عبد العزيز الواصل", ["الواصل", "عبدالعزيز الواصل"], "SA",
      "Saudi Arabia's permanent representative (ambassador) to the UN."),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    P("tarek-ladeb", "Tarek Ladeb", "طارق الأدب", ["Tarek Ladeb"], "TN", "Tunisia's permanent representative to the UN."),
    P("bob-rae", "Bob Rae", "روبرت راي", ["Bob Rae"], "CA",
      "Canada's permanent representative to the UN. Not given the bare 'راي', which the shipped lexicon gives Wray."),
    # alomah (Indonesia's BNN and UNODC)
    A("indonesia", "country", "Indonesia", "إندونيسيا", ["اندونيسيا", "أندونيسيا", "Indonesia"], "ID"),
    A("indonesia-bnn", "agency", "National Narcotics Board (BNN, Indonesia)", "الوكالة الوطنية لمكافحة المخدرات",
      ["الوكالة الوطنية لمكافحة المخدرات في إندونيسيا", "BNN"], "ID"),
    A("bnn-eradication", "agency", "BNN Deputy for Eradication (law enforcement and interdiction)", "مديرية إنفاذ القانون والمطاردة",
      ["إنفاذ القانون والمطاردة"], "ID", "indonesia-bnn", "Named only in its director's title 'مدير إنفاذ القانون والمطاردة في الوكالة'."),
    P("siahaan", "Roy Hardi Siahaan", "روي هاردي سياهان", ["سياهان"], "ID", "BNN's director of law enforcement and interdiction."),
    A("thailand", "country", "Thailand", "تايلاند", ["Thailand"], "TH"),
    A("vietnam", "country", "Vietnam", "فيتنام", ["Vietnam"], "VN"),
    A("mongolia", "country", "Mongolia", "منغوليا", ["Mongolia"], "MN"),
    # minufiyah (Arab Gulf Security 3)
    A("gcc", "organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية", ["مجلس التعاون الخليجي", "مجلس التعاون", "GCC"], None),
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    P("qahtani", "Saeed bin Abdullah Al-Qahtani", "سعيد بن عبدالله القحطاني", ["القحطاني"], "SA",
      "Assistant Saudi interior minister for operations."),
    P("wadani", "Shaya bin Salem Al-Wadani", "شايع بن سالم الودعاني", ["الودعاني", "شي بن سالم الودعاني"], "SA",
      "Saudi major general; commander of the Arab Gulf Security 3 exercise (minufiyah writes 'شي')."),
    # arabcomua (EU training mission for Ukrainian soldiers)
    P("borrell", "Josep Borrell", "جوزيب بوريل", ["بوريل", "Josep Borrell"], "ES",
      "High Representative of the EU for Foreign Affairs and Security Policy (2019–2024)."),
    A("eumam-ukraine", "organization", "EU Military Assistance Mission in support of Ukraine (EUMAM Ukraine)",
      "بعثة الاتحاد الأوروبي للمساعدة في أوكرانيا", ["EUMAM Ukraine"], None, "eu",
      "Launched in November 2022; trains Ukrainian soldiers in Poland and Germany."),
    A("ukraine", "country", "Ukraine", "أوكرانيا", ["Ukraine", "جمهورية أوكرانيا"], "UA"),
    A("poland", "country", "Poland", "بولندا", ["Poland"], "PL"),
    A("ukrainian-armed-forces", "agency", "Armed Forces of Ukraine (collective: the Ukrainian trainees)", "القوات المسلحة الأوكرانية",
      ["Armed Forces of Ukraine"], "UA", None,
      "Stands for the unnamed Ukrainian soldiers trained by the EU mission ('الجنود الأوكرانيين'), as dev12's Burkinabe trainees."),
    # soutelomma (Europol-coordinated operation)
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol", "الشرطة الأوروبية"], None, "eu"),
    A("greek-police", "agency", "Hellenic Police", "الشرطة اليونانية", ["Hellenic Police"], "GR"),
    P("wainwright", "Rob Wainwright", "روب وينرايت", ["وينرايت", "Rob Wainwright", "روب واينرايت", "واينرايت"], "GB",
      "Executive Director of Europol (2009–2018)."),
    # adentv (Yemen's interior ministry at the 27th Arab conference of counter-terrorism chiefs)
    A("yemen", "country", "Yemen", "اليمن", ["الجمهورية اليمنية", "Yemen"], "YE"),
    A("yemen-interior-ministry", "organization", "Ministry of Interior (Yemen)", "وزارة الداخلية اليمنية", [], "YE"),
    A("yemen-ct-directorate", "agency", "General Directorate for Combating Terrorism and Organised Crime (Yemen)",
      "الإدارة العامة لمكافحة الإرهاب والجريمة المنظمة", ["مكافحة الارهاب والجريمة المنظمة"], "YE", "yemen-interior-ministry",
      "Named only in its director's title 'مدير عام مكافحة الارهاب والجريمة المنظمة بوزارة الداخلية' (adentv)."),
    P("dhaheri", "Ahmed Al-Dhaheri", "احمد الظاهري", ["أحمد الظاهري", "الظاهري"], "YE",
      "Director-general of counter-terrorism and organised crime at Yemen's interior ministry (major general)."),
    A("african-union", "organization", "African Union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي", "الاتحاد الأفريقى", "AU"], None),
    A("afripol", "organization", "AFRIPOL (African Union Mechanism for Police Cooperation)", "المنظمة الإفريقية للتعاون بين الشرطة",
      ["أفريبول", "الأفريبول", "منظمة الشرطة الإفريقية", "AFRIPOL", "الافريبول"], None, "african-union"),
    A("houthis", "group", "Houthi movement (Ansar Allah)", "جماعة الحوثي",
      ["الحوثيين", "الحوثيون", "الحوثي", "مليشيا الحوثي", "المليشيا الحوثية", "أنصار الله", "Houthis", "المليشيات الحوثية"], None),
    A("palestine", "country", "Palestine", "فلسطين", ["دولة فلسطين", "Palestine"], "PS"),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),
    # radiohc (UNODC in La Paz praises Bolivia)
    A("bolivia", "country", "Bolivia", "بوليفيا", ["Bolivia"], "BO"),
    P("de-leo", "Antonino De Leo", "أنطونيو دي ليو", ["دي ليو", "Antonino De Leo"], "IT",
      "UNODC's representative in Bolivia (as the text calls him: 'مندوب هذه الهيئة العالمية')."),
    # lpcly (the EU's Sahel representative and the EU delegation to Libya)
    A("libya", "country", "Libya", "ليبيا", ["Libya", "ليبيـا"], "LY"),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("chad", "country", "Chad", "تشاد", ["Chad"], "TD"),
    A("mali", "country", "Mali", "مالي", ["جمهورية مالي", "Mali"], "ML"),
    A("burkina-faso", "country", "Burkina Faso", "بوركينا فاسو", ["بوركينا", "Burkina Faso"], "BF"),
    P("del-re", "Emanuela Del Re", "إيمانويلا سي ديل ري", ["إيمانويلا ديل ري", "ديل ري", "Emanuela Del Re"], "IT",
      "EU Special Representative for the Sahel (from 2021)."),
    A("eu-delegation-libya", "organization", "Delegation of the European Union to Libya", "بعثة الاتحاد الأوروبي لدى ليبيا",
      ["EU Delegation to Libya"], None, "eu"),
]
