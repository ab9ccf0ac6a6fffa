-- rules/tenant-services/leasehold-and-right-to-buy-officer.lua
-- Leasehold and Right To Buy Officer (PN: 7554), Range 4.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/leasehold-and-right-to-buy-officer",
  title = "Leasehold and Right To Buy Officer",
  posts = { "7554" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To deliver a comprehensive leasehold management service to Council leaseholders, ensuring effective service charge calculation, collection and arrears recovery. The role also involves responding to customer enquiries related to the Right To Buy, land sales, council home buybacks, and service charges.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence and daily use of a car" },
    },
    knowledge = {
      competency { id = "leasehold-rtb-officer-leaseholder-legislation",
        text = "A good understanding of housing legislation in relation to leaseholders" },
      competency { id = "leasehold-rtb-officer-right-to-buy-legislation",
        text = "A good understanding of Right To Buy legislation" },
      competency { id = "leasehold-rtb-officer-service-charges",
        text = "Working knowledge of service charges" },
    },
    experience = {
      patterns.social_housing_experience { id = "social-housing-setting",
        text = "Experience of working in a social housing setting" },
      competency { id = "team-shared-objectives",
        text = "Experience of working in a team and contributing to shared objectives" },
      competency { id = "familiarity-housing-management-systems",
        text = "Familiarity with housing management systems and processes" },
    },
    skills = {
      competency { id = "relationship-management-interpersonal",
        text = "Honed relationship management and interpersonal skills" },
      competency { id = "prioritise-workload-deadlines",
        text = "Effective prioritisation of tasks and ability to meet deadlines" },
      competency { id = "standard-ict-packages",
        text = "Able to use Microsoft packages such as Word, Excel and PowerPoint" },
      competency { id = "communication-skills", text = "Ability to communicate effectively with stakeholders" },
      competency { id = "leasehold-rtb-officer-organisational-skills", text = "Good organisational skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/leasehold-and-right-to-buy-officer",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      competency { id = "leasehold-rtb-officer-section-20-consultations",
        text = "Sound understanding of Section 20 consultations" },
      competency { id = "rent-collection-strategies",
        text = "In-depth knowledge of strategies used to manage rent collection" },
    },
    experience = {
      competency { id = "leasehold-rtb-officer-service-charge-accounts",
        text = "Experience of preparing service charge accounts" },
      competency { id = "leasehold-rtb-officer-residential-leases",
        text = "Experience of working with residential leases" },
      competency { id = "productive-stakeholder-relationships",
        text = "Build productive relationships with stakeholders to resolve complex issues and support residents" },
      competency { id = "identifying-problems-taking-action",
        text = "Experience with identifying potential problems and taking appropriate action" },
    },
    skills = {
      -- Not the catalogue's tenant-issue-decisions: the decisions here are on leasehold and Right To Buy.
      competency { id = "leasehold-rtb-officer-decisions-council-policies",
        text = "Ability to apply Council policies and processes when making decisions on leasehold and Right To Buy related issues" },
      competency { id = "council-ict-recording-crm",
        text = "Ability to use Council ICT to accurately record resident information and interactions, including CRM" },
      competency { id = "customer-care-adapting-services",
        text = "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies where necessary" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cih_level_3_or_equivalent { id = "cih-level-3-or-equivalent",
        members_named = false,
        text = "Completion of level 3 Chartered Institute of Housing qualification or equivalent related to the role" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "occupancy-tenure-lettings",
        text = "Comprehensive understanding of occupancy, tenure and lettings, delivery of housing services, sustainable communities and resident involvement" },
    },
    experience = {
      competency { id = "leasehold-rtb-officer-leaseholder-engagement-improvements",
        text = "Experience of working proactively to engage leaseholders and make improvements to service delivery" },
      competency { id = "leasehold-rtb-officer-arrears-management-targets",
        text = "Experience of successful arrears management, exceeding local targets set" },
    },
    skills = {
      competency { id = "creative-problem-solving", text = "Ability to independently problem solve with creative ability" },
      -- Close to the catalogue's proactive-patch-management, but about leaseholders: role-specific.
      competency { id = "leasehold-rtb-officer-proactive-leaseholder-engagement",
        text = "Ability to proactively engage with leaseholders, considering the bigger picture" },
    },
  },
}
