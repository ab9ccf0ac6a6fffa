-- rules/tenant-services/data-and-insight-officer.lua
-- Tenant Services career progression framework, April 2025 (Housing ICT, Systems and Data Team):
-- Data and Insight Officer. The source table's columns (Level A / B / C) are interleaved in the
-- extracted text; the garbled duplicate lines ("Ability to communicate in a manner which is easily
-- and eastered and", "Ability to use own judgement and exactivity to access situations as her")
-- are the same statements as the clean lines beside them and appear once here.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/data-and-insight-officer",
  title = "Data and Insight Officer",
  posts = { "16299" },
  grade = "Range 3",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "Assist the service to understand our tenants by using a range of research methods and tools. Analyse survey returns, carry out profiling and produce reports to inform decision making, enhance insight, drive service improvements and improve tenant satisfaction.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_2_qualification { id = "level-2-qualification",
        gcse_text = "A minimum of 5 GCSE's (grades 4-9) including English and Maths",
        text = "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths, NVQ etc" },
    },
    knowledge = {
      -- Listed twice in the Level A column of the source; encoded once.
      competency { id = "gdpr-awareness",
        text = "An awareness of GDPR legislation and best practice in relation to information sharing" },
      competency { id = "data-and-insight-principles",
        text = "A good understanding of data and insight principles" },
      competency { id = "understanding-customer-needs-expectations",
        text = "Understanding of customer needs and expectations" },
    },
    experience = {
      competency { id = "admin-customer-support-service",
        text = "Experience of providing a comprehensive support service" },
      competency { id = "analysing-data",
        text = "Experience of analysing data" },
      competency { id = "using-range-of-research-methods",
        text = "Experience of using a range of research methods" },
      competency { id = "resident-surveys-analysing-feedback",
        text = "Experience of conducting resident surveys and analysing feedback to inform service improvement and performance monitoring" },
      competency { id = "advice-guidance-to-managers",
        text = "Experience of providing advice and guidance to managers" },
    },
    skills = {
      competency { id = "standard-ict-packages",
        text = "Ability to use Microsoft packages including Excel, Word and PowerPoint" },
      competency { id = "analytical-skills-excel-sql",
        text = "Strong analytical skills with attention to detail, using tools like Excel, SQL" },
      competency { id = "prioritise-workload-deadlines",
        text = "Ability to organise and prioritise workload to meet deadlines" },
      competency { id = "resident-profiling-data-coordination",
        text = "Can coordinate the collection, analysis and reporting of resident profiling data" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-specific-training",
        role = "tenant-services/data-and-insight-officer",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      competency { id = "broader-activities-of-service",
        text = "A comprehensive working knowledge of the broader activities of the service" },
      competency { id = "regulatory-standards-for-landlords",
        text = "A good understanding of Regulatory standards for landlords" },
      competency { id = "research-methods-and-tools-knowledge",
        text = "Good knowledge of research methods and tools" },
    },
    experience = {
      competency { id = "project-support",
        text = "Experience of providing effective project support" },
      competency { id = "peer-to-peer-support-activities",
        text = "Experience of engaging in peer-to-peer support activities" },
      competency { id = "nec-housing-database-data-insight",
        text = "Experience of using the NEC housing database for the purposes of data and insight" },
      competency { id = "presenting-information-to-others",
        text = "Experience of presenting information to others" },
      competency { id = "quantitative-qualitative-research",
        text = "Experience of undertaking research using methods, including quantitative and qualitative, and tools, such as literature review, data collection and analysis, surveys, interviews etc" },
    },
    skills = {
      competency { id = "interpret-data-prepare-reports",
        text = "Ability to interpret data and prepare reports as required, demonstrating precision and speed" },
      -- Not the Housing Finance Officer's wording: this one adds presenting data visually with
      -- Power BI (the catalogue keeps the two apart).
      competency { id = "communicate-presenting-data-visually",
        text = "Ability to communicate in a manner which is easily understood and meets the needs of the audience, presenting data visually using tools like Power BI" },
      competency { id = "relationships-colleagues-resident-groups",
        text = "Ability to build productive working relationships with colleagues and resident groups. Can engage others in a credible, persuasive way" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      -- Not patterns.cih_level_3_or_equivalent: the equivalent related to this role may be a data
      -- qualification as well as a housing one (the document's example is NVQ3 data science).
      any_of {
        id = "cih-level-3-or-equivalent",
        text = "Level 3 Chartered Institute of Housing (CIH) recognised qualification or equivalent qualification related to the role e.g. NVQ3 data science",
        reading = "An achieved CIH qualification at Level 3 or above, or another achieved qualification at Level 3 or above in housing or data (e.g. an NVQ Level 3 in data science).",
        cih { id = "cih-level-3", text = "Level 3 Chartered Institute of Housing (CIH) recognised qualification", min_level = 3 },
        qualification { id = "related-level-3", text = "Equivalent qualification related to the role, e.g. NVQ3 data science", min_level = 3, areas = { "housing", "data" } },
      },
      patterns.cpd { id = "cpd", text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "continuous-improvement-strategies-understanding",
        text = "An understanding of strategies used to drive continuous improvement" },
      competency { id = "resident-engagement-strategies-tenant-satisfaction",
        text = "An understanding of resident engagement strategies and how to improve tenant satisfaction" },
      -- The source prints "A good understand of"; read as "understanding" (catalogue note).
      competency { id = "gdpr-understanding",
        text = "A good understanding of GDPR legislation and best practice in relation to information sharing" },
    },
    experience = {
      competency { id = "specialist-ict-packages",
        text = "Experience of confidently using specialist ICT packages relevant to the service area, for example Business Objects or Power BI to enhance service delivery" },
      competency { id = "stakeholder-engagement",
        text = "Experience of both internal and external stakeholder engagement" },
    },
    skills = {
      competency { id = "analysis-evaluation-recommendations",
        text = "Ability to use own analysis and evaluation to make recommendations for service improvements" },
      competency { id = "judgement-creativity-new-ways",
        text = "Ability to use own judgement and creativity to assess situations, solve problems and adapt to new ways of working" },
    },
  },
}
