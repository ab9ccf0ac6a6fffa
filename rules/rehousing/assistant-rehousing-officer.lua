-- rules/rehousing/assistant-rehousing-officer.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Assistant Rehousing Officer (Post No: 14982), Range 2.
--
-- The document prints this role's table as three interleaved columns (Level A, B, C side by
-- side); the statements below are the columns rebuilt line by line. Level B is "in addition to
-- level 2A", level C "in addition to level 2A and 2B": each level lists only its own statements.
-- Levels B and C state "None" under Qualifications: no qualification criterion there.
--
-- Duplicates dropped: level C's knowledge column gives "Knowledge of statutory guidance for
-- allocation of social housing and homelessness" twice, and its skills column gives "Proven
-- ability in brokering and leading, partnerships internally and externally" a second time in a
-- garbled form ("Troven domey in brokering and reading, ..."); each is encoded once.

local patterns = require "lib.patterns"

role {
  id = "rehousing/assistant-rehousing-officer",
  title = "Assistant Rehousing Officer",
  posts = { "14982" },
  grade = "Range 2",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "Ensure high-quality advice and assistance is given to customers in Temporary Accommodation and those that have applied for rehousing through Medway Homechoice (Choice based Lettings system), by responding effectively and efficiently to enquiries by telephone, e-mail and face to face.",

  -- Level A (Developing): requirements at level 2A ---------------------------------------------
  level {
    id = "A", name = "Developing",

    qualifications = {
      -- Unlike the Range 4 to 6 roles, this statement names no equivalent housing qualification
      -- (so it is a GCSE criterion, not patterns.general_education).
      gcse {
        id = "general-education",
        text = "A good standard of general education (e.g. Level 2, GCSEs) including Maths and English",
        subjects = { "English", "Mathematics" }, min_grade = "4",
        reading = "GCSE grade 4/C or above in both English and Maths; O levels and Functional Skills Level 2 count as set out in lib/equivalences.lua.",
      },
    },

    knowledge = {
      competency { id = "council-obligations-to-homeless-understanding",
        text = "Understanding of the Council's general obligations to those who are homeless" },
      competency { id = "homeless-households-issues",
        text = "An understanding of the issues faced by households who are homeless" },
      competency { id = "social-housing-allocation-challenges-understanding",
        text = "An understanding of the social housing and the challenges with allocating social housing" },
      -- Asks for less than the Visiting Officer's and Rehousing Officer's "Well-developed knowledge
      -- of a range of available housing options and support services" (see the catalogue):
      -- role-specific.
      competency { id = "housing-options-support-services-understanding",
        text = "Understanding of the range of housing options and support services available" },
      competency { id = "excellent-customer-service-best-practice-understanding",
        text = "An understanding of excellent customer service and best practice" },
      -- Asks for less than equality-diversity-data-protection ("Detailed knowledge of ..."):
      -- role-specific, as the catalogue notes.
      competency { id = "equality-diversity-data-protection-understanding",
        text = "An understanding of equality and diversity, data protection" },
      competency { id = "safeguarding-role-housing",
        text = "Understands their role in the context of safeguarding children, young people and vulnerable adults" },
    },

    experience = {
      competency { id = "high-pressured-environment-experience",
        text = "Of being in a high-pressured environment" },
      competency { id = "delivering-excellent-customer-service-experience",
        text = "Of delivering excellent customer service" },
      competency { id = "supporting-vulnerable-people-experience",
        text = "Of supporting vulnerable people" },
      -- Asks for less than team-shared-objectives (no shared objectives or joint targets):
      -- role-specific.
      competency { id = "working-within-a-team-experience",
        text = "Of working within a team" },
    },

    skills = {
      competency { id = "workflow-systems-database-maintenance",
        text = "The ability to undertake a range of processes and procedures involving workflow systems and maintenance of database information" },
      competency { id = "numeracy-basic-money-housing-advice",
        text = "Have a level of numeracy sufficient to give basic money and housing advice using available tools" },
      -- Names databases, letters and diary functions: more than excellent-ict-microsoft-office,
      -- so role-specific.
      competency { id = "excellent-it-skills-databases-word-excel-outlook",
        text = "Excellent IT skills, with the ability to use a range of databases and MS Word and EXCEL to produce a wide range of letters and documents and MS Outlook to process the full range of email and diary functions" },
      competency { id = "differing-needs-customers-stressful-situations",
        text = "Appreciation of the differing needs of customers who face sometimes difficult and stressful situations" },
      -- Without level B's "and to maintain control of challenging situations" (the catalogue's
      -- remain-calm-maintain-control): role-specific.
      competency { id = "remain-calm-under-pressure",
        text = "Ability to remain calm and able to make accurate and timely decisions whilst under pressure" },
      -- Asks for less than interpersonal-communication-all-levels: role-specific.
      competency { id = "interpersonal-skills-communicate-effectively",
        text = "Good interpersonal skills and a proven ability to communicate effectively" },
      competency { id = "empathic-sensitive-customer-handling",
        text = "Empathic and able to deal with customers in a sensitive and appropriate manner in a demanding and challenging environment." },
    },
  },

  -- Level B (Practising): requirements in addition to level 2A --------------------------------
  level {
    id = "B", name = "Practising",

    -- Qualifications: None.

    knowledge = {
      competency { id = "temporary-accommodation-suitability-understanding",
        text = "Understanding of temporary accommodation, especially suitability" },
      competency { id = "services-beyond-housing",
        text = "An awareness of all the services and support available to residents seeking help and accommodation including those beyond housing such as health and well-being, employment and education" },
    },

    experience = {
      competency { id = "complex-challenging-behaviour",
        text = "Dealing with a wide range of people who may present complex and challenging behaviour." },
      competency { id = "comprehensive-advice-assistance",
        text = "Of providing comprehensive advice and assistance" },
      competency { id = "assessing-social-housing-applications",
        text = "Of assessing applications for social housing" },
      competency { id = "challenging-issues-temporary-accommodation",
        text = "Dealing with issues in challenging issues in temporary accommodation",
        reading = "The wording repeats \"issues\"; read as experience of dealing with challenging issues in temporary accommodation." },
      competency { id = "joint-multi-agency-working",
        text = "Of effective joint working and successful multi agency working" },
    },

    skills = {
      competency { id = "remain-calm-maintain-control",
        text = "Ability to remain calm and able to make accurate and timely decisions whilst under pressure and to maintain control of challenging situations" },
      competency { id = "represent-the-service",
        text = "Ability to represent the service by developing and maintaining effective relationships with internal and external representatives" },
    },
  },

  -- Level C (Accomplished/Expert): requirements in addition to level 2A and 2B ----------------
  level {
    id = "C", name = "Accomplished/Expert",

    -- Qualifications: None.

    knowledge = {
      competency { id = "housing-act-1996-parts-6-7",
        text = "Knowledge of Part VI and Part VII of the Housing Act 1996 (as amended), the Homelessness Act 2002, Homelessness Reduction Act and any other relevant legislation as applicable" },
      competency { id = "statutory-guidance-allocation-homelessness",
        text = "Knowledge of statutory guidance for allocation of social housing and homelessness" },
    },

    experience = {
      patterns.housing_provider_experience { id = "la-or-rp-12-months", months = 12,
        text = "At least 12 months experience of working in a local housing authority or Registered Housing Provider in a customer service or Housing capacity" },
      competency { id = "negotiating-complex-housing-situations",
        text = "Negotiating with other statutory, community-based and the advocacy organisations to find solutions to complex housing situations" },
      competency { id = "rent-accounts-enforcement",
        text = "Successfully managing rent accounts and undertaking related enforcement" },
      -- Listed under Experience, though worded as an understanding.
      competency { id = "housing-standards-homelessness-duties",
        text = "Understanding of good housing standard and how it relates to accommodation provision regarding homelessness duties" },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      competency { id = "interpreting-legislation-customer-service",
        text = "Ability to interpret legislation and law and how it impacts customer service deliver." },
      competency { id = "cross-boundary-partnership",
        text = "The ability to work across boundaries in partnership with all housing sectors and partner agencies." },
      competency { id = "clear-concise-information",
        text = "The ability to develop and present written or verbal information in a clear and concise manner" },
      competency { id = "brokering-partnerships",
        text = "Proven ability in brokering and leading, partnerships internally and externally" },
    },
  },
}
