-- rules/tenant-services/scheme-support-officer.lua
-- Tenant Services career progression framework, April 2025, Homes for Independent Living (HFIL):
-- Scheme Support Officer (PN: 11967), Range 3. Levels 3A / 3B / 3C; B is "in addition to level
-- 3A", C "in addition to level 3A and 3B" (the engine makes the verdicts cumulative).

local patterns = require "lib.patterns"

role {
  id = "tenant-services/scheme-support-officer",
  title = "Scheme Support Officer",
  posts = { "11967" },
  grade = "Range 3",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To deliver exceptional management services to residents in Homes For Independent Living Schemes, enabling residents to live independently and maintain their tenancies, promoting their wellbeing through regular welfare checks and working with care, health and other partners.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        gcse_text = "A minimum of 5 GCSE's (grades 4-9) including English and Maths",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
      patterns.daily_vehicle_access { id = "driving-licence-daily-car",
        text = "To have a full UK driving license and daily use of a car for work" },
    },
    knowledge = {
      competency { id = "social-issues-affecting-older-people",
        text = "Knowledge and understanding of social issues affecting older people e.g. social isolation, health concerns" },
      competency { id = "gdpr-awareness",
        text = "An awareness of GDPR legislation and best practice in relating to information sharing" },
      competency { id = "procedures-practices-own-area",
        text = "A good understanding of relevant policies and procedures in own area of work" },
    },
    experience = {
      experience { id = "supportive-role-24-months", months = 24,
        areas = { "support", "social_care" },
        text = "A minimum of two years' experience working within a supportive role",
        reading = "24 months (merged) in posts recorded as support or social care work, with any kind of employer." },
      -- "Proven track record of working with older people" (Senior Scheme Support Officer) asks
      -- for more: role-specific (catalogue note).
      competency { id = "interacting-with-older-people",
        text = "Experience of interacting with older people" },
    },
    skills = {
      competency { id = "microsoft-word-excel-teams-outlook",
        text = "Ability to use Microsoft Word, Excel, Teams and Outlook" },
      competency { id = "prioritise-workload-deadlines",
        text = "Ability to organise and prioritise workload to achieve deadlines" },
      competency { id = "interpersonal-telephone-manner-excellent",
        text = "Excellent interpersonal skills with a confident telephone manner, and the ability to create a welcoming environment for members of the public, staff and stakeholders" },
      competency { id = "work-within-defined-procedures",
        text = "Ability to work within defined procedures and to work independently, using initiative to deal with situations, referring to supervisor/line manager for unusual or difficult problems" },
      competency { id = "filing-systems",
        text = "Ability to develop and maintain effective computerised and manual filing systems, where care, accuracy, confidentiality and security are important" },
      competency { id = "confidentiality",
        text = "Ability to maintain confidentiality at all times" },
      competency { id = "excellent-customer-care",
        text = "Excellent customer care skills" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/scheme-support-officer",
        text = "Completion of role specific training as identified on the HRA training matrix" },
    },
    knowledge = {
      competency { id = "broader-activities-of-service",
        text = "A comprehensive working knowledge of the broader activities of the service" },
      competency { id = "hfil-scheme-operations-management",
        text = "A working knowledge of how each HFIL scheme operates and is managed" },
    },
    experience = {
      competency { id = "hfil-adapting-services-resident-needs",
        text = "Experience of adapting services, where possible, to meet resident's needs" },
      competency { id = "confidential-sensitive-data",
        text = "Experience of dealing with confidential and sensitive data" },
      competency { id = "hfil-initiative-other-agencies-positive-outcome",
        text = "Experience of taking the initiative to work with other agencies where necessary to achieve a positive outcome" },
      competency { id = "hfil-fire-health-safety-risk-assessments-evacuation",
        text = "Experience of Fire and Health & Safety risk assessments and evacuation procedures ensuring all control measures are in place and applied" },
      competency { id = "hfil-monitoring-contracts-adherence",
        text = "Experience of monitoring contracts to ensure they are being adhered to" },
    },
    skills = {
      competency { id = "hfil-communication-style-different-levels",
        text = "Ability to use the most appropriate style and method of communication with people at different levels inside and outside of the organisation" },
      competency { id = "work-related-pressure",
        text = "The ability to deal with considerable levels of work-related pressure, for example from deadlines, interruptions or conflicting demands" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      qualification { id = "health-social-care-working-towards",
        areas = { "health_social_care" }, working_towards = true,
        text = "Working towards a relevant Health and Social Care qualification, for example an adult care diploma.",
        -- No level is stated (the Senior Scheme Support Officer's asks for at least Level 2).
        reading = "A Health and Social Care qualification (e.g. an adult care diploma) at any level, in progress or already achieved." },
      patterns.cpd { id = "cpd-12-months",
        text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "sheltered-accommodation-management-practices",
        text = "An overview of management practices in relation to sheltered accommodation" },
    },
    experience = {
      competency { id = "stakeholder-management-experience",
        text = "Experience of stakeholder management" },
      competency { id = "hfil-proactive-support-planning",
        text = "Experience of proactive support planning and engaging with partners and residents" },
      competency { id = "coaching-supporting-others",
        text = "Experience of coaching/supporting others in their role" },
    },
    skills = {
      -- The Senior's "manage / supervise staff and contractors" asks for more: role-specific.
      competency { id = "monitor-staff-and-contractors",
        text = "Ability to monitor staff and contractors effectively" },
      competency { id = "professionalism-standards",
        text = "Ability to model high levels of professionalism and promote a culture of professional standards" },
      competency { id = "judgement-creativity-new-ways",
        text = "Ability to use own judgement and creativity to assess situations, solve problems and adapt to new ways of working" },
    },
  },
}
