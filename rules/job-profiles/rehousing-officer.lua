-- rules/job-profiles/rehousing-officer.lua
-- Medway Council job profile, Rehousing Officer, Range 4 (001_03690f71468ec2af.txt).
-- A recruitment person specification: one level, Essential criteria decide the verdict,
-- Desirable criteria (desirable = true) are scored and never fail a candidate.
--
-- The document lists three "Detailed/Up to date knowledge of ..." statements and one
-- "practical and/or procedural knowledge" statement among the Desirable criteria of its
-- Experience section; they are knowledge statements and are encoded under `knowledge`
-- (still desirable). Every other statement stays in the section the document lists it under;
-- so the Essential "Ability to use literacy, numeracy and ICT skills ..." stays under experience.
--
-- The document's multi-part "either (i) ... (ii) ... (iii)" skills are each one criterion with
-- the full wording (an any_of), whose members are the alternatives, each assessed on its own.
-- The document has no date and no post number.
role {
  id = "job-profiles/rehousing-officer",
  kind = "specification",
  title = "Rehousing Officer",
  posts = {},
  grade = "Range 4",
  framework = "Medway Council job profile",
  source = "001_03690f71468ec2af.txt",
  summary = "Identify suitable temporary accommodation for homeless households to meet the Council's statutory homeless duties, and provide effective management of rent accounts to ensure maximisation of income. Provide a comprehensive service for social housing applicants, including assessment of applications against Medway Council's Allocations Policy, investigation, verification, decision making and maintenance of records on the Homechoice choice based lettings system.",

  level {
    id = "A", name = "Person specification",

    qualifications = {
      -- Essential
      gcse {
        id = "five-gcses-english-maths",
        text = "Good general education to 5 GCSE's including English and Mathematics",
        subjects = { "English", "Mathematics" }, count = 5, min_grade = "4",
        reading = "Five GCSE passes at grade 4/C or above, two of them English (Language) and Mathematics; O levels and Functional Skills Level 2 in English and maths count as set out in lib/equivalences.lua.",
      },
      -- Access to a car when the work needs it, not daily: not patterns.daily_vehicle_access.
      driving {
        id = "driving-licence-car-access",
        text = "Full UK Driving Licence and access to a car for work purposes",
        licence = "full_uk", vehicle_access = "occasional",
        reading = "A full UK driving licence and access to a car whenever the work needs it; occasional access is enough, daily access is not asked for.",
      },
      -- Desirable
      -- Membership of a professional body is not a profile field: it is evidenced like a judgement.
      competency {
        id = "cih-or-professional-body-membership", desirable = true,
        text = "Ideally a member of the Chartered Institute of Housing or other relevant professional organisation",
        reading = "Current membership of the Chartered Institute of Housing or of another professional body relevant to housing work, recorded as evidence by a manager, assessor or document check; holding a CIH qualification is not by itself membership.",
      },
      qualification {
        id = "a-level-or-equivalent", desirable = true,
        text = "Educated to A level standard or equivalent",
        min_level = 3,
        reading = "At least one achieved qualification at RQF level 3 or above: an A level, or an equivalent such as a BTEC National, NVQ 3 or CIH Level 3, or any higher qualification.",
      },
      qualification {
        id = "housing-qualification", desirable = true,
        text = "Housing qualification",
        areas = { "housing" },
        reading = "Any achieved qualification in housing, at any level: every CIH qualification counts, and others by their housing area tag or the housing words of lib/equivalences.lua in their title or subject.",
      },
    },

    -- All listed by the document among the Desirable criteria of its Experience section.
    knowledge = {
      competency { id = "housing-act-1996-parts-6-7", desirable = true,
        text = "Detailed knowledge of the Housing law and legislation, including part VI and part VII of the Housing Act 1996 as amended" },
      competency { id = "welfare-benefits", desirable = true,
        text = "Up to date knowledge of welfare benefits and welfare reforms" },
      competency { id = "eviction-legal-process-notice-to-quit", desirable = true,
        text = "Knowledge of legal process around eviction and steps taken for issuing Notice to Quit" },
      competency { id = "specialist-practical-procedural-knowledge", desirable = true,
        text = "Ability to demonstrate the practical and/or procedural knowledge in a specialist area, as well as the ability to turn theoretical knowledge into practical applications, or an equivalent level of organisational, procedural and policy knowledge." },
    },

    experience = {
      -- Essential
      competency { id = "housing-management-or-similar-office-experience",
        text = "Experience within a housing management, or similar office environment",
        reading = "No length of experience is stated: any period counts, and a manager or assessor judges whether an office environment is similar to housing management." },
      competency { id = "working-directly-vulnerable-households-young-persons",
        text = "Experience of working directly with vulnerable households including young persons" },
      competency { id = "visiting-households-offering-housing-advice",
        text = "Experience of visiting households in housing need and offering housing advice" },
      competency { id = "literacy-numeracy-ict-highly-complex-tasks",
        text = "Ability to use literacy, numeracy and ICT skills to complete a range of highly complex tasks and assessments, such as writing reports, letters, presentations and undertaking complex assessment of need and calculations (this would normally equate to a vocational qualification at technician level).",
        reading = "The bracketed vocational qualification describes the level of the ability, not a requirement: the ability is judged on evidence and no qualification is checked." },
      -- Desirable
      competency { id = "assessing-social-housing-applications", desirable = true,
        text = "Experience in using an allocations framework and assessing applications for housing need" },
      competency { id = "maximising-nomination-rights-housing-providers", desirable = true,
        text = "Previous experience of maximising nomination rights and working with housing providers to identify suitable applicants for properties" },
      competency { id = "managing-temporary-accommodation-applicant-caseload", desirable = true,
        text = "Previous experience of managing a case load of applicants in Temporary accommodation" },
      competency { id = "rent-accounts-collection-income-maximisation", desirable = true,
        text = "Experience of managing rent accounts and rent collection, including assisting customers to maximise their income." },
    },

    -- All Essential.
    skills = {
      competency { id = "present-complex-varied-information-staff-customers",
        text = "Demonstrable ability to use written and oral communication skills to present complex/varied information in an understandable way, using a variety of methods, to a range of audiences including other staff and customers." },
      competency { id = "visits-temporary-accommodation-other-venues",
        text = "To be able to undertake visits to applicants in temporary accommodation and at other venues as and when appropriate" },
      competency { id = "standard-ict-packages",
        text = "Is proficient in the use of IT and Microsoft office programs such as Outlook, Word and Excel" },
      competency { id = "judgemental-analytical-creative-skills-short-term",
        text = "Demonstrable ability to use judgemental, analytical or creative and developmental skills to interpret information or situations and to solve varied problems or develop solutions or plans over the short term." },
      competency { id = "recognised-procedures-initiative-lone-working",
        text = "Demonstrable ability to work within recognised procedures which leave some room for initiative, including lone working, previous experience of responding independently to unexpected problems and situations and only referring to a supervisor/manager for unusual or difficult problems." },
      any_of {
        id = "work-pressure-figures-or-alertness",
        text = "Demonstrates the ability to either: (i) deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands, or (ii) the equivalent of between one and two hours undertaking repeated manual calculation or other work with figures, report writing or preparing presentations, or (iii) periods of hours at a time (e.g. a morning or afternoon) being alert to risks or the checking of documents or equivalent.",
        reading = "Met when any one of the three alternatives is assessed as met; each alternative is assessed as its own statement.",
        competency { id = "work-related-pressure",
          text = "deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands" },
        competency { id = "repeated-calculation-report-writing-presentations",
          text = "the equivalent of between one and two hours undertaking repeated manual calculation or other work with figures, report writing or preparing presentations" },
        competency { id = "sustained-alertness-risks-document-checking",
          text = "periods of hours at a time (e.g. a morning or afternoon) being alert to risks or the checking of documents or equivalent" },
      },
      competency { id = "dexterity-coordination-sensory-precision",
        text = "Can demonstrate dexterity, co-ordination or sensory skills, where there is some demand for precision in the use of these skills, for example driving and/or the general use of a computer during the working day." },
      any_of {
        id = "impact-on-wellbeing",
        text = "Demonstrable ability to have considerable direct impact on the well-being of individuals or groups of people through either: (i) undertaking an assessment of needs and implementation of appropriate care or welfare for those who are reliant on the jobholder for their basic needs, or (ii) By providing advice and guidance on established internal procedures and may involve some interpretation of policy and procedures to meet specific circumstances or problems relating to the well-being of people.",
        reading = "Met when either alternative is assessed as met; each alternative is assessed as its own statement.",
        competency { id = "needs-assessment-care-welfare-reliant-people",
          text = "undertaking an assessment of needs and implementation of appropriate care or welfare for those who are reliant on the jobholder for their basic needs" },
        competency { id = "wellbeing-advice-internal-procedures",
          text = "By providing advice and guidance on established internal procedures and may involve some interpretation of policy and procedures to meet specific circumstances or problems relating to the well-being of people" },
      },
      competency { id = "allocate-straightforward-tasks",
        text = "Is not required to supervise other employees normally, however can allocate straightforward tasks to others when needed.",
        reading = "Read as the ability to allocate straightforward tasks to others when needed; no supervisory experience is asked for." },
      any_of {
        id = "financial-responsibility",
        text = "Demonstrable ability to either: (i) handle cash, process cheques, invoices or the equivalent or considerable sums of money (i.e. £251-£1,000 per day) where care and accuracy are important, or (ii) Under supervision of the service manager, be accountable for small expenditures (up to £10,000 each) from an agreed budget or income, or (iii) provide general information, advice and guidance on established internal procedures in relation to finance",
        reading = "Met when any one of the three alternatives is assessed as met; each alternative is assessed as its own statement.",
        competency { id = "handling-cash-cheques-invoices",
          text = "handle cash, process cheques, invoices or the equivalent or considerable sums of money (i.e. £251-£1,000 per day) where care and accuracy are important" },
        competency { id = "accountable-small-expenditures",
          text = "Under supervision of the service manager, be accountable for small expenditures (up to £10,000 each) from an agreed budget or income" },
        competency { id = "finance-procedures-advice",
          text = "provide general information, advice and guidance on established internal procedures in relation to finance" },
      },
    },
  },
}
