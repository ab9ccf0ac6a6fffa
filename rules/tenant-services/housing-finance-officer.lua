-- rules/tenant-services/housing-finance-officer.lua
-- Tenant Services career progression framework, April 2025 (Housing ICT, Systems and Data Team):
-- Housing Finance Officer. The post sits within the Business Support job family.
--
-- How the source was read: the extracted text of this table is badly garbled. Each source line
-- starts with a long run-together (and partly corrupted) copy of the Level A column, followed by
-- the Level A, B and C cells. The statements below come from those cells; where a cell is cut off,
-- the run-together text supplies the rest:
-- * Level A skills end "... filing systems, where care, accuracy, confidentiality and security are
--   important", followed by "Attention to detail with the ability to proof read", "Ability to
--   maintain confidentiality at all times" and "Good time management skills" (the two lines after
--   the table continue the Level A column, as in the Business Support Scheme Support Officer).
-- * Level B experience: the B cell shows "dealing with confidential and sensitive data" and
--   "coaching/supporting others"; "Experience of preparing reports" closes the B column just before
--   the B skills in the run-together text, and "Coaching skills" closes the B skills.
-- * "Experience of contributing to Freedom of Information requests" and "Experience of providing
--   project support" appear only in the run-together text, beside the Level C skills: read as Level
--   C experience (Level C knowledge also names freedom of information). This placement is a reading.
-- * Level C shows no qualifications in the source (no CPD statement either): none are encoded.
-- * Two Level C statements are cut off in the source (see the comments beside them).

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-finance-officer",
  title = "Housing Finance Officer",
  posts = { "14368" },
  grade = "Range 3",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To provide a high quality, effective and efficient finance support to the landlord service, including repairs and maintenance, estate services, tenancy management services and homes for independent living.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        gcse_text = "A minimum of 5 GCSE's (grades 4-9) including English and Maths",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
    },
    knowledge = {
      competency { id = "gdpr-awareness",
        text = "An awareness of GDPR legislation and best practice in relation to information sharing" },
      competency { id = "financial-regulations-guidelines-awareness",
        text = "An awareness of financial regulations, guidelines and procedures" },
      -- "within landlord services" is wider than the catalogue's procedures-practices-own-area
      -- (catalogue note): role-specific.
      competency { id = "landlord-services-policies-procedures",
        text = "A good understanding of relevant policies and procedures within landlord services" },
      competency { id = "finance-activity-budgeting-invoicing",
        text = "Understanding of finance activity such as budgeting, invoicing, preparing statements etc" },
    },
    experience = {
      competency { id = "admin-customer-support-service",
        text = "Experience of providing a comprehensive administrative and/or customer support service" },
      competency { id = "financial-systems-purchase-orders-invoices",
        text = "Experience of using financial systems to raise purchase orders and process invoices" },
      competency { id = "updating-records",
        text = "Experience of updating records accurately using electronic or hard copy filing systems/databases" },
      competency { id = "finance-procedures-advice",
        text = "Experience of providing general information, advice and guidance on internal procedures relating to finance" },
    },
    skills = {
      competency { id = "microsoft-word-excel-teams-outlook",
        text = "Ability to use Microsoft Word, Excel, Teams and Outlook" },
      competency { id = "prioritise-workload-deadlines",
        text = "Ability to organise and prioritise workload to achieve deadlines" },
      competency { id = "interpersonal-telephone-manner-excellent",
        text = "Excellent interpersonal skills with a confident telephone manner, and the ability to create a welcoming environment for members of the public, staff and stakeholders" },
      competency { id = "work-within-defined-procedures",
        text = "Ability to work within defined procedures and to work independently, using initiative to deal with situations, referring to line manager for unusual or difficult problems" },
      -- Names the Housing ICT database: kept apart from the catalogue's filing-systems.
      competency { id = "housing-ict-database-filing-systems",
        text = "Ability to develop and maintain the Housing ICT database and any other filing systems, where care, accuracy, confidentiality and security are important" },
      competency { id = "attention-to-detail-proof-reading",
        text = "Attention to detail with the ability to proof read" },
      competency { id = "confidentiality",
        text = "Ability to maintain confidentiality at all times" },
      competency { id = "good-time-management-skills",
        text = "Good time management skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      any_of {
        id = "level-3-business-admin-or-cih",
        -- The source line ends "qualification level"; the "3" is implied.
        text = "Level 3 in Business Administration or CIH equivalent qualification level 3",
        reading = "An achieved qualification at Level 3 or above in Business Administration, or an achieved CIH qualification at Level 3 or above.",
        qualification { id = "business-admin-level-3", text = "Level 3 in Business Administration", min_level = 3, areas = { "business_administration" } },
        cih { id = "cih-level-3", text = "CIH equivalent qualification level 3", min_level = 3 },
      },
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/housing-finance-officer",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      competency { id = "financial-systems-basic-accounting",
        text = "A working knowledge of financial systems and basic accounting" },
      competency { id = "broader-activities-of-service",
        text = "A comprehensive working knowledge of the broader activities of the service" },
    },
    experience = {
      competency { id = "confidential-sensitive-data",
        text = "Experience of dealing with confidential and sensitive data" },
      competency { id = "coaching-supporting-others",
        text = "Experience of coaching/supporting others in their role" },
      competency { id = "preparing-reports-finance",
        text = "Experience of preparing reports" },
    },
    skills = {
      competency { id = "interpret-data-prepare-reports",
        text = "Ability to interpret data and prepare financial / management / project reports as required, demonstrating precision and speed" },
      -- Without the Data and Insight Officer's "presenting data visually" (catalogue note).
      competency { id = "communicate-easily-understood-tailored",
        text = "Ability to communicate in a manner which is easily understood and tailored to meet the needs of the audience" },
      competency { id = "explain-straightforward-tasks",
        text = "Ability to explain straightforward tasks to others, where required" },
      competency { id = "work-related-pressure",
        text = "Ability to deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands." },
      competency { id = "coaching-skills",
        text = "Coaching skills" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    -- No qualifications are given for Level C in the source.
    knowledge = {
      -- The source prints "A good understand of"; read as "understanding" (catalogue note).
      competency { id = "gdpr-understanding",
        text = "A good understanding of GDPR legislation and best practice in relation to information sharing" },
      -- The source breaks off after "and freedom"; "of information" is completed from the Level C
      -- experience statement on Freedom of Information requests.
      competency { id = "record-retention-policy-foi-awareness",
        text = "An awareness of the Council's Record Retention Policy and freedom of information" },
    },
    experience = {
      competency { id = "specialist-ict-packages",
        text = "Experience of confidently using specialist IT packages relevant to landlord services" },
      competency { id = "contributing-to-foi-requests",
        text = "Experience of contributing to Freedom of Information requests" },
      competency { id = "project-support",
        text = "Experience of providing project support" },
    },
    skills = {
      competency { id = "judgement-creativity-new-ways",
        text = "Ability to use own judgement and creativity to assess situations, solve problems and adapt to new ways of working" },
      competency { id = "communicate-complex-sensitive-information",
        text = "Ability to use well developed communication skills to present complex/sensitive information in an understandable way, to a range of audiences" },
      -- The source breaks off after "(pivot tables and"; the rest of the list is lost.
      competency { id = "excel-advanced-suite-pivot-tables",
        text = "Ability to use advanced suite of Excel functions (pivot tables and ...)" },
    },
  },
}
