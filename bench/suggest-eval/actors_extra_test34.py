# Actors and aliases added to /work/main/graph/actors.json for the test34 corpus (held out).
# test34's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No actor gets the bare "وزارة الداخلية": in kurdistan24 it names the Kurdistan Region's ministry.
from actors_extra import P, A

ALIASES = {
    # akhbaralaan: "التحالف لهزيمة داعش"; ina: "التحالف الدولي لمحاربة داعش"; short "التحالف الدولي" everywhere.
    "global-coalition-isis": ["التحالف الدولي", "التحالف لهزيمة داعش", "التحالف الدولي لمحاربة داعش"],
    # darelhilal (Kirkuk): "داعـش" with a tatweel.
    "isis": ["داعـش"],
}

ACTORS = [
    # shared: the states and the Kurdistan Region (re-declared with the ids other sets use)
    A("iraq", "country", "Iraq", "العراق", ["جمهورية العراق", "بغداد", "Iraq"], "IQ", None,
      "Baghdad (بغداد) stands for the state where it is paired with Riyadh ('بين بغداد والرياض') or is a visit's destination (iqiraq)."),
    A("krg", "organization", "Kurdistan Regional Government", "حكومة إقليم كوردستان",
      ["حكومة إقليم كردستان", "إقليم كوردستان", "إقليم كردستان", "KRG"], "IQ", None,
      "The government of the Kurdistan Region of Iraq; 'إقليم كوردستان/كردستان' is taken as its name, also where it names the region as a place."),
    A("peshmerga", "agency", "Peshmerga (Kurdistan Region of Iraq)", "البيشمركة",
      ["Peshmerga", "البشمركة", "قوات البيشمركة"], "IQ", None, "The armed forces of the Kurdistan Region of Iraq."),
    A("iraqi-security-forces", "agency", "Iraqi security forces (collective)", "القوات الأمنية العراقية",
      ["القوات العراقية", "السلطات الأمنية العراقية", "الأجهزة الأمنية في الحكومة الاتحادية"], "IQ", None,
      "Collective actor for unspecified Iraqi forces, like moroccan-security-services. In test34 also the federal security "
      "services (kurdistan24) and the bare 'القوات الأمنية'/'الأجهزة الأمنية' of an Iraqi statement (ina)."),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran", "طهران"], "IR"),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia", "الرياض"], "SA"),
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("russia", "country", "Russia", "روسيا", ["روسيا الاتحادية", "موسكو", "Russia"], "RU"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    A("norway", "country", "Norway", "النرويج", ["Norway"], "NO"),

    # altaghier (Halbousi and McGurk on the coalition's move to an advisory role)
    P("halbousi", "Mohammed al-Halbousi", "محمد الحلبوسي", ["الحلبوسي", "Mohammed al-Halbousi"], "IQ",
      "Speaker of Iraq's Council of Representatives (2018–2023); head of the Taqaddum alliance (تحالف تقدم), a political party that is not an actor."),
    P("mcgurk", "Brett McGurk", "بريت مكغورك", ["مكغورك", "ماكغورك", "بريت ماكغورك", "McGurk"], "US",
      "Middle East coordinator of the US National Security Council (2021–2025)."),
    A("us-nsc", "agency", "US National Security Council", "مجلس الأمن القومي الأمريكي",
      ["مجلس الأمن القومي الأميركي", "مجلس الأمن القومي", "NSC"], "US", None,
      "The White House national-security body; an agency as test7 took Iran's SNSC."),

    # kurdistan24 (a federal security delegation and IHEC at the Kurdistan Region's interior ministry)
    A("krg-interior-ministry", "organization", "Ministry of Interior (Kurdistan Region)", "وزارة الداخلية في حكومة إقليم كوردستان",
      ["وزارة داخلية إقليم كوردستان", "وزارة داخلية الإقليم"], "IQ", "krg",
      "Without the bare 'وزارة الداخلية' (see the header)."),
    A("ihec", "organization", "Independent High Electoral Commission (Iraq)", "المفوضية العليا المستقلة للانتخابات", ["IHEC"], "IQ",
      None, "Iraq's election commission; an actor only because it took part in the security meeting (kurdistan24)."),

    # sputnik (Turkish intelligence helped Iraq arrest the ISIS leader Sami Jasim)
    A("turkey-mit", "agency", "National Intelligence Organization (Turkey, MIT)", "المخابرات التركية",
      ["جهاز المخابرات التركي", "الاستخبارات التركية", "جهاز الاستخبارات الوطنية التركي", "MIT"], "TR"),
    P("sami-jasim", "Sami Jasim al-Jaburi", "سامي جاسم", ["جاسم", "سامي جاسم الجبوري"], "IQ",
      "ISIS leader (finance), deputy of Abu Bakr al-Baghdadi; arrested by Iraq in October 2021."),
    P("baghdadi", "Abu Bakr al-Baghdadi", "أبو بكر البغدادي", ["البغدادي", "Abu Bakr al-Baghdadi"], "IQ",
      "Leader of ISIS (2010–2019); killed in a US raid in Idlib on 26–27 Oct. 2019."),
    P("qurashi", "Abu Ibrahim al-Hashimi al-Qurashi", "أبو إبراهيم الهاشمي القريشي", ["القريشي", "عبد الله قرداش"], "IQ",
      "Leader of ISIS (2019–2022)."),

    # akhbaralaan (the Kurdistan Region's counter-terrorism forces arrest ISIS members in Erbil)
    A("krsc", "agency", "Kurdistan Region Security Council", "مجلس أمن إقليم كوردستان",
      ["مجلس أمن إقليم كردستان", "KRSC"], "IQ", "krg"),
    A("krg-ctd", "agency", "Counter-Terrorism Department (Kurdistan Region)", "المديرية العامة لمكافحة الإرهاب بإقليم كردستان",
      ["دائرة مكافحة الإرهاب", "لجنة مكافحة الإرهاب", "CTD"], "IQ", "krsc",
      "Akhbar Al Aan, translating an English release, calls the same body 'المديرية العامة لمكافحة الإرهاب', 'لجنة مكافحة الإرهاب' and 'دائرة مكافحة الإرهاب'."),
    A("krg-asayish", "agency", "Asayish (Kurdistan Region security directorate)", "الأسايش",
      ["قوات الأسايش", "أسايش كوردستان", "Asayish"], "IQ", None,
      "The Kurdistan Region's internal-security forces; their place under the KRSC or the interior ministry is not recorded."),
    A("krg-peshmerga-ministry", "organization", "Ministry of Peshmerga Affairs (Kurdistan Region)", "وزارة البشمركة في حكومة إقليم كردستان",
      ["وزارة شؤون البيشمركة", "وزارة البيشمركة"], "IQ", "krg"),
    A("cjsotf", "agency", "Combined Joint Special Operations Task Force (Coalition, Iraq)", "فرقة العمليات الخاصة المشتركة",
      ["CJSOTF"], "US", None,
      "The coalition's special-operations task force; Akhbar Al Aan says it belongs to the US forces ('التابعة للقوات الأمريكية')."),
    A("us-forces-iraq", "agency", "US forces in Iraq (collective)", "القوات الاميركية في العراق",
      ["القوات الاميركية", "القوات الأمريكية", "القوات الأميركية", "القوات الأمريكية في العراق"], "US", None,
      "Collective actor for the US military in Iraq, like us-security-agencies."),

    # mehrnews (Iran's interior minister Momeni meets Iraq's prime minister in Baghdad)
    P("momeni", "Eskandar Momeni", "إسكندر مؤمني", ["مؤمني", "اسكندر مومني", "مومني"], "IR", "Minister of the Interior of Iran (since 2024)."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ", "Iraqi interior minister (since 2022)."),
    P("mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", "محمد شياع السوداني", ["السوداني", "محمدشياع السوداني"], "IQ",
      "Prime minister of Iraq (since 2022)."),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias وزارة الداخلية (see the header)."),
    A("iran-interior-ministry", "organization", "Ministry of Interior (Iran)", "وزارة الداخلية الإيرانية", [], "IR"),

    # iqiraq (Kadhimi receives the Saudi interior minister)
    P("kadhimi", "Mustafa al-Kadhimi", "مصطفى الكاظمي", ["الكاظمي", "Mustafa al-Kadhimi"], "IQ", "Prime minister of Iraq (2020–2022)."),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود",
       "عبد العزيز آل سعود", "عبد العزيز بن سعود بن نايف آل سعود"], "SA",
      "Saudi minister of the interior (since 2017)."),

    # ina (Maliki receives the coalition's deputy commander Christopher Ghika)
    P("maliki", "Nouri al-Maliki", "نوري المالكي", ["المالكي"], "IQ", "Prime Minister of Iraq (2006–2014)."),
    P("ghika", "Christopher Ghika", "كريستوفر غيكا", ["غيكا", "Christopher Ghika"], "GB",
      "British Army major general; deputy commander of the coalition's operations (CJTF-OIR)."),

    # alqudsalarabi (the Bundeswehr trains the Peshmerga)
    A("bundeswehr", "agency", "Bundeswehr (German Armed Forces)", "الجيش الألماني", ["Bundeswehr", "الجيش الالماني"], "DE"),

    # darelhilal 2021 (Araji and the US ambassador Matthew Tueller)
    P("araji", "Qasim al-Araji", "قاسم الأعرجي", ["الأعرجي"], "IQ",
      "Iraqi minister of the interior (2017–2018), national security adviser (since 2020)."),
    P("tueller", "Matthew Tueller", "ماثيو تولر", ["تولر", "Matthew Tueller"], "US", "US ambassador to Iraq (2019–2022)."),
    A("pmf", "agency", "Popular Mobilization Forces (Iraq)", "هيئة الحشد الشعبي", ["الحشد الشعبي", "قوات الحشد الشعبي", "PMF"], "IQ"),

    # darelhilal 2020 (the Iraqi CTS arrests two ISIS leaders in Kirkuk with coalition air support)
    A("iraq-cts", "agency", "Counter-Terrorism Service (Iraq)", "جهاز مكافحة الإرهاب العراقي", ["جهاز مكافحة الإرهاب", "CTS"], "IQ"),
    A("iraq-armed-forces", "agency", "Iraqi Armed Forces", "القوات المسلحة العراقية", ["القوات المسلحة"], "IQ", None,
      "Named in the title of the commander-in-chief's spokesman."),
    P("yahya-rasool", "Yahya Rasool", "يحيى رسول", ["Yahya Rasool"], "IQ", "Spokesman of the commander-in-chief of the Iraqi armed forces."),
]
