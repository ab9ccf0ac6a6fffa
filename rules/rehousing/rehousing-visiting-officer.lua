-- rules/rehousing/rehousing-visiting-officer.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Rehousing Visiting Officer (Post No: 14981), Range 4.
--
-- The document prints this role's table as three interleaved columns (Level A, B, C side by
-- side); the statements below are the columns rebuilt line by line. Level B is "in addition to
-- level 4A", level C "in addition to level 4A and 4B": each level lists only its own statements.
--
-- Level A's experience column gives "Working within a service with high levels of demand,
-- significant time pressure and conflicting priorities" a second time, after "Demonstrable
-- experience of working within a service ..."; the statement is encoded once, with the first
-- wording. The level B skills column repeats its last line ("and/or communicies we serve."): a
-- garbled duplicate, dropped. Level B's qualification has no "Qualifications" heading in the
-- source; it sits in the qualifications row.

local patterns = require "lib.patterns"

role {
  id = "rehousing/rehousing-visiting-officer",
  title = "Rehousing Visiting Officer",
  posts = { "14981" },
  grade = "Range 4",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "The main responsibility of the post is to undertake visits to homeless households that have been placed into temporary accommodation, and to provide effective management of rent accounts to ensure maximisation of income. The post also provides a comprehensive service for social housing applicants, including assessment of applications against Medway Council's Allocations Policy, and proactive advice and assistance to persons in housing need in line with the council's statutory duties, allocations policy and lettings plans.",

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
    },

    experience = {
      competency { id = "high-demand-service",
        text = "Demonstrable experience of working within a service with high levels of demand, significant time pressure and conflicting priorities" },
      -- Kept apart from the Triage Officer's "Experience of working in a demanding environment with
      -- the public" (see the catalogue's near matches): role-specific.
      competency { id = "demanding-environment-public-customer-service",
        text = "Working in a demanding environment with the public, delivering excellent customer service" },
      competency { id = "complex-challenging-behaviour",
        text = "Dealing with a wide range of people who may present complex and challenging behaviour." },
      competency { id = "team-shared-objectives",
        text = "Working within a team and of proactively working towards joint targets" },
      competency { id = "rent-accounts-enforcement",
        text = "Successfully managing rent accounts and undertaking related enforcement." },
      competency { id = "comprehensive-advice-assistance",
        text = "Providing comprehensive advice and assistance." },
      competency { id = "joint-multi-agency-working",
        text = "Effective joint working, successful multi agency working and operating in a demanding working environment." },
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
      -- Listed under Skills in this role (under Knowledge for the Rehousing Officer).
      competency { id = "safeguarding-role-housing",
        text = "Fully understands their role in the context of safeguarding children, young people and vulnerable adults, in a housing environment." },
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
        text = "Relevant welfare benefit regulations" },
      -- Case law on temporary accommodation and homelessness; the Rehousing Officer's adds the
      -- allocation of social housing: role-specific.
      competency { id = "case-law-ta-homelessness",
        text = "Case laws impacting temporary accommodation and homelessness" },
      competency { id = "temporary-accommodation-household-issues",
        text = "Issues faced by households in temporary accommodation" },
      competency { id = "council-letting-obligations-hhsrs-decent-homes",
        text = "Strong knowledge of the relevant statutory obligations of the Council in letting and managing property, including HHSRS and Decent Homes Standard." },
      competency { id = "homelessness-ta-policies",
        text = "Knowledge of local, regional and national policies relating to homelessness and temporary accommodation." },
    },

    experience = {
      competency { id = "interpreting-legislation-customer-service",
        text = "Of interpreting legislation and law and how it impacts customer service deliver." },
      competency { id = "comprehensive-advice-all-housing-matters",
        text = "Providing comprehensive advice and assistance on all housing matters and related issues" },
      competency { id = "accessing-all-accommodation",
        text = "Accessing all forms of accommodation, including different tenures and supported accommodation." },
      competency { id = "complex-investigations-casework",
        text = "Conducting complex investigations, enquiries, interviews and casework management, with a focus on positive outcomes and preventing homelessness." },
      competency { id = "collaborative-homelessness-prevention",
        text = "Working collaboratively and proactively with other services and organisations to prevent homelessness and meet housing need." },
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
        text = "Completion of relevant Level 3 Chartered Institute of Housing qualification or equivalent qualification e.g. CIH Level 3 Certificate in Providing Homelessness Services" },
      -- Level C repeats level B's CPD statement; kept, as the document lists it at both levels.
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "landlord-tenant-legislation",
        text = "Knowledge of Landlord and Tenant Legislation, the Housing Act 1985 and 1988, the Protection from Eviction Act 1977" },
      competency { id = "procuring-temporary-accommodation",
        text = "Detailed knowledge of procuring temporary accommodation and move on accommodation" },
      competency { id = "private-rented-and-social-housing-issues",
        text = "Knowledge of issues affecting the private rented sector and social housing" },
      competency { id = "larger-system-understanding",
        text = "Demonstrates an understanding of how one issue may be a part of a much larger system" },
    },

    experience = {
      patterns.housing_provider_experience { id = "la-or-rp-24-months", months = 24,
        text = "At least 2 years' experience of working in a local housing authority or Registered Housing Provider in a customer service or Housing capacity" },
      competency { id = "new-ways-of-working-projects",
        text = "Developing new ways of working, collating and evaluating monitoring information, and initiating and managing new projects." },
      competency { id = "negotiating-complex-housing-situations",
        text = "Negotiating with other statutory, community-based and the advocacy organisations to find bespoke solutions to complex housing situations" },
      competency { id = "decent-homes-hhsrs-application",
        text = "In the application of the Decent Homes Standard and/or the Housing Health and Safety Rating System" },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      competency { id = "rational-judgements",
        text = "Can make rational judgements from the available information and analysis" },
      competency { id = "new-services-innovation",
        text = "Ability to identify, implement and promote new services in an innovative way." },
      competency { id = "brokering-partnerships",
        text = "Proven ability in brokering and leading partnerships internally and externally" },
    },
  },
}
