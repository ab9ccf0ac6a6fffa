-- rules/tenant-services/tenancy-management-assistant.lua
-- Tenancy Management Assistant (PN: 11386A), Range 2. Tenant Services career progression
-- framework, April 2025, Tenancy Management section. The post is within the Business Support job
-- family.
--
-- Level B is "in addition to level 2A" and level C "in addition to level 2A and 2B": each level
-- lists only its own statements and the engine makes the verdicts cumulative.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/tenancy-management-assistant",
  title = "Tenancy Management Assistant",
  posts = { "11386A" },
  grade = "Range 2",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To provide a range of general administrative duties to support service delivery. To act as the first point of contact for internal and external customers and provide a professional and welcoming environment at all times.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
    },
    knowledge = {
      competency { id = "confidentiality-data-protection-procedures",
        text = "An awareness and understanding of confidentiality and data protection procedures" },
      competency { id = "service-area-awareness",
        text = "An awareness of the service area" },
      competency { id = "edi-awareness",
        text = "An awareness of equality, diversity and inclusion" },
    },
    experience = {
      competency { id = "admin-support-to-team",
        text = "Experience of providing administrative support to a team" },
      competency { id = "routine-data-entry",
        text = "Experience of undertaking routine data entry with care and accuracy" },
    },
    skills = {
      competency { id = "microsoft-word-excel-teams-outlook",
        text = "Ability to use Microsoft Word, Excel, Teams and Outlook" },
      competency { id = "exchange-basic-information",
        text = "Effectively exchange basic information, both orally and in writing" },
      competency { id = "confidentiality",
        text = "Ability to maintain confidentiality at all times" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/tenancy-management-assistant",
        text = "Completion of role specific training as identified on the HRA training matrix" },
    },
    knowledge = {
      competency { id = "policies-legislation-relevant-to-service",
        text = "An awareness of policies and legislation relevant to the service" },
      competency { id = "procedures-practices-own-area",
        text = "A good understanding of the procedures and practices relevant to the service area and own area of work" },
    },
    experience = {
      competency { id = "copying-documents",
        text = "Experience of supporting with multiple copies of documents, using photocopier" },
      competency { id = "confidential-sensitive-data",
        text = "Experience of dealing with confidential and sensitive data" },
    },
    skills = {
      competency { id = "prioritise-workload-deadlines",
        text = "Ability to organise and prioritise workload to achieve deadlines" },
      competency { id = "filing-systems",
        text = "Ability to maintain effective computerised and manual filing systems, where care, accuracy, confidentiality and security are important" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.working_towards_business_admin_level_3 { id = "working-towards-business-admin-level-3",
        text = "Working towards Level 3 in Business Administration" },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of ongoing continuous professional development" },
    },
    knowledge = {
      competency { id = "gdpr-understanding",
        text = "An understanding of GDPR legislation and best practice in relation to information sharing" },
    },
    experience = {
      competency { id = "analysing-information-alternative-solutions",
        text = "Experience of analysing information and considering alternative solutions" },
      competency { id = "admin-customer-support-service",
        text = "Experience of providing a comprehensive administrative and/or customer support service" },
      competency { id = "updating-records",
        text = "Experience of updating records on electronic or hard copy filing systems" },
    },
    skills = {
      competency { id = "interpersonal-telephone-manner-good",
        text = "Good interpersonal skills with a confident telephone manner, and the ability to create a welcoming environment for members of the public, staff and stakeholders" },
      competency { id = "work-within-defined-procedures",
        text = "Ability to work within defined procedures and to work independently, using initiative to deal with situations, referring to supervisor/line manager for unusual or difficult problems" },
      competency { id = "input-data-care-accuracy",
        text = "Ability to input data, where care, accuracy, confidentiality and security are important" },
    },
  },
}
