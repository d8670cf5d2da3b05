# Actors and aliases added to /work/main/graph/actors.json for the test33 corpus (held out).
# test33's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other
# actors_extra_*.py files already define are re-declared here with the same id, kind, names and parent.
# Changed from other sets: egypt-gis is re-declared without the bare alias "المخابرات العامة", which in test33
# (alfjrnews) names Sudan's General Intelligence Service ("مدير جهاز المخابرات العامة"); tunisia-interior-ministry
# without the bare "وزارة الداخلية".
from actors_extra import P, A

ALIASES = {
    # libyaakhbar: "سفير الجمهورية الإيطالية".
    "italy": ["الجمهورية الإيطالية"],
}

ACTORS = [
    # re-declared states
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt", "القاهرة"], "EG"),
    A("sudan", "country", "Sudan", "السودان", ["جمهورية السودان", "Sudan"], "SD"),
    A("libya", "country", "Libya", "ليبيا", ["Libya"], "LY"),
    A("chad", "country", "Chad", "تشاد", ["Chad", "نجامينا"], "TD"),
    A("niger", "country", "Niger", "النيجر", ["جمهورية النيجر", "Niger"], "NE"),
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("ethiopia", "country", "Ethiopia", "إثيوبيا", ["أثيوبيا", "اثيوبيا", "Ethiopia"], "ET"),
    # alain (Sudan agrees to hand members of an ISIS cell to Egypt)
    A("sudan-gis", "agency", "General Intelligence Service (Sudan)", "جهاز المخابرات العامة السوداني",
      ["جهاز المخابرات السوداني", "المخابرات السودانية", "GIS"], "SD", None,
      "Sudan's intelligence service (called NISS until 2019)."),
    A("sudan-security-services", "agency", "Sudanese security services (collective)", "أجهزة الأمن السودانية",
      ["الأجهزة الأمنية السودانية"], "SD", None,
      "Collective actor for unspecified Sudanese services, like moroccan-security-services."),
    P("akram-abdelbadie", "Akram Abdel Badie", "أكرم عبدالبديع", ["عبدالبديع", "أكرم عبد البديع", "محمد أحمد محمد", "أكرم"], "EG",
      "Egyptian Muslim Brotherhood fugitive (sentenced in absentia in 2014), arrested in Khartoum with an ISIS cell; "
      "he travelled as 'محمد أحمد محمد'."),
    P("aya-hassan-abdelsalam", "Aya Hassan Abdel Salam", "آية حسن عبدالسلام", [], "EG",
      "Wife of Akram Abdel Badie, arrested with him in Khartoum."),
    P("asmaa-abdelbasit", "Asmaa Abdel Basit", "أسماء عبدالباسط", [], "EG", "Egyptian woman arrested with the Khartoum ISIS cell."),
    # libyaakhbar (Sarraj receives the Italian ambassador)
    A("libya-presidential-council", "organization", "Presidential Council (Libya)", "المجلس الرئاسي",
      ["المجلس الرئاسي الليبي", "Presidential Council"], "LY", None,
      "Libya's collective head of state (GNA 2016–2021, then GNU)."),
    P("sarraj", "Fayez al-Sarraj", "فايز السراج", ["السراج", "فائز السراج", "Fayez al-Sarraj"], "LY",
      "Chairman of Libya's Presidential Council and prime minister of the GNA (2016–2021)."),
    P("buccino-grimaldi", "Giuseppe Buccino Grimaldi", "جوزيبي قاليماردي",
      ["قاليماردي", "جوزيبي بوتشينو", "بوتشينو", "Giuseppe Buccino Grimaldi"], "IT",
      "Italian ambassador to Libya (2019–2021)."),
    # elbalad (Egypt–Chad foreign ministers)
    P("abdelatty", "Badr Abdelatty", "بدر عبد العاطي", ["عبد العاطي", "بدر عبدالعاطي", "Badr Abdelatty"], "EG",
      "Egyptian minister of foreign affairs, emigration and Egyptian expatriates (from July 2024)."),
    # euneighbours (EUBAM Libya and the Libyan Border Guard training centre)
    A("eubam-libya", "organization", "EU Integrated Border Management Assistance Mission in Libya (EUBAM Libya)",
      "بعثة المساعدة الحدودية للاتحاد الأوروبي في ليبيا", ["EUBAM Libya", "EUBAM", "بعثة الاتحاد الأوروبي للمساعدة الحدودية في ليبيا"],
      None, "eu", "Civilian CSDP mission of the EU, launched 22 May 2013."),
    P("andersen", "Anders Gaarlie Andersen", "اندرس غارلي اندرسن", ["اندرسن", "Anders Gaarlie Andersen"], None,
      "Deputy head of EUBAM Libya (as the text names him)."),
    A("libya-border-department", "agency", "Border Department (Libya)", "إدارة الحدود", [], "LY", None,
      "Named only in its director's title 'مدير إدارة الحدود' (euneighbours); read as the Libyan border administration "
      "that runs the Border Guard training centre."),
    A("libya-border-guard", "agency", "Libyan Border Guard", "حرس الحدود الليبي", ["حرس الحدود الليبية", "حرس الحدود", "Libyan Border Guard"],
      "LY", None, "The bare 'حرس الحدود' is Libya's in test33."),
    A("libya-border-guard-training-centre", "agency", "Border Guard Training Centre (Libya)", "مركز تدريب حرس الحدود", [], "LY",
      "libya-border-guard"),
    P("hadi-dakhil", "Al-Hadi Dakhil", "الهادي دخيل", ["دخيل"], "LY", "Brigadier in the Libyan Border Guard."),
    # alfjrnews (Burhan receives Egypt's intelligence chief)
    A("sudan-sovereignty-council", "organization", "Transitional Sovereignty Council (Sudan)", "مجلس السيادة الانتقالي",
      ["مجلس السيادة", "مجلس السيادة السوداني"], "SD", None, "Sudan's collective head of state since 2019."),
    P("burhan", "Abdel Fattah al-Burhan", "عبد الفتاح البرهان", ["عبدالفتاح البرهان", "عبدالفتاح البرهان عبدالرحمن", "البرهان",
      "Abdel Fattah al-Burhan"], "SD", "Chairman of Sudan's Transitional Sovereignty Council (since 2019)."),
    A("egypt-gis", "agency", "General Intelligence Service (Egypt)", "جهاز المخابرات العامة المصرية",
      ["المخابرات العامة المصرية", "GIS"], "EG", None, "Re-declared without the bare alias 'المخابرات العامة' (see the header)."),
    P("abbas-kamel", "Abbas Kamel", "عباس كامل", ["Abbas Kamel"], "EG", "Director of Egypt's General Intelligence Service (2018–2024)."),
    P("mufaddal", "Ahmed Ibrahim Mufaddal", "أحمد إبراهيم مفضل", ["مفضل", "أحمد ابراهيم مفضل", "محمد ابراهيم مفضل"], "SD",
      "Director General of Sudan's General Intelligence Service (since 2021). alfjrnews calls him 'محمد ابراهيم مفضل'."),
    P("sisi", "Abdel Fattah El-Sisi", "عبد الفتاح السيسي", ["السيسي", "عبدالفتاح السيسي"], "EG", "President of Egypt (since 2014)."),
    # libyaobserver (Libya, Chad, Niger and Sudan sign a border-security agreement)
    P("siala", "Mohamed Taha Siala", "محمد سيالة", ["سيالة", "Siala", "سياله"], "LY",
      "Foreign minister of Libya's Government of National Accord (2016–2021)."),
    # innfrad (Egypt's interior minister receives his German counterpart)
    P("abdel-ghaffar", "Magdy Abdel Ghaffar", "مجدي عبدالغفار", ["عبدالغفار", "مجدي عبد الغفار", "عبد الغفار", "مجدى عبد الغفار"], "EG",
      "Egyptian minister of the interior 2015–2018."),
    P("de-maiziere", "Thomas de Maizière", "توماس دي ميزير", ["توماس دى ميزير", "دى ميزير", "دي ميزير", "توماس دى ميزيير", "Thomas de Maizière"],
      "DE", "German federal minister of the interior (2009–2011, 2013–2018)."),
    # maghrebvoices (Libya asks Tunisia to hand over two suspects in the attempt on Mliqta)
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية", ["الداخلية التونسية"], "TN",
      None, "Re-declared without the bare alias 'وزارة الداخلية'."),
    A("tunisia-dg-migration-foreigners", "agency", "Directorate General of Borders and Foreigners (Tunisia)", "الإدارة العامة للهجرة والأجانب",
      ["الإدارة العامة للحدود والأجانب", "إدارة الحدود والأجانب", "Direction générale des frontières et des étrangers"], "TN",
      "tunisia-interior-ministry", "maghrebvoices names it only in its head's title 'مدير عام إدارة الحدود والأجانب'."),
    P("nouri", "Khaled Nouri", "خالد النوري", ["النوري"], "TN", "Tunisian minister of the interior (from 2024)."),
    A("libya-attorney-general-office", "organization", "Attorney General's Office (Libya)", "مكتب النائب العام",
      ["مكتب النائب العام الليبي", "Attorney General Office (Libya)"], "LY"),
    P("mliqta", "Abdulmajid Mliqta", "عبد المجيد مليقطة", ["مليقطة"], "LY",
      "Head of Libya's National Safety Authority and adviser to the GNU prime minister; target of a 2024 assassination attempt."),
    A("libya-national-safety-authority", "organization", "National Safety Authority (Libya)", "هيئة السلامة الوطنية", [], "LY", None,
      "Libya's civil-protection authority under the GNU."),
    P("dbeibah", "Abdul Hamid Dbeibah", "عبد الحميد الدبيبة", ["الدبيبة", "Abdul Hamid Dbeibah"], "LY",
      "Prime minister of Libya's Government of National Unity (from 2021)."),
    # salaamedia (Blue Nile State and Ethiopia's Benishangul region: border security)
    A("blue-nile-state-government", "organization", "Government of Blue Nile State (Sudan)", "حكومة ولاية النيل الأزرق",
      ["ولاية النيل الأزرق", "النيل الأزرق"], "SD"),
    A("benishangul-gumuz-region", "organization", "Benishangul-Gumuz Region (Ethiopia)", "إقليم بني شنقول",
      ["بني شنقول", "إقليم بني شنقول قمز", "Benishangul-Gumuz"], "ET", None, "A regional state of Ethiopia bordering Blue Nile State."),
    P("yahya-mohamed-kheir", "Yahya Mohamed Kheir", "يحي محمد خير", ["يحيى محمد خير"], "SD",
      "Governor of Blue Nile State (lieutenant general) in 2019."),
    P("mohamed-abu-alqasim", "Mohamed Abu Al-Qasim", "محمد أبو القاسم", [], "SD", "Spokesman of the Blue Nile State government."),
    # afrigatenews (Libya's Internal Security Agency arrests a Syrian ISIS member)
    A("libya-isd", "agency", "Internal Security Agency (Libya)", "جهاز الأمن الداخلي", ["جهاز الأمن الداخلي الليبي", "Internal Security Agency (Libya)"],
      "LY", None, "The bare 'جهاز الأمن الداخلي' is Libya's in test33."),
    P("abu-wael", "Abu Wael", "أبو وائل", [], "SY", "Syrian ISIS member arrested in Libya by the ISD (named only by his kunya)."),
]
