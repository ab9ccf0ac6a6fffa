-- rules/rehousing/rehousing-team-leader.lua
-- Medway Council, Rehousing career progression framework, May 2025 (000_ba2182cbcd4620ef.txt):
-- Rehousing Team Leader (Post No: 14897), Range 6.
--
-- The qualifications, knowledge and experience rows are printed as three interleaved columns
-- (Level A, B, C); the skills row as three consecutive lists under "Skills", in the order A, B, C.
-- Level B is "in addition to level 6A", level C "in addition to level 6A and 6B": each level
-- lists only its own statements. "Experience of monitoring performance, producing reports and
-- analysing data to drive service improvements." is printed a second time after the experience
-- row; it is encoded once, at level A where the column gives it. The source's "Part V1 and Part
-- V11" is Part VI and Part VII (as in the catalogue).

local patterns = require "lib.patterns"

role {
  id = "rehousing/rehousing-team-leader",
  title = "Rehousing Team Leader",
  posts = { "14897" },
  grade = "Range 6",
  framework = "Rehousing career progression framework",
  framework_date = "2025-05",
  source = "000_ba2182cbcd4620ef.txt",
  summary = "Under the direction of the Rehousing Manager, to take lead responsibility for, support and manage the Rehousing Team streams, providing a proactive customer led service to Medway residents applying for social housing and those placed into temporary accommodation under a homelessness duty. Ensure temporary accommodation is of the required standard and rent is collected effectively, monitor and evaluate service performance to implement improvements, and complete Complaints, MP and Cllr Enquiries, Freedom of Information Requests and LGO responses.",

  -- Level A (Developing): requirements at level 6A ---------------------------------------------
  level {
    id = "A", name = "Developing",

    qualifications = {
      -- Not patterns.general_education: the alternative named here is a Level 3 CIH
      -- qualification only, not any housing qualification.
      any_of {
        id = "general-education",
        text = "A good standard of general education (e.g. Level 2, GCSEs) including in Maths and English or Equivalent Level 3 Chartered institute of Housing qualification",
        reading = "GCSE grade 4/C or above in both English and Maths (O levels and Functional Skills Level 2 count as in lib/equivalences.lua), or an achieved Chartered Institute of Housing qualification at Level 3 or above; the statement names only a CIH qualification as the alternative.",
        gcse { id = "gcse-english-maths", text = "GCSEs including in Maths and English",
          subjects = { "English", "Mathematics" }, min_grade = "4" },
        cih { id = "cih-level-3", text = "Equivalent Level 3 Chartered institute of Housing qualification", min_level = 3 },
      },
    },

    knowledge = {
      competency { id = "single-homeless-legislation-and-duties",
        text = "Thorough knowledge of the legislation and duties owed to single homeless persons by the Council under The Homeless Reduction Act 2017, Part VI and Part VII of the Housing Act 1996, Homelessness Act 2002 & Localism Act 2011 including statutory guidance for allocation of social housing and homelessness" },
      competency { id = "homeless-relief-initiatives",
        text = "Detailed working knowledge of homeless relief initiatives and their application and effectiveness" },
      -- "Detailed understanding" asks for more than homelessness-wider-issues (the catalogue keeps
      -- it role-specific).
      competency { id = "homelessness-wider-issues-detailed",
        text = "Detailed understanding of the wider issues impacting upon homelessness, the barriers facing people with severe and multiple disadvantages and the challenges involved in resolving rough sleeping" },
      competency { id = "homelessness-system-pathways",
        text = "Comprehensive knowledge of the housing and homelessness system and pathways and resettlement opportunities for vulnerable people" },
      competency { id = "safeguarding-inclusion-diversity-legislation",
        text = "Knowledge of safeguarding, inclusion & diversity and legislation in relation to the role." },
      competency { id = "edi-challenges-homeless-people",
        text = "Detailed knowledge of the equality, diversity and inclusion challenges faced by homeless people." },
    },

    experience = {
      all_of {
        id = "customer-service-large-public-body-24-months",
        text = "At least 2 years' experience of delivering a high-quality customer service in a related area for a large local authority or comparable public sector organisation.",
        reading = "Met when the employment history shows at least 24 months in total at a local authority or another public body (housing associations, voluntary and private employers are not the public sector), and a manager or assessor has recorded that this was a high-quality customer service in an area related to rehousing, for a large organisation.",
        experience { id = "local-authority-or-public-body-24-months",
          text = "At least 2 years' experience for a large local authority or comparable public sector organisation",
          months = 24, employer_types = { "local_authority", "public_sector" } },
        competency { id = "high-quality-customer-service-related-area",
          text = "Experience of delivering a high-quality customer service in a related area for a large local authority or comparable public sector organisation." },
      },
      competency { id = "monitoring-performance-reports-data-analysis",
        text = "Experience of monitoring performance, producing reports and analysing data to drive service improvements." },
      competency { id = "joint-multi-agency-working",
        text = "Experience of effective joint working, successful multi agency working and operating in a demanding working environment." },
      competency { id = "distressed-challenging-customers",
        text = "Experience of dealing sensitively with distressed or challenging customers/service users" },
      competency { id = "investigations-reviews-complex-cases",
        text = "Extensive experience of conducting thorough investigations and reviews of complex cases, with a focus on positive outcomes and preventing further escalation." },
      competency { id = "complaints-fois-member-enquiries",
        text = "Experience of dealing with complaints, FOIs and/or Member Enquiries, with demonstrable evidence of using these to enhance service delivery." },
    },

    skills = {
      competency { id = "pressure-vulnerable-complex-needs",
        text = "The capability to handle the pressure and responsibility of helping vulnerable people with very complex needs whilst remaining enthusiastic and motivated in a demanding role." },
      competency { id = "guidance-internal-procedures-interpret-policies",
        text = "Able to provide guidance on internal procedures and interpret policies and procedures to meet specific circumstances or problems" },
      competency { id = "work-independently-clear-guidelines-initiative",
        text = "Able to work independently within clear guidelines and regularly use initiative to make decisions" },
      competency { id = "legal-political-policy-constraints",
        text = "Able to work within legal, political and policy constraints and to follow internal procedures" },
      competency { id = "communicate-complex-sensitive-information",
        text = "Able to use well developed communication skills to present complex/sensitive information in an understandable way, to a range of audiences" },
      competency { id = "anticipate-problems-innovative-solutions",
        text = "Able to anticipate problems and provide effective and innovative solutions as well as preventing potential problems" },
      competency { id = "analyse-complex-information-long-term-strategies",
        text = "Demonstrable ability to analyse and interpret varied and complex information or situations and develop solutions and/or strategies that take more than a year to formulate." },
      competency { id = "customer-care-equal-opportunities",
        text = "Able to show a commitment to a high level of customer care and the Council's Equal Opportunities Policy" },
      competency { id = "lead-build-motivate-manage-teams",
        text = "Able to lead, build, motivate and manage teams to achieve individual and organisational goals." },
      -- Adds emergencies that need an immediate response to prioritise-workload-deadlines:
      -- role-specific.
      competency { id = "organise-plan-prioritise-workload-emergencies",
        text = "Ability to organise, plan and prioritise a varied workload to meet multiple tight and conflicting deadlines and respond effectively to emergencies that require immediate response." },
      competency { id = "confrontational-situations",
        text = "Able to cope with conflict and control confrontational situations" },
      competency { id = "tight-financial-management-budget-preparation",
        text = "Able to operate within tight financial management including budget preparation and commitment control." },
      competency { id = "problem-solving-initiative-innovation",
        text = "The ability to apply good problem-solving skills, demonstrating initiative and innovation to produce solutions." },
      competency { id = "standard-ict-packages",
        text = "Competent user of standard ICT packages, e.g. Word, Excel, Outlook and PowerPoint" },
    },
  },

  -- Level B (Practising): requirements in addition to level 6A --------------------------------
  level {
    id = "B", name = "Practising",

    qualifications = {
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      competency { id = "national-local-housing-issues",
        text = "Comprehensive knowledge and understanding of national and local housing issues and related policies." },
      competency { id = "local-government-housing-key-factors-legislation",
        text = "Detailed knowledge of key factors, influences and legislation facing local government housing departments" },
      competency { id = "other-agencies-statutory-voluntary",
        text = "Detailed working knowledge of other agencies, both statutory and voluntary providing relevant advice and assistance to customers under alternative legislation and in all forms of tenure" },
      competency { id = "housing-department-objectives",
        text = "Knowledge and understanding of the Housing Department's objectives and policies and the ability to communicate these to colleagues and customers to help them understand decisions and service practises" },
      -- Homelessness, against the Senior Rehousing Officer's single homelessness: role-specific.
      competency { id = "case-law-homelessness",
        text = "Up to date knowledge of all relevant case law pertaining to homelessness and its application" },
      competency { id = "vulnerable-applicants-needs",
        text = "A comprehensive knowledge and understanding of the housing and support needs of vulnerable applicants such as those with medical conditions or those fleeing domestic abuse." },
      competency { id = "political-awareness",
        text = "Good political awareness and personal sensitivity" },
    },

    experience = {
      -- "Significant experience": no length is stated, so a judgement.
      competency { id = "housing-allocation-accommodation-solutions-track-record",
        text = "Significant experience in housing services or a related field, with a track record of delivering successful housing allocation and accommodation solutions." },
      competency { id = "team-manager-performance-management-organisation",
        text = "Experience as a team manager within a large, complex, customer-focused organisation with a significant emphasis on performance management." },
      competency { id = "leading-multidisciplinary-teams-sustainable-improvements",
        text = "Experience of leading, motivating and managing services with multidisciplinary teams to achieve significant, sustainable improvements and positive outcomes through internal and external partnerships." },
      competency { id = "stakeholder-communication-negotiation",
        text = "Experience of stakeholder communication, management and negotiation, to a range of audiences including senior management, service professionals and service users to achieve service objective." },
      competency { id = "data-sources-conclusions",
        text = "Experience of interpreting and utilising a range of different information and data sources, including financial, statistical, and qualitative data and presenting conclusions and implications." },
    },

    skills = {
      competency { id = "leadership-negotiation-influencing-team-development",
        text = "Excellent leadership, negotiation and influencing skills. This must include the ability to develop, support, empower and motivate a team to achieve goals." },
      competency { id = "interpersonal-complex-issues-compassionate",
        text = "Excellent interpersonal skills, with the ability to communicate complex issues clearly and simply in a compassionate and empathetic way in a demanding environment." },
      competency { id = "influence-performance-outcomes-vulnerable-people",
        text = "Proven ability to influence performance and relationships to achieve better outcomes for vulnerable people." },
      competency { id = "collate-present-analyse-complex-data",
        text = "Confidence to collate, present and analyse large amounts of complex data." },
      competency { id = "partner-organisations-shared-outcomes",
        text = "Proven ability to develop, cultivate and work collaboratively with partner organisations, negotiating as required to achieve shared outcomes." },
      competency { id = "influencing-stakeholder-management",
        text = "Strong influencing and stakeholder management skills with an ability to build relationships at all levels including at a political and senior management level" },
      competency { id = "advocate-for-customers-with-agencies",
        text = "Ability to advocate on customers' behalf with other agencies, statutory and voluntary and other members of the public" },
    },
  },

  -- Level C (Accomplished/Expert): requirements in addition to level 6A and 6B ----------------
  level {
    id = "C", name = "Accomplished/Expert",

    qualifications = {
      patterns.cih_completion { id = "cih-level-4", level = 4,
        text = "Completion of Level 4 Chartered Institute of Housing qualification" },
      -- Level C repeats level B's CPD statement; kept, as the document lists it at both levels.
      patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
    },

    knowledge = {
      -- Includes immigration, unlike the Rehousing Manager's statement: role-specific (see the
      -- catalogue's near matches).
      competency { id = "advanced-legislation-policy-practice-incl-immigration",
        text = "Advanced and authoritative knowledge and understanding of legislation, policy, procedure and practices in respect of homelessness, housing allocations, landlord and tenant law, immigration and welfare rights/benefit issues, relevant codes of guidance and case law." },
      competency { id = "crime-and-disorder-act-agendas",
        text = "Detailed understanding of Government agendas surrounding Crime and Disorder Act 1998." },
      competency { id = "local-social-justice-healthcare-services",
        text = "Up to date knowledge of local social, justice and healthcare services and how to navigate systems and pathways into services" },
      competency { id = "psychologically-informed-trauma-informed-care",
        text = "Working knowledge of psychologically informed principles and practice, strength-based approaches and trauma informed care" },
      competency { id = "childrens-acts-care-act",
        text = "A broad knowledge of the Children's Acts, Care Act and other relevant regulations involving vulnerable adults, young people and families" },
      competency { id = "budget-management-control-public-funds",
        text = "Understanding of budget management and control of public funds" },
    },

    experience = {
      experience { id = "housing-service-24-months", months = 24,
        areas = { "housing", "social_housing", "homelessness", "temporary_accommodation" },
        text = "At least 2 years' experience within a relevant Housing service",
        reading = "At least 24 months in total in posts whose work included housing, social housing, homelessness or temporary accommodation, with any employer." },
      competency { id = "overcoming-resistance-to-change",
        text = "Demonstrable experience of overcoming resistance to change at all levels." },
      -- A local government housing environment, against the Rehousing Manager's public service
      -- environment (see the catalogue's near matches): role-specific.
      competency { id = "running-high-demand-service-local-government-housing",
        text = "Extensive experience of running a service with high levels of demand, significant time pressure and conflicting priorities including crisis management within a local government housing environment." },
      competency { id = "designing-service-improvements-efficiencies",
        text = "Experience of designing and delivering service improvements to realise efficiencies and increase productivity." },
      competency { id = "trauma-informed-asset-based-setting",
        text = "Experience of working in a trauma informed, asset-based approach setting with focus on putting the person at the centre of service delivery." },
      competency { id = "high-performing-service-behaviours",
        text = "Proven experience of successfully providing a high performing service that demonstrate effective employee behaviours" },
      competency { id = "statutory-voluntary-partnership-experience",
        text = "Demonstrable experience of initiating, building relationships with and working positively in partnership with a range of statutory and voluntary agencies" },
    },

    skills = {
      competency { id = "political-context",
        text = "Able to identify and respond to political context advising senior officers where required." },
      competency { id = "strategic-critical-thinking",
        text = "Well-developed strategic and critical thinking." },
      competency { id = "participative-policy-making-relationships",
        text = "Able to build strong relationships with services, partners and citizens to engage and influence them to support and drive participative policy making" },
      competency { id = "adapt-unexpected-situations-mobilise-ideas",
        text = "Able to adapt and respond to unexpected situations flexibly, help mobilise people to create and test ideas" },
      competency { id = "performance-monitoring-techniques-service-targets",
        text = "Proven ability to use performance monitoring and management techniques to achieve service targets" },
      competency { id = "new-delivery-models-significant-savings",
        text = "Able to lead projects that have explored new models of delivery and delivered significant savings." },
      competency { id = "brokering-complex-partnerships",
        text = "Proven ability in brokering and leading complex high-level partnerships internally and externally" },
    },
  },
}
