# Actors and aliases added to /work/main/graph/actors.json for the test36 corpus (held out).
# test36's lexicon is graph/actors.json plus these only (not the other sets' extras); actors that other sets'
# actors_extra files already define are re-declared here with the same id, kind, names and parent.
from actors_extra import P, A

ALIASES = {
    # aljareeda: "الحموشي" in the headline; nabae24: "عبداللطيف حموشي" run together.
    "hammouchi": ["الحموشي", "عبد اللطيف الحموشي", "عبداللطيف حموشي"],
    # aljareeda: "الجمهورية الإيطالية".
    "italy": ["الجمهورية الإيطالية"],
    # 24saa: "المملكة الإسبانية", and "مدريد" for the state ("بين الرباط ومدريد").
    "spain": ["المملكة الإسبانية", "مدريد"],
}

ACTORS = [
    # Re-declared from other sets (same id, kind, names, parent).
    A("spanish-national-police", "agency", "Spanish National Police", "الشرطة الوطنية الإسبانية",
      ["الشرطة الإسبانية", "Policía Nacional"], "ES"),
    A("guardia-civil", "agency", "Guardia Civil (Spain)", "الحرس المدني الإسباني", ["الحرس المدني", "Guardia Civil"], "ES"),
    A("french-interior-ministry", "organization", "Ministry of the Interior (France)", "وزارة الداخلية الفرنسية",
      ["وزارة الداخلية وأقاليم ما وراء البحار"], "FR", None,
      "almaghreb24 also names it by its 2022–2024 title, 'وزارة الداخلية وأقاليم ما وراء البحار', and once misspells it "
      "'وزارة الداخلية الفرسية' (a slip, annotated as a mention but not listed as an alias)."),
    A("french-security-services", "agency", "French security and intelligence services (collective)", "مصالح الاستخبارات الفرنسية",
      ["مصالح الإستخبارات الفرنسية", "المصالح الأمنية الفرنسية", "فرق أمنية فرنسية"], "FR", None,
      "Collective actor for unspecified French services, like moroccan-security-services. fesnews: 'فرق أمنية فرنسية محترفة' "
      "(the French teams that trained Auxiliary Forces officers)."),
    A("belgian-security-services", "agency", "Belgian security services (collective)", "أجهزة الأمن البلجيكية",
      ["مصالح الأمن البلجيكي", "الشرطة البلجيكية"], "BE", None,
      "Collective actor for unspecified Belgian services, like moroccan-security-services. almaghribialyaoum's "
      "'الشرطة البلجيكية' (its spokeswoman) does not say which police, so it is taken as the collective."),
    A("germany", "country", "Germany", "ألمانيا", ["المانيا", "Germany", "ألمانيا الاتحادية"], "DE"),
    A("german-interior-ministry", "organization", "Federal Ministry of the Interior, Building and Community (Germany)",
      "الوزارة الاتحادية للداخلية والبناء والأعمار والأمن الوطني", ["وزارة الداخلية الألمانية", "BMI"], "DE", None,
      "Declared as the parent of the Federal Police; not mentioned in test36."),
    A("german-federal-police", "agency", "German Federal Police (Bundespolizei)", "الشرطة الاتحادية الألمانية",
      ["الشرطة الاتحادية", "الشرطة الفيدرالية الألمانية", "الشرطة الفيدرالية", "Bundespolizei"], "DE", "german-interior-ministry"),
    A("bka", "agency", "Federal Criminal Police Office (Germany, BKA)", "المكتب الفيدرالي للشرطة الجنائية",
      ["BKA", "Bundeskriminalamt"], "DE"),
    P("muench", "Holger Münch", "هولغر مونش", ["مونش", "Holger Münch", "Münch", "هولغر مينش", "مينش"], "DE",
      "President of Germany's BKA (since 2014). nabae24 writes 'هولغر مينش'."),
    P("laftit", "Abdelouafi Laftit", "عبد الوافي لفتيت", ["لفتيت", "عبد الوافي لفتيت", "Laftit"], "MA",
      "Morocco's minister of the interior (since 2017)."),
    P("marlaska", "Fernando Grande-Marlaska", "فرناندو غراندي مارلاسكا", ["غراندي مارلاسكا", "مارلاسكا", "Grande-Marlaska"], "ES",
      "Spain's minister of the interior (since 2018)."),
    P("darmanin", "Gérald Darmanin", "جيرارد دارمانان", ["دارمانان", "جيرالد دارمانين", "دارمانين", "Darmanin", "جيرالد دارمانان"], "FR",
      "French minister of the interior 2020–2024."),
    A("netherlands", "country", "Netherlands", "هولندا", ["هولاندا", "Netherlands"], "NL"),
    A("morocco-interior-ministry", "organization", "Ministry of the Interior (Morocco)", "وزارة الداخلية المغربية", [], "MA", None,
      "Declared as the parent of the Auxiliary Forces; not mentioned in test36."),

    # New.
    # aljareeda (Hammouchi receives the Italian police chief Vittorio Pisani)
    A("italian-state-police", "agency", "Italian State Police (Polizia di Stato)", "الشرطة الوطنية الإيطالية",
      ["Polizia di Stato"], "IT", None,
      "Its head is the 'Capo della Polizia – Direttore generale della pubblica sicurezza', which aljareeda renders "
      "'المدير العام للشرطة الوطنية الإيطالية'."),
    P("pisani", "Vittorio Pisani", "فيتوريو بيزاني", ["بيزاني", "Vittorio Pisani"], "IT",
      "Chief of the Italian State Police and Director General of Public Security (since 2023)."),
    # nabae24 (Hammouchi's working visit to Berlin)
    P("romann", "Dieter Romann", "ديتر رومان", ["دييتر رومان", "رومان", "Dieter Romann"], "DE",
      "President of Germany's Federal Police (since 2012)."),
    # fesnews (French teams train Moroccan Auxiliary Forces officers)
    A("moroccan-auxiliary-forces", "agency", "Auxiliary Forces (Morocco)", "القوات المساعدة",
      ["القوات المساعدة المغربية", "Forces auxiliaires"], "MA", "morocco-interior-ministry",
      "A force under the Ministry of the Interior; its members are colloquially 'مخازنية' (mokhaznis), which is not taken as "
      "a name of the body."),
    A("auxiliary-forces-cadre-school", "agency", "Royal School for the Training of Auxiliary Forces Cadres (Benslimane)",
      "المدرسة الملكية لتكوين الأطر", ["المدرسة الملكية لتكوين أطر القوات المساعدة"], "MA", "moroccan-auxiliary-forces",
      "The Auxiliary Forces' cadre school in Benslimane."),
    # arabkhabar (Morocco–Netherlands extradition treaty)
    P("wahbi", "Abdellatif Ouahbi", "عبد اللطيف وهبي", ["وهبي", "Abdellatif Ouahbi"], "MA",
      "Morocco's minister of justice (from 2021)."),
    P("yesilgoz", "Dilan Yeşilgöz-Zegerius", "ديلان يسيلغوز", ["يسيلغوز", "يشيلجوز زيجيريوس", "Dilan Yeşilgöz"], "NL",
      "Dutch minister of justice and security (2022–2024)."),
]
