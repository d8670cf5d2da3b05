# Actors and aliases added to /work/main/graph/actors.json for the test42 corpus (held out).
# test42's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra_*.py already define are re-declared here with the same id, kind, names and parent.
# No actor gets a bare "وزارة الدفاع": in test42 it names Russia's ministry (newlebanon) and, with its adjective, Iraq's
# (veto). Naseer Nouri Mohammed gets the bare "محمد" because veto calls him so three times; it is a risky alias.
from actors_extra import P, A

ALIASES = {
    # sotaliraq: "الولايات المتحدة" is already shipped.
    # palsawa: "الدولة الاسلامية" without hamza.
    "isis": ["الدولة الاسلامية", "الدولة الإسلامية", "تنظيم الدولة الإسلامية"],
}

ACTORS = [
    # ---- states (re-declared as other sets define them)
    A("iraq", "country", "Iraq", "العراق", ["جمهورية العراق", "بغداد", "Iraq"], "IQ"),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran", "طهران"], "IR"),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("russia", "country", "Russia", "روسيا", ["روسيا الاتحادية", "موسكو", "Russia"], "RU"),
    # sputnik's headline has "داخلية سوريا" (the ministry, one mention).
    A("syria", "country", "Syria", "الجمهورية العربية السورية", ["سوريا", "سورية", "Syria"], "SY"),
    A("lebanon", "country", "Lebanon", "لبنان", ["الجمهورية اللبنانية", "Lebanon"], "LB"),

    # ---- alkhulasa (Turkey's intelligence chief Hakan Fidan received by Khamis al-Khanjar in Baghdad)
    A("turkey-mit", "agency", "National Intelligence Organization (Turkey, MIT)", "المخابرات التركية",
      ["جهاز المخابرات التركي", "الاستخبارات التركية", "جهاز الاستخبارات الوطنية التركي", "MIT",
       "جهاز الاستخبارات التركي", "الاستخبارات التركي"], "TR", None,
      "alkhulasa writes 'جهاز الاستخبارات التركي' and, in its headline, 'الاستخبارات التركي' (masculine adjective)."),
    P("hakan-fidan", "Hakan Fidan", "هاكان فيدان", ["فيدان", "Hakan Fidan"], "TR",
      "Head of Turkey's MIT (2010–2023), later foreign minister."),
    P("khanjar", "Khamis al-Khanjar", "خميس الخنجر", ["الخنجر", "Khamis al-Khanjar"], "IQ",
      "Iraqi politician, head of the Sovereignty Alliance ('تحالف السيادة'), a political coalition that is not an actor here."),
    A("pkk", "group", "Kurdistan Workers' Party (PKK)", "حزب العمال الكردستاني",
      ["حزب العمال الكوردستاني", "العمال الكردستاني", "PKK"], None),

    # ---- newlebanon (Lebanon's interior minister Nohad Machnouk receives a Russian military delegation)
    P("mashnouk", "Nohad Machnouk", "نهاد المشنوق", ["المشنوق", "Nohad Machnouk"], "LB",
      "Lebanese minister of the interior and municipalities (2014–2019)."),
    A("russia-defence-ministry", "organization", "Ministry of Defence (Russia)", "وزارة الدفاع الروسية", [], "RU", None,
      "newlebanon names it 'وزارة الدفاع' in the list of the Russian delegation's bodies."),
    A("russia-fsmtc", "organization", "Federal Service for Military-Technical Cooperation (Russia)",
      "الهيئة الفدرالية الحكومية للتعاون العسكري والتقني", ["FSMTC", "الهيئة الفيدرالية للتعاون العسكري التقني"], "RU",
      "russia-defence-ministry", "A federal service under the Ministry of Defence that oversees arms exports."),
    A("russia-armament-agency", "agency", "Armament agency (Russia, as newlebanon names it)", "هيئة التسليح", [], "RU", None,
      "Named only as 'هيئة التسليح' among the bodies of the Russian delegation; which Russian body it is is not stated."),
    A("russia-presidential-administration", "organization", "Presidential Administration of Russia",
      "جهاز الادارة الرئاسية الروسية", ["الإدارة الرئاسية الروسية"], "RU"),
    P("frolkin", "Alexey Frolkin", "الكسي فروكلين", ["فروكلين", "أليكسي فرولكين", "Alexey Frolkin"], "RU",
      "Deputy director of the FSMTC (as the text names him)."),
    P("zasypkin", "Alexander Zasypkin", "الكسندر زاسبيكين", ["زاسبيكين", "ألكسندر زاسبيكين", "Alexander Zasypkin"], "RU",
      "Russian ambassador to Lebanon (2010–2020)."),
    P("gabasov", "Ratmir Gabasov", "راتمير غاباسوف", ["غاباسوف"], "RU",
      "Colonel, Russian military attaché in Beirut (as the text names him)."),
    P("hariri", "Saad Hariri", "سعد الحريري", ["الحريري", "Saad Hariri"], "LB", "Prime minister of Lebanon (2009–2011, 2016–2020)."),

    # ---- sharqakhbar (Iraq's national security adviser Qasim al-Araji in Tehran with Ali Larijani)
    P("araji", "Qasim al-Araji", "قاسم الأعرجي", ["الأعرجي"], "IQ",
      "Iraqi minister of the interior (2017–2018), then National Security Adviser (from 2020)."),
    A("iran-snsc", "agency", "Supreme National Security Council (Iran)", "المجلس الأعلى للأمن القومي الإيراني",
      ["المجلس الأعلى للأمن القومي", "SNSC"], "IR", None, "Chaired by Iran's president; run day to day by its secretary."),
    P("larijani", "Ali Larijani", "علي لاريجاني", ["لاريجاني", "Ali Larijani"], "IR",
      "Secretary of Iran's Supreme National Security Council (2005–2007, and from August 2025)."),
    P("mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", "محمد شياع السوداني", ["السوداني"], "IQ",
      "Prime minister of Iraq (since 2022)."),

    # ---- palsawa (Iraq's Central Investigative Court hands 188 children of ISIS members to Turkey)
    A("iraq-supreme-judicial-council", "organization", "Supreme Judicial Council (Iraq)", "مجلس القضاء الأعلى",
      ["مجلس القضاء الأعلى العراقي"], "IQ"),
    A("iraq-central-investigative-court", "organization", "Central Investigative Court (Iraq)", "محكمة التحقيق المركزية",
      ["محكمة التحقيق المركزية العراقية", "Central Criminal Court of Iraq"], "IQ", "iraq-supreme-judicial-council",
      "The Baghdad investigative court in charge of terrorism cases and foreign defendants; the courts are administered by "
      "the Supreme Judicial Council."),
    P("bayraktar", "Abdul Sattar Bayraktar", "عبد الستار بيرقدار", ["بيرقدار", "عبد الستار البيرقدار"], "IQ",
      "Judge, official spokesman of Iraq's Supreme Judicial Council."),

    # ---- sana (the Syrian interior ministry's training directorate and a delegation of Turkey's EGM, 2026)
    A("syria-interior-ministry", "organization", "Ministry of Interior (Syria)", "وزارة الداخلية السورية",
      ["الداخلية السورية", "داخلية سوريا"], "SY"),
    A("syria-interior-training-directorate", "agency", "Directorate of Qualification and Training (Syria, Ministry of Interior)",
      "إدارة التأهيل والتدريب", [], "SY", "syria-interior-ministry",
      "Named in sana only in the title of its director, 'مدير إدارة التأهيل والتدريب في وزارة الداخلية السورية'."),
    P("hussein-salman", "Hussein Salman", "حسين سلمان", [], "SY",
      "Director of the Syrian interior ministry's Directorate of Qualification and Training (2026)."),
    A("turkey-interior-ministry", "organization", "Ministry of Interior (Turkey)", "وزارة الداخلية التركية", [], "TR"),
    A("turkey-egm", "agency", "General Directorate of Security (Turkey)", "المديرية العامة للأمن",
      ["الأمن العام التركي", "Emniyet Genel Müdürlüğü", "EGM"], "TR", None, "Turkey's national police."),
    A("turkey-egm-foreign-relations", "agency", "Foreign Relations Department (Turkey, EGM)", "إدارة العلاقات الخارجية",
      [], "TR", "turkey-egm",
      "Named in sana only in the title of its director, who led the EGM's delegation."),
    P("demirtola", "Gökhan Demirtola", "غوكهان ديميرتولا", ["ديميرتولا"], "TR",
      "Police chief (اللواء), director of the EGM's Foreign Relations Department (as sana names him)."),

    # ---- alwatannews (Lebanon's General Security receives a freed Turkish hostage, 2012)
    A("lebanon-general-security", "agency", "General Directorate of General Security (Lebanon)", "المديرية العامة للأمن العام",
      ["الامن العام", "الأمن العام اللبناني", "General Security"], "LB", None,
      "Without the bare alias 'الأمن العام' (it names other states' bodies in other sets)."),
    P("abbas-ibrahim", "Abbas Ibrahim", "عباس ابراهيم", ["عباس إبراهيم", "ابراهيم", "إبراهيم"], "LB",
      "Director-General of Lebanon's General Security 2011–2023."),
    P("charbel", "Marwan Charbel", "مروان شربل", ["شربل", "Marwan Charbel"], "LB",
      "Lebanese minister of the interior and municipalities (2011–2014), a retired brigadier general."),
    P("ozyildiz", "İnan Özyıldız", "اينان أوزيلديز", ["أوزيلديز", "إينان أوزيلديز", "أونان أوزيدليز"], "TR",
      "Turkey's ambassador to Lebanon (2010–2014)."),
    P("tufan-tekin", "Tufan Tekin", "توفان تيكين", ["تيكين"], "TR",
      "Turkish citizen kidnapped in Lebanon by the Meqdad clan in August 2012 and freed in September 2012."),
    A("meqdad-clan", "group", "Al-Meqdad clan (its armed wing)", "آل المقداد", ["عائلة آل المقداد", "عائلة المقداد"], "LB", None,
      "A Lebanese Shiite clan whose 'military wing' kidnapped Syrians and Turks in August 2012 after one of its members was "
      "kidnapped in Syria; a group here because of the kidnappings."),
    P("hassan-meqdad", "Hassan al-Meqdad", "حسان المقداد", [], "LB",
      "Member of the Meqdad clan kidnapped in Syria by the Free Syrian Army (2012)."),
    A("free-syrian-army", "group", "Free Syrian Army", "الجيش السوري الحر", ["الجيش الحر", "FSA"], "SY"),

    # ---- sotaliraq (Turkey arrests the ISIS leader Ismail Alwan al-Issawi and hands him to Iraq, 2018)
    A("turkey-foreign-ministry", "organization", "Ministry of Foreign Affairs (Turkey)", "وزارة الخارجية التركية",
      ["الخارجية التركية"], "TR"),
    P("aksoy", "Hami Aksoy", "حامي أكصوي", ["أكصوي", "Hami Aksoy"], "TR", "Spokesman of the Turkish foreign ministry (2018–2021)."),
    P("issawi", "Ismail Alwan al-Issawi", "إسماعيل علوان العيساوي", ["العيساوي", "إسماعيل علوان سلمان العيثاوي"], "IQ",
      "Senior ISIS member (its religious-affairs official) arrested in Sakarya, Turkey, and handed to Iraq in 2018."),
    A("turkish-security-services", "agency", "Turkish security services (collective)", "أجهزة الأمن التركية",
      ["أجهزة المخابرات التركية"], "TR", None,
      "Collective actor for unspecified Turkish services: sotaliraq's 'أجهزة المخابرات التركية' and the 'intelligence services "
      "and law-enforcement police' of Sakarya province."),
    A("iraq-intelligence-services", "agency", "Iraqi intelligence services (collective)", "أجهزة الاستخبارات العراقية",
      ["الاستخبارات العراقية"], "IQ", None, "Collective actor for unspecified Iraqi intelligence services."),

    # ---- lnaiq (Iraq hands 14 Iranian prisoners to Iran under the prisoner-exchange agreement, 2023)
    P("jalalian", "Asgar Jalalian", "عسكر جلاليان", ["جلاليان"], "IR",
      "Iran's deputy minister of justice for human rights and international affairs."),

    # ---- sputnik (the Syrian interior ministry's spokesman on a possible Russian role, 2025)
    P("nour-al-din-al-baba", "Nour al-Din al-Baba", "نور الدين البابا", ["البابا"], "SY",
      "Spokesman of the Syrian interior ministry (2025)."),
    P("ahmed-al-sharaa", "Ahmed Al-Sharaa", "أحمد الشرع", ["الشرع"], "SY",
      "General commander of the Syrian (transitional) administration, later president of Syria."),
    P("putin", "Vladimir Putin", "فلاديمير بوتين", ["بوتين", "فلايديمير بوتين", "Vladimir Putin"], "RU",
      "President of Russia; sputnik spells him 'فلايديمير'."),

    # ---- veto (the Iraq–Russia–Syria–Iran information centre in Baghdad)
    A("iraq-defence-ministry", "organization", "Ministry of Defence (Iraq)", "وزارة الدفاع العراقية", [], "IQ"),
    P("saad-al-hadithi", "Saad al-Hadithi", "سعد الحديثي", ["الحديثي"], "IQ",
      "Spokesman of the Iraqi prime minister's office (Haider al-Abadi's government)."),
    P("naseer-nouri-mohammed", "Naseer Nouri Mohammed", "نصير نوري محمد", ["نصير نوري", "محمد"], "IQ",
      "Media adviser and official spokesman of the Iraqi Ministry of Defence; veto calls him 'محمد' after the first mention."),
]
