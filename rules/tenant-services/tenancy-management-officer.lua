-- rules/tenant-services/tenancy-management-officer.lua
-- Tenancy Management Officer (PN: 3227A), Range 4. Tenant Services career progression framework,
-- April 2025, Tenancy Management section.
--
-- The document's three-column table (Level A / B / C) comes out of the PDF with the columns run
-- together; each statement below was put back in its own column. Level B is "in addition to level
-- 4A" and level C "in addition to level 4A and 4B": each level lists only its own statements and the
-- engine makes the verdicts cumulative.
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
      -- The document gives no length of time: any recorded period of a month or more counts. The
      -- employment history decides it (lib/competencies.lua keeps it out of the catalogue for that
      -- reason).
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
      competency { id = "communication-skills",
        text = "Communication skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      training { id = "role-specific-training",
        training_id = "role-training/tenant-services/tenancy-management-officer",
        text = "Completion of role specific training as identified on the HRA training matrix",
        reading = "A completed training record for this role's training from the HRA training matrix." },
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
      any_of {
        id = "cih-level-3-or-equivalent",
        text = "Completion of level 3 Chartered Institute of Housing qualification or equivalent related to the role",
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
