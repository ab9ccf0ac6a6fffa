-- rules/tenant-services/leasehold-and-right-to-buy-officer.lua
-- Leasehold and Right To Buy Officer (PN: 7554), Range 4.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.
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
      -- "e.g." makes the five GCSEs one example of a Level 2 qualification ("NVQ etc" are others).
      -- A single GCSE, O level or Functional Skills pass is a Level 2 qualification in one subject
      -- only, so it does not count on its own.
      any_of {
        id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc",
        reading = "Five GCSEs at grade 4/C or above including English and Maths, or another achieved qualification at Level 2 or above (e.g. an NVQ Level 2); a single GCSE, O level or Functional Skills pass does not count on its own.",
        gcse { id = "five-gcses", text = "A minimum of 5 GCSEs (grades 4-9) including English and Maths",
          subjects = { "English", "Mathematics" }, count = 5, min_grade = "4" },
        qualification { id = "other-level-2", text = "Another qualification at Level 2 or above (NVQ etc)", min_level = 2,
          kinds = { "nvq", "btec", "apprenticeship", "diploma", "certificate", "a_level", "degree",
                    "postgraduate", "cih", "other" } },
      },
      driving { id = "driving-licence-daily-car", licence = "full_uk", vehicle_access = "daily",
        text = "Full UK driving licence and daily use of a car",
        reading = "A full UK driving licence and daily access to a car for work." },
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
      -- No length is stated: any period of social housing work counts; the employment history decides.
      any_of {
        id = "social-housing-setting",
        text = "Experience of working in a social housing setting",
        reading = "At least one month of employment either tagged as social housing work, or in housing, tenancy management, income collection, leasehold or anti-social behaviour work at a local authority or registered housing provider.",
        experience { id = "social-housing-work", text = "Work in social housing", months = 1, areas = { "social_housing" } },
        experience { id = "social-landlord-housing-work", months = 1,
          text = "Housing work at a local authority or registered housing provider",
          employer_types = { "local_authority", "registered_provider" },
          areas = { "housing", "tenancy_management", "income_collection", "leasehold", "asb" } },
      },
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
      training { id = "role-training", training_id = "role-training/tenant-services/leasehold-and-right-to-buy-officer",
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
      any_of {
        id = "cih-level-3-or-equivalent",
        text = "Completion of level 3 Chartered Institute of Housing qualification or equivalent related to the role",
        reading = "An achieved CIH qualification at Level 3 or above, or another achieved housing qualification at Level 3 or above as the equivalent related to the role.",
        cih { min_level = 3 },
        qualification { min_level = 3, areas = { "housing" } },
      },
      cpd { id = "cpd-12-months", within_months = 12,
        text = "Evidence of continued professional development",
        reading = "At least one CPD record in the 12 months before the evaluation date." },
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
