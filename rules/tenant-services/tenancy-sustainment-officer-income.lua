-- rules/tenant-services/tenancy-sustainment-officer-income.lua
-- Tenancy Sustainment Officer – Income (PN: 10650), Range 4.
-- Tenant Services career progression framework, April 2025, Income and Leasehold Management.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/tenancy-sustainment-officer-income",
  title = "Tenancy Sustainment Officer – Income",
  posts = { "10650" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To support Medway Council tenants by providing advice and guidance on mitigating the impacts of welfare reforms, particularly Universal Credit, and addressing income shortfalls. This includes offering financial education, promoting income maximisation, and assisting tenants with under-occupation charges or alternative accommodation moves.",

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
      competency { id = "welfare-benefits-in-depth",
        text = "In-depth knowledge of welfare benefits such as universal credit, housing benefit and council tax support" },
      competency { id = "safeguarding-principles", text = "Knowledge and understanding of safeguarding principles" },
      competency { id = "domestic-abuse-mental-health-substance-misuse",
        text = "Awareness of how issues such as domestic abuse, mental health and substance misuse can affect residents" },
    },
    experience = {
      patterns.social_housing_experience { id = "social-housing-setting",
        text = "Experience of working in a social housing setting" },
      competency { id = "team-shared-objectives",
        text = "Experience of working within a team and contributing to shared objectives" },
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
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/tenancy-sustainment-officer-income",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      competency { id = "local-support-services-signposting",
        text = "Knowledge of local support services, charities and agencies, including how to signpost residents to appropriate help. Includes awareness of pathways to access employment, education and training" },
      competency { id = "financial-inclusion",
        text = "Familiarity with financial inclusion, budgeting advice and available grants or discretionary funding" },
    },
    experience = {
      competency { id = "productive-stakeholder-relationships",
        text = "Build productive relationships with stakeholders to resolve complex issues and support residents" },
      competency { id = "identifying-problems-taking-action",
        text = "Experience of identifying potential problems and taking appropriate action" },
      competency { id = "change-programmes-contribution",
        text = "Experience of actively contributing to change programmes and offering input to shape decisions" },
    },
    skills = {
      competency { id = "tenant-issue-decisions",
        text = "Ability to apply Council policies and processes when making decisions on tenant issues" },
      competency { id = "council-ict-recording-crm",
        text = "Ability to use Council ICT to accurately record cases and interactions, including CRM" },
      competency { id = "tenancy-sustainment-action-plans",
        text = "Ability to formulate clear and effective action plans for residents which enable tenancy sustainment" },
      competency { id = "customer-care-adapting-services",
        text = "Excellent customer care skills, with experience of adapting services, where possible, to meet resident needs and can take the initiative to work with other agencies where necessary" },
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
      competency { id = "improvements-resident-satisfaction-evictions",
        text = "Evidence of driving improvements across the service, enhancing resident satisfaction and reducing evictions" },
      competency { id = "tenancy-sustainment-proactive-approach",
        text = "Evidence of taking a proactive approach to tenancy sustainment, using innovation in engagement activities and campaigns" },
      competency { id = "lift-data-interventions",
        text = "Experience of using available data in the Low Income Family Tracker (LIFT) to create proactive plans and target interventions" },
    },
    skills = {
      competency { id = "creative-problem-solving", text = "Ability to independently problem solve with creative ability" },
    },
  },
}
