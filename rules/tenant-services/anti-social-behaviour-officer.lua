-- rules/tenant-services/anti-social-behaviour-officer.lua
-- Anti-Social Behaviour Officer (PN: 16278), Range 4. Tenant Services career progression
-- framework, April 2025, Tenancy Management section.
--
-- The document's three-column table (Level A / B / C) comes out of the PDF with the columns run
-- together; each statement below was put back in its own column. Two Knowledge statements of
-- column A ("Knowledge of current policies ..." and "An understanding of GDPR and FOIs") are
-- printed on a line of their own below the Knowledge row, and the Skills row ends with
-- "Supervision skills" (column A) beside "Coaching skills" (column B).
-- Level B is "in addition to level 4A" and level C "in addition to level 4A and 4B": each level
-- lists only its own statements and the engine makes the verdicts cumulative.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/anti-social-behaviour-officer",
  title = "Anti-Social Behaviour Officer",
  posts = { "16278" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To take a holistic approach in investigating, managing and seeking resolution for complaints of anti-social behaviour (ASB), supporting victims and complainants throughout the process. The postholder will work with perpetrators, aiming to understand the root causes of behaviour and implement appropriate interventions to prevent further incidents and help them to sustain their tenancies.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-vehicle",
        text = "Full UK driving licence and daily access to a vehicle for work" },
    },
    knowledge = {
      competency { id = "asb-housing-legislation-extensive",
        text = "Extensive knowledge of Anti-Social Behaviour (ASB) and housing legislation" },
      competency { id = "safeguarding-principles",
        text = "Knowledge of safeguarding principles" },
      competency { id = "asb-tenancy-management-policies-best-practice",
        text = "Knowledge of current policies and best practice in ASB and tenancy management including ASB, Crime and Policing Act 2014" },
      competency { id = "gdpr-and-fois",
        text = "An understanding of GDPR and FOIs" },
    },
    experience = {
      patterns.social_housing_experience { id = "social-housing-environment",
        text = "Experience of working within a social housing environment" },
      competency { id = "asb-case-records-housing-management-system",
        text = "Experience of accurately opening, maintaining, monitoring and closing cases on the housing management system" },
      competency { id = "team-shared-objectives",
        text = "Experience of working in a team and contributing to shared objectives" },
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
      competency { id = "communication-skills",
        text = "Communication skills" },
      competency { id = "asb-officer-supervision-skills",
        text = "Supervision skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/anti-social-behaviour-officer",
        text = "Completion of role specific training as identified in the HRA training matrix" },
    },
    knowledge = {
      competency { id = "asb-tenancy-breach-strategies",
        text = "In-depth knowledge of strategies used for managing tenancy breaches in relation to ASB" },
      competency { id = "asb-community-cohesion-approaches",
        text = "Understanding of approaches to achieve community cohesion" },
    },
    experience = {
      competency { id = "asb-partnership-multi-agency-action",
        text = "Experience of engaging and collaborating with partners, coordinating multi-agency action and developing appropriate plans to tackle ASB" },
      competency { id = "asb-investigation-evidence-enforcement",
        text = "Experience in investigation, evidence gathering and recording, including taking witness statements, and preparation/presentation of cases for enforcement action and lower-level interventions" },
      competency { id = "asb-apprentice-line-management",
        text = "Experience of providing effective line management and coaching to the ASB apprentice" },
    },
    skills = {
      competency { id = "council-ict-recording-crm",
        text = "Ability to use Council ICT to accurately record case information, evidence and interactions, including CRM" },
      competency { id = "asb-legal-non-legal-remedies",
        text = "Ability to apply appropriate remedies, both legal and non-legal to manage ASB cases, selecting proportionate action and following advice and guidance where required for complex cases" },
      competency { id = "customer-care-adapting-services",
        text = "Excellent customer care skills, with experience of adapting services, where possible, to meet customer needs and can take the initiative to work with other agencies where necessary" },
      competency { id = "coaching-skills",
        text = "Coaching skills" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cih_level_3_or_equivalent { id = "cih-level-3-or-equivalent",
        text = "Completion of level 3 Chartered Institute of Housing or equivalent qualification related to the role" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "occupancy-tenure-lettings",
        text = "Comprehensive understanding of occupancy, tenure and lettings, delivery of housing services, sustainable communities and resident involvement" },
    },
    experience = {
      competency { id = "asb-hotspots-community-engagement",
        text = "Experience of proactive community engagement to tackle ASB hotspots within neighbourhoods" },
      competency { id = "asb-improvement-plan-tsm",
        text = "Sound experience of engaging with the ASB improvement plan to realise improvements in Tenant Satisfaction Measures for ASB case handling" },
      -- Not the Income and Arrears Officer's "... representing the Council in court" (the catalogue
      -- keeps the two apart).
      competency { id = "asb-legal-action-court-witness",
        text = "Experience of pursuing legal actions and attending court as a Council witness" },
    },
    skills = {
      competency { id = "asb-complex-information-innovative-solutions",
        text = "Ability to analyse and interpret complex information and situations, developing solutions and plans with an innovative approach" },
    },
  },
}
