-- rules/rehousing/senior-rehousing-officer.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Senior Rehousing Officer (Post No: 14878), Range 5.
--
-- The qualifications, knowledge and experience rows are printed as three interleaved columns
-- (Level A, B, C); the skills row as three consecutive lists under "Skills Skills Skills", in
-- the order A, B, C. Level B is "in addition to level 5A", level C "in addition to level 5A and
-- 5B": each level lists only its own statements. The source's "Enowledge" headings are
-- "Knowledge"; its "Part V1 and Part V11" is Part VI and Part VII (as in the catalogue).
-- The lines "manner in a demanding and challenging environment.", "Empathic and able to deal
-- with customers ..." and "Competent user of standard ICT packages ..." printed under this
-- role's heading belong to the Rehousing Officer's level A skills, which run over the page.

local patterns = require "lib.patterns"

role {
  id = "rehousing/senior-rehousing-officer",
  title = "Senior Rehousing Officer",
  posts = { "14878" },
  grade = "Range 5",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "To provide advice, assessment and management of all households accommodated by Medway Council into Temporary Accommodation and those applying for Social Housing through the Medway Homechoice system. A senior role within the team, contributing towards growing the accommodation available for temporary use, managing existing temporary accommodation tenancies, maximising rental income, and directly line managing Officers, Assistants and Apprentices.",

  -- Level A (Developing): requirements at level 5A ---------------------------------------------
  level {
    id = "A", name = "Developing",

    qualifications = {
      patterns.general_education { id = "general-education", level = 3,
        gcse_text = "GCSEs including in Maths and English",
        text = "A good standard of general education (e.g. Level 2, GCSEs) including in Maths and English or Equivalent housing qualification at Level 3" },
    },

    knowledge = {
      competency { id = "single-homeless-legislation-and-duties",
        text = "Up to date knowledge of the legislation and duties owed to single homeless persons by the Council under The Homeless Reduction Act 2017, Part VI and Part VII of the Housing Act 1996, Homelessness Act 2002 & Localism Act 2011 including statutory guidance for allocation of social housing and homelessness" },
      competency { id = "welfare-benefits-rough-sleepers-eea-nationals",
        text = "Detailed working knowledge of the welfare benefit system, its application and how it affects rough sleepers and EEA nationals." },
      competency { id = "homeless-relief-initiatives",
        text = "Detailed working knowledge of homeless relief initiatives and their application and effectiveness" },
      competency { id = "homelessness-wider-issues",
        text = "Understanding of the wider issues impacting upon homelessness, the barriers facing people with severe and multiple disadvantages and the challenges involved in resolving rough sleeping" },
      competency { id = "homelessness-system-pathways",
        text = "Extensive knowledge of the housing and homelessness system and pathways and resettlement opportunities for vulnerable people" },
      competency { id = "safeguarding-procedures",
        text = "Knowledge of safeguarding children and vulnerable adults' procedures" },
      competency { id = "edi-challenges-homeless-people",
        text = "Detailed knowledge of the equality, diversity and inclusion challenges faced by homeless people." },
    },

    experience = {
      patterns.managerial_public_sector_experience { id = "managerial-public-sector-12-months",
        months = 12,
        text = "At least 12 months' demonstrable managerial experience within the public sector." },
      -- Temporary-accommodation work counts as work with homeless households: the source documents
      -- treat it so ("procuring temporary accommodation and move on accommodation", "households in
      -- temporary accommodation" among the homelessness duties), so a post tagged either counts.
      experience { id = "homelessness-service-24-months", months = 24, areas = { "homelessness", "temporary_accommodation" },
        text = "At least 24 months experience working in a homelessness service",
        reading = "At least 24 months in total in posts whose work included homelessness or temporary accommodation for homeless households, with any employer." },
      -- Kept apart from the Team Leader's "... a high-quality customer service ... public sector
      -- organisation" (see the catalogue's near matches): role-specific. No length is stated.
      competency { id = "high-quality-housing-service-large-organisation",
        text = "Experience of delivering a high-quality housing service in a related area for a large local authority or comparable organisation." },
      competency { id = "demanding-environment-challenging-behaviour",
        text = "Experience of working in a demanding environment with a wide range of people who may present complex and challenging behaviour, delivering excellent customer service" },
      competency { id = "team-shared-objectives",
        text = "Experience of working within a team and of proactively working towards joint targets" },
      competency { id = "joint-multi-agency-working",
        text = "Experience of effective joint working, successful multi agency working and operating in a demanding working environment." },
      competency { id = "distressed-challenging-customers",
        text = "Experience of dealing sensitively with distressed or challenging customers/service users" },
    },

    skills = {
      competency { id = "oversee-evaluate-work",
        text = "Ability to oversee and evaluate the work of others, providing advice, guidance, support and challenge" },
      competency { id = "statutory-voluntary-partnership-ability",
        text = "Ability to building relationships with and work positively in partnership with a range of statutory and voluntary agencies and other professions to achieve good outcomes for the service user group, e.g., mental health services, criminal justice agencies, community groups, etc" },
      competency { id = "motivate-drive-kpis",
        text = "Ability to motivate and drive services to deliver case objectives and meeting key performance indicators" },
      competency { id = "strengths-severe-multiple-disadvantage",
        text = "Ability to identify people's strengths and understand that impact of events in life on the individuals presenting behaviour (i.e., Severe Multiple Disadvantage)" },
      competency { id = "empathetic-non-judgemental",
        text = "Employ an empathetic and non-judgemental attitude towards service users." },
      competency { id = "professional-boundaries",
        text = "Ability to maintain professional boundaries." },
      competency { id = "creative-problem-solving",
        text = "Ability to be creative, to be able to identify problems and work to create solutions" },
      competency { id = "edi-commitment-homeless-people",
        text = "Demonstrating personal commitment to the equality, diversity and inclusion challenges faced by homeless people." },
      competency { id = "teamwork-cooperative-approach",
        text = "Excellent teamwork and interpersonal skills, maintaining a highly cooperative approach to supporting colleagues and partners in achieving desired outcomes for service users." },
      competency { id = "professional-development",
        text = "Ability to keep abreast of relevant professional developments and to undertake training for the post." },
      competency { id = "standard-ict-packages",
        text = "Competent user of standard ICT packages, e.g. Word, Excel, Outlook and PowerPoint" },
    },
  },

  -- Level B (Practising): requirements in addition to level 5A --------------------------------
  level {
    id = "B", name = "Practising",

    qualifications = {
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "rough-sleeping-policy-initiatives",
        text = "Detailed knowledge of national and local policy and initiatives on rough sleeping" },
      competency { id = "other-agencies-statutory-voluntary",
        text = "Detailed working knowledge of other agencies, both statutory and voluntary providing relevant advice and assistance to customers under alternative legislation and in all forms of tenure" },
      -- Single homelessness, against the Team Leader's homelessness: role-specific (see the
      -- catalogue's near matches).
      competency { id = "case-law-single-homelessness",
        text = "Up to date knowledge of all relevant case law pertaining to single homelessness and its application" },
      competency { id = "government-policy-housing-health-social-care",
        text = "Up to date knowledge of Government policy in relation to housing, health, social care" },
      competency { id = "vulnerable-applicants-needs",
        text = "A comprehensive knowledge and understanding of the housing and support needs of vulnerable applicants such as those with medical conditions or those fleeing domestic abuse." },
      competency { id = "council-letting-obligations-hhsrs-decent-homes",
        text = "Understanding of the relevant statutory obligations of the Council in letting and managing property, including HHSRS and Decent Homes Standard." },
      competency { id = "procuring-temporary-accommodation",
        text = "Detailed knowledge of procuring temporary accommodation and move on accommodation" },
      competency { id = "housing-department-objectives",
        text = "Knowledge and understanding of the Housing Department's objectives and policies and the ability to communicate these to colleagues and customers to help them understand decisions and service practises" },
    },

    experience = {
      competency { id = "complaints-fois-member-enquiries",
        text = "Experience of dealing with complaints, FOIs and/or Member Enquiries, with demonstrable evidence of using these to enhance service delivery." },
      competency { id = "managing-multi-stakeholder-relationships",
        text = "Experience of managing multi stakeholder relationships." },
      competency { id = "managing-ta-and-allocations-team",
        text = "Experience of managing a team providing temporary accommodation and allocating social housing according to the housing legal framework" },
      competency { id = "achieving-departmental-performance-targets",
        text = "Experience of achieving performance targets and meeting departmental performance objectives" },
    },

    skills = {
      competency { id = "political-context",
        text = "Ability to identify and respond to political context advising senior officers where required." },
      competency { id = "conflict-management-challenging-behaviour",
        text = "A track record of successful conflict management and dealing with individuals who present challenging behaviour" },
      competency { id = "pressure-vulnerable-complex-needs",
        text = "The capability to handle the pressure and responsibility of helping vulnerable people with very complex needs whilst remaining enthusiastic and motivated in a demanding role." },
      competency { id = "communication-writing-presentation",
        text = "Excellent communication, writing and presentation skills with experience of effective communication to a range of audiences including senior management, professionals and service users." },
      competency { id = "present-complex-information-reports",
        text = "Ability to present complex information and reports in a concise and clear manner either orally or in writing." },
    },
  },

  -- Level C (Accomplished/Expert): requirements in addition to level 5A and 5B ----------------
  level {
    id = "C", name = "Accomplished/Expert",

    qualifications = {
      patterns.relevant_cih_level_3 { id = "cih-level-3",
        text = "Completion of relevant Level 3 Chartered Institute of Housing qualification or equivalent qualification e.g. CIH Level 3 Certificate in Providing Homelessness Services" },
      -- Level C repeats level B's CPD statement; kept, as the document lists it at both levels.
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "crime-and-disorder-act-agendas",
        text = "Detailed understanding of Government agendas surrounding Crime and Disorder Act 1998." },
      competency { id = "local-social-justice-healthcare-services",
        text = "Knowledge of local social, justice and healthcare services and an ability to navigate systems and pathways into services" },
      competency { id = "psychologically-informed-trauma-informed-care",
        text = "Working knowledge of psychologically informed principles and practice, strength-based approaches and trauma informed care" },
      competency { id = "childrens-acts-care-act",
        text = "A broad knowledge of the Children's Acts, Care Act and other relevant regulations involving vulnerable adults, young people and families" },
      competency { id = "political-environment-challenges-managing-demands",
        text = "Understanding of the challenges faced working in a political environment, with demonstrable evidence of managing such demands" },
      competency { id = "landlord-tenant-legislation",
        text = "Good knowledge of Landlord and Tenant Legislation, the Housing Act 1985 and 1988, the Protection from Eviction Act 1977" },
    },

    experience = {
      experience { id = "managerial-housing-service-24-months", months = 24, managerial = true,
        areas = { "housing", "social_housing", "homelessness", "temporary_accommodation" },
        text = "At least 2 years demonstrable managerial experience within a relevant housing service",
        reading = "At least 24 months in total in posts that line-managed staff and whose work included housing, social housing, homelessness or temporary accommodation, with any employer. The employment history is the demonstration." },
      competency { id = "stakeholder-communication-negotiation",
        text = "Experience of stakeholder communication, management and negotiation, to a range of audiences including senior management, service professionals and service users to achieve service objective." },
      competency { id = "data-sources-conclusions",
        text = "Experience of interpreting and utilising a range of different information and data sources, including financial, statistical, and qualitative data and presenting conclusions and implications." },
      competency { id = "trauma-informed-asset-based-setting",
        text = "Experience of working in a trauma informed, asset-based approach setting with focus on putting the person at the centre of service delivery." },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      competency { id = "organisation-prioritisation-complex-programme",
        text = "Highly effective organisational and prioritisation skills, managing a demanding and complex work programme with rapidly changing and competing priorities." },
      competency { id = "homelessness-prevention-models",
        text = "Ability to explore models of homelessness prevention and best practice, specifically in relation to personalisation, assertive outreach and the prevention of rough sleeping and provide recommendations to Partners on how to implement best-practice" },
      competency { id = "influencing-stakeholder-management",
        text = "Strong influencing and stakeholder management skills and the ability to build relationships at all levels" },
      competency { id = "brokering-complex-partnerships",
        text = "Proven ability in brokering and leading complex partnerships internally and externally" },
    },
  },
}
