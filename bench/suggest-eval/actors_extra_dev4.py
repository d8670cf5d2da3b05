# Actors and aliases added to /work/main/graph/actors.json for the dev4 corpus.
# dev4's lexicon is graph/actors.json plus these only (not the dev/dev2 extras); actors that
# actors_extra.py already defines for dev/dev2/dev3 are re-declared here with the same id.
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    "interpol": ["منظمة الشرطة الجنائية الدولية"],
    "dgst": ["الديستي"],
    "moroccan-security-services": ["المخابرات المغربية", "الاستخبارات المغربية"],
    "us-state-department": ["الخارجية"],
}

ACTORS = [
    # almaghribtoday (BCIJ tip, arrest in the Netherlands; Belgian intelligence informed)
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    A("dutch-security-services", "agency", "Dutch security services (collective)", "الأجهزة الأمنية الهولندية", [], "NL", None,
      "Collective actor for unspecified Dutch services, like moroccan-security-services."),
    A("belgian-state-security", "agency", "State Security Service (Belgium, VSSE)", "أمن الدولة البلجيكي",
      ["جهاز المخابرات البلجيكي", "الأمن البلجيكي", "VSSE", "Sûreté de l'État"], "BE", None,
      "Belgium's civilian intelligence service; named by Al Maghrib Al Youm only as 'the Belgian intelligence service'."),
    # aletihad, below
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة", ["الإمارات", "دولة الإمارات", "UAE"], "AE"),
    # royanews, psd (Jordan's Public Security Directorate)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام", "مديرية الأمن العام الأردنية", "PSD"], "JO"),
    P("maaytah", "Obaidullah Al-Maaytah", "عبيدالله المعايطة", ["المعايطة"], "JO", "Director of Jordan's Public Security Directorate (2022)."),
    P("brind", "Bridget Brind", "بريدجيت بريند", ["بريند"], "GB", "British ambassador to Jordan."),
    P("tariq-khan", "Tariq Khan", "طارق خان", [], "CA", "Canadian ambassador to Jordan (as Roya News names him)."),
    P("zeya", "Uzra Zeya", "اوزرا زيا", ["زيا", "Uzra Zeya"], "US",
      "US Under Secretary of State for Civilian Security, Democracy, and Human Rights (2021–2025); spelled اوزرا زيا by the PSD site."),
    # aletihad (UAE hands two wanted men to France and Belgium)
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    # analkhabar (Moroccan tip, arrest in Tarragona)
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    A("spain-cni", "agency", "National Intelligence Centre (Spain)", "المركز الوطني للاستخبارات",
      ["جهاز المخابرات الاسباني", "CNI"], "ES", None, "Named by An-Nakhabar only as 'the Spanish intelligence service'."),
    A("mossos-d-esquadra", "agency", "Mossos d'Esquadra (Catalan police)", "الشرطة الاقليمية الكطالونية",
      ["Mossos d'Esquadra"], "ES", None, "Catalonia's regional police, called 'the Catalan regional police' by An-Nakhabar."),
    # baghdad24 (Iraq receives a murder suspect from Iran)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iran", "country", "Iran", "إيران", ["الجمهورية الإسلامية الإيرانية", "Iran"], "IR"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية",
      ["وزارة الداخلية"], "IQ"),
    A("iraq-interpol", "agency", "Directorate of Arab and International Police (Interpol Baghdad)", "مديرية الشرطة العربية والدولية",
      ["الانتربول العراقي", "الإنتربول العراقي", "Interpol Baghdad"], "IQ", "iraq-interior-ministry", "Iraq's Interpol National Central Bureau."),
    A("iran-police", "agency", "Law Enforcement Command of the Islamic Republic of Iran (FARAJA)", "القيادة العامة للشرطة الإيرانية",
      ["FARAJA"], "IR", None, "Iran's national police command."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري"], "IQ", "Iraqi interior minister."),
    # egypttoday (Egypt–Algeria interior ministers, MoU)
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("algeria", "country", "Algeria", "الجزائر", ["Algeria"], "DZ"),
    P("abdel-ghaffar", "Magdy Abdel Ghaffar", "مجدي عبدالغفار", ["عبدالغفار", "مجدي عبد الغفار"], "EG",
      "Egyptian minister of the interior 2015–2018."),
    P("bedoui", "Noureddine Bedoui", "نور الدين بدوي", ["بدوي"], "DZ",
      "Algerian minister of the interior and local authorities 2015–2019."),
    # 24saa (Prince Naif medal for Hammouchi)
    A("amic", "organization", "Arab Interior Ministers' Council", "مجلس وزراء الداخلية العرب", ["AIMC"], None),
    A("amic-secretariat", "organization", "General Secretariat of the Arab Interior Ministers' Council",
      "الأمانة العامة لمجلس وزراء الداخلية العرب", [], None, "amic", "Based in Tunis; its board of medal trustees awards the Prince Naif medal."),
    P("koman", "Mohammed bin Ali Koman", "محمد بن علي كومان", ["كومان"], "SA", "Secretary-General of the Arab Interior Ministers' Council."),
    A("naif-university", "organization", "Naif Arab University for Security Sciences", "جامعة نايف العربية للعلوم الأمنية",
      ["NAUSS"], None, None, "A university of the Arab League, in Riyadh."),
    P("bunyan", "Abdulmajeed bin Abdullah Al-Bunyan", "عبد المجيد بن عبد الله البنيان", ["البنيان"], "SA",
      "President of Naif Arab University for Security Sciences."),
    # barlamane (Canadian congratulations to the DGSN)
    A("canada-embassy-rabat", "organization", "Embassy of Canada in Morocco", "سفارة كندا في المغرب",
      ["سفارة كندا", "سفارة دولة كندا بالمغرب"], "CA", None, "Also accredited to Mauritania."),
    A("cbsa", "agency", "Canada Border Services Agency", "شرطة الحدود الكندية", ["CBSA"], "CA", None,
      "Called 'the Canadian border police' by Barlamane."),
    A("rcmp", "agency", "Royal Canadian Mounted Police", "شرطة الخيالة الملكية الكندية", ["شرطة الخيالة", "RCMP"], "CA"),
    P("furey", "George Furey", "جورج فوزي", ["George Furey"], "CA", "Speaker of the Canadian Senate (spelled جورج فوزي by Barlamane)."),
    # ihata (Moroccan intelligence and the Saint-Denis raid)
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["المصالح الأمنية الفرنسية", "نظيرتها الفرنسية"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services."),
]
