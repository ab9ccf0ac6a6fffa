-- rules/tenant-services/tenancy-sustainment-officer.lua
-- Tenancy Sustainment Officer (PN: TBC), Range 4. Tenant Services career progression framework,
-- April 2025, Tenancy Management section. Not the Tenancy Sustainment Officer – Income (PN 10650),
-- which has its own file.
--
-- The document's three-column table (Level A / B / C) comes out of the PDF with the columns run
-- together; each statement below was put back in its own column. In the Skills row the A column
-- prints "Empathy skills" twice (once garbled, "Limpathy skills") and the B column's action plans
-- statement ends in a garbled duplicate ("Which charie terrainey sustainment"): each appears once.
-- Level B is "in addition to level 4A" and level C "in addition to level 4A and 4B": each level
-- lists only its own statements and the engine makes the verdicts cumulative.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/tenancy-sustainment-officer",
  title = "Tenancy Sustainment Officer",
  posts = {},  -- the document gives the post number as "TBC"
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To offer support and guidance to Medway Council tenants, helping them to sustain their tenancies while fostering strong, positive relationships to maximise engagement and prevent tenancy breaches. The role requires delivering a compassionate and customer-focussed service in line with the Council's policies, procedures, and relevant legislation.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-vehicle",
        text = "Full UK driving licence and daily access to a vehicle for work" },
    },
    knowledge = {
      competency { id = "secure-tenants-housing-legislation",
        text = "A good understanding of Housing legislation relating to secure tenants" },
      competency { id = "welfare-benefits-in-depth",
        text = "In-depth knowledge of welfare benefits such as universal credit, housing benefit and council tax support" },
      competency { id = "safeguarding-principles",
        text = "Knowledge and understanding of safeguarding principles" },
      competency { id = "domestic-abuse-mental-health-substance-misuse",
        text = "Awareness of how issues such as domestic abuse, mental health and substance misuse can affect residents" },
      competency { id = "lone-worker-practices",
        text = "Knowledge of lone worker practices" },
      competency { id = "gdpr-and-fois",
        text = "An understanding of GDPR and FOIs" },
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
        text = "Proficient at using Microsoft packages such as word/Excel/PowerPoint" },
      competency { id = "tenancy-sustainment-empathy-skills",
        text = "Empathy skills" },
      competency { id = "communication-skills",
        text = "Communication skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/tenancy-sustainment-officer",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    -- The PDF drops the "Knowledge" heading of this column.
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
      -- Printed on a line of its own below the Experience row, in the B column.
      competency { id = "kent-homechoice-homeswapper-applications",
        text = "Experience of making online applications for Kent HomeChoice and Homeswapper" },
    },
    skills = {
      competency { id = "tenant-issue-decisions",
        text = "Ability to apply Council policies and processes when making decisions on tenant issues" },
      competency { id = "council-ict-recording-crm",
        text = "Ability to use Council ICT to accurately record cases and interactions, including CRM" },
      competency { id = "tenancy-sustainment-action-plans",
        text = "Ability to formulate clear and effective action plans for residents which enable tenancy sustainment" },
      competency { id = "customer-care-adapting-services",
        text = "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies and stakeholders where necessary" },
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
      competency { id = "housing-services-teams-cover",
        text = "Sound knowledge of all housing services teams in order to provide cover during periods of absence" },
    },
    experience = {
      competency { id = "improvements-resident-satisfaction-evictions",
        text = "Evidence of driving improvements across the service, enhancing resident satisfaction and reducing evictions" },
      competency { id = "tenancy-sustainment-proactive-approach",
        text = "Evidence of taking a proactive approach to tenancy sustainment, using innovation in engagement activities and campaigns" },
    },
    skills = {
      competency { id = "creative-problem-solving",
        text = "Ability to problem solve with creative ability" },
      -- Listed under Skills here (under Experience for the Income Tenancy Sustainment Officer).
      competency { id = "lift-data-interventions",
        text = "Evidence of using available data in the Low-Income Family Tracker (LIFT) to create proactive plans and target interventions" },
    },
  },
}
