# Actors and aliases added to /work/main/graph/actors.json for the dev12 corpus.
# dev12's lexicon is graph/actors.json plus these only (not the earlier sets' extras); actors that
# actors_extra.py or actors_extra_dev4.py–actors_extra_dev10.py already define are re-declared here with the same id.
# The bare alias "وزارة الداخلية" is given to no ministry: in dev12 it names Tunisia's, Saudi Arabia's, the UAE's and Iraq's.
from actors_extra import P, A

ALIASES = {
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي"],
    # fesnews: the embassy is named with its city ("…بالعاصمة الرباط").
    "us-embassy-rabat": ["سفارة الولايات المتحدة الأمريكية بالعاصمة الرباط"],
    "interpol": ["منظمة الإنتربول", "منظمة الإنتربول الدولية"],
    "uk": ["المملكة المتحدة"],
}

ACTORS = [
    # fesnews (Hammouchi receives the US ambassador David Fischer)
    P("fischer", "David Fischer", "دايفيد فيشر", ["فيشر", "David Fischer"], "US", "US ambassador to Morocco (2019–2021)."),
    # ahdatsouss (DGSN course for Burkinabe police officers at the Royal Police Institute, Kenitra)
    A("royal-police-institute", "agency", "Royal Police Institute (Kenitra)", "المعهد الملكي للشرطة",
      ["المعهد الملكي للشرطة القضائية", "معهد الشرطة"], "MA", "dgsn", "The DGSN's training institute in Kenitra."),
    A("burkina-faso-police-services", "agency", "Burkinabe police services (collective)", "أجهزة الشرطة البوركينابية",
      [], "BF", None, "Collective actor for unspecified Burkinabe police (the trainees 'ضباط شرطة بوركينابيين'), like moroccan-security-services."),
    # darelhilal (Jordan's PSD director Hawatmeh meets the British ambassador Brind)
    A("jordan", "country", "Jordan", "الأردن", ["المملكة الأردنية الهاشمية", "الاردن", "Jordan"], "JO"),
    A("jordan-psd", "agency", "Public Security Directorate (Jordan)", "مديرية الأمن العام",
      ["الأمن العام الأردني", "مديرية الأمن العام الأردنية", "جهاز الأمن العام", "PSD"], "JO", None,
      "Without the bare alias 'الأمن العام', which in dev12 also names Saudi Arabia's Public Security (ngmisr)."),
    P("hawatmeh", "Hussein Al-Hawatmeh", "حسين الحواتمة", ["الحواتمة", "Hussein Hawatmeh"], "JO",
      "Director of Jordan's Public Security Directorate (2019–2022)."),
    P("brind", "Bridget Brind", "بريدجيت بريند", ["بريند"], "GB", "British ambassador to Jordan."),
    # rosaelyoussef (Tunisian interior ministry–US embassy memorandum)
    A("tunisia", "country", "Tunisia", "تونس", ["الجمهورية التونسية", "Tunisia"], "TN"),
    A("tunisia-interior-ministry", "organization", "Ministry of Interior (Tunisia)", "وزارة الداخلية التونسية",
      ["الداخلية التونسية"], "TN", None, "Re-declared without the bare alias وزارة الداخلية, which names four ministries in dev12."),
    A("us-embassy-tunis", "organization", "US Embassy in Tunis", "سفارة الولايات المتحدة الأمريكية بتونس",
      ["Embassy of the United States, Tunis"], "US", "us-state-department"),
    P("mechichi", "Hichem Mechichi", "هشام مشيشي", ["المشيشي", "Hichem Mechichi"], "TN",
      "Prime minister of Tunisia (2020–2021), in charge of the interior ministry from Jan. to July 2021."),
    P("blome", "Donald Blome", "دونالد بلوم", ["بلوم", "Donald Blome"], "US", "US ambassador to Tunisia (2019–2022)."),
    # ngmisr (Saudi and Egyptian interior ministers meet in Riyadh and sign a cooperation agreement)
    A("saudi-arabia", "country", "Saudi Arabia", "المملكة العربية السعودية", ["السعودية", "Saudi Arabia"], "SA"),
    A("saudi-interior-ministry", "organization", "Ministry of Interior (Saudi Arabia)", "وزارة الداخلية السعودية", [], "SA"),
    A("saudi-public-security", "agency", "Public Security (Saudi Arabia)", "الأمن العام السعودي",
      ["Saudi Public Security"], "SA", "saudi-interior-ministry", "The Saudi interior ministry's police directorate."),
    P("abdulaziz-bin-saud", "Abdulaziz bin Saud bin Naif", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز",
      ["عبدالعزيز بن سعود", "عبد العزيز بن سعود", "عبد العزيز بن سعود بن نايف بن عبد العزيز", "بن سعود"], "SA",
      "Saudi minister of the interior (since 2017)."),
    P("al-daoud", "Nasser bin Abdulaziz Al-Daoud", "ناصر بن عبد العزيز الداود", ["الداود"], "SA", "Saudi deputy minister of the interior."),
    P("al-falih", "Hisham bin Abdulrahman Al-Falih", "هشام بن عبد الرحمن الفالح", ["الفالح"], "SA", "Undersecretary of the Saudi interior ministry."),
    P("al-bassami", "Mohammed bin Abdullah Al-Bassami", "محمد بن عبد الله البسامي", ["البسامي"], "SA", "Director of Saudi Public Security (lieutenant general)."),
    A("egypt", "country", "Egypt", "مصر", ["جمهورية مصر العربية", "Egypt"], "EG"),
    A("egypt-interior-ministry", "organization", "Ministry of Interior (Egypt)", "وزارة الداخلية المصرية", [], "EG"),
    A("egypt-national-security-sector", "agency", "National Security Sector (Egyptian interior ministry)", "قطاع الأمن الوطني",
      ["جهاز الأمن الوطني المصري"], "EG", "egypt-interior-ministry", "Egypt's domestic security service (formerly State Security Investigations)."),
    P("mahmoud-tawfik", "Mahmoud Tawfik", "محمود توفيق", [], "EG", "Egyptian minister of the interior (since 2018)."),
    P("jaafar", "Adel El-Sayed Abdel Aziz Jaafar", "عادل السيد عبد العزيز جعفر", ["عادل جعفر"], "EG",
      "First assistant to Egypt's interior minister and head of the National Security Sector."),
    # khaleejtimes (the UAE hands two wanted men to Belgium)
    A("uae", "country", "United Arab Emirates", "الإمارات العربية المتحدة",
      ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "UAE"], "AE"),
    A("uae-interior-ministry", "organization", "Ministry of Interior (UAE)", "وزارة الداخلية الإماراتية", [], "AE"),
    A("dubai-police", "agency", "Dubai Police", "القيادة العامة لشرطة دبي", ["شرطة دبي", "Dubai Police"], "AE"),
    A("sharjah-police", "agency", "Sharjah Police", "القيادة العامة لشرطة الشارقة", ["شرطة الشارقة", "Sharjah Police"], "AE"),
    # infoplus (Iraq recovers eight drug traffickers from Kuwait)
    A("iraq", "country", "Iraq", "العراق", ["Iraq"], "IQ"),
    A("iraq-interior-ministry", "organization", "Ministry of Interior (Iraq)", "وزارة الداخلية العراقية", [], "IQ", None,
      "Without the bare alias وزارة الداخلية (see the header)."),
    P("shammari", "Abdul Amir al-Shammari", "عبد الأمير الشمري", ["الشمري", "عبد الأمير كامل الشمري"], "IQ", "Iraqi interior minister (since 2022)."),
    A("kuwait", "country", "Kuwait", "الكويت", ["دولة الكويت", "Kuwait"], "KW"),
    # alakhbar55 (Spanish National Police arrest in Ceuta, operation with Turkey and European services)
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية", ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    A("spanish-security-services", "agency", "Spanish security services (collective)", "مصالح الأمن الإسباني",
      ["الامن الاسباني"], "ES", None, "Collective actor for unspecified Spanish police services."),
    A("turkey", "country", "Turkey", "تركيا", ["Turkey", "Türkiye"], "TR"),
    A("turkey-interior-ministry", "organization", "Ministry of Interior (Turkey)", "وزارة الداخلية التركية", [], "TR"),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany"], "DE"),
    A("german-security-services", "agency", "German security services (collective)", "أجهزة الأمن الألمانية", [], "DE", None,
      "Collective actor for unspecified German services, like moroccan-security-services."),
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    A("dutch-security-services", "agency", "Dutch security services (collective)", "الأجهزة الأمنية الهولندية", [], "NL", None,
      "Collective actor for unspecified Dutch services, like moroccan-security-services."),
    A("belgian-security-services", "agency", "Belgian security services (collective)", "أجهزة الأمن البلجيكية", [], "BE", None,
      "Collective actor for unspecified Belgian services, like moroccan-security-services."),
    A("europol", "organization", "Europol (European Union Agency for Law Enforcement Cooperation)", "وكالة الشرطة الأوروبية",
      ["أوروبول", "يوروبول", "اليوروبول", "Europol"], None, "eu"),
]
