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
      driving { id = "driving-licence-daily-vehicle", licence = "full_uk", vehicle_access = "daily",
        text = "Full UK driving licence and daily access to a vehicle for work",
        reading = "A full UK driving licence and daily access to a vehicle for work." },
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
      -- The document gives no length of time: any recorded period of a month or more counts. The
      -- employment history decides it, as for "Experience of working in a social housing setting"
      -- in the other Tenancy Management roles.
      any_of {
        id = "social-housing-environment",
        text = "Experience of working within a social housing environment",
        reading = "At least one month of employment either tagged as social housing work, or in housing, tenancy management, income collection, leasehold or anti-social behaviour work at a local authority or registered housing provider.",
        experience { id = "social-housing-work", text = "Work in social housing", months = 1, areas = { "social_housing" } },
        experience { id = "social-landlord-housing-work", months = 1,
          text = "Housing work at a local authority or registered housing provider",
          employer_types = { "local_authority", "registered_provider" },
          areas = { "housing", "tenancy_management", "income_collection", "leasehold", "asb" } },
      },
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
      training { id = "role-specific-training",
        training_id = "role-training/tenant-services/anti-social-behaviour-officer",
        text = "Completion of role specific training as identified in the HRA training matrix",
        reading = "A completed training record for this role's training from the HRA training matrix." },
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
      any_of {
        id = "cih-level-3-or-equivalent",
        text = "Completion of level 3 Chartered Institute of Housing or equivalent qualification related to the role",
        reading = "An achieved CIH qualification at Level 3 or above, or another achieved housing qualification at Level 3 or above; a qualification still in progress does not count (\"completion\").",
        cih { id = "cih-level-3", text = "Level 3 Chartered Institute of Housing qualification", min_level = 3 },
        qualification { id = "housing-level-3", text = "Equivalent housing qualification at Level 3", min_level = 3, areas = { "housing" } },
      },
      cpd { id = "cpd-12-months", within_months = 12,
        text = "Evidence of continued professional development",
        reading = "At least one CPD record dated in the 12 months before the evaluation date." },
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
