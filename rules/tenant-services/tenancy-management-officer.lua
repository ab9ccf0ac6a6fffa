-- rules/tenant-services/tenancy-management-officer.lua
-- Tenancy Management Officer (PN: 3227A), Range 4. Tenant Services career progression framework,
-- April 2025, Tenancy Management section.
--
-- The document's three-column table (Level A / B / C) comes out of the PDF with the columns run
-- together; each statement below was put back in its own column. Level B is "in addition to level
-- 4A" and level C "in addition to level 4A and 4B": each level lists only its own statements and the
-- engine makes the verdicts cumulative.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/tenancy-management-officer",
  title = "Tenancy Management Officer",
  posts = { "3227A" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  -- The PDF prints the last sentence twice, garbled ("aprioraing", "linholding"): read as "upholding".
  summary = "To deliver comprehensive tenancy management services within a designated geographical area and engage with residents to foster strong working relationships. The role also includes promoting timely rent payments, upholding property and tenancy or lease conditions, and driving resident involvement initiatives.",

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
        text = "A good understanding of Housing legislation relating to secure tenants" },
      competency { id = "welfare-benefits",
        text = "Knowledge of welfare and benefits" },
      competency { id = "safeguarding-principles",
        text = "Knowledge of safeguarding principles" },
      competency { id = "gdpr-understanding",
        text = "An understanding of GDPR legislation and best practice in relating to information sharing" },
      competency { id = "lone-worker-practices",
        text = "Knowledge of lone worker practices" },
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
      competency { id = "communication-skills",
        text = "Communication skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/tenancy-management-officer",
        text = "Completion of role specific training as identified on the HRA training matrix" },
    },
    knowledge = {
      competency { id = "tenancy-breach-strategies",
        text = "In-depth understanding of strategies for managing tenancy breaches" },
      competency { id = "social-value-neighbourhood-development",
        text = "Understanding of social value initiatives and approaches to neighbourhood development" },
      competency { id = "resident-engagement-techniques",
        text = "Knowledge of engagement techniques / methods that can be applied to foster strong working relationships with residents" },
    },
    experience = {
      competency { id = "productive-stakeholder-relationships",
        text = "Build productive relationships with stakeholders to resolve complex issues and support residents" },
      competency { id = "primary-contact-residents-stakeholders-visits",
        text = "Experience of being the primary contact for residents and stakeholders, including completing visits." },
      competency { id = "identifying-problems-taking-action",
        text = "Experience with identifying potential problems and taking appropriate action" },
      competency { id = "change-programmes-contribution",
        text = "Experience of actively contributing to change programmes and offering input to shape decisions" },
    },
    skills = {
      competency { id = "tenant-issue-decisions",
        text = "Ability to apply Council policies and processes when making decisions on tenant issues" },
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
        text = "Completion of level 3 Chartered Institute of Housing qualification or equivalent related to the role" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "occupancy-tenure-lettings",
        text = "Comprehensive understanding of occupancy, tenure and lettings, delivery of housing services, sustainable communities and resident involvement" },
    },
    experience = {
      -- "initiations" is the document's word; the sense is initiatives.
      competency { id = "neighbourhood-improvement-initiatives",
        text = "Drive improvements through initiations within the assigned neighbourhood, enhancing resident satisfaction",
        reading = "\"Initiations\" is read as initiatives: evidence of driving improvements through initiatives in the officer's own neighbourhood that raised resident satisfaction." },
      competency { id = "knowing-our-tenants-engagement",
        text = "Experience of proactive resident engagement to meet our 'knowing our tenants' service objective" },
    },
    skills = {
      competency { id = "creative-problem-solving",
        text = "Ability to problem solve with creative ability" },
      competency { id = "proactive-patch-management",
        text = "Ability to proactively manage the patch, considering the bigger picture" },
    },
  },
}
