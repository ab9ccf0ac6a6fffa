-- rules/rehousing/rehousing-officer.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Rehousing Officer (Post No: 14879), Range 4.
--
-- The document prints this role's table as three interleaved columns (Level A, B, C side by
-- side), with a bullet per statement; the statements below are the columns rebuilt line by
-- line. Level B is "in addition to level 4A", level C "in addition to level 4A and 4B": each
-- level lists only its own statements and the engine makes the verdicts cumulative.
--
-- Placing the knowledge statements of levels B and C: "Knowledge of relevant welfare benefit
-- regulations" and the Landlord and Tenant statement start column B, "Knowledge of case laws ..."
-- starts column C. Of the five statements that follow, "Detailed knowledge of the issues faced by
-- households in temporary accommodation", "Detailed understanding of suitability of
-- accommodation" and "Knowledge of local, regional and national policies ..." run down one
-- column, "Understanding of the relevant statutory obligations ..." and "Detailed knowledge of
-- procuring temporary accommodation ..." down the other. The extraction order of the lines, and
-- the Rehousing Visiting Officer's table (issues in temporary accommodation and the policies at
-- level B, procurement at level C), put the first three at level B and the other two at level C.
--
-- The last two level A skills ("Empathic and able to deal with customers ..." and "Competent user
-- of standard ICT packages ...") run over the page break into the Senior Rehousing Officer's
-- heading in the source; they belong to this role's level A.

local patterns = require "lib.patterns"

role {
  id = "rehousing/rehousing-officer",
  title = "Rehousing Officer",
  posts = { "14879" },
  grade = "Range 4",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "To ensure the Council meets its temporary accommodation obligation for homeless households in line with homelessness legislation, and provide effective management of rent accounts to ensure maximisation of income. To provide a comprehensive service for social housing applicants, including assessment of applications for housing against Medway Council's Allocations Policy.",

  -- Level A (Developing): requirements at level 4A ---------------------------------------------
  level {
    id = "A", name = "Developing",

    qualifications = {
      patterns.general_education { id = "general-education", level = 2,
        text = "A good standard of general education (e.g. Level 2, GCSEs) including Maths and English or Equivalent housing qualification at Level 2" },
    },

    knowledge = {
      competency { id = "housing-act-1996-parts-6-7",
        text = "Up to date knowledge of Part VI and Part VII of the Housing Act 1996 (as amended), the Homelessness Act 2002, Homelessness Reduction Act and any other relevant legislation as applicable" },
      competency { id = "statutory-guidance-allocation-homelessness",
        text = "Up to date knowledge of statutory guidance for allocation of social housing and homelessness" },
      competency { id = "welfare-benefits-debt-advice",
        text = "Up to date knowledge of and ability to provide advice on welfare, benefits and debt." },
      competency { id = "housing-options-support-services",
        text = "Well-developed knowledge of a range of available housing options and support services" },
      competency { id = "equality-diversity-data-protection",
        text = "Detailed knowledge of equality and diversity, data protection regulations and best practise" },
      competency { id = "services-beyond-housing",
        text = "An awareness of all the services and support available to residents seeking help and accommodation including those beyond housing such as health and well-being, employment and education" },
      competency { id = "safeguarding-role-housing",
        text = "Fully understands their role in the context of safeguarding children, young people and vulnerable adults, in a housing environment." },
    },

    experience = {
      competency { id = "high-demand-service",
        text = "Demonstrable experience of working within a service with high levels of demand, significant time pressure and conflicting priorities" },
      -- The source prints "a wide range of people. who may present": a stray full stop.
      competency { id = "demanding-environment-challenging-behaviour",
        text = "Experience of working in a demanding environment with a wide range of people who may present complex and challenging behaviour, delivering excellent customer service" },
      competency { id = "team-shared-objectives",
        text = "Experience of working within a team and of proactively working towards joint targets" },
      competency { id = "rent-accounts-enforcement",
        text = "Experience of successfully managing rent accounts and undertaking related enforcement." },
      competency { id = "comprehensive-advice-assistance",
        text = "Experience of providing comprehensive advice and assistance." },
      competency { id = "joint-multi-agency-working",
        text = "Experience of effective joint working, successful multi agency working and operating in a demanding working environment." },
      -- Applications for assistance (homelessness, Part VII) under the Housing Acts, not the
      -- Assistant's "assessing applications for social housing": role-specific.
      competency { id = "assessing-determining-housing-act-applications",
        text = "Experience of assessment and determination of applications for assistance under the provision of the Housing Acts." },
    },

    skills = {
      competency { id = "cross-boundary-partnership",
        text = "The ability to work across boundaries in partnership with all housing sectors and partner agencies." },
      competency { id = "interpersonal-communication-all-levels",
        text = "Good interpersonal skills and a proven ability to communicate effectively at all levels and to a range of customers and present information sensitively and persuasively." },
      competency { id = "clear-concise-information",
        text = "The ability to develop and present written or verbal information in a clear and concise manner." },
      competency { id = "negotiate-broker-housing-solutions",
        text = "The ability to negotiate both with homeless people and on their behalf to broker housing solutions." },
      competency { id = "remain-calm-maintain-control",
        text = "Ability to remain calm and able to make accurate and timely decisions whilst under pressure and to maintain control of challenging situations" },
      competency { id = "represent-the-service",
        text = "Ability to represent the service by developing and maintaining effective relationships with internal and external representatives and other bodies." },
      competency { id = "empathic-sensitive-customer-handling",
        text = "Empathic and able to deal with customers in a sensitive and appropriate manner in a demanding and challenging environment." },
      competency { id = "standard-ict-packages",
        text = "Competent user of standard ICT packages, e.g. Word, Excel, Outlook and PowerPoint" },
    },
  },

  -- Level B (Practising): requirements in addition to level 4A --------------------------------
  level {
    id = "B", name = "Practising",

    qualifications = {
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "welfare-benefits",
        text = "Knowledge of relevant welfare benefit regulations" },
      competency { id = "landlord-tenant-legislation",
        text = "Knowledge of Landlord and Tenant Legislation, the Housing Act 1985 and 1988, the Protection from Eviction Act 1977" },
      competency { id = "temporary-accommodation-household-issues",
        text = "Detailed knowledge of the issues faced by households in temporary accommodation" },
      -- Not the Assistant Rehousing Officer's "Understanding of temporary accommodation,
      -- especially suitability", which asks for less: role-specific.
      competency { id = "suitability-of-accommodation-detailed",
        text = "Detailed understanding of suitability of accommodation" },
      competency { id = "homelessness-ta-policies",
        text = "Knowledge of local, regional and national policies relating to homelessness and temporary accommodation." },
    },

    experience = {
      patterns.housing_provider_experience { id = "la-or-rp-12-months", months = 12,
        text = "At least 12 months experience of working in a local housing authority or Registered Housing Provider in a customer service or Housing capacity" },
      competency { id = "interpreting-legislation-customer-service",
        text = "Proven knowledge and ability to interpret legislation and law and how it impacts customer service deliver." },
      competency { id = "comprehensive-advice-all-housing-matters",
        text = "Experience of providing comprehensive advice and assistance on all housing matters and related issues" },
      competency { id = "accessing-all-accommodation",
        text = "Experience of accessing all forms of accommodation, including different tenures and supported accommodation." },
      competency { id = "complex-investigations-casework",
        text = "Conducting complex investigations, enquiries, interviews and casework management, with a focus on positive outcomes and preventing homelessness." },
      competency { id = "collaborative-homelessness-prevention",
        text = "Experience of working collaboratively and proactively with other services and organisations to prevent homelessness and meet housing need." },
    },

    skills = {
      competency { id = "networks-of-contacts",
        text = "The ability to build wide and effective networks of contacts inside and outside the organisation" },
      competency { id = "interview-applicants",
        text = "The ability to interview applicants skilfully and sensitively to elicit as much information as possible and give the appropriate advice" },
      competency { id = "negotiation-problem-solving",
        text = "Well-developed negotiation and problem-solving skills." },
      competency { id = "over-complication-innovation",
        text = "Actively seek ways to prevent over-complication or confusion of service delivery through innovation, being open to change and the removal of barriers including challenging negative behaviours." },
      competency { id = "common-goal-teamwork",
        text = "Work with others to reach a common goal; sharing information, supporting colleagues and searching out expertise and solutions from relevant partners and/or communities we serve." },
    },
  },

  -- Level C (Accomplished/Expert): requirements in addition to level 4A and 4B ----------------
  level {
    id = "C", name = "Accomplished/Expert",

    qualifications = {
      patterns.relevant_cih_level_3 { id = "cih-level-3",
        text = "Completion of relevant Level 3 Chartered Institute of Housing qualification or equivalent qualification e.g. CIH Level 3 Award in Housing Practice" },
      -- Level C repeats level B's CPD statement; kept, as the document lists it at both levels
      -- (the verdict is the same: the check is made as of the evaluation date).
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      -- Case law on temporary accommodation, homelessness and allocations; the Visiting Officer's
      -- statement leaves out allocations: role-specific (see the catalogue's note on case law).
      competency { id = "case-law-ta-homelessness-allocations",
        text = "Knowledge of case laws impacting temporary accommodation, homelessness and allocation of social housing" },
      competency { id = "council-letting-obligations-hhsrs-decent-homes",
        text = "Understanding of the relevant statutory obligations of the Council in letting and managing property, including HHSRS and Decent Homes Standard." },
      competency { id = "procuring-temporary-accommodation",
        text = "Detailed knowledge of procuring temporary accommodation and move on accommodation" },
    },

    experience = {
      -- housing-options/triage-officer has the same statement with the same ids; each keeps its
      -- own wording of the members and the reading (this one explains the word the document
      -- drops), so there is no pattern.
      all_of {
        id = "homeless-households-24-months",
        text = "At least 2 years' experience with evidencable successful outcomes working [with] homeless households",
        reading = "The document omits \"with\" (\"working homeless households\"). Met when the employment history shows at least 24 months in total in posts whose work included homelessness or temporary accommodation for homeless households (any employer), and a manager or assessor has recorded that the person's successful outcomes with homeless households are evidenced.",
        -- Temporary-accommodation work counts as work with homeless households: the source documents
        -- treat it so ("procuring temporary accommodation and move on accommodation", "households in
        -- temporary accommodation" among the homelessness duties), so a post tagged either counts.
        experience { id = "homelessness-24-months", text = "At least 2 years' experience working [with] homeless households", months = 24, areas = { "homelessness", "temporary_accommodation" } },
        competency { id = "successful-outcomes-homeless-households",
          text = "Experience with evidencable successful outcomes working [with] homeless households" },
      },
      competency { id = "new-ways-of-working-projects",
        text = "Experience of developing new ways of working, collating and evaluating monitoring information, and initiating and managing new projects." },
      competency { id = "negotiating-complex-housing-situations",
        text = "Experience of negotiating with other statutory, community-based and the advocacy organisations to find bespoke solutions to complex housing situations" },
      competency { id = "decent-homes-hhsrs-application",
        text = "Experience in the application of the Decent Homes Standard and/or the Housing Health and Safety Rating System" },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      -- Listed under Skills in this role's level C column (a knowledge statement at the Visiting
      -- Officer's level C).
      competency { id = "larger-system-understanding",
        text = "Demonstrates an understanding of how one issue may be a part of a much larger system" },
      competency { id = "rational-judgements",
        text = "Can make rational judgements from the available information and analysis" },
      competency { id = "new-services-innovation",
        text = "Ability to identify, implement and promote new services in an innovative way." },
      competency { id = "brokering-partnerships",
        text = "Proven ability in brokering and leading partnerships internally and externally" },
    },
  },
}
