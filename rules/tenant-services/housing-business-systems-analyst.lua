-- rules/tenant-services/housing-business-systems-analyst.lua
-- Tenant Services career progression framework, April 2025: Housing Business Systems Analyst
-- (PN: 16303), Range 4. Source lines 111-162 of 002_1abcbfd60e445b36.txt; the three level
-- columns are interleaved in the extracted text and have been separated by position.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-business-systems-analyst",
  title = "Housing Business Systems Analyst",
  posts = { "16303" },
  grade = "Range 4",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To oversee and support the day-to-day running and management of housing ICT systems, ensuring their smooth operation and continuous improvement.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-3-qualification", level = 3,
        text = "Level 3 qualification – e.g. A levels, Advanced apprenticeship, NVQ 3" },
    },
    knowledge = {
      competency { id = "ict-service-management-housing-environment",
        text = "A solid knowledge base of providing ICT service management in a housing environment" },
      competency { id = "gdpr-awareness",
        text = "An awareness of GDPR legislation and best practice in relation to information sharing" },
    },
    experience = {
      competency { id = "systems-administration-or-comparable-support-role",
        text = "Experience of working in systems administration or comparable support role" },
      competency { id = "first-line-support-housing-ict-service",
        text = "Experience of providing a first line support function in a housing ICT service" },
      competency { id = "running-reports-housing-systems-analyst",
        text = "Experience of running reports" },
      competency { id = "analysing-data",
        text = "Experience of basic data analysis" },
    },
    skills = {
      competency { id = "explain-complex-issues-easy-to-understand",
        text = "Excellent communication skills. An ability to explain complex issues in a way that is easy to understand" },
      competency { id = "organisational-skills-attention-to-detail",
        text = "Excellent organisational skills and attention to detail" },
      -- The catalogue keeps this apart from standard-ict-packages ("relevant computer applications").
      competency { id = "relevant-computer-applications-microsoft-office",
        text = "Proficient in the use of relevant computer applications including Microsoft Office" },
      competency { id = "confidentiality",
        text = "Ability to maintain confidentiality at all times" },
      competency { id = "deadlines-under-pressured-environment",
        text = "Ability to work to deadlines under a pressured environment" },
      -- The source also prints a garbled copy of this line ("Ability to trouble heat issues in a
      -- timely and effective magnetic resistant"); it appears once here.
      competency { id = "troubleshoot-issues",
        text = "Ability to troubleshoot issues in a timely and effective manner to maintain good service" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      qualification { id = "ict-qualification-level-3", min_level = 3, areas = { "ict" }, working_towards = true,
        text = "An ICT qualification Level 3 or above or working towards",
        reading = "An ICT qualification (area \"ict\", which includes ITIL) at RQF Level 3 or above, achieved or in progress" },
      -- Skills being developed, not a named qualification or a training record: a manager's judgement.
      competency { id = "working-towards-advanced-excel-foundation-sql",
        text = "Working towards advanced excel and foundation Structured Query Language (SQL) skills",
        reading = "No qualification or training id names these skills; a manager confirms that the person is actively developing advanced Excel and foundation SQL skills (e.g. a course or structured learning)" },
      patterns.role_training { id = "role-training",
        role = "tenant-services/housing-business-systems-analyst",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      competency { id = "housing-management-systems-functions-purpose",
        text = "A strong understanding of the functions, wider purpose and implications of our housing management systems, tools and languages and how they can be used to meet the needs of the business" },
      competency { id = "systems-wider-purpose-stakeholder-impacts",
        text = "Awareness of the wider purpose and implications of the systems, including service impacts on key stakeholders" },
      competency { id = "relevant-legislation-impact-on-role",
        text = "Working knowledge of relevant legislation, understanding how it impacts the role and its duties" },
    },
    experience = {
      competency { id = "business-leads-get-most-from-it-systems",
        text = "Experience of working directly with a broad range of business leads to help them get the most out of IT systems" },
      competency { id = "sql-advanced-excel-transform-data",
        text = "Experience of utilising Structured Query Language (SQL) and advanced EXCEL functions to transform data" },
      competency { id = "managing-resolving-complex-situations",
        text = "Experience of managing/resolving complex situations" },
      competency { id = "shaping-changes-to-procedures-or-systems",
        text = "Experience of contributing information to senior officers to suggest or shape changes to procedures or systems" },
      competency { id = "internal-customers-partners-resolve-problems",
        text = "Experience working with internal customers and partners to resolve problems" },
      competency { id = "large-data-set-actionable-data",
        text = "Experience of analysing a large data set to produce actionable data" },
    },
    skills = {
      competency { id = "professional-curiosity-data-quality-testing",
        text = "A professional curiosity approach to data quality, testing and system functionality" },
      competency { id = "creative-problem-solving",
        text = "Problem solving and creative ability" },
      competency { id = "working-towards-advanced-data-analysis-excel",
        text = "Working towards advanced data analysis skills using advanced excel functionality" },
      -- Kept apart from prioritise-workload-deadlines: projects and Service Level Agreements.
      competency { id = "prioritisation-service-level-agreements",
        text = "Effective prioritisation of projects, activities and tasks to meet Service Level Agreements" },
      competency { id = "suggest-system-adaptations-case-and-plan",
        text = "Ability to suggest adaptations to systems, providing a clear case and plan for implementation" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      competency { id = "working-towards-high-level-excel-or-sql-training",
        text = "Working towards professional development such as high level excel or Structured Query Language (SQL) training",
        reading = "No training id names this development; a manager confirms that the person is undertaking professional development such as high-level Excel or SQL training" },
      patterns.cpd { id = "cpd", text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "applied-data-analysis-advanced-excel-sql",
        text = "Applied knowledge of data analysis skills using advanced excel functions and SQL" },
      competency { id = "nec-functionality-specialist-knowledge",
        text = "Applied specialist knowledge of NEC functionality" },
      competency { id = "new-technologies-expertise-service",
        text = "Expertise on new technologies and how they could be applied and implemented within the service" },
      competency { id = "cybersecurity-practice-organisational-data",
        text = "Good understanding of cybersecurity practice for organisational data and systems, with the ability to implement these as needed" },
    },
    experience = {
      competency { id = "mentoring-staff-systems-use",
        text = "Experience of mentoring junior members of staff and peers in the area of systems use" },
      competency { id = "operational-running-housing-management-systems",
        text = "Experience of managing the operational running of housing management systems and associated tools, with minimal support." },
      competency { id = "researching-new-solutions-evidence",
        text = "Experience researching new solutions and providing evidence for or against the use of them" },
      competency { id = "comprehensive-customer-support-fast-turnaround",
        text = "Experience providing comprehensive customer support, with the ability to meet the needs of the customer at all levels with fast turnaround" },
      competency { id = "proactive-fixing-preventative-measures",
        text = "Experience of proactively fixing or taking preventative measures against an issue" },
      competency { id = "deputising-for-manager",
        text = "Experience of deputising for manager." },
    },
    skills = {
      competency { id = "applied-advanced-excel-skills",
        text = "Applied use of advanced Excel skills" },
      competency { id = "applied-sql",
        text = "Applied use of Structured Query Language (SQL) data extraction and reporting tools" },
      competency { id = "independent-nec-problem-solving",
        text = "Independent applied use of NEC knowledge in problem solving scenarios" },
    },
  },
}
