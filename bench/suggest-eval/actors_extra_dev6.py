# Actors and aliases added to /work/main/graph/actors.json for the dev6 corpus.
# dev6's lexicon is graph/actors.json plus these only (not the dev/dev2/dev4 extras); actors that
# actors_extra.py or actors_extra_dev4.py already define are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "dgst": ["المديرية المغربية لمراقبة التراب الوطني"],
    "interpol-rabat": ["مكتب إنتربول الرباط"],
    "moroccan-security-services": ["الاستخبارات المغربية"],
    "spain": ["مدريد"],
    "eu": ["الإتحاد الأوروبي", "الاتحاد الأوروبي"],
}

ACTORS = [
    # iralyoum (DGST and Italian services, ISIS leader arrested in Italy)
    A("italian-security-services", "agency", "Italian security services (collective)", "المصالح الأمنية الإيطالية", [], "IT", None,
      "Collective actor for unspecified Italian services, like moroccan-security-services."),
    # kuwait24 (Iraqi interior minister's visit to Kuwait)
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ", "Iraqi interior minister."),
    P("mishal-al-sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "مشعل الأحمد الجابر الصباح", ["Mishal Al-Ahmad"], "KW",
      "Emir of Kuwait (since December 2023)."),
    P("fahd-al-yousef", "Fahd Yousef Saud Al-Sabah", "فهد اليوسف", ["فهد يوسف سعود الصباح"], "KW",
      "Kuwait's first deputy prime minister, minister of defence and minister of the interior (2024–)."),
    # wa-gulf (Oman hands two convicts to Iraq)
    A("oman", "country", "Oman", "سلطنة عمان", ["سلطنة عُمان", "Oman"], "OM"),
    A("iraq-integrity-commission", "agency", "Federal Commission of Integrity (Iraq)", "هيئة النزاهة",
      ["هيئة النزاهة العراقية", "هيئة النزاهة الاتحادية"], "IQ", None,
      "Iraq's anti-corruption investigative body; its recovery department pursues fugitives abroad. Taken as a law-enforcement body (agency)."),
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    # dailysabah (Turkey trains Sudanese riot police)
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("sudan-police", "agency", "Sudan Police Force", "الشرطة السودانية", ["قوات الشرطة السودانية", "Sudan Police"], "SD"),
    A("sudan-anti-riot-unit", "agency", "Anti-riot unit (Sudan Police)", "فرقة مكافحة الشغب", ["فرقة مكافحة الشغب السودانية"], "SD", "sudan-police"),
    A("turkey-interior-ministry", "organization", "Ministry of Interior (Turkey)", "وزارة الداخلية التركية", [], "TR"),
    A("turkey-egm", "agency", "General Directorate of Security (Turkey)", "المديرية العامة للأمن",
      ["الأمن العام التركي", "Emniyet Genel Müdürlüğü", "EGM"], "TR", None, "Turkey's national police."),
    A("turkish-security-training-academy", "agency", "Turkish security training academy (as Daily Sabah names it)", "أكاديمية التدريب الأمني",
      ["أكاديمية التدريب الأمني التركي"], "TR", None,
      "Named by Daily Sabah only as 'the Turkish security training academy', one of whose branches trained the Sudanese police."),
    P("sobasi", "Alpay Sobaşı", "ألباي سوباشي", ["سوباشي"], "TR",
      "Director of a branch of the Turkish security training academy (spelled ألباي سوباشي by Daily Sabah)."),
    P("nizar-abdelrahman", "Nizar Abdel Rahman", "نزار عبد الرحمن", [], "SD", "Training director of Sudan's anti-riot unit."),
    # elhora (Mauritania–Saudi security agreement)
    A("mauritania", "country", "Mauritania", "موريتانيا",
      ["الجمهورية الإسلامية الموريتانية", "نواكشوط", "Mauritania"], "MR"),
    A("mauritania-dgsn", "agency", "General Directorate of National Security (Mauritania)", "المديرية العامة للأمن الوطني",
      ["DGSN Mauritanie"], "MR", None,
      "Mauritania's national police. Its Arabic name is the same as Morocco's DGSN (dgsn); elhora names it only in its director's title."),
    P("msgharou", "Mesgharou Ould Sidi", "مسقارو ولد سيدي", ["مسغارو ولد سيدي"], "MR",
      "Director General of National Security of Mauritania (general)."),
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-state-security", "agency", "Presidency of State Security (Saudi Arabia)", "رئاسة أمن الدولة", ["أمن الدولة"], "SA"),
    P("abdullah-al-owais", "Abdullah bin Fahd Al-Owais", "عبد الله بن فهد العويس", [], "SA",
      "Deputy head of Saudi Arabia's Presidency of State Security."),
    # ltv (Libya's interior minister and the Italian foreign minister)
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("libya-interior-ministry", "organization", "Ministry of Interior (Libya, GNA)", "وزارة الداخلية الليبية", [], "LY"),
    A("libya-foreign-ministry", "organization", "Ministry of Foreign Affairs (Libya, GNA)", "وزارة الخارجية الليبية", [], "LY"),
    P("bashagha", "Fathi Bashagha", "فتحي باشاغا", ["باشاغا", "Bashagha"], "LY",
      "Interior minister of Libya's Government of National Accord (2018–2021)."),
    P("siala", "Mohamed Taha Siala", "محمد سيالة", ["سيالة", "Siala"], "LY",
      "Foreign minister of Libya's Government of National Accord (2016–2021)."),
    P("di-maio", "Luigi Di Maio", "لويدجي دي مايو", ["دي مايو", "Di Maio"], "IT",
      "Italian foreign minister 2019–2022 (spelled لويدجي دي مايو by LTV)."),
    # alakhbar24 (Spanish National Police and DGSN, 20 tonnes of hashish)
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    # albiladdaily (Saudi and Qatari interior ministers in Doha)
    A("qatar", "country", "Qatar", "قطر", ["دولة قطر", "Qatar"], "QA"),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود"], "SA", "Saudi minister of the interior (since 2017)."),
    P("khalid-bin-khalifa", "Khalid bin Khalifa bin Abdulaziz Al Thani", "خالد بن خليفة بن عبدالعزيز آل ثاني",
      ["خالد بن خليفة"], "QA", "Prime minister and minister of the interior of Qatar (2020–2023)."),
    # emiratesvoice (UAE federal anti-narcotics and Musandam police, Oman)
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("uae-federal-anti-narcotics", "agency", "General Department of Federal Anti-Narcotics (UAE Ministry of Interior)",
      "الإدارة العامة لمكافحة المخدرات الاتحادية", ["مكافحة المخدرات الاتحادية"], "AE", "uae-interior-ministry"),
    A("musandam-police", "agency", "Musandam Governorate Police Command (Royal Oman Police)", "قيادة شرطة محافظة مسندم",
      ["شرطة محافظة مسندم", "شرطة مسندم"], "OM", None, "A governorate command of the Royal Oman Police (not an actor here)."),
    A("musandam-anti-narcotics", "agency", "Directorate of Narcotics and Psychotropic Substances Control, Musandam Police",
      "إدارة مكافحة المخدرات والمؤثرات العقلية", [], "OM", "musandam-police"),
    P("suwaidi", "Saeed Abdullah Tuwair Al Suwaidi", "سعيد عبدالله توير السويدي", ["السويدي"], "AE",
      "Director General of Federal Anti-Narcotics, UAE Ministry of Interior (colonel)."),
    P("abdulrahman-al-owais", "Abdulrahman Al Owais", "عبدالرحمن العويس", [], "AE",
      "Deputy Director General of Federal Anti-Narcotics, UAE Ministry of Interior (colonel)."),
    P("maamari", "Yasser Al Maamari", "ياسر المعمري", ["المعمري"], "OM", "Police commander of Musandam Governorate (brigadier)."),
]
