-- rules/tenant-services/senior-income-and-arrears-officer.lua
-- Senior Income and Arrears Officer (PN: 16633), Range 5.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.
-- The extracted text repeats some lines (the safeguarding and income collection statements, the
-- end of "Effectively supervise ...") and drops first letters ("(nowledge", "evel"): each
-- statement is encoded once, with its wording repaired.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/senior-income-and-arrears-officer",
  title = "Senior Income and Arrears Officer",
  posts = { "16633" },
  grade = "Range 5",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "Build and maintain strong working relationships with residents in a defined geographical area, fostering their cooperation in paying their rent and preventing arrears. Manage a team of up to 5 members of staff, ensuring the smooth operation of the income collection team.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-3-qualification", level = 3,
        text = "Level 3 qualification – e.g. A levels, Advanced apprenticeship, NVQ 3" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "Full UK driving licence and daily access to a car" },
      patterns.willingness_cih_level_4 { id = "cih-level-4-willingness",
        text = "Willingness to work towards level 4 Chartered Institute of Housing qualification" },
    },
    knowledge = {
      competency { id = "secure-tenants-housing-legislation",
        text = "A good understanding of housing legislation relating to secure tenants" },
      competency { id = "welfare-benefits", text = "Knowledge of welfare and benefits" },
      competency { id = "safeguarding-principles", text = "Knowledge of safeguarding principles" },
    },
    experience = {
      -- No length is stated: any period in income collection work counts; the employment history decides.
      experience { id = "income-collection-role", months = 1, areas = { "income_collection" },
        text = "Experience of working in an income collection role.",
        reading = "Any period of employment (at least one month) in income collection work, with any employer." },
      competency { id = "leading-team-shared-objectives",
        text = "Experience of leading a team to achieve shared objectives" },
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
      competency { id = "feedback-to-staff",
        text = "Ability to provide meaningful feedback to staff to enhance performance and influence outcomes." },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/senior-income-and-arrears-officer",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      competency { id = "rent-collection-strategies",
        text = "An in depth understanding of strategies used to manage rent collection" },
      competency { id = "support-agencies-signposting-in-depth",
        text = "In depth knowledge relating to support agencies, enabling effective signposting" },
      competency { id = "housing-systems-knowledge", text = "Good housing systems knowledge" },
    },
    experience = {
      competency { id = "supervise-delegate-performance",
        text = "Effectively supervise staff members, delegate tasks and ensure performance expectations are met" },
      competency { id = "productive-stakeholder-relationships",
        text = "Experience of building productive relationships with stakeholders to resolve complex issues and support residents" },
      competency { id = "tenancy-audits",
        text = "Experience of carrying out regular tenancy audits capturing information, recording vulnerabilities and identifying cases of tenancy fraud" },
    },
    skills = {
      competency { id = "line-management-skills", text = "Effective line management skills." },
      -- Kept apart from the Senior Tenancy Management Officer's "... on tenant issues" (catalogue note).
      competency { id = "senior-income-officer-fair-decisions-income-issues",
        text = "Ability to make informed, fair and effective decisions on income related issues" },
      competency { id = "customer-care-adapting-services",
        text = "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies where necessary" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cih_completion { id = "cih-level-4", level = 4,
        text = "Completion of level 4 Chartered Institute of Housing qualification" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
    },
    experience = {
      competency { id = "drive-service-improvements-innovation",
        text = "Drive service improvements, introducing innovation and enhance the resident experience" },
      competency { id = "service-strategies-team-objectives",
        text = "Contribute to service strategies, setting team objectives aligned with broader goals" },
    },
    skills = {
      competency { id = "creative-problem-solving", text = "Problem solving and creative ability" },
      competency { id = "housing-sector-knowledge-innovation",
        text = "Ability to apply housing sector knowledge to drive innovation" },
      competency { id = "staff-development-opportunities",
        text = "Ability to identify opportunities for staff development" },
    },
  },
}
