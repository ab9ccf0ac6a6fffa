-- rules/tenant-services/income-and-arrears-officer.lua
-- Income and Arrears Officer (PN: 3227), Range 4.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.

local patterns = require "lib.patterns"

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
      patterns.level_2_qualification { id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence and daily use of a car" },
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
        text = "Proficient at using Microsoft packages such as word/Excel/PowerPoint" },
      competency { id = "communication-skills", text = "Communication skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/income-and-arrears-officer",
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
