-- rules/tenant-services/data-and-insight-manager.lua
-- Tenant Services career progression framework, April 2025: Data and Insight Manager
-- (PN: 11144 & 11144A), Range 5. Source lines 164-182 of 002_1abcbfd60e445b36.txt; each table
-- row is one line with the Level A, B and C cells separated by tabs.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/data-and-insight-manager",
  title = "Data and Insight Manager",
  posts = { "11144", "11144A" },
  grade = "Range 5",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To provide efficient support to housing service managers, focussing on service improvements and preparing for inspections from the Regulator of Social Housing. A key responsibility is to drive service improvements and implement new initiatives, while ensuring compliance with housing regulatory standards through the development of effective mechanisms.",

  level {
    id = "A", name = "Developing",
    qualifications = {
      patterns.level_qualification { id = "level-3-qualification", level = 3,
        text = "Level 3 qualification – e.g. A levels, Advanced apprenticeship, NVQ 3" },
      patterns.willingness_cih_level_4 { id = "cih-level-4-willingness",
        text = "Willingness to work toward level 4 Chartered Institute of Housing qualification" },
    },
    knowledge = {
      competency { id = "regulatory-standards-for-landlords",
        text = "A good understanding of Regulatory standards for landlords" },
      competency { id = "housing-legislation-working-knowledge",
        text = "A working knowledge of Housing legislation" },
    },
    experience = {
      competency { id = "stakeholder-engagement",
        text = "Experience of stakeholder engagement" },
      competency { id = "benchmarking-performance",
        text = "Experience of benchmarking performance" },
    },
    skills = {
      competency { id = "highly-organised-prioritise-team-work",
        text = "Highly organised with the ability to prioritise the work of the team" },
      competency { id = "relationship-management-interpersonal",
        text = "Honed relationship management and interpersonal skills" },
      competency { id = "excellent-ict-microsoft-office",
        text = "Excellent ICT skills including Microsoft packages such as excel, PowerPoint and word" },
      -- Not judgement-creativity-new-ways: this wording adds working independently within defined
      -- procedures and limits the problems to straightforward ones.
      competency { id = "independent-judgement-straightforward-problems",
        text = "Ability to work independently within defined procedures using own judgement and creativity to assess situations, solve straightforward problems and adapt to new ways of working" },
      competency { id = "troubleshoot-issues",
        text = "Ability to troubleshoot issues in a timely and effective manner to maintain good service" },
    },
  },

  level {
    id = "B", name = "Practising",
    qualifications = {
      patterns.role_training { id = "role-training",
        role = "tenant-services/data-and-insight-manager",
        text = "Completion of role specific training as identified on the HRA tenant services training matrix" },
    },
    knowledge = {
      -- The catalogue keeps the Data and Insight Officer's "An understanding of ..." wordings apart.
      competency { id = "continuous-improvement-strategies-in-depth",
        text = "An in-depth knowledge of strategies used to drive continuous improvement" },
      competency { id = "resident-engagement-strategies-in-depth",
        text = "An in-depth knowledge of resident engagement strategies" },
    },
    experience = {
      competency { id = "funding-and-bid-writing",
        text = "Experience of funding and bid writing" },
      competency { id = "data-protection-impact-assessments",
        text = "Experience of completing Data Protection Impact Assessments" },
      competency { id = "housing-management-systems-experience",
        text = "Experience of Housing Management Systems and processes" },
      competency { id = "supervise-delegate-performance",
        text = "Effectively supervise staff members, delegate tasks and ensure performance expectations are met" },
    },
    skills = {
      competency { id = "line-management-skills",
        text = "Effective line management skills" },
      competency { id = "large-data-sets-accurate-analysis-reporting",
        text = "Ability to manage large sets of data, producing accurate analysis and reporting" },
      competency { id = "written-oral-communication-tailored",
        text = "Excellent written and oral communication skills, tailoring to the needs of the audience" },
    },
  },

  level {
    id = "C", name = "Accomplished",
    qualifications = {
      patterns.cih_completion { id = "cih-level-4", level = 4,
        text = "Completion of level 4 Chartered Institute of Housing qualification" },
      patterns.cpd { id = "cpd", text = "Evidence of continued professional development" },
    },
    knowledge = {
      competency { id = "housing-policy-law-finance-ethics",
        text = "Comprehensive understanding of housing policy and law, finance, customer engagement, strategic planning and ethics in housing" },
    },
    experience = {
      competency { id = "strategic-planning-team-objectives",
        text = "Evidence of strategic planning and aligning team objectives with broader goals" },
      competency { id = "reviewing-developing-policies-procedures",
        text = "Evidence of reviewing and developing policies and procedures" },
      competency { id = "drive-service-improvements-innovation",
        text = "Drive service improvements, introducing innovation and enhancing the resident experience" },
    },
    skills = {
      competency { id = "creative-problem-solving",
        text = "Evidence of problem solving and creative ability" },
      competency { id = "data-insight-inform-resident-engagement",
        text = "Evidence of applying data and insight to inform resident engagement" },
      competency { id = "staff-development-opportunities",
        text = "Identify opportunities for staff development" },
    },
  },
}
