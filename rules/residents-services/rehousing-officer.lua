-- rules/residents-services/rehousing-officer.lua
-- Role profile, Rehousing Officer, SO2, Residents Services job family, competency level Officer
-- (004_18442f21010ec9f4.txt; a different council's format). One level: the document's
-- "Knowledge, Skills and Experience" list and its "Indicative Qualifications". The accountabilities
-- and outcomes describe the work, not criteria, and are not encoded.
--
-- The "Knowledge, Skills and Experience" list does not sort its statements: the one knowledge
-- statement is under `knowledge`, the abilities and the commitment to customer care under
-- `skills`; no statement asks for experience as such.
--
-- "Indicative Qualifications": read as a guide to the expected level of education, not a
-- condition of appointment. The profile calls them indicative (not essential, and it calls
-- nothing essential), and says it describes "the general nature and level of work". So the
-- qualification is desirable: it is reported and scored, and never decides the verdict. A
-- policy officer who reads "indicative" as essential needs only drop `desirable = true`.
-- The document has no date and no post number.
role {
  id = "residents-services/rehousing-officer",
  kind = "specification",
  title = "Rehousing Officer",
  posts = {},
  grade = "SO2",
  framework = "Residents Services role profile",
  source = "004_18442f21010ec9f4.txt",
  summary = "To deliver a responsive and customer-focussed service to all housing register applicants, and to ensure the efficient assessment of housing needs and letting of all available social housing properties including Low-cost Homeownership to customers in housing need.",

  level {
    id = "A", name = "Officer",
    qualifications = {
      gcse {
        id = "five-gcses-or-equivalent-maths-english", desirable = true,
        text = "5 GCSE’s or equivalent qualifications including Maths and English",
        subjects = { "English", "Mathematics" }, count = 5, min_grade = "4",
        reading = "Indicative, so desirable: scored but never deciding the verdict. Met by five GCSE passes at grade 4/C or above including English and Maths, where the equivalents are those of lib/equivalences.lua (O levels; Functional Skills Level 2 in English and maths).",
      },
    },
    knowledge = {
      competency { id = "allocations-legislation-policy-rehousing-options",
        text = "Detailed knowledge of allocations legislation, the Council’s allocations policy, and the full range of specialist rehousing options available to customers from the Council and through other schemes" },
    },
    skills = {
      competency { id = "customer-care-deal-sensitively-wide-range",
        text = "Commitment to high standards of customer care and the ability to deal sensitively with a wide range of customers" },
      competency { id = "communication-skills",
        text = "Ability to communicate effectively to a broad range of stakeholders" },
      competency { id = "complex-correspondence-suitability-of-accommodation",
        text = "Ability to draft and write complex correspondence and reports, dealing with the suitability of accommodation offered under the Housing Act 1996" },
      competency { id = "it-skills-database-letters-reports",
        text = "High level of IT skills working with a data base and software applications to produce letters and reports effectively" },
      competency { id = "work-with-agencies-negotiate-customer-outcomes",
        text = "Ability to work constructively with other services and agencies and to negotiate successful outcomes for customers" },
      competency { id = "liaise-registered-providers-across-service-boundaries",
        text = "Ability to work across service boundaries and to liaise effectively with Registered Providers and other key stakeholders" },
    },
  },
}
