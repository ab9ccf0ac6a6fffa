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

  -- Subject names as rules write them, with the names profiles may use for the same subject.
  -- "English" means English Language (or a combined English); English Literature alone is not
  -- accepted as English, the usual reading of "GCSE English" in UK recruitment.
  subjects = {
    ["English"] = { "English Language", "English Lang", "English Language and Literature", "English (Language)" },
    ["Mathematics"] = { "Maths", "Math", "Mathematics", "Mathematics (Linear)", "Maths (Numeracy)" },
    ["English Literature"] = { "English Lit" },
    ["Science"] = { "Combined Science", "Double Science", "Additional Science" },
    ["Business Administration"] = { "Business Admin", "Business and Administration" },
    ["Housing"] = { "Housing Practice", "Housing Studies" },
    ["Information Technology"] = { "IT", "ICT", "Computing", "Computer Science" },
    ["Health and Social Care"] = { "Adult Care", "Health & Social Care", "Social Care" },
  },

  -- Kinds that count towards a GCSE requirement. O levels count like GCSEs at their own
  -- (letter) grade. Functional Skills Level 2 in English or maths counts as a GCSE pass at
  -- grade 4, the government's stated equivalence for apprenticeship minimum requirements
  -- (Education and Skills Funding Agency, Apprenticeship funding rules).
  gcse_equivalents = {
    { kind = "o_level" },
    { kind = "functional_skills", min_level = 2, subjects = { "English", "Mathematics" }, grade = "4",
      note = "Functional Skills Level 2 as GCSE grade 4 in English and maths" },
  },

  -- RQF level by kind, where a profile leaves the level out (profile format v1).
  kind_levels = {
    gcse = 2, o_level = 2, a_level = 3, degree = 6, postgraduate = 7,
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
}
