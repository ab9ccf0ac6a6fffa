-- Equivalence tables: policy, not code. The engine reads these to decide what counts as what;
-- a policy author may change them, and every change shows in the rule set's digest.
return {
  -- GCSE grades on the 9 to 1 scale. Legacy letter grades follow Ofqual's anchor points
  -- ("GCSE 9 to 1 grades: a brief guide for parents", Ofqual, 2018): the bottom of grade 7
  -- aligns with the bottom of A, the bottom of 4 with the bottom of C, the bottom of 1 with
  -- the bottom of G. Where a letter spans two numbers the lower is used, so no one is credited
  -- with more than they hold: A* = 8, B = 5, C = 4 (a "standard pass"), D = 3, E = 2.
  gcse_grades = {
    ["9"] = 9, ["8"] = 8, ["7"] = 7, ["6"] = 6, ["5"] = 5, ["4"] = 4, ["3"] = 3, ["2"] = 2, ["1"] = 1,
    ["U"] = 0,
    ["A*"] = 8, ["A"] = 7, ["B"] = 5, ["C"] = 4, ["D"] = 3, ["E"] = 2, ["F"] = 1, ["G"] = 1,
  },

  -- Grades a kind gives on its own scale, each read as a key of gcse_grades. A kind listed
  -- here is read only through its own table: its numbers are never the GCSE 9 to 1 scale.
  -- Grades are compared in capitals, so "c" and "C" are one grade.
  kind_grades = {
    -- O levels before 1975 were graded 1 to 9, 1 to 6 a pass: 1-2 an A, 3 a B, 4-6 a C,
    -- 7 a D, 8 an E, 9 unclassified (the boards' own bands, mapped onto the letters that
    -- replaced them in 1975). Letter grades from 1975 read as the same letters at GCSE.
    o_level = {
      ["1"] = "A", ["2"] = "A", ["3"] = "B", ["4"] = "C", ["5"] = "C", ["6"] = "C",
      ["7"] = "D", ["8"] = "E", ["9"] = "U",
      ["A"] = "A", ["B"] = "B", ["C"] = "C", ["D"] = "D", ["E"] = "E", ["U"] = "U",
    },
    -- CSE grade 1 was defined as equal to an O level pass (grade C); grades 2 to 5 are below
    -- it. Each is read one letter lower than the one above, no higher than the O level pass.
    cse = { ["1"] = "C", ["2"] = "D", ["3"] = "E", ["4"] = "F", ["5"] = "G", ["U"] = "U" },
    -- Scottish Standard Grade: 1-2 Credit, 3-4 General, 5-6 Foundation, 7 no award. Grades 1
    -- to 3 are taken as GCSE-level passes and credited at the standard pass (C) and no more,
    -- since the two systems are compared at pass level only; 4 to 7 fall below it.
    scottish_standard_grade = {
      ["1"] = "C", ["2"] = "C", ["3"] = "C", ["4"] = "D", ["5"] = "E", ["6"] = "F", ["7"] = "U",
    },
    -- National 5 and Intermediate 2 (SCQF level 5): A to C are passes, credited at the
    -- standard pass; D (a near miss) and no award are not.
    scottish_national_5 = { ["A"] = "C", ["B"] = "C", ["C"] = "C", ["D"] = "D", ["NO AWARD"] = "U" },
    scottish_intermediate_2 = { ["A"] = "C", ["B"] = "C", ["C"] = "C", ["D"] = "D", ["NO AWARD"] = "U" },
  },

  -- Subjects whose award is two GCSEs with two grades ("4-4", "9-8", "CC"): each grade counts
  -- as a pass of its own towards a number of GCSEs. Names as in `subjects` below.
  double_awards = { "Science" },

  -- Subject names as rules write them, with the names profiles may use for the same subject.
  -- "English" means English Language (or a combined English); English Literature alone is not
  -- accepted as English, the usual reading of "GCSE English" in UK recruitment.
  subjects = {
    -- Spellings are compared ignoring case; add the forms applicants and tracking systems use.
    ["English"] = { "English Language", "English Lang", "Eng Lang", "Eng. Lang.", "English Lang.",
                    "English Language and Literature", "English Language & Literature",
                    "English (Language)", "English Language (Combined)" },
    ["Mathematics"] = { "Maths", "Math", "Mathematics", "Mathematics (Linear)", "Maths (Numeracy)",
                        "Math.", "Maths (Linear)" },
    ["English Literature"] = { "English Lit", "Eng Lit", "English Lit." },
    ["Science"] = { "Combined Science", "Double Science", "Additional Science", "Science (Double Award)",
                    "Combined Science: Trilogy", "Combined Science (Double Award)", "Double Award Science" },
    ["Business Administration"] = { "Business Admin", "Business and Administration" },
    ["Housing"] = { "Housing Practice", "Housing Studies" },
    ["Information Technology"] = { "IT", "ICT", "Computing", "Computer Science" },
    ["Health and Social Care"] = { "Adult Care", "Health & Social Care", "Social Care" },
  },

  -- Kinds that count towards a GCSE requirement. O levels count like GCSEs at their own
  -- (letter) grade. Functional Skills Level 2 in English or maths counts as a GCSE pass at
  -- grade 4, the government's stated equivalence for apprenticeship minimum requirements
  -- (Education and Skills Funding Agency, Apprenticeship funding rules).
  -- CSE and Scottish Standard Grade, National 5 and Intermediate 2 count at the grades
  -- kind_grades gives them. Key Skills Level 2 in Communication and Application of Number were
  -- the Functional Skills' predecessors and are read the same way (`reads_as` names the
  -- subjects they stand for).
  gcse_equivalents = {
    { kind = "o_level" },
    { kind = "cse" },
    { kind = "scottish_standard_grade" },
    { kind = "scottish_national_5" },
    { kind = "scottish_intermediate_2" },
    { kind = "functional_skills", min_level = 2, subjects = { "English", "Mathematics" }, grade = "4",
      note = "Functional Skills Level 2 as GCSE grade 4 in English and maths" },
    { kind = "key_skills", min_level = 2, subjects = { "English", "Mathematics" }, grade = "4",
      reads_as = { ["Communication"] = "English", ["Application of Number"] = "Mathematics" },
      note = "Key Skills Level 2 as GCSE grade 4 in English and maths" },
  },

  -- Kinds read as another kind wherever a rule names kinds: a Scottish Higher (SCQF level 6)
  -- is the A level's counterpart, an Advanced Higher above it.
  kind_equivalents = {
    scottish_higher = "a_level",
    scottish_advanced_higher = "a_level",
  },

  -- RQF level by kind, where a profile leaves the level out (profile format v1).
  kind_levels = {
    gcse = 2, o_level = 2, a_level = 3, degree = 6, postgraduate = 7,
    scottish_standard_grade = 2, scottish_national_5 = 2, scottish_intermediate_2 = 2,
    scottish_higher = 3, scottish_advanced_higher = 3,
  },

  -- Areas a kind of qualification always has: every CIH qualification is a housing one.
  kind_areas = {
    cih = { "housing" },
    itil = { "ict" },
  },

  -- Words in a qualification's title or subject that put it in an area, when the profile does
  -- not tag the area itself. A qualification with a title or subject and none of these words
  -- is taken as outside the area.
  area_words = {
    housing = { "housing", "homelessness", "tenancy", "lettings", "chartered institute of housing" },
    business_administration = { "business administration", "business admin", "business support" },
    health_social_care = { "health and social care", "health & social care", "adult care", "social care" },
    ict = { "information technology", "ict", "computing", "computer science", "itil", "software", "systems" },
    data = { "data", "analytics", "statistics", "insight" },
    customer_engagement = { "customer service", "customer engagement", "community engagement", "resident engagement" },
    management = { "management", "leadership", "ilm", "cmi" },
    finance = { "finance", "accounting", "accountancy", "aat", "bookkeeping" },
  },

  -- ITIL certification stages, lowest first: Foundation; then the Managing Professional
  -- modules (Specialist, Strategist) and Strategic Leader modules; then the designations.
  itil_stages = {
    foundation = 1,
    practitioner = 2, specialist = 2, strategist = 2, leader = 2,
    practice_manager = 3, managing_professional = 3,
  },

  -- Pay grades, lowest first. A career path to a role on a higher grade is a promotion and is
  -- listed first; one to the same or a lower grade (a lateral move, an apprentice post) is listed
  -- only when asked for (`eligo progression --all-paths`). Two names with one number are one
  -- grade: the Triage Officer's job description names Medway Pay Range 3 "MPR 3". Apprentice
  -- posts train towards the ranges and sit below them. A grade not listed here (SO2, from
  -- another pay scale) is compared with none: a path to or from it is always listed.
  grade_ranks = {
    ["Apprentice"] = 1,
    ["Range 2"] = 2, ["Range 3"] = 3, ["MPR 3"] = 3, ["Range 4"] = 4, ["Range 5"] = 5,
    ["Range 6"] = 6, ["Range 7"] = 7,
  },
}
