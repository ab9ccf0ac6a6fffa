-- rules/tenant-services/income-and-arrears-officer.lua
-- Income and Arrears Officer (PN: 3227), Range 4.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.
role {
  id = "tenant-services/income-and-arrears-officer",
  title = "Income and Arrears Officer",
  posts = { "3227" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To develop and maintain effective relationships with tenants within a defined geographical area, encouraging their cooperation in paying their rent and preventing arrears. The postholder will monitor rent accounts in detail, taking appropriate actions in line with the Council's income collection policy and procedures.",

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
      competency { id = "secure-tenants-housing-legislation",
        text = "A good understanding of housing legislation relating to secure tenants" },
      competency { id = "welfare-benefits", text = "Knowledge of welfare and benefits" },
      competency { id = "safeguarding-principles", text = "Knowledge of safeguarding principles" },
      competency { id = "gdpr-awareness",
        text = "An awareness of GDPR legislation and best practice in relating to information sharing" },
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
        text = "Proficient at using Microsoft packages such as word/Excel/PowerPoint" },
      competency { id = "communication-skills", text = "Communication skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      training { id = "role-training", training_id = "role-training/tenant-services/income-and-arrears-officer",
        text = "Completion of role specific training as identified in HRA training matrix" },
    },
    knowledge = {
      competency { id = "rent-collection-strategies",
        text = "An in depth understanding of strategies used to manage rent collection" },
      competency { id = "support-agencies-signposting-in-depth",
        text = "In depth knowledge relating to support agencies, enabling effective signposting" },
    },
    experience = {
      competency { id = "productive-stakeholder-relationships",
        text = "Build productive relationships with stakeholders to resolve complex issues and support residents" },
      competency { id = "identifying-problems-taking-action",
        text = "Experience with identifying potential problems and taking appropriate action" },
      competency { id = "change-programmes-contribution",
        text = "Experience of actively contributing to change programmes and offering input to shape decisions" },
      competency { id = "tenancy-audits",
        text = "Experience of carrying out regular tenancy audits capturing information, recording vulnerabilities and identifying cases of tenancy fraud" },
    },
    skills = {
      -- Not the catalogue's tenant-issue-decisions: the decisions here are on income and arrears.
      competency { id = "income-officer-decisions-council-policies",
        text = "Ability to apply Council policies and processes when making decisions on income and arrears related issues" },
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
      competency { id = "income-officer-arrears-reduction-patch",
        text = "Drive service improvements across the patch, reducing arrears to levels which exceed the targets set" },
      competency { id = "income-officer-income-maximisation-campaigns",
        text = "Evidence of proactive resident engagement campaigns with the objective of maximising income for defined groups" },
      -- Kept apart from the ASB Officer's "attending court as a Council witness" (catalogue note).
      competency { id = "income-officer-legal-action-court",
        text = "Experience of pursuing legal actions and representing the Council in court" },
    },
    skills = {
      competency { id = "creative-problem-solving", text = "Evidence of problem solving and creative ability" },
      competency { id = "proactive-patch-management",
        text = "Evidence of proactively managing the patch, considering the bigger picture" },
    },
  },
}
